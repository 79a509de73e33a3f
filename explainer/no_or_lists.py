"""Two things one "no" denies, joined by "or", kept in one clause: "will make no pilots or cabin crew compulsorily
redundant", "There will be no compulsory redundancies among pilots or cabin crew".

explainer/polarity.py starts a clause at every "or", so "... no pilots | or cabin crew compulsorily redundant" left the
second thing's clause unnegated, and the sentence restating the passage's "no compulsory redundancies among pilots or
cabin crew" was refused as dropping its negation (tests/test_factcheck_194.py). An "or" one to four words after a
"no" (or "nobody", "none of", "never", "not ... any") joins two things it denies, not two clauses: it is kept where
a comma stands before it ("no pilots, or at least none we know of") or an auxiliary or a subject pronoun after it (",
or it will ...": "no deal or they will strike" parts two clauses). English text is read.
"""

from __future__ import annotations

import re

from . import patterns

# a "no" and the words of the first thing it denies, before "or"
_NO_THING = patterns.compile(r"(?<!\w)(?:no|none\s+of(?:\s+the)?|not\s+any|nobody|never)\s+"
                             r"(?:[^\W\d_][\w'’-]*\s+){1,4}$", re.IGNORECASE)
# what opens a clause of its own after "or": a subject pronoun, an auxiliary, "else"
_CLAUSE_AFTER = patterns.compile(r"\s+(?:i|we|you|he|she|it|they|there|this|that|else|will|would|shall|could|can|may"
                                 r"|might|must|did|does|do|has|have|had|is|are|was|were)(?!\w)", re.IGNORECASE)
_LOOK_BACK = 60  # characters before the "or" that hold the "no" and the first thing


def joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the clause ends `spans` (each a separator's start and end, in order) but each "or" joining two things
    one "no" denies."""
    if " or " not in text:
        return spans
    return [(end, after) for end, after in spans
            if not (text[end:after].casefold() == "or"
                    and _NO_THING.search(text, max(0, end - _LOOK_BACK), end)
                    and not _CLAUSE_AFTER.match(text, after))]
