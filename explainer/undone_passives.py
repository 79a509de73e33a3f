"""A passive after a bare "be" tells nothing done: "at least 120 stores may need to be sold", "must be sold", "could be
sold", "are to be sold" say what may, must or is to happen to the stores, not that it happened, where "have been sold"
and "were sold" tell it done. open_decisions.py read the participle "sold" alone as the offered sale told done
(tests/test_newuser_115.py)."""

from __future__ import annotations

import re

from . import patterns

# "be" (never "been" or "being") right before the participle, an adverb allowed between: "to be quickly sold"
_BARE_BE = patterns.compile(r"(?<!\w)be\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def passive_undone(text: str, start: int) -> bool:
    """Return whether the participle at `start` of `text` follows a bare "be", as in "may need to be sold"."""
    return bool(_BARE_BE.search(text, max(0, start - 24), start))
