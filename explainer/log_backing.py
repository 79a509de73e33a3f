"""What a log entry's `text` may rest on: it cites nothing, yet the home page, the feed and the downloads show a
correction's text as "What it says now", so a figure, date or quotation in it must stand somewhere a reader can find.

That is the sources the briefing cites (their whole text: a correction often restates the source's own correction,
which the briefing need not cite), the cited sources' publication dates, and the briefing's own short words outside
the log (its headings, names, `when`s, measures, themselves checked against the passages): "The timeline now heads
the bombing "Weeks before the report"" quotes the briefing. Its prose is left out, as its quotations are the
sources' and its other words change with every edit: the log's checks, kept by what they are given, would run again
after each. A correction's `wrong` is left out too: it is false by design.
"""

from __future__ import annotations

import dataclasses
from typing import Callable, Iterator

from .attribution import Cited
from .checked import Passages
from .load import Content
from .model import Citation, LogEntry, Markdown


def log_backing(content: Content, passages: Passages, language: str, publication_dates: list[Cited]) -> Passages:
    """Return what a log entry's text is read against first: the passages the briefing cites, their sources'
    publication dates and each of the briefing's own short words outside the log."""
    own = dict.fromkeys(text for file in content.in_page_order() for text in _own_words(file.data) if text.strip())
    return Passages((*passages, *publication_dates, *(Cited(text, language) for text in own)))


def cited_texts(cited_sources: dict, texts: Callable[[str], str]) -> Passages:
    """Return the whole text of each source the briefing cites (`cited_sources`: Source by id; `texts`: its text by
    id): what a log entry is read against only where the first reading found something, as reading megabytes of
    sources for each entry cost seconds (7 s of CPU for one figure against a briefing's 200 sources, 4 MB)."""
    return Passages(Cited(texts(source_id), source.language) for source_id, source in sorted(cited_sources.items()))


def _own_words(value) -> Iterator[str]:
    """Yield the short texts of a content object, in order, but its log's and its citations': what the briefing
    itself names (its prose, a `Markdown` field, is left out)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from _own_words(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _own_words(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, (LogEntry, Citation)):
        for field in dataclasses.fields(value):
            if not field.metadata.get("internal") and field.type is not Markdown:
                yield from _own_words(getattr(value, field.name))
