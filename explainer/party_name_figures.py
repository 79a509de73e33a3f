"""A figure that a party's own name holds ("Keep It at 18", "Group of 20", "Charter 77") is part of the name, not a
figure the sentence states: a claimant "Douglas Ferrant, chair of Keep It at 18" citing his claim was refused, as
"18" stood in no passage it cited (tests/test_newuser148.py). Only the briefing's parties' names, short names and
aliases as written are read, so "Keep It at 19" is still a figure to back."""

from __future__ import annotations

import re

from . import patterns

_DIGIT = patterns.compile(r"\d")


def numbered_names(parties) -> tuple[str, ...]:
    """Return the names, short names and aliases of `parties` that hold a digit, longest first."""
    names = {name for party in parties for name in (party.name, party.short_name or "", *party.aliases)
             if name and _DIGIT.search(name)}
    return tuple(sorted(names, key=len, reverse=True))


def name_spans(text: str, names: tuple[str, ...]) -> list[tuple[int, int]]:
    """Return where `text` writes one of `names` as whole words (any case, any spacing between its words)."""
    spans = []
    for name in names:
        if name.split()[0].casefold() not in text.casefold():  # the cheap test first: most text names none
            continue
        written = r"\s+".join(re.escape(word) for word in name.split())
        spans += [(found.start(), found.end()) for found in re.finditer(rf"(?<!\w){written}(?!\w)", text,
                                                                         re.IGNORECASE)]
    return spans


def outside_names(findings: list, text: str, names: tuple[str, ...]) -> list:
    """Return `findings` but those of a figure standing inside one of the parties' `names` in `text`."""
    if not names or not findings or not any(f.message.startswith('figure "') for f in findings):
        return findings
    spans = name_spans(text, names)
    return [finding for finding in findings if not (finding.message.startswith('figure "') and any(
        start <= finding.offset < end for start, end in spans))]
