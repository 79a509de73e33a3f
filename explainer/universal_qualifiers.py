"""A universal kept to what its passage narrows it to: "ningún paciente" of "ningún paciente urgente".

"El Gobierno garantiza que ningún paciente se quedará sin atender" citing "Ningún paciente urgente se quedará sin
atender" built: every word of the sentence stands in the passage, and the promise now covers every patient. A
sentence's universal ("ningún", "ninguna", "todos los", "cada", French "aucun", "tous les", "chaque", Portuguese
"nenhum", "todos os", Italian "nessun", "tutti i", "ogni", English "every", "all") with the two words after it
is refused where a cited passage gives the same universal with the same two words around one to three words more
("paciente urgente se", "every urgent patient will"), one of them a word of four letters or more the sentence does not
use (by its first five letters: "urgencias" keeps "urgente"), and no passage gives it as the sentence does. Words that name
whom of a group the sentence has named ("nessuno degli indagati", "ninguno de los pacientes") are not read: a pronoun
alone, "nessuno", "ninguno", speaks of them. A word that
only stresses ("single", "ya", "même", "finalmente", "really") narrows nothing; English "no" is not read ("no comment"
of "no immediate comment" is the honest usage) (tests/test_newuser_67.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped

_UNIVERSALS = ("ningún", "ninguna", "todos los", "todas las", "cada", "aucun", "aucune", "tous les",
               "toutes les", "chaque", "nenhum", "nenhuma", "todos os", "todas as", "nessun", "nessuna",
               "tutti i", "tutte le", "ogni", "every", "all")
_UNIVERSAL = patterns.compile(r"(?<!\w)(?:" + "|".join(w.replace(" ", r"\s+") for w in _UNIVERSALS) + r")(?!\w)",
                              re.IGNORECASE)
_WORD = patterns.compile(r"\w+(?:['’]\w+)?")
_ONLY_STRESS = frozenset({"single", "other", "last", "también", "todavía", "siempre", "mismo", "misma", "déjà", "aussi",
                          "encore", "toujours", "même", "ainda", "também", "sempre", "ancora", "anche", "just", "even",
                          "also", "still", "ever", "these", "those", "such", "estos", "estas", "esos", "esas",
                          # a French noun of kind before "de": "aucune rétorsion" of "aucune mesure de rétorsion" says
                          # the same (tests/test_newuser_117.py)
                          "mesure", "mesures", "forme", "sorte"})
_PREPOSITIONS = frozenset({"de", "del", "des", "du", "d", "di", "dei", "degli", "delle", "della", "dos", "das", "da",
                           "do", "of", "in", "en", "dans", "em", "no", "na", "nel", "nella"})
# An article opens a noun phrase of its own: "chaque année l'équivalent de la consommation" gives what is produced
# each year, no narrower year ("chaque année de quoi couvrir la consommation" was refused as dropping it)
_ARTICLES = frozenset({"le", "la", "les", "un", "une", "el", "los", "las", "il", "lo", "gli", "uno", "os", "as", "um",
                       "uma", "the", "an"})
_ELIDED_ARTICLE = patterns.compile(r"(?:l|un)['’]\w")
_MAY_HOLD = ("ningun", "ningún", "ningu", "todos", "todas", "cada", "aucun", "tous", "toutes", "chaque", "nenhum",
             "nessun", "tutti", "tutte", "ogni", "every", "all ")


def dropped_universal_qualifiers(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text's universal ("ningún paciente") drops a word its cited passage narrows it by
    ("ningún paciente urgente")."""
    folded = text.casefold()
    if not passages or not any(word in folded for word in _MAY_HOLD):
        return []  # most sentences hold no universal: found without a pattern
    kept = {word[:5] for word in _WORD.findall(folded)}
    for match in _UNIVERSAL.finditer(text):
        said = _words_after(text, match.end(), 2)
        universal = " ".join(match.group().casefold().split())
        given = [_words_after(passage.text, found.end(), 5) for passage in passages
                 for found in _UNIVERSAL.finditer(passage.text)
                 if " ".join(found.group().casefold().split()) == universal]
        if len(said) < 2 or any(words[:2] == said for words in given):
            continue  # a passage gives it as the sentence does
        for words in given:
            extra = _inserted(said, words, kept)
            if extra:
                narrowed = " ".join([universal] + words[:len(extra) + 1])
                return [Finding(offset, f"this sentence drops '{' '.join(extra)}' from its cited passage's "
                                        f"'{narrowed}', saying of all what the source says of some: {clipped(text)}",
                                f"keep the words that narrow it, as the source does ('{narrowed}')")]
    return []


def _words_after(text: str, end: int, count: int) -> list[str]:
    """Return up to `count` folded words right after `end`, stopping at a mark between them (a comma, a full stop)."""
    words = []
    for word in _WORD.finditer(text, end, min(len(text), end + 120)):
        if text[end:word.start()].strip() and text[end:word.start()].strip() not in ("-",):
            break
        words.append(word.group().casefold())
        end = word.end()
        if len(words) == count:
            break
    return words


def _opens_a_noun_phrase(word: str) -> bool:
    """Say whether a word after a universal's noun is an article, or a noun an elided article opens ("l'équivalent"):
    the start of another noun phrase, which narrows no noun before it."""
    return word in _ARTICLES or bool(_ELIDED_ARTICLE.match(word))


def _inserted(said: list[str], given: list[str], kept: set[str]) -> list[str]:
    """Return the words given holds between or before the two words said (one to three, one of them a word of four
    letters or more text does not use), or [] where it does not hold said so."""
    for place in (1, 0):  # after the noun (Romance "paciente urgente"), before it (English "urgent patient")
        for size in (1, 2, 3):
            if given[:place] == said[:place] and given[place + size:2 + size] == said[place:]:
                extra = given[place:place + size]
                if extra[0] in _PREPOSITIONS:
                    continue  # "nessuno degli indagati" told "nessuno": of those the sentence has named
                if place == 1 and _opens_a_noun_phrase(extra[0]):
                    continue  # "chaque année l'équivalent de": the year's, not a narrower year
                if any(len(word) >= 4 and word not in _ONLY_STRESS and word[:5] not in kept and not word.isdigit()
                       and not word.endswith(("mente", "ly")) for word in extra):
                    return extra
    return []
