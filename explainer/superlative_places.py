"""A superlative kept to its place: "the world's largest lithium mine" may not cite "Europe's largest lithium mine".

A superlative ranks within a place, before it as an owner ("the world's largest", "Europe's largest", "the country's
biggest", "the capital's deadliest") or after it ("the largest in the world", "the biggest army in the region",
"the deadliest attack in the capital", "the tallest building on earth", "globally", "nationwide"). A sentence ranking
in the world is refused where a passage it cites ranks the same thing (the same superlative, "biggest" for "largest",
in a sentence sharing a word of four letters or more) only within a narrower place (a continent, region, country,
city, or any named owner: "Asia's", "in Africa", "the region's"); a sentence ranking in the country ("the country's
biggest", "in the country", "nationwide") is refused where the passage ranks it only in a part of it (the capital, a
city, town, province, county or district). A passage ranking it in the wider place itself backs it, and a superlative
in quotation marks or negated ("not the world's largest") is not read. English text is read, and French, Spanish
and German superlatives of the world ("le plus grand ... du monde", "el mayor ... del mundo", "der größte ... der
Welt", "weltgrößte") against the passage's of a named place ("d'Europe", "de Europa", "Europas größte").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, may_rank, quoted_parts
from .clauses import content_words
from .numbers import ENGLISH_MONTHS
from .sentences import inside, markers_blanked, sentence_of

# A superlative: one word ("largest", "deadliest", "best"), "most" and its adjective, or a rank below the first
# before either ("second-largest"), which ranks within a place as the first does.
_SUPERLATIVE = patterns.compile(r"(?<![\w-])(?:(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th))[\s-]+)?"
                                r"(?:most\s+(?P<adj>[a-z]{3,})|(?P<word>[a-z]{2,}est|best|worst))(?![\w-])",
                                re.IGNORECASE)
_NOT_RANKING = frozenset({"interest", "protest", "forest", "honest", "request", "contest", "arrest", "harvest",
                          "invest", "suggest", "digest", "modest", "manifest", "earnest", "west", "rest", "test",
                          "guest", "quest", "chest", "nest", "pest", "vest", "zest", "crest", "unrest", "priest",
                          "conquest", "inquest", "behest", "midwest", "southwest", "northwest", "attest", "detest",
                          "latest", "earliest"})
_SAME = {"biggest": "largest", "greatest": "largest"}
_WORLD = r"world|globe|planet|earth"
_NATION = r"country|nation"
# Parts of a nation: what a country-wide superlative may not be read from
_CITY = r"capital|city|town|province|county|district"
_NAMED = (r"(?!(?:" + "|".join(ENGLISH_MONTHS) + r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
          r"[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
# The owner a superlative ranks within, right before it: "the world's ", "Europe's ", "the capital's ".
_OWNER = patterns.compile(rf"(?<![\w-])(?:(?:the\s+)?(?P<world>{_WORLD})|the\s+(?P<nation>{_NATION})|the\s+(?P<city>{_CITY})"
                          rf"|the\s+(?:region|continent|state|area|bloc|company|group|firm)|(?P<named>{_NAMED}))['’]s?"
                          r"\s+(?:(?:own|single|very)\s+)?$")
# The place it ranks within, after it and the few words of what it ranks: "in the world", "in Europe".
_WHERE = patterns.compile(rf"(?<![\w-])(?:(?:in|on|across|around|throughout)\s+(?:the\s+)?(?P<world>{_WORLD})"
                          rf"|(?P<world_word>globally|worldwide|anywhere)"
                          rf"|(?:in|across|throughout)\s+the\s+(?P<nation>{_NATION})|(?P<nation_word>nationwide|countrywide)"
                          rf"|(?:in|across|throughout)\s+the\s+(?P<city>{_CITY})"
                          rf"|(?:in|across|throughout|among)\s+the\s+(?:region|continent|state|area|bloc|(?:euro\s*)?zone)"
                          rf"|(?:in|across|throughout|among)\s+(?:the\s+)?(?P<named>{_NAMED}))(?![\w-])")
# What a superlative's place may stand after: up to five words of what it ranks, none a verb that starts another
# statement ("the largest chipmaker opened a plant in Texas" ranks it nowhere)
_BETWEEN = patterns.compile(r"(?:\s+(?!(?:is|was|are|were|has|have|had|will|would|can|could|said|says|which|that|who"
                            r"|when|after|before|since|than|to|by|for|at|from|with)(?![\w-]))[\w'’-]+){0,5}?\s+$",
                            re.IGNORECASE)
_CLAUSE_END = patterns.compile(r"[,;:.!?()]|\s[-–—]\s|(?<!\w)(?:and|but|while|which|who|whereas)(?!\w)")
_NEGATED_BEFORE = patterns.compile(r"(?<!\w)(?:not|never|no\s+longer|n['’]t)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "world", "world's", "globe", "planet", "earth", "globally",
                          "worldwide", "anywhere", "country", "country's", "nation", "nation's", "nationwide",
                          "countrywide", "capital", "capital's", "city's", "town", "province", "county", "district",
                          "region", "region's", "continent", "most", "largest", "biggest", "greatest", "second",
                          "third", "among"})
_HOLDS = ("world", "globe", "global", "planet", "earth", "anywhere", "country", "nation")
_LANGUAGE_HOLDS = ("monde", "mundo", "welt")  # French, Spanish and German superlatives of the world
_WIDER = {"world": 2, "nation": 1}
_NARROWER_THAN = {"world": {"nation", "city", "place"}, "nation": {"city"}}


class Ranked(NamedTuple):
    """A superlative as read: its key ("largest"), the place it ranks within ("world", "nation", "city", "place" or
    "" for none), and its words with the place's, as written."""

    key: str
    place: str
    shown: str
    start: int


def unscoped_superlatives(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text ranks in the world (or the country) what every cited passage ranking the same
    thing ranks only within a narrower place."""
    folded = text.casefold()
    english = may_rank(text) and any(word in folded for word in _HOLDS)
    languages = any(word in folded for word in _LANGUAGE_HOLDS)
    if not english and not languages:
        return []  # most sentences rank nothing in the world or a country: found by a plain search
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    words = content_words(spoken, _NOT_CONTENT)
    for ranked in (*(_ranked(spoken) if english else ()), *(_ranked_in_languages(spoken) if languages else ())):
        if ranked.place not in _WIDER or inside(quoted, ranked.start) or _NEGATED_BEFORE.search(
                spoken, max(0, ranked.start - 30), ranked.start):
            continue
        narrower = _narrower(ranked, passages, words)
        if narrower:
            return [Finding(offset + ranked.start, f"this sentence ranks '{ranked.shown}' where its cited passages "
                                                   f"rank it only within a narrower place ('{narrower}'): "
                                                   f"{clipped(text)}",
                            f"keep the source's place ('{narrower}'), or cite a passage that ranks it so")]
    return []


def _narrower(ranked: Ranked, passages: list[Cited], words: frozenset[str]) -> str:
    """Return a passage's same superlative, as written, where the passages rank it within a place narrower than
    `ranked`'s and never within that place or a wider one; "" otherwise."""
    found = ""
    for passage in passages:
        for theirs in (*_ranked(passage.text), *_ranked_in_languages(passage.text)):
            if theirs.key != ranked.key or words and not content_words(sentence_of(passage.text, theirs.start),
                                                                       _NOT_CONTENT) & words:
                continue  # another superlative, or one of another thing ("The dam is the biggest": no word to share)
            if _WIDER.get(theirs.place, 0) >= _WIDER[ranked.place]:
                return ""  # a passage ranks it so itself
            if theirs.place in _NARROWER_THAN[ranked.place] and not found:
                found = theirs.shown
    return found


def _ranked(text: str) -> tuple[Ranked, ...]:
    """Return each English superlative of text with the place it ranks within."""
    found = []
    for match in _SUPERLATIVE.finditer(text):
        word = (match["word"] or "").casefold()
        if word in _NOT_RANKING:
            continue
        key = _SAME.get(word, word) if word else (
            match["adj"].casefold()[:-1] + "iest" if match["adj"].casefold().endswith("y") else
            "most " + match["adj"].casefold())
        owner = _OWNER.search(text, max(0, match.start() - 40), match.start())
        if owner:
            place = _place(owner)
            found.append(Ranked(key, place, " ".join(text[owner.start():match.end()].split()), owner.start()))
            continue
        end = _CLAUSE_END.search(text, match.end(), match.end() + 90)
        window_end = end.start() if end else min(len(text), match.end() + 90)
        places = [where for where in _WHERE.finditer(text, match.end(), window_end)
                  if _BETWEEN.fullmatch(" " + text[match.end():where.start()])]
        best = max(places, key=lambda where: _WIDER.get(_place(where), 0), default=None)
        if best is not None:
            found.append(Ranked(key, _place(best), " ".join(text[match.start():best.end()].split()), match.start()))
    return tuple(found)


def _place(match: re.Match) -> str:
    """Return the kind of place a match of _OWNER or _WHERE names."""
    groups = match.groupdict()
    if groups.get("world") or groups.get("world_word"):
        return "world"
    if groups.get("nation") or groups.get("nation_word"):
        return "nation"
    return "city" if groups.get("city") else "place"


# French, Spanish and German: a superlative of the world, and of a named place ("d'Europe", "de Europa",
# "Europas größte", "in Europa"), read by one pattern each way; the key is the superlative's adjective.
_ROMANCE = patterns.compile(
    r"(?<!\w)(?:(?:le|la|les|el|los|las)\s+(?:plus|más)\s+(?P<adj>\w+)|(?:le|la|les)\s+(?P<mf>meilleure?s?|pires?)"
    r"|(?:el|la|los|las)\s+(?P<es>mayor(?:es)?|menor(?:es)?|mejor(?:es)?|peor(?:es)?))(?:\s+[\w'’-]+){0,4}?\s+"
    r"(?:(?P<world>(?:du|au)\s+monde|del\s+mundo|en\s+el\s+mundo)"
    r"|(?:d['’]\s*|de\s+la\s+|du\s+|de\s+|del\s+|en\s+)(?P<named>(?-i:[A-ZÀ-Ý])[\w'’-]+))(?!\w)", re.IGNORECASE)
_GERMAN_ADJECTIVE = r"(\w+?)(?:s|ß)te[nrsm]?"
_GERMAN = patterns.compile(
    rf"(?<!\w)(?:(?P<world_owner>[Ww]elt|weltweit\s+){_GERMAN_ADJECTIVE}"
    rf"|(?!(?:Das|Des|Dies|Eines|Ihres|Seines|Meines|Unseres)s?\s)[A-ZÄÖÜ]\w+s\s+{_GERMAN_ADJECTIVE}"
    rf"|(?:der|die|das|den|dem|des)\s+{_GERMAN_ADJECTIVE}\s+(?:\w+\s+){{0,3}}?"
    r"(?:(?P<world>der\s+Welt|weltweit)|in\s+[A-ZÄÖÜ]\w+))(?!\w)")


def _ranked_in_languages(text: str) -> tuple[Ranked, ...]:
    """Return each French, Spanish or German superlative of text read with a place: of the world, or named."""
    found = []
    for match in _ROMANCE.finditer(text):
        key = (match["adj"] or match["mf"] or match["es"]).casefold().rstrip("s").rstrip("e")
        found.append(Ranked(key, "world" if match["world"] else "place", " ".join(match.group().split()),
                            match.start()))
    for match in _GERMAN.finditer(text):
        key = next(group for group in match.groups()[1:4] if group).casefold()
        found.append(Ranked(key, "world" if match["world_owner"] or match["world"] else "place",
                            " ".join(match.group().split()), match.start()))
    return tuple(found)
