"""Proportions kept, in French, German, Spanish and Arabic, as proportions.py keeps them in English: "Tous les salariés
ont repris le travail" may not cite "La plupart des salariés ont repris le travail".

Every figure stands and no negation is dropped, so nothing refused it. Read in French, German, Spanish and Arabic
text: a sentence's "all" before a noun ("tous les", "toutes les"; "alle", "sämtliche"; "todos los", "todas
las"; "جميع", "كافة", "كل" before a noun with its article) is refused where a cited passage gives the same noun
(its first five letters; in Arabic, its stem) only a part ("la plupart des", "la majorité des", "la moitié des",
"presque tous", "beaucoup de", "de nombreux", "certains", "plusieurs"; "die meisten", "die Mehrheit der", "der
Großteil der", "die Hälfte der", "fast alle", "viele", "einige", "mehrere"; "la mayoría de los", "la mayor parte de
los", "la mitad de los", "casi todos", "muchos", "algunos", "varios"; "معظم", "أغلب", "غالبية", "أغلبية", "نصف", "بعض",
"كثير من", "عدد من"), and shares another word of five letters or more with the sentence after
it; a passage giving the noun its "all" lets it pass, and so does a negated "all" ("pas tous", "nicht alle", "no
todos", "ليس كل": fewer than all). A share in digits under the whole is a part too ("rund 80 Prozent der Fernzüge",
"el 80 % de la plantilla", "70 % des trains"), and so is the whole said otherwise ("toda la plantilla", "die gesamte
Belegschaft", "tout le personnel"); the word shared may stand before the noun, where German puts its verb ("Laut Bahn
fallen alle Fernzüge aus": tests/test_newuser_71.py).
"""

from __future__ import annotations

import re

from . import arabic_negations, patterns
from .attribution import Cited, Finding, clipped, quoted_parts

_DETERMINER = {"fr": r"(?:les|ces|leurs|nos|vos|ses|mes|des)", "de": r"(?:\s+(?:der|die|ihre|seine|unsere|diese))?",
               "es": r"(?:los|las|sus|estos|estas|nuestros|nuestras)"}
# a share under the whole, in digits: "rund 80 Prozent der", "el 80 % de la", "80 % des" (newuser_71)
_SHARE = (r"(?<![\d.,])(?:[1-9]?\d)(?:,\d+)?\s*(?:%|Prozent|por\s+ciento|pour\s*cent)")
_ALL = {
    "fr": rf"(?P<all>(?:tous|toutes)\s+{_DETERMINER['fr']}|tout\s+le|toute\s+la)",
    "de": rf"(?P<all>(?:alle|sämtliche){_DETERMINER['de']}|(?:die|der|das)\s+(?:gesamte|ganze))",
    "es": rf"(?P<all>(?:todos|todas)\s+{_DETERMINER['es']}|todo\s+el|toda\s+la)",
    "ar": r"(?P<all>(?:[وف]?(?:جميع|كافة|كافّة)|[وف]?كل(?=\s+ال)))",
}
_PART = {
    "fr": r"(?P<part>(?:la\s+plupart|la\s+(?:grande\s+)?majorité|la\s+moitié)\s+(?:des|de\s+(?:ces|leurs|ses|nos))"
          r"|presque\s+(?:tous|toutes)\s+(?:les|ces|leurs|ses|nos)|beaucoup\s+de|de\s+nombreux|de\s+nombreuses"
          rf"|certains|certaines|plusieurs|{_SHARE}\s+(?:des|de\s+(?:ces|leurs|ses|nos|la|l['’]))\s*)",
    "de": r"(?P<part>die\s+meisten(?:\s+(?:der|ihrer|seiner))?"
          r"|(?:die\s+(?:große\s+)?Mehrheit|der\s+Großteil|die\s+Hälfte)\s+(?:der|ihrer|seiner)"
          r"|(?:fast|nahezu|beinahe)\s+alle(?:\s+(?:der|die|ihre|seine))?|viele|einige|mehrere"
          rf"|{_SHARE}\s+(?:der|ihrer|seiner|unserer|dieser))",
    "es": r"(?P<part>(?:la\s+(?:gran\s+)?mayoría|la\s+mayor\s+parte|la\s+mitad)\s+de\s+(?:los|las|sus|estos|estas)"
          r"|casi\s+(?:todos|todas)\s+(?:los|las|sus|estos|estas)|muchos|muchas|algunos|algunas|varios|varias"
          rf"|{_SHARE}\s+de\s+(?:los|las|sus|estos|estas|la|el|su))",
    "ar": r"(?P<part>[وف]?(?:معظم|أغلب|اغلب|غالبية|أغلبية|اغلبية|نصف|بعض|(?:كثير|عدد)\s+من))",
}
_NOUN = r"\s+(?P<noun>[^\W\d_]+)"
_PATTERNS = {language: (patterns.compile(rf"(?<!\w){_ALL[language]}{_NOUN}", re.IGNORECASE),
                        patterns.compile(rf"(?<!\w){_PART[language]}{_NOUN}", re.IGNORECASE))
             for language in _ALL}
# "Pas tous les salariés", "nicht alle", "no todos", "ليس كل": fewer than all, which a part backs; "presque tous",
# "fast alle", "casi todos": a part.
_BEFORE = patterns.compile(r"(?<!\w)(?:pas|nicht|no|ليس|ليست|لا|presque|quasi|quasiment|fast|nahezu|beinahe|casi)\s*$",
                           re.IGNORECASE)
# "Tous les salariés n'ont pas repris le travail": not all, which a part backs too.
_NEGATED_AFTER = patterns.compile(r"(?<!\w)(?:(?:ne|nicht|no|لم|لن|لا)(?!\w)|n['’])", re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_]+")
_PREFIX = 5


def widened_proportions_in_languages(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text says "all" of what its cited passages give only "most" of."""
    code = (language or "en").split("-")[0].lower()
    if code not in _PATTERNS:
        return []
    quoted = quoted_parts(text)
    for said in _PATTERNS[code][0].finditer(text):
        if not _plain_all(text, said) or any(start <= said.start() < end for start, end in quoted):
            continue
        rest = _words(text[said.end():], code) | _before(text, said, code)
        parts = [part for passage in passages for part in _parts(passage, code, said["noun"])
                 if (_words(passage.text[part.end():], code) | _before(passage.text, part, code)) & rest]
        if parts and not _says_all(passages, code, said["noun"]):
            return [Finding(offset + said.start(),
                            f"this sentence says '{' '.join(said.group().split())}' where its cited passages say "
                            f"'{' '.join(parts[0].group().split())}': {clipped(text)}",
                            "keep the source's proportion, or cite a passage that says all")]
    return []


def _before(text: str, said: re.Match, language: str) -> frozenset[str]:
    """Return the content words of said's sentence before it, but its noun's: a German verb stands before its
    subject ("Laut Bahn fallen alle Fernzüge aus": "fallen")."""
    start = max(text.rfind(stop, 0, said.start()) for stop in ".!?؟") + 1
    return _words(text[start:said.start()], language) - _words(said["noun"], language)


def _plain_all(text: str, said: re.Match) -> bool:
    """Say whether an "all" says all: not "presque tous" nor "nicht alle", nor "Tous les salariés n'ont pas"."""
    return not (_BEFORE.search(text, max(0, said.start() - 12), said.start())
                or _NEGATED_AFTER.search(_sentence(text, said.end())))


def _says_all(passages: list[Cited], language: str, noun: str) -> bool:
    """Say whether a passage gives the noun its "all" ("tous les salariés")."""
    return any(_same(every["noun"], noun, language) for passage in passages
               for every in _PATTERNS.get(_code(passage, language), _PATTERNS[language])[0].finditer(passage.text)
               if not _BEFORE.search(passage.text, max(0, every.start() - 12), every.start()))


def _code(passage: Cited, language: str) -> str:
    return (passage.language or language).split("-")[0].lower()


def _parts(passage: Cited, language: str, noun: str) -> list[re.Match]:
    """Return where a passage gives the noun only a part ("la plupart des salariés")."""
    pattern = _PATTERNS.get(_code(passage, language))
    return [part for part in pattern[1].finditer(passage.text) if _same(part["noun"], noun, language)] if pattern else []


def _same(one: str, other: str, language: str) -> bool:
    """Say whether two nouns are one: the same first five letters, or in Arabic the same stem."""
    if language == "ar":
        return arabic_negations.same_word(arabic_negations.folded(one), arabic_negations.folded(other))
    return one.casefold()[:_PREFIX] == other.casefold()[:_PREFIX]


def _sentence(text: str, start: int) -> str:
    """Return text from `start` to its sentence's end."""
    return re.split(r"[.!?؟]", text[start:], maxsplit=1)[0]


def _words(text: str, language: str) -> frozenset[str]:
    """Return the content words of text up to its sentence's end: five letters or more, cut to five (Arabic's whole,
    by stem)."""
    text = _sentence(text, 0)
    if language == "ar":
        return frozenset(stem for word in arabic_negations.content_words(text)
                         for stem in arabic_negations.stems(word))
    return frozenset(word.casefold()[:_PREFIX] for word in _WORD.findall(text) if len(word) >= _PREFIX)
