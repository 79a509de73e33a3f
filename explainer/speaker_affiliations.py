"""A speaker's institution kept: "Henrik Dahl, a maritime law lecturer at the University of Kessby," may not cite
"said Henrik Dahl, a maritime law lecturer at the University of Tromsvik."

roles.py reads a role whose last word is small ("the defence minister"); a role that ends in the institution's name
("a lecturer at the University of Tromsvik") was read by no check, and any institution built. Here a name (two or
more capitalised words) followed by ", a (an, the) ... at (of, with, from) INSTITUTION" up to a comma or the
sentence's end gives the speaker that institution where it is a university, college, institute, school, academy or
centre (not "a spokeswoman for the ICRC", which another name may restate), named by its capitalised words past those
("Tromsvik"). A sentence giving the same name (its last word) an institution none of whose naming words a cited
passage gives that name is refused; "of Tromsvik University" restates "at the University of Tromsvik", and a role
without an institution ("a lecturer") is not read. English text is read (tests/test_factcheck_177.py).
"""

from __future__ import annotations

import functools

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked

_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}"
_AFFILIATED = patterns.compile(
    rf"(?P<name>{_NAME}),\s+(?:(?:a|an|the)\s+[^,.;()\"“”]{{0,60}}?\s)?(?:at|of|with|from)\s+"
    r"(?P<place>(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|for|and|the)?\s*[A-Z][\w'’-]*)*)(?=\s*[,.;)]|\s+(?:said|says))")
_GENERIC = frozenset({"University", "College", "Institute", "School", "Centre", "Center", "Academy", "Department",
                      "Faculty", "Foundation", "Society", "Council", "Office", "Ministry", "Agency", "Bank", "Group",
                      "National", "Royal", "State", "The"})
_ACADEMIC = frozenset({"University", "College", "Institute", "School", "Academy", "Centre", "Center"})
_WORD = patterns.compile(r"[A-Z][\w'’-]*")


def institution_changed(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives a speaker an institution its passages do not give that name."""
    if not in_english(language) or not passages:
        return []
    told = _affiliations(unquoted(markers_blanked(text)))
    if not told:
        return []
    given = [affiliation for passage in passages for affiliation in _affiliations(passage.text)]
    for name, words, shown in told:
        theirs = [(other, place) for known, other, place in given if known == name]
        if theirs and not any(words & other for other, _ in theirs):
            return [Finding(offset, f"this sentence puts {name} at '{shown}', but its cited passages put them at "
                                    f"'{theirs[0][1]}': {clipped(text)}",
                            "name the speaker's institution as the source does, or cite a passage that gives this one")]
    return []


@functools.lru_cache(maxsize=1 << 10)  # a passage is read by every sentence citing it
def _affiliations(text: str) -> tuple[tuple[str, frozenset[str], str], ...]:
    """Return each (name's last word, institution's naming words, institution as written) text gives a speaker."""
    found = []
    for match in _AFFILIATED.finditer(text):
        named = frozenset(_WORD.findall(match["place"]))
        words = named - _GENERIC
        if words and named & _ACADEMIC:  # a university's or institute's name; "a spokeswoman for the ICRC" is not read
            found.append((match["name"].split()[-1], words, " ".join(match["place"].split())))
    return tuple(found)
