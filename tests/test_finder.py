"""The finder: forgiving matches, nearest passages, marked differences and `cite` suggestions."""

from __future__ import annotations

import difflib

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from batches import batches, batches_for
from explainer.anchor import NormalisedSource, anchor_quote
from explainer.finder import find_words, mark_differences, nearest_passages
from explainer.suggest import suggest_citation, yaml_string
from explainer.model import Source
from explainer.sources import SourceText

REPORT = ("The army said thirty soldiers were killed on Monday near the border. "
          "Officials later said the toll had risen. The ministry said forty soldiers were wounded in the north.\n\n"
          "A spokesman said the talks would resume. Nobody said when the talks would resume.")


def anchoring(text: str, quote: str, prefix: str = "", suffix: str = ""):
    """Return what the build makes of a citation of `text`."""
    source = Source(id="report", file="report.txt", title="Report", publisher="unknown", date="unknown")
    return anchor_quote(NormalisedSource(SourceText(source, text)), quote, prefix, suffix)


def best(text: str, wanted: str) -> str:
    """Return the text of the nearest passage."""
    return nearest_passages(text, wanted)[0].text


def test_nearest_names_the_passage_when_one_word_differs():
    assert best(REPORT, "thirty soldiers were wounded on Monday") == "thirty soldiers were killed on Monday"


def test_nearest_names_the_passage_when_words_are_missing_or_added():
    assert best(REPORT, "the army said soldiers were killed near the border") == \
        "The army said thirty soldiers were killed on Monday near the border"
    assert best(REPORT, "officials later on said that the toll had risen") == "Officials later said the toll had risen"


def test_nearest_crosses_sentences_when_the_quote_does():
    assert best(REPORT, "the toll had risen. The ministry said") == "the toll had risen. The ministry said"


def test_nearest_in_french_and_arabic():
    french = "Le ministère a déclaré que la frontière était fermée. Les élèves sont rentrés à l’école."
    assert best(french, "la frontiere était fermée") == "la frontière était fermée"
    arabic = "قال المتحدث إن المحادثات ستستأنف. وقالت الوزارة إن الحدود مغلقة."
    assert best(arabic, "وقالت الوزارة إن الحدود مفتوحة") == "وقالت الوزارة إن الحدود مغلقة"


def test_nearest_offsets_are_the_sources_own_characters():
    for passage in nearest_passages(REPORT, "Nobody said when talks resume"):
        assert REPORT[passage.start:passage.end] == passage.text
    assert nearest_passages(REPORT, "  ...  ") == []


def test_nearest_is_as_good_as_trying_every_window():
    """The index only picks places: difflib over every window finds nothing more alike."""
    text = " ".join(f"w{(n * 7919) % 53} x{n % 11}" for n in range(400))
    words = text.split()[300:330]
    words[10] = "changed"
    wanted = " ".join(words)
    found = nearest_passages(text, wanted)[0]
    every = text.split()
    plain = max(difflib.SequenceMatcher(None, words, every[i:i + len(words)]).ratio() for i in range(len(every)))
    assert found.score >= plain - 1e-9
    assert found.text.startswith("w") and text.index(found.text) == text.index(" ".join(text.split()[300:310]))


def test_find_words_forgives_spacing_case_and_quote_marks_only():
    text = "He said “don’t  go” now.\nhe SAID \"don't\ngo\" later; she said don't goes."
    assert find_words(text, "said 'don't go'") == []  # a single quote mark never stands for a double one
    assert [text[a:b] for a, b in find_words(text, 'said "don\'t go"')] == ["said “don’t  go”", "SAID \"don't\ngo\""]
    assert find_words(text, "don't go") == [(9, 18), (34, 42)]  # not "don't goes"


def test_find_words_keeps_to_whole_words_and_counts_overlaps():
    assert find_words("warning: war, wars", "war") == [(9, 12)]
    assert find_words("ha ha ha", "ha ha") == [(0, 5), (3, 8)]
    assert find_words("anything", "  ") == []


def test_mark_differences_marks_words():
    assert mark_differences("the thirty soldiers were killed", "the forty soldiers were killed") == \
        "the [-thirty-]{+forty+} soldiers were killed"
    assert mark_differences("soldiers were killed", "soldiers killed on Monday") == \
        "soldiers [-were-] killed {+on Monday+}"


def test_mark_differences_shortens_long_equal_runs():
    same = "one two three four five six seven eight nine ten"
    assert mark_differences(f"{same} alpha", f"{same} beta") == "one two three … eight nine ten [-alpha-]{+beta+}"


def test_mark_differences_explains_passages_that_look_the_same():
    assert mark_differences("sixty soldiers", "sixty\u200b soldiers") == \
        'differs only in invisible characters: U+200B ZERO WIDTH SPACE after "sixty" in the source'
    assert mark_differences("\u200fsixty soldiers", "sixty soldiers") == \
        'differs only in invisible characters: U+200F RIGHT-TO-LEFT MARK before "sixty" in the quote'
    assert mark_differences("café crème", "cafe\u0301 crème") == \
        'differs only in Unicode normalisation (NFC): "café" is U+00E9 in the quote, U+0065 U+0301 in the source'
    assert mark_differences("café\u200b", "cafe\u0301") == \
        "differs only in invisible characters: U+200B ZERO WIDTH SPACE after \"café\" in the quote and in " \
        "Unicode normalisation (NFC): \"café\" is U+00E9 in the quote, U+0065 U+0301 in the source"
    assert mark_differences("“war”  is over", '"war" is over') == "differs only in spacing or quote marks"
    assert mark_differences("same", "same") == "no differences"


def test_mark_differences_shows_invisible_characters_among_changed_words():
    assert mark_differences("sixty men left", "sixty\u200b soldiers left\x1b[2J") == \
        "[-sixty men left-]{+sixty<U+200B> soldiers left<U+001B>[2J+}"


def test_suggestion_for_words_found_once_is_the_sources_own_characters():
    found = suggest_citation("report", REPORT, "OFFICIALS later   said")
    assert (found.occurrences, found.quote, found.prefix, found.suffix, found.unique) == \
        (1, "Officials later said", "", "", True)
    assert found.yaml == 'source: report\nquote: "Officials later said"\n'


def test_suggestion_for_repeated_words_adds_the_shortest_prefix():
    found = suggest_citation("report", REPORT, "soldiers were")
    assert (found.occurrences, found.quote, found.prefix, found.suffix) == (2, "soldiers were", "thirty", "")
    assert found.yaml == 'source: report\nquote: "soldiers were"\nprefix: "thirty"\n'
    assert anchoring(REPORT, found.quote, found.prefix).passage.start == REPORT.index("soldiers were")


def test_suggestion_uses_a_suffix_when_no_prefix_can_help():
    text = "the talks would resume, he said. Nobody said when the talks would resume."
    found = suggest_citation("report", text, "the talks would resume")
    assert (found.quote, found.prefix, found.suffix) == ("the talks would resume", "", ", he")
    passage = anchoring(text, found.quote, found.prefix, found.suffix).passage
    assert (passage.start, passage.end) == (0, 22)


def test_suggestion_yaml_quotes_what_yaml_would_misread():
    text = 'He wrote "C:\\war\u2028path" twice: "C:\\war\u2028path".'
    found = suggest_citation("report", text, '"C:\\war path"')
    assert found.yaml == 'source: report\nquote: "\\"C:\\\\war\\u2028path\\""\nprefix: "wrote"\n'
    assert yaml.safe_load(found.yaml) == {"source": "report", "quote": '"C:\\war\u2028path"', "prefix": "wrote"}


def test_suggestion_for_missing_words_shows_the_nearest_with_differences():
    found = suggest_citation("report", REPORT, "forty soldiers were killed in the north")
    assert (found.occurrences, found.unique, found.yaml) == (0, False, "")
    first = found.nearest[0]
    assert (first.passage.text, first.line, first.differences) == (
        "forty soldiers were wounded in the north", 1, "forty soldiers were [-killed-]{+wounded+} in the north")


@settings(max_examples=batches_for(200), deadline=None)
@given(batches(st.text(max_size=40)))
def test_yaml_strings_read_back_as_written(values):
    for value in values:
        assert yaml.safe_load(f"quote: {yaml_string(value)}") == {"quote": value}


words = st.lists(st.sampled_from(["war", "peace", "the", "The", "talks", "'war'", "“peace”", "war,", "-", "é", "ha"]),
                 min_size=1, max_size=30)


@st.composite
def _words_and_a_run_of_them(draw) -> tuple[list[str], int, int]:
    """Return a source's words and the first and last (exclusive) of a run of at least one of them."""
    source_words = draw(words)
    first = draw(st.integers(0, len(source_words) - 1))
    return source_words, first, draw(st.integers(first + 1, len(source_words)))


@settings(max_examples=batches_for(200), deadline=None)
@given(batches(_words_and_a_run_of_them()))
def test_suggested_citations_anchor_to_the_first_occurrence(cases):
    for source_words, first, last in cases:
        text = " ".join(source_words)
        wanted = " ".join(source_words[first:last])
        found = suggest_citation("report", text, wanted)
        assert found.occurrences >= 1
        start, end = find_words(text, wanted)[0]
        assert found.quote == text[start:end]
        if found.unique:
            passage = anchoring(text, found.quote, found.prefix, found.suffix).passage
            assert (passage.start, passage.end) == (start, end)
            assert yaml.safe_load(found.yaml)["quote"] == found.quote


def test_words_in_guillemets_are_found_whatever_spaces_stand_inside_them():
    from explainer.finder import find_words

    text = "Les deux entreprises affirment que l'union sera «\u202fbonne pour les éleveurs\u202f»."
    assert len(find_words(text, "l'union sera « bonne pour les éleveurs »")) == 1


def test_the_finder_forgives_every_quote_mark_the_anchoring_forgives():
    from explainer.anchor import _FOLD

    folded = {chr(code): to for code, to in _FOLD.items() if to in ("'", '"')}
    assert all(find_words(f"he said {char}no{char} twice", f"said {to}no{to}") for char, to in folded.items())
