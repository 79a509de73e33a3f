"""A new user's briefing on a parliamentary committee hearing (tests/fixtures/newuser_98: the uncorrected transcript of
the Environment and Water Select Committee questioning the Water Standards Authority's chief executive about
Harrowvale Water's sewage spills, its turns labelled "CHAIR:", "Q (MS ADEYEMI):", "A (MR LINDQVIST):", then plain
"Q:" and "A:"), written from the README alone, and what 61 misstatements tried against it found.

Misstatements that built, now refused:
- a question told as said, confirmed or denied: "Lindqvist confirmed spills rose 40 percent" of "Isn't it true that
  spills rose 40 percent?", "Harper confirmed where the figure comes from" of "can you confirm where the $1.1 billion
  figure comes from?", "recommended" of "will you recommend" (explainer/unanswered.py);
- a declined answer told as a denial or an answer: "Lindqvist denied the company broke the law" of "I won't speculate
  before it reports", "commented" of "I won't comment" (explainer/unanswered.py);
- a hearing's "Q (MR PRYCE):" and "A (MR LINDQVIST):" named no one, and a plain "Q:" or "A:" after them neither: the
  MP's words given to the witness built (explainer/transcript_labels.py);
- a name a turn addresses read as its speaker: "Okonjo said he has promised 8,000 new homes" of the moderator's "Mr
  Okonjo, you have promised 8,000 new homes" (explainer/transcript_labels.py, speakers.py);
- the addressee's "you told this committee" given to the questioner (explainer/addressed_words.py);
- a document an MP quotes told as the MP's own words: "Adeyemi said storm overflow discharges fell by 12 percent" of
  'Its annual report says, and I quote, "storm overflow discharges fell by 12 percent ..."'
  (explainer/quoted_documents.py).

Honest wording that was refused, now built: "Asked whether spills rose 40 percent" of "Isn't it true that spills rose
40 percent?" (a question's negated frame negates nothing: explainer/polarity.py); "are due to have monitors fitted"
(a schedule, no cause: explainer/causes.py); "Harper promised 5,000 more housing units by 2030" of "If re-elected, I
will build another 5,000 units by 2030" (a pledge told as a pledge keeps its condition of winning office:
explainer/conditions.py).
"""

from __future__ import annotations

import functools
import re
import tempfile
from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, error_lines, read_as_project_locale, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_98"
DEBATE = REPO / "tests" / "fixtures" / "newuser_96"
OK = "ok"
BONUS = "Harrowvale paid its chief executive a bonus of £420,000 last year."
LAW = "That is what the investigation will establish. I won't speculate before it reports."
MINISTERS = "That is a decision for ministers, not for the Authority. I won't speculate on what they will decide."
PAY = "We do not approve bonuses. We have no power over executive pay, and I won't comment on an individual's pay."
FORTY = "Isn't it true that spills rose 40 percent? That is the figure the Rivers Trust published in January."
ANNUAL = ('Its annual report says, and I quote, "storm overflow discharges fell by 12 percent in 2025 thanks to our £180 '
          'million investment programme."')
MINUTES = ('Your own board minutes from November say, and I quote, "the Authority lacks the staff to inspect more than '
           'one in five overflows each year."')
TOLD = ("Mr Lindqvist, you told this committee last year that monitors would be fitted to every storm overflow by the "
        "end of 2025.")
ELSMERE = "Can you confirm that the company discharged sewage into Lake Elsmere on 14 days last August?"

# (sentence, quote of the hearing, OK or words of the error): each misstatement beside its honest twin
HEARING = [
    # a question told as said or confirmed
    ("Lindqvist confirmed spills rose 40 percent.", "Isn't it true that spills rose 40 percent?", "only ask"),
    ("Adeyemi said spills rose 40 percent.", FORTY, "only ask"),
    ("Spills rose 40 percent.", "Isn't it true that spills rose 40 percent?", "only ask"),
    ("Adeyemi asked whether spills rose 40 percent, the figure the Rivers Trust published in January.", FORTY, OK),
    ("Adeyemi said the Rivers Trust published a figure of a 40 percent rise in January.", FORTY, OK),
    ("Lindqvist denied that Harrowvale is misleading the public.", "Is Harrowvale misleading the public?", "only ask"),
    ("Adeyemi asked whether Harrowvale is misleading the public.", "Is Harrowvale misleading the public?", OK),
    ("Lindqvist confirmed that the company discharged sewage into Lake Elsmere on 14 days last August.", ELSMERE,
     "tells as done ('confirmed')"),
    ("Pryce asked Lindqvist to confirm that the company discharged sewage into Lake Elsmere on 14 days last August.",
     ELSMERE, OK),
    ("Lindqvist said the Authority approved the chief executive's bonus.", f"{BONUS} Did your authority approve that?",
     "tells as done ('approved')"),
    ("Lindqvist recommended that Harrowvale's licence be reviewed.", "And will you recommend that its licence be reviewed?",
     "tells as done ('recommended')"),
    ("Adeyemi asked Lindqvist whether he will recommend that Harrowvale's licence be reviewed.",
     "And will you recommend that its licence be reviewed?", OK),
    # a declined answer told as one
    ("Lindqvist denied the company broke the law.", LAW, "decline one"),
    ("Lindqvist said the company did not break the law.", LAW, "decline one"),
    ("Lindqvist declined to say whether the company broke the law.", LAW, OK),
    ("Lindqvist ruled out a review of Harrowvale's licence.", MINISTERS, "decline one"),
    ("Lindqvist said the licence is a decision for ministers, not for the Authority.", MINISTERS, OK),
    ("Lindqvist commented on the chief executive's pay.", PAY, "tells as done ('commented')"),
    ("Lindqvist said the Authority has no power over executive pay.", PAY, OK),
    # the addressee's "you told" given to the one asking
    ("Pryce told the committee last year that monitors would be fitted to every storm overflow by the end of 2025.",
     TOLD, "give them to the one they address"),
    ("Pryce said Lindqvist had told the committee last year that monitors would be fitted to every storm overflow by "
     "the end of 2025.", TOLD, OK),
    # the words of "Q (MR PRYCE):", or of a plain "Q:" after it, given to the witness, and the other way round
    ("Lindqvist said Harrowvale paid its chief executive a bonus of £420,000 last year.", BONUS,
     "give them to Pryce"),
    ("Pryce said Harrowvale paid its chief executive a bonus of £420,000 last year.", BONUS, OK),
    ("Pryce said the remaining 111 overflows will be fitted by June 2026.", "The remaining 111 will be fitted by June 2026.",
     "give them to Lindqvist"),
    ("Lindqvist said the remaining 111 overflows will be fitted by June 2026.",
     "The remaining 111 will be fitted by June 2026.", OK),
    ("Adeyemi said the Authority will write to the committee with the figure by the end of March.",
     "I will write to the committee with it by the end of March.", "give them to Lindqvist"),
    ("Lindqvist said he would write to the committee with the figure by the end of March.",
     "I will write to the committee with it by the end of March.", OK),
    # an undertaking told as done
    ("Lindqvist wrote to the committee with the figure by the end of March.",
     "I will write to the committee with it by the end of March.", "tells as done ('wrote')"),
    # a document an MP quotes told as the MP's words
    ("Adeyemi said storm overflow discharges fell by 12 percent in 2025.", ANNUAL, "quotes them from a document"),
    ("Harrowvale's annual report says storm overflow discharges fell by 12 percent in 2025.", ANNUAL, OK),
    ("Adeyemi said the Authority lacks the staff to inspect more than one in five overflows each year.", MINUTES,
     "give them to Your own board minutes"),
    ("The Authority's board minutes from November say it lacks the staff to inspect more than one in five overflows "
     "each year.", MINUTES, OK),
    # a schedule's "due to" is no cause
    ("The remaining 111 overflows are due to have monitors fitted by June 2026, Lindqvist said.",
     "The remaining 111 will be fitted by June 2026.", OK),
]
# the debate's leftovers (tests/fixtures/newuser_96): a question told as done, the addressee read as the speaker
DEBATE_CASES = [
    ("Harper confirmed where the $1.1 billion figure comes from.",
     "Mayor Harper, can you confirm where the $1.1 billion figure comes from?", "tells as done ('confirmed')"),
    ("Harper confirmed where the figure comes from.",
     "Mayor Harper, can you confirm where the $1.1 billion figure comes from?", "tells as done ('confirmed')"),
    ("The moderator asked Harper to confirm where the $1.1 billion figure comes from.",
     "Mayor Harper, can you confirm where the $1.1 billion figure comes from?", OK),
    ("Okonjo said he has promised 8,000 new homes.", "Mr Okonjo, you have promised 8,000 new homes.",
     "give them to Moderator"),
    ("Okonjo has promised 8,000 new homes, the moderator said.", "Mr Okonjo, you have promised 8,000 new homes.", OK),
    ("Harper promised 5,000 more housing units by 2030.", "If re-elected, I will build another 5,000 units by 2030", OK),
    ("Harper will build another 5,000 units by 2030.", "If re-elected, I will build another 5,000 units by 2030",
     "only on a condition"),
]


@functools.cache
def _probed(fixture: Path, slug: str, source: str, cases: tuple) -> dict[str, list[str]]:
    """Return each case's error lines, every case a background section of its own citing its quote, all of them
    checked in one build of the fixture (cached per process)."""
    desk = checked_fixture_project(fixture, Path(tempfile.mkdtemp(prefix="newuser98-")) / "desk")
    background = desk / "content" / slug / "background.yaml"
    sections, citations = "", ""
    for number, (sentence, quote, _) in enumerate(cases):
        sections += f"  - id: probe-{number}\n    title: Probe\n    body: {sentence + f'[^probe-{number}]'!r}\n"
        citations += f"  probe-{number}:\n    source: {source}\n    quote: {quote!r}\n"
    text = background.read_text(encoding="utf-8")
    text = text.replace("citations:\n", sections + "citations:\n", 1) + citations
    background.write_text(text, encoding="utf-8")
    lines = text.splitlines()
    result = run_build(desk, "check")
    assert "Traceback" not in result.err
    found: dict[str, list[str]] = {sentence: [] for sentence, _, _ in cases}
    for line in error_lines(result):
        at = re.match(rf"content/{slug}/background\.yaml:(\d+): ", line)
        assert at, line  # no other file's line: the fixture builds
        key = re.search(r"\[\^probe-(\d+)\]", lines[int(at.group(1)) - 1])
        assert key, line
        found[cases[int(key.group(1))][0]].append(line)
    return found


def _assert_outcome(lines: list[str], expected: str) -> None:
    """Assert a case built (OK), or was refused with `expected` in one of its lines."""
    if expected == OK:
        assert lines == [], lines
    else:
        assert any(expected in line for line in lines), lines


def test_the_briefing_builds(tmp_path: Path):
    """The hearing briefing builds: the regulator's, the company's and the MPs' figures compared, each side's claims,
    the witness's quotes, a declined answer and an undertaking told as such."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = " ".join((desk / "site" / "harrowvale-spills" / "index.html").read_text(encoding="utf-8").split())
    for words in ("then corrected himself to 31,600", "Asked whether spills rose 40 percent",
                  "said he would write to the committee", "declined to say whether the company broke the law"):
        assert words in page, words


@pytest.mark.parametrize("sentence, quote, expected", HEARING)
def test_the_hearings_misstatements_and_their_twins(sentence: str, quote: str, expected: str):
    """A question told as said or done, a declined answer told as given, the addressee's words given to the one
    asking, an MP's words given to the witness (or the other way round) and a document quoted told as the MP's words
    are refused; the same told as asked, declined, quoted or said by its speaker builds."""
    _assert_outcome(_probed(FIXTURE, "harrowvale-spills", "hearing", tuple(HEARING))[sentence], expected)


@pytest.mark.parametrize("sentence, quote, expected", DEBATE_CASES)
def test_the_debates_leftovers(sentence: str, quote: str, expected: str):
    """In the debate: "Harper confirmed" of the moderator's "can you confirm ...?" and the moderator's "Mr Okonjo,
    you have promised" told as Okonjo's words are refused; a pledge on re-election told as a pledge builds, and told
    as to come without the condition stays refused."""
    _assert_outcome(_probed(DEBATE, "calder-mayor", "debate", tuple(DEBATE_CASES))[sentence], expected)


PARTIES = (Party(id="harper", name="Ruth Harper", short_name="Harper", role="side"),
           Party(id="dupont", name="Élodie Dupont", short_name="Dupont", role="side"))


@pytest.mark.parametrize("language, sentence, passage, builds", [
    ("en", "Harper pledged to build another 5,000 units by 2030.",
     "If re-elected, I will build another 5,000 units by 2030.", True),
    ("en", "Harper vowed to build 5,000 homes by 2030.", "If I'm re-elected, we will build 5,000 homes by 2030.", True),
    ("en", "Harper promised 5,000 homes by 2030.", "If we win the election, we will build 5,000 homes by 2030.", True),
    ("en", "Harper said she will build another 5,000 units by 2030.",
     "If re-elected, I will build another 5,000 units by 2030.", False),
    ("en", "Harper promised 5,000 more units by 2030.",
     "If the council approves the funding, I will build another 5,000 units by 2030.", False),
    ("fr", "Dupont a promis 5 000 logements d'ici 2030.",
     "Si je suis réélue, nous construirons 5 000 logements d'ici 2030.", True),
    ("fr", "Dupont construira 5 000 logements d'ici 2030.",
     "Si je suis réélue, nous construirons 5 000 logements d'ici 2030.", False),
    ("es", "Dupont prometió 5.000 viviendas para 2030.", "Si soy reelegida, construiremos 5.000 viviendas para 2030.",
     True),
    ("es", "Dupont construirá 5.000 viviendas para 2030.", "Si soy reelegida, construiremos 5.000 viviendas para 2030.",
     False),
])
def test_a_pledge_on_winning_office_told_as_a_pledge(language: str, sentence: str, passage: str, builds: bool):
    """"promised", "pledged", "vowed", "a promis", "prometió" of a pledge made on winning office keep its condition;
    told as to come ("will build", "said she will build", "construira"), or a pledge on another condition, they do
    not."""
    read_as_project_locale(REPO, language)
    dropped = [finding for finding in sentence_findings(sentence, (passage,), language, PARTIES)
               if "only on a condition" in finding]
    assert (dropped == []) is builds, dropped


@pytest.mark.parametrize("language, sentence, passage, builds", [
    ("en", "Adeyemi asked whether spills rose 40 percent.", "Isn't it true that spills rose 40 percent?", True),
    ("en", "Adeyemi asked whether spills rose 40 percent.", "Is it not the case that spills rose 40 percent?", True),
    ("en", "Spills rose 40 percent.", "It is not true that spills rose 40 percent.", False),
    ("en", "Spills rose 40 percent.", "It isn't true that spills rose 40 percent.", False),
    ("fr", "Adeyemi a demandé si les rejets ont augmenté de 40 %.",
     "N'est-il pas vrai que les rejets ont augmenté de 40 % ?", True),
    ("fr", "Les rejets ont augmenté de 40 %.", "Il n'est pas vrai que les rejets ont augmenté de 40 %.", False),
    ("es", "Adeyemi preguntó si los vertidos subieron un 40 %.", "¿No es cierto que los vertidos subieron un 40 %?",
     True),
    ("de", "Adeyemi fragte, ob die Einleitungen um 40 Prozent gestiegen sind.",
     "Stimmt es nicht, dass die Einleitungen um 40 Prozent gestiegen sind?", True),
])
def test_a_questions_negated_frame_negates_nothing(language: str, sentence: str, passage: str, builds: bool):
    """"Isn't it true that ...?", "N'est-il pas vrai que ...?", "¿No es cierto que ...?", "Stimmt es nicht, dass ...?"
    ask the clause after them; "It is not true that ..." still negates it."""
    read_as_project_locale(REPO, language)
    flipped = [finding for finding in sentence_findings(sentence, (passage,), language, ())
               if "negation" in finding]
    assert (flipped == []) is builds, flipped


@pytest.mark.parametrize("language, sentence, passage, builds", [
    ("es", "Lindqvist confirmó que los vertidos subieron un 40 %.", "¿No es cierto que los vertidos subieron un 40 %?",
     False),
    ("es", "Adeyemi preguntó si los vertidos subieron un 40 %.", "¿No es cierto que los vertidos subieron un 40 %?", True),
    ("fr", "Lindqvist a confirmé que les rejets ont augmenté de 40 %.",
     "N'est-il pas vrai que les rejets ont augmenté de 40 % ?", False),
    ("fr", "Adeyemi a demandé si les rejets ont augmenté de 40 %.",
     "N'est-il pas vrai que les rejets ont augmenté de 40 % ?", True),
])
def test_a_question_told_as_said_in_other_languages(language: str, sentence: str, passage: str, builds: bool):
    """A question told as confirmed is refused in Spanish and French too; asked ("preguntó si", "a demandé si") it
    builds."""
    read_as_project_locale(REPO, language)
    asked = [finding for finding in sentence_findings(sentence, (passage,), language, ()) if "only ask" in finding]
    assert (asked == []) is builds, asked


@pytest.mark.parametrize("sentence, passage, builds", [
    ("The remaining 111 overflows are due to have monitors fitted by June.",
     "The remaining 111 will be fitted by June.", True),
    ("Spills rose due to faulty monitors.", "Spills rose. Monitors were faulty.", False),
])
def test_due_to_before_a_verb_is_a_schedule(sentence: str, passage: str, builds: bool):
    """"due to have" schedules, as "due to meet" does; "due to" before a noun still gives a cause."""
    cause = [finding for finding in sentence_findings(sentence, (passage,), "en", ()) if "gives a cause" in finding]
    assert (cause == []) is builds, cause
