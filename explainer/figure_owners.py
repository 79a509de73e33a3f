"""A figure not given an owner the source does not give it: "the Taliban said 55 Pakistani soldiers were killed and 19
Pakistani posts seized" may not cite "55 Pakistani soldiers were killed and 19 posts seized".

A sentence gives a figure a party where a word naming a party of the briefing stands between the figure and what it
counts ("19 Pakistani posts"). It is refused where a cited passage counts the same thing by the same figure with no
party ("19 posts", "19 border posts"), and no cited passage names that party otherwise than for another figure ("55
Pakistani soldiers"): whose the posts are, the source does not say. English text is read; words in quotation marks
are not.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .party_figures import party_of
from .sentences import inside, markers_blanked

_OWNED = patterns.compile(r"(?<![\w.,])(?P<figure>\d[\d,.]*)\s+(?P<party>[A-Z][\w'’-]+)\s+(?P<noun>[a-z][\w-]{2,})")
_DIGIT = patterns.compile(r"\d")
_NAME = patterns.compile(r"(?<![\w'’])[A-Z][\w'’-]+")
_FIGURE_BEFORE = patterns.compile(r"\d[\d,.]*\s+$")


def unowned_figures(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                    parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding when text gives a figure's count a party its passages give it without one."""
    if not parties or not in_english(language) or not _DIGIT.search(text):
        return []
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for owned in _OWNED.finditer(spoken):
        named = party_of(owned["party"], parties)
        if not named or inside(quoted, owned.start()):
            continue
        plain = rf"(?<![\w.,]){re.escape(owned['figure'])}\s+(?:[a-z][\w-]+\s+)?{re.escape(owned['noun'])}(?!\w)"
        bare = next((match for passage in passages for match in re.finditer(plain, passage.text)), None)
        if bare is None or any(_named_otherwise(passage.text, named, parties) for passage in passages):
            continue
        return [Finding(offset, f"this sentence says '{' '.join(owned.group().split())}' where its cited passages say "
                                f"'{' '.join(bare.group().split())}', not whose: {clipped(text)}",
                        "say whose they are only as the source does, or cite a passage that says it")]
    return []


def _named_otherwise(text: str, named: frozenset[str], parties) -> bool:
    """Say whether a passage names one of the parties other than right after another figure ("55 Pakistani")."""
    return any(party_of(name.group(), parties) & named and not _FIGURE_BEFORE.search(text, 0, name.start())
               for name in _NAME.finditer(text))
