"""Where and to whom a party spoke, told apart from what it said: "Petrin told reporters in Lovran." gives no words of
Petrin's, so "Speaking to reporters in Lovran." restates none (newuser_88).

A verb of saying is followed by its setting before its words: the listener a verb of telling takes ("told reporters",
"told the commission"), and phrases of place, time or occasion ("in Lovran", "on Tuesday", "at a news conference", "in
a statement", "à la presse", "vor Journalisten", "a los periodistas"). Only a setting that ends its clause says
nothing; one before the words ("that", a comma) leaves them read as before: "told reporters the flow fell", "said at
least 40 died" and "told reporters in Lovran that Kesh broke the treaty" keep every word after the verb as the
speaker's.
"""

from __future__ import annotations

from . import patterns

# Verbs of telling, whose object is the listener, not the words: "told reporters", "telling the commission".
_TELL = r"(?:told|tells|tell|telling)"
_SAY = (r"(?:said|says|say|saying|stated|states|declared|declares|announced|announces|added|adds|spoke|speaks|speaking"
        r"|a\s+(?:dit|déclaré|affirmé|indiqué)|sagte|sagten|erklärte|erklärten|dijo|dijeron|declaró|afirmó)")
_ARTICLE = r"(?:the|a|an|its|his|her|their|state|local|foreign|la|le|les|l['’]|der|die|den|dem|los|las|el)\s+"
# A listener or an occasion: a capitalised name ("Reuters", "Lovran", "Tuesday") or an article and a few lowercase words
# ("a news conference", "the commission"), or a bare noun of listeners ("reporters", "Journalisten", "periodistas").
_LISTENERS = (r"(?:reporters|journalists|parliament|lawmakers|legislators|deputies|senators|MPs|television|radio"
              r"|journalistes|députés|Journalisten|Reportern|periodistas|diputados)")
_WORD = r"(?!(?:that|que|dass)\b)[^\W\d_][\w'’-]*"  # a word of the setting, never the "that" its words start with
_OBJECT = (rf"(?:(?:{_ARTICLE})?(?:[A-Z][\w'’-]*\s+){{0,2}}[A-Z][\w'’-]*"
           rf"|{_ARTICLE}(?:{_WORD}\s+){{0,2}}{_WORD}|{_LISTENERS})")
_PREPOSITION = (r"(?:to|in|at|on|before|during|after|outside|inside|near|from|à|aux?|en|dans|devant|lors\s+d['’]une?|vor|gegenüber|im|am"
                r"|bei|auf|ante|durante|al|a(?=\s+(?:los|las|la)\s))")
_SETTING = patterns.compile(
    rf"(?:{_TELL}\s+{_OBJECT}|{_SAY})(?:\s+{_PREPOSITION}\s+{_OBJECT}){{0,3}}(?=\s*(?:that\b|que\b|dass\b|[,.;:!?]|$))")


def says_nothing(text: str, at: int, end: int) -> bool:
    """Say whether a verb of saying at `at` is followed, to `end` (its clause's), by its setting alone (listener, place,
    time, occasion): "told reporters in Lovran." gives no words; "told reporters in Lovran that ..." does, and its
    words are read as before, setting and all."""
    setting = _SETTING.match(text, at)
    return bool(setting) and not text[setting.end():end].strip(_AFTER_SETTING)


_AFTER_SETTING = " \t\n.,;:!?\"”»’')"
