"""Round forty-seven of attacks on files, signals and sockets: round 46's leftovers, and what held.

A page kept from the last build was looked for in site/ by name (explainer/memo.py `PageMemo._in_site`, `os.lstat`),
which follows a link at every step but the last: a folder of site/ swapped for a link out of the project had a file
of the same size there taken for the site's own page. Each folder on the way is now opened without following a link,
the page's status taken through the last one's descriptor (explainer/safefs.py `status_in_folder`).

A site's or source's address whose host holds Armenian letters that read as Latin ones (`https://gօօgle.com/`, U+0585),
or whose top-level name does (`https://example.cоm/`, a Cyrillic `о` among Latin letters; `https://example.сом/`, all
Cyrillic) was published; it is refused as Cyrillic and Greek ones were (explainer/host_names.py). `пример.ком` and
`օրինակ.հայ`, names of a script under a top-level name of theirs, build.

The CSV downloads wrote a seed's or content's U+2028, U+2029, NEL (and the other line ends `str.splitlines` splits at)
raw and unquoted: a reader of lines split the row in two, its second part starting where the cell's text went on. Each
is now a cell's own line break, a quoted LF (explainer/export.py `_CELL_LINE_ENDS`), and a formula after it is made
inert as after any line break.

Names compared as a disk of macOS or Windows compares them folded `ı` (dotless i) to nothing else: Windows' disks
compare names in upper case, where it is `I`, so `--out statıc/site` built into static/ there, and the long `ſ` was
kept apart from `s` in the names of seeds and locale files. One fold, explainer/windows_names.py `folded_name`, is now
used for all of them; `ß` and `ﬁ` were folded already, and are tested.

A unit of several words was read with one space between them: "3 square⏎kilometres" in a `|` block (shown as
"3 square kilometres") passed as a figure in no unit citing "3 metres", a seed wrapped as "5 square⏎metres" backed no
"5 square metres", and "3 kilomètres⏎carrés" was read as kilometres. Between the words of a unit, spaces with at most
one line end among them are now read, as between a figure and its unit, or a hyphen ("a 3 square-kilometre zone",
which passed as no unit too) (explainer/numbers.py `_WORD_GAP`).

What held, tried in this round: a seed that is a named pipe or a socket (one line, the build never waits on it), or a
link to /dev/zero; 10,000 empty files in content/ (one line for all); a YAML alias bomb padded to 1 MB; YAML nested
200,000 deep; a briefing folder named in Arabic-Indic digits; a title holding `]]>` (the feed parses, the title read
back whole) or `</script>` (escaped in the page and its JSON-LD); a title holding U+202E written as its escape; an
--out that is a named pipe.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import socket
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from conftest import run_build
from support import build_ok, edit, error_lines, minimal_project, rebuild_fails
from test_attack_43 import _swap
from test_attack_45 import ALIKE, HINT, INPUTS

DIGEST = "c6fab57b02c1ca096b35c49ca5211e1c5220e3f8b44519385d54d7d81a944ee8"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return minimal_project(tmp_path / "project")


def _seed_as(project: Path, text: str) -> None:
    """Make the seed `text` and record its digest, as `accept-source` would."""
    data = text.encode("utf-8")
    (project / "seeds/flood.txt").write_bytes(data)
    edit(project / "content/sources.yaml", DIGEST, hashlib.sha256(data).hexdigest())


# --- a kept page looked for through its folders' descriptors -----------------------------------------------------------

def _page_memo(site: Path):
    import jinja2

    from explainer.memo import PageMemo

    return PageMemo(jinja2.Environment(loader=jinja2.DictLoader({})), None, site, lambda error: None)


def test_a_page_under_a_site_folder_swapped_for_a_link_out_is_not_taken_for_the_sites_own(project: Path,
                                                                                          tmp_path: Path):
    """`os.lstat(site/sources/flood.html)` followed site/sources swapped for a link out of the project, and a file
    there of the page's size was taken for the page, left to the writer as kept."""
    assert run_build(project).code == 0
    names = sorted(os.listdir(project / "site/sources"))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for name in names:
        (elsewhere / name).write_bytes(b"x" * (project / "site/sources" / name).stat().st_size)
    paths = {f"sources/{name}": (project / "site/sources" / name).stat().st_size for name in names}
    memo = _page_memo(project / "site")
    assert all(memo._in_site(path, size) for path, size in paths.items())  # the honest twin: the site's own
    assert not memo._in_site(next(iter(paths)), 1)  # another size: made again
    _swap(project / "site/sources", elsewhere)()
    memo = _page_memo(project / "site")
    assert not [path for path, size in paths.items() if memo._in_site(path, size)]


def test_a_page_that_is_itself_a_link_is_not_in_the_site(project: Path, tmp_path: Path):
    """Held: the last step was never followed (lstat); nor is it now."""
    assert run_build(project).code == 0
    page = project / "site/flood/index.html"
    size = page.stat().st_size
    (tmp_path / "page.html").write_bytes(page.read_bytes())
    page.unlink()
    page.symlink_to(tmp_path / "page.html")
    assert not _page_memo(project / "site")._in_site("flood/index.html", size)


def test_status_in_folder_follows_no_link_on_the_way(tmp_path: Path):
    from explainer.safefs import status_in_folder

    (tmp_path / "top/inner").mkdir(parents=True)
    (tmp_path / "top/inner/a.html").write_text("abc")
    (tmp_path / "top/linked").symlink_to(tmp_path / "top/inner", target_is_directory=True)
    (tmp_path / "top/inner/b.html").symlink_to(tmp_path / "top/inner/a.html")
    (tmp_path / "link-top").symlink_to(tmp_path / "top", target_is_directory=True)
    assert status_in_folder(str(tmp_path / "top"), ("inner", "a.html")).st_size == 3
    assert os.path.islink(tmp_path / "top/inner/b.html")
    assert not __import__("stat").S_ISREG(status_in_folder(str(tmp_path / "top"), ("inner", "b.html")).st_mode)
    for top, steps in ((tmp_path / "top", ("linked", "a.html")), (tmp_path / "link-top", ("inner", "a.html")),
                       (tmp_path / "top", ("inner", "a.html", "x")), (tmp_path / "top", ("inner", "gone.html"))):
        with pytest.raises(OSError):
            status_in_folder(str(top), steps)


def test_a_rebuild_keeps_its_pages_as_before(project: Path):
    """The honest twin through the front door: a second build finds every page kept and writes none."""
    assert run_build(project).code == 0
    before = {path: path.stat().st_ino for path in (project / "site").rglob("*.html")}
    assert run_build(project).code == 0
    assert {path: path.stat().st_ino for path in (project / "site").rglob("*.html")} == before


# --- hosts with Armenian letters, or a top-level name, that read as Latin ----------------------------------------------

def _base_url(project: Path, url: str) -> None:
    path = project / "content/site.yaml"
    path.write_text(path.read_text(encoding="utf-8") + f"base_url: {url}\n", encoding="utf-8")


@pytest.mark.parametrize("url, told", [
    ("https://gօօgle.com/", "mixes Armenian letters with Latin ones in its host's name 'gօօgle': a browser shows it "
                            "as 'xn--ggle-vifa.com'"),
    ("https://www.yօսtube.com/", "mixes Armenian letters with Latin ones in its host's name 'yօսtube'"),
    ("https://ѕսո.com/", "names its host with Cyrillic letters that each read as a Latin one: it reads as 'sun.com'"),
    ("https://ցօօց.net/", "names its host with Armenian letters that each read as a Latin one: it reads as "
                          "'goog.net'"),
    ("https://example.сом/", "names its host with Cyrillic letters that each read as a Latin one: it reads as "
                             "'example.com' and leads to 'example.xn--l1adi', another site"),
    ("https://аррӏе.сом/", "it reads as 'apple.com' and leads to 'xn--80ak6aa92e.xn--l1adi', another site"),
])
def test_a_site_address_with_armenian_or_top_level_lookalikes_is_refused(project: Path, url: str, told: str):
    """Every canonical link and the feed led to another owner's site, which reads as the editors' own."""
    _base_url(project, url)
    lines = error_lines(run_build(project, "check"))
    assert len(lines) == 1 and lines[0].startswith(f"content/site.yaml:3: base_url: '{url}' ") and told in lines[0], \
        lines


@pytest.mark.parametrize("url", ["https://пример.ком/", "https://сайт.орг/", "https://օրինակ.հայ/",
                                 "https://ցանց.com/", "https://пример.рф/", "https://example.com/",
                                 "https://xn--l1adi.example/"])
def test_a_host_in_its_own_script_under_its_own_top_level_name_builds(project: Path, url: str):
    """The honest twins: Cyrillic names under the Cyrillic .ком and .орг (a registry's names, not lookalikes of one
    Latin name), Armenian ones with letters no Latin reader takes for their own, an `xn--` name."""
    result = run_build(project, "--base-url", url)
    assert result.code == 0, result.err[-800:]


def test_a_site_address_with_a_cyrillic_or_greek_letter_in_a_latin_top_level_name_is_refused_in_yaml(project: Path):
    """Held in YAML, by the check of any text's words (a Cyrillic `о` inside a word of Latin letters); the command
    line's --base-url, which no such check reads, passed it (below)."""
    for url, letter in (("https://example.cоm/", "U+043E (CYRILLIC SMALL LETTER O)"),
                        ("https://example.οrg/", "U+03BF (GREEK SMALL LETTER OMICRON)")):
        path = project / "content/site.yaml"
        kept = path.read_text(encoding="utf-8")
        _base_url(project, url)
        assert error_lines(run_build(project, "check")) == [
            f"content/site.yaml:3: {letter} stands inside a word of Latin letters: it looks like a Latin letter but is "
            "not one (retype the word in one script, so that it reads as it looks)"]
        path.write_text(kept, encoding="utf-8")


@pytest.mark.parametrize("url, told", [
    ("https://gօօgle.com/", "mixes Armenian letters with Latin ones in its host's name 'gօօgle'"),
    ("https://example.cоm/", "mixes Cyrillic letters with Latin ones in its host's name 'cоm': a browser shows it as "
                             "'example.xn--cm-fmc'"),
    ("https://example.οrg/", "mixes Greek letters with Latin ones in its host's name 'οrg'"),
    ("https://example.сом/", "it reads as 'example.com' and leads to 'example.xn--l1adi', another site"),
])
def test_a_base_url_on_the_command_line_with_lookalikes_is_refused(project: Path, url: str, told: str):
    result = run_build(project, "--base-url", url)
    assert told in result.err, result.err[-800:]
    assert result.code != 0 and "Traceback" not in result.err
    assert "xn--" in result.err and not (project / "site").exists(), result.err[-800:]


def test_a_source_link_with_armenian_lookalikes_is_refused(project: Path):
    edit(project / "content/sources.yaml", "    date: unknown\n",
         "    date: unknown\n    url: https://reuters.cօm/report\n")
    told = error_lines(run_build(project, "check"))
    assert told == ["content/sources.yaml:7: sources[0].url: 'https://reuters.cօm/report' mixes Armenian letters with "
                    "Latin ones in its host's name 'cօm': a browser shows it as 'reuters.xn--cm-3ic', another site "
                    "than it reads as (write the address as the source gives it, its host in Latin letters or as "
                    "the source's own script writes it)"] or (len(told) == 1 and "'cօm'" in told[0]), told


# --- the CSV downloads' line ends -------------------------------------------------------------------------------------

LINE_ENDS = ("\u2028", "\u2029", "\u0085", "\x0b", "\x0c", "\x1c")


def _claims_with_line_ends(project: Path) -> None:
    """Put a line separator in a claim and in the other claim's evidence, and a paragraph separator in its own evidence
    (written as YAML's escapes; YAML refuses a NEL's). A source's title and publisher, which the CSV's source columns
    give, hold none since round 68 (a title or a name is one line, explainer/one_line_texts.py)."""
    claims = project / "content/flood/claims.yaml"
    edit(claims, "says: The river rose by 5 metres[^beta-rise].", 'says: "The river rose\\Lby 5 metres[^beta-rise]."')
    edit(claims, "        status: claim\n        cite: [alpha-rise]",
         '        status: claim\n        evidence: "River\\Lwatch"\n        cite: [alpha-rise]')
    edit(claims, "        status: claim\n        cite: [beta-rise, monday]",
         '        status: claim\n        evidence: "Flood\\Preport"\n        cite: [beta-rise, monday]')


def _rows(text: str) -> tuple[list, list]:
    """Return the rows Python's csv module reads from a file opened with newline='' and from the text's lines."""
    return list(csv.reader(io.StringIO(text, newline=""))), list(csv.reader(text.splitlines(keepends=True)))


def test_the_claims_csv_keeps_a_row_whole_whatever_its_line_ends(project: Path):
    """A claim's U+2028, a title's U+2029 and a publisher's NEL were written raw and unquoted: read line by line
    (`splitlines`, a spreadsheet's import of lines), one claim's row was two."""
    _claims_with_line_ends(project)
    result = run_build(project)
    assert result.code == 0, result.err[-1500:]
    data = (project / "site/flood/data/claims.csv").read_bytes()
    assert not [char for char in LINE_ENDS if char.encode() in data], data[:300]
    text = data.decode("utf-8-sig")
    whole, by_line = _rows(text)
    assert whole == by_line and len(whole) == 3, by_line
    says = whole[0].index("says")
    assert whole[2][says] == "The river rose by 5 metres.", whole[2]  # the claim's words as the page shows them
    cells = [cell for row in whole for cell in row]
    assert "Flood\nreport" in cells and "River\nwatch" in cells, whole


def test_the_json_download_keeps_its_escapes_as_before(project: Path):
    """Consistent with the JSON downloads, which read back the same characters (tests/test_attack_46.py)."""
    import json

    _claims_with_line_ends(project)
    assert run_build(project).code == 0
    briefing = (project / "site/flood/data/briefing.json").read_bytes()
    assert b"\\u2028" in briefing and "\u2028".encode() not in briefing
    assert "The river rose\u2028by 5" in json.loads(briefing)["claims"]["topics"][0]["claims"][1]["says"]


@pytest.mark.parametrize("cell, written", [
    ("Beta\u2028=cmd|' /C calc'!A0", "Beta\n'=cmd|' /C calc'!A0"),
    ("a\u2029 +1\x85b\x0bc\x0cd\x1ce\x1df\x1eg", "a\n' +1\nb\nc\nd\ne\nf\ng"),
    ("no line end", "no line end"),
    ("-2.4", "-2.4"),
])
def test_a_cells_line_end_is_an_lf_and_a_formula_after_it_inert(cell: str, written: str):
    """A formula after U+2028 started a row of its own to a reader of lines, with no apostrophe before it."""
    from explainer.export import _csv

    text = _csv(["a"], [[cell]]).decode("utf-8-sig")
    whole, by_line = _rows(text)
    assert whole == by_line == [["a"], [written]]


def test_a_csv_without_such_line_ends_is_written_as_before(project: Path):
    """The honest twin: nothing changes in a download whose cells hold none."""
    assert run_build(project).code == 0
    text = (project / "site/flood/data/claims.csv").read_bytes().decode("utf-8-sig")
    whole, by_line = _rows(text)
    assert whole == by_line and len(whole) == 3 and "\n" not in "".join(cell for row in whole for cell in row)


# --- names folded as Windows' and macOS's disks fold them -------------------------------------------------------------

@pytest.mark.parametrize("out, how, name", [
    ("statıc/site", "is inside", "static/"),
    ("STATıC", "is", "static/"),
    ("ſeeds", "is", "seeds/"),
])
def test_an_out_naming_an_input_but_for_a_dotless_i_or_long_s_is_refused(tmp_path: Path, out: str, how: str,
                                                                         name: str):
    """`ı` is `I` in upper case, as Windows compares names: `--out statıc/site` built into static/ there."""
    from explainer.write import OutputError, check_output_location

    root = tmp_path / "project"
    for folder in INPUTS:
        (root / folder).mkdir(parents=True)
    with pytest.raises(OutputError) as error:
        check_output_location(root / out, [root / folder for folder in INPUTS])
    assert str(error.value) == f"{root / out}: output folder {how} the input folder {name} {ALIKE} {HINT}"


@pytest.mark.parametrize("project_name, out_name", [("strasse", "STRAßE"), ("fix", "ﬁx"), ("site-fıx", "SITE-FIX")])
def test_an_out_naming_the_project_folded_is_refused(tmp_path: Path, project_name: str, out_name: str):
    """The project folder named with `ß`, `ﬁ` or a dotless i where it has `ss`, `fi` or `i`: it holds every input."""
    from explainer.write import OutputError, check_output_location

    root = tmp_path / project_name
    (root / "content").mkdir(parents=True)
    with pytest.raises(OutputError) as error:
        check_output_location(tmp_path / out_name, [root / "content"])
    assert f"output folder holds the input folder content/ {ALIKE}" in str(error.value)


@pytest.mark.parametrize("out", ["sıte", "statistics", "İnputs", "static-ı", "seedſ-site"])
def test_an_out_folding_to_no_input_is_built_into(tmp_path: Path, out: str):
    """The honest twins: names a dotless i or long s makes no input's."""
    from explainer.write import check_output_location

    root = tmp_path / "project"
    for folder in INPUTS:
        (root / folder).mkdir(parents=True)
    check_output_location(root / out, [root / folder for folder in INPUTS])


def test_the_command_line_refuses_an_out_in_static_but_for_a_dotless_i(project: Path):
    """Through the front door: one line, the site untouched, nothing made in static/."""
    (project / "static").mkdir(exist_ok=True)
    kept = sorted(os.listdir(project / "static"))
    good = build_ok(project)
    out = project / "statıc" / "site"
    assert error_lines(rebuild_fails(project, good, "build", "--out", str(out))) == [
        f"{out}: output folder is inside the input folder static/ {ALIKE} {HINT}"]
    assert not (project / "statıc").exists() and sorted(os.listdir(project / "static")) == kept


@pytest.mark.parametrize("other", ["fıood-site.txt", "flood-sıte.txt", "FLOOD-SITE.txt"])
def test_two_seeds_one_file_on_windows_are_refused(project: Path, other: str):
    """`flood-sıte.txt` beside `flood-site.txt` is one file on Windows (`I` both); `fıood` beside `flood` is not (`ı`
    is `I`, not `L`) and is not refused. (`ſ` in a `file:` is refused as any text's long s is: held.)"""
    (project / "seeds/flood.txt").rename(project / "seeds/flood-site.txt")
    edit(project / "content/sources.yaml", "file: flood.txt", "file: flood-site.txt")
    (project / "seeds" / other).write_bytes((project / "seeds/flood-site.txt").read_bytes())
    path = project / "content/sources.yaml"
    path.write_text(path.read_text(encoding="utf-8") + (
        f'  - id: flood2\n    file: "{other}"\n    title: Flood report two\n    publisher: unknown\n'
        f"    date: unknown\n    sha256: {DIGEST}\n"), encoding="utf-8")
    told = error_lines(run_build(project, "check"))
    if other.startswith("fıood"):
        assert not [line for line in told if "letter case" in line], told
    else:
        assert any(f"source 'flood2': file '{other}' differs from 'flood-site.txt' (source 'flood', line 3) only in "
                   "letter case" in line for line in told), told


# --- a unit of several words across a line end ------------------------------------------------------------------------

SUMMARY = "  The river rose on Monday[^monday] and again on Tuesday[^tuesday]."


@pytest.mark.parametrize("gap", ["\n  ", " \n  ", "  ", "-"],
                         ids=["a line end", "a space and a line end", "two spaces", "a hyphen"])
def test_a_unit_of_two_words_on_two_lines_is_refused_citing_another(project: Path, gap: str):
    """"rose by 3 square⏎kilometres", a `|` block's lines the page joins as "3 square kilometres", passed as a figure
    in no unit citing "the river rose by 3 metres on Monday"."""
    edit(project / "content/flood/briefing.yaml", SUMMARY,
         f"  The river rose by 3 square{gap}kilometres on Monday[^monday] and again on Tuesday[^tuesday].")
    told = error_lines(run_build(project, "check"))
    assert len(told) == 1 and told[0].startswith('content/flood/briefing.yaml:3: `summary`: figure "3" is given in '
                                                 "square kilometres, which the passages this sentence cites"), told


def _seed_wrapped(project: Path, gap: str) -> None:
    text = (project / "seeds/flood.txt").read_text(encoding="utf-8")
    _seed_as(project, text.replace("by 5 metres", f"by 5 square{gap}metres"))
    edit(project / "content/flood/briefing.yaml", "prefix: by 5 metres.", f"prefix: square metres.")


@pytest.mark.parametrize("gap", ["\n", "\r\n", " \n ", "\u2028"])
def test_a_seed_wrapped_inside_a_unit_backs_the_figure_in_that_unit(project: Path, gap: str):
    """"5 square⏎metres" gave the figure in no unit: "The river rose by 5 square metres" citing it was refused."""
    _seed_wrapped(project, gap)
    edit(project / "content/flood/claims.yaml", "says: The river rose by 5 metres[^beta-rise].",
         "says: The river rose by 5 square metres[^beta-rise].")
    edit(project / "content/flood/claims.yaml", "quote: Beta said the river rose by 5 metres.",
         "quote: Beta said the river rose by 5 square metres.")
    result = run_build(project, "check")
    assert result.code == 0, result.err[-1500:]


def test_a_seed_wrapped_inside_a_unit_backs_no_other_unit(project: Path):
    """The misstatement twin: "5 metres" citing the wrapped "5 square⏎metres"."""
    _seed_wrapped(project, "\n")
    edit(project / "content/flood/claims.yaml", "quote: Beta said the river rose by 5 metres.",
         "quote: Beta said the river rose by 5 square metres.")
    told = error_lines(run_build(project, "check"))
    assert len(told) == 1 and 'figure "5" is given in metres' in told[0] and "square metres" in told[0], told


@pytest.mark.parametrize("text, unit", [
    ("3 square\nkilometres", "square kilometre"), ("3 square\n  kilometres", "square kilometre"),
    ("3\nsquare\nkilometres", "square kilometre"), ("3 square  kilometres", "square kilometre"),
    ("3 kilomètres\ncarrés", "square kilometre"), ("3 kilómetros\n  cuadrados", "square kilometre"),
    ("3 mètres\ncubes", "cubic metre"), ("3 metros\r\ncúbicos", "cubic metre"), ("3 miles per\nhour", "mile per hour"),
    ("3 sq\nkm", "square kilometre"), ("3 square kilometres", "square kilometre"), ("3 kilomètres", "kilometre"),
    ("3 square-kilometre", "square kilometre"), ("3 miles-per-hour", "mile per hour"),
    ("3 kilowatt-hours", "kilowatt hour"), ("3 kilomètres-heure", "kilometre per hour"),
    ("3 square\n\nkilometres", None), ("3 kilomètres\n\ncarrés", "kilometre"), ("3 miles per\n\nhour", "mile"),
])
def test_a_units_words_are_read_across_one_line_end_in_every_language_never_across_a_blank_line(text: str, unit):
    from explainer.numbers import unit_after

    assert unit_after(text, 0, 1) == unit


# --- what held ---------------------------------------------------------------------------------------------------------

def test_a_seed_that_is_a_named_pipe_is_one_line_and_no_wait(project: Path):
    (project / "seeds/flood.txt").unlink()
    os.mkfifo(project / "seeds/flood.txt")
    assert error_lines(run_build(project, "check")) == [
        "content/sources.yaml:3: source 'flood': seeds/flood.txt is not a regular file: it is a named pipe (replace it "
        "with an ordinary file)"]


def test_a_seed_that_is_a_socket_is_one_line(project: Path):
    (project / "seeds/flood.txt").unlink()
    with socket.socket(socket.AF_UNIX) as listening:
        listening.bind(str(project / "seeds/flood.txt"))
        assert error_lines(run_build(project, "check")) == [
            "content/sources.yaml:3: source 'flood': seeds/flood.txt is not a regular file: it is a socket (replace it "
            "with an ordinary file)"]


def test_a_seed_linked_to_dev_zero_is_refused(project: Path):
    (project / "seeds/flood.txt").unlink()
    (project / "seeds/flood.txt").symlink_to("/dev/zero")
    assert error_lines(run_build(project, "check")) == [
        "content/sources.yaml:3: source 'flood': seeds/flood.txt is a link leading out of seeds/, to /dev/zero "
        "(replace the link with a copy of the file)"]


def test_ten_thousand_empty_files_in_content_are_one_line(project: Path):
    for number in range(10_000):
        (project / "content" / f"f{number}.yaml").write_bytes(b"")
    told = error_lines(run_build(project, "check"))
    assert len(told) == 1 and "and 9,999 more '*.yaml' files" in told[0], told[:3]


def test_a_yaml_alias_bomb_of_one_megabyte_is_refused_at_its_first_alias(project: Path):
    lines = ["a0: &a0 [" + ",".join(["xxxxxxxxxx"] * 10) + "]"]
    lines += [f"a{level}: &a{level} [" + ",".join([f"*a{level - 1}"] * 10) + "]" for level in range(1, 30)]
    text = "\n".join(lines) + "\n"
    (project / "content/flood/claims.yaml").write_text(text + "# " + "p" * (1_000_000 - len(text)) + "\n")
    assert error_lines(run_build(project, "check")) == [
        "content/flood/claims.yaml:2: alias '*a0' is not allowed in content (write the value out in full instead of "
        "using anchors)"]


def test_yaml_nested_200000_deep_is_one_line(project: Path):
    (project / "content/flood/claims.yaml").write_text("topics: " + "[" * 200_000 + "]" * 200_000 + "\n")
    told = error_lines(run_build(project, "check"))
    assert len(told) == 1 and "exceeded maximum nesting depth" in told[0], told


def test_a_briefing_folder_named_in_other_digits_is_refused(project: Path):
    (project / "content/flood").rename(project / "content/١٢٣")
    told = error_lines(run_build(project))
    assert len(told) == 1 and told[0].startswith("content/١٢٣: '١٢٣' cannot be a briefing's folder name"), told


def test_a_title_closing_a_cdata_section_leaves_the_feed_whole(project: Path):
    edit(project / "content/flood/briefing.yaml", "title: The flood", 'title: "The ]]> flood <![CDATA[ x"')
    assert run_build(project).code == 0
    tree = ElementTree.parse(project / "site/feed.xml")
    assert any(element.text and "The ]]> flood <![CDATA[ x" in element.text for element in tree.iter())


def test_a_title_closing_a_script_is_escaped(project: Path):
    edit(project / "content/flood/briefing.yaml", "title: The flood",
         'title: "The </script><script>alert(document.cookie)</script> flood"')
    assert run_build(project).code == 0
    page = (project / "site/flood/index.html").read_text(encoding="utf-8")
    assert "<script>alert" not in page and "&lt;script&gt;alert" in page and "\\u003cscript\\u003ealert" in page


def test_a_title_writing_a_direction_override_is_refused(project: Path):
    edit(project / "content/flood/briefing.yaml", "title: The flood", 'title: "The \\u202eflood"')
    assert error_lines(run_build(project, "check")) == [
        "content/flood/briefing.yaml:1: control character U+202E (RIGHT-TO-LEFT OVERRIDE) in a quoted value is not "
        "allowed (remove the escape sequence that writes it; write the text itself)"]


def test_an_out_that_is_a_named_pipe_is_refused(project: Path):
    os.mkfifo(project / "out")
    assert error_lines(run_build(project, "build", "--out", str(project / "out"))) == [
        f"{project / 'out'}: output path is not a plain folder (refusing to replace it; choose another --out)"]
