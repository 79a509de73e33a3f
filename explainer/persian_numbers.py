"""Figures as Persian writes them: scale words after digits, one scale stacked on another, and "درصد".

Persian papers write large sums with scales after the digits, "۲ هزار" 2,000, "۱۸ میلیون", "۲٫۵ میلیارد", and
a thousand billion as the two words together: "۸۵۰ هزار میلیارد تومان" is 850 × 10^12 (read as the first scale
alone it stated 850,000, and "۸۵۰ میلیارد" citing it built). Each word is read in Persian's letters and in
Arabic's yeh and kaf, which Persian keyboards and agency feeds also type ("ميليارد"). numbers.py reads SCALES
after digits in any text, as their letters stand in Persian text alone, and PERCENT as a per cent ("۸ درصد").
"""

from __future__ import annotations

from .persian_letters import arabic_spellings

_WORDS = {"هزار": 10**3, "میلیون": 10**6, "میلیارد": 10**9, "بیلیون": 10**9, "تریلیون": 10**12,
          "هزار میلیارد": 10**12, "هزار میلیون": 10**9, "میلیون میلیارد": 10**15}
SCALES = {spelling: value for word, value in _WORDS.items() for spelling in arabic_spellings(word)}
# After a figure, as "per cent" (numbers.py's _PERCENT alternation, a space before it).
PERCENT = r"|\s+درصد(?!\w)"
