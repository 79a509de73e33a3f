"""A party's word in a relative clause not told as fact: "The committee represents holders of about 60 percent of the
bonds" may not cite only "The bondholder committee, which says it represents holders of about 60 percent of the
bonds, has offered a cut of 20 percent".

A source gives a party's word inside a relative clause in two shapes: the party as its antecedent ("X, which says it
represents ...", "X, who claims ...") or as the subject of the clause the relative one hangs on, named again by a
pronoun ("X disputes the fund's forecast, which it says is too low"). speakers.py reads no speaker there (its
subject is "which", or "it"), so party_word.py read the whole passage as the outlet's own. A sentence is refused
where every word it adds to the rest of its passage (but for a party's name and small words) comes from such a
clause, and it says nobody's word itself ("The committee says it represents ...", "according to the committee").
French ("qui affirme", "qu'il juge trop bas") and Spanish ("que afirma", "que considera demasiado baja") are read too
(tests/test_newuser_95.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, says_whose_word
from .reported_figures import outlet_saying_blanked
from .sentences import folded_word, markers_blanked
from .speaker_wording import according_to

_SAYS = (r"says|said|claims|claimed|insists|insisted|maintains|maintained|argues|argued|contends|contended|asserts"
         r"|asserted|calls|called|considers|considered|deems|deemed|believes|believed|describes\s+as|described\s+as"
         r"|affirme|affirmait|dit|disait|assure|assurait|juge|jugeait|estime|estimait|considère|considérait"
         r"|afirma|afirmaba|dice|decía|asegura|aseguraba|considera|consideraba|sostiene|sostenía|estima|estimaba")
# "X, which says ...": the party its antecedent; "..., which it says ...": the party the clause it hangs on opens with.
# Each bounded: the antecedent is read back no further than its clause, the words said to the clause's end.
_RELATIVE = patterns.compile(
    r",\s+(?:(?P<who>which|who|qui|que|quien|quienes)\s+(?:also\s+)?"
    r"|(?P<whom>which|que|qu['’]|lo\s+que)\s*(?P<pronoun>it|they|he|she|il|elle|ils|elles)?\s*(?:also\s+)?)"
    rf"(?P<verb>{_SAYS})(?:\s+that|\s+que|\s+qu['’])?(?P<said>(?:[^,;.!?()]|(?<=\d)[,.](?=\d)){{3,200}})",
    re.IGNORECASE)  # a figure's thousands comma or decimal point ends no clause: "which says it has 6,500 members"
_HEDGED = patterns.compile(r"(?<!\w)(?:may|might|could|possibly|perhaps|reportedly|allegedly|apparently)(?!\w)",
                           re.IGNORECASE)
_STOP = patterns.compile(r"[.;!?:](?=\s)")  # a sentence's or a clause's end, not a decimal point's "2.1"
_WORD = patterns.compile(r"[^\W_]+(?:[.,'’][^\W_]+)*")
# Words a restating adds without adding a claim: articles, "be", prepositions, a pronoun for the party.
_SMALL = frozenset("""the a an of to in on at by for and or is are was were be been its their it they he she his her
that which who this these those with as le la les de des du un une et est sont il elle qui que el los las del y es son
""".split())


def relative_word_as_fact(text: str, passages: list[Cited], offset: int = 0,
                          parties: tuple[tuple[str, frozenset[str]], ...] = (), language: str = "") -> list[Finding]:
    """Return a finding when text adds to its passages only words a party's relative clause gives as its word."""
    if not parties or "," not in "".join(passage.text for passage in passages) or says_whose_word(
            outlet_saying_blanked(text)):  # "..., the news report said" says no party's word (factcheck_196)
        return []
    if _HEDGED.search(text):
        return []  # "The leak may have been detected" of "which it said may have been detected": told as no fact
    names = frozenset().union(*(words for _, words in parties))
    own = _words(outlet_saying_blanked(markers_blanked(text))) - names  # a note's marker, "[^rep]", is no word of it
    for passage in passages:
        for clause in _RELATIVE.finditer(passage.text):
            party = _speaker(passage.text, clause, parties)
            if not party:
                continue
            said = _words(clause.group())
            rest = _words(passage.text[:clause.start()] + " " + passage.text[clause.end():])
            added = {word for word in own - rest if word not in _SMALL}
            if added and added <= said and any(len(word) >= 3 for word in added) and not _backed(
                    added, passages, passage):
                return [Finding(offset, f"this sentence states as fact what its cited passages give only as the word "
                                        f"of {party}: {clipped(text)}",
                                f"say whose word it is, as the source does ('{according_to(party, language)}'), or "
                                "cite a passage that states it")]
    return []


def _speaker(text: str, clause: re.Match, parties: tuple) -> str:
    """Return the party whose word a relative clause gives, as the source names it: its antecedent's ("X, which
    says") or, after a pronoun, the clause it hangs on opens with ("X disputes Y, which it says"); "" where none."""
    stops = [stop.end() for stop in _STOP.finditer(text, max(0, clause.start() - 300), clause.start())]
    before = text[stops[-1] if stops else max(0, clause.start() - 300):clause.start()].split()
    if clause["who"]:
        before = before[-4:]  # "The bondholder committee": the noun before the comma
    elif clause["pronoun"]:
        before = before[:4]  # "The committee disputes ...": the subject the pronoun stands for
    else:
        return ""  # "..., which said the two were equal": no pronoun, no speaker
    for at, word in enumerate(before):
        if any(folded_word(word.strip("'’s")) in words or folded_word(word) in words for _, words in parties):
            first = at - 1 if at and before[at - 1].casefold() in _ARTICLES else at
            named = before[first:] if clause["who"] else before[first:at + 1 + _after_name(before[at + 1:])]
            return " ".join([named[0].lower() if named[0].casefold() in _ARTICLES else named[0], *named[1:]])
    return ""


_ARTICLES = frozenset({"the", "la", "le", "el", "les", "los", "las"})


def _after_name(words: list[str]) -> int:
    """Return how many capitalised words go on a name after its first word ("International Monetary Fund")."""
    count = 0
    for word in words:
        if not word[:1].isupper():
            break
        count += 1
    return count


def _words(text: str) -> frozenset[str]:
    """Return text's words, folded, a possessive's "'s" dropped, and a long word's last "s" ("represents" and
    "represent", "bonds" and "bond" read alike)."""
    folded = (re.sub(r"['’]s$", "", folded_word(word)) for word in _WORD.findall(text))
    return frozenset(word[:-1] if len(word) >= 5 and word.endswith("s") and not word.endswith("ss") else word
                     for word in folded)


def _backed(added: set[str], passages: list[Cited], holding: Cited) -> bool:
    """Say whether another cited passage gives the added words outside such a clause."""
    return any(added <= _words(_RELATIVE.sub(" ", passage.text)) for passage in passages if passage is not holding)
