"""An Italian steelworks briefing's leftovers (tests/test_newuser_129.py's LEFTOVER list; fixture
tests/fixtures/newuser_129, read with its own locales/it.yaml):

1. Honest but refused: "Secondo la Uilm, senza l'altoforno lo stabilimento diventerebbe un laminatoio con non più di
   600 addetti" citing "... senza l'altoforno lo stabilimento non sarebbe più in grado di produrre acciaio in proprio e
   diventerebbe un semplice laminatoio, con non più di 600 addetti". "non più di 600" is a bound, no negation
   (polarity.py), and an opening "senza l'altoforno" is the clause's condition, whose "senza" counted with the verb's
   "non" had cancelled it (italian_without_conditions.py).
2. "Il piano di rilancio è stato attuato" citing "un piano di rilancio che, secondo i sindacati, non è mai stato
   attuato" built: the aside's commas cut "non è mai stato attuato" from the plan it denies
   (italian_relative_asides.py).
3. "Una parte della produzione sarà trasferita in Slovacchia" and "L'azienda trasferirà una parte della produzione in
   Slovacchia" citing "Bertolazzi non ha escluso che una parte della produzione possa essere trasferita ... in
   Slovacchia" built: a deed not ruled out told in the future (italian_not_ruled_out.py).
4. "L'offerta resta valida fino a fine anno" citing "l'offerta 'resta valida fino a fine mese'" built
   (italian_period_ends.py, read by month_parts.py).

Each with honest twins that must build.
"""

from __future__ import annotations

import pytest

from conftest import REPO
from explainer.model import Party
from support import paragraph, read_as_project_locale, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_129"
REPORT = (FIXTURE / "seeds" / "acciaieria.txt").read_text(encoding="utf-8")
PARTIES = (
    Party(id="azienda", name="Siderurgica Valmarena", short_name="Siderurgica", role="side",
          aliases=("l'azienda", "la società")),
    Party(id="sindacati", name="Fim, Fiom e Uilm", short_name="sindacati", role="side", aliases=("i sindacati",)),
    Party(id="regione", name="Regione", short_name="Regione", role="side", aliases=("la Regione",)),
)
UILM = paragraph(REPORT, "non più di 600")
PIANO = paragraph(REPORT, "non è mai stato attuato")
SLOVACCHIA = paragraph(REPORT, "non ha escluso")


@pytest.fixture(autouse=True)
def italian_locale(reading_without_project_locales):
    """Read Italian as a build of the fixture reads it, with the project's own locale."""
    read_as_project_locale(FIXTURE, "it")


def found(sentence: str, passage: str) -> list[str]:
    """Return the findings of an Italian sentence citing one paragraph of the report of 10 March 2026."""
    return sentence_findings(sentence, (passage,), "it", PARTIES, published="2026-03-10")


# 1. "non più di 600" and an opening "senza l'altoforno"
@pytest.mark.parametrize("sentence", [
    "Secondo la Uilm, senza l'altoforno lo stabilimento diventerebbe un laminatoio con non più di 600 addetti.",
    "Secondo la Uilm, senza l'altoforno lo stabilimento non sarebbe più in grado di produrre acciaio in proprio e "
    "diventerebbe un semplice laminatoio, con non più di 600 addetti.",
    "Secondo la Uilm, senza l'altoforno nello stabilimento resterebbero non più di 600 addetti.",
    "Secondo la Uilm, senza l'altoforno lo stabilimento avrebbe non più di 600 addetti.",
    "Secondo la Uilm, senza l'altoforno lo stabilimento diventerebbe un laminatoio con al massimo 600 addetti.",
    "Secondo la Uilm, senza l'altoforno lo stabilimento non potrebbe più produrre acciaio in proprio.",
    "Secondo la Uilm, senza l'altoforno, lo stabilimento diventerebbe un laminatoio con non più di 600 addetti.",
    "La Uilm sostiene che senza l'altoforno lo stabilimento diventerebbe un semplice laminatoio con non più di 600 "
    "addetti.",
    "Secondo la Uilm, lo stabilimento non sarebbe più in grado di produrre acciaio senza l'altoforno.",
])
def test_a_bound_and_a_condition_kept_build(sentence: str):
    assert found(sentence, UILM) == []


@pytest.mark.parametrize("sentence, words", [
    ("Secondo la Uilm, senza l'altoforno lo stabilimento sarebbe in grado di produrre acciaio in proprio.",
     "drops the negation"),
    ("Secondo la Uilm, senza l'altoforno lo stabilimento diventerebbe un laminatoio con più di 600 addetti.",
     "contradicts"),
    ("Secondo la Uilm, con l'altoforno lo stabilimento diventerebbe un laminatoio con non più di 600 addetti.",
     "'con l'altoforno'"),
])
def test_a_negation_dropped_a_bound_turned_or_a_condition_swapped_stays_refused(sentence: str, words: str):
    assert any(words in finding for finding in found(sentence, UILM)), found(sentence, UILM)


# 2. a relative clause's aside keeps its "non" on the plan it denies
@pytest.mark.parametrize("sentence", [
    "Il piano di rilancio è stato attuato.",
    "Il piano di rilancio previsto dall'accordo è stato attuato.",
    "Secondo i sindacati, il piano di rilancio è stato attuato.",
])
def test_a_plan_never_carried_out_told_carried_out_is_refused(sentence: str):
    assert any("drops the negation" in finding for finding in found(sentence, PIANO)), found(sentence, PIANO)


@pytest.mark.parametrize("sentence", [
    "L'accordo firmato in prefettura prevedeva un piano di rilancio.",
    "Un accordo firmato in prefettura aveva previsto un piano di rilancio.",
    "Secondo i sindacati, il piano di rilancio previsto dall'accordo non è mai stato attuato.",
    "Secondo i sindacati, il piano di rilancio non è mai stato attuato.",
    "Il piano di rilancio previsto in prefettura, dicono i sindacati, non è mai stato attuato.",
    "I sindacati sostengono che il piano di rilancio non sia mai stato attuato.",
    "Un accordo in prefettura aveva previsto un piano di rilancio, mai attuato secondo i sindacati.",
    "L'accordo aveva previsto un piano di rilancio che, secondo i sindacati, non è mai stato attuato.",
    "Un accordo firmato in prefettura aveva previsto un piano di rilancio, che secondo i sindacati non è mai partito.",
    "Nel febbraio 2025 la Siderurgica Valmarena aveva già fermato per sei settimane l'altoforno 1.",
])
def test_a_plan_kept_unfulfilled_builds(sentence: str):
    assert found(sentence, PIANO) == []


def test_a_relative_clause_without_an_aside_is_read_as_before():
    passage = "Un accordo firmato in prefettura aveva previsto un piano di rilancio che non è mai stato attuato."
    assert any("drops the negation" in f for f in found("Il piano di rilancio è stato attuato.", passage))
    assert found("Un accordo firmato in prefettura aveva previsto un piano di rilancio.", passage) == []


# 3. a deed not ruled out, told in the future
@pytest.mark.parametrize("sentence", [
    "Una parte della produzione sarà trasferita in Slovacchia.",
    "L'azienda trasferirà una parte della produzione in Slovacchia.",
    "Parte della produzione verrà spostata in Slovacchia.",
])
def test_a_deed_not_ruled_out_told_as_certain_is_refused(sentence: str):
    findings = found(sentence, SLOVACCHIA)
    assert any("does not rule this out ('non ha escluso che')" in finding for finding in findings), findings


@pytest.mark.parametrize("sentence", [
    "Una parte della produzione potrebbe essere trasferita in Slovacchia.",
    "Bertolazzi non ha escluso che una parte della produzione possa essere trasferita in Slovacchia.",
    "Bertolazzi non esclude di trasferire una parte della produzione in Slovacchia.",
    "Secondo Bertolazzi, è possibile che una parte della produzione sia trasferita in Slovacchia.",
    "L'amministratore delegato ha lasciato aperta l'ipotesi di trasferire parte della produzione in Slovacchia.",
    "L'azienda potrà trasferire una parte della produzione in Slovacchia.",
    "Forse una parte della produzione andrà in Slovacchia.",
    "L'azienda ha uno stabilimento in Slovacchia.",
    "La chiusura non è ancora avvenuta.",
    "I lavoratori potrebbero essere collocati in cassa integrazione a partire da aprile.",
    "Se una parte della produzione sarà trasferita in Slovacchia, i sindacati sciopereranno.",
    "Quando l'altoforno sarà spento, una parte della produzione potrebbe andare in Slovacchia.",
])
def test_a_deed_kept_possible_builds(sentence: str):
    assert found(sentence, SLOVACCHIA) == []


def test_a_deed_a_passage_tells_as_certain_builds():
    passage = ("Bertolazzi non ha escluso che una parte della produzione possa essere trasferita in Slovacchia. "
               "Il consiglio ha poi deciso: una parte della produzione sarà trasferita in Slovacchia entro giugno.")
    assert found("Una parte della produzione sarà trasferita in Slovacchia.", passage) == []


# 4. the end of a month told as the end of the year
OFFERTA = paragraph(REPORT, "fine mese")


@pytest.mark.parametrize("sentence", [
    "L'offerta resta valida fino a fine anno.",
    "L'offerta della Regione scade alla fine dell'anno.",
])
def test_a_months_end_told_as_the_years_is_refused(sentence: str):
    assert any("says 'fine" in finding for finding in found(sentence, OFFERTA)), found(sentence, OFFERTA)


@pytest.mark.parametrize("sentence", [
    "L'offerta resta valida fino a fine mese.",
    "Secondo Tessitori, l'offerta vale fino alla fine del mese.",
    "Tessitori ha detto che l'offerta \"resta valida fino a fine mese\".",
    "L'offerta della Regione scade a fine mese.",
    "L'offerta regionale è valida fino a fine mese, ha detto Tessitori.",
    "Lo stabilimento chiuderà entro fine anno.",
    "Secondo Tessitori, l'azienda non ha ancora risposto.",
])
def test_a_months_end_kept_or_another_things_end_builds(sentence: str):
    assert not any("says 'fine" in finding for finding in found(sentence, OFFERTA)), found(sentence, OFFERTA)
