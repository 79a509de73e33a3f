"""A hundred-and-thirteenth fact-check: who did what to whom, and which way, in a fisheries dispute (Norlandia and the
Eastern Isles), a trade dispute (Northland and Southland) and a patent ruling (Vantor).

Misstatements that built, now refused:
- an accusation turned round: "Norlandia accused the Isles of fishing first and negotiating later" citing "He said the
  Isles had already cut their own catch ..., and accused Norlandia of 'fishing first and negotiating later'": the
  accuser named by a pronoun, the speaker check had no one to compare; the one accused is named
  (accusation_sides.py), in English, French, Spanish and German;
- a comparison of two parties told the wrong way round: "The Isles caught more than Norlandia this year" citing
  "Norlandia, which caught about 246,000 tonnes" and "The Eastern Isles, whose fleet landed 182,000 tonnes"
  (party_comparisons.py);
- a party's word let through by a clause backed as fact beside it: "It does not settle whether the patent is valid,
  and Vantor is weighing an appeal" (party_word.py reads clause by clause);
- a request told as an order: "Northland ordered Southland to cut exports" citing "urged" ("required" of "asked",
  "demanded" of "suggested", "forced" of "urged"), an offer told as a promise ("promised to cut" of "offered to cut":
  deed_scales.py);
- an offer, or a request of another, told as certain: "Southland will cut steel exports" citing "Southland offered to
  cut steel exports" or "Northland urged Southland to cut steel exports" (threats.py);
- a move told from the wrong end: "Northland imports cheap steel from Southland" citing "Northland exports cheap steel
  to Southland" (sells/buys, lends/borrows, pays/receives: converse_verbs.py).

Each sentence is checked in-process against its cited passages, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="norlandia", name="Norlandia", short_name="Norlandia", role="side"),
           Party(id="isles", name="The Eastern Isles", short_name="the Isles", role="side"),
           Party(id="northland", name="Government of Northland", short_name="Northland", role="side"),
           Party(id="southland", name="Government of Southland", short_name="Southland", role="side"),
           Party(id="vantor", name="Vantor Systems", short_name="Vantor", role="defendant"))

ACCUSED = ("Their fisheries secretary, Tomas Reyne, said the shift was temporary. He said the Isles had already cut "
           "their own catch by 9 per cent this year, and accused Norlandia of \"fishing first and negotiating later\".")
ACCUSED_FR = ("Leur secrétaire à la pêche, Tomas Reyne, a dit que le changement était temporaire. Il a accusé la "
              "Norlandia de « pêcher d'abord et négocier ensuite ».")
ACCUSED_ES = ("Su secretario de pesca, Tomas Reyne, dijo que el cambio era temporal. Acusó a Norlandia de «pescar "
              "primero y negociar después».")
ACCUSED_DE = ("Ihr Fischereiminister Tomas Reyne sagte, die Änderung sei vorübergehend. Er beschuldigte Norlandia, "
              "„zuerst zu fischen und später zu verhandeln“.")
CAUGHT = ("Norlandia, which caught about 246,000 tonnes this year, says the quota is fair.",
          "The Eastern Isles, whose fleet landed 182,000 tonnes, reject that claim.")
RULING = ("The ruling does not decide whether the patent is valid.",
          "Vantor said it was disappointed and was considering an appeal.")
URGED = "Northland urged Southland to cut exports."
OFFERED = "Southland offered to cut steel exports."
EXPORTS = "Northland exports cheap steel to Southland, about 3 million tonnes a year."
WORD = "give only as the word of Vantor"
TURNED_ACCUSER = "but its cited passages have Norlandia accused"

MISSTATED = {
    # who accused whom
    "accuser-turned": ("Norlandia accused the Isles of fishing first and negotiating later.", ACCUSED,
                       "this sentence has Norlandia accuse the Isles, but its cited passages have Norlandia accused"),
    "accuser-turned-has": ("Norlandia has accused the Isles of fishing first.", ACCUSED, TURNED_ACCUSER),
    "accuser-turned-present": ("Norlandia accuses the Isles of fishing first and negotiating later.", ACCUSED,
                               TURNED_ACCUSER),
    "accuser-turned-passive": ("The Isles were accused by Norlandia of fishing first and negotiating later.",
                               ACCUSED, TURNED_ACCUSER),
    "accused-swapped": ("Reyne accused the Isles of fishing first and negotiating later.", ACCUSED,
                        "this sentence has the Isles accused where its cited passages accuse Norlandia"),
    "accused-swapped-stands": ("The Isles stand accused of fishing first and negotiating later.", ACCUSED,
                               "has the Isles accused where its cited passages accuse Norlandia"),
    # which way a comparison goes
    "compared-turned": ("The Isles caught more than Norlandia this year.", CAUGHT,
                        "this sentence says 'more' of Isles than of Norlandia where its cited passages give Isles "
                        "182,000 tonnes and Norlandia 246,000 tonnes"),
    "compared-turned-noun": ("The Isles caught more fish than Norlandia this year.", CAUGHT, "'more' of Isles"),
    "compared-turned-larger": ("The Isles' catch was larger than Norlandia's this year.", CAUGHT, "'larger' of Isles"),
    "compared-turned-less": ("Norlandia caught less than the Isles this year.", CAUGHT, "'less' of Norlandia"),
    # a party's word beside a clause backed as fact
    "word-beside-fact": ("It does not settle whether the patent is valid, and Vantor is weighing an appeal.", RULING,
                         WORD),
    "word-beside-fact-but": ("The ruling leaves the patent's validity open, but Vantor is weighing an appeal.", RULING,
                             WORD),
    "word-alone": ("Vantor is weighing an appeal.", RULING, WORD),
    # a request told stronger
    "urged-as-ordered": ("Northland ordered Southland to cut exports.", URGED,
                         "this sentence raises its cited passages' 'urged' to 'ordered'"),
    "asked-as-required": ("Northland required Southland to cut exports.", "Northland asked Southland to cut exports.",
                          "raises its cited passages' 'asked' to 'required'"),
    "suggested-as-demanded": ("Northland demanded that Southland cut exports.",
                              "Northland suggested that Southland cut exports.",
                              "raises its cited passages' 'suggested' to 'demanded'"),
    "urged-as-forced": ("Northland forced Southland to cut exports.", URGED, "'urged' to 'forced'"),
    "called-on-as-instructed": ("Northland instructed Southland to cut exports.",
                                "Northland called on Southland to cut exports.", "'called on' to 'instructed'"),
    "offer-as-promise": ("Southland promised to cut steel exports.", OFFERED,
                         "raises its cited passages' 'offered to' to 'promised'"),
    "offer-as-pledge": ("Southland has pledged to cut steel exports.", OFFERED, "'offered to' to 'pledged'"),
    # an offer or a request told as certain, or done
    "offer-as-will": ("Southland will cut steel exports.", OFFERED,
                      "this sentence tells as certain ('will cut') what its cited passages give only as offered "
                      "('offered to cut')"),
    "offer-as-going-to": ("Southland is going to cut its steel exports.", OFFERED, "give only as offered"),
    "offer-as-says-will": ("Southland says it will cut steel exports.", OFFERED, "give only as offered"),
    "willing-as-will": ("Southland will cut steel exports.", "Southland is willing to cut steel exports.",
                        "give only as offered ('is willing to cut')"),
    "offer-as-done": ("Southland has cut steel exports.", OFFERED, "tells as done ('cut')"),
    "request-as-will": ("Southland will cut steel exports.", "Northland urged Southland to cut steel exports.",
                        "give only as asked of another ('urged Southland to cut')"),
    "request-called-on-as-will": ("Southland will cut steel exports.",
                                  "Northland called on Southland to cut steel exports.",
                                  "give only as asked of another"),
    # which end of a move
    "exports-as-imports": ("Northland imports cheap steel from Southland.", EXPORTS,
                           "this sentence says Northland 'imports' where its cited passages say Northland 'exports'"),
    "exports-as-imports-noun": ("Northland's imports of cheap steel from Southland are about 3 million tonnes a year.",
                                EXPORTS, "says Northland 'imports'"),
    "bought-as-sold": ("Northland sold 3 million tonnes of steel to Southland.",
                       "Northland bought 3 million tonnes of steel from Southland.", "says Northland 'sold'"),
    "borrowed-as-lent": ("Northland lent Southland $2 billion last year.",
                         "Northland borrowed $2 billion from Southland last year.", "says Northland 'lent'"),
    "paid-as-received": ("Northland received $5 million from Southland.", "Northland paid Southland $5 million.",
                         "says Northland 'received' where its cited passages say Northland 'paid'"),
}

HONEST = {
    "accuser-as-written": ("The Isles accused Norlandia of fishing first and negotiating later.", ACCUSED),
    "accuser-by-name": ("Reyne accused Norlandia of fishing first and negotiating later.", ACCUSED),
    "accused-passive": ("Norlandia was accused of fishing first and negotiating later.", ACCUSED),
    "accused-passive-by": ("Norlandia was accused by the Isles of fishing first and negotiating later.", ACCUSED),
    "accuser-by-office": ("The Isles' fisheries secretary accused Norlandia of fishing first.", ACCUSED),
    "accused-other-thing": ("Norlandia accused the Isles of overfishing.",
                            "Norlandia accused the Isles of overfishing. The Isles accused Norlandia of delay."),
    "compared-as-written": ("Norlandia caught more than the Isles this year.", CAUGHT),
    "compared-less-as-written": ("The Isles caught less than Norlandia this year.", CAUGHT),
    "compared-fewer-as-written": ("The Isles caught fewer fish than Norlandia this year.", CAUGHT),
    "compared-no-figures": ("The Isles caught more than Norlandia this year.", CAUGHT[:1]),
    "compared-other-thing": ("The Isles have more boats than Norlandia.",
                             (CAUGHT[0], "The Eastern Isles, whose fleet of 300 boats landed 182,000 tonnes, want "
                                         "a larger share.")),
    "word-said": ("It does not settle whether the patent is valid, and Vantor says it is weighing an appeal.", RULING),
    "word-said-past": ("It does not settle whether the patent is valid, and Vantor said it was considering an appeal.",
                       RULING),
    "fact-alone": ("The ruling does not settle whether the patent is valid.", RULING),
    "urged-as-written": ("Northland urged Southland to cut exports.", URGED),
    "urged-as-asked": ("Northland asked Southland to cut exports.", URGED),
    "ordered-as-urged": ("Northland urged Southland to cut exports.", "Northland ordered Southland to cut exports."),
    "ordered-as-written": ("Northland ordered Southland to cut exports.",
                           "Northland ordered Southland to cut exports."),
    "offer-as-written": ("Southland offered to cut steel exports.", OFFERED),
    "offer-has-offered": ("Southland has offered to cut steel exports.", OFFERED),
    "offer-offers": ("Southland offers to cut steel exports.", OFFERED),
    "offer-may": ("Southland may cut steel exports.", OFFERED),
    "offer-then-will": ("Southland will cut steel exports.", "Southland offered to cut steel exports and will cut "
                                                             "them by June."),
    "request-as-written": ("Northland urged Southland to cut steel exports.",
                           "Northland urged Southland to cut steel exports."),
    "request-at-request": ("At Northland's request, Southland will cut steel exports.",
                           "Northland asked Southland to cut steel exports."),
    "exports-other-end": ("Southland imports cheap steel from Northland.", EXPORTS),
    "exports-as-sells": ("Northland sells cheap steel to Southland.", EXPORTS),
    "exports-noun": ("Northland's steel exports to Southland are about 3 million tonnes a year.", EXPORTS),
    "both-ends-used": ("Northland imports crude oil and exports steel.",
                       "Northland exports steel and imports crude oil."),
    "lent-other-end": ("Northland borrowed $2 billion from Southland last year.",
                       "Southland lent Northland $2 billion last year."),
    "paid-other-end": ("Northland paid Southland $5 million.", "Southland received $5 million from Northland."),
}


def found(sentence: str, passages: str | tuple[str, ...], language: str = "en") -> list[str]:
    """Return the findings of a sentence citing its passages, of the three disputes' parties."""
    return sentence_findings(sentence, (passages,) if isinstance(passages, str) else passages, language, PARTIES)


@pytest.mark.parametrize("sentence, passages, said", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, passages, said: str):
    findings = found(sentence, passages)
    assert any(said in finding for finding in findings), findings


@pytest.mark.parametrize("sentence, passages", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(sentence: str, passages):
    assert found(sentence, passages) == []


@pytest.mark.parametrize("language, sentence, passage, builds", [
    ("fr", "La Norlandia a accusé les Isles de pêcher d'abord et de négocier ensuite.", ACCUSED_FR, False),
    ("fr", "Reyne a accusé la Norlandia de pêcher d'abord et de négocier ensuite.", ACCUSED_FR, True),
    ("es", "Norlandia acusó a los Isles de pescar primero y negociar después.", ACCUSED_ES, False),
    ("es", "Reyne acusó a Norlandia de pescar primero y negociar después.", ACCUSED_ES, True),
    ("de", "Norlandia beschuldigte die Isles, zuerst zu fischen und später zu verhandeln.", ACCUSED_DE, False),
    ("de", "Reyne beschuldigte Norlandia, zuerst zu fischen und später zu verhandeln.", ACCUSED_DE, True),
])
def test_who_accused_whom_in_other_languages(language: str, sentence: str, passage: str, builds: bool):
    findings = found(sentence, passage, language)
    assert (findings == []) if builds else any("accused" in finding for finding in findings), findings


@pytest.mark.parametrize("language, sentence, passages, builds", [
    ("fr", "La décision ne tranche pas la validité du brevet, et Vantor envisage de faire appel.",
     ("La décision ne tranche pas la validité du brevet.", "Vantor a dit qu'il envisageait de faire appel."), False),
    ("fr", "La décision ne tranche pas la validité du brevet, et Vantor dit envisager de faire appel.",
     ("La décision ne tranche pas la validité du brevet.", "Vantor a dit qu'il envisageait de faire appel."), True),
])
def test_a_party_word_beside_a_fact_in_other_languages(language: str, sentence: str, passages, builds: bool):
    findings = found(sentence, passages, language)
    assert (findings == []) if builds else any(WORD in finding for finding in findings), findings
