"""A confidence not raised to a certainty: "the merger is certain to be cleared" may not cite "We remain confident that
the merger will be cleared".

A sentence telling an outcome certain ("certain to be cleared", "sure to win", "bound to", "guaranteed to", "will
certainly be cleared", "will definitely", "will undoubtedly") is refused where a cited passage's sentence gives the
same verb after a word of confidence or expectation only ("confident", "expect", "hope", "believe", "optimistic",
"likely", "probably") and no cited passage says "certain", "sure", "bound to", "guarantee", "certainly", "definitely",
"undoubtedly" or "no doubt". A negated certainty ("not certain to", "far from sure to") and words in quotation marks
are not read. English text is read (tests/test_factcheck_183.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked, split_sentences

_CERTAIN = patterns.compile(r"(?<!\w)(?:(?:certain|sure|bound|guaranteed|assured)\s+to\s+"
                            r"|will\s+(?:certainly|definitely|surely|undoubtedly)\s+)(?:be\s+|have\s+)?"
                            r"(?P<verb>[a-z]{3,})(?!\w)", re.IGNORECASE)
_NEGATED_BEFORE = patterns.compile(r"(?<!\w)(?:not|never|no|n['’]t|far\s+from|hardly|less\s+than)\s+(?:\w+\s+)?$",
                                   re.IGNORECASE)
_CONFIDENT = patterns.compile(r"(?<!\w)(?:confident\w*|expect\w*|hop(?:e|es|ed|ing)|believ\w*|optimistic|likely"
                              r"|probably)(?!\w)", re.IGNORECASE)
_SAID_CERTAIN = patterns.compile(r"(?<!\w)(?:certain\w*|sure\w*|bound\s+to|guarantee\w*|definite\w*|undoubted\w*"
                                 r"|no\s+doubt)(?!\w)", re.IGNORECASE)


def certainty_raised(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when English text tells certain an outcome its cited passages give only with confidence."""
    if not in_english(language) or not _CERTAIN.search(text):
        return []  # most sentences tell nothing certain: found by one search
    if any(_SAID_CERTAIN.search(passage.text) for passage in passages):
        return []
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for told in _CERTAIN.finditer(spoken):
        if inside(quoted, told.start()) or _NEGATED_BEFORE.search(spoken, max(0, told.start() - 24), told.start()):
            continue
        hedge = _hedged(told["verb"], passages)
        if hedge:
            return [Finding(offset, f"this sentence tells as certain ('{' '.join(told.group().split())}') what its "
                                    f"cited passages give only as '{hedge}': {clipped(text)}",
                            f"keep the source's word ('{hedge}'), or cite a passage that says it is certain")]
    return []


def _hedged(verb: str, passages: list[Cited]) -> str:
    """Return the word of confidence before `verb` in a cited passage's sentence ("confident"), or ""."""
    said = re.compile(rf"(?<!\w){re.escape(verb)}(?!\w)", re.IGNORECASE)
    for passage in passages:
        for sentence in split_sentences(passage.text, "en"):
            found = said.search(sentence.text)
            hedge = _CONFIDENT.search(sentence.text, 0, found.start()) if found else None
            if hedge:
                return hedge.group()
    return ""
