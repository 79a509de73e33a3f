"""A sixty-seventh fact-check: a criminal case read against its sources.

Probed with a defendant, prosecutors, a judge, a jury and an appeals court (134 sentences), 42 of 53 misstatements
built and 3 of 81 honest sentences were refused: a term prosecutors sought, or the most a charge carries, told as the
sentence imposed; a plea of not guilty told as an admission; half of a split verdict told as the whole, or a charge
given the other verdict; a suspended sentence (in whole or in part) told as prison; an arrest told as a charge in the
active ("Police charged Okafor with fraud"); a dismissal without prejudice told as final; an appeal heard told as
decided; a release on bail told as freedom; a mistrial told as a verdict. explainer/custody.py and explainer/verdicts.py read them now (a
suspension and bail in French, Spanish and German too: explainer/custody_languages.py), stages.py reads the active
charge and legal_status.py an appeal heard; "faces up to 10 years" without its "if convicted" builds again
(conditions.py). Each misstatement has honest neighbours that build: the same words, a paraphrase, the qualifier kept.

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="state", name="The State of Northland", short_name="Northland", role="prosecution"),
           Party(id="okafor", name="Daniel Okafor", short_name="Okafor", role="defendant"))

SOUGHT = "this sentence gives '{}' as imposed ('{}') where its cited passages give it only as sought or possible"
SUSPENDED = "this sentence tells as prison ('{}') a sentence its cited passages give as suspended ('{}')"
FREED = "this sentence tells as freed ('{}') one its cited passages give as released on conditions"
SPLIT = "this sentence tells a split verdict as whole ('{}') where its cited passages give both"
MISTRIAL = "this sentence gives a verdict ('{}') where its cited passages give a mistrial"
FINAL = "this sentence tells as final ('{}') a dismissal its cited passages give 'without prejudice'"
ADMITTED = "this sentence tells as admitted ('{}') what its cited passages give as denied ('{}')"
DECIDED = "this sentence tells as decided ('{}') an appeal its cited passages give as under way"
FURTHER = "this sentence takes it further ('{}') than its cited passages do ('{}')"

MISSTATED = {
    "sought-as-sentenced": ("Okafor was sentenced to 10 years in prison.",
                            "Prosecutors sought a 10-year prison sentence for Okafor.",
                            SOUGHT.format("10 years", "sentenced")),
    "asked-as-sentenced": ("The judge sentenced Okafor to 10 years.",
                           "Prosecutors asked the judge to sentence Okafor to 10 years.",
                           SOUGHT.format("10 years", "sentenced")),
    "seeking-as-received": ("Okafor received a 10-year sentence.",
                            "Prosecutors are seeking a 10-year sentence for Okafor.",
                            SOUGHT.format("10-year", "received")),
    "sought-beside-imposed": ("Okafor was sentenced to 10 years in prison.",
                              "Prosecutors sought 10 years, but the judge sentenced Okafor to 6 years in prison.",
                              SOUGHT.format("10 years", "sentenced")),
    "maximum-as-jailed": ("Okafor was jailed for 20 years.", "The charge carries a maximum sentence of 20 years.",
                          SOUGHT.format("20 years", "jailed")),
    "order-asked-as-made": ("The court ordered Okafor to serve 10 years.",
                            "Prosecutors asked the court to order Okafor to serve 10 years.",
                            SOUGHT.format("10 years", "ordered")),
    "life-sought-as-sentenced": ("Okafor was sentenced to life in prison.",
                                 "Prosecutors sought a life sentence for Okafor.", SOUGHT.format("life", "sentenced")),
    "death-penalty-sought-as-sentenced": ("Okafor was sentenced to death.",
                                          "Prosecutors are seeking the death penalty for Okafor.",
                                          SOUGHT.format("death", "sentenced")),
    "suspended-as-prison": ("Okafor was sentenced to two years in prison.",
                            "Okafor was given a two-year suspended sentence.",
                            SUSPENDED.format("in prison", "two-year suspended sentence")),
    "suspended-as-jailed": ("Okafor was jailed for two years.", "Okafor received a two-year suspended sentence.",
                            SUSPENDED.format("jailed", "two-year suspended sentence")),
    "part-suspended-as-prison": ("Okafor was sentenced to 5 years in prison.",
                                 "Okafor was sentenced to 5 years, 3 of them suspended.",
                                 SUSPENDED.format("in prison", "5 years, 3 of them suspended")),
    "part-suspended-as-served": ("Okafor will serve 5 years in prison.",
                                 "Okafor was sentenced to five years, with three years suspended.",
                                 SUSPENDED.format("serve", "three years suspended")),
    "suspended-after-comma": ("Okafor received a six-month prison sentence.",
                              "Okafor received a six-month prison sentence, suspended for two years.",
                              SUSPENDED.format("prison sentence", "six-month prison sentence, suspended")),
    "bail-as-released": ("Okafor was released.", "Okafor was released on bail.", FREED.format("released")),
    "bail-as-freed": ("Okafor was freed on Tuesday.", "Okafor was released on bail on Tuesday.", FREED.format("freed")),
    "bail-as-walked-free": ("Okafor walked free.", "Okafor was released on bail pending trial.",
                            FREED.format("walked free")),
    "bail-granted-then-released": ("Okafor was released on Tuesday.",
                                   "Okafor was granted bail and released on Tuesday.",
                                   FREED.format("released")),
    "split-as-acquitted": ("Okafor was acquitted.", "Okafor was acquitted of fraud but convicted of perjury.",
                           SPLIT.format("acquitted")),
    "split-as-convicted": ("Okafor was convicted.", "Okafor was acquitted of fraud but convicted of perjury.",
                           SPLIT.format("convicted")),
    "split-as-cleared": ("The jury cleared Okafor.",
                         "The jury acquitted Okafor of fraud but convicted him of perjury.", SPLIT.format("cleared")),
    "split-as-all-charges": ("Okafor was acquitted on all charges.",
                             "Okafor was acquitted of fraud but convicted of perjury.", SPLIT.format("acquitted")),
    "split-as-found-guilty": ("Okafor was found guilty.",
                              "The jury found Okafor guilty of perjury and not guilty of fraud.",
                              SPLIT.format("found guilty") + " ('found Okafor guilty of perjury' and 'not guilty of "
                              "fraud')"),
    "charge-given-other-verdict": ("Okafor was acquitted of perjury.",
                                   "Okafor was acquitted of fraud but convicted of perjury.",
                                   "this sentence says 'acquitted of perjury' where its cited passages say 'convicted "
                                   "of perjury'"),
    "mistrial-as-acquitted": ("Okafor was acquitted.",
                              "The judge declared a mistrial after the jury failed to reach a verdict.",
                              MISTRIAL.format("acquitted")),
    "mistrial-as-cleared": ("The jury cleared Okafor.", "The judge declared a mistrial after the jury deadlocked.",
                            MISTRIAL.format("cleared")),
    "hung-jury-as-not-guilty": ("The jury found Okafor not guilty.",
                                "The jury could not reach a verdict, and the judge declared a mistrial.",
                                MISTRIAL.format("found Okafor not guilty")),
    "not-guilty-as-admitted": ("Okafor admitted the fraud charges.",
                               "Okafor pleaded not guilty to the fraud charges.",
                               ADMITTED.format("admitted", "pleaded not guilty")),
    "not-guilty-as-confessed": ("Okafor confessed to fraud.", "Okafor has pleaded not guilty to fraud.",
                                ADMITTED.format("confessed", "pleaded not guilty")),
    "accused-pleading-not-guilty-as-admitted": ("Okafor admitted taking the bribes.",
                                                "Okafor, who has pleaded not guilty, is accused of taking the bribes.",
                                                ADMITTED.format("admitted", "pleaded not guilty")),
    "without-prejudice-for-good": ("The judge threw out the charges for good.",
                                   "The judge dismissed the case without prejudice.", FINAL.format("for good")),
    "without-prejudice-permanently": ("The judge permanently dismissed the charges.",
                                      "The judge dismissed the charges without prejudice, allowing prosecutors to "
                                      "refile.", FINAL.format("permanently")),
    "without-as-with-prejudice": ("The judge dismissed the case with prejudice.",
                                  "The judge dismissed the case without prejudice.", FINAL.format("with prejudice")),
    "heard-as-ruled": ("The appeals court ruled on Okafor's appeal.",
                       "The appeals court heard Okafor's appeal on Monday.", DECIDED.format("appeals court ruled")),
    "heard-as-upheld": ("The appeals court upheld Okafor's conviction.",
                        "The appeals court heard arguments in Okafor's appeal on Monday.",
                        DECIDED.format("appeals court upheld")),
    "arrest-as-active-charge": ("Police charged Okafor with fraud.",
                                "Police arrested Okafor on Tuesday in connection with the fraud.",
                                FURTHER.format("charged Okafor with", "arrested")),
}


@pytest.mark.parametrize("sentence, passage, expected", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_case_told_further_or_otherwise_than_its_source_is_refused(sentence: str, passage: str, expected: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(message.startswith(expected) for message in found), found


HONEST = {
    "faces-kept": ("Okafor faces up to 10 years in prison.",
                   "Okafor faces up to 10 years in prison if convicted of fraud."),
    "faces-maximum-kept": ("Okafor faces a maximum of 20 years in prison.",
                           "If convicted, Okafor faces a maximum of 20 years in prison."),
    "could-be-jailed": ("Okafor could be jailed for up to 10 years.",
                        "Okafor faces up to 10 years in prison if convicted of fraud."),
    "sought-kept": ("Prosecutors asked for a 10-year sentence for Okafor.",
                    "Prosecutors sought a 10-year prison sentence for Okafor."),
    "imposed-beside-sought": ("Okafor was sentenced to 6 years in prison.",
                              "Prosecutors sought 10 years, but the judge sentenced Okafor to 6 years in prison."),
    "imposed-as-sought": ("Okafor was sentenced to 10 years, as prosecutors had sought.",
                          "The judge sentenced Okafor to 10 years, the term prosecutors had sought."),
    "ordered-to-serve": ("Okafor was ordered to serve 10 years.",
                         "The court ordered Okafor to serve 10 years in prison."),
    "maximum-kept": ("The charge carries up to 20 years in prison.",
                     "The charge carries a maximum sentence of 20 years."),
    "life-as-life": ("Okafor was sentenced to life in prison.", "Okafor was sentenced to life in prison."),
    "death-penalty-sought-kept": ("Prosecutors are seeking the death penalty.",
                                  "Prosecutors are seeking the death penalty for Okafor."),
    "life-possible-kept": ("The charge carries a possible life sentence.",
                           "If convicted, Okafor could face life in prison."),
    "suspended-kept": ("Okafor received a suspended sentence of two years.",
                       "Okafor was given a two-year suspended sentence."),
    "suspended-after-comma-kept": ("Okafor was sentenced to two years, suspended.",
                                   "Okafor was given a two-year suspended sentence."),
    "part-suspended-kept": ("Okafor was sentenced to 5 years, of which 3 are suspended.",
                            "Okafor was sentenced to 5 years, 3 of them suspended."),
    "part-suspended-served": ("Okafor must serve 2 years in prison.",
                              "Okafor was sentenced to 5 years, of which 3 are suspended, so he must serve 2 years in "
                              "prison."),
    "prison-as-prison": ("Okafor was sentenced to two years in prison.",
                         "Okafor was sentenced to two years in prison."),
    "licence-suspended": ("Okafor was jailed for two years.",
                          "Okafor was jailed for two years and his licence was suspended for two years."),
    "bail-kept": ("Okafor was freed on bail on Tuesday.", "Okafor was released on bail on Tuesday."),
    "bail-granted": ("The court granted Okafor bail.", "Okafor was released on bail."),
    "released-after-serving": ("Okafor was freed on Tuesday.",
                               "Okafor was released from prison on Tuesday after serving his sentence."),
    "others-freed-beside-bail": ("The hostages were freed on Tuesday.",
                                 "The hostages were freed on Tuesday; two suspects were released on bail."),
    "results-released": ("The company released its results.",
                         "The chief executive was released on bail after the company released its results."),
    "split-acquittal-kept": ("Okafor was acquitted of fraud.",
                             "Okafor was acquitted of fraud but convicted of perjury."),
    "split-both-reworded": ("Okafor was cleared of fraud but found guilty of perjury.",
                            "Okafor was acquitted of fraud but convicted of perjury."),
    "found-guilty-of-kept": ("Okafor was found guilty of perjury.",
                             "The jury found Okafor guilty of perjury and not guilty of fraud."),
    "plea-beside-conviction": ("Okafor pleaded not guilty to fraud.",
                               "Okafor pleaded not guilty to fraud and was convicted of perjury."),
    "counts-kept": ("Okafor was convicted on two counts of perjury.",
                    "Okafor was acquitted of fraud but convicted on two counts of perjury."),
    "acquitted-of-all": ("Okafor was acquitted.", "Okafor was acquitted of all charges."),
    "co-defendant-convicted": ("Okafor was acquitted.",
                               "Okafor was acquitted of fraud, but his co-defendant Lund was convicted of perjury."),
    "the-convicted-minister": ("The convicted former minister will appeal.",
                               "Okafor was acquitted of fraud but convicted of perjury."),
    "cleared-the-way": ("The ruling cleared the way for a retrial.",
                        "The jury acquitted Okafor of fraud but convicted him of perjury, and the ruling cleared "
                        "the way for a retrial."),
    "mistrial-kept": ("The jury deadlocked and the judge declared a mistrial.",
                      "The judge declared a mistrial after the jury failed to reach a verdict."),
    "acquitted-at-retrial": ("Okafor was acquitted.",
                             "The first trial ended in a mistrial; at the retrial, Okafor was acquitted."),
    "not-guilty-as-denied": ("Okafor denied the fraud charges.", "Okafor pleaded not guilty to the fraud charges."),
    "accused-kept": ("Okafor, who denies it, is accused of taking the bribes.",
                     "Okafor, who has pleaded not guilty, is accused of taking the bribes."),
    "guilty-as-admitted": ("Okafor admitted fraud.", "Okafor pleaded guilty to fraud."),
    "admitted-to-hospital": ("Okafor was admitted to hospital on Monday.",
                             "Okafor, who denies the charges, was taken to hospital on Monday."),
    "without-prejudice-kept": ("The judge threw out the charges but left prosecutors free to refile them.",
                               "The judge dismissed the charges without prejudice, allowing prosecutors to refile."),
    "with-prejudice-for-good": ("The judge threw out the charges for good.",
                                "The judge dismissed the charges with prejudice."),
    "plant-closed-permanently": ("The company will permanently close its plant.",
                                 "The case against the company was dismissed without prejudice, and it will close "
                                 "its plant."),
    "heard-kept": ("The appeals court heard arguments in Okafor's appeal on Monday.",
                   "The appeals court heard Okafor's appeal on Monday and will rule later."),
    "appeal-decided-kept": ("The appeals court rejected Okafor's appeal.",
                            "The appeals court rejected Okafor's appeal on Monday."),
    "detained-for-arrested": ("Police detained Okafor in connection with the fraud.",
                              "Police arrested Okafor on Tuesday in connection with the fraud."),
    "charged-actively": ("Prosecutors charged Okafor with fraud.", "Okafor was charged with fraud."),
    "arrested-not-charged": ("Okafor was arrested but has not been charged.",
                             "Okafor was arrested on Tuesday and has not been charged."),
    # the same words elsewhere than in a case
    "talks-deadlocked": ("The committee cleared the bill.",
                         "Talks deadlocked over the border, and the committee cleared the bill."),
    "years-as-mayor": ("She is serving her 12th year as mayor.",
                       "She is seeking a third term after 12 years as mayor."),
    "report-released": ("The report was released on Tuesday.",
                        "The suspect was released on bail on Tuesday, the day the report was released."),
    "refugees-admitted": ("Northland admitted 5,000 refugees.",
                          "Northland denied the refugees entry at first but later admitted 5,000 refugees."),
    "talks-suspended": ("Talks were suspended for two weeks.", "Talks were suspended for two weeks."),
}


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_a_case_told_as_its_source_tells_it_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", PARTIES) == []


# (language, sentence, passage, what the sentence says of it: "" where it builds)
IN_LANGUAGES = {
    "fr-sursis": ("fr", "Okafor a été condamné à deux ans de prison.",
                  "Okafor a été condamné à deux ans de prison avec sursis.",
                  SUSPENDED.format("prison", "deux ans de prison avec sursis")),
    "fr-dont-sursis": ("fr", "Okafor a été condamné à trois ans de prison ferme.",
                       "Okafor a été condamné à trois ans de prison, dont un an avec sursis.",
                       SUSPENDED.format("prison", "un an avec sursis")),
    "fr-sous-caution": ("fr", "Okafor a été libéré mardi.", "Okafor a été libéré sous caution mardi.",
                        FREED.format("libéré")),
    "fr-controle-judiciaire": ("fr", "Okafor a été remis en liberté.",
                               "Okafor a été remis en liberté sous contrôle judiciaire.",
                               FREED.format("remis en liberté")),
    "es-en-suspenso": ("es", "Okafor fue condenado a dos años de prisión.",
                       "Okafor fue condenado a dos años de prisión en suspenso.",
                       SUSPENDED.format("prisión", "dos años de prisión en suspenso")),
    "es-bajo-fianza": ("es", "Okafor fue puesto en libertad el martes.",
                       "Okafor fue puesto en libertad bajo fianza el martes.", FREED.format("puesto en libertad")),
    "de-bewaehrung": ("de", "Okafor wurde zu zwei Jahren Haft verurteilt.",
                      "Okafor wurde zu zwei Jahren Haft auf Bewährung verurteilt.",
                      SUSPENDED.format("Haft", "zwei Jahren Haft auf Bewährung")),
    "de-kaution": ("de", "Okafor wurde am Dienstag freigelassen.",
                   "Okafor wurde am Dienstag gegen Kaution freigelassen.",
                   FREED.format("freigelassen")),
    "fr-sursis-kept": ("fr", "Okafor a été condamné à deux ans avec sursis.",
                       "Okafor a été condamné à deux ans de prison avec sursis.", ""),
    "fr-caution-kept": ("fr", "Okafor a été libéré sous caution mardi.",
                        "Okafor a été libéré sous caution mardi.", ""),
    "fr-peine-purgee": ("fr", "Okafor a été libéré mardi.",
                        "Okafor a été libéré mardi après avoir purgé sa peine.", ""),
    "es-suspenso-kept": ("es", "Okafor fue condenado a dos años de prisión en suspenso.",
                         "Okafor fue condenado a dos años de prisión en suspenso.", ""),
    "es-fianza-kept": ("es", "Okafor quedó en libertad bajo fianza el martes.",
                       "Okafor fue puesto en libertad bajo fianza el martes.", ""),
    "de-bewaehrung-kept": ("de", "Okafor wurde zu zwei Jahren Haft auf Bewährung verurteilt.",
                           "Okafor wurde zu zwei Jahren Haft auf Bewährung verurteilt.", ""),
    "de-kaution-kept": ("de", "Okafor kam gegen Kaution frei.",
                        "Okafor wurde am Dienstag gegen Kaution freigelassen.", ""),
}


@pytest.mark.parametrize("language, sentence, passage, expected", IN_LANGUAGES.values(), ids=IN_LANGUAGES.keys())
def test_a_suspension_or_bail_is_kept_in_french_spanish_and_german(language: str, sentence: str, passage: str,
                                                                    expected: str):
    found = sentence_findings(sentence, (passage,), language, PARTIES)
    assert any(message.startswith(expected) for message in found) if expected else found == [], found
