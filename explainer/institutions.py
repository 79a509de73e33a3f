"""Armed services and governing bodies kept: "Pakistan's navy has total force domination" may not cite "Pakistan's
army has total force domination", nor "the air force launched airstrikes" a passage naming no service, nor "the
cabinet declared" a passage where a minister declared.

A sentence names an armed service by "army", "navy" ("naval"), "air force", "marines" or "coast guard", and a body
by "parliament" ("parliamentary", "legislature", "national assembly", "lawmakers"), "cabinet", "senate" or
"congress". It is refused where no cited passage names that service or body: the source says another did it, or
does not say which. "Military", "armed forces", "troops" and "government" name none of them, so a sentence may
widen to them. English text is read; words in quotation marks, negated words ("not the army") and an owner ("the
army's casualty count") are not.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked
from .wordset import may_hold

_SERVICES = {"army": r"arm(?:y|ies)", "navy": r"nav(?:y|ies)|naval", "air force": r"air\s*forces?",
             "marines": r"marines|marine\s+corps", "coast guard": r"coast\s*guards?"}
_BODIES = {"parliament": r"parliament(?:s|ary)?|legislatures?|national\s+assembly|lawmakers",
           "cabinet": r"cabinets?", "senate": r"senate", "congress": r"congress"}
_KINDS = {**_SERVICES, **_BODIES}
# Not an owner ("the army's casualty count"): whose figures or words are possessors.py's and figure_owners.py's
_NAMED = patterns.compile("|".join(rf"(?P<{'_'.join(kind.split())}>(?<![\w-])(?:{words})(?![\w'’-]))"
                                   for kind, words in _KINDS.items()), re.IGNORECASE)
_HOLDS = frozenset({"army", "armies", "navy", "navies", "naval", "air", "airforce", "airforces", "marines", "marine",
                    "coast", "coastguard", "coastguards", "parliament", "parliaments", "parliamentary", "legislature",
                    "legislatures", "assembly", "lawmakers", "cabinet", "cabinets", "senate", "congress"})
_NEGATED = patterns.compile(r"(?<!\w)(?:not|never|no|nor)\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)


def changed_institutions(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text names an armed service or a governing body that no cited passage names."""
    if not in_english(language) or not passages or not may_hold(text, _HOLDS):
        return []  # most sentences name none: found by a lookup of their words
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for match in _NAMED.finditer(spoken):
        if inside(quoted, match.start()) or _NEGATED.search(spoken, max(0, match.start() - 16), match.start()):
            continue
        kind = " ".join(match.lastgroup.split("_"))
        given = set().union(*(_named(passage.text) for passage in passages))
        if kind in given:
            continue
        family = _SERVICES if kind in _SERVICES else _BODIES
        others = sorted(other for other in given if other in family)
        what = (f"the '{others[0]}'" if others else
                "no armed service" if family is _SERVICES else "no parliament, cabinet or other such body")
        shown = " ".join(match.group().split())
        return [Finding(offset + match.start(), f"this sentence names the '{shown}' where its cited passages name "
                                                f"{what}: {clipped(text)}",
                        "name the service or body the source names (or none, as it does), or cite a passage that "
                        "names this one")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _named(text: str) -> frozenset[str]:
    """Return the services and bodies a passage names."""
    if not may_hold(text, _HOLDS):
        return frozenset()
    return frozenset(" ".join(match.lastgroup.split("_")) for match in _NAMED.finditer(text))
