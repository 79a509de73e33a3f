"""Inserted clauses kept to the source: a sentence may not slip in, between commas, a deed no cited passage gives.

"Northland's leader, who resigned in May, said talks would resume" citing "Northland's leader said talks would resume"
states a second fact, the resignation, on the passage's authority: a reader takes the clause as checked with the
rest. An inserted clause is one set off by a comma, a dash or a bracket that opens on "who" or "which" and tells a
deed in the past ("who resigned", "which had collapsed", "who was elected"), or an appositive opening on a past
participle before a date or its agent ("elected in 2020", "appointed last May", "led by Northland"). It
is refused where no cited passage holds its verb in any form ("resigned": "resign", "resignation"; "led": "lead",
"leads"; "founded" is backed by "set up", "established" or "created" too); its date is the date checks' (a month
alone, a year). A state ("who is a former general") and words in
quotation marks are not read. English text is read.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked

# Irregular pasts and participles a clause may tell a deed by, with the stem every form of the verb starts with.
_IRREGULAR = {"led": "lead", "won": "win", "fled": "flee", "lost": "los", "took": "tak", "taken": "tak", "held": "hold",
              "met": "meet", "quit": "quit", "left": "leav", "ran": "run", "fought": "fight", "began": "begin",
              "begun": "begin", "broke": "break", "broken": "break", "fell": "fall", "fallen": "fall", "sent": "send",
              "sold": "sell", "struck": "strik", "shot": "shoot", "wrote": "writ", "written": "writ", "became": "becom",
              "gave": "giv", "given": "giv", "made": "mak", "built": "build", "spent": "spend", "rose": "ris",
              "risen": "ris", "chose": "choos", "chosen": "choos", "drove": "driv", "driven": "driv", "swore": "swear",
              "sworn": "swear", "bought": "buy", "brought": "bring", "caught": "catch", "sought": "seek",
              "oversaw": "overs", "overseen": "overs", "beat": "beat", "beaten": "beat", "stole": "steal",
              "stolen": "steal", "hid": "hid"}
_VERB = r"(?P<verb>[a-z]{2,}ed|" + "|".join(sorted(_IRREGULAR, key=len, reverse=True)) + r")"
_ADVERB = r"(?:(?:recently|later|once|first|also|previously|formerly|then|briefly|only|newly|since)\s+)?"
_OPENS = r"[,—–(]\s*"  # a set of marks first: the search skips from one to the next (3 µs a sentence with a hyphen too)
# An appositive's participle tells a deed before a date ("elected in 2020", "appointed last May") or its agent ("led by
# Northland"); before anything else it mostly says where a thing is shown ("quoted in the report", "reprinted as").
_DATED_OR_BY = (r"\s+(?:(?:in|on|since|during|after|before)\s+(?:(?:early|late|mid)[\s-]+)?(?:\d{4}(?!\d)|January"
                r"|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday"
                r"|Wednesday|Thursday|Friday|Saturday|Sunday)|last\s+(?:week|month|year|[A-Z][a-z]+)|by\s+[A-Z])")
_INSERTED = patterns.compile(
    _OPENS + r"(?P<clause>(?:(?P<who>who|which)\s+" + _ADVERB + r"(?:(?:had|has|have|was|were)\s+(?:been\s+)?)?)?"
    + _ADVERB + _VERB + r"(?(who)(?![\w'’-])|" + _DATED_OR_BY + "))"
    r"(?P<rest>[^,;:()—–.]*)")
_NOT_DEEDS = frozenset({"based", "aged", "named", "called", "known", "located", "headquartered", "compared",
                        "concerned", "related", "used"})


def inserted_deeds(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding for each inserted clause of text telling a deed no cited passage gives."""
    if not in_english(language) or not any(mark in text for mark in ",—–(") or not _INSERTED.search(text):
        return []  # most sentences insert no clause telling a deed
    spoken = markers_blanked(text)
    quoted = None
    for match in _INSERTED.finditer(spoken):
        verb = match.group("verb").lower()
        if verb in _NOT_DEEDS:
            continue
        quoted = quoted if quoted is not None else quoted_parts(spoken)
        if inside(quoted, match.start("verb")) or any(_holds_verb(passage.text, verb) for passage in passages):
            continue
        clause = " ".join((match.group("clause") + match.group("rest")).split())
        return [Finding(offset, f"this sentence inserts a clause telling a deed ('{clause}') that no passage it "
                                f"cites gives ('{match.group('verb')}'): {clipped(text)}",
                        "leave out what the source does not say of them, or cite a passage that says it")]
    return []


def _stem(verb: str) -> str:
    """Return the letters every form of a verb starts with ("resigned": "resign", "stopped": "stop", "tried": "tr")."""
    if verb in _IRREGULAR:
        return _IRREGULAR[verb]
    stem = verb[:-2]
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        stem = stem[:-1]  # "stopped"
    if stem.endswith("i"):
        stem = stem[:-1]  # "tried", "carried"
    return stem if len(stem) >= 3 else verb[:-1]  # "used": "use"


@functools.lru_cache(maxsize=1 << 12)
def _passage_words(text: str) -> frozenset[str]:
    """Return a passage's words, lowercased."""
    return frozenset(re.findall(r"[a-z]+", text.lower()))


# Verbs of one deed, any of whose forms backs another's: "The commission, founded in 1998," of "was set up in 1998".
_FOUNDING = ("found", "establish", "creat", "set up", "sets up", "setting up", "formed")
_SAME_DEED = {stem: _FOUNDING for stem in ("found", "establish", "creat")}


def _holds_verb(text: str, verb: str) -> bool:
    """Say whether a passage holds a form of the verb (a word starting as its stem does, or the verb itself), or of
    a verb of the same deed (founded, established, created, set up)."""
    stem = _stem(verb)
    if any(word == verb or word.startswith(stem) for word in _passage_words(text)):
        return True
    kin = _SAME_DEED.get(stem, ())
    return bool(kin) and any(" " in other and other in text.lower() or " " not in other and any(
        word.startswith(other) for word in _passage_words(text)) for other in kin)
