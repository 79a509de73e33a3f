"""A party's lowercase noun names it as a name does, the head of its phrase ("the agency", "the union said"), never as
a modifier of another noun ("the doping ban", "the union dues").

"The tribunal cut Ferrandi's ban from 4 years to 2" citing "The International Sports Tribunal ... reduced the doping
ban of Italian cyclist Matteo Ferrandi" was refused as naming Ferrandi where the passage named "doping": a word of
the Alpine Anti-Doping Agency's name, read as the agency after "the" (owners.named_in_lowercase). Here such a noun is
a modifier where the word after it is a lowercase word that can only be a noun's follower, not a verb's or a
phrase's end: no function word, no auxiliary, no verb by its ending ("-ed", "-s", "-ing") or by the irregular pasts
news uses, no adverb, and no further word of the same party's name ("the school board" is the board). A possessive
("the agency's ban") heads its phrase and names its party.
"""

from __future__ import annotations

from .sentences import folded_word

# Words that follow a head noun, never a modifier: function words, auxiliaries, and verbs with no regular ending
_AFTER_A_HEAD = frozenset("""
and or nor but of on in at by for from to with into onto over under across against about after before since until as
than that which who whom whose where when while if because though although so yet also then still now again
has have had is are was were be been being will would can could may might must shall should do does did
not never only just even already alone itself themselves first last once soon too instead here there today
said says told cut put set hit let cost won lost gave took made sought held kept left sent brought bought paid found
met ran saw came went began chose wrote rose fell fought led spent struck drove beat broke spoke stood became
""".split())


def modifies_a_noun(word: str, following: str, own: frozenset[str]) -> bool:
    """Say whether a party's lowercase noun `word` stands before `following` (the next word as written) as a
    modifier of another noun, not as the party's name; `own` are the words of the party it would name."""
    if word.endswith(("'s", "’s", "'", "’")) or not following.isalpha() or not following.islower():
        return False  # a possessive, or punctuation, a figure or a name after it: the phrase ends at it
    folded = folded_word(following)
    if folded in _AFTER_A_HEAD or folded in own:
        return False  # "the agency said", "the agency has", "the school board"
    return not folded.endswith(("ed", "s", "ing", "ly"))
