"""A party put where the passage has the other one, in the passage's own words around it: "That Afghanistan is
"experiencing some serious blowback"" may not cite "Overall, Pakistan is experiencing some serious blowback".

A party named swapped built wherever no other check reads whose a deed, a view or a place is: a quotation's subject
("Afghanistan faces "some serious blowback""), the owner of a count ("the Pakistani's 172,000" of "the Afghan
Taliban's military ... only 172,000"), a subject ("Pakistani authorities say their forces carried out drone strikes"
of "Taliban authorities said their forces carried out drone strikes"), a place ("The Taliban return to power in
Pakistan" of "... returned to power in Afghanistan"). Each mention of a party in a sentence is read with the words
beside it, up to seven on each side within its clause (a comma, a semicolon or another party's name ends them): where at
least two of the content words on one side (four letters or more, not a pronoun or a word of saying, compared by
their first five letters) stand on that same side of another party's name in a cited passage, and no cited passage
names the sentence's party beside any of them, the party is refused as swapped.

Honest sentences are left alone where a passage names the sentence's party beside one of those words ("Afghan
officials said civilians were killed" of "... killed civilians, Afghan officials said"), or on its other side as many
of them (a passive turned active), where the sentence names the other party in that clause too ("fewer personnel than
Pakistan") or the passage names the two close together ("between Pakistan and Afghanistan"), where one side's words
say something and the other's do not ("Afghanistan says civilians were killed" of "Pakistani strikes killed
civilians, according to Afghanistan"), and where the passage names the sentence's party in that very clause, unless
three content words are shared. A speaker swapped that speakers.py names already is named once. English text is
read.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .titles_of_parties import party_of

_REACH = 7  # words read on each side of a party's name
_CLOSE = 3  # words apart that make two parties' names one phrase ("Pakistan and Afghanistan")
_PREFIX = 5  # letters two words share to be one word ("experiencing", "experienced")
_SHARED = 3  # content words a side shares with another party's side to be that party's words
_SHARED_MARKED = 2  # ... where two of them are names or quoted words of the sentence ("Israel and India")
_SHARED_IN_ITS_CLAUSE = 3  # ... where the passage names the sentence's party in that clause too
# A word, or what ends a clause: a comma, a semicolon, a colon, a full stop, a bracket, a dash between spaces
_TOKEN = patterns.compile(r"[^\W\d_][\w'’-]*|\d[\d,.]*\d|\d|[,;:.!?()\[\]]|\s[-–—]\s|[–—]")
_ENDS_CLAUSE = frozenset(",;:.!?()[]–—-")
_ENDS_SENTENCE_CLAUSE = frozenset(";:.!?()[]–—-")  # a comma does not end the clause the passage names a party in
# Words that say nothing of whose a deed is: pronouns, articles and links, words of saying and reporting
_EMPTY = frozenset("""about above after again against also among been before being both but could does done down
during each even ever from further have having here into just like made make many more most much must never other
over said says saying same should since some such than that their theirs them then there these they this those
through told under until upon very were what when where which while whom whose will with within without would your
according reported reportedly report reports also told tell tells
year years last week weeks month months today yesterday earlier later
monday tuesday wednesday thursday friday saturday sunday night morning evening afternoon dawn overnight""".split())

_SAYING = frozenset("""say says said saying told tells claim claims claimed according added adds stated states
reported reports believes believed argued argues insisted insists""".split())


class _Mention(NamedTuple):
    """A party's name in a text, the parties it names, and the content words on each side of it."""

    at: int
    word: tuple[int, int]  # the text it is in (0 for the sentence, 1 on for the passages), its place among its words
    name: str
    parties: frozenset[str]
    before: frozenset[str]
    after: frozenset[str]
    clause: frozenset[str]  # the parties its clause names
    texts: tuple[str, str]  # the name with the words before it, and with those after it, as written
    says: tuple[bool, bool]  # whether the words before it, and those after it, hold a word of saying


def party_in_others_words(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                          parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding where text names a party beside words a cited passage has beside another party only."""
    if not in_english(language) or len(parties) < 2 or not passages:
        return []
    mine = _mentions(text, parties)
    if not mine:
        return []
    theirs = [mention for number, passage in enumerate(passages, 1)
              for mention in _mentions(passage.text, parties, number)]
    for mention in mine:
        other = _other_party_beside(mention, theirs, text, passages, parties)
        if other and _speaker_named(text, passages, parties):
            return []  # "Kabul denied sheltering the militants" of Islamabad's denial: speakers.py names it once
        if other:
            return [Finding(offset + mention.at, f"this sentence names {mention.name} where its cited passages name "
                                                 f"{other[0]} beside the same words ('{other[1]}'): {clipped(text)}",
                            "name the party the source names, or cite the passage that gives these words to this one")]
    return []


def _other_party_beside(mention: _Mention, theirs: list[_Mention], text: str, passages: list[Cited],
                        parties: tuple[tuple[str, frozenset[str]], ...]) -> tuple[str, str] | None:
    """Return (the other party's name, the passage's words beside it) where a passage has this mention's words on
    one side beside another party only; or None."""
    own = None
    for side in ("before", "after"):
        words = getattr(mention, side)
        if len(words) < _SHARED_MARKED:
            continue  # too few words to tell (most mentions: read before the passages' mentions are gone through)
        own = [other for other in theirs if other.parties & mention.parties] if own is None else own
        if any(words & getattr(other, side) for other in own):
            continue  # too few words to tell, or the passages name this party beside them too
        # ... or on the other side of it, as many of them: "Southland was hit by tariffs imposed by Northland" of
        # "Northland imposed tariffs that hit Southland"
        beside_own = max((len(words & getattr(other, "after" if side == "before" else "before")) for other in own),
                         default=0)
        for other in theirs:
            if other.parties & mention.parties or other.parties & mention.clause:
                continue  # the sentence names the other party in this clause too: "fewer personnel than Pakistan"
            if other.says[side == "after"] != mention.says[side == "after"]:
                continue  # the words one side says, the other does: "Afghanistan says civilians were killed" of
                # "Pakistani strikes killed civilians, according to Afghanistan"
            shared = words & getattr(other, side)
            if len(shared) < _SHARED_MARKED:
                continue  # too few in common whatever they are: the sentence's marked words are not read
            needed = (_SHARED_IN_ITS_CLAUSE if mention.parties & other.clause
                      # an object the two share ("the border post", "the resolution") is no deed of the other's: two
                      # words do only where they are names or the passage's words quoted
                      else _SHARED_MARKED if len(shared & _marked_words(text)) >= _SHARED_MARKED else _SHARED)
            if _against_the_other(mention, other) or _gapped_figure(mention, text, passages):
                continue  # "ruled against Brightwell" of "ruled in Corvane's favour"; "and Norwave 14%" of its 14%
            if len(shared) >= max(needed, beside_own + 1) and not _close_to(other, mention.parties, theirs) and not (
                    mention.says[side == "after"] and _speaker_named(text, passages, parties)):
                return other.name, other.texts[side == "after"]
    return None


_AGAINST = patterns.compile(r"(?<![\w-])against\s+(?:the\s+)?$", re.IGNORECASE)
_FOR = patterns.compile(r"(?<![\w-])(?:for|of)\s+(?:the\s+)?$", re.IGNORECASE)
_FAVOUR = patterns.compile(r"^['’]?s?\s+favou?r(?![\w-])", re.IGNORECASE)


def _against_the_other(mention: _Mention, other: _Mention) -> bool:
    """Say whether a sentence rules against its party where the passage rules for the other one: "The court ruled
    against Brightwell" of "The court ruled in Corvane's favour" (a two-sided ruling told from the other side)."""
    before = mention.texts[0][:-len(mention.name)] if mention.texts[0].endswith(mention.name) else mention.texts[0]
    after = other.texts[1][len(other.name):] if other.texts[1].startswith(other.name) else ""
    other_before = other.texts[0][:-len(other.name)] if other.texts[0].endswith(other.name) else ""
    return bool(_AGAINST.search(before)) and bool(_FAVOUR.match(after) or _FOR.search(other_before)
                                                   and "favo" in other_before.casefold())


_FIGURE = patterns.compile(r"\d[\d,.]*")


def _gapped_figure(mention: _Mention, text: str, passages: list[Cited]) -> bool:
    """Say whether a passage gives the sentence's figure right after the sentence's party, its verb gapped: "Castellane
    holds 27% of the market and Norwave 14%" backs "Norwave holds 14% of the market"."""
    figures = set(_FIGURE.findall(text))
    if not figures:
        return False
    near = re.compile(rf"(?<![\w-]){re.escape(mention.name)}(?:['’]s)?\s+(?:(?:about|some|nearly|almost|just|only|with)"
                      rf"\s+)?\D{{0,2}}(?P<figure>\d[\d,.]*)")
    return any(found["figure"].rstrip(".,") in figures or found["figure"] in figures
               for passage in passages for found in near.finditer(passage.text))


@functools.lru_cache(maxsize=256)  # a sentence is read once however many of the passages' names it is set against
def _marked_words(text: str) -> frozenset[str]:
    """Return the content words (as _content gives them) a sentence quotes or writes as names, but its first word."""
    quoted = quoted_parts(text)
    marked = set()
    for index, match in enumerate(_TOKEN.finditer(text)):
        word = match.group()
        if (index and word[:1].isupper()) or any(start <= match.start() < end for start, end in quoted):
            if _content(word):
                marked.add(_content(word))
    return frozenset(marked)


def _speaker_named(text: str, passages: list[Cited], parties: tuple[tuple[str, frozenset[str]], ...]) -> bool:
    """Say whether speakers.py already names the sentence's speaker as not the passages' ("Alpha said the plant should
    close" of "Beta's ministers said ..."): a party told as speaking is named once."""
    from .speakers import misattributed  # speakers.py reads swapped_names.py's neighbours: imported when asked
    return bool(misattributed(text, passages, 0, parties))


def _close_to(mention: _Mention, parties: frozenset[str], mentions: list[_Mention]) -> bool:
    """Say whether a mention of one of `parties` stands within a few words of this mention in its text."""
    (number, word) = mention.word
    return any(other.parties & parties and other.word[0] == number and 0 < abs(other.word[1] - word) <= _CLOSE
               for other in mentions)


def _mentions(text: str, parties: tuple[tuple[str, frozenset[str]], ...], number: int = 0) -> list[_Mention]:
    """Return each capitalised party name of text (the `number`th text read) with the content words on each side
    of it."""
    tokens = [(match.start(), match.group()) for match in _TOKEN.finditer(text.replace("\n", " "))]
    named = [party_of(word, parties) if word[:1].isupper() else frozenset() for _, word in tokens]
    clauses = _clauses_named(tokens, named)
    found = []
    for index, (at, word) in enumerate(tokens):
        if not named[index]:
            continue
        found.append(_Mention(at, (number, index), re.sub(r"['’]s?$", "", word), named[index],
                              _side(tokens, named, range(index - 1, -1, -1)),
                              _side(tokens, named, range(index + 1, len(tokens))),
                              clauses(index), _written(text, tokens, named, index),
                              (_saying(tokens, named, range(index - 1, -1, -1)),
                               _saying(tokens, named, range(index + 1, len(tokens))))))
    return found


def _side(tokens: list[tuple[int, str]], named: list[frozenset[str]], indexes: range) -> frozenset[str]:
    """Return the content words of up to _REACH words from a name, stopping at a clause's end or another name."""
    words = []
    for index in indexes:
        word = tokens[index][1]
        if word.strip() in _ENDS_CLAUSE or named[index] or len(words) == _REACH:
            break
        words.append(word)
    return frozenset(_content(word) for word in words if _content(word))


def _written(text: str, tokens: list[tuple[int, str]], named: list[frozenset[str]], index: int) -> tuple[str, str]:
    """Return the name with the words read before it, and the name with those read after it, as text has them."""
    first = last = index
    while first > 0 and index - first < _REACH and tokens[first - 1][1].strip() not in _ENDS_CLAUSE \
            and not named[first - 1]:
        first -= 1
    while last < len(tokens) - 1 and last - index < _REACH and tokens[last + 1][1].strip() not in _ENDS_CLAUSE \
            and not named[last + 1]:
        last += 1
    at, word = tokens[index]
    return (" ".join(text[tokens[first][0]:at + len(word)].split()),
            " ".join(text[at:tokens[last][0] + len(tokens[last][1])].split()))


def _saying(tokens: list[tuple[int, str]], named: list[frozenset[str]], indexes: range) -> bool:
    """Say whether the words read on one side of a name hold a word of saying ("said", "according")."""
    for count, index in enumerate(indexes):
        word = tokens[index][1]
        if word.strip() in _ENDS_CLAUSE or named[index] or count == _REACH:
            return False
        if word.casefold() in _SAYING:
            return True
    return False


def _content(word: str) -> str:
    """Return a word's first letters where it says something of its own, else ""."""
    folded = re.sub(r"['’]s?$", "", word).casefold()
    return folded[:_PREFIX] if len(folded) >= 4 and folded.isalpha() and folded not in _EMPTY else ""


def _clauses_named(tokens: list[tuple[int, str]], named: list[frozenset[str]]):
    """Return a function giving, for a name's index, the parties the rest of its clause names (up to a semicolon, a
    full stop, a bracket or a dash), each clause counted once: read name by name, a 40 KB clause cost its square."""
    clause_of, counts = [], [Counter()]
    for index, (_, word) in enumerate(tokens):
        clause_of.append(len(counts) - 1)
        counts[-1].update(named[index])
        if word.strip() in _ENDS_SENTENCE_CLAUSE:
            counts.append(Counter())

    def parties(index: int) -> frozenset[str]:
        count = counts[clause_of[index]]
        return frozenset(party for party, times in count.items() if times > (party in named[index]))
    return parties

