"""A figure read from a flattened table under its own column's year: "32 beds in 2026" may not cite a row whose 2026
cell is 28 and whose 2024 cell is 32.

A table in a document saved from a PDF becomes lines of cells set apart by runs of spaces: a header of years, then
rows of a label and one figure a year ("Beds (Ward 7)      32      28      28"). The figure checks read every cell of
a cited row as the passage's figure and its years as dates the passage gives, so any figure of the row built beside
any year of the header (tests/test_newuser_39.py). A sentence's figure is paired with the year "in YEAR" gives right
after it, before its next figure ("rose from 11 weeks in 2024 to 18 weeks in 2026"); the pair is refused where a cited
passage's table has that year's column, the figure stands in the table's cells, and no row gives it under that year.
English text is read; words in quotation marks are not.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from . import patterns
from .attribution import Cited, Finding, in_english, quoted_parts
from .sentences import inside, markers_blanked

_YEAR = r"(?:1[89]|20)\d\d"
# A header: two or more years and nothing else on its line, set apart by two spaces or more (or a tab).
_HEADER = patterns.compile(rf"^[ \t]*{_YEAR}(?:(?:[ \t]{{2,}}|\t){_YEAR})+[ \t]*$", re.MULTILINE)
_CELL = patterns.compile(r"(?:^|(?<=[ \t]{2})|(?<=\t))-?\d[\d,]*(?:\.\d+)?%?(?=[ \t]*$|[ \t]{2,}|\t)")
_FIGURE = patterns.compile(r"(?<![\w.,])\d(?:[\d,]*\d)?(?:\.\d+)?(?![\w.,]*\d)")
_IN_YEAR = patterns.compile(rf"\s+(?:[^\W\d]+\s+){{0,4}}?in\s+(?P<year>{_YEAR})(?!\d)", re.IGNORECASE)
_IS_YEAR = patterns.compile(_YEAR)


def figures_in_other_columns(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding for each figure text gives for a year where the cited passages' tables give it only under
    other years."""
    if not passages or not in_english(language) or " in " not in text:
        return []
    tables = [table for passage in passages if "  " in passage.text or "\t" in passage.text
              for table in _tables(passage.text)]
    if not tables:
        return []  # most passages are prose: no sentence is read
    spoken, quoted = markers_blanked(text), quoted_parts(text)
    findings = []
    for figure, year in _figures_with_years(spoken):
        if inside(quoted, figure.start()):
            continue
        value = _value(figure.group())
        columns = [cells for cells in tables if year in cells]
        held = [cells for cells in columns if any(value in values for values in cells.values())]
        if held and not any(value in cells[year] for cells in held):
            given = sorted({other for cells in held for other, values in cells.items() if value in values})
            findings.append(Finding(offset + figure.start(),
                                    f'figure "{figure.group()}" is given for {" and ".join(given)} in the table its '
                                    f"cited passages hold, not for {year}",
                                    f"give the figure in {year}'s column, or the year whose column gives it"))
    return findings


def _tables(text: str) -> list[dict[str, frozenset[Decimal]]]:
    """Return each table of text as {year: the figures of its column}: a header of years and the rows below it with
    as many cells, to the first line that has not."""
    tables = []
    for header in _HEADER.finditer(text):
        years = header.group().split()
        cells: dict[str, set[Decimal]] = {year: set() for year in years}
        for line in text[header.end():].lstrip("\n").split("\n"):
            row = [_value(cell.group()) for cell in _CELL.finditer(line)]
            if len(row) != len(years) or None in row:
                break
            for year, value in zip(years, row):
                cells[year].add(value)
        if any(cells.values()):
            tables.append({year: frozenset(values) for year, values in cells.items()})
    return tables


def _figures_with_years(text: str):
    """Yield (figure match, year) for each figure of text followed by "in YEAR" before the next figure."""
    figures = [figure for figure in _FIGURE.finditer(text) if not _IS_YEAR.fullmatch(figure.group())]
    for at, figure in enumerate(figures):
        following = _IN_YEAR.match(text, figure.end())
        limit = figures[at + 1].start() if at + 1 < len(figures) else len(text)
        if following and following.end() <= limit:
            yield figure, following["year"]


def _value(written: str) -> Decimal | None:
    """Return a figure as written as its value ("1,940" as 1940), or None."""
    try:
        return Decimal(written.rstrip("%").replace(",", ""))
    except InvalidOperation:
        return None
