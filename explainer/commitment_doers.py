"""A commitment kept to who made it: "The regulator has agreed to pay for the clean-up" may not cite "The clean-up has
so far cost 14 million dollars, which Meridian has agreed to pay."

swapped.py reads a party's place in a clause restating the passage's; a sentence shaped otherwise ("X has agreed to
pay for the clean-up" of "..., which Meridian has agreed to pay") shares no word to restate by, and the deed built
given to anyone. A commitment ("agreed to", "pledged to", "promised to", "offered to", "committed to", "refused to",
"will"; French "a accepté de", "s'est engagé à", "va"; Spanish "ha aceptado", "acordó", "se comprometió a", "va a") is
read with its doer, the words between the clause's opening and it. A sentence's doer is refused where every cited
passage giving that act ("to pay") gives it to a party of the briefing named otherwise (no word shared, none a pronoun
nor a count, "the two chains") and this doer is another party, or a public body the passages never name, given what
they give a party that is none ("the government" of "Meridian"); any other noun may be how the sentence calls the passage's party ("the
company", "the regulator" of "The Board") and is left alone. Negated commitments and words in quotation marks are not
read. English, French and Spanish text is read (tests/test_factcheck_115.py).
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts
from .possible_done import english_plain_verb
from .sentences import folded_word, inside, markers_blanked

# and the act itself under way, which gives it to its doer as plainly: "is paying", "est en train de payer", "está
# pagando" (factcheck_116)
_ACTS = {
    "en": r"(?:agreed|agrees|agree|pledged|pledges|promised|promises|committed|commits|offered|offers|undertook"
          r"|undertakes|vowed|vows|refused|refuses|declined|declines)\s+to|will|would|(?:is|are)\s+going\s+to"
          r"|(?:is|are|was|were)\s+(?=(?!going\s)[^\W\d_]{2,}ing(?!\w))",
    "fr": r"(?:accepté|accepte|acceptent|promis|promet|promettent|proposé|propose|refusé|refuse|refusent)\s+d[e'’]"
          r"|engagée?s?\s+à|engage\s+à|engagent\s+à|va|vont|(?:est|sont|était|étaient)\s+en\s+train\s+d[e'’]",
    "es": r"(?:aceptado|aceptó|acepta|aceptan|acordado|acordó|acuerda|prometido|prometió|promete|ofrecido|ofreció"
          r"|ofrece|negado\s+a|negó\s+a|niega\s+a)|comprometido\s+a|comprometió\s+a|compromete\s+a|va\s+a|van\s+a"
          r"|(?:está|están|estaba|estaban)\s+(?=[^\W\d_]{2,}(?:ando|iendo)(?!\w))",
}
# The act in the passive, its doer after "by": "will be paid for by the regulator", "sera payé par l'État", "será
# pagado por el Estado" gives the act to the regulator as "the regulator will pay" does (factcheck_116)
_PASSIVE = {
    "en": r"(?:(?:will|would|shall|has|have|had|is\s+to|are\s+to)\s+(?:not\s+)?)?(?:be|been|being|is|are|was|were)"
          r"\s+(?:not\s+)?(?:being\s+)?(?P<verb>[^\W\d_]{3,})(?:\s+for)?\s+by",
    "fr": r"(?:sera|seront|serait|seraient|est|sont|a\s+été|ont\s+été|était|étaient|fut)\s+(?P<verb>[^\W\d_]{3,})"
          r"\s+par",
    "es": r"(?:será|serán|sería|serían|es|son|fue|fueron|ha\s+sido|han\s+sido|está\s+siendo)\s+"
          r"(?P<verb>[^\W\d_]{3,})\s+por",
}
_PASSIVE_ACT = {language: patterns.compile(rf"(?<![\w'’]){passive}(?!\w)", re.IGNORECASE)
                for language, passive in _PASSIVE.items()}
# Where a passive's doer ends: a preposition or adverb after its name ("by Meridian in 2025")
_AFTER_DOER = frozenset({"in", "on", "at", "from", "after", "before", "since", "until", "for", "with", "under", "over",
                         "next", "last", "this", "and", "or", "if", "once", "dans", "en", "avec", "depuis", "après",
                         "avant", "et", "ou", "si", "con", "desde", "después", "antes", "y", "o"})
# A commitment with what it commits to: "has agreed to pay", "s'est engagée à payer", "se comprometió a pagar"
_COMMITMENT = {language: patterns.compile(rf"(?<![\w'’])(?:{acts})\s*(?P<verb>[^\W\d_]{{3,}})", re.IGNORECASE)
               for language, acts in _ACTS.items()}
# Words between a doer and its act: "has", "a", "s'est", "ha", "se"; and adverbs of time
_BETWEEN = frozenset({"has", "have", "had", "also", "already", "now", "since", "finally", "reportedly", "a",
                      "ont", "s", "est", "sont", "se", "ha", "han", "ya", "también", "aussi", "déjà", "n", "not"})
# Where a clause opens: the doer is the words after it
# (not "and": "Harvest Foods and Pennywise will combine" is one doer of two)
_OPENING = frozenset({"which", "that", "who", "but", "while", "said", "says", "qui", "que", "mais", "dont", "pero",
                      "quien", "quienes", "dijo", "dice", "a", "affirmé", "afirmó"})
# A pronoun, or a count of doers ("the two chains", "both"): whom it stands for is not read
_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "you", "which", "who", "that", "il", "elle", "ils", "elles",
                       "on", "él", "ella", "ellos", "ellas", "this", "these", "those", "both", "each", "all", "one",
                       "two", "three", "four", "deux", "trois", "dos", "tres", "ambos", "ambas", "tous", "todos"})
_ARTICLES = frozenset({"the", "a", "an", "its", "their", "his", "her", "le", "la", "les", "l", "un", "une", "el", "los",
                       "las", "su", "sus", "o"})
# Public bodies and the public purse, never a business's description ("the regulator" may be "The Board")
_PUBLIC = frozenset({"government", "governments", "state", "states", "taxpayers", "taxpayer", "ministry", "treasury",
                     "council", "municipality", "city", "county", "province", "authorities", "authority", "regulator",
                     "agency", "department", "public", "board", "commission", "committee", "court", "tribunal",
                     "bureau", "office", "inspectorate", "watchdog", "gouvernement", "état", "ministère", "contribuables",
                     "autorités", "gobierno", "estado", "ministerio", "contribuyentes", "autoridades"})
_NEGATION = frozenset({"not", "never", "no", "ne", "n", "pas", "jamais", "nunca"})
_MOST_DOER_WORDS = 4
_WORD = patterns.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|[,;:.!?()\"“”«»—–]")


def commitments_given_to_another(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                                 parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding when text gives a commitment ("agreed to pay") to a doer its cited passages do not give it
    to, naming another doer."""
    read = (language or "en").split("-")[0].lower()
    if read not in _COMMITMENT:
        return []
    spoken = markers_blanked(text)
    own = _commitments(spoken, read)
    if not own:
        return []  # most sentences commit no one to anything: found without reading the passages
    quoted = quoted_parts(spoken)
    theirs = [found for passage in passages for found in _commitments(passage.text, read)]
    for start, verb, doer, shown, negated in own:
        given = [other for _, their_verb, other, _, _ in theirs if their_verb == verb]
        if negated or inside(quoted, start) or not given or not doer or doer & _PRONOUNS or any(
                not other or other & _PRONOUNS or other & doer for other in given):
            continue
        if _another_doer(doer, given, passages, parties):
            named = next(written for _, their_verb, _, written, _ in theirs if their_verb == verb)
            return [Finding(offset + start, f"this sentence gives the commitment ('{shown}') to another than its "
                                            f"cited passages do ('{named}'): {clipped(text)}",
                            f"keep who made it as the source says ('{named}'), or cite a passage that names them")]
    return []


def _another_doer(doer: frozenset[str], given: list[frozenset[str]], passages: list[Cited],
                  parties: tuple[tuple[str, frozenset[str]], ...]) -> bool:
    """Say whether a sentence's doer is another party, name or noun than every doer the passages give the act to."""
    their_parties = {party for party, words in parties for other in given if words & other}
    if not their_parties:
        return False  # "The ministry will publish" may be Northland's: only a party's commitment is read
    own_parties = {party for party, words in parties if words & doer}
    if own_parties:
        return not own_parties & their_parties
    # a body that is no party may be how the sentence calls the passage's ("the regulator" of "The Board"); only a
    # public one given what a passage gives a party that is none is read: "the government" of "Meridian"
    public = doer & _PUBLIC
    return bool(public) and not any(other & _PUBLIC for other in given) and not any(
        word in _passage_words(passage.text) for passage in passages for word in public)


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _passage_words(text: str) -> frozenset[str]:
    """Return a passage's words, folded."""
    return frozenset(folded_word(word) for word in _WORD.findall(text) if word[0].isalpha())


@functools.lru_cache(maxsize=1 << 12)
def _commitments(text: str, read: str) -> tuple[tuple[int, str, frozenset[str], str, bool], ...]:
    """Return each commitment of text: where its doer starts, its verb's stem, its doer's words (articles aside,
    folded; empty where no doer is written), the doer and act as written, and whether it is negated."""
    found = []
    for match in _COMMITMENT[read].finditer(text):
        words = [(word.start(), word.group()) for word in _WORD.finditer(text, max(0, match.start() - 80),
                                                                          match.start())]
        doer: list[tuple[int, str]] = []
        negated = False
        for at, word in reversed(words):
            folded = folded_word(word)
            if folded in _NEGATION:
                negated = True
            if not word[0].isalpha() or (folded in _OPENING and doer) or len(doer) == _MOST_DOER_WORDS:
                break
            if folded in _BETWEEN and not doer or folded in _NEGATION:
                continue
            doer.insert(0, (at, word))
        named = frozenset(folded_word(word).removesuffix("'s").removesuffix("’s") for _, word in doer
                          if folded_word(word) not in _ARTICLES)
        start = doer[0][0] if doer else match.start()
        shown = " ".join(text[start:match.end()].split())
        found.append((start, _stem(match["verb"], read), named, shown, negated))
    return tuple(found) + _passive_commitments(text, read)


def _passive_commitments(text: str, read: str) -> tuple[tuple[int, str, frozenset[str], str, bool], ...]:
    """Return each act of text in the passive with its doer after "by" ("will be paid for by the regulator"), as
    _commitments returns them."""
    found = []
    for match in _PASSIVE_ACT[read].finditer(text):
        doer = []
        for word in _WORD.finditer(text, match.end(), match.end() + 80):
            folded = folded_word(word.group())
            if not word.group()[0].isalpha() or folded in _AFTER_DOER or len(doer) == _MOST_DOER_WORDS:
                break
            doer.append(word)
        if not doer:
            continue
        named = frozenset(folded_word(word.group()).removesuffix("'s").removesuffix("’s") for word in doer
                          if folded_word(word.group()) not in _ARTICLES)
        shown = " ".join(text[match.start():doer[-1].end()].split())
        negated = any(folded_word(word) in _NEGATION for word in match.group().split())
        found.append((match.start(), _stem(match["verb"], read), named, shown, negated))
    return tuple(found)


# A verb's endings its forms drop to share a stem: "payer", "payé", "payant"; "pagar", "pagado", "pagando"
_ENDINGS = {"en": r"(?:ing|ed|es|s|e)$", "fr": r"(?:er|ée?s?|ant)$", "es": r"(?:ar|er|ir|ad[oa]s?|id[oa]s?|ando|iendo)$"}


def _stem(verb: str, read: str = "en") -> str:
    """Return a verb's stem as its forms share it: "pay" of "paying", "paid" and "pays"."""
    if read == "en":
        folded = english_plain_verb(verb.casefold())
        return re.sub(_ENDINGS[read], "", folded) if len(folded) > 4 else folded
    stem = re.sub(_ENDINGS[read], "", verb.casefold())  # "payé": "pay", as "payer"
    return stem if len(stem) >= 3 else verb.casefold()
