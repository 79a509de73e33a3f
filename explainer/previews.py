"""Which preview server serves a site: a file in .cache/, locked for the server's life, names its address.

Two `serve` of one project both built every save, taking turns, and the second said only that its port was in
use: an editor with a forgotten server in another terminal could not tell why builds ran twice, nor which of
the two open pages was live. The second now says at once which server serves the site already, and where.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import stat
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from .problems import printable


@contextmanager
def previewing(cache: Path, out: Path, url: str) -> Iterator[str | None]:
    """Name this server, at `url`, as the preview of the site at `out` for the block; yield the line naming
    another server that does so already (None if none does, or the file cannot be kept: it is only a notice).

    The file is in `cache` (.cache/), where one a killed server left is out of sight and harmless (the next
    server takes it over), named after the site's path: two previews of one project into two --out folders
    build each its own site.
    """
    try:
        cache.mkdir(exist_ok=True)
    except OSError:  # a file there, a read-only project: the build will say so
        yield None
        return
    path = cache / f"preview-{hashlib.sha256(os.fsencode(out)).hexdigest()[:16]}"
    fd, other = _hold(path, f"{os.getpid()} {url}\n".encode())
    try:
        yield other
    finally:
        if fd is not None:
            try:
                path.unlink(missing_ok=True)  # while still held: no server locks a file gone from the path
            except OSError:
                pass
            os.close(fd)


def _hold(path: Path, named: bytes) -> tuple[int | None, str | None]:
    """Lock the file at `path` and write `named` (our process id and address) in it; or return the line naming
    who holds it."""
    for _ in range(3):  # a holder that removes the file as we open it: open the next one
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC, 0o644)
        except OSError:  # a link, a read-only folder: nothing to say
            return None, None
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                os.close(fd)
                return None, None
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 300, 0).decode(errors="replace").split()
            os.close(fd)
            return None, _another(holder)
        except OSError:
            os.close(fd)
            return None, None
        if _same_file(fd, path):
            try:
                os.ftruncate(fd, 0)
                os.pwrite(fd, named, 0)
            except OSError:  # a full disk: held all the same, naming no one
                pass
            return fd, None
        os.close(fd)
    return None, None


def _another(holder: list[str]) -> str:
    """Return the warning naming the other preview server from its file's words: its process id and address."""
    pid, url = (holder + ["", ""])[:2]
    who = f" (pid {printable(pid)})" if pid.isdigit() else ""
    where = f" at {printable(url)}" if url.startswith("http") else ""
    return (f"warning: another preview server{who} serves this site already{where}: both build every save, taking "
            "turns (stop one of them, Ctrl-C in its terminal)")


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), os.lstat(path))
    except OSError:
        return False
