"""Text fragment links: every directive offered is proven to lead to the cited passage."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from batches import batches, batches_for
from explainer.fragments import first_match, text_fragment

TEXT = ("The river rose on Monday. The river rose again, on Tuesday - by 2 m & more.\n\n"
        "Officials said the flood would pass. " + "Officials said nothing else for a long while. " * 8 +
        "The end of the report, at last.")


def fragment(passage: str, occurrence: int = 0) -> str | None:
    """Return the directive for one occurrence of `passage` in TEXT."""
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(passage, start + 1)
    return text_fragment(TEXT, start, start + len(passage))


def test_a_unique_passage_is_its_own_words():
    assert fragment("on Monday") == "#:~:text=on%20Monday"
    assert first_match(TEXT, "#:~:text=on%20Monday") == (15, 24)


def test_a_repeated_passage_gets_the_words_before_it():
    assert fragment("The river rose", 1) == "#:~:text=Monday.-,The%20river%20rose"


def test_dashes_commas_and_ampersands_are_percent_encoded():
    assert fragment("again, on Tuesday - by 2 m & more") == \
        "#:~:text=again%2C%20on%20Tuesday%20%2D%20by%202%20m%20%26%20more"


def test_a_long_passage_names_its_first_and_last_words():
    start = TEXT.index("Officials said the flood")
    end = TEXT.index(" The end")
    assert end - start > 300
    directive = text_fragment(TEXT, start, end)
    # "a long while." ends every sentence of the paragraph: only the suffix picks the last one
    assert directive == "#:~:text=Officials%20said%20the,a%20long%20while.,-The"
    assert first_match(TEXT, directive) == (start, end)


def test_a_passage_no_directive_can_single_out_returns_none():
    text = "war and peace\n\nwar and peace"
    assert text_fragment(text, 15, 28) is None  # no context in its paragraph, and the first is the same words
    assert text_fragment("ha ha ha", 3, 5) == "#:~:text=ha-,ha"
    assert text_fragment("don't stop", 4, 10) is None  # "t stop" starts inside a word for a browser


def test_first_match_ignores_case_accents_and_spacing_but_not_word_boundaries():
    text = "Le  MINISTÈRE a dit.\nLes ministeres ont dit."
    assert first_match(text, "#:~:text=le%20minist%C3%A8re") == (0, 13)
    assert first_match(text, "#:~:text=minist") is None
    assert first_match(text, "#:~:text=ministeres%20ont,-dit") == (25, 39)
    assert first_match(text, "#:~:text=,") is None


words = st.sampled_from(["war", "War", "peace", "a", "-", "&", ",", "war,", "état", "Etat", "l'état", "ha", "“x”"])


@st.composite
def _spaced_words_and_a_run_of_them(draw) -> tuple[list[str], list[str], int, int]:
    """Return a source's words, the spaces after them, and the first and last of a run of them."""
    source_words = draw(st.lists(words, min_size=1, max_size=40))
    spaces = draw(st.lists(st.sampled_from([" ", " ", "  ", "\n", "\n\n"]), min_size=len(source_words),
                           max_size=len(source_words)))  # one after each word: no more are ever read
    first = draw(st.integers(0, len(source_words) - 1))
    return source_words, spaces, first, draw(st.integers(first, len(source_words) - 1))


@settings(max_examples=batches_for(300), deadline=None)
@given(batches(_spaced_words_and_a_run_of_them()))
def test_every_directive_offered_leads_to_its_passage(cases):
    for source_words, spaces, first, last in cases:
        text = "".join(word + space for word, space in zip(source_words, spaces)).rstrip()
        starts, position = [], 0
        for word, space in zip(source_words, spaces):
            starts.append((position, position + len(word)))
            position += len(word) + len(space)
        start, end = starts[first][0], starts[last][1]
        directive = text_fragment(text, start, end)
        if directive is not None:
            assert first_match(text, directive) == (start, end), (text, start, end)


@given(batches(st.text(alphabet="aA é\u00a0\u200b\tß\u0130Œ\ufb01\u2003x,.’'\u0301", max_size=16)))
@settings(max_examples=batches_for(300), deadline=None)
def test_a_term_is_folded_as_the_text_it_is_matched_against(terms):
    from explainer.fragments import FoldedText, _fold_term

    for term in terms:
        assert _fold_term(term) == FoldedText(" ".join(term.split())).text.strip(), term
