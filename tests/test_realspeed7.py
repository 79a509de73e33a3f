"""First tests of two checks, each compared with the pattern it stands before.

- The revision check (revised.py): plain text searched in a lowercase copy (wordset.may_contain), where a pattern of
  the same words read in any case searched each passage; the same answers, a letter read loosely ("ſ", "K") included.
- The polarity check (polarity.py): a clause's words looked up (wordset.may_hold) before each of three patterns
  searches it; wherever a pattern matches, its words are there.
"""

import re
from pathlib import Path

from hypothesis import given, settings, strategies as st

from batches import batches, batches_for
from explainer import polarity, revised
from explainer.wordset import may_contain, may_hold

_REPO = Path(__file__).resolve().parent.parent
_PATTERN = re.compile("|".join(revised._MAY_NAME), re.IGNORECASE)  # the plain way may_contain stands for
_PIECES = st.sampled_from(["revised", "CORRECT", "Cut", "earl", "ier", " ", ".", "x", "\u017f", "\u0130", "\u0131",
                           "\u212a", "é", "ß", "mistakenly"[:5], "tAkenly", "REVI", "SED"])


@settings(max_examples=batches_for(200), deadline=None)
@given(batches(st.lists(_PIECES, max_size=8).map("".join)))
def test_may_contain_answers_as_the_pattern_read_in_any_case(texts):
    for text in texts:
        assert may_contain(text, revised._MAY_NAME) == bool(_PATTERN.search(text)), text


def test_a_letter_read_loosely_still_names_a_revision():
    # "ſ" is an "s" and "K" (Kelvin) a "k" to a pattern read in any case: the first test must not refuse them.
    for text in ("The ministry revi\u017fed its toll from 40 to 52.", "It MI\u017fTA\u212aENLY said 40 died."):
        assert may_contain(text, revised._MAY_NAME)
    assert revised.revisions_in("The ministry revi\u017fed its toll from 40 to 52.")[0][:2] == ("40", "52")
    assert not may_contain("Officials counted 52 dead on Monday.", revised._MAY_NAME)
    assert revised.revisions_in("Officials counted 52 dead on Monday.") == ()


# Each clause pattern of polarity.py with the words every match of it holds (looked up before the search).
_CLAUSE_GATES = [(polarity._ABOUT_SAYING, polarity._ABOUT_SAYING_WORDS), (polarity._UNSURE, polarity._UNSURE_WORDS),
                 (polarity._NOT_NEGATING, polarity._NOT_NEGATING_WORDS)]
_CLAUSE_PIECES = st.sampled_from(["not", "Never", "n't", "No", "none", "neither", "nothing", "said", "says", "given",
                                  "named", "is", "has been", "more", "only", "5", ".", "-", "non", "pas", "moins", "de",
                                  "than", "likely", "Stopped", "rather", "instead", "of", "doubt", "the", "toll", "k",
                                  "not_", "no5", "NON-", "naught", "é", "\u017f"])


@settings(max_examples=batches_for(300), deadline=None)
@given(batches(st.lists(_CLAUSE_PIECES, max_size=8).flatmap(
    lambda pieces: st.lists(st.sampled_from([" ", "", "  ", ", "]), min_size=len(pieces), max_size=len(pieces)).map(
        lambda gaps: "".join(p + g for p, g in zip(pieces, gaps))))))
def test_a_clause_pattern_is_searched_wherever_it_could_match(texts):
    for text in texts:
        for pattern, words in _CLAUSE_GATES:
            if pattern.search(text):
                assert may_hold(text, words), (pattern.pattern[:40], text)


def test_the_real_briefings_clauses_are_read_as_before():
    # Every clause of the real briefing: each gate lets through every clause its pattern matches, and refuses most.
    texts = [path.read_text(encoding="utf-8") for path in sorted(_REPO.joinpath("seeds").iterdir())]
    texts += [path.read_text(encoding="utf-8") for path in sorted(_REPO.joinpath("content").rglob("*.yaml"))]
    clauses = [clause for text in texts for clause in polarity._CLAUSE_END.split(text) if clause.strip()]
    refused = 0
    for pattern, words in _CLAUSE_GATES:
        for clause in clauses:
            assert may_hold(clause, words) or not pattern.search(clause), clause
            refused += not may_hold(clause, words)
    assert refused > len(clauses)  # most clauses skip most searches
