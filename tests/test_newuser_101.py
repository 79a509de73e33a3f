"""What a fact-checker made of the trade briefing (tests/fixtures/newuser_100: Norvania's steel tariffs, Kestria's dairy
duties, a WTO panel's ruling): eight edits of it that built, each a misstatement a reader would take as the report's,
and the honest wording beside each that must go on building.

1. A party's stated reason ("saying that cheap imports threatened 14,000 jobs") told as fact by "as", "because" or
   "since" (party_word.py reads the reason clause alone).
2. A threat to something told as its loss ("had cost 14,000 jobs" of "threatened"; French, Spanish, German:
   risks_as_losses.py).
3. A rate's period turned into a total ("640 million euros in all" of "a year": rates.py's "total").
4. One side's statistics told bare beside the other side's different figure ("according to Kestria's statistics
   office" dropped: counts_by_giver.py reads "according to X" closing a sentence, and "X's own figures put the fall at").
5. A percent change's level told as its start ("fell 18 percent last year, from 4.2 billion euros":
   reached_as_start.py).
6. A time limit where the passage says none was set ("within a year" of "It did not set a deadline":
   unset_deadlines.py).
7. A stance turned ("a figure Norvania accepts" of "a figure the Norvanian government disputes": turned_stances.py;
   "does not dispute" of "disputes": undisputed.py).
8. An open question told as answered ("Kestria will not seek permission" of "He did not say whether Kestria would
   seek permission": open_decisions.py).
And, probed: an act's end moved ("until the ruling is published" of "until the steel tariff was lifted",
inverted_conditions.py) and a party's participle reason given to the other party ("Kestria said cheap imports
threatened ...": speakers.py read "Kestrian steel" before ", saying" as a speaker).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from support import findings_in_language
from test_newuser_100 import edited_check, found  # the trade briefing's helpers


TARIFF = ("Norvania raised its tariff on Kestrian steel to 25 percent in March 2025, from 10 percent, saying that cheap "
          "imports threatened 14,000 jobs at its mills")
DAIRY = ("Kestria answered in June 2025 with a 15 percent duty on Norvanian dairy products, worth about 640 million "
         "euros a year")
TRADE = ("Trade between the two countries fell 18 percent last year, to 4.2 billion euros, according to Kestria's "
         "statistics office. Norvania's own figures put the fall at 11 percent")
SECURITY = ("The panel found that the steel tariff was not justified on grounds of national security, as Norvania had "
            "argued, and asked Norvania to bring the measure into line with its obligations. It did not set a deadline")
STEEL = ("Kestria's steelmakers say they have lost orders worth more than 300 million euros, a figure the Norvanian "
         "government disputes")
FURTHER = "He did not say whether Kestria would seek permission to retaliate further"
REYES = ("Kestria's economy minister, Tomas Reyes, welcomed the ruling and said Kestria would keep its dairy duties "
         "until the steel tariff was lifted")

# The brief's eight edits, and two probed: each built before; file, words replaced, their replacement, the error.
EDITS = {
    "reason-as-fact": ("background.yaml", "saying that cheap imports threatened 14,000 jobs at its mills[",
                       "as cheap imports threatened 14,000 jobs at its mills[",
                       "background.yaml:5: `body`: this sentence states as fact what its cited passages give only as "
                       "the word of Norvania"),
    "threat-as-loss": ("background.yaml", "cheap imports threatened 14,000 jobs at its mills[",
                       "cheap imports had cost 14,000 jobs at its mills[",
                       "background.yaml:5: `body`: this sentence tells as lost ('cost 14,000 jobs') what its cited "
                       "passages give only as put at risk ('threatened 14,000 jobs')"),
    "rate-as-total": ("background.yaml", "640 million euros a year[", "640 million euros in all[",
                      "background.yaml:8: `body`: figure \"640 million\" is given as a total, but the passages this "
                      "sentence cites give it per another period (\"640 million euros a year\")"),
    "giver-dropped": ("background.yaml", "to 4.2 billion euros,\n      according to Kestria's statistics office;",
                      "to 4.2 billion euros;",
                      "background.yaml:10: `body`: this sentence gives 18 percent as fact, where its cited passage "
                      "gives it as the count of 'Kestria's statistics office' beside another's"),
    "level-as-start": ("background.yaml", "last year, to 4.2 billion euros,\n", "last year, from 4.2 billion euros,\n",
                       "background.yaml:10: `body`: this sentence gives 4.2 billion as the starting level ('fell 18 "
                       "percent last year, from 4.2 billion') where its cited passages give it as the level reached"),
    "deadline-added": ("background.yaml", "with its obligations, without setting a deadline[",
                       "with its obligations, within a year[",
                       "background.yaml:16: `body`: this sentence gives a time limit ('within a year') where its cited "
                       "passages say none was set ('did not set a deadline')"),
    "stance-turned": ("claims.yaml", "They have lost orders worth more than 300 million euros.",
                      "They have lost orders worth more than 300 million euros, a figure Norvania accepts.",
                      "claims.yaml:26: `says`: this sentence tells as admitted ('accepts') what its cited passages give "
                      "as denied ('disputes')"),
    "open-as-answered": ("caveats.yaml",
                         "The report does not say whether Kestria will seek permission to retaliate further.",
                         "Kestria will not seek permission to retaliate further.",
                         "caveats.yaml:8: `text`: this sentence tells as decided ('will not seek') what its cited "
                         "passages give as undecided ('whether Kestria would seek')"),
    "undisputed": ("claims.yaml", "They have lost orders worth more than 300 million euros.",
                   "They have lost orders worth more than 300 million euros, a figure Norvania does not dispute.",
                   "claims.yaml:26: `says`: this sentence says 'not dispute' where its cited passages say 'disputes'"),
}


@pytest.mark.parametrize("file, old, new, error", EDITS.values(), ids=EDITS.keys())
def test_an_edit_of_the_briefing_is_refused(tmp_path: Path, file: str, old: str, new: str, error: str):
    result = edited_check(tmp_path, file, old, new)
    assert result.code == 1 and error in result.err, result.err


# Honest edits of the same lines, each a twin of one above: they build.
HONEST_EDITS = {
    "reason-said": ("background.yaml", "saying that cheap imports threatened 14,000 jobs at its mills[",
                    "arguing that cheap imports threatened 14,000 jobs at its mills["),
    "risk-kept": ("background.yaml", "cheap imports threatened 14,000 jobs at its mills[",
                  "cheap imports put 14,000 jobs at its mills at risk["),
    "rate-annual": ("background.yaml", "640 million euros a year[", "640 million euros annually["),
    "deadline-none": ("background.yaml", "with its obligations, without setting a deadline[",
                      "with its obligations, but set no deadline["),
    "stance-kept": ("claims.yaml", "They have lost orders worth more than 300 million euros.",
                    "They have lost orders worth more than 300 million euros, a figure Norvania disputes."),
}


@pytest.mark.parametrize("file, old, new", HONEST_EDITS.values(), ids=HONEST_EDITS.keys())
def test_an_honest_edit_builds(tmp_path: Path, file: str, old: str, new: str):
    result = edited_check(tmp_path, file, old, new)
    assert result.code == 0, result.err


# Sentences checked in-process against their passages: the same rules in other words, tenses and languages.
MISSTATED = {
    "because-reason": ("Norvania raised its tariff on Kestrian steel to 25 percent because cheap imports threatened "
                       "14,000 jobs at its mills.", (TARIFF,), "the word of Norvania"),
    "since-reason": ("Since cheap imports threatened 14,000 jobs at its mills, Norvania raised its tariff on Kestrian "
                     "steel to 25 percent.", (TARIFF,), "the word of Norvania"),
    "reason-given-to-other-side": ("Kestria said cheap imports threatened 14,000 jobs at Norvania's mills.", (TARIFF,),
                                   "this sentence gives the words to Kestria, but its cited passages give them to "
                                   "Norvania"),
    "destroyed": ("Norvania raised its tariff, saying cheap imports had destroyed 14,000 jobs at its mills.", (TARIFF,),
                  "tells as lost ('destroyed 14,000 jobs')"),
    "jobs-were-lost": ("Norvania raised its tariff, saying 14,000 jobs at its mills had been lost to cheap imports.",
                       (TARIFF,), "tells as lost ('jobs at its mills had been lost')"),
    "homes-destroyed": ("The floods destroyed 300 homes.", ("The floods threatened 300 homes, officials said.",),
                        "tells as lost ('destroyed 300 homes')"),
    "in-total": ("Kestria's duty covers Norvanian dairy products worth about 640 million euros in total.", (DAIRY,),
                 "is given as a total"),
    "altogether": ("Kestria's duty covers Norvanian dairy products worth about 640 million euros altogether.", (DAIRY,),
                   "is given as a total"),
    "total-as-rate": ("Kestria's duty covers dairy products worth 640 million euros a year.",
                      ("Kestria's duty covers dairy products worth 640 million euros in total.",), "is given per year"),
    "fell-from-level": ("Trade fell from 4.2 billion euros last year, according to Kestria's statistics office.",
                        (TRADE,), "gives 4.2 billion as the starting level"),
    "rose-in-year-from": ("Exports rose 12 percent in 2025, from 3.1 billion euros.",
                          ("Exports rose 12 percent in 2025, to 3.1 billion euros.",),
                          "gives 3.1 billion as the starting level"),
    "by-march": ("The panel asked Norvania to bring the measure into line with its obligations by March 2027.",
                 (SECURITY,), "date \"March 2027\" is not in the passages"),
    "gave-a-year": ("The panel gave Norvania a year to bring the measure into line with its obligations.", (SECURITY,),
                    "gives a time limit ('gave Norvania a year to')"),
    "talks-by-october": ("Talks between the two governments broke off in August, with a date to resume them by "
                         "October.", ("Talks between the two governments broke off in August without a date to resume "
                                      "them",), "gives a time limit ('by October')"),
    "endorses": ("They have lost orders worth more than 300 million euros, a figure the Norvanian government endorses.",
                 (STEEL,), "tells as admitted ('endorses')"),
    "has-not-disputed": ("They lost orders worth 300 million euros, a figure Norvania has not disputed.", (STEEL,),
                         "says 'not disputed' where its cited passages say 'disputes'"),
    "said-would-not": ("Reyes said Kestria would not seek permission to retaliate further.", (FURTHER,),
                       "tells as decided ('said Kestria would not seek')"),
    "will-seek": ("Kestria will seek permission to retaliate further.", (FURTHER,), "tells as decided ('will seek')"),
    "declined-to-say-if": ("Kestria will seek permission to retaliate further.",
                           ("Reyes declined to say if Kestria would seek permission to retaliate further.",),
                           "tells as decided ('will seek')"),
    "until-another-end": ("Kestria will keep its dairy duties until the ruling is published.", (REYES,),
                          "sets the act's end at 'until the ruling is published', where its cited passages set it at "
                          "'until the steel tariff was lifted'"),
    "even-after": ("Kestria will keep its dairy duties even after the steel tariff is lifted.", (REYES,),
                   "says it holds 'even after'"),
}


@pytest.mark.parametrize("sentence, passages, message", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, passages: tuple[str, ...], message: str):
    findings = found(sentence, *passages)
    assert any(message in finding for finding in findings), findings


HONEST = {
    "saying-reason": ("Norvania raised its tariff on Kestrian steel to 25 percent, saying cheap imports threatened "
                      "14,000 jobs at its mills.", (TARIFF,)),
    "as-it-said": ("Norvania raised its tariff on Kestrian steel to 25 percent, as it said cheap imports threatened "
                   "14,000 jobs at its mills.", (TARIFF,)),
    "as-another-deed": ("Norvania raised its tariff on Kestrian steel to 25 percent, as Kestria answered with a duty on "
                        "dairy products.", (TARIFF, DAIRY)),
    "as-norvania-argued": ("The panel found that the steel tariff was not justified on grounds of national security, "
                           "as Norvania had argued.", (SECURITY,)),
    "endangered": ("Norvania raised its tariff, saying cheap imports endangered 14,000 jobs at its mills.", (TARIFF,)),
    "could-cost": ("Norvania raised its tariff, saying cheap imports could cost 14,000 jobs at its mills.", (TARIFF,)),
    "loss-in-passage": ("The floods destroyed 300 homes.",
                        ("The floods threatened 300 homes and destroyed 40 homes, officials said.",)),
    "total-over-years": ("The fund spent 20 million euros in total.",
                         ("The fund spent 20 million euros in total over two years.",)),
    "in-all-regions": ("The fund spent 20 million euros in all regions.",
                       ("The fund spent 20 million euros a year in all regions.",)),
    "total-last-year": ("The fund spent 20 million euros in total last year.", ("The fund spent 20 million euros last "
                                                                                "year.",)),
    "fell-to-level": ("Trade between the two countries fell 18 percent last year, to 4.2 billion euros, according to "
                      "Kestria's statistics office; Norvania's own figures put the fall at 11 percent.", (TRADE,)),
    "from-start-kept": ("Exports rose 12 percent in 2025, from 3.1 billion euros.",
                        ("Exports rose 12 percent in 2025, from 3.1 billion euros to 3.5 billion euros.",)),
    "by-size-to-level": ("Exports rose by 12 percent in 2025 to 3.1 billion euros.",
                         ("Exports rose 12 percent in 2025, to 3.1 billion euros.",)),
    "deadline-in-passage": ("The panel asked Norvania to bring the measure into line with its obligations within 90 "
                            "days.", ("The panel asked Norvania to bring the measure into line with its obligations "
                                      "within 90 days.",)),
    "disputes-kept": ("They have lost orders worth more than 300 million euros, a figure Norvania disputes.", (STEEL,)),
    "did-not-say-if": ("Reyes did not say if Kestria would seek permission to retaliate further.", (FURTHER,)),
    "unclear-kept": ("It is unclear whether Kestria will seek permission to retaliate further.",
                     ("It is unclear whether Kestria will seek permission to retaliate further.",)),
    "until-kept": ("Kestria will keep its dairy duties until Norvania lifts the steel tariff.", (REYES,)),
}


@pytest.mark.parametrize("sentence, passages", HONEST.values(), ids=HONEST.keys())
def test_an_honest_sentence_builds(sentence: str, passages: tuple[str, ...]):
    assert found(sentence, *passages) == []


# French, Spanish and German: a threat told as a loss, a total for a rate, a deadline where none was set.
LANGUAGES = {
    "fr-coûté": ("fr", "Les importations bon marché ont coûté 14 000 emplois dans les aciéries.",
                 "La Norvanie affirme que les importations bon marché menaçaient 14 000 emplois dans ses aciéries.",
                 "tells as lost ('coûté 14 000 emplois')"),
    "es-costado": ("es", "Las importaciones baratas han costado 14.000 empleos en las acerías.",
                   "Norvania afirma que las importaciones baratas amenazaban 14.000 empleos en sus acerías.",
                   "tells as lost ('costado 14.000 empleos')"),
    "de-gekostet": ("de", "Billige Importe haben 14.000 Arbeitsplätze gekostet.",
                    "Norvanien erklärte, billige Importe bedrohten 14.000 Arbeitsplätze in seinen Stahlwerken.",
                    "tells as lost ('Arbeitsplätze gekostet')"),
    "fr-au-total": ("fr", "Les produits laitiers valent 640 millions d'euros au total.",
                    "Les produits laitiers valent 640 millions d'euros par an.", "is given as a total"),
    "es-en-total": ("es", "Los productos lácteos valen 640 millones de euros en total.",
                    "Los productos lácteos valen 640 millones de euros al año.", "is given as a total"),
    "de-insgesamt": ("de", "Der Zoll betrifft Waren im Wert von 640 Millionen Euro insgesamt.",
                     "Der Zoll betrifft Waren im Wert von 640 Millionen Euro pro Jahr.", "is given as a total"),
    "fr-délai": ("fr", "Le groupe a demandé à la Norvanie de se conformer dans un délai d'un an.",
                 "Le groupe a demandé à la Norvanie de se conformer à ses obligations, sans fixer de délai.",
                 "gives a time limit ('dans un délai d')"),
    "es-plazo": ("es", "El panel pidió a Norvania que cumpliera sus obligaciones en un plazo de un año.",
                 "El panel pidió a Norvania que cumpliera sus obligaciones, sin fijar un plazo.",
                 "gives a time limit ('en un plazo de')"),
    "de-frist": ("de", "Das Gremium forderte Norvanien auf, seine Pflichten innerhalb eines Jahres zu erfüllen.",
                 "Das Gremium forderte Norvanien auf, seine Pflichten zu erfüllen, setzte aber keine Frist.",
                 "gives a time limit ('innerhalb eines')"),
}


@pytest.mark.parametrize("language, sentence, passage, message", LANGUAGES.values(), ids=LANGUAGES.keys())
def test_a_misstatement_in_another_language_is_refused(language: str, sentence: str, passage: str, message: str):
    findings = findings_in_language(language, sentence, passage)
    assert any(message in finding for finding in findings), findings


LANGUAGES_HONEST = {
    "de-gefährden": ("de", "Billige Importe gefährden 14.000 Arbeitsplätze.",
                     "Norvanien erklärte, billige Importe bedrohten 14.000 Arbeitsplätze in seinen Stahlwerken."),
    "fr-sans-délai": ("fr", "Le groupe a demandé à la Norvanie de se conformer à ses obligations, sans fixer de délai.",
                      "Le groupe a demandé à la Norvanie de se conformer à ses obligations, sans fixer de délai."),
    "fr-par-an": ("fr", "Les produits laitiers valent 640 millions d'euros par an.",
                  "Les produits laitiers valent 640 millions d'euros par an."),
}


@pytest.mark.parametrize("language, sentence, passage", LANGUAGES_HONEST.values(), ids=LANGUAGES_HONEST.keys())
def test_an_honest_sentence_in_another_language_builds(language: str, sentence: str, passage: str):
    assert findings_in_language(language, sentence, passage) == []
