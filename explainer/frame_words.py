"""The page's own words: a project locale's labels, shown around every briefing of its language, state nothing.

A label ("What we know", "Last updated") frames what the briefing says; it cites nothing, and it stands on the
home page and the source pages too, where no passage is cited at all. A figure, date, quotation, superlative or
time word written into one ("What we know: 9,000 civilians killed") would reach every reader unchecked, so it is
refused where it is written. What English's own label of the key states is the page's frame in any language (the
chart's caption says its scale starts at "zero"), and so is a quotation of the locale's own words (the caption
quotes "not given", as the chart writes it). Its months must be read as the months they stand for: the pages
write every date in them.
"""

from __future__ import annotations

import functools
from decimal import Decimal
from typing import Mapping

from . import patterns
from .attribution import Finding, _stated, unbacked_superlatives
from .cite import _timed_or_counted
from .locale import Labels, built_in_english
from .numbers import mentions_in, quantities_in, reading_key
from .problems import Problem

_PLACEHOLDER = patterns.compile(r"\{\w+\}")  # a slot the page fills: "{measure}", "{number}"


def stated_in_labels(locales: Mapping[str, Labels]) -> list[Problem]:
    """Return a problem for each label of a project's locale file that states what no source backs."""
    return [problem for language, labels in sorted(locales.items()) if labels.written is not None
            for problem in _stated_in_locale(_Locale(language, labels))]


class _Locale:
    """A project locale's labels, equal to another's with the same words, file, lines and reading of text: its labels
    are read once per process (6 ms of CPU a build, each time again after the locales read had changed)."""

    def __init__(self, language: str, labels: Labels):
        self.language, self.labels = language, labels
        shown, lines = labels.written
        self.key = (language, labels.language, shown, tuple(sorted(lines.items())), repr(sorted(labels.items())),
                    reading_key())

    def __eq__(self, other) -> bool:
        return isinstance(other, _Locale) and self.key == other.key

    def __hash__(self) -> int:
        return hash(self.key)


@functools.lru_cache(maxsize=64)
def _stated_in_locale(locale: _Locale) -> tuple[Problem, ...]:
    """Return the problems of one project locale's labels (see `stated_in_labels`)."""
    english, labels, language = built_in_english(), locale.labels, locale.language
    shown, lines = labels.written
    problems = misread_labels(labels, shown, lines)
    own_words = {" ".join(str(value).split()) for value in labels.values() if isinstance(value, str)}
    for key, line in sorted(lines.items(), key=lambda item: item[1]):
        value = labels.get(key)
        if isinstance(value, str) and key not in ("first_day", "digits", "grouping"):  # a date's day ("1er"), read below
            problems += [Problem(shown, line, f"label '{key}' {what}", _HINT)
                         for what in _statements(value, str(english.get(key, "")), own_words, language)]
    return tuple(problems)


def misread_labels(labels: Labels, shown: str, lines: Mapping[str, int]) -> list[Problem]:
    """Return a problem where labels (a project locale's, or with a briefing's own `labels` over them) write a date
    or a figure as the checks read another: its months shifted, a letter for its thousands mark."""
    return _dates_misread(labels, shown, lines) + _numbers_misread(labels, shown, lines)


def _dates_misread(labels: Labels, shown: str, lines: Mapping[str, int]) -> list[Problem]:
    """Return a problem for the first month whose dates the locale writes ("15 June 2026" for 2026-05-15, its
    `months` shifted) as the checks read another month: a timeline's date is checked against its `when` as a date,
    and then shown in the locale's words."""
    for month in range(1, 13):
        for day in (15, 1):  # the 1st as `first_day` writes it ("1er mars 2026")
            iso = f"2026-{month:02d}-{day:02d}"
            # remembered (mentions_in): each load reads the same 24 dates of each locale, 4 ms a load uncached
            read = {quantity.value for mention in mentions_in(labels.date(iso), labels.language)
                    for quantity in mention.quantities if quantity.unit == "month"}
            if read and read != {month}:
                return [Problem(shown, lines.get("months", lines.get("date", 1)),
                                f"labels 'months' and 'date': the pages would write {iso} as \"{labels.date(iso)}\", "
                                "which the checks read as another month", "write the twelve month names in order, "
                                                                          "January first")]
    return []


def _numbers_misread(labels: Labels, shown: str, lines: Mapping[str, int]) -> list[Problem]:
    """Return a problem where the locale writes a figure ("1O234O567", its `thousands` a letter O) as the checks read
    another: a table's figure is checked as a number, and then shown in the locale's separators."""
    for value in (1234567, 1234.5):
        written = labels.number(value)
        if not any(quantity.value == Decimal(str(value)) for quantity in quantities_in(written, labels.language)):
            return [Problem(shown, lines.get("thousands" if value == 1234567 else "decimal", 1),
                            f"labels 'thousands' and 'decimal': the pages would write {value} as \"{written}\", which "
                            "the checks read as another figure",
                            "separate thousands with \",\", \".\", a space or nothing, and write the decimal mark as "
                            "\".\" or \",\"")]
    return []


_HINT = ("a label is the page's own word around every briefing, where nothing cites a source: write what it states "
         "in a briefing, where a citation backs it")


def _statements(label: str, english: str, own_words: set[str], language: str) -> list[str]:
    """Return what a label states beyond what English's label of its key states (its quotations, translated, by
    their number) and quotations of the locale's own words."""
    framed = _stated(_PLACEHOLDER.sub(" ", english), "en")
    framed_quotes = sum(kind == "quote" for kind, _, _ in framed)
    text = _PLACEHOLDER.sub(" ", label)
    stated = []
    for (kind, value, number), what in _stated(text, language).items():  # in the order the label writes them
        if kind == "quote":
            framed_quotes -= 1
            if (framed_quotes >= 0 or value in own_words) and not _statements(value, "", own_words, language):
                continue  # the chart's "not given", translated; but never "9,000 killed" between its marks
        elif (kind, value, number) in framed:
            continue
        stated.append(f"states {what}")
    unbacked: list[Finding] = unbacked_superlatives(text, [], 0, language) + _timed_or_counted(text, [], 0, language)
    return stated + [finding.message for finding in unbacked]
