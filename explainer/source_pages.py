"""Plan each source's page: its paragraphs cut into runs, cited runs marked."""

from __future__ import annotations

from .footnotes import Footnote
from .formats import human_date
from .sources import SourceText
from .views import Piece, SourcePage

BRIEFING_HREF = "../index.html"


def plan_source_page(text: SourceText, footnotes: list[Footnote], opinion_ids: set[str]) -> SourcePage:
    """Return the page of one source with every passage its footnotes cite marked."""
    notes = sorted((n for n in footnotes if n.passage.source_id == text.source.id),
                   key=lambda n: (n.passage.start, n.passage.end))
    paragraphs = tuple(_paragraph(text.text, start, end, notes, opinion_ids) for start, end in text.paragraphs)
    return SourcePage(text.source, human_date(text.source.date), paragraphs, len(notes))


def _paragraph(text: str, start: int, end: int, notes: list[Footnote], opinion_ids: set[str]) -> tuple[Piece, ...]:
    """Return a paragraph as text, mark-open and mark-close pieces, nesting marks properly.

    Where two passages cross without nesting, the inner mark is closed and reopened (without
    an id) so the HTML stays well formed.
    """
    inside = [n for n in notes if n.passage.start < end and n.passage.end > start]
    positions = sorted({start, end} | {p for n in inside for p in (n.passage.start, n.passage.end) if start < p < end})
    pieces: list[Piece] = []
    stack: list[Footnote] = []
    pending: list[tuple[str, str]] = []
    for here, following in zip(positions, positions[1:] + [None]):
        _close_marks(pieces, stack, pending, here, end, opinion_ids)
        opening = sorted((n for n in inside if max(n.passage.start, start) == here and n not in stack),
                         key=lambda n: -n.passage.end)
        for note in opening:
            first = note.passage.start == here
            pieces.append(Piece("open", mark_id=note.passage.anchor_id if first else "", number=note.number,
                                opinion=note.id in opinion_ids))
            stack.append(note)
        if following is not None:
            pieces.append(Piece("text", text=text[here:following]))
    return tuple(pieces)


def _close_marks(pieces: list[Piece], stack: list[Footnote], pending: list[tuple[str, str]], here: int, end: int,
                 opinion_ids: set[str]) -> None:
    """Close every open mark ending at `here`, reopening crossed ones after it.

    Links back to the briefing wait until the outermost mark closes, so that every mark's
    text is exactly its passage.
    """
    ending = [n for n in stack if min(n.passage.end, end) == here]
    if not ending:
        return
    reopen = []
    while ending:
        note = stack.pop()
        if note in ending:
            ending.remove(note)
            if note.passage.end == here:
                pending.extend(_backlinks(note))
            pieces.append(Piece("close"))
        else:
            pieces.append(Piece("close"))
            reopen.append(note)
    if not stack and not reopen and pending:
        pieces[-1] = Piece("close", backlinks=tuple(pending))
        pending.clear()
    for note in reversed(reopen):
        pieces.append(Piece("open", number=note.number, opinion=note.id in opinion_ids))
        stack.append(note)


def _backlinks(note: Footnote) -> tuple[tuple[str, str], ...]:
    """Return links from a passage back to its footnote in the briefing."""
    return ((f"{BRIEFING_HREF}#{note.id}", f"footnote {note.number} in the briefing"),)
