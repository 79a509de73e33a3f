"""Structured fields read as prose, on the trade dispute's briefing (tests/fixtures/newuser_100): a quote's `context`
naming a channel no source tells, a caveat or a table's `measure` naming a giver of figures the passages do not give
them through, or calling an estimate confirmed, and a party's `role` in a case (complainant, defendant) or over a
market (regulator) that no source tells of it. And the two modules of a bound's sides made one (bound_sides.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO
from explainer.attribution import Cited
from explainer.channel_kinds import unbacked_channel
from explainer.figure_givers import confirmed_not_given, giver_not_given
from explainer.party_roles import unbacked_role
from test_newuser_100 import edited_check  # the trade briefing's helpers

VARSA = "context: At a news conference in Varsa[^varsa]."
WELCOMED = "context: Told to reporters after welcoming the ruling[^welcomed]."
CAVEAT = "text: Both sides' loss figures are their producers' own; the report checks neither."
LOSSES = "measure: Losses claimed by each side's producers"
TRADE = "measure: Fall in trade last year, by each side's statistics"
NORVANIA = "  - id: norvania\n    name: Norvania\n"
KESTRIA = "  - id: kestria\n    name: Kestria\n"


def test_the_sides_of_a_bound_are_read_in_one_module():
    """bound_sides.py and limit_sides.py, written at once, read the same idea: one module now holds both readings."""
    from explainer import bound_sides
    assert not (REPO / "explainer" / "limit_sides.py").exists()
    assert all(hasattr(bound_sides, name) for name in ("turned_bound_sides", "turned_limit_sides", "kept_by_negation"))


@pytest.mark.parametrize("file, old, new, expected", [
    ("quotes.yaml", VARSA, "context: In a speech in Varsa[^varsa].", "'speech' says the words were given in a speech"),
    ("quotes.yaml", VARSA, "context: In a letter to the panel[^varsa].", "given in a letter"),
    ("quotes.yaml", VARSA, "context: In an interview in Varsa[^varsa].", "given in an interview"),
    ("quotes.yaml", VARSA, "context: In a statement to parliament[^varsa].", "'to parliament' says the words were "
                                                                                  "given in a speech"),
    ("quotes.yaml", WELCOMED, "context: In an interview after welcoming the ruling[^welcomed].", "in an interview"),
    ("claims.yaml", "channel: a news conference in Varsa", "channel: a statement to parliament", "made in a speech"),
])
def test_a_channel_no_source_tells_is_refused_in_a_quotes_context(tmp_path: Path, file: str, old: str, new: str,
                                                                   expected: str):
    """A quote's context is shown as how the words were given, as a claim's channel is: "In a letter to the panel" of
    words "she said at a news conference" built."""
    result = edited_check(tmp_path, file, old, new)
    assert result.code == 1 and expected in result.err, result.err


@pytest.mark.parametrize("file, old, new", [
    ("quotes.yaml", VARSA, "context: Speaking at a press conference[^varsa]."),
    ("quotes.yaml", VARSA, "context: At a news conference, after the ruling[^varsa]."),
    ("quotes.yaml", WELCOMED, "context: Told to reporters, after welcoming the ruling[^welcomed]."),
    ("claims.yaml", "channel: a news conference in Varsa", "channel: a press conference"),
])
def test_the_channel_the_source_tells_builds(tmp_path: Path, file: str, old: str, new: str):
    result = edited_check(tmp_path, file, old, new)
    assert result.code == 0, result.err


HOLDING = Cited("\"This panel has misread it,\" she said at a news conference in Varsa.", "en")
PARLIAMENT = Cited("\"This panel has misread it,\" she told parliament on Tuesday.", "en")


@pytest.mark.parametrize("context, passage, kind", [
    ("Dans une lettre au panel.", HOLDING, "a letter"),
    ("Devant le Parlement.", HOLDING, "a speech"),
    ("Vor dem Bundestag.", HOLDING, "a speech"),
    ("En una carta al panel.", HOLDING, "a letter"),
    ("Ante el Congreso.", HOLDING, "a speech"),
    ("In an address to the senate.", HOLDING, "a speech"),
    ("Devant le Parlement.", PARLIAMENT, ""),
    ("In a statement to parliament.", PARLIAMENT, ""),
    ("At a news conference.", HOLDING, ""),
    # a post on a platform is a social-media post; a post held on a border is none (the benchmark's microsite)
    ("In a post on X.", HOLDING, "a social-media post"),
    ("After the fall of a post on the border.", HOLDING, ""),
    ("As the troops left their posts on the ridge.", HOLDING, ""),
])
def test_a_channel_to_parliament_is_a_speech_in_any_language(context: str, passage: Cited, kind: str):
    assert unbacked_channel(context, [passage])[0] == kind


@pytest.mark.parametrize("file, old, new, expected", [
    ("caveats.yaml", CAVEAT, "text: Losses are as their governments' own figures give them; the report checks "
                             "neither.", "gives the figures as 'their governments' own'"),
    ("caveats.yaml", CAVEAT, "text: Both sides' loss figures are each government's own; the report checks neither.",
     "'each government's own'"),
    ("caveats.yaml", CAVEAT, "text: The loss figures are given according to each government; the report checks "
                             "neither.", "'according to each government'"),
    ("caveats.yaml", CAVEAT, "text: The loss figures are the ministries' estimates; the report checks neither.",
     "Norvanian Dairy Farmers' Association estimates"),
    ("comparisons.yaml", LOSSES, "measure: Losses confirmed by each government", "'confirmed by each government'"),
    ("comparisons.yaml", LOSSES, "measure: Losses estimated by each government", "'estimated by each government'"),
    ("comparisons.yaml", LOSSES, "measure: Official losses", "gives its figures as 'Official'"),
    ("comparisons.yaml", LOSSES, "measure: Losses confirmed by each side's producers", "calls its figures 'confirmed'"),
    ("comparisons.yaml", LOSSES, "measure: Verified losses", "calls its figures 'Verified'"),
    ("comparisons.yaml", TRADE, "measure: Fall in trade last year, according to each side's exporters",
     "according to Kestria's statistics office"),
])
def test_a_figures_giver_or_confirmation_no_passage_gives_is_refused(tmp_path: Path, file: str, old: str, new: str,
                                                                      expected: str):
    """A caveat or a measure naming whose figures they are keeps to the passages' giver: losses the dairy farmers'
    association estimates and the steelmakers say are no government's, nor confirmed."""
    result = edited_check(tmp_path, file, old, new)
    assert result.code == 1 and expected in result.err, result.err


@pytest.mark.parametrize("file, old, new", [
    ("caveats.yaml", CAVEAT, "text: Both sides' loss figures are their industries' own; the report checks neither."),
    ("caveats.yaml", CAVEAT, "text: The loss figures are the producers' estimates; the report checks neither."),
    ("comparisons.yaml", LOSSES, "measure: Losses estimated by each side's producers"),
    ("comparisons.yaml", LOSSES, "measure: Losses according to each side's industry"),
    ("comparisons.yaml", TRADE, "measure: Fall in trade last year, by each government's own figures"),
    ("comparisons.yaml", TRADE, "measure: Fall in trade last year, according to each government"),
])
def test_the_giver_the_passages_give_builds(tmp_path: Path, file: str, old: str, new: str):
    result = edited_check(tmp_path, file, old, new)
    assert result.code == 0, result.err


FARMERS_FR = Cited("L'Association des producteurs laitiers estime les pertes à 120 millions d'euros.", "fr")
FARMERS_DE = Cited("Der Verband der Milchbauern schätzt die Verluste auf 120 Millionen Euro.", "de")
FARMERS_ES = Cited("La asociación de productores lácteos estima las pérdidas en 120 millones de euros.", "es")
OFFICE_EN = Cited("Trade fell 18 percent, according to Kestria's statistics office.", "en")


@pytest.mark.parametrize("field, passage, refused", [
    ("Pertes confirmées par chaque gouvernement", FARMERS_FR, True),
    ("Pertes estimées par les producteurs", FARMERS_FR, False),
    ("Verluste laut Regierung", FARMERS_DE, True),
    ("Verluste laut Verband", FARMERS_DE, False),
    ("Pérdidas según cada gobierno", FARMERS_ES, True),
    ("Pérdidas según los productores", FARMERS_ES, False),
    ("Fall in trade, according to the exporters", OFFICE_EN, True),
    ("Fall in trade, according to the government", OFFICE_EN, False),
])
def test_a_giver_is_read_in_french_german_and_spanish(field: str, passage: Cited, refused: bool):
    assert bool(giver_not_given(field, [passage])[0]) == refused


@pytest.mark.parametrize("field, passage, refused", [
    ("Pertes vérifiées", FARMERS_FR, True),
    ("Bestätigte Verluste", FARMERS_DE, True),
    ("Pérdidas confirmadas", FARMERS_ES, True),
    ("Pérdidas estimadas", FARMERS_ES, False),
    ("Confirmed losses", Cited("The ministry confirmed losses of 120 million euros.", "en"), False),
])
def test_an_estimate_called_confirmed_is_refused_in_any_language(field: str, passage: Cited, refused: bool):
    assert bool(confirmed_not_given(field, [passage])[0]) == refused


@pytest.mark.parametrize("old, new, expected", [
    (NORVANIA, NORVANIA + "    role: complainant\n", "calls Norvania 'complainant'"),
    (NORVANIA, NORVANIA + "    role: claimant\n", "calls Norvania 'claimant'"),
    (NORVANIA, NORVANIA + "    role: regulator\n", "calls Norvania 'regulator'"),
    (KESTRIA, KESTRIA + "    role: defendant\n", "calls Kestria 'defendant'"),
    (KESTRIA, KESTRIA + "    role: respondent\n", "calls Kestria 'respondent'"),
])
def test_a_role_in_the_case_no_source_tells_of_the_party_is_refused(tmp_path: Path, old: str, new: str, expected: str):
    """The panel ruled Norvania's tariffs breach the rules Kestria had cited: Kestria brought the case, Norvania is
    the side it was brought against, and neither regulates anything."""
    result = edited_check(tmp_path, "briefing.yaml", old, new)
    assert result.code == 1 and expected in result.err, result.err


@pytest.mark.parametrize("old, new", [
    (KESTRIA, KESTRIA + "    role: complainant\n"),
    (NORVANIA, NORVANIA + "    role: defendant\n"),
    (NORVANIA, NORVANIA + "    role: side\n"),
])
def test_the_role_the_source_tells_builds(tmp_path: Path, old: str, new: str):
    result = edited_check(tmp_path, "briefing.yaml", old, new)
    assert result.code == 0, result.err


@pytest.mark.parametrize("role, party, text, refused", [
    ("demandeur", "Kestria", "La plainte déposée par Kestria contre Norvania a été jugée recevable.", False),
    ("demandeur", "Norvania", "La plainte déposée par Kestria contre Norvania a été jugée recevable.", True),
    ("défendeur", "Norvania", "La plainte déposée par Kestria contre Norvania a été jugée recevable.", False),
    ("Kläger", "Kestria", "Kestria verklagte Norvania im März vor dem Schiedsgericht.", False),
    ("Kläger", "Norvania", "Kestria verklagte Norvania im März vor dem Schiedsgericht.", True),
    ("Beklagte", "Norvania", "Kestria verklagte Norvania im März vor dem Schiedsgericht.", False),
    ("demandante", "Norvania", "Kestria demandó a Norvania en marzo.", True),
    ("demandado", "Norvania", "Kestria demandó a Norvania en marzo.", False),
    ("plaintiff", "Norvania", "The case brought against Norvania by Kestria goes to trial.", True),
    ("plaintiff", "Kestria", "The case brought against Norvania by Kestria goes to trial.", False),
    ("regulator", "Kestria", "Kestria, which regulates dairy imports, approved the duty.", False),
    ("regulator", "Norvania", "Kestria, which regulates dairy imports, approved Norvania's request.", True),
])
def test_a_role_in_a_case_is_read_in_french_german_and_spanish(role: str, party: str, text: str, refused: bool):
    others = tuple({"Kestria", "Norvania"} - {party})
    assert bool(unbacked_role(role, (party,), [text], others)) == refused
