"""An eighty-fifth fact-check: a lawsuit briefing read against its court report (tests/fixtures/factcheck_85: a wire
report of a patent verdict between Corvane Technologies and Brightwell Software, and a briefing citing it).

The legal words a fact-checker catches that built: a civil finding told as a criminal one ("found guilty" for "found
liable") and damages told as a fine (explainer/civil_terms.py); what the court heard told as what it ruled, a motion to
dismiss told as the dismissal, a preliminary injunction told as a ban outright (explainer/court_steps.py); the jury's
deed given to the judge or the judge's to the jury (explainer/court_actors.py); and the party found liable told as
having won (explainer/case_winners.py). The rest of the list was refused already and is kept here: an appeal
announced told as lost or filed, a settlement rejected told as made, a figure moved or its "up to" dropped, the
lawyer's words given to the judge, an allegation told as fact, "upheld" for "overturned", "unanimously" added.
Honest rewordings of each build.

Each sentence is checked in-process against its cited passage, as `check` does; the fixture is checked once whole.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_build
from explainer.model import Party
from support import edit, error_lines, fixture_project, sentence_findings

FIXTURE = Path(__file__).parent / "fixtures" / "factcheck_85"
PARTIES = (Party(id="corvane", name="Corvane Technologies", short_name="Corvane", role="defendant"),
           Party(id="brightwell", name="Brightwell Software", short_name="Brightwell", role="plaintiff"))

# passages of the fixture's wire report (test_the_passages_are_the_reports checks each is there)
VERDICT = ("A federal jury in Delaware on Tuesday found Corvane Technologies liable for infringing two patents held by "
           "rival Brightwell Software and ordered it to pay $120 million in damages")
WILFUL = "The damages could rise to up to $360 million if the judge finds that the infringement was wilful"
APPEAL = "Corvane said it would appeal the verdict."
LAWYER = ("Corvane's lawyer, David Reyes of Pell & Garner, told reporters outside the courthouse that the verdict was "
          "\"wrong on the law and wrong on the facts\"")
INJUNCTION = ("On Wednesday Judge Okafor granted a preliminary injunction barring Corvane from selling its Lumen routers "
              "in the United States pending a further hearing in May")
DISMISS = "Judge Okafor rejected Corvane's motion to dismiss the case last year"
SETTLEMENT = "Court filings show that Corvane rejected a $40 million settlement offer from Brightwell in March 2025."
COPYING = "Brightwell alleges that Corvane copied its source code through those engineers."
HEARD = ("The court heard during the trial that two former Brightwell engineers joined Corvane in 2021, months before "
         "the first Lumen router went on sale")
OVERTURNED = ("In 2024 the US Court of Appeals for the Federal Circuit overturned an earlier ruling that had cleared "
              "Corvane in a smaller dispute over a single Brightwell patent")
FINE = ("In a separate case, the European Commission fined Corvane 15 million euros in June for failing to disclose "
        "security flaws in its routers to customers in time")
DELIBERATIONS = "The eight-member jury reached its verdict after two days of deliberations"
ALL = (VERDICT, WILFUL, APPEAL, LAWYER, INJUNCTION, DISMISS, SETTLEMENT, COPYING, HEARD, OVERTURNED, FINE, DELIBERATIONS)

GUILTY = "a criminal verdict, where its cited passages give a civil finding"
FINED = "where its cited passages give damages"
RULED = "what its cited passages give only as heard in court"
DISMISSED = "where its cited passages give only a bid to dismiss it"
BANNED = "what its cited passages give only as a provisional order"

MISSTATED = {
    # found in this round
    "guilty-for-liable": ("Corvane was found guilty of infringing two of Brightwell's patents.", VERDICT, GUILTY),
    "guilty-verdict": ("The jury returned a guilty verdict against Corvane for infringing two patents.", VERDICT,
                       GUILTY),
    "guilty-fr": ("Corvane a été reconnu coupable de contrefaçon.", "Corvane a été reconnu responsable de contrefaçon.",
                  GUILTY),
    "guilty-es": ("Corvane fue declarada culpable de infringir dos patentes.",
                  "Corvane fue declarada responsable de infringir dos patentes.", GUILTY),
    "guilty-de": ("Corvane wurde der Patentverletzung schuldig gesprochen.",
                  "Corvane wurde für die Patentverletzung haftbar gemacht.", GUILTY),
    "fined-for-damages": ("Corvane was fined $120 million.", VERDICT, FINED),
    "a-fine-for-damages": ("Corvane must pay a $120 million fine for infringing the patents.", VERDICT, FINED),
    "amende-fr": ("Corvane a été condamné à une amende de 120 millions de dollars.",
                  "Corvane a été condamné à verser 120 millions de dollars de dommages et intérêts.", FINED),
    "multa-es": ("Corvane fue multada con 120 millones de dólares.",
                 "Corvane fue condenada a pagar 120 millones de dólares en daños y perjuicios.", FINED),
    "geldstrafe-de": ("Corvane muss eine Geldstrafe von 120 Millionen Dollar zahlen.",
                      "Corvane muss 120 Millionen Dollar Schadenersatz zahlen.", FINED),
    "ruled-for-heard": ("The court ruled that two former Brightwell engineers joined Corvane in 2021.", HEARD, RULED),
    "found-for-heard": ("The court found that two former Brightwell engineers joined Corvane in 2021.", HEARD, RULED),
    "ruled-for-told": ("The judge ruled that the routers used Brightwell's method.",
                       "Jurors were told that the routers used Brightwell's method.", RULED),
    "dismissed-for-motion": ("Judge Okafor dismissed the case last year.", DISMISS, DISMISSED),
    "threw-out-for-bid": ("The court threw out the case last year.",
                          "The judge last year denied Corvane's bid to have the case thrown out.", DISMISSED),
    "banned-for-injunction": ("Corvane was banned from selling its Lumen routers in the United States.", INJUNCTION,
                              BANNED),
    "court-banned": ("The court banned Corvane's Lumen routers in the United States.", INJUNCTION, BANNED),
    "barred-for-injunction": ("Judge Okafor barred Corvane from selling its Lumen routers in the United States.",
                              INJUNCTION, BANNED),
    "interdit-fr": ("Corvane a été interdit de vendre ses routeurs aux États-Unis.",
                    "Le juge a prononcé une injonction provisoire interdisant à Corvane de vendre ses routeurs aux "
                    "États-Unis.", BANNED),
    "prohibido-es": ("Corvane tiene prohibido vender sus routers en Estados Unidos.",
                     "El juez dictó medidas cautelares que prohíben a Corvane vender sus routers en Estados Unidos.",
                     BANNED),
    "judge-for-jury": ("The judge ordered Corvane to pay $120 million in damages.",
                       "The jury ordered Corvane to pay $120 million in damages to Brightwell.",
                       "this sentence gives 'ordered' to the judge where its cited passages give it to the jury"),
    "jury-for-judge": ("The jury granted a preliminary injunction barring Corvane from selling its Lumen routers.",
                       INJUNCTION, "this sentence gives 'granted' to the jury where its cited passages give it to the "
                                   "judge"),
    "jury-rejected-motion": ("The jury rejected Corvane's motion to dismiss the case last year.",
                             "Judge Maria Okafor rejected Corvane's motion to dismiss the case last year.",
                             "this sentence gives 'rejected' to the jury where its cited passages give it to the judge"),
    "passive-judge": ("Corvane was ordered by the judge to pay $120 million in damages.",
                      "The jury ordered Corvane to pay $120 million in damages to Brightwell.",
                      "this sentence gives 'ordered' to the judge where its cited passages give it to the jury"),
    "won-for-liable": ("Corvane won the case.", VERDICT, "this sentence says 'Corvane won the case' where its cited "
                                                        "passages tell the case the other way round"),
    "prevailed-for-liable": ("Corvane has prevailed.", VERDICT, "this sentence says 'Corvane has prevailed'"),
    "lost-for-awarded": ("Brightwell lost its patent case against Corvane.",
                         "The jury ordered Corvane to pay $120 million in damages to Brightwell.",
                         "this sentence says 'Brightwell lost its patent case' where its cited passages tell the case "
                         "the other way round"),
    # refused before this round, kept
    "lost-appeal": ("Corvane lost its appeal against the verdict.", "Corvane will appeal the verdict.",
                    "this sentence tells as decided ('lost its appeal')"),
    "appealed-for-will": ("Corvane has appealed the verdict.", "Corvane will appeal the verdict.",
                          "this sentence tells as filed ('appealed')"),
    "settled-for-rejected": ("Corvane settled with Brightwell for $40 million in March 2025.", SETTLEMENT,
                             "this sentence drops the negation of its cited passage"),
    "tenfold": ("Corvane was ordered to pay $1.2bn.", VERDICT, 'figure "$1.2bn" is not in the passages'),
    "up-to-dropped": ("The damages could rise to $360 million.", WILFUL,
                      'figure "$360 million" leaves out the qualifier of "up to $360 million"'),
    "judge-said": ("The judge said the verdict was \"wrong on the law and wrong on the facts\".", LAWYER,
                   "this sentence gives the words to The judge"),
    "allegation-as-fact": ("Corvane copied Brightwell's source code.", COPYING,
                           "the source gives this as someone's word ('alleges'), but it is worded as fact"),
    "upheld-for-overturned": ("In 2024 the appeals court upheld an earlier ruling that had cleared Corvane.",
                              OVERTURNED, "this sentence says 'upheld' where its cited passages say 'overturned'"),
    "unanimously-added": ("The jury unanimously reached its verdict after two days of deliberations.", DELIBERATIONS,
                          "this sentence tells a deed ('unanimously')"),
}


@pytest.mark.parametrize("case", MISSTATED)
def test_a_misstated_ruling_is_refused(case: str):
    sentence, passage, expected = MISSTATED[case]
    found = sentence_findings(sentence, (passage,), _language(case), PARTIES)
    assert any(expected in message for message in found), found


HONEST = {
    "liable-kept": ("Corvane was found liable for infringing two of Brightwell's patents.", VERDICT),
    "guilty-elsewhere": ("Corvane was found guilty of bribery in 2019.",
                         "Corvane was found guilty of bribery in 2019 and found liable for infringement this week."),
    "responsable-fr": ("Corvane a été reconnu responsable de contrefaçon.",
                       "Corvane a été reconnu responsable de contrefaçon."),
    "ordered-to-pay": ("Corvane was ordered to pay $120 million.", VERDICT),
    "ordered-to-pay-damages": ("Corvane was ordered to pay Brightwell $120 million in damages.", VERDICT),
    "the-commissions-fine": ("The European Commission fined Corvane 15 million euros in June.", FINE),
    "schadenersatz-de": ("Corvane muss 120 Millionen Dollar Schadenersatz zahlen.",
                         "Corvane muss 120 Millionen Dollar Schadenersatz zahlen."),
    "heard-kept": ("The court heard that two former Brightwell engineers joined Corvane in 2021.", HEARD),
    "jurors-heard": ("Jurors heard that two former Brightwell engineers joined Corvane in 2021.", HEARD),
    "ruled-on-what-was-heard": ("The judge ruled that the patents were valid.",
                                "After the court heard from three experts, the judge ruled that the patents were "
                                "valid."),
    "refused-to-dismiss": ("Judge Okafor refused to dismiss the case last year.", DISMISS),
    "motion-rejected": ("The judge rejected Corvane's motion to dismiss the case last year.", DISMISS),
    "dismissed-as-wrong": ("Corvane dismissed the verdict as wrong.",
                           "Corvane dismissed the verdict as wrong, days after the judge rejected a motion to dismiss "
                           "the case."),
    "claims-dismissed": ("The judge dismissed two of Brightwell's claims.",
                         "The judge dismissed two of Brightwell's claims but rejected Corvane's motion to dismiss the "
                         "case."),
    "injunction-kept": ("A preliminary injunction bars Corvane from selling its Lumen routers in the United States.",
                        INJUNCTION),
    "temporarily-barred": ("Judge Okafor temporarily barred Corvane from selling its Lumen routers in the United "
                           "States.", INJUNCTION),
    "barred-until-may": ("Judge Okafor barred Corvane from selling its Lumen routers in the United States until a "
                         "further hearing in May.", INJUNCTION),
    "banned-before": ("Corvane was banned from selling the routers in 2021.",
                      "Corvane was banned from selling the routers in 2021, and this week the judge granted a "
                      "preliminary injunction on its switches."),
    "provisoirement-fr": ("Corvane a été provisoirement interdit de vendre ses routeurs aux États-Unis.",
                          "Le juge a prononcé une injonction provisoire interdisant à Corvane de vendre ses routeurs "
                          "aux États-Unis."),
    "jury-ordered": ("The jury ordered Corvane to pay $120 million in damages.",
                     "The jury ordered Corvane to pay $120 million in damages to Brightwell."),
    "judge-granted": ("Judge Okafor granted a preliminary injunction barring Corvane from selling its Lumen routers.",
                      INJUNCTION),
    "both-ordered": ("The judge ordered a hearing on further damages.",
                     "The jury ordered Corvane to pay $120 million in damages, and the judge ordered a hearing on "
                     "further damages."),
    "festival-judges": ("The jury awarded the top prize to a Brightwell film.",
                        "The judges awarded the top prize to a Brightwell film."),
    "brightwell-won": ("Brightwell won the case.", VERDICT),
    "corvane-lost": ("Corvane lost the case.", VERDICT),
    "won-a-contract": ("Corvane won a contract with the army.",
                       "The jury found Corvane liable, weeks after Corvane won a contract with the army."),
    "won-the-earlier-case": ("Corvane won the 2024 case.",
                             "In 2024 an appeals court ruled in Corvane's favour, and this week a jury found Corvane "
                             "liable in another case."),
    "said-it-would-appeal": ("Corvane said it would appeal the verdict.", APPEAL),
    "turned-down-settlement": ("Corvane turned down a $40 million settlement offer from Brightwell in March 2025.",
                               SETTLEMENT),
    "as-much-as": ("The damages could rise to as much as $360 million if the judge finds the infringement was wilful.",
                   WILFUL),
    "lawyer-said": ("Corvane's lawyer said the verdict was \"wrong on the law and wrong on the facts\".", LAWYER),
    "lawyers-argued": ("Brightwell's lawyers argued that Corvane copied its source code.", COPYING),
    "alleges-kept": ("Brightwell alleges that Corvane copied its source code.", COPYING),
    "overturned-kept": ("In 2024 the appeals court overturned an earlier ruling that had cleared Corvane.",
                        OVERTURNED),
}


@pytest.mark.parametrize("case", HONEST)
def test_an_honest_wording_of_the_ruling_builds(case: str):
    sentence, passage = HONEST[case]
    assert sentence_findings(sentence, (passage,), _language(case), PARTIES) == []


def test_the_passages_are_the_reports():
    report = " ".join((FIXTURE / "seeds" / "wire.txt").read_text(encoding="utf-8").split())
    assert [passage for passage in ALL if passage not in report] == []


def test_the_briefing_builds_and_a_dismissal_told_for_a_motion_is_refused_at_its_line(tmp_path: Path):
    root = fixture_project(FIXTURE, tmp_path / "desk")
    background = root / "content" / "patent-verdict" / "background.yaml"
    result = run_build(root, "check")
    assert result.code == 0, result.err
    assert "ok: 1 briefing, 1 source" in result.out
    edit(background, "Judge Okafor refused last year to dismiss the case.", "Judge Okafor dismissed the case last year.")
    result = run_build(root, "check")
    assert result.code == 1
    assert error_lines(result) == [
        "content/patent-verdict/background.yaml:6: `body`: this sentence says the case was dismissed ('dismissed') "
        "where its cited passages give only a bid to dismiss it ('motion to dismiss'): \"Judge Okafor dismissed the "
        "case last year.\" (say what became of the motion as the source does (\"rejected a motion to dismiss\"), or "
        "cite a passage that gives the dismissal)"]


def _language(case: str) -> str:
    """Return the language of a case, named at the end of its id ("guilty-fr"); English where none is."""
    return next((language for language in ("fr", "es", "de") if case.endswith(f"-{language}")), "en")
