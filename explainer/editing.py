"""The editors' helper commands: `new`, `changes`, `accept-source`, `cite`."""

from __future__ import annotations

import argparse
import sys

from .project import Project


def run(command: str, project: Project, args: argparse.Namespace) -> int:
    """Run one helper command; print its result; return the exit code."""
    try:
        if command == "new":
            from .scaffold import new_briefing

            path = new_briefing(project, args.slug, args.title, args.source)
            print(f"created {path.relative_to(project.root).as_posix()}: edit it, then run python build.py")
        elif command == "accept-source":
            from .integrity import accept_source

            print(accept_source(project, args.source_id))
        elif command == "changes":
            from .changes import changes_since

            print(changes_since(project, args.since))
    except (LookupError, ValueError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0
