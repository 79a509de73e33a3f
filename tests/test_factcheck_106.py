"""A hundred-and-sixth fact-check: what a fact-checker finds that still built, in English.

Misstatements that built, now refused:
- "Marsh resigns." or "Marsh resigns next week." citing "Marsh is expected to resign next week" (or "is likely to"): a
  present with no object, ending its clause or before when it happens, tells as done or certain what is expected
  (possible_done.py); "Marsh resigned" citing "Marsh is to resign next week" tells a plan as done (possible_done.py);
  "Marsh is resigning next week": a progressive before when it happens states the future as certain (forecasts.py);
- "Marsh resigned the day the report was published" (or "the day after", "a day after", "hours after",
  "immediately after") citing "two days after", and "a day after" citing "a week after": the time between two events
  changed (relative_times.py, read by sequence.py);
- "The final death toll was at least 40" (or "the toll of at least 40 is final") citing "At least 40 people were
  killed, a toll officials said could rise": a count still open told as final (final_tolls.py, read by revised.py);
- "Members overwhelmingly backed the strike" (or "An overwhelming majority") citing "48% of members backed the strike":
  no majority (majorities.py); "All members backed the strike" citing it (or "99.5%"): a share told whole
  (proportions.py);
- "The school hid the report" citing "Parents had claimed that the school hid the report" (or "alleged", "claim"):
  "the report", the object of a deed, was read as a reporting word, so the claim was told as fact
  (reports_as_things.py, read by attribution.says_who_reports); and citing "Parents accused the school of hiding the
  report": "hid" is "hide"'s past (possible_done._IRREGULAR, read by unestablished.py).
Already refused, kept so: "first" or "third" for the union's "second" (apposed_ranks.py), "Most" or "a majority" for
48% (majorities.py), "Marsh will resign" citing "is expected to" (forecasts.py), "The final toll was 40" dropping "at
least" (qualifiers.py).
Honest wordings that build: each with the source's own word, a plan fixed ("is set to") told as "will" or with when
it happens ("Marsh resigns next week"), "Nearly half", "Most" of 52%, "overwhelmingly" of 82%, "All" of 100%, the
claim kept as the parents'.

Each sentence is checked in-process against its cited passages, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="union", name="National Teachers' Union", short_name="the union", role="union"),
           Party(id="ministry", name="Ministry of Education", short_name="the ministry", role="government"))

EXPECTED = "Marsh is expected to resign next week."
LIKELY = "Marsh is likely to resign next week."
SET = "Marsh is set to resign next week."
IS_TO = "Marsh is to resign next week."
WALKOUT = "The walkout, the union's second this year, closed 40 schools."
TWO_DAYS = "Marsh resigned two days after the report was published."
A_WEEK = "Marsh resigned a week after the report was published."
SAME_DAY = "Marsh resigned the day the report was published."
TOLL = "At least 40 people were killed, a toll officials said could rise."
SHARE = "48% of members backed the strike."
OVER_HALF = "52% of members backed the strike."
CLAIMED = "Parents had claimed that the school hid the report."
ALLEGED = "Parents alleged that the school hid the report."
CLAIM = "Parents claim that the school hid the report."
ACCUSED = "Parents accused the school of hiding the report."


def found(sentence: str, passage: str) -> list[str]:
    """Return the findings of a sentence citing one passage, in English, of the strike briefing's parties."""
    return sentence_findings(sentence, (passage,), "en", PARTIES)


AS_DONE = "this sentence tells as done ('{}') what its cited passages give only as possible ('{}')"
AS_CERTAIN = "the source gives this only as expected ('{}'), but it is worded as certain ('{}')"
MOVED = "this sentence says '{}' where its cited passages say '{}'"
FINAL = "this sentence gives a count as final ('{}') where its cited passages give it as still open ('could rise')"
AS_FACT = "the source gives this as someone's word ('{}'), but it is worded as fact"

MISSTATED = {
    # 1. an expectation told as done or certain
    "present-expected": ("Marsh resigns.", EXPECTED, AS_DONE.format("resigns", "is expected to resign")),
    "present-when-expected": ("Marsh resigns next week.", EXPECTED, AS_DONE.format("resigns", "is expected to resign")),
    "present-weekday": ("Marsh resigns on Friday.", "Marsh is expected to resign on Friday.",
                        AS_DONE.format("resigns", "is expected to resign")),
    "present-likely": ("Marsh resigns.", LIKELY, AS_DONE.format("resigns", "is likely to resign")),
    "present-quits": ("Marsh quits.", "Marsh is expected to quit.", AS_DONE.format("quits", "is expected to quit")),
    "present-set-no-when": ("Marsh resigns.", SET, AS_DONE.format("resigns", "is set to resign")),
    "past-is-to": ("Marsh resigned.", IS_TO, AS_DONE.format("resigned", "is to resign")),
    "progressive-expected": ("Marsh is resigning next week.", EXPECTED, AS_CERTAIN.format("expected", "is resigning")),
    "progressive-likely": ("Marsh is stepping down next week.", "Marsh is likely to step down next week.",
                           AS_CERTAIN.format("likely", "is stepping down")),
    # 2. the time between two events changed
    "same-day-for-two-days": ("Marsh resigned the day the report was published.", TWO_DAYS,
                              MOVED.format("the day the report was published",
                                           "two days after the report was published")),
    "on-the-day": ("Marsh resigned on the day the report was published.", TWO_DAYS,
                   MOVED.format("the day the report was published", "two days after the report was published")),
    "same-day-for-a-week": ("Marsh resigned the same day the report was published.", A_WEEK,
                            MOVED.format("the same day the report was published",
                                         "a week after the report was published")),
    "day-after-for-two-days": ("Marsh resigned the day after the report was published.", TWO_DAYS,
                               MOVED.format("the day after the report was published",
                                            "two days after the report was published")),
    "a-day-for-a-week": ("Marsh resigned a day after the report was published.", A_WEEK,
                         MOVED.format("a day after the report was published", "a week after the report was published")),
    "a-week-for-two-days": ("Marsh resigned a week after the report was published.", TWO_DAYS,
                            MOVED.format("a week after the report was published",
                                         "two days after the report was published")),
    "hours-for-two-days": ("Marsh resigned hours after the report was published.", TWO_DAYS,
                           MOVED.format("hours after the report was published",
                                        "two days after the report was published")),
    "immediately-for-two-days": ("Marsh resigned immediately after the report was published.", TWO_DAYS,
                                 MOVED.format("immediately after the report was published",
                                              "two days after the report was published")),
    "two-days-for-same-day": ("Marsh resigned two days after the report was published.", SAME_DAY,
                              MOVED.format("two days after the report was published",
                                           "the day the report was published")),
    # 3. a toll that could still rise told as final
    "final-toll-bound-kept": ("The final death toll was at least 40.", TOLL, FINAL.format("final death toll")),
    "toll-is-final": ("The toll of at least 40 is final.", TOLL, FINAL.format("toll of at least 40 is final")),
    "final-toll-apposed": ("At least 40 people were killed, the final toll.", TOLL, FINAL.format("final toll")),
    "final-toll-bound-dropped": ("The final toll was 40.", TOLL, FINAL.format("final toll")),
    "final-figure": ("The death toll stands at a final 40.", TOLL, FINAL.format("final 40")),
    # 4. a share under half, or under the whole, told as most or all
    "overwhelmingly-48": ("Members overwhelmingly backed the strike.", SHARE,
                          "this sentence says 'overwhelmingly' where its cited passages give '48% of members', no "
                          "more than half"),
    "overwhelming-majority-48": ("An overwhelming majority of members backed the strike.", SHARE,
                                 "this sentence says 'An overwhelming majority' where its cited passages give '48% of "
                                 "members', no more than half"),
    "all-of-48": ("All members backed the strike.", SHARE,
                  "this sentence says 'All members' where its cited passages say '48% of members'"),
    "every-of-48-per-cent": ("Every member backed the strike.", "48 per cent of members backed the strike.",
                             "this sentence says 'Every member' where its cited passages say '48 per cent of members'"),
    "all-of-99": ("All of the members backed the strike.", "99.5% of members backed the strike.",
                  "this sentence says 'All of the members' where its cited passages say '99.5% of members'"),
    # 5. a relayed claim told as fact
    "had-claimed": ("The school hid the report.", CLAIMED, AS_FACT.format("claimed")),
    "claimed-concealed": ("The school concealed the report.", "Parents claimed that the school concealed the report.",
                          AS_FACT.format("claimed")),
    "claim-present": ("The school hid the report.", CLAIM, AS_FACT.format("claim")),
    "alleged": ("The school hid the report.", ALLEGED,
                "the source gives this only as 'alleged', but it is worded as fact"),
    "allegedly": ("The school hid the report.", "The school allegedly hid the report.",
                  "the source gives this only as 'allegedly', but it is worded as fact"),
    "accused-hid": ("The school hid the report.", ACCUSED,
                    "this sentence tells as fact ('hid') what its cited passages give only as an accusation ('accused "
                    "the school of hiding')"),
    "is-accused-hid": ("The school hid the report.", "The school is accused of hiding the report.",
                       "this sentence tells as fact ('hid') what its cited passages give only as an accusation ('is "
                       "accused of hiding')"),
    "had-hidden": ("The school had hidden the report.", CLAIMED, AS_FACT.format("claimed")),
    "published-report": ("The ministry published the report in May.",
                         "Parents claimed that the ministry published the report in May.", AS_FACT.format("claimed")),
}


@pytest.mark.parametrize("sentence, passage, message", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_misstatement_is_refused(sentence: str, passage: str, message: str):
    findings = found(sentence, passage)
    assert any(message in finding for finding in findings), findings


# Refused before this fact-check, and kept so beside the new checks: an expectation told with "will", an ordinal
# changed, the order turned, the bound dropped, a majority of 48%.
REFUSED_ALREADY = {
    "will-expected": ("Marsh will resign.", EXPECTED, AS_CERTAIN.format("expected", "will")),
    "will-likely": ("Marsh will resign.", LIKELY, AS_CERTAIN.format("likely", "will")),
    "first-for-second": ("It was the union's first walkout this year.", WALKOUT,
                         "this sentence says 'first walkout' where its cited passages say 'the union's second'"),
    "third-for-second": ("It was the union's third walkout this year.", WALKOUT,
                         "this sentence says 'third walkout' where its cited passages say 'the union's second'"),
    "before-for-after": ("Marsh resigned a week before the report was published.", A_WEEK,
                         "this sentence says 'before the report was published' where its cited passages say 'after "
                         "the report was published'"),
    "bound-dropped": ("40 people were killed.", TOLL,
                      'figure "40" leaves out the qualifier of "At least 40" in the passages this sentence cites'),
    "most-of-48": ("Most members backed the strike.", SHARE,
                   "this sentence says 'Most' where its cited passages give '48% of members', no more than half"),
    "majority-of-48": ("A majority of members backed the strike.", SHARE,
                       "this sentence says 'A majority' where its cited passages give '48% of members', no more than "
                       "half"),
}


@pytest.mark.parametrize("sentence, passage, message", REFUSED_ALREADY.values(), ids=REFUSED_ALREADY.keys())
def test_a_misstatement_refused_before_is_refused_still(sentence: str, passage: str, message: str):
    findings = found(sentence, passage)
    assert any(message in finding for finding in findings), findings


HONEST = {
    # 1. the expectation kept, or a plan fixed told as what will be
    "expected-kept": ("Marsh is expected to resign.", EXPECTED),
    "likely-kept": ("Marsh is likely to resign.", LIKELY),
    "could": ("Marsh could resign next week.", EXPECTED),
    "expected-by-whom": ("Marsh resigns next week, officials expect.", EXPECTED),
    "set-will": ("Marsh will resign next week.", SET),
    "set-kept": ("Marsh is set to resign.", SET),
    "set-present-when": ("Marsh resigns next week.", SET),
    "is-to-will": ("Marsh will resign next week.", IS_TO),
    "is-to-kept": ("Marsh is to resign next week.", IS_TO),
    "resigns-done": ("Marsh resigns.", "Marsh resigns, citing the report."),
    "progressive-done": ("Marsh is resigning next week.", "Marsh is resigning next week, he said."),
    "plural-noun": ("Pakistan braced for air strikes.", "Pakistan is expected to strike militant camps."),
    "talks-noun": ("The union is in talks.", "The union is expected to talk to the ministry."),
    # 2. the same ordinal
    "second": ("It was the union's second walkout this year.", WALKOUT),
    "second-apposed": ("The walkout, the union's second this year, closed 40 schools.", WALKOUT),
    # 3. the same time between, or one it may be
    "two-days": ("Marsh resigned two days after the report was published.", TWO_DAYS),
    "48-hours": ("Marsh resigned 48 hours after the report was published.", TWO_DAYS),
    "days-after": ("Marsh resigned days after the report was published.", TWO_DAYS),
    "after": ("Marsh resigned after the report was published.", TWO_DAYS),
    "a-week": ("Marsh resigned a week after the report was published.", A_WEEK),
    "seven-days": ("Marsh resigned seven days after the report was published.", "Marsh resigned seven days after "
                   "the report was published, a week of silence."),
    "same-day": ("Marsh resigned the day the report was published.", SAME_DAY),
    "on-the-day": ("Marsh resigned the day the report was published.", "Marsh resigned on the day the report was "
                   "published."),
    "hours-same-day": ("Marsh resigned hours after the report was published.", SAME_DAY),
    "in-the-day": ("Later in the day the minister spoke.", TWO_DAYS),
    "other-event": ("Marsh resigned the day the union walked out.", TWO_DAYS),
    # 4. the toll kept open
    "at-least": ("At least 40 people were killed.", TOLL),
    "could-rise": ("At least 40 people were killed, and officials said the toll could rise.", TOLL),
    "final-elsewhere": ("The final toll was 40.", "Officials gave a final toll of 40."),
    "final-report": ("The final report was published.", TOLL),
    # 5. the share kept
    "nearly-half": ("Nearly half of members backed the strike.", SHARE),
    "most-of-52": ("Most members backed the strike.", OVER_HALF),
    "overwhelmingly-82": ("Members overwhelmingly backed the strike.", "82% of members backed the strike."),
    "nearly-all-96": ("Nearly all members backed the strike.", "96% of members backed the strike."),
    "all-of-100": ("All members backed the strike.", "100% of members backed the strike."),
    "share-of-all": ("Officials said 1,240 ballots were spoiled, about 1.3 per cent of all ballots cast.",
                     "Officials said 1,240 ballots were spoiled, about 1.3 per cent of all ballots cast."),
    "all-voted": ("All members voted.", "All members voted, and 48% of members backed the strike."),
    # 6. the claim kept whose it is
    "claimed-kept": ("Parents claimed that the school hid the report.", CLAIMED),
    "parents-said": ("The school hid the report, parents said.", CLAIMED),
    "according-to": ("The school hid the report, according to parents.", CLAIMED),
    "alleged-kept": ("Parents alleged that the school hid the report.", ALLEGED),
    "accused-kept": ("Parents accused the school of hiding the report.", ACCUSED),
    "read-the-report": ("Parents claimed that the school hid the report. Read the full report.", CLAIMED),
    "a-fact-told": ("The school hid the report.", "Inspectors found that the school hid the report."),
    "in-the-report": ("In the report, inspectors said the school hid the figures.",
                      "Inspectors claimed that the school hid the figures."),
}


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(sentence: str, passage: str):
    assert found(sentence, passage) == []
