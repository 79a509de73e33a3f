#!/usr/bin/env python3
"""Build the cited briefing: `python build.py [build|check|serve|schema] --help`."""

import sys
from pathlib import Path

from explainer.cli import main

if __name__ == "__main__":
    sys.exit(main(default_root=Path(__file__).resolve().parent))
