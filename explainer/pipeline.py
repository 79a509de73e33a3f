"""The whole build, top to bottom: load (read -> validate -> anchor -> plan), then render -> write.

`load` does everything that can fail on content and returns a checked, frozen Site;
`render` turns that Site into the site's files and can fail only on a template.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Callable, NamedTuple

import jinja2

from . import crosscheck, site_files, windows_names
from .aside import pages_aside
from .anchor import Passage, SourceIndex, anchor_citations, citation_definitions
from .filedigests import FileDigests
from .former_addresses import former_address_problems
from .site_address import site_address_problems, source_link_problems
from .fragments import FoldedText, text_fragment
from .home import plan_home
from .integrity import changed_sources, integrity_problems
from .load import Content, SiteContent, load_site_content
from .log_dates import far_log_dates
from .checked import KeptFindings
from .memo import Blobs, Deferred, PackMemo, PageMemo, Saves, code_digest, digest_of
from .numbers import reading_key
from .records import record
from .written_in import read_in_another_language
from .locale import Labels, base_language, labels_for, load_locales, read_as_written
from .frame_words import misread_labels, stated_in_labels
from .plan import opinion_passages, plan_briefing
from .problems import ContentError, Problem, display_path, printable
from .safefs import FileRefused, names_under, not_a_folder, only_regular_files, read_regular, regular_files
from .project import Project
from .reading_caches import forget_readings
from .render import SiteBound, make_environment, template_problem
from .source_titles import source_title_problems
from .sources import SourceText, entry_key, read_sources
from .views import BriefingPage, Header, HomePage, Outline, outline_of
from .write import Kept, WriteReport, write_site


MAX_ASSET_BYTES = 32 * 1024 * 1024
# A static file (a video, an archive) cannot be split into pieces a page uses: "split it into smaller files" was no help.
ASSET_TOO_LARGE = "make it smaller (compress it), or publish it elsewhere and link to it"
# All of static/ is read into memory: 60 videos of 30 MB, each under the limit above, were a MemoryError traceback
# where memory was short, and 200 of them would fill a laptop's. The real microsite's static/ holds 60 KB.
MAX_STATIC_BYTES = 256 * 1024 * 1024


@record
class Briefing:
    """One briefing, loaded, anchored and planned."""

    content: Content
    kept_passages: Deferred  # its anchored passages: unpickled only if something of it is made again
    header: Header  # what the home page and the feed show of it
    outlined: Deferred  # what the source pages show of it: unpickled only if they are made again
    outline_key: str  # a digest of the outline: unchanged by an edit that changes none of it
    plan: Deferred  # its page's view: a kept one is unpickled only if a page made from it is made again
    key: str  # a digest of everything its plan was made from (content bytes, passages, sources, labels, code)
    named_sources: tuple[str, ...] = ()  # the ids of the sources its citations name (the sitemap dates their pages)

    @property
    def slug(self) -> str:
        return self.content.slug

    @property
    def anchored(self) -> dict[str, Passage]:
        return self.kept_passages.get()

    @property
    def outline(self) -> Outline:
        return self.outlined.get()

    @property
    def page(self) -> BriefingPage:
        return self.plan.get()


@record
class Site:
    """The whole microsite, every content rule checked: what rendering starts from."""

    content: SiteContent
    sources: dict[str, SourceText]
    briefings: tuple[Briefing, ...]
    home: HomePage
    labels: Labels  # the site's own language: home page, source pages, feed
    assets: dict[str, bytes]  # static/ files by site path


def fail_on(problems: list[Problem]) -> None:
    """Raise ContentError if there is any problem."""
    if problems:
        raise ContentError(problems)


def load(project: Project, saves: Saves | None = None) -> Site:
    """Read, validate, anchor and plan all content; raise ContentError with every problem found. What is kept for
    the next build is saved as each stage ends, or given to `saves`."""
    saves = saves or Saves()
    memo = PackMemo(project.cache / "content")
    read = FileDigests(project.cache / "digests" / "content", code=code_digest())
    content, problems = load_site_content(project.root, project.content, memo, read)
    locales, locale_problems = load_locales(project.root, memo)  # parsed, like content files, once per edit
    entries = library_entries(content, memo)
    saves.add(memo, read)
    if content is None:
        fail_on(problems)
    read_as_written(locales)  # before any check reads a figure or date
    seen = FileDigests(project.cache / "digests" / "seeds", code=code_digest())  # a seed is checked as it is read
    sources, source_problems = read_sources(project.seeds, content.sources, content.library.shown, seen, entries)
    saves.add(seen)
    # A locale's faults come first, alone: without it a language's figures and dates are misread, and the checks'
    # errors ("`date` is derived but `date_basis` is missing" for "14. Februar 2024") would not say why.
    unread = locale_problems or stated_in_labels(locales) or missing_locales(content, locales)
    if unread:
        fail_on(problems + unread + source_problems)
    anchors = PackMemo(project.cache / "anchors")  # what anchoring and the cross-file checks found, per briefing
    problems += source_problems + cross_check(content, anchors)
    problems += source_title_problems(sources, content.library.shown, anchors)
    index = SourceIndex(sources)
    library = {source.id: source for source in content.sources}
    anchored_briefings, (site_definitions, site_anchored), found = anchor_briefings(content, index, anchors)
    saves.add(anchors)
    problems += found
    changed = changed_sources(content.sources, sources)
    if changed:
        problems += integrity_problems(project, content.library, changed, anchored_briefings, sources)
    fail_on(problems)
    site_labels, found = site_labels_of(content, locales)
    fail_on(problems + found)
    kept = Planned(PackMemo(project.cache / "plans"), Blobs(project.cache / "views"),
                   PackMemo(project.cache / "findings"))
    fragment_of = fragments_into(sources)
    briefings, found = plan_briefings(anchored_briefings, sources, library, locales, site_labels, kept, fragment_of)
    saves.add(*kept)
    problems += found
    home, found = plan_home(content, site_definitions, site_anchored, library, [b.header for b in briefings],
                            site_labels, fragment_of, lambda: [p for b in briefings for p in b.anchored.values()])
    assets, found_assets = static_assets(project)
    failed = problems + found + found_assets + template_files_problems(project)
    fail_on(read_in_another_language(content) + failed if failed else [])  # why a dozen figures were misread
    return Site(content, sources, tuple(briefings), home, site_labels, assets)


def library_entries(content: SiteContent | None, memo: PackMemo) -> tuple[str, ...]:
    """Return each library source's entry_key, in library order: made again only when sources.yaml changes
    (4,000 digests cost a rebuild 25 ms)."""
    if content is None:
        return ()
    return memo.get_or_make(digest_of("library entries", code_digest(), content.library.digest),
                            lambda: tuple(entry_key(source) for source in content.sources))


def cross_check(content: SiteContent, memo: PackMemo) -> list[Problem]:
    """Return the problems across items: the library's, checked again only when sources.yaml changed, and each
    briefing's, checked again only when its files, the site's language or how its language is read changed; the
    logs' dates against each other, again only when a briefing.yaml changed; site.yaml's `moved`, when it or the
    briefings' folders changed.
    (A file's digest stands for its bytes and our code.)"""
    problems = [*memo.get_or_make(digest_of("library check", content.library.digest),  # 8 ms at 4,000 sources
                                  lambda: crosscheck.check_library(content))]  # a copy: what the memo gives is shared
    logs = [briefing.files["briefing"].digest for briefing in content.briefings]  # dates across the whole site
    problems += memo.get_or_make(digest_of("log dates", logs), lambda: far_log_dates(content))
    slugs = [briefing.slug for briefing in content.briefings]
    problems += memo.get_or_make(digest_of("former addresses", content.site.digest, slugs),
                                 lambda: former_address_problems(content))
    problems += site_address_problems(content.settings, content.site.shown)  # base_url leading where it reads
    problems += source_link_problems(content.sources, content.library.shown)  # and each source's link
    language = content.settings.language
    for briefing in content.briefings:
        key = digest_of("cross-check", [file.digest for file in briefing.in_page_order()], language, reading_key())
        problems += memo.get_or_make(key, lambda: crosscheck.check_briefing(briefing, language))
    return problems


class Anchored(NamedTuple):
    """A briefing's content with its citations anchored (kept ones unpickled only when first read)."""

    content: Content
    kept_definitions: Deferred
    kept_passages: Deferred
    key: str  # a digest of everything the passages were found from: content bytes, library ids, source texts, code
    named: tuple[str, ...]  # the sources its citations name (all of them anchored once `load` goes on)

    @property
    def definitions(self) -> dict:
        return self.kept_definitions.get()

    @property
    def passages(self) -> dict[str, Passage]:
        return self.kept_passages.get()


def anchor_briefings(content: SiteContent, index: SourceIndex, memo: PackMemo | None = None
                     ) -> tuple[list[Anchored], tuple[dict, dict[str, Passage]], list[Problem]]:
    """Return every briefing with its citations anchored, site.yaml's (definitions, passages), and the problems found.

    A briefing (or site.yaml) is anchored again only when its files, or the text of a source it
    names, or whether the library has that source, changed since a build; the library's other
    ids count only for files naming a source the library lacks (the problem lists them). The
    memo's key is all of these, and our code: a source added to the library re-anchors nothing.
    """
    memo = memo or PackMemo(None)
    library = sorted(source.id for source in content.sources)
    known = set(library)
    every_id = digest_of(library)  # once, not in each briefing's key
    readable = {name: (name, True, text.sha256) for name, text in index.sources.items()}  # once, not per name

    def key_of(files: list, named: tuple[str, ...]) -> str:
        return digest_of(code_digest(), [(file.kind, file.digest) for file in files],
                         [readable[name] if name in readable else (name, name in known, None) for name in named],
                         every_id if not known.issuperset(named) else None)

    def anchored_with_problems(definitions: Deferred) -> tuple[Deferred, list[Problem]]:
        passages, found = anchor_citations(definitions.get(), index, known)
        return Deferred(passages), found

    groups = [briefing.in_page_order() for briefing in content.briefings] + [[content.site]]
    defined = [definitions_of(files, memo) for files in groups]
    keys = [key_of(files, named) for files, (_, _, named) in zip(groups, defined)]
    memo.make_missing([(key, definitions) for key, (definitions, _, _) in zip(keys, defined)], anchored_with_problems)
    anchored, problems = [], []
    for briefing, key, (definitions, found, named) in zip([*content.briefings, None], keys, defined):
        passages, anchor_problems = memo.get(key)  # site.yaml's group, the last, is no briefing
        problems += found + anchor_problems
        anchored.append(Anchored(briefing, definitions, passages, key, named))
    *briefings, site = anchored
    return briefings, (site.definitions, site.passages), problems


def definitions_of(files: list, memo: PackMemo) -> tuple[Deferred, list[Problem], tuple[str, ...]]:
    """Return citation_definitions(files), and the sources they name, kept by the files' digests: most
    rebuilds read no briefing's files, and unpickle only the definitions of what they anchor or plan again."""
    def made() -> tuple[Deferred, list[Problem], tuple[str, ...]]:
        definitions, problems = citation_definitions(files)
        return Deferred(definitions), problems, tuple(sorted({citation.source for _, citation in definitions.values()}))

    return memo.get_or_make(digest_of("definitions", [file.digest for file in files]), made)


class Planned(NamedTuple):
    """What plans are kept in between builds."""

    plans: PackMemo  # each briefing's header, outline and problems, by its plan's key
    views: Blobs  # each briefing's page view, by its plan's key
    findings: PackMemo  # the sentence checks' findings of each briefing's last plan (checked.KeptFindings)


def plan_briefings(anchored_briefings: list[Anchored], sources: dict[str, SourceText], library: dict,
                   locales: dict, site_labels: Labels, kept: Planned,
                   fragment_of) -> tuple[list[Briefing], list[Problem]]:
    """Plan every briefing's page; a briefing whose inputs are all unchanged since a build is not planned again.

    A plan's key is everything planning reads: the briefing's content, its anchored passages (by
    the key they were found under), the metadata and text of the sources they are in, its
    labels, and our code. A briefing planned again runs only the sentence checks its last plan
    did not run on the same arguments (kept by its slug, how figures are read and our code).
    """
    plans, views = kept.plans, kept.views
    problems, keyed = [], []
    source_keys = {name: text.key for name, text in sources.items()}  # once, not per briefing naming them
    for anchored in anchored_briefings:
        briefing = anchored.content
        labels, found = briefing_labels(briefing, locales, site_labels)
        problems += found
        if labels is None:
            continue
        files = [(file.kind, file.digest) for file in briefing.in_page_order()]  # a file's digest is its bytes
        key = digest_of(code_digest(), briefing.slug, files, anchored.key,
                        [source_keys[i] for i in anchored.named if i in source_keys], labels, labels.language,
                        reading_key())
        keyed.append((key, anchored, labels, digest_of("findings", code_digest(), briefing.slug, reading_key())))

    def plan(item: tuple) -> tuple:
        anchored, labels, findings_key = item
        briefing = anchored.content
        findings = KeptFindings(kept.findings.get(findings_key))
        page, found = plan_briefing(briefing, anchored.definitions, anchored.passages, library, labels, fragment_of,
                                    lambda source_id: sources[source_id].text, findings)
        outline = outline_of(page, opinion_passages(briefing, anchored.passages))
        return outline.header, Deferred(outline), digest_of(outline), found, Deferred(page), findings.used

    plans.make_missing([(key, item) for key, *item in keyed], plan)
    briefings = []
    for key, *item in keyed:
        header, outlined, outline_key, found, *made = plans.get(key)
        findings_key = item[-1]
        if made:  # planned in this build: its page goes to a file of its own, read only when it is rendered
            page, findings = made
            views.put(key, page)
            plans.put(key, (header, outlined, outline_key, found))
            kept.findings.put(findings_key, findings)
        else:
            kept.findings.keep(findings_key)
            page = views.lazy(key, lambda item=tuple(item): plan(item)[4].get())
        problems += found
        briefings.append(Briefing(item[0].content, item[0].kept_passages, header, outlined, outline_key, page, key,
                                  item[0].named))
    return briefings, problems


def static_assets(project: Project) -> tuple[dict[str, bytes], list[Problem]]:
    """Return the files under static/ by site path; only regular files inside the project, never links out.
    Without the folder every page links to a style sheet and script the site lacks: refused, as an unstyled site
    published without a word was (a new project made with content/ and seeds/ only)."""
    if kind := not_a_folder(project.static):
        return {}, [Problem("static", 0, f"is {kind}, not a folder", "replace it with the static/ folder of the "
                            "explainer's repository")]
    if not project.static.is_dir():
        return {}, [Problem("static", 0, "the folder is missing, and every page links to its style sheet, script and "
                            "icon (static/style.css, static/preview.js, static/favicon.svg)",
                            "copy the static/ folder of the explainer's repository into the project")]
    try:
        paths = regular_files(project.static, project.root)
        names = names_under(project.static, paths)
        if misnamed := misnamed_assets(project, paths, names):
            return {}, misnamed
        assets, held = {}, 0
        for number, (path, name) in enumerate(zip(paths, names), 1):
            data = read_regular(path, project.root, MAX_ASSET_BYTES, display_path(path, project.root),
                                ASSET_TOO_LARGE)
            held += len(data)
            if held > MAX_STATIC_BYTES:
                return {}, [too_much_static(number, len(paths))]
            assets[f"static/{name}"] = data
        return assets, []
    except FileRefused as error:
        return {}, error.problems


def too_much_static(read: int, files: int) -> Problem:
    """Return the problem of a static/ holding more than a build keeps in memory."""
    return Problem("static", 0, f"its files hold over {MAX_STATIC_BYTES >> 20:,} MiB (the first {read:,} of its "
                   f"{files:,}), and a build holds them all in memory", "keep large media out of static/: publish "
                   "them elsewhere and link to them")


def misnamed_assets(project: Project, paths: list[Path], names: list[str]) -> list[Problem]:
    """Return a problem for each static/ file whose name is not plain text: bytes that are not UTF-8, a newline,
    a control or direction character. Such a name stopped the writer with a traceback (its list of the site's
    files is UTF-8, one name a line), and would show otherwise than it is in every address of it. And
    named_alike's: both such files were published; and windows_names' (`aux/`, `12:30.png`). `names`: each path's
    name under static/."""
    problems = [Problem(display_path(path, project.root), 0, "the file name is not plain text (it holds bytes that "
                        "are not UTF-8, or a control or direction character)", "rename the file")
                for path, name in zip(paths, names) if printable(name) != name]
    return (problems + named_alike(project, project.static, names)
            + windows_names.refused_names(display_path(project.static, project.root),
                                          [name for name in names if printable(name) == name]))


def named_alike(project: Project, folder: Path, names: list[str]) -> list[Problem]:
    """Return a problem for each file under `folder` (`names` relative to it, as `names_under` gives) named as another
    but for letter case, or for an accent stored composed or decomposed, which a checkout on macOS (or for letter case,
    Windows) holds as one file."""
    top = display_path(folder, project.root)
    problems = []
    for name, first in crosscheck.case_twins(sorted(names), lambda name: name):
        if unicodedata.normalize("NFC", name) != unicodedata.normalize("NFC", first):
            problems.append(Problem(display_path(folder / name, project.root), 0, f"the name differs from "
                                    f"{top}/{first}'s only in letter case, and a checkout on macOS or Windows holds "
                                    "one file for both",
                                    "rename one of the two files"))
        else:  # the two names look alike: the decomposed accent is shown as its escape
            problems.append(Problem(f"{top}/{marks_shown(name)}", 0, f"the name differs from {top}/"
                                    f"{marks_shown(first)}'s only in how an accent is stored (composed or decomposed), "
                                    "and a checkout on macOS holds one file for both", "rename one of the two files"))
    return problems


def marks_shown(name: str) -> str:
    """Return `name` with each combining mark written as its escape (`cafe\\u0301.css`)."""
    return "".join(f"\\u{ord(char):04x}" if unicodedata.combining(char) else char for char in name)


def template_files_problems(project: Project) -> list[Problem]:
    """Return problems with templates/ entries Jinja would follow: links out of the project, pipes, devices; or
    with the folder itself missing, which rendering named as "template 'index.html' not found"."""
    if kind := not_a_folder(project.templates):
        return [Problem("templates", 0, f"is {kind}, not a folder", "replace it with the templates/ folder of the "
                        "explainer's repository")]
    if not project.templates.is_dir():
        return [Problem("templates", 0, "the folder is missing: the pages are made from its templates",
                        "copy the templates/ folder of the explainer's repository into the project")]
    try:
        paths = only_regular_files(project.templates, project.root)
    except FileRefused as error:
        return error.problems
    # Two named alike: on macOS one of them is checked out in place of both, and its pages are made otherwise.
    names = names_under(project.templates, paths)
    return (named_alike(project, project.templates, names)
            + windows_names.refused_names(display_path(project.templates, project.root), names))


def fragments_into(sources: dict[str, SourceText]):
    """Return a function giving each passage's Text Fragment into its original ("" where none is unambiguous)."""
    found: dict[Passage, str] = {}
    folded: dict[str, FoldedText] = {}  # each source folded once, however many passages it has

    def fragment_of(passage: Passage) -> str:
        if passage not in found:
            text = sources[passage.source_id].text
            if passage.source_id not in folded:
                folded[passage.source_id] = FoldedText(text)
            found[passage] = text_fragment(text, passage.start, passage.end, folded[passage.source_id]) or ""
        return found[passage]

    return fragment_of


def site_labels_of(content: SiteContent, locales: dict[str, Labels]) -> tuple[Labels | None, list[Problem]]:
    """Return the labels of the site's own language (home page, source pages, feed)."""
    settings = content.settings
    return labels_for(locales, settings.language, {}, content.site.shown, settings.line_of("language"), {})


def missing_locales(content: SiteContent, locales: dict[str, Labels]) -> list[Problem]:
    """Name each briefing whose language has no locale, with the first checks: without one its figures
    and dates ("14. Januar 2026") are misread, and the errors that follow would not say why."""
    problems = [] if base_language(content.settings.language) in locales else site_labels_of(content, locales)[1]
    for briefing in content.briefings:  # one that sets no language takes the site's, named once on its own line
        language = briefing.briefing.language
        if language and base_language(language) not in locales:
            problems += labels_for(locales, language, {}, briefing.files["briefing"].shown,
                                   briefing.briefing.line_of("language"), {})[1]
    return problems


def briefing_labels(content: Content, locales: dict[str, Labels], site_labels: Labels):
    """Return the labels of a briefing's language (the site's when it sets none) with its overrides."""
    briefing = content.briefing
    labels, problems = labels_for(locales, briefing.language or site_labels.language, briefing.labels,
                                  content.files["briefing"].shown, briefing.line_of("language"),
                                  {key: briefing.lines.get(f"labels.{key}", briefing.line_of("labels"))
                                   for key in briefing.labels})
    if labels is not None and briefing.labels:  # "thousands: O" written over the locale's
        lines = {key: briefing.lines.get(f"labels.{key}", briefing.line_of("labels"))
                 for key in ("months", "date", "thousands", "decimal")}
        problems = misread_labels(labels, content.files["briefing"].shown, lines)
        labels = None if problems else labels
    return labels, problems


def render(project: Project, site: Site, saves: Saves | None = None, aside: Path | None = None
           ) -> dict[str, bytes | Kept]:
    """Return every file of the site, those made as the last build made them `Kept`; fails only on a template error.
    The pages' index is saved, or given to `saves`. Pages made in workers are written into `aside`, if given
    (explainer/aside.py), and are `Kept` too."""
    try:
        env = make_environment(project.templates, project.cache / "templates")
        bound = SiteBound(project.seeds, project.templates, project.root)
        pages = PageMemo(env, project.cache / "pages", project.out,
                         lambda error: template_problem(error, project.templates, project.root), aside, bound)
        files = site_files.render_all(project, pages, site)
    except jinja2.TemplateError as error:
        raise ContentError([template_problem(error, project.templates, project.root)]) from None
    fail_on(bound.problems(pages.written))
    (saves or Saves()).add(pages.index)
    return files


def build_site(project: Project) -> dict[str, bytes]:
    """Return every file of the site as bytes, or raise ContentError; writes nothing."""
    return {path: data if isinstance(data, bytes) else last_built(project.out, path, data)
            for path, data in render(project, load(project)).items()}


def last_built(site: Path, path: str, kept: Kept) -> bytes:
    """Return the bytes of a kept file: the last built site's if it still holds them, else made again."""
    try:
        data = read_regular(site / path, site, kept.size, path)
    except FileRefused:
        return kept.make()
    return data if kept.held_by(data) else kept.make()


def build(project: Project, written: Callable[[WriteReport], None] | None = None) -> WriteReport:
    """Load, render and write the site into the output folder, all or nothing; then save what the next build
    reuses. `written` is given the report as soon as the new site is in place, before that (the preview
    server's reload does not wait for the cache)."""
    saves = Saves(deferred=True)
    try:
        site = load(project, saves)
        forget_readings(len(site.content.sources))  # before the render's pages and workers: they serve the load alone
        with pages_aside(project.out) as aside:
            files = render(project, site, saves, aside)
            linked = FileDigests(project.cache / "digests" / "site", relinked=True)
            report = write_site(project.out, files, linked, spare=project.cache / "spare-site")
        saves.add(linked)
        if written is not None:
            written(report)
    finally:  # a failed build keeps what its stages made, as each stage's own save did
        saves.run()
    return report
