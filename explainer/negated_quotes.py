"""A negation added before a speaker's own words: 'He said the plan was not "workable"' citing 'said the plan was
"workable"', or "She denied that the deal was fair" citing 'said the deal was "fair"'.

polarity.py leaves words in quotation marks unread (another's words negate nothing of ours) and reads a clause of
short words only against one of the same words; cut_negations.py reads a negation a quotation leaves out, never one
added. A sentence that puts a negation ("not", "never", "no longer"; French "pas", "jamais"; Spanish "no", "nunca";
German "nicht", "nie"; Portuguese "não"; a verb of being between, "no era", "was not") right before the first words
a passage quotes with no negation before them, or a denial ("denied that", "negó que", "a nié que", "bestritt, dass")
whose clause reaches them through a verb of being ("denied that the deal was fair"), is refused where it reports
the speaker (a verb of saying before the negation: "said", "dijo", "a déclaré", "sagte"). Not read: words
the quotation itself gives past a negation of its own ("not final in every detail" of "final in its structure, though
not in every detail"), and words a passage also gives right after a negation.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .clauses import WORD
from .negated_own_words import negated_own_words
from .sentences import markers_blanked

_NEGATIONS = r"(?:not|never|no\s+longer|n['’]t|cannot|pas|jamais|no|nunca|jamás|nicht|nie|niemals|não|nunca|non)"
_DENIALS = (r"(?:denied|denies|deny|denying|disputed|disputes|reject(?:ed|s)\s+(?:claims?|suggestions?)|a\s+nié"
            r"|nie|niait|a\s+démenti|dément|negó|niega|negaron|niegan|desmintió|desmiente|bestritt|bestreitet"
            r"|bestritten|dementierte|negou|nega|negaram)")
_BEING = (r"(?:be|been|is|was|were|are|est|était|étaient|sont|serait|es|era|eran|fue|fueron|son|sería|ist|war|waren"
          r"|sei|seien|wäre|sind|é|foi|são|seria|été|être|sido|ser|gewesen|sein)")
_OPENING = r"[\"“”„«»‘’‹›']?\s*"
_CLOSING = r"\s*[\"“”„«»‘’‹›']?"
# A verb of saying before the negation: the sentence reports the speaker's words ("Moravec said the offer was not
# final"); a negation of its own ("there was no ceasefire") is another sentence's fact, not the speaker's words turned
_SAYING = patterns.compile(r"(?<!\w)(?:said|says|say|told|tells|stated|states|added|insisted|insists|argued"
                           r"|argues|called|calls|described|describes|claimed|claims|warned|wrote|according|dit"
                           r"|déclaré|déclare|affirmé|affirme|estimé|estime|assuré|assure|ajouté|jugé|juge|selon"
                           r"|dijo|dice|afirmó|afirma|declaró|aseguró|asegura|señaló|calificó|según|sagte|sagt"
                           r"|erklärte|erklärt|betonte|betont|nannte|laut|disse|afirmou|declarou|segundo)(?!\w)",
                           re.IGNORECASE)
_MAY_NEGATE = patterns.compile(rf"(?<!\w)(?:{_NEGATIONS}|{_DENIALS})(?!\w)", re.IGNORECASE)
_NEGATION_IN = patterns.compile(rf"(?<!\w){_NEGATIONS}(?!\w)", re.IGNORECASE)
_READ_BEFORE = 24  # characters before a passage's quotation that may hold its own negation
_LEAD_WORDS = 3  # a quotation's first words read: up to its first of four letters or more
_MOST = 16  # quotations of a passage read
_CLAUSE_BREAK = patterns.compile(r"[.;:!?,]|(?<!\w)(?:but|though|although|while|whereas|and)(?!\w)", re.IGNORECASE)


def negated_quotes(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text negates, or denies, words its cited passages quote with no negation before them."""
    spoken = markers_blanked(text)
    if not _MAY_NEGATE.search(spoken):
        return []  # most sentences negate nothing: found without reading their passages
    for passage in passages:
        for lead, quote in _positive_quotes(passage.text):
            found = _negated_lead(lead).search(spoken)
            if found is None or not (found["negation"] is None or _SAYING.search(spoken, 0, found.start())) or (
                    _restates_its_negation(spoken, found.end(), quote)) or any(
                    _given_negated(lead, other.text) for other in passages):
                continue
            negation = " ".join((found["negation"] or found["denial"] or found["denial_first"]).split())
            return [Finding(offset + found.start(), f"this sentence puts '{negation}' before words its cited "
                                                    f"passages quote without a negation ('{quote}'): {clipped(text)}",
                            "keep the speaker's words as the source gives them, or cite the words in which the "
                            "speaker denies them")]
    # 'Pakistan is not "experiencing some serious blowback"' of the passage's own words (negated_own_words.py)
    if own := negated_own_words(spoken, [passage.text for passage in passages]):
        return [Finding(offset + own[0], f"this sentence puts a negation before words its cited passage gives without "
                                         f"one ('{own[1]}'): {clipped(text)}",
                        "keep the source's words as it gives them, or cite the words in which it denies them")]
    return []


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _positive_quotes(text: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """Return the quotations of a passage with no negation right before them or among their first words: each its
    first words (to its first of four letters or more) and its words."""
    found = []
    for start, end in quoted_parts(text)[:_MOST]:
        words = WORD.findall(text, start, end)
        lead = next((tuple(words[:at + 1]) for at, word in enumerate(words[:_LEAD_WORDS]) if len(word) >= 4), ())
        if lead and not any(_NEGATION_IN.fullmatch(word) for word in lead) and not _NEGATION_IN.search(
                text, max(0, start - _READ_BEFORE), start):
            found.append((lead, " ".join(text[start:end].split())))
    return tuple(found)


@functools.lru_cache(maxsize=1 << 10)
def _negated_lead(lead: tuple[str, ...]) -> re.Pattern:
    """Return the pattern of a negation right before a quotation's first words ("not final", "no era «definitiva»"),
    or of a denial whose clause reaches them through a verb of being, before them or, as German puts it, after them
    ("denied that the deal was fair", "bestritt, dass das Angebot fair sei")."""
    words = r"\s+".join(re.escape(word) for word in lead)
    return re.compile(rf"(?<!\w)(?:(?:(?P<negation>{_NEGATIONS})\s+(?:{_BEING}\s+)?"
                      rf"|(?P<denial>{_DENIALS})(?:,?\s+[^\W\d_]+){{0,6}}?\s+{_BEING}\s+){_OPENING}{words}(?!\w)"
                      rf"|(?P<denial_first>{_DENIALS}),?(?:\s+[^\W\d_]+){{1,6}}?\s+{_OPENING}{words}{_CLOSING}"
                      rf"\s+(?:sei|seien|ist|sind|war|waren|wäre)(?!\w))", re.IGNORECASE)


def _restates_its_negation(text: str, at: int, quote: str) -> bool:
    """Say whether the words after a negated quotation's first words, to their clause's end, restate what the
    quotation itself negates: "not final in every detail" of "final in its structure, though not in every detail"."""
    negated = _NEGATION_IN.search(quote)
    if negated is None:
        return False
    after = _CLAUSE_BREAK.search(text, at)
    own = {word.casefold() for word in WORD.findall(text, at, after.start() if after else len(text)) if len(word) >= 4}
    return bool(own) and own <= {word.casefold() for word in WORD.findall(quote, negated.end())}


def _given_negated(lead: tuple[str, ...], text: str) -> bool:
    """Say whether a passage gives a quotation's first words right after a negation or a denial too."""
    return _negated_lead(lead).search(text) is not None
