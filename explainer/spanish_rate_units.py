"""A Spanish price's or rate's units changed: "Los regantes pagan 0,31 euros por hectómetro cúbico" or "0,31 hectómetros
cúbicos por euro" citing "Los regantes de Levantia pagan hoy 0,31 euros por metro cúbico" (newuser_124: the figure
stands in the passage, so both built; a unit the figure checks read is a currency or a scale, not what it is "por").

A figure's rate is the unit right after it and the unit after "por" (or "por cada"), each one of the units below,
written out or as a symbol ("euros por m³" is "euros por metro cúbico"), singular or plural. A figure of the sentence
is refused where it has a rate and every occurrence of the same figure in the cited passages has another. A figure
with no such rate ("0,31 euros el metro cúbico", "0,31 €/m³"), in the sentence or in a passage, is not judged. Only
Spanish is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped
from .numbers import find_mentions

# units a rate is written in, by their written forms (singular, plural and symbol): what it costs and what it is per
_UNITS = {
    "euro": ("euro", "euros", "€"), "céntimo": ("céntimo", "céntimos"), "dólar": ("dólar", "dólares", "$"),
    "metro cúbico": ("metro cúbico", "metros cúbicos", "m³", "m3"),
    "hectómetro cúbico": ("hectómetro cúbico", "hectómetros cúbicos", "hm³", "hm3"),
    "kilómetro cúbico": ("kilómetro cúbico", "kilómetros cúbicos", "km³"),
    "litro": ("litro", "litros"), "hectárea": ("hectárea", "hectáreas"),  # not "l", "ha" (has), "t": words too
    "kilo": ("kilo", "kilos", "kilogramo", "kilogramos", "kg"), "tonelada": ("tonelada", "toneladas"),
    "kilovatio hora": ("kilovatio hora", "kilovatios hora", "kWh"), "megavatio hora": ("megavatio hora",
                                                                                      "megavatios hora", "MWh"),
    "barril": ("barril", "barriles"), "habitante": ("habitante", "habitantes"),
}
_FORM = {form.casefold(): unit for unit, forms in _UNITS.items() for form in forms}
_ALTERNATIVES = "|".join(re.escape(form) for form in sorted(_FORM, key=len, reverse=True))
_RATE = patterns.compile(rf"\s*(?P<unit>{_ALTERNATIVES})\s+por\s+(?:cada\s+)?(?:un\s+|una\s+)?(?P<per>{_ALTERNATIVES})"
                         r"(?![^\W\d_])", re.IGNORECASE)


def rate_units_changed(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when Spanish text gives a figure a rate ("euros por metro cúbico") that no occurrence of it in
    its cited passages has."""
    if language.split("-")[0].lower() != "es" or " por " not in text:
        return []  # most sentences give no rate: no passage read
    for value, rate in _rates(text):
        if rate is None:
            continue
        others = [other for passage in passages for figure, other in _rates(passage.text) if figure == value]
        if others and None not in others and rate not in others:
            unit, per = others[0]
            return [Finding(offset, f"this sentence gives {_number(value)} in {rate[0]} por {rate[1]}, but its cited "
                                    f"passages give it in {unit} por {per}: {clipped(text)}",
                            "give the figure in the units the source gives it, or cite a passage that does")]
    return []


def _number(value) -> str:
    return f"'{value.normalize():f}'".replace(".", ",")


def _rates(text: str) -> list[tuple[object, tuple[str, str] | None]]:
    """Return each figure of text (its value) with its rate, (unit, per), or None."""
    found = []
    for mention in find_mentions(text, "es"):
        if mention.kind != "figure":
            continue
        rate = _RATE.match(text, mention.end)
        pair = (_FORM[rate["unit"].casefold()], _FORM[rate["per"].casefold()]) if rate else None
        found += [(quantity.value, pair) for quantity in mention.quantities]
    return found
