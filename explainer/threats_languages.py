"""A threat is not a deed, in German, Spanish and French: "Die GDL streikt ab Montag unbefristet." may not cite "Die GDL
droht mit einem unbefristeten Streik ab Montag".

threatened_deeds.py reads English threats ("threatened to impose tariffs"). A German, Spanish or French passage's
threat ("droht mit", "drohte, ... zu streiken", "amenaza con", "menace de") names what it would do: German's noun
after "mit" (capitalised: "Streik") or its verb after "zu" ("zu streiken"), Spanish's and French's first word of
four letters or more after "con" or "de" ("amenaza con cortar la autovía": "cortar", told done by "cortan"), or
the one after a light verb ("amenaza con convocar una huelga", "menace de faire grève": the strike). A sentence naming that deed (its first five letters: "streikt" for "Streik"; in German, by a
verb: "weitere Proteste" names no deed done) and another word
of the threat's sentence is refused (a German noun with a verb of doing it: "beginnt einen unbefristeten Streik",
tests/test_factcheck_104.py) where it keeps no threat ("droht", "Drohung", "amenaza", "menace"), no modal or
condition of its own ("könnte", "will", "falls", "podría", "si", "pourrait"), no negation, and no cited passage
names the deed outside its threats (tests/test_newuser_71.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .german_verbs import DOING
from .sentences import inside, markers_blanked

_THREAT = patterns.compile(
    r"(?<!\w)(?P<word>droh(?:t|te|ten|en)|amenaz(?:a|an|ó|aron|aba|aban)|menac(?:e|ent|é|ait|aient))(?!\w)"
    r"(?P<rest>(?:[^.;!?]|\.(?=\d))*)", re.IGNORECASE)
_GATE = ("droh", "Droh", "amenaz", "Amenaz", "menac", "Menac")
_WORD = patterns.compile(r"[^\W\d_]+")
# German's deed: the noun after "mit" ("mit einem unbefristeten Streik"), or the verb after "zu" ("zu streiken")
_GERMAN_NOUN = patterns.compile(r"^\s*(?:(?:nun|jetzt|erneut|bereits|auch|damit|weiter)\s+)*mit\s+(?:[a-zäöüß]+\s+)*"
                                r"(?P<deed>[A-ZÄÖÜ][\w-]+)")
_GERMAN_VERB = patterns.compile(r"(?<!\w)zu\s+(?P<deed>[a-zäöüß]{4,})(?!\w)|(?<!\w)(?P<glued>(?:aus|an|auf|ab|ein|fort"
                                r"|weiter|durch|nieder|still|lahm)zu[a-zäöüß]{3,}en)(?!\w)")
_ROMANCE_AFTER = patterns.compile(r"^\s*(?:con|de|d['’])\s*(?P<rest>.*)", re.IGNORECASE | re.DOTALL)
_LIGHT_VERBS = frozenset({"faire", "hacer", "mettre", "poner", "llevar", "lancer", "tener", "avoir", "realizar",
                          "organiser", "organizar", "déclencher", "convocar", "iniciar", "entamer", "empezar",
                          "comenzar", "commencer"})
_NOT_CONTENT = frozenset({
    "einem", "einen", "einer", "eines", "eine", "dann", "damit", "nicht", "auch", "noch", "sich", "oder", "aber",
    "nach", "über", "unter", "bereits", "erneut", "jetzt", "sagte", "sagt", "werden", "wird",
    "una", "unos", "unas", "para", "como", "pero", "este", "esta", "desde", "sobre", "entre", "dijo",
    "avec", "pour", "dans", "leur", "leurs", "cette", "sans", "selon"})
# what keeps a threat, a plan or a condition: "Streikdrohung", "gedroht", "podría", "si", "pourrait"
_KEPT_IN = ("droh", "amenaz", "menac")
_KEPT = frozenset({"könnte", "könnten", "würde", "würden", "will", "wollen", "wolle", "plant", "planen", "erwägt",
                   "falls", "wenn", "sofern", "sollte", "sollten", "möglicherweise", "eventuell", "möglich", "ultimatum", "warnt", "warnte",
                   "podría", "podrían", "quiere", "quieren", "planea", "si", "posible", "advierte", "advirtió",
                   "ultimátum", "pourrait", "pourraient", "veut", "veulent", "envisage", "possible", "avertit",
                   "nicht", "kein", "keine", "keinen", "no", "ni", "nunca", "ne", "pas", "jamais"})
_PREFIX = 5
_RESTATES = 2


def _stem(word: str) -> str:
    """Return a word's first five letters, folded, the German "-en" of a verb off ("streiken": "streik")."""
    word = word.casefold()
    return (word[:-2] if word.endswith("en") and len(word) > 6 else word)[:_PREFIX]


def _content(text: str) -> frozenset[str]:
    """Return the stems of text's words of four letters or more, and its acronyms ("GDL")."""
    return frozenset(_stem(word) for word in _WORD.findall(text)
                     if (len(word) >= 4 or (len(word) >= 2 and word.isupper())) and word.casefold() not in _NOT_CONTENT)


def _deed(rest: str, german: bool) -> str:
    """Return the word a threat names as what it would do, or ""."""
    if german:
        noun = _GERMAN_NOUN.match(rest)
        verb = _GERMAN_VERB.search(rest)
        if noun:
            return noun["deed"]
        return (verb["deed"] or re.sub(r"zu(?=[a-zäöüß]{3,}en$)", "", verb["glued"], count=1)) if verb else ""
    after = _ROMANCE_AFTER.match(rest)
    words = [word for word in _WORD.findall(after["rest"]) if len(word) >= 4
             and word.casefold() not in _NOT_CONTENT] if after else []
    if len(words) > 1 and words[0].casefold() in _LIGHT_VERBS:
        return words[1]  # "menace de faire grève", "amenaza con hacer huelga": the strike
    return words[0] if words else ""  # "amenaza con cortar la autovía": told done by "cortan", "cortaron"


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _threats(text: str) -> tuple[tuple[str, str, frozenset[str], str], ...]:
    """Return each threat of a passage: its deed's stem, its words as written, its sentence's content words, and the
    passage with its threats blanked."""
    if not any(gate in text for gate in _GATE):
        return ()
    found, outside = [], text
    for match in _THREAT.finditer(text):
        deed = _deed(match["rest"], match["word"].casefold().startswith("droh"))
        if not deed:
            continue
        start = max(text.rfind(stop, 0, match.start()) for stop in ".;!?") + 1
        shown = " ".join(text[match.start():match.start("rest") + match["rest"].find(deed) + len(deed)].split())
        found.append((_stem(deed), shown, _content(text[start:match.end()]) - {_stem(deed)}))
        outside = outside[:start] + " " * (match.end() - start) + outside[match.end():]
    return tuple((deed, shown, words, outside) for deed, shown, words in found)


def threat_told_done_in_languages(text: str, passages: list[Cited], offset: int = 0,
                                  language: str = "") -> list[Finding]:
    """Return a finding when a German, Spanish or French sentence tells as done what its cited passages give only as
    threatened ("droht mit einem Streik", "amenaza con una huelga", "menace de faire grève")."""
    if (language or "en").split("-")[0].lower() not in ("de", "es", "fr"):
        return []
    threats = [threat for passage in passages for threat in _threats(passage.text)]
    if not threats:
        return []  # most passages threaten nothing: found without reading the sentence
    spoken = markers_blanked(text)
    folded = spoken.casefold()
    words = [(m, m.group().casefold()) for m in _WORD.finditer(spoken)]
    if any(kept in folded for kept in _KEPT_IN) or any(word in _KEPT for _, word in words):
        return []
    quoted, own = quoted_parts(spoken), _content(spoken)
    german = language.split("-")[0].lower() == "de"
    for deed, shown, theirs, _ in threats:
        told = next((m for m, word in words if _stem(word) == deed and len(word) >= 4
                     and not inside(quoted, m.start()) and not (german and m.group()[0].isupper() and m.start())),
                    None)  # a German noun ("weitere Proteste") names the deed, its verb ("streikt") tells it done
        if told is None and german and any(_stem(word) == deed for _, word in words):
            # ... or a verb of doing what the noun names: "beginnt einen unbefristeten Streik" (german_verbs.py)
            told = next((m for m, word in words if word in DOING and not inside(quoted, m.start())), None)
        if told is None or not own & theirs or len((own & theirs) | {deed}) < _RESTATES:
            continue
        if any(deed in _content(outside) for passage in passages for *_, outside in _threats(passage.text)) or any(
                deed in _content(passage.text) for passage in passages if not _threats(passage.text)):
            return []  # a passage names the deed outside its threats
        return [Finding(offset, f"this sentence tells as done ('{told.group()}') what its cited passages give only as "
                                f"threatened ('{shown}'): {clipped(text)}",
                        "keep the threat as the source gives it ('droht mit', 'amenaza con', 'menace de'), or cite a "
                        "passage that says it was done")]
    return []
