"""An absence not told as presence: "the WTO's appeals body, full since 2019" may not cite "the WTO's appeals body
has had no members since 2019".

A passage saying a body has none of something ("has had no members", "has no judges", "is without members", "has been
empty", "vacant", "unstaffed"; French "n'a plus de membres", "sans membres", "vide"; Spanish "no tiene miembros", "sin
miembros", "vacío"; German "keine Mitglieder", "ohne Mitglieder", "unbesetzt") is told as full where a sentence
naming the same body (the word before the absence, "body", in any of its sentence's words) calls it "full", "fully
staffed", "at full strength", "complete" or "staffed" (French "au complet", "complet"; Spanish "completo", "con todos
sus miembros"; German "voll besetzt", "vollständig besetzt", "komplett"), or gives it the thing lacked ("which has
had members", "with members", "whose members"): polarity.py reads a plain clause ("the body has had members"), and
this reads an aside and a relative clause, where the clause it compares shares too few words. It is refused where
no cited passage gives the body that thing itself, and the sentence does not negate it ("not full", "no members").
Words in quotation marks are not read (tests/test_factcheck_134.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .locale import base_language
from .sentences import markers_blanked

_THING = r"(?P<thing>[^\W\d_]{4,})"
_LACKS = {
    "en": r"(?P<body>[^\W\d_]+)\s+(?:(?:has|have|had)\s+(?:had\s+|been\s+)?(?:no|without)\s+(?:\w+\s+)??" + _THING +
          r"|(?:is|are|was|were|has\s+been|have\s+been|had\s+been|remains?|remained|stood|stands?|sat|sits?)\s+"
          r"(?P<empty>empty|vacant|unstaffed|unfilled|without\s+(?:any\s+)?" + _THING.replace("thing", "thing2") + r"))",
    "fr": r"(?P<body>[^\W\d_]+)\s+(?:n['’]\s*(?:a|ont|avait)\s+(?:plus|pas|aucun\w*)\s+(?:de\s+|d['’]\s*)?" + _THING +
          r"|(?:est|sont|était|reste)\s+(?P<empty>vide|vacant\w*|sans\s+" + _THING.replace("thing", "thing2") + r"))",
    "es": r"(?P<body>[^\W\d_]+)\s+(?:no\s+(?:tiene|tienen|ha\s+tenido|tenía)\s+(?:ningún\s+|ninguna\s+)?" + _THING +
          r"|(?:está|están|estaba|sigue)\s+(?P<empty>vacío|vacía|vacante|sin\s+" + _THING.replace("thing", "thing2") + r"))",
    "de": r"(?P<body>[^\W\d_]+)\s+(?:(?:hat|hatte|haben)\s+(?:seit\s+\w+\s+)?(?:keine|keinen)\s+" + _THING +
          r"|(?:ist|sind|war|bleibt)\s+(?:seit\s+\w+\s+)?(?P<empty>unbesetzt|leer|ohne\s+" +
          _THING.replace("thing", "thing2") + r"))"
          # the verb at the clause's end: "da das Berufungsgremium seit 2019 keine Mitglieder hat"
          r"|(?P<body2>[^\W\d_]+)\s+(?:seit\s+\w+\s+)?(?:keine|keinen)\s+(?P<thing3>[^\W\d_]{4,})\s+(?:hat|hatte|haben)",
}
_FULL = {
    "en": r"full|fully\s+(?:staffed|manned|constituted|functioning)|at\s+full\s+strength|complete|staffed|manned",
    "fr": r"au\s+complet|complet|complète",
    "es": r"completo|completa|con\s+todos\s+sus\s+miembros",
    "de": r"voll(?:ständig)?\s+besetzt|vollzählig|komplett",
}
# the thing lacked, given: "which has had members", "with members", "whose members"
_GIVES = {"en": r"(?:has|have|had)\s+(?:had\s+)?(?:its\s+|some\s+|enough\s+|all\s+its\s+)?|with\s+(?:its\s+)?|whose\s+",
          "fr": r"(?:a|ont|avait)\s+(?:des\s+|ses\s+)?|avec\s+(?:des\s+|ses\s+)?",
          "es": r"(?:tiene|tienen|tenía|ha\s+tenido)\s+|con\s+",
          "de": r"(?:hat|hatte|haben)\s+|mit\s+"}
_NEGATED = {"en": r"(?<!\w)(?:not|no|never|without|n['’]t|any)\s+(?:\w+\s+)?$", "fr": r"(?<!\w)(?:pas|plus|sans|aucun\w*)\s+(?:\w+\s+)?$",
            "es": r"(?<!\w)(?:no|sin|ningún|ninguna)\s+(?:\w+\s+)?$", "de": r"(?<!\w)(?:nicht|kein\w*|ohne)\s+(?:\w+\s+)?$"}
_READ = {language: (patterns.compile(rf"(?<![\w-])(?:{_LACKS[language]})(?![\w-])", re.IGNORECASE),
                    patterns.compile(rf"(?<![\w-])(?:{_FULL[language]})(?![\w-])", re.IGNORECASE),
                    patterns.compile(_NEGATED[language], re.IGNORECASE))
         for language in _LACKS}
_REACH = 80  # characters after the body's word within which it is said to be full


def absence_told_as_presence(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text calls full, or gives the thing lacked to, a body its cited passages say has none."""
    language = base_language(language) if language else "en"
    read = _READ.get(language)
    if read is None or not passages:
        return []
    lacking = [found for passage in passages for found in _lacking(passage.text, language)]
    if not lacking:
        return []  # most passages say nothing is lacked: found without reading the sentence
    _, full, negated = read
    spoken = unquoted(markers_blanked(text))
    folded = spoken.casefold()
    for body, thing, shown in lacking:
        at = _named_at(folded, body)
        if at < 0:
            continue
        window = (at, min(len(spoken), at + len(body) + _REACH))
        said = next((match for match in full.finditer(spoken, *window)
                     if not negated.search(spoken, max(0, match.start() - 20), match.start())), None)
        if said is None and thing:
            said = next((match for match in _gives(language, thing).finditer(spoken, *window)
                         if not negated.search(spoken, max(0, match.start() - 20), match.start())), None)
        if said is not None and not any(_given(passage.text, language, body, thing) for passage in passages):
            return [Finding(offset, f"this sentence says '{' '.join(said.group().split())}' of what its cited "
                                    f"passages say is without ('{shown}'): {clipped(text)}",
                            f"keep the source's words ('{shown}'), or cite a passage that says otherwise")]
    return []


def _named_at(folded: str, body: str) -> int:
    """Return where a folded sentence names the body's word (as a whole word), or -1."""
    match = re.search(rf"(?<!\w){re.escape(body)}(?!\w)", folded)
    return match.start() if match else -1


@functools.lru_cache(maxsize=256)
def _gives(language: str, thing: str) -> re.Pattern:
    """Return the pattern of a sentence giving the thing: "has had members", "with members"."""
    return re.compile(rf"(?<![\w-])(?:{_GIVES[language]}){re.escape(thing[:5])}\w*", re.IGNORECASE)


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _lacking(text: str, language: str) -> tuple[tuple[str, str, str], ...]:
    """Return each body a passage says lacks something: its word, the thing lacked ("" for "empty") and the words as
    written."""
    lacks = _READ[language][0]
    return tuple(((match["body"] or match.groupdict().get("body2")).casefold(),
                  (match["thing"] or match["thing2"] or match.groupdict().get("thing3") or "").casefold(),
                  " ".join(match.group().split())) for match in lacks.finditer(unquoted(text)))


def _given(text: str, language: str, body: str, thing: str) -> bool:
    """Say whether a passage itself calls the body full or gives it the thing, not negated."""
    _, full, negated = _READ[language]
    spoken = unquoted(text)
    folded = spoken.casefold()
    at = _named_at(folded, body)
    if at < 0:
        return False
    window = (at, min(len(spoken), at + len(body) + _REACH))
    found = [*full.finditer(spoken, *window), *(_gives(language, thing).finditer(spoken, *window) if thing else ())]
    return any(not negated.search(spoken, max(0, match.start() - 20), match.start()) for match in found)
