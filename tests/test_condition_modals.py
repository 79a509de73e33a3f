"""A condition dropped behind the passage's own modal: "said it would raise pay" of "said it would raise pay ... if
inflation falls".

A modal of the sentence ("would", "could", "might", "may", French "pourrait", Spanish "podría") kept a passage's
condition as a hedge of its own. But where the clause the passage conditions has that modal itself, the sentence only
restates the passage's verb: "The Government said it would raise pay by 4% this year and a further 3% next year."
citing "The Government said it would raise pay by 4% this year and a further 3% next year if inflation falls below
2%." built, a promise on a condition told as a plain one (explainer/conditions.py). A modal the clause does not have,
the condition's own word, or a word of the condition still keeps it.

Each sentence is checked in-process against its cited passage, as `check` does.
"""

from __future__ import annotations

import pytest

from support import REPO, read_as_project_locale, sentence_findings

PAY = ("The Government said it would raise pay by 4% this year and a further 3% next year if inflation falls below "
       "2%.")
CEASEFIRE = "Officials said the ceasefire would hold if both sides withdrew their heavy weapons."
WILL_HOLD = "The ceasefire will hold if both sides withdraw their heavy weapons."
MAY_CLOSE = "The plant may close next year unless new orders arrive."
FRENCH = "Le groupe a indiqué qu'il pourrait fermer son site de Lyon si les commandes ne reprennent pas."
SPANISH = "El Gobierno dijo que podría subir los salarios un 4 % si la inflación baja del 2 %."

DROPPED = [
    ("The Government said it would raise pay by 4% this year and a further 3% next year.", PAY, "en"),
    ("The Government said it would raise pay by 4% this year.", PAY, "en"),
    ("Officials said the ceasefire would hold.", CEASEFIRE, "en"),
    ("The plant may close next year, the company said.", MAY_CLOSE, "en"),
    ("Le groupe pourrait fermer son site de Lyon, a-t-il indiqué.", FRENCH, "fr"),
    ("El Gobierno podría subir los salarios un 4 %, según dijo.", SPANISH, "es"),
]

KEPT = [
    ("The Government said it would raise pay by 4% this year, and 3% more next year, if inflation falls below 2%.",
     PAY, "en"),
    ("The Government could raise pay by 4% this year and a further 3% next year.", PAY, "en"),
    ("The Government's offer of 4% this year and 3% next depends on inflation falling below 2%.", PAY, "en"),
    ("The Government said it would raise pay by 4% this year, provided inflation falls below 2%.", PAY, "en"),
    ("Officials said the ceasefire would hold only if both sides withdrew their heavy weapons.", CEASEFIRE, "en"),
    ("The ceasefire would hold, officials say, were both sides to withdraw their heavy weapons.", CEASEFIRE, "en"),
    ("The ceasefire could hold.", WILL_HOLD, "en"),
    ("The plant may close next year if no new orders arrive.", MAY_CLOSE, "en"),
    ("The plant could close next year.", MAY_CLOSE, "en"),
    ("Le groupe pourrait fermer son site de Lyon faute de reprise des commandes.", FRENCH, "fr"),
    ("El Gobierno podría subir los salarios un 4 % si la inflación baja del 2 %.", SPANISH, "es"),
]


@pytest.mark.parametrize("sentence, passage, language", DROPPED, ids=[case[0][:50] for case in DROPPED])
def test_a_condition_dropped_behind_the_passages_own_modal_is_refused(sentence, passage, language):
    read_as_project_locale(REPO, language)
    findings = sentence_findings(sentence, (passage,), language, ())
    assert findings and "only on a condition" in findings[0], findings


@pytest.mark.parametrize("sentence, passage, language", KEPT, ids=[case[0][:50] for case in KEPT])
def test_a_modal_of_the_sentences_own_or_the_condition_kept_builds(sentence, passage, language):
    read_as_project_locale(REPO, language)
    assert sentence_findings(sentence, (passage,), language, ()) == []
