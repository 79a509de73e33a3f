"""French and German sentences a new user writes: misstatements that built, now refused, and their honest twins.

1. A minister's words given to the CGT named in full ("Confédération générale du travail"): "Travail" of "le ministre
   du Travail" named the union, so "La réforme est nécessaire, a déclaré la CGT" citing "« La réforme est
   nécessaire », a déclaré le ministre du Travail" built, and "Selon le ministère du Travail" citing "Selon la
   Confédération générale du travail" built the other way; a ministry's brief names no party (ministry_briefs.py,
   read by speakers.py).
2. A count given to the wrong counter by a passive: "Les 1,2 million de manifestants comptés par la CGT" citing "1,2
   million selon la préfecture, 3,5 millions selon la CGT" (counts_by_giver.py).
3. A German prison term only sought told as imposed: "Das Gericht verhängte eine Freiheitsstrafe von drei Jahren"
   citing "Die Staatsanwaltschaft forderte drei Jahre Haft" (custody.py, custody_languages.TermActs).
4. A German ruling told as its opposite through a split verb: "Der Klage wurde stattgegeben" citing "Das Gericht wies
   die Klage ab" (outcomes.py, outcomes_languages.py's `split`).
5. A German passive to come or planned told as done: "Die Gespräche wurden fortgesetzt" citing "Die Gespräche sollen
   fortgesetzt werden" (german_plans.py); a present passive ("werden fortgesetzt") is not read as a future.

Cases under KEPT were refused before and still are. Each sentence is checked in-process against its cited passages,
as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import REPO, read_as_project_locale, sentence_findings

PARTIES = (Party(id="cgt", name="Confédération générale du travail", short_name="CGT", role="union"),
           Party(id="gov", name="Gouvernement", short_name="gouvernement", role="government"))

MINISTER = "« La réforme est nécessaire », a déclaré le ministre du Travail."
UNION_SAYS = "Selon la Confédération générale du travail, la réforme est nécessaire."
MINISTRY_SAYS = "Selon le ministère du Travail, la réforme est nécessaire."
COUNTS = "Les manifestants étaient 1,2 million selon la préfecture, 3,5 millions selon la CGT."
SOUGHT = "Die Staatsanwaltschaft forderte drei Jahre Haft; das Urteil wird im März erwartet."
DISMISSED = "Das Gericht wies die Klage ab."
GRANTED = "Das Gericht gab der Klage statt."
SPLIT_RULING = "Das Gericht wies die Klage der Stadt ab, gab aber der Klage der Gewerkschaft statt."
PLANNED = "Die Gespräche sollen fortgesetzt werden."

HONEST = {
    "minister-aside-after": ("fr", "La réforme est nécessaire, a déclaré le ministre.", MINISTER),
    "minister-aside-between": ("fr", "La réforme, a déclaré le ministre, est nécessaire.", MINISTER),
    "minister-named": ("fr", "La réforme est nécessaire, a déclaré le ministre du Travail.", MINISTER),
    "ministry-for-minister": ("fr", "La réforme est nécessaire, a déclaré le ministère du Travail.", MINISTER),
    "ministry-selon": ("fr", MINISTRY_SAYS, MINISTER),
    "union-acronym-for-name": ("fr", "Selon la CGT, la réforme est nécessaire.", UNION_SAYS),
    "union-name-for-acronym": ("fr", UNION_SAYS, "Selon la CGT, la réforme est nécessaire."),
    "union-full-name": ("fr", UNION_SAYS, UNION_SAYS),
    "count-selon": ("fr", "Les manifestants étaient 1,2 million selon la préfecture.", COUNTS),
    "count-selon-union": ("fr", "Les manifestants étaient 3,5 millions selon la CGT.", COUNTS),
    "count-counted-by": ("fr", "Les 1,2 million de manifestants comptés par la préfecture ont défilé.", COUNTS),
    "count-counted-by-union": ("fr", "Les 3,5 millions de manifestants comptés par la CGT ont défilé.", COUNTS),
    "term-sought": ("de", "Die Staatsanwaltschaft forderte drei Jahre Haft.", SOUGHT),
    "term-sought-reworded": ("de", "Die Staatsanwaltschaft forderte eine Freiheitsstrafe von drei Jahren.", SOUGHT),
    "term-imposed": ("de", "Er wurde zu drei Jahren Haft verurteilt.", "Er wurde zu drei Jahren Haft verurteilt."),
    "term-imposed-beside-sought": ("de", "Das Gericht verhängte drei Jahre Haft.",
                                   "Die Staatsanwaltschaft forderte vier Jahre, das Gericht verhängte drei Jahre Haft."),
    "term-faced": ("de", "Ihm drohen bis zu drei Jahre Haft.", SOUGHT),
    "dismissed": ("de", DISMISSED, DISMISSED),
    "dismissed-passive": ("de", "Die Klage wurde abgewiesen.", DISMISSED),
    "dismissed-present": ("de", "Das Gericht weist die Klage ab.", DISMISSED),
    "granted-passive": ("de", "Der Klage wurde stattgegeben.", GRANTED),
    "granted-after-aber": ("de", "Das Gericht gab der Klage der Gewerkschaft statt.", SPLIT_RULING),
    "announced-not-granted": ("de", "Das Gericht gab bekannt, dass die Klage abgewiesen wurde.", DISMISSED),
    "other-suit-not-dismissed": ("de", "Die Klage wurde nicht abgewiesen.",
                                 "Die Klage der Gewerkschaft wurde abgewiesen, die der Stadt nicht."),
    "present-passive-for-past": ("de", "Die Gespräche werden fortgesetzt.", "Die Gespräche wurden fortgesetzt."),
    "past-for-present-passive": ("de", "Die Gespräche wurden fortgesetzt.", "Die Gespräche werden fortgesetzt."),
    "planned-kept": ("de", PLANNED, PLANNED),
    "planned-as-present": ("de", "Die Gespräche werden fortgesetzt.", PLANNED),
}


@pytest.mark.parametrize("language, sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_sentence_builds(language: str, sentence: str, passage: str):
    read_as_project_locale(REPO, language)
    assert sentence_findings(sentence, (passage,), language, PARTIES) == []


TO_MINISTER = "this sentence gives the words to {}, but its cited passages give them to le ministre du Travail"

MISSTATED = {
    "union-aside-after": ("fr", "La réforme est nécessaire, a déclaré la CGT.", MINISTER, TO_MINISTER.format("CGT")),
    "union-aside-between": ("fr", "La réforme, a déclaré la CGT, est nécessaire.", MINISTER,
                            TO_MINISTER.format("CGT")),
    "union-selon": ("fr", "Selon la CGT, la réforme est nécessaire.", MINISTER, TO_MINISTER.format("CGT")),
    "union-full-name": ("fr", "La réforme est nécessaire, a déclaré la Confédération générale du travail.", MINISTER,
                        TO_MINISTER.format("Confédération générale du travail")),
    "ministry-for-union": ("fr", MINISTRY_SAYS, UNION_SAYS,
                           "this sentence gives the words to le ministère du Travail, but its cited passages give them "
                           "to Confédération générale du travail"),
    "union-for-ministry": ("fr", UNION_SAYS, MINISTRY_SAYS,
                           "this sentence gives the words to Confédération générale du travail, but its cited passages "
                           "give them to le ministère du Travail"),
    "counted-by-union": ("fr", "Les 1,2 million de manifestants comptés par la CGT ont défilé.", COUNTS,
                         "this sentence gives 1,2 million to 'la CGT', where its cited passages give it to "
                         "'la préfecture'"),
    "counted-by-prefecture": ("fr", "Les 3,5 millions de manifestants comptés par la préfecture ont défilé.", COUNTS,
                              "this sentence gives 3,5 millions to 'la préfecture', where its cited passages give it "
                              "to 'la CGT'"),
    "term-imposed": ("de", "Das Gericht verhängte eine Freiheitsstrafe von drei Jahren.", SOUGHT,
                     "this sentence gives 'drei Jahren' as imposed ('verhängte') where its cited passages give it only "
                     "as sought or possible ('forderte')"),
    "term-sentenced": ("de", "Das Gericht verurteilte ihn zu drei Jahren Haft.", SOUGHT,
                       "this sentence gives 'drei Jahren' as imposed ('verurteilte')"),
    "term-sentenced-verb-last": ("de", "Er wurde zu drei Jahren Haft verurteilt.", SOUGHT,
                                 "this sentence gives 'drei Jahren' as imposed ('verurteilt')"),
    "granted-for-dismissed": ("de", "Der Klage wurde stattgegeben.", DISMISSED,
                              "this sentence says 'stattgegeben' where its cited passages say 'wies ... ab' "
                              "('Das Gericht wies die Klage ab')"),
    "dismissed-for-granted": ("de", "Die Klage wurde abgewiesen.", GRANTED,
                              "this sentence says 'abgewiesen' where its cited passages say 'gab ... statt' "
                              "('Das Gericht gab der Klage statt')"),
    "planned-as-done": ("de", "Die Gespräche wurden fortgesetzt.", PLANNED,
                        "this sentence tells as done ('fortgesetzt') what its cited passages give only as possible "
                        "('sollen fortgesetzt')"),
    "future-passive-as-done": ("de", "Die Gespräche wurden fortgesetzt.", "Die Gespräche werden fortgesetzt werden.",
                               "this sentence tells as done ('fortgesetzt') what its cited passages give only as to "
                               "come ('werden fortgesetzt')"),
    "planned-as-perfect": ("de", "Die Gespräche sind fortgesetzt worden.",
                           "Die Gespräche sollen am Montag fortgesetzt werden.",
                           "this sentence tells as done ('fortgesetzt')"),
}

KEPT = {
    "count-selon-other": ("fr", "Les manifestants étaient 1,2 million selon la CGT.", COUNTS,
                          "this sentence gives 1,2 million to 'la CGT', where its cited passages give it to "
                          "'la préfecture'"),
    "granted-for-dismissed-active": ("de", GRANTED, DISMISSED, "this sentence drops the negation of its cited passage"),
}


@pytest.mark.parametrize("language, sentence, passage, message", [*MISSTATED.values(), *KEPT.values()],
                         ids=[*MISSTATED, *KEPT])
def test_a_misstatement_is_refused(language: str, sentence: str, passage: str, message: str):
    read_as_project_locale(REPO, language)
    found = sentence_findings(sentence, (passage,), language, PARTIES)
    assert any(finding.startswith(message) for finding in found), found
