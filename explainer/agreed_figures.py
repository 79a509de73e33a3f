"""Figures asked and offered kept apart from figures agreed: a comparison row's `measure` "Pay rise agreed" may not
stand over a union's demand of 9% and an operator's offer of 4.5%.

A row's measure names what every cell's figure is; "agreed", "accepted", "settled" tell the reader the sides have a
deal, where the passages give one side asking and the other offering (tests/test_factcheck_216.py, fixture
factcheck_204). A field calling its figures agreed ("agreed", "accepted", "settled"; French "convenu",
"accepté"; Spanish "acordado", "pactado", "aceptado"; German "vereinbart", "akzeptiert") is refused where
a cited passage gives them as asked or offered ("demanding", "seeks", "offered", "proposed"; "revendique", "propose";
"exige", "ofrece"; "fordert", "bietet") and no cited passage tells an agreement itself. A word negated just before
("not agreed") is not read, nor "deal" ("Deal value" of a bid names the offer's worth).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited

_AGREED = patterns.compile(
    r"(?<![\w-])(?:agreed|accepted|settled|convenue?s?|acceptée?s?|acordad[oa]s?|pactad[oa]s?|aceptad[oa]s?"
    r"|vereinbart\w*|akzeptiert\w*)(?![\w-])", re.IGNORECASE)
_AGREES = patterns.compile(
    r"(?<![\w-])(?:agree\w*|accept\w*|settle\w*|deal|deals|accord\w*|convenu\w*|acuerdo\w*|acord\w*|pact\w*|acept\w*"
    r"|vereinbar\w*|einig\w*|akzeptier\w*|angenommen)(?![\w-])", re.IGNORECASE)
_ASKED_OR_OFFERED = patterns.compile(
    r"(?<![\w-])(?:demand\w*|seek\w*|sought|ask\w*|claim\w*|want\w*|offer\w*|propos\w*|bid|tabled|revendiqu\w*"
    r"|réclam\w*|exig\w*|reclam\w*|pid\w*|ofrec\w*|ofert\w*|propon\w*|fordert\w*|verlang\w*|biet\w*|angebot\w*)"
    r"(?![\w-])", re.IGNORECASE)
_NEGATED = patterns.compile(r"(?<![\w'’-])(?:not|no|never|un|pas|non|sin|nicht|kein\w*)\s+$", re.IGNORECASE)


def agreed_not_given(field: str, passages: list[Cited]) -> tuple[str, str]:
    """Return (the field's word calling its figures agreed, a passage's word giving them as asked or offered) where no
    cited passage tells an agreement; or ("", "")."""
    said = next((match for match in _AGREED.finditer(field)
                 if not _NEGATED.search(field, max(0, match.start() - 8), match.start())), None)
    if said is None or not passages or any(_AGREES.search(passage.text) for passage in passages):
        return "", ""
    asked = next((match.group() for passage in passages for match in [_ASKED_OR_OFFERED.search(passage.text)]
                  if match), "")
    return (said.group(), asked) if asked else ("", "")
