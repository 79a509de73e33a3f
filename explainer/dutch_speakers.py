"""Speakers named the Dutch way: after "volgens" (according to), up to the verb Dutch puts right after them.

Dutch puts its verb second with no comma after the speaker ("Volgens de gemeente heeft Windkracht Noord nooit een
aanbod gedaan"), so the words read as the speaker ran on into the clause's subject: "de gemeente heeft Windkracht
Noord", and the honest claim by the gemeente was refused as given to Windkracht Noord, while "Volgens het bedrijf heeft
de gemeente ..." was read as given to both (tests/test_newuser_89.py). The speaker ends before the first finite verb
of the list below (the auxiliaries, modals and verbs a news report's clause opens on); a word after a preposition
("van zijn advocaat") is no verb. Read only after "volgens", a word no other language writes.

After a verb of saying that puts its speaker after it ('"...", zei wethouder Marieke Dijkstra na afloop van de
zitting'), the speaker is a title and a name, and ends with the name: the words after it tell when, not who ("Marieke
Dijkstra na afloop" was read as the speaker, tests/test_newuser_91.py). A name's particles ("Joost van der Meulen")
are kept where a capitalised word follows them.
"""

from __future__ import annotations

# Finite forms, present and past, of the verbs a clause after "volgens X" most often opens on.
_FINITE = frozenset("""
    heeft hebben had hadden is zijn was waren wordt worden werd werden zal zullen zou zouden kan kunnen kon konden
    moet moeten moest moesten wil willen wilde wilden wou mag mogen mocht mochten blijft blijven bleef bleven
    gaat gaan ging gingen staat staan stond stonden ligt liggen lag lagen komt komen kwam kwamen krijgt krijgen
    kreeg kregen bedraagt bedragen bedroeg bedroegen kost kosten kostte kostten doet doen deed deden maakt maken
    maakte maakten geeft geven gaf gaven neemt nemen nam namen houdt houden hield hielden loopt lopen liep liepen
    valt vallen viel vielen daalt dalen daalde daalden stijgt stijgen steeg stegen zit zitten zat zaten
    overtreedt overtrad voldoet voldeed wijst wees leidt leidde levert leverde verandert veranderde
    """.split())
_PREPOSITIONS = frozenset("van voor met bij door naar uit aan op in om over tot onder".split())


def before_dutch_verb(words: str) -> str:
    """Return the words after "volgens" up to the finite verb after the speaker they name: "de gemeente" of "de
    gemeente heeft Windkracht Noord"; the words whole where no verb of the list follows the first."""
    split = words.split()
    for at in range(1, len(split)):
        if split[at].casefold() in _FINITE and split[at - 1].casefold() not in _PREPOSITIONS:
            return " ".join(split[:at])
    return words


# Verbs of saying that put their speaker right after them in a Dutch sentence ("zei Dijkstra", "aldus de wethouder").
SAYING_BEFORE_SPEAKER = frozenset({"zei", "zeiden", "zegt", "zeggen", "aldus", "verklaarde", "verklaarden"})
_PARTICLES = frozenset({"van", "der", "den", "de", "ter", "ten", "het", "'t", "in", "op"})


def name_after_saying(words: str) -> str:
    """Return the words after a verb of saying to the end of the first name among them, past lowercase titles before
    it ("wethouder Marieke Dijkstra" of "wethouder Marieke Dijkstra na afloop van de zitting"; "directeur Joost van der
    Meulen"); the words whole where none is capitalised."""
    split = words.split()
    named = next((at for at, word in enumerate(split) if word[:1].isupper()), None)
    if named is None:
        return words
    end = named + 1
    while end < len(split):
        if split[end][:1].isupper():
            end += 1
            continue
        particles = end
        while particles < len(split) and split[particles] in _PARTICLES:
            particles += 1
        if particles == end or particles >= len(split) or not split[particles][:1].isupper():
            break
        end = particles + 1
    return " ".join(split[:end])
