"""A harm the source says there was none of not told as done: "Tarar said the drones caused casualties." may not cite
"... air defense systems intercepted them and no casualties were reported".

polarity.py reads a negation dropped where the sentence keeps the passage's verb; a sentence that drops the "no" and
changes the verb ("caused casualties" for "no casualties were reported") built. A sentence's harm (casualties,
deaths, fatalities, injuries, damage, victims; or "killed", "injured", "wounded", "hurt", "harmed") not negated is
refused where a cited passage says there was none of it ("no casualties", "no one was hurt", "none were killed",
"nobody was injured", "without casualties"), the two share a word of four letters or more besides, and no cited
passage gives that harm un-negated. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .sentences import inside, markers_blanked
from .wordset import may_hold

_NOUNS = "casualties|casualty|deaths|death|fatalities|fatality|injuries|injury|damage|victims"
_VERBS = "killed|injured|wounded|hurt|harmed"
_HARMS = frozenset((_NOUNS + "|" + _VERBS).split("|"))
_HARM = patterns.compile(rf"(?<![\w-])(?:{_NOUNS}|{_VERBS})(?![\w-])", re.IGNORECASE)
# The passage's "none": "no (reported|immediate|civilian) casualties", "no one was hurt", "without casualties"
_NONE = patterns.compile(rf"(?<![\w-])(?:no|without|zero)\s+(?:\w+\s+){{0,2}}?(?:{_NOUNS})(?![\w-])"
                         rf"|(?<![\w-])(?:no\s+one|nobody|none|no-one)\s+(?:\w+\s+){{0,3}}?(?:{_VERBS})(?![\w-])",
                         re.IGNORECASE)
_NEGATED = patterns.compile(r"(?<![\w-])(?:no|not|never|none|nobody|without|zero|n['’]t)(?![\w-])", re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "when", "which", "reported", *_HARMS})


def denied_harms(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells a harm that its cited passages say there was none of."""
    if not in_english(language) or not may_hold(text, _HARMS):
        return []
    none = [found for passage in passages for found in _NONE.finditer(passage.text)]
    if not none:
        return []  # most passages deny no harm
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    harms = [match for match in _HARM.finditer(spoken) if not inside(quoted, match.start())
             and not _NEGATED.search(spoken, max(0, match.start() - 40), match.start())]
    if not harms or any(_told(passage.text) for passage in passages):
        return []
    words = content_words(spoken, _NOT_CONTENT)
    for found in none:
        passage = next(p.text for p in passages if found.group() in p.text)
        if words & content_words(passage, _NOT_CONTENT):
            return [Finding(offset, f"this sentence tells as done '{harms[0].group()}' where its cited passages say "
                                    f"'{found.group()}': {clipped(text)}",
                            "keep the source's 'no', or cite a passage that reports the harm")]
    return []


def _told(text: str) -> bool:
    """Say whether a passage gives a harm that is not negated."""
    return any(not _NEGATED.search(text, max(0, match.start() - 40), match.start())
               for match in _HARM.finditer(text))
