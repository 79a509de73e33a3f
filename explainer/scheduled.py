"""Scheduled events kept as scheduled: a sentence may not tell as held what the passages it cites only schedule.

"The hearing was held on 3 March" citing "the hearing is scheduled for 3 March" (or "will be held", "set a hearing
for", "is due on", "planned for", "expected to take place") reports an event that may never happen. A sentence's
clause telling an event as past ("was held", "took place", "went ahead", "was heard", "convened", "met", "began",
"opened", "was signed", or its outcome: "won the runoff", "lost the vote") is refused where a clause of its passages
schedules it (sharing two of its words of four letters or more, names or figures, and every figure it gives: the day), and no clause of its passages tells that
event as past itself (sharing a word, and giving no other figure). A sentence that keeps the schedule ("was
scheduled for", "was due") is not read, nor words in quotation marks. English and French text are read ("a eu lieu",
"s'est tenue" citing "est prévue", "aura lieu", "doit se tenir"), and Portuguese ("foi realizada", "aconteceu" citing
"está prevista para", "será realizada", "deve ocorrer").

A plan is not a schedule either: "The vote is scheduled for May" citing only "The council plans to hold a vote in May"
(or "intends", "hopes", "aims", "wants", "proposes to") tells as fixed what is only intended. An English sentence
telling an event as "scheduled", "slated", "timetabled", "due" or "set for" is refused where a clause of its passages
plans it (sharing two of its words, names or figures, and every figure it gives), no passage schedules anything, and
the sentence plans nothing itself (tests/test_factcheck_165.py).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import indonesian, patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import clause_end, clause_start, content_words
from .sentences import inside, markers_blanked, split_sentences
from .wordset import may_hold

_HELD_FR = (r"|(?:a|ont)\s+eu\s+lieu|(?:a|ont)\s+lieu|se\s+tien(?:t|nent)|s['’]est\s+(?:tenue?|déroulée?|réunie?|ouverte?)|se\s+sont\s+(?:tenu|déroulé"
            r"|réuni)e?s|(?:a|ont)\s+(?:commencé|débuté)|(?:a|ont)\s+été\s+signée?s?")
# Portuguese: "foi realizada" citing "está prevista para" built
_HELD_PT = (r"|(?:foi|foram)\s+(?:realizad|assinad|inaugurad)[ao]s?|aconteceu|aconteceram|ocorreu|ocorreram"
            r"|teve\s+início|tiveram\s+início|começou|começaram")
# Indonesian has no tense: "telah" or "sudah" tells an event done, "akan", "dijadwalkan" or "direncanakan" to come, and
# a plain verb of meeting or holding is told as done ("Kedua pihak telah bertemu lagi" citing "akan bertemu lagi"
# built: indonesian.py).
_HELD_ID = rf"|{indonesian.HELD}"
_HELD = patterns.compile(
    r"(?<!\w)(?:(?:was|were)\s+(?:held|heard|staged|signed|convened)|took\s+place|went\s+ahead|convened|met|began"
    r"|(?:won|lost)(?=\s+(?:the|a|an)\s)"  # "Marsh won the runoff" holds a vote due on 21 March (newuser_40)
    # "the border crossing reopened on Tuesday" citing "was due to reopen on Tuesday" built
    r"|reopened|resumed|(?:took|came)\s+(?:effect|into\s+force)"
    r"|opened"
    # a present told as a fact is told as happened, as a timeline tells its events ("A fourth round of talks is held in
    # Geneva" of "is scheduled for 9 December in Geneva": newuser_95); one with the day it comes is _SCHEDULED's
    r"|(?:is|are)\s+(?:held|heard|staged|signed|convened)|takes\s+place|goes\s+ahead|(?:convenes|meets|begins|opens"
    r"|reopens|resumes)(?!\s+on\s)"
    rf"{_HELD_FR}{_HELD_PT}{_HELD_ID})(?!\w)", re.IGNORECASE)
_SCHEDULED_FR = (r"|(?:est|sont)\s+(?:prévue?s?|programmée?s?|fixée?s?)|prévue?s?\s+(?:le|pour|à)|aura\s+lieu"
                 r"|auront\s+lieu|se\s+tiendr(?:a|ont)|se\s+réunir(?:a|ont)|(?:doit|doivent)\s+(?:se\s+tenir"
                 r"|avoir\s+lieu|se\s+réunir|commencer|débuter)|commencer(?:a|ont)|débuter(?:a|ont)")
_SCHEDULED_PT = (r"|(?:está|estão|estava|estavam)\s+(?:previst|marcad|agendad|programad)[ao]s?"
                 r"|(?:previst|marcad|agendad|programad)[ao]s?\s+para|(?:será|serão)\s+realizad[ao]s?"
                 r"|acontecer(?:á|ão)|ocorrer(?:á|ão)|começar(?:á|ão)|(?:deve|devem)\s+(?:ocorrer|acontecer|começar"
                 r"|ser\s+realizad[ao]s?)")
_SCHEDULED = patterns.compile(
    r"(?<!\w)(?:scheduled|rescheduled|set\s+(?:(?:a|an|the)\s+)?(?:\w+\s+)?for|(?:is|are)\s+set\s+to|will\s+be\s+"
    r"(?:held|heard|staged|signed|convened)|will\s+(?:take\s+place|go\s+ahead|convene|meet|begin|open|reopen|resume"
    r"|take\s+effect|come\s+into\s+force)|(?:is|are)\s+"
    # "A second round is planned in Kessby in April": as little held as one "planned for April" (factcheck_174)
    r"due|due\s+to|to\s+be\s+(?:held|heard|staged|signed)|planned\s+for|(?:is|are)\s+(?:now\s+)?planned(?!\s+for(?!\w))|expected\s+to\s+(?:take\s+place|be\s+held"
    r"|begin|open|meet|convene)|(?:is|are)\s+to\s+(?:be\s+held|take\s+place|meet|begin|open|convene)"
    # a present told with the day it comes: "the committee, which meets on 3 December" (newuser_90)
    r"|(?:meets|convenes|begins|opens|reopens|resumes|starts|takes\s+place)(?=\s+on\s+(?:\d|(?-i:[A-Z])))"
    rf"{_SCHEDULED_FR}{_SCHEDULED_PT}|{indonesian.SCHEDULED})(?!\w)", re.IGNORECASE)
# a present that tells an event held where the source schedules it otherwise (newuser_95), but not where the source
# itself tells it in a present ("The council meets." of "The new council first meets on Thursday, 9 April")
_PRESENT = patterns.compile(r"(?:is|are)\s+(?:held|heard|staged|signed|convened)|takes\s+place|goes\s+ahead|convenes"
                            r"|meets|begins|opens|reopens|resumes|starts|a\s+lieu|ont\s+lieu|se\s+tien(?:t|nent)",
                            re.IGNORECASE)
_CLAUSE_BREAK = patterns.compile(r"[;:.!?()\"“”«»—–]|,(?!\s*\d)|(?<!\w)(?:and|but|while|whereas|et|mais)(?!\w)",
                                 re.IGNORECASE)
_NOT_CONTENT = frozenset({"will", "would", "that", "this", "these", "those", "with", "have", "been", "from", "they",
                          "them", "their", "there", "then", "than", "were", "said", "says", "also", "into", "when",
                          "held", "took", "place", "went", "ahead", "heard", "staged", "signed", "convened", "began",
                          "opened", "reopened", "reopen", "resumed", "resume", "effect", "force", "came", "come", "lost", "scheduled", "rescheduled", "planned", "expected", "take", "convene", "meet",
                          "begin", "open", "the", "was", "are", "for",
                          # French: the words that tell it held or scheduled, and small words
                          "lieu", "prévu", "prévue", "prévus", "prévues", "tenue", "tenu", "tenir", "tiendra",
                          "déroulé", "déroulée", "réuni", "réunie", "réunir", "commencé", "débuté", "avoir", "doit",
                          "doivent", "aura", "auront", "programmé", "programmée", "fixée", "fixé", "signé", "signée",
                          "dans", "pour", "avec", "sont", "leur", "leurs", "cette", "elle", "elles",
                          # Portuguese ones
                          "foram", "realizada", "realizado", "realizadas", "realizados", "prevista", "previsto",
                          "previstas", "previstos", "marcada", "marcado", "agendada", "agendado", "está", "estão",
                          "será", "serão", "para", "aconteceu", "ocorreu", "deve", "devem", "ocorrer", "acontecer",
                          "começou", "início", "teve", "assinado", "assinada", "acontecerá", "ocorrerá", "começará",
                          "pelo", "pela", "como", "desta", "deste", *indonesian.NOT_CONTENT})
_RESTATES = 2


# A word every match of _HELD that ASCII text can hold holds ("s'est tenue" holds "est"; "a été signé" no ASCII text):
# looked up in the text's words, found once for every check, before the pattern. A form added to _HELD adds its word
# here (Portuguese's "foi realizada", "aconteceu", "ocorreu" are already).
_HELD_WORDS = frozenset({"was", "were", "took", "went", "convened", "met", "began", "opened", "reopened", "resumed",
                         "came", "won", "lost", "lieu", "est", "sont", "is", "are", "takes", "goes", "convenes",
                         "meets", "begins", "opens", "reopens", "resumes", "tient", "tiennent",
                         "foi", "foram", "aconteceu", "aconteceram", "ocorreu", "ocorreram", "teve", "tiveram",
                         *indonesian.HELD_WORDS})


class Told(NamedTuple):
    """An event a clause tells as held or as scheduled: the words that tell it so, and the clause's words."""

    at: int
    shown: str
    words: frozenset[str]
    text: str  # the clause as written


def told_as_held(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when English, French or Portuguese text, at `offset`, tells as held an event its cited
    passages only schedule, or (English) as scheduled one they only plan."""
    return _held_of_scheduled(text, passages, offset, language) or planned_told_as_scheduled(text, passages, offset,
                                                                                             language)


def _held_of_scheduled(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells as held an event its cited passages only schedule."""
    if not _read(language) or not may_hold(text, _HELD_WORDS) or not _HELD.search(text):
        return []  # most sentences tell no event so: found without reading their passages (words first: checkspeed10)
    spoken = markers_blanked(text)
    if _SCHEDULED.search(spoken):
        return []  # "the hearing, scheduled for 3 March, was held": the sentence keeps the schedule in sight
    quoted = quoted_parts(spoken)
    english = [p.text for p in passages if _read(p.language or language)]
    scheduled = [told for passage in english for told in _told(passage, False)]
    if not scheduled:
        return []
    held = [told for passage in english for told in _told(passage, True)]
    for own in _told(spoken, True):
        if inside(quoted, own.at):
            continue  # another's words, and theirs
        turned = next((other for other in scheduled if _restates(own.words, other.words)
                       # the source's own present, "meets" of "first meets on Thursday, 9 April", restated in it
                       and not (_PRESENT.fullmatch(own.shown) and _PRESENT.fullmatch(other.shown))), None)
        if turned is not None and not any(_tells_held(own.words, other.words) for other in held):
            return [Finding(offset, f"this sentence tells as held ('{own.shown}') what its cited passages only "
                                    f"schedule ('{turned.shown}': '{turned.text}'): {clipped(text)}",
                            "keep it as scheduled, or cite a passage that says it took place")]
    return []


# "due" of a time to come, not of a cause ("the closure is due to falling sales")
_FIXED = patterns.compile(r"(?<!\w)(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:(?:now|provisionally|"
                          r"tentatively)\s+)?(?:scheduled|slated|timetabled|set\s+for|due(?=\s+(?:in|on|by|next|this"
                          r"|later|before|to\s+(?:be|open|reopen|start|begin|close|end|take|hold|meet|vote|sign|launch"
                          r"|finish|conclude|resume|report|publish|enter|expire|arrive|come)(?!\w)))))(?!\w)",
                          re.IGNORECASE)
_PLANNED = patterns.compile(r"(?<!\w)(?:plans?|planned|planning|intends?|intended|intending|hopes?|hoped|hoping|aims?"
                            r"|aimed|aiming|wants?|wanted|wanting|proposes?|proposed|proposing)\s+to\s+\w+(?!\w)",
                            re.IGNORECASE)
_PLAN_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there",
                               "then", "than", "were", "said", "says", "also", "into", "when", "will", "would",
                               "scheduled", "slated", "timetabled", "plans", "planned", "planning", "intends",
                               "intended", "hopes", "hoped", "aims", "aimed", "wants", "wanted", "proposes", "proposed",
                               "hold", "held", "the", "was", "are", "for"})


def planned_told_as_scheduled(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when English text tells as scheduled ("is scheduled for May") an event its cited passages
    only plan ("plans to hold a vote in May")."""
    if not in_english(language) or not _FIXED.search(text):
        return []  # most sentences schedule nothing: found by a search of their text
    spoken = markers_blanked(text)
    english = [p.text for p in passages if in_english(p.language or language)]
    if _PLANNED.search(spoken) or any(_SCHEDULED.search(passage) or _FIXED.search(passage) for passage in english):
        return []  # the sentence keeps the plan in sight, or a passage schedules
    quoted = quoted_parts(spoken)
    for match in _FIXED.finditer(spoken):
        if inside(quoted, match.start()):
            continue
        own = _clause_words(spoken, match)
        figures = {word for word in own if word[0].isdigit()}
        for passage in english:
            for plan in _PLANNED.finditer(passage):
                theirs = _clause_words(passage, plan)
                if len(own & theirs) >= _RESTATES and figures <= theirs:
                    shown = " ".join(plan.group().split())
                    told = " ".join(match.group().split())
                    return [Finding(offset + match.start(), f"this sentence tells as scheduled ('{told}') what its "
                                                            f"cited passages only plan ('{shown}'): {clipped(text)}",
                                    "keep it as planned, or cite a passage that gives its schedule")]
    return []


def _clause_words(text: str, match: re.Match) -> frozenset[str]:
    """Return the content words, names and figures of the clause around a match."""
    start, end = clause_start(text, match.start(), _CLAUSE_BREAK), clause_end(text, match.end(), _CLAUSE_BREAK)
    return content_words(text[start:end], _PLAN_NOT_CONTENT, names_of_three=True)


def told_as_held_in_item(text: str, passages: list[Cited], language: str = "") -> list[Finding]:
    """Return told_as_held's findings for an item cited as a whole, sentence by sentence."""
    if not _read(language) or not may_hold(text, _HELD_WORDS) or not _HELD.search(text):
        return []
    return [finding for sentence in split_sentences(text, language)
            for finding in told_as_held(sentence.text, passages, sentence.start, language)]


def _read(language: str) -> bool:
    """Say whether text in `language` is read: English ("" is the site's default), French, Portuguese or Indonesian."""
    return in_english(language) or language.split("-")[0].lower() in ("fr", "pt", "id")


def _restates(own: frozenset[str], other: frozenset[str]) -> bool:
    """Say whether a passage's clause is of the sentence's event: two words shared, and every figure (its day)."""
    figures = {word for word in own if word[0].isdigit()}
    return len(own & other) >= _RESTATES and figures <= other


def _tells_held(own: frozenset[str], other: frozenset[str]) -> bool:
    """Say whether a passage's clause telling an event as held may be the sentence's: a word shared, and no figure
    (day) of its own ("the first hearing was held on 1 March" is not the one of 17 March)."""
    return bool(own & other) and not {word for word in other - own if word[0].isdigit()}


# keyed by a bool, not by the pattern: hashing a compiled pattern hashes its whole program (5-7 µs a call)
@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _told(text: str, held: bool) -> tuple[Told, ...]:
    """Return the clauses of text that tell an event as held (or as scheduled), each with its content words."""
    found = []
    for match in (_HELD if held else _SCHEDULED).finditer(text):
        start, end = clause_start(text, match.start(), _CLAUSE_BREAK), clause_end(text, match.end(), _CLAUSE_BREAK)
        clause = text[start:end]
        found.append(Told(match.start(), " ".join(match.group().split()),
                          content_words(clause, _NOT_CONTENT, names_of_three=True), " ".join(clause.split())))
    return tuple(found)
