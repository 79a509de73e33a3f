"""Helpers for tests that break a small fixture project and check the build's answer."""

from __future__ import annotations

import atexit
import contextlib
import functools
import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import NamedTuple

import pytest

from conftest import REPO, Run, copy_templates, copy_tree, memory_folder, run_build, tree_digest
from explainer.problems import MAX_LINE

MINIMAL = REPO / "tests" / "fixtures" / "minimal"


def fresh_package(folder: Path) -> Path:
    """Copy our package into `folder` as pip installs it: its bytecode compiled, nothing a run keeps (kept patterns,
    code digests, locales); return `folder`.

    A run started in `folder` imports this copy (the current folder comes first on `python -c`'s path), so it
    starts as a fresh install does. A fresh PYTHONPYCACHEPREFIX did as much, but made that run compile every
    module of the standard library and of the libraries too: two thirds of the test's CPU. Our own bytecode is
    copied too (valid there: copytree keeps the sources' times); compiling it again was 0.4 s of CPU of each
    first run, which none of these tests is about (test_patterns, test_realspeed11).
    """
    def left_out(directory: str, names: list[str]) -> list[str]:
        return [name for name in names if not name.endswith(".pyc")] if Path(directory).name == "__pycache__" else []

    shutil.copytree(REPO / "explainer", folder / "explainer", ignore=left_out)
    return folder


def read_as_project_locale(project: Path, language: str) -> None:
    """Read text in `language` as the project's locale writes it, as a build of the project does
    (`locale.read_as_written`), its locales loaded once a process."""
    from explainer.locale import read_as_written

    read_as_written({language: _project_locales(project)[language]})


# Fixture projects whose locales/ write a language the build has no locale of its own for.
LOCALE_PROJECTS = {"nl": REPO / "tests" / "fixtures" / "newuser_89", "it": REPO / "tests" / "fixtures" / "newuser_99",
                   "pt": REPO / "tests" / "fixtures" / "newuser_21"}


def found_in_language(language: str, sentence: str, passage: str, parties=(), published: str = "") -> list[str]:
    """Return the findings of a sentence in `language` citing one passage, read as a build reads that language (its
    built-in locale, or the locale of the fixture that writes one)."""
    read_as_project_locale(LOCALE_PROJECTS.get(language, REPO), language)
    return sentence_findings(sentence, (passage,), language, parties, published=published)


@functools.cache
def _project_locales(project: Path) -> dict:
    from explainer.locale import load_locales

    locales, problems = load_locales(project)
    assert not problems, problems
    return locales


def paragraph(text: str, words: str) -> str:
    """Return the paragraph of a source that holds `words`."""
    return next(part for part in text.split("\n\n") if words in part)


def line_opening(text: str, opening: str) -> str:
    """Return the line of a source (a paragraph of one line) that opens with `opening`."""
    start = text.index(opening)
    return text[start:text.index("\n", start)]


def fixture_project(fixture: Path, target: Path) -> Path:
    """Copy a fixture project (content and seeds), with the real templates and assets, into `target`; return it."""
    copy_tree(fixture, target)
    copy_templates(target)
    copy_tree(REPO / "static", target / "static")
    return target


def checked_fixture_project(fixture: Path, target: Path) -> Path:
    """Copy a fixture project as `fixture_project` does, with the .cache/ a check of it left, into `target`; return it.

    As `copy_project` copies the real project: what a test edits is read and checked again, the rest is
    not, as in a user's build after a first check (the takeover of test_newuser_en.py: an edit checked
    in 12 ms of CPU where a fresh copy took 23, a build in 8 where it took 30).
    """
    return copy_tree(_checked_once(fixture), target)


@functools.cache  # once per fixture and test process; only ever copied
def _checked_once(fixture: Path) -> Path:
    """Return a copy of a fixture project that `check` passed, its .cache/ kept."""
    root = fixture_project(fixture, Path(tempfile.mkdtemp(prefix="checked-fixture-", dir=memory_folder())) / "project")
    atexit.register(shutil.rmtree, root.parent, True)
    result = run_build(root, "check")
    assert result.code == 0, result.err
    return root


def line_of(path: Path, text: str) -> int:
    """Return the number of the first line of `path` that holds `text` (for errors in a file that grows, such as
    the real briefing's, whose labels move down as updates are logged)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if text in line)


def minimal_project(target: Path) -> Path:
    """Copy the minimal fixture project, with the real templates and assets, into `target`."""
    return fixture_project(MINIMAL, target)


def project_with_a_note_no_fragment_singles_out(target: Path) -> Path:
    """Copy the minimal project into `target` with its seed's last paragraph said twice over and cited last, through
    a source with an address: no Text Fragment can single out that passage in the original."""
    root = minimal_project(target)
    seed = root / "seeds" / "flood.txt"
    text = seed.read_text(encoding="utf-8") + "\nThe river rose again on Tuesday.\n"  # a paragraph of its own, twice over
    seed.write_text(text, encoding="utf-8")
    library = root / "content" / "sources.yaml"
    edit(library, "    date: unknown\n", "    date: unknown\n    url: https://example.org/flood\n")
    edit(library, "c6fab57b02c1ca096b35c49ca5211e1c5220e3f8b44519385d54d7d81a944ee8",
         hashlib.sha256(text.encode()).hexdigest())
    edit(root / "content" / "flood" / "briefing.yaml", "    prefix: by 5 metres.\n",
         "    prefix: memory”. The river rose again on Tuesday.\n")  # the last paragraph
    return root


def locale_from_english(months: str, day_dot: bool = False, words: str = "") -> str:
    """Return en.yaml rewritten for a decimal-comma language: "1.200", "3,5", its `months` (a YAML list), the
    day as an ordinal with a dot where `day_dot` ("3. März 2026"), and optional `words` (YAML keys) after."""
    english = (REPO / "explainer" / "locales" / "en.yaml").read_text(encoding="utf-8")
    text = (english.replace('thousands: ","', 'thousands: "."').replace('decimal: "."', 'decimal: ","')
            .replace(english.splitlines()[2], f"months: {months}"))
    return (text.replace('date: "{day} {month} {year}"', 'date: "{day}. {month} {year}"') if day_dot else text) + words


def project_in_language(root: Path, language: str, locale: str, slug: str, source: str, briefing: str) -> Path:
    """Make a minimal project with a locale for `language`, one source in it (seeds/SLUG.txt, library id SLUG)
    and one briefing (content/SLUG/briefing.yaml holding `briefing`)."""
    minimal_project(root)
    (root / "locales").mkdir()
    (root / "locales" / f"{language}.yaml").write_text(locale, encoding="utf-8")
    (root / "seeds" / f"{slug}.txt").write_text(source, encoding="utf-8")
    with (root / "content" / "sources.yaml").open("a", encoding="utf-8") as sources:
        sources.write(f"  - id: {slug}\n    file: {slug}.txt\n    title: {source.splitlines()[0]}\n    publisher: unknown\n"
                      f"    date: unknown\n    language: {language}\n"
                      f"    sha256: {hashlib.sha256(source.encode()).hexdigest()}\n")
    (root / "content" / slug).mkdir()
    (root / "content" / slug / "briefing.yaml").write_text(briefing, encoding="utf-8")
    return root


def edit(path: Path, old: str, new: str) -> None:
    """Replace one exact piece of a file's text; fail loudly if it is not there."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def build_ok(root: Path) -> dict[str, str]:
    """Build the project and return the digest of its site."""
    result = run_build(root)
    assert result.code == 0, result.err
    return tree_digest(root / "site")


def rebuild_fails(root: Path, good_site: dict[str, str], *args: str) -> Run:
    """Build again, expecting exit 1, no traceback and the previous site intact; return the run."""
    result = run_build(root, *args)
    assert result.code == 1, (result.out, result.err)
    assert "Traceback" not in result.err
    assert tree_digest(root / "site") == good_site
    assert not list(root.glob(".site.*")), "a half-written site was left behind"
    return result


def error_lines(result: Run) -> list[str]:
    """Return the build's error lines without the 'error: ' prefix."""
    return [line.removeprefix("error: ") for line in result.err.splitlines() if line.startswith("error: ")]


def refused_past_its_limit(root: Path, path: str, old: str | None, new: str, told: str) -> None:
    """Write `new` into the project's file at `path` (whole, where `old` is None; else in place of `old`), and assert
    that `check` refuses it in one line starting with `told`, with no traceback and the value not quoted back whole."""
    if old is None:
        (root / path).write_text(new, encoding="utf-8")
    else:
        edit(root / path, old, new)
    result = run_build(root, "check")
    assert result.code == 1 and "Traceback" not in result.err
    assert [line for line in error_lines(result) if line.startswith(told)], result.err[-600:]
    assert max(len(line) for line in result.err.splitlines()) < 1_200  # the value is not quoted back whole


def refused_with(root: Path, *pieces: str) -> list[str]:
    """Run `check` on the project and assert it fails with an error line holding every one of `pieces`."""
    result = run_build(root, "check")
    assert result.code == 1, result.err
    lines = error_lines(result)
    assert any(all(piece in line for piece in pieces) for line in lines), result.err
    return lines


REAL_BRIEFING = "content/pakistan-afghanistan-war"


def problems_after(project: Path, file: str, old: str, new: str) -> list[str]:
    """Make one edit to a file of the real briefing in `project` and return the problems the check reports."""
    from explainer.pipeline import load
    from explainer.problems import ContentError
    from explainer.project import Project

    edit(project / REAL_BRIEFING / file, old, new)
    try:
        load(Project.at(project))
    except ContentError as error:
        return [str(problem) for problem in error.problems]
    return []


def one_source_project(tmp_path: Path, source: str, language: str = "en", source_id: str = "report",
                       site: str = "title: Desk\ndescription: Cited explainers.") -> Path:
    """Return a project in `language` with no briefing and one library source, `source_id`, whose text is `source`
    (in seeds/<source_id>.txt); `site` is site.yaml's title and description."""
    root = minimal_project(tmp_path / "project")
    shutil.rmtree(root / "content" / "flood")
    (root / "content" / "site.yaml").write_text(f"{site}\nlanguage: {language}\n", encoding="utf-8")
    (root / "seeds" / f"{source_id}.txt").write_text(source, encoding="utf-8")
    (root / "content" / "sources.yaml").write_text(
        f"sources:\n  - id: {source_id}\n    file: {source_id}.txt\n    title: The {source_id}\n"
        f"    publisher: unknown\n    date: unknown\n    sha256: {hashlib.sha256(source.encode()).hexdigest()}\n",
        encoding="utf-8")
    return root


def deal_project(tmp_path: Path, summary: str, quote: str, source: str, language: str = "en",
                 files: dict[str, str] | None = None, short_names: bool = False) -> Path:
    """Return a project with one source (id `report`, text `source`) and one briefing, `deal`, between Harbor Foods
    and Grainline Holdings (with short names "Harbor" and "Grainline" when `short_names`), whose summary
    (briefing.yaml line 3) is `summary` citing `quote` as [^a]; `files` adds files to the briefing's folder."""
    root = one_source_project(tmp_path, source, language)
    folder = root / "content" / "deal"
    folder.mkdir()
    harbor, grainline = ("\n    short_name: Harbor", "\n    short_name: Grainline") if short_names else ("", "")
    (folder / "briefing.yaml").write_text(
        f"title: The deal\nsummary: |\n  {summary}[^a]\nupdates:\n  - date: 2025-05-15\n    kind: update\n"
        f"    text: First published.\nparties:\n  - id: harbor\n    name: Harbor Foods{harbor}\n"
        f"  - id: grainline\n    name: Grainline Holdings{grainline}\n"
        f"citations:\n  a:\n    source: report\n    quote: {json.dumps(quote, ensure_ascii=False)}\n",
        encoding="utf-8")
    for name, text in (files or {}).items():
        (folder / name).write_text(text, encoding="utf-8")
    return root


TWO_PARTIES = ("  - id: pakistan\n    name: Pakistan\n    aliases: [Islamabad]\n"
               "  - id: afghanistan\n    name: Afghanistan\n    aliases: [Kabul, Taliban]\n")
THREE_PARTIES = TWO_PARTIES + "  - id: iran\n    name: Iran\n"


def one_sentence_checked(root: Path, source: str, summary: str, parties: str = TWO_PARTIES,
                         quote: str | None = None, language: str | None = None) -> list[str]:
    """In a minimal project at `root`, make the source one sentence, cite it (whole, or only `quote` of it) from a
    one-sentence summary of a briefing of `parties`, and return `check`'s error lines ([] when it builds). With
    `language` (a built-in one), the source and the briefing are in it."""
    write_one_sentence(root, source, summary, parties, quote, language)
    result = run_build(root, "check")
    assert "Traceback" not in result.err
    return error_lines(result) if result.code else []


def one_sentence_loaded(root: Path, source: str, summary: str, parties: str = TWO_PARTIES,
                        language: str | None = None) -> list[str]:
    """As one_sentence_checked, but loaded in this process: the problems the load reports, each as its line."""
    from explainer.pipeline import load
    from explainer.problems import ContentError
    from explainer.project import Project

    write_one_sentence(root, source, summary, parties, None, language)
    try:
        load(Project.at(root))
    except ContentError as error:
        return [str(problem) for problem in error.problems]
    return []


def write_one_sentence(root: Path, source: str, summary: str, parties: str, quote: str | None,
                       language: str | None) -> None:
    """Write the one-sentence source and briefing of one_sentence_checked into the minimal project at `root`."""
    (root / "seeds" / "flood.txt").write_text(source + "\n", encoding="utf-8")
    (root / "content" / "sources.yaml").write_text("sources:\n" + _library_entry("flood", source + "\n", language),
                                                   encoding="utf-8")
    for name in ("claims.yaml", "comparisons.yaml"):
        (root / "content" / "flood" / name).unlink(missing_ok=True)
    (root / "content" / "flood" / "briefing.yaml").write_text(
        _one_sentence_briefing(Sentence(source, summary, parties, quote, language), "flood"), encoding="utf-8")


def _library_entry(source_id: str, text: str, language: str | None) -> str:
    """Return sources.yaml's entry for a one-sentence source (seeds/SOURCE_ID.txt holding `text`)."""
    stated = f"    language: {language}\n" if language else ""
    return (f"  - id: {source_id}\n    file: {source_id}.txt\n    title: Flood report\n    publisher: unknown\n"
            f"    date: unknown\n{stated}    sha256: {hashlib.sha256(text.encode()).hexdigest()}\n")


def _one_sentence_briefing(case: "Sentence", source_id: str) -> str:
    """Return briefing.yaml of a one-sentence case citing source `source_id`."""
    return (f"title: The flood\nsummary: |\n  {case.summary}[^q]\nlanguage: {case.language or 'en'}\nupdates:\n"
            f"  - date: 2026-03-03\n    kind: update\n    text: First published.\nparties:\n{case.parties}citations:\n"
            f"  q:\n    source: {source_id}\n"
            f"    quote: {json.dumps(case.source if case.quote is None else case.quote)}\n")


class Sentence(NamedTuple):
    """The arguments of one one_sentence_checked case (its project aside)."""

    source: str
    summary: str
    parties: str = TWO_PARTIES
    quote: str | None = None
    language: str | None = None


class SentencesChecked:
    """one_sentence_checked for a test module's cases, many of them checked in one load of one project.

    A one-sentence check spent two thirds of its CPU on what every check of a project costs (site.yaml,
    static/, templates/, locales, .cache/, the command line): `checked(source, summary, ...)` checks a
    case of `cases` together with up to BATCH - 1 of the cases after it that this process has not
    checked yet, each in a briefing of its own citing a source of its own (tests/test_testspeed22.py
    shows that a case's lines are those it gets alone). A case not in `cases` is checked alone in
    `root`, as one_sentence_checked checks it.
    """

    BATCH = 32

    def __init__(self, root: Path, cases: list[Sentence]):
        self.root = root
        self.cases = list(dict.fromkeys(cases))  # in the order the tests ask for them
        self.found: dict[Sentence, list[str]] = {}
        self.loads = 0  # of the batch project (tests/test_testspeed22.py)

    def __call__(self, source: str, summary: str, parties: str = TWO_PARTIES, quote: str | None = None,
                 language: str | None = None) -> list[str]:
        """Return `check`'s error lines for the case ([] when it builds), as one_sentence_checked does."""
        case = Sentence(source, summary, parties, quote, language)
        if case not in self.found:
            if case in self.cases:
                after = self.cases[self.cases.index(case):]
                self.found.update(self.checked_together([c for c in after if c not in self.found][:self.BATCH]))
            else:
                self.found[case] = one_sentence_checked(self.root, *case)
        return self.found[case]

    def checked_together(self, cases: list[Sentence]) -> dict[Sentence, list[str]]:
        """Return each case's error lines, from one load where that tells them apart. A load stops before any
        sentence is checked on a problem found earlier (a quote its source lacks): the cases it names are
        checked alone, the others together again."""
        found, lines = batch_findings(self._batch_root(), cases)
        self.loads += 1
        if found is not None:
            return found
        stopped = [case for number, case in enumerate(cases)
                   if any(line.startswith(f"content/{_batch_slug(number)}/") for line in lines)]
        if len(cases) == 1 or not stopped or len(stopped) == len(cases):  # nothing to tell apart
            return {case: one_sentence_checked(self.root, *case) for case in cases}
        alone = {case: one_sentence_checked(self.root, *case) for case in stopped}
        return alone | self.checked_together([case for case in cases if case not in alone])

    def _batch_root(self) -> Path:
        """Return the project the batches are checked in: a copy of `root` (its locales and site.yaml too)."""
        batch_root = self.root.parent / f"{self.root.name}-batches"
        if not batch_root.exists():
            shutil.copytree(self.root, batch_root, symlinks=True, ignore=shutil.ignore_patterns(".cache", "site"))
        return batch_root


# A briefing whose only sentence the sentence checks refuse: a batch listing its problem was planned whole.
CANARY = Sentence("The river rose by 3 metres on Monday.", "The river rose by 4 metres on Monday.")


def _batch_slug(number: int) -> str:
    """Return the slug of a batch's case `number`, and the id of its source: "flood" as the case names it alone."""
    return f"flood-b{number}"


def batch_findings(root: Path, cases: list[Sentence]) -> tuple[dict[Sentence, list[str]] | None, list[str]]:
    """Check the cases in one load of the project at `root`, each as its own briefing; return each case's error
    lines as one_sentence_checked gives them (None if the load cannot tell them apart) and every line it listed."""
    from explainer.gc_pause import no_collection
    from explainer.pipeline import load
    from explainer.problems import ContentError
    from explainer.project import Project

    write_batch(root, [*cases, CANARY])
    try:
        with no_collection():  # as `check` runs
            load(Project.at(root.resolve()))
    except ContentError as error:
        lines = [str(problem) for problem in error.problems]
        complete = error.count == len(error.problems)
    except Exception:  # shown as the one-case check shows it: a traceback that fails the test
        return None, []
    else:
        return None, []  # the canary always fails: a load that passes checked nothing
    canary = f"content/{_batch_slug(len(cases))}/"
    if not complete or not any(line.startswith(canary) for line in lines):
        return None, lines
    found: dict[Sentence, list[str]] = {case: [] for case in cases}
    for line in lines:
        number = _case_of(line, len(cases))
        if number is None:
            return None, lines  # a problem of the project, not of one case
        if number < len(cases):
            found[cases[number]].append(re.sub(r"\bflood-b\d+\b", "flood", line))
    return found, lines


def _case_of(line: str, count: int) -> int | None:
    """Return the number of the batch case whose files `line` is about (`count` is the canary's), or None."""
    match = re.match(r"content/flood-b(\d+)/[^:]*:", line)
    if match is None or int(match.group(1)) > count or len(line) >= MAX_LINE:
        return None  # a line cut in its middle would be cut elsewhere with the case's own names
    return int(match.group(1))


def write_batch(root: Path, cases: list[Sentence]) -> None:
    """Write each case as write_one_sentence writes it alone, as briefing content/flood-bN/ citing source
    flood-bN (the first case's of the same text and language, whose source it shares)."""
    for folder in (root / "content").iterdir():
        if folder.is_dir():
            shutil.rmtree(folder)
    shutil.rmtree(root / "seeds")
    (root / "seeds").mkdir()
    library, sources = ["sources:\n"], {}
    for number, case in enumerate(cases):
        slug, text = _batch_slug(number), case.source + "\n"
        source_id = sources.setdefault((text, case.language), slug)
        if source_id == slug:
            (root / "seeds" / f"{slug}.txt").write_text(text, encoding="utf-8")
            library.append(_library_entry(slug, text, case.language))
        (root / "content" / slug).mkdir()
        (root / "content" / slug / "briefing.yaml").write_text(_one_sentence_briefing(case, source_id),
                                                               encoding="utf-8")
    (root / "content" / "sources.yaml").write_text("".join(library), encoding="utf-8")


def assert_summary_outcome(lines: list[str], outcome: str) -> None:
    """Assert one_sentence_checked's summary built ("ok"), or was refused on its line (3) with `outcome` in the
    error."""
    if outcome == "ok":
        assert lines == []
    else:
        assert any(line.startswith("content/flood/briefing.yaml:3: `summary`: ") and outcome in line
                   for line in lines), lines


@contextlib.contextmanager
def content_on_tmpfs(project: Path):
    """Put the project's content/ on a 64 KB tmpfs of its own (to fill, or to make read-only) while in the block."""
    content = project / "content"
    content.rename(project / "content-copy")
    content.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(content)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        subprocess.run(["cp", "-r", f"{project}/content-copy/.", str(content)], check=True)
        yield project
    finally:
        subprocess.run(["umount", str(content)], check=True)


def fill_up(folder: Path) -> None:
    """Write a file into `folder` until its disk is full."""
    filler = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        with pytest.raises(OSError):
            while True:
                os.write(filler, b"\0" * 4096)
    finally:
        os.close(filler)


def first_build(root: Path) -> dict[str, str]:
    """Build the project at `root` with no .cache/ and no site/, as a user's first build; return the site's digest."""
    shutil.rmtree(root / ".cache", ignore_errors=True)
    shutil.rmtree(root / "site", ignore_errors=True)
    result = run_build(root)
    assert result.code == 0, result.err
    return tree_digest(root / "site")


def pairs(words: list[str], separators: list[str]) -> list[str]:
    """Return every word alone and every ordered two of them joined by each separator: texts a word lookup standing
    for a pattern is tried on in turn, where random lists of the words left one word untried in some seeds."""
    return words + [first + between + second for first in words for second in words for between in separators]


def sides_and_firms() -> tuple:
    """Return the parties the fact-check tests of several topics share: two countries at odds and a buyer and its
    target."""
    from explainer.model import Party

    return (Party(id="north", name="Northland", short_name="Northland", role="side"),
            Party(id="south", name="Southland", short_name="Southland", role="side"),
            Party(id="acme", name="Acme Corp", short_name="Acme", role="buyer"),
            Party(id="bolt", name="Bolt Industries", short_name="Bolt", role="target"))


def sentence_findings(sentence: str, passages, language: str, parties, statement_of: str = "",
                      published: str = "") -> list[str]:
    """Return what the build's sentence checks say of one sentence of a briefing of `parties` (model.Party) in
    `language`, citing `passages` (texts in that language): the figures check_prose reads, and _reworded's findings.
    With `statement_of`, the passages are of a source that is that party's statement throughout (sources.yaml); with
    `published` (YYYY-MM-DD), of a source published that day."""
    from explainer.attribution import check_prose
    from explainer.checked import Passages
    from explainer.cite import _reworded

    from explainer.neutral_parties import backs_no_side

    cited, words = _cited_and_named(passages, language, parties, statement_of, published)
    neutral = tuple(party.id for party in parties if backs_no_side(party.role))  # as plan.py gives FileCiter
    found = (check_prose(sentence + "[^k]", lambda key: cited, language, 2)
             + _reworded(sentence, Passages(cited), 0, language, Passages(), words, neutral))
    return [finding.message for finding in found]


def findings_in_language(language: str, sentence: str, passages: str | tuple[str, ...]) -> list[str]:
    """Return the build's findings of one sentence in `language` citing `passages` (one, or several), read with
    that language's built-in locale as a build reads it."""
    read_as_project_locale(REPO, language)
    return sentence_findings(sentence, (passages,) if isinstance(passages, str) else passages, language, ())


def item_findings(text: str, passages, language: str, parties, by_claimant: bool = False) -> list[str]:
    """Return what the build's checks of an item cited as a whole (_reworded_item) say of `text`, as
    sentence_findings says of one sentence (`by_claimant`: a claim's words, whose claimant says whose they are)."""
    from explainer.checked import Passages
    from explainer.cite import _reworded_item

    cited, words = _cited_and_named(passages, language, parties)
    return [finding.message for finding in _reworded_item(text, Passages(cited), language, words, by_claimant)]


def _cited_and_named(passages, language: str, parties, statement_of: str = "",
                     published: str = "") -> tuple[list, tuple]:
    """Return `passages` as the checks read cited passages, and each party's id with the words naming it."""
    from explainer.attribution import Cited
    from explainer.owners import party_words
    from explainer.pdf_text import as_checked

    cited = [Cited(as_checked(passage), language, as_checked(passage), "", statement_of, published)
             for passage in passages]
    return cited, tuple((party.id, party_words(party, language)) for party in parties)


def assert_statement_outcome(checked: "SentencesChecked", passage: str, sentence: str, whose: str, expected: str,
                             parties: str, statement_findings) -> None:
    """Assert a sentence builds ("ok") or is refused with `expected` in its error: citing a statement of `whose`, as
    `statement_findings(sentence, passage, whose)` reads it in this process; else through a one-sentence briefing
    of `parties` checked by `checked`."""
    if not whose:
        assert_summary_outcome(checked(passage, sentence, parties), expected)
    elif expected == "ok":
        assert statement_findings(sentence, passage, whose) == []
    else:
        found = statement_findings(sentence, passage, whose)
        assert any(expected in message for message in found), found


def nested_folders(folder: Path, depth: int) -> Path:
    """Make `depth` folders one in another under `folder` (each opened from the one above, as a shell's loop would)
    and return the deepest."""
    handle = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    for _ in range(depth):
        os.mkdir("a", dir_fd=handle)
        deeper = os.open("a", os.O_RDONLY | os.O_DIRECTORY, dir_fd=handle)
        os.close(handle)
        handle = deeper
    os.close(handle)
    return folder.joinpath(*["a"] * depth)


def remove_nested(folder: Path, depth: int) -> None:
    """Remove what nested_folders made, deepest first: shutil.rmtree, which calls itself once per level, cannot."""
    deepest = folder.joinpath(*["a"] * depth)
    for name in os.listdir(deepest):
        os.unlink(deepest / name)
    for level in range(depth, 0, -1):
        os.rmdir(folder.joinpath(*["a"] * level))


def link_cache(root: Path, target: Path) -> None:
    """Make the project's `.cache` a link to `target`, in place of whatever `.cache` was."""
    if (root / ".cache").is_symlink():
        (root / ".cache").unlink()
    elif (root / ".cache").exists():
        shutil.rmtree(root / ".cache")
    (root / ".cache").symlink_to(target)


def files_in(folder: Path) -> dict[str, bytes]:
    """Return every file under `folder`, by its path there, with its bytes."""
    return {os.path.relpath(path, folder): path.read_bytes() for path in folder.rglob("*") if path.is_file()}
