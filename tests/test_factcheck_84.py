"""An eighty-fourth fact-check: a fact-checker's leftovers across topics.

Misstatements that built: an expectation told as a state reached ("Inflation is back at its 2% target" citing "The
bank expects inflation to return to its 2% target": expected_as_done.py); a fraction of a point in words read as no
figure ("raised its rate by half a point" citing "by 25 basis points": point_fractions.py); a place of two words
after "from" ("flew in from Kuala Lumpur" citing "from Jakarta") and a dotted "U.S." or "U.K." ("U.S.-made drones"
citing "Chinese-made drones": swapped_origins.py); the largest told as lower ("second-largest" citing "the largest":
attribution.py); "every day" for "on most days" (proportions.py); "always" for "often" (frequencies.py); "the first
time" for "the first time since 2019" (first_since.py). Each has honest neighbours that build.

Each sentence is checked in-process against its cited passages, as `check` does.
"""

from __future__ import annotations

import pytest

from support import sentence_findings, sides_and_firms

PARTIES = sides_and_firms()

MISSTATED = {
    "expected-as-back": ("Inflation is back at its 2% target.",
                         ("The bank expects inflation to return to its 2% target by mid-2027.",),
                         "this sentence tells as done ('is back at its 2% target') a change its cited passages give "
                         "only as expected"),
    "forecast-as-standing": ("Inflation now stands at 2%.", ("The bank expects inflation to fall to 2% by mid-2027.",),
                             "this sentence tells as done ('now stands at 2%') a change its cited passages give only "
                             "as expected"),
    "forecast-as-back-below": ("Unemployment is back below 5%.",
                               ("The bank forecasts that unemployment will fall to 5% next year.",),
                               "this sentence tells as done ('is back below 5%')"),
    "half-point-for-25bp": ("The bank raised its rate by half a point.",
                            ("The bank raised its rate by 25 basis points to 5.25%.",),
                            'figure "half a point" is not in the passages this sentence cites'),
    "half-percentage-point-for-25bp": ("The bank raised its rate by half a percentage point.",
                                       ("The bank raised its rate by 25 basis points to 5.25%.",),
                                       'figure "half a percentage point" is not in the passages this sentence cites'),
    "quarter-point-for-half": ("The bank raised its rate by a quarter point.",
                               ("The bank raised its rate by 0.5 percentage points.",),
                               'figure "a quarter point" is not in the passages this sentence cites'),
    "half-point-for-quarter-point": ("The bank cut its rate by half a point.",
                                     ("The bank cut its rate by a quarter point.",),
                                     'figure "half a point" is not in the passages this sentence cites'),
    "three-quarters-for-50bp": ("The bank raised its rate by three quarters of a point.",
                                ("The bank raised its rate by 50 basis points.",),
                                'figure "three quarters of a point" is not in the passages this sentence cites'),
    "from-two-word-place": ("The envoy flew in from Kuala Lumpur.", ("The envoy flew in from Jakarta.",),
                            "this sentence names 'Kuala Lumpur' where its cited passages name 'Jakarta'"),
    "to-two-word-places": ("The envoy flew to New Delhi.", ("The envoy flew to New York.",),
                           "this sentence names 'New Delhi' where its cited passages name 'New York'"),
    "us-made-drones": ("Northland used U.S.-made drones.", ("Northland used Chinese-made drones.",),
                       "this sentence says 'U.S.-made drones' where its cited passages say 'Chinese-made drones'"),
    "from-the-uk": ("Northland used drones from the U.K.", ("Northland used drones from France.",),
                    "this sentence says 'drones from the U.K.' where its cited passages say 'drones from France'"),
    "made-adjective": ("Northland used Indian-made drones.", ("Northland used Chinese-made drones.",),
                       "this sentence says 'Indian-made drones' where its cited passages say 'Chinese-made drones'"),
    "largest-demoted": ("Acme is the second-largest maker of chips.", ("Acme is the largest maker of chips.",),
                        'superlative "largest": the passages it cites rank it first ("largest")'),
    "biggest-demoted": ("Northland is the third-biggest buyer of Southland's grain.",
                        ("Northland is the biggest buyer of Southland's grain.",),
                        'superlative "biggest": the passages it cites rank it first ("biggest")'),
    "every-day-for-most": ("Shelling hit the town every day.", ("Shelling hit the town on most days.",),
                           "this sentence says 'every day' where its cited passages say 'most days'"),
    "every-night-for-several": ("Northland's drones struck the port every night last week.",
                                ("Northland's drones struck the port on several nights last week.",),
                                "this sentence says 'every night' where its cited passages say 'several nights'"),
    "always-for-often": ("Northland always rejects the talks.", ("Northland often rejects the talks.",),
                         "this sentence says 'always' where its cited passages say 'often'"),
    "invariably-for-usually": ("Acme's board invariably backs the chief executive.",
                               ("Acme's board usually backs the chief executive.",),
                               "this sentence says 'invariably' where its cited passages say 'usually'"),
    "every-time-for-often": ("The ceasefire is broken every time talks stall.",
                             ("The ceasefire is often broken when talks stall.",),
                             "this sentence says 'every time' where its cited passages say 'often'"),
    "first-time-ever": ("It is the first time Northland has struck the capital.",
                        ("It is the first time since 2019 that Northland has struck the capital.",),
                        "this sentence says 'the first time' where its cited passages say 'the first time since 2019'"),
    "first-time-for-in-30-years": ("Acme cut its dividend for the first time.",
                                   ("Acme cut its dividend for the first time in 30 years.",),
                                   "this sentence says 'the first time' where its cited passages say 'the first time "
                                   "in 30 years'"),
}


@pytest.mark.parametrize("sentence, passages, message", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_a_word_overlap_misses_is_refused(sentence: str, passages: tuple[str, ...], message: str):
    found = sentence_findings(sentence, passages, "en", PARTIES)
    assert any(said.startswith(message) for said in found), found


HONEST = {
    "expected-kept": ("Inflation is expected to return to 2% by mid-2027.",
                      ("The bank expects inflation to return to its 2% target by mid-2027.",)),
    "expected-back-kept": ("Inflation is expected to be back at its 2% target by mid-2027.",
                           ("The bank expects inflation to return to its 2% target by mid-2027.",)),
    "forecast-said": ("The bank forecasts that inflation will return to its 2% target by mid-2027.",
                      ("The bank expects inflation to return to its 2% target by mid-2027.",)),
    "back-where-done": ("Inflation is back at its 2% target.",
                        ("Inflation returned to its 2% target in May, and the bank expects it to stay at 2% through "
                         "2027.",)),
    "stands-where-given": ("Inflation now stands at 3%.",
                           ("Inflation stands at 3%, and the bank expects it to fall to 2% by mid-2027.",)),
    "half-point-for-50bp": ("The bank raised its rate by half a point.",
                            ("The bank raised its rate by 50 basis points.",)),
    "half-percentage-point-for-50bp": ("The bank raised its rate by half a percentage point.",
                                       ("The bank raised its rate by 50 basis points to 5.25%.",)),
    "quarter-point-to-a-rate": ("The bank raised its rate by a quarter point to 5.5%.",
                                ("The bank raised its rate by 25 basis points to 5.5%.",)),
    "three-quarters-for-75bp": ("The bank raised its rate by three quarters of a percentage point to 5.5%.",
                                ("The bank raised its rate by 75 basis points to 5.5%.",)),
    "half-point-cut": ("The bank made a half-point cut.", ("The bank cut its rate by 0.5 percentage points.",)),
    "point-and-a-half": ("The gap narrowed by a point and a half.", ("The gap narrowed by 1.5 points.",)),
    "fraction-of-a-change": ("Prices fell by a quarter.", ("Prices fell 25%.",)),
    "same-two-word-place": ("The envoy flew in from Kuala Lumpur.",
                            ("The envoy flew in from Kuala Lumpur, officials said.",)),
    "place-named-in-part": ("The envoy flew to Delhi.", ("The envoy flew to New Delhi.",)),
    "place-named-whole": ("The envoy flew to New Delhi.", ("The envoy flew to Delhi.",)),
    "both-places-kept": ("The envoy flew from New York to Geneva.", ("The envoy flew to Geneva from New York.",)),
    "us-for-american": ("Northland used U.S.-made drones.", ("Northland used American drones.",)),
    "us-for-united-states": ("Northland bought drones from the U.S.",
                             ("Northland bought drones from the United States.",)),
    "one-of-the-largest": ("Acme is one of the largest makers of chips.", ("Acme is the largest maker of chips.",)),
    "second-given-too": ("Bolt is the second-largest maker of chips.",
                         ("Acme is the largest maker of chips, and Bolt the second-largest.",)),
    "most-days-kept": ("Shelling hit the town on most days.", ("Shelling hit the town on most days.",)),
    "rate-period": ("The plant loses $2 million every month.",
                    ("The plant loses $2 million a month, and most months it runs at a loss.",)),
    "every-day-given": ("Shelling hit the town every day.",
                        ("Shelling hit the town every day, and most days it hit the port too.",)),
    "often-for-frequently": ("Northland often rejects the talks.", ("Northland frequently rejects the talks.",)),
    "always-given": ("Northland has always rejected the talks.",
                     ("Northland has always rejected the talks, officials said.",)),
    "not-always": ("Northland does not always attend the talks.", ("Northland often skips the talks.",)),
    "first-time-span-kept": ("It is the first time Northland has struck the capital since 2019.",
                             ("It is the first time since 2019 that Northland has struck the capital.",)),
    "first-time-in-years": ("Northland struck the capital for the first time in years.",
                            ("Northland struck the capital for the first time in a decade.",)),
    "first-time-unbounded-given": ("Northland struck the capital for the first time.",
                                   ("Northland struck the capital for the first time, officials said, and it was the "
                                    "first time since 2019 that drones were used.",)),
}


@pytest.mark.parametrize("sentence, passages", HONEST.values(), ids=HONEST.keys())
def test_an_honest_rewording_builds(sentence: str, passages: tuple[str, ...]):
    assert sentence_findings(sentence, passages, "en", PARTIES) == []
