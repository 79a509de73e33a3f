#!/usr/bin/env python3
"""Build the cited briefing: `python build.py [build|check|serve|schema] --help`."""

import sys


_stopped_in_a_callback = []  # a Ctrl-C the import system's own callback took (kept as the imports run on)


def _keep_interrupt(unraisable) -> None:
    """Ctrl-C landing in a callback of the import system (a module lock's cleanup) was printed as an ignored exception
    with its traceback, and lost: the command ran on. Keep it instead, for the line after the imports to stop at."""
    if issubclass(unraisable.exc_type, KeyboardInterrupt):
        _stopped_in_a_callback.append(True)
        return
    sys.__unraisablehook__(unraisable)


sys.unraisablehook = _keep_interrupt

try:  # Ctrl-C as the program starts, before main() takes it in hand, ended it in a traceback of these imports
    from pathlib import Path

    from explainer.gc_pause import no_collection

    # What importing makes lives as long as the process: the collector's passes over it free nothing.
    with no_collection():
        from explainer.cli import main
        from explainer.process_exit import end_process
except KeyboardInterrupt:
    _stopped_in_a_callback.append(True)
if _stopped_in_a_callback:
    print("stopped", file=sys.stderr)
    raise SystemExit(130)

if __name__ == "__main__":
    # The folder the script is in, as run: a project may hold a link to a build.py kept elsewhere.
    end_process(main(default_root=Path(__file__).absolute().parent))
