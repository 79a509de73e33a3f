"""Round forty of attacks on files, signals and sockets, and an editor's honest input refused: round 39's leftovers.

A site's `base_url` written `HTTPS://EXAMPLE.ORG/` (upper case scheme or host, as browsers accept) was refused as no
http address, and so was a source's `url` so written: both are taken now, the site's address written with its scheme
and host in lower case and its path as given, a source's link as given (explainer/site_address.py). A source's
`title`, `publisher` and `author`, a party's name, a claimant, a quote's speaker and words, a heading (a topic's, a
section's, a table's) and a caveat had no length limit: a source title of 50 KB was printed beside every passage cited
from it, on every page citing it. Each is now refused past a limit (300 characters for a title or heading, 200 for a
name, 5,000 for a quote's words or a caveat) in one line naming its file and line (explainer/model.py). A source's
`date` or `retrieved` of `2026-02-30`, `2026-13-01` or `0000-01-01` was published as it stood, a `<time datetime>` no
reader can read (a briefing's own dates were checked against the calendar; `unknown` still stands). `cite flood
"river\\x00rose"` listed the same nearest passage twice, the same line and marks (explainer/suggest.py). `--root` a
file was "project folder not found", sending the editor looking for what was there. The preview answered "100
Continue" to a request announcing a body of 10 MB, then refused it with a 400 once curl had started to send it: it is
now answered 413 at once, and an expectation other than 100-continue 417 (explainer/expectations.py).

What held, tried in this round: a template, a static file, a locale or a content file that is a link out of the
project, a named pipe, or a sparse file of 10 GB (one line each, naming the file); a locale with a billion-laughs
alias bomb (aliases refused at their line), a word list of 12 MB (the size limit), a label holding `{0.__class__}`,
`{number.__class__.__mro__}` or `{number:>100000000}` (an unknown placeholder, one line); a log date of year 0 or
`-001-01-01` (refused), of 9999-12-31 or 0001-01-01 (built); a log entry holding `]]>` and `<![CDATA[` (escaped: the
feed parses) or a control character as an escape (refused at its line); `new con`, `aux.`, `nul.txt`, `flood2.`,
`COM1`, `lpt9.md` and a `content/con/` folder (one line each, nothing made); `--root /` (no content folder, nothing
written) and a missing `--root`; SIGHUP to `serve` (it stops cleanly, `tests/test_attack_3.py`).

Each test waits on the event itself (a process's end, an answer), never on a sleep.
"""

from __future__ import annotations

import xml.dom.minidom
from pathlib import Path

import pytest

from conftest import copy_tree, run_build
from support import edit, error_lines, minimal_project, refused_past_its_limit
from test_attack_3 import answer
from test_serve import serving
from test_serve_attack import port_of

from explainer.arguments import base_url

SITE = "content/site.yaml"
SOURCES = "content/sources.yaml"
BRIEFING = "content/flood/briefing.yaml"
CLAIMS = "content/flood/claims.yaml"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return minimal_project(tmp_path / "project")


# --- a site address in capitals --------------------------------------------------------------------------------------

def test_a_site_address_in_capitals_builds_written_with_its_scheme_and_host_in_lower_case(project: Path):
    """`HTTPS://EXAMPLE.ORG/` was "not an http:// or https:// address"; its path keeps its case."""
    (project / SITE).write_text((project / SITE).read_text(encoding="utf-8") + "base_url: HTTPS://EXAMPLE.ORG/Briefings\n",
                                encoding="utf-8")
    edit(project / SOURCES, "date: unknown", "date: unknown\n    url: HTTPS://Reports.Example/Flood")
    result = run_build(project)
    assert result.code == 0, result.err
    home = (project / "site" / "index.html").read_text(encoding="utf-8")
    assert '<link rel="canonical" href="https://example.org/Briefings/">' in home
    assert "https://example.org/Briefings/sitemap.xml" in (project / "site" / "robots.txt").read_text(encoding="utf-8")
    assert 'href="https://example.org/Briefings/flood/#update-2026-03-03-1"' in (project / "site" / "feed.xml").read_text(
        encoding="utf-8")
    source_page = (project / "site" / "sources" / "flood.html").read_text(encoding="utf-8")
    assert 'href="HTTPS://Reports.Example/Flood"' in source_page  # a source's link as given: browsers follow it


@pytest.mark.parametrize("url", ["HTTP://Example.Org", "Https://example.org/x/", "hTtPs://EXAMPLE.org:8443/"])
def test_a_site_address_in_capitals_is_taken_on_the_command_line(url: str):
    assert base_url(url) == url


def test_a_capital_address_leading_elsewhere_than_it_reads_is_still_refused(project: Path):
    (project / SITE).write_text((project / SITE).read_text(encoding="utf-8") +
                                "base_url: HTTPS://EXAMPLE.ORG@EVIL.EXAMPLE/\n", encoding="utf-8")
    result = run_build(project, "check")
    assert result.code == 1 and "Traceback" not in result.err
    assert error_lines(result)[0].startswith("content/site.yaml:3: base_url: 'HTTPS://EXAMPLE.ORG@EVIL.EXAMPLE/' holds "
                                             "a user name or password (before '@'): the address leads to 'evil.example'")


# --- names, titles, quotes and caveats of any length -----------------------------------------------------------------

CAVEATS = "caveats:\n  - kind: omission\n    text: {text}\n"
QUOTES = ("quotes:\n  - id: mayor\n    speaker: {speaker}\n    role: not given\n    words: {words}\n"
          "    source: flood\n")
HONEST_QUOTE = dict(speaker="The mayor", words="the worst flood in memory")

TOO_LONG = {  # what is written: (file, old, new, where the error is, its message's start)
    "a source's title of 50 KB": (SOURCES, "title: Flood report", "title: " + "T" * 50_000,
                                  "content/sources.yaml:4: sources[0].title: is 50,000 characters long, past the 300 it "
                                  "may hold, as a source's title, shown beside every passage cited from it"),
    "a publisher": (SOURCES, "publisher: unknown", "publisher: " + "P" * 201,
                    "content/sources.yaml:5: sources[0].publisher: is 201 characters long, past the 200 it may hold, "
                    "as a name"),
    "an author": (SOURCES, "publisher: unknown", "publisher: unknown\n    author: " + "A" * 5_000,
                  "content/sources.yaml:6: sources[0].author: is 5,000 characters long, past the 200"),
    "a party's name": (BRIEFING, "name: Alpha", "name: " + "A" * 10_000,
                       "content/flood/briefing.yaml:14: parties[0].name: is 10,000 characters long, past the 200 it "
                       "may hold, as a name, shown wherever its words are cited or compared"),
    "a party's short name": (BRIEFING, "name: Beta", "name: Beta\n    short_name: " + "B" * 300,
                             "content/flood/briefing.yaml:17: parties[1].short_name: is 300 characters long"),
    "a topic's title": (CLAIMS, "title: How far the river rose", "title: " + "H" * 301,
                        "content/flood/claims.yaml:3: topics[0].title: is 301 characters long, past the 300 it may "
                        "hold, as a heading"),
    "a claimant": (CLAIMS, "claimant: Alpha", "claimant: " + "C" * 20_000,
                   "content/flood/claims.yaml:5: topics[0].claims[0].claimant: is 20,000 characters long, past the 200"),
    "a caveat": ("content/flood/caveats.yaml", None, CAVEATS.format(text="x" * 5_200),
                 "content/flood/caveats.yaml:3: caveats[0].text: is 5,200 characters long, past the 5,000 it may "
                 "hold, as one paragraph of the page (keep it to a paragraph"),
    "a quote's words": ("content/flood/quotes.yaml", None, QUOTES.format(speaker="The mayor", words="w" * 6_000),
                        "content/flood/quotes.yaml:5: quotes[0].words: is 6,000 characters long, past the 5,000 it "
                        "may hold, as every sentence citing it is checked against all of it"),
    "a quote's speaker": ("content/flood/quotes.yaml", None, QUOTES.format(speaker="S" * 250, words="the worst flood"),
                          "content/flood/quotes.yaml:3: quotes[0].speaker: is 250 characters long, past the 200"),
}


@pytest.mark.parametrize("case", sorted(TOO_LONG))
def test_a_name_title_quote_or_caveat_past_its_limit_is_one_line_naming_its_file_and_line(project: Path, case: str):
    refused_past_its_limit(project, *TOO_LONG[case])


def test_names_titles_quotes_and_caveats_at_their_limits_build(project: Path):
    """The honest neighbours: each at its limit (the real briefing's longest are far within them)."""
    edit(project / SOURCES, "title: Flood report", "title: Flood report " + "r" * (300 - 19))
    edit(project / SOURCES, "publisher: unknown", "publisher: Flood Agency " + "f" * (200 - 13))
    edit(project / CLAIMS, "title: How far the river rose", "title: How far the river rose " + "h" * (300 - 29))
    (project / "content/flood/caveats.yaml").write_text(
        CAVEATS.format(text="The report gives no figure for the damage." + " It names no cause." * 200),
        encoding="utf-8")
    (project / "content/flood/quotes.yaml").write_text(QUOTES.format(**HONEST_QUOTE), encoding="utf-8")
    result = run_build(project)
    assert result.code == 0, result.err
    page = (project / "site" / "flood" / "index.html").read_text(encoding="utf-8")
    assert "Flood report " + "r" * 281 in page and "the worst flood in memory" in page


# --- a source's date not in the calendar -----------------------------------------------------------------------------

@pytest.mark.parametrize("date", ["2026-02-30", "2026-13-01", "0000-01-01"])
def test_a_source_date_not_in_the_calendar_is_refused_at_its_line(project: Path, date: str):
    """It was published as it stood: `<time datetime="2026-13-01">2026-13-01</time>`."""
    edit(project / SOURCES, "date: unknown", f"date: {date}\n    retrieved: {date}")
    result = run_build(project, "check")
    assert result.code == 1 and "Traceback" not in result.err
    assert error_lines(result) == [
        f"content/sources.yaml:{line}: sources[0].{field}: '{date}' is not a real calendar date (write YYYY-MM-DD, or "
        "`unknown`)" for line, field in ((6, "date"), (7, "retrieved"))]


@pytest.mark.parametrize("date", ["unknown", "0001-01-01", "9999-12-31", "2024-02-29"])
def test_a_source_date_in_the_calendar_or_unknown_builds(project: Path, date: str):
    edit(project / SOURCES, "date: unknown", f"date: {date}\n    retrieved: {date}")
    result = run_build(project, "check")
    assert result.code == 0, result.err


@pytest.mark.parametrize("date", ["9999-12-31", "0001-01-01"])
def test_a_log_date_at_the_calendar_s_ends_builds_and_its_feed_parses(project: Path, date: str):
    """Held: a feed entry's timestamp of the year 9999 or 1 is written and read."""
    edit(project / BRIEFING, "date: 2026-03-03", f"date: {date}")
    edit(project / BRIEFING, "text: First published.", 'text: "First ]]> published <![CDATA[ x."')
    result = run_build(project)
    assert result.code == 0, result.err
    feed = xml.dom.minidom.parse(str(project / "site" / "feed.xml"))
    assert feed.getElementsByTagName("summary")[0].firstChild.data == "First ]]> published <![CDATA[ x."


# --- the editors' commands -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("control", ["\x00", "\x1b", "\x07"])
def test_cite_lists_each_nearest_passage_once(project: Path, control: str):
    """"river rose" twice on a line was listed twice: the same line, the same marks."""
    result = run_build(project, "cite", "flood", f"river{control}rose")
    assert result.code == 1 and "Traceback" not in result.err
    lines = result.err.splitlines()
    assert lines[0].startswith("error: seeds/flood.txt: the words are not in the source (nearest passages below")
    assert len(lines[1:]) == len(set(lines[1:])) >= 1, result.err
    assert lines[1] == f"  line 1: [-river<U+{ord(control):04X}>rose-]{{+river rose+}}"


def test_cite_still_finds_words_and_lists_a_nearest_passage(project: Path):
    """The honest neighbours: words found; words not found shown beside their nearest passage."""
    found = run_build(project, "cite", "flood", "the river rose by 3 metres")
    assert (found.code, found.out) == (0, 'source: flood\nquote: "the river rose by 3 metres"\n')
    result = run_build(project, "cite", "flood", "the river rose by 4 metres")
    assert result.code == 1
    assert result.err.splitlines()[1:] == ["  line 1: the river rose by [-4-]{+3+} metres"]


def test_a_root_that_is_a_file_is_named_as_one(tmp_path: Path):
    notes = tmp_path / "notes.txt"
    notes.write_text("x", encoding="utf-8")
    result = run_build(notes, "check")
    assert (result.code, result.out) == (1, "")
    assert result.err == (f"error: {notes}: is a file, not a project folder (pass --root with the folder holding "
                          "content/, seeds/ and templates/)\n")
    missing = run_build(tmp_path / "nowhere", "check")
    assert missing.err.startswith(f"error: {tmp_path / 'nowhere'}: project folder not found (")


def test_a_locale_label_holding_a_format_field_s_attribute_is_one_line(project: Path):
    """Held: `{0.__class__}` in a label the pages format is an unknown placeholder, never formatted."""
    (project / "locales").mkdir()
    for label in ("{0.__class__}", "{number.__class__.__mro__}", "{number:>100000000}"):
        (project / "locales" / "en.yaml").write_text(f'original_label: "{label}"\n', encoding="utf-8")
        result = run_build(project, "check")
        assert result.code == 1 and "Traceback" not in result.err
        assert error_lines(result) == [f"locales/en.yaml:1: label 'original_label': unknown placeholder {label} (use "
                                       "only {number}; write a brace as '{{' or '}}')"]


# --- the preview -----------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def served(minimal_built_once: Path, tmp_path_factory):
    with serving(copy_tree(minimal_built_once, tmp_path_factory.mktemp("attack40") / "project")) as server:
        yield server


def _asking(port: int, expect: str, length: int) -> bytes:
    return (b"POST / HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nExpect: %s\r\nContent-Length: %d\r\n\r\n"
            % (port, expect.encode(), length))


def test_a_body_past_the_limit_announced_with_expect_is_refused_413_before_it_is_sent(served):
    """tornado said "100 Continue", then 400 once the client had started to send 10 MB."""
    port = port_of(served.url)
    received = answer(served.url, _asking(port, "100-continue", 10_000_000))
    assert received.startswith(b"HTTP/1.1 413 Content Too Large\r\n"), received[:200]
    head, _, page = received.partition(b"\r\n\r\n")
    assert b"Connection: close" in head and b"100" not in head.split(b"\r\n", 1)[1]
    assert page == b"413: the preview takes no request body of over 65,536 bytes; send none.\n"


def test_an_expectation_other_than_100_continue_is_refused_417(served):
    received = answer(served.url, _asking(port_of(served.url), "bells-and-whistles", 10))
    assert received.startswith(b"HTTP/1.1 417 Expectation Failed\r\n"), received[:200]


def test_a_request_within_the_limit_asking_to_continue_is_served_as_before(served):
    """The honest neighbours: a small body is told to continue, then answered; a page is served."""
    port = port_of(served.url)
    received = answer(served.url, _asking(port, "100-continue", 5) + b"hello")
    assert received.startswith(b"HTTP/1.1 100 (Continue)\r\n\r\nHTTP/1.1 405 "), received[:200]
    page = answer(served.url, b"GET / HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nConnection: close\r\n\r\n" % port)
    assert page.startswith(b"HTTP/1.1 200 ")
    assert "Traceback" not in served.output
