"""A German change's size reckoned from its two ends: "soll um drei Stunden sinken" of a passage's "Senkung der
Wochenarbeitszeit von 38 auf 35 Stunden", as explainer/change_sizes.py reads English "fell by 3 hours" of "from 38 to
35".

Unread, "Die Wochenarbeitszeit soll um drei Stunden sinken" was refused ("figure "drei" is not in the passages"). A
figure after "um" (or "Plus von", "Minus von"), in a sentence whose words give a rise or a fall ("sinken", "gesenkt",
"Erhöhung", "steigt"), may be the difference of the two ends of a change "von A auf B" a cited passage gives, in the
same unit (percentage points of two percentages), the same way: "um drei Stunden steigen" of "von 38 auf 35" is
refused, and so is "um vier Stunden sinken" (tests/test_newuser_66.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .numbers import PERCENTAGE_POINT, Quantity, is_year, mentions_in, unit_after
from .relative_changes import changes_of, fits

# a change's size right after its word: "um", "um rund", "ein Plus von", "eine Senkung um"
_SIZE_BEFORE = patterns.compile(r"(?<!\w)(?:um|plus\s+von|minus\s+von)\s+(?:rund\s+|etwa\s+|knapp\s+|fast\s+"
                                r"|ungefähr\s+|gut\s+)?$", re.IGNORECASE)
_FALLING = patterns.compile(r"(?<!\w)(?:sink|sank|gesunken|senk|gesenkt|fall|fäll|fiel|gefallen|rückgang|verringer"
                            r"|reduz|kürz|gekürzt|minus|zurückg|nimmt\s+\w+\s+ab|nahm\s+\w+\s+ab|abnahme|abgebaut"
                            r"|abbau|weniger|kleiner|niedriger|kürzer|geringer|billiger|günstiger)", re.IGNORECASE)
_RISING = patterns.compile(r"(?<!\w)(?:steig|stieg|gestiegen|anstieg|erhöh|anheb|angehoben|hebt|wachs|wächst|wuchs"
                           r"|gewachsen|zuwachs|zuleg|zugeleg|plus|zunahme|nimmt\s+\w+\s+zu|nahm\s+\w+\s+zu|mehr|größer|höher|länger"
                           r"|teurer)",
                           re.IGNORECASE)
# between a change's two ends: "von 38 auf 35", "von 38 Stunden auf 35"
_TO = patterns.compile(r"\s*(?:[^\W\d_]+\s+)?auf\s+$", re.IGNORECASE)
_FROM = patterns.compile(r"(?<!\w)von\s+$", re.IGNORECASE)
# a level reached, then its start after "nach" or "gegenüber", a clause of words between: "Etwa 11.000 Einwohner wurden
# inzwischen aufgefordert, ihre Häuser zu verlassen, nach etwa 4.500 am Montag", as English's "up from about 4,500"
# (change_sizes._LONG_UP_FROM; tests/test_factcheck_131.py)
_THEN_START = patterns.compile(r"(?:,?\s+[^\W\d][\w'’-]*){0,14},\s+(?:nach|gegenüber)\s+(?:zuvor\s+)?(?:(?:etwa|rund"
                               r"|ungefähr|knapp|fast|gut|circa|ca\.)\s+)?", re.IGNORECASE)


def change_of_ends(quantities: tuple[Quantity, ...], sentence: str, start: int, end: int, passages) -> bool:
    """Say whether the figure at `start`..`end` of a German sentence is given as a change's size ("um drei Stunden
    sinken") that is the difference of the two ends of a change "von A auf B" a passage gives, the same way."""
    if not _SIZE_BEFORE.search(sentence, max(0, start - 20), start):
        return False
    around = sentence[max(0, start - 80):end + 80]
    way = False if _FALLING.search(around) else True if _RISING.search(around) else None
    if way is None:
        return False  # "um 2 Uhr", "um drei Stellen": no change said
    wanted = {(q.value, "%" if q.unit == PERCENTAGE_POINT else q.unit) for q in quantities
              if q.unit in ("", PERCENTAGE_POINT)}
    if _POINTS_AFTER.match(sentence, end):  # "um 2,9 Prozentpunkte": numbers.py reads no German points
        wanted |= {(q.value, "%") for q in quantities if not q.unit}
    return any((abs(reached.value - started.value), started.unit) in wanted and (reached.value > started.value) == way
               for passage in passages if " auf " in passage.text or " nach " in passage.text or "gegenüber" in passage.text
               for started, reached in _ends_of(passage.text, passage.language)) or any(
        (abs(reached.value - started.value), started.unit) in wanted and (reached.value > started.value) == way
        for started, reached in _ends_apart(sentence, passages))


_POINTS_AFTER = patterns.compile(r"\s+(?:Prozent)?punkte?n?(?!\w)", re.IGNORECASE)
# a level reached told by its verb, a few words between: "Die Wahlbeteiligung stieg nach Angaben der Landeswahlleiterin
# auf 61,8 Prozent"; the word before the verb names what changed
_REACHED = patterns.compile(r"(?<![^\W\d_])(?P<measure>[^\W\d_]{4,})\s+(?P<verb>stieg|steigt|sank|sinkt|fiel|fällt|wuchs|wächst"
                            r"|gestiegen|gesunken|gefallen)(?:\s+[^\W\d_][\w-]*){0,5}?\s+auf\s+"
                            r"(?:(?:etwa|rund|knapp)\s+)?(?=\d)", re.IGNORECASE)
# what dates a level before the change: "Bei der Landtagswahl 2021 hatten 58,9 Prozent ...", "zuvor", "im Vorjahr"
_EARLIER = patterns.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|(?<!\w)(?:zuvor|vorher|damals|Vorjahr\w*)(?!\w)",
                            re.IGNORECASE)


def levels_reached(text: str, language: str) -> set[Quantity]:
    """Return each quantity text gives as a level reached by its verb ("stieg ... auf 61,8 Prozent")."""
    if " auf " not in text:
        return set()
    starts = {match.end() for match in _REACHED.finditer(text)}
    return {quantity for mention in mentions_in(text, language) if mention.kind == "figure" and mention.start in starts
            for quantity in mention.quantities}


def levels_started(text: str, language: str) -> set[Quantity]:
    """Return each quantity text gives as where a change started ("von 58,9 auf 61,8", "auf 61,8, nach 58,9")."""
    if " auf " not in text and " nach " not in text and "gegenüber" not in text:
        return set()
    return {started for started, _ in _ends_of(text, language)}


def _ends_apart(sentence: str, passages) -> tuple[tuple[Quantity, Quantity], ...]:
    """Return (start, level reached) where a passage tells a level reached ("Die Wahlbeteiligung stieg ... auf 61,8
    Prozent") of what the sentence names, and a passage dated earlier ("Bei der Landtagswahl 2021 hatten 58,9
    Prozent") gives a level of its unit on the side its verb says: the two ends, each given on its own, that make
    "Die Wahlbeteiligung stieg um 2,9 Prozentpunkte" (unread, refused: tests/test_factcheck_145.py)."""
    words = sentence.casefold()
    reached = [(quantity, bool(_RISING.match(match["verb"])))
               for passage in passages if " auf " in passage.text
               for match in _REACHED.finditer(passage.text) if match["measure"].casefold() in words
               for mention in mentions_in(passage.text, passage.language)
               if mention.kind == "figure" and mention.start == match.end() for quantity in mention.quantities]
    if not reached:
        return ()
    starts = [quantity for passage in passages if _EARLIER.search(passage.text)
              for mention in mentions_in(passage.text, passage.language)
              if mention.kind == "figure" and not is_year(mention.text) for quantity in mention.quantities]
    return tuple((start, level) for level, rising in reached for start in starts
                 if start.unit == level.unit and start != level and (level.value > start.value) == rising)


@functools.lru_cache(maxsize=1 << 10)  # a passage is read by every sentence citing it
def _ends_of(text: str, language: str) -> tuple[tuple[Quantity, Quantity], ...]:
    """Return the starting level and the level reached of each change text gives as "von A auf B"."""
    mentions = [m for m in mentions_in(text, language) if m.kind == "figure"]
    return tuple((a, b) for first, second in zip(mentions, mentions[1:])
                 if _FROM.search(text, max(0, first.start - 5), first.start) and _TO.fullmatch(text, first.end,
                                                                                               second.start)
                 for a in first.quantities for b in second.quantities if a.unit == b.unit) + tuple(
        (b, a) for first, second in zip(mentions, mentions[1:])
        if _THEN_START.fullmatch(text, first.end, second.start)
        and unit_after(text, first.start, first.end) == unit_after(text, second.start, second.end)
        for a in first.quantities for b in second.quantities if a.unit == b.unit)


# a change's share right after its word, with its hedge: "stieg um etwa 144 %", "ein Plus von knapp 60 %"
_SHARE_BEFORE = patterns.compile(r"(?<!\w)(?:um|plus\s+von|minus\s+von|anstieg\s+von|rückgang\s+von)\s+"
                                 r"(?:(?P<qualifier>rund|etwa|ungefähr|circa|ca\.|knapp|fast|beinahe|gut|mehr\s+als"
                                 r"|über|weniger\s+als)\s+)?$", re.IGNORECASE)
_SHARE_QUALIFIERS = {"rund": "about", "etwa": "about", "ungefähr": "about", "circa": "about", "ca.": "about",
                     "knapp": "nearly", "fast": "nearly", "beinahe": "nearly", "gut": "more", "mehr als": "more",
                     "über": "more", "weniger als": "less"}


def relative_change_of_ends(quantities: tuple[Quantity, ...], sentence: str, start: int, end: int, passages) -> bool:
    """Say whether the percentage at `start`..`end` of a German sentence, given as a change's size ("stieg um etwa
    144 %"), is the share of its start of a change a passage gives by its two ends ("Rund 6.100 ..., nach etwa 2.500"),
    the same way: English's "rose by about 144%" (change_sizes._relative_size; tests/test_factcheck_141.py)."""
    said = _SHARE_BEFORE.search(sentence, max(0, start - 30), start)
    shares = [q.value for q in quantities if q.unit == "%"]
    if said is None or not shares:
        return False
    around = sentence[max(0, start - 80):end + 80]
    way = False if _FALLING.search(around) else True if _RISING.search(around) else None
    if way is None:
        return False
    qualifier = _SHARE_QUALIFIERS.get(" ".join((said["qualifier"] or "").casefold().split()), "")
    return any(fits(value, qualifier, change.percent, True) and change.rising == way
               for passage in passages if " auf " in passage.text or " nach " in passage.text or "gegenüber" in passage.text
               for change in changes_of(_ends_of(passage.text, passage.language)) for value in shares)
