"""Figures as readers read them: the number or range with its bound, never dropped, and ratios that say so."""

from __future__ import annotations

from .cjk import writes_without_spaces
from .locale import Labels

# A ratio of two bounded figures is only as sure as its parts: what the first figure's bound
# and the second's allow to be said of the ratio, or nothing (then no ratio is computed).
RATIO_BOUNDS = {
    ("exact", "exact"): "exact",
    ("about", "exact"): "about", ("exact", "about"): "about", ("about", "about"): "about",
    ("more than", "exact"): "more than", ("at least", "exact"): "at least",
    ("exact", "up to"): "at least", ("exact", "fewer than"): "more than",
    ("more than", "up to"): "more than", ("more than", "fewer than"): "more than",
    ("at least", "up to"): "at least", ("at least", "fewer than"): "more than",
    ("up to", "exact"): "up to", ("fewer than", "exact"): "fewer than",
    ("exact", "at least"): "up to", ("exact", "more than"): "fewer than",
}


def bound_text(labels: Labels, bound: str) -> str:
    """Return a bound's words in the locale ('' for an exact figure)."""
    return labels["bound_" + bound.replace(" ", "_")]


def number_text(labels: Labels, value, to=None) -> str:
    """Return '660,000' or '100 to 375' in the locale."""
    if to is None:
        return labels.number(value)
    return labels["range"].format(low=labels.number(value), high=labels.number(to))


def figure_text(labels: Labels, value, to=None, bound: str = "exact") -> str:
    """Return a figure as the source bounds it: 'more than 400', '200,000 planned', '18 and counting'."""
    if value is None:
        return labels["not_given"]
    number = number_text(labels, value, to)
    words = bound_text(labels, bound)
    if not words:
        return number
    space = "" if writes_without_spaces(words) else " "  # "約2,100", as Japanese and Chinese write it
    return f"{number}{space}{words}" if bound in ("planned", "and counting") else f"{words}{space}{number}"


def ratio_of(first, second) -> tuple[str, float] | None:
    """Return (bound, ratio) of two amounts, or None where their bounds, ranges or signs allow no honest ratio
    (a loss is no multiple of a profit)."""
    if first.to is not None or second.to is not None or second.value <= 0 or first.value < 0:
        return None
    bound = RATIO_BOUNDS.get((first.bound, second.bound))
    return (bound, first.value / second.value) if bound is not None else None


def as_written(value) -> str:
    """Return a figure's value for a message as `value:` holds it, digits only ("3,400" reads as 3.4 in French)."""
    return str(int(value)) if float(value).is_integer() else repr(value)
