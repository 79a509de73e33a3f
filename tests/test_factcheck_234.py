"""Negations dropped in other words, and honest negations refused, in the new users' briefings (/work/tasks/busfares,
/work/tasks/merger, tests/fixtures/newuser_131, _132, _134):

1. A recovery denied told as made with another verb: "Passenger numbers have returned to pre-pandemic levels" citing
   "passenger numbers had not yet recovered to their level before the pandemic" built ("returned", "back to",
   "restored", "regained", "rebounded" of "not recovered"); twin: "Exports are back at their pre-war levels" of "have
   not yet returned to their levels before the war" (explainer/recoveries.py).
2. A short verb denied with a tail of cause, told done: "Harbour's chief executive, Sandra Kellett, says prices will
   rise because of the deal" citing "... and that prices would not rise as a result" built, the tail's "result" read
   as what is denied; twin: "The landlord says rents will rise because of the new boiler" (explainer/cause_tails.py).
3. "Experts said the rejection would not change the outcome" citing "was unlikely to change the outcome" was "adds a
   negation": the very verb called unlikely, denied, leans as the passage does; "would change" stays refused
   (unlikely_turned.py); twin: "the strike would not delay the opening" of "was unlikely to delay the opening".
4. "Who pays the costs has not been decided" citing "The question of legal costs will be decided at a later hearing"
   was "adds a negation": a perfect's "has not been decided" is "not yet decided"; "was not decided" stays refused;
   twin: "The budget hasn't been approved" of "will be approved at next week's meeting".
5. "The paper has not yet lodged an appeal" citing "... the paper has 21 days ... to lodge one. It has not yet done so."
   was "adds a negation": "done so" stands for the clause before's deed; twins: "The club has not yet lodged an
   appeal against the ban" of "... the club has 14 days to lodge an appeal against the ban. It has not yet done so.",
   "The council has not yet published the report" of "was told to publish the report by March. It has not yet done
   so."
6. "La OEL no encontró irregularidades graves" citing "encontró irregularidades menores" was "adds a negation": serious
   ones denied of minor ones found (explainer/severity_denied.py); twin: "The audit found no serious errors" of "found
   minor errors"; "no encontró irregularidades" (no size) stays refused.

Each with a twin of another topic, misstatements kept refused, and honest twins that must build.
"""

from __future__ import annotations

import pytest

from support import found_in_language

BUS = ("The company said the increase was needed because its fuel and wage costs had grown by about 18% over two "
       "years, and that passenger numbers had not yet recovered to their level before the pandemic.")
TOURISM = "Officials said visitor numbers have not fully recovered to pre-pandemic levels."
EXPORTS = "Exports have not yet returned to their levels before the war, the ministry said."
KELLETT = ("Harbour's chief executive, Sandra Kellett, said the deal would bring \"real savings for customers\" and "
           "that prices would not rise as a result.")
RENT = "The landlord said the new boiler would cut bills and that rents would not rise as a result."
JOBS = "The minister said the factory would close but that jobs would not go as a result of the closure."
UNLIKELY = "Legal experts said Ostrava's rejection was unlikely to change the outcome."
STRIKE = "Analysts said the strike was unlikely to delay the opening of the bridge."
COSTS = ("The question of legal costs will be decided at a later hearing. Costs in the case are estimated at more than "
         "£1m, and the judge said she would hear arguments from both sides in July on who should pay them.")
BUDGET = "The chair said the budget will be approved at next week's meeting."
APPEAL = ("The Daily Courier said it was disappointed by the ruling and is considering an appeal. Under the court's "
          "rules, the paper has 21 days from the date of the judgment to lodge one. It has not yet done so.")
PETITION = "The campaign plans to file a petition. It has until Friday to file one. It has not done so yet."
BAN = ("The club said it would study the ruling. Under league rules, the club has 14 days to lodge an appeal against "
       "the ban. It has not yet done so.")
REPORT = "The council was told to publish the report by March. It has not yet done so."
OEL = ("La misión de observación de la Organización de Estados del Litoral (OEL), que desplegó 140 observadores en "
       "todo el país, dijo en su informe preliminar que encontró \"irregularidades menores\" en algunos centros de "
       "votación, como retrasos en la apertura y actas rellenadas a lápiz.")
AUDIT = "The audit found minor errors in the accounts."
BRIDGE = "L'inspection a relevé des défauts mineurs sur le pont."

DROPS = "drops the negation"
ADDS = "adds a negation"


# 1-2, 4-6: misstatements, refused (each failed to be on main but the last of each group, kept refused)
@pytest.mark.parametrize("language, sentence, passage, words", [
    # 1. a recovery denied told as made
    ("en", "Passenger numbers have returned to pre-pandemic levels.", BUS, DROPS),
    ("en", "Passenger numbers are back to pre-pandemic levels.", BUS, DROPS),
    ("en", "Passenger numbers have been restored to pre-pandemic levels.", BUS, DROPS),
    ("en", "Passenger numbers have regained their pre-pandemic level.", BUS, DROPS),
    ("en", "Visitor numbers have rebounded to pre-pandemic levels.", TOURISM, DROPS),
    ("en", "Exports are back at their pre-war levels.", EXPORTS, DROPS),
    ("en", "Passenger numbers have recovered to their pre-pandemic level.", BUS, DROPS),
    # 2. a short verb denied with a tail of cause, told done
    ("en", "Harbour's chief executive, Sandra Kellett, says prices will rise because of the deal.", KELLETT, DROPS),
    ("en", "Kellett said prices would rise as a result of the deal.", KELLETT, DROPS),
    ("en", "The landlord says rents will rise because of the new boiler.", RENT, DROPS),
    ("en", "The minister said jobs would go because of the closure.", JOBS, DROPS),
    # 3. the unlikely told as to come stays refused
    ("en", "Legal experts said Ostrava's rejection would change the outcome.", UNLIKELY, "as unlikely"),
    # 4-5. told done or decided stays refused
    ("en", "The budget was not approved.", BUDGET, ADDS),
    ("en", "The paper has lodged an appeal.", APPEAL, "lodged an appeal"),
    ("en", "The question of legal costs has been decided.", COSTS, "decided"),
    # 6. no size named, or the small ones denied
    ("es", "La OEL no encontró irregularidades.", OEL, ADDS),
    ("es", "La OEL no encontró irregularidades menores.", OEL, ADDS),
    ("en", "The audit found no errors in the accounts.", AUDIT, ADDS),
    ("en", "The audit did not find minor errors.", AUDIT, ADDS),
])
def test_each_misstatement_is_refused(language: str, sentence: str, passage: str, words: str):
    findings = found_in_language(language, sentence, passage)
    assert findings and any(words in finding for finding in findings), (sentence, findings)


HONEST = [
    # 1. recoveries kept denied, or told of another thing
    ("en", "Passenger numbers have not yet returned to pre-pandemic levels.", BUS),
    ("en", "Passenger numbers are still below their pre-pandemic level.", BUS),
    ("en", "Passenger numbers have yet to recover to pre-pandemic levels.", BUS),
    ("en", "Passenger numbers remain short of pre-pandemic levels.", BUS),
    ("en", "Costs have grown by about 18% over two years.", BUS),
    ("en", "Visitor numbers have not returned to pre-pandemic levels.", TOURISM),
    ("en", "Exports are not yet back to pre-war levels.", EXPORTS),
    ("en", "Exports have not regained their pre-war level.", EXPORTS),
    ("en", "Visitor numbers have returned to growth.", TOURISM + " Visitor numbers grew by 5% last year."),
    # 2. the denial kept, in other words
    ("en", "Kellett says prices will not rise because of the deal.", KELLETT),
    ("en", "Kellett said the deal would not push up prices.", KELLETT),
    ("en", "Kellett says the deal will bring real savings for customers.", KELLETT),
    ("en", "Kellett said prices would not go up as a result of the deal.", KELLETT),
    ("en", "The landlord says rents will not rise because of the new boiler.", RENT),
    ("en", "The minister said jobs would not go because of the closure.", JOBS),
    # 3. the unlikely, denied
    ("en", "Experts said the rejection would not change the outcome.", UNLIKELY),
    ("en", "Experts said the rejection will not change the outcome.", UNLIKELY),
    ("en", "Analysts said the strike would not delay the opening of the bridge.", STRIKE),
    ("en", "Analysts said the strike probably would not delay the opening of the bridge.", STRIKE),
    # 4. a step to come, told not yet done
    ("en", "Costs have not yet been decided.", COSTS),
    ("en", "Who pays the costs has not been decided.", COSTS),
    ("en", "Who pays the costs, estimated at more than £1m, has not been decided.", COSTS),
    ("en", "The question of legal costs has not been settled.", COSTS),
    ("en", "The budget has not been approved yet.", BUDGET),
    ("en", "The budget hasn't been approved.", BUDGET),
    # 5. "done so"
    ("en", "The paper has not yet lodged an appeal.", APPEAL),
    ("en", "The Daily Courier has not lodged an appeal.", APPEAL),
    ("en", "The campaign has not yet filed a petition.", PETITION),
    ("en", "The club has not yet lodged an appeal against the ban.", BAN),
    ("en", "The council has not yet published the report.", REPORT),
    # 6. serious ones denied of minor ones found
    ("es", "La OEL no encontró irregularidades graves.", OEL),
    ("es", "Los observadores no hallaron irregularidades graves.", OEL),
    ("es", "La OEL no detectó irregularidades graves en los centros de votación.", OEL),
    ("en", "The audit found no serious errors in the accounts.", AUDIT),
    ("en", "The audit did not find any major errors.", AUDIT),
    ("fr", "L'inspection n'a relevé aucun défaut majeur sur le pont.", BRIDGE),
    ("fr", "L'inspection n'a pas relevé de défauts graves.", BRIDGE),
]


@pytest.mark.parametrize("language, sentence, passage", HONEST)
def test_each_honest_twin_builds(language: str, sentence: str, passage: str):
    assert found_in_language(language, sentence, passage) == [], sentence
