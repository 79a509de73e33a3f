"""Round ten of attacks on files, signals and sockets: a content/ folder holding thousands of stray files, which listed
1,000 error lines (sorting them as paths took seconds); the preview's connection cap held by live-reload websockets
alone.
"""

from __future__ import annotations

from pathlib import Path

from conftest import run_build
from support import error_lines, rebuild_fails, tree_digest


def test_thousands_of_stray_files_are_one_line_per_kind_naming_what_to_do(built_minimal: Path):
    good_site = tree_digest(built_minimal / "site")
    content = built_minimal / "content"
    for number in range(3000):
        (content / f"page{number:04}.html").write_text("")
    for number in range(500):
        (content / f"note{number}.txt").write_text("")
    (content / "README").write_text("")
    lines = error_lines(rebuild_fails(built_minimal, good_site))
    assert lines == [
        "content/README: unknown content file 'README' "
        "(content/ holds site.yaml, sources.yaml and one folder per briefing)",
        "content/note0.txt: unknown content file 'note0.txt', and 499 more '*.txt' files "
        "(content/ holds site.yaml, sources.yaml and one folder per briefing: move them out of content/ or delete them)",
        "content/page0000.html: unknown content file 'page0000.html', and 2,999 more '*.html' files "
        "(content/ holds site.yaml, sources.yaml and one folder per briefing: move them out of content/ or delete them)",
    ]


def test_stray_files_of_many_kinds_are_listed_up_to_a_cap_then_counted(built_minimal: Path):
    content = built_minimal / "content"
    for number in range(40):
        (content / f"file.kind{number:02}").write_text("")
        (content / f"other.kind{number:02}").write_text("")
    result = run_build(built_minimal, "check")
    assert result.code == 1 and "Traceback" not in result.err
    lines = error_lines(result)
    assert len(lines) == 11
    assert lines[0].startswith("content/file.kind00: unknown content file 'file.kind00', and 1 more '*.kind00' file (")
    assert lines[-1] == ("content/file.kind10: and 60 more unknown content files, of 30 other kinds, not listed "
                         "(content/ holds site.yaml, sources.yaml and one folder per briefing: "
                         "move them out of content/ or delete them)")
