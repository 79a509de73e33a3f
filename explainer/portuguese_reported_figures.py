"""A Portuguese side's figure told as fact: "A empresa depositou em juízo R$ 1,2 milhão como garantia." may not cite
only "..., a empresa depositou em juízo R$ 1,2 milhão como garantia, segundo o advogado do sindicato, Paulo Henrique
Batista." (tests/fixtures/newuser_120), nor "A média de tempo não pago chegava a 47 minutos por dia" only "Segundo o
sindicato, a média de tempo não pago chegava a 47 minutos por dia".

reported_figures.py reads English sayings alone. Here a passage's sentence gives a figure as a side's word where
"segundo X", "de acordo com X" or "conforme X" opens it ("Segundo o sindicato, ...") or closes the clause holding
the figure ("..., segundo o advogado do sindicato"), or where it opens on "Para X," and X names a side: a party of the
briefing that takes one (not a court, regulator or mediator: `neutral`), by a word of its names no other party
shares. A sentence is refused where it gives such a figure (a percentage, an amount, a count of 10 or more; no date
or year), every cited passage giving that figure gives it only so, the sentence names no word of that side's names,
says nobody's word itself ("segundo", "para X,", "afirma", "diz", ...) and gives the figure as no estimate ("cerca
de", "até", "pode"). Quoted words are not read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, says_whose_word, unquoted
from .numbers import mentions_in
from .sentences import folded_word, markers_blanked, split_sentences

_GIVER_WORDS = r"(?:segundo|de\s+acordo\s+com|conforme)"
# who: an article and up to six words, or a capitalised name, up to the clause's comma or stop
_WHO = r"(?P<who>(?:(?:o|a|os|as)\s+|(?-i:[A-ZÁÉÍÓÚÂÊÔÃÕÇ]))[^,;:.!?\"“”]{1,80})"
# "Segundo o sindicato, ...", "Para a empresa, ...": the whole sentence is the giver's word
_OPENING = patterns.compile(rf"^\W*(?:{_GIVER_WORDS}|para)\s+{_WHO},", re.IGNORECASE)
# "..., segundo o advogado do sindicato, Paulo Henrique Batista.": the clause before is the giver's word
_CLOSING = patterns.compile(rf",\s+{_GIVER_WORDS}\s+{_WHO}", re.IGNORECASE)
# A sentence saying whose word it states: "segundo X", "para X,", a verb of saying or claiming
_SAYS = patterns.compile(
    r"(?<![\w-])(?:segundo\s+(?:o|a|os|as|(?-i:[A-ZÁÉÍÓÚ]))|de\s+acordo\s+com|conforme"
    r"|afirma|afirmam|afirmou|afirmaram"
    r"|diz|dizem|disse|disseram|declara|declarou|declararam|informa|informou|informaram|alega|alegou|alegam"
    r"|sustenta|sustentou|estima|estimou|estimam|calcula|calculou|calculam|argumenta|argumentou|relata|relatou"
    r"|garante|garantiu|acusa|acusou|nega|negou|negam|admite|admitiu|reconhece|reconheceu|confirma|confirmou"
    r"|confirmaram|denuncia|denunciou|conta|contou|aponta|apontou|avalia|avaliou|defende|defendeu|explica|explicou"
    r"|ressalta|ressaltou|destaca|destacou|lembra|lembrou|cita|citou|menciona|mencionou|reivindica|reivindicou"
    r"|diz\s+que|anuncia|anunciou|prevê|previu|avisa|avisou|alerta|alertou)(?![\w-])", re.IGNORECASE)
_OPENS_FOR = patterns.compile(r"^\W*para\s+(?:o|a|os|as|(?-i:[A-ZÁÉÍÓÚ]))[^,]{1,60},", re.IGNORECASE)
# A figure the sentence gives as an estimate or a possibility itself
_HEDGED = patterns.compile(r"(?<![\w-])(?:cerca\s+de|aproximadamente|por\s+volta\s+de|até|quase|mais\s+de|menos\s+de"
                           r"|pode|podem|poderá|poderão|poderia|poderiam|estimad[oa]s?|teria|teriam)(?![\w-])",
                           re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_]+")
# a court, judge or regulator named so takes no side: its figures are its findings (backs_no_side reads English roles)
_COURTS = frozenset({"vara", "tribunal", "juíza", "juiz", "juízo", "corte", "stf", "stj", "tst", "agência",
                     "mediador", "mediadora"})


def portuguese_figure_as_fact(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                              parties: tuple[tuple[str, frozenset[str]], ...] = (),
                              neutral: tuple[str, ...] = ()) -> list[Finding]:
    """Return a finding where a Portuguese sentence states as fact a figure its cited passages give only after
    "segundo X" (or "de acordo com X", "conforme X", an opening "Para X,"), X a side of the briefing."""
    own = unquoted(markers_blanked(text))
    if says_whose_word(own) or _SAYS.search(own) or _OPENS_FOR.search(own) or _HEDGED.search(own):
        return []
    sides = _sides(parties, neutral)
    if not sides:
        return []
    named = _words(own)
    for figure, shown in _figures(own, language).items():
        given = [_giver(passage, figure, sides, language) for passage in passages]
        given = [giver for giver in given if giver is not None]
        if not given or "" in given:
            continue  # in no passage, or stated outside a side's word in one
        party, who = given[0]
        if named & sides[party]:
            continue  # the sentence tells of that side itself
        return [Finding(offset, f"this sentence states as fact a figure ({shown}) that its cited passages give only as "
                                f"the word of {who}: {clipped(text)}",
                        f"say whose figure it is, as the source does ('segundo {who}'), or cite a passage that "
                        "states it")]
    return []


def _sides(parties: tuple, neutral: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """Return each side's naming words that no other party shares ("sindicato", not "campinas" of two parties)."""
    counts: dict[str, int] = {}
    for _, names in parties:
        for name in {folded_word(name) for name in names}:
            counts[name] = counts.get(name, 0) + 1
    return {party: frozenset(name for name in map(folded_word, names) if counts[name] == 1 and len(name) >= 4)
            for party, names in parties
            if party not in neutral and not {folded_word(name) for name in names} & _COURTS}


def _figures(text: str, language: str) -> dict[tuple, str]:
    """Return the figures a side may give, each as written: percentages, amounts and counts of 10 or more (no
    dates)."""
    found = {}
    for mention in mentions_in(text, language):
        if mention.kind != "figure":
            continue
        for quantity in mention.quantities:
            if quantity.unit == "%" or quantity.value >= 10 and not (1900 <= quantity.value <= 2100
                                                                      and "." not in mention.text):
                shown = ("R" if text[max(0, mention.start - 1):mention.start] == "R" else "") + mention.text.strip()
                found.setdefault((quantity.value, quantity.unit), shown)
    return found


def _giver(passage: Cited, figure: tuple, sides: dict, language: str) -> tuple[str, str] | str | None:
    """Return (party, giver as written) where every sentence of passage giving the figure gives it as a side's word,
    "" where one does not, None where the passage does not give it."""
    giver = None
    for sentence in split_sentences(passage.text, passage.language or language):
        said = unquoted(sentence.text)
        places = [mention for mention in mentions_in(said, passage.language or language) if mention.kind == "figure"
                  and any((quantity.value, quantity.unit) == figure for quantity in mention.quantities)]
        for mention in places:
            whose = _whose_clause(said, mention.start, sides)
            if not whose:
                return ""
            giver = giver or whose
    return giver


def _whose_clause(sentence: str, at: int, sides: dict) -> tuple[str, str] | None:
    """Return (party, giver) of a side whose "segundo" opens the sentence, or closes the clause holding `at`."""
    opening = _OPENING.match(sentence)
    if opening and opening.end() <= at and (side := _side_of(opening["who"], sides)):
        return side  # not "Para recorrer, ...", which names no one
    for closing in _CLOSING.finditer(sentence):
        clause_start = max(sentence.rfind(";", 0, closing.start()), 0)
        if clause_start <= at < closing.start():
            return _side_of(closing["who"], sides)
    return None


def _side_of(who: str, sides: dict) -> tuple[str, str] | None:
    """Return (party, giver as written) where the giver's words name one side alone, or None."""
    words = _words(who)
    found = [party for party, names in sides.items() if words & names]
    return (found[0], " ".join(who.split())) if len(found) == 1 else None


def _words(text: str) -> frozenset[str]:
    return frozenset(folded_word(word) for word in _WORD.findall(text))
