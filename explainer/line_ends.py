"""The line of a file's bytes an offset stands on, its lines ended by LF, CRLF or a lone CR as an editor reads them.

A byte that is not UTF-8 was placed by counting LF alone, so in a file whose lines end in a lone CR (as classic Mac
tools and some exports save them) it was always on line 1, where every other error in the same file (a control
character, a key written twice, a tab, YAML's own), read after its line ends are made LF, named its true line.
"""

from __future__ import annotations


def line_of_offset(raw: bytes, offset: int) -> int:
    """Return the 1-based line of `raw` holding byte `offset`, a CRLF ending one line and a lone CR one too."""
    before = raw[:offset]
    return before.count(b"\n") + before.count(b"\r") - before.count(b"\r\n") + 1
