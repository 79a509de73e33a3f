"""Resolve the citations of one content file: `cite` lists and `[^key]` markers in prose."""

from __future__ import annotations

from markupsafe import Markup

from .anchor import Definition
from .attribution import Finding, check_item_text, check_prose
from .footnotes import FootnoteNumbering, Ref
from .hints import closest
from .load import ContentFile
from .problems import Problem
from .prose import ParsedProse, parse_prose, render_prose


class FileCiter:
    """Turns one file's citation keys into numbered references, reporting bad ones."""

    def __init__(self, file: ContentFile, numbering: FootnoteNumbering, defined: dict[str, Definition],
                 problems: list[Problem]):
        self.file = file
        self.numbering = numbering
        self.problems = problems
        self.defined = defined

    def refs(self, item, keys, field: str = "cite") -> tuple[Ref, ...]:
        """Return references for a list of keys written in `field` of `item`."""
        found = (self.ref(key, item.line_of(field), f"`{field}` entry '{key}'") for key in keys)
        return tuple(ref for ref in found if ref is not None)

    def ref(self, key: str, line: int, what: str) -> Ref | None:
        """Return the reference for one key, or None after reporting why there is none."""
        if key not in self.defined:
            close = closest(key, sorted(self.defined))
            hint = (f"did you mean '{close}' (defined in {self.defined[close].file.shown})?" if close
                    else "define it under `citations:` in any file of this briefing")
            self.problems.append(Problem(self.file.shown, line, f"{what} names no citation of this briefing", hint))
            return None
        if not self.numbering.is_anchored(key):
            return None  # already reported by the anchoring stage
        return self.numbering.use(self.file.kind, key)

    def prose(self, item, field: str, require_citations: bool = True, inline: bool = False) -> Markup:
        """Return a markdown field as HTML, its markers numbered; report uncited paragraphs and sentences."""
        text = getattr(item, field)
        if text:
            self.report(item, field, check_prose(text, lambda key: self.passages((key,))))
        return self._render(item, field, require_citations, inline)

    def passages(self, keys) -> list[str]:
        """Return the passage texts of the anchored keys among `keys`."""
        anchored = self.numbering.anchored
        return [anchored[key].text for key in keys if key in anchored]

    def report(self, item, field: str, findings: list[Finding]) -> None:
        """Report attribution findings at the line of the field's text they are on."""
        text, start = getattr(item, field), item.text_start(field)
        for finding in findings:
            self.problems.append(Problem(self.file.shown, start + text.count("\n", 0, finding.offset),
                                         f"`{field}`: {finding.message}", finding.hint))

    def _render(self, item, field: str, require_citations: bool, inline: bool,
                parsed: ParsedProse | None = None) -> Markup:
        text = getattr(item, field)
        if not text:
            return Markup("")
        parsed = parsed or parse_prose(text)
        start = item.text_start(field)
        if require_citations:
            for offset in parsed.uncited_paragraphs:
                self.problems.append(Problem(self.file.shown, start + offset,
                                             f"`{field}`: paragraph has no citation",
                                             "support it with a [^key] citation, or remove it"))
        lines = {marker.key: start + marker.line_offset for marker in parsed.markers}

        def cite(key: str, env: dict) -> str:
            ref = self.ref(key, lines.get(key, start), f"citation marker [^{key}]")
            return ref.__html__() if ref else ""

        return Markup(render_prose(parsed, cite, inline=inline))

    def prose_with_refs(self, item, field: str, keys) -> tuple[Markup, tuple[Ref, ...]]:
        """Return a field's HTML and the references of `keys` not already cited inline in it.

        The item is cited as a whole: every figure, date and quoted phrase in its text must be
        in one of the passages it cites, inline or in `keys`.
        """
        text = getattr(item, field)
        parsed = parse_prose(text) if text else None
        html = self._render(item, field, require_citations=False, inline=True, parsed=parsed)
        inline = {marker.key for marker in parsed.markers} if parsed else set()
        if text:
            self.report(item, field, check_item_text(text, self.passages([*keys, *sorted(inline)])))
        return html, self.refs(item, [key for key in keys if key not in inline])

    def plain_text(self, item, field: str) -> str:
        """Return a markdown field as plain text without citation markers, for metadata."""
        html = render_prose(parse_prose(getattr(item, field)), lambda key, env: "")
        return " ".join(Markup(html).striptags().split())


def report_unused(defined: dict[str, Definition], numbering: FootnoteNumbering, problems: list[Problem]) -> None:
    """Report citations a briefing defines but never uses, in the file that defines them."""
    used = numbering.used_keys()
    for key, (file, citation) in sorted(defined.items()):
        if numbering.is_anchored(key) and key not in used:
            problems.append(Problem(file.shown, citation.line, f"citation '{key}' is never used",
                                    f"cite it with [^{key}] or in a `cite` list, or delete it"))
