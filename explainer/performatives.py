"""A speaker's "I can confirm" read as confirming: said in the first person, a verb of saying after "can" is done in
the saying, no possibility.

'"I can confirm that the tariff stays," Strand said' is Strand confirming it, so "Strand confirmed that the tariff
stays" restates it; possible_done.py read "can confirm" as a possibility and refused it. Before that check reads a
passage, "can" (or "could", "am able to" aside) is blanked where "I" or "we" stands right before it, "now" or "today"
may stand after it, and a verb of saying follows: "confirm", "announce", "tell you", "say", "reveal", "report",
"assure", "disclose", "state". "The lab can confirm the results within a week", "they can announce it later" and "I
may confirm" stay possibilities (tests/test_factcheck_135.py).
"""

from __future__ import annotations

import functools

from . import patterns
from .attribution import Cited

_PERFORMED = patterns.compile(r"(?<!\w)(?:I|[Ww]e)\s+(?P<can>can)\s+(?:now\s+|today\s+|also\s+)?"
                              r"(?:confirm|announce|tell|say|reveal|report|assure|disclose|state)(?!\w)")


def as_performed(passages: list[Cited]) -> list[Cited]:
    """Return the passages with the "can" of each first-person "I can confirm" blanked, as said in the saying."""
    return passages if not any(" can " in passage.text for passage in passages) else type(passages)(
        passage._replace(text=_performed(passage.text)) for passage in passages)


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _performed(text: str) -> str:
    """Return text with the "can" of each first-person verb of saying made spaces: offsets kept."""
    return _PERFORMED.sub(lambda m: m.group()[:m.start("can") - m.start()] + "   " + m.group()[m.end("can") - m.start():],
                          text)
