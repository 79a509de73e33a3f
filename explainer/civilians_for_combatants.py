"""Combatants told as civilians: "the Taliban civilians Kabul acknowledged were killed" may not cite "Kabul have
acknowledged Taliban fighters killed, 11 wounded".

Who was hit, fighters or civilians, is what a casualty figure is read for, and the checks of figures read it only
beside a figure: a sentence without one built. A sentence naming civilians ("civilian", "civilians", outside
quotation marks) is refused where its cited passages name combatants (fighters, soldiers, troops, militants,
combatants, rebels, insurgents, guerrillas) and no one who may be a civilian (civilians, people, residents,
villagers, bystanders, worshippers, passengers, children, women, students, patients, inhabitants, non-combatants):
"Civilians were among the 31 killed" citing "31 people were killed" is not read here, nor civilians denied ("four
soldiers, not civilians"). English text is read.
"""

from __future__ import annotations

from . import patterns
from .attribution import Cited, Finding, clipped, in_english, quoted_parts
from .sentences import inside, markers_blanked

_CIVILIANS = patterns.compile(r"(?i)(?<![\w-])civilians?(?!\w)")
_COMBATANTS = patterns.compile(r"(?i)(?<![\w-])(?:fighters?|soldiers?|troops?|militants?|combatants?|rebels?"
                               r"|insurgents?|guerr?illas?)(?!\w)")
# "four soldiers, not civilians": civilians denied, which no passage need name
# "Neither side has given figures for civilian deaths": civilians told of in a negated clause, an absence told
_ABSENCE_BEFORE = patterns.compile(r"(?i)(?<![\w'’])(?:neither|nor|not|never|none)(?![\w'’])|n['’]t(?!\w)")
_DENIED_BEFORE = patterns.compile(r"(?i)(?<!\w)(?:not|no|nor|never|rather\s+than|instead\s+of)\s+(?:any\s+)?$")
_MAYBE_CIVILIANS = patterns.compile(r"(?i)(?<!\w)(?:civilian|people|person|resident|villager|bystander|worshipp?er"
                                    r"|passenger|child|women|woman|student|patient|inhabitant|non-?combatant|pupil)")


def combatants_told_as_civilians(text: str, passages: list[Cited], offset: int = 0, language: str = "") -> list[Finding]:
    """Return a finding when text names civilians where its cited passages name only combatants."""
    if not in_english(language) or "ivilian" not in text or not passages:
        return []
    spoken = markers_blanked(text)
    quoted = quoted_parts(spoken)
    named = next((match for match in _CIVILIANS.finditer(spoken) if not inside(quoted, match.start())
                  and not _DENIED_BEFORE.search(spoken, max(0, match.start() - 16), match.start())
                  and not _ABSENCE_BEFORE.search(spoken, 0, match.start())), None)
    if named is None or any(_MAYBE_CIVILIANS.search(passage.text) for passage in passages):
        return []
    combatants = next((found.group() for passage in passages for found in _COMBATANTS.finditer(passage.text)), None)
    if combatants is None:
        return []
    return [Finding(offset + named.start(), f"this sentence says '{named.group()}' where its cited passages name "
                                            f"'{combatants}' and no civilians: {clipped(text)}",
                    "say who was hit as the source does, or cite the words that name civilians")]
