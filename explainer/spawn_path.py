"""Processes started afresh (`spawn`) import nothing from the folder they start in.

Such a process begins as `python -c "from multiprocessing.spawn import spawn_main; ..."`, and `-c` puts the current
folder first on its module path until multiprocessing hands it the parent's: the preview, run from a project folder
(`cd desk && python build.py serve`), had each build process after its first (the first overran its time limit, was
killed, or the open-files limit was low) import a contributor's `multiprocessing.py`, `socket.py` or `threading.py`
lying there, and run it. Python's safe path (`PYTHONSAFEPATH`, 3.11's `-P`) leaves that folder out. (A server
started with `python -E`, which its processes inherit, reads no environment: start it with `-P` too.)
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from typing import Iterator

SAFE_PATH = "PYTHONSAFEPATH"


@contextmanager
def current_folder_not_imported() -> Iterator[None]:
    """Start the processes the block starts with the safe path: the current folder is not on their module path."""
    before = os.environ.get(SAFE_PATH)
    os.environ[SAFE_PATH] = "1"
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(SAFE_PATH, None)
        else:
            os.environ[SAFE_PATH] = before
