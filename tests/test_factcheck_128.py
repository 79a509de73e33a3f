"""A hundred-and-twenty-eighth fact-check: whom a role, a stance or a comparison belongs to, in the debt briefing of
tests/fixtures/newuser_93 (the government of Marvela, a committee of its bondholders, the IMF as `role: lender`).

Misstatements that built, now refused:
- a claimant "Daniel Okafor, the IMF's chair" (or a quote's `role: the IMF's chair`) citing "Its chair, Daniel Okafor,
  said ...", whose "Its" is the committee the sentence before opens with: a possessive opening a role is read as the
  party its antecedent sentence names as subject, and an acronym ("IMF") as a party's name (claimant_party.py);
- "The IMF backs the government's offer." citing the fund's analysis: a lender, mediator, court or analyst told as
  backing a side where no passage tells anyone backing anything (explainer/neutral_backing.py);
- "Only the committee's offer meets the IMF's minimum." and "The committee's offer is closer to the IMF's minimum."
  citing offers of a cut of 45 and 20 percent and the fund's "at least 35 percent": a side's figure held against a
  bound the wrong way (explainer/bound_comparisons.py).
Their honest twins build.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_build
from explainer.attribution import Cited
from explainer.claimant_party import claimant_of_another_party
from explainer.model import Party
from explainer.owners import party_words
from support import checked_fixture_project, sentence_findings
from test_newuser_93 import FIXTURE, PARTIES  # the debt briefing's fixture and its parties

GOVERNMENT = ("The finance ministry has proposed that bondholders accept a cut of 45 percent in the face value of their "
              "bonds, with the remaining debt repaid over 20 years at an interest rate of 3.5 percent.")
COMMITTEE = ("The bondholder committee, which says it represents holders of about 60 percent of the bonds, has offered "
             "a cut of 20 percent, with repayment over 12 years at 6 percent.")
IMF = ("An analysis by the International Monetary Fund, published in October, found that Marvela's debt would remain "
       "unsustainable unless its bondholders accepted a cut of at least 35 percent.")


def found(sentence: str, *passages: str, parties=PARTIES, language: str = "en") -> list[str]:
    """Return the findings of a sentence citing passages, of the debt talks' parties."""
    return sentence_findings(sentence, passages, language, parties, published="2026-11-18")


def edited(tmp_path: Path, file: str, old: str, new: str) -> Path:
    """Return a copy of the debt briefing with `old` replaced by `new` in one of its files."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    path = desk / "content" / "marvela-debt" / file
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")
    return desk


MINE = "      - claimant: Daniel Okafor, the committee's chair\n        parties: [committee]\n        says: The government's"


@pytest.mark.parametrize("claimant, builds", [
    ("Daniel Okafor, the IMF's chair", False),
    ("Daniel Okafor, Marvela's chair", False),
    ("Daniel Okafor, the government's chair", False),
    ("Daniel Okafor, the committee's chair", True),
    ("Daniel Okafor, chair of the bondholder committee", True),
])
def test_a_role_opened_by_its_is_the_sentence_befores_subject(tmp_path: Path, claimant: str, builds: bool):
    """"Its chair, Daniel Okafor, said" after "The bondholder committee, which says ..., has offered ...": the chair is
    the committee's, and a claimant calling him the IMF's (an acronym, too short for the party words read before)
    or Marvela's is refused on its line."""
    desk = edited(tmp_path, "claims.yaml", MINE, MINE.replace("Daniel Okafor, the committee's chair", claimant))
    result = run_build(desk, "check")
    if builds:
        assert result.code == 0, result.err
    else:
        assert result.code == 1
        assert "claims.yaml:12: `claimant`: names " in result.err, result.err
        assert "name this speaker with The bondholder committee" in result.err, result.err


@pytest.mark.parametrize("role, builds", [
    ("the IMF's chair", False),
    ("the government's chair", False),
    ("the bondholder committee's chair", True),
    ("chair of the committee", True),
])
def test_a_quotes_role_opened_by_its_is_read_alike(tmp_path: Path, role: str, builds: bool):
    """A quote's `role` is read against the same sentence before its words: "the IMF's chair" is refused."""
    desk = edited(tmp_path, "quotes.yaml", "role: the bondholder committee's chair", f'role: "{role}"')
    result = run_build(desk, "check")
    if builds:
        assert result.code == 0, result.err
    else:
        assert result.code == 1
        assert "quotes.yaml:7: `role`: names " in result.err and "The bondholder committee" in result.err, result.err


WORDS = tuple((party.id, party_words(party, "en")) for party in PARTIES)


@pytest.mark.parametrize("paragraph, claimant, wrong", [
    ("The bondholders said they would sue. Their lawyer, Ana Pires, said the case was ready.",
     "Ana Pires, the IMF's lawyer", True),
    ("The bondholders said they would sue. Their lawyer, Ana Pires, said the case was ready.",
     "Ana Pires, the bondholders' lawyer", False),
    ("Marvela has refused to pay. His spokesman, Tomas Rell, said the offer was final.",
     "Tomas Rell, the IMF's spokesman", True),
    ("Marvela has refused to pay. His spokesman, Tomas Rell, said the offer was final.",
     "Tomas Rell, a government spokesman", False),
    # its own sentence names the owner before the possessive
    ("The fund said on Monday that its spokesman, Tomas Rell, would travel to Port Alves.",
     "Tomas Rell, Marvela's spokesman", True),
    ("The fund said on Monday that its spokesman, Tomas Rell, would travel to Port Alves.",
     "Tomas Rell, the IMF's spokesman", False),
    # a sentence before that opens with no party names no owner
    ("Talks resumed on Monday. Its chair, Daniel Okafor, said little.", "Daniel Okafor, the IMF's chair", False),
])
def test_their_his_and_its_stand_for_the_subject_before(paragraph: str, claimant: str, wrong: bool):
    """"Their lawyer", "His spokesman", "its spokesman": a possessive opening a role is the party the sentence before
    (or its own, before it) opens with as subject."""
    sentence = paragraph[paragraph.rindex(". ") + 2:] if paragraph.count(". ") else paragraph
    passage = Cited(sentence, "en", sentence, paragraph)
    given, _ = claimant_of_another_party(claimant, [passage], WORDS)
    assert bool(given) is wrong, given


TAKES_A_SIDE = "a party of no side, take one"


@pytest.mark.parametrize("sentence", [
    "The IMF backs the government's offer.",
    "The IMF's analysis sides with the government.",
    "The fund supports the committee's proposal.",
    "The IMF endorsed the bondholders' terms.",
    "The government's offer is backed by the IMF.",
    "The IMF has taken the side of Marvela.",
])
def test_a_lender_told_as_backing_a_side_is_refused(sentence: str):
    """The fund's analysis backs no one: a lender told as backing a side is refused."""
    assert any(TAKES_A_SIDE in finding for finding in found(sentence, IMF)), found(sentence, IMF)


@pytest.mark.parametrize("sentence, passage", [
    ("The IMF found that a cut of at least 35 percent was needed.", IMF),
    ("The IMF does not back either side.", IMF),
    ("The IMF backs a deal.", IMF),  # no side named
    ("The government backs the IMF's analysis.", IMF),  # a side backing
    ("The IMF backed the government's proposal, it said.", "The IMF said it backed the government's proposal."),
])
def test_a_lender_backing_no_side_or_told_backing_builds(sentence: str, passage: str):
    """A finding told as one, a backing denied or of no side, a side's own backing, and a backing a passage tells are
    no side taken by the lender."""
    assert not any(TAKES_A_SIDE in finding for finding in found(sentence, passage))


FR = (Party(id="gouvernement", name="Le gouvernement de Marvela", short_name="Marvela", role="side",
            aliases=("le gouvernement",)),
      Party(id="comite", name="Le comité des créanciers", short_name="le comité", role="side"),
      Party(id="fmi", name="Le Fonds monétaire international", short_name="le FMI", role="lender"))
ES = (Party(id="gobierno", name="El gobierno de Marvela", short_name="Marvela", role="side", aliases=("el gobierno",)),
      Party(id="comite", name="El comité de acreedores", short_name="el comité", role="side"),
      Party(id="fmi", name="El Fondo Monetario Internacional", short_name="el FMI", role="mediator"))
DE = (Party(id="regierung", name="Die Regierung von Marvela", short_name="Marvela", role="side",
            aliases=("die Regierung",)),
      Party(id="ausschuss", name="Der Gläubigerausschuss", short_name="der Ausschuss", role="side"),
      Party(id="iwf", name="Der Internationale Währungsfonds", short_name="der IWF", role="analyst"))
FR_IMF = ("Selon une analyse du Fonds monétaire international, la dette resterait insoutenable sans une décote d'au "
          "moins 35 %.")
ES_IMF = "Un análisis del Fondo Monetario Internacional concluyó que la deuda sería insostenible sin una quita."
DE_IMF = "Eine Analyse des Internationalen Währungsfonds ergab, dass die Schulden nicht tragfähig seien."


@pytest.mark.parametrize("language, parties, passage, sentence, refused", [
    ("fr", FR, FR_IMF, "Le FMI soutient l'offre du gouvernement.", True),
    ("fr", FR, FR_IMF, "Le FMI ne soutient pas l'offre du gouvernement.", False),
    ("es", ES, ES_IMF, "El FMI respalda la oferta del gobierno.", True),
    ("es", ES, ES_IMF, "El FMI no respalda la oferta del gobierno.", False),
    ("de", DE, DE_IMF, "Der IWF unterstützt das Angebot der Regierung.", True),
    ("de", DE, DE_IMF, "Der IWF unterstützt das Angebot der Regierung nicht.", False),
])
def test_a_neutral_party_backing_a_side_in_french_spanish_and_german(language, parties, passage, sentence, refused):
    """"soutient", "respalda", "unterstützt" are read as "backs"; a backing denied is none."""
    findings = found(sentence, passage, parties=parties, language=language)
    assert any(TAKES_A_SIDE in finding for finding in findings) is refused, findings


def test_the_lender_backing_a_side_is_refused_in_the_briefing(tmp_path: Path):
    """Through the front door: the sentence is refused on its line of background.yaml."""
    desk = edited(tmp_path, "background.yaml", "cut of at least 35 percent.[^imf-analysis]",
                  "cut of at least 35 percent.[^imf-analysis] The IMF backs the government's offer.[^imf-analysis]")
    result = run_build(desk, "check")
    assert result.code == 1
    assert "background.yaml:12: `body`: this sentence has the IMF, a party of no side" in result.err, result.err


NOT_BORNE_OUT = "which the figures its cited passages give do not bear out"


@pytest.mark.parametrize("sentence, builds", [
    ("Only the committee's offer meets the IMF's minimum.", False),
    ("Only the government's offer meets the IMF's minimum.", True),
    ("The committee's offer is closer to the IMF's minimum.", False),
    ("The government's offer is closer to the IMF's minimum.", True),
    ("The government's offer falls short of the IMF's minimum.", False),
    ("The committee's offer falls short of the IMF's minimum.", True),
    ("The committee's proposal exceeds the fund's threshold.", False),
    ("The government's proposal exceeds the fund's threshold.", True),
    ("The government's offer is further from the IMF's minimum than the committee's.", False),
    ("The committee's offer is further from the IMF's minimum than the government's.", True),
    ("The government's offer is below the IMF's minimum.", False),
    ("The committee's offer is below the IMF's minimum.", True),
])
def test_a_sides_figure_held_against_a_bound(sentence: str, builds: bool):
    """45 and 20 against "at least 35": 20 meets no minimum of 35, and 45 is the closer."""
    findings = [finding for finding in found(sentence, GOVERNMENT, COMMITTEE, IMF) if NOT_BORNE_OUT in finding]
    assert (findings == []) is builds, findings


@pytest.mark.parametrize("sentence, passages", [
    # both offers meet a minimum of 15: "only" says too much
    ("Only the government's offer meets the IMF's minimum.",
     (GOVERNMENT, COMMITTEE, IMF.replace("at least 35", "at least 15"))),
    # a maximum: 20 stays within 30, 45 does not
    ("The government's offer exceeds the IMF's maximum.", (GOVERNMENT, COMMITTEE, IMF.replace("at least 35", "at most 30"))),
])
def test_only_and_a_maximum_are_read(sentence: str, passages: tuple[str, ...]):
    """"Only" is checked against the other side's figure, and "at most" reads as a maximum."""
    findings = [finding for finding in found(sentence, *passages) if NOT_BORNE_OUT in finding]
    assert ("The government's offer exceeds" in sentence) is (findings == []), findings


@pytest.mark.parametrize("sentence, passages", [
    ("The committee's offer meets the IMF's minimum.",  # the committee's figure is not plain: two cuts
     (GOVERNMENT, COMMITTEE.replace("a cut of 20 percent", "a cut of 20 percent, or a cut of 40 percent"), IMF)),
    ("The committee's offer meets the IMF's minimum.", (GOVERNMENT, COMMITTEE)),  # no bound cited
])
def test_figures_not_plain_are_not_compared(sentence: str, passages: tuple[str, ...]):
    """Where a side's figure or the bound is not plain, nothing is read."""
    assert not any(NOT_BORNE_OUT in finding for finding in found(sentence, *passages))


@pytest.mark.parametrize("sentence, builds", [
    ("Only the committee's offer meets the IMF's minimum.", False),
    ("Only the government's offer meets the IMF's minimum.", True),
    ("The committee's offer is closer to the IMF's minimum.", False),
    ("The government's offer is closer to the IMF's minimum.", True),
])
def test_the_comparisons_in_the_briefing(tmp_path: Path, sentence: str, builds: bool):
    """Through the front door, citing the offers as the briefing does ("has offered a cut of 20 percent, ...", whose
    sentence in the source names the committee)."""
    desk = edited(tmp_path, "background.yaml", "cut of at least 35 percent.[^imf-analysis]",
                  f"cut of at least 35 percent.[^imf-analysis] {sentence}[^ministry-offer][^committee-offer]"
                  "[^imf-analysis]")
    result = run_build(desk, "check")
    if builds:
        assert result.code == 0, result.err
    else:
        assert result.code == 1
        assert f"background.yaml:12: `body`: this sentence says '{sentence[:-1]}'" in result.err, result.err
