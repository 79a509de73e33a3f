"""Legal action kept to come: a court challenge the source gives only as sought, threatened or not yet filed may not be
told as taken.

"The campaign has taken the trust to court" (or "has gone to court", "is suing the trust", "has launched a legal
challenge", "has brought a judicial review", "has taken the Union to the Inter-Regional Trade Court", "has taken legal
action", "has challenged the duties at the Trade Court": tests/test_newuser_135.py) citing "The campaign says it will seek a judicial review ... no claim has
been filed at the High Court" tells a case begun that the source says is not. Refused where the sentence tells a
case brought, in the present perfect, the past or the progressive, and a cited passage says none has been filed
("no claim has been filed", "has not yet filed", "has yet to lodge", or a trade court only "asked for consultations")
or gives it only as to come ("will seek a
judicial review", "would go to court", "plans to sue", "threatened legal action"), and none tells one filed,
lodged, launched or brought as done. A negated sentence ("has not gone to court"), one to come ("will take the trust
to court", "would go to court if it had to") and words in quotation marks are not read. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked

_CASE = (r"(?:court|legal\s+action|(?:class|group|collective)\s+action|legal\s+challenge|judicial\s+review|lawsuit"
         r"|law\s*suit|proceedings|claim|case)")
# the sentence's case brought: "has taken the trust to court", "went to court", "is suing", "has launched a challenge"
_BROUGHT = patterns.compile(
    r"(?<![\w-])(?P<told>(?:(?:has|have|had)\s+(?:now\s+|already\s+)?)?(?:taken|took)\s+(?:[\w'’-]+\s+){1,4}?"
    r"to\s+court|(?:(?:has|have|had)\s+(?:now\s+|already\s+)?gone|went)\s+to\s+court"
    # a court named: "has taken the Union to the Inter-Regional Trade Court", "has challenged the duties at the
    # Trade Court", "has taken legal action" (newuser_135)
    # (not a grievance carried there: "has taken its complaint to the Trade Court, asking for consultations")
    r"|(?:(?:has|have|had)\s+(?:now\s+|already\s+)?)?(?:taken|took)\s+(?!(?:[\w'’-]+\s+){0,3}?"
    r"(?:complaints?|disputes?|concerns?|grievances?|objections?|row|quarrel|fight|argument)\s)"
    r"(?:[\w'’-]+\s+){1,4}?to\s+the\s+"
    r"(?:[\w'’-]+\s+){0,3}?court|(?:(?:has|have|had)\s+(?:now\s+|already\s+)?)?(?:taken|took)\s+legal\s+action"
    r"|(?:has|have|had)\s+(?:now\s+|already\s+)?challenged\s+(?:[\w'’-]+\s+){1,4}?(?:at|in|before)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?court"
    r"|(?:is|are|was|were)\s+(?:now\s+)?(?:suing|challenging\s+(?:[\w'’-]+\s+){1,4}?in\s+(?:the\s+)?"
    r"(?:high\s+)?court)"
    r"|(?:(?:has|have|had)\s+(?:now\s+|already\s+)?)?sued"
    r"|(?:has|have|had)\s+(?:now\s+|already\s+)?(?:launched|brought|started|begun|lodged|filed|issued|mounted)\s+"
    rf"(?:[\w'’-]+\s+){{0,3}}?{_CASE}"
    r"|(?:launched|brought|lodged|filed|issued|mounted)\s+(?:a|an|its|their)\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}?{_CASE}"
    # the passive: "a class action has been filed" (newuser_130)
    rf"|{_CASE}\s+(?:has|have|had)\s+(?:now\s+|already\s+)?been\s+(?:filed|brought|launched|lodged|issued))"
    r"(?![\w-])",
    re.IGNORECASE)
_UNDONE_BEFORE = patterns.compile(
    r"(?<![\w-])(?:not|never|n['’]t|no|nor|yet|will|would|could|may|might|can|shall|should|if|unless|once|whether"
    r"|plans?\s+to|wants?\s+to|threatens?\s+to|threatened\s+to|intends?\s+to|before|until)\W+"
    r"(?:[\w'’-]+\W+){0,3}$",
    re.IGNORECASE)
# a passage's case not filed, or only to come
_NOT_FILED = patterns.compile(
    rf"(?<![\w-])(?:no\s+(?:[\w-]+\s+){{0,2}}?{_CASE}\s+(?:has|had|have)\s+(?:yet\s+)?been\s+"
    r"(?:filed|lodged|issued|brought|launched)"
    r"|(?:has|have|had)\s+not\s+(?:yet\s+)?(?:filed|lodged|issued|brought|launched|gone\s+to\s+court)"
    r"|(?:has|have)\s+yet\s+to\s+(?:file|lodge|issue|bring|launch|go\s+to\s+court)"
    rf"|(?:will|would|plans?\s+to|intends?\s+to|threatens?\s+to|threatened\s+to)\s+(?:(?:seek|launch|bring|file"
    rf"|lodge|issue|mount)\s+(?:[\w'’-]+\s+){{0,3}}?{_CASE}|sue|go\s+to\s+court"
    r"|take\s+(?:[\w'’-]+\s+){1,3}?to\s+court)"
    rf"|threatened\s+(?:legal\s+action|to\s+sue)"
    # a trade dispute's first step, before any case: "has asked the Trade Court for consultations" (newuser_135)
    r"|(?:asked|requested|sought|asks|requests|seeks)\s+(?:[\w'’-]+\s+){0,6}?for\s+consultations"
    # a case being got ready: "two law firms say they are preparing a class action" (newuser_130)
    rf"|(?:is|are|was|were)\s+preparing\s+(?:[\w'’-]+\s+){{0,3}}?{_CASE})"
    r"(?![\w-])", re.IGNORECASE)


def legal_action_told_as_taken(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells a court case brought that its cited passages give as not filed, or only to
    come, and none tells as brought."""
    if not in_english(language) or not passages:
        return []
    own = unquoted(markers_blanked(text))
    told = next((m for m in _BROUGHT.finditer(own) if not _UNDONE_BEFORE.search(own[:m.start()])), None)
    if told is None:
        return []
    not_filed = next((m for p in passages for m in [_NOT_FILED.search(p.text)] if m), None)
    if not_filed is None or any(_tells_brought(p.text) for p in passages):
        return []
    return [Finding(offset, f"this sentence tells a court case as brought ('{' '.join(told.group().split())}') where "
                            f"its cited passages say '{' '.join(not_filed.group().split())}': {clipped(text)}",
                    "say what the source says (a case sought or threatened, none filed), or cite the passage that "
                    "says it was brought")]


def _tells_brought(passage: str) -> bool:
    """Say whether a passage itself tells a case brought ("the group filed a claim at the High Court")."""
    return any(not _UNDONE_BEFORE.search(passage[:m.start()]) for m in _BROUGHT.finditer(passage))


# A case said not yet filed, of a passage's case being prepared: "No class action has yet been filed in court" restates
# "say they are preparing a class action" (a negation added, read as such by polarity.py, though it says the same).
_NONE_FILED = patterns.compile(
    rf"(?<![\w-])(?:no\s+(?:[\w-]+\s+){{0,2}}?(?P<none>{_CASE})\s+(?:has|had|have|was|were|is)\s+(?:yet\s+)?"
    r"(?:been\s+)?(?:filed|lodged|issued|brought|launched)"
    r"|(?:has|have|had)\s+not\s+(?:yet\s+)?(?:filed|lodged|issued|brought|launched)\s+(?:[\w'’-]+\s+){0,3}?"
    rf"(?P<unfiled>{_CASE})|(?:has|have)\s+yet\s+to\s+(?:file|lodge|issue|bring|launch)\s+(?:[\w'’-]+\s+){{0,3}}?"
    rf"(?P<awaited>{_CASE}))(?![\w-])", re.IGNORECASE)
_PREPARED = patterns.compile(
    r"(?<![\w-])(?:(?:is|are|was|were)\s+(?:preparing|planning|drawing\s+up)|(?:plans?|intends?|aims?)\s+to"
    r"\s+(?:file|lodge|bring|launch|issue))\s+(?:[\w'’-]+\s+){0,3}?" + rf"(?P<case>{_CASE})(?![\w-])", re.IGNORECASE)


def none_filed_of_case_prepared(negative: str, positive: str) -> bool:
    """Say whether a negative clause says a case is not (yet) filed that a positive one gives as being prepared or
    planned, the same case named ("no class action has yet been filed" of "are preparing a class action")."""
    if "prepar" not in positive and "plan" not in positive and "intend" not in positive and "aim" not in positive:
        return False  # most positive clauses prepare nothing: found without a search
    none = _NONE_FILED.search(negative)
    prepared = _PREPARED.search(positive)
    if none is None or prepared is None:
        return False
    case = next(word for word in (none["none"], none["unfiled"], none["awaited"]) if word)
    return " ".join(case.casefold().split()) == " ".join(prepared["case"].casefold().split())
