"""A developing story's changes told wrongly (tests/fixtures/newuser_92: three agency reports on a fire at Velmar
Chemicals' plant in Harwick, the regional government of Eastmarch widening the evacuation zone and narrowing it again,
the company revising its chlorine figure and withdrawing a claim).

What built, and is now refused:
- a withdrawn claim told as standing: "Velmar says no toxic gas was released" citing "The company also withdrew its
  claim that no toxic gas had been released" (withdrawn_claims.py; French, Spanish, German too);
- a change's two levels swapped, with a unit between: "narrowed from 5 kilometres to 2 kilometres" citing "widened
  ... from 2 kilometres to 5 kilometres" (start_levels.py);
- a change's way turned where the thing changed stands between verb and level: "The evacuation zone was widened to 3
  kilometres" citing "narrowed the evacuation zone around ... to 3 kilometres" (changes_reversed.py);
- a level changed in the world told as current: "The evacuation zone covers everyone within 2 kilometres" citing
  "widened ... from 2 kilometres to 5 kilometres" (revised.py).
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="velmar", name="Velmar Chemicals", short_name="Velmar", role="operator",
                 aliases=("the company", "Martin Hale", "Hale")),
           Party(id="eastmarch", name="Regional government of Eastmarch", short_name="Eastmarch",
                 role="regional government", aliases=("the regional government", "the region", "Sofia Brandt",
                                                      "Brandt")))

WITHDREW = "The company also withdrew its claim that no toxic gas had been released."
WITHDREW_QUOTED = (WITHDREW + ' "We said on Monday that there had been no release of toxic gas. On the evidence we now '
                   'have, we can no longer say that, and we withdraw it," its chief executive, Martin Hale, said.')
RETRACTED = "The ministry has retracted its statement that the dam was safe."
NO_LONGER = "The ministry no longer says that the dam is safe."
WIDENED = ("The regional government of Eastmarch widened the evacuation zone around the plant from 2 kilometres to 5 "
           "kilometres on Wednesday, after air samples showed traces of chlorine in a village north-east of the site.")
NARROWED = ("The regional government of Eastmarch narrowed the evacuation zone around the burned-out Velmar Chemicals "
            "plant in Harwick to 3 kilometres on Sunday, allowing about 6,000 residents to return to their homes.")
REVISED = ("Velmar Chemicals revised its figure for the chlorine stored at the plant from 1.2 tonnes to 3.4 tonnes on "
           "Wednesday, saying a second storage tank had been left out of its first count \"in error\".")
LIMIT = "The council lowered the speed limit on the road from 50 km/h to 30 km/h in May."
BAN = "The league reduced the ban to 6 months on appeal."
PRICE = "The firm cut the price of tickets from $5 to $4."

HONEST = {
    "withdrawn-told": ("Velmar has withdrawn its claim that no toxic gas was released.", (WITHDREW,)),
    "said-then": ("Velmar had said no toxic gas was released.", (WITHDREW,)),
    "no-longer-says": ("Velmar no longer says that no toxic gas was released.", (WITHDREW,)),
    "initially": ("Velmar initially said no toxic gas was released.", (WITHDREW,)),
    "other-claim-kept": ("Velmar maintains that the fire was caused by a fault.",
                         ("The company maintained that the fire was caused by a fault. " + WITHDREW,)),
    "retracted-told": ("The ministry retracted its statement that the dam was safe.", (RETRACTED,)),
    "no-longer-told": ("The ministry no longer says that the dam is safe.", (NO_LONGER,)),
    "widened-as-told": ("The evacuation zone was widened from 2 kilometres to 5 kilometres.", (WIDENED,)),
    "revised-as-told": ("Velmar revised its figure from 1.2 tonnes to 3.4 tonnes.", (REVISED,)),
    "narrowed-as-told": ("The evacuation zone was narrowed to 3 kilometres.", (NARROWED,)),
    "reduced-as-told": ("The ban was reduced to 6 months.", (BAN,)),
    "lowered-as-told": ("The council lowered the speed limit to 30 km/h.", (LIMIT,)),
    "new-level-now": ("The evacuation zone covers everyone within 5 kilometres.", (WIDENED,)),
    "old-level-then": ("The evacuation zone was 2 kilometres before it was widened to 5 kilometres.", (WIDENED,)),
    "old-level-with-new": ("The zone now covers 5 kilometres, up from 2 kilometres.", (WIDENED,)),
    "old-limit-past": ("The speed limit on the road was 50 km/h.", (LIMIT,)),
    "new-price-now": ("Tickets are $4 each.", (PRICE,)),
}
MISSTATED = {
    "says-withdrawn": ("Velmar says no toxic gas was released.", (WITHDREW,), "tells as standing ('says') a claim"),
    "maintains-withdrawn": ("Velmar maintains that no toxic gas was released.", (WITHDREW,),
                            "tells as standing ('maintains') a claim its cited passages say was withdrawn ('withdrew "
                            "its claim that no toxic gas had been released')"),
    "stands-by-withdrawn": ("Velmar stands by its claim that no toxic gas was released.", (WITHDREW,),
                            "tells as standing ('stands by its claim')"),
    "says-after": ("No toxic gas was released, Velmar says.", (WITHDREW_QUOTED,), "tells as standing ('says')"),
    "denies-withdrawn": ("Velmar denies that toxic gas was released.", (WITHDREW,), "tells as standing ('denies')"),
    "still-says": ("Velmar still says no toxic gas was released.", (WITHDREW,), "tells as standing ('still says')"),
    "retracted-as-standing": ("The ministry maintains that the dam is safe.", (RETRACTED,),
                              "say was withdrawn ('retracted its statement that the dam was safe')"),
    "no-longer-as-standing": ("The ministry stands by its assessment that the dam is safe.", (NO_LONGER,),
                              "say was withdrawn ('no longer says that the dam is safe')"),
    "narrowed-swapped": ("The evacuation zone was narrowed from 5 kilometres to 2 kilometres.", (WIDENED,),
                         "gives 2 as a level reached ('from 5 kilometres to 2') where its cited passages give it as the "
                         "starting level ('from 2 kilometres to 5')"),
    "revised-swapped": ("Velmar revised its figure from 3.4 tonnes to 1.2 tonnes.", (REVISED,),
                        "gives 1.2 as a level reached ('from 3.4 tonnes to 1.2')"),
    "widened-for-narrowed": ("The evacuation zone was widened to 3 kilometres.", (NARROWED,),
                             "tells as larger ('widened ... to 3') what its cited passages tell as made smaller "
                             "('narrowed the evacuation zone around the burned-out Velmar Chemicals plant in Harwick "
                             "to 3')"),
    "extended-for-reduced": ("The ban was extended to 6 months.", (BAN,), "tells as larger ('extended ... to 6')"),
    "raised-for-lowered": ("The council raised the speed limit on the road to 30 km/h.", (LIMIT,),
                           "tells as larger ('raised ... to 30')"),
    "narrowed-for-widened": ("The regional government narrowed the evacuation zone to 5 kilometres.", (WIDENED,),
                             "is given as a fall, but the passages this cites give it as a rise"),
    "old-zone-current": ("The evacuation zone covers everyone within 2 kilometres.", (WIDENED,),
                         "this sentence states 2 as current, but its cited passages name it as changed since "
                         "('widened the evacuation zone around the plant from 2 kilometres to 5')"),
    "old-zone-stands": ("The zone now stands at 2 kilometres.", (WIDENED,), "states 2 as current"),
    "old-limit-current": ("The speed limit on the road is 50 km/h.", (LIMIT,), "states 50 as current"),
    "old-price-current": ("Tickets are $5 each.", (PRICE,), "states 5 as current"),
}
LANGUAGES = {
    "fr": ("L'entreprise a aussi retiré son affirmation selon laquelle aucun gaz toxique ne s'était échappé.",
           "Velmar affirme qu'aucun gaz toxique ne s'est échappé.",
           "Velmar a retiré son affirmation selon laquelle aucun gaz toxique ne s'était échappé."),
    "es": ("La empresa también retiró su afirmación de que no se había liberado ningún gas tóxico.",
           "Velmar sostiene que no se liberó ningún gas tóxico.",
           "Velmar ya no sostiene que no se liberó ningún gas tóxico."),
    "de": ("Das Unternehmen zog auch seine Behauptung zurück, dass kein giftiges Gas ausgetreten sei.",
           "Velmar behauptet, dass kein giftiges Gas ausgetreten sei.",
           "Velmar hat seine Behauptung zurückgezogen, dass kein giftiges Gas ausgetreten sei."),
}


def found(sentence: str, passages: tuple[str, ...], language: str = "en") -> list[str]:
    """Return the findings of a sentence citing passages of a report of 15 March 2026, of the fire's parties."""
    return sentence_findings(sentence, passages, language, PARTIES, published="2026-03-15")


@pytest.mark.parametrize("sentence, passages", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(sentence: str, passages: tuple[str, ...]):
    assert found(sentence, passages) == []


@pytest.mark.parametrize("sentence, passages, said", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, passages: tuple[str, ...], said: str):
    findings = found(sentence, passages)
    assert any(said in finding for finding in findings), findings


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_withdrawn_claim_in_other_languages(language: str):
    passage, standing, withdrawn = LANGUAGES[language]
    assert any("tells as standing" in finding for finding in found(standing, (passage,), language))
    assert not any("tells as standing" in finding for finding in found(withdrawn, (passage,), language))
