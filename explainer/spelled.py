"""Number words of German and Spanish, languages read through a project locale: "zwölf", "zweieinhalbtausend",
"zwei Millionen"; "doce mil", "treinta y dos", "dos millones y medio" (and Arabic's, "ثلاثة", "عشرون ألفًا", from
explainer/arabic_numbers.py; Turkish's and Russian's, "on iki", "двенадцати", from explainer/spelled_languages.py).

Unread, "vor elf Wochen" cited "vor zwölf Wochen" and "unos once mil" "unos doce mil", while "vor 12 Wochen", which
restates it, was refused. An article is no figure: German "ein", "eine" and Spanish "un", "una", "uno" are read only
before a scale ("eine Million", "un millón"). German writes numbers small and nouns with a capital: a capitalised
word ("die deutsche Elf", "außer Acht") is a figure only where a sentence starts with it, or opens a hyphenated
compound ("Fünf-Minuten-Takt", "Drei-Zimmer-Wohnung"), as English "five-minute" does.
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import arabic_numbers, duration_adjectives, patterns, spelled_languages
from .spanish_both import dos_as_both

# German: one word from its parts ("zweihundertdreißigtausend"); a half after a count ("zweieinhalb").
_DE_UNITS = {"ein": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
             "neun": 9}
_DE_TEENS = {"zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16,
             "siebzehn": 17, "achtzehn": 18, "neunzehn": 19}
_DE_TENS = {"zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60,
            "siebzig": 70, "achtzig": 80, "neunzig": 90}
_DE_SCALES = {"million": 10**6, "millionen": 10**6, "milliarde": 10**9, "milliarden": 10**9, "billion": 10**12,
              "billionen": 10**12}


def _any(words) -> str:
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


_DE_BELOW_100 = rf"(?:{_any(_DE_UNITS)}und{_any(_DE_TENS)}|{_any(_DE_TENS)}|{_any(_DE_TEENS)}|{_any(_DE_UNITS)})"
_DE_BELOW_1000 = rf"(?:{_any(_DE_UNITS)}?hundert{_DE_BELOW_100}?|{_DE_BELOW_100})"
_DE_HALF = rf"(?:anderthalb|{_DE_BELOW_100}einhalb)(?:hundert|tausend)?"
_DE_WORD = rf"(?:{_DE_HALF}|{_DE_BELOW_1000}?tausend{_DE_BELOW_1000}?|{_DE_BELOW_1000})"
# a number word opening a hyphenated compound counts as English "five-minute" does: "Fünf-Minuten-Takt",
# "Drei-Zimmer-Wohnung" (unread, "im Fünf-Minuten-Takt" cited "im Zehn-Minuten-Takt" built)
_DE_COMPOUND = r"(?=-(?-i:[A-ZÄÖÜ]))"
GERMAN = (rf"(?P<de>{_DE_WORD}(?:(?![\w-])|(?={duration_adjectives.GLUED})|{_DE_COMPOUND})"
          rf"(?:\s+{_any(_DE_SCALES)}(?![\w-]))?"
          r"|(?:ein|eine|einer)\s+(?:million|milliarde|billion)(?![\w-]))")
_DE_PARTS = patterns.compile(_any([*_DE_UNITS, *_DE_TEENS, *_DE_TENS, "hundert", "tausend", "und", "anderthalb",
                             "einhalb"]))

# Spanish: words apart ("treinta y dos", "doce mil"), but for 16 to 29 ("dieciséis", "veintidós").
_ES_UNITS = {"uno": 1, "una": 1, "un": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
             "ocho": 8, "nueve": 9}
_ES_TEENS = {"diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16,
             "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiuno": 21, "veintiuna": 21,
             "veintiún": 21, "veintidós": 22, "veintitrés": 23, "veinticuatro": 24, "veinticinco": 25,
             "veintiséis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29}
_ES_TENS = {"treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80,
            "noventa": 90}
_ES_HUNDREDS = {"cien": 100, "ciento": 100, **{f"{stem}{end}": n * 100 for stem, n in (
    ("doscient", 2), ("trescient", 3), ("cuatrocient", 4), ("quinient", 5), ("seiscient", 6), ("setecient", 7),
    ("ochocient", 8), ("novecient", 9)) for end in ("os", "as")}}
_ES_SCALES = {"millón": 10**6, "millones": 10**6, "billón": 10**12, "billones": 10**12}
_ES_BELOW_100 = rf"(?:{_any(_ES_TENS)}(?:\s+y\s+{_any(_ES_UNITS)})?|{_any(_ES_TEENS)}|{_any(_ES_UNITS)})"
_ES_BELOW_1000 = rf"(?:{_any(_ES_HUNDREDS)}(?:\s+{_ES_BELOW_100})?|{_ES_BELOW_100})"
_ES_WHOLE = rf"(?:(?:{_ES_BELOW_1000}\s+)?mil(?:\s+{_ES_BELOW_1000})?|{_ES_BELOW_1000})"
SPANISH = (rf"(?P<es>{_ES_WHOLE}(?![\w-])(?:\s+(?:mil\s+)?{_any(_ES_SCALES)}(?:\s+y\s+medio)?(?![\w-]))?)")
_ES_PARTS = patterns.compile(_any([*_ES_UNITS, *_ES_TEENS, *_ES_TENS, *_ES_HUNDREDS, *_ES_SCALES, "mil", "medio"]))
# Articles are no count alone.
_ARTICLES = frozenset({"ein", "eins", "un", "una", "uno"})
# A scale alone names how figures are counted, as English "thousand" and "billion" alone do ("en mil millones de
# euros", a table's unit), no figure.
_BARE_SCALES = frozenset({"hundert", "tausend", "mil", "mil millones", "mil millón"})

BY_LANGUAGE = {"de": GERMAN, "es": SPANISH, "ar": arabic_numbers.ARABIC, **spelled_languages.BY_LANGUAGE}
# What a word holding them starts with: cheap to look for where most sentences hold none.
STARTS = {"de": _any([*_DE_UNITS, *_DE_TEENS, *_DE_TENS, "hundert", "tausend", "anderthalb"]),
          "es": _any([*_ES_UNITS, *_ES_TEENS, *_ES_TENS, *_ES_HUNDREDS, "mil"]),
          "ar": arabic_numbers.STARTS, **spelled_languages.STARTS}


def value(match: re.Match) -> Decimal | None:
    """Return the value the number words a match holds state, or None where they are an article or a noun."""
    if match.groupdict().get("ar"):
        return arabic_numbers.value(match)
    if any(match.groupdict().get(words) for words in spelled_languages.BY_LANGUAGE):
        return spelled_languages.value(match)
    german = match.groupdict().get("de")
    words = (german or match["es"]).casefold()
    if words in _ARTICLES or words in _BARE_SCALES or (not german and dos_as_both(match.string, *match.span("es"))):
        return None
    if german and german[0].isupper() and not _starts_sentence(match.string, match.start()) and not (
            _COMPOUND_AFTER.match(match.string, match.end())):
        return None  # a capitalised noun ("die deutsche Elf"), not a compound's count ("im Fünf-Minuten-Takt")
    return _german(words) if german else _spanish(words)


_COMPOUND_AFTER = patterns.compile(_DE_COMPOUND)


def _starts_sentence(text: str, at: int) -> bool:
    """Say whether a word at `at` starts its sentence (or a quotation, or a heading)."""
    before = text[:at].rstrip()
    return not before or before[-1] in ".!?:„“\"»«(–—"


def _german(words: str) -> Decimal:
    """Return the value of German number words: "zweieinhalbtausend" 2500, "eine milliarde" 10^9."""
    word, _, scale = words.partition(" ")
    total, current, pending = Decimal(0), Decimal(0), Decimal(0)
    for part in ("ein",) if word in ("eine", "einer") else _DE_PARTS.findall(word):
        if part in _DE_UNITS or part in _DE_TEENS:
            pending = Decimal(_DE_UNITS.get(part) or _DE_TEENS[part])
        elif part in _DE_TENS:
            current, pending = current + pending + _DE_TENS[part], Decimal(0)
        elif part == "hundert":
            current, pending = (current + pending or 1) * 100, Decimal(0)
        elif part == "tausend":
            total, current, pending = (current + pending or 1) * 1000, Decimal(0), Decimal(0)
        elif part == "anderthalb":
            pending = Decimal("1.5")
        elif part == "einhalb":
            pending += Decimal("0.5")
    return (total + current + pending) * _DE_SCALES.get(scale.strip(), 1)


def _spanish(words: str) -> Decimal:
    """Return the value of Spanish number words: "doce mil" 12000, "dos millones y medio" 2500000."""
    total, current = Decimal(0), Decimal(0)
    for part in _ES_PARTS.findall(words):
        if part == "mil":
            total, current = total + (current or 1) * 1000, Decimal(0)
        elif part in _ES_SCALES:
            total, current = (total + current or 1) * _ES_SCALES[part], Decimal(0)
        elif part == "medio":
            total += (_ES_SCALES[_last_scale(words)] // 2) if _last_scale(words) else Decimal("0.5")
        else:
            current += _ES_UNITS.get(part) or _ES_TEENS.get(part) or _ES_TENS.get(part) or _ES_HUNDREDS[part]
    return total + current


def _last_scale(words: str) -> str | None:
    """Return the scale word a "y medio" halves ("millones" of "dos millones y medio")."""
    scales = [part for part in _ES_PARTS.findall(words) if part in _ES_SCALES]
    return scales[-1] if scales else None


# Vague counts, as English "dozens", "hundreds of thousands" (explainer/attribution.py): each states how many within an
# order, from its low end up to its high end. Unread, "Tausende Beschäftigte" cited "zweihundert Beschäftigte" and
# "miles de trabajadores" "cientos de trabajadores", and Vietnamese "vài chục hộ" "hai trăm hộ"
# (tests/test_newuser_55.py). A scale alone ("Millionen", "millones") is no count: it is a
# unit's, "in Millionen Euro", "millones de euros", as often.
_VAGUE_BASE = {"dutzend": (24, 200), "dutzende": (24, 200), "hundert": (200, 1000), "hunderte": (200, 1000),
               "tausend": (2000, 10**4), "tausende": (2000, 10**4), "zehntausende": (2 * 10**4, 10**5),
               "hunderttausende": (2 * 10**5, 10**6),
               "decenas": (20, 100), "docenas": (24, 200), "cientos": (200, 1000), "centenares": (200, 1000),
               "miles": (2000, 10**4), "millares": (2000, 10**4),
               # Vietnamese "vài chục" (some tens), "hàng trăm" (hundreds), "hàng chục nghìn" (tens of thousands)
               "chục": (20, 100), "trăm": (200, 1000), "nghìn": (2000, 10**4), "ngàn": (2000, 10**4),
               "triệu": (2 * 10**6, 10**7)}
_VAGUE = {
    "de": patterns.compile(r"(?<![\w-])(?:(?:mehrere|einige|ein\s+paar)\s+(?P<one>dutzend|hundert|tausend)"
                     r"|(?P<many>dutzende|hunderte|tausende|zehntausende|hunderttausende)n?)(?!\w)",
                     re.IGNORECASE),
    "es": patterns.compile(r"(?<![\w-])(?:(?:varios|varias|unos|unas)\s+(?:cuantos\s+|cuantas\s+)?)?"
                     r"(?P<many>decenas|docenas|cientos|centenares|miles|millares)"
                     r"(?:\s+de\s+(?P<of>miles|millones))?(?!\w)", re.IGNORECASE),
    "vi": patterns.compile(r"(?<![\w-])(?:vài|mấy|hàng|dăm)\s+(?P<many>chục|trăm|nghìn|ngàn|triệu)"
                     r"(?:\s+(?P<of>nghìn|ngàn|triệu))?(?!\w)", re.IGNORECASE),
}
_OF_SCALE = {"miles": 1000, "millones": 10**6, "nghìn": 1000, "ngàn": 1000, "triệu": 10**6}


def vague_counts(text: str, language: str, figures: list[tuple[int, int]]) -> list[tuple[int, int, str, tuple[int, int]]]:
    """Return each vague count of German or Spanish text (where, as written, the numbers it names: low up to high),
    none right after a figure ("zwei Millionen", "2,3 millones", `figures` their spans), which it scales."""
    pattern = _VAGUE.get(language.split("-")[0].lower())
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(text):
        if any(start <= match.start() < end or end <= match.start() and not text[end:match.start()].strip()
               for start, end in figures):
            continue  # a figure's scale: "48,3 Milliarden", "zwei Millionen"
        low, high = _VAGUE_BASE[(match.groupdict().get("one") or match["many"]).casefold()]
        scale = _OF_SCALE[match["of"].casefold()] if match.groupdict().get("of") else 1
        found.append((match.start(), match.end(), match.group(), (low * scale, high * scale)))
    return found


def may_count_vaguely(text: str) -> bool:
    """Say whether text may hold a German or Spanish vague count ("Tausende", "miles")."""
    return any(pattern.search(text) for pattern in _VAGUE.values())
