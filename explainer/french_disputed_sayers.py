"""A French claim given to the one who disputes it: "La maire affirme que le parc rapporterait près de 90 000 euros
par an" may not cite "M. Marchand affirme que le parc rapporterait près de 90 000 euros par an à la commune ... La
maire conteste ce chiffre" (tests/test_newuser_125.py's leftover; tests/test_factcheck_218.py).

Every word of the sentence stands in the passage, the mayor named in it too, so the speaker checks let it build.
Read narrowly: a sentence opening on who says it ("La maire affirme que", "Selon la maire,") and a cited passage's
sentence saying the same (three words of four letters or more in common, figures aside) in another's name ("M.
Marchand affirme que"); the sentence is refused where its speaker's words ("maire") name nobody in that passage's
speaker and a cited passage's sentence gives that speaker's words before a dispute ("conteste", "dément", "réfute",
"rejette", "nie"). A clause the sentence negates ("ne rapporterait pas") may be the dispute itself, and is not read. "Selon
M. Marchand" or "Olivier Marchand affirme" of "M. Marchand affirme", and "La maire conteste
le chiffre avancé par M. Marchand", build.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .clauses import content_words
from .sentences import folded_word, markers_blanked, split_sentences

_SAYS = (r"(?:affirme|affirment|assure|assurent|estime|estiment|dit|disent|déclare|déclarent|soutient|soutiennent"
         r"|indique|indiquent|explique|expliquent|avance|avancent|précise|précisent)")
_SAID = patterns.compile(rf"^\s*(?:selon\s+(?P<per>[^,]{{2,60}}?)\s*,|(?P<sayer>[^,.;:]{{2,60}}?)\s+{_SAYS}\s+"
                         rf"qu(?:e\s+|['’]\s*))(?P<clause>.+)$", re.IGNORECASE | re.DOTALL)
_SAID_IN = patterns.compile(rf"(?:^|[,;:]\s*|\.\s+)(?:selon\s+(?P<per>[^,]{{2,60}}?)\s*,|(?P<sayer>[^,.;:]{{2,60}}?)"
                            rf"\s+{_SAYS}\s+qu(?:e\s+|['’]\s*))(?P<clause>[^.;]+)", re.IGNORECASE)
_DISPUTES = (r"\s+(?:conteste|contestent|dément|démentent|réfute|réfutent|rejette|rejettent|nie|nient)"
             r"(?![\w'’-])")
_SMALL = frozenset({"selon", "monsieur", "madame", "cette", "celui", "celle"})
_RESTATES = 3
_NEGATING = patterns.compile(r"(?<![\w'’-])(?:pas|jamais|aucun|aucune|ni|plus|guère)(?![\w'’-])", re.IGNORECASE)


def claim_given_to_its_disputer(text: str, passages: list[Cited], offset: int = 0) -> list[Finding]:
    """Return a finding where French text gives a claim to one its passages show disputing it, said by another."""
    spoken = unquoted(markers_blanked(text))
    mine = _SAID.match(spoken)
    if not mine:
        return []
    sayer = mine["per"] or mine["sayer"]
    names = _names(sayer)
    clause = _words(mine["clause"])
    if not names or len(clause) < _RESTATES or _NEGATING.search(mine["clause"]):
        return []  # a clause turned ("ne rapporterait pas") may be the dispute itself
    for passage in passages:
        for sentence in split_sentences(unquoted(passage.text), "fr"):
            for theirs in _SAID_IN.finditer(sentence.text):
                other = theirs["per"] or theirs["sayer"]
                if (len(clause & _words(theirs["clause"])) >= _RESTATES and not names & _names(other)
                        and _disputes(names, passages)):
                    return [Finding(offset, f"this sentence gives '{' '.join(sayer.split())}' what its cited passages "
                                            f"give '{' '.join(other.split())}', and say '{' '.join(sayer.split())}' "
                                            f"disputes: {clipped(text)}",
                                    "name who says it as the source does, or cite the passage where this one says it")]
    return []


def _words(clause: str) -> frozenset[str]:
    """Return a clause's words of four letters or more, figures left out: "90 000 euros" and a judgment of that
    figure ("le chiffre de 90 000 euros est surestimé") share no more than "euros"."""
    return frozenset(word for word in content_words(clause, _SMALL) if not word[:1].isdigit())


def _names(sayer: str) -> frozenset[str]:
    """Return the words naming a speaker, folded: "La maire" is {"maire"}, "M. Marchand" {"marchand"}."""
    return frozenset(folded_word(word) for word in re.findall(r"[^\W\d_]{4,}", sayer)) - _SMALL


def _disputes(names: frozenset[str], passages: list[Cited]) -> bool:
    """Say whether a passage gives a speaker of these names right before a dispute ("La maire conteste")."""
    for passage in passages:
        for found in re.finditer(rf"(?P<who>(?:[^\W\d_]+\s+){{0,2}}[^\W\d_]+){_DISPUTES}", passage.text,
                                 re.IGNORECASE):
            if names & _names(found["who"]):
                return True
    return False
