"""Figures in the South Asian count, as Urdu and Hindi write them: scale words after digits, and compounds of them.

Urdu and Hindi count large figures in lakhs and crores: "۵۲ ہزار" or "52 हज़ार" 52,000, "۳ لاکھ" or "3 लाख"
300,000, "۲۲۵ ارب" or "225 अरब" 225 × 10^9, and write a figure between two scales as their sum, the larger first:
"۲ لاکھ ۶۰ ہزار" 260,000, "11 करोड़ 43 लाख" 114,300,000. numbers.py reads each scale after digits (SCALES, in any
text, as their letters stand in Urdu or Hindi text alone) and "فیصد", "प्रतिशत" or "फ़ीसदी" as a per cent; `joined`
makes each compound one figure, which read apart stated 200,000 and 60,000, never 260,000. "سو" (hundred) is left
unread: it is as often "so"; and so is "सौ", beside "सौ फ़ीसदी" (wholly).
"""

from __future__ import annotations

from . import bengali, devanagari, patterns

# Scale words after digits; "ملین" and "بلین" (Hindi "मिलियन", "बिलियन") are the English scales papers borrow. Hindi's
# are in both spellings of a nukta letter, and "करोड" and "हजार" as often typed without it.
SCALES = {"ہزار": 10**3, "لاکھ": 10**5, "ملین": 10**6, "کروڑ": 10**7, "ارب": 10**9, "بلین": 10**9,
          "کھرب": 10**11,
          **{form: value for word, value in (("हज़ार", 10**3), ("हजार", 10**3), ("लाख", 10**5), ("मिलियन", 10**6),
                                              ("करोड़", 10**7), ("करोड", 10**7), ("अरब", 10**9), ("बिलियन", 10**9),
                                              ("खरब", 10**11))
             for form in devanagari.forms(word)},
          **bengali.SCALES}  # "৫ লাখ", "১২ কোটি ৫০ লাখ"
_SCALE_AT_END = patterns.compile(r"(?:" + "|".join(patterns.longest_first(SCALES)) + r")\Z")
_SPACE_ONLY = patterns.compile(r"\s+\Z")
# A larger scale right after a figure's own multiplies it: "5 हज़ार करोड़" is 5,000 crore, "1.5 لاکھ کروڑ" 1.5 lakh crore.
_LARGER_SCALE = patterns.compile(r"\s+(?:" + "|".join(patterns.longest_first(SCALES)) + rf")(?![\w{devanagari.MARKS}{bengali.MARKS}])")


def _scale(mention) -> int:
    """Return the Urdu scale a figure's words end with ("۲ لاکھ": 10^5), else 0."""
    found = _SCALE_AT_END.search(mention.text)
    return SCALES[found.group()] if found and mention.kind == "figure" and len(mention.quantities) == 1 else 0


def joined(text: str, mentions: list, make) -> list:
    """Return mentions with each run of figures with falling Urdu scales, a space apart ("۲ لاکھ ۶۰ ہزار"), made
    one figure of their sum by `make(start, end, value, unit)`."""
    out = []
    for mention in map(lambda mention: _stacked(text, mention, make), mentions):
        last = out[-1] if out else None
        if (last is not None and _scale(last) > _scale(mention) > 0
                and _SPACE_ONLY.match(text, last.end, mention.start) is not None
                and last.quantities[0].unit == mention.quantities[0].unit):
            out[-1] = make(last.start, mention.end, last.quantities[0].value + mention.quantities[0].value,
                           mention.quantities[0].unit)
        else:
            out.append(mention)
    return out


def _stacked(text: str, mention, make):
    """Return a figure with a larger scale written right after its own ("5 हज़ार करोड़") made one figure of their
    product; else the figure as it was (read alone, "5 हज़ार" stated 5,000 and the crore was lost)."""
    own = _scale(mention)
    larger = _LARGER_SCALE.match(text, mention.end) if own else None
    if larger is None or SCALES[larger.group().strip()] <= own:
        return mention
    quantity = mention.quantities[0]
    return make(mention.start, larger.end(), quantity.value * SCALES[larger.group().strip()], quantity.unit)


def counts_in_lakhs(text: str) -> bool:
    """Say whether text is Urdu, Hindi or Bengali, whose figures may be compounds of scales."""
    return writes_urdu(text) or devanagari.writes_devanagari(text) or bengali.writes_bengali(text)


def writes_urdu(text: str) -> bool:
    """Say whether text holds a letter only Urdu writes (ہ ے ں ٹ ڈ ڑ ھ) or its full stop."""
    return _URDU.search(text) is not None


_URDU = patterns.compile("[\u06c1\u06d2\u06ba\u0679\u0688\u0691\u06be\u06d4]")
