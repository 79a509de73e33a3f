"""A whole kept whole: "12 000 policiers étaient mobilisés à Paris" may not cite "Quelque 12 000 policiers et
gendarmes étaient mobilisés, dont 4 200 à Paris".

A figure followed by its part in one place ("dont 4 200 à Paris", "of whom 4,200 in Paris", "de los cuales 4.200 en
Madrid", "davon 4.200 in Berlin") is the count of everywhere: given to that place, the whole reads as the place's own,
three times what the source gives it. A sentence is refused where it gives a figure the whole of such a passage
states to the place its part names (the figure, then within a few words "à", "en", "dans", "in", "im" and the
place), and states none of the part's figures (tests/test_newuser_109.py). A part given as a whole is
subset_figures.py's.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped
from .numbers import mentions_in
from .sentences import markers_blanked

_ARTICLE = r"(?:(?:la|le|les|the|el|la|der|dem|den)\s+|l['’])?"
_IN = r"(?:à|au|aux|en|dans|in|im)"
# the part: "dont 4 200 à Paris", "of whom 4,200 were in Paris", "davon 4.200 in Berlin"
_PART = patterns.compile(
    r"(?<!\w)(?:dont|of\s+(?:whom|which)|including|de\s+(?:los|las)\s+cuales|davon)\s+"
    r"(?P<part>(?:[^.;:!?]|(?<=\d)\.(?=\d)){1,40}?)\s+" + _IN + r"\s+" + _ARTICLE + r"(?P<place>[A-ZÀ-ÝÉ][\w-]+)", re.IGNORECASE)
# a stop, but not a thousands' dot: "Unos 12.000 policías ..., de los cuales 4.200 en Madrid" (factcheck_162)
_CLAUSE_END = patterns.compile(r"[;:!?]|\.(?!\d)|(?<!\d)\.")
# a place right after a sentence's figure: "mobilisés à Paris"
_PLACE_AFTER = patterns.compile(r"[^.;:,!?]{0,60}?(?<!\w)" + _IN + r"\s+" + _ARTICLE + r"(?P<place>[^\W\d_][\w-]+)")


def _figures(text: str, language: str) -> frozenset:
    return frozenset(q.value for m in mentions_in(text, language) if m.kind == "figure" for q in m.quantities)


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _wholes(text: str, language: str) -> tuple[tuple[frozenset, frozenset, str], ...]:
    """Return each whole a passage gives with a part in one place: the whole's figures, the part's, the place."""
    found = []
    for match in _PART.finditer(text):
        if not match["place"][0].isupper():
            continue  # a place is named: "dans la capitale" is not read
        start = max((end.end() for end in _CLAUSE_END.finditer(text, 0, match.start())), default=0)
        whole = _figures(text[start:match.start()], language)
        part = _figures(match["part"], language)
        if whole and part:
            found.append((whole, part, match["place"]))
    return tuple(found)


def whole_told_as_part(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives a place the whole a cited passage gives with only a part in that place."""
    spoken = markers_blanked(text)
    if not any(_PART.search(passage.text) for passage in passages):
        return []
    for mention in mentions_in(spoken, language):
        if mention.kind != "figure":
            continue
        after = _PLACE_AFTER.match(spoken, mention.end)
        if after is None:
            continue
        mine = frozenset(q.value for q in mention.quantities)
        for passage in passages:
            for whole, part, place in _wholes(passage.text, passage.language or language):
                if after["place"] == place and mine & whole and not part & _figures(spoken, language):
                    return [Finding(offset, f"this sentence gives '{place}' {mention.text.strip()}, a figure its cited "
                                            f"passages give for the whole, of which only a part is {place}'s: "
                                            f"{clipped(text)}",
                                    "give the place its own part, as the source does, or the whole without the place")]
    return []
