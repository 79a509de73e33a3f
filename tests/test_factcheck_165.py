"""English deeds, plans and bodies, and "without" in other languages:

1. A weighed act told as decided: "The board would appeal the ruling" citing "The board said it would consider an
   appeal" built, weighed_acts.py reading "would consider appealing" but not the noun, and a sentence's "would" as a
   weighing of its own; now "consider an appeal" ("a ban", "a sale", "a strike", ...) weighs the act, and "would" right
   before the act, with no condition, tells it decided (explainer/weighed_acts.py).
2. A plan told as a schedule: "The vote is scheduled for May" citing "The council plans to hold a vote in May" (and
   "is scheduled to open in 2027" of "plans to open it in 2027") built (explainer/scheduled.py).
3. An amount with no currency kept to its measure: "The company's profit rose to 4.1 billion" citing "turnover rose to
   4.1 billion" built, money_measures.py reading only amounts with a currency (explainer/money_measures.py).
4. A court named by its kind words: "The Court of Appeal ruled ..." citing "The High Court ruled ..." built, "Court"
   in both (explainer/court_levels.py); "the Commission decided" of "the Council decided" was already refused.
5. A "yes" to an offered figure: "The union said yes to a 4% raise" (or "voted yes to", "voted in favour of",
   "approved") citing "The school board has offered 4%" built, where "has accepted" was refused
   (explainer/offers_accepted.py). "The union said yes to the offer" citing "The union rejected the offer" was
   already refused (a dropped negation).
6. "With" for "without" in German, French and Spanish: "mit einer Einigung" of "ohne Einigung", "avec un accord" of
   "sans accord", "con un acuerdo" of "sin acuerdo" built, with_without.py reading English only
   (explainer/with_without.py).

Each with honest twins that must build.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from support import found_in_language, minimal_project, one_sentence_checked
from test_factcheck_134 import outcome_of

WEIGHED = "only as weighed"
PLANNED = "only plan"
MEASURE = "where its cited passages give it as"
ACCEPTED = "as accepted"
HAD = "where its cited passages say"


# 1. A weighed act told as decided
@pytest.mark.parametrize("sentence, passage, outcome", [
    ("The board would appeal the ruling.", "The board said it would consider an appeal.", "refused"),
    ("The board will appeal the ruling.", "The board said it would consider an appeal.", "refused"),
    ("The ministry will ban the pesticide.", "The ministry is considering a ban on the pesticide.", "refused"),
    ("The firm will sell the unit.", "The firm is exploring a sale of the unit.", "refused"),
    ("The union would strike in March.", "The union said it would consider a strike in March.", "refused"),
    ("The committee would sue Marvela.", "Mr Okafor said the committee would consider suing Marvela.", "refused"),
    ("The regulator will review the merger.", "The regulator is weighing a review of the merger.", "refused"),
    # honest twins
    ("The board is considering an appeal.", "The board said it would consider an appeal.", "ok"),
    ("The board may appeal the ruling.", "The board said it would consider an appeal.", "ok"),
    ("The board could appeal the ruling.", "The board said it would consider an appeal.", "ok"),
    ("The board said it would weigh an appeal.", "The board said it would consider an appeal.", "ok"),
    ("The board would consider appealing the ruling.", "The board said it would consider an appeal.", "ok"),
    ("The board would appeal the ruling if the fine stood.",
     "The board said it would consider an appeal if the fine stood.", "ok"),
    ("The board has not ruled out an appeal against the ruling.",
     "The board said it would consider an appeal against the ruling.", "ok"),
    ("The board would appeal the ruling.", "The board said it would appeal the ruling.", "ok"),
    ("The ministry may ban the pesticide.", "The ministry is considering a ban on the pesticide.", "ok"),
    ("The firm is exploring selling the unit.", "The firm is exploring a sale of the unit.", "ok"),
    ("The firm said a sale of the unit was possible.", "The firm is exploring a sale of the unit.", "ok"),
    ("The regulator may review the merger.", "The regulator is weighing a review of the merger.", "ok"),
    ("The regulator would review the merger only if asked.", "The regulator is weighing a review of the merger.", "ok"),
    ("The committee would only sue Marvela as a last resort.",
     "Mr Okafor said the committee would consider suing Marvela.", "ok"),
])
def test_a_weighed_act_told_as_decided(sentence, passage, outcome):
    findings = found_in_language("en", sentence, passage)
    if outcome == "refused":
        assert outcome_of(findings, WEIGHED) == "refused", findings
    else:
        assert not findings, findings


@pytest.mark.parametrize("sentence, passage", [
    # an appeal a court hears, or one another made, is no act the court weighs
    ("The union has appealed the ruling.", "The tribunal will consider an appeal by the union."),
    ("The union has appealed against the ruling.", "The Supreme Court is considering an appeal against the ruling."),
])
def test_an_appeal_heard_is_weighed_by_nobody(sentence, passage):
    assert not any(WEIGHED in finding for finding in found_in_language("en", sentence, passage))


# 2. A plan told as a schedule
@pytest.mark.parametrize("sentence, passage, outcome", [
    ("The vote is scheduled for May.", "The council plans to hold a vote in May.", "refused"),
    ("The line is scheduled to open in 2027.", "The operator plans to open it in 2027.", "refused"),
    ("The line is due to open in 2027.", "The operator intends to open the line in 2027.", "refused"),
    ("The vote is scheduled for May.", "The council hopes to hold a vote in May.", "refused"),
    # honest twins
    ("The vote is planned for May.", "The council plans to hold a vote in May.", "ok"),
    ("The council plans to hold the vote in May.", "The council plans to hold a vote in May.", "ok"),
    ("A vote is expected in May.", "The council plans to hold a vote in May.", "ok"),
    ("The council intends to hold a vote in May.", "The council plans to hold a vote in May.", "ok"),
    ("The council wants a vote in May.", "The council plans to hold a vote in May.", "ok"),
    ("The operator aims to open the line in 2027.", "The operator plans to open it in 2027.", "ok"),
    ("The line should open in 2027.", "The operator plans to open it in 2027.", "ok"),
    ("The vote is scheduled for May.", "The council plans to hold a vote, scheduled for May.", "ok"),
    ("The vote is scheduled for May.", "The council has scheduled a vote for May.", "ok"),
    ("The line is scheduled to open in 2027.",
     "The line will open in 2027, the operator said, and it plans to open it fully in 2028.", "ok"),
    ("Talks are scheduled for March.", "The two sides are due to meet in March, and plan to talk again in April.",
     "ok"),
    # "due to" a cause is no schedule
    ("The plant's closure is due to falling sales.",
     "The company plans to close the plant in 2027 due to falling sales.", "ok"),
    ("The vote is due in May.", "The council plans to hold a vote in May.", "refused"),
])
def test_a_plan_told_as_a_schedule(sentence, passage, outcome):
    findings = found_in_language("en", sentence, passage)
    if outcome == "refused":
        assert outcome_of(findings, PLANNED) == "refused", findings
    else:
        assert not findings, findings


# 3. An amount with no currency kept to its measure
@pytest.mark.parametrize("sentence, passage, outcome", [
    ("The company's profit rose to 4.1 billion.", "The company's turnover rose to 4.1 billion.", "refused"),
    ("The company's earnings rose to 4.1 billion.", "The company's revenue rose to 4.1 billion.", "refused"),
    ("The company's profit rose to 4.1 billion.", "The company's sales rose to 4.1 billion.", "refused"),
    ("The company made a profit of 4.1 billion.", "The company's sales rose to 4.1 billion.", "refused"),
    ("Revenue rose to 4.1 billion.", "Revenue rose 9% to 30 billion and profit to 4.1 billion.", "refused"),
    # honest twins
    ("The company's sales rose to 4.1 billion.", "The company's revenue rose to 4.1 billion.", "ok"),
    ("The company's revenue rose to 4.1 billion.", "The company's turnover rose to 4.1 billion.", "ok"),
    ("Turnover reached 4.1 billion.", "The company's sales rose to 4.1 billion.", "ok"),
    ("The company's profit rose to 4.1 billion.", "The company's net income rose to 4.1 billion.", "ok"),
    ("The company earned 4.1 billion.", "The company's profit rose to 4.1 billion.", "ok"),
    ("The company's profit rose to 4.1 billion.", "The company said it made 4.1 billion last year.", "ok"),
    ("Profit rose to 4.1 billion.", "Revenue rose 9% to 30 billion and profit to 4.1 billion.", "ok"),
    ("The company's revenue rose to 4.1 billion, and its profit to 0.9 billion.",
     "Turnover rose to 4.1 billion and profit to 0.9 billion.", "ok"),
    ("The city has 4.1 million residents and earnings of 2 billion.",
     "The city has 4.1 million residents and earnings of 2 billion.", "ok"),
])
def test_an_amount_with_no_currency_kept_to_its_measure(sentence, passage, outcome):
    findings = found_in_language("en", sentence, passage)
    if outcome == "refused":
        assert outcome_of(findings, MEASURE) == "refused", findings
    else:
        assert not findings, findings


# 4. A court named by its kind words
@pytest.mark.parametrize("sentence, passage, outcome", [
    ("The Court of Appeal ruled that the law was valid.", "The High Court ruled that the law was valid.", "refused"),
    ("The High Court ruled that the law was valid.", "The Court of Appeal ruled that the law was valid.", "refused"),
    ("The Constitutional Court ruled that the law was valid.", "The Supreme Court ruled that the law was valid.",
     "refused"),
    ("The Commission decided to delay the rules.", "The Council decided to delay the rules.", "refused"),
    # honest twins
    ("The Supreme Court ruled that the law was valid.", "The US Supreme Court ruled that the law was valid.", "ok"),
    ("The Constitutional Court ruled that the law was valid.",
     "Germany's Federal Constitutional Court ruled that the law was valid.", "ok"),
    ("The Court of Appeal upheld the ruling.", "The Court of Appeal upheld the High Court's ruling.", "ok"),
    ("The High Court's ruling was upheld.", "The Court of Appeal upheld the High Court's ruling.", "ok"),
    ("The Appeals Court ruled that the law was valid.", "The Court of Appeals ruled that the law was valid.", "ok"),
    ("The court ruled that the law was valid.", "The High Court ruled that the law was valid.", "ok"),
    ("The World Court ruled that the wall was illegal.",
     "The International Court of Justice ruled that the wall was illegal.", "ok"),
    ("The country's top court ruled that the law was valid.", "The Supreme Court ruled that the law was valid.", "ok"),
    ("The Crown Court jailed him for three years.", "Judge Smith at Leeds Crown Court jailed him for three years.",
     "ok"),
    ("The District Court ruled against Marvela.",
     "The US District Court for the Southern District of New York ruled against Marvela.", "ok"),
    ("The Court of Appeal ruled that the law was valid.",
     "The Supreme Court of Appeal ruled that the law was valid.", "ok"),
    ("The Court of Appeal overturned the High Court's ruling.", "An appeal court overturned the High Court's ruling.",
     "ok"),
])
def test_a_court_named_by_its_kind_words(sentence, passage, outcome):
    findings = found_in_language("en", sentence, passage)
    if outcome == "refused":
        assert findings and any("cited passages" in finding and ("name" in finding or "give it to" in finding)
                                for finding in findings), findings
    else:
        assert not findings, findings


# 5. A "yes" to an offered figure
@pytest.mark.parametrize("sentence, passage, outcome", [
    ("The union said yes to a 4% raise.", "The school board has offered 4%.", "refused"),
    ("The union voted yes to a 4% raise.", "The school board has offered 4%.", "refused"),
    ("The union has said yes to a 4% raise.", "The school board has offered 4%.", "refused"),
    ("The union voted in favour of a 4% raise.", "The school board has offered 4%.", "refused"),
    # honest twins
    ("The union said yes to a 4% raise.", "The school board has offered 4%, and the union accepted it.", "ok"),
    ("The union said yes to a 4% raise.", "The union accepted the school board's offer of 4%.", "ok"),
    ("The union voted yes to a 4% raise.", "The union's members voted 70% in favour of the board's offer of 4%.",
     "ok"),
    ("Members voted in favour of the 4% offer.", "The school board has offered 4%, and members voted in favour of it.",
     "ok"),
    ("The union approved a 4% raise.", "The school board has offered 4%, which the union approved on Monday.", "ok"),
    ("The union said yes to a 4% raise.", "The school board has offered 4%, and members voted for it.", "ok"),
    ("The union could say yes to a 4% raise.", "The school board has offered 4%.", "ok"),
    ("The union never said yes to a 4% raise.", "The school board has offered 4%.", "ok"),
    ("The union refused to say yes to a 4% raise.", "The school board has offered 4%.", "ok"),
    ("The union asked for a 4% raise.", "The school board has offered 4%.", "ok"),
])
def test_a_yes_to_an_offered_figure(sentence, passage, outcome):
    findings = found_in_language("en", sentence, passage)
    if outcome == "refused":
        assert outcome_of(findings, ACCEPTED) == "refused", findings
    else:
        assert not findings, findings


def test_said_yes_to_an_offer_rejected_is_refused_by_the_build(tmp_path: Path):
    root = minimal_project(tmp_path / "project")
    assert one_sentence_checked(root, "The union rejected the offer.", "The union said yes to the offer.")


# 6. "With" for "without" in German, French and Spanish
@pytest.mark.parametrize("language, sentence, passage, outcome", [
    ("de", "Die Gespräche endeten mit einer Einigung.", "Die Gespräche endeten ohne Einigung.", "refused"),
    ("fr", "Les discussions se sont terminées avec un accord.", "Les discussions se sont terminées sans accord.",
     "refused"),
    ("es", "Las conversaciones terminaron con un acuerdo.", "Las conversaciones terminaron sin acuerdo.", "refused"),
    ("fr", "Les discussions se sont terminées sans accord.", "Les discussions se sont terminées avec un accord.",
     "refused"),
    ("es", "Las conversaciones terminaron sin acuerdo.", "Las conversaciones terminaron con un acuerdo.", "refused"),
    ("de", "Die Gespräche endeten mit einem Abkommen.", "Die Gespräche endeten ohne Einigung.", "refused"),
    ("es", "Las conversaciones terminaron con un pacto.", "Las conversaciones terminaron sin acuerdo.", "refused"),
    ("de", "Der Sturm endete ohne Tote.", "Der Sturm endete mit drei Toten.", "refused"),
    # honest twins
    ("de", "Die Gespräche endeten ohne Einigung.", "Die Gespräche endeten ohne eine Einigung.", "ok"),
    ("de", "Die Gespräche endeten ergebnislos.", "Die Gespräche endeten ohne Einigung.", "ok"),
    ("de", "Die Gespräche endeten ohne Abkommen.", "Die Gespräche endeten ohne Einigung.", "ok"),
    ("fr", "Les discussions ont échoué, sans accord.", "Les discussions se sont terminées sans accord.", "ok"),
    ("fr", "Les discussions se sont terminées sans aucun accord.", "Les discussions se sont terminées sans accord.",
     "ok"),
    ("fr", "Les discussions se sont terminées sans doute avec un accord.",
     "Les discussions se sont terminées avec un accord.", "ok"),
    ("fr", "Les syndicats ont négocié avec le gouvernement sans accord final.",
     "Les syndicats ont négocié avec le gouvernement, sans parvenir à un accord.", "ok"),
    ("es", "Sin embargo, las conversaciones terminaron con un acuerdo.",
     "Las conversaciones terminaron con un acuerdo, sin embargo.", "ok"),
    ("es", "Las conversaciones terminaron sin ningún acuerdo.", "Las conversaciones terminaron sin acuerdo.", "ok"),
    ("es", "El gobierno negoció con los sindicatos sin acuerdo.",
     "El gobierno negoció con los sindicatos, pero terminó sin acuerdo.", "ok"),
])
def test_with_for_without_in_other_languages(language, sentence, passage, outcome):
    findings = found_in_language(language, sentence, passage)
    if outcome == "refused":
        assert outcome_of(findings, HAD) == "refused", findings
    else:
        assert not findings, findings


@pytest.mark.parametrize("language, source, summary", [
    ("de", "Die Gespräche endeten ohne Einigung.", "Die Gespräche endeten mit einer Einigung."),
    ("fr", "Les discussions se sont terminées sans accord.", "Les discussions se sont terminées avec un accord."),
])
def test_with_for_without_refused_by_the_build(tmp_path: Path, language, source, summary):
    root = minimal_project(tmp_path / "project")
    lines = one_sentence_checked(root, source, summary, language=language)
    assert any("briefing.yaml:3" in line and ("sans accord" in line or "ohne Einigung" in line) for line in lines), lines


@pytest.mark.parametrize("source, summary, words", [
    ("The board said it would consider an appeal.", "The board would appeal the ruling.", WEIGHED),
    ("The council plans to hold a vote in May.", "The vote is scheduled for May.", PLANNED),
    ("The company's turnover rose to 4.1 billion.", "The company's profit rose to 4.1 billion.", MEASURE),
    ("The High Court ruled that the law was valid.", "The Court of Appeal ruled that the law was valid.",
     "where its cited passages name"),
    ("The school board has offered 4%.", "The union said yes to a 4% raise.", ACCEPTED),
])
def test_each_refused_by_the_build_at_its_line(tmp_path: Path, source, summary, words):
    root = minimal_project(tmp_path / "project")
    lines = one_sentence_checked(root, source, summary)
    assert any(line.startswith("content/flood/briefing.yaml:3:") and words in line for line in lines), lines
