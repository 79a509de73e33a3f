"""The Atom feed (RFC 4287): one entry per update, correction or clarification of any briefing."""

from __future__ import annotations

import hashlib
from typing import NamedTuple

from .locale import direction


# Entry ids are derived from what never changes about an entry: its briefing, date and place
# among that day's entries. Re-wording an entry keeps its id; readers' feed readers agree.
NAMESPACE = bytes.fromhex("6f0c4a8e3d565b3e9a572f1d0c8b7e41")  # a UUID's bytes


class FeedEntry(NamedTuple):
    id: str
    title: str
    updated: str
    href: str
    summary: str
    language: str  # of the summary: the briefing's log is written in the briefing's language
    kind: str  # the title's first words, "Update: ", in the site's language
    briefing_title: str  # the title's rest, in the briefing's language
    text: str  # the log entry's words, in the briefing's language
    wrong: str  # a correction's "what was wrong", in the briefing's language; "" for other entries


class Feed(NamedTuple):
    id: str
    title: str
    subtitle: str
    language: str
    updated: str
    self_href: str
    home_href: str
    entries: tuple[FeedEntry, ...]


def timestamp(date: str) -> str:
    """Return an RFC 3339 time for a log date (the log keeps days, so midnight UTC)."""
    return f"{date}T00:00:00Z"


def name_based_id(name: str) -> str:
    """Return the URN of the version 5 UUID of `name` in NAMESPACE (RFC 4122), as uuid.uuid5 makes it: written out
    here because importing uuid, and platform with it, cost 4 ms of CPU, 1% of building the real microsite."""
    made = bytearray(hashlib.sha1(NAMESPACE + name.encode("utf-8")).digest()[:16])
    made[6] = made[6] & 0x0F | 0x50  # version 5
    made[8] = made[8] & 0x3F | 0x80  # the RFC's variant
    hexed = made.hex()
    return f"urn:uuid:{hexed[:8]}-{hexed[8:12]}-{hexed[12:16]}-{hexed[16:20]}-{hexed[20:]}"


def entry_id(slug: str, date: str, index: int) -> str:
    """Return the stable id of a briefing's `index`-th log entry of a given day."""
    return name_based_id(f"{slug}/{date}/{index}")


def places_in_day(updates) -> list[int]:
    """Return each log entry's place (1, 2, ...) among the entries of its day, in the log's order."""
    per_day: dict[str, int] = {}
    places = []
    for entry in updates:
        per_day[entry.date] = per_day.get(entry.date, 0) + 1
        places.append(per_day[entry.date])
    return places


def log_anchor(date: str, place: int) -> str:
    """Return the id of a log entry in its briefing's page, from what never changes about it, as its feed id is."""
    return f"update-{date}-{place}"


def feed_entries(briefing, base_url: str, labels) -> list[FeedEntry]:
    """Return a briefing's log as feed entries, each leading to its own entry of the briefing's log: its title and
    summary wholly in the briefing's language, as the entry is marked (`kind`, for the feed's page, in the site's)."""
    entries = []
    title = briefing.header.title
    words = briefing.header.log_words
    updates = briefing.content.briefing.updates
    for entry, place in zip(updates, places_in_day(updates)):
        # A correction says what was wrong and what the briefing says now, as the home page does.
        space = words["space"]
        summary = (f"{words['what_was_wrong']}{space}{entry.wrong}{space}{words['what_it_says_now']}{space}{entry.text}"
                   if entry.wrong else entry.text)
        kind = f"{labels['log_' + entry.kind]}{labels['colon']}"
        entries.append(FeedEntry(entry_id(briefing.slug, entry.date, place),
                                 f"{words['log_' + entry.kind]}{words['colon']}{title}",
                                 timestamp(entry.date), f"{base_url}{briefing.slug}/#{log_anchor(entry.date, place)}",
                                 summary, briefing.header.language, kind, title, entry.text, entry.wrong or ""))
    return entries


def plan_feed(site, base_url: str) -> Feed:
    """Return the feed of every briefing's log, newest first."""
    entries = [entry for briefing in site.briefings for entry in feed_entries(briefing, base_url, site.labels)]
    entries.sort(key=lambda entry: (entry.updated, entry.href, entry.id), reverse=True)
    settings = site.content.settings
    feed_id = name_based_id(base_url or settings.title)
    updated = entries[0].updated if entries else timestamp("1970-01-01")
    return Feed(feed_id, settings.title, settings.description, settings.language, updated,
                f"{base_url}feed.xml" if base_url else "", base_url or "./", tuple(entries))


class ShownEntry(NamedTuple):
    """A feed entry as the feed's own page shows it to a reader: its day written out in the site's language."""
    title: str
    href: str
    date: str
    date_text: str
    summary: str
    language: str  # of the summary, as in the feed
    direction: str  # of the summary: an Arabic briefing's runs right to left on a page that runs left to right
    kind: str  # the title's first words, "Update: ", in the site's language
    briefing_title: str  # the title's rest, in the summary's language: a French briefing's title on an English page
    text: str  # the log entry's words, in the summary's language
    wrong: str  # a correction's "what was wrong", in the summary's language; "" for other entries


def shown_entries(feed: Feed, labels) -> tuple[ShownEntry, ...]:
    """Return the feed's entries as its page lists them, newest first."""
    shown = []
    for entry in feed.entries:
        date_text = labels.date(entry.updated[:10])
        shown.append(ShownEntry(entry.title, entry.href, entry.updated[:10], date_text, entry.summary, entry.language,
                                direction(entry.language), entry.kind, entry.briefing_title, entry.text, entry.wrong))
    return tuple(shown)
