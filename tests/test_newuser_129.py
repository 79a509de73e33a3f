"""A new user's Italian briefing of a steelworks closure dispute (tests/fixtures/newuser_129: the Siderurgica Valmarena
confirms it will shut blast furnace 2 "entro fine marzo", 2.300 dipendenti; Fim, Fiom e Uilm call an 8-hour strike for
lunedì 16 marzo; the Regione offers 40 milioni di euro on a condition; the ministero delle Imprese has called the
parties for giovedì 14 maggio; the company's losses of 180 milioni "secondo l'azienda"; a figure corrected at the end),
written from the README alone with `locales/it.yaml` made before `new`, from one news report of 10 March 2026 of their
own. Every content file is used: background, timeline, comparisons, claims, quotes, caveats and a log with an update
and a correction.

Fixed, each refused before this work where it should build, or built where it should be refused:

1. A figure refused as "set aside" by a negation word that ends another word: "Nel febbraio 2025 l'azienda aveva già
   fermato per sei settimane l'altoforno 1" citing the same words ("sei settimane l'altoforno 1": the "no" ending
   "altoforno" read as "no 1", 6 kept and 1 set aside; set_aside_figures.py: the negation is a whole word).
2. A comparison's honest `unit: per cento` refused as a figure 100 no passage gives ("cento" alone read as a hundred):
   "per cento" with no figure before it and no noun after it is the per cent sign in words (spelled_languages.py;
   "per cento euro" is still 100).
3. An Italian meeting or strike told as held on a day after the report cited: "Il ministero ha incontrato le parti a
   Roma giovedì 14 maggio", "L'incontro al ministero si è svolto giovedì 14 maggio" citing "il tavolo è stato
   convocato per giovedì 14 maggio", and "Fim, Fiom e Uilm hanno scioperato per 8 ore lunedì 16 marzo" citing "hanno
   proclamato uno sciopero di 8 ore per lunedì 16 marzo", all of a report of 10 March (italian_held_after_report.py).
4. A figure's period read where a qualifier stands between it and the figure: "Secondo Bertolazzi, lo stabilimento
   perde ogni anno quasi 8 milioni di euro" citing "lo stabilimento perde ogni mese quasi 8 milioni di euro" built
   (rates.py: "ogni mese quasi", "each month nearly", "chaque mois près de").

What misled the editor, or was refused though honest (not fixed here):

- quotes.yaml written with `text:` and `cite:` was told "did you mean `context`?": the field is `words`.
- "La cifra di 180 milioni ... è dell'azienda e i sindacati la contestano" was refused for dropping the hedge
  "sarebbero" of the next clause of its passage (the Fiom's view of the cause, which it does not restate).
- A claim "Secondo la Uilm, senza l'altoforno lo stabilimento diventerebbe un laminatoio con non più di 600 addetti"
  citing "... non sarebbe più in grado di produrre acciaio in proprio e diventerebbe un semplice laminatoio, con non più
  di 600 addetti" is refused as dropping the negation 'con non più di 600 addetti' (it keeps it), and the passage's
  own words are refused as adding one (polarity.py, not owned here).
- "Il ministero vedrà le parti giovedì 14 maggio" is refused for a 'potrebbe' of another sentence of the paragraph,
  and "L'azienda ha incontrato i sindacati il 4 marzo" for the paragraph's 'potrebbero'.
- "L'azienda ritiene invece che ..." gave the company's words to Tessitori until "ritiene" was added to the locale's
  `according_to` (as the README says; no built-in Italian list exists to take it from).

LEFTOVER, misstatements that still build (sentence, then the passage's words):

  1. "Secondo i sindacati, le perdite ammontano a 180 milioni di euro." ("Secondo l'azienda, le perdite ...")
  2. "Una parte della produzione sarà trasferita in Slovacchia." ("non ha escluso che una parte ... possa essere")
  3. "L'azienda trasferirà una parte della produzione in Slovacchia." (same)
  4. "Secondo l'azienda, l'adesione al primo sciopero è stata del 90 per cento." (the unions' 90, the company's 60)
  5. "L'adesione al primo sciopero è stata del 90 per cento." ("Secondo i sindacati, ...")
  6. "L'azienda ha accettato l'offerta della Regione." ("l'azienda non ha ancora risposto")
  7. "L'azienda ha respinto l'offerta della Regione." (same)
  8. "L'offerta resta valida fino a fine anno." ("resta valida fino a fine mese")
  9. "Lo stabilimento perde ogni mese quasi 8 milioni di euro." (Bertolazzi's word, told as fact)
  10. "Secondo Bertolazzi, le perdite mensili ... sfiorano gli 8 milioni" is refused though honest (a qualifier in a
      verb, "sfiorano", unread)
  11. 'Bertolazzi ha scritto: "Siamo pronti a discutere di tutto".' (cut before "tranne che di tenere acceso ...")
  12. "L'acciaieria, aperta nel 1962, produceva fino a 1,1 milioni di tonnellate." (1,8; 1,1 is 2025's)
  13. "Giulia Ferraresi ha detto che lo sciopero sarà il primo di molti." ("Se l'azienda non ritira il piano, ...")
  14. 'Giulia Ferraresi ha detto: "Lo sciopero sarà solo il primo".' (same condition dropped)
  15. "Il piano di rilancio è stato attuato." ("secondo i sindacati, non è mai stato attuato")
  16. "La Regione offre 40 milioni di euro per la riconversione." (the summary's first draft: "a condizione che
      l'azienda mantenga i livelli occupazionali" dropped; refused when told as "ha messo sul tavolo", not "offre")
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import (checked_fixture_project, edit, findings_in_language, paragraph, read_as_project_locale,
                     sentence_findings)

FIXTURE = REPO / "tests" / "fixtures" / "newuser_129"
BRIEFING = Path("content") / "acciaieria-valmarena"
PARTIES = (
    Party(id="azienda", name="Siderurgica Valmarena", short_name="Siderurgica", role="side",
          aliases=("l'azienda", "la società")),
    Party(id="sindacati", name="Fim, Fiom e Uilm", short_name="sindacati", role="side", aliases=("i sindacati",)),
    Party(id="regione", name="Regione", short_name="Regione", role="side", aliases=("la Regione",)),
    Party(id="ministero", name="Ministero delle Imprese", short_name="ministero", role="side",
          aliases=("il ministero",)),
)
REPORT = (FIXTURE / "seeds" / "acciaieria.txt").read_text(encoding="utf-8")
PASSAGES = {
    "FERMO": paragraph(REPORT, "Nel febbraio 2025"),
    "MIN": paragraph(REPORT, "convocato le parti"),
    "SCIOPERO": paragraph(REPORT, "sciopero di 8 ore"),
    "ADESIONE": paragraph(REPORT, "sciopero di 8 ore"),
    "PERDE": paragraph(REPORT, "quasi 8 milioni"),
}


@pytest.fixture(autouse=True)
def italian_locale(reading_without_project_locales):
    """Read Italian as a build of the fixture reads it, with the project's own locale (after conftest's reset)."""
    read_as_project_locale(FIXTURE, "it")


def found(key: str, sentence: str) -> list[str]:
    """Return the findings of an Italian sentence citing one paragraph of the report of 10 March 2026."""
    return sentence_findings(sentence, (PASSAGES[key],), "it", PARTIES, published="2026-03-10")


def test_the_briefing_builds_in_italian_with_its_own_locale(tmp_path: Path):
    """The whole briefing builds: Italian labels, the unit "per cento", the timeline's dates, the correction."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = " ".join((desk / "site" / "acciaieria-valmarena" / "index.html").read_text(encoding="utf-8").split())
    for words in ("Cosa sappiamo", "Cronologia", "Contesto", "Confronti", "Cosa dice ciascuna parte",
                  "Con le loro parole", "Avvertenze e metodo", "Aggiornamenti e rettifiche", "Cosa era sbagliato:",
                  "2.300 dipendenti", "per cento", "14 maggio", "Giulia Ferraresi",
                  'href="../sources/cronaca.html#passage-', 'lang="it"'):
        assert words in page, words


def test_a_meeting_told_as_held_in_the_summary_is_refused_on_its_line(tmp_path: Path):
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / BRIEFING / "briefing.yaml", "e il ministero ha convocato le parti per giovedì 14 maggio",
         "e il ministero si è riunito con le parti giovedì 14 maggio")
    result = run_build(desk, "check")
    assert result.code == 1 and "briefing.yaml:7: `summary`: this sentence tells as held on 14 maggio" in result.err, \
        result.err


# 1. a negation word ending another word sets no figure aside
@pytest.mark.parametrize("sentence", [
    "Nel febbraio 2025 l'azienda aveva già fermato per sei settimane l'altoforno 1.",
    "L'altoforno 1 era stato fermato per sei settimane nel febbraio 2025.",
    "Nel febbraio 2025 l'azienda aveva fermato l'altoforno 1 per sei settimane.",
])
def test_a_figure_after_a_word_ending_in_no_is_not_set_aside(sentence: str):
    assert found("FERMO", sentence) == []


def test_a_word_ending_in_no_sets_no_figure_aside_in_other_texts():
    assert not any("set aside" in finding for finding in findings_in_language(
        "en", "The casino 5 reopened on Monday.", "The twelve casino 5 reopened on Monday."))
    assert not any("set aside" in finding for finding in sentence_findings(
        "Il treno 2 è partito alle 8.", ("Il treno 2 è partito alle 8, mentre il piano 5 è fermo.",), "it", ()))


@pytest.mark.parametrize("language, sentence, passage", [
    ("en", "The ministry counted 1,250 deaths.", "The ministry counted 980 deaths, not 1,250 as first reported."),
    ("es", "El ministerio contó 1.250 muertos.", "El ministerio contó 980 muertos, y no 1.250."),
    ("fr", "Le ministère a compté 1 250 morts.", "Le ministère a compté 980 morts, et non 1 250."),
])
def test_a_figure_the_passage_sets_aside_is_still_refused(language, sentence, passage):
    assert any("set aside" in finding for finding in findings_in_language(language, sentence, passage))


def test_an_italian_figure_the_passage_sets_aside_is_still_refused():
    assert any("set aside" in finding for finding in sentence_findings(
        "Il ministero ha contato 1.250 morti.", ("Il ministero ha contato 980 morti, e non 1.250.",), "it", ()))


# 2. "per cento" alone is the per cent sign, no hundred
@pytest.mark.parametrize("text, values", [
    ("per cento", []),
    ("Unità: per cento", []),
    ("valori in per cento, come nella fonte", []),
    ("il 90 per cento", [Decimal(90)]),
    ("cresciute dell'otto per cento.", [Decimal(8)]),
    ("ha pagato per cento giorni", [Decimal(100)]),
    ("per cento euro", [Decimal(100)]),
    ("cento lavoratori", [Decimal(100)]),
])
def test_per_cento_alone_is_no_figure(text: str, values: list):
    from explainer.numbers import mentions_in

    assert [q.value for m in mentions_in(text, "it") if m.kind == "figure" for q in m.quantities] == values


def test_a_comparison_in_per_cento_builds_and_a_hundred_not_given_is_refused(tmp_path: Path):
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / BRIEFING / "comparisons.yaml", "unit: per cento", "unit: cento lavoratori")
    result = run_build(desk, "check")
    assert result.code == 1 and 'comparisons.yaml:9: `unit`: figure "cento"' in result.err, result.err


# 3. a meeting or a strike told as held on a day after the report
HELD_AFTER_REPORT = [
    ("MIN", "Il ministero ha incontrato le parti a Roma giovedì 14 maggio."),
    ("MIN", "L'incontro al ministero si è svolto giovedì 14 maggio."),
    ("MIN", "Le parti si sono incontrate al ministero il 14 maggio."),
    ("MIN", "Il tavolo si è tenuto a Roma il 14 maggio 2026."),
    ("MIN", "Il 14 maggio si è riunito al ministero il tavolo sul futuro dello stabilimento."),
    ("MIN", "L'incontro al ministero ha avuto luogo il 14 maggio."),
    ("SCIOPERO", "Fim, Fiom e Uilm hanno scioperato per 8 ore lunedì 16 marzo."),
]

HONEST = [
    ("MIN", "Il ministero ha convocato le parti a Roma per giovedì 14 maggio."),
    ("MIN", "L'incontro al ministero è in programma giovedì 14 maggio."),
    ("MIN", "L'incontro al ministero si terrà giovedì 14 maggio."),
    ("MIN", "L'incontro al ministero si svolgerà giovedì 14 maggio, a Roma."),
    ("MIN", "Le parti si incontreranno al ministero giovedì 14 maggio."),
    ("MIN", "Il tavolo al ministero è fissato per giovedì 14 maggio."),
    ("MIN", "Giovedì 14 maggio le parti sono attese al ministero, a Roma."),
    ("MIN", "L'incontro al ministero non si è ancora svolto: è convocato per giovedì 14 maggio."),
    ("MIN", "Il ministero ha convocato per il 14 maggio un tavolo sul futuro dello stabilimento."),
    ("SCIOPERO", "I sindacati hanno proclamato per il 16 marzo uno sciopero di 8 ore."),
    ("SCIOPERO", "Il 16 marzo i lavoratori sciopereranno per 8 ore."),
    ("SCIOPERO", "Fim, Fiom e Uilm scioperano lunedì 16 marzo per 8 ore."),
    ("ADESIONE", "Il primo sciopero si è svolto il 5 marzo."),
    ("ADESIONE", "I sindacati hanno scioperato il 5 marzo, con un'adesione del 90 per cento secondo i sindacati."),
]


@pytest.mark.parametrize("key, sentence", HELD_AFTER_REPORT)
def test_an_event_told_as_held_after_the_report_is_refused(key: str, sentence: str):
    assert any("tells as held on" in finding for finding in found(key, sentence)), found(key, sentence)


@pytest.mark.parametrize("key, sentence", HONEST)
def test_an_event_kept_as_called_or_held_before_the_report_builds(key: str, sentence: str):
    assert found(key, sentence) == []


def test_a_report_of_unknown_date_may_tell_a_meeting_held():
    assert sentence_findings("L'incontro al ministero si è svolto giovedì 14 maggio.", (PASSAGES["MIN"],), "it",
                             PARTIES) == []


# 4. a period before a qualifier and its figure
@pytest.mark.parametrize("sentence", [
    "Secondo Bertolazzi, lo stabilimento perde ogni anno quasi 8 milioni di euro.",
    "Secondo Bertolazzi, lo stabilimento perde quasi 8 milioni di euro all'anno.",
    "Secondo Bertolazzi, lo stabilimento perde quasi 8 milioni di euro alla settimana.",
])
def test_a_monthly_loss_told_per_another_period_is_refused(sentence: str):
    assert any("is given per" in finding for finding in found("PERDE", sentence)), found("PERDE", sentence)


@pytest.mark.parametrize("sentence", [
    "Secondo Bertolazzi, lo stabilimento perde ogni mese quasi 8 milioni di euro.",
    "Secondo Bertolazzi, lo stabilimento perde quasi 8 milioni di euro al mese.",
    "Secondo Bertolazzi, ogni mese lo stabilimento perde quasi 8 milioni di euro.",
    "Bertolazzi sostiene che lo stabilimento perde quasi 8 milioni di euro ogni mese.",
    "Secondo Bertolazzi, lo stabilimento perde circa 8 milioni di euro al mese.",
    "Secondo Bertolazzi, lo stabilimento perde quasi 8 milioni di euro.",
    "Secondo l'amministratore delegato, la perdita mensile è di quasi 8 milioni di euro.",
])
def test_a_monthly_loss_kept_monthly_builds(sentence: str):
    assert found("PERDE", sentence) == []


@pytest.mark.parametrize("sentence, outcome", [
    ("The plant loses nearly 8 million euros a year.", True),
    ("The plant loses nearly 8 million euros a month.", False),
    ("Each month the plant loses nearly 8 million euros.", False),
])
def test_a_period_before_a_qualifier_is_read_in_english(sentence: str, outcome: bool):
    findings = findings_in_language("en", sentence, "The plant loses each month nearly 8 million euros.")
    assert any("is given per" in finding for finding in findings) is outcome, findings
