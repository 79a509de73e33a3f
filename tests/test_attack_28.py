"""Round twenty-eight of attacks on files, signals and sockets: what a contributor's text carries to a reader.

A line break inside a quoted CSV cell is a new row to an importer that reads a file line by line (Excel's legacy
text import, a spreadsheet splitting each line at its `;` list separator), so a publisher written as
"Beta\\n=HYPERLINK(...)" in sources.yaml gave, there, a row whose first cell was a formula: only a cell's start and a
`;` were made inert. A tag before a double-quoted value (`!!str "\\u202e..."`, `! "\\e..."`) skipped every check of
what its escapes write, so a NUL, an escape sequence, a direction override or a noncharacter (which makes the feed
unreadable) reached the page, the feed and the downloads.

What held, tried in this round and left without a test of its own: markdown links to `javascript:`, `vbscript:` and
`data:` in any case, through character references (`&#106;`, `&NewLine;`, `&#x09;`, each written percent-encoded and
so a relative address), in angle brackets, as reference definitions and autolinks, `//host`, `\\\\host` and `/\\host`
(written `%5C`); a link title with a quotation mark (escaped); raw HTML and images (text); `<svg>` and `</script>` in
party names, source titles and the site's title (escaped in the page, the feed and the JSON-LD); an escape sequence,
OSC 8 link or U+202E in `cite`'s words, a source id, `--base-url` or `EXPLAINER_WORKERS` (printed as escapes or
refused); a seed of 100,000 one-character lines or one 2 MB line (built in a fraction of a second).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from conftest import run_build
from support import edit

from explainer.yamlsafe import YamlProblem, parse_yaml


def _csv_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8-sig").splitlines()


def test_a_formula_on_a_later_line_of_a_cell_is_made_inert_in_the_csv(built_minimal: Path):
    root = built_minimal
    # In a claim's evidence, a paragraph: a publisher or a measure is one line since round 68 (one_line_texts.py)
    claims = root / "content" / "flood" / "claims.yaml"
    edit(claims, "        status: claim\n        cite: [alpha-rise]",
         '        status: claim\n        evidence: "Beta\\n=HYPERLINK(\\"http://x\\")"\n        cite: [alpha-rise]')
    edit(claims, "        status: claim\n        cite: [beta-rise, monday]", '        status: claim\n'
         '        evidence: "River rise\\n+SUM(A1)\\n@A2;-A3"\n        cite: [beta-rise, monday]')
    result = run_build(root)
    assert result.code == 0, result.err
    path = root / "site" / "flood" / "data" / "claims.csv"
    cells = [cell for row in csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))) for cell in row]
    # The cells read back as written, with an apostrophe before each line's formula.
    assert "Beta\n'=HYPERLINK(\"http://x\")" in cells and "River rise\n'+SUM(A1)\n'@A2;'-A3" in cells
    # Read line by line, and each line split at `;` and `,`, no piece starts a formula.
    pieces = [piece for line in _csv_lines(path) for part in line.split(";") for piece in part.split(",")]
    assert not [piece for piece in pieces if piece[:1] in ("=", "+", "@") or piece.startswith("-") and
                not piece[1:].replace(".", "").isdigit()]


@pytest.mark.parametrize("written, refused", [
    ('!!str "Alpha\\u202eB"', "U+202E (RIGHT-TO-LEFT OVERRIDE)"),
    ('!!str "Alpha\\0"', "U+0000"),
    ('! "Alpha\\e]8;;https://x.example/\\e\\\\"', "U+001B"),
    ('!!str "Alpha\\uffff"', "U+FFFF"),
    ('!!str "Alpha\\x85"', "U+0085"),
])
def test_what_a_quoted_values_escapes_write_is_refused_whatever_its_tag(written, refused):
    text = f"topics:\n  - id: rise\n    claimant: {written}\n"
    with pytest.raises(YamlProblem) as caught:
        parse_yaml(text, "content/flood/claims.yaml")
    problem = caught.value.problem
    assert (problem.file, problem.line) == ("content/flood/claims.yaml", 3)
    assert refused in problem.message and "quoted value is not allowed" in problem.message


def test_a_tagged_key_or_a_tag_hiding_an_invisible_character_is_refused_too():
    with pytest.raises(YamlProblem) as caught:
        parse_yaml('topics:\n  ? !!str "rise\\e[2J"\n  : 1\n', "content/flood/claims.yaml")
    assert "in a quoted key is not allowed" in caught.value.problem.message
    with pytest.raises(YamlProblem) as caught:
        parse_yaml('says: !!str "8\\u200b00"\n', "content/flood/claims.yaml")
    assert "U+200B (ZERO WIDTH SPACE)" in caught.value.problem.message
    # A tag on honest text is still read as the text.
    assert parse_yaml('says: !!str "Alpha \\u2014 Beta"\n', "content/flood/claims.yaml") == {"says": "Alpha \u2014 Beta"}


def test_a_tagged_direction_override_is_one_line_and_the_last_site_stays(built_minimal: Path):
    root = built_minimal
    before = (root / "site" / "flood" / "index.html").read_bytes()
    edit(root / "content" / "flood" / "claims.yaml", "claimant: Alpha", 'claimant: !!str "Alpha\\u202eB"')
    result = run_build(root)
    assert (result.code, result.err) == (1, "error: content/flood/claims.yaml:5: control character U+202E "
                                            "(RIGHT-TO-LEFT OVERRIDE) in a quoted value is not allowed (remove the "
                                            "escape sequence that writes it; write the text itself)\n"
                                            "1 problem; site/ was not changed.\n")
    assert (root / "site" / "flood" / "index.html").read_bytes() == before
