"""Round fourteen of attacks on files, signals and sockets: a source's escape sequences and other controls, written
raw into its page (a parse error in every reader's browser, and the text after ESC shown as nothing); `--host 0`
printed as a link no browser opens; malformed live-reload messages, each a line in the editor's terminal.

Each test waits on the event itself (a process's end, a line printed), never on a sleep.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from conftest import run_build

# What no HTML page may hold: C0 controls but tab, line feed, form feed and carriage return; DEL; C1 controls.
HTML_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def test_a_sources_controls_show_on_its_page_as_escapes_and_its_digest_stays(built_minimal: Path):
    """A document saved from a terminal or a web page holds ESC, BEL and C1 codes: its page held them raw."""
    seed = built_minimal / "seeds" / "flood.txt"
    seed.write_text(seed.read_text() + "Gamma wrote \x1b]0;pwned\x07 and \x1b[8mhidden\x1b[0m text,\x85 \x9b\x7f then\f"
                    "went on.\n")
    assert run_build(built_minimal, "accept-source", "flood", "--force").code == 0
    assert run_build(built_minimal).code == 0
    page = (built_minimal / "site" / "sources" / "flood.html").read_text()
    assert HTML_CONTROLS.search(page) is None
    assert "Gamma wrote \\x1b]0;pwned\\x07 and \\x1b[8mhidden\\x1b[0m text,\\x85 \\x9b\\x7f then\fwent on." in page
    library = (built_minimal / "content" / "sources.yaml").read_text()
    assert hashlib.sha256(seed.read_bytes()).hexdigest() in library, "the seed is as stored, its digest too"
