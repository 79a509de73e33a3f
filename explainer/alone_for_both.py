"""One side not told as the only one where the passages say both: "Industry groups in Norlandia alone said the quota
was too low" (or "Only Norlandia's industry groups said") may not cite "Industry groups on both sides said the quota
was too low".

A party as a subject of what "both sides" did is true of it (one_side.py: "Pakistan claimed victory" of "both sides
claimed victory"), and that built with a word making it the only one. A sentence narrows its subject to one where it
opens on "Only" or "Just" ("Only the union said"), where "alone" follows a noun before a verb ("Norlandia alone
said"; not "acted alone", "alone in the room"; "alone in saying" is read), or where it says "the only one (side,
country, group) to" or "that". It is refused where a cited passage says "both sides" ("the two countries", "all
parties": one_side.py's words), shares two more words of four letters or more with it and uses no such word of its own
("only", "alone"), and where the sentence says neither "both" nor "each". English text is read; words in quotation
marks are not (tests/test_factcheck_117.py).

French, Spanish and German alike (tests/test_factcheck_120.py): a sentence opening on "Seuls", "Seules", "Solo",
"Sólo", "Solamente", "Únicamente", "Nur", "Allein", "Lediglich", or saying "les seuls à", "los únicos que", "als
einzige", is refused where a passage says "des deux côtés" ("des deux pays", "les deux parties", "de part et
d'autre"), "de ambos lados" ("ambas partes", "de los dos países"), "beider Seiten" ("beide Seiten", "beider Länder",
"auf beiden Seiten"), shares two more words of four letters or more with it, and uses no such word of its own; and the
sentence says no "deux", "chaque", "ambos", "cada", "beide", "jede".
"""

from __future__ import annotations

import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .one_side import _BOTH, _BOTH_SIDES, _NOT_CONTENT, _OWN_BOTH, _RESTATES
from .sentences import inside, markers_blanked
from .wordset import may_hold

_NARROWED = patterns.compile(
    r"^\W*(?:only|just|solely)\s+(?=[\w'’])"
    r"|(?<=[\w'’])\s+alone\s+(?:in\s+[a-z]+ing|(?!(?:in|at|on|with|for|to|by|from|of|and|or|as|but|is|was)(?!\w))"
    r"[a-z]+)(?!\w)"
    r"|(?<!\w)the\s+only\s+(?:[\w'’-]+\s+){0,2}?(?:ones?|sides?|party|parties|country|countries|groups?|camps?"
    r"|nations?|governments?)\s+(?:to|that|who|which)(?!\w)", re.IGNORECASE)
_OWN_NARROWING = patterns.compile(r"(?<!\w)(?:only|alone|solely|sole)(?!\w)", re.IGNORECASE)
_MAY_NARROW = ("only", "Only", "alone", "Just", "Solely")


class _Reading(NamedTuple):
    """How a language narrows a subject, says "both sides", and says both or each itself."""

    narrowed: re.Pattern
    both: re.Pattern
    own_both: re.Pattern
    own_narrowing: re.Pattern
    gate: tuple[str, ...]


_LANGUAGES = {
    "fr": _Reading(
        patterns.compile(r"^\W*(?:seul(?:e|s|es)?|uniquement)\s+(?=[^\W\d])|(?<!\w)(?:les?|la)\s+seul(?:e|s|es)?\s+à"
                         r"(?!\w)", re.IGNORECASE),
        patterns.compile(r"(?<!\w)(?:des\s+deux|les\s+deux|aux\s+deux)\s+(?:côtés|pays|camps|parties|gouvernements"
                         r"|rives)|(?<!\w)de\s+part\s+et\s+d['’]autre(?!\w)", re.IGNORECASE),
        patterns.compile(r"(?<!\w)(?:deux|chaque|tous|toutes)(?!\w)", re.IGNORECASE),
        patterns.compile(r"(?<!\w)(?:seul(?:e|s|es)?|uniquement)(?!\w)", re.IGNORECASE),
        ("Seul", "seul", "Uniquement")),
    "es": _Reading(
        patterns.compile(r"^\W*(?:solo|sólo|solamente|únicamente)\s+(?=[^\W\d])|(?<!\w)(?:los|las|el|la)\s+únic[oa]s?\s+"
                         r"(?:que|en)(?!\w)", re.IGNORECASE),
        patterns.compile(r"(?<!\w)(?:de\s+)?(?:ambos|ambas|los\s+dos|las\s+dos)\s+(?:lados|países|bandos|partes"
                         r"|gobiernos|orillas)(?!\w)", re.IGNORECASE),
        patterns.compile(r"(?<!\w)(?:ambos|ambas|dos|cada|todos|todas)(?!\w)", re.IGNORECASE),
        patterns.compile(r"(?<!\w)(?:solo|sólo|solamente|únicamente|únic[oa]s?)(?!\w)", re.IGNORECASE),
        ("Solo", "Sólo", "Solamente", "Únicamente", "únic")),
    "de": _Reading(
        patterns.compile(r"^\W*(?:nur|allein|lediglich|einzig)\s+(?=[^\W\d])|(?<!\w)als\s+einzige[rn]?(?!\w)"
                         r"|(?<=\w)\s+allein\s+(?=\w)", re.IGNORECASE),
        patterns.compile(r"(?<!\w)(?:(?:auf\s+)?beide[rn]?|der\s+beiden|die\s+beiden)\s+(?:Seiten|Länder|Staaten|Lager"
                         r"|Parteien|Regierungen|Ufer)(?!\w)", re.IGNORECASE),
        patterns.compile(r"(?<!\w)(?:beide\w*|jede\w*|zwei|alle)(?!\w)", re.IGNORECASE),
        patterns.compile(r"(?<!\w)(?:nur|allein|lediglich|einzig\w*)(?!\w)", re.IGNORECASE),
        ("Nur", "Allein", "Lediglich", "Einzig", "allein", "einzige")),
}
_NOT_CONTENT_LANGUAGES = frozenset({"dass", "sich", "sagten", "sagte", "haben", "sind", "ont", "dit", "que", "dijeron",
                                    "dijo", "para", "pour", "dans", "avec", "était", "eran", "sein", "seien", "wurde"})


def alone_for_both(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text makes one side the only one to do what a passage restating it says both did."""
    reading = _LANGUAGES.get(language.split("-")[0].lower())
    if reading is not None:
        return _alone_in_language(text, passages, offset, reading)
    if not in_english(language) or not any(word in text for word in _MAY_NARROW):
        return []  # most sentences narrow nothing: found by a plain search
    spoken = markers_blanked(text)
    narrowed = next((match for match in _NARROWED.finditer(spoken)
                     if not inside(quoted_parts(spoken), match.start())), None)
    if narrowed is None or _OWN_BOTH.search(spoken):
        return []
    both = both_sides_restated(spoken, passages, _OWN_NARROWING)
    if both:
        return [Finding(offset, f"this sentence gives to one side alone ('{' '.join(narrowed.group().split())}') "
                                f"what its cited passages say of '{' '.join(both.group().split())}': {clipped(text)}",
                        "name both sides, as the source does, or drop the word that makes this one the only one")]
    return []


def both_sides_restated(spoken: str, passages: list[Cited], narrowing: re.Pattern) -> re.Match | None:
    """Return the words naming both sides ("both sides") in the first cited passage that restates the sentence
    (shares enough of its content words) and narrows nothing itself (`narrowing`: "only", "alone"), or None."""
    own = content_words(spoken, _NOT_CONTENT)
    for passage in passages:
        if not may_hold(passage.text, _BOTH_SIDES) or narrowing.search(passage.text):
            continue
        both = _BOTH.search(passage.text)
        if both and len(own & content_words(passage.text, _NOT_CONTENT)) >= _RESTATES:
            return both
    return None


def _alone_in_language(text: str, passages: list[Cited], offset: int, reading: _Reading) -> list[Finding]:
    """Return alone_for_both's finding of a French, Spanish or German sentence."""
    if not any(word in text for word in reading.gate):
        return []  # most sentences narrow nothing: found by a plain search
    spoken = markers_blanked(text)
    narrowed = next((match for match in reading.narrowed.finditer(spoken)
                     if not inside(quoted_parts(spoken), match.start())), None)
    if narrowed is None or reading.own_both.search(spoken):
        return []
    own = content_words(spoken, _NOT_CONTENT_LANGUAGES)
    for passage in passages:
        both = reading.both.search(passage.text)
        if both and not reading.own_narrowing.search(passage.text) and len(
                own & content_words(passage.text, _NOT_CONTENT_LANGUAGES)) >= _RESTATES:
            return [Finding(offset, f"this sentence gives to one side alone ('{' '.join(narrowed.group().split())}') "
                                    f"what its cited passages say of '{' '.join(both.group().split())}': "
                                    f"{clipped(text)}",
                            "name both sides, as the source does, or drop the word that makes this one the only "
                            "one")]
    return []
