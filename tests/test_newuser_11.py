"""A German and a Spanish briefing written from scratch, as the README tells a new editor to.

German report: the Bundeskartellamt halting a carmaker's takeover, with dates ("am Dienstag, 3. März", "spätestens am
17. April 2026"), number words ("vor zwölf Wochen", "zweieinhalbtausend Seiten"), a weekday alone as a bound ("nicht
vor Freitag"). Spanish report: a steel-tariff dispute ("unos doce mil trabajadores", "a partir del 1 de abril").
What let a misstatement through: a German date whose month English shares ("17. April", "17. Mai"), read without its
day; German and Spanish number words, not read at all (so "vor 12 Wochen", an honest restatement, was refused).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_build
from support import deal_project, edit, locale_from_english, project_in_language, refused_with

from explainer import numbers

GERMAN_MONTHS = "[Januar, Februar, März, April, Mai, Juni, Juli, August, September, Oktober, November, Dezember]"
GERMAN_WORDS = ("weekdays: [Montag, Dienstag, Mittwoch, Donnerstag, Freitag, Samstag, Sonntag]\n"
                "approximately: [etwa, rund]\n"
                "at_least: [mindestens]\nmore_than: [mehr als]\nup_to: [bis zu]\n"
                "according_to: [laut, sagte]\n")
GERMAN_SOURCE = (
    "Bundeskartellamt stoppt vorerst Fusion von Nordwerk und Albis\n\n"
    "Das Bundeskartellamt hat am Dienstag, 3. März, die Übernahme von Albis durch Nordwerk vorläufig untersagt.\n\n"
    "Das Amt hatte das Verfahren vor zwölf Wochen eröffnet.\n\n"
    "Seitdem seien mehr als zweieinhalbtausend Seiten Unterlagen eingegangen.\n\n"
    "Nordwerk hat angeboten, zwei Werke in Sachsen zu verkaufen.\n\n"
    "Nordwerk bietet für Albis zweieinhalb Milliarden Euro.\n\n"
    "Die Entscheidung soll am 17. April 2026 fallen.\n\n"
    "Die Behörde will nicht vor Freitag über die Auflagen entscheiden. Das Urteil soll spätestens am 24. April 2026 "
    "fallen.\n\n"
    "Die Umsätze von Albis sanken um 4,2 Prozent.\n")
SPANISH_MONTHS = ("[enero, febrero, marzo, abril, mayo, junio, julio, agosto, septiembre, octubre, noviembre, "
                  "diciembre]")
SPANISH_SOURCE = (
    "México y Estados Unidos chocan por los aranceles al acero\n\n"
    "Unos doce mil trabajadores de la industria siderúrgica mexicana podrían perder su empleo.\n\n"
    "Las exportaciones cayeron a tres mil millones de dólares.\n\n"
    "Es la tercera ronda de negociaciones desde diciembre, con treinta y dos delegados.\n\n"
    "México impondrá aranceles por valor de 4.800 millones de dólares a partir del 1 de abril.\n\n"
    "Whitmore dijo que Estados Unidos no levantará las tarifas hasta el viernes como mínimo.\n\n"
    "Las exportaciones de acero cayeron un 18 % en febrero.\n")
SPANISH_WORDS = ("weekdays: [lunes, martes, miércoles, jueves, viernes, sábado, domingo]\napproximately: [unos]\n"
                 "expected: [podría, podrían]\naccording_to: [según]\n")


@pytest.fixture(autouse=True)
def english_reading_after():
    """Leave the reading of figures as English has it: the in-process builds set German's and Spanish's."""
    yield
    numbers.read_as_locales({})


def briefing(language: str, slug: str, summary: str, quote: str) -> str:
    """Return a briefing.yaml whose summary (line 4) cites `quote` of the source SLUG."""
    return (f"title: Erklärstück\nlanguage: {language}\nsummary: |\n  {summary}[^q]\nupdates:\n  - date: 2026-03-05\n"
            "    kind: update\n    text: Erstmals veröffentlicht.\nparties:\n  - id: a\n    name: Nordwerk\n"
            f"  - id: b\n    name: Kartellamt\ncitations:\n  q:\n    source: {slug}\n    quote: {quote}\n")


def german(tmp_path: Path, summary: str, quote: str) -> Path:
    return project_in_language(tmp_path / "de", "de", locale_from_english(GERMAN_MONTHS, day_dot=True,
                                                                          words=GERMAN_WORDS),
                               "fusion", GERMAN_SOURCE, briefing("de", "fusion", summary, quote))


def spanish(tmp_path: Path, summary: str, quote: str) -> Path:
    return project_in_language(tmp_path / "es", "es", locale_from_english(SPANISH_MONTHS, words=SPANISH_WORDS),
                               "aranceles", SPANISH_SOURCE, briefing("es", "aranceles", summary, quote))


def builds(root: Path) -> None:
    result = run_build(root, "check")
    assert result.code == 0, result.err


@pytest.mark.parametrize("summary, quote, figure", [
    ("Das Amt hatte das Verfahren vor elf Wochen eröffnet.", "Das Amt hatte das Verfahren vor zwölf Wochen eröffnet",
     '"elf"'),
    ("Nordwerk hat angeboten, drei Werke in Sachsen zu verkaufen.",
     "Nordwerk hat angeboten, zwei Werke in Sachsen zu verkaufen", '"drei"'),
    ("Seitdem seien mehr als dreitausend Seiten eingegangen.",
     "Seitdem seien mehr als zweieinhalbtausend Seiten Unterlagen eingegangen", '"dreitausend"'),
    ("Nordwerk bietet zwei Milliarden Euro.", "Nordwerk bietet für Albis zweieinhalb Milliarden Euro",
     '"zwei Milliarden"'),
    ("Nordwerk bietet 2,5 Millionen Euro.", "Nordwerk bietet für Albis zweieinhalb Milliarden Euro",
     '"2,5 Millionen"'),
])
def test_a_german_number_word_changed_is_refused(tmp_path: Path, summary: str, quote: str, figure: str):
    refused_with(german(tmp_path, summary, quote), "content/fusion/briefing.yaml:4:", f"figure {figure}",
                 "is not in the passages")


@pytest.mark.parametrize("summary, quote", [
    ("Das Amt hatte das Verfahren vor 12 Wochen eröffnet.", "Das Amt hatte das Verfahren vor zwölf Wochen eröffnet"),
    ("Seitdem seien mehr als 2.500 Seiten eingegangen.",
     "Seitdem seien mehr als zweieinhalbtausend Seiten Unterlagen eingegangen"),
    ("Nordwerk bietet 2,5 Milliarden Euro.", "Nordwerk bietet für Albis zweieinhalb Milliarden Euro"),
    ("Zwei Werke in Sachsen will Nordwerk verkaufen.", "Nordwerk hat angeboten, zwei Werke in Sachsen zu verkaufen"),
    # a capitalised noun inside a sentence is no figure: the national team, "die deutsche Elf"
    ("Nordwerk, Sponsor der deutschen Elf, will zwei Werke verkaufen.",
     "Nordwerk hat angeboten, zwei Werke in Sachsen zu verkaufen"),
])
def test_a_german_number_word_restated_in_digits_or_words_builds(tmp_path: Path, summary: str, quote: str):
    builds(german(tmp_path, summary, quote))


def test_a_german_date_whose_month_english_shares_is_read_with_its_day(tmp_path: Path):
    """"17. April 2026" was read as "April 2026" with a figure 17: a timeline's `when` of it took any date in April."""
    root = german(tmp_path, "Die Entscheidung soll am 17. April 2026 fallen.",
                  "Die Entscheidung soll am 17. April 2026 fallen")
    builds(root)
    (root / "content" / "fusion" / "timeline.yaml").write_text(
        "events:\n  - when: 17. April 2026\n    date: 2026-04-18\n    what: Die Entscheidung soll fallen.\n"
        "    cite: [q]\n", encoding="utf-8")
    refused_with(root, "content/fusion/timeline.yaml:3:", "is not the date `when` states, 17. April 2026")
    edit(root / "content" / "fusion" / "timeline.yaml", "date: 2026-04-18", "date: 2026-04-17")
    builds(root)


@pytest.mark.parametrize("summary, quote, figure", [
    ("Unos once mil trabajadores podrían perder su empleo.",
     "Unos doce mil trabajadores de la industria siderúrgica mexicana podrían perder su empleo", '"once mil"'),
    ("Las exportaciones cayeron a tres millones de dólares.",
     "Las exportaciones cayeron a tres mil millones de dólares", '"tres millones"'),
    ("Participan treinta y tres delegados.",
     "Es la tercera ronda de negociaciones desde diciembre, con treinta y dos delegados", '"treinta y tres"'),
])
def test_a_spanish_number_word_changed_is_refused(tmp_path: Path, summary: str, quote: str, figure: str):
    refused_with(spanish(tmp_path, summary, quote), "content/aranceles/briefing.yaml:4:", f"figure {figure}",
                 "is not in the passages")


@pytest.mark.parametrize("summary, quote", [
    ("Unos 12.000 trabajadores podrían perder su empleo.",
     "Unos doce mil trabajadores de la industria siderúrgica mexicana podrían perder su empleo"),
    ("Las exportaciones cayeron a 3.000 millones de dólares.",
     "Las exportaciones cayeron a tres mil millones de dólares"),
    ("Una delegación de 32 personas negocia.",
     "Es la tercera ronda de negociaciones desde diciembre, con treinta y dos delegados"),
])
def test_a_spanish_number_word_restated_in_digits_builds(tmp_path: Path, summary: str, quote: str):
    builds(spanish(tmp_path, summary, quote))


BOUNDED = "Die Behörde will nicht vor Freitag über die Auflagen entscheiden"
LATEST = "Das Urteil soll spätestens am 24. April 2026 fallen"
TARIFFS = "México impondrá aranceles por valor de 4.800 millones de dólares a partir del 1 de abril"
NOT_UNTIL = "Whitmore dijo que Estados Unidos no levantará las tarifas hasta el viernes como mínimo"


@pytest.mark.parametrize("summary, quote, bound", [
    ("Das Urteil soll am 24. April 2026 fallen.", LATEST, "leaves out the bound of \"spätestens am 24. April 2026\""),
    ("Das Urteil soll frühestens am 24. April 2026 fallen.", LATEST,
     "turns the other way the bound of \"spätestens am 24. April 2026\""),
    # a weekday alone is a date its bound holds too: the negation kept, the bound turned
    ("Die Behörde will spätestens am Freitag entscheiden, nicht vor.", BOUNDED,
     "turns the other way the bound of \"nicht vor Freitag\""),
])
def test_a_german_date_bound_dropped_or_turned_is_refused(tmp_path: Path, summary: str, quote: str, bound: str):
    refused_with(german(tmp_path, summary, quote), "content/fusion/briefing.yaml:4:", bound)


def test_a_german_date_bound_kept_in_other_words_builds(tmp_path: Path):
    builds(german(tmp_path, "Das Urteil soll bis zum 24. April 2026 fallen.", LATEST))


@pytest.mark.parametrize("summary, quote, bound", [
    ("México impondrá aranceles por valor de 4.800 millones de dólares el 1 de abril.", TARIFFS,
     "leaves out the bound of \"a partir del 1 de abril\""),
    ("México impondrá aranceles por valor de 4.800 millones de dólares antes del 1 de abril.", TARIFFS,
     "turns the other way the bound of \"a partir del 1 de abril\""),
    ("Según Whitmore, Estados Unidos levantará las tarifas el viernes.", NOT_UNTIL,
     "leaves out the bound of \"hasta el viernes\""),
])
def test_a_spanish_date_bound_dropped_or_turned_is_refused(tmp_path: Path, summary: str, quote: str, bound: str):
    refused_with(spanish(tmp_path, summary, quote), "content/aranceles/briefing.yaml:4:", bound)


@pytest.mark.parametrize("summary", [
    "Los aranceles de México, por valor de 4.800 millones de dólares, entrarán en vigor el 1 de abril.",
    "México impondrá aranceles por valor de 4.800 millones de dólares desde el 1 de abril.",
])
def test_a_spanish_date_bound_kept_in_other_words_builds(tmp_path: Path, summary: str):
    builds(spanish(tmp_path, summary, TARIFFS))


def test_a_spanish_bound_on_a_weekday_kept_builds_and_a_key_named_as_a_day_dates_nothing(tmp_path: Path):
    root = spanish(tmp_path, "Según Whitmore, Estados Unidos no levantará las tarifas antes del viernes.", NOT_UNTIL)
    edit(root / "content" / "aranceles" / "briefing.yaml", "[^q]", "[^lunes]")
    edit(root / "content" / "aranceles" / "briefing.yaml", "  q:\n", "  lunes:\n")
    builds(root)


DEAL = "Grainline's board will vote no earlier than Friday. After Friday's vote, Harbor Foods walked out.\n"


@pytest.mark.parametrize("summary, outcome", [
    ("Grainline's board will vote on Friday.", 'leaves out the bound of "no earlier than Friday"'),
    ("Grainline's board will vote by Friday.", 'turns the other way the bound of "no earlier than Friday"'),
    ("Grainline's board will vote on Friday at the earliest.", "ok"),
])
def test_an_english_bound_on_a_weekday_alone_is_kept(tmp_path: Path, summary: str, outcome: str):
    root = deal_project(tmp_path, summary, "Grainline's board will vote no earlier than Friday", DEAL)
    if outcome == "ok":
        builds(root)
    else:
        refused_with(root, "content/deal/briefing.yaml:3:", outcome)


def test_a_weekday_before_a_possessive_is_no_bounded_date(tmp_path: Path):
    """"After Friday's vote" bounds no day: the vote was on Friday."""
    builds(deal_project(tmp_path, "Harbor Foods walked out after the vote on Friday.",
                        "After Friday's vote, Harbor Foods walked out", DEAL))


@pytest.mark.parametrize("make, summary, quote, slug", [
    (spanish, "Las exportaciones de acero subieron un 18 % en febrero.",
     "Las exportaciones de acero cayeron un 18 % en febrero", "aranceles"),
    (german, "Die Umsätze von Albis stiegen um 4,2 Prozent.", "Die Umsätze von Albis sanken um 4,2 Prozent", "fusion"),
])
def test_a_fall_restated_as_a_rise_in_spanish_or_german_is_refused(tmp_path: Path, make, summary: str, quote: str,
                                                                    slug: str):
    refused_with(make(tmp_path, summary, quote), f"content/{slug}/briefing.yaml:4:", "is given as a rise, but the "
                 "passages this cites give it as a fall")


@pytest.mark.parametrize("make, summary, quote", [
    (spanish, "Las exportaciones de acero registraron una caída del 18 % en febrero.",
     "Las exportaciones de acero cayeron un 18 % en febrero"),
    (german, "Die Umsätze von Albis fielen um 4,2 Prozent.", "Die Umsätze von Albis sanken um 4,2 Prozent"),
])
def test_a_fall_restated_as_a_fall_builds(tmp_path: Path, make, summary: str, quote: str):
    builds(make(tmp_path, summary, quote))


JOBS = "Unos doce mil trabajadores de la industria siderúrgica mexicana podrían perder su empleo"


@pytest.mark.parametrize("summary", ["Unos doce mil trabajadores de la siderurgia perderán su empleo.",
                                     "Unos doce mil trabajadores de la siderurgia van a perder su empleo."])
def test_a_spanish_future_stated_by_its_verb_citing_a_possibility_is_refused(tmp_path: Path, summary: str):
    refused_with(spanish(tmp_path, summary, JOBS), "content/aranceles/briefing.yaml:4:",
                 "the source gives this only as expected ('podrían')")


@pytest.mark.parametrize("summary", ["Unos doce mil trabajadores de la siderurgia podrían perder su empleo.",
                                     "Según el sindicato, unos doce mil trabajadores perderán su empleo.",
                                     "Unos doce mil trabajadores podrán pedir una indemnización si pierden su empleo."])
def test_a_spanish_forecast_kept_or_attributed_builds(tmp_path: Path, summary: str):
    builds(spanish(tmp_path, summary, JOBS))


@pytest.mark.parametrize("summary, outcome", [
    ("Die Zusagen von Nordwerk reichten aus.", "drops the negation"),
    ("Das Bundeskartellamt genehmigte die Übernahme.", "drops the negation"),
    ("Die Zusagen von Nordwerk reichten nach Ansicht des Betriebsrats nicht aus.", "ok"),
])
def test_a_german_negation_at_the_clauses_end_is_kept(tmp_path: Path, summary: str, outcome: str):
    """German puts "nicht" after what it negates: "reichten nicht aus" has no content word after it."""
    quote = ("Die Zusagen von Nordwerk reichten nicht aus" if "Zusagen" in summary
             else "Das Bundeskartellamt genehmigte die Übernahme nicht")
    root = project_in_language(tmp_path / "de", "de", locale_from_english(GERMAN_MONTHS, day_dot=True),
                               "fusion", f"Bericht\n\n{quote}.\n", briefing("de", "fusion", summary, quote))
    if outcome == "ok":
        builds(root)
    else:
        refused_with(root, "content/fusion/briefing.yaml:4:", outcome)


@pytest.mark.parametrize("make, slug, summary, quote, count", [
    (german, "fusion", "Tausende Werke in Sachsen stehen zum Verkauf.",
     "Nordwerk hat angeboten, zwei Werke in Sachsen zu verkaufen", '"Tausende" (2,000 to 9,999)'),
    (spanish, "aranceles", "Miles de trabajadores de la siderurgia podrían perder su empleo.",
     "Es la tercera ronda de negociaciones desde diciembre, con treinta y dos delegados", '"Miles" (2,000 to 9,999)'),
    (spanish, "aranceles", "Las exportaciones cayeron a cientos de millones de dólares.",
     "Las exportaciones cayeron a tres mil millones de dólares",
     '"cientos de millones" (200,000,000 to 999,999,999)'),
])
def test_a_german_or_spanish_vague_count_the_passage_does_not_back_is_refused(tmp_path: Path, make, slug: str,
                                                                               summary: str, quote: str, count: str):
    refused_with(make(tmp_path, summary, quote), f"content/{slug}/briefing.yaml:4:", f"count {count}")


@pytest.mark.parametrize("make, summary, quote", [
    (german, "Seitdem sind Tausende Seiten eingegangen.",
     "Seitdem seien mehr als zweieinhalbtausend Seiten Unterlagen eingegangen"),
    (spanish, "Las exportaciones cayeron a miles de millones de dólares.",
     "Las exportaciones cayeron a tres mil millones de dólares"),
    (german, "Nordwerk bietet zweieinhalb Milliarden Euro.", "Nordwerk bietet für Albis zweieinhalb Milliarden Euro"),
])
def test_a_german_or_spanish_vague_count_backed_by_a_figure_in_its_range_builds(tmp_path: Path, make, summary: str,
                                                                                 quote: str):
    builds(make(tmp_path, summary, quote))
