"""Speakers of a verb of naming after an appositive: "Valdoria's president, Anton Reyes, called those figures "pure
invention"" citing "Kestrel's army spokesman, Colonel Ines Marr, said those figures were ..." built (factcheck247).

speakers.py reads no speaker before ", called" or ", described": after a comma they are most often a thing's name ("a
group, called ..."). Where the words between that comma and the one before it are a speaker's name or post alone
(capitalised names, titles, "the", possessives: "Anton Reyes", "Valdoria's president"), the verb is the subject's.
The sentence is read again with that comma as a space, as speakers.py reads a subject right before its verb, and
refused as misattributed (or called_by_another) refuses it. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, in_english
from .called_by import called_by_another
from .speakers import TITLE_WORDS, misattributed

# ", <appositive>, called": the appositive a few words, no clause mark nor figure in it.
_APPOSED_NAMING = patterns.compile(
    r"(?<=\w),\s+(?P<apposed>[^\W\d_][^,;:.!?\"“”()\[\]\d]{0,80}?),"
    r"(?=\s+(?:called|described|branded|labell?ed|dubbed|termed)\s)")
_AMONG_NAMES = TITLE_WORDS | frozenset({"the", "its", "their", "his", "her", "of", "army", "party", "foreign",
                                        "defence", "defense", "press", "state", "national"})
_MOST_WORDS = 8


def called_after_an_apposition(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                               parties: tuple = ()) -> list[Finding]:
    """Return misattributed's findings for text whose verb of naming follows an appositive closed by a comma, read
    with that comma as a space: "Valdoria's president, Anton Reyes called ..."."""
    if not in_english(language) or "," not in text:
        return []
    read = text
    for apposed in _APPOSED_NAMING.finditer(text):
        if _names_alone(apposed["apposed"]):
            read = read[:apposed.end() - 1] + " " + read[apposed.end():]  # as long as text: offsets hold
    if read == text:
        return []
    return (misattributed(read, passages, offset, parties)
            or called_by_another(read, passages, offset, language, parties))


def _names_alone(words: str) -> bool:
    """Say whether an appositive's words are a name or post alone: capitalised words, titles and small words."""
    parts = words.split()
    return (0 < len(parts) <= _MOST_WORDS and any(part[:1].isupper() for part in parts)
            and all(part[:1].isupper() or re.sub(r"['’]s?$", "", part).casefold() in _AMONG_NAMES for part in parts))
