"""A decision held up kept as held up: "an appeal would overturn the ruling" may not cite "an appeal would leave the
ruling without effect for the time being".

A ruling left without effect, suspended or put on hold stands: it may take effect later. A sentence undoing it
("overturn", "reverse", "annul", "quash", "void", "nullify", "invalidate", "set aside", "strike down", "throw out",
"scrap", "cancel", "undo"; French "annuler", "infirmer", "casser"; Spanish "anular", "revocar"; German "aufheben",
"kippen", "für nichtig erklären"; Italian "annullare", "revocare"), or ending the case ("end the case", "settle the
dispute"; "mettre fin à l'affaire"; "poner fin al caso"; "den Fall beenden": factcheck_142) tells the reader it is gone.
It is refused where a cited passage holds a ruling up ("without effect", "suspended", "on hold", "in limbo", "in abeyance", "frozen", "into the void", "from taking effect";
"sans effet", "suspendu"; "sin efecto", "suspendido", "en suspenso"; "ohne Wirkung", "ausgesetzt") in a sentence
sharing a word of five letters or more (or a year) with the sentence, and no cited passage undoes anything itself. An undoing
negated in its clause ("would not overturn", "che non è stata annullata", "senza annullarla", "without overturning
it") and words in quotation marks are not read; the lasting that a dropped
"for the time being" gives is lasting_refusals.py's (tests/test_factcheck_134.py). A passage's undoing negated ("non
annulla l'ordinanza: ne sospende gli effetti") undoes nothing. A sentence upholding what a passage holds up is refused
alike: "upheld the ban" of "suspended the ban", Italian "Il Tar ha confermato l'ordinanza" of "ha sospeso l'ordinanza"
(a ruling's noun after "confermare": not "ha confermato che", nor "lo sciopero"; tests/test_factcheck_170.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .clauses import content_words
from .locale import base_language
from .sentences import markers_blanked, split_sentences

_UNDONE = {
    "en": r"overturn\w*|revers(?:e|es|ed|ing|al)|annul\w*|quash\w*|void(?:s|ed|ing)?|nullif\w*|invalidat\w*"
          r"|set(?:s|ting)?\s+(?:\w+\s+){0,3}?aside|str(?:ike|ikes|uck|iking)\s+(?:\w+\s+){0,3}?down"
          r"|thr(?:ow|ows|ew|own|owing)\s+(?:\w+\s+){0,3}?out|scrap(?:s|ped|ping)?|cancel\w*|und(?:o|oes|id|one|oing)"
          r"|wip(?:e|es|ed|ing)\s+out"
          # factcheck_142: a case held up is no case over ("an appeal would end the case")
          r"|(?:end|ends|ended|ending|clos(?:e|es|ed|ing)|settl(?:e|es|ed|ing))\s+(?:the|this|that)\s+(?:case|dispute"
          r"|matter|proceedings)|put\s+an\s+end\s+to\s+the\s+(?:case|dispute|matter|proceedings)",
    "fr": r"annul\w*|infirm\w*|cass(?:er|é|ée|és|ées|e|ent|era|erait)|invalid\w*"
          r"|(?:mettr\w*|mis|mit)\s+fin\s+(?:à\s+l['’]\s*affaire|au\s+(?:litige|différend|dossier))"
          r"|clo(?:re|rait|ra|t)\s+(?:l['’]\s*affaire|le\s+(?:litige|différend|dossier))",
    "es": r"anul\w*|revoc\w*|revoqu\w*|invalid\w*"
          r"|pon\w*\s+fin\s+(?:al\s+(?:caso|litigio|pleito)|a\s+la\s+disputa)|cerr\w*\s+el\s+(?:caso|litigio)",
    "de": r"aufheb\w*|aufgehoben|hob\s+(?:\w+\s+){0,6}?auf|kipp\w*|gekippt|für\s+nichtig|annullier\w*"
          r"|(?:den\s+(?:Fall|Streit)|das\s+Verfahren)\s+(?:\w+\s+){0,2}?beenden",
    "it": r"annull\w*|revoc\w*|abrog\w*",
}
# A ruling held up told as upheld: "Il Tar ha confermato l'ordinanza" of "ha sospeso l'ordinanza" (not "ha confermato
# che ...", a fact confirmed, nor "ha confermato la sospensione", which holds it up too: tests/test_factcheck_170.py)
_UPHELD = {
    "en": r"upheld|uphold(?:s|ing)?",
    # a ruling's noun after it: "ha confermato lo sciopero" of a strike "sospeso ieri, riprenderà lunedì" is no ruling
    "it": r"conferm(?:ato|ata|ati|ate|a|ano|ò|arono|ava|avano|erà|eranno)\s+(?:l['’]\s*|il\s+|la\s+|lo\s+|le\s+|i\s+"
          r"|gli\s+)(?:ordinanz|decret|sentenz|decision|provvediment|delibera|sanzion|divieto|divieti|ordine|ordini"
          r"|licenz|autorizzazion|permess|concession|nomin|espulsion|sequestr)\w*",
}
_HELD_UP = {
    "en": r"without\s+effect|suspend\w*|suspension|on\s+hold|in\s+limbo|in\s+abeyance|froze|frozen|freez\w*"
          r"|into\s+the\s+void|from\s+taking\s+effect|on\s+ice",
    "fr": r"sans\s+effet|suspen\w*|en\s+suspens|gel\w*",
    "es": r"sin\s+efecto|suspend\w*|suspensión|en\s+suspenso|congel\w*",
    "it": r"senza\s+effetto|sospes[oaie]|sospend\w*|sospensione|in\s+sospeso|congelat\w*",
    "de": r"ohne\s+(?:Wirkung|Rechtswirkung)|ausgesetzt|aussetz\w*|auf\s+Eis|eingefroren",
}
# each negation a word of its own: "Châlons-en-Champagne a annulé" was read as "ne a annulé", and "Antonio anuló" as
# "no anuló", undoing nothing (tests/test_newuser_125.py)
_ALONE = r"(?<![\w'’-])"
_NEGATED = {"en": rf"(?:{_ALONE}(?:not|never|cannot)|n['’]t)\s+(?:\w+\s+)?$",
            "fr": rf"{_ALONE}(?:ne|n['’])\s*(?:\w+\s+){{0,2}}$",
            "es": rf"{_ALONE}(?:no|nunca)\s+(?:\w+\s+)?$", "de": rf"{_ALONE}(?:nicht|nie|kein\w*)\s+(?:\w+\s+)?$",
            "it": rf"{_ALONE}(?:non|né|mai)\s+(?:\w+\s+)?$"}
# A sentence's undoing negated past its auxiliaries too ("che non è stata ancora annullata", "has not yet been
# overturned"), or by "without" ("senza annullarla", "without overturning it"): factcheck_181. A passage's is read as
# before ("non ha esitato ad annullare" undoes).
_SENTENCE_NEGATED = {"en": rf"(?:(?:{_ALONE}(?:not|never|cannot)|n['’]t)\s+(?:\w+\s+){{0,3}}|{_ALONE}without\s+)$",
                     "fr": rf"{_ALONE}(?:(?:ne|n['’])\s*(?:\w+\s+){{0,2}}|sans\s+(?:l['’]\s*|les?\s+|la\s+)?)$",
                     "es": rf"{_ALONE}(?:(?:no|nunca)\s+(?:\w+\s+){{0,3}}|sin\s+)$",
                     "de": rf"{_ALONE}(?:nicht|nie|kein\w*)\s+(?:\w+\s+)?$",
                     "it": rf"{_ALONE}(?:(?:non|né|mai)\s+(?:\w+\s+){{0,3}}|senza\s+)$"}
_SENTENCE_NEGATION = {language: patterns.compile(words, re.IGNORECASE) for language, words in _SENTENCE_NEGATED.items()}
_NOT_CONTENT = frozenset({"would", "could", "should", "their", "there", "which", "about", "after", "before", "since",
                          "because", "appeal", "appeals"})
_READ = {language: (patterns.compile(rf"(?<![\w-])(?:{_UNDONE[language]})(?![\w-])", re.IGNORECASE),
                    patterns.compile(rf"(?<![\w-])(?:{_HELD_UP[language]})(?![\w-])", re.IGNORECASE),
                    patterns.compile(_NEGATED[language], re.IGNORECASE))
         for language in _UNDONE}
_READ_UPHELD = {language: patterns.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE)
                for language, words in _UPHELD.items()}


def held_up_as_undone(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text undoes a decision ("overturn the ruling") its cited passages only hold up ("leave
    the ruling without effect")."""
    read = _READ.get(base_language(language) if language else "en")
    if read is None or not passages:
        return []
    undone, _, _ = read
    negated = _SENTENCE_NEGATION[base_language(language) if language else "en"]
    spoken = unquoted(markers_blanked(text))
    said = next((match for match in undone.finditer(spoken)
                 if not negated.search(spoken, max(0, match.start() - 24), match.start())), None)
    if said is None:
        return _held_up_as_upheld(text, spoken, passages, offset, language or "en")  # most sentences undo nothing
    # a year shared ties the sentences too: "with the appeals body empty since 2019, that would end the case"
    words = {word[:5] for word in content_words(spoken, _NOT_CONTENT) if len(word) >= 5 or word[0].isdigit()}
    language = language or "en"
    if any(_undoes(passage.text, language) for passage in passages):
        return []
    for passage in passages:
        for shown, theirs in _held_up(passage.text, language):
            if words & theirs:
                return [Finding(offset, f"this sentence undoes ('{' '.join(said.group().split())}') what its cited "
                                        f"passages only hold up ('{shown}'): {clipped(text)}",
                                f"keep the source's words ('{shown}'), or cite a passage that says it is undone")]
    return []


def _held_up_as_upheld(text: str, spoken: str, passages: list[Cited], offset: int, language: str) -> list[Finding]:
    """Return a finding where text upholds a decision ("ha confermato l'ordinanza", "upheld the order") its cited
    passages only hold up ("ha sospeso l'ordinanza"), holding nothing up itself, and no passage upholds anything."""
    upheld = _READ_UPHELD.get(base_language(language))
    if upheld is None:
        return []
    _, held, _ = _READ[base_language(language)]
    negated = _SENTENCE_NEGATION[base_language(language)]
    said = next((match for match in upheld.finditer(spoken)
                 if not negated.search(spoken, max(0, match.start() - 24), match.start())), None)
    if said is None or held.search(spoken) or any(_upholds(passage.text, language) for passage in passages):
        return []
    words = {word[:5] for word in content_words(spoken, _NOT_CONTENT) if len(word) >= 5 or word[0].isdigit()}
    for passage in passages:
        for shown, theirs in _held_up(passage.text, language):
            if words & theirs:
                return [Finding(offset, f"this sentence upholds ('{' '.join(said.group().split())}') what its cited "
                                        f"passages only hold up ('{shown}'): {clipped(text)}",
                                f"keep the source's words ('{shown}'), or cite a passage that says it is upheld")]
    return []


@functools.lru_cache(maxsize=1 << 12)
def _upholds(text: str, language: str) -> bool:
    """Say whether a passage upholds anything ("potrebbe confermare la sospensione"), unquoted."""
    return _READ_UPHELD[base_language(language)].search(unquoted(text)) is not None


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _undoes(text: str, language: str) -> bool:
    """Say whether a passage undoes anything, unquoted, and not negated ("non annulla l'ordinanza": it holds it up)."""
    undone, _, negated = _READ[base_language(language)]
    spoken = unquoted(text)
    return any(not negated.search(spoken, max(0, match.start() - 24), match.start())
               for match in undone.finditer(spoken))


@functools.lru_cache(maxsize=1 << 12)
def _held_up(text: str, language: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Return each holding up a passage tells, as written, with its sentence's words (the first five letters of each
    of five letters or more)."""
    held = _READ[base_language(language)][1]
    if not held.search(text):
        return ()
    found = []
    for sentence in split_sentences(text, language):
        spoken = unquoted(sentence.text)
        match = held.search(spoken)
        if match:
            found.append((" ".join(match.group().split()),
                          frozenset(word[:5] for word in content_words(spoken, _NOT_CONTENT)
                                    if len(word) >= 5 or word[0].isdigit())))
    return tuple(found)
