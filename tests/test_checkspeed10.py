"""The sentence checks' tenth round of speed-ups, each compared with the plain way it stands for: outcomes' pattern
tried only where a word starts with one of its stems (outcomes._outcome_matches, against the pattern's finditer),
numbers' word gate looked up by its pattern's id among the sentence's words found once (against the pattern it stands
before), and a sentence's figures by group read before its passages' (group_figures, against the order it had).
benchmarks/check_replay.py measures them; its digest of all findings stays the same on benchmarks/synth.py's microsite
and on benchmarks/plant.py's copy of it planted with misstatements."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from batches import batches, batches_for
from explainer import group_figures, numbers, outcomes
from explainer.attribution import Cited
from explainer.sentences import markers_blanked
from explainer.wordset import may_hold

# --- Outcomes' pattern tried where a word starts with a stem ----------------------------------------------------------

FORMS = sorted(outcomes._OUTCOME_OF)
# Words around an outcome's: its own scope and verdict words, the stems' near misses, names, figures, letters beyond
# ASCII that re reads in any case, and the characters a word may be glued to.
AROUND = ["found", "Okafor", "the", "two", "men", "not", "guilty", "GUILTY", "in", "full", "part", "partly", "wholly",
          "Wholly", "fully", "partially", "granted", "allowed", "upheld", "the petition", "appeal", "who", "whole",
          "settle", "setting", "winner", "lost-", "-won", "x1", "3", "won't", "é", "\u212a", "\u017f", "ıt", "stood by",
          "away", "to", "kept", "quiet", "stands.", "was", "beaten", "by", "Beta", "routed through", "called off"]
JOINS = st.sampled_from([" ", "  ", "\n", "-", "", ", ", "'", "’", "_", ". "])


def _outcome_texts():
    words = st.sampled_from(FORMS + [form.upper() for form in FORMS[:30]] + [form.capitalize() for form in FORMS]
                            + AROUND)
    return st.builds(lambda chosen, join: join.join(chosen), st.lists(words, max_size=8), JOINS)


def _spans(matches) -> list[tuple[int, int, str]]:
    return [(match.start(), match.end(), match.group()) for match in matches]


def test_every_outcome_starts_with_a_stem_the_gate_looks_for():
    """The matches are looked for only where a stem starts a word: every form, and the first word of a verdict split
    by whom it is of or of a ruling's scope, must start with one ("wholly upheld" had none of its own)."""
    stem = outcomes._STEM_AT_WORD_START["en"]
    firsts = FORMS + ["found", "granted", "allowed", "upheld", "partly", "partially", "fully", "wholly"]
    assert [form for form in firsts if not stem.match(form.lower())] == []


@pytest.mark.parametrize("text", [
    "The appeal was wholly upheld.", "The court found Okafor not guilty and partly granted the petition.",
    "Alpha beat Beta; Beta was beaten.", "The recall stands. It still stands", "He won't win, lost-won, set-aside",
    "The motion was granted the petition in part", "the ſet \u212aept",
])
def test_outcome_matches_are_the_patterns_own(text: str):
    assert _spans(outcomes._outcome_matches(text)) == _spans(outcomes._OUTCOME.finditer(text))
    assert outcomes._gives_outcome(text) is (outcomes._OUTCOME.search(text) is not None)


@settings(max_examples=batches_for(1600), deadline=None)
@given(batches(_outcome_texts()))
def test_outcome_matches_are_the_patterns_own_on_any_text_of_its_words(texts):
    for text in texts:
        assert _spans(outcomes._outcome_matches(text)) == _spans(outcomes._OUTCOME.finditer(text)), text
        assert outcomes._gives_outcome(text) is (outcomes._OUTCOME.search(text) is not None), text


def test_a_wholly_upheld_ruling_is_read_as_one_outcome():
    """The stem added for "wholly": read from its first word, the ruling's scope stays whole ("granted in full")."""
    (found,) = outcomes._outcomes("The appeal was wholly upheld by the court.")
    assert (found.pair, found.shown) == ("in full", "wholly upheld")


def test_a_turned_outcome_is_still_found():
    passage = Cited("The appeals court upheld the conviction of the mayor on Monday.")
    (finding,) = outcomes.turned_outcomes("The appeals court overturned the conviction of the mayor.", [passage])
    assert "'overturned'" in finding.message and "'upheld'" in finding.message


# --- Numbers' word gate --------------------------------------------------------------------------------------------

NUMBER_PIECES = ["one", "One", "twenty", "Twenty-one", "_one", "one_", "one1", "1one", "x1", "twice", "dozen", "ONCE",
                 "vingt", "mille", "deux", "someone", "often", "tone", "é", "ſix", "\u212aelvin", "the", "people", "a"]


@settings(max_examples=batches_for(800), deadline=None)
@given(batches(st.lists(st.tuples(st.sampled_from(NUMBER_PIECES), st.sampled_from(["", " ", "-", "_", "'", ". "])),
                        max_size=8), st.sampled_from(["en", "fr", "de", "es"])))
def test_the_word_gate_lets_through_every_text_its_pattern_reads_a_mention_in(cases):
    for pieces, language in cases:
        text = "".join(piece + after for piece, after in pieces)
        maybe = numbers._reading(language).maybe
        if maybe.search(text):
            assert numbers._may_mention(text, maybe), text


def test_the_word_gate_is_looked_up_by_its_patterns_id():
    """A pattern equal to the gate's but another object has no words kept: it is searched itself; the words may let
    through more than it finds ("_one"), never less."""
    maybe = numbers._reading("en").maybe
    assert id(maybe) in numbers._MAYBE_WORDS
    twin = re.compile(maybe.pattern, maybe.flags)
    for text in ["Twenty-one were hurt", "_one", "no figure here", "once", "x1", "é one"]:
        assert numbers._may_mention(text, twin) is (twin.search(text) is not None), text
        assert numbers._may_mention(text, maybe) or not numbers._may_mention(text, twin), text
    assert not numbers._may_mention("no figure here", maybe)


# --- A sentence's figures by group before its passages' --------------------------------------------------------------

def _group_figures_passages_first(text: str, passages: list[Cited], offset: int = 0, language: str = ""):
    """swapped_group_figures as it was: every passage read before the sentence."""
    if not may_hold(text, group_figures._PAIR_WORDS) or not group_figures._MAY_PAIR.search(text):
        return []
    lists = [pairs for passage in passages for pairs in group_figures._lists(passage.text, passage.language or language)]
    if not lists:
        return []
    for at, mine in group_figures._pairs(markers_blanked(text), language, prose=True):
        for pairs in lists:
            others = {pair.group for pair in pairs if pair.quantity == mine.quantity}
            own = {pair.quantity for pair in pairs if pair.group == mine.group}
            if others and mine.group not in others and own and mine.quantity not in own:
                given_ = next(pair for pair in pairs if pair.quantity == mine.quantity)
                return [group_figures._finding(text, offset + at, mine, given_)]
    return []


GROUP_PASSAGES = [
    "2.1% of patients on Corvalin and 1.9% on placebo died. The trial ended in May.",
    "58 were killed in Kabul and 20 in Kandahar, and 5 in Herat.",
    "12% in the drug group versus 9% in the placebo group.",
    "Nobody was hurt in the blast.",
]
# A sentence of figures each given a group ("1.9% of patients on Corvalin and 2.1% on placebo"), and words between.
FIGURE_GIVEN = st.tuples(st.sampled_from(["2.1%", "1.9%", "58", "20", "5", "12%", "9%", "two"]),
                         st.sampled_from(["", " of patients", " were killed"]),
                         st.sampled_from(["on", "in", "among the", "taking", "with"]),
                         st.sampled_from(["Corvalin", "placebo", "Kabul", "Kandahar", "Herat", "the drug group",
                                          "the placebo group", "total"]))
JOINED = st.sampled_from([" and ", ", ", " versus ", "; ", " died and ", "[^a] and "])


@settings(max_examples=batches_for(600), deadline=None)
@given(batches(st.lists(FIGURE_GIVEN, max_size=4), JOINED, st.sets(st.sampled_from(GROUP_PASSAGES))))
def test_group_figures_find_what_they_found_reading_the_passages_first(cases):
    for given_, join, chosen in cases:
        text = join.join(f"{figure}{between} {word} {group}" for figure, between, word, group in given_) + "."
        passages = [Cited(passage) for passage in sorted(chosen)]
        assert (group_figures.swapped_group_figures(text, passages, 3, "en")
                == _group_figures_passages_first(text, passages, 3, "en")), text


def test_a_sentence_giving_no_figure_by_group_reads_no_passage():
    """The passages' sentences are read only for a sentence that gives a figure to a group."""
    passage = "At Plantzeta, 2.1% of patients on Corvalin and 1.9% on placebo died in the second year of the trial."
    group_figures._lists.cache_clear()
    assert group_figures.swapped_group_figures("The ministry said the trial went on in March.", [Cited(passage)]) == []
    assert group_figures._lists.cache_info().misses == 0
    found = group_figures.swapped_group_figures("At Plantzeta, 1.9% on Corvalin died.", [Cited(passage)])
    assert "gives 'Corvalin' a figure its cited passage gives 'placebo' (1.9%)" in found[0].message
