"""Comparison charts drawn at build time: bar geometry for inline SVGs, one chart per scale.

Charts never mix units. Within a chart every bar starts at x=0 on one linear scale. Each bar's label (party and figure) sits
just after its end, so the scale is chosen as wide as it can be while every label still fits.
A figure the source does not give gets its label ("not given") and no bar at all.
"""

from __future__ import annotations

from .figures import figure_text
from .locale import Labels
from .views import Bar, Chart, ChartGroup, Tick

WIDTH = 360  # user units; the SVG scales to its container through its viewBox
CHAR_WIDTH = 6.9  # a generous average advance of one character at the chart's 12-unit font
BAR_HEIGHT = 16
ROW = 22  # from one bar to the next within a measure
HEADING = 21  # room above a measure's bars for its name
GROUP_GAP = 12
LABEL_GAP = 6
AXIS_ROOM = 20  # below the last bar: the axis line and the tick labels
TICK_LABEL_GAP = 15  # from the axis line down to the baseline of the tick labels
MIN_PLOT = 120


def text_width(text: str) -> float:
    """Return the estimated width of a label in user units."""
    return len(text) * CHAR_WIDTH


def tick_step(maximum: float, most: int = 4) -> float:
    """Return a round step (1, 2 or 5 times a power of ten) giving at most `most` steps up to `maximum`."""
    step = 10.0 ** (len(str(int(maximum))) - 1)
    while maximum / step > most:
        for factor in (2, 2.5, 2):
            step *= factor
            if maximum / step <= most:
                break
    return step


def plot_width(extent: list[tuple[float, str]], maximum: float) -> float:
    """Return the widest scale (user units for `maximum`) at which every bar and its label fit."""
    widest = float(WIDTH - LABEL_GAP)
    for value, label in extent:
        room = WIDTH - LABEL_GAP - text_width(label)
        if value > 0:
            widest = min(widest, room * maximum / value)
    return max(MIN_PLOT, round(widest, 2))


# Within one unit, measures whose largest figures differ by more than this factor get a
# scale each: on a shared scale the smaller one's bars would be too short to read.
MAGNITUDE_FACTOR = 100


def bar_label(labels: Labels, party, amount) -> str:
    """Return what a bar says: the party and its figure with its bound, or that the figure is not given."""
    name = party.short_name or party.name
    if amount is None:
        return f"{name}{labels['colon']}{labels['not_given']}"
    return f"{name}{labels['colon']}{figure_text(labels, amount.value, amount.to, amount.bound)}"


def top(amount) -> float:
    """Return the highest value an amount reaches (a range's high end)."""
    return amount.to if amount.to is not None else amount.value


def chart_groups(rows) -> list[list]:
    """Return the rows in groups that share one scale: one per unit, split where magnitudes differ too much."""
    by_unit: dict[str, list] = {}
    for row in rows:
        by_unit.setdefault(row.unit, []).append(row)
    groups = []
    for unit_rows in by_unit.values():
        tops = [max((top(a) for a in row.values.values()), default=0) for row in unit_rows]
        positive = [t for t in tops if t > 0]
        if positive and max(positive) > MAGNITUDE_FACTOR * min(positive):
            groups.extend([row] for row in unit_rows)
        else:
            groups.append(unit_rows)
    return groups


def comparison_charts(title: str, rows, parties, labels: Labels,
                      colours: tuple[int, ...] | None = None) -> tuple[Chart, ...]:
    """Return one chart per scale: a unit, or a measure whose magnitude stands apart."""
    return tuple(scale_chart(title, group, parties, labels, colours) for group in chart_groups(rows))


def scale_chart(title: str, rows, parties, labels: Labels, colours: tuple[int, ...] | None = None) -> Chart:
    """Return the bars of rows sharing one unit on one linear scale; a figure not given gets no bar. Each party's
    bar takes its colour slot from `colours` (its place in the briefing's parties), else its place in `parties`."""
    colours = colours or tuple(range(len(parties)))
    given = [(top(amount), bar_label(labels, party, amount)) for row in rows
             for party in parties if (amount := row.values.get(party.id)) is not None]
    maximum = max((value for value, _ in given), default=0) or 1
    scale = plot_width(given, maximum) / maximum
    groups, y = [], 0.0
    for row in rows:
        bars = []
        for index, party in enumerate(parties):
            amount = row.values.get(party.id)
            bar_y = y + HEADING + index * ROW
            width = round(amount.value * scale, 2) if amount is not None else 0.0
            extension = round((amount.to - amount.value) * scale, 2) if amount is not None and amount.to else 0.0
            label_x = round(width + extension + LABEL_GAP, 2) if amount is not None else 0.0  # a sum of rounded floats is not round
            bars.append(Bar(party, amount is not None, bar_label(labels, party, amount), bar_y, width, colours[index],
                            label_x, bar_y + BAR_HEIGHT - 4, extension))
        groups.append(ChartGroup(row.measure, y, tuple(bars), y + 14))
        y += HEADING + len(parties) * ROW + GROUP_GAP
    axis_y = y - GROUP_GAP + 2
    step = tick_step(maximum)
    # Tick labels written out in the locale's own way ("200,000", "200 000"): "200k" is English shorthand.
    ticks = tuple(Tick(round(step * i * scale, 2), labels.number(step * i))
                  for i in range(int(maximum // step) + 1))
    # The list's commas and semicolons are the locale's: French puts a no-break space before ";", Arabic writes "،" "؛".
    description = labels["semicolon"].join(f"{g.measure}{labels['colon']}" + labels["comma"].join(b.label for b in g.bars)
                                           for g in groups)
    unit = rows[0].unit
    return Chart(WIDTH, int(axis_y + AXIS_ROOM), 0, int(round(maximum * scale)), BAR_HEIGHT, tuple(groups), ticks,
                 description, axis_y, labels["chart_title"].format(title=title, unit=unit), unit,
                 axis_y + TICK_LABEL_GAP)  # computed here: templates hold markup only, no arithmetic
