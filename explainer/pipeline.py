"""The whole build, top to bottom: load -> validate -> anchor -> plan -> render -> write."""

from __future__ import annotations

from dataclasses import dataclass

import jinja2

from . import crosscheck, site_files
from .anchor import SourceIndex, anchor_citations
from .cache import BuildCache
from .footnotes import FootnoteNumbering
from .load import Content, load_content
from .plan import plan_briefing
from .problems import ContentError, Problem
from .project import Project
from .render import make_environment, ref_markup, template_problem
from .sources import SourceText, read_sources
from .views import BriefingPage
from .write import WriteReport, write_site


@dataclass
class Briefing:
    """Everything known once the content is loaded, validated and anchored."""

    content: Content
    sources: dict[str, SourceText]
    anchored: dict
    page: BriefingPage | None = None
    numbering: FootnoteNumbering | None = None


def fail_on(problems: list[Problem]) -> None:
    """Raise ContentError if there is any problem."""
    if problems:
        raise ContentError(problems)


def load_briefing(project: Project, cache: BuildCache | None = None) -> Briefing:
    """Load, validate and anchor the content; raise ContentError with every problem found."""
    content, problems = load_content(project.root, project.content, cache)
    if content is None:
        fail_on(problems)
    briefing_file = content.files["briefing"]
    sources, source_problems = read_sources(project.seeds, content.briefing.sources, briefing_file.shown, cache)
    problems += source_problems + crosscheck.check_content(content)
    if cache is not None:
        cache.keep_only(sources.values())
    index = SourceIndex(sources, cache.normalised if cache is not None else None)
    anchored, anchor_problems = anchor_citations(content, index)
    fail_on(problems + anchor_problems)
    return Briefing(content, sources, anchored)


def plan_and_render(project: Project, briefing: Briefing, cache: BuildCache | None = None) -> dict[str, bytes]:
    """Number the footnotes, plan every page and render the site's files."""
    try:
        env = make_environment(project.templates, project.cache)
        sources = {key: text.source for key, text in briefing.sources.items()}
        briefing.numbering = FootnoteNumbering(briefing.anchored, sources)
        briefing.page, problems = plan_briefing(briefing.content, briefing.numbering, ref_markup(env))
        fail_on(problems)
        return site_files.render_all(project, env, briefing, cache)
    except jinja2.TemplateError as error:
        raise ContentError([template_problem(error, project.templates, project.root)]) from None


def build_site(project: Project) -> dict[str, bytes]:
    """Return every file of the site, or raise ContentError; writes nothing."""
    return plan_and_render(project, load_briefing(project))


def build(project: Project) -> WriteReport:
    """Build the site and swap it into the output folder."""
    return write_site(project.out, build_site(project))
