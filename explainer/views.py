"""What templates receive: plain, frozen values with every derived number already computed.

Named tuples rather than dataclasses: they are as readable in templates and several times
cheaper to define, which matters for a build whose floor is interpreter start-up. Their annotations
are evaluated as they are defined (no `from __future__ import annotations`): typing compiles an
annotation written as text, one by one, 5 ms of every build's start for these 191 fields.
"""

import re
from typing import Mapping, NamedTuple

from markupsafe import Markup

from .anchor import Passage
from .footnotes import Footnote, Ref
from .locale import Foreign, direction
from .model import Party, Source
from .sentences import opening_sentences
from .shown_units import unit_to_show


class PageMeta(NamedTuple):
    """What every page's <head> and masthead need."""

    title: str
    description: str
    language: str
    direction: str  # ltr or rtl
    site_title: str

    @property
    def short_description(self) -> str:
        """Return the description as a link's preview and a search result show it: its opening whole sentences."""
        return opening_sentences(self.description, self.language, DESCRIPTION_LENGTH)


DESCRIPTION_LENGTH = 300  # characters of a page's description in its metadata, at most (but for one long sentence)


class Header(NamedTuple):
    slug: str
    title: str
    summary: Markup
    description: str  # the summary as plain text, for metadata
    status: str  # live or archived
    first_published: str
    first_published_text: str
    last_updated: str
    last_updated_text: str
    language: str
    corrections: tuple["LogEntryView", ...] = ()  # the corrections of the latest day holding any, newest first
    # The words the feed writes around its log entries, in the briefing's language ("Correction: ", "What was
    # wrong:"): a French correction's feed entry, marked French, once opened in the site's English.
    log_words: Mapping[str, str] = {}

    @property
    def direction(self) -> str:
        """ltr or rtl: how the briefing's own text runs, also where a page in another language shows it."""
        return direction(self.language)

    @property
    def more_corrections(self) -> int:
        """How many corrections of that day the top of the page leaves to the log, showing the newest."""
        return max(len(self.corrections) - 1, 0)


class LogEntryView(NamedTuple):
    id: str  # the entry's place in the page, where its feed entry leads
    date: str
    date_text: str
    kind: str
    label: str
    text: str
    wrong: str

    @property
    def opening(self) -> str:
        """Its first words, naming its "#" link apart from another entry's of the same day."""
        return opening_words(self.text)


OPENING_WORDS = 6  # words of an entry's text that name its "#" link


def opening_words(text: str) -> str:
    """Return a text's first OPENING_WORDS words, with an ellipsis where more follow (Markup's entities unescaped)."""
    words = Markup(text).unescape().split()
    return " ".join(words[:OPENING_WORDS]) + ("…" if len(words) > OPENING_WORDS else "")


class CorrectedNote(NamedTuple):
    """A note at an item a log entry corrects ("Corrected 3 December 2026"), leading to that entry: a reader arriving
    by an old link to the item was not told it had been put right (explainer/corrected_items.py)."""

    log_id: str  # the log entry's anchor, "update-2026-12-03-6"
    date: str
    before: str  # the note's words before its date and after it, in the briefing's language
    date_text: str
    after: str


class SectionView(NamedTuple):
    id: str
    title: str
    html: Markup


class EventView(NamedTuple):
    when: str
    date: str
    date_text: str  # in the page's language; "" when undated or when `when` already says it
    date_basis: str
    html: Markup
    refs: tuple[Ref, ...]
    id: str = ""  # its anchor, from its date (or `when`) and first words (event_anchors), never from its place
    corrected: tuple[CorrectedNote, ...] = ()


def event_anchors(events: tuple[EventView, ...]) -> tuple[EventView, ...]:
    """Return the events, each with an anchor a reader can link to: "event-", its date (or, undated, its `when`) and
    its first words ("event-2026-02-27-pakistan-launched-airstrikes-on-kabul"). Made of what it says rather than its
    place, an event added before another leaves the other's link as it was; the same anchor twice is numbered."""
    return _told_apart(events, lambda event: "event-" + "-".join(
        part for part in (event.date or _first_words_slug(event.when), _first_words_slug(event.html)) if part))


def _told_apart(items: tuple, anchor_of) -> tuple:
    """Return the items, each with its anchor `anchor_of(item)`, the same anchor twice told apart by a number ("-2")."""
    taken: set[str] = set()
    anchored = []
    for item in items:
        anchor = anchor_of(item)
        number, unique = 1, anchor
        while unique in taken:
            number += 1
            unique = f"{anchor}-{number}"
        taken.add(unique)
        anchored.append(item._replace(id=unique))
    return tuple(anchored)


class Cell(NamedTuple):
    party: Party
    given: bool
    text: str  # the figure with its bound, or "not given"
    refs: tuple[Ref, ...]


class RowView(NamedTuple):
    id: str
    measure: str
    unit: str
    cells: tuple[Cell, ...]
    corrected: tuple[CorrectedNote, ...] = ()

    @property
    def shown_unit(self) -> str:
        """The unit its header brackets: none where the measure says it ("Sitze", not "Sitze (Sitze)")."""
        return unit_to_show(self.measure, self.unit)


class TextLine(NamedTuple):
    """One line of a chart's wrapped label and its baseline, in SVG user units."""

    text: str
    y: float


class Bar(NamedTuple):
    """One bar of the force chart, in SVG user units; a figure not given has a label and no bar."""

    party: Party
    given: bool
    label: str
    y: float
    width: float
    colour: int
    label_x: float = 0.0
    text_y: float = 0.0
    extension: float = 0.0  # a range's extra length, from the end nearer zero to the other
    x: float = 0  # where the bar starts: the zero line, or left of it for a negative figure
    extension_x: float = 0.0
    lines: tuple[TextLine, ...] = ()  # the label wrapped to the room right of label_x (the first at text_y)


class ChartGroup(NamedTuple):
    measure: str
    y: float
    bars: tuple[Bar, ...]
    text_y: float = 0.0
    lines: tuple[TextLine, ...] = ()  # the measure wrapped to the chart's width (the first at text_y)


class Tick(NamedTuple):
    """One gridline of the chart's common scale and its label."""

    x: float
    label: str
    anchor: str = "middle"  # the label's text-anchor: the scale's first one is flush with its edge
    label_x: float = 0.0  # the label's x: the line's, or a unit inside the chart's right edge


class Chart(NamedTuple):
    width: int
    height: int
    label_width: int
    plot_width: int
    bar_height: int
    groups: tuple[ChartGroup, ...]
    ticks: tuple[Tick, ...]
    description: str
    axis_y: float = 0.0
    title: str = ""
    unit: str = ""
    tick_label_y: float = 0.0  # the baseline of the ticks' labels, below the axis
    zero_x: float = 0  # the zero line, drawn where negative figures stand left of it (0: there are none)
    mirrored: bool = False  # drawn right to left, for a right-to-left page: text anchored at its end
    edge: float = 0  # the x of the measures' names: the chart's left edge, or its right one when mirrored
    axis_start: float = 0  # the axis line, from the scale's lowest end to its highest
    axis_end: float = 0


class Ratio(NamedTuple):
    measure: str
    text: str


class NoteView(NamedTuple):
    id: str
    party: Party
    topic: str
    html: Markup
    refs: tuple[Ref, ...]
    heading: str = ""  # the topic as it heads the note: its first letter a capital, in its language's way


class ComparisonView(NamedTuple):
    id: str
    title: str
    attribution: Markup
    parties: tuple[Party, ...]
    rows: tuple[RowView, ...]
    ratios: tuple[Ratio, ...]
    charts: tuple[Chart, ...]
    notes_title: str
    note_columns: tuple["PartyColumn", ...]
    colours: tuple[int, ...] = ()  # each of `parties`' colour slot: its place in the briefing's parties


class PartyColumn(NamedTuple):
    """One party's items, shown side by side with the other party's; `slot` picks its colour."""

    party: Party
    slot: int
    items: tuple


class Revision(NamedTuple):
    """A later report's other figure for the same measure, from the same party: where an older card leads."""

    claim_id: str
    text: str
    date_text: str


class FigureText(NamedTuple):
    measure: str
    text: str
    given: bool = True
    unit: str = ""
    revised: Revision | None = None  # by a later report (explainer/reports.py)

    @property
    def shown_unit(self) -> str:
        """The unit its card brackets: none where the measure says it ("Votes", not "Votes (votes)")."""
        return unit_to_show(self.measure, self.unit)


class Report(NamedTuple):
    """A source as a claim's card names it: by its publisher (its title when none is given) and its date."""

    id: str
    name: str
    date: str  # YYYY-MM-DD, or unknown
    date_text: str  # in the page's language; "" when unknown or when the name already says it
    href: str
    foreign: Foreign = Foreign()  # lang and dir of the name, when it is a title in another language than the page's


class ClaimView(NamedTuple):
    id: str
    claimant: str
    party: Party  # the column it stands in: a party, the joint claimants, or others quoted
    parties: tuple[Party, ...]
    channel: str
    html: Markup
    status: str
    status_label: str
    evidence: str  # empty where the status does not call for evidence
    figures: tuple[FigureText, ...]
    refs: tuple[Ref, ...]
    reports: tuple[Report, ...] = ()  # the sources it cites, as its card names them
    date: str = ""  # its latest report's date, or "" when any of them is undated
    apart: str = ""  # what tells it from its claimant's other claims in its topic, in its link's name: a date
    corrected: tuple[CorrectedNote, ...] = ()
    claimant_foreign: Foreign = Foreign()  # lang and dir of a claimant's name in another script, from its passages


class StatusLegend(NamedTuple):
    status: str
    label: str
    legend: str


class Disagreement(NamedTuple):
    measure: str  # with its unit, as the claim cards write it: "Rise in prices (%)"
    # (who says, what number, its report's date where the dates differ, the id of the claim whose card gives it)
    entries: tuple[tuple[str, str, str, str], ...]
    latest: str = ""  # the latest report's figure, where one report is the latest
    latest_date_text: str = ""


class TopicView(NamedTuple):
    id: str
    title: str
    claims: tuple[ClaimView, ...]
    disagreements: tuple[Disagreement, ...]
    columns: tuple["PartyColumn", ...] = ()


class QuoteView(NamedTuple):
    id: str
    speaker: str
    role: str
    words: str
    context: Markup
    ref: Ref
    foreign: Foreign = Foreign()  # lang and dir of the words, when their source's language is not the page's
    speaker_foreign: Foreign = Foreign()  # ... of the speaker's name and of the role, copied from such a source
    role_foreign: Foreign = Foreign()
    named_by_role: bool = False  # no speaker given, but a role: the role names the quote's link

    @property
    def link_name(self) -> str:
        """Return what the quote's "Link to this" is named by: its speaker, or where none is given its role."""
        return self.role if self.named_by_role else self.speaker

    @property
    def link_foreign(self) -> Foreign:
        """Return the lang and dir of the words naming the quote's link."""
        return self.role_foreign if self.named_by_role else self.speaker_foreign


class CaveatView(NamedTuple):
    kind: str
    label: str
    html: Markup
    refs: tuple[Ref, ...]
    id: str = ""  # its anchor, from what it cites or says (caveat_anchors), never from its place
    corrected: tuple[CorrectedNote, ...] = ()

    @property
    def opening(self) -> str:
        """Its first words, naming its "#" link apart from another caveat's of the same kind."""
        return opening_words(re.sub(r"<[^>]*>", "", _without_markers(self.html)))


CAVEAT_WORDS = 6  # words of an uncited caveat's text its anchor is made of
CAVEAT_SLUG_CHARS = 48  # characters of such an anchor, at most


def caveat_anchors(caveats: tuple[CaveatView, ...]) -> tuple[CaveatView, ...]:
    """Return the caveats, each with an anchor a reader can link to: "caveat-" and the key of its first citation
    ("caveat-pakistan-figures"), or, citing none, its first words ("caveat-everything-here-rests-on-one-news"). Made
    of what it says rather than its place, a caveat added before another leaves the other's link as it was; the same
    anchor twice is told apart by a number ("-2")."""
    return _told_apart(caveats, lambda caveat: "caveat-" + (
        caveat.refs[0].use_id.removeprefix("cite-caveats-") if caveat.refs
        else _first_words_slug(caveat.html) or caveat.kind))


def _first_words_slug(html: str) -> str:
    """Return the first CAVEAT_WORDS words of a text's visible words, lower-cased and joined by hyphens, its markers
    left out and at most CAVEAT_SLUG_CHARS long (Japanese writes no spaces: a sentence was one word)."""
    text = re.sub(r"<[^>]*>|&[#\w]+;", " ", _without_markers(html))
    return "-".join(re.findall(r"\w+", text.lower())[:CAVEAT_WORDS])[:CAVEAT_SLUG_CHARS].strip("-")


def _without_markers(html: str) -> str:
    """Return a text's HTML without its citation markers ("[4]")."""
    return re.sub(r'<a [^>]*class="ref"[^>]*>[^<]*</a>', "", str(html))


class TocEntry(NamedTuple):
    id: str
    title: str


class SourceLink(NamedTuple):
    source: Source
    href: str
    date_text: str
    foreign: Foreign = Foreign()  # lang and dir of its title, when the source's language is not the page's

    @property
    def publisher_foreign(self) -> Foreign:
        """Return the lang and dir of its publisher's name, as of its title: none for "unknown", said in the page's words."""
        return Foreign() if self.source.publisher == "unknown" else self.foreign


class BriefingPage(NamedTuple):
    """Everything the briefing page shows, in page order."""

    header: Header
    toc: tuple[TocEntry, ...]
    background: tuple[SectionView, ...]
    timeline: tuple[EventView, ...]
    comparisons: tuple[ComparisonView, ...]
    topics: tuple[TopicView, ...]
    statuses: tuple[StatusLegend, ...]  # the legend of the statuses the claims use
    quotes: tuple[QuoteView, ...]
    caveats: tuple[CaveatView, ...]
    footnotes: tuple[Footnote, ...]
    sources: tuple[SourceLink, ...]
    log: tuple[LogEntryView, ...]
    labels: dict  # the locale's words with the briefing's overrides


class NoteMark(NamedTuple):
    """A footnote as a source page links back to it, and as `check` reports it."""

    number: int
    id: str
    passage: Passage
    unfragmented: bool = False  # it links to its source's original without a Text Fragment: `check` says so


class Outline(NamedTuple):
    """What the other pages show of a briefing: the home page its header, source pages its notes and sources."""

    header: Header
    notes: tuple[NoteMark, ...]
    source_ids: tuple[str, ...]  # the sources it cites, in the order it lists them
    opinions: tuple[Passage, ...] = ()  # the passages its caveats mark as the source's own opinion, sorted


def outline_of(page: BriefingPage, opinions=()) -> Outline:
    """Return what other pages need of a briefing's page: a small part, kept apart from the whole."""
    notes = (NoteMark(note.number, note.id, note.passage, bool(note.source.url and not note.fragment))
             for note in page.footnotes)
    return Outline(page.header, tuple(notes),
                   tuple(link.source.id for link in page.sources), tuple(sorted(opinions)))


class Piece(NamedTuple):
    """A run of a source paragraph's text, after the mark it opens or closes, if any.

    Templates unpack it in their loop (`for kind, text, ... in paragraph`), so the field
    order is part of the contract.
    """

    kind: str  # "open" or "close" for the mark before the text, "text" for none
    text: str = ""
    mark_id: str = ""  # an opening mark's id, where its passage begins; continuation marks have none
    opinion: bool = False  # an opening mark's passage is the source's own opinion
    backlinks: tuple["SourceBacklink", ...] = ()  # a closing mark's links back, for the passages ending there; an
    # opening mark's own, where another passage starts or ends in its passage, whose link comes first: its way back
    run_on: str = ""  # an opening mark's "runs-on" (its passage goes on in the next paragraph), "cont" (it is the
    # passage's part in the paragraph after its start) or both, or "cut" and "resumed" (its two parts where it crosses
    # a passage in its paragraph): the page tints every part of the passage arrived at; "goes-on" where neither says
    # that its passage goes on past the part (paper rules a passage's end after its last part only)


class BriefingLink(NamedTuple):
    """A briefing as other pages link to it."""

    slug: str
    title: str
    href: str
    foreign: Foreign = Foreign()  # lang and dir of the title, when the briefing's language is not the page's


class SourceBacklink(NamedTuple):
    """A source page's link back to a note citing one of its passages, named for screen readers. A briefing's title in
    another language than the page's is named apart (`before`, `title`, `after`), so it can be marked in its own:
    "back to footnote 4 in “La fusion …”" was one English name read in one voice."""
    href: str
    label: str  # the whole name, in the page's language
    before: str = ""  # the name's words before the title, where `foreign` marks the title
    title: str = ""
    after: str = ""
    foreign: Foreign = Foreign()  # lang and dir of the title, when the briefing's language is not the page's


class VersionChange(NamedTuple):
    """A paragraph a publisher's revision reworded, added or removed, as the newer version's page lists it."""

    kind: str  # "reworded", "added" or "removed"
    # its runs of words, each "same", "removed" (the older's) or "added"; one "paragraph" where it is removed or added whole
    pieces: tuple[tuple[str, str], ...]


class OtherVersion(NamedTuple):
    """Another version of a source its publisher revised, as the page of one version leads to the other."""

    label: str  # "Superseded by:" or "Replaces:", in the page's language
    title: str
    href: str  # from the other version's page
    which: str  # "a newer version" or "an earlier version": the label alone left a reader guessing which came first
    date_text: str
    foreign: Foreign = Foreign()  # lang and dir of the title, when that source's language is not the page's
    changes: tuple[VersionChange, ...] = ()  # an earlier version's paragraphs as the page's version changed them


class Versions(NamedTuple):
    """The versions a source's page leads to: the one replacing it, and those it replaces (a page of the newer
    version did not lead back, so its reader could not find the earlier wording older notes quote)."""

    superseded_by: OtherVersion | None = None
    replaces: tuple[OtherVersion, ...] = ()


class SourcePage(NamedTuple):
    source: Source
    date_text: str
    retrieved_text: str
    paragraphs: tuple[tuple[Piece, ...], ...]
    passage_count: int
    citing: tuple[BriefingLink, ...]  # the briefings that cite this source
    foreign: Foreign = Foreign()  # lang and dir of its title, when the source's language is not the site's
    versions: Versions = Versions()  # where its publisher revised it: the version replacing it, those it replaces

    @property
    def publisher_foreign(self) -> Foreign:
        """Return the lang and dir of its publisher's name, as of its title: none for "unknown", which the page says
        in its own words."""
        return Foreign() if self.source.publisher == "unknown" else self.foreign

    @property
    def author_foreign(self) -> Foreign:
        """Return the lang and dir of its author's name, as of its title: none for "unknown"."""
        return Foreign() if self.source.author == "unknown" else self.foreign


class HomeEntry(NamedTuple):
    """One briefing as the home page lists it."""

    header: Header
    href: str
    corrections: tuple["LogEntryView", ...]  # the header's, or the newest of them where they are many
    more_corrections: int  # how many of that day's corrections are left to the log
    # Each shown correction's number in its link's name (" 1", " 2"), "" for one alone: links named alike lead apart.
    correction_numbers: tuple[str, ...] = ()


class HomePage(NamedTuple):
    """The microsite's home page."""

    title: str
    description: str
    language: str
    about: Markup
    entries: tuple[HomeEntry, ...]
    footnotes: tuple[Footnote, ...]
    labels: dict
