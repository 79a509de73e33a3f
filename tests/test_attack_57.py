"""Round fifty-seven of attacks on the preview, the error page, `changes`, templates and the build's reads: what rounds
54 to 56 left open.

3. The error page's note of a cut line was English on every page ("… (1,006 more characters not shown)" on a French
   site). It takes the site's locale's words like the page's others (`preview_cut`, optional: a locale without it
   has English's, marked `lang="en"`), with its plural, in the locale's digits and separators: "… (1 006 caractères
   de plus non affichés)" (explainer/error_page.py, the built-in locales). Honest twins: an English page marks
   nothing; a project locale that words the ten other preview labels keeps its page in its language.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from explainer.error_page import render_error_page
from explainer.preview_words import preview_labels
from explainer.problems import Problem

from test_preview_16 import SLUG, WITHOUT_PREVIEW, site


# --- 3. fixed: the note of a cut line is in the site's language --------------------------------------------------------

def _cut_page(root: Path, left_out: int = 1006) -> str:
    """Return the error page of a problem on a briefing's line of 2,000 + `left_out` characters."""
    briefing = root / "content" / SLUG / "briefing.yaml"
    briefing.write_text("title: x\nsummary: y\nnote: " + "z" * (1994 + left_out) + "\n", encoding="utf-8")
    problem = Problem(f"content/{SLUG}/briefing.yaml", 3, "mapping values are not allowed here", "", 5)
    return render_error_page(root, [problem], "site", True, preview_labels(root)).decode("utf-8")


@pytest.mark.parametrize("language, note", [
    ("fr", '<span class="cut">… (1\u202f006 caractères de plus non affichés)</span>'),
    ("de", '<span class="cut">… (1.006 weitere Zeichen nicht angezeigt)</span>'),
    ("es-MX", '<span class="cut">… (1.006 caracteres más sin mostrar)</span>'),
    ("ar", '<span class="cut" dir="rtl">… (عدد الأحرف الأخرى غير المعروضة: 1,006)</span>'),
], ids=["fr", "de", "es", "ar"])
def test_the_note_of_a_cut_line_is_in_the_sites_language(tmp_path, language: str, note: str):
    """Before, each was "… (1,006 more characters not shown)", marked as English."""
    page = _cut_page(site(tmp_path, language))
    assert note in page, page[page.find('class="cut"') - 20:][:200]
    assert "more characters" not in page


def test_the_note_of_a_cut_line_counts_one_character_as_one(tmp_path):
    page = _cut_page(site(tmp_path, "fr"), 1)
    assert "… (1 caractère de plus non affiché)</span>" in page


def test_an_english_page_notes_a_cut_line_in_english_marking_nothing(tmp_path):
    """The twin: English as before, and not marked as foreign on an English page."""
    page = _cut_page(site(tmp_path, "en"))
    assert '<span class="cut">… (1,006 more characters not shown)</span>' in page
    assert _cut_page(site(tmp_path / "one", "en"), 1).count("(1 more character not shown)") == 1


def test_a_project_locale_without_the_note_gives_englishs_marked_and_keeps_its_own_words(tmp_path):
    """The twin: a Portuguese locale wording the ten other preview labels keeps them; only the note is English."""
    portuguese = WITHOUT_PREVIEW + "\n" + "\n".join(f'{key}: "pt {key}{placeholder}"' for key, placeholder in (
        ("preview_failed_title", " {where}"), ("preview_failed_one", " {count}"), ("preview_failed_many", " {count}"),
        ("preview_kept", " {folder}"), ("preview_none_kept", " {folder}"), ("preview_fix", ""),
        ("preview_not_found_title", " {address}"), ("preview_no_page", " {address}"), ("preview_missing", " {folder}"),
        ("preview_gone", " {folder}"))) + "\n"
    page = _cut_page(site(tmp_path, "pt-BR", portuguese))
    assert '<html lang="pt-BR">' in page and "pt preview_fix" in page
    assert '<span class="cut" lang="en">… (1,006 more characters not shown)</span>' in page
