"""The editors' helper commands: `new`, `changes`, `accept-source`, `cite`."""

from __future__ import annotations

import argparse
import re
import shlex
import sys
from pathlib import Path

from . import patterns
from .cli import tell
from .integrity import SourceNotAccepted
from .model import MAX_QUOTE_CHARS
from .problems import cut_middle, printable
from .project import Project

MAX_OCCURRENCES_SHOWN = 10  # citations printed when the words occur more often than once
MAX_LINES_LISTED = 20  # lines named where the words occur, the rest counted


def run(command: str, project: Project, args: argparse.Namespace, bare_root: Path) -> int:
    """Run one helper command; print its result; return the exit code. A project other than `bare_root` (the one a
    plain `python build.py` builds) is named in the command the result says to run next."""
    try:
        if command == "new":
            from .scaffold import new_briefing, untranslated_note

            path = new_briefing(project, args.slug, args.title, args.source)
            tell(f"created {path.relative_to(project.root).as_posix()}: edit it, then run "
                 f"{build_command(project, args, bare_root)}")
            if note := untranslated_note(project, path):
                tell(printable(note))
        elif command == "accept-source":
            from .integrity import accept_source

            tell(accept_source(project, args.source_id, args.force))
        elif command == "cite":
            tell(cite_words(project, args.source_id, args.words), end="")
        elif command == "changes":
            from .changes import changes_since

            # Each line as the terminal may show it: `--since` as typed, and words of files anyone may have written.
            tell("\n".join(printable(line) for line in changes_since(project, args.since).split("\n")))
    except CiteError as error:
        for line in str(error).split("\n"):
            print(printable(line), file=sys.stderr)
        return 1
    except SourceNotAccepted as error:
        for line in str(error).split("\n"):
            print(f"error: {printable(line)}", file=sys.stderr)
        return 1
    except (LookupError, ValueError, OSError) as error:  # cut: a source id of 1 MB was quoted whole
        print(f"error: {cut_middle(printable(str(error)))}", file=sys.stderr)
        return 1
    return 0


# Words typed inside quotation marks of any style ("…", “…”, «…», „…“, »…«, ‘…’), spacing around them aside.
_QUOTED = patterns.compile(r"\s*[\"“”«»„‘’'‚‹›]\s*(?P<words>.*?\w.*?)\s*[\"“”«»„‘’'‚‹›]\s*", re.DOTALL)


class CiteError(Exception):
    """The words are not in the source, or the source cannot be read."""


def build_command(project: Project, args: argparse.Namespace, bare_root: Path) -> str:
    """Return the command that builds `project`: with its --root as given, unless a plain `python build.py` builds
    it (a new user's `new --root DIR` was told to run `python build.py`, which builds another project)."""
    if project.root == bare_root.resolve():
        return "python build.py"
    return f"python build.py --root {shlex.quote(printable(str(args.root)))}"

def cite_words(project: Project, source_id: str, words: str) -> str:
    """Return a citation of `words` ready to paste (one per occurrence), or raise CiteError saying why there is none."""
    from .finder import WORD, find_words, words_inside_words
    from .sources import library_text

    text = library_text(project.root, source_id)
    shown = f"seeds/{text.source.file}"
    if not WORD.search(words):
        raise CiteError(f'error: no words to look for in {shown} (give some words of the source: '
                        f'python build.py cite {source_id} "some words")')
    quoted = len(" ".join(words.split()))
    if quoted > MAX_QUOTE_CHARS:  # the build would refuse the quote; looked for, words of 1 MB took 8 s of CPU
        raise CiteError(f"error: the words given are {quoted:,} characters, more than the {MAX_QUOTE_CHARS:,} a quote "
                        f"may hold (cite the words that back the statement, a sentence or two, each where it stands)")
    spans = find_words(text.text, words)
    unquoted = _QUOTED.fullmatch(words)
    if not spans and unquoted:  # «…» or "…" typed around words the source does not mark: the words are meant
        return cite_words(project, source_id, unquoted["words"])
    if len(spans) > 1:
        return _every_occurrence(text, spans, shown)
    if spans:
        return _single(text, *spans[0], shown)
    inside = words_inside_words(text.text, words)
    if inside:
        start, _, whole = inside
        raise CiteError(f"error: {shown}: the words occur only inside longer words, on line {text.line_at(start)} "
                        f'(a quote starts and ends on whole words: quote "{" ".join(whole.split())}")')
    raise CiteError(_not_found(text, words, shown))


def _citation_at(source, start: int, end: int) -> str:
    """Return the citation of `source`'s words at [start, end) as YAML lines, or "" when no nearby words single them out."""
    from .suggest import citation_at

    found = citation_at(source, start, end)
    return found.yaml if found else ""


def _single(text, start: int, end: int, shown: str) -> str:
    """Return the citation of the words found once (prefix or suffix added if anchoring needs one)."""
    from .anchor import NormalisedSource

    citation = _citation_at(NormalisedSource(text), start, end)
    if not citation:
        raise CiteError(f"error: {shown}: {_not_citable(text, start, end)}")
    return citation


def _not_citable(text, start: int, end: int) -> str:
    """Return why the words at [start, end) have no citation: a character no quote may hold, or no context."""
    from .suggest import unquotable, writable

    held = unquotable(writable(text.text[start:end]))
    if held:
        return (f"the words on line {text.line_at(start)} hold {held} (quote the words before it or after it, or "
                "remove it from the document and run accept-source)")
    return "the words cannot be anchored on their own (quote more of the sentence)"


def _every_occurrence(text, spans: list[tuple[int, int]], shown: str) -> str:
    """Return one citation per occurrence of the words, each under a comment naming its line."""
    from .anchor import NormalisedSource

    source = NormalisedSource(text)
    listed = lines_listed(sorted({text.line_at(start) for start, _ in spans}))
    out = [f"# the words occur {len(spans)} times in {shown} (on {listed}): "
           "one citation for each below; paste the one you mean"]
    singled = 0
    for number, (start, end) in enumerate(spans[:MAX_OCCURRENCES_SHOWN], 1):
        citation = _citation_at(source, start, end)
        singled += bool(citation)
        where = f"# {number} of {len(spans)}, line {text.line_at(start)}"
        out.append(f"{where}:\n{citation.rstrip()}" if citation else f"{where}: {_not_citable(text, start, end)}")
    if len(spans) > MAX_OCCURRENCES_SHOWN:
        out.append(f"# and {len(spans) - MAX_OCCURRENCES_SHOWN} more (quote more words to narrow them down)")
    if not singled:
        raise CiteError(f"error: {shown}: the words occur {len(spans)} times (on {listed}) and no nearby words "
                        "single one out (quote more of the sentence)")
    return "\n".join(out) + "\n"


def lines_listed(lines: list[int]) -> str:
    """Return "lines 1, 5, 9" for the first MAX_LINES_LISTED of `lines`, the rest counted: words a seed held on
    200,000 lines were listed on all of them, one comment line of 1.5 MB."""
    shown = ", ".join(str(line) for line in lines[:MAX_LINES_LISTED])
    more = len(lines) - MAX_LINES_LISTED
    return f"line{'s' if len(lines) > 1 else ''} {shown}" + (f" and {more:,} more" if more > 0 else "")


def _not_found(text, words: str, shown: str) -> str:
    """Return the error lines for words that are not in the source: the nearest passages, differences marked."""
    from .suggest import nearest_candidates

    candidates = nearest_candidates(text.text, words)
    if not candidates:  # "nearest passages below" over nothing: an inflected word ("пошлины") shares none
        return (f"error: {shown}: the words are not in the source, and no passage of it holds any of them as written "
                "(copy the words from the source, in the forms it gives them)")
    lines = [f"error: {shown}: the words are not in the source (nearest passages below; "
             "[-x-] is only in your words, {+x+} only in the source)"]
    lines += [f"  line {candidate.line}: {candidate.differences}" for candidate in candidates]
    return "\n".join(lines)
