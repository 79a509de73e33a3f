"""A new user's briefing on a city referendum (tests/fixtures/newuser_113: Harwick's vote on a congestion charge, the
Yes campaign Clear Air Harwick, the No campaign Keep Harwick Moving and the city council that ran the vote), written
from the README alone, from three sources they wrote: the Returning Officer's declaration of 13 November 2026 (turnout
41.2%, a full recount asked for and declined), the No campaign's statement (`statement_of` Keep Harwick Moving: a
second recount request, a High Court petition announced, not filed) and a news report of 15 November 2026 (turnout
corrected to 42.1%). It uses every content file: background, timeline, a comparison, claims, quotes, caveats and a log
with a correction.

Writing it, the editor met:
1. `id: yes` and `id: no` for the two campaigns: YAML reads a bare yes or no as true or false, and the error said
   "expected text, found true/false (false) (put the value in quotes; in a list in brackets a comma ends an item ...)",
   the comma hint wrong and the word's reading unsaid. It now says YAML reads a bare yes, no, on, off, true or false
   as true/false and to quote the word (validate.py).

Read as a fact-checker, 73 misstatements were tried against the passages they would cite; 70 are refused (below),
3 of them only since this work (4 more since tests/test_factcheck_175.py):
2. a figure a correction sets aside told as the one corrected to ("The council corrected turnout to 41.2%" of
   "Turnout was 42.1%, not the 41.2% given in the Returning Officer's notes"; "corrected the figure to 41.2%" of "an
   earlier version ... said that the turnout was 41.2%. The council has since corrected the figure to 42.1%"), and the
   figure corrected to told as the first given ("An earlier version of the article said turnout was 42.1%"):
   correction_directions.py;
3. a recount asked of someone told as held ("The recount found no errors" of "to ask her again for a full recount";
   "A recount confirmed the result" of "It has asked the Returning Officer for a full recount"): requests_done.py
   reads "asked/ask WHOM for a recount" as a request;
4. how often turned round on the same verb ("Legal experts said such petitions usually succeed" of "... rarely
   succeed"): frequency_words.py ("usually fail" of "rarely succeed" builds).

LEFTOVER: none of the three that built is left; tests/test_factcheck_175.py refuses "The check changed the number of
rejected ballot papers", "The agents identified a specific error in the count", "The charge applies every day between
7am and 7pm" of "on weekdays" and "Residents living inside the zone will be exempt" of "a 90% discount", and
tests/test_factcheck_177.py "The highest turnout was in Canal Wharf ward, at 53.8%." of "The highest turnout was in
Abbeyfield ward, at 53.8%. The lowest was in Canal Wharf ward" (ranked_places.py), '"You are not a minority in this
city," said Daniel Frost.' of '..., said our chair, Priya Shah.' (titled_speakers.py) and "The Harwick Chamber of
Commerce supports the No campaign's legal challenge." of "the Chamber ... will work with the council ..., while the
Harwick Independent Traders' Association supports the No campaign's legal challenge" (while_clause_doers.py).
Also: "The answer No received the greater number of valid votes." is refused only because "No" is read as a
negation; a capitalised "No" naming a side ("The No campaign asked for a recount") is refused as "adds a negation"
(polarity.py, not this work's): the fixture names the campaign Keep Harwick Moving where a sentence is its subject.
Since tests/test_factcheck_179.py a side's own "not" is read against a passage naming it so: "The No campaign did not
ask for a recount" of "Keep Harwick Moving asked for a recount" (and of the declaration's paragraph) is refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, edit, findings_in_language, minimal_project, paragraph, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_113"
DECLARATION = (FIXTURE / "seeds" / "declaration.txt").read_text(encoding="utf-8")
STATEMENT = (FIXTURE / "seeds" / "nocampaign.txt").read_text(encoding="utf-8")
NEWS = (FIXTURE / "seeds" / "news.txt").read_text(encoding="utf-8")
PARTIES = (Party(id="yes", name="Clear Air Harwick", short_name="Yes campaign", role="side",
                 aliases=("the Yes campaign",)),
           Party(id="no", name="Keep Harwick Moving", short_name="No campaign", role="side",
                 aliases=("the No campaign",)),
           Party(id="council", name="Harwick City Council", short_name="Council", role="organiser of the vote",
                 aliases=("the council", "the Returning Officer")))
PUBLISHED = {"declaration": "2026-11-13", "nocampaign": "2026-11-13", "news": "2026-11-15"}


def D(words: str) -> tuple[str, str]:
    """Return the declaration's paragraph holding `words`, as (source, passage)."""
    return ("declaration", paragraph(DECLARATION, words))


def N(words: str) -> tuple[str, str]:
    """Return the No campaign's statement's paragraph holding `words`, as (source, passage)."""
    return ("nocampaign", paragraph(STATEMENT, words))


def W(words: str) -> tuple[str, str]:
    """Return the news report's paragraph holding `words`, as (source, passage)."""
    return ("news", paragraph(NEWS, words))


YES = D("Yes: 61,873"); NOV = D("No: 56,204"); TURN = D("Turnout was 41.2%"); REJ = D("rejected at the count")
COUNT = D("The count began"); RECOUNT = D("asked me to order a recount"); PETITION = D("petition to the High Court within")
BIND = D("would treat the outcome"); PRICE = D("£8.50 a day for private cars entering"); REV = D("raise about £24 million")
ZONE = D("about 3.2 square"); WARD = D("Abbeyfield")
N_WRITTEN = N("ask her again"); N_SOLIC = N("instructed solicitors"); N_CASE = N("five days a week")
N_DONOR = N("more than £300,000"); N_NEXT = N("delay the start"); N_THANKS = N("56,204 people"); N_FROST = N("Fewer than half")
OVERTURN = N("overturn the will")
W_TURN = W("Turnout was 42.1%"); W_RES = W("Voters backed"); W_RECOUNT = W("careless from start")
W_COURT = W("ask the High Court to review"); W_YES = W("Ama Boateng"); W_DON = W("80% of its donations")
W_LEADER = W("Rosa Lindley"); W_REV = W("expected to raise"); W_THIRD = W("Norbridge"); W_RESID = W("90% discount, and vans")
W_CORR = W("Correction:")


def found(sentence: str, cited: tuple[str, str]) -> list[str]:
    """Return the findings of a sentence citing one paragraph of a source, read as the build reads that source (the
    No campaign's statement is its word throughout)."""
    source, passage = cited
    return sentence_findings(sentence, (passage,), "en", PARTIES,
                             statement_of="Keep Harwick Moving" if source == "nocampaign" else "",
                             published=PUBLISHED[source])


def test_the_briefing_builds_with_its_correction_and_footnotes(tmp_path: Path):
    """The honest briefing builds: every file, the three sources cited, the corrected turnout logged."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = " ".join((desk / "site" / "harwick-referendum" / "index.html").read_text(encoding="utf-8").split())
    for words in ('href="../sources/declaration.html#passage-', 'href="../sources/news.html#passage-',
                  'href="../sources/nocampaign.html#passage-', "We said turnout was 41.2%.", "61,873"):
        assert words in page, words


MISSTATED = {
    'turnout-as-yes': ('Turnout was 52.4%.', TURN, 'figure "52.4%" is not in the passages this sentence cites: "Turnout wa'),
    'yes-share-as-turnout': ('The Yes side won 41.2% of valid votes.', YES, 'figure "41.2%" is not in the passages this sentence cites: "The Yes si'),
    'yes-share-swapped': ('Yes won 47.6% of valid votes.', YES, 'figure "47.6%" is not in the passages this sentence cites: "Yes won 47'),
    'yes-count': ('Yes received 61,783 votes.', YES, 'figure "61,783" is not in the passages this sentence cites: "Yes recei'),
    'no-count': ('No received 65,204 votes.', NOV, 'figure "65,204" is not in the passages this sentence cites: "No receiv'),
    'rejected': ('The number of ballot papers rejected at the count was 621.', REJ, 'figure "621" is not in the passages this sentence cites: "The number o'),
    'electorate': ('The electorate was 281,140 registered electors.', TURN, 'figure "281,140" is not in the passages this sentence cites: "The elec'),
    'turnout-first-as-corrected': ('Turnout was 42.1%.', TURN, 'figure "42.1%" is not in the passages this sentence cites: "Turnout wa'),
    'turnout-corrected-as-first': ('Turnout was 41.2%, the council said on Saturday.', W_TURN, 'figure "41.2%" is one the passages this sentence cites set aside ("42.'),
    'corrected-figure-wrong': ('The council corrected turnout to 41.2%.', W_TURN, 'this sentence gives "41.2%" as the figure corrected to, but its cited'),
    'postal-count': ('The council said 6,200 postal ballot papers had been left out.', W_TURN, 'figure "6,200" is not in the passages this sentence cites: "The counci'),
    'declared-time': ('The result was declared at 5.15am on Friday 13 November.', COUNT, 'figure "5.15am" is not in the passages this sentence cites: "The resul'),
    'declared-day': ('The result was declared on Saturday 13 November.', COUNT, 'day "Saturday" is not in the passages this sentence cites: "The result'),
    'recount-held': ('A full recount was held at the request of Keep Harwick Moving.', RECOUNT, "this sentence tells the recount as done ('recount was held') where its"),
    'recount-ordered': ('The Returning Officer ordered a recount of all ballot papers.', RECOUNT, "this sentence tells the recount as granted ('ordered a recount') where"),
    'recount-agreed': ('The Returning Officer agreed to a full recount.', RECOUNT, "this sentence tells the recount as granted ('agreed to a full recount'"),
    'recount-took-place': ('A recount has taken place.', W_RECOUNT, "this sentence drops the negation of its cited passage ('No recount has"),
    'recount-granted': ('The Returning Officer granted the request for a full recount.', RECOUNT, "this sentence says 'granted' where its cited passages say 'declined' ("),
    'recount-changed': ('The recount changed the result.', RECOUNT, "this sentence tells the recount as done ('recount changed') where its"),
    'recount-confirmed': ('A recount confirmed the result.', W_RECOUNT, "this sentence tells the recount as done ('recount confirmed') where it"),
    'margin': ('The margin between the two answers was 6,569 votes.', RECOUNT, 'figure "6,569" is not in the passages this sentence cites: "The margin'),
    'changed-decision': ('The Returning Officer has changed her decision.', W_RECOUNT, "this sentence drops the negation of its cited passage ('the council sa"),
    'petition-filed': ('Keep Harwick Moving has filed a petition to the High Court.', N_SOLIC, 'this sentence states as fact what its cited passages give only as the'),
    'petition-lodged': ("Keep Harwick Moving's petition has been lodged with the High Court.", W_COURT, 'this sentence states as fact what its cited passages give only as the'),
    'petition-lodged-saturday': ('Keep Harwick Moving lodged its petition on Saturday.', W_COURT, 'this sentence states as fact what its cited passages give only as the'),
    'challenge-won': ('The High Court has ruled that the referendum was not conducted fairly.', N_NEXT, 'this sentence states as fact what its cited passages give only as the'),
    'challenge-upheld': ('The court found that the referendum was not conducted fairly.', N_NEXT, "this sentence tells as done ('found') what its cited passages give onl"),
    'rerun-ordered': ('The referendum will be held again.', N_NEXT, 'this sentence states as fact what its cited passages give only as the'),
    'review-sought-as-granted': ('The High Court has agreed to review the referendum.', W_COURT, 'this sentence states as fact what its cited passages give only as the'),
    'days': ('A challenge must be made by petition within 28 days of the declaration.', PETITION, 'figure "28" is not in the passages this sentence cites: "A challenge m'),
    'price': ('The charge will be £5.80 a day for private cars.', PRICE, 'figure "£5.80" is not in the passages this sentence cites: "The charge'),
    'price-vans': ('Vans and lorries will pay £50 a day.', PRICE, 'figure "£50" is not in the passages this sentence cites: "Vans and lor'),
    'hours': ('The charge applies between 7am and 9pm on weekdays.', PRICE, 'figure "9pm" is not in the passages this sentence cites: "The charge a'),
    'start-date': ('The charge will start on Monday 6 April 2027.', PRICE, 'date "6 April 2027" is not in the passages this sentence cites: "The c'),
    'start-month': ('The charge is due to start on 5 May 2027.', W_RES, 'date "5 May 2027" is not in the passages this sentence cites: "The cha'),
    'start-unconditional': ('The charge will start on 5 April 2027.', W_RES, "the source gives this only on a condition ('if councillors approve the"),
    'discount': ('Residents inside the zone will get a 50% discount.', W_RESID, 'figure "50%" is not in the passages this sentence cites: "Residents in'),
    'revenue': ('The charge will raise about £42 million a year after running costs.', REV, 'figure "£42 million" is not in the passages this sentence cites: "The'),
    'revenue-as-fact': ('The charge will raise £24 million a year.', REV, 'figure "£24 million" leaves out the qualifier of "about £24 million" i'),
    'years': ('All of the money must be spent on public transport for the first five years.', REV, 'figure "five" is not in the passages this sentence cites: "All of the'),
    'zone': ('The charging zone covers about 2.3 square kilometres.', ZONE, 'figure "2.3" is not in the passages this sentence cites: "The charging'),
    'cut-range': ('The study estimated that the charge could cut traffic by between 15% and 25%.', ZONE, 'figure "25%" is not in the passages this sentence cites: "The study es'),
    'cut-will': ('The charge will cut traffic inside the zone by between 15% and 20%.', ZONE, "the source gives this only as expected ('could'), but it is worded as"),
    'postal-share': ('Postal votes made up 43% of all ballot papers counted.', WARD, 'figure "43%" is not in the passages this sentence cites: "Postal votes'),
    'binding-month': ('The council voted in June 2026 that it would treat the outcome as binding.', BIND, 'date "June 2026" is not in the passages this sentence cites: "The coun'),
    'n-claim-as-fact': ('At least 1,500 No votes were counted in the Yes column.', N_WRITTEN, 'this sentence states as fact what its cited passages give only as the'),
    'n-claim-may-dropped': ('Keep Harwick Moving says at least 1,500 No votes were counted in the Yes column.', N_WRITTEN, 'this sentence states as fact what its cited passages give only as prob'),
    'n-claim-figure': ('Keep Harwick Moving says at least 5,100 No votes may have been counted in the Yes column.', N_WRITTEN, 'figure "5,100" is not in the passages this sentence cites: "Keep Harwi'),
    'n-cost-as-fact': ('The charge will cost a commuting driver more than £2,000 a year.', N_CASE, 'this sentence states as fact what its cited passages give only as the'),
    'n-lost-trade-fact': ('The charge will cost businesses in the zone £40 million a year in lost trade.', N_CASE, 'this sentence states as fact what its cited passages give only as the'),
    'n-lost-trade-figure': ('Keep Harwick Moving estimates the charge will cost businesses £14 million a year.', N_CASE, 'figure "£14 million" is not in the passages this sentence cites: "Keep'),
    'n-donations-fact': ('Clear Air Harwick received more than £300,000 from organisations outside the city.', N_DONOR, 'this sentence states as fact what its cited passages give only as the'),
    'n-donations-bound': ('Keep Harwick Moving says Clear Air Harwick received £300,000 from outside the city.', N_DONOR, 'figure "£300,000" leaves out the qualifier of "more than £300,000" in'),
    'n-rushed-fact': ('The count was rushed.', N_FROST, "the source gives this as someone's belief ('believe': 'the count was r"),
    'n-rushed-court': ('The court found that the count was rushed.', N_FROST, 'this sentence gives the words to The court, but its cited passages giv'),
    'n-not-filed-dropped': ('Keep Harwick Moving says it has filed the petition.', N_SOLIC, "this sentence drops the negation of its cited passage ('We have not ye"),
    'frost-quote': ('Daniel Frost said: "We are trying to overturn the will of the people."', OVERTURN, 'quoted words "We are trying to overturn the will of the people." are n'),
    'n-thanks-count': ('Keep Harwick Moving thanked the 65,204 people who voted No.', N_THANKS, 'figure "65,204" is not in the passages this sentence cites: "Keep Harw'),
    'marsh-succeed': ('Legal experts said such petitions usually succeed.', W_COURT, "this sentence says 'usually succeed' where its cited passages say 'rar"),
    'marsh-margin': ('Dr Helen Marsh said: "With a margin of more than 50,000 votes, that will be a high bar."', W_COURT, 'quoted words "With a margin of more than 50,000 votes, that will be a'),
    'yes-denial-as-admit': ('Clear Air Harwick admitted that donations from outside the city had influenced the result.', W_DON, "this sentence tells as admitted ('admitted') what its cited passages g"),
    'yes-donations': ('Clear Air Harwick said that 60% of its donations came from within Harwick.', W_DON, 'figure "60%" is not in the passages this sentence cites: "Clear Air Ha'),
    'leader-delay': ('Cllr Rosa Lindley said the council would delay preparations for the charge.', W_LEADER, "this sentence drops the negation of its cited passage ('said the counc"),
    'third-city-year': ('Norbridge introduced its charge in 2009.', W_THIRD, 'figure "2009" is not in the passages this sentence cites: "Norbridge i'),
    'third-city-rank': ('Harwick would be the second city in the country to introduce a congestion charge.', W_THIRD, "this sentence says 'second city' where its cited passages say 'third c"),}


@pytest.mark.parametrize("sentence, cited, message", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, cited: tuple[str, str], message: str):
    findings = found(sentence, cited)
    assert any(message in finding for finding in findings), findings


HONEST = {
    'turnout-first': ("The Returning Officer's notes gave turnout as 41.2%.", TURN),
    'turnout-corr': ('The council later corrected turnout to 42.1%.', W_TURN),
    'turnout-corr2': ('According to the council, turnout was 42.1% rather than 41.2%.', W_TURN),
    'result': ('Yes won by 61,873 votes to 56,204.', W_RES),
    'share': ('The charge was backed by 52.4% of voters, against 47.6%.', W_RES),
    'yes-share': ('Yes took 52.4% of valid votes.', YES),
    'recount-asked': ("Keep Harwick Moving's agents asked for a recount of all ballot papers.", RECOUNT),
    'recount-refused': ('The Returning Officer declined the request for a full recount.', RECOUNT),
    'recount-none': ('No recount has taken place.', W_RECOUNT),
    'recount-again': ('Keep Harwick Moving has asked the Returning Officer again for a full recount.', N_WRITTEN),
    'check-only': ('The Returning Officer agreed instead to a check of the 612 rejected ballot papers.', RECOUNT),
    'petition-not-yet': ('Keep Harwick Moving says it has not yet filed the petition.', N_SOLIC),
    'petition-intends': ('Keep Harwick Moving says it intends to file a petition within 21 days.', N_SOLIC),
    'will-ask': ('Keep Harwick Moving has said it will ask the High Court to review the referendum.', W_COURT),
    'price': ('Private cars will pay £8.50 a day, vans and lorries £15.', PRICE),
    'start': ('The charge is scheduled to start on Monday 5 April 2027, if the council approves the final scheme order.', PRICE),
    'start-news': ('The charge is due to start on 5 April 2027, if councillors approve the scheme order in January.', W_RES),
    'revenue': ('The council estimates the charge will raise about £24 million a year after running costs.', REV),
    'cut': ("The council's study estimated that the charge could cut traffic in the zone by 15% to 20%.", ZONE),
    'n-claim': ('Keep Harwick Moving says at least 1,500 No votes may have been counted in the Yes column.', N_WRITTEN),
    'n-cost': ('Keep Harwick Moving says the charge will cost a commuting driver more than £2,000 a year.', N_CASE),
    'marsh': ('Legal experts said such petitions rarely succeed.', W_COURT),
    'yes-denial': ('Clear Air Harwick denied that donations from outside the city had influenced the result.', W_DON),
    'leader': ('Cllr Rosa Lindley said the council would not delay preparations for the charge.', W_LEADER),
    'binding': ('In July 2026 the council voted to treat the outcome as binding.', BIND),
    'wards': ('Turnout ranged from 29.5% in Canal Wharf to 53.8% in Abbeyfield.', WARD),
    "recount-asked-of-her": ("Keep Harwick Moving has asked the Returning Officer for a full recount, the campaign "
                             "said.", W_RECOUNT),
    "not-lodged-said": ("A spokesperson for the campaign said its petition had not yet been lodged.", W_COURT),
    "correction-kept": ("The council corrected turnout from 41.2% to 42.1%.", W_TURN),
    "corrected-to-kept": ("The council corrected turnout to 42.1%.", W_TURN),
    "earlier-kept": ("An earlier version of the article said turnout was 41.2%.", W_CORR),
    "since-corrected-kept": ("The council has since corrected the figure to 42.1%.", W_CORR),
    "rarely-kept": ("Legal experts said such petitions seldom succeed.", W_COURT),
    "rarely-as-fail": ("Legal experts said such petitions usually fail.", W_COURT),
}


@pytest.mark.parametrize("sentence, cited", HONEST.values(), ids=HONEST.keys())
def test_an_honest_paraphrase_builds(sentence: str, cited: tuple[str, str]):
    assert found(sentence, cited) == []


FORECAST = "It revised its forecast from 10,000 to 12,000 units, the company said."
EXPERTS = "Legal experts said such petitions rarely succeed. Courts often refuse to hear them, they said."


@pytest.mark.parametrize("sentence, passage, message", [
    ("The company revised its forecast to 10,000 units, the company said.", FORECAST,
     '"10,000" as the figure corrected to'),
    ("The company changed its forecast from 12,000 to 10,000 units, it said.", FORECAST,
     '"10,000" as the figure corrected to'),
    ("Turnout was first given as 42.1%.", NEWS.split("Correction: ")[1], '"42.1%" as the first figure given'),
    ("Courts rarely refuse to hear them, legal experts said.", EXPERTS, "says 'rarely refuse' where"),
    ("Legal experts said such petitions often succeed.", EXPERTS, "says 'often succeed' where"),
    ("The recount confirmed the result.", "The campaign asked the council again for a recount on Monday.",
     "tells the recount as done"),
])
def test_a_correction_turned_round_or_a_frequency_flipped_is_refused(sentence: str, passage: str, message: str):
    assert any(message in finding for finding in findings_in_language("en", sentence, passage))


@pytest.mark.parametrize("sentence, passage", [
    ("The company revised its forecast to 12,000 units, the company said.", FORECAST),
    ("The company's forecast was initially 10,000 units, the company said.", FORECAST),
    ("Turnout was first given as 41.2%.", NEWS.split("Correction: ")[1]),
    ("Courts frequently refuse to hear them, legal experts said.", EXPERTS),
    ("Such petitions hardly ever succeed, legal experts said.", EXPERTS),
    ("Legal experts said courts rarely agree to hear such petitions.", EXPERTS),
    ("The campaign asked the council again for a recount.", "The campaign asked the council again for a recount on "
                                                             "Monday."),
    ("A recount was held on Monday.", "The campaign asked the council for a recount, and a recount was held on Monday."),
])
def test_the_same_correction_frequency_or_request_builds(sentence: str, passage: str):
    assert findings_in_language("en", sentence, passage) == []


def test_a_bare_yes_or_no_id_names_yaml_reading(tmp_path: Path):
    """A referendum's parties given ids `yes` and `no`: YAML reads them as true and false, and the error says so."""
    project = minimal_project(tmp_path / "p")
    briefing = next((project / "content").glob("*/briefing.yaml"))
    text = briefing.read_text(encoding="utf-8")
    first = text.split("- id: ", 1)[1].split("\n", 1)[0]
    briefing.write_text(text.replace(f"- id: {first}", "- id: no", 1), encoding="utf-8")
    result = run_build(project, "check")
    assert result.code == 1
    assert "expected text, found true/false (false) (YAML reads a bare yes, no, on, off, true or false as " \
           "true/false: put the word in quotes, e.g. 'no' or 'yes')" in result.err, result.err
