"""The content model: closed, frozen types for every kind of content file.

The type hints and `doc` metadata here are the single definition of the content: the
validator converts YAML into these types by reading them, and `schema.py` writes the JSON
Schema editors use from the same hints, so the two cannot disagree. Annotations are
evaluated eagerly (no `from __future__ import annotations`) so that reading them is cheap.
"""

import bisect
import functools
from dataclasses import MISSING, FrozenInstanceError, dataclass, field, replace
from typing import Literal, NewType, Union

# Prose rendered as markdown (raw HTML off); may hold inline citation markers like [^asif].
Markdown = NewType("Markdown", str)
# A calendar date written YYYY-MM-DD.
IsoDate = NewType("IsoDate", str)
# An event's date: a calendar date, or its month alone (YYYY-MM) where the source names the month and no day.
EventDate = NewType("EventDate", str)
# A short identifier: lowercase letters, digits and hyphens, e.g. "asif-all-out-war".
Key = NewType("Key", str)

KEY_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
EVENT_DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}(?:-[0-9]{2})?$"
# The scheme in any case: browsers read `HTTPS://EXAMPLE.ORG/` as https://example.org/, and refusing it refused an
# editor's honest address (tests/test_attack_40.py); the site's address is written with its scheme and host lowercase.
URL_PATTERN = r"^[hH][tT][tT][pP][sS]?://[^\s<>\"'`]+$"
# The site's address: each page's is this with its path added, so a query or fragment in it ("...?a=1#b") made every
# canonical, feed and sitemap address point at the home page ("https://x.org/?a=1#b/flood/").
BASE_URL_PATTERN = r"^[hH][tT][tT][pP][sS]?://[^\s<>\"'`?#]+$"
BASE_URL_HINT = ("write the address the site is published at, starting with https:// or http://, e.g. "
                 "https://example.org/briefings/: each page's address is it with the page's path added")
DATE_OR_UNKNOWN = r"^([0-9]{4}-[0-9]{2}-[0-9]{2}|unknown)$"
# A passage is checked against every sentence citing it, each check reading it whole: a quote of 1.6 MB cited by ten
# sentences took 9 s of CPU to check, growing with the product of the two. The real briefing's longest is 511.
MAX_QUOTE_CHARS = 5_000
# A headline is in every page's <title>, its heading, the home page's list and the feed: `new --title` took one of 54 KB
# and the build published it. The real briefing's is 47 characters; a search result shows some 60.
MAX_TITLE_CHARS = 300
TITLE_TOO_LONG = ("as a headline, shown in the page's title, the home page and the feed",
                  "shorten it; what more there is to say belongs in the summary")
# A source's title, a party's name, a heading, a quote's words and a caveat had no limit: a source title of 50 KB was
# printed beside every passage cited from it, on every page citing it (tests/test_attack_40.py). The real briefing's
# longest are 119 (a source's title), 47 (a party's name), 575 (a quote's words) and 242 (a caveat).
MAX_NAME_CHARS = 200
NAME_TOO_LONG = ("as a name, shown wherever its words are cited or compared",
                 "shorten it; what more there is to say belongs in the prose that cites it")
MAX_HEADING_CHARS = MAX_TITLE_CHARS
HEADING_TOO_LONG = ("as a heading, shown above what it heads", "shorten it; what more there is to say belongs in the "
                    "text below it")
SOURCE_TITLE_TOO_LONG = ("as a source's title, shown beside every passage cited from it, on every page citing it",
                         "shorten it to the document's own title, or a short description of it")
MAX_PARAGRAPH_CHARS = 5_000
PARAGRAPH_TOO_LONG = ("as one paragraph of the page", "keep it to a paragraph; the rest belongs in the briefing's prose")
# Free text had no limit short of a content file's 8 MiB: a summary of 8 MB was published on the home page and in the
# feed, a log entry's on every page of the feed (tests/test_attack_41.py). The limits are generous, as the checks read
# a pasted table of 50 to 100 KB in time growing with its length (tests/test_attack_36.py): the real briefing's longest
# summary is 766 characters in the tests' fixtures, its log entry 247, a section 8,782.
MAX_LOG_CHARS = 5_000
LOG_TOO_LONG = ("as a log entry, shown in the feed and, for a correction, on the home page",
                "say what changed in a sentence or two; the change itself belongs in the briefing")
MAX_ITEM_CHARS = 100_000
SUMMARY_TOO_LONG = ("as the briefing's summary, shown on the home page and in the feed",
                    "keep it to what we know, in a paragraph; the rest belongs in the background")
ITEM_TOO_LONG = ("as one item of the page", "keep it to the item; the rest belongs in the background")
MAX_SECTION_CHARS = 500_000
SECTION_TOO_LONG = ("as one section of the page", "split it into sections of their own")
# The rest of the editors' words had no limit either: a unit of 1 MB was printed beside every figure of its row, in
# every chart of it, and a label's value in every heading it replaces (tests/test_attack_42.py). A label (a unit, a
# role, a channel, a remark's topic, an event's time) is held to a name's 200 characters, a row's measure, a notes
# heading and a label's value to a heading's 300, a sentence (the site's description, how a date was derived) to 1,000
# and a claim's evidence or a table's attribution to a paragraph's 5,000.
MAX_SENTENCE_CHARS = 1_000
DESCRIPTION_TOO_LONG = ("as the site's description, shown on the home page and in every page's metadata",
                        "keep it to one sentence saying what the microsite is; the rest belongs in `about`")
LABEL_TOO_LONG = ("as a label, shown beside what it labels", "shorten it to a few words; what more there is to say "
                  "belongs in the prose beside it")
WHEN_TOO_LONG = ("as an event's time, shown before it", "write the time as the source words it; what happened "
                 "belongs in `what`")
MEASURE_TOO_LONG = ("as a measure, shown as its row's heading and in its charts", "name what is counted in a few "
                    "words; the rest belongs in a note or the prose")
UNIT_TOO_LONG = ("as a unit, shown beside every figure given in it", "write the unit alone, e.g. 'US$ billion'")
BASIS_TOO_LONG = ("as how a date was derived, shown under its event", "say it in a sentence, e.g. 'the day before the "
                  "report's date'")
# A party's aliases, a quote's `prefix` and `suffix` and a comparison's `ratio_of` had no limit either: an alias is read
# in every check of who speaks, and a prefix of 8 MB was looked for before its quote in the source
# (tests/test_attack_43.py). An alias is held to a name's 200 characters, a measure named in `ratio_of` to a measure's
# 300, and a prefix or suffix, the few words beside a quote, to a sentence's 1,000.
ALIAS_TOO_LONG = ("as another name of the party, read wherever the checks ask who speaks",
                  "write the name alone, as the sources give it, e.g. `Islamabad`")
BESIDE_TOO_LONG = ("as the words beside a quote, looked for with it in its source",
                   "keep the few words just beside the quote that tell its places apart")
# A key (an id, a `cite` entry) had none: a topic's id of 1 MB built, written seven times into its page as anchors and
# four into the CSV (tests/test_attack_43.py). YAML takes a mapping's key of up to 1,024 characters; the real briefing's
# longest key is 22. A source's id is held to 250 by its page's file name (crosscheck.py).
MAX_KEY_CHARS = 1_000
KEY_TOO_LONG = ("as a key, written into the page's anchors and the data's rows", "shorten it to a few words joined by "
                "hyphens, e.g. `asif-all-out-war`, here and where it is used")
LANGUAGE_PATTERN = r"^[a-z]{2,3}(-[A-Za-z0-9]+)*$"
Number = Union[int, float]


def doc(text: str, **extra) -> dict:
    """Return field metadata carrying the editor-facing description."""
    return {"doc": text, **extra}


_REQUIRED = object()


def spec(text: str, default=_REQUIRED, **extra):
    """Declare a field with its description and, if given, its default (None: may be left out)."""
    if default is _REQUIRED:
        return field(metadata=doc(text, **extra))
    if default is None or isinstance(default, (tuple, str, int, float)):
        return field(default=default, metadata=doc(text, **extra))
    return field(default_factory=default, metadata=doc(text, **extra))


def content_type(cls: type) -> type:
    """Return `cls` as a closed, frozen dataclass of keyword-only fields, made by Located's one __init__ and frozen by
    its one __setattr__.

    dataclasses compiles an __init__ for each class, half of importing this module at every build's start (8 ms of
    CPU), and a __setattr__ and __delattr__ for each frozen one (as much again); Located's do what each of those did,
    field by field in their order (tests/test_realspeed3.py and test_realspeed4.py compare).
    """
    return dataclass(kw_only=True, eq=False, repr=False, init=False)(cls)


@content_type
class Located:
    """Where an item was written: its line, and the line of each of its fields."""

    line: int = field(default=0, compare=False, repr=False, metadata={"internal": True})
    lines: dict = field(default_factory=dict, compare=False, repr=False, metadata={"internal": True})
    starts: dict = field(default_factory=dict, compare=False, repr=False, metadata={"internal": True})
    # Text fields YAML folded over several lines: where each written line begins (yamlsafe.Folds).
    folds: dict | None = field(default=None, compare=False, repr=False, metadata={"internal": True})

    def __init__(self, **values):
        for name, item in self.__dataclass_fields__.items():
            if name in values:
                value = values.pop(name)
            elif item.default is not MISSING:
                value = item.default
            elif item.default_factory is not MISSING:
                value = item.default_factory()
            else:
                raise TypeError(f"{type(self).__qualname__}.__init__() missing 1 required keyword-only argument: "
                                f"'{name}'")
            object.__setattr__(self, name, value)
        if values:
            raise TypeError(f"{type(self).__qualname__}.__init__() got an unexpected keyword argument "
                            f"'{next(iter(values))}'")

    def __setattr__(self, name: str, value) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def line_of(self, name: str) -> int:
        """Return the line a field was written on, or the item's own line."""
        return self.lines.get(name, self.line)

    def text_start(self, name: str) -> int:
        """Return the line where a field's text begins (the next line for `|` blocks)."""
        return self.starts.get(name, self.line_of(name))

    def line_at(self, name: str, offset: int) -> int:
        """Return the line holding character `offset` of a text field, however YAML folded its lines."""
        folds = self.folds.get(name) if self.folds else None
        if folds is not None:
            return folds.line_at(offset)
        return self.text_start(name) + bisect.bisect_left(_newlines(getattr(self, name)), offset)

    def joined_paragraphs(self, name: str) -> tuple[int, ...]:
        """Return the lines of a text field where YAML folded a paragraph break into a line break."""
        folds = self.folds.get(name) if self.folds else None
        return folds.joined if folds is not None else ()


@functools.lru_cache(maxsize=16)
def _newlines(text: str) -> tuple[int, ...]:
    """Return where each line break of a text stands: counting them up to each finding's offset took time growing with
    the square of a field's length (a 300 KB field of 150,000 figures "1 1 1 ...", each a finding)."""
    breaks, at = [], text.find("\n")
    while at >= 0:
        breaks.append(at)
        at = text.find("\n", at + 1)
    return tuple(breaks)


@content_type
class Citation(Located):
    """Exact words of a source, anchored at build time to one passage of it."""

    source: Key = spec("Id of the source (see content/sources.yaml).")
    quote: str = spec("The source's exact words. Only spacing and curly/straight quotes may differ.",
                      max_chars=MAX_QUOTE_CHARS)
    prefix: str = spec("Words just before the quote, to pick one of several occurrences.", "",
                       max_chars=MAX_SENTENCE_CHARS, too_long=BESIDE_TOO_LONG)
    suffix: str = spec("Words just after the quote, to pick one of several occurrences.", "",
                       max_chars=MAX_SENTENCE_CHARS, too_long=BESIDE_TOO_LONG)


Citations = dict[Key, Citation]
CITATIONS_DOC = ("Citations by key; a key is defined once per briefing, in any of its files, and usable from all "
                 "of them with [^key] in prose or in a `cite` list.")


@content_type
class Source(Located):
    """A source document of the shared library under seeds/, described once in content/sources.yaml."""

    id: Key = spec("Short id used by citations in every briefing, e.g. `report`.")
    file: str = spec("File name under seeds/, e.g. `000_bd91349fafd64fe6.txt`.")
    title: str = spec("Title shown to readers (describe it if the document has none).",
                      max_chars=MAX_HEADING_CHARS, too_long=SOURCE_TITLE_TOO_LONG)
    publisher: str = spec("Who published it, or `unknown` when the document does not say.",
                          max_chars=MAX_NAME_CHARS, too_long=NAME_TOO_LONG)
    author: str = spec("Who wrote it, or `unknown`.", "unknown", max_chars=MAX_NAME_CHARS, too_long=NAME_TOO_LONG)
    date: str = spec("Publication date as YYYY-MM-DD, or `unknown`.", pattern=DATE_OR_UNKNOWN)
    url: str = spec("Where the original can be read, if public (an http or https address).", "", pattern=URL_PATTERN)
    retrieved: str = spec("When the copy in seeds/ was taken, as YYYY-MM-DD, or `unknown`.", "unknown",
                          pattern=DATE_OR_UNKNOWN)
    language: str = spec("Language of the document as a BCP 47 tag; the site's language when left out.", "",
                         pattern=LANGUAGE_PATTERN)
    statement_of: str = spec("Whose statement the document is, when it is one party's word throughout (a press "
                             "release, a company's statement), e.g. `Corvane Chemicals`: a sentence citing only such "
                             "sources must say whose word it states.", "", pattern=r"^(\S.*)?$")
    superseded_by: str = spec("Id of the library source that replaces this document, when its publisher revised it "
                              "and both versions are kept, e.g. `report-revised`: this document's page says so and "
                              "links to it.", "", pattern=r"^([a-z0-9][a-z0-9-]*)?$")
    sha256: str = spec("SHA-256 of the file's bytes, so it cannot change unnoticed; "
                       "`python build.py accept-source ID` records it.", "", pattern=r"^([0-9a-f]{64})?$")

    def read_in(self, site_language: str) -> "Source":
        """Return this source with the language it is read in: its own, else the site's (a Spanish newsroom's
        library is in Spanish; read as English, its "38,4 %" would back no "38,4 %" of its briefings)."""
        return self if self.language else replace(self, language=site_language)


@content_type
class SourcesFile(Located):
    """content/sources.yaml: the shared library of source documents, each described once."""

    sources: tuple[Source, ...] = spec("The source documents, any briefing may cite any of them.", min_items=1)


@content_type
class SiteFile(Located):
    """content/site.yaml: the microsite itself."""

    title: str = spec("Name of the microsite, shown on the home page and in the feed.", max_chars=MAX_TITLE_CHARS,
                      too_long=TITLE_TOO_LONG)
    description: str = spec("One sentence saying what the microsite is, for the home page and metadata.",
                            max_chars=MAX_SENTENCE_CHARS, too_long=DESCRIPTION_TOO_LONG)
    language: str = spec("Language of the home page as a BCP 47 tag; briefings default to it.", "en",
                         pattern=LANGUAGE_PATTERN)
    about: Markdown = spec("About and method, shown on the home page; cite what states facts with [^key].", "",
                           max_chars=MAX_SECTION_CHARS, too_long=SECTION_TOO_LONG)
    base_url: str = spec("Public address of the site, used only for absolute links (canonical, sitemap, feed).", "",
                         pattern=BASE_URL_PATTERN)
    moved: dict[str, str] = spec("Renamed briefings: a former folder name and the folder's name now, e.g. "
                                 "`strike-in-court: injunction-hearing`. The old address leads to the new one and the "
                                 "feed keeps the briefing's entries; list a briefing's former names oldest first.", dict)
    citations: Citations = spec(CITATIONS_DOC, dict)


@content_type
class Party(Located):
    """One of the parties a briefing compares: a side, a regulator, a court, a mediator..."""

    id: Key = spec("Short id used by figures and claims, e.g. `pakistan`.")
    name: str = spec("Name shown to readers.", max_chars=MAX_NAME_CHARS, too_long=NAME_TOO_LONG)
    short_name: str = spec("Shorter name for tight places such as table headings; the name when left out.", "",
                            max_chars=MAX_NAME_CHARS, too_long=NAME_TOO_LONG)
    role: str = spec("What the party is in this story, shown where it helps: side, regulator, court, mediator...", "",
                     max_chars=MAX_NAME_CHARS, too_long=LABEL_TOO_LONG)
    aliases: tuple[str, ...] = spec("Other names the sources give the party or its government, e.g. its capital "
                                    "`Islamabad`: read where the checks ask who speaks or whose figure it is; not shown.",
                                    (), item_max_chars=MAX_NAME_CHARS, item_too_long=ALIAS_TOO_LONG)


LogKind = Literal["update", "correction", "clarification"]


@content_type
class LogEntry(Located):
    """One dated entry of a briefing's log of updates and corrections."""

    date: IsoDate = spec("When the change was published, YYYY-MM-DD.")
    kind: LogKind = spec("update (new facts), correction (something was wrong) or clarification (wording made clearer).")
    text: str = spec("What changed, in a sentence or two.", max_chars=MAX_LOG_CHARS, too_long=LOG_TOO_LONG)
    wrong: str = spec("For a correction: what the briefing said that was wrong.", "", max_chars=MAX_LOG_CHARS,
                      too_long=LOG_TOO_LONG)
    corrects: tuple[str, ...] = spec("For a correction or clarification: the anchors of the items it corrects, as the "
                                     "page writes them (`caveat-force-domination`, `claim-casualties-2`, "
                                     "`event-2026-02-27-pakistan-launched-airstrikes`, `row-strength-army`): each "
                                     "shows a note leading to this entry.", (), item_max_chars=MAX_KEY_CHARS,
                                     item_too_long=KEY_TOO_LONG)


@content_type
class BriefingFile(Located):
    """content/<slug>/briefing.yaml: the briefing itself, its parties and its log of updates."""

    title: str = spec("Headline of the briefing.", max_chars=MAX_TITLE_CHARS, too_long=TITLE_TOO_LONG)
    summary: Markdown = spec("One paragraph: what we know. Cite every statement.", max_chars=MAX_ITEM_CHARS,
                             too_long=SUMMARY_TOO_LONG)
    status: Literal["live", "archived"] = spec("live (still being updated) or archived (no longer updated).", "live")
    language: str = spec("Language of the briefing as a BCP 47 tag; the site's language when left out.", "",
                         pattern=LANGUAGE_PATTERN)
    parties: tuple[Party, ...] = spec("The sides compared, in the order they are shown.", min_items=2)
    updates: tuple[LogEntry, ...] = spec(
        "Log of updates and corrections, oldest first; the first entry's date is the first-published date.",
        min_items=1)
    labels: dict[str, str] = spec("Headings and labels of this briefing that replace the locale's, by label key, "
                                  "e.g. `comparisons: Forces compared`.", dict, item_max_chars=MAX_HEADING_CHARS,
                                  item_too_long=HEADING_TOO_LONG)
    citations: Citations = spec(CITATIONS_DOC, dict)


@content_type
class Section(Located):
    """A section of background prose."""

    id: Key = spec("Anchor of the section in the page, e.g. `history`.")
    title: str = spec("Section heading.", max_chars=MAX_HEADING_CHARS, too_long=HEADING_TOO_LONG)
    body: Markdown = spec("Markdown prose; every paragraph needs at least one [^key] citation.",
                          max_chars=MAX_SECTION_CHARS, too_long=SECTION_TOO_LONG)


@content_type
class BackgroundFile(Located):
    """content/background.yaml: background sections."""

    sections: tuple[Section, ...] = spec("Sections in reading order.", min_items=1)
    citations: Citations = spec(CITATIONS_DOC, dict)


@content_type
class Event(Located):
    """One dated happening."""

    when: str = spec("The time as the source words it, e.g. 'Thursday night'.", max_chars=MAX_NAME_CHARS,
                     too_long=WHEN_TOO_LONG)
    date: EventDate = spec("The calendar date, YYYY-MM-DD, where it can be derived; YYYY-MM where the source names "
                           "the month only; leave out otherwise.", "")
    date_basis: str = spec("How the date was derived from the source, e.g. 'the day before the report's date'.", "",
                           max_chars=MAX_SENTENCE_CHARS, too_long=BASIS_TOO_LONG)
    what: Markdown = spec("What happened, in markdown.", max_chars=MAX_ITEM_CHARS, too_long=ITEM_TOO_LONG)
    cite: tuple[Key, ...] = spec("Keys of the citations supporting this event.", min_items=1)


@content_type
class TimelineFile(Located):
    """content/timeline.yaml: events in the order they happened."""

    events: tuple[Event, ...] = spec("Events, earliest first.", min_items=1)
    citations: Citations = spec(CITATIONS_DOC, dict)


# How a figure relates to the true number, kept as data: a ratio or a chart must not drop it.
Bound = Literal["exact", "about", "at least", "more than", "up to", "fewer than", "planned", "and counting"]
BOUND_DOC = ("How the source bounds the figure: exact, about, at least, more than, up to, fewer than, planned "
             "or and counting.")
# A figure may be signed where a sign means something (a change of -2.4%, a loss, a swing): the source's minus sign
# or fall is checked as the figure's (explainer/direction.py), and the page writes a real minus sign.
FIGURE_RANGE = {"minimum": -10**15, "maximum": 10**15}


@content_type
class Amount(Located):
    """One party's figure in a comparison row, as the source gives it, with its citation."""

    value: Number = spec("The number, without separators, e.g. 660000, or -2.4 for a fall of 2.4 the source gives as one; "
                         "the low end of a range.", **FIGURE_RANGE)
    to: Number = spec("The high end, when the source gives a range (`value: 100`, `to: 375`).", None, **FIGURE_RANGE)
    bound: Bound = spec(BOUND_DOC, "exact")
    cite: tuple[Key, ...] = spec("Keys of the citations giving this number.", min_items=1)


@content_type
class Row(Located):
    """One row of a comparison: a measure, with a figure for each party the source gives one for."""

    measure: str = spec("What is counted, e.g. 'Active personnel' or 'Stores'.", max_chars=MAX_HEADING_CHARS,
                        too_long=MEASURE_TOO_LONG)
    unit: str = spec("Unit of the values, e.g. 'personnel', 'US$ billion', '%'. Charts never mix units.",
                     max_chars=MAX_NAME_CHARS, too_long=UNIT_TOO_LONG)
    values: dict[Key, Amount] = spec("Figure per party id; leave a party out when the source does not give it.")


@content_type
class ComparisonNote(Located):
    """A remark about one party that numbers do not capture."""

    party: Key = spec("Id of the party it is about.")
    topic: str = spec("What it is about, e.g. 'equipment', 'suppliers', 'market share'.", max_chars=MAX_NAME_CHARS,
                      too_long=LABEL_TOO_LONG)
    text: Markdown = spec("The remark, in markdown.", max_chars=MAX_ITEM_CHARS, too_long=ITEM_TOO_LONG)
    cite: tuple[Key, ...] = spec("Keys of the citations supporting it.", min_items=1)


@content_type
class Comparison(Located):
    """One comparison table: some of the parties, measure by measure."""

    id: Key = spec("Anchor of the table in the page, e.g. `strength`.")
    title: str = spec("The table's title, e.g. 'Military strength, as the source gives it'.",
                      max_chars=MAX_HEADING_CHARS, too_long=HEADING_TOO_LONG)
    parties: tuple[Key, ...] = spec("Ids of the parties compared, in column order; all parties when left out.", ())
    attribution: Markdown = spec("Whose figures these are, cited, e.g. 'Figures as laid out by Al-Monitor'.", "",
                                 max_chars=MAX_PARAGRAPH_CHARS, too_long=PARAGRAPH_TOO_LONG)
    rows: tuple[Row, ...] = spec("Rows of the table.", ())
    ratio_of: tuple[str, ...] = spec("Measures for which the page states the ratio between two parties.", (),
                                     item_max_chars=MAX_HEADING_CHARS, item_too_long=MEASURE_TOO_LONG)
    notes_title: str = spec("Heading of the notes, e.g. 'Equipment, suppliers and capabilities'.", "",
                            max_chars=MAX_HEADING_CHARS, too_long=HEADING_TOO_LONG)
    notes: tuple[ComparisonNote, ...] = spec("Remarks numbers do not capture.", ())


@content_type
class ComparisonsFile(Located):
    """content/<slug>/comparisons.yaml: comparison tables of the parties."""

    comparisons: tuple[Comparison, ...] = spec("Tables in reading order.", min_items=1)
    citations: Citations = spec(CITATIONS_DOC, dict)


ClaimStatus = Literal["claim", "acknowledged", "denied", "ruling", "assessment", "reported"]
CLAIM_STATUS_DOC = ("claim: a party's word, not verified; acknowledged: a party admits it; denied: a party says it "
                    "is untrue; ruling: a court's or regulator's decision; assessment: an analyst's or expert's "
                    "judgement; reported: the source reports it as fact.")
NO_EVIDENCE = "none given in the source"  # the default, printed in the briefing's language
# Statuses under which a claim is somebody's word, so the evidence offered with it is shown.
EVIDENCE_STATUSES = frozenset({"claim", "acknowledged", "denied"})


@content_type
class ClaimFigure(Located):
    """A number inside a claim."""

    measure: str = spec("What is counted; use the same words for the same thing across claims, e.g. 'Taliban wounded'.",
                        max_chars=MAX_HEADING_CHARS, too_long=MEASURE_TOO_LONG)
    value: Number = spec("The number claimed, negative for a fall or loss the source gives as one (-3.2); leave it out when "
                         "the claim gives none (shown as 'not given').", None,
                         **FIGURE_RANGE)
    to: Number = spec("The high end, when the claim gives a range.", None, **FIGURE_RANGE)
    bound: Bound = spec(BOUND_DOC, "exact")
    unit: str = spec("Unit of the number, e.g. 'people', 'US$ billion'.", "", max_chars=MAX_NAME_CHARS,
                     too_long=UNIT_TOO_LONG)


@content_type
class Claim(Located):
    """Who says what, kept as their word."""

    id: Key = spec("Optional: the claim's own anchor in its topic (`#claim-<topic>-<id>`), kept wherever it is moved. "
                   "By default its place among the topic's claims without an id, 1 for the first: give a claim added "
                   "above others an id, and their links stay.", "")
    claimant: str = spec("Who said it, attributed exactly as the source does, e.g. 'A Pakistani military spokesman'.",
                         max_chars=MAX_NAME_CHARS, too_long=NAME_TOO_LONG)
    parties: tuple[Key, ...] = spec("Ids of the parties making the claim: several for a joint claim; leave out for "
                                    "voices that are not parties, such as analysts or outlets.", ())
    channel: str = spec("How it was said (statement, interview, ruling...), or 'not given'.", "not given",
                        max_chars=MAX_NAME_CHARS, too_long=LABEL_TOO_LONG)
    says: Markdown = spec("The claim in markdown, worded as the claimant's word.", max_chars=MAX_ITEM_CHARS,
                          too_long=ITEM_TOO_LONG)
    figures: tuple[ClaimFigure, ...] = spec("Numbers in the claim, so contested figures can be compared.", ())
    status: ClaimStatus = spec(CLAIM_STATUS_DOC)
    evidence: str = spec("Evidence offered with the claim, or 'none given in the source' (shown for claims, "
                         "acknowledgements and denials).", NO_EVIDENCE, max_chars=MAX_PARAGRAPH_CHARS,
                         too_long=PARAGRAPH_TOO_LONG)
    cite: tuple[Key, ...] = spec("Keys of the citations for this claim.", min_items=1)


def claim_anchors(claims: tuple[Claim, ...]) -> list[str]:
    """Return each claim's anchor in its topic: its own `id`, or its place among the claims without one.

    Counting only those, a claim given an `id` may be inserted anywhere without moving the others' links.
    """
    anchors, number = [], 0
    for claim in claims:
        number += not claim.id
        anchors.append(claim.id or str(number))
    return anchors


@content_type
class Topic(Located):
    """Claims about one subject, set side by side."""

    id: Key = spec("Anchor of the topic, e.g. `casualties`.")
    title: str = spec("Heading of the topic.", max_chars=MAX_HEADING_CHARS, too_long=HEADING_TOO_LONG)
    claims: tuple[Claim, ...] = spec("What each party says.", min_items=1)


@content_type
class ClaimsFile(Located):
    """content/claims.yaml: contested claims by topic."""

    topics: tuple[Topic, ...] = spec("Topics in reading order.", min_items=1)
    citations: Citations = spec(CITATIONS_DOC, dict)


@content_type
class Quote(Located):
    """Somebody's words, verbatim; the words are themselves anchored in the source."""

    id: Key = spec("Key of the quote; it is also its citation key.")
    speaker: str = spec("Who said it.", max_chars=MAX_NAME_CHARS, too_long=NAME_TOO_LONG)
    role: str = spec("The speaker's role as the source gives it, or 'not given'.", max_chars=MAX_NAME_CHARS,
                     too_long=LABEL_TOO_LONG)
    words: str = spec("The exact words, as they stand in the source.", max_chars=MAX_QUOTE_CHARS)
    source: Key = spec("Id of the source holding the words.")
    prefix: str = spec("Words just before, to pick one of several occurrences.", "", max_chars=MAX_SENTENCE_CHARS,
                       too_long=BESIDE_TOO_LONG)
    suffix: str = spec("Words just after, to pick one of several occurrences.", "", max_chars=MAX_SENTENCE_CHARS,
                       too_long=BESIDE_TOO_LONG)
    context: Markdown = spec("When and where it was said; cite it with [^key].", "", max_chars=MAX_ITEM_CHARS,
                             too_long=ITEM_TOO_LONG)


@content_type
class QuotesFile(Located):
    """content/quotes.yaml: quotes."""

    quotes: tuple[Quote, ...] = spec("Quotes in reading order.", min_items=1)
    citations: Citations = spec(CITATIONS_DOC, dict)


CaveatKind = Literal["single-source", "publisher", "unverified", "opinion", "omission"]
UNCITED_CAVEATS = frozenset({"single-source", "publisher", "omission"})


@content_type
class Caveat(Located):
    """A limit of what the briefing can say."""

    kind: CaveatKind = spec(
        "single-source, publisher (who published is unknown), unverified (one side's figures), "
        "opinion (the source's own view, not reported fact), omission (something the source does not say)."
    )
    text: Markdown = spec("The caveat in markdown.", max_chars=MAX_PARAGRAPH_CHARS, too_long=PARAGRAPH_TOO_LONG)
    cite: tuple[Key, ...] = spec("Passages it concerns; required for opinion and unverified.", ())


@content_type
class CaveatsFile(Located):
    """content/caveats.yaml: caveats and method."""

    caveats: tuple[Caveat, ...] = spec("Caveats in reading order.", min_items=1)
    citations: Citations = spec(CITATIONS_DOC, dict)


# The microsite's own files, directly in content/.
SITE_KINDS: dict[str, type] = {"site": SiteFile, "sources": SourcesFile}

# Every file of a briefing folder, by name, in the order its sections appear on the page.
FILE_KINDS: dict[str, type] = {
    "briefing": BriefingFile,
    "background": BackgroundFile,
    "timeline": TimelineFile,
    "comparisons": ComparisonsFile,
    "claims": ClaimsFile,
    "quotes": QuotesFile,
    "caveats": CaveatsFile,
}

# Every kind of content file, the microsite's own first.
ALL_KINDS: dict[str, type] = {**SITE_KINDS, **FILE_KINDS}
