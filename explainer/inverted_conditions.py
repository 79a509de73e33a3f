"""A condition turned round: "The fund will release the next $400 million whether or not a deal is reached" may not
cite "has said it will release the next payment of $400 million only once a deal is reached".

conditions.py asks a sentence restating a conditioned clause to keep its condition, and a condition word of the
sentence's own ("whether", "if") keeps it: a sentence saying the act comes "whether or not" the condition is met, or
"even if" it is not, "regardless of" it, "with or without" it, kept the words and said the opposite. A passage's
condition that is the act's only way ("only if", "only once", "only when", "only after", "unless", "on condition
that", "provided that"; French "seulement si", "à condition que", "à moins que"; Spanish "solo si", "siempre que", "a
menos que"; German "nur wenn", "erst wenn", "es sei denn") is refused told so where the sentence's words after its
own "whether or not" (or "even if", ...) share a word of four letters or more with the condition
(tests/test_newuser_95.py). An act kept "until" another's end ("keep its dairy duties until the steel tariff was
lifted") is such a condition: "even after" it turns it, and an end "until" no word of the passage's own changes it
("until the ruling is published"; tests/test_newuser_101.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns, wordset
from .attribution import Cited, Finding, clipped
from .clauses import content_words
from .regardless_told_conditional import regardless_told_conditional
from .sentences import markers_blanked
from .unless_as_if import unless_told_as_if

_ONLY = patterns.compile(
    r"(?<!\w)(?:only\s+(?:if|once|when|after|where|provided)|unless|on\s+(?:the\s+)?condition\s+that|provided\s+that"
    r"|providing\s+that|seulement\s+si|uniquement\s+si|qu['’]à\s+condition|à\s+condition\s+que|à\s+moins\s+que"
    r"|sauf\s+si|(?:solo|sólo|únicamente)\s+(?:si|cuando)|siempre\s+que|a\s+menos\s+que|salvo\s+que"
    r"|(?:nur|erst),?\s+(?:wenn|falls|nachdem)|es\s+sei\s+denn|sofern"
    # an act's end set by another's ("keep its dairy duties until the steel tariff was lifted"): "even after" or
    # "whether or not" it is turns it (newuser_101)
    r"|until|as\s+long\s+as|so\s+long\s+as|jusqu['’]à\s+ce\s+qu|tant\s+qu|hasta\s+que|mientras|solange)"
    r"(?!\w)(?P<condition>[^.;:!?]{3,160})",
    re.IGNORECASE)
_TURNED = patterns.compile(
    r"(?<!\w)(?:whether\s+or\s+not|regardless\s+of|irrespective\s+of|no\s+matter\s+whether|even\s+if|even\s+without"
    r"|even\s+after|even\s+once|même\s+après|incluso\s+después\s+de|aun\s+después\s+de|auch\s+nach(?:dem)?"
    r"|with\s+or\s+without|même\s+si|même\s+sans|avec\s+ou\s+sans|indépendamment|ou\s+non|incluso\s+si|aun\s+si"
    r"|aunque|con\s+o\s+sin|independientemente|o\s+no|unabhängig|selbst\s+wenn|auch\s+wenn|auch\s+ohne|mit\s+oder"
    r"\s+ohne)(?!\w)(?P<said>[^.;:!?]{0,160})", re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "from", "will", "would", "have", "been", "there", "their", "they",
                          "only", "whether", "even", "regardless", "irrespective", "matter", "without"})


def condition_turned(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text says an act comes whether or not the condition its cited passages set on it is
    met, or comes "if" it is met where they say "unless" (unless_as_if.py), or sets a condition on an act they say
    holds regardless (regardless_told_conditional.py)."""
    return (_whether_or_not(text, passages, offset)
            or unless_told_as_if(text, passages, offset, language)
            or regardless_told_conditional(text, passages, offset, language))  # "if" of "whatever the court decides"


def _whether_or_not(text: str, passages: list[Cited], offset: int) -> list[Finding]:
    """Return a finding when text says an act comes whether or not the condition its cited passages set on it is
    met."""
    if not wordset.may_hold(text, _TURNED_OR_UNTIL):
        return []  # most sentences: neither pattern below finds anything in them
    spoken = markers_blanked(text)
    turned = _TURNED.search(spoken)
    if not turned:
        return _end_changed(text, spoken, passages, offset)  # most sentences turn no condition
    said = content_words(turned["said"], _NOT_CONTENT)
    for passage in passages:
        for condition, words in _conditions(passage.text):
            if said & words:
                return [Finding(offset, f"this sentence says it holds '{' '.join(spoken[turned.start():turned.start('said')].split())}', "
                                        f"where its cited passages set a condition on it ('{condition}'): "
                                        f"{clipped(text)}",
                                "keep the source's condition, or cite a passage that says it holds regardless")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _conditions(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Return each condition a passage sets as an act's only way, as written, with its content words."""
    return tuple((" ".join(match.group().split()), content_words(match["condition"], _NOT_CONTENT))
                 for match in _ONLY.finditer(text))


# An act's end another's: "until the ruling is published" of "until the steel tariff was lifted" (newuser_101); not
# "till", Swedish's "to" ("enligt uppgifter till NTB")
_UNTIL = patterns.compile(r"(?<!\w)(?:until|jusqu['’]à\s+ce\s+qu|hasta\s+que|solange)(?!\w)"
                          r"(?P<condition>[^.;:!?,]{3,160})", re.IGNORECASE)
# A word every match of _TURNED or _UNTIL holds as a whole run of letters in ASCII text (its alternatives spelled with a
# letter beyond ASCII match no such text): a sentence holding none is read by neither (tests/test_speed_5.py).
_TURNED_OR_UNTIL = frozenset({"whether", "regardless", "irrespective", "even", "auch", "without", "sans", "non",
                              "incluso", "aun", "aunque", "sin", "independientemente", "o", "selbst", "ohne",
                              "until", "hasta", "solange"})


def _end_changed(text: str, spoken: str, passages: list[Cited], offset: int) -> list[Finding]:
    """Return a finding when text ends an act "until" another event than the one its cited passages end it at, the
    act's own words (two of four letters or more, before "until") the same."""
    own = _UNTIL.search(spoken)
    if own is None:
        return []
    act, end = content_words(spoken[:own.start()], _NOT_CONTENT), content_words(own["condition"], _NOT_CONTENT)
    for passage in passages:
        for theirs in _UNTIL.finditer(passage.text):
            before = passage.text[max(0, theirs.start() - 160):theirs.start()]
            if len(act & content_words(before, _NOT_CONTENT)) >= 2 and end and not end & content_words(
                    theirs["condition"], _NOT_CONTENT):
                shown = " ".join(theirs.group().split())
                return [Finding(offset, f"this sentence sets the act's end at '{' '.join(own.group().split())}', "
                                        f"where its cited passages set it at '{shown}': {clipped(text)}",
                                f"keep the source's end ('{shown}'), or cite a passage that gives this one")]
    return []
