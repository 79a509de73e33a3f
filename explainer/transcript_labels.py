"""Speakers a transcript names by the label that opens each turn: "CLLR AMARA OKAFOR: Thank you, Chair."

A meeting's or an interview's transcript gives its words to no one with "said": each turn opens on a line of its
own with its speaker's name in capitals and a colon, perhaps after a timestamp ("[00:14:32]") and with a role in
brackets ("DR PETER VANCE (Medical Director, Westbridge Health Trust):"). Unread, "Dr Peter Vance said the hospital
has about 240 beds" built citing Cllr Okafor's turn (tests/test_newuser_39.py).
"""

from __future__ import annotations

import re

from . import patterns

# A label: at a line's start (a timestamp before it aside), one to six words in capitals of two letters or more
# (French, Spanish and German ones too, "MODÉRATRICE :", "NÚÑEZ:", which named no one: tests/test_newuser_96.py; not
# "Q:" or "A:", which name no one), an optional role in brackets, then a colon. A capitalised heading ends in no
# colon, and a sentence's "NOTE: ..." is one word that names no speaker (naming_words leaves such words out).
_NAME = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]*){0,5}"
# A hearing's "Q (MS ADEYEMI):" and "A (MR LINDQVIST):" name their speaker in the brackets (tests/test_newuser_98.py)
_LABEL = patterns.compile(
    r"^[ \t]*(?:\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*)?"
    rf"(?:[QA][ \t]*\((?P<asker>{_NAME})\)|(?P<name>{_NAME})"
    r"(?:[ \t]*\((?P<role>[^()\n]{1,80})\))?)[ \t]*:(?=[ \t]|$)",
    re.MULTILINE)
# A turn labelled "Q:" or "A:" alone: the questioner or the witness its last named "Q (...):" or "A (...):" names
_PLAIN_TURN = patterns.compile(r"[ \t]*(?P<side>[QA])[ \t]*:")

# The roles a transcript labels the turns of whoever runs it by, not a name ("MODERATOR:", "INTERVIEWER:", "HOST:")
ROLES = ("moderator|moderators|host|co-host|interviewer|presenter|anchor|questioner|narrator"
          "|modérateur|modératrice|animateur|animatrice|présentateur|présentatrice|intervieweur|intervieweuse"
          "|moderador|moderadora|presentador|presentadora|entrevistador|entrevistadora"
          "|moderatorin|interviewerin|gastgeber|gastgeberin|moderatoren")
_ROLE_LABEL = patterns.compile(rf"(?<!\w)(?:{ROLES}|chair|chairman|chairwoman|chairperson|président|presidente"
                               r"|vorsitzende|vorsitzender)(?!\w)", re.IGNORECASE)


def names_a_role(label: str) -> bool:
    """Say whether a turn's label names a role ("MODERATOR:", "LENA FISCHER (Moderator):", "CHAIR:") rather than
    a speaker by name alone: such a turn may be any role's."""
    return _ROLE_LABEL.search(label) is not None


def labelled_speakers(text: str) -> list[tuple[int, str]]:
    """Return each turn's label in text: where it stands, and its speaker's words written as names are ("CLLR AMARA
    OKAFOR" as "Cllr Amara Okafor", a role kept: "Dr Peter Vance (Medical Director, Westbridge Health Trust)")."""
    if ":" not in text:
        return []  # most passages hold no colon: read without the pattern
    return [(label.start("asker"), _as_names(label["asker"])) if label["asker"] else
            (label.start("name"), f"{_as_names(label['name'])} ({label['role']})" if label["role"]
             else _as_names(label["name"])) for label in _LABEL.finditer(text)]


def turn_going_on(source: str, start: int) -> str:
    """Return the named label ("Q (MR PRYCE):") a plain "Q:" or "A:" turn holding source[start] goes on from, the last
    of its side before it; or "". A hearing names each questioner once, at their first question."""
    opening = source.rfind("\n", 0, start) + 1
    plain = _PLAIN_TURN.match(source, opening)
    if plain is None:
        return ""
    named = source.rfind(f"\n{plain['side']} (", 0, opening)
    if named < 0:
        return ""
    label = _LABEL.match(source, named + 1)
    return label.group().strip() if label and label["asker"] else ""


def speaker_of_turn(paragraph: str, passage: str) -> list[str]:
    """Return the label of the turn holding `passage` in its source's paragraph (the last before it, as written:
    "CLLR AMARA OKAFOR:"), or none: a passage quoting a turn's words without its label is still that speaker's."""
    at = paragraph.find(passage) if passage and ":" in paragraph else -1
    if at < 0:
        return []
    before = [label for label in _LABEL.finditer(paragraph, 0, at)]
    return [before[-1].group().strip()] if before else []


def _as_names(capitals: str) -> str:
    """Return a label's words as a name is written ("AMARA O'NEILL" as "Amara O'Neill"): the speaker checks read
    capitals alone as an acronym of five letters or fewer, and "OKAFOR" as no name at all."""
    return " ".join(re.sub(r"[A-ZÀ-ÖØ-Þ]+", lambda part: part.group().capitalize(), word)
                    for word in capitals.split())


# A name a turn addresses, opening a sentence that speaks to "you" ("Mr Okonjo, you have promised 8,000 new homes",
# "Mayor Harper, can you confirm ...?"), or closing one after a comma ("..., don't you, Ruth?"): whom the turn speaks
# to, never its speaker. Read as a speaker's name, "Okonjo said he has promised 8,000 new homes" built citing the
# moderator's turn (tests/test_newuser_98.py).
_ADDRESSED = patterns.compile(
    r"(?:^|(?<=[.?!:]\s)|(?<=[.?!:]\s\s))(?P<opening>(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*[ \t]+){0,3}[A-ZÀ-ÖØ-Þ][\w'’-]*),"
    r"(?=[^.?!\n]*(?<!\w)(?:you|your|vous|usted|ustedes|Sie|Ihnen|Ihr)(?!\w))"
    r"|(?<=\w),[ \t]+(?P<closing>(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*[ \t]+){0,2}[A-ZÀ-ÖØ-Þ][\w'’-]*)(?=[ \t]*[.?!])")


def without_addressees(text: str) -> str:
    """Return a turn's words with the names it addresses left out ("Mr Okonjo, you have promised ..." as ", you have
    promised ..."): an addressee is spoken to, and says none of the turn's words."""
    if "," not in text:
        return text
    return _ADDRESSED.sub(lambda named: "" if named["opening"] else ",", text)

