"""A country or a place not swapped where its words are not swapped_names.py's: "bolstered by Indian equipment" may
not cite "bolstered by equipment from China", nor "the envoy flew to Geneva" cite "the envoy flew to Vienna".

A country is read by its name or the adjective of it (COUNTRIES: "India" and "Indian" are one) with the thing it
gives: "Indian equipment", "equipment from India", "India's equipment". A sentence's country that no cited passage
names in any form is refused where a passage gives the same thing (a plural as its singular) another country. A place
is read after "to" or "from" and the word before it ("flew to Geneva"): refused where no cited passage names it and
one writes the same two words before another capitalised word. A month, a weekday, a name before "'s" ("to Sunday's
talks"), a party's words (swapped.py reads parties swapped) and words in quotation marks are not read; "in" and "at"
are places.py's. English text is read (tests/test_factcheck_83.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import folded_word
from .sentences import inside, markers_blanked

# Each country: its names, then its adjectives ("US" and "U.S." are the United States' names)
COUNTRIES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("India",), ("Indian",)), (("China",), ("Chinese",)), (("Russia",), ("Russian",)),
    (("America", "United States", "US", "U.S."), ("American",)), (("Britain", "United Kingdom", "UK", "U.K."), ("British",)),
    (("France",), ("French",)), (("Germany",), ("German",)), (("Japan",), ("Japanese",)), (("Iran",), ("Iranian",)),
    (("Israel",), ("Israeli",)), (("Pakistan",), ("Pakistani",)), (("Ukraine",), ("Ukrainian",)),
    (("Italy",), ("Italian",)), (("Turkey", "Türkiye"), ("Turkish",)), (("Brazil",), ("Brazilian",)),
    (("Canada",), ("Canadian",)), (("Egypt",), ("Egyptian",)), (("Saudi Arabia",), ("Saudi",)),
)
_COUNTRY = {form: index for index, (names, adjectives) in enumerate(COUNTRIES) for form in (*names, *adjectives)}
_FIRST_WORDS = frozenset(form.split()[0].rstrip(".") for form in _COUNTRY)
# a capitalised word, or a dotted abbreviation up to its last letter ("U.S.": unread, "U.S.-made drones" cited
# "Chinese-made drones" and built, as its name's first word "U.S" was never found)
_CAPITAL = patterns.compile(r"(?<![\w.])[A-Z](?:[A-Za-z]+|(?:\.[A-Z])+(?=\.))")
_FORMS = "|".join(sorted((re.escape(form) for form in _COUNTRY), key=len, reverse=True))
_NOT_THING = r"(?!(?:and|or|of|in|on|at|to|from|the|a|an|said|says|who|which|that|is|are|was|were|has|have|had)\b)"
# "Indian equipment", "equipment from India", "India's equipment": a country with the thing it gives
# "Chinese-made drones", "U.S.-built jets": the country with how it gives the thing, as "Chinese drones"
_MADE = r"(?:-(?:made|built|supplied|designed|produced|manufactured|backed|funded|led))?"
_GIVES = patterns.compile(rf"(?<![\w.-])(?:(?P<adjective>{_FORMS}){_MADE}(?:['’]s)?\s+{_NOT_THING}(?P<thing>[a-z]{{3,}})"
                          rf"|(?P<before>[a-z]{{3,}})\s+from\s+(?:the\s+)?(?P<origin>{_FORMS}))(?![\w-])")
# Each country's forms as one pattern: a passage naming any of them names the country
_NAMED = tuple(patterns.compile(rf"(?<![\w.])(?:{'|'.join(re.escape(form) for form in (*names, *adjectives))})"
                                rf"(?![\w-])") for names, adjectives in COUNTRIES)
# a place of one capitalised word or more ("New Delhi", "Kuala Lumpur"), after "to" or "from" and the word before
# ("flew in from"): unread, "flew in from Kuala Lumpur" cited "flew in from Jakarta"
_PLACE_NAME = r"[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})*"
_PLACE = patterns.compile(rf"(?<![\w-])(?P<word>[a-z]{{2,}})\s+(?P<prep>to|from)\s+(?P<place>{_PLACE_NAME})"
                          r"(?![\w'’-])")
_DATES = frozenset("January February March April May June July August September October November December Monday "
                   "Tuesday Wednesday Thursday Friday Saturday Sunday Sept".split())


def swapped_origins(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                    parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding when text gives a thing a country, or puts a deed to or from a place, where its cited passages
    give it another and name not the sentence's."""
    if not in_english(language) or not passages:
        return []
    spoken = markers_blanked(text)
    capitals = [match for match in _CAPITAL.finditer(spoken) if match.start() > 0 or match.group() in _FIRST_WORDS]
    if not capitals:
        return []  # most sentences name no country nor place after their first word
    held = " ".join(passage.text for passage in passages)
    folded = held.casefold()
    unheld = [match for match in capitals if match.group().casefold() not in folded]
    if not unheld:
        return []  # most sentences' names are their passages'
    party = frozenset().union(*(words for _, words in parties))
    quoted = quoted_parts(spoken)
    if any(match.group() in _FIRST_WORDS for match in unheld):
        found = _country_swapped(spoken, held, party, quoted)
        if found:
            return [Finding(offset, f"this sentence says '{found[0]}' where its cited passages say '{found[1]}': "
                                    f"{clipped(text)}", "keep the source's country, or cite a passage that names this one")]
    if " to " in spoken or " from " in spoken:
        found = _place_swapped(spoken, passages, held, party, quoted)
        if found:
            return [Finding(offset, f"this sentence names '{found[0]}' where its cited passages name '{found[1]}' "
                                    f"('{found[2]}'): {clipped(text)}",
                            "keep the source's name, or cite a passage that names this one")]
    return []


def _gives(text: str) -> list[tuple[int, str, str]]:
    """Return each country text gives a thing, as (country, thing singular, the words as written)."""
    found = []
    for match in _GIVES.finditer(text):
        country = match.group("adjective") or match.group("origin")
        thing = match.group("thing") or match.group("before")
        found.append((_COUNTRY[country], _singular(thing), match.group()))
    return found


def _singular(word: str) -> str:
    """Return a plural as its singular, roughly: "tanks" is "tank"."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _names(held: str, country: int) -> bool:
    """Say whether the passages name a country in any of its forms."""
    return _NAMED[country].search(held) is not None


def _country_swapped(spoken: str, held: str, party: frozenset[str], quoted) -> tuple[str, str] | None:
    """Return the sentence's country with its thing and a passage's other country with that thing, or None."""
    theirs = None
    for match in _GIVES.finditer(spoken):
        country = _COUNTRY[match.group("adjective") or match.group("origin")]
        if (inside(quoted, match.start()) or _names(held, country)
                or any(folded_word(form) in party for form in COUNTRIES[country][0] + COUNTRIES[country][1])):
            continue
        theirs = _gives(held) if theirs is None else theirs  # read only for a country no passage names
        thing = _singular(match.group("thing") or match.group("before"))
        for other, their_thing, shown in theirs:
            if their_thing == thing and other != country:
                return match.group(), shown
    return None


def _place_swapped(spoken: str, passages: list[Cited], held: str, party: frozenset[str],
                   quoted) -> tuple[str, str, str] | None:
    """Return the sentence's place after a word and "to" or "from", a passage's other place there and its words."""
    own = {match.group().casefold() for match in _CAPITAL.finditer(spoken)}
    folded = held.casefold()
    for match in _PLACE.finditer(spoken):
        place = _undated(match.group("place"))
        if (not place or inside(quoted, match.start()) or any(folded_word(word) in party for word in place.split())
                or re.search(rf"(?<!\w){re.escape(place.casefold())}(?!\w)", folded)):
            continue
        other = re.search(rf"(?<![\w-]){match.group('word')}\s+{match.group('prep')}\s+({_PLACE_NAME})(?![\w'’-])",
                          held)
        theirs = _undated(other.group(1)) if other else ""
        theirs_words = {word.casefold() for word in theirs.split()}
        # a place named in part ("to Delhi" for "to New Delhi", or the reverse) is the same place
        if theirs and not theirs_words <= own and not {word.casefold() for word in place.split()} <= theirs_words:
            return place, theirs, other.group()
    return None


def _undated(place: str) -> str:
    """Return a place's words up to the first month or weekday ("Geneva Tuesday" is "Geneva"; "Monday" is none)."""
    words = place.split()
    kept = next((at for at, word in enumerate(words) if word in _DATES), len(words))
    return " ".join(words[:kept])
