"""Whose words a relative clause's saying gives: the subject of the clause it hangs on, named there by a pronoun.

"Alder Terminals says 4.5% is the most the business can bear" citing the pay paragraph "... Alder Terminals has
offered 4.5%, which it says is "the most the business can bear". Union leader Ruth Okafor said the offer was ..." was
refused as Okafor's words: "which it says" named no speaker, so the passage's one named speaker, in the next
sentence, was taken for the speaker of the words; and "..., which the union says is 'the most the business can bear'"
built. Here a passage sentence's ", which it says" ("which it calls", "which it describes as", "what it calls", "they",
"he", "she") is read with its pronoun replaced by the subject of the sentence it hangs on ("Alder Terminals has
offered ..."), where that subject names someone: the words are that subject's. A subject naming no one ("The offer,
which it says ...") leaves the passage as it was.
"""

from __future__ import annotations

import re
from typing import Callable

from . import patterns
from .attribution import Cited

# ", which it says is", "which they call", "which she described as", "what it calls": a saying whose pronoun stands
# for the subject of the clause it hangs on
_RELATIVE_SAYING = patterns.compile(
    r"(?<=\s)(?:which|what)\s+(?P<pronoun>it|they|he|she)\s+(?=(?:says|said|say|calls|called|call|describes|described"
    r"|describe|considers|considered|consider|deems|deemed|believes|believed|insists|insisted|maintains|maintained"
    r"|argues|argued|claims|claimed)\b)")
# The subject opening a sentence, up to its verb: "Alder Terminals has offered", "The operator offered"
_SUBJECT = patterns.compile(
    r"(?P<subject>(?:[^\s.;:!?\"“”]+\s+){1,8}?)(?:has|have|had|is|are|was|were|will|would|can|could|[a-z]\w*ed"
    r"|[a-z]\w*s)(?=\s)")
_SENTENCE_END = patterns.compile(r"[.!?;][\"”’']?\s+")


def with_relative_speakers(passage: Cited, names_someone: Callable[[str], bool]) -> Cited:
    """Return `passage` with each relative saying's pronoun ("which it says") replaced by the subject of the sentence
    it hangs on, where `names_someone` says that subject names a speaker; else the passage as it is."""
    if "which" not in passage.text and "what" not in passage.text:
        return passage  # most passages hold no relative clause: found by two substring searches
    text = _RELATIVE_SAYING.sub(lambda found: _named(passage.text, found, names_someone), passage.text)
    return passage if text == passage.text else passage._replace(text=text)


def _named(text: str, found: re.Match, names_someone: Callable[[str], bool]) -> str:
    """Return the relative saying `found` with its pronoun replaced by its sentence's subject, or as it is."""
    ends = [end.end() for end in _SENTENCE_END.finditer(text, 0, found.start())]
    start = ends[-1] if ends else 0
    subject = _SUBJECT.match(text, start, found.start())
    words = " ".join(subject.group("subject").split()) if subject else ""
    if not words or "," in words or not names_someone(words):
        return found.group()
    pronoun = found.start("pronoun") - found.start()
    return (found.group()[:pronoun] + words[0].lower() + words[1:] if words.startswith("The ")
            else found.group()[:pronoun] + words) + found.group()[found.end("pronoun") - found.start():]
