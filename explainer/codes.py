"""Codes kept: a batch, lot, notice or case code written in letters and digits ("CV24-1187", "MSA-2026-041") must
stand whole in a passage the sentence cites.

The figure checks read the digits after a hyphen ("1187") but not those glued to letters before it ("CV24"), so a
recall's "CV25-1187" built citing "CV24-1187": another batch, every figure standing. A code is read as a run of
letters and digits joined by hyphens, holding a capital letter and a digit, its digits in two groups or more
("CV24-1187", "MSA-2026-041", "A320-200"; not "COVID-19" nor "F-16", whose one group of digits the figure checks
read); it is found in a passage in any letter case (a financial year's "FY2025-26" written "FY2025/26" too), a letter or two after it allowed ("A320-200s"). A docket's "24-cv-01873" is the
provisions' and labels' (numbers.py), read whole there too.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped
from .sentences import markers_blanked

_CODE = patterns.compile(r"(?<![\w-])(?=[\w-]*[A-Z])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+(?![\w-])")
_DIGIT_GROUPS = patterns.compile(r"\d+")
# A financial year across two years is written "FY2025/26", "FY2025-26" or "FY2025–26": one year however joined.
_SPLIT_FINANCIAL_YEAR = patterns.compile(r"(?P<fy>FY\d{2,4})-(?P<end>\d{2,4})")
_READ_AS_FIGURES = patterns.compile(r"(?<=-)\d+(?![^\W\d_])")  # "1187" of "CV24-1187"; not "24" of "CV24"


def unbacked_codes(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding for each code of text ("CV25-1187") that no cited passage holds whole."""
    if "-" not in text:
        return []
    spoken = markers_blanked(text)
    findings = []
    for match in _CODE.finditer(spoken):
        code = match.group()
        if len(_DIGIT_GROUPS.findall(code)) < 2 or not all(
                any(re.search(rf"(?<!\d){digits}(?!\d)", passage.text) for passage in passages)
                for digits in _READ_AS_FIGURES.findall(code)):
            continue  # a group the figure checks read is missing: they name it, and the mistake is named once
        held = re.compile(rf"(?<![\w-]){_written(code)}[^\W\d_]{{0,2}}(?![\w-])", re.IGNORECASE)
        if not any(held.search(passage.text) for passage in passages):
            findings.append(Finding(offset + match.start(), f'code "{code}" is not in the passages this sentence '
                                                            f"cites: {clipped(text)}",
                                    "copy the code from the source, or cite the passage that gives it"))
    return findings


def _written(code: str) -> str:
    """Return a pattern of a code as a passage may write it: itself, or a financial year across two years with a
    slash or a dash where the code has its hyphen."""
    split = _SPLIT_FINANCIAL_YEAR.fullmatch(code)
    if split:
        return rf"{split['fy']}[-/\u2013]{split['end']}"
    return re.escape(code)
