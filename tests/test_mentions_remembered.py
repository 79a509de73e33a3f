"""The figures and dates read in a text are remembered (explainer/numbers.py, `_mentions_read`): a sentence is read by
dozens of checks and a passage by every sentence citing it, and 7 % of the fixture microsites' checks' CPU read a
text read already. What is remembered is forgotten when a locale changes how a language writes numbers, as the
preview server's build process sees when an editor edits a project's locale; so are the passages' readings
(`mentions_in`, `quantities_in`), which outlived such an edit before."""

from __future__ import annotations

from decimal import Decimal

import pytest

from explainer import numbers
from explainer.numbers import Writing, find_mentions, mentions_in, quantities_in, read_as_locales

MONTHS = tuple(f"month{n}" for n in range(1, 13))


@pytest.fixture
def locales_restored():
    """Give the test the locales' writings as they are, and put them back after it."""
    before = dict(numbers._LOCALE_WRITING)
    yield
    read_as_locales(before)


def values(mentions) -> list[Decimal]:
    return [quantity.value for mention in mentions for quantity in mention.quantities]


def test_a_text_read_again_is_read_from_memory():
    text = "The council counted 4,217 protesters on 12 March, up from 3,950 a week earlier."
    first = find_mentions(text, "en")
    hits = numbers._mentions_read.cache_info().hits
    again = find_mentions(text, "en")
    assert numbers._mentions_read.cache_info().hits == hits + 1
    assert again == first and Decimal(4217) in values(again)


def test_each_caller_gets_a_list_of_its_own():
    text = "Prices rose 6.1% in 2025."
    mine = find_mentions(text, "en")
    mine.clear()
    assert values(find_mentions(text, "en")) == [Decimal("6.1"), Decimal(2025)]


@pytest.mark.parametrize("read", [find_mentions, mentions_in])
def test_a_locales_new_decimal_mark_is_read_at_once(read, locales_restored):
    """A language our rules do not know ("xx") is read as its locale writes it; a sentence read under one decimal mark
    is read again under another, by find_mentions and by the passages' mentions_in alike."""
    text = "Turnout was 58,9 percent."
    read_as_locales({**numbers._LOCALE_WRITING, "xx": Writing(",", MONTHS)})
    assert Decimal("58.9") in values(read(text, "xx"))
    read_as_locales({**numbers._LOCALE_WRITING, "xx": Writing(".", MONTHS)})
    assert Decimal("58.9") not in values(read(text, "xx"))


def test_a_passages_quantities_follow_its_locale(locales_restored):
    text = "Turnout was 58,9 percent."
    read_as_locales({**numbers._LOCALE_WRITING, "xx": Writing(",", MONTHS)})
    assert any(quantity.value == Decimal("58.9") for quantity in quantities_in(text, "xx"))
    read_as_locales({**numbers._LOCALE_WRITING, "xx": Writing(".", MONTHS)})
    assert not any(quantity.value == Decimal("58.9") for quantity in quantities_in(text, "xx"))
