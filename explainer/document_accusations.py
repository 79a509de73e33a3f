"""A document's accusation inside a sentence of fact: "a judge ruled that an article accusing him of having "fixed" a
match was defamatory" passes on the article's word in its "accusing ..." phrase alone; the ruling around it is the
reporter's fact.

A participle of accusing right after a document's noun ("article", "report", "letter", "lawsuit", ...) runs to the
verb of the sentence ("was", "is", "had", ...) or to a comma. A sentence sharing no word of four letters or more with
such phrases ("The judge ruled the article defamatory", "Okafor won his libel claim") restates no accusation; one
sharing any ("Okafor fixed a match") still does (tests/test_factcheck_236.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .sentences import folded_word

_DOCUMENTS = (r"article|story|report|post|tweet|letter|statement|complaint|lawsuit|suit|column|editorial|headline"
              r"|video|broadcast|piece|book|leaflet|message|email|programme|program|documentary|podcast|blog")
_DOCUMENT_ACCUSING = patterns.compile(
    rf"(?<![\w-])(?:{_DOCUMENTS})s?\s+(?P<phrase>accusing(?:\s+[^\s,;.]+){{1,12}}?)"
    r"(?=\s+(?:was|were|is|are|had|has|have|will|would)(?!\w)|\s*[,;.]|\s*$)", re.IGNORECASE)
# What the accusation is: the words after its "of" ("accusing him of having fixed a match"); whom it accuses may be
# named in an honest sentence ("A lawsuit was filed against Acme")
_OF = patterns.compile(r"(?<!\w)of(?!\w)", re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


@functools.lru_cache(maxsize=1 << 10)  # a passage is read by every sentence citing it
def document_accusations(passage: str) -> tuple[str, frozenset[str]]:
    """Return the passage with each document's accusing phrase blanked, and the folded words of four letters or more
    of what those phrases accuse of (after "of"; "accusing" kept out); ("", frozenset()) where it holds none."""
    if "accusing" not in passage.casefold():
        return "", frozenset()
    found = list(_DOCUMENT_ACCUSING.finditer(passage))
    if not found:
        return "", frozenset()
    blanked, words = passage, set()
    for match in found:
        start, end = match.span("phrase")
        blanked = blanked[:start] + " " * (end - start) + blanked[end:]
        accused = _OF.split(match["phrase"], 1)[-1]
        words |= {folded_word(word) for word in _WORD.findall(accused) if len(word) >= 4}
    return blanked, frozenset(words - {"accusing"})
