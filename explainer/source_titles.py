"""A source's title names it on every note, source page and download, so it is held to its document: a date or
quotation in it must stand in the document's text or be its publication date ("News report on the war, 27 February
2026"). Its other figures, its publisher, author and dates stay the editors' word."""

from __future__ import annotations

import datetime

from . import patterns
from .attribution import WEEKDAYS, Cited, check_item_text, states_anything, statements_needing_citation
from .memo import PackMemo, code_digest, digest_of
from .numbers import reading_key
from .problems import Problem
from .sentences import as_written, split_sentences
from .sources import SourceText

# check_item_text words a heading's message for a briefing; here the passages are the document and its date.
_CITED_BY = "the passages this briefing cites"
_CHECKED = patterns.compile(r" \(checked: [^()]*\)$")


def source_title_problems(sources: dict[str, SourceText], shown: str, memo: PackMemo) -> list[Problem]:
    """Return a problem for each figure, date or quotation of a source's `title` that neither its text nor its
    publication date gives (`shown`: sources.yaml as the messages name it); a title's findings are kept by the
    title, its date and its text's digest, so most builds read no text."""
    problems = []
    for text in sources.values():
        source = text.source
        if not states_anything(as_written(source.title), source.language):
            continue  # most titles state nothing: no text read
        key = digest_of("source title", code_digest(), source.title, source.date, source.language, text.sha256,
                        reading_key())
        for message in memo.get_or_make(key, lambda: _unbacked(text)):
            problems.append(Problem(shown, source.line_of("title"), f"`title`: {message}",
                                    "a source's title names the document: give a figure, date or quotation as its "
                                    "text does, or its publication date (`date`)"))
    return problems


def _unbacked(text: SourceText) -> tuple[str, ...]:
    """Return what the title of `text`'s source states that neither its text nor its publication date gives."""
    source = text.source
    dated = ([Cited(f"{source.date} {WEEKDAYS['en'][datetime.date.fromisoformat(source.date).weekday()]}")]
             if source.date != "unknown" else [])
    title = as_written(source.title)
    found = check_item_text(title, [Cited(text.text, source.language), *dated], source.language, "briefing")
    named = _dates_and_quotations(title, source.language)
    return tuple(_CHECKED.sub("", finding.message.replace(_CITED_BY, "its document's text or its publication date"))
                 for finding in found if finding.offset in named)


def _dates_and_quotations(title: str, language: str) -> set[int]:
    """Return where the title's dates, weekdays and quotations start: its other figures label the document ("Report
    1", "Notice No. 17") as often as they state anything, and are left to the editors."""
    return {statement.start for sentence in split_sentences(title, language)
            for statement in statements_needing_citation(sentence, language) if statement.kind != "figure"}
