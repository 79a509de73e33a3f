"""Plan the claims: who says what, topic by topic, in one column per party (joint claims and others apart)."""

from __future__ import annotations

import re

from .attribution import hedging_found
from .cite import FileCiter
from .comparisons import by_party, measure_moved_problem, unknown_party, unsupported_figures
from .figures import as_written, figure_text
from .locale import Foreign, Labels
from .model import EVIDENCE_STATUSES, NO_EVIDENCE, Party, claim_anchors
from .problems import Problem
from .prose import parse_prose, plain_text
from .reports import dated, disagreement, mark_revisions, measure_key, reports_of
from .channel_kinds import unbacked_channel
from .claimant_mentions import other_mentions
from .claimants_own_words import in_claimants_words
from .claimant_party import claimant_of_another_party, unlisted_own_party
from .claim_status import MEANING, claimed_in_passages
from .disputed_acknowledgements import disputed_in_passages
from .measure_acts import measure_counted_otherwise
from .measure_parties import measure_party_swapped
from .roles import role_given_otherwise
from .ruling_status import ruling_unbacked
from .source_words import source_words_language
from .speakers import wrong_claimant, wrong_column
from .swapped import swapped_parties_in_item
from .speaker_turns import speaker_of_claimed_words
from .arabic_speakers import wrong_arabic_claimant, wrong_arabic_column
from .views import ClaimView, Disagreement, FigureText, StatusLegend, TopicView

# Statuses under which a claim is somebody's word or judgement, never to be worded as established fact.
UNVERIFIED_STATUSES = frozenset({"claim", "denied", "assessment"})


def plan_topics(file, citer: FileCiter, parties: dict[str, Party], order: tuple[Party, ...], labels: Labels,
                problems: list[Problem]) -> tuple[TopicView, ...]:
    """Return every topic of claims.yaml with its claims in party columns."""
    others = Party(id="others", name=labels["others"])
    topics = []
    for topic in file.topics:
        planned: dict[int, ClaimView] = {}
        anchored = list(zip(claim_anchors(topic.claims), topic.claims))
        # Planned in the order the page shows the cards, column by column, so that their notes are numbered as a
        # reader meets them: claims.yaml's order gave the French fixture's cards [16], [18], [17]
        for index in shown_order(topic.claims, parties, order):
            anchor, claim = anchored[index]
            missing = [p for p in claim.parties if p not in parties]
            problems.extend(unknown_party(citer, claim.line_of("parties"), p, parties) for p in missing)
            problems.extend(_as_fact(citer, claim, labels.language))
            problems.extend(unsupported_figures(citer, [(f, f.measure, f.unit) for f in claim.figures
                                                        if f.value is not None], claim.cite))
            for figure in claim.figures:
                citer.checked_names(figure, "unit")  # its measure: against the claim's own passages, in _claim
            # A claim naming an unknown party is still planned (the build fails anyway), so that every
            # other problem in it is found and its citations are not reported as never used.
            view = _claim(citer, f"{topic.id}-{anchor}", claim, parties, others, labels)
            if not missing:
                planned[index] = view
        views = [planned[index] for index in sorted(planned)]  # claims.yaml's order again, for what follows
        views = _told_apart(mark_revisions(views, labels), labels)
        extra = tuple(dict.fromkeys(v.party for v in views if v.party.id not in parties))
        columns = by_party(views, order, tuple(sorted(extra, key=lambda p: p.id == "others")))
        # the line of figures that disagree names them as the cards above it give them, column by column: the
        # merger's gave the companies' joint figure before the commission's, whose column comes first
        shown = [claim for column in columns for claim in column.items]
        topics.append(TopicView(topic.id, citer.checked_heading(topic, "title"), tuple(views),
                                _disagreements(shown, labels), columns))
    return tuple(topics)


def shown_order(claims, parties: dict[str, Party], order: tuple[Party, ...]) -> list[int]:
    """Return the indices of a topic's claims in the order the page shows their cards: column by column as
    comparisons.by_party puts them (the parties' own in their order, then joint columns as first met, then others),
    each column's in claims.yaml's order."""
    joint: list[str] = []
    keys = []
    for claim in claims:
        known = [party for party in claim.parties if party in parties]
        column = "joint-" + "-".join(known) if len(known) > 1 else known[0] if known else "others"
        if column.startswith("joint-") and column not in joint:
            joint.append(column)
        keys.append(column)
    place = {party.id: index for index, party in enumerate(order)}

    def column_place(column: str) -> tuple[int, int]:
        if column in place:
            return (0, place[column])
        return (1, joint.index(column)) if column in joint else (2, 0)
    return sorted(range(len(claims)), key=lambda index: column_place(keys[index]))


def _measure_of_another_act(citer: FileCiter, figure, cited) -> list[Problem]:
    """Report a figure whose measure names another act, or other people, than its passages count it by: 'Pakistani
    soldiers wounded' for 55 citing "55 Pakistani soldiers were killed" (measure_acts.py)."""
    swapped = measure_counted_otherwise(figure.measure, figure.value, list(citer.passages(cited)), citer.language)
    if not swapped:
        return []
    return [Problem(citer.file.shown, figure.line_of("measure"),
                    f"`measure`: '{figure.measure}' gives {as_written(figure.value)} as '{swapped[0]}' where the "
                    f"claim's passages give it as '{swapped[1]}'",
                    "name what the source counts by this figure, or cite the passage that gives it so")]


def _claim(citer: FileCiter, claim_id: str, claim, parties: dict, others: Party, labels: Labels) -> ClaimView:
    speakers = tuple(parties[p] for p in claim.parties if p in parties)
    if len(speakers) > 1:
        column = Party(id="joint-" + "-".join(p.id for p in speakers),
                       name=f"{labels['joint']}{labels['colon']}" + labels["comma"].join(p.short_name or p.name for p in speakers))
    else:
        column = speakers[0] if speakers else others
    figures = tuple(FigureText(f.measure, figure_text(labels, f.value, f.to, f.bound), f.value is not None, f.unit)
                    for f in claim.figures)
    html, refs = citer.prose_with_refs(claim, "says", claim.cite, worded_by_status=True)
    cited = [*claim.cite, *citer.inline_keys(claim, "says")]  # who, how and on what evidence: in its passages too
    for field in ("claimant", "channel", "evidence"):
        citer.checked_text(claim, field, cited)
    if not citer.misnamed(cited):
        citer.problems.extend(_channel_unbacked(citer, claim, cited))
    if not citer.misnamed(cited):  # who did what in the claimant's own words: "the valuer appointed by the club"
        # citing "the valuer appointed by the council", as a sentence of prose is read (swapped.py)
        citer.report(claim, "claimant", citer.check(swapped_parties_in_item, claim.claimant, citer.passages(cited),
                                                    citer.language, citer.parties))
    if not citer.misnamed(claim.cite):
        citer.problems.extend(_misattributed(citer, claim, cited) + _status_unbacked(citer, claim, cited))
    for figure in claim.figures:  # what a figure counts is the claim's word too: "killed since 2019"
        citer.checked_text(figure, "measure", cited)
        if not citer.misnamed(cited):  # "Duty on Kestrian cheese" of "a duty on Kestrian dairy products"
            citer.problems.extend(measure_moved_problem(citer, figure, citer.passages(cited), "the claim's passages"))
            citer.problems.extend(_measure_of_another_act(citer, figure, cited))
            # whose soldiers or posts it counts: "Afghan soldiers killed" of "55 Pakistani soldiers" (measure_parties.py)
            citer.report(figure, "measure", citer.check(measure_party_swapped, figure.measure, figure.value,
                                                        citer.passages(cited), citer.language, citer.parties))
    evidence = claim.evidence if claim.status in EVIDENCE_STATUSES else ""
    if evidence == NO_EVIDENCE:
        evidence = labels["evidence_none"]
    channel = labels["not_given"] if claim.channel == "not given" else claim.channel
    reports = reports_of(cited, citer.numbering, labels)
    # a claimant named in another script than the page's, as a passage in its language names it ("وزارة الخارجية")
    claimant_foreign = next((found for passage in citer.passages(cited) if (found := source_words_language(
        claim.claimant, passage.holding or passage.text, passage.language, labels.language,
        page_words=labels["link_to_this"])).lang), Foreign())
    return ClaimView(claim_id, claim.claimant, column, speakers, channel, html, claim.status,
                     labels[f"status_{claim.status}"], evidence, figures, refs, reports, dated(reports),
                     claimant_foreign=claimant_foreign)


def _channel_unbacked(citer: FileCiter, claim, cited: list[str]) -> list[Problem]:
    """Report a claim whose `channel` names a kind (a court filing, a letter) no cited passage tells: the card shows
    it as the source's account of how the words were given (channel_kinds.py)."""
    kind, words, given = unbacked_channel(claim.channel, citer.passages(cited), tuple(_cited_sources(citer, cited)))
    if not kind:
        return []
    how = f" (they give it as '{given}')" if given else ""
    return [Problem(citer.file.shown, claim.line_of("channel"), f"`channel`: '{claim.channel}' says it was made in {kind}, "
                    f"but neither its cited passages nor their source tell one{how}", "give the channel as the source tells it, or cite "
                    "the words that tell it")]


def _status_unbacked(citer: FileCiter, claim, cited: list[str]) -> list[Problem]:
    """Report a claim marked `reported` or `acknowledged` whose cited passages give it only as someone's claim, or
    one marked `ruling` that no ruling body or decision backs (ruling_status.py)."""
    passages = citer.passages(cited)
    if claim.status == "ruling" and ruling_unbacked(claim.claimant, passages):
        return [Problem(citer.file.shown, claim.line_of("status"), f"`status`: 'ruling' says a court or regulator "
                        f"decided it, but the claimant, {claim.claimant}, names none, and no cited passage tells a "
                        "ruling or decision", "mark it as what the source gives it as (`assessment`, `claim`), or "
                        "cite the passage that tells the decision")]
    disputed = disputed_in_passages(claim.status, passages)  # "acknowledged" of "The utility disputes ..."
    if disputed:
        return [Problem(citer.file.shown, claim.line_of("status"), f"`status`: 'acknowledged' says "
                        f"{MEANING['acknowledged']}, but its cited passages give it as disputed ('{disputed}')",
                        "mark it `denied` or `claim`, or cite a passage where the party admits it")]
    claimed = claimed_in_passages(claim.status, passages)
    if not claimed:
        return []
    return [Problem(citer.file.shown, claim.line_of("status"), f"`status`: '{claim.status}' says "
                    f"{MEANING[claim.status]}, but its cited passages give it only as someone's claim ('{claimed}')",
                    "mark it `claim`, or cite a passage that reports it as the status says")]


def _misattributed(citer: FileCiter, claim, cited: list[str]) -> list[Problem]:
    """Report a claim whose cited passages give its words to a speaker other than its claimant, or of a party
    other than those it lists (see explainer/speakers.py): the words stand in the passage whoever says them."""
    passages, file = citer.passages(cited), citer.file.shown
    problems = []
    speaker = wrong_claimant(claim.claimant, passages, citer.parties) or wrong_arabic_claimant(
        claim.claimant, passages, citer.parties) or speaker_of_claimed_words(  # of a passage of several speakers
        claim.claimant, plain_text(claim.says), passages, citer.language, citer.parties)
    if speaker:
        problems.append(Problem(file, claim.line_of("claimant"), f"`claimant`: the cited passages give these words to "
                                f"{speaker}, not to {claim.claimant}",
                                "name the claimant as the source does, or cite the passage that gives the words to "
                                "them"))
    # the person as the whole source names them, where the cited passages give the name alone ("Mr Okafor said")
    # an owner's post ("the IMF's chair") only: "a former IMF economist" is no post the committee's chair holds
    owned = re.search(r"['’]s(?!\w)", claim.claimant.partition(",")[2])
    known = [*passages, *other_mentions(claim.claimant, passages, _cited_sources(citer, cited))] if owned else passages
    given, theirs = claimant_of_another_party(claim.claimant, known, citer.parties)
    if given:
        problems.append(Problem(file, claim.line_of("claimant"), f"`claimant`: names {given}, but the cited passages "
                                f"name this speaker with {theirs}, never {given}: {claim.claimant}",
                                "name the party the source gives the speaker, or cite the words that do"))
    elif not speaker:
        problems += _role_swapped(citer, claim, known)
    own = unlisted_own_party(claim.claimant, claim.parties, citer.parties)
    if own:
        problems.append(Problem(file, claim.line_of("parties"), f"`parties`: the claimant, {claim.claimant}, speaks "
                                f"for {own}, which this claim does not list ({', '.join(claim.parties)})",
                                "list the claimant's party, or name the claimant as the source does"))
    speaker = wrong_column(claim.parties, passages, citer.parties) or wrong_arabic_column(
        claim.parties, passages, citer.parties)
    if speaker:
        problems.append(Problem(file, claim.line_of("parties"), f"`parties`: the cited passages give these words to "
                                f"{speaker}, of none of the parties listed ({', '.join(claim.parties)})",
                                "list the party whose speaker the source gives the words to"))
    return problems


def _cited_sources(citer: FileCiter, keys: list[str]) -> list[str]:
    """Return the texts of the sources the anchored `keys` cite, each once."""
    anchored = citer.numbering.anchored
    ids = dict.fromkeys(anchored[key].source_id for key in keys if key in anchored)
    return [citer.texts(source_id) for source_id in ids] if citer.texts else []


def _role_swapped(citer: FileCiter, claim, passages) -> list[Problem]:
    """Report a claimant named with a role the cited passages give the same person otherwise, as a quote's `role` is
    checked: "Daniel Okafor, the IMF's chair" of "Its chair, Daniel Okafor, said" (the bondholders' chair) built."""
    name, _, role = claim.claimant.partition(",")
    if not role.strip():
        return []
    otherwise = role_given_otherwise(name.strip(), role.strip(), passages, citer.language)
    if not otherwise:
        return []
    return [Problem(citer.file.shown, claim.line_of("claimant"), f"`claimant`: calls {name.strip()} "
                    f"'{role.strip()}', but the cited passages call them '{otherwise}'",
                    "give the role the source gives the claimant, or cite the words that do")]


def unverified_passages(file, anchored: dict) -> frozenset:
    """Return the passages that claims of an unverified status cite: what the rest of the briefing may not state as fact."""
    return frozenset(anchored[key] for topic in file.topics for claim in topic.claims
                     if claim.status in UNVERIFIED_STATUSES
                     for key in [*claim.cite, *(marker.key for marker in parse_prose(claim.says).markers)]
                     if key in anchored)


def status_legend(topics: tuple[TopicView, ...], labels: Labels) -> tuple[StatusLegend, ...]:
    """Return the one-line legend of each status the claims use, in the model's order."""
    used = {claim.status for topic in topics for claim in topic.claims}
    order = ("claim", "acknowledged", "denied", "ruling", "assessment", "reported")
    return tuple(StatusLegend(s, labels[f"status_{s}"], labels[f"status_{s}_legend"]) for s in order if s in used)


def _as_fact(citer: FileCiter, claim, language: str) -> list[Problem]:
    """Report words asserting an unverified claim as fact ('confirmed', 'proved', ...)."""
    if claim.status not in UNVERIFIED_STATUSES:
        return []
    cited = [*claim.cite, *(marker.key for marker in parse_prose(claim.says).markers)]
    passages = [passage.text for passage in citer.passages(cited)]
    return [Problem(citer.file.shown, claim.line_at(field, offset),
                    f"`{field}`: a claim of status '{claim.status}' is worded as fact: '{word}'",
                    "attribute it to the claimant, or use words that do not assert it")
            for field in ("says", "evidence", "channel")  # how and on what it was said may not assert it either
            for word, offset in citer.check(hedging_found, getattr(claim, field), language)
            # the claimant's own phrase, "63 confirmed ballots", shown as theirs (claimants_own_words.py)
            if not (field == "says" and in_claimants_words(getattr(claim, field), offset, word, passages))]


def _told_apart(claims: list[ClaimView], labels: Labels) -> list[ClaimView]:
    """Return the claims with what tells apart those of one claimant in a topic: their reports' dates where these
    differ, else their order. Their "Link to this" links were named alike (claimant and topic) and led apart, one
    name twice in a screen reader's list of links."""
    by_claimant: dict[str, list[int]] = {}
    for index, claim in enumerate(claims):
        by_claimant.setdefault(claim.claimant, []).append(index)
    told = list(claims)
    for indices in by_claimant.values():
        if len(indices) == 1:
            continue
        dates = [claims[index].date for index in indices]
        by_date = "" not in dates and len(set(dates)) == len(dates)
        for order, index in enumerate(indices, start=1):
            told[index] = claims[index]._replace(apart=labels.date(dates[order - 1]) if by_date else str(order))
    return told


def _who(claim: ClaimView, labels: Labels) -> str:
    """Return who gives a figure: the claimant, and the column they stand in when it says more."""
    before, after = labels.aside
    return claim.claimant if claim.party.name in claim.claimant else f"{claim.claimant}{before}{claim.party.name}{after}"


def _disagreements(claims: list[ClaimView], labels: Labels) -> tuple[Disagreement, ...]:
    """Return the measures (each in one unit) on which different claims give different numbers.

    Two claims of one column count too: a party that revised its figure (274 killed, then 331) gives two
    numbers, and a reader of either card alone would take it for the only one. Where their reports' dates differ,
    each figure says its date, and the latest report's figure is named.
    """
    by_measure: dict[tuple[str, str], list[tuple[ClaimView, FigureText]]] = {}
    for claim in claims:
        for figure in claim.figures:
            if figure.given:
                by_measure.setdefault(measure_key(figure), []).append((claim, figure))
    found = []
    for entries in by_measure.values():
        if len({c.id for c, _ in entries}) > 1 and len({f.text for _, f in entries}) > 1:
            found.append(disagreement(entries, lambda claim: _who(claim, labels), labels))
    return tuple(found)
