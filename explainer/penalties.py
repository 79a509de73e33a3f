"""A penalty's fate on appeal kept: upheld, cut or overturned, as the passages give it.

"The panel upheld the four-year ban" citing "The period of ineligibility is therefore reduced from four years to two
years", or "The panel cut the disqualification of her results" citing "The disqualification ... is upheld", tells a
ruling the other way (tests/test_newuser_38.py). A clause (cut at a stop, comma, semicolon, "and", "but", "while")
gives a penalty's fate where a penalty's noun and a verb of its fate stand in it at most 14 words apart (the nearest
noun), in either order: kept ("upheld", "confirmed", "affirmed", "maintained", "let stand"), cut ("reduced", "cut",
"halved", "shortened", "lowered", "commuted") or undone ("overturned", "quashed", "lifted", "annulled", "set aside",
"revoked"). A ban, a suspension and a period of ineligibility are one penalty; a disqualification, a fine and a
sentence each another; "the penalty" or "the sanction" is any of them. A sentence is refused where its passages give
a fate other than its own of the same penalty and none gives its own. A fate asked for or to come ("asked the panel
to confirm the ban", "may reduce") and a negated one ("did not reduce") are not read. English text is read; words in
quotation marks are not.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked

_PENALTIES = {"ban": "ban", "bans": "ban", "suspension": "ban", "ineligibility": "ban", "disqualification":
              "disqualification", "disqualifications": "disqualification", "fine": "fine", "fines": "fine",
              "sentence": "sentence", "prison term": "sentence", "penalty": "", "penalties": "", "sanction": "",
              "sanctions": ""}
_FATES = {"kept": ("upheld", "uphold", "upholds", "upholding", "confirmed", "confirms", "affirmed", "affirms",
                   "maintained", "maintains", "let stand", "left in place", "left intact"),
          "cut": ("reduced", "reduce", "reduces", "reducing", "cut", "cuts", "cutting", "halved", "halve", "halves",
                  "halving", "shortened", "shorten", "shortens", "lowered", "lowers", "commuted", "trimmed"),
          "undone": ("overturned", "overturn", "overturns", "quashed", "quash", "quashes", "lifted", "lifts",
                     "annulled", "annuls", "set aside", "sets aside", "revoked", "revokes", "struck down",
                     "scrapped", "vacated", "rescinded", "threw out", "thrown out")}
_FATE_OF = {form: fate for fate, forms in _FATES.items() for form in forms}


def _alternation(forms) -> str:
    return "|".join(re.escape(form).replace(r"\ ", r"\s+") for form in sorted(forms, key=len, reverse=True))


_PENALTY = patterns.compile(rf"(?<![\w-])(?:{_alternation(_PENALTIES)})(?![\w-])", re.IGNORECASE)
_FATE = patterns.compile(rf"(?<![\w-])(?:{_alternation(_FATE_OF)})(?![\w-])", re.IGNORECASE)
_CLAUSE = patterns.compile(r"[;:!?()\"“”]|[.,](?!\d)|(?<!\w)(?:and|but|while|whereas|although)(?!\w)",
                           re.IGNORECASE)  # a figure's comma or point ends none: "reduced the fine to 2,000 euros"
# a fate asked for, to come or denied is none given: "asked the Panel to confirm", "may reduce", "did not reduce"
_NOT_GIVEN_BEFORE = patterns.compile(r"(?<!\w)(?:to|will|would|could|may|might|should|can|not|never|n['’]t|no"
                                     r"|whether)\s+(?:\w+\s+)?$", re.IGNORECASE)
_WORDS_APART = 14  # "The disqualification of ... 14 June 2025 is upheld"
_WORD = patterns.compile(r"[\w'’-]+")


class Fate(NamedTuple):
    """A penalty's fate a clause gives: the penalty ("" for any), the fate, its verb as written and the clause."""

    penalty: str
    fate: str
    shown: str
    clause: str


def turned_penalties(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives a penalty a fate (upheld, cut, overturned) where its cited passages give the
    same penalty another and none gives it this one."""
    if not in_english(language) or not _PENALTY.search(text) or not _FATE.search(text):
        return []
    quoted = quoted_parts(text)
    own = [fate for fate, at in _fates(markers_blanked(text)) if not inside(quoted, at)]
    if not own:
        return []
    theirs = [fate for passage in passages if in_english(passage.language or language)
              for fate, _ in _fates(passage.text)]
    for fate in own:
        same = [other for other in theirs if _same_penalty(fate.penalty, other.penalty)]
        other = next((other for other in same if other.fate != fate.fate), None)
        if other is not None and not any(given.fate == fate.fate for given in same):
            return [Finding(offset, f"this sentence says the {fate.penalty or 'penalty'} was '{fate.shown}' where "
                                    f"its cited passages say it was '{other.shown}' ('{other.clause}'): "
                                    f"{clipped(text)}",
                            "give the penalty the fate the source gives it, or cite the passage that says this")]
    return []


def _same_penalty(own: str, other: str) -> bool:
    """Say whether two penalties may be one: the same kind, or either named only as "the penalty"."""
    return own == other or not own or not other


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _fates(text: str) -> tuple[tuple[Fate, int], ...]:
    """Return each penalty's fate text gives, with where its verb stands."""
    if not _PENALTY.search(text) or not _FATE.search(text):
        return ()
    found = []
    for start, end in _clauses(text):
        penalties = list(_PENALTY.finditer(text, start, end))
        if not penalties:
            continue
        for verb in _FATE.finditer(text, start, end):
            if _NOT_GIVEN_BEFORE.search(text, max(start, verb.start() - 30), verb.start()):
                continue
            apart, nearest = min((_words_between(text, p, verb), p.start(), p) for p in penalties)[::2]
            if apart <= _WORDS_APART:
                penalty = _PENALTIES[" ".join(nearest.group().casefold().split())]
                shown = " ".join(verb.group().split())
                found.append((Fate(penalty, _FATE_OF[shown.casefold()], shown, " ".join(text[start:end].split())),
                              verb.start()))
    return tuple(found)


def _clauses(text: str) -> list[tuple[int, int]]:
    """Return where each clause of text starts and ends."""
    cuts = [0] + [at for match in _CLAUSE.finditer(text) for at in (match.start(), match.end())] + [len(text)]
    return [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2) if cuts[i] < cuts[i + 1]]


def _words_between(text: str, one: re.Match, other: re.Match) -> int:
    """Return how many words stand between two matches of text."""
    first, second = sorted((one, other), key=lambda match: match.start())
    return len(_WORD.findall(text, first.end(), second.start()))
