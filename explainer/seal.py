"""Cache files sealed with a digest of their bytes, so that a damaged one is never read.

A flipped bit or a disk error may leave a pickle that still loads, to a wrong value, or compiled
template code that crashes the interpreter itself (marshal does not check code objects): the digest
catches either before it is loaded, and the cache entry is made again.
"""

from __future__ import annotations

import hashlib

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
