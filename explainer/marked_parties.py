"""Parties swapped in Turkish, Urdu, Hindi and Persian, which mark a name's part in its clause after it: "پنجاب نے
سندھ پر ... الزام لگایا" citing "سندھ نے پنجاب پر ... الزام لگایا" (tests/test_newuser_55.py).

swapped.py reads a party's place by the words around its capitalised name in the order of English, and
arabic_parties.py by Arabic's verb first. Urdu and Hindi mark the doer by "نے" / "ने" and the one done to by "کو",
"پر" / "को", "पर"; Persian marks the one done to by "را", its doer opening the clause; Turkish glues the mark to the
name after an apostrophe ("Yenilik Partisi'ni", accusative; "HBP'ye", dative), its doer bare or before "tarafından"
(by). Unread, "Yenilik Partisi, Halk Birliği Partisi'ni seçimde yendi" cited "Halk Birliği Partisi, Yenilik
Partisi'ni seçimde yendi" and built. Here each clause's doer and the party done to are read by those marks (a run of
a party's words: the party most of them name), and a sentence is refused where a cited passage's clause sharing two
of its words (short_words.py's, or Turkish words of four letters, by their first five) gives the two parties the
other way round, and none gives them as the sentence does.
"""

from __future__ import annotations

import functools
import re

from . import devanagari, patterns
from .attribution import Cited, Finding, clipped
from .sentences import folded_word
from .short_words import restating_words

_RESTATES = 2
# What marks a name's part, the word after it: the doer's ("did") or the one done to ("to")
_AFTER = {"نے": "did", "ने": "did", "کو": "to", "پر": "to", "को": "to", "पर": "to", "را": "to",
          "tarafından": "did"}
# Turkish's accusative and dative, glued after an apostrophe: "Partisi'ni", "YP'yi", "HBP'ye", "Kurul'a"
_TURKISH_TO = patterns.compile(r"['’](?:n|y)?[ıiuüae]$")
_TURKISH_OTHER = patterns.compile(r"['’]\w+$")  # any other ending ("'nin", of; "'da", at) is no part of these
_WORD = patterns.compile(rf"[^\W\d_][\w{devanagari.MARKS}\u200c]*(?:['’]\w+)?")
_CLAUSE = patterns.compile(r"[.;!?؟۔।:«»\"“”]|(?<!\w)(?:کہ|कि|که|ki)(?!\w)")
_LATIN = patterns.compile(r"[A-Za-zÇĞİÖŞÜçğıöşüâîû]+(?:['’]\w+)?$")  # a Turkish word, read by its first five letters
_TURKISH_MARKED = patterns.compile(r"\w['’](?:n|y)?[ıiuüae](?!\w)")  # "YP'ye", "HBP'yi"
_SCRIPTS = patterns.compile(r"[\u0620-\u06ff\u0904-\u0939ıİğşĞŞ]")


def swapped_marked(text: str, passages: list[Cited], offset: int = 0,
                   parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding where a Turkish, Urdu, Hindi or Persian sentence gives two parties a clause's parts that a
    cited passage's clause restating it gives the other way round, and none as the sentence does."""
    if len(parties) < 2 or text.isascii() and "'" not in text or not (_SCRIPTS.search(text)
                                                                       or _TURKISH_MARKED.search(text)):
        return []  # English text: one look
    own = _acts(text, parties)
    if not own:
        return []
    theirs = [act for passage in passages for act in _acts(passage.text, parties)]
    for doer, done_to, words, shown in own:
        restating = [act for act in theirs if len(words & act[2]) >= _RESTATES]
        if any(act[:2] == (doer, done_to) for act in restating):
            continue
        turned = next((act for act in restating if act[:2] == (done_to, doer)), None)
        if turned:
            return [Finding(offset, f"this sentence names {shown[0]} as the doer and {shown[1]} as the one done to, "
                                    f"where its cited passages have {turned[3][0]} do it to {turned[3][1]}: "
                                    f"{clipped(text)}",
                            "name the parties as the source does, or cite the passage that has them the other way")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _acts(text: str, parties: tuple) -> tuple[tuple[str, str, frozenset[str], tuple[str, str]], ...]:
    """Return each clause of text that names a doer and a party done to, as (doer, done to, the clause's words, the
    two as written)."""
    found = []
    for clause in _CLAUSE.split(text):
        parts = _parts(clause, parties)
        doers = [(party, shown) for party, part, shown in parts if part == "did"]
        done_to = [(party, shown) for party, part, shown in parts if part == "to"]
        if len(doers) == 1 and done_to and doers[0][0] != done_to[0][0]:
            found.append((doers[0][0], done_to[0][0], _words(clause, parties), (doers[0][1], done_to[0][1])))
    return tuple(found)


def _parts(clause: str, parties: tuple) -> list[tuple[str, str, str]]:
    """Return each run of a party's words in a clause with its part ("did", "to", "" for none) and as written: a
    bare run opening a Turkish or Persian clause is its doer."""
    found = list(_WORD.finditer(clause))
    words = [match.group() for match in found]
    runs, index = [], 0
    while index < len(words):
        end = index
        while end < len(words) and _naming(words[end], parties):
            end += 1
            if _TURKISH_OTHER.search(words[end - 1]) or end < len(words) and clause[
                    found[end - 1].end():found[end].start()].strip():
                break  # "Partisi'ni" ends its run, and so does a comma: "Yenilik Partisi, Halk Birliği Partisi'ni"
        if end == index:
            index += 1
            continue
        party = _party(words[index:end], parties)
        last, after = words[end - 1], words[end] if end < len(words) else ""
        part = ("to" if _TURKISH_TO.search(last) else "" if _TURKISH_OTHER.search(last)
                else _AFTER.get(after.casefold(), ""))
        if not part and index == 0 and not runs and after.casefold() not in ("و", "با", "به", "از", "ve", "ile"):
            part = "did"  # a bare name opens the clause: "Halk Birliği Partisi, ...", "بانک سپهر طرح ..."
        if party:
            runs.append((party, part, re.sub(r"['’]\w+$", "", " ".join(words[index:end]))))
        index = end
    return runs


def _naming(word: str, parties: tuple) -> bool:
    """Say whether a word is one of a party's naming words, a Turkish ending aside."""
    forms = _forms(word)
    return any(forms & words for _, words in parties)


def _party(run: list[str], parties: tuple) -> str:
    """Return the party most of a run's words name, the one naming fewest words on a tie ("بانک نگین" is the bank's,
    not the bank's union's)."""
    folded = frozenset().union(*map(_forms, run))
    scored = sorted((-len(folded & words), len(words), party) for party, words in parties if folded & words)
    return scored[0][2] if scored else ""


def _bare(word: str) -> str:
    """Return a word folded, without a Turkish ending after its apostrophe."""
    return folded_word(re.sub(r"['’]\w+$", "", word))


def _forms(word: str) -> frozenset[str]:
    """Return the forms a party's naming words may hold a word in: folded, and as written (an acronym, "YP")."""
    return frozenset({_bare(word), re.sub(r"['’]\w+$", "", word)})


def _words(clause: str, parties: tuple) -> frozenset[str]:
    """Return the words a clause restates another by, its parties' words aside."""
    naming = frozenset().union(*(words for _, words in parties))
    long = frozenset(_bare(word)[:5] for word in _WORD.findall(clause) if _LATIN.match(word) and len(_bare(word)) >= 4)
    return (long | restating_words(clause)) - naming
