"""A threat is not a deed, in any words: "Southland put tariffs on up to $1.5bn of Northland goods" may not cite
"Southland threatened to impose tariffs on up to $1.5bn of Northland goods".

possible_done.py refuses the threatened verb told as done ("imposed"); a reporter's other verb for the same deed
("put", "slapped", "levied", "introduced") passed it. A passage's threat, vow or warning ("threatened to impose
tariffs", "vowed to impose", "pledged to", "warned it would impose") names what it would do to by the first word
of four letters or more after its verb ("tariffs"). A sentence telling that word as done, a verb in the past
("put", "slapped", "imposed", "levied") at most two words before it, in a clause sharing two more of the threat's
sentence's words, is refused where it keeps no threat of its own ("threatened", "warned", "vowed", "could", "would")
and no cited passage names that word outside its threats ("imposed tariffs on steel in May and threatened to
impose more"), nor where the threat's own sentence tells it carried out ("pledged to cut its exports and cut them by 5%
in May", "vowed to impose tariffs and did so": tests/test_factcheck_114.py). English text is read; words in quotation
marks are not.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .sentences import inside, markers_blanked
from .wordset import may_hold

_THREAT = patterns.compile(
    r"(?<!\w)(?:(?:threaten(?:ed|s|ing)?|vow(?:ed|s|ing)?|pledg(?:ed|es|ing))\s+to"
    r"|warn(?:ed|s|ing)?\s+(?:that\s+)?(?:it|they|he|she|[A-Z]\w+)\s+(?:would|will|could|might))"
    r"\s+(?P<verb>[a-z]{3,})(?P<rest>(?:[^.;!?]|\.(?=\d))*)", re.IGNORECASE)
# a stop that ends a sentence, not a decimal point ("$1.5bn of goods")
_STOP = patterns.compile(r"[;!?]|\.(?!\d)")
_THREAT_WORDS = frozenset({"threatened", "threatens", "threaten", "threatening", "vowed", "vows", "vow", "vowing",
                           "pledged", "pledges", "pledge", "pledging", "warned", "warns", "warn", "warning"})
_OBJECT = patterns.compile(r"(?<![\w'’-])[a-z]{4,}(?![\w'’-])")
_NOT_OBJECTS = frozenset({"more", "most", "some", "such", "further", "fresh", "new", "heavy", "higher", "them",
                          "their", "those", "these", "with", "from", "into", "upon", "unless", "against", "over"})
# a verb in the past before the deed's word: any "-ed", or a past whose present is the same ("put", "set", "cut")
_PAST = patterns.compile(r"(?<!\w)(?:[a-z]{3,}ed|put|set|cut|hit|laid|brought|took|struck|made|sent|began|slapped"
                         r"|has\s+[a-z]{3,}|have\s+[a-z]{3,})(?:\s+[a-z]+)?\s+$", re.IGNORECASE)
_NOT_DONE_BEFORE = patterns.compile(r"(?<!\w)(?:to|will|would|could|may|might|not|never|no)\s+(?:[a-z]+\s+){0,2}$",
                                    re.IGNORECASE)
_KEPT = patterns.compile(r"(?<!\w)(?:threat\w*|warn\w*|vow\w*|pledg\w*|promis\w*|may|might|could|would|will|if"
                         r"|unless)(?!\w)", re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "will", "would", "could", "might"}) | _THREAT_WORDS
_RESTATES = 2
_REACH = 24  # characters before the deed's word that its verb may stand in: "slapped new", "put heavy"


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _threats(text: str) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """Return each threat of a passage: the word of what it would do ("tariffs"), its words as written, and its
    sentence's content words."""
    if not may_hold(text, _THREAT_WORDS):
        return ()
    found = []
    for match in _THREAT.finditer(text):
        if _kept(match):
            continue  # "pledged to cut its exports and cut them by 5% in May": the passage tells it done
        thing = next((word.group().casefold() for word in _OBJECT.finditer(match["rest"])
                      if word.group().casefold() not in _NOT_OBJECTS), None)
        if thing is not None:
            shown = " ".join(match.group().split()[:len(match.group().split()) - len(match["rest"].split())])
            found.append((thing, shown, content_words(_sentence_of(text, match.start()), _NOT_CONTENT)))
    return tuple(found)


# A threat the same sentence tells carried out: "and" then the threat's verb in the past ("vowed to impose tariffs and
# imposed them"), or its base where the past is the same ("cut", "put", "set") before a time gone by ("and cut them by
# 5% in May", "last week"), or "and did so" (factcheck_114). "and to cut them", "and cut them next year" stay threats.
_DONE_AFTER = patterns.compile(r"\band\s+(?:then\s+|later\s+|duly\s+|has\s+since\s+|have\s+since\s+|since\s+)?"
                               r"(?P<done>did\s+so|has\s+done\s+so|have\s+done\s+so|[a-z]{3,})(?!\w)", re.IGNORECASE)
_PAST_TIME = patterns.compile(r"(?<!\w)(?:in\s+(?:January|February|March|April|May|June|July|August|September|October"
                              r"|November|December|(?:19|20)\d\d)|last\s+(?:week|month|year|Monday|Tuesday|Wednesday"
                              r"|Thursday|Friday|Saturday|Sunday)|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday"
                              r"|Saturday|Sunday)|yesterday|earlier\s+this|ago)(?!\w)")


def _kept(threat: re.Match) -> bool:
    """Say whether the threat's own sentence tells it carried out, after "and"."""
    verb = threat["verb"].casefold()
    stem = verb[:-1] if verb.endswith("e") else verb
    for after in _DONE_AFTER.finditer(threat["rest"]):
        done = " ".join(after["done"].casefold().split())
        if done.endswith("so") or (done != verb and done.startswith(stem) and done.endswith("ed")):
            return True
        if done == verb and _PAST_TIME.search(threat["rest"], after.end()):
            return True
    return False


def _sentence_of(text: str, at: int) -> str:
    """Return the passage's sentence around `at`, to its stops either side."""
    start = max((stop.end() for stop in _STOP.finditer(text, 0, at)), default=0)
    end = _STOP.search(text, at)
    return text[start:end.start() if end else len(text)]


@functools.lru_cache(maxsize=1 << 12)
def _outside_threats(text: str) -> str:
    """Return a passage, lowercased, with its threats blanked: what it names outside them."""
    return _THREAT.sub(lambda m: " " * len(m.group()), text).lower()


def threat_told_done(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells as done, in any verb, what its cited passages give only as threatened."""
    if not in_english(language):
        return []
    threats = [threat for passage in passages for threat in _threats(passage.text)]
    if not threats:
        return []  # most passages threaten nothing: found without reading the sentence
    spoken = markers_blanked(text)
    if _KEPT.search(spoken):
        return []
    quoted, words = quoted_parts(spoken), content_words(spoken, _NOT_CONTENT)
    for thing, shown, theirs in threats:
        if len((words - {thing}) & theirs) < _RESTATES:
            continue
        for found in re.finditer(rf"(?<![\w'’-]){re.escape(thing)}(?![\w'’-])", spoken, re.IGNORECASE):
            before = spoken[max(0, found.start() - _REACH):found.start()]
            done = _PAST.search(before)
            if done is None or inside(quoted, found.start()) or _NOT_DONE_BEFORE.search(before[:done.start()]):
                continue
            if any(re.search(rf"(?<![\w'’-]){re.escape(thing)}(?![\w'’-])", _outside_threats(passage.text))
                   for passage in passages):
                return []  # a passage names it done, or at all, outside its threats
            told = " ".join((done.group() + found.group()).split())
            return [Finding(offset, f"this sentence tells as done ('{told}') what its cited passages give only as "
                                    f"threatened ('{shown}'): {clipped(text)}",
                            "keep the threat as the source gives it ('threatened to', 'warned it would'), or cite a "
                            "passage that says it was done")]
    return []
