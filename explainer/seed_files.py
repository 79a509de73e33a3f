"""What seeds/ holds that no citation or checkout can use: an empty document, and two files named alike but for case.

An empty seed (or one of a byte-order mark, or of spaces and line ends alone: a download that failed, a copy saved
before it was pasted) was read as a document with no passage, and each of its citations was "not in source" in a line
of its own, none saying why. Two files of seeds/ whose names differ only in letter case (`FLOOD.txt` beside
`flood.txt`) are one file on a checkout on macOS or Windows, one overwriting the other: where no source names one of
them, the two sources' check (crosscheck's) never saw it, and such a checkout read the other's words under the
recorded digest (tests/test_attack_39.py).
"""

from __future__ import annotations

import unicodedata

from .problems import Problem
from .safefs import ListedEntry

EMPTY_SEED_HINT = ("copy the document's text into it (or remove the source and its citations): no passage of it can "
                   "be cited")


def empty_seed(raw: bytes) -> str:
    """Return the message for a seed whose text is nothing, or spaces and line ends alone."""
    if not raw:
        return "the document is empty (0 bytes)"
    if raw == b"\xef\xbb\xbf":
        return "the document is empty: it holds only a byte-order mark"
    return f"the document holds no words: its {len(raw):,} bytes are spaces and line ends"


def seeds_named_alike(listing: dict[str, ListedEntry], named: set[str]) -> list[Problem]:
    """Return a problem for each file of seeds/ named as another but for letter case, where a source names at most
    one of the two (crosscheck names two sources so named); the problem names the file no source names."""
    from .crosscheck import case_twins  # here: crosscheck imports the library's readers
    files = sorted(name for name, entry in listing.items() if not name.startswith(".")
                   and entry.is_file(follow_symlinks=False))
    problems = []
    for name, first in case_twins(files, lambda name: name):
        if (name in named and first in named) or \
                unicodedata.normalize("NFC", name) == unicodedata.normalize("NFC", first):
            continue  # two sources' files, or an accent stored otherwise (a content name refused where it is named)
        unnamed, other = (first, name) if first not in named else (name, first)
        whose = " (the file content/sources.yaml names)" if other in named else ""
        problems.append(Problem(f"seeds/{unnamed}", 0, f"the name differs from seeds/{other}'s{whose} only in letter "
                                "case, and a checkout on macOS or Windows holds one file for both",
                                "delete the file no source names, or rename it"))
    return problems
