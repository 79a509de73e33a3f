"""A ministry's brief is no party's name: "Travail" of "le ministre du Travail" does not name the Confédération
générale du travail.

A party is named by any word of its name (owners.party_words), so the CGT, named in full, was named by "Travail":
"La réforme est nécessaire, a déclaré la CGT" citing "« La réforme est nécessaire », a déclaré le ministre du
Travail" built, the minister's words read as the union's, and "Selon le ministère du Travail" citing "Selon la
Confédération générale du travail" built the other way. The word right after a minister's or ministry's title and
its preposition ("ministre du Travail", "ministère de l'Intérieur", "Minister of Labour", "ministra de Trabajo")
names what the ministry is for: where it is a word of a party whose own words name no ministry (the CGT's, not a
party named "Ministère du Travail"), it names no party. The speaker is still named by it: a sentence naming "le
ministère du Travail" stands in a passage naming "le ministre du Travail" (tests/test_newuser_75.py).
"""

from __future__ import annotations

import re

from . import patterns
from .owners import is_named
from .sentences import folded_word

_TITLE = r"minist(?:re|ère|ères|res|ry|ries|er|ers|erio|ério|ero|ra|ro)"
_BRIEF = patterns.compile(
    rf"(?<!\w){_TITLE}\s+(?:(?:du|des|de\s+la|de|del|della|do|da|of\s+the|of|for)\s+|d['’]\s*|de\s+l['’]\s*)"
    r"(?P<brief>[^\W\d_][\w-]*)", re.IGNORECASE)
_BEFORE_A_BRIEF = frozenset({"du", "des", "de", "del", "della", "do", "da", "of", "for", "la", "the"})
_ARTICLES = frozenset({"le", "la", "les", "l'", "l’", "the", "el", "il", "o", "a"})


def without_briefs(words: str, names: frozenset[str], parties: tuple[tuple[str, frozenset[str]], ...]
                   ) -> frozenset[str]:
    """Return a speaker's naming words but a ministry's brief that is a word of a party naming no ministry: "travail"
    of "le ministre du Travail", where the Confédération générale du travail is a party."""
    if "inist" not in words.casefold():
        return names  # most speakers are named by no ministry: one search
    briefs = {folded_word(match["brief"]) for match in _BRIEF.finditer(words)}
    dropped = {name for name in names & briefs
               if any(is_named(name, own) and not _names_a_ministry(own) for _, own in parties)}
    return names - dropped


def _names_a_ministry(own: frozenset[str]) -> bool:
    """Say whether a party's words name a ministry ("ministère" of "Ministère du Travail")."""
    return any(word.startswith("minist") for word in own)


def office_start(parts: list[str], first: int) -> int:
    """Return where a speaker's shown words start when its first naming word is a ministry's brief: at the title and
    its article ("le ministre du Travail", not "Travail"); else at `first`."""
    title = first - 1
    while title > 0 and parts[title].casefold() in _BEFORE_A_BRIEF:
        title -= 1  # "de la", "of the"
    if title == first - 1 and not parts[first].casefold().startswith(("l'", "l’", "d'", "d’")):
        return first  # no preposition between: "Ministre Travail" is not read
    if title < 0 or not re.fullmatch(_TITLE, parts[title], re.IGNORECASE):
        return first
    return title - 1 if title and parts[title - 1].casefold() in _ARTICLES else title
