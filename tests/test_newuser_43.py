"""A Dutch briefing written from scratch, as the README tells a new editor whose language is not built in: the rent
dispute in the fictional city of Westerhaven, whose council capped yearly rent rises in the free sector at 3,5 procent
against the landlords' association (Vereniging Verhuurders Westerhaven, VVW) that asked a court to suspend it, with the
tenants' union (Huurdersbond) behind the cap and the court's ruling on the council's power still to come, from two
documents the editor wrote (tests/fixtures/newuser_43/seeds/: the council's decision and a newspaper report quoting
both sides; "€ 1,2 miljoen", "12.600 woningen", "3,5 procent", "zo'n 3.400 leden", "bijna de helft", "3 maart 2026", a
deadline), and a project locale (locales/nl.yaml, copied from en.yaml and translated, with the words the checks read).

What the new editor met: the build refused the translated locale itself, its `bound_at_least: ten minste` "states
'ten'" (English's number word read in Dutch; "ten minste", "ten hoogste", "ten slotte" are set phrases,
explainer/numbers.py), and a claim's `claimant` "Vereniging Verhuurders Westerhaven" for words "VVW-voorzitter Karel
de Wit" says (named "Karel de Wit" here; speakers.py, left to its owners).

Then 82 honest sentences the way a Dutch reporter paraphrases ("ongeveer", "ruim", "zo'n", "volgens de gemeente",
number words, separable verbs: "stelde ... vast", "heeft ... vastgesteld") and 40 misstatements (a figure given to
the other party, a proposal or study told as decided, a possibility told as done, "meer dan" for a figure under it,
"meer dan de helft" for 48 procent, a date or weekday moved, a quote altered, votes swapped, a negation dropped:
"niet", "geen", "nooit", often at the clause's end), each citing one sentence of a source (support.SentencesChecked):
on the code before this work all 82 honest sentences were refused, as the locale was (with "minstens" for its "ten
minste", 2 were) and 27 misstatements built; now every case here holds. Fixed, each where its reading lives, most
frequent first: Dutch negations ("niet", "geen", "nooit", "verworpen", a "niet" closing its clause read back to its
verb, a purpose clause "om ... te" no assertion; explainer/polarity.py); a proposal, demand, request or study told as
set up, introduced or decided ("opgericht", "richtte ... op", "ingevoerd", "besloten", "geschorst" citing "stelt
voor", "wil dat", "gevraagd", "onderzoekt"; explainer/stages.py); a possibility told as done ("opgelegd" citing "kan
... opleggen", explainer/possible_done.py); a condition dropped ("als", an inverted "mocht", "indien", "mits",
"tenzij"; explainer/conditions.py); Dutch number words ("negen jaar", "drieëntwintig";
explainer/spelled_languages.py); "ten minste" no figure ten (explainer/numbers.py); fractions in words ("meer dan de
helft", "een kwart van"; explainer/fractions_said.py); a two-part list's pairs ("23 stemmen voor en 14 stemmen
tegen", a score "23 tegen 14" naming neither; explainer/paired_lists.py); rises and falls ("daalden ... met 14
procent" citing "stegen ... met gemiddeld 14 procent", the verb far before "met"; explainer/direction_languages.py,
direction.py); date bounds ("uiterlijk op 16 april", "tot en met 14 april" after a possibility;
explainer/datebounds.py: a timeline's `when` says "uiterlijk 16 april"); a comparison's figure given "volgens cijfers
van de gemeente" in the gemeente's column (explainer/owners.py).
Still refused: "Volgens de VVW stellen ruim 40 leden hun huurverhogingen uit" citing "Ruim 40 leden hebben volgens de
vereniging al besloten ..." (the words before a mid-sentence "volgens" read as a speaker), "ruim 9.000" citing
"ongeveer 9.300" (as English's "more than 9,000" citing "about 9,300" is). Still built: "De VVW houdt het op ongeveer
€ 4,1 miljoen" citing "De gemeente houdt het op ongeveer € 4,1 miljoen" (a party swapped as the subject of a verb of
estimating no locale lists). Both live in the speaker modules (speakers.py, attribution.py).
"""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.numbers import quantities_in
from support import Sentence, SentencesChecked, checked_fixture_project, minimal_project

FIXTURE = REPO / "tests" / "fixtures" / "newuser_43"

PARTIES = ("  - id: gemeente\n    name: Gemeente Westerhaven\n    short_name: gemeente\n"
           "    aliases: [gemeenteraad, raad, college]\n"
           "  - id: vvw\n    name: Vereniging Verhuurders Westerhaven\n    short_name: VVW\n    aliases: [vereniging]\n"
           "  - id: bond\n    name: Huurdersbond Westerhaven\n    short_name: Huurdersbond\n    aliases: [bond]\n")

B_VASTGESTELD = ("De gemeenteraad van Westerhaven heeft op 3 maart 2026 de Verordening huurbegrenzing Westerhaven 2026 "
                 "vastgesteld.")
B_STEMMEN = "Het besluit werd genomen met 23 stemmen voor en 14 stemmen tegen."
B_WONINGEN = "In Westerhaven staan 41.800 huurwoningen, waarvan 12.600 in de vrije sector."
B_HUUR = ("De gemiddelde kale huur van een woning in de vrije sector steeg tussen 2021 en 2025 van € 1.040 naar € 1.385 "
          "per maand.")
B_33 = "Dat is een stijging van 33 procent."
B_INKOMENS = "In dezelfde periode stegen de inkomens van huurders in de vrije sector met gemiddeld 14 procent."
B_HELFT = ("Bijna de helft van de woningen in de vrije sector, 48 procent, is in handen van beleggers die meer dan 100 "
           "woningen in de stad bezitten.")
B_WACHTTIJD = "De wachttijd voor een sociale huurwoning bedraagt in Westerhaven gemiddeld negen jaar."
B_1100 = ("In 2025 verhuisden ruim 1.100 huishoudens uit een sociale huurwoning naar een woning in de vrije "
          "sector.")
B_OVERLEG = "Dat overleg heeft niet tot een akkoord geleid."
B_5PROCENT = "De Vereniging Verhuurders Westerhaven heeft in dat overleg een grens van 5 procent voorgesteld."
B_GRENS = "De jaarlijkse huurverhoging van een woning in de vrije sector wordt begrensd op 3,5 procent."
B_1850 = "De grens geldt voor woningen met een kale huur tot € 1.850 per maand."
B_9300 = "Volgens de berekening van de gemeente gaat het om ongeveer 9.300 woningen."
B_DRIE = "Verhuurders die minder dan drie woningen in de gemeente bezitten, vallen niet onder de verordening."
B_1JULI = "De verordening treedt in werking op 1 juli 2026."
B_BOETE = ("Verhuurders die de grens overschrijden, kan het college een bestuurlijke boete opleggen van ten hoogste "
           "€ 12.000 per woning.")
B_BELEIDSREGELS = "Het college heeft nog geen beleidsregels voor de hoogte van de boetes vastgesteld."
B_41MILJOEN = ("De gemeente verwacht dat huurders in de vrije sector samen ongeveer € 4,1 miljoen per jaar minder huur "
               "betalen dan zonder de verordening.")
B_AMENDEMENT = ("De raad heeft een amendement van de fractie van Stadsbelang om de grens op 2,5 procent te leggen "
                "verworpen, met 15 stemmen voor en 22 tegen.")
B_HUURTEAM = ("Het college stelt voor om een huurteam op te richten dat huurders helpt bij geschillen met hun "
              "verhuurder, met een budget van € 1,2 miljoen per jaar.")
B_14APRIL = "De raad beslist over dit voorstel op 14 april 2026."
B_KAMERS = "Het college onderzoekt of de verordening ook kan gelden voor kamers en studio's."
B_NIET_GENOMEN = "Een besluit daarover is niet genomen."
B_350 = ("Het college schat dat in 2025 ongeveer 350 huurwoningen in de vrije sector zijn verkocht aan "
         "eigenaar-bewoners.")
B_BEZWAAR = "Belanghebbenden kunnen tot en met 14 april 2026 bezwaar maken bij het college."
B_SCHORST = "Als de rechter de verordening schorst, treedt zij niet in werking totdat op het beroep is beslist."
B_KANTOOR = ("Dat kantoor concludeerde dat de gemeente bevoegd is, maar noemde het risico op een andere uitkomst bij de "
             "rechter \"niet verwaarloosbaar\".")
B_2028 = ("Het college rapporteert uiterlijk op 1 juli 2028 aan de raad over de gevolgen voor het aanbod van "
          "huurwoningen.")
D_SCHORSEN = ("De Vereniging Verhuurders Westerhaven (VVW) heeft dinsdag 17 maart 2026 de rechtbank gevraagd de nieuwe "
              "huurgrens van de gemeente te schorsen.")
D_200 = "De vereniging vertegenwoordigt zo'n 200 verhuurders, die samen ruim 6.000 woningen in de stad bezitten."
D_STELDE = ("De gemeenteraad stelde op 3 maart een grens van 3,5 procent vast voor de jaarlijkse huurverhoging in de "
            "vrije sector.")
D_INGAAN = "De regel moet op 1 juli ingaan."
D_BEVOEGDHEID = ("\"De gemeente heeft hier simpelweg geen bevoegdheid voor,\" zegt VVW-voorzitter Karel de Wit. "
                 "\"Huurprijzen worden in Den Haag geregeld, niet op het stadhuis.\"")
D_75 = "Volgens de VVW lopen de verhuurders door de grens samen € 7,5 miljoen aan huurinkomsten per jaar mis."
D_41 = "De gemeente houdt het op ongeveer € 4,1 miljoen."
D_ONDERHOUD = "De Wit zegt dat verhuurders daardoor minder gaan investeren in onderhoud."
D_NOOIT = "\"Wij gaan nooit akkoord met een grens die onder de inflatie ligt,\" zegt hij."
D_68 = "Verhuurders verhoogden de huur in 2025 gemiddeld met 6,8 procent, volgens cijfers van de gemeente."
D_68_49 = D_68 + " De VVW komt op 4,9 procent."
D_NOOIT_EERDER = "De VVW heeft nog nooit eerder een gemeente voor de rechter gedaagd."
D_40LEDEN = ("Ruim 40 leden hebben volgens de vereniging al besloten geplande huurverhogingen uit te stellen tot na de "
             "uitspraak.")
D_HAVENSTAETE = "Een van de leden is woningbeleggingsfonds Havenstaete, dat ruim 1.300 woningen in Westerhaven bezit."
D_55 = ("Een woordvoerder van het fonds laat weten dat het de huur in juli met 5,5 procent wil verhogen, als de "
        "rechter de verordening schorst.")
D_3400 = "De Huurdersbond Westerhaven, met zo'n 3.400 leden, steunt de verordening."
D_ELAMRANI = ("\"Bijna de helft van onze leden is meer dan 40 procent van het inkomen kwijt aan huur,\" zegt "
              "woordvoerder Fatima El Amrani.")
D_1420 = "Ze betaalt € 1.420 per maand."
D_25 = "De bond wil dat de grens wordt verlaagd naar 2,5 procent."
D_GEEN_MEERDERHEID = "Een voorstel van die strekking haalde in de raad geen meerderheid."
D_NIET_RECHTER = "El Amrani zegt dat de bond niet naar de rechter zal stappen."
D_2APRIL = "De voorzieningenrechter behandelt het verzoek op donderdag 2 april 2026."
D_16APRIL = "Een uitspraak over de schorsing volgt uiterlijk op 16 april."
D_BODEM = ("De vraag of de gemeente bevoegd is een huurgrens in te stellen, komt pas in de bodemprocedure aan de "
           "orde.")
D_NOG_NIET = "Wanneer die begint, is nog niet bekend."
D_BAKKER = "\"We gaan ervan uit dat de verordening op 1 juli gewoon ingaat,\" zegt ze."
D_BAKKER_NIET = ("Volgens Bakker is de gemeente niet van plan de grens te verhogen om de verhuurders tegemoet te "
                 "komen.")
D_SEPTEMBER = "\"Als de raad instemt, kan het team in september beginnen,\" zegt ze."
D_KWART = ("De fractie van Liberaal Westerhaven stemde tegen de verordening en noemt de grens \"symbolisch\", omdat die "
           "volgens haar ongeveer een kwart van de huurwoningen in de stad raakt.")
D_MOCHT = ("Mocht de rechter de verordening schorsen, dan kunnen verhuurders op 1 juli de huur zonder grens "
           "verhogen, zegt de VVW.")

HONEST = {
    'vastgesteld': ('De gemeenteraad stelde op 3 maart 2026 de verordening vast.',
        B_VASTGESTELD),
    'heeft-vastgesteld': ('De raad heeft de verordening op 3 maart 2026 vastgesteld.',
        B_VASTGESTELD),
    'stemmen': ('De raad nam het besluit met 23 tegen 14 stemmen.',
        B_STEMMEN),
    'woningen': ('Westerhaven telt 41.800 huurwoningen.',
        B_WONINGEN),
    'vrije-sector': ('Van de huurwoningen in Westerhaven staan er 12.600 in de vrije sector.',
        B_WONINGEN),
    'ruim-12-duizend': ('Ruim 12.000 huurwoningen in Westerhaven vallen in de vrije sector.',
        B_WONINGEN),
    'bijna-42-duizend': ('Westerhaven heeft bijna 42.000 huurwoningen.',
        B_WONINGEN),
    'huur-1385': ('De gemiddelde huur in de vrije sector steeg van € 1.040 in 2021 naar € 1.385 in 2025.',
        B_HUUR),
    'huur-ruim-1300': ('De gemiddelde kale huur in de vrije sector lag in 2025 op ruim € 1.300 per maand.',
        B_HUUR),
    'een-derde': ('De gemiddelde huur in de vrije sector steeg met 33 procent.',
        B_33),
    'inkomens': ('De inkomens van huurders in de vrije sector stegen in die periode met gemiddeld 14 procent.',
        B_INKOMENS),
    'bijna-helft': ('Bijna de helft van de vrijesectorwoningen is in handen van grote beleggers.',
        B_HELFT),
    '48-procent': ('Beleggers met meer dan 100 woningen bezitten 48 procent van de woningen in de vrije sector.',
        B_HELFT),
    'wachttijd': ('Op een sociale huurwoning wacht men in Westerhaven gemiddeld negen jaar.',
        B_WACHTTIJD),
    'wachttijd-cijfer': ('De wachttijd voor een sociale huurwoning is gemiddeld 9 jaar.',
        B_WACHTTIJD),
    'ruim-1000': ('In 2025 verhuisden meer dan 1.000 huishoudens van een sociale huurwoning naar de vrije sector.',
        B_1100),
    'geen-akkoord': ('Het overleg met de verhuurders leidde niet tot een akkoord.',
        B_OVERLEG),
    'vvw-5-procent': ('De VVW stelde in het overleg een grens van 5 procent voor.',
        B_5PROCENT),
    'grens': ('De jaarlijkse huurverhoging in de vrije sector mag niet hoger zijn dan 3,5 procent.',
        B_GRENS),
    'grens-begrensd': ('De huurverhoging in de vrije sector wordt begrensd op 3,5 procent per jaar.',
        B_GRENS),
    'tot-1850': ('De grens geldt voor woningen met een kale huur tot € 1.850 per maand.',
        B_1850),
    '9300': ('Volgens de gemeente gaat het om ongeveer 9.300 woningen.',
        B_9300),
    'zo-n-9300': ("Volgens de gemeente gaat het om zo'n 9.300 woningen.",
        B_9300),
    'kleine-verhuurders': ('Verhuurders met minder dan drie woningen vallen niet onder de verordening.',
        B_DRIE),
    'in-werking': ('De verordening treedt op 1 juli 2026 in werking.',
        B_1JULI),
    'per-1-juli': ('De verordening gaat in op 1 juli 2026.',
        B_1JULI),
    'boete': ('Het college kan een boete opleggen van ten hoogste € 12.000 per woning.',
        B_BOETE),
    'boete-maximaal': ('Wie de grens overschrijdt, riskeert een boete van maximaal € 12.000 per woning.',
        B_BOETE),
    'geen-beleidsregels': ('Het college heeft nog geen beleidsregels voor de boetes vastgesteld.',
        B_BELEIDSREGELS),
    '41-miljoen': ('De gemeente verwacht dat huurders samen ongeveer € 4,1 miljoen per jaar minder betalen.',
        B_41MILJOEN),
    'amendement': ('Een amendement om de grens op 2,5 procent te leggen, werd met 22 tegen 15 stemmen verworpen.',
        B_AMENDEMENT),
    'huurteam-voorstel': ('Het college stelt voor een huurteam op te richten met een budget van € 1,2 miljoen per jaar.',
        B_HUURTEAM),
    'huurteam-wil': ('Het college wil een huurteam van € 1,2 miljoen per jaar.',
        B_HUURTEAM),
    'beslist-14-april': ('De raad beslist op 14 april 2026 over het huurteam.',
        B_14APRIL),
    'kamers': ('Het college onderzoekt of de verordening ook voor kamers kan gelden.',
        B_KAMERS),
    'niet-genomen': ('Daarover is nog geen besluit genomen.',
        B_NIET_GENOMEN),
    '350': ("Volgens het college zijn in 2025 zo'n 350 vrijesectorwoningen verkocht.",
        B_350),
    'bezwaar': ('Bezwaar maken kan tot en met 14 april 2026.',
        B_BEZWAAR),
    'schorst-voorwaarde': ('Als de rechter de verordening schorst, treedt zij niet in werking.',
        B_SCHORST),
    'niet-verwaarloosbaar': ('Het advocatenkantoor noemde het risico bij de rechter "niet verwaarloosbaar".',
        B_KANTOOR),
    'bevoegd-kantoor': ('Volgens het advocatenkantoor is de gemeente bevoegd.',
        B_KANTOOR),
    'evaluatie': ('Het college rapporteert uiterlijk op 1 juli 2028 over de gevolgen.',
        B_2028),
    'schorsen': ('De VVW vroeg de rechtbank op dinsdag 17 maart 2026 de huurgrens te schorsen.',
        D_SCHORSEN),
    'schorsen-heeft': ('De VVW heeft de rechtbank op 17 maart gevraagd de huurgrens te schorsen.',
        D_SCHORSEN),
    'zo-n-200': ('De VVW vertegenwoordigt ongeveer 200 verhuurders.',
        D_200),
    'ruim-6000': ('De leden van de VVW bezitten samen meer dan 6.000 woningen.',
        D_200),
    'stelde-vast': ('De raad stelde de grens op 3 maart vast.',
        D_STELDE),
    'ingaan': ('De regel moet op 1 juli ingaan.',
        D_INGAAN),
    'de-wit-bevoegdheid': ('Volgens VVW-voorzitter Karel de Wit heeft de gemeente geen bevoegdheid.',
        D_BEVOEGDHEID),
    'de-wit-citaat': ('"De gemeente heeft hier simpelweg geen bevoegdheid voor," zegt Karel de Wit.',
        D_BEVOEGDHEID),
    '75-miljoen': ('Volgens de VVW lopen verhuurders € 7,5 miljoen per jaar mis.',
        D_75),
    'vvw-zegt-75': ('De VVW zegt dat verhuurders jaarlijks € 7,5 miljoen aan huur mislopen.',
        D_75),
    'gemeente-41': ('De gemeente komt op ongeveer € 4,1 miljoen.',
        D_41),
    'onderhoud': ('De Wit zegt dat verhuurders minder in onderhoud gaan investeren.',
        D_ONDERHOUD),
    'nooit-akkoord': ('De Wit zegt dat de verhuurders nooit akkoord gaan met een grens onder de inflatie.',
        D_NOOIT),
    '68-gemeente': ('Volgens de gemeente verhoogden verhuurders de huur in 2025 met gemiddeld 6,8 procent.',
        D_68),
    'vvw-49': ('De VVW komt op 4,9 procent.',
        D_68_49),
    'nooit-eerder': ('De VVW heeft nog nooit een gemeente voor de rechter gedaagd.',
        D_NOOIT_EERDER),
    'havenstaete': ('Havenstaete bezit ruim 1.300 woningen in Westerhaven.',
        D_HAVENSTAETE),
    'havenstaete-55': ('Havenstaete wil de huur in juli met 5,5 procent verhogen als de rechter de verordening schorst.',
        D_55),
    'bond-3400': ('De Huurdersbond, met ongeveer 3.400 leden, steunt de verordening.',
        D_3400),
    'el-amrani': ('Volgens Fatima El Amrani is bijna de helft van de leden meer dan 40 procent van het inkomen kwijt aan huur.',
        D_ELAMRANI),
    'visser-1420': ('Marloes Visser betaalt € 1.420 per maand.',
        D_1420),
    'bond-25': ('De Huurdersbond wil een grens van 2,5 procent.',
        D_25),
    'geen-meerderheid': ('Dat voorstel kreeg in de raad geen meerderheid.',
        D_GEEN_MEERDERHEID),
    'bond-niet-rechter': ('De bond stapt niet naar de rechter.',
        D_NIET_RECHTER),
    'zitting': ('De voorzieningenrechter behandelt het verzoek op donderdag 2 april.',
        D_2APRIL),
    'uitspraak': ('De uitspraak over de schorsing volgt uiterlijk op 16 april.',
        D_16APRIL),
    'bodem': ('Of de gemeente bevoegd is, beslist de rechter pas in de bodemprocedure.',
        D_BODEM),
    'nog-niet-bekend': ('Wanneer de bodemprocedure begint, is nog niet bekend.',
        D_NOG_NIET),
    'bakker': ('Wethouder Bakker gaat ervan uit dat de verordening op 1 juli ingaat.',
        D_BAKKER),
    'bakker-niet-verhogen': ('De gemeente is volgens Bakker niet van plan de grens te verhogen.',
        D_BAKKER_NIET),
    'september': ('Als de raad instemt, kan het huurteam in september beginnen.',
        D_SEPTEMBER),
    'kwart': ('Volgens Liberaal Westerhaven raakt de grens ongeveer een kwart van de huurwoningen.',
        D_KWART),
    'mocht': ('Als de rechter de verordening schorst, kunnen verhuurders volgens de VVW de huur op 1 juli zonder grens verhogen.',
        D_MOCHT),
    'drie-als-cijfer': ('Verhuurders met minder dan 3 woningen vallen niet onder de verordening.',
        B_DRIE),
    'kwart-woorden': ("Liberaal Westerhaven zegt dat de grens zo'n kwart van de huurwoningen raakt.",
        D_KWART),
    'ongeveer-4-miljoen': ('De gemeente verwacht dat huurders samen ongeveer € 4 miljoen per jaar minder betalen.',
        B_41MILJOEN),
    'verwierp': ('De raad verwierp een amendement om de grens op 2,5 procent te leggen.',
        B_AMENDEMENT),
    'inkomens-stegen-met': ('In die periode stegen de inkomens van huurders met gemiddeld 14 procent.',
        B_INKOMENS),
    'uiterlijk-16-april': ('De voorzieningenrechter beslist uiterlijk op 16 april over de schorsing.',
        D_16APRIL),
}

# Misstatements a careless editor makes: (sentence, passage, what the error names).
MISSTATEMENTS = {
    '75-to-gemeente': ('Volgens de gemeente lopen verhuurders € 7,5 miljoen per jaar mis.',
        D_75, 'gives the words to de gemeente'),
    '68-to-vvw': ('Volgens de VVW verhoogden verhuurders de huur in 2025 met 6,8 procent.',
        D_68, 'gives the words to VVW'),
    'huurteam-opgericht': ('Het college heeft een huurteam opgericht met een budget van € 1,2 miljoen per jaar.',
        B_HUURTEAM, "takes it further ('opgericht') than its cited passages do ('stelt')"),
    'huurteam-richtte-op': ('Het college richtte een huurteam op met een budget van € 1,2 miljoen per jaar.',
        B_HUURTEAM, "takes it further ('richtte')"),
    'grens-ingevoerd-25': ('De raad heeft een grens van 2,5 procent ingevoerd.',
        D_25, "takes it further ('ingevoerd') than its cited passages do ('wil dat')"),
    'bond-grens-ingevoerd': ('De grens is verlaagd naar 2,5 procent.',
        D_25, "takes it further ('verlaagd')"),
    'boete-opgelegd': ('Het college heeft verhuurders een boete van € 12.000 per woning opgelegd.',
        B_BOETE, "tells as done ('opgelegd') what its cited passages give only as possible ('kan opleggen')"),
    'kamers-besloten': ("Het college heeft besloten dat de verordening ook geldt voor kamers en studio's.",
        B_KAMERS, "takes it further ('besloten') than its cited passages do ('onderzoekt')"),
    'meer-dan-10000': ('Volgens de gemeente gaat het om meer dan 10.000 woningen.',
        B_9300, 'figure "10.000"'),
    'meer-dan-50': ('Meer dan 50 leden stellen volgens de VVW hun huurverhogingen uit.',
        D_40LEDEN, 'figure "50"'),
    'ruim-5-miljoen': ('Volgens de gemeente betalen huurders samen ruim € 5 miljoen per jaar minder.',
        B_41MILJOEN, 'figure "€ 5 miljoen"'),
    'meer-dan-de-helft': ('Meer dan de helft van de vrijesectorwoningen is in handen van grote beleggers.',
        B_HELFT, 'says "Meer dan de helft" (about 50%) where its cited passages give 48%'),
    'ruim-3400-exact': ('De Huurdersbond heeft 3.500 leden.',
        D_3400, 'figure "3.500"'),
    'datum-4-maart': ('De gemeenteraad stelde de verordening op 4 maart 2026 vast.',
        B_VASTGESTELD, 'date "4 maart 2026"'),
    'datum-1-augustus': ('De verordening treedt op 1 augustus 2026 in werking.',
        B_1JULI, 'date "1 augustus 2026"'),
    'datum-zitting': ('De voorzieningenrechter behandelt het verzoek op 9 april 2026.',
        D_2APRIL, 'date "9 april 2026"'),
    'weekdag': ('De voorzieningenrechter behandelt het verzoek op woensdag 2 april 2026.',
        D_2APRIL, 'day "woensdag"'),
    'bezwaar-mei': ('Bezwaar maken kan tot en met 14 mei 2026.',
        B_BEZWAAR, 'date "14 mei 2026"'),
    'citaat-veranderd': ('"De gemeente heeft hier geen enkele bevoegdheid voor," zegt Karel de Wit.',
        D_BEVOEGDHEID, 'quoted words "De gemeente heeft hier geen enkele bevoegdheid voor,"'),
    'citaat-el-amrani': ('"De helft van onze leden is meer dan 40 procent kwijt aan huur," zegt Fatima El Amrani.',
        D_ELAMRANI, 'quoted words "De helft van onze leden'),
    'citaat-nooit': ('"Wij gaan akkoord met een grens die onder de inflatie ligt," zegt De Wit.',
        D_NOOIT, 'quoted words "Wij gaan akkoord met een grens'),
    'niet-dropped-akkoord': ('Het overleg met de verhuurders leidde tot een akkoord.',
        B_OVERLEG, "drops the negation of its cited passage ('Dat overleg heeft niet tot een akkoord geleid')"),
    'niet-dropped-rechter': ('El Amrani zegt dat de bond naar de rechter zal stappen.',
        D_NIET_RECHTER, "drops the negation of its cited passage ('El Amrani zegt dat de bond niet naar de rechter"),
    'niet-dropped-bakker': ('Volgens Bakker is de gemeente van plan de grens te verhogen.',
        D_BAKKER_NIET, "drops the negation of its cited passage ('Volgens Bakker is de gemeente niet van plan"),
    'geen-dropped-beleidsregels': ('Het college heeft beleidsregels voor de hoogte van de boetes vastgesteld.',
        B_BELEIDSREGELS, "drops the negation of its cited passage ('Het college heeft nog geen beleidsregels"),
    'geen-dropped-meerderheid': ('Een voorstel van die strekking haalde in de raad een meerderheid.',
        D_GEEN_MEERDERHEID, "drops the negation of its cited passage ('Een voorstel van die strekking haalde in de raad geen"),
    'nooit-dropped': ('De VVW heeft eerder een gemeente voor de rechter gedaagd.',
        D_NOOIT_EERDER, "drops the negation of its cited passage ('De VVW heeft nog nooit eerder"),
    'niet-dropped-genomen': ('Een besluit daarover is genomen.',
        B_NIET_GENOMEN, "drops the negation of its cited passage ('Een besluit daarover is niet genomen')"),
    'niet-dropped-kleine': ('Verhuurders die minder dan drie woningen bezitten, vallen onder de verordening.',
        B_DRIE, "drops the negation of its cited passage ('vallen niet onder de verordening')"),
    'voorwaarde-weg': ('Verhuurders kunnen op 1 juli de huur zonder grens verhogen, zegt de VVW.',
        D_MOCHT, "only on a condition ('Mocht de rechter de verordening schorsen')"),
    'amendement-aangenomen': ('De raad heeft het amendement om de grens op 2,5 procent te leggen aangenomen.',
        B_AMENDEMENT, "drops the negation of its cited passage ('De raad heeft een amendement van de fractie van Stadsbelang om"),
    'amendement-van-stadsbelang': ('De raad heeft het amendement van Stadsbelang aangenomen.',
        B_AMENDEMENT, "drops the negation of its cited passage ('De raad heeft een amendement van de fractie van"),
    'inkomens-daalden': ('De inkomens van huurders daalden in die periode met gemiddeld 14 procent.',
        B_INKOMENS, 'figure "14 procent" is given as a fall, but the passages this cites give it as a rise'),
    'huur-daalde': ('De gemiddelde kale huur in de vrije sector daalde tussen 2021 en 2025 met 33 procent.',
        B_HUUR + " " + B_33, 'figure "33 procent" is given as a fall, but the passages this cites give it as a rise'),
    'uitspraak-zonder-uiterlijk': ('Een uitspraak over de schorsing volgt op 16 april.',
        D_16APRIL, 'date "16 april" leaves out the bound of "uiterlijk op 16 april"'),
    'bezwaar-op-14-april': ('Bezwaar maken kan op 14 april 2026.',
        B_BEZWAAR, 'date "14 april 2026" leaves out the bound of "tot en met 14 april 2026"'),
    'schorsing-uitgesproken': ('De rechtbank heeft de huurgrens van de gemeente geschorst.',
        D_SCHORSEN, "takes it further ('geschorst') than its cited passages do ('gevraagd')"),
    'stemmen-omgedraaid': ('Het besluit werd genomen met 14 stemmen voor en 23 stemmen tegen.',
        B_STEMMEN, "pairs 14 with 'stemmen voor' where its cited passages pair it with 'stemmen tegen'"),
    'boete-opgelegd-max': ('Het college heeft verhuurders die de grens overschrijden een boete van ten hoogste € 12.000 per woning opgelegd.',
        B_BOETE, "tells as done ('opgelegd') what its cited passages give only as possible ('kan opleggen')"),
    'negen-acht': ('De wachttijd voor een sociale huurwoning bedraagt in Westerhaven gemiddeld acht jaar.',
        B_WACHTTIJD, 'figure "acht" is not in the passages'),
    'verhuurders-verhoogden': ('Verhuurders verhoogden op 1 juli de huur zonder grens, zegt de VVW.',
        D_MOCHT, "tells as done ('verhoogden') what its cited passages give only as possible ('kunnen verhogen')"),
}


@pytest.fixture(scope="module")
def checked(tmp_path_factory) -> SentencesChecked:
    """The one-sentence checks of this module's cases, in a project holding the fixture's Dutch locale, many in one
    load (support.SentencesChecked)."""
    root = minimal_project(tmp_path_factory.mktemp("newuser43") / "project")
    (root / "locales").mkdir(exist_ok=True)
    shutil.copy(FIXTURE / "locales" / "nl.yaml", root / "locales" / "nl.yaml")
    cases = [(sentence, passage) for sentence, passage in HONEST.values()]
    cases += [(sentence, passage) for sentence, passage, _ in MISSTATEMENTS.values()]
    return SentencesChecked(root, [Sentence(passage, sentence, PARTIES, None, "nl") for sentence, passage in cases])


def test_the_briefing_builds_and_its_pages_are_in_dutch(tmp_path: Path):
    """The locale's own "ten minste" (bound_at_least) is no figure ten: the build refused the locale for it."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = (desk / "site" / "huurgrens-westerhaven" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="nl"' in page
    for words in ("Wat we weten", "Voor het eerst gepubliceerd", "3 maart 2026", "€ 1.385", "3,5 procent",
                  "Correctie", "Wat er fout was:", "De cijfers van beide kanten", "ongeveer 4,1", "negen jaar"):
        assert words in page, words
    feed = (desk / "site" / "feed.xml").read_text(encoding="utf-8")
    assert 'xml:lang="nl"' in feed and "<title>Correctie: Verhuurders tegen de huurgrens van Westerhaven" in feed


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_dutch_wording_builds(checked: SentencesChecked, sentence: str, passage: str):
    assert checked(passage, sentence, PARTIES, None, "nl") == []


@pytest.mark.parametrize("sentence, passage, named", MISSTATEMENTS.values(), ids=MISSTATEMENTS.keys())
def test_a_dutch_misstatement_is_refused(checked: SentencesChecked, sentence: str, passage: str, named: str):
    lines = checked(passage, sentence, PARTIES, None, "nl")
    assert any(line.startswith("content/flood/briefing.yaml:3: `summary`: ") and named in line
               for line in lines), lines


@pytest.mark.parametrize("text, figures", [
    ("ten minste 40 leden", [40]), ("ten hoogste € 12.000", [12000]), ("Ten slotte stemde de raad.", []),
    ("negen jaar", [9]), ("drieëntwintig stemmen", [23]), ("tweehonderdvijftig woningen", [250]),
    ("twaalfduizend huurders", [12000]), ("drie miljoen euro", [3000000]), ("een woning", []),
    ("Een van de leden", []), ("in acht nemen", []), ("acht jaar", [8])])
def test_dutch_number_words_are_read_and_set_phrases_are_not(text: str, figures: list[int]):
    """Dutch writes a number below a million as one word, its unit before its ten; "een" alone is an article, "in
    acht" heed, and "ten minste" at least (English's "ten" was read in it)."""
    assert sorted(q.value for q in quantities_in(text, "nl")) == [Decimal(f) for f in figures]
