"""A deed done not told as refused: "the operator has refused to offer anything" may not cite "Alder Terminals has
offered 4.5%".

polarity.py compares a negated clause with its passage's by their words of five letters or more, so a sentence whose
subject the passage writes otherwise ("the operator" of "Alder Terminals") built though it denies the very deed the
passage tells (tests/test_factcheck_203.py). A sentence refusing a deed ("refused to offer", "declined to invite",
"has not offered", "did not invite", "has made no offer", "has offered nothing") is refused where a cited passage
tells that deed done, by the same verb ("has offered", "offered", "invited"), and no cited passage refuses or negates
it. Not read: a refusal of more ("has not offered more", "refused to offer a higher rise": a limit the sentence sets
on a deed it may tell as done), a sentence telling the deed done too, a subject naming a party the passage's doer does
not name ("The union has not offered concessions"), a deed in a condition or to come ("would not offer", "if"), and
words in quotation marks. English text is read.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, unquoted
from .sentences import markers_blanked, sentence_of

# a deed refused: "refused to offer", "has not offered", "did not invite", "has made no offer", "has offered nothing"
_REFUSED = patterns.compile(
    r"(?<![\w-])(?:(?:refused|refuses|declined|declines|has\s+refused|have\s+refused|had\s+refused)\s+to"
    r"|(?:has|have|had)\s+(?:not|never)|(?:hasn['’]t|haven['’]t|hadn['’]t)"
    r"|(?:did|does|do)\s+not|(?:didn['’]t|doesn['’]t|don['’]t))"
    r"\s+(?:yet\s+)?(?:make\s+(?:an?|any)\s+|made\s+(?:an?|any)\s+)?(?P<verb>[a-z]{5,})(?![\w-])"
    r"|(?<![\w-])(?:has|have|had)\s+made\s+no\s+(?P<noun>[a-z]{5,})(?![\w-])"
    r"|(?<![\w-])(?:has|have|had)\s+(?P<nothing>[a-z]{5,}ed)\s+(?:nothing|no\s+\w+)(?![\w-])",
    re.IGNORECASE)
# what limits the deed refused, rather than denying it: "has not offered more", "refused to offer a higher rise"
_MORE = patterns.compile(r"\s*(?:\w+\s+){0,2}?(?:more|further|higher|better|bigger|larger|again|else|above|beyond"
                         r"|any\s+more|extra|additional|new|another|until|before|unless)(?![\w-])", re.IGNORECASE)
_TO_COME = patterns.compile(r"(?<![\w-])(?:if|unless|would|could|might|may|will|whether|should)\s+(?:\w+\s+){0,4}$",
                            re.IGNORECASE)
_NEGATED_IN_PASSAGE = (r"(?:not|never|n['’]t|no|neither|nor|refused\s+to|refuses\s+to|declined\s+to|declines\s+to"
                       r"|yet\s+to)")  # "neither accepted nor rejected" tells neither done
_NOTHING_AFTER = patterns.compile(r"\s+(?:no|nothing|none|neither|nor)(?![\w-])", re.IGNORECASE)
_SUBJECT_WORD = patterns.compile(r"[A-Za-z][\w'’-]*")
# a verb of denial before a deed in its sentence (tests/test_factcheck_30.py)
_DENIAL = patterns.compile(r"(?<![\w-])(?:den(?:y|ies|ied|ying)|rejected\s+(?:claims|reports|allegations)"
                           r"|dismissed\s+(?:claims|reports|allegations))(?![\w-])", re.IGNORECASE)


def deeds_refused_where_done(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                             parties: tuple = ()) -> list[Finding]:
    """Return a finding when text refuses or negates a deed that a cited passage tells done by the same verb."""
    if not in_english(language) or not passages:
        return []
    spoken = unquoted(markers_blanked(text))
    for refused in _REFUSED.finditer(spoken):
        stem = _stem(refused["verb"] or refused["noun"] or refused["nothing"])
        if (stem is None or _MORE.match(spoken, refused.end())
                or _TO_COME.search(spoken, max(0, refused.start() - 40), refused.start())
                or _told_done(spoken, stem, refused)):
            continue
        done = _done_in_passages(stem, passages)
        if (done is None or _another_party(_clause_before(spoken, refused.start()), done[1], parties)
                or not _object_given(spoken[refused.end():], passages, stem)):
            continue
        return [Finding(offset + refused.start(),
                        f"this sentence refuses a deed ('{' '.join(refused.group().split())}') that its cited passage "
                        f"tells done ('{done[0]}'): {clipped(text)}",
                        "tell the deed as the source does, or cite a passage that gives it refused")]
    return []


def _clause_before(spoken: str, at: int) -> str:
    """Return the words of the clause before `at`: its subject ("the operator" of "The union wants 9%; the operator
    has refused to offer anything")."""
    starts = [found.end() for found in _CLAUSE_BREAK.finditer(spoken, 0, at)]
    return spoken[starts[-1] if starts else 0:at]


_CLAUSE_BREAK = patterns.compile(r"[;:,]|(?<![\w-])(?:and|but|while|whereas|as)\s", re.IGNORECASE)
# an object that names nothing the deed was done to: "refused to offer anything", "has offered nothing"
_EMPTY_OBJECT = frozenset({"anything", "nothing", "any", "at", "all", "yet", "so", "far", "the", "a", "an", "to",
                           "them", "it", "him", "her", "either", "side", "sides", "both", "its", "their"})


def _object_given(after: str, passages: list[Cited], stem: str) -> bool:
    """Say whether what the refused deed is of names nothing, or a word a cited passage holds right after the deed
    told done: "refused to offer anything", "did not offer a raise" of "offered a raise of 4.5%"; not "has not invited
    the press" of "invited both sides", nor "refused to order an injunction" of "declined to grant an injunction.
    Instead, the court ordered Chirpline to pay" (another order)."""
    words = [word.casefold() for word in re.findall(r"[A-Za-z][\w'’-]*", re.split(r"[.;:,]", after, maxsplit=1)[0])][:4]
    named = [word for word in words if word not in _EMPTY_OBJECT and len(word) > 2]
    if not named:
        return True
    objects = [said[found.end():found.end() + _OBJECT_REACH] for passage in passages
               for said in [passage.text.casefold()] for found in _done_forms(stem).finditer(said)]
    return any(re.search(rf"(?<![\w-]){re.escape(word[:5])}", window) for window in objects for word in named)


_OBJECT_REACH = 60  # characters after a deed told done that hold what it was done to: "offered a pay rise of 4.5%"


def _stem(verb: str) -> str | None:
    """Return the stem a verb's forms share ("offer" of "offered", "invit" of "invite"); None for words that are no
    deed told done ("been", "heard")."""
    folded = verb.casefold()
    for ending in ("ed", "es", "s", "e"):
        if folded.endswith(ending) and len(folded) - len(ending) >= 4:
            folded = folded[:-len(ending)]
            break
    return folded if len(folded) >= 4 and folded not in _NOT_DEEDS else None


_NOT_DEEDS = frozenset({"been", "seen", "said", "know", "think", "believ", "expect", "comment", "respond", "answer",
                        "confirm", "dispute", "return", "receiv", "rule", "specify", "disclos", "elaborat", "reach"})


def _done_forms(stem: str) -> re.Pattern:
    """Return the pattern of the deed of `stem` told done: "has offered", "offered", "invited", "offers"."""
    return re.compile(rf"(?<![\w-]){re.escape(stem)}e?(?:ed|d)(?![\w-])", re.IGNORECASE)


def _told_done(spoken: str, stem: str, refused: re.Match) -> bool:
    """Say whether the sentence tells the deed done too, outside its refusal ("offered 4.5% but refused to offer
    more")."""
    outside = spoken[:refused.start()] + " " + spoken[refused.end():]
    return _done_forms(stem).search(outside) is not None


def _done_in_passages(stem: str, passages: list[Cited]) -> tuple[str, str] | None:
    """Return the deed of `stem` a passage tells done, with the words of its sentence before it (its doer), where no
    passage negates or refuses that deed; else None."""
    negated = re.compile(rf"(?<![\w-]){_NEGATED_IN_PASSAGE}\s+(?:\w+\s+){{0,3}}?{re.escape(stem)}", re.IGNORECASE)
    done = None
    for passage in passages:
        said = unquoted(passage.text)
        if negated.search(said):
            return None
        for found in _done_forms(stem).finditer(said):
            if _NOTHING_AFTER.match(said, found.end()):
                return None  # "had produced no figures": the passage's own refusal
            before = said[max(0, found.start() - 40):found.start()]
            if _TO_COME.search(before) or re.search(rf"{_NEGATED_IN_PASSAGE}\s+(?:\w+\s+){{0,2}}$", before,
                                                     re.IGNORECASE):
                continue
            sentence = sentence_of(said, found.start())
            doer = sentence[:max(0, sentence.find(found.group()))]
            if _DENIAL.search(doer):
                continue  # "The ministry denied that its forces had shelled the village": no deed told done
            done = done or (" ".join(said[max(0, found.start() - 30):found.end()].split()[-4:]), doer)
    return done


def _another_party(subject: str, doer: str, parties: tuple) -> bool:
    """Say whether the sentence's subject names a party that the passage's doer does not name."""
    named = {word.casefold() for word in _SUBJECT_WORD.findall(subject)}
    doers = {word.casefold() for word in _SUBJECT_WORD.findall(doer)}
    for _, words in parties:
        folded = {word.casefold() for word in words if len(word) > 2}
        if folded & named and not folded & doers:
            return True
    return False
