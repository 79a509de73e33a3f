"""Hebrew's figures and words as the checks read them: prefixes glued to the next word, scales, and negations.

Hebrew glues its one-letter prefixes to the word after them: "ו" (and), "ה" (the), "ב" (in), "ל" (to), "מ" (from),
"ש" (that) and "כ" (as, about), several at once ("ובמרץ", "ולעירייה", "מהעירייה"), and before a figure with a
hyphen ("ב-16 בפברואר", "כ-62,000", "מ-5.50 ש\"ח ל-6.80"). numbers.py read a figure after a letter and a hyphen as part
of a name ("F-16"), so every such figure of a Hebrew sentence went unread and a changed one built; it read a month
only as a word of its own, so "10 במרץ 2026" stated no date. Scales after digits ("14.5 מיליון", "62 אלף") and
"אחוז" (per cent) are read in any text, as their letters stand in Hebrew text alone.
"""

from __future__ import annotations

from . import patterns

LETTERS = "\u05d0-\u05ea"
# Scale words after digits, with their construct forms ("מיליוני שקלים", "אלפי תושבים").
SCALES = {"אלף": 10**3, "אלפי": 10**3, "מיליון": 10**6, "מיליוני": 10**6, "מיליארד": 10**9, "מיליארדי": 10**9,
          "טריליון": 10**12}
PERCENT = rf"|\s+אחוז(?:ים)?(?![\w{LETTERS}])"
# The prefixes a month is written with in a date ("10 במרץ", "עד מרץ", "ממרץ"): in, to, from, and each after "and"
# or "that".
_MONTH_PREFIXES = ("ב", "ל", "מ", "וב", "ול", "ומ", "שב", "של", "מה")


def is_hebrew(language: str) -> bool:
    """Say whether a BCP 47 tag names Hebrew (and its old code "iw")."""
    return language.split("-")[0].lower() in ("he", "iw")


def month_forms(form: str) -> tuple[str, ...]:
    """Return a Hebrew month's name as written alone and with each prefix a date glues to it ("מרץ", "במרץ", ...)."""
    return (form, *(prefix + form for prefix in _MONTH_PREFIXES))


_PREFIX = "[ובלמהשכ]"
# A straight double quote between two Hebrew letters is the gershayim of an acronym ("ש\"ח", "מנכ\"ל", "בע\"מ"), as
# Hebrew keyboards type it, unless only prefixes stand before it and a word after it: "ל\"תוכנית\"" opens a
# quotation. Read as a quotation mark, every acronym opened one that never closed, and the build refused the briefing.
GERSHAYIM = (rf'(?<=[{LETTERS}])(?:(?<![^{LETTERS}]{_PREFIX})(?<![^{LETTERS}]{_PREFIX}{{2}})'
             rf'(?<![^{LETTERS}]{_PREFIX}{{3}})"(?=[{LETTERS}])|"(?=[{LETTERS}](?![{LETTERS}])))')
_GERSHAYIM = patterns.compile(GERSHAYIM)
_HEBREW = patterns.compile(f"[{LETTERS}]")


def straight_quotes(text: str) -> int:
    """Return how many straight double quotes of text are quotation marks, not an acronym's gershayim."""
    count = text.count('"')
    return count - len(_GERSHAYIM.findall(text)) if count and _HEBREW.search(text) else count


def _prefixed(words: str) -> frozenset[str]:
    """Return each word as written and with "and", "that" or "when" glued before it ("ולא", "שאין", "כשלא")."""
    return frozenset(prefix + word for word in words.split() for prefix in ("", "ו", "ש", "וש", "כש", "וכש"))


# Words that negate their clause: "לא", "אין" and its forms ("אינו", "אינם"), "בלי", "ללא", and "deny" in its forms.
# Unread, "העירייה תאשר את התוכנית" citing "העירייה הודיעה כי לא תאשר את התוכנית" built.
NEGATING = _prefixed("""לא אין אינו אינה אינם אינן איננו איננה אינני אינך בלי ללא מכחיש מכחישה מכחישים מכחישות
                        הכחיש הכחישה הכחישו סירב סירבה סירבו מסרב מסרבת מסרבים""")
# Words that agree with a negation ("לא ... אף קו", "אין ... כלל"), counted once where no word above negates it.
AGREEING = _prefixed("אף שום כלל מעולם")
