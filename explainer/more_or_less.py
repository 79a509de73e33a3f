"""A figure's "more" kept: "plans to borrow £12.4bn less than it forecast" may not cite "plans to borrow £12.4bn more
than it forecast" (or "an additional £12.4 billion"), nor "5,000 fewer jobs" cite "5,000 more jobs".

A difference told the other way round keeps every figure of the source, so no figure check saw it. A figure is given
as more where "more", "higher", "greater", "extra" or "additional" stands right after it (up to two words of what it
counts between: "£12.4bn more", "5,000 more jobs", "40 jobs more") or "additional", "extra" or "further" right before
it ("an additional £12.4 billion"); as less where "less", "lower", "fewer" or "smaller" stands right after it. A
sentence giving a figure one way is refused where every cited passage giving that figure gives it the other way, and
none gives it this way. English text is read; words in quotation marks are not.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .numbers import Mention, find_mentions, mentions_in
from .sentences import inside, markers_blanked

_MORE, _LESS = ("more", "higher", "greater", "extra", "additional"), ("less", "lower", "fewer", "smaller")
_AFTER = patterns.compile(r"(?:\s+[^\W\d_]+){1,2}?\s+(?P<way>" + "|".join((*_MORE, *_LESS)) + r")\s+than(?!\w)",
                          re.IGNORECASE)  # "40 jobs more than": what it counts between, "than" after
_RIGHT_AFTER = patterns.compile(r"\s+(?P<way>" + "|".join((*_MORE, *_LESS)) + r")(?!\w)", re.IGNORECASE)
_BEFORE = patterns.compile(r"(?<!\w)(?P<way>additional|extra|further)\s+$", re.IGNORECASE)
_GATE = (" more", " less", " fewer", " additional", " extra", " further", " higher", " lower", " greater", " smaller")


def turned_differences(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding for a figure a sentence gives as more (or less) where its passages give it only as less
    (or more)."""
    lowered = text.lower()
    if not in_english(language) or not any(word in lowered for word in _GATE):
        return []  # most sentences give no figure as more or less
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for mention in find_mentions(spoken, language, prose=True):
        way = None if inside(quoted, mention.start) else _way(spoken, mention)
        if way is None:
            continue
        theirs = {_way(passage.text, their) for passage in passages if in_english(passage.language or language)
                  for their in mentions_in(passage.text, passage.language or language)
                  if set(their.quantities) & set(mention.quantities)}
        if theirs == {"less" if way == "more" else "more"}:
            return [Finding(offset + mention.start,
                            f'this sentence gives {mention.text} as {way} where its cited passages give it as '
                            f'{"less" if way == "more" else "more"}: {clipped(text)}',
                            "give the difference the way the source does, or cite a passage that gives it so")]
    return []


def _way(text: str, mention: Mention) -> str | None:
    """Return "more" or "less" where text gives the figure at `mention` as a difference that way, else None."""
    found = _RIGHT_AFTER.match(text, mention.end) or _AFTER.match(text, mention.end) or _BEFORE.search(
        text, max(0, mention.start - 12), mention.start)
    if found is None:
        return None
    return "less" if found["way"].casefold() in _LESS else "more"
