"""A range spanning two figures a passage gives, one of them hedged: "La protesta reunió a entre 5.000 y 20.000
personas" citing "unas 5.000 personas según la policía, 20.000 según los organizadores" tells the span of the two
counts, its low end no floor set on the police's "about 5,000" (newuser_132; tests/test_factcheck_236.py).

Only where both ends of the sentence's range are figures of one cited passage and that passage hedges the end read
("about", "unas"; or gives it plainly): "entre 5.000 y 8.000" (8.000 in no passage) and "at least 5,000" of "about
5,000" stay refused.
"""

from __future__ import annotations

from .numbers import mentions_in, range_ends
from .qualifiers import qualifiers_of


def spans_two_given_figures(text: str, at: int, to: int, passages, language: str = "") -> bool:
    """Say whether the figure text[at:to] ends a range of text whose other end is a figure too of a cited passage
    that gives this one only as "about" it, or plainly."""
    if (at, to) not in range_ends(text, language):
        return False
    mentions = mentions_in(text, language)
    ends = [mention for mention in mentions if (mention.start, mention.end) in range_ends(text, language)]
    this = next((mention for mention in ends if mention.start == at), None)
    others = [mention for mention in ends if mention is not this and abs(mention.start - at) < 40]
    if this is None or not others:
        return False
    for passage in passages:
        own = qualifiers_of(this.quantities, passage.text, passage.language)
        if own and all(q is None or q.kind == "about" for q in own) and any(
                qualifiers_of(other.quantities, passage.text, passage.language) for other in others):
            return True
    return False
