"""A Swedish briefing written from scratch, as the README tells a new editor whose language is not built in: the
strike in the Swedish ports between the dockers' union (Hamnarbetarförbundet) and the employers (Sveriges Hamnar),
from a news agency's report and the mediators' press release the editor saved (tests/fixtures/newuser_44/seeds/:
"8 400 hamnarbetare", "4,2 procent", "2,4 miljarder kronor", "den 3 mars 2026", quotations in ” ”), and a project
locale (locales/sv.yaml, copied from en.yaml and translated, with the words the checks read; its weekdays with their
definite forms, "fredag/fredagen", as the README's "Languages" says of declined forms).

What the new editor met: a quote's speaker refused as "the source gives these words to NTB, not to Sara Holm" where
the source says "säger hon till NTB" (NTB is whom she said it to; now the error says the source names no Sara Holm
there, and `context` is the fix), and a comparison's attribution refused as giving the words to "Hamnarbetarförbundet
är den genomsnittliga månadslönen" (the speaker after "enligt" ran on past its verb).

Then 31 honest sentences the way a Swedish reporter paraphrases and 29 misstatements, each citing one passage of the
source, checked in-process (support.sentence_findings) with the fixture's locale read. On the code before this work
21 of the misstatements built: Swedish negations ("inte", "ej", "aldrig", "inga"; explainer/polarity.py), Swedish
number words ("åtta veckor", "fyra dagar"; explainer/spelled_languages.py) and scales after digits ("2,4 miljarder",
"35 miljoner"; explainer/numbers.py), rises and falls ("har ökat med", "sänktes med"; explainer/direction_languages.py),
a party's word given to another party (after "enligt", in its definite form "förbundet", and through a compound:
"Hamnar" of Sveriges Hamnar opens "Hamnarbetarförbundet"; explainer/definite_speakers.py, speakers.py) and a
condition opening its sentence without a comma ("Om förslaget avvisas väntas lockouten ..."; explainer/
swedish_conditions.py, conditions.py); and 4 honest sentences were refused (number words as figures, "säger hon till
NTB" read as NTB's words). What the locale alone fixes (a weekday's definite form, a hedge "enligt uppgifter", an
expectation "räknar med") is held here too. Not read: see the report of this branch (a possibility told as done,
"sänker" citing "kan sänka", and a proposal told as done, "får" citing "föreslås", build here as in English).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from conftest import REPO, run_build
from explainer import numbers
from explainer.locale import read_as_written
from explainer.model import Party
from explainer.numbers import quantities_in
from explainer.owners import party_words
from explainer.speakers import parties_of
from support import checked_fixture_project, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_44"

PARTIES = (Party(id="forbundet", name="Hamnarbetarförbundet", short_name="förbundet",
                 aliases=("Hamnarbetarförbundets",)),
           Party(id="hamnarna", name="Sveriges Hamnar", short_name="Sveriges Hamnar", aliases=("Sveriges Hamnars",)))

P_STREJK = ("Omkring 8 400 hamnarbetare i 22 hamnar har lagt ned arbetet sedan den 3 mars 2026, och enligt "
            "Sjöfartsverket låg på måndagskvällen 214 fartyg för ankar i väntan på att lossas.")
P_MEDLEMMAR = ("Konflikten står mellan fackförbundet Hamnarbetarförbundet, som har drygt 12 000 medlemmar, och "
               "arbetsgivarorganisationen Sveriges Hamnar.")
P_KRAV = "Förbundet kräver löneökningar på 4,2 procent per år i ett tvåårigt avtal."
P_KOSTNAD = "Enligt Sveriges Hamnar kostar strejken svensk ekonomi omkring 2,4 miljarder kronor i veckan."
P_GBG = "Sedan strejken började har hanteringen minskat med 85 procent, uppger hamnbolaget."
P_GOTLAND = ("Strejken omfattar inte färjetrafiken till Gotland, som undantogs efter en överenskommelse mellan parterna "
             "den 4 mars.")
P_ALDRIG = "Förbundet har aldrig tidigare strejkat i mer än fyra dagar i följd."
P_REDERIER = "Flera rederier uppges överväga att styra om sina fartyg till hamnar i Danmark och Norge."
P_MINST_TRE = "Minst tre containerlinjer ska redan ha gjort det, enligt uppgifter till NTB."
P_LONER = ("Inflationen var 8,4 procent 2022 och 5,8 procent 2023, medan hamnarbetarnas löner höjdes med sammanlagt "
           "7,1 procent under samma två år, uppger förbundet.")
P_LON = "Enligt Hamnarbetarförbundet är den genomsnittliga månadslönen 34 200 kronor."
P_HOLM = "Arbetsmarknadsminister Sara Holm säger att regeringen inte tänker ingripa i konflikten."
P_INGA = ("”Det här är en fråga för parterna. Regeringen har inga planer på att lägga fram ett lagförslag om "
          "tvångsmedling”, säger hon till NTB.")
P_KASSA = "Förbundets strejkkassa räcker enligt Lindqvist i minst åtta veckor."
P_LOCKOUT = "Om förslaget avvisas väntas lockouten träda i kraft den 17 mars."
P_AVSLUTAS = "Om medlarnas förslag accepteras av båda parter kan strejken avslutas redan i nästa vecka."
P_BEKRAFTAD = "Uppgiften har inte bekräftats av företagen själva."
P_LAKEMEDEL = "Transporter av läkemedel lossas ej av de strejkande."
P_BERGSTROM = "Sveriges Hamnars förhandlingschef Anna Bergström säger att organisationen inte kommer att höja sitt bud."
P_NORRKOPING = "Hamnen räknar med att förlora omkring 35 miljoner kronor i intäkter om strejken varar hela månaden."
P_FYRA = ("Den längsta strejken i förbundets historia, i juni 2019, varade i fyra dagar och omfattade 1 900 "
          "medlemmar.")
P_SAMMAN = "Förhandlingarna bröt samman fredagen den 27 februari efter sex veckors samtal."
P_HYLLOR = "”Vi ser inga tomma hyllor i dag, och vi tror inte att konsumenterna behöver hamstra”, säger hon."
P_OLJA = "Bensin och diesel påverkas inte i nuläget, eftersom oljehamnarna inte omfattas av strejken."
P_ANDEL = "Sveriges Hamnar uppger att andelen är 18 procent."

HONEST = {
    'strejk': ('Omkring 8 400 hamnarbetare strejkar sedan den 3 mars 2026.', P_STREJK),
    'hamnar': ('Strejken omfattar 22 hamnar.', P_STREJK),
    'mer-an-12000': ('Hamnarbetarförbundet har mer än 12 000 medlemmar.', P_MEDLEMMAR),
    'krav': ('Förbundet kräver 4,2 procent per år.', P_KRAV),
    'kostnad': ('Enligt Sveriges Hamnar kostar strejken omkring 2,4 miljarder kronor i veckan.', P_KOSTNAD),
    'kostnad-miljoner': ('Sveriges Hamnar uppger att strejken kostar ungefär 2 400 miljoner kronor i veckan.',
                         P_KOSTNAD),
    'minskat': ('Hanteringen i Göteborg har minskat med 85 procent, uppger hamnbolaget.', P_GBG),
    'gotland': ('Färjetrafiken till Gotland omfattas inte av strejken.', P_GOTLAND),
    'gotland-same': ('Strejken omfattar inte färjetrafiken till Gotland.', P_GOTLAND),
    'aldrig': ('Förbundet har aldrig strejkat i mer än fyra dagar.', P_ALDRIG),
    'aldrig-siffra': ('Förbundet har aldrig tidigare strejkat i mer än 4 dagar i följd.', P_ALDRIG),
    'uppges': ('Flera rederier uppges överväga att styra om fartygen till Danmark och Norge.', P_REDERIER),
    'enligt-uppgifter': ('Enligt uppgifter till NTB ska minst tre containerlinjer redan ha styrt om.', P_MINST_TRE),
    'hojdes': ('Hamnarbetarnas löner höjdes med 7,1 procent under 2022 och 2023, uppger förbundet.', P_LONER),
    'lon': ('Enligt förbundet är den genomsnittliga månadslönen 34 200 kronor.', P_LON),
    'lon-namn': ('Enligt Hamnarbetarförbundet tjänar en hamnarbetare i genomsnitt 34 200 kronor i månaden.', P_LON),
    'holm': ('Regeringen tänker inte ingripa i konflikten, säger Sara Holm.', P_HOLM),
    'holm-till-ntb': ('Regeringen har inga planer på tvångsmedling, säger Sara Holm.', P_INGA),
    'kassa': ('Strejkkassan räcker enligt Lindqvist i minst åtta veckor.', P_KASSA),
    'kassa-siffra': ('Strejkkassan räcker enligt Lindqvist i minst 8 veckor.', P_KASSA),
    'villkor-kvar': ('Om förslaget avvisas väntas lockouten börja den 17 mars.', P_LOCKOUT),
    'villkor-efter': ('Lockouten väntas träda i kraft den 17 mars om medlarnas förslag avvisas.', P_LOCKOUT),
    'avslutas-villkor': ('Strejken kan avslutas redan i nästa vecka om båda parter accepterar förslaget.', P_AVSLUTAS),
    'bekraftad': ('Uppgiften har inte bekräftats av företagen.', P_BEKRAFTAD),
    'ej-inte': ('Läkemedel lossas inte av de strejkande.', P_LAKEMEDEL),
    'bergstrom': ('Anna Bergström säger att Sveriges Hamnar inte kommer att höja sitt bud.', P_BERGSTROM),
    'norrkoping': ('Norrköpings hamn räknar med att förlora omkring 35 miljoner kronor om strejken varar hela '
                   'månaden.', P_NORRKOPING),
    'fyra-dagar': ('Den längsta strejken, i juni 2019, varade i fyra dagar.', P_FYRA),
    'fredagen': ('Förhandlingarna bröt samman fredagen den 27 februari.', P_SAMMAN),
    'fredag': ('Förhandlingarna bröt samman på fredag den 27 februari efter sex veckor.', P_SAMMAN),
    'andel': ('Sveriges Hamnar uppger att andelen är 18 procent.', P_ANDEL),
}

# Misstatements a careless editor makes: (sentence, passage, what the error names).
MISSTATEMENTS = {
    'inte-dropped': ('Strejken omfattar färjetrafiken till Gotland.', P_GOTLAND,
                     "drops the negation of its cited passage ('Strejken omfattar inte färjetrafiken till Gotland')"),
    'aldrig-dropped': ('Förbundet har tidigare strejkat i mer än fyra dagar i följd.', P_ALDRIG,
                       "drops the negation of its cited passage ('Förbundet har aldrig tidigare strejkat"),
    'inga-dropped': ('Regeringen har planer på att lägga fram ett lagförslag om tvångsmedling, säger Sara Holm.',
                     P_INGA, "drops the negation of its cited passage ('Regeringen har inga planer"),
    'inte-bekraftad': ('Uppgiften har bekräftats av företagen själva.', P_BEKRAFTAD,
                       "drops the negation of its cited passage ('Uppgiften har inte bekräftats"),
    'ej-dropped': ('Transporter av läkemedel lossas av de strejkande.', P_LAKEMEDEL,
                   "drops the negation of its cited passage ('Transporter av läkemedel lossas ej"),
    'inte-ingripa': ('Sara Holm säger att regeringen tänker ingripa i konflikten.', P_HOLM,
                     "drops the negation of its cited passage"),
    'inte-hoja': ('Anna Bergström säger att organisationen kommer att höja sitt bud.', P_BERGSTROM,
                  "drops the negation of its cited passage"),
    'inga-hyllor': ('Svensk Handel ser tomma hyllor i dag.', P_HYLLOR,
                    "drops the negation of its cited passage ('”Vi ser inga tomma hyllor i dag')"),
    'inte-olja': ('Bensin och diesel påverkas i nuläget.', P_OLJA,
                  "drops the negation of its cited passage ('diesel påverkas inte i nuläget')"),
    'atta-sex': ('Strejkkassan räcker enligt Lindqvist i minst sex veckor.', P_KASSA, 'figure "sex" is not in'),
    'fyra-fem': ('Den längsta strejken varade i fem dagar.', P_FYRA, 'figure "fem" is not in'),
    'sex-fyra': ('Förhandlingarna bröt samman efter fyra veckors samtal.', P_SAMMAN, 'figure "fyra" is not in'),
    'miljoner': ('Enligt Sveriges Hamnar kostar strejken omkring 2,4 miljoner kronor i veckan.', P_KOSTNAD,
                 'figure "2,4 miljoner" is not in'),
    'miljarder': ('Hamnen räknar med att förlora omkring 35 miljarder kronor om strejken varar hela månaden.',
                  P_NORRKOPING, 'figure "35 miljarder" is not in'),
    'okat': ('Hanteringen i Göteborg har ökat med 85 procent, uppger hamnbolaget.', P_GBG,
             'figure "85 procent" is given as a rise, but the passages this cites give it as a fall'),
    'sanktes': ('Hamnarbetarnas löner sänktes med 7,1 procent under 2022 och 2023, uppger förbundet.', P_LONER,
                'figure "7,1 procent" is given as a fall, but the passages this cites give it as a rise'),
    'enligt-forbundet': ('Enligt förbundet kostar strejken omkring 2,4 miljarder kronor i veckan.', P_KOSTNAD,
                         'this sentence gives the words to förbundet, but its cited passages give them to Sveriges '
                         'Hamnar'),
    'enligt-sammansattning': ('Enligt Sveriges Hamnar är den genomsnittliga månadslönen 34 200 kronor.', P_LON,
                              'this sentence gives the words to Sveriges Hamnar, but its cited passages give them to '
                              'Hamnarbetarförbundet'),
    'forbundet-uppger': ('Förbundet uppger att andelen är 18 procent.', P_ANDEL,
                         'this sentence gives the words to Förbundet, but its cited passages give them to Sveriges '
                         'Hamnar'),
    'villkor-lockout': ('Lockouten väntas träda i kraft den 17 mars.', P_LOCKOUT,
                        "the source gives this only on a condition ('Om förslaget avvisas')"),
    'villkor-avslutas': ('Strejken kan avslutas redan i nästa vecka.', P_AVSLUTAS,
                         "the source gives this only on a condition ('Om medlarnas förslag accepteras av båda "
                         "parter')"),
    'veckodag': ('Förhandlingarna bröt samman torsdagen den 27 februari.', P_SAMMAN,
                 'day "torsdagen" is not in the passages'),
    'uppges-dropped': ('Flera rederier överväger att styra om sina fartyg till hamnar i Danmark och Norge.',
                       P_REDERIER, "the source gives this only as 'uppges'"),
    'enligt-uppgifter-dropped': ('Minst tre containerlinjer har redan styrt om sina fartyg.', P_MINST_TRE,
                                 "the source gives this only as 'enligt uppgifter'"),
    'raknar-med': ('Hamnen kommer att förlora omkring 35 miljoner kronor i intäkter.', P_NORRKOPING,
                   "the source gives this only as expected ('räknar med'), but it is worded as certain "
                   "('kommer att')"),
    'siffra': ('Omkring 8 900 hamnarbetare strejkar sedan den 3 mars 2026.', P_STREJK,
               'figure "8 900" is not in'),
    'datum': ('Omkring 8 400 hamnarbetare strejkar sedan den 4 mars 2026.', P_STREJK,
              'date "4 mars 2026" is not in'),
    'decimal': ('Förbundet kräver 4,5 procent per år.', P_KRAV, 'figure "4,5 procent" is not in'),
    'tusental': ('Hamnarbetarförbundet har drygt 21 000 medlemmar.', P_MEDLEMMAR, 'figure "21 000" is not in'),
}


LABELS = yaml.safe_load((FIXTURE / "locales" / "sv.yaml").read_text(encoding="utf-8"))


@pytest.fixture(autouse=True)
def swedish_locale():
    """Read Swedish text as the fixture's project locale has the build read it (after conftest's reset to none),
    then as English has it."""
    read_as_written({"sv": LABELS})
    yield
    numbers.read_as_locales({})


def test_the_briefing_builds_and_its_pages_show_notes_and_passages(tmp_path: Path):
    """The Swedish briefing builds, its pages in Swedish, each sentence's note quoting its passage, which the
    source's page marks where a note leads."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = (desk / "site" / "hamnstrejken" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="sv"' in page
    for words in ("Det här vet vi", "Först publicerad", "Rättelse", "Vad som var fel:", "Parternas siffror",
                  "omkring 2,4", "fredag 27 februari", "Med egna ord", "Noter"):
        assert words in page, words
    assert ('<li id="note-ntb-213-294" tabindex="-1">' in page and '<q>Omkring 8 400 hamnarbetare i 22 hamnar har lagt ned arbetet '
            'sedan den 3 mars 2026</q>' in page and 'href="../sources/ntb.html#passage-213-294"' in page)
    assert 'href="#note-ntb-213-294" class="ref" aria-label="not 1">[1]</a>' in page
    source = (desk / "site" / "sources" / "ntb.html").read_text(encoding="utf-8")
    assert ('<mark id="passage-213-294" tabindex="-1" data-named="citerad passage: " class="cited">Omkring 8 400 hamnarbetare i 22 hamnar har lagt ned arbetet '
            'sedan den 3 mars 2026</mark>') in source
    assert 'aria-label="tillbaka till fotnot 1 i ”Strejken i de svenska hamnarna”"' in source
    feed = (desk / "site" / "feed.xml").read_text(encoding="utf-8")
    assert 'xml:lang="sv"' in feed and "<title>Rättelse: Strejken i de svenska hamnarna" in feed


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_swedish_wording_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "sv", PARTIES) == []


@pytest.mark.parametrize("sentence, passage, named", MISSTATEMENTS.values(), ids=MISSTATEMENTS.keys())
def test_a_swedish_misstatement_is_refused(sentence: str, passage: str, named: str):
    found = sentence_findings(sentence, (passage,), "sv", PARTIES)
    assert any(named in message for message in found), found


@pytest.mark.parametrize("text, figures", [
    ("minst åtta veckor", [8]), ("tjugotre hamnar", [23]), ("tvåhundrafemtio fartyg", [250]),
    ("tolvtusen medlemmar", [12000]), ("två miljoner kronor", [2000000]), ("en hamn", []), ("ett avtal", []),
    ("tusen tack", []), ("2,4 miljarder kronor", [2400000000]), ("35 miljoner kronor", [35000000]),
    ("12 000 medlemmar", [12000]), ("sexton år", [16])])
def test_swedish_number_words_and_scales_are_read(text: str, figures: list[int]):
    """Swedish writes a number below a million as one word, its ten before its unit; "en" and "ett" alone are
    articles, "tusen" alone no count; "miljarder" is 10^9."""
    assert sorted(q.value for q in quantities_in(text, "sv")) == [Decimal(f) for f in figures]


def test_a_party_word_opening_another_partys_compound_names_only_its_own():
    """"hamnar" (Sveriges Hamnar) opens "Hamnarbetarförbundet": a word one party holds as written names that party."""
    words = tuple((party.id, party_words(party, "sv")) for party in PARTIES)
    assert parties_of(frozenset({"sveriges", "hamnar"}), words) == {"hamnarna"}
    assert parties_of(frozenset({"hamnarbetarförbundet"}), words) == {"forbundet"}
    assert parties_of(frozenset({"hamnarbetarförbundets"}), words) == {"forbundet"}
