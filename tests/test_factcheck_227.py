"""A fact-check of the real briefing (content/pakistan-afghanistan-war/, source seeds/000_bd91349fafd64fe6.txt): a
party's word given to the other party, or its speaker dropped.

1. "Now it says" inside a quotation going on names the party the quotation opens on: Hakim's "Pakistan spent decades
   backing and sheltering the Afghan Taliban - ... on camera. Now it says Taliban-ruled Afghanistan is providing
   sanctuary to militants attacking Pakistan". "Afghanistan now says Taliban-ruled Afghanistan is providing sanctuary
   ..." (a claim's words, or a sentence) and the claim told as fact ("Taliban-ruled Afghanistan is providing
   sanctuary to militants attacking Pakistan.") built: the passage's "it" named no one, as pronoun_speakers.py read
   "It says" opening a sentence only, and the sentence before opens on the reporter ("Sky News' Yalda Hakim points
   out that ..."). Now an opening adverb ("Now it says") is read, the quotation's own subject stands for the pronoun
   (open_quotations.py), and a speaker of another party named for it is refused, in a sentence and in a claim's words
   (pronoun_speakers.py; one call in cite.py's _reworded_item). Twin: "Now it says Southland is supplying drones".
2. "In Pakistan's words, ...", "In the words of Pakistan", "As Pakistan puts it" say whose word a sentence states
   (party_word.py): honest, and read now that the passage's "it" names Pakistan.
3. An office given to another party: `claimant: Afghanistan's defense minister, as reported by Sky News' Yalda Hakim`
   (its `parties` moved too) and "Afghanistan's defense minister acknowledged that ..." citing "Pakistan spent
   decades backing and sheltering the Afghan Taliban - its defense minister acknowledged that to me on camera" built:
   no person is named, so no name told the two apart. Now a title ("defense minister", "Information Minister") the
   sentence or claimant gives to one party, which the cited passages give only to another ("Pakistan's", or "its"
   of a sentence opening on Pakistan), is refused (titles_of_parties.py, read by speakers.py). Twin: "Northland ...
   - its foreign minister admitted that to me on air".

Each with honest twins that must build.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, copy_project, run_build
from explainer.attribution import Cited
from explainer.owners import party_words
from explainer.model import Party
from explainer.speakers import wrong_claimant
from support import (TWO_PARTIES, Sentence, SentencesChecked, assert_summary_outcome, edit, error_lines, line_of,
                     minimal_project)

CLAIMS = "content/pakistan-afghanistan-war/claims.yaml"
SOURCE = (REPO / "seeds" / "000_bd91349fafd64fe6.txt").read_text(encoding="utf-8")
HAKIM = next(paragraph for paragraph in SOURCE.split("\n\n") if "Yalda Hakim" in paragraph)
SANCTUARY = "Now it says Taliban-ruled Afghanistan is providing sanctuary to militants attacking Pakistan"
BACKING = ("Pakistan spent decades backing and sheltering the Afghan Taliban - its defense minister acknowledged "
           "that to me on camera")
NORTH_SOUTH = "  - id: north\n    name: Northland\n  - id: south\n    name: Southland\n"
REYES = ('Channel 9 reporter Ann Reyes notes that "Northland spent years arming the rebels - its foreign minister '
         'admitted that to me on air. Now it says Southland is supplying drones to the rebels."')
DRONES = "Now it says Southland is supplying drones to the rebels"
ARMING = "Northland spent years arming the rebels - its foreign minister admitted that to me on air"

GIVEN_TO = "this sentence gives the words to"
AS_FACT = "states as fact what its cited passages give only as the word of"

# (source paragraph, cited words, sentence, parties, what the error says; "ok" where it builds)
CASES = [
    # 1. "Now it says" in a quotation going on: the real briefing's, and a twin
    (HAKIM, SANCTUARY, "Afghanistan now says Taliban-ruled Afghanistan is providing sanctuary to militants attacking "
     "Pakistan.", TWO_PARTIES, GIVEN_TO),
    (HAKIM, SANCTUARY, "Taliban-ruled Afghanistan is providing sanctuary to militants attacking Pakistan.",
     TWO_PARTIES, AS_FACT),
    (REYES, DRONES, "Southland now says Southland is supplying drones to the rebels.", NORTH_SOUTH, GIVEN_TO),
    (REYES, DRONES, "Southland is supplying drones to the rebels.", NORTH_SOUTH, AS_FACT),
    # honest twins
    (HAKIM, SANCTUARY, "Pakistan now says Taliban-ruled Afghanistan is providing sanctuary to militants attacking "
     "Pakistan.", TWO_PARTIES, "ok"),
    (HAKIM, SANCTUARY, "Islamabad now says Taliban-ruled Afghanistan is providing sanctuary to militants attacking "
     "Pakistan.", TWO_PARTIES, "ok"),
    (HAKIM, SANCTUARY, "According to Yalda Hakim, Pakistan now says Taliban-ruled Afghanistan is providing sanctuary "
     "to militants attacking Pakistan.", TWO_PARTIES, "ok"),
    (HAKIM, SANCTUARY, "Pakistan, Hakim says, now claims that Taliban-ruled Afghanistan is providing sanctuary to "
     "militants attacking Pakistan.", TWO_PARTIES, "ok"),
    (HAKIM, SANCTUARY, "Pakistani officials now say Taliban-ruled Afghanistan is providing sanctuary to militants "
     "attacking Pakistan.", TWO_PARTIES, "ok"),
    (HAKIM, SANCTUARY, "Pakistan now accuses Taliban-ruled Afghanistan of providing sanctuary to militants attacking "
     "Pakistan.", TWO_PARTIES, "ok"),
    (HAKIM, SANCTUARY, "Pakistan alleged that Taliban-ruled Afghanistan was providing sanctuary to militants "
     "attacking Pakistan.", TWO_PARTIES, "ok"),
    (HAKIM, SANCTUARY, "Pakistan now says the Taliban give sanctuary to militants attacking Pakistan, Hakim reports.",
     TWO_PARTIES, "ok"),
    (HAKIM, SANCTUARY, "Pakistan has since said Taliban-ruled Afghanistan is providing sanctuary to militants "
     "attacking Pakistan.", TWO_PARTIES, "ok"),
    (REYES, DRONES, "Northland now says Southland is supplying drones to the rebels.", NORTH_SOUTH, "ok"),
    (REYES, DRONES, "Northland now accuses Southland of supplying drones to the rebels.", NORTH_SOUTH, "ok"),
    (REYES, DRONES, "According to Ann Reyes, Northland now says Southland is supplying drones to the rebels.",
     NORTH_SOUTH, "ok"),
    # 2. whose word, by a name
    (HAKIM, SANCTUARY, "In Pakistan's words, Taliban-ruled Afghanistan is providing sanctuary to militants attacking "
     "Pakistan.", TWO_PARTIES, "ok"),
    (HAKIM, SANCTUARY, "As Pakistan puts it, Taliban-ruled Afghanistan is providing sanctuary to militants attacking "
     "Pakistan.", TWO_PARTIES, "ok"),
    (REYES, DRONES, "In the words of Northland, Southland is supplying drones to the rebels.", NORTH_SOUTH, "ok"),
    # 3. an office given to another party: the real briefing's, and a twin
    (HAKIM, BACKING, "Afghanistan's defense minister acknowledged that Pakistan spent decades backing and sheltering "
     "the Afghan Taliban.", TWO_PARTIES, GIVEN_TO),
    (HAKIM, BACKING, "According to the Afghan defence minister, Pakistan spent decades backing and sheltering the "
     "Afghan Taliban.", TWO_PARTIES, GIVEN_TO),
    (REYES, ARMING, "Southland's foreign minister admitted that Northland spent years arming the rebels.", NORTH_SOUTH,
     GIVEN_TO),
    # honest twins
    (HAKIM, BACKING, "Pakistan's defense minister acknowledged that Pakistan spent decades backing and sheltering the "
     "Afghan Taliban.", TWO_PARTIES, "ok"),
    (HAKIM, BACKING, "Pakistan's defence minister admitted on camera that Pakistan had backed and sheltered the Afghan "
     "Taliban for decades.", TWO_PARTIES, "ok"),
    (HAKIM, BACKING, "The Pakistani defense minister acknowledged to Yalda Hakim that Pakistan spent decades backing "
     "and sheltering the Afghan Taliban.", TWO_PARTIES, "ok"),
    (HAKIM, BACKING, "Pakistan spent decades backing and sheltering the Afghan Taliban, its defense minister "
     "acknowledged to Sky News.", TWO_PARTIES, "ok"),
    (HAKIM, BACKING, "Islamabad's defense minister has acknowledged that Pakistan spent decades backing and "
     "sheltering the Afghan Taliban.", TWO_PARTIES, "ok"),
    (HAKIM, BACKING, "The defense minister of Pakistan acknowledged that Pakistan spent decades backing and sheltering "
     "the Afghan Taliban.", TWO_PARTIES, "ok"),
    (REYES, ARMING, "Northland's foreign minister admitted that Northland spent years arming the rebels.", NORTH_SOUTH,
     "ok"),
    (REYES, ARMING, "The Northland foreign minister conceded on air that Northland had armed the rebels for years.",
     NORTH_SOUTH, "ok"),
]


@pytest.fixture(scope="module")
def sentences(tmp_path_factory) -> SentencesChecked:
    """The one-sentence checks of this module's cases, many in one load (support.SentencesChecked)."""
    root = minimal_project(tmp_path_factory.mktemp("factcheck227") / "project")
    return SentencesChecked(root, [Sentence(paragraph, sentence, parties, quote)
                                   for paragraph, quote, sentence, parties, _ in CASES])


@pytest.mark.parametrize("paragraph, quote, sentence, parties, outcome", CASES,
                         ids=[f"{number}-{case[4][:8]}" for number, case in enumerate(CASES)])
def test_a_partys_word_and_office_are_read_as_the_passage_gives_them(sentences, paragraph, quote, sentence, parties,
                                                                      outcome):
    assert_summary_outcome(sentences(paragraph, sentence, parties, quote), outcome)


def _parties(*named: tuple[str, str]) -> tuple:
    return tuple((party.id, party_words(party, "en")) for party in (Party(id=id_, name=name) for id_, name in named))


REAL_PARTIES = _parties(("pakistan", "Pakistan"), ("taliban", "Afghanistan (Taliban)"))
TWIN_PARTIES = _parties(("north", "Northland"), ("south", "Southland"))


@pytest.mark.parametrize("claimant, passage, paragraph, parties, given", [
    ("Afghanistan's defense minister, as reported by Sky News' Yalda Hakim", BACKING, HAKIM, REAL_PARTIES,
     "Pakistan's defense minister"),
    ("The Taliban's defence minister", BACKING, HAKIM, REAL_PARTIES, "Pakistan's defense minister"),
    ("Southland's foreign minister, as told to Ann Reyes", ARMING, REYES, TWIN_PARTIES, "Northland's foreign minister"),
    ("Pakistan's defense minister, as reported by Sky News' Yalda Hakim", BACKING, HAKIM, REAL_PARTIES, ""),
    ("Pakistan's defence minister", BACKING, HAKIM, REAL_PARTIES, ""),
    ("The Pakistani defense minister", BACKING, HAKIM, REAL_PARTIES, ""),
    ("Sky News' Yalda Hakim", BACKING, HAKIM, REAL_PARTIES, ""),
    ("Northland's foreign minister, as told to Ann Reyes", ARMING, REYES, TWIN_PARTIES, ""),
    ("The Northland foreign minister", ARMING, REYES, TWIN_PARTIES, ""),
])
def test_a_claimants_office_given_to_another_party_is_named(claimant, passage, paragraph, parties, given):
    found = wrong_claimant(claimant, [Cited(passage, "en", "", paragraph)], parties)
    assert (given in found) if given else found == "", found


def test_the_real_claims_are_refused_at_their_lines_and_build_as_written(tmp_path: Path):
    """Through the front door: the Hakim claims' speaker swapped (its `parties` too), and Pakistan's word in the
    assessment given to Afghanistan; then the file as written builds."""
    root = copy_project(tmp_path / "project")
    claims = root / CLAIMS
    written = claims.read_text(encoding="utf-8")
    edit(claims, "claimant: Pakistan's defense minister, as reported by Sky News' Yalda Hakim\n        parties: "
         "[pakistan]", "claimant: Afghanistan's defense minister, as reported by Sky News' Yalda Hakim\n        parties: "
         "[taliban]")
    edit(claims, "Pakistan now says Taliban-ruled", "Afghanistan now says Taliban-ruled")
    lines = error_lines(run_build(root, "check"))
    claimant = line_of(claims, "claimant: Afghanistan's defense minister")
    says = line_of(claims, "Afghanistan now says Taliban-ruled")
    assert any(line.startswith(f"{CLAIMS}:{claimant}: `claimant`: the cited passages give these words to "
                               "Pakistan's defense minister") for line in lines), lines
    assert any(line.startswith(f"{CLAIMS}:{says}: `says`: this sentence gives the words to Afghanistan")
               for line in lines), lines
    claims.write_text(written, encoding="utf-8")
    assert run_build(root, "check").code == 0
