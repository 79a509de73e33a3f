"""A counterfactual figure kept as one: "The merged company holds 35 per cent of the grocery market" may not cite "so
that the merged company would have held 35 per cent".

A figure every cited passage gives only after "would have", "could have" or "might have" in its clause (French
"aurait", "auraient", Spanish "habría", "habrían", "hubiera", German "hätte", "hätten", "wäre", "wären") is what would
have been, not what is: a sentence giving it with no such word, and no "would", "could", "might", "if" or "unless" of
its own, nor "without" (French "si", "serait", "sans", Spanish "si", "sería", "sin", German "wenn", "würde", "ohne"),
tells it as fact, and is refused
(tests/test_factcheck_139.py); a sum the sentence says of holders the passages give the figures of is one they hold
(named_sums.py). A year is no such figure; words in quotation marks are not read.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .locale import base_language
from .named_sums import holders_sum, is_sum
from .sentences import markers_blanked

_FIGURE = patterns.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w]|[.,]\d)")
_COUNTERFACTUAL = {
    "en": r"(?:would|could|might)(?:\s+not)?\s+have|would['’]ve|could['’]ve",
    "fr": r"aurai(?:t|ent)|serai(?:t|ent)",
    "es": r"habría|habrían|hubiera|hubieran|hubiese|hubiesen",
    "de": r"hätte|hätten|wäre|wären",
}
_HYPOTHETICAL = {
    "en": r"would|could|might|if|unless|hypothetical\w*|['’]d|without|but\s+for|absent",
    "fr": r"si|s['’]il|s['’]ils|aurai(?:t|ent)|serai(?:t|ent)|pourrai(?:t|ent)|sans",
    "es": r"si|habría|habrían|sería|serían|podría|podrían|hubiera|hubieran|sin",
    "de": r"wenn|falls|würde|würden|hätte|hätten|wäre|wären|könnte|könnten|ohne",
}
_BEFORE = {language: patterns.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)
           for language, words in _COUNTERFACTUAL.items()}
_OWN = {language: patterns.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)
        for language, words in _HYPOTHETICAL.items()}
_CLAUSE_END = patterns.compile(r"[,;:.!?]\s")
_REACH = 80  # characters of a clause read before a figure


def counterfactual_as_fact(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives as fact a figure its cited passages give only as what would have been."""
    read = base_language(language or "en")
    if read not in _BEFORE or not passages:
        return []
    own = unquoted(markers_blanked(text))
    if _OWN[read].search(own):
        return []
    summed = holders_sum(own, passages, read)
    for match in _FIGURE.finditer(own):
        figure = _plain(match.group())
        if _is_year(figure):
            continue
        if is_sum(own, match.start(), summed):
            continue  # "Together Marlow and Fennick hold 35 per cent" of their 21 and 14: a sum, held (named_sums.py)
        places = [counterfactual for passage in passages
                  for counterfactual in _occurrences(passage.text, read).get(figure, ())]
        if places and all(places):
            return [Finding(offset, f"this sentence gives {match.group()} as fact where its cited passages give it "
                                    f"only as what would have been: {clipped(text)}",
                            "keep the source's 'would have', or cite the passage that gives the figure as fact")]
    return []


@functools.lru_cache(maxsize=1 << 10)  # read once per passage, whatever the sentence's figures
def _occurrences(text: str, language: str) -> dict[str, tuple[bool, ...]]:
    """Return, for each figure of text, whether each place giving it says "would have" before it in its clause."""
    found: dict[str, list[bool]] = {}
    for match in _FIGURE.finditer(text):
        before = text[max(0, match.start() - _REACH):match.start()]
        ends = list(_CLAUSE_END.finditer(before))
        clause = before[ends[-1].end():] if ends else before
        found.setdefault(_plain(match.group()), []).append(bool(_BEFORE[language].search(clause)))
    return {figure: tuple(places) for figure, places in found.items()}


def _plain(figure: str) -> str:
    """Return a figure as compared: its thousands commas dropped."""
    return figure.replace(",", "") if re.fullmatch(r"\d{1,3}(?:,\d{3})+", figure) else figure


def _is_year(figure: str) -> bool:
    """Say whether figure reads as a year."""
    return len(figure) == 4 and figure.isdigit() and 1800 <= int(figure) <= 2099
