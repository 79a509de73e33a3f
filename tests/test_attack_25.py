"""Round twenty-five of attacks on files, signals and sockets: the cost of a project at its limits.

Each quote was looked for through the whole of its source, once per citation, so anchoring grew with the citations
times the seed's size: a seed near its 32 MiB limit with 10,000 citations of passages near its end (one file's limit)
took 77 s of CPU to check, where it now takes 3.2 s; and each quote not found looked through the whole seed several
times more for the passage nearest it (1,000 misquotes, 62 s of CPU; 10,000 would take ten minutes): it is now sought
for a briefing's first ten (10,000 misquotes, 3.8 s).

What held, tried in this round and left without a test of its own: one sentence of 1,600 clauses full of figures,
dates, percentages, names and units in each built-in language (en, es, de, fr, ar) is checked in time growing with
its length (2 to 2.6 s of CPU, half that for 800); 2,000 claims of one measure in one topic build in 1.2 s."""

from __future__ import annotations

import random

import pytest

from support import edit, error_lines, rebuild_fails, build_ok

from explainer.anchor import NormalisedSource, _fits, anchor_quote, matchable
from explainer.model import Source
from explainer.sources import SourceText

FILLER = "The river rose over the bank of the town. "
MAX_SUGGESTED = 10  # hints.MAX_SUGGESTED


class CountingText(str):
    """A source's folded text that counts the characters its searches look through."""

    looked = 0
    finds = 0

    def find(self, sub, start=0, end=None):
        end = len(self) if end is None else min(end, len(self))
        CountingText.looked += max(0, end - start)
        CountingText.finds += 1
        return super().find(sub, start, end)


def source_of(text: str) -> NormalisedSource:
    """Return `text` as a normalised source, counting what its searches look through."""
    source = NormalisedSource(SourceText(Source(id="big", file="", title="", publisher="", date="unknown"), text))
    source.text = CountingText(source.text)
    return source


def looked_through_to_anchor(quotes: int, word: str) -> tuple[int, int]:
    """Return how many characters anchoring the first half and then the second half of `quotes` citations of "`word`
    N of the town" looked through in a seed of 2 MB ending in "gauge N of the town" for every N. One seed serves
    both halves: a second seed for the first half alone was a third of the test's CPU and measured nothing more."""
    tail = "".join(f"The river rose over gauge {number} of the town.\n" for number in range(quotes))
    source = source_of(FILLER * (2_000_000 // len(FILLER)) + "\n" + tail)
    CountingText.looked = 0
    halves = []
    for number in range(quotes):
        found = anchor_quote(source, f"{word} {number} of the town", **({} if word == "gauge" else {"nearest": False}))
        assert (found.passage is not None) == (word == "gauge"), found
        if number + 1 == quotes // 2:
            halves.append(CountingText.looked)
    return halves[0], CountingText.looked - halves[0]


@pytest.mark.parametrize("word", ["gauge", "gague"], ids=["found", "not found"])
def test_anchoring_many_quotes_of_a_long_seed_grows_with_the_quotes_not_with_them_times_the_seed(word: str):
    """The 600 citations beyond the first 600 looked through 600 times the seed (1.2 GB); now each looks through the
    blocks of it holding its words (two of 64 KB), under a tenth of the seed."""
    seed = 2_000_000
    first, more = looked_through_to_anchor(1200, word)
    assert first > 0 and more < 600 * seed // 10, more


def assert_anchored_as_every_occurrence_would(source: NormalisedSource, quote: str, prefix: str, found) -> None:
    """Check an anchoring against every occurrence of the quote in the text, each tried for its words and prefix."""
    wanted, before = matchable(quote).strip(), matchable(prefix).strip()
    spans, at = [], source.text.find(wanted)
    while at >= 0:
        spans.append((at, at + len(wanted)))
        at = source.text.find(wanted, at + 1)
    fitting = [span for span in spans if _fits(source.text, *span, before, "", False)]
    if len(fitting) == 1:
        assert found.passage == source.passage(*fitting[0]) or "runs from the end of a paragraph" in found.message
    else:
        assert found.passage is None
        times = f"{len(fitting)} times" if len(fitting) <= 1_000 else "more than 1,000 times"
        assert f" occurs {times} in " in found.message if fitting else " occurs " not in found.message


def test_a_quote_looked_for_among_a_sources_blocks_anchors_as_looked_for_through_all_of_it():
    """Whatever the text and the quote, a source cut into word blocks anchors (or refuses, with the same message)
    as one looked through whole: punctuation, digits, underscores, Japanese, Arabic, words cut at a quote's edge."""
    rng = random.Random(25)
    words = ["river", "rose", "3", "metres", "3.5", "on", "Monday", "the", "town's", "snake_case", "(bank)",
             "“said”",
             "極めて", "遺憾", "بانک", "مرکزی", "rise", "ise", "Gauge-7", "co-operate", "--", "a"]
    text = " ".join((rng.choice(words) if number % 7 else f"gauge{number}") + rng.choice(["", "", ",", ".", "\n", "  "])
                    for number in range(60_000))  # with words found once, which most blocks lack
    plain = NormalisedSource(SourceText(Source(id="s", file="", title="", publisher="", date="unknown"), text))
    blocked = NormalisedSource(SourceText(Source(id="s", file="", title="", publisher="", date="unknown"), text))
    assert len(blocked.text) > 256 * 1024
    for _ in range(64):
        blocked.occurrences("Monday")  # looked through whole as often as a source is before it is cut into blocks
    assert blocked.blocks is None
    for number in range(300):
        start = rng.randrange(len(text) - 200)
        quote, prefix = text[start:start + rng.randrange(1, 120)], text[max(0, start - 12):start] * (number % 4 == 1)
        if number % 3 == 0:
            quote = " ".join(rng.choice(words) for _ in range(rng.randrange(1, 6)))
        plain.looks = 0  # never looked through often enough to be cut into blocks
        expected = anchor_quote(plain, quote, prefix, nearest=False)
        assert anchor_quote(blocked, quote, prefix, nearest=False) == expected, (quote, prefix)
        assert_anchored_as_every_occurrence_would(plain, quote, prefix, expected)
    assert blocked.blocks is not None
    for start in blocked.blocks.starts[1:]:  # words on both sides of where one block ends and the next starts
        for quote, prefix in ((blocked.text[start - 40:start + 40], ""), (blocked.text[start - 3:start + 9], ""),
                              (blocked.text[start + 1:start + 30], blocked.text[start - 12:start + 1])):
            plain.looks = 0
            expected = anchor_quote(plain, quote, prefix, nearest=False)
            assert anchor_quote(blocked, quote, prefix, nearest=False) == expected, (quote, prefix)
            assert_anchored_as_every_occurrence_would(plain, quote, prefix, expected)


def test_quotes_found_many_times_are_each_looked_at_up_to_the_first_thousand_places():
    """Each occurrence of an ambiguous quote was looked at and its line named: 40 citations of words a seed of 4 MB
    held 300,000 times each took 5 s of CPU to refuse (10,000 citations, 20 minutes); 2,000 now take 3 s."""
    source = source_of(("the river rose over the bank of the town. " * 10 + "\n") * 2_000)  # "the" 60,000 times
    CountingText.finds = 0
    for quote in ["the", "river", "the bank", "of the town."] * 10:
        found = anchor_quote(source, quote)
        assert found.message.startswith(f'quote "{quote}" occurs more than 1,000 times in source \'big\' (on lines 1, 2,')
    assert CountingText.finds <= 40 * 1_002


def test_a_quote_found_many_times_with_a_prefix_is_looked_for_with_it():
    """Each place of the quote was tried for its prefix: a common word pinned by a prefix found nowhere took as long
    as one found 300,000 times (40 citations, 4 s of CPU); the quote is now looked for as its prefix followed by it."""
    source = source_of(("the river rose over the bank of the town. " * 10 + "\n") * 2_000 + "A gauge of the town.")
    CountingText.finds = 0
    for quote in ["the", "river", "the bank", "of the town."] * 10:
        found = anchor_quote(source, quote, "A gauge of")
        assert found.message == (f'quote "{quote}" is in source \'big\' but not with that prefix/suffix'
                                 if quote != "the" else ""), found
    assert CountingText.finds <= 40 * 50  # a few per block of 64 KB (13), where each of 60,000 places took one


def test_a_quote_found_a_thousand_times_is_counted_and_its_lines_named():
    source = source_of("the river rose.\n" * 999 + "the river fell.\n")
    found = anchor_quote(source, "the river")
    assert found.message == (f'quote "the river" occurs 1000 times in source \'big\' (on lines '
                             f'{", ".join(map(str, range(1, 1001)))})')


def misquoted(root, count: int) -> None:
    """Give the minimal project's briefing `count` more citations, each of words its seed does not hold."""
    briefing = root / "content" / "flood" / "briefing.yaml"
    edit(briefing, "again on Tuesday[^tuesday].",
         "again on Tuesday[^tuesday]" + "".join(f"[^wrong{number}]" for number in range(count)) + ".")
    with briefing.open("a", encoding="utf-8") as file:
        file.writelines(f"  wrong{number}:\n    source: flood\n    quote: the river fell by {number} metres\n"
                        for number in range(count))


def test_quotes_not_found_name_the_nearest_passage_for_the_first_ten_of_a_briefing(built_minimal):
    good = build_ok(built_minimal)
    misquoted(built_minimal, 12)
    lines = error_lines(rebuild_fails(built_minimal, good))
    assert len(lines) == 12
    assert all("(closest passage, line 1: the river [-fell-]{+rose+} by " in line for line in lines[:MAX_SUGGESTED])
    assert lines[MAX_SUGGESTED:] == [
        f"content/flood/briefing.yaml:{27 + 3 * number}: citation 'wrong{number}': quote \"the river fell by {number} "
        f"metres\" is not in source 'flood' (copy the exact words from the source; the nearest passage is named for a "
        "briefing's first 10 quotes not found, and `python build.py cite SOURCE \"words\"` finds it)"
        for number in (10, 11)]
