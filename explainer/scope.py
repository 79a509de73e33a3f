"""Scope kept: a sentence may not widen to the world (or to all of something) what its passages limit to a place.

"The court granted a worldwide injunction" (or "barred sales worldwide", "banned the app globally"; French "dans le
monde entier", German "weltweit", Spanish "en todo el mundo") citing "an injunction barring sales in Germany" (or
"in the UK market") makes a ruling or a ban reach further than the source says; so does "barred all sales of the
drug" (a ban, a bar or an injunction on "all", "every" or "any" of what the passage limits to a place), and
"nationwide" (or "across the country", "in the whole country", "in the country" at its clause's end, "nationally")
where the passage limits it to a state, county, province, region or city ("in Bavaria state", "in the capital"), or
to a few of them counted ("Protests spread across the country" citing "Protests spread in three provinces"). A
passage limits the clause restating the sentence's (sharing two of its words of four letters or more) by a place
after "in", "within", "en", "au", "aux" or "dans" ("in Germany", "in the UK market", "en Allemagne"; not a month
or weekday), or by "only" before one ("applies only to imports from Beta"). A sentence is refused only where no cited passage gives the same scope itself ("worldwide" backs
"worldwide"), a sentence naming a place of its own ("all sales in Germany") is not read for "all", and words in
quotation marks or negated ("not worldwide") are not read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .clauses import content_words
from .sentences import inside, markers_blanked

_WORLD = (r"world-?wide|globally|(?:around|across|throughout|all\s+over)\s+the\s+(?:world|globe)|in\s+every\s+country"
          r"|everywhere|(?:a|an)\s+global\s+(?:ban|injunction|recall|bar|halt|suspension|moratorium)"
          r"|dans\s+le\s+monde\s+entier|partout\s+dans\s+le\s+monde|(?:à\s+l['’]échelle|au\s+niveau)\s+mondial[e]?"
          r"|mondialement|weltweit\w*|en\s+todo\s+el\s+mundo|a\s+nivel\s+mundial|mundialmente")
_NATION = (r"nation-?wide|country-?wide|(?:across|throughout|all\s+over)\s+the\s+(?:country|nation)"
           # "rose 6% in the country." at its clause's end, or the whole of it: not "in the country illegally"
           r"|(?:in|for)\s+the\s+(?:whole|entire)\s+(?:country|nation)|in\s+the\s+(?:country|nation)(?=\s*(?:[,;:.!?)]|$))"
           r"|nationally"
           r"|(?:dans|à\s+travers)\s+tout\s+le\s+pays|bundesweit\w*|landesweit\w*|en\s+todo\s+el\s+país")
_WIDE = patterns.compile(rf"(?<!\w)(?:(?P<world>{_WORLD})|(?P<nation>{_NATION}))(?!\w)", re.IGNORECASE)
_ALL = patterns.compile(r"(?<!\w)(?:all|every|any)\s+(?P<what>[a-z][\w-]+)", re.IGNORECASE)
_BAN = patterns.compile(r"(?<!\w)(?:bar(?:s|red|ring)?|ban(?:s|ned|ning)?|prohibit\w*|block(?:s|ed|ing)?|halt\w*"
                        r"|suspend\w*|injunctions?|forb[ai]d\w*|outlaw\w*|untersagt\w*|verbot\w*|interdi\w+"
                        r"|prohib\w+)(?!\w)", re.IGNORECASE)
_MONTHS_AND_DAYS = (r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December"
                    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!\w))")
_PLACE = rf"(?:the\s+|der\s+|den\s+|la\s+|le\s+|l['’]|el\s+)?{_MONTHS_AND_DAYS}[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*"
# A place the passage limits something to: "in Germany", "in the UK market", "within Bavaria", "en Allemagne",
# "aux États-Unis", "in Deutschland", "en España".
_LIMITED = patterns.compile(rf"(?<!\w)(?:only\s+)?(?:in|within|across|throughout|en|au|aux|dans)\s+(?P<place>{_PLACE})"
                            r"(?P<unit>\s+(?:state|county|province|region|city|district|market))?", re.UNICODE)
# A sentence limiting its "all" itself: a place, or "in the capital", "within its borders" (not "in the past").
_OWN_LIMIT = patterns.compile(r"(?<!\w)(?:in|within|inside)\s+(?:the|its|their|his|her)\s+(?!(?:past|last|first|next"
                              r"|same|end|meantime|morning|evening|afternoon|night|week|month|year)(?!\w))[a-z]+")
# A passage limiting it otherwise than by a place: "applies only to imports from Beta", "only for new contracts".
_ONLY = patterns.compile(r"(?<!\w)only\s+(?:to|for|on|in|within)\s+(?:the\s+)?[\w'’-]+(?:\s+(?:from|of|in|by)\s+[\w'’-]+)?",
                         re.IGNORECASE)
# A city or district named by its kind first: "in the city of Lahore", "the capital's deadliest attacks", "in the
# capital": less than a nation, as "Lahore city" is.
_CITY = patterns.compile(rf"(?<!\w)(?:(?:in|within|across|throughout)\s+)?the\s+(?:city|town|capital|district|province"
                         rf"|county)(?:\s+of\s+{_PLACE}|['’]s(?!\w)|(?=\s+(?:of\s+)?[a-z]))"
                         # "rose 4% in the capital." at its clause's end (factcheck_66)
                         r"|(?<!\w)(?:in|within|across|throughout)\s+the\s+(?:city|town|capital|district|province|county)"
                         r"(?=\s*(?:[,;:.!?)]|$))", re.UNICODE)
# A few of a nation's parts counted: "in three provinces", "in 12 of the 34 states", "in several cities": less than the
# nation, and than the world
_COUNTED_PARTS = patterns.compile(r"(?<!\w)in\s+(?:only\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                                  r"|several|some|a\s+few|a\s+handful\s+of|\d+)\s+(?:of\s+(?:the|its|their)\s+(?:\d+|\w+)\s+)?"
                                  r"(?:provinces|states|regions|districts|cities|counties|towns|prefectures)(?!\w)",
                                  re.IGNORECASE)
# A country-wide limit beside it ("across Afghanistan, including targets in the capital"): the city is a part
_ACROSS_PLACE = patterns.compile(rf"(?<!\w)(?:across|throughout)\s+{_PLACE}")
_SUB_NATIONAL = patterns.compile(r"(?<!\w)(?:state|county|province|region|city|district)(?!\w)", re.IGNORECASE)
_NEGATED_BEFORE = patterns.compile(r"(?<!\w)(?:not|no|never|n['’]t|nicht|pas|no)\W+(?:\w+\W+)?$", re.IGNORECASE)
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "worldwide", "world-wide", "globally", "world", "globe",
                          "nationwide", "countrywide", "every", "country", "nation", "across", "throughout",
                          "everywhere", "global", "only", "within", "market",
                          "dans", "monde", "entier", "partout", "mondial", "mondiale", "weltweit", "todo", "mundo"})
_RESTATES = 2


def widened_scope(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text widens to the world, the nation or all of something what a passage restating it
    limits to a place, and no passage gives that scope itself."""
    spoken = markers_blanked(text)
    wide = _wide(spoken)
    if not wide:
        return []  # most sentences widen nothing: found without reading their passages
    words = content_words(spoken, _NOT_CONTENT)
    for kind, shown, what in wide:
        if any(_gives(passage.text, kind, what) for passage in passages):
            continue
        for passage in passages:
            limit = _limit(passage.text, spoken, words, kind, what)
            if limit:
                return [Finding(offset, f"this sentence widens to '{shown}' what its cited passages limit to "
                                        f"'{limit}': {clipped(text)}",
                                "keep the scope the source gives (name the place), or cite a passage that gives "
                                "this one")]
    return []


# What every scope word and ban holds, looked for as text first: a plain search is a twentieth of the patterns' cost.
_MAY_WIDEN = ("wide", "global", "world", "globe", "every", "monde", "mondial", "weltweit", "mundo", "nation", "bundesweit",
              "country",
              "landesweit", "país", "pays")
_MAY_BAN = ("bar", "ban", "prohib", "block", "halt", "suspend", "injunction", "forb", "outlaw", "untersagt", "verbot",
            "interdi")


def _wide(text: str) -> list[tuple[str, str, str]]:
    """Return the scopes text gives: ("world", "worldwide", ""), ("nation", ...), ("all", "all sales", "sales")."""
    folded = text.casefold()
    may_ban, may_widen = any(word in folded for word in _MAY_BAN), any(word in folded for word in _MAY_WIDEN)
    if not may_ban and not may_widen:
        return []
    banned = may_ban and _BAN.search(text) and _ALL.search(text)
    if not banned and not _WIDE.search(text):
        return []  # most sentences: found by two searches
    quoted = quoted_parts(text)
    found = [(match.lastgroup, " ".join(match.group().split()), "") for match in _WIDE.finditer(text)
             if _read(text, quoted, match.start())]
    if banned and not _LIMITED.search(text) and not _OWN_LIMIT.search(text):
        found += [("all", match.group(), match["what"].casefold()) for match in _ALL.finditer(text)
                  if _read(text, quoted, match.start())]
    return found


def _read(text: str, quoted: list[tuple[int, int]], at: int) -> bool:
    """Say whether words at `at` are the sentence's own and not negated ("not worldwide")."""
    return not inside(quoted, at) and not _NEGATED_BEFORE.search(text, max(0, at - 20), at)


def _gives(passage: str, kind: str, what: str) -> bool:
    """Say whether a passage gives a scope of this kind itself."""
    if kind == "all":
        return bool(re.search(rf"(?<!\w)(?:all|every|any|entire|whole)\s+(?:\w+\s+)?{re.escape(what)}", passage,
                              re.IGNORECASE))
    return any(match.lastgroup == kind for match in _WIDE.finditer(passage))


def _limit(passage: str, text: str, words: frozenset[str], kind: str, what: str) -> str:
    """Return the place a passage limits the sentence's clause to, as written ("in Germany"), or ""."""
    limits = [*_LIMITED.finditer(passage), *(_ONLY.finditer(passage) if kind != "nation" else _CITY.finditer(passage)),
              *(_COUNTED_PARTS.finditer(passage) if kind != "all" else ())]
    for match in limits:
        city = match.re == _CITY or match.re == _COUNTED_PARTS
        if kind == "nation" and not city and not (match["unit"] and _SUB_NATIONAL.search(match["unit"])):
            continue  # "nationwide" is "in Germany" where the court is German: only a state or city is less
        clause = _clause_of(passage, match.start())
        if city and _ACROSS_PLACE.search(clause):
            continue
        place = " ".join(word for word in match.group().split() if word[:1].isupper())  # shared, it says nothing
        if place and all(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) for word in place.split()):
            continue  # the sentence names the place itself: "all imports from Beta" for "only to imports from Beta"
        shared = content_words(clause, _NOT_CONTENT | content_words(place, frozenset())) & words
        if len(shared) >= _RESTATES and (kind != "all" or what in content_words(clause, frozenset())):
            return " ".join(match.group().split())
    return ""


def _clause_of(text: str, at: int) -> str:
    """Return the passage's sentence around `at` (to its stops and semicolons either side)."""
    start = max(text.rfind(stop, 0, at) for stop in ".;!?") + 1
    ends = [end for end in (text.find(stop, at) for stop in ".;!?") if end >= 0]
    return text[start:min(ends, default=len(text))]
