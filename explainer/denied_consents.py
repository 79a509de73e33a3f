"""A consent the source says was not given, kept so: "Die Partei hat einer Regierungsbeteiligung zugestimmt" may not
cite "Eine Zusage für eine Regierungsbeteiligung sei das nicht".

A source often denies a consent by its noun, not its verb: "Eine Zusage für eine Regierungsbeteiligung sei das
nicht", "keine Zustimmung", "It was not a commitment to join the government", "ce n'est pas un engagement", "no es
un compromiso". polarity.py compares a negated verb with the same verb, and the noun shares no verb with a sentence
telling the consent given ("hat ... zugestimmt", "sagte ... zu", "agreed to", "a accepté", "aceptó"), so the consent
told as given built. A sentence telling a consent, unnegated in its clause, is refused where a cited passage denies
a consent by its noun in a sentence sharing a content word of the sentence's (seven letters or more, compared by
their first seven: "Regierungsbeteiligung") and no cited passage's sentence with that word gives a consent unnegated.
German, English, French and Spanish are read (tests/test_factcheck_145.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .locale import base_language
from .sentences import inside, markers_blanked

# a consent's noun under a negation: "keine Zusage", "Eine Zusage ... sei das nicht", "not a commitment"
_DENIED = {
    "de": r"(?<!\w)(?:kein\w*\s+(?:\w+\s+)?(?:Zusage|Zustimmung|Einverständnis|Einwilligung|Ja)(?!\w)"
          r"|(?:Zusage|Zustimmung|Einverständnis|Einwilligung)(?!\w)[^.;:!?]{0,80}?\s(?:sei|ist|war|wäre)\s+(?:das|dies"
          r"|es)\s+nicht(?!\w))",
    "en": r"(?<!\w)(?:not|no|never)\s+(?:a\s+|an\s+|any\s+)?(?:commitment|consent|agreement|pledge|promise|yes)(?!\w)",
    "fr": r"(?<!\w)(?:pas\s+(?:un|une|d['’])\s*|aucun\w*\s+)(?:engagement|accord|consentement|acceptation|oui)(?!\w)",
    "es": r"(?<!\w)(?:no\s+(?:es|era|fue|supone|significa|implica)\s+(?:un|una)\s+|ning[uú]n\w*\s+)"
          r"(?:compromiso|acuerdo|consentimiento|aceptaci[oó]n|s[ií])(?!\w)",
}
# a consent told given: the verb (a split one's prefix at its clause's end) or a consent's noun given
_GIVEN = {
    "de": r"(?<!\w)(?:zugestimmt|zugesagt|eingewilligt|(?:stimmt|stimmte|stimmten|sagt|sagte|sagten)\s+(?:[^\W\d_]+\s+)"
          r"{0,8}?zu(?=\s*[,.;:!?]|\s*$)|(?:willigt|willigte|willigten)\s+(?:[^\W\d_]+\s+){0,8}?ein(?=\s*[,.;:!?]|\s*$)"
          r"|(?:Zusage|Zustimmung)\s+(?:\w+\s+){0,3}?(?:gegeben|erteilt|gab|erteilte))(?!\w)",
    "en": r"(?<!\w)(?:agreed|agrees|consented|consents|committed|commits|signed\s+up)(?!\w)",
    "fr": r"(?<!\w)(?:accepté|accepte|acceptent|consenti|engagée?s?|donné\s+son\s+accord)(?!\w)",
    "es": r"(?<!\w)(?:aceptó|aceptaron|aceptado|acepta|aceptan|accedió|accedieron|consintió|comprometió|comprometieron"
          r"|comprometido|dio\s+su\s+consentimiento)(?!\w)",
}
_NOT = {"de": r"nicht|kein\w*|nie|noch\s+nicht", "en": r"not|n['’]t|never|no", "fr": r"pas|jamais|ne|n['’]",
        "es": r"no|nunca|jamás"}
_DENIED_RE = {code: patterns.compile(words, re.IGNORECASE) for code, words in _DENIED.items()}
_GIVEN_RE = {code: patterns.compile(words, re.IGNORECASE) for code, words in _GIVEN.items()}
_NOT_RE = {code: patterns.compile(rf"(?<![\w'’])(?:{words})(?![\w'’])", re.IGNORECASE) for code, words in _NOT.items()}
_SENTENCE = patterns.compile(r"[^.!?;]+")
_WORD = patterns.compile(r"[^\W\d_]{7,}")
_KEY = 7  # letters a word is compared by: "Regierungsbeteiligung" of "Regierungsbeteiligungen"


def consent_told_given(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text tells a consent given that a cited passage denies by its noun."""
    code = base_language(language)
    if code not in _GIVEN_RE:
        return []
    spoken = markers_blanked(text)
    given = next((match for match in _GIVEN_RE[code].finditer(spoken) if not inside(quoted_parts(spoken), match.start())
                  and not _negated(spoken, match, code)), None)
    if given is None:
        return []
    words = _keys(spoken)
    denials = [part for passage in passages if base_language(passage.language or language) == code
               for part in _SENTENCE.findall(passage.text) if _DENIED_RE[code].search(part)]
    shared = next((word for part in denials for word in sorted(_keys(part) & words)), None)
    if shared is None:
        return []
    if any(shared in _keys(part) and any(not _negated(part, match, code) and not _DENIED_RE[code].search(part)
                                         for match in _GIVEN_RE[code].finditer(part))
           for passage in passages for part in _SENTENCE.findall(passage.text)):
        return []  # a passage tells that consent given too
    return [Finding(offset + given.start(),
                    f"this sentence tells a consent as given ('{' '.join(given.group().split())}') where its cited "
                    f"passages say it was not given: {clipped(text)}",
                    "say the consent was not given, as the source does")]


def _negated(text: str, match: re.Match, code: str) -> bool:
    """Say whether the clause of a consent's words holds a negation before them, or (German) among them."""
    clause_start = max(text.rfind(mark, 0, match.start()) for mark in ",;:.!?")
    return bool(_NOT_RE[code].search(text, clause_start + 1, match.end()))


def _keys(text: str) -> set[str]:
    """Return the first letters of each long word of text, folded."""
    return {word.casefold()[:_KEY] for word in _WORD.findall(text)}
