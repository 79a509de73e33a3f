"""A claim's figure counted as its passages count it: the act and the people its `measure` names ("Taliban fighters
wounded", "Pakistani soldiers killed", "Civilians injured") must be those the passages give that figure by.

A claim card shows each figure with its measure: `measure: Pakistani soldiers wounded, value: 55` citing "55
Pakistani soldiers were killed" told the reader 55 were wounded, and `Pakistani civilians killed` that they were
civilians; both built (factcheck_201), as a measure was read only for the figures and dates it names. The figure is
read with its measure after it ("55 Pakistani soldiers wounded"), as a sentence's figure is read by
explainer/figure_acts.py (the act: "wounded" and "injured" are one kind) and explainer/counted.py (the people:
"troops" are soldiers): refused only where every cited passage giving the figure gives it as counting another kind.
A measure turning the passages' deed ("Posts lost" of "19 posts seized", "Taliban posts spared" of "destroyed") is
refused as deed_antonyms.py refuses a sentence, with or without a figure. A figure a passage gives with its people
left out ("Taliban fighters killed, 11 wounded") counts the people before it
(elided_counts.py): "Taliban civilians wounded" for 11 is refused (factcheck_220).
English measures only, whole figures only.
"""

from __future__ import annotations

from decimal import Decimal

from .attribution import Cited, in_english
from .counted import counted_otherwise
from .elided_counts import elided_kind, kind_of, kinds_named
from .figure_acts import act_swapped
from .deed_antonyms import deed_antonym


def measure_counted_otherwise(measure: str, value, passages: list[Cited], language: str) -> tuple[str, str] | None:
    """Return (the measure's word, the passages' word) where a claim's measure gives its figure as counting another
    act or other people than every cited passage giving the figure does; else None."""
    if not measure or not in_english(language):
        return None
    turned = deed_antonym(measure, passages, language)  # "Taliban posts lost" of "18 captured" (deed_antonyms.py)
    if turned:
        return turned[1], turned[2]
    if value is None:
        return None
    exact = Decimal(str(value))
    if exact != exact.to_integral_value() or exact < 0:
        return None  # "2.5 million" and signed figures are read with their units elsewhere
    text = f"{int(exact)} {measure}"
    swapped = act_swapped(text, passages, language) or counted_otherwise(text, passages, language)
    return (swapped[1], swapped[2]) if swapped else _elided_otherwise(measure, f"{int(exact):,}", passages)


def _elided_otherwise(measure: str, figure: str, passages: list[Cited]) -> tuple[str, str] | None:
    """Return (the measure's people, the passages') where the passages give the figure with its people left out, after
    people of another kind ("Taliban civilians wounded" for 11 of "Taliban fighters killed, 11 wounded"); else None."""
    own = kind_of(measure)
    if not own[0] or own[0] == "people" or len(kinds_named(measure)) > 1:  # "Soldiers and civilians wounded"
        return None
    theirs = elided_kind(figure, passages)
    return (own[1], theirs[1]) if theirs[0] and theirs[0] != own[0] else None
