"""A quotation cut past its negation: the source's "não" left outside the quotation marks, and out of the sentence.

'Lula afirmou: «Existem dois Brasis.»' citing 'Lula afirmou: «Não existem dois Brasis.»' quotes every word as written
(the case of a quotation's first letter is forgiven) and says the opposite; so does 'he promised to "raise taxes"' of
'he promised "not to raise taxes"'. The negation check leaves quoted words unread (another's words negate nothing of
ours), so the cut went unseen. A quotation whose first words follow, in a passage it cites (or the source's sentence
holding it), a negation ("not", "no", "never", "cannot"; French "ne", "non", "pas", "jamais"; Spanish "no", "nunca";
Portuguese "não", "nunca", "jamais"; Italian "non", "mai"; German "nicht", "kein", "nie") must keep one, inside the
quotation or in the words just before it (or a word that negates by its meaning: "rejected", "sem", "negou"). A
passage that also gives the words without a negation before them lets it pass, as cut_hedges.py does for a bound.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .clauses import WORD

_NEGATIONS = ("not", "no", "never", "cannot", "can't", "won't", "don't", "doesn't", "didn't", "isn't", "aren't",
              "wasn't", "weren't", "ne", "non", "pas", "jamais", "nunca", "jamás", "não", "nem", "mai", "nicht",
              "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals")
_NEGATION = "(?:" + "|".join(re.escape(word) for word in _NEGATIONS) + ")"
_MAY_NEGATE = patterns.compile(r"(?<!\w)" + _NEGATION + r"(?!\w)", re.IGNORECASE)
# What keeps the negation in the sentence, besides a negation: a word that negates by its meaning ('the minister
# rejected a "safe zone"' citing 'there is no "safe zone"')
_DENIALS = ("without", "denied", "denies", "deny", "rejected", "rejects", "refused", "refuses", "ruled out", "lack",
            "lacks", "lacked", "sans", "nié", "rejeté", "refusé", "sin", "negó", "rechazó", "sem", "negou", "nega",
            "rejeitou", "rejeita", "recusou", "recusa", "ohne", "bestritten", "abgelehnt", "senza")
_DENIAL = "|".join(re.escape(word) for word in _DENIALS).replace(r"\ ", r"\s+")
_KEPT = patterns.compile(r"(?<!\w)(?:" + _NEGATION + "|" + _DENIAL + r")(?!\w)", re.IGNORECASE)
# A negation right before where the quoted words start, past an opening quotation mark the source may give there
_NEGATION_BEFORE = patterns.compile(r"(?<!\w)(" + _NEGATION + r")\s*[\"“”„«»‘’‚‹›']?\s*$", re.IGNORECASE)
_QUOTE_MARK = patterns.compile(r"[\"“”„«»‘’‚‹›]")
_KEPT_BEFORE = 32  # characters before a quotation where the sentence may keep the negation ('did not "raise taxes"')
_READ_BEFORE = 16  # characters before the quoted words in a passage that may hold its negation
_FIRST_WORDS = 4  # words of a quotation found in its passage: enough to single out where it starts
_MOST = 16  # quotations a sentence is read for


def cut_negations(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text quotes words that every cited passage giving them gives right after a negation
    ("não", "not") and the sentence keeps none, inside the quotation or just before it."""
    if not _QUOTE_MARK.search(text) or not any(_negates(p.text) or _negates(p.holding) for p in passages):
        return []  # most sentences quote nothing, and most passages negate nothing: found without reading either
    for start, end in quoted_parts(text)[:_MOST]:
        words = WORD.findall(text, start, end)[:_FIRST_WORDS]
        if not words or _KEPT.search(text, max(0, start - _KEPT_BEFORE), end):
            continue
        first = re.compile(r"(?<!\w)" + r"\W+".join(re.escape(word) for word in words) + r"(?!\w)", re.IGNORECASE)
        given = [negation for negation in (_negation_of(p, first) for p in passages) if negation is not None]
        if given and all(given):
            return [Finding(offset + start, f"this quotation leaves out the '{given[0]}' its cited passages give "
                                            f"before it ('{given[0]} {text[start:end].strip()}'): {clipped(text)}",
                            f"keep the source's '{given[0]}', inside the quotation marks or just before them")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _negates(text: str) -> bool:
    return bool(text) and bool(_MAY_NEGATE.search(text))


def _negation_of(passage: Cited, first: re.Pattern) -> str | None:
    """Return _negation_before of the source's sentence holding the passage, or, where that does not give the quoted
    words, of the passage itself."""
    found = _negation_before(passage.holding, first) if passage.holding else None
    return found if found is not None else _negation_before(passage.text, first)


def _negation_before(text: str, first: re.Pattern) -> str | None:
    """Return "" when text gives the quoted words with no negation right before them somewhere, the negation (as
    written) where it gives them only after one, or None where it does not give them."""
    negation = None
    for found in first.finditer(text):
        before = _NEGATION_BEFORE.search(text, max(0, found.start() - _READ_BEFORE), found.start())
        if before is None:
            return ""
        negation = before.group(1)
    return negation
