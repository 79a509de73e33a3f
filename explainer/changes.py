"""`changes --since REF`: what changed in each briefing's content since a git commit.

It helps the editor write the log entry: the title and status changed, the summary, background and caveats reworded
(the words before and after), figures (old -> new, with the party, written as the briefing's language writes them),
claims and quotes added or removed, citations added, removed, renamed, re-anchored (their words before and after) or
moved with an edit of their source, sources added or removed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import yaml

from .anchor import SourceIndex
from .feed import log_anchor, places_in_day
from .figures import figure_text
from .finder import mark_differences
from .locale import BUILT_IN, Labels, base_language, load_locales
from .load import Content, load_site_content
from .problems import cut_middle, printable
from .project import Project
from .revisions import refused_revision
from .pipeline import anchor_briefings
from .sources import MAX_SOURCE_BYTES, read_sources
from .sentences import MARKER


ENGLISH = Labels(yaml.safe_load((BUILT_IN / "en.yaml").read_text(encoding="utf-8")), "en")


# site.yaml's fields a reader sees, in the order `changes` names them
SITE_FIELDS = ("title", "description", "about", "language", "base_url")

TEMPORARY_HINT = "make room there, or set TMPDIR to a folder with room, then run changes again"


class ChangesError(ValueError):
    """The commit to compare with cannot be read."""


def changes_since(project: Project, ref: str) -> str:
    """Return the report of content changes between commit `ref` and the working tree."""
    try:
        unpacked = tempfile.TemporaryDirectory(prefix="explainer-changes-")
    except OSError as error:  # FileNotFoundError: no temporary folder it can write in
        raise ChangesError(f"cannot make a temporary folder: {error.strerror or error} ({TEMPORARY_HINT})") from None
    with unpacked as folder:
        old_root = Path(folder)
        export_commit(project.root, ref, old_root)
        refuse_unread_at_commit(old_root, ref)
        old = snapshot(Project.at(old_root))
    new = snapshot(project)
    locales, _ = load_locales(project.root)
    return "\n".join(report_lines(old, new, ref, lambda language: locales.get(base_language(language), ENGLISH)))


def refuse_unread_at_commit(old_root: Path, ref: str) -> None:
    """Raise ChangesError naming the commit's content files that do not parse (explainer/changes_inputs.py): taken
    for absent, their briefings were reported as added."""
    from .changes_inputs import unread_at_commit

    unread = unread_at_commit(old_root)
    if len(unread) == 1:
        raise ChangesError(f"commit {ref}: {_named(unread[0])}: changes cannot read it at that commit, and would report "
                           f"what it held as added ({COMMIT_HINT})")
    if unread:  # each named on a line of its own, as the working tree's are: only the first was, and the rest counted
        for problem in unread[:MAX_UNREAD_NAMED]:
            print(f"error: commit {printable(ref)}: {cut_middle(printable(_named(problem)))}", file=sys.stderr)
        more = len(unread) - MAX_UNREAD_NAMED
        not_listed = f" (and {more:,} more, not listed)" if more > 0 else ""
        raise ChangesError(f"commit {ref}: changes cannot read {len(unread):,} files at that commit{not_listed}, and "
                           f"would report what they held as added ({COMMIT_HINT})")


COMMIT_HINT = "compare with another commit, one the build could read"
MAX_UNREAD_NAMED = 20  # a commit's unreadable files named one a line; past them, counted


def _named(problem) -> str:
    """Return `file:line: message` of a problem of a commit's file."""
    return f"{problem.file}:{problem.line}: {problem.message}" if problem.line else f"{problem.file}: {problem.message}"


def export_commit(root: Path, ref: str, target: Path) -> None:
    """Write content/ and seeds/ as they were at commit `ref` into `target`."""
    if ref.startswith("-"):
        raise ChangesError(f"'{ref}' is not a commit (name a commit, branch or tag)")
    if refused := refused_revision(ref):
        raise ChangesError(refused)
    try:
        _git(root, "rev-parse", "--show-prefix")  # a repository git will read, or why not, before anything else
        # Run in the project's folder, git reads `content` and `seeds` there: a project in a folder of the repository
        # was read as the commit's tree of that folder (`HEAD:notes/`), in which git looked for the folder again
        # ("current working directory is untracked"), and a folder's name not UTF-8 was a codec's error.
        _check_room(root, ref, target)
        _unpack(root, ("archive", "--format=tar", ref, "--", "content", "seeds"), ref, target)
    except FileNotFoundError:
        raise ChangesError("git is not installed (install git to compare with a commit)") from None


def _check_room(root: Path, ref: str, target: Path) -> None:
    """Raise ChangesError, before anything is written, if the commit's files would not fit in the temporary folder.

    Many copies of a 32 MiB seed filled the temporary disk (for every program using it) before its error said so.
    A file larger than any the build reads takes no room: it is unpacked empty.
    """
    listed = subprocess.run(["git", "-C", str(root), "ls-tree", "-r", "-l", "-z", ref, "--", "content", "seeds"],
                            capture_output=True)
    if listed.returncode != 0:
        return  # no such commit: git archive says so in its own words
    sizes = (entry.split(b"\t", 1)[0].split()[-1] for entry in listed.stdout.split(b"\0") if entry)
    needed = sum(size for size in (int(s) for s in sizes if s.isdigit()) if size <= MAX_SOURCE_BYTES)
    free = shutil.disk_usage(target).free
    if needed > free:
        raise ChangesError(f"{target.parent}: cannot unpack commit {ref} in this temporary folder: its content/ and "
                           f"seeds/ take {needed:,} bytes and {free:,} are free ({TEMPORARY_HINT})")


def _unpack(root: Path, archive: tuple[str, ...], ref: str, target: Path) -> None:
    """Unpack what `git archive` writes into `target` as it comes; a file larger than any the build reads unread.

    Held whole in memory, a commit's blob of 10 GB of zeros (10 MB in the repository, where anyone may have pushed
    it) took 20 GB of memory before anything was unpacked. Such a file is made as large but empty (sparse): a build
    of the commit refuses it by its size, as it would have refused it then.
    """
    # Its error stream is read at its end: git archive writes a line there, far less than a pipe holds.
    with subprocess.Popen(["git", "-C", str(root), *archive], stdout=subprocess.PIPE, stderr=subprocess.PIPE) as git:
        try:
            with tarfile.open(fileobj=git.stdout, mode="r|") as tar:
                for member in tar:
                    if member.isreg() and member.size > MAX_SOURCE_BYTES:  # refused by its size: its bytes unread
                        kept = tarfile.data_filter(member.replace(deep=False), str(target))  # a copy, its name safe
                        kept.size = 0
                        tar.extract(kept, target, filter="fully_trusted")
                        os.truncate(target / kept.name, member.size)  # sparse, as large as the build is told
                    else:
                        tar.extract(member, target, filter="data")
        except tarfile.TarError as error:  # a link committed that leads out of the project: it ended in a traceback
            if git.wait() != 0:  # no commit of that name: git wrote no archive
                _raise_git_error(root, archive[0], git.stderr.read())
            raise ChangesError(f"commit {ref}: {error} (changes follows no link out of the project, as the build "
                               "follows none; compare with another commit)") from None
        except OSError as error:  # a full temporary disk said only "[Errno 28] No space left on device"
            raise ChangesError(f"{target.parent}: cannot unpack commit {ref} in this temporary folder: "
                               f"{error.strerror or error} ({TEMPORARY_HINT})") from None
        finally:
            if sys.exc_info()[0] is not None:  # stopped before the end: git would wait to write the rest
                git.kill()
        git.stdout.read()  # the zeros padding its last block, which git writes after the archive's end
        if git.wait() != 0:
            _raise_git_error(root, archive[0], git.stderr.read())


def _git(root: Path, *args: str) -> bytes:
    """Return what a git command run in the project prints, or raise ChangesError saying why it failed."""
    done = subprocess.run(["git", "-C", str(root), *args], capture_output=True)
    if done.returncode != 0:
        _raise_git_error(root, args[0], done.stderr)
    return done.stdout


def _raise_git_error(root: Path, command: str, stderr: bytes) -> None:
    """Raise ChangesError saying why the git command failed, from what it wrote to its error stream."""
    message = stderr.decode(errors="replace").strip().splitlines()
    if any("not a git repository" in line for line in message):
        raise ChangesError(f"{root}: the project is not a git repository (changes compares the content with a "
                           "git commit: keep the project in git, commit, then run it again)")
    if any("dubious ownership" in line for line in message):  # it said "git rev-parse: <TAB>git config --global ..."
        raise ChangesError(f"{root}: git will not read this repository: it belongs to another user, whose settings in "
                           "it (.git/config) could run commands as you (run changes as the repository's owner; or, if "
                           f"you trust them, mark it safe: git config --global --add safe.directory {root})")
    if any("bad config" in line for line in message):  # a git setting's file git cannot read: no commit named wrong
        raise ChangesError(f"git {command}: {message[-1]} (fix or remove that git configuration file, then run "
                           "changes again)")
    raise ChangesError(f"git {command}: {message[-1] if message else 'failed'} (name a commit of this repository)")


def snapshot(project: Project) -> dict:
    """Return what `changes` compares, per briefing slug, from a project's content (problems tolerated)."""
    content, _ = load_site_content(project.root, project.content)
    if content is None:
        return {"sources": {}, "bytes": {}, "briefings": {}, "moved": {}, "site": {}}
    texts, _ = read_sources(project.seeds, content.sources, content.library.shown)
    anchored_briefings, _, _ = anchor_briefings(content, SourceIndex(texts))
    return {"sources": {s.id: s.title for s in content.sources},
            "bytes": {source_id: text.sha256 for source_id, text in texts.items()},  # the document as stored
            "moved": dict(content.settings.moved),
            "site": _site_settings(content.settings),
            "briefings": {b.content.slug: briefing_snapshot(b.content, b.passages, texts, content.settings.language,
                                                            b.definitions)
                          for b in anchored_briefings}}


def _site_settings(settings) -> dict[str, str]:
    """Return what site.yaml shows readers, by the name of its field (its prose as a reader sees it)."""
    shown = {field: getattr(settings, field) for field in SITE_FIELDS}
    return {**shown, "about": " ".join(MARKER.sub("", settings.about).split())}


def briefing_snapshot(content: Content, anchored: dict, texts: dict | None = None, site_language: str = "en",
                      defined: dict | None = None) -> dict:
    """Return one briefing's language, figures, claims, timeline events, quotes, anchored citations and the
    citations `defined` that anchor nowhere.

    A passage is kept with its words and which occurrence of them it is, so a passage that only
    moved because its source was edited above it is told from one that quotes other words. A citation whose
    words its source no longer holds is kept apart: it is still written, and was said to be "removed".
    """
    parties = {party.id: party.name for party in content.briefing.parties}
    # Every figure of a measure and party, not the last: a revised figure kept beside the one it revises (as "A
    # developing story" asks) was told as "1.2 -> 3.4", and a second one added to another claim not at all
    figures: dict[tuple, list] = {}
    comparisons = content.get("comparisons")
    rows = [row for table in comparisons.comparisons for row in table.rows] if comparisons else []
    for figure in rows:
        for party_id, amount in figure.values.items():
            figures.setdefault((figure.measure, parties.get(party_id, party_id)), []).append(_amount(amount))
    claims = content.get("claims")
    said = {}
    for topic in claims.topics if claims else ():
        for claim in topic.claims:
            said[(topic.title, claim.claimant, " ".join(claim.says.split()))] = claim
            for figure in claim.figures:
                figures.setdefault((figure.measure, claim.claimant), []).append(_amount(figure))
    timeline = content.get("timeline")
    # An event is told by its time and words: one reworded reads as removed and added, as a claim does.
    events = {(event.when, " ".join(event.what.split())) for event in timeline.events} if timeline else set()
    quotes = content.get("quotes")
    texts = texts or {}
    return {"title": content.briefing.title, "language": content.briefing.language or site_language,
            "status": content.briefing.status, "prose": _prose(content),
            "figures": figures, "claims": set(said), "events": events,
            "quotes": {q.id: q.speaker for q in quotes.quotes} if quotes else {},
            "log": _log(content.briefing.updates),
            "passages": {key: (p.source_id, p.text, _occurrence(texts.get(p.source_id), p))
                         for key, p in anchored.items()},
            "unanchored": {key: (definition.citation.source, " ".join(definition.citation.quote.split()))
                           for key, definition in (defined or {}).items() if key not in anchored}}


def _prose(content: Content) -> dict[str, str]:
    """Return the briefing's prose that no other line of the report covers, by the name the report gives it: its
    summary, each background section's body and each caveat (a correction made there was "no content changes")."""
    prose = {"summary": content.briefing.summary}
    background = content.get("background")
    for section in background.sections if background else ():
        prose[f"background '{section.id}'"] = section.body
    caveats = content.get("caveats")
    for number, caveat in enumerate(caveats.caveats if caveats else (), 1):
        prose[f"caveat {number}"] = caveat.text
    # As a reader sees it: a citation key renamed rewords nothing (the citation's own line says so).
    return {name: " ".join(MARKER.sub("", text).split()) for name, text in prose.items()}


def _log(updates) -> dict[str, tuple[str, str, str]]:
    """Return each log entry's kind, text and what was wrong, by its place in the log (its page anchor and feed id
    are made from its date and place among that day's entries: rewording it changes neither)."""
    return {log_anchor(entry.date, place): (entry.kind, " ".join(entry.text.split()), " ".join(entry.wrong.split()))
            for entry, place in zip(updates, places_in_day(updates))}


def _occurrence(text, passage) -> int:
    """Return which occurrence of its words in its source the passage is (as the build's integrity check counts)."""
    return passage.occurrence_in(text.text) if text is not None else 0


def _amount(figure) -> tuple | None:
    """Return what a figure states (value, high end, bound), or None when it gives no number."""
    return (figure.value, figure.to, figure.bound) if figure.value is not None else None


def _shown(labels: Labels, amount: tuple | None) -> str:
    """Return a figure as the briefing shows it, e.g. 'plus de 400' or '3 400' in French."""
    return figure_text(labels, *amount) if amount is not None else labels["not_given"]


def report_lines(old: dict, new: dict, ref: str, labels_of=lambda language: ENGLISH) -> list[str]:
    """Return the report, briefing by briefing; `labels_of(language)` writes its figures."""
    lines = [f"changes since {ref}:"]
    for source_id in sorted(set(new["sources"]) - set(old["sources"])):
        lines.append(f"source added: {source_id} ({new['sources'][source_id]})")
    for source_id in sorted(set(old["sources"]) - set(new["sources"])):
        lines.append(f"source removed: {source_id} ({old['sources'][source_id]})")
    for source_id in sorted(set(new["bytes"]) & set(old["bytes"])):
        if new["bytes"][source_id] != old["bytes"][source_id]:
            lines.append(f"source edited: {source_id} ({new['sources'][source_id]})")
    renamed = renamed_briefings(old["briefings"], new["briefings"])
    lines += [f"site.yaml: {line}" for line in site_changes(old, new, renamed)]
    for slug in sorted(set(old["briefings"]) - set(new["briefings"]) - set(renamed.values())):
        lines.append(f"{slug}: briefing removed")
    for slug, now in sorted(new["briefings"].items()):
        before = old["briefings"].get(slug, old["briefings"].get(renamed.get(slug, "")))
        found = briefing_changes(before, now, labels_of(now["language"])) if before is not None else ["new briefing"]
        if slug in renamed:
            found = [_renamed(renamed[slug], slug, new.get("moved", {})),
                     *(line for line in found if line != "no content changes")]
        lines.extend(f"{slug}: {line}" for line in found)
    if len(lines) == 1:
        lines.append("no content changes")
    return lines


def site_changes(old: dict, new: dict, renamed: dict[str, str]) -> list[str]:
    """Return a line for each of site.yaml's fields changed (a new site name or about text reaches every page, the
    feed and the home page) and each former address added to or removed from `moved`, but for the renamed
    briefings' own (their line says it)."""
    before, now = old.get("site", {}), new.get("site", {})
    lines = []
    for field in SITE_FIELDS:
        if field in before and field in now and before[field] != now[field]:
            lines.append(f"{field}: {mark_differences(before[field], now[field])}" if field in ("about", "description")
                         else f"{field}: {before[field] or '(none)'} -> {now[field] or '(none)'}")
    old_moved, new_moved = old.get("moved", {}), new.get("moved", {})
    lines += [f"moved added: {former} -> {new_moved[former]}" for former in sorted(set(new_moved) - set(old_moved))
              if renamed.get(new_moved[former]) != former]
    lines += [f"moved removed: {former} -> {old_moved[former]}" for former in sorted(set(old_moved) - set(new_moved))]
    lines += [f"moved: {former} -> {old_moved[former]} now -> {new_moved[former]}"
              for former in sorted(set(old_moved) & set(new_moved)) if old_moved[former] != new_moved[former]]
    return lines


def _renamed(old: str, slug: str, moved: dict[str, str]) -> str:
    """Return the line of a briefing renamed, saying whether its old address still leads to it."""
    if moved.get(old) == slug:
        return f"renamed from {old} (its old address leads to it: site.yaml's `moved`)"
    return (f"renamed from {old} (the address {old}/ leaves the site: add `{old}: {slug}` under `moved:` in "
            "content/site.yaml to keep it)")


def renamed_briefings(old: dict, new: dict) -> dict[str, str]:
    """Return the old slug of each briefing whose folder was renamed, by its new slug: a slug gone and a slug new
    whose briefings have the same title, or share at least half of their cited passages. (A folder renamed was
    "briefing removed" and "new briefing", which said neither that it was the same nor what the rename changed.)"""
    def likeness(before: dict, now: dict) -> tuple[bool, float]:
        old_words, new_words = ({(source, words) for source, words, _ in snapshot["passages"].values()}
                                for snapshot in (before, now))
        return before["title"] == now["title"], len(old_words & new_words) / max(len(old_words), len(new_words), 1)

    pairs = [(likeness(old[gone], new[made]), gone, made) for gone in sorted(set(old) - set(new))
             for made in sorted(set(new) - set(old))]
    renamed: dict[str, str] = {}
    for (same_title, shared), gone, made in sorted(pairs, key=lambda pair: pair[0], reverse=True):  # the likest first
        if (same_title or shared >= 0.5) and made not in renamed and gone not in renamed.values():
            renamed[made] = gone
    return renamed


def briefing_changes(before: dict, now: dict, labels: Labels = ENGLISH) -> list[str]:
    """Return one line per change between two snapshots of a briefing."""
    lines = _reworded(before, now)
    for key in sorted(set(before["figures"]) | set(now["figures"])):
        measure, who = key
        removed, added = _figures_apart(before["figures"].get(key, []), now["figures"].get(key, []))
        # one figure for another is a figure changed; a row or figure added or removed says so ("not given -> 30"
        # read as a figure the source had not given), and so does one added beside another of the same measure
        if len(removed) == 1 and len(added) == 1:
            lines.append(f"figure '{measure}' ({who}): {_shown(labels, removed[0])} -> {_shown(labels, added[0])}")
            continue
        lines += [f"figure added: '{measure}' ({who}): {_shown(labels, value)}" for value in added]
        lines += [f"figure removed: '{measure}' ({who}): {_shown(labels, value)}" for value in removed]
    for topic, claimant, says in sorted(now["claims"] - before["claims"]):
        lines.append(f"claim added under '{topic}': {claimant}: {says}")
    for topic, claimant, says in sorted(before["claims"] - now["claims"]):
        lines.append(f"claim removed under '{topic}': {claimant}: {says}")
    for when, what in sorted(now["events"] - before["events"]):
        lines.append(f"event added: {when}: {what}")
    for when, what in sorted(before["events"] - now["events"]):
        lines.append(f"event removed: {when}: {what}")
    for quote_id in sorted(set(now["quotes"]) - set(before["quotes"])):
        lines.append(f"quote added: {quote_id} ({now['quotes'][quote_id]})")
    for quote_id in sorted(set(before["quotes"]) - set(now["quotes"])):
        lines.append(f"quote removed: {quote_id} ({before['quotes'][quote_id]})")
    lines += _citations_added_or_removed(before["passages"], now["passages"], now.get("unanchored", {}))
    lines += _citations_unanchored(before, now)
    moved: dict[str, list[str]] = {}
    for key in sorted(set(before["passages"]) & set(now["passages"])):
        if before["passages"][key] != now["passages"][key]:
            (source, words, _), (new_source, new_words, _) = before["passages"][key], now["passages"][key]
            if (source, words) == (new_source, new_words):
                moved.setdefault(source, []).append(key)  # the same words, another occurrence of them
                continue
            where = source if source == new_source else f"{source} -> {new_source}"
            lines.append(f"citation '{key}' re-anchored ({where}): {mark_differences(words, new_words)}")
    lines += [f"citations of '{source}' now anchor on another occurrence of the same words: {', '.join(keys)}"
              for source, keys in sorted(moved.items())]
    lines += _log_changes(before.get("log", {}), now.get("log", {}))
    return lines or ["no content changes"]


def _figures_apart(old: list, new: list) -> tuple[list, list]:
    """Return the figures only `old` holds and those only `new` holds, each as often as it is there more times."""
    removed, added = list(old), []
    for value in new:
        if value in removed:
            removed.remove(value)
        else:
            added.append(value)
    return removed, added


def _reworded(before: dict, now: dict) -> list[str]:
    """Return a line for the title and status changed, and for each piece of prose reworded, added or removed."""
    lines = [f"{field}: {before[field]} -> {now[field]}" for field in ("title", "status")
             if before[field] != now[field]]
    for name in sorted(set(before["prose"]) | set(now["prose"]), key=lambda name: name != "summary"):
        old, new = before["prose"].get(name), now["prose"].get(name)
        if old is None:
            lines.append(f"{name} added: {new}")
        elif new is None:
            lines.append(f"{name} removed: {old}")
        elif old != new:
            lines.append(f"{name} reworded: {mark_differences(old, new)}")
    return lines


def _log_changes(before: dict, now: dict) -> list[str]:
    """Return a line for each log entry added, removed or reworded: what the home page and the feed show of the day.
    (A day logging only a clarification was "no content changes", while the feed gained an entry.)"""
    lines = []
    for anchor in sorted(set(before) | set(now), key=lambda anchor: (anchor not in before, anchor)):
        old, new = before.get(anchor), now.get(anchor)
        date = anchor.removeprefix("update-").rsplit("-", 1)[0]
        if old is None:
            lines.append(f"log entry added: {date} {_entry_words(new)}")
        elif new is None:
            lines.append(f"log entry removed: {date} {_entry_words(old)}")
        elif old != new:
            lines.append(f"log entry {date} reworded: {mark_differences(_entry_words(old), _entry_words(new))}")
    return lines


def _entry_words(entry: tuple[str, str, str]) -> str:
    """Return a log entry as one line: its kind, its text and what was wrong, if it says."""
    kind, text, wrong = entry
    return f"{kind}: {text}" + (f" (wrong: {wrong})" if wrong else "")


def _citations_added_or_removed(before: dict, now: dict, unanchored: dict) -> list[str]:
    """Return a line for each citation key added, removed or renamed (another key for the same passage), with its
    source and words; a key still written but `unanchored` is not removed."""
    added = {key: now[key] for key in sorted(set(now) - set(before))}
    removed = {key: before[key] for key in sorted(set(before) - set(now) - set(unanchored))}
    renamed = {passage: key for key, passage in removed.items()}
    lines = []
    for key, passage in added.items():
        old_key = renamed.pop(passage, None)
        if old_key is not None and removed.pop(old_key, None) is not None:
            lines.append(f"citation renamed: '{old_key}' -> '{key}' ({passage[0]})")
        else:
            lines.append(f"citation added: '{key}' ({passage[0]}): {_one_line(passage[1])}")
    return lines + [f"citation removed: '{key}' ({source}): {_one_line(words)}"
                    for key, (source, words, _) in removed.items()]


def _one_line(words: str) -> str:
    """Return a passage's words as one line, as a reader sees them: a seed's line breaks, and the controls a PDF's or
    a terminal's text holds where a space goes (vertical tab, form feed, NEL), reached the terminal as themselves."""
    return " ".join(words.split())


def _citations_unanchored(before: dict, now: dict) -> list[str]:
    """Return a line for each citation of `now` whose words its source no longer holds (its source or its quote
    edited), with what it quoted at the commit, or now where it did not anchor then either."""
    lines = []
    for key, (source, quote) in sorted(now.get("unanchored", {}).items()):
        then = before["passages"].get(key)
        if then is None and before.get("unanchored", {}).get(key) == (source, quote):
            continue  # as it was at the commit: no change
        quoted = f"it quoted: {_one_line(then[1])}" if then else f"its quote: {quote}"
        lines.append(f"citation '{key}' ({source}) no longer anchors, {quoted} (run `python build.py check`: it "
                     "names the closest passage)")
    return lines
