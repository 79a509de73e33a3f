"""A penalty kept to its case: whom it was laid on, for what, and in which case.

"The commission fined Marlow £12.5 million for the merger", or "... in this case", may not cite "It is not the first
time the commission has dealt with Marlow. In 2023 it fined the company £12.5 million for buying 14 convenience stores
in 2021", nor may "The commission fined Fennick £12.5 million in 2023". A sentence's fine or penalty ("fined",
"penalised", "ordered to pay") is refused where:
- its reason ("for the merger") shares no word of four letters or more with the reason a cited passage gives its fine
  ("for buying 14 convenience stores");
- it tells it of the case at hand ("in this case", "in this decision", "as part of the decision", "over the merger")
  where a cited passage gives it as of another ("an earlier case", "a previous case", "not the first time");
- it names one fined ("fined Fennick") no cited passage names, where a passage's fine is laid on another (tests/
  test_factcheck_139.py); a name's initials name it ("fined BP" of "British Petroleum": initials.py).
English text is read; words in quotation marks are not.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .clauses import content_words
from .initials import named_by_initials
from .sentences import markers_blanked

_FINED = r"fined|fines|fine|penali[sz]ed|penali[sz]es|sanctioned|ordered\s+to\s+pay"
# a fine's reason: "for", a few words, to the clause's end
# (a decimal's point, "£12.5 million", ends no clause)
_REASON = patterns.compile(rf"(?<!\w)(?:{_FINED})\b(?:[^,;:.!?]|\.(?=\d)){{0,60}}?\sfor\s+"
                           rf"(?P<reason>(?:[^,;:.!?]|\.(?=\d)){{3,120}})", re.IGNORECASE)
_FINED_WHOM = patterns.compile(r"(?<!\w)(?:fined|penali[sz]ed|sanctioned)\s+(?P<whom>[A-Z][\w'’-]+)")
_FINE = patterns.compile(rf"(?<!\w)(?:{_FINED})(?!\w)", re.IGNORECASE)
_THIS_CASE = patterns.compile(r"(?<!\w)(?:in|over|for)\s+(?:this|the\s+present|the\s+current)\s+(?:case|decision|ruling"
                              r"|investigation)|as\s+part\s+of\s+(?:this|the|its)\s+(?:decision|ruling)"
                              r"|in\s+(?:Thursday|Monday|Tuesday|Wednesday|Friday|Saturday|Sunday|today)['’]s\s+"
                              r"(?:decision|ruling)", re.IGNORECASE)
_OTHER_CASE = patterns.compile(r"(?<!\w)(?:an?\s+(?:earlier|previous|separate|prior|unrelated)\s+case|not\s+the\s+first"
                               r"\s+time|in\s+a\s+(?:previous|separate|earlier)\s+(?:case|investigation))",
                               re.IGNORECASE)
_THIS_REASON = frozenset({"this", "that", "which", "doing", "breach", "breaches", "breaching", "failing", "years"})


def penalty_moved(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives a fine another reason, case or payer than its cited passages do."""
    if not in_english(language) or not _FINE.search(text):
        return []
    own = unquoted(markers_blanked(text))
    fines = [passage.text for passage in passages if _FINE.search(passage.text)]
    if not fines or not _FINE.search(own):
        return []
    problem = _reason_changed(own, fines) or _case_changed(own, fines) or _payer_changed(own, passages, fines)
    return [Finding(offset, f"this sentence {problem}: {clipped(text)}",
                    "keep the fine to the case, the reason and the one fined the source gives, or cite the passage "
                    "that says this")] if problem else []


def _reason_changed(own: str, fines: list[str]) -> str:
    """Return what is wrong when own's reason for a fine shares no word with a passage's reason, else ""."""
    mine = _REASON.search(own)
    if not mine:
        return ""
    words = content_words(mine.group("reason"), _THIS_REASON)
    theirs = [content_words(match.group("reason"), _THIS_REASON) for text in fines for match in _REASON.finditer(text)]
    if words and theirs and not any(words & reason for reason in theirs):
        return f"gives the fine as for '{mine.group('reason').strip()}', a reason its cited passages do not give it"
    return ""


def _case_changed(own: str, fines: list[str]) -> str:
    """Return what is wrong when own tells of the case at hand a fine its passages give as of another, else ""."""
    mine = _THIS_CASE.search(own)
    if mine and any(_OTHER_CASE.search(text) for text in fines):
        return f"tells as '{mine.group()}' a fine its cited passages give as of another case"
    return ""


def _payer_changed(own: str, passages: list[Cited], fines: list[str]) -> str:
    """Return what is wrong when own names one fined that no cited passage names, else ""."""
    mine = _FINED_WHOM.search(own)
    # the paragraph too: "it fined the company" names the company a sentence before; and a name's initials name it
    # ("fined BP" of "British Petroleum was fined", initials.py: factcheck_144)
    if mine and not any(mine.group("whom") in text or named_by_initials(mine.group("whom"), text) for passage in passages
                        for text in (passage.text, passage.paragraph or "", passage.holding or "")):
        return f"names {mine.group('whom')} as fined where its cited passages do not name {mine.group('whom')}"
    return ""
