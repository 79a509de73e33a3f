"""A German question its passage leaves open told as settled (tests/test_factcheck_219.py).

"Eine Einigung vor Weihnachten ist sicher" may not cite "Ob es noch vor Weihnachten eine Einigung gibt, ist offen":
the passage names a question ("Ob ...") and calls it open ("ist offen", "ist unklar", "ist ungewiss", "ist
fraglich", "steht noch nicht fest", or "Offen ist, ob ...", "Es ist unklar, ob ..."). A sentence calling something
sure ("ist sicher", "gilt als sicher", "steht fest", "ist gewiss", "ist ausgemacht", "ist klar") is refused where it
shares a noun of four letters or more with the open question, keeps no negation, hedge or question of its own ("nicht",
"kein", "ob", "unsicher"), and no cited passage calls anything sure itself.

Not read: the question's answer told as plain fact ("Vor Weihnachten gibt es eine Einigung"), questions without "ob".
"""

from __future__ import annotations

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .sentences import inside, markers_blanked

_OPEN = r"(?:offen|unklar|ungewiss|fraglich|unsicher|ungeklärt|nicht\s+(?:absehbar|sicher|klar|ausgemacht))"
# "Ob es ... eine Einigung gibt, ist (noch) offen", "Offen ist, ob ...", "Es ist (noch) unklar, ob ...",
# "Ob ..., steht noch nicht fest"
_QUESTION = patterns.compile(
    rf"(?<!\w)[Oo]b\s+(?P<asked>[^,.;!?]+),\s+(?:ist|bleibt|war|blieb)\s+(?:(?:noch|weiter|weiterhin|völlig|derzeit)\s+)*"
    rf"{_OPEN}(?!\w)"
    rf"|(?<!\w)[Oo]b\s+(?P<asked2>[^,.;!?]+),\s+steht\s+(?:noch\s+)?nicht\s+fest"
    rf"|(?<!\w)(?:{_OPEN}\s+(?:ist|bleibt)|(?:ist|bleibt|es\s+ist|es\s+bleibt)\s+(?:(?:noch|weiter|völlig)\s+)*{_OPEN})"
    rf",\s+ob\s+(?P<asked3>[^,.;!?]+)")
# what a sentence calls sure
_SURE = patterns.compile(r"(?<!\w)(?:(?:ist|sei|gilt\s+als|gelten\s+als|scheint)\s+(?:(?:jetzt|nun|bereits|schon"
                         r"|damit)\s+)?(?:sicher|gewiss|ausgemacht|klar|beschlossene\s+Sache)|steht\s+(?:jetzt\s+|nun\s+"
                         r"|bereits\s+|schon\s+)?fest)(?!\w)")
_WORD = patterns.compile(r"[^\W\d_]+")
# what keeps a sentence from settling the question: a negation, a hedge, the question itself
_KEPT = frozenset({"nicht", "kein", "keine", "keiner", "keinen", "nie", "ob", "offen", "unklar", "ungewiss",
                   "fraglich", "unsicher", "keineswegs", "wenn", "falls"})


def open_question_told_settled(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when a German sentence calls sure what its cited passages leave an open question."""
    if (language or "").split("-")[0].lower() != "de" or not passages:
        return []
    spoken = markers_blanked(text)
    told = _SURE.search(spoken)
    if told is None or inside(quoted_parts(spoken), told.start()):
        return []
    words = {word.casefold() for word in _WORD.findall(spoken)}
    if words & _KEPT or any(_SURE.search(passage.text) for passage in passages):
        return []
    nouns = _nouns(spoken)
    for passage in passages:
        for question in _QUESTION.finditer(passage.text):
            asked = question["asked"] or question["asked2"] or question["asked3"]
            shared = nouns & _nouns(asked)
            if shared:
                return [Finding(offset, f"this sentence calls sure ('{told.group()}') what its cited passages leave "
                                        f"open ('{' '.join(question.group().split())}'): {clipped(text)}",
                                "say the question is open, or cite a passage that says it is settled")]
    return []


def _nouns(text: str) -> set[str]:
    """Return text's capitalised words of four letters or more past its first, folded: German nouns, names."""
    found = _WORD.findall(text)
    return {word.casefold() for at, word in enumerate(found) if len(word) >= 4 and word[0].isupper()
            and (at or word.casefold() not in {"eine", "einen", "einer", "dass", "damit", "auch"})}
