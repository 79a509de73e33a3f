"""A twenty-eighth fact-check: misstatements a partisan editor writes in the other languages the checks read, each
language a small topic of its own. Each built before:
- a word turned into its opposite in French, Spanish, German, Portuguese, Arabic and Korean: a degree ("une forte
  hausse" citing "une légère hausse", "stiegen stark" citing "leicht", "ارتفاعا حادا" citing "ارتفاعا طفيفا"), civilians
  for fighters ("40 civils" citing "40 militants", "민간인" citing "무장세력"), south for north, permanent for temporary
  (opposites_languages.py);
- a party swapped in French ("Le Pakistan a attaqué l'Afghanistan" citing the other way round) and in Spanish with
  the names' accents ("Pakistán atacó a Afganistán": "Pakistán" and "Afganistán" named no party, inflection.py);
- a Spanish party's word told as fact ("Los ataques mataron a 40 militantes" citing "Según Pakistán, ...");
- a German claim given to the other party after "laut" ("Laut Afghanistan töteten die Angriffe 40 Kämpfer");
- an Arabic hollow or weak verb negated ("لم يزد منسوب المياه" citing "زاد منسوب المياه": the jussive drops the weak
  letter, and a stem compared "يزد" with "زاد" as two words);
- a Korean number word changed ("다섯 명" citing "세 명"; "3명" citing "세 명" was refused), a Korean claim given to
  the other party ("아프가니스탄은 ... 밝혔다" citing "파키스탄은 ... 밝혔다") and a Korean party swapped by its particles
  ("파키스탄이 아프가니스탄을 공격했다" citing "아프가니스탄이 파키스탄을 공격했다").
Honest wordings build: the same degree in another word, both sides of a pair named, a negation before the word, a
passive, the figure in digits.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from support import TWO_PARTIES, Sentence, SentencesChecked, assert_summary_outcome, minimal_project

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def fixture_root(tmp_path_factory) -> Path:
    """One minimal project with the Korean and Portuguese project locales of earlier rounds, its source and briefing
    rewritten by each test (they run one after another)."""
    root = minimal_project(tmp_path_factory.mktemp("factcheck28") / "project")
    (root / "locales").mkdir()
    shutil.copy(FIXTURES / "newuser_23" / "ko.yaml", root / "locales" / "ko.yaml")
    shutil.copy(FIXTURES / "newuser_21" / "locales" / "pt.yaml", root / "locales" / "pt.yaml")
    return root


@pytest.fixture(scope="module")
def checked(fixture_root) -> SentencesChecked:
    """The one-sentence checks of this module's cases, many in one load (support.SentencesChecked)."""
    return SentencesChecked(fixture_root,
                            [Sentence(given, written, parties[0] if parties else TWO_PARTIES, language=language)
                             for language, given, written, _, *parties in CASES])


def _ids(cases):
    return [f"{case[0]} {case[2][:40]} ({case[1][:20]})" for case in cases]


OPPOSITE = "this sentence says '{}' where its cited passages say '{}'"
SWAPPED = "this sentence names {} where its cited passages name {}"
GIVEN = "this sentence gives the words to {}"
ADDS = "this sentence adds a negation to its cited passage"
DROPS = "this sentence drops the negation of its cited passage"
AR_PARTIES = ("  - id: pakistan\n    name: Pakistan\n    aliases: [باكستان]\n"
              "  - id: afghanistan\n    name: Afghanistan\n    aliases: [أفغانستان]\n")
KO_PARTIES = ("  - id: pakistan\n    name: Pakistan\n    aliases: [파키스탄]\n"
              "  - id: afghanistan\n    name: Afghanistan\n    aliases: [아프가니스탄]\n")

WHEAT = "Les prix du blé ont connu une légère hausse en mars."
FRENCH = [
    # (language, the source's sentence, the briefing's, "ok" or what the error says)
    ("fr", WHEAT, "Les prix du blé ont connu une forte hausse en mars.",
     OPPOSITE.format("forte", "légère") + ": \"Les prix du blé ont connu une forte hausse en mars.\" (keep the "
     "source's word, or cite a passage that says this one)"),
    ("fr", "Les prix du blé ont connu une forte baisse en mars.", "Les prix du blé ont connu une légère baisse en mars.",
     OPPOSITE.format("légère", "forte")),
    ("fr", "Le chômage a légèrement augmenté en mars.", "Le chômage a fortement augmenté en mars.",
     OPPOSITE.format("fortement", "légèrement")),
    ("fr", "Les exportations ont progressé lentement en mars.", "Les exportations ont progressé rapidement en mars.",
     OPPOSITE.format("rapidement", "lentement")),
    ("fr", "Les frappes ont tué 40 militants près de la frontière.", "Les frappes ont tué 40 civils près de la frontière.",
     OPPOSITE.format("civils", "militants")),
    ("fr", "La fermeture de la frontière est temporaire selon le ministère.",
     "La fermeture de la frontière est définitive selon le ministère.", OPPOSITE.format("définitive", "temporaire")),
    ("fr", "Les combats ont eu lieu dans le nord du pays.", "Les combats ont eu lieu dans le sud du pays.",
     OPPOSITE.format("sud", "nord")),
    ("fr", "Les frappes ont eu lieu dans l'est de l'Afghanistan.", "Les frappes ont eu lieu dans l'ouest de l'Afghanistan.",
     OPPOSITE.format("ouest", "l'est")),
    ("fr", "Le gouvernement a obtenu une courte majorité.", "Le gouvernement a obtenu une large majorité.",
     OPPOSITE.format("large", "courte")),
    ("fr", "La participation a été faible dimanche.", "La participation a été forte dimanche.",
     OPPOSITE.format("forte", "faible")),
    ("fr", "L'Afghanistan a attaqué le Pakistan vendredi.", "Le Pakistan a attaqué l'Afghanistan vendredi.",
     SWAPPED.format("Pakistan", "Afghanistan") + " ('Afghanistan a attaqué')"),
    ("fr", "L'Afghanistan a perdu 58 soldats dans les combats.", "Le Pakistan a perdu 58 soldats dans les combats.",
     SWAPPED.format("Pakistan", "Afghanistan")),
    # honest: the same degree in another word, both sides named, a negation, a passive, both parties joined
    ("fr", WHEAT, "Les prix du blé ont connu une faible hausse en mars.", "ok"),
    ("fr", "Les prix du blé ont connu une forte hausse en mars.", "Les prix du blé ont connu une nette hausse en mars.",
     "ok"),
    ("fr", "Les prix du blé ont connu une forte hausse en mars.", "Les prix du blé ont fortement augmenté en mars.", "ok"),
    ("fr", "La participation a été faible dimanche, mais forte lundi.", "La participation a été forte lundi.", "ok"),
    ("fr", "Les prix ont fortement augmenté, mais les salaires ont légèrement baissé.",
     "Les salaires ont légèrement baissé.", "ok"),
    ("fr", "Le chômage a légèrement augmenté en mars.", "Le chômage n'a pas fortement augmenté en mars.", "ok"),
    ("fr", "La Corée du Sud a signalé un tir de missile de la Corée du Nord.",
     "La Corée du Sud a signalé un tir de missile nord-coréen.", "ok"),
    ("fr", "L'Afghanistan a attaqué le Pakistan vendredi.", "Le Pakistan a été attaqué par l'Afghanistan vendredi.", "ok"),
    ("fr", "L'Afghanistan et le Pakistan ont échangé des tirs.", "Le Pakistan et l'Afghanistan ont échangé des tirs.",
     "ok"),
    ("fr", "Le Pakistan a déclaré que les frappes visaient des militants.",
     "Selon le Pakistan, les frappes visaient des militants.", "ok"),
]

SPANISH = [
    ("es", "Afganistán atacó a Pakistán el viernes.", "Pakistán atacó a Afganistán el viernes.",
     SWAPPED.format("Pakistán", "Afganistán") + " ('Afganistán atacó')"),
    ("es", "Afganistán perdió 58 soldados en los combates.", "Pakistán perdió 58 soldados en los combates.",
     SWAPPED.format("Pakistán", "Afganistán")),
    ("es", "Los ataques de Afganistán mataron a 12 soldados.", "Los ataques de Pakistán mataron a 12 soldados.",
     SWAPPED.format("Pakistán", "Afganistán")),
    ("es", "Según Pakistán, los ataques mataron a 40 militantes.", "Los ataques mataron a 40 militantes.",
     "this sentence states as fact what its cited passages give only as the word of Pakistán"),
    ("es", "Según Pakistán, los ataques mataron a 40 militantes.", "Según Afganistán, los ataques mataron a 40 militantes.",
     GIVEN.format("Afganistán")),
    ("es", "Los precios subieron ligeramente en marzo.", "Los precios subieron fuertemente en marzo.",
     OPPOSITE.format("fuertemente", "ligeramente")),
    ("es", "Hubo una leve subida de los precios en marzo.", "Hubo una fuerte subida de los precios en marzo.",
     OPPOSITE.format("fuerte", "leve")),
    ("es", "Los ataques mataron a 40 militantes cerca de la frontera.",
     "Los ataques mataron a 40 civiles cerca de la frontera.", OPPOSITE.format("civiles", "militantes")),
    ("es", "El cierre de la frontera es temporal según el ministerio.",
     "El cierre de la frontera es permanente según el ministerio.", OPPOSITE.format("permanente", "temporal")),
    ("es", "Los combates tuvieron lugar en el norte del país.", "Los combates tuvieron lugar en el sur del país.",
     OPPOSITE.format("sur", "norte")),
    ("es", "Los ataques ocurrieron en el este de Afganistán.", "Los ataques ocurrieron en el oeste de Afganistán.",
     OPPOSITE.format("oeste", "el este")),
    # honest
    ("es", "Afganistán atacó a Pakistán el viernes.", "Pakistán fue atacado por Afganistán el viernes.", "ok"),
    ("es", "Afganistán y Pakistán intercambiaron disparos.", "Pakistán y Afganistán intercambiaron disparos.", "ok"),
    ("es", "Pakistán perdió 58 soldados y Afganistán perdió 23.", "Afganistán perdió 23 soldados.", "ok"),
    ("es", "Según Pakistán, los ataques mataron a 40 militantes.",
     "Pakistán afirma que los ataques mataron a 40 militantes.", "ok"),
    ("es", "Pakistán dijo que 40 militantes murieron.", "Pakistán dijo que 40 militantes murieron.", "ok"),
    ("es", "Los precios subieron ligeramente en marzo.", "Los precios subieron levemente en marzo.", "ok"),
    ("es", "El paro bajó ligeramente en marzo.", "El paro no bajó fuertemente en marzo.", "ok"),
    ("es", "Los civiles huyeron del norte del país.", "Los civiles huyeron del norte del país hacia el sur.", "ok"),
    ("es", "Este año los ataques ocurrieron en el oeste del país.", "Este año los ataques ocurrieron en el oeste.", "ok"),
]

GERMAN = [
    ("de", "Die Preise stiegen im März leicht.", "Die Preise stiegen im März stark.", OPPOSITE.format("stark", "leicht")),
    ("de", "Es gab im März einen leichten Anstieg der Preise.", "Es gab im März einen starken Anstieg der Preise.",
     OPPOSITE.format("starken", "leichten")),
    ("de", "Die Preise stiegen im März langsam.", "Die Preise stiegen im März schnell.",
     OPPOSITE.format("schnell", "langsam")),
    ("de", "Die Angriffe töteten 40 Kämpfer nahe der Grenze.", "Die Angriffe töteten 40 Zivilisten nahe der Grenze.",
     OPPOSITE.format("Zivilisten", "Kämpfer")),
    ("de", "Die Kämpfe fanden im Norden des Landes statt.", "Die Kämpfe fanden im Süden des Landes statt.",
     OPPOSITE.format("Süden", "Norden")),
    ("de", "Die Kämpfe fanden im Osten des Landes statt.", "Die Kämpfe fanden im Westen des Landes statt.",
     OPPOSITE.format("Westen", "Osten")),
    ("de", "Die Regierung schloss die privaten Schulen im Grenzgebiet.",
     "Die Regierung schloss die öffentlichen Schulen im Grenzgebiet.", OPPOSITE.format("öffentlichen", "privaten")),
    ("de", "Laut Pakistan töteten die Angriffe 40 Kämpfer.", "Laut Afghanistan töteten die Angriffe 40 Kämpfer.",
     GIVEN.format("Afghanistan")),
    ("de", "Die Angriffe töteten laut Pakistan 40 Kämpfer.", "Die Angriffe töteten laut Afghanistan 40 Kämpfer.",
     "this sentence gives the words to"),
    ("de", "Laut der Regierung Pakistans töteten die Angriffe 40 Kämpfer.",
     "Laut der Regierung Afghanistans töteten die Angriffe 40 Kämpfer.", GIVEN.format("Regierung Afghanistans")),
    ("de", "Nach Angaben Pakistans töteten die Angriffe 40 Kämpfer.",
     "Nach Angaben Afghanistans töteten die Angriffe 40 Kämpfer.", "this sentence gives the words to"),
    # honest
    ("de", "Die Preise stiegen im März leicht.", "Die Preise stiegen im März geringfügig.", "ok"),
    ("de", "Die Preise stiegen im März stark.", "Die Preise stiegen im März deutlich.", "ok"),
    ("de", "Die Preise stiegen im März leicht, die Löhne stark.", "Die Löhne stiegen im März stark.", "ok"),
    ("de", "Die Preise stiegen im März leicht.", "Die Preise stiegen im März nicht stark.", "ok"),
    ("de", "Die Kämpfe fanden im Süden statt, nicht im Norden.", "Die Kämpfe fanden im Süden statt.", "ok"),
    ("de", "Die Zivilisten flohen aus dem Norden in den Süden.", "Die Zivilisten flohen in den Süden.", "ok"),
    ("de", "Am Freitag griff Pakistan Afghanistan an.", "Pakistan griff Afghanistan am Freitag an.", "ok"),
    ("de", "Laut Pakistan töteten die Angriffe 40 Kämpfer.", "Laut Pakistan töteten die Angriffe 40 Kämpfer.", "ok"),
    ("de", "Laut Pakistan töteten die Angriffe 40 Kämpfer.", "Die Angriffe töteten laut Pakistan 40 Kämpfer.", "ok"),
]

ARABIC = [
    ("ar", "زاد منسوب المياه في البحيرة خلال مارس.", "لم يزد منسوب المياه في البحيرة خلال مارس.",
     f"{ADDS} ('زاد منسوب المياه في البحيرة خلال مارس')"),
    ("ar", "لم يزد منسوب المياه في البحيرة خلال مارس.", "زاد منسوب المياه في البحيرة خلال مارس.", DROPS),
    ("ar", "باع المزارعون محاصيلهم في السوق.", "لم يبع المزارعون محاصيلهم في السوق.", ADDS),
    ("ar", "لم يقم الجيش بقصف القرى الحدودية.", "قام الجيش بقصف القرى الحدودية.", DROPS),
    ("ar", "دعا الوسيط إلى وقف إطلاق النار.", "لم يدع الوسيط إلى وقف إطلاق النار.", ADDS),
    ("ar", "بنى الجيش جدارا على الحدود.", "لم يبن الجيش جدارا على الحدود.", ADDS),
    ("ar", "سار المتظاهرون نحو القصر الرئاسي.", "لم يسر المتظاهرون نحو القصر الرئاسي.", ADDS),
    ("ar", "خاف السكان من الفيضان.", "لم يخف السكان من الفيضان.", ADDS),
    ("ar", "قتلت الغارات ٤٠ مسلحا قرب الحدود.", "قتلت الغارات ٤٠ مدنيا قرب الحدود.", OPPOSITE.format("مدنيا", "مسلحا")),
    ("ar", "ارتفعت الأسعار ارتفاعا طفيفا في مارس.", "ارتفعت الأسعار ارتفاعا حادا في مارس.",
     OPPOSITE.format("حادا", "طفيفا")),
    ("ar", "دارت المعارك في شمال البلاد.", "دارت المعارك في جنوب البلاد.", OPPOSITE.format("جنوب", "شمال")),
    ("ar", "إغلاق الحدود مؤقت بحسب الوزارة.", "إغلاق الحدود دائم بحسب الوزارة.", OPPOSITE.format("دائم", "مؤقت")),
    ("ar", "قالت باكستان إن الضربات استهدفت مسلحين.", "قالت أفغانستان إن الضربات استهدفت مسلحين.", GIVEN.format("أفغانستان"),
     AR_PARTIES),
    # honest: the verb in another tense, the negation kept, a fighter for a militant, a pair's both sides
    ("ar", "قال الوزير إن السد آمن.", "يقول الوزير إن السد آمن.", "ok"),
    ("ar", "زاد منسوب المياه في البحيرة خلال مارس.", "يزيد منسوب المياه في البحيرة خلال مارس.", "ok"),
    ("ar", "باع المزارعون محاصيلهم في السوق.", "يبيع المزارعون محاصيلهم في السوق.", "ok"),
    ("ar", "لم يقم الجيش بقصف القرى الحدودية.", "لم يقصف الجيش القرى الحدودية.", "ok"),
    ("ar", "لم يزد منسوب المياه في البحيرة خلال مارس.", "لم يرتفع منسوب المياه في البحيرة خلال مارس.", "ok"),
    ("ar", "قتلت الغارات ٤٠ مسلحا قرب الحدود.", "قتلت الغارات ٤٠ مقاتلا قرب الحدود.", "ok"),
    ("ar", "ارتفعت الأسعار ارتفاعا طفيفا في مارس.", "ارتفعت الأسعار بشكل طفيف في مارس.", "ok"),
    ("ar", "نزح السكان من شمال البلاد إلى جنوبها.", "نزح السكان من شمال البلاد.", "ok"),
    ("ar", "قالت الوزارة إن الإغلاق مؤقت.", "قالت الوزارة إن الإغلاق ليس دائما.", "ok"),
    ("ar", "هاجمت باكستان أفغانستان يوم الجمعة.", "هاجمت باكستان أفغانستان الجمعة.", "ok", AR_PARTIES),
]

KOREAN = [
    ("ko", "공습으로 민간인 세 명이 숨졌다.", "공습으로 민간인 다섯 명이 숨졌다.",
     "figure \"다섯\" is not in the passages this sentence cites: \"공습으로 민간인 다섯 명이 숨졌다.\""),
    ("ko", "공습으로 민간인 열 명이 숨졌다.", "공습으로 민간인 스무 명이 숨졌다.", "figure \"스무\" is not in the passages"),
    ("ko", "공습으로 민간인 두 명이 숨졌다.", "공습으로 민간인 세 명이 숨졌다.", "figure \"세\" is not in the passages"),
    ("ko", "회담은 세 차례 열렸다.", "회담은 다섯 차례 열렸다.", "figure \"다섯\" is not in the passages"),
    ("ko", "공습으로 민간인 3명이 숨졌다.", "공습으로 민간인 다섯 명이 숨졌다.", "figure \"다섯\" is not in the passages"),
    ("ko", "해군은 선박 네 척을 나포했다.", "해군은 선박 여섯 척을 나포했다.", "figure \"여섯\" is not in the passages"),
    ("ko", "해군은 선박 열두 척을 나포했다.", "해군은 선박 스물두 척을 나포했다.", "figure \"스물두\" is not in the passages"),
    ("ko", "파키스탄은 공습이 무장세력을 겨냥했다고 밝혔다.", "아프가니스탄은 공습이 무장세력을 겨냥했다고 밝혔다.",
     GIVEN.format("아프가니스탄") + ", but its cited passages give them to 파키스탄", KO_PARTIES),
    ("ko", "파키스탄에 따르면 공습으로 무장세력 40명이 숨졌다.", "아프가니스탄에 따르면 공습으로 무장세력 40명이 숨졌다.",
     GIVEN.format("아프가니스탄"), KO_PARTIES),
    ("ko", "공습으로 무장세력 40명이 숨졌다.", "공습으로 민간인 40명이 숨졌다.", OPPOSITE.format("민간인", "무장세력")),
    ("ko", "정부는 국경 검문소를 일시적으로 폐쇄했다고 발표했다.", "정부는 국경 검문소를 영구적으로 폐쇄했다고 발표했다.",
     OPPOSITE.format("영구적으로", "일시적으로")),
    ("ko", "아프가니스탄이 파키스탄을 공격했다.", "파키스탄이 아프가니스탄을 공격했다.",
     "this sentence names 파키스탄 where its cited passages name 아프가니스탄 as the subject of '공격': \"파키스탄이 "
     "아프가니스탄을 공격했다.\" (name the party the source names", KO_PARTIES),
    ("ko", "아프가니스탄이 어제 파키스탄을 공격했다.", "어제 파키스탄이 아프가니스탄을 공격했다.",
     "this sentence names 파키스탄 where its cited passages name 아프가니스탄", KO_PARTIES),
    # honest: the figure in digits, the claim kept with "에 따르면", a count of the other group the passage gives
    ("ko", "아프가니스탄이 파키스탄을 공격했다.", "파키스탄을 아프가니스탄이 공격했다.", "ok", KO_PARTIES),
    ("ko", "아프가니스탄이 파키스탄을 공격했다.", "파키스탄은 아프가니스탄의 공격을 받았다.", "ok", KO_PARTIES),
    ("ko", "아프가니스탄이 파키스탄을 공격했고 파키스탄이 반격했다.", "파키스탄이 반격했다.", "ok", KO_PARTIES),
    ("ko", "공습으로 민간인 세 명이 숨졌다.", "공습으로 민간인 3명이 숨졌다.", "ok"),
    ("ko", "공습으로 민간인 열 명이 숨졌다.", "공습으로 민간인 10명이 숨졌다.", "ok"),
    ("ko", "공습으로 민간인 스무 명이 숨졌다.", "공습으로 민간인 20명이 숨졌다.", "ok"),
    ("ko", "해군은 선박 열두 척을 나포했다.", "해군은 선박 12척을 나포했다.", "ok"),
    ("ko", "파키스탄은 공습이 무장세력을 겨냥했다고 밝혔다.", "파키스탄에 따르면 공습은 무장세력을 겨냥했다.", "ok", KO_PARTIES),
    ("ko", "공습으로 민간인 세 명과 무장세력 다섯 명이 숨졌다.", "공습으로 무장세력 다섯 명이 숨졌다.", "ok"),
    ("ko", "한 관계자는 회담이 열렸다고 말했다.", "한 관계자는 회담이 열렸다고 말했다.", "ok"),
    ("ko", "회담은 세 번째로 열렸다.", "회담은 세 번째로 열렸다.", "ok"),
    ("ko", "공습은 북부와 남부에서 모두 이뤄졌다고 정부는 밝혔다.", "공습은 남부에서 이뤄졌다고 정부는 밝혔다.", "ok"),
]

PORTUGUESE = [
    ("pt", "Os preços subiram ligeiramente em março.", "Os preços subiram fortemente em março.",
     OPPOSITE.format("fortemente", "ligeiramente")),
    ("pt", "Os preços tiveram uma leve alta em março.", "Os preços tiveram uma forte alta em março.",
     OPPOSITE.format("forte", "leve")),
    ("pt", "Os ataques mataram 40 militantes perto da fronteira.", "Os ataques mataram 40 civis perto da fronteira.",
     OPPOSITE.format("civis", "militantes")),
    ("pt", "Os combates ocorreram no norte do país.", "Os combates ocorreram no sul do país.",
     OPPOSITE.format("sul", "norte")),
    ("pt", "Os combates ocorreram no leste do país.", "Os combates ocorreram no oeste do país.",
     OPPOSITE.format("oeste", "leste")),
    ("pt", "O fechamento da fronteira é temporário, segundo o ministério.",
     "O fechamento da fronteira é permanente, segundo o ministério.", OPPOSITE.format("permanente", "temporário")),
    # honest
    ("pt", "Os preços subiram ligeiramente em março.", "Os preços subiram levemente em março.", "ok"),
    ("pt", "Os ataques mataram 40 militantes perto da fronteira.", "Os ataques mataram 40 combatentes perto da fronteira.",
     "ok"),
    ("pt", "Os preços subiram ligeiramente em março.", "Houve uma ligeira alta dos preços em março.", "ok"),
    ("pt", "Os civis fugiram do norte para o sul do país.", "Os civis fugiram para o sul do país.", "ok"),
]

CASES = FRENCH + SPANISH + GERMAN + ARABIC + KOREAN + PORTUGUESE


@pytest.mark.parametrize("case", CASES, ids=_ids(CASES))
def test_a_misstatement_is_refused_and_an_honest_wording_builds(checked, case):
    language, given, written, outcome, *parties = case
    lines = checked(given, written, parties[0] if parties else TWO_PARTIES, language=language)
    assert_summary_outcome(lines, outcome)
