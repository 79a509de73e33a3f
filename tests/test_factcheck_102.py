"""A hundred-and-second fact-check: whose figure, whose word, which way round (leftovers of newuser68's fishing
briefing, tests/fixtures/newuser_68).

Misstatements that built, now refused:
- "Ardania's herring quota is cut by 4,500 tonnes" citing "Veskland's share ... falls to 25,500 tonnes from 30,000
  tonnes, and Ardania's to 18,700 tonnes from 22,000 tonnes": another side's change (change_owners.py);
- "Ardania may land 8,000 tonnes more cod than Veskland" where Veskland's is the larger by 8,000: a difference the
  wrong way round (difference_sides.py);
- "Ardania says the agreement guarantees at least 200 licences" where Veskland says it, and "Dalsgaard said the
  boarding was an unlawful act" where the ministry said it: a party's or a body's words given to another speaker of
  the passage (side_speakers.py, read by speaker_turns.py);
- "The scientific committee advised a 15% cut" citing "The scientific committee advised a 20% cut; ministers agreed
  15%": a figure moved to another actor (figure_actors.py);
- "The owners will appeal" citing "The owners said they would appeal": a stated intention told as certain
  (stated_intentions.py).
Honest sentences that were refused, now built:
- "since January" citing "since the start of the year" (year_ends.py);
- "The commission cut this year's herring catch by 15%" citing "the Northern Waters Commission confirmed a 15 per cent
  cut": a deciding body's own act announced is no side's word (own_acts.py).

Each sentence is checked in-process against its cited passages, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="veskland", name="Government of Veskland", short_name="Veskland", role="side",
                 aliases=("Vesby",)),
           Party(id="ardania", name="Government of Ardania", short_name="Ardania", role="side"),
           Party(id="association", name="Veskland Fishermen's Association", short_name="the association",
                 role="fishermen"),
           Party(id="commission", name="Northern Waters Commission", short_name="the commission", role="regulator"))

SHARES = ("Under the commission's formula, Veskland's share of the herring catch falls to 25,500 tonnes from 30,000 "
          "tonnes, and Ardania's to 18,700 tonnes from 22,000 tonnes.")
LANDINGS = ("Veskland's herring landings dropped from 41,000 tonnes in 2019 to 29,000 tonnes in 2025, according to the "
            "commission's figures, while Ardania's fell from 26,000 tonnes to 21,500 tonnes over the same period.")
COD = ("The two countries share the sea's cod under a separate arrangement: Veskland may land 38,000 tonnes of cod this "
       "year and Ardania 30,000 tonnes, figures that were not changed by Thursday's decision.")
BUDGETS = "Northland spends $4.2 billion a year on defence, while Southland spends $3.1 billion."
LICENCES = ("Ardanian officials say the reduction reflects the commission's advice on herring stocks. Veskland says it "
            'breaches the 2019 agreement, which it says guarantees Veskland vessels "no fewer than 200 licences a '
            'year". Ardania says the agreement sets no minimum number of licences, and that the figure of 200 was a '
            "target for the first five years of the agreement, which ended in 2024.")
MINISTRY = ("Veskland's fisheries ministry disputed that account. The ministry said the boarding was \"an unlawful act "
            "of intimidation\" and summoned Ardania's ambassador. Veskland's fisheries minister, Henrik Dalsgaard, told "
            "reporters in the capital, Vesby, that his government would not accept \"the seizure of Veskland vessels in "
            "Veskland's own fishing grounds\".")
ADVICE = "The scientific committee advised a 20% cut; ministers agreed 15%."
ADVICE_68 = ("The committee had advised a cut of 20 per cent; the commission's members agreed on 15 per cent after "
             "Veskland argued for a smaller cut.")
APPEAL = "The Marta Lind's owners said on Thursday they would appeal against the captain's fine."
SUE = "The union told reporters it would sue the ministry over the cuts."
SEVEN = ("Veskland's fisheries ministry said on Wednesday that Ardania had seized seven Veskland vessels since the start "
         "of the year, including the Marta Lind.")
CUT = ("A dispute between Veskland and Ardania deepened on Thursday after the Northern Waters Commission confirmed a 15 "
       "per cent cut in this year's herring catch.")


def found(sentence: str, passages: tuple[str, ...], published: str = "") -> list[str]:
    """Return the findings of a sentence citing `passages`, in English, of the fishing briefing's parties."""
    return sentence_findings(sentence, passages, "en", PARTIES, published=published)


MISSTATED = {
    # 1. a change's size given to the side whose change it is not
    "others-cut": ("Ardania's herring quota is cut by 4,500 tonnes.", (SHARES,), 'figure "4,500" is not in the passages'),
    "others-cut-second-clause": ("Veskland's herring quota is cut by 3,300 tonnes.", (SHARES,),
                                 'figure "3,300" is not in the passages'),
    "others-fall-years": ("Ardania's herring landings fell by 12,000 tonnes between 2019 and 2025.", (LANDINGS,),
                          'figure "12,000" is not in the passages'),
    "others-fall-second": ("Veskland's herring landings fell by 4,500 tonnes.", (LANDINGS,),
                           'figure "4,500" is not in the passages'),
    "cuts-swapped": ("Veskland's quota falls by 3,300 tonnes and Ardania's by 4,500 tonnes.", (SHARES,),
                     'figure "3,300" is not in the passages'),
    # 2. a difference told the wrong way round
    "more-the-wrong-way": ("Ardania may land 8,000 tonnes more cod than Veskland.", (COD,),
                           "this sentence gives Ardania 8,000 more than Veskland, but its cited passages give Ardania "
                           "30,000 and Veskland 38,000"),
    "fewer-the-wrong-way": ("Veskland may land 8,000 tonnes fewer cod than Ardania.", (COD,),
                            "this sentence gives Veskland 8,000 fewer than Ardania"),
    "money-more-the-wrong-way": ("Southland spends $1.1 billion more on defence than Northland.", (BUDGETS,),
                                 "this sentence gives Southland $1.1 billion more than Northland"),
    "less-the-wrong-way": ("Northland spends $1.1 billion less than Southland on defence.", (BUDGETS,),
                           "this sentence gives Northland $1.1 billion less than Southland"),
    # 3. one party's words given to the other
    "veskland-word-to-ardania": ("Ardania says the agreement guarantees at least 200 licences.", (LICENCES,),
                                 "this sentence gives the words to Ardania, but its cited passage gives them to "
                                 "Veskland"),
    "ardania-word-to-veskland": ("Veskland says the agreement sets no minimum number of licences.", (LICENCES,),
                                 "this sentence gives the words to Veskland, but its cited passage"),
    # 4. a body's words given to a person the passage quotes on other words
    "ministry-word-to-minister": ("Dalsgaard said the boarding was an unlawful act.", (MINISTRY,),
                                  "this sentence gives the words to Dalsgaard, but its cited passage"),
    "minister-word-to-ministry": ("The ministry said it would not accept the seizure of Veskland vessels in its own "
                                  "fishing grounds.", (MINISTRY,),
                                  "this sentence gives the words to the ministry, but its cited passage gives them to "
                                  "Veskland's fisheries minister Henrik Dalsgaard"),
    # 5. a figure moved to another actor
    "advice-given-the-agreed-figure": ("The scientific committee advised a 15% cut.", (ADVICE,),
                                       "this sentence gives 15% to the actor of 'The scientific committee advised a "
                                       "20%', but its cited passage gives it to 'ministers agreed 15%'"),
    "agreed-given-the-advice": ("Ministers agreed a 20% cut.", (ADVICE,),
                                "this sentence gives 20% to the actor of 'ministers agreed 15%'"),
    "committee-of-68": ("The committee had advised a cut of 15 per cent.", (ADVICE_68,),
                        "this sentence gives 15 per cent to the actor of 'The committee had advised a cut of 20 per "
                        "cent'"),
    # 6. a stated intention told as certain
    "will-appeal": ("The owners will appeal.", (APPEAL,),
                    "this sentence tells as certain what its cited passages give only as a stated intention ('said on "
                    "Thursday they would appeal')"),
    "will-appeal-the-fine": ("The Marta Lind's owners will appeal against the captain's fine.", (APPEAL,),
                             "tells as certain what its cited passages give only as a stated intention"),
    "going-to-sue": ("The union is going to sue the ministry over the cuts.", (SUE,),
                     "('told reporters it would sue')"),
}


@pytest.mark.parametrize("sentence, passages, message", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, passages: tuple[str, ...], message: str):
    findings = found(sentence, passages)
    assert any(message in finding for finding in findings), findings


HONEST = {
    # 1. each side's own change, or none named
    "own-cut-second": ("Ardania's herring quota is cut by 3,300 tonnes.", (SHARES,)),
    "own-cut-first": ("Veskland's herring quota shrinks by 4,500 tonnes, to 25,500 tonnes.", (SHARES,)),
    "own-fall-years": ("Veskland's herring landings fell by 12,000 tonnes between 2019 and 2025.", (LANDINGS,)),
    "own-fall-second": ("Ardania's herring landings fell by 4,500 tonnes.", (LANDINGS,)),
    "no-side-named": ("Herring landings fell by 12,000 tonnes between 2019 and 2025.", (LANDINGS,)),
    "each-its-own-cut": ("Veskland's quota falls by 4,500 tonnes and Ardania's by 3,300 tonnes.", (SHARES,)),
    # 2. a difference the right way round
    "more-the-right-way": ("Veskland may land 8,000 tonnes more cod than Ardania.", (COD,)),
    "fewer-the-right-way": ("Ardania may land 8,000 tonnes fewer cod than Veskland.", (COD,)),
    "money-more-the-right-way": ("Northland spends $1.1 billion more on defence than Southland.", (BUDGETS,)),
    "less-the-right-way": ("Southland spends $1.1 billion less than Northland on defence.", (BUDGETS,)),
    # 3, 4. each speaker's own words
    "veskland-own-word": ("Veskland says the agreement guarantees at least 200 licences.", (LICENCES,)),
    "ardania-own-word": ("Ardania says the agreement sets no minimum number of licences.", (LICENCES,)),
    "ministry-own-word": ("The ministry said the boarding was an unlawful act.", (MINISTRY,)),
    "veskland-ministry-own-word": ("Veskland's fisheries ministry called the boarding an unlawful act of intimidation.",
                                   (MINISTRY,)),
    "answered-by-it": ("The army denied that the strike hit a school.",
                       ("The ministry admitted that the strike hit a school, while the army denied it.",)),
    "minister-own-word": ("Dalsgaard said his government would not accept the seizure of Veskland vessels in "
                          "Veskland's own fishing grounds.", (MINISTRY,)),
    # 5. each figure with its actor
    "advice-kept": ("The scientific committee advised a 20% cut.", (ADVICE,)),
    "agreed-kept": ("Ministers agreed a 15% cut, less than the 20% the committee advised.", (ADVICE,)),
    "same-words-advice": (ADVICE, (ADVICE,)),
    "members-agreed-of-68": ("The commission's members agreed on a 15% cut.", (ADVICE_68,)),
    # 6. an intention kept as one
    "said-would-appeal": ("The owners said they would appeal.", (APPEAL,)),
    "say-they-will-appeal": ("The owners say they will appeal against the captain's fine.", (APPEAL,)),
    "plan-to-appeal": ("The Marta Lind's owners plan to appeal against the captain's fine, they said.", (APPEAL,)),
    "will-appeal-told-as-certain": ("The owners will appeal.", ("The owners will appeal against the fine on Monday.",)),
    # 7. the year's start as its January
    "since-january": ("Ardania has seized seven Veskland vessels since January, Veskland's ministry says.", (SEVEN,)),
    "since-january-dated": ("Ardania has seized seven Veskland vessels since January, Veskland's ministry says.",
                            (SEVEN,), "2026-03-12"),
    "since-the-start-kept": ("Ardania has seized seven Veskland vessels since the start of the year, Veskland's "
                             "ministry says.", (SEVEN,)),
    "by-december": ("The ministry expects the talks to end by December, it said.",
                    ("The ministry said it expected the talks to end by the end of the year.",)),
    # 8. a deciding body's own act
    "commission-cut": ("The commission cut this year's herring catch by 15%.", (CUT,)),
    "commission-confirmed": ("The commission confirmed a 15% cut in this year's herring catch.", (CUT,)),
}


@pytest.mark.parametrize("sentence, passages, published",
                         [(case + ("",))[:3] for case in HONEST.values()], ids=HONEST.keys())
def test_an_honest_wording_builds(sentence: str, passages: tuple[str, ...], published: str):
    assert found(sentence, passages, published) == []


IN_LANGUAGES = {
    "depuis-janvier": ("Le ministère affirme qu'Ardania a saisi sept navires depuis janvier.",
                       "Le ministère a indiqué qu'Ardania avait saisi sept navires depuis le début de l'année.", "fr", ""),
    "desde-enero": ("El ministerio afirma que Ardania ha incautado siete barcos desde enero.",
                    "El ministerio dijo que Ardania había incautado siete barcos desde principios de año.", "es", ""),
    "depuis-mars": ("Le ministère affirme qu'Ardania a saisi sept navires depuis mars.",
                    "Le ministère a indiqué qu'Ardania avait saisi sept navires depuis le début de l'année.", "fr",
                    'month "mars" is not in the passages it cites'),
}


@pytest.mark.parametrize("sentence, passage, language, message", IN_LANGUAGES.values(), ids=IN_LANGUAGES.keys())
def test_the_years_start_in_french_and_spanish(sentence: str, passage: str, language: str, message: str):
    findings = sentence_findings(sentence, (passage,), language, PARTIES)
    assert (any(message in finding for finding in findings) if message else findings == []), findings


REFUSED_STILL = {
    # a month the year's start is not
    "since-march": ("Ardania has seized seven Veskland vessels since March, Veskland's ministry says.", (SEVEN,),
                    'month "March" is not in the passages it cites'),
    # a January of another year than the passage's is a date the passage does not give
    "january-of-another-year": ("Ardania has seized seven Veskland vessels since January 2025, Veskland's ministry "
                                "says.", (SEVEN,), 'date "January 2025" is not in the passages'),
    # the start of a financial year names no month
    "financial-year": ("Ardania has seized seven Veskland vessels since January, Veskland's ministry says.",
                       ("Veskland's fisheries ministry said Ardania had seized seven Veskland vessels since the start "
                        "of the financial year.",), 'month "January" is not in the passages it cites'),
    # a side's own word that it confirmed something is still its word
    "confirmed-that": ("Ardania seized four Veskland vessels this year.",
                       ("Ardania's coastguard confirmed that it had seized four Veskland vessels this year.",),
                       "this sentence states as fact what its cited passages give only as the word of"),
}


@pytest.mark.parametrize("sentence, passages, message", REFUSED_STILL.values(), ids=REFUSED_STILL.keys())
def test_what_the_new_readings_leave_is_still_refused(sentence: str, passages: tuple[str, ...], message: str):
    findings = found(sentence, passages)
    assert any(message in finding for finding in findings), findings
