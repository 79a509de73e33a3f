"""The editors' helper commands answering bad input and awkward cases: `cite`, `new`, `accept-source`, `changes`."""

from __future__ import annotations

import datetime
import hashlib
import re
from pathlib import Path

import pytest
import yaml

from conftest import REPO, copy_templates, copy_tree, run_build
from support import edit, error_lines, minimal_project
from test_microsite import microsite

MINUTES = "seeds/council-minutes.txt"


def test_cite_prints_one_citation_per_occurrence_with_its_line(tmp_path: Path):
    result = run_build(minimal_project(tmp_path / "p"), "cite", "flood", "The river rose again on Tuesday.")
    assert (result.code, result.err) == (0, "")
    assert result.out == (
        "# the words occur 2 times in seeds/flood.txt (on lines 1, 3): one citation for each below; "
        "paste the one you mean\n"
        "# 1 of 2, line 1:\nsource: flood\nquote: \"The river rose again on Tuesday.\"\nprefix: \"metres.\"\n"
        "# 2 of 2, line 3:\nsource: flood\nquote: \"The river rose again on Tuesday.\"\nprefix: \"memory”.\"\n")


def test_cite_says_when_no_occurrence_can_be_singled_out(tmp_path: Path):
    root = minimal_project(tmp_path / "p")
    (root / "seeds" / "flood.txt").write_text("It rained. It rained. It rained.\n", encoding="utf-8")
    result = run_build(root, "cite", "flood", "It rained.")
    assert (result.code, result.out) == (0, "# the words occur 3 times in seeds/flood.txt (on line 1): one citation "
                                            "for each below; paste the one you mean\n"
                                            "# 1 of 3, line 1:\nsource: flood\nquote: \"It rained.\"\n"
                                            "suffix: \"It rained. It\"\n"
                                            "# 2 of 3, line 1:\nsource: flood\nquote: \"It rained.\"\n"
                                            "prefix: \"rained.\"\nsuffix: \"It\"\n"
                                            "# 3 of 3, line 1:\nsource: flood\nquote: \"It rained.\"\n"
                                            "prefix: \"rained. It rained.\"\n")
    (root / "seeds" / "flood.txt").write_text("la " * 40 + "\n", encoding="utf-8")
    stuck = run_build(root, "cite", "flood", "la")
    assert (stuck.code, stuck.out, stuck.err) == (
        1, "", "error: seeds/flood.txt: the words occur 40 times (on line 1) and no nearby words single one out "
               "(quote more of the sentence)\n")


def test_cite_prints_the_first_ten_occurrences_and_counts_the_rest(tmp_path: Path):
    root = minimal_project(tmp_path / "p")
    (root / "seeds" / "flood.txt").write_text("".join(f"It rained on day {i}. " for i in range(12)) + "\n",
                                               encoding="utf-8")
    result = run_build(root, "cite", "flood", "It rained")
    assert (result.code, result.err) == (0, "")
    lines = result.out.splitlines()
    assert lines[0].startswith("# the words occur 12 times in seeds/flood.txt (on line 1)")
    assert [line for line in lines if line.startswith("# ") and " of 12, " in line] == [
        f"# {n} of 12, line 1:" for n in range(1, 11)]
    assert lines.count("source: flood") == 10
    assert lines[-1] == "# and 2 more (quote more words to narrow them down)"


@pytest.mark.parametrize("words", ["", "   ", " ,. ", "“”"])
def test_cite_asks_for_words_when_given_none(tmp_path: Path, words: str):
    result = run_build(minimal_project(tmp_path / "p"), "cite", "flood", words)
    assert (result.code, result.out, result.err) == (
        1, "", 'error: no words to look for in seeds/flood.txt (give some words of the source: '
               'python build.py cite flood "some words")\n')


def test_cite_says_quotes_start_and_end_on_whole_words(tmp_path: Path):
    root = minimal_project(tmp_path / "p")
    result = run_build(root, "cite", "flood", "iver rose by 5 met")
    assert (result.code, result.out, result.err) == (
        1, "", 'error: seeds/flood.txt: the words occur only inside longer words, on line 1 (a quote starts and '
               'ends on whole words: quote "river rose by 5 metres")\n')
    whole = run_build(root, "cite", "flood", "river rose by 5 metres")
    assert (whole.code, whole.out) == (0, 'source: flood\nquote: "river rose by 5 metres"\n')


def test_new_refuses_an_empty_title(tmp_path: Path):
    root = microsite(tmp_path / "project")
    for title in ("", "   "):
        result = run_build(root, "new", "water-prices", "--title", title)
        assert (result.code, result.err) == (1, "error: --title is empty (give the briefing's headline, "
                                                "e.g. --title \"Why water costs more\")\n")
    assert not (root / "content" / "water-prices").exists()


def test_new_writes_a_valid_briefing_quoting_the_first_library_source(tmp_path: Path):
    root = microsite(tmp_path / "project")
    result = run_build(root, "new", "water-prices", "--title", "Why water costs more")  # no --source: the first
    assert result.code == 0, result.err
    text = (root / "content" / "water-prices" / "briefing.yaml").read_text(encoding="utf-8")
    written = yaml.safe_load(text)
    assert text.startswith("# yaml-language-server: $schema=../../schema/briefing.json\n")
    assert written["title"] == "Why water costs more" and "\nsummary: |\n" in text  # `|` keeps paragraphs apart
    assert len(written["parties"]) == 2
    assert written["updates"] == [{"date": datetime.date.today(), "kind": "update",
                                   "text": "First published."}]
    [citation] = written["citations"].values()
    first = next(iter(yaml.safe_load((root / "content" / "sources.yaml").read_text(encoding="utf-8"))["sources"]))
    opening = (root / "seeds" / first["file"]).read_text(encoding="utf-8")
    assert citation["source"] == first["id"] and opening.startswith(citation["quote"])
    built = run_build(root)
    assert built.code == 0, built.err


def test_new_quotes_a_sentence_that_says_what_the_title_states(tmp_path: Path):
    # The title is a heading: its figures must stand in a passage the briefing cites, so the
    # first quote was the source's opening and the first build failed on "1,200".
    root = microsite(tmp_path / "project")
    assert run_build(root, "new", "strike", "--title", "Why 1,200 dock workers walked out", "--source", "courier").code == 0
    briefing = (root / "content" / "strike" / "briefing.yaml").read_text(encoding="utf-8")
    assert '    quote: "The union said 1,200"\n' in briefing
    built = run_build(root)
    assert built.code == 0, built.err


def test_new_refuses_a_title_stating_what_the_source_does_not(tmp_path: Path):
    root = microsite(tmp_path / "project")
    result = run_build(root, "new", "strike", "--title", "Why 4,000 dock workers walked out", "--source", "courier")
    assert result.code == 1
    assert result.err.startswith("error: --title 'Why 4,000 dock workers walked out' states what no sentence of "
                                 "seeds/harbour-report.txt says")
    assert not (root / "content" / "strike").exists()


def merger(target: Path) -> Path:
    """Copy the fixture with an English site and a French source, with the real templates and assets."""
    copy_tree(REPO / "tests" / "fixtures" / "merger", target)
    copy_templates(target)
    copy_tree(REPO / "static", target / "static")
    return target


def test_new_writes_the_sources_language_when_it_differs_from_the_sites(tmp_path: Path):
    root = merger(tmp_path / "project")
    assert run_build(root, "new", "lait", "--title", "Le lait", "--source", "gazette").code == 0
    assert run_build(root, "new", "milk", "--title", "Milk", "--source", "wire").code == 0
    french = (root / "content" / "lait" / "briefing.yaml").read_text(encoding="utf-8")
    english = (root / "content" / "milk" / "briefing.yaml").read_text(encoding="utf-8")
    assert "\nstatus: live\nlanguage: fr\nparties:\n" in french
    assert '    text: "Première publication."\n' in french and '    text: "First published."\n' in english
    assert "language:" not in english
    assert "comparisons.yaml, claims.yaml" in english
    built = run_build(root)
    assert built.code == 0, built.err
    assert '<html lang="fr"' in (root / "site" / "lait" / "index.html").read_text(encoding="utf-8")


# A seed edited in one place: one line for the source, one per citation that moved, none for those that did not.
def rebuilt_after_seed_edit(root: Path, old: str, new: str):
    """Build the fixture microsite, edit its minutes seed, and return the rebuild that must then fail."""
    assert run_build(root).code == 0
    edit(root / MINUTES, old, new)
    result = run_build(root)
    assert result.code == 1
    return result


def test_an_edited_seed_is_summed_up_and_only_moved_citations_are_listed(tmp_path: Path):
    root = microsite(tmp_path / "project")
    # Shifted 7 characters, 'engineers' and 'company' still quote the same words at the same occurrence: not listed.
    result = rebuilt_after_seed_edit(root, "The council also discussed", "Later, the council also discussed")
    assert error_lines(result) == [
        "content/sources.yaml:17: source 'minutes': seeds/council-minutes.txt has changed since its SHA-256 was "
        "recorded; 3 citations still anchor where they did (no citation to check: if the edit is as you meant, "
        "run `python build.py accept-source minutes`)"]
    github = run_build(root, "check", "--format", "github")
    assert [line.split("::")[1] for line in github.err.splitlines() if line.startswith("::error")] == [
        "error file=content/sources.yaml,line=17"]


def test_a_seed_edit_that_moves_no_citation_gives_one_line(tmp_path: Path):
    result = rebuilt_after_seed_edit(microsite(tmp_path / "project"), "less than 2 million crowns.\n",
                                     "less than 2 million crowns.\n\nThe meeting closed at nine.\n")
    assert error_lines(result) == [
        "content/sources.yaml:17: source 'minutes': seeds/council-minutes.txt has changed since its SHA-256 was "
        "recorded; 3 citations still anchor where they did (no citation to check: if the edit is as you meant, "
        "run `python build.py accept-source minutes`)"]


def test_accept_source_refusing_for_one_citation_says_it_in_the_singular(tmp_path: Path):
    root = microsite(tmp_path / "project")
    site_yaml = root / "content" / "site.yaml"
    edit(root / MINUTES, "Eleven councillors", "Twelve councillors")
    # The about text cites the vote no more: one citation of the source (the briefing's) no longer anchors.
    edit(site_yaml, " one\n  of them[^levy-vote].", " one\n  of them.")
    edit(site_yaml, "citations:\n  levy-vote:\n    source: minutes\n    quote: Eleven councillors voted for the "
         "harbour levy and four voted against it.\n", "citations: {}\n")
    refused = run_build(root, "accept-source", "minutes")
    assert error_lines(refused)[-1].startswith("content/sources.yaml:12: the new SHA-256 of source 'minutes' was "
                                               "not recorded: 1 citation of it no longer anchors (")


def test_accept_source_refuses_while_a_citation_no_longer_anchors_unless_forced(tmp_path: Path):
    root = microsite(tmp_path / "project")
    edit(root / MINUTES, "Eleven councillors", "Twelve councillors")
    before = (root / "content" / "sources.yaml").read_text(encoding="utf-8")
    refused = run_build(root, "accept-source", "minutes")
    assert (refused.code, refused.out) == (1, "")
    lines = error_lines(refused)
    assert [line.split(": quote")[0] for line in lines[:2]] == [
        "content/site.yaml:10: citation 'levy-vote' no longer anchors",
        "content/council-vote/briefing.yaml:20: citation 'vote' no longer anchors"]
    assert lines[2] == ("content/sources.yaml:12: the new SHA-256 of source 'minutes' was not recorded: 2 citations of "
                        "it no longer anchor (fix the quotes listed, then run accept-source again; or add --force "
                        "to record it anyway)")
    assert (root / "content" / "sources.yaml").read_text(encoding="utf-8") == before
    forced = run_build(root, "accept-source", "minutes", "--force")
    assert forced.code == 0 and forced.out.startswith("recorded sha256 ")
    assert (root / "content" / "sources.yaml").read_text(encoding="utf-8") != before


MINUTES_SHA = "1ba534d98243b4856e61a43b8b1483071b5af0bf0536bdbda60d7625fa723897"


def test_accept_source_rewrites_that_one_sha256_value_and_nothing_else(tmp_path: Path):
    root = microsite(tmp_path / "project")
    library = root / "content" / "sources.yaml"
    # Comments and spacing of the editors' own stay as written.
    edit(library, "    file: council-minutes.txt\n", "    file: council-minutes.txt   # the clerk's copy\n")
    edit(library, "  - id: courier\n", "  # the paper\n  - id: courier\n")
    before = library.read_text(encoding="utf-8")
    edit(root / MINUTES, "less than 2 million crowns.\n", "less than 2 million crowns.\n\nThe meeting closed at nine.\n")
    new_sha = hashlib.sha256((root / MINUTES).read_bytes()).hexdigest()
    accepted = run_build(root, "accept-source", "minutes")
    assert (accepted.code, accepted.err) == (0, "")
    assert library.read_text(encoding="utf-8") == before.replace(f"sha256: {MINUTES_SHA}\n", f"sha256: {new_sha}\n")
    assert run_build(root).code == 0


def test_accept_source_adds_a_missing_sha256_right_after_file(tmp_path: Path):
    root = microsite(tmp_path / "project")
    library = root / "content" / "sources.yaml"
    edit(library, f"    sha256: {MINUTES_SHA}\n", "")
    edit(library, "    file: council-minutes.txt\n", "    file: council-minutes.txt   # the clerk's copy\n")
    before = library.read_text(encoding="utf-8")
    assert error_lines(run_build(root)) == [
        "content/sources.yaml:13: source 'minutes': no SHA-256 recorded for seeds/council-minutes.txt (run "
        "`python build.py accept-source minutes` to record it)"]
    assert run_build(root, "accept-source", "minutes").code == 0
    assert library.read_text(encoding="utf-8") == before.replace(
        "    file: council-minutes.txt   # the clerk's copy\n",
        f"    file: council-minutes.txt   # the clerk's copy\n    sha256: {MINUTES_SHA}\n")
    assert run_build(root).code == 0


@pytest.mark.parametrize("placeholder", ["8ace2235...           # python build.py accept-source minutes",
                                         "TODO", '""  # to fill in', "0" * 64, "'see accept-source'"])
def test_accept_source_replaces_a_placeholder_the_library_refuses(tmp_path: Path, placeholder: str):
    """A new source's first `sha256:` is often a placeholder (the README's shortened example, "TODO", a
    number): the build refuses it and says to run accept-source, which must then record the real one."""
    root = microsite(tmp_path / "project")
    library = root / "content" / "sources.yaml"
    edit(library, f"    sha256: {MINUTES_SHA}\n", f"    sha256: {placeholder}\n")
    before = library.read_text(encoding="utf-8")
    assert run_build(root).code == 1
    accepted = run_build(root, "accept-source", "minutes")
    assert (accepted.code, accepted.err) == (0, ""), accepted.err
    comment = re.search(r"[ \t]*(?:[ \t]#.*)?$", placeholder).group()  # kept as written
    assert library.read_text(encoding="utf-8") == before.replace(f"    sha256: {placeholder}\n",
                                                                 f"    sha256: {MINUTES_SHA}{comment}\n")
    assert run_build(root).code == 0


def test_accept_source_leaves_another_sources_placeholder_to_the_build(tmp_path: Path):
    root = microsite(tmp_path / "project")
    library = root / "content" / "sources.yaml"
    edit(library, f"    sha256: {MINUTES_SHA}\n", "    sha256: TODO\n")
    before = library.read_text(encoding="utf-8")
    refused = run_build(root, "accept-source", "courier")
    assert refused.code == 1 and ("content/sources.yaml:17: source 'minutes' has no SHA-256 yet, so the citations of "
                                  "source 'courier' cannot be checked: nothing was recorded (run `python build.py "
                                  "accept-source minutes` first" in refused.err), refused.err
    assert library.read_text(encoding="utf-8") == before


def test_changes_outside_a_git_repository_says_so(tmp_path: Path):
    root = microsite(tmp_path / "project")
    result = run_build(root, "changes", "--since", "HEAD")
    assert (result.code, result.out) == (1, "")
    assert result.err == (f"error: {root}: the project is not a git repository (changes compares the content with "
                          "a git commit: keep the project in git, commit, then run it again)\n")


INDENTATION = ("check the indentation of this line against the lines above: the items of one list or mapping "
               "line up")


def test_a_dedented_list_item_gets_the_indentation_hint_with_the_parsers_line(tmp_path: Path):
    root = minimal_project(tmp_path / "p")
    edit(root / "content" / "flood" / "briefing.yaml", "updates:\n  - date", "updates:\n - date")
    result = run_build(root, "check")
    assert error_lines(result) == ["content/flood/briefing.yaml:10: YAML syntax error: mapping values are not allowed "
                                   f"in this context ({INDENTATION}; or quote a value that contains ': ')"]


@pytest.mark.parametrize("old, new, expected", [
    ("    name: Beta", "      name: Beta",
     f"content/flood/briefing.yaml:16: YAML syntax error: mapping values are not allowed in this context "
     f"({INDENTATION}; or quote a value that contains ': ')"),
    ("  - id: beta\n    name: Beta", "  - id: beta\n   name: Beta",
     "content/flood/briefing.yaml:16: YAML syntax error: while parsing a block collection did not find expected "
     f"'-' indicator ({INDENTATION})"),
    ("    source: flood\n    quote: the river rose by 3", "    source: flood\n   quote: the river rose by 3",
     "content/flood/briefing.yaml:20: YAML syntax error: while parsing a block mapping did not find expected key "
     f"({INDENTATION})"),
    ("  - id: beta\n", " - id: beta\n",
     f"content/flood/briefing.yaml:15: YAML syntax error: while parsing a block mapping did not find expected key "
     f"({INDENTATION})"),
])
def test_indentation_mistakes_get_a_hint_about_indentation_on_their_line(tmp_path: Path, old, new, expected):
    root = minimal_project(tmp_path / "p")
    edit(root / "content" / "flood" / "briefing.yaml", old, new)
    result = run_build(root, "check")
    assert result.code == 1
    assert error_lines(result) == [expected]


@pytest.mark.parametrize("text", ["a:\n  b: 1\n c: 2\n", "a:\n  - b\n  c: 1\n", "a: b: c\n"])
def test_the_pure_python_parsers_indentation_messages_get_the_hint_too(text: str):
    import yaml

    from explainer.yamlsafe import _syntax_problem

    with pytest.raises(yaml.MarkedYAMLError) as raised:
        yaml.load(text, Loader=yaml.SafeLoader)
    assert _syntax_problem(raised.value, "x.yaml", text).hint.startswith(INDENTATION)
