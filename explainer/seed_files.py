"""What seeds/ holds that no citation or checkout can use: an empty document, and two files named alike but for case.

An empty seed (or one of a byte-order mark, or of spaces and line ends alone: a download that failed, a copy saved
before it was pasted) was read as a document with no passage, and each of its citations was "not in source" in a line
of its own, none saying why. Two files of seeds/ whose names differ only in letter case (`FLOOD.txt` beside
`flood.txt`) are one file on a checkout on macOS or Windows, one overwriting the other: where no source names one of
them, the two sources' check (crosscheck's) never saw it, and such a checkout read the other's words under the
recorded digest (tests/test_attack_39.py). A file or folder of seeds/ no source names, whose name a checkout on Windows
cannot hold (`notes.txt ` or `notes.` ending in a space or a dot, `nul.txt`, `a:b.txt`), built without a word, though
git on Windows then checks out nothing of the repository, as it does for a cited one (crosscheck's refused_seeds), a
static file's or a template's: it is refused the same way, in one line naming it (tests/test_attack_67.py).
"""

from __future__ import annotations

import unicodedata

from .problems import Problem
from .safefs import ListedEntry, left_out
from .windows_names import refused_names

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
    one of the two (crosscheck names two sources so named); the problem names the file no source names. Those of
    unnamed_seeds_windows_refuses come first (a name ending in a space is not also a case twin's)."""
    from .crosscheck import case_twins  # here: crosscheck imports the library's readers
    files = sorted(name for name, entry in listing.items() if not name.startswith(".")
                   and entry.is_file(follow_symlinks=False))
    problems = unnamed_seeds_windows_refuses(listing, named)
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


def unnamed_seeds_windows_refuses(listing: dict[str, ListedEntry], named: set[str]) -> list[Problem]:
    """Return a problem for each file or folder of seeds/ that no source names (nor holds a file one names) and whose
    name a checkout on Windows cannot hold: crosscheck's refused_seeds names those a source names."""
    steps_named = {file.split("/", 1)[0] for file in named}
    return refused_names("seeds", sorted(name for name in listing if name not in steps_named and not left_out(name)),
                         "rename it, or delete it: no source names it")
