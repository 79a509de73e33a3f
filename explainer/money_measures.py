"""Amounts kept to what they measure: "Harbor Foods reported revenue of $40 million" may not cite "a profit of $40
million", nor "its profit rose to $2.1 billion" a passage's "revenue rose to $2.1 billion".

An amount is a figure with a currency ("$40 million", "£1.2bn", "€900m", "40 million euros"). It measures the word of
a company's accounts right after it ("$40 million in revenue", "a $12 million loss", two words at most between) or,
failing that, the last one before it in its clause ("revenue rose to $2.1 billion", "net income was $12 million").
Measures are of a kind: revenue ("sales", "turnover"); profit ("earnings", "net income", "operating income",
"surplus"); a loss ("deficit"); assets; debt ("liabilities", "borrowings"). A sentence is refused where it gives an
amount a kind and every cited passage giving that amount gives it another kind, and none gives it unnamed. English
text is read; words in quotation marks are not.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .counted import relabelled
from .sentences import markers_blanked
from .wordset import may_hold

_KINDS = {"revenue": r"revenues?|sales|turnover", "profit": r"profits?|earnings|(?:net|operating)\s+income|surplus",
          "loss": r"loss(?:es)?|deficits?", "assets": r"assets", "debt": r"debts?|liabilities|borrowings"}
_MEASURE = "|".join(rf"(?P<{kind}>{words})" for kind, words in _KINDS.items())
_SCALE = r"(?:\s*(?:million|billion|trillion|bn|m|k)(?![\w]))?"
AMOUNT = patterns.compile(rf"(?:[$£€¥]|US\$|C\$|A\$)\s?(?P<figure>\d[\d,]*(?:\.\d+)?)(?P<scale>{_SCALE})"
                          rf"|(?<![\w.,])(?P<figure2>\d[\d,]*(?:\.\d+)?)(?P<scale2>{_SCALE})\s+(?:dollars|euros|pounds"
                          r"|yen|francs|rupees|yuan)(?!\w)", re.IGNORECASE)
# a figure with a scale and no currency, read by swapped_measures only: "turnover rose to 4.1 billion"
_BARE = patterns.compile(rf"{AMOUNT.pattern}|(?<![\w.,$£€¥])(?P<figure3>\d[\d,]*(?:\.\d+)?)\s*"
                         r"(?P<scale3>million|billion|trillion|bn)(?![\w])", re.IGNORECASE)
_SCALE_WORDS = frozenset({"million", "billion", "trillion", "bn"})
# a measure right after the amount: "$40 million in revenue", "a $12 million net loss", "$3bn of debt"
# (or lost: "120 million euros in lost sales" is revenue forgone, "in lost profits" profit)
_AFTER = patterns.compile(rf"\s+(?:(?:in|of|a|an|the|net|operating|pre-tax|annual|quarterly|total|lost|forgone)\s+){{0,2}}"
                          rf"(?:{_MEASURE})(?![\w-])", re.IGNORECASE)
_BEFORE = patterns.compile(rf"(?<![\w-])(?:{_MEASURE})(?![\w-])", re.IGNORECASE)
# where a clause starts, reading back from an amount: its measure is not in the clause before
_CLAUSE_START = patterns.compile(r"[;:.!?()]|,\s|(?<!\w)(?:and|but|while|whereas|compared\s+with|against|versus)(?!\w)",
                                 re.IGNORECASE)
_SCALES = {"m": "million", "bn": "billion", "k": "thousand"}
# What every amount holds: a currency's sign, or its name as a word (a lookup of the text's words, where a pattern's
# search of every sentence cost 10 µs)
_SIGNS = "$£€¥"
_CURRENCIES = frozenset({"dollars", "euros", "pounds", "yen", "francs", "rupees", "yuan"})


def swapped_measures(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives an amount as one measure of a company's accounts (revenue, profit, a loss,
    assets, debt) where every cited passage giving the amount gives it as another."""
    if not passages or not (_signed(text) or may_hold(text, _CURRENCIES | _SCALE_WORDS)) or not in_english(language):
        return []  # most sentences give no amount of money: found by a plain search
    own = _measured(markers_blanked(text), True)
    if not any(kind for kind, _, _ in own.values()):
        return []
    theirs = [_measured(passage.text, True) for passage in passages if in_english(passage.language or language)]
    found = relabelled(own, theirs, quoted_parts(text))
    if found is None:
        return []
    amount, shown, their, at = found
    return [Finding(offset + at, f"this sentence gives {_shown_amount(amount)} as '{shown}' where its cited "
                                 f"passages give it as '{their}': {clipped(text)}",
                    "give each amount the measure the source gives it, or cite the passage that says this")]


def amount_key(match: re.Match) -> tuple[str, str]:
    """Return an amount AMOUNT found, as compared: its figure without separators, and its scale spelt out ("41.2",
    "million")."""
    groups = match.groupdict()
    figure = (match["figure"] or match["figure2"] or groups.get("figure3")).replace(",", "")
    scale = (match["scale"] or match["scale2"] or groups.get("scale3") or "").strip().casefold()
    return figure, _SCALES.get(scale, scale)


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _measured(text: str, bare: bool = False) -> dict[tuple[str, str], tuple[str, str, int]]:
    """Return each amount of text, as (figure, scale), with the kind of measure it gives ("" for none, or for two
    kinds), that measure as written and where the amount stands; with `bare`, figures with a scale and no currency
    ("4.1 billion") too."""
    found: dict[tuple[str, str], tuple[str, str, int]] = {}
    for match in (_BARE if bare else AMOUNT).finditer(text):
        amount = amount_key(match)
        measure = _AFTER.match(text, match.end()) or _last_before(text, match.start())
        kind, shown = (measure.lastgroup, " ".join(measure[measure.lastgroup].split())) if measure else ("", "")
        if amount in found and found[amount][0] != kind:
            kind = ""  # given twice, otherwise: not read
        found[amount] = (kind, shown, match.start())
    return found


def _signed(text: str) -> bool:
    """Say whether text holds a currency's sign."""
    return "$" in text or "£" in text or "€" in text or "¥" in text


def _last_before(text: str, at: int) -> re.Match | None:
    """Return the last measure named in the clause before `at`, or None."""
    starts = [start.end() for start in _CLAUSE_START.finditer(text, max(0, at - 80), at)]
    return next(reversed(list(_BEFORE.finditer(text, starts[-1] if starts else max(0, at - 80), at))), None)


def _shown_amount(amount: tuple[str, str]) -> str:
    """Return an amount as the message names it: "40 million"."""
    figure, scale = amount
    return f"{figure} {scale}" if scale else figure
