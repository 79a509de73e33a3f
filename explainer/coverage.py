"""What `check` reports: per source, how much of it the briefing cites, and what it does not."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from .anchor import normalise
from .memo import PackMemo, code_digest
from .numbers import writes_ordinal_dot
from .pipeline import Project, load
from .problems import counted, printable
from .sources import SourceText


@dataclass(frozen=True)
class Coverage:
    """How much of one source the briefing cites."""

    text: SourceText
    passages: int
    covered: frozenset[int]  # indexes of the sentences some passage touches
    spans: tuple[tuple[int, int], ...]  # its sentences: SourceText.sentences

    @property
    def sentences(self) -> int:
        return len(self.spans)

    @property
    def cited_sentences(self) -> int:
        return len(self.covered)

    @property
    def share(self) -> float:
        return self.cited_sentences / self.sentences if self.sentences else 0.0

    def uncited(self) -> list[tuple[int, str]]:
        """Return (line, sentence) of every sentence no passage touches (asked for only by --uncited)."""
        text = self.text
        return [(text.line_at(start), normalise(text.text[start:end]).strip())
                for index, (start, end) in enumerate(self.spans) if index not in self.covered]


def source_coverage(text: SourceText, passages: list, spans: tuple[tuple[int, int], ...] | None = None) -> Coverage:
    """Return the coverage of one source by the given passages (a sentence counts if any passage touches it);
    `spans` are its sentences, when known."""
    spans = text.sentences if spans is None else spans
    cited = sorted({(p.start, p.end) for p in passages})
    return Coverage(text, len(cited), frozenset(_covered_sentences(spans, cited)), spans)


def kept_sentences(text: SourceText, memo: PackMemo) -> tuple[tuple[int, int], ...]:
    """Return a source's sentences (SourceText.sentences), kept by its bytes' digest and whether its language's
    ordinal dot ends a sentence: a `check` after an edit reads and splits only the sources that changed (at 4,000
    sources they were half of a `check` that planned nothing again)."""
    if not text.sha256:
        return text.sentences
    key = f"{code_digest()}-{text.sha256}-{writes_ordinal_dot(text.source.language):d}"
    return memo.get_or_make(key, lambda: text.sentences)


def _covered_sentences(sentences: tuple[tuple[int, int], ...], spans: list[tuple[int, int]]) -> set[int]:
    """Return the indexes of sentences that some span overlaps; both lists are in text order."""
    starts = [start for start, _ in sentences]
    covered = set()
    for start, end in spans:
        first = max(bisect.bisect_right(starts, start) - 1, 0)
        index = first
        while index < len(sentences) and sentences[index][0] < end:
            if sentences[index][1] > start:
                covered.add(index)
            index += 1
    return covered


# A sentence is listed to be found in its source, at its line: one past this is cut. A document of one line with no
# sentence's end in it (a table or a log converted to text) printed its whole 8 MB as one line of the terminal.
MAX_SHOWN = 400


def _cut(sentence: str) -> str:
    """Return the sentence, or its first MAX_SHOWN characters and how long it is."""
    return sentence if len(sentence) <= MAX_SHOWN else f"{sentence[:MAX_SHOWN]}… ({len(sentence):,} characters)"


def run_check(project: Project, list_uncited: bool) -> str:
    """Load and check everything without rendering or writing; return the report to print."""
    site = load(project)
    lines = []
    by_source: dict[str, set] = {}
    for briefing in site.briefings:
        passages = set(briefing.anchored.values())
        notes = briefing.outline.notes  # the page's footnotes, as other pages see them: the page stays pickled
        lines.append(f"{briefing.slug}: {counted(len(briefing.anchored), 'citation')} anchored to "
                     f"{counted(len(passages), 'passage')}, {counted(len(notes), 'note')}")
        for passage in passages:
            by_source.setdefault(passage.source_id, set()).add(passage)
        lines.extend(f"{briefing.slug}: note {note.number} links to the original of '{note.passage.source_id}' "
                     "without a text fragment (no fragment singles out its passage)"
                     for note in notes if note.unfragmented)
    for note in site.home.footnotes:
        by_source.setdefault(note.passage.source_id, set()).add(note.passage)
    lines.append(f"ok: {counted(len(site.briefings), 'briefing')}, {counted(len(site.sources), 'source')}")
    kept = PackMemo(project.cache / "sentences")
    for source_id, text in sorted(site.sources.items()):
        cover = source_coverage(text, list(by_source.get(source_id, ())), kept_sentences(text, kept))
        lines.append(f"source {source_id}: {counted(cover.passages, 'passage')} cited across all briefings, "
                     f"{cover.cited_sentences} of {cover.sentences} sentences ({cover.share:.0%})")
        if list_uncited:
            # A source's own words, as stored: a document saved from a terminal or a web page may hold escape sequences
            # (retitling the window, hiding what follows), printed raw until now.
            lines.extend(f"  seeds/{text.source.file}:{line}: {printable(_cut(sentence))}"
                         for line, sentence in cover.uncited())
    kept.save()
    return "\n".join(lines)
