"""`new`: start a briefing folder whose first build succeeds, for the editor to fill in."""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path

from .anchor import NormalisedSource, anchor_quote, normalise
from .load import RESERVED_SLUGS
from .model import KEY_PATTERN
from .project import Project
from .sources import library_text

MAX_QUOTE_WORDS = 20


class ScaffoldError(ValueError):
    """The briefing cannot be started as asked."""


def first_quote(text) -> str:
    """Return the shortest opening of a sentence of the source that anchors uniquely (at most 20 words)."""
    normalised = NormalisedSource(text)
    for start, end in text.sentences:
        words = normalise(text.text[start:end]).split()
        for count in range(min(4, len(words)), min(MAX_QUOTE_WORDS, len(words)) + 1):
            quote = " ".join(words[:count])
            if anchor_quote(normalised, quote).passage is not None:
                return quote
    raise ScaffoldError(f"seeds/{text.source.file}: no sentence of it can be quoted uniquely "
                        "(choose another source with --source)")


def briefing_yaml(title: str, source_id: str, quote: str, today: str, language: str = "",
                  first_entry: str = "First published.") -> str:
    """Return the text of a new briefing.yaml: valid as it is, with what to change said in it.

    `language` is written only when given: the source's, where it differs from the site's.
    """
    language_line = f"language: {language}\n" if language else ""
    return f"""# yaml-language-server: $schema=../../schema/briefing.json
# A new briefing: replace the summary, parties and citation with your own, then add
# background.yaml, timeline.yaml, comparisons.yaml, claims.yaml, quotes.yaml, caveats.yaml as needed.
title: {json.dumps(title, ensure_ascii=False)}
summary: |
  Replace this sentence with what we know, citing each statement like this.[^first]
status: live
{language_line}parties:
  - id: first-party
    name: First party
  - id: second-party
    name: Second party
updates:
  - date: {today}
    kind: update
    text: {first_entry}
citations:
  first:
    source: {source_id}
    quote: {json.dumps(quote, ensure_ascii=False)}
"""


def new_briefing(project: Project, slug: str, title: str, source_id: str = "", today: str | None = None) -> Path:
    """Create content/SLUG/briefing.yaml citing a library source; return its path. Never overwrites."""
    if not re.fullmatch(KEY_PATTERN.strip("^$"), slug) or slug in RESERVED_SLUGS:
        raise ScaffoldError(f"'{slug}' cannot be a briefing's folder name (use lowercase letters, digits and "
                            "hyphens, not sources, static or data)")
    if not title.strip():
        raise ScaffoldError("--title is empty (give the briefing's headline, e.g. --title \"Why water costs more\")")
    folder = project.content / slug
    if folder.exists():
        raise ScaffoldError(f"content/{slug}: already exists (choose another slug; nothing was changed)")
    text = library_text(project.root, source_id)
    site = site_language(project)
    language = text.source.language if site and text.source.language != site else ""
    content = briefing_yaml(title, text.source.id, first_quote(text), today or datetime.date.today().isoformat(),
                            language, first_log_entry(project, language or site))
    folder.mkdir(parents=True)
    path = folder / "briefing.yaml"
    path.write_text(content, encoding="utf-8")
    return path


def first_log_entry(project: Project, language: str) -> str:
    """Return the first log entry's text in the briefing's language: its locale's "first published"."""
    from .locale import base_language, load_locales

    locales, _ = load_locales(project.root)
    labels = locales.get(base_language(language or "en")) or locales["en"]
    return json.dumps(labels["first_published"] + ".", ensure_ascii=False)


def site_language(project: Project) -> str:
    """Return the language content/site.yaml gives the site ("" when the file does not load)."""
    from .load import load_one
    from .model import SiteFile

    site, _ = load_one(project.content / "site.yaml", "content/site.yaml", SiteFile, project.root)
    return site.language if site is not None else ""
