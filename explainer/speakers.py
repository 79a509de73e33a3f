"""Whose words: a sentence naming who said something, or a claim's claimant, must name whom its passage gives them.

"Taliban spokesman Zabihullah Mujahid said Pakistan had declared an 'all-out war'" citing "Pakistan's Defense
Minister Khawaja Asif ... declared an 'all-out war'" keeps every word and quotation, and gives them to the other
side. A speaker is the subject of a reporting word ("X said", "X has claimed", "X declared"; French "X a déclaré"),
named after it where it follows a comma or quotation mark ('"...," said X'; "« ... », a déclaré X"), or the words
after "according to" ("selon"), and is named by its capitalised words that are no title ("Minister", "Spokesman"),
weekday or function word: "Taliban spokesman Zabihullah Mujahid" by Taliban, Zabihullah and Mujahid; else by a
lowercase adjective of a party's people ("selon les autorités afghanes", "según las autoridades paquistaníes":
owners.named_by_demonym). A speaker a sentence
names stands in its passages when a speaker of a passage shares one of those words (in any form that starts with
it, or, of five letters or more, that it starts with: "Pakistani" for "Pakistan"), or the two name the same party
of the briefing (a word of its name, short name or id, as explainer/owners.py reads them, but one opening the name
of another body: "Carrow" of "the Carrow Bay Chamber of Commerce" names no Carrow Bay Transit Authority); or when
the passage names it anywhere and gives no words to a speaker of another party. Where no cited passage names a speaker so
(only "officials said", "it says"), nothing is read: which unnamed voice spoke is not guessed. Where the sentence names
one speaker and quotes words (two or more) in the speaker's clause (no colon or semicolon between) that some of its
cited passages hold and others not, only those holding them are read for their speaker: the quotation is theirs
(tests/test_factcheck_107.py). A speaker written in capitals is named by the capitalised words a passage writes in a
row whose initials they are ("the IMF" by "the International Monetary Fund": initials.py, tests/test_factcheck_159.py).
"""

from __future__ import annotations

import functools
import re

from . import (definite_speakers, dutch_speakers, german_titles, object_participles, participle_speakers, patterns,
               paraphrase_in_holding, turkish_names, turkish_speakers, unconfirmed_clauses, unsaid_relatives,
               vietnamese_speakers)
from .attribution import Cited, Finding, locale_word_pattern, may_hold_locale_word, quoted_parts
from .both_sides_speakers import one_of_both_sides
from .clause_pronoun_speakers import pronoun_alone
from .clauses import WINDOW
from .continued_quotes import with_quote_opening
from .held_speakers import held_passage, with_antecedent
from .relative_speakers import with_relative_speakers
from .company_noun_speakers import with_company_named
from .party_noun_speakers import with_party_noun_named
from .pronoun_subjects import with_pronoun_named
from .initials import named_by_initials
from .inflection import names_no_one
from .ministry_briefs import office_start, without_briefs
from .department_briefs import without_department_briefs
from .numbers import COUNT_IN_WORDS, all_locale_words, read_by_language
from .owners import is_named, named_by_demonym, named_in_lowercase
from .sentences import MARKER, folded_word, inside, split_sentences
from .speaker_wording import AFTER_A_NAME
from .standards import standards_blanked
from .quoted_documents import names_quoted_document, quoted_document
from .transcript_labels import labelled_speakers, names_a_role, speaker_of_turn, without_addressees
from .titles_of_parties import led_party_swapped, titled_party_swapped
from .same_givers import party_names
from .verb_givers import claims_figure, figures_of, names_by_verb

# A participle right after an amount says what the amount is, and no one speaks: "the $340 million stated on March 3",
# "the $1.2 billion claimed", "the 12% alleged" are no speakers' words.
_NO_AMOUNT = r"(?<!\d\s)(?<!\d)(?<!%\s)(?<!million\s)(?<!billion\s)(?<!trillion\s)"


def _unless_after_an_amount(word: str) -> str:
    """Return the pattern of a reporting word not right after an amount. The word is looked for before the six
    look-behinds: tried first at every word a search passes over, they cost it 40% of its time."""
    return rf"(?={word}){_NO_AMOUNT}{word}"


# Measures announced are enacted, no one's word: "Calvania announces duties on Doravian steel" (not "announced that")
_MEASURES = (r"\s+(?:new\s+|additional\s+|further\s+)?(?:duties|tariffs|sanctions|countermeasures|quotas|levies|taxes"
             r"|curbs|controls|bans?|a\s+ban|an?\s+embargo|embargoes)(?!\w)")


# Replies in kind are deeds, no one's word: "Arvena responded with a 40% tariff on Dunmorean wine", "countered
# with sanctions" (not "replied with a statement": tests/test_newuser143.py)
_IN_KIND = (r"(?!\s+with\s+(?:[^\s.;,:\"“”]+\s+){0,5}?(?:tariffs?|duties|duty|sanctions|countermeasures|quotas?"
            r"|levies|levy|tax|taxes|curbs?|bans?|embargo(?:es)?|lawsuits?|airstrikes?|strikes|lockouts?)(?!\w))")


# Reporting words after their subject ("the ministry said"), English; and where the subject follows ("according to").
# A patent's numbered claims ("infringes claims 1 and 4") are no one's saying.
_REPORTING = patterns.compile(
    rf"(?<!\w)(?:said|says|say|told|tells|{_unless_after_an_amount('stated')}|{_unless_after_an_amount('claimed')}"
    # not a lawsuit's claims, things ("rejected most of the claims brought against it", "claims for damages")
    r"|(?=claims)(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bof\s)claims(?!\s+(?:\d|for\s|against\s|brought\s))"
    rf"|{_unless_after_an_amount('announced')}(?!{_MEASURES})|announces(?!{_MEASURES})"
    rf"|{_unless_after_an_amount('declared')}|declares|denies"
    # a passive's subject is what was refused, no speaker: "Halvorsen's motion ... was denied by the court"
    r"|(?=denied)(?<!\bis\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bbeing\s)denied"
    # not a hospital's "admitted 1,940 patients", nor a table's row "Patients admitted     1,940"
    r"|acknowledged|acknowledges|(?:admitted|admits)(?!\s+\d)|insisted|insists|added|warned|warns"
    # a passive's subject is the accused, no speaker: "Afghanistan is accused by Islamabad of sheltering"
    r"|(?=accused)(?<!\bis\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbeing\s)accused|accuses"
    rf"|{_unless_after_an_amount('alleged')}|alleges|{_unless_after_an_amount('confirmed')}|confirms|saying"
    rf"|replied{_IN_KIND}|replies{_IN_KIND}|responded{_IN_KIND}|responds{_IN_KIND}|retorted|countered{_IN_KIND}"
    r"|wrote|writes|tweeted"
    r"|conceded|concedes"
    # a figure given as someone's count: "The trust puts the figure lower, at 'fewer than 900'", "police put the crowd
    # at 8,000"; not "put the plan to a vote" nor "put pressure on"
    r"|(?:puts|put)(?=\s+(?:the|its|their|this|that|his|her)\s+(?:[a-z-]+\s+){0,2}?(?:figure|number|toll|total|count"
    r"|crowd|turnout|estimate|tally|loss|losses|cost|costs|bill|damage)(?:\s+[a-z-]+){0,3},?\s+at\s)"
    # a party's stance given as its word: "The Council's position is that the roof ... falls to the Club"
    r"|(?<=['’]s\s)(?:position|view|case|contention)\s+(?:is|was)(?=\s+that(?!\w))"
    # a party's word another reports: "could not confirm the parents' group's claim that 600 families" (newuser_72)
    r"|(?<=['’]s\s)(?:claim|assertion|allegation)(?=\s+that(?!\w))"
    # a figure given as someone's reckoning: "the chamber estimated that", "the union estimates", "aid groups estimate
    # that"; not an adjective or a noun ("an estimated 40,000", "the union's estimates", "an estimate of"), a passive
    # ("was estimated at"), nor "estimated by"
    r"|(?=estimat)(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!['’]s\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bis\s)(?<!\bwas\s)"
    r"(?<!\bare\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bbeing\s)(?<!,\s)"
    r"(?:estimated|estimates|estimate(?=\s+that(?!\w)))(?!\s+by(?!\w))"
    # a name given as someone's word: "Kabul called the strikes a violation", "described the offer as too low"; not a
    # thing's name ("a group called", "so-called", ", called X"), a passive, nor "called for", "called off"
    r"|(?=called|calls|described|describes|branded|brands|dubbed)(?<![-,]\s)(?<!-)(?<!\bis\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bwere\s)"
    r"(?<!\bbeen\s)(?<!\bbe\s)(?<!\bbeing\s)(?<!\bgroup\s)(?<!\bparty\s)(?<!\bcompany\s)(?<!\bfirm\s)"
    # "had calls from drivers": the noun, after a verb of having or getting (not "had called", a verb)
    r"(?:called|(?<!\bhad\s)(?<!\bhave\s)(?<!\bhas\s)(?<!\bgot\s)(?<!\breceived\s)(?<!\bmade\s)calls"
    r"|described|describes|branded|brands|dubbed)(?!\s+(?:for|on|off|up|in|out|back|upon|by|as|it\s+quits)(?!\w))"
    # a promise given in the promiser's quoted words: 'vowed to "crush" the militants'
    r"|(?:vowed|vows|pledged|pledges|promised|promises)(?=\s+to\s[^.;\"“”]{0,40}[\"“])"
    # "Reuters reported that", ", Reuters reported."; a passive's subject reports nothing ("were reported")
    r"|(?=reported)(?<!\bis\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bbeing\s)"
    r"reported(?=\s+that(?!\w)|\s*[.;]|\s*$)"
    # "Okafor noted", "explained Okafor"; not an adjective after an article or a possessive ("a noted economist",
    # "Okafor's noted rival"), nor a passive's "explained by", "noted for", "noted as"
    r"|(?=noted|explain)(?<!['’]s\s)(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?:noted|explained|explains)"
    r"(?!\s+(?:by|for|as)(?!\w))"
    r"|posted(?=\s+(?:online|on\s+(?:social\s+media|X|Twitter|Facebook|Telegram|Instagram)|an?\s+(?:video|message"
    r"|statement)))"
    # a court's words for evidence, argument and findings: "Mr Pike gave evidence that", "the judge found that"
    r"|testified|testifies|argued|argues|contended|contends|(?:gave|gives|given)\s+evidence"
    r"|(?:found|finds|concluded|concludes|submitted|submits)(?=\s+that(?!\w))"
    # a cause put down by its giver: "the mayor's office blamed the shortfall on grant cuts", "attributed it to"; not
    # a passive ("was blamed on"), nor a blame laid on a party ("Northland blamed Southland", "blamed X for")
    r"|(?=blame|attribut)(?<!\bis\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bbeing\s)"
    r"(?<!,\s)(?:(?:blamed|blames)(?=\s+(?:[^\s.;]+\s+){1,8}?on\s)"
    r"|(?:attributed|attributes)(?=\s+(?:[^\s.;]+\s+){1,8}?to\s)))(?!\w)")
# French, a built-in language: "Jean Dupont a déclaré", "« ... », a déclaré Jean Dupont", "a-t-il déclaré"; and "a
# qualifié de « ... »", "a confirmé que", "dénonce", "parle de" (unread, « prise d'otage » given to the other party
# built).
_REPORTING_FR = (
    r"(?<!\w)(?:(?:a|ont|avait|avaient)(?:-t-(?:il|elle|ils|elles))?\s+(?:déclaré|affirmé|dit|ajouté|annoncé"
    r"|assuré|indiqué|estimé|souligné|averti|démenti|reconnu|précisé|confirmé|expliqué|répondu|dénoncé|qualifié"
    r"|rappelé|évoqué|prévenu|insisté|martelé|regretté|parlé(?=\s+d)|invoqué|plaidé|allégué|fait\s+valoir"
    r"|mis\s+en\s+avant)|déclare|déclarent|affirme|affirment|assure"
    r"|assurent|ajoute|indique|souligne|prévient|insiste|martèle|regrette|rappelle|rappellent"
    r"|estime|précise|confirme|explique|répond|dénonce|qualifie|qualifient|évoque|évoquent|parlen?t?(?=\s+d)"
    # the plural of each ("Les syndicats estiment que ...": unread, the agency's words given to them built), and a
    # side's argument ("L'ARS invoque un manque de pédiatres", "fait valoir", "met en avant"; newuser_84)
    r"|ajoutent|indiquent|soulignent|préviennent|insistent|martèlent|regrettent|estiment|précisent|confirment"
    r"|expliquent|répondent|dénoncent|invoquen?t?|plaiden?t?|allèguen?t?|(?:fai[st]|font)\s+valoir"
    r"|(?:met|mettent)\s+en\s+avant)(?!\w)"
    # "« ... », a lancé sa porte-parole": a quotation's speaker; "La région a lancé le projet" is no one's word
    r"|(?<=[,»]\s)(?:a|ont)(?:-t-(?:il|elle|ils|elles))?\s+lancé(?!\w)")
# Every reporting word above starts a word with one of these letters: looked for first, the search passes over the
# other words at once rather than trying each word of the list at each (33 µs a sentence, now 15).
_REPORTING_FIRST = "abcdefgimnopqrstvwé"
_REPORTING_ANY = patterns.compile(  # one pass over the text, not two
    rf"\b(?=[{_REPORTING_FIRST}])(?:{_REPORTING.pattern}|{_REPORTING_FR})")
# Reporting words a speaker does not follow: the words after them name whom they are told to or of ("told Reuters",
# "accused Kabul", "denied Pakistan's claim"), or what is said (", saying Pakistan had").
_NOT_INVERTED = frozenset({"told", "tells", "saying", "accused", "accuses", "denied", "denies", "say", "called", "calls",
                           "described", "describes", "blamed", "blames", "attributed", "attributes", "puts", "put",
                           "branded", "brands", "dubbed"})
# The words a speaker named after its verb starts with, where not a capitalised name: an article or possessive.
_SPEAKER_OPENERS = frozenset({"the", "a", "an", "le", "la", "les", "un", "une", "son", "sa", "leur", "its", "their"})
_ACCORDING = patterns.compile(r"(?<!\w)(?:according\s+to|selon|d['’]après)\s+", re.IGNORECASE)
# A locale's reporting word after "as" names whom a comparison sets aside, not who says the sentence: "8,4 milioni,
# non 1.250.000 euro come sostiene la Regione" is the concessionaire's word (read as the Region's, the honest
# "Secondo Autovie Tirrene, ... 8,4 milioni" was refused and "Secondo la Regione" built).
_AS_SAYS = patterns.compile(r"(?<!\w)(?:come|como|comme)\s*$", re.IGNORECASE)
# German words of report whose speaker follows them, never the clause's subject before: "Jede fünfte Lehrkraft arbeitet
# laut GEW in Teilzeit" gives the words to the union, not to "Jede fünfte Lehrkraft" (tests/test_newuser_66.py); "laut
# eigenen Angaben" is the subject's own word. Spanish "según" too, as French "selon" (_ACCORDING): "Cifras de cada
# parte según la Agencia ..." is the agency's word, not "Cifras de cada parte"'s (tests/test_newuser_80.py).
# Dutch "volgens" too, mid-sentence: "Ruim 40 leden hebben volgens de vereniging ..." is the association's word
# (tests/test_newuser_89.py); "volgens eigen opgave" the subject's own.
_SPEAKER_AFTER = patterns.compile(r"(?:laut|nach\s+Angaben|según|volgens)(?!\s+eigen(?:en)?\s)", re.IGNORECASE)
# What every match of _ACCORDING holds, lowercased: three substrings looked for in one lowered copy of the text rule
# out most texts far sooner than the pattern does (no letter of them has a look-alike re folds: ſ, K, ı are not here).
_ACCORDING_HOLDS = ("cord", "elon", "apr")
# Where a speaker's words start, reading back from its reporting word: punctuation, or a word that starts a clause;
# not a figure's own comma or stop ("3,4 mil famílias", "1,200 families"), which opened an aside that made the words
# before "segundo" a speaker.
_SUBJECT_START = patterns.compile(
    # nor a Swahili title's stop before a name: "Kwa mujibu wa Bi. Wanjiru", "Bw. Kiprono alisema" (test_newuser_54)
    r"(?<!\d),|,(?!\d)|(?<!\bBw)(?<!\bBi)(?<!\bDkt)(?<!\bMhe)(?:(?<!\d)\.|\.(?!\d))|[;:!?()\[\]\"“”«»„]|\s[-–—]\s"
    # Dutch: "Cijfers zoals het verslag ze noemt" names no "Cijfers" (tests/test_newuser_91.py)
    r"|(?<!\w)(?:and|but|that|which|who|whom|while|when|after|before|as|with|if|que|dass|dat|zoals|omdat|nadat|waarna"
    r"|terwijl|hoewel)(?!\w)",
    re.IGNORECASE)
_NAME = patterns.compile(r"(?<![\w'’])[^\W\d_][\w'’-]+")  # its first letter a capital: see _written_as_name
# Capitalised words that name nobody: titles and ranks, bodies, weekdays and months, words that open a sentence.
# Titles, ranks and bodies: words around a speaker's name that name no one themselves.
TITLE_WORDS = frozenset("""
minister ministry defense defence information foreign interior finance prime president vice deputy chief general
spokesman spokeswoman spokesperson spokespeople speaker official officials authorities authority government army military
police commander secretary senator governor mayor ambassador envoy chairman chair director head leader leaders
analyst analysts expert experts source sources report reports statement
""".split())
_NOT_A_NAME = TITLE_WORDS | frozenset("""
a an the this that these those it its his her their our we they he she i in on at by for from of to as and but or
now then also meanwhile however overnight later earlier today yesterday by since after before when while
many some several most both each either neither all
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december mr mrs ms dr sir dame lord lady justice judge counsel captain professor
cllr councillor councilor councilman councilwoman alderman
el la los las lo un una del al en con por para sin su sus le les der die das ein eine und
premier ministre président présidente porte-parole ministère armée gouvernement selon du des de une
elle elles ils nous vous ella ellos ellas sie wir ihr
ela ele elas eles
""".split())
_CONTENT_WORD = patterns.compile(r"[^\W\d_]{4,}")
_NAME_PREFIX = patterns.compile(r"(?:Mc|Mac|O['’])(?=\w)")
_MOST_WORDS = 8  # a speaker's name and title, at most: "Pakistan's Information Minister Attaullah Tarar"


@read_by_language  # a locale's `according_to` words name speakers too
@functools.lru_cache(maxsize=1 << 14)  # a passage is read by every sentence citing it
def speakers_in(text: str, parties: tuple[tuple[str, frozenset[str]], ...] = ()
                ) -> tuple[tuple[int, str, frozenset[str]], ...]:
    """Return the speakers text names by name (where, as written, naming words), outside quotation marks; a
    noun after an article names one only where it is a word of one of `parties` (see naming_words)."""
    quoted = quoted_parts(text)
    found, apposed = [], {}
    # a participle after a comma speaks for its main clause's subject (_participles_subject), not for the words just
    # before it: "Norvania raised its tariff on Kestrian steel ..., saying that" gave the words to "Kestrian steel"
    # too, and so backed "Kestria said" (newuser_101)
    participles = {at for at, _ in participle_speakers.main_clauses(text)}
    for verb in _REPORTING_ANY.finditer(text):
        if inside(quoted, verb.start()) or _gives_no_words(text, verb):
            continue
        subjects = [] if verb.start() in participles else _subjects_before(text, verb.start())
        found.extend((verb.start(), words) for words in subjects if words)
        if not any(subjects):
            after = _speaker_after(text, verb)
            apposed[verb.start(), after] = _apposed_party(text, verb.end(), after, parties)
            found.extend((verb.start(), words) for words in [after, *_joined_after(text, verb.end())] if after)
    lowered = text.lower()
    for according in _ACCORDING.finditer(text) if any(piece in lowered for piece in _ACCORDING_HOLDS) else ():
        found.extend((according.start(), words) for words in [_words_after(text, according.end()),
                                                               *_joined_after(text, according.end())])
    found.extend(_per_party(text, parties))  # Italian "Per la Regione, ..."
    found.extend(_participles_subject(text, parties))  # "The union is demanding 9%, arguing that ..."
    found.extend(labelled_speakers(text))  # a transcript's "CLLR AMARA OKAFOR: ..."
    for listed in (locale_word_pattern("according_to").finditer(text)  # "según X", "X afirmó", "dijo X"
                   if may_hold_locale_word(text, "according_to") else ()):
        if not inside(quoted, listed.start()) and turkish_speakers.is_verb_last(listed.group()):
            end = turkish_speakers.speaker_end(text, listed.start())
            subject = _subject_before(text, end)  # "Kaya, ... söyledi": the subject set off by a comma
            found.append((listed.start(), subject if naming_words(subject, parties)
                          else _subject_before(text, turkish_speakers.comma_before(text, end))))
        elif not inside(quoted, listed.start()) and not _AS_SAYS.search(text, max(0, listed.start() - 64), listed.start()):
            subject = _subject_before(text, listed.start())  # "La Regione sostiene che ...": what follows is said
            if _SPEAKER_AFTER.fullmatch(listed.group()) and _SPEAKER_AFTER.match(text, listed.start()):
                subject = ""  # "... arbeitet laut GEW": the speaker after it
            # Swedish "Enligt förbundet ...", "Förbundet uppger ...": a party's word in its definite form
            definite = "" if subject.strip() else definite_speakers.definite_party(text, listed.end(), parties)
            after = (_article_of(listed.group()) + definite if definite  # "κατά το υπουργείο": its article kept
                     else f"{subject} {_article_of(listed.group())}"
                          f"{_named_after(text, listed.end(), parties, listed.group())}")
            found.append((listed.start(), subject if naming_words(subject, parties)
                          or definite_speakers.named_definite(subject, parties) else after))
    read = tuple((at, " ".join(words.split()), names | naming_words(apposed.get((at, words), ""), parties))
                 for at, words in sorted(found)
                 if (names := naming_words(words, parties) or named_by_demonym(words, parties)
                     or named_by_its_noun(words, parties) or definite_speakers.named_definite(words, parties)))
    # Vietnamese names a party by a run of short lowercase syllables: "Theo công ty", "Ủy ban nhân dân tỉnh cho biết"
    return vietnamese_speakers.with_runs(text, read, parties) if vietnamese_speakers.read(text) else read


# Spanish, built in and capitalising names alone, names a party by its noun after these: "según el sindicato", "la
# consejería afirmó" (read as no one, "Según el Gobierno" citing "Según el sindicato" built: tests/test_newuser_65.py).
# Not a locale's `articles`, after which a capitalised word is read as a noun, no name ("El ministro Julián Ferreyra").
_SPANISH_ARTICLES = frozenset({"el", "la", "los", "las", "del", "al"})
_SPANISH_ARTICLE = patterns.compile(r"(?<!\w)(?:[Ee]l|[Ll]os|[Ll]as|[Dd]el|[Aa]l)\s")  # "la" is French's too


def named_by_its_noun(words: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> frozenset[str]:
    """Return the naming word of a party a speaker's words name by its common noun ("the union said": see
    owners.named_in_lowercase; "secondo la concessionaria" after an article a locale lists), or none."""
    own = _articles()
    if ("the " not in words and "The " not in words and not own and not _FRENCH_ARTICLE.search(words)
            and not _SPANISH_ARTICLE.search(words)):
        return frozenset()  # most speakers' words hold no "the": found without splitting them
    articles = own | _SPANISH_ARTICLES
    split = [piece for word in words.split() for piece in _unelided(word)]
    return frozenset(folded_word(word) for before, word in zip(split, split[1:])
                     if named_in_lowercase(before, word, parties, articles | _FRENCH_ARTICLES))


# French names a party by its common noun after an article, as English after "the": "selon la région", "le syndicat a
# affirmé", "d'après l'agence" (tests/test_newuser_63.py); French's locale lists no `articles`, as it capitalises no noun
_FRENCH_ARTICLES = frozenset({"la", "le", "les", "l'", "l’"})
_FRENCH_ARTICLE = patterns.compile(r"(?<!\w)(?:[Ll][ae]s?\s|[Ll]['’])")


def _unelided(word: str) -> tuple[str, ...]:
    """Return a word with an elided French article split off it: "l'agence" as "l'", "agence"."""
    return (word[:2], word[2:]) if word[:2].casefold() in ("l'", "l’") and len(word) > 2 else (word,)


@read_by_language  # naming_words reads a locale's articles
@functools.lru_cache(maxsize=256)  # a sentence is asked once for each of its quotations (inner_quotes.py)
def reporting_subjects(text: str) -> tuple[tuple[int, str, frozenset[str]], ...]:
    """Return each reporting word of text, quoted or not, with the words before it that name its subject, and their
    naming words: whom words after it are given to (explainer/inner_quotes.py)."""
    return tuple((verb.start(), words, naming_words(words)) for verb in _REPORTING_ANY.finditer(text)
                 if not _gives_no_words(text, verb) for words in (_subject_before(text, verb.start()),))


def _gives_no_words(text: str, verb: re.Match) -> bool:
    """Say whether a reporting word gives no one words: a participle describing a noun ("against RSV disease
    confirmed in hospital"), negated in a relative clause ("a figure the Agency has not confirmed")
    (tests/test_factcheck_198.py), or negated before its clause ("has not confirmed that", tests/test_newuser143.py).
    """
    return (object_participles.describes_an_object(text, verb.start(), verb.end())
            or unsaid_relatives.negated_in_relative(text, verb.start())
            or unconfirmed_clauses.gives_no_words(text, verb.start(), verb.end()))


def _subject_before(text: str, verb: int) -> str:
    """Return the words before a reporting word that name its subject, all its speakers joined by "and"."""
    return " and ".join(_subjects_before(text, verb))


def _subjects_before(text: str, verb: int) -> list[str]:
    """Return the words before a reporting word back to where its clause starts, at most _MOST_WORDS, each speaker
    of a subject joined by "and" on its own ("Afghanistan and Pakistan both said", "both X and Y said", "X, Y and Z
    each said")."""
    window = max(0, verb - 200)
    starts = list(_SUBJECT_START.finditer(text, window, verb))
    subject = pronoun_alone(_one_subject_before(text, verb, window, starts))  # "over what it calls"
    return [*_joined_subjects(text, window, starts, verb), _SHARE_OF.sub("", subject)]


# A share or a count of a group opening a subject: the group speaks, not the figure. "About 25% of the residents
# said" gave the words to "About 25%", and "Two of Northland's ministers said" to "Two".
_SHARE_OF = patterns.compile(
    r"^(?:(?:about|around|roughly|nearly|almost|approximately|some|over|under|just|only|more\s+than|fewer\s+than"
    r"|less\s+than|at\s+least|up\s+to|an\s+estimated)\s+)*"
    rf"(?:\d[\d,.]*(?:\s?%|\s+per\s?cent|\s+percent)?|{COUNT_IN_WORDS}(?:\s+per\s?cent|\s+percent)?|half|a\s+third"
    r"|a\s+quarter|a\s+fifth|a\s+majority|a\s+minority|(?:two|three|four)[-\s](?:thirds|quarters|fifths)"
    r"|one\s+in\s+\w+)\s+of\s+(?=\S)", re.IGNORECASE)


def _joined_subjects(text: str, window: int, starts: list[re.Match], verb: int) -> list[str]:
    """Return the speakers joined to the last one of a subject by "and" (and commas before it): "Afghanistan" of
    "Afghanistan and Pakistan both claimed"; none where "and" joins two clauses ("Dorr rejected it and Okafor said")."""
    if not starts or starts[-1].group().casefold() != "and" or not naming_words(text[starts[-1].end():verb]):
        return []
    joined, index = [], len(starts) - 1
    while index >= 0 and (index == len(starts) - 1 or starts[index].group() == ","):
        words = text[starts[index - 1].end() if index else window:starts[index].start()]
        if not _names_alone(words):
            break
        joined.insert(0, " ".join(words.split()))
        index -= 1
    return joined


def _joined_after(text: str, start: int) -> list[str]:
    """Return the speakers joined by "and" (and commas before it) to the first one named after `start`: "Afghanistan"
    of "according to Pakistan and Afghanistan", '"...," said Pakistan and Afghanistan'."""
    joined, end = [], _SUBJECT_START.search(text, start)
    while end and end.group().casefold() in ("and", ",") and len(joined) < _MOST_WORDS:
        following = _SUBJECT_START.search(text, end.end())
        words = text[end.end():following.start() if following else len(text)]
        if not _names_alone(words):
            break
        joined.append((end.group().casefold(), " ".join(words.split())))
        end = following
    while joined and joined[-1][0] != "and":
        joined.pop()  # "said Okafor, Dorr's deputy": an appositive, no speaker of its own
    return [words for _, words in joined]


# Small words a speaker's name stands among in a subject of several ("Both Pakistan's army and ..."; "the Taliban").
_AMONG_NAMES = TITLE_WORDS | frozenset({"the", "both", "each", "all", "its", "their"})


def _names_alone(words: str) -> bool:
    """Say whether words are a speaker's name and nothing else: names, titles and "the" or "both", no verb."""
    parts = words.split()
    return (0 < len(parts) <= _MOST_WORDS and bool(naming_words(words))
            and all(part[:1].isupper() or re.sub(r"['’]s?$", "", part).casefold() in _AMONG_NAMES for part in parts))


def _one_subject_before(text: str, verb: int, window: int, starts: list[re.Match]) -> str:
    """Return the words before a reporting word back to where its clause starts, at most _MOST_WORDS; where an aside
    stands right before it ("Pakistan's army, in a statement, said"; "Quiroga, por su parte, afirmó"), the words
    before the aside with the aside's own."""
    joined = _JOINED_FR.search(text, window, verb)
    if joined:  # "Jean Dupont a rejeté l'offre et a déclaré": the subject the clause before opens with
        starts = list(_SUBJECT_START.finditer(text, window, joined.start()))
        return _subject_of_clause(text[starts[-1].end() if starts else window:joined.start()])
    words = text[starts[-1].end() if starts else window:verb].split()
    if starts and starts[-1].group().casefold() in ("and", "but") and set(map(str.casefold, words)) <= _BETWEEN:
        return _subject_of_clause(text[starts[-2].end() if len(starts) >= 2 else window:starts[-1].start()])
    relative = _relative_clause_before(text, starts) if not words else None
    if relative is not None:  # "The coalition, which gathered 18,500 signatures, says": the coalition says
        return " ".join(text[starts[relative - 1].end() if relative else window:starts[relative].start()].split()
                        [-_MOST_WORDS:])
    if not words and len(starts) >= 2 and _closes_aside(starts[-2], starts[-1], text):
        opener = starts[-2]
        subject = text[starts[-3].end() if len(starts) >= 3 else window:opener.start()].split()
        return " ".join(subject[-_MOST_WORDS:] + text[opener.end():starts[-1].start()].split())
    return " ".join(words[-_MOST_WORDS:])


_RELATIVE = frozenset({"which", "who"})
_RELATIVE_CLAUSE_STARTS = 4  # "who voted against it and said that ...": clause starts within it, at most


def _relative_clause_before(text: str, starts: list[re.Match]) -> int | None:
    """Return the index in `starts` of the comma opening a relative clause that the comma right before a reporting
    word closes (", which gathered 18,500 signatures, says"), or None: the subject stands before that comma."""
    if len(starts) < 3 or starts[-1].group() != ",":
        return None
    for index in range(len(starts) - 2, max(0, len(starts) - 2 - _RELATIVE_CLAUSE_STARTS), -1):
        mark = starts[index].group()
        if mark.casefold() in _RELATIVE and starts[index - 1].group() == "," and not text[
                starts[index - 1].end():starts[index].start()].strip():
            return index - 1
        if mark != "," and not mark.isalpha():
            return None  # a stop, a bracket or a quotation mark: another clause
    return None


# French "et" or "mais" right before a reporting word ("et a déclaré", "mais affirme"): its subject is the clause's
# before it, as after English "and".
_JOINED_FR = patterns.compile(r"(?<!\w)(?:et|mais)\s+$", re.IGNORECASE)
# Words that may stand between "and" and a reporting word whose subject is the clause's before it: "Dorr rejected
# the offer and later said".
_BETWEEN = frozenset({"also", "later", "then", "again", "has", "have", "had", "publicly", "separately", "further"})


def _subject_of_clause(clause: str) -> str:
    """Return the subject a clause opens with, to its first small word after a name that is no title: "Lina Dorr" of
    "Lina Dorr rejected the offer", "Taliban spokesman Zabihullah Mujahid" of "Taliban spokesman Zabihullah Mujahid
    denied it" (the speaker of a reporting word after "and": "... and said")."""
    subject = []
    for word in clause.split()[:_MOST_WORDS]:
        if subject and naming_words(" ".join(subject)) and not naming_words(word) and word.casefold() not in _NOT_A_NAME:
            break
        if subject and _DEED.fullmatch(word) and not _BEFORE_A_NOUN.fullmatch(subject[-1]):
            break  # "The court heard evidence for two weeks and found that": the court, not its evidence, speaks
        if subject and word.casefold() in _AUXILIARIES:
            break  # "The school board has offered 4%": a verb is no part of its name
        subject.append(word)
    return " ".join(subject)


# A past verb after a subject named by a noun (factcheck_87), or a present one taking a side ("..., though the
# alliance disputes that forecast, saying ...": the alliance speaks, not "the alliance disputes that forecast"), and
# the words it may follow as an adjective ("the newly elected mayor", "the armed forces")
_DEED = patterns.compile(r"[a-z]+ed|heard|met|sat|held|took|gave|made|spent|saw|went|won|lost|ruled|found"
                         r"|disputes|denies|rejects|contests|accepts|admits")
_AUXILIARIES = frozenset({"has", "have", "had", "is", "are", "was", "were", "will", "would"})
_BEFORE_A_NOUN = patterns.compile(r"(?i:the|a|an|its|their|his|her|our|this|that|these|those)|[a-z]+ly|\W*\d\S*"
                                  r"|(?i:one|two|three|four|five|six|seven|eight|nine|ten|some|many|several|both)")


# An aside between two commas, dashes or brackets, of a few words: ", in a statement,", " – for its part – ".
_ASIDE_MARKS = {",": ",", "(": ")", "-": "-", "–": "–", "—": "—"}
_ASIDE_WORDS = 6


def _speaker_after(text: str, verb: re.Match) -> str:
    """Return the speaker named after a reporting word that ends a quotation or a clause set off by a comma, where
    English and French news most often name it: '"We will respond," said Dev Okafor'; "the deal is dead, said
    Okafor, the union's leader"; "« Non », a déclaré Jean Dupont". Its words run to the clause's end, and on into an
    appositive after a comma where those name no one ("said the union's leader, Dev Okafor"); "" elsewhere."""
    if not text[:verb.start()].rstrip().endswith((",", '"', "”", "»", "’")) or verb.group() in _NOT_INVERTED:
        return ""  # "Kabul denied the report and said Pakistan had": the words after say what, not who
    when = _WHEN_SAID.match(text, verb.end())
    start = when.end() if when else verb.end()  # "a déclaré jeudi Claire Moreau": the speaker after the day
    first = text[start:].split(maxsplit=1)[:1]
    if not first or not (first[0][:1].isupper() or re.sub(r"['’].*", "", first[0]).casefold() in _SPEAKER_OPENERS
                         or first[0][:2].casefold() in ("l'", "l’") or _titled_name_after(text, start)):
        return ""  # "..., said on Friday that", "said to be": no one named
    words = _words_after(text, start)
    end = _SUBJECT_START.search(text, start)
    if not naming_words(words) and end and end.group() == ",":
        words = f"{words} {_words_after(text, end.end())}"
    return words


# The day a quotation's speaker spoke, between the verb and the name: "», a déclaré jeudi Claire Moreau", "a indiqué
# mardi soir le ministre", "said on Friday the minister" (the speaker went unread, and the passage's next sentence's
# "Elle" was named as the speaker instead: tests/test_newuser_84.py). Not "said on Friday that": no one is named.
_WHEN_SAID = patterns.compile(
    r"(?:\s+(?:on\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|yesterday|lunes|martes|miércoles|jueves|viernes|sábado|domingo|ayer)"
    r"(?:\s+(?:soir|matin|après-midi|evening|morning|night|por\s+la\s+(?:mañana|tarde|noche)))?)(?=\s)",
    re.IGNORECASE)


def _apposed_party(text: str, start: int, words: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> str:
    """Return the appositive set off by a comma after a speaker's name read after a reporting word ending at `start`,
    where it names a party, or "": "a déclaré Sophie Binet, secrétaire générale de la CGT" is the CGT's speaker (read as
    no party's, "a déclaré le gouvernement" citing it built), named as one before the verb is."""
    if not words or not parties or not naming_words(words):
        return ""  # no one named, or no name: _speaker_after reads its appositive already
    end = _SUBJECT_START.search(text, start, start + WINDOW)
    if end is None or end.group() != ",":
        return ""
    appositive = _words_after(text, end.end())
    return appositive if parties_of(naming_words(appositive, parties), parties) else ""


# A name after a title in lowercase, as English news writes a speaker after "said": "said campaign chair Grace
# Mbeki", "said council leader Jo Baines" (unread, the passage named no speaker and another's name built).
_TITLED_NAME = patterns.compile(r"\s+(?:[a-z][a-z-]*\s+){0,3}?(?P<title>[a-z]+)\s+(?=[A-Z][a-z])")


def _titled_name_after(text: str, end: int) -> bool:
    """Say whether the words after a reporting word ending at `end` are a title in lowercase, then a name."""
    titled = _TITLED_NAME.match(text, end)
    return bool(titled) and titled["title"] in TITLE_WORDS


_FROM_A_FIGURE = patterns.compile(r"(?:^|\s)\d.*$")


def _article_of(listed: str) -> str:
    """Return the article a locale's reporting word ends in, and a space ("κατά το " of Greek "κατά το υπουργείο"),
    or "": the noun after it names a party by its common noun as after any article (unread, "Κατά το υπουργείο"
    citing "Κατά την ομοσπονδία" built)."""
    last = listed.split()[-1] if " " in listed.strip() else ""
    return f"{last} " if last and last.casefold() in _articles() else ""


def _named_after(text: str, start: int, parties: tuple[tuple[str, frozenset[str]], ...], listed: str = "") -> str:
    """Return the words after a locale's reporting word, on into a name set off by a comma where they name no one:
    "sagte der Sprecher des Amtes, Peter Schmidt" (its nouns no name, see naming_words). A figure ends them: in
    "laut Pakistan 40 Kämpfer" the noun after it is what was counted, no speaker."""
    words = definite_speakers.without_addressee(_FROM_A_FIGURE.sub("", _words_after(text, start)))
    if listed.casefold() == "enligt":  # Swedish puts its verb right after the speaker: "Enligt Sveriges Hamnar kostar"
        words = definite_speakers.name_before_verb(words)
    if listed.casefold() == "volgens":  # and Dutch: "Volgens de gemeente heeft Windkracht Noord ..."
        words = dutch_speakers.before_dutch_verb(words)
    if listed.casefold() in dutch_speakers.SAYING_BEFORE_SPEAKER:  # "zei Marieke Dijkstra na afloop": the name
        words = dutch_speakers.name_after_saying(words)
    end = _SUBJECT_START.search(text, start, start + WINDOW)  # near: not to the end of 40 KB with no clause mark
    if naming_words(words, parties) or not end or end.group() != ",":
        return words
    after = _words_after(text, end.end())
    first = after.split(maxsplit=1)[:1]
    return f"{words} {after}" if first and first[0][:1].isupper() and first[0].casefold() not in _articles() else words


def _closes_aside(opener: re.Match, closer: re.Match, text: str) -> bool:
    """Say whether two clause starts next to each other, `opener` and `closer`, are marks of one kind (two commas,
    two dashes, brackets) around a few words: an aside, not a clause of its own."""
    mark = opener.group().strip()
    return (_ASIDE_MARKS.get(mark) == closer.group().strip()
            and 0 < len(text[opener.end():closer.start()].split()) <= _ASIDE_WORDS)


# Italian opens a sentence with "Per" and a speaker set off by a comma, "according to": "Per la Regione, Autovie
# Tirrene ha speso solo 1.250.000 euro" (honest, it was refused as the Region's word told as fact). "Per" is too common
# a word to list under `according_to` ("per la manutenzione"): read only so, and only where what it names is a party.
# French's "Pour la CFDT, il n'y a pas d'urgence" is read so too (tests/test_newuser_74.py).
_PER = patterns.compile(r"(?:^|(?<=[.;:!?]\s))\W*P(?:er|our)\s+"
                        r"(?P<who>(?:(?:il|lo|la|i|gli|le|les)\s+|l['’])?[^\W\d_][\w'’-]*"
                        # not a relative clause after the comma, "Pour l'Union paysanne, qui a déposé le recours":
                        # what it tells of the party is the passage's own word
                        r"(?:\s+[^\W\d_][\w'’-]*){0,3}?)\s*,(?!\s*(?:qui|que|dont|lequel|laquelle|che|cui)\s)")
# Whoever is named so right before a quotation, a party of the briefing or not, says it: "Pour la CGT, « la réforme
# est injuste »" citing "« La réforme est injuste », a déclaré la CFDT" built, the CGT no party (factcheck_162);
# Spanish "Para Ana Ruiz, «...»" too.
_PER_QUOTE = patterns.compile(r"(?:^|(?<=[.;:!?]\s))\W*P(?:er|our|ara)\s+"
                              r"(?P<who>(?:(?:il|lo|la|i|gli|le|les|el|los|las)\s+|l['’])?[^\W\d_][\w'’-]*"
                              r"(?:\s+[^\W\d_][\w'’-]*){0,5}?)\s*,\s*[«“\"]")


def _per_party(text: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> list[tuple[int, str]]:
    """Return where a sentence of text opens with "Per" (French "Pour") and a party of the briefing set off by a
    comma, with its words: that party's word is what the sentence says."""
    if ("Per " not in text and "Pour " not in text) or not parties:
        return []  # the common case: one substring search
    return [(match.start("who"), match["who"]) for match in _PER.finditer(text)
            if parties_of(naming_words(match["who"], parties) | named_by_its_noun(match["who"], parties), parties)]


def _quote_openers(text: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> tuple[tuple[int, str, frozenset[str]], ...]:
    """Return the speakers a briefing's sentence names before a quotation by "Pour X, « ... »" (_PER_QUOTE), a party
    of the briefing or not, that speakers_in does not read. Read in the sentence only: a passage's "Pour Julien
    Arnaud, « ... »" names him, and "le ministre du Travail" of it would be refused (no title is matched to a name)."""
    if "Pour " not in text and "Para " not in text and "Per " not in text:
        return ()  # the common case: substring searches
    read = {at for at, *_ in speakers_in(text, parties)}
    return tuple((match.start("who"), " ".join(match["who"].split()), names) for match in _PER_QUOTE.finditer(text)
                 if match.start("who") not in read and (names := naming_words(match["who"], parties)))


def _participles_subject(text: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> list[tuple[int, str]]:
    """Return where a participle of saying after a comma stands, with the subject of the latest clause before it
    that names someone (participle_speakers.py): the one whose words follow it."""
    found = []
    for at, clauses in participle_speakers.main_clauses(text):
        subjects = (_subject_of_clause(clause) for clause in clauses)
        subject = next((words for words in subjects if naming_words(words, parties)
                        or named_by_its_noun(words, parties)), "")
        if subject:
            found.append((at, subject))
    return found


def says_as_per_party(text: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> bool:
    """Say whether a sentence of text gives a party's word by "Per la Regione, ..." (_per_party), or anyone's quoted
    words by "Pour Sophie Lemaire, « ... »" (_quote_openers; told as fact, it was refused)."""
    return bool(_per_party(text, parties) or _quote_openers(text, parties))


def _words_after(text: str, start: int) -> str:
    """Return the words after "according to", to where their clause ends, at most _MOST_WORDS."""
    end = _SUBJECT_START.search(text, start, start + WINDOW)  # eight words are read near, as a clause is
    return " ".join(before_german_verb(text[start:end.start() if end else start + WINDOW].split()[:_MOST_WORDS]))


# German puts its verb right after "Nach Angaben der Stadt": "... liegen die Baukosten ..." was shown as the speaker
# ("gives the words to RSV liegen die Baukosten um"). A lowercase word before an article, after a capitalised one, is
# the clause's verb; a preposition ("Brandt von der RSV") is not.
_PREPOSITIONS = frozenset("von aus bei beim für in an mit zu nach auf über unter gegenüber sowie und".split())


def before_german_verb(words: list[str]) -> list[str]:
    """Return the words that name whom "nach Angaben" or "laut" gives words to, up to a German verb after them."""
    articles = _articles()
    if not articles:
        return words
    # a figure ends the giver's name, with the preposition before it: "nach Angaben der Landeswahlleiterin auf 61,8
    # Prozent" names "Landeswahlleiterin" (shown as "the word of Landeswahlleiterin auf 61": newuser_104)
    figure = next((at for at in range(1, len(words)) if words[at][:1].isdigit()), len(words))
    words = words[:figure - 1] if figure < len(words) and words[figure - 1] in _PREPOSITIONS else words[:figure]
    for at in range(1, len(words) - 1):
        word = words[at]
        if (word.isalpha() and word.islower() and word not in articles and word not in _PREPOSITIONS
                and words[at + 1] in articles and any(w[:1].isupper() for w in words[:at])):
            return words[:at]
    return words


# French elides an article or preposition onto a name: "L'OPLO a déclaré", "selon l'Insee" name "OPLO" and "Insee"
# (unread, the name "L'OPLO" named nobody, and a quote given to the other party built). Italian elides a preposition
# joined to its article so: "secondo i dati dell'Autorità portuale", "dall'Autorità" name "Autorità" (newuser_99: unread,
# "Secondo il sindacato" citing it built, and a claim of the Authority's citing it was refused).
_ELIDED = patterns.compile(r"^(?:[LlDd]|[Qq]u|(?:[Dd]e|[Aa]|[Dd]a|[Nn]e|[Ss]u)ll)['’](?=[^\W\d_])")


@read_by_language  # a locale's `articles`
@functools.lru_cache(maxsize=1 << 14)  # a subject ("the ministry", "Defence Minister Khawaja Asif") recurs in many sentences
def naming_words(words: str, parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> frozenset[str]:
    """Return the capitalised words that name a speaker, folded, without a possessive: not titles or weekdays, nor,
    in a language that capitalises every noun, a noun after an article ("der Behörde") that is no party's word."""
    articles = _articles()
    turkish = turkish_names.read()  # "Işık'a" is Işık, "Başkanı" a title
    german = german_titles.read()  # "Vorstandschef" a title, unless a party's own word
    found = ((_ELIDED.sub("", re.sub(r"['’]s?$", "", turkish_names.without_suffix(m.group()) if turkish
                                     else m.group())), m.start()) for m in _NAME.finditer(words))
    names = (name for name, at in found
             if not (articles and _after_article(words[:at], articles) and not parties_of(
                 frozenset({name.casefold()}), parties)))
    return frozenset(name.casefold() if len(name) >= 3 else name for name in names
                     # a locale's article opening a sentence is none: Dutch "Het verslag zegt niet ..." named "Het"
                     if (len(name) >= 3 and _written_as_name(name) and name.casefold() not in _NOT_A_NAME
                         and name.casefold() not in articles
                         and (name.isascii() or not names_no_one(name))
                         and not (turkish and turkish_names.names_no_one(name))
                         and not (german and german_titles.names_an_office(name)
                                  and not parties_of(frozenset({name.casefold()}), parties)))
                     or _party_acronym(name, parties))


def _party_acronym(name: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> bool:
    """Say whether a word of two capitals is a party's acronym as its name writes it ("The EU said", party_words):
    kept in capitals, as no folded word matches it; two capitals of no party's ("AP") name no one, as before."""
    return len(name) == 2 and name.isupper() and any(name in words for _, words in parties)


@read_by_language  # a locale's `articles`
@functools.lru_cache(maxsize=1)
def _articles() -> frozenset[str]:
    """Return the articles every locale that capitalises its nouns lists ("der", "die", "am"), folded."""
    return frozenset(article.casefold() for writing in all_locale_words() for article in writing.articles)


_ADJECTIVES_BETWEEN = 3  # "des sehr großen deutschen Amtes": lowercase words between an article and its noun


def _after_article(before: str, articles: frozenset[str]) -> bool:
    """Say whether a capitalised word whose text before is `before` stands where a noun does: after an article,
    with at most a few lowercase words between ("der Behörde", "des deutschen Bundeskartellamts")."""
    for word in reversed(before.split()[-_ADJECTIVES_BETWEEN - 1:]):
        if word.casefold() in articles:
            return True
        if not word[:1].islower() or not word[-1:].isalpha():
            return False  # a name, a figure or a clause's mark: "Minister Schmidt", "300 Seiten", ", Schmidt"
    return False


def _written_as_name(word: str) -> bool:
    """Say whether a word is written as names are, in any alphabet with capitals: "Mujahid", "Al-Monitor", "O'Neill",
    "McCarthy", "Aydın", "Özdemir", "Wałęsa", an acronym ("TTP", "NATO"); not "HYPERLINK" or "JaVaScRiPt", which a
    claimant holding a formula or a link is made of."""
    if 2 <= len(word) <= 5 and word.isalpha() and word.isupper():
        return True
    return any(_capitalised(name) for name in (word, _NAME_PREFIX.sub("", word, count=1)))


def _capitalised(name: str) -> bool:
    """Say whether a name is a capital and small letters, in parts joined by hyphens ("Al-Monitor", "Abu-bakr")."""
    first, *rest = name.split("-")
    return (len(first) >= 2 and first[0].isupper() and first[1:].isalpha() and first[1:].islower()
            and all(len(part) >= 2 and part[0].isalpha() and part[1:].isalpha() and part[1:].islower()
                    for part in rest))


def parties_of(names: frozenset[str], parties: tuple[tuple[str, frozenset[str]], ...]) -> frozenset[str]:
    """Return the ids of the briefing's parties (id, naming words) that a speaker's naming words name: a word that is
    one party's own names that party alone, not another whose word it opens ("hamnar" of Sveriges Hamnar is no form of
    "Hamnarbetarförbundet": Swedish joins words into one)."""
    return frozenset(party for party, words in parties if any(
        name in words if any(name in own for _, own in parties) else is_named(name, words) for name in names))


def backs_speaker(names: frozenset[str], own: frozenset[str], passage: str,
                  parties: tuple[tuple[str, frozenset[str]], ...], written: str = "") -> bool:
    """Say whether a passage gives words to the speaker named by `names` (of the parties `own`, as `written`). A
    speaker named in person ("Zabihullah Mujahid") or by its initials ("the IMF") must be named in it; one named by its
    side alone ("Taliban officials") must share a word or a party with a speaker of the passage, or be named in a
    passage that gives no words to another party."""
    words = _passage_words(passage)
    personal = [name for name in names if not any(is_named(name, party) for _, party in parties)]
    if personal:
        return any(is_named(name, words) for name in personal) or _by_its_initials(personal, written, passage)
    theirs = _passage_speakers(passage, parties)
    # a word of one party opening another's compound is no match: "Hamnar" of Sveriges Hamnar in
    # "Hamnarbetarförbundet", a party of its own
    if any((any(is_named(name, other) for name in names) and not (own and own.isdisjoint(
            parties_of(other, parties) or own))) or own & parties_of(other, parties) for other in theirs):
        return True
    others = frozenset().union(*(parties_of(other, parties) for other in theirs)) - own
    return not others and any(is_named(name, words) for name in names)


# A word written in capitals, a possessive's "'s" aside: initials ("IMF", "FMI's")
_IN_CAPITALS = patterns.compile(r"(?<![\w-])[^\W\d_]{2,6}(?:['’]s)?(?![\w-])")


def _by_its_initials(personal: list[str], written: str, passage: str) -> bool:
    """Say whether a speaker's naming word the sentence writes in capitals is the initials of capitalised words the
    passage writes in a row: "According to the IMF" of "According to the International Monetary Fund", "Selon le FMI"
    of "Selon le Fonds Monétaire International", with no party to name it (initials.py), was given to no one; "the IMO"
    still is (tests/test_factcheck_159.py)."""
    for match in _IN_CAPITALS.finditer(written):
        bare = re.sub(r"['’]s$", "", match.group())
        if bare.isupper() and bare.casefold() in personal and named_by_initials(bare, passage):
            return True
    return False


@read_by_language  # Turkish reads a name's suffix off
@functools.lru_cache(maxsize=64)  # a passage is read for every speaker of every sentence citing it
def _passage_words(passage: str) -> frozenset[str]:
    """Return the words of a passage as backs_speaker looks a speaker up in them, folded: read once a passage, not
    once a speaker (a sentence naming 2,000 speakers read its 40 KB passage 2,000 times)."""
    words = frozenset(_ELIDED.sub("", w).casefold() for w in _PLAIN_WORD.findall(passage)).union(
        w.casefold() for w in _HYPHENED_WORD.findall(passage))  # "Al-Monitor" whole, as naming_words reads it
    words |= frozenset(_TWO_CAPITALS.findall(passage))  # "the US" names the party whose acronym is "US"
    if turkish_names.read():  # "Işık'a göre" names Işık
        words |= {turkish_names.without_suffix(word) for word in words}
    return words


@read_by_language  # speakers_in reads a locale's words
@functools.lru_cache(maxsize=64)
def _passage_speakers(passage: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> tuple[frozenset[str], ...]:
    """Return the naming words of each speaker of a passage, but a party's word opening another body's name
    (of_its_own_body), read once a passage."""
    return tuple(of_its_own_body(said, other, parties) for _, said, other in speakers_in(passage, parties))


# Nouns that head the name of a body: a party's word before one that is not the party's own names a body of its own
# ("the Carrow Bay Chamber of Commerce" is no Carrow Bay Transit Authority, "the Harbour Board" no Harbour District
# Council), as a place's name opens many bodies' names.
_BODIES = frozenset({"chamber", "council", "university", "college", "institute", "association", "federation", "board",
                     "bank", "company", "corporation", "committee", "commission", "union", "society", "foundation",
                     "trust", "agency", "league", "club", "hospital", "school", "court", "tribunal", "authority",
                     "party", "alliance", "coalition", "centre", "center", "museum", "courier", "times", "herald",
                     "gazette", "journal", "tribune", "chronicle", "services", "service", "organisation",
                     "organization", "institution", "federation", "bureau", "fund",
                     # a group's name: "Brackford Bus Users" is no Brackford City Council (factcheck_229)
                     "users", "passengers", "residents", "tenants", "campaigners", "group", "forum", "network"})
# a run of capitalised words, "of", "for", "and" or "the" between them: one body's name
_RUN = patterns.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w'’-]*)*")


def of_its_own_body(words: str, names: frozenset[str], parties: tuple[tuple[str, frozenset[str]], ...]
                    ) -> frozenset[str]:
    """Return a speaker's naming words but those of a party that open the name of another body: "carrow" of "the
    Carrow Bay Chamber of Commerce", where the Carrow Bay Transit Authority is a party and "Chamber" no word of it;
    nor a ministry's brief, "travail" of "le ministre du Travail" (ministry_briefs.py)."""
    names = without_department_briefs(words, without_briefs(words, names, parties), parties)  # department_briefs.py
    if not parties or not any(word in _BODIES for word in names):
        return names  # most speakers are named by no body's noun: found by a lookup of their words
    dropped: set[str] = set()
    for run in _RUN.finditer(words):
        folded = [folded_word(re.sub(r"['’]s?$", "", word)) for word in run.group().split() if word[:1].isupper()]
        bodies = [word for word in folded if word in _BODIES]
        for _, own in parties if bodies else ():
            if not any(is_named(body, own) for body in bodies):
                dropped.update(word for word in folded if word not in _BODIES and is_named(word, own))
    return names - dropped


def shown(words: str) -> str:
    """Return a speaker's words from its first naming word to before a preposition after it: "by Friday morning
    Taliban spokesman Zabihullah Mujahid" is "Taliban spokesman Zabihullah Mujahid"."""
    parts = words.split()
    first = next((i for i, part in enumerate(parts) if naming_words(part)), None)
    if first is None:  # a party named by its common noun: Greek "το υπουργείο" was shown as "το"
        return " ".join(parts[:next((i for i in range(1, len(parts)) if parts[i].casefold() in _AUXILIARIES),
                                    len(parts))])  # "The school board has said": not its verb
    if first and parts[first - 1].casefold() in ("a", "an", "the"):
        first -= 1
    first = office_start(parts, first)  # "le ministre du Travail", not "Travail"
    while first and not parts[first - 1].isascii() and (
            parts[first - 1][:1].islower() or names_no_one(parts[first - 1])):
        first -= 1  # a Russian title before the name: "Министр торговли Бельтании Анна Соколова"
    last = next((i for i in range(first + 1, len(parts))  # nor on past "tarehe" or "pia" (speaker_wording.py)
                 if parts[i].casefold() in _CUT or parts[i] in AFTER_A_NAME), len(parts))
    while last > first + 1 and not parts[last - 1].isascii() and parts[last - 1][:1].islower() and not (
            _LATIN_SMALL.match(parts[last - 1])):  # "las autoridades paquistaníes" keeps its people's adjective
        last -= 1  # the object after a Russian verb of saying: "Анна Соколова" of "Анна Соколова пошлину"
    while last > first + 1 and parts[last - 1].casefold() in _ADVERBS:
        last -= 1  # "the Club also says": the Club
    last = _before_a_date(parts, first, last)  # "a déclaré la CFDT mardi": the CFDT
    named = " ".join(parts[first:last])
    return named[:-2] if named.endswith(("'s", "’s")) and last > first + 1 else named  # "the Council's position"


def _before_a_date(parts: list[str], first: int, last: int) -> int:
    """Return where a speaker's words end before a weekday or a date after its name, with its article: "CFDT" of "la
    CFDT mardi", "UGT" of "la UGT el martes", "CFDT" of "la CFDT le 18 mars" (tests/test_factcheck_169.py)."""
    when = next((i for i in range(first + 1, last) if parts[i].casefold().strip(",.;:") in _WHEN
                 or parts[i][:1].isdigit()), last)
    while when < last and when > first + 1 and parts[when - 1].casefold() in _DATE_ARTICLES:
        when -= 1
    return when


# a weekday or a day's word after a speaker's name: the day the words were said
_WHEN = frozenset("""lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui lunes martes miércoles jueves
viernes sábado domingo ayer hoy montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag gestern heute
monday tuesday wednesday thursday friday saturday sunday yesterday today""".split())
_DATE_ARTICLES = frozenset({"le", "el", "am", "ce", "this", "last"})
_LATIN_SMALL = patterns.compile(r"[a-zß-öø-ÿ]")
_ADVERBS = frozenset({"also", "again", "too", "further", "now", "then", "later", "still"})
_CUT = frozenset({"both", "each", "by", "on", "in", "at", "for", "from", "of", "to", "has", "have", "had", "was", "were", "is", "are"})
_PLAIN_WORD = patterns.compile(r"[\w'’]+")
_TWO_CAPITALS = patterns.compile(r"\b[A-Z]{2}\b")
_HYPHENED_WORD = patterns.compile(r"[\w'’]+(?:-[\w'’]+)+")


def _speakers_of(passages: list[Cited], parties: tuple[tuple[str, frozenset[str]], ...]
                 ) -> list[tuple[int, str, frozenset[str]]]:
    """Return the speakers the passages name (speakers_in), passage after passage, but a verb negated: whoever "has
    not found" or "did not say" gives no words."""
    return [speaker for passage in passages for speaker in said_by(passage.text, parties)]


# "The court has not found that our strike was unlawful", in the union's statement, is the union's word: it gave
# "The union says the court has not found ..." to the court (newuser_106).
_NEGATED_REPORT = patterns.compile(r"(?:(?<!\w)not|(?<!\w)never|n['’]t)\s+$", re.IGNORECASE)


# A claim named to reject it: "The Regional Pilots' Association's claim that the merger could cost 600 jobs is
# wrong", in Corran's release, is Corran's word, not the union's (factcheck_195)
_REJECTED_CLAIM = patterns.compile(
    r"(?:(?<=['’]s\s)|(?<=s['’]\s))(?:claims?|assertions?|allegations?|suggestions?)\s+that\s+[^.;:!?]{1,200}?\s(?:is|are|was"
    r"|were)\s+(?:simply\s+|plainly\s+|just\s+|completely\s+|entirely\s+)?(?:wrong|false|untrue|incorrect|mistaken"
    r"|misleading|baseless|unfounded|groundless|nonsense)(?!\w)", re.IGNORECASE)


def said_by(text: str, parties: tuple[tuple[str, frozenset[str]], ...] = ()
            ) -> tuple[tuple[int, str, frozenset[str]], ...]:
    """Return the speakers a passage gives words to (speakers_in), but one whose verb is negated: whoever "has not
    found" or "did not say" gives none; nor does one whose claim is named to be rejected ("X's claim that ... is
    wrong")."""
    return tuple(speaker for speaker in speakers_in(text, parties)
                 if not _NEGATED_REPORT.search(text, max(0, speaker[0] - 12), speaker[0])
                 and not _REJECTED_CLAIM.match(text, speaker[0]))


def _shares_of_groups(text: str) -> list[tuple[int, str, frozenset[str]]]:
    """Return the groups a share or count of which says words in text, outside quotation marks, that no name names:
    "the residents" of "About 25% of the residents said", its noun its naming word. A party named as saying them
    ("Alpha said") is then not the one the passage gives them to."""
    quoted, found = quoted_parts(text), []
    for verb in _REPORTING_ANY.finditer(text) if "of" in text else ():
        window = max(0, verb.start() - 200)
        starts = list(_SUBJECT_START.finditer(text, window, verb.start()))
        subject = _one_subject_before(text, verb.start(), window, starts)
        share = _SHARE_OF.match(subject)
        group = subject[share.end():] if share else ""
        if group and group.split()[-1].isalpha() and not naming_words(group) and not inside(quoted, verb.start()):
            found.append((verb.start(), group, frozenset({group.split()[-1].casefold()})))
    return found


def _named_speakers_of(passages: list[Cited], parties: tuple[tuple[str, frozenset[str]], ...]
                       ) -> list[tuple[int, str, frozenset[str]]]:
    """Return the speakers the passages name by a name, not by a party's common noun alone ("the authority says"):
    a claim's claimant and columns are held to those only, as "Carrow Bay Transit Authority" shares no name with
    "the authority" that the claimant check reads (its "Bay" is a word of no party's, and was read as a person's)."""
    return [speaker for speaker in _speakers_of(passages, parties)
            if speaker[2] != named_by_its_noun(speaker[1], parties)]


def _holding_speakers(passages: list[Cited], parties: tuple) -> list[tuple[int, str, frozenset[str]]]:
    """Return the speakers the source's sentences holding the passages name, where the passages themselves name
    none ("told reporters ..." of "Its chief executive, Daniel Reyes, told reporters ...")."""
    return [speaker for passage in passages if passage.holding for speaker in speakers_in(passage.holding, parties)]


def _in_person(names: frozenset[str], parties: tuple) -> bool:
    """Say whether a speaker's naming words name someone in person, by two words of no party's ("Sarah Lund"): not
    "Harbor's chief executive", whom the sentence before the passage may name ("Its chief executive"), nor one word,
    "Reyes" or "Observers", which may be a surname or a group the sentence before introduces."""
    return sum(not any(is_named(name, words) for _, words in parties) for name in names) >= 2


def _a_surname(names: frozenset[str], parties: tuple) -> bool:
    """Say whether a speaker is named by one word of no party's ("Okafor"): read against a source's sentence that
    names its own speaker in person ("Daniel Reyes"), whom a surname names, as no group the sentence before introduces
    would be named beside him."""
    return len(names) == 1 and not any(is_named(name, words) for name in names for _, words in parties)


def sentence_around(text: str, start: int, end: int) -> str:
    """Return the sentence of a source holding text[start:end], read roughly (from the stop before it to the one
    after, within its paragraph and 400 characters either way): a stop cut short ("Mr.") names fewer speakers."""
    low, high = max(0, start - 400), min(len(text), end + 400)
    rows = table_rows(text, start, end, low, high)
    if rows is not None:
        return rows
    paragraph = text.rfind("\n\n", low, start)
    stops = [m.end() for m in _STOP.finditer(text, max(low, paragraph + 2 if paragraph >= 0 else low), start)]
    first = stops[-1] if stops else (paragraph + 2 if paragraph >= 0 else low)
    closing = _STOP.search(text, end, high)
    last = closing.start() + 1 if closing else high
    paragraph_end = text.find("\n\n", end, last)
    return text[first:paragraph_end if paragraph_end >= 0 else last].strip()


def table_rows(text: str, start: int, end: int, low: int, high: int) -> str | None:
    """Return the rows of a flattened table text[start:end] stands on, or None: lines whose cells runs of spaces set
    apart, none ended by a stop. A row is no sentence of the rows around it: "9 February 2026   Club writes to the
    Council" gave its words to the Club in the row "January 2027   Stadium expected to open" (a timeline's table)."""
    if "   " not in text[max(low, start - 80):min(high, end + 80)]:
        return None
    first, last = text.rfind("\n", low, start) + 1, text.find("\n", end, high)
    if (first == 0 and low > 0) or last < 0:
        return None
    rows = text[first:last]
    if all(_CELL_GAP.search(row) and not _STOP.search(row.rstrip()[-2:]) for row in rows.split("\n")):
        return rows.strip()
    return None


_CELL_GAP = patterns.compile(r"\S {3,}\S")


# Japanese and Chinese end a sentence at "。", "！" or "？" with no space after it (a closing "」" may follow)
_STOP = patterns.compile(r"[.!?][\"”»’']?(?=\s|$)|[。！？][」』]?")


@read_by_language  # a locale's `according_to` words are reporting words too
@functools.lru_cache(maxsize=1 << 14)  # a sentence is asked by misattributed, party_word, inner_quotes and roles alike
def reports(text: str) -> bool:
    """Say whether text holds a reporting word: English, French, or one a project locale lists under `according_to`."""
    text = standards_blanked(text)  # "according to the law" reports no one (standards.py)
    return bool(_REPORTING_ANY.search(text) or _ACCORDING.search(text)
                or (may_hold_locale_word(text, "according_to") and locale_word_pattern("according_to").search(text)))


def misattributed(text: str, passages: list[Cited], offset: int = 0,
                  parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> list[Finding]:
    """Return a finding for each speaker text names ("X said", "according to X") that no cited passage gives words
    to, where a passage gives them to another speaker by name."""
    if not (reports(text) or (_may_name_a_court(text) and _COURT_FOUND.search(text))
            or says_as_per_party(text, parties)) or not (
            may_misattribute(text, parties) or _quote_openers(text, parties)):
        return []  # most sentences report no one, or no one by name: found without reading their passages
    return (_misattributed(text, _holding_its_quotes(text, passages, parties), offset, parties)
            or _office_of_another_party(text, passages, offset, parties))


def _office_of_another_party(text: str, passages: list[Cited], offset: int,
                             parties: tuple[tuple[str, frozenset[str]], ...]) -> list[Finding]:
    """Return a finding for a speaker named by an office the cited passages give only to another party:
    "Afghanistan's defense minister acknowledged" of "Pakistan ... - its defense minister acknowledged"
    (titles_of_parties.py, factcheck_227)."""
    for at, words, _ in speakers_in(text, parties):
        mine, theirs = titled_party_swapped(words, passages, parties)
        if mine:
            return [Finding(offset + at, f"this sentence gives the words to {mine}, but its cited passages give them "
                                         f"to {theirs}",
                            "name the speaker the source names, or cite the passage that gives the words to this one")]
    person, theirs = led_party_swapped(text, passages, parties)  # "Joanna Pike, who leads Labour" (factcheck_237)
    if person:
        return [Finding(offset + text.find(person), f"this sentence has {person} lead another party than its cited "
                                                    f"passages do ('{theirs}')",
                        "give the person the role the source gives, or cite the passage that gives them this one")]
    return []


_CLAUSE_MARK = patterns.compile(r"[:;]")


def _holding_its_quotes(text: str, passages: list[Cited], parties: tuple[tuple[str, frozenset[str]], ...]
                        ) -> list[Cited]:
    """Return the cited passages holding the words text quotes, where text names one speaker and some passages hold
    them and others not: a quotation is its own passage's speaker's ('Castellane's chief executive called the offer
    "fair value for our shareholders"' citing the chief executive's passage beside the chairman's, whose words they
    are, gives them to another); else every passage."""
    named = speakers_in(text, parties)
    if len(passages) < 2 or len(named) != 1:
        return passages  # of two speakers, which quoted which is the passages' to say
    at = named[0][0]
    # a word alone may be anyone's; and a quotation past a colon or semicolon is not the speaker's
    spans = [(start, end) for start, end in quoted_parts(text) if len(text[start:end].split()) >= 2]
    if not spans or any(_CLAUSE_MARK.search(text, min(at, start), max(at, end)) for start, end in spans):
        return passages
    quotes = [" ".join(text[start:end].casefold().split()) for start, end in spans]
    holding = [passage for passage in passages
               if all(quote in " ".join(passage.text.casefold().split()) for quote in quotes)]
    return holding if holding and len(holding) < len(passages) else passages


def may_misattribute(text: str, parties: tuple[tuple[str, frozenset[str]], ...] = ()) -> bool:
    """Say whether a sentence names a speaker or a court (the sentence's side of misattributed, read first): where it
    names neither, no passage can make it give words to the wrong one, and none is read."""
    return bool(speakers_in(text, parties)) or (_may_name_a_court(text) and _COURT.search(text) is not None)


def _may_name_a_court(text: str) -> bool:
    """Say whether text may name a court (_COURT, read within words too): False only where ASCII text surely holds
    none of its words, found in a lowercase copy (2 µs where the pattern cost 10)."""
    if not text.isascii():
        return True
    lowered = text.lower()
    return any(word in lowered for word in _COURT_HOLDS)


def _misattributed(text: str, passages: list[Cited], offset: int, parties: tuple) -> list[Finding]:
    """Return misattributed's findings, reading the passages whatever the sentence names."""
    skipped = frozenset().union(*(words for _, words in parties), *(names for *_, names in speakers_in(text, parties)))
    cited = passages  # whole, as cited: a count claimed in a sentence of its own (_claims_its_figure)
    passages = [held_passage(text, speakers_named(passage, parties), skipped,
                             lambda said: bool(speakers_in(said, parties)))
                for passage in passages]  # each sentence of a passage with its own speakers (held_speakers.py)
    given = _speakers_of(passages, parties)
    if not given:  # "Elle a indiqué que ...": the speaker the sentence before names
        passages = [with_antecedent(passage, lambda said: bool(speakers_in(said, parties))) for passage in passages]
        given = _speakers_of(passages, parties)
    if not given:  # '"Every extra point costs us £2.3 million."' goes on the quotation of the sentence before
        passages = [passage._replace(text=with_quote_opening(passage.text, passage.paragraph, passage.language))
                    for passage in passages]
        given = _speakers_of(passages, parties)
    if not given and any(":" in passage.paragraph for passage in passages):
        passages = [_in_its_turn(passage) for passage in passages]
        given = _speakers_of(passages, parties)
    given = given or [group for passage in passages for group in _shares_of_groups(passage.text)]
    if not given:
        return (_misattributed_in_holding(text, passages, offset, parties)
                or _party_quoted_in_holding(text, passages, offset, parties)
                or paraphrase_in_holding.paraphrased_from_holding(text, passages, offset, parties)
                or _given_to_the_court(text, passages, offset))
    for at, words, names in speakers_in(text, parties) + _quote_openers(text, parties):
        # "le ministère du Travail", "the Department of Health": no union's, no health trust's (department_briefs.py)
        own = parties_of(without_department_briefs(words, without_briefs(words, names, parties), parties), parties)
        if not any(backs_speaker(names, own, passage.text, parties, words) for passage in passages):
            if names_quoted_document(words, passages):
                continue  # "The company's annual report says" of a turn quoting "Its annual report" (newuser_98)
            if names == named_by_its_noun(words, parties) and not _alias_for_a_named_body(words, given, parties) and (
                    # "le ministre du Travail" is no CGT speaker: a minister, as "the labour minister" is in English
                    not all(parties_of(without_briefs(w, n, parties), parties) for _, w, n in given)
                    # or by a passage's unnamed voice: "secondo la concessionaria, di circa 25" citing "La società
                    # contesta ...: secondo i suoi rilievi, ... circa 25 minuti", which names no speaker
                    or any(not speakers_in(passage.text, parties) for passage in passages)):
                continue  # "the mediator said" for "Ferrante said": a party named by its common noun speaks by anyone
            if _A_JUDGE.search(text, max(0, at - _MOST_WORDS * 12), at) and _speaks_as_the_court(given):
                continue  # "Judge Vasquez found" for "The Court finds": a ruling calls its judge the Court
            if own and all(own & _authors(passage.statement_of, parties) for passage in passages):
                continue  # "The city says" of a joint release of the city and the association: its own statement
            if any(one_of_both_sides(words, theirs) for _, theirs, _ in given):
                continue  # "Norlandia's industry groups" of "Industry groups on both sides": one of them
            if _claims_its_figure(text, names | party_names(own, parties), cited):  # "la CFT": l'intersyndicale
                continue  # "Selon l'intersyndicale, 3,5 millions" of "L'intersyndicale a revendiqué 3,5 millions"
            if _left_to_an_unnamed_passage(text, at, passages, parties):
                continue  # "Reyes says one in five ..., a figure the trust does not recognise": the trust's is cited
            # One finding a sentence: "X said Y had declared" names its speaker once.
            return [Finding(offset + at, f"this sentence gives the words to {shown(words)}, but its cited passages "
                                         f"give them to {shown(given[0][1])}",
                            "name the speaker the source names, or cite the passage that gives the words to this one"
                            + _alias_hint(own, given[0], parties))]
    return _given_to_the_court(text, passages, offset)


def _left_to_an_unnamed_passage(text: str, at: int, passages: list[Cited], parties: tuple) -> bool:
    """Say whether a sentence's speaker at `at`, whom no cited passage names, may be the voice of a passage naming no
    speaker ("and that one in five had applied for jobs abroad", its "He said" left out of the quote), every passage
    naming a speaker backing another speaker the sentence names: "Reyes also says one in five has applied for jobs
    abroad, a figure the trust says it does not recognise" citing that and "The trust said it did not recognise the
    figure". A passage naming a speaker the sentence gives no words keeps the finding."""
    naming = [bool(speakers_in(passage.text, parties)) for passage in passages]
    unnamed = [passage for passage, names in zip(passages, naming) if not names]
    named = [passage for passage, names in zip(passages, naming) if names]
    if not unnamed:
        return False
    speakers = speakers_in(text, parties)
    others = [(words, names) for place, words, names in speakers if place != at]
    if not others or not all(
            any(backs_speaker(names, parties_of(names, parties), passage.text, parties, words)
                for words, names in others)
            for passage in named):
        return False
    # its own words are the unnamed passage's, not a named one's: "The trust says one in five ..., a figure Reyes
    # says he does not recognise" gives the trust's "did not recognise" to Reyes
    after = [place for place, _, _ in speakers if place > at]
    own = _content_words(text[at:min(after, default=len(text))])
    return (max(len(own & _content_words(passage.text)) for passage in unnamed)
            > max((len(own & _content_words(passage.text)) for passage in named), default=0))


def _content_words(text: str) -> frozenset[str]:
    """Return text's words of four letters or more, lowercased, but for function words."""
    return frozenset(word for word in _CONTENT_WORD.findall(text.lower()) if word not in _NOT_A_NAME)


def speakers_named(passage: Cited, parties: tuple[tuple[str, frozenset[str]], ...], sole_business: bool = False
                   ) -> Cited:
    """Return the passage with the speakers it names by a pronoun or a common noun written by name: "which it says"
    speaks for the subject of the clause it hangs on (relative_speakers.py), "It says" and "The company said" for the
    party the sentence before opens on (pronoun_subjects.py, company_noun_speakers.py). With `sole_business`, a
    paragraph opening on "The company said" speaks for the briefing's one business party: enough to tell the words
    are a party's (party_word.py), not to say which speaker a sentence may name (its other speakers, "The Board
    accepts that figure but says", are not all read: newuser_42)."""
    passage = with_relative_speakers(passage, lambda subject: bool(speakers_in(f"{subject} said", parties)))
    passage = with_pronoun_named(passage, lambda subject: names_one_party(subject, parties))  # "It says" (newuser_128)
    passage = with_party_noun_named(passage, lambda subject: _parties_named(subject, parties))  # "según el partido"
    return with_company_named(passage, lambda subject: _parties_named(subject, parties),
                              parties if sole_business else ())


def _alias_for_a_named_body(words: str, given: list, parties: tuple[tuple[str, frozenset[str]], ...]) -> bool:
    """Say whether a speaker named by a noun the editor gave a party as its alias ("the council") stands where the
    passages give the words to a body they name, of its own ("A passenger group, Brackford Bus Users, said"): no
    official of the party, whom its noun might stand for ("the mediator said" of "Ferrante said"), but another body."""
    if folded_word(" ".join(words.split())) not in frozenset().union(*(names for _, names in parties)):
        return False
    return bool(given) and all(not parties_of(of_its_own_body(said, names, parties), parties)
                               and any(folded_word(word) in _BODIES for run in _RUN.findall(said)
                                       for word in run.split()[1:])
                               for _, said, names in given)


def names_one_party(subject: str, parties: tuple[tuple[str, frozenset[str]], ...]) -> bool:
    """Say whether a subject, read as a speaker ("The campaign", "Save Elmsford Births"), names exactly one party and
    each of its naming words a party's (no person): whom pronoun_subjects.py lets a passage's "It says" stand for."""
    said = speakers_in(f"{subject} said", parties)
    names = said[0][2] if len(said) == 1 else frozenset()
    return len(parties_of(names, parties)) == 1 and all(parties_of(frozenset({name}), parties) for name in names)


def _parties_named(subject: str, parties: tuple[tuple[str, frozenset[str]], ...]
                   ) -> tuple[tuple[frozenset[str], ...], bool]:
    """Return the naming words of each party a subject names, and whether it names anyone else too (a word of no
    party's): what company_noun_speakers.py reads a sentence's opening subject by."""
    names = naming_words(subject, parties)
    own = parties_of(names, parties)
    return (tuple(words for party, words in parties if party in own),
            any(not any(is_named(name, words) for _, words in parties) for name in names))


def _claims_its_figure(text: str, names: frozenset[str], passages: list[Cited]) -> bool:
    """Say whether a passage names the speaker as the subject of a verb of claiming or counting beside a figure the
    sentence gives ("L'intersyndicale a revendiqué 3,5 millions", verb_givers.py): the count is the speaker's word,
    though the passage names no one else's words by a verb of saying."""
    if not any(names_by_verb(passage.text) for passage in passages):
        return False  # most passages name no giver so: the sentence's figures not read
    return any(claims_figure(names, figures_of(text, passage.language), passage.text, passage.language)
               for passage in passages)


def _authors(statement_of: str, parties: tuple) -> frozenset[str]:
    """Return the parties a source's `statement_of` names ("the city and the association"), or none."""
    return authoring_parties(frozenset(folded_word(word) for word in _PLAIN_WORD.findall(statement_of)), parties) \
        if statement_of else frozenset()


def authoring_parties(names: frozenset[str], parties: tuple[tuple[str, frozenset[str]], ...]) -> frozenset[str]:
    """Return the parties an author's naming words name (parties_of), a word naming several parties left out where
    the others name one: "valdemar" of the "Sindicato de Estibadores del Puerto de Valdemar" and of the "Autoridad
    Portuaria de Valdemar" made both the authors of either's statement, so "Según el sindicato" of the authority's
    release built (newuser_114)."""
    return parties_of(names - _shared_naming_words(parties), parties) or parties_of(names, parties)


def _shared_naming_words(parties: tuple[tuple[str, frozenset[str]], ...]) -> frozenset[str]:
    """Return the naming words of more than one party."""
    seen: set[str] = set()
    shared: set[str] = set()
    for _, words in parties:
        shared |= seen & words
        seen |= words
    return frozenset(shared)


def _in_its_turn(passage: Cited) -> Cited:
    """Return the passage with the label of the transcript's turn holding it before its words, where its words are
    a turn's without the label: "about two hundred and forty beds" is Cllr Okafor's in her turn."""
    if quoted_document(passage.text):
        return passage  # the words a turn quotes from a document are the document's (quoted_documents.py)
    label = speaker_of_turn(passage.paragraph, passage.text)
    # whom the turn speaks to ("Mr Okonjo, you have promised ...") is no speaker of it (tests/test_newuser_98.py)
    return passage._replace(text=f"{label[0]} {without_addressees(passage.text)}") if label else passage


def _alias_hint(own: frozenset[str], given: tuple[int, str, frozenset[str]], parties: tuple) -> str:
    """Return the hint's end where the passage names its speaker by a name no party holds and the sentence names a
    party: a ruling's "The Appellant" is the party a new editor named Varga (newuser_38), and only `aliases` says so."""
    if not own or parties_of(given[2], parties) or names_a_role(given[1]):
        return ""  # a transcript's "MODERATOR:" runs the debate: no party's alias (tests/test_newuser_96.py)
    return f"; if '{shown(given[1])}' is how the source names that party, add it to the party's `aliases`"


def _misattributed_in_holding(text: str, passages: list[Cited], offset: int, parties: tuple) -> list[Finding]:
    """Return a finding for a speaker text names in person whom passages naming no speaker do not back, where the
    source's sentences holding them give the words to someone else by name."""
    if not any(_in_person(names, parties) or _a_surname(names, parties) for _, _, names in speakers_in(text, parties)):
        return []  # the sentence names no one in person, nor by a surname: the holding sentences are not read
    given = _holding_speakers(passages, parties)
    if not given:
        return []
    in_person = any(_in_person(their_names, parties) for _, _, their_names in given)
    for at, words, names in speakers_in(text, parties):
        own = parties_of(names, parties)
        if (_in_person(names, parties) or (in_person and _a_surname(names, parties))) and not any(
                backs_speaker(names, own, passage.holding or passage.text, parties, words) for passage in passages):
            return [Finding(offset + at, f"this sentence gives the words to {shown(words)}, but the source gives "
                                         f"the words it cites to {shown(given[0][1])}",
                            "name the speaker the source names, or cite the passage that gives the words to this one")]
    return []


def _party_quoted_in_holding(text: str, passages: list[Cited], offset: int, parties: tuple) -> list[Finding]:
    """Return a finding where text gives a quotation to one party by its name alone ('The Greens say "a number of
    ballot papers were wrongly rejected"') citing a passage that holds the quoted words and names no speaker ('saying
    that "a number of ballot papers were wrongly rejected"'), whose source sentence gives them to other parties alone
    ("Labour has asked for a recount in the ward, saying that ...": factcheck_237)."""
    named = speakers_in(text, parties)
    quoted = [_folded_quote(text[start:end]) for start, end in quoted_parts(text)
              if len(text[start:end].split()) >= 3]  # a word or two may be anyone's
    if len(named) != 1 or not quoted:
        return []
    at, words, names = named[0]
    own = parties_of(names, parties)
    if len(own) != 1 or not all(parties_of(frozenset({name}), parties) for name in names):
        return []  # a person, or words of no party: _misattributed_in_holding's
    for passage in passages:
        if not passage.holding or not any(words_quoted in _folded_quote(passage.text) for words_quoted in quoted):
            continue
        if any(is_named(name, _passage_words(passage.holding)) for name in names):
            continue  # "The Greens said Labour was wrong to claim that ...": who quoted whom is the sentence's to say
        given = speakers_in(passage.holding, parties)
        theirs = [parties_of(their_names, parties) for _, _, their_names in given]
        if given and all(theirs) and own.isdisjoint(frozenset().union(*theirs)) and not backs_speaker(
                names, own, passage.holding, parties, words):
            return [Finding(offset + at, f"this sentence gives the words to {shown(words)}, but the source gives "
                                         f"the words it cites to {shown(given[0][1])}",
                            "name the speaker the source names, or cite the passage that gives the words to this one")]
    return []


def _folded_quote(text: str) -> str:
    """Return quoted words as compared: casefolded, their spaces and quotation marks evened."""
    return " ".join(text.casefold().replace("’", "'").strip(" \"“”'‘.,").split())


# A court named by what it is, as a sentence about a ruling names it: "the judge said", "the court found that".
_COURT_HOLDS = ("court", "judg", "ruling", "tribunal", "justices", "panel")  # what each of _COURT's matches holds
_COURT = patterns.compile(r"(?:the\s+)?(?:court|judge|judgment|judgement|ruling|tribunal|justices|panel)(?:['’]s)?",
                          re.IGNORECASE)


# A judge named in person before the verb ("Judge Helen R. Vasquez", "Justice Okoro", "Vasquez J"; an initial's stop
# ends the subject read, so the title is looked for before it), and the words by which a ruling names its own court
# as a speaker ("The Court finds that", "the Tribunal concludes")
_A_JUDGE = patterns.compile(r"(?<!\w)(?:[Jj]udge|[Jj]ustice)\s+[A-Z]|(?<=[a-z])\s+(?:J|LJ|CJ)(?!\w)")
_COURT_SPEAKERS = frozenset({"court", "tribunal"})


def _judges_by_title(passage: str, given: tuple[tuple[int, str, frozenset[str]], ...]) -> bool:
    """Say whether every speaker a passage names (speakers_in) is a judge named with the title ("Judge Castell wrote",
    "Justice Okoro said"), whom a sentence may call "the judge" or "the court"."""
    starts = [(passage.rfind(words, 0, at), words) for at, words, _ in given]
    return all(start >= 0 and _A_JUDGE.search(passage, max(0, start - 9), start + len(words))
               for start, words in starts)


def _speaks_as_the_court(given: tuple[tuple[int, str, frozenset[str]], ...] | list) -> bool:
    """Say whether a passage's speakers (speakers_in) are its court alone, as a ruling names itself."""
    return bool(given) and all(names <= _COURT_SPEAKERS | {"superior", "supreme", "district", "high", "appeal",
                                                           "appeals", "federal", "county", "circuit", "crown"}
                               and names & _COURT_SPEAKERS for _, _, names in given)


def _given_to_the_court(text: str, passages: list[Cited], offset: int) -> list[Finding]:
    """Return a finding where text gives words to the court ("the judge said") that every cited passage gives to
    someone by name whom text does not name: a party's case or a witness's evidence told as the court's finding."""
    theirs = [speakers_in(passage.text) or _unnamed_speakers(passage.text) for passage in passages]
    if not all(theirs) or any(_speaks_as_the_court(given) for given in theirs):
        return []  # a passage giving the words to no one, or to "the Court": the ruling's own ("I find that")
    if all(_judges_by_title(passage.text, given) for passage, given in zip(passages, theirs)):
        return []  # "Judge Castell wrote that ...": "the judge said" names her by her office (newuser_81)
    spoken = frozenset(w.casefold() for w in _PLAIN_WORD.findall(MARKER.sub(" ", text)))  # a key names no one
    if any(is_named(name, spoken) for given in theirs for _, _, names in given for name in names):
        return []  # "the judge rejected Pike's evidence that ...": the sentence names whose word it was
    quoted = quoted_parts(text)
    said = [(verb.start(), _subject_before(text, verb.start())) for verb in _REPORTING.finditer(text)]
    for at, subject in said + [(found.start(), found["court"]) for found in _COURT_FOUND.finditer(text)]:
        if not inside(quoted, at) and _COURT.fullmatch(subject):
            return [Finding(offset + at, f"this sentence gives the words to {subject}, but its cited "
                                                   f"passages give them to {shown(theirs[0][0][1])}",
                            "name the speaker the source names, or cite the court's own words")]
    return []


# A court's finding told after what it found, as no reporting word above reads it: "..., the court found."
_COURT_FOUND = patterns.compile(r"(?<=,\s)(?P<court>(?:the\s+)?(?:court|judge|tribunal))\s+(?:found|ruled|held"
                                r"|concluded)(?=\s*[.;]|\s*$)", re.IGNORECASE)
# Not a speaker's noun: a pronoun, whom a ruling may mean itself by, or a passive's verb ("the request is denied")
_NOT_A_SPEAKER = frozenset({"it", "he", "she", "they", "we", "i", "you", "this", "that", "which", "who", "is", "was",
                            "are", "were", "be", "been", "being"})


def _unnamed_speakers(text: str) -> tuple[tuple[int, str, frozenset[str]], ...]:
    """Return the speakers a passage names by a noun alone ("the company said", "officials say"), outside quotation
    marks, each with its noun as its naming word."""
    quoted = quoted_parts(text)
    found = []
    for at, words, _ in reporting_subjects(text):
        noun = words.split()[-1].casefold() if words.split() else ""
        if noun.isalpha() and noun not in _NOT_A_SPEAKER and not inside(quoted, at):
            found.append((at, words, frozenset({noun})))
    return tuple(found)


def misattributed_in_item(text: str, passages: list[Cited], language: str,
                          parties: tuple[tuple[str, frozenset[str]], ...]) -> list[Finding]:
    """Return misattributed's findings for an item cited as a whole, sentence by sentence: a speaker named in one
    sentence stands in the passages the item cites."""
    if not reports(text):
        return []  # most items report no one: found without splitting them into sentences
    return [finding for sentence in split_sentences(text, language)
            for finding in misattributed(sentence.text, passages, sentence.start, parties)]


def wrong_claimant(claimant: str, passages: list[Cited], parties: tuple[tuple[str, frozenset[str]], ...]) -> str:
    """Return the speaker the cited passages give a claim's words to where none of them gives them to its
    `claimant` (as a sentence's "X said" is read); or ""."""
    given, cited = _named_speakers_of(passages, parties), passages
    names = naming_words(claimant, parties)
    if not given and names and _in_person(names, parties):  # the sentence holding a passage naming no one
        # or, where that sentence is a quotation going on, the sentence before it too (continued_quotes.py)
        passages = [passage._replace(holding=with_quote_opening(passage.holding, passage.paragraph, passage.language))
                    for passage in passages]
        given = _holding_speakers(passages, parties)
        passages = [Cited(passage.holding or passage.text) for passage in passages]
    if not given or not names or any(backs_speaker(names, parties_of(names, parties), passage.text, parties,
                                                   claimant) for passage in passages):
        # an office the passages give another party only: "Afghanistan's defense minister" of "Pakistan spent
        # decades ... - its defense minister acknowledged" (titles_of_parties.py, factcheck_227)
        return titled_party_swapped(claimant, cited, parties)[1]
    return shown(given[0][1])


def wrong_column(listed: tuple[str, ...], passages: list[Cited],
                 parties: tuple[tuple[str, frozenset[str]], ...]) -> str:
    """Return the speaker the cited passages give a claim's words to where every speaker they name is of a party,
    none of the claim's `listed` parties; or ""."""
    if not listed or not set(listed) <= {party for party, _ in parties}:
        return ""  # a party the briefing lacks is an error of its own
    given = _named_speakers_of(passages, parties)
    sides = [parties_of(names, parties) for _, _, names in given]
    if not given or not all(sides) or any(side & set(listed) for side in sides):
        return ""
    # a listed party speaking in the passages by its common noun: "..., though the alliance disputes that forecast,
    # saying it ignores savings" gives the alliance words of its own beside the officials' it names
    if any(parties_of(names, parties) & set(listed) for _, _, names in _speakers_of(passages, parties)):
        return ""
    return shown(given[0][1])


def words_around(text: str, start: int, end: int, language: str = "") -> tuple[str, str]:
    """Return the source's sentences holding the words text[start:end], those words blanked (whom they quote is not
    who says them), and the sentence before them (in their paragraph, or one ending with a colon before it,
    "Al-Monitor lays out the following:"): where a source names who says the words it quotes."""
    opening = text.rfind("\n\n", 0, start)
    paragraph = opening + 2 if opening >= 0 else 0
    closing = text.find("\n\n", end)
    sentences = split_sentences(text[paragraph:closing if closing >= 0 else len(text)], language)
    held = [i for i, s in enumerate(sentences) if paragraph + s.start < end and paragraph + s.end > start]
    if not held:
        return "", ""
    first, last = paragraph + sentences[held[0]].start, paragraph + sentences[held[-1]].end
    before = sentences[held[0] - 1].text if held[0] else _last_sentence(text[:max(0, opening)], language)
    if not held[0] and not before.rstrip().endswith(":"):
        before = ""  # another paragraph's, which introduces nothing
    # a transcript's turn names its speaker once, by the label opening it: "OKONJO: No. ... has invented a number"
    # (`speaker: Ruth Harper` built for Okonjo's words: tests/test_newuser_96.py)
    label = speaker_of_turn(text[paragraph:first], text[paragraph:first].rstrip()[-40:]) if held[0] else []
    return f"{label[0] + ' ' if label else ''}{text[first:start]} … {text[end:last]}", before


def _last_sentence(text: str, language: str) -> str:
    sentences = split_sentences(text[text.rfind("\n\n") + 2:], language) if text.strip() else []
    return sentences[-1].text if sentences else ""


def unnamed_speaker(speaker: str, holding: Cited, nearby: list[Cited],
                    parties: tuple[tuple[str, frozenset[str]], ...]) -> str:
    """Return what is wrong with a quote's `speaker`, or "": where the source's sentence `holding` its words (see
    words_around) gives them to someone by name, the speaker must be that one or named in a passage `nearby` (the
    sentence before, the passages its context cites); one named in person must be named in one of them."""
    names = naming_words(speaker, parties)
    if not names:
        return ""
    own = parties_of(names, parties)
    if any(backs_speaker(names, own, c.text, parties, speaker) for c in [holding, *nearby]):
        return ""
    given = speakers_in(holding.text, parties)
    if given:
        return f"the source gives these words to {shown(given[0][1])}, not to {speaker}"
    personal = [name for name in names if not any(is_named(name, words) for _, words in parties)]
    if personal:
        return (f"the source names no {speaker} in the sentence that holds these words or the one before, nor in a "
                "passage the `context` cites")
    return ""
