"""A new user's English briefing of a data breach at a retailer and the regulator's fine (tests/fixtures/newuser_130:
Brambletons, a high-street retailer, faces a provisional fine of £18m from the Information Standards Office, "which it
may reduce", after a cyber-attack exposed the records of "up to 2.4 million" customers; no payment card data was taken
"as far as it knows"; a hacking group, Grey Lantern, claims 9 million records; two law firms say they are "preparing"
a class action; a final decision is due by 30 June 2026; the report's own correction of a date at its end), written
from the README's first sections alone, from a news report of 773 words they wrote, made with `python build.py new
--source`. Every content file is used: background, timeline, comparisons, claims, quotes, caveats and a log with an
update and a correction.

Read as a fact-checker, 51 misstatements and 40 honest paraphrases were tried against one paragraph each (the /tmp
probe, as `found` below): 24 misstatements built before this work, 20 still build (the LEFTOVERs below); two honest
sentences of the briefing itself were refused. Fixed, each with its sentence and passage:

1. Refused though honest: "Maureen Dales said she had received scam calls since the breach." citing "One of those
   customers, Maureen Dales, ..., said she had received dozens of scam calls since the breach" was refused as words
   given to "Maureen Dales said she": "calls", a plural noun, was read as a verb of naming (explainer/called_by.py now
   reads "calls", "terms", "labels", "brands" with no object after them as the noun).
2. Refused though honest: "The regulator said the fine was provisional and that it may reduce it." citing "The
   Information Standards Office (ISO) said the fine was provisional ...", "the regulator" an alias the editor gave
   that party, was refused as words given to 'the regulator' (explainer/unnamed_speakers.py: a regulator's or a
   court's noun speaks for the one party whose own words hold it).
3. A provisional fine told as imposed or final: "Brambletons was fined £18m by the Information Standards Office" (or
   "has fined Brambletons £18m", "imposed an £18m fine", "The fine is final") citing "Brambletons faces a provisional
   fine of £18m ..." or "said the fine was provisional" (explainer/provisional_fines.py, one call in cite.py).
4. A class action being prepared told as filed: "Two law firms have filed a class action against Brambletons" (or
   "have launched a class action", "A class action has been brought against the retailer") citing "Two law firms ...
   say they are preparing a class action ... No claim has yet been filed in court" (explainer/legal_action_to_come.py
   reads a class action, the passive and "preparing").
5. A speaker's limit of knowledge dropped: "Brambletons said that no payment card data was taken." (or "No payment
   card data was taken, the company said") citing "Brambletons said that no payment card data was taken, as far as
   it knows." (explainer/knowledge_hedges.py, one call in cite.py).

What misled the new user: `new --title "Why Brambletons faces an £18m fine"` built though the source's word is
"provisional" (a title need only hold its figure); a claim's `unit: £m` is refused ("give the figure a unit that says
so") where `£ million` builds; `status: ruling` for the regulator's provisional fine is refused, rightly, but as "the
claimant, Information Standards Office, names none" (no court or regulator), as if the name were at fault; a
timeline `when: 30 June 2026` of "due by 30 June 2026" is refused, rightly, until written "By 30 June 2026".

LEFTOVER (misstatements still built, honest sentences still refused), sentence then passage:

- Honest, refused: "As far as Brambletons knows, no payment card data was taken." is refused as stating the
  company's word as fact (attribution.py, not mine).
- "No card details were stolen in the attack." citing the same paragraph: its hedge and its speaker dropped build (the
  paragraph's words differ: "card details", "stolen").
- "The attackers took payment card data." citing the same: the negation dropped builds, as the words differ.
- "A final decision is due on 30 June 2026." citing "a final decision was due by 30 June 2026": "due" keeps a ceiling
  by design (datebounds.py), so "by" told as "on" builds.
- "Brambletons faces a fine of £18m." citing "faces a provisional fine of £18m": "provisional" dropped builds (and so
  does the title); "faces" tells nothing imposed.
- "The regulator said Grey Lantern's claim was true." citing "the regulator said it had seen no evidence to support
  it": builds.
- "Helen Marsh, the ISO's commissioner, said ..." citing "Helen Marsh, the ISO's deputy commissioner": builds.
- "About 310,000 customers have been affected." citing "About 310,000 customers have signed up for the service":
  a figure moved to another measure builds.
- "The Skyway Holidays fine was later raised to £20m on appeal." citing "that fine was later cut to £12.5m on appeal":
  builds (£20m stands in the passage).
- "The breach was discovered on 2 July 2025." citing "discovered on 14 August 2025 ... since at least 2 July 2025":
  builds.
- "Brambletons told customers about the breach the same day it was discovered." citing "first told customers ... on
  21 August 2025, a week after it was discovered, and reported it to the regulator the same day": builds.
- "Brambletons was fined £18m." citing the headline "Brambletons faces £18m fine" with the Skyway paragraph ("In 2023
  it fined ...") builds: a passage telling any fine imposed lets the rule pass.
- Honest, refused: "No class action has yet been filed in court." citing "say they are preparing a class action ...
  No claim has yet been filed in court." is "adds a negation" (polarity.py, not mine): "claim" told as "class action".
- Honest, refused: "If the fine is confirmed, Brambletons has 28 days ..." is refused as 'confirmed' vouching for what
  the source gives as said (not mine).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, edit, findings_in_language, paragraph, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_130"
SLUG = "brambletons-breach"
REPORT = (FIXTURE / "seeds" / "report.txt").read_text(encoding="utf-8")
PARTIES = (Party(id="brambletons", name="Brambletons", role="retailer", aliases=("the company", "the retailer")),
           Party(id="iso", name="Information Standards Office", short_name="ISO", role="regulator",
                 aliases=("the regulator",)),
           Party(id="grey-lantern", name="Grey Lantern", role="hacking group"),
           Party(id="law-firms", name="Carrick Lowe and Penhale Partners", short_name="the law firms",
                 role="law firms"))
PASSAGES = {key: paragraph(REPORT, words) for key, words in {
    "LEAD": "high-street retailer", "PROV": "may reduce it", "CARDS": "as far as it knows", "LANTERN": "Grey Lantern",
    "PRYCE": "deeply sorry", "CLASS": "preparing a class action", "DALES": "Maureen Dales", "SKY": "Skyway",
    "PAY": "would not pay any fine", "SPENT": "£6.5m", "STORES": "212 stores", "LAW": "4% of its annual"}.items()}


def found(key: str, sentence: str) -> list[str]:
    """Return the findings of a sentence of the briefing citing one paragraph of the report."""
    return sentence_findings(sentence, (PASSAGES[key],), "en", PARTIES, published="2026-03-12")


def test_the_briefing_builds_and_shows_what_a_reader_reads(tmp_path: Path):
    """The briefing builds: its summary's provisional fine and hedge, both counts of records, the class action being
    prepared, the quotes, the log's correction and notes leading to the report's highlighted passages are on the page."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = " ".join((desk / "site" / SLUG / "index.html").read_text(encoding="utf-8").split())
    for words in ("faces a provisional fine of £18m", "up to 2.4 million", "as far as it knows", "30 June 2026",
                  "9,000,000", "they are preparing a class action", "Maureen Dales said she had received scam calls",
                  "The regulator said the fine was provisional", "We are deeply sorry", "What was wrong",
                  "We said the attackers had been inside the company&#39;s systems since 2 June 2025.",
                  'href="../sources/report.html#passage-', "Grey Lantern"):
        assert words in page, words


@pytest.mark.parametrize("file, old, new, told", [
    ("briefing.yaml", "faces a provisional fine of £18m from", "was fined £18m by",
     "tells a fine as imposed ('fined')"),
    ("background.yaml", "Two law firms say they are preparing a class\n      action",
     "Two law firms have filed a class\n      action", "tells a court case as brought ('have filed a class action')"),
])
def test_a_misstatement_in_the_prose_is_refused_on_its_line(tmp_path: Path, file: str, old: str, new: str, told: str):
    """Through the front door: the summary's provisional fine told as imposed, the background's class action being
    prepared told as filed."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / SLUG / file, old, new)
    result = run_build(desk, "check")
    assert result.code == 1 and f"content/{SLUG}/{file}:" in result.err and told in result.err, result.err


@pytest.mark.parametrize("key, sentence", [
    ("DALES", "Maureen Dales said she had received scam calls since the breach."),
    ("DALES", "Maureen Dales said she had had dozens of scam calls since the breach."),
    ("DALES", "Maureen Dales, a retired teacher from Leeds, said she had received dozens of scam calls since the "
              "breach."),
    ("PROV", "The regulator said the fine was provisional and that it may reduce it."),
    ("PROV", "The regulator said it may reduce the fine."),
    ("PROV", "The regulator says its final decision is due by 30 June 2026."),
    ("PROV", "The fine is provisional, the regulator said, and it may reduce it."),
])
def test_the_honest_sentences_refused_before_build(key: str, sentence: str):
    """Fixes 1 and 2: a plural "calls" is no naming of her own; "the regulator", the party's alias, is its speaker."""
    assert found(key, sentence) == [], sentence


@pytest.mark.parametrize("sentence, passage", [
    ("The union says members face daily calls from managers.", "The union says members face daily calls from "
     "managers."),
    ("Ana Ruiz said she had received scam calls for weeks.", "Ana Ruiz, a nurse, said she had received scam calls "
     "for weeks."),
    ("Jan Berg said the terms of the deal were fair.", "Jan Berg said the terms of the deal were fair."),
    ("Kabul said the deal's terms were fair.", "Officials in Kabul said the deal's terms were fair."),
])
def test_a_plural_noun_of_naming_is_no_naming(sentence: str, passage: str):
    assert findings_in_language("en", sentence, passage) == [], sentence


@pytest.mark.parametrize("sentence, passage", [
    ("Pakistan called the talks a failure.", "Afghan officials called the talks a failure, while Pakistan said they "
     "had made progress."),
    ("Pakistan calls the talks a failure.", "Afghan officials called the talks a failure, while Pakistan said they "
     "had made progress."),
])
def test_a_naming_verb_given_to_another_stays_refused(sentence: str, passage: str):
    assert any("gives the words to Pakistan" in finding for finding in findings_in_language("en", sentence, passage))


def test_a_regulator_named_by_another_partys_words_stays_refused():
    """'The regulator said' of a judge's words, no party named by it, stays refused (tests/test_factcheck_114.py)."""
    assert findings_in_language("en", "The regulator said Vantor chose to launch at risk.",
                                "Judge Castell said Vantor chose to launch at risk.")


@pytest.mark.parametrize("key, sentence", [
    ("LEAD", "Brambletons was fined £18m by the Information Standards Office."),
    ("LEAD", "The Information Standards Office has fined Brambletons £18m over the breach."),
    ("LEAD", "The ISO imposed an £18m fine on Brambletons after the cyber-attack."),
    ("LEAD", "Brambletons, fined £18m by the regulator, had exposed up to 2.4 million customers' records."),
    ("PROV", "The fine is final."),
    ("PROV", "The ISO said the fine was final and that it may not reduce it."),
])
def test_a_provisional_fine_told_as_imposed_is_refused(key: str, sentence: str):
    assert any("tells a fine as imposed" in finding for finding in found(key, sentence)), sentence


@pytest.mark.parametrize("sentence", [
    "Two law firms have filed a class action against Brambletons.",
    "Two law firms have launched a class action on behalf of affected customers.",
    "A class action has been brought against the retailer.",
    "Carrick Lowe and Penhale Partners have brought a group action against Brambletons.",
])
def test_a_class_action_being_prepared_told_as_filed_is_refused(sentence: str):
    assert any("tells a court case as brought" in finding for finding in found("CLASS", sentence)), sentence


@pytest.mark.parametrize("sentence", [
    "Brambletons said that no payment card data was taken.",
    "Brambletons says no payment card data was stolen in the attack.",
    "No payment card data was taken, the company said.",
])
def test_as_far_as_it_knows_dropped_is_refused(sentence: str):
    assert any("drops the limit" in finding for finding in found("CARDS", sentence)), sentence


@pytest.mark.parametrize("sentence", [
    "Brambletons said that no payment card data was taken, as far as it knows.",
    "Brambletons believes no payment card data was taken.",
    "Brambletons says it knows of no payment card data being taken.",
    "To its knowledge, no payment card data was taken, Brambletons said.",
    "Brambletons says no payment card data was taken so far as it knows.",
    "Brambletons said card details were held by a separate payment provider.",
    "Card details were not stored on the affected server, the company said.",
    "Brambletons has not said how many of the 2.4 million records were actually copied by the attackers.",
])
def test_a_knowledge_hedge_kept_or_unrestated_builds(sentence: str):
    assert found("CARDS", sentence) == [], sentence


MISSTATEMENTS = [  # refused before this work, and still
    ("LEAD", "The breach exposed the records of 2.4 million customers."),
    ("LEAD", "The records of more than 2.4 million customers were exposed."),
    ("LANTERN", "The hackers took 9 million records from the retailer."),
    ("LANTERN", "9 million records were stolen from Brambletons."),
    ("CLASS", "Carrick Lowe and Penhale Partners are suing Brambletons."),
    ("CARDS", "No payment card data was taken."),
    ("PAY", "Brambletons has paid the fine."),
    ("PROV", "A final decision is due by 30 July 2026."),
    ("PROV", "A final decision is due after 30 June 2026."),
    ("PROV", "The regulator will reduce the fine."),
    ("PROV", "The regulator said it would not reduce the fine."),
    ("LANTERN", "The regulator said it had seen evidence to support the hackers' claim."),
    ("PRYCE", "Daniel Pryce said Brambletons accepts every point in the notice."),
    ("SPENT", "Brambletons said it had spent £6.5bn on security improvements."),
    ("SKY", "The provisional fine is the largest the ISO has proposed for a data breach."),
    ("SKY", "In 2023 the ISO fined Skyway Holidays £12.5m."),
    ("STORES", "Brambletons' shares rose 4% on Wednesday."),
    ("LAW", "The regulator can fine a company 4% of its annual worldwide turnover."),
]


@pytest.mark.parametrize("key, sentence", MISSTATEMENTS)
def test_each_misstatement_the_build_already_refused_stays_refused(key: str, sentence: str):
    assert found(key, sentence), sentence


@pytest.mark.parametrize("key, sentence", [
    ("LEAD", "Brambletons faces a provisional fine of £18m."),
    ("LEAD", "The ISO has proposed a fine of £18m."),
    ("LEAD", "The regulator has provisionally fined Brambletons £18m."),
    ("LEAD", "Brambletons faces an £18m fine after up to 2.4 million customers' records were exposed."),
    ("PROV", "The regulator intends to fine Brambletons, and may reduce the figure."),
    ("PROV", "Brambletons could be fined less, as the regulator may reduce the fine."),
    ("PROV", "Brambletons has not yet been fined; a final decision is due by 30 June 2026."),
    ("PROV", "The fine is not final, the regulator said."),
    ("PROV", "The fine is not yet final and may be reduced, the ISO said."),
    ("PROV", "Brambletons would be fined only after the final decision, due by 30 June 2026."),
    ("PROV", "The regulator said the fine was provisional and it may reduce it."),
    ("SKY", "In 2023 the ISO fined Skyway Holidays £20m."),
    ("SKY", "The provisional fine is the second largest the ISO has proposed for a data breach."),
    ("PAY", "Brambletons said it would not pay any fine until the process was complete."),
    ("CLASS", "Two law firms say they are preparing a class action."),
    ("CLASS", "Two law firms say they are preparing a class action, but none has been filed in court yet."),
    ("CLASS", "Carrick Lowe and Penhale Partners say they are preparing a class action on behalf of customers."),
    ("CLASS", "The law firms have not yet filed a class action."),
    ("CLASS", "A class action could be brought against the retailer, two law firms say."),
    ("CLASS", "Carrick Lowe said more than 40,000 people had registered an interest in joining the action."),
])
def test_the_honest_twins_build(key: str, sentence: str):
    assert found(key, sentence) == [], sentence


@pytest.mark.parametrize("sentence, passage", [
    ("The regulator fined the bank £5m.", "The regulator fined the bank £5m in May. It proposed a provisional fine "
     "of £2m for a second bank."),
    ("The council fined the firm £400.", "The council fined the firm £400."),
    ("The fine is final.", "The court said its fine is final."),
    ("Two firms have filed a class action.", "Two firms filed a class action in May; a third is preparing a class "
     "action."),
    ("The union has filed a class action.", "The union filed a class action against the employer."),
    ("No one was hurt, the police said.", "No one was hurt, the police said. As far as we know, the fire started in "
     "the kitchen, a neighbour said."),
])
def test_the_rules_read_only_what_they_name(sentence: str, passage: str):
    """A passage telling a fine imposed or a class action filed itself, or giving nothing provisional: each builds."""
    assert findings_in_language("en", sentence, passage) == [], sentence
