"""Which preview server serves a site: a file in .cache/ names the one that does, and its address.

Two `serve` of one project both built every save, taking turns, and the second said only that its port was in
use: an editor with a forgotten server in another terminal could not tell why builds ran twice, nor which of
the two open pages was live. The second now says at once which server serves the site already, and where.
The file holds no descriptor open (a server at its limit of open files has none to spare): a process named
there that has ended, killed outright say, or is no preview server, is no one.
"""

from __future__ import annotations

import hashlib
import os
import stat
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from .problems import printable

_MOST = 300  # bytes of the file read: a process id and an address
_MOST_PID = 4_194_304  # Linux's largest pid_max (2**22): a .cache/ comes with copied projects, whatever it holds


@contextmanager
def previewing(cache: Path, out: Path, url: str) -> Iterator[str | None]:
    """Name this server, at `url`, as the preview of the site at `out` for the block, unless another is; yield the
    line naming that other one (None if there is none, or the file cannot be kept: it is only a notice).

    The file is in `cache` (.cache/), out of sight, named after the site's path: two previews of one project
    into two --out folders build each its own site.
    """
    path = cache / f"preview-{hashlib.sha256(os.fsencode(out)).hexdigest()[:16]}"
    other = _another(_read(path))
    ours = f"{os.getpid()} {url}\n".encode()
    named = other is None and _write(path, ours)
    try:
        yield other
    finally:
        if named and _read(path) == ours:  # a server started since names itself there: leave it
            try:
                path.unlink()
            except OSError:
                pass


def _read(path: Path) -> bytes:
    """Return the file's first bytes; none if it is missing, no regular file (a link is not followed), or one others
    wrote or could have written: in a project folder shared with a group, another user's notice named any `serve` of
    the machine (another user's too) as this site's, at an address of that user's choosing."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return b""
    try:
        found = os.fstat(fd)
        ours = found.st_uid == os.geteuid() and not found.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
        return os.read(fd, _MOST) if stat.S_ISREG(found.st_mode) and ours else b""
    except OSError:
        return b""
    finally:
        os.close(fd)


def _write(path: Path, text: bytes) -> bool:
    """Put a file holding `text` at `path` in one step (written aside, then renamed); say whether it is there."""
    aside = path.with_name(f".{path.name}.{os.getpid()}")
    try:
        path.parent.mkdir(exist_ok=True)
        aside.unlink(missing_ok=True)
        fd = os.open(aside, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644)
        try:
            os.write(fd, text)
        finally:
            os.close(fd)
        os.replace(aside, path)
        return True
    except OSError:  # a .cache/ that is a file, read-only, full: no notice
        try:
            aside.unlink(missing_ok=True)
        except OSError:
            pass
        return False


def _another(named: bytes) -> str | None:
    """Return the warning naming the preview server the file names, if that process still runs one; else None."""
    words = named.decode(errors="replace").split()
    # ASCII digits naming a process that can be: "²" (which isdigit takes) and a pid past any the system gives
    # ended the preview in a traceback before it served, and 0 is this process's group, not a process.
    if len(words) != 2 or not (words[0].isascii() and words[0].isdigit()) or not 0 < int(words[0]) <= _MOST_PID \
            or int(words[0]) == os.getpid() or not _serving(int(words[0])):
        return None
    pid, url = words
    return (f"warning: another preview server (pid {pid}) serves this site already at {printable(url)}: both build "
            "every save, taking turns (stop one of them, Ctrl-C in its terminal)")


def _serving(pid: int) -> bool:
    """Say whether process `pid` runs and is a preview server (`build.py ... serve`), as far as the system tells."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's: it runs
        pass
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as command:
            return b"\0serve\0" in command.read() + b"\0"
    except OSError:  # no /proc (not Linux): the process runs, and is taken at its word
        return True
