"""A cited passage as the sentence checks read it: a PDF's typesetting of its words and figures undone.

Text copied out of a PDF keeps ligatures ("ﬁve months late"), a raised decimal point ("£46·2m", as British print
sets it) and figures spaced out by the typesetter ("£ 2.1 m"). Anchoring forgives them (anchor.py), so a quote of
"five months late" anchors on "ﬁve months late"; the checks read the passage's own characters, and found no "five"
in it, no £46.2m in "£46·2m" and no £2.1m in "£ 2.1 m": honest sentences were refused (tests/test_newuser_57.py).
"""

from __future__ import annotations

from . import patterns
from .anchor import ligatures_spelled, without_invisible
from .page_headers import without_headers

# A raised (middle) dot between two digits is a decimal point: "£46·2m" is £46.2m.
_RAISED_POINT = patterns.compile(r"(?<=\d)\u00b7(?=\d)")
# A currency sign spaced from its figure, and a scale letter spaced from it ("£ 2.1 m", "$ 3 bn"): only after a
# currency sign, as "2.1 m" alone may be metres.
_SPACED_MONEY = patterns.compile(r"([£$€¥])[ \u00a0\u202f]?(\d[\d,.]*)(?:[ \u00a0\u202f](m|bn|k)\b)?")
_SPACE_IN_MONEY = patterns.compile(r"[£$€¥][ \u00a0\u202f]\d|[£$€¥]\d[\d,.]*[ \u00a0\u202f](?:m|bn|k)\b")


def as_checked(text: str) -> str:
    """Return a passage's text as the checks read it: invisible characters beside spaces left out, ligatures spelled
    out, a page's header inside a sentence left out (page_headers.py), a raised decimal point as a point and a currency figure's typeset spaces closed up."""
    text = without_headers(ligatures_spelled(without_invisible(text)))
    text = raised_points(text)
    if any(sign in text for sign in "£$€¥") and _SPACE_IN_MONEY.search(text):
        text = _SPACED_MONEY.sub(_closed_up, text)
    return text


def raised_points(text: str) -> str:
    """Return text with each raised decimal point a point ("£46·2m" as "£46.2m"), its length kept, as the briefing's
    own prose is read too: "£46·2m" was read as £46 and 2m."""
    return _RAISED_POINT.sub(".", text) if "\u00b7" in text else text


def _closed_up(match) -> str:
    """Return a currency figure with no space inside it: "£ 2.1 m" as "£2.1m"."""
    sign, figure, scale = match.groups()
    return f"{sign}{figure}{scale or ''}"
