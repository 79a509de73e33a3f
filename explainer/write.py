"""Write stage: the only code that touches the output folder.

The new site is written beside the old one and swapped in only when complete, so a failed
build leaves the last good site exactly as it was. Files whose bytes did not change are
hard-linked from the old site, keeping their timestamps.
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
    """Replace `out` with exactly `files` (relative POSIX path -> bytes), atomically.

    `written_before`, when the caller knows what it wrote last time, saves reading the old files.
    """
    check_output_folder(out)
    out = out.absolute()
    staging = out.parent / f".{out.name}.new-{os.getpid()}"
    retired = out.parent / f".{out.name}.old-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    try:
        report = _fill(staging, out, {**files, MARKER: MARKER_TEXT}, written_before)
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
        if old is None:
            same = False
        elif written_before is not None and relative != MARKER:
            same = written_before.get(relative) == data and os.path.isfile(old)
        else:
            same = _same_bytes(old, data)
        if same:
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
