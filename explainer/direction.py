"""Directions kept: a figure given as a rise may not cite a passage that gives it only as a fall, nor the other way.

"Harbor's organic sales grew 2.4%" citing "Harbor's organic sales fell 2.4%" keeps the figure and turns the news
around; so does "Harbor's shares rose 6.2%" citing "Harbor shares fell 6.2%". A figure is given as a change where a
word of rise or fall stands before it in its clause, with at most three words between ("rose 24%", "fell by 2.4%",
"an increase of 5%", "rose 24% to $40.10"; "up" and "down" right before it, "up 3%", never "up to 3%"), or right after
it ("a 2.4% drop", "6% lower"). A sentence is refused only where every passage it cites giving that figure gives it
the other way, and none gives it the same way or as no change at all. A starting level ("from $4 billion") and
years are not read, nor the sentence's words in quotation marks; a passage's are ('Khan said exports "fell by 12%"'
gives a fall, which "Khan said exports rose by 12%" turned, and built).

A signed figure is read the same way: a minus sign ("−2.4%", "-2.4%") gives its magnitude as a fall, and a figure
given as a fall ("fell 2.4%", "down 2.4%", "a 2.4% drop", "a loss of $3 million") states its negative, which
"−2.4%" may cite. A table's or claim's signed value (`signed_value_turned`) must be given its own way: -2.4 by a fall
or a minus sign, never by a rise or a plain amount alone; 2.4 not by a fall alone, unless its measure names the fall
("Fall in sales", "Losses"), which turns both around.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import (change_ends, change_span_ways, devanagari, direction_chinese, direction_japanese, direction_languages,
               direction_turkish, hangul, german_change_after, indonesian, patterns, swahili_directions,
               urdu_directions)
from .attribution import Cited, Finding, quoted_parts
from .numbers import Mention, Quantity, find_mentions, is_year, mentions_in, quantities_in
from .sentences import MARKER, inside, markers_blanked
from .wordset import first_runs, may_hold

_RISE = frozenset("""
rose rise rises rising risen grew grow grows growing grown gained gain gains gaining climbed climb climbs climbing
jumped jump jumps jumping soared soar soars soaring surged surge surges surging increased increase increases increasing
rallied rebounded advanced higher growth widened widens widening hausse augmenté augmente progressé progresse progression grimpé bondi
remonté remontée remonte remontent
gestiegen stieg steigt anstieg zuwachs stiegen steigen wuchs wuchsen gewachsen legte legten zugelegt legt
subió subieron sube suben subida aumentó aumentaron aumenta aumentan aumento creció crecieron crece crecen
crecimiento incrementó incrementaron incremento repuntó repuntaron alza avanzó avanzaron
subiu subiram sobe sobem aumentou aumentaram aumentam aumento cresceu cresceram cresce crescem avançou avançaram
""".split())
# German's present tense too ("Die SPD verliert 3,6 Prozentpunkte", "Sie büßt 1,9 Prozentpunkte ein"), spelled as
# casefold reads it ("büsst"): unread, a party's loss in points kept as negative in a table was refused (newuser_104)
_FALL = frozenset("""
fell fall falls falling fallen dropped drop drops dropping declined decline declines declining decreased decrease
decreases decreasing slid slide slides sliding slipped slip slips sank sink sinks sunk tumbled tumble tumbles
plunged plunge plunges plummeted shrank shrink shrinks shrunk narrowed narrows narrowing contracted dipped dip dips slumped slump lost lower
baisse baissé recul reculé recule chuté chute diminué diminue diminution gesunken fiel fällt rückgang
retombé retombée retombe retombent
fielen sank sanken verlor verloren einbruch gefallen
verliert verlieren sinkt sinken büsst büssen büsste büssten eingebüsst einbüssen
cayó cayeron cae caen caída bajó bajaron baja bajan bajada descendió descendieron descenso disminuyó disminuyeron
disminución retrocedió retrocedieron retroceso desplomó desplomaron desplome perdió perdieron
caiu caíram cai caem queda recuou recuaram recua diminuiu diminuíram diminui diminuição reduziu reduziram redução
despencou despencaram encolheu perdeu perderam
""".split())
# Arabic's, with the future's "س" and the "و" (and) it writes joined to a word; not "يزيد"/"تزيد", which "ما يزيد على
# ٤٠٠" (more than 400) and "لا يزيد على" (no more than) hold.
_ARABIC_RISE = ("ارتفع ارتفعت ارتفاع يرتفع ترتفع سيرتفع سترتفع زاد زادت سيزيد ستزيد ازداد ازدادت زيادة نما نمت نمو"
                " ارتفاعا ارتفاعًا"
                # made to rise, as "خفض" (cut) is made to fall: "رفعت الوزارة سعر الأمبير من ١٥ ألف دينار إلى ١٢ ألف"
                # built citing "تخفض"
                " رفع رفعت يرفع ترفع سيرفع سترفع")
_ARABIC_FALL = ("انخفض انخفضت انخفاض ينخفض تنخفض سينخفض ستنخفض تراجع تراجعت يتراجع سيتراجع هبط هبطت هبوط خفض خفضت"
                " يخفض تخفض سيخفض ستخفض تقلص تقلصت انخفاضا انخفاضًا")
_RISE |= {form for word in _ARABIC_RISE.split() for form in (word, "و" + word)}
_FALL |= {form for word in _ARABIC_FALL.split() for form in (word, "و" + word)}
_RISE |= direction_languages.RISE | direction_turkish.RISE | indonesian.RISE | swahili_directions.RISE

_FALL |= direction_languages.FALL | direction_turkish.FALL | indonesian.FALL | swahili_directions.FALL
RISE_WORDS, FALL_WORDS = _RISE, _FALL  # level_directions.py reads a sentence's direction too
# English verbs that make something rise or fall, read only where "by" gives the change ("raised water rates by 14 per
# cent", "cut its forecast by 5%") or "to" the level it made ("lowered its demand to 9.5 per cent", which "raised its
# demand to 9.5 per cent" turned and built): as a noun or adjective they give none ("tax cuts worth £5bn", "a reduced fare of $2",
# "a cost-cutting programme to save £85 million").
_MADE_TO = {**dict.fromkeys(("raise", "raised", "raises", "raising", "hike", "hiked", "hikes", "hiking",
                              # "plans to expand its armed forces to 200,000", which "to cut" turned and built
                              "expand", "expanded", "expands", "expanding"), "rise"),
            **dict.fromkeys(("lowered", "lowers", "lowering", "reduce", "reduced", "reduces", "reducing", "cut", "cuts",
                             "cutting", "slash", "slashed", "slashes", "slashing"), "fall")}
# A change named right after its size, after an article: "a 15 per cent cut" (which "a 15% rise" turned and built),
# "a 4% hike", "a 10% reduction"; not "tax cuts worth £5bn" (no size before it).
_NOUN_WAYS = {**dict.fromkeys(("cut", "cuts", "reduction", "reductions"), "fall"),
              **dict.fromkeys(("hike", "hikes"), "rise")}
_ARTICLES = frozenset({"a", "an", "the", "its", "their", "this", "that"})
# "up" and "down" give a direction only right before a figure ("up 3%"): "set up 3 offices" is rarer than "up 3%",
# and "up to 3%" is a bound.
_RIGHT_BEFORE = {"up": "rise", "down": "fall"}
# A loss named right before its amount gives the amount as a fall: "a loss of $3 million", "a deficit of $2 billion".
# Only so: "losses widened by $3 million" is a rise of a loss.
_LOSSES = frozenset({"loss", "losses", "deficit", "deficits", "shortfall", "perte", "pertes", "déficit", "verlust",
                     "pérdida", "pérdidas", "fehlbetrag", "defizit"})
_LOSS_JOIN = frozenset({"of", "de", "von"})
_FILLERS = frozenset({"by", "of", "to", "a", "an", "some", "about", "nearly", "almost", "around", "roughly", "de",
                      "um", "von", "en", "une", "un", "than", "more", "less", "over", "only", "just", "una",
                      "del", "casi", "unos", "rund", "etwa", "fast", "بنسبة", "بمقدار", "نحو", "حوالي",
                      # Arabic puts the verb first, its subject between it and the figure: "انخفض منسوب المياه في
                      # البحيرة بنسبة ١٢٪" (the lake's water level fell 12%)
                      "في", "من", "على", "إلى", "عن",
                      "em", "para", "cerca", "quase", "uma"}  # Portuguese
                     ) | direction_languages.FILLERS | indonesian.FILLERS | swahili_directions.FILLERS
_WORD = patterns.compile(rf"[\w'’{devanagari.MARKS}]+|[,;:.!?()\[\]]")  # a Hindi word whole, with its vowel signs
_CLAUSE_END = frozenset(",;:.!?()[]") | {"while", "whereas", "but", "and", "tandis", "alors", "während", "aber",
                                          "mientras", "pero", "y", "mas", "enquanto"} | direction_languages.CLAUSE_WORDS \
    | direction_turkish.CLAUSE_WORDS | swahili_directions.CLAUSE_WORDS


def _direction_of(word: str) -> str | None:
    folded = word.casefold()
    return "rise" if folded in _RISE else "fall" if folded in _FALL else hangul.direction_of(word)


def directions(text: str, language: str = "", prose: bool = False) -> list[tuple[int, str, object, str]]:
    """Return where text gives each quantity of its figures (with the figure as written) and how: "rise", "fall" or "none" (given as no change;
    a starting level, "from $4 billion", and years are left out)."""
    found = []
    quoted = quoted_parts(text) if prose else ()
    mentions = find_mentions(text, language, prose=True) if prose else mentions_in(text, language)
    for mention in mentions:
        # The sentence's own quoted words are held to the source's letter by the quotation check; a passage's are
        # still what it says was said ('said exports "fell by 12%"' backs no rise).
        if mention.kind != "figure" or is_year(mention.text) or (prose and inside(quoted, mention.start)):
            continue
        way = _way_given(text, mention, _dutch(language))
        if way != "from":
            found += [(mention.start, mention.text, quantity, way or "none") for quantity in mention.quantities]
    return found


class _Script(NamedTuple):
    """What the whole of a text is written in, as _way_given reads it."""

    ascii: bool
    urdu: bool  # or Hindi, or Persian
    chinese: bool
    turkish: bool


@functools.lru_cache(maxsize=4)
def _script_of(text: str) -> _Script:
    """Return what text is written in: read once per text, not once per figure, as each reads the whole text (a
    sentence of 8,000 Arabic figures took 5 s of CPU to check, four times as long at twice the length)."""
    if text.isascii():
        return _Script(True, False, False, False)
    return _Script(False, urdu_directions.reads(text), direction_chinese.writes_chinese(text), _is_turkish(text))


def _dutch(language: str) -> bool:
    return language.split("-")[0].lower() == "nl"


# Dutch gives a change's size after "met" at its clause's end, the verb often far before it, past its subject: "In
# dezelfde periode stegen de inkomens van huurders in de vrije sector met gemiddeld 14 procent"; and a starting level
# after "van" where "naar" or "tot" gives the level reached ("steeg van € 1.040 in 2021 naar € 1.385").
_DUTCH_TO_AFTER = patterns.compile(r"(?:\s+[\w'’]+){0,3}?\s+(?:naar|tot)\s", re.IGNORECASE)
# Swahili's starting level is one where "hadi" gives the level reached: "kutoka asilimia 66.8 hadi 71.2" (a fall "kutoka
# asilimia 66.8" alone keeps its way; tests/test_newuser_59.py)
_SWAHILI_TO_AFTER = patterns.compile(r"(?:\s+[\w'’]+){0,3}?\s+hadi\s", re.IGNORECASE)


def _way_given(text: str, mention: Mention, dutch: bool = False) -> str | None:
    """Return how text gives a figure: "rise", "fall", "from" (a starting level) or None."""
    script = _script_of(text)
    if script.urdu:  # Urdu, Hindi or Persian
        return urdu_directions.way_given(text[max(0, mention.start - 80):mention.start],
                                         text[mention.end:mention.end + 30])
    if spanned := change_span_ways.way_in_span(text, mention.start, mention.end, _direction_of):
        return spanned  # "subió del 30,1 al 34,7 por ciento": 34,7 a rise's level, 30,1 its start (change_span_ways.py)
    before = _words_before(text, max(0, mention.start - 80), mention.start)
    if size := _SIZE_THEN_LEVEL.search(text, max(0, mention.start - 80), mention.start):
        # the level a change of that size made is given its way: "raised its rate by 50 basis points to 5.25%"
        before = _words_before(text, max(0, mention.start - 80), size.start()) + ["by"]
    if len(before) >= 2 and before[-2].casefold() == "en" and before[-1].casefold() in ("un", "una"):
        before = before[:-2] + ["by"]  # Spanish's "by": "rebaja las dotaciones de riego en un 30 %" (newuser_107)
    after = _WORD.findall(text[mention.end:mention.end + 30])
    if (since := _SINCE_LEVEL.match(text, mention.end, mention.end + 60)) and before and (
            before[-1].casefold() in _LEVEL_WORDS) and not _a_change_s_size(before):
        return "rise" if since["way"].casefold() in ("up", "higher") else "fall"  # "3.8% in February, down from 4.6%"
    if after and (way := _direction_of(after[0])):
        return way
    if after and before and before[-1].casefold() in _ARTICLES and after[0].casefold() in _NOUN_WAYS:
        return _NOUN_WAYS[after[0].casefold()]  # "a 15 per cent cut", "a 4% hike": the change it names (newuser_68)
    if way := direction_languages.way_after(after):
        return way  # Italian "il 4,2 % in più", "il 15 % di posti in meno"
    if way := german_change_after.way_after(after, _direction_of):
        return way  # German past its unit: "2,1 Prozentpunkte weniger als 2021", "3,6 Prozentpunkte hinzu"
    if after and not script.ascii and (japanese := direction_japanese.way_after(text, mention.end)):
        return japanese  # the verb glued after the figure's unit: "4ポイント減少した", "約3割減った"
    if before and script.chinese and (chinese := direction_chinese.way_before(text, mention.start)):
        return chinese  # the verb glued before the figure: "同比下降8.3%", "减少了百分之十五"
    if after and script.turkish and (turkish := direction_turkish.way_after(text, mention.end, _direction_of)):
        return turkish[0]  # the verb after a unit and a case ending: "3,1 puan düştü", "124.262'ye düştü"
    if before and before[-1].casefold() == "from" or indonesian.from_level(before):
        return "from"
    if before and before[-1].casefold() == "kutoka" and _SWAHILI_TO_AFTER.match(text, mention.end):
        return "from"
    if dutch and before and before[-1].casefold() == "van" and _DUTCH_TO_AFTER.match(text, mention.end):
        return "from"
    if dutch and (way := _dutch_way_before_met(before)):
        return way
    if before and before[-1].casefold() in _RIGHT_BEFORE:
        return _RIGHT_BEFORE[before[-1].casefold()]
    if len(before) >= 2 and before[-1].casefold() == "by" and before[-2].casefold() in _RIGHT_BEFORE:
        return _RIGHT_BEFORE[before[-2].casefold()]
    if len(before) >= 2 and before[-1].casefold() in _LOSS_JOIN and before[-2].casefold() in _LOSSES:
        return "fall"
    if len(before) >= 2 and before[-2].casefold() == "en" and before[-1].casefold() in _AT_STAKE:
        return None  # "el recorte pondría en riesgo 15.000 empleos": what is at stake, no cut of it (newuser_124)
    if len(before) >= 3 and before[-1].casefold() == "to" and before[-2] == ",":
        before = before[:-2] + before[-1:]  # "raise rates once more, to 5.5%": the level the change reaches (82)
    # "by 14%", "by about 14%", and a level the verb made: "lowered its demand to 9.5 per cent"
    between, by = 0, not {"by", "to"}.isdisjoint(word.casefold() for word in before[-2:])
    for word in reversed(before):
        if word.casefold() in _CLAUSE_END:
            return None
        near = between <= 3 or before[-1].casefold() == "by"
        if way := near and _direction_of(word) or (by and _MADE_TO.get(word.casefold())):
            return way
        between += word.casefold() not in _FILLERS
        # a verb that made the level may stand a word further off: "lowered its main policy rate to 5.25%" (not
        # "cut its growth forecast for this year to 0.6%", nor a rise by "growth" there)
        if between > (_BY_NEAR if before[-1].casefold() == "by" else _TO_NEAR if before[-1].casefold() == "to" else 3):
            return None
    return None


# A word joined by a hyphen to the next names a kind, no change: the "lost" of "The lost-profits award was $161
# million", the "cut" of "a cut-price fare of £50" (factcheck_208: read as a fall)
_HYPHENED_FIRST = patterns.compile(r"[\w'’]+-(?=[^\W\d_])")


def _words_before(text: str, start: int, end: int) -> list[str]:
    """Return the words (and stops) of text between `start` and `end`, but the first words of hyphenated compounds."""
    window = text[start:end]
    return _WORD.findall(_HYPHENED_FIRST.sub(" ", window) if "-" in window else window)


# Spanish "en riesgo", "en peligro", "en juego" right before a figure: what a change puts at stake, not its size
_AT_STAKE = frozenset({"riesgo", "peligro", "juego", "jaque"})


# A level, then how it moved from the one before: "3.8% in the year to February, down from 4.6%", "5.1%, up from 4.9%"
_LEVEL_WORDS = frozenset({"was", "is", "were", "are", "at", "to", "of"})  # a level's, not a change's: not "grew by 0.6%"
_SINCE_LEVEL = patterns.compile(r"[^.;:!?\d]{0,40}?,\s*(?P<way>down|up|lower|higher)\s+from\s", re.IGNORECASE)
# A level that is a change's size ("put the stock's decline at 26 percent, up from 22 percent"): "up from" tells how the
# size moved, the change's own word its way (tests/test_factcheck_174.py)
_SIZE_LEVEL_WORDS = frozenset({"at", "of", "was", "is", "were", "are"})


def _a_change_s_size(before: list[str]) -> bool:
    """Say whether the level after `before` is a change's size: a word of rise or fall, then "at", "of" or "was",
    or what changed between after "in" or "of" ("the decline in bird numbers at")."""
    if len(before) < 2 or before[-1].casefold() not in _SIZE_LEVEL_WORDS:
        return False
    if _direction_of(before[-2]) is not None:
        return True
    for reach in range(4, min(len(before), 6) + 1):  # "decline in numbers at" to "decline in the bird numbers at"
        if any(word in _CLAUSE_END for word in before[-reach:]):
            return False
        if before[-reach + 1].casefold() in ("in", "of") and _direction_of(before[-reach]) is not None:
            return True
    return False


# A change's size, then the level it made: "by 50 basis points to", "by half a percentage point to", "by 0.5% to"
_SIZE_THEN_LEVEL = patterns.compile(r"\sby\s+(?:about\s+|around\s+|some\s+|nearly\s+)?(?:\d[\d.,]*|half\s+an?|an?|one|two"
                                    r"|three|four|five)\s*(?:%|[^\W\d]+(?:\s+[^\W\d]+)?)?\s+to\s+$", re.IGNORECASE)
# "by" right before a figure gives a change's size, its verb further off: "will raise the duty on hot-rolled steel by
# 25%" (tests/test_newuser_46.py)
_BY_NEAR = 6
_TO_NEAR = 4


def _dutch_way_before_met(before: list[str]) -> str | None:
    """Return the way a Dutch clause gives a figure after "met" ("stegen ... met gemiddeld 14 procent"): its word of
    rise or fall anywhere before in the clause; None where "met" does not stand right before it (fillers aside)."""
    words = [word.casefold() for word in before]
    while words and words[-1] in _FILLERS and words[-1] != "met":
        words.pop()
    if not words or words[-1] != "met":
        return None
    for word in reversed(words[:-1]):
        if word in _CLAUSE_END:
            return None
        if way := _direction_of(word):
            return way
    return None


# A word that gives a direction, or right before a figure gives one ("up 3%"): what a sentence giving none lacks.
_TURNING_WORDS = (frozenset(_RISE) | frozenset(_FALL) | frozenset(_RIGHT_BEFORE) | frozenset(_MADE_TO)
                  | frozenset(direction_languages.AFTER_IN) | german_change_after.WORDS)
_TURNING_RUNS = first_runs(_TURNING_WORDS)


def turned_directions(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding for each figure text gives as a rise (or a fall) that every passage it cites giving it gives
    only the other way: "grew 2.4%" citing "fell 2.4%"."""
    # the words of ASCII text, found once for every check, rule most out at one lookup
    if not may_hold(text, _TURNING_RUNS) or (_TURNING_WORDS.isdisjoint(word.casefold() for word in _WORD.findall(text))
                                             and (text.isascii() or not (hangul.turns(text) or urdu_directions.turns(text)
                                                                         or direction_japanese.turns(text)
                                                                         or direction_chinese.turns(text)))):
        return []  # most sentences give no rise or fall: one set lookup a word, not two functions
    spoken = markers_blanked(text)
    theirs: dict = {}
    for passage in passages:
        for quantity, way in ways_given(passage.text, passage.language):
            theirs.setdefault(quantity, set()).add(way)
    reached = {quantity: level for passage in passages
               for quantity, level in levels_reached(passage.text, passage.language).items()}
    given = {(quantity, way) for passage in passages
             for quantity, way in ways_given(passage.text, passage.language, False)}
    changes = {quantity for quantity, way in given if way != "none"}
    plain = {quantity for quantity, way in given if way == "none"}
    started = {quantity: level for passage in passages
               for quantity, level in levels_started(passage.text, passage.language).items()}
    rates = {quantity for passage in passages for quantity in rates_of_rise(passage.text, passage.language)}
    growths = {quantity for passage in passages for quantity in rates_of_growth(passage.text, passage.language)}
    findings = []
    for at, figure, quantity, way in directions(spoken, language, prose=True):
        other = {"rise": "fall", "fall": "rise"}.get(way)
        if way == "rise" and quantity in growths and _told_as_growth(spoken, at, figure):
            continue  # "3 percent growth a year" of "growth at 3 percent a year": the rate is the rise
        if other and quantity in rates and not _is_level(spoken, at, language) and not may_hold(spoken[:at], _RATE_WORDS):
            # "Prices rose 3.8%" citing "Inflation was 3.8%, down from 4.6%": a rate of rise is the rise ("fell" is not)
            if way == "fall":
                findings.append(_finding(text, offset + at, figure, way, "rise"))
            continue
        if other and theirs.get(quantity) == {other}:
            findings.append(_finding(text, offset + at, figure, way, other))
        elif other and quantity in reached and quantity not in changes and not _is_level(spoken, at, language) \
                and not _growth_estimate_started(spoken, at, way, passages):
            findings.append(_level_finding(text, offset + at, figure, way, reached[quantity]))
        elif other and quantity in started and quantity not in changes | plain | reached.keys() \
                and not _is_level(spoken, at, language) and not _growth_estimate_started(spoken, at, way, passages):
            findings.append(_level_finding(text, offset + at, figure, way, started[quantity], "starting level"))
        elif other and quantity in changes and quantity not in reached and quantity not in plain \
                and _is_level(spoken, at, language):
            findings.append(_change_finding(text, offset + at, figure, way))
    return list(dict.fromkeys(findings))  # "50 basis points" is read as 50 points and as 0.5: one figure, named once


# A rate that is itself a rise, whose level is the size of the rise it counts: inflation's 3.8% is prices' rise of
# 3.8%, whichever way the rate moved from the month before ("Inflation was 3.8%, down from 4.6%")
_RATE_WORDS = frozenset({"inflation"})
_RATE_BEFORE = patterns.compile(r"(?<![\w-])inflation(?:\s+rate)?(?:\s+(?:was|is|stood\s+at|fell\s+to|rose\s+to|eased\s+to"
                                r"|slowed\s+to|dropped\s+to|climbed\s+to|of|at|to|reached|hit))?\s+$", re.IGNORECASE)
# So is growth's, told as growth: "estimate growth at 3 percent a year", "growth of 3%", "a growth rate of 3%" back
# "3 percent growth a year" and "grew 3%"; "growth rose by 3 percent" tells the rate moved, and "prices rose 3%" another
# thing's rise: both stay refused (factcheck_129)
_GROWTH_WORDS = frozenset({"growth"})
_GROWTH_BEFORE = patterns.compile(r"(?<![\w-])growth(?:\s+rate)?(?:\s+(?:was|is|of|at|to|stood\s+at|slowed\s+to"
                                  r"|picked\s+up\s+to|reached|hit))?\s+$", re.IGNORECASE)
_GROWTH_SAID_BEFORE = patterns.compile(r"(?<!\w)(?:grew|grow|grows|growing)\s+(?:by\s+|at\s+)?$", re.IGNORECASE)
_GROWTH_SAID_AFTER = patterns.compile(r"(?:\s+[a-z]+)?\s+growth(?!\w)", re.IGNORECASE)


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def rates_of_growth(text: str, language: str = "") -> frozenset[Quantity]:
    """Return the figures text gives as a rate of growth: "estimate growth at 3 percent a year". English text is
    read."""
    if not may_hold(text, _GROWTH_WORDS) or language.split("-")[0].lower() not in ("", "en"):
        return frozenset()
    return frozenset(quantity for mention in mentions_in(text, language)
                     if _GROWTH_BEFORE.search(text, max(0, mention.start - 40), mention.start)
                     for quantity in mention.quantities)


# A growth rate's estimate a passage revises: "revised its growth forecast to 2.1% from 1.8%" (factcheck_167)
_GROWTH_ESTIMATE = patterns.compile(r"(?<![\w-])growth\s+(?:rate\s+)?(?:forecasts?|estimates?|projections?|outlook)"
                                    r"(?!\w)", re.IGNORECASE)


_GROWTH_AFTER = patterns.compile(r"[\d.,]+\s*(?:%|per\s*cent|percent)\s+growth(?!\w)", re.IGNORECASE)


def _growth_estimate_started(text: str, at: int, way: str, passages: list[Cited]) -> bool:
    """Say whether the figure at `at` is told as a rate of growth ("forecast growth of 1.8%") that a passage gives as
    an end of its estimate of growth ("revised its growth forecast to 2.1% from 1.8%"): the level of growth forecast
    then (or now), no rise of 1.8%."""
    told = _GROWTH_BEFORE.search(text, max(0, at - 40), at) or _GROWTH_AFTER.match(text, at)
    return (way == "rise" and told is not None
            and any(_GROWTH_ESTIMATE.search(passage.text) for passage in passages))


def _told_as_growth(text: str, at: int, figure: str) -> bool:
    """Say whether the figure at `at` is told as growth itself: "3 percent growth", "grew 3%", "growing at 3%"."""
    return bool(_GROWTH_SAID_BEFORE.search(text, max(0, at - 20), at)
                or _GROWTH_SAID_AFTER.match(text, at + len(figure)))


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def rates_of_rise(text: str, language: str = "") -> frozenset[Quantity]:
    """Return the figures text gives as the level of a rate of rise: "inflation was 3.8%", "inflation fell to 3.8%".
    English text is read."""
    if not may_hold(text, _RATE_WORDS) or language.split("-")[0].lower() not in ("", "en"):
        return frozenset()
    return frozenset(quantity for mention in mentions_in(text, language)
                     if _RATE_BEFORE.search(text, max(0, mention.start - 40), mention.start)
                     for quantity in mention.quantities)


# What follows a level reached that names where it started, a few words of what it measures between: "38%, up from
# 22%", "38% of the market, up from 22%", "$40, down from $52"; a year may date it: "1,240 confirmed cases of measles in
# 2025, up from 310" (tests/test_newuser_72.py).
_FROM_AFTER = patterns.compile(r"(?:\s+(?:[^\W\d][\w'’-]*|(?:19|20)\d\d)){0,6},?\s+(?:up|down)\s+from(?!\w)",
                               re.IGNORECASE)


# A level in words of standing, right before its figure: "stood at 38%", French "s'élevait à 31,5 %", "atteignait
# 31,5 %", "s'établissait à".
_STANDS_AT = patterns.compile(r"(?<!\w)(?:st(?:oo|an)ds?\s+at|s['’](?:élev|établi)\w*\s+à|atteign\w*|atteint)\s+"
                              r"(?=[\d−-])", re.IGNORECASE)


# A level named by what it measures, right before its figure: "an operating margin of 4.1%", "a market share of
# 14.6%", "a yield of 5%". A rate of growth is a change ("a growth rate of 4%" backs "grew 4%"), so is read here no level.
_LEVEL_OF = patterns.compile(r"(?<!\w)(?<!growth\s)(?:margins?|share|yield|ratio|(?:interest|jobless|unemployment"
                             r"|vacancy|occupancy|tax|inflation)\s+rate)\s+of\s+(?=[\d−£$€-])", re.IGNORECASE)


def _is_level(text: str, at: int, language: str) -> bool:
    """Say whether the figure at `at` is a level reached: right after "to" ("rose to 38%"), or before "up from"."""
    level_words = _SPANISH_LEVEL_BEFORE if language.split("-")[0].lower() == "es" else _LEVEL_BEFORE
    before = _WORD.findall(text[max(0, at - 12):at])
    if len(before) > 1 and before[-1].casefold() == "el" and before[-2].casefold() in ("hasta", "a"):
        before = before[:-1]  # Spanish "subió hasta el 34,7 %": the level reached, as "al 34,7 %" (newuser144)
    mention = next((m for m in mentions_in(text[at:at + 40], language) if m.start == 0), None)
    end = at + (mention.end if mention else 0)
    bound = len(before) > 1 and before[-2].casefold() == "up" and before[-1].casefold() == "to"  # "by up to 10 points"
    # "the decline at 26 percent, up from 22 percent": the change's size, no level it reached; so is "put the
    # decline at 26 percent" alone (tests/test_factcheck_184.py), but not growth's, a rate ("growth at 3 percent")
    words = _WORD.findall(text[max(0, at - 80):at])
    sized = _a_change_s_size(words)
    a_size = sized and _GROWTH_WORDS.isdisjoint(word.casefold() for word in words[-6:])
    # "put the decline at 26 percent": "at" right after a fall's noun gives its size (factcheck_181); "growth at 3
    # percent a year" stays a rate, a level (factcheck_129)
    fall_size = len(before) > 1 and before[-1].casefold() == "at" and _direction_of(before[-2]) == "fall"
    return bool(before and before[-1].casefold() in level_words and not bound and not a_size and not fall_size) \
        or bool(mention and not sized and (after := _FROM_AFTER.match(text, end))
                and _same_unit_from(text, after.end(), mention, language)) \
        or bool(mention and _turkish_level(text, end))


def _same_unit_from(text: str, at: int, mention: Mention, language: str = "") -> bool:
    """Say whether the level after "up from" at `at` is in the unit of `mention`, or none is read: "three years, up from
    22 percent" gives no level of three (tests/test_factcheck_174.py)."""
    start = next((m for m in mentions_in(text[at:at + 40], language) if not text[at:at + m.start].strip(" $€£¥")), None)
    return start is None or start.quantities[:1] == [] or mention.quantities[:1] == [] or \
        start.quantities[0].unit == mention.quantities[0].unit


def _turkish_level(text: str, end: int) -> bool:
    """Say whether the figure ending at `end` is a level reached by Turkish's dative ("124.262'ye düştü")."""
    turkish = _is_turkish(text) and direction_turkish.way_after(text, end, _direction_of)
    return bool(turkish and turkish[1])


@functools.lru_cache(maxsize=1 << 12)
def levels_reached(text: str, language: str = "") -> dict[Quantity, str]:
    """Return each quantity text gives as a level reached after a change ("rose to 38%", "38%, up from 22%"), with
    its words: a change by that much ("rose 38%") misreads it."""
    if not _may_give_a_way(text) and not _STANDS_AT.search(text) and not _LEVEL_OF.search(text):
        return {}
    found = {}
    for mention in mentions_in(text, language):
        if mention.kind != "figure" or is_year(mention.text):
            continue
        after = _FROM_AFTER.match(text, mention.end)
        stands = _STANDS_AT.search(text, max(0, mention.start - 30), mention.end)
        named = _LEVEL_OF.search(text, max(0, mention.start - 30), mention.start + 1)
        if named and named.end() == mention.start:
            found.update({quantity: " ".join(text[named.start():mention.end].split()) for quantity in mention.quantities})
        elif after or (stands and stands.end() == mention.start) or (
                _way_given(text, mention, _dutch(language)) in ("rise", "fall")
                and _is_level(text, mention.start, language)):
            words = text[mention.start:after.end()] if after else text[max(0, mention.start - 3):mention.end]
            found.update({quantity: " ".join(words.split()) for quantity in mention.quantities})
        elif spanned := change_ends.span_level(text, mention.start, mention.end, _changes):
            found.update(dict.fromkeys(mention.quantities, spanned))  # "raise the duty ... from 10% to 25%"
    return found


def _changes(word: str) -> bool:
    """Say whether a word gives a rise or a fall, or makes one ("raise", "cut")."""
    return bool(_direction_of(word)) or word.casefold() in _MADE_TO


@functools.lru_cache(maxsize=1 << 12)
def levels_started(text: str, language: str = "") -> dict[Quantity, str]:
    """Return each quantity text gives as where a change "from A to B" started ("from 10%"), with its words: a change
    by that much ("rose by 10%") misreads it (change_ends.py)."""
    if ("from" not in text.casefold() and "kutoka" not in text.casefold()) or not _may_give_a_way(text):
        return {}
    found = {}
    for mention in mentions_in(text, language):
        if mention.kind == "figure" and not is_year(mention.text) \
                and (started := change_ends.span_start(text, mention.start, mention.end, _changes)):
            found.update(dict.fromkeys(mention.quantities, started))
    return found


@functools.lru_cache(maxsize=4)
def _sentence_shown(text: str) -> str:
    """Return the sentence as a finding quotes it: made once per sentence, not once per finding (a sentence of 6,000
    Turkish figures, each given the other way, took 23 s of CPU to check, four times as long at twice the length)."""
    flat = " ".join(MARKER.sub("", text).split())
    return flat if len(flat) <= 160 else flat[:159] + "…"


def _change_finding(text: str, offset: int, figure: str, way: str) -> Finding:
    shown = _sentence_shown(text)
    return Finding(offset, f"figure \"{figure}\" is given as the level a {way} reached, but the passages this cites "
                           f"give it as the {way}'s size: \"{shown}\"",
                   "say by how much it changed, as the source does, or cite the passage that gives the level reached")


def _level_finding(text: str, offset: int, figure: str, way: str, level: str, kind: str = "level reached") -> Finding:
    shown = _sentence_shown(text)
    return Finding(offset, f"figure \"{figure}\" is given as the size of a {way}, but the passages this cites give it as "
                           f"the {kind} ('{level}'): \"{shown}\"",
                   f"say what it rose or fell to, as the source does (\"to {figure}\"), or cite the passage that gives "
                   f"the {way}'s size")


def _finding(text: str, offset: int, figure: str, way: str, other: str) -> Finding:
    shown = _sentence_shown(text)
    return Finding(offset, f"figure \"{figure}\" is given as a {way}, but the passages this cites give it as a {other}: "
                           f"\"{shown}\"",
                   f"give the change the way the source does (a {other}), or cite the passage that gives it as a {way}")


# A figure right after one of these is a level reached ("fell to $3 billion"), no change: it has no sign.
_LEVEL_BEFORE = frozenset({"to", "at", "à", "auf", "hasta"}) | direction_languages.LEVEL_BEFORE | urdu_directions.LEVEL_BEFORE \
    | swahili_directions.LEVEL_BEFORE
# Spanish "a" too ("bajó a 4.200"), only in Spanish: English "a 2.4% drop" is the change.
_SPANISH_LEVEL_BEFORE = _LEVEL_BEFORE | {"a", "al"}


@functools.lru_cache(maxsize=1 << 14)  # a passage is read by every figure citing it
def ways_given(text: str, language: str = "", levels: bool = True) -> frozenset[tuple[Quantity, str]]:
    """Return how text gives each figure's magnitude: "rise", "fall" or "none"; a minus sign gives it as a fall
    ("−2.4%", as "fell 2.4%"). Without `levels`, a level reached ("fell to $3 billion") is given as "none": it is
    the change, not the level, that has a sign."""
    if not _may_give_a_way(text):
        return frozenset()  # the common case, read at the cost of one pass over its words
    found = set()
    level_words = _SPANISH_LEVEL_BEFORE if language.split("-")[0].lower() == "es" else _LEVEL_BEFORE
    for at, figure, quantity, way in directions(text, language):
        if not levels and (((before := _WORD.findall(text[max(0, at - 12):at])) and before[-1].casefold() in level_words)
                           or _turkish_level(text, at + len(figure))):
            way = "none"
        found.add((Quantity(-quantity.value, quantity.unit), "fall") if quantity.value < 0 else (quantity, way))
    return frozenset(found)


_SIGNED = patterns.compile(r"[-\u2212][$€£¥]?\d")
_TURKISH_WORDS = direction_turkish.RISE | direction_turkish.FALL


@functools.lru_cache(maxsize=1 << 12)  # read once for every figure of the text
def _is_turkish(text: str) -> bool:
    """Say whether text holds a Turkish word of rise or fall, which follows the figure's unit and case ending."""
    return not text.isascii() and not _TURKISH_WORDS.isdisjoint(word.casefold() for word in _WORD.findall(text))


def _may_give_a_way(text: str) -> bool:
    """Say whether text holds a word of rise, fall or loss, a verb making one, or a figure with a minus sign."""
    return (bool(_SIGNED.search(text)) or any(_direction_of(word) or word.casefold() in _RIGHT_BEFORE
                                               or word.casefold() in _LOSSES or word.casefold() in _MADE_TO
                                               or word.casefold() in direction_languages.AFTER_IN
                                               or word.casefold() in german_change_after.WORDS
                                               for word in _WORD.findall(text))
            or (not text.isascii() and (urdu_directions.turns(text) or direction_japanese.turns(text)
                                        or direction_chinese.turns(text))))


@functools.lru_cache(maxsize=1 << 14)
def signed_quantities(text: str, language: str = "") -> frozenset[Quantity]:
    """Return every quantity text states, with the negative of each figure it gives as a change that is a fall:
    "fell 2.4%" and "a loss of $3 million" state −2.4% and −$3 million, which a signed figure may cite (a level
    reached, "fell to $3 billion", is no negative)."""
    falls = {quantity for quantity, way in ways_given(text, language, levels=False) if way == "fall"}
    return quantities_in(text, language) | {Quantity(-quantity.value, quantity.unit) for quantity in falls}


# A measure's nouns of a fall that are no verb of one in a passage ("Job cuts", "Reduction in posts"): a new user's
# "Cut in head office posts" of "reduce them by about 120" was told to name the fall it named (test_newuser_118).
_FALL_MEASURES = frozenset({"cut", "cuts", "reduction", "reductions", "reduced"})


def names_a_fall(measure: str) -> bool:
    """Say whether a measure's own words name a fall or a loss ("Fall in exports", "Losses", "Soldiers lost", "Job
    cuts"): its figures then count the fall, and a positive one is given as a fall."""
    return any(_direction_of(word) == "fall" or word.casefold() in _LOSSES or word.casefold() in _FALL_MEASURES
               for word in _WORD.findall(measure)) or (not measure.isascii() and direction_chinese.names_a_fall(measure))


_WAY_WORDS = {"rise": "a rise", "fall": "a fall", "none": "a plain amount"}
# People lost: a count of those killed, captured or gone, told by "lost" ("had lost 12 soldiers", "lost 300 lives")
_PEOPLE_LOST = patterns.compile(
    r"(?<![\w-])los(?:t|e|es|ing)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|at\s+least\s+|more\s+than\s+)?"
    r"\d[\d,.]*\s+(?:of\s+(?:its|their|his|her)\s+)?(?:[a-z-]+\s+)?(?:soldiers|troops|fighters|men|people|lives"
    r"|personnel|civilians|officers|police|policemen|sailors|pilots|crew)(?![\w-])",
    re.IGNORECASE)
# A measure counting the dead: "Own soldiers dead", "Soldiers killed", "Deaths"
_DEAD = patterns.compile(r"(?<![\w-])(?:dead|killed|deaths?|died|casualties|fatalities)(?![\w-])", re.IGNORECASE)


def signed_value_turned(value, written: str, magnitudes: set[Quantity], measure: str,
                        passages: list[Cited]) -> tuple[str, str] | None:
    """Return (what is wrong, what to do) where a table's or claim's value (`written` as its field holds it) has a
    sign its passages do not give it (`magnitudes`: the quantities its magnitude may stand as): a negative one needs
    a fall or a minus sign in one of them; a positive one may not rest on falls alone. A measure that names a fall
    ("Fall in exports") turns both around."""
    if not any(magnitudes & quantities_in(passage.text, passage.language) for passage in passages):
        return None  # not given at all: the figure's own error says so
    # Stated, but only as a year, a starting level or in quotation marks: a plain amount.
    ways = {way for passage in passages for quantity, way in ways_given(passage.text, passage.language, levels=False)
            if quantity in magnitudes} or {"none"}
    turned = names_a_fall(measure)
    wanted = "rise" if (value < 0) == turned else "fall"
    if value < 0 and wanted not in ways:
        given = " or ".join(_WAY_WORDS[way] for way in sorted(ways, reverse=True))
        return (f"is negative, {_WAY_WORDS[wanted]}, but the passages cited for it give it only as {given}",
                f"keep the sign the source gives: cite the passage that gives it as {_WAY_WORDS[wanted]}"
                + (" or with a minus sign" if wanted == "fall" else "") + f", or write {written.lstrip('-')}")
    other = "rise" if turned else "fall"
    if value >= 0 and ways == {"fall"} and not turned and _DEAD.search(measure) and all(
            _PEOPLE_LOST.search(passage.text) for passage in passages):
        return None  # "Kestrel had lost 12 soldiers": a count of the dead, no level fallen ("Own soldiers dead: 12")
    if value >= 0 and ways == {other}:
        return (f"is positive, but the passages cited for it give it only as {_WAY_WORDS[other]}",
                f"write it with the sign the source gives it, -{written}, or name the fall in the measure "
                "(e.g. 'Fall in sales')" if other == "fall" else
                f"the measure names a fall: write -{written} for a rise, as the source gives it, or name the change "
                "in the measure")
    return None
