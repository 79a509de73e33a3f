"""Plan stage: walk the content in page order, numbering citations, into a BriefingPage.

Footnotes are numbered in the order this walk meets them, so the walk must follow the
order in which templates/index.html shows the sections.
"""

from __future__ import annotations

from decimal import Decimal

from . import chart
from .attribution import hedging_words
from .numbers import Quantity, quantities_in
from .anchor import Definition, Passage
from .cite import FileCiter, report_unused
from .formats import format_number, human_date
from .footnotes import FootnoteNumbering, source_href
from .load import Content
from .model import UNCITED_CAVEATS, Party, Source
from .problems import Problem
from .views import (BriefingPage, CaveatView, Cell, ClaimView, Disagreement, EventView, FigureText, ForcesView,
                    Header, LogEntryView, NoteView, PartyColumn, QuoteView, Ratio, Row, SectionView, SourceLink,
                    TocEntry, TopicView)

# Who an analyst or journalist speaks for when they speak for neither side.
INDEPENDENT = Party(id="independent", name="Independent voice")
STATUS_LABELS = {
    "claimed": "Claim, not independently verified",
    "acknowledged": "Acknowledged by the party itself",
    "reported": "Reported by the source",
    "assessed": "Analysts' assessment",
}
CAVEAT_LABELS = {
    "single-source": "Single source",
    "publisher": "Publisher",
    "unverified": "Unverified figures",
    "opinion": "Opinion, not reporting",
    "omission": "Not in the source",
}
SECTION_TITLES = {
    "background": "Background",
    "timeline": "Timeline",
    "forces": "Forces compared",
    "claims": "What each side claims",
    "quotes": "In their words",
    "caveats": "Caveats and method",
}


LOG_LABELS = {"update": "Update", "correction": "Correction", "clarification": "Clarification"}


def plan_briefing(content: Content, definitions: dict[str, Definition], anchored: dict[str, Passage],
                  library: dict[str, Source], site_language: str) -> tuple[BriefingPage, list[Problem]]:
    """Return the briefing page's view and the citation problems met on the way."""
    problems: list[Problem] = []
    numbering = FootnoteNumbering(anchored, library)
    citers = {f.kind: FileCiter(f, numbering, definitions, problems) for f in content.in_page_order()}
    parties = {party.id: party for party in content.briefing.parties}
    page = BriefingPage(
        header=_header(content, citers["briefing"], site_language),
        toc=tuple(TocEntry(kind, title) for kind, title in SECTION_TITLES.items() if kind in citers),
        background=_background(content, citers),
        timeline=_timeline(content, citers),
        forces=_forces(content, citers, parties, problems),
        topics=_topics(content, citers, parties, problems),
        quotes=_quotes(content, citers),
        caveats=_caveats(content, citers, problems),
        footnotes=tuple(numbering.footnotes()),
        sources=_cited_sources(numbering),
        log=tuple(LogEntryView(entry.date, human_date(entry.date), entry.kind, LOG_LABELS[entry.kind], entry.text,
                               entry.wrong) for entry in reversed(content.briefing.updates)),
    )
    report_unused(definitions, numbering, problems)
    return page, problems


def _header(content: Content, citer: FileCiter, site_language: str) -> Header:
    briefing = content.briefing
    first, last = briefing.updates[0].date, max(entry.date for entry in briefing.updates)
    return Header(content.slug, briefing.title, citer.prose(briefing, "summary"), citer.plain_text(briefing, "summary"),
                  briefing.status, first, human_date(first), last, human_date(last), briefing.language or site_language)


def _cited_sources(numbering: FootnoteNumbering) -> tuple[SourceLink, ...]:
    """Return the sources this briefing cites, in the order of their first note."""
    seen: dict[str, Source] = {}
    for note in numbering.footnotes():
        seen.setdefault(note.source.id, note.source)
    return tuple(SourceLink(s, f"../{source_href(s.id)}", human_date(s.date)) for s in seen.values())


def _background(content: Content, citers: dict) -> tuple[SectionView, ...]:
    background = content.get("background")
    if background is None:
        return ()
    citer = citers["background"]
    return tuple(SectionView(s.id, s.title, citer.prose(s, "body")) for s in background.sections)


def _timeline(content: Content, citers: dict) -> tuple[EventView, ...]:
    timeline = content.get("timeline")
    if timeline is None:
        return ()
    citer = citers["timeline"]
    return tuple(EventView(e.when, e.date, human_date(e.date) if e.date else "", e.date_basis,
                           *citer.prose_with_refs(e, "what", e.cite)) for e in timeline.events)


def _forces(content: Content, citers: dict, parties: dict, problems: list[Problem]) -> ForcesView | None:
    forces = content.get("forces")
    if forces is None:
        return None
    citer = citers["forces"]
    attribution = citer.prose(forces, "attribution", inline=True)
    shown = content.briefing.parties
    rows = []
    for figure in forces.figures:
        for party_id, amount in figure.values.items():
            if party_id not in parties:
                problems.append(_unknown_party(citer, amount.line, party_id, parties))
            problems.extend(_figures_unsupported(citer, [(amount, figure.measure)], amount.cite))
        rows.append(Row(figure.measure, figure.unit, tuple(_cell(citer, figure, party) for party in shown)))
    notes = []
    for note in forces.notes:
        if note.party not in parties:
            problems.append(_unknown_party(citer, note.line_of("party"), note.party, parties))
            continue
        notes.append(NoteView(parties[note.party], note.topic, *citer.prose_with_refs(note, "text", note.cite)))
    return ForcesView(attribution, shown, tuple(rows), _ratios(forces, shown), chart.force_chart(forces, shown),
                      tuple(notes), _by_party(notes, shown))


def _cell(citer: FileCiter, figure, party) -> Cell:
    amount = figure.values.get(party.id)
    if amount is None:
        return Cell(party, False, "not given", "", ())
    return Cell(party, True, format_number(amount.value), amount.qualifier, citer.refs(amount, amount.cite))


def _ratios(forces, parties) -> tuple[Ratio, ...]:
    ratios = []
    for figure in forces.figures:
        if figure.measure not in forces.ratio_of or len(parties) != 2:
            continue
        first, second = (figure.values.get(p.id) for p in parties)
        if first and second and second.value:
            ratio = first.value / second.value
            ratios.append(Ratio(figure.measure, f"{parties[0].name} has {ratio:.1f} times the {figure.measure.lower()} "
                                                f"of {parties[1].name} ({format_number(first.value)} to "
                                                f"{format_number(second.value)})."))
    return tuple(ratios)


def _unknown_party(citer: FileCiter, line: int, party_id: str, parties: dict) -> Problem:
    return Problem(citer.file.shown, line, f"unknown party '{party_id}'",
                   f"use one of the party ids in briefing.yaml: {', '.join(sorted(parties))}")


def _topics(content: Content, citers: dict, parties: dict, problems: list[Problem]) -> tuple[TopicView, ...]:
    claims = content.get("claims")
    if claims is None:
        return ()
    citer = citers["claims"]
    topics = []
    for topic in claims.topics:
        views = []
        for claim in topic.claims:
            if claim.party and claim.party not in parties:
                problems.append(_unknown_party(citer, claim.line_of("party"), claim.party, parties))
                continue
            figures = tuple(FigureText(f.measure, " ".join(filter(None, (f.qualifier, format_number(f.value)))))
                            for f in claim.figures)
            html, refs = citer.prose_with_refs(claim, "says", claim.cite)
            problems.extend(_as_fact(citer, claim, content.briefing.language or "en"))
            problems.extend(_figures_unsupported(citer, [(f, f.measure) for f in claim.figures], claim.cite))
            views.append(ClaimView(claim.claimant, parties.get(claim.party, INDEPENDENT), claim.channel, html,
                                   claim.status, STATUS_LABELS[claim.status], claim.evidence, figures, refs))
        topics.append(TopicView(topic.id, topic.title, tuple(views), _disagreements(views),
                                _by_party(views, content.briefing.parties)))
    return tuple(topics)


# Statuses under which a claim is one party's word or a judgement, not established fact.
UNVERIFIED_STATUSES = frozenset({"claimed", "assessed"})


def _as_fact(citer: FileCiter, claim, language: str) -> list[Problem]:
    """Report words asserting an unverified claim as fact ('confirmed', 'proved', ...)."""
    if claim.status not in UNVERIFIED_STATUSES:
        return []
    return [Problem(citer.file.shown, claim.line_of("says"),
                    f"`says`: a claim of status '{claim.status}' is worded as fact: '{word}'",
                    "attribute it to the claimant, or use words that do not assert it")
            for word in hedging_words(claim.says, language)]


def _figures_unsupported(citer: FileCiter, figures: list[tuple], keys) -> list[Problem]:
    """Report structured figures (with their measure) whose value is in none of the passages cited."""
    found = set().union(*(quantities_in(text) for text in citer.passages(keys))) if keys else set()
    return [Problem(citer.file.shown, figure.line_of("value"),
                    f"figure {format_number(figure.value)} ({measure}) is not in the passages cited for it",
                    "cite the passage that gives it, or correct it to the source's")
            for figure, measure in figures if Quantity(Decimal(str(figure.value)), "") not in found]


def _by_party(items, parties) -> tuple[PartyColumn, ...]:
    """Return items grouped into one column per party, in the briefing's party order, independents last."""
    order = [party.id for party in parties] + [INDEPENDENT.id]
    groups: dict[str, list] = {}
    for item in items:
        groups.setdefault(item.party.id, []).append(item)
    return tuple(PartyColumn(groups[key][0].party, order.index(key), tuple(groups[key]))
                 for key in sorted(groups, key=order.index))


def _disagreements(claims: list[ClaimView]) -> tuple[Disagreement, ...]:
    """Return the measures on which different parties give different numbers."""
    by_measure: dict[str, list[tuple[ClaimView, FigureText]]] = {}
    for claim in claims:
        for figure in claim.figures:
            by_measure.setdefault(figure.measure.strip().lower(), []).append((claim, figure))
    found = []
    for entries in by_measure.values():
        if len({c.party.id for c, _ in entries}) > 1 and len({f.text for _, f in entries}) > 1:
            found.append(Disagreement(entries[0][1].measure,
                                      tuple((f"{c.claimant} ({c.party.name})", f.text) for c, f in entries)))
    return tuple(found)


def _quotes(content: Content, citers: dict) -> tuple[QuoteView, ...]:
    quotes = content.get("quotes")
    if quotes is None:
        return ()
    citer = citers["quotes"]
    views = []
    for quote in quotes.quotes:
        ref = citer.ref(quote.id, quote.line_of("words"), f"quote '{quote.id}'")
        context = citer.prose(quote, "context", require_citations=False, inline=True)
        if ref is not None:
            role = "role not given" if quote.role == "not given" else quote.role
            views.append(QuoteView(quote.id, quote.speaker, role, quote.words, context, ref))
    return tuple(views)


def _caveats(content: Content, citers: dict, problems: list[Problem]) -> tuple[CaveatView, ...]:
    caveats = content.get("caveats")
    if caveats is None:
        return ()
    citer = citers["caveats"]
    views = []
    for caveat in caveats.caveats:
        needs_citation = caveat.kind not in UNCITED_CAVEATS
        if needs_citation and not caveat.cite:
            problems.append(Problem(citer.file.shown, caveat.line, f"a caveat of kind '{caveat.kind}' needs a `cite` list",
                                    "cite the passages it is about"))
        views.append(CaveatView(caveat.kind, CAVEAT_LABELS[caveat.kind],
                                *citer.prose_with_refs(caveat, "text", caveat.cite)))
    return tuple(views)
