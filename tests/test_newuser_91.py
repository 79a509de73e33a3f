"""Dutch misstatements that built, from the Hoorndijk wind-farm report of tests/fixtures/newuser_89 (gemeente Hoorndijk
against Windkracht Noord before the Raad van State), found by the newuser89 helper, and honest Dutch wording that was
refused.

Misstatements that built, now refused:
- a hearing told as a ruling: "De Raad van State heeft het hoger beroep toegewezen" (or "heeft de gemeente gelijk
  gegeven") citing "heeft ... het hoger beroep behandeld" (court_languages.py, Dutch court steps);
- a ruling, a permit or a bound turned round: "bevestigde dat besluit" for "vernietigde", "verleende" for "weigerde",
  "maximale afstand" for "minimale", "voor het windpark" for "tegen het windpark" (opposites_languages.py), and
  "zeker" for "onzeker" (prefixed_opposites.py, Dutch "on");
- who appealed swapped: "Windkracht Noord ging in hoger beroep" citing "waarna de gemeente in hoger beroep ging" (a
  party after "waarna", "dat", "omdat" is the subject of the verb closing its clause: swapped.py);
- hedges dropped: "naar verwachting" (likelihood.py), "wil ... verhalen" told as "verhaalt", "verwacht ... te
  beginnen" as "begint", "kan oplopen" as "loopt ... op" (possible_done.py);
- "zes maanden" for "zes weken": units of time read in Dutch (numbers.py);
- a negation dropped: "zich mengt" for "zich niet mengt ... zolang de rechter zich niet heeft uitgesproken" (two
  clauses, not one of two negations), and "tegen windenergie is" of '"Wij zijn niet tegen windenergie", zei wethouder
  Marieke Dijkstra' (polarity.py).
Honest wording that was refused, now built:
- a quote's context "Na afloop van de zitting bij de Raad van State." citing "zei wethouder Marieke Dijkstra na afloop
  van de zitting.": "wethouder" before a name was read as a speaker by the Swedish rule for a party's definite word,
  the speaker ran on past the name into "na afloop", and the words after an inverted speaker were read as said;
- "Cijfers zoals het verslag ze noemt": the subject of "noemt" starts after "zoals", not at "Cijfers";
- and the speaker of "De gemeente zegt dat de enquête ..." is shown as "De gemeente", not run on past "dat".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_build
from support import checked_fixture_project, edit, read_as_project_locale, sentence_findings
from test_newuser_89 import (FIXTURE, P_COSTS, P_DISTANCE, P_EXPERT, P_HEARING, P_NEXT, P_OFFER,
                             P_RESIDENTS, PARTIES, SURVEY_SAID, paragraph)

P_RULINGS = paragraph("De gemeente Hoorndijk weigerde")
P_PROVINCE = paragraph("Een woordvoerder van de provincie")
P_ADVOCATES = paragraph("Advocaat Sandra Kok")
P_HISTORY = paragraph("Windkracht Noord diende")
APPEALED = ("De rechtbank Noord-Nederland vernietigde dat besluit in november 2025, waarna de gemeente in hoger beroep "
            "ging.")
AFTER_HEARING = "zei wethouder Marieke Dijkstra na afloop van de zitting."
BOS = ("Bos zei dat de geluidsbelasting bij de dichtstbijzijnde woning 's nachts kan oplopen tot 51 decibel, terwijl de "
       "wettelijke norm 47 decibel is.")

HONEST = {
    # 1. the court's steps and the parties' deeds as the source tells them
    "hearing": ("De Raad van State heeft het hoger beroep behandeld.", P_HEARING),
    "ruling-quashed": ("De rechtbank Noord-Nederland vernietigde dat besluit in november 2025.", P_RULINGS),
    "permit-refused": ("De gemeente Hoorndijk weigerde in juni 2025 de omgevingsvergunning.", P_RULINGS),
    "gemeente-appealed": ("De gemeente ging in hoger beroep.", APPEALED),
    "gemeente-appealed-inverted": ("Na de uitspraak ging de gemeente in hoger beroep.", APPEALED),
    "waarna-kept": ("De rechtbank vernietigde het besluit, waarna de gemeente in hoger beroep ging.", APPEALED),
    # 2. hedges kept
    "naar-verwachting-kept": ("De hoogste bestuursrechter doet naar verwachting binnen twaalf weken uitspraak.",
                              P_HEARING),
    "wil-kept": ("Als de weigering in stand blijft, wil Windkracht Noord de kosten op de gemeente verhalen.", P_COSTS),
    "verwacht-kept": ("Windkracht Noord verwacht op zijn vroegst in 2027 met de bouw te beginnen.", P_NEXT),
    "kan-kept": ("De geluidsbelasting kan 's nachts oplopen tot 51 decibel.", P_EXPERT),
    "fund-wish-kept": ("Daarnaast wil het bedrijf jaarlijks 85.000 euro in een omgevingsfonds storten.", P_OFFER),
    # 3. opposites and units kept
    "minimal-kept": ("De gemeenteraad nam in 2024 een motie aan die een minimale afstand van 750 meter vraagt.",
                     P_DISTANCE),
    "against-kept": ("Volgens een enquête van de vereniging is 62,4 procent van de inwoners tegen het windpark.",
                     P_RESIDENTS),
    "for-the-ear-kept": ("Bos zei dat het verschil voor het menselijk oor duidelijk hoorbaar is.", P_EXPERT),
    "uncertain-kept": ("Kok gaf toe dat de uitkomst onzeker is.", P_ADVOCATES),
    "weeks-kept": ("Als de hoogste bestuursrechter het bedrijf gelijk geeft, moet de gemeente binnen zes weken een "
                   "nieuw besluit nemen.", P_NEXT),
    "months-kept": ("De bouw zou ongeveer 14 maanden duren.", P_NEXT),
    "years-kept": ("Boer Klaas Mulder zei dat hij al drie jaar op duidelijkheid wacht.", P_HISTORY),
    # 4. negations kept
    "province-niet-kept": ("Een woordvoerder zei dat de provincie zich niet mengt in het conflict.", P_PROVINCE),
    "province-both-kept": ("Een woordvoerder zei dat de provincie zich niet mengt in het conflict zolang de rechter "
                           "zich niet heeft uitgesproken.", P_PROVINCE),
    "wind-niet-kept": ("Wethouder Dijkstra zei dat de gemeente niet tegen windenergie is.", P_DISTANCE),
    "wind-said-kept": ("De gemeente is niet tegen windenergie, zei Dijkstra.", P_DISTANCE),
    # 5. refused before this work: a speaker misread
    "after-the-hearing": ("Na afloop van de zitting bij de Raad van State.", AFTER_HEARING),
    "after-the-hearing-name": ("Na afloop van de zitting.", "zei Marieke Dijkstra na afloop van de zitting."),
    "as-the-report-names-them": ("Cijfers zoals het verslag ze noemt.", BOS),
    "as-bos-names-them": ("Cijfers zoals Bos ze noemt.", BOS),
}

MISSTATED = {
    # 1. the court made a side or a ruling invented
    "granted": ("De Raad van State heeft het hoger beroep toegewezen.", P_HEARING,
                "tells as the court's ruling ('Raad van State heeft het hoger beroep toegewezen')"),
    "found-for-the-gemeente": ("De Raad van State heeft de gemeente gelijk gegeven.", P_HEARING,
                               "what its cited passages give only as heard in court"),
    "ruled-simple-past": ("De hoogste bestuursrechter oordeelde dat het hoger beroep gegrond is.", P_HEARING,
                          "tells as the court's ruling"),
    "upheld": ("De rechtbank Noord-Nederland bevestigde dat besluit in november 2025.", P_RULINGS,
               "says 'bevestigde' where its cited passages say 'vernietigde'"),
    "granted-permit": ("De gemeente Hoorndijk verleende in juni 2025 de omgevingsvergunning.", P_RULINGS,
                       "says 'verleende' where its cited passages say 'weigerde'"),
    "appellant-swapped": ("Windkracht Noord ging in hoger beroep.", APPEALED,
                          "names Windkracht Noord where its cited passages name gemeente"),
    "appellant-swapped-inverted": ("Na de uitspraak ging Windkracht Noord in hoger beroep.", APPEALED,
                                   "names Windkracht Noord where its cited passages name gemeente"),
    "appellant-swapped-waarna": ("De rechtbank vernietigde het besluit, waarna Windkracht Noord in hoger beroep ging.",
                                 APPEALED, "names Windkracht Noord where its cited passages name gemeente"),
    # 2. hedges dropped
    "naar-verwachting-dropped": ("De RvS doet binnen twaalf weken uitspraak.", P_HEARING,
                                 "give only as probable or possible ('naar verwachting'"),
    "wil-as-done": ("Windkracht Noord verhaalt de kosten op de gemeente.", P_COSTS,
                    "tells as done ('verhaalt') what its cited passages give only as to come ('wil verhalen')"),
    "wil-as-done-perfect": ("Windkracht Noord heeft de kosten op de gemeente verhaald.", P_COSTS,
                            "tells as done ('verhaald')"),
    "verwacht-as-done": ("Windkracht Noord begint in 2027 met de bouw.", P_NEXT,
                         "tells as done ('begint') what its cited passages give only as to come ('verwacht "
                         "beginnen')"),
    "kan-as-done-apart": ("De geluidsbelasting loopt 's nachts op tot 51 decibel.", P_EXPERT,
                          "tells as done ('loopt 's nachts op') what its cited passages give only as possible ('kan "
                          "oplopen')"),
    "fund-wish-as-done": ("Het bedrijf stort jaarlijks 85.000 euro in een omgevingsfonds.", P_OFFER,
                          "tells as done ('stort')"),
    # 3. opposites
    "maximal": ("De gemeenteraad nam in 2024 een motie aan die een maximale afstand van 750 meter vraagt.",
                P_DISTANCE, "says 'maximale' where its cited passages say 'minimale'"),
    "for-the-park": ("Volgens een enquête van de vereniging is 62,4 procent van de inwoners voor het windpark.",
                     P_RESIDENTS, "says 'voor het' where its cited passages say 'tegen het'"),
    "certain": ("Kok gaf toe dat de uitkomst zeker is.", P_ADVOCATES,
                "says 'zeker' where its cited passages say 'onzeker'"),
    "months-for-weeks": ("Als de hoogste bestuursrechter het bedrijf gelijk geeft, moet de gemeente binnen zes maanden "
                         "een nieuw besluit nemen.", P_NEXT, 'figure "zes" is given in months'),
    "days-for-weeks": ("De hoogste bestuursrechter doet naar verwachting binnen twaalf dagen uitspraak.", P_HEARING,
                       'figure "twaalf" is given in days'),
    "weeks-for-months": ("De bouw zou ongeveer 14 weken duren.", P_NEXT, 'figure "14" is given in weeks'),
    "months-for-years": ("Boer Klaas Mulder zei dat hij al drie maanden op duidelijkheid wacht.", P_HISTORY,
                         'figure "drie" is given in months'),
    # 4. negations dropped
    "province-mengt": ("Een woordvoerder zei dat de provincie zich mengt in het conflict.", P_PROVINCE,
                       "drops the negation"),
    "province-mengt-zolang": ("Een woordvoerder zei dat de provincie zich mengt in het conflict zolang de rechter zich "
                              "niet heeft uitgesproken.", P_PROVINCE, "drops the negation"),
    "against-wind": ("Wethouder Dijkstra zei dat de gemeente tegen windenergie is.", P_DISTANCE,
                     "drops the negation"),
    # 5. kept refused beside the speakers now read
    "quote-as-fact": ("De gemeente is niet tegen windenergie.", P_DISTANCE,
                      "give only as the word of Marieke Dijkstra"),
    "as-the-director-names-them": ("Cijfers zoals Van der Meulen ze noemt.", BOS, "but its cited passages give them "
                                                                                   "to Bos"),
    "gemeente-says-shown": ("De gemeente zegt dat de enquête niet representatief is.", SURVEY_SAID,
                            "gives the words to De gemeente, but its cited passages give them to Windkracht Noord"),
}


@pytest.fixture(autouse=True)
def dutch_locale(reading_without_project_locales):
    """Read Dutch as a build of the project does, with the locale the editor wrote (after conftest's reset)."""
    read_as_project_locale(FIXTURE, "nl")


def found(sentence: str, passage: str) -> list[str]:
    """Return the findings of a Dutch sentence citing one passage of the report, of 4 March 2026."""
    return sentence_findings(sentence, (passage,), "nl", PARTIES, published="2026-03-04")


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(sentence: str, passage: str):
    assert found(sentence, passage) == []


@pytest.mark.parametrize("sentence, passage, named", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, passage: str, named: str):
    findings = found(sentence, passage)
    assert any(named in message for message in findings), findings


def test_the_editors_first_wording_builds(tmp_path: Path):
    """The wording the editor first wrote and had to change builds: a quote's context on when it was said, and a
    comparison's note on whose figures they are (the briefing otherwise as newuser_89 left it)."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    briefing = desk / "content" / "windpark-hoorndijk"
    edit(briefing / "quotes.yaml", "context: Dijkstra zei dit na afloop van de zitting.",
         "context: Na afloop van de zitting bij de Raad van State.")
    edit(briefing / "comparisons.yaml", "attribution: De meting van tot 51 decibel is van een deskundige in opdracht "
         "van de bewonersvereniging.[^q-bos-opdracht][^c-bos]", "attribution: Cijfers zoals het verslag ze noemt."
         "[^q-bos-opdracht][^c-bos]")
    result = run_build(desk, "check")
    assert result.code == 0, result.err


def test_a_german_party_after_nachdem_or_woraufhin_holds_the_last_verbs_place():
    """The rule of "waarna" read in German too: a party right after "woraufhin" is the subject of the verb closing
    its clause, so the city told as appealing where the association did is refused."""
    from conftest import REPO
    from explainer.model import Party

    read_as_project_locale(REPO, "de")
    sides = (Party(id="stadt", name="Stadt Lindenau", short_name="Stadt", role="Stadt"),
             Party(id="rsv", name="RSV", short_name="RSV", role="Verband"))
    passage = "Das Landgericht wies die Klage im Mai ab, woraufhin die RSV Berufung einlegte."
    assert sentence_findings("Die RSV legte Berufung ein.", (passage,), "de", sides) == []
    assert any("names Stadt where its cited passages name RSV" in message for message in sentence_findings(
        "Nach dem Urteil legte die Stadt Berufung ein.", (passage,), "de", sides))
