"""A month named alone, without its day, in a language a project's locale brings: "Tra marzo e ottobre si sono tenute
sei assemblee" citing "... tra marzo e settembre" built (tests/test_newuser147.py), as attribution.unbacked_months
reads months alone in English, French and Spanish only; "im Mai" citing "im April" built in German alike.

A word of the locale's `months` (any declined form it lists: Polish "w marcu") right after a short lowercase word
("a", "tra", "e", "entro", "im", "в") is a month the sentence dates by, and must be one a cited passage names (by
name, in any form, or in a numeric date). A month before a digit ("novembre 2026") is a date's, checked as a date; one
in quotation marks is another's words; one after a capitalised word or none ("August Meyer") is not read as a month.
"""

from __future__ import annotations

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .numbers import locale_month_names, months_named, quantities_in

_BUILT_IN = frozenset({"en", "fr", "es"})  # attribution.unbacked_months reads theirs
_LEAD = 6  # the letters of a preposition or conjunction before a month: "entro", "durante" is not needed
_WORD = patterns.compile(r"[^\W\d_]+")
_DATE_AFTER = patterns.compile(r"\s*\d")
_PUNCTUATION = ".,;:!?()[]\"'«»“”’"


def _months_of(passages: list[Cited]) -> set[int]:
    """Return the months the passages name, by name or in a numeric date ("2026-03-02")."""
    named: set[int] = set()
    for passage in passages:
        named |= months_named(passage.text, passage.language)
        named |= {int(q.value) for q in quantities_in(passage.text, passage.language) if q.unit == "month"}
    return named


def unbacked_locale_months(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding for a month a sentence in a project locale's language names alone that no cited passage
    names ("a ottobre" citing "a settembre")."""
    if language.split("-")[0].lower() in _BUILT_IN or not passages:
        return []
    names = locale_month_names(language)
    if not names or not any(word.strip(_PUNCTUATION) in names for word in text.split()):
        return []  # no month as a plain word: most sentences, read no further
    spoken = unquoted(text)
    words = list(_WORD.finditer(spoken))
    alone = [(word.group(), word.start()) for before, word in zip(words, words[1:])
             if word.group() in names and before.group().islower() and len(before.group()) <= _LEAD
             and not spoken[before.end():word.start()].strip() and not _DATE_AFTER.match(spoken, word.end())]
    if not alone:
        return []
    named = _months_of(passages)
    for month, at in alone:
        if names[month] not in named:
            return [Finding(offset + at, f'month "{month}" is not in the passages it cites: {clipped(text)}',
                            "use the source's own words for when, or cite the passage that says it")]
    return []
