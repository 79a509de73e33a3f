"""Statuses of entries under one folder, the folders on the way to the last one asked about kept open.

A page kept from the last build is looked for in site/ through each folder's descriptor, none followed as a link
(explainer/safefs.py `status_in_folder`, tests/test_attack_47.py). Asked page by page, that opened site/ and every
folder on the way and closed them again: five calls to the system a page where `os.lstat` made one. The pages are
asked about folder by folder (a briefing's three downloads, then the next briefing's), so the folders of the last
one asked about are kept open, and a page in the same folder costs one call (tests/test_attack_48.py). At most one
descriptor a level is held, never more, whatever the site's size; each is opened as before, without following a link.
"""

from __future__ import annotations

import os

_FOLDER_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC


class FolderChain:
    """Gives `status(steps)` of top/steps..., as status_in_folder does, until closed (a context manager)."""

    def __init__(self, top: str):
        self.top = top
        self.opened: list[tuple[str, int]] = []  # (name, descriptor) from the top down; the top's name is ""

    def __enter__(self) -> FolderChain:
        return self

    def __exit__(self, *exception) -> None:
        self.close()

    def status(self, steps: tuple[str, ...]) -> os.stat_result:
        """Return the status of the entry top/steps..., not following a link at it or on the way (OSError if one)."""
        return os.stat(steps[-1], dir_fd=self._folder(steps[:-1]), follow_symlinks=False)

    def _folder(self, folders: tuple[str, ...]) -> int:
        """Return the descriptor of top/folders..., keeping what the last look opened of its way."""
        if not self.opened:
            self.opened.append(("", os.open(self.top, _FOLDER_FLAGS)))
        shared = 1  # the top, then each folder the last look opened on the same way
        while shared < len(self.opened) and shared <= len(folders) and self.opened[shared][0] == folders[shared - 1]:
            shared += 1
        self._close_from(shared)
        for step in folders[shared - 1:]:
            self.opened.append((step, os.open(step, _FOLDER_FLAGS, dir_fd=self.opened[-1][1])))
        return self.opened[-1][1]

    def _close_from(self, level: int) -> None:
        """Close the descriptors opened from `level` down."""
        while len(self.opened) > level:
            os.close(self.opened.pop()[1])

    def close(self) -> None:
        self._close_from(0)
