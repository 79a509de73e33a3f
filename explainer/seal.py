"""Cache files sealed with a digest of their bytes, so that a damaged one is never read.

A flipped bit or a disk error may leave a pickle that still loads, to a wrong value, or compiled
template code that crashes the interpreter itself (marshal does not check code objects): the digest
catches either before it is loaded, and the cache entry is made again.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from .safefs import FileRefused, read_regular

# What a sealed file starts with, then the digest of the rest.
_SEAL = b"explainer-sealed-1\n"
_SEAL_DIGEST = 16


def sealed(payload: bytes) -> bytes:
    """Return a cache file's bytes: the seal, a digest of `payload`, then `payload`."""
    return _SEAL + hashlib.blake2b(payload, digest_size=_SEAL_DIGEST).digest() + payload


def unsealed(data: bytes) -> bytes:
    """Return the payload of bytes `sealed` made, or b"" if they are damaged or were not made by it."""
    start = len(_SEAL) + _SEAL_DIGEST
    payload = data[start:]
    if data[:len(_SEAL)] != _SEAL or hashlib.blake2b(payload, digest_size=_SEAL_DIGEST).digest() != data[len(_SEAL):start]:
        return b""
    return payload


def read_sealed(path: Path, root: Path, limit: int) -> bytes:
    """Return the payload of the cache file at `path` (a regular file inside `root`, never a link), or b""
    if it is missing, not a plain file, over `limit` bytes, damaged or not made by `write_sealed`."""
    try:
        return unsealed(read_regular(path, root, limit, path.name))
    except FileRefused:
        return b""


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
