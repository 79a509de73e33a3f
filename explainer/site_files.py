"""Render stage's file list: every page, asset, feed and data file, as bytes by site path."""

from __future__ import annotations

from . import export, feed
from .footnotes import source_href
from .locale import direction, foreign
from .memo import Deferred, Group, Made, Page, PageMemo, digest_of
from .site_address import lowercase_host
from .source_pages import CitedPassage, plan_source_page, source_meta
from .sources import SourceText
from .superseded import source_versions
from .views import BriefingLink, Outline, PageMeta, SourceBacklink, Versions
from .write import Kept

ROBOTS = "User-agent: *\nAllow: /\n"


def base_url_of(project, site) -> str:
    """Return the site's public address with one trailing slash, or '' when none is set."""
    url = project.base_url if project.base_url is not None else site.content.settings.base_url
    return lowercase_host(url.rstrip("/")) + "/" if url else ""


def render_all(project, pages: PageMemo, site) -> dict[str, bytes]:
    """Return every file of the site."""
    base_url = base_url_of(project, site)
    home = site.home

    def site_meta(title: str) -> PageMeta:
        return PageMeta(title, home.description, home.language, direction(home.language), site.content.settings.title)

    pages.stand_in(site.labels, digest_of(site.labels, site.labels.language))
    for text in site.sources.values():  # by the digest of its library entry and bytes
        pages.stand_in(text, text.key)
    for briefing in site.briefings:  # kept under the digest of everything its plan was made from
        pages.stand_in(briefing, briefing.key)
    # The downloads are made first: the pages linking them give their sizes
    data = pages.make_all([job for briefing in site.briefings for job in data_jobs(briefing, site.sources)])
    index_data = export.briefings_index(site)
    jobs = [Page("index.html", "index.html", lambda: dict(home=home, root="", canonical_path="", base_url=base_url,
                                                           t=site.labels, meta=site_meta(home.title),
                                                           index_size=file_size(site.labels, len(index_data))))]
    for briefing in site.briefings:
        sizes = tuple(size_of(data[f"{briefing.slug}/{path}"]) for path in export.DATA_FILES.values())
        jobs.append(Page(f"{briefing.slug}/index.html", "briefing.html", briefing_page_context,
                         (briefing, (site.content.settings.title, site.labels.language), base_url, sizes)))
    jobs += moved_pages(site, base_url)
    for briefing in site.briefings:  # the source pages read only its outline, unpickled if they are made again
        pages.stand_in(briefing.outlined, briefing.outline_key)
    source_pages = Group("source pages", source_page_jobs,
                         (tuple((briefing.slug, briefing.outlined) for briefing in site.briefings), site.home.footnotes,
                          tuple(text for _, text in sorted(site.sources.items())), site.labels, base_url,
                          site.content.settings.title))
    # GitHub Pages serves 404.html at any depth, so its links must be absolute where they can be.
    jobs.append(Page("404.html", "404.html", lambda: dict(root=base_url or "/", canonical_path="404.html",
                                                          base_url=base_url, t=site.labels,
                                                          meta=site_meta(site.labels["not_found"]))))
    jobs.append(Page("feed.xml", "feed.xml", lambda: dict(feed=feed.plan_feed(site, base_url))))
    jobs.append(Page("feed.html", "feed.html", lambda: feed_page_context(site, base_url, site_meta(site.labels["updates"]))))
    files = {**pages.make_all(jobs, [source_pages]), **data}
    files.update(site.assets)
    files["data/briefings.json"] = index_data
    files["robots.txt"] = (ROBOTS + (f"Sitemap: {base_url}sitemap.xml\n" if base_url else "")).encode()
    files[".nojekyll"] = b""
    if base_url:
        updated = last_updates(site)
        urls = [(base_url + path.removesuffix("index.html"), updated.get(path, ""))
                for path in sorted(files) if path.endswith(".html") and path != "404.html"
                and path.removesuffix("/index.html") not in site.content.settings.moved]  # an address left, no page
        files["sitemap.xml"] = pages.render("sitemap.xml", "sitemap.xml", urls=urls)
    return files


def moved_pages(site, base_url: str) -> list[Page]:
    """Return a page at each former address of a renamed briefing (site.yaml's `moved`), leading to the briefing."""
    headers = {briefing.slug: briefing.header for briefing in site.briefings}
    return [Page(f"{old}/index.html", "moved.html",
                 lambda header=headers[new]: dict(header=header, href=f"../{header.slug}/", base_url=base_url))
            for old, new in sorted(site.content.settings.moved.items())]


def last_updates(site) -> dict[str, str]:
    """Return the day each page was last updated, by site path, as the sitemap's <lastmod> gives it: from the logs,
    never the clock, so the same content gives the same sitemap. A briefing's is its log's latest day; a source page's
    the latest of the briefings citing it (their notes are its marks); the home page's and the feed's the latest of
    all. A page no log dates (a source no briefing cites) has none."""
    updated = {f"{briefing.slug}/index.html": briefing.header.last_updated for briefing in site.briefings}
    for briefing in site.briefings:
        for source_id in briefing.named_sources:
            path = source_href(source_id)
            updated[path] = max(updated.get(path, ""), briefing.header.last_updated)
    if site.briefings:
        updated["index.html"] = updated["feed.html"] = max(b.header.last_updated for b in site.briefings)
    return updated


def feed_page_context(site, base_url: str, meta: PageMeta) -> dict:
    """Return the context of the feed's own page, what a reader clicking "feed" sees."""
    planned = feed.plan_feed(site, base_url)
    # Without a public address the page can name the feed only by its file; the link's own address holds the rest.
    return dict(address=planned.self_href or "feed.xml", entries=feed.shown_entries(planned, site.labels), root="./",
                canonical_path="feed.html", base_url=base_url, t=site.labels, meta=meta)


def data_jobs(briefing, sources: dict) -> list[Made]:
    """Return one briefing's downloads to make, under its slug."""
    # A briefing's data files are made from exactly what its plan was made from (its sources' texts included).
    return [Made(f"{briefing.slug}/{path}", ("data", briefing.key), make)
            for path, make in export.data_files(briefing, sources).items()]


def size_of(file: bytes | Kept) -> int:
    """Return the bytes of a file made, or kept from the last build."""
    return file.size if isinstance(file, Kept) else len(file)


def file_size(labels, size: int) -> str:
    """Return a download's size as a reader is told it before fetching it ("54 kB"), or "" where the locale has no
    words for it (a project's locale written before they were added)."""
    kilobytes = max(1, (size + 500) // 1000)
    return labels["download_size"].format(size=labels.number(kilobytes)) if "download_size" in labels else ""


def briefing_page_context(briefing, site_name: tuple[str, str], base_url: str, sizes: tuple[int, ...]) -> dict:
    """Return a briefing page's template context, made from its arguments alone: they are the page's key
    (`site_name`: the site's title and language; `sizes`: of its downloads, in export.DATA_FILES's order)."""
    page = briefing.page
    header = page.header
    site_title, site_language = site_name
    return dict(page=page, header=header, root="../", canonical_path=f"{briefing.slug}/", base_url=base_url,
                meta=PageMeta(header.title, header.description, header.language, direction(header.language),
                              site_title),
                t=page.labels, json_ld=export.json_ld(briefing, base_url),
                site_foreign=foreign(site_language, header.language),  # the site's title, on a page in another language
                sizes=dict(zip(export.DATA_FILES, (file_size(page.labels, size) for size in sizes))))


def cited_passages(outlines: tuple[tuple[str, Outline], ...], home_footnotes, labels) -> dict[str, list[CitedPassage]]:
    """Return, per source id, every passage any briefing cites, with the notes citing it, briefing by briefing."""
    links: dict = {}
    opinion: set = set()
    before, _, after = labels["back_to_footnote"].partition("{title}")  # around a title marked in its own language
    for slug, outline in outlines:
        opinion.update(outline.opinions)
        title = outline.header.title
        title_foreign = foreign(outline.header.language, labels.language)
        for note in outline.notes:
            number = str(note.number).translate(labels.digits)
            label = labels["back_to_footnote"].format(number=number, title=title)
            links.setdefault(note.passage, []).append(SourceBacklink(
                f"../{slug}/#{note.id}", label, before.format(number=number), title, after.format(number=number),
                title_foreign))
    for note in home_footnotes:
        label = labels["back_to_home_footnote"].format(number=str(note.number).translate(labels.digits))
        links.setdefault(note.passage, []).append(SourceBacklink(f"../#{note.id}", label))
    by_source: dict[str, list[CitedPassage]] = {}
    for passage, backlinks in links.items():
        if passage in opinion:  # shown by a tint alone, which a screen reader does not say: its links back say it
            said = f"{labels.aside[0]}{labels['legend_opinion']}{labels.aside[1]}"
            backlinks = [link._replace(label=link.label + said, after=link.after + said) for link in backlinks]
        by_source.setdefault(passage.source_id, []).append(CitedPassage(passage, passage in opinion, tuple(backlinks)))
    return by_source


def source_page_jobs(outlined: tuple[tuple[str, Deferred], ...], home_footnotes, sources: tuple[SourceText, ...],
                     labels, base_url: str, site_title: str) -> list[Page]:
    """Return one page per source of the library to render, marking what every briefing cites.

    Made from its arguments alone: they are the key of all the source pages together (a group).
    """
    outlines = tuple((slug, outline.get()) for slug, outline in outlined)
    by_source = cited_passages(outlines, home_footnotes, labels)
    citing: dict[str, list[BriefingLink]] = {}
    for slug, outline in outlines:
        link = BriefingLink(slug, outline.header.title, f"../{slug}/", foreign(outline.header.language, labels.language))
        for source_id in outline.source_ids:
            citing.setdefault(source_id, []).append(link)
    # the home page's about text cites passages too: its notes were linked back from the passages, but "Cited by"
    # left it out, and a source only it cites said no briefing did
    about = BriefingLink("", labels["about"], "../#about")
    for source_id in dict.fromkeys(note.passage.source_id for note in home_footnotes):
        citing.setdefault(source_id, []).append(about)
    versions = source_versions(sources, labels)
    return [Page(source_href(text.source.id), "source.html", source_page_context,
                 (text, by_source.get(text.source.id, []), tuple(citing.get(text.source.id, ())),
                  versions.get(text.source.id, Versions()), labels, base_url, site_title))
            for text in sources]


def source_page_context(text, cited: list[CitedPassage], citing: tuple[BriefingLink, ...],
                        versions: Versions, labels, base_url: str, site_title: str) -> dict:
    """Return a source page's template context, made from its arguments alone: they are the page's key."""
    return dict(source_page=plan_source_page(text, cited, citing, labels, versions), root="../",
                canonical_path=source_href(text.source.id), base_url=base_url, t=labels,
                meta=source_meta(text, citing, labels, site_title, versions),
                text_direction=direction(text.source.language))
