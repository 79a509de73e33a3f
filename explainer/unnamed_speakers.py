"""A speaker named by a common noun kept: "the commission said" may not cite words the passages give to someone else,
nor "Northland said" words they give only to "the commission".

"The commission said turnout had been the highest since 1994" citing "The Social Democratic Party said turnout had
been the highest since 1994" gives a party's claim to the commission. The speaker checks (speakers.py) read speakers
by name; this reads a sentence's speaker named by "the" and a body's lowercase noun ("the commission said", ", the
ministry says", "according to the army"; not a person's role, which roles.py reads), and refuses it where no cited passage (nor the source's sentence holding it) uses
that noun at all and a passage gives the words to a speaker it names. Words in quotation marks are not read.
A speaker named by name that no passage names ("Okafor said") is refused where a passage leaves its speaker unnamed
("Officials said"): tests/test_factcheck_158.py.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .attribution import Cited, Finding, clipped, quoted_parts, unquoted
from .clauses import content_words
from .held_speakers import held_passage
from .sentences import inside, markers_blanked, sentence_of, split_sentences
from .speakers import naming_words, parties_of, reporting_subjects, said_by, sentence_around, shown, speakers_in
from .wordset import ascii_words

_VERBS = r"said|says|say|told|stated|announced|declared|claimed|claims|reported|added|insisted|warned"
# "the commission said", "the electoral commission says"; ", said the commission"; "according to the commission"
_COMMON_SPEAKER = patterns.compile(
    rf"(?<![\w'’])[Tt]he\s+(?:[a-z]+\s+)?(?P<noun>[a-z]{{4,}})\s+(?:has\s+|had\s+|also\s+)?(?:{_VERBS})(?!\w)"
    rf"|(?<!\w)(?:{_VERBS})\s+the\s+(?:[a-z]+\s+)?(?P<after>[a-z]{{4,}})(?!\w)(?=\s*[.,;]|\s*$)"
    r"|(?<!\w)[Aa]ccording\s+to\s+the\s+(?:[a-z]+\s+)?(?P<according>[a-z]{4,})(?!\w)")
# Bodies, not people: "the minister said" citing "Mujahid said" may name the same man (roles.py reads roles).
_BODIES = frozenset({"commission", "ministry", "government", "army", "military", "police", "court", "committee",
                     "council", "agency", "office", "embassy", "party", "authority", "authorities", "regulator",
                     "board", "union", "campaign", "coalition", "parliament", "company", "department", "opposition",
                     "administration", "cabinet", "presidency", "secretariat", "tribunal", "observers", "mission"})

_ANY_BODY = patterns.compile("|".join(sorted(_BODIES)))  # one scan of a lowercase copy, within words too

# Dutch names a body so too: "Het college zegt ...", "volgens de rechtbank" (a capitalised article names no one, so
# "Het college zegt" citing "Windkracht Noord zegt" built once "Het" was no longer read as a name: tests/test_newuser_89.py)
_DUTCH_VERBS = r"zegt|zei|zeiden|zeggen|stelt|stelde|meldt|meldde|verklaarde|verklaart|liet\s+weten|laat\s+weten"
_DUTCH_SPEAKER = patterns.compile(
    rf"(?<![\w'’])(?:[Hh]et|[Dd]e)\s+(?:[a-z]+\s+)?(?P<noun>[a-z]{{4,}})\s+(?:heeft\s+|had\s+)?(?:{_DUTCH_VERBS})(?!\w)"
    r"|(?<!\w)[Vv]olgens\s+(?:het|de)\s+(?:[a-z]+\s+)?(?P<according>[a-z]{4,})(?!\w)")
_DUTCH_BODIES = frozenset({"college", "raad", "gemeenteraad", "rechter", "rechtbank", "ministerie", "regering",
                           "kabinet", "provincie", "politie", "commissie", "inspectie", "toezichthouder", "vakbond",
                           "partij", "coalitie", "oppositie"})


def unnamed_speaker_swapped(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                            parties: tuple = ()) -> list[Finding]:
    """Return a finding when text gives words to "the NOUN", a noun no cited passage uses, and a passage gives
    them to a speaker it names; or gives a party the words a passage gives to a body that is none of them."""
    return (_body_swapped(text, passages, offset, parties, language)
            or _party_given_a_bodys_words(text, passages, offset, parties)
            or _name_given_to_the_unnamed(text, passages, offset, parties))


# Who a passage leaves unnamed: a speaker opened by an indefinite word ("a senior union official", "two diplomats",
# French "un responsable syndical", Spanish "un dirigente", German "ein Sprecher"), or a plural noun alone ("Officials",
# "Sources"); after its verb, ", said a senior official", or "according to officials"
_INDEFINITE = frozenset({"a", "an", "one", "two", "three", "several", "some", "many", "other", "senior", "un", "une",
                         "des", "plusieurs", "uno", "una", "unos", "unas", "varios", "varias", "ein", "eine", "einer",
                         "mehrere"})
_UNNAMED_AFTER = patterns.compile(
    rf"(?<!\w)(?:(?:{_VERBS})\s+(?:a|an|one|two|three|several|some)|[Aa]ccording\s+to(?:\s+(?:a|an|one|two|several|some))?)"
    r"\s+(?:[a-z-]+\s+){0,3}?(?P<noun>officials?|sources?|spokes(?:man|woman|person)|aides?|diplomats?|executives?"
    r"|negotiators?|insiders?|people\s+familiar\s+with\s+[a-z\s]+?)(?=\s*[.,;]|\s*$)")
_NOT_A_PERSONS_NAME = frozenset({"The", "Mr", "Mrs", "Ms", "Dr", "Union", "According"})


def _name_given_to_the_unnamed(text: str, passages: list[Cited], offset: int, parties: tuple) -> list[Finding]:
    """Return a finding when text gives words to a speaker by a name ("Union leader Ada Okafor said", "Okafor said")
    that no cited passage (nor the source's sentence holding it) names, and a passage gives them to a speaker it leaves
    unnamed ("A senior union official said", "Officials said"): the reader is told who spoke, and the source does not
    say. Told the other way round ("a union official said" of "Okafor said") it builds: the reader loses only the
    name."""
    spoken = markers_blanked(text)
    for _, words, _ in speakers_in(spoken, parties):
        if not words or words.split()[-1][:1].islower():
            continue  # a speaker by its kind: "Beta officials", "the Taliban spokesman", no name the reader is given
        names = [name for name in _NAME.findall(words) if name not in _NOT_A_PERSONS_NAME]
        # in any case: "Tests confirmed traces" of "tests confirmed traces" names no one the passage does not
        unnamed_in_passages = [name for name in names if not any(
            _names_any(frozenset({name.casefold()}), passage.text) or _names_any(frozenset({name.casefold()}),
                                                                                   passage.holding)
            for passage in passages)]
        if not unnamed_in_passages:
            continue
        own = content_words(spoken, _NOT_CONTENT | {word.casefold() for word in words.split()})
        for passage in passages:
            given = _unnamed_speaker(passage.text, own)
            if given and not passage.statement_of:  # a release's unnamed spokesperson speaks for its author
                return [Finding(offset, f"this sentence gives the words to {words}, whom its cited passages do not "
                                        f"name: they give them to '{given}': {clipped(text)}",
                                f"name the speaker as the source does ('{given}'), or cite a passage that names "
                                f"{unnamed_in_passages[-1]}")]
    return []


def _unnamed_speaker(text: str, own: frozenset[str]) -> str:
    """Return the words of a speaker a passage leaves unnamed ("A senior union official"), to whom it gives words
    sharing two content words with `own` (or all of them, where `own` holds fewer), or ""."""
    least = min(2, len(own))
    if not least:
        return ""
    for at, words, names in reporting_subjects(text):
        first = words.split(maxsplit=1)[0] if words else ""
        if names or not first or not (first.casefold() in _INDEFINITE or (" " not in words and first.endswith("s"))):
            continue
        if len(own & content_words(sentence_of(text, at), _NOT_CONTENT)) >= least:
            return words
    for match in _UNNAMED_AFTER.finditer(text) if ("said" in text or "ccording" in text) else ():
        if len(own & content_words(sentence_of(text, match.start()), _NOT_CONTENT)) >= least:
            return " ".join(match.group().split()[1:] if not match.group().lower().startswith("according")
                            else match.group().split()[2:])
    for match in _UNNAMED_BEFORE.finditer(text) if not text.isascii() or " dijo" in text else ():
        if len(own & content_words(sentence_of(text, match.start()), _NOT_CONTENT)) >= least:
            return match["who"].strip()
    return ""


# Spanish and German, which reporting_subjects does not read: "Un dirigente sindical dijo", "Ein Sprecher sagte"
_UNNAMED_BEFORE = patterns.compile(
    r"(?<!\w)(?P<who>(?:Un|Una|Unos|Unas|Varios|Varias|Ein|Eine|Einer|Mehrere)\s+(?:[^\W\d_][\w-]*\s+){0,3}?)"
    r"(?:dijo|dijeron|afirmó|afirmaron|declaró|declararon|aseguró|aseguraron|sagte|sagten|erklärte|erklärten"
    r"|sagt|sagen|erklärt)(?!\w)")


def _body_swapped(text: str, passages: list[Cited], offset: int, parties: tuple, language: str) -> list[Finding]:
    """Return unnamed_speaker_swapped's finding of a sentence naming "the NOUN" as its speaker."""
    lowered = text.lower()
    dutch = language.split("-")[0] == "nl" and any(body in lowered for body in _DUTCH_BODIES)
    if ("the " not in lowered or not _may_name_a_body(text, lowered)) and not dutch:
        return []  # most sentences name no body: found by substrings (2 µs) without the pattern or the passages
    spoken = markers_blanked(text)
    quoted = None  # found once, not at each body a long sentence names (800 of them: 1.9 s of CPU)
    for match in (_DUTCH_SPEAKER if dutch else _COMMON_SPEAKER).finditer(spoken):
        noun = match["noun"] or (match["after"] if not dutch else None) or match["according"]
        if noun not in (_DUTCH_BODIES if dutch else _BODIES) or (dutch and _a_partys_word(noun, parties)):
            continue
        if quoted is None:
            quoted = quoted_parts(spoken)
        if inside(quoted, match.start()) or _used(noun, passages):
            continue
        if noun in _REPORTING_BODIES and _in_the_reports_own_voice(spoken, passages):
            continue  # "..., according to the agency" of a news agency's report saying it itself (factcheck_187)
        given = next((words for passage in passages if (words := _first_speaker(_restated(text, passage, parties),
                                                                                 parties))
                      and not _speaks_for_its_author(passage, parties)), "")
        if noun in _SPOKEN_FOR_BY_OFFICE and _OFFICE_HOLDER.search(given):
            continue  # "the government said" of "the Minister of Labour said": a minister speaks for it (newuser_78)
        if noun in _SPOKEN_FOR_BY_JUDGE and _A_JUDGE.search(given):
            continue  # "the court said" of "Judge Castell said": a judge speaks for her court (factcheck_114)
        if _partys_own_voice(match, noun, given, parties):
            continue  # "the regional government said" of "Brandt said", Brandt an alias of that party (newuser_92)
        if given and not _names_anyone_of(given, spoken):
            article = _dutch_article(match) if dutch else "the"
            return [Finding(offset + match.start(), f"this sentence gives the words to '{article} {noun}', but its "
                                                    f"cited passages give them to {shown(given)}: {clipped(text)}",
                            "name the speaker the source names, or cite the passage that gives the words to this one")]
    return []


# A body whose report may be the source itself: "according to the agency" of a news agency's report restates the report
# in its own voice, where the passage's sentence it restates gives the words to no one ("A final ruling is not expected
# before early 2027.", its paragraph's first speaker the panel: newuser_110)
_REPORTING_BODIES = frozenset({"agency"})
_OWN_VOICE_SHARED = 3  # content words a sentence shares with the passage sentence it restates


def _in_the_reports_own_voice(text: str, passages: list[Cited]) -> bool:
    """Say whether, in every cited passage, the sentence text restates most (_OWN_VOICE_SHARED content words or more)
    names no speaker: no reporting word's subject, no "according to" (the report's own words)."""
    own = content_words(text, _NOT_CONTENT | _NOT_A_BODYS_WORD | _REPORTING_BODIES)
    for passage in passages:
        sentences = [sentence.text for sentence in split_sentences(passage.text, passage.language)]
        shared = [len(own & content_words(sentence, _NOT_CONTENT)) for sentence in sentences]
        if not shared or max(shared) < _OWN_VOICE_SHARED:
            return False
        best = sentences[shared.index(max(shared))]
        if shared.count(max(shared)) > 1 or reporting_subjects(best) or _ACCORDING_TO.search(best):
            return False
    return bool(passages)


_ACCORDING_TO = patterns.compile(r"(?<!\w)according\s+to(?!\w)", re.IGNORECASE)


def _partys_own_voice(match: re.Match, noun: str, given: str, parties: tuple) -> bool:
    """Say whether the body a sentence names ("the regional government") is named by a party's words and the passage's
    speaker ("Brandt") by that party's alone: the editor gave the party its minister's name as an alias, so her words
    are its own. A court's or a regulator's noun speaks for no side (_OUTSIDE_BODIES), but for the one party the
    editor named by that noun itself ("the regulator", an alias of the Information Standards Office, said of "The
    Information Standards Office (ISO) said": newuser_130)."""
    if not given:
        return False
    if noun in _OUTSIDE_BODIES:
        speaking = [words for _, words in parties if _names_any(words, given)]
        return len(speaking) == 1 and noun in speaking[0]
    ends = [match.end(name) for name, found in match.groupdict().items() if found]  # Dutch has no "after"
    told = match.string[match.start():max(ends)]
    named = [word for word in told.casefold().split() if len(word) >= 4 and word not in _NOT_A_BODYS_WORD]
    speaking = {party for party, words in parties if _names_any(words, given)}
    return len(speaking) == 1 and any(word in words for party, words in parties if party in speaking for word in named)


_NOT_A_BODYS_WORD = frozenset({"according", *_VERBS.split("|")})


# Bodies that speak for no party of their own, arbiters and watchers: a party's ministry, army or board may be told
# as the party ("Northland said" of "the ministry said", its context naming whose), and so may a party by its kind
# ("Corvane says" of "the company said": test_factcheck_44); a commission or a court may not.
_OUTSIDE_BODIES = frozenset({"commission", "court", "tribunal", "regulator", "observers", "mission", "ombudsman",
                             "inspectorate"})
_SHARED = 2  # content words the sentence's speaker and the body's clause must share: "received", "complaint"


def _party_given_a_bodys_words(text: str, passages: list[Cited], offset: int, parties: tuple) -> list[Finding]:
    """Return a finding when text gives a party ("Northland said") or a person ("Reyes said") the words a passage gives
    to a body that is none of the briefing's parties ("The commission said it had received no complaint"), where no
    cited passage (nor the source's sentence holding it) names that speaker: one speaker's words given to another
    (factcheck_111, factcheck_114)."""
    spoken = markers_blanked(text)
    # a party by its naming words; a person by their name ("Reyes said" of "The commission said": factcheck_114)
    speaking = [(words, naming) for _, words, names in speakers_in(spoken, parties)
                for naming in ([dict(parties)[party] for party in parties_of(names, parties)] or [names])]
    if not speaking:
        return []
    for words, naming in speaking:
        if not naming or any(_names_any(naming, passage.text) or _names_any(naming, passage.holding)
                             for passage in passages):
            continue  # the speaker is in the passage: speakers.py and speaker_turns.py read whose words they are
        own = content_words(spoken, _NOT_CONTENT | {word.casefold() for word in words.split()} | naming)
        for passage in passages:
            body = _outside_body(passage.text, own, parties)
            if body:
                return [Finding(offset, f"this sentence gives the words to {words}, but its cited passages give them "
                                        f"to {body}, which is none of the briefing's parties: {clipped(text)}",
                                "name the speaker the source names, or cite a passage that gives the words to this "
                                "party")]
    return []


def _outside_body(text: str, own: frozenset[str], parties: tuple) -> str:
    """Return the speaker ("the commission") to whom a passage gives words sharing _SHARED content words with `own`,
    named by a body's noun of _OUTSIDE_BODIES and by no party's word; or ""."""
    spoken = text if "the " in text.lower() else ""
    for match in _COMMON_SPEAKER.finditer(spoken):
        noun = match["noun"] or match["after"] or match["according"]
        if noun not in _OUTSIDE_BODIES or any(_names_any(words, match.group()) for _, words in parties):
            continue
        if len(own & content_words(sentence_of(text, match.start()), _NOT_CONTENT | {noun})) >= _SHARED:
            named = match.group().split()[:-1] if match["noun"] else match.group().split()[-2:]
            return " ".join(["the", *named[1:]])  # told mid-sentence: "the electoral commission"
    return ""


def _dutch_article(match: re.Match) -> str:
    """Return the article ("de", "het") before the body's noun _DUTCH_SPEAKER found."""
    before = match.string[match.start():match.start("noun" if match["noun"] else "according")].split()
    return next(word.lower() for word in reversed(before) if word.lower() in ("de", "het"))


def _a_partys_word(noun: str, parties: tuple) -> bool:
    """Say whether a body's noun is one of a party's own words ("de gemeente" of Gemeente Hoorndijk)."""
    return any(noun in words for _, words in parties)


def _names_any(words: frozenset[str], text: str) -> bool:
    """Say whether text names any of `words` (a party's naming words) as a whole word, in any case."""
    folded = text.casefold()
    return any(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", folded) for word in words if word in folded)


# Not what the speakers say: the reporting words and pronouns around it
_NOT_CONTENT = frozenset({"said", "says", "told", "stated", "announced", "declared", "claimed", "claims", "reported",
                          "added", "insisted", "warned", "that", "they", "their", "them", "this", "with", "would",
                          "will", "have", "been", "were", "from", "also"})


def _may_name_a_body(text: str, lowered: str) -> bool:
    """Say whether text may name one of _BODIES as _COMMON_SPEAKER reads it (a whole lowercase word): ASCII text by
    its words, found once for every check, at one lookup; any other by a scan of its lowercase copy."""
    words = ascii_words(text)
    return not words.isdisjoint(_BODIES) if words is not None else _ANY_BODY.search(lowered) is not None


@functools.lru_cache(maxsize=1 << 12)  # a passage is read by every sentence citing it
def _restated(text: str, passage: Cited, parties: tuple) -> str:
    """Return the sentences of a passage that text restates, back to the one naming their speaker (held_speakers.py):
    "The union has told the Authority ..." is of the union's sentence, not of Corran's before it (factcheck_195)."""
    skipped = frozenset().union(*(words for _, words in parties))
    return held_passage(text, passage, skipped, lambda said: bool(speakers_in(said, parties))).text


def _first_speaker(text: str, parties: tuple) -> str:
    """Return the words naming the first speaker a passage gives words to by name, or else by an office ("the labour
    minister said", as "the Minister of Labour said" names one), or ""."""
    return next((words for _, words, _ in said_by(text, parties)), "") or next(
        (words for _, words, _ in reporting_subjects(text) if words and _OFFICE_HOLDER.search(words)), "")


# A government's, a ministry's or a cabinet's words may be told by its minister or spokesman, and the other way round
_SPOKEN_FOR_BY_OFFICE = frozenset({"government", "ministry", "cabinet", "administration", "department", "presidency"})
# A court's or a tribunal's words may be told by its judge, named with the title ("Judge Castell", "Justice Okoro"),
# as speakers.py reads "the judge said" of her; another body's ("the regulator said") may not
_SPOKEN_FOR_BY_JUDGE = frozenset({"court", "tribunal"})
_A_JUDGE = patterns.compile(r"(?<!\w)(?:Judge|Justice|Magistrate)\s+[A-Z]|(?<=[a-z])\s+(?:J|LJ|CJ)(?!\w)")
_OFFICE_HOLDER = patterns.compile(r"(?<!\w)(?:minister|secretary|premier|chancellor|president|spokes(?:man|woman|person))"
                                  r"(?!\w)", re.IGNORECASE)


def _speaks_for_its_author(passage: Cited, parties: tuple) -> bool:
    """Say whether a passage of a party's own statement (`statement_of`: a press release) gives its words to one of
    the party's own, whom the sentence around its reporting word names as such ("said Dr Anna Reyes, Chief Executive
    Officer of Brennick Therapeutics"): the release speaks for its author through them, and "the company says" states
    them. An outside expert it quotes ("said Professor Jane Doe of Kellport University") speaks for no one but
    themself."""
    if not passage.statement_of:
        return False
    author = naming_words(passage.statement_of)
    at = next(at for at, _, _ in said_by(passage.text, parties))
    around = unquoted(sentence_around(passage.text, at, at + 1))
    return any(name in author for name in naming_words(around))


_NAME = patterns.compile(r"(?<!\w)[^\W\d_a-z][^\W\d_]{2,}")


def _names_anyone_of(speaker: str, text: str) -> bool:
    """Say whether text names the passage's speaker itself ("Pike", "Norland"): "The court said Pike had given
    evidence" tells that the body reports the speaker's words, as the court's ruling does."""
    return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text)
               for name in _NAME.findall(speaker) if name not in ("The", "Mr", "Mrs", "Ms", "Dr"))


def _used(noun: str, passages: list[Cited]) -> bool:
    """Say whether a passage, or the source's sentence holding it, uses the noun (or its plural or singular)."""
    stem = re.escape(noun[:-1] if noun.endswith("s") else noun)
    pattern = re.compile(rf"(?<!\w){stem}s?(?!\w)", re.IGNORECASE)
    return any(pattern.search(passage.text) or pattern.search(passage.holding) for passage in passages)
