"""An amount given per one unit: "310p a share", "$80 a barrel", "£9 a ticket" name no single share, barrel or ticket.

part_as_all.py refuses "each <noun>" where a cited passage names that noun only as one ("a share"). After an amount,
"a <noun>" is a rate, an amount for every one of them: "Fresco shareholders will receive 310p in cash for each
share" citing "Harbour will pay 310p a share in cash" was refused as telling one share as every one
(tests/test_factcheck_243.py). Here "a"/"an" after a figure (digits, with a currency sign or unit word: "310p",
"$1.2bn", "38 dollars", "5 euros") is read as "per" where the sentence gives that amount too. English text is read.
"""

from __future__ import annotations

import re

from . import patterns

# An amount right before "a"/"an": "310p", "£3.10", "$38", "38 dollars", "2.5 euros in cash"
_AMOUNT_BEFORE = patterns.compile(
    r"(?P<amount>[£$€¥]\s?\d[\d,.]*(?:\s?(?:bn|m|k|billion|million))?|\d[\d,.]*\s?(?:p|c|pence|cents?|pounds?"
    r"|dollars?|euros?|yen|francs?|rupees?|bn|m|billion|million)?)(?:\s+in\s+(?:cash|shares|stock))?\s+$",
    re.IGNORECASE)
_DIGITS = patterns.compile(r"\d[\d,.]*\d|\d")


def per_unit_of(text: str, at: int, sentence: str) -> bool:
    """Say whether "a <noun>" at `at` of text is a rate after an amount ("310p a share"), no single one named, and
    `sentence` gives that amount too: "34% for each share" of "310p a share" is still one told as every one."""
    amount = _AMOUNT_BEFORE.search(text[max(0, at - 40):at])
    if amount is None:
        return False
    figure = _DIGITS.search(amount["amount"]).group()
    return re.search(rf"(?<![\d.,]){re.escape(figure)}(?![\d]|[.,]\d)", sentence) is not None
