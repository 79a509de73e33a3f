"""A party or a body speaking as one, as speaker_turns.py reads its words: "Ardania says ...", "the ministry said ...".

speaker_turns.py kept each speaker's words to it where a speaker was a person, by name or office: "Ardania says the
agreement guarantees at least 200 licences" citing "Veskland says it breaches the 2019 agreement, which it says
guarantees ... 'no fewer than 200 licences a year'. Ardania says the agreement sets no minimum number of licences"
built, a party's words given to the other, and so did "Dalsgaard said the boarding was an unlawful act" where "the
ministry" said it and the minister Dalsgaard other words. A speaker named by neither a person's name nor an office is
read here by the parties of the briefing it names ("Ardania", "Ardanian officials", "Veskland's ministry") and by a
body's noun ending it ("the ministry", "the coastguard"): two such speakers are two where both name parties and share
none, or both name bodies and share none; "Corvane" and "the company" may be one (tests/test_factcheck_102.py).
"Officials" alone names no one.
"""

from __future__ import annotations

from .speakers import named_by_its_noun, naming_words, parties_of

BODIES = frozenset({"commission", "ministry", "government", "army", "military", "police", "court", "committee",
                     "council", "agency", "office", "embassy", "party", "authority", "authorities", "regulator",
                     "board", "union", "coastguard", "association", "federation", "company", "department",
                     "administration", "cabinet", "presidency", "tribunal", "navy", "owners"})


def sides_speaking(subject: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> frozenset[str]:
    """Return who a speaker named by no person's name nor office is: the parties it names, its body's noun."""
    words = subject.casefold().replace("’", "'").split()
    body = words[-1].removesuffix("'s") if words else ""
    # by a name ("Ardania"), or by its common noun after "the" ("the alliance" of the Riverkeepers Alliance)
    names = naming_words(subject, parties) | named_by_its_noun(subject, parties) if parties else frozenset()
    spoken = frozenset(word.strip("'.,") for word in words)
    named = _most_fully_named(names, spoken, parties_of(names, parties), parties) if parties else frozenset()
    return frozenset(named) | (frozenset({f"the {body}"}) if body in BODIES else frozenset())


def _most_fully_named(names: frozenset[str], spoken: frozenset[str], named: frozenset[str],
                      parties: tuple[tuple[str, frozenset[str]], ...]) -> frozenset[str]:
    """Return the parties a speaker's naming words name, where one party's name holds another's ("Norland Rail" in
    "Norland Rail Workers' Union") the one they name in full: "the Norland Rail Workers' Union" is the union, and
    "Norland Rail" the operator (read as both, each speaker was the other, and either's words built as the other's).
    A speaker's lowercase word of the longer name ("Norland Rail workers") leaves it both (`spoken`: its words)."""
    if len(named) < 2:
        return named
    words_of = dict(parties)
    kept = set(named)
    for one in named:
        for other in named - {one}:
            mine, theirs = names & words_of[one], names & words_of[other]
            if theirs - words_of[one] and mine <= words_of[other]:
                kept.discard(one)  # a word of the longer name the shorter lacks: "Workers'", "Union"
            elif mine == theirs and _in_full(names, words_of[one]) and not _in_full(names, words_of[other]) and not (
                    spoken & {word.strip("'’") for word in words_of[other] - words_of[one]}):
                kept.discard(other)  # the shorter name, whole, and no word of the longer's own: "Norland Rail"
    return frozenset(kept) or named


def _in_full(names: frozenset[str], words: frozenset[str]) -> bool:
    """Say whether a speaker's naming words hold every lowercase word of four letters or more a party is named by
    (its initials of two capitals aside)."""
    return {word for word in words if len(word) >= 4 and word.islower()} <= names


def a_body(word: str) -> bool:
    """Say whether a folded word is a body's noun ("party" of "The Social Democratic Party"), no person's name."""
    return word in BODIES


def bodies_named(text: str) -> frozenset[str]:
    """Return the bodies' nouns a text names ("ministry" of "The ministry said"), looked for in its passages."""
    return frozenset(word for word in text.casefold().split() if word in BODIES)


def same_side(one: frozenset[str], other: frozenset[str]) -> bool:
    """Say whether two speakers read by sides_speaking may be one: neither's parties nor bodies differ from the
    other's ("Corvane" and "the company" may be one; "Veskland" and "Ardania", "the ministry" and "the coastguard" are
    two)."""
    if not one or not other:
        return False
    if one & other:
        return True
    bodies = [{key for key in keys if key.startswith("the ")} for keys in (one, other)]
    parties = [keys - body for keys, body in zip((one, other), bodies)]
    return not (all(parties) and not parties[0] & parties[1]) and not (all(bodies) and not bodies[0] & bodies[1])


def answered(verb: str, text: str) -> bool:
    """Say whether text tells a speaker's answer with the verb the passage answers with ("denied that ..." of "...,
    while the army denied it"): the words the speaker answers are then its own to deny; "admits" of "denies this" is
    given the accuser's words."""
    return bool(verb) and any(word.startswith(verb[:4]) for word in text.casefold().split())
