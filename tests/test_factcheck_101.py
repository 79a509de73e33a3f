"""A hundred-and-first fact-check: misstatements of a court story that still built (the leftovers of newuser69's
appeal ruling, tests/fixtures/newuser_69/).

- "Marsh said Chirpline had sold users' data" citing '"We have never sold our users' data," said Marsh.' built: a
  negative clause's "never" counted as a word it says, which the retelling lacked, and "sell" was no form of "sold"
  (polarity.py now reads them, quoted or not).
- "The panel found that the policy's language was clear" citing "buried and ambiguous" built: clear and ambiguous,
  valid and invalid, adequate and inadequate, fair and unfair, timely and late are now opposites (opposites.py).
- "The case was settled." citing an appeal ruling and a remand built: a case settled, dropped, withdrawn or dismissed
  must be told so by a passage (explainer/case_endings.py).
- "The panel sent the whole case back" citing "remanded the case for a new trial on damages only" built: a thing a
  passage limits by "only" may not be told whole (explainer/whole_for_only.py).
- "About 87 million of the class members opened their accounts after March 2021" citing "about 12 million of the 87
  million class members opened ..." built: the whole's count given as the part's (explainer/wholes_as_parts.py).
- "The panel said Chirpline had given up the point" citing "Judge Ellison dissented. She argued that Chirpline had
  given up the point." built (dissents.py read only "the majority", and only where no passage named one): now the
  panel, the court and a judge of the majority are read too (explainer/dissent_words.py).

Each sentence is checked in-process against its cited passages, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="plaintiffs", name="The plaintiffs", short_name="Plaintiffs", role="class of Chirpline users",
                 aliases=("Harlow Finch", "Priya Raman", "Raman")),
           Party(id="chirpline", name="Chirpline Inc.", short_name="Chirpline", role="social-media company",
                 aliases=("Evan Marsh", "Marsh")),
           Party(id="court", name="Court of Appeals for the Fourteenth Circuit", short_name="The appeals court",
                 role="court", aliases=("the panel", "the majority", "Robert Tanaka", "Judge Tanaka", "Tanaka")))

NEVER = "\"We have never sold our users' data, and we never will,\" said Marsh."
NEVER_PLAIN = "We have never sold our users' data, and we never will, said Marsh."
DID_NOT = "\"We did not sell our users' data,\" Marsh said."
SHARED = "\"We have never shared location histories with advertisers,\" Marsh said."
BURIED = ("The panel found that the policy's language on sharing with advertisers was \"buried and ambiguous\" and that "
          "the jury was entitled to find it did not inform users.")
PART = "The ruling upheld the verdict in part and reversed it in part."
OVERTURNED = ("It overturned the part of the award that covered users who had joined the platform after Chirpline "
              "rewrote its privacy policy in March 2021, and it remanded that question to the district court.")
LEDE = ("A federal appeals court on Monday upheld a jury's finding that the social-media company Chirpline Inc. "
        "unlawfully shared the personal data of about 87 million users with advertisers, but cut the damages the company "
        "must pay from $725 million to $410 million.")
REMANDED = "The panel remanded the case for a new trial on damages only."
ONLY_ON = "The panel remanded the case to the district court for a new trial only on damages."
LATER = ("About 12 million of the 87 million class members opened their accounts after March 2021, when Chirpline "
         "added a separate consent screen for advertising data.")
STRIKE = "40 of the 120 workers went on strike on Monday."
GAVE_UP = "Judge Ellison dissented. She argued that Chirpline had given up the point."
JUDGES = "Judge Robert Tanaka wrote the opinion for the majority, joined by Judge Luis Ferreira."
MAJORITY_CUT = "The majority cut the award to $410 million."
DISSENT = "Judge Margaret Ellison dissented. She would have upheld the full $725 million award."
ELLISON = ("She argued that Chirpline had never raised the March 2021 consent screen at trial and had therefore given "
           "up the point.")

DROPS = "this sentence drops the negation of its cited passage"
SETTLED = "this sentence tells the case as settled ('settled')"
TO_MAJORITY = "this sentence gives to the majority what its cited passages tell of the dissent (Ellison)"

MISSTATED = {
    # a quotation's negation dropped in its retelling
    "said-sold": ("Marsh said Chirpline had sold users' data.", (NEVER,), DROPS),
    "sold-unquoted": ("Chirpline had sold users' data.", (NEVER_PLAIN,), DROPS),
    "company-sold": ("Marsh said the company had sold its users' data.", (NEVER,), DROPS),
    "would-sell": ("Marsh said Chirpline would sell users' data.", (NEVER,), DROPS),
    "sold-of-did-not-sell": ("Marsh said Chirpline had sold users' data.", (DID_NOT,), DROPS),
    "had-shared": ("Marsh said Chirpline had shared location histories with advertisers.", (SHARED,), DROPS),
    # a court's finding turned into its opposite
    "clear-of-ambiguous": ("The panel found that the policy's language was clear.", (BURIED,),
                           "this sentence says 'clear' where its cited passages say 'ambiguous'"),
    "valid-of-invalid": ("The court found the consent notice valid.", ("The court found the consent notice invalid.",),
                         "this sentence says 'valid' where its cited passages say 'invalid'"),
    "adequate": ("The judge said the safeguards were adequate.", ("The judge said the safeguards were inadequate.",),
                 "this sentence says 'adequate' where its cited passages say 'inadequate'"),
    "fair-of-unfair": ("The judge called the trial fair.", ("The judge called the trial unfair.",),
                       "this sentence says 'fair' where its cited passages say 'unfair'"),
    "late-of-timely": ("The appeal was filed late.", ("The appeal was timely filed.",),
                       "this sentence says 'late' where its cited passages say 'timely'"),
    "timely-of-late": ("The appeal was timely.", ("The appeal was filed late.",),
                       "this sentence says 'timely' where its cited passages say 'late'"),
    "voluntary-of-compulsory": ("Users' consent was voluntary.", ("Users' consent was compulsory under the policy.",),
                                "this sentence says 'voluntary' where its cited passages say 'compulsory'"),
    "public-of-confidential": ("The audit report is public.", ("The audit report is confidential.",),
                               "this sentence says 'public' where its cited passages say 'confidential'"),
    # an ending no passage gives
    "case-settled": ("The case was settled.", (PART, OVERTURNED), SETTLED),
    "settled-class-action": ("Chirpline settled the class action for $410 million.", (LEDE,), SETTLED),
    "settled-for": ("Chirpline settled for $410 million.", (LEDE,), SETTLED),
    "settled-with": ("The plaintiffs settled with Chirpline.", (PART,), SETTLED),
    "appeal-dismissed": ("The appeal was dismissed.", (PART,),
                         "this sentence tells the case as dismissed ('dismissed')"),
    "lawsuit-dropped": ("The plaintiffs dropped the lawsuit.", (PART, OVERTURNED),
                        "this sentence tells the case as dropped ('dropped')"),
    # a part told as the whole
    "whole-case-back": ("The panel sent the whole case back.", (REMANDED,),
                        "this sentence tells as whole ('the whole case') what its cited passages limit ('on damages "
                        "only')"),
    "whole-case-new-trial": ("The panel remanded the whole case for a new trial.", (REMANDED,),
                             "this sentence tells as whole ('the whole case')"),
    "entire-case-only-on": ("The panel remanded the entire case to the district court.", (ONLY_ON,),
                            "this sentence tells as whole ('the entire case') what its cited passages limit ('only on "
                            "damages')"),
    # a whole's count given as the part's
    "87-million-of-the": ("About 87 million of the class members opened their accounts after March 2021.", (LATER,),
                          "this sentence gives the whole ('87 million') as the count its cited passages give a part of "
                          "('12 million of the 87 million')"),
    "87-million-members": ("About 87 million class members opened their accounts after March 2021.", (LATER,),
                           "this sentence gives the whole ('87 million')"),
    "120-workers": ("120 workers went on strike.", (STRIKE,), "this sentence gives the whole ('120')"),
    # a dissent's argument given to the majority
    "majority-said": ("The majority said Chirpline had given up the point.", (GAVE_UP,), TO_MAJORITY),
    "panel-said": ("The panel said Chirpline had given up the point.", (GAVE_UP,), TO_MAJORITY),
    "tanaka-said": ("Judge Tanaka said Chirpline had given up the point.", (JUDGES, GAVE_UP), TO_MAJORITY),
    "majority-named-elsewhere": ("The majority said Chirpline had given up the point.", (MAJORITY_CUT, GAVE_UP),
                                 TO_MAJORITY),
    "panel-consent-screen": ("The panel said Chirpline had never raised the consent screen at trial.",
                             (DISSENT, ELLISON), TO_MAJORITY),
}


@pytest.mark.parametrize("sentence, passages, message", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_of_the_court_story_is_refused(sentence: str, passages: tuple[str, ...], message: str):
    found = sentence_findings(sentence, passages, "en", PARTIES)
    assert any(finding.startswith(message) for finding in found), found


HONEST = {
    # the negation kept, or the words the speaker's
    "never-kept": ("Marsh said Chirpline had never sold users' data.", (NEVER,)),
    "not-kept": ("Marsh said Chirpline had not sold users' data.", (NEVER,)),
    "never-would": ("Marsh said Chirpline had never sold users' data and never would.", (NEVER,)),
    "denied": ("Marsh denied that Chirpline had sold users' data.", (NEVER,)),
    "quoted-whole": (NEVER, (NEVER,)),
    # the court's own adjective, or its opposite told as the opposite
    "ambiguous-kept": ("The panel found the policy's language ambiguous.", (BURIED,)),
    "made-it-clear": ("The panel made it clear that the policy's language did not inform users.", (BURIED,)),
    "invalid-kept": ("The court found the consent notice invalid.", ("The court found the consent notice invalid.",)),
    "late-on-monday": ("The ruling came late on Monday, after the appeal was filed.",
                       ("The appeal was timely filed, the court said on Monday.",)),
    "fair-outcome": ("The regulator said the settlement was a fair outcome for users.",
                     ("The regulator said the settlement was a fair outcome for users.",)),
    # an ending a passage gives, or none told as done
    "settlement-told": ("The commission settled its investigation.",
                        ("The commission settled its own investigation of Chirpline in October 2024.",)),
    "asked-to-dismiss": ("Chirpline asked the court to dismiss the case.",
                         ("Chirpline asked the court to dismiss the case.",)),
    "not-settled": ("The case has not been settled.", ("The case is still pending before the district court.",)),
    "could-settle": ("Chirpline could settle the case.", ("Chirpline is weighing whether to settle, its lawyers said.",)),
    "abandoned-dropped": ("The charges were dropped in May.", ("Prosecutors abandoned the charges in May.",)),
    "threw-out-dismissed": ("The lawsuit was dismissed.", ("The judge threw out the lawsuit in May.",)),
    "settled-in-ohio": ("The family settled in Ohio in 1990.", ("The family moved to Ohio in 1990.",)),
    # the limit kept, or a whole the passages tell
    "damages-only-kept": ("The panel remanded the case for a new trial on damages only.", (REMANDED,)),
    "limited-to-damages": ("The panel sent the case back for a new trial limited to damages.", (REMANDED,)),
    "on-damages": ("The panel sent the case back for a new trial on damages.", (REMANDED,)),
    "remanded-the-case": ("The panel remanded the case.", (REMANDED,)),
    "whole-award-dissent": ("The dissenting judge would have kept the whole award.", (DISSENT,)),
    # the part's count, or the whole as the whole
    "12-of-87": ("About 12 million of the 87 million class members opened their accounts after March 2021.", (LATER,)),
    "12-million-members": ("Some 12 million class members opened their accounts after March 2021.", (LATER,)),
    "class-has-87": ("The class has about 87 million members.", (LATER,)),
    "of-the-87": ("Of the 87 million class members, about 12 million joined after March 2021.", (LATER,)),
    "87-million-users": ("Chirpline shared the data of about 87 million users.", (LEDE, LATER)),
    # the dissent kept to the dissent, the majority's own words to the majority
    "ellison-said": ("Ellison said Chirpline had given up the point.", (GAVE_UP,)),
    "dissenting-judge": ("The dissenting judge argued that Chirpline had given up the point.", (GAVE_UP,)),
    "ellison-dissenting": ("Judge Ellison, dissenting, argued that Chirpline had given up the point.", (GAVE_UP,)),
    "majority-own": ("The majority said the district court erred in treating every member of the class alike.",
                     ("\"The district court erred in treating every member of the class alike,\" Judge Tanaka wrote. "
                      "The majority cut the award to $410 million.", GAVE_UP)),
    "panel-own": ("The panel found that the jury was entitled to find the policy did not inform users.",
                  (BURIED, GAVE_UP)),
}


@pytest.mark.parametrize("sentence, passages", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(sentence: str, passages: tuple[str, ...]):
    assert sentence_findings(sentence, passages, "en", PARTIES) == []
