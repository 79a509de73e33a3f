"""Plan each source's page: its paragraphs cut into runs, cited runs marked."""

from __future__ import annotations

import bisect
from typing import Iterator, NamedTuple

from .anchor import Passage
from .locale import Labels, foreign
from .sources import SourceText
from .visible_controls import holds_controls, visible_controls
from .views import BriefingLink, PageMeta, Piece, SourceBacklink, SourcePage, Versions


class CitedPassage(NamedTuple):
    """A passage as its source page marks it: whether it is opinion, and the notes citing it."""

    passage: Passage
    opinion: bool
    backlinks: tuple[SourceBacklink, ...]  # every note citing it, briefing by briefing


Span = tuple[int, int, CitedPassage]  # a passage's start and end, and how it is cited
CLOSE = Piece("close")


def plan_source_page(text: SourceText, cited: list[CitedPassage], citing: tuple[BriefingLink, ...],
                     labels: Labels, versions: Versions = Versions()) -> SourcePage:
    """Return the page of one source with every passage any briefing cites marked."""
    # By start, the longest first where several start together: an outer mark opens first.
    spans = sorted(((c.passage.start, c.passage.end, c) for c in cited), key=lambda span: (span[0], -span[1]))
    paragraphs = tuple(_paragraphs(text.text, text.paragraphs, spans, _overtaken(spans)))
    if holds_controls(text.text):
        paragraphs = tuple(tuple(piece._replace(text=visible_controls(piece.text)) for piece in paragraph)
                           for paragraph in paragraphs)
    return SourcePage(text.source, labels.date(text.source.date), labels.date(text.source.retrieved), paragraphs,
                      len(spans), citing, foreign(text.source.language, labels.language), versions)


def source_meta(text: SourceText, citing: tuple[BriefingLink, ...], labels: Labels, site_title: str,
                versions: Versions = Versions()) -> PageMeta:
    """Return a source page's title and description, saying what the page is: a source document, whose, from when,
    superseded by which version or replacing which, cited by which briefings (a shared link's preview and a browser tab
    showed only the document's title)."""
    source, colon = text.source, labels["colon"]
    facts = [f"{labels['publisher']}{colon}{labels.given(source.publisher)}",
             f"{labels['published']}{colon}{labels.date(source.date)}"]
    for version in filter(None, (versions.superseded_by, *versions.replaces)):
        facts.append(f"{version.label}{labels['space']}{version.title}")
    if citing:
        facts.append(f"{labels['cited_by']}{labels['space']}{labels['comma'].join(link.title for link in citing)}")
    title = f"{labels['source_document']}{colon}{source.title}"
    stop = labels["full_stop"] + labels["space"]
    description = f"{title}{stop}{stop.join(facts)}{stop}{labels['legend']}"
    return PageMeta(title, description, labels.language, labels.direction, site_title)


def _overtaken(spans: list[Span]) -> frozenset[str]:
    """Return the ids of the passages another passage starts or ends in: a reader tabbing from their start meets that
    one's link (its link back, or its own way back) before theirs.

    Following note 39 to a quote holding eight others, the first Tab reached the link back to note 24, the first passage
    inside it, and from a quote crossing another's end that one's: Enter led to the wrong note. Such a passage opens
    with its own way back too; every link back stays at its passage's end, in reading order. One that a passage merely
    starts in needs it as well: that passage, held by it or crossing its end, brings a link first.
    """
    edges = sorted(edge for first, last, _ in spans for edge in (first, last))
    return frozenset(cited.passage.anchor_id for first, last, cited in spans
                     if bisect.bisect_right(edges, first) < bisect.bisect_left(edges, last))


def _paragraphs(text: str, paragraphs: tuple[tuple[int, int], ...], spans: list[Span],
                overtaken: frozenset[str]) -> Iterator[tuple[Piece, ...]]:
    """Yield the pieces of every paragraph, sweeping the passages (sorted by start) once.

    A passage spanning several paragraphs is marked in each of them; a paragraph without
    marks is a single piece.
    """
    upcoming = iter(spans)
    following = next(upcoming, None)
    inside: list[Span] = []  # the passages overlapping the paragraph, in order
    for start, end in paragraphs:
        if inside:
            inside = [span for span in inside if span[1] > start]
        while following is not None and following[0] < end:
            if following[1] > start:  # a passage between paragraphs shows nowhere
                inside.append(following)
            following = next(upcoming, None)
        if not inside:
            yield (Piece("text", text[start:end]),)
        elif _apart(inside, start, end):
            yield _apart_marks(text, start, end, inside)
        else:
            yield _nested_marks(text, start, end, inside, overtaken)


def _apart(inside: list[Span], start: int, end: int) -> bool:
    """Say whether the passages lie within the paragraph, one after another (the common case)."""
    if inside[0][0] < start or inside[-1][1] > end:
        return False
    return all(before[1] <= after[0] for before, after in zip(inside, inside[1:]))


def _apart_marks(text: str, start: int, end: int, inside: list[Span]) -> tuple[Piece, ...]:
    """Return a paragraph whose marks neither nest nor cross: a run before each mark, in it and after it."""
    pieces = [Piece("text", text[start:inside[0][0]])] if inside[0][0] > start else []
    for index, (first, last, note) in enumerate(inside, 1):
        after = inside[index][0] if index < len(inside) else end
        pieces.append(Piece("open", text[first:last], note.passage.anchor_id, note.opinion))
        pieces.append(Piece("close", text[last:after], backlinks=note.backlinks))
    return tuple(pieces)


def _nested_marks(text: str, start: int, end: int, inside: list[Span],
                  overtaken: frozenset[str] = frozenset()) -> tuple[Piece, ...]:
    """Return a paragraph as runs of text, each after the mark it opens or closes, nesting marks properly.

    Where two passages cross without nesting, the inner mark is closed and reopened (without
    an id) so the HTML stays well formed.
    """
    opening: dict[int, list[Span]] = {}
    for span in inside:
        opening.setdefault(max(span[0], start), []).append(span)
    if len(opening.get(start, ())) > 1:  # marks continued from the paragraph before join those starting here
        opening[start].sort(key=lambda span: -span[1])
    positions = sorted({start, end, *opening, *(min(span[1], end) for span in inside)})
    pieces: list[Piece] = []
    stack: list[tuple[Span, int]] = []  # the open marks, each with where its opening piece is
    for here, following in zip(positions, positions[1:]):
        before = len(pieces)
        if stack:
            _close_marks(pieces, stack, here, end)
        for span in opening.get(here, ()):
            first, last, note = span
            mark_id = note.passage.anchor_id if first == here else ""
            way_back = note.backlinks if mark_id in overtaken else ()
            stack.append((span, len(pieces)))
            pieces.append(Piece("open", "", mark_id, note.opinion, way_back, _run_on(span, inside, start, end)))
        run = text[here:following]
        if len(pieces) > before:  # the run follows the last mark opened or closed here
            kind, _, *rest = pieces[-1]
            pieces[-1] = Piece(kind, run, *rest)  # (five times cheaper than _replace)
        else:
            pieces.append(Piece("text", run))
    _close_marks(pieces, stack, end, end)
    return tuple(pieces)


def _run_on(span: Span, inside: list[Span], start: int, end: int) -> str:
    """Return how a passage's mark in the paragraph from `start` to `end` joins its parts in the paragraphs around:
    "cont" where the passage came from the paragraph before, "runs-on" where it goes on past this one's end; each
    only where no other passage crosses that paragraph break, so the stylesheet can tell which part follows which.

    A quote running on into the next paragraph was marked there too, but without the id a note's link arrives at:
    only its first paragraph's words were tinted as the passage arrived at, the rest as any passage."""
    first, last, _ = span
    cont = first < start and sum(1 for other in inside if other[0] < start) == 1
    runs_on = last > end and sum(1 for other in inside if other[1] > end) == 1
    return " ".join(word for word, kept in (("cont", cont), ("runs-on", runs_on)) if kept)


def _close_marks(pieces: list[Piece], stack: list[tuple[Span, int]], here: int, end: int) -> None:
    """Close every open mark ending at `here`, reopening crossed ones after it.

    A passage's links back follow its own mark, inside any mark around it: pooled at the outermost
    mark's end, a reader arriving at an inner passage met a row of identical arrows, and the
    first Tab led back to another note. A passage crossing the one mark closing here, its id on the part cut there,
    is classed "cut" and "resumed" in its two parts: only the first was tinted when a note's link arrived at it.
    """
    ending = sum(1 for span, _ in stack if min(span[1], end) == here)
    if not ending:
        return
    reopen, going_on, closed = [], [], ending
    while ending:
        span, opened = stack.pop()
        if min(span[1], end) == here:
            ending -= 1
            pieces.append(Piece("close", backlinks=span[2].backlinks) if span[1] == here else CLOSE)
            if span[1] != here:  # it goes on in the next paragraph
                going_on.append(opened)
        else:
            pieces.append(CLOSE)
            reopen.append((span, opened))
    resumed = closed == 1 and len(reopen) == 1 and bool(pieces[-1].backlinks) and bool(pieces[reopen[0][1]].mark_id)
    for span, opened in reversed(reopen):
        if resumed:
            pieces[opened] = pieces[opened]._replace(run_on=" ".join(filter(None, (pieces[opened].run_on, "cut"))))
        stack.append((span, len(pieces)))
        pieces.append(Piece("open", "", "", span[2].opinion, run_on="resumed" if resumed else ""))
    for opened in going_on + [opened for _, opened in reopen]:
        pieces[opened] = _going_on(pieces[opened])


def _going_on(piece: Piece) -> Piece:
    """Return the opening piece of a passage's part that it goes on past, classed "goes-on" where neither "cut" nor
    "runs-on" says so: paper rules a passage's end after its last part only (a part closed where two passages crossed
    at once, or at a paragraph break another passage also crosses, was ruled as if the passage ended there)."""
    if "cut" in piece.run_on.split() or "runs-on" in piece.run_on.split():
        return piece
    return piece._replace(run_on=" ".join(filter(None, (piece.run_on, "goes-on"))))
