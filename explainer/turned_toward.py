"""A deed toward the same thing not turned into its opposite: backing told as fighting, expanding as reducing,
benefiting as suffering.

"Pakistan spent decades fighting the Afghan Taliban" built citing "Pakistan spent decades backing and sheltering the
Afghan Taliban"; "The Taliban plans to reduce its armed forces." citing "... plans to expand its armed forces"; and
"Pakistan's armed forces suffer from poor recruitment and retention." citing "... benefit from good recruitment and
retention". opposites.py reads single words by the sentence around them, and a change's way without a figure it reads
only in "rose" and "fell", so "Expanding the bus network reduced congestion" (two deeds, two objects) stays honest.

A sentence's verb of one side of a pair (backing, supporting, sheltering, arming, funding, sponsoring, aiding against
fighting, attacking, opposing, targeting, bombing; expanding, increasing, raising, boosting, enlarging against reducing,
cutting, shrinking, lowering, decreasing, downsizing, trimming; benefiting against suffering) is refused where a cited
passage gives the other side's verb the same object (the words after it up to a function word, skipping articles,
possessives, a "from" and words of quality: "good", "poor", ...), and no cited passage uses a verb of the sentence's
side at all ("Most analysts backed the deal." citing "shareholders opposed the deal, though most analysts backed it":
whose deed is whose is not read). A negated verb ("never backed"), a verb in quotation marks and a verb whose object is
none ("support for") are not read. English text is read.
"""

from __future__ import annotations

from typing import Iterator, NamedTuple

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked
from .wordset import ascii_words, may_hold

_SIDES = (
    ("backed back backs backing support supports supported supporting shelter shelters sheltered sheltering arming "
     "funded funding sponsor sponsors sponsored sponsoring aided aiding",
     "fight fights fought fighting attack attacks attacked attacking oppose opposes opposed opposing target targets "
     "targeted targeting bombed bombing"),
    ("expand expands expanded expanding increase increases increased increasing raise raises raised raising boost "
     "boosts boosted boosting enlarge enlarges enlarged enlarging",
     "reduce reduces reduced reducing cut cuts cutting shrink shrinks shrank shrinking lowered lowering decrease "
     "decreases decreased decreasing downsize downsizes downsized downsizing trim trims trimmed trimming"),
    ("benefit benefits benefited benefitted benefiting benefitting", "suffer suffers suffered suffering"),
)
_SIDE: dict[str, tuple[int, int]] = {word: (pair, side) for pair, sides in enumerate(_SIDES)
                                     for side, words in enumerate(sides) for word in words.split()}
_VERBS = frozenset(_SIDE)
# Skipped before an object: articles, possessives, "from", a verb joined by "and", words of quality
_SKIPPED = frozenset("the a an its their his her our your this that these those from and or also of good poor strong "
                     "weak better worse high low great greater".split())
# An object ends at a function word
_ENDS = frozenset("to by in on at for with as than and or but which who that while after before since into over "
                  "under from of it is are was were has have had will would could should can may".split())
_NEGATED = frozenset({"not", "never", "no", "nor", "without", "stopped", "ended", "ceased"})
_WORD = patterns.compile(r"[A-Za-z][\w'’-]*|[^\w\s]")
_OBJECT_WORDS = 3


class _Deed(NamedTuple):
    pair: int
    side: int
    verb: str
    at: int
    object: tuple[str, ...]
    written: str  # the object as the text writes it


def turned_toward(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text gives a deed toward something that its passages give the opposite deed toward."""
    if not in_english(language) or not may_hold(text, _VERBS):
        return []
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    own = [deed for deed in _deeds(spoken) if not inside(quoted, deed.at)]
    if not own:
        return []
    theirs = [deed for passage in passages if may_hold(passage.text, _VERBS) for deed in _deeds(passage.text)]
    given = {_SIDE[word] for passage in passages for word in _words_of(passage.text) if word in _SIDE}
    for deed in own:
        if (deed.pair, deed.side) in given:
            continue  # a passage gives the deed itself, toward this or something else ("most analysts backed it")
        for other in theirs:
            if other.pair == deed.pair and other.side != deed.side and other.object == deed.object:
                return [Finding(offset, f"this sentence says '{deed.verb}' where its cited passages say "
                                        f"'{other.verb}' of the same '{deed.written}': {clipped(text)}",
                                "keep the source's deed, or cite a passage that says this one")]
    return []


def _deeds(text: str) -> Iterator[_Deed]:
    """Yield the deeds of the pairs that text gives an object, not negated."""
    words = [(match.group(), match.start()) for match in _WORD.finditer(text)]
    for index, (word, at) in enumerate(words):
        found = _SIDE.get(word.lower())
        if found is None or _negated(words, index):
            continue
        obj = _object(words, index + 1)
        if obj:
            yield _Deed(found[0], found[1], word, at, *obj)


def _words_of(text: str) -> frozenset[str]:
    """Return the lowercase runs of letters of text."""
    return ascii_words(text) or frozenset(word.lower() for word in _WORD.findall(text))


def _negated(words: list[tuple[str, int]], index: int) -> bool:
    """Say whether one of the three words before a verb negates it."""
    return any(word.lower() in _NEGATED or word.lower().endswith(("n't", "n’t"))
               for word, _ in words[max(0, index - 3):index])


def _object(words: list[tuple[str, int]], start: int) -> tuple[tuple[str, ...], str] | None:
    """Return the object's words after a verb, folded (plurals as their singular), up to a function word, and the
    object as written; None where the verb has none."""
    at = start
    while at < len(words) and (words[at][0].lower() in _SKIPPED or words[at][0].lower() in _VERBS):
        at += 1
    found: list[str] = []
    first = at
    while at < len(words) and len(found) < _OBJECT_WORDS:
        word = words[at][0].lower()
        if not word[0].isalpha() or word in _ENDS or word in _VERBS:
            break
        found.append(word[:-1] if word.endswith("s") and len(word) > 3 and not word.endswith("ss") else word)
        at += 1
    return (tuple(found), " ".join(word for word, _ in words[first:at])) if found else None
