"""Render stage's file list: every page, asset, feed and data file, as bytes by site path."""

from __future__ import annotations

from . import export, feed
from .footnotes import source_href
from .locale import direction
from .memo import PageMemo
from .source_pages import CitedPassage, plan_source_page
from .views import BriefingLink, PageMeta

ROBOTS = "User-agent: *\nAllow: /\n"


def base_url_of(project, site) -> str:
    """Return the site's public address with one trailing slash, or '' when none is set."""
    url = project.base_url if project.base_url is not None else site.content.settings.base_url
    return url.rstrip("/") + "/" if url else ""


def render_all(project, pages: PageMemo, site) -> dict[str, bytes]:
    """Return every file of the site."""
    base_url = base_url_of(project, site)
    home = site.home

    def site_meta(title: str) -> PageMeta:
        return PageMeta(title, home.description, home.language, direction(home.language), site.content.settings.title)

    files = {"index.html": pages.render("index.html", "index.html", home=home, root="", canonical_path="",
                                        base_url=base_url, t=site.labels, meta=site_meta(home.title))}
    for briefing in site.briefings:
        files.update(briefing_files(pages, briefing, site.content.settings.title, base_url))
    files.update(source_pages(pages, site, base_url))
    # GitHub Pages serves 404.html at any depth, so its links must be absolute where they can be.
    files["404.html"] = pages.render("404.html", "404.html", root=base_url or "/", canonical_path="404.html",
                                     base_url=base_url, t=site.labels, meta=site_meta(site.labels["not_found"]))
    files.update(site.assets)
    files["data/briefings.json"] = export.briefings_index(site)
    files["feed.xml"] = pages.render("feed.xml", "feed.xml", feed=feed.plan_feed(site, base_url))
    files["robots.txt"] = (ROBOTS + (f"Sitemap: {base_url}sitemap.xml\n" if base_url else "")).encode()
    files[".nojekyll"] = b""
    if base_url:
        urls = [base_url + path.removesuffix("index.html")
                for path in sorted(files) if path.endswith(".html") and path != "404.html"]
        files["sitemap.xml"] = pages.render("sitemap.xml", "sitemap.xml", urls=urls)
    return files


def briefing_files(pages: PageMemo, briefing, site_title: str, base_url: str) -> dict[str, bytes]:
    """Return one briefing's page and downloads, under its slug."""
    page = briefing.page
    header = page.header
    meta = PageMeta(header.title, header.description, header.language, direction(header.language), site_title)
    path = f"{briefing.slug}/index.html"
    files = {path: pages.render(
        path, "briefing.html", page=page, header=header, root="../", canonical_path=f"{briefing.slug}/",
        base_url=base_url, meta=meta, t=page.labels, json_ld=export.json_ld(briefing, base_url))}
    # A briefing's data files are made from exactly what its plan was made from.
    files.update({f"{briefing.slug}/{path}": pages.made(f"{briefing.slug}/{path}", ("data", briefing.key), make)
                  for path, make in export.data_files(briefing).items()})
    return files


def opinion_passages(briefing) -> set:
    """Return the passages a briefing's caveats mark as the source's own opinion."""
    caveats = briefing.content.get("caveats")
    if caveats is None:
        return set()
    return {briefing.anchored[key] for caveat in caveats.caveats if caveat.kind == "opinion"
            for key in caveat.cite if key in briefing.anchored}


def cited_passages(site) -> dict[str, list[CitedPassage]]:
    """Return, per source id, every passage any briefing cites, with the notes citing it, briefing by briefing."""
    links: dict = {}
    opinion: set = set()
    labels = site.labels
    for briefing in site.briefings:
        opinion |= opinion_passages(briefing)
        for note in briefing.page.footnotes:
            label = labels["back_to_footnote"].format(number=note.number, title=f"“{briefing.page.header.title}”")
            links.setdefault(note.passage, []).append((f"../{briefing.slug}/#{note.id}", label))
    for note in site.home.footnotes:
        label = labels["back_to_home_footnote"].format(number=note.number)
        links.setdefault(note.passage, []).append((f"../#{note.id}", label))
    by_source: dict[str, list[CitedPassage]] = {}
    for passage, backlinks in links.items():
        by_source.setdefault(passage.source_id, []).append(CitedPassage(passage, passage in opinion, tuple(backlinks)))
    return by_source


def source_pages(pages: PageMemo, site, base_url: str) -> dict[str, bytes]:
    """Return one page per source of the library, marking what every briefing cites."""
    by_source = cited_passages(site)
    citing: dict[str, list[BriefingLink]] = {}
    for briefing in site.briefings:
        for link in briefing.page.sources:
            citing.setdefault(link.source.id, []).append(
                BriefingLink(briefing.slug, briefing.page.header.title, f"../{briefing.slug}/"))
    settings = site.content.settings
    files = {}
    for source_id, text in sorted(site.sources.items()):
        source_page = plan_source_page(text, by_source.get(source_id, []), tuple(citing.get(source_id, ())),
                                       site.labels)
        meta = PageMeta(text.source.title, site.labels["legend"], site.labels.language, site.labels.direction,
                        settings.title)
        path = source_href(source_id)
        files[path] = pages.render(path, "source.html", source_page=source_page, root="../", canonical_path=path,
                                   base_url=base_url, meta=meta, t=site.labels,
                                   text_direction=direction(text.source.language))
    return files

