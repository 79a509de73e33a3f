"""A fact-checker's misstatements in a briefing's structured fields, the stadium-lease briefing's (tests/fixtures/
newuser_90): claims, a comparison's row, a quote's context and the log, each of which built.

Refused now, each on its line:
- a claimant the source does not give the words to, where the cited passage is a quotation going on from the
  sentence before, which names its speaker ('"...," said the club's chief executive, Martin Oyelaran. "We will ask
  the court ..."'): "claimant: Fiona Castell, the council's leader" (continued_quotes.py);
- `status: reported` ("the source reports it as fact") citing only someone's quoted or said words (claim_status.py);
- "claimant: The club" under `parties: [council]`: a side's declared noun speaks for it (claimant_party.py);
- `status: ruling` of a claimant that is no court, regulator or tribunal, citing no ruling (ruling_status.py);
- "the valuer appointed by the club" in a claimant citing "The independent valuer appointed by the council, Greaves &
  Partners, put ...": who did what in a claimant's words, past an apposition (swapped.py);
- a table's 25 years given to the council where the source's "the 25 years the club had asked for" gives them to the
  club (relative_owners.py);
- a quote's context "Reacting to the court's ruling." citing a passage that tells no ruling (unbacked_deeds.py);
- a log entry's "by seven votes to two" where the source's correction names "seven to two" as its wrong figure.
The honest fields, and each one's honest twin, still build.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_90"
FOLDER = Path("content") / "stadium-lease"
OYELARAN = "claimant: Martin Oyelaran, the club's chief executive\n        parties: [club]"
OYELARAN_STATUS = ("says: The decision was taken without proper consultation.\n        status: claim\n"
                   "        evidence: none given in the source\n        cite: [oyelaran]")
VALUER = "claimant: Greaves & Partners, the valuer appointed by the council"
LEASE = "club: {value: 25, cite: [terms]}\n          council: {value: 15, cite: [terms]}"
CORRECTION = 'text: "The cabinet approved the new lease terms by six votes to three."'


def checked(tmp_path: Path, name: str, old: str, new: str, *more: tuple[str, str]):
    """Return `check`'s run of the stadium briefing with `old` replaced by `new` (and `more` such pairs) in one of its
    files."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    path = desk / FOLDER / name
    text = path.read_text(encoding="utf-8")
    for before, after in ((old, new), *more):
        assert before in text, before
        text = text.replace(before, after, 1)
    path.write_text(text, encoding="utf-8")
    return run_build(desk, "check")


REFUSED = [
    pytest.param("claims.yaml", OYELARAN, "claimant: Fiona Castell, the council's leader\n        parties: [council]",
                 "claims.yaml:6: `claimant`: the cited passages give these words to Martin Oyelaran, not to Fiona "
                 "Castell", id="claimant-of-a-continued-quote"),
    pytest.param("claims.yaml", OYELARAN, "claimant: Daniel Reeve, the trust's chair\n        parties: [club]",
                 "claims.yaml:6: `claimant`: the cited passages give these words to Martin Oyelaran",
                 id="another-claimant-of-a-continued-quote"),
    pytest.param("claims.yaml", OYELARAN_STATUS, OYELARAN_STATUS.replace("status: claim", "status: reported"),
                 "claims.yaml:10: `status`: 'reported' says the source reports it as fact, but its cited passages "
                 "give it only as someone's claim ('quoted words')", id="reported-quoted-words"),
    pytest.param("claims.yaml", "says: The rent had not been reviewed since 2009 and was far below what a commercial "
                 "tenant would pay.\n        status: claim", "says: The rent had not been reviewed since 2009 and was "
                 "far below what a commercial tenant would pay.\n        status: reported",
                 "claims.yaml:27: `status`: 'reported' says the source reports it as fact, but its cited passages "
                 "give it only as someone's claim ('said')", id="reported-said-words"),
    pytest.param("claims.yaml", "claimant: The club\n        parties: [club]",
                 "claimant: The club\n        parties: [council]",
                 "claims.yaml:37: `parties`: the claimant, The club, speaks for The club, which this claim does not "
                 "list (council)", id="the-club-under-the-council"),
    pytest.param("claims.yaml", "claimant: Helen Marsh, the club's finance director\n        parties: [club]",
                 "claimant: Helen Marsh, the council's finance director\n        parties: [club]",
                 "`parties`: the claimant, Helen Marsh, the council's finance director, speaks for the council",
                 id="an-appositive-owner-by-its-noun"),
    pytest.param("claims.yaml", "status: assessment", "status: ruling",
                 "claims.yaml:34: `status`: 'ruling' says a court or regulator decided it, but the claimant, Greaves & "
                 "Partners, the valuer appointed by the council, names none", id="ruling-of-a-valuer"),
    pytest.param("claims.yaml", VALUER, VALUER.replace("by the council", "by the club"),
                 "claims.yaml:30: `claimant`: this sentence names club where its cited passages name council",
                 id="valuer-appointed-by-the-other-side"),
    pytest.param("comparisons.yaml", LEASE, "club: {value: 15, cite: [terms]}\n          council: {value: 25, cite: "
                 "[terms]}", "comparisons.yaml:11: figure 25 (Lease length) is given for Harlow Borough Council, but "
                 "the passages cited for it give it to another party ('the 25 years the club had asked')",
                 id="lease-lengths-swapped"),
    pytest.param("quotes.yaml", "Reacting to the cabinet's vote.", "Reacting to the court's ruling.",
                 "quotes.yaml:8: `context`: this sentence tells a deed ('ruling') that no passage it cites gives",
                 id="context-of-a-ruling-never-given"),
    pytest.param("quotes.yaml", "Reacting to the cabinet's vote.", "Responding to the judge's verdict.",
                 "quotes.yaml:8: `context`: this sentence tells a deed ('verdict')", id="context-of-a-verdict"),
    pytest.param("quotes.yaml", "Reacting to the cabinet's vote.", "Reacting to the court's decision.",
                 "quotes.yaml:8: `context`: this sentence tells a deed ('decision')", id="context-of-a-court-decision"),
    pytest.param("briefing.yaml", CORRECTION, CORRECTION.replace("six votes to three", "seven votes to two"),
                 "briefing.yaml:25: `text`: this sentence states seven as current, but its cited passages name it as "
                 "revised or wrong", id="log-restates-the-wrong-vote"),
    pytest.param("briefing.yaml", 'text: "First published."', 'text: "Published. The cabinet voted seven to two."',
                 "briefing.yaml:22: `text`: this sentence states seven as current", id="log-update-wrong-vote"),
]


@pytest.mark.parametrize("name, old, new, error", REFUSED)
def test_a_misstated_field_is_refused_on_its_line(tmp_path: Path, name: str, old: str, new: str, error: str):
    result = checked(tmp_path, name, old, new)
    assert result.code == 1 and error in result.err, result.err


def built(name: str, old: str, new: str, more: tuple[str, str] | None = None, id: str = ""):
    """Return a case of an honest edit: `old` replaced by `new` (and a second pair `more`) in the file `name`."""
    return pytest.param(name, old, new, more, id=id)


BUILT = [
    built("claims.yaml", OYELARAN, "claimant: Oyelaran, the club's chief executive\n        parties: [club]",
                 id="the-speaker-by-surname"),
    built("claims.yaml", OYELARAN, "claimant: The club's chief executive, Martin Oyelaran\n        parties: "
                 "[club]", id="the-speaker-post-first"),
    built("claims.yaml", "        cite: [marsh]\n", "        cite: [marsh]\n      - claimant: The club's accounts\n"
          "        parties: [club]\n        says: The club lost £2.3 million in the year to May 2026.\n"
          "        status: reported\n        cite: [accounts]\n", id="reported-of-the-source-own-words"),
    built("claims.yaml", "claimant: The club\n        parties: [club]",
                 "claimant: The club's board\n        parties: [club]", id="the-club-board-under-the-club"),
    built("claims.yaml", "claimant: Helen Marsh, the club's finance director\n        parties: [club]",
                 "claimant: The club's finance director, Helen Marsh\n        parties: [club]",
                 id="an-owner-first-of-its-own-side"),
    built("claims.yaml", VALUER, "claimant: Greaves & Partners, the council's valuer",
                 id="valuer-of-the-council"),
    built("claims.yaml", VALUER + "\n        says", "claimant: The council's cabinet\n        parties: "
                 "[council]\n        says", ("status: assessment\n        cite: [valuer]",
                                             "status: ruling\n        cite: [valuer, cabinet]"),
                 id="ruling-of-a-body-that-approved"),
    built("comparisons.yaml", LEASE, LEASE, id="lease-lengths-as-the-source-gives-them"),
    built("quotes.yaml", "Reacting to the cabinet's vote.", "Reacting to the council's decision.",
                 id="context-of-the-council-decision"),
    built("quotes.yaml", "Reacting to the cabinet's vote.", "Announcing a bid to overturn the decision.",
                 id="context-of-a-bid"),
    built("briefing.yaml", 'wrong: "We said the vote was seven to two."',
                 'wrong: "We said the vote was seven to two."', id="log-corrected-vote"),
    built("briefing.yaml", CORRECTION, 'text: "The cabinet vote was six to three, not seven to two as we '
                 'first said."', id="log-names-the-wrong-vote-as-wrong"),
]


@pytest.mark.parametrize("name, old, new, more", BUILT)
def test_the_honest_twin_builds(tmp_path: Path, name: str, old: str, new: str, more: tuple[str, str] | None):
    result = checked(tmp_path, name, old, new, *([more] if more else []))
    assert result.code == 0, result.err


PARTIES = (Party(id="club", name="Harlow City Football Club", short_name="Harlow City", role="side",
                 aliases=("the club",)),
           Party(id="council", name="Harlow Borough Council", short_name="the council", role="side",
                 aliases=("the council",)))
VALUER_SAYS = ("The independent valuer appointed by the council, Greaves & Partners, put the market rent for the "
               "ground at between £850,000 and £1 million a year.")
REVIEW = "The club said on Wednesday that it would seek a judicial review of the decision."


def found(sentence: str, *passages: str) -> list[str]:
    return sentence_findings(sentence, passages, "en", PARTIES, published="2026-11-19")


@pytest.mark.parametrize("sentence, passage, said", [
    ("The valuer was appointed by the club.", VALUER_SAYS, "names club where its cited passages name council"),
    ("The club appointed the valuer.", VALUER_SAYS, "names club where its cited passages name council"),
    ("The club reacted to the court's ruling.", REVIEW, "('ruling')"),
    ("After the court's judgment, the club appealed.", REVIEW, "('judgment')"),
    ("Responding to the court decision, the club appealed.", REVIEW, "('decision')"),
])
def test_the_same_misstatements_in_prose_are_refused(sentence: str, passage: str, said: str):
    assert any(said in finding for finding in found(sentence, passage)), found(sentence, passage)


@pytest.mark.parametrize("sentence, passage", [
    ("The valuer was appointed by the council.", VALUER_SAYS),
    ("The council appointed the valuer.", VALUER_SAYS),
    ("The club reacted to the court's ruling.", "The court ruled that the lease was valid."),
    ("The club reacted to the judge's decision.", "Judge Helen Marsh rejected the club's argument."),
    ("Reacting to the verdict, the club appealed.", "The jury found the club guilty."),
    ("The ruling party backs the club.", "The ruling party backs the club."),
    ("Reacting to the council's decision, the club said it would seek a judicial review.", REVIEW),
])
def test_the_same_facts_in_prose_build(sentence: str, passage: str):
    assert found(sentence, passage) == []


@pytest.mark.parametrize("passage, language, word", [
    ("Le maire a déclaré que la décision avait été prise sans concertation.", "fr", "a déclaré"),
    ("Der Bürgermeister sagte, die Entscheidung sei ohne Anhörung gefallen.", "de", "sagte"),
    ("El alcalde dijo que la decisión se tomó sin consulta.", "es", "dijo"),
    ("The mayor told reporters the decision was taken without consultation.", "en", "told"),
])
def test_reported_of_said_words_in_other_languages_is_refused(passage: str, language: str, word: str):
    from explainer.attribution import Cited
    from explainer.claim_status import claimed_in_passages

    assert claimed_in_passages("reported", [Cited(passage, language, passage)]) == word
    assert claimed_in_passages("claim", [Cited(passage, language, passage)]) == ""


@pytest.mark.parametrize("passage, language", [
    ("Le conseil a approuvé les nouvelles conditions par six voix contre trois.", "fr"),
    ("Au moins 300 producteurs ont manifesté samedi, selon la préfecture.", "fr"),
    ("Der Stadtrat billigte die neuen Bedingungen mit sechs zu drei Stimmen.", "de"),
    ("He said his party would ask for a recount in Ostmark, where the Social Democrats won by 412 votes.", "en"),
])
def test_reported_of_the_sources_own_words_builds(passage: str, language: str):
    from explainer.attribution import Cited
    from explainer.claim_status import claimed_in_passages

    held = "where the Social Democrats won by 412 votes" if "Ostmark" in passage else passage
    assert claimed_in_passages("reported", [Cited(held, language, passage)]) == ""


@pytest.mark.parametrize("claimant, passage, language, unbacked", [
    ("Greaves & Partners", "Le cabinet Greaves a estimé le loyer à 850 000 livres.", "fr", True),
    ("Le tribunal administratif", "Le cabinet Greaves a estimé le loyer à 850 000 livres.", "fr", False),
    ("Greaves & Partners", "Das Gericht entschied, dass die Miete zu hoch ist.", "de", False),
    ("Greaves & Partners", "Greaves y Asociados calculó el alquiler en 850.000 libras.", "es", True),
    ("El juzgado", "Greaves y Asociados calculó el alquiler en 850.000 libras.", "es", False),
    ("The Competition Board", "The valuer put the rent at £850,000.", "en", False),
])
def test_a_ruling_needs_a_body_that_rules_or_a_decision(claimant: str, passage: str, language: str, unbacked: bool):
    from explainer.attribution import Cited
    from explainer.ruling_status import ruling_unbacked

    assert ruling_unbacked(claimant, [Cited(passage, language, passage)]) == unbacked
