"""A place kept to what happened there: "The bonds were issued in Geneva." may not cite "A fourth round of talks is
scheduled for 9 December in Geneva.".

places.py refuses a place its passages never name; here the passages name it, for another event. A sentence's place
after "in" or "at" (a run of capitalised words, a month, a weekday or a party of the briefing aside) is refused where
every source's sentence holding it among the cited passages, and the paragraph around them, share no word of four
letters or more (by its first four letters, the place's own words and the commonest words aside) with the sentence:
what those sentences put there is something else. "... suing Marvela in Geneva, where the bonds were issued" citing the sue passage ("in New York, where
the bonds were issued") and the Geneva talks is refused alike; "Talks resume in Geneva" citing the same talks builds.
A sentence of fewer than two such words besides its place says too little to be read. Where the words are shared,
an event ranked in a series is still its own: "The third round of talks, in Geneva, ended" citing the third round's
passage (in Lisbon) and "A fourth round of talks is scheduled for 9 December in Geneva" is refused, every source
sentence naming Geneva ranking the round otherwise (tests/test_factcheck_132.py). English text is read; words in
quotation marks are not (tests/test_newuser_94.py).
"""

from __future__ import annotations

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .owners import is_named
from .ranks import english_ranks
from .sentences import folded_word, inside, markers_blanked, sentence_of

_PLACE = patterns.compile(r"(?<![\w-])(?:in|at)\s+(?P<place>[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)*)(?![\w'’-])")
_WORD = patterns.compile(r"[^\W\d_]{4,}|\d+")
_PREFIX = 4  # "hears" and "hearing": "The panel hears the appeal in Kellport" of "The hearing took place in Kellport"
_COMMON = frozenset("""would could should where which that this these those with from have been were will said says
their there they them also into about after before more than when what such other some over only then both each
while being made make does done told tell just very most much many even still here upon under""".split())
_NOT_PLACES = frozenset("""january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday""".split())


def place_of_another_event(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                           parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding where text puts its words in a place its passages name only in sentences about something
    else: no word of them shared."""
    if not in_english(language) or not passages:
        return []
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    for match in _PLACE.finditer(spoken):
        place = match["place"]
        own = {folded_word(word)[:_PREFIX] for word in place.split()}
        if (inside(quoted, match.start()) or place.casefold() in _NOT_PLACES
                or any(is_named(folded_word(word), words) for word in place.split() for _, words in parties)):
            continue
        mine = _words(spoken) - own
        naming = [_sentences_naming(passage, place) for passage in passages if in_english(passage.language)]
        holding = [sentence for sentences, _ in naming for sentence in sentences]
        around = holding + [paragraph for sentences, paragraph in naming if sentences and paragraph]
        if len(mine) >= 2 and holding and not any(mine & _words(sentence) for sentence in around):
            return [Finding(offset,
                            f"this sentence puts its words in {place}, where its cited passages put something else "
                            f"('{' '.join(holding[0].split())}'): {clipped(text)}",
                            "say what happened there as the source does, or cite the passage that puts this there")]
        if holding and (ranked := _another_rank_there(spoken, holding, passages)):
            mine_shown, theirs, sentence = ranked
            return [Finding(offset,
                            f"this sentence puts the {mine_shown} in {place}, where its cited passages put the "
                            f"{theirs} ('{' '.join(sentence.split())}'): {clipped(text)}",
                            "put each event where the passage telling it does, or cite the passage that puts this "
                            "one there")]
    return []


def _another_rank_there(spoken: str, holding: list[str], passages: list[Cited]) -> tuple[str, str, str] | None:
    """Return the sentence's ranked event ("third round"), the one every source sentence naming its place ranks instead
    ("fourth round") and the first such sentence, where none of them ranks the sentence's and a cited passage tells it
    elsewhere: the words shared ("round", "talks") are of another event of a series ("The third round of talks, in
    Geneva" of the third round in Lisbon and "A fourth round of talks is scheduled for 9 December in Geneva"; a rank no
    passage gives is ranks.py's to name); None where that is not so."""
    for what, ranks in english_ranks(spoken).items():
        theirs = [english_ranks(sentence).get(what, {}) for sentence in holding]
        told = any(set(ranks) & set(english_ranks(passage.text).get(what, {})) for passage in passages)
        if told and all(theirs) and not any(set(ranks) & set(other) for other in theirs):
            return (_bare(next(iter(ranks.values()))), _bare(next(iter(theirs[0].values()))), holding[0])
    return None


def _bare(rank: str) -> str:
    """Return a rank as written, folded, its ending "s" kept ("third round")."""
    return " ".join(rank.casefold().split())


def _sentences_naming(passage: Cited, place: str) -> tuple[list[str], str]:
    """Return the source's sentences holding the passage's mentions of a place (the passage's own, cut at its stops,
    where the source's is not known), and the paragraph around them."""
    text = passage.holding if passage.holding and passage.text in passage.holding else passage.text
    found, at = [], text.find(place)
    while at >= 0 and place in passage.text:
        found.append(sentence_of(text, at))
        at = text.find(place, at + len(place))
    return found, passage.paragraph


def _words(text: str) -> frozenset[str]:
    """Return the first letters of text's words of four letters or more and its figures, folded, common ones aside."""
    return frozenset(folded[:_PREFIX] for word in _WORD.findall(text) for folded in (folded_word(word),)
                     if folded not in _COMMON)
