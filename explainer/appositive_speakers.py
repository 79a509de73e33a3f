"""The speaker named in an appositive just before a verb: "Su secretario de organización, Tomás Villalba, negó que
..." and "The ministry's spokesman, John Ruiz, denied that ..." name the speaker between the two commas.

turned_stances.py reads a verb's speaker as the words between the clause's start and the verb; a verb right after
an appositive's closing comma has none there, so it read none (English) or read the words after the verb as an
inverted speaker (French, Spanish "ce que dément Southland"), and a denial turned into an admission
("Villalba admite ...") built (newuser144).
"""

from __future__ import annotations

from . import patterns

# an appositive closed by a comma right before the verb: ", Tomás Villalba, " (at most five words, no clause mark)
_APPOSITIVE = patterns.compile(r",\s*([^,;:.!?()\u2013\u2014]{2,60}?)\s*,\s*$")
_MOST_WORDS = 5


def appositive_speaker(text: str, start: int) -> str:
    """Return the appositive closed by a comma right before `start` (a verb), or "" where there is none."""
    found = _APPOSITIVE.search(text, max(0, start - 64), start)
    if found is None or len(found.group(1).split()) > _MOST_WORDS:
        return ""
    return found.group(1)
