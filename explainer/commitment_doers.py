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
from .initials import named_by_initials
from .owners import is_named
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
    # German's verb closes its clause: "Peking hat zugesagt, die Zölle zu senken" (factcheck_154)
    "de": r"(?:(?:hat|haben|hatte|hatten)\s+(?:zugesagt|versprochen|zugesichert|angeboten|sich\s+verpflichtet)"
          r"|(?:sagte|sagten)\s+zu|versprach|versprachen|verpflichtete\s+sich|bot|boten)\s*,\s*"
          r"(?:[^\W\d_][\w.-]*\s+){0,8}?zu",
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
                      "ont", "s", "est", "sont", "se", "ha", "han", "ya", "también", "aussi", "déjà", "n", "not",
                      # one word as read: "Pékin s'est engagé à" gave both doers "s'est" to share (factcheck_154)
                      "s'est", "s’est", "s'était", "s’était", "se sont"})
# Where a clause opens: the doer is the words after it
# (not "and": "Harvest Foods and Pennywise will combine" is one doer of two)
_OPENING = frozenset({"which", "that", "who", "but", "while", "said", "says", "qui", "que", "mais", "dont", "pero",
                      "quien", "quienes", "dijo", "dice", "a", "affirmé", "afirmó"})
# A pronoun, or a count of doers ("the two chains", "both"): whom it stands for is not read
_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "you", "which", "who", "that", "il", "elle", "ils", "elles",
                       "on", "él", "ella", "ellos", "ellas", "this", "these", "those", "both", "each", "all", "one",
                       "two", "three", "four", "deux", "trois", "dos", "tres", "ambos", "ambas", "tous", "todos"})
_ARTICLES = frozenset({"the", "a", "an", "its", "their", "his", "her", "le", "la", "les", "l", "un", "une", "el", "los",
                       "las", "su", "sus", "o", "der", "die", "das", "den", "dem"})
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
    theirs = [(passage.text, *found) for passage in passages for found in _commitments(passage.text, read)]
    for start, verb, doer, shown, negated, written, _ in own:
        given = [other for _, _, their_verb, other, *_ in theirs if their_verb == verb]
        if negated or inside(quoted, start) or not given or not doer or doer & _PRONOUNS or any(
                not other or other & _PRONOUNS or other & doer for other in given):
            continue
        if any(_gapped_doer(written, found[0], found[7]) for found in theirs if found[2] == verb):
            continue  # "Osric EV will pay" of "Tarsk will pay a duty of 17%, Vell 22% and Osric EV 35%": its own act
        if _another_doer(doer, given, passages, parties) or (_UNDERTAKEN.search(shown) is not None and _another_name(
                written, start == _first_word(spoken), [found for found in theirs if found[2] == verb], parties, read)):
            named = next(found[4] for found in theirs if found[2] == verb)
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


# Where a list's next doer opens after the act its verb is not written again: ", Vell Auto 22% and Osric EV ..."
_LIST_OPENING = patterns.compile(r"(?:,\s*(?:and\s+|while\s+)?|\s+and\s+|;\s*)$", re.IGNORECASE)
_SENTENCE_END = patterns.compile(r"[.!?](?=\s|$)")
# What a gapped doer is given at once: a figure ("22%", "£3m", "a duty of 35%" is read by its object's words)
_GAPPED_FIGURE = patterns.compile(r"\s*(?:about\s+|around\s+|some\s+)?[£$€]?\d", re.IGNORECASE)


def _gapped_doer(written: tuple[str, ...], text: str, act: int) -> bool:
    """Say whether a passage's sentence, after the act at `act`, lists the sentence's doer (`written`) as another
    doer of that act, its verb not written again: after a comma, "and" or a semicolon, and followed at once by a
    figure or by the object's opening words ("Tarsk Motors will pay a duty of 17%, Vell Auto 22% and Osric EV a duty
    of 35%"). "will pay a fee to Vell and Osric" names Osric as no doer: nothing of the act follows it."""
    if not written:
        return False
    end = _SENTENCE_END.search(text, act)
    clause = text[act:end.start() if end else len(text)]
    act_words = _WORD.findall(clause)
    # the object's first two words after the act's verb ("will pay a duty of 17%" -> "a duty")
    verb_at = next((index for index, word in enumerate(act_words) if index and word[0].isalpha()
                    and folded_word(word) not in {"will", "would", "to", "be", "going"}), None)
    object_words = [folded_word(word) for word in act_words[verb_at + 1:verb_at + 3]] if verb_at is not None else []
    name = r"\s+".join(re.escape(word) for word in written if folded_word(word) not in _ARTICLES)
    if not name:
        return False
    for match in re.finditer(rf"(?<![\w'’-])(?:the\s+)?{name}(?![\w'’-])", clause, re.IGNORECASE):
        if match.start() == 0 or not _LIST_OPENING.search(clause[:match.start()]):
            continue
        after = clause[match.end():]
        if _GAPPED_FIGURE.match(after):
            return True
        following = [folded_word(word) for word in _WORD.findall(after)[:2]]
        if object_words and following == object_words and all(word[0].isalpha() for word in object_words):
            return True
    return False


# An undertaking's words (not "will", a progressive or a passive's "by"): whose it is, compared by name
_UNDERTAKEN = patterns.compile(r"(?<!\w)(?:pledg|promis|vow|undert|commit|agree|offer|engag|accept|compromet|promet"
                               r"|acord|ofrec|acept|zugesagt|versproch|versprach|zugesichert|verpflicht|sagten?\s+zu"
                               r"|angeboten|bot)", re.IGNORECASE)
# A capitalised word opening a sentence that is a plural noun names no one: "Officials pledged", "Negotiators agreed"
_PLURAL_NOUN = patterns.compile(r"[A-Z][a-z]+(?:ers|ors|ists|ials|ants|ents|ians|ives|ees|ics)")


def _another_name(written: tuple[str, ...], opens: bool, given: list[tuple], parties: tuple[tuple[str, frozenset[str]], ...],
                  read: str) -> bool:
    """Say whether a sentence's doer is a name that no passage giving the act names where it names its doer: "Beijing
    pledged to cut tariffs" of "Washington pledged to cut tariffs" built, only a party's commitment being read
    (factcheck_154). The doer may stand anywhere in the passage's sentence up to the act ("US trade representative
    Katherine Tai pledged"), or be written as its initials ("The US pledged" of "The United States pledged",
    initials.py) or those initials spelled out; a doer of the same party (an alias) is its own."""
    names = _names(written, opens, read)
    if not names:
        return False
    own_parties = _parties_named(names, parties)
    for text, _, _, other, _, _, theirs, end in given:
        if not _names(theirs, False, read) or (own_parties and not _parties_named(theirs, parties)):
            return False  # "the ministry pledged", "The Ministry" of a party's: whose it is is not read
        start = max(0, max((text.rfind(stop, 0, end) for stop in ".;!?"), default=-1) + 1)
        span = text[start:end]
        words = _passage_words(span)
        if any(folded_word(name) in words or named_by_initials(name, span) for name in names) or any(
                named_by_initials(word, " ".join(written)) for word in theirs):
            return False
        if own_parties & _parties_named(theirs, parties):
            return False
    return True


def _parties_named(written: tuple[str, ...], parties: tuple[tuple[str, frozenset[str]], ...]) -> set[str]:
    """Return the parties words as written name: folded, or an acronym of two capitals kept ("US")."""
    return {party for party, words in parties
            if any(word in words or is_named(folded_word(word), words) for word in written)}


def _names(written: tuple[str, ...], opens: bool, read: str) -> tuple[str, ...]:
    """Return a doer's words written as names: capitalised, no article or pronoun, nor a plural noun opening the
    sentence; in German, which capitalises every noun, none after an article ("die Regierung") but an acronym."""
    names = []
    for at, word in enumerate(written):
        folded = folded_word(word)
        if not word[:1].isupper() or folded in _ARTICLES or folded in _PRONOUNS or folded in _GERMAN_ARTICLES:
            continue
        if at == 0 and opens and _PLURAL_NOUN.fullmatch(word):
            continue
        if read == "de" and not word.isupper() and any(folded_word(before) in _GERMAN_ARTICLES
                                                       for before in written[:at]):
            continue
        names.append(word.removesuffix("'s").removesuffix("’s"))
    return tuple(names)


_GERMAN_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einen"})


def _first_word(text: str) -> int:
    """Return where text's first word starts."""
    first = _WORD.search(text)
    return first.start() if first else 0


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _passage_words(text: str) -> frozenset[str]:
    """Return a passage's words, folded."""
    return frozenset(folded_word(word) for word in _WORD.findall(text) if word[0].isalpha())


@functools.lru_cache(maxsize=1 << 12)
def _commitments(text: str, read: str) -> tuple[tuple[int, str, frozenset[str], str, bool, tuple[str, ...], int], ...]:
    """Return each commitment of text: where its doer starts, its verb's stem, its doer's words (articles aside,
    folded; empty where no doer is written), the doer and act as written, whether it is negated, the doer's words as
    written, and where the act's words (or a passive's doer) end the span naming who made it."""
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
        found.append((start, _stem(match["verb"], read), named, shown, negated, tuple(word for _, word in doer),
                      match.start()))
    return tuple(found) + (_passive_commitments(text, read) if read in _PASSIVE_ACT else ())


def _passive_commitments(text: str, read: str) -> tuple[tuple[int, str, frozenset[str], str, bool, tuple[str, ...], int],
                                                        ...]:
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
        found.append((match.start(), _stem(match["verb"], read), named, shown, negated,
                      tuple(word.group() for word in doer), doer[-1].end()))
    return tuple(found)


# A verb's endings its forms drop to share a stem: "payer", "payé", "payant"; "pagar", "pagado", "pagando"
_ENDINGS = {"en": r"(?:ing|ed|es|s|e)$", "fr": r"(?:er|ée?s?|ant)$", "es": r"(?:ar|er|ir|ad[oa]s?|id[oa]s?|ando|iendo)$",
            "de": r"(?:en|n|t|te|ten)$"}


def _stem(verb: str, read: str = "en") -> str:
    """Return a verb's stem as its forms share it: "pay" of "paying", "paid" and "pays"."""
    if read == "en":
        folded = english_plain_verb(verb.casefold())
        return re.sub(_ENDINGS[read], "", folded) if len(folded) > 4 else folded
    stem = re.sub(_ENDINGS[read], "", verb.casefold())  # "payé": "pay", as "payer"
    return stem if len(stem) >= 3 else verb.casefold()
