"""The editors' helper commands: `new`, `changes`, `accept-source`, `cite`."""

from __future__ import annotations

import argparse
import sys

from .problems import printable
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
        elif command == "cite":
            print(cite_words(project, args.source_id, args.words), end="")
        elif command == "changes":
            from .changes import changes_since

            print(changes_since(project, args.since))
    except CiteError as error:
        for line in str(error).split("\n"):
            print(printable(line), file=sys.stderr)
        return 1
    except (LookupError, ValueError, OSError) as error:
        print(f"error: {printable(str(error))}", file=sys.stderr)
        return 1
    return 0


class CiteError(Exception):
    """The words are not in the source, or the source cannot be read."""


def cite_words(project: Project, source_id: str, words: str) -> str:
    """Return a citation of `words` ready to paste, or raise CiteError naming the nearest passages."""
    from .sources import library_text
    from .suggest import suggest_citation

    text = library_text(project.root, source_id)
    source = text.source
    found = suggest_citation(source_id, text.text, words)
    if found.unique:
        return found.yaml
    if found.occurrences:
        raise CiteError(f"error: seeds/{source.file}: the words occur {found.occurrences} times and no nearby words "
                        "single one out (quote more of the sentence)")
    lines = [f"error: seeds/{source.file}: the words are not in the source (nearest passages below; "
             "[-x-] is only in your words, {+x+} only in the source)"]
    lines += [f"  line {candidate.line}: {candidate.differences}" for candidate in found.nearest]
    raise CiteError("\n".join(lines))
