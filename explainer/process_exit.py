"""One speed mechanism with a name: the command line's process ends without the interpreter's teardown.

At exit Python clears every module and runs full garbage collections over all that a build
made: about 80 ms of CPU of the real microsite's cold build with the other core busy (13%),
for memory the operating system frees anyway. `end_process` does what a normal exit does
that anyone can see (atexit's functions, such as the pattern store's save, and the flush of
the standard streams), then ends the process at once with the same exit code. Where it cannot
promise that (another thread still running, a stream that will not flush, a profiler or debugger that writes what it
found once the script returns: `python -m cProfile build.py`), it exits the plain way.
"""

from __future__ import annotations

import atexit
import os
import sys
import threading
from typing import NoReturn


def end_process(code: int) -> NoReturn:
    """Exit with `code`: at once after atexit's functions and a flush of stdout and stderr, or as sys.exit does."""
    run_exit_functions = getattr(atexit, "_run_exitfuncs", None)  # CPython's: what its own exit calls
    watched = sys.getprofile() is not None or sys.gettrace() is not None
    if run_exit_functions is None or watched or threading.active_count() > 1:  # a normal exit waits for the thread
        sys.exit(code)
    run_exit_functions()
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):  # the reader went away, the disk is full: the plain exit reports it as usual
        sys.exit(code)
    os._exit(code)
