"""Source documents: read them safely from seeds/ and cut them into paragraphs and sentences."""

from __future__ import annotations

import bisect
import dataclasses
import hashlib
import os
import re
import unicodedata
from functools import cached_property
from pathlib import Path, PurePosixPath

from . import patterns
from .filedigests import FileDigests
from .hints import MAX_SUGGESTED, closest, one_of
from .line_ends import line_of_offset
from .memo import digest_of
from .model import Source
from .numbers import writes_ordinal_dot
from .problems import ContentError, Problem
from .seed_files import EMPTY_SEED_HINT, empty_seed, seeds_named_alike
from .safefs import (FileRefused, ListedEntry, folder_entries, leading_nowhere, not_a_folder, read_regular,
                     read_regular_with_status)
from .sentences import ends_a_title, ordinal
from .disguise import char_name, hidden_inside_word
from .yamlsafe import MAX_FILE_BYTES, NONCHARACTERS, wide_encoding

MAX_SOURCE_BYTES = 4 * MAX_FILE_BYTES

_PARAGRAPH_BREAK = patterns.compile(r"\n[ \t]*\n\s*")
# A sentence ends at . ! ? (and any closing quotes) followed by space and a capital of any script or a digit (an
# opening quote before it), or at Japanese and Chinese 。！？ with or without space after them (but not inside a
# quotation closing right after: 「…。」と). The stop itself is matched (not looked behind for), one class of all six
# first, so that re scans ahead for it (two alternatives each starting with a class it tried at every character: 2.5
# times the time); whether a letter is a capital is asked of it (`_opens_sentence`): re cannot ("Явка", "Łódź").
# Urdu ends a sentence with "۔" and Arabic script asks with "؟"; Urdu papers quote ”…“, closing with “. Hindi ends one
# with the danda "।" (a verse with "॥").
_SENTENCE_END = patterns.compile(
    r"""[.!?。！？۔؟।॥](?:(?<=[.!?۔؟।॥])["'”’)»“]*\s+(?=["“‘'(«„”]?\w)|(?<=[。！？])(?![」』）])\s*(?=\S))""")
_OPENING_QUOTES = "\"“‘'(«„"


_COMPARED = tuple(field.name for field in dataclasses.fields(Source) if field.compare)  # an entry as it compares


# Each source's text, by the SHA-256 of its file's bytes, for the life of the process: a process that builds
# more than once (the preview's build process) reads again only the sources that changed. Only the texts of
# the last build's sources are kept (`read_sources` lets the others go).
_TEXTS: dict[str, str] = {}


class SourceText:
    """A source's metadata with its full text, exactly as stored in seeds/.

    A source whose bytes a build knows already (by their digest, through their file's unchanged
    signature: explainer/filedigests.py) is read only if something asks for its text, and then
    must still have those bytes.
    """

    def __init__(self, source: Source, text: str | None = None, sha256: str = "", path: Path | str | None = None,
                 seeds: Path | None = None, entry: str = ""):
        self.source, self.sha256 = source, sha256  # sha256: of the file's bytes as read, for the integrity check
        self._entry = entry  # entry_key(source), when the build kept it
        self._path, self._seeds = path, seeds  # where the text is, when it is not given
        if text is not None:
            self.__dict__["text"] = text

    def __repr__(self) -> str:
        return f"SourceText({self.source.id!r}, sha256={self.sha256[:12]!r})"

    @cached_property
    def text(self) -> str:
        """Return the text of a source not read yet: its file's bytes, which must be those it was known by."""
        kept = _TEXTS.get(self.sha256)
        if kept is not None:
            return kept
        shown = f"seeds/{self.source.file}"
        try:
            raw = read_regular(self._path, self._seeds.parent, MAX_SOURCE_BYTES, shown)  # as read_source reads it
        except FileRefused as error:
            raise ContentError([error.problem]) from None
        if hashlib.sha256(raw).hexdigest() != self.sha256:
            raise ContentError([Problem(shown, 0, "changed while the site was being built", "build again")])
        text = _TEXTS[self.sha256] = _as_text(raw)
        return text

    @cached_property
    def key(self) -> str:
        """Return a digest of the source's library entry and text: what stands for both in the keys of results.

        The entry as it compares: where it is written in sources.yaml (its lines, which nothing
        made from it shows) is left out, so a source added above it changes nothing built from it.
        """
        return (self._entry or entry_key(self.source)) + (self.sha256 or digest_of(self.text))

    @cached_property
    def paragraphs(self) -> tuple[tuple[int, int], ...]:
        """Return the (start, end) character span of every paragraph."""
        spans, start = [], 0
        for match in _PARAGRAPH_BREAK.finditer(self.text):
            spans.append((start, match.start()))
            start = match.end()
        spans.append((start, len(self.text)))
        return tuple((a, b) for a, b in spans if self.text[a:b].strip())

    @cached_property
    def sentences(self) -> tuple[tuple[int, int], ...]:
        """Return the (start, end) span of every sentence, paragraph by paragraph. In a language whose locale
        writes ordinals with a dot ("am 3. März", "Anselm II."), such a dot ends no sentence, as in prose."""
        spans = []
        ordinal_dot = writes_ordinal_dot(self.source.language)
        for start, end in self.paragraphs:
            cursor = start
            for match in _SENTENCE_END.finditer(self.text, start, end):
                if self.text[match.start()] in ".!?" and not _opens_sentence(self.text, match.end()):
                    continue  # "e.g. the", "vs. a": no capital after the stop
                if ordinal_dot and self.text[match.start()] == "." and match.group()[1:].isspace() \
                        and ordinal(self.text, start, match.start()):
                    continue  # "am 3. März 2026": one sentence
                if self.text[match.start()] == "." and ends_a_title(self.text, start, match.start()):
                    continue  # "Dr. Katrin Albers": a title before a name
                spans.append((cursor, match.start() + 1))  # the sentence keeps its stop
                cursor = match.end()
            spans.append((cursor, end))
        return tuple((a, b) for a, b in spans if self.text[a:b].strip())

    @cached_property
    def _line_starts(self) -> list[int]:
        return [0] + [match.end() for match in re.finditer("\n", self.text)]

    def line_at(self, offset: int) -> int:
        """Return the 1-based line of the source file holding a character offset."""
        return bisect.bisect_right(self._line_starts, offset)


def _opens_sentence(text: str, at: int) -> bool:
    """Say whether a sentence may start at `at`: a capital letter of any script or a digit, perhaps after a quote."""
    at += text[at:at + 1] in _OPENING_QUOTES
    return text[at:at + 1].isupper() or text[at:at + 1].isdigit()


def entry_key(source: Source) -> str:
    """Return a digest of a library entry as it compares (`SourceText.key`)."""
    return digest_of([(name, getattr(source, name)) for name in _COMPARED])


def resolve_source_path(seeds: Path, name: str, listing: dict | None = None) -> Path | None:
    """Return the path of a seed file if `name` stays inside seeds/ (symlinks included), else None.

    `listing` (from `list_seeds`) answers the symlink question for files directly in seeds/
    without a system call each.
    """
    if listing is not None and name in listing and _plain_name(name) and not listing[name].is_symlink():
        return seeds / name  # a plain file name directly in seeds/, as almost every source is: nothing to resolve
    pure = PurePosixPath(name)
    if pure.is_absolute() or ".." in pure.parts or "\\" in name or not name.strip():
        return None
    path = seeds / pure
    try:
        if _has_symlink(seeds, pure, listing) and not path.resolve().is_relative_to(seeds.resolve()):
            return None
    except (OSError, RuntimeError):  # RuntimeError: a loop of links, which Path.resolve raises on
        return path  # we cannot tell; reading it will say why not (read_regular checks the link again)
    return path


def _outside(seeds: Path, source: Source, shown: str, line: int) -> Problem:
    """Return the problem of a source file outside seeds/: named so, or a symbolic link in seeds/ leading out of it."""
    pure = PurePosixPath(source.file)
    if pure.is_absolute() or ".." in pure.parts or "\\" in source.file or not source.file.strip():
        return Problem(shown, line, f"source '{source.id}': file '{source.file}' is outside seeds/",
                       "name a file inside seeds/, without '..' or a leading '/'")
    # The name is inside seeds/ as written, but a step of it is a link out of seeds/, which a build does not follow
    # ("name a file without '..'" told an editor to change what was already right).
    step = seeds
    for part in pure.parts:
        step = step / part
        if step.is_symlink():
            break
    try:
        target = os.readlink(step)
    except OSError:
        target = "a place outside seeds/"
    return Problem(shown, line, f"source '{source.id}': seeds/{step.relative_to(seeds).as_posix()} is a link leading "
                                f"out of seeds/, to {target}", "replace the link with a copy of the file")


def _plain_name(name: str) -> bool:
    """Say whether `name` is a plain file name (as a listing of seeds/ holds), nothing to resolve."""
    return bool(name.strip()) and name not in (".", "..") and "\\" not in name and "/" not in name


def list_seeds(seeds: Path) -> dict[str, ListedEntry]:
    """Return the entries directly inside seeds/ by name: one directory read for all sources."""
    try:
        return _scan_seeds(seeds)
    except (OSError, FileRefused):
        return {}


def _names_by_reading(names) -> dict[str, str]:
    """Return the names of seeds/ by how they read: accents composed, letters in one case."""
    return {unicodedata.normalize("NFC", name).casefold(): name for name in sorted(names, reverse=True)}


def _naming_twin(problem: Problem, source: Source, names: dict[str, str]) -> Problem:
    """Return the problem of a source whose file is missing, its hint naming a file of seeds/ (from
    _names_by_reading) that reads as the file's name but is written otherwise: its accents decomposed (`cafe` and
    U+0301, as macOS and some copies store a name; shown as that escape), or in other letter case."""
    twin = names.get(unicodedata.normalize("NFC", source.file).casefold())
    if twin is None or twin == source.file or problem.message != _missing(source):
        return problem
    shown = "".join(f"\\u{ord(char):04x}" if unicodedata.combining(char) else char for char in twin)
    return dataclasses.replace(problem, hint=f"seeds/ holds '{shown}', the same name in other characters or letter "
                                             "case: rename that file as sources.yaml names it")


def _misspelt(problem: Problem, source: Source, unlisted: list[str]) -> Problem:
    """Return the problem of a source whose file is missing, its hint naming the file of seeds/ no source lists whose
    name is closest to it: a new source's `file:` typed `cma_notice.txt` beside the `cma-notice.txt` just saved."""
    close = closest(source.file, unlisted)
    if close is None:
        return problem
    return dataclasses.replace(problem, hint=f"did you mean '{close}'? seeds/ holds it, and no source names it")


def _unlisted(listing: dict[str, ListedEntry], sources) -> list[str]:
    """Return the names of the files directly in seeds/ that no source of the library names (dot-files left out)."""
    listed = {source.file for source in sources}
    return [name for name in sorted(listing) if name not in listed and not name.startswith(".")
            and listing[name].is_file(follow_symlinks=False)]


_MISSING_HINT = "copy the document into seeds/ or fix the file name"


def _missing(source: Source) -> str:
    return f"source '{source.id}': file 'seeds/{source.file}' does not exist"


def _scan_seeds(seeds: Path) -> dict[str, ListedEntry]:
    """Return seeds/'s entries by name, listed through the descriptor of the folder checked (FileRefused if it is a
    link leading out of the project folder, as content/ is refused)."""
    return folder_entries(seeds, seeds.parent)


def _has_symlink(seeds: Path, pure: PurePosixPath, listing: dict | None = None) -> bool:
    """Say whether any step from seeds/ to the file is a symlink (only then is resolving needed)."""
    if listing is not None and len(pure.parts) == 1 and pure.name in listing:
        return listing[pure.name].is_symlink()
    path = seeds
    for part in pure.parts:
        path = path / part
        if path.is_symlink():
            return True
    return False


def read_source(seeds: Path, source: Source, shown: str, listing: dict | None = None,
                digests: FileDigests | None = None, entry: str = "") -> SourceText | Problem:
    """Return the source's text, or a Problem saying why it cannot be used.

    With `digests`, a file directly in seeds/ whose signature is unchanged since a build read
    it (and found it usable) is not read: its text is read only if asked for.
    """
    found = listing.get(source.file) if digests is not None and listing is not None else None
    if found is not None and _plain_name(source.file) and not found.is_symlink():
        try:  # the listing's own path: what `seeds / name` reads as, without making one per source
            known = digests.known(found.path, found.stat(follow_symlinks=False))
        except OSError:
            known = None  # gone since the folder was listed: reading it says so
        if known is not None:
            return SourceText(source, None, known, found.path, seeds, entry)  # a Path for each cost 30 ms at 4,000 sources
    line = source.line_of("file")
    path = resolve_source_path(seeds, source.file, listing)
    if path is None:
        return _outside(seeds, source, shown, line)
    try:
        # From the project folder, seeds/ opened as a step not followed if a link: read from seeds/ itself, a seeds/
        # swapped for a link out of the project after its listing was followed there (tests/test_attack_45.py).
        raw, status = read_regular_with_status(path, seeds.parent, MAX_SOURCE_BYTES, f"seeds/{source.file}")
    except FileRefused as error:
        if error.missing and (nowhere := leading_nowhere(seeds / source.file, f"seeds/{source.file}")) is not None:
            return Problem(shown, line, f"source '{source.id}': seeds/{source.file} {nowhere.message}", nowhere.hint)
        if error.missing:
            return Problem(shown, line, _missing(source), _MISSING_HINT)
        return Problem(shown, line, f"source '{source.id}': seeds/{source.file} {error.message}", error.hint)
    wide = wide_encoding(raw)
    if wide:
        return Problem(f"seeds/{source.file}", 1, f"the document is written in {wide}, not UTF-8",
                       "convert the document to UTF-8")
    try:
        text = _as_text(raw)
    except UnicodeDecodeError as error:
        bad_line = line_of_offset(raw, error.start)
        return Problem(f"seeds/{source.file}", bad_line, f"byte 0x{raw[error.start]:02x} is not valid UTF-8",
                       "convert the document to UTF-8")
    if not text or (text[0].isspace() and not text.strip()):  # each citation of it was "not in source", one a line
        return Problem(f"seeds/{source.file}", 1, empty_seed(raw), EMPTY_SEED_HINT)
    if "\x00" in text:
        return Problem(f"seeds/{source.file}", text.count("\n", 0, text.index("\x00")) + 1,
                       "the document contains a NUL character", "this is not a text document; convert it to text")
    override = _DIRECTION_OVERRIDE.search(text)
    if override:  # "\u202e002" shows 200 on the source page while the checks read 002: text shown out of order
        kind = "override" if override.group() in "\u202d\u202e" else "embedding or isolate"
        return Problem(f"seeds/{source.file}", text.count("\n", 0, override.start()) + 1,
                       f"the document contains a direction {kind} (U+{ord(override.group()):04X}), which shows "
                       "the characters after it in another order than they are checked",
                       "remove it from the document: a source's text must read as it is stored")
    hidden = hidden_inside_word(text)
    if hidden:  # "1<ZWSP>200" shows 1200 on the source page while the checks read 1 and 200
        return Problem(f"seeds/{source.file}", text.count("\n", 0, hidden[0]) + 1,
                       f"the document holds an invisible character, {char_name(text[hidden[0]])}, inside "
                       f"\"{_around(text, *hidden)}\", which its page shows as one word or figure "
                       "where the checks read two", "remove it from the document: a source's text must read as it shows")
    noncharacter = _first_noncharacter(text)
    if noncharacter:  # the source page shows the text as stored, and no page may hold one (an HTML checker refuses it)
        return Problem(f"seeds/{source.file}", text.count("\n", 0, noncharacter.start()) + 1,
                       f"the document contains a noncharacter (U+{ord(noncharacter.group()):04X}), which no text "
                       "holds and no page may show", "remove it from the document, or convert the document to text again")
    digest = hashlib.sha256(raw).hexdigest()
    if digests is not None:
        digests.record(os.fspath(path), status, digest)  # only a usable file: one refused is read again
    _TEXTS[digest] = text
    return SourceText(source, text, digest, entry=entry)


def _around(text: str, start: int, end: int) -> str:
    """Return the word or figure around text[start:end], without it: "1200" of "1<ZWSP>200"."""
    before = re.search(r"\w*\Z", text[max(0, start - 40):start]).group()
    after = re.match(r"\w*", text[end:end + 40]).group()
    return before + after


def _as_text(raw: bytes) -> str:
    """Return a source file's bytes as the text the build reads: lines ended by "\n", letters composed."""
    return _composed(_lines_ended(raw.decode("utf-8-sig")))


def _composed(text: str) -> str:
    """Return text in Unicode's composed form (NFC), which shows the same letters.

    A document saved decomposed ("e" then U+0301 for "é", as some PDF converters and Mac tools write it) could
    not be quoted at all: an editor types "é" as one character, as content must (a combining mark on a Latin
    letter is refused there), and "été" was not found in it; a month or name with an accent was not read.
    """
    return text if text.isascii() or unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def _lines_ended(text: str) -> str:
    """Return text with every line ended by "\n": a CRLF's two characters made one, and a lone CR (an old Mac's line
    end) read as the line end it is, so that "against\r\rCivilians" is two paragraphs on the source page, and a quote
    joining them is refused as at any paragraph's end."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


# The overrides (U+202D, U+202E), and the embeddings and isolates: "\u2067120 to 30\u2069" shows "to 30 120", the
# figures of a right-to-left run in reverse order, where the checks read 120 to 30. (The marks U+200E and U+200F
# reorder no run of digits or Latin words, and right-to-left sources use them: they stay.)
_DIRECTION_OVERRIDE = patterns.compile("[\u202a-\u202e\u2066-\u2069]")
_NONCHARACTER = patterns.compile(f"[{NONCHARACTERS}]")
_FROM_FIRST_NONCHARACTER = patterns.compile("[\ufdd0-\U0010ffff]")


def _first_noncharacter(text: str) -> re.Match | None:
    """Return the first noncharacter of text, or None. The class of 34 characters and a range costs 0.13 µs a
    character (2.6 s over the 19 MiB of 4,000 sources), one range 0.02: it finds each character it must look at."""
    if text.isascii():
        return None
    for found in _FROM_FIRST_NONCHARACTER.finditer(text):
        if _NONCHARACTER.match(found.group()):
            return _NONCHARACTER.match(text, found.start())
    return None


def read_sources(seeds: Path, sources, shown: str, digests: FileDigests | None = None,
                 entries: tuple[str, ...] = ()) -> tuple[dict[str, SourceText], list[Problem]]:
    """Return the readable sources by id, and a Problem for each one that cannot be used; `entries`, when
    given, holds each source's entry_key (kept by the build with the library's parse).

    Read in this process, however many: reading and hashing a file costs less than sending its
    text back from a worker (measured at 4,000 sources: 0.2 s here, 0.3-0.8 s with two workers).
    """
    try:  # as content/ and locales/: seeds/ itself (always in the project folder) may not lead out of it
        listing = _scan_seeds(seeds)
    except FileRefused as error:
        return {}, error.problems
    except FileNotFoundError:
        listing = {}  # each source then says it does not exist
    except OSError as error:
        if kind := not_a_folder(seeds):
            return {}, [Problem("seeds", 0, f"is {kind}, not a folder", "replace it with the folder of the sources' "
                                "documents")]
        return {}, [Problem("seeds/", 0, f"cannot be read: {error.strerror or error}", "check the folder's permissions")]
    texts, problems, names, ids, missing, unlisted = {}, [], None, set(), 0, None
    for source, entry in zip(sources, entries or [""] * len(sources)):
        if source.id in ids:  # an id used twice is one problem (crosscheck's); its first entry is the source
            continue
        ids.add(source.id)
        found = read_source(seeds, source, shown, listing, digests, entry)
        if isinstance(found, Problem):
            if found.message == _missing(source):
                names = _names_by_reading(listing) if names is None else names  # once, at the first missing
                found = _naming_twin(found, source, names)
                missing += 1
                if found.hint == _MISSING_HINT and missing <= MAX_SUGGESTED:
                    unlisted = _unlisted(listing, sources) if unlisted is None else unlisted
                    found = _misspelt(found, source, unlisted)
            problems.append(found)
        else:
            texts[found.source.id] = found
    problems += seeds_named_alike(listing, {source.file for source in sources})
    current = {text.sha256 for text in texts.values()}
    for digest in [digest for digest in _TEXTS if digest not in current]:
        del _TEXTS[digest]
    return texts, problems


def library_text(root: Path, source_id: str | None = None) -> SourceText:
    """Return a source of content/sources.yaml with its text, read as the build reads it (the first one when
    no id is given; an empty id is none of them); raise LookupError with a one-line message when there is none to read.

    A `sha256:` placeholder of any source ("TODO") is read as if blank: `cite`, `new` and `accept-source`
    are how an editor adding sources gets to a library the build accepts, so they must work before it does.
    """
    from .load import parse_file
    from .model import SourcesFile
    from .yamlsafe import YamlProblem, read_text

    path, shown = root / "content" / "sources.yaml", "content/sources.yaml"
    try:
        lines = read_text(path, shown, root=root).split("\n")
    except YamlProblem as error:
        raise LookupError(str(error.problem)) from None
    for line in placeholder_digest_lines(root).values():
        blank_value(lines, line - 1)
    library, problems = parse_file("\n".join(lines).encode("utf-8"), shown, SourcesFile)
    if library is None:
        raise LookupError(str(problems[0]) if problems else "content/sources.yaml: cannot be read")
    sources = {}
    for source in library.sources:  # the first entry of an id is the source, as in the build
        sources.setdefault(source.id, source)
    source = library.sources[0] if source_id is None else sources.get(source_id)
    if source is None:
        raise LookupError(f"content/sources.yaml: no source '{source_id}' ({one_of(source_id, sources)})")
    twice = [other.line_of("id") for other in library.sources if other.id == source.id and other is not source]
    if twice:  # which entry's file and digest the editor meant is theirs to say
        raise LookupError(f"content/sources.yaml:{twice[0]}: source id '{source.id}' is used twice (first on line "
                          f"{source.line_of('id')}) (give each one its own, then run the command again)")
    text = read_source(root / "seeds", source.read_in(_site_language(root)), "content/sources.yaml")
    if isinstance(text, Problem):
        try:
            listing = _scan_seeds(root / "seeds")
        except (OSError, FileRefused):
            raise LookupError(str(text)) from None
        text = _naming_twin(text, source, _names_by_reading(listing))
        if text.hint == _MISSING_HINT:
            text = _misspelt(text, source, _unlisted(listing, library.sources))
        raise LookupError(str(text))
    return text


def blank_value(lines: list[str], index: int) -> None:
    """Blank the line `index`, a key's, and the lines of its value below it (more indented, or blank): a placeholder
    written `sha256: |` over two lines left its `TODO` to the key above, read as `file: "flood.txt\nTODO"`."""
    column = len(lines[index]) - len(lines[index].lstrip(" -"))
    lines[index] = ""
    for below in range(index + 1, len(lines)):
        text = lines[below].rstrip("\r")
        if text.strip() and len(text) - len(text.lstrip(" ")) <= column:
            return
        lines[below] = ""


def _site_language(root: Path) -> str:
    """Return the language content/site.yaml gives the site (its default when the file does not load)."""
    from .load import load_one
    from .model import SiteFile

    site, _ = load_one(root / "content" / "site.yaml", "content/site.yaml", SiteFile, root)
    return site.language if site is not None else "en"


_SHA256 = patterns.compile(r"[0-9a-f]{64}")


def placeholder_digest_lines(root: Path) -> dict[str, int]:
    """Return {source id: line of its `sha256:`} for every source whose value there is no SHA-256.

    An editor adding a source writes something there first ("TODO", or the README's shortened
    "8ace2235..."), which the library refuses, and the message says to run accept-source: it
    must then replace that value, not refuse it too, nor refuse for another new source's.
    """
    from .yamlsafe import YamlMap, YamlProblem, load_yaml

    try:
        library = load_yaml(root / "content" / "sources.yaml", "content/sources.yaml", root)
    except YamlProblem:
        return {}
    entries = library.get("sources") if isinstance(library, YamlMap) else None
    lines = {}
    for entry in entries if isinstance(entries, list) else []:
        if isinstance(entry, YamlMap) and isinstance(entry.get("id"), str) and "sha256" in entry:
            value = entry["sha256"]
            if not (isinstance(value, str) and _SHA256.fullmatch(value)):
                lines[entry["id"]] = entry.key_lines["sha256"]
    return lines
