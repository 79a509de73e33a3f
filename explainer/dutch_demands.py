"""Dutch demands told as granted: a passage's "Zij eisen dat de rechter de stikstofwet buiten werking stelt" asks for
an act; "De rechtbank heeft de stikstofwet buiten werking gesteld" tells it done.

The act is the verb closing the clause after "eist dat", "eisen dat", "vordert dat", ... ("stelt"); a sentence with
its participle ("gesteld", "ge" and the verb's stem) after the word the verb follows ("werking gesteld"), a word of
five letters or more of that clause besides it ("stikstofwet", "werking"), and no word of demand, wish, duty, future
or negation of its own tells it done
(tests/test_newuser_137.py). dutch_verbs.py reads acts given as possible or wished ("kan opleggen", "wil dat"), which
a demand's "dat" clause, its verb conjugated, is not.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped

_DEMAND = patterns.compile(r"\b(?P<demand>eist|eisen|eiste|eisten|vordert|vorderen|vorderde|vorderden|verlangt|verlangen|"
                     r"verlangde|verlangden)\s+(?:[\w'-]+\s+){0,3}?dat\b(?P<clause>[^,;:.!?]*?)\s(?P<verb>[a-z]{3,}t)"
                     r"(?=\s*(?:$|[,;:.!?]))", re.IGNORECASE)
# words that keep a sentence a demand, a wish, a duty, a future or a denial
_KEPT = patterns.compile(r"\b(?:eis|eist|eisen|eiste|eisten|eiser|eisers|vordert|vorderen|vordering|verlangt|verlangen|"
                   r"vraagt|"
                   r"vragen|vroeg|vroegen|verzoek|wil|willen|wilde|wilden|moet|moeten|dient|dienen|zal|zullen|zou|"
                   r"zouden|kan|kunnen|hoopt|hopen|doel|niet|geen|nog|nooit)\b", re.IGNORECASE)
_LONG_WORD = patterns.compile(r"\w{5,}")


def _participle(verb: str) -> re.Pattern:
    """Return the pattern of a conjugated verb's participle: "gesteld" of "stelt", "geschorst" of "schorst"."""
    stem = verb[:-1].casefold()
    # "verbiedt", "bestelt": a prefix that takes no "ge" ends the participle in "d" ("besteld")
    bare = rf"|\b{re.escape(stem)}d\b" if stem.startswith(("be", "ver", "ont", "her", "er")) else ""
    return re.compile(rf"\bge{re.escape(stem)}[dt]\b{bare}", re.IGNORECASE)


def demand_told_as_granted(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where a Dutch sentence tells done what a cited passage gives only as a demand."""
    if not language.startswith("nl") or _KEPT.search(text):
        return []
    words = {word.casefold() for word in _LONG_WORD.findall(text)}
    for passage in passages:
        for match in _DEMAND.finditer(passage.text):
            participle = _participle(match["verb"])
            told = participle.search(text)
            shared = words & {word.casefold() for word in _LONG_WORD.findall(match["clause"])}
            # the act's own object or particle right before it, in both: "buiten werking stelt", "werking gesteld"
            before = [word.casefold() for word in match["clause"].split()[-1:]]
            if told and shared and before and [word.casefold() for word in text[:told.start()].split()[-1:]] == before:
                return [Finding(offset, f"this sentence tells as done ('{told.group()}') what its cited passage gives "
                                        f"only as a demand ({clipped(match.group(), 90)}): {clipped(text)}",
                                "keep the demand a demand, as the source does ('eist dat ...'), or cite the "
                                "passage that says it was granted")]
    return []
