#!/usr/bin/env python3
"""Build the cited briefing: `python build.py [build|check|serve|schema] --help`."""

from pathlib import Path

from explainer.cli import main
from explainer.process_exit import end_process

if __name__ == "__main__":
    # The folder the script is in, as run: a project may hold a link to a build.py kept elsewhere.
    end_process(main(default_root=Path(__file__).absolute().parent))
