"""A link not told as a cause: "Heavy use of the app causes poorer sleep" citing "... was linked to poorer sleep ...,
though the authors cautioned it did not show cause and effect" built (explainer/links_as_causes.py, read by
causes.py; "give none" where no passage holds a word of cause at all). A study's "linked to", "associated with" or "a link between" is restated as such, or with a hedged or
negated cause; a passage that gives the cause in words of its own backs it. Honest, refused before: "The review
found no link between the vaccine and infertility." citing "... found no evidence that the vaccine causes
infertility, and no link between the two." (framed_clauses.py read "no link" as no frame kept).

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from support import sentence_findings

SLEEP = ("The study found that heavy use of the app was linked to poorer sleep among teenagers, though the authors "
         "cautioned it did not show cause and effect.")
COFFEE = "Drinking three or more cups of coffee a day was associated with a lower risk of liver disease, researchers said."
LINK = "Researchers found a strong link between air pollution and hospital admissions for asthma in the city."
CAUSED = ("Air pollution caused a rise in hospital admissions for asthma, the researchers concluded, though other "
          "studies had found only a link between them.")
NO_EVIDENCE = "The review found no evidence that the vaccine causes infertility, and no link between the two."

REFUSED = [
    ("Heavy use of the app causes poorer sleep among teenagers, the study found.", SLEEP),
    ("Heavy use of the app leads to poorer sleep among teenagers.", SLEEP),
    ("Teenagers sleep worse because of heavy use of the app.", SLEEP),
    ("Poorer sleep among teenagers is caused by heavy use of the app.", SLEEP),
    ("Drinking three or more cups of coffee a day lowers the risk of liver disease because it protects the liver.",
     COFFEE),
    ("Air pollution triggers hospital admissions for asthma in the city.", LINK),
    ("Air pollution results in hospital admissions for asthma in the city.", LINK),
    ("Hospital admissions for asthma rose due to air pollution in the city.", LINK),
    ("The storm led to 12 deaths, officials said.", "Officials linked 12 deaths to the storm."),
]

BUILT = [
    ("Heavy use of the app was associated with poorer sleep in teenagers, the study found.", SLEEP),
    ("The study linked heavy use of the app to poorer sleep among teenagers but did not show that one causes the "
     "other.", SLEEP),
    ("Heavy use of the app may cause poorer sleep among teenagers, though the study did not show it.", SLEEP),
    ("It is unclear whether heavy use of the app causes poorer sleep among teenagers.", SLEEP),
    ("Coffee drinkers had a lower risk of liver disease, researchers said.", COFFEE),
    ("Researchers linked air pollution to hospital admissions for asthma in the city.", LINK),
    ("Officials linked 12 deaths to the storm.", "Officials linked 12 deaths to the storm."),
    ("The storm caused flooding that killed 12 people.", "Officials linked 12 deaths to flooding caused by the storm."),
    ("Air pollution led to more hospital admissions for asthma, the researchers concluded.", CAUSED),
    ("The review found no link between the vaccine and infertility.", NO_EVIDENCE),
    ("The review found no evidence that the vaccine causes infertility.", NO_EVIDENCE),
]


@pytest.mark.parametrize("sentence, passage", REFUSED, ids=[case[0][:50] for case in REFUSED])
def test_a_cause_between_two_things_a_passage_only_links_is_refused(sentence, passage):
    findings = sentence_findings(sentence, (passage,), "en", ())
    assert findings and "gives a cause" in findings[0], findings


@pytest.mark.parametrize("sentence, passage", BUILT, ids=[case[0][:50] for case in BUILT])
def test_a_link_restated_a_hedged_cause_or_a_cause_the_passage_gives_builds(sentence, passage):
    assert sentence_findings(sentence, (passage,), "en", ()) == []
