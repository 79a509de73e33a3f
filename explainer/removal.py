"""Delete a folder of ours and everything in it, at any depth, following no link.

shutil.rmtree (up to Python 3.12) calls itself once per level: a folder nested 1,000 deep, planted beside
`site/` as a killed build's leftover or in `.cache/spare-site/`, ended every later build in a RecursionError, for
good. Here each folder's subfolders are moved up into the folder being removed before it is emptied, so the
tree is never deeper than two levels where it is worked on, and at most two folders are open at a time.
"""

from __future__ import annotations

import itertools
import os
import stat
from pathlib import Path

_DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC


def remove_tree(path: Path | str, ignore_errors: bool = False) -> None:
    """Delete the folder `path` with all it holds, never following a link; with `ignore_errors`, stop quietly at the
    first entry that cannot be removed. Folders inside it that are read-only are made writable first (a folder put in
    the site read-only is carried over read-only); the folder holding `path` is never changed but for the removal."""
    try:
        top = os.open(path, _DIR_FLAGS)
        try:
            _empty(top)
        finally:
            os.close(top)
        os.rmdir(path)
    except OSError:
        if not ignore_errors:
            raise


def _empty(top: int) -> None:
    """Remove everything in the folder opened as `top`, lifting each subfolder's own subfolders into `top` first."""
    _writable(top)
    lifted = itertools.count()
    while entries := _listing(top):
        for name, is_folder in entries:
            if not is_folder:
                os.unlink(name, dir_fd=top)
                continue
            inner = os.open(name, _DIR_FLAGS, dir_fd=top)
            try:
                _writable(inner)
                for inner_name, inner_is_folder in _listing(inner):
                    if inner_is_folder:
                        _lift(inner, inner_name, top, lifted)
                    else:
                        os.unlink(inner_name, dir_fd=inner)
            finally:
                os.close(inner)
            os.rmdir(name, dir_fd=top)


def _listing(fd: int) -> list[tuple[str, bool]]:
    """Return each entry of the folder opened as `fd`, and whether it is a folder (a link to one is not)."""
    with os.scandir(fd) as scan:
        return [(entry.name, entry.is_dir(follow_symlinks=False)) for entry in scan]


def _lift(folder: int, name: str, top: int, lifted: itertools.count) -> None:
    """Move the subfolder `name` of `folder` into `top`, under a name nothing there has."""
    while True:
        new_name = f".removing-{next(lifted)}"
        try:
            os.stat(new_name, dir_fd=top, follow_symlinks=False)
        except FileNotFoundError:
            break
    try:
        os.rename(name, new_name, src_dir_fd=folder, dst_dir_fd=top)
    except PermissionError:  # a read-only folder cannot be given another parent: its ".." changes
        moved = os.open(name, _DIR_FLAGS, dir_fd=folder)
        try:
            _writable(moved)
        finally:
            os.close(moved)
        os.rename(name, new_name, src_dir_fd=folder, dst_dir_fd=top)


def _writable(fd: int) -> None:
    """Let the user add and remove entries in the folder opened as `fd`."""
    mode = stat.S_IMODE(os.fstat(fd).st_mode)
    if mode & stat.S_IRWXU != stat.S_IRWXU:
        os.fchmod(fd, mode | stat.S_IRWXU)
