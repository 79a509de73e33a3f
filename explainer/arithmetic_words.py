"""The words that say a figure is a sum or a difference in Spanish, French and German, as computed.py reads English's
and Portuguese's.

"La diferencia entre la oferta del Gobierno y la reclamación de los médicos es de 7 euros por hora" citing "de 24 a 28
euros, mientras que los médicos reclaman 35 euros" was refused: the 7 is the passage's own arithmetic (35 less 28),
said to be one, as "a difference of 7 euros" is. Each is a regular expression's alternation, matched whole words:
`SUM` ("en total", "juntos", "en conjunto", "au total", "insgesamt") and `DIFFERENCE` ("diferencia", "más", as
English "more" alone, since "7 euros más por hora que" puts words between; "écart", "de plus", "Unterschied", "mehr
als", "weniger", German's "mehr" alone being "any more" as often). A figure with none of them must still stand in a
passage as written (tests/test_newuser_65.py). `POINTS` says a difference is one of percentages ("nueve puntos
menos" of "12 %" and "3 %", "neun Prozentpunkte weniger": tests/test_newuser_70.py).
"""

from __future__ import annotations

SUM = ("en\\s+total|en\\s+conjunto|entre\\s+(?:ambos|ambas|los\\s+dos|las\\s+dos)|sumados|sumadas|suman|sumaron"  # es
       "|au\\s+total|en\\s+tout|à\\s+eux\\s+deux|à\\s+elles\\s+deux|cumulés|cumulées"  # French
       "|insgesamt|zusammen|zusammengenommen")  # German (Spanish and Portuguese "juntos" computed.py reads already)
DIFFERENCE = ("diferencia|más|de\\s+más|de\\s+menos|ventaja|por\\s+delante|por\\s+detrás|por\\s+debajo|por\\s+encima"  # es
              "|écart|différence|de\\s+plus|de\\s+moins|d['’]avance|de\\s+retard"  # French
              "|Unterschied|Differenz|mehr\\s+als|weniger|Abstand|Vorsprung|Rückstand|niedriger|höher")  # German
# A difference of percentages in points: "nueve puntos menos" of "12 %" and "3 %", "neun Prozentpunkte weniger"
POINTS = ("puntos?(?:\\s+porcentuales?)?|points?\\s+de\\s+pourcentage"  # Spanish, French
          "|Prozentpunkte?n?|Punkte?n?")  # German
