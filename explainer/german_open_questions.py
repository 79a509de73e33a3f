"""A German question its passage leaves open told as settled (tests/test_factcheck_219.py).

"Eine Einigung vor Weihnachten ist sicher" may not cite "Ob es noch vor Weihnachten eine Einigung gibt, ist offen":
the passage names a question ("Ob ...") and calls it open ("ist offen", "ist unklar", "ist ungewiss", "ist
fraglich", "steht noch nicht fest", or "Offen ist, ob ...", "Es ist unklar, ob ..."). A sentence calling something
sure ("ist sicher", "gilt als sicher", "steht fest", "ist gewiss", "ist ausgemacht", "ist klar") is refused where it
shares a noun of four letters or more with the open question, keeps no negation, hedge or question of its own ("nicht",
"kein", "ob", "unsicher"), and no cited passage calls anything sure itself.

A question whether there is a thing ("Ob es noch vor Weihnachten eine Einigung gibt, ist offen") answered as plain fact
("Vor Weihnachten gibt es eine Einigung", "Es wird vor Weihnachten eine Einigung geben": "gibt es", "es gibt", "es
wird ... geben" and the question's "eine Einigung", no noun between but the question's own) is refused too, where the
sentence keeps no negation, hedge or question ("könnte", "wohl", "vielleicht", "hofft", "rechnet", ...) and no cited
passage tells there is that thing outside the question (factcheck_223).

Not read: other answers told as plain fact ("Die GSV nimmt den Vorschlag an" of "Ob die GSV den Vorschlag annimmt,
ist offen"), questions without "ob".
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
    if told is None:
        return _answer_told_as_fact(text, spoken, passages, offset)
    if inside(quoted_parts(spoken), told.start()):
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


# A question whether there is a thing: "Ob es noch vor Weihnachten eine Einigung gibt": "es", "ein"/"eine" and its noun,
# and a form of "geben"
_THING_ASKED = patterns.compile(r"(?<!\w)es(?!\w)[^,.;]*?(?<!\w)(?:eine|einen|ein)\s+(?P<thing>[A-ZÄÖÜ][^\W\d_]+)"
                                r"[^,.;]*?(?<!\w)(?:gibt|gebe|geben|gäbe)(?!\w)")
# The sentence's "there is" (or "there will be"), what is there right after it, but for nouns of the question
_THERE_IS = patterns.compile(r"(?<!\w)(?:[Gg](?:ibt|ab|ebe)\s+es|[Ee]s\s+g(?:ibt|ab)|[Ee]s\s+wird|[Ww]ird\s+es)(?!\w)"
                             r"(?P<between>[^,.;]*?)(?<!\w)(?:eine|einen|ein)\s+(?P<thing>[A-ZÄÖÜ][^\W\d_]+)")
_WILL_GIVE = patterns.compile(r"(?<!\w)geben(?!\w)")
# a hedge, a hope or an expectation keeps the question open as the negations of _KEPT do
_HEDGED = frozenset({"könnte", "könnten", "dürfte", "dürften", "wohl", "vielleicht", "möglicherweise", "wahrscheinlich",
                     "vermutlich", "eventuell", "womöglich", "hofft", "hoffen", "hoffte", "erwartet", "erwarten",
                     "rechnet", "rechnen", "soll", "sollen", "solle", "könne", "gäbe", "möglich", "denkbar", "falls",
                     "wenn", "laut", "angeblich"})


def _answer_told_as_fact(text: str, spoken: str, passages: list[Cited], offset: int) -> list[Finding]:
    """Return a finding when a German sentence says there is (or will be) the thing its cited passages ask whether
    there is, and leave open: "Vor Weihnachten gibt es eine Einigung" of "Ob es ... eine Einigung gibt, ist offen"."""
    told = _THERE_IS.search(spoken)
    if told is None or inside(quoted_parts(spoken), told.start()) or spoken.rstrip().endswith("?"):
        return []  # "Gibt es vor Weihnachten eine Einigung?" asks it again
    if told.group().casefold().endswith(("es wird", "wird es")) and not _WILL_GIVE.search(spoken, told.end()):
        return []  # "es wird eine Einigung erwartet": no "there will be"
    words = {word.casefold() for word in _WORD.findall(spoken)}
    if words & (_KEPT | _HEDGED):
        return []
    for passage in passages:
        for question in _QUESTION.finditer(passage.text):
            asked = question["asked"] or question["asked2"] or question["asked3"]
            thing = _THING_ASKED.search(asked)
            if (thing is None or thing["thing"].casefold() != told["thing"].casefold()
                    or not _nouns(told["between"]) <= _nouns("_ " + asked)
                    or _told_elsewhere(thing["thing"], passages)):
                continue
            return [Finding(offset, f"this sentence tells as fact ('{' '.join(told.group().split())}') what its cited "
                                    f"passages leave open ('{' '.join(question.group().split())}'): {clipped(text)}",
                            "say the question is open, or cite a passage that says it is settled")]
    return []


def _told_elsewhere(thing: str, passages: list[Cited]) -> bool:
    """Say whether a cited passage, its open questions left out, tells there is the thing: "Am Freitag gab es eine
    Einigung" backs the sentence whatever another sentence left open."""
    return any(told["thing"].casefold() == thing.casefold()
               for passage in passages for told in _THERE_IS.finditer(_QUESTION.sub("", passage.text)))
