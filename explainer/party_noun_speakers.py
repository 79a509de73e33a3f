"""Whom a passage's "Según el partido" names: the party the sentence before it opens on.

"UC afirma que en seis mesas se anularon 1.340 papeletas" citing "Unión Castellana ha pedido un nuevo recuento y
denuncia irregularidades en seis mesas electorales. Según el partido, en esas mesas se anularon 1.340 papeletas" was
refused as giving "el partido"'s words to UC, and "El PPC afirma ..." built: "el partido" was read as the party whose
name holds the noun ("Partido Progresista de Castilla"), not the one the report was telling of
(tests/test_newuser144.py). Here a party's common noun as a speaker ("según el partido", "el partido afirma", "the
party said", "selon le parti", "laut der Partei") is read as the subject the sentence before it (in the passage, or
in its paragraph) opens on, where that subject names exactly one party and no person (company_noun_speakers.py reads
"the company" so). Anything else leaves the passage as it was.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited
from .company_noun_speakers import PartiesNamed, sentence_before
from .sentences import split_sentences

_NOUN = (r"(?:el|la|the|le|der|die|il|o)\s+(?:partido|formación|party|parti|formation|Partei|partito)")
_SAYING = (r"según|according\s+to|selon|d['’]après|laut|secondo|segundo")
_VERBS = (r"afirma|afirmó|asegura|aseguró|dice|dijo|sostiene|sostuvo|denuncia|denunció|considera|calcula|said|says"
          r"|claims|claimed|added|argues|affirme|a\s+affirmé|dit|a\s+dit|erklärte|sagte|teilte")
_PARTY_NOUN = patterns.compile(rf"(?<![\w-])(?:(?:{_SAYING})\s+(?P<after>{_NOUN})(?![\w-])"
                               rf"|(?P<before>{_NOUN})\s+(?:{_VERBS})(?![\w-]))", re.IGNORECASE)
# the subject a sentence opens on: its capitalised words after an article ("Unión Castellana ha pedido", "El PPC
# rechaza", "The Civic League has asked")
_SUBJECT = patterns.compile(r"\s*(?:(?:El|La|Los|Las|The|Le|Les|Die|Der|Il|O|A)\s+)?"
                            r"(?P<subject>[A-ZÁÉÍÓÚÑ][\w'’-]*(?:\s+(?:de\s+|del\s+|of\s+)?[A-ZÁÉÍÓÚÑ][\w'’-]*){0,4})")


def with_party_noun_named(passage: Cited, parties_named: PartiesNamed) -> Cited:
    """Return `passage` with a party's noun as a speaker ("según el partido") named by the subject the sentence before
    it opens on, where that names one party and no person; `parties_named(subject)` gives the naming words of each
    party a subject names, and whether it names a person too."""
    lowered = passage.text.casefold()
    if not any(noun in lowered for noun in ("parti", "party", "formaci", "formation")):
        return passage  # most passages name no party by its noun: found without a pattern
    sentences = split_sentences(passage.text, passage.language)
    text = passage.text
    for index in range(len(sentences) - 1, -1, -1):
        sentence = sentences[index]
        found = _PARTY_NOUN.search(text, sentence.start, sentence.end)
        if not found:
            continue
        before = sentences[index - 1].text if index else sentence_before(passage)
        opening = _SUBJECT.match(before) if before else None
        subject = opening["subject"] if opening else ""
        named, in_person = parties_named(subject) if subject else ((), True)
        if len(named) == 1 and not in_person:
            which = "after" if found["after"] else "before"
            text = text[:found.start(which)] + subject + text[found.end(which):]
    return passage if text == passage.text else passage._replace(text=text)
