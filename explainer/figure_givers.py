"""Who gave a figure, and how, as a field tells it: a table's `measure` or a caveat naming the figures' giver or calling
them confirmed where the passages they cite give them as someone else's word.

A row's `measure` "Losses confirmed by each government" over cells citing "The Norvanian Dairy Farmers' Association
estimates ..." and "Kestria's steelmakers say ...", and a caveat's "Losses are as their governments' own figures give
them", built: a field was read for its figures only (tests/test_factcheck_137.py). A giver a field names ("confirmed
by each government", "according to the industry", "their producers' own figures", "official") is of a kind, a
government (its ministries, statistics office, officials) or an industry (its producers, makers, farmers,
associations, firms); where a cited passage gives its figures through givers of the other kind only ("X
estimates", "X says", "according to X", "X's figures"), the field is refused. A figure called confirmed, verified,
certified or audited is refused where a cited passage gives it as an estimate or a claim and none confirms it. A giver
named by its name ("Norvania's own figures") is of either kind. English, French, German and Spanish words are read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited

_GOVERNMENT = patterns.compile(
    r"(?<!\w)(?:governments?|ministr(?:y|ies)|ministers?|states?|authorit(?:y|ies)|officials?|official(?:ly)?|statistic\w*"
    r"|agenc(?:y|ies)|administrations?|gouvernements?|minist[èe]re?s?|officiel\w*|regierung\w*|ministeri\w*|amtlich\w*"
    r"|offiziell\w*|beh[öo]rde\w*|gobiernos?|oficial\w*|autoridad\w*)(?!\w)", re.IGNORECASE)
_INDUSTRY = patterns.compile(
    r"(?<!\w)(?:producers?|industr\w*|\w*makers?|manufacturers?|compan(?:y|ies)|firms?|farmers?|growers?|associations?"
    r"|exporters?|importers?|business\w*|mills|traders?|unions?|federations?|chambers?|lobby|lobbies|sectors?"
    r"|producteurs?|fabricants?|agriculteurs?|éleveurs?|erzeuger\w*|hersteller\w*|verb[äa]nd\w*|landwirte?|bauern"
    r"|unternehmen|productores?|fabricantes?|agricultores?|asociaci\w*|empresas?|gremios?)(?!\w)", re.IGNORECASE)
# a field's giver: after a verb of giving and "by", after "according to", before "'s own" or "'s figures", or "official"
_FIELD_GIVER = patterns.compile(
    r"(?<!\w)(?:(?:confirm|estim|report|claim|given|stat|count|calcul|record|publi|verifi|certifi|assess|put|déclar"
    r"|bestätigt|geschätzt|gemeldet|angegeben|comunicad|declarad)\w*\s+(?:by|par|von|por)|according\s+to|selon|laut"
    r"|según|d'après|nach\s+angaben)\s+(?P<after>(?:[\w'’-]+\s*){1,4})"
    r"|(?P<before>(?:[\w-]+\s+)?[\w-]+)['’]s?\s+(?:own|figures|estimates?|statistics|data|numbers|count)(?!\w)"
    r"|(?P<official>(?<!\w)(?:official|officiel\w*|offiziell\w*|amtlich\w*|oficial\w*)(?!\w))", re.IGNORECASE)
# a passage's giver: the words before its verb of giving ("The Norvanian Dairy Farmers' Association estimates"), after
# "according to", or before "'s own figures"
_PASSAGE_VERB = patterns.compile(
    r"(?<!\w)(?:estimates?|estimated|says?|said|claims?|claimed|reports?|reported|puts?|confirm(?:s|ed)|calculated?"
    r"|counts?|counted|records?|recorded|figures?|statistics|data|estime\w*|affirme\w*|sch[äa]tzt\w*|erkl[äa]r\w*"
    r"|estima\w*|afirma\w*|dice|dicen)(?!\w)", re.IGNORECASE)
_ACCORDING = patterns.compile(r"(?<!\w)(?:according\s+to|selon|laut|según|d'après)\s+", re.IGNORECASE)
_WORD = patterns.compile(r"[\w'’-]+")
# "Norvania's own figures": a giver named by its name, of either kind ("Kestria's statistics office" is a government's)
_NAMED_OWN = patterns.compile(r"(?<!\w)[A-Z][\w-]+['’]s?\s+(?:own\s+)?(?:figures|data|estimates?)(?!\w)")
_CONFIRMED = patterns.compile(r"(?<!\w)(?:confirmed|verified|certified|audited|confirmé\w*|vérifié\w*|bestätigt\w*"
                              r"|geprüft\w*|confirmad\w*|verificad\w*)(?!\w)", re.IGNORECASE)
_CONFIRMS = patterns.compile(r"(?<!\w)(?:confirm\w*|verif\w*|certif\w*|audit\w*|official\w*|bestätig\w*|geprüft"
                             r"|vérifi\w*)(?!\w)", re.IGNORECASE)
_HEDGED = patterns.compile(r"(?<!\w)(?:estimat\w*|says?|said|claims?|claimed|alleg\w*|dispute[sd]?|estime\w*"
                           r"|affirme\w*|sch[äa]tz\w*|behaupt\w*|estima\w*|afirma\w*|dice|dicen)(?!\w)", re.IGNORECASE)


def _kinds(words: str) -> set[str]:
    """Return the kinds of giver words name: "government", "industry", or neither."""
    return {kind for kind, pattern in (("government", _GOVERNMENT), ("industry", _INDUSTRY)) if pattern.search(words)}


def _passage_givers(text: str) -> tuple[set[str], str]:
    """Return the kinds of the givers a passage gives its figures through ("any" for one named by its name), and the
    words first giving them."""
    kinds: set[str] = set()
    shown = ""
    for verb in _PASSAGE_VERB.finditer(text):
        before = re.split(r"[.;:,!?()]", text[max(0, verb.start() - 80):verb.start()])[-1]
        words = " ".join(_WORD.findall(before)[-4:])
        found = _kinds(words)
        kinds |= found
        shown = shown or (f"{words} {verb.group()}" if found else "")
    for according in _ACCORDING.finditer(text):
        words = " ".join(_WORD.findall(re.split(r"[.;:,!?()]", text[according.end():according.end() + 80])[0])[:5])
        found = _kinds(words)
        kinds |= found
        shown = shown or (f"{according.group()}{words}" if found else "")
    if _NAMED_OWN.search(text):
        kinds.add("any")
    return kinds, shown


def giver_not_given(field: str, passages: list[Cited]) -> tuple[str, str]:
    """Return (the field's words naming a giver, a passage's words giving the figures) where the field names a giver of
    a kind that a cited passage does not give its figures through, while it gives them through another kind; or
    ("", "")."""
    for match in _FIELD_GIVER.finditer(field):
        mine = _kinds(match["after"] or match["before"] or match["official"])
        if len(mine) != 1:
            continue
        for passage in passages:
            theirs, shown = _passage_givers(passage.text)
            if theirs and "any" not in theirs and not mine & theirs:
                return " ".join(match.group().split()), shown
    return "", ""


def confirmed_not_given(field: str, passages: list[Cited]) -> tuple[str, str]:
    """Return (the field's word calling figures confirmed, a passage's word giving them as an estimate or a claim)
    where no cited passage confirms them; or ("", "")."""
    said = _CONFIRMED.search(field)
    if not said or not passages or any(_CONFIRMS.search(passage.text) for passage in passages):
        return "", ""
    hedged = next((match.group() for passage in passages for match in [_HEDGED.search(passage.text)] if match), "")
    return (said.group(), hedged) if hedged else ("", "")
