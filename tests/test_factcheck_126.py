"""A hundred-and-twenty-sixth fact-check: who said or did what, across passages.

Drawn from tests/fixtures/newuser_92 (Velmar Chemicals and the regional government of Eastmarch after a plant fire),
newuser_90 (a council cabinet's vote on a stadium lease) and newuser_88 (the Oltan Basin Commission and a treaty's
articles). Refused now, where they built:
- an operator's act given to the other side by an alias of lowercase words: "The regional government revised its
  chlorine figure to 3.4 tonnes" citing "Velmar Chemicals revised its figure ... to 3.4 tonnes" (swapped.py reads the
  alias "the regional government" whole, owners.party_words);
- a figure held for another party: "The government's figure of 3.4 tonnes" (figure_holders.py);
- a named member's vote told the other way on what the member's own sentence names: "Councillor Amir Haddad voted for
  the rent increase" of "voted against the new terms. One of them, Councillor Amir Haddad, said the rent increase
  was ..." (named_voters.py);
- a provision's number swapped between passages: "Article 12 sets the minimum flow" where a passage gives the
  minimum flow to Article 14 (provisions.swapped_provisions);
- a body a passage gives as only receiving or weighing a matter told as siding: "The commission backed the upstream
  state's plan" of "said it had received Kesh's filling plan and was reviewing it" (mediators.py).
Builds now: "Velmar no longer says that no toxic gas was released" citing the claim and its withdrawal (polarity.py
reads the claim's own "no", the saying's "no longer" blanked: withdrawn_claims.saying_withdrawn_blanked).

Each sentence is checked in-process against its cited passages, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

FIRE = (Party(id="velmar", name="Velmar Chemicals", short_name="Velmar", role="operator",
              aliases=("the company", "Martin Hale", "Hale")),
        Party(id="eastmarch", name="Regional government of Eastmarch", short_name="Eastmarch",
              role="regional government", aliases=("the regional government", "the region", "Sofia Brandt", "Brandt")))
DAM = (Party(id="varna", name="Varna", role="downstream state", aliases=("Lovran", "Varnan")),
       Party(id="kesh", name="Kesh", role="upstream state", aliases=("Sella", "Keshi")),
       Party(id="commission", name="Oltan Basin Commission", short_name="the commission", role="mediator"))
LEASE = (Party(id="club", name="Harlow City Football Club", short_name="Harlow City", role="side",
               aliases=("the club",)),
         Party(id="council", name="Harlow Borough Council", short_name="the council", role="side",
               aliases=("the council",)))

REVISED = ("Velmar Chemicals revised its figure for the chlorine stored at the plant from 1.2 tonnes to 3.4 tonnes on "
           "Wednesday, saying a second storage tank had been left out of its first count \"in error\".")
STILL = "The regional government still puts it at 8 tonnes."
NO_RELEASE = ("Velmar Chemicals said in a statement that 1.2 tonnes of chlorine had been stored at the plant at the time "
              "of the fire. \"There was no release of toxic gas and there is no danger to the public from chlorine,\" "
              "the company's chief executive, Martin Hale, told reporters outside the plant gates.")
WITHDREW = "The company also withdrew its claim that no toxic gas had been released."
WITHDREW_QUOTED = ('"We said on Monday that there had been no release of toxic gas. On the evidence we now have, we can '
                   'no longer say that, and we withdraw it," its chief executive, Martin Hale, said in a statement.')
VOTE = ("Three members of the cabinet voted against the new terms. One of them, Councillor Amir Haddad, said the rent "
        "increase was \"too much, too fast\" and that he would have supported a rise phased in over five years.")
CABINET = "The council's cabinet approved the new lease terms by six votes to three on Tuesday evening."
DISPUTES = "Article 12 sets out how disputes between the two states are settled by the basin commission."
MINIMUM = "Article 14 sets the minimum flow the upstream state must let pass the border in the dry season."
ARTICLE_4 = ("Article 4 requires the upstream state to let at least 280 cubic metres per second pass the border during "
             "the dry season, from July to October.")
ARTICLE_12 = ("Article 12 sends disputes to the basin commission, and, if the commission cannot settle them within 90 "
              "days, to arbitration.")
RECEIVED = "The commission said it had received Kesh's filling plan and was reviewing it."
REVIEWING = "The Oltan Basin Commission is reviewing the upstream state's plan to fill the reservoir."
REGULATOR = "The regulator has yet to decide on the company's request for a higher tariff."
BACKED = "The commission backed Kesh's filling plan after reviewing it."
UNCONFIRMED = ("The regional government said it had not confirmed the company's figure and would check if it was "
               "right.")

MISSTATED = {
    "government-revised": ("The regional government revised its chlorine figure to 3.4 tonnes.", (REVISED,), FIRE,
                           "this sentence names regional government where its cited passages name Velmar Chemicals"),
    "government-revised-beside": ("The regional government revised its chlorine figure to 3.4 tonnes.",
                                  (REVISED, STILL), FIRE, "names regional government"),
    "governments-figure": ("The government's figure of 3.4 tonnes was revised.", (REVISED, STILL), FIRE,
                           "this sentence gives 'government's figure of 3.4' where its cited passages give the "
                           "figure to another ('its figure for the chlorine"),
    "regional-governments-figure": ("The regional government's figure is 3.4 tonnes.", (REVISED, STILL), FIRE,
                                    "where its cited passages give the figure to another"),
    "regions-figure": ("The region's figure of 3.4 tonnes is disputed by the company.", (REVISED, STILL), FIRE,
                       "where its cited passages give the figure to another"),
    "raised-its-figure": ("The regional government raised its figure to 3.4 tonnes.", (REVISED, STILL), FIRE,
                          "where its cited passages give the figure to another"),
    "companys-figure-of-8": ("The company's figure of 8 tonnes is disputed by the regional government.",
                             (REVISED, STILL), FIRE, "where its cited passages give the figure to another ('puts it at 8"),
    "velmar-puts-it-at-8": ("Velmar puts the figure at 8 tonnes.", (REVISED, STILL), FIRE,
                            "where its cited passages give the figure to another"),
    "voted-for-rent-increase": ("Councillor Amir Haddad voted for the rent increase.", (VOTE,), LEASE,
                                "this sentence gives Amir Haddad as voting for where its cited passages name them "
                                "among those who voted against"),
    "backed-rent-increase": ("Haddad backed the rent increase.", (VOTE, CABINET), LEASE, "as voting for"),
    "supported-rise": ("Haddad supported the rent increase in the cabinet vote.", (VOTE,), LEASE, "as voting for"),
    "article-12-minimum": ("Article 12 sets the minimum flow.", (DISPUTES, MINIMUM), DAM,
                           "this sentence gives 'Article 12' what its cited passages give article 14"),
    "article-14-disputes": ("Disputes between the two states are settled under Article 14.", (DISPUTES, MINIMUM), DAM,
                            "give article 12"),
    "article-12-flow": ("Article 12 requires the upstream state to let at least 280 cubic metres per second pass the "
                        "border.", (ARTICLE_4, ARTICLE_12), DAM, "give article 4"),
    "article-4-disputes": ("Under Article 4, disputes go to the basin commission.", (ARTICLE_4, ARTICLE_12), DAM,
                           "give article 12"),
    "fr-article": ("L'article 12 fixe le débit minimal à la frontière.",
                   ("L'article 12 règle les différends entre les deux États.",
                    "L'article 14 fixe le débit minimal à la frontière."), DAM, "give article 14"),
    "commission-backed": ("The commission backed the upstream state's plan.", (RECEIVED,), DAM,
                          "this sentence has the commission take a side ('backed') where its cited passages give it "
                          "only as weighing the matter ('had received')"),
    "commission-sided": ("The commission sided with Kesh.", (RECEIVED,), DAM, "only as weighing the matter"),
    "commission-favoured": ("The Oltan Basin Commission favoured Kesh's plan.", (REVIEWING,), DAM,
                            "give it only as weighing the matter ('is reviewing')"),
    "regulator-backed": ("The regulator backed the company's request.", (REGULATOR,), DAM,
                         "only as weighing the matter ('has yet to decide')"),
    "no-longer-turned": ("Velmar no longer says that toxic gas was released.", (NO_RELEASE, WITHDREW), FIRE,
                         "this sentence drops the negation"),
    "no-longer-unwithdrawn": ("Velmar no longer says that no toxic gas was released.", (NO_RELEASE,), FIRE,
                              "drops the negation"),
    "says-withdrawn": ("Velmar says that no toxic gas was released.", (NO_RELEASE, WITHDREW), FIRE,
                       "a claim its cited passages say was withdrawn"),
    "other-no-longer": ("Eastmarch no longer says that no toxic gas was released.", (NO_RELEASE, WITHDREW), FIRE,
                        "gives the words to Eastmarch"),
    "confirmed-passive": ("The figure has been confirmed by the regional government, which said it would check if it "
                          "was right.", (UNCONFIRMED,), FIRE, "drops the negation"),
}


@pytest.mark.parametrize("sentence, passages, parties, told", MISSTATED.values(), ids=MISSTATED.keys())
def test_who_said_or_did_what_misstated_is_refused(sentence: str, passages: tuple, parties: tuple, told: str):
    language = "fr" if sentence.startswith("L'") else "en"
    found = sentence_findings(sentence, passages, language, parties)
    assert any(told in message for message in found), found


HONEST = {
    "velmar-revised": ("Velmar revised its chlorine figure to 3.4 tonnes.", (REVISED, STILL), FIRE),
    "companys-figure": ("The company's figure of 3.4 tonnes is disputed by the regional government.", (REVISED, STILL),
                        FIRE),
    "government-puts-it-at-8": ("The regional government puts the figure at 8 tonnes.", (REVISED, STILL), FIRE),
    "governments-figure-of-8": ("The government's figure of 8 tonnes is higher than Velmar's.", (REVISED, STILL), FIRE),
    "haddad-against-terms": ("Haddad voted against the new terms.", (VOTE, CABINET), LEASE),
    "haddad-against-rent": ("Councillor Amir Haddad voted against the rent increase.", (VOTE,), LEASE),
    "article-14-minimum": ("Article 14 sets the minimum flow.", (DISPUTES, MINIMUM), DAM),
    "article-12-disputes": ("Article 12 sets out how disputes are settled.", (DISPUTES, MINIMUM), DAM),
    "article-12-both": ("Article 12 sends disputes over the minimum flow in Article 14 to the commission.",
                        (DISPUTES, MINIMUM), DAM),
    "article-4-flow": ("Article 4 requires the upstream state to let at least 280 cubic metres per second pass the "
                       "border.", (ARTICLE_4, ARTICLE_12), DAM),
    "fr-article-ok": ("L'article 14 fixe le débit minimal à la frontière.",
                      ("L'article 12 règle les différends entre les deux États.",
                       "L'article 14 fixe le débit minimal à la frontière."), DAM),
    "commission-said-reviewing": ("The commission said it was reviewing Kesh's filling plan.", (RECEIVED,), DAM),
    "commission-backed-told": ("The commission backed Kesh's filling plan.", (BACKED,), DAM),
    "other-backed": ("Varna backed the commission's review.", ("Varna backed the commission's review. " + REVIEWING,),
                     DAM),
    "no-longer-withdrew": ("Velmar no longer says that no toxic gas was released.", (NO_RELEASE, WITHDREW), FIRE),
    "no-longer-quoted": ("Velmar no longer says that no toxic gas was released.", (NO_RELEASE, WITHDREW_QUOTED), FIRE),
    "no-longer-there-was": ("Velmar no longer says there was no release of toxic gas.", (NO_RELEASE, WITHDREW), FIRE),
    "no-longer-claims": ("The company no longer claims that there was no release of toxic gas.",
                         (NO_RELEASE, WITHDREW), FIRE),
    "not-confirmed-passive": ("The figure has not been confirmed by the regional government, which said it would check "
                              "if it was right.", (UNCONFIRMED,), FIRE),
    "not-confirmed-whether": ("The figure has not been confirmed by the regional government, which said it would "
                              "check whether it was right.", (UNCONFIRMED,), FIRE),
}


@pytest.mark.parametrize("sentence, passages, parties", HONEST.values(), ids=HONEST.keys())
def test_who_said_or_did_what_honestly_told_builds(sentence: str, passages: tuple, parties: tuple):
    language = "fr" if sentence.startswith("L'") else "en"
    assert sentence_findings(sentence, passages, language, parties) == []
