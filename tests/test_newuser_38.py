"""An English briefing written from scratch from three documents of the user's own, as a sports desk's doping appeal
rests on them: a fictional arbitral award with numbered paragraphs (Tessa Varga, an 800-metre runner, against the
Ardmore Anti-Doping Agency: salbutamol at 1,380 ng/mL against a threshold of 1,000 ng/mL, the violation upheld, a
four-year ban cut to two, 18,500 euros of prize money to return, a missed test left undecided, her later results to
be ruled on in a separate award), the agency's statement and her lawyer's (sources.yaml gives each its
`statement_of`): tests/fixtures/newuser_38/.

What the new editor met, writing 75 honest sentences the way a sports reporter paraphrases a ruling and 40
misstatements a careless editor makes (each checked in-process against the passage it cites, as `check` does, the
statements' with their author): before, 12 honest sentences were refused and 12 misstatements built (11 and 11 once
`aliases: [Appellant]` names Varga as the award does); now 7 are refused and 5 build. Fixed here, each where its
reading lives:
- a percentage over the threshold computed by the reporter ("38% above the threshold" of 1,380 and 1,000 ng/mL), a
  difference over a named level ("380 ng/mL over the limit") and a rounded multiple naming one figure ("nearly 1.4
  times the threshold"): computed.py;
- a reading and its threshold swapped ("1,000 ng/mL of salbutamol, against a threshold of 1,380 ng/mL", "The
  threshold ... is 1,380 ng/mL"): limits.py;
- a ban "upheld" that was reduced, a disqualification "cut" that was upheld: penalties.py;
- two figures' nouns swapped ("612 samples from 2,140 athletes" for "2,140 samples from 612 athletes"):
  counted_nouns.py;
- a point left for later told as ruled ("The panel ruled that her results ... are also disqualified" for "has not yet
  decided whether"): unfound.py;
- "ordered to pay" for a ruling's "The Appellant shall pay": decisions.py;
- "Varga says" for "The Appellant submits" was refused, rightly until `aliases` names her so, but the error did not
  say that: it now ends "if 'The Appellant' is how the source names that party, add it to the party's `aliases`"
  (speakers.py).
Still refused: "tested positive only once" for "the only adverse analytical finding" (no 1 in the passage), "the
hearing lasted two days" for "on 9 and 10 February", "she had not shown that she bore no significant fault" and "did
not establish that she bore no significant fault" (polarity.py reads the double negation as one dropped, where the
source's own ", however," between them builds), "could not reproduce a reading above 1,090 ng/mL" for "no more than
1,090", "fewer than 1% of the samples" for 9 of 2,140, "the highest reading her study produced" (a superlative), and
"Her lawyer, Daniel Brook, said" where only the statement's heading names him. Still built: "she bore no significant
fault" for "did not establish ... that she bore no significant fault", "The panel found that she did not cheat" citing
her lawyer's "The Panel accepted what Tessa has said ...", "The panel will rule ... by 15 April 2026" (the
submissions' deadline given to the ruling), "cut the ban from four years to one" (the "one" unread), and "up to 600
micrograms over 24 hours" for "1,600 micrograms over 24 hours, and no more than 600 micrograms over any eight hours".
The final fixture makes 1 false error on the code before ("38% above the limit"); the source's double negation
without its commas, a second, is still refused and stands in the fixture with them. Beyond the 115 sentences, six
cases on other topics (a speed limit, a fine, a clinic's doses, a hospital's patients) show each new reading.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from support import (Sentence, SentencesChecked, assert_statement_outcome, checked_fixture_project, edit, error_lines,
                     minimal_project, sentence_findings)

FIXTURE = REPO / "tests" / "fixtures" / "newuser_38"
PARTIES = ("  - id: varga\n    name: Tessa Varga\n    short_name: Varga\n    aliases: [Appellant]\n"
           "    role: appellant\n"
           "  - id: agency\n    name: Ardmore Anti-Doping Agency\n    short_name: The agency\n    aliases: [AADA]\n"
           "    role: respondent\n"
           "  - id: panel\n    name: Sports Arbitration Panel of Ardmore\n    short_name: The panel\n    role: court\n")

AGENCY = "Ardmore Anti-Doping Agency"
VARGA = "Tessa Varga"

READING = ("The laboratory reported a concentration of salbutamol of 1,380 ng/mL in that sample. The threshold for "
           "salbutamol under the Prohibited List is 1,000 ng/mL. Salbutamol is permitted below the threshold when "
           "inhaled at therapeutic doses.")
SAMPLE = ("On 14 June 2025, at the national championships in Kellport, the Appellant provided a urine sample after "
          "winning the final of the 800 metres.")
B_SAMPLE = "The Appellant's B sample was analysed on 8 July 2025 and confirmed the result of the A sample."
ONLY = ("This was the only adverse analytical finding in the Appellant's career. She had been tested 31 times since "
        "2019.")
BANNED = ("On 2 October 2025 the Agency imposed a period of ineligibility of four years, starting on 2 October 2025, "
          "and disqualified her results from the national championships.")
APPEALED = ("The Appellant filed her appeal on 20 October 2025. The hearing took place in Kellport on 9 and 10 "
            "February 2026.")
MISSED = ("The Agency alleges that the Appellant missed a test on 22 April 2025, when a doping control officer waited "
          "for 60 minutes at the address she had given and did not find her there.")
FORMER = ("The Appellant submits that the officer went to her former address, which she had removed from her "
          "whereabouts filing on 19 April 2025.")
UNDECIDED = ("The Panel does not decide whether the missed test of 22 April 2025 stands. A single whereabouts failure "
             "has no bearing on the sanction in this case.")
UPHELD = ("The Panel finds that the presence of salbutamol above the threshold is established. The anti-doping rule "
          "violation is upheld.")
ASTHMA = ("The Panel accepts that the Appellant suffers from asthma and holds a prescription for a salbutamol inhaler, "
          "issued in 2021.")
INTENT = ("The Panel finds, on the balance of probability, that the violation was not intentional. The Appellant did "
          "not establish, however, that she bore no significant fault: the controlled pharmacokinetic study she "
          "commissioned reproduced a concentration of no more than 1,090 ng/mL.")
REDUCED = ("The period of ineligibility is therefore reduced from four years to two years. It started on 2 October "
           "2025 and ends on 1 October 2027.")
PRIZE = ("The disqualification of the Appellant's results from the national championships of 14 June 2025 is upheld. "
         "She must return the prize money of 18,500 euros that she received for that event.")
LATER = ("The Panel has not yet decided whether the Appellant's results between 14 June 2025 and 2 October 2025 are "
         "also to be disqualified. The parties shall file written submissions on that question by 15 April 2026, and "
         "the Panel will rule on it in a separate award.")
COSTS = ("The Appellant shall pay 4,000 euros towards the Agency's legal costs. Each party shall otherwise bear its "
         "own costs.")
SUPREME = "This award may be appealed to the Supreme Court of Ardmore within 30 days of its notification."

A_UPHELD = ("The Panel has upheld the anti-doping rule violation. This confirms that Ms Varga's sample of 14 June 2025 "
            "contained salbutamol at 1,380 ng/mL, well above the threshold of 1,000 ng/mL that applies to every "
            "athlete.")
A_REGRET = ("The Agency regrets that the Panel reduced the period of ineligibility from four years to two years. The "
            "Agency had asked the Panel to confirm the four-year ban in full.")
A_QUOTE = ("\"A threshold is a threshold. Athletes who use an inhaler know where the limit is, and they are "
           "responsible for staying under it,\" said Martin Hale, the Agency's chief executive.")
A_MISSED = ("The Agency maintains that Ms Varga missed a test on 22 April 2025. Its doping control officer went to the "
            "address in her whereabouts filing for that day and waited there for an hour.")
A_APPEAL = ("The Agency will study the written reasons before deciding whether to appeal to the Supreme Court of "
            "Ardmore.")
A_SAMPLES = ("In 2025 the Agency collected 2,140 samples from 612 athletes. Nine of those samples led to an adverse "
             "analytical finding.")
A_DOSE = ("Under the Prohibited List an athlete may inhale up to 1,600 micrograms over 24 hours, and no more than 600 "
          "micrograms over any eight hours, without a therapeutic use exemption.")
A_STUDY = ("The Agency notes that the study Ms Varga commissioned reached no more than 1,090 ng/mL. Her sample was 290 "
           "ng/mL above that figure.")
A_RACED = ("Ms Varga was not provisionally suspended while she prepared her defence, and she raced four times between "
           "the championships and 2 October 2025.")

L_HALF = ("Today the Sports Arbitration Panel cut Tessa Varga's ban in half. The Panel accepted what Tessa has said "
          "from the first day: she did not set out to cheat, and she did not cheat.")
L_INHALER = ("She has used the same inhaler, on prescription, since 2021. On the morning of the final she took several "
             "puffs after an attack in the warm-up. The reading of 1,380 ng/mL came from that inhaler and nothing "
             "else.")
L_QUOTE = ("\"I have never taken anything to run faster. I am relieved that the Panel believed me, but two years is "
           "still two years of my career,\" Tessa Varga said.")
L_HARSH = ("A two-year ban for an athlete the Panel itself found did not intend to cheat is, in our view, too harsh. "
           "Tessa is considering an appeal to the Supreme Court of Ardmore and will decide within the 30 days the "
           "rules "
           "allow.")
L_ADDRESS = ("The doping control officer went to an address Tessa had removed from her filing three days earlier. She "
             "was at her new home, 40 kilometres away, for the whole of the hour.")
L_WEIGHT = ("A runner who weighs 52 kilograms, as Tessa does, and who is dehydrated after a race in 31 degrees of "
            "heat, can exceed it with a permitted dose. Our expert told the Panel that dehydration alone can raise a "
            "urine reading by up to 30 per cent.")
L_TESTS = ("Tessa was tested 31 times between 2019 and 2025, and only once did a sample exceed any threshold.")
L_RETURN = ("Tessa will return the prize money, as the award requires. She will not race again before 2 October 2027 "
            "unless the ban is shortened on appeal.")

# the same shapes on other topics
SPEED = "The car was travelling at 72 km/h on a stretch of road whose limit is 50 km/h."
FINE = "The appeal court reduced the fine to 2,000 euros. It upheld the driving ban of six months."
CLINIC = "The clinic treated 40 patients with 300 doses of the vaccine in March."
WARDS = "The hospital treated 1,250 patients in 2025, against 1,000 in 2024."

HONEST = [  # (passage, sentence, whose statement its source is): each a sports reporter's wording, all built
    (READING, "Varga's sample contained 1,380 ng/mL of salbutamol, against a threshold of 1,000 ng/mL.", ""),
    (READING, "Her reading was 38% above the threshold.", ""),
    (READING, "The reading was nearly 1.4 times the threshold.", ""),
    (READING, "Her sample held more than 1,300 ng/mL of salbutamol.", ""),
    (READING, "The concentration was 380 ng/mL over the limit.", ""),
    (READING, "The laboratory found salbutamol at 1,380 nanograms per millilitre.", ""),
    (READING, "Salbutamol is allowed below the threshold when it is inhaled at therapeutic doses.", ""),
    (SAMPLE, "Varga gave a urine sample on 14 June 2025, after winning the 800 metres final at the national "
             "championships in Kellport.", ""),
    (SAMPLE, "The sample was taken at the national championships in June 2025.", ""),
    (B_SAMPLE, "Her B sample, analysed on 8 July 2025, confirmed the result.", ""),
    (ONLY, "It was the only positive test of her career.", ""),
    (ONLY, "She had been tested 31 times since 2019.", ""),
    (BANNED, "The agency banned her for four years on 2 October 2025.", ""),
    (BANNED, "The agency also stripped her of her results from the national championships.", ""),
    (APPEALED, "Varga appealed on 20 October 2025.", ""),
    (APPEALED, "The panel heard the case in Kellport on February 9 and 10, 2026.", ""),
    (MISSED, "The agency says Varga missed a test on 22 April 2025.", ""),
    (MISSED, "According to the agency, a doping control officer waited an hour at the address she had given.", ""),
    (FORMER, "Varga says the officer went to her former address.", ""),
    (FORMER, "Her lawyers argued that she had removed that address from her whereabouts filing on 19 April 2025.", ""),
    (UNDECIDED, "The panel did not decide whether the missed test stands.", ""),
    (UNDECIDED, "The panel left the missed test undecided, saying a single whereabouts failure had no bearing on the "
                "sanction.", ""),
    (UPHELD, "The panel upheld the anti-doping rule violation.", ""),
    (UPHELD, "The panel found that salbutamol was present above the threshold.", ""),
    (ASTHMA, "The panel accepted that Varga has asthma and a prescription for a salbutamol inhaler issued in 2021.",
     ""),
    (INTENT, "The panel found that the violation was not intentional.", ""),
    (INTENT, "Her own pharmacokinetic study reproduced a reading of no more than 1,090 ng/mL.", ""),
    (REDUCED, "The panel cut the ban from four years to two.", ""),
    (REDUCED, "The ban was halved.", ""),
    (REDUCED, "Her ban now ends on 1 October 2027.", ""),
    (REDUCED, "The two-year ban runs from 2 October 2025.", ""),
    (REDUCED, "The ban was reduced to two years.", ""),
    (REDUCED, "The panel cut Varga's four-year ban to two years.", ""),
    (PRIZE, "The panel upheld the disqualification of her championship results.", ""),
    (PRIZE, "Varga must return €18,500 in prize money.", ""),
    (PRIZE, "She has to repay the 18,500 euros she won at the championships.", ""),
    (LATER, "The panel has yet to decide whether her results between June and October 2025 also fall.", ""),
    (LATER, "The parties have until 15 April 2026 to file written submissions.", ""),
    (LATER, "A separate award will settle whether her later results stand.", ""),
    (COSTS, "Varga was ordered to pay €4,000 towards the agency's legal costs.", ""),
    (COSTS, "She must pay 4,000 euros of the agency's legal costs.", ""),
    (SUPREME, "The award can be appealed to the Supreme Court of Ardmore within 30 days.", ""),
    (A_UPHELD, "The agency said the panel had upheld the violation.", AGENCY),
    (A_UPHELD, "The agency says her sample was well above the threshold of 1,000 ng/mL.", AGENCY),
    (A_REGRET, "The agency says it regrets that the ban was cut.", AGENCY),
    (A_REGRET, "The agency said it had asked for the four-year ban to be confirmed in full.", AGENCY),
    (A_QUOTE, "\"A threshold is a threshold,\" said Martin Hale, the agency's chief executive.", AGENCY),
    (A_QUOTE, "The agency's chief executive, Martin Hale, said athletes who use an inhaler know where the limit is.",
     AGENCY),
    (A_MISSED, "The agency says its officer waited at the address for an hour.", AGENCY),
    (A_MISSED, "The agency maintains that Varga missed a test on 22 April 2025.", AGENCY),
    (A_APPEAL, "The agency says it will decide whether to appeal after studying the written reasons.", AGENCY),
    (A_SAMPLES, "According to the agency, it collected 2,140 samples from 612 athletes in 2025.", AGENCY),
    (A_SAMPLES, "The agency says nine of its 2,140 samples in 2025 led to an adverse finding.", AGENCY),
    (A_DOSE, "Under the rules, an athlete may inhale up to 1,600 micrograms of salbutamol over 24 hours, the agency "
             "says.", AGENCY),
    (A_RACED, "The agency says Varga raced four times between the championships and 2 October 2025.", AGENCY),
    (A_RACED, "She was not provisionally suspended, according to the agency.", AGENCY),
    (L_HALF, "Her lawyer says she did not set out to cheat.", VARGA),
    (L_INHALER, "Varga's lawyer says she has used the same inhaler on prescription since 2021.", VARGA),
    (L_INHALER, "Her lawyer says the reading came from her inhaler.", VARGA),
    (L_QUOTE, "Varga said: \"I have never taken anything to run faster.\"", VARGA),
    (L_QUOTE, "Varga said two years was still two years of her career.", VARGA),
    (L_HARSH, "Her lawyer called the two-year ban too harsh.", VARGA),
    (L_HARSH, "Varga is considering an appeal to the Supreme Court, her lawyer said.", VARGA),
    (L_ADDRESS, "Her lawyer says she was at her new home, 40 kilometres away, for the whole hour.", VARGA),
    (L_WEIGHT, "Her lawyer says dehydration alone can raise a urine reading by up to 30%.", VARGA),
    (L_WEIGHT, "Varga weighs 52 kg, according to her lawyer.", VARGA),
    (L_TESTS, "Her lawyer says that in 31 tests since 2019 only one sample exceeded a threshold.", VARGA),
    (L_RETURN, "Her lawyer says she will not race again before 2 October 2027 unless the ban is shortened on appeal.",
     VARGA),
    (SPEED, "The car was travelling at 72 km/h, above the 50 km/h limit.", ""),
    (SPEED, "The car was going 22 km/h over the limit.", ""),
    (SPEED, "The car was travelling 44% above the limit.", ""),
    (FINE, "The appeal court cut the fine to 2,000 euros and upheld the six-month driving ban.", ""),
    (CLINIC, "The clinic gave 300 doses to 40 patients in March.", ""),
    (WARDS, "The hospital treated 25% more patients in 2025 than in 2024.", ""),
]

MISSTATED = [  # (passage, sentence, whose, what the error says): a careless editor's, all refused
    (REDUCED, "The panel upheld the four-year ban.", "",
     "this sentence says the ban was 'upheld' where its cited passages say it was 'reduced' ('The period of "
     "ineligibility is therefore reduced from four yea"),
    (UPHELD, "The panel overturned the anti-doping rule violation.", "",
     "this sentence says 'overturned' where its cited passages say 'upheld' ('The anti-doping rule violation is "
     "upheld')"),
    (PRIZE, "The panel overturned the disqualification of her championship results.", "",
     "this sentence says 'overturned' where its cited passages say 'upheld' ('The disqualification of the "
     "Appellant's results from the national championship"),
    (UPHELD, "The panel quashed the finding of an anti-doping rule violation.", "",
     "this sentence says 'quashed' where its cited passages say 'upheld' ('The anti-doping rule violation is upheld')"),
    (PRIZE, "The panel cut the disqualification of her results.", "",
     "this sentence says the disqualification was 'cut' where its cited passages say it was 'upheld' ('The "
     "disqualification of the Appellant's results from "),
    (FORMER, "The panel found that the officer went to her former address.", "",
     'this sentence gives the words to The panel, but its cited passages give them to The Appellant'),
    (FORMER, "The officer went to her former address.", "",
     'this sentence states as fact what its cited passages give only as the word of the Appellant'),
    (MISSED, "The panel found that Varga missed a test on 22 April 2025.", "",
     "the source gives this as someone's word ('alleges'), but it is worded as fact"),
    (MISSED, "Varga missed a test on 22 April 2025.", "",
     "the source gives this as someone's word ('alleges'), but it is worded as fact"),
    (UNDECIDED, "The panel ruled that the missed test stands.", "",
     "this sentence tells as the court's finding what its cited passages say the court does not find ('does not "
     "decide': 'whether the missed test of 22 Apri"),
    (READING, "Her sample contained 1,000 ng/mL of salbutamol, against a threshold of 1,380 ng/mL.", "",
     'this sentence gives 1,380 as the limit where its cited passages give the limit as 1,000 and 1,380 as what was '
     'measured against it'),
    (READING, "The threshold for salbutamol is 1,380 ng/mL.", "",
     'this sentence gives 1,380 as the limit where its cited passages give the limit as 1,000 and 1,380 as what was '
     'measured against it'),
    (ONLY, "Varga tested positive twice.", "",
     'figure "twice" is not in the passages this sentence cites'),
    (L_TESTS, "Varga's lawyer says she tested positive twice in 31 tests.", VARGA,
     'figure "twice" is not in the passages this sentence cites'),
    (SAMPLE, "The sample was taken on 15 June 2025.", "",
     'date "15 June 2025" is not in the passages this sentence cites'),
    (BANNED, "The agency banned her on 2 November 2025.", "",
     'date "2 November 2025" is not in the passages this sentence cites'),
    (REDUCED, "Her ban ends on 1 October 2028.", "",
     'date "1 October 2028" is not in the passages this sentence cites'),
    (COSTS, "The agency was ordered to pay 4,000 euros towards Varga's legal costs.", "",
     "this sentence names Varga where its cited passages name Agency ('euros towards the Agency's legal')"),
    (A_QUOTE, "\"A threshold is a threshold,\" said Varga.", AGENCY,
     'this sentence gives the words to Varga, but its cited passages give them to Martin Hale'),
    (A_QUOTE, "\"Athletes who use an inhaler know where the limit is, and they are responsible for staying well under "
              "it,\" said Martin Hale.", AGENCY,
     'quoted words "Athletes who use an inhaler know where the limit is, and they are responsible for staying well '
     'under it," are not in the passages this s'),
    (L_QUOTE, "\"I have never taken anything to cheat,\" Varga said.", VARGA,
     'quoted words "I have never taken anything to cheat," are not in the passages this sentence cites'),
    (L_QUOTE, "\"I am relieved that the Panel cleared me,\" Varga said.", VARGA,
     'quoted words "I am relieved that the Panel cleared me," are not in the passages this sentence cites'),
    (INTENT, "The panel found that the violation was intentional.", "",
     "this sentence drops the negation of its cited passage ('that the violation was not intentional')"),
    (INTENT, "Her study reproduced a concentration of more than 1,090 ng/mL.", "",
     'figure "more than 1,090" contradicts "no more than 1,090" in the passages this sentence cites'),
    (LATER, "The panel ruled that her results between June and October 2025 are also disqualified.", "",
     "this sentence tells as the court's finding what its cited passages say the court does not find ('has not yet "
     "decided': 'whether the Appellant's result"),
    (A_APPEAL, "The agency has decided to appeal to the Supreme Court.", AGENCY,
     'this sentence states as fact what its cited passages give only as the word of Ardmore Anti-Doping Agency, '
     'whose statement their source is'),
    (L_HARSH, "Varga has appealed to the Supreme Court of Ardmore.", VARGA,
     'this sentence states as fact what its cited passages give only as the word of Tessa Varga, whose statement '
     'their source is'),
    (SUPREME, "The award may be appealed within 60 days.", "",
     'figure "60" is not in the passages this sentence cites'),
    (A_SAMPLES, "The agency says it collected 612 samples from 2,140 athletes in 2025.", AGENCY,
     "this sentence gives 612 'samples' and 2,140 'athletes' where its cited passages give 612 'athletes' and 2,140 "
     "'samples'"),
    (L_INHALER, "The panel found that the reading came from her inhaler.", VARGA,
     'this sentence gives the words to The panel, but its cited passages are the statement of Tessa Varga'),
    (A_MISSED, "The panel found that the officer waited for an hour at her address.", AGENCY,
     "the source gives this as someone's word ('maintains'), but it is worded as fact"),
    (A_RACED, "The agency says Varga was provisionally suspended after the championships.", AGENCY,
     "this sentence drops the negation of its cited passage ('Ms Varga was not provisionally suspended')"),
    (APPEALED, "Varga filed her appeal on 20 November 2025.", "",
     'date "20 November 2025" is not in the passages this sentence cites'),
    (READING, "Her reading was 48% above the threshold.", "",
     'figure "48%" is not in the passages this sentence cites'),
    (REDUCED, "The ban was cut to two years and ends on 2 October 2027.", "",
     'date "2 October 2027" is not in the passages this sentence cites'),
    (SPEED, "The speed limit on that road is 72 km/h.", "",
     "this sentence gives 72 as the limit where its cited passages give the limit as 50 and 72 as what was measured "
     "against it"),
    (FINE, "The appeal court upheld the fine.", "",
     "this sentence says the fine was 'upheld' where its cited passages say it was 'reduced' ('The appeal court "
     "reduced the fine to 2,000 euros')"),
    (FINE, "The court reduced the driving ban.", "",
     "this sentence says the ban was 'reduced' where its cited passages say it was 'upheld'"),
    (CLINIC, "The clinic treated 300 patients with 40 doses of the vaccine in March.", "",
     "this sentence gives 300 'patients' and 40 'doses' where its cited passages give 300 'doses' and 40 'patients'"),
    (WARDS, "The hospital treated 20% more patients in 2025 than in 2024.", "",
     'figure "20%" is not in the passages this sentence cites'),
]


def statement_findings(sentence: str, passage: str, whose: str) -> list[str]:
    """Return what the build's sentence checks say of one sentence of the briefing citing one passage of a source that
    is `whose` statement throughout (sources.yaml's `statement_of`), in this process."""
    from explainer.model import Party

    parties = (Party(id="varga", name="Tessa Varga", short_name="Varga", aliases=["Appellant"], role="appellant"),
               Party(id="agency", name="Ardmore Anti-Doping Agency", short_name="The agency", aliases=["AADA"],
                     role="respondent"),
               Party(id="panel", name="Sports Arbitration Panel of Ardmore", short_name="The panel", role="court"))
    return sentence_findings(sentence, (passage,), "en", parties, whose)


@pytest.fixture(scope="module")
def checked(tmp_path_factory) -> SentencesChecked:
    """The one-sentence checks of this module's award cases, many in one load (support.SentencesChecked)."""
    root = minimal_project(tmp_path_factory.mktemp("newuser38") / "project")
    return SentencesChecked(root, [Sentence(passage, sentence, PARTIES)
                                   for passage, sentence, whose, *_ in HONEST + MISSTATED if not whose])


def outcome(checked: SentencesChecked, passage: str, sentence: str, whose: str, expected: str) -> None:
    """Assert the sentence builds ("ok") or is refused with `expected` (support.assert_statement_outcome)."""
    assert_statement_outcome(checked, passage, sentence, whose, expected, PARTIES, statement_findings)


def test_the_doping_appeal_briefing_passes_its_checks(tmp_path: Path):
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk, "check")
    assert result.code == 0, result.err
    assert "varga-appeal: 39 citations anchored to 39 passages" in result.out
    assert "ok: 1 briefing, 3 sources" in result.out


@pytest.mark.parametrize("passage, sentence, whose", HONEST, ids=[sentence[:50] for _, sentence, _ in HONEST])
def test_an_honest_wording_builds(checked: SentencesChecked, passage: str, sentence: str, whose: str):
    outcome(checked, passage, sentence, whose, "ok")


@pytest.mark.parametrize("passage, sentence, whose, named", MISSTATED,
                         ids=[sentence[:50] for _, sentence, *_ in MISSTATED])
def test_a_misstatement_is_refused(checked: SentencesChecked, passage: str, sentence: str, whose: str, named: str):
    outcome(checked, passage, sentence, whose, named)


def test_a_party_the_ruling_names_by_its_role_is_named_in_the_hint(tmp_path: Path):
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / "varga-appeal" / "briefing.yaml", "    aliases: [Appellant]\n", "")
    result = run_build(desk, "check")
    assert result.code == 1
    assert error_lines(result) == [
        "content/varga-appeal/background.yaml:16: `body`: this sentence gives the words to Varga, but its cited "
        "passages "
        "give them to The Appellant (name the speaker the source names, or cite the passage that gives the words to "
        "this one; if 'The Appellant' is how the source names that party, add it to the party's `aliases`)"]
