"""What templates receive: plain, frozen values with every derived number already computed."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from .footnotes import Footnote, Ref
from .model import Party, Source


@dataclass(frozen=True)
class Header:
    title: str
    summary: Markup
    description: str  # the summary as plain text, for metadata
    event_date: str
    event_date_text: str
    updated: str
    updated_text: str
    language: str


@dataclass(frozen=True)
class SectionView:
    id: str
    title: str
    html: Markup


@dataclass(frozen=True)
class EventView:
    when: str
    date: str
    date_text: str
    date_basis: str
    html: Markup
    refs: tuple[Ref, ...]


@dataclass(frozen=True)
class Cell:
    party: Party
    given: bool
    text: str
    qualifier: str
    refs: tuple[Ref, ...]


@dataclass(frozen=True)
class Row:
    measure: str
    unit: str
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class Bar:
    """One bar of the force chart, in SVG user units; a figure not given has a label and no bar."""

    party: Party
    given: bool
    label: str
    y: float
    width: float
    colour: int
    label_x: float = 0.0
    text_y: float = 0.0


@dataclass(frozen=True)
class ChartGroup:
    measure: str
    y: float
    bars: tuple[Bar, ...]
    text_y: float = 0.0


@dataclass(frozen=True)
class Tick:
    """One gridline of the chart's common scale and its label."""

    x: float
    label: str


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    label_width: int
    plot_width: int
    bar_height: int
    groups: tuple[ChartGroup, ...]
    ticks: tuple[Tick, ...]
    description: str
    axis_y: float = 0.0


@dataclass(frozen=True)
class Ratio:
    measure: str
    text: str


@dataclass(frozen=True)
class NoteView:
    party: Party
    topic: str
    html: Markup
    refs: tuple[Ref, ...]


@dataclass(frozen=True)
class ForcesView:
    attribution: Markup
    parties: tuple[Party, ...]
    rows: tuple[Row, ...]
    ratios: tuple[Ratio, ...]
    chart: Chart
    notes: tuple[NoteView, ...]
    note_columns: tuple["PartyColumn", ...] = ()


@dataclass(frozen=True)
class PartyColumn:
    """One party's items, shown side by side with the other party's; `slot` picks its colour."""

    party: Party
    slot: int
    items: tuple


@dataclass(frozen=True)
class FigureText:
    measure: str
    text: str


@dataclass(frozen=True)
class ClaimView:
    claimant: str
    party: Party
    channel: str
    html: Markup
    status: str
    status_label: str
    evidence: str
    figures: tuple[FigureText, ...]
    refs: tuple[Ref, ...]


@dataclass(frozen=True)
class Disagreement:
    measure: str
    entries: tuple[tuple[str, str], ...]  # (who says, what number)


@dataclass(frozen=True)
class TopicView:
    id: str
    title: str
    claims: tuple[ClaimView, ...]
    disagreements: tuple[Disagreement, ...]
    columns: tuple["PartyColumn", ...] = ()


@dataclass(frozen=True)
class QuoteView:
    id: str
    speaker: str
    role: str
    words: str
    context: Markup
    ref: Ref


@dataclass(frozen=True)
class CaveatView:
    kind: str
    label: str
    html: Markup
    refs: tuple[Ref, ...]


@dataclass(frozen=True)
class TocEntry:
    id: str
    title: str


@dataclass(frozen=True)
class SourceLink:
    source: Source
    href: str
    date_text: str


@dataclass(frozen=True)
class BriefingPage:
    """Everything the briefing page shows, in page order."""

    header: Header
    toc: tuple[TocEntry, ...]
    background: tuple[SectionView, ...]
    timeline: tuple[EventView, ...]
    forces: ForcesView | None
    topics: tuple[TopicView, ...]
    quotes: tuple[QuoteView, ...]
    caveats: tuple[CaveatView, ...]
    footnotes: tuple[Footnote, ...]
    sources: tuple[SourceLink, ...]


@dataclass(frozen=True)
class Piece:
    """A step through a source paragraph: some text, or the opening or closing of a mark."""

    kind: str  # "text", "open" or "close"
    text: str = ""
    mark_id: str = ""  # set where a passage begins; continuation marks have none
    number: int = 0
    opinion: bool = False
    backlinks: tuple[tuple[str, str], ...] = ()  # (href, label) where a passage ends


@dataclass(frozen=True)
class SourcePage:
    source: Source
    date_text: str
    paragraphs: tuple[tuple[Piece, ...], ...]
    passage_count: int
