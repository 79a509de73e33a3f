"""An English briefing written from scratch, as the README tells a new editor to: a transit strike in a fictional
city, the Carrow Bay Transit Authority against the Amalgamated Transit Drivers' Union, with a mediator of the State
Labour Conciliation Board as a third party, from one news report the editor wrote (tests/fixtures/newuser_34/seeds/
courier.txt: offers and counter-offers in per cent and dollars, a ballot, disputed pay figures, quotes of both sides,
a suspension that is no calling off, and the paper's own correction).

What the new editor met, writing 112 honest sentences the way a labour reporter paraphrases and 64 misstatements a
careless editor might make, each a background section of its own in a real `check` of the fixture: before, 13 honest
sentences were refused and 26 misstatements built; now 4 are refused and none builds (14 here, 4 more refused by
tests/test_factcheck_38.py: "the union estimated" for the chamber's estimate, "accepted" for "which the union
rejected", "at the request of the union" for "both sides", "all 31 routes" for "28 of its 31"; 3 by
tests/test_factcheck_39.py: "talks resumed" for "said ... talks would resume", "one of its tram lines" for "both of
its tram lines", "would end the strike" for "would suspend the strike"; and the last 7 by tests/test_factcheck_40.py:
"3 per cent this year and 4 per cent next" for "4 per cent this year and 3 per cent next year", "7.1 per cent this
year" for "over two years", "would step into" for "... but said the city would not step into", "voted for a strike"
for "returned their papers", "the authority estimated" for the Carrow Bay Chamber of Commerce's estimate, "one of its
libraries" or "some of its branches" for "all of its branch libraries", "would lift the ban" for "would suspend").
Fixed here, each where its reading lives:
- "the two sides" of a briefing whose third party is a mediator named no sides: the mediator was counted, and "two"
  a figure to cite (explainer/neutral_parties.py: a party whose `role` is a mediator's, a court's, ... takes none);
- "the union" and "the authority", a news report's names for the parties after their first mention, named no one, so
  the authority and the union swapped in a place ("the authority gave the union notice"), a possessive ("the union's
  figures") or a speaker ("the authority said") built (owners.named_in_lowercase, read by swapped.py and
  speakers.py: a lowercase word after "the" that is one party's alone);
- "which the union rejected the same day" did not back "the union rejected a 2% offer" (polarity.py: a negative
  relative clause negates what the clause before names); "two weeks' notice" for "14 days' notice" and "three days"
  for "72 hours" were refused (decades.py: spans next to each other), and so was "will suspend" beside a purpose's
  "so that talks could resume" (forecasts.py); "had had calls from drivers" held a verb of calling (speakers.py);
  "puts the cost at $31 million" and "dismissed the estimate as" said nobody's word (attribution.py);
- "called off", "ended" or "cancelled" for "suspended", and "accepted" or "agreed" for "offered" (outcomes.py), and
  "raised its demand to 9.5 per cent" for "lowered" (direction.py: a level a verb made) built.
Still refused: a difference computed ("differ by $7 million"), "three-quarters of an hour" for "45 minutes", "5am"
for "5 in the morning", and a role the passage does not give ("the union's general secretary said" citing "Ms Okafor
said").
The README misled nowhere; its walls were messages: a comma inside { } that cut a measure in two was named as an
unknown field "000 with overtime" (validate.py now says what the comma did).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from support import checked_fixture_project, edit, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_34"
STRIKE = Path("content") / "transit-strike"
FIRST_OFFER = ("The authority first offered a pay rise of 2 per cent on 14 January, which the union rejected the same "
               "day.")
SUSPEND = ("On Wednesday evening the union said it would suspend the strike for 72 hours from 6 a.m. on Friday, 13 "
           "March, so that talks could resume under a mediator.")
NOTICE = "The union gave the authority 14 days' notice of the strike on 23 February."
CALLS = ("Its chief executive, Marcus Delaney, said the ballot papers had been sent to some drivers' old addresses "
         "and that \"we have had calls from drivers who never received a vote\".")
GAP = ("Ms Ferrante said on Wednesday that talks would resume on Friday morning. \"The gap is narrower than either side "
       "is admitting in public,\" she said.")
PART_TIME = "The authority also wants to hire 150 part-time drivers to cover the morning and evening peaks."
FICTION = 'Ms Okafor said the authority\'s figures were "a work of fiction".'
SUNDAY = ("On Sunday, after 14 hours of talks, it offered 4 per cent this year and 3 per cent next year, together with a "
          "one-off payment of $1,200 for each driver.")
LOWERED = "It lowered its demand to 9.5 per cent over two years on 2 March."


def findings(sentence: str, *passages: str) -> list[str]:
    """Return what the build's sentence checks say of one sentence of the strike briefing citing `passages`."""
    from explainer.model import Party

    return sentence_findings(sentence, passages, "en", (
        Party(id="authority", name="Carrow Bay Transit Authority", short_name="The authority", role="employer"),
        Party(id="union", name="Amalgamated Transit Drivers' Union", short_name="The union", role="drivers' union"),
        Party(id="mediator", name="State Labour Conciliation Board", short_name="The mediator", role="mediator")))


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    return checked_fixture_project(FIXTURE, tmp_path / "desk")


def test_the_strike_briefing_passes_its_checks(desk: Path):
    result = run_build(desk, "check")
    assert result.code == 0, result.err
    assert "transit-strike: 59 citations anchored to 59 passages" in result.out
    assert "The two sides are split over pay" in (desk / STRIKE / "briefing.yaml").read_text(encoding="utf-8")


def test_the_two_sides_are_the_parties_that_take_one(desk: Path):
    edit(desk / STRIKE / "briefing.yaml", "    role: mediator\n", "")  # the mediator now counts as a side
    result = run_build(desk, "check")
    assert result.code == 1
    assert ('content/transit-strike/briefing.yaml:10: `summary`: figure "two" is not in the passages this sentence '
            'cites: "The two sides are split over pay') in result.err


def test_a_party_takes_no_side_by_its_role():
    from explainer.model import Party
    from explainer.neutral_parties import sides_counted

    def parties(*roles: str) -> list:
        return [Party(id=f"p{n}", name=f"Party {n}", role=role) for n, role in enumerate(roles)]

    assert sides_counted(parties("employer", "union", "mediator")) == 2
    assert sides_counted(parties("", "", "Supreme Court")) == 2
    assert sides_counted(parties("", "", "")) == 3
    assert sides_counted(parties("", "analyst", "regulator")) == 3  # one side alone: all are counted


def test_a_comma_inside_braces_is_named_with_what_to_do(desk: Path):
    edit(desk / STRIKE / "claims.yaml", '{measure: "Drivers earning more than $50,000 with overtime", value: 62',
         "{measure: Drivers earning more than $50,000 with overtime, value: 62")
    result = run_build(desk, "check")
    assert result.code == 1
    assert result.err.splitlines()[0] == (
        "error: content/transit-strike/claims.yaml:13: topics[0].claims[0].figures[1].000 with overtime: unknown "
        "field in claim figure (valid fields: measure, value, to, bound, unit; a comma inside { } ends a field: put a "
        'text that holds one in quotes, "...")')


HONEST = {
    "relative-clause-rejected": ("The union rejected a 2% offer on 14 January.", FIRST_OFFER),
    "relative-clause-turned-down": ("The union turned down the authority's opening 2 per cent offer the day it was "
                                    "made.", FIRST_OFFER),
    "weeks-for-days": ("The union served two weeks' notice of the strike on 23 February.", NOTICE),
    "days-for-hours": ("The union will suspend the strike for three days from Friday.", SUSPEND),
    "calls-as-a-noun": ("Delaney said the authority had had calls from drivers who never received a vote.", CALLS),
    "the-mediator-for-its-person": ("The mediator said the gap was narrower than either side admitted in public.",
                                    GAP),
}


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_sentence_once_refused_builds(sentence: str, passage: str):
    assert findings(sentence, passage) == []


@pytest.mark.parametrize("sentence", [
    "The union puts the cost of its demand at $31 million.",
    "Okafor dismissed the chamber's estimate as scaremongering.",
], ids=["puts-the-cost-at", "dismissed-as"])
def test_a_party_s_figure_or_judgement_says_whose_it_is(sentence: str):
    from explainer.attribution import says_whose_word

    assert says_whose_word(sentence)


MISSTATEMENTS = {
    "sides-swapped-in-place": ("The authority gave the union 14 days' notice of the strike on 23 February.", NOTICE,
                               "this sentence names authority where its cited passages name union ('union gave')"),
    "offer-swapped": ("The union first offered a pay rise of 2 per cent on 14 January, which the authority rejected.",
                      FIRST_OFFER, "this sentence names union where its cited passages name authority"),
    "plan-swapped": ("The union wants to hire 150 part-time drivers.", PART_TIME,
                     "names union where its cited passages name authority ('authority also wants')"),
    "possessive-swapped": ('Okafor said the union\'s figures were "a work of fiction".', FICTION,
                           "names union where its cited passages name authority ('authority's figures')"),
    "speaker-swapped": ("The authority said it would suspend the strike for 72 hours from Friday.", SUSPEND,
                        "this sentence gives the words to The authority, but its cited passages give them to"),
    "offer-told-as-accepted": ("The union accepted the authority's offer of 4% this year and 3% next year.", SUNDAY,
                               "this sentence says 'accepted' where its cited passages say 'offered'"),
    "offer-told-as-agreed": ("The drivers agreed a 4% rise this year and 3% next year.", SUNDAY,
                             "this sentence says 'agreed' where its cited passages say 'offered'"),
    "suspended-called-off": ("The union called off the strike on Wednesday.", SUSPEND,
                             "this sentence says 'called off' where its cited passages say 'suspend'"),
    "suspended-ended": ("The union has ended the strike.", SUSPEND,
                        "this sentence says 'ended' where its cited passages say 'suspend'"),
    "lowered-told-as-raised": ("The union raised its demand to 9.5 per cent on 2 March.", LOWERED,
                               'figure "9.5 per cent" is given as a rise, but the passages this cites give it as a '
                               "fall"),
}


@pytest.mark.parametrize("sentence, passage, named", MISSTATEMENTS.values(), ids=MISSTATEMENTS.keys())
def test_a_misstatement_is_refused(sentence: str, passage: str, named: str):
    assert any(named in message for message in findings(sentence, passage)), findings(sentence, passage)
