"""Briefing folders renamed while the preview serves them, so that a page open at the old address follows.

A folder renamed (`mv`, `git mv`, a file manager) keeps its identity on disk, its inode, and its modification time: a
briefing gone from content/ whose folder another name now holds was renamed to it. Its open page, reloaded after the
build, was "not found" until the editor typed the new address; the server now sends it there instead. The inode alone
is not enough: a briefing deleted and another made (`git checkout` of another branch) got the freed inode back on ext4,
and the deleted one's page was sent to the other briefing's.
"""

from __future__ import annotations

from pathlib import Path

from .safefs import FileRefused, left_out, folder_entries

Identities = dict[str, tuple[int, int]]  # a folder's name in content/: its inode and modification time


def briefing_folders(content: Path) -> Identities:
    """Return each folder in `content`, by name, with its inode and modification time (a file made in it changes
    the time, as a new folder has its own; 100 briefings' took 0.8 ms on this machine).

    Listed through the descriptor of content/ as checked: listed by name, a content/ swapped for a link out of the
    project had the folders it led to taken for briefings, an open page sent to a name found there
    (tests/test_attack_45.py)."""
    try:
        listing = folder_entries(content, content.parent)
    except (OSError, FileRefused):  # content/ gone, unreadable or a link out: the build says so
        return {}
    return {name: (entry.status.st_ino, entry.status.st_mtime_ns) for name, entry in listing.items()
            if not left_out(name) and entry.is_dir()}


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
