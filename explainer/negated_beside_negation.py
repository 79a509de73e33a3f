"""A deed negated in a clause that negates something else already: "The report gives no number for the Taliban
fighters Kabul acknowledged were not killed" may not cite "Kabul have acknowledged Taliban fighters killed".

polarity.py reads a clause as negative or not, once: the report's "no number" made the clause negative with the
"not" added or without it, so the added "not" was never seen. Here a "not" or "never" right before a verb (an
auxiliary between at most: "were not killed", "has never sponsored") is read on its own. It is refused where the
clause holding it negates something else too, a cited passage holds that verb (its whole word) right after a noun the
sentence names before the "not" ("fighters killed"), with no negation in the four words before, and no cited passage
negates that verb. A clause with one negation only is polarity.py's. English text is read; words in quotation marks
are not.
"""

from __future__ import annotations

import functools

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked

_NOT_VERB = patterns.compile(r"(?i)(?<![\w'’])(?:not|never)\s+(?:(?:been|be|have|had)\s+)?(?P<verb>[a-z]{4,}(?:ed|en))"
                             r"(?!\w)")
_NEGATION = patterns.compile(r"(?i)(?<![\w'’])(?:no|not|never|none|nor|neither|without)(?!\w)|n['’]t(?!\w)")
_CLAUSE_END = patterns.compile(r"[;:.!?()\[\]—–]")
_WORD = patterns.compile(r"[a-z][a-z-]{3,}")
_BEFORE = 4  # words before a passage's verb that may negate it


def negated_beside_negation(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when a clause negating something adds a "not" to a deed a cited passage tells un-negated."""
    if not in_english(language) or not passages or ("not " not in text and "never " not in text):
        return []
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for negated in _NOT_VERB.finditer(spoken):
        if inside(quoted, negated.start()):
            continue
        start = max((end.end() for end in _CLAUSE_END.finditer(spoken, 0, negated.start())), default=0)
        end = next((found.start() for found in _CLAUSE_END.finditer(spoken, negated.end())), len(spoken))
        others = [found for found in _NEGATION.finditer(spoken, start, end)
                  if not negated.start() <= found.start() < negated.end()]
        if not others:
            continue
        verb = negated["verb"].casefold()
        nouns = frozenset(_WORD.findall(spoken[start:negated.start()].casefold()))
        told = [passage.text for passage in passages if _told_plainly(passage.text, verb, nouns)]
        if told and not any(_negates(passage.text, verb) for passage in passages):
            return [Finding(offset + negated.start(), f"this sentence says '{' '.join(negated.group().split())}' "
                                                      f"where its cited passage tells it done ('{clipped(told[0], 80)}'"
                                                      f"): {clipped(text)}",
                            "keep the deed as the source tells it, or cite a passage that negates it")]
    return []


@functools.lru_cache(maxsize=1 << 12)
def _told_plainly(text: str, verb: str, nouns: frozenset[str]) -> bool:
    """Say whether a passage tells the verb right after one of the nouns, with no negation in the words before."""
    words = text.casefold().split()
    for at, word in enumerate(words):
        if word.strip(",.;:") == verb and at and words[at - 1].strip(",.;:") in nouns:
            if not _NEGATION.search(" ".join(words[max(0, at - _BEFORE):at])):
                return True
    return False


@functools.lru_cache(maxsize=1 << 12)
def _negates(text: str, verb: str) -> bool:
    """Say whether a passage negates the verb: a negation in the four words before it."""
    words = text.casefold().split()
    return any(word.strip(",.;:") == verb and _NEGATION.search(" ".join(words[max(0, at - _BEFORE):at]))
               for at, word in enumerate(words))
