"""A fishing dispute's honest sentences refused, and its misses (tests/fixtures/newuser_110, tests/test_newuser_110.py):

1. An order's participle is the order's, nothing done: "The panel ordered the vessel released." citing "Norland must
   release the vessel within seven days, the panel ruled" was refused as told done (possible_done.py); "The vessel was
   released." stays refused.
2. "and could" joins a hedged act to a plain one: "The Association estimates that the cut will cost Estmark's fleet
   about 35 million euros in lost landings this year" citing "... the cut will cost Estmark's fleet about 35 million
   euros in lost landings this year and could put 600 jobs at risk ... The Association estimates that 40 vessels may
   have to stay in port" was refused as a "may have" dropped, the plain cost read as hedged (likelihood.py).
3. A change's size is no level: "put the spawning stock's decline at 26 percent, up from 22 percent" citing "put the
   spawning stock's decline at 26 percent over three years, more than the 22 percent" was refused as a rise
   (direction.py); "growth at 26 percent" stays refused.
4. A figure's giver named in a relative clause after it: "According to Norland, Estmark's members landed 27,800
   tonnes in 2025" citing the association's "not the 27,800 tonnes Norland cites" was refused as the association's
   words (verb_givers.py, read by speakers.py); and "drew about 120 boats, according to the association" citing
   "about 120 boats, according to the harbour authority, fewer than the 150 the association had announced" built,
   the association named in the sentence of 120 (according_to.py now reads it as the giver of 150 only).
5. "after adding fish caught outside the bay" citing "after removing fish caught outside the bay" built: a pair of
   opposites read after "after" or "by" (opposites_languages.py's ENGLISH).
6. "A second round took place in Kessby in April." citing "A second round is planned in Kessby in April." built:
   "is planned" schedules an event (scheduled.py).
"""

from __future__ import annotations

import importlib.util

import pytest

from conftest import REPO
from support import findings_in_language

_SPEC = importlib.util.spec_from_file_location("newuser_110", REPO / "tests" / "test_newuser_110.py")
_NEWUSER = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_NEWUSER)
english_locale = _NEWUSER.english_locale  # the fixture, read as a build reads English
found = _NEWUSER.found

ORDER = "Norland must release the vessel within seven days, the panel ruled."
SELL = "The regulator said Acme must sell its Lyon plant within six months."
PUBLISH = "The judge said the documents must be published."
BIRDS = "The report put the decline in bird numbers at 18 percent, more than the 14 percent estimated in 2020."
STRIKE = ("The union estimates that the strike will cost the airline about 40 million euros this week and could "
          "disrupt 300 flights.")


# 1. An order's participle
@pytest.mark.parametrize("passage, sentence", [
    (ORDER, "The panel ordered the vessel released."),
    (ORDER, "The panel ordered the Silver Tern released within seven days."),
    (ORDER, "The panel has ordered the vessel released."),
    (SELL, "The regulator ordered the Lyon plant sold."),
    (SELL, "The regulator ordered Acme's Lyon plant sold within six months."),
    (PUBLISH, "The judge ordered the documents published."),
    ("The court ruled that the city must reopen the library by June.", "The court ordered the library reopened by June."),
])
def test_an_order_s_participle_builds(passage: str, sentence: str):
    assert findings_in_language("en", sentence, passage) == [], sentence


@pytest.mark.parametrize("passage, sentence", [
    (ORDER, "The vessel was released."),
    (PUBLISH, "The documents were published."),
    (PUBLISH, "The judge ordered the documents published, and they were published."),
    (SELL, "Acme sold its Lyon plant."),
])
def test_an_act_only_required_told_done_is_still_refused(passage: str, sentence: str):
    assert any("told as done" in finding or "tells as done" in finding
               for finding in findings_in_language("en", sentence, passage)), sentence


# 2. A plain clause joined by "and could"
@pytest.mark.parametrize("key, passage, sentence", [
    ("R_COST", "", "The Association estimates that the cut will cost Estmark's fleet about 35 million euros in lost "
                   "landings this year."),
    ("R_COST", "", "The Association estimates that the cut will cost its members about 35 million euros this year."),
    ("R_COST", "", "According to the Association, the cut will cost Estmark's fleet about 35 million euros this year."),
    ("", STRIKE, "The union estimates the strike will cost the airline about 40 million euros."),
    ("", STRIKE, "The strike will cost the airline about 40 million euros this week, the union estimates."),
])
def test_a_plain_clause_before_and_could_builds(key: str, passage: str, sentence: str):
    findings = found(key, sentence) if key else findings_in_language("en", sentence, passage)
    assert findings == [], sentence


@pytest.mark.parametrize("key, sentence, words", [
    ("R_COST", "The Association estimates that 40 vessels will stay in port for part of the season.", "'may have'"),
    ("R_COST", "According to the Association, the cut will put 600 jobs at risk.", "only as expected ('could')"),
    ("R_COST", "The Association estimates that the cut will cost its members 35 million euros.", "qualifier"),
])
def test_the_hedged_clause_is_still_kept(key: str, sentence: str, words: str):
    assert any(words in finding for finding in found(key, sentence)), sentence


# 3. A change's size, "up from" its last
@pytest.mark.parametrize("key, passage, sentence", [
    ("A_STOCK", "", "The Bay Fisheries Science Council put the spawning stock's decline at 26 percent, up from 22 "
                    "percent."),
    ("A_STOCK", "", "The council put the stock's decline at 26 percent over three years, up from 22 percent."),
    ("", BIRDS, "The report put the decline in bird numbers at 18 percent, up from 14 percent."),
    ("", "Unemployment rose to 6.1 percent, up from 5.8 percent.",
     "Unemployment stood at 6.1 percent, up from 5.8 percent."),
    ("", "The economy grew 3 percent, after 4 percent the year before.", "Growth was 3 percent, down from 4 percent."),
    ("", "Inflation was 3.8 percent in February, down from 4.6 percent.",
     "Inflation fell to 3.8 percent in February, down from 4.6 percent."),
])
def test_a_change_s_size_up_from_its_last_builds(key: str, passage: str, sentence: str):
    findings = found(key, sentence) if key else findings_in_language("en", sentence, passage)
    assert findings == [], sentence


@pytest.mark.parametrize("key, passage, sentence", [
    ("A_STOCK", "", "The Bay Fisheries Science Council put the spawning stock's growth at 26 percent, up from 22 "
                    "percent."),
    ("", "The economy shrank 3 percent, after 4 percent the year before.", "Growth was 3 percent, down from 4 percent."),
    ("", "Unemployment rose to 6.1 percent from 5.8 percent.",
     "The rise in unemployment was 6.1 percent, up from 5.8 percent."),
])
def test_a_change_s_size_turned_is_still_refused(key: str, passage: str, sentence: str):
    findings = found(key, sentence) if key else findings_in_language("en", sentence, passage)
    assert findings, sentence


# 4. A figure's giver in a relative clause
@pytest.mark.parametrize("key, sentence", [
    ("R_CATCH", "According to Norland, Estmark's members landed 27,800 tonnes in 2025."),
    ("R_CATCH", "According to Norland, Estmark's members landed 27,800 tonnes."),
    ("S_CATCH", "According to Norland, Estmark's members landed 27,800 tonnes in 2025."),
    ("A_PROTEST", "The protest in Kessby harbour on 7 March drew about 120 boats, according to the harbour authority."),
    ("A_PROTEST", "About 120 boats joined the protest, according to the harbour authority."),
    ("A_PROTEST", "The association had announced 150 boats for the protest in Kessby harbour."),
    ("A_PROTEST", "The protest drew fewer boats than the 150 the association had announced."),
])
def test_a_figure_given_to_its_relative_giver_builds(key: str, sentence: str):
    assert found(key, sentence) == [], sentence


@pytest.mark.parametrize("key, sentence, words", [
    ("A_PROTEST", "The protest in Kessby harbour on 7 March drew about 120 boats, according to the association.",
     "gives its figure to 'association'"),
    ("A_PROTEST", "About 120 boats joined the protest, according to the association.", "gives its figure to"),
    ("R_CATCH", "According to the Association, its members landed 27,800 tonnes in 2025.", "set against their own"),
    ("R_CATCH", "According to Norland, Estmark's members landed 25,900 tonnes in 2025.", "gives the words to Norland"),
])
def test_a_figure_given_to_another_giver_is_refused(key: str, sentence: str, words: str):
    assert any(words in finding for finding in found(key, sentence)), (sentence, found(key, sentence))


# 5. "after adding" for "after removing"
@pytest.mark.parametrize("sentence, outcome", [
    ("The Council revised Estmark's 2025 catch in the bay to 26,400 tonnes, after adding fish caught outside the bay.",
     "refused"),
    ("The Council revised Estmark's 2025 catch to 26,400 tonnes by adding fish caught outside the bay.", "refused"),
    ("The Council revised Estmark's 2025 catch to 26,400 tonnes after including fish caught outside the bay.",
     "refused"),
    ("The Council revised Estmark's 2025 catch in the bay to 26,400 tonnes, after removing fish caught outside the "
     "bay.", "ok"),
    ("After removing fish caught outside the bay, the Council put Estmark's 2025 catch at 26,400 tonnes.", "ok"),
    ("The Council cut Estmark's 2025 catch in the bay to 26,400 tonnes by removing fish caught outside the bay.", "ok"),
    ("The Council cut its estimate of Estmark's 2025 catch to 26,400 tonnes, after excluding fish caught outside the "
     "bay.", "ok"),
])
def test_adding_for_removing_is_refused(sentence: str, outcome: str):
    findings = found("A_CATCH", sentence)
    assert (any("where its cited passages say" in finding for finding in findings) if outcome == "refused"
            else findings == []), (sentence, findings)


# 6. A planned round told as held
@pytest.mark.parametrize("sentence, outcome", [
    ("A second round took place in Kessby in April.", "refused"),
    ("A second round was held in Kessby in April.", "refused"),
    ("A second round is planned in Kessby in April.", "ok"),
    ("A second round is to take place in Kessby in April.", "ok"),
    ("Talks took place in Port Alda on Monday 16 March and a second round is planned for April.", "ok"),
    ("Talks opened in Port Alda on Monday 16 March but ended after one day without agreement.", "ok"),
])
def test_a_planned_round_told_as_held_is_refused(sentence: str, outcome: str):
    findings = found("A_TALKS", sentence)
    assert (any("tells as held" in finding for finding in findings) if outcome == "refused"
            else findings == []), (sentence, findings)
