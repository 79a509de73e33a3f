"""The force comparison drawn at build time: bar geometry for an inline SVG."""

from __future__ import annotations

from .formats import format_number
from .views import Bar, Chart, ChartGroup

LABEL_WIDTH = 150
PLOT_WIDTH = 330
BAR_HEIGHT = 18
BAR_GAP = 4
GROUP_GAP = 18
TOP = 8


def _nice_ticks(maximum: float) -> tuple[float, ...]:
    """Return round tick values from 0 up to at least `maximum`."""
    if maximum <= 0:
        return (0.0,)
    step = 10 ** (len(str(int(maximum))) - 1)
    for factor in (1, 2, 5, 10):
        if maximum / (step * factor) <= 5:
            step *= factor
            break
    count = int(-(-maximum // step))
    return tuple(float(step * i) for i in range(count + 1))


def force_chart(forces, parties) -> Chart:
    """Return every figure's bars on one common scale; a figure not given gets no bar."""
    values = [amount.value for figure in forces.figures for amount in figure.values.values()]
    ticks = _nice_ticks(max(values, default=0))
    top_value = ticks[-1] or 1
    groups, y = [], TOP
    for figure in forces.figures:
        bars = []
        for index, party in enumerate(parties):
            amount = figure.values.get(party.id)
            bar_y = y + index * (BAR_HEIGHT + BAR_GAP)
            if amount is None:
                bars.append(Bar(party, False, f"{party.name}: not given", bar_y, 0.0, index))
                continue
            width = round(PLOT_WIDTH * amount.value / top_value, 2)
            label = " ".join(filter(None, (amount.qualifier, format_number(amount.value))))
            bars.append(Bar(party, True, label, bar_y, width, index))
        groups.append(ChartGroup(figure.measure, y, tuple(bars)))
        y += len(parties) * (BAR_HEIGHT + BAR_GAP) + GROUP_GAP
    height = y + 16
    description = "; ".join(
        f"{g.measure}: " + ", ".join(f"{b.party.name} {b.label if b.given else 'not given'}" for b in g.bars)
        for g in groups)
    tick_marks = tuple((round(PLOT_WIDTH * t / top_value, 2), format_number(t)) for t in ticks)
    return Chart(LABEL_WIDTH + PLOT_WIDTH + 90, height, LABEL_WIDTH, PLOT_WIDTH, BAR_HEIGHT, tuple(groups),
                 tick_marks, description)
