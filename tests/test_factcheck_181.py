"""Honest sentences of two merged briefings refused (tests/test_newuser_115.py, tests/test_newuser_111.py), each now
built, with the misstatement its check was made for still refused:

1. A count's or a view's standing in one sense: "The Authority's preliminary view is that the merger may harm
   competition in 84 local areas" citing "has provisionally found ... These findings are provisional. They are not the
   Authority's final decision" was refused as 'preliminary' for 'final': "preliminary" and "provisional" (and "final"
   and "definitive") back each other (opposites.py).
2. A hedge beside a finding's verb: "The Authority found, provisionally, that ...", "The Authority has found, for now,
   that ...", "found provisionally that", "For now, the Authority has found the merger may ..." (no "that") and "The
   Authority's provisional finding is that ..." were refused as stating the Authority's word as fact: the finding is
   given to its finder (hedged_findings.py, read by party_word.py where the finder is the party whose word it is).
   "Shoppers' Voice found, provisionally, that ..." stays refused, and "found, in its final report, that", "found,
   conclusively, that" and "has concluded the merger will" are now refused as told found for good
   (provisional_findings.py), where the party's word rule refused them before.
3. A voice of its own ends the turn before it: "Shoppers' Voice says prices could rise by up to 6% ..." citing
   'Shoppers' Voice ... said ... "...," said its director, Helen Okafor. The group says that prices could rise by as
   much as 6% ...' was refused as Helen Okafor's words: "The group says" speaks for itself (unnamed_voices.py, read by
   held_speakers.py). "Raj Mehta says ..." and "Dunmore Stores says ..." stay refused.
4. An undoing negated past its auxiliaries or by "without": "I giudici hanno sospeso l'ordinanza regionale, che non è
   stata annullata" citing "ha sospeso l'ordinanza ... non annulla l'ordinanza" was refused as undoing it
   (suspended_as_reversed.py). "Il Tar ha annullato l'ordinanza regionale" stays refused.
5. Italian "pensa di", "si propone di", "ha intenzione di" tell a plan as its planner's: "La società pensa di riaprire
   il viadotto al traffico leggero il 30 giugno 2026" citing the release's "dovrebbe avvenire il 30 giugno 2026" was
   refused as a hedge dropped and as the company's word told as fact (told_plans.py). "Il viadotto riaprirà ..." and
   "La Regione pensa di riaprire ..." stay refused.
6. A change's size after "at": "The spawning stock declined by 26 percent over three years" citing "put the spawning
   stock's decline at 26 percent over three years" was refused as a level reached (direction.py); "grew by 26
   percent" stays refused.
"""

from __future__ import annotations

import pytest

from conftest import REPO
from support import findings_in_language, read_as_project_locale
import test_newuser_110 as fisheries
import test_newuser_111 as viaduct
import test_newuser_115 as merger

ONE_SENSE = "where its cited passages say"
PARTY_WORD = "give only as the word of"
FOR_GOOD = "tells as found for good"
GIVEN_TO = "this sentence gives the words to"
UNDOES = "this sentence undoes"
HEDGE = "the source gives this only as"
DIRECTION = "is given as"


def refused_by(findings: list[str], words: str) -> bool:
    """Say whether a finding holds `words`."""
    return any(words in finding for finding in findings)


# 1. "preliminary" of "provisional"
@pytest.mark.parametrize("sentence, cited, words", [
    ("The Authority's preliminary view is that the merger may harm competition in 84 local areas.", merger.SUM, ""),
    ("In its preliminary view, the Authority says the merger may harm competition in 84 local areas.", merger.SUM, ""),
    ("The Authority's preliminary findings say the merger may harm competition in 84 local areas.", merger.SUM, ""),
    ("The Authority's preliminary view is that the sale of at least 120 stores may be required.", merger.REM, ""),
    ("The Authority's final decision is that the merger may harm competition in 84 local areas.", merger.SUM,
     FOR_GOOD),
])
def test_preliminary_restates_provisional(sentence: str, cited: tuple[str, str], words: str):
    """1: "preliminary" is backed by a passage's "provisional"; a final decision stays refused."""
    found = merger.found(sentence, cited)
    assert (refused_by(found, words) if words else found == []), found


def test_one_sense_words_of_a_count():
    """1: "provisional results" of "preliminary results" builds; "final results" of them stays refused."""
    passage = "The preliminary results show Kaya won 52% of the vote. The final results are due on Friday."
    assert findings_in_language("en", "The provisional results show Kaya won 52% of the vote.", passage) == []
    assert findings_in_language("en", "The final results show Kaya won 52% of the vote.", passage)


# 2. A hedge beside a finding's verb
@pytest.mark.parametrize("sentence, cited, words", [
    ("The Authority found, provisionally, that the merger may harm competition in 84 local areas.", merger.SUM, ""),
    ("The Authority has found, for now, that the merger may harm competition in 84 local areas.", merger.SUM, ""),
    ("The Authority found provisionally that the merger may harm competition in 84 local areas.", merger.SUM, ""),
    ("For now, the Authority has found the merger may harm competition in 84 local areas.", merger.SUM, ""),
    ("The Authority's provisional finding is that the merger may harm competition in 84 local areas.", merger.SUM,
     ""),
    ("The Authority found, provisionally, that the merger may be expected to result in a substantial lessening of "
     "competition in 84 local areas.", merger.SUM, ""),
    ("The Authority has provisionally found that the merger may harm competition in 84 local areas.", merger.SUM, ""),
    ("Shoppers' Voice found, provisionally, that the merger may harm competition in 84 local areas.", merger.SUM,
     PARTY_WORD),
    ("The Authority found, in its final report, that the merger will substantially lessen competition in 84 local "
     "areas.", merger.SUM, FOR_GOOD),
    ("The Authority found, conclusively, that the merger will substantially lessen competition in 84 local areas.",
     merger.SUM, FOR_GOOD),
    ("The Authority has concluded the merger will substantially lessen competition in 84 local areas.", merger.SUM,
     FOR_GOOD),
    ("The Authority's finding is that the merger will harm competition in 84 local areas.", merger.SUM, PARTY_WORD),
    ("The merger will harm competition in 84 local areas.", merger.SUM, PARTY_WORD),
])
def test_a_hedged_finding_is_its_finder_s(sentence: str, cited: tuple[str, str], words: str):
    """2: a finding told with its hedge set off, or without "that", is given to its finder; another finder, or one
    told as final, stays refused."""
    found = merger.found(sentence, cited)
    assert (refused_by(found, words) if words else found == []), found


# 3. "The group says" ends Helen Okafor's turn
@pytest.mark.parametrize("sentence, words", [
    ("Shoppers' Voice says prices could rise by up to 6% in areas where the merged business faces little "
     "competition.", ""),
    ("Prices could rise by as much as 6% where the merged business faces little competition, Shoppers' Voice says.",
     ""),
    ("According to Shoppers' Voice, prices could rise by up to 6% in areas where the merged business faces little "
     "competition.", ""),
    ("Shoppers' Voice estimates that prices could rise by up to 6% where the merged business faces little "
     "competition.", ""),
    ("The consumer group says prices could rise by up to 6% in areas with little competition.", ""),
    ("Helen Okafor said no number of store sales can make up for losing a real competitor.", ""),
    ("Raj Mehta says prices could rise by up to 6% in areas where the merged business faces little competition.",
     GIVEN_TO),
    ("Dunmore Stores says prices could rise by up to 6% in areas where the merged business faces little "
     "competition.", GIVEN_TO),
    ("Raj Mehta said no number of store sales can make up for losing a real competitor.", GIVEN_TO),
])
def test_a_voice_of_its_own_ends_the_turn_before_it(sentence: str, words: str):
    """3: the group's words are the group's, read with the whole paragraph; another speaker stays refused."""
    found = merger.found(sentence, merger.N3)
    assert (refused_by(found, words) if words else found == []), found


@pytest.fixture
def italian(reading_without_project_locales):
    """Read Italian as the fixture's build reads it, with its own locale."""
    read_as_project_locale(viaduct.FIXTURE, "it")


# 4. An undoing the sentence negates; 5. Italian verbs of planning
@pytest.mark.parametrize("key, sentence, words", [
    ("TAR", "I giudici hanno sospeso l'ordinanza regionale, che non è stata annullata.", ""),
    ("TAR", "Il Tar ha sospeso l'ordinanza regionale, che non è stata annullata.", ""),
    ("TAR", "Il Tar ha sospeso l'ordinanza regionale senza annullarla.", ""),
    ("TAR", "L'ordinanza regionale è stata sospesa dal Tar, ma non è stata ancora annullata.", ""),
    ("TAR", "L'ordinanza della Regione è stata sospesa, non annullata, dal Tar.", ""),
    ("TAR", "Il Tar ha annullato l'ordinanza regionale.", UNDOES),
    ("TAR", "Il Tar ha sospeso l'ordinanza regionale e poi l'ha annullata.", UNDOES),
    ("TAR", "Il Tar ha revocato l'ordinanza della Regione.", UNDOES),
    ("C_LAV", "La società pensa di riaprire il viadotto al traffico leggero il 30 giugno 2026.", ""),
    ("C_LAV", "La società si propone di riaprire il viadotto al traffico leggero il 30 giugno 2026.", ""),
    ("C_LAV", "La società ha intenzione di riaprire il viadotto al traffico leggero il 30 giugno 2026.", ""),
    ("C_LAV", "La concessionaria pensa di riaprire il viadotto ai mezzi pesanti entro il 31 luglio 2026.", ""),
    ("C_LAV", "La società prevede di riaprire il viadotto al traffico leggero il 30 giugno 2026.", ""),
    ("C_LAV", "Il viadotto riaprirà al traffico leggero il 30 giugno 2026.", HEDGE),
    ("C_LAV", "La Regione pensa di riaprire il viadotto al traffico leggero il 30 giugno 2026.", PARTY_WORD),
    ("C_LAV", "La società ha riaperto il viadotto al traffico leggero il 30 giugno 2026.", HEDGE),
])
def test_italian_undoings_negated_and_plans_told_as_their_planner_s(italian, key: str, sentence: str, words: str):
    """4, 5: "che non è stata annullata" undoes nothing; "pensa di riaprire" is the company's plan, its own word."""
    found = viaduct.found(key, sentence)
    assert (refused_by(found, words) if words else found == []), found


@pytest.mark.parametrize("sentence, words", [
    ("The appeals court suspended the order without overturning it.", ""),
    ("The appeals court suspended the order, which has not yet been overturned.", ""),
    ("The appeals court overturned the order.", UNDOES),
    ("The appeals court suspended and then overturned the order.", UNDOES),
])
def test_an_english_undoing_negated(sentence: str, words: str):
    """4: "without overturning it" and "has not yet been overturned" undo nothing; "overturned" stays refused."""
    found = findings_in_language("en", sentence, "The appeals court suspended the order until a hearing on 2 April, "
                                                 "leaving it without effect for now.")
    assert (refused_by(found, words) if words else found == []), found


# 6. "put the decline at 26 percent"
@pytest.mark.parametrize("sentence, words", [
    ("The spawning stock declined by 26 percent over three years, according to updated figures from the Bay "
     "Fisheries Science Council.", ""),
    ("The council put the stock's decline at 26 percent over three years.", ""),
    ("The spawning stock fell 26 percent over three years, the council said.", ""),
    ("The spawning stock grew by 26 percent over three years.", DIRECTION),
    ("The council put the spawning stock's growth at 26 percent over three years.", DIRECTION),
])
def test_a_decline_put_at_a_figure_is_its_size(sentence: str, words: str):
    """6: a decline "at 26 percent" is a fall by 26 percent; a rise stays refused."""
    read_as_project_locale(REPO, "en")
    found = fisheries.found("A_STOCK", sentence)
    assert (refused_by(found, words) if words else found == []), found
