"""A party's claim stated as fact, in Spanish and German: "El Gobierno incumplió el acuerdo." citing "El sindicato
afirma que el Gobierno incumplió el acuerdo.", "Die Bahn hat den Vertrag gebrochen." citing "Die GDL wirft der Bahn
vor, den Vertrag gebrochen zu haben."

attribution.dropped_attribution reads English's and French's contested words ("claims", "affirme"); this reads
Spanish's and German's (spanish_german_claims.CONTESTED) alike, after the checks that name the party whose word it is
(party_word.py), whose message says more. A sentence restates a passage when it shares two words of five letters or
more with it, outside quotation marks, words of amounts aside ("millones", "euros", "Prozent": a figure's unit
restates no claim); it keeps the claim a party's where it says whose word it is (attribution.says_whose_word, which
reads spanish_german_claims.WHOSE_KEPT and Konjunktiv I), or where every word it shares stands in a clause of the
passage that passes no one's word on (plain_clauses.py).
"""

from __future__ import annotations

import functools

from .attribution import Cited, Finding, clipped, says_whose_word, unquoted
from .plain_clauses import rests_on_plain_clause
from .sentences import folded_word
from .spanish_german_claims import AMOUNT_WORDS, CONTESTED
from .clauses import WORD
from .wordset import first_runs, may_hold

_CONTESTED = frozenset().union(*CONTESTED.values())
_RUNS = first_runs(_CONTESTED)
_LONG = 5


def _long_words(text: str) -> frozenset[str]:
    """Return the folded words of five letters or more of text, words of amounts aside."""
    return frozenset(folded_word(word) for word in WORD.findall(text) if len(word) >= _LONG) - AMOUNT_WORDS


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _contested_in(text: str) -> tuple[str, ...]:
    """Return the Spanish and German words with which a passage passes on a party's contested word, in order."""
    if not may_hold(text, _RUNS):
        return ()  # an ASCII text none of whose words is one of them holds none: found by one lookup
    return tuple(word.group() for word in WORD.finditer(text) if folded_word(word.group()) in _CONTESTED)


def claim_as_fact(text: str, passages: list[Cited], offset: int = 0) -> list[Finding]:
    """Return a finding when text, at `offset`, restates a cited passage that gives it as a party's contested word in
    Spanish or German ("afirma", "acusa"; "behauptet", "wirft ... vor") but says nobody's."""
    given = [(passage, words) for passage in passages if (words := _contested_in(passage.text))]
    if not given or says_whose_word(text):
        return []
    spoken = _long_words(unquoted(text))
    for passage, words in given:
        shared = spoken & _long_words(passage.text)
        if len(shared) >= 2 and not rests_on_plain_clause(set(shared), passage.text, _CONTESTED):
            return [Finding(offset, f"the source gives this as someone's word ('{words[0]}'), but it is worded as "
                                    f"fact: {clipped(text)}",
                            "say whose word it is, as the source does ('según ...', 'laut ...'), or quote it; or "
                            "cite only the words it rests on")]
    return []
