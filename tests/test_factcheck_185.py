"""Honest sentences refused as a negation added or dropped, and two German negations dropped that built:

1. A denial told as a contradiction: "Die Grüne Liste bestreitet, der NSD eine Koalitionszusage gegeben zu haben"
   citing "Die Grüne Liste hat der Darstellung der NSD widersprochen, sie habe vor der Wahl eine Koalitionszusage
   gegeben" (newuser_116) was refused as a negation added: "bestreitet" restating "widersprochen" (or "denied" of
   "contradicted") adds none (polarity._denial_as_contradiction); "bestreitet, ..." is one clause with what it denies
   (german_denied_clauses.py); and "Koalitionszusage" is no "Koalition" (polarity._another_compound).
2. German "kein" dropped, which built: "Die UNM kann allein regieren" of "Keine Partei kann allein regieren" (a "keine"
   opening its clause negates its subject), "Die NSD hätte eine Mehrheit" of "Eine Koalition aus NSD und Grüner Liste
   käme auf 51 Sitze und hätte damit keine Mehrheit" (a clause opening on its verb tells of its sentence's subject).
3. A request declined, told as the deed declined: "the Returning Officer declined to order a full recount" citing "I
   declined the request for a full recount" (newuser_113), also "refused a full recount", "turned down the request".
4. What may need doing, of what is not done so far: "at least 120 stores may need to be sold" citing a paragraph that
   also says "No store has yet been sold" (newuser_115).
5. What falls short is the subject: "The Authority's provisional view is that at least 120 stores may need to be sold"
   citing "The companies' offer ... falls short of the Authority's provisional view that ..." (newuser_115).
6. "No one" is "nobody": "No one required the companies to freeze prices" citing "The companies have also pledged to
   freeze the prices ..." (newuser_115) read "companies" as the verb denied.
7. A condition's "not": "If Halvorsen does not accept the reduced award, the court will order a new trial" citing
   "Halvorsen may accept the reduced award or ask for a new trial" (polarity.py) or "would order a new trial unless
   Halvorsen accepted the reduced award" (undone_deeds.py) tells no deed undone (newuser_112).
8. A figure set aside with "no el": "El sindicato reclama un 6 %, no el 2,5 % que ofrece la Autoridad Portuaria" citing
   "La Autoridad Portuaria ofrece una subida del 2,5 %" (newuser_114), as "not the 2.5%", "et non les 2,5 %", "nicht
   die 2,5 Prozent" (set_aside_figures.set_aside_at).
9. Two subjects of one "sin que": "El sindicato y la Autoridad Portuaria no han vuelto a negociar" citing "sin que el
   sindicato y la Autoridad Portuaria hayan vuelto a negociar" (newuser_114; without_subjects.py).
10. "No other" told as "more than any other": "Die NSD hat stärker zugelegt als jede andere Partei" citing "Keine
   andere Partei hat so stark zugelegt" (newuser_116), "gained more than any other party", "que cualquier otro".

Each with honest twins that must build and misstatements kept refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from support import checked_fixture_project, edit, found_in_language, paragraph

FIXTURES = REPO / "tests" / "fixtures"
ADDED = "adds a negation"
DROPPED = "drops the negation"


def seed(number: int, name: str, words: str) -> str:
    """Return the paragraph of a fixture's seed that holds `words`."""
    return paragraph((FIXTURES / f"newuser_{number}" / "seeds" / name).read_text(encoding="utf-8"), words)


GLN = seed(116, "bericht.txt", "Wir haben niemandem")
SEATS = seed(116, "ergebnis.txt", "109 Sitze")
RECOUNT = seed(113, "declaration.txt", "declined the request")
REMEDY = seed(115, "findings.txt", "On 20 October")
SHORT = seed(115, "news.txt", "falls short")
PLEDGE = seed(115, "findings.txt", "pledged to freeze")
DAMAGES = seed(112, "court.txt", "Damages. The court")
MAY_ACCEPT = "Halvorsen may accept the reduced award or ask for a new trial."
WOULD_ORDER = "The court said it would order a new trial unless Halvorsen accepted the reduced award."
GAP = seed(114, "cronica.txt", "La distancia")
STRIKE = seed(114, "cronica.txt", "noveno día")

HONEST = {
    # 1.
    "de-bestreitet-zu": ("de", "Die Grüne Liste bestreitet, der NSD eine Koalitionszusage gegeben zu haben.", GLN),
    "de-bestritt-zu": ("de", "Die Grüne Liste bestritt, eine Koalitionszusage gemacht zu haben.", GLN),
    "de-bestreitet": ("de", "Die Grüne Liste bestreitet die Darstellung der NSD.", GLN),
    "de-widerspricht": ("de", "Die Grüne Liste widerspricht der Darstellung der NSD.", GLN),
    "de-schliesst-nicht-aus": ("de", "Die Grüne Liste schließt eine Koalition mit der Union nicht aus.", GLN),
    "en-denied": ("en", "The Green List denied the NSD's account.",
                  "The Green List contradicted the NSD's account that it had promised a coalition."),
    # 2. (honest twins of the "keine" now read)
    "de-keine-partei": ("de", "Keine Partei kann allein regieren.", SEATS),
    "de-nicht-allein": ("de", "Die UNM kann nicht allein regieren.", SEATS),
    "de-eigene-mehrheit": ("de", "Keine Partei hat eine eigene Mehrheit.", SEATS),
    "de-sitze": ("de", "Die UNM erhält 38 Sitze und ist damit stärkste Kraft.", SEATS),
    "de-keine-mehrheit": ("de", "Mit 51 Sitzen hätte eine Koalition aus NSD und Grüner Liste keine Mehrheit.", SEATS),
    "de-damit-keine": ("de", "Eine Koalition aus NSD und Grüner Liste käme auf 51 Sitze und hätte damit keine "
                             "Mehrheit.", SEATS),
    "de-andere-koalition": ("de", "Eine Koalition aus UNM und NSD käme auf 72 Sitze und hätte damit eine Mehrheit.",
                            SEATS),
    # 3.
    "en-declined-to": ("en", "Because the margin was 5,669 votes, the Returning Officer declined to order a full "
                             "recount.", RECOUNT),
    "en-refused": ("en", "The Returning Officer refused a full recount because the agents identified no specific "
                         "error.", RECOUNT),
    "en-turned-down": ("en", "The Returning Officer turned down the request for a full recount.", RECOUNT),
    # 4.
    "en-may-need": ("en", "The Authority found, provisionally, that at least 120 stores may need to be sold.", REMEDY),
    "en-may-have-to": ("en", "The companies may have to sell at least 120 stores.", REMEDY),
    "en-none-sold": ("en", "None of the stores has been sold.", REMEDY),
    # 5.
    "en-view-is": ("en", "The Authority's provisional view is that at least 120 stores may need to be sold.", SHORT),
    "en-falls-short": ("en", "The offer of 92 stores falls short of the Authority's provisional view that at least "
                             "120 stores may need to be sold.", REMEDY),
    # 6.
    "en-no-one": ("en", "No one required the companies to freeze prices.", PLEDGE),
    # 7.
    "en-if-not-may": ("en", "If Halvorsen does not accept the reduced award, the court will order a new trial.",
                      DAMAGES),
    "en-if-not-unless": ("en", "If Halvorsen does not accept the reduced award, the court will order a new trial.",
                         WOULD_ORDER),
    "en-unless": ("en", "Unless Halvorsen accepts the reduced award, the court will order a new trial.", WOULD_ORDER),
    # 8.
    "es-no-el": ("es", "El sindicato reclama un 6 %, no el 2,5 % que ofrece la Autoridad Portuaria.", GAP),
    "es-y-no-el": ("es", "El sindicato reclama un 6 %, y no el 2,5 % que ofrece la Autoridad Portuaria.", GAP),
    "en-not-the": ("en", "The union wants 6%, not the 2.5% the authority offers.",
                   "The authority offers a 2.5% rise; the union wants 6%."),
    "fr-et-non": ("fr", "Le syndicat réclame 6 %, et non les 2,5 % proposés par l'autorité.",
                  "L'autorité propose une hausse de 2,5 % ; le syndicat réclame 6 %."),
    "de-nicht-die": ("de", "Die Gewerkschaft fordert 6 Prozent, nicht die 2,5 Prozent der Behörde.",
                     "Die Behörde bietet 2,5 Prozent; die Gewerkschaft fordert 6 Prozent."),
    # 9.
    "es-sin-que": ("es", "El sindicato y la Autoridad Portuaria no han vuelto a negociar.", STRIKE),
    # 10.
    "de-als-jede-andere": ("de", "Die NSD hat stärker zugelegt als jede andere Partei.",
                           seed(116, "nsd.txt", "eigentliche Gewinnerin")),
    "en-than-any-other": ("en", "The NSD gained more than any other party.",
                          "No other party gained as much as the NSD."),
    "es-que-cualquier-otro": ("es", "El PSOE ganó más escaños que cualquier otro partido.",
                              "Ningún otro partido ganó tantos escaños como el PSOE."),
    # honest paraphrases probed over newuser_110..116 that built before and must keep building
    "en-no-agreement": ("en", "The talks ended after a day with no agreement.",
                        seed(110, "agency_report.txt", "without agreement")),
    "en-no-infringement": ("en", "The jury found no infringement of claim 7 by Brightwell.",
                           seed(112, "court.txt", "had not infringed claim 7")),
    "en-yet-to-accept": ("en", "The Authority has yet to accept the companies' offer to sell 92 stores.", REMEDY),
    "es-no-sustituido": ("es", "La Autoridad Portuaria no ha sustituido a los estibadores en huelga con personal "
                               "externo.", seed(114, "autoridad.txt", "personal externo")),
    "de-fand-nicht-statt": ("de", "Das Sondierungsgespräch zwischen NSD und Grüner Liste fand nicht statt.",
                            seed(116, "bericht.txt", "nicht stattgefunden")),
}


@pytest.mark.parametrize("language, sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_negation_builds(language: str, sentence: str, passage: str):
    assert found_in_language(language, sentence, passage) == []


REFUSED = {
    # 1. a denial of what the passage confirms, and a deed the passage tells done
    "de-bestaetigt": ("de", "Die Grüne Liste bestreitet die Darstellung der NSD.",
                      "Die Grüne Liste hat die Darstellung der NSD bestätigt.", ADDED),
    "de-gegeben": ("de", "Die Grüne Liste bestreitet, der NSD eine Koalitionszusage gegeben zu haben.",
                   "Die Grüne Liste hat der NSD eine Koalitionszusage gegeben.", ADDED),
    "en-confirmed": ("en", "The Green List denied the NSD's account.",
                     "The Green List confirmed the NSD's account that it had promised a coalition.", ADDED),
    # 2. "kein" dropped
    "de-allein": ("de", "Die UNM kann allein regieren.", SEATS, DROPPED),
    "de-mehrheit": ("de", "Die NSD hätte eine Mehrheit.", SEATS, DROPPED),
    "de-koalition-mehrheit": ("de", "Eine Koalition aus NSD und Grüner Liste käme auf 51 Sitze und hätte eine "
                                    "Mehrheit.", SEATS, DROPPED),
    # 3. a deed the passage tells done
    "en-ordered": ("en", "The Returning Officer declined to order a full recount.",
                   "The Returning Officer ordered a full recount.", ADDED),
    # 4. done, or a "may not" dropped
    "en-sold": ("en", "Stores have been sold.", "No store has yet been sold.", DROPPED),
    "en-may-not": ("en", "Stores may be sold.", "No store may be sold.", DROPPED),
    # 5. the subject's shortfall told as reached
    "en-reaches": ("en", "The companies' offer reaches the Authority's view that 120 stores may need to be sold.",
                   "The companies' offer falls short of the Authority's view that 120 stores may need to be sold.",
                   DROPPED),
    # 6. "no one" of a deed done
    "en-no-one-offered": ("en", "No one offered to sell stores.",
                          "On 20 October the companies offered to sell 92 stores.", ADDED),
    # 7. a condition of a deed done, and a plain "did not" of "unless"
    "en-if-done": ("en", "If Halvorsen does not accept the award, the court will order a new trial.",
                   "Halvorsen accepted the award.", ADDED),
    "en-did-not-unless": ("en", "Halvorsen did not accept the reduced award.", WOULD_ORDER, "'did not accept'"),
    # 8. the kept figure told as the other's
    "en-offers-kept": ("en", "The authority offers 6%.", "The union wants 6%, not the 2.5% the authority offers.",
                       DROPPED),
    "es-ofrece-kept": ("es", "La Autoridad Portuaria ofrece un 6 %.",
                       "El sindicato reclama un 6 %, no el 2,5 % que ofrece la Autoridad Portuaria.", DROPPED),
    "es-set-aside": ("es", "El sindicato reclama el 2,5 %.",
                     "El sindicato reclama un 6 %, no el 2,5 % que ofrece la Autoridad Portuaria.", "set aside"),
    "en-expected": ("en", "Analysts expected inflation of 5%.", "Inflation rose to 5%, not the 4% analysts expected.",
                    DROPPED),
    # 9. one subject's "no" dropped
    "es-no-reclama": ("es", "El sindicato no reclama un 6 %.", "el sindicato reclama un 6 % y 1.200 euros.", ADDED),
}


@pytest.mark.parametrize("language, sentence, passage, words", REFUSED.values(), ids=REFUSED.keys())
def test_a_negation_turned_stays_refused(language: str, sentence: str, passage: str, words: str):
    findings = found_in_language(language, sentence, passage)
    assert any(words in finding for finding in findings), findings


def test_the_german_briefing_builds_with_bestreitet(tmp_path: Path):
    """The fixture's claim written as its editor first wrote it, "bestreitet, ... gegeben zu haben", builds."""
    desk = checked_fixture_project(FIXTURES / "newuser_116", tmp_path / "desk")
    edit(desk / "content" / "landtagswahl-nordmark" / "claims.yaml",
         "Die Grüne Liste widerspricht der Darstellung, sie habe eine Koalitionszusage gegeben,",
         "Die Grüne Liste bestreitet, der NSD eine Koalitionszusage gegeben zu haben,")
    result = run_build(desk, "check")
    assert result.code == 0, result.err
