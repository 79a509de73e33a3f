"""A German court's interim stop told as a lasting one: "Das Verwaltungsgericht hat den Mietdeckel gestoppt" (or
"gekippt", "aufgehoben", "für rechtswidrig erklärt") may not cite "Das Verwaltungsgericht hat die Regelung vorläufig
gestoppt" (tests/test_newuser_141.py).

A stop "vorläufig", "vorerst", "einstweilig", "vorübergehend" or "bis auf Weiteres" holds until the court rules on the
merits; without that word a reader takes the rule for gone. court_steps.py reads a preliminary injunction told as a
ban, and paused_as_ceased.py "ausgesetzt" told as "eingestellt"; a German "gestoppt" kept or dropped its "vorläufig"
unread. Refused where a cited passage's sentence tells a stop ("gestoppt", "stoppte", "ausgesetzt", "außer Vollzug
gesetzt") with one of those words, no cited passage's sentence tells a stop without one, the sentence shares a word of
five letters or more with the passages, and keeps no interim word of its own ("vorläufig", "vorerst", "zunächst",
"derzeit", "Eilverfahren", "Hauptsache", "bis zur Entscheidung", "solange", ...) nor a negation ("nicht endgültig", "kein").
A verdict told ("für rechtswidrig erklärt") is read only where the sentence names a court ("Gericht", "Richter",
"Kammer"), as a party may call a rule unlawful. Words in quotation marks are not read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .sentences import split_sentences

_VERDICT = r"(?:rechtswidrig|unwirksam|nichtig|ungültig|verfassungswidrig|unzulässig|unrechtmäßig)"
# a stop told in the sentence: "gestoppt", "stoppte", "gekippt", "aufgehoben", "kassiert", "außer Kraft gesetzt"
_STOP_TOLD = patterns.compile(
    r"(?<!\w)(?:gestoppt|stoppt|stoppte|stoppten|gekippt|kippt|kippte|kippten|aufgehoben|kassiert|kassierte"
    r"|kassierten|außer\s+Kraft\s+gesetzt|ausgesetzt|außer\s+Vollzug\s+gesetzt"
    r"|hob(?:en)?\s+(?:[^\W\d_]+\s+){0,5}?auf)(?!\w)", re.IGNORECASE)
_VERDICT_TOLD = patterns.compile(
    rf"(?<!\w)(?:für\s+{_VERDICT}\s+erklär\w*|erklärt\w*\s+(?:[^\W\d_]+\s+){{0,5}}?für\s+{_VERDICT})(?!\w)",
    re.IGNORECASE)
_COURT = patterns.compile(r"(?<!\w)(?:\w*[Gg]ericht\w*|Richter\w*|Kammer|Senat)(?!\w)")
# a stop a passage gives: the stop verbs, and a rule that may not be applied for now
_STOP_GIVEN = patterns.compile(
    r"(?<!\w)(?:gestoppt|stoppt|stoppte|stoppten|ausgesetzt|setzt\w*\s+(?:[^\W\d_]+\s+){0,5}?aus"
    r"|außer\s+Vollzug\s+gesetzt)(?!\w)", re.IGNORECASE)
# what keeps a stop interim in a passage
_INTERIM_GIVEN = patterns.compile(
    r"(?<!\w)(?:vorläufig\w*|vorerst|einstweilig\w*|einstweilen|vorübergehend\w*|bis\s+auf\s+Weiteres"
    r"|im\s+Eilverfahren)(?!\w)", re.IGNORECASE)
# what keeps it interim in the sentence: those, a time for now, the urgent procedure or the merits still to come
_INTERIM_KEPT = patterns.compile(
    r"(?<!\w)(?:vorläufig\w*|vorerst|einstweilig\w*|einstweilen|vorübergehend\w*|bis\s+auf\s+Weiteres|zunächst"
    r"|derzeit|zurzeit|momentan|fürs\s+Erste|vorderhand|Eil\w+|\w*Hauptsache\w*|bis|solange"
    r"|während\s+des\s+Verfahrens|für\s+die\s+Dauer|noch|nicht|nichts|kein\w*|nie|niemals)(?!\w)", re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_]{5,}")
_NOT_SHARED = frozenset({"gestoppt", "stoppt", "stoppte", "stoppten", "gekippt", "aufgehoben", "ausgesetzt",
                         "erklärt", "erklärte", "hatte", "haben", "wurde", "worden", "werden"})


def interim_stop_told_lasting(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where a German sentence tells as lasting a stop its cited passages give only as interim."""
    if (language or "").split("-")[0].lower() != "de":
        return []
    plain = unquoted(text)
    told = _STOP_TOLD.search(plain) or (_COURT.search(plain) and _VERDICT_TOLD.search(plain))
    if not told or _INTERIM_KEPT.search(plain):
        return []
    interim = _interim_stop(passages)
    if interim is None or not _shares_a_word(plain, passages):
        return []
    return [Finding(offset, f"this sentence tells as lasting ('{' '.join(told.group().split())}') a stop its cited "
                            f"passages give only as interim ('{interim}'): {clipped(text)}",
                    "keep the passage's word (\"vorläufig gestoppt\", \"bis zur Entscheidung in der Hauptsache\"), "
                    "or cite a passage that tells the stop as final")]


def _interim_stop(passages: list[Cited]) -> str | None:
    """Return the words of the first interim stop a cited passage's sentence gives, or None where none does or a
    passage's sentence tells a stop without an interim word."""
    found = None
    for passage in passages:
        for sentence in split_sentences(passage.text, "de"):
            stop = _STOP_GIVEN.search(sentence.text)
            if not stop:
                continue
            interim = _INTERIM_GIVEN.search(sentence.text)
            if not interim:
                return None  # the source tells a stop outright too: which one the sentence restates is not guessed
            found = found or " ".join(sentence.text[min(stop.start(), interim.start()):
                                                    max(stop.end(), interim.end())].split())
    return found


def _shares_a_word(text: str, passages: list[Cited]) -> bool:
    """Say whether the sentence shares a word of five letters or more, no stop verb, with the cited passages."""
    mine = {word.casefold() for word in _WORD.findall(text)} - _NOT_SHARED
    return any(word.casefold() in mine for passage in passages for word in _WORD.findall(passage.text))
