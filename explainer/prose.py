"""Markdown prose: parse it once (finding citation markers) and render it later, safely.

Raw HTML and images are off, links are limited to safe schemes, and `[^key]` becomes a
citation token whose markup is supplied at render time by the footnote numbering.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Callable, NamedTuple
from urllib.parse import SplitResult, urlsplit

from markupsafe import Markup

from . import patterns
from .cjk import SPACELESS_LETTERS
from .sentences import MARKER as _MARKER

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.rules_inline import StateInline
    from markdown_it.token import Token

SAFE_SCHEMES = {"http", "https", "mailto"}


class CitationMarker(NamedTuple):
    """A `[^key]` in prose, with its line counted from the start of the text."""

    key: str
    line_offset: int


class ParsedProse(NamedTuple):
    """Markdown parsed once; rendered later when footnote numbers are known.

    Plain prose (no markdown syntax at all) skips markdown-it: `paragraphs` then holds its
    text split at the markers, and `tokens` is empty.
    """

    tokens: tuple[Token, ...]
    markers: tuple[CitationMarker, ...]
    uncited_paragraphs: tuple[int, ...]  # line offsets of paragraphs with no marker
    paragraphs: tuple[tuple[str, ...], ...] = ()  # plain prose: text, key, text, key, ..., text


def _citation_rule(state: StateInline, silent: bool) -> bool:
    if not state.src.startswith("[^", state.pos):
        return False
    match = _MARKER.match(state.src, state.pos)
    if not match:
        return False
    if not silent:
        token = state.push("citation", "", 0)
        token.meta = {"key": match.group(1)}
    state.pos = match.end()
    return True


def url_parts(url: str) -> SplitResult | None:
    """Return a link's parts, or None for an address no browser could follow: urlsplit raises ValueError for a
    bracketed host that is no IP address (`http://[^monday]`, which stopped the build with a traceback)."""
    try:
        return urlsplit(url)
    except ValueError:
        return None


def is_safe_url(url: str) -> bool:
    """Say whether a link target may appear in the page: relative, fragment, or a safe scheme."""
    cleaned = "".join(ch for ch in url if ch.isprintable() and not ch.isspace())
    parts = url_parts(cleaned)
    if parts is None:
        return False
    scheme = parts.scheme.lower()
    return scheme in SAFE_SCHEMES if scheme else not cleaned.startswith("//")


def is_external(url: str) -> bool:
    """Say whether a link leaves the site."""
    parts = url_parts(url)
    return parts is None or bool(parts.scheme) or url.startswith("//")


@functools.cache
def markdown() -> MarkdownIt:
    """Return the markdown parser shared by all prose fields.

    Imported on first use: plain prose never needs it, and a briefing without markdown
    syntax then builds without paying for markdown-it's import.
    """
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False, "typographer": False})
    md.disable(["image", "html_inline", "html_block"])
    md.inline.ruler.before("link", "citation", _citation_rule)
    md.validateLink = is_safe_url
    md.add_render_rule("citation", _render_citation)
    md.add_render_rule("link_open", _render_link_open)
    return md


def _render_citation(self, tokens, idx, options, env) -> str:
    return env["cite"](tokens[idx].meta["key"], env)


def _render_link_open(self, tokens, idx, options, env) -> str:
    token = tokens[idx]
    if is_external(token.attrGet("href") or ""):
        token.attrSet("rel", "noopener noreferrer")
    return self.renderToken(tokens, idx, options, env)


# Anything that could make markdown more than paragraphs of text: inline syntax, entities,
# autolinks, block markers at a line's start, indented code, hard breaks, unusual spaces.
_ODD_SPACE = patterns.compile(r"[^\S \n]")  # whitespace other than spaces and newlines
# "[^a]: x" starting a line would be a link reference definition, not a marker.
_DEFINITION_LIKE = patterns.compile(r"^ {0,3}\[\^[^\]\s]+\]:", re.M)
# Three patterns, not one alternation: a lone character class lets re scan ahead quickly.
_SYNTAX_CHARACTERS = patterns.compile(r"[\\`*_\[\]<>&~|\t]")
_BLOCK_START = patterns.compile(r"^ *(?:[#>+=-]|\d+[.)]| {4})", re.M)
_HARD_BREAK = patterns.compile(r"  \n(?=.)")


def _has_syntax(text: str) -> bool:
    """Say whether text (markers taken out) has anything markdown would treat as syntax."""
    return bool(_SYNTAX_CHARACTERS.search(text) or _BLOCK_START.search(text) or _HARD_BREAK.search(text))


def _plain_paragraphs(text: str) -> list[tuple[int, list[str]]] | None:
    """Return (first line, text/key pieces) per paragraph if the prose is plain, else None."""
    if _has_syntax(_MARKER.sub("x", text)) or _DEFINITION_LIKE.search(text) or _ODD_SPACE.search(text):
        return None
    paragraphs: list[tuple[int, list[str]]] = []
    lines: list[str] = []
    for number, line in enumerate(text.split("\n") + [""]):
        if line.strip(" "):
            lines.append(line.strip(" "))
        elif lines:
            paragraphs.append((number - len(lines), _MARKER.split("\n".join(lines))))
            lines = []
    return paragraphs


def _parse_plain(text: str, paragraphs: list[tuple[int, list[str]]]) -> ParsedProse:
    markers, uncited = [], []
    for line, pieces in paragraphs:
        keys = pieces[1::2]
        markers.extend(CitationMarker(key, line) for key in keys)
        if not keys:
            uncited.append(line)
    return ParsedProse((), tuple(markers), tuple(uncited), tuple(tuple(p) for _, p in paragraphs))


@functools.lru_cache(maxsize=65536)  # a field is parsed once per build, and once per edit while serving
def parse_prose(text: str) -> ParsedProse:
    """Return the prose's tokens, its citation markers and its paragraphs lacking one."""
    plain = _plain_paragraphs(text)
    if plain is not None:
        return _parse_plain(text, plain)
    return parse_markdown(text)


def parse_markdown(text: str) -> ParsedProse:
    """Return the prose parsed by markdown-it: the general path, for prose with any syntax."""
    tokens = markdown().parse(text)
    markers, uncited = [], []
    for index, token in enumerate(tokens):
        if token.type != "inline":
            continue
        line = token.map[0] if token.map else 0
        found = [CitationMarker(child.meta["key"], line) for child in token.children or () if child.type == "citation"]
        markers.extend(found)
        if not found and tokens[index - 1].type == "paragraph_open":
            uncited.append(line)
    return ParsedProse(tuple(tokens), tuple(markers), tuple(uncited))


# A line of Japanese or Chinese broken in the YAML (a `>` block, one sentence a line) is joined by a space, which their
# writing has none of: CSS asks a browser to drop such a break between two of their characters, and Chromium shows it,
# "発表した。 国は". It goes, after a citation marker too; a full-width space, which an editor types, stays.
_SPACELESS = f"{SPACELESS_LETTERS}\u3000-\u303f\uff01-\uff60"
# (matched from the character before it, not looked behind from every space: a third of the time on an English page)
_SPACELESS_BREAK = patterns.compile(rf"([{_SPACELESS}](?:<a [^>]*>\[[^\]<]*\]</a>)*)[ \t\n]+(?=[{_SPACELESS}])")


def render_prose(parsed: ParsedProse, cite: Callable[[str, dict], str], inline: bool = False) -> str:
    """Return HTML of parsed prose; `cite(key, env)` gives each marker's markup."""
    env = {"cite": cite}
    if parsed.paragraphs:
        html = "".join(f"<p>{_render_plain(pieces, cite, env)}</p>\n" for pieces in parsed.paragraphs)
    else:
        html = markdown().renderer.render(list(parsed.tokens), markdown().options, env)
    if inline:
        html = _strip_single_paragraph(html)
    return _SPACELESS_BREAK.sub(r"\1", html)


def plain_text(text: str) -> str:
    """Return markdown prose as the plain text a reader sees, without citation markers (metadata, downloads)."""
    html = render_prose(parse_prose(text), lambda key, env: "")
    return " ".join(Markup(html).striptags().split())


def _render_plain(pieces: tuple[str, ...], cite: Callable[[str, dict], str], env: dict) -> str:
    """Return one plain paragraph's HTML: its text escaped as markdown-it would, markers cited."""
    return "".join(cite(piece, env) if index % 2 else piece.replace('"', "&quot;")
                   for index, piece in enumerate(pieces))


def visible_text(parsed: ParsedProse) -> str:
    """Return the characters a reader sees of parsed prose: no markup, a space for each citation marker.

    The checks read the prose as written; markup can show other characters ("*Tues*day" shows
    Tuesday, "&#57;00" shows 900), so the build compares what both state (attribution.shown_unchecked).
    """
    if parsed.paragraphs:
        return "\n\n".join("".join(" " if index % 2 else piece for index, piece in enumerate(pieces))
                           for pieces in parsed.paragraphs)
    shown = []
    for token in parsed.tokens:
        if token.type == "inline":
            shown.extend(_SHOWN_INLINE.get(child.type, lambda c: "")(child) for child in token.children or ())
        elif token.type in ("code_block", "fence"):
            shown.append(token.content)
        elif token.nesting == -1 and token.block:
            shown.append("\n\n")  # the end of a paragraph, heading or list item
    return "".join(shown)


_SHOWN_INLINE = {"text": lambda t: t.content, "code_inline": lambda t: t.content, "softbreak": lambda t: "\n",
                 "hardbreak": lambda t: "\n", "citation": lambda t: " "}


def numbered_list_starts(parsed: ParsedProse) -> list[tuple[int, str]]:
    """Return (line, number) of each numbered list that starts at another number than 1.

    The page shows that number ("9000. civilians were killed" is a list starting at 9000), but no check reads it:
    a list's numbers are the page's own count of its items, left out of the sentences.
    """
    return [(token.map[0] if token.map else 0, str(token.attrGet("start"))) for token in parsed.tokens
            if token.type == "ordered_list_open" and token.attrGet("start") not in (None, 1)]


# Where a citation marker leads: a note ("#note-report-13-50"), a marker ("#cite-..."), a passage of a source page
# ("../sources/report.html#passage-13-50"). A link to a whole source page ("the full report") is fine.
_EVIDENCE_FRAGMENT = ("note-", "cite-", "passage-")


def links_to_evidence(parsed: ParsedProse) -> list[tuple[int, str]]:
    """Return (line, target) of each link of prose to a note, a marker or a passage of a source page.

    "[[1]](#note-report-13-50)" shows a marker like a citation's ("[1]", styled as one) after a sentence no
    check read against that note: only a citation marker may point at a source, as only its sentence is checked.
    """
    found = []
    for token in parsed.tokens:
        for child in token.children or () if token.type == "inline" else ():
            if child.type == "link_open":
                href = str(child.attrGet("href") or "")
                parts = url_parts(href)
                if parts is not None and not parts.scheme and parts.fragment.startswith(_EVIDENCE_FRAGMENT):
                    found.append((token.map[0] if token.map else 0, href))
    return found


class SeenProse(NamedTuple):
    """Prose as a reader sees it, its citation markers kept: what the checks of its wording read.

    `lines` gives, for each line of `text`, the line of the prose as written that it shows (None: the
    same lines, for plain prose, which shows what it says).
    """

    text: str
    lines: tuple[int, ...] | None = None

    def written_offset(self, offset: int, written: str) -> int:
        """Return the offset in the prose as written of the line showing character `offset` of `text`."""
        if self.lines is None:
            return offset
        return line_start(written, self.lines[self.text.count("\n", 0, offset)])


def seen_prose(text: str, parsed: ParsedProse) -> SeenProse:
    """Return the words of prose a reader sees, each marker kept as `[^key]`, each block a paragraph of its own.

    A link's target and title, a reference's label and a character reference's name ("&not;" shows ¬) are
    not shown: a hedge, a negation or a speaker written there ("[attacked](https://x.org/reportedly)") keeps
    nothing for the reader, so the checks of a sentence's wording must not read it either.
    """
    if parsed.paragraphs:
        return SeenProse(text)
    shown: list[str] = []
    lines: list[int] = []
    for token in parsed.tokens:
        if not token.map or token.type not in ("inline", "code_block", "fence"):
            continue
        if token.type == "inline":
            pieces = [""]
            for child in token.children or ():
                if child.type in ("softbreak", "hardbreak"):
                    pieces.append("")
                else:
                    pieces[-1] += f"[^{child.meta['key']}]" if child.type == "citation" else _SHOWN_INLINE.get(
                        child.type, lambda c: "")(child)
        else:
            pieces = token.content.rstrip("\n").split("\n")
        if shown:  # a blank line, so that no sentence runs on from one block into the next
            shown.append("")
            lines.append(lines[-1])
        first = token.map[0] + (token.type == "fence")
        shown.extend(pieces)
        lines.extend(min(first + index, token.map[1] - 1) for index in range(len(pieces)))
    return SeenProse("\n".join(shown), tuple(lines))


def line_start(text: str, line: int) -> int:
    """Return the offset in `text` of the first character of its line `line` (0 is the first)."""
    position = 0
    for _ in range(line):
        position = text.index("\n", position) + 1
    return position


def _strip_single_paragraph(html: str) -> str:
    body = html.strip()
    if body.startswith("<p>") and body.endswith("</p>") and body.count("<p>") == 1:
        return body[3:-4]
    return body
