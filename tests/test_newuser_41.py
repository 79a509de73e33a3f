"""A Polish briefing written from scratch, as the README tells a new editor whose language is not built in: the dispute
over the water of the river Srebrna between Górny Powiat (upstream, which built the Modrzewie reservoir) and Dolny
Powiat (downstream, whose farmers lost their harvests), with the national water agency (Krajowa Agencja Wód) and an
administrative court's ruling to come, from two documents the editor wrote (tests/fixtures/newuser_41/seeds/: the
agency's report and a newspaper report quoting both sides; "1,2 mld zł", "12,5 proc.", "3 tys. hektarów", "12 marca
2026 r.", "pięciu rolników", a deadline), and a project locale (locales/pl.yaml, copied from en.yaml and translated,
its months in their declined forms, "marca/marzec/marcu", with the words the checks read).

What the new editor met: the README told no way to write a counted label in a language of three plural forms, so the
home page's "{count} more corrections" could say "3 sprostowania" or "5 sprostowań", never both (a counted label may
now give its forms apart with "|": explainer/plural_forms.py, the README's Languages).

Then 69 honest sentences the way a Polish reporter paraphrases ("około", "ponad", "według agencji", number words,
inflected names) and 34 misstatements (a figure given to the other party, a proposal or demand told as decided or
paid, "ponad" for a figure under it, a date or weekday moved, a quote altered, a negation dropped, a possibility told
as done, a condition dropped), each citing one sentence of a source (support.SentencesChecked, /tmp probe): on the
code before this work 4 honest sentences were refused and 21 misstatements built; now 1 is refused and 3 build (a
few more cases were added below once their readings were fixed). Fixed, each where its reading lives, most frequent
first: Polish negations ("nie" before the verb, "żadnych", "bez"; "o nie", "them", after a preposition no negation;
explainer/polarity.py); a proposal, demand, recommendation or readiness told as made, paid or ordered ("utworzył",
"nakazała", "wypłacił", "otrzymali" citing "proponuje", "zaleca", "żąda", "jest gotów", explainer/stages.py); a
possibility told as done ("oddalił", "uchylił", "wszczęła" citing "może skargę oddalić albo uchylić", "może wszcząć",
explainer/possible_done.py); a condition dropped ("jeżeli", "jeśli", explainer/conditions.py); a party named by the
other's adjective before their shared noun ("Górny Powiat" for "Dolny Powiat", explainer/group_names.py); an antonym
("wyższe" for "niższe", explainer/opposites_languages.py); number words in their cases ("pięciu rolników" is 5,
explainer/spelled_languages.py); a count of four digits taken for a year, which no hedged figure rounds ("ponad 3 tys.
hektarów" citing "3120 hektarów", explainer/attribution.py); a party's name in its cases ("Według Krajowej Agencji
Wód", explainer/inflection.py and owners.py).
Still refused: "poniżej 8,4" citing "niższy niż 8,4" (the locale may list "niższy niż" under `fewer_than`, and then a
passage's "niższy niż" must be kept). Still built: a figure given to another party in the next sentence of one passage
("Agencja ocenia straty na 86 mln zł" citing "Dolny Powiat ocenia straty na 86 mln zł. Agencja ... ocenia je na 54 mln
zł."), a condition dropped where the sentence keeps a word of it ("Górny Powiat będzie musiał wystąpić o nowe
pozwolenie" citing "Jeśli pozwolenie zostanie uchylone, Górny Powiat będzie musiał wystąpić o nowe"), and two causes'
shares swapped ("susza odpowiadała za około 40 proc.").
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.locale import Labels
from explainer.plural_forms import counted_form
from support import Sentence, SentencesChecked, checked_fixture_project, minimal_project

FIXTURE = REPO / "tests" / "fixtures" / "newuser_41"
PARTIES = ("  - id: gorny\n    name: Górny Powiat\n"
           "  - id: dolny\n    name: Dolny Powiat\n"
           "  - id: kaw\n    name: Krajowa Agencja Wód\n    short_name: KAW\n    aliases: [agencja]\n")

R_POJ = "Zbiornik Modrzewie ma pojemność 48 mln metrów sześciennych."
R_KOSZT = "Jego budowa kosztowała 1,2 mld zł, z czego 430 mln zł pochodziło ze środków unijnych."
R_NAPELN = "Zbiornik został napełniony po raz pierwszy 15 kwietnia 2025 r."
R_POZW = ("Pozwolenie wodnoprawne zobowiązuje zarządcę zbiornika do utrzymywania poniżej zapory przepływu "
          "nienaruszalnego nie mniejszego niż 8,4 m³/s.")
R_SREDNI = "Średni przepływ Srebrnej na wodowskazie Dolne Brody w lipcu i sierpniu 2025 r. wyniósł 6,2 m³/s."
R_WIELOLETNI = "W tych samych miesiącach lat 2015–2024 wynosił on średnio 14,5 m³/s."
R_41 = "Przez 41 dni przepływ był niższy niż 8,4 m³/s."
R_NAJNIZSZA = "Najniższą wartość, 3,9 m³/s, odnotowano 7 sierpnia 2025 r."
R_OPADY = "Opady w zlewni Srebrnej latem 2025 r. były o 31 proc. niższe od średniej wieloletniej."
R_40 = ("Agencja szacuje, że retencja w zbiorniku odpowiadała za około 40 proc. spadku przepływu, a susza za pozostałą "
        "część.")
R_NIE_STWIERDZILA = "Agencja nie stwierdziła, że zbiornik był jedyną przyczyną niskich przepływów."
R_HEKTARY = ("Według danych Dolnego Powiatu susza i brak wody do nawadniania dotknęły 3120 hektarów upraw w 412 "
             "gospodarstwach.")
R_86 = "Dolny Powiat ocenia straty na 86 mln zł."
R_54 = "Agencja, na podstawie protokołów komisji szacujących szkody, ocenia je na 54 mln zł."
R_POBOR = "Pobór wody do nawadniania w Dolnym Powiecie został w sierpniu 2025 r. ograniczony o 12,5 proc."
R_KUKURYDZA = "Najbardziej ucierpiały uprawy kukurydzy, które stanowiły 58 proc. zniszczonych upraw."
R_ZADA = ("Dolny Powiat żąda od Górnego Powiatu odszkodowania w wysokości 120 mln zł oraz zwiększenia zrzutów ze "
          "zbiornika.")
R_PROPONUJE = ("Górny Powiat odrzuca to żądanie i proponuje utworzenie funduszu pomocowego w wysokości 20 mln zł, z "
               "którego mogliby skorzystać poszkodowani rolnicy.")
R_NIE_WYPLACIL = "Do dnia sporządzenia raportu Górny Powiat nie wypłacił żadnych odszkodowań."
R_55 = ("Górny Powiat wskazuje, że w sierpniu 2025 r. napełnienie zbiornika spadło do 55 proc., a zbiornik jest "
        "jedynym źródłem wody pitnej dla około 80 tys. mieszkańców powiatu.")
R_ZALECA = ("Agencja zaleca, aby zarządca zbiornika utrzymywał poniżej zapory przepływ co najmniej 8,4 m³/s przez cały "
            "rok.")
R_UZGADNIANE = "Agencja proponuje także, aby w okresach suszy zrzuty były uzgadniane z Dolnym Powiatem."
R_TERMIN = ("Agencja wyznaczyła Górnemu Powiatowi termin do 31 maja 2026 r. na przedstawienie harmonogramu "
            "zrzutów.")
R_JEZELI = ("Jeżeli harmonogram nie zostanie przedstawiony w terminie, agencja może wszcząć postępowanie w sprawie "
            "zmiany pozwolenia wodnoprawnego.")
R_NIE_PRZESADZA = "Raport nie przesądza o odpowiedzialności za straty."
G_ROZPATRYWAL = ("Wojewódzki Sąd Administracyjny w Nadrzeczu rozpatrywał w czwartek, 12 marca 2026 r., skargę Dolnego "
                 "Powiatu na pozwolenie wodnoprawne dla zbiornika Modrzewie.")
G_ODROCZYL = "Sąd odroczył ogłoszenie wyroku do 9 kwietnia 2026 r."
G_SKARGA = "Skargę złożył Dolny Powiat w październiku 2025 r."
G_PIECIU = ("Do sprawy przystąpiło także pięciu rolników z gminy Brody, którzy w ubiegłym roku stracili niemal całe "
            "zbiory kukurydzy.")
G_ZLOTOWKA = ("„Nasi rolnicy nie dostali do dziś ani złotówki” – mówiła przed sądem starosta Dolnego Powiatu Anna "
              "Kowalczyk.")
G_WEDLUG_NIEJ = G_ZLOTOWKA + " Według niej straty sięgają 86 mln zł, a Dolny Powiat domaga się 120 mln zł odszkodowania."
G_OFIARA = ("Starosta Górnego Powiatu Marek Wiśniewski odpiera zarzuty. „Zbiornik nie jest przyczyną suszy, tylko jej "
            "ofiarą” – powiedział dziennikarzom.")
G_GOTOW = ("Jak dodał, Górny Powiat jest gotów utworzyć fundusz pomocowy w wysokości 20 mln zł, ale nie zgodzi się na "
           "odszkodowanie w żądanej wysokości.")
G_KAW40 = ("Krajowa Agencja Wód w raporcie z 2 marca oceniła, że zbiornik odpowiadał za około 40 proc. spadku przepływu "
           "rzeki latem 2025 r.")
G_32 = "Agencja oszacowała straty rolników na 54 mln zł, o 32 mln zł mniej niż Dolny Powiat."
G_41 = "Przez 41 dni ubiegłego lata przepływ Srebrnej poniżej zapory był niższy od wymaganych 8,4 m³/s."
G_NOWAK = ("„To nie była pomyłka operatora, tylko decyzja o ratowaniu zbiornika” – twierdzi Piotr Nowak, rolnik z "
           "Dolnych Brodów, który uprawiał 60 hektarów kukurydzy.")
G_ZARZAD = ("Zarząd zbiornika utrzymuje, że w sierpniu napełnienie spadło do 55 proc. i dalsze zrzuty groziły utratą "
            "rezerwy wody pitnej dla 80 tys. mieszkańców Górnego Powiatu.")
G_DWOCH = "Dwóch stron sporu nie udało się dotąd pogodzić."
G_MEDIACJE = "W styczniu mediacje prowadzone przez wojewodę zakończyły się bez porozumienia."
G_WOJEWODA = "Wojewoda nie wyklucza, że po wyroku rozmowy zostaną wznowione."
G_CYWILNY = ("Wyrok sądu nie przesądzi o odszkodowaniach: o nie Dolny Powiat musiałby wystąpić w osobnym procesie "
             "cywilnym.")
G_2021 = "Pozwolenie wodnoprawne dla zbiornika wydał w 2021 r. dyrektor regionalnego zarządu gospodarki wodnej."
G_OBSIAC = "Rolnicy z Dolnego Powiatu mają w tym roku obsiać ponad 3 tys. hektarów."
G_ODDALIC = "Sąd może skargę oddalić albo uchylić pozwolenie i przekazać sprawę do ponownego rozpatrzenia."
G_UCHYLONE = "Jeśli pozwolenie zostanie uchylone, Górny Powiat będzie musiał wystąpić o nowe."

HONEST = {
    'pojemnosc': ('Zbiornik Modrzewie mieści 48 mln metrów sześciennych wody.',
        R_POJ),
    'koszt': ('Budowa zbiornika kosztowała 1,2 mld zł.',
        R_KOSZT),
    'koszt-ponad-miliard': ('Budowa zbiornika kosztowała ponad 1 mld zł.',
        R_KOSZT),
    'unijne': ('Ze środków unijnych pochodziło 430 mln zł.',
        R_KOSZT),
    'napelniony': ('Zbiornik napełniono po raz pierwszy 15 kwietnia 2025 r.',
        R_NAPELN),
    'napelniony-w-kwietniu': ('Zbiornik napełniono po raz pierwszy w kwietniu 2025 r.',
        R_NAPELN),
    'nie-mniejszy-niz': ('Pozwolenie wodnoprawne wymaga, by poniżej zapory płynęło co najmniej 8,4 m³/s.',
        R_POZW),
    'latem-sredni': ('W lipcu i sierpniu 2025 r. średni przepływ w Dolnych Brodach wyniósł 6,2 m³/s.',
        R_SREDNI),
    'wieloletni': ('W tych miesiącach w latach 2015–2024 przepływ wynosił średnio 14,5 m³/s.',
        R_WIELOLETNI),
    '41-dni': ('Przez 41 dni przepływ był niższy od wymaganych 8,4 m³/s.',
        R_41),
    'najnizszy': ('Najniższy przepływ, 3,9 m³/s, zmierzono 7 sierpnia 2025 r.',
        R_NAJNIZSZA),
    'ponizej-4': ('Najniższy przepływ, poniżej 4 m³/s, zmierzono 7 sierpnia 2025 r.',
        R_NAJNIZSZA),
    'opady': ('Latem 2025 r. opady w zlewni Srebrnej były o 31 proc. niższe od średniej.',
        R_OPADY),
    'opady-okolo': ('Latem 2025 r. opady były o około 30 proc. niższe od średniej wieloletniej.',
        R_OPADY),
    'wedlug-agencji': ('Według agencji zbiornik odpowiadał za około 40 proc. spadku przepływu.',
        R_40),
    'wedlug-kaw-inflected': ('Według Krajowej Agencji Wód retencja w zbiorniku odpowiadała za około 40 proc. spadku '
                             'przepływu.', R_40),
    'wedlug-kaw-54': ('Według Krajowej Agencji Wód straty wyniosły 54 mln zł.',
        R_54),
    'agencja-ocenia-susza': ('Agencja ocenia, że za resztę spadku przepływu odpowiadała susza.',
        R_40),
    'nie-stwierdzila': ('Agencja nie stwierdziła, że zbiornik był jedyną przyczyną niskich przepływów.',
        R_NIE_STWIERDZILA),
    'hektary': ('Według danych Dolnego Powiatu susza dotknęła 3120 hektarów upraw.',
        R_HEKTARY),
    'ponad-3-tys': ('Według Dolnego Powiatu susza dotknęła ponad 3 tys. hektarów upraw w 412 gospodarstwach.',
        R_HEKTARY),
    'gospodarstwa': ('Według Dolnego Powiatu ucierpiało 412 gospodarstw.',
        R_HEKTARY),
    'szacuje-86': ('Dolny Powiat szacuje straty na 86 mln zł.',
        R_86),
    'ocenia-86': ('Dolny Powiat ocenia straty rolników na 86 mln zł.',
        R_86),
    'ocenia-54': ('Agencja ocenia straty na 54 mln zł.',
        R_54),
    'wedlug-agencji-54': ('Według agencji straty wyniosły 54 mln zł.',
        R_54),
    'pobor': ('Pobór wody do nawadniania ograniczono w sierpniu 2025 r. o 12,5 proc.',
        R_POBOR),
    'pobor-w-dolnym': ('W Dolnym Powiecie ograniczono pobór wody o 12,5 proc. w sierpniu 2025 r.',
        R_POBOR),
    'kukurydza': ('Kukurydza stanowiła 58 proc. zniszczonych upraw.',
        R_KUKURYDZA),
    'kukurydza-ponad-polowe': ('Kukurydza stanowiła ponad połowę zniszczonych upraw.',
        R_KUKURYDZA),
    'zada-120': ('Dolny Powiat żąda od Górnego Powiatu 120 mln zł odszkodowania.',
        R_ZADA),
    'domaga-sie-120': ('Dolny Powiat domaga się od Górnego Powiatu odszkodowania w wysokości 120 mln zł.',
        R_ZADA),
    'zrzuty': ('Dolny Powiat chce też zwiększenia zrzutów ze zbiornika.',
        R_ZADA),
    'proponuje-fundusz': ('Górny Powiat proponuje fundusz pomocowy w wysokości 20 mln zł.',
        R_PROPONUJE),
    'odrzuca': ('Górny Powiat odrzuca żądanie Dolnego Powiatu.',
        R_PROPONUJE),
    'nie-wyplacil': ('Górny Powiat nie wypłacił dotąd żadnych odszkodowań.',
        R_NIE_WYPLACIL),
    'napelnienie-55': ('Według Górnego Powiatu w sierpniu 2025 r. napełnienie zbiornika spadło do 55 proc.',
        R_55),
    '80-tys': ('Górny Powiat wskazuje, że zbiornik zaopatruje w wodę pitną około 80 tys. mieszkańców.',
        R_55),
    'zaleca': ('Agencja zaleca, by przepływ poniżej zapory przez cały rok wynosił co najmniej 8,4 m³/s.',
        R_ZALECA),
    'proponuje-uzgadnianie': ('Agencja proponuje, by w czasie suszy zrzuty uzgadniano z Dolnym Powiatem.',
        R_UZGADNIANE),
    'termin': ('Górny Powiat ma czas do 31 maja 2026 r. na przedstawienie harmonogramu zrzutów.',
        R_TERMIN),
    'termin-dala': ('Agencja dała Górnemu Powiatowi czas do 31 maja 2026 r. na harmonogram zrzutów.',
        R_TERMIN),
    'warunek': ('Jeśli harmonogram nie zostanie przedstawiony w terminie, agencja może wszcząć postępowanie w sprawie zmiany pozwolenia.',
        R_JEZELI),
    'nie-przesadza': ('Raport agencji nie przesądza o odpowiedzialności za straty.',
        R_NIE_PRZESADZA),
    'rozpatrywal': ('Wojewódzki Sąd Administracyjny rozpatrywał skargę Dolnego Powiatu 12 marca 2026 r.',
        G_ROZPATRYWAL),
    'w-czwartek': ('Sąd rozpatrywał skargę w czwartek, 12 marca.',
        G_ROZPATRYWAL),
    'wyrok-9-kwietnia': ('Wyrok ma zostać ogłoszony 9 kwietnia 2026 r.',
        G_ODROCZYL),
    'odroczyl': ('Sąd odroczył ogłoszenie wyroku do 9 kwietnia.',
        G_ODROCZYL),
    'skarga-pazdziernik': ('Dolny Powiat złożył skargę w październiku 2025 r.',
        G_SKARGA),
    '5-rolnikow': ('Do sprawy przystąpiło 5 rolników z gminy Brody.',
        G_PIECIU),
    'trzy-tysiace': ('Rolnicy z Dolnego Powiatu mają w tym roku obsiać ponad trzy tysiące hektarów.',
        G_OBSIAC),
    'pieciu-rolnikow': ('Do sprawy przystąpiło pięciu rolników z gminy Brody.',
        G_PIECIU),
    'kowalczyk-mowila': ('Starosta Dolnego Powiatu Anna Kowalczyk mówiła, że rolnicy nie dostali do dziś ani złotówki.',
        G_ZLOTOWKA),
    'kowalczyk-cytat': ('„Nasi rolnicy nie dostali do dziś ani złotówki” – mówiła Anna Kowalczyk.',
        G_ZLOTOWKA),
    'wedlug-anny-kowalczyk': ('Według Anny Kowalczyk straty sięgają 86 mln zł.',
        G_WEDLUG_NIEJ),
    'wisniewski-twierdzi': ('Marek Wiśniewski twierdzi, że zbiornik nie jest przyczyną suszy.',
        G_OFIARA),
    'wedlug-starosty': ('Według starosty Górnego Powiatu zbiornik jest ofiarą suszy, a nie jej przyczyną.',
        G_OFIARA),
    'gotow-20': ('Górny Powiat jest gotów utworzyć fundusz pomocowy w wysokości 20 mln zł.',
        G_GOTOW),
    'nie-zgodzi-sie': ('Górny Powiat nie zgodzi się na odszkodowanie w żądanej wysokości.',
        G_GOTOW),
    'o-32-mniej': ('Agencja oszacowała straty rolników na 54 mln zł, czyli o 32 mln zł mniej niż Dolny Powiat.',
        G_32),
    'kaw-40-inflected': ('Według Krajowej Agencji Wód zbiornik odpowiadał za około 40 proc. spadku przepływu.',
        G_KAW40),
    '41-dni-gazeta': ('Przez 41 dni przepływ poniżej zapory był niższy od wymaganego.',
        G_41),
    'nowak-60': ('Piotr Nowak, rolnik z Dolnych Brodów, uprawiał 60 hektarów kukurydzy.',
        G_NOWAK),
    'zarzad-55': ('Zarząd zbiornika twierdzi, że w sierpniu napełnienie spadło do 55 proc.',
        G_ZARZAD),
    'dwoch-stron': ('Dwóch stron sporu nie udało się dotąd pogodzić.',
        G_DWOCH),
    'mediacje': ('Styczniowe mediacje prowadzone przez wojewodę zakończyły się bez porozumienia.',
        G_MEDIACJE),
    'wojewoda': ('Wojewoda nie wyklucza wznowienia rozmów po wyroku.',
        G_WOJEWODA),
    'nie-przesadzi': ('Wyrok sądu nie przesądzi o odszkodowaniach.',
        G_CYWILNY),
    'obsiac-ponad-3-tys': ('Rolnicy z Dolnego Powiatu mają w tym roku obsiać ponad 3 tys. hektarów.',
        G_OBSIAC),
    'pozwolenie-2021': ('Pozwolenie wodnoprawne wydano w 2021 r.',
        G_2021),
}

# Misstatements a careless editor makes: (sentence, passage, what the error names).
MISSTATEMENTS = {
    'straty-to-gorny': ('Górny Powiat ocenia straty na 86 mln zł.',
        R_86, "says 'Górny Powiat' where its cited passages say 'Dolny Powiat'"),
    'straty-to-dolny': ('Dolny Powiat ocenia straty na 54 mln zł.',
        R_54, 'gives the words to Dolny Powiat'),
    'fundusz-utworzony': ('Górny Powiat utworzył fundusz pomocowy w wysokości 20 mln zł.',
        R_PROPONUJE, "takes it further ('utworzył')"),
    'uzgadnianie-nakazane': ('Agencja nakazała, by w okresach suszy zrzuty były uzgadniane z Dolnym Powiatem.',
        R_UZGADNIANE, "takes it further ('nakazała') than its cited passages do ('proponuje')"),
    'zalecenie-nakazane': ('Agencja nakazała zarządcy zbiornika utrzymywać przepływ co najmniej 8,4 m³/s przez cały rok.',
        R_ZALECA, "takes it further ('nakazała') than its cited passages do ('zaleca')"),
    'odszkodowanie-wyplacone': ('Górny Powiat wypłacił Dolnemu Powiatowi 120 mln zł odszkodowania.',
        R_ZADA, "takes it further ('wypłacił') than its cited passages do ('żąda')"),
    'rolnicy-otrzymali': ('Rolnicy otrzymali 120 mln zł odszkodowania.',
        R_ZADA, "takes it further ('otrzymali') than its cited passages do ('żąda')"),
    'fundusz-wyplacony': ('Górny Powiat wypłacił rolnikom 20 mln zł z funduszu pomocowego.',
        G_GOTOW, "takes it further ('wypłacił') than its cited passages do ('jest gotów')"),
    'ponad-60-proc': ('Ponad 60 proc. zniszczonych upraw stanowiła kukurydza.',
        R_KUKURYDZA, 'figure "60 proc."'),
    'ponad-55-mln': ('Agencja ocenia straty na ponad 55 mln zł.',
        R_54, 'figure "55 mln"'),
    'ponad-4-tys': ('Według Dolnego Powiatu susza dotknęła ponad 4 tys. hektarów upraw.',
        R_HEKTARY, 'figure "4 tys"'),
    'wyrok-19-kwietnia': ('Sąd ma ogłosić wyrok 19 kwietnia 2026 r.',
        G_ODROCZYL, 'date "19 kwietnia 2026"'),
    'rozprawa-13-marca': ('Wojewódzki Sąd Administracyjny rozpatrywał skargę 13 marca 2026 r.',
        G_ROZPATRYWAL, 'date "13 marca 2026"'),
    'napelniony-w-maju': ('Zbiornik napełniono po raz pierwszy w maju 2025 r.',
        R_NAPELN, 'date "maju 2025"'),
    'termin-czerwiec': ('Górny Powiat ma czas do 30 czerwca 2026 r. na przedstawienie harmonogramu zrzutów.',
        R_TERMIN, 'date "30 czerwca 2026"'),
    'w-srode': ('Sąd rozpatrywał skargę w środę, 12 marca 2026 r.',
        G_ROZPATRYWAL, 'day "środę"'),
    'szesciu-rolnikow': ('Do sprawy przystąpiło sześciu rolników z gminy Brody.',
        G_PIECIU, 'figure "sześciu" is not in the passages'),
    'dwa-tysiace': ('Rolnicy z Dolnego Powiatu mają w tym roku obsiać ponad dwa tysiące hektarów.',
        G_OBSIAC, 'figure "dwa tysiące" is not in the passages'),
    'cytat-grosza': ('„Nasi rolnicy nie dostali ani grosza” – mówiła Anna Kowalczyk.',
        G_ZLOTOWKA, 'quoted words "Nasi rolnicy nie dostali ani grosza"'),
    'cytat-bez-nie': ('„Zbiornik jest przyczyną suszy, tylko jej ofiarą” – powiedział Marek Wiśniewski.',
        G_OFIARA, 'quoted words "Zbiornik jest przyczyną suszy, tylko jej ofiarą"'),
    'wyplacil-bez-nie': ('Do dnia sporządzenia raportu Górny Powiat wypłacił odszkodowania.',
        R_NIE_WYPLACIL, "drops the negation of its cited passage ('Do dnia sporządzenia raportu Górny Powiat nie wypłacił"),
    'stwierdzila-bez-nie': ('Agencja stwierdziła, że zbiornik był jedyną przyczyną niskich przepływów.',
        R_NIE_STWIERDZILA, "drops the negation of its cited passage ('Agencja nie stwierdziła')"),
    'wyklucza-bez-nie': ('Wojewoda wyklucza, że po wyroku rozmowy zostaną wznowione.',
        G_WOJEWODA, "drops the negation of its cited passage ('Wojewoda nie wyklucza')"),
    'przesadzi-bez-nie': ('Wyrok sądu przesądzi o odszkodowaniach.',
        G_CYWILNY, "drops the negation of its cited passage ('Wyrok sądu nie przesądzi o odszkodowaniach')"),
    'przesadza-bez-nie': ('Raport przesądza o odpowiedzialności za straty.',
        R_NIE_PRZESADZA, "drops the negation of its cited passage ('Raport nie przesądza"),
    'zgodzi-sie-bez-nie': ('Górny Powiat zgodzi się na odszkodowanie w żądanej wysokości.',
        G_GOTOW, "drops the negation of its cited passage ('nie zgodzi się na odszkodowanie"),
    'postepowanie-wszczete': ('Agencja wszczęła postępowanie w sprawie zmiany pozwolenia wodnoprawnego.',
        R_JEZELI, "tells as done ('wszczęła') what its cited passages give only as possible ('może wszcząć')"),
    'pozwolenie-uchylone': ('Sąd uchylił pozwolenie wodnoprawne dla zbiornika Modrzewie.',
        G_ODDALIC, "tells as done ('uchylił') what its cited passages give only as possible ('może uchylić')"),
    'skarga-oddalona': ('Sąd oddalił skargę Dolnego Powiatu.',
        G_ODDALIC, "tells as done ('oddalił') what its cited passages give only as possible ('może oddalić')"),
    'warunek-pominiety': ('Agencja może wszcząć postępowanie w sprawie zmiany pozwolenia wodnoprawnego.',
        R_JEZELI, "only on a condition ('Jeżeli harmonogram nie zostanie przedstawiony w terminie')"),
    'opady-wyzsze': ('Opady w zlewni Srebrnej latem 2025 r. były o 31 proc. wyższe od średniej wieloletniej.',
        R_OPADY, "says 'wyższe' where its cited passages say 'niższe'"),
    'wedlug-gornego-54': ('Według Górnego Powiatu straty wyniosły 54 mln zł.',
        R_54, "gives the words to Górnego Powiatu"),
    '40-proc-dolny': ('Według Dolnego Powiatu zbiornik odpowiadał za około 40 proc. spadku przepływu.',
        R_40, 'gives the words to Dolnego Powiatu'),
    'cytat-nowaka-kowalczyk': ('„To nie była pomyłka operatora, tylko decyzja o ratowaniu zbiornika” – twierdzi Anna Kowalczyk.',
        G_NOWAK, 'gives the words to Anna Kowalczyk, but its cited passages give them to Piotr Nowak'),
}


@pytest.fixture(scope="module")
def checked(tmp_path_factory) -> SentencesChecked:
    """The one-sentence checks of this module's cases, in a project holding the fixture's Polish locale, many in one
    load (support.SentencesChecked)."""
    root = minimal_project(tmp_path_factory.mktemp("newuser41") / "project")
    (root / "locales").mkdir(exist_ok=True)
    shutil.copy(FIXTURE / "locales" / "pl.yaml", root / "locales" / "pl.yaml")
    cases = [(sentence, passage) for sentence, passage in HONEST.values()]
    cases += [(sentence, passage) for sentence, passage, _ in MISSTATEMENTS.values()]
    return SentencesChecked(root, [Sentence(passage, sentence, PARTIES, None, "pl") for sentence, passage in cases])


def test_the_briefing_builds_and_its_pages_are_in_polish(tmp_path: Path):
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = (desk / "site" / "spor-o-srebrna" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="pl"' in page
    for words in ("Co wiemy", "Opublikowano po raz pierwszy", "12 marca 2026 r.", "9 kwietnia 2026 r.", "1,2 mld zł",
                  "12,5 proc.", "Sprostowanie", "Co było błędne:", "Kwoty w sporze", "pięciu rolników"):
        assert words in page, words
    feed = (desk / "site" / "feed.xml").read_text(encoding="utf-8")
    assert 'xml:lang="pl"' in feed and "<title>Sprostowanie: Spór o wodę ze Srebrnej" in feed


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_polish_wording_builds(checked: SentencesChecked, sentence: str, passage: str):
    assert checked(passage, sentence, PARTIES, None, "pl") == []


@pytest.mark.parametrize("sentence, passage, named", MISSTATEMENTS.values(), ids=MISSTATEMENTS.keys())
def test_a_polish_misstatement_is_refused(checked: SentencesChecked, sentence: str, passage: str, named: str):
    lines = checked(passage, sentence, PARTIES, None, "pl")
    assert any(line.startswith("content/flood/briefing.yaml:3: `summary`: ") and named in line
               for line in lines), lines


def test_a_count_of_four_digits_without_a_separator_may_be_rounded(checked: SentencesChecked):
    """English too: "3120" (Polish writes four digits unseparated) was read as a year, which no hedged figure rounds;
    a year's four digits still are ("more than 2,000 people" citing "in 2021")."""
    assert checked("The drought hit 3120 hectares of crops.", "The drought hit more than 3,000 hectares of crops.") == []
    assert checked("The drought hit 3120 hectares of crops.", "The drought hit more than 4,000 hectares of crops.") != []
    assert checked("The law was passed in 2021.", "More than 2,000 people passed the law.") != []


POLISH_PROBLEMS = "{count} problem|{count} problemy|{count} problemów"


@pytest.mark.parametrize("count, form", [(1, "1 problem"), (2, "2 problemy"), (4, "4 problemy"), (5, "5 problemów"),
                                         (12, "12 problemów"), (21, "21 problemów"), (22, "22 problemy"),
                                         (1000, "1 000 problemów")])
def test_a_counted_label_takes_its_polish_plural_form(count: int, form: str):
    labels = Labels({"thousands": " ", "decimal": ",", "p": POLISH_PROBLEMS}, "pl")
    assert labels.counted("p", count).replace("\u00a0", " ") == form


def test_russian_counts_21_as_one_and_a_label_of_two_forms_as_english_does():
    assert counted_form("{count} проблема|{count} проблемы|{count} проблем", 21, "ru") == "{count} проблема"
    assert counted_form("{count} problem|{count} problems", 1, "en") == "{count} problem"
    assert counted_form("{count} problem|{count} problems", 3, "en") == "{count} problems"
    assert counted_form("{count} more corrections", 1, "en") == "{count} more corrections"


def test_the_home_page_says_how_many_more_corrections_in_polish(tmp_path: Path):
    """The home page's counted link, written from the locale's three forms: "Jeszcze 3 sprostowania", never "3
    sprostowań"."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    briefing = desk / "content" / "spor-o-srebrna" / "briefing.yaml"
    extra = "".join(f"  - date: 2026-03-14\n    kind: correction\n    text: Wyrok ma zapaść 9 kwietnia 2026 r.\n"
                    f"    wrong: Napisaliśmy, że wyrok zapadnie {day} kwietnia.\n" for day in (10, 11, 12))
    text = briefing.read_text(encoding="utf-8")
    briefing.write_text(text.replace("citations:\n", extra + "citations:\n", 1), encoding="utf-8")
    result = run_build(desk)
    assert result.code == 0, result.err
    home = (desk / "site" / "index.html").read_text(encoding="utf-8")
    assert ">Jeszcze 3 sprostowania tego dnia: zobacz Aktualizacje i sprostowania<span" in home, home
