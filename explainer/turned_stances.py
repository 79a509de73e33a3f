"""A speaker's stance kept: what the source has a speaker admit may not be told as denied, nor the other way round.

"Pakistan spent decades backing the Afghan Taliban, its defense minister denied." citing "Pakistan spent decades
backing and sheltering the Afghan Taliban - its defense minister acknowledged that to me on camera" built: polarity.py
reads "denied" as a negation of what follows it, and a reporting verb that closes the sentence has nothing after it;
"disputed", "refuted" and "dismissed" it does not read at all ("The ministry disputed that the strike hit a school"
citing "The ministry admitted that the strike hit a school" built too).

A sentence's verb of denying ("denied", "disputed", "refuted", "rejected", "dismissed") or of admitting
("acknowledged", "admitted", "conceded", "confirmed", "confessed"), in any tense, is refused where a cited passage's
sentence gives the other kind's verb, its speaker (the words before the verb in its clause: "its defense minister",
"the ministry") shares a word with the sentence's, and the two sentences share two more words of four letters or more;
unless a cited passage's sentence sharing those words uses the sentence's own kind in any form ("a denial"). A negated
verb ("has not denied", "declined to confirm"), a passive one ("the request was denied"), one after "to", words in
quotation marks and a sentence using both kinds are not read. English text is read.
"""

from __future__ import annotations

import re
from typing import Iterator, NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .sentences import inside, markers_blanked, sentence_of
from .wordset import may_hold

_DENYING = frozenset({"deny", "denies", "denied", "denying", "dispute", "disputes", "disputed", "disputing", "refute",
                      "refutes", "refuted", "refuting", "reject", "rejects", "rejected", "rejecting", "dismiss",
                      "dismisses", "dismissed", "dismissing"})
_ADMITTING = frozenset({"acknowledge", "acknowledges", "acknowledged", "acknowledging", "admit", "admits", "admitted",
                        "admitting", "concede", "concedes", "conceded", "conceding", "confirm", "confirms",
                        "confirmed", "confirming", "confess", "confesses", "confessed", "confessing"})
_STANCE = patterns.compile(r"(?<![\w-])(?:" + "|".join(patterns.longest_first(_DENYING | _ADMITTING)) + r")(?![\w-])",
                           re.IGNORECASE)
# any form of either kind in a passage ("its denial", "an admission"): the source gives that stance itself
_ANY = {True: patterns.compile(r"(?<!\w)(?:den(?:y|ies|ied|ying|ials?)|disput\w*|refut\w*|reject\w*|dismiss\w*)(?!\w)",
                               re.IGNORECASE),
        False: patterns.compile(r"(?<!\w)(?:acknowledg\w*|admi(?:t|ts|tted|tting|ssions?)|conce(?:de|des|ded|ding"
                                r"|ssions?)|confirm\w*|confess\w*)(?!\w)", re.IGNORECASE)}
# what makes a verb no stance taken: a negation, a passive, an infinitive ("asked Kabul to confirm")
_NOT_TAKEN = patterns.compile(r"(?<!\w)(?:not|n['’]t|never|neither|nor|no|without|refused|declined|failed|yet|to|is|are"
                              r"|was|were|be|been|being)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# where a clause starts: the speaker of a closing "..., the ministry denied" is the words after the comma
_CLAUSE_START = patterns.compile(r"[,;:(\u2013\u2014]|\s-\s|\bthat\b")
_SPEAKER_WORDS = 4
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "which", "when", "what", "would", "could", "claims",
                          "claim", "reports", "report", "reported", *_DENYING, *_ADMITTING})


class _Stance(NamedTuple):
    """A verb of denying or admitting taken by a speaker, in a sentence."""

    shown: str
    denying: bool
    speaker: frozenset[str]  # the words before it in its clause
    words: frozenset[str]  # the sentence's words around it


def turned_stances(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text has a speaker deny what its cited passages have it admit, or admit what they
    have it deny."""
    if not in_english(language) or not passages or not may_hold(text, _DENYING | _ADMITTING):
        return []  # most sentences take no stance: found by a set lookup
    own = list(_stances(markers_blanked(text)))
    if len({stance.denying for stance in own}) != 1:
        return []  # no stance, or both kinds: whose is which is not read here
    for stance in own:
        theirs = [found for passage in passages for found in _stances(passage.text)]
        turned = next((found for found in theirs if found.denying != stance.denying and found.speaker & stance.speaker
                       and len((found.words - found.speaker) & (stance.words - stance.speaker)) >= 2), None)
        if turned is None or _kept(stance, passages):
            continue
        told, given = ("denied", "admitted") if stance.denying else ("admitted", "denied")
        return [Finding(offset, f"this sentence tells as {told} ('{stance.shown}') what its cited passages give as "
                                f"{given} ('{turned.shown}'): {clipped(text)}",
                        f"keep the speaker's stance as the source gives it ('{turned.shown}'), or cite a passage in "
                        f"which it is {told}")]
    return []


def _stances(text: str) -> Iterator[_Stance]:
    """Yield the stances text's verbs of denying and admitting take, outside quotation marks."""
    if not may_hold(text, _DENYING | _ADMITTING):
        return
    quoted = quoted_parts(text)
    for verb in _STANCE.finditer(text):
        if inside(quoted, verb.start()) or _NOT_TAKEN.search(text, max(0, verb.start() - 40), verb.start()):
            continue
        before = text[max(0, verb.start() - 80):verb.start()]
        start = max((found.end() for found in _CLAUSE_START.finditer(before)), default=0)
        speaker = " ".join(before[start:].split()[-_SPEAKER_WORDS:])
        yield _Stance(" ".join(text[verb.start():verb.end()].split()),
                      verb.group().lower() in _DENYING,
                      content_words(speaker, _NOT_CONTENT, names_of_three=True),
                      content_words(sentence_of(text, verb.start()), _NOT_CONTENT, names_of_three=True))


def _kept(stance: _Stance, passages: list[Cited]) -> bool:
    """Say whether a cited passage's sentence sharing two of the stance's words gives the stance's own kind."""
    words = stance.words - stance.speaker
    return any(len(words & content_words(sentence_of(passage.text, found.start()), _NOT_CONTENT,
                                         names_of_three=True)) >= 2
               for passage in passages for found in _ANY[stance.denying].finditer(passage.text))
