"""README promises that no other test held (an audit of "What the build checks in every sentence", "Output",
"Limits and security model" and "Design and accessibility"): each test quotes the promise it holds."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from conftest import REPO
from explainer.attribution import (Cited, check_prose, dropped_hedge, hedging_words, split_sentences,
                                   unbacked_superlatives)
from explainer.pipeline import load
from explainer.problems import ContentError
from explainer.project import Project
from support import build_ok, edit, error_lines, minimal_project, rebuild_fails

BRIEFING = "content/flood/briefing.yaml"


def findings(language: str, passage: str, prose: str) -> list[str]:
    """Return what the checks of a prose field say of `prose` (a [^p] marker added) citing `passage`."""
    prose += "[^p]"
    cited = [Cited(passage, language)]
    found = check_prose(prose, lambda key: cited, language)
    for sentence in split_sentences(prose):
        found += dropped_hedge(sentence.text, cited, sentence.start)
        found += unbacked_superlatives(sentence.text, cited, sentence.start, language)
    return [finding.message for finding in found]


# --- What the build checks in every sentence ---------------------------------------------------------------

# (language, passage, faithful prose, the same prose misstated): the faithful one passes, the other is refused,
# so a reading that is missing (the passage's figure or word not read) fails one side or the other.
READ = {
    # "45% = 45 per cent = 45-percent (and, in any text, ... prosent)"
    "45-percent": ("en", "Turnout was 45-percent.", "Turnout was 45%.", "Turnout was 46%."),
    "prosent": ("en", "Turnout was 45 prosent.", "Turnout was 45%.", "Turnout was 45 votes."),
    # "A figure given with a unit of measure (... `Rs 500`) must be given in that unit"
    "Rs 500": ("en", "The fine was 500 dollars.", "The fine was $500.", "The fine was Rs 500."),
    # "a day of the week (`Friday`, `vendredi`, ...) must be named in one of them too"
    "vendredi": ("fr", "Il est arrivé le vendredi 6 mars 2026.", "Il est arrivé vendredi 6 mars 2026.",
                 "Il est arrivé jeudi 6 mars 2026."),
    # Arabic qualifiers ("نحو", "أكثر من", "تصل إلى", ...)
    "تصل إلى": ("ar", "قتل ما تصل إلى ٣١ شخصاً.", "قتل ما تصل إلى ٣١ شخصاً.", "قتل ٣١ شخصاً."),
    # "Digits of one other script (`８００`, `٨٠٠`) are read as the figure they show"
    "fullwidth digits": ("en", "The army has 800 tanks.", "The army has \uff18\uff10\uff10 tanks.",
                         "The army has \uff19\uff10\uff10 tanks."),
    # Superlatives: "its most advanced" is a superlative too
    "its most advanced": ("en", "It is its most advanced jet.", "It is its most advanced jet.",
                          "It is its most powerful jet."),
    # Hedges kept: "purportedly"
    "purportedly": ("en", "The group purportedly attacked the post.", "The group attacked the post, officials said.",
                    "The group attacked the post."),
}


@pytest.mark.parametrize("case", sorted(READ))
def test_each_reading_the_readme_names_backs_the_faithful_and_refuses_the_misstated(case: str):
    language, passage, faithful, misstated = READ[case]
    assert findings(language, passage, faithful) == []
    assert findings(language, passage, misstated) != []


def test_unasserted_wording_of_a_disputed_claim_passes_and_the_bare_assertion_does_not():
    # "... unasserted ("declined to confirm", "demanded proof", "yet to be verified", ...) ... uses are fine"
    assert hedging_words("The toll is yet to be verified.", "en") == []
    assert hedging_words("The toll is verified.", "en") == ["verified"]


def test_a_bound_of_exact_does_not_replace_the_sources_qualifier(project: Path):
    # "a figure's `bound` must keep the qualifier the source gives it (...; `exact`, `planned` and
    # `and counting` are refused there)": test_misstatements holds the last two.
    claims = project / "content" / "pakistan-afghanistan-war" / "claims.yaml"
    edit(claims, "            bound: more than\n", "            bound: exact\n")
    with pytest.raises(ContentError) as refused:
        load(Project.at(project))
    assert [str(p) for p in refused.value.problems] == [
        "content/pakistan-afghanistan-war/claims.yaml:16: figure 400 (Taliban fighters wounded) is given as 'exact', "
        "but the passages cited for it say \"more than 400\" (write `bound: more than`, as the source qualifies it)"]


# --- Limits and security model ----------------------------------------------------------------------------

def test_a_sources_footnote_mark_copied_into_a_quote_is_named_and_the_quote_matches_without_it(built_minimal: Path):
    # "one after a stop, quotation mark or bracket, `killed.²`, is taken for a source's footnote mark, and the
    # error says to leave it out of the quote, which matches without it"
    root = built_minimal
    seed = root / "seeds" / "flood.txt"
    text = seed.read_text(encoding="utf-8").replace("by 5 metres.", "by 5 metres.\u00b2")
    seed.write_text(text, encoding="utf-8")
    sources = root / "content" / "sources.yaml"
    sources.write_text(re.sub(r"sha256: \w+", f"sha256: {hashlib.sha256(text.encode()).hexdigest()}",
                              sources.read_text(encoding="utf-8")), encoding="utf-8")
    good = build_ok(root)  # the citation's "Beta said the river rose by 5 metres." matches without the mark
    claims = root / "content" / "flood" / "claims.yaml"
    edit(claims, "quote: Beta said the river rose by 5 metres.", "quote: Beta said the river rose by 5 metres.\u00b2")
    [line] = error_lines(rebuild_fails(root, good))
    assert line.startswith("content/flood/claims.yaml:")
    assert "if it is a source's footnote mark, leave it out: a quote matches the source's words without it" in line


# --- Output -----------------------------------------------------------------------------------------------

def test_every_claim_row_note_and_quote_has_a_stable_id_and_a_link_to_this(real_site: Path):
    # "Every claim card, comparison row, note and quote has a stable id and a visible "link to this" anchor
    # (`#claim-<topic>-<n>`, `#row-<table>-<measure>`, `#quote-<id>`)."
    page = (real_site / "pakistan-afghanistan-war" / "index.html").read_text(encoding="utf-8")
    kinds = {
        "claim": re.findall(r'<div class="claim" id="([^"]+)"', page),
        "row": re.findall(r'<tr id="([^"]+)"', page),
        "note": re.findall(r'<li id="(remark-[^"]+)"', page),
        "quote": re.findall(r'<figure class="quote" id="([^"]+)"', page),
    }
    assert all(kinds.values()), kinds
    assert all(re.fullmatch(r"claim-[a-z0-9-]+-\d+", i) for i in kinds["claim"])
    assert all(re.fullmatch(r"row-strength-[a-z0-9-]+", i) for i in kinds["row"])
    assert all(i.startswith("quote-") for i in kinds["quote"])
    links = re.findall(r'<a class="permalink" href="#([^"]+)" aria-label="Link to this: [^"]+"></a>', page)
    for kind, ids in kinds.items():
        missing = [i for i in ids if i not in links]
        assert not missing, f"{kind} without a link to this: {missing}"
    # Visible: the empty link shows a "#" drawn by the stylesheet, and is not hidden on screen.
    css = (REPO / "static" / "style.css").read_text(encoding="utf-8")
    assert re.search(r'\.permalink::before\{content:"#"', css)


# --- Design and accessibility ------------------------------------------------------------------------------

def test_the_stylesheet_starts_with_its_colours_and_fonts_light_and_dark_and_holds_the_print_styles():
    # "`static/style.css` starts with the colours and font stacks as variables, light and dark
    # (`prefers-color-scheme`) ... There are no web fonts ... The same file holds the print stylesheet"
    css = (REPO / "static" / "style.css").read_text(encoding="utf-8")
    rules = re.sub(r"/\*.*?\*/", "", css, flags=re.S).strip()
    assert rules.startswith(":root{")
    root = rules[:rules.index("}")]
    assert all(f"--{name}:" in root for name in ("bg", "fg", "link", "p0", "p1", "serif", "sans"))
    # On screens only: paper stays light whatever the reader's scheme (test_reader_6.py).
    dark = re.search(r"@media (?:screen and )?\(prefers-color-scheme:dark\)\{:root\{([^}]*)\}", rules)
    assert dark and all(f"--{name}:" in dark.group(1) for name in ("bg", "fg", "link", "p0", "p1"))
    assert "@media print{" in rules
    assert "@font-face" not in rules and "@import" not in rules and not re.search(r"url\(\s*['\"]?(https?:)?//", rules)
    for name, generic in (("serif", "serif"), ("sans", "sans-serif")):
        stack = re.search(rf"--{name}:([^;}}]*)", root).group(1)
        assert stack.rstrip().endswith(f",{generic}"), f"--{name} must end with the generic family: {stack}"


def test_party_colours_follow_the_order_of_parties_in_briefing_yaml(tmp_path: Path):
    # "parties are `.p0`, `.p1` (and independent voices the rest), in the order of `parties` in `briefing.yaml`"
    root = minimal_project(tmp_path / "project")
    build_ok(root)

    def columns() -> list[tuple[str, str]]:
        page = (root / "site" / "flood" / "index.html").read_text(encoding="utf-8")
        return re.findall(r'<div class="column (p\d)">\s*<h\d[^>]*>([^<]*)<', page)

    assert columns() == [("p0", "Alpha"), ("p1", "Beta")]
    edit(root / BRIEFING, "  - id: alpha\n    name: Alpha\n  - id: beta\n    name: Beta\n",
         "  - id: beta\n    name: Beta\n  - id: alpha\n    name: Alpha\n")
    build_ok(root)
    assert columns() == [("p0", "Beta"), ("p1", "Alpha")]


def test_markers_are_plain_links_to_their_notes_and_the_preview_script_is_deferred(real_site: Path):
    # "a marker is a plain link, `[n]`, to its note, named "note n" for screen readers. `static/preview.js` (no
    # framework, loaded with `defer`)"
    page = (real_site / "pakistan-afghanistan-war" / "index.html").read_text(encoding="utf-8")
    scripts = re.findall(r"<script[^>]*\bsrc=[^>]*>", page)
    assert scripts == ['<script src="../static/preview.js" defer>']
    markers = re.findall(r'<a (?:data-beside )?id="cite-[^"]+" href="#([^"]+)" class="ref" aria-label="note (\d+)">\[(\d+)\]</a>', page)
    assert markers and all(named == shown for _, named, shown in markers)
    assert len(markers) == page.count('class="ref"')
    note_ids = set(re.findall(r'<li id="(note-[^"]+)"', page))
    assert {target for target, _, _ in markers} <= note_ids
    assert re.search(r"\bimport\b|require\(", (REPO / "static" / "preview.js").read_text(encoding="utf-8")) is None


def test_bars_share_one_linear_scale_from_zero_and_the_table_holds_the_same_figures(real_site: Path):
    # "bars share one linear scale from zero; a figure the source does not give is written "not given" and has
    # no bar. The SVG scales through its `viewBox`; the table above it holds the same figures"
    page = (real_site / "pakistan-afghanistan-war" / "index.html").read_text(encoding="utf-8")
    section = re.search(r'<section id="table-strength" class="comparison">.*?</section>', page, re.S).group(0)
    table_at, chart_at = section.index("<table"), section.index("<svg")
    assert table_at < chart_at, "the table comes above its chart"
    svg = section[chart_at:section.index("</svg>")]
    assert re.match(r'<svg viewBox="0 0 \d+ \d+"', svg) and "width=\"" not in svg.split(">")[0]
    bars = []  # (label, bar width or None), in the order drawn
    for match in re.finditer(r'(?:<rect class="bar (p\d)" x="([\d.]+)" y="[^"]*" width="([\d.]+)"[^>]*>\s*)?'
                             r'<text class="(value[^"]*)"[^>]*>([^<]*)</text>', svg):
        colour, x, width, kind, label = match.groups()
        assert x in (None, "0"), "every bar starts at zero"
        assert (width is None) == (kind == "value absent") == label.endswith("not given"), label
        bars.append((label, float(width) if width else None))
    scales = [width / float(re.search(r"([\d,]+)(?: planned)?$", label).group(1).replace(",", ""))
              for label, width in bars if width]
    assert len(scales) >= 3 and max(scales) - min(scales) < 0.01 / 1000, scales
    # The table: each party's cell, as the chart labels it, in the same order.
    parties = re.findall(r'<th scope="col" class="p\d">([^<]*)</th>', section)
    cells = [re.sub(r"<a [^>]*class=\"ref\"[^>]*>\[\d+\]</a>", "", cell)
             for row in re.findall(r"<tr id=\"row-[^\"]+\">(.*?)</tr>", section, re.S)
             for cell in re.findall(r"<td[^>]*>(.*?)</td>", row)]
    labels = [f"{parties[i % len(parties)]}: {cell}" for i, cell in enumerate(cells)]
    assert [label for label, _ in bars] == labels


def test_a_computed_ratio_is_marked_as_computed_on_the_page(real_site: Path):
    # "Numbers the build computes (a ratio) are marked as computed on the page and are not checked."
    page = (real_site / "pakistan-afghanistan-war" / "index.html").read_text(encoding="utf-8")
    [ratio] = re.findall(r'<p class="ratio"><span class="computed">([^<]*)</span> <span class="derived">([^<]*)</span>',
                         page)
    assert "3.8 times" in ratio[0]
    assert ratio[1] == "Computed by this site from the cited figures, not stated in the source."



def test_a_party_keeps_its_colour_in_a_table_and_chart_that_list_parties_in_another_order(tmp_path: Path):
    # "parties are `.p0`, `.p1` ..., in the order of `parties` in `briefing.yaml`": a table that lists only
    # Beta, or Beta first, must still colour Beta as its claims column is coloured (p1), not as Alpha.
    root = minimal_project(tmp_path / "project")
    (root / "content" / "flood" / "comparisons.yaml").write_text(
        "comparisons:\n"
        "  - id: rise\n"
        "    title: How far the river rose\n"
        "    parties: [beta, alpha]\n"
        "    rows:\n"
        "      - measure: River rise\n"
        "        unit: metres\n"
        "        values:\n"
        "          beta: {value: 5, cite: [beta-rise]}\n"
        "          alpha: {value: 3, cite: [alpha-rise]}\n"
        "    notes:\n"
        "      - party: beta\n"
        "        topic: the second rise\n"
        "        text: Beta said the river rose again.\n"
        "        cite: [beta-rise]\n", encoding="utf-8")  # claims.yaml's citations
    build_ok(root)
    page = (root / "site" / "flood" / "index.html").read_text(encoding="utf-8")
    columns = re.findall(r'<div class="column (p\d)">\s*<h\d[^>]*>([^<]*)<', page)
    assert len(columns) == 3 and set(columns) == {("p0", "Alpha"), ("p1", "Beta")}  # the claims', the note's
    headers = re.findall(r'<th scope="col" class="(p\d)">([^<]*)<', page)
    assert headers == [("p1", "Beta"), ("p0", "Alpha")]
    bars = re.findall(r'<rect class="bar (p\d)"[^>]*>\s*<text class="value"[^>]*>([^:<]*):', page)
    assert bars == [("p1", "Beta"), ("p0", "Alpha")]


def test_templates_compute_no_number_or_coordinate():
    # "Templates (`templates/`) hold markup only; every number, coordinate and grouping is computed in Python"
    arithmetic = re.compile(r"[\w)\]]\s*(?:[-+*/%]|//|\*\*)\s*[\w(]")
    found = []
    for template in sorted((REPO / "templates").glob("*.html")):
        text = re.sub(r"\{#.*?#\}", "", template.read_text(encoding="utf-8"), flags=re.S)
        for expression in re.findall(r"\{\{(.*?)\}\}|\{%(.*?)%\}", text, re.S):
            code = re.sub(r"'[^']*'|\"[^\"]*\"", "''", "".join(expression)).strip("-+ ")
            if arithmetic.search(code):
                found.append(f"{template.name}: {code}")
    assert found == []


def test_an_ipa_letter_in_a_latin_word_is_refused_and_a_no_break_or_thin_space_in_a_figure_is_not():
    # "IPA letters and small capitals inside a Latin word, ..., a space other than a no-break or thin space
    # between two digits" are refused (test_disguised_text holds the small capital and the hair space).
    from explainer.disguise import disguised_text

    assert disguised_text("The river rose on Tuesd\u0251y.") == (
        22, "U+0251 (LATIN SMALL LETTER ALPHA) stands inside a word of Latin letters: it looks like a Latin letter "
            "but is not read as one", "retype the word in plain letters, so that it reads as it looks")
    assert disguised_text("It rose 800\u00a0000 and 800\u2009000 and 800\u202f000.") is None
    assert disguised_text("It rose 800\u2002000.")[1] == "U+2002 (EN SPACE) between two digits is not allowed"
