"""Figures kept honest: units carry their scale, bounds make or refuse a ratio, dates written out count as given."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from explainer.comparisons import stated_in
from explainer.crosscheck import written_in
from explainer.figures import figure_text, ratio_of
from explainer.locale import BUILT_IN, Labels
from explainer.numbers import quantities_in

import yaml

ENGLISH = Labels(yaml.safe_load((BUILT_IN / "en.yaml").read_text(encoding="utf-8")), "en")


@pytest.mark.parametrize("value, unit, passage, stated", [
    (42.5, "US$ billion", "Northmart had revenue of US$42.5 billion last year.", True),
    (42.5, "US$ billion", "Northmart had revenue of US$43 billion last year.", False),
    (21, "%", "a market share of 21 percent", True),
    (21, "% of the market", "a market share of 21%", True),
    (660000, "personnel", "660,000 active personnel", True),
    (660, "thousand personnel", "660,000 active personnel", True),
    (25, "stores", "من 10 و25 متجرًا", True),  # an Arabic prefix joined to the number
    (320, "aircraft", "an A320 and COVID-19", False),
])
def test_a_figure_is_read_in_its_unit(value, unit, passage, stated):
    assert stated_in(value, unit, quantities_in(passage)) is stated


def amount(value, bound="exact", to=None):
    return SimpleNamespace(value=value, bound=bound, to=to)


def test_a_ratio_keeps_the_bound_its_figures_allow_or_is_not_computed():
    assert ratio_of(amount(660000), amount(172000))[0] == "exact"
    assert ratio_of(amount(400, "more than"), amount(200))[0] == "more than"
    assert ratio_of(amount(400), amount(200, "up to"))[0] == "at least"
    assert ratio_of(amount(400, "about"), amount(200))[0] == "about"
    assert ratio_of(amount(400, "more than"), amount(200, "more than")) is None  # nothing honest to say
    assert ratio_of(amount(100, to=375), amount(200)) is None  # ranges give no ratio
    assert ratio_of(amount(400, "planned"), amount(200)) is None


def test_bounds_and_ranges_are_written_out():
    assert figure_text(ENGLISH, 400, None, "more than") == "more than 400"
    assert figure_text(ENGLISH, 18, None, "and counting") == "18 and counting"
    assert figure_text(ENGLISH, 100, 375) == "100 to 375"
    assert figure_text(ENGLISH, None) == "not given"


def test_a_date_written_out_in_when_needs_no_basis():
    assert written_in("2026-05-04", "Le 4 mai 2026")
    assert written_in("2026-02-26", "On 26 February 2026")
    assert not written_in("2026-02-27", "By Friday morning")
    assert not written_in("2026-02-27", "27 March 2026")


def row(measure: str, unit: str, *tops):
    return SimpleNamespace(measure=measure, unit=unit, values={f"p{i}": amount(t) for i, t in enumerate(tops)})


def test_each_unit_gets_its_own_chart_and_measures_100_times_apart_a_chart_each():
    from explainer.chart import chart_groups

    def measures(rows):
        return [[r.measure for r in group] for group in chart_groups(rows)]

    # Units never share a chart; within one, figures up to 100 times apart share one scale.
    assert measures([row("Troops", "personnel", 660000, 172000), row("Tanks", "tanks", 2600, 0),
                     row("Reservists", "personnel", 6600, 5000)]) == [["Troops", "Reservists"], ["Tanks"]]
    # More than 100 times apart, the smaller's bars would be too short to read: a chart each.
    assert measures([row("Troops", "personnel", 660000, 172000),
                     row("Reservists", "personnel", 6599, 5000)]) == [["Troops"], ["Reservists"]]
    # A range counts by its high end: 375 is more than 100 times 3, its low end 100 is not.
    ranged = row("Stores", "stores", 3)
    ranged.values["p1"] = amount(100, to=375)
    assert measures([row("Depots", "stores", 3), ranged]) == [["Depots"], ["Stores"]]
    assert measures([row("Depots", "stores", 3), row("Stores", "stores", 3, 100)]) == [["Depots", "Stores"]]
