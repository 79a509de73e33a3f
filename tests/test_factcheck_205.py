"""Deeds, events and outcomes of a labour dispute and its talks that no cited passage tells (explainer/labour_deeds.py,
explainer/labour_events.py). Each of these built, every name, figure and date kept:

1. A strike's span changed: "began an indefinite (a week-long) strike" citing "began a 48-hour strike"; "open-ended",
   "until further notice" back "indefinite", "two-day" and "48 hours" back "48-hour".
2. A strike told as ended: "ended a 48-hour strike" citing "began a 48-hour strike"; "called off", "returned to work"
   back it.
3. A strike told as the employer's lockout: "began a 48-hour lockout" citing "began a 48-hour strike"; a walkout or
   stoppage is backed by "walked out", "walked off the job", "downed tools", "industrial action", "strike".
4. A strike told as threatened: "threatened a 48-hour strike" citing "began a 48-hour strike"; "could", "if", "warned"
   back it ("threatened to extend the strike" of "the strike could be extended if ...").
5. A consequence no passage gives: "..., closing the port" citing "began a 48-hour strike".
6. A legal verdict no passage gives: "began an illegal 48-hour strike" citing "began a 48-hour strike".
7. A doer given to a breakdown: "after the operator walked out of pay talks" citing "after talks ... broke down".
8. An outcome of talks still to come: "Talks called by a government mediator on Thursday ended without a deal" (or
   "produced a deal") citing "has invited both sides to talks on Thursday".
9. An invitation told as talks held: "A government mediator held talks with both sides on Thursday" citing the same.
10. A refusal no passage gives: "..., which the union has refused" citing the same.

Air strikes stay strikes of arms: none of these reads them without a labour word in the sentence or its passages.
"""

from __future__ import annotations

import pytest

from support import Sentence, SentencesChecked, assert_summary_outcome, minimal_project, sentence_findings

BEGAN = ("About 2,400 dockworkers at Port Alder began a 48-hour strike on Tuesday after talks with the port operator, "
         "Alder Terminals, broke down late on Monday.")
INVITED = "A government mediator, Paul Hennessy, has invited both sides to talks on Thursday."
EXTEND = "The union said the strike could be extended if no new offer was made by Friday."
EVENT = "tells an event of the dispute"
DEED = "tells a deed ('lockout')"

REFUSED = [
    # 1
    ("About 2,400 dockworkers at Port Alder began an indefinite strike on Tuesday.", BEGAN, EVENT),
    ("About 2,400 dockworkers at Port Alder began a week-long strike on Tuesday.", BEGAN, EVENT),
    ("About 2,400 dockworkers at Port Alder began an open-ended walkout on Tuesday.", BEGAN, EVENT),
    ("Dockworkers began a 24-hour strike.", "Dockworkers walked out for two days.", EVENT),
    # 2
    ("About 2,400 dockworkers at Port Alder ended a 48-hour strike on Tuesday.", BEGAN, EVENT),
    ("The union called off the strike on Tuesday.", BEGAN, EVENT),
    ("The union called off the strike.", "The union is reviewing its options, including a strike.", EVENT),
    # 3
    ("About 2,400 dockworkers at Port Alder began a 48-hour lockout on Tuesday.", BEGAN, DEED),
    # 4
    ("About 2,400 dockworkers at Port Alder threatened a 48-hour strike on Tuesday.", BEGAN, EVENT),
    # 5
    ("About 2,400 dockworkers at Port Alder began a 48-hour strike on Tuesday, closing the port.", BEGAN, EVENT),
    ("The 48-hour strike brought Port Alder to a standstill on Tuesday.", BEGAN, EVENT),
    # 6
    ("About 2,400 dockworkers at Port Alder began an illegal 48-hour strike on Tuesday.", BEGAN, EVENT),
    ("The 48-hour strike at Port Alder was unlawful.", BEGAN, EVENT),
    # 7
    ("About 2,400 dockworkers at Port Alder began a 48-hour strike on Tuesday after the operator walked out of pay "
     "talks.", BEGAN, EVENT),
    ("The operator broke off talks late on Monday.", BEGAN, EVENT),
    # 8
    ("Talks called by a government mediator on Thursday ended without a deal.", INVITED, EVENT),
    ("Talks called by a government mediator on Thursday produced a deal.", INVITED, EVENT),
    # 9
    ("A government mediator held talks with both sides on Thursday.", INVITED, EVENT),
    # 10
    ("A government mediator has invited both sides to talks on Thursday, which the union has refused.", INVITED, EVENT),
    ("The union rejected the mediator's invitation to talks on Thursday.", INVITED, EVENT),
]

HONEST = [
    ("About 2,400 dockworkers at Port Alder began a two-day strike on Tuesday.", BEGAN),
    ("Dockworkers at Port Alder started a 48-hour walkout on Tuesday.", BEGAN),
    ("Dockworkers at Port Alder began a 48-hour stoppage on Tuesday.", BEGAN),
    ("Talks between the union and Alder Terminals ended without a deal late on Monday.", BEGAN),
    ("The union and the operator held talks that broke down late on Monday.", BEGAN),
    ("The union threatened to extend the strike if no new offer was made by Friday.", EXTEND),
    ("The union has threatened a longer strike unless a new offer is made by Friday.", EXTEND),
    ("A government mediator will hold talks with both sides on Thursday.", INVITED),
    ("A government mediator is due to hold talks with both sides on Thursday.", INVITED),
    ("Talks called by a government mediator are due on Thursday.", INVITED),
    ("A mediator hopes talks on Thursday will produce a deal.", INVITED),
    ("The union has not refused the talks.", INVITED),
    ("The union rejected the operator's offer as an insult.",
     "Union leader Ruth Okafor said the offer was \"an insult to people who kept the port open through the pandemic\"."),
    ("Dockworkers began an indefinite strike on Monday.", "Dockworkers began an open-ended strike on Monday."),
    ("Dockworkers began an indefinite walkout.", "The union said the strike would continue until further notice."),
    ("Dockworkers downed tools on Tuesday, closing the port.",
     "Workers downed tools on Tuesday, bringing the port to a standstill."),
    ("The union called off the strike on Friday.", "The union ended its strike on Friday and members returned to work."),
    ("The operator began a lockout on Tuesday.", "Alder Terminals locked out 2,400 workers on Tuesday."),
    ("A court ruled the strike illegal.", "A judge granted an injunction, saying the strike was unlawful."),
    ("The operator walked out of pay talks on Monday.", "Alder Terminals left the talks on Monday."),
    ("Workers staged a one-week strike in May.", "Workers struck for seven days in May."),
    ("Nurses held a half-day strike.", "Nurses walked out for half a day."),
    ("Members staged a three-day stoppage.", "Members walked out for 72 hours."),
    ("About 1,200 dock workers staged a walkout at dawn on Monday.",
     "The Eastmere Port Authority said on Monday that 1,200 dock workers had walked out at dawn."),
    ("Drivers walked out on Monday after talks with the transit authority ended without a deal.",
     "About 3,400 bus and tram drivers walked off the job on Monday after talks between the transit authority and "
     "the drivers' union collapsed late on Sunday night."),
    ("About 3,400 bus and tram drivers staged a walkout on Monday, halting services.",
     "About 3,400 bus and tram drivers walked off the job on Monday, halting services."),
    ("The authority first offered 2 per cent, which the union rejected the same day.",
     "The authority first offered a pay rise of 2 per cent on 14 January, which the union rejected the same day."),
    ("The union suspended its 72-hour strike after the High Court granted an injunction.",
     "On Tuesday, the High Court granted Norland Rail an interim injunction and ordered us to suspend the remaining "
     "two days of our 72-hour strike."),
    ("Union leaders walked out of talks on Monday.", "Union leaders stormed out of the negotiations on Monday."),
    ("The minister declined the invitation.", "The minister said she would not attend."),
    ("Islamabad refused talks.", "Islamabad ruled out talks with Kabul."),
    ("The board held talks with investors on Monday.", "The board met investors on Monday."),
    ("The parties reached a deal on Friday.", "The parties agreed terms on Friday."),
    ("Negotiators failed to reach agreement.", "Negotiations ended in deadlock."),
    ("The company pulled out of the talks.", "The company withdrew from the negotiations."),
    ("The strike ended on Friday.", "Workers went back to work on Friday."),
    ("The firm said the walkout was illegal.", "The firm said the walkout breached the law."),
    ("The union staged a 48-hour strike.", "The union struck for two days."),
    # strikes of arms
    ("Pakistan ended its strikes on Afghan territory on Friday.", "Pakistan carried out strikes until Friday."),
    ("Taliban forces carried out drone strikes against military targets inside Pakistan.",
     "Taliban authorities said their forces carried out drone strikes against military targets inside Pakistan."),
    ("The talks ended with a ceasefire agreement.", "The talks in Doha produced an agreement on an immediate ceasefire."),
]


@pytest.mark.parametrize("sentence, passage, words", REFUSED)
def test_an_event_no_passage_tells_is_refused(sentence, passage, words):
    assert any(words in finding for finding in sentence_findings(sentence, (passage,), "en", ())), sentence


@pytest.mark.parametrize("sentence, passage", HONEST)
def test_an_honest_paraphrase_builds(sentence, passage):
    assert sentence_findings(sentence, (passage,), "en", ()) == []


# The build names the file and line, and the honest sentence of the same project builds
CASES = [Sentence(BEGAN, "About 2,400 dockworkers at Port Alder ended a 48-hour strike on Tuesday.", quote=None),
         Sentence(BEGAN, "About 2,400 dockworkers at Port Alder began a two-day strike on Tuesday.", quote=None)]


@pytest.fixture(scope="module")
def checked(tmp_path_factory) -> SentencesChecked:
    """This module's one-sentence checks, in one load."""
    return SentencesChecked(minimal_project(tmp_path_factory.mktemp("factcheck205") / "project"), CASES)


@pytest.mark.parametrize("case, outcome", [(CASES[0], EVENT), (CASES[1], "ok")])
def test_the_build_names_the_line(checked, case, outcome):
    assert_summary_outcome(checked(case.source, case.summary), outcome)
