"""Source integrity: a source file can never change silently under its citations.

Each source's SHA-256 is recorded in content/sources.yaml. When a file's bytes no longer
match, the build stops and says, citation by citation, whether each still anchors, moved
(compared with the last good build's data), or vanished; `accept-source` records the new hash.
A citation "moved" when it now anchors on other words, or on another occurrence of its words:
one that an edit above it only shifted still anchors where it did, and is counted, not listed.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from .drafts import draft_of, remove_dead_drafts
from .file_size_limit import room_or_limit
from .problems import Problem
from .safefs import FileRefused, read_regular
from .project import Project
from .sitelock import flock_holder, is_stopped
from .sources import SourceText, library_text, placeholder_digest_lines
from .yamlsafe import MAX_FILE_BYTES


def changed_sources(library, texts: dict) -> dict[str, str]:
    """Return {source id: new sha256} for every readable source whose bytes differ from the recorded hash."""
    return {source.id: texts[source.id].sha256 for source in library
            if source.id in texts and texts[source.id].source is source and texts[source.id].sha256 != source.sha256}


class BuiltPassage(NamedTuple):
    """Where the last good build anchored a citation: offsets, words, and which occurrence of those words."""

    start: int
    end: int
    quote: str | None  # None (and occurrence None) in the data of a build made before they were recorded
    occurrence: int | None

    def is_same(self, passage, text: str) -> bool:
        """Say whether `passage` of the source's current `text` is the one the last build anchored on."""
        if self.quote is None or self.occurrence is None:
            return (self.start, self.end) == (passage.start, passage.end)
        return self.quote == passage.text and self.occurrence == passage.occurrence_in(text)


# site/ is the output, anything may have been put there: its briefing.json as a link to /dev/zero filled the memory
# (a MemoryError traceback), a named pipe held the build for ever. Far above what a briefing's own files make.
MAX_BUILT_DATA_BYTES = 16 * MAX_FILE_BYTES


def last_built_passages(out: Path, slug: str) -> dict[str, BuiltPassage]:
    """Return {citation key: BuiltPassage} from the last good build of a briefing, if it is there: a regular file
    inside the output folder, of a sane size; anything else is as no last build."""
    path = out / slug / "data" / "briefing.json"
    try:
        data = json.loads(read_regular(path, out, MAX_BUILT_DATA_BYTES, f"{slug}/data/briefing.json"))
        return {row["key"]: BuiltPassage(row["start"], row["end"], row.get("quote"), row.get("occurrence"))
                for row in data["anchored_citations"]}
    except (FileRefused, OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def integrity_problems(project: Project, library_file, changed: dict[str, str],
                       briefings: list, texts: dict[str, SourceText]) -> list[Problem]:
    """Return one problem per changed source, summing up its citations, and one per citation that moved.

    `briefings` holds each briefing's Anchored (its content, definitions and anchored passages), `texts`
    the sources' current texts by id. A citation that no longer anchors has its own problem from
    anchoring; one still on the same words, at the same occurrence of them, is only counted.
    """
    fates = _fates(project, changed, briefings, texts)
    problems = []
    for source in library_file.data.sources:
        if source.id in changed and texts[source.id].source is not source:
            continue  # a later entry of an id used twice: crosscheck names it, and the first is the source
        if source.id in changed and not source.sha256:
            problems.append(Problem(library_file.shown, source.line_of("file"),
                                    f"source '{source.id}': no SHA-256 recorded for seeds/{source.file}",
                                    f"run `python build.py accept-source {source.id}` to record it"))
        elif source.id in changed:
            fate = fates.get(source.id, {})
            listed = fate.get("moved") or fate.get("lost")
            check = "check the citations listed, then" if listed else "no citation to check: if the edit is as you meant,"
            problems.append(Problem(library_file.shown, source.line_of("sha256"),
                                    f"source '{source.id}': seeds/{source.file} has changed since its SHA-256 "
                                    f"was recorded; {_summary(fate)}",
                                    f"{check} run `python build.py accept-source {source.id}`"))
            moved = fate.get("moved", [])
            problems += [_moved(source, key, shown, citation, passage, before, texts[source.id])
                         for key, shown, citation, passage, before in moved]
    return problems


def _fates(project: Project, changed: dict[str, str], briefings: list,
           texts: dict[str, SourceText]) -> dict[str, dict[str, list]]:
    """Return, per changed source, its citations by fate: same, moved, unknown (no last build) and lost."""
    fates: dict[str, dict[str, list]] = {}
    for briefing in briefings:
        before = last_built_passages(project.out, briefing.content.slug)
        anchored = briefing.passages
        for key, (shown, citation) in sorted(briefing.definitions.items()):
            if citation.source not in changed:
                continue
            passage, then = anchored.get(key), before.get(key)
            fate = ("lost" if passage is None else "unknown" if then is None
                    else "same" if then.is_same(passage, texts[citation.source].text) else "moved")
            fates.setdefault(citation.source, {}).setdefault(fate, []).append((key, shown, citation, passage, then))
    return fates


def _summary(fates: dict[str, list]) -> str:
    """Say how many citations of a changed source still anchor where they did, moved, or no longer anchor."""
    def count(fate: str, one: str, many: str) -> str:
        n = len(fates.get(fate, []))
        return f"{n} citation{'s' if n != 1 else ''} {one if n == 1 else many}" if n else ""

    parts = [count("same", "still anchors where it did", "still anchor where they did"),
             count("unknown", "still anchors (no earlier build to compare its place with)",
                   "still anchor (no earlier build to compare their places with)"),
             count("moved", "moved (listed)", "moved (listed)"),
             count("lost", "no longer anchors (listed)", "no longer anchor (listed)")]
    return ", ".join(part for part in parts if part) or "no briefing cites it"


def _moved(source, key: str, shown: str, citation, passage, before: BuiltPassage, text: SourceText) -> Problem:
    """Return the problem of a citation that still anchors, but on other words or another occurrence of them."""
    return Problem(shown, citation.line_of("quote"),
                   f"citation '{key}' of changed source '{source.id}' moved: it now anchors on line "
                   f"{text.line_at(passage.start)} of seeds/{source.file}, {_how_moved(passage, before, text.text)}",
                   "check that it still quotes the passage you meant")


def _how_moved(passage, before: BuiltPassage, text: str) -> str:
    """Say how a passage differs from the one the last build anchored its citation on."""
    if before.quote is None or before.occurrence is None:  # a last build that recorded only offsets
        shift = passage.start - before.start
        return (f"{abs(shift)} character{'s' if abs(shift) != 1 else ''} {'later' if shift > 0 else 'earlier'} "
                "than at the last build")
    if before.quote != passage.text:
        from .finder import mark_differences  # only a passage on other words needs it (and difflib)

        differences = mark_differences(before.quote, passage.text)
        marked = "[-" in differences or "{+" in differences
        return (f"on other characters than at the last build: {differences}"
                + (" ([-x-] was only in the last build's passage, {+x+} is only in this one)" if marked else ""))
    return (f"on occurrence {passage.occurrence_in(text)} of its words in the source, where the last build "
            f"anchored it on occurrence {before.occurrence}")


class SourceNotAccepted(ValueError):
    """Citations of the source no longer anchor: its new hash is not recorded."""


def accept_source(project: Project, source_id: str, force: bool = False) -> str:
    """Record a source file's current SHA-256 in content/sources.yaml; return what was done.

    Refused while a citation of the source no longer anchors, unless `force`. Only the one
    value is rewritten (or added after `file:`), so the editor's file keeps its comments,
    order and formatting.
    """
    with library_locked(project.content / "sources.yaml"):
        return _accept(project, source_id, force)


@contextlib.contextmanager
def library_locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on the library file (the file a link there leads to) while it is read and replaced.

    Two accept-source run at once each read the file, then renamed their copy over it: the second lost the first's
    record, or wrote its digest at a line the first had moved. The lock is on the file itself, and each replacement
    is a new file, so a run that waited on the file replaced under it takes the lock again on the new one.
    """
    while True:
        try:
            fd = os.open(os.path.realpath(path), os.O_RDONLY | os.O_CLOEXEC | os.O_NOFOLLOW | os.O_NONBLOCK)
        except OSError:  # missing or unreadable: the read that follows says so in its own words
            yield
            return
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:  # waited for in silence: a run stopped with Ctrl-Z in another terminal holds it
                print(waiting_for_library(flock_holder(fd)), file=sys.stderr, flush=True)
                fcntl.flock(fd, fcntl.LOCK_EX)
            try:
                current = os.stat(os.path.realpath(path))
            except OSError:
                current = None
            opened = os.fstat(fd)
            if current is not None and (current.st_dev, current.st_ino) == (opened.st_dev, opened.st_ino):
                yield
                return
        finally:
            os.close(fd)  # and the lock with it


def waiting_for_library(holder: int | None) -> str:
    """Return the line saying that accept-source waits for the process `holder` (None: unknown) to let the library go."""
    who = f"another accept-source (pid {holder})" if holder else "another accept-source"
    line = f"waiting for {who} recording a SHA-256 in content/sources.yaml"
    if holder and is_stopped(holder):
        line += f"; it is stopped: resume it (fg in its terminal, or kill -CONT {holder}) or end it"
    return line


def _accept(project: Project, source_id: str, force: bool) -> str:
    """accept_source's work, with the library file locked: every line number it writes at is read under the lock."""
    library = _bytes_of(project.content / "sources.yaml")  # an editor saving it takes no lock: compared when written
    placeholders = placeholder_digest_lines(project.root)
    placeholder = placeholders.get(source_id, 0)
    text = library_text(project.root, source_id)
    others = sorted((line, other) for other, line in placeholders.items() if other != source_id)
    if others and not (force or placeholder):  # its citations are checked in a library that loads
        line, other = others[0]
        raise SourceNotAccepted(f"content/sources.yaml:{line}: source '{other}' has no SHA-256 yet, so the citations "
                                f"of source '{source_id}' cannot be checked: nothing was recorded (run `python build.py "
                                f"accept-source {other}` first; or add --force to record it anyway)")
    # Over a placeholder no text was ever accepted, so no citation can have been lost: the build checks them all.
    lost = [] if force or placeholder else lost_citations(project, text)
    if lost:
        many = len(lost) != 1
        raise SourceNotAccepted("\n".join([*lost, f"content/sources.yaml:{text.source.line}: the new SHA-256 of "
                                            f"source '{source_id}' was not recorded: {len(lost)} "
                                            f"citation{'s' if many else ''} of it no longer "
                                            f"anchor{'' if many else 's'} (fix the quotes listed, then run "
                                            "accept-source again; or add --force to record it anyway)"]))
    return _record(project, text, library, placeholder)


def _bytes_of(path: Path) -> bytes | None:
    """Return the bytes of the regular file at `path` (or the one its link leads to); None if it is none or cannot be
    read (the reads that follow say why in their own words). A named pipe there is not waited for."""
    target = Path(os.path.realpath(path))
    try:
        return read_regular(target, target.parent, MAX_FILE_BYTES, target.name)
    except FileRefused:
        return None




def lost_citations(project: Project, text: SourceText) -> list[str]:
    """Return a line for each citation of the source, in any briefing or site.yaml, that no longer anchors."""
    from .anchor import MAX_SUGGESTED, SourceIndex, citation_definitions, closest_passage_hint
    from .load import load_site_content

    content, problems = load_site_content(project.root, project.content)
    if content is None:
        raise SourceNotAccepted(f"{problems[0].file}:{problems[0].line}: the citations of source '{text.source.id}' "
                                "cannot be checked while this file does not load: nothing was recorded (run "
                                "python build.py check and fix it first; or add --force to record it anyway)")
    index, lines = SourceIndex({text.source.id: text}), []
    for files in [[content.site], *(briefing.in_page_order() for briefing in content.briefings)]:
        definitions, _ = citation_definitions(files)
        lost = []
        for key, (shown, citation) in definitions.items():
            found = index.anchor(citation) if citation.source == text.source.id else None
            if found is not None and found.passage is None:
                lost.append((shown, citation.line_of("quote"), key, citation.quote, found))
        for shown, line, key, quote, found in sorted(lost, key=lambda lost: lost[:2]):  # as an editor reads the file
            # The nearest passage named, as `check` names it: "copy the exact words" and no words to copy helped none.
            hint = closest_passage_hint(text, quote) if len(lines) < MAX_SUGGESTED else found.hint
            lines.append(f"{shown}:{line}: citation '{key}' no longer anchors: {found.message} ({hint})")
    return lines


def _record(project: Project, text: SourceText, library: bytes | None, placeholder: int = 0) -> str:
    """Write the source's SHA-256 into content/sources.yaml, which held `library` when its lines were read (over the
    `placeholder` line's value, if any); return what was done."""
    source_id = text.source.id
    path = project.content / "sources.yaml"
    source, digest = text.source, text.sha256
    changed = SourceNotAccepted(f"content/sources.yaml: changed while accept-source read it (saved in an editor?): "
                                f"the SHA-256 of source '{source_id}' was not recorded (nothing was changed; run "
                                "accept-source again)")
    if library is None:
        raise changed
    before = library.decode("utf-8")  # as written: the lines of a CRLF file keep their "\r"
    written = _with_digest(before, source, digest, placeholder)
    if not _reads_as_before(before, written, source_id, digest):
        raise SourceNotAccepted(f"content/sources.yaml:{source.line_of('file')}: the SHA-256 of source '{source_id}' "
                                "was not recorded: the library is written in a way accept-source cannot add to without "
                                "changing what else it says (nothing was changed; write the entry's fields one per "
                                f"line, `sha256: {digest}` among them)")
    try:
        if not replace_whole(path, written.encode("utf-8"), library):
            raise changed
    except OSError as error:  # it named the hidden draft beside the file, "[Errno 30] ...: '/.../.sources.yaml.4711.new'"
        room = room_or_limit(error, "make room on the disk")
        raise SourceNotAccepted(f"content/sources.yaml: the SHA-256 of source '{source_id}' was not recorded: "
                                f"{error.strerror or error} (nothing was changed; {room} or make "
                                "content/ writable, then run accept-source again)") from None
    return f"recorded sha256 {digest} for source '{source_id}' (seeds/{source.file}) in content/sources.yaml"


def _with_digest(written: str, source, digest: str, placeholder: int) -> str:
    """Return the library's text `written` with `digest` as the value of the source's `sha256` (over the
    `placeholder` line's value, if any), every other character as it was."""
    flow, values = _entry_values(written, source.id) or (False, {})
    if placeholder and not values:  # the placeholder line, whole: its value is no YAML
        lines = written.split("\n")
        lines[placeholder - 1] = re.sub(r"(sha256:[ \t]*).*?(\r?)$", rf"\g<1>{digest}\2", lines[placeholder - 1])
        return "\n".join(lines)
    if "sha256" in values:  # its value alone, where the parser found it: a comment or a `}` after it stays
        start, end = values["sha256"]
        end = start + len(written[start:end].rstrip(" \t\r\n"))  # a block value (`>-`) ends past its line break
        return written[:start] + (digest if end > start else f" {digest}") + written[end:]
    if flow:  # `- {id: x, file: x.txt, ...}`: a line added below would stand outside the braces
        end = values["file"][1]
        return written[:end] + f", sha256: {digest}" + written[end:]
    lines = written.split("\n")
    index = source.line_of("file") - 1
    indent = re.match(r" *(- +)?", lines[index]).end()  # `-   file:` stands at column 6
    last = _last_line_of(written, values["file"][1]) if "file" in values else index
    lines.insert(last + 1, " " * indent + f"sha256: {digest}" + "\r" * lines[last].endswith("\r"))
    return "\n".join(lines)


def _reads_as_before(before: str, written: str, source_id: str, digest: str) -> bool:
    """Say whether the library `written` reads as `before` does but for the source's digest: the last guard that an
    edit of the editor's file changes nothing else, however it is laid out (a digest after a block value's key
    swallowed the next field; one after a name written below its key emptied `file`)."""
    from .yamlsafe import YamlProblem, parse_yaml

    try:
        now = parse_yaml(written, "content/sources.yaml")
    except YamlProblem:
        return False
    try:
        then = parse_yaml(before, "content/sources.yaml")
    except YamlProblem:  # a placeholder that is no YAML (`sha256: "TODO`): only the entry's digest can be compared
        then = None
    entries = now.get("sources") if isinstance(now, dict) else None
    entry = next((entry for entry in entries if isinstance(entry, dict) and entry.get("id") == source_id), None) \
        if isinstance(entries, list) else None
    if entry is None or entry.get("sha256") != digest:
        return False
    if then is None:
        return True
    then_entries = then.get("sources") if isinstance(then, dict) else None
    if not isinstance(then_entries, list) or len(then_entries) != len(entries):
        return False
    index = entries.index(entry)
    return then_entries[:index] == entries[:index] and then_entries[index + 1:] == entries[index + 1:] and \
        {**then_entries[index], "sha256": digest} == entry and {k: v for k, v in then.items() if k != "sources"} == \
        {k: v for k, v in now.items() if k != "sources"}


def _last_line_of(text: str, end: int) -> int:
    """Return the index of the line holding the last character of a value that ends at `end` in `text`.

    A file name written on the lines below its key (`file:` then the name, or `file: >-`) was cut off from its key by
    a digest added right after the key's line: the library then read `file:` empty and the digest joined to the name.
    A block value's end is past its line break, and may be past blank lines: they are not its last line.
    """
    return text[:end].rstrip(" \t\r\n").count("\n")


def _entry_values(text: str, source_id: str) -> tuple[bool, dict[str, tuple[int, int]]] | None:
    """Return whether the library entry of `source_id` is written in flow style (`{...}`), and where each of its
    values is written in `text` (start, end) by key; None where the text holds no such entry."""
    import yaml

    depth, key, spans, flow, entry_id, opened = 0, None, None, False, None, 0
    try:
        events = list(yaml.parse(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)))
    except yaml.YAMLError:  # a placeholder that is no YAML (`sha256: "TODO`): library_text read the file without it
        return None
    for event in events:
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth == 3:  # the top mapping, `sources:`, then an entry
                spans, flow, entry_id, key = {}, bool(event.flow_style), None, None
            elif depth == 4:  # a value that is a list or mapping (`sha256: [TODO]`)
                opened = event.start_mark.index
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            if depth == 4 and key is not None:
                spans[key], key = (opened, event.end_mark.index), None
            elif depth == 3 and entry_id == source_id:
                return flow, spans
            depth -= 1
        elif isinstance(event, yaml.ScalarEvent) and depth == 3 and spans is not None:
            if key is None:
                key = event.value
            else:
                entry_id = event.value if key == "id" else entry_id
                spans[key], key = (event.start_mark.index, event.end_mark.index), None
    return None


def replace_whole(path: Path, data: bytes, before: bytes) -> bool:
    """Replace the file at `path` (or, if it is a link, the file it leads to) with `data` in one step if it still
    holds `before`; say whether it was replaced.

    Written in place, a full disk or a stop midway left the editor's sources.yaml cut short; written
    beside it and renamed over it, the file is either as it was or as it is meant to be. An editor's save
    since `before` was read is never overwritten: compared at the last moment, once the draft is on disk.
    """
    target = Path(os.path.realpath(path))
    remove_dead_drafts(target)  # what a killed run left, this process's name included, or a link: never written through
    draft = draft_of(target)
    try:
        with open(draft, "xb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(draft, stat.S_IMODE(os.stat(target).st_mode))
        if _bytes_of(target) != before:
            draft.unlink()
            return False
        os.replace(draft, target)
        return True
    except BaseException:
        draft.unlink(missing_ok=True)
        raise
