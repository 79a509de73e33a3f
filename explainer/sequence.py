"""Order kept: a sentence may not put after an event what the passages it cites put before it, or the other way.

"Hours after the airstrikes, Taliban forces attacked Pakistani border troops" citing "Hours prior to the commencement
of airstrikes ..., Taliban forces reportedly attacked Pakistani border troops" turns the order round. An order is
"before", "prior to", "preceding" or "in the run-up to", against "after", "following the", "in the wake of" or "in the
aftermath of", and what it orders by the first three words of four letters or more after it ("the commencement of
airstrikes"). A sentence is refused where a passage's sentence sharing two more of its words of four letters or more
orders the same thing (a word in the same first five letters) the other way, and no cited passage orders it the
sentence's way; words in quotation marks are not read. A "before" negated ("not expected before early 2027"), or
in a clause a subject naming no one opens ("Nobody expects a final ruling before early 2027": no_one_subjects.py),
orders what it bounds after. "X, soon after which Y" orders Y after the words of X (its
clause, from its sentence's start). "X followed Y", "X was preceded by Y" and "later than" order X after Y; "X preceded
Y", "X was followed (hours later) by Y", "earlier than" and "X, then Y" (a verb in the past within three words after
"then") order X before Y. An order told from the other end is read by its two ends, the words of the clause after the
order word and the other words of its sentence: "The judge heard the submissions after the jury was sent home" of
"The jury was sent home after the judge heard the submissions" is refused where a passage ties each end's words to
the other's end the same way round, and no passage ties them the sentence's way (tests/test_factcheck_226.py). A
`date_basis` ordering its event before (after) a date it writes is refused where the event's `date` lies after
(before) it (turned_basis). English text is read.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .clauses import content_words
from .earlier_in_the_period import names_earlier, too_long_since_earlier
from .no_one_subjects import in_clause_of_no_one
from .not_until import negated_bound
from .relative_times import moved_times
from .sentences import inside, markers_blanked, sentence_of

# "X was followed (hours later) by Y", "X preceded Y" order Y after X; "X followed Y", "X was preceded by Y" order Y
# before X; "followed the rules (the advice, suit)" orders nothing
_BY = (r"[^\S\n]+(?:(?:[\w-]+ly|hours|days|weeks|months|minutes|moments|later|soon|shortly|immediately|a|few|two|three"
       r"|several)[^\S\n]+){0,3}by(?!\w)")
# "X, then Y" orders X before Y where a verb in the past follows within three words ("..., then members walked out"):
# "Marsh, then chief executive," orders nothing
_THEN = r"|(?:(?<=,\s)|(?<=\band\s)|(?<=,\sand\s))then(?=(?:[^\S\n]+[\w'’-]+){0,2}[^\S\n]+[a-z]+ed(?!\w))"
_ORDER = patterns.compile(r"(?<!\w)(?<!\bnot\s)(?<!\bno\s)(?:(?P<before>before|prior\s+to|preceding|in\s+the\s+run-up\s+to"
                          rf"|earlier\s+than|followed{_BY}|preceded(?!{_BY}){_THEN})"
                          r"|(?P<after>after|following(?=\s+the\s)|in\s+the\s+(?:wake|aftermath)\s+of|later\s+than"
                          rf"|preceded{_BY}|followed(?!{_BY})(?!\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?"
                          r"(?:rules?|advice|guidance|instructions?|orders?|procedures?|protocols?|law|lead|suit|path"
                          r"|example|script|plan|recommendations?)\b)))"
                          r"(?P<what>(?:[^\S\n]+(?:the[^\S\n]+)?(?:commencement|start|beginning|onset|outbreak)"
                          r"[^\S\n]+of(?!\w))?(?:[^\S\n]+[\w'’-]+){1,4})", re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_][\w'’-]{3,}")
# words that order nothing of their own; dates and days are the date-bound check's ("not before 3 March")
_NOT_THINGS = frozenset({"that", "this", "which", "what", "they", "their", "them", "there", "were", "been", "have",
                         "with", "from", "into", "commencement", "start", "beginning", "onset", "outbreak", "days",
                         "hours", "weeks", "months", "years", "january", "february", "march", "april", "june", "july",
                         "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
                         "thursday", "friday", "saturday", "sunday", "noon", "midnight", "dawn", "dusk", "then"})
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "before", "after", "prior", "following", "hours", "days"})
_RESTATES = 2
# "X, soon after which Y": Y after X, not after what follows "which"
_WHICH = patterns.compile(r"\s+which(?!\w)", re.IGNORECASE)
_AFTER_WHICH = patterns.compile(r",\s+(?:(?:soon|shortly|not\s+long|immediately|hours|days|weeks|minutes|moments)\s+)?"
                                r"after\s+which(?!\w)", re.IGNORECASE)
_MAY_ORDER = ("before", "after", "prior", "preced", "follow", "run-up", "wake", "earlier than", "later than",
              "then")
# "aftermath" holds "after"


def turned_order(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text orders an event before (or after) what a passage restating it orders the other
    way, or the same way by a time between them the passage's cannot be (relative_times.py)."""
    return (_turned_way(text, passages, offset) or moved_times(text, passages, offset, language)
            or too_long_since_earlier(text, passages, offset))


def _turned_way(text: str, passages: list[Cited], offset: int = 0) -> list[Finding]:
    """Return a finding when text orders an event before (or after) what a passage restating it orders the other
    way."""
    folded = text.casefold()
    if not any(word in folded for word in _MAY_ORDER):
        return []  # most sentences order nothing: found by a plain search
    spoken = markers_blanked(text)
    owns = [(own, _things(own["what"])) for own in _ORDER.finditer(spoken)]
    owns = [(own, things) for own, things in owns if things]
    if not owns:
        return []
    # What is read of the whole sentence is read once, not at each of its orders (a sentence of 800 "stood at 12%
    # before the label change" took 4 s of CPU to check, four times as long at twice the length).
    quoted = words = starts_from = None
    stated: dict[str, bool] = {}  # a passage's starting level: whether the sentence states it
    for own, things in owns:
        orders = [order for passage in passages for order in _orders(passage.text) if order.things & things]
        # "not final before the count" orders the result after the count
        # "Nobody expects a final ruling before early 2027" as "not expected before" (factcheck_191)
        before = bool(own["before"]) and not (_bound_negated(spoken, own.start())
                                               or in_clause_of_no_one(spoken, own.start()))
        if orders and any(order.before == before for order in orders):
            continue  # one orders it the sentence's way
        if quoted is None:
            quoted, words = quoted_parts(spoken), content_words(spoken, _NOT_CONTENT)
            starts_from = _START.search(spoken)
        if inside(quoted, own.start()):
            continue
        if not orders:  # no passage orders what it orders: one may order the sentence's other end by it
            turned = _ends_turned(own, spoken, before, passages)
            if turned:
                return [Finding(offset, f"this sentence says '{' '.join(own.group().split())}' where its cited "
                                        f"passages order the same two events the other way round ('{turned.shown}'): "
                                        f"{clipped(text)}",
                                "keep the order the source gives, or cite a passage that gives this one")]
            continue
        for order in orders:
            if not before and names_earlier(things, passages, order.things):
                continue  # "days after Pakistani airstrikes" of "airstrikes earlier in the week": other airstrikes
            if before and any(_states_level(spoken, level, stated) and not starts_from
                              for level in order.starts):
                continue  # "stood at 12% before the change" citing "fell from 12% ... after the change"
            if len({word for word in order.words & words if word[:5] not in things}) >= _RESTATES:
                said = " ".join(own.group().split()) if before == bool(own["before"]) else \
                    "not ... " + " ".join(own.group().split())
                return [Finding(offset, f"this sentence says '{said}' where its cited "
                                        f"passages say '{order.shown}': {clipped(text)}",
                                "keep the order the source gives, or cite a passage that gives this one")]
    return []


# A level named by its time: "had not returned to their level before the pandemic" denies the return, not the order;
# "before" right after a level's noun tells which level (the one before the pandemic), no bound the "not" negates
# (read as "after the pandemic", the honest sentence was refused against "not yet recovered to their level before the
# pandemic": tests/test_factcheck_239.py)
_LEVEL_BEFORE = patterns.compile(r"(?<![\w'’])(?:its|their|the|his|her|our|a)\s+(?:[\w'’-]+\s+)?(?:levels?|peaks?"
                                 r"|highs?|lows?|values?|size|heights?|strength)\s+$", re.IGNORECASE)


def _bound_negated(text: str, at: int) -> bool:
    """Say whether the "before" at `at` is negated as a bound ("not final before the count"), not the word naming a
    level by its time ("not back to their level before the pandemic")."""
    return negated_bound(text, at) and _LEVEL_BEFORE.search(text[max(0, at - 60):at]) is None


def _ends_turned(own: re.Match, spoken: str, before: bool, passages: list[Cited]) -> Order | None:
    """Return a passage's order that tells the sentence's two events the other way round from the other end: "The
    judge heard the submissions after the jury was sent home" of "The jury was sent home after the judge heard the
    submissions" (each end's words in the other's), where no passage tells them the sentence's way."""
    clause, outside = _ends(spoken, own)
    if len(clause) < _RESTATES or len(outside) < _RESTATES:
        return None
    turned = None
    for order in (order for passage in passages for order in _orders(passage.text)):
        if clause & order.clause:
            continue  # the same end on both sides: the direct reading's, not this one's
        if len(clause & order.outside) >= _RESTATES and len(outside & order.clause) >= _RESTATES:
            if order.before != before:
                return None  # "The vote came after the walkout" of "Before the vote, members walked out"
            turned = turned or order
    return turned


def _ends(text: str, found: re.Match) -> tuple[frozenset[str], frozenset[str]]:
    """Return the two ends an order ties, as the first five letters of their words of four letters or more: its
    clause's words after the order word (to the next comma or stop), and the other words of its sentence."""
    start = max(text.rfind(stop, 0, found.start()) for stop in ".;!?") + 1
    stops = [end for end in (text.find(stop, found.end()) for stop in ".;!?") if end >= 0]
    end = min(stops, default=len(text))
    commas = text.find(",", found.end(), end)
    clause_end = end if commas < 0 else commas
    return (_stems(text[found.end() - len(found["what"]):clause_end]),
            _stems(text[start:found.start()] + " " + text[clause_end:end]))


# words that tell neither end of an order: "came", "took place", "hours later"
_NOT_ENDS = _NOT_THINGS | _NOT_CONTENT | frozenset({"came", "come", "comes", "later", "earlier", "than", "took",
                                                     "place", "shortly", "soon", "just", "only", "followed",
                                                     "preceded", "ahead"})


def _stems(words: str) -> frozenset[str]:
    """Return the first five letters of each word of four letters or more in `words` that tells an end."""
    return frozenset(word[:5] for word in (found.casefold() for found in _WORD.findall(words))
                     if word not in _NOT_ENDS)


def _states_level(spoken: str, level: str, stated: dict[str, bool]) -> bool:
    """Say whether the sentence states a passage's starting level ("12%") as written, each level read once."""
    if level not in stated:
        stated[level] = re.search(rf"(?<![\w.,])(?<!from\s){re.escape(level)}(?![\w%])", spoken) is not None
    return stated[level]


class Order(NamedTuple):
    """An order a passage gives: before (or after), what it orders, as written, and its sentence's words."""

    before: bool
    things: frozenset[str]
    shown: str
    words: frozenset[str]
    starts: frozenset[str] = frozenset()
    clause: frozenset[str] = frozenset()  # the words of its clause after the order word: the one end
    outside: frozenset[str] = frozenset()  # the other words of its sentence: the other end


# A level a change starts from: "fell from 12% to 9% after the change" gives 12% as the level before it
_START = patterns.compile(r"(?<!\w)from\s+(?P<level>[$€£]?\d[\d.,]*%?)", re.IGNORECASE)


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _orders(text: str) -> tuple[Order, ...]:
    """Return the orders a passage gives."""
    folded = text.casefold()
    if not any(word in folded for word in _MAY_ORDER):
        return ()
    return tuple(Order(bool(found["before"]) and not (_bound_negated(text, found.start())
                                                      or in_clause_of_no_one(text, found.start())),
                       _things(found["what"]), " ".join(found.group().split()),
                       content_words(sentence, _NOT_CONTENT), frozenset(_start_levels(sentence)),
                       *_ends(text, found))
                 for found in _ORDER.finditer(text) if not _WHICH.match(found["what"])
                 for sentence in (sentence_of(text, found.start()),)) + _after_which(text)


def _start_levels(sentence: str) -> list[str]:
    """Return the levels a passage's sentence says a change started from ("from 12%": "12%")."""
    return [found["level"].rstrip(".,") for found in _START.finditer(sentence)] if "from" in sentence else []


def _after_which(text: str) -> tuple[Order, ...]:
    """Return the orders "X, soon after which Y" gives: Y after what the clause before it tells (X)."""
    orders = []
    for found in _AFTER_WHICH.finditer(text):
        sentence_start = max(text.rfind(stop, 0, found.start()) for stop in ".;!?") + 1
        earlier = text[sentence_start:found.start()]
        things = frozenset(word.casefold()[:5] for word in _WORD.findall(earlier)
                           if word.casefold() not in _NOT_THINGS)
        shown = " ".join(earlier.split()[-4:]) + ", " + " ".join(found.group().lstrip(", ").split())
        orders.append(Order(False, things, shown, content_words(sentence_of(text, found.end()), _NOT_CONTENT)))
    return tuple(orders)


def _things(words: str) -> frozenset[str]:
    """Return what an order orders: the first five letters of its first three words of four letters or more."""
    found = [word.casefold() for word in _WORD.findall(words) if word.casefold() not in _NOT_THINGS]
    return frozenset(word[:5] for word in found[:3])


# A `date_basis` ordering its event by a date it writes: "the Thursday before the report, dated Friday 2026-02-27"
_BASIS_ORDER = patterns.compile(r"(?<!\w)(?<!\bnot\s)(?<!\bno\s)(?:(?P<before>before|prior\s+to|preceding|earlier\s+than)"
                                r"|after|following|later\s+than)(?!\w)[^.;:!?\d,]{0,60}?"
                                # the date in the order's clause, or right after its comma: ", dated Friday 2026-02-27"
                                r"(?:,[^\S\n]*(?:(?:dated|published|of|on)[^\S\n]+)?(?:[^\W\d_]+day[^\S\n]+)?)?"
                                r"(?P<date>\d{4}-\d{2}-\d{2})(?![\d-])", re.IGNORECASE)


def turned_basis(basis: str, date: str) -> list[Finding]:
    """Return a finding when an event's `date_basis` puts it before (after) a date it writes ("the Thursday after
    the report, dated Friday 2026-02-27") that its `date` (2026-02-26) lies after (before): the basis turns round
    the order its own dates give."""
    if len(date) != 10 or not any(word in basis.casefold() for word in _MAY_ORDER):
        return []  # a month or year dates no day to order; most bases order nothing
    for found in _BASIS_ORDER.finditer(basis):
        anchor = found["date"]
        if anchor != date and (anchor < date) == bool(found["before"]):
            way = "before" if found["before"] else "after"
            return [Finding(0, f"it puts the event {way} {anchor} ('{' '.join(found.group().split())}'), "
                               f"but its `date` {date} is {'after' if way == 'before' else 'before'} it",
                            f"keep the order the dates give: write '{'after' if way == 'before' else 'before'}', or "
                            "correct `date`")]
    return []
