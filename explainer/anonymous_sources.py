"""Anonymous sources kept as a hedge: "The army shelled the village." may not cite "Sources close to the ministry say
the army shelled the village."

A source naming no one for its words ("sources say", "a source close to the talks said", "according to people
familiar with the matter", "officials who asked not to be named", "speaking on condition of anonymity"; French "selon
des sources proches", "sous couvert d'anonymat"; Spanish "fuentes cercanas", "según fuentes", "bajo condición de
anonimato"; German "aus Regierungskreisen", "Insidern zufolge", "die nicht genannt werden wollten") does not vouch for
them ("selon une source judiciaire" names the institution, as "a court official" does, and is not read):
attribution._hedges_in reads these as hedges, as it reads "reportedly", and a sentence keeps the hedge with a
reporting word or hedge of its own ("..., sources say", "reportedly"). Before, "say" in a passage no party's claim
holds passed nothing on, and the sentence told as fact built (tests/test_factcheck_146.py).
"""

from __future__ import annotations

import re

from . import german_anonymous_sources, patterns

_SAYING = r"(?:say|says|said|told|tell|tells|suggest|suggests|suggested|indicated|indicate|indicates|confirmed)"
_ENGLISH = (
    # "sources say", "a source close to the ministry said", "diplomatic sources told Reuters"
    rf"(?<![\w-])sources?(?!\s+of(?!\w))(?:\s+[\w'’-]+){{0,6}}?\s+{_SAYING}(?![\w-])"
    r"|(?<![\w-])according\s+to\s+(?:[\w'’-]+\s+){0,3}?sources?(?![\w-])"
    # "people familiar with the matter", "officials with knowledge of the talks", "a person briefed on"
    r"|(?<![\w-])(?:people|persons?|sources?|officials?|diplomats?|insiders?|aides?|individuals?|someone)\s+"
    r"(?:familiar\s+with|with\s+(?:direct\s+|first-hand\s+)?knowledge\s+of|briefed\s+on|close\s+to)(?![\w-])"
    # "who asked not to be named", "speaking on condition of anonymity", "not authorised to speak publicly"
    r"|(?<![\w-])(?:asked|requested|wished|declined)\s+(?:not\s+)?to\s+(?:be\s+)?(?:named|identified)(?![\w-])"
    r"|(?<![\w-])on\s+(?:the\s+)?condition\s+of\s+anonymity(?![\w-])"
    r"|(?<![\w-])not\s+authori[sz]ed\s+to\s+speak(?![\w-])")
_FRENCH = (r"(?<![\w-])sous\s+couvert\s+d['’]\s*anonymat(?![\w-])|(?<![\w-])(?:requis|demandé|souhaité)\s+l['’]\s*anonymat"
           r"|(?<![\w-])(?:selon|d['’]après)\s+(?:des|plusieurs)\s+sources(?![\w-])"
           r"|(?<![\w-])(?:de\s+)?sources?\s+(?:proches?|bien\s+informées?|concordantes)(?![\w-])")
_SPANISH = (r"(?<![\w-])fuentes?\s+(?:cercanas?|próximas?|conocedoras?|consultadas?|bien\s+informadas?)(?![\w-])"
            r"|(?<![\w-])según\s+(?:(?:diversas|varias|distintas|algunas|una)\s+)?fuentes?(?![\w-])"
            r"|(?<![\w-])(?:bajo\s+(?:(?:la\s+)?condición\s+de\s+)?anonimato|pidi(?:ó|eron)\s+(?:el\s+anonimato|no\s+ser"
            r"\s+identificad[oa]s?|no\s+ser\s+nombrad[oa]s?))(?![\w-])")
_GERMAN = german_anonymous_sources.GERMAN  # a county ("Landkreisen") is no source
_ANONYMOUS = patterns.compile(f"{_ENGLISH}|{_FRENCH}|{_SPANISH}|{_GERMAN}", re.IGNORECASE)
# What nearly every match holds, folded: most text holds none, found by a substring test
_HOLDS = ("source", "familiar", "knowledge", "briefed", "close to", "named", "identified", "anonym", "authori",
          "fuente", "kreisen", "insider", "genannt", "vertraute", "quellen")


def anonymous_sources(text: str) -> list[re.Match]:
    """Return the places where text gives its words to sources it does not name."""
    folded = text.casefold()
    if not any(word in folded for word in _HOLDS):
        return []
    return list(_ANONYMOUS.finditer(text))
