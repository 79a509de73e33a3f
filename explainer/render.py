"""Render stage: strict, autoescaped Jinja templates turn views into page bytes."""

from __future__ import annotations

import os
import stat
import traceback
from pathlib import Path

import jinja2
import jinja2.compiler
import jinja2.nodes
import jinja2.runtime
import jinja2.sandbox

from . import compiled_templates, template_limits, template_strings
from .problems import Problem, display_path
from .safefs import FileRefused, read_regular
from .template_text import template_being_read, template_text

# How every environment reads and compiles a template: part of what a template compiles to.
OPTIONS = dict(undefined=jinja2.StrictUndefined, autoescape=True, trim_blocks=True, lstrip_blocks=True,
               keep_trailing_newline=True, auto_reload=False,
               optimized=False)  # its constant folding changes no output and costs a fifth of compiling


def make_environment(templates_dir: Path, cache_dir: Path | None = None) -> jinja2.Environment:
    """Return the Jinja environment: undefined names and bad syntax fail the build.

    Templates are a project's files, changed by any contributor's pull request, as content is, and an editor builds
    them to preview it: sandboxed, they read the values they are given and call no Python beyond them (in plain
    Jinja, `().__class__.__base__.__subclasses__()` reached os.system), and, immutable, change none of them (views
    are shared by every page a build makes and kept in .cache/).
    Compiled templates are kept (see compiled_templates) for a build given its project's cache folder, `cache_dir`:
    that saves most of a small build's time after the first run.
    """
    env = Sandbox(
        loader=TemplatesAsRead(templates_dir), bytecode_cache=compiled_templates.store(cache_dir, COMPILED_AS), **OPTIONS)
    # Python's range up to a million numbers, not the sandbox's capped at 100,000: loops nested bound no time by
    # their lengths, and a template that never ends is the CPU limit's to stop; one range of 10**9 filled the memory.
    env.globals["range"] = template_limits.counted_range
    # A string a filter makes is bounded as a page is (template_strings): `"x"|center(10**9)|length` wrote no page.
    # A filter going through a list's items counts them as steps of the page's loops: `big|sort` in a loop of a
    # thousand went through a billion items until the 30 s of CPU time.
    env.filters = {name: template_strings.bounded_filter(name, function, lambda: env.steps)
                   for name, function in env.filters.items()}
    # Lists summed in one pass and bounded as `*`'s, lorem ipsum as a page (template_strings): `|sum` of lists took
    # time growing with the square of their items, `lipsum(10**6)` made 440 MB.
    env.filters["sum"] = template_strings.bounded_sum(env.filters["sum"])
    env.globals["lipsum"] = template_strings.bounded_lipsum(env.globals["lipsum"])
    return env


# What a template compiles to depends on the options and on the sandbox (its calls go through the environment's):
# code compiled plain, beside our bytecode by an earlier version, is in a folder of another name.
COMPILED_AS = {**OPTIONS, "sandboxed": True}


class ComputedAtRender(jinja2.compiler.CodeGenerator):
    """Jinja's code generator, computing only a template's text and literals as it compiles: it computed every
    expression of constants it could (`{{ "x"|center(300000000) }}`, `{{ "%300000000s" % "x" }}`) with no limit of
    time or memory, 45 s, and kept the 300 MB result in the compiled template. At render, the page's limits hold."""

    def _output_child_to_const(self, node, frame, finalize):
        if not isinstance(node, (jinja2.nodes.TemplateData, jinja2.nodes.Const)):
            raise jinja2.nodes.Impossible()
        return super()._output_child_to_const(node, frame, finalize)


class Bounded(ComputedAtRender):
    """The code generator writing a template's captured output into a value that counts its characters, and each
    loop's items through the page's count of loop steps (template_limits): a page was bounded as it was written, but
    what a template captured was made whole first, and loops nested each within a range's bound took 30 s of CPU."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.loop_items: set[int] = set()  # the ids of the loops' iterables (Jinja allows no node of our own)

    def buffer(self, frame) -> None:
        frame.buffer = self.temporary_identifier()
        self.writeline(f"{frame.buffer} = environment.captured()")

    def visit_For(self, node, frame) -> None:
        self.loop_items.add(id(node.iter))
        super().visit_For(node, frame)

    def _make_finalize(self):
        """Have `{{ value }}` pass the value through the environment's `shown` before it is made a string: a list's
        text (`{{ [a] * 1000 }}`) was made whole, a thousand times `a`, before the page counted it."""
        if self._finalize is None:
            self._finalize = self._FinalizeInfo(self._default_finalize, "environment.shown(")
        return self._finalize

    def _output_child_pre(self, node, frame, finalize) -> None:
        """Write `{{ value }}` as Jinja does, the value passed where it is escaped through `shown_escaped`, which
        measures it escaped: measured as it was, a string of `&` within a page's limit was escaped to five times it."""
        if frame.eval_ctx.volatile:
            self.write("(escape if context.eval_ctx.autoescape else str)("
                       "(environment.shown_escaped if context.eval_ctx.autoescape else environment.shown)(")
        elif frame.eval_ctx.autoescape:
            self.write("escape(environment.shown_escaped(")
        else:
            self.write("str(environment.shown(")

    def visit_Concat(self, node, frame) -> None:
        """Write `a ~ b` as Jinja does, through the environment's join, which counts the parts' length first."""
        if frame.eval_ctx.volatile:
            join = "(markup_join if context.eval_ctx.volatile else str_join)"
        else:
            join = "markup_join" if frame.eval_ctx.autoescape else "str_join"
        self.write(f"environment.concatenated({join}, (")
        for part in node.nodes:
            self.visit(part, frame)
            self.write(", ")
        self.write("))")

    def visit(self, node, *args, **kwargs) -> None:
        if id(node) not in self.loop_items:
            return super().visit(node, *args, **kwargs)
        self.write("environment.steps.stepped(")
        super().visit(node, *args, **kwargs)
        self.write(")")


class PageTemplate(jinja2.Template):
    """A template whose rendering as a page starts the page's count of loop steps afresh."""

    def generate(self, *args, **kwargs):
        self.environment.steps = template_limits.LoopSteps()
        return super().generate(*args, **kwargs)

    def make_module(self, vars=None, shared=False, locals=None) -> jinja2.environment.TemplateModule:
        """Return the template as a module (`{% import %}`, `{% from ... import %}`), its output counted as it is
        captured: Jinja made it whole in a list first."""
        context = self.new_context(vars, shared, locals)
        output = template_limits.CapturedOutput()
        output.extend(self.root_render_func(context))
        return jinja2.environment.TemplateModule(self, context, output)


# The operators checked for the size of what they make: `*` and `**` (template_limits), `+` and `%` (template_strings).
BINOPS = {**template_limits.BINOPS, "+": template_strings.added, "%": template_strings.formatted}


class Sandbox(jinja2.sandbox.ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox, asked whether an attribute is safe once per type of value and name, for the
    environment's life (one build): its answer depends on those alone (an underscore; a function, a frame, a list...),
    and it took a dozen Python calls (four isinstance of abstract classes) at every attribute a template read.
    Its `*`, `**`, `+` and `%`, `~`, filters and string methods are checked for the size of what they make
    (template_limits, template_strings)."""

    intercepted_binops = frozenset(BINOPS)
    code_generator_class = Bounded
    template_class = PageTemplate
    captured = template_limits.CapturedOutput
    concatenated = staticmethod(template_strings.concatenated)
    shown = staticmethod(template_strings.shown)
    shown_escaped = staticmethod(template_strings.shown_escaped)

    @staticmethod
    def concat(pieces) -> str:
        """Return the pieces joined, counted as they are made (a block's output, `self.name()` or `super()`)."""
        if isinstance(pieces, template_limits.CapturedOutput):  # a macro's or a `{% set %}`'s, counted already
            return "".join(pieces)
        output = template_limits.CapturedOutput()
        output.extend(pieces)
        return "".join(output)

    def __init__(self, **options):
        super().__init__(**options)
        self.safe_attributes: dict[tuple[type, str], bool] = {}
        self.steps = template_limits.LoopSteps()  # the page's, started afresh by PageTemplate.generate

    def call(__self, __context, __obj, *args, **kwargs):  # noqa: N805 (Jinja's names: a keyword may be "self")
        if isinstance(__obj, jinja2.runtime.LoopContext):  # a recursive loop's `loop(children)`
            __self.steps.called(template_limits.RECURSIVE_CALL_STEPS)
            if args:
                args = (__self.steps.stepped(args[0]), *args[1:])
        elif isinstance(__obj, jinja2.runtime.Macro):  # a macro's or `caller()`'s: it costs as a loop's many steps
            __self.steps.called(template_limits.MACRO_CALL_STEPS)
        made_by, args = template_strings.method_checked(__obj, args, kwargs)  # a string's method: `.center(10**9)`
        made = super().call(__context, __obj, *args, **kwargs)
        return made if made_by is None else template_strings.checked(made, made_by)

    def is_safe_attribute(self, obj, attr: str, value) -> bool:
        key = (type(obj), attr)
        safe = self.safe_attributes.get(key)
        if safe is None:
            safe = self.safe_attributes[key] = super().is_safe_attribute(obj, attr, value)
        return safe

    def call_binop(self, context, operator: str, left, right):
        return BINOPS[operator](left, right)


MAX_TEMPLATE_BYTES = 8 * 1024 * 1024  # as a content file: no template is near it
NAME_MAX = 255  # bytes of one name in a path: ext4, XFS, Btrfs, APFS and NTFS (in UTF-16 units) take no more


class TemplateRefused(jinja2.TemplateNotFound):
    """A template the safe read refused (a link out of the project or into a hidden folder of it), with its Problem."""

    def __init__(self, name: str, problem: Problem):
        super().__init__(name, problem.message)
        self.problem = problem

    def __reduce__(self):  # raised in a worker, it comes back pickled
        return TemplateRefused, (self.name, self.problem)


class TemplatesAsRead(jinja2.FileSystemLoader):
    """Reads each template's source once for the environment's life (one build), and gives that from then on.

    The pages are keyed by every template's source as read when the build began (memo.templates_digest), and
    Jinja read each file again when a page first used it: a template saved in between was rendered into pages kept
    under the older source's key, and saved back as it was (an undo, a checkout), left those pages in the site.
    Forked workers, each reading the files anew, could also make one site from two versions of a template.
    Each is read as every input file is (safefs), inside the project: Jinja opened any name it was given, following
    links, and the check of templates/ passes over hidden names, so `templates/.x.html` linked to a file outside the
    project, or to `.git/config`, put that file in every page including ".x.html".
    """

    def __init__(self, searchpath: Path):
        super().__init__(searchpath)
        self.root = Path(searchpath).parent
        self.read: dict[str, tuple[str, str | None, object]] = {}

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str | None, object]:
        if template not in self.read:
            if any(len(os.fsencode(part)) > NAME_MAX for part in template.split("/")):
                # No file has so long a name: it was "templates/aaa...: cannot be read: File name too long (...
                # move what is nested there out)", where the name to fix is the one on the including line.
                raise jinja2.TemplateNotFound(template)
            path = os.path.normpath(os.path.join(self.searchpath[0], *jinja2.loaders.split_template_path(template)))
            shown = display_path(Path(path), self.root)
            try:
                data = read_regular(Path(path), self.root, MAX_TEMPLATE_BYTES, shown)
            except FileRefused as error:
                if error.missing:
                    raise jinja2.TemplateNotFound(template) from None
                raise TemplateRefused(template, error.problem) from None
            except ValueError:  # a name no file can have ("a\x00b"): Jinja's own check of it found no such file
                raise jinja2.TemplateNotFound(template) from None
            text = template_text(data, shown)
            if isinstance(text, Problem):  # Latin-1, UTF-16: it was a UnicodeDecodeError traceback naming no file
                raise TemplateRefused(template, text)
            self.read[template] = (text, path, lambda: True)
        return self.read[template]


def template_problem(error: Exception, templates_dir: Path, root: Path) -> Problem:
    """Return a Problem naming the template file and line behind a Jinja failure."""
    if isinstance(error, jinja2.TemplateSyntaxError):
        shown = display_path(Path(error.filename), root) if error.filename else f"templates/{error.name}"
        return Problem(shown, error.lineno or 0, f"template syntax error: {error.message}", "fix the template")
    if isinstance(error, TemplateRefused):  # the file is named: where it is included matters less than what it is
        return error.problem
    if (reading := template_being_read(error, templates_dir)) is not None:
        return Problem(display_path(templates_dir / reading, root), 0,
                       f"template error as the template was read: {str(error) or type(error).__name__}",
                       "nest its brackets, braces and tags less deeply, or split it in two")
    found = _template_frame(error, templates_dir)
    if isinstance(error, jinja2.TemplateNotFound):  # named where it is included, if a template includes it
        shown, line = (display_path(found[0], root), found[1]) if found else (display_path(templates_dir, root), 0)
        return Problem(shown, line, f"template '{error.name}' not found", "restore it or fix the name that includes it")
    shown, line = (display_path(found[0], root), found[1]) if found else (display_path(templates_dir, root), 0)
    if isinstance(error, jinja2.sandbox.SecurityError):
        return Problem(shown, line, f"template error: {error}",
                       "a template may use the values it is given, their fields and their methods, nothing else "
                       "of Python (no attributes starting with '_')")
    if isinstance(error, template_limits.TooLong):
        return Problem(shown, line, f"template error: {error}",
                       "make the loop on that line of the template shorter, or end the macro's calls to itself")
    if isinstance(error, template_limits.TooLarge):
        return Problem(shown, line, f"template error: {error}", "make the value smaller: no page needs one this large")
    if isinstance(error, jinja2.TemplateError):
        return Problem(shown, line, f"template error: {error}", "check the variable names the template uses")
    return Problem(shown, line, f"template error: {str(error) or type(error).__name__}",
                   "fix the expression on that line of the template")


# Bytes a site's pages may hold together: a template may make every page just under a page's limit (192 Mi
# characters), and a site of N pages N times that, each page small enough alone. A site past 1 GiB may hold eight
# times its seeds' bytes beside it: its source pages show each seed escaped, its briefings quote them.
MIN_SITE_BYTES = 1024 ** 3
SITE_BYTES_PER_SEED_BYTE = 8


class SiteBound:
    """The bytes a site's pages may hold together, its seeds looked at only for a site past MIN_SITE_BYTES."""

    def __init__(self, seeds: Path, templates_dir: Path, root: Path):
        self.seeds, self.templates_dir, self.root = seeds, templates_dir, root
        self.limit: int | None = None  # once the seeds are looked at

    def problems(self, written: dict[str, int], total: int | None = None) -> list[Problem]:
        """Return the problem of a site whose pages (bytes by template, "" for other files) hold more than it may,
        naming the template whose pages hold most; `total`, if given, is all of the pages' bytes so far (pages made
        in other processes too), `written` this process's."""
        total = sum(written.values()) if total is None else total
        if total <= MIN_SITE_BYTES:
            return []
        if self.limit is None:
            self.limit = MIN_SITE_BYTES + SITE_BYTES_PER_SEED_BYTE * _bytes_under(self.seeds)
        if total <= self.limit or not any(written.get(name) for name in written if name):
            return []
        name = max((name for name in written if name), key=lambda name: (written[name], name))
        return [Problem(display_path(self.templates_dir / name, self.root), 0,
                        f"template error: the site's pages would hold {total:,} bytes, {written[name]:,} of them in "
                        f"pages made with this template, past the {self.limit:,} a site of these seeds may hold",
                        "make what the template writes into each page smaller: a page needs no more than it shows")]


def _bytes_under(folder: Path) -> int:
    """Return the bytes of the plain files under `folder`, no link followed. A list of folders still to look
    through, not os.walk: up to Python 3.11 it calls itself once per level, and a seeds/ folder nested 1,100 deep
    (which builds) raised RecursionError, a traceback, out of the check of a site's size."""
    total, pending = 0, [os.fspath(folder)]
    while pending:
        try:
            with os.scandir(pending.pop()) as entries:
                for entry in entries:
                    total += _plain_bytes(entry, pending)
        except OSError:  # gone, unreadable, or a path too long to name: passed over, as os.walk did
            continue
    return total


def _plain_bytes(entry: os.DirEntry, pending: list[str]) -> int:
    """Return the bytes of `entry` if it is a plain file; a folder (not a link to one) is added to `pending`."""
    try:
        if entry.is_dir(follow_symlinks=False):
            pending.append(entry.path)
            return 0
        found = entry.stat(follow_symlinks=False)
    except OSError:
        return 0
    return found.st_size if stat.S_ISREG(found.st_mode) else 0


def _template_frame(error: Exception, templates_dir: Path) -> tuple[Path, int] | None:
    """Return the template file of `templates_dir` and the line where `error` was raised, the innermost such frame.

    A template's code names the path it was compiled at, and compiled code is kept by the template's name and
    source, not its path (a project copied elsewhere reuses it): so a frame is matched by the end of its path,
    the longest end that is a file of `templates_dir`."""
    for frame in reversed(traceback.extract_tb(error.__traceback__)):
        parts = Path(frame.filename).parts
        if frame.filename.endswith(".py"):
            continue
        for start in range(1, len(parts)):
            if (path := templates_dir.joinpath(*parts[start:])).is_file():
                return path, frame.lineno or 0
    return None
