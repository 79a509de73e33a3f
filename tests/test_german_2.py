"""Leftovers of the German and Spanish new-user round (tests/test_newuser_11.py): what refused an honest sentence, and
what let a misstatement through.

German capitalises every noun, so "nach Angaben der Behörde" read "Behörde" as a speaker's name and refused a claim
by the Bundeskartellamt citing it: a locale's `articles` now mark a capitalised word after one as a noun.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_build
from support import deal_project, locale_from_english, project_in_language, refused_with

from explainer import numbers

GERMAN_MONTHS = "[Januar, Februar, März, April, Mai, Juni, Juli, August, September, Oktober, November, Dezember]"
GERMAN_ARTICLES = "articles: [der, die, das, des, dem, den, ein, eine, einem, einen, einer, eines, am, im, zum, vom]\n"
GERMAN_WORDS = ("weekdays: [Montag, Dienstag, Mittwoch, Donnerstag, Freitag, Samstag, Sonntag]\n"
                "according_to: [laut, nach Angaben, sagte, teilte]\n")
GERMAN_SOURCE = (
    "Kartellamt prüft Fusion\n\n"
    "Nach Angaben der Behörde sind mehr als 2.500 Seiten Unterlagen eingegangen.\n\n"
    "Die Übernahme sei vorerst gestoppt, teilte das Ministerium am Dienstag mit.\n\n"
    "Die Zusagen reichten nicht aus, sagte Schmidt.\n\n"
    "Die Zusagen reichten nicht aus, sagte der Sprecher des Amtes, Peter Schmidt.\n\n"
    "Die Behörde will nicht vor Freitag über die Auflagen entscheiden.\n\n"
    "Es ist die dritte Runde der Verhandlungen seit Dezember.\n")
SPANISH_MONTHS = ("[enero, febrero, marzo, abril, mayo, junio, julio, agosto, septiembre, octubre, noviembre, "
                  "diciembre]")
SPANISH_WORDS = "weekdays: [lunes, martes, miércoles, jueves, viernes, sábado, domingo]\naccording_to: [según]\n"
SPANISH_SOURCE = (
    "México y Estados Unidos chocan por los aranceles al acero\n\n"
    "Whitmore dijo que Estados Unidos no levantará las tarifas hasta el viernes como mínimo.\n\n"
    "Es la tercera ronda de negociaciones desde diciembre.\n")


@pytest.fixture(autouse=True)
def english_reading_after():
    """Leave the reading of figures as English has it: the in-process builds set German's."""
    yield
    numbers.read_as_locales({})


def briefing(summary: str, quote: str, aliases: str = "") -> str:
    """Return a German briefing.yaml whose summary (line 4) cites `quote` of the source `fusion` as [^q]."""
    return (f"title: Erklärstück\nlanguage: de\nsummary: |\n  {summary}[^q]\nupdates:\n  - date: 2026-03-05\n"
            "    kind: update\n    text: Erstmals veröffentlicht.\nparties:\n  - id: nordwerk\n    name: Nordwerk\n"
            f"  - id: amt\n    name: Bundeskartellamt{aliases}\ncitations:\n  q:\n    source: fusion\n"
            f"    quote: {quote}\n")


def spanish(tmp_path: Path, summary: str, quote: str) -> Path:
    return project_in_language(tmp_path / "es", "es", locale_from_english(SPANISH_MONTHS, words=SPANISH_WORDS),
                               "fusion", SPANISH_SOURCE, briefing(summary, quote).replace("language: de",
                                                                                          "language: es"))


def german(tmp_path: Path, summary: str, quote: str, articles: str = GERMAN_ARTICLES) -> Path:
    return project_in_language(tmp_path / "de", "de",
                               locale_from_english(GERMAN_MONTHS, day_dot=True, words=GERMAN_WORDS + articles),
                               "fusion", GERMAN_SOURCE, briefing(summary, quote))


def builds(root: Path) -> None:
    result = run_build(root, "check")
    assert result.code == 0, result.err


def claimed_by(root: Path, claimant: str, quote: str) -> Path:
    """Add a topic to the briefing with one claim by `claimant` (claims.yaml line 5) citing `quote`."""
    (root / "content" / "fusion" / "claims.yaml").write_text(
        f"topics:\n  - id: akten\n    title: Die Akten\n    claims:\n      - claimant: {claimant}\n"
        "        parties: [amt]\n        says: Es sind mehr als 2.500 Seiten eingegangen.\n        status: claim\n"
        f"        cite: [akten]\ncitations:\n  akten:\n    source: fusion\n    quote: {quote}\n", encoding="utf-8")
    return root


# --- 1. a German noun is no speaker's name --------------------------------------------------------------------

PAGES = "Nach Angaben der Behörde sind mehr als 2.500 Seiten Unterlagen eingegangen"
STOPPED = "Die Übernahme sei vorerst gestoppt, teilte das Ministerium am Dienstag mit"


def test_a_claim_by_a_party_citing_a_noun_after_an_article_builds(tmp_path: Path):
    """"der Behörde" names no one: the claim by the Bundeskartellamt needs no `aliases: [Behörde]`."""
    root = claimed_by(german(tmp_path, "Die Übernahme ist vorerst gestoppt.", STOPPED), "Das Bundeskartellamt", PAGES)
    builds(root)


def test_without_the_locales_articles_the_noun_is_read_as_a_name(tmp_path: Path):
    """What the fix reads: with no `articles`, "Behörde" is a speaker's name, as before."""
    root = claimed_by(german(tmp_path, "Die Übernahme ist vorerst gestoppt.", STOPPED, articles=""),
                      "Das Bundeskartellamt", PAGES)
    refused_with(root, "content/fusion/claims.yaml:5:", "`claimant`: the cited passages give these words to")


@pytest.mark.parametrize("summary, quote", [
    ("Die Übernahme ist vorerst gestoppt, teilte die Behörde mit.", STOPPED),
    ("Die Übernahme ist vorerst gestoppt, teilte das Bundeskartellamt mit.", STOPPED),
    ("Nach Angaben des Bundeskartellamts sind mehr als 2.500 Seiten eingegangen.", PAGES),
    ("Laut dem Kartellamt sind mehr als 2.500 Seiten eingegangen.", PAGES),
])
def test_an_honest_german_attribution_to_a_body_named_by_a_noun_builds(tmp_path: Path, summary: str, quote: str):
    builds(german(tmp_path, summary, quote))


@pytest.mark.parametrize("summary, quote, speaker, given", [
    ("Die Zusagen reichten nicht aus, sagte Müller.", "Die Zusagen reichten nicht aus, sagte Schmidt", "Müller",
     "Schmidt"),
    ("Die Zusagen reichten nicht aus, sagte der Sprecher Müller.", "Die Zusagen reichten nicht aus, sagte Schmidt",
     "Sprecher Müller", "Schmidt"),
    ("Die Zusagen reichten nicht aus, sagte Nordwerk.", "Die Zusagen reichten nicht aus, sagte Schmidt", "Nordwerk",
     "Schmidt"),
    ("Die Zusagen reichten nicht aus, sagte das Bundeskartellamt.", "Die Zusagen reichten nicht aus, sagte Schmidt",
     "Bundeskartellamt", "Schmidt"),
])
def test_a_german_sentence_giving_the_words_to_another_speaker_is_still_refused(tmp_path: Path, summary: str,
                                                                                quote: str, speaker: str, given: str):
    refused_with(german(tmp_path, summary, quote), "content/fusion/briefing.yaml:4:",
                 f"gives the words to {speaker}, but its cited passages give them to {given}")


def test_a_name_after_a_title_and_a_comma_is_read(tmp_path: Path):
    """"der Sprecher des Amtes, Peter Schmidt": Sprecher and Amt are nouns, Peter Schmidt a name."""
    quote = "Die Zusagen reichten nicht aus, sagte der Sprecher des Amtes, Peter Schmidt"
    builds(german(tmp_path, "Die Zusagen reichten nicht aus, sagte Schmidt.", quote))
    refused_with(german(tmp_path / "b", "Die Zusagen reichten nicht aus, sagte Müller.", quote),
                 "gives the words to Müller")


def test_a_malformed_articles_list_is_refused(tmp_path: Path):
    root = german(tmp_path, "Die Übernahme ist vorerst gestoppt.", STOPPED, articles="articles: der\n")
    refused_with(root, "key 'articles' must be a list of words")


# --- 2. a date's bound worded as a negation -------------------------------------------------------------------

BOUNDED = "Die Behörde will nicht vor Freitag über die Auflagen entscheiden"
NOT_UNTIL = "Whitmore dijo que Estados Unidos no levantará las tarifas hasta el viernes como mínimo"
DEAL = "Grainline's board will vote no earlier than Friday. Harbor Foods will not vote on the offer.\n"
EARLIEST = "Grainline's board will vote no earlier than Friday"


@pytest.mark.parametrize("make, summary, quote", [
    (german, "Die Behörde will frühestens am Freitag über die Auflagen entscheiden.", BOUNDED),
    (german, "Nicht vor Freitag will die Behörde über die Auflagen entscheiden.", BOUNDED),
    (spanish, "Según Whitmore, Estados Unidos levantará las tarifas el viernes como pronto.", NOT_UNTIL),
])
def test_a_bound_restated_with_or_without_its_negation_builds(tmp_path: Path, make, summary: str, quote: str):
    """"nicht vor Freitag" is Friday at the earliest: its "nicht" bounds the day, and negates no clause."""
    builds(make(tmp_path, summary, quote))


@pytest.mark.parametrize("summary", ["Grainline's board will not vote before Friday.",
                                     "Grainline's board won't vote before Friday."])
def test_an_english_floor_worded_as_not_before_builds(tmp_path: Path, summary: str):
    builds(deal_project(tmp_path, summary, EARLIEST, DEAL))


@pytest.mark.parametrize("summary, outcome", [
    ("Grainline's board will not vote after Friday.", 'turns the other way the bound of "no earlier than Friday"'),
    ("Grainline's board will vote on Friday.", 'leaves out the bound of "no earlier than Friday"'),
    ("Harbor Foods will vote on the offer before Friday.", "drops the negation"),
])
def test_an_english_bound_turned_or_a_negation_dropped_is_still_refused(tmp_path: Path, summary: str, outcome: str):
    quote = EARLIEST if summary.startswith("Grainline") else "Harbor Foods will not vote on the offer"
    refused_with(deal_project(tmp_path, summary, quote, DEAL), "content/deal/briefing.yaml:3:", outcome)


@pytest.mark.parametrize("summary, outcome", [
    # the bound's "nicht" no longer stands for a negation of the decision itself
    ("Die Behörde will nicht über die Auflagen entscheiden.", "adds a negation"),
    ("Die Behörde will am Freitag über die Auflagen entscheiden.", 'leaves out the bound of "nicht vor Freitag"'),
    ("Die Behörde will spätestens am Freitag über die Auflagen entscheiden.",
     'turns the other way the bound of "nicht vor Freitag"'),
])
def test_a_german_bound_dropped_or_a_negation_added_is_refused(tmp_path: Path, summary: str, outcome: str):
    refused_with(german(tmp_path, summary, BOUNDED), "content/fusion/briefing.yaml:4:", outcome)


# --- 3. a rank in Spanish or German words ---------------------------------------------------------------------

ROUND_ES = "Es la tercera ronda de negociaciones desde diciembre"
ROUND_DE = "Es ist die dritte Runde der Verhandlungen seit Dezember"


@pytest.mark.parametrize("make, summary, quote, figure", [
    (spanish, "Es la cuarta ronda de negociaciones.", ROUND_ES, '"cuarta"'),
    (spanish, "Desde diciembre se celebró la segunda ronda.", ROUND_ES, '"segunda"'),
    (german, "Es ist die vierte Runde der Verhandlungen.", ROUND_DE, '"vierte"'),
    (german, "In der zweiten Verhandlungsrunde gab es keine Einigung.", ROUND_DE, '"zweiten"'),
])
def test_a_spanish_or_german_rank_in_words_changed_is_refused(tmp_path: Path, make, summary: str, quote: str,
                                                               figure: str):
    refused_with(make(tmp_path, summary, quote), "content/fusion/briefing.yaml:4:", f"figure {figure}",
                 "is not in the passages")


@pytest.mark.parametrize("make, summary, quote", [
    (spanish, "Es la tercera ronda de negociaciones.", ROUND_ES),
    (german, "Seit Dezember läuft die dritte Verhandlungsrunde.", ROUND_DE),
    # an ordinal before what it does not count, or with no article, ranks nothing read
    (spanish, "La primera ministra visitó la tercera ronda.", ROUND_ES),
    (german, "Der erste Schritt ist die dritte Runde.", ROUND_DE),
])
def test_a_spanish_or_german_rank_in_words_kept_builds(tmp_path: Path, make, summary: str, quote: str):
    builds(make(tmp_path, summary, quote))
