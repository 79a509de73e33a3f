"""A figure whose owner a relative clause right after it names: "the 25 years the club had asked for" is the club's.

"the lease would run for 15 years instead of the 25 years the club had asked for" gives 15 to the terms approved and
25 to the club; a comparison's row giving the club 15 and the council 25 stood on both figures of its passage, and
built. A figure is read as owned where a noun follows it and a relative clause ("that" or "which" may be left out)
names a party of the briefing as its subject, then a verb: "the 25 years the club had asked for", "the £3 million that
Northland offered", "the 12% which the union demanded". A table's value for one party is refused where every
occurrence of its figure in the cited passages is owned so by other parties. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .owners import named_in_lowercase
from .party_figures import figures_in, party_of
from .sentences import folded_word

# the figure, its noun, an optional "that"/"which", the subject (the + noun, or capitalised words), a verb in the past
# or perfect: bounded, each part a run of one kind of character, so linear in the passage
_OWNED = patterns.compile(
    r"(?<![\w.,])(?:the|The)\s+(?:[$€£]\s?)?(?P<figure>\d[\d,.]*(?:\s*%|\s+per\s+cent)?)"
    r"(?:\s*(?:bn|m|million|billion))?"
    r"\s+(?P<noun>[a-z][\w-]*)\s+(?:(?:that|which)\s+)?"
    r"(?P<owner>(?:the|its|their)\s+[a-z][\w'’-]*|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
    r"\s+(?:(?:had|has|have|was|were|would\s+have)\s+)?"
    r"(?P<verb>[a-z]{2,}ed|sought|bid|paid|won|got|gave|took|put)(?!\w)")


def owned_by_others(figure: tuple[float, bool], own: frozenset[str], passages: list[str],
                    parties: tuple[tuple[str, frozenset[str]], ...]) -> str:
    """Return the words giving `figure` to another party by a relative clause ("the 25 years the club had asked
    for"), where every occurrence of the figure in the passages is so given to parties other than `own`; or ""."""
    occurring = sum(found == figure for passage in passages for found in figures_in(passage))
    others = []
    for passage in passages:
        for match in _OWNED.finditer(passage):
            if figures_in(match["figure"])[:1] != [figure]:
                continue
            owners = _owners(match["owner"], parties)
            if owners & own:
                return ""
            if not owners:
                continue  # "the 15 years the lease would run": no party's
            others.append(" ".join(match.group().split()))
    return others[0] if others and len(others) >= occurring else ""


def _owners(words: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> frozenset[str]:
    """Return the parties a relative clause's subject names: "the club" (a side's declared noun), "the union",
    "Northland"."""
    first, _, rest = words.partition(" ")
    if first in ("the", "its", "their"):
        phrase = folded_word(f"the {rest}")
        declared = frozenset(party for party, named in parties if phrase in named)
        return declared or named_in_lowercase("the", rest, parties)
    return frozenset().union(*(party_of(re.sub(r"['’]s?$", "", word), parties) for word in words.split()))
