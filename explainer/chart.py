"""Comparison charts drawn at build time: bar geometry for inline SVGs, one chart per scale.

Charts never mix units. Within a chart every bar starts at the zero line on one linear scale: at x=0, or, where a figure
is negative, right of the room its bar needs, which runs left from the line. Each bar's label (party and figure, with its
sign) sits just after its end, or just right of the zero line for a negative bar, so the scale is chosen as wide as it can
be while every label still fits. A figure the source does not give gets its label ("not given") and no bar at all.
On a right-to-left page the whole chart is mirrored, zero at the right edge.
"""

from __future__ import annotations

from . import patterns
from .figures import figure_text
from .locale import Labels
from .views import Bar, Chart, ChartGroup, TextLine, Tick

WIDTH = 360  # user units; the SVG scales to its container through its viewBox
CHAR_WIDTH = 6.9  # a generous average advance of one character at the chart's 12-unit font
BOLD_CHAR_WIDTH = 7.8  # the same in bold: a measure's name
TICK_CHAR_WIDTH = 6.3  # the same at the ticks' 11-unit font
LINE = 14  # from one line of a wrapped label to the next
ITALIC_LEAN = 2  # an italic label's first letter leans left of its x: "not given" at 0 lost a sliver of its "A"
BAR_HEIGHT = 16
ROW = 22  # from one bar to the next within a measure
HEADING = 21  # room above a measure's bars for its name
GROUP_GAP = 12
LABEL_GAP = 6
AXIS_ROOM = 20  # below the last bar: the axis line and the tick labels
TICK_LABEL_GAP = 15  # from the axis line down to the baseline of the tick labels
MIN_PLOT = 120
EDGE_ROOM = 1  # between the right edge and text ending there, in a mirrored chart
# A reader's own style may space letters 0.12em and words 0.16em further apart (WCAG 1.4.12, at the 12-unit font);
# the page reflows, but an SVG's text does not: without this room a bar's label ran past the chart's edge, cut off
LETTER_SPACING = 0.12 * 12
WORD_SPACING = 0.16 * 12


def spacing_room(text: str) -> float:
    """Return the room a reader's letter and word spacing adds to text, in user units."""
    return len(text) * LETTER_SPACING + sum(1 for c in text if c in " \u00a0\u202f") * WORD_SPACING


def text_width(text: str) -> float:
    """Return the estimated width of a label in user units."""
    return sum(WIDE if is_wide(c) else 1.0 for c in text) * CHAR_WIDTH + spacing_room(text)


# A Chinese, Japanese or Korean letter, or a fullwidth stop ("：", "，"), is a square about one font size wide: read as an
# average Latin letter, "东岚：69" was drawn past the room its scale left it, so its figure was wrapped onto a line of
# its own, after a hyphen that read as a minus sign ("东岚：-", "69").
WIDE = 1.75
_WIDE = patterns.compile("[\u1100-\u115f\u2e80-\u303e\u3040-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]")


def is_wide(char: str) -> bool:
    """Say whether a character is drawn a full square wide (a letter or stop of Chinese, Japanese or Korean)."""
    return not char.isascii() and _WIDE.match(char) is not None


# Where a word may end a line: after a space, or after a hyphen joining two words ("Pakistan-Afghanistan"), never
# inside a figure ("-2.4", "1 200" with its no-break space); in text written without spaces, between two of its
# letters and after a stop, never before a stop ("东岚：" stays whole) nor between a letter and a figure ("54亿").
_CLOSING = "、。，．：；！？）」』”’〉》】"
_LETTERS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_BREAK = patterns.compile(rf"(?<= )|(?<=[^\W\d_]-)|(?<=[{_CLOSING}])(?![{_CLOSING}])"
                          rf"|(?<=[{_LETTERS}])(?=[{_LETTERS}「『“‘（〈《【])")


def advance(text: str, char_width: float = CHAR_WIDTH) -> float:
    """Return the estimated width of text in user units, weighing each letter: a capital or an "m" takes more room
    than an "i" (a line of capitals set by an average advance ran past the chart's edge)."""
    return sum(char_width * (1.7 if c in "MWmw" else 1.25 if c.isupper() else 0.55 if c in _NARROW
                             else WIDE if is_wide(c) else 1.0)
               for c in text) + spacing_room(text)


_NARROW = frozenset("ijlft.,:;'|!()[] ")


def wrap(text: str, room: float, char_width: float = CHAR_WIDTH) -> tuple[str, ...]:
    """Return the text in lines at most `room` user units wide, broken where a word may end; a word wider than a
    line (a German compound) is broken inside, each piece but the last ending in a hyphen.

    An SVG's text never wraps by itself: a long party name or measure ran past the chart's edge, clipped."""
    def fits(line: str) -> bool:
        return advance(line.rstrip(" "), char_width) <= room

    lines, line = [], ""
    for piece in _BREAK.split(text):
        if line and not fits(line + piece):
            lines.append(line.rstrip(" "))
            line = ""
        while not fits(piece) and len(piece.rstrip(" ")) > 2:
            cut = syllable_cut(piece, max((n for n in range(1, len(piece)) if fits(piece[:n] + "-")), default=1))
            lines.append(piece[:cut] + "-")
            piece = piece[cut:]
        line += piece
    return tuple(lines + [line.rstrip(" ")])


_VOWELS = frozenset("aeiouyäöüáéíóúàèìòùâêîôûœæ")


def syllable_cut(word: str, most: int) -> int:
    """Return where to break a word that fits up to `most` letters: before a consonant that starts a syllable (one
    followed by a vowel: "verfahrensun-terlagen", "documenta-ción"), within five letters of `most`, else at `most`.
    A rough rule, no dictionary: a cut mid-syllable ("unte-rlagen") made a compound harder to read."""
    lower = word.lower()
    for cut in range(most, max(1, most - 5), -1):
        if cut + 1 < len(word) and lower[cut - 1].isalpha() and lower[cut].isalpha() and lower[cut] not in _VOWELS \
                and lower[cut + 1] in _VOWELS:
            # "tr", "bl", "pr" start a syllable together: "concen-traciones", not "concent-raciones"
            return cut - 1 if lower[cut] in "lr" and lower[cut - 1] in "bcdfgkpt" and cut > 2 else cut
    return most


def text_lines(lines: tuple[str, ...], first_y: float) -> tuple[TextLine, ...]:
    """Return each line with its baseline, the first at `first_y`."""
    return tuple(TextLine(line, round(first_y + index * LINE, 2)) for index, line in enumerate(lines))


def tick_step(maximum: float, most: int = 4) -> float:
    """Return a round step (1, 2 or 5 times a power of ten) giving at most `most` steps up to `maximum`."""
    step = 10.0 ** (len(str(int(maximum))) - 1)
    while maximum / step > most:
        for factor in (2, 2.5, 2):
            step *= factor
            if maximum / step <= most:
                break
    return step


def plot_width(extent: list[tuple[float, str]], span: float) -> float:
    """Return the widest scale (user units for `span`) at which every bar and its label fit, each bar's label
    starting `reach` from the chart's left edge (in the figures' units)."""
    widest = float(WIDTH - LABEL_GAP)
    for reach, label in extent:
        room = WIDTH - LABEL_GAP - text_width(label)
        if reach > 0:
            widest = min(widest, room * span / reach)
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


def ends(amount) -> tuple[float, float]:
    """Return the lowest and highest value an amount reaches (a range's ends; a single figure twice)."""
    to = amount.to if amount.to is not None else amount.value
    return min(amount.value, to), max(amount.value, to)


def reach(amount) -> float:
    """Return how far from zero an amount reaches, either way."""
    return max(abs(end) for end in ends(amount))


def chart_groups(rows) -> list[list]:
    """Return the rows in groups that share one scale: one per unit, split where magnitudes differ too much."""
    by_unit: dict[str, list] = {}
    for row in rows:
        by_unit.setdefault(row.unit, []).append(row)
    groups = []
    for unit_rows in by_unit.values():
        tops = [max((reach(a) for a in row.values.values()), default=0) for row in unit_rows]
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
    amounts = [amount for row in rows for party in parties if (amount := row.values.get(party.id)) is not None]
    highest = max((ends(amount)[1] for amount in amounts), default=0)
    lowest = min((ends(amount)[0] for amount in amounts), default=0)
    step, lowest, scale, steps = _axis(rows, parties, labels, lowest, highest)
    span, zero = (max(highest, 0) - lowest) or 1, -lowest * scale
    groups, y = [], 0.0
    for row in rows:
        heading = wrap(row.measure, WIDTH, BOLD_CHAR_WIDTH)
        bars, bar_y = [], y + HEADING + (len(heading) - 1) * LINE
        for index, party in enumerate(parties):
            bar = _bar(row.values.get(party.id), scale, zero, party, bar_y, colours[index], labels)
            bars.append(bar)
            bar_y += ROW + (len(bar.lines) - 1) * LINE
        groups.append(ChartGroup(row.measure, y, tuple(bars), y + 14, text_lines(heading, y + 14)))
        y = bar_y + GROUP_GAP
    axis_y = y - GROUP_GAP + 2
    # Tick labels written out in the locale's own way ("200,000", "200 000", "−10"): "200k" is English shorthand.
    at = [(i, round((step * i - lowest) * scale, 2)) for i in steps]
    ticks = tuple(Tick(x, labels.number(step * i), "middle" if n else "start", x) for n, (i, x) in enumerate(at))
    # The list's commas and semicolons are the locale's: French puts a no-break space before ";", Arabic writes "،" "؛".
    description = labels["semicolon"].join(f"{g.measure}{labels['colon']}" + labels["comma"].join(b.label for b in g.bars)
                                           for g in groups)
    unit, plot = rows[0].unit, int(round(span * scale))
    chart = Chart(WIDTH, int(axis_y + AXIS_ROOM), 0, plot, BAR_HEIGHT, tuple(groups), ticks,
                  description, axis_y, labels["chart_title"].format(title=title, unit=unit), unit,
                  axis_y + TICK_LABEL_GAP, round(zero, 2) if lowest < 0 else 0,
                  axis_end=plot)  # computed here: templates hold no arithmetic
    return mirrored(chart) if labels.direction == "rtl" else chart


def _axis(rows, parties, labels: Labels, lowest: float, highest: float) -> tuple[float, float, float, range]:
    """Return the ticks' step, the axis's start (a tick: "−10" rather than "−8.2"), the scale (user units per unit)
    and the ticks (multiples of the step): as many ticks as fit, up to four, their labels apart."""
    for most in range(4, 0, -1):
        step = tick_step((max(highest, 0) - min(lowest, 0)) or 1, most)
        start = min(0, lowest // step * step)
        span = (max(highest, 0) - start) or 1
        given = [(max(ends(amount)[1], 0) - start, bar_label(labels, party, amount)) for row in rows
                 for party in parties if (amount := row.values.get(party.id)) is not None]
        scale = plot_width(given, span) / span
        steps = range(round(start / step), int((start + span) // step) + 1)
        if _ticks_apart([labels.number(step * i) for i in steps], step * scale):
            break
    return step, start, scale, steps


def mirrored(chart: Chart) -> Chart:
    """Return the chart drawn right to left: the scale's zero at the right edge, bars growing leftwards, each
    measure's name and bar label ending at the side a right-to-left reader starts from.

    An Arabic page's chart ran left to right: its measures' names stood at the far side of the chart from the table
    beside it and from where the reader's eye begins, and its bars grew against the reading."""
    def flip(x: float) -> float:
        return _at(round(WIDTH - x, 2))

    def inside(x: float) -> float:  # text ending at the right edge: a glyph's advance, hinted, ran half a unit past
        return min(flip(x), WIDTH - EDGE_ROOM)

    def bar(b: Bar) -> Bar:
        return b._replace(label_x=inside(b.label_x), x=flip(b.x + b.width),
                          extension_x=flip(b.extension_x + b.extension))

    ticks = tuple(tick._replace(x=flip(tick.x), label_x=inside(tick.x), anchor="end" if tick.anchor == "start"
                                else tick.anchor) for tick in chart.ticks)
    groups = tuple(group._replace(bars=tuple(bar(b) for b in group.bars)) for group in chart.groups)
    return chart._replace(ticks=ticks, groups=groups, zero_x=flip(chart.zero_x) if chart.zero_x else 0,
                          mirrored=True, edge=WIDTH - EDGE_ROOM, axis_start=flip(chart.axis_end), axis_end=WIDTH)


def _bar(amount, scale: float, zero: float, party, bar_y: float, colour: int, labels: Labels) -> Bar:
    """Return one bar: solid from the zero line to the figure (to a range's end nearer zero, none for a range
    across zero), and a range's lighter extension between its ends; its label right of both and of the zero line,
    wrapped to the room left there."""
    label = bar_label(labels, party, amount)
    text_y = bar_y + BAR_HEIGHT - 4
    if amount is None:
        return Bar(party, False, label, bar_y, 0.0, colour, ITALIC_LEAN, text_y,
                   lines=text_lines(wrap(label, WIDTH - ITALIC_LEAN), text_y))
    low, high = ends(amount)
    near = 0 if low < 0 < high else high if high <= 0 else low  # the part of the figure that is sure
    width = round(abs(near) * scale, 2)
    x = round(zero - width, 2) if near < 0 else _at(round(zero, 2))
    extension = round((high - low) * scale, 2) if amount.to is not None else 0.0
    extension_x = round(zero + low * scale, 2) if near <= 0 else round(x + width, 2)  # a positive range goes on from its bar
    label_x = round(max(x + width, extension_x + extension, zero) + LABEL_GAP, 2)  # a sum of rounded floats is not round
    return Bar(party, True, label, bar_y, width, colour, label_x, text_y, extension, x, extension_x,
               text_lines(wrap(label, WIDTH - label_x), text_y))


def _ticks_apart(tick_labels: list[str], distance: float) -> bool:
    """Say whether tick labels `distance` apart leave a gap between each other, the first starting at its tick and
    the others centred on theirs (a chart made narrower to keep room for a reader's spacing ran "200,000" into
    "400,000")."""
    widths = [advance(label, TICK_CHAR_WIDTH) for label in tick_labels]
    halves = [widths[0]] + [width / 2 for width in widths[1:]]
    return all(before + after + LABEL_GAP <= distance for before, after in zip(halves, halves[1:]))


def _at(zero: float):
    """Return the zero line's x, written "0" where it is the chart's edge, as the pages always wrote it."""
    return zero if zero else 0
