"""A seventy-fourth fact-check: a noun of the passage swapped for another of its kind.

"The strike hit a hospital in the capital." citing "The strike hit a market in the capital." built, as did
"Northland's foreign minister met Southland's president." citing "... met Southland's prime minister.", "The
protesters were students." citing "The protesters were farmers." and "Northland deployed tanks to the border." citing
"Northland deployed troops to the border.". kinds.py now lists markets, ports, power stations, police and railway
stations, workers, miners, rebels, warplanes, artillery, prime ministers, chief executives, chairmen, judges
and prosecutors, troops among the forces and arms as well as among people, and civilians and workers against
soldiers; a name of two words ("prime minister") is read whole; a sentence short of words ("The protesters were
students.") is read as restating a passage on all its other words; a sentence naming another thing of the kind
("protesters") still names the swapped one; and an office's title before a name ("President Ana Ruiz") is read. A
word for the same thing ("premier", "harbour", "CEO", "soldiers"), a wider word ("a building", "civilians",
"aircraft", "forces", "health workers", "the head of government"), a thing the passages name elsewhere and a word in
another sense ("think tank", "stock market") build (kind_senses.py). French, Spanish and German are read by fewer
things of each kind ("un hôpital" citing "une école", "Panzer" citing "Truppen").

Each sentence is checked in-process against its cited passages, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer import kinds
from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="north", name="Northland", short_name="Northland", role="side"),
           Party(id="south", name="Southland", short_name="Southland", role="side"),
           Party(id="acme", name="Acme Corp", short_name="Acme", role="company"))

SWAPPED = {
    # places
    "hospital-for-market": ("The strike hit a hospital in the capital.", "The strike hit a market in the capital.",
                            "hospital", "market"),
    "market-for-factory": ("The blast destroyed a market in the industrial district.",
                           "The blast destroyed a factory in the industrial district.", "market", "factory"),
    "port-for-airport": ("Southland's missiles struck the port near the capital.",
                         "Southland's missiles struck the airport near the capital.", "port", "airport"),
    "refinery-for-power-station": ("The drone attack set a refinery ablaze outside the city.",
                                   "The drone attack set a power station ablaze outside the city.", "refinery",
                                   "power station"),
    "embassy-for-hotel": ("Protesters gathered outside the embassy on Friday.",
                          "Protesters gathered outside the hotel on Friday.", "embassy", "hotel"),
    "bridge-for-dam": ("Engineers said the bridge was badly damaged by the flood.",
                       "Engineers said the dam was badly damaged by the flood.", "bridge", "dam"),
    "police-station-for-school": ("Northland's shelling destroyed a police station in the old town.",
                                  "Northland's shelling destroyed a school in the old town.", "police station",
                                  "school"),
    # groups of people
    "students-for-farmers": ("The protesters were students.", "The protesters were farmers.", "students", "farmers"),
    "doctors-for-teachers": ("Striking doctors marched through the capital on Monday.",
                             "Striking teachers marched through the capital on Monday.", "doctors", "teachers"),
    "journalists-for-soldiers": ("Two journalists were wounded in the shelling of the border town.",
                                 "Two soldiers were wounded in the shelling of the border town.", "journalists",
                                 "soldiers"),
    "miners-for-farmers": ("Miners blocked the highway north of the capital.",
                           "Farmers blocked the highway north of the capital.", "miners", "farmers"),
    "hostages-for-prisoners": ("Northland released 40 hostages on Tuesday.",
                               "Northland released 40 prisoners on Tuesday.", "hostages", "prisoners"),
    "civilians-for-soldiers": ("Twelve civilians were killed in the shelling of the border town.",
                               "Twelve soldiers were killed in the shelling of the border town.", "civilians",
                               "soldiers"),
    "workers-for-students": ("Workers led the protests in the capital.", "Students led the protests in the capital.",
                             "workers", "students"),
    "rebels-for-troops": ("Rebels took control of the northern town.", "Troops took control of the northern town.",
                          "rebels", "troops"),
    # forces and arms
    "tanks-for-troops": ("Northland deployed tanks to the border.", "Northland deployed troops to the border.",
                         "tanks", "troops"),
    "troops-for-tanks": ("Northland moved troops into the buffer zone.", "Northland moved tanks into the buffer zone.",
                         "troops", "tanks"),
    "drones-for-missiles": ("Southland shot down drones over the capital overnight.",
                            "Southland shot down missiles over the capital overnight.", "drones", "missiles"),
    "warships-for-submarines": ("Northland sent two warships to the strait.",
                                "Northland sent two submarines to the strait.", "warships", "submarines"),
    "artillery-for-rockets": ("Northland hit the town with artillery overnight.",
                              "Northland hit the town with rockets overnight.", "artillery", "rockets"),
    "warplanes-for-helicopters": ("Northland's warplanes struck the convoy near the border.",
                                  "Northland's helicopters struck the convoy near the border.", "warplanes",
                                  "helicopters"),
    # offices
    "president-for-prime-minister": ("Northland's foreign minister met Southland's president.",
                                     "Northland's foreign minister met Southland's prime minister.", "president",
                                     "prime minister"),
    "prime-minister-for-president": ("Southland's prime minister visited the border town on Monday.",
                                     "Southland's president visited the border town on Monday.", "prime minister",
                                     "president"),
    "titled-before-a-name": ("President Ana Ruiz met the envoy in the capital.",
                             "Prime Minister Ana Ruiz met the envoy in the capital.", "President", "Prime Minister"),
    "judge-for-prosecutor": ("The judge asked for a delay in the case.", "The prosecutor asked for a delay in the case.",
                             "judge", "prosecutor"),
    "chief-executive-for-chairman": ("Acme's chief executive resigned on Friday.", "Acme's chairman resigned on Friday.",
                                     "chief executive", "chairman"),
    "mayor-for-governor": ("The mayor declared a state of emergency in the region.",
                           "The governor declared a state of emergency in the region.", "mayor", "governor"),
}


@pytest.mark.parametrize("sentence, passage, said, theirs", SWAPPED.values(), ids=SWAPPED.keys())
def test_a_thing_swapped_for_another_of_its_kind_is_refused(sentence: str, passage: str, said: str, theirs: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(message.casefold().startswith(f"this sentence says '{said}' where its cited passages say '{theirs}'"
                                             .casefold()) for message in found), found


KEPT = {
    "same-words": ("The strike hit a market in the capital.", ("The strike hit a market in the capital.",)),
    "plural": ("The strike hit markets in the capital.", ("The strike hit a market in the capital.",)),
    "wider-building": ("The strike hit a building in the capital.", ("The strike hit a market in the capital.",)),
    "medical-centre": ("The strike hit a medical centre in the capital.", ("The strike hit a hospital in the capital.",)),
    "wider-civilians": ("Twelve civilians were killed in the shelling of the border town.",
                        ("Twelve farmers were killed in the shelling of the border town.",)),
    "premier-for-prime-minister": ("Northland's foreign minister met Southland's premier.",
                                   ("Northland's foreign minister met Southland's prime minister.",)),
    "head-of-government": ("Northland's foreign minister met Southland's head of government.",
                           ("Northland's foreign minister met Southland's prime minister.",)),
    "soldiers-for-troops": ("Northland deployed soldiers to the border.", ("Northland deployed troops to the border.",)),
    "soldiers-beside-tanks": ("Soldiers were sent to the border.", ("Troops and tanks were sent to the border.",)),
    "wider-forces": ("Northland deployed forces to the border.", ("Northland deployed tanks to the border.",)),
    "wider-aircraft": ("Northland's aircraft struck the convoy near the border.",
                       ("Northland's drones struck the convoy near the border.",)),
    "paraphrase": ("Soldiers were deployed to the border by Northland.", ("Northland deployed troops to the border.",)),
    "harbour-for-port": ("The missiles struck the harbour near the capital.",
                         ("The missiles struck the port near the capital.",)),
    "ceo-for-chief-executive": ("Acme's CEO resigned on Friday.", ("Acme's chief executive resigned on Friday.",)),
    "wider-health-workers": ("Health workers joined the strike on Monday.",
                             ("Doctors and nurses joined the strike on Monday.",)),
    "named-elsewhere": ("The strike hit a hospital in the capital.",
                        ("The strike hit a market in the capital, and a hospital nearby was damaged.",)),
    "office-named-elsewhere": ("Southland's president met the envoy.",
                               ("Southland's prime minister met the envoy after the president had left.",)),
    "both-named-by-two-passages": ("The strike hit a market and a hospital in the capital.",
                                   ("The strike hit a market in the capital.", "A hospital nearby was also hit.")),
    "both-in-the-passage": ("The protesters were students.", ("The protesters were students and farmers.",)),
    "each-from-its-passage": ("Farmers and students joined the protest.",
                              ("Farmers joined the protest.", "Students joined the protest too.")),
    "another-group-telling": ("Protesters blocked the road to the plant.",
                              ("Police are investigating the protest at the plant, which closed the road to the plant.",)),
    "think-tank": ("A think tank said the strike hit a crowded market.",
                   ("Analysts said the drone strike hit a crowded market.",)),
    "stock-market": ("The stock market fell after the strike.", ("Shares fell after the strike on the refinery.",)),
    "market-share": ("Acme's market share fell after the strike.",
                     ("Acme's sales fell after the strike on its factory.",)),
    "fighter-jets-for-warplanes": ("Northland's fighter jets struck the convoy near the border.",
                                   ("Northland's warplanes struck the convoy near the border.",)),
    "not-restating": ("The protesters were students.", ("Rice prices rose 4% in March.",)),
}


@pytest.mark.parametrize("sentence, passages", KEPT.values(), ids=KEPT.keys())
def test_the_same_thing_a_wider_word_or_another_sense_builds(sentence: str, passages: tuple[str, ...]):
    assert sentence_findings(sentence, passages, "en", PARTIES) == []


IN_OTHER_LANGUAGES = {
    "fr-hopital-for-ecole": ("fr", "La frappe a touché un hôpital dans la capitale.",
                             "La frappe a touché une école dans la capitale.", "hôpital", "école"),
    "fr-president-for-premier-ministre": (
        "fr", "Le ministre des affaires étrangères de Northland a rencontré le président de Southland.",
        "Le ministre des affaires étrangères de Northland a rencontré le Premier ministre de Southland.", "président",
        "Premier ministre"),
    "es-estudiantes-for-agricultores": ("es", "Los manifestantes eran estudiantes.", "Los manifestantes eran agricultores.",
                                        "estudiantes", "agricultores"),
    "de-panzer-for-truppen": ("de", "Northland verlegte Panzer an die Grenze.", "Northland verlegte Truppen an die Grenze.",
                              "Panzer", "Truppen"),
}


@pytest.mark.parametrize("language, sentence, passage, said, theirs", IN_OTHER_LANGUAGES.values(),
                         ids=IN_OTHER_LANGUAGES.keys())
def test_a_thing_swapped_in_french_spanish_or_german_is_refused(language: str, sentence: str, passage: str, said: str,
                                                                theirs: str):
    found = sentence_findings(sentence, (passage,), language, PARTIES)
    assert any(message.startswith(f"this sentence says '{said}' where its cited passages say '{theirs}'")
               for message in found), found


KEPT_IN_OTHER_LANGUAGES = {
    "fr-plural": ("fr", "La frappe a touché des hôpitaux dans la capitale.",
                  "La frappe a touché un hôpital dans la capitale."),
    "es-soldados-for-tropas": ("es", "Northland desplegó soldados en la frontera.",
                               "Northland desplegó tropas en la frontera."),
    "de-wider-gebaeude": ("de", "Der Angriff traf ein Gebäude in der Hauptstadt.",
                          "Der Angriff traf eine Schule in der Hauptstadt."),
}


@pytest.mark.parametrize("language, sentence, passage", KEPT_IN_OTHER_LANGUAGES.values(),
                         ids=KEPT_IN_OTHER_LANGUAGES.keys())
def test_the_same_thing_or_a_wider_word_builds_in_french_spanish_or_german(language: str, sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), language, PARTIES) == []


def test_each_word_names_one_thing_and_each_other_sense_is_of_a_listed_word():
    same = kinds.same_things()
    for language_kinds in (kinds.KINDS, *kinds.BY_LANGUAGE.values()):
        for kind in language_kinds:
            words = [word for thing in kind for word in thing.split()]
            assert len(words) == len(set(words)), kind
            for thing in kind:
                forms = {form.replace("_", " ").casefold() for form in thing.split()}
                assert all(same[form] >= forms for form in forms), thing
    assert set(kinds.OTHER_SENSE) <= set(same)
