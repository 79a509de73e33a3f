"""A verb in an indirect question asserts nothing: "Il club non ha spiegato come finanzierà un eventuale aumento dei
costi" citing "Il club non ha però chiarito come intende finanziare l'eventuale aumento" was refused as a plan told as
certain (tests/test_newuser147.py), though both ask "how", and neither says the club has a plan or will act.

Read where a question word ("come", "quando", "se", "perché"; French "comment", "si"; Spanish "cómo", "si"; Portuguese
"como", "se"; German "wie", "ob") stands right before the verb, a few short words (a subject, a pronoun, an adverb)
apart at most. offers_languages.py asks it of both the sentence's verb and the passage's plan: only a question kept
as a question is let through, so "Il club finanzierà l'aumento" of the same passage is still refused.
"""

from __future__ import annotations

import re

from . import patterns

_QUESTION_WORDS = {
    "it": r"come|quando|se|perché|perche|dove|quanto|quanta|quanti|quante|chi|cosa|quale|quali",
    "fr": r"comment|quand|si|s['’]il|s['’]ils|pourquoi|où|combien|quel|quelle|quels|quelles",
    "es": r"cómo|como|cuándo|si|por\s+qué|dónde|cuánto|cuánta|cuántos|cuántas|cuál|cuáles|qué",
    "pt": r"como|quando|se|por\s+que|porque|onde|quanto|quanta|quantos|quantas|qual|quais|o\s+que",
    "de": r"wie|wann|ob|warum|wo|wieviel|wie\s+viel|welche|welcher|welches",
}
_REACH = 4  # the short words a question word may stand from its verb: "come il club intende", "wie er die Kosten"
_ASKED = {language: patterns.compile(rf"(?<!\w)(?:{words})(?:\s+[^\W\d_]+(?:['’][^\W\d_]+)?){{0,{_REACH}}}\s*$",
                                     re.IGNORECASE)
          for language, words in _QUESTION_WORDS.items()}
_BEFORE = 60  # the characters read before the verb: a question word further off asks of another clause


def asked(text: str, start: int, language: str) -> bool:
    """Return whether the verb at `start` of `text` stands in an indirect question of `language`."""
    pattern = _ASKED.get(language.split("-")[0])
    if pattern is None:
        return False
    before = text[max(0, start - _BEFORE):start]
    clause = re.split(r"[.;:!?,\"«»“”]", before)[-1]  # within its own clause
    return bool(pattern.search(clause))
