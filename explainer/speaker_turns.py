"""Each speaker's own words: where a passage gives words to several speakers, a sentence may not give one speaker's
words to another of them.

"The information minister said the army would respond" (or "Tarar said the army would respond") citing "Pakistan's
Defense Minister Khawaja Asif said the army would respond, and the Information Minister, Attaullah Tarar, said talks
were over" names a speaker the passage names, and words the passage holds: speakers.py finds both there, and
offices.py the office. Here each reporting word of a passage is read with its speaker (by name, and by office:
offices.py's portfolios) and the words it covers: the clause after it, or, where the speaker closes the sentence
("..., Asif said"), the clause before. A sentence's speaker is refused where a passage naming two speakers or more
names this one too, and gives the words the sentence gives it (two words of four letters or more in common) to
another, more of them than to this one. Two speakers are one where they share a name (or, where neither is named
in person, an office); a party's name is no person's ("Pakistan's" of both ministers). A pronoun's words ('"...,"
she said') are the speaker's named before it; a speaker named by neither a name nor an office ("officials") and a
reporting word inside quotation marks are not read. A claim's claimant is read so too, its words as "<claimant> says
<says>" (topics.py: "State officials" claiming the alliance's answer to their forecast). English text is read.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import WINDOW, clause_end, clause_start, content_words
from .offices import office_keys
from .sentences import inside
from .side_speakers import a_body, answered, bodies_named, same_side, sides_speaking
from .speakers import naming_words, parties_of, reporting_subjects, reports, shown, speakers_in
from .wordset import has_digit

_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "would", "will", "could", "should", "might", "which", "when",
                          "over", "told", "added"})
# a clause ends at a stop, at a joining word after a comma, or at one opening another speaker's turn without a comma
# ("Organisers said 5,000 people marched in York and police said 3,000")
_CLAUSE_END = patterns.compile(r"[;.!?]|,\s+(?:and|but|while|whereas|yet|though|although)\s|,\s+(?=\S+(?:\s+\S+){0,6}\s+"
                               r"(?:said|says|told|added)\b)"
                               r"|\s(?:and|but|while|whereas)\s+(?=\S+(?:\s+\S+){0,3}\s+(?:said|says|say|put|puts|estimated"
                               r"|estimates?|reckons?|counted|claims?)\s+\S*\d)")
_CLAUSE_START = patterns.compile(r"[;.!?]\s*|,\s+(?:and|but|while|whereas|yet|though|although)\s+")
_RESTATES = 2
# A turn that gives another speaker's figure by a verb of counting, after a joining word ("Organisers said 5,000
# people marched, while police put the figure at 3,000", "... but police estimate 3,000"): speakers.py reads no
# reporting word there, so "Organisers said 3,000 people marched" built (tests/test_factcheck_179.py). Read as a
# gapped turn, its figure alone, from the "at" before it.
_FIGURE_TURN = patterns.compile(
    r"(?:,\s*|\s)(?:while|whereas|but|and)\s+(?P<who>(?:the\s+)?(?-i:[A-Za-z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,2})\s+"
    r"(?P<verb>(?:put|puts|placed?|places|estimated?|estimates|reckons?|reckoned|counted|counts?|claimed|claims?)"
    r")(?:\s+(?:the|its|their)\s+(?:figure|number|count|total|crowd|attendance|turnout|toll|size)|\s+it|\s+them)?"
    r"(?:\s+(?P<at>at))?\s+(?:about\s+|around\s+|some\s+|only\s+|just\s+)?(?=[\d$€£])", re.IGNORECASE)
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "who"})


class Turn(NamedTuple):
    """A speaker's words in a text: the speaker as written, who it is (names, offices) and its words' content."""

    speaker: str
    names: frozenset[str]
    offices: frozenset[str]
    words: frozenset[str]
    sides: frozenset[str] = frozenset()  # a party or body speaking as one ("Ardania says", "the ministry said")
    answer: str = ""  # the verb of a turn of no words of its own: "denied" of "..., while the army denied it"


def words_of_another_speaker(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                             parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding for a speaker text gives words to that a passage of several speakers names, where the
    passage gives those words to another of them."""
    given = _given_by_passages(text, passages, language, parties)
    if not given:
        return []
    turn, best, named = given
    return [Finding(offset, f"this sentence gives the words to {_lowered(turn.speaker)}, but its cited passage gives "
                            f"them to {best.speaker}, and other words to {named.speaker}: {clipped(text)}",
                    "give the words to the speaker the source gives them to, or cite the passage that gives them to "
                    "this one")]


def speaker_of_claimed_words(claimant: str, says: str, passages: list[Cited], language: str,
                             parties: tuple[tuple[str, frozenset[str]], ...]) -> str:
    """Return the speaker a passage of several speakers gives a claim's words to where it gives its claimant other
    words ("State officials" claiming the alliance's answer to their forecast), the claim read as "<claimant> says
    <says>"; or ""."""
    given = _given_by_passages(f"{claimant} says {says}", passages, language, parties)
    return given[1].speaker if given else ""


def _given_by_passages(text: str, passages: list[Cited], language: str,
                       parties: tuple[tuple[str, frozenset[str]], ...]) -> tuple[Turn, Turn, Turn] | None:
    """Return a speaker of text, the other speaker a cited passage of several gives its words to, and the one of that
    passage it names; or None."""
    if not in_english(language) or not reports(text):
        return None
    # the sentence's speakers' names (as the speaker check has read them) and its offices, looked for in each passage
    # by a substring search before either is read in turns: most sentences' speakers are the one their passage names
    wanted = frozenset().union(*(names for _, _, names in speakers_in(text, parties))) | (
        {"minist"} if office_keys(text) else set()) | bodies_named(text)  # "the ministry said": side_speakers.py
    naming = [passage for passage in passages if wanted
              for folded in (passage.text.casefold(),) if any(word in folded for word in wanted)]
    return _given_to_another(text, naming, parties) if naming else None


def _given_to_another(text: str, naming: list[Cited], parties: tuple[tuple[str, frozenset[str]], ...]
                      ) -> tuple[Turn, Turn, Turn] | None:
    """Return _given_by_passages' speakers, of passages naming a speaker of text."""
    # each speaker's turn once: "According to Acme, " a thousand times is one turn, not a thousand compared with a
    # thousand (test_attack_36)
    own = list(dict.fromkeys(turn for turn in _turns(text, parties) if turn.words))
    for passage in naming if own else ():
        theirs = tuple(dict.fromkeys(_turns(passage.text, parties)))
        if len(theirs) < 2:
            continue  # one speaker: misattributed's and offices.py's to read
        for turn in own:
            same = [other for other in theirs if _same(turn, other)]
            if not same or any(answered(other.answer, text) for other in same):
                continue  # a speaker the passage does not name (speakers.py's), or one answering it as the text says
            best = max(theirs, key=lambda other: len(turn.words & other.words))
            most = len(turn.words & best.words)
            figures = frozenset(word for word in turn.words if has_digit(word))
            if figures and any(figures & other.words for other in same) and not figures & best.words:
                continue  # "the union puts the cost at $31 million": the figure the sentence gives is its own turn's

            if most >= _RESTATES and not _same(turn, best) and most > max(len(turn.words & o.words) for o in same):
                return turn, best, same[0]
    return None


def _same(one: Turn, other: Turn) -> bool:
    """Say whether two speakers are one: a name in common where both are named in person, else an office."""
    if one.names and other.names:
        return bool(one.names & other.names)
    return bool(one.offices & other.offices) or same_side(one.sides, other.sides)


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _turns(text: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> tuple[Turn, ...]:
    """Return each speaker of text with the words its reporting word covers."""
    quoted = quoted_parts(text)
    subjects = {at: words for at, words, _ in reporting_subjects(text) if words and not inside(quoted, at)}
    for at, words, _ in speakers_in(text, parties):
        subjects.setdefault(at, words)  # '"...," said Asif': named after its verb
    for match in _FIGURE_TURN.finditer(text) if has_digit(text) else ():
        if not inside(quoted, match.start()):
            for at in [at for at in subjects if match.start("who") <= at < match.end()]:
                del subjects[at]  # "estimated the crowd at 3,000" read as its words "crowd": its figure alone
            subjects[match.start("at") if match["at"] else match.start("verb")] = match["who"]
    turns: list[Turn] = []
    for at, subject in sorted(subjects.items()):
        words = content_words(_covered(text, at, subject), _NOT_CONTENT)
        if words and turns and all(has_digit(word) for word in words):
            # a gapped turn, its figure alone ("... and police said 3,000"), says the turn before's words of it
            words |= {word for word in turns[-1].words if not has_digit(word)}
        if subject.casefold() in _PRONOUNS:  # '..., Laura Chen said. "...," she said': the one named before
            if turns:
                turns[-1] = turns[-1]._replace(words=turns[-1].words | words)
            continue
        # a body's noun in a party's name is no person's ("The Social Democratic Party" is the Social Democrats)
        names = frozenset(name for name in naming_words(subject, parties) if not parties_of(frozenset({name}), parties)
                          and name not in _possessors(subject) and not a_body(name))
        offices = office_keys(subject)
        turns.append(Turn(shown(subject) or subject, names, offices, words,
                          frozenset() if names or offices else sides_speaking(subject, parties),
                          "" if words else text[at:at + 20].split(maxsplit=1)[0].casefold() if text[at:at + 1].strip()
                          else ""))
    return tuple(turn for turn in turns if turn.names or turn.offices or turn.sides)  # "the motion is noted": no one


def _possessors(subject: str) -> frozenset[str]:
    """Return the words of a speaker's subject written as a possessive ("pakistan" of "Pakistan's Defense Minister"):
    whose minister, not who."""
    return frozenset(word[:-2].casefold() for word in subject.replace("’", "'").split() if word.endswith("'s"))


def _covered(text: str, at: int, subject: str) -> str:
    """Return the words a reporting word at `at` covers: the clause after it, or, where that is empty (the speaker
    closes the sentence: "..., Asif said."), the clause before its subject."""
    near = text[at:at + WINDOW]  # a clause is read near its verb (clauses.WINDOW): not 40 KB on, once a speaker
    verb_end = at + len(near.split(maxsplit=1)[0]) if near.strip() else at
    after = text[verb_end:clause_end(text, verb_end, _CLAUSE_END)]
    after = after.replace(subject, " ") if subject and text.find(subject, verb_end, verb_end + len(subject) + 1) \
        == verb_end + 1 else after
    if content_words(after, _NOT_CONTENT):
        return after
    first = subject.split()[0] if subject.split() else ""
    before_subject = text.rfind(first, max(0, at - WINDOW), at) if first else at
    start = clause_start(text, before_subject, _CLAUSE_START) if before_subject > 0 else 0
    return text[start:max(start, before_subject)]


def _lowered(speaker: str) -> str:
    """Return a speaker as a message names it mid-sentence: "the information minister" of "The information ..."."""
    return "t" + speaker[1:] if speaker.startswith("The ") else speaker
