"""Checks across items that the type rules alone cannot express: unique ids, dates explained, logs in order."""

from __future__ import annotations

from decimal import Decimal

from .load import Content, SiteContent
from .numbers import Quantity, find_mentions
from .problems import Problem


def check_site(content: SiteContent) -> list[Problem]:
    """Return problems across the items of the library and of every briefing."""
    problems = _unique(content.library.shown, "source id", content.sources)
    problems += _unique(content.library.shown, "source file", content.sources, lambda source: source.file)
    for briefing in content.briefings:
        problems += check_briefing(briefing)
    return problems


def check_briefing(content: Content) -> list[Problem]:
    """Return problems with ids used twice, derived dates left unexplained and logs out of order."""
    briefing = content.files["briefing"]
    problems = _unique(briefing.shown, "party id", briefing.data.parties)
    problems += _log_in_order(briefing)
    for kind, items_of in (("background", lambda d: d.sections), ("claims", lambda d: d.topics),
                           ("quotes", lambda d: d.quotes)):
        if kind in content.files:
            problems += _unique(content.files[kind].shown, "id", items_of(content.files[kind].data))
    if "timeline" in content.files:
        problems += _dates_explained(content.files["timeline"]) + _in_order(content.files["timeline"])
    return problems


def _log_in_order(briefing) -> list[Problem]:
    """Require the log oldest first, and every correction to say what was wrong."""
    problems, latest = [], ""
    for entry in briefing.data.updates:
        if entry.date < latest:
            problems.append(Problem(briefing.shown, entry.line_of("date"),
                                    f"update dated {entry.date} comes after one dated {latest}",
                                    "keep `updates` oldest first; add new entries at the end"))
        latest = max(latest, entry.date)
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


def _dates_explained(timeline) -> list[Problem]:
    """Require a `date_basis` wherever a date was derived from relative wording."""
    return [
        Problem(timeline.shown, event.line_of("date"), f"event '{event.when}': `date` is derived but `date_basis` is missing",
                "say how the date follows from the source, e.g. 'the day before the report's date'")
        for event in timeline.data.events
        if event.date and not written_in(event.date, event.when) and not event.date_basis
    ]


def written_in(iso: str, words: str) -> bool:
    """Say whether `words` state the date itself ('2026-02-27', '27 February 2026', '4 mai 2026')."""
    if iso in words:
        return True
    year, month, day = (Decimal(int(part)) for part in iso.split("-"))
    wanted = {Quantity(day), Quantity(month, "month"), Quantity(year)}
    return any(mention.kind == "date" and wanted <= set(mention.quantities) for mention in find_mentions(words))


def _in_order(timeline) -> list[Problem]:
    """Require dated events to run earliest first, as the page presents them."""
    problems, latest = [], None
    for event in timeline.data.events:
        if not event.date:
            continue
        if latest and event.date < latest.date:
            problems.append(Problem(timeline.shown, event.line_of("date"),
                                    f"event '{event.when}' is dated {event.date}, before the event above it "
                                    f"('{latest.when}', {latest.date})", "list events in the order they happened"))
        if not latest or event.date > latest.date:
            latest = event
    return problems
