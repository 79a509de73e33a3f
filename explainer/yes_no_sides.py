"""A referendum's sides swapped: "The No campaign denies that any of its leaflets was misleading" citing "The Yes
campaign, Sixteen Counts, denied that any leaflet was misleading", or "where the No side won by 1,214 votes" citing
"where the Yes side won by 1,214 votes", built: "Yes" and "No" are too short to name a party (owners.party_words
reads words of four letters or more), so "the Yes side" and "the No side" named no one (tests/test_newuser148.py).

A side is a capitalised "Yes" or "No" before a side's noun ("the Yes side", "the No campaign", "No voters"). What a
side does is read in the words after it, up to the next side or the clause's end, and a figure right before "for
the Yes side". A sentence is refused where what it gives one side (a figure, or the first word of four letters or
more after it, by its first four letters: "denies" of "denied") its cited passages give the other side, and never
this one. A passage is read in the source's sentence holding it, which names the side a short quote leaves out.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped
from .sentences import markers_blanked

_SIDE = patterns.compile(r"(?<![\w'’-])(Yes|No)\s+(?:sides?|campaign(?:er)?s?|camps?|votes?|voters|supporters"
                         r"|lobby)(?![\w-])")
_SIDES = ("Yes ", "No ")  # the cheap test first: most sentences name no side
# a figure given to a side after it: "47.6% for the No side", "58% voted for the No camp"
_FOR_BEFORE = patterns.compile(r"(\d[\d,.]*)\s*(?:%|per\s?cent|percent)?(?:\s+[a-z]+)?\s+(?:for|to)\s+(?:the\s+)?$")
_AFTER = patterns.compile(r"(?:[^.;:!?]|\.(?=\d)){0,80}")  # the words after a side, within its clause
_FIGURE = patterns.compile(r"\d(?:[\d,.]*\d)?")
_WORD = patterns.compile(r"(?<![\w'’])[a-z]{4,}")
# words after a side that tell nothing of what it does
_NOT_A_DEED = frozenset({"that", "which", "said", "says", "side", "campaign", "votes", "vote", "voters", "with",
                         "from", "have", "been", "were", "also", "still", "their", "they", "this", "than"})


def swapped_sides(text: str, passages: list[Cited], offset: int = 0) -> list[Finding]:
    """Return a finding where text gives a referendum's Yes or No side what its passages give only the other."""
    if not any(side in text for side in _SIDES):
        return []
    spoken = markers_blanked(text)
    mine = _given(spoken)
    if not mine:
        return []
    theirs: dict[str, dict[str, str]] = {"Yes": {}, "No": {}}
    for passage in passages:  # and the source's sentence holding it: "has demanded a full recount" is the No side's
        for side, given in _given(passage.holding or passage.text):
            theirs[side] |= given
    for side, given in mine:
        other = "No" if side == "Yes" else "Yes"
        moved = sorted(given.keys() & theirs[other].keys() - theirs[side].keys())
        if moved:
            return [Finding(offset, f"this sentence gives the {side} side what its cited passages give the {other} "
                                    f"side ('{theirs[other][moved[0]]}'): {clipped(text)}",
                            f"give it to the side the source gives it to, or cite a passage that gives it the {side} "
                            "side")]
    return []


def _given(text: str) -> list[tuple[str, dict[str, str]]]:
    """Return each side text names with what it is given, each as written by its key: figures (by their digits)
    and its first deed (by its stem)."""
    sides = list(_SIDE.finditer(text))
    found = []
    for index, side in enumerate(sides):
        stop = sides[index + 1].start() if index + 1 < len(sides) else len(text)
        after = _AFTER.match(text, side.end(), stop).group()
        given = {_bare(figure): figure for figure in _FIGURE.findall(after)}
        deed = next((word for word in _WORD.findall(after) if word not in _NOT_A_DEED), "")
        given |= {deed[:4]: deed} if deed else {}
        before = _FOR_BEFORE.search(text, max(0, side.start() - 40), side.start())
        given |= {_bare(before.group(1)): before.group(1)} if before else {}
        found.append((side.group(1), given))
    return found


def _bare(figure: str) -> str:
    """Return a figure's digits, however a text groups them ("1,214", "1214")."""
    return re.sub(r"\D", "", figure)
