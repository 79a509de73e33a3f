"""What `check` reports: per source, how much of it the briefing cites, and what it does not."""

from __future__ import annotations

from dataclasses import dataclass

from .anchor import normalise
from .pipeline import Project, load_briefing, plan_and_render
from .sources import SourceText


@dataclass(frozen=True)
class Coverage:
    """How much of one source the briefing cites."""

    source_id: str
    passages: int
    sentences: int
    cited_sentences: int
    uncited: tuple[tuple[int, str], ...]  # (line, sentence)

    @property
    def share(self) -> float:
        return self.cited_sentences / self.sentences if self.sentences else 0.0


def source_coverage(text: SourceText, passages: list) -> Coverage:
    """Return the coverage of one source by the given passages (a sentence counts if any passage touches it)."""
    spans = sorted((p.start, p.end) for p in passages)
    uncited = []
    for start, end in text.sentences:
        if not any(a < end and b > start for a, b in spans):
            uncited.append((text.line_at(start), normalise(text.text[start:end]).strip()))
    total = len(text.sentences)
    return Coverage(text.source.id, len(set(spans)), total, total - len(uncited), tuple(uncited))


def run_check(project: Project, list_uncited: bool) -> str:
    """Validate and anchor everything without writing; return the report to print."""
    briefing = load_briefing(project)
    plan_and_render(project, briefing)  # templates and citation use are checked too
    lines = [f"ok: {len(briefing.anchored)} citations anchored to {len(briefing.page.footnotes)} passages"]
    for source_id, text in sorted(briefing.sources.items()):
        passages = [p for p in set(briefing.anchored.values()) if p.source_id == source_id]
        cover = source_coverage(text, passages)
        lines.append(f"{source_id}: {cover.passages} passages cited, {cover.cited_sentences} of {cover.sentences} "
                     f"sentences ({cover.share:.0%})")
        if list_uncited:
            lines.extend(f"  seeds/{text.source.file}:{line}: {sentence}" for line, sentence in cover.uncited)
    return "\n".join(lines)
