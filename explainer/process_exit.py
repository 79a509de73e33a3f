"""One speed mechanism with a name: the command line's process ends without the interpreter's teardown.

At exit Python clears every module and runs full garbage collections over all that a build
made: about 80 ms of CPU of the real microsite's cold build with the other core busy (13%),
for memory the operating system frees anyway. `end_process` does what a normal exit does
that anyone can see (atexit's functions, such as the pattern store's save, and the flush of
the standard streams), then ends the process at once with the same exit code. Where it cannot
promise that, it exits the plain way: when Python code called the script and may go on once it returns (runpy,
`python -m cProfile build.py`, a test's harness), another thread is still running, a profiler or debugger watches,
or a stream will not flush.
"""

from __future__ import annotations

import atexit
import os
import sys
import threading
from typing import NoReturn


def end_process(code: int) -> NoReturn:
    """Exit with `code`: at once after atexit's functions and a flush of stdout and stderr, or as sys.exit does.
    Called from the top level of the program's own script: nothing else's code is running around it."""
    run_exit_functions = getattr(atexit, "_run_exitfuncs", None)  # CPython's: what its own exit calls
    called = sys._getframe(1).f_back is not None  # the script was run by Python code, not by the interpreter itself
    watched = sys.getprofile() is not None or sys.gettrace() is not None
    if run_exit_functions is None or called or watched or threading.active_count() > 1:  # a normal exit waits for it
        sys.exit(code)
    run_exit_functions()
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):  # the reader went away, the disk is full: the plain exit reports it as usual
        sys.exit(code)
    os._exit(code)
