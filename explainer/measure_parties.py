"""A claim figure's measure naming the party its passages count on the other side: `measure: Pakistani posts
destroyed, value: 74` citing "74 Taliban posts were destroyed".

A claim card shows each figure under its measure, and the measure's party word says whose soldiers, posts or
fighters the figure counts: "Afghan soldiers killed" for 55 citing "55 Pakistani soldiers were killed" told the
reader the other side's dead (factcheck_220). A measure was read for its figures, dates, acts and kinds of people
(measure_acts.py), never for its party. It is read here as a sentence is (swapped.py), with its figure before it as
the passages write it ("74 Pakistani posts destroyed", English thousands with commas), so that the passage's clause
giving that figure is the one it restates; a measure with no whole figure is read alone. Refused only where every
cited passage restating it gives that place to other parties, none of the measure's.
"""

from __future__ import annotations

from decimal import Decimal

from .attribution import Cited, Finding, in_english
from .swapped import swapped_parties


def measure_party_swapped(measure: str, value, passages: list[Cited], language: str,
                          parties: tuple[tuple[str, frozenset[str]], ...]) -> list[Finding]:
    """Return swapped.py's finding where a claim figure's measure names a party that its passages give that figure
    (or, with no figure, that place) to another party; its offset is in the measure as written."""
    if not measure:
        return []
    figure = _figure_as_passages_write(value, language)
    text = f"{figure} {measure}" if figure else measure
    shift = len(text) - len(measure)
    return [Finding(max(0, finding.offset - shift), finding.message.replace("this sentence", "this measure", 1),
                    finding.hint) for finding in swapped_parties(text, passages, 0, language, parties)]


def _figure_as_passages_write(value, language: str) -> str:
    """Return a whole, non-negative figure as an English passage writes it ("172,000"); else ""."""
    if value is None or not in_english(language):
        return ""
    exact = Decimal(str(value))
    if exact != exact.to_integral_value() or exact < 0:
        return ""  # "2.5 million" and signed figures are read with their units elsewhere
    return f"{int(exact):,}"
