"""A passage's plain clauses: where a passage passes on one party's word in one clause and tells a fact in another,
a sentence restating the fact alone keeps nobody's word.

"The jury found Acme liable" citing "Bolt claimed Acme was liable, and the jury found Acme liable in March" restates
the jury's finding, which the passage tells as fact, not Bolt's claim. A passage's clauses are cut at ";" and at a
comma before "and", "but", "while", "whereas" or "yet" (or before a participle of saying: ", arguing that ..."); a clause opening with "that", "which", "who" or a pronoun's
"it"/"they" may go on with the word passed on, and is never plain. A sentence rests on a plain clause where every word
of five letters or more it shares with the passage stands in one clause that holds no word passing anyone's on, or
all but one of them stand in such clauses ("The board offered 4% over two years" takes "years" from the union's
demand beside its "arguing that ...": tests/test_factcheck_94.py). A sentence before the first of a passage that passes
a word on is a plain clause too ("Mayor Dana Whitfield has not taken a position on the measure. The coalition accuses
landlords of ...": tests/test_factcheck_95.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns

# and at a comma before a participle passing a word on, which opens a clause of its own: "The union is demanding a 9%
# raise, arguing that salaries have fallen" tells the demand plainly (factcheck_94)
_PARTICIPLE = r"(?:arguing|insisting|contending|claiming|alleging|saying|accusing)(?!\w)"
# and around a subject's appositive of a past participle, "The lawsuit, filed in Harlan County District Court, alleges
# that ...": where it was filed is the reporter's fact, what it alleges the suit's word (a comma before the verb of
# saying ends the appositive)
_APPOSITIVE = r"(?-i:[a-z]+ed|made|held|written|run|built|brought|sent|given|taken|known)\s+(?:in|by|on|at|with|last|this)\s"
_SAYING = r"(?:alleges|alleged|says|said|claims|claimed|argues|argued|contends|contended|states|stated)(?!\w)"
# and in Spanish and German: ", y", ", pero", ", und", ", aber", and before an appositive noun a relative clause goes on
# from ("Aquel acuerdo fijó un máximo de 35 pacientes, un límite que el sindicato asegura que no se cumple")
_JOINS_ES_DE = (r"|,\s+(?:y|pero|mientras|aunque|und|aber|während|doch|jedoch)\s+"
                r"|,\s+(?=(?:un|una|ein|eine|einen)\s+[^\W\d_]+\s+(?:que|den|die|das|der)\s)")
# and before a phrase naming the act told of, whose relative clause passes on a word of it alone: "The panel ruled
# that ..., in an interim ruling that both governments claimed as a victory" tells the ruling plainly (newuser_110)
_NAMED_ACT = (r"(?:in|with|by)\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?:ruling|decision|verdict|judgment|judgement|vote"
              r"|order|move|deal|agreement|announcement)\s+(?:that|which)\s")
# and before a relative clause of place whose own attribution opens it: "... ha pedido el recuento de 1.200 mesas en
# cuatro provincias, donde, según su equipo, las actas presentan ..." tells the request plainly (newuser_132); the
# clause of place holds the attribution, and is never plain
_WHERE_ATTRIBUTED = (r"(?:donde|where|où)\s*,?\s+(?:según|according\s+to|selon|d['’]après)(?!\w)")
# and before a second verb of its subject that passes on a charge, with no comma: "Unión Castellana ha pedido un nuevo
# recuento y denuncia irregularidades", "The League has asked for a recount and alleges irregularities": the request
# is the reporter's fact, the charge the party's word (unread, "UC pide un nuevo recuento" was refused as a charge told
# as fact: tests/test_newuser144.py)
_AND_CHARGES = (r"\s+(?:and|y|e|et)\s+(?=(?:alleges|alleged|claims|claimed|accuses|accused|denounces|denounced"
                r"|denuncia|denunció|denunciaron|acusa|acusó|acusan|acusaron|alega|alegó|accuse|dénonce|accusa)(?!\w))")
_JOINS = patterns.compile(rf";|,\s+(?:and|but|while|whereas|yet)\s+|,\s+(?={_PARTICIPLE})|,\s+(?={_APPOSITIVE})"
                          rf"|,\s+(?={_SAYING})|,\s+(?={_NAMED_ACT})|,\s+(?={_WHERE_ATTRIBUTED}){_JOINS_ES_DE}"
                          rf"|{_AND_CHARGES}",
                          re.IGNORECASE)
# such a participle's clause ends with its sentence: "The school board has offered 4%" after "..., arguing that ..."
# goes on with no argument, where a sentence after "The Agency maintains that ..." may go on with the Agency's account
_PARTICIPLE_OPENS = patterns.compile(_PARTICIPLE, re.IGNORECASE)
_SENTENCE_END = patterns.compile(r"(?<=[a-z0-9][.!?])\s+(?=[A-Z])")
_GOES_ON = patterns.compile(r"(?:that|which|who|whom|it|they|he|she|also|said|says|adding|que|dass)(?!\w)",
                            re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def rests_on_plain_clause(shared: set[str], passage: str, passing_on: frozenset[str]) -> bool:
    """Say whether the folded words a sentence `shared` with `passage` all stand in one of its clauses that holds
    none of the words `passing_on` someone's word."""
    plain = _plain_clauses(passage, passing_on)
    if not shared or not plain:
        return False
    # or every word but one stands in a plain clause: "The board offered 4% over two years" takes "years" from the
    # union's demand, not from its argument after "arguing that" (factcheck_94)
    return any(shared <= words for words in plain) or len(shared - frozenset().union(*plain)) < 2


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _plain_clauses(passage: str, passing_on: frozenset[str]) -> tuple[frozenset[str], ...]:
    """Return the folded words of each clause of a passage after its first that holds no word of `passing_on` and
    does not go on with the clause before, and of each sentence before the first that passes a word on."""
    leading = _leading_sentences(passage, passing_on)
    if not _JOINS.search(passage):
        return leading
    clauses = [part for clause in _JOINS.split(passage)
               for part in (_SENTENCE_END.split(clause, 1) if _PARTICIPLE_OPENS.match(clause) else (clause,))]
    found = []
    for clause in clauses:
        words = frozenset(word.casefold().replace("’", "'") for word in _WORD.findall(clause))
        if words.isdisjoint(passing_on) and not _GOES_ON.match(clause.lstrip()):
            found.append(words)
    return (*leading, *tuple(found))


def _leading_sentences(passage: str, passing_on: frozenset[str]) -> tuple[frozenset[str], ...]:
    """Return the folded words of each sentence of a passage before the first that holds a word of `passing_on`:
    "Mayor Dana Whitfield has not taken a position" is told plainly before "The coalition accuses landlords of ..."
    (factcheck_95); a sentence after one passing a word on may go on with it, and is not read."""
    if ". " not in passage:
        return ()
    found = []
    for sentence in _SENTENCE_END.split(passage)[:-1]:
        words = frozenset(word.casefold().replace("’", "'") for word in _WORD.findall(sentence))
        if not words.isdisjoint(passing_on):
            break
        found.append(words)
    return tuple(found)
