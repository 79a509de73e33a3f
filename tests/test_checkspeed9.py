"""Gates put before the sentence checks' patterns: a text's words (wordset.ascii_words, found once for every check), a
text beyond ASCII, or a quotation mark, looked for before a pattern searches it. Each gate may let through what the
pattern then refuses, never the other way: each is compared here with the pattern it stands before, on texts made of
the pattern's own words joined as sentences join them, and on a phrase of each of its alternatives
(benchmarks/check_replay.py measures them; its digest of all findings stays the same)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from batches import batches, batches_for
from explainer import (attribution, arabic_speakers, beliefs, group_figures, likelihood, mediators, numbers, one_side,
                       projections, rate_bases, scheduled, sentences, spans, stages, unchanged, unreported)
from explainer.clauses import WORD, content_words
from explainer.sentences import folded_word
from explainer.wordset import ascii_starts, may_hold, may_start

# Letters re matches in any case with an ASCII one (a Kelvin sign, a long s, a dotted and a dotless I), and others.
LOOSE = ["\u212a", "\u017f", "\u0130", "\u0131", "ß", "É", "’", "é", "ê", "ä"]
BETWEEN = st.sampled_from([" ", "  ", "\n", "-", "", ".", ", ", "'", "’", "_", "3", " 2024 ", "é", "'s "])


def _words_of(pattern: re.Pattern) -> list[str]:
    """Return the runs of letters a pattern's source holds, in their case and capitalised: the words it looks for."""
    runs = sorted(set(re.findall(r"[^\W\d_]+", pattern.pattern)))
    return runs + [run.capitalize() for run in runs] + [run.upper() for run in runs[:20]]


def _texts(words):
    """Texts made of `words` (and the loose letters), joined in the ways sentences join words."""
    return st.builds(lambda chosen, between: between.join(chosen),
                     st.lists(st.sampled_from(sorted(words) + LOOSE), max_size=8), BETWEEN)


# Each gate: the pattern it stands before, what it says of a text, and a phrase of each of the pattern's alternatives.
GATES = {
    "stages": (stages._MAY_BE_READ, lambda text: may_start(text, stages._GATE_STARTS),
               ["was convicted", "GUILTY", "the trial", "Sued", "passed", "was relaxed", "the law was proven",
                "wurde verurteilt", "freigesprochen", "a été adopté", "fue ratifié"]),
    "spans": (spans._SPAN, lambda text: all(may_hold(text, words) for words in spans._SPAN_WORDS),
              ["in the days after the recall", "within the first hours following a strike",
               "during the next months before the vote", "over the weeks since the war",
               "in the year leading up to the vote", "IN THE WEEK PRECEDING THE VOTE"]),
    "likelihood": (likelihood._LIKELY, lambda text: may_hold(text, likelihood._LIKELY_RUNS),
                   ["probably", "Possibly", "perhaps", "presumably", "likely", "as likely as not", "may have",
                    "might have", "probablement", "peut-être", "sans doute", "vraisemblablement", "wahrscheinlich",
                    "vermutlich", "möglicherweise", "probablemente", "posiblemente", "quizá", "quizás"]),
    "scheduled": (scheduled._HELD, lambda text: may_hold(text, scheduled._HELD_WORDS),
                  ["was held", "were heard", "was staged", "were signed", "was convened", "took place", "went ahead",
                   "convened", "met", "began", "opened", "a eu lieu", "ont eu lieu", "s'est tenue", "s’est ouverte",
                   "s'est déroulée", "se sont tenues", "se sont réunis", "a commencé", "ont débuté", "a été signé"]),
    "projections": (projections._A_RESULT, lambda text: may_hold(text, projections._RESULT_WORDS),
                    ["won", "wins", "took", "takes", "secured", "secures", "gained", "gains", "captured", "captures",
                     "obtained", "received", "GOT"]),
    "unreported": (unreported._NONE_AS_FACT, lambda text: may_hold(text, unreported._NONE_WORDS),
                   ["killed no one", "wounded nobody", "hurt no-one", "no one was killed", "nobody had been hurt",
                    "no-one died", "no lives were lost", "caused no casualties", "with no damage",
                    "without any loss of life", "without injuries", "No deaths"]),
    "mediators": (mediators._SIDED, lambda text: may_hold(text, mediators._SIDED_WORDS),
                  ["sided with", "sides with", "took the side of", "took sides with", "backed", "backs", "favored",
                   "favoured", "favors", "Favours"]),
    "group figures": (group_figures._MAY_PAIR, lambda text: may_hold(text, group_figures._PAIR_WORDS),
                      ["on", "in", "among", "taking", "receiving", "given", "With"]),
    "arabic superlatives": (attribution._AR_SUPERLATIVE, lambda text: not text.isascii(),
                            ["الأكبر", "أكبر هجوم", "غير مسبوق"]),
    "arabic saying": (arabic_speakers._SAYING, lambda text: not text.isascii(), ["قال الجيش", "وأعلنت"]),
    "beliefs": (beliefs._BELIEF, lambda text: may_hold(text, beliefs._BELIEF_WORDS), ["believe", "Believes", "believed"]),
    "both sides": (one_side._BOTH, lambda text: may_hold(text, one_side._BOTH_SIDES),
                   ["both sides", "both the parties", "the two countries", "all camps", "each side", "the two rivals",
                    "both neighbours", "both neighbors", "all governments", "each nations",
                    "the two country", "both party"]),
    "unchanged": (unchanged._NO_CHANGE, lambda text: may_hold(text, unchanged._NO_CHANGE_WORDS),
                  ["unchanged", "unaltered", "held steady", "stayed the same", "remained the same"]),
    "rate words": (rate_bases._PER_WORDS, lambda text: may_hold(text, rate_bases._PER_RUNS),
                   ["per", "every", "pour", "pro", "je", "por"]),
    "ranks": (numbers._RANK, lambda text: may_start(text, numbers._ORDINAL_STARTS),
              ["the second time", "fourth consecutive quarter", "third straight win", "second day in a row",
               "la deuxième fois", "por segunda vez", "zum zweiten Mal", "la cuarta ronda", "die dritte Runde",
               "im zweiten Quartal", "the twenty-first time", "the thirteenth time", "la séptima vez",
               "el décimo año", "la primera jornada", "der fünfte Tag", "a second successive day",
               "sixième fois de suite", "NINTH TIME"]),
    "double quotes": (sentences.DOUBLE_QUOTE,
                      lambda text: any(mark in text for mark in sentences._DOUBLE_QUOTE_OPENS),
                      ['"a"', "“a”", "”a”", "«a»", "„a“", "»a«", "「a」", "『a』"]),
}


# Texts of each gated pattern's words, of its phrases' words, and of its phrases whole.
TEXTS = {name: st.one_of(_texts(_words_of(pattern)), _texts(" ".join(phrases).split()), _texts(phrases))
         for name, (pattern, _, phrases) in GATES.items()}


@pytest.mark.parametrize("name", sorted(GATES))
def test_each_phrase_of_a_gated_pattern_is_let_through_by_its_gate(name):
    pattern, gate, phrases = GATES[name]
    for phrase in phrases:
        for text in (phrase, f"The court said {phrase} on Friday.", phrase.upper()):
            if pattern.search(text):
                assert gate(text), (name, text)
    assert all(pattern.search(phrase) for phrase in phrases), name


@pytest.mark.parametrize("name", sorted(GATES))
def test_each_word_of_a_gated_pattern_that_it_finds_alone_is_let_through_by_its_gate(name):
    """An alternative of one word added to a pattern, its word left out of the gate, fails here."""
    pattern, gate, _ = GATES[name]
    for word in _words_of(pattern):
        for text in (word, f"The court {word} on Friday."):
            assert gate(text) or not pattern.search(text), (name, text)


# Words other branches add to gated patterns (Portuguese), which their gates let through already.
LATER = {"scheduled": ["foi realizada", "foram assinados", "aconteceu", "aconteceram", "ocorreu", "ocorreram"],
         "likelihood": ["provavelmente", "possivelmente", "talvez", "pode ter", "podem ter", "poderia ter",
                        "poderiam ter"]}


@pytest.mark.parametrize("name", sorted(LATER))
def test_the_words_another_branch_adds_to_a_gated_pattern_are_let_through_by_its_gate(name):
    _, gate, _ = GATES[name]
    assert all(gate(f"A cimeira {phrase} em Lisboa.") for phrase in LATER[name]), name


@pytest.mark.parametrize("name", sorted(GATES))
@settings(max_examples=batches_for(100), deadline=None)
@given(data=st.data())
def test_a_gate_never_turns_away_a_text_its_pattern_finds_something_in(name, data):
    pattern, gate, _ = GATES[name]
    for text in data.draw(batches(TEXTS[name])):
        assert gate(text) or not pattern.search(text), (name, text)


@settings(max_examples=batches_for(200), deadline=None)
@given(batches(_texts(list(stages._GATE_WORDS) + ["CONVICTED", "reconvicted", "approvals", "ſigned", "tria", "ratif",
                                                  "unproven", "Sue", "relaxed"])))
def test_a_word_start_is_looked_for_in_the_words_as_the_stage_gate_looks_for_it(texts):
    for text in texts:
        assert may_start(text, stages._GATE_STARTS) or not stages._MAY_BE_READ.search(text), text


def test_starts_beyond_ascii_are_left_out_and_a_start_no_run_of_letters_holds_reads_any_text():
    assert ascii_starts(("ſigned", "adopté", "Relax")).whole == ("relax", "signed")
    assert ascii_starts(("convict", "sued")).stems == {"conv", "sued"}
    assert ascii_starts(("co-op",)) is None and may_start("nothing here", None)
    assert not may_start("Prices rose in the spring", ascii_starts(("convict",)))
    assert may_start("They were reconvened", ascii_starts(("recon",)))
    assert may_start("vérifié", ascii_starts(("ver",)))  # beyond ASCII: left to the pattern


def test_a_plain_sentence_of_the_synthetic_briefing_is_turned_away_by_every_gate():
    text = ("The council stated that the small checkpoint beyond Subabuge as the main shipment along the supply route "
            "but the damaged airstrip despite the airstrip at the weekend[^c000009].")
    turned_away = sorted(name for name, (_, gate, _) in GATES.items() if not gate(text))
    assert turned_away == ["arabic saying", "arabic superlatives", "beliefs", "both sides", "double quotes",
                           "group figures", "likelihood", "mediators", "projections", "ranks", "rate words",
                           "scheduled", "spans", "stages", "unchanged", "unreported"]
    assert sentences.double_quoted(text) == [] and sentences.double_quoted('He said "no" and "yes"') == [(8, 12),
                                                                                                          (17, 22)]


def _content_words_before(text: str, not_content: frozenset[str], names_of_three: bool = False) -> frozenset[str]:
    """clauses.content_words as it was: each kept word folded twice."""
    return frozenset(folded_word(written) for written in WORD.findall(text)
                     if (written[0].isdigit() or len(written) >= 4
                         or (names_of_three and len(written) == 3 and written[0].isupper()))
                     and folded_word(written) not in not_content)


@settings(max_examples=batches_for(200), deadline=None)
@given(batches(_texts(["Eli", "eli", "Kay", "The", "court", "Court’s", "upheld", "UPHELD", "2,400", "3.5", "that",
                       "THAT", "Straße", "STRASSE", "ſtate", "İstanbul", "they’re", "they're"]), st.booleans()))
def test_content_words_folding_each_word_once_finds_the_words_it_found_folding_twice(cases):
    not_content = frozenset({"that", "the", "they're", "strasse"})
    for text, names_of_three in cases:
        assert content_words(text, not_content, names_of_three) == \
            _content_words_before(text, not_content, names_of_three), (text, names_of_three)
