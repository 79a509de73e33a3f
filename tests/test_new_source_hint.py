"""A new source's placeholder digest (`sha256: TODO`, as the README has editors write it) is refused with the very
command that records it: `accept-source` and that source's id. The hint named the field's `ID`, which an editor had
to translate, and with several new sources, guess."""

from __future__ import annotations

from pathlib import Path

from conftest import run_build
from support import error_lines

NEW_SOURCES = """  - id: wire-report
    file: wire.txt
    title: A wire report
    publisher: unknown
    date: unknown
    sha256: TODO
  - id: second-report
    file: second.txt
    title: A second report
    publisher: unknown
    date: unknown
    sha256: 8ace2235...
"""


def test_a_placeholder_digest_is_refused_with_the_command_for_its_own_source(project: Path):
    (project / "seeds" / "wire.txt").write_text("The wire said so.\n", encoding="utf-8")
    (project / "seeds" / "second.txt").write_text("The second said so too.\n", encoding="utf-8")
    library = project / "content" / "sources.yaml"
    text = library.read_text(encoding="utf-8")
    library.write_text(text + NEW_SOURCES, encoding="utf-8")
    lines = text.count("\n")
    result = run_build(project, "check")
    assert result.code == 1
    assert error_lines(result) == [
        f"content/sources.yaml:{lines + 6}: sources[1].sha256: 'TODO' is not in the expected form "
        "(run `python build.py accept-source wire-report` to record it)",
        f"content/sources.yaml:{lines + 12}: sources[2].sha256: '8ace2235...' is not in the expected form "
        "(run `python build.py accept-source second-report` to record it)",
    ]
