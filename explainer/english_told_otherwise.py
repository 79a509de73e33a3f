"""What an English sentence tells otherwise than its passages, asked by one call of cite.py: a denial the source says
was not found told as found (unfound_denials.py) and a rate given per another unit (per_unit_denominators.py)
(tests/test_newuser_139.py)."""

from __future__ import annotations

from .attribution import Cited, Finding
from .per_unit_denominators import denominator_changed
from .unfound_denials import unfound_denial_widened


def english_told_otherwise(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return the findings of each English check this module gathers, in order."""
    return (unfound_denial_widened(text, passages, offset, language)
            + denominator_changed(text, passages, offset, language))
