"""The output folder's lock, and stops held while a site is switched: two builds take turns, none is cut short.

A lock file beside the output folder (never in it) is held with flock for the whole write and
names the process holding it, so a second build waits and says who it waits for.
"""

from __future__ import annotations

import fcntl
import os
import signal
import stat
import sys
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from .problems import printable
from .safefs import kind_of
from .stops import STOPS, ignore_further_stops


class LockRefused(Exception):
    """Something other than a lock file stands where the output folder's lock goes."""


@contextmanager
def locked_beside(out: Path, shown: Path) -> Iterator[None]:
    """Hold the lock beside `out` for the block, waiting (and saying so once) while another build holds it.

    Raises LockRefused if a link, folder, pipe or socket is where the lock goes: it is left as it is.
    """
    path, waited = out.parent / f".{out.name}.lock", False
    while True:
        fd, locked = _open_lock(path, shown.with_name(path.name))
        try:
            if not locked:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    if not waited:
                        print(waiting_for(_named_holder(fd), shown), file=sys.stderr, flush=True)
                        waited = True
                    fcntl.flock(fd, fcntl.LOCK_EX)
            if _same_file(fd, path):
                if locked or os.fstat(fd).st_nlink == 1:
                    break
                # A hard link to another file (an unpacked archive or a `cp -al` copy can hold one), whose bytes
                # our process id replaced: content/*/claims.yaml so linked was lost. Its name goes, never the file.
                path.unlink()
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)  # the holder removed the file as it finished: lock the one at the path now
    try:
        if not locked:  # a lock file a killed build left: name ourselves in it
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        # Removed while still held, so no build can lock a file that is no longer at the path; a stop
        # held meanwhile, so that one coming as the write ends does not leave the file behind.
        # A lock file left behind is harmless (the next build reuses it) and must not hide an error.
        with stops_deferred():
            try:
                path.unlink(missing_ok=True)
            except OSError:
                pass
            os.close(fd)


def clear_unheld_lock(out: Path) -> None:
    """Remove the lock file beside `out` where no process holds it. A build process killed while it wrote (the preview
    kills one that overruns its grace to stop, as a loaded machine can make it) left the file: harmless to the next
    build, which reuses it, but left beside the site after the preview had stopped (tests/test_attack_46.py)."""
    path = out.parent / f".{out.name}.lock"
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return  # none there, or a link or other thing locked_beside refuses and leaves as it is
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # held by a build of another process: left to it
        held = os.fstat(fd)
        if stat.S_ISREG(held.st_mode) and os.stat(path, follow_symlinks=False).st_ino == held.st_ino:
            path.unlink()  # while held, as locked_beside removes it: no build can lock a file no longer there
    except OSError:
        pass
    finally:
        os.close(fd)


def waiting_for(holder: str, shown: Path) -> str:
    """Return the line saying whom a build waits for; a holder stopped (Ctrl-Z, SIGSTOP) would be waited for ever."""
    who = f" (pid {printable(holder)})" if holder else ""  # empty while a build that took over the file names itself
    line = f"waiting for another build{who} writing {printable(str(shown))}/"
    if holder.isdigit() and is_stopped(int(holder)):
        line += f"; it is stopped: resume it (fg in its terminal, or kill -CONT {holder}) or end it"
    return line


def flock_holder(fd: int) -> int | None:
    """Return the process holding an flock on the file open at `fd`, where the system tells (Linux's /proc/locks)."""
    found = os.fstat(fd)
    inode = f"{os.major(found.st_dev):02x}:{os.minor(found.st_dev):02x}:{found.st_ino}"
    try:
        with open("/proc/locks", "rb") as locks:
            for line in locks.read().decode("ascii", "replace").splitlines():
                fields = line.split()  # "1: FLOCK ADVISORY WRITE 4711 08:01:1234 0 EOF"; a waiter's has "->"
                if len(fields) > 5 and fields[1] == "FLOCK" and fields[5] == inode and fields[4].isdigit():
                    return int(fields[4])
    except OSError:
        pass
    return None


def _named_holder(fd: int) -> str:
    """Return what the lock file names as its holder: its process id, unless it is being written."""
    return os.pread(fd, 20, 0).decode(errors="replace").strip()


def is_stopped(pid: int) -> bool:
    """Say whether process `pid` is stopped (where the system tells: Linux's /proc)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat_file:
            return stat_file.read().rsplit(b")", 1)[1].split()[0] in (b"T", b"t")
    except (OSError, IndexError):
        return False


def queued_seconds(pid: int) -> float:
    """Return how long process `pid` has waited for a core, runnable but not running, in seconds (0 where the
    system does not tell: Linux's /proc/PID/schedstat)."""
    try:
        with open(f"/proc/{pid}/schedstat", "rb") as schedstat:
            return int(schedstat.read().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


def other_writer(out: Path, ours: int) -> str | None:
    """Return the process id the lock beside `out` names if a build other than process `ours` holds it, else None.

    It asks for the lock shared without waiting, which fails only while a build holds it (and, should
    none, holds it only for that moment).
    """
    try:
        fd = os.open(out.parent / f".{out.name}.lock", os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _named_holder(fd)
            return None if holder == str(ours) else holder
        return None
    finally:
        os.close(fd)  # and with it the shared lock, if it was taken


def _open_lock(path: Path, shown: Path) -> tuple[int, bool]:
    """Open the lock file at `path`, or create it already locked; say whether we hold it.

    A new lock file is prepared under another name, locked and naming us, then linked into
    place: a build that finds it can always read who holds it.
    """
    while True:
        try:
            return _open_existing(path, shown), False
        except FileNotFoundError:
            pass
        draft = path.with_name(f"{path.name}-{os.getpid()}")
        draft.unlink(missing_ok=True)
        fd = os.open(draft, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644)
        try:
            os.write(fd, f"{os.getpid()}\n".encode())
            fcntl.flock(fd, fcntl.LOCK_EX)
            os.link(draft, path)
            return fd, True
        except (FileExistsError, FileNotFoundError):  # another build linked its own first, or cleared our draft
            os.close(fd)
        except BaseException:
            os.close(fd)
            raise
        finally:
            draft.unlink(missing_ok=True)


def _open_existing(path: Path, shown: Path) -> int:
    """Return a descriptor of the lock file at `path`; raise LockRefused if something else is there.

    The system's own answers to opening a link, a folder or a socket named the output folder
    ("site: cannot write: Too many levels of symbolic links"), and a named pipe opened as well.
    """
    try:
        fd = os.open(path, os.O_RDWR | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as error:
        if not isinstance(error, FileNotFoundError):  # a missing lock file is made; anything else is named
            _refuse_unless_regular(os.lstat(path).st_mode, shown)
        raise
    try:
        _refuse_unless_regular(os.fstat(fd).st_mode, shown)
    except BaseException:
        os.close(fd)
        raise
    return fd


def _refuse_unless_regular(mode: int, shown: Path) -> None:
    """Raise LockRefused unless `mode` is a regular file's."""
    if not stat.S_ISREG(mode):
        kind = "a link" if stat.S_ISLNK(mode) else kind_of(mode)
        raise LockRefused(f"{shown}: is {kind} where the build keeps its lock file (remove it and build again)")


def _same_file(fd: int, path: Path) -> bool:
    """Say whether the open file `fd` is still the one at `path`."""
    try:
        return os.path.samestat(os.fstat(fd), os.lstat(path))
    except FileNotFoundError:
        return False


@contextmanager
def stops_deferred():
    """Hold Ctrl-C, SIGTERM and a hangup until the write is done: a stop then finds a whole new site and no leftovers.

    (SIGKILL cannot be held; what it leaves beside the site is cleared by the next build.)
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held = signal.pthread_sigmask(signal.SIG_BLOCK, set(STOPS))
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


@contextmanager
def stops_raised():
    """Have SIGTERM and a hangup stop the process for the block as Ctrl-C does: by an exception, so that
    every `finally` runs.

    By their default action the process ended on the spot, undoing nothing: a hangup (the terminal or SSH
    session closed) mid-write left the stage beside the site, a SIGTERM held until the end of the write left
    the lock file, one before the lock left its draft. A stop ignored (`nohup`) or handled already (the
    preview's build process) is left as it is.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    replaced = {signum: signal.signal(signum, _stop) for signum in STOPS[1:]
                if signal.getsignal(signum) == signal.SIG_DFL}
    hook, sys.unraisablehook = sys.unraisablehook, _stop_raised_again
    try:
        yield
    finally:
        sys.unraisablehook = hook
        for signum, handler in replaced.items():
            if signal.getsignal(signum) is _stop:  # no stop came: after one, the rest stay ignored
                signal.signal(signum, handler)


_stopped_by = 0  # the signal that stopped the process, once one has


def _stop(signum: int, frame) -> None:
    """End the process as the signal would, through the exception that lets the writer undo its half."""
    global _stopped_by
    ignore_further_stops()
    _stopped_by = signum
    raise SystemExit(128 + signum)


def _stop_raised_again(unraisable) -> None:
    """A stop's exception raised where Python can only print it and go on (in a weak reference's callback, as the
    import system has: round 48's signal at a dozen moments) is neither printed nor lost: it is raised again a moment
    later (SIGALRM, 10 ms), at the process's next step outside the callback, or, landing in one again, once more.
    So is Ctrl-C's KeyboardInterrupt, which was printed there ("Exception ignored in ... KeyboardInterrupt") and lost."""
    if issubclass(unraisable.exc_type, KeyboardInterrupt) or \
            (issubclass(unraisable.exc_type, SystemExit) and _stopped_by):
        signal.signal(signal.SIGALRM, _stop_again)
        signal.setitimer(signal.ITIMER_REAL, 0.01)
    else:
        sys.__unraisablehook__(unraisable)


def _stop_again(alarm: int, frame) -> None:
    if not _stopped_by:  # Ctrl-C, whose KeyboardInterrupt the command line reports as "stopped", exit code 130
        raise KeyboardInterrupt
    raise SystemExit(128 + _stopped_by)


def folder_locked(path: str) -> bool:
    """Say whether a process holds the flock of the folder at `path` (a build's pages aside, explainer/aside.py)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return False
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # and with it the lock, if it was taken
