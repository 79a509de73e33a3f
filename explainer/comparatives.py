"""Comparisons kept the way round the source makes them: "higher" may not cite a passage that says "lower" of the same
two things.

"The Pakistani figures are more reliable than the Afghan ones" citing "... less reliable than the Afghan ones" keeps
every other word. A comparative ("higher", "more", "larger", "faster", "stronger", "better", "above" a figure, and their
superlatives "highest", "most") is read with the words before it in its clause (what is compared), the words right after
it up to "than" (the compared word: "more *reliable*", "the higher *figure*", "above *100*") and the words after "than"
(what it is compared with). A passage's clause gives the opposite ("lower", "less" or "fewer", "smaller", "slower",
"weaker", "worse", "below"; "older" and "younger", "longer" and "shorter", "heavier" and "lighter", "richer" and
"poorer", "dearer" and "cheaper" likewise) where its compared words are the sentence's (or neither has one) and it
compares the same things the same way round (what a speaker is said to say is read without the speaker:
"Desai said patients would pay less" compares what patients pay, tests/test_newuser_81.py): the words before or
after "than" shared, never crossed ("wages rose slower than prices" restates "prices rose faster than wages"), the
names before it in both, and no other owner ("the army's
count" is not "the ministry's"). A clause of the passages giving the sentence's own comparative of the same compared
word or subject lets it pass, and so an honest "higher than expected" beside an unrelated "lower" builds. So are "twice
as many" and "half as many" (compared with what follows "as"), and verbs whose object is what their subject is compared
with: "outnumbered", "exceeded" (or "surpassed", "topped", "outperformed", "led", "ahead of") against "fell short of"
(or "missed", "underperformed", "trailed", "lagged", "behind"), their passive ("was outnumbered by", "led by") turning
them round. The same comparative of the two crossed ("the army outnumbered the rebels" of "the rebels outnumbered the
army") is refused too. A negated comparative ("no more than", "not higher") is not read. English text is read, and
German, Spanish and French comparatives with "als" or "que" ("mehr Tote als", "más muertos que", "plus de morts que":
comparatives_languages.py).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped
from .clauses import WORD, clause_end, clause_start
from .comparatives_languages import BY_LANGUAGE
from .locale import base_language
from .sentences import split_sentences

# Each pair's two sides: a word gives its pair's side 0 or 1.
_PAIRS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "size": (("higher", "larger", "bigger", "greater", "more", "above"),
             ("lower", "smaller", "less", "fewer", "below")),
    "most": (("highest", "largest", "biggest", "greatest", "most"), ("lowest", "smallest", "least", "fewest")),
    "speed": (("faster", "quicker", "sooner"), ("slower",)),
    "strength": (("stronger",), ("weaker",)),
    "quality": (("better",), ("worse",)),
    "width": (("wider", "broader"), ("narrower",)),
    "age": (("older",), ("younger",)),
    "length": (("longer",), ("shorter",)),
    "weight": (("heavier",), ("lighter",)),
    "wealth": (("richer", "wealthier"), ("poorer",)),
    "price": (("dearer", "costlier", "pricier", "more expensive"), ("cheaper", "less expensive")),
    # only right before "than" ("arrived earlier than Beta"): "earlier this week", "two days later" compare nothing
    "time": (("earlier",), ("later",)),
    # a multiple, compared "as" ("twice as many fighters as the army")
    "multiple": (("twice as many", "twice as much", "two times as many", "three times as many", "double the number of",
                  # a risk, as health reporting compares it: "twice as likely to report dizziness as ..."
                  "twice as likely", "two times as likely", "three times as likely", "twice the risk", "double the risk"),
                 ("half as many", "half as much", "a third as many", "a quarter as many", "half the number of",
                  "half as likely", "a third as likely", "a quarter as likely", "half the risk")),
    # verbs that compare their subject with their object; in the passive ("was outnumbered by") the other way round
    "outnumber": (("outnumbered", "outnumber", "outnumbers", "outnumbering"), ()),
    # one pair: "exports trailed imports" says the opposite of "exports exceeded imports", as of "led"
    "exceed": (("exceeded", "exceed", "exceeds", "exceeding", "surpassed", "surpass", "surpasses", "surpassing",
                "outstripped", "outstrip", "outstrips", "outpaced", "outpace", "outpaces", "topped", "outperformed",
                "outperform", "outperforms", "overtook", "overtake", "overtakes", "overtaken", "led", "leads",
                "leading", "ahead of"),
               ("fell short of", "fall short of", "falls short of", "falling short of", "missed", "miss", "misses",
                "underperformed", "underperform", "underperforms", "trailed", "trail", "trails", "trailing",
                "lagged", "lag", "lags", "lagging", "lagged behind", "lag behind", "lags behind", "lagging behind",
                "fell behind", "fall behind", "falls behind", "falling behind", "fallen behind", "behind")),
}
_SIDE_OF = {word: (pair, side) for pair, sides in _PAIRS.items() for side, words in enumerate(sides) for word in words}
_COMPARATIVE = patterns.compile(r"(?<![\w'’-])(?:" + "|".join(word.replace(" ", r"\s+")
                                                                for word in sorted(_SIDE_OF, key=len, reverse=True))
                                + r")(?![\w'’-])", re.IGNORECASE)
# A word every comparative holds (the longest of its words): a text with none compares nothing, found by a set of its
# words in a tenth of the time the whole pattern takes to find none
_KEY_WORDS = frozenset(max(word.split(), key=len) for word in _SIDE_OF)
_LETTERS = patterns.compile(r"[a-z]+")
# Comparatives whose second term follows them, as a verb's object ("outnumbered the army") or after "as" ("twice as
# many fighters as the army"), not after "than"
_VERBS = frozenset(word for pair in ("outnumber", "exceed") for side in _PAIRS[pair] for word in side)
_AS = frozenset(word for side in _PAIRS["multiple"] for word in side)
_AS_WORD = patterns.compile(r"(?<!\w)as(?!\w)", re.IGNORECASE)
# "the army was outnumbered by the rebels" compares as "the rebels outnumbered the army" does
_PASSIVE_BEFORE = patterns.compile(r"(?<!\w)(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_BY = patterns.compile(r"\s*by(?!\w)", re.IGNORECASE)
# "was led" with no "by" is mostly guided ("the delegation was led to the hall"), no comparison turned round; and only
# a participle after "is" or "was" is a passive: "is behind Beta" compares as "trails Beta" (tests/test_factcheck_17.py)
_GUIDED = frozenset({"led", "leads", "leading"})
# "above" and "below" compare only before a figure ("above 100", "below $4") or after a level's verb ("is well above
# the target", "fell below Beta's"), "behind" only after one and before a name ("was behind Beta") or after points
# ("five points behind"): "the village below the dam" is a place, "was behind the attack" a cause
_BEFORE_FIGURE = patterns.compile(r"\s+(?:the\s+)?(?:[$£€]\s?)?\d")  # "above the 5% threshold"
_PLACES = frozenset({"above", "below", "behind"})
_LEVEL_BEFORE = patterns.compile(
    r"(?<!\w)(?:is|are|was|were|be|been|remained|remains|stayed|stays|rose|fell|climbed|dropped|ended|finished|"
    r"stood|stands|came|sat|sits)\s+(?:(?:well|far|just|slightly|still|narrowly|marginally|comfortably|way|"
    r"\d[\d.,]*(?:\s+percentage)?(?:\s+points?)?|two|three|four|five|six|seven|eight|nine|ten)\s+){0,2}$",
    re.IGNORECASE)
_BEHIND = frozenset({"behind"})
_BEFORE_THAN_ONLY = frozenset({"earlier", "later"})
_THAN_NEXT = patterns.compile(r"\s+than(?!\w)", re.IGNORECASE)
_BEFORE_NAME = patterns.compile(r"\s+(?:the\s+)?[A-Z]")  # "behind Beta", "behind the National Alliance"
_POINTS_BEFORE = patterns.compile(r"(?<!\w)(?:\d[\d.,]*|two|three|four|five|six|seven|eight|nine|ten)\s+"
                                  r"(?:percentage\s+)?points?\s+$", re.IGNORECASE)
# "no more than 100" bounds, "not higher" negates: the qualifier and negation checks' words
_NEGATED_BEFORE = patterns.compile(r"(?<!\w)(?:no|not|n['’]t|never|nor|neither|any)\s+(?:\w+\s+)?$", re.IGNORECASE)
_OWNER = patterns.compile(r"([^\W\d_]+)['’]s(?!\w)")
_THAN = patterns.compile(r"(?<!\w)than(?!\w)", re.IGNORECASE)
_CLAUSE_BREAK = patterns.compile(r"[,;:.!?()\"“”«»—–]|(?<!\w)(?:and|but|while|whereas|although|though)(?!\w)",
                                 re.IGNORECASE)
_NOT_CONTENT = frozenset({"will", "would", "that", "this", "these", "those", "with", "have", "been", "from", "they",
                          "them", "their", "there", "then", "than", "were", "said", "says", "also", "into", "when",
                          "what", "which", "about", "the", "its", "his", "her", "has", "had", "was", "are", "for",
                          "and", "but", "much", "even", "still", "far", "ones", "some", "many", "slightly",
                          "significantly", "considerably", "rather"})


class _Table(NamedTuple):
    """A language's comparatives: each word's pair and side, found by a pattern, and the words around them."""

    side_of: dict[str, tuple[str, int]]
    comparative: re.Pattern
    key_words: frozenset[str]
    letters: re.Pattern
    than: re.Pattern
    negated_before: re.Pattern
    clause_break: re.Pattern


def _table(pairs: dict[str, tuple[tuple[str, ...], tuple[str, ...]]], than: str, negated_before: str,
           clause_words: str) -> _Table:
    """Return the table of a language's pairs and words (see comparatives_languages.Reading)."""
    side_of = {word: (pair, side) for pair, sides in pairs.items() for side, words in enumerate(sides)
               for word in words}
    return _Table(side_of, patterns.compile(r"(?<![\w'’-])(?:" + "|".join(
        word.replace(" ", r"\s+") for word in sorted(side_of, key=len, reverse=True)) + r")(?![\w'’-])", re.IGNORECASE),
        frozenset(max(word.split(), key=len) for word in side_of), patterns.compile(r"[^\W\d_]+"),
        patterns.compile(rf"(?<!\w)(?:{than})(?!\w)", re.IGNORECASE),
        patterns.compile(rf"(?<!\w)(?:{negated_before})", re.IGNORECASE),
        patterns.compile(rf"[,;:.!?()\"“”«»„—–]|(?<!\w)(?:{clause_words})(?!\w)", re.IGNORECASE))


_TABLES = {"en": _Table(_SIDE_OF, _COMPARATIVE, _KEY_WORDS, _LETTERS, _THAN, _NEGATED_BEFORE, _CLAUSE_BREAK),
           **{language: _table(reading.pairs, reading.than, reading.negated_before, reading.clause_words)
              for language, reading in BY_LANGUAGE.items()}}


def _language_of(language: str) -> str:
    """Return the key of the table a text in `language` is read by ("" is English), or ""."""
    key = base_language(language or "en")
    return key if key in _TABLES else ""


_COMPARED_WORDS = 2  # words right after a comparative that say what it compares ("more reliable", "higher casualty")
_NEAR = 24  # characters before a comparative that may negate it
_MOST = 32  # comparatives a text is read for, the first


class Comparative(NamedTuple):
    """A comparative a clause gives: its pair and side, as written, and what it compares with what."""

    pair: str
    side: int
    shown: str
    before: frozenset[str]  # the content words before it in its clause
    compared: frozenset[str]  # the content words right after it, before "than"
    than: frozenset[str]  # the content words after "than"
    names: frozenset[str]  # the names before it
    owners: frozenset[str]  # whose it is, before it: "army" of "the army's count"
    text: str  # the clause as written


def flipped_comparatives(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text, at `offset`, compares two things ("higher") the other way round from a cited
    passage in its language comparing the same ("lower"), and no passage compares them as the text does."""
    key = _language_of(language)
    if not key or not _may_compare(text, key):
        return []  # most sentences compare nothing: found without reading their passages
    theirs = [found for p in passages if _language_of(p.language) == key for found in _comparatives(p.text, key)]
    if not theirs:
        return []
    for own in _comparatives(text, key):
        same = [other for other in theirs if other.pair == own.pair]
        turned = next((other for other in same if _of_the_same(own, other) and (
            (other.side != own.side and _same_way_round(own, other))
            or (other.side == own.side and _crossed(own, other)))), None)
        if turned is not None and not any(other.side == own.side and not _crossed(own, other)
                                          and (_of_the_same(own, other) or own.before & other.before)
                                          for other in same):
            said = (f"this sentence says '{own.shown}' where its cited passages say '{turned.shown}'"
                    if turned.side != own.side else
                    f"this sentence says '{own.shown}' of the two its cited passages compare the other way round")
            return [Finding(offset, f"{said} ('{turned.text}'): {clipped(text)}",
                            "compare the two the way the source does, or cite the passage that compares them so")]
    return []


def turned_comparison(text: str, passage: str, language: str = "") -> bool:
    """Say whether text compares with "than" the other way round from a passage's comparison with "than": its
    comparative the opposite of the passage's ("Afghanistan's losses were bigger than Pakistan's" for "Pakistan's
    losses were smaller than Afghanistan's"), which names the two parties in each other's places and restates it
    (the parties check, swapped.py, leaves it to this module's)."""
    key = _language_of(language)
    if not key or not _may_compare(text, key):
        return False  # most sentences compare nothing: found without reading the passage
    table = _TABLES[key]
    own = {table.side_of[" ".join(c.group().lower().split())] for c in table.comparative.finditer(text)
           if table.than.search(text, c.end())}
    return bool(own) and any((pair, 1 - side) in own for c in table.comparative.finditer(passage)
                             if table.than.search(passage, c.end())
                             for pair, side in [table.side_of[" ".join(c.group().lower().split())]])


def flipped_comparatives_in_item(text: str, passages: list[Cited], language: str = "") -> list[Finding]:
    """Return flipped_comparatives' findings for an item cited as a whole, sentence by sentence."""
    key = _language_of(language)
    if not key or not _may_compare(text, key):
        return []
    return [finding for sentence in split_sentences(text, language)
            for finding in flipped_comparatives(sentence.text, passages, sentence.start, language)]


def _may_compare(text: str, key: str = "en") -> bool:
    table = _TABLES[key]
    return not table.key_words.isdisjoint(table.letters.findall(text.lower())) and bool(table.comparative.search(text))


def _of_the_same(own: Comparative, other: Comparative) -> bool:
    """Say whether two comparatives compare by the same word ("reliable", "100"), or both by none."""
    return bool(own.compared & other.compared) if own.compared or other.compared else True


def _crossed(own: Comparative, other: Comparative) -> bool:
    """Say whether a passage's comparative compares the sentence's two things the other way round: "the army
    outnumbered the rebels" of "the rebels outnumbered the army"."""
    own_first, own_second, first, second = _terms(own) + _terms(other)
    return bool(own_first & second and own_second & first)


def _terms(comparative: Comparative) -> tuple[frozenset[str], frozenset[str]]:
    """Return the words that tell a comparative's two terms apart: those before it and not after "than", and the
    other way ("candidate" of "the Labour candidate led the Green candidate" tells neither)."""
    return comparative.before - comparative.than, comparative.than - comparative.before


def _same_way_round(own: Comparative, other: Comparative) -> bool:
    """Say whether a passage's comparative compares what the sentence's does, in the same order: what stands before
    it or after "than" shared, nothing crossed, and no other names before it."""
    own_first, own_second, first, second = _terms(own) + _terms(other)
    if (own_first & second) or (own_second & first):
        return False  # "wages rose slower than prices" of "prices rose faster than wages"
    if (own.names and not own.names & other.before) or (other.names and not other.names & own.before):
        return False  # "Afghanistan's losses were higher" beside "Pakistan's were lower"
    if own.owners and other.owners and not own.owners & other.owners:
        return False  # "the army's count is higher" beside "the ministry's count is lower"
    return bool(own.before & other.before or own.than & other.than)


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _comparatives(text: str, key: str = "en") -> tuple[Comparative, ...]:
    """Return the comparatives text gives plainly (not negated), each with what it compares."""
    found, table = [], _TABLES[key]
    for match in table.comparative.finditer(text) if _may_compare(text, key) else ():
        if len(found) >= _MOST:
            break
        word = " ".join(match.group().casefold().split())
        if ((word in _PLACES and not _as_comparison(text, match, word in _BEHIND))
                or (word in _BEFORE_THAN_ONLY and not _THAN_NEXT.match(text, match.end()))
                or table.negated_before.search(text, max(0, match.start() - _NEAR), match.start())):
            continue
        breaks = table.clause_break
        start, end = clause_start(text, match.start(), breaks), clause_end(text, match.end(), breaks)
        start = _subject_start(text, start, match.start(), breaks)
        start = max((said.end() for said in _SAID.finditer(text, start, match.start())), default=start)
        before, after = text[start:match.start()], text[match.end():end]
        pair, side = table.side_of[word]
        shown = " ".join(match.group().split())
        if word in _VERBS:  # "the rebels outnumbered the army": no compared word, the object its second term
            by = _BY.match(after)  # "was outnumbered by", and "the delegation, led by Asif," as "Asif led"
            if by:
                passive = _PASSIVE_BEFORE.search(text, max(0, match.start() - _NEAR), match.start())
                side, after = 1 - side, after[by.end():]
                shown = " ".join(text[passive.start() if passive else match.start():match.end() + by.end()].split())
            elif (word.endswith(("ed", "en")) and word not in _GUIDED
                  and _PASSIVE_BEFORE.search(text, max(0, match.start() - _NEAR), match.start())):
                # "The EU limit of 40 was exceeded at three stations": its subject is what was exceeded, the second
                # term, and the first is untold (not "three stations", which read as the first turned round
                # "Levels at three stations exceeded the EU limit")
                passive = _PASSIVE_BEFORE.search(text, max(0, match.start() - _NEAR), match.start())
                shown = " ".join(text[passive.start():match.end()].split())
                found.append(Comparative(pair, side, shown, frozenset(), frozenset(), frozenset(_words(before)),
                                         frozenset(), frozenset(), " ".join(text[start:end].split())))
                continue
            compared, second = [], _words(after)
        else:
            than = (_AS_WORD if word in _AS else table.than).search(after)
            compared = _words(after[:than.start()] if than else after)[:_COMPARED_WORDS]
            second = _words(after[than.end():]) if than else []
        found.append(Comparative(pair, side, shown, frozenset(_words(before)),
                                 frozenset(compared), frozenset(second),
                                 frozenset(w.casefold() for w in _names(before)),
                                 frozenset(w.casefold() for w in _OWNER.findall(before)),
                                 " ".join(text[start:end].split())))
    return tuple(found)


def _subject_start(text: str, start: int, at: int, breaks: re.Pattern) -> int:
    """Return where a comparative's clause starts, taken back over commas (and a figure's decimal point) when it
    names no one: "Alpha won 31.4% in Sunday's vote, narrowly ahead of Beta" compares Alpha with Beta."""
    if _names(text[start:at]):
        return start
    for _ in range(4):
        if not start or not (text[start - 1] == "," or _DECIMAL_POINT.match(text, max(0, start - 2))):
            return start
        start = clause_start(text, start - 1, breaks)
    return start


_DECIMAL_POINT = patterns.compile(r"\d\.\d")
# A speaker's verb before what is compared: "Desai said patients would pay less" compares what patients pay, Desai no
# term of it, as in the quotation it restates ("Patients will pay more ...," said Desai; newuser_81)
_SAID = patterns.compile(r"(?<![\w-])(?:said|says|say|told\s+\w+|warned|warns|argued|argues|claimed|claims|added"
                         r"|insisted|insists|predicted|predicts|believes|believed|expects|expected)\s+(?:that\s+)?",
                         re.IGNORECASE)


def _as_comparison(text: str, match: re.Match, behind: bool) -> bool:
    """Say whether "above", "below" or "behind" compares a level rather than placing something."""
    near = max(0, match.start() - _NEAR * 2)
    if behind:
        return bool(_POINTS_BEFORE.search(text, near, match.start()) or (
            _BEFORE_NAME.match(text, match.end()) and _LEVEL_BEFORE.search(text, near, match.start())))
    return bool(_BEFORE_FIGURE.match(text, match.end()) or _LEVEL_BEFORE.search(text, near, match.start()))


def _words(text: str) -> list[str]:
    """Return text's content words, folded, a possessive as its owner ("pakistan" of "Pakistan's")."""
    words = (re.sub(r"['’]s$", "", written).casefold() for written in WORD.findall(text))
    return [word for word in words if (word[0].isdigit() or len(word) >= 4) and word not in _NOT_CONTENT]


def _names(text: str) -> list[str]:
    """Return the capitalised words of text past its first (a sentence's first word is capitalised anyway)."""
    written = WORD.findall(text)
    return [re.sub(r"['’]s$", "", word) for word in written[1:] if word[0].isupper()] + (
        [re.sub(r"['’]s$", "", written[0])] if written and written[0][0].isupper() and len(written[0]) >= 4
        and written[0].casefold() not in _NOT_CONTENT else [])
