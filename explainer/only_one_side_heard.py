"""One side told as the only one where the passages say both: "Judge Miriam Hale hears only the association" citing
"Judge Miriam Hale heard submissions from both sides" built (newuser142). alone_for_both.py reads a subject narrowed
("Only the union said"), one_side.py a party named where "both sides" stands between the same two words; a party
after "only" mid-sentence, in other words than the passage's, neither read.

A sentence whose "only" (not "not only") is followed by a party's name ("only Carrow", "only the union": a party's
own noun after "the") is refused where a cited passage says "both sides" ("the two sides", "all parties", "each
side": one_side.py's words), shares two more words of four letters or more with it, and uses no "only" or "alone" of
its own; a sentence saying "both" or "each" itself builds. English text is read; words in quotation marks are not.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .alone_for_both import both_sides_restated
from .one_side import _OWN_BOTH, _party_of
from .owners import named_in_lowercase
from .sentences import inside, markers_blanked

# "only" and the word naming a party after it: "only the association", "only Carrow's lawyers"
_ONLY = patterns.compile(r"(?<![\w-])(?<!not\s)only\s+(?:(?P<article>the)\s+)?(?P<name>[\w'’-]+)")
_OWN_NARROWING = patterns.compile(r"(?<![\w-])(?:only|alone|solely|sole)(?![\w-])", re.IGNORECASE)


def only_one_side_heard(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                        parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding when text names one party after "only" where a passage restating it says both sides."""
    if len(parties) < 2 or not in_english(language) or " only " not in text:
        return []  # most sentences narrow nothing mid-sentence: found by a substring
    spoken = markers_blanked(text)
    if _OWN_BOTH.search(spoken):
        return []
    quoted = quoted_parts(spoken)
    only = next((found for found in _ONLY.finditer(spoken) if not inside(quoted, found.start())
                 and (_party_of(found["name"], parties) or named_in_lowercase(found["article"] or "", found["name"],
                                                                              parties))), None)
    if only is None:
        return []
    both = both_sides_restated(spoken, passages, _OWN_NARROWING)
    if both:
        shown, said = " ".join(only.group().split()), " ".join(both.group().split())
        return [Finding(offset + only.start(), f"this sentence names one side only ('{shown}') where its cited "
                                               f"passages say '{said}': {clipped(text)}",
                        "name both sides, as the source does, or cite a passage that names this one alone")]
    return []
