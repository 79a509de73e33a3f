"""A step ruled out is not weighed, and a step weighed is not ruled out.

"Die CDU erwägt eine Koalition mit den Freien Wählern" (or "ist offen für", "hält ... für möglich") citing "Eine
Koalition mit den Freien Wählern schließe die CDU weiterhin aus" built: no negation is dropped, as polarity.py reads
one, yet a door the source shuts is told as open; and "Die Grünen schließen eine Koalition mit der CDU aus" citing
"Eine Koalition mit der CDU sei für sie weiterhin möglich" built the other way round. A sentence weighing a step
("erwägt", "in Betracht", "offen für", "möglich", "denkbar"; "considers", "is weighing", "open to", "possible";
"envisage", "ouvert à"; "contempla", "baraja", "abierto a", "posible") is refused where a cited passage rules it out
("schließt ... aus", "ausgeschlossen"; "ruled out", "rules out"; "exclut", "écarte"; "descarta", "excluye"), sharing a
word of four letters or more with the sentence besides those verbs, and no cited passage weighs it; a sentence
ruling a step out, where a passage weighs it and none rules it out. A sentence holding both, or a negation ("erwägt
nicht", "schließt ... nicht aus": polarity.py's), and a passage's ruling out negated ("did not rule out") are not
read so (tests/test_newuser_104.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, unquoted
from .clauses import content_words
from .sentences import markers_blanked, sentence_of

_LANGUAGES = ("en", "de", "fr", "es")
# stems of the words looked for, as text before any pattern
_STEMS = ("aus", "erwäg", "betracht", "offen", "möglich", "denkbar", "rul", "consider", "weigh", "open", "possib",
          "contempl", "envisag", "ouvert", "exclu", "écart", "descart", "excluy", "baraj", "abiert", "posible")
_WEIGHED = patterns.compile(
    r"(?<![\w-])(?:erwäg\w*|Erwägung|in\s+Betracht|offen\s+für|für\s+möglich|möglich|denkbar"
    r"|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|open\s+to|possible|contemplat\w*|mull(?:s|ed|ing)?"
    r"|envisag\w*|ouverte?s?\s+à|réfléchi\w*|contempl\w*|baraj\w*|abiert[oa]s?\s+a|posible)(?!\w)", re.IGNORECASE)
# German's separable "schließt ... aus", its object between: "schloss sie dagegen aus", "schließe die CDU weiterhin aus"
_RULED_OUT = patterns.compile(
    r"(?<![\w-])(?:(?:schließ|schloss|schliess)\w*\s+(?:[^\W\d_]+\s+){0,8}?aus|ausschließ\w*|ausschloss\w*"
    r"|ausgeschlossen|auszuschließen|rul(?:e|es|ed|ing)\s+(?:\w+\s+){0,4}?out|exclu(?:t|ent|e|s|ait|aient)?"
    r"|écart\w*|descart\w*|excluy\w*)(?!\w)", re.IGNORECASE)
_NEGATION = patterns.compile(r"(?<![\w-])(?:nicht|kein\w*|not|never|n['’]t|pas|jamais|no|nunca|cannot|nie)(?!\w)",
                             re.IGNORECASE)
_NOT_CONTENT = frozenset({"schließt", "schließe", "schloss", "erwägt", "erwäge", "erwägen", "weiterhin", "dagegen",
                          "considers", "considering", "weighing", "ruled", "rules", "possible", "möglich", "denkbar",
                          "sagte", "said", "says", "that", "with", "their", "dass", "eine", "einer", "einen", "sich",
                          "auch", "aber", "sind", "wird", "with", "from", "this", "have", "been", "pour", "avec",
                          "para", "sobre", "está", "sein", "ihre", "seine"})


def weighed_or_ruled_out(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text weighs a step its passages rule out, or rules out one they only weigh."""
    folded = text.casefold()
    if language[:2] not in _LANGUAGES or not passages or not any(stem in folded for stem in _STEMS):
        return []
    spoken = unquoted(markers_blanked(text))
    weighed, ruled = _WEIGHED.search(spoken), _RULED_OUT.search(spoken)
    if (weighed is None) == (ruled is None) or _NEGATION.search(spoken):
        return []  # neither or both told, or a negation: polarity.py's to compare
    told = weighed or ruled
    own = content_words(spoken, _NOT_CONTENT)
    given = {"weighed": None, "ruled": None}
    for passage in passages:
        for kind, pattern in (("weighed", _WEIGHED), ("ruled", _RULED_OUT)):
            for found in pattern.finditer(passage.text):
                negated = (_NEGATION.search(found.group())  # "schließt ... nicht aus", "did not rule out"
                           or _NEGATION.search(passage.text, max(0, found.start() - 20), found.start()))
                if negated or not own & content_words(sentence_of(passage.text, found.start()), _NOT_CONTENT):
                    continue
                given[kind] = given[kind] or found
    own_kind, other = ("weighed", "ruled") if weighed else ("ruled", "weighed")
    if given[own_kind] is not None or given[other] is None:
        return []
    said = " ".join(given[other].group().split())
    shown = " ".join(told.group().split())
    if weighed:
        message = f"this sentence tells as weighed ('{shown}') a step its cited passages rule out ('{said}')"
    else:
        message = f"this sentence tells as ruled out ('{shown}') a step its cited passages give as weighed ('{said}')"
    return [Finding(offset + told.start(), f"{message}: {clipped(text)}",
                    "keep the step as the source gives it, ruled out or weighed")]
