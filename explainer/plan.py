"""Plan stage: walk a briefing's content in page order, numbering citations, into a BriefingPage.

Footnotes are numbered in the order this walk meets them, so the walk must follow the
order in which templates/briefing.html shows the sections. Every word the page prints
comes from the briefing's locale (`labels`).
"""

from __future__ import annotations

import datetime
import functools
import re
import unicodedata
from typing import Callable

from .anchor import Definition, Passage
from .hangul_speakers import unnamed_korean_speaker
from .japanese_speakers import unnamed_japanese_speaker
from .arabic_speakers import arabic_role_of_another_party, unnamed_arabic_speaker
from .attribution import Cited
from .channel_kinds import unbacked_channel
from .checked import KeptFindings
from .claimant_party import claimant_of_another_party
from .crosscheck import weekdays_of
from .day_given import day_not_given
from .party_name_figures import numbered_names
from .party_roles import unbacked_role
from .roles import role_given_otherwise
from .cite import FileCiter, report_unused
from .comparisons import plan_comparisons
from .corrected_figures import still_corrected
from .corrected_items import with_corrections_marked
from .confirmed_caveats import confirmed_without_backing
from .figure_givers import giver_not_given
from .feed import heading_pattern, log_anchor, places_in_day
from .footnotes import Footnote, FootnoteNumbering, source_href
from .inner_quotes import unquoted_speaker
from .iso_dates_shown import iso_dates_shown
from .load import Content
from .log_backing import cited_texts, log_backing
from .locale import Labels, foreign
from .model import UNCITED_CAVEATS, Source
from .neutral_parties import backs_no_side, sides_counted
from .numbers import declined_forms
from .owners import party_words
from .problems import Problem
from .quote_ends import quote_cut_before_limit
from .quote_places import quoted_out_of_place
from .source_words import source_words_language
from .speakers import unnamed_speaker, words_around
from .topics import plan_topics, status_legend, unverified_passages
from .views import (BriefingPage, CaveatView, EventView, Header, LogEntryView, QuoteView, SectionView, SourceLink,
                    TocEntry, caveat_anchors, event_anchors)

# The page's sections after the summary, in order: (id, content file that makes it).
SECTIONS = (("background", "background"), ("timeline", "timeline"), ("comparisons", "comparisons"),
            ("claims", "claims"), ("quotes", "quotes"), ("caveats", "caveats"))


def plan_briefing(content: Content, definitions: dict[str, Definition], anchored: dict[str, Passage],
                  library: dict[str, Source], labels: Labels, fragment_of, texts: Callable[[str], str],
                  findings: KeptFindings | None = None) -> tuple[BriefingPage, list[Problem]]:
    """Return the briefing page's view and the citation problems met on the way; `texts`: a source's text by its
    id, where a quote's speaker is named around its words; `findings`: the sentence checks' findings kept from the
    briefing's last plan, and those this one ran."""
    problems: list[Problem] = []
    language = content.briefing.language or labels.language  # the page's
    numbering = FootnoteNumbering(anchored, library, back_label=labels["back_to_reference"], fragment_of=fragment_of,
                                  language=language, marker_label=labels.get("marker_label", ""), places=places(labels),
                                  aside=labels.aside, digits=labels.digits)
    claims = content.get("claims")
    unverified = unverified_passages(claims, anchored) if claims else frozenset()
    speakers = tuple((party.id, party_words(party, language)) for party in content.briefing.parties)
    citers = {f.kind: FileCiter(f, numbering, definitions, problems, labels.language, unverified, findings, speakers,
                                texts, sides_counted(content.briefing.parties),
                                tuple(party.id for party in content.briefing.parties if backs_no_side(party.role)),
                                numbered_names(content.briefing.parties))
              for f in content.in_page_order()}
    parties = {party.id: party for party in content.briefing.parties}
    order = content.briefing.parties
    comparisons = content.get("comparisons")
    log = _log(content.briefing.updates, labels)
    header = _header(content, citers["briefing"], labels)._replace(corrections=latest_corrections(log))
    for party in content.briefing.parties:
        citers["briefing"].checked_names(party, "name", "short_name", "role")
        citers["briefing"].checked_aliases(party)
    problems += _roles_unbacked(content.briefing.parties, citers["briefing"], anchored)
    briefing_citer = citers["briefing"]
    near = functools.cache(lambda: log_backing(content, briefing_citer.passages(anchored), language,
                                               briefing_citer.publication_dates(anchored)))
    sources = functools.cache(lambda: cited_texts({p.source_id: library[p.source_id] for p in anchored.values()},
                                                  texts))
    cited = functools.cache(lambda: briefing_citer.passages(anchored))
    for entry in content.briefing.updates:  # a correction's `wrong` is false by design: only what it says now
        briefing_citer.checked_log_text(entry, near, sources, cited)
    problems += still_corrected(content, language, problems)
    background = _background(content, citers)
    timeline = _timeline(content, citers, labels)
    tables = plan_comparisons(comparisons, citers["comparisons"], parties, order, labels, problems) if comparisons else ()
    topics = plan_topics(claims, citers["claims"], parties, order, labels, problems) if claims else ()
    page = BriefingPage(
        header=header,
        toc=tuple(TocEntry(section, labels[section]) for section, kind in SECTIONS if kind in citers),
        background=background,
        timeline=timeline,
        comparisons=tables,
        topics=topics,
        statuses=status_legend(topics, labels),
        quotes=_quotes(content, citers, labels, library, language, anchored, texts),
        caveats=_caveats(content, citers, labels, problems),
        footnotes=tuple(numbering.footnotes()),
        sources=_cited_sources(numbering, labels),
        log=log,
        labels=labels,
    )
    report_unused(definitions, numbering, problems)
    page, unmarked = with_corrections_marked(page, content.briefing.updates, labels, citers["briefing"].file.shown)
    return page, problems + unmarked


def places(labels: Labels) -> dict[str, str]:
    """Return the title of the section each content file makes, by its kind: the summary's for briefing.yaml."""
    return {"briefing": labels["summary"]} | {kind: labels[section] for section, kind in SECTIONS}


def _roles_unbacked(parties, citer: FileCiter, anchored) -> list[Problem]:
    """Report a party whose `role` keeps it off the sides (a court, a mediator, a lender, a regulator) or gives it a
    side of a case where neither its names nor any source the briefing cites tells it so (party_roles.py)."""
    if not anchored or not citer.texts:
        return []
    sources = [citer.texts(source_id) for source_id in sorted({passage.source_id for passage in anchored.values()})]
    problems = []
    for party in parties:
        others = tuple(name for other in parties if other.id != party.id
                       for name in (other.name, other.short_name, *other.aliases) if name)
        words = unbacked_role(party.role, tuple(name for name in (party.name, party.short_name, *party.aliases) if name),
                              sources, others)
        if words:
            problems.append(Problem(citer.file.shown, party.line_of("role"), f"`role`: calls {party.name} "
                                    f"'{party.role}', but neither its names nor any source the briefing cites tells "
                                    f"it so ('{words}')", "give the role in the words a cited source uses, or "
                                    "`role: side` for a side of the dispute, or cite the words that tell it"))
    return problems


def _log(updates, labels: Labels) -> tuple[LogEntryView, ...]:
    """Return the log as the page shows it, newest first, each entry with the id its feed entry leads to."""
    entries = [LogEntryView(log_anchor(entry.date, place), entry.date, labels.date(entry.date), entry.kind,
                            labels[f"log_{entry.kind}"], entry.text, entry.wrong)
               for entry, place in zip(updates, places_in_day(updates))]
    return tuple(reversed(entries))


def latest_corrections(log: tuple[LogEntryView, ...]) -> tuple[LogEntryView, ...]:
    """Return the corrections of the latest day holding any, newest first as the page's log shows them: what the
    home page and the header show, as "Last updated" alone would not say that a change put something right. Only a
    later correction takes their place: a clarification logged the next day hid them from the home page."""
    latest = max((entry.date for entry in log if entry.kind == "correction"), default="")
    return tuple(entry for entry in log if entry.kind == "correction" and entry.date == latest)


def _header(content: Content, citer: FileCiter, labels: Labels) -> Header:
    briefing = content.briefing
    first, last = briefing.updates[0].date, max(entry.date for entry in briefing.updates)
    citer.checked_labels(briefing)
    return Header(content.slug, citer.checked_heading(briefing, "title"), citer.prose(briefing, "summary"),
                  citer.plain_text(briefing, "summary"),
                  briefing.status, first, labels.date(first), last, labels.date(last),
                  briefing.language or labels.language, log_words=log_words(labels))


LOG_WORDS = ("log_update", "log_correction", "log_clarification", "colon", "space", "what_was_wrong",
             "what_it_says_now")


def log_words(labels: Labels) -> dict[str, str]:
    """Return the words the feed writes around a log entry, in the briefing's language: with its heading's pattern,
    and how it numbers two entries beginning alike ("(2)", in its own digits and brackets)."""
    before, after = labels.aside
    return {key: labels[key] for key in LOG_WORDS} | {
        "feed_entry_title": heading_pattern(labels), "numbered": f"{before}{{number}}{after}",
        "digits": str(labels.get("digits", "0123456789"))}


def _cited_sources(numbering: FootnoteNumbering, labels: Labels) -> tuple[SourceLink, ...]:
    """Return the sources this briefing cites, in the order of their first note."""
    seen: dict[str, Footnote] = {}
    for note in numbering.footnotes():
        seen.setdefault(note.source.id, note)
    return tuple(SourceLink(n.source, f"../{source_href(n.source.id)}", labels.date(n.source.date), n.foreign)
                 for n in seen.values())


def _background(content: Content, citers: dict) -> tuple[SectionView, ...]:
    background = content.get("background")
    if background is None:
        return ()
    citer = citers["background"]
    return tuple(SectionView(s.id, citer.checked_heading(s, "title"), citer.prose(s, "body")) for s in background.sections)


def _timeline(content: Content, citers: dict, labels: Labels) -> tuple[EventView, ...]:
    timeline = content.get("timeline")
    if timeline is None:
        return ()
    citer = citers["timeline"]
    # `when` is the time as the source words it: a number or date in it must stand in a passage the event cites.
    # `date_basis` says how the date follows from them: its figures, dates and weekdays too (or the source's date).
    events = []
    for e in timeline.events:
        when = citer.checked_text(e, "when", [*e.cite, *citer.inline_keys(e, "what")])
        date_text = labels.date(e.date) if e.date else ""
        said = says_date(when, date_text) or says_day(when, e.date, labels)
        citer.problems.extend(_day_unsourced(citer, e, labels))
        # its ISO dates shown as the page writes dates ("dated Friday 27 February 2026")
        basis = iso_dates_shown(citer.checked_basis(e, "date_basis", [*e.cite, *citer.inline_keys(e, "what")]), labels)
        events.append(EventView(when, e.date, "" if said else date_text, basis,
                                *citer.prose_with_refs(e, "what", e.cite)))
    return event_anchors(tuple(events))


def _day_unsourced(citer: FileCiter, event, labels: Labels) -> list[Problem]:
    """Report an event dated to a day where its `when` and passages give only the month (day_given.py)."""
    keys = [*event.cite, *citer.inline_keys(event, "what")]
    if not event.date or citer.misnamed(keys):
        return []
    try:
        month = datetime.date.fromisoformat(event.date).month
    except ValueError:
        return []
    passages = [f"{passage.text} {passage.holding}" for passage in citer.passages(keys)]
    named = day_not_given(event.when, event.date, event.date_basis, passages,
                          declined_forms(str(labels["months"][month - 1])), weekdays_of(labels.language))
    if not named:
        return []
    return [Problem(citer.file.shown, event.line_of("date"), f"`date`: {event.date} gives a day, but `when` "
                    f"('{event.when}') and the passages the event cites give only the month ('{named}')",
                    f"write `date: {event.date[:7]}`, the month alone, or leave `date` out: `when` keeps the month as "
                    "the source gives it")]


def says_date(when: str, date_text: str) -> bool:
    """Say whether an event's `when` already gives its date as the page writes it ("Le 4 mai 2026" holds "4 mai
    2026", "٢٠ مارس ٢٠٢٦" holds "20 مارس 2026"): the page wrote the date twice, and a screen reader read it twice."""
    if not date_text:
        return False
    words, date = (" ".join(_western_digits(text).casefold().split()) for text in (when, date_text))
    return re.search(rf"(?<!\w){re.escape(date)}(?!\w)", words) is not None


def says_day(when: str, iso: str, labels: Labels) -> bool:
    """Say whether an event's `when` gives its date's day and month, the month as the page's language names it, the
    year left out ("18 mars", "2月16日", "3 Nisan Cuma"): the page wrote "2月16日 2026年2月16日", the date twice."""
    try:
        day = datetime.date.fromisoformat(iso)
    except ValueError:
        return False
    words = _western_digits(when).casefold()
    # A month's name is whole: not "mars" of "marsh", not "2月" of "12月" (a number may follow it: "2月16日")
    named = any(re.search(rf"(?<!\w){re.escape(form.casefold())}(?![^\W\d_])", words)
                for form in declined_forms(str(labels["months"][day.month - 1])))
    return named and re.search(rf"(?<!\d){day.day}(?!\d)", words) is not None


def _western_digits(text: str) -> str:
    """Return `text` with every decimal digit (Arabic-Indic, Devanagari, ...) written 0-9."""
    return "".join(str(unicodedata.decimal(char)) if char.isdecimal() else char for char in text)


def _quotes(content: Content, citers: dict, labels: Labels, library: dict[str, Source], language: str,
            anchored: dict[str, Passage], texts: Callable[[str], str]) -> tuple[QuoteView, ...]:
    quotes = content.get("quotes")
    if quotes is None:
        return ()
    citer = citers["quotes"]
    views = []
    for quote in quotes.quotes:
        ref = citer.ref(quote.id, quote.line_of("words"), f"quote '{quote.id}'")
        citer.checked_names(quote, "speaker", "role")
        # the context tells how the quote's words were given: "Speaking to reporters in Varsa" may rest on the
        # source's sentence holding them ("... first," Dorr told reporters in Varsa.), whatever else it cites
        context = citer.prose(quote, "context", require_citations=False, inline=True, cited_with=(quote.id,))
        if quote.id in anchored:
            citer.problems.extend(_unnamed_speaker(citer, quote, anchored[quote.id], texts, library)
                                  + _context_channel_unbacked(citer, quote, anchored[quote.id], texts, library)
                                  + quoted_out_of_place(citer, quote, anchored))
            passage = anchored[quote.id]
            cut = quote_cut_before_limit(quote.words, texts(passage.source_id), passage.end,
                                         library[passage.source_id].language or language)
            if cut:
                citer.problems.append(Problem(citer.file.shown, quote.line_of("words"), cut,
                                              "quote the words whole, with the word that limits them"))
        if ref is not None:
            role = labels["role_not_given"] if quote.role == "not given" else quote.role
            # "not given" stood as the speaker's name, in English on a French page too, and named the quote's link
            speaker_given = quote.speaker != "not given"
            speaker = quote.speaker if speaker_given else labels.get("speaker_not_given") or labels["not_given"]
            source = library[quote.source]
            copied = functools.partial(source_words_language, source_text=texts(quote.source),
                                       source_language=source.language, page_language=language)
            views.append(QuoteView(quote.id, speaker, role, quote.words, context, ref,
                                   foreign(source.language, language),
                                   copied(quote.speaker, page_words=labels["link_to_this"]), copied(quote.role),
                                   not speaker_given and quote.role != "not given"))
    return tuple(views)


def _unnamed_speaker(citer: FileCiter, quote, passage: Passage, texts: Callable[[str], str],
                     library: dict[str, Source]) -> list[Problem]:
    """Report a quote whose `speaker` the source does not name around its words (the sentences holding them, or the
    passages its context cites), or whose words the source gives there to someone else (explainer/speakers.py)."""
    language = library[passage.source_id].language
    holding, before = words_around(texts(passage.source_id), passage.start, passage.end, language)
    around = [Cited(holding, language), Cited(before, language), *citer.passages(citer.inline_keys(quote, "context"))]
    wrong = unnamed_speaker(quote.speaker, around[0], around[1:], citer.parties) \
        or unquoted_speaker(quote.speaker, holding, citer.parties) \
        or unnamed_arabic_speaker(quote.speaker, [cited.text for cited in around]) \
        or unnamed_korean_speaker(quote.speaker, [cited.text for cited in around], citer.parties) \
        or unnamed_japanese_speaker(quote.speaker, [cited.text for cited in around], citer.parties)
    if wrong:
        return [Problem(citer.file.shown, quote.line_of("speaker"), f"`speaker`: {wrong}",
                        "name the speaker as the source does, or cite in `context` the words that name them")]
    # the sentence before the words' stands for a possessive opening theirs ("Its chair, Daniel Okafor, said")
    given, theirs = claimant_of_another_party(f"{quote.speaker}, {quote.role}",
                                              [around[0]._replace(paragraph=f"{before} {holding}"), *around[1:]],
                                              citer.parties)
    if not given:  # Arabic names have no capitals for claimant_party.py to read
        given, theirs = arabic_role_of_another_party(quote.role, [cited.text for cited in around], citer.parties)
    hint = "give the role the source gives the speaker, or cite in `context` the words that do"
    if given:
        return [Problem(citer.file.shown, quote.line_of("role"), f"`role`: names {given}, but the source names "
                        f"{quote.speaker} with {theirs}, never {given}", hint)]
    # an office swapped within the party: "Norlandia's foreign minister" of "Norlandia's fisheries minister, Kari Vold"
    otherwise = "" if quote.role == "not given" else role_given_otherwise(quote.speaker, quote.role, around,
                                                                            citer.language)
    return [Problem(citer.file.shown, quote.line_of("role"), f"`role`: calls {quote.speaker} '{quote.role}', but the "
                    f"source calls them '{otherwise}'", hint)] if otherwise else []


def _context_channel_unbacked(citer: FileCiter, quote, passage: Passage, texts: Callable[[str], str],
                              library: dict[str, Source]) -> list[Problem]:
    """Report a quote whose `context` names a kind of channel (a letter, an interview, a speech to parliament) that
    neither the sentence holding its words, the passages its context cites nor their sources tell: the page shows it
    as how the words were given, as a claim card shows its `channel` (channel_kinds.py)."""
    if not quote.context:
        return []
    keys = citer.inline_keys(quote, "context")
    holding, _ = words_around(texts(passage.source_id), passage.start, passage.end, library[passage.source_id].language)
    sources = sorted({passage.source_id, *(citer.numbering.anchored[key].source_id for key in keys
                                           if key in citer.numbering.anchored)})
    kind, words, given = unbacked_channel(citer.plain_text(quote, "context"),
                                          [Cited(holding, library[passage.source_id].language), *citer.passages(keys)],
                                          tuple(texts(source) for source in sources))
    if not kind:
        return []
    how = f" (it gives them as '{given}')" if given else ""
    return [Problem(citer.file.shown, quote.line_of("context"), f"`context`: '{words}' says the words were given in "
                    f"{kind}, but the source tells none{how}", "give the occasion as the source tells it, or cite the "
                    "words that tell it")]


def _caveats(content: Content, citers: dict, labels: Labels, problems: list[Problem]) -> tuple[CaveatView, ...]:
    caveats = content.get("caveats")
    if caveats is None:
        return ()
    citer = citers["caveats"]
    views = []
    for caveat in caveats.caveats:
        if caveat.kind not in UNCITED_CAVEATS and not caveat.cite:
            problems.append(Problem(citer.file.shown, caveat.line, f"a caveat of kind '{caveat.kind}' needs a `cite` list",
                                    "cite the passages it is about"))
        problems.extend(_caveat_misgiven(citer, caveat))
        views.append(CaveatView(caveat.kind, labels[f"caveat_{caveat.kind}"],
                                *citer.prose_with_refs(caveat, "text", caveat.cite, about_sources=True)))
    return caveat_anchors(tuple(views))


def _caveat_misgiven(citer: FileCiter, caveat) -> list[Problem]:
    """Report a caveat naming whose figures the cited ones are ("their governments' own figures") where the passages
    give them as another kind of giver's word (figure_givers.py)."""
    keys = [*caveat.cite, *citer.inline_keys(caveat, "text")]
    if not keys or citer.misnamed(keys):
        return []
    words, theirs = giver_not_given(citer.plain_text(caveat, "text"), list(citer.passages(keys)))
    confirmed = "" if words else confirmed_without_backing(citer.plain_text(caveat, "text"), list(citer.passages(keys)))
    if confirmed:  # "has been confirmed by both sides" of a report that confirms nothing (confirmed_caveats.py)
        return [Problem(citer.file.shown, caveat.line_of("text"), f"`text`: calls the figures '{confirmed}', where no "
                        f"cited passage confirms them", "say whose word the figures are, or cite the passage that "
                        "confirms them")]
    return [Problem(citer.file.shown, caveat.line_of("text"), f"`text`: gives the figures as '{words}', where its cited "
                    f"passages give them as '{theirs}'", "name the figures' giver the source names")] if words else []


def opinion_passages(content: Content, anchored: dict[str, Passage]) -> set[Passage]:
    """Return the passages a briefing's caveats mark as the source's own opinion."""
    caveats = content.get("caveats")
    if caveats is None:
        return set()
    return {anchored[key] for caveat in caveats.caveats if caveat.kind == "opinion" for key in caveat.cite
            if key in anchored}
