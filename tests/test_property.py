"""Property-based: whatever YAML or markdown arrives, the build succeeds safely or fails cleanly."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explainer.pipeline import Project, build_site
from explainer.problems import ContentError
from explainer.yamlsafe import parse_yaml
from batches import batches, batches_for
from support import MINIMAL, minimal_project
from test_hostile_input import ExecutableContent

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

names = st.sampled_from(["topics", "id", "title", "claims", "claimant", "party", "says", "status", "cite",
                         "citations", "source", "quote", "figures", "measure", "value", "x"])
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                    st.text(max_size=30), st.sampled_from(["alpha", "claimed", "flood", "rise", "[^beta-rise]"]))
documents = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                          st.dictionaries(names, inner, max_size=5)), max_leaves=25)
markdown = st.lists(st.sampled_from(list("ab <>\"'&()[]^!*_`#-:/\\{}%\n") +
                                   ["javascript:", "<script>", "onerror=", "{{", "[^monday]", "](", "http://"]),
                   max_size=40).map("".join)


def builds_safely_or_fails_cleanly(root: Path) -> None:
    """Build in-process: either every problem is a located one-line message, or no page runs content."""
    try:
        files = build_site(Project.at(root))
    except ContentError as error:
        assert error.problems and all(problem.file for problem in error.problems)
        assert all("\n" not in str(problem) for problem in error.problems)
        return
    for name, data in files.items():
        if name.endswith(".html"):
            assert executable_content(name, data) == []


@functools.lru_cache(maxsize=64)
def executable_content(name: str, data: bytes) -> list[str]:
    """Return what in the page `name` could run or load something; read once per page's bytes, as an example
    changes one page or two and the others come out as the example before's did (a fifth of a build's CPU)."""
    scanner = ExecutableContent(name)
    scanner.feed(data.decode("utf-8"))
    return scanner.found


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """One copy of the minimal project for all of a test's examples, each of which rewrites one whole file.

    The examples after the first find the templates compiled in .cache/ and skip most of a build's
    time; the content file an example writes is read afresh, as in any rebuild after an edit.
    """
    return minimal_project(tmp_path / "project")


@SETTINGS
@given(document=documents)
def test_any_yaml_document_builds_or_fails_cleanly(root, document):
    (root / "content" / "flood" / "claims.yaml").write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    builds_safely_or_fails_cleanly(root)


@pytest.mark.slow
@SETTINGS
@given(text=markdown)
def test_any_markdown_renders_safely_or_fails_cleanly(root, text):
    path = root / "content" / "flood" / "briefing.yaml"
    block = "\n".join("  " + line for line in f"The river rose[^monday] {text}".split("\n"))
    source = (MINIMAL / "content" / "flood" / "briefing.yaml").read_text().replace("summary: |\n  The river rose on Monday[^monday] and again on Tuesday[^tuesday].",
                                      f"summary: |\n{block}\n  Again[^tuesday].")
    path.write_text(source, encoding="utf-8")
    builds_safely_or_fails_cleanly(root)


@SETTINGS
@given(text=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_any_text_as_a_content_file_builds_or_fails_cleanly(root, text):
    (root / "content" / "flood" / "claims.yaml").write_text(text, encoding="utf-8")
    builds_safely_or_fails_cleanly(root)


prose_pieces = st.sampled_from(["word", "Kabul", " ", " ", "  ", "\n", "\n\n", "\n  \n", ".", ",", '"', "'", "’", "(", ")",
                                "2026", "1.", "-", "#", "*", "_", "<", "&", "[^a]", "[^b-2]", "  \n", "    ", "\t", "=",
                                "é", "\u00a0", ":", "!", "?"])


@settings(max_examples=batches_for(500), deadline=None)
@given(texts=batches(st.lists(prose_pieces, max_size=30).map("".join)))
def test_plain_prose_fast_path_renders_exactly_as_markdown_it(texts):
    from explainer.prose import parse_markdown, parse_prose, render_prose

    def cite(key, env):
        return f"<sup>{key}</sup>"

    for text in texts:
        fast, general = parse_prose(text), parse_markdown(text)
        assert render_prose(fast, cite) == render_prose(general, cite), text
        assert fast.markers == general.markers, text
        assert fast.uncited_paragraphs == general.uncited_paragraphs, text


@settings(max_examples=batches_for(500), deadline=None)
@given(cases=batches(st.lists(st.integers(min_value=0, max_value=60), min_size=2, max_size=12, unique=True),
                     st.lists(st.booleans(), min_size=6, max_size=6)))
def test_source_pages_fast_path_for_marks_apart_equals_the_general_one(cases):
    from explainer.anchor import Passage
    from explainer.source_pages import CitedPassage, _apart, _apart_marks, _nested_marks

    text = "".join(chr(ord("a") + n % 26) for n in range(60))
    for cuts, opinions in cases:
        points = sorted(cuts)
        spans = []
        for number, (first, last) in enumerate(zip(points[::2], points[1::2])):  # passages one after another
            cited = CitedPassage(Passage("s", first, last, text[first:last]), opinions[number],
                                 ((f"../b/#note-{number}", f"footnote {number}"),))
            spans.append((first, last, cited))
        if not spans:
            continue
        assert _apart(spans, 0, len(text))
        assert _apart_marks(text, 0, len(text), spans) == _nested_marks(text, 0, len(text), spans), cuts


written_lines = st.lists(st.lists(st.sampled_from(["river", "rose", "a", "b", "it", "rain", "fell"]), min_size=1,
                                  max_size=4).map(" ".join), min_size=2, max_size=6)


@settings(max_examples=batches_for(200), deadline=None)
@given(batches(written_lines, st.lists(st.integers(0, 2), min_size=6, max_size=6),
               st.sampled_from([">", ">-", "plain", '"', "'"])))
def test_text_folded_over_lines_knows_the_line_of_each_written_line(cases):
    for lines, blanks, style in cases:
        _folded_lines_known(lines, blanks, style)


def _folded_lines_known(lines: list[str], blanks: list[int], style: str) -> None:
    # Each written line after the first follows 0, 1 or 2 blank lines; YAML folds them all into one value.
    body: list[int | None] = []  # the index of each written line, None for a blank line
    for index in range(len(lines)):
        body += [None] * (blanks[index] if index else 0) + [index]
    written = ["  " + lines[i] if i is not None else "" for i in body]
    if style.startswith(">"):
        source = ["x: 1", f"text: {style}", *written]
    else:
        quote = style if style in ("'", '"') else ""
        source = ["x: 1", f"text: {quote}{lines[0]}", *written[1:-1], written[-1] + quote]
    first = len(source) - len(body) + 1  # the file's line of body[0]
    numbers = [first + k for k, i in enumerate(body) if i is not None]
    joined = [first + k for k, i in enumerate(body) if i is not None and k >= 2 and body[k - 1] is None
              and body[k - 2] is not None]
    parsed = parse_yaml("\n".join(source) + "\n", "x.yaml")
    folds, text = parsed.folds["text"], parsed["text"]
    assert folds.lines == tuple(numbers)
    assert [text[offset:offset + len(line)] for offset, line in zip(folds.offsets, lines)] == lines
    assert folds.joined == tuple(joined)
