"""Words whose letters a pattern that ignores case reads as ASCII, though lower() does not make them so.

Python's `re.IGNORECASE` matches Turkish "İ" and "ı" to "i" (and the long "ſ" to "s"), so "fıve" is read as
"five"; the word was then looked up lowercased ("fi̇ve", "fıve"), which no table holds, and the build
ended in a traceback (KeyError) on a sentence of content or of a source.
"""

from __future__ import annotations

import pytest

from conftest import run_build
from support import deal_project

# Every table a matched word is looked up in: number words, scales, fractions, multiples, ordinals,
# vague counts, parts of the day, weekdays, units, French numbers.
WORDS = ("five", "fifty", "twenty-first", "twice", "thrice", "two-thirds", "half a billion", "3 million",
         "3 kilometres", "dozens", "several hundred", "the third time", "early in the morning", "Friday",
         "sixty-six", "quinze", "dix mille")


def lookalike(word: str, dotted: bool) -> str:
    """Write `word` with Turkish i's, dotted capital or dotless (content refuses a long s, which a quote
    therefore never holds)."""
    return word.replace("i", "İ" if dotted else "ı")


SENTENCE = "Witnesses counted " + ", ".join(lookalike(word, n % 2 == 0) for n, word in enumerate(WORDS)) + "."


@pytest.mark.parametrize("where", ["content", "source"])
def test_a_lookalike_letter_in_any_read_word_gives_no_traceback(tmp_path, where):
    summary = SENTENCE if where == "content" else "Witnesses counted 3 million."  # its passage's figures are read
    root = deal_project(tmp_path, summary, SENTENCE, SENTENCE)
    result = run_build(root, "check")
    assert "Traceback" not in result.err and result.code == 0, result.err


@pytest.mark.parametrize("written", ["fıve", "fİve", "FİVE"])
def test_a_lookalike_number_word_is_read_as_the_number_it_matched(tmp_path, written):
    honest = deal_project(tmp_path / "honest", f"Witnesses counted {written} people.",
                          "Witnesses counted five people.", "Witnesses counted five people.")
    assert run_build(honest, "check").code == 0
    wrong = deal_project(tmp_path / "wrong", f"Witnesses counted {written} people.",
                         "Witnesses counted six people.", "Witnesses counted six people.")
    result = run_build(wrong, "check")
    assert result.code == 1 and "Traceback" not in result.err
    assert f'content/deal/briefing.yaml:3: `summary`: figure "{written}" is not in the passages' in result.err
