"""Both sides kept as both: a sentence may not name one party where the passages it cites say "both sides".

"Qatar called on Afghanistan to show restraint" citing "Qatar called on both sides to show restraint" (or "urged the
two countries to", "blamed both parties for") makes a mediator, or any neutral body, take a side the source says it
did not. Read where the party stands as the object, after a word of its own ("called on", "urged", "blamed"), and
the passage's "both sides" ("the two sides", "both countries", "all sides", "each side", ...) stands between the same
two words; the sentences share two more words of four letters or more. A sentence naming two parties, or saying
"both" or "each" itself, builds; so does a party as a subject ("Pakistan claimed victory" citing "both sides claimed
victory" is true of it). English text is read; words in quotation marks are not.

The other way round, "Both sides agreed to talks" citing "Northland agreed to talks; Southland has not responded"
makes both do what the source gives one party alone. Read where "both sides" (as above) is the subject and its verb
("agreed", past "have" or "also") stands in a passage's clause naming one party before it and no other, nor "both"
("Northland and Southland agreed", "Northland agreed on Monday and Southland on Tuesday": two parties build); the
clauses share one more word of four letters or more. A party is named by its name or by a noun of its own after "the"
("The committee said it was ready to resume talks; the ministry did not respond" gives "Both sides said they were
ready" to the committee alone: tests/test_factcheck_132.py). A side saying something else is no sayer of the
sentence's words: "Northland and Southland both said the talks had failed" (or "Both sides said ...") citing "Northland
says the talks failed" and "Southland says the talks were paused" is refused, as the other side's clause ends on a word
of its own ("paused") and lacks the sentence's last ("failed"); "said" and "says" are one verb
(tests/test_factcheck_146.py).
"""

from __future__ import annotations

import re

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .clauses import content_words
from .owners import is_named, named_by_two_capitals, named_in_lowercase
from .sentences import folded_word, inside, markers_blanked
from .speakers import reports
from .wordset import may_hold

_BOTH = patterns.compile(r"(?<!\w)(?:both\s+(?:the\s+)?|the\s+two\s+|all\s+|each\s+)(?:sides?|countries|country"
                         r"|parties|party|governments|neighbou?rs|camps|nations|rivals|leaders|armies|delegations"
                         r"|companies|firms|teams|unions|candidates)(?!\w)", re.IGNORECASE)
# What every match of _BOTH ends with: looked up in a passage's words before the pattern searches it.
_BOTH_SIDES = frozenset({"side", "sides", "countries", "country", "parties", "party", "governments", "neighbours",
                         "neighbors", "camps", "nations", "rivals", "leaders", "armies", "delegations", "companies",
                         "firms", "teams", "unions", "candidates"})
_OWN_BOTH = patterns.compile(r"(?<!\w)(?:both|each|two|all\s+sides)(?!\w)", re.IGNORECASE)
_WORD = patterns.compile(r"[\w'’-]+")
_SKIPPED = frozenset({"the", "a", "an"})
_NOT_CONTENT = frozenset({"that", "this", "with", "have", "been", "from", "they", "them", "their", "there", "were",
                          "said", "says", "also", "into", "both", "sides", "side", "countries", "parties"})
_RESTATES = 2
_NONE: frozenset[str] = frozenset()


def one_side_for_both(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                      parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding when text names one party as the object where a passage restating it says both sides."""
    if len(parties) < 2 or not in_english(language) or not any(
            may_hold(p.text, _BOTH_SIDES) and _BOTH.search(p.text) for p in passages):
        return []
    spoken = markers_blanked(text)
    if _OWN_BOTH.search(spoken):
        return []
    words = [(match.start(), match.group()) for match in _WORD.finditer(spoken)]
    # a party named by its common noun after "the" too: "at the request of the union" (owners.named_in_lowercase)
    named = [_party_of(word, parties) or (named_in_lowercase(words[index - 1][1], word, parties) if index else _NONE)
             for index, (_, word) in enumerate(words)]
    named = [_named_alone(named, index, parties) for index in range(len(named))]
    if len(set().union(*named)) != 1:
        return []  # no party, or two of them
    quoted = quoted_parts(spoken)
    own = content_words(spoken, _NOT_CONTENT)
    for index, party in enumerate(named):
        if not party or index == 0 or inside(quoted, words[index][0]):
            continue
        before = _before(words, index)
        last = index  # the name's last word: "of Kestrel Mining, ..." reads what follows "Mining"
        while last + 1 < len(named) and named[last + 1] == party:
            last += 1
        after = _next_word(spoken, words[last][0] + len(words[last][1]))
        if not before or not before[0].islower() or before.casefold() == "by":
            continue  # a subject ("Pakistan claimed"), or after a name: not read; nor a passive's doer ("welcomed by
            # Norland" of "welcomed by both governments" is true of it; by_doers.py reads "by Norland alone")
        for passage in passages:
            for both in _BOTH.finditer(passage.text):
                if _around(passage.text, both) == (before.casefold(), after) and len(
                        own & content_words(passage.text, _NOT_CONTENT)) >= _RESTATES:
                    return [Finding(offset, f"this sentence names {words[index][1]} alone where its cited passages "
                                            f"say '{' '.join(both.group().split())}' ('{_clause(passage.text, both)}'): "
                                            f"{clipped(text)}",
                                    "name both sides, as the source does, or cite a passage that names this one")]
    return []


def both_for_one_side(text: str, passages: list[Cited], offset: int = 0, language: str = "",
                      parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding when text says both sides, or two parties by name, did what a passage restating it gives one
    party alone doing."""
    if len(parties) < 2 or not in_english(language):
        return []
    return ((may_hold(text, _BOTH_SIDES) and _both_sides_for_one(text, passages, offset, parties))
            or (" and " in text and _named_for_one(text, passages, offset, parties)) or [])


def _both_sides_for_one(text: str, passages: list[Cited], offset: int,
                        parties: tuple[tuple[str, frozenset[str]], ...]) -> list[Finding]:
    """Return both_for_one_side's finding for a sentence whose subject is "both sides" ("the two countries")."""
    spoken = markers_blanked(text)
    both = _BOTH.search(spoken)
    if both is None or inside(quoted_parts(spoken), both.start()) or not _SUBJECT_BEFORE.search(spoken[:both.start()]):
        return []  # no "both sides", or not as the subject: "Qatar urged both sides" is one_side_for_both's
    verb = _verb_after(spoken, both.end())
    if not verb:
        return []
    own = content_words(spoken, _NOT_CONTENT) - {verb}
    last = _last_word(spoken[both.end():], verb, parties)
    doers: set[str] = set()
    alone = None
    for passage in passages:
        for clause, named in _doers(passage.text, verb, parties):
            if named is None:
                return []  # "both sides agreed", "the two countries have agreed"
            # a side saying something else is no doer of this: "Northland says the talks failed, and Southland says
            # they were paused" gave "Both sides say the talks failed" both (factcheck_135); "and Southland agreed on
            # Tuesday" says only when
            if _says_else(clause, verb, own, parties, last):
                continue
            doers |= named
            if len(named) == 1 and own & content_words(clause, _NOT_CONTENT):
                alone = alone or clause
    if alone is None or len(doers) != 1:
        return []
    return [Finding(offset, f"this sentence says '{' '.join(both.group().split())}' {verb} where its cited passages "
                            f"say it of one side alone ('{alone}'): {clipped(text)}",
                    "name the side that did it, as the source does, or cite a passage that gives it of both")]


_WHEN = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
                   "later", "earlier", "week", "month", "year", "too", "also", "well", "again", "then", "since"})


def _says_else(clause: str, verb: str, own: frozenset[str], parties: tuple[tuple[str, frozenset[str]], ...],
               last: str = "") -> bool:
    """Say whether a clause gives its party words of its own beside the verb, none of them the sentence's, or ends on
    a word of its own where the sentence ends on one the clause lacks ("the talks were paused" of "the talks
    failed": the same subject, another predicate, factcheck_146)."""
    rest = frozenset(word for word in content_words(clause, _NOT_CONTENT | _WHEN)
                     if not word.startswith(verb[:4]) and not _party_of(word.capitalize(), parties))
    if not rest:
        return False
    ending = _last_word(clause, verb, parties)
    return not rest & own or bool(last and ending and ending not in own and last not in rest)


def _last_word(text: str, verb: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> str:
    """Return text's last word of four letters or more that is neither the verb, a party nor a time word, folded."""
    words = [folded_word(word) for word in _WORD.findall(text)]
    return next((word for word in reversed(words) if len(word) >= 4 and word not in _NOT_CONTENT | _WHEN
                 and not word.startswith(verb[:4]) and not _party_of(word.capitalize(), parties)), "")


def _named_for_one(text: str, passages: list[Cited], offset: int,
                   parties: tuple[tuple[str, frozenset[str]], ...]) -> list[Finding]:
    """Return both_for_one_side's finding for a sentence opening on parties named together ("Northland and
    Southland both claim the island"), where passages give the verb to some of them alone and never name another:
    a party added to a deed. A passage naming the other anywhere ("..., as does Southland") builds."""
    spoken = markers_blanked(text)
    subject, end = _named_subject(spoken, parties)
    if len(subject) < 2:
        return []
    verb = _verb_after(spoken, end)
    if not verb:
        return []
    own = frozenset(word for word in content_words(spoken, _NOT_CONTENT) - {verb}
                    if not any(is_named(word, naming) for _, naming in parties))  # the names are no shared word
    if reports(verb):  # a speaker added ("X and Y both said") is speakers.py's to name, once; one saying else, here
        return _said_by_one(spoken, subject, verb, own, _last_word(spoken[end:], verb, parties), passages, offset,
                            parties)
    doers: set[str] = set()
    alone = None
    for passage in passages:
        for clause, named in _doers(passage.text, verb, parties):
            if named is None:
                return []  # "both Northland and Southland claim"
            doers |= named
            if len(named) == 1 and own & content_words(clause, _NOT_CONTENT):
                alone = alone or clause
    if not doers:
        return _owner_made_doer(spoken, subject, verb, own, passages, offset, parties)
    if alone is None or not doers < frozenset(subject):
        return []
    anywhere = frozenset().union(*(_party_of(word, parties) for passage in passages
                                   for word in _WORD.findall(passage.text)))
    added = [shown for party, shown in subject.items() if party not in anywhere]
    if not added:
        return []
    return [Finding(offset, f"this sentence says {' and '.join(subject.values())} {verb} where its cited passages "
                            f"say it of {' and '.join(subject[party] for party in sorted(doers))} alone "
                            f"('{alone}') and never name {added[0]}: {clipped(text)}",
                    "name only the side the source names, or cite a passage that gives it to the other too")]


def _said_by_one(text: str, subject: dict[str, str], verb: str, own: frozenset[str], last: str,
                 passages: list[Cited], offset: int, parties: tuple[tuple[str, frozenset[str]], ...]) -> list[Finding]:
    """Return a finding for parties named together as saying what passages give one of them saying, and the other
    saying something else: "Northland and Southland both said the talks had failed" citing "Northland says the talks
    failed" and "Southland says the talks were paused" (factcheck_146)."""
    said: set[str] = set()
    other: dict[str, str] = {}
    for passage in passages:
        for clause, named in _doers(passage.text, verb, parties):
            if named is None:
                return []  # "both said", "the two sides say"
            if _says_else(clause, verb, own, parties, last):
                other.update({party: clause for party in sorted(named) if party not in other})
            elif own & content_words(clause, _NOT_CONTENT):
                said |= named
    elsewhere = [party for party in subject if party not in said and party in other]
    if not said or not elsewhere:
        return []
    return [Finding(offset, f"this sentence says {' and '.join(subject.values())} {verb} it where its cited passages "
                            f"say it of {' and '.join(subject[party] for party in sorted(said) if party in subject)} "
                            f"alone, {subject[elsewhere[0]]} saying something else ('{other[elsewhere[0]]}'): "
                            f"{clipped(text)}",
                    "give each side its own words, as the source does")]


def _owner_made_doer(text: str, subject: dict[str, str], verb: str, own: frozenset[str], passages: list[Cited],
                     offset: int, parties: tuple[tuple[str, frozenset[str]], ...]) -> list[Finding]:
    """Return a finding for parties named together doing what no passage gives anyone (`verb`), one of whom every
    passage names only as the owner of a thing the sentence names: "Northland and the UN agreed on a plan" citing
    "Northland rejected the UN's plan" makes the plan's author a party to a deed it is the object of."""
    for party, shown in subject.items():
        owned = [(passage, match) for passage in passages for match in _OWNED.finditer(passage.text)
                 if party in _party_of(match["owner"], parties) and folded_word(match["thing"]) in own]
        if owned and not any(_names_as_doer(passage.text, party, parties) for passage in passages):
            passage, match = owned[0]
            return [Finding(offset, f"this sentence says {' and '.join(subject.values())} {verb} where its cited "
                                    f"passages name {shown} only as the owner of the {match['thing']} "
                                    f"('{_sentence_of(passage.text, match.start())}'): {clipped(text)}",
                            "give each party the part the source gives it, or cite a passage that says this")]
    return []


# A party named as the owner of a thing: "the UN's plan", "Southland's proposal".
_OWNED = patterns.compile(r"(?P<owner>[A-Z][\w.-]*)['’]s?\s+(?:[a-z]+\s+)?(?P<thing>[a-z]{4,})(?!\w)")


def _names_as_doer(text: str, party: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> bool:
    """Say whether text names a party other than as an owner: a word of it with no possessive after it."""
    return any(party in _party_of(word, parties) and not re.search(r"['’]s?$", word) for word in _WORD.findall(text))


def _sentence_of(text: str, at: int) -> str:
    """Return the words of text's sentence holding `at`, its spacing flattened."""
    start = max(text.rfind(stop, 0, at) for stop in ".;!?") + 1
    ends = [end for end in (text.find(stop, at) for stop in ".;!?") if end >= 0]
    return " ".join(text[start:min(ends, default=len(text))].split())


def _named_subject(text: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> tuple[dict[str, str], int]:
    """Return the parties text opens on, named together ("Northland and Southland", "The US and the EU"), each with
    its name as written, and where the names end; none where a word names two parties or the opening is another."""
    subject: dict[str, str] = {}
    end = 0
    for match in _WORD.finditer(text):
        if any(stop in text[end:match.start()] for stop in ".;!?:"):
            break
        party = _party_of(match.group(), parties)
        if len(party) > 1:
            return {}, 0
        if party:
            (one,) = party
            subject[one] = f"{subject[one]} {match.group()}" if one in subject and text[end:match.start()].isspace() \
                else subject.get(one, match.group())
            end = match.end()
        elif match.group().casefold() not in ("the", "and"):
            break
    return subject, end


_SUBJECT_BEFORE = patterns.compile(r"(?:^|[,;:\u2013\u2014]|(?<!\w)(?:and|but|while))\W*$", re.IGNORECASE)
_BETWEEN = frozenset({"have", "has", "had", "also", "now", "since", "then", "later", "finally", "jointly", "both",
                      "each", "all", "eventually", "initially", "publicly", "formally", "swiftly", "quickly"})
_SAY_FORMS = frozenset({"says", "said", "saying"})
_BREAKS = patterns.compile(r"[.;,!?:]|(?<!\w)(?:but|while|whereas)(?!\w)", re.IGNORECASE)


def _verb_after(text: str, at: int) -> str:
    """Return the verb after "both sides", folded, past "have", "also" and the like; "" where none is read."""
    for match in _WORD.finditer(text, at):
        word = folded_word(match.group())
        if any(stop in text[at:match.start()] for stop in ".;,!?:"):
            return ""  # "Both sides, after weeks of talks, agreed": not read
        if word not in _BETWEEN:
            return word if len(word) >= 4 or word == "say" else ""  # "Both sides say ...": factcheck_135
    return ""


def _doers(text: str, verb: str, parties: tuple[tuple[str, frozenset[str]], ...]):
    """Yield each clause of a passage holding `verb` (or a form of it: "agree", "agrees"), with the parties named
    before it in that clause, or None where the clause says "both" or "the two sides" there."""
    stem = verb[:5]
    saying = verb == "say" or verb in _SAY_FORMS  # "said" of "says": one verb (factcheck_146)
    for match in _WORD.finditer(text):
        word = folded_word(match.group())
        if word != verb and not (len(stem) == 5 and word.startswith(stem)) and not (
                saying and word in _SAY_FORMS | {"say"}):
            continue
        start = max((found.end() for found in _BREAKS.finditer(text, 0, match.start())), default=0)
        before = text[start:match.start()]
        if _BOTH.search(before) or _OWN_BOTH.search(before):
            yield before, None
            continue
        named = _named_in(before, parties)
        if named:
            end = _BREAKS.search(text, match.end())
            yield " ".join(text[start:end.start() if end else len(text)].split()), named


def _named_in(words: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> frozenset[str]:
    """Return the parties a run of words names: by a capitalised word, or a common noun of one alone after "the" ("The
    committee said it was ready ...; the ministry did not respond" names the committee, as "Northland said" names
    Northland: owners.named_in_lowercase)."""
    found = [word.group() for word in _WORD.finditer(words)]
    return frozenset().union(*(_party_of(word, parties) or (named_in_lowercase(found[index - 1], word, parties)
                                                            if index else _NONE)
                               for index, word in enumerate(found)))


def _party_of(word: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> frozenset[str]:
    """Return the parties a capitalised word names, or none."""
    if not word[:1].isupper():
        return frozenset()
    capitals = named_by_two_capitals(word, parties)  # "The US", as its name writes it
    if capitals is not None:
        return capitals
    folded = re.sub(r"['’]s?$", "", folded_word(word))
    return frozenset(party for party, naming in parties if len(folded) >= 4 and is_named(folded, naming))


def _named_alone(named: list[frozenset[str]], index: int,
                 parties: tuple[tuple[str, frozenset[str]], ...]) -> frozenset[str]:
    """Return the parties a word names, narrowed to one where it names several and the words beside it name none of
    them: the one of the fewest name words. "The panel ordered Estmark to" names the Government of Estmark, not the
    Estmark Fishermen's Association, whose other words ("Fishermen's Association") are not there."""
    here = named[index]
    beside = named[index - 1:index] + named[index + 1:index + 2]
    if len(here) < 2 or any(here & other for other in beside):
        return here
    sizes = {party: sum(1 for word in naming if len(word) >= 5) for party, naming in parties if party in here}
    fewest = [party for party, size in sizes.items() if size == min(sizes.values())]
    return frozenset(fewest) if len(fewest) == 1 else here


def _before(words: list[tuple[int, str]], index: int) -> str:
    """Return the word before a party's name, past "the", as written ("" at the start)."""
    index -= 1
    while index >= 0 and words[index][1].casefold() in _SKIPPED:
        index -= 1
    return words[index][1] if index >= 0 else ""


def _around(text: str, both: re.Match) -> tuple[str, str]:
    """Return the words right before and right after "both sides" in a passage, folded."""
    before = [word for word in _WORD.findall(text[:both.start()]) if word.casefold() not in _SKIPPED]
    return (before[-1].casefold() if before else "", _next_word(text, both.end()))


def _next_word(text: str, at: int) -> str:
    """Return the word after `at`, folded; "" where a clause ends first ("at the request of both sides. Ms Ferrante":
    the sentence's next word is no word after "both sides")."""
    after = _WORD.search(text, at)
    if after is None or any(stop in text[at:after.start()] for stop in ".;,!?:"):
        return ""
    return folded_word(after.group())


def _clause(text: str, both: re.Match) -> str:
    """Return the passage's words around "both sides", to its punctuation either side."""
    start = max(text.rfind(stop, 0, both.start()) for stop in ".;,!?") + 1
    ends = [end for end in (text.find(stop, both.end()) for stop in ".;,!?") if end >= 0]
    return " ".join(text[start:min(ends, default=len(text))].split())
