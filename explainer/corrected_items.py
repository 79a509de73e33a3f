"""Notes at corrected items: each item a log entry's `corrects` names says, where it stands, that it was corrected.

A reader following an old link to a caveat, a claim, a timeline event or a comparison's row later corrected landed on
it untold: the log said what was put right, far below, and no entry said which item. A correction's (or
clarification's) `corrects` lists the anchors of the items it puts right, as the page writes them; each of those
items then shows "Corrected 3 December 2026", in the briefing's language, leading to the entry. An anchor the page
has no item for, or `corrects` on an update, is one line naming the file and the line.
"""

from __future__ import annotations

from .feed import log_anchor, places_in_day
from .hints import one_of
from .locale import Labels
from .problems import Problem
from .views import BriefingPage, CorrectedNote

CORRECTING_KINDS = ("correction", "clarification")


def with_corrections_marked(page: BriefingPage, updates, labels: Labels,
                            shown: str) -> tuple[BriefingPage, list[Problem]]:
    """Return the page with a note at each item a log entry corrects, newest first, and the problems with the log's
    `corrects` lists (an anchor the page has no item for, or a list on an update)."""
    anchors = item_anchors(page)
    problems: list[Problem] = []
    notes: dict[str, list[CorrectedNote]] = {}
    for entry, place in zip(updates, places_in_day(updates)):
        if not entry.corrects:
            continue
        if entry.kind not in CORRECTING_KINDS:
            problems.append(Problem(shown, entry.line_of("corrects"), f"`corrects` on an entry of kind "
                                    f"'{entry.kind}': only a correction or a clarification corrects an item",
                                    "make it `kind: correction` (with `wrong`) or `kind: clarification`, or leave "
                                    "`corrects` out"))
            continue
        for anchor in dict.fromkeys(entry.corrects):
            if anchor not in anchors:
                problems.append(Problem(shown, entry.line_of("corrects"), f"`corrects`: '{anchor}' is no item of "
                                        "this briefing's page", _could_be(anchor, anchors)))
                continue
            notes.setdefault(anchor, []).insert(0, _note(entry, log_anchor(entry.date, place), labels))
    return (_marked(page, {anchor: tuple(found) for anchor, found in notes.items()}) if notes else page), problems


def _could_be(anchor: str, anchors: list[str]) -> str:
    """Return a hint naming the anchors `anchor` may have meant: those of its kind ("event-..."), where it names one."""
    kind = anchor.split("-", 1)[0] + "-"
    alike = [known for known in anchors if known.startswith(kind)]
    return one_of(anchor, alike or anchors, "write an item's anchor as the page writes it, one of")


def item_anchors(page: BriefingPage) -> list[str]:
    """Return the anchors of the page's items a log entry may correct, in page order: events, rows, claims, caveats."""
    return [*(event.id for event in page.timeline),
            *(f"row-{row.id}" for table in page.comparisons for row in table.rows),
            *(f"claim-{claim.id}" for topic in page.topics for claim in topic.claims),
            *(caveat.id for caveat in page.caveats)]


def _note(entry, log_id: str, labels: Labels) -> CorrectedNote:
    """Return the note an entry leaves at an item: "Corrected 3 December 2026" (a locale's `corrected_on`), or, in a
    locale without it or for a clarification, the entry's kind and date ("Clarification: 3 December 2026")."""
    pattern = labels.get("corrected_on") if entry.kind == "correction" else None
    if not pattern or "{date}" not in pattern:
        pattern = f"{labels[f'log_{entry.kind}']}{labels['colon']}{{date}}"
    before, after = pattern.split("{date}", 1)
    return CorrectedNote(log_id, entry.date, before, labels.date(entry.date), after)


def _marked(page: BriefingPage, notes: dict[str, tuple[CorrectedNote, ...]]) -> BriefingPage:
    """Return the page with each item's notes set, the items' order and everything else as they were."""
    def topic_marked(topic):
        claims = tuple(claim._replace(corrected=notes.get(f"claim-{claim.id}", ())) for claim in topic.claims)
        by_id = {claim.id: claim for claim in claims}
        columns = tuple(column._replace(items=tuple(by_id.get(getattr(item, "id", None), item)
                                                    for item in column.items)) for column in topic.columns)
        return topic._replace(claims=claims, columns=columns)

    def table_marked(table):
        return table._replace(rows=tuple(row._replace(corrected=notes.get(f"row-{row.id}", ())) for row in table.rows))

    return page._replace(
        timeline=tuple(event._replace(corrected=notes.get(event.id, ())) for event in page.timeline),
        comparisons=tuple(table_marked(table) for table in page.comparisons),
        topics=tuple(topic_marked(topic) for topic in page.topics),
        caveats=tuple(caveat._replace(corrected=notes.get(caveat.id, ())) for caveat in page.caveats))
