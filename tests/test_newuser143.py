"""A new user's English briefing of a trade dispute (tests/fixtures/newuser143: Dunmore raised its tariff on Arvenan
steel "from 10% to 25%", Arvena answered with "a tariff of 40% on Dunmorean wine", Dunmore put 15% on Arvenan wine;
each side's figures of lost exports, 38% and 52%, the wine council's "may be lost" and "could not be independently
verified"; Dunmore "blocked" a first request for a WTO panel; talks stalled in October and resumed in Vienna, where "no
agreement was reached"; a fourth round "planned for January, according to Arvena's trade ministry. Dunmore has not
confirmed the date"; the steel tariff corrected from 35% to 25%), written from the README alone, with every content
file, made with `python build.py new --source report`.

Honest sentences refused: 5 of the briefing's 30 before, 0 after. Misstatements built (one edit of one sentence of
the briefing, `check` run on each): 10 of 44 before, 5 after (LEFTOVER). Fixed:

Honest sentences refused before:
1. "Arvena replied with a 40% tariff on Dunmorean wine" was read as Arvena's words ("replied"), and refused as words
   the passage gives Dunmore: a reply in kind ("responded with", "countered with" tariffs, sanctions, a lawsuit, a
   strike) is a deed, no one's word (speakers.py, `_IN_KIND`).
2. "Dunmore has not confirmed that a fourth round of talks will take place in January" was refused twice: as giving
   the ministry's words to Dunmore, and as the passage's "planned" told certain. A clause under a negated verb of
   confirming or saying is no one's word and no certainty (unconfirmed_clauses.py, read by speakers.py and
   forecasts.py); ", which Dunmore has not confirmed" gives Dunmore no words either (unsaid_relatives.py).
3. "Okafor says the steel tariff is a lawful answer to dumping" citing "denied that the steel tariff breaks trade
   rules. "Our tariff is a lawful answer to dumping ..."" was refused as the denial dropped: it shares the denial's
   subject only, and another clause backs what it says of it (denied_clause_subjects.py, read by polarity.py).
4. A quote's context "Of Arvena's wine tariff." was refused as Arvena's claim told as fact: a fragment naming a topic
   tells nothing (topic_fragments.py, read by attribution.py).
5. "... because Dunmorean carmakers bought less" citing "reflects weaker demand from Dunmorean carmakers" was refused
   as a cause no passage gives: "reflects", "stems from", "attributed ... to" give one (causes.py).

Misstatements built before:
6. "Dunmore accepts the request" of "Dunmore blocked that request": "accepted" and "granted" are a block's opposite
   (outcomes.py).
7. "a third round ends with an agreement" of "no agreement was reached": talks "ended with" (or "in") a deal,
   "produced" or "secured" one, tell it reached (unreached_agreements.py).
8. A caveat "The wine council's figures ... have been checked independently" of "could not be independently
   verified": a passage's negated "verified" confirms nothing (confirmed_caveats.py).
9. "Arvena has not confirmed the date" of "Dunmore has not confirmed the date": who has not confirmed is kept
   (unconfirmed_by_whom.py; built once fix 2 let the forecast check pass it).
10. "Arvena says Arvenan mills sell steel below cost" citing only "saying Arvenan mills were selling below cost", held
    in "Dunmore raised its tariff ..., saying ...": a party's paraphrase is read against the sentence holding a cited
    participle of saying (paraphrase_in_holding.py, read by speakers.py).
11. "about 3,000 seasonal jobs have gone" of "may be lost": "gone", "cut", "axed", "shed" tell a loss done
    (done_alike.py, read by possible_done.py).
12. "Arvena moved first, raising its tariff on Arvenan steel from 10% to 25%" of "Dunmore raised its tariff": a
    participle after its subject's verb and a comma is the subject's deed (participle_deeds.py, read by swapped.py).

What misled the new user: nothing in the README; the build refused "lifting its tariff" (read as "extended"), "costs
18% more" of an average, "accusing Arvenan mills of dumping" of "selling below cost" and "Arvena retaliates" (the
other side's word for it), each fairly; a summary's date "17 November" where the report says "on Tuesday" (the
timeline's `date_basis` is the way, and the message says so).

LEFTOVER (misstatements still built, sentence <- passage):
- "Arvena says Arvenan mills sell steel below cost; Arvena calls its own wine tariff a fair response" (and "Arvenan
  mills sell steel below cost; Arvena calls ...") <- a participle's words and Okafor's passage, cited together: the
  other clause's speaker and passage back the first clause.
- "Arvena then put a 15% tariff on Arvenan wine" <- "Dunmore then extended its tariff to Arvenan wine ... at 15%"
  (another verb for the same deed: no place shared).
- "Steel prices in Dunmore have risen by about 12% since June" <- "..., according to the Dunmore Steel Users'
  Association": a non-party's attribution dropped (by design, README "Whose word it is").
- A context "Of Dunmore's steel tariff." <- a passage of Arvena's wine tariff (a topic fragment states nothing).
- "Dunmore says Arvenan steel shipments fell because of the tariff" <- "began before the tariff and reflects weaker
  demand" (and "was due to weaker demand", before this work): swapped_causes.py reads a cause's words anywhere in the
  passage, here the time anchor "before the tariff".
- "The date has not been confirmed by Arvena" (a passive's agent) is not read by unconfirmed_by_whom.py.
LEFTOVER (honest sentence still refused):
- "Dunmore says the fall in Arvenan steel shipments is due to weaker demand from Dunmorean carmakers" citing the whole
  paragraph ("Arvena's trade ministry says ... Dunmore disputes that figure. Its commerce department says ..."): given
  to Arvena's trade ministry, "Its commerce department" not read as Dunmore's; citing the last two sentences builds.
- The message "this sentence gives 3000 as 'lost' where its cited passages give it as 'lost'" ("will be lost" of "may
  be lost") is unclear: it names the same word twice.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.attribution import Cited
from explainer.confirmed_caveats import confirmed_without_backing
from explainer.model import Party
from support import checked_fixture_project, edit, paragraph, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser143"
REPORT = (FIXTURE / "seeds" / "tariffs.txt").read_text(encoding="utf-8")
BRIEFING = FIXTURE / "content" / "steel-wine-dispute"
PARTIES = (Party(id="arvena", name="Arvena", role="side", aliases=("Sorel",)),
           Party(id="dunmore", name="Dunmore", role="side"))
STEEL = "The dispute began on 3 June"
DISPUTES = ("Dunmore disputes that figure. Its commerce department says the fall in Arvenan steel shipments began "
            "before the tariff and reflects weaker demand from Dunmorean carmakers.")  # the claim's citation
COUNCIL = "The Dunmore Wine Council"
OKAFOR = "denied that the steel tariff breaks"
PANEL = "Arvena had first asked for a panel"
VIENNA = "The talks resumed on 12 November"


def found(words: str, sentence: str) -> list[str]:
    """Return the findings of a sentence citing the report's paragraph that holds `words` (or `words` themselves,
    where they are whole sentences of it)."""
    passage = words if words.endswith(".") else paragraph(REPORT, words)
    return sentence_findings(sentence, (passage,), "en", PARTIES, published="2026-11-18")


def found_of(parties: tuple[tuple[str, str], ...], passage: str, sentence: str) -> list[str]:
    """Return the findings of a sentence of another briefing, its parties (id, name), citing `passage`."""
    return sentence_findings(sentence, (passage,), "en", tuple(Party(id=id_, name=name, role="side")
                                                               for id_, name in parties))


def found_in_holding(parties: tuple[tuple[str, str], ...], quote: str, holding: str, sentence: str) -> list[str]:
    """Return the findings of a sentence citing `quote`, cut from the source's sentence `holding`, as a build reads
    it (sentence_findings reads each passage as whole sentences)."""
    from explainer.checked import Passages
    from explainer.cite import _reworded
    from explainer.owners import party_words

    named = tuple(Party(id=id_, name=name, role="side") for id_, name in parties)
    cited = [Cited(quote, "en", holding, holding)]
    words = tuple((party.id, party_words(party, "en")) for party in named)
    return [finding.message for finding in _reworded(sentence, Passages(cited), 0, "en", Passages(), words, ())]


def test_the_briefing_builds(tmp_path: Path):
    """The whole briefing builds, with the correction and what a reader needs of the dispute."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = " ".join((desk / "site" / "steel-wine-dispute" / "index.html").read_text(encoding="utf-8").split())
    for words in ("Updates and corrections", "What was corrected", "from 10% to 25%", "pure retaliation",
                  "Dunmore has not confirmed that a fourth round", "Of Arvena's wine tariff.",
                  "a lawful answer to dumping", 'href="../sources/report.html#passage-'):
        assert words in page, words


def test_the_request_told_accepted_is_refused_on_its_line(tmp_path: Path):
    """Through the front door (fix 6): the timeline's "blocks" turned into "accepts"."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / "steel-wine-dispute" / "timeline.yaml", "Dunmore blocks the request.",
         "Dunmore accepts the request.")
    result = run_build(desk, "check")
    assert result.code == 1 and "timeline.yaml:21: `what`: this sentence says 'accepts' where its cited passages say " \
                                "'blocked'" in result.err, result.err


def test_the_unverified_figures_told_checked_are_refused_on_the_caveat(tmp_path: Path):
    """Through the front door (fix 8): the caveat's "have not been checked" turned into "have been checked"."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / "steel-wine-dispute" / "caveats.yaml", "have not been checked independently",
         "have been checked independently")
    result = run_build(desk, "check")
    assert result.code == 1 and "caveats.yaml:6: `text`: calls the figures 'checked'" in result.err, result.err


@pytest.mark.parametrize("field, passage", [
    ("The wine council's figures have been checked independently.",
     "The council's figures could not be independently verified."),
    ("The ministry's count of 212 injured has been verified.",  # the twin: another count, another negation
     "The ministry says 212 people were injured, a count that has not been verified."),
])
def test_figures_told_confirmed_of_a_negated_confirmation_are_refused(field: str, passage: str):
    assert confirmed_without_backing(field, [Cited(passage, "en")])


def test_figures_confirmed_by_a_passage_still_build():
    assert not confirmed_without_backing("The ministry's count has been verified.",
                                         [Cited("The count was verified by the Red Cross.", "en")])


BUILT_BEFORE = [  # misstatements that built before this work (fixes 6 to 12), each with its twin
    (PANEL, "Arvena asks the WTO for a panel for the first time; Dunmore accepts the request."),
    (PANEL, "Dunmore accepted Arvena's request for a panel in September."),
    (PANEL, "Dunmore granted that request."),
    (VIENNA, "Talks resume in Vienna, where a third round ends with an agreement."),
    (VIENNA, "The third round in Vienna produced a deal."),
    (VIENNA, "Arvena has not confirmed the date."),
    (COUNCIL, "The council says about 3,000 seasonal jobs have gone."),
    (COUNCIL, "The council says about 3,000 seasonal jobs were cut."),
    (STEEL, "Arvena moved first, raising its tariff on Arvenan steel from 10% to 25%."),
]
COUNCIL_AND_DEVELOPER = (("council", "Marston Council"), ("developer", "Greyfield Homes"))
UNIONS = (("federation", "Employers' Federation"), ("union", "Dockers' Union"))
TRUST = (("trust", "Calder Health Trust"), ("union", "Nurses' Union"))
TWINS = [  # (parties, passage, sentence)
    (COUNCIL_AND_DEVELOPER, "Marston Council vetoed the housing plan in March, but accepted Greyfield Homes' revised "
                            "design in May.", "Marston Council accepted the housing plan in March."),
    (UNIONS, "Mediators met the Dockers' Union and the Employers' Federation for twelve hours on Friday, but no deal "
             "was struck.", "Friday's talks with the mediators ended with a deal."),
    (UNIONS, "The strike is due to start on Monday, the Employers' Federation said. The Dockers' Union has not "
             "confirmed the date.", "The Employers' Federation has not confirmed the date of the strike."),
    (TRUST, "Calder Health Trust said on Monday that up to 450 posts could be cut at its Ashby hospital by the end of "
            "the year.", "Calder Health Trust has shed up to 450 posts at its Ashby hospital."),
    (TRUST, "Calder Health Trust said on Monday that up to 450 posts could be cut at its Ashby hospital by the end of "
            "the year.", "Up to 450 posts at the Ashby hospital have gone, Calder Health Trust said."),
    ((("council", "Harlow Council"), ("traders", "Traders' Association")),
     "Harlow Council doubled parking charges in the town centre in April, lifting the hourly rate from £1.50 to £3. "
     "The Traders' Association answered with a boycott of the council's market days.",
     "The Traders' Association acted in April, doubling parking charges in the town centre."),
]

MISSTATEMENTS = BUILT_BEFORE + [  # and those refused already, kept refused
    (OKAFOR, "Okafor says the steel tariff breaks trade rules."),
    (OKAFOR, "Okafor says the steel tariff is illegal."),
    (OKAFOR, "Okafor says the steel tariff violates trade rules."),
    (VIENNA, "Dunmore has confirmed that a fourth round will take place in January."),
    (VIENNA, "Arvena says a fourth round is planned for January, which Arvena has not confirmed."),
    (VIENNA, "A fourth round will take place in January."),
    (VIENNA, "An agreement was reached in Vienna."),
    (COUNCIL, "The council says about 3,000 seasonal jobs have been lost."),
    (COUNCIL, "The council says about 3,000 seasonal jobs will be lost."),
    (STEEL, "Arvena raised its tariff on steel from 10% to 25%."),
    (STEEL, "Arvena says Arvenan mills sell steel below cost."),
    (STEEL, "Arvenan mills sell steel below cost."),
    ("Ms Okafor also rejected", "Arvena's wine tariff was a fair response."),
    ("Ms Okafor also rejected", "Of Arvena's wine tariff, a fair response."),
]


@pytest.mark.parametrize("words, sentence", MISSTATEMENTS)
def test_each_misstatement_is_refused(words: str, sentence: str):
    assert found(words, sentence), sentence


@pytest.mark.parametrize("parties, passage, sentence", TWINS)
def test_each_twin_is_refused(parties, passage: str, sentence: str):
    assert found_of(parties, passage, sentence), sentence


HOLDING = ("The dispute began on 3 June, when Dunmore raised its tariff on steel imported from Arvena from 10% to 25%, "
           "saying Arvenan mills were selling below cost.")
WALKOUT = "The Nurses' Union walked out of talks on Friday, saying Calder Health Trust's offer was an insult to nurses."


@pytest.mark.parametrize("parties, quote, holding, sentence, refused", [
    ((("arvena", "Arvena"), ("dunmore", "Dunmore")), "saying Arvenan mills were selling below cost", HOLDING,
     "Arvena says Arvenan mills sell steel below cost.", True),
    ((("arvena", "Arvena"), ("dunmore", "Dunmore")), "saying Arvenan mills were selling below cost", HOLDING,
     "Dunmore says Arvenan mills sell steel below cost.", False),
    (TRUST, "saying Calder Health Trust's offer was an insult to nurses", WALKOUT,
     "Calder Health Trust says the offer was an insult to nurses.", True),
    (TRUST, "saying Calder Health Trust's offer was an insult to nurses", WALKOUT,
     "The Nurses' Union says the trust's offer was an insult to nurses.", False),
])
def test_a_participles_words_are_given_to_the_party_the_holding_sentence_names(parties, quote: str, holding: str,
                                                                                sentence: str, refused: bool):
    """Fix 10: "saying ..." cited alone names no speaker; the source's sentence holding it does."""
    assert bool(found_in_holding(parties, quote, holding, sentence)) is refused, sentence


HONEST = [  # the briefing's own sentences refused before (fixes 1 to 5), and restatements near them
    (STEEL, "Arvena replied with a 40% tariff on Dunmorean wine, up from 5%, and Dunmore then put a 15% tariff on "
            "Arvenan wine."),
    (STEEL, "Arvena responded with a 40% tariff on Dunmorean wine."),
    (STEEL, "Dunmore moved first, raising its tariff on Arvenan steel from 10% to 25%."),
    (VIENNA, "Dunmore has not confirmed that a fourth round of talks will take place in January."),
    (VIENNA, "Dunmore has not confirmed that a fourth round will be held in January."),
    (VIENNA, "Arvena says a fourth round is planned for January, which Dunmore has not confirmed."),
    (VIENNA, "Talks resumed in Vienna but ended with no agreement."),
    (VIENNA, "A third round in Vienna ended without an agreement."),
    (OKAFOR, "Okafor says the steel tariff is a lawful answer to dumping."),
    ("Ms Okafor also rejected", "Of Arvena's wine tariff."),
    ("Ms Okafor also rejected", "On Arvena's wine tariff."),
    (DISPUTES, "Dunmore says Arvenan steel shipments were already falling before the tariff, because Dunmorean "
               "carmakers bought less."),
    (DISPUTES, "Dunmore says the fall in Arvenan steel shipments is due to weaker demand from Dunmorean carmakers."),
    (COUNCIL, "The council says about 3,000 seasonal jobs may go."),
    (PANEL, "Dunmore blocked the request."),
]
HONEST_TWINS = [
    ((("council", "Marston Council"), ("charity", "Shelter Trust")),
     "Marston Council cut the Shelter Trust's grant by 30%, saying its budget was short. The Shelter Trust countered "
     "with a lawsuit against the council.", "The Shelter Trust responded with a lawsuit against the council."),
    (UNIONS, "The strike is due to start on Monday, the Employers' Federation said. The Dockers' Union has not "
             "confirmed it.", "The Dockers' Union has not confirmed that the strike will start on Monday."),
    ((("mayor", "Mayor Lind"), ("drivers", "Cab Drivers' Guild")),
     "Mayor Lind denied that the new bus lanes cause congestion. \"The bus lanes are a fair answer to pollution,\" "
     "she said.", "Mayor Lind says the new bus lanes are a fair answer to pollution."),
    (TRUST, "The Nurses' Union rejected Calder Health Trust's claim that the offer was generous.",
     "On the trust's offer."),
    ((("port", "Port of Halm"), ("shippers", "Shippers' Council")),
     "The Port of Halm says the drop in container traffic reflects weaker demand in Asia.",
     "The Port of Halm says container traffic dropped because demand in Asia was weaker."),
    (TRUST, "Calder Health Trust said on Monday that up to 450 posts could be cut at its Ashby hospital by the end of "
            "the year.", "Calder Health Trust said up to 450 posts could go at Ashby."),
    (COUNCIL_AND_DEVELOPER, "Marston Council vetoed the housing plan in March, but accepted Greyfield Homes' revised "
                            "design in May.", "Marston Council accepted the revised design in May."),
    (UNIONS, "Mediators met the Dockers' Union and the Employers' Federation for twelve hours on Friday, but no deal "
             "was struck.", "The talks on Friday ended with no deal."),
]


@pytest.mark.parametrize("words, sentence", HONEST)
def test_each_honest_sentence_builds(words: str, sentence: str):
    assert not found(words, sentence), sentence


@pytest.mark.parametrize("parties, passage, sentence", HONEST_TWINS)
def test_each_honest_twin_builds(parties, passage: str, sentence: str):
    assert not found_of(parties, passage, sentence), sentence
