"""Suggestions for error messages ("did you mean ...?").

difflib is imported only when an error needs a hint: it is not free at start-up.
"""

from __future__ import annotations


def closest(word: str, choices, cutoff: float = 0.6) -> str | None:
    """Return the choice most like `word`, or None when none is close."""
    import difflib

    found = difflib.get_close_matches(word, list(choices), n=1, cutoff=cutoff)
    return found[0] if found else None


def sequence_matcher():
    """Return a SequenceMatcher that does not treat frequent characters as junk."""
    import difflib

    return difflib.SequenceMatcher(autojunk=False)
