"""A deed kept with its doer: "The union has invited the operator to talks" may not cite "A government mediator,
Paul Hennessy, has invited both sides to talks".

by_doers.py reads a doer after "by"; a sentence that makes a party of the briefing the subject of a deed the passage
gives to someone else (a mediator, a court, a person it names) built wherever the verb, the object's
words and the date stood (tests/test_factcheck_203.py). A sentence whose clause has a party (by its name, short name
or an alias) as the subject of a verb told done ("has invited", "invited", "had offered") is refused where a cited
passage tells that verb done by a subject naming no word of that party but a person by name or a third party's role
(a mediator, a court, a minister, ...), and no cited passage gives the verb to the party (a deed given to another
party of the briefing is a party swapped, which swapped.py and speakers.py name, once: tests/test_factcheck_11.py). A
subject holding a verb of its own is a clause, not a doer ("Nobody has bought the 92 stores offered"). A
passage's subject is read after its last verb of saying ("The union said the company had offered": the company's
deed). Passive verbs ("was invited"), words in quotation marks and sentences in other languages are not read; nor
are names joined after "between", whose noun is the subject ("relations between Pakistan and Afghanistan have
shifted": factcheck_212).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked

# a verb told done, its subject before it: "has invited", "invited", "had offered"
_DONE = patterns.compile(r"(?<![\w-])(?:(?P<aux>has|have|had)\s+(?:\w+ly\s+|already\s+|now\s+)?)?(?P<verb>[a-z]{4,}ed)"
                         r"(?![\w-])")
_PASSIVE_BEFORE = patterns.compile(r"(?<![\w-])(?:was|were|been|be|being|is|are|get|got)\s+(?:\w+ly\s+)?$",
                                   re.IGNORECASE)
_CLAUSE_BREAK = patterns.compile(r"[;:]|(?<![\w-])according\s+to\s+[^,;]{1,60},|,\s+(?:and|but|while|as)\s|(?<![\w-])(?:and|but|while|whereas|after|before"
                                 r"|because|when|which|who|that|said|says|told|reported|added|claimed)\s",
                                 re.IGNORECASE)
# two names after "between" joined by "and" (a clause break elsewhere) name no doer: their noun before is the subject
_BETWEEN_NAME = r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
_BETWEEN_BEFORE = patterns.compile(rf"(?<![\w-])between\s+{_BETWEEN_NAME}\s+and\s+{_BETWEEN_NAME}\s+$")
_BETWEEN_REACH = 120
# a third party a passage may give a deed to: not a side of the briefing
_THIRD = frozenset({"mediator", "mediators", "arbitrator", "conciliator", "court", "judge", "tribunal", "minister",
                    "ministry", "regulator", "police", "council", "mayor", "government", "governor", "envoy",
                    "president", "secretary", "commission", "inspector", "prosecutor", "prosecutors"})
# a subject of more than one doer: "the two countries", "both sides", "the union and the operator"
_JOINT = patterns.compile(r"(?<![\w-])(?:both|two|all|each|and|with|together|along|countries|sides|parties)(?![\w-])",
                          re.IGNORECASE)
_WORD = patterns.compile(r"[A-Za-z][\w'’-]*")
# a participle after an article or a possessive is a word of its noun, no deed: "a proposed fine", "its planned strike"
_DETERMINER_BEFORE = patterns.compile(r"(?<![\w-])(?:a|an|the|its|their|his|her|this|that|any|no)\s+$", re.IGNORECASE)
# a verb before the deed's own, telling that the words before it are a clause of their own, not its doer
_VERB_IN_SUBJECT = patterns.compile(r"(?<![\w-])(?:has|have|had|is|are|was|were|[a-z]{3,}ed)(?![\w-])")
# verbs that tell no deed of a doer: states and reports
_NOT_DEEDS = frozenset({"based", "concerned", "needed", "used", "related", "listed", "interested", "involved",
                        "reported", "expected", "believed", "estimated", "required", "supposed", "limited",
                        "united", "registered", "scheduled", "called", "named",
                        # verbs of saying and stance: who said it is speakers.py's to name (tests/test_factcheck_17.py)
                        "denied", "claimed", "accused", "insisted", "stated", "argued", "warned", "confirmed",
                        "announced", "acknowledged", "admitted", "noted", "added", "asked", "replied", "responded",
                        "alleged", "declared", "rejected", "dismissed", "welcomed", "criticised", "criticized"})


def deeds_given_to_another(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                           parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding where text makes a party the doer of a deed its cited passages give to another doer."""
    if not parties or not in_english(language) or not passages:
        return []
    spoken = unquoted(markers_blanked(text))
    for done in _DONE.finditer(spoken):
        verb = done["verb"].casefold()
        if (verb in _NOT_DEEDS or _PASSIVE_BEFORE.search(spoken, max(0, done.start() - 16), done.start())
                or _DETERMINER_BEFORE.search(spoken, max(0, done.start() - 8), done.start())):
            continue  # not told done by a doer: "was invited", "a proposed fine" (tests/test_factcheck_51.py)
        if _BETWEEN_BEFORE.search(spoken, max(0, done.start() - _BETWEEN_REACH), done.start()):
            continue  # "relations between Pakistan and Afghanistan have shifted": the relations' deed (factcheck_212)
        subject = _subject_before(spoken, done.start())
        if _VERB_IN_SUBJECT.search(subject, 0, max(0, len(subject) - len(done["aux"] or "") - 2)):
            continue  # a clause, not a doer: "Nobody has bought the 92 stores offered", "asked whether ..."
        party = _party_named(subject, parties)
        if party is None or _JOINT.search(subject):
            continue
        other = _doer_elsewhere(verb, party, passages, parties)
        if other:
            name = " ".join(re.sub(r"\s+(?:has|have|had)\s*$", "", subject).split())
            return [Finding(offset + done.start(),
                            f"this sentence makes '{name}' the doer of '{done['verb']}', but its cited passages give "
                            f"that deed to {other}: {clipped(text)}",
                            "give the deed to the doer the source names, or cite a passage that gives it to this party")]
    return []


def _subject_before(text: str, at: int) -> str:
    """Return the words of the clause before `at`, after its last break or verb of saying."""
    starts = [found.end() for found in _CLAUSE_BREAK.finditer(text, 0, at)]
    return text[starts[-1] if starts else 0:at]


def _party_named(subject: str, parties: tuple) -> tuple | None:
    """Return the party (id, words) a subject names, or None where it names none or more than one."""
    words = set(_WORD.findall(subject))
    folded = {word.casefold() for word in words}
    named = [party for party in parties if _holds(party[1], words, folded)]
    return named[0] if len(named) == 1 else None


def _holds(party_words: frozenset[str], words: set[str], folded: set[str]) -> bool:
    """Say whether words hold one of a party's words (an upper-case initialism as written)."""
    return any(word in words if word.isupper() else word.casefold() in folded for word in party_words)


def _doer_elsewhere(verb: str, party: tuple, passages: list[Cited], parties: tuple) -> str:
    """Return the doer a passage gives the verb to, where it is another's and no passage gives it to `party`."""
    other = ""
    pattern = re.compile(rf"(?<![\w-]){re.escape(verb)}(?![\w-])", re.IGNORECASE)
    for passage in passages:
        said = unquoted(passage.text)
        for found in pattern.finditer(said):
            if _PASSIVE_BEFORE.search(said, max(0, found.start() - 16), found.start()):
                continue
            subject = re.split(r"[.!?]\s", _subject_before(said, found.start()))[-1]
            subject = re.sub(r"\s+(?:has|have|had)\s*(?:\w+ly\s+)?$", "", subject)
            words = set(_WORD.findall(subject))
            folded = {word.casefold() for word in words}
            if _holds(party[1], words, folded) or not words:
                return ""  # the party's own deed, or one whose doer the passage does not name here
            doer = _another_doer(subject, words, folded, party, parties)
            if not doer:
                return ""  # a doer the party may be ("The company has offered"): not read
            other = other or doer
    return other


def _another_doer(subject: str, words: set[str], folded: set[str], party: tuple, parties: tuple) -> str:
    """Return the subject, where it names a third party's role or a person by name (not another party of the
    briefing: the checks of parties swapped name that); else ""."""
    named = " ".join(subject.split()).strip(" ,")
    if any(_holds(other[1], words, folded) for other in parties if other[0] != party[0]):
        return ""  # a party swapped for another is swapped.py's and speakers.py's to name, once
    if folded & _THIRD:
        return named
    names = re.findall(r"(?<![\w'’-])[A-Z][a-z]+\s+[A-Z][a-z]+", subject)
    return named if any(not name.startswith(("The ", "A ", "An ")) for name in names) else ""
