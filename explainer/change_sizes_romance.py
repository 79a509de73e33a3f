"""A Spanish or French change's size reckoned from its two ends: "subir la hora de guardia en 4 euros" of a passage's
"subir el precio de la hora de guardia de 24 a 28 euros", as explainer/change_sizes.py reads English "rose by 4" of
"from 24 to 28".

Unread, "El Gobierno ofrece subir la hora de guardia en 4 euros" and "El seguimiento subió 4 puntos" (of "pasó del 68 %
al 72 %") were refused ("figure "4" is not in the passages"). A figure after "en" or "de" ("augmenter de 4 euros"),
a noun of change and "de" ("una subida de", "une hausse de") or a verb of change itself ("subió 4 puntos"), in a
sentence whose words give a rise or a fall ("subir", "bajó", "augmenter", "baisse"), may be the difference of the two
ends of a change "de A a B" ("del 68 % al 72 %", "del 68 % el lunes al 72 % el martes", "de 24 à 28 euros", "desde A hasta B") a cited passage gives after a
word of change ("subir", "pasó", "passé"), in the same unit ("puntos", "points" are percentage points of two
percentages), the same way: "bajar en 4 euros" of "subir de 24 a 28" is refused, and so is "en 5 euros"
(tests/test_newuser_67.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .numbers import PERCENTAGE_POINT, Quantity, mentions_in, unit_after
from .relative_changes import changes_of, fits

# what a French "reculer" pushes later, where it does not fall: "reculer l'âge légal", "reculer la date"
_LATER = r"\s+(?:l['’]âge|la\s+date|l['’]échéance|le\s+départ|le\s+terme)"
_RISING = (r"sub(?:e|en|ir|ió|ieron|ida|idas|irá|irán|iría|irían|a|an)|aument\w*|increment\w*|crec\w*|creci\w*"
           r"|elev\w*|alz\w*|augment\w*|hausse\w*|progress\w*|relev\w*|gagn\w*|monté\w*|grimp\w*"
           # an age or a date pushed back is raised: "repousser l'âge légal de deux ans", "reculer l'âge de 2 ans"
           r"|repouss\w*|report(?:e|es|ent|er|é|ée|és|ées|era|eront|erait|ait|ant)|retard\w*"
           rf"|recul\w*(?={_LATER})")
_FALLING = (r"baj(?:a|an|ar|ó|aron|ada|adas|ará|arán|aría)|ca(?:e|en|yó|yeron|ída|erá)|descen\w*|descien\w*|reduc\w*"
            rf"|reduj\w*|recort\w*|rebaj\w*|dismin\w*|perd\w*|pierd\w*|retroced\w*|baiss\w*|diminu\w*|recul\w*(?!{_LATER})"
            r"|chut\w*|rédui\w*|abaiss\w*")
_WAY = patterns.compile(rf"(?<!\w)(?:(?P<fall>{_FALLING})|(?P<rise>{_RISING}))(?!\w)", re.IGNORECASE)
# a change's size right after its word: "en 4 euros", "de 4 points", "una subida de unos 4", "subió 4 puntos"
_SIZE_BEFORE = patterns.compile(
    rf"(?<!\w)(?:(?:en|de|(?:{_RISING}|{_FALLING}))\s+|d['’](?=environ|à\s+peu))(?:unos\s+|unas\s+|casi\s+|cerca\s+de\s+"
    r"|environ\s+|à\s+peu\s+près\s+|près\s+de\s+|presque\s+|un\s+)?$", re.IGNORECASE)  # "d'environ 6 500"
_POINTS_AFTER = patterns.compile(r"\s*(?:puntos?|points?)(?!\w)", re.IGNORECASE)
# a passage's change between two ends, after a word of change in its clause: "subir ... de 24 a 28", "pasó del 68 %"
_CHANGED = patterns.compile(rf"(?<!\w)(?:{_RISING}|{_FALLING}|pas(?:ó|ar|aron|a|an|ará|ado|ada|s[ée]\w*|ser|se|sent))"
                            r"(?!\w)[^.;:!?]*$", re.IGNORECASE)
_FROM = patterns.compile(r"(?<!\w)(?:de|del|desde|du|de\s+l['’])\s+(?:(?:un|una|el|la|le|les)\s+)?$", re.IGNORECASE)
# a level reached, then its start after "contre" or "frente a", a clause of words between: "Environ 11 000 habitants ont
# désormais reçu l'ordre de quitter leur domicile, contre environ 4 500 lundi", as English's "up from about 4,500"
# (change_sizes._LONG_UP_FROM; tests/test_factcheck_131.py)
_THEN_START = patterns.compile(r"(?:,?\s+[^\W\d][\w'’-]*){0,14},\s+(?:contre|frente\s+a|comparé\s+à|par\s+rapport\s+à)\s+"
                               r"(?:(?:environ|quelque|près\s+de|unos|unas|cerca\s+de|alrededor\s+de)\s+)?",
                               re.IGNORECASE)
_TO = patterns.compile(r"\s*(?:[^\W\d_]+\s+){0,3}?(?:a|al|hasta|à|au|jusqu['’]à)\s+(?:(?:un|una|el|la|le|les)\s+)?",
                       re.IGNORECASE)


def change_of_ends(quantities: tuple[Quantity, ...], sentence: str, start: int, end: int, passages) -> bool:
    """Say whether the figure at `start`..`end` of a Spanish or French sentence is given as a change's size ("en 4
    euros", "subió 4 puntos") that is the difference of the two ends of a change "de A a B" a passage gives, the same
    way."""
    if not _SIZE_BEFORE.search(sentence, max(0, start - 30), start):
        return False
    said = _WAY.search(sentence[max(0, start - 80):end + 40])
    if not said:
        return False  # "en 2026", "de 4 euros la hora": no change said
    way = said["rise"] is not None
    unit = "%" if _POINTS_AFTER.match(sentence, end) else ""
    wanted = {q.value for q in quantities if q.unit in ("", PERCENTAGE_POINT)}
    return any(abs(reached.value - started.value) in wanted and started.unit == unit
               and (reached.value > started.value) == way
               for passage in passages if passage.language[:2] in ("es", "fr")
               for started, reached in _ends_of(passage.text, passage.language))


@functools.lru_cache(maxsize=1 << 10)  # a passage is read by every sentence citing it
def _ends_of(text: str, language: str) -> tuple[tuple[Quantity, Quantity], ...]:
    """Return the starting level and the level reached of each change text gives as "de A a B" after a word of
    change in its clause."""
    mentions = [m for m in mentions_in(text, language) if m.kind == "figure"]
    # a rank may stand between the ends: "del 68 % el primer día al 72 %"
    return tuple((a, b) for index, first in enumerate(mentions) for second in mentions[index + 1:index + 3]
                 if _FROM.search(text, max(0, first.start - 12), first.start)
                 and _TO.fullmatch(text, first.end, second.start)
                 and _CHANGED.search(text, max(0, first.start - 100), first.start)
                 for a in first.quantities for b in second.quantities if a.unit == b.unit) + tuple(
        (b, a) for first, second in zip(mentions, mentions[1:])
        if _THEN_START.fullmatch(text, first.end, second.start)
        and unit_after(text, first.start, first.end) == unit_after(text, second.start, second.end)
        for a in first.quantities for b in second.quantities if a.unit == b.unit)


# a change's share right after its word, with its hedge: "a augmenté d'environ 144 %", "aumentaron cerca de un 144 %",
# "une hausse de 144 %", "un aumento del 144 %"
_SHARE_BEFORE = patterns.compile(
    rf"(?<!\w)(?:(?:{_RISING}|{_FALLING})(?:\s+(?:en|de))?|en|de|del|d['’]|(?:hausse|baisse|augmentation|diminution"
    r"|subida|bajada|aumento|caída|descenso|incremento|reducción)\s+(?:de|del|d['’]))\s*"
    r"(?:(?P<qualifier>environ|à\s+peu\s+près|quelque|près\s+de|presque|plus\s+de|moins\s+de|unos|unas"
    r"|alrededor\s+de|en\s+torno\s+a|cerca\s+de|casi|aproximadamente|más\s+de|menos\s+de)\s*)?"
    r"(?:(?:un|una|el|al|l)\s+)?$", re.IGNORECASE)
_SHARE_QUALIFIERS = {"environ": "about", "à peu près": "about", "quelque": "about", "près de": "about",
                     "presque": "nearly", "plus de": "more", "moins de": "less", "unos": "about", "unas": "about",
                     "alrededor de": "about", "en torno a": "about", "cerca de": "about", "casi": "nearly",
                     "aproximadamente": "about", "más de": "more", "menos de": "less"}


def relative_change_of_ends(quantities: tuple[Quantity, ...], sentence: str, start: int, end: int, passages) -> bool:
    """Say whether the percentage at `start`..`end` of a French or Spanish sentence, given as a change's size ("a
    augmenté d'environ 144 %", "aumentaron cerca de un 144 %"), is the share of its start of a change a passage gives
    by its two ends ("contre environ 2 500", "de 100 a 190"), the same way: English's "rose by about 144%"
    (change_sizes._relative_size; tests/test_factcheck_141.py)."""
    said = _SHARE_BEFORE.search(sentence, max(0, start - 40), start)
    shares = [q.value for q in quantities if q.unit == "%"]
    way = _WAY.search(sentence[max(0, start - 80):end + 40]) if said and shares else None
    if way is None:
        return False
    qualifier = _SHARE_QUALIFIERS.get(" ".join((said["qualifier"] or "").casefold().split()), "")
    return any(fits(value, qualifier, change.percent, True) and change.rising == (way["rise"] is not None)
               for passage in passages if passage.language[:2] in ("es", "fr")
               for change in changes_of(_ends_of(passage.text, passage.language)) for value in shares)
