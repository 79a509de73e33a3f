"""Write stage: the only code that touches the output folder.

A first build writes the site beside the output folder and swaps it in when complete. Later
builds update the site in place: every changed file is first written under a temporary
name, and only when all of them are written are they renamed over the old ones, so a failed
build leaves the last good site as it was. Unchanged files are not touched at all, keeping
their bytes and timestamps, and a rebuild costs in proportion to what changed.
"""

from __future__ import annotations

import os
import shutil
import stat
from dataclasses import dataclass
from pathlib import Path

MARKER = ".explainer-site"
MARKER_TEXT = b"Made by build.py; this whole folder is replaced on every build.\n"


class OutputError(Exception):
    """The output folder cannot be safely replaced."""


@dataclass(frozen=True)
class WriteReport:
    """How many files a build wrote anew and how many it kept as they were."""

    written: int
    unchanged: int


def check_output_folder(out: Path) -> None:
    """Raise OutputError unless `out` is missing, empty, or a site this tool made."""
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        raise OutputError(f"{out}: output path is not a plain folder (refusing to replace it; choose another --out)")
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).is_file():
        raise OutputError(f"{out}: folder was not made by this tool (no {MARKER} file); "
                          "refusing to delete it, choose an empty or new --out folder")


def write_site(out: Path, files: dict[str, bytes], written_before: dict[str, bytes] | None = None) -> WriteReport:
    """Make `out` hold exactly `files` (relative POSIX path -> bytes); all or nothing.

    `written_before`, when the caller knows what it wrote last time, saves reading the old files.
    """
    check_output_folder(out)
    out = out.absolute()
    files = {**files, MARKER: MARKER_TEXT}
    if (out / MARKER).is_file() and not _shape_conflicts(out, files):
        return _update_in_place(out, files, written_before)
    return _swap_in(out, files, written_before)


def _swap_in(out: Path, files: dict[str, bytes], written_before: dict[str, bytes] | None) -> WriteReport:
    """Write the whole site beside `out`, then swap it in with two renames."""
    staging = out.parent / f".{out.name}.new-{os.getpid()}"
    retired = out.parent / f".{out.name}.old-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    try:
        report = _fill(staging, out, files, written_before)
        if out.exists():
            os.replace(out, retired)
        os.replace(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        if retired.exists() and not out.exists():
            os.replace(retired, out)
        raise
    shutil.rmtree(retired, ignore_errors=True)
    return report


def _shape_conflicts(out: Path, files: dict[str, bytes]) -> bool:
    """Say whether a new file would replace a folder, or a new folder a file (then we swap instead)."""
    folders = {os.path.dirname(relative) for relative in files} - {""}
    return any(os.path.isdir(out / relative) for relative in files) or \
        any(os.path.lexists(out / folder) and not os.path.isdir(out / folder) for folder in folders)


def _update_in_place(out: Path, files: dict[str, bytes], written_before: dict[str, bytes] | None) -> WriteReport:
    """Write changed files under temporary names, rename them all into place, then delete stale files."""
    site, suffix = str(out), f".new-{os.getpid()}"
    pending: list[tuple[str, str]] = []
    unchanged = 0
    try:
        for relative in sorted(files):
            target, data = os.path.join(site, relative), files[relative]
            if _unchanged(target, relative, data, written_before):
                unchanged += 1
                continue
            os.makedirs(os.path.dirname(target), exist_ok=True)
            temporary = os.path.join(os.path.dirname(target), f".{os.path.basename(target)}{suffix}")
            pending.append((temporary, target))
            with open(temporary, "wb") as file:
                file.write(data)
    except BaseException:
        for temporary, _ in pending:
            _remove(temporary)
        raise
    for temporary, target in pending:
        os.replace(temporary, target)
    _remove_stale(site, files)
    return WriteReport(len(pending), unchanged)


def _unchanged(target: str, relative: str, data: bytes, written_before: dict[str, bytes] | None) -> bool:
    """Say whether the site already holds exactly `data` at `target`."""
    if written_before is not None and relative != MARKER:
        return written_before.get(relative) == data and os.path.isfile(target)
    return _same_bytes(target, data)


def _remove_stale(site: str, files: dict[str, bytes]) -> None:
    """Delete whatever the site holds that the new build does not: files, links, emptied folders."""
    for folder, subfolders, names in os.walk(site, topdown=False):
        relative_folder = os.path.relpath(folder, site)
        for name in names + [entry for entry in subfolders if os.path.islink(os.path.join(folder, entry))]:
            relative = name if relative_folder == "." else f"{relative_folder}/{name}"
            if relative not in files:
                _remove(os.path.join(folder, name))
        if folder != site and not os.listdir(folder):
            os.rmdir(folder)


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


def _fill(staging: Path, previous: Path, files: dict[str, bytes], written_before: dict[str, bytes] | None) -> WriteReport:
    """Write every file under `staging`, linking unchanged ones from `previous`.

    Plain string paths and one mkdir per folder: a large site has thousands of files, and
    pathlib's per-call overhead would cost more than the writing itself.
    """
    written = unchanged = 0
    staging_dir, previous_dir = str(staging), str(previous) if previous.is_dir() else None
    folders: set[str] = set()
    for relative in sorted(files):
        folder = os.path.dirname(relative)
        if folder not in folders:
            os.makedirs(os.path.join(staging_dir, folder), exist_ok=True)
            folders.add(folder)
        target = os.path.join(staging_dir, relative)
        data = files[relative]
        old = os.path.join(previous_dir, relative) if previous_dir is not None else None
        if old is not None and _unchanged(old, relative, data, written_before):
            os.link(old, target)
            unchanged += 1
        else:
            with open(target, "wb") as file:
                file.write(data)
            written += 1
    return WriteReport(written, unchanged)


def _same_bytes(path: str, data: bytes) -> bool:
    """Say whether the regular file at `path` holds exactly `data`."""
    try:
        status = os.lstat(path)
        if not stat.S_ISREG(status.st_mode) or status.st_size != len(data):
            return False
        with open(path, "rb") as file:
            return file.read() == data
    except OSError:
        return False
