"""A threat kept as a threat: "Southland will impose tariffs on Northland goods" may not cite "Southland threatened to
impose tariffs on Northland goods".

A threat says what a party may do; "will" says what it is going to do. possible_done.py refuses a threat told as
done ("imposed"); this module refuses it told as certain to come: "will", "is going to", "is set to" before the
verb the passage gives after "threatened to" ("threatens to", "is threatening to"), in a clause sharing two of the
passage's sentence's words of four letters or more, where the sentence keeps no threat of its own ("threat",
"warned") and no cited passage says it will be done. Words in quotation marks are not read. English text is read.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .sentences import inside, markers_blanked, sentence_of

_THREAT = patterns.compile(r"(?<!\w)(?:threatened|threatens|threatening|threaten)\s+to\s+(?P<verb>[a-z]{3,})(?!\w)",
                           re.IGNORECASE)
_CERTAIN = r"(?<!\w)(?:will|(?:is|are)\s+(?:going|set)\s+to|['’]ll)\s+(?:also\s+|now\s+|soon\s+)?{verb}(?!\w)"
_KEPT = patterns.compile(r"(?<!\w)(?:threat\w*|warn\w*|may|might|could|would|if|unless)(?!\w)", re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "will", "threatened", "threatens", "threatening", "going"})
_RESTATES = 2


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _threats(text: str) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """Return each threat of a passage: the verb threatened, the words as written, its sentence's content words."""
    if "threat" not in text.casefold():
        return ()
    found = []
    for match in _THREAT.finditer(text):
        sentence = sentence_of(text, match.start())
        found.append((match["verb"].casefold(), " ".join(match.group().split()),
                      content_words(sentence, _NOT_CONTENT | {match["verb"].casefold()})))
    return tuple(found)


@functools.lru_cache(maxsize=1 << 8)  # one pattern for each verb threatened, not one for each sentence read
def _certain(verb: str) -> re.Pattern:
    """Return the pattern of a verb told as certain to come ("will impose", "is set to impose")."""
    return re.compile(_CERTAIN.format(verb=re.escape(verb)), re.IGNORECASE)


def threat_as_certain(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells as certain to come what its cited passages give only as threatened."""
    if not in_english(language):
        return []
    threats = [threat for passage in passages for threat in _threats(passage.text)]
    if not threats:
        return []  # most passages threaten nothing: found without reading the sentence
    spoken = markers_blanked(text)
    if _KEPT.search(spoken):
        return []
    quoted = quoted_parts(spoken)
    words = content_words(spoken, _NOT_CONTENT)
    for verb, shown, theirs in threats:
        certain = _certain(verb)
        told = next((match for match in certain.finditer(spoken) if not inside(quoted, match.start())), None)
        if told is None or len(words & theirs) < _RESTATES:
            continue
        if any(certain.search(passage.text) for passage in passages):
            continue  # a passage says it will be done
        return [Finding(offset, f"this sentence tells as certain ('{' '.join(told.group().split())}') what its cited "
                                f"passages give only as threatened ('{shown}'): {clipped(text)}",
                        "keep the threat as the source gives it ('threatened to'), or cite a passage that says it "
                        "will be done")]
    return []
