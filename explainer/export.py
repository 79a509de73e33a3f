"""Downloadable data: the briefing's content and citations as JSON, figures and claims as CSV."""

from __future__ import annotations

import csv
import dataclasses
import functools
import io
import json

from markupsafe import Markup

from .anchor import citations_of

DATA_FILES = {"json": "data/briefing.json", "forces": "data/forces.csv", "claims": "data/claims.csv"}


def _plain(value):
    """Return content-model values as JSON-ready data, without location bookkeeping."""
    names = _field_names(type(value))
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in sorted(value.items())}
    if isinstance(value, (tuple, list)):
        return [_plain(item) for item in value]
    return value


@functools.lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[str, ...] | None:
    """Return the editor-visible fields of a content type, or None for any other type."""
    if not dataclasses.is_dataclass(cls):
        return None
    return tuple(f.name for f in dataclasses.fields(cls) if not f.metadata.get("internal"))


def _citations(briefing) -> list[dict]:
    """Return every citation with its anchored passage and footnote number."""
    numbers = {note.id: note.number for note in briefing.page.footnotes}
    rows = []
    for file in briefing.content.in_page_order():
        for key, citation in sorted(citations_of(file.kind, file.data).items()):
            passage = briefing.anchored[(file.kind, key)]
            rows.append({"file": file.shown, "key": key, "source": passage.source_id, "quote": passage.text,
                         "start": passage.start, "end": passage.end,
                         "footnote": numbers.get(f"note-{passage.source_id}-{passage.start}-{passage.end}")})
    return rows


def briefing_json(briefing) -> bytes:
    """Return the whole structured briefing as JSON."""
    data = {kind: _plain(file.data) for kind, file in sorted(briefing.content.files.items())}
    data["anchored_citations"] = _citations(briefing)
    # Compact on purpose: indenting switches json to its pure-Python encoder, many times slower.
    return (json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n").encode("utf-8")


def _csv(header: list[str], rows: list[list]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def forces_csv(briefing) -> bytes:
    """Return the force comparison, one row per measure and party; empty value means not given."""
    rows = []
    for row in briefing.page.forces.rows if briefing.page.forces else ():
        for cell in row.cells:
            value = cell.text.replace(",", "") if cell.given else ""
            rows.append([row.measure, row.unit, cell.party.id, cell.party.name, value, cell.qualifier,
                         " ".join(str(ref.number) for ref in cell.refs)])
    return _csv(["measure", "unit", "party_id", "party", "value", "qualifier", "footnotes"], rows)


def claims_csv(briefing) -> bytes:
    """Return every claim and its figures, one row per figure (or one per claim without figures)."""
    rows = []
    for topic in briefing.page.topics:
        for claim in topic.claims:
            notes = " ".join(str(ref.number) for ref in claim.refs)
            base = [topic.id, claim.claimant, claim.party.id, claim.status, claim.channel, claim.evidence]
            for figure in claim.figures or [None]:
                rows.append(base + ([figure.measure, figure.text] if figure else ["", ""]) + [notes])
    return _csv(["topic", "claimant", "party_id", "status", "channel", "evidence", "measure", "figure", "footnotes"],
                rows)


def json_ld(briefing, base_url: str) -> Markup:
    """Return schema.org JSON-LD describing the briefing and its sources, safe inside <script>."""
    meta = briefing.content.briefing
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": meta.title,
        "datePublished": meta.updated,
        "dateModified": meta.updated,
        "inLanguage": meta.language,
        "about": {"@type": "Event", "startDate": meta.event_date},
        "citation": [_creative_work(source) for source in meta.sources],
    }
    if base_url:
        data["url"] = base_url
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def _creative_work(source) -> dict:
    work = {"@type": "CreativeWork", "name": source.title, "publisher": source.publisher}
    if source.date != "unknown":
        work["datePublished"] = source.date
    if source.url:
        work["url"] = source.url
    return work


def data_files(briefing) -> dict[str, bytes]:
    """Return the downloadable data files by site path."""
    return {DATA_FILES["json"]: briefing_json(briefing), DATA_FILES["forces"]: forces_csv(briefing),
            DATA_FILES["claims"]: claims_csv(briefing)}
