"""The force comparison drawn at build time: bar geometry for an inline SVG.

Every bar starts at x=0 on one common linear scale. Each bar's label (party and figure) sits
just after its end, so the scale is chosen as wide as it can be while every label still fits.
A figure the source does not give gets its label ("not given") and no bar at all.
"""

from __future__ import annotations

from .formats import format_number
from .views import Bar, Chart, ChartGroup, Tick

WIDTH = 360  # user units; the SVG scales to its container through its viewBox
CHAR_WIDTH = 6.9  # a generous average advance of one character at the chart's 12-unit font
BAR_HEIGHT = 16
ROW = 22  # from one bar to the next within a measure
HEADING = 21  # room above a measure's bars for its name
GROUP_GAP = 12
LABEL_GAP = 6
AXIS_ROOM = 20  # below the last bar: the axis line and the tick labels
MIN_PLOT = 120


def text_width(text: str) -> float:
    """Return the estimated width of a label in user units."""
    return len(text) * CHAR_WIDTH


def compact_number(value: float) -> str:
    """Return a tick label: '0', '200k', '1.5m'."""
    for size, suffix in ((1_000_000, "m"), (1_000, "k")):
        if value >= size:
            return f"{value / size:g}{suffix}"
    return f"{value:g}"


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


def bar_label(party, amount) -> str:
    """Return what a bar says: the party and its figure, or that the figure is not given."""
    if amount is None:
        return f"{party.name}: not given"
    return f"{party.name}: " + " ".join(filter(None, (amount.qualifier, format_number(amount.value))))


def force_chart(forces, parties) -> Chart:
    """Return every figure's bars on one common scale; a figure not given gets no bar."""
    given = [(amount.value, bar_label(party, amount)) for figure in forces.figures
             for party in parties if (amount := figure.values.get(party.id)) is not None]
    maximum = max((value for value, _ in given), default=0) or 1
    scale = plot_width(given, maximum) / maximum
    groups, y = [], 0.0
    for figure in forces.figures:
        bars = []
        for index, party in enumerate(parties):
            amount = figure.values.get(party.id)
            bar_y = y + HEADING + index * ROW
            width = round(amount.value * scale, 2) if amount is not None else 0.0
            label_x = width + LABEL_GAP if amount is not None else 0.0
            bars.append(Bar(party, amount is not None, bar_label(party, amount), bar_y, width, index,
                            label_x, bar_y + BAR_HEIGHT - 4))
        groups.append(ChartGroup(figure.measure, y, tuple(bars), y + 14))
        y += HEADING + len(parties) * ROW + GROUP_GAP
    axis_y = y - GROUP_GAP + 2
    step = tick_step(maximum)
    ticks = tuple(Tick(round(step * i * scale, 2), compact_number(step * i))
                  for i in range(int(maximum // step) + 1))
    description = "; ".join(f"{g.measure}: " + ", ".join(b.label for b in g.bars) for g in groups)
    return Chart(WIDTH, int(axis_y + AXIS_ROOM), 0, int(round(maximum * scale)), BAR_HEIGHT, tuple(groups), ticks,
                 description, axis_y)
