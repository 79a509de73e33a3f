"""A figure or year said to be given where the cited passages give none: "numbers are given" of "its forces have taken
out a number of tanks", a negation dropped.

A briefing tells what its source leaves out in its own words ("no numbers are given", "No year is given"), which
polarity.py leaves unread (what a source gives is the briefing's word on it). Its "no" dropped, "numbers are given"
and "year is given" said the passage gives what it does not, and built (factcheck213). Refused where a clause says
numbers or figures (a toll, a count) are given, with no negation before it, and no cited passage holds a figure in
digits or a number word; or says a year is given, and no cited passage holds a year (four digits from 1000 to 2999).
What numbers are given of is not read: "the report gives numbers for the wounded" builds beside any figure.

Said given in other words, and built (factcheck232), each refused where the cited passages do not give it:

- a doubled negation, "no numbers are not given", "(how many is not not given)", "the minister is not not named":
  a negation undone, which says the source gives it; refused wherever it stands, as no honest sentence words it so;
- "(how many is given)" after what is counted ("Taliban fighters killed"), where no cited passage puts a figure
  within two words before any word of it ("Kabul have acknowledged Taliban fighters killed, 11 wounded");
- one in a role said to be named ("the minister is named", "its perpetrator is named", "Many analysts, named, point
  to"), where the cited passages tell of one in that role ("its defense minister acknowledged", "a suicide bomber
  struck", "Many analysts are pointing") and never with a name right after the role word or an appositive
  ("Defense Minister Khawaja Asif", "the bomber, Ali Khan,", "the bomber as Ali Khan").

polarity.py asks this of prose; a claim's plain fields ("channel: on camera to Yalda Hakim; the minister is named",
"evidence: none given; who said it, and when, is not not given") ask it through given_of_none_found, which
cite.py's checked_text calls.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, in_english, unquoted

_GIVEN = patterns.compile(
    r"(?<!\w)(?P<what>numbers?|figures?|(?:a\s+)?(?:toll|count|tally)|(?:a\s+|the\s+)?years?)\s+(?:is|are|was|were"
    r"|has\s+been|have\s+been)\s+(?:(?:also|both|each|all)\s+)?(?:given|stated|provided|reported)(?!\w)", re.IGNORECASE)
_NEGATED_BEFORE = patterns.compile(r"(?<!\w)(?:no|not|never|nor|neither|without|none|n['’]t)"
                                   r"(?:[\s,]+[\w'’-]+){0,5}\s*$", re.IGNORECASE)
_FIGURE = patterns.compile(r"\d|(?<!\w)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?"
                           r"|hundreds?|thousands?|millions?|billions?|half|third|quarter|percent)(?!\w)",
                           re.IGNORECASE)
_YEAR = patterns.compile(r"(?<!\d)[12]\d{3}(?!\d)")


def figure_given_of_none(text: str, passages: list[str]) -> tuple[int, str] | None:
    """Return where a sentence says figures (or a year, a count, a name) are given that no cited passage gives, and
    what it says is given; None where it says no such thing."""
    if undone := _NEGATION_UNDONE.search(text):
        return undone.start(), " ".join(undone.group().split())
    return (_numbers_given(text, passages) or _count_given(text, passages) or _role_named(text, passages)
            or _sayer_or_time_given(text, passages) or _numbers_given_for(text, passages)
            or _reply_given(text, passages) or _order_said_given(text, passages))


def given_of_none_found(text: str, passages: list[Cited], language: str = "") -> list[Finding]:
    """Return the finding of a plain field (a claim's `channel` or `evidence`) saying something is given or named
    that its cited passages do not give, as polarity.py words it for prose; [] where it says no such thing."""
    if not in_english(language):
        return []
    given = figure_given_of_none(unquoted(text), [passage.text for passage in passages])
    if given is None:
        return []
    return [Finding(given[0], f"this field says '{given[1]}' where its cited passages give none: "
                              f"\"{' '.join(text.split())[:160]}\"",
                    "say that the source gives none (\"the minister is not named\"), or cite the words that give it")]


def _numbers_given(text: str, passages: list[str]) -> tuple[int, str] | None:
    """Return where a sentence says numbers or a year are given where no cited passage holds one, and its words."""
    for given in _GIVEN.finditer(text):
        if _NEGATED_BEFORE.search(text, max(0, given.start() - 40), given.start()):
            continue
        year = given["what"].casefold().split()[-1].startswith("year")
        held = _YEAR if year else _FIGURE
        if not any(held.search(passage) for passage in passages):
            return given.start(), " ".join(given.group().split())
    return None


# "no numbers are not given", "how many is not not given": a negation undone before what is given or named
_GIVEN_WORD = r"(?:given|named|stated|provided|reported|identified)"
# "neither side's figures are not verified": a check said of the source, its negation undone; the words between
# name what is denied, never a new clause's subject or a verb of saying ("neither side said it was not verified")
_CHECKED_WORD = r"(?:verified|checked|confirmed|corroborated)"
_NOT_A_NEW_CLAUSE = (r"(?!(?:the|a|an|it|this|that|these|those|they|he|she|we|one|doubt|wonder|matter|said|says|say"
                     r"|claimed|claims|thinks|believes|argues|argued|suggests|suggested|knows|doubts|disputes|disputed|denies|denied"
                     r"|accepts|accepted|admits|admitted|notes|noted|reports|reported|insists|insisted)\s)")
_NEGATION_UNDONE = patterns.compile(
    r"(?<!\w)(?:(?:is|are|was|were)\s+not\s+not\s+(?:" + _GIVEN_WORD + "|" + _CHECKED_WORD + ")"
    r"|no\s+(?:[\w'’-]+\s+){1,3}(?:is|are|was|were)\s+(?:not|never)\s+" + _GIVEN_WORD +
    r"|(?:no|neither)\s+(?:" + _NOT_A_NEW_CLAUSE + r"[\w'’-]+\s+){1,3}(?:is|are|was|were)\s+(?:not|never)\s+"
    + _CHECKED_WORD + r")(?!\w)", re.IGNORECASE)

# "Taliban fighters killed (how many is given)": how many said given, ending its clause
_HOW_MANY_GIVEN = patterns.compile(r"(?<!\w)how\s+many\s+(?:is|are|was|were)\s+(?:given|stated|reported)"
                                   r"(?=\s*(?:[,.;:)!?]|$))", re.IGNORECASE)
_UNCOUNTED = frozenset({"about", "after", "before", "their", "there", "these", "those", "which", "where", "while",
                        "would", "could", "though", "although", "since"})
_WORD = patterns.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def _is_figure(word: str) -> bool:
    """Say whether a word is a figure, in digits or a number word ("11", "dozens")."""
    return bool(_FIGURE.fullmatch(word)) or word[:1].isdigit()


def _count_given(text: str, passages: list[str]) -> tuple[int, str] | None:
    """Return where a sentence says how many is given of what it counts, where no cited passage puts a figure right
    before any word of it; None otherwise."""
    for given in _HOW_MANY_GIVEN.finditer(text):
        if _NEGATED_BEFORE.search(text, max(0, given.start() - 40), given.start()):
            continue
        # what is counted, and any figure the sentence gives of it, are told before it in its sentence
        opening = max(text.rfind(stop, 0, given.start()) for stop in ".!?") + 1
        nouns = {word.casefold() for word in _WORD.findall(text[opening:given.start()])
                 if len(word) >= 5 and word.casefold() not in _UNCOUNTED}
        if nouns and not any(_figure_before(passage, nouns) for passage in passages):
            return given.start(), " ".join(given.group().split())
    return None


def _figure_before(passage: str, nouns: set[str]) -> bool:
    """Say whether a passage puts a figure within two words before any of `nouns`: "274 Taliban fighters"."""
    words = _WORD.findall(passage)
    return any(word.casefold() in nouns and any(_is_figure(other) for other in words[max(0, at - 2):at])
               for at, word in enumerate(words))


# roles a sentence may say are named, and the words a passage may tell of one in that role by
_ROLES = {
    "minister": ("minister",), "ministers": ("minister", "ministers"),
    "spokesman": ("spokesman", "spokeswoman", "spokesperson"), "spokeswoman": ("spokeswoman", "spokesperson"),
    "spokesperson": ("spokesman", "spokeswoman", "spokesperson"),
    "perpetrator": ("perpetrator", "bomber", "attacker", "gunman", "assailant", "shooter", "killer"),
    "perpetrators": ("perpetrators", "bombers", "attackers", "gunmen", "assailants", "shooters", "killers"),
    "bomber": ("bomber",), "attacker": ("attacker", "bomber", "gunman", "assailant"), "gunman": ("gunman",),
    "assailant": ("assailant", "attacker", "gunman"),
    "analysts": ("analysts", "analyst", "experts"), "analyst": ("analyst",), "experts": ("experts", "analysts"),
    "official": ("official",), "officials": ("officials", "official"),
}
_ROLE_NAMED = patterns.compile(
    r"(?<!\w)(?P<role>" + "|".join(sorted(_ROLES, key=len, reverse=True)) + r")"
    r"(?:\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:(?:also|both)\s+)?named(?=\s*(?:[,.;:)!?]|$))"
    r"|\s*,\s*named\s*,)", re.IGNORECASE)
_NAME_AFTER = patterns.compile(r"(?:\s*,\s*|\s+as\s+|\s+)(?:[A-Z][\w'’.-]+)")


def _role_named(text: str, passages: list[str]) -> tuple[int, str] | None:
    """Return where a sentence says one in a role is named where the cited passages tell of one in that role, never
    named; None otherwise."""
    for named in _ROLE_NAMED.finditer(text):
        if _NEGATED_BEFORE.search(text, max(0, named.start() - 40), named.start()):
            continue
        roles = _ROLES[named["role"].casefold()]
        told = [match for passage in passages for match in _role_words(passage, roles)]
        if told and not any(_NAME_AFTER.match(passage, match.end()) for passage, match in told):
            return named.start(), " ".join(named.group().strip(" ,").split())
    return None


def _role_words(passage: str, roles: tuple[str, ...]) -> list[tuple[str, re.Match]]:
    """Return each place a passage tells of one in one of `roles`, with the passage."""
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(roles) + r")(?!\w)", re.IGNORECASE)
    return [(passage, match) for match in pattern.finditer(passage)]


# "reports (whose is given)", "who said it, and when, is given", "when she said it is given": whose words, or when
# they were said, said given, ending its clause
_SAYER_GIVEN = patterns.compile(
    r"(?<!\w)(?:(?P<whose>whose|who\s+(?:said|says|made|gave|reported|wrote)\s+(?:it|them|this|that|so))"
    r"(?:\s*,?\s*and\s+(?P<also>when)\s*,?)?"
    r"|(?P<when>when)\s+(?:he|she|they|it|[A-Z][\w'’-]+)\s+(?:said|says|made|wrote|gave)\s+(?:it|them|this|that|so))"
    r"\s+(?:is|are|was|were)\s+(?:given|stated|named)(?=\s*(?:[,.;:)!?]|$))")
_TOLD_BY = patterns.compile(r"(?<!\w)(?:says?|said|saying|told|tells|stated|states|added|adds|announced"
                            r"|acknowledged|claimed|claims|according\s+to|points?\s+out|pointed\s+out|lays?\s+out"
                            r"|insisted|warned|statements?|spokes(?:man|woman|person)|announcements?|quoted)(?!\w)",
                            re.IGNORECASE)
_TIME_TOLD = patterns.compile(r"(?<!\w)(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February"
                              r"|March|April|May|June|July|August|September|October|November|December|yesterday"
                              r"|today|tonight|overnight|ago|last\s+(?:week|month|year)|this\s+(?:week|month|year)"
                              r"|[12]\d{3})(?!\w)", re.IGNORECASE)


def _sayer_or_time_given(text: str, passages: list[str]) -> tuple[int, str] | None:
    """Return where a sentence says whose words they are, or when they were said, is given, where no cited passage
    tells anyone saying them, or any time; None otherwise."""
    for given in _SAYER_GIVEN.finditer(text):
        if _NEGATED_BEFORE.search(text, max(0, given.start() - 40), given.start()):
            continue
        whose = given["whose"] and not any(_TOLD_BY.search(passage) for passage in passages)
        when = (given["when"] or given["also"]) and not any(_TIME_TOLD.search(passage) for passage in passages)
        if whose or when:
            return given.start(), " ".join(given.group().split())
    return None


# "The report gives number for the Taliban fighters Kabul acknowledged were killed": a source said to give a figure for
# something, its "no" dropped
_GIVES_NUMBERS_FOR = patterns.compile(
    r"(?<!\w)(?:gives?|gave|provides?|provided|offers?|offered|states?|stated)\s+(?:a\s+|the\s+|any\s+)?"
    r"(?:numbers?|figures?|tolls?|counts?|tall(?:y|ies))\s+(?:for|of|on)\s+(?P<of>[^.;:,()]+)", re.IGNORECASE)
# what any figure of a loss, on either side, is of: "numbers for both sides", "figures for the other side's losses"
_ANY_OF = frozenset({"sides", "side's", "side’s", "parties", "losses", "casualties", "deaths", "other", "either",
                     "dead", "toll", "tolls"})


def _numbers_given_for(text: str, passages: list[str]) -> tuple[int, str] | None:
    """Return where a sentence says a figure is given for what it names, with no figure of its own, where no cited
    passage puts a figure right before any word of it; None otherwise."""
    if _FIGURE.search(text):
        return None  # "gives a toll of 31": the figure said is for the figure checks to find
    for given in _GIVES_NUMBERS_FOR.finditer(text):
        if _NEGATED_BEFORE.search(text, max(0, given.start() - 40), given.start()):
            continue
        nouns = {word.casefold() for word in _WORD.findall(given["of"])
                 if len(word) >= 5 and word.casefold() not in _UNCOUNTED | _ANY_OF}
        if nouns and not any(_figure_before(passage, nouns) for passage in passages):
            return given.start(), " ".join(given.group().split())
    return None


# "the report gives reply from Kabul": an answer said given that no cited passage tells
_REPLY_GIVEN = patterns.compile(
    r"(?<!\w)(?:gives?|gave|carries|carried|includes?|included|quotes?|quoted|reports?|reported)\s+"
    r"(?:a\s+|an\s+|any\s+|the\s+)?(?:reply|replies|response|responses|answer|rebuttal|denial|comment)\s+"
    r"(?:from|by|of)\s+(?P<whose>[\w'’-]+(?:\s+[A-Z][\w'’-]*)*)", re.IGNORECASE)
_REPLY_TOLD = patterns.compile(r"(?<!\w)(?:repl|respon|answer|rebut|deni|deny|reject|dismiss|comment|counter|retort"
                               r"|refut|disput)", re.IGNORECASE)


def _reply_given(text: str, passages: list[str]) -> tuple[int, str] | None:
    """Return where a sentence says a reply from someone is given where no cited passage tells a reply, nor names
    them; None otherwise."""
    for given in _REPLY_GIVEN.finditer(text):
        if _NEGATED_BEFORE.search(text, max(0, given.start() - 40), given.start()):
            continue
        whose = given["whose"].casefold().removeprefix("the ")
        named = re.compile(r"(?<!\w)" + re.escape(whose) + r"(?!\w)", re.IGNORECASE)
        if not any(_REPLY_TOLD.search(passage) or named.search(passage) for passage in passages):
            return given.start(), " ".join(given.group().split())
    return None


# "...; the report does say which came first": two events said ordered by the source, a "not" dropped
_ORDER_SAID = patterns.compile(r"(?<!\w)(?:(?:does|did|do)\s+say|says|said|tells|told|gives|makes\s+clear)\s+"
                               r"(?:which|what)\s+(?:came|comes|happened|was|took\s+place)\s+first"
                               r"(?=\s*(?:[.;)!?]|$))", re.IGNORECASE)
_EVENT_SPLIT = patterns.compile(r"[;.!?]|,?\s+and\s+")
_ORDER_TOLD = patterns.compile(r"(?<!\w)(?:before|after|afterwards?|first|then|later|earlier|prior|previously"
                               r"|followed|following|since|until|once|preceded|subsequently)(?!\w)", re.IGNORECASE)
_EVENT_WORDS = 2  # words of each event a passage sentence must hold: "Pakistan" alone is of either


def _order_said_given(text: str, passages: list[str]) -> tuple[int, str] | None:
    """Return where a sentence says the source tells which of two events it names came first, where no cited passage
    sentence tells both with a word of order ("before", "after", "then"); None otherwise."""
    for said in _ORDER_SAID.finditer(text):
        if _NEGATED_BEFORE.search(text, max(0, said.start() - 40), said.start()):
            continue
        # the events are the two clauses before the sayer's own ("the report")
        events = [_stems(piece) for piece in _EVENT_SPLIT.split(text[:said.start()])[:-1]]
        events = [event for event in events if event][-2:]
        if len(events) < 2:
            continue
        first, second = events[0] - events[1], events[1] - events[0]
        if not any(_ORDER_TOLD.search(sentence) and len(first & _stems(sentence)) >= _EVENT_WORDS
                   and len(second & _stems(sentence)) >= _EVENT_WORDS
                   for passage in passages for sentence in re.split(r"(?<=[.!?])\s+", passage)):
            return said.start(), " ".join(said.group().split())
    return None


def _stems(text: str) -> set[str]:
    """Return the first five letters of each word of five letters or more in text, folded."""
    return {word.casefold()[:5] for word in _WORD.findall(text) if len(word) >= 5
            and word.casefold() not in _UNCOUNTED}
