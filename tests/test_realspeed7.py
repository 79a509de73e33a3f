"""The revision check's first test (wordset.may_contain): plain text searched in a lowercase copy, where a pattern of
the same words read in any case searched each passage; the same answers, a letter read loosely ("ſ", "K") included."""

import re

from hypothesis import given, settings, strategies as st

from explainer import revised
from explainer.wordset import may_contain

_PATTERN = re.compile("|".join(revised._MAY_NAME), re.IGNORECASE)  # the plain way may_contain stands for
_PIECES = st.sampled_from(["revised", "CORRECT", "Cut", "earl", "ier", " ", ".", "x", "\u017f", "\u0130", "\u0131",
                           "\u212a", "é", "ß", "mistakenly"[:5], "tAkenly", "REVI", "SED"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=8).map("".join))
def test_may_contain_answers_as_the_pattern_read_in_any_case(text):
    assert may_contain(text, revised._MAY_NAME) == bool(_PATTERN.search(text))


def test_a_letter_read_loosely_still_names_a_revision():
    # "ſ" is an "s" and "K" (Kelvin) a "k" to a pattern read in any case: the first test must not refuse them.
    for text in ("The ministry revi\u017fed its toll from 40 to 52.", "It MI\u017fTA\u212aENLY said 40 died."):
        assert may_contain(text, revised._MAY_NAME)
    assert revised.revisions_in("The ministry revi\u017fed its toll from 40 to 52.")[0][:2] == ("40", "52")
    assert not may_contain("Officials counted 52 dead on Monday.", revised._MAY_NAME)
    assert revised.revisions_in("Officials counted 52 dead on Monday.") == ()
