"""A sum of named holders' figures: "Together Marlow and Fennick hold 35 per cent of the market" may cite "Marlow holds
21 per cent of the grocery market and Fennick 14 per cent", and "... hold 38 per cent" may not.

A passage gives a holder a figure where a capitalised name of its sentence stands before the figure, at most five
words between and no other capitalised word ("Marlow holds 21 per cent", "and Fennick 14 per cent"; a possessive's
"'s" dropped). A sentence saying a sum ("together", "combined", "between them", "jointly", "in all", "in total";
French "ensemble", "à eux deux", Spanish "juntos", "en conjunto", German "zusammen", "gemeinsam") of two or more
names the passages give figures to states their sum: a figure that is it (a percentage of percentages, a plain one of
plain ones) is the passages' own arithmetic, even where the passages give that figure only as what would have been
(counterfactual_figures.py reads no "would have" into it), and one that is not, nor a figure of one of them, nor
one a passage writes (whose it is, other checks read), is refused ("38 per cent" being Marlow's 21 and another's 17:
computed.py reads any two figures' sum). Words in quotation marks are not read (tests/test_factcheck_144.py).
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal, InvalidOperation

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .locale import base_language
from .sentences import markers_blanked, split_sentences

_SUM = {
    "en": r"together|combined|between\s+them|jointly|in\s+all|in\s+total|altogether",
    "fr": r"ensemble|à\s+eux\s+deux|à\s+elles\s+deux|cumulée?s?|au\s+total",
    "es": r"juntos|juntas|en\s+conjunto|conjuntamente|sumad[oa]s|en\s+total",
    "de": r"zusammen|gemeinsam|insgesamt",
}
_SUM_SAID = {language: patterns.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE) for language, words in _SUM.items()}
_PERCENT = r"\s?(?:%|per\s*cent|percent|pour\s*cent|por\s*ciento|Prozent)"
# a figure with its percentage sign or words, if any: thousands by commas, a decimal point or comma
_FIGURE = patterns.compile(rf"(?<![\w.,])(?P<value>\d{{1,3}}(?:,\d{{3}})+|\d+(?:[.,]\d+)?)(?![\w]|[.,]\d)"
                           rf"(?P<percent>{_PERCENT}(?!\w))?", re.IGNORECASE)
# a name, then at most five words that are no name, then its figure
_HOLDS = patterns.compile(r"(?<![\w'’-])(?P<name>[A-Z][\w-]*)(?:['’]s?)?(?P<between>(?:[\s,]+(?![A-Z])[\w'’-]+){0,5}?)"
                          r"[\s,]+(?=\d)")


def holders_sum(own: str, passages: list[Cited], language: str = "") -> tuple[Decimal, bool] | None:
    """Return the sum (its value, and whether a percentage) of the figures the passages give the names a sentence (its
    words out of quotation marks, `own`) says a sum of, or None: read once a sentence, not once a figure."""
    total = _named_total(own, passages, base_language(language or "en"))
    return total[0] if total else None


def is_sum(own: str, at: int, total: tuple[Decimal, bool] | None) -> bool:
    """Say whether the figure at `at` of `own` (with its unit) is `total`, holders_sum's."""
    figure = _FIGURE.match(own, at) if total else None
    return figure is not None and _key(figure.group()) == total


def misstated_sum(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives as the sum of names a figure that is not the sum of theirs its passages
    give."""
    read = base_language(language or "en")
    if read not in _SUM_SAID or not any(character.isdigit() for character in text):
        return []
    own = unquoted(markers_blanked(text))
    total = _named_total(own, passages, read)
    if total is None:
        return []
    (value, percent), names, figures = total
    for match in _FIGURE.finditer(own):
        key = _key(match.group())
        if key is None or key[1] != percent or key == (value, percent) or key[0] in figures:
            continue
        if any(_written(passage.text, key, read) for passage in passages):
            continue  # a figure of the passages as written is the figure check's, and whose it is other checks'

        return [Finding(offset, f"this sentence gives {match.group()} as what {' and '.join(names)} hold together, "
                                f"where its cited passages give them {' and '.join(str(one) for one in figures)}, "
                                f"which make {value}: {clipped(text)}",
                        "give the sum of the figures the source gives them, or cite the passage that gives this one")]
    return []


def _named_total(own: str, passages: list[Cited], read: str) -> tuple | None:
    """Return the sum the passages' figures of the sentence's names make, the names, and their figures, where the
    sentence says a sum of two or more of them; None otherwise."""
    if read not in _SUM_SAID or not _SUM_SAID[read].search(own):
        return None
    given: dict[str, tuple[Decimal, bool]] = {}
    for passage in passages:
        for name, figure in _holders(passage.text, read):
            given.setdefault(name, figure)
    names = [name for name in dict.fromkeys(re.findall(r"(?<![\w'’-])[A-Z][\w-]*", own)) if name in given]
    units = {given[name][1] for name in names}
    if len(names) < 2 or len(units) != 1:
        return None
    figures = [given[name][0] for name in names]
    return (sum(figures), units.pop()), names, figures


@functools.lru_cache(maxsize=1 << 10)  # read once per passage, whatever the sentence
def _holders(text: str, read: str) -> tuple[tuple[str, tuple[Decimal, bool]], ...]:
    """Return each name of text given a figure right after it, with that figure (its value, and whether a
    percentage), the first such of each name."""
    found = []
    for sentence in split_sentences(text, read):
        for holds in _HOLDS.finditer(sentence.text):
            figure = _FIGURE.match(sentence.text, holds.end())
            if figure and (key := _key(figure.group(), read)) is not None:
                found.append((holds.group("name"), key))
    return tuple(found)


@functools.lru_cache(maxsize=1 << 10)
def _written_figures(text: str, read: str) -> frozenset:
    """Return the figures a passage writes, as _key reads them."""
    return frozenset(key for figure in _FIGURE.finditer(text) if (key := _key(figure.group(), read)) is not None)


def _written(text: str, key: tuple[Decimal, bool], read: str) -> bool:
    """Say whether the passage writes the figure, with its unit."""
    return key in _written_figures(text, read)


def _key(figure: str, read: str = "en") -> tuple[Decimal, bool] | None:
    """Return a figure's value and whether it is a percentage, or None where it reads as no figure or a year."""
    match = _FIGURE.match(figure.strip())
    if not match:
        return None
    value = match.group("value")
    value = value.replace(",", "") if re.fullmatch(r"\d{1,3}(?:,\d{3})+", value) else value.replace(",", ".")
    try:
        number = Decimal(value)
    except InvalidOperation:
        return None
    if number == int(number) and 1800 <= number <= 2099 and not match.group("percent"):
        return None
    return number, bool(match.group("percent"))
