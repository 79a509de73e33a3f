"""The German per-sentence checks of words a sentence drops or turns, run as one for cite.py: a silence told as a
comment (german_unsaid_comments.py: "hat sich geäußert" of "hat sich nicht geäußert") and a giver's own reckoning
told as fact (german_own_reckonings.py: "Die Mieten sind ... gestiegen" of "Nach seinen Berechnungen sind ...").
Each reads German text only (tests/test_factcheck_248.py).
"""

from __future__ import annotations

from .attribution import Cited, Finding
from .german_own_reckonings import reckoning_told_as_fact
from .german_unsaid_comments import comment_told_of_silence


def dropped_in_german(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return the findings of the German checks above, for a sentence at `offset` citing `passages`."""
    if language.split("-")[0].lower() != "de":
        return []
    return (comment_told_of_silence(text, passages, offset, language)
            + reckoning_told_as_fact(text, passages, offset, language))
