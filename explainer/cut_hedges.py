"""A quotation cut past its hedge: the source's "at least" left outside the quotation marks, and out of the sentence.

'The ministry said the toll was "40 dead and many more missing"' citing 'the toll was "at least 40 dead and many more
missing"' quotes every word as written and drops the bound that changes what they say; so does « jusqu'au 10 mars » of «
au moins jusqu'au 10 mars ». A quotation whose first words follow, in a passage it cites (or the source's sentence
holding it), a bound of a figure or date ("at least", "no fewer than", "more than", "fewer than", "at most", "nearly",
"almost"; French "au moins", "plus de", "moins de", "près de", "presque"; German "mindestens", "höchstens", "mehr als",
"weniger als", "beinahe"; Spanish "al menos", "por lo menos", "más de", "menos de", "casi"), or, where the quotation
starts with a figure (digits or a number word), a hedge ("up to", "as many as", "about", "around", "some", "roughly",
"approximately"; "environ", "jusqu'à", "quelque"; "etwa", "rund", "ungefähr", "bis zu"; "unos", "alrededor de", "cerca
de", "hasta") must keep one, inside the quotation or in the words just before it. A passage that also gives the words
without a bound lets it pass.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding
from .quotation_cuts import BEFORE_QUOTED, CutWord, cut_quotations

_BOUNDS = ("at least", "no fewer than", "no less than", "no more than", "not more than", "more than", "fewer than",
           "less than", "at most", "upwards of", "as few as", "nearly", "almost", "au moins", "au minimum", "au plus",
           "au maximum", "plus de", "moins de", "près de", "presque", "mindestens", "wenigstens", "höchstens",
           "mehr als", "weniger als", "beinahe", "al menos", "por lo menos", "como mínimo", "como máximo",
           "a lo sumo", "más de", "menos de", "casi")
# Hedges of a figure only: "he spoke about «the ceasefire»" hedges nothing, "some «40 dead»" does
_HEDGES = ("up to", "as many as", "about", "around", "some", "roughly", "approximately", "environ", "jusqu['’]à",
           "quelque", "etwa", "rund", "ungefähr", "bis zu", "unos", "unas", "alrededor de", "cerca de", "hasta",
           "aproximadamente")


def _either(words) -> str:
    return "(?:" + "|".join(word.replace(" ", r"\s+") for word in words) + ")"


_BOUND = _either(_BOUNDS)
_BOUND_OR_HEDGE = _either(_BOUNDS + _HEDGES)
_MAY_BOUND = patterns.compile(r"(?<!\w)" + _BOUND_OR_HEDGE + r"(?!\w)", re.IGNORECASE)
# A bound right before where the quoted words start, past an opening quotation mark the source may give there; a
# hedge too where the quoted words start with a figure
_BOUND_BEFORE = patterns.compile(r"(?<!\w)(" + _BOUND + r")" + BEFORE_QUOTED, re.IGNORECASE)
_HEDGE_BEFORE = patterns.compile(r"(?<!\w)(" + _BOUND_OR_HEDGE + r")" + BEFORE_QUOTED, re.IGNORECASE)
# A figure: digits, or a number word of the built-in languages ("forty", "quarante", "vierzig", "cuarenta")
_FIGURE = patterns.compile(
    r"\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|hundred|thousand|million|dozen|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|vingt"
    r"|trente|quarante|cinquante|soixante|cent|mille|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf"
    r"|zwanzig|dreißig|vierzig|fünfzig|hundert|tausend|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce"
    r"|veinte|treinta|cuarenta|cincuenta|cien|mil)(?!\w)", re.IGNORECASE)
_KEPT_BEFORE = 48  # characters before a quotation where the sentence may keep the bound ('at least "40 dead"')
_READ_BEFORE = 24  # characters before the quoted words in a passage that may hold its bound


def cut_hedges(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text quotes words that every cited passage giving them gives right after a bound ("at
    least") and the sentence keeps none."""
    return cut_quotations(_CUT_BOUND, text, passages, offset)


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _bounds(text: str) -> bool:
    return bool(_MAY_BOUND.search(text))


_CUT_BOUND = CutWord(_bounds, _MAY_BOUND, _KEPT_BEFORE,
                     lambda words: _HEDGE_BEFORE if _FIGURE.match(words[0]) else _BOUND_BEFORE, _READ_BEFORE)
