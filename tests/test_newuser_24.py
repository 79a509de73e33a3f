"""An Urdu briefing written from scratch, as the README tells a new editor to: a dispute between two provinces, Sindh
and Punjab, over sharing the Indus's water, with the regulator (IRSA) between them, and a project locale
(locales/ur.yaml: Urdu months, right to left, and the words the checks read).

Sources (tests/fixtures/newuser_24/seeds/): three news reports in Urdu with Extended Arabic-Indic digits, as
Pakistani newsrooms write them: figures in the South Asian count ("۵۲ ہزار کیوسک", "کم از کم ۳ لاکھ ایکڑ", "۲ لاکھ ۶۰
ہزار", "۲۲۵ ارب روپے"), shares in "فیصد", sentences ended by "۔", quotations in ”…“, rises and falls ("بڑھ کر ۶۱۰۰
کیوسک", "کم ہو کر ۴۵۰۰", "۱۸ فیصد اضافہ") and a minister's "نہیں لیا".

What the new editor met: the honest figures "۵۲ ہزار", "۴۸ ہزار", "۳ لاکھ" and "۲ لاکھ ۶۰ ہزار" were refused citing
their own source (no Urdu scale word was read, so 52000 was no figure of "۵۲ ہزار"), and "۲۰ فیصد" was no per cent;
`check` counted each Urdu paragraph as one sentence, "۔" ending none; a rise told as a fall ("کم ہو کر ۶۱۰۰" citing
"بڑھ کر ۶۱۰۰", "۱۸ فیصد کمی" citing "۱۸ فیصد اضافہ", "۳۵ فیصد سے بڑھا کر ۲۸" citing "سے کم کر کے") and a dropped
"نہیں" ("پنجاب نے ... اضافی پانی لیا" citing "... نہیں لیا") built.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from support import checked_fixture_project, edit, refused_with


FIXTURE = REPO / "tests" / "fixtures" / "newuser_24"
BACKGROUND = "content/sindh-punjab-water/background.yaml"
KOTRI_6100 = "ارسا کے اعداد و شمار کے مطابق کوٹری بیراج سے نیچے بہاؤ بڑھ کر ۶۱۰۰ کیوسک ہو گیا ہے"
INFLOW = "دریاؤں میں پانی کی آمد میں ۱۸ فیصد اضافہ ہوا"
SHORTAGE_28 = "پانی کی قلت کا تخمینہ ۳۵ فیصد سے کم کر کے ۲۸ فیصد کر دیا"
DENIAL = "پنجاب نے ایک قطرہ بھی اضافی پانی نہیں لیا"
CROPS = "متاثرہ رقبہ ۳ لاکھ نہیں بلکہ تقریباً ۲ لاکھ ۶۰ ہزار ایکڑ ہے"


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """A copy of the water-sharing project, checked once, with the real templates and assets; returns its root."""
    return checked_fixture_project(FIXTURE, tmp_path / "desk")


def add_sentence(root: Path, sentence: str, key: str, source: str, quote: str) -> None:
    """Add a sentence, citing `quote` of `source` under `key`, to the background's first section."""
    edit(root / BACKGROUND, "    body: |\n", f"    body: |\n      {sentence}[^{key}]\n")
    edit(root / BACKGROUND, "citations:\n", f'citations:\n  {key}:\n    source: {source}\n    quote: "{quote}"\n')


def test_the_water_briefing_builds_in_urdu(desk: Path):
    result = run_build(desk)
    assert result.code == 0, result.err
    page = (desk / "site" / "sindh-punjab-water" / "index.html").read_text(encoding="utf-8")
    assert 'dir="rtl"' in page and "۵۲ ہزار کیوسک" in page and "۱۷ مارچ ۲۰۲۶" in page


def test_the_pages_write_the_locales_digits(desk: Path):
    """locales/ur.yaml's `digits: "۰۱۲۳۴۵۶۷۸۹"`: a table's figures, the log's and the header's dates are written in
    them, as the prose around them is (the page wrote "52,000" and "14 مارچ 2026" beside "۱۷ مارچ ۲۰۲۶")."""
    result = run_build(desk)
    assert result.code == 0, result.err
    page = (desk / "site" / "sindh-punjab-water" / "index.html").read_text(encoding="utf-8")
    assert "۵۲٬۰۰۰" in page and "۵۵٫۹۴" in page and "۱۴ مارچ ۲۰۲۶" in page
    assert "52,000" not in page and "14 مارچ" not in page


def test_digits_that_are_not_ten_digits_are_refused(desk: Path):
    edit(desk / "locales" / "ur.yaml", 'digits: "۰۱۲۳۴۵۶۷۸۹"', 'digits: "۰۱۲۳۴۵۶۷۸"')
    refused_with(desk, "locales/ur.yaml:6:", "label 'digits' has the wrong shape", "write the ten digits")


def test_urdu_sentences_end_at_the_urdu_full_stop(desk: Path):
    """The first report's eight paragraphs hold twelve sentences: "۔" ends one, as "." does."""
    result = run_build(desk, "check")
    assert result.code == 0, result.err
    assert "of 12 sentences" in result.out.splitlines()[2]


@pytest.mark.parametrize("sentence, quote, source", [
    ("پنجاب کو اس ہفتے ۵۲۰۰۰ کیوسک پانی جاری کیا گیا۔", "پنجاب کو اس ہفتے ۵۲ ہزار کیوسک", "report-0318"),
    ("بورڈ کے مطابق متاثرہ رقبہ تقریباً ۲۶۰۰۰۰ ایکڑ ہے۔", CROPS, "report-0318"),
    ("منصوبے پر ۲۲۵ ارب روپے خرچ ہوں گے۔", "منصوبے پر ۲۲۵ ارب روپے لاگت آئے گی", "report-0314"),
    ("دریاؤں میں پانی کی آمد ۱۸% بڑھ گئی۔", INFLOW, "report-0318"),
    ("ارسا کے مطابق کوٹری سے نیچے بہاؤ بڑھ کر ۶۱۰۰ کیوسک ہو گیا۔", KOTRI_6100, "report-0318"),
    ("پنجاب کا کہنا ہے کہ اس نے اضافی پانی نہیں لیا۔", DENIAL, "report-0310"),
], ids=["thousand", "lakh-compound", "arab", "per-cent-sign", "rise-kept", "negation-kept"])
def test_honest_urdu_wordings_build(desk: Path, sentence: str, quote: str, source: str):
    add_sentence(desk, sentence, "added", source, quote)
    result = run_build(desk, "check")
    assert result.code == 0, result.err


@pytest.mark.parametrize("sentence, quote, source, named", [
    ("پنجاب کو اس ہفتے ۵۰۰۰۰ کیوسک پانی جاری کیا گیا۔", "پنجاب کو اس ہفتے ۵۲ ہزار کیوسک", "report-0318",
     'figure "۵۰۰۰۰"'),
    ("بورڈ کے مطابق متاثرہ رقبہ تقریباً ۲ لاکھ ۸۰ ہزار ایکڑ ہے۔", CROPS, "report-0318", 'figure "۲ لاکھ ۸۰ ہزار"'),
    ("منصوبے پر ۲۲۵ کروڑ روپے لاگت آئے گی۔", "منصوبے پر ۲۲۵ ارب روپے لاگت آئے گی", "report-0314",
     'figure "۲۲۵ کروڑ"'),
    ("دریاؤں میں پانی کی آمد ۱۸ بڑھ گئی۔", INFLOW, "report-0318", 'figure "۱۸"'),
    ("منصوبے پر ۲۲۵ ارب ڈالر لاگت آئے گی۔", "منصوبے پر ۲۲۵ ارب روپے لاگت آئے گی", "report-0314", "rupee"),
], ids=["thousand", "lakh-compound", "crore-for-arab", "per-cent-dropped", "dollars-for-rupees"])
def test_an_urdu_figure_changed_is_refused(desk: Path, sentence: str, quote: str, source: str, named: str):
    add_sentence(desk, sentence, "added", source, quote)
    refused_with(desk, f"{BACKGROUND}:", named)


@pytest.mark.parametrize("sentence, quote, named", [
    ("کوٹری بیراج سے نیچے بہاؤ کم ہو کر ۶۱۰۰ کیوسک رہ گیا۔", KOTRI_6100, '"۶۱۰۰" is given as a fall'),
    ("دریاؤں میں پانی کی آمد میں ۱۸ فیصد کمی ہوئی۔", INFLOW, '"۱۸ فیصد" is given as a fall'),
    ("ارسا نے قلت کا تخمینہ ۳۵ فیصد سے بڑھا کر ۲۸ فیصد کر دیا۔", SHORTAGE_28, '"۲۸ فیصد" is given as a rise'),
], ids=["level-reached", "noun-after", "from-to"])
def test_an_urdu_direction_turned_is_refused(desk: Path, sentence: str, quote: str, named: str):
    add_sentence(desk, sentence, "added", "report-0318", quote)
    refused_with(desk, f"{BACKGROUND}:", named)


def test_an_urdu_negation_dropped_is_refused(desk: Path):
    add_sentence(desk, "پنجاب نے ایک قطرہ بھی اضافی پانی لیا۔", "added", "report-0310", DENIAL)
    refused_with(desk, f"{BACKGROUND}:", "negation")


SHORO = "سندھ کو اس کے حصے سے ۲۰ فیصد کم پانی دیا جا رہا ہے اور ہماری فصلیں سوکھ رہی ہیں"
SHORO_SAID = ("سندھ کے وزیر آبپاشی جام خان شورو نے کہا کہ صوبے کو ۱۹۹۱ کے پانی معاہدے کے تحت اس کا پورا حصہ نہیں "
              "مل رہا")


def test_a_quotation_in_urdu_marks_is_checked(desk: Path):
    """Urdu papers quote ”…“: words changed inside them ("تباہ" for "سوکھ") built, as no quotation was read."""
    add_sentence(desk, "جام خان شورو نے کہا: ”سندھ کو اس کے حصے سے ۲۰ فیصد کم پانی دیا جا رہا ہے اور ہماری فصلیں تباہ "
                       "ہو رہی ہیں۔“", "added", "report-0310", SHORO)
    refused_with(desk, f"{BACKGROUND}:", "quoted words")


def test_a_quotation_ending_in_the_urdu_full_stop_builds(desk: Path):
    add_sentence(desk, "جام خان شورو نے کہا: ”سندھ کو اس کے حصے سے ۲۰ فیصد کم پانی دیا جا رہا ہے۔“", "added",
                 "report-0310", SHORO)
    result = run_build(desk, "check")
    assert result.code == 0, result.err


@pytest.mark.parametrize("sentence, refused", [
    ("پنجاب کے وزیر آبپاشی کاظم پیرزادہ نے کہا کہ صوبے کو ۱۹۹۱ کے پانی معاہدے کے تحت اس کا پورا حصہ نہیں مل رہا۔", True),
    ("پنجاب کے مطابق صوبے کو ۱۹۹۱ کے پانی معاہدے کے تحت اس کا پورا حصہ نہیں مل رہا۔", True),
    ("سندھ کے وزیر نے کہا کہ صوبے کو ۱۹۹۱ کے پانی معاہدے کے تحت اس کا پورا حصہ نہیں مل رہا۔", False),
    ("سندھ کا کہنا ہے کہ صوبے کو ۱۹۹۱ کے پانی معاہدے کے تحت اس کا پورا حصہ نہیں مل رہا۔", False),
], ids=["ne-kaha-swapped", "ke-mutabiq-swapped", "ne-kaha-kept", "ka-kehna-kept"])
def test_an_urdu_speaker_is_held_to_the_passage(desk: Path, sentence: str, refused: bool):
    """The speaker stands before "نے کہا", "کے مطابق" or "کا کہنا", read by the party it names."""
    add_sentence(desk, sentence, "added", "report-0310", SHORO_SAID)
    if refused:
        refused_with(desk, f"{BACKGROUND}:", "gives the words to پنجاب", "سندھ")
    else:
        result = run_build(desk, "check")
        assert result.code == 0, result.err


PROTEST = "حیدرآباد میں ہفتے کے روز ہونے والے مظاہرے میں ۵ ہزار سے زائد افراد شریک ہوئے"


def test_an_urdu_bound_after_its_figure_is_kept(desk: Path):
    """"۵ ہزار سے زائد" is more than 5,000: "۵ ہزار" alone built; "۵۰۰۰ سے زیادہ" keeps it."""
    add_sentence(desk, "حیدرآباد میں مظاہرے میں ۵ ہزار افراد شریک ہوئے۔", "added", "report-0314", PROTEST)
    refused_with(desk, f"{BACKGROUND}:", "leaves out the qualifier of \"۵ ہزار سے زائد\"")
    edit(desk / BACKGROUND, "۵ ہزار افراد شریک", "۵۰۰۰ سے زیادہ افراد شریک")
    result = run_build(desk, "check")
    assert result.code == 0, result.err


def test_at_least_is_no_fall(desk: Path):
    """"کم از کم" (at least) holds "کم" (less): a figure after it is given as no change, so a plain claim builds."""
    add_sentence(desk, "آبادگار بورڈ کے مطابق کم از کم ۳ لاکھ ایکڑ پر فصل متاثر ہوئی۔", "added", "report-0310",
                 "سندھ آبادگار بورڈ کے مطابق صوبے میں کم از کم ۳ لاکھ ایکڑ پر گندم کی فصل متاثر ہوئی ہے")
    result = run_build(desk, "check")
    assert result.code == 0, result.err


def test_new_ends_the_first_log_entry_with_the_urdu_full_stop(desk: Path):
    """`new` wrote "پہلی اشاعت." (a Latin stop) into an Urdu briefing's log."""
    result = run_build(desk, "new", "canals", "--title", "نئی نہروں کا منصوبہ", "--source", "report-0314")
    assert result.code == 0, result.err
    written = (desk / "content" / "canals" / "briefing.yaml").read_text(encoding="utf-8")
    assert 'text: "پہلی اشاعت۔"' in written
