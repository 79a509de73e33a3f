"""A fifty-seventh fact-check: words of saying, knowing and counting that claim more than the source.

Each built before. A reporting verb that vouches for what was said ("Northland admitted that its drone hit the
school" citing "Northland said its drone hit the school": explainer/vouching_verbs.py); one speaker made many
("Experts say the dam is unsafe" citing "One engineer said the dam was unsafe": explainer/many_for_one.py); a stance
invented where the source gives no response ("Northland denied the report" citing "Northland did not comment on the
report": explainer/stances.py); a majority for under half, or a minority for over half ("A majority of voters backed
the deal" citing "49% of voters backed the deal": explainer/majorities.py; proportions.py held "most" to shares under
45% only); a repetition added ("Northland again closed the border" citing "Northland closed the border":
explainer/repetitions.py). Each finding is one line naming the word at fault; the honest wordings beside them build.

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from explainer.model import Party
from support import sentence_findings

PARTIES = (Party(id="north", name="Northland", short_name="Northland", role="side"),
           Party(id="south", name="Southland", short_name="Southland", role="side"),
           Party(id="un", name="United Nations", short_name="The UN", role="mediator"))
DRONE = "Northland said its drone hit the school."
FUNDS = "The auditor alleged that the minister had diverted the relief funds."
DAM = "One engineer said the dam was unsafe."
WELLS = "A resident said the water from the village wells was dirty."
REPORT = "Northland did not comment on the report."
RULING = "Southland declined to comment on the court's ruling on the pipeline."
VOTERS = "49% of voters backed the deal."
MEMBERS = "The union said 53% of members voted to accept the offer."
BORDER = "Northland closed the border."
TALKS = "Southland opened the talks with the rebels in Geneva."

MISSTATED = {
    "admitted-for-said": ("Northland admitted that its drone hit the school.", DRONE,
                          "this sentence says 'admitted' where its cited passages say only 'said'"),
    "proved-for-alleged": ("The auditor proved that the minister had diverted the relief funds.", FUNDS,
                           "this sentence says 'proved' where its cited passages say only 'alleged'"),
    "confirmed-for-said": ("Northland confirmed that its drone hit the school.", DRONE,
                           "this sentence says 'confirmed' where its cited passages say only 'said'"),
    "experts-for-one-engineer": ("Experts say the dam is unsafe.", DAM,
                                 "this sentence gives its words to many ('Experts say') where its cited passages "
                                 "give them to one ('One engineer')"),
    "many-residents-for-one": ("Many residents said the water from the wells was dirty.", WELLS,
                               "this sentence gives its words to many ('Many residents said') where its cited "
                               "passages give them to one ('A resident')"),
    "officials-for-an-engineer-named": ("Officials say the dam is unsafe.",
                                        "Jo Reyes, an engineer at the firm, said the dam was unsafe.",
                                        "this sentence gives its words to many ('Officials say') where its cited "
                                        "passages give them to one ('an engineer')"),
    "denied-for-no-comment": ("Northland denied the report.", REPORT,
                              "this sentence says 'denied' where its cited passages give no response ('did not "
                              "comment')"),
    "welcomed-for-declined-to-comment": ("Southland welcomed the court's ruling on the pipeline.", RULING,
                                         "this sentence says 'welcomed' where its cited passages give no response "
                                         "('declined to comment')"),
    "majority-for-49-percent": ("A majority of voters backed the deal.", VOTERS,
                                "this sentence says 'A majority' where its cited passages give '49% of voters', no "
                                "more than half"),
    "the-bulk-for-49-percent": ("The bulk of voters backed the deal.", VOTERS,
                                "this sentence says 'The bulk' where its cited passages give '49% of voters', no "
                                "more than half"),
    "minority-for-53-percent": ("A minority of members voted to accept the offer.", MEMBERS,
                                "this sentence says 'A minority' where its cited passages give '53% of members', "
                                "over half"),
    "minority-for-61-of-100": ("A minority of the members voted to accept the offer.",
                               "61 of the 100 members voted to accept the offer.",
                               "this sentence says 'A minority' where its cited passages give '61 of the 100 members', "
                               "over half"),
    "again-for-once": ("Northland again closed the border.", BORDER,
                       "this sentence says 'again' where its cited passages do not say it happened before"),
    "reopened-for-opened": ("Southland reopened the talks with the rebels.", TALKS,
                            "this sentence says 'reopened' where its cited passages do not say it happened before"),
    "once-more": ("Northland closed the border once more.", BORDER,
                  "this sentence says 'once more' where its cited passages do not say it happened before"),
}


@pytest.mark.parametrize("sentence, passage, what", MISSTATED.values(), ids=MISSTATED.keys())
def test_a_word_claiming_more_than_the_source_is_refused_in_one_line(sentence: str, passage: str, what: str):
    found = sentence_findings(sentence, (passage,), "en", PARTIES)
    assert any(message.startswith(what) and "\n" not in message for message in found), found


HONEST = {
    "said-as-said": ("Northland said its drone hit the school.", DRONE),
    "admitted-as-admitted": ("Northland admitted that its drone hit the school.",
                             "Northland admitted its drone hit the school."),
    "showed-what-a-survey-found": ("The survey showed that 40% of the wells were dry.",
                                   "The survey found that 40% of the wells were dry, the ministry said."),
    "not-confirmed": ("Northland has not confirmed that its drone hit the school.", DRONE),
    "an-engineer-said": ("An engineer said the dam was unsafe.", DAM),
    "engineers-as-cited": ("Engineers say the dam is unsafe.", "Two engineers said the dam was unsafe."),
    "one-official-and-another": ("Officials said the bridge was closed.",
                                 "A Northland official said the bridge was closed; another official said it was not."),
    "one-killed-as-a-body-said": ("Officials said a worker was killed.", "A worker was killed, the ministry said."),
    "no-comment-kept": ("Northland did not comment on the report.", REPORT),
    "denied-as-cited": ("Northland denied the report.", "Northland denied the report on Monday."),
    "has-not-rejected": ("Northland has not rejected the report.", REPORT),
    "accepted-is-no-stance-on-the-silence": ("Northland accepted 500 refugees.",
                                             "Northland took in 500 refugees; Southland did not comment."),
    "nearly-half": ("Nearly half of voters backed the deal.", VOTERS),
    "a-minority-of-49-percent": ("A minority of voters backed the deal.", VOTERS),
    "a-majority-of-53-percent": ("A majority of members voted to accept the offer.", MEMBERS),
    "most-by-the-share-of-its-clause": ("Most voters opposed the deal.",
                                        "49% of voters backed the deal, while 51% of voters opposed it."),
    "a-majority-of-61-out-of-100": ("A majority of members voted to accept the offer.",
                                    "61 out of 100 members voted to accept the offer."),
    "a-rounded-share": ("Most voters backed the deal.", "Some 48% of voters backed the deal."),
    "closed-once": ("Northland closed the border.", BORDER),
    "again-as-cited": ("Northland again closed the border.", "Northland closed the border again on Monday."),
    "closed-before": ("Northland closed the border again.", "Northland closed the border, as it had in 2024."),
    "reopened-after-a-closure": ("Northland reopened the border.", "Northland opened the border, closed since May."),
    "again-among-hearings-on-several-days": ("The court heard the parties again on March 10, 2026.",
                                             "Hearings were held on 3-4 March 2026 and on March 9 and 10, 2026."),
    "resumed-after-a-lull": ("Northland resumed shelling the town.", "Northland shelled the town after a lull."),
}


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_wording_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "en", PARTIES) == []


def test_for_a_second_time_is_refused_once_as_a_figure():
    found = sentence_findings("Northland closed the border for a second time.", (BORDER,), "en", PARTIES)
    assert len(found) == 1 and found[0].startswith('figure "second" is not in the passages'), found


def test_the_repetition_checks_gate_lets_through_every_sentence_its_pattern_reads():
    from explainer.repetitions import _AGAIN_VERBS, _MARKER, _TRIGGERS
    from explainer.wordset import may_hold

    words = ["again", "once more", "anew", "afresh", "repeatedly", "repeated", "re-closed", "Re-elected"]
    words += [f"{re}{verb}{ending}" for verb in _AGAIN_VERBS for ending in ("", "s", "es", "ed", "d", "ing", "n")
              for re in ("re", "Re", "RE", "re-")]
    sentences = [f"Northland {word} the border." for word in words]
    assert all(may_hold(sentence, _TRIGGERS) for sentence in sentences if _MARKER.search(sentence))
    assert sum(1 for sentence in sentences if _MARKER.search(sentence)) == len(sentences)
    assert not may_hold("Northland returned to the talks and resigned.", _TRIGGERS)
