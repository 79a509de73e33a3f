"""Cache files sealed with their length and a checksum of their bytes, so that a damaged one is never read.

A flipped bit or a disk error may leave a pickle that still loads, to a wrong value, or compiled
template code that crashes the interpreter itself (marshal does not check code objects): the seal
catches either before it is loaded, and the cache entry is made again.

The checksum is CRC-32, as in zip, gzip and PNG: it is made to catch damage (every burst of up to
32 flipped bits, any other with odds of one in four billion), and at some 2 GB/s it costs a preview
rebuild at 4,000 sources, which reads 28 MB of packs, 13 ms where BLAKE2b cost 55. No digest would
stop someone who can write .cache/: they could seal what they write (see README, Limits and
security model).
"""

from __future__ import annotations

import os
import stat
import struct
import zlib
from pathlib import Path

from .safefs import FileRefused, read_regular

# What a sealed file starts with, then the payload's length and CRC-32, then the payload.
_SEAL = b"explainer-sealed-2\n"
_CHECK = struct.Struct("<QI")


def sealed(payload: bytes) -> bytes:
    """Return a cache file's bytes: the seal, the length and checksum of `payload`, then `payload`."""
    return _SEAL + _CHECK.pack(len(payload), zlib.crc32(payload)) + payload


def unsealed(data: bytes) -> bytes:
    """Return the payload of bytes `sealed` made, or b"" if they are damaged or were not made by it."""
    start = len(_SEAL) + _CHECK.size
    payload = memoryview(data)[start:]
    if data[:len(_SEAL)] != _SEAL or len(data) < start or \
            _CHECK.unpack_from(data, len(_SEAL)) != (len(payload), zlib.crc32(payload)):
        return b""
    return bytes(payload)


def read_sealed(path: Path, root: Path, limit: int) -> bytes:
    """Return the payload of the cache file at `path` (a regular file inside `root`, never a link), or b""
    if it is missing, not a plain file, over `limit` bytes, damaged or not made by `write_sealed`."""
    try:
        return unsealed(read_regular(path, root, limit, path.name))
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


def write_sealed(path: Path, payload: bytes) -> None:
    """Write a cache file holding `payload`, sealed: whole, aside then renamed, so that a killed build or
    another reader never sees half of it. A cache that cannot be written (a read-only checkout) is only
    a lost shortcut: nothing is raised."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(sealed(payload))
        os.replace(temporary, path)
    except OSError:
        try:
            temporary.unlink(missing_ok=True)
        except OSError:  # its folder could not be made either
            pass
