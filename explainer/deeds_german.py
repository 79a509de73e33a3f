"""The deeds opposite_deeds.py reads in German: an offer accepted and one turned down, a figure confirmed and one
disputed, a vote for and one against ("Die Stadt nahm das Angebot an" may not cite "Die Stadt lehnte das Angebot ab").

German splits many of these verbs, the prefix standing at the clause's end ("lehnte das Angebot am 25. Februar ab"),
so a finite verb is read with the prefix that ends its clause, and a vote by "für" or "gegen" after "stimmte"; unread,
"Die Stadt nahm das Angebot am 25. Februar an", "Die RSV bestätigt diese Zahl" (of "bestreitet") and "Der Stadtrat
stimmte mit 31 zu 24 Stimmen gegen den Ausstieg" (of "für") built. A clause holding "nicht", "nie" or "kein" tells no
deed of its verb's side. German puts its subject after the verb as often as before it ("Am 25. Februar lehnte die
Stadt ..."), so a clause's words are compared whole, not as subject and object.
"""

from __future__ import annotations

import re

from . import patterns

_SIDES = {
    "assent": "akzeptiert akzeptierte akzeptierten akzeptieren billigt billigte billigten gebilligt genehmigt "
              "genehmigte genehmigten angenommen annahm annahmen zugestimmt zustimmte zustimmten",
    "refusal": "abgelehnt ablehnte ablehnten verwirft verwarf verwarfen verworfen zurückgewiesen zurückwies "
               "zurückwiesen",
    "admission": "bestätigt bestätigte bestätigten eingeräumt einräumte einräumten",
    "denial": "bestreitet bestreiten bestritt bestritten dementiert dementierte dementierten",
}
SIDE_OF = {form: side for side, forms in _SIDES.items() for form in forms.split()}
# A finite verb whose prefix ends its clause, by its side: "lehnte ... ab", "nahm ... an", "räumte ... ein"
_SPLIT = (("lehnt lehnte lehnten lehnen", "ab", "refusal"), ("weist wies wiesen weisen", "zurück", "refusal"),
          ("nimmt nahm nahmen nehmen", "an", "assent"), ("stimmt stimmte stimmten stimmen", "zu", "assent"),
          ("räumt räumte räumten räumen", "ein", "admission"))
_GAP = r"(?:[^\W\d_]+|\d+\.?)"  # a word between, a day's "25." too: eight at most
_CLAUSE_END_AHEAD = r"(?=\s*(?:[,.;:!?)\"“”„]|$)|\s+(?:und|aber|oder|doch|sondern)(?!\w))"
SPLIT = tuple((patterns.compile(rf"(?<![\w-])(?P<form>{'|'.join(verbs.split())})\s+(?:{_GAP}\s+){{0,8}}?{prefix}"
                                rf"{_CLAUSE_END_AHEAD}", re.IGNORECASE), side) for verbs, prefix, side in _SPLIT)
# A vote, its side by the word after it: "stimmte mit 31 zu 24 Stimmen für den Ausstieg", "stimmten dagegen"
# (lowercase: "Stimmen" is the votes counted, "mit 31 zu 24 Stimmen für", no verb)
VOTE = patterns.compile(rf"(?<![\w-])(?P<form>stimmt|stimmte|stimmten|stimmen)\s+(?:{_GAP}\s+){{0,8}}?"
                        r"(?P<way>für|dafür|gegen|dagegen)(?!\w)")
VOTE_SIDE = {"für": "support", "dafür": "support", "gegen": "opposition", "dagegen": "opposition"}
WORDS = frozenset(SIDE_OF) | frozenset(word for verbs, _, _ in _SPLIT for word in verbs.split()) | {
    "stimmt", "stimmte", "stimmten", "stimmen"}  # what a sentence must hold to be read (wordset.may_hold)
FORM = patterns.compile(rf"(?<![\w-])(?P<form>{'|'.join(patterns.longest_first(SIDE_OF))})(?![\w-])", re.IGNORECASE)
NEGATION = patterns.compile(r"(?<!\w)(?:nicht|nie|niemals|kein|keine|keinen|keinem|keiner|weder)(?!\w)",
                            re.IGNORECASE)
# (a day's stop, "am 3. März", ends no clause)
CLAUSE_START = patterns.compile(r"[;:!?()\"“”„—–]|(?<!\d)\.|,|(?<!\w)(?:und|aber|doch|sondern|dass|weil|während"
                                r"|nachdem|obwohl|wenn|als)(?!\w)", re.IGNORECASE)
CLAUSE_END = CLAUSE_START
NOT_CONTENT = frozenset(
    "der die das den dem des ein eine einen einem einer eines und oder aber mit von vom zum zur für auf aus bei nach "
    "seit über unter sich sie ihr ihre ihren ihrem ihn ihm hat haben hatte hatten wurde wurden wird werden ist sind "
    "war waren auch noch schon bereits diese dieser dieses diesen am im an ab zu ein zurück".split()) | WORDS


def deeds(text: str) -> list[tuple[str, str, int, int]]:
    """Return each deed a German sentence tells: its side, its words as written, where they start and end."""
    found = [(SIDE_OF[match["form"].lower()], match["form"], match.start(), match.end())
             for match in FORM.finditer(text)]
    found += [(side, match.group(), match.start(), match.end()) for pattern, side in SPLIT
              for match in pattern.finditer(text)]
    found += [(VOTE_SIDE[match["way"].lower()], match.group(), match.start(), match.end())
              for match in VOTE.finditer(text)]
    return found
