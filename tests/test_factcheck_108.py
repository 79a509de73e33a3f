"""A hundred-and-eighth fact-check: a trade dispute (Northland's tariffs on Southland's steel) and a dam's ruling,
read against their sources.

Misstatements that built, now refused:
- "Cheap Southland steel has cost 4,000 jobs since 2023" citing "Northland on Tuesday raised tariffs on steel imported
  from Southland ..., saying cheap Southland steel had cost 4,000 jobs in its mills since 2023": Northland's word told
  as fact. The passage's own clause ("raised tariffs on steel imported from Southland") shares two words with the
  sentence, and was read as backing it; it now backs it only where it shares as many as the party's words do
  (party_word.py);
- "Southland will impose tariffs of its own" (or "has imposed") citing "It did not say whether it would impose tariffs
  of its own"; "The authority will appeal", "said it would appeal" or "appealed" citing "said it was disappointed and
  would consider an appeal": a decision still open told as made (open_decisions.py).
Honest sentences that were refused, now built:
- "The tariff rose by 15 percentage points" and "Northland more than doubled the tariff" citing "raised tariffs on
  steel imported from Southland to 25 per cent from 10 per cent": a change's two ends given "to B from A" with no
  word of change near them (change_sizes.change_ends_of, level_ratios.py);
- "The Social Democrats said they would file a complaint" citing "The Social Democratic Party said it would file a
  formal complaint ... The commission said ...": a party's name ending in a body's noun ("Party") was read as a
  person's, and no speaker of the party's short name (speaker_turns.py);
- "Turnout rose by about 4 points" (or "more than four points") citing "up 4.2 percentage points": a hedged figure
  in bare points rounds the passage's figure read bare (attribution._rounded_from).
"The budget would shrink by $6.4 million" citing a plan that "would increase spending by 2.1% compared with this
year's budget of $305.6 million" (of $312 million) built: "shrink" in its present forms is read as a fall, as "shrank"
was (change_sizes.py).
"The meeting on 10 March will be the third since January" citing "It will be the fourth meeting since January" built:
an English ordinal with nothing ranked after it ranks a noun its sentence names that the passage ranks, as Spanish
"será la tercera desde enero" does (ranks.py).
A minister read alike however the source writes the office: "the government said" of "the Minister of Labour said"
was refused (its "Labour" read as a person's name) where it built of "the labour minister said", and "the union said"
of "the labour minister said" built (a speaker named by an office alone was no speaker): unnamed_speakers.py.
Of an election's projection, misstatements that built: "The projection gives the Civic Alliance a majority" and "...
41 of the 90 seats, a majority" citing "gives the Civic Alliance 41 of the assembly's 90 seats, five short of the 46
needed" (elections.py reads a majority a projection gives, and a count of seats of a whole with a possessive).

Each sentence is checked in-process against its cited passages, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="northland", name="Government of Northland", short_name="Northland", role="side"),
           Party(id="southland", name="Government of Southland", short_name="Southland", role="side"),
           Party(id="authority", name="State water authority", short_name="the authority", role="defendant"))

RAISED = ("Northland on Tuesday raised tariffs on steel imported from Southland to 25 per cent from 10 per cent, "
          "saying cheap Southland steel had cost 4,000 jobs in its mills since 2023.")
OWN = ("Southland's trade ministry called the move illegal and said it would file a complaint with the World Trade "
       "Organization within 30 days. It did not say whether it would impose tariffs of its own.")
APPEAL = "The water authority said it was disappointed and would consider an appeal."
SAID = "Northland said cheap Southland steel had cost 4,000 jobs in its mills since 2023."

MISSTATED = {
    "party-word-beside-outlets-clause": ("Cheap Southland steel has cost 4,000 jobs in Northland's mills since 2023.",
                                         RAISED, "give only as the word of Northland"),
    "party-word-shorter": ("Southland steel has cost 4,000 jobs in Northland since 2023.", RAISED,
                           "give only as the word of Northland"),
    "party-word-reworded": ("Cheap steel from Southland cost Northland 4,000 jobs.", RAISED,
                            "give only as the word of Northland"),
    "party-word-said": ("Cheap Southland steel has cost 4,000 jobs in Northland's mills since 2023.", SAID,
                        "give only as the word of Northland"),
    "undecided-told-done": ("Southland has imposed tariffs of its own.", OWN,
                            "tells as decided ('imposed') what its cited passages give as undecided ('whether it "
                            "would impose')"),
    "undecided-told-to-come": ("Southland will impose tariffs of its own.", OWN, "tells as decided ('will impose')"),
    "appeal-weighed-will": ("The authority will appeal the ruling.", APPEAL,
                            "tells as decided ('will appeal') what its cited passages give as undecided ('consider an "
                            "appeal')"),
    "appeal-weighed-said-would": ("The authority said it would appeal.", APPEAL,
                                  "tells as decided ('said it would appeal')"),
    "appeal-weighed-done": ("The authority appealed the ruling.", APPEAL, "tells as decided ('appealed')"),
    "tripled": ("Northland tripled the tariff.", RAISED, 'change "tripled" is not in'),
    "points-wrong": ("Northland raised the tariff by 10 percentage points.", RAISED, 'figure "10" is not in'),
}

HONEST = {
    "outlets-clause": ("Northland raised tariffs on Southland steel on Tuesday.", RAISED),
    "outlets-clause-with-figures": ("Northland raised its tariff on Southland steel from 10% to 25% on Tuesday.",
                                    RAISED),
    "attributed": ("Northland says cheap Southland steel has cost 4,000 jobs in its mills since 2023.", RAISED),
    "attributed-saying": ("Northland raised tariffs, saying cheap Southland steel had cost 4,000 jobs.", RAISED),
    "points": ("The tariff rose by 15 percentage points.", RAISED),
    "points-plain": ("The tariff rose by 15 points.", RAISED),
    "more-than-doubled": ("Northland more than doubled its tariff on Southland steel.", RAISED),
    "ends-plain": ("The tariff rose by 15 percentage points.",
                   "Northland raised tariffs to 25 per cent from 10 per cent."),
    "open-kept": ("Southland has not said whether it will impose tariffs.", OWN),
    "open-kept-may": ("Southland may impose tariffs of its own.", OWN),
    "open-kept-as-written": ("Southland did not say whether it would impose tariffs.", OWN),
    "complaint-said": ("Southland says it will complain to the World Trade Organization within 30 days.", OWN),
    "appeal-may": ("The authority may appeal the ruling.", APPEAL),
    "appeal-considering": ("The authority is considering an appeal.", APPEAL),
    "appeal-will-consider": ("The authority said it would consider an appeal.", APPEAL),
    "appeal-said-would-of-said-would": ("The city said it would appeal.", "The city said it would appeal the ruling."),
}


def found(sentence: str, passage: str) -> list[str]:
    """Return the findings of a sentence citing one passage, in English, of the trade dispute's parties."""
    return sentence_findings(sentence, (passage,), "en", PARTIES)


@pytest.mark.parametrize("sentence, passage, said", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, passage: str, said: str):
    findings = found(sentence, passage)
    assert any(said in finding for finding in findings), findings


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(sentence: str, passage: str):
    assert found(sentence, passage) == []


ELECTION_PARTIES = (
    Party(id="civic", name="Civic Alliance", short_name="Civic Alliance", role="side"),
    Party(id="sdp", name="Social Democratic Party", short_name="Social Democrats", role="side"),
    Party(id="greens", name="Green Union", short_name="Greens", role="side"),
    Party(id="observers", name="Council for Democratic Elections", short_name="the observer mission", role="observer"))
COMPLAINT = ("The Social Democratic Party said it would file a formal complaint with the electoral commission over the "
             "eastern districts on Wednesday. The commission said it had received no complaint so far and would "
             "examine any complaint it received.")


@pytest.mark.parametrize("sentence, builds", [
    ("The Social Democrats said they would file a complaint.", True),
    ("The Social Democratic Party said it would file a complaint.", True),
    ("The Greens said they would file a complaint.", False),
    ("The commission said it would file a complaint.", False),
])
def test_a_party_speaks_by_its_short_name_where_its_name_ends_in_a_body(sentence: str, builds: bool):
    assert (sentence_findings(sentence, (COMPLAINT,), "en", ELECTION_PARTIES) == []) == builds


TURNOUT = "Turnout was 67.3 per cent, up 4.2 percentage points from the last election."


@pytest.mark.parametrize("sentence, builds", [
    ("Turnout rose by about 4 points.", True),
    ("Turnout rose by more than four points.", True),
    ("Turnout rose by 4.2 points.", True),
    ("Turnout rose by about 5 points.", False),
    ("Turnout rose by nearly 4 points.", False),
    ("Turnout rose by more than 5 points.", False),
])
def test_a_hedged_change_in_bare_points_rounds_percentage_points(sentence: str, builds: bool):
    assert (sentence_findings(sentence, (TURNOUT,), "en", ()) == []) == builds


PROJECTION = ("With 96 per cent of polling stations counted, the commission's projection gives the Civic Alliance 41 of "
              "the assembly's 90 seats, five short of the 46 needed to govern alone.")


@pytest.mark.parametrize("sentence, passage, builds", [
    ("The projection gives the Civic Alliance a majority.", PROJECTION, False),
    ("The projection gives the Civic Alliance 41 of the 90 seats, a majority.", PROJECTION, False),
    ("The Civic Alliance has a majority with 41 of the 90 seats.", PROJECTION, False),
    ("The projection gives the Civic Alliance 41 of the 90 seats.", PROJECTION, True),
    ("The projection gives the Civic Alliance no majority.", PROJECTION, True),
    ("The projection gives the Civic Alliance a majority.", PROJECTION.replace("41", "52").replace(
        "five short of the 46 needed to govern alone", "a majority"), True),
])
def test_a_majority_a_projection_gives_is_kept_to_its_seats(sentence: str, passage: str, builds: bool):
    assert (sentence_findings(sentence, (passage,), "en", ELECTION_PARTIES) == []) == builds


PLAN = ("Mayor Daniel Okafor unveiled the $312 million spending plan. The plan would increase spending by 2.1% compared "
        "with this year's budget of $305.6 million.")
CUT_PLAN = ("Mayor Okafor unveiled the $305.6 million spending plan. The plan would cut spending by 2.1% compared with "
            "this year's budget of $312 million.")


@pytest.mark.parametrize("sentence, passage, builds", [
    ("The budget would shrink by $6.4 million.", PLAN, False),
    ("The budget would grow by $6.4 million.", PLAN, True),
    ("The budget would shrink by $6.4 million.", CUT_PLAN, True),
    ("Spending shrinks by $6.4 million under the plan.", CUT_PLAN, True),
    ("The budget would grow by $6.4 million.", CUT_PLAN, False),
])
def test_shrink_is_a_fall_in_its_present_forms(sentence: str, passage: str, builds: bool):
    assert (sentence_findings(sentence, (passage,), "en", ()) == []) == builds


MEETING = "The negotiators will meet again on 10 March. It will be the fourth meeting since January."


@pytest.mark.parametrize("sentence, builds", [
    ("The meeting on 10 March will be the third since January.", False),
    ("The meeting on 10 March will be the third.", False),
    ("The meeting on 10 March will be the fourth since January.", True),
    ("The meeting on 10 March will be the fourth.", True),
    ("The first of the meetings was on 10 March.", True),
])
def test_an_ordinal_with_nothing_after_it_ranks_the_sentences_noun(sentence: str, builds: bool):
    assert (sentence_findings(sentence, (MEETING,), "en", ()) == []) == builds


REFORM_PARTIES = (Party(id="gov", name="Government of Ardania", short_name="the government", role="side"),
                  Party(id="union", name="General Workers Union", short_name="the union", role="side"))
MINISTERS = ('"The reform is necessary," the Minister of Labour said.',
             '"The reform is necessary," the labour minister said.', "The labour minister said the reform was necessary.")


@pytest.mark.parametrize("passage", MINISTERS, ids=["capitalised office", "lowercase office", "said first"])
@pytest.mark.parametrize("sentence, builds", [
    ("The reform is necessary, the government said.", True),
    ("The government said the reform was necessary.", True),
    ("The reform is necessary, the ministry said.", True),
    ("The reform is necessary, the union said.", False),
    ("The union said the reform was necessary.", False),
])
def test_a_ministers_words_are_the_governments_never_the_unions(sentence: str, builds: bool, passage: str):
    assert (sentence_findings(sentence, (passage,), "en", REFORM_PARTIES) == []) == builds
