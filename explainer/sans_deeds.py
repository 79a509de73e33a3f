"""A French deed a passage gives as not done, by "sans" and its infinitive, told as done: "M. Holmgren a rejeté l'offre"
citing "M. Holmgren a jugé cette offre « insuffisante », sans la rejeter formellement" built, every word of it in the
passage and "sans" no negation the checks read (English "without formally rejecting it" is: tests/test_newuser_117.py).

Read narrowly: "sans" then an infinitive of a verb in -er, -ir or -re (past a pronoun, "la", "les", "lui", "y", "en",
and an adverb, "formellement", "officiellement", "encore", "pour autant"), whose stem is four letters or more; a
sentence holding a form of it told done or doing ("rejeté", "rejetée", "rejette", "rejettent", "rejetait") is refused
where it holds no negation, "sans", nor a word of possibility, plan or threat of its own, and no cited passage tells the
deed in such a form outside its "sans"."""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .sans_objects import sans_object_missing

_SANS = patterns.compile(
    r"(?<!\w)sans\s+(?:(?:l['’]|le\s+|la\s+|les\s+|lui\s+|leur\s+|en\s+|y\s+|se\s+|s['’]))?"
    r"(?:(?:formellement|officiellement|explicitement|vraiment|encore|jamais|pour\s+autant|toutefois)\s+)?"
    r"(?P<verb>[^\W\d_]{4,}(?:er|ir|re))(?!\w)", re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_]+")
# the endings of a French verb's forms told done or doing, after its stem ("rejet" + "é", "te", "tent", "ait")
_DONE_ENDINGS = frozenset("""é ée és ées e es ent te tent ait aient a èrent i ie is ies it u ue us ues""".split())
# a sentence's own negation, "sans", possibility, plan or threat: it tells no deed done
_KEPT = patterns.compile(
    r"(?<!\w)(?:ne|n['’]|pas|jamais|sans|non|ni|aucun\w*|refus\w*|pourr\w*|peut|peuvent|pourrait|va|vont|compte\w*"
    r"|envisag\w*|menac\w*|prévoi\w*|prévu\w*|entend\w*|souhait\w*|si|refuse\w*|évit\w*|renonc\w*|hésit\w*)(?!\w)",
    re.IGNORECASE)


def sans_told_done(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where a French sentence tells done a deed its cited passages give only after "sans"."""
    if not language.startswith("fr") or _KEPT.search(text):
        return []
    quoted = quoted_parts(text)
    for passage in passages:
        if not (passage.language or language).startswith("fr") or "sans" not in passage.text.casefold():
            continue
        for found in _SANS.finditer(passage.text):
            if sans_object_missing(text, found):
                continue  # "sans avancer d'estimation propre": a sentence naming no estimate tells another deed
            stem = found["verb"][:-2].casefold()
            told = next((word for word in _WORD.finditer(text) if _done_form(word.group(), stem)
                         and not any(start <= word.start() < end for start, end in quoted)), None)
            if told and not _done_elsewhere(stem, passages, found):
                return [Finding(offset, f"this sentence tells as done ('{told.group()}') what its cited passage gives "
                                        f"as not done ('{' '.join(found.group().split())}'): {clipped(text)}",
                                "keep the source's \"sans\" (\"sans le rejeter\"), or cite a passage that tells it "
                                "done")]
    return []


def _done_form(word: str, stem: str) -> bool:
    """Say whether a word is a form of the verb of `stem` told done or doing ("rejeté", "rejette" of "rejet")."""
    word = word.casefold()
    return len(stem) >= 4 and word.startswith(stem) and word[len(stem):] in _DONE_ENDINGS


def _done_elsewhere(stem: str, passages: list[Cited], sans: re.Match) -> bool:
    """Say whether a cited passage tells the deed in a done form outside the "sans" found."""
    return any(_done_form(word.group(), stem) and not (passage.text is sans.string and
                                                       sans.start() <= word.start() < sans.end())
               for passage in passages for word in _WORD.finditer(passage.text))
