"""Checks across items that the type rules alone cannot express: unique ids, dates explained."""

from __future__ import annotations

from .load import Content
from .problems import Problem


def check_content(content: Content) -> list[Problem]:
    """Return problems with ids used twice and with derived dates left unexplained."""
    briefing = content.files["briefing"]
    problems = _unique(briefing.shown, "source id", briefing.data.sources)
    problems += _unique(briefing.shown, "party id", briefing.data.parties)
    for kind, items_of in (("background", lambda d: d.sections), ("claims", lambda d: d.topics),
                           ("quotes", lambda d: d.quotes)):
        if kind in content.files:
            problems += _unique(content.files[kind].shown, "id", items_of(content.files[kind].data))
    if "quotes" in content.files:
        quotes = content.files["quotes"]
        for quote in quotes.data.quotes:
            if quote.id in quotes.data.citations:
                problems.append(Problem(quotes.shown, quote.line_of("id"),
                                        f"quote id '{quote.id}' is also a key under `citations:`",
                                        "rename one of them; a quote's id is its citation key"))
    if "timeline" in content.files:
        problems += _dates_explained(content.files["timeline"]) + _in_order(content.files["timeline"])
    return problems


def _unique(shown: str, what: str, items) -> list[Problem]:
    seen: dict[str, int] = {}
    problems = []
    for item in items:
        if item.id in seen:
            problems.append(Problem(shown, item.line_of("id"), f"{what} '{item.id}' is used twice (first on line {seen[item.id]})",
                                    "give each one its own id"))
        else:
            seen[item.id] = item.line_of("id")
    return problems


def _dates_explained(timeline) -> list[Problem]:
    """Require a `date_basis` wherever a date was derived from relative wording."""
    return [
        Problem(timeline.shown, event.line_of("date"), f"event '{event.when}': `date` is derived but `date_basis` is missing",
                "say how the date follows from the source, e.g. 'the day before the report's date'")
        for event in timeline.data.events
        if event.date and event.date not in event.when and not event.date_basis
    ]


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
