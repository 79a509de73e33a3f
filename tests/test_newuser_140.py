"""A new user's Arabic briefing of a dispute between two countries over a dam (tests/fixtures/newuser_140), written
from the README alone from a report of their own (seeds/dam_report.txt): upstream Taloria fills the Fajr dam's
reservoir "بنحو 18 مليار متر مكعب" this season; downstream Marsania says its share of the river fell "بنسبة 25 في
المئة", which Taloria's ministry "تنفي"; talks mediated by a regional union "لم تسفر عن اتفاق"; a meeting "من المقرر"
on 12 March; each minister's quote; farmers' figures "وفق اتحاد المزارعين"; an expert for whom the effect "قد يستمر"
for years; a figure (the dam's height) corrected at the end. Every content file is used, and the log has an update
and a correction. Sentences are checked in-process against one paragraph each, as `check` reads them.

What this fixes, each with its sentence and passage:

1. An Arabic denial's "أن" opens its scope (arabic_negations.py): "تنفي الوزارة أن يكون الملء قد خفض حصة مرسانيا" (the
   usual verb-first order) citing "غير أن وزارة الموارد المائية في تالوريا تنفي أن يكون الملء قد خفض حصة مرسانيا"
   was refused as adding a negation, as "أن" after any negation was read as "غير أن" (however); and the denial
   dropped, "تقول تالوريا إن الملء خفض حصة مرسانيا", built.
2. "قد" (may) told as certain (arabic_may.py): "تقول عيسى إن أثر الملء سيستمر لسنوات" (or "يستمر") citing "إن أثر
   الملء على دولة المصب قد يستمر لسنوات" built; only a past verb was read.
3. A scheduled meeting told as held (arabic_may.py): "عقد الوزيران اجتماعاً جديداً في 12 آذار/مارس" or "اجتمع
   الوزيران في 12 آذار/مارس" citing "ومن المقرر أن يعقد الوزيران اجتماعاً جديداً ... في 12 آذار/مارس" built.
4. Talks that reached no agreement told as agreed (arabic_agreements.py): "توصل البلدان إلى اتفاق بشأن قواعد الملء"
   or "اتفق الطرفان على قواعد الملء والتشغيل" citing "إلا أن المحادثات لم تسفر عن اتفاق بشأن قواعد الملء والتشغيل"
   built (the negated verb, "تسفر", is not the sentence's).
5. A present verb's hamza on waw (arabic_negations.py): "أكد الطرفان مستوى تمثيلهما" citing "ولم يؤكد أي من الطرفين
   ... مستوى تمثيله" built, "يؤكد" and "أكد" read as two words.
6. "وست" (and six) read as 6 (arabic_numbers.py): "قد يستغرق من أربع إلى ست سنوات" citing "قد يستغرق بين أربع وست
   سنوات" was refused ("ست" not in the passage).

LEFTOVER (misstatements that still build, each citing the paragraph named; and what misled the new user):

- `new` quoted the dateline, "العاصمة سيرانا، 5 آذار/مارس", as the briefing's opening passage: running_prose.py
  skips a dateline only where its place is in capitals, which Arabic has none of (not an owned module).
- "انخفضت حصة مرسانيا من مياه النهر بنسبة 25 في المئة" (Marsania's claim told as fact) citing "وقالت وزارة الري في
  مرسانيا في بيان إن حصة البلاد ... انخفضت بنسبة 25 في المئة" (attribution.py / party_word.py).
- "خفض الملء حصة مرسانيا" (the denied thing told as fact, no verb of saying) citing the denial.
- "تنفي مرسانيا أن يكون الملء قد خفض حصة تالوريا" (the parties swapped) citing the denial.
- "جرت المفاوضات في ليماس بوساطة الأمم المتحدة" (another mediator) citing the talks.
- "تقلصت المساحة المزروعة بالقمح ... بنحو 120 ألف هكتار" ("وفق اتحاد المزارعين" dropped) and "..., وفق وزارة
  الزراعة" (another giver) citing the farmers' paragraph; "فقدت نحو 35 ألف أسرة جزءاً من دخلها" (told as fact) and
  "تقول الحكومة المرسانية إن نحو 35 ألف أسرة ..." (another giver).
- "قالت الحداد: «لن نطلب إذناً من أحد ...»" and "قال كيرو إن حياة أربعين مليون مواطن تعتمد على هذا النهر" (each
  minister's words given to the other), citing the paragraph with the right speaker (speakers.py).
- "لم تصادق مرسانيا على اتفاقية عام 1959" (the party swapped) citing "إذ لم تصادق تالوريا على اتفاقية عام 1959 التي
  وقعتها مرسانيا".
- "قالت الحداد إن بلادها ستلجأ إلى مجلس الأمن الدولي" citing "لا تستبعد اللجوء" (does not rule out, told as will).
- "قالت الحداد إن بلادها مستعدة لتبادل بيانات التدفق" (Kiro's offer given to Haddad's country).
- "يعتمد نحو 85 في المئة من المياه العذبة في تالوريا على نهر الزيتون" (Marsania's figure given to Taloria).
- "وقع البلدان اتفاقاً ينظم تقاسم مياه نهر الزيتون" citing "ولا يوجد حتى الآن أي اتفاق دولي ..." (a "لا يوجد" four
  words before "اتفاق" is not read as denying one).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from support import checked_fixture_project, edit, paragraph, read_as_project_locale, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_140"
SLUG = "dam-dispute"
REPORT = (FIXTURE / "seeds" / "dam_report.txt").read_text(encoding="utf-8")
PARTIES = (Party(id="taloria", name="تالوريا", role="دولة المنبع"),
           Party(id="marsania", name="مرسانيا", role="دولة المصب"),
           Party(id="union", name="اتحاد دول الحوض الشرقي", short_name="الاتحاد", role="وسيط"))
# the report's paragraphs, by words each holds
PASSAGES = {
    "FILL": paragraph(REPORT, "بنحو 18 مليار"),
    "SHARE": paragraph(REPORT, "انخفضت بنسبة 25"),
    "DENIAL": paragraph(REPORT, "تنفي أن"),
    "TALKS": paragraph(REPORT, "لم تسفر عن اتفاق"),
    "MEETING": paragraph(REPORT, "مقرر أن يعقد"),
    "EXPERT": paragraph(REPORT, "قد يستمر"),
    "CAPACITY": paragraph(REPORT, "قدرة الخزان"),
    "FARMERS": paragraph(REPORT, "120 ألف"),
    "TREATY": paragraph(REPORT, "ولا يوجد حتى الآن"),
    "STANCE": paragraph(REPORT, "وتقول مرسانيا إنها لا تعارض"),
    "HEIGHT": paragraph(REPORT, "ويبلغ ارتفاع"),
}


@pytest.fixture(autouse=True)
def arabic_locale(reading_without_project_locales):
    """Read Arabic as a build reads it, with the built-in locale (after conftest's reset)."""
    read_as_project_locale(REPO, "ar")


def found(key: str, sentence: str) -> list[str]:
    """Return the findings of an Arabic sentence citing one paragraph of the report."""
    return sentence_findings(sentence, (PASSAGES[key],), "ar", PARTIES, published="2026-03-05")


def test_the_briefing_builds_right_to_left(tmp_path: Path):
    """The Arabic briefing builds: its page is marked Arabic and right to left, its labels are the Arabic locale's,
    its notes lead to the report's highlighted passages, and its correction says what was wrong."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = " ".join((desk / "site" / SLUG / "index.html").read_text(encoding="utf-8").split())
    assert 'lang="ar"' in page and 'dir="rtl"' in page
    for words in ("بنحو 18 مليار متر مكعب", "وهو ما تنفيه تالوريا", "لم تسفر المحادثات", "قد يستمر لسنوات",
                  "لن نطلب إذناً من أحد", "داود كيرو", "سلمى الحداد", "قلنا إن ارتفاع السد يبلغ 155 متراً",
                  'href="../sources/report.html#passage-'):
        assert words in page, words
    source = (desk / "site" / "sources" / "report.html").read_text(encoding="utf-8")
    assert 'id="passage-' in source and 'dir="rtl"' in source


def test_the_expert_s_may_told_as_certain_in_a_claim_is_refused_on_its_line(tmp_path: Path):
    """Through the front door: the claim's "قد يستمر ... إذا تزامن" turned into "سيستمر" is refused on the claim's
    line (an item cited as a whole: cite.py's one added line)."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    claims = desk / "content" / SLUG / "claims.yaml"
    edit(claims, "دولة المصب قد يستمر لسنوات إذا تزامن مع فترات جفاف", "دولة المصب سيستمر لسنوات")
    result = run_build(desk, "check")
    line = next(n for n, text in enumerate(claims.read_text(encoding="utf-8").splitlines(), 1) if "سيستمر" in text)
    assert result.code == 1 and f"claims.yaml:{line}:" in result.err and "tells as certain ('سيستمر')" in result.err, \
        result.err


def test_the_meeting_told_as_held_in_the_summary_is_refused_on_its_line(tmp_path: Path):
    """Through the front door: the summary's "ومن المقرر أن يجتمع" turned into "واجتمع" is refused on its line."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    edit(desk / "content" / SLUG / "briefing.yaml", "ومن المقرر أن يجتمع الوزيران مجدداً", "واجتمع الوزيران مجدداً")
    result = run_build(desk, "check")
    assert result.code == 1 and "briefing.yaml:6:" in result.err and "only as scheduled" in result.err, result.err


@pytest.mark.parametrize("key, sentence, what", [
    ("DENIAL", "تقول تالوريا إن الملء خفض حصة مرسانيا.", "drops the negation"),
    ("DENIAL", "تقر تالوريا بأن الملء خفض حصة مرسانيا.", "drops the negation"),
    ("EXPERT", "تقول عيسى إن أثر الملء على دولة المصب سيستمر لسنوات.", "tells as certain ('سيستمر')"),
    ("EXPERT", "تقول عيسى إن أثر الملء على دولة المصب يستمر لسنوات.", "tells as certain ('يستمر')"),
    ("EXPERT", "تقول عيسى إن أثر الملء سوف يستمر لسنوات.", "tells as certain"),
    ("EXPERT", "تقول عيسى إن آثار الملء ستستمر لسنوات.", "tells as certain ('ستستمر')"),
    ("CAPACITY", "تقول عيسى إن ملء الخزان بالكامل بالوتيرة الحالية يستغرق بين أربع وست سنوات.", "tells as certain"),
    ("MEETING", "عقد الوزيران اجتماعاً جديداً في 12 آذار/مارس في ليماس.", "only as scheduled"),
    ("MEETING", "اجتمع الوزيران في 12 آذار/مارس في ليماس.", "only as scheduled"),
    ("MEETING", "والتقى الوزيران في ليماس في 12 آذار/مارس برعاية الاتحاد.", "only as scheduled"),
    ("MEETING", "عقد الوزيران في 12 آذار/مارس اجتماعاً برعاية الاتحاد.", "only as scheduled"),
    ("TALKS", "توصل البلدان إلى اتفاق بشأن قواعد الملء والتشغيل في ليماس.", "tells an agreement reached"),
    ("TALKS", "اتفق الطرفان على قواعد الملء والتشغيل.", "tells an agreement reached ('اتفق')"),
    ("TALKS", "وقع البلدان اتفاقاً بشأن قواعد الملء في ليماس.", "tells an agreement reached"),
    ("TALKS", "اتفقت تالوريا ومرسانيا في ليماس على قواعد الملء.", "tells an agreement reached"),
    ("TALKS", "قال المتحدث باسم الاتحاد إن الطرفين اتفقا على قواعد الملء.", "tells an agreement reached"),
    ("TALKS", "توصل البلدان في ليماس إلى اتفاق.", "tells an agreement reached"),
    ("MEETING", "أكد الطرفان مستوى تمثيلهما في اجتماع 12 آذار/مارس.", "drops the negation"),
    ("MEETING", "وأكد كل من الطرفين مستوى تمثيله في الاجتماع.", "drops the negation"),
    ("CAPACITY", "تقول عيسى إن ملء الخزان قد يستغرق بين ثلاث وست سنوات.", 'figure "ثلاث" is not in'),
])
def test_each_fixed_misstatement_is_refused(key: str, sentence: str, what: str):
    findings = found(key, sentence)
    assert any(what in finding for finding in findings), findings


# Misstatements the build refused before this work too, kept so they stay refused.
@pytest.mark.parametrize("key, sentence", [
    ("FILL", "استقبل خزان سد الفجر هذا الموسم 18 مليار متر مكعب من المياه."),
    ("FILL", "استقبل خزان سد الفجر هذا الموسم أكثر من 18 مليار متر مكعب من المياه."),
    ("FILL", "استقبل خزان سد الفجر هذا الموسم بنحو 28 مليار متر مكعب من المياه."),
    ("FILL", "أعلنت مرسانيا أن الخزان استقبل هذا الموسم بنحو 18 مليار متر مكعب."),
    ("SHARE", "تقول مرسانيا إن حصتها من مياه النهر انخفضت بنسبة 35 في المئة."),
    ("SHARE", "تقول تالوريا إن حصة مرسانيا من مياه النهر انخفضت بنسبة 25 في المئة."),
    ("SHARE", "تقول مرسانيا إن حصتها من مياه النهر ارتفعت بنسبة 25 في المئة."),
    ("SHARE", "تقول مرسانيا إن حصتها من مياه النهر لم تنخفض."),
    ("TALKS", "أسفرت المحادثات التي رعاها الاتحاد عن اتفاق بشأن قواعد الملء."),
    ("TALKS", "جرت المفاوضات في ليماس يومي 2 و4 آذار/مارس 2026."),
    ("MEETING", "من المقرر أن يجتمع الوزيران في 13 آذار/مارس."),
    ("EXPERT", "تقول عيسى إن أثر الملء على دولة المصب لن يستمر لسنوات."),
    ("EXPERT", "تقول عيسى إن الأرقام التي يقدمها الطرفان تحقق منها طرف مستقل."),
    ("FARMERS", "تقلصت المساحة المزروعة بالقمح في مرسانيا هذا الموسم 120 ألف هكتار، وفق اتحاد المزارعين."),
    ("HEIGHT", "يبلغ ارتفاع السد 155 متراً."),
    ("HEIGHT", "يولد السد حالياً 5,200 ميغاواط من الكهرباء."),
    ("TREATY", "يوجد اتفاق دولي ينظم تقاسم مياه نهر الزيتون بين البلدين."),
    ("TREATY", "صادقت تالوريا على اتفاقية عام 1959."),
    ("STANCE", "تعارض مرسانيا حق تالوريا في التنمية."),
    ("STANCE", "قالت الحداد إن بلادها تستبعد اللجوء إلى مجلس الأمن الدولي."),
])
def test_each_misstatement_refused_before_stays_refused(key: str, sentence: str):
    assert found(key, sentence), sentence


@pytest.mark.parametrize("key, sentence", [
    # the denial, in the usual verb-first order and others (fix 1)
    ("DENIAL", "تنفي الوزارة أن يكون الملء قد خفض حصة مرسانيا."),
    ("DENIAL", "تنفي تالوريا أن يكون الملء قد خفض حصة مرسانيا."),
    ("DENIAL", "وزارة الموارد المائية في تالوريا تنفي أن يكون الملء قد خفض حصة مرسانيا."),
    ("DENIAL", "تنفي الوزارة أن الملء خفض حصة مرسانيا."),
    ("DENIAL", "نفت تالوريا أن يكون ملء الخزان قد خفض حصة مرسانيا."),
    ("DENIAL", "وتنفي تالوريا أن يكون الملء قد قلص حصة مرسانيا."),
    ("DENIAL", "لكن تالوريا تنفي أن يكون الملء خفض حصة مرسانيا."),
    ("DENIAL", "تقول تالوريا إن الملء لم يخفض حصة مرسانيا."),
    ("DENIAL", "ينفي الجانب التالوري أن يكون الملء قد خفض حصة مرسانيا."),
    ("DENIAL", "تنفي تالوريا أن يكون الملء سبباً في خفض حصة مرسانيا."),
    # "قد" kept, or another word of possibility (fix 2)
    ("EXPERT", "تقول عيسى إن أثر الملء على دولة المصب قد يستمر لسنوات."),
    ("EXPERT", "ترى الخبيرة رنا عيسى أن الأثر قد يدوم سنوات إذا تزامن مع الجفاف."),
    ("EXPERT", "تقول عيسى إن الأثر ربما يستمر لسنوات."),
    ("EXPERT", "تحذر عيسى من أن الأثر قد يستمر لسنوات."),
    ("EXPERT", "من المحتمل أن يستمر الأثر لسنوات، بحسب عيسى."),
    ("EXPERT", "يمكن أن يستمر أثر الملء لسنوات إذا تزامن مع الجفاف، وفق عيسى."),
    ("EXPERT", "لا تستبعد عيسى أن يستمر الأثر لسنوات."),
    ("EXPERT", "يحتمل أن يستمر أثر الملء لسنوات، وفق عيسى."),
    ("EXPERT", "تقول عيسى إن حجم الأثر يتوقف على سرعة الملء وعلى كمية الأمطار."),
    ("CAPACITY", "تقول عيسى إن ملء الخزان بالكامل قد يستغرق بين أربع وست سنوات."),
    # the plan kept (fix 3)
    ("MEETING", "من المقرر أن يعقد الوزيران اجتماعاً جديداً في 12 آذار/مارس في ليماس."),
    ("MEETING", "سيعقد الوزيران اجتماعاً جديداً برعاية الاتحاد في 12 آذار/مارس."),
    ("MEETING", "يُنتظر أن يجتمع الوزيران في ليماس في 12 آذار/مارس."),
    ("MEETING", "سيجتمع الوزيران في ليماس في 12 آذار/مارس."),
    ("MEETING", "يعقد الوزيران اجتماعاً جديداً في 12 آذار/مارس في ليماس."),
    ("MEETING", "حدد الاتحاد 12 آذار/مارس موعداً لاجتماع جديد بين الوزيرين."),
    ("MEETING", "يلتقي الوزيران مجدداً في ليماس في 12 آذار/مارس."),
    ("MEETING", "الاجتماع المقبل للوزيرين مقرر في 12 آذار/مارس."),
    ("MEETING", "دعا الاتحاد إلى اجتماع جديد للوزيرين في 12 آذار/مارس."),
    # no agreement kept, and what the passage says was agreed (fix 4)
    ("TALKS", "لم يتوصل البلدان إلى اتفاق بشأن قواعد الملء."),
    ("TALKS", "فشلت المحادثات في التوصل إلى اتفاق بشأن قواعد الملء والتشغيل."),
    ("TALKS", "انتهت المحادثات من دون اتفاق بشأن قواعد الملء."),
    ("TALKS", "لم تسفر المحادثات التي رعاها الاتحاد عن اتفاق."),
    ("TALKS", "اتفق الطرفان فقط على مواصلة الحوار، بحسب الاتحاد."),
    ("TALKS", "قال المتحدث باسم الاتحاد إن الطرفين اتفقا على مواصلة الحوار."),
    ("TALKS", "اتفق الطرفان فقط على استمرار المحادثات، بحسب الاتحاد."),
    ("TALKS", "اختتمت جولة المفاوضات في ليماس دون التوصل إلى اتفاق."),
    ("TALKS", "لم يتفق البلدان على قواعد الملء والتشغيل."),
    ("TALKS", "لا يزال البلدان بلا اتفاق على قواعد الملء."),
    ("TALKS", "يسعى الاتحاد إلى اتفاق بين البلدين على قواعد الملء."),
    ("TREATY", "وقعت مرسانيا اتفاقية عام 1959 مع دول المصب الأخرى."),
    ("TREATY", "لا يوجد اتفاق دولي ينظم تقاسم مياه نهر الزيتون."),
    # "يؤكد" read as "أكد" keeps honest wordings building (fix 5)
    ("MEETING", "لم يؤكد أي من الطرفين مستوى تمثيله في اجتماع 12 آذار/مارس."),
    ("MEETING", "لم يؤكد الطرفان بعد مستوى تمثيلهما في الاجتماع."),
    ("MEETING", "لم تؤكد مرسانيا ولا تالوريا مستوى تمثيلهما في الاجتماع."),
    ("MEETING", "مستوى تمثيل الطرفين في الاجتماع غير مؤكد حتى الآن."),
    ("STANCE", "تؤكد مرسانيا أنها لا تعارض حق تالوريا في التنمية."),
    ("STANCE", "أكدت مرسانيا أنها لا تعارض حق تالوريا في التنمية، لكنها تعارض الملء من دون اتفاق."),
    ("DENIAL", "تؤكد تالوريا أن تراجع المنسوب يعود إلى موسم أمطار ضعيف."),
    # six after "و" (fix 6)
    ("CAPACITY", "تقدر عيسى أن ملء الخزان بالكامل قد يستغرق من أربع إلى ست سنوات."),
    ("CAPACITY", "تقول عيسى إن ملء الخزان قد يستغرق ما بين 4 و6 سنوات."),
])
def test_the_honest_twins_build(key: str, sentence: str):
    assert found(key, sentence) == []
