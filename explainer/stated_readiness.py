"""A party's word of its own readiness kept as its word: "The committee is ready to mediate" may not cite "The committee
said it was ready to mediate".

Ready, willing, prepared or able to act is what a party says of itself; the source reports the saying, not the state (it
may be a bargaining position). A passage's sentence gives a readiness as someone's word where it holds a word of saying
beside it: English "said it was ready to", "says it is willing to", "prepared", "able", "open to"; French "se dit prête
à", "s'est déclaré disposé à"; Spanish "dijo estar dispuesta a", "se mostró dispuesto a"; German "erklärte sich bereit",
"sei gesprächsbereit"; and a confidence ("said it was confident that"). A sentence is refused where it states a
readiness with no word of saying of its own, shares a word of four letters or more with that passage's sentence, and no
cited passage states the readiness plainly (tests/test_factcheck_135.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, says_whose_word
from .clauses import content_words
from .sentences import markers_blanked, sentence_of

_READY = patterns.compile(
    r"(?<!\w)(?:(?:ready|willing|unwilling|prepared|able|unable|eager|keen|open|determined|on\s+track"
    r"|on\s+course)\s+to"
    r"|(?:confident|optimistic|hopeful)(?=\s+(?:that|of|about|the|it|a)\b)"
    r"|(?:prête?s?|disposée?s?)\s+(?:à|a)|en\s+mesure\s+d|dispuest[oa]s?\s+(?:a|para)|list[oa]s?\s+para"
    r"|preparad[oa]s?\s+para|\w*bereit|gewillt|willens|in\s+der\s+Lage)(?!\w)", re.IGNORECASE)
# Words of saying, in the four languages read: "se dit prête", "dijo estar", "erklärte sich bereit", "sei bereit"
_SAYING = patterns.compile(
    r"(?<!\w)(?:said|says|say|saying|told|tells|stated|states|declared|declares|announced|announces|insist\w*"
    r"|claim\w*|added|indicated|signall?ed|according|statement|dit|disent|dire|déclar\w*|affirm\w*|assur\w*|selon"
    r"|indiqu\w*|annonc\w*|dijo|dice|dicen|dijeron|decir|asegur\w*|declar\w*|según|manifest\w*|mostr[óa]"
    r"|mostraron|anunci\w*|erklärt\w*|sagt\w*|sagen|laut|zufolge|teilte|betont\w*|sei|seien|zeigte\w*"
    r"|signalisiert\w*|versichert\w*)(?!\w)", re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "were", "said",
                          "says", "ready", "willing", "prepared", "able", "open", "prêt", "prête", "dispuesto",
                          "dispuesta", "bereit", "sich", "estar", "être", "ist", "est", "está"})


def readiness_as_fact(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text states as fact a readiness its cited passages give only as someone's word."""
    spoken = markers_blanked(text)
    ready = _READY.search(spoken)
    if ready is None or _SAYING.search(spoken) or says_whose_word(spoken):
        return []
    stated = [clause for passage in passages for clause, said in _readiness_in(passage.text) if said]
    if not stated or any(not said for passage in passages for _, said in _readiness_in(passage.text)):
        return []  # none given as a word, or one stated plainly backs it
    own = content_words(spoken, _NOT_CONTENT)
    clause = next((clause for clause in stated if own & content_words(clause, _NOT_CONTENT)), None)
    if clause is None:
        return []
    return [Finding(offset, f"this sentence states as fact ('{' '.join(ready.group().split())}') a readiness or "
                            f"confidence its cited passages give only as someone's word ('{clause}'): {clipped(text)}",
                    "say who says so, as the source does ('... said it was ready to'), or cite a passage that "
                    "states it")]


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _readiness_in(text: str) -> tuple[tuple[str, bool], ...]:
    """Return each clause of a passage stating a readiness, its spacing flattened, and whether a word of saying
    stands in it."""
    if not _READY.search(text):
        return ()
    found = []
    for match in _READY.finditer(text):
        clause = sentence_of(text, match.start())
        found.append((" ".join(clause.split()), _SAYING.search(clause) is not None))
    return tuple(found)
