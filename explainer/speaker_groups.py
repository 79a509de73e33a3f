"""The source's own words not given to a group it never names: "Analysts say Pakistan's army has total force
domination" may not cite the outlet's own "It remains that Pakistan's army has total force domination".

A sentence gives its words to a group by "analysts", "experts", "observers", "diplomats", "critics", "witnesses",
"residents", "historians", "economists" or "scholars" before a reporting word ("say", "said", "believe", "argue",
"warn", "note", "agree") or after "according to" ("many analysts say", "according to experts"). It is refused where
no cited passage (nor the source's sentence holding it) names that group (in any form: "analyst", "expert's") nor
gives words to anyone ("said", "warned", "according to", ...): the words are the source's own, as an outlet's view
is. Whose words a passage gives to another speaker is the speaker checks' (speakers.py, unnamed_speakers.py).
English text is read; words in quotation marks are not.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked
from .wordset import may_contain

_GROUPS = r"analysts?|experts?|observers?|diplomats?|critics?|witness(?:es)?|residents?|historians?|economists?|scholars?"
_VERBS = r"say|says|said|believe[sd]?|argue[sd]?|warn(?:s|ed)?|note[sd]?|agree[sd]?|suggest(?:s|ed)?|contend(?:s|ed)?"
_GIVEN_TO = patterns.compile(rf"(?<!\w)(?P<group>{_GROUPS})\s+(?:\w+\s+)?(?:{_VERBS})(?!\w)"
                             rf"|(?<!\w)according\s+to\s+(?:\w+\s+)?(?P<after>{_GROUPS})(?!\w)", re.IGNORECASE)
# Any word giving words to someone: a passage holding one speaks for another, and the speaker checks read it
_SAYING = patterns.compile(
    r"(?<!\w)(?:said|says|say|saying|told|tells|stated|states|reported|reports|denied|denies|warned|warns|announced"
    r"|suggested|insisted|acknowledged|claimed|claims|estimated|noted|argued|recalled|predicted|disputed|according"
    r"|believes?|believed|added|confirmed|wrote|writes|alleged|alleges|accused|accuses|declared|points?)(?!\w)",
    re.IGNORECASE)
_MAY_NAME = ("analyst", "expert", "observer", "diplomat", "critic", "witness", "resident", "historian", "economist",
             "scholar")


def unnamed_groups(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives its words to a group none of its cited passages names, where they give the
    words to no one."""
    if not in_english(language) or not passages or not may_contain(text, _MAY_NAME):
        return []  # most sentences name no such group: found by a plain search
    if any(_gives_words(passage.text) or _gives_words(passage.holding) for passage in passages):
        return []  # a passage (or the source's sentence holding it) gives words to a speaker: the speaker checks'
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for match in _GIVEN_TO.finditer(spoken):
        if inside(quoted, match.start()):
            continue
        group = (match["group"] or match["after"]).casefold()
        stem = group[:-2] if group.endswith("sses") else group[:-1] if group.endswith("s") and group != "witness" else group
        if not any(may_contain(passage.text, (stem,)) or may_contain(passage.holding, (stem,)) for passage in passages):
            return [Finding(offset, f"this sentence gives its words to {group}, whom its cited passages do not name: "
                                    f"{clipped(text)}",
                            "give the words to whom the source gives them (or to the source itself), or cite the "
                            "passage that names them")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _gives_words(text: str) -> bool:
    """Say whether a passage gives words to anyone ("said", "according to", ...)."""
    return _SAYING.search(text) is not None
