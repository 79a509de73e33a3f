"""Round sixty-eight of attacks: files, signals and sockets — a file stating less than it holds, and a headline or a
name holding a line break.

1. A file whose size the file system states above 0 but below what it holds (a FUSE file system, a share whose cached
   size is stale) was looked at up to its stated size only (explainer/hung_inputs.py), while the build reads on to the
   file's end: a later block that hangs held the build for good. The look now reads on while its blocks come full,
   whatever size is stated, up to LOOKED_AT_MOST. Honest twins: a file stating its true size is read as before (a file
   of whole blocks with one more read, of nothing), and one stating more than it holds stops at its end.
2. A headline, the site's title, a source's title or a party's name holding a line break (`"The flood\\nrises"`, a `|`
   block, U+2028) built: `new --title` wrote a two-line headline, shown broken in the feed's readers, the CSV's cell
   and the JSON (explainer/one_line_texts.py). Refused in one line naming the file and line; honest twins that build:
   a title folded over two lines by YAML (`>-`, or plain text wrapped), a `>` block's one line and its final line end.
3. A prose link whose scheme is written as a character reference (`[x](&#106;avascript:alert(1))`,
   `javascript&#58;`), or that leads to another host with no scheme (`[the map](//example.org/map)`, a reference's
   `[r]: //example.org`), showed as its markdown with no word said, where `javascript:` itself is refused since round 50
   (explainer/link_hosts.py `unlinked_addresses`: markdown-it decodes the reference, and links no `//` address). Each is
   now one line at its line. Honest twins that build: an https link with `&amp;` in its query, a relative page with
   `&amp;` in its name, `../sources/flood.html`, a `mailto:` link.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from conftest import run_build, tree_digest
from support import edit, error_lines

from explainer import hung_inputs

BLOCK = 64  # the stand-in's block


# --- 1. fixed: a file stating less than it holds is read through by the look -----------------------------------------

def _stated_size(monkeypatch, name: str, size: int, gate: threading.Event | None = None,
                 hangs_from: int = 2) -> list[int]:
    """Make os.fstat state `size` bytes for the file whose path ends in `name`, and, while `gate` is not set, make a
    read from its block `hangs_from` on hang until it is; return the offsets read at."""
    real_open, real_fstat, real_pread = os.open, os.fstat, os.pread
    stated: set[int] = set()
    offsets: list[int] = []

    def opened(path, *args, **kwargs):
        descriptor = real_open(path, *args, **kwargs)
        if isinstance(path, (str, bytes, os.PathLike)) and os.fsdecode(path).endswith(name):
            stated.add(descriptor)
        return descriptor

    def fstat(descriptor):
        info = real_fstat(descriptor)
        if descriptor not in stated:
            return info
        fields = list(info)
        fields[6] = size  # st_size
        return os.stat_result(fields)

    def pread(descriptor, length, offset, *args):
        if descriptor in stated:
            offsets.append(offset)
            if gate is not None and offset >= hangs_from * BLOCK:
                gate.wait()
        return real_pread(descriptor, length, offset, *args)

    monkeypatch.setattr(os, "open", opened)
    monkeypatch.setattr(os, "fstat", fstat)
    monkeypatch.setattr(os, "pread", pread)
    monkeypatch.setattr(hung_inputs, "READ_BLOCK", BLOCK)
    return offsets


@pytest.mark.parametrize("folder, name", [("seeds", "flood.txt"), ("content", "sources.yaml")])
def test_a_file_stating_less_than_it_holds_whose_later_block_hangs_is_named(tmp_path: Path, monkeypatch, folder: str,
                                                                            name: str):
    """Before: read up to its stated size only (one block), so the later block that hangs held the build's own read
    (which reads to the file's end) for good."""
    (tmp_path / folder).mkdir()
    (tmp_path / folder / name).write_bytes(b"x" * (5 * BLOCK + 5))
    monkeypatch.setattr(hung_inputs, "ANSWER_WAIT_S", 0.5)  # a step that answers, under load, well within it
    gate = threading.Event()
    _stated_size(monkeypatch, name, BLOCK, gate)
    try:
        with pytest.raises(hung_inputs.OutputError, match=rf"^{folder}/{name.replace('.', '[.]')}: does not answer"):
            hung_inputs.check_inputs_answer(tmp_path)
    finally:
        gate.set()


@pytest.mark.parametrize("size, stated, reads", [
    (3 * BLOCK + 5, BLOCK, [0, BLOCK, 2 * BLOCK, 3 * BLOCK]),  # less than it holds: read to its end
    (3 * BLOCK + 5, 3 * BLOCK + 5, [0, BLOCK, 2 * BLOCK, 3 * BLOCK]),  # its true size: as before
    (2 * BLOCK, 2 * BLOCK, [0, BLOCK, 2 * BLOCK]),  # whole blocks: one more read, of nothing
    (5, 5, [0]),
    (5, 10 * BLOCK, [0]),  # more than it holds: stops at its end
])
def test_a_file_whose_blocks_answer_is_read_to_its_end_whatever_it_states(tmp_path: Path, monkeypatch, size: int,
                                                                         stated: int, reads: list[int]):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "flood.txt").write_bytes(b"x" * size)
    monkeypatch.setattr(hung_inputs, "ANSWER_WAIT_S", 600)
    offsets = _stated_size(monkeypatch, "flood.txt", stated)
    hung_inputs.check_inputs_answer(tmp_path)
    assert offsets == reads


def test_a_file_stating_less_than_it_holds_is_read_no_further_than_the_bound(tmp_path: Path, monkeypatch):
    (tmp_path / "static").mkdir()
    (tmp_path / "static" / "huge.bin").write_bytes(b"x" * (64 * BLOCK))
    monkeypatch.setattr(hung_inputs, "LOOKED_AT_MOST", 8 * BLOCK)
    offsets = _stated_size(monkeypatch, "huge.bin", BLOCK)
    hung_inputs.check_inputs_answer(tmp_path)
    assert offsets == list(range(0, 8 * BLOCK, BLOCK))


# --- 2. fixed: a title, a name or a heading holding a line break is refused where it is written -----------------------

_BRIEFING, _LIBRARY, _SITE = "content/flood/briefing.yaml", "content/sources.yaml", "content/site.yaml"
_HEADLINE = "as a headline, shown in the page's title, the home page and the feed"
_HINT = "(write it on one line (YAML's `>-` folds one written over several lines into one))"


@pytest.mark.parametrize("path, old, new, told", [
    (_BRIEFING, "title: The flood\n", 'title: "The flood\\nrises"\n',
     f"{_BRIEFING}:1: title: holds a line break: it is shown on one line {_HEADLINE}"),
    (_BRIEFING, "title: The flood\n", "title: |\n  The flood\n  rises\n",
     f"{_BRIEFING}:2: title: holds a line break: it is shown on one line {_HEADLINE}"),
    (_BRIEFING, "title: The flood\n", "title: >\n  The flood\n\n  rises\n",
     f"{_BRIEFING}:2: title: holds a line break: it is shown on one line {_HEADLINE}"),
    (_BRIEFING, "    name: Alpha\n", '    name: "Alpha\\u2028Party"\n',
     f"{_BRIEFING}:14: parties[0].name: holds a line separator (U+2028): it is shown on one line as a name, shown "
     "wherever its words are cited or compared"),
    (_LIBRARY, "    title: Flood report\n", '    title: "Flood\\nreport"\n',
     f"{_LIBRARY}:4: sources[0].title: holds a line break: it is shown on one line as a source's title"),
    (_SITE, "title: Test briefings\n", 'title: "Test\\u2029briefings"\n',
     f"{_SITE}:1: title: holds a paragraph separator (U+2029): it is shown on one line {_HEADLINE}"),
])
@pytest.mark.parametrize("command", [(), ("check",)])
def test_a_one_line_text_holding_a_line_break_is_refused(built_minimal: Path, path: str, old: str, new: str,
                                                         told: str, command: tuple):
    """Before: built, a headline or a name broken in two in the feed, the CSV's cell and the JSON."""
    site = tree_digest(built_minimal / "site")
    edit(built_minimal / path, old, new)
    result = run_build(built_minimal, *command)
    assert result.code == 1 and "Traceback" not in result.err
    lines = error_lines(result)
    assert len(lines) == 1 and lines[0].startswith(told) and lines[0].endswith(_HINT), lines
    assert tree_digest(built_minimal / "site") == site


@pytest.mark.parametrize("new, title", [
    ("title: >-\n  The flood\n  rises\n", "The flood rises"),  # folded by YAML into one line
    ("title: The flood\n  rises\n", "The flood rises"),  # plain text wrapped
    ("title: >\n  The flood rises\n", "The flood rises"),  # a block's one line and its final line end
    ("title: |\n  The flood rises\n\n", "The flood rises"),
    ('title: "The flood \\\n  rises"\n', "The flood rises"),  # a quoted line continued
])
def test_a_title_folded_into_one_line_builds(built_minimal: Path, new: str, title: str):
    edit(built_minimal / _BRIEFING, "title: The flood\n", new)
    result = run_build(built_minimal)
    assert (result.code, result.err) == (0, ""), result.err[-600:]
    assert f"<h1>{title}</h1>" in (built_minimal / "site" / "flood" / "index.html").read_text(encoding="utf-8")


def test_new_refuses_a_title_holding_a_line_break(built_minimal: Path):
    """Before: `new --title` wrote the two-line headline, and the build published it."""
    content = tree_digest(built_minimal / "content")
    result = run_build(built_minimal, "new", "rising", "--title", "The river\nrises")
    assert result.code == 1 and "Traceback" not in result.err
    assert error_lines(result) == [f"--title: holds a line break: it is shown on one line {_HEADLINE} (write it on "
                                   "one line (YAML's `>-` folds one written over several lines into one); nothing was "
                                   "written)"]
    assert tree_digest(built_minimal / "content") == content
    assert run_build(built_minimal, "new", "rising", "--title", "The river rises").code == 0


# --- 3. fixed: a prose link written to dodge the scheme check is refused, not shown as its markdown -----------------

_SENTENCE = "and again on Tuesday[^tuesday]."
_UNLINKED = ("would show as its markdown, not as a link: only a web address (http, https), mailto or a page of the "
             "site is linked (link to http(s) or a relative page)")


@pytest.mark.parametrize("link, address, line", [
    ("See [the report](&#106;avascript:alert(1)).", "&#106;avascript:alert", 3),
    ("See [the report](javascript&#58;alert(1)).", "javascript&#58;alert", 3),
    ("See [the data](&#x64;ata:text/html,hi).", "&#x64;ata:text/html,hi", 3),
    ("See [the map](//example.org/map).", "//example.org/map", 3),
    ("See ![the chart](//cdn.example.net/chart.png).", "//cdn.example.net/chart.png", 3),
    ("See [the map][m].\n\n  [m]: //example.org/map", "//example.org/map", 5),
])
def test_a_link_dodging_the_scheme_check_is_refused_at_its_line(built_minimal: Path, link: str, address: str,
                                                                line: int):
    """Before: built, the page showing the link's markdown ("[the map](//example.org/map)") with no word said."""
    site = tree_digest(built_minimal / "site")
    edit(built_minimal / _BRIEFING, _SENTENCE, f"{_SENTENCE} {link}")
    result = run_build(built_minimal, "check")
    assert result.code == 1 and "Traceback" not in result.err
    assert f"{_BRIEFING}:{line}: `summary`: a link to '{address}' {_UNLINKED}" in error_lines(result)
    assert tree_digest(built_minimal / "site") == site


@pytest.mark.parametrize("link, href", [
    ("See [the map](https://example.org/map?a=1&amp;b=2).", "https://example.org/map?a=1&amp;b=2"),
    ("See [the notes](notes&amp;data.html).", "notes&amp;data.html"),
    ("See [the source](../sources/flood.html).", "../sources/flood.html"),
    ("Write to [the desk](mailto:desk@example.org).", "mailto:desk@example.org"),
])
def test_an_honest_link_builds(built_minimal: Path, link: str, href: str):
    edit(built_minimal / _BRIEFING, _SENTENCE, f"{_SENTENCE} {link}")
    result = run_build(built_minimal)
    assert (result.code, result.err) == (0, ""), result.err[-600:]
    assert f'href="{href}"' in (built_minimal / "site" / "flood" / "index.html").read_text(encoding="utf-8")
