#!/usr/bin/env python3
"""Build the cited briefing: `python build.py [build|check|serve|schema] --help`."""

import sys

try:  # Ctrl-C as the program starts, before main() takes it in hand, ended it in a traceback of these imports
    from pathlib import Path

    from explainer.gc_pause import no_collection

    # What importing makes lives as long as the process: the collector's passes over it free nothing.
    with no_collection():
        from explainer.cli import main
        from explainer.process_exit import end_process
except KeyboardInterrupt:
    print("stopped", file=sys.stderr)
    raise SystemExit(130) from None

if __name__ == "__main__":
    # The folder the script is in, as run: a project may hold a link to a build.py kept elsewhere.
    end_process(main(default_root=Path(__file__).absolute().parent))
