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

A figure a party of the briefing puts on something is its word too: "Die RSV hat bereits 29,8 Mio. Euro ausgegeben"
may not cite "Die RSV beziffert ihre Ausgaben auf 29,8 Mio. Euro" (nor "El seguimiento fue del 45 %" "El sindicato
cifra el seguimiento en un 45 %"), where "Nach Angaben der RSV ..." and "Die RSV beziffert ..." build. A neutral body's
figure ("Das Statistische Landesamt beziffert ...") is not read.
"""

from __future__ import annotations

import functools
import re

from . import patterns
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
    borne = [match.span() for match in _COST_BORNE.finditer(text)]
    return tuple(word.group() for word in WORD.finditer(text) if folded_word(word.group()) in _CONTESTED
                 and not any(start <= word.start() < end for start, end in borne))


# Spanish's and Italian's "sostiene" of a cost borne, no claim: "38,6 milioni di euro, che la società sostiene
# interamente" (newuser_111), "la empresa sostiene el coste"; "sostiene que" and "sostiene che" stay claims
_COST_BORNE = patterns.compile(
    r"(?<!\w)(?i:sostien\w*|sostuv\w*)(?=\s+(?:(?i:interamente|integralmente|totalmente|per\s+intero|da\s+sola"
    r"|íntegramente|por\s+completo|en\s+su\s+totalidad|(?:i|il|la|le|gli|el|los|las)\s+(?:cost[io]s?|costes?|spes[ae]"
    r"|oner[ei]|gastos?))(?!\w)))")


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


# A figure put down to its giver: "X beziffert [die Kosten] auf 29,8 Mio.", "X cifra [el seguimiento] en un 45 %"
_PUT_ON = patterns.compile(
    r"(?<!\w)(?i:beziffer(?:t|n|te|ten)|cifr(?:a|an|ó|aron))\s+(?:[^\W\d_]+\s+){0,6}?(?:auf|en)\s+"
    r"(?:(?i:rund|etwa|knapp|gut|fast|mindestens|un|una|unos|unas|alrededor\s+de|cerca\s+de|casi)\s+){0,2}"
    r"(?P<figure>\d[\d.,]*\d|\d)")
# A sentence giving a figure as its giver's in other words than says_whose_word reads: "Die RSV gibt ihre Ausgaben mit
# 29,8 Mio. Euro an", "spricht von", "nennt", "schätzt", "veranschlagt"; "el sindicato calcula", "habla de"
_GIVEN_AS_OWN = patterns.compile(
    r"(?<!\w)(?:(?:gibt|geben|gab|gaben)\s+(?:[^\s;]*[^\s,;]\s+){0,8}?an(?!\w)(?!\s*,)|angegeben"
    r"|(?:spricht|sprechen|sprach|sprachen)\s+von|nennt|nennen|nannte|nannten|schätzt|schätzen|schätzte|schätzten"
    r"|veranschlagt\w*|calcula|calculan|calculó|estima|estiman|estimó|habla\s+de|hablan\s+de|habló\s+de)(?!\w)",
    re.IGNORECASE)
_SENTENCE_END = patterns.compile(r"[.!?](?=\s+[A-ZÄÖÜÁÉÍÓÚÑ¿¡])")


def put_figure_as_fact(text: str, passages: list[Cited], offset: int = 0,
                       parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding when text states as fact a figure a cited passage gives only as a party's ("Die RSV beziffert
    ihre Ausgaben auf 29,8 Mio. Euro"), and says nobody's word itself."""
    given = [passage.text for passage in passages if "eziffer" in passage.text or "cifr" in passage.text]
    if not parties or not given:
        return []  # most passages put no figure down to its giver: found by a lookup
    for passage in given:
        for match in _PUT_ON.finditer(passage):
            figure = match["figure"]
            if (re.search(rf"(?<![\d.,]){re.escape(figure)}(?![\d]|[.,]\d)", text)
                    and _put_by_party(passage, match, parties) and not says_whose_word(text)
                    and not _GIVEN_AS_OWN.search(text)):
                return [Finding(offset, f"the source gives {figure} only as a party's own figure "
                                        f"('{match.group().split()[0]}'), but it is worded as fact: {clipped(text)}",
                                "say whose figure it is, as the source does ('nach Angaben der ...', 'según ...'), "
                                "or cite a passage that states it")]
    return []


def _put_by_party(passage: str, match: re.Match, parties: tuple[tuple[str, frozenset[str]], ...]) -> bool:
    """Say whether the sentence of a passage putting a figure down to its giver names a party of the briefing before
    the figure: "Die RSV beziffert", "Ihre Ausgaben beziffert das Unternehmen auf"."""
    opening = max((end.end() for end in _SENTENCE_END.finditer(passage, 0, match.start())), default=0)
    named = frozenset().union(*(words for _, words in parties))
    return any(folded_word(word) in named for word in WORD.findall(passage[opening:match.start("figure")]))
