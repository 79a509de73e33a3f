"""A count of the things a passage gives, said in words: "the two proposals" of a passage giving two proposals.

"The two proposals are far apart" citing "The union wants a 12% rise; the ministry offers 3%." was refused as
'figure "two" is not in the passages': no passage writes "two", yet it gives two proposals, each in a clause of its
own. attribution.py lets "the two sides" of a briefing of two parties through; here a small count ("the", "all",
"both the", "these" before it, two to twelve, in words or digits) of a noun the passages count themselves is backed
where they give exactly that many:
- proposals, offers, demands, bids, positions, estimates, figures, claims: the clauses (split at ";", ",", "while",
  "whereas", "but", "and") that give a figure with a verb of asking, offering or saying ("wants a 12% rise", "offers
  3%", "police put the crowd at 10,000");
- sides, parties, candidates, contenders, rivals, nominees, bidders, countries, companies, teams: those clauses (each
  has its side), or a list of names ("Ibarra, Garrido and Soto").
"The three proposals" of two, "the four candidates" of three names keep their finding. English text is read
(tests/test_factcheck_99.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited

_COUNTS = {word: count for count, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())} | {str(n): n for n in range(2, 13)}
_BEFORE = patterns.compile(r"(?<!\w)(?:the|all|all\s+the|both\s+the|these|those|its|their)\s+$", re.IGNORECASE)
_PROPOSALS = ("proposals offers counter-offers counteroffers demands bids positions estimates figures claims "
              "numbers sums requests plans")
_SIDES = ("sides parties candidates contenders rivals nominees bidders suitors countries nations companies firms "
          "teams camps finalists leaders")
_NOUN = patterns.compile(r"\s+(?:[a-z][\w-]*\s+)?(?P<noun>" + "|".join((_PROPOSALS + " " + _SIDES).split())
                         + r")(?![\w-])", re.IGNORECASE)
_CLAUSE_END = patterns.compile(r"[;:]|,(?!\d)|\s(?:while|whereas|but|and)\s", re.IGNORECASE)
_FIGURE = patterns.compile(r"\d")
_ASKED = patterns.compile(r"(?<![\w-])(?:wants?|wanted|demand\w*|offer\w*|propos\w*|seek\w*|sought|ask\w*|bid\w*|"
                          r"call\w*\s+for|estimat\w*|says?|said|puts?|claim\w*|count\w*|report\w*|plan\w*|insist\w*|"
                          r"pushe?\w*\s+for|holds?\s+out\s+for|favou?r\w*|back\w*)(?![\w-])", re.IGNORECASE)
_NAME = r"(?!The\s)(?:the\s+)?[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
_NAMES = patterns.compile(rf"(?<![\w'’-]){_NAME}(?:\s*,\s*{_NAME})*,?\s+(?:and|or)\s+{_NAME}(?![\w'’-])")
_JOINS = patterns.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")


def things_counted(sentence: str, start: int, end: int, passages: list[Cited]) -> bool:
    """Say whether the figure at sentence[start:end] counts things its passages give that many of ("the two
    proposals" of two clauses offering a figure each)."""
    count = _COUNTS.get(sentence[start:end].casefold())
    if count is None or count < 2 or not _BEFORE.search(sentence[max(0, start - 12):start]):
        return False
    noun = _NOUN.match(sentence, end)
    if not noun:
        return False
    english = [passage.text for passage in passages if (passage.language or "en").split("-")[0].lower() == "en"]
    asked = sum(_asked_clauses(text) for text in english)
    if asked == count:
        return True
    return noun["noun"].lower() in _SIDES.split() and any(_listed(text) == count for text in english)


def _asked_clauses(text: str) -> int:
    """Return how many clauses of text give a figure with a verb of asking, offering or saying."""
    pieces, start = [], 0
    for end in _CLAUSE_END.finditer(text):
        pieces.append(text[start:end.start()])
        start = end.end()
    pieces.append(text[start:])
    return sum(1 for piece in pieces if _FIGURE.search(piece) and _ASKED.search(piece))


def _listed(text: str) -> int:
    """Return how many names the longest list of names in text gives ("Ibarra, Garrido and Soto": three), or 0."""
    return max((len(_JOINS.split(match.group())) for match in _NAMES.finditer(text)), default=0)
