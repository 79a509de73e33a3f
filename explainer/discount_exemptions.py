"""A discount told as an exemption: "Residents will be exempt" may not cite "Residents will receive a 90% discount".

A sentence's "exempt" (exempted, exemption) said of someone a cited passage gives a discount of less than 100% pays
the rest: "Residents living inside the zone will be exempt" citing "Residents living inside the zone will receive a
90% discount, and blue badge holders and buses will be exempt" built, as the passage's own "exempt" was found in it.
Refused where a clause of the passages giving a discount names a word of whom the sentence exempts (its words of four
letters or more before "exempt", or between "exempt" and "from") and no clause of the passages that exempts anyone
names any of those words. English text is read; words in quotation marks are not (tests/test_factcheck_175.py).
"Buses and residents will be exempt" of "Buses will be exempt and residents will get a 90% discount" built, the buses
named by an exempting clause: now each of the groups the sentence joins by "and", "or", "as well as" or a comma is
read alone, and one of them named only where a discount is refused (tests/test_factcheck_180.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked

_EXEMPT = patterns.compile(r"(?<!\w)exempt(?:s|ed|ing|ions?)?(?!\w)", re.IGNORECASE)
_DISCOUNT = patterns.compile(r"(?<!\w)(?:(?P<share>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)\s+)?discount(?:s|ed)?"
                             r"(?:\s+of\s+(?P<after>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent))?(?!\w)", re.IGNORECASE)
_CLAUSE_END = patterns.compile(r"[;:.!?()]|,\s*(?:and|but|while|whereas)?\s*|\s(?:but|while|whereas)\s",
                               re.IGNORECASE)
_JOINED = patterns.compile(r",|\s(?:and|or|as\s+well\s+as|&)\s", re.IGNORECASE)  # "buses and residents"
_AND = patterns.compile(r"\s(?:and|while|whereas)\s", re.IGNORECASE)
_FROM = patterns.compile(r"(?<!\w)(?:from|of|on|for)(?!\w)", re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_]{4,}")
_NO_PARTY = frozenset({"will", "would", "could", "should", "shall", "must", "been", "being", "also", "remain",
                       "remains", "fully", "entirely", "completely", "from", "with", "that", "this", "their", "they",
                       "them", "those", "these", "under", "proposal", "plan", "scheme", "charge", "said", "says",
                       "have", "were", "said", "still", "only"})


def discount_as_exemption(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text exempts whom its passages give only a discount."""
    if not in_english(language) or not passages or "exempt" not in text.lower():
        return []
    if not any("discount" in passage.text.lower() for passage in passages):
        return []  # most passages give no discount: found by a search of their text
    spoken = unquoted(markers_blanked(text))
    clauses = [part for passage in passages for clause in _CLAUSE_END.split(passage.text) if clause
               for part in _exempt_and_discounted(clause)]
    discounts = [(clause, match) for clause in clauses for match in [_DISCOUNT.search(clause)]
                 if match and not _whole(match)]
    exempting = frozenset().union(*(_words(clause) for clause in clauses if _EXEMPT.search(clause)))
    for clause in (part for clause in _CLAUSE_END.split(spoken) if clause for part in _exempt_and_discounted(clause)):
        said = _EXEMPT.search(clause or "")
        if said is None:
            continue
        after = clause[said.end():]
        groups = (_JOINED.split(clause[:said.start()])
                  + _JOINED.split(after[:m.start()] if (m := _FROM.search(after)) else after))
        for discounted, match in discounts:
            if any(named & _words(discounted) and not named & exempting for named in map(_words, groups)):
                return [Finding(offset, f"this sentence says '{said.group()}' where its cited passages give "
                                        f"'{' '.join(match.group().split())}' ('{' '.join(discounted.split())}'): "
                                        f"{clipped(text)}",
                                "say the discount the source gives, or cite a passage that gives the exemption")]
    return []


def _exempt_and_discounted(clause: str) -> list[str]:
    """Return a clause as two where it exempts one group and discounts another, joined by "and" between them ("Buses
    will be exempt and residents will get a 90% discount"); else the clause."""
    exempt, discount = _EXEMPT.search(clause), _DISCOUNT.search(clause)
    if exempt is None or discount is None:
        return [clause]
    joined = _AND.search(clause, min(exempt.end(), discount.end()), max(exempt.start(), discount.start()))
    return [clause[:joined.start()], clause[joined.end():]] if joined else [clause]


def _whole(discount: re.Match) -> bool:
    """Say whether a discount is of the whole (100%): an exemption in other words."""
    share = discount["share"] or discount["after"]
    return share is not None and float(share) >= 100


def _words(text: str) -> frozenset[str]:
    """Return text's words of four letters or more that may name whom it speaks of, by their first five letters."""
    return frozenset(word.lower()[:5] for word in _WORD.findall(text) if word.lower() not in _NO_PARTY
                     and not _EXEMPT.fullmatch(word) and not word.lower().startswith("discount"))
