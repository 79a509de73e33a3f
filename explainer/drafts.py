"""Drafts: the hidden copy an editors' command writes beside a file or folder before renaming it into place."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path


def draft_of(path: Path) -> Path:
    """Return the hidden name beside `path` this process writes its new version under (`.NAME.PID.new`, within a
    name's 255 bytes)."""
    return path.with_name(f".{path.name[:200]}.{os.getpid()}.new")


def remove_dead_drafts(path: Path) -> None:
    """Remove the drafts beside `path` of runs that have ended without removing them.

    Ctrl-C, SIGTERM and a hangup are undone by the run itself; SIGKILL (the OOM killer, a container stopped) gives it
    no chance, and its `.sources.yaml.PID.new` or `.SLUG.PID.new/` stayed in content/ for ever, for `git status` to
    show and `git add -A` to commit. A draft of a process still running (or of another user's) is left alone.
    """
    pattern = re.compile(rf"\.{re.escape(path.name[:200])}\.([0-9]{{1,9}})\.new")
    try:
        names = os.listdir(path.parent)
    except OSError:  # missing or unreadable: the write that follows says so in its own words
        return
    for name in names:
        found = pattern.fullmatch(name)
        if found is None or _running(int(found[1])):
            continue
        leftover = path.parent / name
        try:
            if leftover.is_dir() and not leftover.is_symlink():
                shutil.rmtree(leftover)
            else:
                leftover.unlink()
        except OSError:  # not ours to remove (another user's folder): it stays, as before
            pass


def _running(pid: int) -> bool:
    """Say whether a process `pid` may be running (one of another user's is)."""
    if pid == os.getpid():
        return False  # this process's own name: what a run with the same pid, long ended, left
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except (OverflowError, ValueError):
        return False
    return True
