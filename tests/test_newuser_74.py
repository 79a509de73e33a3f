"""Honest sentences a new user writes that the build refused, and their misstatements, still refused.

1. "Revenue rose 6% in 2025." citing "Revenue was $5.1 billion in 2025, compared with $4.8 billion in 2024.": a
   change's two ends set side by side ("compared with", "against", "versus"), each dated (compared_ends.py).
2. "Coverage has dropped six points in a decade." citing "Coverage was 93% in 2015." and "Coverage is now 87%.": two
   levels of one measure, each dated on its own (levels_apart.py).
3. German "wies die Klage ab" read as "abgewiesen" (german_split_verbs.py, polarity.py's separable rejections).
4. French "comptés par la CGT" gives the count to its counter, as "selon la CGT" does (counted_by.py).
5. French "Pour la CFDT, ..." gives the words to the CFDT, as "Selon la CFDT, ..." does; a party's quoted words
   restated as fact are its word told as fact (speakers.py, party_word.py).

Each sentence is checked in-process against its cited passages, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import REPO, read_as_project_locale, sentence_findings

PARTIES = (Party(id="cgt", name="CGT", short_name="CGT", role="union"),
           Party(id="cfdt", name="CFDT", short_name="CFDT", role="union"))

REVENUE = "Revenue was $5.1 billion in 2025, compared with $4.8 billion in 2024."
COVERAGE = ("Coverage was 93% in 2015.", "Coverage is now 87%.")
FLEET = ("The fleet was 40 ships in 2015.", "The fleet now stands at 28 ships.")
PROTESTERS = "Les manifestants étaient 3,5 millions selon la CGT."
CFDT_QUOTED = "Pour la CFDT, « il n'y a pas d'urgence financière »."

HONEST = {
    "compared-share": ("en", "Revenue rose 6% in 2025.", (REVENUE,)),
    "compared-difference": ("en", "Revenue rose by $300 million in 2025.", (REVENUE,)),
    "compared-earlier-first": ("en", "Revenue rose 6% in 2025.",
                               ("Revenue was $4.8 billion in 2024, compared with $5.1 billion in 2025.",)),
    "versus": ("en", "Revenue rose 6% in 2025.", ("Revenue was $5.1 billion in 2025, versus $4.8 billion in 2024.",)),
    "against": ("en", "Sales grew 25% last year.", ("Sales were 500 units in 2025 against 400 units in 2024.",)),
    "compared-fall": ("en", "Revenue fell 6% in 2025.",
                      ("Revenue was $4.8 billion in 2025, compared with $5.1 billion in 2024.",)),
    "compared-same-words": ("en", REVENUE, (REVENUE,)),
    "apart-points": ("en", "Coverage has dropped six points in a decade.", COVERAGE),
    "apart-percentage-points": ("en", "Coverage has dropped six percentage points since 2015.", COVERAGE),
    "apart-one-passage": ("en", "Coverage has fallen by 6 points.", (" ".join(COVERAGE),)),
    "apart-units": ("en", "The fleet has shrunk by 12 ships since 2015.", FLEET),
    "apart-levels-kept": ("en", "Coverage was 93% in 2015 and is now 87%.", COVERAGE),
    "german-split-verb": ("de", "Das Gericht hat die Klage abgewiesen.", ("Das Landgericht wies die Klage ab.",)),
    "german-split-verb-same": ("de", "Das Landgericht wies die Klage ab.", ("Das Landgericht wies die Klage ab.",)),
    "german-split-admitted": ("de", "Das Gericht hat die Klage zugelassen.", ("Das Gericht ließ die Klage zu.",)),
    "counted-by": ("fr", "Les 3,5 millions de manifestants comptés par la CGT ont défilé.", (PROTESTERS,)),
    "recensés-par": ("fr", "Les 3,5 millions de manifestants recensés par la CGT ont défilé.",
                     ("Selon la CGT, 3,5 millions de personnes ont manifesté.",)),
    "counted-by-english": ("en", "The 3.5 million protesters counted by the union marched.",
                           ("The protesters numbered 3.5 million, according to the union.",)),
    "selon-kept": ("fr", PROTESTERS, (PROTESTERS,)),
    "pour-quoted": ("fr", "Pour la CFDT, il n'y a pas d'urgence financière.", (CFDT_QUOTED,)),
    "pour-unquoted": ("fr", "Pour la CFDT, il n'y a pas d'urgence financière.",
                      ("Pour la CFDT, il n'y a pas d'urgence financière.",)),
    "selon-for-pour": ("fr", "Selon la CFDT, il n'y a pas d'urgence financière.", (CFDT_QUOTED,)),
    "quote-told-of": ("fr", "La CFDT s'est exprimée sur l'urgence financière.", (CFDT_QUOTED,)),
    "pour-relative-clause": ("fr", "La CFDT a déposé un recours le 20 janvier 2026.",
                             ("Pour la CFDT, qui a déposé un recours le 20 janvier 2026, la décision est « une "
                              "victoire ».",)),
    "german-date-aside": ("de", "Das Arbeitsgericht Hamburg weist den Antrag auf eine einstweilige Verfügung ab.",
                          ("Das Arbeitsgericht Hamburg hat den Antrag auf eine einstweilige Verfügung gegen den "
                           "Streik am Mittwoch, 11. März 2026, abgewiesen.",)),
    "pour-not-a-giver": ("fr", "Pour la première fois, la CFDT manifeste seule.",
                         ("Pour la première fois, la CFDT manifeste seule.",)),
}


@pytest.mark.parametrize("language, sentence, passages", HONEST.values(), ids=HONEST.keys())
def test_an_honest_sentence_builds(language: str, sentence: str, passages: tuple[str, ...]):
    if language != "en":
        read_as_project_locale(REPO, language)
    assert sentence_findings(sentence, passages, language, PARTIES) == []


MISSTATED = {
    "compared-wrong-way": ("en", "Revenue fell 6% in 2025.", (REVENUE,), 'figure "6%" is not in the passages'),
    "compared-wrong-share": ("en", "Revenue rose 7% in 2025.", (REVENUE,), 'figure "7%" is not in the passages'),
    "compared-wrong-difference": ("en", "Revenue rose by $400 million in 2025.", (REVENUE,),
                                  'figure "$400 million" is not in the passages'),
    "compared-one-year": ("en", "Revenue rose 6% in 2025.",
                          ("Revenue was $5.1 billion in 2025, compared with $4.8 billion in 2025 at its rival.",),
                          'figure "6%" is not in the passages'),
    "apart-wrong-way": ("en", "Coverage has risen six points in a decade.", COVERAGE,
                        'figure "six" is not in the passages'),
    "apart-wrong-size": ("en", "Coverage has dropped seven points in a decade.", COVERAGE,
                         'figure "seven" is not in the passages'),
    "apart-two-measures": ("en", "Coverage has dropped six points in a decade.",
                           ("Vaccination was 93% in 2015.", "Coverage is now 87%."),
                           'figure "six" is not in the passages'),
    "apart-same-year": ("en", "Coverage has dropped six points in a decade.",
                        ("Coverage was 93% in 2015.", "Coverage was 87% in 2015."),
                        'figure "six" is not in the passages'),
    "apart-reversed": ("en", "Coverage has dropped six points in a decade.",
                       ("Coverage was 87% in 2015.", "Coverage is now 93%."), 'figure "six" is not in the passages'),
    "apart-grown": ("en", "The fleet has grown by 12 ships since 2015.", FLEET, 'figure "12" is not in the passages'),
    "german-negation-added": ("de", "Das Landgericht hat die Klage nicht abgewiesen.",
                              ("Das Landgericht wies die Klage ab.",), "this sentence drops the negation"),
    "german-negation-dropped": ("de", "Das Landgericht hat die Klage abgewiesen.",
                                ("Das Landgericht wies die Klage nicht ab.",), "this sentence adds a negation"),
    "german-admitted-denied": ("de", "Das Gericht hat die Klage nicht zugelassen.",
                               ("Das Gericht ließ die Klage zu.",),
                               "this sentence adds a negation"),
    "counted-by-another": ("en", "The 3.5 million protesters counted by the police marched.",
                           ("The protesters numbered 3.5 million, according to the union.",),
                           "this sentence gives its figure to 'police', where its cited passages give it to 'union'"),
    "comptés-par-another": ("fr", "Les 3,5 millions de manifestants comptés par la préfecture ont défilé.",
                            ("Les manifestants étaient 3,5 millions selon le syndicat.",),
                            "this sentence gives its figure to 'préfecture', where its cited passages give it to "
                            "'syndicat'"),
    "count-as-fact": ("fr", "Les 3,5 millions de manifestants ont défilé.", (PROTESTERS,),
                      "this sentence states as fact what its cited passages give only as the word of CGT"),
    "quoted-as-fact": ("fr", "Il n'y a pas d'urgence financière.", (CFDT_QUOTED,),
                       "this sentence states as fact what its cited passages give only as the word of CFDT"),
    "pour-as-fact": ("fr", "Il n'y a pas d'urgence financière.",
                     ("Pour la CFDT, il n'y a pas d'urgence financière.",),
                     "this sentence states as fact what its cited passages give only as the word of CFDT"),
    "quoted-as-fact-english": ("en", "There is no financial emergency.",
                               ('According to the CFDT, "there is no financial emergency."',),
                               "this sentence states as fact what its cited passages give only as the word of the "
                               "CFDT"),
}


@pytest.mark.parametrize("language, sentence, passages, message", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(language: str, sentence: str, passages: tuple[str, ...], message: str):
    if language != "en":
        read_as_project_locale(REPO, language)
    found = sentence_findings(sentence, passages, language, PARTIES)
    assert any(finding.startswith(message) for finding in found), found
