"""A rarity kept a rarity: "challenges of this kind rarely succeed" is no "the challenge would fail".

"Professor Hartley said the challenge would fail" citing "Professor Lena Hartley ... said challenges of this kind
rarely succeed" built: forecasts.py reads a hedge by its modal ("could", "expected to"), and a rarity has none. A
sentence telling an outcome as certain ("will fail", "would fail", "won't succeed", "is bound to lose", "cannot win")
is refused where a passage it cites gives an outcome of the same kind (succeeding or failing, winning or losing,
prevailing, working) only as rare ("rarely succeed", "seldom win", "hardly ever work"), none tells it certain, and the
sentence keeps no hedge of its own ("likely", "unlikely", "probably", "rarely", "doubted", "chances", "odds", "could",
"may", "if", "unless"). English text is read; words in quotation marks are not (tests/test_factcheck_202.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked
from .wordset import may_hold

_OUTCOME = r"(?:succeed|fail|win|lose|prevail|work)"
# an outcome told as certain: "would fail", "will not succeed", "won't win", "is bound to lose", "cannot succeed"
_CERTAIN = patterns.compile(
    r"(?<![\w'’])(?:(?:will|would|shall)(?:\s+(?:not|never|surely|certainly|definitely|inevitably))?|won['’]t"
    r"|wouldn['’]t|['’]ll|cannot|can['’]t|(?:is|are|was|were)\s+(?:bound|certain|sure|doomed|going|set)\s+to)"
    rf"\s+(?P<verb>{_OUTCOME})(?!\w)", re.IGNORECASE)
# an outcome a passage gives only as rare: "rarely succeed", "seldom win", "hardly ever work"
_RARE = patterns.compile(rf"(?<!\w)(?:rarely|seldom|hardly\s+ever|infrequently|not\s+often)\s+(?P<verb>{_OUTCOME})s?"
                         r"(?!\w)", re.IGNORECASE)
_HEDGE = patterns.compile(r"(?<!\w)(?:likely|unlikely|probably|possibly|perhaps|rarely|seldom|doubt\w*|chances?|odds"
                          r"|could|may|might|if|unless|whether|difficult|hard|few|little\s+chance)(?!\w)",
                          re.IGNORECASE)
_CERTAIN_WORDS = frozenset({"will", "would", "shall", "won", "wouldn", "ll", "cannot", "can", "bound", "certain",
                            "sure", "doomed", "going", "set"})
_OUTCOME_WORDS = frozenset({"succeed", "fail", "win", "lose", "prevail", "work"})
# the two outcomes of one kind, each the other's failure
_KIND = {"succeed": "succeed", "fail": "succeed", "prevail": "succeed", "work": "succeed", "win": "win",
         "lose": "win"}


def rarity_told_certain(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells as certain an outcome its cited passages give only as rare."""
    if not in_english(language) or not may_hold(text, _OUTCOME_WORDS) or not may_hold(text, _CERTAIN_WORDS):
        return []  # most sentences tell no outcome as certain: found by their words
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    told = next((match for match in _CERTAIN.finditer(spoken) if not inside(quoted, match.start())), None)
    if told is None or _HEDGE.search(spoken):
        return []
    kind = _KIND[told["verb"].casefold()]
    rare = next((match for passage in passages for match in _RARE.finditer(passage.text)
                 if _KIND[match["verb"].casefold()] == kind), None)
    if rare is None or any(_KIND[match["verb"].casefold()] == kind for passage in passages
                           for match in _CERTAIN.finditer(passage.text)):
        return []
    shown = " ".join(rare.group().split())
    return [Finding(offset, f"this sentence tells as certain ('{' '.join(told.group().split())}') what its cited "
                            f"passages give only as rare ('{shown}'): {clipped(text)}",
                    f"keep the source's '{shown}', or cite a passage that tells the outcome as certain")]
