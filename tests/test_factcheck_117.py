"""A hundred-and-seventeenth fact-check: English leftovers of the last ones, each read as a general rule.

Misstatements that built, now refused:
- a penalty told as its bound's maximum where the passage gives the two different figures: "The fine is the maximum
  the law allows" (or "Meridian received the maximum fine", "fined Meridian the maximum allowed") citing "The
  regulator fined Meridian 4% of its annual turnover. The law allows fines of up to 10% of turnover."
  (maximum_penalties.py);
- opposites of four letters, after an adverb too: "legally sound" of "legally flawed", "structurally safe" of
  "unsafe", "fit" of "unfit" (opposites.py);
- one side told as the only one where the passage says both: "Industry groups in Norlandia alone said" (or "Only
  ...", "the only ones to", "alone in saying") citing "Industry groups on both sides said" (alone_for_both.py);
- a running cost told in the plain past or present as the whole: "The clean-up cost 14 million dollars" (or "costs",
  "spent", "The cost of the clean-up was") citing "has so far cost 14 million dollars and is continuing"
  (final_tolls.py);
- an order turned in English: "the last new tram line in the city since 1978" of "the first", "the last time" of "the
  first time"; "last" as a time ("last year"), a verb ("will last") or the most recent ("The last new tram line ...
  opened in 1978" of "the first ... since 1978") is no order (opposites.py);
- a spokesperson's bare "it" told as the company's deed: "Orbis has already changed its ranking" citing "Orbis said it
  would appeal. Its spokesman said it had already changed its ranking." (own_deeds.py).
One clear error where there were two or an unclear one: "Meridian accepted that the spill was larger than first
reported" citing "Meridian denied that ..." is named as the stance turned ('accepted' where the passage says
'denied'), not as a negation dropped; "accepted that", "agreed that" admit a claim, "rejected claims that" denies one
(opposite_deeds.py).
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

SPILL = (Party(id="meridian", name="Meridian Energy", short_name="Meridian", role="operator"),
         Party(id="regulator", name="National environment regulator", short_name="the regulator", role="regulator"),
         Party(id="bluecoast", name="Blue Coast", short_name="Blue Coast", role="environmental group"))
SEARCH = (Party(id="orbis", name="Orbis Search", short_name="Orbis", role="company"),
          Party(id="authority", name="Competition authority", short_name="the authority", role="regulator"))

FINED = "The regulator fined Meridian 4% of its annual turnover. The law allows fines of up to 10% of turnover."
FINED_MOST = "The regulator fined Meridian 10% of its annual turnover. The law allows fines of up to 10% of turnover."
CAPPED = "Meridian was fined $2 million. Fines for a late report are capped at $5 million."
FLAWED = "Judge Castell called the contract legally flawed."
UNSAFE = "Inspectors found the bridge structurally unsafe."
BOTH = "Industry groups on both sides said the quota was too low."
DENIED = "Meridian denied that the spill was larger than first reported."
RUNNING = "The clean-up has so far cost 14 million dollars and is continuing."
SPENT = "Meridian has so far spent 14 million dollars on the clean-up."
FIRST = "It was the first new tram line in the city since 1978."
FIRST_TIME = "It was the first time the city opened a tram line."
RANKING = "Orbis said it would appeal. Its spokesman said it had already changed its ranking."
LOAN = "Harlow Bank said it would cut jobs. A representative said it had repaid the loan."

MISSTATED = {
    "fine-is-the-maximum": ("The fine is the maximum the law allows.", FINED, SPILL,
                            "tells the penalty as the maximum ('fine is the maximum'), but its cited passages give it "
                            "as 4% and its bound as 'up to 10%'"),
    "received-the-maximum": ("Meridian received the maximum fine.", FINED, SPILL, "('received the maximum fine')"),
    "fined-the-maximum": ("The regulator fined Meridian the maximum allowed.", FINED, SPILL,
                          "('fined Meridian the maximum')"),
    "imposed-the-maximum": ("The regulator imposed the maximum penalty.", FINED, SPILL,
                            "('imposed the maximum penalty')"),
    "fine-was-the-maximum-capped": ("The fine was the maximum.", CAPPED, SPILL,
                                    "give it as $2 million and its bound as 'capped at $5 million'"),
    "legally-sound": ("Judge Castell called the contract legally sound.", FLAWED, (),
                      "says 'sound' where its cited passages say 'flawed'"),
    "said-legally-sound": ("Judge Castell said the contract was legally sound.",
                           "Judge Castell said the contract was legally flawed.", (),
                           "says 'sound' where its cited passages say 'flawed'"),
    "legally-flawed-of-sound": ("Judge Castell called the contract legally flawed.",
                                "Judge Castell called the contract legally sound.", (),
                                "says 'flawed' where its cited passages say 'sound'"),
    "structurally-safe": ("Inspectors found the bridge structurally safe.", UNSAFE, (),
                          "says 'safe' where its cited passages say 'unsafe'"),
    "fit-of-unfit": ("The board found him fit to serve.", "The board found him unfit to serve.", (),
                     "says 'fit' where its cited passages say 'unfit'"),
    "alone-said": ("Industry groups in Norlandia alone said the quota was too low.", BOTH, (),
                   "gives to one side alone ('alone said') what its cited passages say of 'both sides'"),
    "only-said": ("Only Norlandia's industry groups said the quota was too low.", BOTH, (),
                  "gives to one side alone ('Only') what its cited passages say of 'both sides'"),
    "only-ones-to-say": ("Norlandia's industry groups were the only ones to say the quota was too low.", BOTH, (),
                         "('the only ones to')"),
    "alone-in-saying": ("Norlandia's industry groups were alone in saying the quota was too low.", BOTH, (),
                        "('alone in saying')"),
    "running-cost-past": ("The clean-up cost 14 million dollars.", RUNNING, SPILL,
                          "gives a count as final ('cost') where its cited passages give it as still open ('so far')"),
    "running-cost-present": ("The clean-up costs 14 million dollars.", RUNNING, SPILL, "('costs')"),
    "running-cost-about": ("The clean-up cost about 14 million dollars.", RUNNING, SPILL, "('cost')"),
    "running-cost-noun": ("The cost of the clean-up was 14 million dollars.", RUNNING, SPILL,
                          "('cost of the clean-up was')"),
    "running-spending": ("Meridian spent 14 million dollars on the clean-up.", SPENT, SPILL, "('spent')"),
    "last-since": ("It was the last new tram line in the city since 1978.", FIRST, (),
                   "says 'last' where its cited passages say 'first'"),
    "last-time": ("It was the last time the city opened a tram line.", FIRST_TIME, (),
                  "says 'last' where its cited passages say 'first'"),
    "first-of-last": ("The first strike in the sector was in 2011.", "The last strike in the sector was in 2011.", (),
                      "says 'first' where its cited passages say 'last'"),
    "spokesman-it-as-fact": ("Orbis has already changed its ranking.", RANKING, SEARCH,
                             "states as done what its cited passages give only as the word of Orbis about itself "
                             "('had already changed its ranking')"),
    "spokesman-it-past": ("Orbis changed its ranking.", RANKING, SEARCH, "the word of Orbis about itself"),
    "spokesman-it-no-parties": ("Orbis has already changed its ranking.", RANKING, (),
                                "the word of Orbis about itself"),
    "representative-it": ("Harlow Bank repaid the loan.", LOAN, (), "the word of Harlow Bank about itself"),
}

# One finding, saying the stance turned: "drops the negation" was the only one, and named no word turned
STANCE_TURNED = {
    "accepted-that": ("Meridian accepted that the spill was larger than first reported.", DENIED,
                      "says 'accepted' where its cited passages say 'denied'"),
    "accepts-that": ("Meridian accepts that the spill was larger than first reported.", DENIED,
                     "says 'accepts' where its cited passages say 'denied'"),
    "has-accepted-that": ("Meridian has accepted that the spill was larger than first reported.",
                          "Meridian has denied that the spill was larger than first reported.",
                          "says 'accepted' where its cited passages say 'denied'"),
    "conceded-that": ("Meridian conceded that the spill was larger than first reported.", DENIED,
                      "says 'conceded' where its cited passages say 'denied'"),
    "acknowledged-that": ("Meridian acknowledged that the spill was larger than first reported.", DENIED,
                          "says 'acknowledged' where its cited passages say 'denied'"),
    "denied-of-accepted": ("Meridian denied that the spill was larger than first reported.",
                           "Meridian accepted that the spill was larger than first reported.",
                           "says 'denied' where its cited passages say 'accepted'"),
}

HONEST = {
    "law-allows": ("The law allows fines of up to 10% of turnover.", FINED, SPILL),
    "fined-its-figure": ("The regulator fined Meridian 4% of its annual turnover.", FINED, SPILL),
    "below-the-maximum": ("The fine was below the maximum the law allows.", FINED, SPILL),
    "not-the-maximum": ("The fine was not the maximum the law allows.", FINED, SPILL),
    "maximum-of-the-maximum": ("The fine is the maximum the law allows.", FINED_MOST, SPILL),
    "maximum-said-so": ("The fine is the maximum the law allows.",
                        "The regulator fined Meridian 10% of its annual turnover, the maximum the law allows.", SPILL),
    "legally-flawed-kept": ("Judge Castell called the contract legally flawed.", FLAWED, ()),
    "unsafe-kept": ("Inspectors found the bridge structurally unsafe.", UNSAFE, ()),
    "both-sides-kept": ("Industry groups on both sides said the quota was too low.", BOTH, ()),
    "one-side-as-subject": ("Industry groups in Norlandia said the quota was too low.", BOTH, ()),
    "alone-of-alone": ("Industry groups in Norlandia alone said the quota was too low.",
                       "Industry groups in Norlandia alone said the quota was too low, while both sides' governments "
                       "defended it.", ()),
    "only-of-a-figure": ("The quota was only too low for Norlandia's groups.", BOTH, ()),
    "accepted-of-accepted": ("Meridian accepted that the spill was larger than first reported.",
                             "Meridian accepted that the spill was larger than first reported.", SPILL),
    "denied-of-denied": ("Meridian denied that the spill was larger than first reported.", DENIED, SPILL),
    "accepted-and-denied": ("Meridian accepted that the spill was larger but denied that it was negligent.",
                            "Meridian accepted that the spill was larger but denied that it was negligent.", SPILL),
    "running-cost-kept": ("The clean-up has so far cost 14 million dollars.", RUNNING, SPILL),
    "running-cost-so-far-after": ("The clean-up has cost 14 million dollars so far.", RUNNING, SPILL),
    "running-cost-to-date": ("The clean-up cost 14 million dollars to date.", RUNNING, SPILL),
    "running-cost-present-perfect": ("The clean-up has cost 14 million dollars.", RUNNING, SPILL),
    "cost-of-cost": ("The clean-up cost 14 million dollars.", "The clean-up cost 14 million dollars.", SPILL),
    "cost-to-come": ("The repairs will cost 14 million dollars.",
                     "The repairs will cost 14 million dollars, officials said; 3 million has been spent so far.",
                     SPILL),
    "first-since-kept": ("It was the first new tram line in the city since 1978.", FIRST, ()),
    "first-time-kept": ("It was the first time the city opened a tram line.", FIRST_TIME, ()),
    "last-as-the-most-recent": ("The last new tram line in the city opened in 1978.", FIRST, ()),
    "last-opened-in": ("The city opened its last new tram line in 1978.", FIRST, ()),
    "first-since-of-last": ("The strike was the first in the sector since 2011.",
                            "The last strike in the sector was in 2011.", ()),
    "last-year": ("The tram line opened last year.", "The first new tram line opened in the city last year.", ()),
    "last-as-a-verb": ("The truce did not last.", "The first truce collapsed within days.", ()),
    "spokesman-attributed": ("Orbis said it had already changed its ranking.", RANKING, SEARCH),
    "spokesman-named": ("A spokesman said Orbis had already changed its ranking.", RANKING, SEARCH),
    "spokesman-according": ("According to its spokesman, Orbis has already changed its ranking.", RANKING, SEARCH),
    "spokesman-stated-too": ("Orbis has already changed its ranking.",
                             RANKING + " Records show Orbis changed its ranking in May.", SEARCH),
    "spokesman-of-another": ("The authority changed its ranking rules.",
                             "The authority said it would appeal. Its spokesman said the rules were fair.", SEARCH),
}


def found(sentence: str, passage: str, parties=()) -> list[str]:
    """Return the findings of a sentence citing one passage, of a briefing of `parties`."""
    return sentence_findings(sentence, (passage,), "en", parties)


@pytest.mark.parametrize("sentence, passage, parties, said", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, passage: str, parties, said: str):
    findings = found(sentence, passage, parties)
    assert any(said in finding for finding in findings), findings


@pytest.mark.parametrize("sentence, passage, said", STANCE_TURNED.values(), ids=STANCE_TURNED.keys())
def test_a_stance_turned_is_named_once_as_turned(sentence: str, passage: str, said: str):
    findings = found(sentence, passage, SPILL)
    assert len(findings) == 1 and said in findings[0], findings


@pytest.mark.parametrize("sentence, passage, parties", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(sentence: str, passage: str, parties):
    assert found(sentence, passage, parties) == []
