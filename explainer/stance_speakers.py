"""A stance kept with its speaker: "Sky News' Yalda Hakim acknowledged that Pakistan spent decades backing ..." may not
cite "Sky News' Yalda Hakim points out that "Pakistan spent decades backing ... - its defense minister acknowledged
that to me on camera"".

turned_stances.py keeps a stance's kind (admitted, denied) for its speaker; the reporter who tells of the admission,
named in the passage, could be given the admission itself. A sentence's verb of admitting or denying
(turned_stances.py's) taken on a clause ("acknowledged that", "..., the minister admitted.") is refused where a cited
passage's sentence sharing two more words with it gives that kind of verb to a speaker who shares no word with the
sentence's, the sentence's speaker is named in that passage (the one who reports it), and no cited passage gives the
kind to the sentence's speaker. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english
from .clauses import content_words
from .sentences import markers_blanked
from .turned_stances import _ADMITTING, _DENYING, _NOT_CONTENT, _stances
from .wordset import may_hold

# A stance taken on what is said ("acknowledged that", "..., the ministry admitted."), not "admitted 5,000 refugees"
_OF_A_CLAUSE = patterns.compile(r"(?<![\w-])(?:acknowledg|admitt?|conced|confirm|confess|den[iy]|disput|refut|reject|"
                                r"dismiss)\w*(?:\s+that\b|\s*[.,;]|$)", re.IGNORECASE)


def stance_speakers(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives a stance to a speaker its cited passages name only as reporting it."""
    if not in_english(language) or not passages or not may_hold(text, _DENYING | _ADMITTING):
        return []
    spoken = markers_blanked(text)
    own = [stance for stance in _stances(spoken) if stance.speaker and _OF_A_CLAUSE.search(spoken)]
    if not own:
        return []
    theirs = [(passage, found) for passage in passages for found in _stances(passage.text)]
    for stance in own:
        same_kind = [(passage, found) for passage, found in theirs if found.denying == stance.denying]
        if any(found.speaker & stance.speaker for _, found in same_kind):
            continue  # a passage gives the stance to the sentence's speaker
        for passage, found in same_kind:
            if (found.speaker and len((found.words - found.speaker) & (stance.words - stance.speaker)) >= 2
                    and stance.speaker & content_words(passage.text, _NOT_CONTENT, names_of_three=True)):
                return [Finding(offset, f"this sentence gives '{stance.shown}' to a speaker who, in its cited "
                                        f"passages, only tells of it (they give '{found.shown}' to another speaker): "
                                        f"{clipped(text)}",
                                "give the stance to the speaker the source gives it to, or say who reported it")]
    return []
