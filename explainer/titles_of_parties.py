"""Whose office a title is: "Afghanistan's defense minister" may not cite "Pakistan spent decades backing and
sheltering the Afghan Taliban - its defense minister acknowledged that to me on camera".

A claimant or speaker named by an office alone ("Afghanistan's defense minister", "the Afghan defense minister")
keeps every word of the passage's title and gives the office to the other side: the passage names no person, so no
name tells them apart. Here a title is an office's head noun ("minister", "spokesman", "ambassador", ...) with up to
two words before it ("defense minister", "Information Minister"), and its owner the party named just before it, by a
possessive ("Pakistan's", "the Taliban's") or a capitalised adjective ("Pakistani"); in a passage also by "its" or
"their", which stands for the party its sentence opens on ("Pakistan spent decades ... - its defense minister").
A title the sentence gives to one party is refused where the cited passages give that same title only to others,
never to it (factcheck_227). A title no passage holds, or one a passage gives to no party, is left alone.

A person's lead of a party is read alike: "Joanna Pike, who leads Labour" may not cite "The Greens' leader in Eastbury,
Joanna Pike", where the passages give that person the lead of other parties only (led_party_swapped, factcheck_237).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited
from .open_quotations import within_open_quotation
from .owners import is_named
from .sentences import folded_word, split_sentences

_HEADS = ("minister", "ministers", "spokesman", "spokeswoman", "spokesperson", "secretary", "ambassador", "envoy",
          "president", "commander", "negotiator", "chancellor", "governor")
# owner, up to two words of the office, its head: "Pakistan's defense minister", "Afghan Information Minister"
_TITLE = patterns.compile(
    r"(?<![\w'’])(?P<owner>(?-i:[A-Z][\w-]*?|[Ii]ts|[Tt]heir))(?:['’]s?)?\s+(?P<office>(?:[^\W\d_][\w-]*\s+){0,2}?)"
    rf"(?P<head>{'|'.join(_HEADS)})(?!\w)", re.IGNORECASE)
_POSSESSIVES = frozenset({"its", "their"})
_SUBJECT_REACH = 3  # the party a sentence opens on: among its first three words ("The Taliban government said")
_SPELLINGS = {"defence": "defense"}


def titled_party_swapped(text: str, passages: list[Cited],
                         parties: tuple[tuple[str, frozenset[str]], ...]) -> tuple[str, str]:
    """Return (the title as text gives it, the same title as the passages give it) where text gives an office to a
    party the cited passages never give it to, and they give it to another; or ("", "")."""
    for mine in _titles(text, parties, ()):
        owners, office, written = mine
        theirs = [found for passage in passages for found in _titles(passage.text, parties, (passage,))
                  if found[1] == office]
        if theirs and not any(owner & owners for owner, _, _ in theirs):
            return written, theirs[0][2]
    return "", ""


def _titles(text: str, parties: tuple[tuple[str, frozenset[str]], ...],
            held: tuple[Cited, ...]) -> list[tuple[frozenset[str], tuple[str, ...], str]]:
    """Return each title text gives a party: (its owner's parties, its office's words folded, the words as
    written); a passage's (`held`) "its" too, for the party its sentence opens on."""
    found = []
    for match in _TITLE.finditer(text):
        owner = match["owner"]
        written = " ".join(match.group().split())
        if owner.casefold() in _POSSESSIVES and held:
            owners, subject = _opening_party(text[:match.start()], held[0], parties)
            written = f"{subject}'s {written.split(maxsplit=1)[1]} ('{written}')" if owners else written
        else:
            owners = party_of(owner, parties)
        words = match["office"].split()
        if not owners and words and words[0][0].isupper():  # "The Afghan defense minister": its adjective owns it
            owners, words = party_of(words[0], parties), words[1:]
        office = tuple(_SPELLINGS.get(word, word) for word in " ".join([*words, match["head"]]).casefold().split())
        if owners:
            found.append((owners, office, written))
    return found


def _opening_party(before: str, passage: Cited,
                   parties: tuple[tuple[str, frozenset[str]], ...]) -> tuple[frozenset[str], str]:
    """Return the one party the sentence holding a passage's "its" opens on (its own words before it, else the
    sentence before it in the paragraph), and the word naming it; or (frozenset(), "")."""
    sentences = split_sentences(before, passage.language)
    opening = within_open_quotation(sentences[-1].text if sentences and sentences[-1].text.strip()
                                    else _sentence_before(passage))
    words = [word for word in re.findall(r"[^\W\d_][\w'’-]*", opening) if word not in ("The", "A", "An")]
    for word in words[:_SUBJECT_REACH]:
        named = party_of(word, parties) if word[0].isupper() else frozenset()
        if named:
            return (named, word) if len(named) == 1 else (frozenset(), "")
    return frozenset(), ""


def _sentence_before(passage: Cited) -> str:
    """Return the sentence of the passage's paragraph just before it, or ""."""
    at = passage.paragraph.find(passage.text.strip()[:60]) if passage.paragraph else -1
    before = split_sentences(passage.paragraph[:at], passage.language) if at > 0 else []
    return before[-1].text if before else ""


def party_of(word: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> frozenset[str]:
    """Return the parties a capitalised word names ("Pakistan's", "Afghan"), as party_figures.party_of reads them
    (which speakers.py, reading this module, cannot import)."""
    folded = folded_word(word)
    return frozenset(party for party, words in parties if is_named(folded, words)) if len(folded) >= 4 else frozenset()


# Who leads a party: "Joanna Pike, who leads Labour" given a role the passages give her in another party only ("The
# Greens' leader in Eastbury, Joanna Pike": factcheck_237). A person is two or more capitalised words; the words of
# their apposition are the clause just before the name or just after it, up to a comma ("The Greens' leader in
# Eastbury, Joanna Pike, said", "Peter Voss, who leads Labour, said", "Labour leader Peter Voss").
_PERSON = patterns.compile(r"(?<![\w'’])(?:[A-Z][a-z][\w'’-]*\s+){1,2}[A-Z][a-z][\w-]*(?![\w'’])")
_LEADS = frozenset({"leader", "leaders", "leads", "led", "heads", "headed", "leadership"})
_CLAUSE_END = patterns.compile(r"[,;:.()\[\]\"“”]|\s[-–—]\s")
_WORD = patterns.compile(r"[^\W\d_][\w-]*")
# The clause before a name ends on the leader's noun ("The Greens' leader in Eastbury, Joanna Pike", "Labour leader
# Peter Voss"), not on a deed ("after Labour's leader resigned, Joanna Pike said")
_ENDS_ON_A_LEADER = patterns.compile(r"(?<!\w)(?:leader|leaders|head)(?:\s+(?:in|of|on)\s+(?:the\s+)?[A-Z][\w'’-]*"
                                     r"(?:\s+[A-Z][\w'’-]*)*)?\s*$")
# The clause after a name is its apposition ("who leads Labour", "the Greens' leader", "Labour's leader", "leader of
# the Greens"), not the sentence's own verb ("Amira Haddad, beat Labour's council leader, Peter Voss")
_OPENS_AN_APPOSITION = patterns.compile(r"\s*(?:who\s+(?:leads|led|heads|headed)\b|(?:the|a|leader|former)\b"
                                        r"|(?-i:[A-Z])[\w'’-]*['’]s?\s)")


def led_party_swapped(text: str, passages: list[Cited],
                      parties: tuple[tuple[str, frozenset[str]], ...]) -> tuple[str, str]:
    """Return (the person text names, the passage's words of whom they lead) where text says the person leads one
    party ("who leads Labour") and the passages naming that person say they lead others only; or ("", "")."""
    for person, mine, _ in _leaders(text, parties):
        theirs = [(led, clause) for passage in passages
                  for named, led, clause in _leaders(passage.holding or passage.text, parties) if named == person]
        if theirs and all(mine.isdisjoint(led) for led, _ in theirs):
            return person, theirs[0][1]
    return "", ""


def _leaders(text: str, parties: tuple[tuple[str, frozenset[str]], ...]
             ) -> list[tuple[str, frozenset[str], str]]:
    """Return each person text names in person with the parties their apposition says they lead ("who leads
    Labour", "The Greens' leader in Eastbury, Joanna Pike"), and that apposition's words."""
    found = []
    for match in _PERSON.finditer(text):
        person = " ".join(match.group().split())
        if any(party_of(word, parties) for word in person.split()):
            continue  # "Green Party", "Eastbury District Council": no person
        before = _CLAUSE_END.split(text[max(0, match.start() - 80):match.start()].rstrip(" ,"))[-1]
        after = _CLAUSE_END.split(text[match.end():match.end() + 80].lstrip(" ,"), maxsplit=1)[0]
        for words in (before if _ENDS_ON_A_LEADER.search(before) else "",
                      after if _OPENS_AN_APPOSITION.match(after) else ""):
            led = _led_in(words, parties)
            if led:
                found.append((person, led, " ".join(words.split())))
    return found


def _led_in(words: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> frozenset[str]:
    """Return the parties a clause of leadership names ("who leads Labour in Eastbury", "The Greens' leader")."""
    folded = [folded_word(word) for word in _WORD.findall(words)]
    if _LEADS.isdisjoint(folded):
        return frozenset()
    return frozenset(party for party, names in parties if any(is_named(word, names) for word in folded))
