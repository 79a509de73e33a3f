"""A dissent kept to the judge who dissented: "Judge Tanaka dissented" may not cite "Judge Robert Tanaka wrote the
opinion for the majority, joined by Judge Luis Ferreira. Judge Margaret Ellison dissented."

A split court's opinion and its dissent say opposite things, in the same case, of the same award: a sentence that
gives the dissent to a judge of the majority, or the majority to the dissenting judge, turns the ruling round with
every name and figure kept. A passage tells a judge as dissenting ("Ellison dissented", "Ellison, dissenting", "a
dissent by Judge Ellison") or in the majority ("Tanaka wrote the opinion for the majority", "wrote for the majority",
"joined by Judge Luis Ferreira", "Ferreira joined the majority"), each by the last word of the name. A sentence is
refused where it tells a judge dissenting whom its passages tell only in the majority, or in the majority whom they
tell only dissenting; and where "the majority" says or would do what a passage gives only after telling a dissent,
naming no majority ("The majority would have upheld the full award" citing "Judge Ellison dissented. She would have
upheld the full $725 million award."). English text is read (tests/test_newuser_69.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english

_NAME = r"(?:(?:Judge|Justice|Chief\s+Justice)\s+)?(?:[A-Z][\w'’-]+\s+){{0,2}}(?P<{0}>[A-Z][\w'’-]+)"
_DISSENTING = patterns.compile(
    _NAME.format("a") + r"(?:\s+(?:dissented|dissents|has\s+dissented|was\s+in\s+dissent)|,\s+dissenting)(?!\w)"
    r"|(?<!\w)dissent(?:ing\s+opinion)?\s+(?:by|of|from)\s+" + _NAME.format("b")
    + r"|" + _NAME.format("c") + r"['’]s\s+dissent(?!\w)")
_MAJORITY = patterns.compile(
    _NAME.format("a") + r"\s+(?:wrote|writes|writing)\s+(?:the\s+(?:majority\s+)?opinion\s+)?(?:for\s+the\s+majority"
    r"|for\s+the\s+(?:court|panel))(?!\w)"
    r"|" + _NAME.format("b") + r"\s+(?:joined|joins)\s+(?:the\s+majority|the\s+opinion|him|her)(?!\w)"
    r"|(?<!\w)joined\s+by\s+" + _NAME.format("c"))
# "the majority" as the one that says or does something: its subject, not "for the majority"
_THE_MAJORITY = patterns.compile(r"(?<!\bfor\s)(?<!\bof\s)(?<!\bthe\s)(?<![\w-])[Tt]he\s+majority(?:\s+opinion)?\s+"
                                 r"(?:would|said|says|wrote|writes|argued|argues|found|finds|held|holds|ruled)(?!\w)")


def turned_dissents(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text gives a dissent to a judge its passages tell in the majority, the majority to one
    they tell dissenting, or to "the majority" what a passage tells only of a dissent."""
    if not in_english(language) or ("dissent" not in text and "majority" not in text and "joined" not in text):
        return []  # most sentences tell of no split court
    if not any("dissent" in passage.text for passage in passages):
        return []
    theirs = " ".join(passage.text for passage in passages)
    dissenting, majority = _judges(_DISSENTING, theirs), _judges(_MAJORITY, theirs)
    for told, other, said, theirs_said in ((_judges(_DISSENTING, text), majority, "dissenting", "in the majority"),
                                           (_judges(_MAJORITY, text), dissenting, "in the majority", "dissenting")):
        for judge in sorted(told):
            if judge in other and judge not in (dissenting if said == "dissenting" else majority):
                return [_finding(text, offset, f"tells {judge} as {said}", f"{judge} {theirs_said}")]
    found = _THE_MAJORITY.search(text)
    if found and dissenting and not majority and "majority" not in theirs:
        return [_finding(text, offset, f"gives to the majority what its cited passages tell of the dissent "
                                       f"({', '.join(sorted(dissenting))})", "")]
    return []


def _judges(pattern: re.Pattern, text: str) -> frozenset[str]:
    """Return the last words of the names `pattern` finds in text."""
    return frozenset(match["a"] or match["b"] or match["c"] for match in pattern.finditer(text))


def _finding(text: str, offset: int, what: str, way: str) -> Finding:
    """Return the finding for a dissent or a majority given to the wrong judge."""
    message = (f"this sentence {what} where its cited passages tell {way}: {clipped(text)}" if way
               else f"this sentence {what}: {clipped(text)}")
    return Finding(offset, message, "keep the majority's ruling and the dissent to the judges the source gives them")
