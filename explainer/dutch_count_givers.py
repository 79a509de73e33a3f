"""Dutch counts set side by side by their givers: a passage's "volgens de organisatoren deden zo'n 20.000 boeren mee,
volgens de politie waren het er 8.000" gives each figure to the giver its own "volgens" names.

A sentence stating one of those figures must name its giver: "Zo'n 20.000 boeren deden mee" tells the organisers'
count as fact, and "Volgens de politie deden zo'n 20.000 boeren mee" gives it to the police. according_to.py holds a
figure to a giver its cited sentence names anywhere, so one sentence naming both givers backed either figure for
either (tests/test_newuser_137.py). Read only where a sentence of a passage names two givers or more by "volgens",
each before figures of its own, and only for a figure that sentence alone gives.
"""

from __future__ import annotations


from . import patterns
from .attribution import Cited, Finding, clipped
from .numbers import mentions_in
from .sentences import split_sentences

_VOLGENS = patterns.compile(r"\b[Vv]olgens\s+(?P<who>(?:(?:de|het|een)\s+)?[\w'-]+)")
_WORD = patterns.compile(r"[\w'-]+")
_ARTICLES = frozenset({"de", "het", "een"})


def _figures(text: str) -> frozenset:
    return frozenset(q.value for m in mentions_in(text, "nl") if m.kind == "figure" for q in m.quantities)


def _head(who: str) -> str:
    """Return the giver's noun, lower case: "politie" of "de politie"."""
    words = [word.casefold() for word in _WORD.findall(who) if word.casefold() not in _ARTICLES]
    return words[0] if words else ""


def _same_noun(one: str, other: str) -> bool:
    """Say whether two Dutch nouns are one, singular or plural ("organisator", "organisatoren")."""
    short, long = sorted((one, other), key=len)
    return long == short or long in (short + "en", short + "s", short + "n", short + "nen")


def _names(text: str, noun: str) -> bool:
    """Say whether text names a giver by its noun: after "volgens", or by a verb of its own ("De organisatoren
    spreken van ...", "de politie telde"), which is all that is read."""
    return any(_same_noun(word.casefold(), noun) for word in _WORD.findall(text))


def _giver_segments(sentence: str) -> list[tuple[str, str, frozenset]]:
    """Return each giver a passage's sentence names by "volgens" with the figures of its stretch (up to the next
    "volgens"), where it names two or more."""
    found = list(_VOLGENS.finditer(sentence))
    if len(found) < 2:
        return []
    ends = [match.start() for match in found[1:]] + [len(sentence)]
    # the stretch before the first "volgens" belongs to it too: "Zo'n 20.000 boeren deden volgens de organisatoren mee"
    starts = [0] + [match.start() for match in found[1:]]
    return [(_head(match["who"]), match[0], _figures(sentence[start:end]))
            for match, start, end in zip(found, starts, ends)]


def count_given_to_another_giver(text: str, passages: list[Cited], offset: int = 0,
                                 language: str = "") -> list[Finding]:
    """Return a finding where a Dutch sentence states a figure a cited sentence gives to one of its "volgens"
    givers without naming that giver: told as fact, or given to the other giver."""
    if not language.startswith("nl") or not _figures(text):
        return []
    figures = _figures(text)
    for passage in passages:
        if "olgens" not in passage.text:
            continue
        sentences = split_sentences(passage.text, "nl")
        for sentence in sentences:
            segments = [segment for segment in _giver_segments(sentence.text) if segment[0]]
            for noun, volgens, own in segments:
                others = set().union(*(theirs for other, _, theirs in segments if other != noun))
                mine = (figures & own) - others
                # a figure said elsewhere in the passage too may be the sentence's from there
                elsewhere = any(mine & _figures(other.text) for other in sentences if other is not sentence)
                if not mine or elsewhere or _names(text, noun):
                    continue
                rivals = [other for other, _, _ in segments if other != noun and _names(text, other)]
                if rivals:
                    return [Finding(offset, f"this sentence gives its figure to '{rivals[0]}', where its cited passage "
                                            f"gives it to '{noun}' ({clipped(sentence.text, 120)}): {clipped(text)}",
                                    "give each figure to whoever the source gives it to")]
                return [Finding(offset, f"this sentence states as fact a figure its cited passage gives only "
                                        f"'{volgens[0].lower() + volgens[1:]}' ({clipped(sentence.text, 120)}): "
                                        f"{clipped(text)}",
                                "keep whose count it is, as the source does: 'volgens ...'")]
    return []
