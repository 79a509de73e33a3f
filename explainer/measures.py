"""Units of measure beyond the first table of `numbers.UNITS`: power, energy, area, volume, mass and length in the
spellings the built-in languages write (English, French, German, Spanish, Arabic) and Russian's common ones.

A figure's unit is what it counts in: "400 GW" is not "400 MW", "300 acres" not "300 hectares". `WORDS` joins
`numbers.UNITS` (read in any case, as whole words after the figure); `SYMBOLS` are read as written, since their case
is their meaning ("MW" megawatts, "mW" none we read; "t" tonnes, "m" metres, never "M", a scale).
"""

from __future__ import annotations

import re

from . import indonesian, patterns

def _per_litre(mass: str) -> tuple[str, ...]:
    """Return the spellings of a concentration of `mass` per litre: "micrograms per litre", "microgram per liter"."""
    return tuple(f"{mass}{plural} per {litre}" for plural in ("", "s") for litre in ("litre", "liter"))


# Spellings by family, added to `numbers.UNITS` (a family there keeps its own words too). Compound units are whole
# entries ("cubic metres", "mètres cubes"), so "2 million cubic metres" is not read as metres.
WORDS: dict[str, tuple[str, ...]] = {
    "tonne": ("metric ton", "metric tons", "metric tonne", "metric tonnes", "tonnen", "طن", "أطنان", "طنا", "طنًا",
              "тонн", "тонна", "тонны", "тонну"),
    "kilotonne": ("kilotonne", "kilotonnes", "kiloton", "kilotons"),
    "megatonne": ("megatonne", "megatonnes", "megaton", "megatons", "mégatonne", "mégatonnes"),
    "kilogram": ("kilogramm", "kilogrammen", "kilo", "kilos", "كيلوغرام", "كيلوغراما", "كيلوجرام", "كغ", "كلغ", "кг",
                 "килограмм", "килограммов", "килограмма"),
    "gram": ("gram", "grams", "gramme", "grammes", "gramm", "gramo", "gramos", "غرام", "غراما", "جرام", "грамм",
             "граммов"),
    # a concentration per litre keeps its mass's family, read whole: a claim's `unit: milligrams per litre` was no
    # unit at all (two families), so 48 of "48 micrograms per litre" built in it (tests/test_newuser_138.py)
    "milligram": ("mg", "milligram", "milligrams", "milligramme", "milligrammes", "milligramm", "miligramo",
                  "miligramos", *_per_litre("milligram")),
    # a drug's concentration in a sample, a thousand times apart: "4.2 nanograms per millilitre" is no 4.2 micrograms
    "microgram": ("microgram", "micrograms", "microgramme", "microgrammes", "mikrogramm", "microgramo", "microgramos",
                  "mcg", "µg", "μg", *_per_litre("microgram")),
    "nanogram": ("nanogram", "nanograms", "nanogramme", "nanogrammes", "nanogramm", "nanogramo", "nanogramos", "ng"),
    "mile": ("milles", "meile", "meilen", "milla", "millas", "ميلا", "миль", "мили", "миля"),
    "kilometre": ("kilometern", "километр", "километров", "километра", "км"),
    "metre": ("metern", "مترا", "متر", "أمتار", "метр", "метров", "метра"),
    "centimetre": ("zentimeter", "zentimetern", "سم", "سنتيمتر", "سنتيمترا", "سنتيمترات", "см", "сантиметров"),
    "millimetre": ("millimetern", "ملم", "مم", "مليمتر", "مليمترا", "мм", "миллиметров"),
    # and as abbreviated with dots, "3 sq. km", read as no unit before (tests/test_factcheck_131.py)
    "square kilometre": ("sq km", "sq. km", "sq.km", "square kilometre", "square kilometres", "square kilometer", "square kilometers",
                         "kilomètre carré", "kilomètres carrés", "kilómetro cuadrado", "kilómetros cuadrados",
                         "quadratkilometer", "quadratkilometern", "كيلومتر مربع", "كيلومترا مربعا",
                         "كيلومترات مربعة", "кв. км", "квадратных километров"),
    "square mile": ("sq mi", "sq. mi", "sq.mi", "square mile", "square miles", "mille carré", "milles carrés", "milla cuadrada",
                    "millas cuadradas", "quadratmeile", "quadratmeilen", "ميل مربع", "ميلا مربعا", "أميال مربعة"),
    "square metre": ("sq m", "sq. m", "square metre", "square metres", "square meter", "square meters", "mètre carré", "mètres carrés",
                     "metro cuadrado", "metros cuadrados", "quadratmeter", "quadratmetern", "متر مربع", "مترا مربعا",
                     "أمتار مربعة", "квадратных метров"),
    "square foot": ("sq ft", "sq. ft", "square foot", "square feet"),
    "hectare": ("hektar", "هكتار", "هكتارا", "هكتارات", "гектаров", "гектара", "гектар"),
    "acre": ("فدان", "فدانا", "أفدنة", "акров"),
    "cubic metre": ("cu m", "cu. m", "cubic metre", "cubic metres", "cubic meter", "cubic meters", "mètre cube", "mètres cubes",
                    "metro cúbico", "metros cúbicos", "kubikmeter", "kubikmetern", "متر مكعب", "مترا مكعبا",
                    "أمتار مكعبة", "кубометров", "кубических метров"),
    "litre": ("liter", "litern", "لتر", "لترا", "لترات", "литров", "литра", "литр"),
    "gallon": ("gallon", "gallons", "gallone", "gallonen", "galón", "galones", "جالون", "غالون", "галлонов"),
    "watt": ("watt", "watts", "vatio", "vatios", "واط", "ватт"),
    "kilowatt": ("kilowatt", "kilowatts", "kilovatio", "kilovatios", "كيلوواط", "киловатт"),
    "megawatt": ("megawatt", "megawatts", "mégawatt", "mégawatts", "megavatio", "megavatios", "ميغاواط", "ميجاوات",
                 "ميغاوات", "мегаватт"),
    "gigawatt": ("gigawatt", "gigawatts", "gigavatio", "gigavatios", "غيغاواط", "جيجاوات", "غيغاوات", "гигаватт"),
    "kilowatt hour": ("kilowatt hour", "kilowatt hours", "kilowatt-hour", "kilowatt-hours", "kilowattheure",
                      "kilowattheures", "kilowattstunde", "kilowattstunden", "kilovatio hora", "kilovatios hora"),
    "megawatt hour": ("megawatt hour", "megawatt hours", "megawatt-hour", "megawatt-hours", "mégawattheure",
                      "mégawattheures", "megawattstunde", "megawattstunden", "megavatio hora", "megavatios hora",
                      "ميغاواط ساعة"),
    "gigawatt hour": ("gigawatt hour", "gigawatt hours", "gigawatt-hour", "gigawatt-hours", "gigawattheure",
                      "gigawattheures", "gigawattstunde", "gigawattstunden", "gigavatio hora", "gigavatios hora"),
    "terawatt hour": ("terawatt hour", "terawatt hours", "terawatt-hour", "terawatt-hours", "térawattheure",
                      "térawattheures", "terawattstunde", "terawattstunden", "teravatio hora", "teravatios hora"),
    # concentrations, a thousand times apart: "112 parts per billion" is no "112 parts per trillion" ("ppt" is also
    # a percentage point, and not read)
    "part per million": ("part per million", "parts per million", "ppm"),
    "part per billion": ("part per billion", "parts per billion", "ppb"),
    "part per trillion": ("part per trillion", "parts per trillion"),
    "second": ("sec", "secs", "sekunde", "sekunden", "segundo", "ثانية", "ثوان", "ثوانٍ", "секунд", "секунды"),
    "minute": ("min", "mins", "minuten", "دقيقة", "دقائق", "минут", "минуты", "минуту"),
    "hour": ("hr", "hrs", "stunde", "stunden", "std", "ساعه", "часов", "часа", "час"),
    "day": ("tag", "tage", "tagen", "дней", "дня", "суток"),
    "week": ("woche", "wochen", "недель", "недели"),
    "month": ("monat", "monate", "monaten", "месяцев", "месяца"),
    "year": ("jahr", "jahre", "jahren", "лет"),  # not "года": "2020 года" is a year
    "decade": ("jahrzehnt", "jahrzehnte", "jahrzehnten"),
}
WORDS = {family: WORDS.get(family, ()) + indonesian.UNITS_OF_MEASURE.get(family, ())
         for family in (*WORDS, *indonesian.UNITS_OF_MEASURE)}  # "312 milimeter", "tiga hari" (indonesian.py)

# Symbols read only as written, after a space (or "de ": "2 millions de m³"): their case is their meaning. Each is of
# a family with words too, which `names_unit` reads. Not one before a currency sign ("4,2 M€" is millions of euros),
# nor "W" alone or "h" alone ("10 h 30" is a time); nor one an apostrophe and a letter follow, which elide a word:
# French "400 l'an" is 400 a year, no litres.
SYMBOLS: dict[str, str] = {
    "t": "tonne", "Mt": "megatonne", "m": "metre", "km²": "square kilometre", "km2": "square kilometre",
    "m²": "square metre", "m2": "square metre", "m³": "cubic metre", "m3": "cubic metre", "l": "litre",
    "kW": "kilowatt", "MW": "megawatt", "GW": "gigawatt", "kWh": "kilowatt hour", "MWh": "megawatt hour",
    "GWh": "gigawatt hour", "TWh": "terawatt hour", "MВт": "megawatt", "МВт": "megawatt", "ГВт": "gigawatt",
    "т": "tonne", "м": "metre",
}
_SYMBOL_AFTER = patterns.compile(r"[ \u00a0\u202f\u2009]+(?:de\s+)?(?P<unit>" + "|".join(
    patterns.longest_first(re.escape(symbol) for symbol in SYMBOLS)) + r")(?![\w\-²³]|['’]\w|[ \u00a0\u202f]?[$€£¥])")
# How messages name the new families in the plural, where "s" is not it.
PLURALS = {"square foot": "square feet", "square kilometre": "square kilometres", "square mile": "square miles", "square metre": "square metres",
           "cubic metre": "cubic metres", "kilowatt hour": "kilowatt hours", "megawatt hour": "megawatt hours",
           "gigawatt hour": "gigawatt hours", "terawatt hour": "terawatt hours", "part per million": "parts per million",
           "part per billion": "parts per billion", "part per trillion": "parts per trillion"}


# What to do about a figure given in another unit than its passages give it in.
OTHER_UNIT_HINT = ("write the source's unit, or cite a passage that gives the figure in yours; a conversion is a "
                   "figure the source does not state")


def joined(units: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """Return the unit families of `units` with the spellings of `WORDS` added, each family's own first."""
    return {family: units.get(family, ()) + WORDS.get(family, ()) for family in {**units, **WORDS}}


def symbol_after(text: str, end: int) -> str | None:
    """Return the family of the symbol written right after a figure, case as written ("400 MW": "megawatt"), or
    None."""
    found = _SYMBOL_AFTER.match(text, end)
    return SYMBOLS[found["unit"]] if found else None
