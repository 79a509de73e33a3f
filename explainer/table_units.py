"""The unit a flattened table's row gives its figures in: "Median wait (weeks)        11        14        18".

A table in a document saved from a PDF becomes lines of cells set apart by runs of spaces, its unit named once, in
brackets after the row's label. Unread, "the median wait was 18 weeks in 2026" citing the row was refused as a
figure "given in weeks, which the passages do not give it in" (tests/test_newuser_39.py).
"""

from __future__ import annotations

import re

from . import patterns

# A row: a label holding no digit that ends in a unit in brackets, then two or more cells of digits, each after two
# spaces or more (a tab too), to the line's end.
_ROW = patterns.compile(
    r"^[ \t]*[^\d\n()]*\((?P<unit>[^\W\d_][^()\d\n]{0,19})\)(?P<cells>(?:(?:[ \t]{2,}|\t)[\d][\d.,]*){2,})[ \t]*$",
    re.MULTILINE)


def row_units(text: str, unit_of) -> list[tuple[int, int, str]]:
    """Return (start, end, unit family) of each table row's cells in text whose label names a unit `unit_of` reads
    (a function from the words after a figure to a unit's family, or None)."""
    if "(" not in text or "  " not in text and "\t" not in text:
        return []  # most passages are prose: read without the pattern
    rows = []
    for row in _ROW.finditer(text):
        family = unit_of(f"1 {row['unit'].strip()}")
        if family:
            rows.append((row.start("cells"), row.end("cells"), family))
    return rows
