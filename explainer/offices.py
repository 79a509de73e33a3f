"""A minister's portfolio kept: "Pakistan's Information Minister acknowledged ..." may not cite "its defense minister
acknowledged ...".

A sentence names a portfolio by "Defense Minister", "Minister of Defense", "defence ministry" (or Information,
Foreign, Interior, Finance, Home, Health, Trade, Justice, Energy, Education, Labour, Agriculture, Prime). It is
refused where its cited passages name a minister or ministry of another portfolio and none of its own: the words are
given to another office. Roles given a named person ("Asif, the foreign minister,") are roles.py's. English text is
read; words in quotation marks are not.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .role_areas import changed_role_areas
from .sentences import inside, markers_blanked
from .spelling import american

_PORTFOLIO = (r"defen[cs]e|information|foreign|interior|finance|home|health|trade|justice|energy|education|labou?r"
              r"|agriculture|prime")
_OFFICE = patterns.compile(rf"(?<!\w)(?:(?P<before>{_PORTFOLIO})\s+minist(?:er|ry|ries|ers)|minist(?:er|ry)\s+(?:of|for)"
                           rf"\s+(?:the\s+)?(?P<after>{_PORTFOLIO}))(?!\w)", re.IGNORECASE)


def changed_portfolios(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text names a minister's portfolio where its cited passages name only others; or a
    role's area where they give that role another (role_areas.py: "manager for Scotland" of "for the north of
    England")."""
    return (_changed_portfolios(text, passages, offset, language)
            or changed_role_areas(text, passages, offset, language))


def _changed_portfolios(text: str, passages: list[Cited], offset: int, language: str) -> list[Finding]:
    if not in_english(language) or "minist" not in text.casefold():
        return []  # most sentences name no minister: found without reading their passages
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    own = {(_portfolio(match), match.group()) for match in _OFFICE.finditer(spoken) if not inside(quoted, match.start())}
    if not own:
        return []
    given = {_portfolio(match): match.group() for passage in passages for match in _OFFICE.finditer(passage.text)}
    for portfolio, shown in sorted(own):
        others = sorted(name for key, name in given.items() if key != portfolio)
        if given and portfolio not in given:
            return [Finding(offset, f"this sentence names the '{shown}' where its cited passages name the "
                                    f"'{others[0]}': {clipped(text)}",
                            "give the words to the office the source names, or cite the passage that names this one")]
    return []


def _portfolio(match: re.Match) -> str:
    """Return a portfolio's key: "defence" and "defense" are one, "labor" and "labour" one."""
    return american((match["before"] or match["after"]).casefold())


def office_keys(words: str) -> frozenset[str]:
    """Return the portfolios words name ("defense" of "Pakistan's Defense Minister Khawaja Asif"), each as its key."""
    return frozenset(_portfolio(match) for match in _OFFICE.finditer(words)) if "inist" in words else frozenset()
