"""Figures kept to their clauses across a gapped list: "wheat prices rose 8% and maize prices 3%" may not cite "wheat
prices rose 3% and maize prices 8%".

A gapped list is two clauses joined by "and", "while", "whereas" or "but", each ending in a figure, the second's verb
often left out: "Ford cut 5,000 jobs and GM 3,000", "sales in the north rose 9% and in the south 5%", "exports fell
30%, while imports fell 12%". Each figure belongs to what its clause names that the other does not: the words of the
second clause up to its figure ("maize", "GM", "south"), and the words of the first, up to six before its figure, that
the second does not repeat ("wheat", "Ford cut", "north"); small words ("the", "of", "by") name nothing. A sentence
giving the same two figures in such a list is refused where one of its clauses names what one clause of a passage's
list names, and no other, and gives it the figure that list gives the other clause. It is read where respective.py
finds no list of names swapped, and no party is named swapped (cite.py): what they leave is lowercase names, names
that are no party, and clauses joined by "while". Figures and words are read as English writes them.

A list may name what each figure is of after it instead: "4 per cent this year and 3 per cent next year", "a rise of
2% in the north and 5% in the south" (a measure each, named by up to three words after it: "next" of "3 per cent
next" names the year left out). Each figure belongs to the words after it that the other's do not hold ("this",
"north"), read as those before a figure are.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped
from .sentences import markers_blanked

_FIGURE = r"[$€£]?\d[\d,]*(?:\.\d+)?(?:\s?(?:%|per\s?cent|bn|m|billion|million)(?!\w))?"
# a figure, up to two words (its unit: "5,000 jobs"), the joining word, up to five words and the second figure
_LIST = patterns.compile(
    rf"(?<![\w.,$€£])(?P<first>{_FIGURE})(?:\s+[a-z][\w-]*){{0,2}}?\s*,?\s+(?:and|while|whereas|but)\s+"
    rf"(?P<second>(?:[^\W\d][\w'’-]*\s+){{1,5}}?)(?:by\s+|to\s+)?(?P<last>{_FIGURE})(?![\w.,]\d)", re.IGNORECASE)
# Italian's: joined by "e", "mentre", "ma" or a comma alone ("A ha ottenuto il 12 %, B l'8 %"), a figure after an
# article glued to it ("l'8 %") or before it ("il 12 %"), and a decimal comma
_LIST_IT = patterns.compile(
    rf"(?<![\w.,$€£])(?P<first>{_FIGURE})(?:\s+[a-z][\w-]*){{0,2}}?\s*(?:,\s*(?:(?:e|mentre|ma)\s+)?|\s+(?:e|mentre|ma)\s+)"
    rf"(?P<second>(?:[^\W\d][\w'’-]*\s+){{1,5}}?)(?:(?:il\s+|l['’]|dell['’]|del\s+|al\s+|all['’]))?"
    rf"(?P<last>{_FIGURE})(?![\w.]\d|,\d)", re.IGNORECASE)
# a measure, the words after it that name what it is of, the joining word, a measure and its words: "4 per cent this
# year and 3 per cent next year" (the words end at a comma, a clause's end or a figure)
_MEASURE = r"[$€£]?\d[\d,]*(?:\.\d+)?(?:\s?(?:%|per\s?cent|bn|m|billion|million)(?!\w))"
_AFTER_WORDS = r"(?:\s+(?!(?:and|while|whereas|but)\s)[\w'’-]+){1,3}"
_TRAILING = patterns.compile(
    rf"(?<![\w.,$€£])(?P<first>{_MEASURE})(?P<one>{_AFTER_WORDS}?)\s*,?\s+(?:and|while|whereas|but)\s+"
    rf"(?P<last>{_MEASURE})(?P<other>{_AFTER_WORDS})(?![\w'’-])", re.IGNORECASE)
# Words that name a period or a side after a figure, though small elsewhere: "this year", "next year"
_NAMING_AFTER = frozenset({"this", "that", "over", "under"})
# what _LIST needs, a figure, a joining word between spaces and a figure, with no "." or ";" between: looked for
# piece by piece, not as one lazy pattern, which read on from each figure to the sentence's end (30,000 figures, 25 s)
_STOPS = patterns.compile(r"[.;]")
_DIGIT = patterns.compile(r"\d")
_JOINING = patterns.compile(r"(?<=\s)(?:and|while|whereas|but)(?=\s)", re.IGNORECASE)
_BEFORE = patterns.compile(r"(?:[^\W\d][\w'’-]*\s+){1,6}$")
_JOINING_IT = patterns.compile(r"(?<=\s)(?:e|mentre|ma)(?=\s)|,(?=\s)", re.IGNORECASE)
_BEFORE_IT = patterns.compile(r"(?:[^\W\d][\w'’-]*\s+){1,6}(?:[^\W\d]+['’])?$")  # "ha ottenuto l'8 %"
_WORD = patterns.compile(r"[^\W\d_]+(?:[-][^\W\d_]+)*")
_SMALL = frozenset({"the", "a", "an", "of", "in", "on", "at", "by", "to", "from", "for", "with", "its", "their", "his",
                    "her", "our", "this", "that", "these", "those", "was", "were", "is", "are", "has", "have", "had",
                    "been", "be", "about", "some", "nearly", "almost", "over", "under", "than", "more", "less", "up",
                    "down", "s", "only", "just", "also", "a", "further", "another", "respectively",
                    # Italian's articles, joined prepositions and auxiliaries: "il Partito Verde ha ottenuto il 12 %"
                    "il", "lo", "la", "l", "i", "gli", "le", "di", "del", "della", "dell", "dei", "degli", "delle",
                    "al", "alla", "all", "ai", "da", "dal", "dalla", "ha", "hanno", "è", "sono", "e", "ma", "mentre",
                    "un", "una", "uno", "per", "con", "su", "sul", "sulla"})


class Member(NamedTuple):
    """A clause of a gapped list: the words that name what it gives a figure, that figure as compared and as written,
    and the clause's words before it, as written."""

    names: frozenset[str]
    figure: str
    written: str
    clause: str


class Gapped(NamedTuple):
    """A gapped list: its two members, as written, and where it starts."""

    members: tuple[Member, Member]
    shown: str
    start: int


def swapped_in_gapped_lists(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text's gapped list gives one clause the figure a passage's gives the other."""
    italian = _italian(language)
    if not _may_list(text, italian):
        return []  # most sentences join no two figures: found by one search
    own = _lists(markers_blanked(text), italian)
    if not own:
        return []
    theirs = [found for passage in passages
              if _may_list(passage.text, (read := _italian(passage.language or language)))
              for found in _lists(passage.text, read)]
    for mine in own:
        swap = first_swapped(mine.members, theirs, key=lambda member: member.figure)
        if swap:
            member, namesake, other, given = swap
            return [Finding(offset + mine.start,
                            f"this sentence gives {member.written} to '{member.clause}' where its cited passages give "
                            f"it {namesake.written}, and {other.written} to '{other.clause}' ('{given.shown}'): "
                            f"{clipped(text)}",
                            "give each the figure the source gives it, or cite the passage that gives this one")]
    return []


def first_swapped(members, theirs, key):
    """Return the first of a sentence's list members that a passage's list of the same keys (figures, or what is
    counted) names alike but gives another key, with that namesake, the passage list's other member and the list;
    None where none is. Shared by gapped lists and paired_lists.py's lists."""
    keys = {key(member) for member in members}
    for given in theirs:
        if {key(member) for member in given.members} != keys:
            continue
        for member in members:
            named = [other for other in given.members if member.names & other.names]
            if len(named) == 1 and key(named[0]) != key(member):
                return member, named[0], next(each for each in given.members if each is not named[0]), given
    return None


def _italian(language: str) -> bool:
    return language.split("-")[0].lower() == "it"


def _may_list(text: str, italian: bool = False) -> bool:
    """Say whether text holds a figure, a joining word and a figure, in that order between one "." or ";" and the next,
    in time that grows with its length (Italian's joining words where `italian`)."""
    joining_word = _JOINING_IT if italian else _JOINING
    for piece in _STOPS.split(text):
        figure = _DIGIT.search(piece)
        joining = figure and joining_word.search(piece, figure.end())
        if joining and _DIGIT.search(piece, joining.end() + 1):
            return True
    return False


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _lists(text: str, italian: bool = False) -> tuple[Gapped, ...]:
    """Return text's gapped lists whose two clauses each name something of their own and give different figures (as
    Italian writes them where `italian`)."""
    found = []
    for match in (_LIST_IT if italian else _LIST).finditer(text):
        clause_start = max(text.rfind(stop, 0, match.start()) for stop in ",;:.!?()") + 1
        before = (_BEFORE_IT if italian else _BEFORE).search(text, max(clause_start, match.start() - 80),
                                                               match.start())
        if before is None:
            continue
        first, second = _words(before.group()), _words(match["second"])
        one, other = first - second, second - first
        figures = _figure(match["first"]), _figure(match["last"])
        if one and other and figures[0] != figures[1]:
            shown = " ".join(text[before.start():match.end()].split())
            found.append(Gapped((Member(one, figures[0], " ".join(match["first"].split()),
                                        " ".join(before.group().split())),
                                 Member(other, figures[1], " ".join(match["last"].split()),
                                        " ".join(match["second"].split()))), shown, before.start()))
    return tuple(found) + _trailing_lists(text)


def _trailing_lists(text: str) -> tuple[Gapped, ...]:
    """Return text's lists of two measures each named by the words after it ("4 per cent this year and 3 per cent next
    year") whose words differ and whose figures do."""
    found = []
    for match in _TRAILING.finditer(text):
        first, second = _words(match["one"], _NAMING_AFTER), _words(match["other"], _NAMING_AFTER)
        one, other = first - second, second - first
        figures = _figure(match["first"]), _figure(match["last"])
        if one and other and figures[0] != figures[1]:
            shown = " ".join(match.group().split())
            found.append(Gapped((Member(one, figures[0], " ".join(match["first"].split()),
                                        " ".join(match["one"].split())),
                                 Member(other, figures[1], " ".join(match["last"].split()),
                                        " ".join(match["other"].split()))), shown, match.start()))
    return tuple(found)


def _words(text: str, naming: frozenset[str] = frozenset()) -> frozenset[str]:
    """Return the words that name something in text, folded, past a possessive ("Beta's" is "beta"); small words of
    `naming` among them."""
    return frozenset(word for word in (re.sub(r"['’]s$", "", written.casefold()) for written in _WORD.findall(text))
                     if word not in _SMALL or word in naming)


def _figure(written: str) -> str:
    """Return a figure as compared: its digits and unit, without separators or spaces ("30 per cent" is "30%")."""
    return re.sub(r"[\s,$€£]", "", written.casefold()).replace("percent", "%")
