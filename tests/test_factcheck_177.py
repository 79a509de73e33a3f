"""A fishing-rights briefing's misses, part 2 (tests/fixtures/newuser_110), and a referendum's
(tests/fixtures/newuser_113): misstatements that built, each now refused by a narrow check reading the passage's own
words, each with honest twins that build.

1. An occasion's ordinal changed: "It was the second time representatives of the fishermen's association had been
   admitted to such talks" citing "..., the first time they have been admitted to such talks" built, the passage's
   "A second round is planned" backing "second" to the figure check (explainer/occasion_ordinals.py).
2. Observers told as members: "Representatives of the fishermen's association took part in the talks as full
   members" citing "Representatives of the fishermen's association attended as observers" (explainer/observer_seats.py).
3. A "neither" told of one side: "Henrik Dahl said Estmark lost outright" citing '"Neither side lost outright," said
   Henrik Dahl' (explainer/neither_side_named.py).
4. A ranking's ends swapped between places: "The highest turnout was in Canal Wharf ward, at 53.8%." citing "The
   highest turnout was in Abbeyfield ward, at 53.8%. The lowest was in Canal Wharf ward" (explainer/ranked_places.py).
5. A figure a party cited, told as fact: "Estmark's 2025 catch in the bay was 27,800 tonnes" and "Estmark's fishermen
   landed 25,900 tonnes in the bay in 2025" citing "The Council also revised Estmark's 2025 catch in the bay to 26,400
   tonnes ... Norland had cited 27,800 tonnes, and the Estmark Fishermen's Association 25,900 tonnes"
   (explainer/cited_figures_as_fact.py).
6. A quote's speaker named after a role: '"You are not a minority in this city," said Daniel Frost.' citing the No
   campaign's own '"You are not a minority in this city," said our chair, Priya Shah.' (explainer/titled_speakers.py).
7. Two figures compared the wrong way round: "The revised figure of 26 percent is less than the 22 percent the council
   gave in December" citing "... at 26 percent over three years, more than the 22 percent the council gave in its
   December advice" (explainer/compared_figures_arithmetic.py).
8. The deed of a "while" clause's doer given to the doer set against it: "The Harwick Chamber of Commerce supports the
   No campaign's legal challenge" citing "the Harwick Chamber of Commerce has said it will work with the council on the
   scheme, while the Harwick Independent Traders' Association supports the No campaign's legal challenge"
   (explainer/while_clause_doers.py).
9. A speaker's university changed: "Henrik Dahl, a maritime law lecturer at the University of Kessby, said neither
   side lost outright" citing "said Henrik Dahl, a maritime law lecturer at the University of Tromsvik"
   (explainer/speaker_affiliations.py).
10. A right of either side told as one side's alone: "Under the panel's rules, only Norland may ask for a review of
   provisional measures" citing "Under the panel's rules, either side may ask for a review of provisional measures if
   circumstances change" (explainer/either_side_only.py).
"""

from __future__ import annotations

import pytest

import test_newuser_110 as fishing
import test_newuser_113 as referendum
from conftest import REPO
from support import found_in_language, read_as_project_locale


@pytest.fixture(autouse=True)
def english_locale(reading_without_project_locales):
    """Read English as a build reads it, with the built-in locale (after conftest's reset)."""
    read_as_project_locale(REPO, "en")


ORDINAL = "where its cited passages say 'first time'"
OBSERVERS = "where its cited passages say 'observers'"
NEITHER = "of one side where its cited passages say 'Neither side lost outright'"
RANKED = "but its cited passages give 'highest' to Abbeyfield and 'lowest' to Canal Wharf"
CITED = "as fact, but its cited passages give it as the figure"
SPEAKER = "but its cited passages give them to Priya Shah"
COMPARED = "but 26 is more than 22"
WHILE = "to whom its cited passages set against the one who does it"
ONLY = "where its cited passages say 'either side may ask'"
UNIVERSITY = "but its cited passages put them at 'the University of Tromsvik'"

# (key of test_newuser_110's PASSAGES, or a referendum passage; sentence; words of the finding)
TALKS, DAHL, CATCH, STOCK = "A_TALKS", "A_DAHL", "A_CATCH", "A_STOCK"
WARDS, THANKS, GROUPS = referendum.WARD, referendum.N_THANKS, referendum.W_REV

REFUSED = [
    (TALKS, "It was the second time representatives of the fishermen's association had been admitted to such talks.",
     ORDINAL),
    (TALKS, "The fishermen's association was admitted to such talks for the second time.", ORDINAL),
    (TALKS, "Representatives of the fishermen's association took part in the talks as full members.", OBSERVERS),
    (TALKS, "The fishermen's association attended the talks as a voting member.", OBSERVERS),
    (DAHL, "Henrik Dahl said Estmark lost outright.", NEITHER),
    (DAHL, "According to Henrik Dahl, Norland lost outright.", NEITHER),
    (WARDS, "The highest turnout was in Canal Wharf ward, at 53.8%.", RANKED),
    (WARDS, "Canal Wharf ward had the highest turnout.", RANKED),
    (CATCH, "Estmark's 2025 catch in the bay was 27,800 tonnes.", "the figure Norland cited"),
    (CATCH, "Estmark's fishermen landed 25,900 tonnes in the bay in 2025.",
     "the figure Estmark Fishermen's Association cited"),
    (THANKS, '"You are not a minority in this city," said Daniel Frost.', SPEAKER),
    (THANKS, 'Daniel Frost said: "You are almost half of it, and we will not let your voice be ignored."', SPEAKER),
    (STOCK, "The revised figure of 26 percent is less than the 22 percent the council gave in December.", COMPARED),
    (STOCK, "The new survey's 26 percent is lower than the 22 percent the council gave in its December advice.",
     COMPARED),
    (GROUPS, "The Harwick Chamber of Commerce supports the No campaign's legal challenge.", WHILE),
    (GROUPS, "The Chamber of Commerce supported the No campaign's legal challenge.", WHILE),
    (DAHL, "Henrik Dahl, a maritime law lecturer at the University of Kessby, said neither side lost outright.",
     UNIVERSITY),
    (DAHL, '"Neither side lost outright," said Henrik Dahl, a lecturer at Kessby University.', UNIVERSITY),
    ("A_REVIEW", "Under the panel's rules, only Norland may ask for a review of provisional measures.", ONLY),
    ("A_REVIEW", "Only Estmark can ask for a review of provisional measures if circumstances change.", ONLY),
]

HONEST = [
    (TALKS, "It was the first time representatives of the fishermen's association had been admitted to such talks."),
    (TALKS, "The fishermen's association was admitted to such talks for the first time."),
    (TALKS, "Fishermen's representatives attended the talks for the first time, as observers."),
    (TALKS, "A second round of talks is planned in Kessby in April."),
    (TALKS, "Representatives of the fishermen's association attended the talks as observers."),
    (TALKS, "The fishermen's association took part in the talks as observers."),
    (TALKS, "The association's representatives observed the talks."),
    (DAHL, "Henrik Dahl said neither side lost outright."),
    (DAHL, "Neither Norland nor Estmark lost outright, according to Henrik Dahl."),
    (DAHL, "Henrik Dahl said that neither government had lost outright."),
    (DAHL, "Dahl said no side lost outright."),
    (DAHL, "Henrik Dahl, a maritime law lecturer, said none of the sides lost outright."),
    (WARDS, "The highest turnout was in Abbeyfield ward, at 53.8%."),
    (WARDS, "Abbeyfield ward had the highest turnout, 53.8%."),
    (WARDS, "Turnout was lowest in Canal Wharf ward, at 29.5%."),
    (WARDS, "Turnout was highest in Abbeyfield ward and lowest in Canal Wharf ward."),
    (WARDS, "Turnout ranged from 29.5% in Canal Wharf ward to 53.8% in Abbeyfield ward."),
    (CATCH, "Norland had cited 27,800 tonnes."),
    (CATCH, "According to Norland, Estmark's 2025 catch was 27,800 tonnes."),
    (CATCH, "The Association said its members landed 25,900 tonnes."),
    (CATCH, "The council's 26,400 tonnes lies between Norland's 27,800 tonnes and the association's 25,900 tonnes."),
    (CATCH, "The two sides' figures were 27,800 and 25,900 tonnes."),
    (CATCH, "The Council revised Estmark's 2025 catch in the bay to 26,400 tonnes."),
    (THANKS, '"You are not a minority in this city," said Priya Shah.'),
    (THANKS, '"You are almost half of it," said Keep Harwick Moving\'s chair, Priya Shah.'),
    (THANKS, 'Ms Priya Shah said: "You are almost half of it, and we will not let your voice be ignored."'),
    (THANKS, 'Priya Shah, the campaign\'s chair, told voters: "You are not a minority in this city."'),
    (THANKS, '"You are not a minority in this city," the campaign\'s chair said.'),
    (STOCK, "The revised figure of 26 percent is more than the 22 percent the council gave in December."),
    (STOCK, "The revised figure of 26 percent is higher than the 22 percent the council gave in December."),
    (STOCK, "The revised 26 percent is four points more than the 22 percent the council gave in December."),
    (STOCK, "The new survey's 26 percent is greater than the 22 percent the council gave in its December advice."),
    (GROUPS, "The Harwick Independent Traders' Association supports the No campaign's legal challenge."),
    (GROUPS, "Harwick's independent traders support the No campaign's legal challenge."),
    (GROUPS, "The Harwick Chamber of Commerce has said it will work with the council on the scheme."),
    (DAHL, "Henrik Dahl, a maritime law lecturer at the University of Tromsvik, said neither side lost outright."),
    (DAHL, "Henrik Dahl, of Tromsvik University, said neither side lost outright."),
    (DAHL, "Henrik Dahl, a lecturer, said neither side lost outright."),
    (DAHL, "Maritime law lecturer Henrik Dahl, of the University of Tromsvik, said neither side lost outright."),
    ("A_REVIEW", "Either side may ask for a review, but only if circumstances change."),
    ("A_REVIEW", "Either government may ask the panel for a review if circumstances change."),
    ("A_REVIEW", "A review of provisional measures may be asked for only if circumstances change."),
    ("A_REVIEW", "Only the two sides may ask for a review of provisional measures if circumstances change."),
    (GROUPS, "While the Chamber of Commerce will work with the council, the Independent Traders' Association supports "
             "the No campaign's legal challenge."),
]


def found(cited, sentence: str) -> list[str]:
    """Return the findings of a sentence citing a fishing passage (by its key) or a referendum one."""
    return fishing.found(cited, sentence) if isinstance(cited, str) else referendum.found(sentence, cited)


@pytest.mark.parametrize("cited, sentence, words", REFUSED)
def test_a_misstatement_is_refused(cited, sentence: str, words: str):
    findings = found(cited, sentence)
    assert any(words in finding for finding in findings), findings


@pytest.mark.parametrize("cited, sentence", HONEST)
def test_an_honest_paraphrase_builds(cited, sentence: str):
    assert found(cited, sentence) == []


# The same checks of passages of other briefings: (passage, sentence, words of the finding, or "" where it builds)
@pytest.mark.parametrize("passage, sentence, words", [
    ("It was the first time the union had joined such talks, and a second round is due.",
     "It was the second time the union had joined such talks.", "'second time' where its cited passages say"),
    ("It was the first time the union had joined such talks, and a second round is due.",
     "The union joined such talks for the first time.", ""),
    ("Two NGOs were granted observer status at the summit.", "Two NGOs attended the summit as full members.",
     "where its cited passages say 'observer status'"),
    ("Two NGOs were granted observer status at the summit.", "Two NGOs took part in the summit as observers.", ""),
    ("Election observers said the vote was fair. Norway joined the council in 2020.",
     "Norway joined the council as a full member.", ""),
    ("Five countries attended as observers; twelve took part as full members.",
     "Twelve countries took part as full members.", ""),
    ("Neither side has claimed responsibility for the attack.", "No side has claimed responsibility for the attack.",
     ""),
    ("Neither candidate won a majority in the first round.",
     "Neither Ms Ortiz nor Mr Lee won a majority in the first round.", ""),
    ("The highest rainfall was in Newport, at 80mm. The lowest was in Cardiff.", "Cardiff had the highest rainfall.",
     "gives 'highest' to Cardiff"),
    ("The highest rainfall was in Newport, at 80mm. The lowest was in Cardiff.", "Cardiff had the lowest rainfall.",
     ""),
    ("The largest crowd gathered in Lyon. Smaller crowds met in Paris and Nice.", "The largest crowd gathered in Lyon.",
     ""),
    ("The ministry revised the toll to 312 dead. The Red Cross had cited 340 and the UN 295.", "The toll was 340 dead.",
     "the figure Red Cross cited"),
    ("The ministry revised the toll to 312 dead. The Red Cross had cited 340 and the UN 295.",
     "The Red Cross had put the toll at 340.", ""),
    ("The ministry revised the toll to 312 dead. The Red Cross had cited 340 and the UN 295.",
     "Earlier counts ranged from 295, the UN's, to 340, the Red Cross's.", ""),
    ('"We will keep fighting for every job," said our leader, Ann Cole.',
     '"We will keep fighting for every job," said Tom Reed.', "give them to Ann Cole"),
    ('"We will keep fighting for every job," said our leader, Ann Cole.',
     'Ms Cole said the group "will keep fighting for every job".', ""),
    ("In 2025 fewer than 300 boats fished the bay.", "In 2025 fewer than 300 boats fished the bay.", ""),
    ("Germany backed the plan, while France opposed the deal on fisheries.", "Germany opposed the deal on fisheries.",
     "set against the one who does it"),
    ("Germany backed the plan, while France opposed the deal on fisheries.", "France opposed the deal on fisheries.",
     ""),
    ("The Senate passed the bill on Tuesday, while the House passed the bill a week earlier.",
     "The Senate passed the bill on Tuesday.", ""),
    ("Mr Brown will stay, while Ms Green leaves the board in May.",
     "Ms Green, unlike Mr Brown, leaves the board in May.", ""),
    ("Dr Ann Lee, an economist at the London School of Economics, said prices would rise.",
     "Ann Lee, of the LSE, said prices would rise.", ""),
    ("Dr Ann Lee, an economist at the London School of Economics, said prices would rise.",
     "Ann Lee, an economist at Oxford University, said prices would rise.", "puts Lee at 'Oxford University'"),
    ("Either party can appeal the ruling within 30 days.", "Only the union can appeal the ruling within 30 days.",
     "where its cited passages say 'Either party can appeal'"),
    ("Either party can appeal the ruling within 30 days.", "The union can appeal the ruling within 30 days.", ""),
])
def test_other_passages(passage: str, sentence: str, words: str):
    findings = found_in_language("en", sentence, passage)
    if words:
        assert any(words in finding for finding in findings), findings
    else:
        assert findings == []
