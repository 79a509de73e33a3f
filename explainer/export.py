"""Downloadable data: the briefing's content and citations as JSON, figures and claims as CSV."""

from __future__ import annotations

import csv
import dataclasses
import functools
import io
import json
import operator
import weakref
from json.encoder import encode_basestring
from typing import Callable

from markupsafe import Markup

from .anchor import citations_of

DATA_FILES = {"json": "data/briefing.json", "forces": "data/forces.csv", "claims": "data/claims.csv"}


class _Json(str):
    """Text that is JSON already: `_json` writes it as it is."""


def _json(value) -> str:
    """Return `value` as compact JSON with sorted keys, content dataclasses as objects of their editor fields.

    The text is exactly what json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    gives for plain data (compact: the file is large). Writing each dataclass through a format string
    made once per class is about twice as fast as json.dumps with a `default` hook, which builds, sorts
    and encodes a dict per item.
    """
    if type(value) is str:  # most values: skip the per-type lookup
        return encode_basestring(value)
    return _writer(type(value))(value)


@functools.lru_cache(maxsize=None)
def _writer(cls: type) -> Callable[[object], str]:
    """Return the function that writes values of one type as JSON."""
    if cls is _Json:
        return str
    if issubclass(cls, str):
        return encode_basestring
    if cls is int:
        return int.__repr__
    if issubclass(cls, (list, tuple)):  # checked before dataclasses: json writes a NamedTuple as an array
        return _array
    if issubclass(cls, dict):
        return _object
    names = _field_names(cls)
    if names is None:  # floats, booleans, None: rare, and json knows their exact spelling
        return json.dumps
    return _dataclass_writer(tuple(sorted(names)))


def _array(items) -> str:
    """Return a list or tuple as a JSON array."""
    return "[" + ",".join(map(_json, items)) + "]"


def _object(mapping: dict) -> str:
    """Return a dict, keyed by strings as all content is, as a JSON object with sorted keys."""
    # Sorting the keys, not the items, spares a tuple per entry (and the garbage collector's attention).
    return "{" + ",".join([encode_basestring(key) + ":" + _json(mapping[key]) for key in sorted(mapping)]) + "}"


def _dataclass_writer(names: tuple[str, ...]) -> Callable[[object], str]:
    """Return a function writing an object's `names` attributes (sorted) as a JSON object."""
    template = "{" + ",".join(f"{encode_basestring(name)}:%s" for name in names) + "}"
    if len(names) == 1:  # attrgetter gives a bare value, not a tuple, for a single name
        name = names[0]
        return lambda value: template % _json(getattr(value, name))
    if not names:
        return lambda value: template
    get = operator.attrgetter(*names)
    return lambda value: template % tuple(map(_json, get(value)))


@functools.lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[str, ...] | None:
    """Return the editor-visible fields of a content type, or None for any other type."""
    if not dataclasses.is_dataclass(cls):
        return None
    return tuple(f.name for f in dataclasses.fields(cls) if not f.metadata.get("internal"))


# One citation of briefing.json, keys in sorted order as everywhere in the file.
_CITATION = '{"end":%d,"file":%s,"footnote":%s,"key":%s,"quote":%s,"source":%s,"start":%d}'


def _citations_json(briefing) -> _Json:
    """Return every citation with its anchored passage and footnote number, as a JSON array.

    Written straight from a template: 20,000 rows would otherwise each become a dict to sort and encode.
    """
    numbers = {note.passage: note.number for note in briefing.page.footnotes}
    anchored = briefing.anchored
    rows = []
    for file in briefing.content.in_page_order():
        kind, shown = file.kind, encode_basestring(file.shown)
        for key in sorted(citations_of(kind, file.data)):
            passage = anchored[(kind, key)]
            number = numbers.get(passage)  # None when nothing on the page uses the citation
            rows.append(_CITATION % (passage.end, shown, "null" if number is None else number, encode_basestring(key),
                                     encode_basestring(passage.text), encode_basestring(passage.source_id),
                                     passage.start))
    return _Json("[" + ",".join(rows) + "]")


# Content objects are immutable, so each one's JSON is made once: the preview server keeps the
# objects of unchanged files between builds, and then skips most of the file's encoding.
_CONTENT_JSON: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _content_json(data) -> _Json:
    """Return one content file's data as JSON, remembered while the object lives."""
    text = _CONTENT_JSON.get(data)
    if text is None:
        text = _CONTENT_JSON[data] = _Json(_json(data))
    return text


def briefing_json(briefing) -> bytes:
    """Return the whole structured briefing as JSON."""
    data = {kind: _content_json(file.data) for kind, file in briefing.content.files.items()}
    data["anchored_citations"] = _citations_json(briefing)
    return (_json(data) + "\n").encode("utf-8")


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
