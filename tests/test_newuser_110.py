"""A new user's English briefing on a fishing-rights dispute (tests/fixtures/newuser_110: Norland's 30 percent cut in
the joint cod quota for Greyhaven Bay, the Estmark trawler Silver Tern detained by Norland's coast guard, the Estmark
Fishermen's Association's protest, an arbitration panel's interim ruling ordering the vessel released but leaving the
cut in place, and talks that ended without agreement), written from the README alone, from three sources they wrote:
Norland's ministry's statement (a `statement_of` source), the association's press release (another) and a news
agency's report a week later with revised figures. Every content file is used: background, timeline, comparisons (both
sides' quotas and catches, as Norland gives them and as the science council revised them), claims, quotes, caveats and
a log with a correction.

Read as a fact-checker, 150 misstatements and 57 honest paraphrases were tried against one passage each (`found`
below): 29 of the first 139 built before this work (the last 11 were written for the fixes); now 10 of the 150 build,
each a LEFTOVER below (three more refused by tests/test_factcheck_174.py, seven by tests/test_factcheck_176.py, eight
by tests/test_factcheck_177.py: "the second time" of "the first time", observers as "full members", "Estmark lost
outright" of "Neither side lost outright", "26 percent is less than the 22 percent", Norland's 27,800 and the
association's 25,900 tonnes told as fact, Dahl "at the University of Kessby" of "Tromsvik", and "only Norland may ask
for a review" of "either side may"). Fixed:

1. A quota told as a catch, or a catch as a quota: "According to Norland, Estmark's vessels landed 18,900 tonnes this
   season" citing "Norland's quota is therefore 23,100 tonnes this season and Estmark's 18,900 tonnes"
   (quota_as_catch.py; "may catch", "is allowed to land", "catch quota" build).
2. A figure a passage sets against its own as another's, told as given: "According to the Association, its members
   landed 27,800 tonnes" citing "Its members landed 25,900 tonnes in 2025, it says, not the 27,800 tonnes Norland
   cites"; "drew about 150 boats, according to the harbour authority" citing "drew about 120 boats ..., fewer than the
   150 the association had announced" (contrasted_figures.py).
3. A hedged act told as certain beside a certain one: "the cut will put 600 jobs at risk" citing "the cut will cost
   ... and could put 600 jobs at risk" built, the passage's "will cost" taken for it (forecasts.py).
4. False refusals: "Norland says the quota will not be raised before the science allows it" citing the minister's
   quoted "But the quota will not be raised ..." beside "could take place" (forecasts.py); "On 11 March an arbitration
   panel ruled that Norland must release the Silver Tern but declined to suspend the quota cut" citing "..., in an
   interim ruling that both governments claimed as a victory" (plain_clauses.py); "The Association proposes a 15
   percent cut" of the Association's own release (party_word.py); "According to Norland, Estmark's quota this season
   is 18,900 tonnes" (the opening attribution hid the party the figure is kept for: party_figures.py); a quote's role
   "dissenting member of the arbitration panel" of "The dissenting member, Judge Ana Ferreira," (roles.py: a name
   given two roles may be called by either).

LEFTOVER (misstatements that still build):
  1. S_QUOTA: According to Norland, the spawning stock had fallen by 30 percent in three years.
  2. S_PANEL: According to Norland, Norland will respect only a final ruling of the panel.
  3. S_PANEL: According to Norland, the panel is expected to issue a final ruling within weeks.
  4. R_HELD: Every day the Silver Tern spends in Port Alda costs its owners 8,000 euros.
  5. R_PROTEST: According to the Association, more than 150 boats took part in the protest on 7 March.
  6. A_LEAD: The arbitration panel ruled that the quota cut was lawful.
  7. A_CATCH: The Council revised Estmark's 2025 catch up to 26,400 tonnes.
  8. A_TALKS: Talks opened in Port Alda on Monday 16 March and ended with an agreement (with_without.py cuts the
      passage's clause at "after one day", so its "without agreement" shares no word with "ended").
  9. A_FUND: Estmark's government said it would consider the proposal once the bond was posted.
  10. A_STOCK: The spawning stock fell by 22 percent over three years, the Bay Fisheries Science Council said on 10 March.
Built since tests/test_factcheck_187.py (an honest line refused): "A final ruling is not expected before early 2027,
according to the agency." of A_BOND, the agency's report in its own voice, was read as the panel's words
(unnamed_speakers.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.attribution import Cited
from explainer.model import Party
from explainer.roles import role_given_otherwise
from support import (checked_fixture_project, edit, findings_in_language, paragraph, read_as_project_locale,
                     sentence_findings)

FIXTURE = REPO / "tests" / "fixtures" / "newuser_110"
SEEDS = FIXTURE / "seeds"
STATEMENT = (SEEDS / "norland_statement.txt").read_text(encoding="utf-8")
RELEASE = (SEEDS / "association_release.txt").read_text(encoding="utf-8")
AGENCY = (SEEDS / "agency_report.txt").read_text(encoding="utf-8")
PARTIES = (
    Party(id="norland", name="Government of Norland", short_name="Norland", role="side",
          aliases=("the Government of Norland", "Port Alda")),
    Party(id="estmark", name="Government of Estmark", short_name="Estmark", role="side", aliases=("Kessby",)),
    Party(id="association", name="Estmark Fishermen's Association", short_name="the Association",
          role="fishermen's association"),
    Party(id="panel", name="Arbitration panel of the Bay Accord", short_name="the panel", role="arbitration panel"),
)
NORLAND = "Government of Norland"
ASSOCIATION = "Estmark Fishermen's Association"



# each key's paragraph, whose statement it is, and its source's date: S_ Norland's, R_ the association's, A_ the agency's
PASSAGES = {
    "S_SEIZE": (paragraph(STATEMENT, "boarded and detained"), NORLAND, "2026-03-03"),
    "S_QUOTA": (paragraph(STATEMENT, "by 30 percent"), NORLAND, "2026-03-03"),
    "S_HALV": (paragraph(STATEMENT, "not choose this cut lightly"), NORLAND, "2026-03-03"),
    "S_CONSULT": (paragraph(STATEMENT, "five weeks before"), NORLAND, "2026-03-03"),
    "S_CATCH": (paragraph(STATEMENT, "24,500 tonnes"), NORLAND, "2026-03-03"),
    "S_PANEL": (paragraph(STATEMENT, "On 27 February"), NORLAND, "2026-03-03"),
    "S_TALKS": (paragraph(STATEMENT, "as early as 16 March"), NORLAND, "2026-03-03"),
    "S_FUND": (paragraph(STATEMENT, "12 million euros"), NORLAND, "2026-03-03"),
    "R_SEIZED": (paragraph(RELEASE, "16 nautical miles"), ASSOCIATION, "2026-03-05"),
    "R_HELD": (paragraph(RELEASE, "8,000 euros"), ASSOCIATION, "2026-03-05"),
    "R_ALONE": (paragraph(RELEASE, "learned of the cut from the radio"), ASSOCIATION, "2026-03-05"),
    "R_COST": (paragraph(RELEASE, "35 million euros"), ASSOCIATION, "2026-03-05"),
    "R_CATCH": (paragraph(RELEASE, "25,900 tonnes"), ASSOCIATION, "2026-03-05"),
    "R_SCIENCE": (paragraph(RELEASE, "not against science"), ASSOCIATION, "2026-03-05"),
    "R_PROTEST": (paragraph(RELEASE, "more than 150 boats"), ASSOCIATION, "2026-03-05"),
    "R_TALKS": (paragraph(RELEASE, "not been invited"), ASSOCIATION, "2026-03-05"),
    "A_LEAD": (paragraph(AGENCY, "ruled on Wednesday 11 March"), "", "2026-03-19"),
    "A_BOND": (paragraph(AGENCY, "250,000 euros"), "", "2026-03-19"),
    "A_VOTE": (paragraph(AGENCY, "two to one"), "", "2026-03-19"),
    "A_COMM": (paragraph(AGENCY, "within 30 days"), "", "2026-03-19"),
    "A_REACT": (paragraph(AGENCY, "confirms that the quota cut stands"), "", "2026-03-19"),
    "A_STOCK": (paragraph(AGENCY, "26 percent"), "", "2026-03-19"),
    "A_CATCH": (paragraph(AGENCY, "26,400 tonnes"), "", "2026-03-19"),
    "A_TALKS": (paragraph(AGENCY, "opened in Port Alda"), "", "2026-03-19"),
    "A_PROTEST": (paragraph(AGENCY, "about 120 boats"), "", "2026-03-19"),
    "A_BONDPOST": (paragraph(AGENCY, "would post the bond"), "", "2026-03-19"),
    "A_FUND": (paragraph(AGENCY, "has not been discussed"), "", "2026-03-19"),
    "A_DAHL": (paragraph(AGENCY, "Neither side lost outright"), "", "2026-03-19"),
    "A_REVIEW": (paragraph(AGENCY, "ask for a review"), "", "2026-03-19"),
}


@pytest.fixture(autouse=True)
def english_locale(reading_without_project_locales):
    """Read English as a build reads it, with the built-in locale (after conftest's reset)."""
    read_as_project_locale(REPO, "en")


def found(key: str, sentence: str) -> list[str]:
    """Return the findings of a sentence citing one paragraph of a source (the statement's and release's their
    authors' word throughout)."""
    text, statement_of, published = PASSAGES[key]
    return sentence_findings(sentence, (text,), "en", PARTIES, statement_of=statement_of, published=published)


def test_the_briefing_checks_and_builds(tmp_path: Path):
    """The briefing builds: its notes lead to the highlighted passages of all three sources, its table gives both
    sides' quotas and catches, and its correction says what was wrong."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    assert run_build(desk, "check").code == 0
    result = run_build(desk)
    assert result.code == 0, result.err
    page = " ".join((desk / "site" / "greyhaven-bay" / "index.html").read_text(encoding="utf-8").split())
    for words in ("Updates and corrections", "What was wrong", "Timeline", "Background", "In their words",
                  'href="../sources/statement.html#passage-', 'href="../sources/release.html#passage-',
                  'href="../sources/agency.html#passage-', "23,100", "26,400", "dissenting member"):
        assert words in page, words


def test_a_contrasted_figure_in_the_timeline_is_refused_on_its_line(tmp_path: Path):
    """Through the front door: the association's announced 150 boats given to the harbour authority's count."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / "greyhaven-bay" / "timeline.yaml", "what: About 120 boats join", "what: About 150 boats join")
    result = run_build(desk, "check")
    assert result.code == 1 and "timeline.yaml:23:" in result.err and "set against their own" in result.err, result.err


def test_a_swapped_quote_role_is_still_refused(tmp_path: Path):
    """A name given two roles may be called by either; a third, the source's by neither, is refused."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / "greyhaven-bay" / "quotes.yaml", "role: dissenting member of the arbitration panel",
         "role: chair of the arbitration panel")
    result = run_build(desk, "check")
    assert result.code == 1 and "quotes.yaml:19:" in result.err and "calls Ana Ferreira" in result.err, result.err


@pytest.mark.parametrize("role, given", [
    ("dissenting member of the arbitration panel", ""),
    ("Judge", ""),
    ("the panel's dissenting judge", ""),
    ("chair of the arbitration panel", "The dissenting member"),
])
def test_a_name_given_two_roles_may_be_called_by_either(role: str, given: str):
    passage = PASSAGES["A_VOTE"][0]
    assert role_given_otherwise("Ana Ferreira", role, [Cited(passage, "en", passage, "", "", "")], "en") == given


REFUSED = [
    ('S_SEIZE', 'Norland says its coast guard detained the Silver Tern on 25 February 2026.'),
    ('S_SEIZE', 'Norland says its coast guard detained the Silver Tern about 41 nautical miles off Cape Hollin.'),
    ('S_SEIZE', 'Norland says inspectors found 83 tonnes of cod on board the Silver Tern.'),
    ('S_SEIZE', 'Norland says all 38 tonnes of cod on board had been caught in a closed spawning area.'),
    ('S_SEIZE', 'Norland says the crew of nine were charged on 26 February.'),
    ('S_SEIZE', 'Norland says the crew of nine were released with charges on 26 February.'),
    ('S_SEIZE', 'Norland says it has confiscated the Silver Tern.'),
    ('S_SEIZE', "Norland says the Silver Tern's crew of 19 were released without charge."),
    ('S_SEIZE', 'The Norland coast guard detained the Silver Tern on 24 February 2026.'),
    ('S_SEIZE', 'Norland says the Estmark coast guard detained a Norland trawler.'),
    ('S_SEIZE', 'Norland says its navy sank the Silver Tern.'),
    ('S_QUOTA', 'According to Norland, it cut the joint cod quota by 40 percent.'),
    ('S_QUOTA', 'According to Norland, it raised the joint cod quota by 30 percent.'),
    ('S_QUOTA', 'According to Norland, it cut the joint cod quota from 60,000 tonnes to 24,000 tonnes.'),
    ('S_QUOTA', 'According to Norland, it cut the joint cod quota on 15 February 2026.'),
    ('S_QUOTA', 'According to Norland, the spawning stock had fallen by 22 percent in one year.'),
    ('S_QUOTA', "According to Norland, Norland's share is 45 percent of the joint quota."),
    ('S_QUOTA', "According to Norland, Estmark's quota is 23,100 tonnes this season."),
    ('S_QUOTA', 'According to Norland, Estmark caught 18,900 tonnes this season.'),
    ('S_QUOTA', 'Norland cut the joint cod quota by 30 percent for the 2026 season.'),
    ('S_QUOTA', 'According to Estmark, Norland cut the joint cod quota by 30 percent.'),
    ('S_HALV', 'Fisheries Minister Ingrid Halvorsen said: "We chose this cut lightly."'),
    ('S_HALV', 'Fisheries Minister Ingrid Halvorsen said there will be no cod left in Greyhaven Bay in ten years.'),
    ('S_HALV', 'Fisheries Minister Ingrid Halvorsen said there may be no cod left in Greyhaven Bay in five years.'),
    ('S_HALV', 'Per Lindqvist said: "We did not choose this cut lightly."'),
    ('S_HALV', 'Foreign Minister Ingrid Halvorsen said the cut was not made against anyone.'),
    ('S_CONSULT', "According to Norland, Estmark's fisheries ministry was informed of the scientific advice on 9 January 2026."),
    ('S_CONSULT', "According to Norland, Estmark's fisheries ministry was informed of the advice three weeks before the decision."),
    ('S_CONSULT', 'According to Norland, the joint commission met before the decision was taken.'),
    ('S_CONSULT', 'Norland acknowledges that the cut was made without consultation.'),
    ('S_CONSULT', 'Norland denies that the joint commission did not meet before the decision.'),
    ('S_CATCH', 'According to Norland, its catches in the bay rose to 24,500 tonnes in 2025.'),
    ('S_CATCH', 'According to Norland, its catches in the bay fell to 24,500 tonnes in 2025, from 31,000 tonnes in 2024.'),
    ('S_CATCH', "According to Norland, Estmark's vessels landed 27,800 tonnes in 2024."),
    ('S_CATCH', "According to Norland, Estmark's catch exceeded its share by less than 5,000 tonnes."),
    ('S_CATCH', "Estmark's catch exceeded its share of the recommended total by more than 5,000 tonnes."),
    ('S_CATCH', "According to Norland, Estmark's catch exceeded its share by exactly 5,000 tonnes."),
    ('S_PANEL', 'According to Norland, Norland brought the dispute before the arbitration panel on 27 February.'),
    ('S_PANEL', 'According to Norland, Estmark brought the dispute before the arbitration panel on 27 March.'),
    ('S_PANEL', 'According to Norland, the panel issued a final ruling within weeks.'),
    ('S_TALKS', 'According to Norland, the first round of talks took place in Port Alda on 16 March.'),
    ('S_TALKS', 'According to Norland, the quota will be raised before the science allows it.'),
    ('S_TALKS', 'According to Norland, the first round could take place in Kessby as early as 16 March.'),
    ('S_FUND', 'According to Norland, it proposes a compensation fund of 21 million euros.'),
    ('S_FUND', 'According to Norland, Estmark has rejected the proposal.'),
    ('S_FUND', 'According to Norland, the closed spawning areas will remain closed until 30 June 2026.'),
    ('R_SEIZED', 'According to the Association, the Silver Tern was fishing 6 nautical miles from Cape Hollin.'),
    ('R_SEIZED', 'According to the Association, the Silver Tern was fishing inside the spawning area.'),
    ('R_SEIZED', 'The Silver Tern was fishing 16 nautical miles from Cape Hollin, outside the spawning area.'),
    ('R_SEIZED', 'According to Norland, the Silver Tern was fishing 16 nautical miles from Cape Hollin.'),
    ('R_HELD', 'According to the Association, the crew were held for three days.'),
    ('R_HELD', "According to the Association, every day in Port Alda costs the Silver Tern's owners 80,000 euros."),
    ('R_HELD', 'Ingrid Halvorsen said: "Our men were held for two days like criminals."'),
    ('R_ALONE', 'According to the Association, the cut was imposed after a meeting of the joint commission.'),
    ('R_ALONE', 'According to the Association, the cut is legal under the Accord.'),
    ('R_ALONE', 'The quota cut was illegal under the Accord.'),
    ('R_ALONE', 'According to the Association, the 2008 Bay Accord requires a meeting of the joint commission.'),
    ('R_COST', "According to the Association, the cut will cost Estmark's fleet about 53 million euros this year."),
    ('R_COST', 'According to the Association, the cut will put 600 jobs at risk.'),
    ('R_COST', "According to the Association, the cut will cost Estmark's fleet at least 35 million euros this year."),
    ('R_COST', 'According to the Association, 40 vessels will have to stay in port all season.'),
    ('R_COST', 'According to the Association, 400 vessels may have to stay in port for part of the season.'),
    ('R_COST', "The cut will cost Estmark's fleet about 35 million euros in lost landings this year."),
    ('R_CATCH', 'According to the Association, its members landed 27,800 tonnes in 2025.'),
    ('R_CATCH', "According to the Association, Estmark's fleet has exceeded its share of the joint quota."),
    ('R_CATCH', 'According to the Association, its members landed 25,900 tonnes in 2024.'),
    ('R_SCIENCE', 'According to the Association, the cod stock is not under pressure.'),
    ('R_SCIENCE', 'According to the Association, a cut of 30 percent should replace the 15 percent cut.'),
    ('R_SCIENCE', 'According to the Association, the cut of 15 percent should be phased over three seasons.'),
    ('R_SCIENCE', 'Per Lindqvist said: "We are against science."'),
    ('R_PROTEST', 'According to the Association, the protest was called for Sunday 7 March.'),
    ('R_PROTEST', 'According to the Association, fewer than 150 boats will take part.'),
    ('R_TALKS', 'According to the Association, it has been invited to the talks proposed by Norland.'),
    ('R_TALKS', 'According to the Association, it rejects any talks.'),
    ('A_LEAD', 'An arbitration panel ruled on Wednesday 11 March that Norland must release the Silver Tern and suspended the quota cut.'),
    ('A_LEAD', 'An arbitration panel ruled on Thursday 11 March that Norland must release the Silver Tern.'),
    ('A_LEAD', 'An arbitration panel ruled on 12 March that Norland must release the Silver Tern.'),
    ('A_LEAD', 'In a final ruling, the arbitration panel ordered Norland to release the Silver Tern.'),
    ('A_LEAD', 'The arbitration panel ruled that Estmark must release the Silver Tern.'),
    ('A_LEAD', 'Both governments called the ruling a defeat.'),
    ('A_BOND', "The panel ordered the vessel's release within 17 days."),
    ('A_BOND', "The panel ordered the vessel's release against a bond of 520,000 euros."),
    ('A_BOND', "The five-member panel ordered the vessel's release."),
    ('A_BOND', 'The panel said its ruling decided the merits of the dispute.'),
    ('A_BOND', 'A final ruling is expected before early 2027.'),
    ('A_BOND', 'A final ruling is expected in early 2026.'),
    ('A_VOTE', 'The panel voted unanimously not to suspend the quota cut.'),
    ('A_VOTE', 'The panel voted two to one to suspend the quota cut.'),
    ('A_VOTE', 'The panel said suspending the cut would cause irreversible harm to the stock.'),
    ('A_VOTE', 'The dissenting member, Judge Ana Ferreira, wrote that the cut had been adopted with the consultation the Accord requires.'),
    ('A_VOTE', 'Judge Ana Ferreira, who voted with the majority, wrote that the cut had been adopted without consultation.'),
    ('A_COMM', 'The panel ordered both countries to convene the joint commission within 60 days.'),
    ('A_REACT', 'Estmark\'s Foreign Minister Jonas Berg said the ruling "confirms that the quota cut stands".'),
    ('A_REACT', 'Norland\'s Fisheries Minister Ingrid Halvorsen said the panel had "ordered the Silver Tern home".'),
    ('A_REACT', "Estmark's Fisheries Minister Jonas Berg said the quota question remained open."),
    ('A_STOCK', "The Bay Fisheries Science Council put the spawning stock's decline at 26 percent over five years."),
    ('A_STOCK', "The Bay Fisheries Science Council put the spawning stock's decline at 62 percent over three years."),
    ('A_STOCK', 'The council said the revised figure came from a new survey carried out in January.'),
    ('A_STOCK', "The Bay Fisheries Science Council put the spawning stock's growth at 26 percent over three years."),
    ('A_CATCH', "The Council revised Norland's 2025 catch in the bay to 26,400 tonnes."),
    ('A_TALKS', 'Talks opened in Kessby on Monday 16 March.'),
    ('A_TALKS', 'Talks opened in Port Alda on Tuesday 16 March.'),
    ('A_TALKS', 'Talks ended after three days without agreement.'),
    ('A_PROTEST', 'The protest in Kessby harbour on 7 March drew about 150 boats, according to the harbour authority.'),
    ('A_PROTEST', 'The protest in Kessby harbour drew more boats than the association had announced.'),
    ('A_PROTEST', 'Police reported several incidents at the protest.'),
    ('A_BONDPOST', "The Silver Tern's owners have posted the bond."),
    ('A_BONDPOST', 'The Silver Tern left Port Alda on Wednesday evening.'),
    ('A_FUND', "Norland's proposed compensation fund of 12 million euros was discussed in the talks."),
    ('A_FUND', "Estmark's government rejected the proposal."),
    ('A_DAHL', 'Henrik Dahl said Norland keeps its quota cut until at most the final ruling.'),
    ('A_DAHL', 'Henrik Dahl said Estmark keeps its quota cut until at least the final ruling.'),
    ('A_REVIEW', 'Estmark has said it will ask the panel to reconsider.'),
    ('A_REVIEW', "Under the panel's rules, neither side may ask for a review of provisional measures."),
    ('S_QUOTA', "According to Norland, Estmark's vessels landed 18,900 tonnes this season."),
    ('S_QUOTA', 'Norland says its fleet caught 23,100 tonnes this season.'),
    ('S_QUOTA', 'Norland says the two fleets caught 42,000 tonnes in 2026.'),
    ('S_CATCH', "According to Norland, Estmark's quota in 2025 was 27,800 tonnes."),
    ('S_CATCH', 'According to Norland, its quota fell to 24,500 tonnes in 2025.'),
    ('A_CATCH', "The Council revised Estmark's 2025 quota to 26,400 tonnes."),
    ('S_QUOTA', "According to Norland, Norland's quota this season is 18,900 tonnes."),
    ('S_QUOTA', "According to the Government of Norland, Estmark's quota this season is 23,100 tonnes."),
    ('A_CATCH', "The Council revised Estmark's 2025 catch in the bay to 26,400 tonnes, after adding fish caught outside the bay."),
    ('A_TALKS', 'A second round took place in Kessby in April.'),
    ('A_PROTEST', 'The protest in Kessby harbour on 7 March drew about 120 boats, according to the association.'),
    ('S_SEIZE', 'Norland says the Silver Tern has left Port Alda.'),
    ('S_QUOTA', 'According to Norland, the cut went against the advice of the Bay Fisheries Science Council.'),
    ('S_FUND', 'According to Norland, the fund would be financed by Norland alone.'),
    ('R_SEIZED', "According to the Association, the coast guard's measurements are right."),
    ('A_BOND', "The panel ordered the vessel's release against a bond of 250,000 euros to be posted by Norland."),
    ('A_COMM', 'The panel ordered Norland to convene the joint commission within 30 days.'),
    ('A_REACT', 'Jonas Berg said the quota question was closed.'),
]
HONEST = [
    ('S_SEIZE', 'Norland says its coast guard detained the Estmark trawler Silver Tern on 24 February.'),
    ('S_SEIZE', 'According to Norland, 11 of the 38 tonnes of cod found on board had been caught in a closed spawning area.'),
    ('S_SEIZE', 'Norland says the nine crew members were released without charge on 26 February.'),
    ('S_SEIZE', 'Norland says it has not confiscated the vessel.'),
    ('S_QUOTA', 'According to Norland, the joint cod quota was cut from 60,000 tonnes to 42,000 tonnes.'),
    ('S_QUOTA', 'Norland says it lowered the quota by 30 percent on 15 January 2026.'),
    ('S_QUOTA', 'According to Norland, the spawning stock shrank by 22 percent in three years.'),
    ('S_QUOTA', "Norland says its quota this season is 23,100 tonnes and Estmark's 18,900 tonnes."),
    ('S_CONSULT', 'Norland acknowledges that the joint commission did not meet before the decision.'),
    ('S_CONSULT', "According to Norland, Estmark's fisheries ministry learned of the advice on 9 December 2025."),
    ('S_CATCH', 'According to Norland, its catches fell from 31,000 tonnes in 2023 to 24,500 tonnes in 2025.'),
    ('S_PANEL', "According to Norland, Estmark took the dispute to the Accord's arbitration panel on 27 February."),
    ('S_TALKS', 'Norland says the quota will not be raised before the science allows it.'),
    ('R_SEIZED', 'According to the Association, the Silver Tern was 16 nautical miles from Cape Hollin when it was boarded.'),
    ('R_HELD', "The Association's chairman, Per Lindqvist, said the crew were held for two days."),
    ('R_COST', 'According to the Association, the cut could put 600 jobs at risk.'),
    ('R_CATCH', 'The Association says its members landed 25,900 tonnes in 2025, not 27,800 tonnes.'),
    ('R_SCIENCE', 'The Association proposes a 15 percent cut, phased over two seasons, instead of 30 percent.'),
    ('R_PROTEST', 'The Association said more than 150 boats would take part in the protest on 7 March.'),
    ('A_LEAD', 'On 11 March an arbitration panel ruled that Norland must release the Silver Tern but declined to suspend the quota cut.'),
    ('A_LEAD', 'The panel ordered Norland to release the Silver Tern.'),
    ('A_LEAD', 'The panel ordered the vessel released.'),
    ('A_BOND', 'The panel ordered the Silver Tern released within seven days against a bond of 250,000 euros.'),
    ('A_BOND', 'The interim ruling does not decide the merits of the dispute, and a final ruling is not expected before early 2027.'),
    ('A_VOTE', 'By two votes to one, the panel refused to suspend the quota cut.'),
    ('A_VOTE', 'Judge Ana Ferreira, the dissenting member, wrote that the cut had been adopted without the consultation the Accord requires.'),
    ('A_CATCH', "The Council lowered Estmark's 2025 catch in the bay to 26,400 tonnes."),
    ('A_TALKS', 'Talks opened in Port Alda on Monday 16 March but ended after one day without agreement.'),
    ('A_TALKS', "For the first time, representatives of the fishermen's association attended such talks, as observers."),
    ('A_PROTEST', 'About 120 boats joined the protest in Kessby harbour on 7 March, according to the harbour authority.'),
    ('A_PROTEST', 'The protest drew fewer boats than the 150 the association had announced.'),
    ('A_BONDPOST', "The Silver Tern's owners said they would post the bond."),
    ('A_FUND', 'The compensation fund Norland proposed has not been discussed in the talks.'),
    ('A_DAHL', 'Henrik Dahl, a maritime law lecturer, said neither side lost outright.'),
    ('A_REVIEW', 'Either side may ask for a review of provisional measures if circumstances change.'),
    ('S_QUOTA', 'According to Norland, Estmark may catch 18,900 tonnes this season.'),
    ('S_QUOTA', 'Norland says Estmark is allowed to land 18,900 tonnes this season.'),
    ('S_QUOTA', "According to Norland, Estmark's quota this season is 18,900 tonnes."),
    ('S_QUOTA', 'Norland says its catch is capped at 23,100 tonnes this season.'),
    ('S_QUOTA', 'According to Norland, the joint quota was cut to 42,000 tonnes.'),
    ('S_CATCH', "According to Norland, Estmark's vessels caught 27,800 tonnes in 2025."),
    ('S_CATCH', 'According to Norland, its landings fell to 24,500 tonnes in 2025.'),
    ('S_CATCH', "Norland says Estmark's 27,800-tonne catch in 2025 exceeded its quota share."),
    ('A_CATCH', "The Council cut its estimate of Estmark's 2025 catch to 26,400 tonnes."),
    ('R_CATCH', 'The Association says its members landed 25,900 tonnes in 2025.'),
    ('R_CATCH', "The Association disputes Norland's figure of 27,800 tonnes."),
    ('R_CATCH', 'The Association says its members landed 25,900 tonnes, not 27,800 tonnes.'),
    ('A_PROTEST', 'The association had announced 150 boats for the protest in Kessby harbour.'),
    ('A_PROTEST', 'The protest drew about 120 boats rather than the 150 announced.'),
    ('A_STOCK', 'In its December advice, the council gave a decline of 22 percent.'),
    ('A_CATCH', "Norland had cited 27,800 tonnes for Estmark's 2025 catch."),
    ('A_CATCH', "The Estmark Fishermen's Association put the catch at 25,900 tonnes."),
    ('A_CATCH', "The Council's figure of 26,400 tonnes lies between Norland's 27,800 and the association's 25,900."),
]


@pytest.mark.parametrize("key, sentence", REFUSED)
def test_each_misstatement_is_refused(key: str, sentence: str):
    assert found(key, sentence), sentence


@pytest.mark.parametrize("key, sentence", HONEST)
def test_each_honest_paraphrase_builds(key: str, sentence: str):
    assert found(key, sentence) == [], sentence


@pytest.mark.parametrize("key, sentence, told, given", [
    ("S_QUOTA", "According to Norland, Estmark's vessels landed 18,900 tonnes this season.", "catch", "quota"),
    ("S_QUOTA", "Norland says its fleet caught 23,100 tonnes this season.", "catch", "quota"),
    ("S_QUOTA", "Norland says the two fleets caught 42,000 tonnes in 2026.", "catch", "quota"),
    ("S_CATCH", "According to Norland, Estmark's quota in 2025 was 27,800 tonnes.", "quota", "catch"),
    ("A_CATCH", "The Council revised Estmark's 2025 quota to 26,400 tonnes.", "quota", "catch"),
])
def test_a_quota_told_as_a_catch_is_refused(key: str, sentence: str, told: str, given: str):
    assert any(f"as a {told}, but its cited passages give it only as a {given}" in finding
               for finding in found(key, sentence))


@pytest.mark.parametrize("key, sentence, giver", [
    ("R_CATCH", "According to the Association, its members landed 27,800 tonnes in 2025.", "cites norland"),
    ("A_PROTEST", "The protest in Kessby harbour on 7 March drew about 150 boats, according to the harbour authority.",
     "announced association"),
])
def test_a_figure_set_against_as_another_s_is_refused(key: str, sentence: str, giver: str):
    assert any(f"only as another's figure they set against their own ('{giver}')" in finding
               for finding in found(key, sentence))


@pytest.mark.parametrize("sentence", [
    "According to the Association, the cut will put 600 jobs at risk.",
    "The quota will not be raised before the science allows it.",
])
def test_a_hedged_future_told_as_certain_is_refused(sentence: str):
    key = "R_COST" if "600" in sentence else "S_TALKS"
    assert any("only as expected ('could')" in finding for finding in found(key, sentence))


@pytest.mark.parametrize("key, sentence", [
    ("R_COST", "According to the Association, the cut could put 600 jobs at risk."),
    ("R_COST", "The cut could put 600 jobs at risk, the Association says."),
    ("S_TALKS", "Halvorsen said the quota will not be raised before the science allows it."),
    ("S_TALKS", "Norland says the quota will not be raised before the science allows it."),
    ("A_LEAD", "The panel ruled that Norland must release the Silver Tern but declined to suspend the quota cut."),
    ("R_SCIENCE", "The Association proposes a 15 percent cut, phased over two seasons, instead of 30 percent."),
    ("S_QUOTA", "According to Norland, Estmark's quota this season is 18,900 tonnes."),
])
def test_the_false_refusals_now_build(key: str, sentence: str):
    assert found(key, sentence) == [], sentence


@pytest.mark.parametrize("key, sentence", [
    ("A_LEAD", "The ruling was a victory for both governments."),
    ("R_SCIENCE", "Norland proposes a cut of 15 percent instead of 30 percent, phased over two seasons."),
    ("S_QUOTA", "According to Norland, Norland's quota this season is 18,900 tonnes."),
])
def test_the_twins_of_the_false_refusals_are_still_refused(key: str, sentence: str):
    assert found(key, sentence), sentence


STRIKE = "The union says 4,000 workers joined the strike, not the 2,500 the company claims."
SALES = "Sales rose 12 percent in the quarter, more than the 8 percent analysts had expected."
STAFF = "The firm now employs 500 people, more than the 300 it reported a year earlier."
TURNOUT = "Turnout reached 61 percent, higher than the 55 percent the electoral commission had forecast."
FARM = "The farm's quota for 2026 is 1,200 tonnes. It landed 1,350 tonnes in 2025."
FLEET = "The ministry set a catch allocation of 9,000 tonnes for the trawler fleet."
SHARE = "Under the formula, Veskland's share of the herring catch falls to 25,500 tonnes from 30,000 tonnes."


@pytest.mark.parametrize("passage, sentence", [
    (STRIKE, "2,500 workers joined the strike."),
    (STRIKE, "The union says 2,500 workers joined the strike."),
    (SALES, "Sales rose 8 percent in the quarter."),
    (TURNOUT, "Turnout reached 55 percent."),
    (FARM, "The farm caught 1,200 tonnes in 2026."),
    (FARM, "The farm's quota for 2025 was 1,350 tonnes."),
    (FLEET, "The trawler fleet caught 9,000 tonnes."),
    (FLEET, "The trawler fleet landed 9,000 tonnes."),
])
def test_other_passages_misstated_are_refused(passage: str, sentence: str):
    assert findings_in_language("en", sentence, passage), sentence


@pytest.mark.parametrize("passage, sentence", [
    (STRIKE, "The union says 4,000 workers joined the strike."),
    (STRIKE, "The company claims 2,500 workers joined the strike."),
    (STRIKE, "The union puts the number of strikers at 4,000, against the company's 2,500."),
    (STRIKE, "According to the company, 2,500 workers joined the strike."),
    (SALES, "Sales rose 12 percent in the quarter."),
    (SALES, "Analysts had expected sales to rise 8 percent."),
    (SALES, "Sales grew by 12 percent, beating the 8 percent that analysts had forecast."),
    (STAFF, "The firm had 300 employees a year earlier."),
    (STAFF, "The firm now has 500 employees."),
    (TURNOUT, "The electoral commission had forecast turnout of 55 percent."),
    (TURNOUT, "Turnout was 61 percent, above the commission's forecast of 55 percent."),
    (FARM, "The farm may catch 1,200 tonnes in 2026."),
    (FARM, "The farm's 2026 quota is 1,200 tonnes."),
    (FARM, "The farm landed 1,350 tonnes in 2025."),
    (FARM, "In 2025 the farm caught 1,350 tonnes."),
    (FARM, "The farm's catch limit for 2026 is 1,200 tonnes."),
    (FLEET, "The trawler fleet is allowed to catch 9,000 tonnes."),
    (FLEET, "The ministry capped the trawler fleet's catch at 9,000 tonnes."),
    (FLEET, "The trawler fleet's allocation is 9,000 tonnes."),
    (FLEET, "The trawler fleet's catch quota is 9,000 tonnes."),
    (SHARE, "Veskland's herring quota shrinks to 25,500 tonnes."),
    (SHARE, "Veskland may catch 25,500 tonnes of herring."),
    (SHARE, "Veskland's allowed catch falls to 25,500 tonnes."),
])
def test_other_passages_told_honestly_build(passage: str, sentence: str):
    assert findings_in_language("en", sentence, passage) == [], sentence
