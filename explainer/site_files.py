"""Plan the site's file list: every page, asset and data file, as bytes by relative path."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import jinja2

from . import export
from .cache import BuildCache, templates_signature
from .footnotes import footnote_id, source_href
from .parallel import start_source_pages
from .render import render_page
from .source_pages import plan_source_page

ROBOTS = "User-agent: *\nAllow: /\n"


def static_files(static_dir: Path) -> dict[str, bytes]:
    """Return the project's static assets under static/."""
    if not static_dir.is_dir():
        return {}
    return {f"static/{p.relative_to(static_dir).as_posix()}": p.read_bytes()
            for p in sorted(static_dir.rglob("*")) if p.is_file() and not p.name.startswith(".")}


def opinion_footnote_ids(briefing) -> set[str]:
    """Return the footnote ids of passages a caveat marks as the source's own opinion."""
    caveats = briefing.content.get("caveats")
    if caveats is None:
        return set()
    return {footnote_id(briefing.anchored[("caveats", key)])
            for caveat in caveats.caveats if caveat.kind == "opinion" for key in caveat.cite}


def base_url_of(project, briefing) -> str:
    """Return the site's public address with one trailing slash, or '' when none is set."""
    url = project.base_url if project.base_url is not None else briefing.content.briefing.base_url
    return url.rstrip("/") + "/" if url else ""


class SourcePageRenderer:
    """Renders the page of one source; picklable work is just the source id."""

    def __init__(self, env: jinja2.Environment, briefing, opinions: set[str], common: dict):
        self.env = env
        self.briefing = briefing
        self.opinions = opinions
        self.common = common
        self.notes_by_source: dict[str, list] = {}
        self._templates: tuple | None = None
        for note in briefing.page.footnotes:
            self.notes_by_source.setdefault(note.passage.source_id, []).append(note)

    def key(self, source_id: str, templates_dir: Path) -> tuple:
        """Return everything a source's page depends on, to find it in a BuildCache."""
        if self._templates is None:
            self._templates = templates_signature(templates_dir)
        text = self.briefing.sources[source_id]
        source = text.source
        notes = tuple((n.number, n.id, n.id in self.opinions) for n in self.notes_by_source.get(source_id, ()))
        return (source_id, source.file, source.title, source.publisher, source.date, source.url, text.text, notes,
                self.common["header"], self.common["base_url"], self._templates)

    def __call__(self, source_id: str) -> tuple[str, bytes]:
        """Return the site path and bytes of one source's page."""
        notes = self.notes_by_source.get(source_id, [])
        source_page = plan_source_page(self.briefing.sources[source_id], notes, self.opinions)
        path = source_href(source_id)
        return path, render_page(self.env, "source.html", source_page=source_page, root="../", canonical_path=path,
                                 **self.common)


def begin_source_pages(renderer: SourcePageRenderer, project, cache: BuildCache | None) -> Callable[[], dict]:
    """Start rendering the source pages a cache does not already hold; return a function giving all of them."""
    source_ids = sorted(renderer.briefing.sources)
    keys = {source_id: renderer.key(source_id, project.templates) for source_id in source_ids} if cache is not None else {}
    kept = {source_id: cache.page(key) for source_id, key in keys.items()} if cache is not None else {}
    pending = start_source_pages(renderer, [i for i in source_ids if kept.get(i) is None], project.jobs)

    def collect() -> dict[str, bytes]:
        pages = pending()
        pages.update({source_href(source_id): page for source_id, page in kept.items() if page is not None})
        if cache is not None:
            cache.keep_pages({keys[source_id]: pages[source_href(source_id)] for source_id in source_ids})
        return pages

    return collect


def render_all(project, env: jinja2.Environment, briefing, cache: BuildCache | None = None) -> dict[str, bytes]:
    """Return every file of the site; with a cache, source pages whose inputs are unchanged are reused."""
    page = briefing.page
    base_url = base_url_of(project, briefing)
    opinions = opinion_footnote_ids(briefing)
    common = {"header": page.header, "base_url": base_url}
    source_pages = begin_source_pages(SourcePageRenderer(env, briefing, opinions, common), project, cache)
    files = {"index.html": render_page(env, "index.html", page=page, root="", canonical_path="",
                                       json_ld=export.json_ld(briefing, base_url), **common)}
    # GitHub Pages serves 404.html at any depth, so its links must be absolute where they can be.
    files["404.html"] = render_page(env, "404.html", root=base_url, canonical_path="404.html", **common)
    files.update(static_files(project.static))
    files.update(export.data_files(briefing))
    files.update(source_pages())
    files["robots.txt"] = (ROBOTS + (f"Sitemap: {base_url}sitemap.xml\n" if base_url else "")).encode()
    files[".nojekyll"] = b""
    if base_url:
        urls = [base_url + ("" if path == "index.html" else path)
                for path in sorted(files) if path.endswith(".html") and path != "404.html"]
        files["sitemap.xml"] = render_page(env, "sitemap.xml", urls=urls)
    return files
