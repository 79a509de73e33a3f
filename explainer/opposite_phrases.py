"""A statement's phrase not turned into its opposite: "Corran Airways agreed to buy Brisa Air for £1.4 billion,
excluding debt" may not cite "for £1.4 billion, including debt"; nor "the offer addresses the Authority's concerns in
part" "... in full"; nor "the union is right that the merger could cost 600 jobs" "The Regional Pilots' Association's
claim that the merger could cost 600 jobs is wrong"; nor "the rise in fares is due to the merger" "the rise reflects
fuel costs and has nothing to do with the merger".

Four pairs are read, in English: including and excluding (a price's terms), in full or fully told of in part or
partly (how far something goes; not the other way: what went in full went in part too), right or correct and wrong or mistaken after "is"/"was" (a claim's verdict), and a cause
("due to", "because of", "caused by", "driven by") and "nothing to do with" or "unrelated to". A sentence's phrase of
one side is refused where no cited passage uses that side and a passage's sentence uses the other of the same thing:
for a price's terms and a cause, the same word after it ("debt", "merger"), so "due to fuel costs" of "has nothing to
do with the merger" builds; for the others, a sentence sharing two more words of four letters or more. A phrase
negated ("not in full", "isn't right", "not due to") and words in quotation marks are not read.
French opinions are read alike, "favorable" and "défavorable" (an opinion, a vote, a report): "412 contributions, dont
une majorité d'avis favorables" may not cite "dont une majorité d'avis défavorables", nor the other way round, where
no cited passage uses the sentence's word and a passage's sentence using the other shares two more words with it;
"pas favorable", "ni favorable ni défavorable" and "une minorité ... favorables" turn nothing (tests/test_factcheck_218.py). A French "aucun ... n'a été fixé" told as done in the active ("a fixé une date")
is read by french_nothing_done.py, and a claim given to the one the passage shows disputing it ("La maire affirme
que" of "M. Marchand affirme que ... La maire conteste ce chiffre") by french_disputed_sayers.py.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .clauses import content_words
from .french_disputed_sayers import claim_given_to_its_disputer
from .french_nothing_done import nothing_done_told_done
from .sentences import markers_blanked, split_sentences

_NOT = patterns.compile(r"(?:\b(?:not|never|no)|n['’]t)\s+(?:\w+\s+){0,1}$", re.IGNORECASE)
_BE = r"(?:is|was|are|were|be|been)\s+(?:\w+ly\s+)?"
# (what is turned, one side, the other side, whether the word after the phrase must be the same); a side's words
# without its "is" are that side as a passage may use it ("calls them wrong")
_PAIRS = (
    ("terms", r"including|inclusive\s+of", r"excluding|exclusive\s+of|not\s+including", True),
    ("extent", r"in\s+full|fully|entirely|wholly|completely", r"in\s+part|partly|partially", False),
    ("verdict", rf"{_BE}(?:right|correct|accurate)", rf"{_BE}(?:wrong|incorrect|inaccurate|mistaken)", False),
    ("cause", r"due\s+to|because\s+of|caused\s+by|driven\s+by|the\s+result\s+of|a\s+result\s+of",
     r"nothing\s+to\s+do\s+with|unrelated\s+to|not\s+due\s+to|not\s+caused\s+by", True),
)


def _side(words: str) -> re.Pattern:
    return patterns.compile(rf"(?<![\w-])(?:{words})(?![\w-])(?P<after>\s+(?:the\s+|its\s+|their\s+)?[\w-]+)?",
                            re.IGNORECASE)


# (the sentence's side, the passages' other side, the sentence's side as a passage may use it, same word after)
_SIDES = tuple((_side(one), _side(other), _side(one.removeprefix(_BE)), _side(other.removeprefix(_BE)), same_after)
               for _name, one, other, same_after in _PAIRS)
# Each way round, but an extent softened: what was done in full was done in part too ("partly complied" of "fully
# complied" builds, tests/test_factcheck_60.py)
_TURNS = tuple((one, other, used, same_after) for one, other, used, _, same_after in _SIDES) + tuple(
    (other, one, used, same_after) for (one, other, _, used, same_after), (name, *_) in zip(_SIDES, _PAIRS)
    if name != "extent")
_PHRASE_WORDS = frozenset({"including", "inclusive", "excluding", "exclusive", "full", "fully", "entirely", "wholly",
                           "completely", "part", "partly", "partially", "right", "correct", "accurate", "wrong",
                           "incorrect", "inaccurate", "mistaken", "nothing", "unrelated", "caused", "driven",
                           "result", "because", "with"})


def opposite_phrase(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text uses one side of a pair its cited passages give only the other side of."""
    if language.split("-")[0].lower() == "fr" and passages:
        # and "a fixé une date" of "aucune date n'a été fixée" (french_nothing_done.py)
        # and a claim given to the side that disputes it (french_disputed_sayers.py)
        return (_french_opinion_turned(text, passages, offset) or nothing_done_told_done(text, passages, offset)
                or claim_given_to_its_disputer(text, passages, offset))
    if not in_english(language) or not passages:
        return []
    spoken = unquoted(markers_blanked(text))
    for mine_side, theirs_side, used_side, same_after in _TURNS:
        for mine in mine_side.finditer(spoken):
            if _NOT.search(spoken[:mine.start()]) or theirs_side.fullmatch(mine.group().strip()):
                continue
            if any(_used(used_side, passage.text) for passage in passages):
                break  # the passages use this side too: nothing turned
            turned = _turned_in(spoken, mine, theirs_side, same_after, passages)
            if turned:
                return [Finding(offset + mine.start(), f"this sentence says '{' '.join(mine.group().split())}' where "
                                                       f"its cited passages say '{turned}': {clipped(text)}",
                                "keep the source's words, or cite the words that say what this says")]
    return []


def _used(side: re.Pattern, text: str) -> bool:
    """Say whether text uses a side of a pair, not negated."""
    return any(not _NOT.search(text[:found.start()]) for found in side.finditer(text))


def _turned_in(spoken: str, mine: re.Match, theirs_side: re.Pattern, same_after: bool,
               passages: list[Cited]) -> str:
    """Return the other side's phrase as a passage's sentence about the same thing uses it, or ""."""
    after = _after(mine)
    words = content_words(spoken, _PHRASE_WORDS)
    for passage in passages:
        for sentence in split_sentences(passage.text):
            for theirs in theirs_side.finditer(sentence.text):
                if same_after:
                    if after and _after(theirs) == after:
                        return " ".join(theirs.group().split())
                elif len(words & content_words(sentence.text, _PHRASE_WORDS)) >= 2:
                    return " ".join(theirs.group().split())
    return ""


def _after(found: re.Match) -> str:
    """Return the word after a phrase ("debt" of "including debt"), folded, or ""."""
    return (found["after"] or "").split()[-1].casefold() if found["after"] else ""


# French: "favorable(s)" and "défavorable(s)", a whole word each ("défavorable" is no "favorable" with a prefix read
# off: prefixed_opposites.py reads no "dé", which opens "décision", "développement"); "pas", "plus", "guère", "ni"
# before it turn it already, and a sentence giving both weighs the two
_FRENCH_OPINION = patterns.compile(r"(?<![\w'’-])(?P<against>d[ée]s?)?(?P<word>favorables?)(?![\w'’-])", re.IGNORECASE)
_FRENCH_NOT = patterns.compile(r"(?<!\w)(?:pas|plus|guère|jamais|ni|non|peu)\s+(?:\w+\s+){0,1}$", re.IGNORECASE)
_FRENCH_OPINION_WORDS = frozenset({"favorable", "favorables", "défavorable", "défavorables", "plutôt", "très",
                                   "majorité", "avis"})


def _french_opinion_turned(text: str, passages: list[Cited], offset: int) -> list[Finding]:
    """Return a finding where French text calls favourable what its passages call only unfavourable, or the other
    way round."""
    spoken = unquoted(markers_blanked(text))
    if "avorable" not in spoken.casefold() or "minorit" in spoken.casefold():
        return []  # "une minorité était favorable" of "une majorité d'avis défavorables" turns it back
    mine = [(found, bool(found["against"])) for found in _FRENCH_OPINION.finditer(spoken)
            if not _FRENCH_NOT.search(spoken[:found.start()])]
    if len({against for _, against in mine}) != 1:
        return []  # none, or both: "favorables et défavorables"
    found, against = mine[0]
    if any(_french_opinion_used(passage.text, against) for passage in passages):
        return []
    words = content_words(spoken, _FRENCH_OPINION_WORDS)
    for passage in passages:
        for sentence in split_sentences(passage.text, "fr"):
            if (_french_opinion_used(sentence.text, not against)
                    and len(words & content_words(sentence.text, _FRENCH_OPINION_WORDS)) >= 2):
                theirs = next(each.group() for each in _FRENCH_OPINION.finditer(sentence.text)
                              if bool(each["against"]) != against)
                return [Finding(offset + found.start(), f"this sentence says '{found.group()}' where its cited "
                                                        f"passages say '{theirs}': {clipped(text)}",
                                "keep the source's words, or cite the words that say what this says")]
    return []


def _french_opinion_used(text: str, against: bool) -> bool:
    """Say whether French text uses "défavorable" (`against`) or "favorable", not turned by a "pas" before it."""
    return any(bool(found["against"]) == against and not _FRENCH_NOT.search(text[:found.start()])
               for found in _FRENCH_OPINION.finditer(unquoted(text)))
