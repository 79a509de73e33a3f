"""Cache files sealed with their length and a keyed digest of their bytes, so that only a file this user's
builds wrote is ever loaded.

.cache/ holds pickles and compiled template code, which run code as they load: a cache carried in a
copied project or a repository, or planted by another user, could run anything in the build, or hand it
a page, a finding or a validated model it never made, to publish as checked. Each file is therefore
sealed with HMAC-SHA256 under a key of this user's own, kept outside every project (in
$XDG_CACHE_HOME/explainer/, by default ~/.cache/explainer/, readable by the user alone): a file sealed
under any other key, like a damaged one, is not read, and what it kept is made again. Where no key can
be kept (no home folder, or one another user can write), each process makes one of its own, so
nothing another process wrote is trusted.

HMAC-SHA256 runs at some 1.5 GB/s with the processor's SHA instructions: a preview rebuild at 4,000
sources reads 28 MB of packs, 19 ms where the CRC-32 this replaced cost 11 (BLAKE2b 36).
"""

from __future__ import annotations

import contextlib
import functools
import hmac
import os
import re
import stat
import struct
from pathlib import Path
from typing import Iterator

from .safefs import FileRefused, read_regular

# What a sealed file starts with, then the payload's length and keyed digest, then the payload.
_SEAL = b"explainer-sealed-3\n"
_CHECK = struct.Struct("<Q16s")
KEY_BYTES = 32
# The key of a file kept beside our code (explainer/__pycache__/), which is as trusted as the code itself
# and may be shared by every user of one installation: its seal only catches damage.
BESIDE_CODE = b"beside-code"


def sealed(payload: bytes, key: bytes | None = None) -> bytes:
    """Return a cache file's bytes: the seal, the length and digest of `payload` under `key` (by default this
    user's), then `payload`."""
    return _SEAL + _CHECK.pack(len(payload), _digest(payload, key)) + payload


def unsealed(data: bytes, key: bytes | None = None) -> bytes:
    """Return the payload of bytes `sealed` made under `key`, or b"" if they are damaged, were sealed under
    another key or were not made by it."""
    payload, rest = unsealed_head(data, key)
    return b"" if rest else payload


def unsealed_head(data: bytes, key: bytes | None = None) -> tuple[bytes, memoryview]:
    """Return the payload that bytes starting with what `sealed` made under `key` hold, and the bytes after it; (b"",
    nothing) if the sealed part is damaged, was sealed under another key or was not made by it. What follows is not
    covered by the seal: whoever wrote it there vouches for it in the payload (explainer/patterns.py keeps a digest of
    each pattern's code in its sealed index, and reads only the code a run asks for)."""
    start = len(_SEAL) + _CHECK.size
    if data[:len(_SEAL)] != _SEAL or len(data) < start:
        return b"", memoryview(b"")
    length, digest = _CHECK.unpack_from(data, len(_SEAL))
    payload = memoryview(data)[start:start + length]
    if length != len(payload) or not hmac.compare_digest(digest, _digest(payload, key)):
        return b"", memoryview(b"")
    return bytes(payload), memoryview(data)[start + length:]


def _digest(payload, key: bytes | None) -> bytes:
    return hmac.digest(user_key() if key is None else key, payload, "sha256")[:16]


def read_sealed(path: Path, root: Path, limit: int, key: bytes | None = None) -> bytes:
    """Return the payload of the cache file at `path` (a regular file inside `root`, never a link), or b""
    if it is missing, not a plain file, over `limit` bytes, damaged or not sealed under `key`."""
    # A project's first build keeps nothing yet: asking the safe read for a missing file made it look at every
    # folder on the way and word a refusal (3.6 % of the instructions of a small project's first load). One lstat
    # says so; a path it finds still goes through the safe read, which finds no more than the system does.
    if not os.path.lexists(path):
        return b""
    try:
        return unsealed(read_regular(path, root, limit, path.name), key)
    except FileRefused:
        return b""


def seal_of(path: Path) -> tuple | None:
    """Return what tells one version of a sealed file from another without reading it: the file's inode,
    size and times, with the length and checksum its seal states; None if it is missing or not a plain file."""
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return None  # looked at before opening: opening a device can itself do something
        descriptor = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        found = os.fstat(descriptor)
        if not stat.S_ISREG(found.st_mode):
            return None
        head = os.read(descriptor, len(_SEAL) + _CHECK.size)
    except OSError:
        return None
    finally:
        os.close(descriptor)
    return found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns, found.st_ctime_ns, head


def write_sealed(path: Path, payload: bytes, key: bytes | None = None, after: bytes = b"") -> None:
    """Write a cache file holding `payload`, sealed, then `after` (see unsealed_head): whole, aside then renamed, so
    that a killed build or another reader never sees half of it. A cache that cannot be written (a read-only
    checkout) is only a lost shortcut: nothing is raised. Never written through a link: the aside file is made new,
    under a name no other process picks (a link planted at a name made of the process id led the build's bytes into
    any file the user could write), in a folder that is not a link (a pack folder of .cache/ that was one led them
    out of it)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return
    temporary = f".{path.name}.{os.getpid()}.{os.urandom(6).hex()}"
    with cache_folder(path.parent) as folder:
        if folder is None:
            return
        try:
            descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC,
                                 0o666, dir_fd=folder)
            with open(descriptor, "wb") as file:
                file.write(sealed(payload, key))
                file.write(after)
            os.replace(temporary, path.name, src_dir_fd=folder, dst_dir_fd=folder)
        except BaseException as error:  # Ctrl-C, or a SIGTERM raised as one, too: it left the aside file for good
            try:
                os.unlink(temporary, dir_fd=folder)
            except OSError:  # never made
                pass
            if not isinstance(error, OSError):
                raise


# The name write_sealed writes a file under before renaming it into place: `.NAME.PID.RANDOM`.
_ASIDE = re.compile(r"\.(?P<name>.+)\.(?P<pid>\d+)\.[0-9a-f]{12}")


def is_aside(name: str) -> bool:
    """Say whether `name` is one write_sealed writes a file under, before renaming it into place."""
    return _ASIDE.fullmatch(name) is not None


def remove_left_aside(folder: Path, names: list[str]) -> None:
    """Delete the files of `names` in the cache folder `folder` that write_sealed was writing when its process ended.

    A build killed, or stopped by SIGTERM or a hangup, as it saved .cache/ left its half-written file there for good,
    up to a whole pack (the plans of 100 briefings are 21 MB), one more at every such stop. A file whose process
    still runs is being written: it is left alone.
    """
    ended = [name for name in names if (found := _ASIDE.fullmatch(name)) and not _running(int(found["pid"]))]
    if not ended:
        return
    with cache_folder(folder) as descriptor:
        for name in ended if descriptor is not None else ():
            try:
                os.unlink(name, dir_fd=descriptor)
            except OSError:  # gone meanwhile, or a read-only cache: only space is lost
                pass


def _running(pid: int) -> bool:
    """Say whether a process `pid` runs (another user's too)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except (OverflowError, OSError):  # no process can have that number
        return False
    return pid > 0


def remove_sealed(path: Path) -> None:
    """Delete the cache file at `path`, if there is one, never through a link to its folder; a cache that cannot be
    written (a read-only checkout) is only a lost shortcut: nothing is raised."""
    with cache_folder(path.parent) as folder:
        try:
            if folder is not None:
                os.unlink(path.name, dir_fd=folder)
        except OSError:
            pass


@contextlib.contextmanager
def cache_folder(path: Path) -> Iterator[int | None]:
    """Open the cache folder `path` for the block, never through a link; give None if it cannot be (none yet, a
    link, unreadable): what is done in .cache/ is done from the folder's own handle, by name."""
    try:
        folder = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError:
        yield None
        return
    try:
        yield folder
    finally:
        os.close(folder)


@functools.cache  # read once per process; a build's forked workers inherit it
def user_key() -> bytes:
    """Return the key this user's builds seal their cache files with: the one kept in the user's own key
    folder, made there if it has none (or one another user could read or have written), or, where
    none can be kept safely, one for this process alone."""
    try:
        folder = key_folder()
        return _kept_key(folder) or _new_key(folder)
    except OSError:
        return os.urandom(KEY_BYTES)


def key_folder() -> Path:
    """Return where the user's key is kept: $XDG_CACHE_HOME/explainer, or ~/.cache/explainer.

    Raises OSError where the user has no home folder: `~` was taken as a folder of that name in the current one,
    the project perhaps, where a key could come with the project (a tarball keeps its 0600) and unseal its .cache/.
    """
    chosen = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(chosen):  # unset, or relative, which the XDG specification says to ignore
        chosen = os.path.join(os.path.expanduser("~"), ".cache")
    if not os.path.isabs(chosen):  # no $HOME, and no entry in the password database (a container's own user id)
        raise OSError("no home folder")
    return Path(chosen) / "explainer"


def _kept_key(folder: Path) -> bytes | None:
    """Return the key kept in `folder`, or None if there is none or it is not the user's alone."""
    try:
        _check_private(os.lstat(folder), stat.S_ISDIR)
    except FileNotFoundError:
        return None
    try:
        descriptor = os.open(folder / "seal.key", os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        found = os.fstat(descriptor)
        if not stat.S_ISREG(found.st_mode) or found.st_uid != os.geteuid() or found.st_mode & 0o077:
            return None
        key = os.read(descriptor, KEY_BYTES + 1)
    finally:
        os.close(descriptor)
    return key if len(key) == KEY_BYTES else None


def _new_key(folder: Path) -> bytes:
    """Make a key in `folder` (made private if missing), in place of an unfit one, and return the key
    kept there then (another process's, if it made one first)."""
    if not os.path.lexists(folder):
        os.makedirs(folder, mode=0o700)
    _check_private(os.lstat(folder), stat.S_ISDIR)
    temporary = folder / f".seal.key.{os.getpid()}"
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
    try:
        os.write(descriptor, os.urandom(KEY_BYTES))
    finally:
        os.close(descriptor)
    try:
        if os.path.lexists(folder / "seal.key"):
            os.replace(temporary, folder / "seal.key")  # unfit: someone else may have read or written it
        else:
            os.link(temporary, folder / "seal.key")  # never over a key another process made meanwhile
    except FileExistsError:
        pass
    finally:
        temporary.unlink(missing_ok=True)
    kept = _kept_key(folder)
    if kept is None:
        raise OSError("no key could be kept")
    return kept


def _check_private(found: os.stat_result, kind) -> None:
    """Raise OSError unless `found` is of `kind`, the user's own, and writable by the user alone."""
    if not kind(found.st_mode) or found.st_uid != os.geteuid() or found.st_mode & 0o022:
        raise OSError("not the user's own")
