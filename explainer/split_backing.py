"""A body split kept split: "The Independent Drivers' Union backs Rydo's appeal" (or "supports the council's
decision", "has sided with Rydo", "formally backed the appeal") may not cite "The Harwick branch of the Independent
Drivers' Union ... is split on the decision" or "The union has not taken a formal position on the appeal".

A sentence whose subject backs, supports, endorses or sides with something is refused where a cited passage says that
same subject (its last word: "union" of "The Independent Drivers' Union") is split, divided or neutral, or has taken
no (formal) position, and no cited passage has a backing verb of its own (not one of "many members", "some", "most")
followed by the sentence's words of what is backed, no more and no fewer ("We support the appeal being heard" keeps
"The union supports the appeal being heard", not "The union backs the appeal"). Negated words ("does not back either
side") and words in quotation marks are not read. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked

_BACKS = patterns.compile(
    r"(?<![\w-])(?:(?:has|have|had|is|are|was|were)\s+)?(?:(?:now|formally|officially|fully|firmly)\s+)?"
    r"(?:backs?|backed|backing|supports?|supported|supporting|endorses?|endorsed|sides?\s+with|sided\s+with"
    r"|opposes?|opposed|is\s+opposed\s+to)(?![\w-])", re.IGNORECASE)
_NEGATED = patterns.compile(r"(?<![\w-])(?:not|never|n['’]t|no|neither)\W+(?:\w+\W+){0,2}$", re.IGNORECASE)
_NONE_BACKED = patterns.compile(r"^\W*(?:neither|no|none|either|both)\b", re.IGNORECASE)
# a part of a body, not the body: "many members backed", "some drivers support"
_PART = frozenset({"some", "many", "most", "members", "member", "half", "several", "few", "majority", "minority",
                   "part", "others", "drivers", "workers", "voters"})
_SOME = frozenset({"some", "many", "most", "half", "several", "few", "part", "all"})
_STOP = frozenset({"the", "a", "an", "its", "their", "his", "her", "of", "on", "in", "to", "for", "and", "or", "with",
                   "by", "at", "that", "this", "s", "being"})
_SUBJECT_REACH = 120  # "branch of the ... Union, which says it represents about 900 Rydo drivers, is split"


def split_told_as_backing(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text has a body back something its passages give as split on it or neutral."""
    if not in_english(language) or not passages:
        return []
    own = unquoted(markers_blanked(text))
    cited = " ".join(passage.text for passage in passages)
    for match in _BACKS.finditer(own):
        before = own[:match.start()]
        if _NEGATED.search(before) or _NONE_BACKED.search(own[match.end():]):
            continue
        subject = _words(re.split(r"[,;:]", before)[-1])
        if not subject or subject[-1] in _PART or _SOME & set(subject[:2]):
            continue
        split = _said_split(subject[-1], cited)
        if not split:
            continue
        backed = [word for word in _words(re.split(r"[,;:.]", own[match.end():])[0]) if word not in _STOP]
        if backed and _backed_in_passage(backed, cited):
            continue
        return [Finding(offset, f"this sentence has the {subject[-1]} back a side ('{match.group().strip()}') where "
                                f"its cited passages say it '{split}': {clipped(text)}",
                        "say what the source says (split, or no formal position), or cite the passage that gives "
                        "its backing")]
    return []


def _words(text: str) -> list[str]:
    """Return a text's words, folded, a possessive's ending dropped."""
    return [re.sub(r"['’]s?$", "", word) for word in re.findall(r"[a-z'’-]+", text.lower()) if word.strip("'’-")]


def _said_split(head: str, cited: str) -> str:
    """Return the words of a cited passage saying `head` is split, divided or neutral, or has taken no position."""
    found = re.search(rf"\b{re.escape(head)}\b(?:[^.;]{{0,{_SUBJECT_REACH}}}?)\b((?:is|are|was|were|remains?)\s+"
                      r"(?:split|divided|neutral)|(?:has|have|had)\s+(?:not\s+taken\s+(?:a|any)|taken\s+no)\s+"
                      r"(?:formal\s+|official\s+)?(?:position|stance|side))\b", cited, re.IGNORECASE)
    return found.group(1) if found else ""


def _backed_in_passage(backed: list[str], cited: str) -> bool:
    """Say whether a cited passage has a body (not a part of it) back all of `backed`: "We support the appeal being
    heard" of "supports the appeal being heard"."""
    for match in _BACKS.finditer(cited):
        if _PART & set(_words(cited[max(0, match.start() - 30):match.start()])[-3:]):
            continue
        after = {word for word in _words(re.split(r"[,.;]|\bbut\b", cited[match.end():])[0]) if word not in _STOP}
        if after and after == set(backed):  # the same thing backed, not "the appeal" of "the appeal being heard"
            return True
    return False
