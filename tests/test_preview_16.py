"""The preview's own pages (the error page, "no page here", "the project folder is gone") speak the site's language.

A Portuguese editor (newuser21) met them in English on a Portuguese site. Each built-in locale now words them, a
project locale may (English where it lacks any of them, and nothing is said), the page's `lang` is that of its words
and the problems stay as the build printed them, marked as English. Rendered in-process; one server start checks
that `serve` hands the pages the site's words.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from explainer.error_page import render_error_page, render_not_found_page
from explainer.locale import PREVIEW_LABELS, load_locales, placeholder_problem
from explainer.preview_words import preview_labels
from explainer.problems import Problem

from test_serve import SLUG, fetch, serving

PROBLEM = Problem(f"content/{SLUG}/briefing.yaml", 2, "quote not found in source report", "quote its exact words", 3)
# A Brazilian project's own locale, as newuser21 wrote it (its site is `pt-BR`): none of the preview's labels.
PORTUGUESE = Path(__file__).parent / "fixtures" / "newuser_21" / "locales" / "pt.yaml"
WITHOUT_PREVIEW = PORTUGUESE.read_text(encoding="utf-8")


def site(root: Path, language: str | None, locale: str | None = None) -> Path:
    """Make a project folder with a site.yaml in `language` (none: the key left out) and maybe locales/pt.yaml."""
    (root / "content" / SLUG).mkdir(parents=True)
    (root / "content" / "site.yaml").write_text("title: T\n" + (f"language: {language}\n" if language else ""),
                                                encoding="utf-8")
    (root / "content" / SLUG / "briefing.yaml").write_text("title: x\nsummary: y\n", encoding="utf-8")
    if locale is not None:
        (root / "locales").mkdir()
        (root / "locales" / "pt.yaml").write_text(locale, encoding="utf-8")
    return root


def pages(root: Path) -> tuple[str, str, str]:
    """Return the error page, the "no page here" page and the "folder is gone" page in the site's words."""
    labels = preview_labels(root)
    return (render_error_page(root, [PROBLEM, PROBLEM], "site", True, labels).decode(),
            render_not_found_page("/gone/", "site", "", labels).decode(),
            render_not_found_page("/gone/", "site", "/home/ed/briefings", labels).decode())


def opening(page: str) -> str:
    return re.search(r"<html[^>]*>", page).group(0)


@pytest.mark.parametrize("language, heading, missing, gone", [
    ("fr-CA", "Le dossier n’a pas pu être construit\u00a0: 2 problèmes", "n’a pas de page à cette adresse",
     "Le répertoire du projet <code>/home/ed/briefings</code> a disparu"),
    ("de", "Das Erklärstück wurde nicht erstellt: 2 Probleme", "hat unter dieser Adresse keine Seite",
     "Der Projektordner <code>/home/ed/briefings</code> ist nicht mehr da"),
    ("es-MX", "No se pudo generar la explicación: 2 problemas", "no tiene ninguna página en esta dirección",
     "La carpeta del proyecto <code>/home/ed/briefings</code> ya no está"),
])
def test_the_preview_pages_speak_a_built_in_language_with_the_problems_left_in_english(tmp_path, language, heading,
                                                                                        missing, gone):
    error, not_found, folder_gone = pages(site(tmp_path, language))
    for page in (error, not_found, folder_gone):
        assert opening(page) == f'<html lang="{language}">', "the site's own tag, region and all"
        assert "did not build" not in page and "No page at" not in page and "is gone" not in page
    assert f"<h1>{heading}</h1>" in error
    assert '<p class="message" lang="en" dir="ltr">quote not found in source report</p>' in error
    assert '<p class="hint" lang="en" dir="ltr">quote its exact words</p>' in error
    assert f'<h2 class="where">content/{SLUG}/briefing.yaml:2:3</h2>' in error, "the place as the build printed it"
    assert "<code>site/</code>" in error and missing in not_found and gone in folder_gone


def test_an_arabic_site_has_its_preview_pages_right_to_left_with_paths_left_to_right(tmp_path):
    error, not_found, folder_gone = pages(site(tmp_path, "ar"))
    for page in (error, not_found, folder_gone):
        assert opening(page) == '<html lang="ar" dir="rtl">'
    assert "<h1>تعذّر بناء الملخص: عدد المشكلات 2</h1>" in error
    assert f'<h2 class="where" dir="ltr">content/{SLUG}/briefing.yaml:2:3</h2>' in error  # ":2:3" stays after it
    assert '<pre class="excerpt" dir="ltr"' in error  # the file's lines keep their indentation on the left
    assert '<code dir="ltr">site/</code>' in error and '<code dir="ltr">/home/ed/briefings</code>' in folder_gone
    assert '<h1>لا توجد صفحة على العنوان <code dir="ltr">/gone/</code></h1>' in not_found
    assert '<a href="/">كل الملخصات</a>' in not_found
    one = render_error_page(tmp_path, [PROBLEM], "site", False, preview_labels(tmp_path)).decode()
    assert "<h1>تعذّر بناء الملخص: مشكلة واحدة</h1>" in one and "لا يوجد في <code" in one


def test_a_project_locale_without_the_preview_labels_builds_and_leaves_the_preview_in_english(tmp_path):
    """A project locale need not translate the preview: nothing is said, and the page is English, tagged so."""
    root = site(tmp_path, "pt-BR", WITHOUT_PREVIEW)
    assert "preview_" not in WITHOUT_PREVIEW and load_locales(root)[1] == [], "no 'label is missing' for the preview's"
    error, not_found, _ = pages(root)
    assert "<h1>The briefing did not build: 2 problems</h1>" in error and opening(error) == '<html lang="en">'
    assert opening(not_found) == '<html lang="en">' and '<a href="/">All briefings</a>' in not_found, "no mixed page"


def test_a_project_locale_with_the_preview_labels_words_them_escaped_under_the_sites_tag(tmp_path):
    portuguese = (WITHOUT_PREVIEW + "\n" + "\n".join(f'{key}: "<b>pt</b> {key} {{{name}}}"' for key, name in (
        ("preview_failed_title", "where"), ("preview_failed_one", "count"), ("preview_failed_many", "count"),
        ("preview_kept", "folder"), ("preview_none_kept", "folder"), ("preview_fix", "count"),
        ("preview_not_found_title", "address"), ("preview_no_page", "address"), ("preview_missing", "folder"),
        ("preview_gone", "folder"))).replace("preview_fix {count}", "preview_fix") + "\n")
    error, not_found, folder_gone = pages(site(tmp_path, "pt-BR", portuguese))
    assert opening(error) == opening(not_found) == '<html lang="pt-BR">'
    assert "<h1>&lt;b&gt;pt&lt;/b&gt; preview_failed_many 2</h1>" in error and "<b>" not in error
    assert "preview_kept <code>site/</code>" in error and "preview_no_page <code>/gone/</code>" in not_found
    assert "preview_gone <code>/home/ed/briefings</code>" in folder_gone
    assert '<p class="message" lang="en" dir="ltr">' in error


def test_a_site_without_a_language_or_with_a_broken_site_yaml_is_english_or_keeps_its_words(tmp_path):
    assert preview_labels(site(tmp_path / "plain", None)).language == "en"
    error = pages(tmp_path / "plain")[0]
    assert opening(error) == '<html lang="en">' and "<h1>The briefing did not build: 2 problems</h1>" in error
    assert '<p class="message">quote not found' in error, "an English page marks nothing as English"
    broken = site(tmp_path / "broken", "fr")
    (broken / "content" / "site.yaml").write_text("title: [unclosed\nlanguage: fr\n", encoding="utf-8")
    assert preview_labels(broken) is None, "the server keeps the words it had: a typo does not turn the page English"
    assert preview_labels(tmp_path / "nowhere") is None


def test_every_built_in_locale_words_every_preview_label_with_only_englishs_placeholders():
    locales, problems = load_locales(Path("/nonexistent"))
    assert problems == []
    for language in ("ar", "de", "en", "es", "fr"):
        for key in PREVIEW_LABELS:
            value = locales[language][key]
            assert isinstance(value, str) and value.strip(), (language, key)
            assert placeholder_problem(value, locales["en"][key]) is None, (language, key, value)
            assert language == "en" or value != locales["en"][key], f"{language}: {key} left in English"


def test_serve_shows_its_error_page_and_its_no_page_page_in_the_sites_language(project: Path):
    """One server: the pages `serve` shows are the site's words, through a build that fails and a missing page."""
    site_yaml = project / "content" / "site.yaml"
    site_yaml.write_text(re.sub(r"(?m)^language: en$", "language: fr", site_yaml.read_text(encoding="utf-8")),
                         encoding="utf-8")
    briefing = project / "content" / SLUG / "briefing.yaml"
    good = briefing.read_text(encoding="utf-8")
    shutil.rmtree(project / "content" / SLUG)  # a briefing in another language needs its own checks; none here
    with serving(project) as server:
        server.wait_until(lambda: "built in" in server.output or "failed" in server.output, "the first build")
        status, page = fetch(server.url + "no-such-briefing/")
        assert status == 404 and opening(page) == '<html lang="fr">', page
        assert "Aucune page à l’adresse <code>/no-such-briefing/</code>" in page and "Tous les dossiers" in page
        (project / "content" / SLUG).mkdir()
        briefing.write_text(good.replace("title: ", "title: [unclosed ", 1), encoding="utf-8")
        server.wait_until(lambda: fetch(server.url + f"{SLUG}/")[0] == 500, "the error page")
        status, page = fetch(server.url + f"{SLUG}/")
        assert opening(page) == '<html lang="fr">' and "<h1>Le dossier n’a pas pu être construit\u00a0: " in page, page
        assert f"content/{SLUG}/briefing.yaml:" in page


def test_the_server_keeps_the_sites_words_while_site_yaml_is_broken(tmp_path):
    """A typo in site.yaml is itself shown on the error page: in the words the site had, not suddenly in English."""
    import threading

    from explainer.build_worker import Outcome
    from explainer.project import Project
    from explainer.serve import Builds

    class Failing:  # the build worker, as far as a failed build's publishing goes
        def build(self, changed, stopping):
            return Outcome((PROBLEM,), None, (), 0.1)

    root = site(tmp_path / "project", "de")
    published = []
    builds = Builds(Failing(), Project.at(root), threading.Event(), published.append)
    builds.run([])
    (root / "content" / "site.yaml").write_text("title: [unclosed\nlanguage: de\n", encoding="utf-8")
    builds.run([])
    for outcome in published:
        assert outcome.labels.language == "de" and "<h1>Das Erklärstück wurde nicht erstellt: 1 Problem</h1>" in \
            outcome.error_page.decode()


@pytest.mark.browser
def test_the_arabic_preview_pages_have_no_axe_violations_and_no_sideways_scroll(chromium, tmp_path):
    """Right to left, with its paths, problems and the file's lines left to right inside."""
    from browser_support import axe_audit

    root = site(tmp_path, "ar")
    (root / "content" / SLUG / "briefing.yaml").write_text("title: x\nsummary: " + "كلمات المصدر " * 30 + "\n",
                                                           encoding="utf-8")
    error = render_error_page(root, [PROBLEM, Problem("content/site.yaml", 2, "unknown key", "remove it", 1)],
                              "site", True, preview_labels(root)).decode()
    page = chromium.new_page(viewport={"width": 320, "height": 700})
    for html in (error, pages(root)[2]):
        page.set_content(html)
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
        for scheme in ("light", "dark"):
            page.emulate_media(color_scheme=scheme)
            results = axe_audit(page)
            assert results.violations_count == 0, f"{scheme}: {results.generate_report()}"
    page.close()
