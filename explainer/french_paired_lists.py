"""French figures kept to what each is of across a two-part list: "La préfecture précise que le département compte
déjà 35 éoliennes en service et que 142 autres sont en cours d'instruction" may not cite "... compte déjà 142
éoliennes en service et que 35 autres sont en cours d'instruction" (tests/test_factcheck_218.py).

paired_lists.py reads such lists in English, Spanish, Italian and Dutch; French joins them with "et" (and "et que",
"et qu'"), and counts the same thing in both members ("142 éoliennes ... et 35 autres"). So each member is named by
its words after the counted noun (the first word of four letters or more after the figure, an "autres" skipped), up
to the next member or six words: "en service", "sont en cours d'instruction". A sentence's list of the same two
figures, or one figure alone ("35 éoliennes en service"), is refused where a figure is named by what one member of a
cited passage's list names, and no other, and that member gives the other figure. "35 autres éoliennes sont à
l'étude" names neither, and builds. Words in quotation marks are not read.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .gapped import first_swapped
from .paired_lists import Member, Paired
from .sentences import folded_word, markers_blanked

_FIGURE = r"\d{1,3}(?:[\u0020\u00a0\u202f]\d{3})*(?:,\d+)?(?:\s?%)?"
_WORD = r"[^\W\d_][\w'’-]*"
_LIST = patterns.compile(rf"(?<![\w.,])(?P<first>{_FIGURE})\s+(?P<one>{_WORD}(?:\s+{_WORD}){{1,6}}?)\s*,?\s+et\s+"
                         rf"(?:qu['’]\s*|que\s+)?(?:(?:les|des|de)\s+)?(?P<second>{_FIGURE})\s+"
                         rf"(?P<other>{_WORD}(?:\s+{_WORD}){{0,5}})", re.IGNORECASE)
_ALONE = patterns.compile(rf"(?<![\w.,])(?P<first>{_FIGURE})\s+(?P<one>{_WORD}(?:\s+{_WORD}){{1,5}})", re.IGNORECASE)
_STOPS = patterns.compile(r"[;:!?,]|\.(?!\d)")
_SMALL = frozenset({"autres", "autre", "sont", "était", "étaient", "sera", "seront", "est", "ont", "avait", "avaient",
                    "dont", "pour", "avec", "sans", "dans", "leur", "leurs", "déjà", "encore", "plus", "moins",
                    "environ", "près", "tous", "toutes", "cette", "mais", "aussi", "désormais"})
_SMALL_BEFORE_NOUN = frozenset({"autres", "autre", "nouveaux", "nouvelles", "nouveau", "nouvelle", "de", "d"})


def swapped_in_french_lists(text: str, passages: list[Cited], offset: int = 0) -> list[Finding]:
    """Return a finding where a French sentence pairs a figure with what a passage's list pairs with the other."""
    theirs = [found for passage in passages if " et " in passage.text for found in _lists(passage.text)]
    if not theirs:
        return []  # most passages join no two figures so
    spoken = unquoted(markers_blanked(text))
    for mine in _lists(spoken):
        swap = first_swapped(mine.members, theirs, key=lambda member: member.key)
        if swap:
            return [_finding(text, offset, *swap)]
    keys = {member.key for given in theirs for member in given.members}
    for piece in _STOPS.split(spoken):
        for found in _ALONE.finditer(piece):
            member = _member(found["first"], found["one"])
            if member is None or member.key not in keys:
                continue
            for given in theirs:
                named = [other for other in given.members if member.names & other.names]
                if (len(named) == 1 and named[0].key != member.key
                        and any(other.key == member.key for other in given.members)):
                    other = next(each for each in given.members if each is not named[0])
                    return [_finding(text, offset, member, named[0], other, given)]
    return []


@functools.lru_cache(maxsize=1 << 10)  # a passage is read by every sentence citing it
def _lists(text: str) -> tuple[Paired, ...]:
    """Return text's two-part lists of figures, each member named by words the other does not hold."""
    found = []
    for piece in re.split(r"[;:!?]|\.(?!\d)", text):
        if " et " not in piece:
            continue
        for match in _LIST.finditer(piece):
            one, other = _member(match["first"], match["one"]), _member(match["second"], match["other"])
            if one is None or other is None or one.key == other.key:
                continue
            first, second = one.names - other.names, other.names - one.names
            if first and second:
                found.append(Paired((one._replace(names=first), other._replace(names=second)),
                                    " ".join(match.group().split())))
    return tuple(found)


def _member(figure: str, words: str) -> Member | None:
    """Return a figure and what it is of: its words past the counted noun, folded; None where none are left."""
    said = re.findall(r"[^\W\d_]+", words)
    at = 0
    while at < len(said) and said[at].casefold() in _SMALL_BEFORE_NOUN:
        at += 1
    names = frozenset(word for word in (folded_word(written) for written in said[at + 1:])
                      if len(word) >= 4 and word not in _SMALL)
    if not names:
        return None
    key = re.sub(r"[\s\u00a0\u202f]", "", figure)
    return Member(key, names, figure, " ".join(words.split()))


def _finding(text: str, offset: int, member: Member, named: Member, other: Member, given: Paired) -> Finding:
    return Finding(offset, f"this sentence pairs {member.written} with '{member.paired}' where its cited passages pair "
                           f"it with '{other.paired}', and {named.written} with '{named.paired}' ('{given.shown}'): "
                           f"{clipped(text)}",
                   "keep each with what the source pairs it with, or cite the passage that pairs them so")
