"""Pairs kept together across a two-part list: "240 observadores nacionales y 1.850 internacionales" may not cite
"1.850 observadores nacionales y a 240 observadores internacionales", nor "Ibarra ganó en el Norte y Garrido en el
Sur" cite "Garrido ganó en el Norte e Ibarra en el Sur".

Two shapes of list the gapped lists of gapped.py (a name, then its figure) leave unread, in English and Spanish (and
Dutch, joined by "en": "23 stemmen voor en 14 stemmen tegen"; a score, "met 23 tegen 14 stemmen", names neither):
- a figure, then what it counts: "1,850 national observers and 240 international ones", "1.850 nacionales y 240
  internacionales". Each figure belongs to the words after it (up to three, to a small word) that the other member
  does not repeat ("nacionales", "internacionales").
- a name, then where: "Garrido won in the North and Ibarra in the South", "Garrido ganó en la Región Norte e Ibarra
  en la Región Sur". Each name belongs to the words of its place that the other place does not repeat ("Norte").
- a figure set against another: "68,2 %, frente al 61,5 % de 2020", "68.2%, against 61.5% in 2020". The second
  belongs to the words after it ("2020"), the first to the clause itself.
A sentence giving such a list is refused where one of its members names what one member of a cited passage's list of
the same figures (or names) names, and no other, and pairs it with what that list pairs with the other member.
A figure alone ("246 están en revisión") is read against a passage's list of figures too. A figure may be written in
English words ("forty", "forty per cent"), read as explainer/numbers.py reads a count in words. The text is split at
".", ";" and ":" first, and each pattern reads a few words either side of its joining word.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import numbers, patterns
from .attribution import Cited, Finding, clipped, in_english
from .gapped import first_swapped
from .sentences import folded_word, markers_blanked

_STOPS = patterns.compile(r"[;:!?]|\.(?!\d)")
_JOIN = r"(?<!\w)(?:and|y|e)(?!\w)"  # whole words: the "y" of "February" joins nothing
# a figure in digits or in words ("forty", "two million"), as numbers.py reads a count in words
_FIGURE = rf"(?:\d+(?:[.,]\d+)*|{numbers.COUNT_IN_WORDS})(?:\s?%|\s+per\s?cent(?!\w))?"
# words apart by spaces: a word split in two ("Februar", "y") was read, and tried every way a word can split
_WORD = r"[^\W\d_][\w'’-]*"
_WORDS = rf"{_WORD}(?:\s+{_WORD}){{0,2}}"
# "1.850 observadores nacionales y a 240 observadores internacionales"
# (up to six words in the first: "418 están en revisión por inconsistencias aritméticas y 246 no han llegado")
_COUNTED_SOURCE = (rf"(?<![\w.,])(?P<first>{_FIGURE})\s+(?P<one>{_WORD}(?:\s+{_WORD}){{0,5}}?)\s*,?\s*{_JOIN}\s+"
                   rf"(?:a\s+|to\s+)?(?P<second>{_FIGURE})\s+(?P<other>{_WORDS})")
_COUNTED = patterns.compile(_COUNTED_SOURCE)
# Italian names what a figure counts in more small words ("il 70 % a carico della concessionaria e il 30 % a carico
# dello Stato"), and gives its second figure an article ("e il 30 %")
_COUNTED_IT = patterns.compile(_COUNTED_SOURCE.replace(r"(?:a\s+|to\s+)?", r"(?:il\s+|l['’]\s*)?").replace(
    rf"(?P<other>{_WORDS})", rf"(?P<other>{_WORD}(?:\s+{_WORD}){{0,3}})"))
# Dutch joins with "en" (Spanish's "in"): "23 stemmen voor en 14 stemmen tegen" (tests/test_newuser_43.py)
_JOIN_NL = r"(?<!\w)en(?!\w)"
_COUNTED_NL = patterns.compile(_COUNTED_SOURCE.replace(_JOIN, _JOIN_NL))
# a list of three or more set apart by commas before its joining word: "19 voti favorevoli, 12 contrari e 2 astenuti",
# "19 in favour, 12 against and 2 abstaining"; its first two members were read as no list, so "12 voti favorevoli e 19
# contrari" built (tests/test_newuser147.py). A comma pairs two figures only where a comma or a joining word follows.
_COMMA_LISTED = patterns.compile(
    rf"(?<![\w.,])(?P<first>{_FIGURE})\s+(?P<one>{_WORD}(?:\s+{_WORD}){{0,3}}?)\s*,\s*(?P<second>{_FIGURE})\s+"
    rf"(?P<other>{_WORD}(?:\s+{_WORD}){{0,3}}?)(?=\s*(?:,|(?:{_JOIN}|{_JOIN_NL})\s))")
# a figure alone and the words after it: "246 están en revisión", read against a passage's list of figures
_ALONE = patterns.compile(rf"(?<![\w.,])(?P<first>{_FIGURE})\s+(?P<one>{_WORDS})")
_STARTS_JOINED = patterns.compile(rf"{_JOIN}")
_NAME = r"[^\W\d_a-zà-ÿ][\w'’-]*(?:\s+[^\W\d_a-zà-ÿ][\w'’-]*){0,2}"
_ARTICLE = r"(?:(?:the|el|la|los|las)\s+)?"
_PLACE = r"(?:(?:the|el|la|los|las)\s+)?[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2}?"
# "Garrido ganó en la Región Norte e Ibarra en la Región Sur", "Garrido won in the North and Ibarra in the South"
_PLACED = patterns.compile(rf"(?<![\w'’-]){_ARTICLE}(?P<first>{_NAME})\s+(?:[^\W\d_]+\s+){{1,3}}?(?:in|en)\s+"
                           rf"(?P<one>{_PLACE})\s*,?\s+{_JOIN}\s+{_ARTICLE}(?P<second>{_NAME})\s+(?:in|en)\s+"
                           rf"(?P<other>{_PLACE})(?=\s*(?:[,.;:!?]|$))")
# "68,2 %, frente al 61,5 % de la elección presidencial de 2020", "68.2%, against 61.5% in the 2020 election": the
# second figure is the one of the time or thing named after it, the first is the one the clause is about
_VERSUS = patterns.compile(rf"(?P<one>(?:[^\W\d_][\w'’-]*\s+){{1,4}})(?P<first>{_FIGURE}),?\s+(?:frente\s+al?|against"
                           rf"|compared\s+with|comparado\s+con|versus)\s+(?:(?:el|la|los|las|the)\s+)?"
                           rf"(?P<second>{_FIGURE})\s+(?P<other>[\w'’-]+(?:\s+[\w'’-]+){{0,5}})")
# "5 campate invece delle 7 del vecchio", "12 % contro l'8 % del 2024": Italian writes what the first figure counts
# between it and the words setting it against the second
_VERSUS_IT = patterns.compile(rf"(?P<one>(?:[^\W\d_][\w'’-]*\s+){{1,4}})(?P<first>{_FIGURE})(?:\s+[^\W\d_]+)?,?\s+"
                              r"(?:invece\s+d(?:i|el|ella|elle|ei|egli|ello|ell['’])|contro|rispetto\s+a(?:l|i|lla|lle|gli)?)"
                              rf"\s*(?:(?:il|lo|la|i|gli|le|l['’])\s*)?(?P<second>{_FIGURE})\s+"
                              rf"(?P<other>[\w'’-]+(?:\s+[\w'’-]+){{0,5}})")
_SMALL = frozenset({"the", "a", "an", "of", "in", "on", "at", "by", "to", "from", "for", "with", "ones", "one", "el",
                    "la", "los", "las", "de", "del", "en", "con", "por", "para", "un", "una", "unos", "unas", "y", "e",
                    "and", "more", "más", "otros", "otras", "other", "others",
                    # being and having name nothing: "418 están en revisión" and "246 están pendientes" share none
                    "is", "are", "was", "were", "be", "been", "has", "have", "had", "es", "son", "está", "están", "fue",
                    "fueron", "ha", "han", "hay",
                    # Italian's articles, joined prepositions and being: "4 dirigenti della concessionaria"
                    "il", "lo", "gli", "i", "le", "l", "di", "del", "della", "dello", "dei", "degli", "delle", "da",
                    "dal", "dalla", "al", "alla", "ai", "alle", "per", "su", "sul", "sulla", "uno", "è", "sono",
                    "hanno", "altri", "altre"})


_ARTICLES = frozenset({"the", "el", "la", "los", "las"})


_OWN = "(own)"  # what the first figure of "X, against Y in 2020" is of: the clause's own time or thing


class Member(NamedTuple):
    """A member of a two-part list: what it is (a figure or a name, as compared), the words naming what it is paired
    with, and both as written."""

    key: str
    names: frozenset[str]
    written: str
    paired: str


class Paired(NamedTuple):
    """A two-part list: its members and the list as written."""

    members: tuple[Member, Member]
    shown: str


def swapped_in_paired_lists(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text's two-part list pairs a member with what a passage's pairs with the other."""
    if not _read(language):
        return []
    theirs = [found for passage in passages if _read(passage.language or language)
              and _may_list(passage.text, _shape(passage.language or language))
              for found in _lists(passage.text, _shape(passage.language or language))]
    if not theirs:
        return []  # most passages join no two figures or names so: found by one search each, remembered
    for mine in _lists(markers_blanked(text), _shape(language)) if _may_list(text, _shape(language)) else ():
        swap = first_swapped(mine.members, theirs, key=lambda member: member.key)
        if swap:
            return [_finding(text, offset, *swap)]
    return _alone_swapped(text, offset, theirs)


def _alone_swapped(text: str, offset: int, theirs: list[Paired]) -> list[Finding]:
    """Return a finding where a figure of text, alone, is given the words a passage's list of figures gives its
    other figure: "246 están en revisión" citing "418 están en revisión ... y 246 no han llegado"."""
    keys = {member.key for given in theirs for member in given.members}
    spoken = markers_blanked(text)
    plain = _SEPARATOR.sub("", spoken)
    if not any(key.rstrip("%") in plain for key in keys) and not _IN_WORDS.search(spoken):
        return []  # most sentences give none of the list's figures: found by plain searches
    for match in _ALONE.finditer(spoken):
        if _STARTS_JOINED.match(match["one"]):
            continue  # "paghi il 70 % e lo Stato il 30 %": the words after "e" are the next member's, not the figure's
        if " " not in match["one"] and _FIGURE_NEXT.match(spoken, match.end()):
            continue  # a score: "met 23 tegen 14 stemmen", "by 23 to 14" sets the two apart, naming neither
        member = Member(_figure(match["first"]), _words(match["one"]), match["first"], " ".join(match["one"].split()))
        if member.key not in keys:
            continue
        for given in theirs:
            named = [other for other in given.members if member.names & other.names]
            if (len(named) == 1 and named[0].key != member.key
                    and any(other.key == member.key for other in given.members)):
                other = next(each for each in given.members if each is not named[0])
                return [_finding(text, offset, member, named[0], other, given)]
    return []


def _finding(text: str, offset: int, member: Member, named: Member, other: Member, given: Paired) -> Finding:
    return Finding(offset, f"this sentence pairs {member.written} with '{member.paired}' where its cited passages pair "
                           f"it with '{other.paired}', and {named.written} with '{named.paired}' ('{given.shown}'): "
                           f"{clipped(text)}",
                   "keep each with what the source pairs it with, or cite the passage that pairs them so")


def _read(language: str) -> bool:
    return in_english(language) or language.split("-")[0].lower() in ("es", "it", "nl")


def _shape(language: str) -> str:
    """Return the language whose own shapes of list text in `language` is read in ("it", "nl"), or ""."""
    code = language.split("-")[0].lower()
    return code if code in ("it", "nl") else ""


# what a list of any shape holds: its joining word, or the words that set one figure against another
_JOINING = patterns.compile(rf"(?<=\s)(?:{_JOIN}|frente|against|compared|comparado|versus|invece|contro|rispetto)"
                            r"(?=\s)")


_JOINING_NL = patterns.compile(r"(?<=\s)en(?=\s)")
_SETTING = patterns.compile(r"(?<!\w)(?:frente|against|compared|comparado|versus)(?!\w)")
_SETTING_IT = patterns.compile(r"(?<!\w)(?:invece|contro|rispetto)(?!\w)")
_DIGIT = patterns.compile(r"\d")
_FIGURE_NEXT = patterns.compile(r"\s+\d")
_SEPARATOR = patterns.compile(r"(?<=\d)[.,](?=\d)")
_IN_WORDS = patterns.compile(numbers.COUNT_IN_WORDS)
_PER_CENT = patterns.compile(r"%|per\s?cent", re.IGNORECASE)


def _may_list(text: str, shape: str = "") -> bool:
    """Say whether text joins two parts ("and", "y", "e", "frente a", "against"; Dutch "en") at all: one search."""
    return (_JOINING_NL if shape == "nl" else _JOINING).search(text) is not None


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _lists(text: str, shape: str = "") -> tuple[Paired, ...]:
    """Return text's two-part lists whose members each name something of their own, read piece by piece (in Italian's
    or Dutch's shapes where `shape` is "it" or "nl")."""
    found = []
    counted, versus, setting = (_COUNTED_IT, _VERSUS_IT, _SETTING_IT) if shape == "it" else (
        _COUNTED_NL if shape == "nl" else _COUNTED, _VERSUS, _SETTING)
    for piece in _STOPS.split(text):
        if not _may_list(piece, shape):
            continue
        # each shape's words looked for first: most pieces with an "and" hold no list of these shapes
        figured = _DIGIT.search(piece) is not None or _IN_WORDS.search(piece) is not None
        for pattern, key, may in ((counted, _figure, figured), (_COMMA_LISTED, _figure, figured and "," in piece),
                                  (_PLACED, _name, " in " in piece or " en " in piece),
                                  (versus, _figure, figured and setting.search(piece) is not None)):
            for match in pattern.finditer(piece) if may else ():
                one, other = _words(match["one"]), _words(match["other"])
                if pattern is versus:  # the first is the clause's own: named so, whatever words lead to it
                    one = frozenset({_OWN})
                elif pattern is not _PLACED:
                    one = _gapped_words(match["one"], match["other"], one)
                first, second = one - other, other - one
                keys = key(match["first"]), key(match["second"])
                if first and second and all(keys) and keys[0] != keys[1]:
                    found.append(Paired((Member(keys[0], first, match["first"], " ".join(match["one"].split())),
                                         Member(keys[1], second, match["second"], " ".join(match["other"].split()))),
                                        " ".join(match.group().split())))
    return tuple(found)


# what a second member left gapped starts with: "3,000 people marched in York and 5,000 in Leeds"
_GAP_OPENERS = frozenset({"in", "at", "on", "from", "for", "en", "nel", "nella"})


def _gapped_words(one: str, other: str, words: frozenset[str]) -> frozenset[str]:
    """Return the words naming the first member of "3,000 people marched in York and 5,000 in Leeds": the second,
    gapped, starts with a small word the first holds, and shares what the first says before it ("people marched");
    the first is named by its words after that small word ("York") only. Else `words` as they stand."""
    opener = other.split()[0].casefold()
    said = one.split()
    if opener not in _GAP_OPENERS or opener not in (word.casefold() for word in said[:-1]):
        return words
    at = max(index for index, word in enumerate(said[:-1]) if word.casefold() == opener)
    return _words(" ".join(said[at + 1:])) or words


def _words(text: str) -> frozenset[str]:
    """Return the words that name something in text, folded."""
    return frozenset(word for word in (folded_word(written) for written in re.findall(r"[^\W\d_][\w'’-]*|\d{4}", text))
                     if word not in _SMALL)


def _figure(written: str) -> str:
    """Return a figure as compared: its digits and per cent sign ("1.850" and "1,850" are "1850", "Forty" is "40",
    "forty per cent" "40%"); "" for words that count nothing (a lone "one")."""
    per_cent = _PER_CENT.search(written)
    number = written[:per_cent.start()] if per_cent else written
    key = re.sub(r"[\s.,]", "", number) if number[:1].isdigit() else numbers.count_written(number.strip())
    return key + "%" if key and per_cent else key


def _name(written: str) -> str:
    """Return a name as compared: folded, without an article ("El Frente Obrero" is "frente obrero")."""
    words = [folded_word(word) for word in written.split()]
    return " ".join(words[1:] if len(words) > 1 and words[0] in _ARTICLES else words)
