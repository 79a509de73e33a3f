"""An award not told as the sum sought: "Okafor was awarded £150,000, the damages he had sought" (or "Okafor received
all the damages he asked for") may not cite "Mrs Justice Harrow awarded Okafor £150,000 in damages, less than the
£400,000 Okafor had sought" (tests/test_newuser_134.py's leftover, tests/test_factcheck_245.py).

sum_acts.py gives an amount the act nearest it; "£150,000, the damages he had sought" gives it two (awarded before,
sought after), so it read neither, and a sentence naming no amount gives it none to read. A sentence calls an award
the sum sought where an amount is followed by an apposition of what was sought (", the damages he had sought", ", the
sum she asked for", ", the full amount claimed"), or where an award's verb ("awarded", "received", "won", "got",
"granted") comes before "all the damages", "the full sum", "every penny" of what was sought. It is refused where
every cited passage giving that amount gives it as awarded, a cited passage gives another amount as sought and none
as both, and the sentence sets nothing against it ("less", "short of", "of the", "out of", "more", "part", "only",
"rather", "instead", "but", "though") nor denies it ("not", "never"). English text is read. A penalty sought told as imposed ("was banned for four
years" of "sought a four-year ban") is penalties_sought.py's, asked from here.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english
from .money_measures import AMOUNT, amount_key
from .penalties_sought import penalty_sought_told_imposed
from .sentences import markers_blanked
from .sum_acts import may_give_an_act, passage_acts, shown_amount

_SOUGHT = r"(?:sought|asked\s+for|claimed|demanded|wanted|requested)"
_WHAT = r"(?:damages|sum|amount|compensation|figure|payout|money|award|total)"
# an apposition after an amount calling it what was sought: ", the damages he had sought"
_SOUGHT_APPOSITION = patterns.compile(
    rf",?\s+(?:(?:which\s+(?:was|is)\s+)?(?:exactly\s+)?(?:the|all\s+the)\s+(?:full\s+)?(?:{_WHAT}\s+)?"
    rf"(?:that\s+|which\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:had\s+|has\s+|originally\s+)?{_SOUGHT})(?![\w'’-])",
    re.IGNORECASE)
# an award of the whole sum sought, no amount named: "received all the damages he asked for"
_ALL_SOUGHT = patterns.compile(
    rf"(?<![\w'’-])(?:awarded|received|won|got|granted|recovered|obtained)\s+(?:him\s+|her\s+|them\s+)?"
    rf"(?:all\s+(?:of\s+)?the|the\s+full|the\s+entire|every\s+penny\s+of\s+the|in\s+full\s+the)\s+(?:{_WHAT}\s+)?"
    rf"(?:that\s+|which\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:had\s+|has\s+)?{_SOUGHT}(?![\w'’-])", re.IGNORECASE)
# the sentence sets the award against the sum sought, or denies it was all: "was not awarded all he sought"
_SET_AGAINST = patterns.compile(r"(?<![\w'’-])(?:not|never|n['’]t|failed|less|short|fraction|part|half|third"
                                r"|quarter|more|only|rather|instead|but|though|although|while|whereas|of\s+the|out\s+of"
                                r"|compared)(?![\w'’-])",
                                re.IGNORECASE)


def award_told_as_sought(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text calls an amount awarded the sum sought, or says all that was sought was awarded,
    where its cited passages give the award and a different sum sought; or a penalty sought told as imposed
    (penalties_sought.py, asked here: the sum or the penalty sought and the one given are one question)."""
    penalties = penalty_sought_told_imposed(text, passages, offset, language)
    if penalties:
        return penalties
    if not in_english(language) or not passages or not any(may_give_an_act(passage.text) for passage in passages):
        return []
    spoken = markers_blanked(text)
    if _SET_AGAINST.search(spoken):
        return []
    acts = [passage_acts(passage) for passage in passages]
    awarded = {amount: given for found in acts for amount, given in found.items() if given.kind == "awarded"}
    sought = {amount: given for found in acts for amount, given in found.items() if given.kind == "claimed"}
    both = {amount for found in acts for amount, given in found.items() if not given.kind}
    if not awarded or not sought or set(awarded) & set(sought):
        return []  # the passages give no award against a sum sought
    for match in AMOUNT.finditer(spoken):
        apposition = _SOUGHT_APPOSITION.match(spoken, match.end())
        key = amount_key(match)
        if apposition and key in awarded and key not in sought and key not in both:
            shown = shown_amount(match).rstrip(",")  # an amount's pattern takes the comma after it
            return [_finding(offset + match.start(), shown, apposition.group(), sought, text)]
    whole = _ALL_SOUGHT.search(spoken)
    if whole and not any(amount_key(match) in sought for match in AMOUNT.finditer(spoken)):
        return [_finding(offset + whole.start(), "", whole.group(), sought, text)]
    return []


def _finding(at: int, amount: str, words: str, sought: dict, text: str) -> Finding:
    shown = next(iter(sought.values())).shown
    told = f"{amount} as the sum sought" if amount else "the award as all that was sought"
    written = " ".join(words.split()).lstrip(", ")
    return Finding(at, f"this sentence gives {told} ('{written}') where its cited passages "
                       f"give another sum as sought ({shown}): {clipped(text)}",
                   "give the sum awarded and the sum sought as the source does, or cite a passage that says the "
                   "award was what was sought")
