"""A Dutch newsroom's new user, a dispute over a wind farm (tests/fixtures/newuser_89: a report of ~1,040 words,
gemeente Hoorndijk against the energy company Windkracht Noord before the Raad van State, "4,2 megawatt", "51
decibel", "480 meter", "4,2 miljoen euro", "62,4 procent", "op dinsdag 3 maart", "naar schatting", "zei dat",
"volgens de gemeente", a denial, and a follow-up of 6 March correcting 480 meter to 520), written from the README
alone with a locales/nl.yaml translated from en.yaml, and what ~90 close misstatements found.

Honest wording that was refused, now built:
- "Volgens de gemeente heeft Windkracht Noord nooit een serieus aanbod gedaan ..." as the gemeente's claim: Dutch puts
  its verb right after the speaker, no comma, so the speaker after "volgens" ran on into the subject, "de gemeente
  heeft Windkracht Noord", and the claim was refused as given to Windkracht Noord (dutch_speakers.py);
- "Het verslag zegt niet hoe de enquête is gehouden": a capitalised article opening a sentence ("Het", a locale's
  `articles`) was read as a speaker's name (speakers.naming_words).
Misstatements that built, now refused:
- "Volgens het bedrijf heeft Windkracht Noord nooit ..." citing "Volgens de gemeente heeft Windkracht Noord nooit ...";
- "volgens de gemeente" dropped: a Dutch party's common noun the editor gave as an alias ("de gemeente", "het
  bedrijf") is its side's voice, as French "l'agence" is (owners._NOUN_NAME);
- "De gemeente heeft volgens eigen opgave ..." of Windkracht Noord's: a mid-sentence "volgens" names the speaker
  after it, "volgens eigen opgave" the subject (speakers._SPEAKER_AFTER);
- "Het college zegt ..." and "volgens de rechtbank" of words a passage gives a party: a body named by its Dutch noun
  (unnamed_speakers._DUTCH_SPEAKER; it was refused only because "Het" was read as a name).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, line_opening, read_as_project_locale, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_89"
SOURCE = (FIXTURE / "seeds" / "windpark-hoorndijk.txt").read_text(encoding="utf-8")

GEMEENTE = Party(id="gemeente", name="Gemeente Hoorndijk", short_name="De gemeente", role="gemeente",
                 aliases=("de gemeente", "Marieke Dijkstra", "wethouder Marieke Dijkstra", "Sandra Kok", "Dijkstra"))
WINDKRACHT = Party(id="windkracht", name="Windkracht Noord", short_name="Windkracht Noord", role="energiebedrijf",
                   aliases=("het bedrijf", "Joost van der Meulen", "Van der Meulen", "Pieter de Graaf"))
RAAD = Party(id="raad-van-state", name="Raad van State", short_name="Raad van State", role="rechter",
             aliases=("de hoogste bestuursrechter", "de Afdeling bestuursrechtspraak"))
PARTIES = (GEMEENTE, WINDKRACHT, RAAD)


def paragraph(opening: str) -> str:
    """Return the source's paragraph that opens with `opening`."""
    return line_opening(SOURCE, opening)


P_HEARING = paragraph("De Raad van State heeft op dinsdag")
P_TURBINES = paragraph("Windkracht Noord wil op")
P_DISTANCE = paragraph("De kern van het geschil")
P_DENIAL = paragraph("Windkracht Noord ontkent")
P_EXPERT = paragraph("Tijdens de zitting")
P_RESIDENTS = paragraph("De bewonersvereniging Hoorndijk")
P_COSTS = paragraph("Ook over geld")
P_NEVER = paragraph("De gemeente noemt")
P_OFFER = paragraph("Dat laatste spreekt")
P_COUNTRY = paragraph("Het geschil in Hoorndijk")
P_NEXT = paragraph("De Raad van State heeft geen datum")
P_EVENING = paragraph("Bewoners en wethouder gaan")
NEVER = ("Volgens de gemeente heeft Windkracht Noord bovendien nooit een serieus aanbod gedaan voor financiële "
         "deelname van omwonenden.")
SURVEY_SAID = "Windkracht Noord zegt dat de enquête niet representatief is."

HONEST = {
    # refused before this work
    "volgens-speaker-before-verb": ("Volgens de gemeente heeft Windkracht Noord nooit een serieus aanbod gedaan.",
                                    NEVER),
    "volgens-name-before-verb": ("Volgens Dijkstra heeft Windkracht Noord nooit een serieus aanbod gedaan.", NEVER),
    "volgens-can": ("Volgens de gemeente kan Windkracht Noord de kosten niet op de belastingbetaler verhalen.",
                    "Volgens de gemeente kan Windkracht Noord de kosten niet op de belastingbetaler verhalen."),
    "het-verslag-zegt-niet": ("Het verslag zegt niet hoe de enquête is gehouden.", P_RESIDENTS),
    "company-says": ("Het bedrijf zegt dat de enquête niet representatief is.", SURVEY_SAID),
    # built before, kept
    "own-account-kept": ("Windkracht Noord heeft volgens eigen opgave al 4,2 miljoen euro uitgegeven.", P_COSTS),
    "volgens-kept": ("Volgens de gemeente staat de dichtstbijzijnde turbine op 480 meter van een boerderij aan de "
                     "Zeedijk.", P_DISTANCE),
    "hearing-kept": ("De Raad van State heeft op dinsdag 3 maart het hoger beroep behandeld.", P_HEARING),
    "denial-kept": ("Windkracht Noord ontkent dat het park de regels overtreedt.", P_DENIAL),
    "expert-kept": ("Bos zei dat de geluidsbelasting 's nachts kan oplopen tot 51 decibel.", P_EXPERT),
    "estimate-kept": ("Volgens de Nederlandse Windenergie Associatie liggen naar schatting 40 windprojecten stil.",
                      P_COUNTRY),
}

MISSTATED = {
    # built before this work
    "volgens-swapped": ("Volgens het bedrijf heeft Windkracht Noord nooit een serieus aanbod gedaan.", NEVER,
                        "gives the words to het bedrijf, but its cited passages give them to de gemeente"),
    "volgens-dropped": ("De dichtstbijzijnde turbine staat op 480 meter van een boerderij aan de Zeedijk.", P_DISTANCE,
                        "give only as the word of de gemeente"),
    "denial-as-fact": ("Het park overtreedt de regels niet.", P_DENIAL, "give only as the word of Windkracht Noord"),
    # refused before, for a speaker misread, now for the one it names
    "volgens-dropped-never": ("Windkracht Noord heeft nooit een serieus aanbod gedaan voor financiële deelname van "
                              "omwonenden.", NEVER, "give only as the word of de gemeente"),
    "own-account-to-the-other": ("De gemeente heeft volgens eigen opgave al 4,2 miljoen euro uitgegeven.", P_COSTS,
                                 "gives the words to De gemeente"),
    "mid-volgens-to-the-other": ("Windkracht Noord heeft volgens de gemeente al 4,2 miljoen euro uitgegeven.", P_COSTS,
                                 "gives the words to de gemeente"),
    "volgens-swapped-the-other-way": ("Volgens het bedrijf heeft de gemeente nooit een serieus aanbod gedaan.", NEVER,
                                      "gives the words to het bedrijf, but its cited passages give them to de "
                                      "gemeente"),
    "college-says": ("Het college zegt dat de enquête niet representatief is.", SURVEY_SAID,
                     "gives the words to 'het college', but its cited passages give them to Windkracht Noord"),
    "volgens-de-rechtbank": ("Volgens de rechtbank is de enquête niet representatief.", SURVEY_SAID,
                             "gives the words to 'de rechtbank'"),
    "gemeente-says": ("De gemeente zegt dat de enquête niet representatief is.", SURVEY_SAID,
                      "but its cited passages give them to Windkracht Noord"),
    # refused before too, kept refused
    "weekday-moved": ("De Raad van State heeft op woensdag 3 maart het hoger beroep behandeld.", P_HEARING,
                      '"woensdag" is not in'),
    "day-moved": ("De Raad van State heeft op dinsdag 4 maart het hoger beroep behandeld.", P_HEARING,
                  '"4 maart" is not in'),
    "naar-verwachting-weeks": ("De Raad van State doet naar verwachting binnen tien weken uitspraak.", P_HEARING,
                               '"tien" is not in'),
    "kilowatt": ("Windkracht Noord wil zes windturbines bouwen met elk een vermogen van 4,2 kilowatt.", P_TURBINES,
                 "4,2"),
    "megawatt-figure": ("Windkracht Noord wil zes windturbines bouwen met elk een vermogen van 2,4 megawatt.",
                        P_TURBINES, '"2,4'),
    "turbines-count": ("Windkracht Noord wil acht windturbines bouwen met elk een vermogen van 4,2 megawatt.",
                       P_TURBINES, "acht"),
    "naar-schatting-dropped": ("Volgens het bedrijf kan het park jaarlijks stroom leveren aan 21.000 huishoudens.",
                               P_TURBINES, "leaves out the qualifier"),
    "estimate-to-the-gemeente": ("Volgens de gemeente kan het park jaarlijks stroom leveren aan naar schatting 21.000 "
                                 "huishoudens.", P_TURBINES, "gives the words to de gemeente"),
    "metres-changed": ("Volgens de gemeente staat de dichtstbijzijnde turbine op 840 meter van een boerderij.",
                       P_DISTANCE, '"840'),
    "kilometres": ("Volgens de gemeente staat de dichtstbijzijnde turbine op 480 kilometer van een boerderij.",
                   P_DISTANCE, "480"),
    "motion-year": ("De gemeenteraad nam in 2023 een motie aan die een minimale afstand van 750 meter vraagt.",
                    P_DISTANCE, '"2023" is not in'),
    "motion-rejected": ("De gemeenteraad verwierp in 2024 een motie die een minimale afstand van 750 meter vraagt.",
                        P_DISTANCE, "verwierp"),
    "denial-as-admission": ("Windkracht Noord erkent dat het park de regels overtreedt.", P_DENIAL, "erkent"),
    "denial-to-the-gemeente": ("De gemeente ontkent dat het park de regels overtreedt.", P_DENIAL,
                               "gives the words to De gemeente"),
    "decibel-changed": ("Bos zei dat de geluidsbelasting 's nachts kan oplopen tot 61 decibel.", P_EXPERT, '"61'),
    "kan-dropped": ("Bos zei dat de geluidsbelasting 's nachts oploopt tot 51 decibel.", P_EXPERT, "oploopt"),
    "expert-to-the-director": ("Van der Meulen zei dat de geluidsbelasting 's nachts kan oplopen tot 51 decibel.",
                               P_EXPERT, "gives the words to Van der Meulen"),
    "niet-dropped": ("Volgens het bedrijf komt het geluid bij de woningen boven 45 decibel uit.",
                     paragraph("Windkracht Noord bestrijdt"), "drops the negation"),
    "share-changed": ("Volgens een enquête van de vereniging is 64,2 procent van de inwoners tegen het windpark.",
                      P_RESIDENTS, '"64,2'),
    "niet-dropped-survey": ("Windkracht Noord noemt die enquête representatief.", P_RESIDENTS, "drops the negation"),
    "millions-changed": ("Windkracht Noord heeft volgens eigen opgave al 2,4 miljoen euro uitgegeven.", P_COSTS,
                         '"2,4'),
    "ongeveer-dropped": ("De totale investering in het park bedraagt 38 miljoen euro.", P_COSTS,
                         "leaves out the qualifier"),
    "offer-year": ("Windkracht Noord zegt dat het in 2024 heeft aangeboden om 20 procent van het park aan een "
                   "coöperatie te geven.", P_OFFER, '"2024" is not in'),
    "offer-as-fact": ("Windkracht Noord heeft in 2025 aangeboden om 20 procent van het park in handen van een lokale "
                      "energiecoöperatie te geven.", P_OFFER, "give only as the word of Windkracht Noord"),
    "fund-changed": ("Het bedrijf wil jaarlijks 58.000 euro in een omgevingsfonds storten.", P_OFFER, '"58.000'),
    "estimate-dropped-country": ("In het hele land liggen 40 windprojecten stil door juridische procedures.", P_COUNTRY,
                                 "leaves out the qualifier"),
    "no-date-named": ("De Raad van State heeft een datum voor de uitspraak genoemd.", P_NEXT, "drops the negation"),
    "expected-as-done": ("Windkracht Noord begint in 2026 met de bouw.", P_NEXT, '"2026" is not in'),
    "evening-weekday": ("Bewoners en wethouder gaan op woensdag 10 maart opnieuw met elkaar in gesprek.", P_EVENING,
                        '"woensdag" is not in'),
    "evening-date": ("Bewoners en wethouder gaan op dinsdag 17 maart opnieuw met elkaar in gesprek.", P_EVENING,
                     '"17 maart" is not in'),
    "invited": ("Windkracht Noord is voor die avond uitgenodigd.", P_EVENING, "drops the negation"),
}


@pytest.fixture(autouse=True)
def dutch_locale(reading_without_project_locales):
    """Read Dutch as a build of the project does, with the locale the editor wrote (after conftest's reset)."""
    read_as_project_locale(FIXTURE, "nl")


def found(sentence: str, passage: str) -> list[str]:
    """Return the findings of a Dutch sentence citing one passage of the report, of 4 March 2026."""
    return sentence_findings(sentence, (passage,), "nl", PARTIES, published="2026-03-04")


def test_the_briefing_builds(tmp_path: Path):
    """The briefing a Dutch editor wrote from the README alone builds: claims after "volgens", a denial, quotes,
    a comparison in decibels and metres, and the follow-up's correction of 480 to 520 metres in the log."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = (desk / "site" / "windpark-hoorndijk" / "index.html").read_text(encoding="utf-8")
    for words in ("Volgens de gemeente heeft Windkracht Noord nooit een serieus aanbod gedaan",
                  "Wij schreven dat de dichtstbijzijnde turbine op 480 meter", "4 maart 2026", "62,4"):
        assert words in page, words


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(sentence: str, passage: str):
    assert found(sentence, passage) == []


@pytest.mark.parametrize("sentence, passage, named", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, passage: str, named: str):
    findings = found(sentence, passage)
    assert any(named in message for message in findings), findings


def test_a_claim_after_volgens_stands_in_its_partys_column():
    """The claimant check reads the speaker after "volgens" up to the verb: the gemeente's claim that Windkracht Noord
    never made an offer is the gemeente's, not Windkracht Noord's (refused on its `claimant` and `parties` lines)."""
    from explainer.attribution import Cited
    from explainer.owners import party_words
    from explainer.speakers import wrong_claimant, wrong_column

    named = tuple((party.id, party_words(party, "nl")) for party in PARTIES)
    cited = [Cited(NEVER, "nl", NEVER)]
    assert wrong_claimant("De gemeente Hoorndijk", cited, named) == ""
    assert wrong_column(("gemeente",), cited, named) == ""
