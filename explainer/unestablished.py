"""Acts the source does not establish kept that way: an accusation may not be told as fact, nor a refusal as an
agreement.

"Pakistan shelled the border post" citing "Pakistan is accused of shelling the border post" (or "was suspected of",
"stands accused of"), or, in prose, "Afghanistan shelters militants" citing "Islamabad accuses Afghanistan of
sheltering militants", tells as fact what the source gives only as someone's accusation ("allegedly" and "alleged to
have" are hedges, which hints.py's hedge check reads);
"Pakistan has agreed to join the talks" (or "joined", "will join") citing "Pakistan has ruled out joining the talks"
(or "refused to join", "declined to join", "vowed not to join", "has no plans to join") tells the opposite of what the
source says (where the negation check, polarity.py, reads the refusal as a negation, its finding is the one given). The act is the verb after the accusation or refusal; the sentence tells it with that verb (its past or
present for an accusation, any form not negated or refused for a refusal) in a clause sharing a word of four letters or more with
the passage's sentence. It is refused where no cited passage tells the act itself (an accusation beside "a court
found it shelled the post" backs it), and, for an accusation, where the sentence names no accusation or speaker of its
own ("accused", "alleged", "says", "according to"). Words in quotation marks are not read.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .clauses import content_words
from .named_charges import names_a_charge
from .possible_done import english_past_source
from .sentences import inside, markers_blanked, sentence_of

_ACCUSED = patterns.compile(
    r"(?<!\w)(?:(?:is|are|was|were|been|being|stands?|stood)\s+(?:also\s+|widely\s+)?|(?:many|most|some|several)\s+)"
    r"(?:accused|suspected)\s+of"
    r"\s+(?P<verb>[a-z]{3,})(?!\w)",
    re.IGNORECASE)
# An accusation by name: "Islamabad accuses Afghanistan of sheltering"; read in prose only, as a claim's card (and its
# claimant) says whose word its own words are; "points the finger at India for fomenting" accuses too
_ACCUSED_BY = patterns.compile(r"(?<!\w)(?:(?:accuses|accused|accusing)\s+(?:[\w'’-]+\s+){1,4}?of"
                               r"|(?:points?|pointed|pointing)\s+the\s+finger\s+at\s+(?:[\w'’-]+\s+){1,4}?for)"
                               r"\s+(?P<verb>[a-z]{3,})(?!\w)", re.IGNORECASE)
_REFUSED = patterns.compile(
    r"(?<!\w)(?:ruled\s+out|rules\s+out|ruling\s+out|refused\s+to|refuses\s+to|declined\s+to|declines\s+to"
    r"|vowed\s+not\s+to|(?:has|have|had)\s+no\s+plans?\s+to|rejected\s+calls\s+to)\s+(?P<verb>[a-z]{3,})(?!\w)",
    re.IGNORECASE)
# A word every accusation or refusal above holds: most passages hold none, found in a lowercase copy (a pattern with
# no literal start to skip ahead to costs ten times as much)
# The markers by name: _acts is cached by a marker's name, as hashing a compiled pattern hashes its whole program
_MARKERS = {"accused": _ACCUSED, "accused by": _ACCUSED_BY, "refused": _REFUSED}
_ACCUSED_HOLDS = ("accus", "suspected", "finger")
_REFUSED_HOLDS = ("ruled out", "rules out", "ruling out", "refuse", "decline", "vowed not", "no plan", "rejected")
# A sentence naming an accusation or a speaker of its own: whose word it is, which the attribution checks read.
_OWN_ACCUSATION = patterns.compile(r"(?<!\w)(?:accus\w*|alleg\w*|suspect\w*|said|says|say|claim\w*|according"
                                   r"|den(?:y|ies|ied)|blame[sd]?|charged)(?!\w)", re.IGNORECASE)
# "did not join", "refused to join", "ruled out joining": the act negated or refused where the sentence tells it
_NOT_BEFORE = patterns.compile(r"(?<!\w)(?:not|never|no|n['’]t|ruled\s+out|rules\s+out|refus\w*|declin\w*|reject\w*"
                               r"|against|without)(?:\W+\w+){0,1}\W*$", re.IGNORECASE)  # "without signing": undone
# The sentence's own refusal, its "to" or "of" too: "has no plans to strike", "is not planning to strike", "has no
# intention of striking", and a second act after its "or" ("no plans to strike or ballot its members"). Read as agreed,
# the passage's own "had no plans to strike or to ballot its members" was refused (tests/test_factcheck_197.py).
_OWN_REFUSAL_BEFORE = patterns.compile(
    r"(?<!\w)(?:no\s+plans?|no\s+intention|not\s+plann(?:ing|ed)|(?:not|n['’]t)\s+plan|refus\w*|declin\w*"
    r"|vowed\s+not)\s+(?:to|of|for)(?:\s+(?:a|an|the))?"
    r"(?:\s+[a-z]+(?:\s+(?:its|their|his|her|the|a|an)\s+[a-z]+)?,?\s+or(?:\s+(?:to|of|for))?(?:\s+(?:a|an|the))?)?"
    r"\s+$", re.IGNORECASE)
_OWN_REFUSAL_REACH = 80  # characters before the act: the refusal, a first act and its object, "or"
# The words that tell the act agreed: "agreed to join", "will join", "has joined"
_LEAD = patterns.compile(r"(?<!\w)(?:agreed|agrees|decided|decides|promised|pledged|will|has|have|had|is|are)\s+"
                         r"(?:to\s+)?$", re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "will", "would", "could", "accused", "suspected", "alleged",
                          "allegedly", "ruled", "refused", "declined", "vowed", "plans", "agreed", "rejected", "calls"})


class _Act(NamedTuple):
    """An act a passage does not establish: its words as written, the verb's forms, the sentence's other words."""

    shown: str
    forms: re.Pattern
    words: frozenset[str]


def unestablished_acts(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells as fact an accusation, or as agreed a refusal, of its cited passages."""
    return accusation_as_fact(text, passages, offset) or refusal_as_agreed(text, passages, offset)


def accusation_as_fact(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                       accused: str = "accused") -> list[Finding]:
    """Return a finding when text tells as fact an act its cited passages give only as an accusation."""
    acts = [act for passage in passages if _holds(passage.text, _ACCUSED_HOLDS)
            for act in _acts(passage.text, accused, True)]
    spoken = markers_blanked(text) if acts else ""
    if not acts or _OWN_ACCUSATION.search(spoken) or names_a_charge(spoken):  # "the charge that" names one
        return []
    told = _told(spoken, acts, passages, _MARKERS[accused])
    if told is None:
        return []
    act, done = told
    return [Finding(offset, f"this sentence tells as fact ('{done}') what its cited passages give only as an "
                            f"accusation ('{act.shown}'): {clipped(text)}",
                    "say whose accusation it is, as the source does, or cite a passage that establishes it")]


def named_accusation_as_fact(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when a sentence of prose tells as fact an act its cited passages give only as someone's
    accusation ("Islamabad accuses Afghanistan of sheltering")."""
    return accusation_as_fact(text, passages, offset, language, "accused by")


def refusal_as_agreed(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells as agreed or done an act its cited passages say was refused or ruled out."""
    acts = [act for passage in passages if _holds(passage.text, _REFUSED_HOLDS)
            for act in _acts(passage.text, "refused", False)]
    if not acts:
        return []
    told = _told(markers_blanked(text), acts, passages, _REFUSED)
    if told is None:
        return []
    act, done = told
    return [Finding(offset, f"this sentence tells as agreed or done ('{done}') what its cited passages say was "
                            f"refused ('{act.shown}'): {clipped(text)}",
                    "keep the refusal as the source gives it, or cite a passage that says it changed")]


def _told(spoken: str, acts: list[_Act], passages: list[Cited], marker: re.Pattern) -> tuple[_Act, str] | None:
    """Return the act the sentence tells, not negated nor quoted, and the words telling it; None when none is."""
    quoted = quoted_parts(spoken)
    words = content_words(spoken, _NOT_CONTENT)
    for act in acts:
        told = next((match for match in act.forms.finditer(spoken) if not inside(quoted, match.start())
                     and not _NOT_BEFORE.search(spoken, max(0, match.start() - 24), match.start())
                     and not _OWN_REFUSAL_BEFORE.search(spoken, max(0, match.start() - _OWN_REFUSAL_REACH),
                                                        match.start())), None)
        if told is None or not words & act.words:
            continue
        if any(_affirmed(act.forms, marker.sub(lambda m: " " * len(m.group()), passage.text)) for passage in passages):
            continue  # a passage tells the act itself ("a court found it shelled the post")
        lead = _LEAD.search(spoken, max(0, told.start() - 24), told.start())
        return act, spoken[lead.start() if lead else told.start():told.end()]
    return None


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _holds(text: str, words: tuple[str, ...]) -> bool:
    """Say whether text may hold one of `words`: False only where its lowercase copy surely holds none."""
    lowered = text.lower()
    return any(word in lowered for word in words) or not text.isascii()


def _affirmed(forms: re.Pattern, text: str) -> bool:
    """Return whether text tells the act with one of its forms, not negated."""
    return any(not _NOT_BEFORE.search(text, max(0, match.start() - 24), match.start())
               for match in forms.finditer(text))


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _acts(text: str, marker: str, past_only: bool) -> tuple[_Act, ...]:
    """Return the acts a passage gives after the marker named `marker`, each with the forms a sentence tells it by."""
    found = []
    for match in _MARKERS[marker].finditer(text):
        verb = match["verb"].casefold()
        bases = _bases(verb)
        if not bases:
            continue
        forms = [verb] if verb.endswith("ed") else []
        for base in bases:
            # an accusation told as fact in the past or the present ("shelled", "shelters"), a refusal in any form
            forms += [english_past_source(base), base + "s", base + "es"] if past_only else [
                base, base + "s", base + "es", base + "ing", english_past_source(base)]
        forms += ["had", "has"] if "have" in bases else []  # "suspected of having support": "had support"
        forms += [rf"(?:is|are|was|were)\s+{verb}"] if past_only and verb.endswith("ing") else []  # "are fomenting"
        pattern = re.compile(rf"(?<!\w)(?:{'|'.join(forms)})(?!\w)", re.IGNORECASE)
        found.append(_Act(" ".join(match.group().split()), pattern,
                          content_words(sentence_of(text, match.start()), _NOT_CONTENT | {verb, *bases})))
    return tuple(found)


def _bases(verb: str) -> tuple[str, ...]:
    """Return the plain forms a verb after a marker may have: "shelling": "shell"; "making": "mak", "make";
    "stopping": "stopp", "stop"; "shelled": "shell", "shelle"; "join": "join"."""
    if verb.endswith("ing") and len(verb) > 5:
        stem = verb[:-3]
    elif verb.endswith("ed") and len(verb) > 4:
        stem = verb[:-2]
    else:
        return (verb,)
    doubled = (stem[:-1],) if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls" else ()
    return (stem, stem + "e", *doubled)
