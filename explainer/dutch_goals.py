"""Dutch goals told as reached: a passage's "De stikstofdepositie moet in 2030 met 50 procent zijn gedaald" sets a
target; "De stikstofdepositie is in 2030 met 50 procent gedaald" tells it met.

A clause of a passage that says what must be done ("moet", "moeten", "dient", "dienen" with a participle beside
"zijn", "worden" or "hebben") gives that participle only as a duty. A sentence stating the same participle with "is",
"zijn", "was", "waren", "heeft" or "hebben", no word of duty, goal or future of its own, and figures all of which
stand in that clause (the target's "50 procent", "2030") tells it done. A figure of another clause ("sinds 2019 met
12 procent gedaald" of the same passage) is not read so; nor is a sentence without figures (tests/test_newuser_137.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped
from .numbers import mentions_in
from .sentences import split_sentences

_DUTY = r"(?:moet|moeten|dient|dienen)"
_AUXILIARY = r"(?:zijn|worden|hebben|is|wordt)"
# a clause of duty, up to a participle next to its auxiliary at the clause's end: "moet ... zijn gedaald",
# "moet ... gedaald zijn"
_DUTY_CLAUSE = patterns.compile(rf"\b{_DUTY}\b(?P<rest>(?:[^,;:.!?]|[,.](?=\d))*?)"
                          rf"(?:\b{_AUXILIARY}\s+(?P<after>\w+)|\b(?P<before>\w+)\s+{_AUXILIARY})"
                          r"(?=\s*(?:$|[,;:.!?])|\s(?:ten|om|dan|als|omdat|zodat|want|maar|en)\b)",
                          re.IGNORECASE)
_CLAUSE_END = patterns.compile(r"[;:!?]|[,.](?!\d)")
_DONE = patterns.compile(r"\b(?:is|zijn|was|waren|heeft|hebben|werd|werden)\b", re.IGNORECASE)
# words that keep a sentence a duty, a goal, a rule or a future
_KEPT = patterns.compile(r"\b(?:moet|moeten|moest|moesten|dient|dienen|diende|zal|zullen|zou|zouden|wil|willen|kan|kunnen|"
                   r"doel|doelen|doelstelling|streven|streeft|beoogt|beogen|gepland|plan|verplicht|nodig|opdracht|"
                   r"eist|eisen|eis|vereist|afgesproken|afspraak|hoopt|verwacht|naar verwachting|schrijft|schrijven|"
                   r"voorgeschreven|bepaalt|bepalen|vastgelegd|vastgesteld|ambitie|norm|wettelijk|"
                   # a sentence denying the goal met, or saying it is not yet, tells nothing done
                   r"niet|geen|nog|nooit)\b", re.IGNORECASE)


def _figures(text: str) -> frozenset:
    return frozenset(q.value for m in mentions_in(text, "nl") if m.kind == "figure" for q in m.quantities)


def _participle(match: re.Match) -> str:
    word = (match["after"] or match["before"] or "").casefold()
    # a participle: "gedaald", "gehalveerd", "afgenomen", "teruggebracht", "bereikt"
    looks_past = word.startswith(("ge", "be", "ver", "ont")) or "ge" in word[2:6]
    return word if len(word) > 4 and looks_past and word.endswith(("d", "t", "en")) else ""


def goal_told_as_reached(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where a Dutch sentence tells as done what a cited passage gives only as a duty
    ("moet ... zijn gedaald"), with that duty's figures."""
    if not language.startswith("nl") or _KEPT.search(text) or not _DONE.search(text):
        return []
    figures = _figures(text)
    if not figures:
        return []
    words = {word.casefold() for word in re.findall(r"\w+", text)}
    for passage in passages:
        for sentence in split_sentences(passage.text, "nl"):
            for match in _DUTY_CLAUSE.finditer(sentence.text):
                participle = _participle(match)
                clause = _CLAUSE_END.split(sentence.text[match.start():])[0]
                if participle and participle in words and figures <= _figures(clause):
                    return [Finding(offset, f"this sentence tells as reached what its cited passage gives only as a "
                                            f"goal ({clipped(match[0].strip(), 80)}): {clipped(text)}",
                                    "keep the goal a goal, as the source does: 'moet ... zijn ...'")]
    return []
