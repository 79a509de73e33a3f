"""A new user's briefing on a drug-safety dispute (tests/fixtures/newuser_119: Halden Biologics' RSV vaccine Corvexa,
its licence suspended, not revoked, by the National Medicines Agency for three months from 12 March 2027, review on 11
June 2027; the Patients First Alliance asking for it to be revoked; the Independent Vaccine Safety Panel as a neutral
body), written from the README alone, from three sources they wrote: the Agency's safety review summary (efficacy of
82%, 95% CI 71% to 89%, by the company's count and 68%, 52% to 79%, by the Agency's; 14,200 participants, 7,100 per
arm; 41 and 27 serious adverse events; 9 and 2 Guillain-Barré cases; a relative risk of 4.5; about 1 in 790 against
1 in 3,550; six batches recalled), Halden's statement (`statement_of` Halden Biologics) and a news report of 19 March
2027 with a correction (eight batches and a report by 28 June corrected to six and 28 May). It uses every content
file: background, timeline, a comparison, claims, quotes, caveats and a log with a correction.

Writing it, the editor met:
1. A comparison's rows "Lower bound of 95% confidence interval" (71) and "Upper bound ..." (89) citing "(95%
   confidence interval 71% to 89%)" were refused, told to write `bound: at least` and `bound: up to`: the table would
   then show "at least 71%" as the interval's lower bound, a figure the source never gives. A measure naming a
   range's lower or upper bound (limit, end) now takes that end exactly (range_end_measures.py, in comparisons.py's
   bound check); "Lowest efficacy" is still told to write `bound: at least`.
2. A claim of Halden's citing "Corvexa was 82% effective against RSV disease confirmed in hospital ..." (or the
   review's "The company reported an efficacy of 82% against RSV disease confirmed in hospital") was refused as "the
   cited passages give these words to Corvexa" (to "RSV disease"): "disease confirmed in hospital", a participle, is
   read as a speaker's "X confirmed" (speakers.py, not this work's): the fixture's claim cites the statement's next
   sentence instead, without the 82%.

Read as a fact-checker, 88 misstatements were tried against the passages they would cite; 76 are refused (below), 10
of them only since this work (22 built on main):
3. a trial arm's figure given to the other arm ("Nine cases of Guillain-Barré syndrome occurred in the placebo arm and
   two in the vaccine arm" of "9 cases ... occurred in the vaccine arm and 2 in the placebo arm"; "About 1 in 3,550
   vaccinated participants developed Guillain-Barré syndrome" of "about 1 in 790 vaccinated participants, against
   about 1 in 3,550 in the placebo arm"; "Two cases ... occurred in the vaccine arm"): trial_arms.py;
4. one party's estimate given to the other ("The company reported an efficacy of 68%", "The Agency's analysis gives
   an efficacy of 82%" of "The company reported an efficacy of 82% (95% confidence interval 71% to 89%). The Agency's
   own analysis, which counts 23 cases that the company excluded as late reports, gives an efficacy of 68% (95%
   confidence interval 52% to 79%)"; the Agency's interval given to the company's 82%): estimate_owners.py;
5. batches recalled told as all ("The Agency has asked Halden to recall all batches of the vaccine" of "... six
   batches in all ... Other batches are not affected by the recall."): all_for_some.py;
6. a risk's size turned ("The absolute risk is large: about 1 in 790 ..." of "The absolute risk remains small: about 1
   in 790 ..."; "Dr Berg said the absolute risk was large." of "... but that the absolute risk was small"):
   risk_sizes.py.

LEFTOVER (12 misstatements still build):
- "The trial enrolled 7,100 adults, half of whom received the vaccine." (an arm's number told as the whole trial's);
- "The Agency's analysis, which excludes 23 late cases, gives an efficacy of 68%." (of "counts 23 cases that the
  company excluded");
- "The vaccine is 82% effective." (the company's reported figure told as fact) and "At least 14 people have reported
  nerve damage after vaccination with Corvexa." (of "The group says at least 14 ...": the group's claim told as fact)
  and "The Alliance has 6,500 members, the news report said." (of "which says it has 6,500 members");
- "Dr Berg said the relative risk was small." (of "the relative risk of 4.5 was striking but that the absolute risk
  was small": "striking" is no size risk_sizes.py reads);
- "The company did not report any of the serious adverse events within 15 days." (of "did not report 6 of them");
- "The Panel is part of the Agency." (of "but is not part of it"), "Dr Ingrid Sovik said the vaccine is unsafe." (of
  "This is not a finding that the vaccine is unsafe."), "Professor Arvid Nygaard said the Panel had concluded the
  vaccine was unsafe." (of "had not reached any view"): negations dropped (polarity.py);
- "Dr Ingrid Sovik said the licence was suspended as a punishment." (of "as a precaution");
- "Halden knew about these cases and kept quiet." (Leila Amrani's quoted words told as fact).
Honest paraphrases still refused (not this work's modules): "Six batches, CX-2209 to CX-2214, are being recalled."
and "All six recalled batches were made at the Larsby plant." (of "has asked Halden Biologics to recall": told as
done, arguably right); "The Panel may recommend that the licence be restored, restored with conditions, or revoked."
(the power given to "the it"); "A link between the vaccine and Guillain-Barré syndrome has not been established." (of
"did not assess whether the vaccine causes ... A link has not been established."); "The Alliance says at least 14
people have reported nerve damage, a figure the Agency has not confirmed." (given to the Agency); "The recall covers
six batches, not eight." and "The Agency has not asked for all batches to be recalled." (a negation read as added);
"Halden will appeal the suspension." of its own statement (its word, arguably right).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.all_for_some import all_told_of_some
from explainer.attribution import Cited
from explainer.estimate_owners import estimate_given_another_owner
from explainer.model import Party
from explainer.range_end_measures import measure_names_range_end
from explainer.risk_sizes import risk_size_turned
from explainer.trial_arms import figure_moved_to_arm
from support import _cited_and_named, checked_fixture_project, paragraph, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_119"
REVIEW = (FIXTURE / "seeds" / "review.txt").read_text(encoding="utf-8")
STATEMENT = (FIXTURE / "seeds" / "statement.txt").read_text(encoding="utf-8")
NEWS = (FIXTURE / "seeds" / "news.txt").read_text(encoding="utf-8")
PARTIES = (Party(id="halden", name="Halden Biologics", short_name="Halden", role="vaccine maker", aliases=("the company",)),
           Party(id="agency", name="National Medicines Agency", short_name="the Agency", role="regulator",
                 aliases=("the Agency",)),
           Party(id="alliance", name="Patients First Alliance", short_name="the Alliance", role="patients' group",
                 aliases=("the Alliance", "the group")),
           Party(id="panel", name="Independent Vaccine Safety Panel", short_name="the Panel", role="expert panel",
                 aliases=("the Panel",)))
PUBLISHED = {"review": "2027-03-12", "statement": "2027-03-13", "news": "2027-03-19"}


def R(words: str) -> tuple[str, str]:
    """Return the Agency's safety review's paragraph holding `words`, as (source, passage)."""
    return ("review", paragraph(REVIEW, words))


def S(words: str) -> tuple[str, str]:
    """Return Halden's statement's paragraph holding `words`, as (source, passage)."""
    return ("statement", paragraph(STATEMENT, words))


def N(words: str) -> tuple[str, str]:
    """Return the news report's paragraph holding `words`, as (source, passage)."""
    return ("news", paragraph(NEWS, words))


SUSP = R("has suspended the marketing"); TRIAL = R("The trial enrolled"); EFF = R("The company reported an efficacy")
AE = R("Serious adverse events were reported in 41"); LATE = R("did not report 6"); RECALL = R("recall batches")
ACT = R("do not need to take"); PANEL = R("has referred the trial"); LINK = R("did not assess"); ALL = R("Patients First Alliance has asked")
SOV = R("Dr Ingrid Sovik")
S1 = S("disagrees with"); S2 = S("We stand by"); S3 = S("nine cases of Guillain"); S4 = S("We accept that 6"); S5 = S("We are recalling")
S6 = S("We will submit"); S7 = S("licensed in four"); S8 = S("employs 2,400"); S9 = S("only 12 of the 41"); S10 = S("hid cases")
N1 = N("stepped up its campaign"); N2 = N("at least 14 people"); N3 = N("Halden knew"); N4 = N("denies this")
N5 = N("met for the first time"); N6 = N("turns mostly on"); N7 = N("relative risk of 4.5 was striking")
N8 = N("Pharmacies have returned"); N9 = N("shares fell 11%"); N10 = N("Correction,"); N11 = N("6,500 members"); N12 = N("cancelled about 2,000")


MISSTATED = {
    'the-national-medicines-agency-has-revoke': ('The National Medicines Agency has revoked the licence of Corvexa.', SUSP,
        "this sentence drops the negation of its cited passage ('not revoked'):"),
    'the-agency-has-suspended-the-licence-of': ('The Agency has suspended the licence of Corvexa for six months.', SUSP,
        'figure "six" is not in the passages this sentence cites: "The Agency h'),
    'the-agency-has-suspended-the-licence-of-2': ('The Agency has suspended the licence of Corvexa for three months from 21 March 2027.', SUSP,
        'date "21 March 2027" is not in the passages this sentence cites: "The '),
    'the-agency-will-review-the-suspension-on': ('The Agency will review the suspension on 11 July 2027.', SUSP,
        'date "11 July 2027" is not in the passages this sentence cites: "The A'),
    'the-agency-has-withdrawn-corvexa-s-licen': ("The Agency has withdrawn Corvexa's licence for good.", SUSP,
        "this sentence tells a deed ('withdrawn') that no passage it cites give"),
    # the contrast turned round is named first (swapped_contrasts.py)
    'the-licence-has-been-revoked-not-suspend': ('The licence has been revoked, not suspended.', SUSP,
        "this sentence turns round the contrast of its cited passage ('suspended, not revoked'"),
    'the-trial-enrolled-14-200-adults-aged-65': ('The trial enrolled 14,200 adults aged 65 and over.', TRIAL,
        'figure "65" is not in the passages this sentence cites: "The trial enr'),
    'the-trial-enrolled-14-200-adults-7-100-r': ('The trial enrolled 14,200 adults: 7,100 received the vaccine and 7,000 a placebo.', TRIAL,
        'figure "7,000" is not in the passages this sentence cites: "The trial '),
    'the-agency-s-analysis-gives-an-efficacy': ("The Agency's analysis gives an efficacy of 82%.", EFF,
        'this sentence gives 82% as the estimate of agency, but its cited passa'),
    'the-company-reported-an-efficacy-of-68': ('The company reported an efficacy of 68%.', EFF,
        'this sentence gives 68% as the estimate of halden, but its cited passa'),
    'the-company-reported-an-efficacy-of-89': ('The company reported an efficacy of 89%.', EFF,
        'figure "89%" leaves out the qualifier of "71% to 89%" in the passages '),
    'the-agency-s-own-analysis-gives-an-effic': ("The Agency's own analysis gives an efficacy of 52%.", EFF,
        'figure "52%" leaves out the qualifier of "52% to 79%" in the passages '),
    'the-agency-s-own-analysis-gives-an-effic-2': ("The Agency's own analysis gives an efficacy of 79%.", EFF,
        'figure "79%" leaves out the qualifier of "52% to 79%" in the passages '),
    'the-company-reported-an-efficacy-of-71': ('The company reported an efficacy of 71%.', EFF,
        'figure "71%" leaves out the qualifier of "71% to 89%" in the passages '),
    'the-agency-s-analysis-counts-32-cases-th': ("The Agency's analysis counts 32 cases that the company excluded.", EFF,
        'figure "32" is not in the passages this sentence cites: "The Agency\'s '),
    'the-company-reported-an-efficacy-of-82-9': ('The company reported an efficacy of 82% (95% confidence interval 52% to 79%).', EFF,
        'this sentence gives 52% as the estimate of halden, but its cited passa'),
    'the-company-reported-an-efficacy-of-82-a': ('The company reported an efficacy of 82% against all RSV disease.', EFF,
        "this sentence says 'all RSV' where its cited passages say '82% against"),
    'serious-adverse-events-were-reported-in': ('Serious adverse events were reported in 27 participants in the vaccine arm and 41 in the placebo arm.', AE,
        'this sentence gives 27 to the treated (vaccine or drug) arm, but its c'),
    'serious-adverse-events-were-reported-in-2': ('Serious adverse events were reported in 41 participants in the placebo arm.', AE,
        'this sentence gives 41 to the control (placebo) arm, but its cited pas'),
    'nine-cases-of-guillain-barr-syndrome-occ': ('Nine cases of Guillain-Barré syndrome occurred in the placebo arm and two in the vaccine arm.', AE,
        'this sentence gives Nine to the control (placebo) arm, but its cited p'),
    'two-cases-of-guillain-barr-syndrome-occu': ('Two cases of Guillain-Barré syndrome occurred in the vaccine arm.', AE,
        'this sentence gives Two to the treated (vaccine or drug) arm, but its '),
    'the-vaccine-raised-the-absolute-risk-of': ('The vaccine raised the absolute risk of Guillain-Barré syndrome 4.5 times.', AE,
        "this sentence gives a change of the absolute risk ('5 times'), but its"),
    'the-absolute-risk-of-guillain-barr-syndr': ('The absolute risk of Guillain-Barré syndrome was 4.5 times higher in the vaccine arm.', AE,
        "this sentence gives a change of the absolute risk ('5 times'), but its"),
    'the-relative-risk-of-guillain-barr-syndr': ('The relative risk of Guillain-Barré syndrome in the vaccine arm was 5.4 times that in the placebo arm.', AE,
        'figure "5.4" is not in the passages this sentence cites: "The relative'),
    'the-absolute-risk-is-large-about-1-in-79': ('The absolute risk is large: about 1 in 790 vaccinated participants.', AE,
        "this sentence says the absolute risk is 'large' where its cited passag"),
    'about-1-in-3-550-vaccinated-participants': ('About 1 in 3,550 vaccinated participants developed Guillain-Barré syndrome.', AE,
        'this sentence gives 3,550 to the treated (vaccine or drug) arm, but it'),
    'the-absolute-risk-is-high-at-about-1-in': ('The absolute risk is high, at about 1 in 790.', AE,
        "this sentence says the absolute risk is 'high' where its cited passage"),
    'about-1-in-790-participants-in-the-place': ('About 1 in 790 participants in the placebo arm developed Guillain-Barré syndrome.', AE,
        'this sentence gives 790 to the control (placebo) arm, but its cited pa'),
    'the-vaccine-causes-guillain-barr-syndrom': ('The vaccine causes Guillain-Barré syndrome in 1 in 790 people.', AE,
        'figure "1" leaves out the qualifier of "about 1" in the passages this '),
    'the-agency-found-that-the-company-did-no': ('The Agency found that the company did not report 16 serious adverse events in time.', LATE,
        'figure "16" is not in the passages this sentence cites: "The Agency fo'),
    'the-agency-has-found-that-the-company-al': ('The Agency has found that the company altered data.', LATE,
        "this sentence drops the negation of its cited passage ('The Agency has"),
    'the-company-did-not-report-6-serious-adv': ('The company did not report 6 serious adverse events within the required 30 days.', LATE,
        'figure "30" is not in the passages this sentence cites: "The company d'),
    'the-agency-has-asked-halden-to-recall-al': ('The Agency has asked Halden to recall all batches of the vaccine.', RECALL,
        "this sentence says 'all batches' where its cited passages leave some o"),
    'the-agency-has-asked-halden-to-recall-ei': ('The Agency has asked Halden to recall eight batches of the vaccine.', RECALL,
        'figure "eight" is not in the passages this sentence cites: "The Agency'),
    'all-batches-are-affected-by-the-recall': ('All batches are affected by the recall.', RECALL,
        "this sentence drops the negation of its cited passage ('Other batches "),
    'the-recalled-batches-were-made-at-the-no': ('The recalled batches were made at the Nordvik plant.', RECALL,
        "this sentence tells as done ('recalled') what its cited passages give "),
    'about-130-000-doses-have-been-given-sinc': ('About 130,000 doses have been given since the vaccine was licensed in September 2026.', RECALL,
        'figure "130,000" is not in the passages this sentence cites: "About 13'),
    'the-vaccine-was-licensed-in-september-20': ('The vaccine was licensed in September 2025.', RECALL,
        'date "September 2025" is not in the passages this sentence cites: "The'),
    'people-who-have-already-had-the-vaccine': ('People who have already had the vaccine need to take action.', ACT,
        "this sentence drops the negation of its cited passage ('People who hav"),
    'anyone-who-develops-weakness-in-the-legs': ('Anyone who develops weakness in the legs within six months of vaccination should seek medical advice.', ACT,
        'figure "six" is given in months, which the passages this sentence cite'),
    'the-panel-is-expected-to-report-by-28-ju': ('The Panel is expected to report by 28 June 2027.', PANEL,
        'date "28 June 2027" is not in the passages this sentence cites: "The P'),
    'the-panel-has-recommended-that-the-licen': ('The Panel has recommended that the licence be revoked.', PANEL,
        "this sentence tells as done ('recommended') what its cited passages gi"),
    'the-panel-will-recommend-that-the-licenc': ('The Panel will recommend that the licence be revoked.', PANEL,
        "the source gives this only as expected ('expected'), but it is worded "),
    'the-agency-s-review-found-that-the-vacci': ("The Agency's review found that the vaccine causes Guillain-Barré syndrome.", LINK,
        "this sentence states as fact what its cited passages give only after '"),
    'a-link-between-the-vaccine-and-guillain': ('A link between the vaccine and Guillain-Barré syndrome has been established.', LINK,
        "this sentence states as fact what its cited passages give only after '"),
    'the-agency-has-agreed-to-revoke-the-lice': ('The Agency has agreed to revoke the licence.', ALL,
        "this sentence tells a deed ('agreed') that no passage it cites gives, "),
    'halden-biologics-agrees-with-the-decisio': ('Halden Biologics agrees with the decision to suspend the licence.', S1,
        'this sentence states as fact what its cited passages give only as the '),
    'halden-biologics-will-not-appeal-the-dec': ('Halden Biologics will not appeal the decision.', S1,
        'this sentence states as fact what its cited passages give only as the '),
    'the-23-cases-were-reported-after-the-tri': ("The 23 cases were reported after the trial's data cut-off of 30 June 2025.", S2,
        'date "30 June 2025" is not in the passages this sentence cites: "The 2'),
    'halden-says-the-nine-cases-are-fewer-tha': ('Halden says the nine cases are fewer than 1.3% of the 7,100 people vaccinated.', S3,
        'figure "1.3%" is not in the passages this sentence cites: "Halden says'),
    'halden-says-rsv-puts-around-21-000-older': ('Halden says RSV puts around 21,000 older adults in hospital each winter.', S3,
        'figure "21,000" is not in the passages this sentence cites: "Halden sa'),
    'the-benefit-of-the-vaccine-clearly-outwe': ('The benefit of the vaccine clearly outweighs the risk.', S3,
        'this sentence states as fact what its cited passages give only as the '),
    'halden-denies-that-6-serious-adverse-eve': ('Halden denies that 6 serious adverse events were reported late.', S4,
        "this sentence says 'denies' where its cited passages say 'accept' ('We"),
    'halden-says-the-recalled-batches-are-six': ('Halden says the recalled batches are six of the 84 batches released.', S5,
        'figure "84" is not in the passages this sentence cites: "Halden says t'),
    'halden-has-found-a-fault-in-the-recalled': ('Halden has found a fault in the recalled batches.', S5,
        "this sentence drops the negation of its cited passage ('We have found "),
    'halden-says-all-batches-can-still-be-giv': ('Halden says all batches can still be given.', S5,
        "this sentence drops the negation of its cited passage ('none can be gi"),
    'halden-will-submit-further-data-to-the-p': ('Halden will submit further data to the Panel by 30 May 2027.', S6,
        'date "30 May 2027" is not in the passages this sentence cites: "Halden'),
    'the-licence-will-be-restored-in-june': ('The licence will be restored in June.', S6,
        'this sentence states as fact what its cited passages give only as the '),
    'the-vaccine-is-licensed-in-five-other-co': ('The vaccine is licensed in five other countries.', S7,
        'figure "five" is not in the passages this sentence cites: "The vaccine'),
    'the-suspension-will-cost-the-company-90': ('The suspension will cost the company 90 million euros in lost sales this year.', S8,
        'figure "90 million" leaves out the qualifier of "up to 90 million" in '),
    'halden-made-revenue-of-130-million-euros': ('Halden made revenue of 130 million euros from Corvexa in 2026.', S8,
        'figure "130 million" is not in the passages this sentence cites: "Hald'),
    'the-trial-s-doctors-judged-that-all-41-s': ("The trial's doctors judged that all 41 serious adverse events were related to the vaccine.", S9,
        'this sentence states as fact what its cited passages give only as the '),
    'the-trial-s-doctors-judged-that-12-of-th': ("The trial's doctors judged that 12 of the 27 serious adverse events were possibly related to the vaccine.", S9,
        'this sentence states as fact what its cited passages give only as the '),
    'the-alliance-says-at-most-14-people-have': ('The Alliance says at most 14 people have reported nerve damage.', N2,
        'figure "at most 14" contradicts "at least 14" in the passages this sen'),
    'the-agency-has-confirmed-that-at-least-1': ('The Agency has confirmed that at least 14 people reported nerve damage.', N2,
        'this sentence gives the words to The Agency, but its cited passages gi'),
    'halden-admits-it-knew-about-the-cases': ('Halden admits it knew about the cases.', N4,
        "this sentence tells as admitted ('admits') what its cited passages giv"),
    'the-panel-met-for-the-first-time-on-7-ma': ('The Panel met for the first time on 7 March.', N5,
        'date "7 March" is not in the passages this sentence cites: "The Panel '),
    'the-gap-between-the-two-efficacy-figures': ('The gap between the two efficacy figures turns mostly on 32 late cases.', N6,
        'figure "two" is not in the passages this sentence cites: "The gap betw'),
    'dr-berg-said-the-absolute-risk-was-large': ('Dr Berg said the absolute risk was large.', N7,
        "this sentence says the absolute risk is 'large' where its cited passag"),
    'dr-berg-said-the-link-would-mean-roughly': ('Dr Berg said the link would mean roughly one extra case for every 100 people vaccinated.', N7,
        'figure "100" is not in the passages this sentence cites: "Dr Berg said'),
    'dr-berg-said-the-link-is-real-meaning-on': ('Dr Berg said the link is real, meaning one extra case for every 1,000 people vaccinated.', N7,
        "this sentence gives 1,000 as the word of 'Berg' where its cited passag"),
    'pharmacies-have-returned-about-14-000-do': ('Pharmacies have returned about 14,000 doses from the recalled batches.', N8,
        'figure "14,000" is not in the passages this sentence cites: "Pharmacie'),
    'halden-s-shares-rose-11-on-the-day-the-s': ("Halden's shares rose 11% on the day the suspension was announced.", N9,
        'figure "11%" is given as a rise, but the passages this cites give it a'),
    'the-recall-covers-eight-batches': ('The recall covers eight batches.', N10,
        'this sentence states eight as current, but its cited passages name it '),
    'vaccination-clinics-have-cancelled-about': ('Vaccination clinics have cancelled about 2,000 appointments a day since the suspension.', N12,
        'figure "2,000" is given per day, but the passages this sentence cites '),
    'another-rsv-vaccine-is-licensed-for-adul': ('Another RSV vaccine is licensed for adults over 60 in the country.', N12,
        "this sentence drops the negation of its cited passage ('No other RSV v"),
}


HONEST = {
    'the-agency-has-suspended-corvexa-s-licen': ("The Agency has suspended Corvexa's licence for three months, but has not revoked it.", SUSP),
    'the-licence-was-suspended-on-12-march-20': ('The licence was suspended on 12 March 2027, not revoked.', SUSP),
    'the-suspension-will-be-reviewed-on-11-ju': ('The suspension will be reviewed on 11 June 2027.', SUSP),
    'of-the-14-200-adults-in-the-trial-half-r': ('Of the 14,200 adults in the trial, half received the vaccine.', TRIAL),
    'the-company-put-the-vaccine-s-efficacy-a': ("The company put the vaccine's efficacy at 82%, with a 95% confidence interval of 71% to 89%.", EFF),
    'counting-23-cases-the-company-excluded-t': ("Counting 23 cases the company excluded, the Agency's analysis gives an efficacy of 68%.", EFF),
    'the-agency-s-estimate-of-68-has-a-confid': ("The Agency's estimate of 68% has a confidence interval from 52% to 79%.", EFF),
    'nine-people-in-the-vaccine-arm-developed': ('Nine people in the vaccine arm developed Guillain-Barré syndrome, against two in the placebo arm.', AE),
    'the-relative-risk-of-guillain-barr-syndr': ('The relative risk of Guillain-Barré syndrome was 4.5 times higher in the vaccine arm, but the absolute risk remains small.', AE),
    'serious-adverse-events-were-reported-in': ('Serious adverse events were reported in 41 people given the vaccine and 27 given a placebo.', AE),
    'the-agency-found-that-halden-did-not-rep': ('The Agency found that Halden did not report six serious adverse events within 15 days.', LATE),
    'the-agency-has-not-found-that-halden-alt': ('The Agency has not found that Halden altered any data.', LATE),
    'batches-other-than-the-six-are-not-affec': ('Batches other than the six are not affected by the recall.', RECALL),
    'about-310-000-doses-have-been-given-sinc': ('About 310,000 doses have been given since September 2026.', RECALL),
    'people-who-have-had-the-vaccine-need-not': ('People who have had the vaccine need not take any action.', ACT),
    'the-panel-advises-the-agency-but-is-not': ('The Panel advises the Agency but is not part of it.', PANEL),
    'the-agency-has-not-decided-on-the-allian': ("The Agency has not decided on the Alliance's request to revoke the licence.", ALL),
    'halden-says-the-agency-s-figure-of-68-is': ("Halden says the Agency's figure of 68% is not a fair measure of how well the vaccine works.", S2),
    'halden-says-the-benefit-of-the-vaccine-c': ('Halden says the benefit of the vaccine clearly outweighs the small risk.', S3),
    'halden-accepts-that-six-serious-adverse': ('Halden accepts that six serious adverse events were reported late.', S4),
    'halden-says-the-recalled-batches-are-six': ('Halden says the recalled batches are six of the 48 batches released.', S5),
    'halden-expects-the-licence-to-be-restore': ('Halden expects the licence to be restored in June.', S6),
    'halden-says-the-suspension-could-cost-it': ('Halden says the suspension could cost it up to 90 million euros in lost sales this year.', S8),
    'leila-amrani-said-suspending-the-licence': ('Leila Amrani said suspending the licence was not enough.', N3),
    'halden-denies-that-it-kept-quiet-about-t': ('Halden denies that it kept quiet about the cases.', N4),
    'the-panel-had-not-reached-any-view-its-c': ('The Panel had not reached any view, its chair said.', N5),
    'dr-berg-said-the-absolute-risk-was-small': ('Dr Berg said the absolute risk was small.', N7),
    'the-absolute-risk-remains-very-low-about': ('The absolute risk remains very low, about 1 in 790 vaccinated participants.', AE),
    'the-relative-risk-is-high-though-the-abs': ('The relative risk is high, though the absolute risk remains small.', AE),
    'the-absolute-risk-is-not-large-about-1-i': ('The absolute risk is not large: about 1 in 790.', AE),
    'dr-berg-said-the-absolute-risk-was-low-b': ('Dr Berg said the absolute risk was low but the relative risk of 4.5 was striking.', N7),
    'halden-s-shares-fell-11-on-the-day-the-s': ("Halden's shares fell 11% on the day the suspension was announced.", N9),
    'nine-people-in-the-vaccine-arm-developed-2': ('Nine people in the vaccine arm developed Guillain-Barré syndrome, against two in the placebo arm.', AE),
    'in-the-placebo-arm-there-were-2-cases-of': ('In the placebo arm there were 2 cases of Guillain-Barré syndrome, compared with 9 in the vaccine arm.', AE),
    'the-vaccine-arm-had-41-serious-adverse-e': ('The vaccine arm had 41 serious adverse events; the placebo arm, 27.', AE),
    'two-of-the-participants-given-a-placebo': ('Two of the participants given a placebo developed Guillain-Barré syndrome.', AE),
    'the-risk-was-about-1-in-790-among-vaccin': ('The risk was about 1 in 790 among vaccinated participants and about 1 in 3,550 in the placebo arm.', AE),
    'guillain-barr-syndrome-struck-9-vaccinat': ('Guillain-Barré syndrome struck 9 vaccinated participants and 2 who received a placebo.', AE),
    'the-placebo-group-saw-27-serious-adverse': ('The placebo group saw 27 serious adverse events while the vaccine group saw 41.', AE),
    'cases-of-guillain-barr-syndrome-were-4-5': ('Cases of Guillain-Barré syndrome were 4.5 times as common in the vaccine arm as in the placebo arm.', AE),
    'there-were-41-serious-adverse-events-amo': ('There were 41 serious adverse events among vaccinated participants.', AE),
    'half-of-the-14-200-participants-7-100-re': ('Half of the 14,200 participants, 7,100, received the vaccine; the other 7,100 were given a placebo.', TRIAL),
    '7-100-participants-were-in-the-placebo-a': ('7,100 participants were in the placebo arm.', TRIAL),
    'in-the-trial-41-vaccinated-participants': ('In the trial, 41 vaccinated participants and 27 on placebo had a serious adverse event.', AE),
    'the-company-reported-an-efficacy-of-82-w': ("The company reported an efficacy of 82%, while the Agency's analysis gives 68%.", EFF),
    'the-agency-s-own-analysis-gives-an-effic': ("The Agency's own analysis gives an efficacy of 68%, with a 95% confidence interval of 52% to 79%.", EFF),
    'halden-reported-82-efficacy-the-agency-f': ('Halden reported 82% efficacy; the Agency found 68%.', EFF),
    'the-agency-puts-the-efficacy-at-68-well': ("The Agency puts the efficacy at 68%, well below the company's 82%.", EFF),
    'the-agency-found-an-efficacy-of-68-rathe': ('The Agency found an efficacy of 68% rather than 82%.', EFF),
    'the-company-reported-82-efficacy-95-conf': ('The company reported 82% efficacy (95% confidence interval 71% to 89%).', EFF),
    'the-agency-s-analysis-which-counts-23-la': ("The Agency's analysis, which counts 23 late cases, gives 68%.", EFF),
    'the-agency-gives-a-lower-efficacy-than-t': ("The Agency gives a lower efficacy than the company's 82%: 68%.", EFF),
    'the-agency-estimates-efficacy-at-68-agai': ("The Agency estimates efficacy at 68%, against the company's 82%.", EFF),
    'halden-says-the-agency-s-figure-of-68-is-2': ("Halden says the Agency's figure of 68% is not a fair measure.", S2),
    'the-agency-counts-23-cases-the-company-e': ('The Agency counts 23 cases the company excluded as late reports.', EFF),
    'the-agency-found-that-the-company-s-figu': ("The Agency found that the company's figure of 82% left out 23 cases.", EFF),
    'counting-23-cases-that-halden-excluded-t': ("Counting 23 cases that Halden excluded, the Agency's analysis gives an efficacy of 68%.", EFF),
    'the-recall-covers-six-of-the-batches-not': ('The recall covers six of the batches, not all batches.', RECALL),
    'batches-other-than-the-six-are-not-affec-2': ('Batches other than the six are not affected by the recall.', RECALL),
    'all-other-batches-are-unaffected-by-the': ('All other batches are unaffected by the recall.', RECALL),
    'the-six-batches-cx-2209-to-cx-2214-were': ('The six batches, CX-2209 to CX-2214, were all made at the Larsby plant.', RECALL),
    'not-all-batches-are-affected-by-the-reca': ('Not all batches are affected by the recall.', RECALL),
    'the-agency-asked-for-batches-cx-2209-to': ('The Agency asked for batches CX-2209 to CX-2214 to be recalled, six batches in all.', RECALL),
    'of-all-the-batches-only-six-are-being-re': ('Of all the batches, only six are being recalled.', RECALL),
    'all-the-recalled-batches-came-from-one-p': ('All the recalled batches came from one plant.', RECALL),
    'all-other-batches-remain-safe-to-use-hal': ('All other batches remain safe to use, Halden says.', S5),
}


def found(sentence: str, cited: tuple[str, str]) -> list[str]:
    """Return the findings of a sentence citing one paragraph of a source, read as the build reads that source (the
    statement is Halden's word throughout)."""
    source, passage = cited
    return sentence_findings(sentence, (passage,), "en", PARTIES,
                             statement_of="Halden Biologics" if source == "statement" else "",
                             published=PUBLISHED[source])


def test_the_briefing_builds_with_its_correction_and_footnotes(tmp_path: Path):
    """The honest briefing builds: every file, the three sources cited, the correction logged."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = " ".join((desk / "site" / "vaccine-licence" / "index.html").read_text(encoding="utf-8").split())
    for words in ('href="../sources/review.html#passage-', 'href="../sources/news.html#passage-',
                  'href="../sources/statement.html#passage-', "28 May 2027", "Lower bound of 95% confidence interval"):
        assert words in page, words


def test_a_measure_naming_a_range_end_takes_that_end():
    """1: "Lower bound of 95% confidence interval" names a range's low end, "Upper limit" its high end."""
    for measure, kind in (("Lower bound of 95% confidence interval", "at least"), ("Lower limit", "at least"),
                          ("Upper bound of 95% confidence interval", "up to"), ("CI upper end", "up to")):
        assert measure_names_range_end(measure, kind), measure
    for measure, kind in (("Lower bound of 95% confidence interval", "up to"), ("Upper limit", "at least"),
                          ("Efficacy", "at least"), ("Lowest efficacy", "at least"), ("Bound", "up to")):
        assert not measure_names_range_end(measure, kind), measure


def test_a_range_end_row_builds_and_a_plain_one_is_told_its_bound(tmp_path: Path):
    """1: the fixture's interval rows build; a measure naming no end of the range is still told to write its bound."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    table = desk / "content" / "vaccine-licence" / "comparisons.yaml"
    table.write_text(table.read_text(encoding="utf-8").replace("Lower bound of 95% confidence interval",
                                                               "Lowest efficacy"), encoding="utf-8")
    result = run_build(desk, "check")
    assert result.code == 1
    assert "figure 71 (Lowest efficacy) is given as 'exact', but the passages cited for it say \"71% to 89%\"" in \
        result.err, result.err
    assert "Upper bound" not in result.err, result.err


def test_a_trial_arm_figure_is_kept_to_its_arm():
    """3: the figure moved to the other arm is refused; the arms kept, in other words and orders, build."""
    passage = [Cited(AE[1], "en")]
    assert figure_moved_to_arm("Two cases of Guillain-Barré syndrome occurred in the vaccine arm.", passage)
    assert figure_moved_to_arm("About 1 in 3,550 vaccinated participants developed it.", passage)
    for honest in ("Guillain-Barré syndrome struck 9 vaccinated participants and 2 who received a placebo.",
                   "The placebo group saw 27 serious adverse events while the vaccine group saw 41.",
                   "Cases were 4.5 times as common in the vaccine arm as in the placebo arm."):
        assert figure_moved_to_arm(honest, passage) == [], honest


def test_an_estimate_is_kept_to_its_owner():
    """4: one party's estimate given to the other is refused; both named, or a figure merely compared, builds."""
    passage, parties = _cited_and_named((EFF[1],), "en", PARTIES)
    assert estimate_given_another_owner("The company reported an efficacy of 68%.", passage, 0, "en", parties)
    assert estimate_given_another_owner("The Agency's analysis gives an efficacy of 82%.", passage, 0, "en", parties)
    for honest in ("The Agency puts the efficacy at 68%, well below the company's 82%.",
                   "Halden reported 82% efficacy; the Agency found 68%.",
                   "The Agency found that the company's figure of 82% left out 23 cases."):
        assert estimate_given_another_owner(honest, passage, 0, "en", parties) == [], honest


def test_some_told_as_all():
    """5: "all batches" of "Other batches are not affected" is refused; "all other", "not all", "only six" build."""
    passage = [Cited(RECALL[1], "en")]
    assert all_told_of_some("The Agency has asked Halden to recall all batches of the vaccine.", passage)
    for honest in ("All other batches are unaffected by the recall.", "Not all batches are affected by the recall.",
                   "Of all the batches, only six are being recalled.", "All the recalled batches came from one plant."):
        assert all_told_of_some(honest, passage) == [], honest


def test_a_risk_size_is_kept():
    """6: "is large" of "remains small" is refused; the same size, another kind of risk, or a size negated, builds."""
    passage = [Cited(AE[1], "en")]
    assert risk_size_turned("The absolute risk is large: about 1 in 790 vaccinated participants.", passage)
    for honest in ("The absolute risk was small.", "The absolute risk remains very low, about 1 in 790.",
                   "The relative risk is high, though the absolute risk remains small.",
                   "The absolute risk is not large: about 1 in 790.", "Even so, the absolute risk stays small."):
        assert risk_size_turned(honest, passage) == [], honest


@pytest.mark.parametrize("sentence, cited, message", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, cited: tuple[str, str], message: str):
    findings = found(sentence, cited)
    assert any(message in finding for finding in findings), findings


@pytest.mark.parametrize("sentence, cited", HONEST.values(), ids=HONEST.keys())
def test_an_honest_paraphrase_builds(sentence: str, cited: tuple[str, str]):
    assert found(sentence, cited) == []
