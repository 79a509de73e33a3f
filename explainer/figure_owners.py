"""A figure not given an owner the source does not give it: "the Taliban said 55 Pakistani soldiers were killed and 19
Pakistani posts seized" may not cite "55 Pakistani soldiers were killed and 19 posts seized".

A sentence gives a figure a party where a word naming a party of the briefing stands between the figure and what it
counts ("19 Pakistani posts"). It is refused where a cited passage counts the same thing by the same figure with no
party ("19 posts", "19 border posts"), and no cited passage names that party otherwise than for another figure ("55
Pakistani soldiers"): whose the posts are, the source does not say. A figure may be written in words ("nineteen
Pakistani posts"), read as explainer/numbers.py reads them. English text is read; words in quotation marks are not.
"""

from __future__ import annotations

import functools

from . import numbers, patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .party_figures import party_of
from .sentences import inside, markers_blanked

_FIGURE = r"(?<![\w.,])\d[\d,.]*|" + numbers.COUNT_IN_WORDS
_OWNED = patterns.compile(rf"(?P<figure>{_FIGURE})\s+(?P<party>[A-Z][\w'’-]+)\s+(?P<noun>[a-z][\w-]{{2,}})")
_NAME = patterns.compile(r"(?<![\w'’])[A-Z][\w'’-]+")
_FIGURE_BEFORE = patterns.compile(rf"(?:\d[\d,.]*|{numbers.COUNT_IN_WORDS})\s+$")
# A figure and what it counts, with no party between ("19 posts", "19 border posts"): the noun may be either word
_BARE = patterns.compile(rf"(?P<figure>{_FIGURE})\s+(?P<first>[a-z][\w-]+)(?!\w)(?:\s+(?P<second>[a-z][\w-]+)(?!\w))?")


def unowned_figures(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                    parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding when text gives a figure's count a party its passages give it without one."""
    if not parties or not in_english(language) or not numbers.may_count(text):
        return []
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for owned in _OWNED.finditer(spoken):
        named = party_of(owned["party"], parties)
        figure = numbers.count_written(owned["figure"])
        if not named or not figure or inside(quoted, owned.start()):
            continue
        bare = next((shown for passage in passages
                     for shown in _bare(passage.text).get((figure, owned["noun"]), ())), None)
        if bare is None or any(_named_otherwise(passage.text, parties) & named for passage in passages):
            continue
        return [Finding(offset, f"this sentence says '{' '.join(owned.group().split())}' where its cited passages say "
                                f"'{bare}', not whose: {clipped(text)}",
                        "say whose they are only as the source does, or cite a passage that says it")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it, for every figure
def _bare(text: str) -> dict[tuple[str, str], tuple[str, ...]]:
    """Return what a passage counts with no party, by figure and noun: ("19", "posts"): ("19 posts",)."""
    found: dict[tuple[str, str], tuple[str, ...]] = {}
    for match in _BARE.finditer(text):
        for noun, end in ((match["first"], match.end("first")), (match["second"], match.end())):
            if noun:
                key = (numbers.count_written(match["figure"]), noun)
                found[key] = (*found.get(key, ()), " ".join(text[match.start():end].split()))
    return found


@functools.lru_cache(maxsize=1 << 12)
def _named_otherwise(text: str, parties) -> frozenset[str]:
    """Return the parties a passage names other than right after another figure ("55 Pakistani" names none)."""
    return frozenset().union(*(party_of(name.group(), parties) for name in _NAME.finditer(text)
                               if not _FIGURE_BEFORE.search(text, max(0, name.start() - 32), name.start())))
