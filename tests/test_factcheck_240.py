"""Misstatements that built in two new users' briefings (a bus-fare rise, a supermarket takeover):

1. A stake given to a holder the passage never names: "Usdaw, which owns 14% of Fresco, has not decided how to vote"
   citing "the investment firm Tideway Capital, which owns 14% of the company" built; a stake's figure given to a
   holder ("X, which owns 14%", "X holds 14%", "X's 14% stake") no cited passage names, where a passage gives it to
   a holder it names, is refused (explainer/deals.py).
2. Cash told as shares: "Harbour is offering 310p a share in shares" citing "Harbour will pay 310p a share in cash"
   built; "in shares", "all-share", "in Acme stock" where the passages pay in cash only, and "all-cash", "in cash"
   where they pay in shares and name no cash, are refused (explainer/deals.py).
3. A span told without a figure that the passage counts otherwise: "A petition against the rise gathered 3,200
   signatures in a week" citing "collected 3,200 signatures on a petition against the rise in four days" built; "in a
   week", "in a fortnight", "in a month", "in a year" where the passage's clause telling the same act (a figure of
   both, or three content words) counts another span is refused, and "in under a week", "within a week", "in less
   than a week" build (explainer/act_spans.py, read by dated_intervals.py).

Each with a twin of another topic refused, and honest twins that must build.
"""

from __future__ import annotations

import pytest

from support import Sentence, SentencesChecked, found_in_language, minimal_project

TIDEWAY = ("Fresco's largest shareholder, the investment firm Tideway Capital, which owns 14% of the company, said it "
           "had not yet decided how to vote.")
NORTHWIND = "Its biggest investor, the pension fund Northwind Partners, holds 9% of Bolt and backs the deal."
CASH = "Harbour will pay 310p a share in cash, a premium of 34% to Fresco's closing price on Tuesday."
STOCK = "Acme will pay $40 a share in Acme stock, a premium of 20% to Bolt's closing price."
PETITION = ("A passenger group, Brackford Bus Users, said it had collected 3,200 signatures on a petition against the "
            "rise in four days.")
APPEAL = "Volunteers raised £12,000 for the shelter in ten days, the charity said."
HIRING = "The company hired 400 workers over three months, its filing shows."

HOLDER = "stake to"
KIND = "tells the payment as"
SPAN = "tells a span"


def _outcome(findings: list[str], words: str) -> str:
    """Return "refused" where a finding holds `words`, "ok" where there is none, else the findings."""
    if not findings:
        return "ok"
    return "refused" if any(words in finding for finding in findings) else f"other: {findings}"


# 1. A stake given to a holder the passage never names
@pytest.mark.parametrize("sentence, passage, outcome", [
    ("Usdaw, which owns 14% of Fresco, has not decided how to vote.", TIDEWAY, "refused"),
    ("Brackford Council holds 9% of Bolt and backs the deal.", NORTHWIND, "refused"),
    ("Acme's 9% stake makes it Bolt's biggest investor.", NORTHWIND, "refused"),
    # honest twins
    ("Tideway Capital, which owns 14% of Fresco, has not decided how to vote.", TIDEWAY, "ok"),
    ("Tideway, which owns 14% of Fresco, has not decided how to vote.", TIDEWAY, "ok"),
    ("Fresco's largest shareholder, Tideway Capital, owns 14% of the company.", TIDEWAY, "ok"),
    ("Tideway Capital's 14% stake makes it Fresco's largest shareholder.", TIDEWAY, "ok"),
    ("The investment firm Tideway, which holds 14% of Fresco, is undecided.", TIDEWAY, "ok"),
    ("TC, which owns 14% of Fresco, has not decided how to vote.", TIDEWAY, "ok"),
    ("Fresco's largest shareholder, which owns 14% of the company, has not decided how to vote.", TIDEWAY, "ok"),
    ("Its biggest investor, Tideway Capital, holds 14% and is undecided.", TIDEWAY, "ok"),
    ("Tideway Capital Management, which owns 14% of Fresco, is undecided.", TIDEWAY, "ok"),
    ("The firm, which owns 14% of Fresco, has yet to decide how to vote.", TIDEWAY, "ok"),
    ("Tideway owns 14% of Fresco.", TIDEWAY, "ok"),
    ("Northwind, which holds 9% of Bolt, backs the deal.", NORTHWIND, "ok"),
    ("Bolt's biggest investor, a pension fund, holds 9% and backs the deal.", NORTHWIND, "ok"),
])
def test_a_stake_given_to_a_holder_the_passage_never_names(sentence, passage, outcome):
    findings = found_in_language("en", sentence, passage)
    assert _outcome(findings, HOLDER) == outcome, findings


# 2. Cash told as shares, and shares as cash
@pytest.mark.parametrize("sentence, passage, outcome", [
    ("Harbour is offering 310p a share in shares, 34% more than Fresco's closing price on Tuesday.", CASH, "refused"),
    ("Harbour will pay 310p a share in Harbour shares.", CASH, "refused"),
    ("Harbour is offering an all-share deal worth 310p a share.", CASH, "refused"),
    ("Acme's all-cash offer pays $40 a share, a premium of 20%.", STOCK, "refused"),
    ("Acme will pay $40 a share in cash, a premium of 20% to Bolt's closing price.", STOCK, "refused"),
    # honest twins
    ("Harbour is offering 310p a share in cash, 34% more than Fresco's closing price on Tuesday.", CASH, "ok"),
    ("Harbour will pay 310p a share in cash.", CASH, "ok"),
    ("Harbour's all-cash offer is worth 310p a share.", CASH, "ok"),
    ("Harbour will pay 310p a share in cash rather than in shares.", CASH, "ok"),
    ("The offer, 310p a share, is in cash.", CASH, "ok"),
    ("Harbour's cash offer of 310p a share is 34% above Fresco's closing price on Tuesday.", CASH, "ok"),
    ("Fresco's shares closed on Tuesday at a price 34% below Harbour's 310p offer.", CASH, "ok"),
    ("Harbour will pay 310p a share, 34% more than Fresco shares were worth on Tuesday.", CASH, "ok"),
    ("Harbour will pay 310p a share, a rise in shares of 34%.", CASH, "ok"),
    ("Acme will pay $40 a share in Acme stock.", STOCK, "ok"),
    ("Acme's all-share offer is worth $40 a share.", STOCK, "ok"),
    ("Acme's $40-a-share offer carries a 20% premium.", STOCK, "ok"),
    ("Acme's offer of $40 a share is not in cash.", STOCK, "ok"),
    # both kinds, each its part: the mix is _one_kind_of_payment's
    ("Harvest will pay £2.6bn in cash and £1.25bn in shares.", "Harvest will pay £2.6bn in cash and £1.25bn in shares.",
     "ok"),
])
def test_a_payment_told_in_the_other_kind(sentence, passage, outcome):
    findings = found_in_language("en", sentence, passage)
    assert _outcome(findings, KIND) == outcome, findings


# 3. A span told without a figure that the passage counts otherwise
@pytest.mark.parametrize("sentence, passage, outcome", [
    ("A petition against the rise gathered 3,200 signatures in a week.", PETITION, "refused"),
    ("In a week, 3,200 people signed a petition against the rise.", PETITION, "refused"),
    ("A petition against the rise gathered 3,200 signatures in a month.", PETITION, "refused"),
    ("Volunteers raised £12,000 for the shelter in a fortnight.", APPEAL, "refused"),
    ("Volunteers raised £12,000 for the shelter in a week.", APPEAL, "refused"),
    ("The company hired 400 workers in a month.", HIRING, "refused"),
    # honest twins
    ("A petition against the rise gathered 3,200 signatures in four days.", PETITION, "ok"),
    ("A petition against the rise gathered 3,200 signatures in just four days.", PETITION, "ok"),
    ("A petition against the rise gathered 3,200 signatures in under a week.", PETITION, "ok"),
    ("Brackford Bus Users says 3,200 people signed its petition within a week.", PETITION, "ok"),
    ("In under a week, 3,200 people signed a petition against the rise.", PETITION, "ok"),
    ("A petition against the rise drew 3,200 signatures in less than a week.", PETITION, "ok"),
    ("The group will hand in its petition of 3,200 signatures in a week's time.", PETITION, "ok"),
    ("Volunteers raised £12,000 for the shelter in under a fortnight.", APPEAL, "ok"),
    ("Volunteers raised £12,000 for the shelter in ten days.", APPEAL, "ok"),
    ("Volunteers raised £12,000 for the shelter in a week.",
     "Volunteers raised £12,000 for the shelter in seven days, the charity said.", "ok"),
    ("Volunteers raised £12,000 for the shelter in a month.",
     "Volunteers raised £12,000 for the shelter in four weeks, the charity said.", "ok"),
    ("Volunteers raised £12,000 for the shelter in a year.",
     "Volunteers raised £12,000 for the shelter in 12 months, the charity said.", "ok"),
    ("The company hired 400 workers in three months.", HIRING, "ok"),
    # another act's span, or a rate's: not this act's
    ("Norland Rail offers 4.5% over two years; the union is seeking 9% in one year.",
     "Norland Rail's latest offer is a pay rise of 4.5% over two years; the union is seeking a one-year rise of 9%.",
     "ok"),
])
def test_a_span_told_without_a_figure(sentence, passage, outcome):
    findings = found_in_language("en", sentence, passage)
    assert _outcome(findings, SPAN) == outcome, findings


PARTIES = ("  - id: harbour\n    name: Harbour Foods\n    aliases: [Harbour]\n"
           "  - id: fresco\n    name: Fresco Markets\n    aliases: [Fresco]\n"
           "  - id: usdaw\n    name: Usdaw\n    role: union\n")
CASES = [
    Sentence(TIDEWAY, "Usdaw, which owns 14% of Fresco, has not decided how to vote.", PARTIES),
    Sentence(TIDEWAY, "Tideway Capital, which owns 14% of Fresco, has not decided how to vote.", PARTIES),
    Sentence(CASH, "Harbour is offering 310p a share in shares, 34% more than Fresco's closing price on Tuesday.",
             PARTIES),
    Sentence(CASH, "Harbour is offering 310p a share in cash, 34% more than Fresco's closing price on Tuesday.",
             PARTIES),
    Sentence(PETITION, "A petition against the rise gathered 3,200 signatures in a week."),
    Sentence(PETITION, "A petition against the rise gathered 3,200 signatures in under a week."),
]


@pytest.fixture(scope="module")
def checked(tmp_path_factory) -> SentencesChecked:
    return SentencesChecked(minimal_project(tmp_path_factory.mktemp("factcheck240") / "project"), CASES)


@pytest.mark.parametrize("case, words", [(CASES[0], HOLDER), (CASES[1], ""), (CASES[2], KIND), (CASES[3], ""),
                                         (CASES[4], SPAN), (CASES[5], "")])
def test_the_briefings_sentences_as_the_build_reads_them(checked, case, words):
    lines = checked(*case)
    if words:
        assert len(lines) == 1 and words in lines[0] and ":1:" not in lines[0], lines
    else:
        assert lines == [], lines
