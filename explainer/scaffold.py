"""`new`: start a briefing folder whose first build succeeds, for the editor to fill in."""

from __future__ import annotations

import datetime
import errno
import json
import os
import re
import shutil
from pathlib import Path
from typing import Mapping

from .anchor import NormalisedSource, anchor_quote, normalise
from .suggest import unquotable
from .attribution import Cited, check_item_text, dropped_hedge, states_anything
from .cite import markers_shown
from .cjk import writes_without_spaces
from .drafts import draft_of, remove_dead_drafts
from .file_size_limit import room_or_limit
from .load import RESERVED_SHOWN, RESERVED_SLUGS, parse_file
from .windows_names import CHECKOUT_FAILS, refused_on_windows
from .locale import Labels, base_language, load_locales, read_as_written
from .model import KEY_PATTERN, MAX_QUOTE_CHARS, MAX_TITLE_CHARS, TITLE_TOO_LONG, BriefingFile
from .project import Project
from .running_prose import prose_first
from .sources import library_text

MAX_QUOTE_WORDS = 20
MAX_SLUG = 255  # a folder name's bytes on Linux's file systems; a slug is ASCII
# What `new` writes for the editor to replace, by locale key: the summary, the two parties' names, the first log entry.
PLACEHOLDER_KEYS = ("new_summary", "new_first_party", "new_second_party", "first_published")
# The files a briefing may add, named in the comment `new` writes (its locale's `new_comment`, in its language).
OPTIONAL_FILES = ("background.yaml", "timeline.yaml", "comparisons.yaml", "claims.yaml", "quotes.yaml", "caveats.yaml")
COMMENT_WIDTH = 116  # a comment line's characters at most, "# " included


class ScaffoldError(ValueError):
    """The briefing cannot be started as asked."""


_SIDES = 2  # the parties `new` writes: its title's "the two sides" names them, as the build reads it


def first_quote(text, title: str = "", language: str = "") -> str:
    """Return the shortest opening of a sentence of the source that anchors uniquely (at most 20 words), running prose
    before a heading's lines (running_prose.py).

    A title stating a figure, date or quotation ("Election 2026") must find it in a passage the
    briefing cites, so the quote is then the opening of the first sentence that says all of it, or, where a
    sentence says it further on (a news lede's figure after its 20th word), the shortest run of its words that does.
    """
    normalised = NormalisedSource(text)
    needs = bool(title) and states_anything(title, language, _SIDES)
    hedged = ""  # an opening that gives its words only as reported: the placeholder summary citing it is refused
    for start, end in prose_first(text):  # a heading's lines run together are no opening to quote
        words = normalise(text.text[start:end]).split()
        for count in range(min(4, len(words)), min(MAX_QUOTE_WORDS, len(words)) + 1):
            quote = " ".join(words[:count])
            if unquotable(quote) or len(quote) > MAX_QUOTE_CHARS:  # a soft hyphen or a control inside it (a PDF's
                break  # text), or a "word" of thousands of letters (a table's run): the build would refuse it
            if (not needs or backs(quote, title, text.source.language or language, language)) and \
                    anchor_quote(normalised, quote).passage is not None:
                if not dropped_hedge("", [Cited(quote, text.source.language or language)]):
                    return quote
                hedged = hedged or quote
                break  # its longer openings keep the hedge
    quote = (_words_backing(text, normalised, title, language) if needs else "") or hedged
    if quote:
        return quote
    if needs:
        raise ScaffoldError(f"--title {title!r} states what no sentence of seeds/{text.source.file} says within "
                            f"{MAX_QUOTE_WORDS} words{_nearest_fault(text, title, language)}: a title's figures, dates "
                            "and quotations must stand in a passage the briefing cites (give a title without them, or "
                            "choose a source that says them with --source)")
    raise ScaffoldError(f"seeds/{text.source.file}: no sentence of it can be quoted uniquely "
                        "(choose another source with --source)")


def _words_backing(text, normalised: NormalisedSource, title: str, language: str) -> str:
    """Return the shortest run of at most 20 words of the first sentence saying all the title states, anchored
    uniquely, or "": "4,2 milhões de euros" after the 38th word of a lede."""
    source_language = text.source.language or language
    for start, end in prose_first(text):
        words = normalise(text.text[start:end]).split()
        if len(words) <= MAX_QUOTE_WORDS or not backs(" ".join(words), title, source_language, language):
            continue  # a short sentence's openings were all tried
        for count in range(4, MAX_QUOTE_WORDS + 1):
            for first in range(1, len(words) - count + 1):
                quote = " ".join(words[first:first + count])
                if not unquotable(quote) and len(quote) <= MAX_QUOTE_CHARS and backs(quote, title, source_language, language) and \
                        anchor_quote(normalised, quote).passage is not None:
                    return quote
    return ""


def _nearest_fault(text, title: str, language: str) -> str:
    """Return how a sentence that holds the title's figure gives it otherwise (", as written: figure "61.4%" leaves
    out the qualifier of "About 61.4%""), or "": without it, such a title was said to be nowhere in the source."""
    for start, end in text.sentences:
        quote = " ".join(normalise(text.text[start:end]).split()[:MAX_QUOTE_WORDS])
        for found in check_item_text(title, [Cited(quote, text.source.language or language)], language, "briefing",
                                     _SIDES):
            if " is not in the passages" not in found.message:
                return f", as written: {found.message.split(' in the passages')[0]}"
    return ""


def backs(quote: str, title: str, quote_language: str, language: str) -> bool:
    """Say whether a quoted passage holds every figure, date and quotation the title states."""
    return not check_item_text(title, [Cited(quote, quote_language)], language, "briefing", _SIDES)


def briefing_yaml(title: str, source_id: str, quote: str, today: str, language: str,
                  placeholders: Mapping[str, str]) -> str:
    """Return the text of a new briefing.yaml: valid as it is, with what to change said in it.

    `language` is written only when given: the source's, where it differs from the site's. `placeholders` are the
    words the editor replaces, in the briefing's language (`placeholders_in`).
    """
    language_line = f"language: {language}\n" if language else ""
    first, second, entry = (json.dumps(placeholders[key], ensure_ascii=False) for key in PLACEHOLDER_KEYS[1:])
    summary = " ".join(placeholders["new_summary"].split())  # one line of the `|` block, whatever a locale holds
    return f"""# yaml-language-server: $schema=../../schema/briefing.json
{comment_lines(placeholders["new_comment"])}
title: {json.dumps(title, ensure_ascii=False)}
summary: |
  {summary}[^first]
status: live
{language_line}parties:
  - id: first-party
    name: {first}
  - id: second-party
    name: {second}
updates:
  - date: {today}
    kind: update
    text: {entry}
citations:
  first:
    source: {source_id}
    quote: {json.dumps(quote, ensure_ascii=False)}
"""


def new_briefing(project: Project, slug: str, title: str, source_id: str = "", today: str | None = None) -> Path:
    """Create content/SLUG/briefing.yaml citing a library source; return its path. Never overwrites."""
    if not re.fullmatch(KEY_PATTERN.strip("^$"), slug) or slug in RESERVED_SLUGS:
        raise ScaffoldError(f"'{slug}' cannot be a briefing's folder name (use lowercase letters, digits and "
                            f"hyphens, not {RESERVED_SHOWN})")
    if refused := refused_on_windows(slug):
        raise ScaffoldError(f"'{slug}' cannot be a briefing's folder name: {refused}, {CHECKOUT_FAILS} (choose "
                            "another slug; it is the briefing's address too)")
    if len(slug) > MAX_SLUG:
        raise ScaffoldError(f"'{slug[:40]}...' is {len(slug):,} characters long: a folder's name holds at most "
                            f"{MAX_SLUG} (choose a shorter slug; it is the briefing's address too)")
    if not title.strip():
        raise ScaffoldError("--title is empty (give the briefing's headline, e.g. --title \"Why water costs more\")")
    if len(title) > MAX_TITLE_CHARS:  # refused by the build too; checked first, as reading one of 54 KB took seconds
        raise ScaffoldError(f"--title is {len(title):,} characters long, past the {MAX_TITLE_CHARS:,} a headline may "
                            f"hold ({TITLE_TOO_LONG[1]}; nothing was written)")
    if any("\udc80" <= char <= "\udcff" for char in title):  # the bytes of a terminal set to another encoding
        raise ScaffoldError("--title: holds bytes that are not UTF-8 text (set the terminal to UTF-8, or give a title "
                            "in plain letters and edit it in briefing.yaml; nothing was written)")
    folder = project.content / slug
    if os.path.lexists(folder):  # a link leading nowhere too: it said "Not a directory (... make room ...)"
        raise ScaffoldError(already_exists(slug))
    text = library_text(project.root, source_id or None)  # `new` without --source quotes the first
    site = site_language(project)
    language = text.source.language if site and text.source.language != site else ""
    locales, _ = load_locales(project.root)
    read_as_written(locales)  # the title is read as the build will read it ("3,5 %" in a project's gl.yaml)
    quote = first_quote(text, title, language or site)
    content = briefing_yaml(title, text.source.id, quote, today or datetime.date.today().isoformat(),
                            language, placeholders_in(locales, language or site))
    refuse_unbuildable(content, title, f"content/{slug}/briefing.yaml")
    try:
        create_whole(folder, "briefing.yaml", content)
    except (FileExistsError, NotADirectoryError):  # made meanwhile: by a `new` run at once, say
        raise ScaffoldError(already_exists(slug)) from None
    except OSError as error:
        if error.errno == errno.ENOTEMPTY:
            raise ScaffoldError(already_exists(slug)) from None
        raise ScaffoldError(f"content/{slug}/briefing.yaml: cannot be written: {error.strerror or error} "
                            f"(nothing was written; {room_or_limit(error, 'make room')} or make content/ writable, then "
                            "run new again)") from None
    return folder / "briefing.yaml"


def untranslated_note(project: Project, briefing: Path) -> str:
    """Return a line saying a new briefing's placeholders were written in English, its language having no locale yet
    ("" where it has one): added later, the locale left "First published." on a Portuguese page's log."""
    written = re.search(r"^language: (\S+)$", briefing.read_text(encoding="utf-8"), re.MULTILINE)
    language = written.group(1) if written else site_language(project)
    locales, problems = load_locales(project.root)
    if not language or base_language(language) in locales:
        return ""
    own = f"locales/{base_language(language)}.yaml"
    broken = next((problem for problem in problems if problem.file == own), None)
    if broken is not None:  # said "no locale yet" of a locale holding one mistake (a key written twice)
        return (f"note: {own} could not be read ({broken.line and f'line {broken.line}: '}{broken.message}), so the "
                "placeholders are in English (fix it, then delete the briefing's folder and run new again, or "
                "replace them all, the log's first entry too)")
    return (f"note: no locale for language '{language}' yet, so its placeholders are in English (add "
            f"locales/{base_language(language)}.yaml translated from explainer/locales/en.yaml, and replace them all, "
            "the log's first entry too)")


def already_exists(slug: str) -> str:
    """Return the message for a slug whose name content/ holds already."""
    return f"content/{slug}: already exists (choose another slug; nothing was changed)"


def refuse_unbuildable(content: str, title: str, shown: str) -> None:
    """Raise ScaffoldError with the first rule of a content file that `content` breaks, before it is written.

    `new` wrote whatever --title it was given, and the build then refused the file: a title holding a direction
    override, a zero-width space, a fullwidth letter or a citation marker left a briefing that never built.
    """
    _, problems = parse_file(content.encode("utf-8"), shown, BriefingFile)
    if problems:
        first = problems[0]
        # The title's line: after the comment, as long as its language words it.
        title_line = 1 + next(at for at, line in enumerate(content.split("\n")) if line.startswith("title:"))
        where = "--title" if first.line == title_line else f"{shown}:{first.line}"
        message = first.message.removeprefix("title: ") if where == "--title" else first.message  # named once
        raise ScaffoldError(f"{where}: {message} ({first.hint}; nothing was written)")
    for found in markers_shown(title, "remove it: a heading cites nothing; nothing was written"):
        raise ScaffoldError(f"--title: {found.message} ({found.hint})")


def create_whole(folder: Path, name: str, text: str) -> None:
    """Make `folder` holding the file `name`, whole or not at all.

    Made in place, a full disk or a stop left the folder with an empty briefing.yaml: the build failed on it and
    `new` refused to run again, the folder being there. It is made in a hidden folder beside it (no input to a build
    or to the preview's watch) and renamed into place once written.
    """
    folder.parent.mkdir(parents=True, exist_ok=True)
    remove_dead_drafts(folder)  # what a killed run left, this process's name included: removed, never followed
    draft = draft_of(folder)
    try:
        draft.mkdir()
        with open(draft / name, "x", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.rename(draft, folder)
    except BaseException:
        shutil.rmtree(draft, ignore_errors=True)
        raise


# The full stop of languages that end a sentence with another mark than ".": Urdu's, and the danda of Hindi and Nepali.
_FULL_STOPS = {"ur": "۔", "hi": "।", "ne": "।"}


def placeholders_in(locales: dict[str, Labels], language: str) -> dict[str, str]:
    """Return the placeholders of a new briefing in its language: its locale's, English's where it has none (a
    project's German locale need not give them), and its "first published" as the first log entry."""
    english = locales["en"]
    labels = locales.get(base_language(language or "en")) or english
    words = {key: str(labels.get(key) or english[key]) for key in ("new_comment", *PLACEHOLDER_KEYS[:-1])}
    # named apart with the language's comma, as its pages list things ("background.yaml، timeline.yaml" in Persian)
    words["new_comment"] = words["new_comment"].replace("{files}", str(labels.get("comma") or ", ").join(OPTIONAL_FILES))
    published = str(labels["first_published"])
    # "初出。", as Japanese and Chinese end a sentence; "پہلی اشاعت۔", as Urdu does; "पहली बार प्रकाशित।", as Hindi does
    stop = "。" if writes_without_spaces(published[-1:]) else _FULL_STOPS.get(base_language(language or "en"), ".")
    return {**words, "first_published": f"{published}{stop}"}


def comment_lines(comment: str) -> str:
    """Return a locale's `new_comment` as YAML comment lines, its `{files}` named: a line break in a value would end
    the comment and start YAML, so its words are wrapped here, and each line of it (a locale's `"...\\nstatus: draft"`
    wrote a key of its own into every new briefing) starts a comment line."""
    lines: list[str] = []
    for paragraph in comment.replace("{files}", ", ".join(OPTIONAL_FILES)).splitlines():  # YAML's breaks among them
        lines.append("#")
        for word in filter(None, paragraph.split(" ")):  # a no-break space stays
            if len(lines[-1]) + 1 + len(word) <= COMMENT_WIDTH or lines[-1] == "#":
                lines[-1] += f" {word}"
            else:
                lines.append(f"# {word}")
    return "\n".join(lines)


def site_language(project: Project) -> str:
    """Return the language content/site.yaml gives the site ("" when the file does not load)."""
    from .load import load_one
    from .model import SiteFile

    site, _ = load_one(project.content / "site.yaml", "content/site.yaml", SiteFile, project.root)
    return site.language if site is not None else ""
