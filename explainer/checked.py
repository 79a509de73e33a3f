"""The findings of the sentence checks a briefing's plan ran, kept for its next plan.

An edit to one sentence of a briefing plans the whole briefing again, and the checks of
attribution.py (figures, dates, quotes, hedges, superlatives, sentence by sentence) were three
quarters of that: the briefing's other sentences were checked again, with the same words, against
the same passages. A check is a pure function of its arguments and of how figures and dates are
read (`numbers.reading_key()`, which the plan keeps the findings under, with our code). So each
check's findings are kept under a digest of the check and of every argument it was given, nothing
named by hand: a check given anything different runs again.
"""

from __future__ import annotations

from typing import Callable

from .memo import digest_of


class Passages(tuple):
    """Cited passages (attribution.Cited) that KeptFindings digests once however many checks get them:
    a heading is checked against every passage its briefing cites."""

    __slots__ = ()


class KeptFindings:
    """The checks one plan ran, by key; those `kept` from the last plan are not run again."""

    def __init__(self, kept: dict[str, tuple] | None = None):
        self.kept = kept or {}
        self.used: dict[str, tuple] = {}  # what this plan ran: what the next one is given
        self._passages: dict[tuple, str] = {}
        self._ordered: dict[int, tuple] = {}  # a tuple argument (the briefing's parties) by id: (it, its key)

    def run(self, check: Callable[..., list], *args) -> list:
        """Return check(*args), as the last plan found it if it ran the same check on the same arguments."""
        key = digest_of(check.__module__, check.__qualname__, [self._part(arg) for arg in args])
        found = self.used.get(key)
        if found is None:
            found = self.kept.get(key)
            if found is None:
                found = tuple(check(*args))
            self.used[key] = found
        return list(found)

    def _part(self, arg):
        """Return what an argument is keyed by: itself (its sets in order), but for many Passages (a heading's: every
        passage its briefing cites) the digest of what they hold, made once however many headings are checked."""
        kind = type(arg)
        if kind is str or kind is int:
            return arg  # most arguments: a sentence, a language, an offset
        if kind is tuple:  # the same parties, given to most checks: their sets put in order once
            kept = self._ordered.get(id(arg))
            if kept is None or kept[0] is not arg:
                kept = (arg, _in_order(arg))
                if _unchanging(arg):
                    self._ordered[id(arg)] = kept
            return kept[1]
        if not isinstance(arg, Passages):
            return _in_order(arg)
        plain = tuple(map(tuple, arg))  # each Cited as a plain tuple, which pickles without a call into Python
        if len(plain) <= _FEW:
            return plain
        digest = self._passages.get(plain)
        if digest is None:
            digest = self._passages[plain] = digest_of(plain)
        return ("passages", digest)


_FEW = 8  # passages a sentence cites, commonly: keyed as they are (digesting them on their own cost more)


def _unchanging(value: tuple) -> bool:
    """Say whether a tuple holds nothing that could change (no list, dict or set but a frozen one): hashable."""
    try:
        hash(value)
    except TypeError:
        return False
    return True


def _in_order(value):
    """Return value with each set in it (a party's naming words) as its members in order: a set of text pickles in
    an order that changes from process to process, and so did the keys of every check given the briefing's parties,
    none of whose findings a rebuild on the command line found kept."""
    if isinstance(value, (set, frozenset)):
        return ("set", *sorted(map(_in_order, value), key=repr))
    if isinstance(value, tuple) and not isinstance(value, Passages):
        return tuple(map(_in_order, value))
    return value
