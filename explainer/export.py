"""Downloadable data: the briefing's content and citations as JSON, figures and claims as CSV."""

from __future__ import annotations

import csv
import dataclasses
import functools
import io
import json
import operator
from typing import Callable

from markupsafe import Markup

from . import patterns
from .anchor import citations_of
from .prose import plain_text

# Between the titles (publishers, dates) of a claim's sources in one cell: a title may hold a comma or a semicolon.
REPORTS_APART = " | "
DATA_FILES = {"json": "data/briefing.json", "comparisons": "data/comparisons.csv", "claims": "data/claims.csv"}


def _editor_fields(value):
    """Return a content object as a dict of its editor fields (json's hook for the content dataclasses)."""
    names, values = editor_fields_of(type(value))
    return dict(zip(names, values(value)))


@functools.cache  # a class's fields never change; a briefing.json holds some 300 content objects of a dozen classes
def editor_fields_of(kind: type) -> tuple[tuple[str, ...], Callable[[object], tuple]]:
    """Return the names of a content dataclass's editor fields, and a function giving an object's values of them;
    raise TypeError for any other class.

    Asking `dataclasses.fields` for each object cost half of making the downloads' JSON (29,200 objects at 4,000
    sources)."""
    if not dataclasses.is_dataclass(kind):
        raise TypeError(f"cannot write {kind.__name__} as JSON")
    names = tuple(f.name for f in dataclasses.fields(kind) if not f.metadata.get("internal"))
    get = operator.attrgetter(*names) if names else (lambda value: ())
    return names, (get if len(names) != 1 else lambda value: (get(value),))


# Line and paragraph separators (and NEL) that `ensure_ascii=False` keeps raw: valid JSON, but a line end to a
# JavaScript engine before ES2019, so a page embedding a download as a script's literal stopped there with a syntax
# error; a seed's U+2028 reached briefing.json raw (tests/test_attack_46.py). Escaped, they read back the same.
_SEPARATORS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\u0085": "\\u0085"})


def separators_escaped(text: str) -> str:
    """Return JSON text with its raw U+2028, U+2029 and NEL written as `\\u` escapes (only inside strings can
    they stand, where an escape reads as the character)."""
    return text.translate(_SEPARATORS) if "\u2028" in text or "\u2029" in text or "\u0085" in text else text


def to_json(value) -> str:
    """Return `value` as compact JSON with sorted keys, content objects as their editor fields."""
    return separators_escaped(json.dumps(value, default=_editor_fields, ensure_ascii=False, sort_keys=True,
                                         separators=(",", ":"), allow_nan=False))


def _citations(briefing, sources: dict) -> list[dict]:
    """Return every citation with its anchored passage, which occurrence of its words that is, and footnote number:
    file by file in the page's order, each file's in the order its notes are numbered.

    They came in the order of their keys' letters, so that the French fixture's summary gave its notes 5, 4, 1, 2,
    3 ("aucune-retorsion" first): a fact-checker going down the download beside the page met them out of turn."""
    numbers = {note.passage: note.number for note in briefing.page.footnotes}
    first_used = {key: place for place, key in enumerate(key for note in briefing.page.footnotes for key in note.keys)}
    rows = []
    for file in briefing.content.in_page_order():
        cited = citations_of(file.kind, file.data)
        for key, _ in sorted(cited, key=lambda item: first_used.get(item[0], len(first_used))):
            passage = briefing.anchored[key]
            rows.append({"end": passage.end, "file": file.shown, "footnote": numbers.get(passage), "key": key,
                         "occurrence": passage.occurrence_in(sources[passage.source_id].text),
                         "quote": passage.text, "source": passage.source_id, "start": passage.start,
                         **_described(sources[passage.source_id].source)})
    return rows


def _described(source) -> dict:
    """Return what sources.yaml says of a citation's source: a download read alone names it, not just its id."""
    return {"source_title": source.title, "source_publisher": source.publisher, "source_date": source.date}


def briefing_json(briefing, sources: dict) -> bytes:
    """Return the whole structured briefing as JSON (`sources`: the source texts by id)."""
    data = {kind: file.data for kind, file in briefing.content.files.items()}
    header = briefing.page.header
    data["slug"] = briefing.slug
    data["first_published"] = header.first_published
    data["last_updated"] = header.last_updated
    data["anchored_citations"] = _citations(briefing, sources)
    return (to_json(data) + "\n").encode("utf-8")


def briefings_index(site) -> bytes:
    """Return the index of briefings, most recently updated first, for others to build on."""
    rows = [{"slug": entry.header.slug, "title": entry.header.title, "summary": entry.header.description,
             "status": entry.header.status, "language": entry.header.language,
             "first_published": entry.header.first_published, "last_updated": entry.header.last_updated,
             "url": entry.href, "data": f"{entry.header.slug}/{DATA_FILES['json']}"} for entry in site.home.entries]
    return (separators_escaped(json.dumps({"title": site.home.title, "briefings": rows}, ensure_ascii=False,
                                          sort_keys=True, indent=1)) + "\n").encode("utf-8")


def _csv(header: list[str], rows: list[list]) -> bytes:
    """Return the rows as UTF-8 CSV, starting with a byte order mark, each row ending in CRLF (RFC 4180).

    Excel on Windows reads a CSV without one in the system's ANSI code page: "Pakistan–Afghanistan" showed as
    "Pakistanâ€“Afghanistan", and an Arabic briefing's names not at all. LibreOffice, Google Sheets, pandas and
    readr read it either way; Python's csv module and R's read.csv are told `utf-8-sig` / `UTF-8-BOM`. A line
    break inside a cell stays a bare LF, quoted, which spreadsheets show as a new line within the cell."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([[_inert(cell) for cell in row] for row in rows])
    return buffer.getvalue().encode("utf-8-sig")


# A spreadsheet whose list separator is `;` (where a comma is the decimal sign) splits each line at it, quotes
# or not: "Beta;=cmd|' /C calc'!A0" became the cells "Beta" and a formula. A line break inside a quoted cell is a
# new row to an importer that reads line by line (Excel's legacy text import, a `;` split of each line), so a line
# of a cell starts a cell too: a publisher "Beta\n=HYPERLINK(...)" gave a row whose first cell was a formula.
# Spaces before the formula hide it from no importer that trims them: LibreOffice's "Trim spaces" made a cell
# " =1+1" (written unquoted), "Beta; =1+1" and a cell's later line " =1+1" formulas (7.4, "Evaluate formulas"
# on). It reads a no-break or ideographic space trimmed, and a fullwidth "＝", as text. A tab is a separator too,
# and the CSV writer quotes no cell for one: "Dawn<TAB>=cmd|' /C calc'!A0" was written as it is, a formula cell to
# an import splitting at tabs (Excel's Text Import Wizard, whose delimiter is Tab unless changed).
_FORMULA_START = patterns.compile(r" *[=+\-@\t\r]")
_FORMULA_AFTER_SEPARATOR = patterns.compile(r"(?<=[;\t\n\r])(?= *[=+\-@\t\r])")


_SIGNED_NUMBER = patterns.compile(r"-\d+(?:\.\d+)?")


# The line ends `str.splitlines` (and so any reader of lines built on it) splits at, but the CSV writer quotes no cell
# for: a seed's or claim's U+2028 was written raw, and `csv.reader(text.splitlines())` split its row in two, the
# second starting wherever the cell's text went on, a formula or not (tests/test_attack_47.py). CSV has no escape
# for them, as JSON has (`separators_escaped`): each is the line break a cell may hold, a quoted LF, which reads the
# same everywhere.
_CELL_LINE_ENDS = str.maketrans(dict.fromkeys("\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029", "\n"))


def _inert(cell):
    """Return a cell a spreadsheet will not run: text starting like a formula, at the cell's start, after a `;` or
    at the start of one of its lines, spaces before it or not, gets an apostrophe before it (OWASP); a negative
    figure ("-2.4") is a number, which a spreadsheet reads as one and runs nothing. Its line ends are LFs."""
    if not isinstance(cell, str) or _SIGNED_NUMBER.fullmatch(cell):
        return cell
    cell = cell.translate(_CELL_LINE_ENDS)
    cell = _FORMULA_AFTER_SEPARATOR.sub("'", cell)
    return "'" + cell if _FORMULA_START.match(cell) else cell


def _numbers(value) -> str:
    """Return a figure's number for a CSV cell: digits only, empty when not given."""
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else repr(value)


def comparisons_csv(briefing, sources: dict) -> bytes:
    """Return every comparison, one row per measure and party compared (a figure not given has an empty value), with
    the sources its value cites (`sources`: the source texts by id)."""
    rows = []
    tables = briefing.content.get("comparisons")
    views = {view.id: view for view in briefing.page.comparisons}
    labels = briefing.page.labels
    for table in tables.comparisons if tables else ():
        view = views[table.id]
        # Whose figures these are, as the page says above the table: a figure apart from it is nobody's.
        attribution = plain_text(table.attribution)
        for row, row_view in zip(table.rows, view.rows):
            for cell in row_view.cells:
                amount = row.values.get(cell.party.id)
                cited = [briefing.anchored[key].source_id for key in (amount.cite if amount else ())
                         if key in briefing.anchored]
                rows.append([table.id, row.measure, row.unit, cell.party.id, cell.party.name,
                             _numbers(amount.value if amount else None), _numbers(amount.to if amount else None),
                             amount.bound if amount else "", cell.text if amount else labels["not_given"],
                             attribution, " ".join(str(ref.number) for ref in cell.refs),
                             *_sources_cells(cited, sources)])
    return _csv(["table", "measure", "unit", "party_id", "party", "value", "value_to", "bound", "as_shown",
                 "attribution", "footnotes", *SOURCES_COLUMNS], rows)


SOURCES_COLUMNS = ["sources", "source_titles", "source_publishers", "source_dates"]


def _sources_cells(ids, sources: dict) -> list[str]:
    """Return the cells of SOURCES_COLUMNS for the sources `ids` (in the order first cited): their ids, space apart,
    and their titles, publishers and dates as sources.yaml gives them, joined by REPORTS_APART."""
    described = [sources[source_id].source for source_id in dict.fromkeys(ids)]
    return [" ".join(source.id for source in described)] + [
        REPORTS_APART.join(getattr(source, field) for source in described) for field in ("title", "publisher", "date")]


def claims_csv(briefing, sources: dict) -> bytes:
    """Return every claim and its figures, one row per figure (or one per claim without figures), with its sources
    (`sources`: the source texts by id)."""
    rows = []
    claims = briefing.content.get("claims")
    views = {view.id: view for view in briefing.page.topics}
    for topic in claims.topics if claims else ():
        for claim, view in in_shown_order(topic.claims, views[topic.id]):
            notes = " ".join(str(ref.number) for ref in view.refs)
            # Which reports the claim rests on, and when: in a developing story, two figures of one party differ by date.
            described = _sources_cells([report.id for report in view.reports], sources)
            # Channel and evidence as the page shows them: the defaults in the briefing's language.
            # What the claimant says, as the page shows it: a row of figures alone would drop the claim's wording.
            base = [topic.id, view.id, claim.claimant, " ".join(claim.parties), claim.status, plain_text(claim.says),
                    view.channel, view.evidence]
            for figure, shown in zip(claim.figures, view.figures):
                bound = figure.bound if figure.value is not None else ""  # no number: nothing it could bound
                # The claim whose later report revises this figure, as the card's "revised to" says: the row was
                # the same as that of a figure still standing
                revised_by = shown.revised.claim_id if shown.revised else ""
                rows.append(base + [figure.measure, _numbers(figure.value), _numbers(figure.to), bound,
                                    figure.unit, shown.text, notes] + described + [revised_by])
            if not claim.figures:
                rows.append(base + ["", "", "", "", "", "", notes] + described + [""])
    return _csv(["topic", "claim", "claimant", "parties", "status", "says", "channel", "evidence", "measure", "value",
                 "value_to", "bound", "unit", "as_shown", "footnotes", *SOURCES_COLUMNS, "revised_by"], rows)


def in_shown_order(claims, topic) -> list[tuple]:
    """Return a topic's (claim, view) pairs in the order the page shows its cards: column by column, each party's
    claims together.

    They came in claims.yaml's order, so that the French fixture's rows went Valmorie, Ostrelande, Valmorie (notes 16,
    17, 18) where the page's cards, read down, go Valmorie, Valmorie, Ostrelande (16, 18, 17)."""
    pairs = {view.id: (claim, view) for claim, view in zip(claims, topic.claims)}
    shown = [item.id for column in topic.columns for item in column.items if item.id in pairs]
    return [pairs[claim_id] for claim_id in dict.fromkeys(shown + list(pairs))]


def json_ld(briefing, base_url: str) -> Markup:
    """Return schema.org JSON-LD describing the briefing and its sources, safe inside <script>."""
    meta = briefing.content.briefing
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": meta.title,
        "datePublished": briefing.page.header.first_published,
        "dateModified": briefing.page.header.last_updated,
        "inLanguage": briefing.page.header.language,
        "citation": [_creative_work(link.source) for link in briefing.page.sources],
    }
    start = event_start(briefing)
    if start:
        data["about"] = {"@type": "Event", "startDate": start}
    if base_url:
        data["url"] = f"{base_url}{briefing.slug}/"
    text = separators_escaped(json.dumps(data, ensure_ascii=False, sort_keys=True))
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def event_start(briefing) -> str:
    """Return the date the briefing's events start on: its timeline's first event's, if dated, else ''.

    Never the report's date, nor a later dated event's when undated ones ("earlier in the week")
    come before it: metadata may not claim a start the timeline does not give.
    """
    timeline = briefing.content.get("timeline")
    events = timeline.events if timeline else ()
    return events[0].date if events and events[0].date else ""


def _creative_work(source) -> dict:
    work = {"@type": "CreativeWork", "name": source.title}
    if source.publisher != "unknown":  # the editors' word for none given, which a search engine would show as a name
        work["publisher"] = source.publisher
    if source.date != "unknown":
        work["datePublished"] = source.date
    if source.url:
        work["url"] = source.url
    return work


def data_files(briefing, sources: dict) -> dict[str, Callable[[], bytes]]:
    """Return, by site path, the function making each downloadable data file of a briefing."""
    return {DATA_FILES["json"]: lambda: briefing_json(briefing, sources),
            DATA_FILES["comparisons"]: lambda: comparisons_csv(briefing, sources),
            DATA_FILES["claims"]: lambda: claims_csv(briefing, sources)}
