"""The Atom feed (RFC 4287): one entry per update, correction or clarification of any briefing."""

from __future__ import annotations

import hashlib
import string
import unicodedata
from typing import NamedTuple

from .former_addresses import first_names
from .locale import direction


# Entry ids are derived from what never changes about an entry: its briefing, date and place
# among that day's entries. Re-wording an entry keeps its id; readers' feed readers agree.
NAMESPACE = bytes.fromhex("6f0c4a8e3d565b3e9a572f1d0c8b7e41")  # a UUID's bytes


# A log entry's heading (its feed entry's title) ends with the first words of what it says: seven corrections of one
# briefing on one day were all "Correction: Pakistan and Afghanistan at war: what we know" in a feed reader's list.
OPENING_WORDS = 8
OPENING_WIDTH = 60  # in columns, a Chinese or Japanese character two; cut at a word's end where words have spaces
ELLIPSIS = "\u2026"
# Left off where the words are cut, so the heading never ends ",…" (Arabic's and the full-width ones too)
TRAILING = ",;:\u060c\u061b\uff0c\u3001\uff1a\uff1b-\u2013\u2014 "


class FeedEntry(NamedTuple):
    id: str
    title: str
    updated: str
    href: str
    summary: str
    language: str  # of the summary: the briefing's log is written in the briefing's language
    kind: str  # the log's kind of entry: update, correction or clarification
    briefing_title: str  # the title's rest, in the briefing's language
    opening: str  # the first words of the log entry, which tell it apart from the others of its day
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


def heading_pattern(labels) -> str:
    """Return how a language heads a feed entry ("{kind}: {briefing} \u2014 {words}"): its locale's `feed_entry_title`,
    or, for a project's locale written before it was added, one made of its own colon and space."""
    space = labels["space"]
    return labels.get("feed_entry_title") or f"{{kind}}{labels['colon']}{{briefing}}{space}\u2014{space}{{words}}"


def opening_words(text: str) -> str:
    """Return the first words of a log entry, as its heading ends: at most OPENING_WORDS words and OPENING_WIDTH
    columns, with an ellipsis where cut."""
    words = text.split()
    whole, kept = " ".join(words), " ".join(words[:OPENING_WORDS])
    while (_width(kept) > OPENING_WIDTH or kept != whole and _quote_left_open(kept)) and " " in kept:
        kept = kept.rsplit(" ", 1)[0]
    if _width(kept) > OPENING_WIDTH:  # one "word" that wide is a sentence written without spaces
        cut = 0
        while _width(kept[:cut + 1]) <= OPENING_WIDTH or unicodedata.category(kept[cut]).startswith("M"):
            cut += 1  # never parting a letter from its marks
        kept = kept[:cut]
    return kept if kept == whole else kept.rstrip(TRAILING) + ELLIPSIS


def _width(words: str) -> int:
    """Return how many columns words take: two for a wide character (Chinese, Japanese), one for others."""
    return len(words) + sum(1 for character in words if unicodedata.east_asian_width(character) in "WF")


def _quote_left_open(words: str) -> bool:
    """Say whether words cut from a longer text end inside a quotation ('the shift "from…'), which a heading never
    closes (German opens with „ and closes with “, which opens English)."""
    pairs = (("\u201e", "\u201c"),) if "\u201e" in words else (("\u201c", "\u201d"),)
    pairs += (("\u00ab", "\u00bb"), ("\u300c", "\u300d"), ("\u300e", "\u300f"))
    return words.count('"') % 2 == 1 or any(words.count(opening) > words.count(closing) for opening, closing in pairs)


def told_apart(openings: list[str], updates, words) -> list[str]:
    """Return each log entry's opening words, numbered ("... (2)") where two entries of one kind and day begin alike:
    their headings are then told apart too, and no entry of another day changes (a feed reader sees it as it was)."""
    alike: dict[tuple, list[int]] = {}
    for index, (entry, opening) in enumerate(zip(updates, openings)):
        alike.setdefault((entry.date, entry.kind, opening), []).append(index)
    told = list(openings)
    digits = str.maketrans("0123456789", words["digits"])
    for indexes in alike.values():
        for number, index in enumerate(indexes, 1) if len(indexes) > 1 else ():
            told[index] = openings[index] + words["numbered"].replace("{number}", str(number).translate(digits))
    return told


def heading_parts(pattern: str, kind: str, briefing: str, words: str) -> tuple[tuple[str, bool], ...]:
    """Return a feed entry's heading as runs of text, each saying whether it is the entry's own (its briefing's title
    and words, in the briefing's language) rather than the pattern's (in the language of the page showing it)."""
    values = {"kind": (kind, False), "briefing": (briefing, True), "words": (words, True)}
    parts = []
    for literal, name, _, _ in string.Formatter().parse(pattern):
        if literal:
            parts.append((literal, False))
        if name is not None:
            parts.append(values[name])
    return tuple(parts)


def feed_entries(briefing, base_url: str, first_name: str = "") -> list[FeedEntry]:
    """Return a briefing's log as feed entries, each leading to its own entry of the briefing's log: its title and
    summary wholly in the briefing's language, as the entry is marked. Their ids are made from `first_name`, the
    folder's name before site.yaml's `moved` renamed it, if given: so feed readers take none of them for new."""
    entries = []
    title = briefing.header.title
    words = briefing.header.log_words
    updates = briefing.content.briefing.updates
    openings = told_apart([opening_words(entry.text) for entry in updates], updates, words)
    for entry, place, opening in zip(updates, places_in_day(updates), openings):
        # A correction says what was wrong and what the briefing says now, as the home page does.
        space = words["space"]
        summary = (f"{words['what_was_wrong']}{space}{entry.wrong}{space}{words['what_it_says_now']}{space}{entry.text}"
                   if entry.wrong else entry.text)
        heading = "".join(text for text, _ in heading_parts(words["feed_entry_title"], words["log_" + entry.kind],
                                                              title, opening))
        entries.append(FeedEntry(entry_id(first_name or briefing.slug, entry.date, place), heading,
                                 timestamp(entry.date), f"{base_url}{briefing.slug}/#{log_anchor(entry.date, place)}",
                                 summary, briefing.header.language, entry.kind, title, opening, entry.text,
                                 entry.wrong or ""))
    return entries


def plan_feed(site, base_url: str) -> Feed:
    """Return the feed of every briefing's log, newest first."""
    first = first_names(site.content.settings.moved)
    entries = [entry for briefing in site.briefings
               for entry in feed_entries(briefing, base_url, first.get(briefing.slug, ""))]
    entries.sort(key=lambda entry: (entry.updated, entry.href, entry.id), reverse=True)
    settings = site.content.settings
    feed_id = name_based_id(base_url or settings.title)
    updated = entries[0].updated if entries else timestamp("1970-01-01")
    return Feed(feed_id, settings.title, settings.description, settings.language, updated,
                f"{base_url}feed.xml" if base_url else "", base_url or "./", tuple(entries))


class ShownEntry(NamedTuple):
    """A feed entry as the feed's own page shows it to a reader: its day written out in the site's language."""
    heading: tuple[tuple[str, bool], ...]  # its runs, each saying whether it is in the summary's language
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
    pattern = heading_pattern(labels)
    for entry in feed.entries:
        date_text = labels.date(entry.updated[:10])
        kind = labels["log_" + entry.kind]
        shown.append(ShownEntry(heading_parts(pattern, kind, entry.briefing_title, entry.opening), entry.href,
                                entry.updated[:10], date_text, entry.summary, entry.language,
                                direction(entry.language), f"{kind}{labels['colon']}", entry.briefing_title,
                                entry.text, entry.wrong))
    return tuple(shown)
