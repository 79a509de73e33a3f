"""A figure corrected is not the figure corrected to: "The council corrected turnout to 41.2%" may not cite "Turnout was
42.1%, not the 41.2% given in the Returning Officer's notes".

(set_aside_figures.py refuses a figure set aside told as the figure; this reads which way a correction runs.)

A passage that corrects a figure sets one aside and gives another: "42.1%, not the 41.2%", "42.1% rather than 41.2%",
"corrected the figure from 41.2% to 42.1%", "has since corrected the figure to 42.1%". A sentence telling the one set
aside as the figure corrected to ("corrected turnout to 41.2%", "revised it from 42.1% to 41.2%"), or the figure
corrected to as the first one given ("An earlier version said turnout was 42.1%", "Turnout was first given as 42.1%"),
is refused where no cited passage gives that figure the same way. English text is read; words in quotation marks are
not. A sentence giving both figures their places ("corrected turnout from 41.2% to 42.1%") builds, and so does one no
passage corrects.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked

def _figure(name: str = "figure") -> str:
    """Return the pattern of a figure, in the group `name` (each alternative of a pattern has its own)."""
    return rf"(?P<{name}>\d[\d,]*(?:\.\d+)?\s?(?:%|per\s?cent|percent)?)"


_FIGURE = _figure()
_CORRECTING = r"(?:correct|revis|amend|updat|chang|adjust|restat)(?:ed|es|e|ing)?"
# a figure corrected to: "corrected the figure to 42.1%", "revised turnout up to 42.1%", "from 41.2% to 42.1%"
_CORRECTED_TO = patterns.compile(
    rf"(?<!\w){_CORRECTING}(?:\s+[\w'’]+){{0,5}}?\s+(?:(?:up|down|upwards|downwards)\s+)?to\s+{_FIGURE}"
    rf"|(?<!\w)from\s+\d[\d,]*(?:\.\d+)?\s?(?:%|per\s?cent|percent)?\s+to\s+{_figure('figure2')}", re.IGNORECASE)
# a figure set aside: "not the 41.2%", "rather than 41.2%", "instead of 41.2%", "from 41.2% to"
_SET_ASIDE = patterns.compile(
    rf"(?<!\w)(?:not\s+(?:the\s+)?|rather\s+than\s+(?:the\s+)?|instead\s+of\s+(?:the\s+)?){_FIGURE}(?!\d)"
    rf"|(?<!\w)from\s+{_figure('figure2')}\s+to\s+\d[\d,.]*\d%?", re.IGNORECASE)
# the figure a correction gives, before what it sets aside: "42.1%, not the 41.2%"
_GIVEN_BEFORE = patterns.compile(
    rf"{_FIGURE},?\s+(?:not\s+(?:the\s+)?|rather\s+than\s+|instead\s+of\s+)\d", re.IGNORECASE)
# the first figure given, in a sentence or a passage: "An earlier version said", "first given as", "originally", "initially"
_FIRST_GIVEN = patterns.compile(
    rf"(?<!\w)(?:earlier\s+version|first\s+(?:given|reported|put|announced|published|stated)|originally|initially"
    rf"|at\s+first|(?:the\s+)?first\s+figure)(?:\s+[\w'’]+){{0,8}}?\s+(?:as\s+|at\s+|of\s+|was\s+|were\s+)?{_FIGURE}"
    rf"(?!\d)", re.IGNORECASE)


def corrected_figures_swapped(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives a figure its passages set aside as the one corrected to, or the one they
    correct to as the first given."""
    if not in_english(language) or not passages or not re.search(r"\d", text):
        return []
    said = [unquoted(passage.text) for passage in passages]
    if not any(_SET_ASIDE.search(passage) or _CORRECTED_TO.search(passage) for passage in said):
        return []  # most passages correct nothing: a search or two each
    aside, given = _figures(said)
    spoken = unquoted(markers_blanked(text))
    for told in _CORRECTED_TO.finditer(spoken):
        figure = _number(_told(told))
        if figure in aside and figure not in given:
            return [_finding(offset + told.start("figure" if told["figure"] else "figure2"), _told(told), "the figure corrected to",
                             "as the one set aside", aside[figure], text)]
    for told in _FIRST_GIVEN.finditer(spoken):
        figure = _number(_told(told))
        if figure in given and figure not in aside:
            return [_finding(offset + told.start("figure" if told["figure"] else "figure2"), _told(told), "the first figure given",
                             "as the one corrected to", given[figure], text)]
    return []


def _figures(said: list[str]) -> tuple[dict[str, str], dict[str, str]]:
    """Return the figures the passages set aside and those they give as corrected, each with the words giving it."""
    aside: dict[str, str] = {}
    given: dict[str, str] = {}
    for passage in said:
        for pattern in (_SET_ASIDE, _FIRST_GIVEN):  # "an earlier version ... said that the turnout was 41.2%"
            for found in pattern.finditer(passage):
                aside.setdefault(_number(_told(found)), " ".join(found.group().split()))
        for pattern in (_CORRECTED_TO, _GIVEN_BEFORE):
            for found in pattern.finditer(passage):
                given.setdefault(_number(_told(found)), " ".join(found.group().split()))
    return aside, given


def _told(found: re.Match) -> str:
    """Return the figure a match holds, in whichever alternative's group."""
    return found["figure"] or found.groupdict().get("figure2") or ""


def _number(figure: str) -> str:
    """Return a figure as compared: its digits and decimal point, and whether it is a share."""
    digits = re.sub(r"[,\s]", "", re.match(r"\d[\d,]*(?:\.\d+)?", figure).group())
    return digits + ("%" if re.search(r"%|cent", figure, re.IGNORECASE) else "")


def _finding(at: int, figure: str, told: str, given: str, words: str, text: str) -> Finding:
    return Finding(at, f"this sentence gives \"{figure.strip()}\" as {told}, but its cited passages give it {given} "
                       f"('{words}'): {clipped(text)}",
                   "keep which figure the source corrects and which it corrects to, or cite the words that say what "
                   "this says")
