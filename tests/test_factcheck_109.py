"""A hundred-and-ninth fact-check: a regional election's preliminary results (Valdoria's 90-seat assembly, the Civic
Alliance ahead but short of a majority), read against an agency report (tests/fixtures/factcheck_109/source.txt).

Misstatements that built, now refused:
- "The Civic Alliance won the election clearly" citing 'Ilves told supporters ...: "We have won this election, and we
  have won it clearly."': a claim of victory told as fact. A win a passage gives only inside quotation marks had
  counted as a win given; it is now the speaker's claim, and a sentence telling it must say whose it is (leads.py);
- "The Civic Alliance has formed a coalition with the Green Union" citing "would begin coalition talks": talks told
  as a coalition formed ("formed a coalition" is read as a government formed: government_talks.py);
- "About 48,000 postal ballots have been counted" citing "have still to be counted": "still to", after a verb of
  being or having, negates as "yet to" does (polarity.py).
Honest sentences that were refused, now built:
- "Some 48,000 postal ballots have yet to be counted" and "... have not been counted" citing "have still to be
  counted" (polarity.py, as above);
- "Turnout rose by about 4 percentage points" citing "up 4.2 percentage points": a figure read both bare and with its
  unit is one quantity that a hedged figure may round (attribution._one_quantity).

Each sentence is checked in-process against its cited passages (paragraphs of the fixture), as `check` does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from explainer.model import Party
from support import sentence_findings

SOURCE = (Path(__file__).parent / "fixtures" / "factcheck_109" / "source.txt").read_text(encoding="utf-8")
PARTIES = (Party(id="civic", name="Civic Alliance", short_name="Civic Alliance", role="side"),
           Party(id="sdp", name="Social Democratic Party", short_name="Social Democrats", role="side"),
           Party(id="greens", name="Green Union", short_name="Greens", role="side"),
           Party(id="observers", name="Council for Democratic Elections", short_name="the observer mission",
                 role="observer"))


def paragraph(opening: str) -> str:
    """Return the one paragraph of the source that begins with `opening`."""
    [found] = [text.strip() for text in SOURCE.split("\n\n") if text.startswith(opening)]
    return found


LEAD = paragraph("The centre-right Civic Alliance")
SEATS = paragraph("With 96 per cent")
TURNOUT = paragraph("Turnout was")
COUNT = paragraph("The commission stressed")
CLAIM = paragraph("Civic Alliance leader")
TALKS = paragraph("The Civic Alliance has not said")
KALLAS = paragraph("Social Democratic leader")
OBSERVERS = paragraph("An observer mission")
COMPLAINT = paragraph("The Social Democratic Party said")
LAST_TIME = paragraph("The Civic Alliance won the most seats")

MISSTATED = {
    "lead-told-as-win": ("The Civic Alliance won the Valdoria regional election.", (LEAD,),
                         "the source gives this only as a lead ('preliminary results'), but it is told as a win "
                         "('won')"),
    "plurality-as-majority": ("The Civic Alliance won a majority in the Valdoria regional assembly.", (LEAD,),
                              "this sentence says 'won a majority' where its cited passages give no majority ('short "
                              "of a majority')"),
    "plurality-of-seats-as-majority": ("The Civic Alliance won 41 of the assembly's 90 seats, a majority.", (SEATS,),
                                       "the source gives 41 only as a projection or a poll's figure, but this "
                                       "sentence states it as a result"),
    "preliminary-as-final": ("Final results give the Civic Alliance 41 of the assembly's 90 seats.", (LEAD, SEATS),
                             "this sentence gives the results as final ('Final results') where its cited passages give "
                             "them as preliminary ('preliminary results')"),
    "votes-as-seats": ("The Civic Alliance won 38.4% of the seats.", (LEAD,),
                       "this sentence gives 38.4% as a share of 'the seats' where its cited passages give it as a share "
                       "of 'the vote' ('38.4 per cent of the vote')"),
    "seats-of-the-wrong-party": ("The Social Democratic Party won 41 seats.", (SEATS,),
                                 "this sentence gives Social Democratic Party 41 where its cited passages give Social "
                                 "Democratic Party 29.7 per cent and Civic Alliance 41"),
    "share-of-the-wrong-party": ("The Green Union won 29.7% of the vote.", (SEATS,),
                                 "this sentence gives Green Union 29.7% where its cited passages give Green Union 11.2 "
                                 "per cent and Social Democratic Party 29.7 per cent"),
    "points-as-per-cent": ("Turnout rose by 4.2% from 2022.", (TURNOUT,),
                           'figure "4.2%" is not in the passages this sentence cites'),
    "talks-as-coalition-formed": ("The Civic Alliance has formed a coalition with the Green Union.", (TALKS, CLAIM),
                                  "this sentence tells a government as formed ('formed a coalition') where its cited "
                                  "passages give only talks to form one ('coalition talks')"),
    "claim-of-victory-as-fact": ("The Civic Alliance won the election clearly.", (CLAIM,),
                                 "the source gives this win only as a speaker's claim in a quotation ('We have won "
                                 "this election'), but it is told as fact ('won')"),
    "largely-dropped": ("The observer mission said the vote had been free and well organised.", (OBSERVERS,),
                        "this sentence drops its cited passages' 'largely' ('largely free')"),
    "complaint-to-come-as-filed": ("The Social Democratic Party has filed a formal complaint with the electoral "
                                   "commission.", (COMPLAINT,),
                                   "this sentence tells as done ('filed') what its cited passages give only as to come "
                                   "('would file')"),
    "count-told-complete": ("About 48,000 postal ballots have been counted.", (COUNT,),
                            "this sentence drops the negation of its cited passage ('About 48,000 postal ballots have "
                            "still to be counted')"),
    "threshold-as-seats-won": ("The Civic Alliance won 46 seats.", (SEATS,),
                               "the source gives 46 only as a projection or a poll's figure, but this sentence states "
                               "it as a result"),
    "ground-lost-as-defeat-conceded": ("The Social Democratic Party conceded defeat.", (KALLAS,),
                                       "this sentence says 'defeat' where its cited passages say 'lost'"),
}

HONEST = {
    "lead-rounded": ("The Civic Alliance led the Valdoria regional election with about 38% of the vote, according "
                     "to preliminary results.", (LEAD,)),
    "short-of-majority": ("The Civic Alliance fell short of a majority.", (LEAD,)),
    "seats-preliminary": ("Preliminary results give the Civic Alliance 41 of the assembly's 90 seats, five short of a "
                          "majority.", (SEATS,)),
    "second-rounded": ("The Social Democratic Party came second with nearly 30% of the vote and 31 seats.", (SEATS,)),
    "third": ("The Green Union was third with 11.2% and 12 seats.", (SEATS,)),
    "turnout-points": ("Turnout was 61.3%, up 4.2 percentage points from 2022.", (TURNOUT,)),
    "turnout-points-rounded": ("Turnout rose by more than four percentage points to about 61%, the highest since "
                               "2010.", (TURNOUT,)),
    "turnout-about-points": ("Turnout rose by about 4 percentage points.", (TURNOUT,)),
    "still-preliminary": ("The results are preliminary; final results are expected on 21 October.", (COUNT,)),
    "yet-to-be-counted": ("Some 48,000 postal ballots have yet to be counted.", (COUNT,)),
    "claim-attributed": ("Ilves claimed victory, telling supporters her party had won the election clearly.",
                         (CLAIM,)),
    "claim-said": ("Ilves said the Civic Alliance had won the election clearly.", (CLAIM,)),
    "talks-to-come": ("Ilves said her party would begin coalition talks this week.", (CLAIM,)),
    "partner-open": ("The Civic Alliance has not said which party it will approach first.", (TALKS,)),
    "likely-coalition": ("A coalition with the Green Union would command 53 seats, a majority, analysts say.",
                         (TALKS,)),
    "greens-conditions": ("The Greens say they are open to talks, but not at any price.", (TALKS,)),
    "largely-kept": ("The observer mission said the vote had been largely free and well organised.", (OBSERVERS,)),
    "irregularities": ("Observers noted isolated irregularities in two eastern districts.", (OBSERVERS,)),
    "complaint-to-come": ("The Social Democratic Party said it would file a formal complaint over the eastern "
                          "districts on Wednesday.", (COMPLAINT,)),
    "no-complaint-yet": ("The electoral commission has received no complaint so far.", (COMPLAINT,)),
    "share-fell": ("The Social Democratic vote fell from 34.5% in 2022 to 29.7%.", (KALLAS, SEATS)),
    "short-of-seats": ("The Civic Alliance is five seats short of the 46 it needs to govern alone.", (SEATS,)),
    # the fixes' near neighbours
    "past-coalition": ("The Civic Alliance has governed in coalition with the Greens since 2022.", (LAST_TIME,)),
    "past-win": ("The Civic Alliance won the most seats in 2022.", (LAST_TIME,)),
    "coalition-not-formed": ("The Civic Alliance has not yet formed a coalition.", (CLAIM,)),
    "not-counted": ("About 48,000 postal ballots have not been counted.", (COUNT,)),
    "still-to-be-counted": ("About 48,000 postal ballots have still to be counted.", (COUNT,)),
}


def found(sentence: str, passages: tuple[str, ...]) -> list[str]:
    """Return the findings of a sentence citing passages of the report, in English, of the election's parties."""
    return sentence_findings(sentence, passages, "en", PARTIES)


@pytest.mark.parametrize("sentence, passages, said", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, passages: tuple[str, ...], said: str):
    findings = found(sentence, passages)
    assert any(said in finding for finding in findings), findings


@pytest.mark.parametrize("sentence, passages", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(sentence: str, passages: tuple[str, ...]):
    assert found(sentence, passages) == []
