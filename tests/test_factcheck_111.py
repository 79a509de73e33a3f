"""A hundred-and-eleventh fact-check: reported speech and hedges kept. What a party said, weighed or left open, told
more strongly than the source says it.

Misstatements that built, now refused:
- "Southland said it would impose tariffs" (or "will impose", "plans to") citing "Southland said it was studying all
  options" (or "weighing its response", "considering its response", "has not decided how to respond"): options
  weighed told as a decision taken (open_decisions.py);
- "Reyes said the delay would add $3 million to costs" citing "Reyes said the delay could add $3 million to costs": a
  reported "could", "might" or "may" hardened to the reported "will", a "would" after a word of saying; in French
  ("a déclaré que le retard ajouterait" of "pourrait ajouter"), Spanish ("dijo que ... añadiría" of "podría añadir")
  and German ("sagte, ... werde" of "könnte") too; and a hope reported ("said it hoped to cut") told as "said it
  would cut" or "says it will cut" (forecasts.py);
- "Northland said it had received no complaint" citing "The commission said it had received no complaint so far":
  a body's words given to a party the passage does not name (unnamed_speakers.py);
- "Tariffs rose by up to 10%" citing "raised tariffs by between 5% and 8%": a cap rounded a quarter above the
  passage's top; "up to" and "as much as" now round within 5%, as "about" and "nearly" do (attribution._rounds_to);
- "Northland will raise tariffs" (or "said it would", "confirmed it would", "raised") citing "Northland did not rule
  out raising tariffs"; "Northland will impose tariffs of its own" citing "It did not say whether Northland would
  impose tariffs of its own"; and "Northland will appeal" citing "Northland ... would consider an appeal", whose
  "No" of "Northland" was read as a negation (open_decisions.py);
- "Southland will retaliate against Northland's tariffs" citing "Southland vowed to retaliate ..." (or "pledged to
  cut", "promised to"): a vow told as certain (stated_intentions.py).
Kept as it was: "The Greens will begin coalition talks with the Civic Alliance" citing "The Greens said they would
begin coalition talks ..." is refused as the party's word told as fact (party_word.py), as "The owners will appeal"
of "said they would appeal" is (stated_intentions.py); "The Greens said they would begin ..." builds.

Each sentence is checked in-process against its cited passages, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import findings_in_language, sentence_findings

PARTIES = (Party(id="northland", name="Government of Northland", short_name="Northland", role="side"),
           Party(id="southland", name="Government of Southland", short_name="Southland", role="side"),
           Party(id="union", name="Steelworkers' Union", short_name="the union", role="side"))

STUDYING = "Southland said it was studying all options."
WEIGHING = "Southland said it was weighing its response."
COULD = "Reyes said the delay could add $3 million to costs."
HOPED = "Southland said it hoped to cut its steel exports by 10%."
COMMISSION = "The commission said it had received no complaint so far."
RANGE = "Northland raised tariffs by between 5% and 8%."
NOT_RULED_OUT = "Northland did not rule out raising tariffs."
WHETHER = "It did not say whether Northland would impose tariffs of its own."
VOWED = "Southland vowed to retaliate against Northland's tariffs."
PLEDGED = "Southland pledged to cut its steel exports."

MISSTATED = {
    "options-told-said-would": ("Southland said it would impose tariffs.", STUDYING,
                                "tells as decided ('said it would impose') what its cited passages give only as "
                                "options weighed ('studying all options')"),
    "options-told-will": ("Southland will impose tariffs.", STUDYING, "only as options weighed"),
    "options-told-planned": ("Southland plans to impose tariffs.", STUDYING, "only as options weighed"),
    "response-weighed": ("Southland said it would retaliate.", WEIGHING,
                         "only as options weighed ('weighing its response')"),
    "response-considered": ("Southland said it would impose tariffs.",
                            "Southland said it was considering its response.", "only as options weighed"),
    "options-reviewed": ("Southland is going to impose tariffs.", "Southland said it was reviewing its options.",
                         "only as options weighed ('reviewing its options')"),
    "undecided-how": ("Southland said it would impose tariffs.", "Southland has not decided how to respond.",
                      "only as options weighed ('has not decided how to respond')"),
    "could-told-would": ("Reyes said the delay would add $3 million to costs.", COULD,
                         "the source gives this only as expected ('could'), but it is worded as certain ('would')"),
    "could-told-will": ("Reyes said the delay will add $3 million to costs.", COULD, "worded as certain ('will')"),
    "could-told-plain-will": ("The delay will add $3 million to costs.", COULD, "worded as certain ('will')"),
    "might-warned-would": ("Reyes warned that the delay would add $3 million to costs.",
                           "Reyes warned that the delay might add $3 million to costs.",
                           "only as expected ('might'), but it is worded as certain ('would')"),
    "may-told-reporters-would": ("Reyes told reporters the delay would add $3 million to costs.",
                                 "Reyes told reporters the delay may add $3 million to costs.",
                                 "only as expected ('may'), but it is worded as certain ('would')"),
    "hoped-told-would": ("Southland said it would cut its steel exports by 10%.", HOPED,
                         "only as expected ('hoped'), but it is worded as certain ('would')"),
    "hoped-told-says-will": ("Southland says it will cut its steel exports by 10%.", HOPED,
                             "only as expected ('hoped'), but it is worded as certain ('will')"),
    "commission-given-to-party": ("Northland said it had received no complaint.", COMMISSION,
                                  "gives the words to Northland, but its cited passages give them to the commission, "
                                  "which is none of the briefing's parties"),
    "commission-given-to-party-says": ("Northland says it has received no complaint.", COMMISSION,
                                       "give them to the commission"),
    "commission-given-according-to": ("According to Northland, no complaint has been received.", COMMISSION,
                                      "give them to the commission"),
    "commission-given-to-the-union": ("The union said it had received no complaint.", COMMISSION,
                                      "gives the words to The union, but its cited passages give them to the "
                                      "commission"),
    "electoral-commission-given": ("Northland said it had received no complaint.",
                                   "The electoral commission said on Tuesday it had received no complaint so far.",
                                   "give them to the electoral commission"),
    "court-given": ("Southland said it had received no complaint.",
                    "No complaint had been received so far, said the court.", "give them to the court"),
    "cap-above-range-top": ("Tariffs rose by up to 10%.", RANGE, 'figure "10%" is not in'),
    "cap-as-much-as": ("Tariffs rose by as much as 10 per cent.", RANGE, 'figure "10 per cent" is not in'),
    "cap-above-plain": ("Tariffs rose by up to 10%.", "Northland raised tariffs by 8%.", 'figure "10%" is not in'),
    "cap-above-cap": ("Up to 10% more was charged.", "Northland charged up to 8% more.", 'figure "10%" is not in'),
    "stated-plan-told-will": ("The Greens will begin coalition talks with the Civic Alliance.",
                              "The Greens said they would begin coalition talks with the Civic Alliance on Monday.",
                              "give only as the word of the Greens"),
    "not-ruled-out-will": ("Northland will raise tariffs.", NOT_RULED_OUT,
                           "tells as decided ('will raise') what its cited passages give as undecided ('not rule "
                           "out raising')"),
    "not-ruled-out-said-would": ("Northland said it would raise tariffs.", NOT_RULED_OUT,
                                 "tells as decided ('said it would raise')"),
    "not-ruled-out-confirmed": ("Northland confirmed it would raise tariffs.", NOT_RULED_OUT,
                                "tells as decided ('confirmed it would raise')"),
    "not-ruled-out-done": ("Northland raised tariffs.", NOT_RULED_OUT, "tells as decided ('raised')"),
    "not-ruled-out-cutting": ("Northland will cut tariffs.", "Northland would not rule out cutting tariffs.",
                              "give as undecided ('not rule out cutting')"),
    "whether-of-a-name": ("Northland will impose tariffs of its own.", WHETHER,
                          "give as undecided ('whether Northland would impose')"),
    "appeal-of-a-name-opening-no": ("Northland will appeal the ruling.",
                                    "Northland said it was disappointed and would consider an appeal.",
                                    "tells as decided ('will appeal')"),
    "vowed-told-will": ("Southland will retaliate against Northland's tariffs.", VOWED,
                        "only as a stated intention ('vowed to retaliate')"),
    "pledged-told-will": ("Southland will cut its steel exports.", PLEDGED,
                          "only as a stated intention ('pledged to cut')"),
    "promised-told-will": ("The union will call off the strike on Friday.",
                           "The union promised to call off the strike on Friday.",
                           "only as a stated intention ('promised to call')"),
}

HONEST = {
    "options-kept": ("Southland said it was studying all options.", STUDYING),
    "response-kept": ("Southland said it was weighing its response.", WEIGHING),
    "options-study-to-come": ("Southland said it would study all options.", STUDYING),
    "options-then-decide": ("Southland said it would decide within a week.",
                            "Southland said it was studying all options and would decide within a week."),
    "options-then-decided": ("Southland said it would impose tariffs.",
                             "Southland said it was studying all options. Later it said it would impose tariffs."),
    "could-kept": ("Reyes said the delay could add $3 million to costs.", COULD),
    "could-as-might": ("Reyes said the delay might add $3 million to costs.", COULD),
    "would-of-would": ("Reyes said the delay would add $3 million to costs.",
                       "Reyes said the delay would add $3 million to costs."),
    "would-beside-another-could": ("Reyes said the delay would add $3 million to costs.",
                                   "Reyes said the delay would add $3 million to costs, and Chen said the project "
                                   "could slip."),
    "would-asked": ("Reyes said it was unclear whether the delay would add $3 million to costs.", COULD),
    "hope-kept": ("Southland says it hopes to cut its steel exports by 10%.", HOPED),
    "commission-kept": ("The commission said it had received no complaint.", COMMISSION),
    "commission-of-the-party": ("Northland said it had received no complaint.",
                                "Northland's trade commission said it had received no complaint so far."),
    "commission-told-apart": ("Northland said it would file a complaint.",
                              "Northland said it would file a complaint. " + COMMISSION),
    "cap-at-range-top": ("Tariffs rose by up to 8%.", RANGE),
    "cap-as-much-as-top": ("Tariffs rose by as much as 8 per cent.", RANGE),
    "cap-rounded-close": ("Tariffs rose by up to 8%.", "Northland raised tariffs by between 5% and 7.8%."),
    "cap-rounded-millions": ("Up to 1.2 million people were affected.", "As many as 1,187,000 people were affected."),
    "stated-plan-kept": ("The Greens said they would begin coalition talks with the Civic Alliance.",
                         "The Greens said they would begin coalition talks with the Civic Alliance on Monday."),
    "not-ruled-out-kept": ("Northland has not ruled out raising tariffs.", NOT_RULED_OUT),
    "not-ruled-out-may": ("Northland may raise tariffs.", NOT_RULED_OUT),
    "whether-kept": ("Northland did not say whether it would impose tariffs of its own.", WHETHER),
    "vow-kept": ("Southland vowed to retaliate against Northland's tariffs.", VOWED),
    "vow-said": ("Southland said it would retaliate against Northland's tariffs.", VOWED),
    "pledge-kept": ("Southland has pledged to cut its steel exports.", PLEDGED),
}

ELECTION_PARTIES = (Party(id="civic", name="Civic Alliance", short_name="Civic Alliance", role="side"),
                    Party(id="greens", name="Green Party", short_name="Greens", role="side"))


def found(sentence: str, passage: str) -> list[str]:
    """Return the findings of a sentence citing one passage, in English, of the trade dispute's parties (the
    election's, for the Greens)."""
    parties = ELECTION_PARTIES if "Greens" in passage else PARTIES
    return sentence_findings(sentence, (passage,), "en", parties)


@pytest.mark.parametrize("sentence, passage, said", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, passage: str, said: str):
    findings = found(sentence, passage)
    assert any(said in finding for finding in findings), findings


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(sentence: str, passage: str):
    assert found(sentence, passage) == []


@pytest.mark.parametrize("language, sentence, passage, builds", [
    ("fr", "Reyes a déclaré que le retard ajouterait 3 millions de dollars aux coûts.",
     "Reyes a déclaré que le retard pourrait ajouter 3 millions de dollars aux coûts.", False),
    ("fr", "Reyes a déclaré que le retard pourrait ajouter 3 millions de dollars aux coûts.",
     "Reyes a déclaré que le retard pourrait ajouter 3 millions de dollars aux coûts.", True),
    ("fr", "Reyes a dit que le retard ajouterait 3 millions de dollars aux coûts.",
     "Reyes a dit que le retard ajouterait 3 millions de dollars aux coûts.", True),
    ("es", "Reyes dijo que el retraso añadiría 3 millones de dólares a los costes.",
     "Reyes dijo que el retraso podría añadir 3 millones de dólares a los costes.", False),
    ("es", "Reyes dijo que el retraso podría añadir 3 millones de dólares a los costes.",
     "Reyes dijo que el retraso podría añadir 3 millones de dólares a los costes.", True),
    ("es", "Reyes dijo que el retraso añadiría 3 millones de dólares a los costes.",
     "Reyes dijo que el retraso añadiría 3 millones de dólares a los costes.", True),
    ("de", "Reyes sagte, die Verzögerung werde die Kosten um 3 Millionen Dollar erhöhen.",
     "Reyes sagte, die Verzögerung könnte die Kosten um 3 Millionen Dollar erhöhen.", False),
    ("de", "Reyes sagte, die Verzögerung könnte die Kosten um 3 Millionen Dollar erhöhen.",
     "Reyes sagte, die Verzögerung könnte die Kosten um 3 Millionen Dollar erhöhen.", True),
    ("de", "Reyes sagte, die Verzögerung werde die Kosten um 3 Millionen Dollar erhöhen.",
     "Reyes sagte, die Verzögerung werde die Kosten um 3 Millionen Dollar erhöhen.", True),
])
def test_a_reported_possibility_stays_one_in_other_languages(language: str, sentence: str, passage: str, builds: bool):
    findings = findings_in_language(language, sentence, passage)
    assert (findings == []) == builds, findings
