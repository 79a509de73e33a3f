"""A duty's condition negated: "pays a fine if it does not correct the records" citing "must correct the records,
under a daily fine", no negation added.

"A empresa pode pagar multa diária de R$ 10 mil se não corrigir os registros" citing "A empresa deverá também corrigir
os registros de ponto ..., sob pena de multa diária de R$ 10 mil" was refused by polarity.py as a negation added
(tests/test_factcheck_199.py, tests/fixtures/newuser_120): a duty's penalty falls on failing it, which is what the
condition says. Read so where the negation stands in a condition ("se não", "caso não", "if it does not", "unless",
"si no") and the passage's clause gives the deed as a duty ("deverá", "deve", "tem de", "must", "has to", "is
required to", "debe", "doit"). "A empresa não corrigiu os registros" (no condition) stays refused, and so does a
condition over a deed the passage tells done.
"""

from __future__ import annotations

import re

from . import patterns

_NEGATED_CONDITION = patterns.compile(
    r"(?<!\w)(?:se|caso|si|if|unless)\s+(?:[^\W\d_]+\s+){0,4}?(?:não|no|not|does\s+not|do\s+not|did\s+not"
    r"|doesn['’]t|don['’]t|fails?\s+to|ne|n['’])(?!\w)", re.IGNORECASE)
_CONDITION_BEFORE = patterns.compile(r"(?<!\w)(?:if|unless|se|caso|si)\s*$", re.IGNORECASE)
_DUTY = patterns.compile(
    r"(?<!\w)(?:must|has\s+to|have\s+to|(?:is|are)\s+(?:required|obliged|ordered)\s+to|deverá|deverão|deve|devem"
    r"|tem\s+de|tem\s+que|têm\s+de|têm\s+que|obrigad[ao]s?\s+a|debe|deben|deberá|deberán|tiene\s+que|tienen\s+que"
    r"|doit|doivent|devra|devront)(?!\w)", re.IGNORECASE)


def failing_a_duty(negative: str, before: str, positive: str) -> bool:
    """Say whether a negative clause negates only a condition ("se não corrigir", or "it does not correct" after "if",
    `before` being the text before the clause) and a positive clause gives the deed as a duty ("deverá corrigir")."""
    conditional = bool(_NEGATED_CONDITION.search(negative)) or bool(_CONDITION_BEFORE.search(before[-12:]))
    return conditional and bool(_DUTY.search(positive))
