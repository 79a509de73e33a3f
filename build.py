#!/usr/bin/env python3
"""Build the cited briefing: `python build.py [build|check|serve|schema] --help`."""

import sys
from pathlib import Path

from explainer.cli import main

if __name__ == "__main__":
    # The folder the script is in, as run: a project may hold a link to a build.py kept elsewhere.
    sys.exit(main(default_root=Path(__file__).absolute().parent))
