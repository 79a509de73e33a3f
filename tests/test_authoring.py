"""The authoring helpers as an editor uses them: `cite` and the Text Fragments into the original."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from conftest import REPO, run_build
from explainer.fragments import first_match
from support import edit, minimal_project, project_with_a_note_no_fragment_singles_out

SEED = "000_bd91349fafd64fe6.txt"


def test_cite_prints_a_citation_for_words_found_once(tmp_path: Path):
    result = run_build(minimal_project(tmp_path / "p"), "cite", "flood", "the worst flood in memory")
    assert (result.code, result.out) == (0, 'source: flood\nquote: "the worst flood in memory"\n')


def test_cite_adds_the_shortest_prefix_for_repeated_words_to_each_occurrence(tmp_path: Path):
    result = run_build(minimal_project(tmp_path / "p"), "cite", "flood", "The river rose again on Tuesday.")
    assert result.code == 0
    assert result.out.splitlines()[1:5] == ["# 1 of 2, line 1:", "source: flood",
                                            'quote: "The river rose again on Tuesday."', 'prefix: "metres."']


def test_cite_forgives_spacing_case_and_curly_quotes_and_prints_the_sources_words(tmp_path: Path):
    result = run_build(minimal_project(tmp_path / "p"), "cite", "flood", "called it  \"THE worst flood in memory\"")
    assert (result.code, result.out) == (0, 'source: flood\nquote: "called it “the worst flood in memory”"\n')


def test_cite_refuses_words_longer_than_a_quote_may_hold_before_printing_a_quote_the_build_refuses(tmp_path: Path):
    # A seed with one long paragraph: `cite` printed all 6,000-odd characters as a quote, which the next build
    # refused (a quote holds at most 5,000, model.MAX_QUOTE_CHARS); the editor hears it from `cite` itself.
    root = minimal_project(tmp_path / "p")
    long = " ".join(f"The river rose {n} centimetres at gauge {n}." for n in range(200))
    seed = root / "seeds" / "flood.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "\n" + long + "\n", encoding="utf-8")
    result = run_build(root, "cite", "flood", long)
    assert result.code == 1 and result.out == ""
    assert result.err.splitlines() == [
        f"error: the words given are {len(long):,} characters, more than the 5,000 a quote may hold (cite the words "
        "that back the statement, a sentence or two, each where it stands)"]
    shorter = run_build(root, "cite", "flood", "The river rose 199 centimetres at gauge 199.")
    assert shorter.code == 0 and 'quote: "The river rose 199 centimetres at gauge 199."' in shorter.out


def test_cite_shows_the_nearest_passages_with_differing_words_marked(tmp_path: Path):
    result = run_build(minimal_project(tmp_path / "p"), "cite", "flood", "Beta said the river rose by 6 metres")
    assert result.code == 1 and result.out == ""
    lines = result.err.splitlines()
    assert lines[0] == ("error: seeds/flood.txt: the words are not in the source (nearest passages below; "
                        "[-x-] is only in your words, {+x+} only in the source)")
    assert "  line 1: Beta said the river rose by [-6-]{+5+} metres" in lines


def test_cite_names_an_unknown_source(tmp_path: Path):
    result = run_build(minimal_project(tmp_path / "p"), "cite", "flod", "the river")
    assert (result.code, result.err) == (1, "error: content/sources.yaml: no source 'flod' (use one of: flood)\n")


class OriginalLinks(HTMLParser):
    """Collects each note's link into the original, by note id."""

    def __init__(self):
        super().__init__()
        self.note = ""
        self.links: dict[str, str] = {}
        self.passages: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "li" and attrs.get("id", "").startswith("note-"):
            self.note = attrs["id"]
        if tag == "a" and self.note and attrs.get("href", "").startswith("https://example.org/"):
            self.links[self.note] = attrs["href"]
            assert attrs.get("rel") == "noopener noreferrer"


def test_every_note_of_the_real_briefing_links_to_its_passage_in_the_original(project: Path):
    edit(project / "content" / "sources.yaml", "    retrieved: unknown",
         "    url: https://example.org/report\n    retrieved: unknown")
    result = run_build(project)
    assert result.code == 0, result.err
    page = OriginalLinks()
    page.feed((project / "site" / "pakistan-afghanistan-war" / "index.html").read_text(encoding="utf-8"))
    text = (REPO / "seeds" / SEED).read_text(encoding="utf-8")
    assert len(page.links) > 40
    with_fragment = 0
    for note_id, href in page.links.items():
        start, end = (int(n) for n in note_id.rsplit("-", 2)[1:])
        if "#:~:text=" not in href:
            continue
        with_fragment += 1
        assert first_match(text, href[href.index("#"):]) == (start, end), note_id
    assert with_fragment == len(page.links)
    check = run_build(project, "check")
    assert "without a text fragment" not in check.out


def test_a_note_no_fragment_can_single_out_links_to_the_original_without_one_and_check_says_so(tmp_path: Path):
    root = project_with_a_note_no_fragment_singles_out(tmp_path / "p")
    check = run_build(root, "check")
    assert check.code == 0, check.err
    assert check.out.splitlines()[1] == ("flood: note 2 links to the original of 'flood' without a text fragment "
                                         "(no fragment singles out its passage)")
    assert run_build(root).code == 0
    page = OriginalLinks()
    page.feed((root / "site" / "flood" / "index.html").read_text(encoding="utf-8"))
    links = sorted(page.links.values())
    assert "https://example.org/flood" in links  # the note's link, without a fragment
    assert all(href == "https://example.org/flood" or "#:~:text=" in href for href in links)
