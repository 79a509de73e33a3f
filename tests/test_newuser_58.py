"""A Ukrainian briefing written from scratch, as the README tells a new editor whose language is not built in: a
regional council's dispute with its energy company over tariffs and winter outages, from a news agency's report
(tests/fixtures/newuser_58/seeds/: "18,5 %", "2,47 грн", "42 тис.", "3,2 млрд грн", "5 березня 2026 року", «...»
quotations, company names in guillemets), and a project locale (locales/uk.yaml, copied from en.yaml and translated,
with the words the checks read: months in their cases, "березня/березень/березні", weekdays, "за даними", "нібито").

What the new editor met: the summary's "переглянути тариф «Заріччяобленерго»" was refused as quoting words the source
does not hold, Ukrainian writing a company's name between guillemets (explainer/guillemet_names.py); and "робочу групу
з 20 осіб" citing "з двадцяти осіб" was refused, as Ukrainian number words were not read, so "від трьох до семи
років" citing "від п'яти до семи" built (explainer/spelled_languages.py). Then the honest sentences a Ukrainian
reporter writes and the misstatements a careless one makes, each citing one passage of the source, checked
in-process (support.sentence_findings) with the fixture's locale read. On the code before this work these
misstatements built besides: a condition dropped ("Компанія скоротить програму вдвічі" citing "Якщо кредит не
погодять, компанія може скоротити ...": explainer/conditions.py now reads "якщо", "у разі, якщо", "за умови, що",
and Russian "если") and a negation dropped before a short verb ("Зустріч ... дала результати" citing "не дала жодних
результатів": explainer/polarity.py). Not read (see the branch's report): a negation whose verb changes person
("рада погодиться" of "Ми не погодимося"), a forecast told by a perfective future ("зросте" citing "може
зрости"), and a source's "За його словами" dropped. A figure moved to another year or place of the same passage is
refused since (tests/test_factcheck_91.py).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer import numbers
from explainer.model import Party
from explainer.numbers import quantities_in
from support import checked_fixture_project, read_as_project_locale, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_58"

PARTIES = (Party(id="council", name="Заріченська обласна рада", short_name="облрада",
                 aliases=("обласна рада", "рада")),
           Party(id="company", name="«Заріччяобленерго»", short_name="компанія", aliases=("Заріччяобленерго",)))

P_TARIFF = "Тариф на розподіл електроенергії для побутових споживачів області з 1 січня 2026 року зріс на 18,5 % і становить 2,47 грн за кіловат-годину."
P_VOTE = "За звернення проголосували 48 депутатів із 64, ще 9 утрималися."
P_OUT = "За даними обласної військової адміністрації, у січні та лютому через аварійні відключення без електропостачання залишалися в середньому 42 тис. домогосподарств щодня."
P_LONG = "Найдовше відключення тривало 31 годину: 14 лютого 2026 року в Лісовому районі без світла були майже 12 тис. споживачів."
P_COMPL = "Кількість скарг на якість електропостачання, за даними обласного центру надання адміністративних послуг, зросла у 2,5 раза порівняно з минулою зимою і перевищила 17 тис."
P_FEB = "Компанія ж стверджує, що кількість аварійних відключень у лютому зменшилася на 23 % порівняно з січнем."
P_CUST = "«Заріччяобленерго» обслуговує близько 540 тис. споживачів у 19 громадах області."
P_NOINV = "Голова обласної ради Оксана Мельничук заявила, що підвищення тарифу не супроводжувалося жодними інвестиціями в мережі."
P_AGREE = "«Люди платять більше, а світла в домівках менше. Ми не погодимося з тим, щоб компанія перекладала свої збитки на споживачів», — сказала Мельничук журналістам після сесії."
P_REV = "За словами Мельничук, у 2025 році компанія отримала 3,2 млрд грн виручки, але спрямувала на ремонт мереж лише 410 млн грн."
P_SUIT = "Депутати також доручили юридичному управлінню підготувати позов до суду, якщо НКРЕКП не відповість на звернення протягом 30 днів."
P_AMCU = "Секретар ради Андрій Шевчук повідомив, що рада не виключає звернення до Антимонопольного комітету."
P_REG = "«Тариф встановлює регулятор, а не компанія. Ми не маємо права змінювати його самостійно», — заявив Гнатюк."
P_INV = "За його словами, компанія у 2025 році інвестувала в мережі 1,1 млрд грн, а не 410 млн, як стверджує рада."
P_PLAN = "За даними компанії, у 2026 році вона планує вкласти в модернізацію мереж 1,8 млрд грн, з них 600 млн грн — кошти міжнародного кредиту."
P_NIBYTO = "Компанія нібито вже підготувала позов проти рішення ради про заборону встановлення нових опор на землях громад, повідомляє видання «Заріченські вісті»."
P_COMP = "Гнатюк запевнив, що компенсації споживачам за відключення компанія не виплачуватиме, оскільки закон не передбачає компенсацій за відключення, спричинені бойовими діями."
P_POLL = "За даними опитування громадської організації «Світло для громад», 71 % мешканців області вважають тариф несправедливим."
P_NINE = "За її оцінкою, для повної модернізації мереж області потрібно щонайменше 9 млрд грн і від п'яти до семи років роботи."
P_DOUBLE = "Коваль також зазначила, що за останні три роки тариф на розподіл в області зріс майже вдвічі, тоді як середня зарплата зросла лише на 40 %."
P_NKREKP = "НКРЕКП повідомила агентству, що отримала звернення ради і розгляне його на засіданні 24 березня."
P_GROUP = "Компанія, зі свого боку, заявила, що готова до діалогу і запропонувала створити спільну робочу групу з двадцяти осіб — по десять від кожної сторони."
P_NOANS = "Рада поки не відповіла на цю пропозицію."
P_CUT = "Якщо кредит не погодять, компанія може скоротити програму вдвічі, попередила пресслужба."
P_LOAD = "За прогнозом обласного енергетичного штабу, навантаження на мережі наступної зими може зрости на 12 %."
P_PET = "За даними групи, петицію вже підписали 3,5 тис. людей."
P_MEET = "Остання зустріч керівництва ради та компанії відбулася у вівторок, 3 березня, і, за словами обох сторін, не дала жодних результатів."
P_PROFIT = "За даними компанії, у 2025 році вона отримала 96 млн грн чистого прибутку, тоді як у 2024 році мала 150 млн грн збитку."
P_NEIGH = "Сусідня Верховинська область має тариф 2,11 грн за кіловат-годину, а Степова — 2,29 грн."
P_COMM = "Пропозицію не підтримали: за неї проголосували лише 27 депутатів, а для ухвалення потрібно 33."
P_UNVER = "У компанії кажуть, що за два зимові місяці ремонтні бригади виконали понад 3 тис. виїздів на аварії, а витрати на них сягнули 85 млн грн."
P_LOAN = "Кредит ще не погоджено."
P_GOV = "Уряд поки не втручався в конфлікт."
P_SHELL = "Гнатюк також заявив, що понад дві третини відключень взимку були спричинені не станом мереж, а обстрілами та пошкодженням генерації, на які компанія не має впливу."
P_SESSION = "У четвер, 5 березня 2026 року, депутати обласної ради на позачерговій сесії ухвалили звернення до Національної комісії, що здійснює державне регулювання у сферах енергетики та комунальних послуг (НКРЕКП), з вимогою переглянути тариф компанії."
P_SUBST = "Влітку компанія планує замінити 140 трансформаторних підстанцій, а до кінця року — ще 260."
P_STAFF = "У компанії працюють близько 4,8 тис. осіб."

HONEST = {
    'tariff': ('З 1 січня 2026 року тариф на розподіл зріс на 18,5 % і становить 2,47 грн за кіловат-годину.', P_TARIFF),
    'tariff-paraphrase': ('Тариф підвищили на 18,5 %, до 2,47 грн за кВт·год.', P_TARIFF),
    'vote': ('За звернення проголосували 48 із 64 депутатів.', P_VOTE),
    'outages': ('За даними обласної військової адміністрації, щодня без світла залишалися в середньому 42 тис. '
                'домогосподарств.', P_OUT),
    'outages-digits': ('За даними ОВА, взимку без світла щодня були в середньому 42 000 домогосподарств.', P_OUT),
    'nearly': ('14 лютого 2026 року без світла були майже 12 тис. споживачів.', P_LONG),
    'fell': ('Компанія стверджує, що кількість аварійних відключень у лютому зменшилася на 23 %.', P_FEB),
    'name-in-guillemets': ('«Заріччяобленерго» обслуговує близько 540 тис. споживачів.', P_CUST),
    'customers': ('Компанія обслуговує приблизно 540 000 споживачів у 19 громадах.', P_CUST),
    'name-not-in-passage': ('Облрада вимагає переглянути тариф «Заріччяобленерго».', P_SESSION),
    'no-investment': ('Мельничук заявила, що підвищення тарифу не супроводжувалося жодними інвестиціями.', P_NOINV),
    'revenue': ('За словами Мельничук, виручка компанії у 2025 році становила 3,2 млрд грн.', P_REV),
    'not-excluded': ('Шевчук повідомив, що рада не виключає звернення до Антимонопольного комітету.', P_AMCU),
    'no-right': ('Гнатюк заявив, що компанія не має права змінювати тариф самостійно.', P_REG),
    'invested': ('За словами Гнатюка, компанія у 2025 році інвестувала в мережі 1,1 млрд грн.', P_INV),
    'reportedly': ('Компанія нібито вже підготувала позов, повідомляє видання «Заріченські вісті».', P_NIBYTO),
    'will-not-pay': ('Гнатюк запевнив, що компанія не виплачуватиме компенсацій за відключення.', P_COMP),
    'at-least': ('За оцінкою Коваль, для модернізації потрібно щонайменше 9 млрд грн.', P_NINE),
    'years-in-digits': ('За оцінкою Коваль, модернізація триватиме від 5 до 7 років.', P_NINE),
    'years-in-words': ('За оцінкою Коваль, модернізація триватиме від п’яти до семи років.', P_NINE),
    'group-in-digits': ('Компанія заявила, що запропонувала створити робочу групу з 20 осіб.', P_GROUP),
    'not-answered': ('Рада поки не відповіла на пропозицію компанії.', P_NOANS),
    'condition-kept': ('Якщо кредит не погодять, компанія може скоротити програму вдвічі.', P_CUT),
    'condition-after': ('Компанія може скоротити програму вдвічі, якщо кредит не погодять.', P_CUT),
    'condition-u-razi': ('За словами пресслужби, у разі, якщо кредит не погодять, компанія може скоротити програму '
                         'вдвічі.', P_CUT),
    'condition-suit': ('Депутати доручили підготувати позов, якщо НКРЕКП не відповість протягом 30 днів.', P_SUIT),
    'forecast': ('За прогнозом штабу, навантаження на мережі наступної зими може зрости на 12 %.', P_LOAD),
    'petition': ('Петицію підписали 3500 людей, за даними групи.', P_PET),
    'no-results': ('Зустріч у вівторок, 3 березня, не дала жодних результатів.', P_MEET),
    'no-results-reworded': ('Зустріч 3 березня не дала результатів.', P_MEET),
    'took-place': ('Зустріч керівництва ради та компанії відбулася у вівторок, 3 березня.', P_MEET),
    'loan': ('Кредит поки не погоджено.', P_LOAN),
    'session': ('У четвер, 5 березня 2026 року, облрада ухвалила звернення до НКРЕКП.', P_SESSION),
    'staff': ('У компанії працюють близько 4800 осіб.', P_STAFF),
    'government': ('Уряд поки не втручався.', P_GOV),
}

# Misstatements a careless editor makes: (sentence, passage, what the error names).
MISSTATEMENTS = {
    'figure': ('З 1 січня 2026 року тариф на розподіл зріс на 15,5 %.', P_TARIFF, 'figure "15,5 %" is not in'),
    'rise-as-fall': ('З 1 січня 2026 року тариф на розподіл знизився на 18,5 %.', P_TARIFF,
                     'figure "18,5 %" is given as a fall, but the passages this cites give it as a rise'),
    'date': ('З 1 лютого 2026 року тариф на розподіл зріс на 18,5 %.', P_TARIFF, 'date "1 лютого 2026" is not in'),
    'scale': ('За даними ОВА, щодня без світла залишалися в середньому 42 млн домогосподарств.', P_OUT,
              'figure "42 млн" is not in'),
    'qualifier-dropped': ('14 лютого 2026 року без світла були 12 тис. споживачів.', P_LONG,
                          'figure "12 тис" leaves out the qualifier of "майже 12 тис"'),
    'fall-as-rise': ('Компанія стверджує, що кількість аварійних відключень у лютому зросла на 23 %.', P_FEB,
                     'figure "23 %" is given as a rise, but the passages this cites give it as a fall'),
    'claim-as-fact': ('Кількість аварійних відключень у лютому зменшилася на 23 %.', P_FEB,
                      'states as fact what its cited passages give only as the word of Компанія'),
    'negation-dropped': ('Мельничук заявила, що підвищення тарифу супроводжувалося інвестиціями в мережі.', P_NOINV,
                         "drops the negation of its cited passage ('що підвищення тарифу не супроводжувалося"),
    'sides-swapped': ('За словами Гнатюка, компанія спрямувала на ремонт мереж лише 410 млн грн.', P_REV,
                      'this sentence gives the words to Гнатюка, but its cited passages give them to Мельничук'),
    'mlrd-as-mln': ('За словами Мельничук, виручка компанії у 2025 році становила 3,2 млн грн.', P_REV,
                    'figure "3,2 млн" is not in'),
    'ne-vyklyuchaye': ('Шевчук повідомив, що рада виключає звернення до Антимонопольного комітету.', P_AMCU,
                       'drops the negation of its cited passage'),
    'reportedly-dropped': ('Компанія вже підготувала позов проти рішення ради.', P_NIBYTO,
                           "the source gives this only as 'нібито'"),
    'will-pay': ('Гнатюк запевнив, що компанія виплачуватиме компенсації за відключення.', P_COMP,
                 'drops the negation of its cited passage'),
    'at-least-dropped': ('За оцінкою Коваль, для модернізації потрібно 9 млрд грн.', P_NINE,
                         'figure "9 млрд" leaves out the qualifier of "щонайменше 9 млрд"'),
    'number-word': ('За оцінкою Коваль, модернізація триватиме від трьох до семи років.', P_NINE,
                    'figure "трьох" is not in'),
    'number-word-group': ('Компанія заявила, що запропонувала створити робочу групу з тридцяти осіб.', P_GROUP,
                          'figure "тридцяти" is not in'),
    'day-of-month': ('НКРЕКП розгляне звернення ради на засіданні 14 березня.', P_NKREKP,
                     'date "14 березня" is not in'),
    'not-answered-dropped': ('Рада відповіла на пропозицію компанії.', P_NOANS, 'drops the negation'),
    'condition-dropped': ('Компанія скоротить програму вдвічі.', P_CUT,
                          "the source gives this only on a condition ('Якщо кредит не погодять')"),
    'condition-dropped-suit': ('Депутати доручили юридичному управлінню підготувати позов до суду.', P_SUIT,
                               "the source gives this only on a condition ('якщо НКРЕКП не відповість"),
    'forecast-as-certain': ('Навантаження на мережі наступної зими буде зростати на 12 %.', P_LOAD,
                            "the source gives this only as expected ('За прогнозом'), but it is worded as certain"),
    'tys-as-mln': ('За даними групи, петицію вже підписали 3,5 млн людей.', P_PET, 'figure "3,5 млн" is not in'),
    'weekday': ('Зустріч у середу, 3 березня, не дала жодних результатів.', P_MEET, 'day "середу" is not in'),
    'no-results-dropped': ('Зустріч у вівторок, 3 березня, дала результати.', P_MEET,
                           "drops the negation of its cited passage ('не дала жодних результатів')"),
    'loan-approved': ('Кредит уже погоджено.', P_LOAN, 'drops the negation'),
    'government-stepped-in': ('Уряд втручався в конфлікт.', P_GOV, 'drops the negation'),
    'not-backed': ('Пропозицію підтримали 33 депутати.', P_COMM, 'drops the negation'),
    'about-dropped': ('У компанії працюють 4,8 тис. осіб.', P_STAFF,
                      'figure "4,8 тис" leaves out the qualifier of "близько 4,8 тис"'),
}


@pytest.fixture(autouse=True)
def ukrainian_locale():
    """Read Ukrainian text as the fixture's project locale has the build read it (after conftest's reset to none),
    then as English has it."""
    read_as_project_locale(FIXTURE, "uk")
    yield
    numbers.read_as_locales({})


def test_the_briefing_builds_in_ukrainian(tmp_path: Path):
    """The Ukrainian briefing builds, its pages lang="uk", the company's name in guillemets in its summary, its notes
    quoting their passages, which the source's page marks."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = (desk / "site" / "tariff-dispute" / "index.html").read_text(encoding="utf-8")
    source = (desk / "site" / "sources" / "agency.html").read_text(encoding="utf-8")
    home = (desk / "site" / "index.html").read_text(encoding="utf-8")
    for html in (page, source, home):
        assert '<html lang="uk"' in html
    for words in ("Що ми знаємо", "Уперше опубліковано", "Виправлення", "Що було неправильно:", "Примітки",
                  "переглянути тариф «Заріччяобленерго»", "вівторок, 3 березня", "Їхніми словами"):
        assert words in page, words
    assert '<mark id="passage-' in source and "Найдовше відключення тривало 31 годину" in source


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_ukrainian_wording_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "uk", PARTIES) == []


@pytest.mark.parametrize("sentence, passage, named", MISSTATEMENTS.values(), ids=MISSTATEMENTS.keys())
def test_a_ukrainian_misstatement_is_refused(sentence: str, passage: str, named: str):
    found = sentence_findings(sentence, (passage,), "uk", PARTIES)
    assert any(named in message for message in found), found


@pytest.mark.parametrize("text, figures", [
    ("з двадцяти осіб", [20]), ("від п'яти до семи років", [5, 7]), ("від пʼяти до семи років", [5, 7]),
    ("сто двадцять п’ять депутатів", [125]), ("двісті тисяч гривень", [200000]), ("три мільйони", [3000000]),
    ("дев'ятнадцятьох сіл", [19]), ("тисячі людей", []), ("одна компанія", []), ("мільйони споживачів", [])])
def test_ukrainian_number_words_are_read(text: str, figures: list[int]):
    """Ukrainian declines its number words and writes an apostrophe in some of them (any of three marks); "один" and
    a scale alone are no count."""
    assert sorted(q.value for q in quantities_in(text, "uk")) == sorted(Decimal(f) for f in figures)


@pytest.mark.parametrize("sentence, passage, named", [
    ("Мельничук назвала компанію «монополістом».", P_REV, 'quoted words "монополістом" are not in'),
    ("Гнатюк назвав рішення «Помилкою ради».", P_REG, 'quoted words "Помилкою ради" are not in'),
    ('Мельничук назвала компанію "Monopolist".', P_REV, 'quoted words "Monopolist" are not in'),
])
def test_words_in_guillemets_that_are_no_name_stay_a_quotation(sentence: str, passage: str, named: str):
    """Only one capitalised Cyrillic word right inside the marks is read as a name: a lowercase word, several words or
    a word in Latin letters is still quoted words the source must hold."""
    found = sentence_findings(sentence, (passage,), "uk", PARTIES)
    assert any(named in message for message in found), found
