"""Figures as Urdu writes them: scale words after digits, of the South Asian count, and compounds of them.

Urdu counts large figures in lakhs and crores: "۵۲ ہزار" 52,000, "۳ لاکھ" 300,000, "۲۲۵ ارب" 225 × 10^9, and
writes a figure between two scales as their sum, the larger first: "۲ لاکھ ۶۰ ہزار" 260,000, "۱۱ کروڑ ۴۳ لاکھ"
114,300,000. numbers.py reads each scale after digits (SCALES, in any text, as their letters stand in Urdu text
alone) and "فیصد" as a per cent; `joined` makes each compound one figure, which read apart stated 200,000 and
60,000, never 260,000. "سو" (hundred) is left unread: it is as often "so".
"""

from __future__ import annotations

from . import patterns

# Scale words after digits; "ملین" and "بلین" are the English scales Urdu papers borrow.
SCALES = {"ہزار": 10**3, "لاکھ": 10**5, "ملین": 10**6, "کروڑ": 10**7, "ارب": 10**9, "بلین": 10**9,
          "کھرب": 10**11}
_SCALE_AT_END = patterns.compile(r"(?:" + "|".join(patterns.longest_first(SCALES)) + r")\Z")
_SPACE_ONLY = patterns.compile(r"\s+\Z")


def _scale(mention) -> int:
    """Return the Urdu scale a figure's words end with ("۲ لاکھ": 10^5), else 0."""
    found = _SCALE_AT_END.search(mention.text)
    return SCALES[found.group()] if found and mention.kind == "figure" and len(mention.quantities) == 1 else 0


def joined(text: str, mentions: list, make) -> list:
    """Return mentions with each run of figures with falling Urdu scales, a space apart ("۲ لاکھ ۶۰ ہزار"), made
    one figure of their sum by `make(start, end, value, unit)`."""
    out = []
    for mention in mentions:
        last = out[-1] if out else None
        if (last is not None and _scale(last) > _scale(mention) > 0
                and _SPACE_ONLY.match(text, last.end, mention.start) is not None
                and last.quantities[0].unit == mention.quantities[0].unit):
            out[-1] = make(last.start, mention.end, last.quantities[0].value + mention.quantities[0].value,
                           mention.quantities[0].unit)
        else:
            out.append(mention)
    return out


def writes_urdu(text: str) -> bool:
    """Say whether text holds a letter only Urdu writes (ہ ے ں ٹ ڈ ڑ ھ) or its full stop."""
    return _URDU.search(text) is not None


_URDU = patterns.compile("[\u06c1\u06d2\u06ba\u0679\u0688\u0691\u06be\u06d4]")
