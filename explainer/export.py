"""Downloadable data: the briefing's content and citations as JSON, figures and claims as CSV."""

from __future__ import annotations

import csv
import dataclasses
import io
import json

from markupsafe import Markup

from .anchor import citations_of

DATA_FILES = {"json": "data/briefing.json", "forces": "data/forces.csv", "claims": "data/claims.csv"}


def _editor_fields(value):
    """Return a content object as a dict of its editor fields (json's hook for the content dataclasses)."""
    if dataclasses.is_dataclass(value):
        return {f.name: getattr(value, f.name) for f in dataclasses.fields(value) if not f.metadata.get("internal")}
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def to_json(value) -> str:
    """Return `value` as compact JSON with sorted keys, content objects as their editor fields."""
    return json.dumps(value, default=_editor_fields, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      allow_nan=False)


def _citations(briefing) -> list[dict]:
    """Return every citation with its anchored passage and footnote number."""
    numbers = {note.passage: note.number for note in briefing.page.footnotes}
    rows = []
    for file in briefing.content.in_page_order():
        for key in sorted(citations_of(file.kind, file.data)):
            passage = briefing.anchored[key]
            rows.append({"end": passage.end, "file": file.shown, "footnote": numbers.get(passage), "key": key,
                         "quote": passage.text, "source": passage.source_id, "start": passage.start})
    return rows


def briefing_json(briefing) -> bytes:
    """Return the whole structured briefing as JSON."""
    data = {kind: file.data for kind, file in briefing.content.files.items()}
    header = briefing.page.header
    data["slug"] = briefing.slug
    data["first_published"] = header.first_published
    data["last_updated"] = header.last_updated
    data["anchored_citations"] = _citations(briefing)
    return (to_json(data) + "\n").encode("utf-8")


def briefings_index(site) -> bytes:
    """Return the index of briefings, most recently updated first, for others to build on."""
    rows = [{"slug": entry.header.slug, "title": entry.header.title, "summary": entry.header.description,
             "status": entry.header.status, "language": entry.header.language,
             "first_published": entry.header.first_published, "last_updated": entry.header.last_updated,
             "url": entry.href, "data": f"{entry.header.slug}/{DATA_FILES['json']}"} for entry in site.home.entries]
    return (json.dumps({"title": site.home.title, "briefings": rows}, ensure_ascii=False, sort_keys=True,
                       indent=1) + "\n").encode("utf-8")


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
        "datePublished": briefing.page.header.first_published,
        "dateModified": briefing.page.header.last_updated,
        "inLanguage": briefing.page.header.language,
        "citation": [_creative_work(link.source) for link in briefing.page.sources],
    }
    if base_url:
        data["url"] = f"{base_url}{briefing.slug}/"
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
