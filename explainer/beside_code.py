"""What every project of this installation reuses, kept beside our bytecode: each template compiled
(compiled_templates.py) and each built-in locale parsed (locale.py).

Both are functions of bytes alone (a template's source; a locale file's bytes and our code), and a project's first
build, with no .cache/ yet, made them again: on the real project, compiling its 17 templates cost 0.12 s and
parsing the five built-in locales 0.02 s, a third of all it did beyond importing its code. Like Python's own
bytecode, these files are as trusted as our code (sealed under seal.BESIDE_CODE, whose seal only catches damage),
follow PYTHONPYCACHEPREFIX, and are not written where Python writes no bytecode (PYTHONDONTWRITEBYTECODE).
Whoever reads one checks that it was made from the same bytes; one that does not load is made again.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import sys
from pathlib import Path

from .seal import BESIDE_CODE, read_sealed, write_sealed


@functools.cache
def folder() -> Path | None:
    """Return the folder Python keeps our bytecode in, or None where it keeps none."""
    try:
        return Path(importlib.util.cache_from_source(__file__)).parent
    except (NotImplementedError, ValueError):
        return None


def read(name: str, limit: int) -> bytes:
    """Return what the file `name` (a path under folder()) keeps, or b"" if it is missing, not a plain file, over
    `limit` bytes or damaged."""
    where = folder()
    if where is None:
        return b""
    path = where / name
    return read_sealed(path, path.parent, limit, BESIDE_CODE)


def writable() -> bool:
    """Return whether Python keeps bytecode in folder(): it may (no PYTHONDONTWRITEBYTECODE) and can (the folder, or
    the nearest one above it that exists, is a folder this user may write in: not so in a read-only installation)."""
    where = folder()
    if where is None or sys.dont_write_bytecode:
        return False
    existing = next(place for place in (where, *where.parents) if os.path.lexists(place))
    return os.path.isdir(existing) and os.access(existing, os.W_OK | os.X_OK)


def write(name: str, payload: bytes) -> None:
    """Keep `payload` in the file `name` under folder(), as Python keeps bytecode: not at all if it writes none."""
    if writable():
        write_sealed(folder() / name, payload, BESIDE_CODE)
