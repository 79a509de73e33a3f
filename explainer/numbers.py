"""Numbers and dates as prose states them, parsed one deterministic way for prose and passages alike.

A mention is a span of text that states a quantity; it carries the exact values it states, so
that "660,000", "660000", "660 thousand" and "0.66 million" all state the value 660000.

Rules (each has a test in tests/test_attribution.py, tests/test_attribution_languages.py or
tests/test_numbers_french.py):
- Digits: "660000", "660,000" (a comma, no-break space, narrow no-break space or thin space
  before each group of exactly three digits), decimals with a point "1.9". No sign: a hyphen
  before a number is a dash or a range, never a minus. A comma not followed by three digits
  ends the number ("1,9" is 1 then 9); a decimal is never cut short ("2.5m" states no 2).
- Text in a decimal-comma language (`DECIMAL_COMMA_LANGUAGES`, by a BCP 47 tag's language:
  "fr", "fr-CA"; a few regions excepted) writes the decimal with a comma ("45,1" = 45.1) and
  groups thousands with a space, no-break space, narrow no-break space, thin space or dot
  ("2 300 000" = "2.300.000"); a dot not followed by three digits ends the number. French
  scale words follow digits: "2,3 millions" = 2300000, "mille", "milliard(s)", "billion(s)"
  (10^12), and so do their abbreviations, case as written: "2,3 M€", "2,3 Md€", "2,3 Mds €",
  "2,3 Mrd". Spanish ones too: "14,8 millones" = 14800000, "mil", "mil millones" and "millardo(s)" (10^9),
  "billón"/"billones" (10^12); Portuguese ones ("750 mil", "4,2 milhões", "mil milhões", Brazil's "bilhões" 10^9,
  Portugal's "biliões" 10^12) and Italian ones ("mila", "milioni", "miliardi"). Text of an unknown language ("")
  is read as English. A language's locale decides
  (`read_as_locales`): its `decimal` mark picks the reading, and its `months` are read in its dates
  ("3 de marzo de 2026", "3. März 2026"), also for a language no rule here knows.
- Spelled numbers in French text (only): "dix-huit", "vingt et un", "soixante et onze",
  "quatre-vingt-dix", "trois cents", "deux mille cinq cents", "deux millions", "un million"
  (and "septante", "huitante", "nonante"). Lone words that are mostly ordinary words are not
  figures: "un"/"une" (articles), "mille" ("mille fois"), plurals ("des millions", "25 cents"),
  "deux" after "les"/"des"/"aux" ("both"), "cent" in "pour cent", and "neuf" ("new") unless a
  word other than "et"/"ou" follows it ("neuf salariés", not "un bâtiment neuf."). Ordinals
  ("dix-huitième") are not numbers. English words are read in French text as well.
- Numeric dates in French text are day first: "12/03/2026" = "12.03.2026" = 12 March 2026. In
  English text a slashed numeric date is three figures (the order of "03/12/2026" is not guessed), and a
  dotted one is day first ("03.05.2026" = 3 May 2026), as the dot is day-first writing: it is no decimal 3.05.
  A dotted date whose second part can be no month is month first, in any text: "12.31.2026" = 31 December 2026.
- Scale words after digits or spelled numbers multiply: hundred, thousand, million, billion,
  trillion ("$99 billion" = 99000000000, "0.66 million" = 660000). Abbreviated scales glued to
  the digits multiply too: "bn", "mn", "mln" and "k" always ("2.5bn barrels", "9k staff"); "m", "b", "tn" only
  after a currency sign ("$48m"), as after a bare number they may be units ("100m").
- Arabic text (and any text, as its characters stand in no other) groups thousands with "٬"
  ("١٬٢٠٠"), marks the decimal with "٫" ("٢٫٤"), the percentage with "٪" or "في المائة", and
  follows digits with scale words ("٢٫٤ مليار", "٢٠ ألف"); Arabic-Indic digits read as digits.
- A currency sign before a number ($ € £ ¥) is part of the mention's text, not of its value.
- Times of day: "10am", "10 a.m.", "10.45pm", "10:45 p.m.", "21h30", "21 h 30", "23:40" state their hour and
  minutes (10; 10 and 45; 21 and 30; 23 and 40; minutes ":00" state nothing) as plain numbers, as "10:45"
  does, and their hour of the day on a 24-hour clock (unit "hour of day": 10, 22, 22, 21, 23), so "10 a.m."
  is not "10 p.m.". "10:45" without a.m. or p.m. may be either clock's, and states no hour of the day. A
  Spanish hour named with its article ("a las 10.30", "hasta las 10.30", "a la 1.15") is a time the same way:
  its hour and minutes, no decimal 10.30 (and "las 22.30", "las 08.15" its hour of the day too).
- Percentages: "45%", "45 %", "45 percent", "45 per cent", "45-percent", "45pc", "45 pct", "45 pour cent", "٤٥٪" (and
  "per cento", "por ciento", "por cento", "Prozent", "procent", "prosent")
  state 45 with the unit "%"; a percentage only matches a percentage, a plain number only a plain number.
- Ranges (`_ranges_shared`): a bare number joined to the next figure by a dash, "to", or "and" after
  "between" takes that figure's unit and scale: "44-47%" and "between 44 and 47 per cent" state 44%
  and 47%; "$4-5 million" 4 and 5 million (dollars, `unit_after`).
- Digit ordinals and decades ("21st", "3rd", "1990s") state their number (21, 3, 1990), and so, in
  French, do "1er", "1re", "2e", "3ème", "2nde"; "1er mars" is the 1st of March in any text.
  Spelled ordinals ("first", "second") are not numbers, being too often not figures, except where they rank an
  occasion (`_NTH_TIME`: "the second time", "fourth consecutive quarter", "la deuxième fois", "por segunda vez",
  "zum zweiten Mal"), as a label.
- Spelled cardinals in English: zero to nineteen, the tens, hyphenated compounds
  ("twenty-five"), joined with spaces, hyphens or "and" ("two hundred and fifty thousand"),
  "a hundred"/"a million" (a bare "million" names a scale, as in "Sales (US$ billion)"), "two dozen" (24), "half a million", "two and a half million", "a quarter of a
  million", "three and a half" (3.5, as a source's "3½" is),
  fractions ("two-thirds" = "two thirds" = 2/3, "three-quarters" 0.75, "one-third"; "a third" is not read). A lone "one" is not a number (it is mostly a pronoun: "one of",
  "no one"), though "one hundred" is. Plurals ("hundreds", "thousands") are vague, not figures.
- Financial periods: "FY2025" (and "FY25") states the year 2025; "Q3" and "H1" name a quarter and a half, as labels.
- Numbers inside words or ids are not numbers: a digit run right after a letter, a digit,
  an underscore or a letter and hyphen ("A320", "COVID-19", "key-2"), or right before five letters or more.
  Before up to four letters they are the figure the reader sees: a unit of measure ("200km", "20kg", "300mm",
  "46.5C", "244p") gives it its unit, other letters ("5GW", "3.5x") none; a lone "m" or "b" ("100m" may be metres
  or millions) and a lone capital ("3D", "5G") are left unread, and a lone "k" is a thousand ("9k staff").
- Labels (`_labelled`): a number after a label ("Article 6", "§ 1983", "No. 21-1234", "Group of 7",
  "District 7", "Day 7", "Round 2"; "Rule", "Case", "Page" and other words that are also verbs or nouns only capitalised),
  before a code's abbreviation ("42 U.S.C."), or a digit ordinal ("7th") names something: it states its
  value with the unit "label", which a count does not match (`as_labels`: any number backs a label).
- Units (`unit_after`): a unit of measure right after a figure, spaced, hyphenated or glued
  ("1,600-mile", "1,600 km", "200km", "46.5°C", "5 billion dollars", "2,3 millions d'euros"), or a currency
  sign or code before it ("$5", "EUR 4.2 billion", "Rs 500"), gives
  the figure's unit, one name per family ("km" = "kilometres"); other words ("31 people") give none.
- Dates: "26 February", "26th of February 2026", "February 26, 2026", "Feb 26",
  "February 2026", "2026-02-27", with English, French and Arabic month names ("١٥ مارس ٢٠٢٦",
  "١٥ آذار ٢٠٢٦"), state their day and
  year as plain numbers and their month with the unit "month"; a month name alone ("in May")
  states nothing. A bare year ("2021") is a plain number.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from decimal import Decimal
from typing import NamedTuple

from . import (bengali, cjk, duration_adjectives, french_counts, hangul, hebrew, kanji_numbers, measures, patterns,
               persian_numbers, spelled, swahili_clock, swahili_numbers, table_units, urdu_numbers, vietnamese_numbers,
               indonesian)
from .arabic_month_pairs import month_pairs
from .carried_units import carried_units
from .first_chars import first_chars
from .point_fractions import point_fractions
from .wordset import ascii_starts, ascii_words, first_runs, may_hold, may_start


class Quantity(NamedTuple):
    """One value stated: a number with its unit ("" plain, "%" percentage, "month" a date's month)."""

    value: Decimal
    unit: str = ""


class Mention(NamedTuple):
    """A span of text that states quantities: a figure ("660,000") or a date ("26 February")."""

    start: int
    end: int
    text: str
    kind: str  # "figure" or "date"
    quantities: tuple[Quantity, ...]


ENGLISH_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"]
# Arabic months, each as Egypt and the Gulf name it ("مارس") and as the Levant and Iraq do ("آذار"),
# with the spellings newspapers use with and without hamza.
_MONTHS_AR = [("يناير", "كانون الثاني"), ("فبراير", "شباط"), ("مارس", "آذار"), ("أبريل", "إبريل", "ابريل", "نيسان"),
              ("مايو", "أيار", "ايار"), ("يونيو", "يونيه", "حزيران"), ("يوليو", "يوليه", "تموز"),
              ("أغسطس", "اغسطس", "آب"), ("سبتمبر", "أيلول", "ايلول"), ("أكتوبر", "اكتوبر", "تشرين الأول"),
              ("نوفمبر", "تشرين الثاني"), ("ديسمبر", "كانون الأول")]
_MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
              "octobre", "novembre", "décembre"]
_MONTH_NUMBER = {
    **{name: n for n, name in enumerate(ENGLISH_MONTHS, 1)},
    **{name[:3]: n for n, name in enumerate(ENGLISH_MONTHS, 1)},
    "Sept": 9,
    **{name: n for n, name in enumerate(_MONTHS_FR, 1)},
    **{name.capitalize(): n for n, name in enumerate(_MONTHS_FR, 1)},
    **{name: n for n, names in enumerate(_MONTHS_AR, 1) for name in names},
    **month_pairs(_MONTHS_AR),
}
# Case-sensitive inside the case-insensitive pattern: "May" is a month, "may" a verb.
_MONTH = "(?-i:" + "|".join(patterns.longest_first(map(re.escape, _MONTH_NUMBER))) + r")(?![\w-])"

_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_WORD_VALUE = {**{w: n for n, w in enumerate(_UNITS)}, **{w: 20 + 10 * n for n, w in enumerate(_TENS)},
               "hundred": 100, "dozen": 12, **_SCALES}
_SPELLED_WORD = "(?:" + "|".join(patterns.longest_first(_WORD_VALUE)) + r")(?![\w])"
# "and" joins spelled numbers only after a scale word: "two hundred and fifty", not "two and three"; and only to
# a number below that scale: "two million and five million" is two figures (a list told "respectively"), which read
# as one, 7 million, refused "five million" and built "seven million".
# A hundred's count is multiplied by the scale after it: "two hundred and fifty thousand" is 250,000.
_NOT_AFTER = {"hundred": ("hundred",), **{word: tuple(_SCALES)[rank:] for rank, word in enumerate(_SCALES)}}
_AND_AFTER_SCALE = "(?:" + "|".join(
    rf"(?<={word})\s+and\s+(?!(?:{_SPELLED_WORD}(?:\s+|-))*(?:{'|'.join(larger)})(?![\w]))"
    for word, larger in _NOT_AFTER.items()) + ")"
# Dutch "ten" is a preposition in set phrases ("ten minste 40", "ten hoogste € 12.000", "ten slotte"), never ten:
# read as 10, an honest "ten minste 40" stated a figure no passage gives. No English text says "ten minste".
_DUTCH_TEN = (r"(?!ten\s+(?:minste|hoogste|laatste|slotte|eerste|tweede|derde|opzichte|behoeve|gevolge|aanzien|"
              r"laste|einde|tijde|onrechte|dele|volle|noorden|zuiden|oosten|westen|overstaan|spoedigste)(?!\w))")
# a run of them, one figure: "three hundred and fifty", "twenty-five", "a dozen"
_SPELLED_RUN = (rf"{_DUTCH_TEN}(?:a\s+(?=hundred|thousand|million|billion|trillion|dozen))?{_SPELLED_WORD}"
                rf"(?:(?:{_AND_AFTER_SCALE}|\s+|-){_SPELLED_WORD})*")
_ORDINAL_WORD = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
# "twice" and "thrice" count times (2, 3): unread, "raised twice" cited "raised once". "once" counts one time only
# where nothing else it means fits: after "only", "just", "exactly", "never" or "not", or closing its clause ("raised
# once.", "raised once, in May"), or before a period ("once a year", "once this year", "once in 2025", "once before",
# "once so far"); unread, "raised once" cited "raised twice". It is as often "as soon as" ("once the deal closes"),
# "formerly" ("once the largest") or part of a set phrase ("at once", "once again"), and "more than once" or "at
# least once" is no count a source's "twice" should be held to: these stay unread.
_TIMES = {"twice": 2, "thrice": 3, "once": 1}
_PERIOD_WORD = r"(?:day|week|fortnight|month|quarter|year|decade|century|session|term|season)s?"
_ONCE = (r"(?=once(?![\w-]))(?:(?:(?<=\bonly\s)|(?<=\bjust\s)|(?<=\bexactly\s)|(?<=\bnever\s)|(?<=\bnot\s))once(?![\w-])"
         r"|(?<!\bat\s)(?<!\bleast\s)(?<!\bthan\s)(?<![\w-])once(?=\s*[.,;:!?)]|\s*$"
         rf"|\s+(?:a|an|per|every|each|this|last|that)\s+{_PERIOD_WORD}(?!\w)"
         r"|\s+(?:in|during|since)\s+\d{4}(?!\d)|\s+before(?!\w)|\s+so\s+far(?!\w)))")
# A spelled ordinal ranks an occasion as a digit one does ("for the 2nd time") where nothing else it means fits: before
# "time" after "the" or "a" ("the second time", "a third time"), and before "consecutive", "successive", or
# "straight" with what is counted ("fourth consecutive quarter", "third straight year", "second year in a row",
# "second year running": unread, it built citing "for the first time since 2011", newuser_83);
# French "la deuxième fois", "troisième trimestre consécutif", Spanish "por segunda vez", "tercer año consecutivo",
# German "zum zweiten Mal", "dritte Quartal in Folge". It is a rank (a label), which a passage's "second time",
# "2nd" or "twice" backs and its "third" does not. Unread, "fourth consecutive quarter" cited "third consecutive
# quarter". Elsewhere ("the first step", "a second opinion", "second only to") a spelled ordinal is not read.
ENGLISH_ORDINAL = (r"(?:(?:twenty|thirty|forty|fifty)-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
           r"|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth)")
_COUNTED = (r"(?:day|week|fortnight|month|quarter|year|decade|season|term|session|game|match|race|election|win|victory"
            r"|loss|defeat|night|round|time|increase|rise|fall|decline|drop|gain|cut|hike)s?")
_FR_NTH = (r"(?:premi[eè]re?|second(?:e)?|deuxi[eè]me|troisi[eè]me|quatri[eè]me|cinqui[eè]me|sixi[eè]me|septi[eè]me"
           r"|huiti[eè]me|neuvi[eè]me|dixi[eè]me)")
_ES_NTH = (r"(?:primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|s[ée]ptim[oa]|octav[oa]|noven[oa]"
           r"|d[ée]cim[oa])")
_DE_NTH = r"(?:erst|zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt)(?:e|en|er|es|em)"
_OCCASION = "(?:time|fois|vez|Mal)"
_NTH_TIME = (r"(?<![\w-])(?P<nth>(?:" + "|".join((ENGLISH_ORDINAL, _FR_NTH, _ES_NTH, _DE_NTH)) + r")"
             + r"(?=\s+" + _OCCASION + r"(?!\w)|[\s-]+(?:consecutive|successive)(?!\w)|\s+straight\s+" + _COUNTED + r"(?!\w)"
             + r"|\s+" + _COUNTED + r"\s+(?:in\s+a\s+row|running)(?!\w)"
             + r"|\s+\w+\s+(?:cons[ée]cuti(?:f|ve|fs|ves)|d['’]affil[ée]e|de\s+suite|consecutiv[oa]s?|in\s+Folge)(?!\w)))")
# Read in a pass of its own (_ranks_in), only over text holding a word of its context: in the pattern of every
# mention, tried at each word's start, its alternation of ordinals made reading every text 1.4 x as slow.
_CONTEXT_WORDS = ("time", "fois", "vez", "mal", "consecuti", "consécuti", "successive", "straight", " row", "running",
                  "affil", "suite", "folge",
                  # an ordinal after an article (_NTH_AFTER_ARTICLE): "la tercera ronda", "die dritte Runde"
                  " primer", " segund", " tercer", " cuart", " quint", " sext", " séptim", " septim", " octav",
                  " noven", " décim", " decim", " erst", " zweit", " dritt", " viert", " fünft", " sechst", " siebt",
                  " acht", " neunt", " zehnt")
# How every ordinal _RANK reads starts a word: text whose words start so is searched ("small" holds the context "mal",
# which cost the synthetic briefing's sentences the pattern's search).
_ORDINAL_STARTS = ascii_starts((
    "twenty", "thirty", "forty", "fifty", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
    "ninth", "tenth", "eleventh", "twelfth", "thir", "four", "fif", "six", "seven", "eigh", "nine", "twentieth",
    "thirtieth", "premi", "deuxi", "troisi", "quatri", "cinqui", "sixi", "septi", "huiti", "neuvi", "dixi", "primer",
    "segund", "tercer", "cuart", "quint", "sext", "septim", "séptim", "octav", "noven", "decim", "décim", "erst",
    "zweit", "dritt", "viert", "fünft", "sechst", "siebt", "acht", "neunt", "zehnt"))
# Spanish and German rank what they count with a spelled ordinal after a definite article as well: "la cuarta
# ronda", "el tercer año", "die dritte Runde", "im zweiten Quartal" (unread, "la cuarta ronda" cited "la tercera
# ronda"). English "the fourth round" is not read: "the first day", "the second year" restate a passage's dates.
_ES_COUNTED = (r"(?:ronda|vuelta|jornada|día|semana|mes|trimestre|semestre|año|temporada|mandato|sesión|partido"
               r"|elección|edición|etapa|fase|ola|oleada)(?:s|es)?")
_DE_COUNTED = (r"(?:\w*runde|Tag|Woche|Monat|Quartal|Halbjahr|Jahr|Saison|Amtszeit|Sitzung|Spiel|Wahlgang|Wahl"
               r"|Etappe|Phase|Welle|Ausgabe)(?:e|en|n|s|es)?")
_NTH_AFTER_ARTICLE = (r"(?<![\w-])(?:el|la|los|las|del|al|der|die|das|den|dem|des|zum|zur|im|am|beim|vom)\s+"
                      rf"(?P<nth>{_ES_NTH}|{_DE_NTH})(?=\s+(?:{_ES_COUNTED}|{_DE_COUNTED})(?!\w))")
_RANK = patterns.compile(f"{_NTH_TIME}|{_NTH_AFTER_ARTICLE.replace('?P<nth>', '?P<nth2>')}", re.IGNORECASE)
# The word before an ordinal ranking an occasion by "time" (English), "fois" (French), "vez" (Spanish), "Mal" (German).
_OCCASION_AFTER = patterns.compile(r"\s+(?P<word>time|fois|vez|mal)(?!\w)", re.IGNORECASE)
_BEFORE_OCCASION = {"time": ("the", "a"), "fois": ("la", "une"), "vez": ("por", "la", "una"), "mal": ("zum",)}
_WORD_BEFORE = patterns.compile(r"(?<!\w)(\w+)\s+$")


def _ranks_in(text: str) -> list[Mention]:
    """Return the spelled ordinals text ranks an occasion with ("the second time", "fourth consecutive quarter"),
    each a mention of its rank as a label; looked for only where a word of their context stands."""
    folded = text.casefold()
    # map: a loop in C over the 39 words, where a generator's took twice as long
    if not any(map(folded.__contains__, _CONTEXT_WORDS)) or not may_start(text, _ORDINAL_STARTS):
        return []
    return [Mention(m.start(nth), m.end(nth), m.group(nth), "figure", _as_occasion(spelled_ranks(m.group(nth)), m, nth))
            for m in _RANK.finditer(text) for nth in ["nth" if m["nth"] else "nth2"] if _ranks_an_occasion(m)]


def _as_occasion(ranks: frozenset[Quantity], match: re.Match, nth: str) -> tuple[Quantity, ...]:
    """Return the ranks of an ordinal before "time" ("fois", "vez", "Mal") in the unit OCCASION, which only a rank,
    "twice" or "3 times" backs (`as_labels`, `passage_labels`): as a label, any number backed it, so "la tercera vez en
    tres años" cited "la segunda vez en tres años" on its "tres". Other ranks stay labels."""
    if not _OCCASION_AFTER.match(match.string, match.end(nth)):
        return tuple(ranks)
    return tuple(Quantity(rank.value, OCCASION) for rank in ranks)


def _ranks_an_occasion(match: re.Match) -> bool:
    """Say whether an ordinal read before "time" ("fois", "vez", "Mal") ranks one: after "the" or "a" ("the second
    time"; "la deuxième fois", "por segunda vez", "zum zweiten Mal"). Before other words, _NTH_TIME's context says."""
    occasion = match["nth"] and _OCCASION_AFTER.match(match.string, match.end("nth"))
    if not occasion:
        return True
    before = _WORD_BEFORE.search(match.string, max(0, match.start("nth") - 12), match.start("nth"))
    return before is not None and patterns.lookup_key(before.group(1)) in _BEFORE_OCCASION[patterns.lookup_key(occasion["word"])]


_TIMES_WORD = rf"(?<![\w-])(?P<times>twice|thrice)(?![\w-])|(?P<once>{_ONCE})"
# A source's "3½" (typeset, or taken from a PDF) is three and a half. (Prose may not write it: see disguise.py.)
_VULGAR_FRACTION = {"½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75")}
# A fraction in words is its value, hyphenated or not: "two-thirds" = "two thirds" (2/3), "three-quarters" 0.75, so
# "three-fifths" does not cite "three-quarters" (read as their numerator, the two were both 3, and "two-thirds" nothing).
_DENOMINATOR = {"third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
_PART_OF_WHOLE = (r"(?P<pnum>one)\s(?P<pden1>" + "|".join(_DENOMINATOR) + r")(?=\s+of\b)"
                  r"|(?P<pnum2>one)-(?P<pden2>" + "|".join(_DENOMINATOR) + r")(?![\w-])"
                  r"|(?P<pnum3>" + "|".join(_UNITS[2:10]) + r")[\s-](?P<pden3>" + "|".join(d + "s" for d in _DENOMINATOR)
                  + r")(?![\w-])")
# A financial year or a quarter or half of one, written against its number: "FY2025" states the year 2025 ("FY25"
# too), "Q3" and "H1" name a quarter and a half (a label, which a passage's "third quarter" backs). Read as ids
# they were nothing, so "Q4 of FY2024" could cite "Q3 of FY2025".
_PERIOD = r"(?-i:FY(?P<fy>\d{4}|\d{2})|(?P<qh>Q[1-4]|H[12]))(?![\w-])"
# Times of day state their hour and minutes as plain numbers, as "10:45" does: "10.45pm" is no decimal,
# "10am" and "21h30" are no numbers inside words.
_TIME = (r"(?P<hh>[01]?\d|2[0-3])(?:(?:[:.](?P<mi>[0-5]\d))?\s?(?:[ap]\.m\.|[ap]m(?!\w))|h(?P<hmi>[0-5]\d)?(?!\w)"
         r"|\s?h\s?(?P<smi>[0-5]\d)(?!\w))"
         # A 24-hour clock's "23:40", "08:15", "00:30" (not "10:45", which may be either clock's).
         r"|(?P<hc>0\d|1[3-9]|2[0-3]):(?P<mc>[0-5]\d)(?![\d:])"
         # An hour told by its part of the day, as "5am" tells it: "5 in the morning", "8.30 in the evening" (English)
         r"|(?P<dh>1[0-2]|0?[1-9])(?:[:.](?P<dmi>[0-5]\d))?(?:\s+o['’]clock)?(?=\s+(?:in\s+the\s+(?:morning|afternoon"
         r"|evening)|at\s+night)(?!\w))")
# Spanish names an hour with its article: "a las 10.30", "hasta las 10.30", "a la 1.15" are times of day (their hour
# and minutes), no decimal 10.30 and no count "hasta" bounds. "las 22.30" and "las 08.15" are on a 24-hour clock.
_ARTICLE_HOUR = r"(?:(?<=\bla\s)|(?<=\blas\s))(?P<ah>[01]?\d|2[0-3])[.:](?P<amin>[0-5]\d)(?!\d|[.,]\d)"
_TWENTY_FOUR_HOUR = patterns.compile(r"0\d|1[3-9]|2[0-3]")
# Units of measure written against the figure ("200km", "20kg", "46.5C", "244p"), case as written: the figure with its unit.
_GLUED_UNIT = "(?-i:km/h|kmh|kph|mph|km|kg|mm|cm|C|F|p)"
# Any other letters against the figure ("20mg", "5GW", "3.5x") still leave it the figure the reader sees, its unit
# unread: skipped, "224p" could cite "244p". A lone m or b may be a scale ("14m people"), and a lone capital names
# ("3D", "5G", "4K"): left unread.
_GLUED_LETTERS = ("(?-i:(?![mbA-Z](?![A-Za-z]))(?!pct?(?![A-Za-z]))[A-Za-z]{1,4}"
                  # Greek glues its compounds' second part to the figure: "48ωρη απεργία" (48-hour), "5ετές",
                  # "24ης": unread, "72ωρη" cited "48ωρη" (tests/test_newuser_45.py)
                  "|[\u03ac-\u03ce]{1,8}"
                  # Bengali glues a classifier to a count: "২২টি সড়কে" (bengali.py)
                  f"|{bengali.GLUED})")
# Halves and quarters of a scale: "half a million" is 500,000, not a million; "two and a half million",
# "a quarter of a million"; and a whole and a half of anything: "three and a half hours" is 3.5 (a source's "3½").
_FRACTION_OF_SCALE = (r"(?P<frac>(?P<whole>" + "|".join(patterns.longest_first(_UNITS[1:] + _TENS))
                      + r")\s+and\s+a\s+half(?:\s+(?P<wscale>thousand|million|billion|trillion))?"
                      r"|(?:half\s+an?|a\s+half|(?:a\s+)?quarter\s+of\s+a)"
                      r"\s+(?P<fscale>thousand|million|billion|trillion))(?![\w-])")

# A number inside a Latin word or id ("A320", "COVID-19") is not a figure; after a letter of a
# script that joins prefixes to numbers (Arabic "و25", "and 25") it is.
# A figure after a letter and a hyphen is part of a name ("F-16", "COVID-19"), but not after Hebrew's prefixes,
# which a hyphen joins to a figure ("ב-16 בפברואר", "כ-62,000": explainer/hebrew.py).
# A year after a part of it and a hyphen is a year ("mid-2027", "late-2026"), not a name's number: unread, "by mid-2026"
# cited "by mid-2027".
_PART_OF_YEAR = r"(?:(?<=(?i:mid)-)|(?<=(?i:early)-)|(?<=(?i:late)-)|(?<=(?i:pre)-)|(?<=(?i:post)-))(?=(?:19|20)\d\d(?!\d))"
_NOT_IN_WORD = (rf"(?<![0-9A-Za-z_\u00c0-\u024f])(?:(?<![^\W\d_{hebrew.LETTERS}]-)|{_PART_OF_YEAR})(?<!\d\.)")
# Arabic text groups thousands with U+066C ("١٬٢٠٠") and marks the decimal with U+066B ("٢٫٤"). India groups the digits
# above the thousands in twos, by lakhs and crores ("2,50,000", "1,20,00,000"): read apart, "2,50,000" stated 2 and
# 50,000.
_DIGITS = r"\d{1,2}(?:,\d{2})+,\d{3}(?!\d)(?:[.\u066b]\d+)?|\d{1,3}(?:[,\u00a0\u202f\u2009\u066c]\d{3})+(?:[.\u066b]\d+)?|\d+(?:[.\u066b]\d+)?"
# French writes the first of the month "1er" ("le 1er mars 2026"): read in any text, so a `when` read
# without its language states the day too, and the date is never read as "mars 2026", any day of March.
_DAY = r"1er|\d{1,2}(?:st|nd|rd|th)?"
# French digit ordinals state their number, as "21st" does: "1er", "1re", "2e", "3ème", "2nd", "2nde"; and in any
# text the ordinal indicators of Spanish, Portuguese and Italian ("2.º", "1.ª", "3º"), and "1.º de marzo" is a day.
_FR_ORDINAL_SUFFIX = "|er|re|e|ème|eme|nde?"
# "14-percent" and "14-per-cent" are English's adjectival percentages; "٪" and "في المائة" Arabic's.
# Other languages' words for it too ("per cento", "por ciento", "Prozent"), read in any text as "%" is: a passage in
# Italian saying "0,9 per cento" backs "0,9%".
# Polish papers' "40 proc." too (tests/test_newuser_55.py: "40%" citing it was refused).
# British papers' "6.2pc" and "6.2 pct" too: read as a plain 6.2 (or not at all), it was refused citing "6.2%".
_PERCENT = (r"\s?[%\u066a\uff05]|\s?(?-i:pct?)(?!\w)|(?:\s+|-)per(?:\s?|-)cent(?!\w)|\s+pour\s+cent(?!\w)"
            r"|\s+(?:per\s+cento|por\s+cien(?:to)?|por\s+cento|[Pp]rozent|procent(?:ów|a|y)?|proc\.|prosent|persen"
            r"|відсот(?:ок|ка|ки|ків)|процент(?:а|ов|ы)?)(?!\w)"
            r"|\s+(?:في\s+|ب)ال(?:مائة|مئة)(?!\w)|\s+فیصد(?!\w)"  # Urdu's "۲۰ فیصد"
            r"|\s+(?:प्रतिशत|\u095eीसदी|फ\u093cीसदी|फीसदी)(?![\w\u093e-\u094f])")  # Hindi's "१४ प्रतिशत", "22 फ़ीसदी"
_PERCENT += persian_numbers.PERCENT  # "۸ درصد"
_PERCENT += hebrew.PERCENT  # "15 אחוז"
_PERCENT += bengali.PERCENT  # "১৮ শতাংশ"
_PERCENT_WORDS = patterns.compile(_PERCENT, re.IGNORECASE)


def names_per_cent(text: str) -> bool:
    """Say whether text writes a per cent anywhere ("%", "per cent", "pour cent", "٪"), with a figure or apart."""
    return _PERCENT_WORDS.search(" " + text) is not None


def is_percentage_unit(unit: str) -> bool:
    """Say whether a structured figure's `unit` makes it a percentage: "%", "per cent", "percent", "% of GDP".
    (British style writes "per cent" in two words; "percentage points" is a difference, not a percentage.)"""
    return bool(_PERCENT_WORDS.match(" " + unit.strip())) or "%" in unit


# Languages whose numbers write a decimal comma ("2,3") and group thousands with spaces or dots
# ("2 300 000", "2.300.000"), but for the regions named, which write a decimal point as English does.
DECIMAL_COMMA_LANGUAGES = frozenset("fr de es it pt nl ca ro pl cs sk ru uk da nb nn no sv fi tr el id".split())
DECIMAL_POINT_REGIONS = frozenset({"de-ch", "de-li", "it-ch", "es-mx", "es-us", "es-pr", "es-do", "es-gt", "es-pa"})
# Decimal-point languages whose numeric dates are day first, as a decimal-comma language's are: an Arabic
# "13/03/2026" is 13 March 2026, never three figures a passage may hold apart ("١٢ مارس" and "03").
DAY_FIRST_LANGUAGES = frozenset({"ar"})
# Languages that abbreviate a scale after digits as French does ("2,3 M€"): Portugal's press writes "4,2 M€" too.
_ABBREVIATED_SCALE_LANGUAGES = frozenset({"fr", "pt", "de"})
# Scale words after digits, per language ("2,3 millions", "14,8 millones"); French and Spanish "billion" is 10^12.
_COMMA_SCALES = {"fr": {"mille": 10**3, "million": 10**6, "millions": 10**6, "milliard": 10**9,
                        "milliards": 10**9, "billion": 10**12, "billions": 10**12},
                 "es": {"mil": 10**3, "millón": 10**6, "millones": 10**6, "mil millones": 10**9, "millardo": 10**9,
                        "millardos": 10**9, "billón": 10**12, "billones": 10**12},
                 # Portuguese: Brazil's "bilhão" is 10^9, Portugal's "bilião" 10^12 (and "mil milhões" 10^9 there);
                 # Brazil's press shortens them to "mi", "bi", "tri" ("R$ 4,2 bi").
                 "pt": {"mil": 10**3, "milhão": 10**6, "milhões": 10**6, "mil milhões": 10**9, "bilhão": 10**9,
                        "bilhões": 10**9, "bilião": 10**12, "biliões": 10**12, "trilhão": 10**12, "trilhões": 10**12,
                        "mi": 10**6, "bi": 10**9, "tri": 10**12},
                 # Italian papers shorten them too ("412,5 mln di euro", "2 mld"): unread, "412,5 mln" was refused
                 # citing "412,5 milioni".
                 "it": {"mila": 10**3, "milione": 10**6, "milioni": 10**6, "miliardo": 10**9, "miliardi": 10**9,
                        "mln": 10**6, "mld": 10**9},
                 # German: "Milliarde" is 10^9 and "Billion" 10^12, as in French ("2,3 Mrd." and "2,3 Mio." below)
                 "de": {"tausend": 10**3, "million": 10**6, "millionen": 10**6, "milliarde": 10**9,
                        "milliarden": 10**9, "billion": 10**12, "billionen": 10**12},
                 # Polish declines them ("2 tysiące", "5 tysięcy", "1,5 miliona") and shortens them ("tys.", "mln",
                 # "mld"); "bilion" is 10^12. Unread, "prawie 2 miliony" cited "prawie 2 tysiące", and "2000" did not.
                 "pl": {"tysiąc": 10**3, "tysiące": 10**3, "tysięcy": 10**3, "tysiąca": 10**3, "tys": 10**3,
                        "milion": 10**6, "miliony": 10**6, "milionów": 10**6, "miliona": 10**6, "mln": 10**6,
                        "miliard": 10**9, "miliardy": 10**9, "miliardów": 10**9, "miliarda": 10**9, "mld": 10**9,
                        "bilion": 10**12, "biliony": 10**12, "bilionów": 10**12, "biliona": 10**12},
                 # Ukrainian and Russian decline them too ("248 тис.", "14,8 млрд", "5 тисяч", "2 мільйони"): unread,
                 # "14,8 млн гривень" cited "14,8 млрд гривень", and "248 000" did not cite "248 тис.".
                 "uk": {**dict.fromkeys(("тисяча", "тисячі", "тисяч", "тис"), 10**3),
                        **dict.fromkeys(("мільйон", "мільйони", "мільйонів", "мільйона", "млн"), 10**6),
                        **dict.fromkeys(("мільярд", "мільярди", "мільярдів", "мільярда", "млрд"), 10**9),
                        **dict.fromkeys(("трильйон", "трильйони", "трильйонів", "трильйона", "трлн"), 10**12)},
                 "ru": {**dict.fromkeys(("тысяча", "тысячи", "тысяч", "тыс"), 10**3),
                        **dict.fromkeys(("миллион", "миллиона", "миллионы", "миллионов", "млн"), 10**6),
                        **dict.fromkeys(("миллиард", "миллиарда", "миллиарды", "миллиардов", "млрд"), 10**9),
                        **dict.fromkeys(("триллион", "триллиона", "триллионы", "триллионов", "трлн"), 10**12)},
                 # Dutch: "miljard" is 10^9 and "biljoen" 10^12; "mln" and "mld" shorten them.
                 "nl": {"duizend": 10**3, "miljoen": 10**6, "miljoenen": 10**6, "mln": 10**6, "miljard": 10**9,
                        "miljarden": 10**9, "mld": 10**9, "biljoen": 10**12, "biljoenen": 10**12},
                 # Greek shortens them ("4,82 δισ. ευρώ", "310 εκατ. ευρώ", "12 χιλ.") and declines them: unread,
                 # "4,82 εκατ. ευρώ" cited "4,82 δισ. ευρώ" (tests/test_newuser_45.py)
                 "el": {**dict.fromkeys(("χιλ", "χιλιάδες", "χιλιάδων", "χιλιάδα"), 10**3),
                        **dict.fromkeys(("εκατ", "εκ", "εκατομμύριο", "εκατομμύρια", "εκατομμυρίων"), 10**6),
                        **dict.fromkeys(("δισ", "δις", "δισεκατομμύριο", "δισεκατομμύρια", "δισεκατομμυρίων"), 10**9),
                        **dict.fromkeys(("τρισ", "τρις", "τρισεκατομμύριο", "τρισεκατομμύρια", "τρισεκατομμυρίων"),
                                        10**12)},
                 # Swedish: "miljard" is 10^9 and "biljon" 10^12 ("2,4 miljarder kronor", "35 miljoner"); unread,
                 # "2,4 miljoner kronor" cited "2,4 miljarder kronor" (tests/test_newuser_44.py)
                 "sv": {"tusen": 10**3, "miljon": 10**6, "miljoner": 10**6, "mn": 10**6, "miljard": 10**9,
                        "miljarder": 10**9, "mdr": 10**9, "biljon": 10**12, "biljoner": 10**12},
                 "id": indonesian.SCALES,  # "Rp 184,5 miliar", "850 juta", "15 ribu" (indonesian.py)
                 "vi": vietnamese_numbers.SCALES,  # "48,5 tỷ đồng", "85 triệu", "12 nghìn hộ" (vietnamese.py)
                 # Turkish glues its case endings on ("1,2 milyara", "350 milyonluk"); "binde" is per mille, left out.
                 # Unread, "1,2 milyon lira" cited "1,2 milyar lira" and "410 bin" did not cite "410.000".
                 "tr": {**dict.fromkeys(("bin", "bine", "bini", "binden", "binlik", "binin"), 10**3),
                        **{f"{stem}{ending}": value for stem, value, endings in (
                            ("milyon", 10**6, ("", "a", "u", "dan", "da", "luk", "un")),
                            ("milyar", 10**9, ("", "a", "ı", "dan", "da", "lık", "ın")),
                            ("trilyon", 10**12, ("", "a", "u", "dan", "da", "luk", "un"))) for ending in endings}}}
# Ordinary spaces group thousands only in decimal-comma text ("2 300 000"); a first group of at most
# three digits keeps "en 2026 300 salariés" two numbers. A dot that groups no thousands there ("38.7 %",
# "20.5555") marks the decimal the reader sees, never a number cut short at it ("38"); in a Spanish hour ("a las
# 10.30", `_ARTICLE_HOUR`) it parts the hour from its minutes.
_COMMA_NOT_IN_WORD = _NOT_IN_WORD + r"(?<!\d,)"
_COMMA_DIGITS = r"\d{1,3}(?:[ .\u00a0\u202f\u2009]\d{3})+(?!\d)(?:,\d+)?|\d+\.\d+|\d+(?:,\d+)?"
_COMMA_THOUSANDS = patterns.compile(r"\d{1,3}(?:[ .\u00a0\u202f\u2009]\d{3})+(?:,\d+)?")


# French number words. "un"/"une" are articles far more often than numbers: they are read only inside a
# compound ("vingt et un", "cent une") or before a scale ("un million").
_FR_WORD_VALUE = {
    **{w: n for n, w in enumerate("un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze "
                                  "quinze seize".split(), 1)},
    "une": 1, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "septante": 70, "huitante": 80, "octante": 80, "nonante": 90, "cent": 100, "cents": 100, "mille": 1000,
}
_FR_SCALES = {word: value for word, value in _COMMA_SCALES["fr"].items() if word != "mille"}
_FR_ONE = r"une?(?!\w)"
_FR_WORD = ("(?:" + "|".join(patterns.longest_first(set(_FR_WORD_VALUE) - {"un", "une"} | set(_FR_SCALES)))
            + r")(?!\w)")
_FR_TENS = ("vingt", "trente", "quarante", "cinquante", "soixante", "septante", "huitante", "octante", "nonante")
# "et" joins only a ten to un/une/onze ("soixante et onze"): "deux et trois" stays two numbers.
_FR_JOIN = ("(?:" + "|".join(f"(?<={ten})" for ten in _FR_TENS) + rf")(?:\s+et\s+|-et-)(?:{_FR_ONE}|onze(?!\w))"
            rf"|(?:\s+|-){_FR_WORD}|-{_FR_ONE}|(?:(?<=cent)|(?<=mille))\s+{_FR_ONE}")
_FR_SPELLED = rf"(?:une?\s+(?=(?:million|milliard|billion)s?(?!\w)))?{_FR_WORD}(?:{_FR_JOIN})*"
# Words that alone are ordinary words, not figures: plurals of scales ("des millions", "25 cents"), "mille"
# ("mille fois"), "deux" meaning "both" ("les deux entreprises"), "cent" in "pour cent", "neuf" meaning "new".
_FR_LONE_WORDS = frozenset({"vingts", "cents", "millions", "milliards", "billions", "mille"})
_FR_NOT_A_FIGURE_BEFORE = {"deux": r"(?i:\b(?:les|des|aux)\s+)$", "cent": r"(?i:\b(?:pour|per|un)|\d)\s+$",
                           "neuf": r"(?i:\b(?:à|flambant)\s+)$"}
# "neuf" is a number only when a word (not "et"/"ou") follows it: "neuf salariés", not "un bâtiment neuf."
_FR_NINE_AS_NUMBER = patterns.compile(r"\s+(?!(?:et|ou)(?!\w))[^\W\d_]", re.IGNORECASE)
# Abbreviated scales right after a number ("2,3 M€", "2,3 Md€", "2,3 Mds €", "2,3 Mrd", German "2,3 Mio."), case as
# written.
_FR_ABBREVIATIONS = {"M": 10**6, "Md": 10**9, "Mds": 10**9, "Mrd": 10**9, "Mrds": 10**9, "Mio": 10**6, "Tsd": 10**3}
# English abbreviated scales glued to the digits: "bn", "mn", "mln" always ("2.5bn barrels"); after a
# currency sign also "m", "b", "tn" ("$48m"), which after a bare number may be units ("100m"), but for "m" before a
# unit of weight, volume or area ("2m tonnes"); "k" always ("9k staff":
# left unread, "more than 8k" cited "more than 9,000").
# A scale word glued to the digits ("£2.4billion", a typo the page shows) is the scale: unread, it cited "£4.2 billion".
_EN_ABBREVIATIONS = {"k": 10**3, "m": 10**6, "mn": 10**6, "mln": 10**6, "b": 10**9, "bn": 10**9, "bln": 10**9,
                     "tn": 10**12, "trn": 10**12, "thousand": 10**3, "million": 10**6, "billion": 10**9,
                     "trillion": 10**12}
# A bare number's "m" is millions too before a unit no length measures: "2m tonnes", "3.5m barrels" (not "a 400m race")
_MILLIONS_OF = r"(?-i:m)(?=[ \u00a0](?:tonnes|tons|barrels|litres|liters|gallons|hectares|acres|bushels)(?!\w))"
_EN_ABBREVIATION = (r"(?:thousand|million|billion|trillion|bn|bln|mln|mn|(?-i:k)|(?(cur)(?:trn|tn|m|k|b)|"
                    rf"{_MILLIONS_OF}))(?!\w)")
# A currency code glued to the figure ("GBP2.4bn", "USD48m"): the figure is read as after "GBP 2.4bn" (its unit by
# `unit_after`); skipped as a number inside a word, "GBP2.4bn" cited "£4.2 billion".
# Indonesian writes the rupiah's "Rp" glued to its figure as its style guide asks ("Rp184,5 miliar"): unread,
# "Rp148,5 miliar" cited "Rp184,5 miliar" (indonesian.py).
_AFTER_CODE = (r"(?:(?<=(?-i:USD|GBP|EUR|JPY|INR|PKR|CHF|CNY|RMB|BRL|IDR))"
               rf"|(?<=(?<![^\W\d_])(?-i:{indonesian.RUPIAH_SIGN})))")
# A minus sign before a figure ("−3%", " -3%"; not a range's "2-3%" or an id's "key-2") is part of what the reader
# sees: read without it, "−3%" cited "rose 3%". A passage's "−3%" also backs the plain 3% ("fell 3%").
_MINUS = r"(?P<minus>(?<![\w.,)\]%\u2212-])(?:\u2212|-(?=[$€£¥]?\d)))?"
_FR_ABBREVIATION = "(?-i:" + "|".join(patterns.longest_first(_FR_ABBREVIATIONS)) + r")(?!\w)"


def _day_first_date(separators: str) -> str:
    """Return the pattern of a numeric date, day first ("12/03/2026", "12.03.2026"), with `separators` between its
    parts: only days and months that can be. Text with a decimal point reads the dotted ones only ("03.05.2026" is
    3 May 2026, never the decimal 3.05 and an unread year): a dot between day, month and year is day-first
    writing, while the order of "03/05/2026" is not guessed."""
    # In Western or Arabic-Indic digits: "١٣/٠٣/٢٠٢٦" is a date as "13/03/2026" is (a figure mixing the two is refused).
    return (rf"(?P<nd>[0٠]?[1-9١-٩]|[12١٢]\d|[3٣][01٠١])(?P<sep>[{re.escape(separators)}])(?P<nm>[0٠]?[1-9١-٩]|[1١][0-2٠-٢])"
            r"(?P=sep)(?P<ny>\d{4})(?![\w-]|[.,/]\d)")


# A dotted date whose second part can be no month is month first, as American text writes it: "12.31.2026" is
# 31 December 2026, never the decimal 12.31 and an unread year ("03.05.2026" stays day first).
_MONTH_FIRST_DATE = r"(?P<mfm>0?[1-9]|1[0-2])\.(?P<mfd>1[3-9]|2\d|3[01])\.(?P<mfy>\d{4})(?![\w-]|[.,/]\d)"


# Where a mention can start: never at a letter inside a word (each alternative that starts with a letter
# wants none before it). Said first, it spares the 20 alternatives at most of a text's characters: 1.5-2 x as fast.
_AT_A_MENTIONS_START = r"(?:(?<!\w)|(?![^\W\d_]))"
# What a figure in digits starts with: its minus sign, currency sign or first digit.
_FIGURES_FIRST = r"(?=[-\u2212$€£¥\d])"


@functools.lru_cache(maxsize=None)  # a locale change empties _reading, never the patterns: each costs 30 ms to make
def _mention_pattern(not_in_word: str, digits: str, scales: tuple[str, ...], french: bool = False,
                     abbreviated: bool = False, months: tuple[str, ...] = (), day_first: bool = False,
                     scale_abbreviations: bool = False, words_of: str = "", first: str = "",
                     leading_percent: bool = False) -> re.Pattern:
    """Return the pattern of every mention, with numbers in digits written as `digits` (and French's own, if `french`).

    `abbreviated` reads English's abbreviated scales right after the digits ("$48m", "2.5bn"), `scale_abbreviations`
    French's after them ("2,3 M€", "2,3 Mrd"; French text always, and Portuguese: "4,2 M€"); `months`
    are a locale's own month names (`_locale_dates`); `day_first` reads slashed numeric dates ("12/03/2026") as well as
    dotted ones ("12.03.2026", read in any text); `words_of` is a language whose number words explainer/spelled.py
    reads ("zwölf", "doce mil"). `first` is the inside of a class of what a mention starts with (explainer/first_chars.py),
    found from the pattern where not given: a look-ahead for it passes over every other position at one test.
    `leading_percent` reads a per cent written before the figure, as Turkish writes it ("%12", "yüzde 12").
    """
    words = "|".join(patterns.longest_first(scales)) or "(?!)"
    abbreviation = rf"|[ \u00a0\u202f\u2009]?(?P<abbr>{_FR_ABBREVIATION})" if french or scale_abbreviations else ""
    ordinal = _FR_ORDINAL_SUFFIX if french else ""
    short = rf"(?P<eabbr>{_EN_ABBREVIATION})?" if abbreviated else ""
    glued = rf"|(?P<glued>{_GLUED_UNIT})|{_GLUED_LETTERS}"
    scale = rf"(?:\s+(?P<scale>{words})(?![\w]){abbreviation})?"
    # unread, "%12" and "yüzde 12" were plain 12, backed by "12 sandık", and a claim's 48.7 with no unit cited "%48,7"
    leading = r"(?:(?<![\w%])(?P<lpct>%\s?|y(?-i:üzde)\s+)(?=\d))?" if leading_percent else ""
    figures_first = r"(?=[-\u2212$€£¥\d%yY])" if leading_percent else _FIGURES_FIRST
    body = (
        _AT_A_MENTIONS_START + "(?:"
        rf"{not_in_word}(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})(?![\w-])"
        + rf"|{not_in_word}{_day_first_date('/.' if french or day_first else '.')}"
        + rf"|{not_in_word}{_MONTH_FIRST_DATE}"
        + (_locale_dates(not_in_word, months) if months else "")
        + rf"|{not_in_word}(?P<d1>{_DAY})\s+(?:of\s+)?(?P<m1>{_MONTH})(?:,?\s+(?P<y1>\d{{4}})(?![\w-]))?"
        rf"|(?<!\w)(?P<m2>{_MONTH})\.?\s+(?P<d2>{_DAY})(?![\w-])(?:,?\s+(?P<y2>\d{{4}})(?![\w-]))?"
        rf"|(?<!\w)(?P<m3>{_MONTH})\.?\s+(?P<y3>\d{{4}})(?![\w-])"
        rf"|{not_in_word}{_TIME}"
        rf"|{not_in_word}{_ARTICLE_HOUR}"
        rf"|(?<![\w-]){_PERIOD}"
        rf"|{figures_first}{leading}{_MINUS}(?P<cur>[$€£¥]\s?)?(?:{_AFTER_CODE}|{not_in_word})(?P<num>(?>{digits}))(?P<vulgar>[½¼¾])?{short}(?:(?P<suffix>st|nd|rd|th|\.?[ºª]|s{ordinal}){glued})?(?:(?!\w)|(?=(?-i:pct?)(?!\w))){scale}(?P<pct>{_PERCENT})?"
        + (rf"|(?<![\w-])(?P<fr>{_FR_SPELLED})(?!-\w)(?P<fpct>{_PERCENT})?" if french else "")
        + (rf"|(?<![\w-]){french_counts.PATTERN}" if french else "")
        + (rf"|(?<![\w-]){spelled.BY_LANGUAGE[words_of]}(?P<wpct>{_PERCENT})?" if words_of else "")
        + rf"|{_TIMES_WORD}"
        + rf"|(?<![\w-]){_FRACTION_OF_SCALE}"
        + rf"|(?<![\w-])(?:{_PART_OF_WHOLE})"
        + rf"|(?<![\w-])(?P<spelled>{_SPELLED_RUN})(?!-{_ORDINAL_WORD})(?P<spct>{_PERCENT})?)"
    )
    first = first or first_chars(body, re.IGNORECASE)
    return patterns.compile((f"(?=[{first}])" if first else "") + body, re.IGNORECASE)


# A locale's month names, case as written or capitalised ("marzo", "Marzo"), in its own dates: the day with
# an optional dot ("3. März"), then one short joining word at most ("3 de marzo de 2026", "3 marzo 2026").
# Italian writes the 1st with an ordinal sign, typed as "º" or as the degree sign ("1° aprile 2026"): unread,
# a `when` of "1° aprile 2026" stated no day, and a date moved to another April day built.
_JOINING_WORD = r"(?:[^\W\d_]{1,3}\s+)?"


def _locale_dates(not_in_word: str, months: tuple[str, ...]) -> str:
    names = "(?-i:" + "|".join(patterns.longest_first(map(re.escape, months))) + r")(?![\w-])"
    year = rf"(?:,?\s+{_JOINING_WORD}(?P<y4>\d{{4}})(?![\w-]))?"
    # Greek writes a day as an ordinal in some dates: "την 1η Ιουλίου", "της 24ης Μαρτίου" (unread, no day was read)
    return (rf"|{not_in_word}(?P<d4>\d{{1,2}})(?:\.?[º°]?|(?-i:ης?))\s+{_JOINING_WORD}(?P<m4>{names}){year}"
            rf"|(?<!\w)(?P<m5>{names})\s+{_JOINING_WORD}(?P<y5>\d{{4}})(?![\w-])")


_ENGLISH_SCALES = {"hundred": 100, **_SCALES}
# Arabic scale words after digits ("٢٫٤ مليار", "٢٠ ألف"), singular and plural, with and without hamza.
_ARABIC_SCALES = {"ألف": 10**3, "الف": 10**3, "آلاف": 10**3, "الاف": 10**3, "مليون": 10**6, "ملايين": 10**6,
                  "مليار": 10**9, "مليارات": 10**9, "بليون": 10**9, "تريليون": 10**12, "ترليون": 10**12,
                  # accusative, after "كان" or as a verb's object: "بعد أن كان ١٥ ألفاً" (unread: a figure 15)
                  **{thousand + ending: 10**3 for thousand in ("ألف", "الف") for ending in ("اً", "ًا", "ا")}}
# Text in a decimal-point language: English, and Arabic, whose digits and words never stand in English text.
_POINT_SCALES = {**_ENGLISH_SCALES, **_ARABIC_SCALES, **urdu_numbers.SCALES, **persian_numbers.SCALES,
                 **hebrew.SCALES}
# What the English mention pattern's matches start with: first_chars of it, written out, as finding them costs 11 ms
# of every run's start (tests/test_checkspeed6.py finds them again).
_MENTION_FIRST = "0123456789ADFHJMNOQS\\$\\-\\dabdefhjmnoqstz£¥آأإاتحدسشفكمني٠١٢٣٤٥٦٧٨٩€−"
_MENTION = _mention_pattern(_NOT_IN_WORD, _DIGITS, tuple(_POINT_SCALES), abbreviated=True, first=_MENTION_FIRST)


# What every mention starts with or holds: a digit (every figure and date written in digits) or a
# spelled number word. Most sentences have neither, and this is far cheaper to look for.
_MAYBE_MENTION = patterns.compile(rf"\d|(?<![\w-]){_SPELLED_WORD}|{_TIMES_WORD}", re.IGNORECASE)
_MAYBE_FRENCH_MENTION = patterns.compile(rf"\d|(?<![\w-])(?:{_SPELLED_WORD}|{_FR_WORD}|{'|'.join(french_counts.VALUES)})"
                                         rf"|{_TIMES_WORD}", re.IGNORECASE)
_DIGIT = patterns.compile(r"\d")
_WORD = patterns.compile(r"\w+")
# The words each of the two looks for, each a word of its own (its first, lowercased): in text all ASCII, where
# ignoring case is lowering it, looked up among text's words (`_may_mention`), three times as fast as the pattern.
# Keyed by the pattern's id: hashing a compiled pattern hashes all its code, 7 µs a lookup (checkspeed10).
_MAYBE_WORDS = {id(maybe): frozenset(_WORD.search(word).group().lower() for word in words) for maybe, words in (
    (_MAYBE_MENTION, {*_WORD_VALUE, *_TIMES}), (_MAYBE_FRENCH_MENTION, {*_WORD_VALUE, *_TIMES, *_FR_WORD_VALUE,
                                                                         *_FR_SCALES, *french_counts.VALUES}))}


# German and Spanish number words (explainer/spelled.py), by the parts they start with ("zwei" of "zweitausend").
_MAYBE_SPELLED_MENTION = {language: patterns.compile(
    rf"\d|(?<![\w-])(?:{_SPELLED_WORD}|{starts})|{_TIMES_WORD}", re.IGNORECASE)
    for language, starts in spelled.STARTS.items()}


def _may_mention(text: str, maybe: re.Pattern) -> bool:
    """Say whether `maybe` (_MAYBE_MENTION, _MAYBE_FRENCH_MENTION or one of _MAYBE_SPELLED_MENTION) finds anything in
    text."""
    words = _MAYBE_WORDS.get(id(maybe))
    if words is None or not text.isascii():
        return maybe.search(text) is not None
    # the sentence's runs of letters, found once for every check's gate, hold each of its words' first run
    return _DIGIT.search(text) is not None or not words.isdisjoint(ascii_words(text))


# A count in English words ("Forty", "twenty-five", "three hundred", "a dozen"), as the mentions read it: for the
# checks that read digits with patterns of their own, beside them (counted.py, figure_acts.py, counted_nouns.py,
# figure_owners.py, respective.py, paired_lists.py, limits.py, planned_figures.py, proportions.py, rate_bases.py).
# Unread, "Forty soldiers were killed" cited "40 civilians were killed", "The limit is forty tonnes" a passage's
# "forty tonnes, against a limit of thirty".
COUNT_IN_WORDS = rf"(?i:(?<![\w-]){_SPELLED_RUN}(?!-{_ORDINAL_WORD}))"


def may_count(text: str) -> bool:
    """Say whether text may hold a count, in digits or in words: the cheap gate of the checks reading COUNT_IN_WORDS."""
    return _may_mention(text, _MAYBE_MENTION)


def count_written(written: str) -> str:
    """Return a count in digits or in words (COUNT_IN_WORDS) as its digits, ungrouped: "Forty" and "40" are "40",
    "1,200" is "1200"; "" for words that count nothing, as the mentions read them (a lone "one", a bare "million")."""
    if written[:1].isdigit():
        return written.replace(",", "")
    words = re.split(r"[\s-]+", patterns.lookup_key(written))
    if words == ["one"] or (len(words) == 1 and (words[0] in _SCALES or words[0] == "hundred")):
        return ""
    return str(_spelled_value(words))


class _Reading(NamedTuple):
    """How text in a language states numbers."""

    pattern: re.Pattern
    maybe: re.Pattern  # what every mention holds, cheap to look for
    comma: bool  # whether its decimal mark is a comma
    scales: dict[str, int]  # scale words after digits
    months: dict[str, int] = {}  # a locale's own month names, by number


def declined_forms(name: str) -> tuple[str, ...]:
    """Return the forms of a locale's day or month name, written apart with "/" where its language declines them
    ("субота/суботу": "on Saturday" is "у суботу" in Ukrainian; "марта/март/марте"), the page's form first."""
    return tuple(form.strip() for form in name.split("/") if form.strip())


class Writing(NamedTuple):
    """How a locale writes numbers and dates: its `decimal` mark, its twelve `months` and its day's dot."""

    decimal: str
    months: tuple[str, ...]
    day_dot: bool = False  # its `date` writes the day as an ordinal, with a dot ("{day}. {month} {year}")
    # Its optional words, for a language no rule knows: its seven `weekdays` (Monday first), the words of its
    # `approximately` that hedge a rounded figure ("etwa", "rund") and its reporting `hedges` ("angeblich").
    weekdays: tuple[str, ...] = ()
    approximately: tuple[str, ...] = ()
    hedges: tuple[str, ...] = ()
    # Its other qualifiers, right before a figure, each read as the `bound` it is named after ("mindestens 40"
    # as "at least 40"): the rules know English, French and Arabic ones only.
    at_least: tuple[str, ...] = ()
    more_than: tuple[str, ...] = ()
    fewer_than: tuple[str, ...] = ()
    up_to: tuple[str, ...] = ()
    nearly: tuple[str, ...] = ()
    # Its words that attribute a whole sentence as "according to" does ("laut", "zufolge", "nach Angaben").
    according_to: tuple[str, ...] = ()
    # Its words that give a future only as expected ("voraussichtlich", "dürfte") and that state it as certain
    # ("wird", "werden"): see forecasts.py.
    expected: tuple[str, ...] = ()
    will: tuple[str, ...] = ()
    # Its articles, where it capitalises every noun ("der", "die", "am"): a capitalised word after one is a noun,
    # "der Behörde", not a speaker's name (see speakers.py).
    articles: tuple[str, ...] = ()
    # Its names of places and peoples, each one's forms apart with "/" ("Pakistan/Paquistão/paquistanês"): a party
    # named by one form is named by every other (see owners.party_words).
    names: tuple[str, ...] = ()


# How each language's locale writes numbers (`read_as_locales`), by base language: a language our
# rules do not know ("es", "gl") is still read with its own decimal mark and month names.
_LOCALE_WRITING: dict[str, Writing] = {}
# Caches keyed by language, elsewhere too (qualifiers): emptied when a locale changes how a language reads.
_CACHES_BY_LANGUAGE: list = []


def read_as_locales(writings: dict[str, Writing]) -> None:
    """Read text in each language as its locale writes numbers and dates from now on (see `_reading`)."""
    if writings != _LOCALE_WRITING:
        _LOCALE_WRITING.clear()
        _LOCALE_WRITING.update(writings)
        for cache in (_reading, *_CACHES_BY_LANGUAGE):
            cache.cache_clear()


def read_by_language(cache):
    """Mark an lru_cache'd function of (text, language) as one `read_as_locales` empties; return it."""
    _CACHES_BY_LANGUAGE.append(cache)
    return cache


def reading_key() -> tuple:
    """Return what `read_as_locales` set, for the keys of results made from reading text."""
    return tuple(sorted(_LOCALE_WRITING.items()))


def locale_words(language: str) -> Writing | None:
    """Return how the locale of `language` (a BCP 47 tag) writes, with its optional words, or None."""
    return _LOCALE_WRITING.get(language.split("-")[0].lower())


def all_locale_words() -> tuple[Writing, ...]:
    """Return every locale's writing (its words, for checks that read them in any language)."""
    return tuple(_LOCALE_WRITING.values())


def writes_ordinal_dot(language: str) -> bool:
    """Say whether text in `language` writes ordinals with a dot ("3. März", "zum 2. Mal"), as its locale's
    `date` does ("{day}. {month} {year}"): such a dot ends no sentence."""
    writing = _LOCALE_WRITING.get(language.split("-")[0].lower())
    return writing is not None and writing.day_dot


def writes_decimal_comma(language: str) -> bool:
    """Say whether text in `language` writes a decimal comma: by its region's exception, else its locale's
    `decimal` ("," or "."), else `DECIMAL_COMMA_LANGUAGES`."""
    base = language.split("-")[0].lower()
    if language.lower() in DECIMAL_POINT_REGIONS:
        return False
    decimal = _LOCALE_WRITING[base].decimal if base in _LOCALE_WRITING else ""
    return decimal == "," if decimal in (",", ".") else base in DECIMAL_COMMA_LANGUAGES


def months_named(text: str, language: str = "") -> set[int]:
    """Return the months text names by name, in any language we read or its locale's ("March to May 2026": 3, 5)."""
    names = {**_MONTH_NUMBER, **_own_months(language)}
    return {names[word] for word in _LETTERS.findall(text) if word in names}


_LETTERS = patterns.compile(r"[^\W\d_]+")


def locale_month_names(language: str) -> dict[str, int]:
    """Return every month name a language's locale lists, in each declined form and capitalised ("ottobre": 10), or
    none where no locale of the language is read."""
    writing = _LOCALE_WRITING.get(language.split("-")[0].lower())
    if writing is None:
        return {}
    return {written: n for n, name in enumerate(writing.months, 1) for form in declined_forms(name)
            for written in (form, form.capitalize())}


def _own_months(language: str) -> dict[str, int]:
    """Return the month names of a language's locale that no rule of ours reads already ("marzo": 3), and, where it
    writes a dot after the day, those too: our English and French dates read "17 April", never German "17. April"
    (unread, a German `when` of "17. April 2026" dated 2026-04-18 built)."""
    writing = _LOCALE_WRITING.get(language.split("-")[0].lower())
    # a month's declined forms are each that month: "в марте" as "1 марта" (unread, "В апреле" citing "марта" built)
    # a Hebrew month is written with a prefix glued on: "10 במרץ 2026" (unread, a `when` of it stated no date)
    glued = hebrew.month_forms if hebrew.is_hebrew(language) else (lambda form: (form,))
    names = {} if writing is None else {written: n for n, name in enumerate(writing.months, 1)
                                        for form in declined_forms(name) for written in glued(form)}
    return {written: n for name, n in names.items() for written in (name, name.capitalize())
            if written not in _MONTH_NUMBER or writing.day_dot}


@functools.lru_cache(maxsize=None)
def _reading(language: str) -> _Reading:
    """Return how text in `language` (a BCP 47 tag) states numbers."""
    base = language.split("-")[0].lower()
    months = _own_months(language)
    if not writes_decimal_comma(language):
        day_first = base in DAY_FIRST_LANGUAGES
        words_of = base if base in spelled.BY_LANGUAGE else ""  # Arabic's number words
        if not months and not day_first and not words_of:
            return _Reading(_MENTION, _MAYBE_MENTION, False, _POINT_SCALES)
        return _Reading(_mention_pattern(_NOT_IN_WORD, _DIGITS, tuple(_POINT_SCALES), abbreviated=True,
                                         months=tuple(months), day_first=day_first, words_of=words_of),
                        _MAYBE_SPELLED_MENTION.get(words_of, _MAYBE_MENTION), False, _POINT_SCALES, months)
    scales = {**_COMMA_SCALES.get(base, {}), **_ARABIC_SCALES, **urdu_numbers.SCALES, **persian_numbers.SCALES}  # Arabic's as in English text: "٨ ملايين" quoted
    french = base == "fr"
    words_of = base if base in spelled.BY_LANGUAGE else ""
    # A decimal-comma language writes numeric dates day first ("12.03.2026"), as French does: read whole,
    # never as the figure "12" with the month and year unchecked.
    return _Reading(_mention_pattern(_COMMA_NOT_IN_WORD, _COMMA_DIGITS, tuple(scales), french, months=tuple(months),
                                     scale_abbreviations=base in _ABBREVIATED_SCALE_LANGUAGES,
                                     day_first=True, words_of=words_of, leading_percent=base == "tr"),
                    _MAYBE_FRENCH_MENTION if french else _MAYBE_SPELLED_MENTION.get(words_of, _MAYBE_MENTION),
                    True, scales, months)


def find_mentions(text: str, language: str = "", prose: bool = False) -> list[Mention]:
    """Return every figure and date stated in text, read as `language` writes numbers, in order of position.

    In `prose` (the briefing's own words, which the page shows as written) a number glued to a stop is a
    figure the reader sees ("killed.12"): only a source's text drops it as a footnote reference."""
    return list(_mentions_read(text, language, prose))  # a list of its own: callers may change theirs


# A sentence is read by dozens of checks and a passage by every sentence citing it: 7 % of the fixture microsites'
# checks' CPU read a text read already (tests/test_mentions_remembered.py).
@read_by_language
@functools.lru_cache(maxsize=1 << 14)
def _mentions_read(text: str, language: str, prose: bool) -> tuple[Mention, ...]:
    """Return find_mentions(text, language, prose), remembered until a locale changes how a language is read."""
    return tuple(_mentions_found(text, language, prose))


def _mentions_found(text: str, language: str, prose: bool) -> list[Mention]:
    """Return what find_mentions returns, read afresh."""
    if not prose:
        text = _without_glued_footnotes(text)
    reading = _reading(language)
    ranks, maybe = _ranks_in(text), _may_mention(text, reading.maybe)
    worded = (not maybe and not text.isascii() and hangul.writes_hangul(text)
              and hangul.may_count_in_words(text))  # "세 명": a figure with no digit
    in_kanji = (not text.isascii() and kanji_numbers.may_count_in_kanji(text)
                and cjk.writes_without_spaces(text))  # "五十八": no digit either
    pointed = point_fractions(text)  # "half a point": no digit either
    if not maybe and not ranks and not worded and not in_kanji and not pointed:
        return []
    mentions = []
    for match in reading.pattern.finditer(text) if maybe else ():
        mention = _mention(match, reading.comma, reading.scales, reading.months)
        if mention is not None:
            mentions.append(mention)
    if ranks:
        mentions = sorted(mentions + [rank for rank in ranks
                                      if not any(m.start < rank.end and rank.start < m.end for m in mentions)])
    if maybe and cjk.writes_without_spaces(text):
        mentions = _with_spaceless(text, mentions, cjk.spaceless_mentions)
    if (maybe or worded) and not text.isascii() and hangul.writes_hangul(text):
        mentions = _with_spaceless(text, mentions, hangul.hangul_mentions)
    if maybe and not text.isascii() and urdu_numbers.counts_in_lakhs(text):
        mentions = urdu_numbers.joined(text, mentions, lambda start, end, value, unit: Mention(
            start, end, text[start:end], "figure", (Quantity(value, unit),)))
        mentions = bengali.with_halves(text, mentions, lambda start, end, value, unit: Mention(
            start, end, text[start:end], "figure", (Quantity(value, unit),)))  # "সাড়ে ১২ কোটি"
    if in_kanji:
        mentions = _with_spaceless(text, mentions, kanji_numbers.kanji_mentions)
    if not prose:
        mentions = [_with_year_before_footnote(text, m) for m in mentions if not _footnote_reference(text, m)]
    if language[:2].casefold() == "sw":  # "saa nne asubuhi" is 10 a.m.: swahili_clock.py
        mentions = swahili_clock.with_clock_times(text, mentions, lambda start, end, hour: Mention(
            start, end, text[start:end], "figure", (Quantity(hour, "hour of day"),)))
        mentions = swahili_numbers.per_cent_carried(text, mentions, lambda mention, value: mention._replace(
            quantities=(Quantity(value, "%"),)))  # "kutoka asilimia 66.8 hadi 71.2": both per cent
    return _labelled(text, _with_dockets(text, _with_point_fractions(text, _with_points(text, _with_pence_in_pounds(text, _with_split_years(text, _ranges_shared(text, _with_currency_range_ends(text, mentions), language)))), pointed)))


# The high end of a range whose low end carries the currency sign: "£450-500m", "$4 to 5bn". Its glued "m", "b" or
# "tn" is the currency's scale, as after the sign itself ("$48m"); left unread (a bare "500m" may be metres), the range
# read as "£450" alone, refused citing "£450m to £500m", and hid a changed high end.
_CURRENCY_HIGH_END = patterns.compile(r"(?P<num>\d[\d,]*(?:\.\d+)?)(?P<scale>m|b|tn|trn)(?![\w-])")
_CURRENCY_LOW_END = patterns.compile(r"[$€£¥]\s?\d[\d,]*(?:\.\d+)?")


def _with_currency_range_ends(text: str, mentions: list[Mention]) -> list[Mention]:
    """Return mentions with the high end of each range after a bare currency figure (see _CURRENCY_HIGH_END)."""
    ends = []
    for at, low in enumerate(mentions):
        if low.kind != "figure" or len(low.quantities) != 1 or not _CURRENCY_LOW_END.fullmatch(low.text):
            continue
        join = _RANGE_JOIN.match(text, low.end)
        high = join and not join.group("code") and _CURRENCY_HIGH_END.match(text, join.end())
        if high and (join.group().strip().lower() not in ("and", "et", "e", "y", "und") or _between_before(text, low.start)):
            value = Decimal(high["num"].replace(",", "")) * _EN_ABBREVIATIONS[high["scale"]]
            ends.append(Mention(high.start(), high.end(), high.group(), "figure", (Quantity(value, ""),)))
    if not ends:
        return mentions
    # a high end read already as its bare number ("1.5" of "1.5tn") is read again with its scale
    return sorted([m for m in mentions if not any(e.start < m.end and m.start < e.end for e in ends)] + ends)


# A figure in pence ("412p", "412 pence") is also its sum in pounds, as a business reporter restates a share price
# ("£4.12 a share"); only that way round: a pound figure in a passage backs no pence the sentence gives.
_PENCE_AFTER = patterns.compile(r"(?:p|[ \u00a0]pence)(?![\w-])")


def _with_pence_in_pounds(text: str, mentions: list[Mention]) -> list[Mention]:
    """Return mentions with each figure in pence also read as pounds (see _PENCE_AFTER)."""
    if "p" not in text:
        return mentions
    read = []
    for mention in mentions:
        if mention.kind == "figure" and len(mention.quantities) == 1 and not mention.quantities[0].unit \
                and mention.text[:1].isdigit() and (mention.text.endswith("p") or _PENCE_AFTER.match(text, mention.end)):
            value = mention.quantities[0].value
            mention = mention._replace(quantities=(Quantity(value, ""), Quantity(value / 100, "")))
        read.append(mention)
    return read


# A financial year written across two calendar years, "FY2025/26" or "financial year 2025-26", ends in the second:
# British companies and their reporters call it "FY26" (the year 2026, see _PERIOD). Its "26" is read as 2026 too,
# only after "FY" or the words "financial year" or "fiscal year": "2025/26" alone may be a season or a ratio.
_SPLIT_YEAR_BEFORE = patterns.compile(r"(?:(?-i:FY)|(?:financial|fiscal)\s+year\s+)$", re.IGNORECASE)


def _with_split_years(text: str, mentions: list[Mention]) -> list[Mention]:
    """Return mentions with the second part of each financial year written across two years also read as the year
    it ends in (see _SPLIT_YEAR_BEFORE)."""
    if "/" not in text and "-" not in text and "\u2013" not in text:
        return mentions
    read = list(mentions)
    for at in range(len(read) - 1):
        first, second = read[at], read[at + 1]
        year = first.text[-4:]
        if (first.end == second.start - 1 and text[first.end] in "/-\u2013" and len(second.text) == 2
                and second.text.isdigit() and year.isdigit() and len(first.quantities) == 1
                and int(second.text) == (int(year) + 1) % 100
                and _SPLIT_YEAR_BEFORE.search(text, max(0, first.end - 19), first.end - 4)):
            read[at + 1] = second._replace(quantities=(*second.quantities, Quantity(Decimal(int(year) + 1), "")))
    return read


# Points after a figure: "40 basis points" (also "40 bps", "40 bp") is 0.4 percentage points, as business reporters
# restate it; a "percentage point" is a point of a percentage, never a basis point. Each keeps the plain figure too
# ("2 percentage points" backs "2 points"), and a basis point its own: "40 basis points" backs no "40 percentage points".
_POINTS_AFTER = patterns.compile(r"[ \u00a0\u202f-]+(?:(?P<bp>basis[ \u00a0-]+points?|bps?)|percentage[ \u00a0-]+points?)(?![\w-])",
                                 re.IGNORECASE)
PERCENTAGE_POINT, BASIS_POINT = "percentage point", "basis point"


def _with_points(text: str, mentions: list[Mention]) -> list[Mention]:
    """Return mentions with each figure in basis points also read in percentage points, and each in percentage
    points read as such (see _POINTS_AFTER)."""
    if "point" not in text and "bp" not in text:
        return mentions  # the common case: one substring search each
    read = []
    for mention in mentions:
        points = _POINTS_AFTER.match(text, mention.end) if mention.kind == "figure" and len(mention.quantities) == 1 \
            and not mention.quantities[0].unit else None
        if points:
            value = mention.quantities[0].value
            pointed = ((Quantity(value, ""), Quantity(value, BASIS_POINT), Quantity(value / 100, ""),
                        Quantity(value / 100, PERCENTAGE_POINT)) if points["bp"]
                       else (Quantity(value, ""), Quantity(value, PERCENTAGE_POINT)))
            mention = mention._replace(quantities=pointed)
        read.append(mention)
    return read


def _with_point_fractions(text: str, mentions: list[Mention], pointed) -> list[Mention]:
    """Return mentions with each fraction of a point in words (point_fractions.py) one figure, in percentage points
    where it says so (as "2 points" and "2 percentage points" are read), in place of what it overlaps ("three
    quarters" read as 0.75 alone)."""
    if not pointed:
        return mentions
    read = [Mention(start, end, text[start:end], "figure", (Quantity(value, ""), Quantity(value, PERCENTAGE_POINT))
                    if "percentage" in text[start:end].casefold() else (Quantity(value, ""),))
            for start, end, value in pointed]
    return sorted([m for m in mentions if not any(p.start < m.end and m.start < p.end for p in read)] + read)


# A court's docket number ("No. 24-cv-01873", "1:24-cv-01873"): its year and its case number, each a label, so that
# a digit changed anywhere in it ("24-cv-01837") is read; a number glued to letters by a hyphen is otherwise no figure.
_DOCKET = patterns.compile(r"(?<![\w-])(?:(\d{1,2}):)?(\d{2})-[A-Za-z]{1,4}-(\d{1,7})(?![\w-])")
_DOCKET_MIDDLE = patterns.compile(r"-[A-Za-z]{1,4}-\d")  # looked for first: a literal "-" is found far sooner


def _with_dockets(text: str, mentions: list[Mention]) -> list[Mention]:
    """Return mentions with each docket number one mention of its numbers as labels, in place of its year alone."""
    dockets = [Mention(match.start(), match.end(), match.group(), "figure",
                       tuple(Quantity(Decimal(int(number)), LABEL) for number in match.groups() if number))
               for match in _DOCKET.finditer(text)] if _DOCKET_MIDDLE.search(text) else []
    if not dockets:
        return mentions
    return sorted([m for m in mentions if not any(d.start < m.end and m.start < d.end for d in dockets)] + dockets)


def _with_spaceless(text: str, mentions: list[Mention], read_glued) -> list[Mention]:
    """Return mentions with the figures and dates glued to words (Japanese, Chinese: cjk.spaceless_mentions;
    Korean: hangul.hangul_mentions, either `read_glued`) that they do not already hold."""
    glued = [Mention(start, end, text[start:end], kind, tuple(Quantity(value, unit) for value, unit in quantities))
             for start, end, kind, quantities in read_glued(text)]
    return sorted(mentions + [m for m in glued if not any(o.start < m.end and m.start < o.end for o in mentions)])


def may_state_a_date(text: str, language: str = "") -> bool:
    """Say whether text may state a date find_mentions reads (or a month alone): False only where it holds none.

    Every such date holds a year's four digits, no digit glued before them (the mention pattern reads none there)
    nor after (its years are whole), a month's name (a locale's too) as a word of its own, or Japanese and Chinese
    月 ("3月18日"): far cheaper to look for than every mention is to read, and most sentences hold none (a marker's
    "[^c000102]" holds no year)."""
    names = _month_words(language)
    return (_YEAR_DIGITS.search(text) is not None or names is None
            or (may_hold(text, _month_runs(language)) and not names.isdisjoint(_WORD.findall(text)))
            or "月" in text or "월" in text)


_YEAR_DIGITS = patterns.compile(r"\d(?<![0-9]\d)\d{3}(?!\d)")  # the look behind after a digit: 2 x as fast


@functools.lru_cache(maxsize=None)
def _month_words(language: str) -> frozenset[str] | None:
    """Return the first word of each month's name in `language` ("كانون" of "كانون الثاني"), case as written; None
    where a locale's name holds no word, as then any text may hold it."""
    firsts = [_WORD.search(name) for name in {*_MONTH_NUMBER, *_own_months(language)}]
    return None if None in firsts else frozenset(first.group() for first in firsts)


read_by_language(_month_words)


@read_by_language
@functools.lru_cache(maxsize=None)
def _month_runs(language: str) -> frozenset[str] | None:
    """Return the runs of letters ASCII text holds, lowercased, wherever a word of it is one of _month_words(language):
    looked up among the sentence's words found once for every check (wordset.ascii_words) before its words are
    listed again, as names of months stand in few sentences."""
    return first_runs(_month_words(language))


# A number a scale word follows apart ("20 million"): an amount, as one holding a currency sign is, never a label.
_SCALED_APART = patterns.compile(r"\d\s+[^\W\d_]")


def _is_amount(figure: str) -> bool:
    """Say whether a figure as written is an amount: a currency sign in it ("$20 million", "€4m") or a scale word
    written apart ("20 million")."""
    return _SCALED_APART.search(figure) is not None or any(unicodedata.category(c) == "Sc" for c in figure)


# Text taken from a PDF glues a footnote's number to the word and stop before it ("were killed.12 The",
# "history".5): no figure of the text. A label's abbreviation ("No.12", "vol.3") keeps its number.
_FOOTNOTE_BEFORE = patterns.compile(r"[^\W\d_]{2}\.|[^\W\d_]\.?[\"”’)]\.?")
_FOOTNOTE_JUST_BEFORE = patterns.compile(rf"(?:{_FOOTNOTE_BEFORE.pattern})\Z")
_FOOTNOTE_AFTER = patterns.compile(r"\s|$")


def _footnote_reference(text: str, mention: Mention) -> bool:
    """Say whether a bare number of one to three digits is a footnote reference glued to the stop before it."""
    if mention.kind != "figure" or not re.fullmatch(r"\d{1,3}", mention.text):
        return False
    before = text[max(0, mention.start - 4):mention.start]
    if not _FOOTNOTE_JUST_BEFORE.search(before) or not _FOOTNOTE_AFTER.match(text, mention.end):
        return False
    return not _LABEL_BEFORE.search(text, max(0, mention.start - 16), mention.start)


# Text taken from a PDF glues a footnote's number to the word before it too ("valued at $640 million7 in June",
# "the attendance note12 and"): no figure of the text, and the figure it follows reads as without it. Only after
# three lowercase letters, so a name's number ("COVID19", "A320") and a unit's power ("km2") are kept.
_GLUED_FOOTNOTE = patterns.compile(r"(?<=[a-zß-öø-ÿ]{3})\d{1,3}(?=[\s.,;:!?\"”’)\]]|\Z)")


_LETTER_DIGIT = patterns.compile(r"[a-zß-öø-ÿ]\d")  # what most texts lack: found faster than a footnote is


def _without_glued_footnotes(text: str) -> str:
    """Return a source's text with the footnote numbers glued to its words blanked, its offsets kept."""
    if _LETTER_DIGIT.search(text) is None:
        return text
    return _GLUED_FOOTNOTE.sub(lambda number: " " * len(number.group()), text)


# A footnote's number glued to a year's stop ("came into force in 2024.4 More") reads as a decimal. In a
# source's text such a figure, with one to three decimals and then a new sentence (or the text's end) and no
# unit, states the year as well; it keeps the decimal it shows, as a real one ("closed at 2024.5") is possible.
_YEAR_THEN_DECIMALS = patterns.compile(r"(?:1[89]|20)\d\d\.\d{1,3}")
_NEXT_WORD = patterns.compile(r"\s*\Z|\s+(?P<first>[^\W\d_])(?P<second>[^\W\d_])")


def _with_year_before_footnote(text: str, mention: Mention) -> Mention:
    """Return the mention, stating the year too if it may be a year with a footnote number glued to its stop."""
    if mention.kind != "figure" or not _YEAR_THEN_DECIMALS.fullmatch(mention.text):
        return mention
    after = _NEXT_WORD.match(text, mention.end)
    sentence_follows = after is not None and (after["first"] is None  # the text's end
                                              or after["first"].isupper() and after["second"].islower())
    if not sentence_follows or unit_after(text, mention.start, mention.end):
        return mention
    return mention._replace(quantities=(*mention.quantities, Quantity(Decimal(mention.text[:4]))))


# A number that names rather than counts: after a label ("Article 6", "§ 1983", "Rule 51", "No. 21-1234",
# "District 7", "Group of 7", "paragraph 38"; the ambiguous words capitalised, as "the justices rule 5-4"
# is no label), before a code's abbreviation ("42 U.S.C."), or a digit ordinal ("7th", "2e"). It states
# its value with the unit "label": a count ("7 seats", "38 pages") is not backed by it, while a label or
# ordinal in prose is backed by the same number in any form (`as_labels`).
_LABEL_WORDS = ("(?:[Aa]rticles?|[Ss]ections?|[Ss]ubsections?|[Pp]aragraphs?|[Cc]hapters?|[Cc]lauses?|[Dd]istricts?"
                "|[Ss]ubparagraphs?|[Aa]lin[ée]as?|[Pp]aragraphes?|[Cc]hapitres?"
                "|[Tt]itles?|[Nn]umbers?|[Rr]outes?|Rules?|Cases?|Counts?|Dockets?|Resolutions?|Regulations?|Directives?|Amendments?"
                "|Flights?|Precincts?|Wards?|Category|Categories|Phases?|Levels?|Pages?|Volumes?|Schedules?|Annex(?:es)?"
                "|Days?|Weeks?|Rounds?|Stages?|Legs?|Game"  # "Day 7 of the strike", "Round 2": a rank
                r"|Group\s+of|Highway|Interstate|Proposition|Prop\.?"
                r"|(?i:art|arts|sec|secs|para|paras|ch|vol|pp?)\.|No\.?|Nos\.?|[Nn]\.?[°º]|§§?|¶¶?"
                r"|(?-i:U\.S\.C\.|C\.F\.R\.|USC|CFR))")  # "42 U.S.C. 1983", "28 CFR 35": a code's section
_LABEL_BEFORE = patterns.compile(rf"(?<![\w.]){_LABEL_WORDS}[ \u00a0]*$")
# "500 U.S. troops" counts troops; "550 U.S. 544" is a volume of the U.S. Reports (its page a number that follows).
_CODE_AFTER = patterns.compile(r"[ \u00a0]+(?-i:U\.S\.C\.|C\.F\.R\.|USC(?!\w)|CFR(?!\w)|U\.S\.\s\d|Stat\.\s\d"
                         r"|F\.\s?(?:[2-4]d|Supp)|S\.\s?Ct\.)")


def names_a_code(text: str, end: int) -> bool:
    """Say whether the number ending at `end` is followed by a legal code's abbreviation ("42 U.S.C."),
    which makes it a title of the code, not a count."""
    return _CODE_AFTER.match(text, end) is not None


_DIGIT_ORDINAL = patterns.compile(r"\d(?:st|nd|rd|th|er|re|e|ème|eme|nde?|\.?[ºª])$", re.IGNORECASE)
LABEL = "label"
OCCASION = "occasion"  # the rank of an occasion, "the second time": see _as_occasion


# Spelled ordinals ("seventh", "twenty-first", French "premier", "deuxième") are no figures, but a passage's
# one backs the same rank written in digits ("7th", "21st", "1er", "Day 7"): it states its value as a label.
_EN_ORDINALS = {w: n for n, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth".split(), 1)}
_EN_ORDINAL_TENS = {w: 20 + 10 * n for n, w in enumerate(
    "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth".split())}
_FR_ORDINALS = {"premier": 1, "première": 1, "premiere": 1, "second": 2, "seconde": 2, **{w: n for n, w in enumerate(
    "deuxième troisième quatrième cinquième sixième septième huitième neuvième dixième onzième douzième "
    "treizième quatorzième quinzième seizième".split(), 2)}, "vingtième": 20, "trentième": 30}
# Spanish and German ones, read where they rank an occasion (_NTH_TIME) and backing ranks in a passage anywhere.
_ES_ORDINALS = {f"{stem}{end}": n for n, stem in enumerate(
    "primer segund tercer cuart quint sext séptim octav noven décim".split(), 1) for end in ("o", "a", "")
    if end or stem in ("primer", "tercer")}
_DE_ORDINALS = {f"{stem}{end}": n for n, stem in enumerate(
    "erst zweit dritt viert fünft sechst siebt acht neunt zehnt".split(), 1) for end in ("e", "en", "er", "es", "em")}
_UNACCENTED = {word.replace("è", "e").replace("é", "e"): n for word, n in {**_FR_ORDINALS, **_ES_ORDINALS}.items()}
_RANK_WORDS = {**_ES_ORDINALS, **_DE_ORDINALS, **_UNACCENTED, **_FR_ORDINALS, **_EN_ORDINALS, **_EN_ORDINAL_TENS}
FRENCH_ORDINAL = "(?:" + "|".join(patterns.longest_first(_FR_ORDINALS)) + ")"  # "troisième", as ranks.py reads it
_SPELLED_ORDINAL = patterns.compile(
    r"(?<![\w-])(?:(?P<tens>" + "|".join(_TENS) + r")-)?(?P<unit>"
    + "|".join(patterns.longest_first(_RANK_WORDS)) + r")(?![\w-])",
    re.IGNORECASE)


@functools.lru_cache(maxsize=1 << 14)
def spelled_ranks(text: str) -> frozenset[Quantity]:
    """Return the ranks text spells ("the seventh day", "twenty-first", "au premier tour"), each as a label."""
    ranks = set()
    for match in _SPELLED_ORDINAL.finditer(text):
        word = patterns.lookup_key(match["unit"])
        value = _RANK_WORDS[word]
        if match["tens"] and word in _EN_ORDINALS and word not in _FR_ORDINALS:
            value += _WORD_VALUE[patterns.lookup_key(match["tens"])]
        ranks.add(Quantity(Decimal(value), LABEL))
    return frozenset(ranks)


# A group named by its number in one word ("G7", "G-77", "G20") is the "Group of 7" that prose may spell out.
_GROUP_NAME = patterns.compile(r"(?<![\w-])G-?(\d{1,3})(?![\w-])")


@functools.lru_cache(maxsize=1 << 14)  # a passage is read for every sentence of figures citing it (a heading: all)
def passage_labels(text: str, language: str = "") -> frozenset[Quantity]:
    """Return the names and ranks a passage gives in words the figures reader does not read: "the seventh day",
    "G77". Each backs the same label or rank in prose ("Day 7", "Group of 77"), never a count. A count of times
    ("twice", "3 times", "tres veces") also backs the rank of an occasion ("the second time", "la tercera vez")."""
    groups = frozenset(Quantity(Decimal(int(number)), LABEL) for number in _GROUP_NAME.findall(text))
    return spelled_ranks(text) | groups | _times_counted(text, language)


_TIMES_AFTER = patterns.compile(r"\s+(?:times|fois|veces|vez|[Mm]al)(?!\w)")


def _times_counted(text: str, language: str) -> frozenset[Quantity]:
    """Return, as ranks of an occasion, the counts of times a text gives: "twice" 2, "3 times" 3, "tres veces" 3."""
    folded = text.casefold()
    if not any(word in folded for word in ("twice", "thrice", "time", "fois", "vez", "veces", "mal")):
        return frozenset()
    return frozenset(Quantity(q.value, OCCASION) for mention in find_mentions(text, language)
                     if mention.text.casefold() in ("twice", "thrice") or _TIMES_AFTER.match(text, mention.end)
                     for q in mention.quantities if not q.unit)


def as_labels(quantities: frozenset[Quantity]) -> frozenset[Quantity]:
    """Return quantities with each plain number also as a label: any number backs a label or ordinal of prose
    ("District 7" citing "7 districts" or "the 7th district"), while a label backs only a label. A rank ("2nd",
    "second") backs the rank of an occasion ("for the second time") too, and that rank a label, but no count does."""
    return (quantities | {Quantity(q.value, LABEL) for q in quantities if not q.unit or q.unit == OCCASION}
            | {Quantity(q.value, OCCASION) for q in quantities if q.unit == LABEL})


def _labelled(text: str, mentions: list[Mention]) -> list[Mention]:
    """Return mentions with each number that names something (see `_LABEL_BEFORE`) stated as a label."""
    for at, mention in enumerate(mentions):
        if mention.kind != "figure" or len(mention.quantities) != 1 or mention.quantities[0].unit:
            continue
        if _is_amount(mention.text):  # "cost the district $20 million": an amount after the word, not District 20
            continue
        if (_LABEL_BEFORE.search(text, max(0, mention.start - 16), mention.start)
                or names_a_code(text, mention.end) or _DIGIT_ORDINAL.search(mention.text)):
            mentions[at] = mention._replace(quantities=(Quantity(mention.quantities[0].value, LABEL),))
    return mentions


# A range writes its unit and scale once, after its high end: "44-47%", "between 44 and 47 per cent",
# "$4-5 million", "from 1.1 to 1.3 billion", "entre 4 e 5 milhões", German "3 bis 5 Prozent", "zwischen 2 und 3 Mio.
# Euro". Its low end is then a percentage, or millions, too.
# A currency's code written before a figure, apart from it: "EUR 18 million". A range's high end may repeat it
# ("between EUR 18 million and EUR 25 million"), and "between" or a qualifier stands before it ("up to EUR 25m").
CODE_BEFORE_FIGURE = r"(?-i:USD|EUR|GBP|JPY|INR|PKR|Rs|Rp|IDR|CHF|CNY|RMB|BRL)\.?[ \u00a0\u202f]?"
_RANGE_JOIN = patterns.compile(r"(?:\s*[-–—]\s*|\s+(?:to|bis|auf)\s+|\s+(?:and|à|et|e|y|und|al?)\s+)"
                               rf"(?P<code>{CODE_BEFORE_FIGURE})?", re.IGNORECASE)
_BETWEEN = patterns.compile(rf"(?:between|entre|tra|fra|zwischen)\s+(?:{CODE_BEFORE_FIGURE})?$", re.IGNORECASE)
_BETWEEN_WORD, _BETWEEN_CODE = len("zwischen"), len("USD. ")  # the longest word and code _BETWEEN reads


def _between_before(text: str, end: int) -> re.Match | None:
    """Return _BETWEEN's match ending at `end`, searched only where it can start: from the sentence's start, each range
    of 60 KB of "between 1 and 2 ..." took 4 s, as long as the search grew with the sentence."""
    start = end
    for last in range(end, max(0, end - _BETWEEN_CODE) - 1, -1):  # its spacing ends where its code, if any, starts
        at = last
        while at > 0 and text[at - 1].isspace():
            at -= 1
        start = min(start, at - _BETWEEN_WORD)
    return _BETWEEN.search(text, max(0, start), end)


# So does a figure given instead of another, no range: "6 instead of 18 per cent", "etwa 6 statt rund 18 Prozent",
# "6, not 18 percent", "un 6 en lugar de un 18 por ciento", "6 au lieu de 18 %" (6 per cent; the hedge after the
# word is the high end's)
_INSTEAD_JOIN = patterns.compile(
    r"(?:,?\s+|\s*,\s*)(?:instead\s+of|rather\s+than|not|statt|anstatt|anstelle\s+von|en\s+lugar\s+del?|"
    r"en\s+vez\s+del?|au\s+lieu\s+des?|plutôt\s+que)\s+(?:(?:about|around|some|roughly|nearly|almost|etwa|rund|"
    r"knapp|fast|circa|ca\.|unos|unas|un|una|el|cerca\s+de|casi|environ|près\s+de|presque|quelque)\s+)?",
    re.IGNORECASE)
_ABBREVIATED_SCALE = patterns.compile(r"(?<!\w)(?:Mio|Mrd|Tsd)\Z")
_BARE = patterns.compile(r"[$€£¥]?\s?[\d.,\u00a0\u202f\u2009 ]+|[^\W\d_]+(?:[\s-][^\W\d_]+)*")
# Every scale word we read after digits, in any language ("million", "milhões", "mil millones", "Milliarden").
_SCALE_WORDS = "|".join(word.replace(" ", r"\s+") for word in patterns.longest_first(
    {*_ENGLISH_SCALES, *(word for scales in _COMMA_SCALES.values() for word in scales)}))
_HIGH_END = patterns.compile(r"(?P<head>[$€£¥]?\s?[\d.,\u00a0\u202f\u2009 ]+|[^\W\d_]+(?:[\s-][^\W\d_]+)*?)"
                       rf"(?P<tail>\s*(?:bn|bln|mln|mn|[mkb]|tn|trn)?(?:\s+(?:{_SCALE_WORDS}|mio|mrd|tsd))?)"
                       r"(?P<pct>\s?%|(?:\s+|-)per(?:\s?|-)cent|\s+percent|\s+pour\s+cent)?$",
                       re.IGNORECASE)


# A year after "in" is when, no range's low end: "up from 4% in 2023 to 11% in 2025" gives no 2023%
_YEAR_AFTER_IN = patterns.compile(r"(?<![\w-])in\s+$", re.IGNORECASE)
_A_YEAR = patterns.compile(r"(?:1[89]|20)\d\d")


def _ranges_shared(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """Return mentions with each range's low end ("44" of "44-47%") given its high end's unit and scale."""
    for at in range(len(mentions) - 1):
        low, high = mentions[at], mentions[at + 1]
        if not _shares_unit(text, low, high) or _a_year_after_in(text, low):
            continue
        factor = _scale_of(high, language)
        unit = high.quantities[0].unit
        if low.quantities[0].value * factor > high.quantities[0].value and not _a_fall_from(text, low, high, factor):
            # a low end written whole, "between £850,000 and £1 million", is no 850,000 million: a range rises
            factor = 1
        if factor != 1 or unit != low.quantities[0].unit:
            mentions[at] = low._replace(quantities=(Quantity(low.quantities[0].value * factor, unit),))
    return mentions


# A change "von 1,4 auf 1,1 Milliarden Euro" ("from 1.4 to 1.1 billion") may fall: its bare first figure shares the
# scale of the second where that keeps them within ten times of each other (read as 1.4, the honest sentence was
# refused as a rise, and its 1,4 as no passage's 1,4 Milliarden: tests/test_newuser_123.py)
_FROM_BEFORE = patterns.compile(r"(?<!\w)(?:von|from)\s+$", re.IGNORECASE)
_FALL_AT_MOST = 10


def _a_fall_from(text: str, low: Mention, high: Mention, factor: Decimal) -> bool:
    """Say whether a bare figure after "von" or "from" is the start of a fall to the next figure, in its scale."""
    return (factor != 1 and _FROM_BEFORE.search(text, max(0, low.start - 6), low.start) is not None
            and low.quantities[0].value * factor <= high.quantities[0].value * _FALL_AT_MOST)


def _a_year_after_in(text: str, low: Mention) -> bool:
    """Say whether a figure is a year written after "in" ("in 2023 to 11%"): a time, not a range's low end."""
    return (_A_YEAR.fullmatch(low.text) is not None
            and _YEAR_AFTER_IN.search(text, max(0, low.start - 8), low.start) is not None)


def _joined(text: str, low: Mention, high: Mention) -> bool:
    """Say whether two figures in a row are joined as a range's ends are ("4-5", "4 to 5", "between 4 and 5"), their
    units and scales written once or twice ("$60 million to $75 million")."""
    after_low = low.end + (text.startswith(".", low.end) and _ABBREVIATED_SCALE.search(low.text) is not None)
    join = _RANGE_JOIN.fullmatch(text, after_low, high.start)  # "2 Mio. bis 3 Mio. Euro": past the scale's dot
    word = join.group()[:join.start("code") - join.start()] if join is not None and join.group("code") else (
        join.group() if join is not None else "")
    return (low.kind == "figure" and high.kind == "figure" and len(low.quantities) == 1 and len(high.quantities) == 1
            and join is not None and (word.strip().lower() not in ("and", "et", "e", "y", "und", "auf", "a", "al")
                                      or bool(_between_before(text, low.start))
                                      or _from_de(text, low, word.strip().lower())
                                      or (word.strip().lower() == "auf" and _VON_BEFORE.search(text, max(0, low.start - 6),
                                                                                               low.start) is not None)))


# German's change "von 58,9 auf 61,8 Prozent" writes its unit once, as "from 58.9 to 61.8 per cent" does; "auf" after
# no "von" ("2 auf 10 Einwohner") joins no range (unread, the honest "stieg von 58,9 auf 61,8 Prozent" was refused:
# tests/test_factcheck_145.py)
_VON_BEFORE = patterns.compile(r"(?<!\w)von\s+$", re.IGNORECASE)


# Spanish writes a change's unit once too: "bajó del 11,2 al 9,6 por ciento", "de 4 a 5 millones"; "a" or "al" after
# no "de" ("subió 3 a 5 puntos"?) joins nothing (unread, the honest "del 11,2 % al 9,6 %" was refused:
# tests/test_newuser144.py)
_DE_BEFORE = patterns.compile(r"(?<!\w)(?:de|del|desde(?:\s+el)?)\s+$", re.IGNORECASE)


def _from_de(text: str, low: Mention, word: str) -> bool:
    """Say whether "a" or "al" joins a change's ends, its low end after "de", "del" or "desde"."""
    return word in ("a", "al") and _DE_BEFORE.search(text, max(0, low.start - 10), low.start) is not None


def _a_range(text: str, low: Mention, high: Mention) -> bool:
    """Say whether two figures in a row are a range whose bare low end shares the high end's unit and scale:
    "44-47%", "4 to 5 million", "between 4 and 5 million euros" ("and" only after "between")."""
    return _joined(text, low, high) and _BARE.fullmatch(low.text) is not None


def _shares_unit(text: str, low: Mention, high: Mention) -> bool:
    """Say whether a bare figure is given in the unit and scale of the next: a range's low end, or a figure given
    instead of another ("6 statt 18 Prozent")."""
    return _a_range(text, low, high) or (
        low.kind == "figure" and high.kind == "figure" and len(low.quantities) == 1 and len(high.quantities) == 1
        and _INSTEAD_JOIN.fullmatch(text, low.end, high.start) is not None and _BARE.fullmatch(low.text) is not None)


# Figures listed before the unit they share, told "respectively": "two million and five million dollars
# respectively" gives each in dollars (unread, "Alpha raised two million dollars" citing it was refused).
_LIST_JOIN = patterns.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_RESPECTIVELY_AFTER = patterns.compile(r"[^.;:!?]{0,80}?(?<!\w)respectively(?!\w)", re.IGNORECASE)


def _listed_respectively(text: str, low: Mention, high: Mention) -> bool:
    """Say whether a figure is listed with the next, a "respectively" after them: given in its unit, if in none."""
    return (low.kind == "figure" and high.kind == "figure" and _LIST_JOIN.fullmatch(text, low.end, high.start) is not None
            and _RESPECTIVELY_AFTER.match(text, high.end) is not None)


def _scale_of(mention: Mention, language: str) -> Decimal:
    """Return what a figure's scale word or abbreviation multiplies its number by ("5 million": 10^6), else 1."""
    parts = _HIGH_END.fullmatch(mention.text)
    if not parts or not parts["tail"].strip():
        return Decimal(1)
    head = find_mentions(parts["head"].strip(), language)
    value = head[0].quantities[0].value if len(head) == 1 and len(head[0].quantities) == 1 else None
    return mention.quantities[0].value / value if value else Decimal(1)


@read_by_language
@functools.lru_cache(maxsize=1 << 15)  # a passage is read by every sentence citing it, and by several checks
def mentions_in(text: str, language: str = "") -> tuple[Mention, ...]:
    """Return find_mentions(text, language) for a source's text, remembered: the checks of quantities, units
    and qualifiers all read the same passages."""
    return tuple(find_mentions(text, language))


@read_by_language
@functools.lru_cache(maxsize=1 << 16)
def quantities_in(text: str, language: str = "") -> frozenset[Quantity]:
    """Return every quantity stated anywhere in text (remembered: a passage is checked by every sentence citing it);
    a negative one ("−3%") states its magnitude too, which "fell 3%" may cite."""
    stated = frozenset(quantity for mention in mentions_in(text, language) for quantity in mention.quantities)
    return stated | {Quantity(-quantity.value, quantity.unit) for quantity in stated if quantity.value < 0}


def _mention(match: re.Match, comma: bool = False, scales: dict[str, int] = _ENGLISH_SCALES,
             months: dict[str, int] = {}) -> Mention | None:
    groups = match.groupdict()
    if groups.get("m4") or groups.get("m5"):
        month = groups["m4"] or groups["m5"]
        return _date(match, months[month], groups["d4"], groups["y4"] or groups["y5"])
    if groups["iso"]:
        year, month, day = groups["iso"].split("-")
        quantities = (Quantity(Decimal(year)), Quantity(Decimal(int(month)), "month"), Quantity(Decimal(day)))
        return _made(match, "date", quantities)
    for day_group, month_group, year_group in (("d1", "m1", "y1"), ("d2", "m2", "y2"), (None, "m3", "y3")):
        if groups[month_group]:
            return _date(match, _MONTH_NUMBER[groups[month_group]], day_group and groups[day_group], groups[year_group])
    if groups["hh"] or groups["hc"] or groups["ah"] or groups["dh"]:
        hour = groups["hh"] or groups["hc"] or groups["ah"] or groups["dh"]
        minutes = groups["mi"] or groups["hmi"] or groups["smi"] or groups["mc"] or groups["amin"] or groups["dmi"]
        minutes = minutes if minutes and int(minutes) else None  # "8:00 p.m." is "8 p.m.", "20:00" "20h"
        numbers = tuple(Quantity(Decimal(int(n))) for n in (hour, minutes) if n)
        if groups["ah"] and not _TWENTY_FOUR_HOUR.fullmatch(hour):
            return _made(match, "figure", numbers)  # "las 10.30" may be either clock's, as "10:45" is
        return _made(match, "figure", (Quantity(Decimal(_hour_of_day(match)), "hour of day"), *numbers))
    if groups["num"]:
        abbreviation, short = groups.get("abbr"), groups.get("eabbr")
        value = _digits_value(groups["num"], comma) + _VULGAR_FRACTION.get(groups["vulgar"], 0)
        value *= _FR_ABBREVIATIONS[abbreviation] if abbreviation else 1
        value *= _EN_ABBREVIATIONS[patterns.lookup_key(short)] if short else 1
        return _figure(match, -value if groups["minus"] else value, groups["scale"], groups["pct"] or groups.get("lpct"),
                       scales)
    if groups.get("nd") or groups.get("mfd"):
        day, month, year = (groups["nd"], groups["nm"], groups["ny"]) if groups.get("nd") else (
            groups["mfd"], groups["mfm"], groups["mfy"])
        return _made(match, "date", (Quantity(Decimal(year)), Quantity(Decimal(int(month)), "month"),
                                     Quantity(Decimal(int(day)))))
    if groups["fy"]:
        year = int(groups["fy"])
        return _made(match, "figure", (Quantity(Decimal(year + 2000 if year < 100 else year)),))
    if groups["qh"]:
        return _made(match, "figure", (Quantity(Decimal(groups["qh"][1]), LABEL),))
    if groups["frac"]:
        return _fraction_of_scale(match)
    if groups["pnum"] or groups["pnum2"] or groups["pnum3"]:
        return _part_of_whole(match)
    if groups.get("fr"):
        return _french_figure(match)
    if groups.get("frapx"):  # "une trentaine de": about 30 (french_counts.py)
        return _made(match, "figure", (Quantity(french_counts.value_of(groups["frapx"])),))
    if any(groups.get(words) for words in spelled.BY_LANGUAGE):  # number words: spelled.py
        value = spelled.value(match)
        percent = groups["wpct"] or groups.get("swpct")  # Swahili's "asilimia 35" before its figure
        return None if value is None else _made(match, "figure", (Quantity(value, "%" if percent else ""),))
    if groups["times"] or groups["once"]:
        return _made(match, "figure", (Quantity(Decimal(_TIMES[patterns.lookup_key(groups["times"] or groups["once"])])),))
    words = re.split(r"[\s-]+", patterns.lookup_key(groups["spelled"]))
    if words == ["one"] and not groups["spct"]:
        return None
    if len(words) == 1 and (words[0] in _SCALES or words[0] == "hundred"):
        return None  # a bare scale names how figures are counted ("Sales (US$ billion)", "in million euros")
    return _figure(match, Decimal(_spelled_value(words)), None, groups["spct"])


_NAMED_HOUR = patterns.compile(_ARTICLE_HOUR, re.IGNORECASE)


def names_an_hour(text: str, start: int, end: int) -> bool:
    """Say whether the figure text[start:end] is an hour named with its article ("hasta las 10.30"): a time of
    day, which a hedge may qualify ("casi las 10.30") but no bound, as "hasta" there means until."""
    return _NAMED_HOUR.fullmatch(text, start, end) is not None


def _hour_of_day(match: re.Match) -> int:
    """Return the hour of the day on a 24-hour clock a time states: "10 p.m." 22, "12 a.m." 0, "21h30" 21."""
    hour = int(match["hh"] or match["hc"] or match["ah"] or match["dh"])
    if match["dh"]:  # "in the morning" after it is a.m.; "in the afternoon", "in the evening", "at night" p.m.
        part = re.findall(r"\w+", match.string[match.end():match.end() + 16])[-1].casefold()
        return hour % 12 + (12 if part != "morning" and not (part == "night" and hour < 6) else 0)
    meridiem = re.search(r"([ap])\.?m\.?$", match.group(), re.IGNORECASE)
    if not meridiem:
        return hour
    return hour % 12 + (12 if meridiem.group(1).lower() == "p" else 0)


def _fraction_of_scale(match: re.Match) -> Mention:
    """Return the figure "half a million", "two and a half million", "a quarter of a million" or "three and a half"
    states."""
    whole = Decimal(_WORD_VALUE[patterns.lookup_key(match["whole"])]) + Decimal("0.5") if match["whole"] else None
    part = whole if whole is not None else Decimal("0.25" if "quarter" in patterns.lookup_key(match["frac"]) else "0.5")
    scale = match["wscale"] or match["fscale"]
    return _figure(match, part * (_SCALES[patterns.lookup_key(scale)] if scale else 1), None, None)


def _part_of_whole(match: re.Match) -> Mention:
    """Return the figure a fraction in words states: "two-thirds" 2/3, "one third of" 1/3."""
    numerator = match["pnum"] or match["pnum2"] or match["pnum3"]
    denominator = patterns.lookup_key(match["pden1"] or match["pden2"] or match["pden3"]).removesuffix("s")
    value = Decimal(_WORD_VALUE[patterns.lookup_key(numerator)])
    return _figure(match, value / _DENOMINATOR[denominator], None, None)


def _french_figure(match: re.Match) -> Mention | None:
    """Return the figure French number words state, or None where a lone word is an ordinary word."""
    words = re.split(r"[\s-]+", patterns.lookup_key(match["fr"]))
    if words == ["neuf"] and not match["fpct"] and not _FR_NINE_AS_NUMBER.match(match.string, match.end()):
        return None
    if len(words) == 1 and not match["fpct"] and (
            words[0] in _FR_LONE_WORDS or re.search(_FR_NOT_A_FIGURE_BEFORE.get(words[0], "(?!)"),
                                                    match.string[max(0, match.start() - 12):match.start()])):
        return None
    return _figure(match, Decimal(_french_value(words)), None, match["fpct"])


def _date(match: re.Match, month: int, day: str | None, year: str | None) -> Mention:
    quantities = [Quantity(Decimal(month), "month")]
    if day:
        quantities.append(Quantity(Decimal(re.sub(r"\D", "", day))))
    if year:
        quantities.append(Quantity(Decimal(year)))
    return _made(match, "date", tuple(quantities))


# Thousands separators: where the decimal mark is a comma, then where it is a point.
_COMMA_GROUPING = patterns.compile(r"[ .\u00a0\u202f\u2009]")
_POINT_GROUPING = patterns.compile(r"[,\u00a0\u202f\u2009\u066c]")


def _digits_value(digits: str, comma: bool) -> Decimal:
    """Return the value of a number in digits, its thousands separators left out."""
    if comma and "." in digits and not _COMMA_THOUSANDS.fullmatch(digits):  # "38.7": a decimal point
        return Decimal(digits)
    if comma:
        return Decimal(_COMMA_GROUPING.sub("", digits).replace(",", "."))
    return Decimal(_POINT_GROUPING.sub("", digits).replace("\u066b", "."))


def _figure(match: re.Match, value: Decimal, scale: str | None, percent: str | None,
            scales: dict[str, int] = _ENGLISH_SCALES) -> Mention:
    if scale:
        value *= scales[patterns.lookup_key(scale)]
    return _made(match, "figure", (Quantity(value, "%" if percent else ""),))


def _made(match: re.Match, kind: str, quantities: tuple[Quantity, ...]) -> Mention:
    start, end = match.span()
    text = match.group()
    return Mention(start, end, text, kind, quantities)


def _spelled_value(words: list[str]) -> int:
    """Return the value of spelled number words, e.g. ["two", "hundred", "and", "fifty"] -> 250."""
    total, current = 0, 0
    for word in words:
        if word == "and":
            continue
        if word == "a":
            current = 1
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word == "dozen":
            current = max(current, 1) * 12
        elif word in _SCALES:
            total, current = total + max(current, 1) * _SCALES[word], 0
        else:
            current += _WORD_VALUE[word]
    return total + current


def _french_value(words: list[str]) -> int:
    """Return the value of French number words, e.g. ["quatre", "vingt", "dix"] -> 90."""
    total, current, previous = 0, 0, ""
    for word in words:
        if word == "et":
            continue
        if word.startswith("vingt") and previous == "quatre":
            current += 76  # "quatre-vingt" is four twenties: the four counted already becomes eighty
        elif word.startswith("cent"):
            current = max(current, 1) * 100
        elif word == "mille":
            total, current = total + max(current, 1) * 1000, 0
        elif word in _FR_SCALES:
            total, current = total + max(current, 1) * _FR_SCALES[word], 0
        else:
            current += _FR_WORD_VALUE[word]
        previous = word
    return total + current


# Units of measure by family, as written right after a figure ("1,600-mile", "24 hours", "5 billion euros"),
# in English, French, Arabic, Spanish, Portuguese and Italian. A figure's unit is what it counts in: "1,600 km" is not
# "1,600 miles".
UNITS: dict[str, tuple[str, ...]] = {
    "mile": ("mile", "miles", "mi", "ميل", "أميال"),
    "kilometre": ("km", "kilometre", "kilometres", "kilometer", "kilometers", "kilomètre", "kilomètres", "كم", "كيلومتر",
                  "كيلومترات", "كيلومترا", "كيلومترًا", "kilómetro", "kilómetros", "quilómetro", "quilómetros", "quilômetro",
                  "quilômetros", "chilometro", "chilometri"),
    "metre": ("metre", "metres", "meter", "meters", "mètre", "mètres", "metros", "metri"),  # not "metro": "5 metro lines"
    "centimetre": ("cm", "centimetre", "centimetres", "centimeter", "centimeters", "centimètre", "centimètres",
                   "centímetro", "centímetros"),
    "millimetre": ("mm", "millimetre", "millimetres", "millimeter", "millimeters", "millimètre", "millimètres",
                   "milímetro", "milímetros"),
    "mile per hour": ("mph", "miles per hour", "miles an hour"),
    "kilometre per hour": ("km/h", "kmh", "kph", "kilometres per hour", "kilometers per hour", "kilometres an hour",
                           "kilomètres par heure", "kilomètres-heure"),
    "degree Celsius": ("celsius", "°c", "degrees celsius"),
    "degree Fahrenheit": ("fahrenheit", "°f", "degrees fahrenheit"),
    "foot": ("foot", "feet", "ft"),
    "kilogram": ("kg", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilogramo", "kilogramos"),
    "tonne": ("tonne", "tonnes", "ton", "tons", "tonelada", "toneladas", "tonnellata", "tonnellate"),
    "pound": ("pound", "pounds", "lb", "lbs", "£", "livre", "livres", "gbp"),
    "penny": ("penny", "pence"),  # and "244p", glued
    "hectare": ("hectare", "hectares", "ha", "hectárea", "hectáreas"),
    "acre": ("acre", "acres"),
    "litre": ("litre", "litres", "liter", "liters", "litro", "litros", "litri"),
    "barrel": ("barrel", "barrels", "baril", "barils", "barril", "barriles"),
    "dollar": ("dollar", "dollars", "$", "usd", "dólar", "dólares", "dollaro", "dollari", "دولار", "دولارات", "دولارا",
               "دولارًا", "долар", "долари", "доларів", "долара", "доллар", "доллары", "долларов", "доллара", "ڈالر",
               "डॉलर", "डालर", "ডলার"),
    "euro": ("euro", "euros", "€", "eur", "يورو", "євро", "евро", "یورو"),
    "hryvnia": ("гривня", "гривні", "гривень", "гривнею", "грн", "uah", "₴"),
    "rouble": ("рубль", "рубля", "рублів", "рублей", "руб", "rub", "₽"),
    "real": ("reais", "r$", "brl"),  # Brazil's: "R$ 4,2 milhões" is no dollar figure ("real" alone is an English word)
    "yen": ("yen", "¥", "jpy"),
    "won": ("krw",),
    "rupee": ("rupee", "rupees", "roupie", "roupies", "rs", "inr", "pkr", "روپے", "روپیہ", "روپوں", "روپیے",
              "रुपये", "रुपए", "रुपया", "रुपयों", "रु"),
    "taka": bengali.TAKA,  # "৫,০০০ টাকা", "৳২৫,০০০"
    "rupiah": indonesian.RUPIAH,  # "Rp 184,5 miliar", "Rp184,5 miliar", "850 juta rupiah"
    "franc": ("franc", "francs", "chf"),
    # Iran's: a toman is ten rials, so "۱۲۰ هزار میلیارد ریال" is no "۱۲۰ هزار میلیارد تومان" (Arabic's yeh too)
    "toman": ("تومان", "تومن", "toman", "tomans"), "rial": ("ریال", "ريال", "rial", "rials", "irr"),
    "yuan": ("yuan", "renminbi", "cny", "rmb"),
    # Dutch's too ("binnen zes maanden" citing "binnen zes weken" built: tests/test_newuser_91.py)
    "second": ("second", "seconds", "seconde", "secondes", "segundos", "seconden"),
    "minute": ("minute", "minutes", "minuto", "minutos", "minuut", "minuten"),
    "hour": ("hour", "hours", "heure", "heures", "hora", "horas", "ساعة", "ساعات", "uur"),
    "day": ("day", "days", "jour", "jours", "día", "días", "dia", "dias", "giorno", "giorni", "يوم", "يوما", "يومًا",
            "أيام", "dag", "dagen"),
    "week": ("week", "weeks", "semaine", "semaines", "semana", "semanas", "settimana", "settimane", "أسبوع", "أسبوعا",
             "أسابيع", "weken"),
    "month": ("month", "months", "mois", "meses", "mês", "mese", "mesi", "شهر", "شهرا", "أشهر", "شهور", "maand",
              "maanden"),
    "year": ("year", "years", "ans", "année", "années", "año", "años", "ano", "anos", "anno", "anni", "سنة", "سنوات", "عام",
             "عاما", "عامًا", "أعوام", "jaar", "jaren"),  # not "an": an English article
    "decade": ("decade", "decades", "décennie", "décennies", "década", "décadas"),
}
UNITS = measures.joined(UNITS)  # power, energy, area, volume and more, in every built-in language
_UNIT_FAMILY = {word: family for family, words in UNITS.items() for word in words}
# How messages name a family in the plural ("given in kilometres", "in degrees Celsius").
UNIT_PLURALS = {"real": "reais", "mile per hour": "miles per hour", "kilometre per hour": "kilometres per hour",
                "degree Celsius": "degrees Celsius", "degree Fahrenheit": "degrees Fahrenheit", "yen": "yen", "penny": "pence",
                "yuan": "yuan", "won": "won", "rupiah": "rupiah", "taka": "taka", "foot": "feet", **measures.PLURALS}
# Between a figure and its unit: a hyphen, or spaces with at most one line end among them (a tab, and a source's
# controls the checks read as spaces, too). Spaces alone let "rose by 3⏎kilometres", a line of a `|` block that the
# page shows as "3 kilometres", pass as a figure in no unit citing "3 metres", and refused "5 metres" of a seed wrapped
# as "5⏎metres" (tests/test_attack_46.py). A blank line between them ends a paragraph: no unit is read across it.
_BLANK = "[ \t\u00a0\u202f\u2009]"
_FIGURE_TO_UNIT = (rf"(?:-|(?=[\s\u00a0\u202f\u2009]){_BLANK}*(?:(?:\r?\n|[\r\x0b\x0c\x1c-\x1f\x85\u2028\u2029])"
                   rf"{_BLANK}*)?)")
# Between the words of a unit ("square kilometres", "miles per hour", "kilomètres carrés"): spaces with at most one
# line end among them, as between a figure and its unit, or a hyphen ("a 3 square-kilometre zone"). A single space
# alone let "3 square⏎kilometres" in a `|` block (and a seed wrapped there) pass as a figure in no unit, and read
# "3 kilomètres⏎carrés" as kilometres (tests/test_attack_47.py).
_LINE_END = r"(?:\r?\n|[\r\x0b\x0c\x1c-\x1f\x85\u2028\u2029])"
_WORD_GAP = rf"(?:{_BLANK}*{_LINE_END}{_BLANK}*|{_BLANK}+|-)"
# Grouped by first letter: the table has some hundred words, and most figures are followed by none of them.
_UNIT_AFTER = patterns.compile(_FIGURE_TO_UNIT + r"(?:de\s+|di\s+|d['’])?(?P<unit>" + patterns.by_first_letter(
    w for w in _UNIT_FAMILY if w[0].isalpha()).replace(r"\ ", _WORD_GAP) + r")(?![\w-])", re.IGNORECASE)
# A German compound's unit, its next noun after it: "Zehn-Minuten-Takt" and "10-Minuten-Takt" are in minutes
_COMPOUND_UNIT_AFTER = patterns.compile(r"-(?P<unit>" + patterns.by_first_letter(
    w for w in _UNIT_FAMILY if w[0].isalpha()) + r")(?=-(?-i:[A-ZÄÖÜ]))", re.IGNORECASE)


# A currency's code before a figure ("EUR 4.2 billion", "Rs 1.2 trillion", "US$5"), case as written.
_CODE_BEFORE = patterns.compile(r"(?<![\w$])(?P<unit>USD|EUR|GBP|JPY|INR|PKR|Rs|Rp|IDR|CHF|CNY|RMB|BRL)\.?[ \u00a0\u202f]?$")
_SIGNED_LOW_END = patterns.compile(r"(?P<sign>[$€£¥])\s?\d[\d.,]*\s*(?:[-\u2013\u2014]|\s+to\s+)\s*$", re.IGNORECASE)
_GLUED_AFTER = patterns.compile(rf"(?<=\d)(?P<unit>{_GLUED_UNIT})$")
# Brazil's "R$" before a figure: its dollar sign names reais.
_REAL_SIGN = patterns.compile(r"(?<!\w)R\Z")
# A currency sign after the figure, as French, German, Portuguese and Spanish write it ("750 €", "4,2 M€"); not one that
# opens the next figure ("in 2025 $3bn").
_SIGN_AFTER = patterns.compile(r"[ \u00a0\u202f\u2009]?(?P<unit>[$€£¥])(?![ \u00a0\u202f\u2009]?\d)")
_DEGREES_AFTER = patterns.compile(r"[ \u00a0\u202f]?(?P<unit>°[CF])")


# A word of a unit broken with a hyphen at a line end, as a seed wraps it: "3 square kilo-⏎metres" was read as no unit
# (tests/test_factcheck_131.py). Read within the few characters a unit's words take, so each figure costs as much.
_BROKEN_AT_LINE_END = patterns.compile(r"(?<=[^\W\d_])-[ \t]*\r?\n[ \t]*(?=[^\W\d_])")
_UNIT_SPAN = 48


def _unit_across_a_break(text: str, end: int) -> re.Match | None:
    """Return the unit after a figure whose words a hyphen at a line end breaks, read as one word ("kilo-⏎metres") or
    as two joined by the hyphen ("square-⏎kilometre"), or None."""
    window = text[end:end + _UNIT_SPAN]
    if "-" not in window or not _BROKEN_AT_LINE_END.search(window):
        return None
    return _UNIT_AFTER.match(_BROKEN_AT_LINE_END.sub("", window)) or _UNIT_AFTER.match(_BROKEN_AT_LINE_END.sub("-", window))


def unit_after(text: str, start: int, end: int) -> str | None:
    """Return the family of the unit the figure text[start:end] is given in ("mile" for "1,600-mile",
    "dollar" for "$5" or "USD 5", "kilometre" for "200km"), or None."""
    start += text[start:start + 1] in ("-", "\u2212")  # "−£3m": the sign after the minus
    sign = text[start:start + 1]
    if sign == "$" and _REAL_SIGN.search(text, max(0, start - 2), start):
        return "real"
    if sign in _UNIT_FAMILY:
        return _UNIT_FAMILY[sign]
    if bengali.taka_before(text, start):
        return "taka"
    code = _CODE_BEFORE.search(text, max(0, start - 5), start)
    if code:
        return _UNIT_FAMILY[patterns.lookup_key(code["unit"])]
    low_end = _SIGNED_LOW_END.search(text, max(0, start - 24), start)
    if low_end:  # "$4-5 million": the sign before a range's low end is its high end's too
        return _UNIT_FAMILY[low_end["sign"]]
    glued = _GLUED_AFTER.search(text, start, end)
    if glued:  # "46.5C": a capital alone is a unit only against the digits
        return {"C": "degree Celsius", "F": "degree Fahrenheit", "p": "penny"}.get(glued["unit"]) or _UNIT_FAMILY[patterns.lookup_key(glued["unit"])]
    if text[end - 1:end].isalpha() and text[end:end + 1] == ".":
        end += 1  # an abbreviated scale's dot: "48,3 Mrd. Euro" is in euros
    found = (_DEGREES_AFTER.match(text, end) or _UNIT_AFTER.match(text, end) or _SIGN_AFTER.match(text, end)
             or _COMPOUND_UNIT_AFTER.match(text, end) or _unit_across_a_break(text, end))
    if found:
        unit = patterns.lookup_key(found["unit"])  # a unit's words across a line end or a hyphen as the table's
        return _UNIT_FAMILY.get(unit) or _UNIT_FAMILY[" ".join(unit.replace("-", " ").split())]
    return (measures.symbol_after(text, end) or cjk.unit_after(text, end) or hangul.unit_after(text, end)
            or duration_adjectives.unit_after(text, end))  # "48-stündig", "zweitägig"


# Words that make a unit compound ("sq km", "km per hour" when not written as one): no single family.
_UNIT_WORDS = patterns.compile(r"(?<!\w)r\$|[^\W\d_]+|[$€£¥]")
_COMPOUND_UNIT = frozenset({"square", "sq", "cubic", "per", "par", "por", "cuadrado", "cuadrados", "cúbico", "cúbicos",
                            "carré", "carrés", "cube", "cubes", "مربع", "مكعب"})


_OF_AFTER_SCALE = patterns.compile(r"^(?:de|of|di|d['’])\s*", re.IGNORECASE)


def unit_family(unit: str) -> str | None:
    """Return the family of the unit a structured figure is given in (its `unit`: "km", "US$ billion",
    "millions d'euros" -> "kilometre", "dollar", "euro"), or None for a count ("personnel") or a compound."""
    if unit.strip() in measures.SYMBOLS:  # "MW", case as written
        return measures.SYMBOLS[unit.strip()]
    whole = unit.strip().lower()
    if whole in _UNIT_FAMILY:
        return _UNIT_FAMILY[whole]
    # "مليار متر مكعب", "millions de mètres cubes", "million m³": cubic metres, the unit after its scale
    unscaled = _OF_AFTER_SCALE.sub("", " ".join(_UNIT_SCALE.sub(" ", unit).split()))
    if unscaled.lower() in _UNIT_FAMILY or unscaled in measures.SYMBOLS:
        return _UNIT_FAMILY.get(unscaled.lower()) or measures.SYMBOLS[unscaled]
    words = _UNIT_WORDS.findall(whole)
    families = {_UNIT_FAMILY[word] for word in words if word in _UNIT_FAMILY}
    if not families:
        return cjk.currency_in_unit(whole) or hangul.currency_in_unit(whole)
    return families.pop() if len(families) == 1 and not _COMPOUND_UNIT & set(words) else None


# Scale words a structured figure's `unit` may carry, in every language we read: "US$ billion", "millions d'euros",
# "milhões de euros", "mil millones de dólares". English's win ("billion" is 10^9 in a unit, as English writes units).
_UNIT_SCALE_WORDS = {**{word: value for scales in _COMMA_SCALES.values() for word, value in scales.items()},
                     **{word.lower(): value for word, value in _FR_ABBREVIATIONS.items() if len(word) > 1},  # "Mio. Euro"
                     **_SCALES, **{f"{word}s": value for word, value in _SCALES.items()},  # "thousands of personnel"
                     **cjk.SCALES,  # "億円"
                     **_ARABIC_SCALES,  # "مليار متر مكعب"
                     **urdu_numbers.SCALES,  # "ملین ایکڑ فٹ"
                     **persian_numbers.SCALES,  # "هزار میلیارد تومان"
                     **hebrew.SCALES,  # "מיליון ש\"ח"
                     "m": 10**6}  # only before a currency sign, as French writes "M€" (an "m" alone is a metre)
_UNIT_SCALE = patterns.compile(r"(?<!\w)(?:" + "|".join(patterns.longest_first(set(_UNIT_SCALE_WORDS) - {"m"}))
                               + r"|m(?=[ \u00a0\u202f]?[€$£¥]))(?!\w)", re.IGNORECASE)


def scale_word(unit: str) -> str | None:
    """Return the word of a structured figure's `unit` that scales its value ("billion" in "US$ billion"), or None."""
    found = _UNIT_SCALE.search(unit)
    return found.group() if found else cjk.scale_in_unit(unit) or hangul.scale_in_unit(unit)


def unit_scale(unit: str) -> int:
    """Return what a structured figure's `unit` scales its value by ("US$ billion" 10^9, "milhões de euros" 10^6),
    else 1."""
    word = scale_word(unit)
    if word and hangul.scale_in_unit(word) == word and patterns.lookup_key(word) not in _UNIT_SCALE_WORDS:
        return hangul.scale_of(word)  # Korean's "억 원", "천억원"
    return _UNIT_SCALE_WORDS[patterns.lookup_key(word)] if word else 1


@functools.lru_cache(maxsize=1 << 10)  # a sentence of many figures asks for each of them (attack_5: 30,000 figures)
def names_unit(text: str, family: str) -> bool:
    """Say whether text names a unit of the family anywhere ("in US$ billion: Northmart 42.5" names dollars)."""
    return any(re.search(rf"(?<!\w){re.escape(word)}(?!\w)" if word[0].isalpha() else re.escape(word), text,
                         re.IGNORECASE) for word in UNITS[family])


@functools.lru_cache(maxsize=1 << 14)  # a passage is checked by every sentence citing it
def units_given(text: str, language: str = "") -> frozenset[tuple[Quantity, str]]:
    """Return each (quantity, unit family) text states a figure with a unit ("1,600-mile": (1600, "mile")); a
    range's low end is given in its high end's ("between 4 and 5 million euros": 4 million euros too)."""
    mentions = mentions_in(text, language)
    units = [unit_after(text, mention.start, mention.end) if mention.kind == "figure" else None for mention in mentions]
    for at in range(len(mentions) - 1, 0, -1):  # from the last: "2, 3 and 5 dollars respectively" gives each in dollars
        if units[at - 1] is None and (_shares_unit(text, mentions[at - 1], mentions[at])
                                      or _listed_respectively(text, mentions[at - 1], mentions[at])):
            units[at - 1] = units[at]
    units = carried_units(text, mentions, units)  # "from four years to two": two years
    for start, end, family in table_units.row_units(text, lambda words: unit_after(words, 0, 1)):
        units = [family if unit is None and mention.kind == "figure" and start <= mention.start < end else unit
                 for mention, unit in zip(mentions, units)]  # "Median wait (weeks)   11   14": 11 weeks, 14 weeks
    given = {(quantity, unit) for mention, unit in zip(mentions, units) if unit for quantity in mention.quantities}
    # a figure in pence is read second as pounds (_with_pence_in_pounds): "412p" gives £4.12 too
    return frozenset(given | {(mention.quantities[1], "pound") for mention, unit in zip(mentions, units)
                              if unit == "penny" and len(mention.quantities) == 2})


# A range's ends as a change's: "rose from $4.75 to $6.10" gives each figure on its own ("from" ... "to" is mostly a
# change), which a range does not. Years name a period, and a low end above its high end is a score ("voted 6-3").
_FROM_BEFORE = patterns.compile(r"(?<!\w)(?:from|de|du|des|del|von|od)\s+$", re.IGNORECASE)
_BARE_YEAR = patterns.compile(r"(?:1[89]|20)\d\d(?:['’]?s)?")  # "2019", a decade's "1990s"
_YEAR = patterns.compile(r"(?:1[89]|20)\d\d")


def is_year(figure: str) -> bool:
    """Say whether a figure as written is a year alone ("2021"; 1800 to 2099)."""
    return bool(_YEAR.fullmatch(figure))


class RangeEnd(NamedTuple):
    """One end of a range a text states: "low" or "high", the range as written, and whether "from" opens it."""

    end: str
    words: str
    from_: bool


@functools.lru_cache(maxsize=1 << 14)  # a passage is checked by every sentence citing it
def range_ends(text: str, language: str = "") -> dict[tuple[int, int], RangeEnd]:
    """Return {(start, end) of each figure that ends a range of text ("between $12 and $14", "$60 million to $75
    million", "1-2%"): its RangeEnd}; not a range of years, of names or ranks, nor one whose ends fall."""
    mentions, ends = mentions_in(text, language), {}
    for low, high in zip(mentions, mentions[1:]):
        if (not _joined(text, low, high) or _BARE_YEAR.fullmatch(low.text) or _BARE_YEAR.fullmatch(high.text)
                or low.quantities[0].unit != high.quantities[0].unit or low.quantities[0].unit == LABEL
                or low.quantities[0].value >= high.quantities[0].value):
            continue
        between = _between_before(text, low.start)
        start = between.start() if between else low.start
        words = " ".join(text[start:high.end].split())
        from_ = _FROM_BEFORE.search(text, max(0, low.start - 8), low.start) is not None
        ends[(low.start, low.end)] = RangeEnd("low", words, from_)
        ends[(high.start, high.end)] = RangeEnd("high", words, from_)
    return ends


read_by_language(mentions_in)
read_by_language(quantities_in)
read_by_language(passage_labels)
read_by_language(units_given)
read_by_language(range_ends)
