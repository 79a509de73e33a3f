"""Round fifty-seven of attacks on the preview, the error page, `changes`, templates and the build's reads: what rounds
54 to 56 left open.

3. The error page's note of a cut line was English on every page ("… (1,006 more characters not shown)" on a French
   site). It takes the site's locale's words like the page's others (`preview_cut`, optional: a locale without it
   has English's, marked `lang="en"`), with its plural, in the locale's digits and separators: "… (1 006 caractères
   de plus non affichés)" (explainer/error_page.py, the built-in locales). Honest twins: an English page marks
   nothing; a project locale that words the ten other preview labels keeps its page in its language.
5. `|urlencode`, `|xmlattr` and `|urlize` were measured only once made: `(" " * 25,000,000)|urlencode` wrote 75
   million characters (`%20` each), `{"title": "&" * 25,000,000}|xmlattr` 125 million, `("ab.com " * 3,000,000)
   |urlize` 147 million (a link of each word), `urlize(rel="x" * 10000)` of 20,000 links 200 million, past the 100 MiB
   the test gives. Each is measured from its value first ("'|urlencode' would make a string of over 30,000,000
   characters") (explainer/template_strings.py `_urlencoded`, `_xml_attributes`, `_urlized`). Honest twins: 25
   million characters quoted as they are, 9 million spaces (27 million), plain words urlized, 140,000 links with a
   rel of 150 characters (28 million): each built, and each filter writes Jinja's text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from explainer.error_page import render_error_page
from explainer.preview_words import preview_labels
from explainer.problems import Problem

from conftest import tree_digest
from support import error_lines
from test_attack_54 import FOOTER, HINT, LIMIT, _built_in_child, _footer
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


def test_an_english_page_counts_one_character_left_out_as_one(tmp_path):
    """Before, "(1 more characters not shown)"."""
    assert _cut_page(site(tmp_path, "en"), 1).count('<span class="cut">… (1 more character not shown)</span>') == 1


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


# --- 5. fixed: `|urlencode`, `|xmlattr` and `|urlize` measured before they are made ------------------------------------

def _repeated(piece: str, times: int) -> str:
    """Return a template's expression of `piece` a million times `times` (`*` makes at most a million characters)."""
    return f'(("x" * 1000000)|replace("x", "{piece}" * {times}))'


LENGTHENED = [  # (the filter, a value within the test's page limit of 30 million characters it writes past it)
    ("urlencode", "{{ " + _repeated(" ", 25) + "|urlencode|length }}"),  # each space `%20`
    ("urlencode", '{{ {"k": ' + _repeated("é", 6) + "}|urlencode|length }}"),  # each `%C3%A9`
    ("urlencode", '{{ [("q", ' + _repeated("/", 12) + ")]|urlencode|length }}"),  # `/` quoted in a query
    ("xmlattr", '{{ {"title": ' + _repeated("&", 25) + "}|xmlattr|length }}"),  # each `&amp;`
    ("urlize", "{{ " + _repeated("ab.com ", 3) + "|urlize|length }}"),  # each word a link
    ("urlize", '{{ ("ab.com " * 20000)|urlize(rel="x" * 10000)|length }}'),  # a long rel in each of 20,000 links
]


@pytest.mark.parametrize("name, made", LENGTHENED, ids=["spaces", "accents", "query", "xmlattr", "links", "rel"])
def test_a_filter_lengthening_its_value_past_a_pages_limit_is_refused_before_it_is_made(
        built_minimal: Path, name: str, made: str):
    """Before, each was made whole, three to twelve times its value, past the 100 MiB the test gives (named as the
    memory it took), or made and then measured."""
    good = tree_digest(built_minimal / "site")
    _footer(built_minimal, made)
    result = _built_in_child(built_minimal, MAX_PAGE_CHARACTERS=LIMIT, RENDER_MEMORY_BYTES=100 * 1024 ** 2)
    assert result.code == 1 and "Traceback" not in result.err, result.err
    assert tree_digest(built_minimal / "site") == good
    assert error_lines(result) == [f"{FOOTER}:2: template error: '|{name}' would make a string of over {LIMIT:,} "
                                   f"characters, past what a page may hold {HINT}"], result.err


WITHIN_LIMIT = [  # (the template, what the page shows): each within the page's limit of 30 million characters
    ("{{ " + _repeated("a", 25) + "|urlencode|length }}", "25000000"),  # nothing quoted
    ("{{ " + _repeated(" ", 9) + "|urlencode|length }}", "27000000"),
    ('{{ {"title": ' + _repeated("&", 5) + "}|xmlattr|length }}", "25000009"),
    ("{{ " + _repeated("plain words ", 2) + "|urlize|length }}", "24000000"),  # no word a link could be made of
    ('{{ ("ab.com " * 140000)|urlize|length }}', "7140000"),
    ('{{ ("ab.com " * 140000)|urlize(rel="x" * 150)|length }}', "28280000"),
]


@pytest.mark.parametrize("made, shown", WITHIN_LIMIT, ids=["unquoted", "quoted", "xmlattr", "words", "links", "rel"])
def test_a_filter_lengthening_its_value_within_a_pages_limit_builds(built_minimal: Path, made: str, shown: str):
    """The twins: what the filter makes within the limit, however near, is made."""
    _footer(built_minimal, made)
    result = _built_in_child(built_minimal, MAX_PAGE_CHARACTERS=LIMIT)
    assert result.code == 0, result.err[-800:]
    assert f"<footer>\n{shown}\n</footer>" in (built_minimal / "site/flood/index.html").read_text("utf-8")


def test_the_lengthening_filters_give_what_jinja_gives(tmp_path: Path):
    """Measured first, each still writes Jinja's own text."""
    from explainer.render import make_environment

    template = make_environment(tmp_path).from_string(
        '{{ "a b/é"|urlencode }}|{{ {"k y": "a/b", "n": 3}|urlencode }}|{{ [("q", "x y")]|urlencode }}|{{ 42|urlencode }}'
        '|<p{{ {"class": "a<b", "id": none}|xmlattr }}>|{{ "see ab.com & <b>, mail x@y.org."|urlize }}'
        '|{{ "www.example.org"|urlize(10, true, target="_blank") }}')
    assert template.render() == (
        'a%20b/%C3%A9|k+y=a%2Fb&amp;n=3|q=x+y|42|<p class="a&lt;b">|see <a href="https://ab.com" rel="noopener">ab.com</a>'
        ' &amp; &lt;b&gt;, mail <a href="mailto:x@y.org">x@y.org</a>.|<a href="https://www.example.org" '
        'rel="nofollow noopener" target="_blank">www.exampl...</a>')
