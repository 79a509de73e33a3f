"""A comparison not given to the party the source does not give it to: "The Taliban's military is stronger" may not
cite "The strength of the Afghan Taliban's military is thinner", nor "The Taliban has more active personnel than
Pakistan" cite it beside "Pakistan has 660,000 active personnel".

A sentence's comparative of one way (more, stronger, larger, bigger, greater, higher, superior) or the other (fewer,
less, weaker, smaller, thinner, lower, inferior), its subject a party (the last party the clause names before it, not
after "than"), is refused where a cited passage's sentence gives the same party the other way and shares a word of
four letters or more with it besides the parties' words, and no cited passage's sentence gives that party the
sentence's way. A bound ("more than 400", "more than half"), a negated comparative ("no larger") and words in quotation marks are not
read. English text is read.
"""

from __future__ import annotations

from typing import Iterator, NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .sentences import folded_word, inside, markers_blanked, split_sentences
from .wordset import may_hold

_UP = frozenset("more stronger larger bigger greater higher superior".split())
_DOWN = frozenset("fewer less weaker smaller thinner lower inferior".split())
_WAY = {**{word: 1 for word in _UP}, **{word: -1 for word in _DOWN}}
_WORDS = frozenset(_WAY)
_TOKEN = patterns.compile(r"[A-Za-z][\w'’-]*|\d[\d,.]*|[,;:()\u2013\u2014]")
# What a bound counts after "than" ("more than half", "fewer than expected")
_AMOUNTS = frozenset("half a an one two three four five six seven eight nine ten twice double dozen dozens hundred "
                     "hundreds thousand thousands million millions expected forecast usual ever before".split())
_NOT_BEFORE = frozenset({"no", "not", "never", "any", "once", "nothing", "much", "far"})
_CLAUSE_ENDS = frozenset({",", ";", ":", "(", ")", "\u2013", "\u2014"})
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "when", "which", "than", "only", *_WORDS})


class _Compared(NamedTuple):
    party: str
    named: str  # the party's word as the text writes it
    way: int
    word: str
    at: int


def party_comparisons(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                      parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding when text gives a party a comparison's way that its passages give it the other way."""
    if len(parties) < 2 or not in_english(language) or not may_hold(text, _WORDS):
        return []
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    own = [each for each in _compared(spoken, parties) if not inside(quoted, each.at)]
    if not own:
        return []
    theirs = [(each, content_words(sentence.text, _NOT_CONTENT))
              for passage in passages if may_hold(passage.text, _WORDS)
              for sentence in split_sentences(passage.text, "en") for each in _compared(sentence.text, parties)]
    party_words = frozenset().union(*(words for _, words in parties))
    words = content_words(spoken, _NOT_CONTENT) - party_words
    for each in own:
        if any(other.party == each.party and other.way == each.way for other, _ in theirs):
            continue
        for other, other_words in theirs:
            if other.party == each.party and other.way == -each.way and words & other_words:
                return [Finding(offset, f"this sentence says '{each.word}' of {each.named} where its "
                                        f"cited passages say '{other.word}': {clipped(text)}",
                                "keep the source's comparison, or cite a passage that makes this one")]
    return []


def _compared(text: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> Iterator[_Compared]:
    """Yield the comparatives of text whose subject is a party, not bounds nor negated."""
    tokens = [(match.group(), match.start()) for match in _TOKEN.finditer(text)]
    subject = written = ""
    compared_with = False  # after "than", the party named is what the subject is compared with
    for index, (token, at) in enumerate(tokens):
        lower = token.lower()
        if lower in _CLAUSE_ENDS:
            compared_with = False
            continue
        if lower == "than":
            compared_with = True
            continue
        bare = _bare(token)
        named = next((party for party, words in parties if folded_word(bare) in words), "")
        if named:
            if not compared_with:
                subject, written = named, bare
            continue
        way = _WAY.get(lower)
        if way is None or not subject:
            continue
        following = [word.lower() for word, _ in tokens[index + 1:index + 3]] + ["", ""]
        before = tokens[index - 1][0].lower() if index else ""
        if (following[0] in ("and", "or") or following[0][:1].isdigit() or before in _NOT_BEFORE
                or (following[0] == "than" and (following[1][:1].isdigit() or following[1] in _AMOUNTS))):
            continue  # "more and more", "more than 400", "more than half": no comparison of parties
        yield _Compared(subject, written, way, token, at)


def _bare(token: str) -> str:
    """Return a word without its possessive ending ("Taliban's")."""
    for ending in ("'s", "’s", "'", "’"):
        if token.endswith(ending):
            return token[:-len(ending)]
    return token
