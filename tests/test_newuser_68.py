"""What a new user met writing a whole English briefing on a fishing-rights dispute over a shared sea, from a wire
report of ~1,700 words (tests/fixtures/newuser_68/seeds/wire_report.txt: two governments, a fishermen's association
and a catch commission; quotas in tonnes, a 15% cut, licences, fines in euros, nautical miles, a trawler boarded, a
count of vessels seized that the report corrects).

Honest sentences the build refused, now built:
- "for three years in a row" citing "for the third year running" (a rank read as no count): implied_counts.py;
- "the two governments" citing "both governments", "the two cuts" citing "the licence cut and the herring cut", in a
  briefing of more than two sides: implied_counts.py;
- a change's size of ends change_sizes.py did not read: "fell by 12,000 tonnes" of "from 41,000 tonnes in 2019 to
  29,000 tonnes in 2025", "Ardania's quota is cut by 3,300 tonnes" of "..., and Ardania's to 18,700 tonnes from 22,000
  tonnes", "cut the licences by 60, from 240 to 180" of "issued 240 ... last year; for 2026 it has issued 180":
  change_ends_told.py;
- "The commission, founded in 1998," citing "was set up in 1998" (inserted_clauses.py);
- "after Veskland pressed for a smaller cut" citing "after Veskland argued for a smaller cut" ("argued for" is
  advocacy, no word passed on: attribution.py);
- "The commission will discuss Veskland's request on 24 March, its spokeswoman said" citing "would discuss ..., but
  that it could only offer its good offices" (the "could" of the clause set against it: forecasts.py);
- "Fishing makes up less than 2% of either country's output" citing "..., but the industry employs about 9,000 people,
  according to Veskland's statistics office, and ..." ("according to X" set off mid-sentence covers its clause), and
  "landings fell ..., the commission's figures show" (a regulator's figures are no side's word): party_word.py;
- "The coastguard says it seized four Veskland vessels, not seven as Veskland says" (another's figure set against the
  clause's is no negation: polarity.py).
A message read "the word of the Ardanian coastguard.: ..." (the source sentence's full stop kept): party_word.py.

Misstatements that built, now refused: a count given to the wrong speaker where the cited passages quote both
(speaker_figures.py); "a 15% rise" citing "a 15 per cent cut" (direction.py); "banned" citing "reduced the number of
licences" (unbacked_deeds.py); "at least 50,000 euros" citing "can reach 50,000 euros" (qualifiers.py); "unlawful"
citing "lawfully" (prefixed_opposites.py).

Each sentence is checked in-process against its cited passages, as `check` does; the briefing is built once.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_68"
PARTIES = (Party(id="veskland", name="Government of Veskland", short_name="Veskland", role="side",
                 aliases=("Vesby",)),
           Party(id="ardania", name="Government of Ardania", short_name="Ardania", role="side"),
           Party(id="association", name="Veskland Fishermen's Association", short_name="the association",
                 role="fishermen"),
           Party(id="commission", name="Northern Waters Commission", short_name="the commission", role="regulator"))

STOCK = ("It said the cut was needed because the spawning stock had fallen below the level its scientists consider "
         "safe for the third year running.")
CONSECUTIVE = "The stock has fallen below the safe level for the third consecutive year."
SIGNED = "In 2017 a similar row lasted eight months and ended only when both governments signed the 2019 agreement."
COST = ("The Veskland Fishermen's Association said the licence cut and the herring cut together would cost its members "
        "about 40 million euros this year.")
SHARES = ("Under the commission's formula, Veskland's share of the herring catch falls to 25,500 tonnes from 30,000 "
          "tonnes, and Ardania's to 18,700 tonnes from 22,000 tonnes.")
LANDINGS = ("Veskland's herring landings dropped from 41,000 tonnes in 2019 to 29,000 tonnes in 2025, according to the "
            "commission's figures, while Ardania's fell from 26,000 tonnes to 21,500 tonnes over the same period.")
LICENCES = ("Ardania issued 240 such licences last year; for 2026 it has issued 180, according to figures published by "
            "its ministry for the sea.")
FOUNDED = ("The Northern Waters Commission was set up in 1998 by the countries bordering the Halvard Sea. It sets "
           "yearly catch limits for herring, mackerel and sprat, but it has no power to enforce them.")
ADVICE = ("The committee had advised a cut of 20 per cent; the commission's members agreed on 15 per cent after "
          "Veskland argued for a smaller cut.")
ARGUED_THAT = "Veskland argued that the fishing grounds were excluded from Ardania's waters when the deal was signed."
DISCUSS = ("She said the commission would discuss Veskland's request at its next meeting, on 24 March, but that it "
           'could only "offer its good offices" to the two governments.')
ECONOMY = ("Fishing accounts for less than 2 per cent of either country's economic output, but the industry employs "
           "about 9,000 people in Veskland's northern provinces, according to Veskland's statistics office, and fishing "
           "towns on both coasts have long been politically influential.")
SEVEN = ("Veskland's fisheries ministry said on Wednesday that Ardania had seized seven Veskland vessels since the start "
         "of the year, including the Marta Lind.")
FOUR = ("The Ardanian coastguard said on Thursday that it had seized four Veskland vessels in that period, and that the "
        "other three vessels named by Veskland had been inspected at sea and released.")
BOARDING = ("The boarding took place early on Tuesday, 10 March, about nine nautical miles off the Ardanian island of "
            "Skarvø, according to a statement from the Ardanian coastguard.")
CUT = ("A dispute between Veskland and Ardania deepened on Thursday after the Northern Waters Commission confirmed a 15 "
       "per cent cut in this year's herring catch.")
REDUCED = ("The dispute has been building since January, when Ardania reduced the number of licences it grants to "
           "Veskland vessels to fish in its waters.")
PROHIBITED = "Ardania has prohibited unlicensed vessels from fishing in its territorial waters."
FINES = ("Fines under Ardanian law for fishing without a licence in its territorial waters can reach 50,000 euros per "
         "offence.")
LAWFULLY = "Ardania's minister for the sea, Elin Rosvik, said the boarding had been carried out lawfully."
UNLAWFUL = 'The ministry said the boarding was "an unlawful act of intimidation" and that it was unlawful.'

HONEST = {
    # a run's length of the rank of its last period
    "three-years-in-a-row": ("The commission says the stock has been below a safe level for three years in a row.",
                             (STOCK,)),
    "three-consecutive-years": ("The stock has been below the safe level for three consecutive years.", (CONSECUTIVE,)),
    "same-rank": ("The stock has been below a safe level for the third year running, the commission said.", (STOCK,)),
    # a pair said "both", or named together
    "the-two-governments": ("The two governments signed the agreement in 2019.", (SIGNED,)),
    "the-two-cuts": ("The association says the two cuts will cost its members about €40 million this year.", (COST,)),
    # a change's size of its ends
    "second-clause-cut": ("Ardania's herring quota is cut by 3,300 tonnes.", (SHARES,)),
    "first-clause-cut": ("Veskland's herring quota shrinks by 4,500 tonnes, to 25,500 tonnes.", (SHARES,)),
    "year-between-ends": ("Veskland's herring landings fell by 12,000 tonnes between 2019 and 2025.", (LANDINGS,)),
    "own-ends": ("Ardania cut the licences it grants to Veskland vessels by 60, from 240 to 180.", (LICENCES,)),
    # a deed of the same kind
    "founded-of-set-up": ("The commission, founded in 1998, sets yearly limits for herring but cannot enforce them.",
                          (FOUNDED,)),
    "established-of-set-up": ("The commission, established in 1998, sets yearly limits for herring.", (FOUNDED,)),
    "pressed-for": ("The committee had advised a 20% cut; the members settled on 15% after Veskland pressed for a "
                    "smaller cut.", (ADVICE,)),
    # a forecast of its own clause, said whose
    "will-discuss-said": ("The commission will discuss Veskland's request on 24 March, its spokeswoman said.",
                          (DISCUSS,)),
    "would-discuss-kept": ("Lindqvist said the commission would discuss Veskland's request on 24 March.", (DISCUSS,)),
    # whose word, clause by clause
    "according-to-its-clause": ("Fishing makes up less than 2% of either country's economic output.", (ECONOMY,)),
    "regulators-figures": ("Veskland's herring landings fell from 41,000 tonnes in 2019 to 29,000 tonnes in 2025.",
                           (LANDINGS,)),
    # each count to its speaker
    "not-anothers-figure": ("The Ardanian coastguard says it seized four Veskland vessels this year, not seven as "
                            "Veskland says.", (SEVEN, FOUR)),
    "each-its-own": ("Veskland says Ardania seized seven of its vessels; the coastguard says it seized four.",
                     (SEVEN, FOUR)),
    "gapped-speaker": ("Veskland puts the count at seven, and Ardania at four.", (SEVEN, FOUR)),
    # the source's own words and directions
    "a-15-cut": ("The commission confirmed a 15% cut in this year's herring catch.", (CUT,)),
    "banned-of-prohibited": ("Ardania has banned unlicensed vessels from fishing in its territorial waters.",
                             (PROHIBITED,)),
    "restricted-of-reduced": ("Ardania restricted Veskland vessels' access to its waters in January.", (REDUCED,)),
    "up-to-of-can-reach": ("Fines for unlicensed fishing in Ardania's waters can be up to €50,000 per offence.",
                           (FINES,)),
    "can-reach-kept": ("Fines for unlicensed fishing in Ardania's territorial waters can reach €50,000 per offence.",
                       (FINES,)),
    "lawful-kept": ("Rosvik said the boarding was lawful.", (LAWFULLY,)),
    "unlawful-kept": ("Veskland's ministry called the boarding unlawful.", (UNLAWFUL,)),
    "not-unlawful": ("Rosvik said the boarding was not unlawful.", (LAWFULLY,)),
    "coastguards-word-said": ("The Marta Lind was boarded on 10 March, roughly nine nautical miles off Skarvø, the "
                              "coastguard said.", (BOARDING,)),
}

MISSTATED = {
    "four-years-in-a-row": ("The stock has been below a safe level for four years in a row.", (STOCK,),
                            'figure "four" is not in the passages'),
    "the-three-governments": ("The three governments signed the agreement in 2019.", (SIGNED,),
                              'figure "three" is not in the passages'),
    "bare-two-counts": ("Two governments signed the agreement in 2019.", (SIGNED,), 'figure "Two" is not in the passages'),
    "the-two-quotas": ("The association says the two quotas will cost its members about €40 million.", (COST,),
                       'figure "two" is not in the passages'),
    "wrong-difference": ("Ardania's herring quota is cut by 4,000 tonnes.", (SHARES,),
                         'figure "4,000" is not in the passages'),
    "fall-told-as-rise": ("Veskland's herring landings rose by 12,000 tonnes between 2019 and 2025.", (LANDINGS,),
                          'figure "12,000" is not in the passages'),
    "own-ends-not-given": ("Ardania cut the licences by 80, from 240 to 160.", (LICENCES,),
                           'figure "160" is not in the passages'),
    "abolished": ("The commission, abolished in 1998, sets yearly limits for herring.", (FOUNDED,),
                  "this sentence inserts a clause telling a deed ('abolished in 1998')"),
    "argued-that-as-fact": ("The fishing grounds were excluded from Ardania's waters when the deal was signed.",
                            (ARGUED_THAT,), "the source gives this as someone's word ('argued')"),
    "will-rule": ("The commission will rule on the boarding on 24 March.", (DISCUSS,),
                  "the source gives this only as expected ('could')"),
    "statistics-office-as-fact": ("The industry employs about 9,000 people in Veskland's northern provinces.",
                                  (ECONOMY,), "this sentence states as fact what its cited passages give only as the "
                                              "word of Veskland's statistics office: "),
    "stop-left-out-of-speaker": ("Ardania's coastguard boarded the Marta Lind on 10 March, nine nautical miles off "
                                 "Skarvø.", (BOARDING,), "give only as the word of the Ardanian coastguard: "),
    "seven-to-the-coastguard": ("The Ardanian coastguard said it had seized seven Veskland vessels this year.",
                                (SEVEN, FOUR), 'this sentence gives "seven" to The Ardanian coastguard, but its cited '
                                               "passages give it to Veskland's fisheries ministry"),
    "four-to-veskland": ("Veskland said Ardania had seized four Veskland vessels.", (SEVEN, FOUR),
                         'this sentence gives "four" to Veskland, but its cited passages give it to The Ardanian '
                         "coastguard"),
    "both-in-one-quote": ("Ardania said it had seized seven Veskland vessels this year.", (SEVEN + " " + FOUR,),
                          'this sentence gives "seven" to Ardania'),
    "figures-swapped": ("The Ardanian coastguard says it seized seven Veskland vessels, not four as Veskland says.",
                        (SEVEN, FOUR), 'this sentence gives "seven" to The Ardanian coastguard'),
    "cut-told-as-rise": ("The commission confirmed a 15% rise in this year's herring catch.", (CUT,),
                         'figure "15%" is given as a rise, but the passages this cites give it as a fall'),
    "cut-told-as-increase": ("The commission confirmed a 15% increase in this year's herring catch.", (CUT,),
                             'figure "15%" is given as a rise'),
    "banned-for-reduced": ("Ardania banned Veskland vessels from its waters.", (REDUCED,),
                           "this sentence tells a deed ('banned') that no passage it cites gives"),
    "barred-for-reduced": ("Ardania barred Veskland vessels from its waters in January.", (REDUCED,),
                           "this sentence tells a deed ('barred')"),
    "cap-told-as-floor": ("Fines for unlicensed fishing are at least €50,000 per offence.", (FINES,),
                          'contradicts "can reach 50,000"'),
    "cap-dropped": ("Fines for unlicensed fishing are €50,000 per offence.", (FINES,),
                    'leaves out the qualifier of "can reach 50,000"'),
    "unlawful-for-lawfully": ("Rosvik said the boarding had been unlawful.", (LAWFULLY,),
                              "this sentence says 'unlawful' where its cited passages say 'lawfully'"),
    "lawful-for-unlawful": ("Veskland's ministry called the boarding lawful.", (UNLAWFUL,),
                            "this sentence says 'lawful' where its cited passages say 'unlawful'"),
    "licensed-for-unlicensed": ("Ardania lets licensed vessels fish in its territorial waters.", (PROHIBITED,),
                                "this sentence says 'licensed' where its cited passages say 'unlicensed'"),
}


def test_the_fishing_briefing_builds(tmp_path: Path):
    """The briefing an editor wrote from the wire report builds, every kind of content in it, its paraphrases, counts
    and differences kept on the page."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = (desk / "site" / "halvard-sea-fishing" / "index.html").read_text(encoding="utf-8")
    for words in ("for three years in a row", "The two governments signed", "cut by 3,300 tonnes",
                  "fell by 12,000 tonnes", "by 60, from 240 to 180", "founded in 1998", "not seven as Veskland says",
                  "The figures disagree", "44,200"):
        assert words in page, words


@pytest.mark.parametrize("sentence, passages", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(sentence: str, passages: tuple[str, ...]):
    assert sentence_findings(sentence, passages, "en", PARTIES) == []


@pytest.mark.parametrize("sentence, passages, message", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, passages: tuple[str, ...], message: str):
    found = sentence_findings(sentence, passages, "en", PARTIES)
    assert any(message in finding for finding in found), found


def test_a_later_item_of_a_bracketed_list_says_a_comma_split_it(tmp_path: Path):
    """`ratio_of: [Herring quota, 2026]` is two items to YAML, the second a number: the error says why."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    comparisons = desk / "content" / "halvard-sea-fishing" / "comparisons.yaml"
    comparisons.write_text(comparisons.read_text(encoding="utf-8").replace(
        'ratio_of: ["Herring quota, 2026"]', "ratio_of: [Herring quota, 2026]"), encoding="utf-8")
    result = run_build(desk, "check")
    assert result.code == 1
    assert ("comparisons[0].ratio_of[1]: expected text, found the number 2026 (put the value in quotes; in a list in "
            'brackets a comma ends an item, so a text holding one is quoted whole: ["..., 2026"])') in result.err, \
        result.err
