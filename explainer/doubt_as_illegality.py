"""A doubt about legality kept a doubt: "Le juge a jugé l'autorisation illégale" may not cite "Le juge des référés a
estimé qu'il existait « un doute sérieux » sur la légalité de l'autorisation, sans se prononcer sur le fond".

A judge in summary proceedings who finds "a serious doubt as to the legality" of a decision suspends it without ruling
it unlawful; a sentence calling it illegal tells a finding the judge has not made (tests/test_factcheck_216.py). A
sentence saying something is illegal ("illegal", "unlawful"; French "illégal(e)"; Spanish "ilegal") is refused where
a cited passage gives a doubt about its legality ("serious doubt about the legality", "un doute sérieux sur la
légalité", "dudas sobre la legalidad") in a sentence sharing a word of five letters or more with it, the sentence
names no doubt of its own, and no cited passage calls anything illegal itself. A word negated, asked or hedged before
it ("not illegal", "without ruling it illegal", "whether it was illegal", "could be illegal", "pourrait être illégale", "si elle était illégale")
is not read, nor words in quotation marks.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .clauses import content_words
from .locale import base_language
from .sentences import markers_blanked, split_sentences

_ILLEGAL = {"en": r"illegal(?:ly)?|unlawful(?:ly)?", "fr": r"illégal(?:e|es|ement|ité)?|illicite\w*",
            "es": r"ilegal(?:es|mente|idad)?|ilícit\w*"}
# a doubt about legality: "serious doubt(s) about/as to/over the legality", "doute sérieux sur la légalité", "dudas
# sobre la legalidad"; "doubts whether it was lawful"
_DOUBT = {"en": r"doubts?\b(?:\W+\w+){0,6}?\W+(?:legality|lawfulness|legal|lawful)",
          "fr": r"doutes?\b(?:\W+\w+){0,6}?\W+(?:légalité|légal\w*)",
          "es": r"dudas?\b(?:\W+\w+){0,6}?\W+(?:legalidad|legal\w*)"}
_OWN_DOUBT = {"en": r"doubt", "fr": r"dout", "es": r"dud(?:a|o|ó)"}
# negated, asked or only possible, in the few words before: "is not illegal", "whether it was illegal", "could be
# illegal", "n'est pas illégale", "pourrait être illégale", "si ... était illégale", "no es ilegal", "podría ser ilegal"
_NOT_SAID = patterns.compile(
    r"(?<![\w'’])(?:not|never|no|n['’]t|whether|if|could|might|may|possibly|perhaps|potentially|allegedly|ne|n['’]|pas"
    r"|jamais|sans|without|sin|si|pourrait|pourraient|serait|seraient|peut-être|potentiellement|éventuellement|nunca|podría|podrían"
    r"|sería|serían|quizá|quizás|posiblemente|presuntamente)(?:\W+\w+){0,4}\W*$", re.IGNORECASE)
_READ = {language: (patterns.compile(rf"(?<![\w-])(?:{_ILLEGAL[language]})(?![\w-])", re.IGNORECASE),
                    patterns.compile(_DOUBT[language], re.IGNORECASE),
                    patterns.compile(_OWN_DOUBT[language], re.IGNORECASE)) for language in _ILLEGAL}
_NOT_CONTENT = frozenset({"would", "could", "should", "their", "there", "which", "about", "after", "before", "légalité",
                          "legality", "legalidad"})


def doubt_told_as_illegality(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text calls illegal what its cited passages only doubt the legality of."""
    read = _READ.get(base_language(language) if language else "en")
    if read is None or not passages or not ("leg" in text or "lég" in text or "unlaw" in text or "lícit" in text):
        return []  # most sentences call nothing illegal: found without reading their passages
    illegal, doubt, own_doubt = read
    spoken = unquoted(markers_blanked(text))
    said = next((match for match in illegal.finditer(spoken)
                 if not _NOT_SAID.search(spoken, max(0, match.start() - 50), match.start())), None)
    if said is None or own_doubt.search(spoken) or any(_calls_illegal(passage.text, illegal) for passage in passages):
        return []
    words = {word[:5] for word in content_words(spoken, _NOT_CONTENT) if len(word) >= 5}
    for passage in passages:
        for sentence in split_sentences(passage.text, language):
            doubted = doubt.search(sentence.text)
            if doubted and words & {word[:5] for word in content_words(sentence.text, _NOT_CONTENT)
                                    if len(word) >= 5}:
                shown = " ".join(doubted.group().split())
                return [Finding(offset, f"this sentence calls illegal ('{said.group()}') what its cited passages "
                                        f"only doubt the legality of ('{shown}'): {clipped(text)}",
                                f"keep the source's doubt ('{shown}'), or cite a passage that rules it illegal")]
    return []


def _calls_illegal(text: str, illegal: re.Pattern) -> bool:
    """Say whether a passage calls anything illegal itself, not negated, asked or hedged."""
    return any(not _NOT_SAID.search(text, max(0, match.start() - 50), match.start())
               for match in illegal.finditer(text))
