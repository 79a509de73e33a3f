"""Bengali figures as the checks read them: its scales after digits, its classifiers glued to a figure, "শতাংশ" and
the taka (tests/test_newuser_61.py).

Bengali counts large figures in lakhs and crores, as Hindi does: "৫ লাখ" is 500,000, "২ কোটি" 20,000,000, and
"১২ কোটি ৫০ লাখ" 125,000,000 (urdu_numbers.py joins such a run into one figure, as it does "3 लाख 20 हज़ार"); unread,
"৫ লাখ" stated 5, and "৫ হাজার" citing it built. It glues a classifier to a count ("২২টি সড়কে", "১৬৩টিতে",
"৪০টির"): unread, such a count was no figure at all, so "২৩টি" citing "২২টি" built. Python's `\\w` leaves out
Bengali's vowel signs, as it does Devanagari's (devanagari.py), so `MARKS` keeps a word whole.
"""

from __future__ import annotations

from decimal import Decimal

from . import patterns

# Bengali's combining signs: candrabindu, anusvara and visarga, nukta, vowel signs, virama, au length mark, vocalic
# vowel signs.
MARKS = "\u0981-\u0983\u09bc\u09be-\u09c4\u09c7\u09c8\u09cb-\u09cd\u09d7\u09e2\u09e3"
# Scale words after digits ("লক্ষ" is "লাখ" as formal prose writes it); "মিলিয়ন" and "বিলিয়ন" the English scales papers
# borrow.
SCALES = {"হাজার": 10**3, "লাখ": 10**5, "লক্ষ": 10**5, "কোটি": 10**7, "মিলিয়ন": 10**6, "বিলিয়ন": 10**9}
# "১৮ শতাংশ" is 18 per cent, "শতাংশের" its genitive; numbers.py reads it after a figure as it reads "%".
PERCENT = r"|\s+শতাংশ"
# A classifier or case ending glued to a figure ("২২টি", "১৬৩টিতে", "৪০টির", "৩০০জন"): letters and signs of the script,
# never its digits (U+09E6 to U+09EF) nor the taka sign.
GLUED = "[\u0985-\u09b9\u09ce\u09dc-\u09df][\u0981-\u09e3]{0,7}"
# The taka, after its figure in words or before it as its sign ("৳২৫,০০০", "৫,০০০ টাকা", "টাকার").
TAKA = ("টাকা", "টাকার", "৳", "tk", "taka", "bdt")
_SIGN_BEFORE = patterns.compile(r"৳[ \u00a0]?\Z")
_LETTER = patterns.compile("[\u0980-\u09ff]")
QUOTE_MARKS = patterns.compile("[\"“”‘’'«»]")


def writes_bengali(text: str) -> bool:
    """Say whether text holds a character of the Bengali script."""
    return _LETTER.search(text) is not None


def taka_before(text: str, start: int) -> bool:
    """Say whether the taka's sign stands right before the figure starting at `start` ("৳২৫,০০০", "৳ 2,000")."""
    return _SIGN_BEFORE.search(text, max(0, start - 2), start) is not None


# "সাড়ে" (and a half) before a figure adds half its scale: "সাড়ে ১২ কোটি" is 125,000,000, "সাড়ে ৩" 3.5. Unread,
# "সাড়ে ১২ কোটি" stated 12 crore, and "১২ কোটি" citing it built. "ড়" is typed as one letter or as "ড" and the nukta.
_HALF_BEFORE = patterns.compile("সা(?:\u09dc|\u09a1\u09bc)\u09c7\\s+\\Z")
_SCALE_AT_END = patterns.compile("(?:" + "|".join(patterns.longest_first(SCALES)) + r")\Z")


def with_halves(text: str, mentions: list, make) -> list:
    """Return mentions with each figure after "সাড়ে" made one of its value and a half of its scale, by
    `make(start, end, value, unit)`, "সাড়ে" included."""
    if "সা" not in text:
        return mentions
    out = []
    for mention in mentions:
        half = (mention.kind == "figure" and len(mention.quantities) == 1
                and _HALF_BEFORE.search(text, max(0, mention.start - 8), mention.start))
        if half:
            scale = _SCALE_AT_END.search(mention.text)
            quantity = mention.quantities[0]
            mention = make(half.start(), mention.end, quantity.value + Decimal(SCALES[scale.group()] if scale else 1) / 2,
                           quantity.unit)
        out.append(mention)
    return out
