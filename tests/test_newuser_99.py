"""A new user's Italian briefing on a port strike in Genova (tests/fixtures/newuser_99: the dockworkers' union Filt
Liguria, the port authority and the prefect mediating), written from the README alone with a locale of their own
(locales/it.yaml, copied from en.yaml and translated), from two agency reports they wrote: the strike called on 12 March
2026, and a follow-up a week later that corrects the count of strikers (980, not the union's 1.250) and reports a
partial agreement. The briefing was first published from the first report, then updated, with a correction logged.

Of 109 sentences tried against one passage each (/tmp probe, as `found` below), 36 of 79 misstatements built and the
Authority's claim (below) was refused on the code before this work; now (the fixes below) 13 build, each a LEFTOVER of
the report:

- Italian's conditional of reported speech is an ending, not a word: a locale lists it as one, `hedges: [-rebbe,
  -rebbero]`, and its future so, `will: [-rà, -ranno]` (attribution.locale_word_pattern; Portuguese "-riam" alike).
  "Allo sciopero aderiscono circa 1.250 lavoratori" citing "Secondo il sindacato, allo sciopero aderirebbero circa
  1.250 lavoratori" built: only "avrebbe", "sarebbe" were listed, and a reporter's every verb takes the ending.
- Italian and Portuguese date bounds ("entro il 30 giugno", by; "dal", "a partire dal", from; "non oltre il", "prima
  del", "fino al", "al più tardi"; "até", "antes do", "a partir do"): "dal 30 giugno 2026" citing "entro il 30 giugno
  2026" built (datebounds.py).
- An article elided onto the figure after a locale's qualifier ("al massimo l'1,8 per cento", "oltre l'80"), and a
  qualifier listed with its elided article ("più dell'"): unread, "l'1,8" and "più dell'1,8" citing "al massimo l'1,8"
  built (qualifiers.py).
- An Italian preposition joined to an elided article before a name ("secondo i dati dell'Autorità portuale") names the
  party: unread, "Secondo il sindacato, ..." citing it built, and the Authority's own claim citing it beside the
  union's confirmation was refused (speakers._ELIDED).
- Italian's and Portuguese "could" reported ("Secondo Spediporto, uno sciopero potrebbe costare"): "Secondo
  Spediporto, ... costerà" built, the speaker's word changed (forecasts._MAY).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, edit, paragraph, read_as_project_locale, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_99"
PARTIES = (Party(id="filt", name="Filt Liguria", short_name="sindacato", role="sindacato dei lavoratori portuali",
                 aliases=("il sindacato", "Filt")),
           Party(id="autorita", name="Autorità di sistema portuale del Mar Ligure occidentale",
                 short_name="Autorità portuale", role="ente pubblico che gestisce il porto",
                 aliases=("l'Autorità", "l'ente", "Autorità")),
           Party(id="prefettura", name="Prefettura di Genova", short_name="prefetto", role="mediatore",
                 aliases=("il prefetto", "la prefetta", "la prefettura")))
STRIKE = (FIXTURE / "seeds" / "sciopero.txt").read_text(encoding="utf-8")
DEAL = (FIXTURE / "seeds" / "accordo.txt").read_text(encoding="utf-8")



JOINED = paragraph(STRIKE, "aderirebbero circa 1.250")
TRAFFIC = paragraph(STRIKE, "sarebbe aumentato del 12")
DEMAND = "La Filt Liguria chiede un aumento dei salari del 3,5 per cento e l'assunzione di 120 nuovi addetti entro il 30 giugno 2026."
HIRING = paragraph(DEAL, "60 nuovi addetti entro")
OFFER = paragraph(STRIKE, "al massimo l'1,8")
DATA = paragraph(DEAL, "Secondo i dati dell'Autorità")
LOSSES = "Secondo Spediporto, uno sciopero di tre giorni potrebbe costare alle imprese della logistica fino a 90 milioni di euro."


@pytest.fixture(autouse=True)
def italian_locale(reading_without_project_locales):
    """Read Italian as a build of the project does, with the locale the editor wrote (after conftest's reset)."""
    read_as_project_locale(FIXTURE, "it")


def found(sentence: str, passage: str, published: str = "2026-03-12") -> list[str]:
    """Return the findings of an Italian sentence citing one passage of a report of `published`."""
    return sentence_findings(sentence, (passage,), "it", PARTIES, published=published)


def test_the_briefing_builds_with_its_update_and_correction(tmp_path: Path):
    """The Italian briefing builds: both reports cited, the Authority's count of strikers beside the union's estimate,
    the corrected figure logged, a cap ("al massimo l'1,8") in a comparison."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = " ".join((desk / "site" / "porto-genova" / "index.html").read_text(encoding="utf-8").split())
    for words in ("circa 980", "Avevamo scritto che allo sciopero avevano aderito 1.250 lavoratori.", "Rettifica"):
        assert words in page, words


@pytest.mark.parametrize("sentence, passage", [
    ("Allo sciopero aderiscono circa 1.250 lavoratori.", JOINED),
    ("Allo sciopero hanno aderito circa 1.250 lavoratori.", JOINED),
    ("Il traffico di container nel porto è aumentato del 12 per cento nel 2025.", TRAFFIC),
    ("Un aumento del 3,5 per cento costa 14 milioni di euro all'anno.", OFFER),
])
def test_a_conditional_of_reported_speech_told_as_fact_is_refused(sentence: str, passage: str):
    """A verb's conditional ending ("aderirebbero", "sarebbe aumentato", "costerebbe") is the locale's hedge
    `-rebbe`/`-rebbero`: told as fact, it is refused."""
    assert any("only as '" in finding and "rebbe" in finding for finding in found(sentence, passage))


@pytest.mark.parametrize("sentence, passage", [
    ("Secondo il sindacato, allo sciopero aderirebbero circa 1.250 lavoratori.", JOINED),
    ("Allo sciopero aderirebbero circa 1.250 lavoratori, secondo il sindacato.", JOINED),
    ("Secondo il sindacato, il traffico di container sarebbe aumentato del 12 per cento nel 2025.", TRAFFIC),
    ("Secondo Ferrante, un aumento del 3,5 per cento costerebbe 14 milioni di euro all'anno.", OFFER),
])
def test_a_conditional_kept_or_its_speaker_named_builds(sentence: str, passage: str):
    assert found(sentence, passage) == []


def test_a_listed_ending_reads_no_word_of_its_own(tmp_path: Path):
    """An ending reads only a word it ends: "-rà" is no "rà" alone, nor a word that holds it inside ("raramente")."""
    from explainer.attribution import locale_word_pattern

    pattern = locale_word_pattern("will", "it")
    assert [m.group() for m in pattern.finditer("Il fondo sarà operativo; lo sciopero inizierà raramente rà.")] == [
        "sarà", "inizierà"]


@pytest.mark.parametrize("sentence, passage, published", [
    ("La Filt Liguria chiede l'assunzione di 120 nuovi addetti dal 30 giugno 2026.", DEMAND, "2026-03-12"),
    ("La Filt Liguria chiede l'assunzione di 120 nuovi addetti a partire dal 30 giugno 2026.", DEMAND, "2026-03-12"),
    ("La Filt Liguria chiede l'assunzione di 120 nuovi addetti il 30 giugno 2026.", DEMAND, "2026-03-12"),
    ("L'accordo prevede l'assunzione di 60 nuovi addetti dal 31 dicembre 2026.", HIRING, "2026-03-19"),
    ("L'accordo prevede l'assunzione di 60 nuovi addetti dopo il 31 dicembre 2026.", HIRING, "2026-03-19"),
])
def test_a_deadline_told_as_a_start_is_refused(sentence: str, passage: str, published: str):
    """"entro il 30 giugno" (by) told as "dal 30 giugno" (from), or without its bound, is refused."""
    assert any("bound of \"entro il" in finding for finding in found(sentence, passage, published))


@pytest.mark.parametrize("sentence, passage, published", [
    ("La Filt Liguria chiede l'assunzione di 120 nuovi addetti entro il 30 giugno 2026.", DEMAND, "2026-03-12"),
    ("La Filt Liguria chiede 120 nuove assunzioni non oltre il 30 giugno 2026.", DEMAND, "2026-03-12"),
    ("La Filt Liguria chiede 120 nuove assunzioni prima del 30 giugno 2026.", DEMAND, "2026-03-12"),
    ("La Filt Liguria chiede 120 nuove assunzioni al più tardi il 30 giugno 2026.", DEMAND, "2026-03-12"),
    ("L'accordo prevede un aumento dei salari del 2,4 per cento a partire dal 1° aprile 2026.", HIRING, "2026-03-19"),
    ("Il sindacato ha proclamato uno sciopero di 72 ore dal 16 marzo 2026.", paragraph(STRIKE, "GENOVA"), "2026-03-12"),
])
def test_a_deadline_kept_in_other_words_builds(sentence: str, passage: str, published: str):
    assert found(sentence, passage, published) == []


@pytest.mark.parametrize("sentence", [
    "Ferrante ha detto che l'ente può offrire l'1,8 per cento.",
    "Ferrante ha detto che l'ente può offrire più dell'1,8 per cento.",
    "Ferrante ha detto che l'ente può offrire oltre l'1,8 per cento.",
])
def test_a_cap_before_an_elided_article_is_kept(sentence: str):
    """"al massimo l'1,8 per cento" is a cap: dropped, or turned into "più dell'" or "oltre l'", it is refused."""
    assert any("al massimo l'1,8 per cento" in finding for finding in found(sentence, OFFER))


@pytest.mark.parametrize("sentence", [
    "Ferrante ha detto che l'ente può offrire al massimo l'1,8 per cento.",
    "Ferrante ha detto che l'ente può offrire fino all'1,8 per cento.",
])
def test_a_cap_kept_builds(sentence: str):
    assert found(sentence, OFFER) == []


@pytest.mark.parametrize("sentence, passage", [
    # the paragraph's last sentence, "La Filt Liguria ha confermato la cifra di 980", is cut: the union gave 1.250
    ("Secondo il sindacato, allo sciopero hanno aderito circa 980 lavoratori.", DATA.split(" La Filt Liguria")[0]),
    ("Allo sciopero hanno aderito circa 980 lavoratori.", DATA),
])
def test_the_authority_s_data_given_to_no_one_or_the_union_is_refused(sentence: str, passage: str):
    """"Secondo i dati dell'Autorità portuale" gives the figure to the Authority: "dell'" no longer hides its name."""
    assert any("Autorità portuale" in finding for finding in found(sentence, passage, "2026-03-19"))


def test_the_figure_the_union_confirmed_is_the_unions_word_too():
    """"La Filt Liguria ha confermato la cifra di 980": the union's word is 980 as well, so "Secondo il sindacato"
    gives it rightly (a confirming giver read by speakers.py and same_givers.py: tests/test_factcheck_162.py, 169)."""
    assert found("Secondo il sindacato, allo sciopero hanno aderito circa 980 lavoratori.", DATA, "2026-03-19") == []


@pytest.mark.parametrize("sentence", [
    "Secondo l'Autorità, allo sciopero hanno aderito circa 980 lavoratori.",
    "Secondo i dati dell'Autorità portuale, allo sciopero hanno aderito circa 980 lavoratori.",
])
def test_the_authority_s_data_given_to_it_builds(sentence: str):
    assert found(sentence, DATA, "2026-03-19") == []


def test_the_authority_s_claim_citing_its_data_and_the_union_s_word_builds(tmp_path: Path):
    """The Authority's count, confirmed by the union, cited as both ("Secondo i dati dell'Autorità portuale ..." and
    "La Filt Liguria ha confermato la cifra di 980.") with the Authority as claimant: it was refused as the union's
    word alone; given to the prefect, it is still refused."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    assert run_build(desk, "check").code == 0
    edit(desk / "content" / "porto-genova" / "claims.yaml", "claimant: Autorità portuale", "claimant: Prefettura di Genova")
    result = run_build(desk, "check")
    assert result.code == 1 and "claims.yaml:17: `claimant`" in result.err, result.err


def test_a_reported_could_told_as_will_is_refused():
    """"Secondo Spediporto, ... potrebbe costare" restated "Secondo Spediporto, ... costerà": the speaker's word changed."""
    assert any("only as expected ('potrebbe')" in finding for finding in found(
        "Secondo Spediporto, uno sciopero di tre giorni costerà fino a 90 milioni di euro.", LOSSES))
    assert found("Secondo Spediporto, uno sciopero di tre giorni potrebbe costare fino a 90 milioni di euro.",
                 LOSSES) == []
