"""A twentieth fact-check: an accusation told as fact, and a refusal told as an agreement.

"Pakistan shelled the border post" citing "Pakistan is accused of shelling the border post" (or "was suspected of",
"stands accused of") tells as established what the source gives only as an accusation;
"Pakistan has agreed to join the talks" (or "joined", "will join") citing "Pakistan has ruled out joining the talks"
(or "has no plans to", "rejected calls to") says the opposite of the source; where the negation check reads the
refusal as a negation ("refused to concede"), the sentence is named once. Also: "finished behind the National
Alliance" citing "ahead of the conservative National Alliance" (and a comparison after a comma and a figure, "won 31.4
per cent ..., narrowly ahead of"); a time word typed with a Turkish i ("tonıght"); and "the commission said" citing
words a party said. Each is checked
both ways: the misstatement is refused on its line with what is wrong, and honest wordings build (the accusation or
refusal kept, said whose it is, or an act a cited passage tells itself)."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import Sentence, SentencesChecked, assert_summary_outcome, minimal_project


@pytest.fixture(scope="module")
def fixture_root(tmp_path_factory) -> Path:
    """One minimal project, its source and briefing rewritten by each test (they run one after another)."""
    return minimal_project(tmp_path_factory.mktemp("factcheck20") / "project")


@pytest.fixture(scope="module")
def checked(fixture_root) -> SentencesChecked:
    """The one-sentence checks of this module's cases, many in one load (support.SentencesChecked)."""
    return SentencesChecked(fixture_root,
                            [Sentence(given, written) for given, written, _ in ACCUSED + REFUSED]
                            + [Sentence(given, written, ELECTION) for given, written, _ in BEHIND]
                            + [Sentence(given, written) for given, written, _ in LOOKALIKE_TIMES]
                            + [Sentence(given, written, ELECTION) for given, written, _ in WHOSE])


def _ids(cases):
    return [f"{written[:45]} ({given[:25]})" for given, written, _ in cases]


ACCUSED = [
    # (the source's sentence, the briefing's, "ok" or what the error says)
    ("Pakistan is accused of shelling the border post.", "Pakistan shelled the border post.",
     "this sentence tells as fact ('shelled') what its cited passages give only as an accusation ('is accused of "
     "shelling'): \"Pakistan shelled the border post.\" (say whose accusation it is, as the source does, or cite a "
     "passage that establishes it)"),
    ("Afghan forces were suspected of attacking the convoy near Chaman.", "Afghan forces attacked the convoy near Chaman.",
     "tells as fact ('attacked') what its cited passages give only as an accusation ('were suspected of attacking')"),
    ("Pakistan has been accused of funding the militia since 2021.", "Pakistan has funded the militia since 2021.",
     "only as an accusation ('been accused of funding')"),
    ("The Taliban are suspected of detaining two journalists in Kabul.",
     "The Taliban detained two journalists in Kabul.", "only as an accusation ('are suspected of detaining')"),
    ("Islamabad stands accused of stopping aid convoys at the border.", "Islamabad stopped aid convoys at the border.",
     "tells as fact ('stopped')"),
    # honest: the accusation kept or said whose it is; a passage that establishes the act; other acts
    ("Pakistan is accused of shelling the border post.", "Pakistan is accused of shelling the border post.", "ok"),
    ("Pakistan is accused of shelling the border post.", "Pakistan allegedly shelled the border post.", "ok"),
    ("Kabul accused Pakistan of shelling the border post.", "Kabul says Pakistan shelled the border post.", "ok"),
    ("Pakistan was accused of shelling the border post; a UN inquiry found it shelled the post twice.",
     "Pakistan shelled the border post twice, a UN inquiry found.", "ok"),
    ("Pakistan is accused of shelling the border post.", "Pakistan faces accusations that it shelled the border post.", "ok"),
    ("Pakistan is accused of shelling the border post.", "Afghanistan closed the border post.", "ok"),
]


@pytest.mark.parametrize("given,written,outcome", ACCUSED, ids=_ids(ACCUSED))
def test_an_accusation_told_as_fact_is_refused(checked, given, written, outcome):
    assert_summary_outcome(checked(given, written), outcome)


REFUSED = [
    ("Pakistan has ruled out joining the talks.", "Pakistan has agreed to join the talks.",
     "this sentence tells as agreed or done ('agreed to join') what its cited passages say was refused ('ruled out "
     "joining'): \"Pakistan has agreed to join the talks.\" (keep the refusal as the source gives it, or cite a "
     "passage that says it changed)"),
    ("Pakistan has ruled out joining the talks.", "Pakistan joined the talks.",
     "tells as agreed or done ('joined') what its cited passages say was refused ('ruled out joining')"),
    ("Kabul has ruled out signing the ceasefire in Doha.", "Kabul will sign the ceasefire in Doha.",
     "tells as agreed or done ('will sign') what its cited passages say was refused ('ruled out signing')"),
    ("Islamabad ruled out sending troops to the border.", "Islamabad sent troops to the border.",
     "say was refused ('ruled out sending')"),
    ("Pakistan rejected calls to reopen the crossing at Torkham.", "Pakistan reopened the crossing at Torkham.",
     "say was refused ('rejected calls to reopen')"),
    ("Pakistan has no plans to reopen the crossing at Torkham.", "Pakistan is reopening the crossing at Torkham.",
     "say was refused ('has no plans to reopen')"),
    # honest: the refusal kept, in other words; an act a passage tells itself; another act
    ("Pakistan has ruled out joining the talks.", "Pakistan has refused to join the talks.", "ok"),
    ("Pakistan has ruled out joining the talks.", "Pakistan will not join the talks.", "ok"),
    ("Pakistan has ruled out joining the talks.", "Pakistan said it would not be joining the talks.", "ok"),
    ("Pakistan ruled out joining the talks in May but joined them in June.", "Pakistan joined the talks in June.",
     "ok"),
    ("Pakistan has ruled out joining the talks, but Afghanistan has agreed to join them.",
     "Afghanistan has agreed to join the talks.", "ok"),
    ("Kabul refused to sign the ceasefire in Doha.", "Kabul rejected the ceasefire in Doha.", "ok"),
]


@pytest.mark.parametrize("given,written,outcome", REFUSED, ids=_ids(REFUSED))
def test_a_refusal_told_as_agreed_is_refused(checked, given, written, outcome):
    assert_summary_outcome(checked(given, written), outcome)


ELECTION = ("  - id: sdp\n    name: Social Democratic Party\n    short_name: Social Democrats\n"
            "  - id: alliance\n    name: National Alliance\n")
# the wire report's sentence of tests/test_newuser_17.py: the comparison after a comma and a figure's decimal point
SHARE = ("The Social Democratic Party won 31.4 per cent of the vote in Sunday's general election, narrowly ahead of "
         "the conservative National Alliance on 29.8 per cent.")
AHEAD = "The Social Democratic Party finished ahead of the conservative National Alliance."
BEHIND = [
    (AHEAD, "The Social Democratic Party finished behind the National Alliance.",
     "this sentence says 'behind' where its cited passages say 'ahead of' ('The Social Democratic Party finished "
     "ahead of the conservative National Alliance')"),
    ("The Social Democrats finished narrowly ahead of the National Alliance.",
     "The Social Democrats finished narrowly behind the National Alliance.",
     "says 'behind' where its cited passages say 'ahead of'"),
    (SHARE, "The Social Democratic Party finished narrowly behind the National Alliance.",
     "this sentence says 'behind' where its cited passages say 'ahead of' ('The Social Democratic Party won 31.4 per "
     "cent of the vote in Sunday's general election, narrowly ahead of the conservative National Alliance"),
    (SHARE, "The National Alliance finished narrowly ahead of the Social Democratic Party.",
     "says 'ahead of' of the two its cited passages compare the other way round"),
    # honest: the same way round, or the two named the other way round with the opposite word
    (SHARE, "The Social Democratic Party finished narrowly ahead of the National Alliance.", "ok"),
    (SHARE, "The National Alliance finished narrowly behind the Social Democratic Party.", "ok"),
    ("Turnout rose to 71.2 per cent, ahead of the 68 per cent forecast by the National Alliance.",
     "Turnout was ahead of the National Alliance's forecast.", "ok"),
    (AHEAD, "The Social Democratic Party finished ahead of the National Alliance.", "ok"),
    (AHEAD, "The National Alliance finished behind the Social Democratic Party.", "ok"),
    ("The National Alliance was behind the attack on the Social Democratic Party's offices, police said.",
     "Police said the National Alliance was behind the attack on the Social Democratic Party's offices.", "ok"),
]


@pytest.mark.parametrize("given,written,outcome", BEHIND, ids=_ids(BEHIND))
def test_behind_the_named_party_is_read_as_a_comparison(checked, given, written, outcome):
    assert_summary_outcome(checked(given, written, parties=ELECTION), outcome)


LOOKALIKE_TIMES = [
    # a Turkish dotless or dotted i in a time word: a reader sees the word, and so must the time-word check
    ("The talks resumed last week.", "The talks resume tonıght.",
     "time \"tonıght\" is not in the passages it cites: \"The talks resume tonıght.\" (use the source's own words for "
     "when and how long, or cite the passage that says it)"),
    ("The talks resumed last week.", "The talks resume TONİGHT.", "time \"TONİGHT\" is not in"),
    # honest: the time word the passage gives, however its i is typed
    ("The talks resume tonight.", "The talks resume tonıght.", "ok"),
    # (the passage names Kadıköy too: a place it does not name is refused, accented or not; factcheck29)
    ("The talks resumed last week in Kadıköy, Istanbul.", "The talks resumed last week in Istanbul, near Kadıköy.",
     "ok"),
]


@pytest.mark.parametrize("given,written,outcome", LOOKALIKE_TIMES, ids=_ids(LOOKALIKE_TIMES))
def test_a_time_word_typed_with_a_turkish_i_is_read(checked, given, written, outcome):
    assert_summary_outcome(checked(given, written), outcome)


TURNOUT = "The Social Democratic Party said turnout had been the highest since 1994."
WHOSE = [
    # a party's claim given to a body the passage does not mention
    (TURNOUT, "The commission said turnout had been the highest since 1994.",
     "this sentence gives the words to 'the commission', but its cited passages give them to The Social Democratic "
     "Party: \"The commission said turnout had been the highest since 1994.\" (name the speaker the source names, or "
     "cite the passage that gives the words to this one)"),
    (TURNOUT, "Turnout had been the highest since 1994, the electoral commission said.",
     "gives the words to 'the commission'"),
    (TURNOUT, "According to the electoral commission, turnout had been the highest since 1994.",
     "gives the words to 'the commission'"),
    # honest: the speaker the passage names, in other words; a body the passage names; a person's role (roles.py's)
    (TURNOUT, "The Social Democrats said turnout had been the highest since 1994.", "ok"),
    (TURNOUT, "The party said turnout had been the highest since 1994.", "ok"),
    ("Turnout was the highest since 1994, the electoral commission said on Monday.",
     "The commission said turnout had been the highest since 1994.", "ok"),
    ("The commission's chairman, Anna Berg, said turnout had been the highest since 1994.",
     "The commission said turnout had been the highest since 1994.", "ok"),
    ("Anna Berg said turnout had been the highest since 1994.",
     "The chairwoman said turnout had been the highest since 1994.", "ok"),
]


@pytest.mark.parametrize("given,written,outcome", WHOSE, ids=_ids(WHOSE))
def test_words_given_to_a_body_the_passage_does_not_name_are_refused(checked, given, written, outcome):
    assert_summary_outcome(checked(given, written, parties=ELECTION), outcome)


def test_a_refusal_told_as_agreed_that_drops_a_negation_is_named_once(checked):
    lines = checked("Berg refused to concede defeat on Sunday night.", "Berg conceded defeat on Sunday night.")
    assert len(lines) == 1 and "drops the negation of its cited passage" in lines[0], lines
