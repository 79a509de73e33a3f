"""A thirty-first fact-check: misstatements in Japanese, Korean, Turkish, Urdu and Russian, each built before.

A verb turned into its opposite with no figure beside it (opposite_verbs.py): a win told as a loss ("与党は衆院選で敗北した"
citing "勝利した", "Galatasaray derbiyi kaybetti" citing "kazandı", "ٹیم فائنل ہار گئی" citing "جیت لیا", "Команда
проиграла финал" citing "выиграла", "여당이 총선에서 패배했다" citing "승리했다"), a bill or an appeal rejected for passed or granted
("否決", "reddetti", "مسترد", "отклонила", "부결"), a denial told as an admission ("認めた" citing "否定した",
"doğruladı" citing "yalanladı", "تصدیق" citing "تردید", "подтвердил" citing "опроверг", "인정했다" citing "부인했다"),
and a rise told as a fall where no figure is given ("失業率は上昇した" citing "低下した", "مہنگائی میں کمی ہوئی" citing
"اضافہ", "Рубль ослаб" citing "укрепился", "실업률이 증가했다" citing "감소했다").
A number word changed in Turkish or Russian ("yirmi iki kişi" citing "on iki kişi", "до двадцати" citing "до
двенадцати"; spelled_languages.py), where the figure in digits that restates it ("12 kişi", "до 12") was refused.
A bound after degrees turned round ("35度未満" citing "35度以上", "35도 이하" citing "35도 이상"; japanese_qualifiers.py,
hangul.py), where "50%を下回った" and "50%에 못 미쳤다", which restate "50%未満" and "50% 미만", were refused.
A party's word told as fact in Japanese ("空爆で戦闘員40人が死亡した" citing only "パキスタンによると、...";
japanese_party_word.py). A likelihood dropped in Japanese or Korean ("ダムが決壊する" citing "決壊する可能性がある", "누전이다" citing "누전으로
추정된다"; likelihood_languages.py).
Honest wordings build: the same side in another word ("増えた" for "増加した", "geriledi" for "düştü", "کامیاب ہوئی" for
"جیت لیا", "повысилась" for "выросла", "늘었다" for "증가했다"), the opposite negated ("認めなかった", "kabul etmedi",
"منظور نہیں کی", "не удовлетворил", "인정하지 않았다"), one side of a passage that names both, a passive.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from support import TWO_PARTIES, Sentence, SentencesChecked, assert_summary_outcome, minimal_project

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def fixture_root(tmp_path_factory) -> Path:
    """One minimal project with the Japanese, Korean, Turkish, Urdu and Russian project locales of earlier rounds, its
    source and briefing rewritten by each test (they run one after another)."""
    root = minimal_project(tmp_path_factory.mktemp("factcheck31") / "project")
    (root / "locales").mkdir()
    shutil.copy(FIXTURES / "newuser_23" / "ko.yaml", root / "locales" / "ko.yaml")
    for language, fixture in (("ja", "newuser_26"), ("tr", "newuser_25"), ("ur", "newuser_24"), ("ru", "newuser_22")):
        shutil.copy(FIXTURES / fixture / "locales" / f"{language}.yaml", root / "locales" / f"{language}.yaml")
    return root


@pytest.fixture(scope="module")
def checked(fixture_root) -> SentencesChecked:
    """The one-sentence checks of this module's cases, many in one load (support.SentencesChecked)."""
    return SentencesChecked(fixture_root,
                            [Sentence(given, written, parties[0] if parties else TWO_PARTIES, language=language)
                             for language, given, written, _, *parties in CASES])


def _ids(cases):
    return [f"{case[0]} {case[2][:40]} ({case[1][:20]})" for case in cases]


def _parties(*aliases: str) -> str:
    """Return a briefing's `parties:`, Pakistan and Afghanistan, each with its name in a language as an alias."""
    return "".join(f"  - id: {key}\n    name: {name}\n    aliases: [{alias}]\n"
                   for (key, name), alias in zip((("pakistan", "Pakistan"), ("afghanistan", "Afghanistan")), aliases))


SAYS = "this sentence says '{}' where its cited passages say '{}'"
LIKELY = "this sentence states as fact what its cited passages give only as probable or possible ('{}': '{}')"
JA_PARTIES = _parties("パキスタン", "アフガニスタン")
TR_PARTIES = _parties("Pakistan", "Afganistan")
UR_PARTIES = _parties("پاکستان", "افغانستان")
RU_PARTIES = _parties("Пакистан, Пакистана", "Афганистан, Афганистана")

JAPANESE = [
    ("ja", "最高気温は35度以上になった。", "最高気温は35度未満だった。",
     "figure \"35度未満\" contradicts \"35度以上\" in the passages this sentence cites"),
    ("ja", "大雨でダムが決壊する可能性がある。", "大雨でダムが決壊する。",
     LIKELY.format("可能性がある", "大雨でダムが決壊する可能性がある。")),
    ("ja", "パキスタンによると、空爆で戦闘員40人が死亡した。", "空爆で戦闘員40人が死亡した。",
     "this sentence states as fact what its cited passages give only as the word of パキスタン", JA_PARTIES),
    ("ja", "与党は衆院選で勝利した。", "与党は衆院選で敗北した。",
     SAYS.format("敗北", "勝利")),
    ("ja", "法案は参院本会議で可決された。", "法案は参院本会議で否決された。",
     SAYS.format("否決", "可決")),
    ("ja", "大臣は疑惑を否定した。", "大臣は疑惑を認めた。",
     SAYS.format("認め", "否定")),
    ("ja", "失業率は低下した。", "失業率は上昇した。",
     SAYS.format("上昇", "低下")),
    # honest: the same side in another word, the opposite negated, both sides in the passage, a figure in digits
    ("ja", "洪水で約3000人が避難した。", "洪水でおよそ3000人が避難した。", "ok"),
    ("ja", "洪水で約3000人が避難した。", "洪水で約3,000人が避難した。", "ok"),
    ("ja", "参加者は1万人以上だった。", "参加者は1万人以上に上った。", "ok"),
    ("ja", "事業費は3億円に上る。", "事業費は3億円だ。", "ok"),
    ("ja", "警察によると、3人が負傷した。", "警察によると、負傷者は3人だった。", "ok"),
    ("ja", "輸出は前年比5%増加した。", "輸出は前年比5%増えた。", "ok"),
    ("ja", "日経平均株価は3%上昇した。", "日経平均株価は3%値上がりした。", "ok"),
    ("ja", "与党は衆院選で勝利した。", "与党が衆院選で勝った。", "ok"),
    ("ja", "法案は参院本会議で可決された。", "参院本会議は法案を可決した。", "ok"),
    ("ja", "大臣は疑惑を否定した。", "大臣は疑惑を認めなかった。", "ok"),
    ("ja", "投票率は50%未満だった。", "投票率は50%を下回った。", "ok"),
    ("ja", "大雨でダムが決壊する可能性がある。", "大雨でダムが決壊するおそれがある。", "ok"),
    ("ja", "容疑者は容疑を認めているという。", "容疑者は容疑を認めているとされる。", "ok"),
    ("ja", "輸出は増加し、輸入は減少した。", "輸入は減少した。", "ok"),
    ("ja", "最高気温は35度以上になった。", "最高気温は35度以上に達した。", "ok"),
    ("ja", "パキスタンによると、空爆で戦闘員40人が死亡した。", "パキスタンによれば、空爆で戦闘員40人が死亡した。", "ok",
     JA_PARTIES),
    ("ja", "パキスタンは国境を閉鎖し、その理由を説明した。", "パキスタンは国境を閉鎖した。", "ok", JA_PARTIES),
    ("ja", "パキスタンによると、空爆で戦闘員40人が死亡した。", "パキスタンは、空爆で戦闘員40人が死亡したと発表した。", "ok", JA_PARTIES),
]

KOREAN = [
    ("ko", "실업률이 감소했다.", "실업률이 증가했다.",
     SAYS.format("증가", "감소")),
    ("ko", "여당이 총선에서 승리했다.", "여당이 총선에서 패배했다.",
     SAYS.format("패배", "승리")),
    ("ko", "국회는 법안을 가결했다.", "국회는 법안을 부결했다.",
     SAYS.format("부결", "가결")),
    ("ko", "장관은 의혹을 부인했다.", "장관은 의혹을 인정했다.",
     SAYS.format("인정", "부인")),
    ("ko", "낮 최고기온은 35도 이상이었다.", "낮 최고기온은 35도 이하였다.",
     "figure \"35도 이하\" contradicts \"35도 이상\" in the passages this sentence cites"),
    ("ko", "화재 원인은 누전으로 추정된다.", "화재 원인은 누전이다.",
     LIKELY.format("추정된다", "화재 원인은 누전으로 추정된다.")),
    ("ko", "폭우로 댐이 붕괴할 가능성이 있다.", "폭우로 댐이 붕괴했다.",
     LIKELY.format("가능성이 있다", "폭우로 댐이 붕괴할 가능성이 있다.")),
    ("ko", "수입은 감소했다.", "수입은 증가했다.",
     SAYS.format("증가", "감소")),
    ("ko", "법원은 항소를 기각했다.", "법원은 항소를 받아들였다.",
     SAYS.format("받아들", "기각")),
    # honest: the same side in another word, the opposite negated, both sides in the passage, a figure in digits
    ("ko", "화재로 약 300명이 대피했다.", "약 300명이 화재로 대피했다.", "ok"),
    ("ko", "수출은 전년보다 5% 증가했다.", "수출은 전년보다 5% 늘었다.", "ok"),
    ("ko", "주가는 3% 상승했다.", "주가는 3% 올랐다.", "ok"),
    ("ko", "여당이 총선에서 승리했다.", "총선에서 여당이 이겼다.", "ok"),
    ("ko", "국회는 법안을 가결했다.", "법안이 국회에서 가결됐다.", "ok"),
    ("ko", "장관은 의혹을 부인했다.", "장관은 의혹을 인정하지 않았다.", "ok"),
    ("ko", "참가자는 1만 명 이상이었다.", "참가자는 만 명 이상이었다.", "ok"),
    ("ko", "투표율은 50% 미만이었다.", "투표율은 50%에 못 미쳤다.", "ok"),
    ("ko", "수출은 증가했고 수입은 감소했다.", "수입은 감소했다.", "ok"),
    ("ko", "실업률이 감소했다.", "실업률이 줄었다.", "ok"),
    ("ko", "화재 원인은 누전으로 추정된다.", "화재 원인은 누전으로 보인다.", "ok"),
    ("ko", "사고로 약 40명이 다쳤다.", "사고로 40명가량이 다쳤다.", "ok"),
    ("ko", "소비자물가가 2% 올랐다.", "소비자물가가 2% 상승했다.", "ok"),
    ("ko", "관광객 수가 10% 늘었다.", "관광객 수가 10% 증가했다.", "ok"),
    ("ko", "약 5천 명이 집회에 참가했다.", "약 5000명이 집회에 참가했다.", "ok"),
]

TURKISH = [
    ("tr", "Enflasyon mart ayında geriledi.", "Enflasyon mart ayında yükseldi.",
     SAYS.format("yükseldi", "geriledi")),
    ("tr", "Galatasaray derbiyi kazandı.", "Galatasaray derbiyi kaybetti.",
     SAYS.format("kaybetti", "kazandı")),
    ("tr", "Meclis yasa teklifini kabul etti.", "Meclis yasa teklifini reddetti.",
     SAYS.format("reddetti", "kabul etti")),
    ("tr", "Bakan istifa çağrılarını reddetti.", "Bakan istifa çağrılarını kabul etti.",
     SAYS.format("kabul etti", "reddetti")),
    ("tr", "Depremde on iki kişi hayatını kaybetti.", "Depremde yirmi iki kişi hayatını kaybetti.",
     "figure \"yirmi iki\" is not in the passages this sentence cites"),
    ("tr", "Mitinge yüz bin kişi katıldı.", "Mitinge iki yüz bin kişi katıldı.",
     "figure \"iki yüz bin\" is not in the passages this sentence cites"),
    ("tr", "İşsizlik oranı şubatta düştü.", "İşsizlik oranı şubatta yükseldi.",
     SAYS.format("yükseldi", "düştü")),
    ("tr", "Merkez Bankası faizi artırdı.", "Merkez Bankası faizi indirdi.",
     SAYS.format("indirdi", "artırdı")),
    ("tr", "Belediye başkanı seçimi kazandı.", "Belediye başkanı seçimi kaybetti.",
     SAYS.format("kaybetti", "kazandı")),
    ("tr", "Mahkeme itirazı kabul etti.", "Mahkeme itirazı reddetti.",
     SAYS.format("reddetti", "kabul etti")),
    ("tr", "Polis on kişiyi gözaltına aldı.", "Polis on beş kişiyi gözaltına aldı.",
     "figure \"on beş\" is not in the passages this sentence cites"),
    ("tr", "Şirket iddiaları yalanladı.", "Şirket iddiaları doğruladı.",
     SAYS.format("doğruladı", "yalanladı")),
    # honest: the same side in another word, the opposite negated, both sides in the passage, a figure in digits
    ("tr", "İhracat geçen yıl yüzde 5 arttı.", "İhracat geçen yıl yüzde 5 yükseldi.", "ok"),
    ("tr", "Galatasaray derbiyi kazandı.", "Derbiyi Galatasaray kazandı.", "ok"),
    ("tr", "Meclis yasa teklifini kabul etti.", "Yasa teklifi Meclis'te kabul edildi.", "ok"),
    ("tr", "Depremde on iki kişi hayatını kaybetti.", "Depremde 12 kişi hayatını kaybetti.", "ok"),
    ("tr", "Mitinge yüz bin kişi katıldı.", "Mitinge 100 bin kişi katıldı.", "ok"),
    ("tr", "Mitinge yaklaşık 100 bin kişi katıldı.", "Mitinge yaklaşık yüz bin kişi katıldı.", "ok"),
    ("tr", "Yangında yaklaşık 300 hektar orman yandı.", "Yangında yaklaşık 300 hektarlık orman alanı yandı.", "ok"),
    ("tr", "Muhalefet, seçimde hile yapıldığını iddia etti.", "Muhalefete göre seçimde hile yapıldı.", "ok"),
    ("tr", "İşsizlik oranı şubatta düştü.", "İşsizlik oranı şubatta geriledi.", "ok"),
    ("tr", "Fiyatlar arttı, ücretler ise azaldı.", "Ücretler azaldı.", "ok"),
    ("tr", "Bakan istifa çağrılarını reddetti.", "Bakan istifa çağrılarını kabul etmedi.", "ok"),
    ("tr", "Polis on kişiyi gözaltına aldı.", "Polis 10 kişiyi gözaltına aldı.", "ok"),
    ("tr", 
     "Pakistan'a göre saldırılarda 40 militan öldürüldü.", 
     "Pakistan, saldırılarda 40 militanın öldürüldüğünü açıkladı.", "ok", TR_PARTIES),
    ("tr", "Şirket iddiaları yalanladı.", "Şirket iddiaları reddetti.", "ok"),
    ("tr", "Akaryakıt fiyatları yüzde 3 düştü.", "Akaryakıt fiyatları yüzde 3 geriledi.", "ok"),
]

URDU = [
    ("ur", "حکمران جماعت نے ضمنی انتخاب جیت لیا۔", "حکمران جماعت ضمنی انتخاب ہار گئی۔",
     SAYS.format("ہار", "جیت")),
    ("ur", "اپوزیشن کا امیدوار الیکشن ہار گیا۔", "اپوزیشن کا امیدوار الیکشن جیت گیا۔",
     SAYS.format("جیت", "ہار")),
    ("ur", "اسمبلی نے بجٹ منظور کر لیا۔", "اسمبلی نے بجٹ مسترد کر دیا۔",
     SAYS.format("مسترد", "منظور")),
    ("ur", "عدالت نے ضمانت کی درخواست مسترد کر دی۔", "عدالت نے ضمانت کی درخواست منظور کر لی۔",
     SAYS.format("منظور", "مسترد")),
    ("ur", "مہنگائی میں اضافہ ہوا۔", "مہنگائی میں کمی ہوئی۔",
     SAYS.format("کمی", "اضافہ")),
    ("ur", "پٹرول کی قیمتیں بڑھ گئیں۔", "پٹرول کی قیمتیں کم ہو گئیں۔",
     SAYS.format("کم", "بڑھ")),
    ("ur", "وزیر نے الزامات کی تردید کی۔", "وزیر نے الزامات کی تصدیق کی۔",
     SAYS.format("تصدیق", "تردید")),
    ("ur", "ٹیم نے فائنل جیت لیا۔", "ٹیم فائنل ہار گئی۔",
     SAYS.format("ہار", "جیت")),
    ("ur", "سینیٹ نے بل منظور کیا۔", "سینیٹ نے بل مسترد کیا۔",
     SAYS.format("مسترد", "منظور")),
    ("ur", "حکومت نے معاہدہ قبول کر لیا۔", "حکومت نے معاہدہ مسترد کر دیا۔",
     SAYS.format("مسترد", "قبول")),
    ("ur", "دریا میں پانی کی سطح بلند ہوئی۔", "دریا میں پانی کی سطح کم ہوئی۔",
     SAYS.format("کم", "بلند")),
    ("ur", "کمیشن نے انتخابی نتائج مسترد کر دیے۔", "کمیشن نے انتخابی نتائج قبول کر لیے۔",
     SAYS.format("قبول", "مسترد")),
    # honest: the same side in another word, the opposite negated, both sides in the passage, a figure in digits
    ("ur", "حکمران جماعت نے ضمنی انتخاب جیت لیا۔", "ضمنی انتخاب میں حکمران جماعت کامیاب ہوئی۔", "ok"),
    ("ur", "اسمبلی نے بجٹ منظور کر لیا۔", "بجٹ اسمبلی سے منظور ہو گیا۔", "ok"),
    ("ur", "عدالت نے ضمانت کی درخواست مسترد کر دی۔", "عدالت نے ضمانت کی درخواست منظور نہیں کی۔", "ok"),
    ("ur", "مبینہ طور پر پولیس نے مظاہرین پر فائرنگ کی۔", "پولیس نے مبینہ طور پر مظاہرین پر فائرنگ کی۔", "ok"),
    ("ur", 
     "پاکستان کے مطابق حملوں میں 40 عسکریت پسند مارے گئے۔", 
     "پاکستان کا کہنا ہے کہ حملوں میں 40 عسکریت پسند مارے گئے۔", "ok", UR_PARTIES),
    ("ur", "مہنگائی میں اضافہ ہوا۔", "مہنگائی بڑھ گئی۔", "ok"),
    # "کم از کم" (at least) is no fall
    ("ur", "بارشوں کے بعد دریا میں پانی کی سطح میں اضافہ ہوا اور 40 افراد ہلاک ہوئے۔",
     "بارشوں کے بعد کم از کم 40 افراد ہلاک ہوئے۔", "ok"),
    ("ur", "وزیر نے الزامات کی تردید کی۔", "وزیر نے الزامات مسترد کر دیے۔", "ok"),
    ("ur", "برآمدات میں اضافہ ہوا اور درآمدات میں کمی ہوئی۔", "درآمدات میں کمی ہوئی۔", "ok"),
    ("ur", "دھماکے میں تقریباً 300 افراد زخمی ہوئے۔", "دھماکے میں لگ بھگ 300 افراد زخمی ہوئے۔", "ok"),
    ("ur", "ٹیم نے فائنل جیت لیا۔", "ٹیم فائنل جیت گئی۔", "ok"),
    ("ur", "سینیٹ نے بل منظور کیا۔", "بل سینیٹ سے منظور ہوا۔", "ok"),
    ("ur", "اطلاعات کے مطابق دھماکے میں 5 افراد ہلاک ہوئے۔", "اطلاعات کے مطابق دھماکے میں پانچ افراد ہلاک ہوئے۔", "ok"),
    ("ur", "حکومت نے معاہدہ قبول کر لیا۔", "حکومت نے معاہدہ تسلیم کر لیا۔", "ok"),
    ("ur", "دریا میں پانی کی سطح بلند ہوئی۔", "دریا میں پانی کی سطح بڑھ گئی۔", "ok"),
]

RUSSIAN = [
    ("ru", "Инфляция в марте замедлилась.", "Инфляция в марте ускорилась.",
     SAYS.format("ускорилась", "замедлилась")),
    ("ru", "Безработица в регионе выросла.", "Безработица в регионе сократилась.",
     SAYS.format("сократилась", "выросла")),
    ("ru", "Рубль укрепился к доллару.", "Рубль ослаб к доллару.",
     SAYS.format("ослаб", "укрепился")),
    ("ru", "Дума приняла законопроект.", "Дума отклонила законопроект.",
     SAYS.format("отклонила", "приняла")),
    ("ru", "Суд отклонил апелляцию.", "Суд удовлетворил апелляцию.",
     SAYS.format("удовлетворил", "отклонил")),
    ("ru", "Команда выиграла финал.", "Команда проиграла финал.",
     SAYS.format("проиграла", "выиграла")),
    ("ru", "Министр опроверг эти сведения.", "Министр подтвердил эти сведения.",
     SAYS.format("подтвердил", "опроверг")),
    ("ru", "Число погибших выросло до двенадцати.", "Число погибших выросло до двадцати.",
     "figure \"двадцати\" is not in the passages this sentence cites"),
    # honest: the same side in another word, the opposite negated, both sides in the passage, a figure in digits
    ("ru", "Министерство не подтвердило эти данные.", "Министерство эти данные не подтвердило.", "ok"),
    ("ru", "Экспорт зерна вырос на 12%.", "Экспорт зерна увеличился на 12%.", "ok"),
    ("ru", "Цены на бензин снизились на 3%.", "Цены на бензин упали на 3%.", "ok"),
    ("ru", 
     "В митинге приняли участие около 5 тысяч человек.", "В митинге приняли участие примерно 5 тысяч человек.", "ok"),
    ("ru", "При взрыве пострадали около 40 человек.", "Около 40 человек пострадали при взрыве.", "ok"),
    ("ru", "Дума приняла законопроект.", "Законопроект был принят Думой.", "ok"),
    ("ru", "Суд отклонил апелляцию.", "Суд не удовлетворил апелляцию.", "ok"),
    ("ru", "Команда выиграла финал.", "Команда победила в финале.", "ok"),
    ("ru", 
     "По данным Пакистана, удары убили 40 боевиков.", 
     "Пакистан заявил, что удары убили 40 боевиков.", "ok", RU_PARTIES),
    ("ru", "Министр опроверг эти сведения.", "Министр отверг эти сведения.", "ok"),
    ("ru", "Экспорт вырос, а импорт снизился.", "Импорт снизился.", "ok"),
    ("ru", "Число погибших выросло до двенадцати.", "Число погибших выросло до 12.", "ok"),
    ("ru", "Безработица в регионе выросла.", "Безработица в регионе повысилась.", "ok"),
    ("ru", "Компания не признала свою вину.", "Компания свою вину не признала.", "ok"),
    ("ru", "Инфляция в марте замедлилась.", "В марте инфляция замедлилась.", "ok"),
]
CASES = JAPANESE + KOREAN + TURKISH + URDU + RUSSIAN


@pytest.mark.parametrize("case", CASES, ids=_ids(CASES))
def test_a_misstatement_is_refused_and_an_honest_wording_builds(checked, case):
    language, given, written, outcome, *parties = case
    lines = checked(given, written, parties[0] if parties else TWO_PARTIES, language=language)
    assert_summary_outcome(lines, outcome)
