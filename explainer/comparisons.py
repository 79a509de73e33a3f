"""Plan comparison tables: rows of figures for some of the parties, their ratios and charts."""

from __future__ import annotations

from decimal import Decimal

from .chart import comparison_charts
from .cite import FileCiter
from .figures import figure_text, ratio_of
from .locale import Labels
from .model import Party
from .numbers import Quantity, quantities_in
from .problems import Problem
from .views import Cell, ComparisonView, NoteView, PartyColumn, Ratio, RowView


def plan_comparisons(file, citer: FileCiter, parties: dict[str, Party], order: tuple[Party, ...],
                     labels: Labels, problems: list[Problem]) -> tuple[ComparisonView, ...]:
    """Return every comparison table of comparisons.yaml, reporting unknown parties and unsupported figures."""
    views = []
    for table in file.comparisons:
        shown = tuple(parties[p] for p in table.parties if p in parties) or order
        for party_id in table.parties:
            if party_id not in parties:
                problems.append(unknown_party(citer, table.line_of("parties"), party_id, parties))
        rows = tuple(_row(citer, table.id, row, shown, labels, problems) for row in table.rows)
        notes = []
        for note in table.notes:
            if note.party not in parties:
                problems.append(unknown_party(citer, note.line_of("party"), note.party, parties))
                continue
            notes.append(NoteView(f"remark-{table.id}-{len(notes) + 1}", parties[note.party], note.topic,
                                  *citer.prose_with_refs(note, "text", note.cite)))
        views.append(ComparisonView(table.id, table.title, citer.prose(table, "attribution", inline=True), shown, rows,
                                    _ratios(table, shown, labels), comparison_charts(table.title, table.rows, shown, labels),
                                    table.notes_title, by_party(notes, shown)))
    return tuple(views)


def _row(citer: FileCiter, table_id: str, row, shown, labels: Labels, problems: list[Problem]) -> RowView:
    allowed = {party.id for party in shown}
    for party_id, amount in row.values.items():
        if party_id not in allowed:
            problems.append(Problem(citer.file.shown, amount.line, f"party '{party_id}' is not compared in this table",
                                    f"add it to the table's `parties`, or remove it: {', '.join(sorted(allowed))}"))
        problems.extend(unsupported_figures(citer, [(amount, row.measure, row.unit)], amount.cite))
    cells = []
    for party in shown:
        amount = row.values.get(party.id)
        if amount is None:
            cells.append(Cell(party, False, labels["not_given"], ()))
        else:
            cells.append(Cell(party, True, figure_text(labels, amount.value, amount.to, amount.bound),
                              citer.refs(amount, amount.cite)))
    return RowView(f"{table_id}-{slug_of(row.measure)}", row.measure, row.unit, tuple(cells))


def slug_of(text: str) -> str:
    """Return a measure's name as an id part: lowercase letters and digits joined by hyphens."""
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split()) or "row"


def _ratios(table, shown, labels: Labels) -> tuple[Ratio, ...]:
    """Return the ratios asked for between two parties, only where the figures' bounds allow one."""
    ratios = []
    for row in table.rows:
        if row.measure not in table.ratio_of or len(shown) != 2:
            continue
        first, second = (row.values.get(p.id) for p in shown)
        found = ratio_of(first, second) if first and second else None
        if found is None:
            continue
        bound, ratio = found
        ratios.append(Ratio(row.measure, labels["ratio"].format(
            first=shown[0].name, second=shown[1].name, measure=row.measure.lower(),
            ratio=figure_text(labels, round(ratio, 1), None, bound),
            first_value=figure_text(labels, first.value, None, first.bound),
            second_value=figure_text(labels, second.value, None, second.bound))))
    return tuple(ratios)


def unsupported_figures(citer: FileCiter, figures: list[tuple], keys) -> list[Problem]:
    """Report structured figures (with their measure and unit) whose values are in none of the passages cited."""
    found = set().union(*(quantities_in(text) for text in citer.passages(keys))) if keys else set()
    problems = []
    for figure, measure, unit in figures:
        for value in (figure.value, figure.to):
            if value is not None and not stated_in(value, unit, found):
                problems.append(Problem(citer.file.shown, figure.line_of("to" if value is figure.to else "value"),
                                        f"figure {value:,} ({measure}) is not in the passages cited for it",
                                        "cite the passage that gives it, or correct it to the source's"))
    return problems


# A unit may carry the figure's scale: 42.5 in "US$ billion" is the source's "US$42.5 billion".
UNIT_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}


def stated_in(value, unit: str, found: set) -> bool:
    """Say whether a figure, read in its unit, is among the quantities a passage states."""
    number = Decimal(str(value))
    words = unit.lower().replace("%", " % ").split()
    scale = next((UNIT_SCALES[word] for word in words if word in UNIT_SCALES), 1)
    kind = "%" if "%" in words or "percent" in words else ""
    wanted = {Quantity(number, kind), Quantity(number * scale, kind), Quantity(number, ""), Quantity(number * scale, "")}
    return bool(wanted & found)


def unknown_party(citer: FileCiter, line: int, party_id: str, parties: dict) -> Problem:
    return Problem(citer.file.shown, line, f"unknown party '{party_id}'",
                   f"use one of the party ids in briefing.yaml: {', '.join(sorted(parties))}")


def by_party(items, parties, extra: tuple[Party, ...] = ()) -> tuple[PartyColumn, ...]:
    """Return items grouped into one column per party, in the briefing's party order, `extra` columns last."""
    order = [party.id for party in parties] + [party.id for party in extra]
    groups: dict[str, list] = {}
    for item in items:
        groups.setdefault(item.party.id, []).append(item)
    return tuple(PartyColumn(groups[key][0].party, order.index(key), tuple(groups[key]))
                 for key in sorted(groups, key=order.index))
