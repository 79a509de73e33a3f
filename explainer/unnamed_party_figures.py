"""A figure given to a party its cited passages never name: "La direction propose une hausse de 6 %" citing only
"... l'intersyndicale formée par la CGT et Force ouvrière, qui réclament une hausse des salaires de 6 %", or "Carrow
is demanding a 6% raise" citing "the Transit Workers Union, which is demanding a 6% raise", built: the swap checks
read a party's place against the same place in a passage (swapped.py), and the union's "qui réclament" holds none
of the operator's "propose" (tests/test_newuser145.py).

Read where a sentence holds a figure in digits that a cited passage holds too, opens on a party of the briefing (in
its first three words: a capitalised word of its name, or an alias of a common noun after its article, "la
direction", written whole in any letter case), names no other in any form and negates nothing, and no cited passage
names that party in any form or case, while they name another party. A party the
source calls otherwise ("l'exploitant") is named so by an alias the editor adds, as the error says.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped
from .owners import is_named
from .sentences import folded_word, markers_blanked

_WORD = patterns.compile(r"[^\W\d_][\w'’]*")
_FIGURE = patterns.compile(r"\d(?:[\d\s.,]*\d)?")
_OPENING = 3  # words: the sentence's subject opens it ("La direction propose", "Carrow is demanding")
# a negation, a possibility, or a response to another's figure: "has not accepted", "could accept", "has refused to
# accept a 4% raise" tell of the party's answer to the figure the passage gives the other side
_NEGATED = patterns.compile(
    r"(?<![\w'’])(?:not|no|never|ne|pas|jamais|sans|without|could|may|might|would|accept\w*|refus\w*|reject\w*"
    r"|rejet\w*|pourr\w*|peut|peuvent)(?![\w'’])|n['’]t(?!\w)|(?<![\w'’])n['’]", re.IGNORECASE)

# A verb of saying in the opening: the sentence gives its figure as a speaker's words, which the speaker checks read
_SAYING = patterns.compile(
    r"(?<![\w'’])(?:said|says|say|told|tells|stated|states|claimed|claims|announced|announces|declared|declares"
    r"|insisted|insists|added|warned|warns|confirmed|confirms|reported|reports|a\s+dit|dit|disent|déclare\w*"
    r"|affirme\w*|dijo|dice|dicen|afirm[óa]\w*|declar[óa]\w*|sagt\w*|erklärt\w*)(?![\w'’])", re.IGNORECASE)


def figure_of_an_unnamed_party(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                               parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding where the sentence gives a figure of its passages to parties none of them names."""
    if len(parties) < 2 or not passages or not any(char.isdigit() for char in text):
        return []  # most sentences: no figure
    spoken = markers_blanked(text)
    figures = {_bare(found) for found in _FIGURE.findall(spoken)}
    holding = [passage for passage in passages if figures & {_bare(found) for found in _FIGURE.findall(passage.text)}]
    if not holding:
        return []  # a figure no passage holds is the figure check's to name
    opening = " ".join(spoken.split()[:_OPENING])
    mine = _named(opening, parties, capitalised=True)
    if not mine or _named(spoken, parties, capitalised=False).keys() != mine.keys() or _NEGATED.search(spoken):
        return []  # opening on no party, naming another in any form, or negated ("has not accepted")
    if _SAYING.search(opening):
        return []  # "Pakistan said 58 soldiers were killed": a speaker swapped is the speaker checks' to name, once
    # a passage names a party by a capitalised word of its name or by an alias phrase: its lowercase common noun
    # names none ("Su partido exige" is Izquierda Verde's, not the Partido Progresista's: newuser144)
    theirs = {party: written for passage in reversed(passages)
              for party, written in _named(passage.text, parties, capitalised=True).items()}
    if not theirs or mine.keys() & theirs.keys():
        return []
    names = " and ".join(f"'{mine[party]}'" for party in sorted(mine))
    return [Finding(offset, f"this sentence gives its figures to {names}, whom its cited passages never name (they "
                            f"name {' and '.join(repr(theirs[party]) for party in sorted(theirs))}): {clipped(text)}",
                    f"give the figure to the party the source gives it to, or cite the passage naming {names} (a "
                    f"source's other name for it goes in the party's `aliases`)")]


def _bare(figure: str) -> str:
    """Return a figure's digits and decimal mark as a passage may group them otherwise ("1 400", "1,400")."""
    return "".join(char for char in figure if char.isdigit())


def _named(text: str, parties: tuple[tuple[str, frozenset[str]], ...], capitalised: bool) -> dict[str, str]:
    """Return the parties text names, each with the words naming it: by a word of a name (capitalised, where
    `capitalised`; a hyphen's parts apart, "CGT-STAV") or by a phrase of an alias written whole ("la direction")."""
    found_words = _WORD.findall(text)
    folded = " ".join(folded_word(word) for word in found_words)
    words = [word for word in found_words if len(word) >= 3 and (not capitalised or word[:1].isupper())]
    found = {}
    for party, naming in parties:
        written = next((phrase for phrase in naming if " " in phrase and f" {phrase} " in f" {folded} "), None)
        written = written or next((word for word in words if (len(word) >= 4 or word.isupper())
                                   and is_named(folded_word(word), naming)), None)
        if written:
            found[party] = written
    return found
