"""A figure a French correction notice names as wrong, not stated as current. A news report corrects itself in a note
("Rectificatif : dans une version précédente de cette dépêche, nous indiquions que le droit ... était passé de 5 % à
16 %. Il est passé de 5 % à 18 %"); "Le droit est passé de 5 % à 16 %" citing it restated the wrong figure and built,
as revised.py reads English notes only (tests/test_newuser_117.py).

Read narrowly: a passage holding a correction's word ("version précédente", "rectificatif", "erratum", "contrairement
à ce que") and a clause of the newsroom's own earlier words ("nous indiquions que", "nous écrivions que", "nous avions
indiqué que", ...); its figures that the clause after it, the correction, does not give again (years aside) are the
wrong ones. A sentence stating one of them is refused unless it says it is the earlier figure ("initialement",
"d'abord", "à tort", "par erreur", "version précédente", "indiquions", ...) or names it wrong itself ("et non 16 %",
"au lieu de 16 %")."""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts

_NOTICE = patterns.compile(r"(?<!\w)(?:versions?\s+précédentes?|première\s+version|rectificatif|erratum"
                           r"|contrairement\s+à\s+ce\s+que)(?!\w)", re.IGNORECASE)
# the newsroom's own earlier words, then the clause they gave, to its end; then the correction, to its end
_SAID_THEN = patterns.compile(
    r"(?<!\w)nous\s+(?:(?:avions|avons)\s+)?(?:indiquions|écrivions|affirmions|annoncions|donnions|indiqué|écrit"
    r"|affirmé|annoncé|donné)(?:\s+(?:aussi|également|par\s+erreur|à\s+tort))?\s+qu(?:e\s|['’])(?P<wrong>[^.;]+)[.;]\s*"
    r"(?P<right>[^.;]*)", re.IGNORECASE)
_FIGURE = patterns.compile(r"(?<![\w,.])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?![\w])"
                           r"|(?<![\w,.])\d+(?:,\d+)?(?!\w)")
_YEAR = patterns.compile(r"1[89]\d\d|20\d\d")
# a sentence keeping the figure as the earlier one, or naming it wrong
_AS_THEN = patterns.compile(
    r"(?<!\w)(?:initialement|d['’]abord|à\s+tort|par\s+erreur|précédemment|auparavant|premi(?:er|ère)s?\s+versions?"
    r"|versions?\s+précédentes?|indiquions|écrivions|affirmions|annoncions|rectifi\w*|corrig\w*)(?!\w)", re.IGNORECASE)
_DENIED_BEFORE = patterns.compile(r"(?<!\w)(?:non|pas|au\s+lieu\s+de|plutôt\s+que)"
                                  r"(?:\s+(?:de|à|des|du|les|le|la))?\s+$", re.IGNORECASE)


def wrong_figures(text: str) -> dict[str, str]:
    """Return {figure, as compared: the note's words} of each figure a French correction notice in text names as
    wrong; {} where text holds no such note."""
    if not _NOTICE.search(text):
        return {}
    found = {}
    for said in _SAID_THEN.finditer(text):
        right = {_plain(figure) for figure in _FIGURE.findall(said["right"])}
        for figure in _FIGURE.findall(said["wrong"]):
            if _plain(figure) not in right and not _YEAR.fullmatch(_plain(figure)):
                found[_plain(figure)] = " ".join(said.group("wrong").split())
    return found


def corrected_told_as_current(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where a French sentence states, as current, a figure a correction notice it cites names as
    wrong."""
    if not language.startswith("fr") or not re.search(r"\d", text) or _AS_THEN.search(text):
        return []
    wrong = {}
    for passage in passages:
        if (passage.language or language).startswith("fr"):
            wrong.update(wrong_figures(passage.text))
    if not wrong:
        return []
    quoted = quoted_parts(text)
    for match in _FIGURE.finditer(text):
        figure = _plain(match.group())
        if (figure in wrong and not any(start <= match.start() < end for start, end in quoted)
                and not _DENIED_BEFORE.search(text[max(0, match.start() - 20):match.start()])):
            return [Finding(offset, f"this sentence states {match.group()} as current, but its cited passage's "
                                    f"correction names it wrong ('{wrong[figure]}'): {clipped(text)}",
                            "give the corrected figure, or say it was the earlier one (\"initialement\", \"une "
                            "première version indiquait\")")]
    return []


def _plain(figure: str) -> str:
    """Return a figure as compared: its group spaces left out ("1 250" as "1250")."""
    return re.sub(r"[ \u00a0\u202f]", "", figure)
