"""The checks' shortcuts at 4,000 sources never change what they find: each is compared with the plain way it
bypasses, and what it looks for is still refused through the front door."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support import minimal_project

from conftest import run_build
from batches import batches, batches_for
from explainer import attribution, numbers, sources, yamlsafe

# ASCII, letters beyond it, the characters on either side of each noncharacter, and the noncharacters themselves.
SOURCE_CHARACTERS = "a9 \né\u0600\u202d\ufdcf\ufdd0\ufdef\ufdf0\ufffd\ufffe\uffff\U0001f600\U0001fffe\U0001ffff" \
                    "\U00020000\U0010fffd\U0010ffff"


@settings(max_examples=batches_for(500), deadline=None)
@given(batches(st.text(alphabet=SOURCE_CHARACTERS, max_size=20)))
def test_the_first_noncharacter_is_the_one_the_plain_pattern_finds(cases):
    for text in cases:
        found, plain = sources._first_noncharacter(text), sources._NONCHARACTER.search(text)
        assert (found and (found.start(), found.group())) == (plain and (plain.start(), plain.group()))


@pytest.mark.parametrize("character", ["\ufdd0", "\U0001fffe", "\U0010ffff"])
def test_a_source_beyond_ascii_holding_a_noncharacter_is_still_refused(tmp_path: Path, character: str):
    root = minimal_project(tmp_path / "project")
    seed = next((root / "seeds").glob("*.txt"))
    seed.write_text(seed.read_text(encoding="utf-8") + f"\nCafé \U0001f600 then {character} here.\n", encoding="utf-8")
    run = run_build(root, "check")
    assert run.code == 1
    assert f"seeds/{seed.name}:" in run.err
    assert f"the document contains a noncharacter (U+{ord(character):04X})" in run.err


# A source's sentence ends as the pattern read them before it led with one class of its stops (with Urdu's "۔",
# Arabic script's "؟" and Urdu's quotation closing with "“", newuser24).
PLAIN_SENTENCE_END = re.compile(r"""[.!?۔؟]["'”’)»“]*\s+(?=["“‘'(«„”]?\w)|[。！？](?![」』）])\s*(?=\S)""")
AROUND_STOPS = ".!?。！？۔؟」』）\"'”’)»“‘(«„ \n\taZ1éЯب"


@settings(max_examples=batches_for(500), deadline=None)
@given(batches(st.text(alphabet=AROUND_STOPS, max_size=16)))
def test_a_sources_sentence_ends_are_those_the_plain_pattern_finds(cases):
    for text in cases:
        assert [m.span() for m in sources._SENTENCE_END.finditer(text)] == \
               [m.span() for m in PLAIN_SENTENCE_END.finditer(text)]


# What a double-quoted value's escapes may write: controls, DEL, C1, invisible and direction characters, surrogates.
DECODED_CHARACTERS = "a \t\n\x00\x1b\x7f\x85\x9f\xa0é\u200b\u202e\ud800\udfff\ufdd0\uffff\U0010ffff"


@settings(max_examples=batches_for(500), deadline=None)
@given(batches(st.text(alphabet=DECODED_CHARACTERS, max_size=12)))
def test_a_quoted_value_is_refused_where_the_plain_pattern_refuses_it(cases):
    for text in cases:
        assert yamlsafe._decoded_forbidden(text) == (yamlsafe._FORBIDDEN_DECODED.search(text) is not None)


# Words around "claim" as _CLAIM_NOUN reads it, in cases and letters re folds alike (a dotless ı, a long ſ, K).
CLAIM_WORDS = ["claim", "claims", "CLAIMS", "Claim", "claıms", "ClAiM", "the", "its", "insurance", "were", "is",
               "that", "of", "clam", "cl aim", "reclaims", "Kelvin\u212a", "ſ", "\u0130", "said", "reportedly"]


@settings(max_examples=batches_for(500), deadline=None)
@given(batches(st.lists(st.sampled_from(CLAIM_WORDS), max_size=8), st.sampled_from([" ", "  ", "\n", "-", ""])))
def test_a_claim_noun_is_looked_for_wherever_the_pattern_could_find_one(cases):
    for words, between in cases:
        text = between.join(words)
        if attribution._CLAIM_NOUN.search(text):
            assert attribution._CLAIM.search(text), text


def test_a_sentence_read_before_a_locale_lists_its_hedge_is_read_again_after():
    sentence = "Het leger heeft naar verluidt twee posten ingenomen."
    try:
        assert not attribution.says_who_reports(sentence)
        months = tuple(f"maand{number}" for number in range(1, 13))
        numbers.read_as_locales({"nl": numbers.Writing(",", months, hedges=("naar verluidt",))})
        assert attribution.says_who_reports(sentence)
    finally:
        numbers.read_as_locales({})
    assert not attribution.says_who_reports(sentence)
