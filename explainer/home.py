"""Plan the home page: the microsite's about text and its briefings, most recently updated first."""

from __future__ import annotations

import functools
from typing import Callable, Iterable

from .anchor import Definition, Passage
from .attribution import Cited, Finding
from .checked import Passages
from .cite import FileCiter, heading_findings, report_unused
from .footnotes import FootnoteNumbering
from .load import SiteContent
from .locale import Labels
from .model import Source
from .pdf_text import as_checked
from .problems import Problem
from .views import Header, HomeEntry, HomePage

# The most corrections of one briefing the home page lists: beyond it, one line counts the rest and leads to the log,
# so that a day of many corrections does not push every other briefing out of sight.
HOME_CORRECTIONS = 2
SITE_WORDS_HINT = ("the site's title and description cite nothing: a figure, date or quotation in them must stand in "
                   "a passage a briefing or the about text cites; say it as one does, or leave it to the briefings")


def plan_home(content: SiteContent, definitions: dict[str, Definition], anchored: dict[str, Passage],
              library: dict[str, Source], headers: list[Header], labels: Labels,
              fragment_of, cited_elsewhere: Callable[[], Iterable[Passage]] = tuple) -> tuple[HomePage, list[Problem]]:
    """Return the home page's view and the problems of the about text and of the site's title and description;
    `cited_elsewhere`: every passage the briefings cite, asked for only when the title or description states
    something."""
    problems: list[Problem] = []
    numbering = FootnoteNumbering(anchored, library, root="", back_label=labels["back_to_reference"],
                                  fragment_of=fragment_of, language=content.settings.language,
                                  marker_label=labels.get("marker_label", ""), aside=labels.aside,
                                  digits=labels.digits)
    citer = FileCiter(content.site, numbering, definitions, problems, labels.language)
    settings = content.settings
    about = citer.prose(settings, "about", require_citations=False)
    cited = functools.cache(lambda: Passages((*citer.passages(anchored), *(
        Cited(as_checked(passage.text), library[passage.source_id].language) for passage in cited_elsewhere()))))
    for field in ("title", "description"):  # on every page's <title>, the feed and search results: the site's headline
        citer.report(settings, field, _site_words_findings(getattr(settings, field), cited, labels.language))
    report_unused(definitions, numbering, problems)
    entries = tuple(_entry(_dated_for(header, labels)) for header in by_last_update(headers))
    return HomePage(settings.title, settings.description, settings.language, about, entries,
                    tuple(numbering.footnotes()), labels), problems


def _site_words_findings(text: str, cited: Callable[[], Passages], language: str) -> list[Finding]:
    """Return what the site's title or description states that no passage of `cited()` (the site's) backs."""
    return [Finding(found.offset, found.message.replace("this briefing cites", "the site's pages cite"),
                    SITE_WORDS_HINT) for found in heading_findings(text, cited, language)]


def _entry(header: Header) -> HomeEntry:
    """Return a briefing as the home page lists it, with its latest day's corrections or, of many, the newest."""
    many = len(header.corrections) > HOME_CORRECTIONS
    shown = header.corrections[:HOME_CORRECTIONS - 1] if many else header.corrections  # so the count is never 1
    numbers = tuple(f" {number}" for number in range(1, len(shown) + 1)) if len(shown) > 1 else ("",) * len(shown)
    return HomeEntry(header, f"{header.slug}/", shown, len(header.corrections) - len(shown), numbers)


def _dated_for(header, labels: Labels):
    """Return a briefing's header with its dates written in the home page's language, as its labels are: its
    corrections' too, as they may be of a day before its last update."""
    return header._replace(first_published_text=labels.date(header.first_published),
                           last_updated_text=labels.date(header.last_updated),
                           corrections=tuple(fix._replace(date_text=labels.date(fix.date))
                                             for fix in header.corrections))


def by_last_update(headers: list[Header]) -> list[Header]:
    """Return briefings (their headers) most recently updated first, then by title and slug."""
    ordered = sorted(headers, key=lambda header: (header.title, header.slug))
    return sorted(ordered, key=lambda header: header.last_updated, reverse=True)
