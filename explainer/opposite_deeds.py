"""A deed not turned into its opposite: "Acme accepted the demand" may not cite "Acme rejected the demand".

polarity.py reads "rejected", "refused" and "denied" as negations, but compares words of five letters or more, so a
clause whose subject is short ("Acme") built when its verb was turned; and "approved", "confirmed", "allowed",
"opened", "joined" and "supported" have opposites ("banned", "closed", "left", "opposed") that negate nothing. A
sentence's verb of one side of a pair (accepted, approved, agreed, ratified or endorsed and rejected, refused or
turned down; admitted, confirmed or acknowledged and denied; allowed or permitted and banned, prohibited or outlawed;
opened and closed or shut; joined and left, quit or withdrew from; supported or backed and opposed) is refused where
no cited passage uses a verb of its side, and a passage's clause uses one of the other side of the same subject and
object: they share two words, or all the sentence's own, and a subject each names is the same one (or one clause is
passive). A verb negated ("did not accept", "refused to accept") tells no deed of its side, and backs none. Outcomes
turned ("upheld" for "overturned", "won" for "lost", "lifted" for "imposed") are outcomes.py's and opposites.py's.
English text is read; words in quotation marks are not.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked, split_sentences
from .wordset import may_hold

# Each side's forms; "_" a space. Bare forms that are as often nouns or adjectives ("open", "close", "ban",
# "support", "closing") are left out.
_SIDES = {
    "assent": "accept accepts accepted accepting approve approves approved approving agreed agrees ratify ratifies "
              "ratified ratifying endorse endorses endorsed endorsing",
    "refusal": "reject rejects rejected rejecting refuse refuses refused refusing turned_down turns_down turn_down "
               "turning_down",
    "admission": "admitted admits acknowledged acknowledges confirmed confirms",
    "denial": "deny denies denied denying",
    "permission": "allowed allows permitted legalised legalized",
    "ban": "banned banning prohibited prohibits forbade forbidden outlawed",
    "opening": "opened opens reopened reopens",
    "closing": "closed closes shut shuts",
    "joining": "joined joins rejoined",
    "leaving": "left leaves quit quits exited withdrew_from",
    "support": "supported supports backed",
    "opposition": "opposed opposes opposing",
}
_OPPOSITE = {"assent": "refusal", "admission": "denial", "permission": "ban", "opening": "closing",
             "joining": "leaving", "support": "opposition"}
_OPPOSITE.update({other: one for one, other in list(_OPPOSITE.items())})
_SIDE_OF = {form.replace("_", " "): side for side, forms in _SIDES.items() for form in forms.split()}
_FIRST_WORDS = frozenset(form.split()[0] for form in _SIDE_OF)
# A form in another sense, by what follows it: a market's "opened higher", "opened fire", "admitted to hospital",
# "left 12 dead", "closed doors"; or before it: "the left", "the far left"
_NOT_A_DEED_AFTER = patterns.compile(
    r"\s+(?:fire|higher|lower|up|down|flat|unchanged|at|\d|dead|injured|homeless|behind|over|open|in\s+place"
    r"|doors|to\s+(?:a\s+|the\s+)?hospital|by\s+\d|without)(?!\w)", re.IGNORECASE)
_NOT_A_DEED_BEFORE = patterns.compile(r"(?<!\w)(?:the|far|centre|center|on\s+the|to\s+the)\s+$", re.IGNORECASE)
_FORM = patterns.compile(rf"(?<![\w-])(?P<form>{'|'.join(patterns.longest_first(_SIDE_OF))})(?![\w-])",
                         re.IGNORECASE)
# A negation that tells the verb after it undone: "did not accept", "refused to accept", "never joined"
_NEGATED = patterns.compile(r"(?<!\w)(?:not|never|n['’]t|no\s+longer|refused\s+to|refuses\s+to|declined\s+to"
                            r"|failed\s+to|without)\s+(?:\w+\s+)?$", re.IGNORECASE)
_PASSIVE = patterns.compile(r"(?<!\w)(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# Admitting and denying are a claim's; a thing denied or admitted in the passive is one refused or let in, unless
# what is denied names a claim ("the reports were denied")
_CLAIMED = frozenset({"admission", "denial"})
_CLAIM = patterns.compile(r"(?<!\w)(?:claims?|reports?|allegations?|accusations?|charges?|suggestions?|accounts?"
                          r"|stor(?:y|ies)|rumou?rs?|that)(?!\w)", re.IGNORECASE)
_CLAUSE_START = patterns.compile(r"[;:.!?()\"“”—–]|,|(?<!\w)(?:but|while|whereas|which|who|after|before|because"
                                 r"|although|though|when|as)(?!\w)", re.IGNORECASE)
_CLAUSE_END = patterns.compile(r"[;:.!?()\"“”—–]|,|(?<!\w)(?:and|but|while|whereas|which|who|after|before|because"
                               r"|although|though|when|as|than)(?!\w)", re.IGNORECASE)
_WORD = patterns.compile(r"[^\W\d_]+|\d+")
_NOT_CONTENT = frozenset(
    "the and for was were has had have been its their his her this that with from into also not did does will would "
    "could should may might said says which who than then there they them our out off per but all any some one two "
    "new are can how why what when where now yet own each both more most much many such only just over under upon "
    "onto via its".split())
_PREFIX = 5  # "demands" and "demand", "ratifying" and "ratify"'s object words compared by their first letters


class _Told(NamedTuple):
    """A verb of a pair a clause tells: its side, as written, the words before it and after it, whether passive."""

    side: str
    shown: str
    subject: frozenset[str]
    object: frozenset[str]
    passive: bool
    clause: str


def turned_deeds(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells a deed whose opposite a passage tells of the same subject and object, and no
    passage tells a deed of its side."""
    if not in_english(language) or not passages or not may_hold(text, _FIRST_WORDS):
        return []  # most sentences tell none of these deeds: found by a lookup of their words
    own = _told(unquoted(markers_blanked(text)))
    if not own or len({told.side for told in own}) > 1 and any(
            _OPPOSITE[told.side] == other.side for told in own for other in own):
        return []  # none, or both sides named, each its own ("accepted one demand and rejected another")
    theirs = [told for passage in passages for told in _passage_told(passage.text)]
    sides = {told.side for told in theirs}
    for told in own:
        if told.side in sides:
            continue  # a passage tells a deed of this side
        turned = next((other for other in theirs if other.side == _OPPOSITE[told.side] and _restates(told, other)),
                      None)
        if turned is not None:
            return [Finding(offset, f"this sentence says '{told.shown}' where its cited passages say '{turned.shown}' "
                                    f"('{turned.clause}'): {clipped(text)}",
                            "keep the source's word, or cite a passage that says this one")]
    return []


def _restates(told: _Told, other: _Told) -> bool:
    """Say whether two clauses tell their verbs of the same subject and object: two words shared (or all of the
    sentence's own), and a subject each names the same, unless one clause is passive ("the plan was rejected by
    Acme")."""
    words, theirs = told.subject | told.object, other.subject | other.object
    shared = words & theirs
    if len(shared) < 2 and not (shared and shared == words):
        return False
    return (told.passive or other.passive or not told.subject or not other.subject
            or not told.subject.isdisjoint(other.subject))


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _passage_told(text: str) -> tuple[_Told, ...]:
    """Return the verbs of the pairs a passage tells, sentence by sentence."""
    if not may_hold(text, _FIRST_WORDS):
        return ()
    return tuple(told for sentence in split_sentences(unquoted(text), "en") for told in _told(sentence.text))


def _told(text: str) -> list[_Told]:
    """Return the verbs of the pairs a sentence tells, not negated nor in another sense, with their clauses' words."""
    found = []
    for match in _FORM.finditer(text):
        before = text[max(0, match.start() - 40):match.start()]
        if (_NEGATED.search(before) or _NOT_A_DEED_BEFORE.search(before)
                or _NOT_A_DEED_AFTER.match(text, match.end())):
            continue
        start = max((m.end() for m in _CLAUSE_START.finditer(text, 0, match.start())), default=0)
        side, passive = _SIDE_OF[" ".join(match["form"].lower().split())], bool(_PASSIVE.search(before))
        if passive and side in _CLAIMED and not _CLAIM.search(text, start, match.start()):
            continue  # "the permit was denied", "she was admitted": refused or let in, no claim denied or admitted
        end_match = _CLAUSE_END.search(text, match.end())
        end = end_match.start() if end_match else len(text)
        found.append(_Told(side, match["form"], _content(text[start:match.start()]), _content(text[match.end():end]),
                           passive, " ".join(text[start:end].split())))
    return found


def _content(text: str) -> frozenset[str]:
    """Return a stretch's content words of three letters or more, by their first letters; no verb of the pairs."""
    words = (word.lower() for word in _WORD.findall(text))
    return frozenset(word[:_PREFIX] for word in words
                     if len(word) >= 3 and word not in _NOT_CONTENT and word not in _SIDE_OF)
