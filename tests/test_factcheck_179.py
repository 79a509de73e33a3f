"""English false refusals and misses left by the last round (tests/test_newuser_112.py, tests/test_newuser_113.py):

1. A rare deed told by its opposite's rule was refused as a deed turned: "Courts usually reject such petitions."
   citing "Courts rarely accept such petitions." now builds (opposite_deeds.py: "usually/generally/typically" before
   one verb, "rarely/seldom/hardly ever/almost never" before its opposite); "usually reject" of "usually accept" stays
   refused.
2. A choice offered told as a deed done: "The court gave Halvorsen a choice: accept the reduced award or face a new
   trial." citing "Halvorsen may accept the reduced award or ask for a new trial" was refused as 'accept' told done
   (possible_done.py: a plain verb after "choice:", "options:", "either", "whether to", or after "or" in a choice's
   sentence; and a verb in an "if"/"unless" clause is no deed). "Halvorsen accepted the reduced award" stays refused.
3. A certainty set on a condition: "Unless Halvorsen accepts the reduced award, the court will order a new trial."
   citing "Halvorsen may accept the reduced award or ask for a new trial on damages alone" was refused as a forecast
   made certain (forecasts.py: the condition's verb is the one the passage hedges, the "will" of another act).
   "Halvorsen will accept the reduced award" stays refused.
4. A party kept from one deed is not denied another: "The court declined to bar Brightwell from selling the tablet
   and ordered an ongoing royalty of 6.5 percent instead." citing the injunction paragraph ("the court ordered
   Brightwell to pay an ongoing royalty") was refused as a negation added (polarity.py; tests/test_newuser_112.py H2).
5. A referendum side's own "not": "The No campaign did not ask for a recount." citing "Keep Harwick Moving asked for
   a recount on Friday." built, the side named by its name in the passage (polarity.py: read where the passage's
   sentence, semicolons and all, negates nothing: "...; Keep Harwick Moving did not" backs it).
6. A turn giving a figure by a verb of counting: "Organisers said 3,000 people marched in York." citing "Organisers
   said 5,000 people marched in York, while police put the figure at 3,000." built (speaker_turns.py: "while/but
   police put the figure at", "estimate", "reckon", "counted", "claim" before a figure read as a gapped turn; with
   no comma, "... in York while police say 3,000" ends the organisers' clause too).
7. A noun act weighed told made by its verb: "The union has called a strike." citing "The union is reviewing its
   options, including a strike." built (weighed_acts.py: "called", "declared", "launched", "went on strike", "filed
   a lawsuit").
8. A judge by a name no passage nor party gives: "Judge Okoro cut the total award." citing "Judge Marsh heard the
   motions. The court reduced the total award because ..." built, the passage's "Judge" read as naming any judge; and
   with the briefing's parties given, "Judge Okoro cut the award" of a paragraph naming only "the court" is refused
   (swapped_causes.py; the plan passes it the briefing's parties).

Each with honest twins that must build, and each rule's misstatement twin kept refused.
"""

from __future__ import annotations

import pytest

from support import _cited_and_named, sentence_findings
from test_newuser_112 import DAMAGES, INJ, PARTIES as PARTIES_112, found
from test_newuser_113 import RECOUNT

ADDED = "adds a negation"


def findings(sentence: str, passage: str, parties=()) -> list[str]:
    """Return the build's findings of an English sentence citing one passage."""
    return sentence_findings(sentence, (passage,), "en", parties)


def refused(found_here: list[str], words: str) -> bool:
    """Say whether a finding holds `words`."""
    return any(words in finding for finding in found_here)


# 1. A rare deed told by its opposite's rule
RARELY_ACCEPT = "Courts rarely accept such petitions."


@pytest.mark.parametrize("sentence, passage", [
    ("Courts usually reject such petitions.", RARELY_ACCEPT),
    ("Courts generally turn down such petitions.", RARELY_ACCEPT),
    ("Such petitions are usually rejected by courts.", RARELY_ACCEPT),
    ("Courts typically reject petitions of this kind.", "Courts seldom accept petitions of this kind."),
    ("Courts rarely accept such petitions.", "Courts usually reject such petitions."),
    ("Courts have usually rejected such petitions.", "Courts have rarely accepted such petitions."),
    ("Regulators usually refuse such requests.", "Regulators rarely approve such requests."),
    ("Courts mostly reject such petitions.", "Courts hardly ever accept such petitions."),
    ("The board normally rejects such bids.", "The board rarely approves such bids."),
    ("Courts nearly always reject such petitions.", "Courts almost never accept such petitions."),
])
def test_a_rare_deed_told_by_its_opposites_rule_builds(sentence: str, passage: str):
    assert findings(sentence, passage) == []


@pytest.mark.parametrize("sentence, passage, words", [
    ("Courts usually reject such petitions.", "Courts usually accept such petitions.", ADDED),
    ("Courts rejected the petition.", RARELY_ACCEPT, ADDED),
    ("Courts usually accept such petitions.", RARELY_ACCEPT, "'usually accept'"),
    ("Courts rarely reject such petitions.", RARELY_ACCEPT, ADDED),
])
def test_a_rarity_turned_stays_refused(sentence: str, passage: str, words: str):
    assert refused(findings(sentence, passage), words)


# 2. A choice offered, and 3. a certainty set on a condition
MAY_ACCEPT = "Halvorsen may accept the reduced award or ask for a new trial."
WOULD_ORDER = "The court said it would order a new trial unless Halvorsen accepted the reduced award."


@pytest.mark.parametrize("sentence, passage", [
    ("The court gave Halvorsen a choice: accept the reduced award or face a new trial.", DAMAGES[1]),
    ("The court gave Halvorsen a choice: accept the reduced award or face a new trial.", MAY_ACCEPT),
    ("Halvorsen was given a choice: accept the reduced award or ask for a new trial on damages.", DAMAGES[1]),
    ("Halvorsen's options are to accept the reduced award or ask for a new trial.", MAY_ACCEPT),
    ("The court left Halvorsen a choice: ask for a new trial or accept the reduced award.", MAY_ACCEPT),
    ("The ruling gives Halvorsen the choice to accept the reduced award or go back to trial on damages.", DAMAGES[1]),
    ("Halvorsen must either accept the reduced award or ask for a new trial on damages.", DAMAGES[1]),
    ("Unless Halvorsen accepts the reduced award, the court will order a new trial.", DAMAGES[1]),
    ("Unless Halvorsen accepts the reduced award, the court will order a new trial.", WOULD_ORDER),
    ("The court will order a new trial unless Halvorsen accepts the reduced award.", DAMAGES[1]),
    ("Unless Halvorsen accepts the reduced award, there will be a new trial on damages.", DAMAGES[1]),
    ("If Halvorsen accepts the reduced award, there will be no new trial.", DAMAGES[1]),
    ("There will be a new trial unless Halvorsen accepts the lower award.", WOULD_ORDER),
])
def test_a_choice_or_a_condition_builds(sentence: str, passage: str):
    assert findings(sentence, passage, PARTIES_112) == []


@pytest.mark.parametrize("sentence, passage, words", [
    ("Halvorsen accepted the reduced award.", MAY_ACCEPT, "tells as done ('accepted')"),
    ("Halvorsen has accepted the reduced award.", DAMAGES[1], "tells as done ('accepted')"),
    ("Halvorsen accepts the reduced award.", MAY_ACCEPT, "tells as done ('accepts')"),
    ("Halvorsen either accepted the reduced award or asked for a new trial.", MAY_ACCEPT, "tells as done"),
    ("Given the choice, Halvorsen accepted the reduced award.", MAY_ACCEPT, "tells as done"),
    ("Halvorsen will accept the reduced award.", MAY_ACCEPT, "worded as certain ('will')"),
    ("If the court agrees, Halvorsen will accept the reduced award.", MAY_ACCEPT, "worded as certain ('will')"),
    ("If the deal goes ahead, it will save $2 billion.", "The deal may save $2 billion.", "worded as certain"),
])
def test_a_possibility_told_done_or_certain_stays_refused(sentence: str, passage: str, words: str):
    assert refused(findings(sentence, passage, PARTIES_112), words)


# 4. A party kept from one deed is not denied another
@pytest.mark.parametrize("sentence", [
    "The court declined to bar Brightwell from selling the tablet and ordered an ongoing royalty of 6.5 percent "
    "instead.",
    "The court refused to stop Brightwell from selling the tablet.",
    "Judge Marsh declined to bar Brightwell from selling its generic tablet.",
    "The court would not prevent Brightwell from selling the tablet, ordering a royalty instead.",
    "The court did not block Brightwell from selling the tablet but ordered it to pay a royalty.",
    "Rather than bar Brightwell from selling the tablet, the court ordered an ongoing royalty of 6.5 percent.",
])
def test_a_party_kept_from_one_deed_builds(sentence: str):
    assert found(sentence, INJ) == []


@pytest.mark.parametrize("sentence", [
    "The court refused to order Brightwell to pay a royalty.",
    "The court did not order Brightwell to pay an ongoing royalty.",
])
def test_the_deed_done_to_the_party_denied_stays_refused(sentence: str):
    assert refused(found(sentence, INJ), ADDED)


# 5. A referendum side's own "not"
ASKED = "Keep Harwick Moving asked for a recount on Friday."
NAMED = "The agents of Keep Harwick Moving asked me to order a recount, the Returning Officer said."


@pytest.mark.parametrize("sentence, passage", [
    ("The No campaign did not ask for a recount.", ASKED),
    ("The No campaign didn't ask for a recount.", ASKED),
    ("The No campaign never asked for a recount.", ASKED),
    ("The No campaign has not asked for a recount.", ASKED),
    ("The No campaign did not ask for a recount.", NAMED),
    ("The No campaign did not ask for a recount.", RECOUNT[1]),  # the fixture's declaration paragraph
])
def test_a_sides_own_negation_is_read(sentence: str, passage: str):
    assert refused(findings(sentence, passage), ADDED)


@pytest.mark.parametrize("sentence, passage", [
    ("The No campaign asked for a recount.", ASKED),
    ("The No campaign did not ask for a recount.", "Clear Air Harwick asked for a recount; Keep Harwick Moving did not."),
    ("The No campaign did not ask for a recount.", "Keep Harwick Moving did not ask for a recount."),
    ("The No campaign did not ask for a recount.", "Keep Harwick Moving said it would not ask for a recount."),
    ("The Yes campaign did not ask for a recount.", "Keep Harwick Moving asked for a recount; Clear Air Harwick did not."),
    ("The No campaign did not accept the result.", "Keep Harwick Moving rejected the result."),
])
def test_a_sides_negation_backed_builds(sentence: str, passage: str):
    assert not refused(findings(sentence, passage), ADDED)


# 6. A turn giving a figure by a verb of counting
GIVEN_TO_ANOTHER = "this sentence gives the words to"
TURNS = ("while police put the figure at 3,000", "while police estimate 3,000", "while police puts it at 3,000",
         "but police put the number at 3,000", "while police counted 3,000", "while the police put the crowd at 3,000",
         "while police say 3,000")
# the same turns with no comma before them ("... in York while police say 3,000")
BARE_TURNS = ("while police say 3,000", "while police estimate 3,000", "and police say 3,000",
              "but police reckon 3,000")


@pytest.mark.parametrize("turn", BARE_TURNS)
def test_a_count_given_to_the_other_speaker_with_no_comma_is_refused(turn: str):
    passage = f"Organisers say 5,000 people marched in York {turn}."
    assert refused(findings("Organisers said 3,000 people marched in York.", passage), GIVEN_TO_ANOTHER)
    assert findings("Police say 3,000 people marched in York.", passage) == []
    assert findings("Organisers say 5,000 people marched in York.", passage) == []


@pytest.mark.parametrize("turn", TURNS)
def test_a_count_given_to_the_other_speaker_is_refused(turn: str):
    passage = f"Organisers said 5,000 people marched in York, {turn}."
    assert refused(findings("Organisers said 3,000 people marched in York.", passage), GIVEN_TO_ANOTHER)


@pytest.mark.parametrize("turn", TURNS)
@pytest.mark.parametrize("sentence", ["Police said 3,000 people marched in York.",
                                      "Organisers said 5,000 people marched in York.",
                                      "According to police, 3,000 people marched."])
def test_each_speaker_given_its_own_count_builds(sentence: str, turn: str):
    passage = f"Organisers said 5,000 people marched in York, {turn}."
    assert not refused(findings(sentence, passage), GIVEN_TO_ANOTHER)


# 7. A noun act weighed told made by its verb
OPTIONS = "The union is reviewing its options, including a strike."
WEIGHED = "what its cited passages give only as weighed"


@pytest.mark.parametrize("sentence, passage", [
    ("The union has called a strike.", OPTIONS),
    ("The union called a strike.", OPTIONS),
    ("The union has declared a strike.", OPTIONS),
    ("The union went on strike.", OPTIONS),
    ("The union launched a national strike.", OPTIONS),
    ("The union called a strike.", "The union is considering a strike."),
    ("Acme has filed a lawsuit against Bolt.", "Acme is considering a lawsuit against Bolt."),
])
def test_a_noun_act_weighed_told_made_is_refused(sentence: str, passage: str):
    assert refused(findings(sentence, passage), WEIGHED)


@pytest.mark.parametrize("sentence, passage", [
    ("The union is reviewing its options, including a strike.", OPTIONS),
    ("The union could call a strike.", OPTIONS),
    ("The union may call a strike.", OPTIONS),
    ("The union has not called a strike.", OPTIONS),
    ("The union has not yet decided whether to call a strike.", OPTIONS),
    ("The union has not ruled out calling a strike.", OPTIONS),
    ("A strike is among the options the union is reviewing.", OPTIONS),
    ("The union said a strike was one option it was reviewing.", OPTIONS),
    ("The union has called a strike.", OPTIONS + " On Monday it called a strike for June."),
    # a strike called off that no passage tells is refused by labour_events.py (tests/test_factcheck_205.py)
    ("The union called off the strike.", OPTIONS + " On Friday it called off the strike it had called for June."),
])
def test_a_noun_act_kept_weighed_builds(sentence: str, passage: str):
    assert findings(sentence, passage) == []


# 8. A judge by a name no passage nor party gives
NOT_NAMED = "which its cited passages do not name"
MARSH_HEARD = ("Judge Marsh heard the motions. The court reduced the total award because the evidence did not "
               "support lost profits.")


def cause_findings(sentence: str, passage: str, parties) -> list[str]:
    """Return swapped_causes' findings of a sentence citing one passage, the briefing's parties given (or None)."""
    from explainer.swapped_causes import swapped_causes

    cited, words = _cited_and_named((passage,), "en", parties or ())
    return [finding.message for finding in swapped_causes(sentence, cited, 0, "en",
                                                          words if parties is not None else None)]


@pytest.mark.parametrize("sentence", ["Judge Okoro cut the total award.", "Justice Amy Okoro reduced the total award."])
def test_a_judge_the_passage_does_not_name_is_refused(sentence: str):
    assert refused(findings(sentence, MARSH_HEARD), NOT_NAMED)


def test_a_judge_the_briefing_does_not_name_is_refused_where_parties_are_read():
    assert refused(cause_findings("Judge Okoro cut the award.", DAMAGES[1], PARTIES_112), NOT_NAMED)


@pytest.mark.parametrize("sentence", ["Judge Marsh cut the total award.", "The judge cut the total award.",
                                      "Judge Eleanor Marsh cut the total award.", "The trial judge cut the award.",
                                      "U.S. District Judge Eleanor Marsh reduced the damages."])
@pytest.mark.parametrize("parties", [None, PARTIES_112])
def test_the_courts_own_judge_builds(sentence: str, parties):
    assert cause_findings(sentence, DAMAGES[1], parties) == []
    assert not refused(findings(sentence, MARSH_HEARD), NOT_NAMED)


@pytest.mark.parametrize("sentence, refused_as_unnamed", [
    ("Judge Okoro cut the award.", True),
    ("Judge Marsh cut the award.", False), ("The judge cut the award.", False),
    ("Judge Eleanor Marsh reduced the award.", False)])
def test_the_build_reads_which_judges_the_briefing_names(sentence: str, refused_as_unnamed: bool):
    """The plan gives swapped_causes the briefing's parties: a judge the court's party does not name is refused."""
    assert refused(found(sentence, DAMAGES), NOT_NAMED) is refused_as_unnamed
