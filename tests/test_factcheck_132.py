"""A hundred-and-thirty-second fact-check: acts, places and sides. Who did what, where, and on whose side, as the
source tells it; each misstatement that built is refused now, and each honest sentence that was refused builds, each
with a close twin kept as it was.

Refused, where each built:
- a place moved between two passages cited in one sentence: "The third round of talks, in Geneva, ended without
  agreement" citing the third round's passage (in Lisbon, or the report's Port Alves) and "A fourth round of talks is
  scheduled for 9 December in Geneva": every source sentence naming Geneva ranks the round otherwise
  (place_events.py, by ranks.english_ranks);
- a case not yet heard told as decided: "The club won its case", "The council lost in court", "succeeded in court",
  "was defeated in court" of "would take the case to the High Court" or "would seek a judicial review", and "Halden won
  its case" of "A full trial is scheduled to begin"; French "a gagné son procès", "a obtenu gain de cause", "a été
  débouté", Spanish "ganó el juicio", "perdió ante los tribunales", German "gewann den Prozess", "hat die Klage
  gewonnen", "setzte sich vor Gericht durch", "unterlag vor Gericht" (court_outcomes.py);
- a party of no side told on one without a verb of backing: "The IMF is on the government's side", "is on the side of
  the committee", "has thrown its weight behind", "aligned itself with"; French "est du côté de", Spanish "está del lado
  de", German "steht auf der Seite" (neutral_backing.py);
- a silence told as a hint of assent, or as an admission: "The ministry did not deny that the talks had collapsed",
  "has not denied", "did not dispute", "acknowledged", "admitted" of "declined to comment", and "confirmed" of "did not
  deny" (stances.py);
- "Both sides said they were ready to resume talks" of "The committee said it was ready to resume talks; the ministry
  did not respond": a party named by its noun after "the" is read as a doer (one_side.py);
- an open vote, an offer and a judge's decision to come told as taken: "The trust voted to fund part of the legal
  costs" of a ballot "on whether to fund", "The council met the club's board" of "had offered to meet the club's
  board", "The club's claim was allowed to proceed" of "A judge would first decide whether the claim can proceed"
  (open_decisions.py).

Built, where it was refused: a body's own report of what it is weighing, "The commission is reviewing Kesh's filling
plan" citing "The commission said it had received the plan and was reviewing it" (own_acts.py), while "has approved",
"has finished reviewing" and "has reviewed" stay refused (process_outcomes.py reads the last two now).

Each sentence is checked in-process against its cited passages, as `check` does; the place moved and the case told won
are also refused in tests/fixtures/newuser_93's and newuser_90's briefings.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, read_as_project_locale, sentence_findings

DEBT_FIXTURE = REPO / "tests" / "fixtures" / "newuser_93"
STADIUM_FIXTURE = REPO / "tests" / "fixtures" / "newuser_90"
DEBT = (Party(id="government", name="The government of Marvela", short_name="Marvela", role="side",
              aliases=("the government", "the finance ministry")),
        Party(id="committee", name="The bondholder committee", short_name="the committee", role="side",
              aliases=("the committee", "the bondholders")),
        Party(id="imf", name="The International Monetary Fund", short_name="the IMF", role="lender",
              aliases=("the fund",)))
STADIUM = (Party(id="club", name="Harlow City Football Club", short_name="Harlow City", role="side",
                 aliases=("the club",)),
           Party(id="council", name="Harlow Borough Council", short_name="the council", role="side",
                 aliases=("the council",)))
LAWSUIT = (Party(id="halden", name="Halden Pharmaceuticals", short_name="Halden", role="patent holder"),
           Party(id="vantor", name="Vantor Generics", short_name="Vantor", role="generic maker"),
           Party(id="court", name="District Court for the Northern District", role="court"),
           Party(id="agency", name="Health Products Regulatory Agency", short_name="the agency", role="regulator"))
FR = (Party(id="gouvernement", name="Le gouvernement de Marvela", short_name="Marvela", role="side",
            aliases=("le gouvernement",)),
      Party(id="comite", name="Le comité des créanciers", short_name="le comité", role="side"),
      Party(id="fmi", name="Le Fonds monétaire international", short_name="le FMI", role="lender"))
ES = (Party(id="gobierno", name="El gobierno de Marvela", short_name="Marvela", role="side", aliases=("el gobierno",)),
      Party(id="comite", name="El comité de acreedores", short_name="el comité", role="side"),
      Party(id="fmi", name="El Fondo Monetario Internacional", short_name="el FMI", role="lender"))
DE = (Party(id="regierung", name="Die Regierung von Marvela", short_name="Marvela", role="side",
            aliases=("die Regierung",)),
      Party(id="ausschuss", name="Der Gläubigerausschuss", short_name="der Ausschuss", role="side"),
      Party(id="iwf", name="Der Internationale Währungsfonds", short_name="der IWF", role="lender"))


def _paragraph(fixture: Path, words: str) -> str:
    """Return the paragraph of a fixture's one source that holds `words`."""
    (seed,) = (fixture / "seeds").iterdir()
    return next(part for part in seed.read_text(encoding="utf-8").split("\n\n") if words in part)


# 1. a place moved between passages
LISBON = ("The government of Marvela and a committee of its foreign bondholders ended a third round of talks in Lisbon "
          "on Tuesday without agreement.")
GENEVA = "A fourth round of talks is scheduled for 9 December in Geneva."
NO_DEAL = _paragraph(DEBT_FIXTURE, "ended a third round of talks")
FOURTH = _paragraph(DEBT_FIXTURE, "A fourth round of talks")
# 2. a case not yet heard
HIGH_COURT = "The club said on Wednesday that it would take the case to the High Court."
REVIEW = "The club said on Wednesday that it would seek a judicial review of the decision."
QUASHED = "The High Court quashed the council's decision, after the club had sought a judicial review."
TRIAL = ("A full trial is scheduled to begin on 14 September, and Judge Castell wrote that Vantor had raised \"serious "
         "questions\" about the patent that the trial would have to resolve.")  # newuser_81's, its ruling's sentence aside
FR_COURT = "Le club a annoncé qu'il allait saisir le tribunal."
ES_COURT = "El club anunció que recurrirá la decisión."
DE_COURT = "Der Verein will Klage einreichen."
# 3. a lender told on a side
IMF = ("The fund, which approved a loan of $2.8 billion in June, has said it will release the next payment of $400 "
       "million only once a deal is reached.")
AGENCY = ("The Health Products Regulatory Agency, which approved Vantor's generic in December, said in a statement that "
          "the court's order did not affect the product's approval.")
FR_IMF = ("Selon une analyse du Fonds monétaire international, la dette resterait insoutenable sans une décote d'au "
          "moins 35 %.")
ES_IMF = "Un análisis del Fondo Monetario Internacional concluyó que la deuda sería insostenible sin una quita."
DE_IMF = "Eine Analyse des Internationalen Währungsfonds ergab, dass die Schulden nicht tragfähig seien."
# 4. a body's own report of what it is weighing
KESH = "The commission said it had received the plan and was reviewing it."
# 5. a silence
NO_COMMENT = "The ministry declined to comment on reports that the talks had collapsed."
NOT_DENIED = "The ministry did not deny reports that the talks had collapsed."
# 6. one side ready
READY = "The committee said it was ready to resume talks; the ministry did not respond."
# probes: an open vote, an offer, a judge's decision to come
BALLOT = _paragraph(STADIUM_FIXTURE, "hold a ballot")
OFFERED = _paragraph(STADIUM_FIXTURE, "offered to meet")
PROCEED = _paragraph(STADIUM_FIXTURE, "whether the claim can proceed")

# (language, sentence, passages, parties)
HONEST = {
    # 1. each event where its passage puts it
    "third-round-in-lisbon": ("en", "The third round of talks, in Lisbon, ended without agreement.", (LISBON, GENEVA),
                              DEBT),
    "fourth-round-in-geneva": ("en", "The fourth round of talks is scheduled for 9 December in Geneva.",
                               (LISBON, GENEVA), DEBT),
    "report-third-in-port-alves": ("en", "The third round of talks, in Port Alves, ended without agreement.",
                                   (NO_DEAL, FOURTH), DEBT),
    # 2. a case still going to court
    "will-take-to-high-court": ("en", "The club will take the case to the High Court.", HIGH_COURT, STADIUM),
    "could-win-its-case": ("en", "The club could win its case.", REVIEW, STADIUM),
    "hopes-to-win": ("en", "The club hopes to win its case.", REVIEW, STADIUM),
    "if-it-wins": ("en", "If the club wins its case, the rent will stay the same.", REVIEW, STADIUM),
    "won-of-won": ("en", "The club won its case.", "The club won its case at the High Court on Monday.", STADIUM),
    "won-of-quashed": ("en", "The club won its case.", QUASHED, STADIUM),
    "fr-n-a-pas-gagne": ("fr", "Le club n'a pas gagné son procès.", FR_COURT, ()),
    "es-no-gano": ("es", "El club no ganó el juicio.", ES_COURT, ()),
    "de-gewann-nicht": ("de", "Der Verein gewann den Prozess nicht.", DE_COURT, ()),
    # 3. a backing a passage tells, or denied, or no side
    "on-side-it-said": ("en", "The IMF is on the government's side.", "The fund said it backed the government's offer.",
                        DEBT),
    "not-on-side": ("en", "The IMF is not on the government's side.", IMF, DEBT),
    "on-a-list": ("en", "The IMF is on the government's list of lenders.", IMF, DEBT),
    "fr-ne-soutient-pas": ("fr", "Le FMI n'est pas du côté du gouvernement.", FR_IMF, FR),
    # 4. what the body says it is weighing
    "commission-reviewing": ("en", "The commission is reviewing Kesh's filling plan.", KESH, ()),
    "commission-received": ("en", "The commission has received Kesh's filling plan.", KESH, ()),
    "regulator-considering": ("en", "The regulator is considering the application.",
                              "The regulator said it was considering the application.", ()),
    # 5. a silence kept
    "would-not-confirm": ("en", "The ministry would not confirm that the talks had collapsed.", NO_COMMENT, DEBT),
    "declined-to-comment": ("en", "The ministry declined to comment on reports that the talks had collapsed.",
                            NO_COMMENT, DEBT),
    "did-not-deny-of-did-not-deny": ("en", "The ministry did not deny that the talks had collapsed.", NOT_DENIED, DEBT),
    # 6. one side, or both as the source says
    "committee-ready": ("en", "The committee said it was ready to resume talks.", READY, DEBT),
    "both-of-both": ("en", "Both sides said they expected the talks to continue into next year.",
                     "Both sides said they expected the talks to continue into next year.", DEBT),
    # probes: the open vote, the offer and the decision to come, as the source gives them
    "trust-will-hold-ballot": ("en", "The supporters' trust will hold a ballot on whether to fund part of the legal "
                                     "costs.", BALLOT, STADIUM),
    "council-offered-to-meet": ("en", "The council has offered to meet the club's board.", OFFERED, STADIUM),
    "judge-would-decide": ("en", "A judge would first decide whether the claim can proceed.", PROCEED, STADIUM),
}

# (language, sentence, passages, parties, what the finding names)
MISSTATED = {
    # 1.
    "third-round-in-geneva": ("en", "The third round of talks, in Geneva, ended without agreement.", (LISBON, GENEVA),
                              DEBT, "puts the third round in Geneva, where its cited passages put the fourth round"),
    "third-round-ended-in-geneva": ("en", "The third round of talks ended in Geneva without agreement.",
                                    (LISBON, GENEVA), DEBT, "puts the third round in Geneva"),
    "fourth-round-in-lisbon": ("en", "The fourth round of talks is scheduled for 9 December in Lisbon.",
                               (LISBON, GENEVA), DEBT, "puts the fourth round in Lisbon, where its cited passages "
                                                       "put the third round"),
    "report-third-in-geneva": ("en", "The third round of talks, in Geneva, ended without agreement.",
                               (NO_DEAL, FOURTH), DEBT, "puts the third round in Geneva"),
    # 2.
    "won-its-case": ("en", "The club won its case.", HIGH_COURT, STADIUM,
                     "tells a case as decided ('won its case') where its cited passages give it only as going to a "
                     "court ('take the case to the High Court')"),
    "lost-in-court": ("en", "The council lost in court.", HIGH_COURT, STADIUM, "('lost in court')"),
    "succeeded-in-court": ("en", "The club succeeded in court.", REVIEW, STADIUM, "('succeeded in court')"),
    "defeated-in-court": ("en", "The council was defeated in court.", REVIEW, STADIUM, "('was defeated in court')"),
    "won-legal-challenge": ("en", "The club has won its legal challenge.", REVIEW, STADIUM,
                            "('has won its legal challenge')"),
    "halden-won-before-trial": ("en", "Halden won its case against Vantor.", TRIAL, LAWSUIT,
                                "('won its case') where its cited passages give it only as going to a court ('trial "
                                "is scheduled')"),
    "fr-gagne-son-proces": ("fr", "Le club a gagné son procès.", FR_COURT, (), "('a gagné son procès')"),
    "fr-gain-de-cause": ("fr", "Le club a obtenu gain de cause.", FR_COURT, (), "('a obtenu gain de cause')"),
    "fr-deboute": ("fr", "Le conseil a été débouté.", FR_COURT, (), "('a été débouté')"),
    "es-gano-el-juicio": ("es", "El club ganó el juicio.", ES_COURT, (), "('ganó el juicio')"),
    "es-perdio-ante": ("es", "El ayuntamiento perdió ante los tribunales.", ES_COURT, (),
                       "('perdió ante los tribunales')"),
    "de-gewann-den-prozess": ("de", "Der Verein gewann den Prozess.", DE_COURT, (), "('gewann den Prozess')"),
    "de-hat-gewonnen": ("de", "Der Verein hat die Klage gewonnen.", DE_COURT, (), "('hat die Klage gewonnen')"),
    "de-setzte-sich-durch": ("de", "Der Verein setzte sich vor Gericht durch.", DE_COURT, (),
                             "('setzte sich vor Gericht durch')"),
    "de-unterlag": ("de", "Die Stadt unterlag vor Gericht.", "Der Verein will vor Gericht ziehen.", (),
                    "('unterlag vor Gericht')"),
    # 3.
    "imf-on-side": ("en", "The IMF is on the government's side.", IMF, DEBT,
                    "has the IMF, a party of no side, take one ('is on')"),
    "firmly-on-side": ("en", "The IMF is firmly on Marvela's side.", IMF, DEBT, "take one ('is firmly on')"),
    "on-the-side-of": ("en", "The fund is on the side of the committee.", IMF, DEBT, "take one ('is on')"),
    "thrown-weight": ("en", "The IMF has thrown its weight behind the government.", IMF, DEBT,
                      "take one ('thrown its weight behind')"),
    "aligned-itself": ("en", "The IMF aligned itself with the committee.", IMF, DEBT,
                       "take one ('aligned itself with')"),
    "sides-with": ("en", "The fund sides with Marvela.", IMF, DEBT, "take one ('sides with')"),
    "agency-on-vantor-side": ("en", "The agency is on Vantor's side.", AGENCY, LAWSUIT,
                              "has the agency, a party of no side, take one"),
    "fr-du-cote": ("fr", "Le FMI est du côté du gouvernement.", FR_IMF, FR, "take one ('est du côté')"),
    "es-del-lado": ("es", "El FMI está del lado del gobierno.", ES_IMF, ES, "take one ('está del lado')"),
    "de-auf-der-seite": ("de", "Der IWF steht auf der Seite der Regierung.", DE_IMF, DE,
                         "take one ('steht auf der Seite')"),
    # 4. (twins of the honest review: each refused before, and still)
    "commission-approved": ("en", "The commission has approved Kesh's filling plan.", KESH, (),
                            "gives an authorisation ('approved')"),
    "commission-finished": ("en", "The commission has finished reviewing the plan.", KESH, (),
                            "tells as an outcome ('finished reviewing') what its cited passages give only as a review "
                            "under way"),
    "commission-reviewed": ("en", "The commission has reviewed the plan.", KESH, (), "('has reviewed')"),
    # 5.
    "confirmed-of-no-comment": ("en", "The ministry confirmed the talks had collapsed.", NO_COMMENT, DEBT,
                                "says 'confirmed' where its cited passages give no response ('declined to comment')"),
    "did-not-deny": ("en", "The ministry did not deny that the talks had collapsed.", NO_COMMENT, DEBT,
                     "says 'did not deny' where its cited passages give no response"),
    "has-not-denied": ("en", "The ministry has not denied the reports.", NO_COMMENT, DEBT, "says 'has not denied'"),
    "did-not-dispute": ("en", "The ministry did not dispute reports that the talks had collapsed.", NO_COMMENT, DEBT,
                        "says 'did not dispute'"),
    "acknowledged": ("en", "The ministry acknowledged that the talks had collapsed.", NO_COMMENT, DEBT,
                     "says 'acknowledged'"),
    "admitted": ("en", "The ministry admitted that the talks had collapsed.", NO_COMMENT, DEBT, "says 'admitted'"),
    "confirmed-of-did-not-deny": ("en", "The ministry confirmed the reports.", NOT_DENIED, DEBT,
                                  "says 'confirmed' where its cited passages give no response ('did not deny')"),
    # 6.
    "both-said-ready": ("en", "Both sides said they were ready to resume talks.", READY, DEBT,
                        "says 'Both sides' said where its cited passages say it of one side alone ('The committee "
                        "said it was ready to resume talks')"),
    "both-agreed": ("en", "Both sides agreed to resume talks.", READY, DEBT, "tells a deed ('agreed')"),
    "both-said-expected": ("en", "Both sides said they expected the talks to continue into next year.",
                           "The committee said it expected the talks to continue into next year.", DEBT,
                           "of one side alone"),
    # probes
    "trust-voted-to-fund": ("en", "The supporters' trust voted to fund part of the legal costs.", BALLOT, STADIUM,
                            "tells as decided ('voted to fund') what its cited passages give as undecided ('whether "
                            "to fund')"),
    "council-met-board": ("en", "The council met the club's board before the scrutiny committee met.", OFFERED,
                          STADIUM, "tells as done ('met') what its cited passages give only as offered ('offered to "
                                   "meet')"),
    "claim-allowed-to-proceed": ("en", "The club's claim was allowed to proceed.", PROCEED, STADIUM,
                                 "tells as decided ('was allowed to proceed') what its cited passages give as "
                                 "undecided ('whether the claim can proceed')"),
}


def found(language: str, sentence: str, passages, parties) -> list[str]:
    """Return the findings of a sentence citing passages, read as a build reads its language."""
    read_as_project_locale(REPO, language)
    return sentence_findings(sentence, (passages,) if isinstance(passages, str) else passages, language, parties,
                             published="2026-11-19")


@pytest.mark.parametrize("language, sentence, passages, parties", HONEST.values(), ids=HONEST.keys())
def test_an_honest_sentence_builds(language: str, sentence: str, passages, parties):
    assert found(language, sentence, passages, parties) == []


@pytest.mark.parametrize("language, sentence, passages, parties, named", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(language: str, sentence: str, passages, parties, named: str):
    findings = found(language, sentence, passages, parties)
    assert any(named in finding for finding in findings), findings


def _edited(fixture: Path, tmp_path: Path, path: str, anchor: str, sentence: str) -> Path:
    """Return a checked copy of a fixture project with `sentence` added after `anchor` in its briefing's `path`."""
    desk = checked_fixture_project(fixture, tmp_path / "desk")
    (folder,) = (child for child in (desk / "content").iterdir() if child.is_dir())
    target = folder / path
    text = target.read_text(encoding="utf-8")
    assert text.count(anchor) == 1
    target.write_text(text.replace(anchor, f"{anchor} {sentence}"), encoding="utf-8")
    return desk


def test_the_third_round_moved_to_geneva_is_refused_in_the_debt_briefing(tmp_path: Path):
    desk = _edited(DEBT_FIXTURE, tmp_path, "briefing.yaml", "defaulted bonds.[^no-deal]",
                   "The third round of talks, in Geneva, ended without agreement.[^no-deal][^fourth-round]")
    result = run_build(desk, "check")
    assert result.code == 1, result.out
    assert "puts the third round in Geneva, where its cited passages put the fourth round" in result.err, result.err


def test_the_case_told_won_is_refused_in_the_stadium_briefing(tmp_path: Path):
    desk = _edited(STADIUM_FIXTURE, tmp_path, "background.yaml", "at £450,000 a\n      year.[^current-lease][^revised-2009]",
                   "Harlow City won its case.[^review]")
    result = run_build(desk, "check")
    assert result.code == 1, result.out
    assert "tells a case as decided ('won its case')" in result.err, result.err


def test_the_briefings_build_with_their_honest_twins(tmp_path: Path):
    desk = _edited(DEBT_FIXTURE, tmp_path, "briefing.yaml", "defaulted bonds.[^no-deal]",
                   "The third round of talks, in Port Alves, ended without agreement.[^no-deal][^fourth-round]")
    result = run_build(desk, "check")
    assert result.code == 0, result.out + result.err
