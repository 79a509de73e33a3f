"""The page the dev server shows in place of the briefing while the build fails.

It is rendered from a template inside this package, never from the project's templates/,
because a broken template is one of the mistakes it has to show.
"""

from __future__ import annotations

import errno
import html
import os
from dataclasses import dataclass
from pathlib import Path

import jinja2
from markupsafe import Markup, escape

from .locale import CUT_LABEL, Labels, foreign
from .preview_words import english, with_code
from .problems import Problem, display_path, printable
from .safefs import FileRefused, read_regular

# What an OSError means for the file it names, said the way the error page says everything else.
OS_PROBLEMS = {
    errno.EISDIR: ("is a folder, not a file", "put the file back, or move the folder out of the project"),
    errno.ENOTDIR: ("is inside a file, not a folder", "a folder on this path was replaced by a file; put it back"),
    errno.ENOENT: ("disappeared while the site was being built", "save it again"),
    errno.EACCES: ("cannot be read: permission denied", "check the file's permissions"),
}
CONTEXT_LINES = 3  # lines shown above and below the offending one
MAX_EXCERPTS = 20  # problems beyond this are listed without the file's lines
MAX_FILE_BYTES = 8 * 1024 * 1024
# Characters of a file's line the page shows: a content file of one line of 7 MB that YAML cannot read was shown
# whole, a page of 7 MB sent to every open tab (and held whole by each client that stalls).
MAX_SHOWN_LINE = 2000

_TEMPLATES = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).resolve().parent),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)


@dataclass(frozen=True)
class ExcerptLine:
    """One numbered line of a file shown under a problem."""

    number: int
    text: str
    offending: bool
    left_out: int = 0  # characters of the line past MAX_SHOWN_LINE, not shown


@dataclass(frozen=True)
class ShownProblem:
    """A problem as the error page lays it out."""

    where: str
    message: str
    hint: str
    column: int
    excerpt: tuple[ExcerptLine, ...]


def excerpt(root: Path, problem: Problem, context: int = CONTEXT_LINES) -> tuple[ExcerptLine, ...]:
    """Return the lines around the problem's line, or () when there is nothing to show."""
    if problem.line <= 0:
        return ()
    if Path(problem.file).is_absolute():  # a file of ours (a built-in locale), not the project's
        return _excerpt_lines(Path(problem.file), problem, context)
    # A file of the project is read as the build reads it: one swapped since for a link out of the project
    # (to ~/.ssh/id_rsa) had its lines shown, to anyone reaching a preview shared on the network.
    try:
        data = read_regular(root / problem.file, root, MAX_FILE_BYTES, problem.file)
    except FileRefused:
        return ()
    return _lines_around(data.decode("utf-8", errors="replace").splitlines(), problem, context)


def _excerpt_lines(path: Path, problem: Problem, context: int) -> tuple[ExcerptLine, ...]:
    """Return the lines around the problem's line in a file of ours."""
    try:
        if not path.is_file() or path.stat().st_size > MAX_FILE_BYTES:
            return ()
        lines = path.read_bytes().decode("utf-8", errors="replace").splitlines()
    except OSError:
        return ()
    return _lines_around(lines, problem, context)


def _lines_around(lines: list[str], problem: Problem, context: int) -> tuple[ExcerptLine, ...]:
    """Return the lines around the problem's line, or () if the file has no such line."""
    if problem.line > len(lines) + 1:
        return ()
    first = max(1, problem.line - context)
    last = min(len(lines), problem.line + context)
    shown = [shown_line(n, lines[n - 1], n == problem.line) for n in range(first, last + 1)]
    if problem.line == len(lines) + 1:  # YAML reports an unexpected end of file one past the last line
        shown.append(ExcerptLine(problem.line, "", True))
    return tuple(shown)


def shown_line(number: int, line: str, offending: bool) -> ExcerptLine:
    """Return a file's line as the page shows it: its first MAX_SHOWN_LINE characters, tabs expanded (at most four
    times as many), and how many more it has."""
    return ExcerptLine(number, line[:MAX_SHOWN_LINE].expandtabs(4), offending, max(0, len(line) - MAX_SHOWN_LINE))


def location(problem: Problem) -> str:
    """Return `file:line:column`, leaving out what is not known."""
    where = problem.file
    if problem.line:
        where += f":{problem.line}" + (f":{problem.column}" if problem.column else "")
    return where


def shown_problems(root: Path, problems: list[Problem]) -> list[ShownProblem]:
    """Return the problems with the file lines that explain them."""
    return [ShownProblem(location(p), p.message, p.hint, _caret_column(p),
                         excerpt(root, p) if index < MAX_EXCERPTS else ())
            for index, p in enumerate(problems)]


def _caret_column(problem: Problem) -> int:
    """Return the column the page's caret points at, 0 (none) past what it shows of the line: a column of millions
    was as many spaces before the caret."""
    return problem.column if 0 < problem.column <= MAX_SHOWN_LINE + 1 else 0


def render_error_page(root: Path, problems: list[Problem], out_name: str = "site", kept: bool = True,
                      labels: Labels | None = None) -> bytes:
    """Return the HTML page listing every problem, with the offending lines of each file.

    `kept` says whether the output folder holds a good build (a first build that fails has none). The page speaks
    `labels`' language (English without them); the problems are shown as the build printed them, in English.
    """
    labels = labels or english()
    try:
        template = _TEMPLATES.get_template("error_page.html")
    except (OSError, jinja2.TemplateError) as error:  # e.g. a package installed without its template
        return plain_error_page(problems, f"{type(error).__name__}: {error}")
    lede = with_code(labels, "preview_kept" if kept else "preview_none_kept", folder=f"{out_name}/")
    return template.render(problems=shown_problems(root, problems), lang=labels.language, dir=labels.direction,
                           english=foreign("en", labels.language),
                           title=labels["preview_failed_title"].format(where=location(problems[0]) if problems else "?"),
                           heading=labels.counted("preview_failed_one" if len(problems) == 1 else "preview_failed_many",
                                                  len(problems)),
                           lede=lede, fix=labels["preview_fix"], **_cut_words(labels)).encode("utf-8")


def _cut_words(labels: Labels) -> dict:
    """Return the page's note of a cut line (`cut(count)`) and the lang and dir its words need: the site's
    language where its locale words it, else English's, marked as English (the note was English on every page)."""
    words = labels if isinstance(labels.get(CUT_LABEL), str) else english()
    return {"cut": lambda count: words.counted(CUT_LABEL, count), "cut_in": foreign(words.language, labels.language),
            "cut_dir": words.direction}


def plain_error_page(problems: list[Problem], why: str) -> bytes:
    """Return a bare page listing the problems, for when the error page's template is missing."""
    listed = "\n".join(html.escape(str(problem)) for problem in problems)
    return (f"<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Build failed</title>\n"
            f"<meta name=\"explainer-preview\" content=\"error\">\n</head>\n<body>\n<h1>The briefing did not build</h1>\n<pre>{listed}</pre>\n"
            f"<p>(The full error page is unavailable: {html.escape(why)})</p>\n</body>\n</html>\n").encode("utf-8")


MAX_SHOWN_PATH = 300  # characters of a missing page's address shown on the "no page" page


def render_not_found_page(path: str, out_name: str = "site", gone: str = "", labels: Labels | None = None) -> bytes:
    """Return the page the preview shows for an address the last good build has no page at, or, where the
    project folder is `gone` (its path as shown), for every address: it was moved or deleted while served.
    It speaks `labels`' language (English without them).

    A briefing deleted or renamed while its page is open lands here; the server injects its
    live-reload client (before `</head>`), so the page follows the next build by itself.
    """
    labels = labels or english()
    # The address is anyone's text (a link on any web page can open it): direction overrides and
    # controls are shown as escapes, so that it cannot make the page read otherwise, and it is cut short.
    shown = printable(path)
    shown = shown if len(shown) <= MAX_SHOWN_PATH else shown[:MAX_SHOWN_PATH] + "…"
    title = Markup(escape(labels["preview_not_found_title"])).format(address=shown)
    text = (with_code(labels, "preview_gone", folder=printable(gone)) if gone
            else with_code(labels, "preview_missing", folder=f"{out_name}/"))
    direction = ' dir="rtl"' if labels.direction == "rtl" else ""
    return (f"<!doctype html>\n<html lang=\"{escape(labels.language)}\"{direction}>\n<head>\n<meta charset=\"utf-8\">\n"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<meta name=\"explainer-preview\" content=\"not found\">\n<title>{title}</title>\n</head>\n<body>\n<main>\n"
            f"<h1>{with_code(labels, 'preview_no_page', address=shown)}</h1>\n<p>{text}</p>\n"
            f"<p><a href=\"/\">{escape(labels['all_briefings'])}</a></p>\n</main>\n</body>\n</html>\n").encode("utf-8")


def file_problem(error: OSError, root: Path) -> Problem:
    """Return what an OSError met during a build says is wrong with its file."""
    named = isinstance(error.filename, (str, bytes)) and error.filename
    shown = display_path(Path(os.fsdecode(error.filename)), root) if named else "build"
    message, hint = OS_PROBLEMS.get(error.errno, (f"cannot be read or written: {error.strerror or error}", ""))
    return Problem(shown, 0, message, hint)
