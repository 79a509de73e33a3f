"""File digests remembered by stat signature, as git's index and Bazel do: a rebuild does not read
again a file that has not changed since a build read it.

A file's signature is its device, inode, mode, size, and modification and change times. Writing
a file changes its modification time; setting that time back changes its change time, which no
program can set. One case is left: an edit within the same clock tick as the read whose digest
was recorded leaves every time as it was. So a digest is recorded only for a file last modified
RACY_NS or more before the build began (git calls the others "racily clean"): a file edited
moments ago is read again by the next build, and remembered by the one after. The site's own files
are hard-linked anew by every build, which moves their change time each time: for them only the
modification time says whether they were edited moments ago (setting it back afterwards within
the same tick is left out: that is no accident).

The digests are kept in .cache/, one file per folder of inputs, sealed like the packs: a
damaged or foreign file is a miss, and so is one kept by other code (a seed is recorded once our
code found it usable: another version may refuse it). Only the entries a build looked up or
recorded are kept.
"""

from __future__ import annotations

import os
import pickle
import time
from pathlib import Path

from .seal import read_sealed, remove_left_aside, write_sealed

RACY_NS = 2_000_000_000  # above any file system's timestamp granularity (FAT's is 2 s)
MAX_BYTES = 256 * 1024 * 1024

Signature = tuple[int, int, int, int, int, int]


def signature(status: os.stat_result) -> Signature:
    """Return what changes whenever a file's bytes do: device, inode, mode, size, modified and changed times."""
    return (status.st_dev, status.st_ino, status.st_mode, status.st_size, status.st_mtime_ns, status.st_ctime_ns)


class FileDigests:
    """Digests of files by path, trusted while each file's signature is the one recorded with its digest."""

    def __init__(self, kept: Path | None, relinked: bool = False, code: str = ""):
        self.kept_at, self.code = kept, code  # code: a digest of the code that checked the files recorded
        self.relinked = relinked  # files this tool links anew each build: their change time is always recent
        self.started = time.time_ns()  # before any file is looked at: what "edited moments ago" is measured from
        self.kept = self._read()
        self.now: dict[str, tuple[Signature, str]] = {}  # what `save` writes

    def _read(self) -> dict[str, tuple[Signature, str]]:
        if self.kept_at is None:
            return {}
        try:  # from .cache/ itself, never through a link
            kept = pickle.loads(read_sealed(self.kept_at, self.kept_at.parent.parent, MAX_BYTES))
        except Exception:  # missing, damaged or from another version: read every file
            return {}
        if not (isinstance(kept, tuple) and len(kept) == 2 and kept[0] == self.code and isinstance(kept[1], dict)):
            return {}
        return kept[1]

    def known(self, path: str, status: os.stat_result) -> str | None:
        """Return the digest recorded for `path` if the file still has the signature it had then, else None."""
        entry = self.kept.get(path)
        if isinstance(entry, tuple) and len(entry) == 2 and entry[0] == signature(status):
            self.now[path] = entry
            return entry[1]
        return None

    def record(self, path: str, status: os.stat_result, digest: str) -> None:
        """Remember `digest` as that of the file at `path` with `status` (taken before its bytes were read)."""
        settled = self.started - RACY_NS
        if status.st_mtime_ns < settled and (self.relinked or status.st_ctime_ns < settled):
            self.now[path] = (signature(status), digest)

    def save(self) -> None:
        """Keep what this build looked up or recorded for the next one (aside, then renamed), and remove what a
        build stopped as it wrote this file left aside."""
        if self.kept_at is None:
            return
        if self.now != self.kept:
            kept = (self.code, dict(sorted(self.now.items())))
            write_sealed(self.kept_at, pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL))
        try:
            names = os.listdir(self.kept_at.parent)
        except OSError:  # none yet, or unreadable
            return
        remove_left_aside(self.kept_at.parent, [name for name in names if name.startswith(f".{self.kept_at.name}.")])
