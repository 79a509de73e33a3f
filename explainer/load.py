"""Load stage: read the microsite's content files and convert them into the content model.

content/site.yaml and content/sources.yaml describe the microsite and its shared source
library; every folder beside them is one briefing, named by its slug.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from dataclasses import replace
from pathlib import Path

from . import model, windows_names
from .filedigests import FileDigests
from .problems import Problem, display_path, printable
from .memo import Deferred, PackMemo, code_digest, digest_of
from .records import record
from .safefs import (FileRefused, folder_entries, left_out, not_a_folder, only_regular_files, read_regular,
                     read_regular_with_status, removed_while_read, unlisted)
from .sources import placeholder_digest_lines
from .strays import BRIEFING_HINT, BRIEFING_MANY_HINT, stray_file_problems
from .validate import convert_file, too_many_markers
from .yamlsafe import CONTENT_TOO_LARGE, MAX_FILE_BYTES, YamlProblem, decode_text, parse_yaml

REQUIRED_KINDS = ("briefing",)
# Slugs that would collide with the site's own folders, or with the preview's live-reload address (/livereload, which
# its websocket answers: a briefing there was reached only with the slash after its name).
RESERVED_SLUGS = frozenset({"sources", "static", "data", "livereload"})
RESERVED_SHOWN = "sources, static, data or livereload"


@record
class ContentFile:
    """One converted content file and the path editors know it by."""

    kind: str
    shown: str
    parsed: object  # its content object, or a Deferred one kept by a build: unpickled only when first read
    digest: str = ""  # of the file's bytes and the code that read them: what later stages key reuse on

    @property
    def data(self):
        """Return the file's content object."""
        return self.parsed.get() if isinstance(self.parsed, Deferred) else self.parsed


@record
class Content:
    """Every content file of one briefing, by kind."""

    slug: str
    files: dict[str, ContentFile]

    @property
    def briefing(self) -> model.BriefingFile:
        """Return the briefing's briefing.yaml content."""
        return self.files["briefing"].data

    def get(self, kind: str):
        """Return the content of one kind of file, or None when the briefing has none."""
        found = self.files.get(kind)
        return found.data if found else None

    def in_page_order(self) -> list[ContentFile]:
        """Return the files in the order their sections appear on the page."""
        return [self.files[kind] for kind in model.FILE_KINDS if kind in self.files]


@record
class SiteContent:
    """The microsite's settings, its source library and every briefing, by slug order."""

    site: ContentFile
    library: ContentFile
    briefings: tuple[Content, ...]

    @property
    def settings(self) -> model.SiteFile:
        return self.site.data

    @property
    def sources(self) -> tuple[model.Source, ...]:
        return self.library.data.sources


def no_content_folder(content_dir: Path, root: Path) -> Problem:
    """Return the problem of a project folder without `content/`, naming that folder: `check --root /` said only
    "content folder not found", not where it looked (tests/test_attack_41.py)."""
    return Problem(display_path(content_dir, root), 0, f"content folder not found in '{printable(str(root))}'",
                   "pass --root with the project folder, the one holding content/, seeds/ and templates/, or run the "
                   "build from it")


def load_site_content(root: Path, content_dir: Path, memo=None,
                      digests: FileDigests | None = None) -> tuple[SiteContent | None, list[Problem]]:
    """Return the microsite's content (None if site.yaml or sources.yaml is unusable) and every problem.

    With a memo, a file parsed by an earlier build is not parsed again; with `digests` too, one
    whose signature is unchanged since a build read it is not even read.
    """
    if kind := not_a_folder(content_dir):
        return None, [Problem(display_path(content_dir, root), 0, f"is {kind}, not a folder",
                              "replace it with the folder holding site.yaml, sources.yaml and a folder per briefing")]
    if not content_dir.is_dir():
        return None, [no_content_folder(content_dir, root)]
    problems: list[Problem] = []
    try:
        only_regular_files(content_dir, root)  # links out of the project, pipes and devices are refused up front
    except FileRefused as error:
        return None, error.problems
    try:  # names sorted as strings, kinds from the listing: 100,000 strays are cheap
        entries = sorted(_kinds(content_dir, root))  # by descriptor: the one checked is listed
    except FileRefused as error:
        return None, error.problems
    listings = {}
    for name, is_dir in entries:
        if is_dir:
            try:
                listings[content_dir / name] = briefing_listing(content_dir / name, root)
            except FileRefused as error:  # swapped for a link out since checked: refused as one there from the start
                problems += error.problems
    folders = {folder: paths for folder, (paths, _) in listings.items()}
    ahead = parse_ahead(content_dir, root, memo, folders, digests) if memo is not None else {}
    own = {kind: load_known(content_dir / f"{kind}.yaml", root, cls, problems, memo, ahead)
           for kind, cls in model.SITE_KINDS.items()}
    briefings = []
    for folder, paths in folders.items():
        briefing = load_briefing_folder(folder, paths, root, problems, memo, ahead)
        if briefing is not None:
            briefings.append(briefing)
    own_names = {f"{kind}.yaml" for kind in model.SITE_KINDS}
    strays = [name for name, is_dir in entries if not is_dir and name not in own_names]
    problems += stray_file_problems(strays, content_dir, root)
    for folder, (_, strays_in_folder) in listings.items():
        problems += stray_file_problems(strays_in_folder, folder, root, BRIEFING_HINT, BRIEFING_MANY_HINT)
    if any(data is None for data in own.values()):
        return None, problems
    return SiteContent(own["site"], in_site_language(own["sources"], own["site"].data.language),
                       tuple(briefings)), problems


def in_site_language(library: ContentFile, language: str) -> ContentFile:
    """Return the library with each source that names no language given the site's (`Source.read_in`).

    The digest holds the language, as what later stages reuse must change with it.
    """
    data = library.data
    sources = tuple(source.read_in(language) for source in data.sources)
    return ContentFile(library.kind, library.shown, replace(data, sources=sources),
                       digest_of(library.digest, language) if library.digest else "")


def parse_ahead(content_dir: Path, root: Path, memo: PackMemo, folders: dict[Path, list[Path]],
                digests: FileDigests | None = None) -> dict[Path, str]:
    """Parse every content file not parsed by an earlier build (site.yaml, sources.yaml and the files of
    `folders`, each briefing folder's content files), in worker processes when there are many.

    What the workers parse goes into the memo, where the loading that follows finds it under
    the key returned for each file read; a file this pass cannot read is left for that loading
    to report.
    """
    candidates = [(content_dir / f"{kind}.yaml", cls) for kind, cls in model.SITE_KINDS.items()]  # the library is long
    for paths in folders.values():
        candidates += [(path, model.FILE_KINDS[path.stem]) for path in paths if path.stem in model.FILE_KINDS]
    wanted, readable = [], []
    for path, cls in candidates:
        shown = display_path(path, root)
        known = _known_digest(path, digests) if digests is not None else None
        if known is not None:
            key = file_key(shown, cls, known)
            if memo.get(key) is not None:  # parsed, and not read: `read_content_file` finds it under its key
                readable.append((path, cls))
                wanted.append((key, None))
                continue
        try:
            raw, status = read_regular_with_status(path, root, MAX_FILE_BYTES, shown, CONTENT_TOO_LARGE)
        except FileRefused:
            continue  # the loading that follows says why
        digest = hashlib.sha256(raw).hexdigest()
        if digests is not None:
            digests.record(os.fspath(path), status, digest)
        readable.append((path, cls))
        wanted.append((file_key(shown, cls, digest), (raw, shown, cls)))
    memo.make_missing(wanted, lambda item: kept_form(parse_file(*item)))
    return {path: key for (path, _), (key, _) in zip(readable, wanted)}


def _known_digest(path: Path, digests: FileDigests) -> str | None:
    """Return the digest a build recorded for a content file that is not a link and has not changed since."""
    try:
        status = os.lstat(path)
    except OSError:
        return None
    return digests.known(os.fspath(path), status) if stat.S_ISREG(status.st_mode) else None


def load_known(path: Path, root: Path, cls: type, problems: list[Problem], memo=None,
               ahead: dict[Path, str] | None = None) -> ContentFile | None:
    """Load one required file of the microsite itself, reporting it when missing."""
    shown = display_path(path, root)
    if not path.exists():
        problems.append(Problem(shown, 0, "required file is missing", "create it; see the README's layout section"))
        return None
    data, found, digest = read_content_file(path, shown, cls, root, memo, ahead, listed=True)
    problems.extend(_naming_new_sources(found, root) if cls is model.SourcesFile else found)
    return ContentFile(path.stem, shown, data, digest) if data is not None else None


def _naming_new_sources(found: list[Problem], root: Path) -> list[Problem]:
    """Return the library's problems with each placeholder `sha256:` (`TODO`, as the README has editors write for a
    new source) told the very command that records it, `accept-source` and the source's id, not the field's `ID`."""
    placeholders = {line: source_id for source_id, line in placeholder_digest_lines(root).items()} if found else {}
    return [replace(problem, hint=f"run `python build.py accept-source {placeholders[problem.line]}` to record it")
            if problem.line in placeholders and ".sha256: " in problem.message else problem for problem in found]


def load_briefing_folder(folder: Path, paths: list[Path], root: Path, problems: list[Problem], memo=None,
                         ahead: dict[Path, str] | None = None) -> Content | None:
    """Return one briefing's content from its files `paths` (None if its briefing.yaml is unusable), adding its problems."""
    shown_folder = display_path(folder, root)
    slug = folder.name
    if not re.fullmatch(model.KEY_PATTERN.strip("^$"), slug) or slug in RESERVED_SLUGS:
        problems.append(Problem(shown_folder, 0, f"'{slug}' cannot be a briefing's folder name",
                                f"use lowercase letters, digits and hyphens (not {RESERVED_SHOWN}): "
                                "the name is the briefing's address"))
        return None
    if refused := windows_names.refused_on_windows(slug):  # `con`: a checkout on Windows fails on content/con/
        problems.append(Problem(shown_folder, 0, f"{refused}, {windows_names.CHECKOUT_FAILS}",
                                "rename the folder: the name is the briefing's address"))
        return None
    files: dict[str, ContentFile] = {}
    for path in paths:
        shown = display_path(path, root)
        kind = path.stem
        if kind not in model.FILE_KINDS:
            problems.append(Problem(shown, 0, f"unknown content file '{path.name}'",
                                    f"name it one of: {', '.join(k + '.yaml' for k in model.FILE_KINDS)}"))
            continue
        if kind in files:
            problems.append(Problem(shown, 0, f"'{kind}' content is also in {files[kind].shown}", "keep one of the two files"))
            continue
        data, found, digest = read_content_file(path, shown, model.FILE_KINDS[kind], root, memo, ahead, listed=True)
        problems.extend(found)
        if data is not None:
            files[kind] = ContentFile(kind, shown, data, digest)
    for kind in REQUIRED_KINDS:
        if kind not in files and not any(p.file in (f"{shown_folder}/{kind}.yaml", f"{shown_folder}/{kind}.yml")
                                         for p in problems):
            problems.append(Problem(f"{shown_folder}/{kind}.yaml", 0, "required file is missing",
                                    "create it, or run `python build.py new SLUG --title ...`"))
    # Without briefing.yaml the briefing cannot be checked further; without another file, the rest still can.
    return Content(slug, files) if "briefing" in files else None


def briefing_listing(folder: Path, root: Path) -> tuple[list[Path], list[str]]:
    """Return a briefing folder's content files (.yaml, .yml), sorted, and the names, sorted, of what else it holds
    but leftovers: another file, or a subfolder (its name ending in "/"), which no build would read. A content
    file's name that is no ordinary file is read, and refused there. FileRefused if the folder is now a link out of
    `root` (listed by name, one swapped for it had its names listed: tests/test_attack_44.py)."""
    entries = _kinds(folder, root)
    paths = sorted(folder / name for name, _ in entries if os.path.splitext(name)[1] in (".yaml", ".yml"))
    strays = sorted(name + "/" if is_dir else name for name, is_dir in entries
                    if os.path.splitext(name)[1] not in (".yaml", ".yml"))
    return paths, strays


def _kinds(folder: Path, root: Path) -> list[tuple[str, bool]]:
    """Return the (name, is a folder or a link to one) of `folder`'s entries but leftovers (`left_out`), unsorted;
    FileRefused if it cannot be listed (see `folder_entries`)."""
    try:
        listing = folder_entries(folder, root)
    except OSError as error:
        raise unlisted(error, folder, root) from None
    return [(name, entry.leads_to_folder) for name, entry in listing.items() if not left_out(name)]


def load_one(path: Path, shown: str, cls: type, root: Path | None = None):
    """Return (content object or None, problems) for one file; links may not lead out of `root`."""
    data, problems, _ = read_content_file(path, shown, cls, root)
    return (data.get() if isinstance(data, Deferred) else data), problems


def read_content_file(path: Path, shown: str, cls: type, root: Path | None = None, memo: PackMemo | None = None,
                      ahead: dict[Path, str] | None = None, listed: bool = False):
    """Return (content object or None, problems, digest of the bytes and code) for one file.

    With a memo, a file whose bytes (and our code) are unchanged since a build is not parsed
    again, and a file parse_ahead read (`ahead` holds its key) is not read again. A file `listed`
    (found by the build) and gone when read was removed: "does not exist (check the name, or create it)" misled.
    """
    key = (ahead or {}).get(path)
    found = memo.get(key) if key is not None and memo is not None else None
    if found is not None:
        return (*found, key)
    try:
        raw = read_regular(path, path.parent if root is None else root, MAX_FILE_BYTES, shown, CONTENT_TOO_LARGE)
    except FileRefused as error:
        return None, [removed_while_read(shown).problem if listed and error.missing else error.problem], ""
    key = file_key(shown, cls, hashlib.sha256(raw).hexdigest())
    found = memo.get(key) if memo is not None else None
    if found is None:
        found = kept_form(parse_file(raw, shown, cls)) if memo is not None else parse_file(raw, shown, cls)
        if memo is not None:
            memo.put(key, found)
    return (*found, key)


def kept_form(parsed: tuple) -> tuple:
    """Return a parse's (content object, problems) as the memo keeps it: the object Deferred, so that a
    build unpickles only the files a stage reads (most of an unchanged briefing's are never read)."""
    data, problems = parsed
    return (Deferred(data) if data is not None else None), problems


def file_key(shown: str, cls: type, sha256: str) -> str:
    """Return what a content file's parsed form is kept under: its name, kind and bytes' digest, and our code."""
    return digest_of(code_digest(), shown, cls.__name__, sha256)


def parse_file(raw: bytes, shown: str, cls: type) -> tuple:
    """Return (content object or None, problems) for one content file's bytes."""
    try:
        text = decode_text(raw, shown)
        refused = too_many_markers(text, shown)  # before parsing: 8 MiB hold two million
        if refused is not None:
            return None, [refused]
        return convert_file(parse_yaml(text, shown), cls, shown, text.count("[^"))
    except YamlProblem as error:
        return None, [error.problem]
