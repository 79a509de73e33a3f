"""A pause kept a pause: "The company has ceased operations" may not cite "The company suspended its operations in
March".

A business or an activity suspended, paused or halted for a time may start again; a sentence telling it ceased for good
("ceased", "discontinued", "went out of business", "wound up", "permanently", "for good"; French "a cessé", "mis fin
à ses activités", "définitivement"; Spanish "cesó", "puso fin a sus actividades", "definitivamente"; German "hat den
Betrieb eingestellt", "stellte ... ein", "endgültig", "dauerhaft", "aufgegeben") tells the reader it is over. It is
refused where a cited passage's sentence suspends it ("suspended", "paused", "temporarily", "on hold"; "suspendu",
"temporairement", "provisoirement"; "suspendió", "temporalmente"; "ausgesetzt", "vorübergehend", "unterbrochen",
"ruht") and shares a word of five letters or more with the sentence, the sentence keeps no pause of its own
("temporarily ceased", "a cessé provisoirement") and no cited passage's sentence tells the end without one. Negated
("has not ceased") and quoted words are not read (tests/test_factcheck_154.py); an end only to come ("will cease")
is future_as_past.py's. A closure beside a pause ("closed temporarily", "a fermé temporairement", "cerró
temporalmente", "vorübergehend geschlossen") told as a closure ("L'usine a fermé") is refused alike, where no cited
passage tells a closure without one (tests/test_factcheck_159.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .clauses import content_words
from .locale import base_language
from .sentences import markers_blanked, split_sentences

_CEASED = {
    "en": r"ceas(?:e|es|ed|ing)|discontinu(?:e|es|ed|ing)|for\s+good|permanently|went\s+out\s+of\s+business"
          r"|(?:wound|winds|wind)\s+up",
    "fr": r"cess(?:é|ée|és|ées|e|ent|a|èrent|er)|mis\s+fin\s+à\s+(?:ses|leurs)\s+activités|définitivement"
          r"|fermé\s+(?:ses|leurs)\s+portes",
    "es": r"ces(?:ó|aron|ado|ada|ados|adas|a|an|ar)|pus(?:o|ieron)\s+fin\s+a\s+sus\s+actividades|definitivamente"
          r"|cerr(?:ó|aron)\s+sus\s+puertas",
    "de": r"eingestellt|einstellen|stell(?:t|te|ten)\s+(?:[\w-]+\s+){0,6}?ein|endgültig|dauerhaft|aufgegeben",
}
_PAUSED = {
    "en": r"suspend(?:s|ed|ing)?|suspension|paus(?:e|es|ed|ing)|temporar(?:y|ily)|on\s+hold|for\s+the\s+time\s+being"
          r"|until\s+further\s+notice|mothball(?:s|ed|ing)?|idled",
    "fr": r"suspen\w*|temporaire\w*|provisoire\w*|en\s+pause|mis\s+en\s+sommeil|jusqu['’]à\s+nouvel\s+ordre",
    "es": r"suspend\w*|suspensión|temporal\w*|provisional\w*|hasta\s+nuevo\s+aviso",
    "de": r"ausgesetzt|aussetz\w*|setz(?:t|te|ten)\s+(?:[\w-]+\s+){0,6}?aus|vorübergehend\w*|vorläufig\w*"
          r"|unterbrochen|unterbrech\w*|pausier\w*|ruh(?:t|en|te|ten)|zeitweise|bis\s+auf\s+Weiteres",
}
# Closing words: a closure told beside a pause ("closed temporarily", "a fermé temporairement", "cerró
# temporalmente", "vorübergehend geschlossen") is one for a time, and "L'usine a fermé" of it built where English's
# "temporarily closed" was refused (dropped_limits.py, which reads a pause right before the word: left to it here)
_CLOSED = {
    "en": r"clos(?:e|es|ed|ing)|shut(?:s|ting)?",
    "fr": r"ferm(?:é|ée|és|ées|e|ent|a|èrent|er)",
    "es": r"cerr(?:ó|aron|ado|ada|ados|adas|ar)|cierr(?:a|an)",
    "de": r"geschlossen|schloss|schlossen|schließ(?:t|en)",
}
# whole words: "L'usine a fermé" is no "ne a" (its "usine" read as a negation left every French closure unread)
_NEGATED = {"en": r"(?:not|never|n['’]t)\s+(?:\w+\s+)?$", "fr": r"(?<!\w)(?:ne|n['’])\s*(?:\w+\s+){0,2}$",
            "es": r"(?<!\w)(?:no|nunca)\s+(?:\w+\s+)?$", "de": r"(?<!\w)(?:nicht|nie|kein\w*)\s+(?:[\w-]+\s+){0,3}$"}
_BESIDE = 16  # the characters either side of an end a pause qualifying it stands in
_GERMAN_REACH = 60  # and after a German closing verb, in its clause
_NOT_CONTENT = frozenset({"would", "could", "should", "their", "there", "which", "about", "after", "before", "since"})
_READ = {language: (patterns.compile(rf"(?<![\w-])(?:{_CEASED[language]})(?![\w-])", re.IGNORECASE),
                    patterns.compile(rf"(?<![\w-])(?:{_PAUSED[language]})(?![\w-])", re.IGNORECASE),
                    patterns.compile(_NEGATED[language], re.IGNORECASE))
         for language in _CEASED}
_CLOSING = {language: patterns.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE)
            for language, words in _CLOSED.items()}


def paused_told_ceased(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text tells ceased for good ("has ceased operations") what its cited passages only
    suspend ("suspended its operations")."""
    read = _READ.get(base_language(language) if language else "en")
    if read is None or not passages:
        return []
    ceased, paused, negated = read
    spoken = unquoted(markers_blanked(text))
    said = next((match for match in ceased.finditer(spoken)
                 if not negated.search(spoken, max(0, match.start() - 30), match.start())), None)
    if paused.search(spoken):
        return []  # one keeping the pause ("temporarily ceased", "a fermé provisoirement") says what it is
    language = language or "en"
    if said is None:  # most sentences end nothing
        return _closed_for_a_time(text, spoken, passages, offset, language)
    held = [each for passage in passages for each in _sentences(passage.text, language)]
    if any(ends for ends, _, _ in held):
        return []  # a passage tells the end itself
    words = {word[:5] for word in content_words(spoken, _NOT_CONTENT) if len(word) >= 5}
    for _, pause, theirs in held:
        if pause and words & theirs:
            return [Finding(offset, f"this sentence tells as ended for good ('{' '.join(said.group().split())}') what "
                                    f"its cited passages give only as paused ('{pause}'): {clipped(text)}",
                            f"keep the source's words ('{pause}'), or cite a passage that says it ended")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _sentences(text: str, language: str) -> tuple[tuple[bool, str, frozenset[str]], ...]:
    """Return each sentence of a passage that ends or pauses something: whether it ends one unnegated, its pause as
    written (or ""), and its words (the first five letters of each of five letters or more)."""
    ceased, paused, negated = _READ[base_language(language)]
    if not ceased.search(text) and not paused.search(text):
        return ()
    found = []
    for sentence in split_sentences(text, language):
        spoken = unquoted(sentence.text)
        pause = paused.search(spoken)
        # an end told beside a pause of its own ("a cessé temporairement", "vorübergehend eingestellt") is the pause;
        # one told apart ("suspended its operations in March and ceased trading in June") is an end
        ends = any(not negated.search(spoken, max(0, match.start() - 30), match.start())
                   and not paused.search(spoken[max(0, match.start() - _BESIDE):match.end() + _BESIDE])
                   for match in ceased.finditer(spoken))
        if pause or ends:
            found.append((ends, " ".join(pause.group().split()) if pause else "",
                          frozenset(word[:5] for word in content_words(spoken, _NOT_CONTENT) if len(word) >= 5)))
    return tuple(found)


def _closed_for_a_time(text: str, spoken: str, passages: list[Cited], offset: int, language: str) -> list[Finding]:
    """Return a finding where text tells closed ("L'usine a fermé") what its cited passages close only for a time
    ("a fermé temporairement"), sharing a word of five letters or more with it, and none tells closed without a
    pause beside it."""
    closing = _CLOSING[base_language(language)]
    negated = _READ[base_language(language)][2]
    said = next((match for match in closing.finditer(spoken)
                 if not negated.search(spoken, max(0, match.start() - 30), match.start())), None)
    if said is None:
        return []
    held = [each for passage in passages for each in _closures(passage.text, language)]
    if not held or any(not pause for pause, _ in held):
        return []  # a passage tells the closure itself
    words = {word[:5] for word in content_words(spoken, _NOT_CONTENT) if len(word) >= 5}
    for pause, theirs in held:
        if words & theirs:
            return [Finding(offset, f"this sentence tells as closed ('{said.group()}') what its cited passages give "
                                    f"only as for a time ('{pause}'): {clipped(text)}",
                            f"keep the source's words ('{pause}'), or cite a passage that says it closed for good")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _closures(text: str, language: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Return each closure a passage tells unnegated: the pause beside it as written ("" if none), and its sentence's
    words (the first five letters of each of five letters or more). English's pause right before the closing word is
    dropped_limits.py's, and not read."""
    closing = _CLOSING[base_language(language)]
    if not closing.search(text):
        return ()
    _, paused, negated = _READ[base_language(language)]
    found = []
    for sentence in split_sentences(text, language):
        spoken = unquoted(sentence.text)
        words = frozenset(word[:5] for word in content_words(spoken, _NOT_CONTENT) if len(word) >= 5)
        for match in closing.finditer(spoken):
            if negated.search(spoken, max(0, match.start() - 30), match.start()):
                continue
            before = spoken[max(0, match.start() - _BESIDE):match.start()]
            # German's finite verb stands apart from its adverb: "schloss das Werk nach dem Brand vorübergehend"
            reach = _GERMAN_REACH if base_language(language) == "de" else _BESIDE
            pause = paused.search(spoken[match.end():match.end() + reach].split(",")[0]) or paused.search(before)
            if pause and base_language(language) == "en" and paused.search(before):
                return ()  # "temporarily closed": dropped_limits.py names it
            found.append((" ".join(pause.group().split()) if pause else "", words))
    return tuple(found)
