"""Round forty-six of attacks on files, signals and sockets: round 45's leftovers, and what held.

The JSON downloads (`<slug>/data/briefing.json`, `data/briefings.json`) kept a seed's line and paragraph separators
(U+2028, U+2029) and NEL raw, as `json.dumps(..., ensure_ascii=False)` writes them: valid JSON, but a line end to a
JavaScript engine before ES2019, so a page embedding a download as a script's literal stopped at a syntax error. They
are now written as `\\u2028` escapes, which read back as the same characters (explainer/export.py), and so in the
page's JSON-LD.

`.cache/`'s folders were listed by name (explainer/memo.py's packs, explainer/compiled_templates.py's leftovers), and so
were site/'s folders when a build asked whether a group's pages were still there: a folder swapped for a link out of
the project after the build's look at it had the names of the folder it led to listed. Each is now listed through a
descriptor, every step opened without following a link (explainer/safefs.py `names_in_folder`). safefs's two listings
of an input folder through its descriptor (`listed_folder`, `listed_entries`) are one, `folder_entries`.

A site's address whose host is written in Cyrillic or Greek letters that each read as a Latin one (`https://аррӏе.com/`:
apple.com to a reader, `xn--80ak6aa92e.com` to a browser), or that mixes them with Latin ones (`--base-url
https://exаmple.com/`, which no YAML check reads), put another owner's site in every canonical link and the feed; it
is refused, and a source's link so written too (explainer/host_names.py). Two sources naming one seed, `flood.txt` and
`./flood.txt` (or `flood.txt/`), passed the check that a file is named once: it now compares the paths as the system
reads them (explainer/crosscheck.py `file_as_read`). A figure's unit was read after spaces only: "rose by 3⏎kilometres"
in a `|` block, which the page shows as "3 kilometres", passed as a figure in no unit citing "3 metres", and a seed
wrapped as "5⏎metres" backed no "5 metres"; one line end (a tab, a source's controls read as spaces) is now read as a
space there, a blank line never (explainer/numbers.py `_FIGURE_TO_UNIT`). The preview answered a chunked body whose size line passed the 64
bytes tornado reads of it (100 hex digits, an extension of 70 KB) "431: the request's address or headers are too
long"; it is a 400 saying the body is malformed (explainer/too_long_request.py).

What held, tried in this round: a site's address with a user name (`https://evil@host/`); a source's `file:` naming
`seeds/../content/x.yaml`, an absolute path, `C:\\x`, `..\\x`, a NUL or a newline; a seed of 0 bytes, of a byte-order
mark alone, or ending in a byte that is not UTF-8; `serve` sent SIGTERM, or SIGINT twice, as a build writes (the last
good site whole: every file of it parses); a header line of 64 KB (431), a chunk size that is no hex number (400), a
path holding `%00` (400) or `%2e%2e%2f` (404, nothing out of site/ served).

Each test waits on the event itself (a process's end, an answer), never on a sleep.
"""

from __future__ import annotations

import csv
import hashlib
import html.parser
import io
import json
import os
import signal
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from conftest import copy_tree, run_build
from support import edit, error_lines, minimal_project
from test_attack_3 import answer
from test_attack_43 import _swap
from test_serve import serving, wait_for_end, wait_until
from test_serve_attack import get, port_of

DIGEST = "c6fab57b02c1ca096b35c49ca5211e1c5220e3f8b44519385d54d7d81a944ee8"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return minimal_project(tmp_path / "project")


def _seed_as(project: Path, text: str | bytes) -> None:
    """Make the seed `text` and record its digest, as `accept-source` would."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    (project / "seeds/flood.txt").write_bytes(data)
    edit(project / "content/sources.yaml", DIGEST, hashlib.sha256(data).hexdigest())


# --- the JSON downloads: separators escaped ---------------------------------------------------------------------------

RAW_SEPARATORS = ("\u2028", "\u2029", "\u0085")


def _seed_with_separators(project: Path) -> None:
    """Put a NEL and a line and a paragraph separator in cited passages of the seed (a title holds none since round
    68: a title is one line, explainer/one_line_texts.py)."""
    text = (project / "seeds/flood.txt").read_text(encoding="utf-8")
    _seed_as(project, text.replace("Beta said", "Beta\u0085said")
             .replace("the river rose by 3", "the river\u2029rose by 3")
             .replace("metres. The river rose again on", "metres. The river rose again\u2028on"))


def test_the_json_downloads_write_separators_as_escapes_that_read_back_the_same(project: Path):
    """They were raw in both downloads: a script embedding either as a literal broke in an engine before ES2019."""
    _seed_with_separators(project)
    result = run_build(project)
    assert result.code == 0, result.err[-1500:]
    briefing = (project / "site/flood/data/briefing.json").read_bytes()
    index = (project / "site/data/briefings.json").read_bytes()
    for data in (briefing, index):
        assert not [char for char in RAW_SEPARATORS if char.encode() in data], data[:300]
    assert b"\\u2028" in briefing and b"\\u2029" in briefing and b"\\u0085" in briefing
    quotes = [row["quote"] for row in json.loads(briefing)["anchored_citations"]]
    assert any("Beta\u0085said" in quote for quote in quotes), quotes
    assert any("river\u2029rose" in quote for quote in quotes) and any("again\u2028on" in quote for quote in quotes)


def test_the_pages_json_ld_writes_separators_as_escapes():
    """A headline holds none since round 68 (a title is one line): the JSON-LD's escape is kept, and tested alone."""
    from types import SimpleNamespace

    from explainer.export import json_ld

    content = type("Content", (dict,), {})()
    content.briefing = SimpleNamespace(title="The\u2028flood")
    header = SimpleNamespace(first_published="2026-03-03", last_updated="2026-03-03", language="en")
    data = str(json_ld(SimpleNamespace(content=content, slug="flood", page=SimpleNamespace(header=header, sources=())),
                       ""))
    assert "\u2028" not in data and "\\u2028" in data
    assert json.loads(data)["headline"] == "The\u2028flood"


def test_json_without_separators_is_written_as_before(project: Path):
    """The honest twin: the text json.dumps writes, byte for byte (the escape is skipped where there is none)."""
    from explainer.export import separators_escaped

    assert run_build(project).code == 0
    data = (project / "site/flood/data/briefing.json").read_bytes()
    assert separators_escaped(data.decode()) == data.decode()
    assert separators_escaped('{"a":"x\u2028y"}') == '{"a":"x\\u2028y"}'
    assert json.loads(separators_escaped('["\u2029\u0085"]')) == ["\u2029\u0085"]


# --- .cache/'s and site/'s folders listed through a descriptor --------------------------------------------------------

def _elsewhere(tmp_path: Path) -> Path:
    """Return a folder out of the project holding files named as a pack's shards and as a file a stopped build left
    aside (a process id no process has)."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for name in ("all.pack", "3.pack", ".all.pack.999999999.0123456789ab", ".secret.999999999.0123456789ab"):
        (elsewhere / name).write_bytes(b"not the project's")
    return elsewhere


def test_a_pack_folder_linked_out_lists_none_of_the_folder_it_leads_to(project: Path, tmp_path: Path):
    """A pack's folder in .cache/ (never read through a link) was listed by name, through a link: the folder out of
    the project's shard names were looked for and its left-aside names kept to delete."""
    from explainer.memo import PackMemo

    (project / ".cache").mkdir(exist_ok=True)
    (project / ".cache/content").symlink_to(_elsewhere(tmp_path), target_is_directory=True)
    memo = PackMemo(project / ".cache/content")
    assert memo.files == [] and memo.left_aside == [] and memo.kept == {}
    assert sorted(os.listdir(tmp_path / "elsewhere"))[0] == ".all.pack.999999999.0123456789ab"


def test_a_pack_folder_of_its_own_lists_its_shards(project: Path):
    """The honest twin: a build's own packs are listed, and read back."""
    from explainer.memo import PackMemo

    assert run_build(project).code == 0
    memo = PackMemo(project / ".cache/content")
    assert memo.files and memo.kept


def _after_the_look(monkeypatch, folder: Path, change) -> None:
    """Run `change` once the build has looked at `folder` without following a link (pathlib's `is_symlink`, an
    `os.stat` with follow_symlinks=False): what another process does between the look and the listing, made certain."""
    real_stat, done = os.stat, []

    def stat(path, *args, **kwargs):
        found = real_stat(path, *args, **kwargs)
        if not done and kwargs.get("follow_symlinks") is False and os.fspath(path) == os.fspath(folder):
            done.append(True)
            change()
        return found

    monkeypatch.setattr(os, "stat", stat)


def _kept_templates(monkeypatch, tmp_path: Path) -> list:
    """Have compiled templates kept in the project's .cache/templates (as without bytecode beside our code), and
    return the list of names each store's leftover sweep is given."""
    import sys

    from explainer import beside_code, compiled_templates

    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    monkeypatch.setattr(beside_code, "folder", lambda: tmp_path / "installation" / "__pycache__")
    swept = []
    monkeypatch.setattr(compiled_templates, "remove_left_aside", lambda folder, names: swept.append(sorted(names)))
    return swept


def test_the_compiled_templates_folder_swapped_for_a_link_out_after_its_look_is_not_listed(project: Path,
                                                                                            tmp_path: Path,
                                                                                            monkeypatch):
    """.cache/templates was listed by name after its look (`is_symlink`): swapped for a link out in between, the
    names of the folder it led to were taken for leftovers of the project's builds."""
    from explainer import compiled_templates, render

    swept = _kept_templates(monkeypatch, tmp_path)
    cache = project / ".cache/templates"
    cache.mkdir(parents=True, exist_ok=True)
    _after_the_look(monkeypatch, cache, _swap(cache, _elsewhere(tmp_path)))
    compiled_templates.store(cache, render.OPTIONS)
    assert cache.is_symlink() and not [names for names in swept if names], swept


def test_the_compiled_templates_folder_of_its_own_is_swept(project: Path, tmp_path: Path, monkeypatch):
    """The honest twin: a file a stopped build left aside in .cache/templates is found, to be deleted."""
    from explainer import compiled_templates, render

    swept = _kept_templates(monkeypatch, tmp_path)
    cache = project / ".cache/templates"
    cache.mkdir(parents=True, exist_ok=True)
    (cache / ".0123.999999999.0123456789ab").write_bytes(b"half")
    compiled_templates.store(cache, render.OPTIONS)
    assert swept == [[".0123.999999999.0123456789ab"]]


def _page_memo(site: Path):
    import jinja2

    from explainer.memo import PageMemo

    return PageMemo(jinja2.Environment(loader=jinja2.DictLoader({})), None, site, lambda error: None)


def test_a_site_folder_linked_out_is_not_taken_for_the_sites_own(project: Path, tmp_path: Path):
    """site/'s folders were listed by name: site/sources linked to a folder out of the project holding the group's
    page names was taken for the site's own (its pages then left to the writer as kept)."""
    assert run_build(project).code == 0
    names = sorted(os.listdir(project / "site/sources"))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for name in names:
        (elsewhere / name).write_bytes(b"not the project's")
    memo = _page_memo(project / "site")
    paths = [f"sources/{name}" for name in names]
    assert memo._all_in_site(paths)  # the honest twin: the site's own folder
    _swap(project / "site/sources", elsewhere)()
    assert not _page_memo(project / "site")._all_in_site(paths)


def test_names_in_folder_opens_no_step_through_a_link(tmp_path: Path):
    from explainer.safefs import names_in_folder

    (tmp_path / "top/inner").mkdir(parents=True)
    (tmp_path / "top/inner/a.html").write_text("")
    (tmp_path / "top/linked").symlink_to(tmp_path / "top/inner", target_is_directory=True)
    (tmp_path / "link-top").symlink_to(tmp_path / "top", target_is_directory=True)
    assert names_in_folder(str(tmp_path / "top"), ("inner",)) == ["a.html"]
    for top, steps in ((tmp_path / "top", ("linked",)), (tmp_path / "link-top", ("inner",)),
                       (tmp_path / "top", ("inner", "a.html"))):
        with pytest.raises(OSError):
            names_in_folder(str(top), steps)


# --- one listing of an input folder through its descriptor ----------------------------------------------------------

def test_folder_entries_gives_what_both_listings_gave(project: Path, tmp_path: Path):
    """`listed_folder` (names and kinds, a link to a folder inside taken as a folder, leftovers left out by its
    callers now) and `listed_entries` (each entry's status, not following a link) are one function."""
    from explainer import safefs
    from explainer.safefs import FileRefused, folder_entries

    assert not hasattr(safefs, "listed_folder") and not hasattr(safefs, "listed_entries")
    content = project / "content"
    (project / "shared").mkdir()
    (content / "linked").symlink_to("../shared", target_is_directory=True)
    (content / ".hidden").write_text("")
    listing = folder_entries(content, project)
    assert sorted(listing) == [".hidden", "flood", "linked", "site.yaml", "sources.yaml"]
    assert listing["linked"].leads_to_folder and listing["linked"].is_symlink() and not listing["linked"].is_dir()
    assert listing["flood"].leads_to_folder and listing["flood"].is_dir()
    assert listing["site.yaml"].is_file() and not listing["site.yaml"].leads_to_folder
    assert listing["flood"].stat().st_ino == os.stat(content / "flood").st_ino
    (tmp_path / "elsewhere").mkdir()
    (project / "seeds").rename(project / "seeds-kept")
    (project / "seeds").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    with pytest.raises(FileRefused) as refused:
        folder_entries(project / "seeds", project)
    assert refused.value.message == "is a link leading out of the project folder"
    with pytest.raises(FileNotFoundError):
        folder_entries(project / "missing", project)


# --- a site's or source's address whose host reads as another's -------------------------------------------------------

def _base_url(project: Path, url: str) -> None:
    path = project / "content/site.yaml"
    path.write_text(path.read_text(encoding="utf-8") + f"base_url: {url}\n", encoding="utf-8")


@pytest.mark.parametrize("url, reads, leads", [
    ("https://аррӏе.com/", "apple.com", "xn--80ak6aa92e.com"),
    ("https://www.рауpаl.com/briefings/", None, None),  # mixed, refused by the check of any text too
    ("https://ΑΡΡΙΕ.com/", "appie.com", "xn--mxail5aa.com"),
    ("https://соое.org/", "cooe.org", "xn--e1arak.org"),
])
def test_a_site_address_whose_host_reads_as_a_latin_one_is_refused(project: Path, url: str, reads, leads):
    """Every canonical link and the feed led to another owner's site, which reads as the editors' own."""
    _base_url(project, url)
    told = error_lines(run_build(project, "check"))
    assert len(told) == 1 and told[0].startswith("content/site.yaml:3: "), told
    if reads:
        assert (f"base_url: '{url}' names its host with " in told[0] and f"it reads as '{reads}' and leads to "
                f"'{leads}', another site" in told[0]), told


@pytest.mark.parametrize("url", ["https://exаmple.com/", "https://аррӏе.com/"])
def test_a_base_url_on_the_command_line_whose_host_reads_as_a_latin_one_is_refused(project: Path, url: str):
    """`--base-url` goes through no check of YAML text: a Cyrillic `а` inside a Latin name was published."""
    result = run_build(project, "--base-url", url)
    assert result.code != 0 and "Traceback" not in result.err
    assert "xn--" in result.err and not (project / "site").exists(), result.err[-800:]


@pytest.mark.parametrize("url", ["https://пример.рф/", "https://сайт.com/", "https://bücher.example/",
                                 "https://xn--80ak6aa92e.com/", "https://ελλάδα.gr/", "https://example.org/news/"])
def test_a_host_in_its_own_script_or_ascii_builds(project: Path, url: str):
    """The honest twins: a Cyrillic or Greek name with letters no Latin reader takes for their own, under any
    top-level name, or under one of its script; an accented Latin name; a name already in its `xn--` form."""
    result = run_build(project, "--base-url", url)
    assert result.code == 0, result.err[-800:]


def test_a_source_link_whose_host_reads_as_a_latin_one_is_refused(project: Path):
    edit(project / "content/sources.yaml", "    date: unknown\n",
         "    date: unknown\n    url: https://аррӏе.com/report\n")
    told = error_lines(run_build(project, "check"))
    assert len(told) == 1 and "sources[0].url: 'https://аррӏе.com/report' names its host with Cyrillic" in told[0], told


@pytest.mark.parametrize("url", ["https://evil@host.example/", "https://user:secret@host.example/"])
def test_a_site_address_with_a_user_name_is_refused(project: Path, url: str):
    """Held (tests/test_attack_34.py): the address leads to the host after '@'."""
    _base_url(project, url)
    told = error_lines(run_build(project, "check"))
    assert told == [f"content/site.yaml:3: base_url: '{url}' holds a user name or password (before '@'): the address "
                    "leads to 'host.example', and every page would publish what stands before it (write the address "
                    "the site is published at, e.g. https://example.org/briefings/)"]


# --- a figure and its unit on two lines ------------------------------------------------------------------------------

SUMMARY = "  The river rose on Monday[^monday] and again on Tuesday[^tuesday]."


@pytest.mark.parametrize("gap", ["\n  ", "\t", " \n  "], ids=["a line end", "a tab", "a space and a line end"])
def test_a_figure_and_a_wrong_unit_on_two_lines_is_refused(project: Path, gap: str):
    """"rose by 3⏎kilometres", a `|` block's lines the page joins as "3 kilometres", passed as a figure in no unit
    citing "the river rose by 3 metres on Monday": only spaces were read between a figure and its unit."""
    edit(project / "content/flood/briefing.yaml", SUMMARY,
         f"  The river rose by 3{gap}kilometres on Monday[^monday] and again on Tuesday[^tuesday].")
    told = error_lines(run_build(project, "check"))
    assert len(told) == 1 and told[0].startswith('content/flood/briefing.yaml:3: `summary`: figure "3" is given in '
                                                 "kilometres, which the passages this sentence cites"), told


@pytest.mark.parametrize("gap", [" ", "\n  ", "\t"])
def test_a_figure_and_its_own_unit_on_two_lines_builds(project: Path, gap: str):
    """The honest twin: "3⏎metres" of the passage's "3 metres"."""
    edit(project / "content/flood/briefing.yaml", SUMMARY,
         f"  The river rose by 3{gap}metres on Monday[^monday] and again on Tuesday[^tuesday].")
    result = run_build(project, "check")
    assert result.code == 0, result.err[-1500:]


def _seed_wrapped(project: Path, gap: str) -> None:
    text = (project / "seeds/flood.txt").read_text(encoding="utf-8")
    _seed_as(project, text.replace("by 5 metres", f"by 5{gap}metres"))


@pytest.mark.parametrize("gap", ["\n", "\r\n", " \n", "\t", "\x0b", "\x85", "\u2028"])
def test_a_seed_wrapped_between_a_figure_and_its_unit_backs_the_figure_in_that_unit(project: Path, gap: str):
    """A text wrapped at a line's end ("rose by 5⏎metres") gave the figure in no unit: "The river rose by 5 metres"
    citing it was refused, "they give it in no unit"; so were the controls the checks read as spaces."""
    _seed_wrapped(project, gap)
    result = run_build(project, "check")
    assert result.code == 0, result.err[-1500:]


def test_a_seed_wrapped_between_a_figure_and_its_unit_backs_no_other_unit(project: Path):
    """The misstatement twin: "5 kilometres" citing the wrapped "5⏎metres"."""
    _seed_wrapped(project, "\n")
    edit(project / "content/flood/claims.yaml", "says: The river rose by 5 metres[^beta-rise].",
         "says: The river rose by 5 kilometres[^beta-rise].")
    told = error_lines(run_build(project, "check"))
    assert len(told) == 1 and 'figure "5" is given in kilometres' in told[0] and "they give it in metres" in told[0], \
        told


@pytest.mark.parametrize("text, unit", [
    ("3\nkilomètres", "kilometre"), ("3\n  kilómetros", "kilometre"), ("3\nKilometer", "kilometre"),
    ("3\r\nmiles", "mile"), ("3\n\nkilometres", None), ("3 \n \n metres", None), ("3\u2003metres", None),
])
def test_a_unit_is_read_across_one_line_end_in_every_language_never_across_a_blank_line(text: str, unit):
    from explainer.numbers import unit_after

    assert unit_after(text, 0, 1) == unit


# --- a source's `file:` -----------------------------------------------------------------------------------------------

def _second_source(project: Path, file: str) -> None:
    """Add a source `flood2` naming `file` (written as a YAML double-quoted string), with the seed's digest."""
    path = project / "content/sources.yaml"
    path.write_text(path.read_text(encoding="utf-8") + (
        f'  - id: flood2\n    file: "{file}"\n    title: Flood report two\n    publisher: unknown\n'
        f"    date: unknown\n    sha256: {DIGEST}\n"), encoding="utf-8")


@pytest.mark.parametrize("file", ["./flood.txt", "flood.txt/", ".//flood.txt"])
def test_a_second_source_naming_the_seed_as_another_path_is_refused_as_a_file_used_twice(project: Path, file: str):
    """It passed, the same document built as two sources of two titles, with a page each."""
    _second_source(project, file)
    told = error_lines(run_build(project, "check"))
    assert "content/sources.yaml:9: source file 'flood.txt' is used twice (first on line 3) (give each one its own)" \
        in told, told


def test_a_second_source_naming_the_seed_as_another_path_in_a_folder_is_refused(project: Path):
    (project / "seeds/reports").mkdir()
    (project / "seeds/reports/flood.txt").write_bytes((project / "seeds/flood.txt").read_bytes())
    edit(project / "content/sources.yaml", "file: flood.txt", "file: reports/flood.txt")
    _second_source(project, "reports//./flood.txt")
    told = error_lines(run_build(project, "check"))
    assert "content/sources.yaml:9: source file 'reports/flood.txt' is used twice (first on line 3) (give each one " \
           "its own)" in told, told


def test_two_sources_of_two_seeds_build(project: Path):
    """The honest twin: a second seed, named plainly or as `./`, is a source of its own."""
    (project / "seeds/flood-two.txt").write_bytes((project / "seeds/flood.txt").read_bytes())
    _second_source(project, "./flood-two.txt")
    result = run_build(project, "check")
    assert result.code == 0, result.err[-1500:]


@pytest.mark.parametrize("file, told", [
    ("seeds/../content/x.yaml", "file 'seeds/../content/x.yaml' is outside seeds/"),
    ("/etc/passwd", "file '/etc/passwd' is outside seeds/"),
    ("C:\\\\x", "file 'C:\\x' is outside seeds/"),
    ("..\\\\x", "file '..\\x' is outside seeds/"),
    ("flood\\n.txt", "file 'seeds/flood\\n.txt' does not exist"),
    ("fl\\0ood.txt", "control character U+0000 in a quoted value is not allowed"),
])
def test_a_source_file_out_of_seeds_or_holding_a_control_is_refused(project: Path, file: str, told: str):
    """Held: each one line or two naming the `file:`'s line, nothing read out of seeds/."""
    edit(project / "content/sources.yaml", "file: flood.txt", f'file: "{file}"')
    result = run_build(project, "check")
    lines = error_lines(result)
    assert result.code == 1 and "Traceback" not in result.err and lines, result.err
    assert all(line.startswith("content/sources.yaml:3: ") for line in lines) and told in lines[0], lines
    assert "root:" not in result.err


# --- a seed of nothing, of a byte-order mark, or ending in a broken character ---------------------------------------

@pytest.mark.parametrize("data, told", [
    (b"", "seeds/flood.txt:1: the document is empty (0 bytes)"),
    (b"\xef\xbb\xbf", "seeds/flood.txt:1: the document is empty: it holds only a byte-order mark"),
    (b"The river rose.\n\xe2\x82", "seeds/flood.txt:2: byte 0xe2 is not valid UTF-8 (convert the document to UTF-8)"),
    (b"The river rose.\nab\xff", "seeds/flood.txt:2: byte 0xff is not valid UTF-8 (convert the document to UTF-8)"),
    (b"The river rose.\xc3", "seeds/flood.txt:1: byte 0xc3 is not valid UTF-8 (convert the document to UTF-8)"),
])
def test_a_seed_empty_or_ending_in_a_broken_character_is_one_line(project: Path, data: bytes, told: str):
    """Held: one line naming the seed and its line, never a traceback."""
    _seed_as(project, data)
    result = run_build(project, "check")
    lines = error_lines(result)
    assert result.code == 1 and len(lines) == 1 and lines[0].startswith(told), result.err[-1500:]


# --- the preview stopped as a build writes ---------------------------------------------------------------------------

def _every_file_parses(site: Path) -> int:
    """Assert every file of `site` reads as what its name says; return how many there are."""
    count = 0
    for path in sorted(site.rglob("*")):
        if not path.is_file():
            continue
        count += 1
        data = path.read_bytes()
        if path.suffix == ".html":
            text = data.decode("utf-8")
            assert text.rstrip().endswith("</html>"), path
            html.parser.HTMLParser().feed(text)
        elif path.suffix == ".json":
            json.loads(data)
        elif path.suffix == ".xml":
            ElementTree.fromstring(data)
        elif path.suffix == ".csv":
            list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
        elif path.suffix in (".css", ".js", ".txt", ".svg") or path.name.startswith("."):
            data.decode("utf-8")
    return count


TITLES = ("title: The flood", "title: The river flood", "title: The flood of the river", "title: The flood again")


@pytest.mark.parametrize("signals", [(signal.SIGTERM,), (signal.SIGINT, signal.SIGINT)],
                         ids=["sigterm", "ctrl-c twice"])
def test_the_preview_stopped_as_a_build_writes_leaves_the_last_good_site_whole(project: Path, signals):
    """Held: a save, the stop sent once the rebuild has started writing its stage (or has just ended); each time the
    preview ends at once, saying so, nothing beside site/ is left, and every file of site/ parses."""
    briefing = project / "content/flood/briefing.yaml"
    for before, after in zip(TITLES, TITLES[1:]):
        with serving(project) as server:
            edit(briefing, before, after)
            wait_until(lambda: list(project.glob(".site.*")) or "rebuilt" in server.output,
                       "the rebuild is writing, or done")
            for signum in signals:
                server.process.send_signal(signum)
            code = wait_for_end(server.process, 20)
            server.reader.join(timeout=5)
        assert code == 0 and "Traceback" not in server.output, server.output[-2000:]
        assert server.output.rstrip().endswith("stopped"), server.output[-500:]
        assert not list(project.glob(".site.*")), sorted(os.listdir(project))
        assert _every_file_parses(project / "site") > 10
        title = (project / "site/flood/index.html").read_text(encoding="utf-8")
        assert f"<h1>{before.removeprefix('title: ')}</h1>" in title or f"<h1>{after.removeprefix('title: ')}</h1>" \
            in title


# --- the preview's answers to malformed requests ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def served(minimal_built_once: Path, tmp_path_factory):
    with serving(copy_tree(minimal_built_once, tmp_path_factory.mktemp("attack46") / "project")) as server:
        yield server


def _chunked(port: int, body: bytes) -> bytes:
    return (b"POST / HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n%s"
            % (port, body))


MALFORMED_BODY = (b"HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 78\r\n"
                  b"Connection: close\r\n\r\n400: the request's body is malformed: a chunk's size line runs past 64 "
                  b"bytes.\n")


@pytest.mark.parametrize("body", [b"f" * 100 + b"\r\nhello\r\n0\r\n\r\n", b"5;" + b"x" * 70_000 + b"\r\nhello\r\n"],
                         ids=["a size of 100 hex digits", "an extension of 70 KB"])
def test_a_chunk_size_line_past_what_is_read_of_it_is_a_malformed_body(served, body: bytes):
    """It was answered "431: the request's address or headers are too long", of a request whose headers were whole."""
    assert answer(served.url, _chunked(port_of(served.url), body)) == MALFORMED_BODY


@pytest.mark.parametrize("size", [b"zz", b"-5", b"0x5", b"+5", b" 5"])
def test_a_chunk_size_that_is_no_hex_number_is_refused_400(served, size: bytes):
    """Held: tornado's own 400, nothing served."""
    received = answer(served.url, _chunked(port_of(served.url), size + b"\r\nhello\r\n0\r\n\r\n"))
    assert received.startswith(b"HTTP/1.1 400 "), received[:200]


@pytest.mark.parametrize("length", [65_536 - 64, 65_536, 65_600])
def test_a_header_line_of_64_kb_is_answered_431(served, length: int):
    """Held: at or past what tornado reads of a request's head, 431 with what to do; the page is still served."""
    port = port_of(served.url)
    received = answer(served.url, b"GET / HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nX-Big: %s\r\nConnection: close\r\n\r\n"
                      % (port, b"a" * length))
    assert received.startswith(b"HTTP/1.1 431 ") and b"open a shorter address" in received, received[:200]
    assert get(served.url, "/")[0] == 200


def test_headers_too_long_after_a_request_on_the_same_connection_are_still_431(served):
    """The honest twin of the body's 400: a second request's head is headers, not a body."""
    port = port_of(served.url)
    first = b"GET /robots.txt HTTP/1.1\r\nHost: 127.0.0.1:%d\r\n\r\n" % port
    second = b"GET / HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nX-Big: %s\r\n\r\n" % (port, b"a" * 70_000)
    received = answer(served.url, first + second)
    assert received.startswith(b"HTTP/1.1 200 ") and b"HTTP/1.1 431 " in received, received[:300]


@pytest.mark.parametrize("path, status", [
    (b"/%00", b"400"), (b"/flood/%00", b"400"), (b"/%2e%2e%2f%2e%2e%2fetc%2fpasswd", b"404"),
    (b"/flood/%2e%2e%2f%2e%2e%2fcontent%2fsite.yaml", b"404"), (b"/%2e%2e%2fcontent/site.yaml", b"404"),
    (b"/%252e%252e%252fcontent/site.yaml", b"404"),
])
def test_a_path_with_an_encoded_nul_or_way_up_is_refused(served, path: bytes, status: bytes):
    """Held: nothing out of site/ served."""
    port = port_of(served.url)
    received = answer(served.url, b"GET %s HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nConnection: close\r\n\r\n" % (path, port))
    assert received.startswith(b"HTTP/1.1 " + status + b" "), received[:200]
    assert b"root:" not in received and b"title: Test briefings" not in received
