"""Briefing folders renamed while the preview serves them, so that a page open at the old address follows.

A folder renamed (`mv`, `git mv`, a file manager) keeps its identity on disk, its inode: a briefing gone from
content/ whose folder another name now holds was renamed to it. Its open page, reloaded after the
build, was "not found" until the editor typed the new address; the server now sends it there instead.
"""

from __future__ import annotations

import os
from pathlib import Path

from .safefs import left_out

Identities = dict[str, int]  # a folder's name in content/: its inode (content/'s folders share its disk)


def briefing_folders(content: Path) -> Identities:
    """Return each folder in `content`, by name, with its inode: what listing the folder tells, with no more calls
    to the system (100 briefings' stat calls took 5 ms of each rebuild on this machine)."""
    try:
        with os.scandir(content) as entries:
            return {entry.name: entry.inode() for entry in entries
                    if not left_out(entry.name) and entry.is_dir(follow_symlinks=False)}
    except OSError:  # content/ gone or unreadable: the build says so
        return {}


def renamed(before: Identities, after: Identities) -> dict[str, str]:
    """Return {old name: new name} for each folder of `before` that `after` holds only under another name."""
    name_of = {identity: name for name, identity in after.items()}
    return {old: name_of[identity] for old, identity in before.items()
            if old not in after and identity in name_of and name_of[identity] not in before}


def follow(moved: dict[str, str], before: Identities, after: Identities) -> dict[str, str]:
    """Return where each old name leads once `before` became `after`: renamed again, it leads to the latest name;
    its name taken again, or its briefing gone, it leads nowhere."""
    latest = renamed(before, after)
    chained = {old: latest.get(new, new) for old, new in moved.items() if old not in after}
    return {old: new for old, new in {**chained, **latest}.items() if new in after}


def moved_address(moved: dict[str, str], path: str) -> str | None:
    """Return the address a request path (without its leading `/`) now has, if its briefing was renamed."""
    first, slash, rest = path.partition("/")
    new = moved.get(first)
    return None if new is None else f"/{new}{slash}{rest}"
