"""A condition dropped, in German, and "only with" terms in Spanish and English, where conditions.py reads none.

"Die GDL werde an den Verhandlungstisch zurückkehren, sagte Weselsky." citing "„Wir werden nur mit einem verbesserten
Angebot an den Verhandlungstisch zurückkehren“, sagte GDL-Chef Claus Weselsky." built: the return stated, the terms
it rests on dropped. German conditions open with "wenn", "nur wenn", "falls", "sofern", "vorausgesetzt", "unter der
Bedingung", "es sei denn" or "solange" (not "auch wenn", "selbst wenn", "als wenn", "wie wenn": a concession or a
likeness) and run to their clause's end; terms open with "nur mit", "nur bei", "nur gegen" or "nur unter" and run to
the noun they name (German capitalises it: "nur mit einem verbesserten Angebot"), or with Spanish "con" after "solo"
("sólo", "únicamente", "solamente") and English "with" after "only", a few words between or none ("Solo volveremos a
la mesa con una oferta mejor"), and run four words at most. What such a condition conditions is
the rest of its sentence. A sentence restating that rest (two of its content words, more than it shares with any
sentence its passages state without a condition) must keep a word of the condition ("Angebot", "oferta") or a
condition word of its own ("nur", "wenn", "falls", "Bedingung", "solo", "si", "only", "if"), or a modal ("könnte",
"würde", "podría"): tests/test_newuser_70.py.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english
from .clauses import WORD, content_words
from .sentences import folded_word, split_sentences
from .when_words import when_words

_GERMAN_CONDITION = patterns.compile(
    r"(?<!\w)(?:nur\s+(?:dann\s+)?wenn|wenn|falls|sofern|vorausgesetzt|unter\s+der\s+Bedingung|es\s+sei\s+denn"
    r"|solange)(?!\w)", re.IGNORECASE)
_NOT_A_CONDITION_BEFORE = patterns.compile(r"(?<!\w)(?:auch|selbst|als|wie|sogar)\s+$", re.IGNORECASE)
# the terms open at the preposition, which may stand a few words after "only": "Solo volveremos a la mesa con una
# oferta mejor", "we will only return with a better offer"
_GAP = r"\s+(?:[^\W\d_]+\s+){0,6}?"
_GERMAN_TERMS = patterns.compile(r"(?<!\w)nur\s+(?P<at>mit|bei|gegen|unter)(?!\w)", re.IGNORECASE)
_TERMS = {"es": patterns.compile(r"(?<!\w)(?:solo|sólo|únicamente|solamente)" + _GAP + r"(?P<at>con)(?!\w)",
                                 re.IGNORECASE),
          "en": patterns.compile(r"(?<!\w)only" + _GAP + r"(?P<at>with)(?!\w)", re.IGNORECASE)}
_GATES = {"de": ("enn", "alls", "ofern", "ausgesetzt", "edingung", "sei denn", "olange", "nur "),
          "es": ("olo", "únicamente", "solamente"), "en": ("only",)}
# a dot after a day's number is no stop: "bis zum 12. März"
_CLAUSE_END = patterns.compile(r"[;:!?()\"“”„«»—–]|,(?!\d)|(?<!\d)\.(?!\d)")
_COMMA = patterns.compile(r"\s*,")
_MOST_TERM_WORDS = 4  # "solo con una oferta por escrito": the terms, not what follows them
_KEPT = frozenset({"nur", "wenn", "falls", "sofern", "vorausgesetzt", "bedingung", "bedingungen", "voraussetzung",
                   "solange", "könnte", "könnten", "würde", "würden", "möglicherweise", "eventuell",
                   "solo", "sólo", "únicamente", "solamente", "si", "condición", "condiciones", "podría", "podrían",
                   "only", "if", "unless", "condition", "conditions", "would", "could", "might", "may"})
_NOT_CONTENT = frozenset({
    "werden", "wird", "wurde", "wurden", "werde", "haben", "hatte", "hätte", "sein", "sind", "sagte", "sagt",
    "sagten", "erklärte", "dann", "dass", "nicht", "auch", "noch", "sich", "oder", "aber", "nach", "über", "unter",
    "einem", "einen", "einer", "eines", "eine", "diese", "dieser", "dieses", "mehr", "beim", "ihre", "ihren", "seine",
    "para", "como", "pero", "este", "esta", "estos", "estas", "unos", "unas", "dijo", "dice", "será", "sobre", "entre",
    "desde", "también", "todo", "todos", "haya", "hay",
    "will", "would", "that", "this", "with", "have", "been", "from", "they", "them", "their", "said", "says", "also",
    "into", "when", "what", "which", "about", "only"})
_RESTATES = 2


def _read(language: str) -> str:
    """Return the language of text read here ("de", "es", "en"), or ""."""
    code = language.split("-")[0].lower()
    return "en" if in_english(language) else code if code in ("de", "es") else ""


def _content(text: str) -> frozenset[str]:
    return content_words(text, _NOT_CONTENT)


def _term_end(sentence: str, start: int, german: bool) -> int:
    """Return where terms opening at `start` end: at the noun they name (German), or three words on, or their
    clause's end."""
    end = _CLAUSE_END.search(sentence, start)
    stop = end.start() if end else len(sentence)
    for count, word in enumerate(WORD.finditer(sentence, start, stop), 1):
        if (german and word.group()[0].isupper()) or count == _MOST_TERM_WORDS:
            return word.end()
    return stop


def _marked(sentence: str, code: str) -> list[tuple[int, int, str]]:
    """Return the spans of a sentence's conditions and terms in language `code`, each with how to show it ("nur mit
    einem verbesserten Angebot", "solo ... con una oferta mejor")."""
    spans = []
    if code == "de":
        for marker in _GERMAN_CONDITION.finditer(sentence):
            if not _NOT_A_CONDITION_BEFORE.search(sentence, max(0, marker.start() - 8), marker.start()):
                # "es sei denn, die Bahn legt ... vor": the condition is the clause after its comma
                after = marker.end() + (len(comma[0]) if marker[0].endswith("denn") and (comma := _COMMA.match(
                    sentence, marker.end())) else 0)
                end = _CLAUSE_END.search(sentence, after)
                end = end.start() if end else len(sentence)
                spans.append((marker.start(), end, sentence[marker.start():end]))
    for marker in (_GERMAN_TERMS if code == "de" else _TERMS[code]).finditer(sentence):
        at, end = marker.start("at"), _term_end(sentence, marker.end(), code == "de")
        only = sentence[marker.start():at].split()
        spans.append((at, end, " ".join(only[:1] + ["..."] * (len(only) > 1)) + " " + sentence[at:end]))
    return spans


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _conditionals(text: str, code: str) -> tuple[tuple[tuple[str, frozenset[str], frozenset[str]], ...],
                                                  tuple[frozenset[str], ...]]:
    """Return a passage's conditions (as written, their content words, and those of the rest of their sentence),
    and the content words of each of its sentences that states none."""
    found, plain = [], []
    for sentence in split_sentences(text, code):
        spans = _marked(sentence.text, code) if any(gate in sentence.text for gate in _GATES[code]) else []
        if not spans:
            plain.append(_content(sentence.text))
            continue
        for start, end, shown in spans:
            rest = sentence.text[:start] + " " + sentence.text[end:]
            words = _content(sentence.text[start:end])
            found.append((" ".join(shown.split()), words, _content(rest) - words))
    return tuple(found), tuple(plain)


def dropped_terms(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when a German, Spanish or English sentence restates what a cited passage gives only on a
    condition or terms this module reads ("nur mit einem verbesserten Angebot", "falls ...") and keeps neither them
    nor a condition word of its own."""
    read = [(passage, code) for passage in passages if (code := _read(passage.language or language))
            and any(gate in passage.text for gate in _GATES[code])]
    if not read or not _read(language):
        return []  # most passages hold no such word: found without reading the sentence
    given = [(found, plain) for passage, code in read for found, plain in [_conditionals(passage.text, code)] if found]
    if not given:
        return []
    if _KEPT & {folded_word(word) for word in WORD.findall(text)}:
        return []
    own = _content(text)
    plain = max((len(own & words) for _, sentences in given for words in sentences), default=0)
    for found, _ in given:
        for condition, words, rest in found:
            shared = len(own & rest)
            if shared >= _RESTATES and shared > plain and not (own & words) - when_words(text, language):
                return [Finding(offset, f"the source gives this only on a condition ('{condition}'), but it is stated "
                                        f"as plain fact: {clipped(text)}",
                                "keep the condition ('nur mit ...', 'wenn ...', 'solo con ...', 'only with ...'), or "
                                "cite words the source states without one")]
    return []


def dropped_terms_in_item(text: str, passages: list[Cited], language: str = "") -> list[Finding]:
    """Return dropped_terms' findings for an item cited as a whole, sentence by sentence."""
    if not _read(language):
        return []
    return [finding for sentence in split_sentences(text, language)
            for finding in dropped_terms(sentence.text, passages, sentence.start, language)]
