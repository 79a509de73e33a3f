"""Plan comparison tables: rows of figures for some of the parties, their ratios and charts."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from .chart import comparison_charts
from .cite import FileCiter
from .figures import as_written, figure_text, ratio_of
from . import measures
from .agreed_figures import agreed_not_given
from .figure_givers import confirmed_not_given, giver_not_given
from .measure_targets import measure_misnamed
from .measure_words import measure_named_elsewhere
from .hints import closest
from .locale import Labels
from .model import Party
from .owners import misplaced_figure, party_words
from .statement_columns import named_in_own_statement
from .party_figures import figure_value, given_to_another
from .held_figures import held_by_another
from .relative_owners import owned_by_others
from .attribution import fits_qualifier
from .direction import signed_value_turned
from .numbers import (UNIT_PLURALS, Quantity, is_percentage_unit, names_per_cent, names_unit, quantities_in, scale_word,
                      unit_family, unit_scale, units_given, writes_decimal_comma)
from .qualifiers import qualified_figures
from .range_end_measures import measure_names_range_end
from .problems import Problem
from .views import Cell, ComparisonView, NoteView, PartyColumn, Ratio, RowView
from .yamlsafe import DotGroupedFloat


def plan_comparisons(file, citer: FileCiter, parties: dict[str, Party], order: tuple[Party, ...],
                     labels: Labels, problems: list[Problem]) -> tuple[ComparisonView, ...]:
    """Return every comparison table of comparisons.yaml, reporting unknown parties and unsupported figures."""
    views = []
    # A party's colour is its place in briefing.yaml's `parties`, as in the claims' columns: a table that lists
    # Beta alone, or first, would otherwise paint Beta in Alpha's colour.
    slots = {party.id: slot % PARTY_COLOURS for slot, party in enumerate(order)}
    for table in file.comparisons:
        shown = tuple(parties[p] for p in table.parties if p in parties) or order
        colours = tuple(slots[party.id] for party in shown)
        for party_id in table.parties:
            if party_id not in parties:
                problems.append(unknown_party(citer, table.line_of("parties"), party_id, parties))
        attribution = citer.prose(table, "attribution", inline=True)  # numbered first: it stands above the table
        rows = tuple(_row(citer, table.id, row, shown, parties, labels, problems) for row in table.rows)
        problems.extend(_measures_elsewhere(citer, table.rows) + _measures_misgiven(citer, table.rows))
        notes = []
        ids = _note_ids(table, shown)
        for note in in_columns_order(table.notes, shown):
            # A note in error is still cited, so that its citations are not reported as never used.
            text = citer.prose_with_refs(note, "text", note.cite)
            citer.checked_names(note, "topic")
            if not _compared(citer, note.line_of("party"), note.party, shown, parties, "the note", problems):
                continue
            topic = citer.checked_heading(note, "topic")  # a note's topic heads it
            notes.append(NoteView(ids[id(note)], parties[note.party], topic, *text, heading=labels.capitalised(topic)))
        title = citer.checked_heading(table, "title")
        views.append(ComparisonView(table.id, title, attribution, shown, rows,
                                    _ratios(table, shown, labels),
                                    comparison_charts(title, table.rows, shown, labels, colours),
                                    citer.checked_heading(table, "notes_title"), by_party(notes, shown, slots=slots),
                                    colours))
    return tuple(views)


def in_columns_order(notes, shown: tuple[Party, ...]) -> list:
    """Return a table's notes in the order a reader meets them: column by column, as by_party shows them, each
    column's in comparisons.yaml's order. Their citations are numbered in this order: numbered in the file's, the
    Spanish strike's [20] stood before its [19] (tests/test_reader_29.py). A note of no column comes last."""
    columns = [party.id for party in shown]
    return sorted(notes, key=lambda note: columns.index(note.party) if note.party in columns else len(columns))


def _note_ids(table, shown: tuple[Party, ...]) -> dict[int, str]:
    """Return each shown note's id (by `id()` of the note): remark-TABLE-1, -2 ... in comparisons.yaml's order, as
    they were before notes were numbered in their columns' order, so that links to them still lead there."""
    columns = {party.id for party in shown}
    kept = [note for note in table.notes if note.party in columns]
    return {id(note): f"remark-{table.id}-{number}" for number, note in enumerate(kept, 1)}


def _row(citer: FileCiter, table_id: str, row, shown, parties: dict[str, Party], labels: Labels,
         problems: list[Problem]) -> RowView:
    citer.checked_names(row, "measure", "unit")
    for party_id, amount in row.values.items():
        if not _compared(citer, amount.line, party_id, shown, parties, "it", problems):
            citer.refs(amount, amount.cite)  # still cited: its citations are not to be reported as never used
        problems.extend(unsupported_figures(citer, [(amount, row.measure, row.unit)], amount.cite))
        if party_id in parties and len(shown) > 1:
            problems.extend(_misplaced(citer, amount, row, parties[party_id], shown))
    cells = []
    for party in shown:
        amount = row.values.get(party.id)
        if amount is None:
            cells.append(Cell(party, False, labels["not_given"], ()))
        else:
            cells.append(Cell(party, True, figure_text(labels, amount.value, amount.to, amount.bound),
                              citer.refs(amount, amount.cite)))
    measure = citer.checked_heading(row, "measure")  # it heads the row, the chart's bar and the CSV's column
    return RowView(f"{table_id}-{slug_of(measure)}", measure, row.unit, tuple(cells))


def _measures_elsewhere(citer: FileCiter, rows) -> list[Problem]:
    """Report a row whose `measure` names a word its cells' passages never hold but another row's do: it names what
    that row measures (measure_words.py)."""
    quoted = {}
    for row in rows:
        keys = [key for amount in row.values.values() for key in amount.cite]
        quoted[row.measure] = [] if citer.misnamed(keys) else [passage.text for passage in citer.passages(keys)]
    problems = []
    for row in rows:
        if not quoted[row.measure]:
            continue
        others = [(other.measure, quoted[other.measure],
                   tuple(as_written(value) for amount in other.values.values() for value in (amount.value, amount.to)
                         if value is not None))
                  for other in rows if other.measure != row.measure]
        word, other, passage = measure_named_elsewhere(row.measure, quoted[row.measure], others)
        if word:
            problems.append(Problem(citer.file.shown, row.line_of("measure"), f"`measure`: '{row.measure}' names "
                                    f"'{word}', which no passage its figures cite holds, while the row '{other}' cites "
                                    f"'{passage}'", "name what the cited passages measure, or cite the passage that "
                                    "gives this measure"))
    return problems


def _measures_misgiven(citer: FileCiter, rows) -> list[Problem]:
    """Report a row whose `measure` names a giver of its figures, or calls them confirmed, where the passages its
    cells cite give them as another kind of giver's word (figure_givers.py)."""
    problems = []
    for row in rows:
        keys = [key for amount in row.values.values() for key in amount.cite]
        passages = [] if citer.misnamed(keys) else list(citer.passages(keys))
        words, theirs = giver_not_given(row.measure, passages)
        if words:
            problems.append(Problem(citer.file.shown, row.line_of("measure"), f"`measure`: '{row.measure}' gives its "
                                    f"figures as '{words}', where its cited passages give them as '{theirs}'",
                                    "name the figures' giver the source names"))
            continue
        words, theirs = confirmed_not_given(row.measure, passages)
        if words:
            problems.append(Problem(citer.file.shown, row.line_of("measure"), f"`measure`: '{row.measure}' calls its "
                                    f"figures '{words}', where its cited passages give them as what someone "
                                    f"'{theirs}' and confirm none", "say whose estimate or claim the figures are"))
            continue
        words, theirs = agreed_not_given(row.measure, passages)  # "Pay rise agreed" of a demand and an offer
        if words:
            problems.append(Problem(citer.file.shown, row.line_of("measure"), f"`measure`: '{row.measure}' calls its "
                                    f"figures '{words}', where its cited passages give them as asked or "
                                    f"offered ('{theirs}') and tell no agreement", "say which figure each side asks or offers"))
            continue
        problems.extend(_measure_moved(citer, row))
    return problems


def _measure_moved(citer: FileCiter, row) -> list[Problem]:
    """Report a row whose `measure` names a trade measure ("Duty imposed on the other side's steel") that a cell's
    passages give of another kind or on other things ("a 15 percent duty on Norvanian dairy products"): each cell's
    figure is shown as that measure (measure_targets.py)."""
    for party_id, amount in sorted(row.values.items()):
        if not citer.misnamed(amount.cite):
            found = measure_moved_problem(citer, row, citer.passages(amount.cite), f"the passages cited for {party_id}")
            if found:
                return found
    return []


def measure_moved_problem(citer: FileCiter, item, passages, whose: str) -> list[Problem]:
    """Report an item's `measure` naming a trade measure of another kind than `passages` do, or on other things."""
    moved = measure_misnamed(item.measure, list(passages), citer.language)
    if moved is None:
        return []
    how, _, theirs = moved
    what = "names a measure of another kind" if how == "kind" else "applies the measure to other things"
    return [Problem(citer.file.shown, item.line_of("measure"), f"`measure`: '{item.measure}' {what} than {whose} do "
                    f"('{theirs}')", f"keep the source's measure and what it applies to ('{theirs}'), or cite a "
                    "passage that names this one")]


def _misplaced(citer: FileCiter, amount, row, party: Party, shown: tuple[Party, ...]) -> list[Problem]:
    """Report a value whose passages name another party of the table but never its own (see explainer/owners.py):
    a figure moved to another party's column still stands in its passage."""
    other = misplaced_figure(party, shown, citer.passages(amount.cite)) if amount.cite else ""
    if other and named_in_own_statement(party, list(citer.passages(amount.cite))):
        other = ""  # "della società" in the company's own release names the company
    if not other:
        return _given_to_another(citer, amount, row, party, shown)
    return [Problem(citer.file.shown, amount.line_of("value"),
                    f"figure {as_written(amount.value)} ({row.measure}) is given for {party.name}, but the passages "
                    f"cited for it name {other}, never {party.name}",
                    "put the figure in the column of the party the source gives it for, or cite the words that say "
                    "whose it is")]


def _given_to_another(citer: FileCiter, amount, row, party: Party, shown: tuple[Party, ...]) -> list[Problem]:
    """Report a value its passages give another party of a run of parties and figures, while giving its own party
    another figure (see explainer/party_figures.py): "the Greens 28, the Liberals 20" backs no 28 for the Liberals."""
    if not amount.cite or amount.to is not None:
        return []
    named = tuple((each.id, party_words(each)) for each in shown)
    # fragments naming no party, their subject earlier in the source's sentence ("has offered a cut of 20 percent,
    # with repayment over 12 years": the committee's 12 in the government's column, newuser_94)
    held = held_by_another(party.id, figure_value(amount.value, row.unit), citer.passages(amount.cite), named)
    if held:
        return [Problem(citer.file.shown, amount.line_of("value"),
                        f"figure {as_written(amount.value)} ({row.measure}) is given for {party.name}, but the "
                        f"source's sentences holding the passages cited for it are about "
                        f"{next(each.name for each in shown if each.id == held)}, never {party.name}",
                        "put the figure in the column of the party the source gives it for, or cite the words that "
                        "give it to this party; where they name it otherwise ('the merged business'), add that name "
                        "to the party's `aliases`")]
    passages = [passage.text for passage in citer.passages(amount.cite) if passage.language in ("", "en")]
    found = given_to_another(frozenset({party.id}), figure_value(amount.value, row.unit), passages, named)
    if found is None:  # or given another by a relative clause ("the 25 years the club had asked for")
        owned = owned_by_others(figure_value(amount.value, row.unit), frozenset({party.id}), passages, named)
        return [Problem(citer.file.shown, amount.line_of("value"),
                        f"figure {as_written(amount.value)} ({row.measure}) is given for {party.name}, but the "
                        f"passages cited for it give it to another party ('{owned}')",
                        "put the figure in the column of the party the source gives it for, or cite the words that "
                        "give it to this party")] if owned else []
    if found[0] is None:
        return []  # a passage naming other parties only: misplaced_figure's
    own, other = found
    return [Problem(citer.file.shown, amount.line_of("value"),
                    f"figure {as_written(amount.value)} ({row.measure}) is given for {party.name}, but the passages "
                    f"cited for it give {other.shown} to {other.name} and {own.shown} to {own.name} "
                    f"('{other.written}')",
                    "put the figure in the column of the party the source gives it for, or cite the words that give it "
                    "to this party")]


def slug_of(text: str) -> str:
    """Return a measure's name as an id part: its words (lowercase letters and digits, with their combining marks:
    Arabic's tanwin in "يوميًا", Hindi's vowel signs) joined by hyphens."""
    kept = "".join(c if c.isalnum() or unicodedata.category(c).startswith("M") else " " for c in text.lower())
    return "-".join(kept.split()) or "row"


def _ratios(table, shown, labels: Labels) -> tuple[Ratio, ...]:
    """Return the ratios asked for between two parties, only where the figures' bounds allow one."""
    ratios = []
    for row in table.rows:
        if row.measure not in table.ratio_of or len(shown) != 2:
            continue
        first, second = (row.values.get(p.id) for p in shown)
        found = ratio_of(first, second) if first and second else None
        if found is None:
            continue
        bound, ratio = found
        ratios.append(Ratio(row.measure, labels["ratio"].format(
            first=shown[0].name, second=shown[1].name, measure=row.measure.lower(),
            ratio=figure_text(labels, shown_ratio(ratio), None, bound),
            first_value=figure_text(labels, first.value, None, first.bound),
            second_value=figure_text(labels, second.value, None, second.bound))))
    return tuple(ratios)


def shown_ratio(ratio: float) -> float:
    """Return a ratio to one decimal, or two where one would show 1 for figures that differ: "1 times the votes" for
    60,345,999 to 58,206,354 said they were equal (1.04)."""
    shown = round(ratio, 1)
    return round(ratio, 2) if shown == 1 and ratio != 1 else shown


def unsupported_figures(citer: FileCiter, figures: list[tuple], keys) -> list[Problem]:
    """Report structured figures (with their measure and unit) whose values are in none of the passages cited, whose
    sign they do not give (-2.4 citing "rose 2.4%"), or whose `bound` says otherwise than every cited mention of the
    value ("exact" for "at least 31")."""
    if not figures:
        return []  # a claim giving no figure: its passages' quantities and qualifiers were read for nothing
    if citer.misnamed(keys):
        return []  # its misnamed key is the mistake, reported where the references are made
    passages = citer.passages(keys) if keys else []
    found = set().union(*(quantities_in(p.text, p.language) for p in passages))
    qualified = [pair for p in passages for pair in qualified_figures(p.text, p.language)]
    problems = []
    for figure, measure, unit in figures:
        bare = _named_apart(unit, passages)
        for value in (figure.value, figure.to):
            if value is None:
                continue
            # A signed figure stands in its passages by its size; its sign, by how they give it ("fell 2.4%": -2.4).
            size, line = abs(value), figure.line_of("to" if value is figure.to else "value")
            if isinstance(value, DotGroupedFloat) and writes_decimal_comma(citer.language):
                problems.append(_grouped_as_written(citer, figure, value, measure))
            elif not stated_in(size, unit, found, bare) and stated_in(size, unit, found):
                problems.append(_scale_left_out(citer, figure, value, measure, unit))
            elif not stated_in(size, unit, found):
                hint = "cite the passage that gives it, or correct it to the source's"
                thousands = Decimal(str(size)) * 1000
                # only where it was written so ("1.100"): "1.1" in `тыс. тонн` for "1,1 млн тонн" is a wrong scale
                written = getattr(value, "written", "")
                if (len(written.partition(".")[2]) == 3 and thousands == int(thousands)
                        and stated_in(thousands, unit, found)):
                    hint = (f"YAML reads {value:.3f} as {as_written(value)}, with a decimal point, in any language: "
                            f"write {int(thousands)}, digits only")
                elif unit_hint := _unit_left_out(size, unit, found):
                    hint = unit_hint
                problems.append(Problem(citer.file.shown, line,
                                        f"figure {as_written(value)} ({measure}) is not in the passages cited for it", hint))
            elif turned := signed_value_turned(value, as_written(value), wanted_quantities(size, unit), measure,
                                               passages):
                problems.append(Problem(citer.file.shown, line, f"figure {as_written(value)} ({measure}) {turned[0]}",
                                        turned[1]))
            else:
                problems += _other_unit(citer, figure, value, measure, unit, passages)
        problems += _misbounded(citer, figure, measure, unit, qualified)
    return problems


_SCALES = ((Decimal(10) ** 3, "thousand"), (Decimal(10) ** 6, "million"), (Decimal(10) ** 9, "billion"),
           (Decimal(10) ** 12, "trillion"))
_IN_EUROS = {"million": "M€", "billion": "Md€"}  # as French writes a sum's unit: the hint names it too


def _unit_left_out(size, unit: str, found: set) -> str:
    """Return a hint where a figure not found stands in its passages once given the unit it lacks: 5 citing "5%" is
    a share (`unit: "%"`), 1.2 citing "£1.2bn" 1.2 billion (`unit: £ billion`); or "" where it does not."""
    number = Decimal(str(size))
    if not is_percentage_unit(unit) and Quantity(number, "%") in found:
        return f'the passages give it as {as_written(size)}%: give the figure `unit: "%"`'
    if unit_scale(unit) == 1:
        for scale, word in _SCALES:
            if Quantity(number * scale, "") in found:
                return (f"the passages give it as {as_written(size)} {word}: give the figure a unit that says so "
                        f"(`unit: {word}`, with its currency if it is a sum: `US$ {word}`"
                        + (f", `{_IN_EUROS[word]}`)" if word in _IN_EUROS else ")"))
    return ""


def _named_apart(unit: str, passages) -> bool:
    """Say whether a unit has no scale nor per cent, or a cited passage names them apart from its figures, as a
    table's heading does ("in US$ billion: Northmart 42.5", "Turnout, per cent: 45"): a bare number may then be
    the figure. Otherwise 55 in `thousand` is 55,000, and 55 in `per cent` a share, which "55 soldiers" is not."""
    scale = scale_word(unit)
    percentage = is_percentage_unit(unit)
    if not scale and not percentage:
        return True
    return any((scale and re.search(rf"(?<!\w){re.escape(scale)}(?!\w)", p.text, re.IGNORECASE))
               or (percentage and names_per_cent(p.text)) for p in passages)


def _scale_left_out(citer: FileCiter, figure, value, measure: str, unit: str) -> Problem:
    """Return the problem of a figure whose unit scales it or makes it a percentage ("thousand", "per cent") where
    the passages cited for it give the bare number: the page would show 55 soldiers as 55 thousand, or 55%."""
    return Problem(citer.file.shown, figure.line_of("to" if value is figure.to else "value"),
                   f"figure {as_written(value)} ({measure}) is given in '{unit}', but the passages cited for it give "
                   f"{as_written(value)} without {'a per cent' if is_percentage_unit(unit) else 'that scale'}",
                   "give the figure in the source's unit: a unit's 'thousand' or 'million' multiplies the figure, and "
                   "'per cent' makes it a share")


def _grouped_as_written(citer: FileCiter, figure, value: DotGroupedFloat, measure: str) -> Problem:
    """Return the problem of a value written as the briefing's language groups thousands ("240.000" in Spanish:
    240000), which YAML reads with a decimal point (240): which of the two was meant is not guessed, as a passage
    may state either ("240 municipios y 240.000 habitantes")."""
    digits = int(value.written.replace(".", ""))
    return Problem(citer.file.shown, figure.line_of("to" if value is figure.to else "value"),
                   f"figure {value.written} ({measure}) is {digits} as '{citer.language}' writes numbers, but YAML "
                   f"reads it as {as_written(value)}",
                   f"YAML reads {value.written} as {as_written(value)}, with a decimal point, in any language: "
                   f"write {digits}, digits only (or {as_written(value)}, if that is the figure)")


def _other_unit(citer: FileCiter, figure, value, measure: str, unit: str, passages) -> list[Problem]:
    """Report a figure whose `unit` names a unit ("km", "USD") no cited passage gives its number in: 1,600
    in km citing "1,600-mile" is a conversion the source does not state, as it is in prose; 660,000 in USD
    citing "660,000 active personnel" (no sum named at all) is not the source's figure either."""
    family = unit_family(unit)
    if family is None:
        return []
    given = set().union(*(units_given(p.text, p.language) for p in passages))
    wanted = wanted_quantities(abs(value), unit)
    in_other = sorted({UNIT_PLURALS.get(other, other + "s") for quantity, other in given
                       if quantity in wanted and other != family})
    if any((quantity, family) in given for quantity in wanted):
        return []
    if not in_other and any(names_unit(p.text, family) for p in passages):
        return []  # a table's unit may head it, away from its figures ("in US$ billion: Northmart 42.5")
    return [Problem(citer.file.shown, figure.line_of("to" if value is figure.to else "value"),
                    f"figure {as_written(value)} ({measure}) is given in {UNIT_PLURALS.get(family, family + 's')}, "
                    "which the passages cited for it do not give it in"
                    + (f"; they give it in {' and '.join(in_other)}" if in_other else ""), measures.OTHER_UNIT_HINT)]


def is_range_end(qualifier) -> bool:
    """Say whether a qualifier is a range's end ("71% to 89%": two figures in its words), not a bound written."""
    return len(re.findall(r"\d+(?:[.,]\d+)?", qualifier.words)) >= 2


def _misbounded(citer: FileCiter, figure, measure: str, unit: str, qualified: list) -> list[Problem]:
    """Report a single figure whose `bound` fits none of the qualifiers its cited mentions give."""
    if figure.value is None or figure.to is not None:
        return []  # no number, or a range
    # "planned" and "and counting" are no qualifier a source writes before a figure: where every cited mention
    # is qualified ("more than 400"), either would drop that qualifier as "exact" does, so neither fits one.
    wanted = wanted_quantities(abs(figure.value), unit)  # a source qualifies a fall's size: "fell more than 2%"
    given = [qualifier for quantity, qualifier in qualified if quantity in wanted]
    bound = None if figure.bound == "exact" else figure.bound
    if given and bound in _OFF_THE_FIGURE and all(qualifier is None for qualifier in given):
        return [_plain_figure_bounded(citer, figure, measure)]
    if not given or any(fits_qualifier(bound, qualifier) for qualifier in given):
        return []
    if bound is None and all(is_range_end(q) and measure_names_range_end(measure, q.kind) for q in given):
        return []  # "Lower bound of 95% confidence interval" is 71 of "71% to 89%", exactly
    source = given[0]
    suggested = "about" if source.kind == "nearly" else source.kind
    return [Problem(citer.file.shown, figure.line_of("bound") if "bound" in figure.lines else figure.line_of("value"),
                    f"figure {as_written(figure.value)} ({measure}) is given as '{figure.bound}', but the passages cited for "
                    f"it say \"{source.words}\"", f"write `bound: {suggested}`, as the source qualifies it")]


# As in prose: a figure its passages give plainly ("killed 46 soldiers") may be "about" or "at least" it, never
# "more than" or "fewer than" it, which say the figure is not the one given (factcheck247).
_OFF_THE_FIGURE = frozenset({"more than", "fewer than"})


def _plain_figure_bounded(citer: FileCiter, figure, measure: str) -> Problem:
    """Return the problem of a figure given as more or fewer than a number every cited mention gives plainly."""
    return Problem(citer.file.shown, figure.line_of("bound") if "bound" in figure.lines else figure.line_of("value"),
                   f"figure {as_written(figure.value)} ({measure}) is given as '{figure.bound}', but the passages "
                   f"cited for it give {as_written(figure.value)} plainly, not more or fewer",
                   "write `bound: exact` (or `about`, `at least`, `up to`), as the source gives it; or cite a passage "
                   "that qualifies it so")


def stated_in(value, unit: str, found: set, bare: bool = True) -> bool:
    """Say whether a figure, read in its unit, is among the quantities a passage states (see wanted_quantities)."""
    return bool(wanted_quantities(value, unit, bare) & found)


def wanted_quantities(value, unit: str, bare: bool = True) -> set[Quantity]:
    """Return the quantities a passage may state a figure as, read in its unit (scaled: "US$ billion"); with `bare`,
    also the number without its scale or per cent, as a passage naming them apart from its figures gives it."""
    number = Decimal(str(value))
    scale = unit_scale(unit)  # a unit may carry the figure's scale: 42.5 in "US$ billion" is "US$42.5 billion"
    kind = "%" if is_percentage_unit(unit) else ""
    wanted = {Quantity(number * scale, kind)}
    return wanted | {Quantity(number, kind), Quantity(number, ""), Quantity(number * scale, "")} if bare else wanted


def _compared(citer: FileCiter, line: int, party_id: str, shown, parties: dict, what: str,
              problems: list[Problem]) -> bool:
    """Say whether a party is a column of the table, reporting why not (unknown, or left out of the table)."""
    if party_id not in parties:
        problems.append(unknown_party(citer, line, party_id, parties))
        return False
    allowed = [party.id for party in shown]
    if party_id not in allowed:
        problems.append(Problem(citer.file.shown, line, f"party '{party_id}' is not compared in this table",
                                f"add it to the table's `parties`, or remove {what}: {', '.join(sorted(allowed))}"))
        return False
    return True


def unknown_party(citer: FileCiter, line: int, party_id: str, parties: dict) -> Problem:
    """Return the problem of a party id the briefing does not define, suggesting the closest."""
    ids = ", ".join(sorted(parties))
    close = closest(party_id, sorted(parties))
    return Problem(citer.file.shown, line, f"the briefing has no party '{party_id}'",
                   f"did you mean '{close}'? The party ids in briefing.yaml: {ids}" if close
                   else f"use one of the party ids in briefing.yaml: {ids}")


# static/style.css colours parties p0 to p7; a column of no party ("Others quoted", a joint claim) takes a slot past
# them, drawn in the neutral colour, so that no party's colour is also the others'.
PARTY_COLOURS = 8


def by_party(items, parties, extra: tuple[Party, ...] = (),
             slots: dict[str, int] | None = None) -> tuple[PartyColumn, ...]:
    """Return items grouped into one column per party, in the order of `parties`, `extra` columns last; each
    column's colour slot is its place in that order (past the parties' colours for `extra`), or its party's in
    `slots`."""
    order = [party.id for party in parties] + [party.id for party in extra]
    slot = slots or {**{party.id: index % PARTY_COLOURS for index, party in enumerate(parties)},
                     **{party.id: PARTY_COLOURS + index for index, party in enumerate(extra)}}
    groups: dict[str, list] = {}
    for item in items:
        groups.setdefault(item.party.id, []).append(item)
    return tuple(PartyColumn(groups[key][0].party, slot[key], tuple(groups[key]))
                 for key in sorted(groups, key=order.index))
