"""A Persian briefing written from scratch, as the README tells a new editor to: a contested merger of two banks,
Sepehr and Negin, with the staff union and the central bank, and a project locale (locales/fa.yaml: Persian months,
digits and punctuation, right to left, and the words the checks read).

Sources (tests/fixtures/newuser_30/seeds/): three news reports in Persian as Iranian agencies write them: Persian
digits beside ASCII ones ("بانک سپهر 940 شعبه"), the zero-width non-joiner inside words ("می‌گوید", "سازمان‌ها"),
figures with scales ("۲ هزار نفر", "۸۵۰ هزار میلیارد تومان", a thousand billion), shares in "درصد", Solar Hijri dates
beside Gregorian ones ("۲۵ بهمن ۱۴۰۴ (14 February 2026)"), quotations in «», and Arabic's yeh and kaf typed for
Persian's in places ("بانك مركزي"), as agency feeds mix them.

What the new editor met: "حدود ۲ هزار نفر" was no 2,000 and "۴٫۲ درصد" no per cent, so the honest claim and table
were refused citing their own source; "۸۵۰ هزار میلیارد" was read as 850,000 and "۸۵۰ میلیارد" citing it built; a
quote typed "بانک مرکزی" was "not in the source" that types "بانك مركزي"; a rise told as a fall ("۸ درصد کاهش یافت"
citing "افزایش یافت"), a dropped negation ("می‌پذیرد" citing "نمی‌پذیرد", "کرده‌اند" citing "نکرده‌اند"), words given
to another party ("به گفتهٔ بانک مرکزی" citing "به گفتهٔ سندیکا"), "رد کرد" citing "تصویب کرد" and rials for tomans
and a Solar Hijri month changed ("۳۰ اردیبهشت" citing "۳۰ فروردین") all built.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from support import checked_fixture_project, edit, refused_with


FIXTURE = REPO / "tests" / "fixtures" / "newuser_30"
BACKGROUND = "content/bank-merger/background.yaml"
PROTEST = "به گفتهٔ برگزارکنندگان، حدود ۲ هزار نفر در تجمع شرکت کردند"
ASSETS = "به گفتهٔ مدیرعامل بانک سپهر، دارایی‌های دو بانک پس از ادغام به ۸۵۰ هزار میلیارد تومان می‌رسد"
SHARES = "سهام بانک نگین پس از انتشار خبر ۸ درصد افزایش یافت"
REFUSES = "اما سندیکای کارکنان بانک نگین این ادعا را نمی‌پذیرد"
JOBS = "به گفتهٔ سندیکا، دست‌کم ۴ هزار کارمند در خطر از دست دادن شغل خود هستند"


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """A copy of the bank-merger project, with the real templates and assets and the cache a check left; its root."""
    return checked_fixture_project(FIXTURE, tmp_path / "desk")


def add_sentence(root: Path, sentence: str, key: str, source: str, quote: str) -> None:
    """Add a sentence, citing `quote` of `source` under `key`, to the background's first section."""
    edit(root / BACKGROUND, "    body: |\n", f"    body: |\n      {sentence}[^{key}]\n")
    edit(root / BACKGROUND, "citations:\n", f'citations:\n  {key}:\n    source: {source}\n    quote: "{quote}"\n')


def builds(root: Path) -> None:
    result = run_build(root, "check")
    assert result.code == 0, result.err


def test_the_merger_briefing_builds_in_persian(desk: Path):
    """The claims' "۲ هزار" and "هزار میلیارد تومان" and the table's "۴٫۲ درصد" stand in their passages."""
    result = run_build(desk)
    assert result.code == 0, result.err
    page = (desk / "site" / "bank-merger" / "index.html").read_text(encoding="utf-8")
    assert 'dir="rtl"' in page and "۸۵۰ هزار میلیارد تومان" in page and "۱۴ فوریه ۲۰۲۶" in page


@pytest.mark.parametrize("sentence, quote, source", [
    ("به گفتهٔ برگزارکنندگان، حدود ۲۰۰۰ نفر در تجمع شرکت کردند.", PROTEST, "report-0301"),
    ("به گفتهٔ مدیرعامل بانک سپهر، دارایی‌های دو بانک پس از ادغام به 850 هزار میلیارد تومان می‌رسد.", ASSETS,
     "report-0214"),
    ("به گفتهٔ یک تحلیلگر، ارزش بازار بانک ادغام‌شده ممکن است به ۱۲۰٬۰۰۰ میلیارد تومان برسد.",
     "به گفتهٔ یک تحلیلگر بازار سرمایه، ارزش بازار بانک ادغام‌شده ممکن است به ۱۲۰ هزار میلیارد تومان برسد",
     "report-0301"),
    ("مجمع عمومی بانک نگین طرح ادغام را با ۶۲٪ آرا تصویب کرد.", "طرح ادغام با بانک سپهر را با ۶۲ درصد آرا تصویب کرد",
     "report-0315"),
], ids=["thousand", "thousand-billion", "billions-for-thousand-billion", "per-cent-sign"])
def test_honest_persian_figures_build(desk: Path, sentence: str, quote: str, source: str):
    add_sentence(desk, sentence, "added", source, quote)
    builds(desk)


@pytest.mark.parametrize("sentence, quote, source, named", [
    ("به گفتهٔ برگزارکنندگان، حدود ۲ میلیون نفر در تجمع شرکت کردند.", PROTEST, "report-0301", 'figure "۲ میلیون"'),
    ("به گفتهٔ مدیرعامل بانک سپهر، دارایی‌های دو بانک پس از ادغام به ۸۵۰ میلیارد تومان می‌رسد.", ASSETS,
     "report-0214", 'figure "۸۵۰ میلیارد"'),
    ("سهام بانک نگین پس از انتشار خبر ۸۰ درصد افزایش یافت.", SHARES, "report-0214", 'figure "۸۰ درصد"'),
    ("به گفتهٔ مدیرعامل بانک سپهر، دارایی‌های دو بانک پس از ادغام به ۸۵۰ هزار میلیارد ریال می‌رسد.", ASSETS,
     "report-0214", "rials"),
], ids=["million-for-thousand", "billion-for-thousand-billion", "per-cent", "rials-for-tomans"])
def test_a_persian_figure_changed_is_refused(desk: Path, sentence: str, quote: str, source: str, named: str):
    add_sentence(desk, sentence, "added", source, quote)
    refused_with(desk, f"{BACKGROUND}:", named)


@pytest.mark.parametrize("sentence, quote", [
    ("بانک مرکزی هنوز دربارهٔ طرح اظهارنظر نکرده بود.", "بانک مرکزی هنوز دربارهٔ طرح اظهارنظر نکرده است"),
    ("سندیکای کارکنان بانک نگین این ادعا را نمی‌پذیرد.", "اما سندیکای کارکنان بانك نگين این ادعا را نمی‌پذیرد"),
    ("بانک مرکزی میگوید پاسخ این پرسش به اجرای شرط‌ها بستگی دارد.",
     "بانک مرکزی میگوید پاسخ این پرسش به اجرای شرطها بستگی دارد"),
], ids=["persian-letters-for-arabic", "arabic-letters-for-persian", "without-non-joiners"])
def test_a_quote_typed_with_the_other_yeh_and_kaf_anchors(desk: Path, sentence: str, quote: str):
    """The first report types "بانك مركزي" (Arabic's kaf and yeh) where the others type "بانک مرکزی": one word to a
    reader, and a quote typed either way was "not in source"."""
    source = "report-0315" if "میگوید" in quote else "report-0214"
    add_sentence(desk, sentence, "added", source, quote)
    builds(desk)


def test_a_quotation_typed_with_arabic_letters_is_the_sources_words(desk: Path):
    add_sentence(desk, "رحیمی گفت: «ما هیچ ادغامي را كه سپرده‌های مردم را به خطر بیندازد تأیید نمی‌کنیم.»", "added",
                 "report-0301", "فرزانه رحیمی، معاون نظارتی بانک مرکزی، گفت: «ما هیچ ادغامی را که سپرده‌های مردم را "
                                "به خطر بیندازد تأیید نمی‌کنیم")
    builds(desk)
    edit(desk / BACKGROUND, "هیچ ادغامي", "یک ادغامي")
    refused_with(desk, f"{BACKGROUND}:", "quoted words")


@pytest.mark.parametrize("sentence, quote, named", [
    ("سهام بانک نگین پس از انتشار خبر ۸ درصد کاهش یافت.", SHARES, '"۸ درصد" is given as a fall'),
    ("سهام بانک سپهر ۳ درصد افزایش یافت.", "سهام بانک سپهر ۳ درصد کاهش یافت", '"۳ درصد" is given as a rise'),
], ids=["fall-for-rise", "rise-for-fall"])
def test_a_persian_direction_turned_is_refused(desk: Path, sentence: str, quote: str, named: str):
    add_sentence(desk, sentence, "added", "report-0214", quote)
    refused_with(desk, f"{BACKGROUND}:", named)


def test_a_level_reached_is_no_change(desk: Path):
    """"به ۴٫۲ درصد کاهش یافته بود" fell to 4.2%: the table's 4.2 is a level, not a fall of 4.2."""
    add_sentence(desk, "سهام بانک نگین پس از انتشار خبر ۸ درصد بالا رفت.", "added", "report-0214", SHARES)
    result = run_build(desk)
    assert result.code == 0, result.err


@pytest.mark.parametrize("sentence, quote, source, named", [
    ("سندیکای کارکنان بانک نگین این ادعا را می‌پذیرد.", REFUSES, "report-0214", "drops the negation of 'نمی‌پذیرد'"),
    ("به گفتهٔ سندیکا، حدود 3500 کارمند تضمین شغلی دریافت کرده‌اند.",
     "به گفتهٔ سندیکا، حدود 3500 کارمند هنوز تضمین شغلی دریافت نکرده‌اند", "report-0315",
     "drops the negation of 'نکرده‌اند'"),
    ("بانک سپهر اعلام کرد شعبه‌هایی در روستاها بسته خواهد شد.",
     "بانک سپهر اعلام کرد شمار شعبه‌هایی که بسته می‌شوند از ۳۰۰ به ۲۲۰ کاهش می‌یابد و هیچ شعبه‌ای در روستاها بسته "
     "نخواهد شد", "report-0315", "drops the negation of 'نخواهد'"),
    ("سهام بانک نگین پس از انتشار خبر ۸ درصد افزایش نیافت.", SHARES, "report-0214", "negates 'یافت'"),
    ("سخنگوی سندیکا گفت سندیکا با ادغام مخالف است.", "سخنگوی سندیکا گفت: «ما با ادغام مخالف نیستیم", "report-0214",
     "drops the negation of 'نیستیم'"),
], ids=["nemi", "na-perfect", "na-future", "added", "copula"])
def test_a_persian_negation_dropped_or_added_is_refused(desk: Path, sentence: str, quote: str, source: str,
                                                         named: str):
    add_sentence(desk, sentence, "added", source, quote)
    refused_with(desk, f"{BACKGROUND}:", named)


def test_a_persian_negation_kept_builds(desk: Path):
    """"نگفته" kept builds, and a noun that starts with "ن" ("نگین", "نسبت") negates nothing."""
    add_sentence(desk, "علی رضایی، مدیرعامل بانک نگین، دربارهٔ شرط‌های بانک مرکزی سخنی نگفته است.", "added",
                 "report-0301", "مدیرعامل بانک نگین، علی رضایی، تاکنون دربارهٔ شرط‌های بانک مرکزی سخنی نگفته است")
    builds(desk)
    add_sentence(desk, "سخنگوی سندیکا گفت سندیکا با ادغام مخالف نیست.", "kept", "report-0214",
                 "سخنگوی سندیکا گفت: «ما با ادغام مخالف نیستیم")
    builds(desk)


@pytest.mark.parametrize("sentence, quote, refused", [
    ("به گفتهٔ بانک مرکزی، دست‌کم ۴ هزار کارمند در خطر از دست دادن شغل خود هستند.", JOBS, True),
    ("هیئت‌مدیرهٔ بانک مرکزی روز شنبه اعلام کرد که طرح ادغام را برای تصویب فرستاده است.",
     "هیئت‌مدیرهٔ بانک سپهر روز شنبه اعلام کرد که طرح ادغام با بانک نگین را برای تصویب به بانک مرکزی فرستاده است",
     True),
    ("به گفته سندیکا، دست‌کم ۴ هزار کارمند در خطر از دست دادن شغل خود هستند.", JOBS, False),
    ("هیئت‌مدیرهٔ بانک سپهر روز شنبه طرح ادغام را به بانک مرکزی فرستاد.",
     "هیئت‌مدیرهٔ بانک سپهر روز شنبه اعلام کرد که طرح ادغام با بانک نگین را برای تصویب به بانک مرکزی فرستاده است",
     False),
], ids=["be-gofte-swapped", "elam-kard-swapped", "be-gofte-kept", "elam-kard-kept"])
def test_a_persian_speaker_is_held_to_the_passage(desk: Path, sentence: str, quote: str, refused: bool):
    """The speaker stands after "به گفتهٔ" or before "اعلام کرد", "گفت", read by the party it names."""
    add_sentence(desk, sentence, "added", "report-0214", quote)
    if refused:
        refused_with(desk, f"{BACKGROUND}:", "gives the words to", "بانک مرکزی")
    else:
        builds(desk)


def test_rejected_for_approved_is_refused(desk: Path):
    add_sentence(desk, "مجمع عمومی بانک نگین طرح ادغام با بانک سپهر را با ۶۲ درصد آرا رد کرد.", "added",
                 "report-0315", "طرح ادغام با بانک سپهر را با ۶۲ درصد آرا تصویب کرد")
    refused_with(desk, f"{BACKGROUND}:", "says 'رد' where its cited passages say 'تصویب'")


def test_a_solar_hijri_month_changed_is_refused(desk: Path):
    """The deadline "۳۰ فروردین ۱۴۰۵" moved a month on ("۳۰ اردیبهشت") built: its day and year stood as figures."""
    deadline = "بانک مرکزی همچنین از دو بانک خواسته است که تا ۳۰ فروردین ۱۴۰۵ (19 April 2026) برنامهٔ تعدیل"
    add_sentence(desk, "بانک مرکزی از دو بانک خواسته است که تا ۳۰ اردیبهشت ۱۴۰۵ برنامهٔ خود را ارائه کنند.", "added",
                 "report-0301", deadline)
    refused_with(desk, f"{BACKGROUND}:", 'month "اردیبهشت" is not in the passages')
    edit(desk / BACKGROUND, "۳۰ اردیبهشت", "۳۰ فروردين")  # the month typed with Arabic's yeh
    builds(desk)


def test_cite_prints_a_words_non_joiner_as_itself(desk: Path):
    """`cite` printed "می\\u200cپرسند" for the source's "می‌پرسند": the non-joiner is part of the word's spelling."""
    result = run_build(desk, "cite", "report-0214", "سهامداران خرد بانک نگین میپرسند")
    assert result.code == 0, result.err
    assert 'quote: "سهامداران خرد بانک نگین می\u200cپرسند"' in result.out and "\\u200c" not in result.out
