"""A doer after "by" kept: "a bond of 250,000 euros to be posted by Norland" may not cite "a bond of 250,000 euros to be
posted by its owners", nor "the fund would be financed by Norland alone" "to be financed equally by the two
governments".

A passive verb's doer ("posted by", "financed by", "paid by", "signed by") is the one word of a clause that says who
does it; given to a party of the briefing, it makes that party pay or act where the source has another do so. A
sentence is refused where a party of the briefing (by its name, short name or an alias) stands after "by", after a
word the passage's clause has before its own "by" too ("posted", "financed"; an adverb between, "equally", is passed
over), and the passage's doer there is another party by its name, or a private doer no party's words name ("its
owners", "the operator", "the crew"), or both or all of them ("the two governments", "both countries", "jointly")
where the sentence says the party did it alone ("alone", "only", "solely": what both did, "welcomed by both
governments", one did too; tests/test_factcheck_176.py). A sentence naming two parties, or "both", builds; so does one
giving a share ("half of it financed by Norland"), or naming a private doer itself ("an Estmark family"). A passage
whose doer after that word names the party backs the sentence; so does one whose doer is a common noun that may be the
party's own ("the ministry", "the government"): not read. English text is read; words in quotation marks are not.
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .deeds_given_to_another import deeds_given_to_another
from .owners import is_named
from .sentences import folded_word, inside, markers_blanked, split_sentences

_WORD = patterns.compile(r"[\w'’-]+")
# "by" after the word a passive verb ends on, an adverb of manner or share ("equally", "jointly") between
_BY = patterns.compile(r"(?<![\w'’-])([A-Za-z]+)(?:\s+[a-z]+ly)?\s+by\s+(?!the\s+(?:end|time|way)\b)", re.IGNORECASE)
_DOER_END = patterns.compile(r"[,;:.()]|\s(?:within|against|to|for|on|in|at|from|before|after|until|under|with|of|"
                             r"alone|only|if|when|while|which|who|but|as)(?![\w-])", re.IGNORECASE)
_JOINT = patterns.compile(r"(?<![\w-])(?:both|all|each|jointly|equally|together|two|three|four)(?![\w-])",
                          re.IGNORECASE)
_MORE = patterns.compile(r"(?<![\w-])(?:and|or|&|with|plus)(?![\w-])|,", re.IGNORECASE)
# a share of a thing done, which one of its doers does: "half of it financed by Norland"
_SHARE = patterns.compile(r"(?<![\w-])(?:half|part|partly|partially|share|portion|proportion|some|most|percent|%"
                          r"|co-financed|co-funded|co-signed|in part)(?![\w-])", re.IGNORECASE)
# one doer alone, against a passage's two: "financed by Norland alone"
_ALONE = patterns.compile(r"(?<![\w-])(?:alone|only|solely|single-handedly|by itself|on its own)(?![\w-])",
                          re.IGNORECASE)
_ALONE_REACH = 12  # characters after a doer read for "alone"
_CLAUSE_START = patterns.compile(r"[,;:]|(?<![\w-])(?:that|which|and|but)(?![\w-])", re.IGNORECASE)
# doers no government, body or side of a briefing is: what "its owners" posts no party posts
_PRIVATE = frozenset({"owner", "owners", "operator", "operators", "shipowner", "shipowners", "crew", "crews", "captain",
                      "insurer", "insurers", "family", "families", "passengers", "employees", "workers", "residents",
                      "buyer", "buyers", "seller", "sellers", "tenant", "tenants", "landlord", "landlords", "donors",
                      "investors", "shareholders"})
_NOT_A_VERB = frozenset({"and", "or", "but", "so", "is", "are", "was", "were", "be", "been", "said", "says", "led",
                         "stand", "stands", "followed", "caused", "driven", "hit", "down", "up", "rose", "fell",
                         "increased", "decreased", "cut", "raised", "lowered", "grew", "dropped"})


def doers_given_to_a_party(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                           parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding where text gives a passive verb's doing to a party that a passage restating it gives to
    others: both sides, another party or a private doer."""
    another = deeds_given_to_another(text, passages, offset, language, parties)
    if another:
        return another  # a party made the subject of another's deed (factcheck_203)
    if not parties or not in_english(language) or " by " not in text:
        return []
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for by in _BY.finditer(spoken):
        verb = by.group(1).casefold()
        if verb in _NOT_A_VERB or inside(quoted, by.start()):
            continue
        doer = _doer(spoken, by.end())
        named = _parties_named(doer, parties)  # "Estmark" names Estmark and its Estmark Fishermen's Association
        if (not named or _JOINT.search(doer) or _MORE.search(doer) or _SHARE.search(_clause_before(spoken, by))
                or _private(doer)):
            continue  # no party, or two of them, or both; a share of it ("half of it financed by"); "an Estmark family"
        alone = bool(_ALONE.search(spoken, by.start(1), by.end() + len(doer) + _ALONE_REACH))
        for passage, sentence, theirs, after in _doers_of(passages, verb):
            if _parties_named(after, parties) & named:
                return []  # a passage gives it to this party: "by both, by Norland first"
        for passage, sentence, theirs, after in _doers_of(passages, verb):
            other = _other_doer(theirs, named, parties, alone)
            if other:
                return [Finding(offset, f"this sentence says '{verb} by {' '.join(doer.split())}' where its cited "
                                        f"passages say '{verb} {' '.join(theirs.split())}', {other} "
                                        f"('{' '.join(sentence.split())}'): {clipped(text)}",
                                "name who does it as the source does, or cite a passage that gives it to this party")]
    return []


def _private(doer: str) -> bool:
    """Say whether a doer is a private one by its noun ("its owners", "an Estmark family")."""
    return not _PRIVATE.isdisjoint(folded_word(word) for word in _WORD.findall(doer))


def _clause_before(text: str, by: re.Match) -> str:
    """Return the words of a "by"'s clause before it ("half of it financed")."""
    before = text[:by.end()]
    starts = [found.end() for found in _CLAUSE_START.finditer(before)]
    return before[starts[-1] if starts else 0:]


def _doer(text: str, start: int) -> str:
    """Return the words after "by" naming the doer, to the next preposition or punctuation."""
    end = _DOER_END.search(text, start)
    return text[start:end.start() if end else len(text)]


def _doers_of(passages: list[Cited], verb: str):
    """Yield each passage, its sentence, the doer after its `verb` ... "by" and the sentence's words from there, for
    every such doer."""
    for passage in passages:
        if verb not in passage.text.casefold():
            continue
        for sentence in split_sentences(passage.text, "en"):
            for by in _BY.finditer(sentence.text):
                if by.group(1).casefold() == verb:
                    # the adverb between is the passage's own: "financed equally by" shares among the doers
                    yield (passage, sentence.text, f"{_adverb(by)}by {_doer(sentence.text, by.end())}",
                           sentence.text[by.end():])


def _adverb(by: re.Match) -> str:
    """Return the adverb between a verb and its "by" ("equally "), or nothing."""
    between = by.group()[len(by.group(1)):].split()
    return between[0] + " " if len(between) == 2 else ""


def _parties_named(doer: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> frozenset[str]:
    """Return the parties a doer's capitalised words name."""
    return frozenset(party for word in _WORD.findall(doer) if word[:1].isupper()
                     for folded in (re.sub(r"['’]s?$", "", folded_word(word)),) if len(folded) >= 4
                     for party, naming in parties if is_named(folded, naming))


def _other_doer(theirs: str, named: frozenset[str], parties: tuple[tuple[str, frozenset[str]], ...],
                alone: bool) -> str:
    """Return what a passage's doer is that the named party is not (more than one, where the sentence says it did it
    `alone`; another party; no party), or nothing where it may be that party."""
    if _JOINT.search(theirs):
        # what both did, one did too ("welcomed by Norland" of "welcomed by both governments"), but not alone
        return "more than one doer" if alone else ""
        return "more than one doer"
    others = _parties_named(theirs, parties) - named
    if others:
        return "another party"
    words = {folded_word(word) for word in _WORD.findall(theirs)}
    naming = frozenset().union(*(naming for party, naming in parties if party in named))
    if _private(theirs) and not any(is_named(word, naming) for word in words if len(word) >= 4):
        return "a doer no party is"
    return ""
