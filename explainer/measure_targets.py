"""A trade measure kept as the source tells it: "a 15 percent duty on Norvanian cheese" (or "on Norvanian steel") may
not cite "a 15 percent duty on Norvanian dairy products", nor may "a ban on Norvanian dairy products" cite "a 15
percent duty" (tests/test_factcheck_142.py).

A measure is of a kind: a charge ("duty", "tariff", "levy", "tax"; French "droit", "taxe"; Spanish "arancel",
"impuesto"; German "Zoll", "Abgabe", "Steuer"), a ban ("ban", "embargo", "prohibition", "boycott"; "interdiction",
"embargo"; "prohibición", "veto"; "Verbot", "Embargo"), a cap ("cap", "ceiling", "quota", "limit"; "plafond",
"quota"; "tope", "cupo"; "Obergrenze", "Quote") or a freeze ("freeze"; "gel"; "congelación"; "Stopp"). A sentence
naming a measure of a kind no cited passage names, where a cited passage names one of another kind, is refused: a
duty is not a ban, a cap not a freeze. And a measure applies to something: the words after its "on" ("sur", "a",
"sobre", "auf"), to a comma or a word that ends them ("worth", "from", "in", "will"), its first two words read. A sentence's measure on things none of
whose words (a word of four letters or more) stand in what a cited passage's measure of that kind applies to is
refused where some do not: "on Norvanian cheese" of "on Norvanian dairy products" narrows it, "on Norvanian steel"
moves it. A passage naming the sentence's object words anywhere backs them (a list the object phrase does not hold).
Words in quotation marks are not read.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .clauses import content_words
from .locale import base_language
from .sentences import markers_blanked

_KINDS = {
    "en": {"charge": r"dut(?:y|ies)|tariffs?|levy|levies|tax(?:es)?|surcharges?",
           "ban": r"bans?|embargo(?:es|s)?|prohibitions?|boycotts?",
           "cap": r"caps?|ceilings?|quotas?|limits?",
           "freeze": r"freezes?"},
    "fr": {"charge": r"droits?(?:\s+de\s+douane)?|taxes?|surtaxes?|tarifs?\s+douaniers?",
           "ban": r"interdictions?|embargos?|boycotts?",
           "cap": r"plafonds?|quotas?|plafonnements?",
           "freeze": r"gels?"},
    "es": {"charge": r"aranceles|arancel|impuestos?|gravámenes|gravamen|tasas?",
           "ban": r"prohibiciones|prohibición|embargos?|vetos?|boicots?",
           "cap": r"topes?|cupos?|límites?|techos?",
           "freeze": r"congelaciones|congelación"},
    "de": {"charge": r"Z[öo]ll\w*|Abgaben?|Steuern?|Strafz[öo]ll\w*",
           "ban": r"Verbot\w*|Embargos?|Boykott\w*",
           "cap": r"Obergrenzen?|Quoten?|Deckel\w*",
           "freeze": r"Stopp\w*"},
}
_ON = {"en": r"on|against", "fr": r"sur", "es": r"a\s+(?:los|las|la|el)|al|sobre", "de": r"auf|für"}
# the words that end what a measure applies to: "worth", "from", "in June"
_ENDS = {"en": r"worth|from|in|at|of|by|which|that|to|and\s+(?:said|says)|until|since|after|before|as|for|because|on"
               r"|against|will|would|could|should|may|might|is|are|was|were|has|have|had|rise[sn]?|rising|rose|fell"
               r"|falls?|falling",
         "fr": r"d['’]\s*une|de\s+\d|en|à|qui|que|depuis|pour|après|avant|jusqu['’]\s*\w*", "es": r"por|en|de\s+\d|que|desde|para|hasta",
         "de": r"im|in|von|ab|seit|der|die|das|für|bis"}
# a rate between the measure and its "on": "a duty of 15 percent on", "un droit de 15 % sur", "Zoll von 15 Prozent auf"
_RATE = (r"\s+(?:of|de|del|von)\s+(?:about\s+|some\s+|environ\s+|unos\s+|rund\s+)?\d+(?:[.,]\d+)?\s*(?:%|percent"
         r"|per\s+cent|pour\s+cent|por\s+ciento|Prozent)")
_OBJECT_WORDS = 6
_NOT_CONTENT = frozenset({"their", "them", "they", "this", "that", "these", "those", "some", "goods", "imports",
                          "exports", "imported", "products", "produits", "productos", "waren", "importaciones", "importations",
                          "einfuhren", "importe"})
# words naming the owner of a measure's object by its place in a table, not by name: "the other side's steel"
_OWNERS = frozenset({"the", "other", "each", "either", "its", "their", "side's", "sides'", "side’s", "sides’",
                     "country's", "country’s", "rival's", "rival’s", "party's", "party’s", "opponent's", "opponent’s",
                     "l'autre", "l’autre", "camp", "adverse", "del", "otro", "lado", "la", "le", "el", "andere",
                     "anderen", "seite", "der", "die", "des"})
# a participle between a measure and its "on": "a duty imposed on", "un droit imposé sur", "un arancel aplicado a"
_IMPOSED = {"en": r"imposed|levied|placed|slapped|applied|put", "fr": r"imposée?s?|appliquée?s?",
            "es": r"impuest[oa]s?|aplicad[oa]s?", "de": r"(?!)"}
_READ = {}
for _language, _kinds in _KINDS.items():
    _any = "|".join(f"(?P<{kind}>{words})" for kind, words in _kinds.items())
    _READ[_language] = patterns.compile(  # linear: each bounded run of words is read once from its "on"
        rf"(?<![\w-])(?:{_any})(?:{_RATE})?(?:\s+(?:{_IMPOSED[_language]}))?\s+(?:{_ON[_language]})\s+"
        rf"(?P<object>(?:(?!(?:{_ENDS[_language]})(?![\w-]))[\w'’-]+\s*){{1,{_OBJECT_WORDS}}})", re.IGNORECASE)


def measure_moved(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text names a measure of another kind than its cited passages' ("a ban" of "a duty"),
    or applies it to other things ("on cheese" of "on dairy products")."""
    moved = measure_misnamed(text, passages, language)
    if moved is None:
        return []
    how, shown, theirs = moved
    if how == "kind":
        return [Finding(offset, f"this sentence names a measure of another kind ('{shown}') than its cited "
                                f"passages do ('{theirs}'): {clipped(text)}",
                        f"keep the source's word for the measure ('{theirs}'), or cite a passage that names this one")]
    return [Finding(offset, f"this sentence applies a measure ('{shown}') to other things than its cited "
                            f"passages do ('{theirs}'): {clipped(text)}",
                    f"keep what the source says the measure applies to ('{theirs}'), or cite a passage "
                    f"that says this")]


def measure_misnamed(text: str, passages: list[Cited], language: str = "") -> tuple[str, str, str] | None:
    """Return ("kind" or "target", text's measure as written, a cited passage's) where text names a measure of
    another kind than its passages do, or applies it to other things; else None. A table's `measure` ("Duty imposed
    on the other side's steel") is read so too, against each cell's passages."""
    read = _READ.get(base_language(language) if language else "en")
    if read is None or not passages:
        return None
    spoken = unquoted(markers_blanked(text))
    said = [(_kind(match), match["object"], " ".join(match.group().split())) for match in read.finditer(spoken)]
    if not said:
        return None  # most sentences name no measure on anything: found by one search
    theirs = [given for passage in passages for given in _measures(passage.text, language or "en")]
    if not theirs:
        return None
    kinds = {kind for kind, _, _ in theirs} | {kind for passage in passages
                                               for kind in _kinds_named(passage.text, language or "en")}
    for kind, thing, shown in said:
        if kind not in kinds:
            return "kind", shown, next(words for their_kind, _, words in theirs if their_kind != kind)
        alike = [(words, object_words) for their_kind, object_words, words in theirs if their_kind == kind]
        own = _head_words(thing)
        if not own or not alike or any(own <= object_words for _, object_words in alike):
            continue
        named = frozenset().union(*(content_words(unquoted(passage.text), _NOT_CONTENT) for passage in passages))
        if own <= named:
            continue  # the passage names them elsewhere: "duties on steel, aluminium and cars"
        return "target", shown, alike[0][0]
    return None


def _head_words(thing: str) -> frozenset[str]:
    """Return the content words of the first two words of a sentence's object: its noun phrase, not a verb after it
    ("a duty on Southland aluminium broke WTO rules"); an owner that names no party first ("the other side's", "each
    side's": a table's measure, said of each column's party) is passed over."""
    words = thing.split()
    while words and words[0].casefold().strip("'’") in _OWNERS:
        words = words[1:]
    return content_words(" ".join(words[:2]), _NOT_CONTENT)


def _kind(match: re.Match) -> str:
    """Return the kind of measure a match names."""
    return next(kind for kind, words in match.groupdict().items() if words and kind != "object")


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _measures(text: str, language: str) -> tuple[tuple[str, frozenset[str], str], ...]:
    """Return each measure a passage names on something: its kind, the content words of what it applies to, and its
    words as written."""
    read = _READ.get(base_language(language))
    if read is None:
        return ()
    return tuple((_kind(match), content_words(match["object"], _NOT_CONTENT), " ".join(match.group().split()))
                 for match in read.finditer(unquoted(text)))


@functools.lru_cache(maxsize=1 << 12)
def _kinds_named(text: str, language: str) -> frozenset[str]:
    """Return the kinds of measure a passage names anywhere, "on" something or not."""
    kinds = _KINDS.get(base_language(language), {})
    return frozenset(kind for kind, words in kinds.items()
                     if patterns.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE).search(text))
