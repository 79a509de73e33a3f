"""Checks across items that the type rules alone cannot express: unique ids, dates explained, logs in order."""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from pathlib import PurePosixPath
from typing import TypeVar

from . import patterns
from .attribution import WEEKDAYS, unaccented  # by language, Monday first (datetime's weekday() order)
from .load import Content, SiteContent
from .model import claim_anchors
from .figures import as_written
from .footnotes import source_href
from .hints import closest
from .cjk import whole_words
from .numbers import Mention, Quantity, declined_forms, find_mentions, is_year, locale_words, months_named
from .problems import Problem
from .span_start import starts_span
from .superseded import check_superseded
from .windows_names import folded_name, refused_seeds

T = TypeVar("T")



def check_site(content: SiteContent) -> list[Problem]:
    """Return problems across the items of the library and of every briefing."""
    problems = check_library(content)
    for briefing in content.briefings:
        problems += check_briefing(briefing, content.settings.language)
    return problems


def check_library(content: SiteContent) -> list[Problem]:
    """Return problems across the library's items: ids and files listed twice, a copy taken before publication, a
    `superseded_by` naming no newer source."""
    return (_unique(content.library.shown, "source id", content.sources)
            + _unique(content.library.shown, "source file", content.sources, file_as_read)
            + _files_named_alike(content) + refused_seeds(content) + _retrieved_before_published(content)
            + _ids_too_long(content)
            + check_superseded(content.library.shown, content.sources))


def _files_named_alike(content: SiteContent) -> list[Problem]:
    """Refuse two sources whose files' names differ only in letter case: a checkout on macOS or Windows holds one
    file for both, and one source is then read from the other's document. (An accent stored decomposed, the other
    way two names can be one file there, is refused in content/ anyway.)"""
    return [Problem(content.library.shown, source.line_of("file"),
                    f"source '{source.id}': file '{source.file}' differs from '{first.file}' (source '{first.id}', "
                    f"line {first.line_of('file')}) only in letter case, and a checkout on macOS or Windows holds "
                    "one file for both", "rename one of the two files, and its `file:` here")
            for source, first in case_twins(content.sources, file_as_read)]


def file_as_read(source) -> str:
    """Return a source's `file:` as the system reads the path: `./flood.txt`, `flood.txt/` and `a//b.txt` name
    `flood.txt` and `a/b.txt`, and a second source naming `flood.txt` so passed as another file, its own digest and
    page built from the one document (tests/test_attack_46.py)."""
    return PurePosixPath(source.file).as_posix() if "/" in source.file else source.file


# A source's page is sources/<id>.html: an id past this passed `check`, and the build then failed as it wrote, naming
# only the site ("site: cannot write: File name too long (check the output folder ...)").
MAX_NAME_BYTES = 255  # what Linux, macOS and Windows file systems take for one name


def _ids_too_long(content: SiteContent) -> list[Problem]:
    """Refuse a source id too long to name its page's file."""
    def name_bytes(source_id: str) -> int:
        return len(source_href(source_id).rsplit("/", 1)[-1].encode())

    return [Problem(content.library.shown, source.line_of("id"),
                    f"source id of {len(source.id):,} characters: its page, sources/<id>.html, would have a file name "
                    f"longer than the {MAX_NAME_BYTES} bytes a file system takes",
                    f"shorten the id to {MAX_NAME_BYTES - name_bytes('')} characters at most, here and where "
                    "briefings cite it")
            for source in content.sources if name_bytes(source.id) > MAX_NAME_BYTES]


def case_twins(items: Iterable[T], name_of: Callable[[T], str]) -> Iterator[tuple[T, T]]:
    """Yield each item whose name differs from an earlier item's only in letter case, or in an accent stored composed
    or decomposed ("café" as one letter or as "e" and a mark), with that earlier item: a checkout on macOS or
    Windows holds one file for both names (macOS for either difference)."""
    first_named: dict[str, T] = {}
    for item in items:
        first = first_named.setdefault(folded_name(name_of(item)), item)
        if name_of(first) != name_of(item):
            yield item, first


def _retrieved_before_published(content: SiteContent) -> list[Problem]:
    """Refuse a source whose copy was `retrieved` before its `date` of publication: the source page shows both,
    and one of them is wrong (a date basis may rest on the publication date, too)."""
    return [Problem(content.library.shown, source.line_of("retrieved"),
                    f"source '{source.id}' was retrieved on {source.retrieved}, before its publication `date`, {source.date}",
                    "correct either date: a copy is taken on or after the day its document was published")
            for source in content.sources
            if "unknown" not in (source.date, source.retrieved) and source.retrieved < source.date]


def check_briefing(content: Content, site_language: str = "en") -> list[Problem]:
    """Return problems with ids used twice, dates unexplained or contradicted, logs out of order, figures amiss."""
    briefing = content.files["briefing"]
    problems = _unique(briefing.shown, "party id", briefing.data.parties)
    problems += _log_in_order(briefing)
    for kind, items_of in (("background", lambda d: d.sections), ("claims", lambda d: d.topics),
                           ("quotes", lambda d: d.quotes)):
        if kind in content.files:
            problems += _unique(content.files[kind].shown, "id", items_of(content.files[kind].data))
    if "timeline" in content.files:
        # `when` is the briefing's words: read its dates as its language writes them ("le 01/03/2026").
        language = briefing.data.language or site_language
        weekdays = weekdays_of(language)
        problems += _dates_explained(content.files["timeline"], language) + _in_order(content.files["timeline"])
        problems += _dates_as_worded(content.files["timeline"], weekdays, language)
    if "comparisons" in content.files:
        problems += _tables(content.files["comparisons"], len(briefing.data.parties))
    if "claims" in content.files:
        problems += _claims(content.files["claims"])
    return problems


def _log_markers(shown: str, entry) -> list[Problem]:
    """Refuse a citation marker in a log entry: its text is plain, so the page and feed would show "[^key]"."""
    return [Problem(shown, entry.line_of(field), f"log entry's `{field}` holds the citation marker {marker.group()}, "
                    "which the page and the feed would show as written",
                    "remove it: a log entry is plain text; cite the source in the briefing's own text")
            for field in ("text", "wrong") for marker in [re.search(r"\[\^[^\]\s]*\]", getattr(entry, field))] if marker]


def _log_in_order(briefing) -> list[Problem]:
    """Require the log oldest first, and every correction to say what was wrong."""
    problems, latest = [], ""
    for entry in briefing.data.updates:
        if entry.date < latest:
            problems.append(Problem(briefing.shown, entry.line_of("date"),
                                    f"update dated {entry.date} comes after one dated {latest}",
                                    "keep `updates` oldest first; add new entries at the end"))
        latest = max(latest, entry.date)
        problems += _log_markers(briefing.shown, entry)
        if entry.kind == "correction" and not entry.wrong.strip():
            problems.append(Problem(briefing.shown, entry.line, "a correction must say what was wrong",
                                    "add `wrong:` with what the briefing said before"))
    return problems


def _unique(shown: str, what: str, items, value_of=lambda item: item.id) -> list[Problem]:
    seen: dict[str, int] = {}
    problems = []
    field = "id" if what.endswith("id") else what.split()[-1]
    for item in items:
        value = value_of(item)
        if value in seen:
            problems.append(Problem(shown, item.line_of(field), f"{what} '{value}' is used twice (first on line {seen[value]})",
                                    "give each one its own"))
        else:
            seen[value] = item.line_of(field)
    return problems


def _dates_explained(timeline, language: str = "") -> list[Problem]:
    """Require a `date_basis` wherever a date was derived from relative wording. A `when` that states a date in
    full derives nothing: a `date` other than it is _dates_as_worded's one error, not a second one here."""
    return [
        Problem(timeline.shown, event.line_of("date"), f"event '{event.when}': `date` is derived but `date_basis` is missing",
                "say how the date follows from the source, e.g. 'the day before the report's date'")
        for event in timeline.data.events
        if event.date and not event.date_basis and not written_in(event.date, event.when, language)
        and not any(_full_date(mention) for mention in find_mentions(event.when, language))
    ]


def written_in(iso: str, words: str, language: str = "") -> bool:
    """Say whether `words` (in `language`) state the date itself ('2026-02-27', '27 February 2026', '4 mai 2026')."""
    return iso in words or _states(iso, words, language, with_year=True)


def day_written_in(iso: str, words: str, language: str = "") -> bool:
    """Say whether `words` state the date's day and month, the year perhaps left out ('9 April', '9 квітня')."""
    return _states(iso, words, language, with_year=False)


def _states(iso: str, words: str, language: str, with_year: bool) -> bool:
    """Say whether a date `words` mention holds the day and month of `iso`, and its year if `with_year` (a month
    alone, YYYY-MM, its month and year)."""
    year, month, *day = (Decimal(int(part)) for part in iso.split("-"))
    if not day and not with_year:
        return False  # a month alone states no day
    wanted = {*(Quantity(value) for value in day), Quantity(month, "month"), *([Quantity(year)] if with_year else [])}
    return any(mention.kind == "date" and wanted <= set(mention.quantities) for mention in find_mentions(words, language))


def _in_order(timeline) -> list[Problem]:
    """Require dated events to run earliest first, as the page presents them."""
    problems, latest = [], None
    for event in timeline.data.events:
        if not event.date:
            continue
        # a month alone ("2026-06") runs beside its days: neither is before the other
        if latest and event.date[:len(latest.date)] < latest.date[:len(event.date)]:
            problems.append(Problem(timeline.shown, event.line_of("date"),
                                    f"event '{event.when}' is dated {event.date}, before the event above it "
                                    f"('{latest.when}', {latest.date})", "list events in the order they happened"))
        if not latest or event.date > latest.date:
            latest = event
    return problems


def _dates_as_worded(timeline, weekdays: tuple[tuple[str, ...], ...], language: str = "") -> list[Problem]:
    """Require an event's `date` to be the date its `when` states, on the weekday it names."""
    problems = []
    for event in timeline.data.events:
        if not event.date:
            continue
        mentions = find_mentions(event.when, language)
        stated = [mention for mention in mentions if _full_date(mention)]
        full = {_full_date(mention) for mention in stated}
        if stated and event.date not in full and not (len(event.date) > 7 and starts_span(event.date, mentions, full)):
            problems.append(Problem(timeline.shown, event.line_of("date"),
                                    f"event '{event.when}': `date` {event.date} is not the date `when` states, "
                                    f"{stated[0].text}", f"write `date: {_full_date(stated[0])}`, or correct `when` "
                                    "to the source's words"))
            continue
        partial = [] if stated else _contradicted_in_part(event.when, mentions, event.date, language)
        if partial:
            problems.append(Problem(timeline.shown, event.line_of("date"),
                                    f"event '{event.when}': `date` {event.date} is not the date `when` states, "
                                    f"{partial[0].text}", f"write a `date` with the {_parts_stated(partial[0])} "
                                    "`when` states, or correct `when` to the source's words"))
            continue
        named = months_named(event.when, language) if not stated and not any(m.kind == "date" for m in mentions) \
            else set()
        if len(named) == 1 and int(event.date[5:7]) not in named:
            # a month named alone ("September") dated in another built: `when` and `date` were shown side by side
            problems.append(Problem(timeline.shown, event.line_of("date"),
                                    f"event '{event.when}': `date` {event.date} is not in the month `when` names",
                                    "write a `date` in that month (YYYY-MM where the source names the month only), "
                                    "or correct `when` to the source's words"))
            continue
        problems += _year_stated(timeline.shown, event, mentions) or _weekday_named(timeline.shown, event, weekdays)
    return problems


def _parts_stated(mention: Mention) -> str:
    """Return which parts of a date a mention without its year or day states: "day and month" ("11 March") or "month
    and year" ("dezembro de 2024")."""
    return "month and year" if any(q.unit == "" and q.value > 31 for q in mention.quantities) else "day and month"


def _contradicted_in_part(when: str, mentions: list[Mention], date: str, language: str = "") -> list[Mention]:
    """Return the dates `when` states without their year ("11 March") or day ("March 2026") if `date` agrees with
    none of them: the year `date_basis` derives is free, but the page shows `when` beside the date. A `when` naming
    months apart ("March to May 2026", "late February and early March") spans them: its year is checked alone."""
    if len(months_named(when, language)) > 1:
        return []
    dated = [mention for mention in mentions if mention.kind == "date"]
    year, month, *days = (Decimal(int(part)) for part in date.split("-"))
    day = days[0] if days else None  # a month alone contradicts no day
    numbers = {quantity.value for mention in mentions for quantity in mention.quantities if quantity.unit == ""}

    def agrees(quantity: Quantity) -> bool:  # a day may be another number of `when`: "10 and 11 March"
        if quantity.unit == "month":
            return quantity.value == month
        return quantity.value == year if quantity.value > 31 else day is None or day in numbers

    return [] if any(all(map(agrees, mention.quantities)) for mention in dated) else dated


def _year_stated(shown: str, event, mentions: list[Mention]) -> list[Problem]:
    """Report an event whose `date` falls outside the year (or years) its `when` states: '2021', 'early 2021'; a
    span's ends, '2021 to 2023'. A `when` stating other figures too ('2021-22', 'between 26 and 28 February') is
    left to its reader; its day and month are `_contradicted_in_part`'s. `mentions`: what `when` states."""
    years = {int(q.value) for m in mentions for q in m.quantities
             if q.unit == "" and (m.kind == "date" and q.value > 31 or is_year(m.text))}
    if not mentions or any(m.kind != "date" and not is_year(m.text) for m in mentions):
        return []
    year = int(event.date[:4])
    if years and not min(years) <= year <= max(years):
        span = str(min(years)) if len(years) == 1 else f"{min(years)} to {max(years)}"
        return [Problem(shown, event.line_of("date"),
                        f"event '{event.when}': `date` {event.date} is not in the year `when` states, {span}",
                        "write a date in it, or correct `when` to the source's words")]
    return []




def weekdays_of(language: str) -> tuple[tuple[str, ...], ...]:
    """Return the seven days' names (Monday first), each in its forms, that `when` is read with in `language`: its
    rule's, else its locale's `weekdays` (German "Dienstag" where locales/de.yaml lists them), else none."""
    base = language.split("-")[0].lower()
    writing = locale_words(language)
    if base in WEEKDAYS:
        return tuple((day,) for day in WEEKDAYS[base])
    return tuple(declined_forms(day) for day in writing.weekdays) if writing else ()


def _full_date(mention: Mention) -> str:
    """Return the date a mention states in full (day, month and year) as YYYY-MM-DD, or ''."""
    month = [q.value for q in mention.quantities if q.unit == "month"]
    plain = sorted(q.value for q in mention.quantities if q.unit == "")
    if mention.kind != "date" or len(month) != 1 or len(plain) != 2:
        return ""
    day, year = plain
    return f"{int(year):04d}-{int(month[0]):02d}-{int(day):02d}"


@functools.lru_cache(maxsize=256)
def _weekday_pattern(name: str) -> re.Pattern:
    """Return the pattern of a weekday's name as a whole word, with or without its accents, in any case."""
    return patterns.compile(whole_words({form: re.escape(form) for form in (name, unaccented(name))}), re.IGNORECASE)


def _weekday_named(shown: str, event, weekdays: tuple[tuple[str, ...], ...]) -> list[Problem]:
    """Report an event whose `date` falls on another weekday than the one (or ones) its `when` names (with or
    without its accents: "miercoles")."""
    named = {number: found.group() for number, forms in enumerate(weekdays) for name in forms
             for found in [_weekday_pattern(name).search(event.when)] if found}
    if not named or len(event.date) == 7:  # a month alone falls on every weekday
        return []
    date = datetime.date.fromisoformat(event.date)
    if date.weekday() in named:
        return []
    english = WEEKDAYS["en"]
    words = " or ".join(english[n] + ("" if word.lower() == english[n].lower() else f" ('{word}')")
                        for n, word in sorted(named.items()))
    first = min(named)
    before = date - datetime.timedelta(days=(date.weekday() - first) % 7 or 7)
    after = date + datetime.timedelta(days=(first - date.weekday()) % 7 or 7)
    return [Problem(shown, event.line_of("date"),
                    f"event '{event.when}': `date` {event.date} is a {english[date.weekday()]}, but `when` names {words}",
                    f"write the {english[first]} meant, e.g. {before} or {after}, or correct `when` to the source's words")]


def _tables(comparisons, party_count: int) -> list[Problem]:
    """Report tables listing a party twice, ratios of measures no row has or of other than two parties, ranges amiss."""
    problems = []
    for table in comparisons.data.comparisons:
        problems += _listed_once(comparisons.shown, table, "this table's")
        measures = [row.measure for row in table.rows]
        compared = len(set(table.parties)) or party_count
        for measure in _split_at_commas(table.ratio_of, measures):
            if measure not in measures:
                close = closest(measure, measures)
                listed = ", ".join(f"'{m}'" for m in measures) or "it has none"
                problems.append(Problem(comparisons.shown, table.line_of("ratio_of"),
                                        f"`ratio_of` names '{measure}', which is not the measure of a row of this table",
                                        f"did you mean '{close}'?" if close else
                                        f"use the measure of one of its rows: {listed}"))
        problems += _measures_split(comparisons.shown, table, measures)
        if table.ratio_of and compared != 2:
            problems.append(Problem(comparisons.shown, table.line_of("ratio_of"),
                                    f"`ratio_of` needs a table of exactly two parties; this one compares {compared}",
                                    "list the two in the table's `parties`, or remove `ratio_of`"))
        problems += [problem for row in table.rows for amount in row.values.values()
                     for problem in _range_in_order(comparisons.shown, amount)]
    return problems


def _split_pieces(names: tuple[str, ...], measures: list[str]) -> list[tuple[int, int]]:
    """Return where runs of names join with ", " into a measure none of them is: YAML's `[Net sales, fiscal 2024]`
    is two names, not the measure "Net sales, fiscal 2024"."""
    runs, start = [], 0
    while start < len(names):
        end = next((end for end in range(len(names), start + 1, -1)
                    if names[start] not in measures and ", ".join(names[start:end]) in measures), None)
        runs.append((start, end or start + 1))
        start = end or start + 1
    return [run for run in runs if run[1] - run[0] > 1]


def _split_at_commas(names: tuple[str, ...], measures: list[str]) -> list[str]:
    """Return the names of `ratio_of` but those that are pieces of a measure split at its commas."""
    pieces = {i for start, end in _split_pieces(names, measures) for i in range(start, end)}
    return [name for i, name in enumerate(names) if i not in pieces]


def _measures_split(shown: str, table, measures: list[str]) -> list[Problem]:
    """Report each measure `ratio_of` names unquoted in a flow list, split at its commas into names."""
    return [Problem(shown, table.line_of("ratio_of"),
                    f"`ratio_of` names {' and '.join(repr(n) for n in table.ratio_of[start:end])}: the measure "
                    f"'{', '.join(table.ratio_of[start:end])}' split at its comma, as YAML reads a list in brackets",
                    f"put the measure in quotation marks: ratio_of: [\"{', '.join(table.ratio_of[start:end])}\"]")
            for start, end in _split_pieces(table.ratio_of, measures)]


def _claims(claims) -> list[Problem]:
    """Report two claims of a topic at one anchor, claims listing a party twice, and claimed ranges amiss."""
    problems = []
    for topic in claims.data.topics:
        anchors: dict[str, int] = {}
        for anchor, claim in zip(claim_anchors(topic.claims), topic.claims):
            if anchor in anchors:  # two cards of one address: a link would land on the first
                problems.append(Problem(claims.shown, claim.line_of("id") if claim.id else claim.line,
                                        f"claim anchor '#claim-{topic.id}-{anchor}' is used twice in topic "
                                        f"'{topic.id}' (first on line {anchors[anchor]})",
                                        "give the claim an `id` of its own, one that is not a number"))
            anchors.setdefault(anchor, claim.line_of("id") if claim.id else claim.line)
            problems += _listed_once(claims.shown, claim, "this claim's")
            problems += [problem for figure in claim.figures for problem in _range_in_order(claims.shown, figure)]
    return problems


def _listed_once(shown: str, item, whose: str) -> list[Problem]:
    """Report each party an item's `parties` lists more than once."""
    repeated = sorted({party for party in item.parties if item.parties.count(party) > 1}, key=item.parties.index)
    return [Problem(shown, item.line_of("parties"), f"party '{party}' is listed twice in {whose} `parties`",
                    "list each party once") for party in repeated]


def _range_in_order(shown: str, figure) -> list[Problem]:
    """Report a range whose high end `to` is missing its low end or is not above it."""
    if figure.to is None:
        return []
    if figure.value is None:
        return [Problem(shown, figure.line_of("to"), "`to` is given without `value`",
                        "give the range's low end as `value`, or remove `to`")]
    if figure.to > figure.value:
        return []
    return [Problem(shown, figure.line_of("to"), f"`to` {as_written(figure.to)} is not above `value` {as_written(figure.value)}",
                    "a range runs from its low end, `value`, up to its high end, `to`: put them in that order, "
                    "or remove `to` when the source gives one number")]
