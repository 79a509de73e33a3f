"""Where a quote stands in its report kept: a quote's `context` may not say it was quoted before (after) a passage of
the report that the report gives after (before) the quote's words.

"Quoted before the report's own view that Pakistan faces "some serious blowback"[^hakim-intro]" built, though the
report gives that view first and the quote after it: each citation names a place in its source, and the places were
never compared. A context's "Quoted (just, right, shortly, ...) before|after" followed, within three words, by words
naming the report's own text ("the report's own view", "the article's", "the passage", "the paragraph", "the
outlet's") orders the quote's words against the passages its sentence cites: it is refused where every one of them in
the quote's source lies on the other side of the quote's words. "Said after the match" orders an event, not the
report's text, and is not read (sequence.py reads events). English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Finding
from .problems import Problem

_PLACED = patterns.compile(r"(?<!\w)Quoted(?:[^\S\n]+(?:just|right|shortly|immediately|directly|soon|in[^\S\n]+the"
                           r"[^\S\n]+report))?[^\S\n]+(?P<way>before|after)[^\S\n]+(?:[\w'’-]+[^\S\n]+){0,2}?"
                           r"(?:report|article|story|piece|outlet|passage|paragraph|sentence|author|writer)(?:'s|’s)?"
                           r"(?!\w)[^.;\[]*(?P<keys>(?:\[\^[^\]\s]+\])+)", re.IGNORECASE)
_KEY = patterns.compile(r"\[\^([^\]\s]+)\]")


def quoted_out_of_place(citer, quote, anchored: dict) -> list[Problem]:
    """Return a problem where a quote's `context` says it was quoted before (after) passages of the report that the
    report gives after (before) the quote's words (`anchored`: each citation's place in its source)."""
    context = quote.context or ""
    if "quoted" not in context.casefold() or quote.id not in anchored:
        return []
    words = anchored[quote.id]
    places = tuple((key, anchored[key].start) for key in _KEY.findall(context)
                   if key in anchored and anchored[key].source_id == words.source_id)
    return [Problem(citer.file.shown, quote.line_at("context", finding.offset), f"`context`: {finding.message}",
                    finding.hint) for finding in citer.check(placed_otherwise, context, words.start, places)]


def placed_otherwise(context: str, start: int, places: tuple[tuple[str, int], ...]) -> list[Finding]:
    """Return a finding where `context` says its quote (whose words start at `start` of its source) was quoted
    before (after) the passages it cites there, each (key, start), while every one of them starts before (after)."""
    starts = dict(places)
    for found in _PLACED.finditer(context):
        before = found["way"].casefold() == "before"
        cited = [starts[key] for key in _KEY.findall(found["keys"]) if key in starts]
        if cited and all((place < start) == before for place in cited):
            told = "after" if before else "before"
            return [Finding(found.start("way"), f"'{' '.join(found.group().split('[^')[0].split())}' where the "
                                                f"report gives the quote's words {told} the passage it cites",
                            f"write '{told}', as the report places them, or cite the passage the quote follows")]
    return []
