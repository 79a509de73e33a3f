"""Qualifiers: the words that bound or hedge a figure ("at least 31", "plus de 400", "31 or more").

Each is of a kind named as a figure's `bound` names it (`QUALIFIERS`): read right before the
figure in English, French or Arabic ("at least 31", "plus de 400", "نحو ١٬٢٠٠"), or right after
it ("31 or more", "400 or so", "٣١ على الأقل", "40 oder mehr", "300-plus", "300+", Urdu "۵ ہزار سے زائد"), case-insensitively and with markdown emphasis allowed between.
A figure right before a code's abbreviation ("42 U.S.C.", "28 C.F.R.") is a title's number and takes none.
In a language the rules do not know, a project locale may name its own qualifiers, read right before a figure in
text of that language: `approximately` ("etwa 48" as "about"), `at_least` ("mindestens"), `more_than` ("mehr als"),
`fewer_than` ("weniger als"), `up_to` ("höchstens") and `nearly` ("fast"), also with an article between
("casi el 35 %": a short lowercase word).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import (change_ends, french_counts, german_change_after, german_sums, hangul, japanese_qualifiers, patterns, swahili_numbers,
               vietnamese_number_words)
from .cjk import writes_without_spaces
from .numbers import CODE_BEFORE_FIGURE, Quantity, locale_words, mentions_in, names_a_code, names_an_hour, range_ends, read_by_language
from .over_spans import over_a_span


class Qualifier(NamedTuple):
    """How a text bounds or hedges a figure: its kind ("at least", "about", ...) and the words as written."""

    kind: str
    words: str  # the qualifier with its figure, e.g. "au moins 31"


# Qualifiers by kind, each kind named as a figure's `bound` names it (and "nearly"); matched as whole
# words right before the figure (or right after it, for the trailing ones), case-insensitively, in
# any language: a French briefing may cite an English source.
QUALIFIERS: dict[str, tuple[str, ...]] = {
    "at least": ("at least", "no fewer than", "no less than", "not fewer than", "not less than", "a minimum of",
                 "as low as", "as few as", "as little as", "at or above",  # a floor: "savings could be as low as $150 million"
                 "au moins", "au minimum", "pas moins de", "ما لا يقل عن",
                 "بحد أدنى"),
    "more than": ("more than", "over", "above", "upwards of", "in excess of", "exceeding", "older than", "plus de",
                  # a verb of excess: "sales exceeded $5 million"; negated, a cap: "should not exceed 574,000 tonnes"
                  # is up to it (a floor, "at least 574,000", built of it: tests/test_newuser_83.py)
                  "exceed", "exceeds", "exceeded",
                  "over the age of",  # an age's bound: "children over the age of ten" (newuser_72)
                  "au-delà de",
                  "أكثر من", "ما يزيد على", "ما يزيد عن"),
    "fewer than": ("fewer than", "less than", "under", "below", "younger than", "under the age of", "below the age of",
                   "moins de", "أقل من"),
    "up to": ("up to", "at most", "no more than", "not more than", "as many as", "as much as", "as high as",
              "a maximum of", "at or below", "at or under", "jusqu'à",
              # a cap as a verb, as Arabic's "تصل إلى": "fines can reach 50,000 euros" (newuser_68)
              "can reach", "could reach", "may reach",
              # a cap as a verb or noun: "fines are capped at 50 million", "a cap of", "a ceiling of" (factcheck_115)
              "capped at", "a cap of", "a ceiling of", "plafonné à", "plafonnée à", "plafonnés à", "plafonnées à",
              "un plafond de", "un tope de", "con un tope de", "topado en",
              "au plus", "au maximum", "pas plus de", "tout au plus", "تصل إلى", "يصل إلى",
              "بحد أقصى"),
    "nearly": ("nearly", "almost", "close to", "just under", "près de", "presque", "pas loin de", "quasiment",
               "ما يقارب", "ما يقرب من"),
    "about": ("about", "around", "some", "roughly", "approximately", "circa", "an estimated", "estimated",
              "environ", "quelque", "autour de", "approximativement", "à peu près", "aux alentours de",
              "نحو", "حوالي", "حوالى", "قرابة", "زهاء"),
}
# German's too ("40 oder mehr"), read in any text as French's are: no locale key names words after a figure.
# French writes its own after the figure's noun too: "300 producteurs au moins", "460 euros environ".
TRAILING_QUALIFIERS: dict[str, tuple[str, ...]] = {
    "at least": ("or more", "ou plus", "et plus", "على الأقل", "oder mehr", "au moins", "au minimum"),
    "up to": ("or fewer", "or less", "ou moins", "oder weniger", "au plus", "au maximum"),
    "about": ("or so", "more or less", "mehr oder weniger", "environ"),
    # Urdu's bounds follow the figure: "۵ ہزار سے زائد" (more than 5,000); not its "سے کم", as often "cut from" ("۳۵
    # فیصد سے کم کر کے ۲۸", from 35% down to 28%).
    "more than": ("سے زائد", "سے زیادہ"),
}
# Hebrew's after the figure: "ב-15% לפחות" (at least 15%), "62,000 בערך".
TRAILING_QUALIFIERS["at least"] += ("לפחות", "לכל הפחות")
TRAILING_QUALIFIERS["about"] += ("בערך",)
# English's "at most" after a figure's noun too: "a ban of 12 months at most" (refused, read as no qualifier at all,
# for "no more than 12 months": tests/test_newuser_60.py).
TRAILING_QUALIFIERS["up to"] += ("at most", "at the most")
# Spanish's after a figure's noun: "35 pacientes como máximo", "20 días como mínimo" (tests/test_newuser_67.py).
TRAILING_QUALIFIERS["at least"] += ("como mínimo", "por lo menos")
TRAILING_QUALIFIERS["up to"] += ("como máximo", "a lo sumo")


def _qualifier_pattern(words) -> str:
    """Return an alternation of `words`, longest first, either apostrophe and any spacing allowed."""
    return "|".join(re.escape(w).replace("'", "['’]").replace(r"\ ", r"\s+") for w in patterns.longest_first(words))


_KIND_OF = {re.sub(r"['’]", "'", w): kind for table in (QUALIFIERS, TRAILING_QUALIFIERS)
            for kind, ws in table.items() for w in ws}
# Markdown emphasis may stand between a qualifier and its figure ("*at least* 31"). Arabic joins a preposition or
# "and" to the word after it: "يقدر الهدر بنحو ٣٠٪" (estimated at about 30%), "وبأكثر من": unread, the honest
# "بنحو ٣٠٪" was refused as leaving out the qualifier of "نحو ٣٠٪", and "٤٥ ألف" built for "بحوالي ٤٥ ألف".
_ARABIC_PROCLITIC = r"(?<=(?<!\w)[وفبل])|(?<=(?<!\w)[وف][بل])"
_QUALIFIER_BEFORE = patterns.compile(rf"(?:(?<!\w)|{_ARABIC_PROCLITIC})(?P<words>{_qualifier_pattern(w for ws in QUALIFIERS.values() for w in ws)})[*_]*\s+[*_]*(?:{CODE_BEFORE_FIGURE})?$", re.IGNORECASE)
# One word may stand between a figure and its trailing qualifier: "31 people or more"; not "more", whose "or less"
# hedges ("40 more or less" is about 40, not up to 40), nor a French verb, whose "au moins" is no bound of the figure
# ("300 ont au moins manifesté").
_NOT_BETWEEN = ("more|mehr|ont|sont|a|est|avait|avaient|était|étaient|seront|auront|sera|aura|doit|doivent|peut"
                "|peuvent|ne|n|y")
_QUALIFIER_AFTER = patterns.compile(rf"(?:\s+(?!(?:{_NOT_BETWEEN})(?!\w))[^\W\d_]+)?[*_]*\s+[*_]*(?P<words>{_qualifier_pattern(w for ws in TRAILING_QUALIFIERS.values() for w in ws)})(?!\w)",
                              re.IGNORECASE)
# "300-plus patients", "300+ patients": more than 300, written against the figure.
_PLUS_AFTER = patterns.compile(r"(?:-plus|\+)(?![\w+])", re.IGNORECASE)


# A negation a few words before a bound turns it over: "should not earn more than 9%" bounds the return from above
# (up to 9%), as "not more than 9%" does; "has never had fewer than 40" from below. Not across a clause's joint
# ("not yet known, but more than 40", "not known but more than 40"), nor where it only widens ("not just more than 40").
_CLAUSE_JOINT = ("but|and|or|yet|while|though|although|whereas|so|only|just|merely|simply"
                 # Spanish's, French's, Italian's, Portuguese's: "no se sabe, pero más de 40", "pas seulement plus de"
                 "|pero|sino|y|e|o|u|aunque|mientras|solo|sólo|solamente|mais|et|ou|seulement|juste|uniquement|ma|mas"
                 "|apenas|só"
                 # German's: "nicht nur mehr als 40", "nicht bekannt, aber mehr als 40"
                 "|nur|sondern|aber|und|oder|jedoch|lediglich|bloß")
# Nor where the bound is of whom the negated verb names ("did not include anyone over 75": none over 75, no cap at 75).
_BOUND_HOLDERS = ("anyone|anybody|any|those|people|someone|somebody|everyone|everybody|persons|patients|children|adults"
                  "|nadie|ningún|ninguna|ninguno|personas|pacientes|niños|personne|aucun|aucune|enfants")
# Two words at most between, not counting an article or a preposition of three letters or fewer: "no puede asumir un
# coste de más de 18 millones".
_SHORT_WORD = rf"(?!(?:{_CLAUSE_JOINT})(?!\w))[^\W\d_]{{1,3}}\s+"
# Spanish "no", "nunca", French "pas", "jamais" (after its "ne ... "), Italian "non", Portuguese "não" negate so too:
# "no puede asumir más de 18 millones", "ne peut pas payer plus de 18 millions" (tests/test_newuser_67.py); German
# "nicht", "nie": "nicht weniger als 450 Euro" is at least 450 (newuser_123: refused as contradicting "mindestens 450").
_NEGATION_BEFORE = patterns.compile(rf"(?<!\w)(?:not|never|cannot|can['’]t|\w+n['’]t|no|nunca|jamás|pas|jamais|non"
                                    rf"|não|nicht|nie|niemals)\s+"
                                    rf"(?:{_SHORT_WORD})*(?:(?!(?:{_CLAUSE_JOINT}|{_BOUND_HOLDERS})(?!\w))[^\W\d_]+\s+"
                                    rf"(?:{_SHORT_WORD})*){{0,2}}$",
                                    re.IGNORECASE)
_NEGATED = {"more than": "up to", "fewer than": "at least"}


# A project locale's own qualifiers, by kind: the key of `numbers.Writing` that lists them ("etwa" under
# `approximately` is "about", "mindestens" under `at_least` is "at least").
_LOCALE_KINDS = {"about": "approximately", "at least": "at_least", "more than": "more_than",
                 "fewer than": "fewer_than", "up to": "up_to", "nearly": "nearly"}


@functools.lru_cache(maxsize=None)
def _locale_qualifiers_before(language: str) -> tuple[re.Pattern, dict[str, str]] | None:
    """Return the pattern of the qualifiers `language`'s locale lists, right before a figure ("etwa 48",
    "mindestens 40", "mehr als 1.200"), with the kind of each by its folded words; None where it lists none."""
    writing = locale_words(language)
    kinds = {} if writing is None else {_folded(word): kind for kind, key in _LOCALE_KINDS.items()
                                        for word in getattr(writing, key)}
    if not kinds:
        return None
    # An article may stand between them, as a short lowercase word ("casi el 35 %", "más de un 20 %"); a word of a
    # script written without spaces stands right before its figure ("約4800億円", "最大で1兆2000億").
    # Hebrew's are joined to it by a hyphen ("כ-62,000", "פחות מ-9"), listed so: `approximately: [כ-]`. An article
    # elided onto the figure, Italian's "al massimo l'1,8", "oltre l'80 per cento", stands between them as a spaced
    # one does, and a word listed with its elided article ("più dell'") is glued as the hyphen's are (newuser_99:
    # unread, "l'1,8" and "più dell'1,8" citing "al massimo l'1,8" built).
    spaced = [word for word in kinds if not writes_without_spaces(word) and not word.endswith(_GLUING)] or ["(?!)"]
    glued = [word for word in kinds if writes_without_spaces(word) or word.endswith(_GLUING)] or ["(?!)"]
    # German sets "aber" or "jedoch" between: "9,5 Prozent, mindestens aber 450 Euro" (newuser_123: unread, "höchstens
    # aber 450 Euro" and "450 Euro" citing it built)
    return patterns.compile(rf"(?<!\w)(?P<words>{_qualifier_pattern(spaced)})[*_]*\s+(?:(?P<article>[^\W\d_]{{1,3}}"
                            rf"|aber|jedoch)\s+"
                            rf"|(?P<elided>[^\W\d_]{{1,4}}['’]))?[*_]*$"
                            rf"|(?P<glued>{_qualifier_pattern(glued)})[*_]*\s*$", re.IGNORECASE), kinds


_GLUING = ("-", "'", "’")  # what a listed qualifier ends with that joins it to its figure: "כ-62,000", "dell'1,8"


read_by_language(_locale_qualifiers_before)


def qualifier_of(text: str, start: int, end: int, language: str = "") -> Qualifier | None:
    """Return the qualifier of the figure text[start:end] ("at least 31", "31 or more") in text of `language`
    (whose locale's own qualifiers are read too: "etwa 48" as "about", "mindestens 40" as "at least"), or None."""
    found = _qualifier(text, start, end, language)
    if found and found.kind not in ("about", "nearly") and names_an_hour(text, start, end):
        return None  # "hasta las 10.30" is until half past ten, no count of at most 10.30
    return found


def _qualifier(text: str, start: int, end: int, language: str) -> Qualifier | None:
    if names_a_code(text, end):  # "under 42 U.S.C. § 1983" is a title of the code, not fewer than 42
        return None
    start = _dollar_code_start(text, start)
    if french_counts.is_rough_count(text, start, end):  # "une trentaine de fermes": about 30
        return Qualifier("about", " ".join(text[start:end].split()))
    # Only spacing and emphasis between a figure and a digit before it: no qualifier's words end there, and a run
    # of bare figures ("1 1 1 ...", 300 KB of them) searched each figure's forty characters before it for them.
    after_a_digit = _after_a_digit(text, start)
    before = None if after_a_digit else _QUALIFIER_BEFORE.search(text, max(0, start - 40), start)
    if before and before["words"].casefold() == "over" and _over_as_during(text, before.start(), end):
        before = None  # "the case was tried over 19 days": during them, no more than 19 (read since round 35)
    if before:
        kind = _kind(before["words"])
        negation = _NEGATED.get(kind) and _NEGATION_BEFORE.search(text, max(0, before.start() - 40), before.start())
        if negation:
            return Qualifier(_NEGATED[kind], " ".join(text[negation.start():end].split()))
        return Qualifier(kind, " ".join(text[before.start():end].split()))
    cap = None if after_a_digit else (_MAXIMUM_BEFORE.search(text, max(0, start - 60), start)
                                      or (language[:2] == "es"
                                          and _SPANISH_EXCESS_DENIED.search(text, max(0, start - 60), start)))
    if cap:
        return Qualifier("up to", " ".join(text[cap.start():end].split()))
    estimate = None if after_a_digit else _ESTIMATE_THAT_BEFORE.search(text, max(0, start - 30), start)
    if estimate and not _YEAR.fullmatch(text, start, end):
        return Qualifier("about", " ".join(text[estimate.start():end].split()))
    arabic = None if after_a_digit else _arabic_bound(text, start, end)
    if arabic:
        return arabic
    own = _locale_qualifiers_before(language)
    before = own and own[0].search(text, max(0, start - 40), start)
    if own and not before and language[:2] == "sw" and (noun := swahili_numbers.counted_noun_start(text, start)):
        before = own[0].search(text, max(0, noun - 40), noun)  # "takriban shilingi milioni 300": about, past its noun
    if before and not (before["article"] or before["elided"] or "a").islower():  # "über Die 3": a capital starts a name, no article
        before = None
    if before and language[:2] == "de" and german_sums.names_a_sum(text, before.start()):
        before = None  # "der Vertrag über 184 Mio. Euro": what it is worth, no "more than"
    if before and language[:2] == "de" and german_change_after.compared_before(text, before.start()):
        before = None  # "2,1 Prozentpunkte weniger als 2021": the base of a comparison, no bound of 2021
    if before and language[:2] == "vi" and vietnamese_number_words.compared_before(text, before.start()):
        before = None  # "thấp hơn 15": lower than 15, a comparison, not "more than 15"
    if before and language[:2] == "sw" and change_ends.ends_a_change(text, before.start()):
        before = None  # "kutoka asilimia 66.8 hadi 71.2": from 66.8% to 71.2%, no "up to" 71.2
    if before:
        kind = own[1][_folded(before["words"] or before["glued"])]
        negation = _NEGATED.get(kind) and _NEGATION_BEFORE.search(text, max(0, before.start() - 40), before.start())
        if negation:  # "no puede asumir más de 18 millones": a cap, up to 18 million
            return Qualifier(_NEGATED[kind], " ".join(text[negation.start():end].split()))
        return Qualifier(kind, " ".join(text[before.start():end].split()))
    after = _QUALIFIER_AFTER.match(text, end)
    if after:
        return Qualifier(_kind(after["words"]), " ".join(text[start:after.end()].split()))
    korean = hangul.qualifier_after(text, end) if not text.isascii() else None
    if korean:  # "4천억 원가량", "1만 명 이상"
        return Qualifier(korean[0], " ".join(text[start:korean[1]].split()))
    japanese = japanese_qualifiers.qualifier_after(text, end) if not text.isascii() else None
    if japanese:  # "12万人以上", "90メートル超"
        return Qualifier(japanese[0], text[start:japanese[1]])
    plus = _PLUS_AFTER.match(text, end)
    return Qualifier("more than", text[start:plus.end()]) if plus else None


# A penalty's or payment's maximum is a cap on it, as "up to" is: "The maximum fine is 50 million dollars" restates "can
# be fined up to 50 million dollars", and "The fine is 50 million dollars" restates neither (factcheck_115). Only what a
# rule caps: a "maximum temperature" of 40 degrees is what was measured, no bound. French and Spanish put it after the
# noun: "l'amende maximale est de", "la multa máxima es de".
_CAPPED = (r"(?:fines?|penalt(?:y|ies)|sentences?|(?:prison|jail)\s+terms?|payouts?|compensation|awards?|damages|fees?"
           r"|charges?|levy|levies|tariffs?|loans?|grants?|subsid(?:y|ies)|refunds?|benefits?|bonus(?:es)?"
           r"|allowances?|limits?|amende|amendes|peine|peines|multa|multas|pena|penas|sanci[oó]n|sanciones)")
_MAXIMUM_BEFORE = patterns.compile(
    rf"(?<!\w)(?:maximum\s+(?:[^\W\d_][\w-]*\s+){{0,2}}?{_CAPPED}|{_CAPPED}\s+(?:maximale?s?|máxim[oa]s?))"
    # what it is for, a few words: "The maximum penalty for a late report is"
    r"(?:\s+(?:for|on|under|in)(?:\s+[^\W\d_][\w-]*){1,3}?)?"
    r"\s+(?:is|was|are|were|will\s+be|would\s+be|stands\s+at|of|est\s+de|était\s+de|sera\s+de|es\s+de|era\s+de"
    r"|será\s+de|de)\s+[*_]*$", re.IGNORECASE)


# A Spanish verb of excess negated is a cap, as English's "should not exceed" is: "el trasvase no podría superar los
# 180" restates "hasta un máximo de 180" (newuser_124: refused as leaving out its qualifier), as does "sin exceder los
# 180", "no podría pasar de 180"; "no" at most two words before the verb ("no podrá ya superar")
_SPANISH_EXCESS_DENIED = patterns.compile(
    r"(?<![^\W\d_])(?:no\s+(?:[^\W\d_]+\s+){0,2}?|sin\s+)(?:(?:super|exced|sobrepas|rebas)[^\W\d_]*\s+(?:de\s+)?"
    r"|pas[aeóé][^\W\d_]*\s+de\s+)(?:(?:los|las|el|la|un|una|unos|unas)\s+)?[*_]*$", re.IGNORECASE)


# A figure right after "estimated that" is an estimate, as "an estimated 1,200" is: "The federation estimated that
# 1,200 jobs depended on the fishery" backs "about 1,200 jobs" or "the federation estimates that 1,200", not the plain
# "1,200 jobs depend on the fishery" (it built: tests/test_newuser_83.py; estimated_figures.py keeps the hedge).
_ESTIMATE_THAT_BEFORE = patterns.compile(r"(?<!\w)estimat(?:e|es|ed|ing)\s+that\s+[*_]*$", re.IGNORECASE)


# "Over" a span after a verb of what went on during it ("tried", "held", "spread", "fought over 19 days") is the time
# it took, no bound; after a verb of length ("lasted", "waited", "served"), "for", "in" or "after" it is "more than".
_SPAN_AFTER = patterns.compile(r"\s+(?:days?|weeks?|months?|years?|hours?|minutes?|decades?|nights?|sessions?)(?!\w)",
                               re.IGNORECASE)
_LENGTH_VERBS = (r"lasted|waited|continued|persisted|stayed|remained|endured|survived|served|lived|worked|delayed"
                 r"|dragged|stretched|extended|exceeded|needed|required|totalled|totaled|reached|aged|used")
_DURING_VERB_BEFORE = patterns.compile(
    rf"(?<!\w)(?!(?:{_LENGTH_VERBS})(?!\w))"
    r"(?:[^\W\d_]{2,}ed|held|heard|fought|met|spread|run|built|paid|made|played\s+out|carried\s+out|set\s+out"
    r"|took\s+place|taken\s+place)\s+$", re.IGNORECASE)


# A year joined to another after the figure: "cut 1,200 jobs over 2024 and 2025" is during them, no bound on 2024.
_JOINED_YEAR_AFTER = patterns.compile(r"\s*(?:and|to|through|-|–)\s*(?:18|19|20)?\d\d(?!\w)", re.IGNORECASE)
_YEAR = patterns.compile(r"(?:18|19|20)\d\d")


# "Over" a span after a noun or a figure is the span something happened in too: "cut the risk by 18% compared with a
# placebo over three years", "rose 5% over two years". Not after a word that makes it a length ("for", "in", "after",
# "lasted", "is"), nor before "ago" or "old" ("over three years ago", "over 75 years old").
_NOUN_BEFORE = patterns.compile(r"(?<!\w)(?!(?:for|in|after|within|of|than|by|to|is|are|was|were|be|been|being|took|"
                                r"takes|take|taking|last|lasts|lasting|age|ages|just|well|only|some|"
                                rf"{_LENGTH_VERBS}|waiting|serving|living|working)(?!\w))"
                                r"(?:[^\W\d_]{3,}|[^\s\d]*\d\S*)\s+$", re.IGNORECASE)  # a word, or a figure: "£12.5bn"
_LENGTH_AFTER = patterns.compile(r"\s+[^\W\d_]+\s+(?:ago|old|earlier|later|before|after|since)(?!\w)", re.IGNORECASE)


def _over_as_during(text: str, over: int, end: int) -> bool:
    """Say whether "over" at `over`, before the figure ending at `end`, is "during" a span: "tried over 19 days",
    "over 2024 and 2025", "a placebo over three years"."""
    if _YEAR.fullmatch(text, end - 4, end) and _JOINED_YEAR_AFTER.match(text, end):
        return True
    if not _SPAN_AFTER.match(text, end):
        return False
    return bool(_DURING_VERB_BEFORE.search(text, max(0, over - 30), over)
                or (_NOUN_BEFORE.search(text, max(0, over - 30), over) and not _LENGTH_AFTER.match(text, end)))


# A dollar's country code glued before its sign ("US$", "R$", "HK$"): a figure is read from its sign on, so its
# qualifier stands before the code ("mais de R$ 300 milhões", "more than US$300 million" were read as unqualified).
_DOLLAR_CODE_BEFORE = patterns.compile(r"(?<![^\W\d_])(?-i:[A-Z]{1,3})\Z")


def _dollar_code_start(text: str, start: int) -> int:
    """Return where the figure text[start:] starts with the country code glued before its dollar sign."""
    if text[start:start + 1] != "$":
        return start
    code = _DOLLAR_CODE_BEFORE.search(text, max(0, start - 3), start)
    return code.start() if code else start


def _after_a_digit(text: str, start: int) -> bool:
    """Say whether a digit stands before text[start], with only spacing and markdown emphasis between."""
    at = start - 1
    while at >= max(0, start - 40) and (text[at].isspace() or text[at] in "*_"):
        at -= 1
    return at >= 0 and text[at].isdigit()


# Arabic caps and floors are a negated verb: "(و)ألا يتجاوز 4 مليارات" (does not exceed: up to), "لا يقل عن ٤٠" (not
# less than: at least); "و" (and) is written joined to it, and the verb's subject may stand before the figure, as
# Arabic puts it after its verb ("ألا يتجاوز الملء 4 مليارات").
# "لم"/"لن" negate it as "لا" does, and "لم يعد" (no longer) too: "هامش الربح لم يعد يتجاوز ١٠٪" is up to 10%.
_ARABIC_BOUND_BEFORE = patterns.compile(r"(?<!\w)(?P<words>و?(?:أ?لا|لم|لن)\s+(?:[يت]عد\s+)?[يت](?P<verb>تجاوز|زيد|قل)(?:\s+[\u0621-\u064a]+)??"
                                        r"(?:\s+(?:على|عن))?)\s+$")
# Its verbs of excess unnegated are "more than": "أن متوسط الربح يزيد على ٢٥٪" (exceeds 25%), "تجاوز ٥٠٠"; unread,
# "يبلغ متوسط الربح ٢٥٪" built for it, and the honest "أكثر من ٢٥٪" was refused as saying more than "٢٥٪".
_ARABIC_EXCESS_BEFORE = patterns.compile(r"(?<![\wً-ٟ])(?P<words>[وف]?(?:(?:[يت]زيد|زاد|زادت)(?:\s+[ء-ي]+){0,2}"
                                         r"\s+(?:على|عن)|[يت]تجاوز|تجاوزت?|[يت]فوق|فاقت?))\s+$")
_ARABIC_BOUND_KIND = {"تجاوز": "up to", "زيد": "up to", "قل": "at least"}


def _arabic_bound(text: str, start: int, end: int) -> Qualifier | None:
    """Return the bound an Arabic negated verb of excess right before text[start:end] sets on that figure, or None."""
    found = _ARABIC_BOUND_BEFORE.search(text, max(0, start - 40), start)
    if found:
        return Qualifier(_ARABIC_BOUND_KIND[found["verb"]], " ".join(text[found.start():end].split()))
    found = _ARABIC_EXCESS_BEFORE.search(text, max(0, start - 40), start)
    return Qualifier("more than", " ".join(text[found.start():end].split())) if found else None


# A range's ends bound its figure each way: its low end is "at least" it, its high end "up to" it. A passage's range
# must be kept as one ("between $12 and $14 more": "$12 more" alone, or "about $14", says what the source does not),
# or bounded on the end's own side ("at least $12", "up to $14"); not "from $4.75 to $6.10", mostly a change.
_RANGE_BOUND = {"low": "at least", "high": "up to"}


def range_qualifier(text: str, start: int, end: int, language: str = "", changes: bool = False) -> Qualifier | None:
    """Return the bound the figure text[start:end] takes as an end of a range text states, or None; with `changes`,
    also as an end of "from ... to ..." (prose that writes its figure as one of a pair says no less than its range)."""
    found = range_ends(text, language).get((start, end))
    if found is None or (found.from_ and not changes):
        return None
    return Qualifier(_RANGE_BOUND[found.end], found.words)


@functools.lru_cache(maxsize=1 << 14)
def qualified_figures(text: str, language: str = "") -> tuple[tuple[Quantity, Qualifier | None], ...]:
    """Return each quantity text states with its qualifier (an end of a range its bound that way), or None (always
    for a date's); remembered."""
    return tuple((quantity, _bound_of(text, m.start, m.end, language) if m.kind == "figure" else None)
                 for m in mentions_in(text, language) for quantity in m.quantities
                 if m.kind != "date" or not is_date_day(quantity))


def is_date_day(quantity: Quantity) -> bool:
    """Say whether a date's quantity is its day (no month, no year): "5 October" gives no count of 5, qualified or
    not ("12 people died" of "On 12 March, at least 12 people died" built, the date's 12 read as a plain 12)."""
    return not quantity.unit and quantity.value <= 31


def _bound_of(text: str, start: int, end: int, language: str) -> Qualifier | None:
    """Return the qualifier of the figure at `start`..`end` of text, or of the range it ends; none for German "über"
    spreading it across a span ("über 32 Monate": over_spans.py)."""
    found = qualifier_of(text, start, end, language) or range_qualifier(text, start, end, language)
    return None if found and over_a_span(text, start, end, found.words) else found


read_by_language(qualified_figures)


@read_by_language
@functools.lru_cache(maxsize=1 << 10)
def qualifiers_by_quantity(text: str, language: str = "") -> dict[Quantity, tuple[tuple[int, Qualifier | None], ...]]:
    """Return each quantity text states with where it stands among qualified_figures and its qualifier: looked up
    by a sentence's figure, not read through for each (a list of 5,000 figures citing itself took 33 s)."""
    found: dict[Quantity, list[tuple[int, Qualifier | None]]] = {}
    for at, (quantity, qualifier) in enumerate(qualified_figures(text, language)):
        found.setdefault(quantity, []).append((at, qualifier))
    return {quantity: tuple(places) for quantity, places in found.items()}


def qualifiers_of(quantities: tuple[Quantity, ...], text: str, language: str = "") -> list[Qualifier | None]:
    """Return the qualifier of each mention of any of `quantities` in text, in the text's order."""
    index = qualifiers_by_quantity(text, language)
    return [qualifier for _, qualifier in sorted((place for quantity in set(quantities)
                                                  for place in index.get(quantity, ())), key=lambda place: place[0])]


def _kind(words: str) -> str:
    return _KIND_OF[_folded(words)]


def _folded(words: str) -> str:
    return " ".join(re.sub(r"['’]", "'", words).lower().split())
