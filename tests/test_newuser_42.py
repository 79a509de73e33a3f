"""An English briefing written from scratch from three documents of the user's own, as a health desk's drug-approval
dispute rests on them: a fictional medicines regulator's public assessment report with numbered sections (the Medicines
Evaluation Board of Norland refuses Velomira, Brennick Therapeutics' twice-yearly cholesterol injection: one trial of
8,412 participants, a relative risk reduction of 22% (95% CI 12–31%; p = 0.002) and an absolute one of 1.4 percentage
points, injection-site reactions in 9.8% against 3.1%, liver enzyme rises in 1.9% against 0.7%, an expert committee's
7 to 4 vote to recommend approval on a condition, 2,450 euros a dose, an appeal hearing on 22 June 2026), the
company's press release (sources.yaml gives it `statement_of: Brennick Therapeutics`) and a medical journal's news
article quoting both sides, a patients' group and an independent statistician: tests/fixtures/newuser_42/.

What the new editor met, writing 74 honest sentences the way a health reporter paraphrases a trial and 39
misstatements a careless editor makes (each checked in-process against the passage it cites, as `check` does, the
press release's with its author), and the fixture briefing itself (9 errors on the code before, none now): before, 10
honest sentences were refused and 13 misstatements built (and 3 more were refused only for a condition the honest
wording also dropped); now 1 is refused and 5 build. Fixed here, each where its reading lives:
- a rate said as a multiple of another ("about three times as common on the drug as on placebo", "nearly three times
  as common", which a passage's "more than three times the upper limit of normal" beside them no longer qualifies),
  a share of two counts of one noun ("about 9% of the participants", "fewer than one in ten" of "8,412 participants
  ... 760 participants") and a price less its discount ("1,715 euros" of "30% on ... 2,450 euros"): computed.py,
  fractions_said.py;
- the terms of a decision taken are no condition of it ("voted ... to recommend approval, on condition that patients
  have their liver tested"): conditions.py; and a recommendation is a proposal, so "the committee approved the drug"
  is refused: stages.py;
- "Velomira is safe" for "Velomira appeared safe": likelihood.py;
- a relative reduction told as absolute ("in absolute terms ... by 22%"), and a confidence interval's end told as
  the result ("cut the risk by 31%" of "the interval runs from 12% to 31%"): the new trial_results.py;
- a share in words given to the wrong arm ("roughly one in ten patients on placebo"): group_figures.py;
- "sought approval" gives no approval, and "the decision rests on one trial" decides nothing: decisions.py;
- "voted 7 to 4 against approval" negates as "voted against" does: polarity.py; "welcomed" for "criticised":
  opposites.py; "about two and a half years" rounds "2.4 years" to a half: attribution.py;
- a claim's card whose claimant believes its words ("Brennick believes that the liver findings are manageable") was
  refused as a belief told as fact, though the card names whose belief it is: cite.py.
Refused then, built since (tests/test_fixes_61.py): "The company says Velomira cut the risk ..." citing the chief
executive's quoted words in the company's own press release (the quote's speaker was read, not the source's author).
Still built: "The regulator found
that Velomira reduced heart attacks by a third" citing the press release (the regulator named by its role, no name of
a party: the README said "The court found" is refused, and now says a role is read once it is an alias),
"Norland's medicines regulator
approved Velomira" citing "The Board has refused the application for a marketing authorisation for Velomira" (one
word shared), "a price of €4,900 per dose" for "2,450 euros per dose, or 4,900 euros a year", "treated for one year"
for "for 2.4 years" (the "one" of "one event" backs it), and "Most of the trial's participants were enrolled in
Norland" for 760 of 8,412. Beyond the sentences of the briefing's sources, a few cases on other topics (a vaccine, a
survey, an anticoagulant, a merger, a pilot scheme) show each new reading.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from support import (Sentence, SentencesChecked, assert_statement_outcome, checked_fixture_project, edit,
                     minimal_project, sentence_findings)

FIXTURE = REPO / "tests" / "fixtures" / "newuser_42"

PARTIES = ("  - id: brennick\n    name: Brennick Therapeutics\n    short_name: Brennick\n    aliases: [applicant]\n"
           "    role: drug maker\n"
           "  - id: board\n    name: Medicines Evaluation Board of Norland\n    short_name: The Board\n"
           "    role: regulator\n"
           "  - id: committee\n    name: Independent Advisory Committee on Medicines\n    short_name: The committee\n"
           "    role: expert panel\n"
           "  - id: alliance\n    name: Heart Patients Alliance\n    short_name: The alliance\n"
           "    role: patients' group\n")

BRENNICK = "Brennick Therapeutics"

REFUSED = ("The Board has refused the application for a marketing authorisation for Velomira. The Board considers that "
           "the benefits of Velomira have not been shown to outweigh its risks in the population applied for.")
APPEAL = ("The applicant may appeal against this decision to the Medicines Appeal Tribunal. The Tribunal has set a "
          "hearing for 22 June 2026.")
MEDICINE = ("Olvesirant is a small interfering RNA that lowers low-density lipoprotein cholesterol. It is given as an "
            "injection under the skin twice a year.")
USE = ("The applicant proposed that Velomira be used in adults who have had a heart attack or a stroke and whose "
       "cholesterol remains high despite a statin.")
STUDY = ("The application rests on one randomised, double-blind study, VELO-3, which enrolled 8,412 participants in 14 "
         "countries. Of these, 4,206 received Velomira and 4,206 received placebo. Only 760 participants were "
         "enrolled in Norland.")
FOLLOW = "The median follow-up was 2.4 years."
PRIMARY = ("The primary endpoint, a heart attack, a stroke or death from a cardiovascular cause, occurred in 215 "
           "participants on Velomira (5.1%) and in 273 participants on placebo (6.5%). This corresponds to a relative "
           "risk reduction of 22% (95% CI 12–31%; p = 0.002) and an absolute risk reduction of 1.4 percentage "
           "points.")
HEART = ("Heart attacks alone occurred in 2.0% of participants on Velomira and in 3.0% of participants on placebo, a "
         "relative reduction of 33%. The Board regards this as a secondary result that the study was not designed to "
         "confirm.")
DEATHS = "There was no difference in death from any cause between the two groups."
MISSING = ("A total of 530 participants (6.3%) left the study early. The Board considers that the way the applicant "
           "handled their missing data may have overstated the benefit.")
INJECTION = ("Reactions at the injection site occurred in 9.8% of participants on Velomira and in 3.1% of participants "
             "on placebo. Most were mild.")
LIVER = ("Rises in liver enzymes to more than three times the upper limit of normal occurred in 1.9% of participants "
         "on Velomira and in 0.7% of participants on placebo. Two participants on Velomira developed liver injury "
         "that needed treatment in hospital.")
SERIOUS = ("Serious adverse events occurred in 14.2% of participants on Velomira and in 14.0% of participants on "
           "placebo.")
EARLY = ("In the earlier phase 2 studies, which enrolled 640 patients for up to 12 months, Velomira appeared safe and "
         "was well tolerated. The Board notes that those studies were too small and too short to detect the liver "
         "signal seen in VELO-3.")
COMMITTEE = ("On 3 February 2026 the Committee voted by seven votes to four to recommend approval, on condition that "
             "patients have their liver tested every three months during the first year.")
NOT_FOLLOWED = ("The Board has not followed that recommendation. The Board does not dispute the Committee's reading "
                "of the primary result, but it gives more weight to the liver findings and to the missing data.")
PRICE = ("The applicant proposes a price of 2,450 euros per dose, or 4,900 euros a year. The price played no part in "
         "the Board's decision, which rests on benefit and risk alone.")
PATIENTS = ("The Board received a submission from the Heart Patients Alliance, which asked for Velomira to be "
            "approved for patients who cannot take other cholesterol-lowering medicines.")
NEXT = ("The Board would consider a new application that includes longer follow-up of liver safety. The Board has "
        "not asked the applicant for a new study.")

R_APPEAL = ("Brennick Therapeutics today announced that it will appeal the decision of the Medicines Evaluation Board "
            "of Norland to refuse approval of Velomira (olvesirant), its twice-yearly cholesterol-lowering injection "
            "for people who have had a heart attack or a stroke.")
R_QUOTE = ("\"We are deeply disappointed. Velomira cut the risk of heart attack, stroke or cardiovascular death by 22% "
           "in a large, rigorous trial, and an independent committee of experts recommended it for approval,\" said "
           "Dr Anna Reyes, Chief Executive Officer of Brennick Therapeutics.")
R_THIRD = ("The VELO-3 trial enrolled 8,412 patients in 14 countries and followed them for a median of 2.4 years. "
           "Velomira reduced heart attacks by a third compared with placebo.")
R_LIVER = ("Brennick believes that the liver findings are manageable with regular blood tests, as the Committee "
           "itself proposed. In the VELO-3 trial, rises in liver enzymes returned to normal in every patient who "
           "stopped treatment.")
R_ELSEWHERE = ("Velomira has been approved in three other countries since October 2025. More than 11,000 patients "
               "have received it outside clinical trials.")
R_ELIGIBLE = "About 120,000 people in Norland could benefit from Velomira, according to Brennick's estimate."
R_DISCOUNT = ("Brennick has offered the national health service a discount of 30% on the list price of 2,450 euros "
              "per dose for the first three years.")
R_LIND = ("\"We will present new data at the hearing showing that the benefit holds after four years of treatment,\" "
          "said Dr Tomas Lind, Brennick's Chief Medical Officer.")
R_SIDE = ("The most common side effect was a reaction at the injection site, reported by 9.8% of patients on "
          "Velomira. Most reactions were mild and lasted less than two days.")
R_DOSING = ("Velomira is given by a nurse or doctor as an injection under the skin, once every six months, after two "
            "starting doses three months apart.")

J_LEDE = ("Norland's medicines regulator has refused to approve Velomira, a twice-yearly cholesterol-lowering "
          "injection made by Brennick Therapeutics, overruling its own advisory committee and setting up an appeal "
          "that will be heard in June.")
J_DATE = ("The Medicines Evaluation Board announced its decision on 12 March. Its assessment report says the benefits "
          "of the drug have not been shown to outweigh its risks. The Independent Advisory Committee on Medicines had "
          "voted seven to four in February to recommend approval.")
J_TRIAL = ("The decision rests on a single trial, VELO-3, in which 8,412 people who had already had a heart attack or "
           "stroke received either Velomira or placebo. After a median of 2.4 years, 5.1% of those on Velomira had "
           "suffered a heart attack, a stroke or died of cardiovascular causes, against 6.5% of those on placebo.")
J_BOTH = ("The company says the drug cut that risk by 22%. The Board accepts that figure but says the absolute "
          "difference was 1.4 percentage points.")
J_MARSH1 = ("\"Both numbers are correct, and they describe the same result,\" said Dr Helena Marsh, a statistician at "
            "the University of Kellport who was not involved in the trial. \"A relative reduction of 22% sounds "
            "large. In absolute terms, about 71 people would need to be treated for 2.4 years to prevent one "
            "event.\"")
J_MARSH2 = ("Dr Marsh said the confidence interval was reassuring on one point. \"The interval runs from 12% to 31%, "
            "so the benefit is unlikely to be zero. But the true effect could be as small as 12%, and the study was "
            "not large enough to say whether the drug saves lives,\" she said.")
J_LIVER = ("The Board's main concern was the liver. Liver enzyme rises were almost three times as common on Velomira "
           "as on placebo, and two patients on the drug were admitted to hospital with liver injury. \"We cannot "
           "approve a medicine for hundreds of thousands of long-term users on the strength of a liver signal we do "
           "not yet understand,\" said Dr Martin Osei, who chairs the Board.")
J_LIND = ("Brennick disputes that reading. Its chief medical officer, Dr Tomas Lind, said the liver changes were "
          "reversible and could be caught with blood tests.")
J_ALLIANCE = ("The Heart Patients Alliance, which represents about 45,000 members, criticised the refusal. \"Many of "
              "our members cannot tolerate statins and have run out of options,\" said its director, Ruth Okafor. "
              "\"They are being asked to wait while the regulator and the company argue.\"")
J_PRICE = ("Dr Marsh also questioned the company's price. At 2,450 euros a dose, a year of treatment would cost 4,900 "
           "euros, she said, \"a price that would be hard to justify for a benefit of this size, whatever the "
           "Tribunal decides\".")
J_TRIBUNAL = ("The Medicines Appeal Tribunal will hear Brennick's appeal on 22 June. If the Tribunal finds for the "
              "company, the Board must reconsider the application within 90 days; it cannot order the Board to "
              "approve the drug.")

# the same shapes on other topics
VACCINE = ("The vaccine cut hospital admissions by 40% in relative terms; the absolute reduction was 0.8 percentage "
           "points.")
SURVEY = "The survey reached 1,200 residents. Only 300 residents had flooding in their homes."
BLEEDING = "Bleeding occurred in 4.2% of patients on Dravin and in 1.4% of patients on warfarin."
MERGER = "The panel voted to approve the merger, provided that the company sells two of its stores."
DEATHS_CUT = "The treatment lowered deaths by 20%, with a confidence interval running from 5% to 33%."
ROUTE = "In a pilot with 40 families, the scheme appeared effective."

HONEST = [  # (passage, sentence, whose statement its source is): each a health reporter's wording, all built
    (REFUSED, "Norland's medicines regulator refused to approve Velomira.", ""),
    (REFUSED, "The Board said the drug's benefits had not been shown to outweigh its risks.", ""),
    (APPEAL, "Brennick can appeal to the Medicines Appeal Tribunal, which will hold a hearing on 22 June 2026.", ""),
    (APPEAL, "An appeal hearing is set for June 22, 2026.", ""),
    (MEDICINE, "Velomira is injected under the skin twice a year.", ""),
    (MEDICINE, "The drug, olvesirant, lowers LDL cholesterol.", ""),
    (USE, "Brennick sought approval for adults who have had a heart attack or stroke and whose cholesterol stays "
          "high despite a statin.", ""),
    (STUDY, "The trial enrolled 8,412 people in 14 countries.", ""),
    (STUDY, "Half of the participants received the drug and half a placebo.", ""),
    (STUDY, "Fewer than one in ten participants were from Norland.", ""),
    (STUDY, "Only about 9% of the participants were enrolled in Norland.", ""),
    (FOLLOW, "Patients were followed for a median of 2.4 years.", ""),
    (PRIMARY, "Velomira cut the risk of a heart attack, stroke or cardiovascular death by 22% relative to "
              "placebo.", ""),
    (PRIMARY, "In absolute terms, the drug lowered the risk by 1.4 percentage points, from 6.5% to 5.1%.", ""),
    (PRIMARY, "The result was statistically significant (p = 0.002).", ""),
    (PRIMARY, "The 95% confidence interval for the reduction ran from 12% to 31%.", ""),
    (PRIMARY, "About one in 20 patients on the drug had a heart attack, a stroke or died of cardiovascular causes, "
              "against about one in 15 on placebo.", ""),
    (PRIMARY, "215 patients on Velomira and 273 on placebo had a heart attack or a stroke or died of cardiovascular "
              "causes.", ""),
    (PRIMARY, "There were 58 fewer such events on Velomira than on placebo.", ""),
    (PRIMARY, "The drug cut the relative risk by 22% (95% CI 12–31%).", ""),
    (HEART, "The drug cut the risk of heart attack by about a third.", ""),
    (HEART, "Heart attacks fell from 3.0% on placebo to 2.0% on Velomira, a secondary result the trial was not "
            "designed to confirm.", ""),
    (DEATHS, "The drug did not reduce deaths from any cause.", ""),
    (MISSING, "About 6% of participants dropped out of the study early.", ""),
    (MISSING, "The Board said the way Brennick handled missing data may have overstated the benefit.", ""),
    (INJECTION, "Roughly one in ten patients on Velomira had a reaction at the injection site, against 3.1% on "
                "placebo.", ""),
    (INJECTION, "Injection-site reactions were about three times as common on the drug as on placebo.", ""),
    (INJECTION, "Most injection-site reactions were mild.", ""),
    (LIVER, "Liver enzyme rises occurred in 1.9% of patients on the drug and 0.7% on placebo.", ""),
    (LIVER, "Two patients on Velomira were treated in hospital for liver injury.", ""),
    (LIVER, "Liver enzyme rises were nearly three times as common on Velomira as on placebo.", ""),
    (SERIOUS, "Serious adverse events were about as common on Velomira (14.2%) as on placebo (14.0%).", ""),
    (EARLY, "In early trials of 640 patients, Velomira appeared safe.", ""),
    (EARLY, "The drug appeared safe and well tolerated in earlier, smaller studies lasting up to a year.", ""),
    (EARLY, "The Board said those studies were too small and too short to detect the liver signal.", ""),
    (COMMITTEE, "An independent expert committee voted 7 to 4 to recommend approval on 3 February 2026.", ""),
    (COMMITTEE, "The committee recommended approval on condition that patients have liver tests every three months "
                "in the first year.", ""),
    (COMMITTEE, "The advisory committee backed the drug by seven votes to four.", ""),
    (NOT_FOLLOWED, "The regulator did not follow the committee's recommendation.", ""),
    (NOT_FOLLOWED, "The Board gave more weight to the liver findings and the missing data.", ""),
    (PRICE, "Brennick proposes a price of €2,450 per dose, or €4,900 a year.", ""),
    (PRICE, "The Board said price played no part in its decision.", ""),
    (PATIENTS, "The Heart Patients Alliance asked for the drug to be approved for patients who cannot take other "
               "cholesterol-lowering medicines.", ""),
    (NEXT, "The Board has not asked Brennick for a new study.", ""),
    (NEXT, "The regulator would consider a new application with longer follow-up of liver safety.", ""),
    (R_APPEAL, "Brennick says it will appeal the decision.", BRENNICK),
    (R_QUOTE, "Brennick's chief executive, Dr Anna Reyes, said the company was \"deeply disappointed\".", BRENNICK),
    (R_THIRD, "Brennick says Velomira reduced heart attacks by a third.", BRENNICK),
    (R_LIVER, "Brennick says the liver findings can be managed with regular blood tests.", BRENNICK),
    (R_LIVER, "According to the company, liver enzyme levels returned to normal in every patient who stopped "
              "treatment.", BRENNICK),
    (R_ELSEWHERE, "The company says more than 11,000 patients have received Velomira outside trials.", BRENNICK),
    (R_ELSEWHERE, "Brennick says the drug has been approved in three other countries since October 2025.", BRENNICK),
    (R_ELIGIBLE, "Brennick estimates that about 120,000 people in Norland could benefit.", BRENNICK),
    (R_DISCOUNT, "Brennick says it has offered a 30% discount on the list price for the first three years.", BRENNICK),
    (R_DISCOUNT, "With the discount, a dose would cost 1,715 euros, by Brennick's figures.", BRENNICK),
    (R_LIND, "Brennick's chief medical officer said the company would present new data at the hearing.", BRENNICK),
    (R_SIDE, "The company says most injection-site reactions were mild and lasted less than two days.", BRENNICK),
    (R_DOSING, "According to Brennick, the drug is given every six months after two starting doses three months "
               "apart.", BRENNICK),
    (J_LEDE, "The regulator overruled its own advisory committee.", ""),
    (J_DATE, "The Board announced its decision on 12 March.", ""),
    (J_TRIAL, "After about two and a half years, 5.1% of patients on Velomira had suffered a heart attack, a stroke "
              "or died of cardiovascular causes, against 6.5% on placebo.", ""),
    (J_BOTH, "The Board accepts the 22% figure but says the absolute difference was 1.4 percentage points.", ""),
    (J_MARSH1, "Dr Helena Marsh, an independent statistician, said about 71 people would need to be treated for 2.4 "
               "years to prevent one event.", ""),
    (J_MARSH1, "\"Both numbers are correct,\" said Helena Marsh, a statistician at the University of Kellport.", ""),
    (J_MARSH2, "Marsh said the true effect could be as small as 12%.", ""),
    (J_MARSH2, "The trial was not large enough to show whether the drug saves lives, Marsh said.", ""),
    (J_LIVER, "Dr Martin Osei, who chairs the Board, said the regulator could not approve the drug on the strength "
              "of a liver signal it did not yet understand.", ""),
    (J_LIND, "Brennick's chief medical officer, Dr Tomas Lind, said the liver changes were reversible.", ""),
    (J_ALLIANCE, "The Heart Patients Alliance, with about 45,000 members, criticised the refusal.", ""),
    (J_ALLIANCE, "\"Many of our members cannot tolerate statins and have run out of options,\" said Ruth Okafor, the "
                 "alliance's director.", ""),
    (J_PRICE, "Marsh said a price of 2,450 euros a dose would be hard to justify for a benefit of this size.", ""),
    (J_TRIBUNAL, "If the tribunal sides with Brennick, the Board must reconsider the application within 90 days.", ""),
    (J_TRIBUNAL, "The tribunal cannot order the Board to approve the drug.", ""),
    (STUDY, "The decision rests on one trial, VELO-3.", ""),
    (VACCINE, "The vaccine cut admissions by 40% in relative terms.", ""),
    (VACCINE, "In absolute terms, admissions fell by 0.8 percentage points.", ""),
    (SURVEY, "A quarter of the residents had flooding in their homes.", ""),
    (SURVEY, "About 25% of the residents had flooding in their homes.", ""),
    (BLEEDING, "Bleeding was three times as common on Dravin as on warfarin.", ""),
    (BLEEDING, "Roughly one in 25 patients on Dravin had bleeding.", ""),
    (MERGER, "The panel voted to approve the merger.", ""),
    (DEATHS_CUT, "The treatment lowered deaths by 20%.", ""),
    (DEATHS_CUT, "The true effect could be as large as 33%.", ""),
    (ROUTE, "In a pilot with 40 families, the scheme appeared effective.", ""),
]

MISSTATED = [  # (passage, sentence, whose, what the error says): a careless editor's, all refused
    (PRIMARY, "Velomira cut the risk of a heart attack, stroke or cardiovascular death by 22 percentage points.", "",
     "figure \"22\" is not in the passages this sentence cites"),
    (PRIMARY, "In absolute terms, the drug lowered the risk by 22%.", "",
     "this sentence gives 22% as an absolute reduction where its cited passages give it as a relative one"),
    (PRIMARY, "The drug cut the absolute risk by 22%.", "",
     "this sentence gives 22% as an absolute reduction where its cited passages give it as a relative one"),
    (EARLY, "Velomira is safe.", "",
     "this sentence states as fact what its cited passages give only as probable or possible ('appeared safe': 'Velo"),
    (EARLY, "In early trials of 640 patients, Velomira was safe and well tolerated.", "",
     "this sentence states as fact what its cited passages give only as probable or possible ('appeared safe': 'Velo"),
    (R_LIVER, "The Board found that the liver findings are manageable with regular blood tests.", BRENNICK,
     "this sentence gives the words to The Board, but its cited passages are the statement of Brennick Therapeutics"),
    (R_ELSEWHERE, "More than 11,000 patients have received Velomira outside clinical trials.", BRENNICK,
     "this sentence states as fact what its cited passages give only as the word of Brennick Therapeutics, whose sta"),
    (PRIMARY, "Velomira cut the risk by 31%.", "",
     "figure \"31%\" leaves out the qualifier of \"12–31%\" in the passages this sentence cites"),
    (PRIMARY, "The drug reduced the risk of a heart attack, stroke or cardiovascular death by 12%.", "",
     "figure \"12%\" leaves out the qualifier of \"12–31%\" in the passages this sentence cites"),
    (J_MARSH2, "The drug cut the risk by 31%, Marsh said.", "",
     "this sentence gives 31%, an end of the confidence interval its cited passages give (interval runs from 12% to "),
    (INJECTION, "Reactions at the injection site occurred in 9.8% of patients on placebo.", "",
     "this sentence gives 'placebo' a figure its cited passage gives 'Velomira' (9.8%)"),
    (LIVER, "Liver enzyme rises occurred in 1.9% of patients on placebo and 0.7% on Velomira.", "",
     "this sentence gives 'placebo' a figure its cited passage gives 'Velomira' (1.9%)"),
    (INJECTION, "Roughly one in ten patients on placebo had a reaction at the injection site.", "",
     "this sentence gives 'placebo' \"Roughly one in ten\", the share its cited passage gives 'Velomira' (9.8%)"),
    (COMMITTEE, "An independent expert committee approved Velomira on 3 February 2026.", "",
     "this sentence takes it further ('approved') than its cited passages do ('recommend')"),
    (J_DATE, "The advisory committee approved the drug in February.", "",
     "this sentence takes it further ('approved') than its cited passages do ('recommend')"),
    (COMMITTEE, "The committee voted 7 to 4 against approval.", "",
     "this sentence adds a negation to its cited passage ('On 3 February 2026 the Committee voted by seven votes to "),
    (APPEAL, "The appeal hearing is set for 22 July 2026.", "",
     "date \"22 July 2026\" is not in the passages this sentence cites"),
    (COMMITTEE, "The committee voted on 3 March 2026.", "",
     "date \"3 March 2026\" is not in the passages this sentence cites"),
    (J_TRIAL, "After about three and a half years, 5.1% of patients on Velomira had suffered a heart attack.", "",
     "figure \"three and a half\" is not in the passages this sentence cites"),
    (J_DATE, "The Board announced its decision on 13 March.", "",
     "date \"13 March\" is not in the passages this sentence cites"),
    (J_MARSH1, "\"Both numbers are misleading,\" said Helena Marsh.", "",
     "quoted words \"Both numbers are misleading,\" are not in the passages this sentence cites"),
    (J_ALLIANCE, "\"Our members have run out of options,\" said Ruth Okafor.", "",
     "quoted words \"Our members have run out of options,\" are not in the passages this sentence cites"),
    (J_LIVER, "\"We cannot approve a medicine on the strength of a liver signal we do not understand,\" said Dr "
              "Martin Osei.", "",
     "quoted words \"We cannot approve a medicine on the strength of a liver signal we do not understand,\" are not "
     "in"),
    (R_QUOTE, "\"Velomira cut the risk of heart attack by 22%,\" said Dr Anna Reyes.", BRENNICK,
     "quoted words \"Velomira cut the risk of heart attack by 22%,\" are not in the passages this sentence cites"),
    (NOT_FOLLOWED, "The Board followed the committee's recommendation.", "",
     "this sentence drops the negation of its cited passage ('The Board has not followed that recommendation')"),
    (MISSING, "The Board found that the missing data overstated the benefit.", "",
     "this sentence states as fact what its cited passages give only as probable or possible ('may have': 'The Board"),
    (DEATHS, "The drug reduced deaths from any cause.", "",
     "this sentence drops the negation of its cited passage ('There was no difference in death from any cause betwee"),
    (PRICE, "The price was one reason for the Board's decision.", "",
     "this sentence drops the negation of its cited passage ('The price played no part in the Board's decision')"),
    (J_ALLIANCE, "The Heart Patients Alliance, which represents about 45,000 members, welcomed the refusal.", "",
     "this sentence says 'welcomed' where its cited passages say 'criticised'"),
    (NEXT, "The Board has asked Brennick for a new study.", "",
     "this sentence drops the negation of its cited passage ('The Board has not asked the applicant for a new study'"),
    (J_TRIBUNAL, "If the tribunal sides with Brennick, it can order the Board to approve the drug.", "",
     "this sentence drops the negation of its cited passage ('it cannot order the Board to approve the drug')"),
    (R_DISCOUNT, "Brennick says it has offered a 30% discount for the first five years.", BRENNICK,
     "figure \"five\" is not in the passages this sentence cites"),
    (SERIOUS, "Serious adverse events occurred in 14.2% of patients on placebo and 14.0% on Velomira.", "",
     "this sentence gives 'placebo' a figure its cited passage gives 'Velomira' (14.2%)"),
    (INJECTION, "Injection-site reactions were about five times as common on the drug as on placebo.", "",
     "figure \"five\" is not in the passages this sentence cites"),
    (HEART, "The trial's main result was a one-third cut in heart attacks.", "",
     "figure \"one-third\" is not in the passages this sentence cites"),
    (STUDY, "Only about 20% of the participants were enrolled in Norland.", "",
     "figure \"20%\" is not in the passages this sentence cites"),
    (STUDY, "Fewer than one in twenty participants were from Norland.", "",
     "figure \"twenty\" is not in the passages this sentence cites"),
    (LIVER, "Liver enzyme rises were more than three times as common on Velomira as on placebo.", "",
     "\"three times\" is no ratio of two rates in the passages this sentence cites"),
    (VACCINE, "The vaccine cut the absolute risk of admission by 40%.", "",
     "this sentence gives 40% as an absolute reduction where its cited passages give it as a relative one"),
    (SURVEY, "About 40% of the residents had flooding in their homes.", "",
     "figure \"40%\" is not in the passages this sentence cites"),
    (BLEEDING, "Bleeding was five times as common on Dravin as on warfarin.", "",
     "figure \"five\" is not in the passages this sentence cites"),
    (BLEEDING, "Roughly one in 25 patients on warfarin had bleeding.", "",
     "this sentence gives 'warfarin' \"Roughly one in 25\", the share its cited passage gives 'Dravin' (4.2%)"),
    (DEATHS_CUT, "The treatment lowered deaths by 33%.", "",
     "this sentence gives 33%, an end of the confidence interval its cited passages give (confidence interval runnin"),
    (ROUTE, "The scheme was effective, the pilot found.", "",
     "this sentence states as fact what its cited passages give only as probable or possible ('appeared effective': "),
    (R_DISCOUNT, "With the discount, a dose would cost 1,615 euros, by Brennick's figures.", BRENNICK,
     "figure \"1,615\" is not in the passages this sentence cites"),
]


def statement_findings(sentence: str, passage: str, whose: str, board_aliases: tuple[str, ...] = ()) -> list[str]:
    """Return what the build's sentence checks say of one sentence of the briefing citing one passage of a source that
    is `whose` statement throughout (sources.yaml's `statement_of`), in this process."""
    from explainer.model import Party

    parties = (Party(id="brennick", name="Brennick Therapeutics", short_name="Brennick", aliases=["applicant"],
                     role="drug maker"),
               Party(id="board", name="Medicines Evaluation Board of Norland", short_name="The Board",
                     aliases=list(board_aliases), role="regulator"),
               Party(id="committee", name="Independent Advisory Committee on Medicines", short_name="The committee",
                     role="expert panel"),
               Party(id="alliance", name="Heart Patients Alliance", short_name="The alliance", role="patients' group"))
    return sentence_findings(sentence, (passage,), "en", parties, whose)


@pytest.fixture(scope="module")
def checked(tmp_path_factory) -> SentencesChecked:
    """The one-sentence checks of this module's cases, many in one load (support.SentencesChecked)."""
    root = minimal_project(tmp_path_factory.mktemp("newuser42") / "project")
    return SentencesChecked(root, [Sentence(passage, sentence, PARTIES)
                                   for passage, sentence, whose, *_ in HONEST + MISSTATED if not whose])


def outcome(checked: SentencesChecked, passage: str, sentence: str, whose: str, expected: str) -> None:
    """Assert the sentence builds ("ok") or is refused with `expected` (support.assert_statement_outcome)."""
    assert_statement_outcome(checked, passage, sentence, whose, expected, PARTIES, statement_findings)


def test_the_drug_approval_briefing_passes_its_checks(tmp_path: Path):
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk, "check")
    assert result.code == 0, result.err
    assert "velomira-refusal: 39 citations anchored to 39 passages" in result.out
    assert "ok: 1 briefing, 3 sources" in result.out


def test_a_belief_is_the_claimants_on_its_card_and_no_fact_in_the_background(tmp_path: Path):
    """The claim card's "The liver findings can be managed with regular blood tests" builds (its claimant, Brennick,
    says whose belief it is); the same words in the background, citing the same passage, are refused."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / "velomira-refusal" / "background.yaml",
         "Most injection-site reactions were mild.[^injection]",
         "Most injection-site reactions were mild.[^injection] The liver findings can be managed with regular blood "
         "tests.[^release-liver]")
    result = run_build(desk, "check")
    assert result.code == 1
    assert "background.yaml:30: `body`: the source gives this as someone's belief ('believes'" in result.err


@pytest.mark.parametrize("passage, sentence, whose", HONEST, ids=[sentence[:50] for _, sentence, _ in HONEST])
def test_an_honest_wording_builds(checked: SentencesChecked, passage: str, sentence: str, whose: str):
    outcome(checked, passage, sentence, whose, "ok")


@pytest.mark.parametrize("passage, sentence, whose, named", MISSTATED,
                         ids=[sentence[:50] for _, sentence, *_ in MISSTATED])
def test_a_misstatement_is_refused(checked: SentencesChecked, passage: str, sentence: str, whose: str, named: str):
    outcome(checked, passage, sentence, whose, named)


def test_a_finding_given_to_a_party_by_its_role_is_read_once_the_role_is_an_alias():
    """README: a party's `role` is no name, so "The regulator found that ..." of the company's press release builds,
    until the regulator's aliases give that name."""
    sentence = "The regulator found that Velomira reduced heart attacks by a third."
    assert statement_findings(sentence, R_THIRD, BRENNICK) == []
    assert statement_findings(sentence, R_THIRD, BRENNICK, ("regulator",)) == [
        "this sentence gives the words to The regulator, but its cited passages are the statement of Brennick "
        "Therapeutics: \"The regulator found that Velomira reduced heart attacks by a third.\""]
