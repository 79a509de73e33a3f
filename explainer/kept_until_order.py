"""A measure kept until another ends not told as ended first: "Kestria would lift its dairy duties before the steel
tariff was lifted" may not cite "Kestria would keep its dairy duties until the steel tariff was lifted".

A passage keeping a thing until an event ("keep", "maintain", "retain", "leave ... in place", "hold", "not lift ...
until", "only after"; French "maintenir ... jusqu'à ce que", Spanish "mantener ... hasta que", German "beibehalten
... bis") ends it no sooner than the event. A sentence ending that thing ("lift", "drop", "remove", "end", "scrap",
"withdraw", "abolish", "repeal", "ease"; "lever", "retirer", "supprimer"; "levantar", "retirar", "eliminar";
"aufheben", "abschaffen", "zurücknehmen") before the event ("before", "ahead of", "prior to", or "first"; "avant",
"d'abord"; "antes", "primero"; "bevor", "vor", "zuerst") turns the order round. It is refused where the thing shares
a word of five letters or more with the kept one, the event (where the sentence names one) shares one with the
passage's, the ending is not negated ("would not lift ... before"), and no cited passage ends the thing first itself.
So is one keeping the thing past the event ("would keep its dairy duties after the steel tariff was lifted"): the
passage ends it there ("even after" is conditions.py's), and one ending it at another event ("would lift its
dairy duties once the ruling takes effect": its words share none with the passage's event; English).
Words in quotation marks are not read (tests/test_factcheck_134.py). A sentence ending the thing before (or until) the
event, negated ("would not lift its dairy duties before the steel tariff was lifted"), restates the keeping: cite.py
reads it as adding no negation (tests/test_factcheck_142.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .clauses import content_words
from .locale import base_language
from .sentences import markers_blanked, split_sentences

_KEEP = {
    "en": r"(?:keep|keeps|kept|keeping|maintain\w*|retain\w*|hold|holds|held|leave|leaves|left|stick\s+with)"
          r"(?P<kept>(?:\s+[\w'’-]+){1,8}?)\s+(?:in\s+place\s+)?(?:until|till|pending)(?P<event>(?:\s+[\w'’-]+){1,8})",
    "fr": r"(?:maint\w+)(?P<kept>(?:\s+[\w'’-]+){1,8}?)\s+jusqu['’]\s*(?:à\s+ce\s+qu['’]?e?|au|à)(?P<event>(?:\s*[\w'’-]+){1,8})",
    "es": r"(?:manten\w*|mantien\w*|conserv\w*)(?P<kept>(?:\s+[\w'’-]+){1,8}?)\s+hasta(?:\s+que)?(?P<event>(?:\s+[\w'’-]+){1,8})",
    "de": r"(?:beibehalten|behalten|behält|aufrechterhalten|aufrechterhält|hält|halten)"
          r"(?P<kept>(?:\s+[\w'’-]+){0,8}?)\s+bis(?:\s+zu\w*)?(?P<event>(?:\s+[\w'’-]+){1,8})",
}
_END_FIRST = {
    "en": r"(?P<verb>lift\w*|drop\w*|remov\w*|end|ends|ended|ending|scrap\w*|withdr[ae]w\w*|abolish\w*|repeal\w*"
          r"|eas(?:e|es|ed|ing)|cancel\w*|suspend\w*)(?P<thing>(?:\s+[\w'’-]+){1,8}?)"
          r"\s+(?:(?P<first>first)(?![\w-])|(?:before|ahead\s+of|prior\s+to)(?P<event>(?:\s+[\w'’-]+){1,8}))",
    "fr": r"(?P<verb>lev\w+|lèv\w+|retir\w+|supprim\w+|abandonn\w+)(?P<thing>(?:\s+[\w'’-]+){1,8}?)"
          r"\s+(?:(?P<first>d['’]abord|en\s+premier)(?![\w-])|avant(?:\s+que|\s+la|\s+le|\s+d['’])?(?P<event>(?:\s*[\w'’-]+){1,8}))",
    "es": r"(?P<verb>levant\w+|retir\w+|elimin\w+|suprim\w+)(?P<thing>(?:\s+[\w'’-]+){1,8}?)"
          r"\s+(?:(?P<first>primero|en\s+primer\s+lugar)(?![\w-])|antes(?:\s+de(?:\s+que)?)?(?P<event>(?:\s+[\w'’-]+){1,8}))",
    "de": r"(?P<thing>(?:[\w'’-]+\s+){1,8}?)(?:(?P<first>zuerst|als\s+erste\w*)\s+|(?:bevor|vor)(?P<event>(?:\s+[\w'’-]+){1,8}?)\s+)"
          r"(?P<verb>aufheb\w*|aufgehoben|abschaff\w*|abgeschafft|zurücknehm\w*|zurückgenommen)",
}
# a thing kept past the event: "would keep its dairy duties after the steel tariff was lifted" (English)
_KEPT_PAST = patterns.compile(
    r"(?<![\w-])(?P<verb>keep|keeps|kept|keeping|maintain\w*|retain\w*)(?P<thing>(?:\s+[\w'’-]+){1,8}?)"
    r"(?<!\seven)\s+(?:after|beyond|past)(?P<event>(?:\s+[\w'’-]+){1,8})", re.IGNORECASE)
# a thing ended at another event: "would lift its dairy duties once the ruling takes effect" of "... until the steel
# tariff was lifted" (English): refused where the event shares no word with the passage's
_ENDED_AT = patterns.compile(
    r"(?<![\w-])(?P<verb>lift\w*|drop\w*|remov\w*|end|ends|ended|scrap\w*|withdr[ae]w\w*|abolish\w*|repeal\w*)"
    r"(?P<thing>(?:\s+[\w'’-]+){1,8}?)\s+(?:once|when|as\s+soon\s+as|after)(?P<event>(?:\s+[\w'’-]+){1,8})",
    re.IGNORECASE)
_NEGATED = {"en": r"(?:not|never|n['’]t|only)\s+(?:\w+\s+)?$", "fr": r"(?:ne|n['’]|pas)\s*(?:\w+\s+){0,2}$",
            "es": r"(?:no|nunca|sólo|solo)\s+(?:\w+\s+)?$", "de": r"(?:nicht|nie|kein\w*)\s+(?:\w+\s+){0,8}$"}
_NOT_CONTENT = frozenset({"would", "could", "their", "there", "which", "about", "until", "before", "first", "after"})
_READ = {language: (patterns.compile(rf"(?<![\w-])(?:{_KEEP[language]})", re.IGNORECASE),
                    patterns.compile(rf"(?<![\w-])(?:{_END_FIRST[language]})", re.IGNORECASE),
                    patterns.compile(_NEGATED[language], re.IGNORECASE))
         for language in _KEEP}


def ended_before_kept_until(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding where text ends a thing before an event ("lift its duties before the tariff was lifted") that
    its cited passages keep until it ("keep its duties until the tariff was lifted")."""
    language = base_language(language) if language else "en"
    read = _READ.get(language)
    if read is None or not passages:
        return []
    kept = [found for passage in passages for found in _kept(passage.text, language)]
    if not kept:
        return []  # most passages keep nothing until an event: found without reading the sentence
    _, end_first, negated = read
    spoken = unquoted(markers_blanked(text))
    past = (*_KEPT_PAST.finditer(spoken), *_ENDED_AT.finditer(spoken)) if language == "en" else ()
    for match in (*end_first.finditer(spoken), *past):
        if negated.search(spoken, max(0, match.start() - 40), match.start()):
            continue
        thing, event = _words(match["thing"]), _words(match["event"] or "")
        for shown, kept_thing, kept_event in kept:
            if match.re == _ENDED_AT:
                moved = thing & kept_thing and event and not event & kept_event
                if moved and not any(_ends_first(passage.text, language, kept_thing) for passage in passages):
                    return [Finding(offset, f"this sentence ends ('{' '.join(match.group().split())}') at another "
                                            f"event what its cited passages keep until ('{shown}'): {clipped(text)}",
                                    f"keep the source's end ('{shown}'), or cite a passage that gives this one")]
                continue
            if thing & kept_thing and (not event or event & kept_event) and (match.re != _KEPT_PAST or event):
                if any(_ends_first(passage.text, language, kept_thing) for passage in passages):
                    return []
                told = "keeps past" if match.re == _KEPT_PAST else "ends first"
                return [Finding(offset, f"this sentence {told} ('{' '.join(match.group().split())}') what its "
                                        f"cited passages keep until then ('{shown}'): {clipped(text)}",
                                f"keep the source's order ('{shown}'), or cite a passage that ends it first")]
    return []


# a thing not ended until the event, in English: "would not lift its dairy duties until the steel tariff was lifted"
_NOT_UNTIL = patterns.compile(
    r"(?<![\w-])(?P<verb>lift\w*|drop\w*|remov\w*|end|scrap\w*|withdr[ae]w\w*|abolish\w*|repeal\w*|eas(?:e|ing)"
    r"|cancel\w*)(?P<thing>(?:\s+[\w'’-]+){1,8}?)\s+(?:until|till)(?P<event>(?:\s+[\w'’-]+){1,8})", re.IGNORECASE)


def kept_until_restated(text: str, passages: list[Cited], language: str = "") -> bool:
    """Say whether text restates a passage's "keep X until E" as "not lift X before E" (or "until E"): a negation
    that turns the end verb back into keeping adds none (factcheck_142)."""
    language = base_language(language) if language else "en"
    read = _READ.get(language)
    kept = [found for passage in passages for found in _kept(passage.text, language)] if read else []
    if not kept:
        return False
    _, end_first, negated = read
    spoken = unquoted(markers_blanked(text))
    ends = (*end_first.finditer(spoken), *(_NOT_UNTIL.finditer(spoken) if language == "en" else ()))
    return any(negated.search(spoken, max(0, match.start() - 40), match.start())
               and _words(match["thing"]) & kept_thing and _words(match["event"] or "") & kept_event
               for match in ends for _, kept_thing, kept_event in kept)


def _words(text: str) -> frozenset[str]:
    """Return the first five letters of the words of five letters or more of text."""
    return frozenset(word[:5] for word in content_words(text, _NOT_CONTENT) if len(word) >= 5)


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _kept(text: str, language: str) -> tuple[tuple[str, frozenset[str], frozenset[str]], ...]:
    """Return each thing a passage keeps until an event: as written, its words and the event's."""
    keep = _READ[language][0]
    return tuple((" ".join(match.group().split()), _words(match["kept"]), _words(match["event"]))
                 for sentence in split_sentences(text, language) for match in keep.finditer(unquoted(sentence.text))
                 if _words(match["kept"]))


def _ends_first(text: str, language: str, thing: frozenset[str]) -> bool:
    """Say whether a passage itself ends the thing first, not negated."""
    _, end_first, negated = _READ[language]
    spoken = unquoted(text)
    return any(_words(match["thing"]) & thing and not negated.search(spoken, max(0, match.start() - 40), match.start())
               for match in end_first.finditer(spoken))
