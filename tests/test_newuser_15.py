"""A new editor's French briefing, round fifteen: the comment `new` writes is in the briefing's language, `cite` finds
words typed as a keyboard types them ("-" for the source's "–", "1250" for its "1 250"), and what the French briefing
met. Each fix is tested through the command line, against what the old code did."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import run_build
from support import one_source_project

NNBSP = "\u202f"
SOURCE = (f"COMMUNIQUÉ DE PRESSE – Organisation des producteurs de lait de l'Ouest\n\n"
          f"L'OPLO, qui fédère 1{NNBSP}250 exploitations, suspend ses livraisons à la Laiterie Vernon — à compter "
          f"du lundi 16 mars 2026. Le conflit Vernon–OPLO dure depuis janvier. La collecte atteint 600 000 000 "
          f"litres par an.\n")


def library(tmp_path: Path, language: str = "fr", source: str = SOURCE) -> Path:
    """Return a project whose site and one library source (id `communique`) are in `language`, with no briefing."""
    return one_source_project(tmp_path, source, language, "communique",
                              "title: Dossiers\ndescription: Des explications sourcées.")


def comments_of(path: Path) -> list[str]:
    """Return the comment lines of a YAML file but its schema line."""
    return [line for line in path.read_text(encoding="utf-8").splitlines()
            if line.startswith("#") and "$schema" not in line]


# --- 1. `new` writes its comment in the briefing's language --------------------------------------------------

COMMENTS = {
    "fr": "Un nouveau dossier\u00a0: remplacez le résumé",  # French typography
    "de": "Ein neues Dossier: Ersetzen Sie Zusammenfassung",
    "es": "Un nuevo informe: sustituya el resumen",
    "ar": "ملف جديد",
    "en": "A new briefing: replace the summary",
}


@pytest.mark.parametrize("language", sorted(COMMENTS))
def test_new_writes_its_comment_in_the_briefings_language_and_the_briefing_builds(tmp_path: Path, language: str):
    root = library(tmp_path, language)
    result = run_build(root, "new", "lait", "--title", "Le lait", "--source", "communique")
    assert result.code == 0, result.err
    written = root / "content" / "lait" / "briefing.yaml"
    comment = " ".join(line[2:] for line in comments_of(written))
    assert comment.startswith(COMMENTS[language])
    comma = "، " if language == "ar" else ", "  # the language's own, as its pages list things
    assert comma.join(["background.yaml", "timeline.yaml", "comparisons.yaml", "claims.yaml", "quotes.yaml",
                       "caveats.yaml"]) in comment
    if language != "en":
        assert "replace the summary" not in comment and "as needed" not in comment
    assert all(len(line) <= 116 for line in comments_of(written))  # wrapped: a YAML comment is one line
    assert yaml.safe_load(written.read_text(encoding="utf-8"))["title"] == "Le lait"
    assert run_build(root, "check").code == 0


def test_new_takes_the_english_comment_where_a_project_locale_has_none(tmp_path: Path):
    # A project's own locale for a language not built in need not translate it.
    root = library(tmp_path, "nl")
    english = (Path(__file__).parents[1] / "explainer" / "locales" / "en.yaml").read_text(encoding="utf-8")
    (root / "locales").mkdir()
    (root / "locales" / "nl.yaml").write_text(
        "".join(line for line in english.splitlines(keepends=True) if not line.startswith("new_")), encoding="utf-8")
    assert run_build(root, "new", "lait", "--title", "De melk", "--source", "communique").code == 0
    assert comments_of(root / "content" / "lait" / "briefing.yaml")[0].startswith("# A new briefing: replace")


def test_new_names_the_title_as_at_fault_whatever_the_length_of_the_comment_above_it(tmp_path: Path):
    root = library(tmp_path, "fr")
    result = run_build(root, "new", "lait", "--title", "Le lait\u202e", "--source", "communique")
    assert result.code == 1
    assert result.err.startswith("error: --title: invisible control character U+202E"), result.err
    assert not (root / "content" / "lait").exists()


# --- 2. `cite` finds a dash and a grouped number typed as a keyboard types them ------------------------------

TYPED = [
    # (typed, the source's words `cite` prints)
    ("COMMUNIQUÉ DE PRESSE - Organisation", "COMMUNIQUÉ DE PRESSE – Organisation"),
    ("la Laiterie Vernon - à compter", "la Laiterie Vernon — à compter"),
    ("la Laiterie Vernon -- à compter", "la Laiterie Vernon — à compter"),
    ("Le conflit Vernon-OPLO", "Le conflit Vernon–OPLO"),
    ("fédère 1250 exploitations", f"fédère 1{NNBSP}250 exploitations"),
    ("atteint 600000000 litres", "atteint 600 000 000 litres"),
]


@pytest.mark.parametrize("typed, printed", TYPED)
def test_cite_finds_words_typed_with_a_keyboards_dash_or_an_ungrouped_number(tmp_path: Path, typed: str,
                                                                              printed: str):
    root = library(tmp_path)
    result = run_build(root, "cite", "communique", typed)
    assert result.code == 0, result.err
    assert yaml.safe_load(result.out)["quote"] == printed  # the source's own characters, which anchor


@pytest.mark.parametrize("typed", ["fédère 12500 exploitations", "fédère 125 exploitations", "Vernon OPLO",
                                   "1250,5 exploitations"])
def test_cite_still_refuses_other_words(tmp_path: Path, typed: str):
    result = run_build(library(tmp_path), "cite", "communique", typed)
    assert result.code == 1
    assert "the words are not in the source" in result.err


def test_a_citation_cite_printed_for_typed_words_builds(tmp_path: Path):
    root = library(tmp_path)
    printed = run_build(root, "cite", "communique", "fédère 1250 exploitations, suspend").out
    quote = yaml.safe_load(printed)["quote"]
    folder = root / "content" / "lait"
    folder.mkdir()
    (folder / "briefing.yaml").write_text(
        "title: Le lait\nsummary: |\n  L'OPLO fédère 1 250 exploitations.[^a]\nlanguage: fr\nupdates:\n"
        "  - date: 2026-03-14\n    kind: update\n    text: Première publication.\nparties:\n"
        "  - id: oplo\n    name: OPLO\n  - id: vernon\n    name: Laiterie Vernon\n"
        f"citations:\n  a:\n    source: communique\n    quote: \"{quote}\"\n", encoding="utf-8")
    result = run_build(root, "check")
    assert result.code == 0, result.err


# --- 3. what the French briefing met: "M€" as a figure's unit, and "1er mars" on the page --------------------

DEPECHE = ("Selon la Laiterie Vernon, la suspension pourrait coûter jusqu'à 15 M€ par mois au groupe. "
           "Les prix baissent depuis le 1er mars 2026.\n")


def french_briefing(tmp_path: Path, unit: str, value: str = "15", first: str = "2026-03-01") -> Path:
    """Return a French project whose briefing's claim gives the suspension's cost as `value` in `unit`."""
    root = library(tmp_path, "fr", DEPECHE)
    folder = root / "content" / "lait"
    folder.mkdir()
    (folder / "briefing.yaml").write_text(
        "title: Le lait\nsummary: |\n  Les prix baissent depuis le 1er mars 2026.[^mars]\nupdates:\n"
        f"  - date: {first}\n    kind: update\n    text: Première publication.\nparties:\n"
        "  - id: oplo\n    name: OPLO\n  - id: vernon\n    name: Laiterie Vernon\n"
        "citations:\n  mars:\n    source: communique\n    quote: Les prix baissent depuis le 1er mars 2026.\n"
        "  cout:\n    source: communique\n    quote: \"Selon la Laiterie Vernon, la suspension pourrait coûter jusqu'à "
        "15 M€ par mois au groupe.\"\n", encoding="utf-8")
    (folder / "claims.yaml").write_text(
        "topics:\n  - id: cout\n    title: Le coût\n    claims:\n      - claimant: La Laiterie Vernon\n"
        "        parties: [vernon]\n        says: Selon le groupe, la suspension pourrait coûter jusqu'à 15 M€ par mois.\n"
        f"        figures:\n          - {{measure: Coût mensuel, value: {value}, bound: up to, unit: \"{unit}\"}}\n"
        "        status: claim\n        cite: [cout]\n", encoding="utf-8")
    return root


@pytest.mark.parametrize("unit", ["M€", "M €", "millions d'euros"])
def test_a_figure_in_m_euros_builds_citing_a_passages_m_euros(tmp_path: Path, unit: str):
    result = run_build(french_briefing(tmp_path, unit), "check")
    assert result.code == 0, result.err


@pytest.mark.parametrize("unit, value, named", [("M€", "16", "figure 16"), ("Md€", "15", "figure 15"),
                                                ("€", "15", "figure 15")])
def test_a_figure_in_m_euros_is_still_refused_when_it_differs(tmp_path: Path, unit: str, value: str, named: str):
    result = run_build(french_briefing(tmp_path, unit, value), "check")
    assert result.code == 1
    assert f"content/lait/claims.yaml:9: {named} (Coût mensuel)" in result.err, result.err


def test_a_french_page_writes_the_first_of_a_month_as_1er(tmp_path: Path):
    root = french_briefing(tmp_path, "M€")
    result = run_build(root)
    assert result.code == 0, result.err
    page = (root / "site" / "lait" / "index.html").read_text(encoding="utf-8")
    assert "1er mars 2026" in page.split("Première publication", 1)[1][:200]
    assert ">1 mars 2026<" not in page


def test_only_french_writes_the_first_of_a_month_otherwise(tmp_path: Path):
    from explainer.locale import load_locales

    locales, _ = load_locales(library(tmp_path))
    assert locales["en"].date("2026-03-01") == "1 March 2026"
    assert locales["de"].date("2026-03-01") == "1. März 2026"
    assert locales["es"].date("2026-03-01") == "1 de marzo de 2026"
    assert locales["fr"].date("2026-03-01") == "1er mars 2026"
    assert locales["fr"].date("2026-03-02") == "2 mars 2026"


# --- 4. misstatements the French briefing let through: a rate after "M€", a French rank -----------------------

def one_french_sentence(tmp_path: Path, source: str, summary: str) -> list[str]:
    """Return `check`'s error lines for a French briefing whose summary `summary` cites the whole of `source`."""
    root = library(tmp_path, "fr", source + "\n")
    folder = root / "content" / "lait"
    folder.mkdir()
    (folder / "briefing.yaml").write_text(
        f"title: Le lait\nsummary: |\n  {summary}[^q]\nupdates:\n  - date: 2026-03-14\n    kind: update\n"
        "    text: Première publication.\nparties:\n  - id: oplo\n    name: OPLO\n  - id: vernon\n"
        f"    name: Laiterie Vernon\ncitations:\n  q:\n    source: communique\n    quote: \"{source}\"\n", encoding="utf-8")
    result = run_build(root, "check")
    assert "Traceback" not in result.err
    return [line for line in result.err.splitlines() if line.startswith("error")]


COST = "Selon la Laiterie Vernon, la suspension pourrait coûter jusqu'à 15 M€ par mois au groupe."
RANK = "La Laiterie Vernon, troisième transformateur laitier français, a réagi."

FRENCH_SENTENCES = [
    # (source, sentence, "ok" or what the error says)
    (COST, COST.replace("par mois", "par an"), 'figure "15 M€" is given per year'),
    (COST, COST.replace("15 M€ par mois", "15 millions d'euros par an"), "is given per year"),
    ("Le loyer est de 450 € par mois.", "Le loyer est de 450 € par an.", 'figure "450 €" is given per year'),
    (COST, COST, "ok"),
    (COST, COST.replace("15 M€ par mois", "15 millions d'euros mensuels"), "ok"),
    (RANK, RANK.replace("troisième", "deuxième"),
     "says 'deuxième transformateur' where its cited passages say 'troisième transformateur'"),
    (RANK.replace("troisième", "3e"), RANK.replace("troisième", "quatrième"),
     "says 'quatrième transformateur' where its cited passages say '3e transformateur'"),
    ("La réunion du 1er avril est la deuxième réunion.", "La réunion du 1er avril est la troisième réunion.",
     "says 'troisième réunion'"),
    (RANK, RANK, "ok"),
    (RANK, RANK.replace("troisième", "3e"), "ok"),
    ("Les livraisons reprendront le 1er avril.", "Le premier avril, les livraisons reprendront.", "ok"),
    ("Le chiffre d'affaires recule pour le troisième trimestre consécutif.",
     "Le chiffre d'affaires recule pour le troisième trimestre consécutif.", "ok"),
]


@pytest.mark.parametrize("source, sentence, outcome", FRENCH_SENTENCES)
def test_a_french_rate_or_rank_changed_is_refused_and_the_sources_own_builds(tmp_path: Path, source: str,
                                                                              sentence: str, outcome: str):
    errors = one_french_sentence(tmp_path, source, sentence)
    if outcome == "ok":
        assert errors == []
    else:
        assert len(errors) == 1 and errors[0].startswith("error: content/lait/briefing.yaml:3: `summary`: "), errors
        assert outcome in errors[0]


# --- 5. honest French wordings the briefing met refused -------------------------------------------------------

CROWD = "Au moins 300 producteurs ont manifesté samedi devant le siège du groupe à Laval."
VITRE = "Le groupe prévoit de fermer son site de Vitré si les livraisons ne reprennent pas avant le 1er avril."

HONEST_FRENCH = [
    # (source, an honest restatement that was refused)
    (CROWD, "Pas moins de 300 producteurs ont manifesté samedi devant le siège du groupe à Laval."),
    (CROWD, "300 producteurs au moins ont manifesté samedi devant le siège du groupe à Laval."),
    (CROWD, "Trois cents producteurs au moins ont manifesté samedi devant le siège du groupe à Laval."),
    ("Le coût atteint environ 460 euros.", "Le coût atteint 460 euros environ."),
    (VITRE, "Le groupe prévoit de fermer son site de Vitré faute de reprise des livraisons avant le 1er avril."),
    (VITRE, "Le groupe prévoit de fermer son site de Vitré si les livraisons n'ont pas repris d'ici au 1er avril."),
    ("Il ne partira pas avant le 1er avril.", "Il partira au plus tôt le 1er avril."),
    ("La réunion aura lieu avant le 1er avril.", "La réunion aura lieu d'ici au 1er avril."),
]


@pytest.mark.parametrize("source, sentence", HONEST_FRENCH)
def test_an_honest_french_restatement_builds(tmp_path: Path, source: str, sentence: str):
    assert one_french_sentence(tmp_path, source, sentence) == []


STILL_REFUSED = [
    # (source, a misstatement, what the error says)
    (CROWD, "300 producteurs ont manifesté samedi devant le siège du groupe à Laval.", "leaves out the qualifier"),
    (CROWD, "Pas plus de 300 producteurs ont manifesté samedi devant le siège du groupe à Laval.", "contradicts"),
    ("300 producteurs au moins ont manifesté samedi.", "300 producteurs ont manifesté samedi.",
     'leaves out the qualifier of "300 producteurs au moins"'),
    ("Le coût atteint 460 euros environ.", "Le coût atteint 460 euros.", "leaves out the qualifier"),
    ("Le coût atteint 460 euros au plus.", "Le coût atteint plus de 460 euros.", "contradicts"),
    (VITRE, "Le groupe prévoit de fermer son site de Vitré le 1er avril.", "leaves out the bound"),
    (VITRE, "Le groupe prévoit de fermer son site de Vitré si les livraisons ne reprennent pas après le 1er avril.",
     "turns the other way"),
    ("Il ne partira pas avant le 1er avril.", "Il partira avant le 1er avril.", "turns the other way"),
    ("La réunion n'aura pas lieu avant 2027.", "La réunion aura lieu d'ici au 1er avril 2027.", "2027"),
]


@pytest.mark.parametrize("source, sentence, named", STILL_REFUSED)
def test_the_french_misstatement_beside_it_is_still_refused(tmp_path: Path, source: str, sentence: str, named: str):
    errors = one_french_sentence(tmp_path, source, sentence)
    assert errors and errors[0].startswith("error: content/lait/briefing.yaml:3: `summary`: "), errors
    assert named in errors[0]


def test_300_ont_au_moins_is_no_bound_of_the_figure(tmp_path: Path):
    # "au moins" after a verb qualifies the verb ("at least they marched"), not the figure.
    assert one_french_sentence(tmp_path, "300 producteurs ont au moins manifesté samedi.",
                               "300 producteurs ont manifesté samedi.") == []


def test_a_figure_without_its_scale_is_told_the_unit_french_writes(tmp_path: Path):
    result = run_build(french_briefing(tmp_path, "euros"), "check")
    assert result.code == 1
    assert ("figure 15 (Coût mensuel) is not in the passages cited for it (the passages give it as 15 million: give "
            "the figure a unit that says so (`unit: million`, with its currency if it is a sum: `US$ million`, `M€`))"
            ) in result.err, result.err


# --- 6. whose words, in French: "L'OPLO a déclaré", "a qualifié de « ... »" ------------------------------------

VERNON = "La Laiterie Vernon a qualifié vendredi de « prise d'otage » la décision de l'OPLO."
MINISTRY = ("Le ministère de l'Agriculture a confirmé que le médiateur des relations commerciales agricoles avait été "
            "saisi jeudi 12 mars 2026.")
LE_GOFF = "« Nous ne pouvons plus produire à perte », a déclaré Marie Le Goff, présidente de l'OPLO."

SPEAKERS = [
    # (source, sentence, "ok" or the speaker the error names)
    (VERNON, "L'OPLO a qualifié vendredi de « prise d'otage » la décision de la Laiterie Vernon.", "to L'OPLO"),
    (MINISTRY, "L'OPLO a confirmé que le médiateur des relations commerciales agricoles avait été saisi jeudi 12 mars "
               "2026.", "to L'OPLO"),
    (MINISTRY, "Le médiateur des relations commerciales agricoles a été saisi jeudi 12 mars 2026, selon l'OPLO.",
     "to l'OPLO"),
    (LE_GOFF, "« Nous ne pouvons plus produire à perte », a déclaré Olivier Castel.", "to Olivier Castel"),
    (VERNON, VERNON, "ok"),
    (VERNON, "Vernon qualifie de « prise d'otage » la décision de l'OPLO.", "ok"),
    (MINISTRY, "Le médiateur des relations commerciales agricoles a été saisi jeudi 12 mars 2026, selon le ministère "
               "de l'Agriculture.", "ok"),
    (LE_GOFF, "Selon l'OPLO, « nous ne pouvons plus produire à perte ».", "ok"),
    (VERNON, "L'OPLO parle de « prise d'otage ».", "to L'OPLO"),
    (VERNON, "Olivier Castel parle de « prise d'otage ».", "to Olivier Castel"),
    (VERNON, "La Laiterie Vernon parle de « prise d'otage ».", "ok"),
]


@pytest.mark.parametrize("source, sentence, outcome", SPEAKERS)
def test_a_french_speaker_named_with_an_elided_article_is_read(tmp_path: Path, source: str, sentence: str,
                                                                outcome: str):
    errors = one_french_sentence(tmp_path, source, sentence)
    if outcome == "ok":
        assert errors == []
    else:
        # the speaker named, and nothing but this sentence refused (a swap of the two parties' places may be named
        # beside it: "la décision de la Laiterie Vernon" for "la décision de l'OPLO")
        assert any(f"this sentence gives the words {outcome}, but its cited passages give them" in error
                   for error in errors) and all("briefing.yaml:3: `summary`" in error for error in errors), errors


# --- 7. a French meeting only scheduled, told as held -----------------------------------------------------------

MEETING = "Une première réunion est prévue le 18 mars à Rennes."
HELD = [
    (MEETING, "Une première réunion a eu lieu le 18 mars à Rennes.", "tells as held ('a eu lieu')"),
    (MEETING, "Une première réunion s'est tenue le 18 mars à Rennes.", "tells as held ('s'est tenue')"),
    (MEETING, "Une première réunion doit se tenir le 18 mars à Rennes.", "ok"),
    ("Une première réunion a eu lieu le 18 mars à Rennes.", "Une première réunion s'est tenue le 18 mars à Rennes.",
     "ok"),
    ("Le sommet, prévu le 18 mars, a eu lieu à Rennes.", "Le sommet a eu lieu à Rennes.", "ok"),
]


@pytest.mark.parametrize("source, sentence, outcome", HELD)
def test_a_french_meeting_only_scheduled_is_not_told_as_held(tmp_path: Path, source: str, sentence: str,
                                                              outcome: str):
    errors = one_french_sentence(tmp_path, source, sentence)
    if outcome == "ok":
        assert errors == []
    else:
        assert len(errors) == 1 and f"this sentence {outcome} what its cited passages only schedule" in errors[0]


# --- 8. a French condition dropped ------------------------------------------------------------------------------

NO_DEAL = ("Si aucun accord n'est trouvé d'ici le 31 mars 2026, les livraisons resteront suspendues jusqu'à la "
           "conclusion d'un nouveau contrat.")
CLOSURE = "Le groupe fermera provisoirement son site de Vitré si les livraisons ne reprennent pas avant le 1er avril."
CONDITIONS = [
    (NO_DEAL, "Les livraisons resteront suspendues jusqu'à la conclusion d'un nouveau contrat.",
     "only on a condition ('Si aucun accord n'est trouvé d'ici le 31 mars 2026')"),
    (CLOSURE, "Le groupe fermera provisoirement son site de Vitré.",
     "only on a condition ('si les livraisons ne reprennent pas avant le 1er avril')"),
    (NO_DEAL, "Faute d'accord d'ici le 31 mars 2026, les livraisons resteront suspendues jusqu'à la conclusion d'un "
              "nouveau contrat.", "ok"),
    (NO_DEAL, "Les livraisons resteront suspendues jusqu'à la conclusion d'un nouveau contrat si aucun accord n'est "
              "trouvé d'ici le 31 mars 2026.", "ok"),
    (CLOSURE, "Le groupe fermera provisoirement son site de Vitré faute de reprise des livraisons avant le 1er avril.",
     "ok"),
    ("Même si les prix baissent, les producteurs resteront mobilisés.", "Les producteurs resteront mobilisés.", "ok"),
    ("Le groupe se demande si les producteurs resteront mobilisés.", "Les producteurs resteront mobilisés.", "ok"),
]


@pytest.mark.parametrize("source, sentence, outcome", CONDITIONS)
def test_a_french_condition_is_kept(tmp_path: Path, source: str, sentence: str, outcome: str):
    errors = one_french_sentence(tmp_path, source, sentence)
    if outcome == "ok":
        assert errors == []
    else:
        assert len(errors) == 1 and f"the source gives this {outcome}, but it is stated as plain fact" in errors[0]
        assert "(keep the condition ('si ...', 'à condition que ...', 'faute de ...')" in errors[0]


# --- 9. the whole French briefing: a press release and a news report ---------------------------------------------

def test_the_french_briefing_builds_and_its_page_writes_french(tmp_path: Path):
    from conftest import REPO, copy_templates, copy_tree

    root = tmp_path / "desk"
    copy_tree(REPO / "tests" / "fixtures" / "newuser15-lait", root)
    copy_templates(root)
    copy_tree(REPO / "static", root / "static")
    result = run_build(root)
    assert result.code == 0, result.err
    page = (root / "site" / "lait-ouest" / "index.html").read_text(encoding="utf-8")
    for shown in ("1er janvier 2026", f"1{NNBSP}250 exploitations", "2,1 Md€", "3,5 %", "« prise d'otage »",
                  "Coût mensuel de la suspension <span class=\"unit\">(M€)", "Ce qui était faux"):
        assert shown in page.replace("&#39;", "'").replace("&nbsp;", "\u00a0"), shown
