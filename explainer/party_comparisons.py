"""A comparison not given to the party the source does not give it to: "The Taliban's military is stronger" may not
cite "The strength of the Afghan Taliban's military is thinner", nor "The Taliban has more active personnel than
Pakistan" cite it beside "Pakistan has 660,000 active personnel".

A sentence's comparative of one way (more, stronger, larger, bigger, greater, higher, superior) or the other (fewer,
less, weaker, smaller, thinner, lower, inferior), its subject a party (the last party the clause names before it, not
after "than"), is refused where a cited passage's sentence gives the same party the other way and shares a word of
four letters or more with it besides the parties' words, and no cited passage's sentence gives that party the
sentence's way. A bound ("more than 400", "more than half"), a negated comparative ("no larger") and words in quotation marks are not
read. English text is read.
A comparison of two parties ("The Isles caught more than Norlandia") whose two sides' figures the cited passages give
is read against them too: a passage's figure is the party's named last before it in its sentence, none between, and
two figures compare where both count the same thing (the word after them, "tonnes", and their unit). It is refused
where the passages give both parties such figures, every pair goes against the sentence's way, and the sentence,
giving no figure of its own, shares a word of four letters or more with one of those passages' sentences
(tests/test_factcheck_113.py): "Norlandia, which caught about 246,000 tonnes" beside "The Eastern Isles, whose fleet
landed 182,000 tonnes".
"""

from __future__ import annotations

from typing import Iterator, NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .numbers import Mention, is_year, mentions_in
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
    return _figures_turned(text, spoken, own, passages, parties, words, offset)


def _figures_turned(text: str, spoken: str, own: list[_Compared], passages: list[Cited],
                    parties: tuple[tuple[str, frozenset[str]], ...], words: frozenset[str],
                    offset: int) -> list[Finding]:
    """Return a finding when text compares two parties ("A caught more than B") whose figures of one thing the
    passages give, every pair of them the other way round."""
    if any(not is_year(mention.text) for mention in mentions_in(spoken, "en")):
        return []  # a sentence giving figures is the figure checks' to read
    for each in own:
        other = _than_party(spoken, each, parties)
        if not other:
            continue
        given = [figure for passage in passages for sentence in split_sentences(passage.text, "en")
                 for figure in _party_figures(sentence.text, parties)]
        mine = [figure for figure in given if figure[0] == each.party]
        theirs = [figure for figure in given if figure[0] == other[0]]
        pairs = [(one, two) for one in mine for two in theirs if one[2] == two[2]]
        counted = _counted_after(spoken, each) & {figure[2][1] for figure in given}
        if counted:  # "more boats than": only figures of boats compare, not the tonnes the passages also give
            pairs = [(one, two) for one, two in pairs if one[2][1] in counted]
        if pairs and all((one[1] - two[1]) * each.way < 0 for one, two in pairs) and any(
                words & figure[4] for pair in pairs for figure in pair):
            one, two = pairs[0]
            return [Finding(offset, f"this sentence says '{each.word}' of {each.named} than of {other[1]} where its "
                                    f"cited passages give {each.named} {one[3]} and {other[1]} {two[3]}: "
                                    f"{clipped(text)}",
                            "compare the parties as the source's figures do, or cite a passage that makes this "
                            "comparison")]
    return []


_AFTER_THAN = 3  # "more fish than", "a larger catch than": words between the comparative and "than", at most


def _than_party(text: str, compared: _Compared, parties: tuple[tuple[str, frozenset[str]], ...]
                ) -> tuple[str, str]:
    """Return the party (its id, and its word as written) a comparison is made with: named right after its "than"
    (past "the"), "than" a few words after the comparative; else ("", "")."""
    tokens = [match.group() for match in _TOKEN.finditer(text, compared.at)][1:_AFTER_THAN + 4]
    at = next((index for index, token in enumerate(tokens[:_AFTER_THAN + 1]) if token.lower() == "than"), -1)
    if at < 0:
        return "", ""
    after = [token for token in tokens[at + 1:] if token.lower() != "the"][:1]
    if not after:
        return "", ""
    bare = _bare(after[0])
    return next(((party, bare) for party, names in parties if folded_word(bare) in names), ("", ""))


def _counted_after(text: str, compared: _Compared) -> frozenset[str]:
    """Return the words between a comparative and its "than", folded: what it counts ("more boats than")."""
    tokens = [match.group().casefold() for match in _TOKEN.finditer(text, compared.at)][1:_AFTER_THAN + 2]
    return frozenset(tokens[:tokens.index("than")] if "than" in tokens else ())


# A figure's party, what it counts and its sentence's words: (party, value, (unit, counted word), as written, words)
_Figure = tuple[str, float, tuple[str, str], str, frozenset[str]]


def _party_figures(sentence: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> list[_Figure]:
    """Return the figures a passage's sentence gives a party: each figure (not a year) with the party named last
    before it."""
    named: list[tuple[int, str]] = []  # (where, party), in order
    for match in _TOKEN.finditer(sentence):
        party = next((party for party, words in parties if folded_word(_bare(match.group())) in words
                      and match.group()[0].isupper()), "")
        if party:
            named.append((match.start(), party))
    if not named:
        return []
    words = content_words(sentence, _NOT_CONTENT)
    found = []
    for mention in mentions_in(sentence, "en"):
        before = [party for at, party in named if at < mention.start]
        if mention.kind != "figure" or len(mention.quantities) != 1 or is_year(mention.text) or not before:
            continue
        found.append((before[-1], float(mention.quantities[0].value), _counted(sentence, mention),
                      f"{mention.text} {_counted(sentence, mention)[1]}".strip(), words))
    return found


_COUNTED_WORD = patterns.compile(r"\s+([A-Za-z][\w-]*)")


def _counted(sentence: str, mention: Mention) -> tuple[str, str]:
    """Return what a figure counts: its unit, and the word right after it ("tonnes")."""
    word = _COUNTED_WORD.match(sentence, mention.end)
    return mention.quantities[0].unit, word.group(1).casefold() if word else ""


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
