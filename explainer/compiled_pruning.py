"""Keeps a folder of compiled templates (compiled_templates.py) from growing for good: the newest are kept, the rest
deleted.

A compiled template is kept under a digest of its name and of the code that compiles it (`generated_by`), and every
change to that code, every template renamed, and every project of the installation sharing the folder beside our
bytecode added files that nothing would read again: they piled up forever, in `.cache/templates/` and beside our code.
A folder is looked at only when a template is compiled and kept there, once a process, so a warm build, which
compiles nothing, lists nothing; past MAX_FILES, the files written longest ago are deleted down to KEEP_FILES (a
template still used and deleted is compiled again, some 7 ms). Only names the store writes (a key of 40 hex digits)
are deleted, each by name from the folder's own handle, never through a link.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from . import patterns
from .seal import cache_folder

MAX_FILES = 512  # compiled templates a folder may hold before it is pruned: the real project has 17 templates
KEEP_FILES = 256  # kept once it is: the newest written

KEY_NAME = patterns.compile(r"[0-9a-f]{40}")  # a store's file: the sha1 of how a template is compiled and its name

_pruned: set[str] = set()  # the folders this process has looked at


def pruned_once(folder: Path) -> None:
    """Delete the oldest compiled templates of `folder` past MAX_FILES, down to KEEP_FILES; once a process a folder."""
    if os.fspath(folder) in _pruned:
        return
    _pruned.add(os.fspath(folder))
    with cache_folder(folder) as descriptor:
        if descriptor is None:
            return
        try:
            names = [name for name in os.listdir(descriptor) if KEY_NAME.fullmatch(name)]
        except OSError:
            return
        if len(names) <= MAX_FILES:
            return
        for name in _oldest(descriptor, names)[:len(names) - KEEP_FILES]:
            try:
                os.unlink(name, dir_fd=descriptor)
            except OSError:  # gone meanwhile, or a folder this user may not write: only space is lost
                pass


def _oldest(descriptor: int, names: list[str]) -> list[str]:
    """Return the plain files of `names` in the folder, the one written longest ago first."""
    written = []
    for name in names:
        try:
            found = os.stat(name, dir_fd=descriptor, follow_symlinks=False)
        except OSError:
            continue
        if stat.S_ISREG(found.st_mode):
            written.append((found.st_mtime_ns, name))
    return [name for _, name in sorted(written)]


def forget() -> None:
    """Forget which folders were looked at, as a new process would have."""
    _pruned.clear()
