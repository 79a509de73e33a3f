"""A developing story: which report each claim rests on and when, which figure is the latest, which was revised.

Everything here comes from what editors already give: the sources' `publisher`, `title` and `date` in
sources.yaml, and the passages each claim cites. A date `unknown` orders nothing: a figure is called the latest,
or revised, only where every report compared has a date.
"""

from __future__ import annotations

from .footnotes import FootnoteNumbering, source_href
from .locale import Foreign, Labels, foreign
from .views import ClaimView, Disagreement, FigureText, Report, Revision

UNKNOWN = "unknown"


def reports_of(keys, numbering: FootnoteNumbering, labels: Labels) -> tuple[Report, ...]:
    """Return the sources of the anchored citations `keys`, each once, in the order first cited."""
    ids = dict.fromkeys(numbering.anchored[key].source_id for key in keys if numbering.is_anchored(key))
    return tuple(_report(numbering.sources[source_id], numbering.language, labels) for source_id in ids)


def _report(source, page_language: str, labels: Labels) -> Report:
    titled = source.publisher == UNKNOWN
    name = source.title if titled else source.publisher
    shown = "" if source.date == UNKNOWN else labels.date(source.date)
    # A title that gives its date ("..., 2 March 2026", as the README advises) would say it twice.
    return Report(source.id, name, source.date, "" if shown in name else shown, f"../{source_href(source.id)}",
                  foreign(source.language, page_language) if titled and source.language else Foreign())


def dated(reports: tuple[Report, ...]) -> str:
    """Return the date of a claim's reports: the latest, or "" when any is unknown (nothing to order it by)."""
    dates = [report.date for report in reports]
    return "" if not dates or UNKNOWN in dates else max(dates)


def _column(claim: ClaimView) -> tuple[str, str]:
    """Return whose figures a claim gives: its column, and among others quoted, its claimant."""
    return (claim.party.id, claim.claimant if claim.party.id == "others" else "")


def measure_key(figure: FigureText) -> tuple[str, str]:
    """Return a figure's measure and unit as they are matched to another's: letter case and spacing aside ("Taliban
    fighters killed", "taliban  fighters killed"), as an editor typing it twice writes it. The unit counts: 7 (%)
    and 2,100 ($) of one measure may both be true, and 1.5 (million tonnes) is no revision of 1,500,000 (tonnes)."""
    return " ".join(figure.measure.split()).casefold(), " ".join(figure.unit.split()).casefold()


def mark_revisions(claims: list[ClaimView], labels: Labels) -> list[ClaimView]:
    """Return the claims with each figure that a later report of the same party (or claimant) gives otherwise
    marked as revised, leading to the claim of the latest report."""
    marked = []
    for claim in claims:
        figures = []
        for figure in claim.figures:
            found = _latest_figure(claim, figure, claims) if claim.date and figure.given else None
            if found and found[1].text != figure.text:
                other, shown = found
                figure = figure._replace(revised=Revision(other.id, shown.text, labels.date(other.date)))
            figures.append(figure)
        marked.append(claim._replace(figures=tuple(figures)))
    return marked


def _latest_figure(claim: ClaimView, figure: FigureText, claims: list[ClaimView]):
    """Return (claim, figure) of the latest report after `claim`'s giving its party's figure for the same measure,
    or None: where there is none, or the latest report gives two that differ ("The figures disagree" lists them)."""
    later = [(other, shown) for other in claims if other.date > claim.date and _column(other) == _column(claim)
             for shown in other.figures if shown.given and measure_key(shown) == measure_key(figure)]
    if not later:
        return None
    latest = max(other.date for other, _ in later)
    found = [(other, shown) for other, shown in later if other.date == latest]
    return found[0] if len({shown.text for _, shown in found}) == 1 else None


def disagreement(entries: list[tuple[ClaimView, FigureText]], who, labels: Labels) -> Disagreement:
    """Return figures of one measure and unit that disagree, each with its claim's id (the page links it to its card)
    and its report's date where the reports' dates differ, and the latest report's figure where one report is the
    latest and all are dated."""
    measure = measured(labels, entries[0][1])
    dates = [claim.date for claim, _ in entries]
    if "" in dates or len(set(dates)) == 1:
        return Disagreement(measure, tuple((who(claim), figure.text, "", claim.id) for claim, figure in entries))
    latest = max(dates)
    figures = {figure.text for claim, figure in entries if claim.date == latest}
    return Disagreement(measure, tuple((who(claim), figure.text, labels.date(claim.date), claim.id)
                                       for claim, figure in entries),
                        figures.pop() if len(figures) == 1 else "", labels.date(latest))


def measured(labels: Labels, figure: FigureText) -> str:
    """Return a figure's measure with its unit as the claim's card writes them: "Rise in prices (%)", "出口（辆）".
    The line of figures that disagree gave "about 7 … up to 2" where the claims say 7% and 2%: no reader could
    tell what was compared. The unit goes beside the measure, not the number, so that each figure stays the
    card's own, and "$ billion" or "Mio. Euro" need no rule of where a symbol or a scale stands."""
    if not figure.unit:
        return figure.measure
    before, after = labels.aside
    return f"{figure.measure}{before}{figure.unit}{after}"
