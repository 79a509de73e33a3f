"""A fine tied to its figure: a passage's fine backs a sentence's only where it fines the sentence's amount.

"Corvane was fined $120 million" citing "the jury ordered Corvane to pay $120 million in damages" and "in a separate
case, the European Commission fined Corvane 15 million euros" built: a fine stands in the passages, and $120 million
too, and the damages are told as the regulator's fine. A fine's figure is the figure written nearest to it in its
sentence ("fined Corvane 15 million euros", "a $120 million fine"); a passage's fine backs a sentence's only where
the two figures state the same amount, or where the sentence gives its fine no figure (explainer/civil_terms.py;
tests/test_factcheck_87.py). The two must give it in the same currency too, where both name one: a fine of
"€120 million" backs none of "$120 million" (tests/test_factcheck_88.py).
"""

from __future__ import annotations

import re

from .numbers import Quantity, mentions_in, unit_after

_STOPS = (". ", "; ", ".\n", ";\n")


def fined_amount(text: str, fine: re.Match, language: str = "") -> frozenset[Quantity | str]:
    """Return the amount of the figure written nearest to a fine in its sentence, with the currency it is given in
    ("dollar", "euro"); none where its sentence gives no figure."""
    start = max(text.rfind(stop, 0, fine.start()) for stop in _STOPS) + 1
    ends = [end for end in (text.find(stop, fine.end()) for stop in _STOPS) if end >= 0]
    end = min(ends, default=len(text))
    figures = [mention for mention in mentions_in(text, language)
               if mention.kind == "figure" and start <= mention.start and mention.end <= end]
    if not figures:
        return frozenset()
    nearest = min(figures, key=lambda mention: max(fine.start() - mention.end, mention.start - fine.end()))
    # a currency swapped is another fine: "€120 million" backs no fine of "$120 million"
    currency = unit_after(text, nearest.start, nearest.end)
    return frozenset(nearest.quantities) | ({currency} if currency else set())


def fines_the_amount(amount: frozenset[Quantity | str], text: str, pattern: re.Pattern, language: str = "") -> bool:
    """Say whether a passage fines (by `pattern`) the `amount` a sentence's fine gives, or fines at all where the
    sentence gives none."""
    return any(not amount or _same_amount(fined_amount(text, fine, language), amount) for fine in pattern.finditer(text))


def _same_amount(given: frozenset[Quantity | str], told: frozenset[Quantity | str]) -> bool:
    """Say whether two fines' amounts state the same figure, in the same currency where both name one."""
    given_currency, told_currency = ({part for part in amount if isinstance(part, str)} for amount in (given, told))
    return (given - given_currency == told - told_currency
            and (not given_currency or not told_currency or given_currency == told_currency))
