"""A hope kept as a hope: "The Commission said the two sides would return to the table" may not cite "The Commission
said it hoped the two sides would return to the table".

A hope says what a speaker wants, not what will happen: dropped ("said the two sides would return") or told as a
forecast ("predicted", "expected", "was confident", "forecast"), it becomes the speaker's prediction, or the
source's. A passage hoping ("hoped", "hopes", "hoping", "wished", "would like"; French "espère", "souhaite"; Spanish
"espera que", "confía en que", "desea"; German "hofft", "wünscht sich") that a thing will happen is kept where a
sentence sharing two words of five letters or more with the words hoped for holds no word of hoping or wanting
itself ("hope", "wish", "want", "urge", "call for", "would like"; "espérer", "souhaiter"; "esperar", "desear"; "hoffen",
"wünschen"); a negation it adds is polarity.py's. What is hoped for ends with its clause, or at a clause of
contrast after a comma (", aunque no ha confirmado ...", ", but", ", mais"), which tells a fact of its own; a negated
one is told as will happen where a sentence restates it with no negation of its own. Words in quotation marks are not
read (tests/test_factcheck_134.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .clauses import content_words
from .confidence_told_done import confidence_told_as_done
from .locale import base_language
from .sentences import markers_blanked, split_sentences
from .wish_clauses import wish_of_a_permission

_HOPED = {
    "en": r"hop(?:e|es|ed|ing)|wish(?:es|ed)?|would\s+like|was\s+hopeful|were\s+hopeful|is\s+hopeful|are\s+hopeful",
    "fr": r"esp[èé]r\w*|souhait\w*",
    "es": r"esper(?:a|an|aba|aban|ó|aron)\s+que|confí\w*\s+en\s+que|dese\w*",
    "de": r"hofft\w*|hoffen|wünsch\w*",
}
# a sentence that keeps the speaker's wanting, in any words, keeps the hope
_WANTING = {
    "en": r"hop\w*|wish\w*|wants?|wanted|urg(?:e|es|ed|ing)|call(?:s|ed)?\s+(?:on|for)|would\s+like|aim\w*|desir\w*",
    "fr": r"esp[èé]r\w*|souhait\w*|veu\w*|voudr\w*|appel\w*",
    "es": r"esper\w*|confí\w*|dese\w*|quier\w*|pid\w*",
    "de": r"hoff\w*|wünsch\w*|will|wollen|fordert\w*",
}
_NOT_CONTENT = frozenset({"would", "could", "should", "their", "there", "which", "about", "hoped", "hopes", "hoping",
                          "said", "says", "espère", "espera", "hofft"})
_RESTATES = 2
# a hope denied is none: "n'a pas souhaité commenter" (did not wish to comment), "did not wish", "no desea"
_DENIED_BEFORE = patterns.compile(r"(?<![\w-])(?:not|never|n't|pas|jamais|no|nunca|nicht|nie)\s+(?:[^\W\d_]+\s+)?$",
                                  re.IGNORECASE)
# what is hoped ends with its clause, or where a clause of contrast sets another fact against it: "espera que el
# encuentro sirva para acercar posturas, aunque no ha confirmado que vaya a presentar una nueva oferta" hopes for no
# offer ("Lozano no ha confirmado que vaya a presentar una nueva oferta" was refused, newuser_114)
_CLAUSE_END = patterns.compile(r"[;:]|,\s+(?:although|though|but|aunque|pero|si\s+bien|sin\s+embargo|mais|bien\s+qu"
                               r"|même\s+si|aber|obwohl|doch)(?![\w-])", re.IGNORECASE)
# A clause of contrast after a hope that denies it ("aunque no ha confirmado que vaya a presentar una nueva oferta")
# is no hope, but no more a thing that will happen: a sentence restating it keeps a negation of its own, or is refused
# as a hope told as will happen ("Según la Autoridad Portuaria, presentará una nueva oferta", newuser_114).
# A negation of its own is a subject that names no one too: "Nadie ha confirmado una nueva oferta".
# a hope in a relative clause set off by commas ends at its comma: "L'un d'eux, qui souhaite rester anonyme, aurait
# dû percevoir un loyer" hopes only for anonymity (its farmer's loyer was refused as hoped for: newuser_125)
_RELATIVE_BEFORE = patterns.compile(r",\s*(?:qui|who|que|der|die|das)\s+$", re.IGNORECASE)
_NEGATION = patterns.compile(r"(?<![\w-])(?:not|no|never|n['’]t|pas|jamais|aucun\w*|nunca|ni|sin|ningun\w*|nicht|kein\w*"
                             r"|nie|nobody|none|nothing|neither|nor|nadie|nada|ninguna|personne|rien|niemand|nichts)"
                             r"(?![\w-])", re.IGNORECASE)
_READ = {language: (patterns.compile(rf"(?<![\w-])(?:{_HOPED[language]})(?![\w-])", re.IGNORECASE),
                    patterns.compile(rf"(?<![\w-])(?:{_WANTING[language]})(?![\w-])", re.IGNORECASE))
         for language in _HOPED}


def hope_told_as_forecast(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text tells what its cited passages give only as hoped for, as will happen; or, as
    done, what they give as a speaker's confidence that it will be (confidence_told_done.py)."""
    return (_hope_told_as_forecast(text, passages, offset, language)
            or confidence_told_as_done(text, passages, offset, language))


def _hope_told_as_forecast(text: str, passages: list[Cited], offset: int, language: str) -> list[Finding]:
    language = base_language(language) if language else "en"
    read = _READ.get(language)
    if read is None or not passages:
        return []
    hoped = [found for passage in passages for found in _hopes(passage.text, language)]
    if not hoped:
        return []  # most passages hope for nothing: found without reading the sentence
    spoken = unquoted(markers_blanked(text))
    if read[1].search(spoken):
        return []  # the sentence keeps the wanting ("hoped", "urged")
    words = _words(spoken)
    negated = _NEGATION.search(spoken) is not None
    for shown, theirs, unconfirmed in hoped:
        if unconfirmed and negated:
            continue  # "Lozano no ha confirmado que vaya a presentar una nueva oferta" keeps it unconfirmed
        if len(words & theirs) >= _RESTATES:
            return [Finding(offset, f"this sentence tells as what will happen what its cited passages give only as "
                                    f"hoped for ('{shown}'): {clipped(text)}",
                            "keep the hope ('hoped', 'wants'), or cite a passage that says it will happen")]
    return []


def _words(text: str) -> frozenset[str]:
    """Return the first five letters of the words of five letters or more of text."""
    return frozenset(word[:5] for word in content_words(text, _NOT_CONTENT) if len(word) >= 5)


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _hopes(text: str, language: str) -> tuple[tuple[str, frozenset[str], bool], ...]:
    """Return each hope a passage gives: its words as written (to the end of their sentence), the words hoped for, and
    whether they are a negated clause of contrast after the hope (told as will happen only without a negation)."""
    hoping = _READ[language][0]
    if not hoping.search(text):
        return ()
    found = []
    for sentence in split_sentences(text, language):
        spoken = unquoted(sentence.text)
        match = hoping.search(spoken)
        if match and wish_of_a_permission(spoken, match.start()):
            continue  # "pourront, si elles le souhaitent, fixer": a permission's wish hopes for nothing
        if match and not _DENIED_BEFORE.search(spoken, max(0, match.start() - 24), match.start()):
            after, *contrast = _CLAUSE_END.split(spoken[match.end():], 1)  # what is hoped ends with its clause
            if _RELATIVE_BEFORE.search(spoken, max(0, match.start() - 12), match.start()):
                after = after.split(",", 1)[0]  # "L'un d'eux, qui souhaite rester anonyme, aurait dû percevoir"
            found.append((" ".join(spoken[match.start():].split())[:80].rstrip(". "), _words(after), False))
            unconfirmed = _CLAUSE_END.split(contrast[0], 1)[0] if contrast else ""
            if _NEGATION.search(unconfirmed):  # ", aunque no ha confirmado que vaya a presentar una nueva oferta"
                found.append((" ".join(spoken[match.start():].split())[:80].rstrip(". "), _words(unconfirmed), True))
    return tuple(found)
