"""Dutch demands told as granted in the past tense: a passage's "Zij eisen dat de rechter de stikstofwet buiten
werking stelt" asks for an act; "De rechter stelde de stikstofwet buiten werking" tells it done (tests/
test_factcheck_246.py). dutch_demands.py reads the participle ("buiten werking gesteld"); here the past tense, the verb
second and its particle or object after it: the demand's verb's stem with "de", "te", "den" or "ten" ("stelde" of
"stelt"), the word the demand's verb follows ("werking") after it, and no word of demand, wish, duty, future or
negation of the sentence's own.
"""

from __future__ import annotations

import re

from .attribution import Cited, Finding, clipped
from .dutch_demands import _DEMAND, _KEPT, _LONG_WORD


def _past(verb: str) -> re.Pattern:
    """Return the pattern of a conjugated verb's past tense: "stelde" of "stelt", "schorste" of "schorst"."""
    stem = verb[:-1].casefold()
    return re.compile(rf"\b{re.escape(stem)}(?:de|te|den|ten)\b", re.IGNORECASE)


def past_demand_told_as_granted(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where a Dutch sentence tells done, in the past tense, what a cited passage gives only as a
    demand."""
    if not language.startswith("nl") or _KEPT.search(text):
        return []
    words = {word.casefold() for word in _LONG_WORD.findall(text)}
    for passage in passages:
        for match in _DEMAND.finditer(passage.text):
            told = _past(match["verb"]).search(text)
            clause = match["clause"].split()
            if not told or not clause or len(match["verb"]) < 4:
                continue
            # the act's own object or particle, after the past verb: "stelde de stikstofwet buiten werking"
            after = {word.casefold() for word in re.findall(r"\w+", text[told.end():])}
            shared = words & {word.casefold() for word in _LONG_WORD.findall(match["clause"])}
            if clause[-1].casefold() in after and shared - {clause[-1].casefold()}:
                return [Finding(offset, f"this sentence tells as done ('{told.group()}') what its cited passage gives "
                                        f"only as a demand ({clipped(match.group(), 90)}): {clipped(text)}",
                                "keep the demand a demand, as the source does ('eist dat ...'), or cite the "
                                "passage that says it was granted")]
    return []
