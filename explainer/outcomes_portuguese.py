"""The words outcomes.py reads a Portuguese win or loss, a court's ruling and how long a measure holds by.

"Lula perdeu o segundo turno" citing "Lula venceu o segundo turno" kept every figure and date and built: no
Portuguese outcome was read. A win ("venceu", "derrotou", "ganhou") against a loss ("perdeu"), a passive of a win
giving its subject's loss ("foi derrotado por"), a ruling upheld ("confirmou", "ratificou") against one annulled
("anulou", "revogou", "cassou"), and "definitivamente" against "provisoriamente". Not "derrota", a noun as often
("reconheceu a derrota"), nor "manteve" (kept, of anything).
"""

from __future__ import annotations

from .outcomes_languages import Reading

PORTUGUESE = Reading(
    {"won": (("venceu", "venceram", "vence", "vencem", "vencido", "vencida", "vencidos", "vencidas", "derrotou",
              "derrotaram", "derrotado", "derrotada", "derrotados", "derrotadas", "ganhou", "ganharam", "ganha",
              "ganham"),
             ("perdeu", "perderam", "perde", "perdem", "perdeu para", "perderam para")),
     "upheld": (("confirmou", "confirmaram", "ratificou", "ratificaram"),
                ("anulou", "anularam", "revogou", "revogaram", "cassou", "cassaram")),
     "permanent": (("definitivamente", "definitivo", "definitiva", "definitivos", "definitivas",
                    "permanentemente"),
                   ("provisoriamente", "provisório", "provisória", "provisórios", "provisórias", "temporariamente"))},
    frozenset({"vencido", "vencida", "vencidos", "vencidas", "derrotado", "derrotada", "derrotados", "derrotadas"}),
    r"(?:foi|foram|tinha\s+sido|tinham\s+sido|tem\s+sido|é|são|ser)\s+$", r"por|pelo|pela|pelos|pelas",
    r"(?:não|nunca|jamais)\s+(?:\S+\s+)?$", r"e|mas|enquanto|embora|porém",
    frozenset({"contra", "sobre", "durante", "para", "este", "esta", "neste", "nesta", "foram", "segundo", "pelo",
               "pela", "pelos", "pelas", "após", "antes", "depois"}))
