"""A lead told as a win: "Ibarra won the preliminary count" may not cite "Ibarra leads the preliminary count".

A count under way, a race or a ballot that a passage gives as led ("leads", "is ahead", "in the lead", "front-runner";
Spanish "lidera", "encabeza", "va por delante", "aventaja") or as preliminary ("the preliminary count", "provisional
results", "early returns"; "el recuento preliminar", "resultados provisionales") is not won yet. A sentence saying
someone won it ("won", "wins", "has won", "beat", "defeated", "was elected", a motion "passed" or "carried"; Spanish
"ganó", "gana", "ha ganado", "venció", "derrotó", "se impuso", "triunfó", "fue elegido") is refused where its passages give such a lead and none of
them a win ("won", "winner", "victory", "elected", "passed"; "ganó", "ganadora", "victoria", "electo"), where one
that gives the lead restates it (shares a name, or two words of four letters or more). A win before a
figure ("won 48.7%", "ganó el 48,7 %") gives votes received, not the race, and is not read; nor are words in
quotation marks, a negated win ("did not win", "no ganó") or one in a past unreal ("would have won"). English and
Spanish are read.

A win a passage gives only inside quotation marks is its speaker's claim of victory, not a win: '"We have won this
election," Ilves told supporters' backs no "The Civic Alliance won the election", which is refused where that passage
restates it; "Ilves claimed victory" or "Ilves said her party had won", saying whose word it is, builds.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts, says_whose_word, unquoted
from .clauses import WORD, content_words
from .locale import base_language
from .wordset import may_hold

_WON = {
    # "was elected" of a candidate who only led tells the race won (factcheck_71)
    "en": r"won|wins|beat|beats|defeated|defeats|passed|carried(?!\s+out)"
          r"|(?:was|were|is|are|got|has\s+been|had\s+been)\s+(?:re-?)?elected",
    "es": r"fue\s+(?:elegid|elect)[oa]|fueron\s+(?:elegid|elect)[oa]s|resultó\s+(?:elegid|elect)[oa]|ganó|ganaron|gana|ganan|ha\s+ganado|han\s+ganado|venció|vencieron|derrotó|derrotaron|se\s+impuso"
          r"|se\s+impusieron|triunfó|triunfaron|fue\s+aprobad[oa]|fueron\s+aprobad[oa]s",
}
# before the win: a negation or a past unreal, which tell no win ("did not win", "no ganó", "would have won")
_NOT_BEFORE = r"(?<!\bnot\s)(?<!\bnever\s)(?<!\bhave\s)(?<!\bno\s)(?<!\bNo\s)(?<!\bnunca\s)"
# after it: a figure, maybe after an article or a hedge ("won 48.7%", "won nearly 49%", "ganó el 48,7 %")
_FIGURE_AFTER = (r"(?!\s+(?:(?:the|about|nearly|almost|over|some|around|more\s+than|less\s+than|fewer\s+than|el|la|los"
                 r"|las|un|una|unos|unas|casi|cerca\s+de|más\s+de|menos\s+de|alrededor\s+de)\s+)*[\d$€£])")
# an English sentence of ASCII without one of these words tells no win: found by a lookup, not the pattern's search
_WIN_WORDS = frozenset(("won", "wins", "beat", "beats", "defeated", "defeats", "passed", "carried", "elected",
                        "reelected", "re-elected"))
_WINS = {language: patterns.compile(rf"{_NOT_BEFORE}(?<![\w-])(?:{words})(?!\w){_FIGURE_AFTER}", re.IGNORECASE)
         for language, words in _WON.items()}
# what a past lead is in: "led the count", "led the polls"
_COUNTED = r"the\s+(?:count|polls?|race|tally|vote|voting|field|first\s+round)"
_LEADS = {
    "en": patterns.compile(
        r"(?<![\w-])(?:leads|leading|(?:is|was|are|were|remains?|remained|stays?|stayed)\s+ahead|in\s+the\s+lead"
        r"|front-?runners?|(?:preliminary|provisional|partial|early|initial)\s+(?:counts?|results|returns|tally"
        r"|vote\s+counts?)"
        # a lead in the past, "led in early counts", "led until March", "led by 3 points": not "led by Ibarra"
        rf"|led\s+(?:in|until|till|throughout|through|for\s+most|early|narrowly|comfortably|{_COUNTED}"
        r"|by\s+(?:\d|a\s+(?:\w+\s+)?margin)))(?!\w)", re.IGNORECASE),
    "es": patterns.compile(
        r"(?<![\w-])(?:lidera|lideran|lideraba|lideraban|liderando|encabeza|encabezan|encabezaba|encabezaban"
        r"|(?:va|van|iba|iban)\s+(?:por\s+delante|en\s+cabeza|a\s+la\s+cabeza)|aventaja|aventajan|aventajaba"
        r"|(?:recuento|escrutinio|conteo|resultados?)\s+(?:preliminar|preliminares|provisional|provisionales|parcial"
        r"|parciales))(?!\w)", re.IGNORECASE),
}
# words of four letters or more that say not what was won: a sentence restates a passage's lead where it shares two
# others, or a name
_NOT_CONTENT = frozenset("""with that this from have been were they their than into also about after before will
would votes vote count tally results preliminary provisional para como pero este esta entre sobre desde votos
recuento resultados preliminar ganó ganaron gana ganan lidera""".split())
_RESTATES = 2
# a passage that gives the win backs a sentence telling it
_WIN_GIVEN = {
    "en": patterns.compile(r"(?<![\w-])(?:won|wins|winners?|victory|victorious|elected|defeated|beat|beats|passed"
                           r"|carried|approved)(?!\w)", re.IGNORECASE),
    "es": patterns.compile(r"(?<![\w-])(?:ganó|ganaron|ganado|ganador|ganadora|ganadores|victoria|vencedor|vencedora"
                           r"|venció|electo|electa|elegido|elegida|triunfo|triunfó|derrotó|impuso|aprobó|aprobada"
                           r"|aprobado|aprobadas|aprobados)(?!\w)", re.IGNORECASE),
}


def told_as_won(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when English or Spanish text, at `offset`, tells as won a race or count its cited passages
    give only as led or preliminary, and none as won."""
    key = _language_of(language)
    wins = _WINS.get(key)
    if wins is None or (key == "en" and not may_hold(text, _WIN_WORDS)) or not wins.search(text):
        return []  # most sentences tell no win: found without reading their passages
    won = wins.search(unquoted(text))
    if won is None:
        return []
    lead, claim, words, names = "", "", content_words(text, _NOT_CONTENT), _names(text)
    for passage in passages:
        given, led, claimed = _read(passage.text, _language_of(passage.language) or key)
        if given:
            return []
        theirs = content_words(passage.text, _NOT_CONTENT)
        if len(words & theirs) >= _RESTATES or names & theirs:  # of what the sentence tells
            lead, claim = lead or led, claim or claimed
    told = " ".join(won.group().split())
    if lead:
        return [Finding(offset, f"the source gives this only as a lead ('{lead}'), but it is told as a win "
                                f"('{told}'): {clipped(text)}",
                        "say who leads, as the source does ('leads', 'is ahead in the count'), or cite a passage that "
                        "gives the win")]
    if claim and not says_whose_word(text):
        return [Finding(offset, f"the source gives this win only as a speaker's claim in a quotation ('{claim}'), but "
                                f"it is told as fact ('{told}'): {clipped(text)}",
                        "say whose claim it is ('Ilves claimed victory'), or cite a passage that gives the win")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _read(text: str, language: str) -> tuple[bool, str, str]:
    """Return whether a passage gives a win outside quotation marks, the first words giving a lead or a preliminary
    count, and the first words of a win given only inside quotation marks, a speaker's claim ("" if none)."""
    if language not in _LEADS:
        return False, "", ""
    own = unquoted(text)
    if _WIN_GIVEN[language].search(own):
        return True, "", ""
    led = _LEADS[language].search(own)
    claimed = _WIN_GIVEN[language].search(text)
    return False, " ".join(led.group().split()) if led else "", _words_around(text, claimed) if claimed else ""


def _words_around(text: str, found: re.Match) -> str:
    """Return the words of the quotation a match stands in, three before it and two after."""
    start, end = next(((start, end) for start, end in quoted_parts(text) if start <= found.start() < end),
                      (found.start(), found.end()))
    before, after = text[start:found.start()].split()[-3:], text[found.end():end].split()[:2]
    return " ".join(before + [found.group()] + after).strip(_QUOTE_MARKS + ",.;:")


_QUOTE_MARKS = "\"'“”‘’«»"


def _names(text: str) -> frozenset[str]:
    """Return the capitalised words of text but its first, folded: the names of who won ("Ibarra", "Labour")."""
    return frozenset(word.casefold() for word in WORD.findall(text)[1:] if word[0].isupper()) | frozenset(
        word.casefold() for word in WORD.findall(text)[:1] if word[0].isupper() and word.casefold() not in _OPENING)


_OPENING = frozenset("the a an el la los las un una en in at on".split())  # a sentence's first word, no name


def _language_of(language: str) -> str:
    """Return the key of the words a text in `language` is read with ("" is the site's default, English)."""
    return base_language(language) if language else "en"
