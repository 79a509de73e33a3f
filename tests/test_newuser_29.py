"""A Hindi briefing written from scratch, as the README tells a new editor to: a dispute between two states, Odisha and
Chhattisgarh, over the Mahanadi's water, with the tribunal (न्यायाधिकरण) between them, and a project locale
(locales/hi.yaml: Hindi months and labels, `grouping: "3,2"`, and the words the checks read).

Sources (tests/fixtures/newuser_29/seeds/): three news reports in Hindi, in Devanagari, as Indian newsrooms write
them: sentences ended by the danda "।", ASCII digits beside Devanagari ones ("१८ किसान संगठनों", "४२,०००"), figures in
lakhs and crores ("2.5 लाख हेक्टेयर", "1,200 करोड़ रुपये", "0.9 लाख एकड़-फुट"), per cents in "प्रतिशत", dates as
"14 फरवरी 2026", quotations in “…” and '…', rises and falls ("घटकर 1,850 क्यूसेक", "बढ़कर 608 फुट", "से घटाकर 950
करोड़ रुपये"), negations with "नहीं" and speakers before "ने कहा" and "के अनुसार".

What the new editor met: `check` counted each paragraph as one sentence, "।" ending none, so a sentence borrowed the
citations of its whole paragraph (a changed figure built where another sentence's passage held it); the honest
figures 250000 and "90 हज़ार" were refused citing "2.5 लाख" and "0.9 लाख" (no Hindi scale was read), as was "14%"
citing "१४ प्रतिशत"; "2.5 करोड़" citing "2.5 लाख", a rise told as a fall ("बढ़कर 1,850" citing "घटकर 1,850"), a
dropped "नहीं" and words given to the other state ("छत्तीसगढ़ के वकील ने दावा किया" citing "ओडिशा के वकील ने ...")
all built; `new` ended the log's first entry with a Latin "."; the pages wrote "250,000" where Hindi writes
"2,50,000".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_build
from support import checked_fixture_project, edit, refused_with


FIXTURE = REPO / "tests" / "fixtures" / "newuser_29"
BACKGROUND = "content/mahanadi-water/background.yaml"
CROPS = ("विभाग का कहना है कि पानी की कमी से संबलपुर, बरगढ़ और सोनपुर जिलों में लगभग 2.5 लाख हेक्टेयर रबी फसल प्रभावित हो "
         "सकती है")
CLAIM_1200 = "ओडिशा ने कहा कि वह महानदी जल विवाद न्यायाधिकरण के सामने 1,200 करोड़ रुपये के नुकसान का दावा पेश करेगा"
FARMERS = "रिपोर्ट के अनुसार प्रभावित किसानों की संख्या करीब 3.2 लाख है, जिनमें से ४२,००० सीमांत किसान हैं"
RAIN = "केंद्रीय जल आयोग की रिपोर्ट के अनुसार 2025-26 में महानदी बेसिन में वर्षा सामान्य से १४ प्रतिशत कम रही"
GROUND = "आयोग ने कहा कि बेसिन में भूजल का दोहन पिछले पांच वर्षों में 22 प्रतिशत बढ़ा है"
FLOW = "ओडिशा के वकील ने दावा किया कि कलमा बैराज से नीचे प्रवाह घटकर 1,850 क्यूसेक रह गया है"
LEVEL = "समिति ने कहा कि हीराकुंड जलाशय में जल स्तर 28 फरवरी तक बढ़कर 608 फुट हो गया"
LOSS = "समिति के अनुसार नुकसान का अनुमान 1,200 करोड़ रुपये से घटाकर 950 करोड़ रुपये कर दिया गया है"
STORAGE = ("छत्तीसगढ़ के वकील ने कहा कि राज्य के बैराजों की कुल भंडारण क्षमता केवल 0.9 लाख एकड़-फुट है और वे नदी के प्रवाह को "
           "संभवतः प्रभावित नहीं कर सकते")
STAY = "ओडिशा ने न्यायाधिकरण से छत्तीसगढ़ की 5,000 करोड़ रुपये की नई सिंचाई परियोजनाओं पर रोक लगाने की मांग की"
NO_STAY = "न्यायाधिकरण ने यह मांग फिलहाल स्वीकार नहीं की"
SHARE = "साहू के अनुसार छत्तीसगढ़ ने अपने हिस्से से अधिक पानी नहीं लिया है"
RELIEF = "ओडिशा सरकार ने प्रभावित किसानों के लिए 300 करोड़ रुपये की अंतरिम राहत की घोषणा की है"
CM = "छत्तीसगढ़ के मुख्यमंत्री ने रायपुर में कहा, “हम न्यायाधिकरण के हर आदेश का पालन करेंगे, लेकिन अपने किसानों का हक नहीं छोड़ेंगे।”"
ONE_SIDED = "छत्तीसगढ़ सरकार ने रिपोर्ट को 'एकतरफा' बताया"


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """A copy of the Mahanadi project, with the real templates and assets and the cache a check left; its root."""
    return checked_fixture_project(FIXTURE, tmp_path / "desk")


def add_sentence(root: Path, sentence: str, source: str, quote: str) -> None:
    """Add a sentence, citing `quote` of `source`, to the background's first section."""
    edit(root / BACKGROUND, "    body: |\n", f"    body: |\n      {sentence}[^added]\n")
    edit(root / BACKGROUND, "citations:\n", f'citations:\n  added:\n    source: {source}\n    quote: "{quote}"\n')


def test_the_water_briefing_builds_in_hindi(desk: Path):
    result = run_build(desk)
    assert result.code == 0, result.err
    page = (desk / "site" / "mahanadi-water" / "index.html").read_text(encoding="utf-8")
    assert 'lang="hi"' in page and "14 फरवरी 2026" in page and "पहली बार प्रकाशित।" in page


def test_the_pages_group_digits_by_lakhs(desk: Path):
    """locales/hi.yaml's `grouping: "3,2"`: a claim's 250000 hectares is written "2,50,000", as the prose around it
    writes lakhs; without it, "250,000"."""
    result = run_build(desk)
    assert result.code == 0, result.err
    page = (desk / "site" / "mahanadi-water" / "index.html").read_text(encoding="utf-8")
    assert "2,50,000" in page and "1,80,000" in page and "250,000" not in page
    edit(desk / "locales" / "hi.yaml", 'grouping: "3,2"\n', "")
    result = run_build(desk)
    assert result.code == 0, result.err
    assert "250,000" in (desk / "site" / "mahanadi-water" / "index.html").read_text(encoding="utf-8")


def test_a_grouping_other_than_threes_or_lakhs_is_refused(desk: Path):
    edit(desk / "locales" / "hi.yaml", 'grouping: "3,2"', 'grouping: "2"')
    refused_with(desk, "locales/hi.yaml:5:", "label 'grouping' has the wrong shape", 'write "3" (1,250,000) or "3,2"')


def test_hindi_sentences_end_at_the_danda(desk: Path):
    """The first report's seven paragraphs hold fourteen sentences: "।" ends one, as "." does."""
    result = run_build(desk, "check")
    assert result.code == 0, result.err
    assert "11 of 14 sentences" in result.out.splitlines()[2]


def test_a_sentence_no_longer_borrows_its_paragraphs_citations(desk: Path):
    """Read as one sentence with the background's next one, "12 अरब" was backed by that one's "12 फरवरी"."""
    add_sentence(desk, "ओडिशा ने कहा कि वह 12 लाख रुपये के नुकसान का दावा पेश करेगा।", "report-0214", CLAIM_1200)
    refused_with(desk, f"{BACKGROUND}:6:", 'figure "12 लाख"')


@pytest.mark.parametrize("sentence, source, quote", [
    ("विभाग के अनुसार लगभग 250000 हेक्टेयर रबी फसल प्रभावित हो सकती है।", "report-0214", CROPS),
    ("विभाग के अनुसार लगभग 2,50,000 हेक्टेयर रबी फसल प्रभावित हो सकती है।", "report-0214", CROPS),
    ("ओडिशा ने कहा कि वह 12 अरब रुपये के नुकसान का दावा पेश करेगा।", "report-0214", CLAIM_1200),
    ("रिपोर्ट के अनुसार प्रभावित किसानों में से ४२ हज़ार सीमांत किसान हैं।", "report-0302", FARMERS),
    ("रिपोर्ट के अनुसार करीब 3 लाख 20 हजार किसान प्रभावित हैं।", "report-0302", FARMERS),
    ("केंद्रीय जल आयोग के अनुसार 2025-26 में वर्षा सामान्य से 14% कम रही।", "report-0220", RAIN),
    ("छत्तीसगढ़ के वकील के अनुसार बैराजों की भंडारण क्षमता केवल 90 हज़ार एकड़-फुट है।", "report-0220", STORAGE),
    ("ओडिशा ने छत्तीसगढ़ की 5 हज़ार करोड़ रुपये की परियोजनाओं पर रोक की मांग की।", "report-0220", STAY),
    ("समिति के अनुसार नुकसान का अनुमान अब 950 करोड़ रु. है।", "report-0302", LOSS),
], ids=["lakh-in-digits", "indian-grouping", "arab-for-crores", "hazar", "lakh-hazar-compound", "per-cent-sign",
        "hazar-for-lakh", "hazar-crore", "rupees-abbreviated"])
def test_honest_hindi_figures_build(desk: Path, sentence: str, source: str, quote: str):
    add_sentence(desk, sentence, source, quote)
    result = run_build(desk, "check")
    assert result.code == 0, result.err


@pytest.mark.parametrize("sentence, source, quote, named", [
    ("विभाग के अनुसार लगभग 2.5 करोड़ हेक्टेयर रबी फसल प्रभावित हो सकती है।", "report-0214", CROPS,
     'figure "2.5 करोड़"'),
    ("ओडिशा ने कहा कि वह 1,200 लाख रुपये के नुकसान का दावा पेश करेगा।", "report-0214", CLAIM_1200,
     'figure "1,200 लाख"'),
    ("रिपोर्ट के अनुसार प्रभावित किसानों की संख्या करीब ३.२ करोड़ है।", "report-0302", FARMERS, 'figure "३.२ करोड़"'),
    ("ओडिशा ने छत्तीसगढ़ की 5,000 अरब रुपये की परियोजनाओं पर रोक की मांग की।", "report-0220", STAY,
     'figure "5,000 अरब"'),
    ("केंद्रीय जल आयोग के अनुसार 2025-26 में वर्षा सामान्य से १४ कम रही।", "report-0220", RAIN, 'figure "१४"'),
    ("ओडिशा ने कहा कि वह 1,200 करोड़ डॉलर के नुकसान का दावा पेश करेगा।", "report-0214", CLAIM_1200, "dollars"),
], ids=["crore-for-lakh", "lakh-for-crore", "devanagari-digits-crore", "arab-for-crore", "per-cent-dropped",
        "dollars-for-rupees"])
def test_a_hindi_figure_changed_is_refused(desk: Path, sentence: str, source: str, quote: str, named: str):
    add_sentence(desk, sentence, source, quote)
    refused_with(desk, f"{BACKGROUND}:6:", named)


@pytest.mark.parametrize("sentence, source, quote, named", [
    ("आयोग के अनुसार बेसिन में भूजल का दोहन पिछले पांच वर्षों में 22 प्रतिशत घटा है।", "report-0220", GROUND,
     '"22 प्रतिशत" is given as a fall'),
    ("ओडिशा के वकील के अनुसार कलमा बैराज से नीचे प्रवाह बढ़कर 1,850 क्यूसेक हो गया है।", "report-0220", FLOW,
     '"1,850" is given as a rise'),
    ("समिति के अनुसार हीराकुंड जलाशय में जल स्तर 28 फरवरी तक घटकर 608 फुट रह गया।", "report-0302", LEVEL,
     '"608" is given as a fall'),
    ("समिति के अनुसार नुकसान का अनुमान 1,200 करोड़ रुपये से बढ़ाकर 950 करोड़ रुपये कर दिया गया।", "report-0302", LOSS,
     '"950 करोड़" is given as a rise'),
    ("केंद्रीय जल आयोग के अनुसार 2025-26 में वर्षा सामान्य से १४ प्रतिशत अधिक रही।", "report-0220", RAIN,
     '"१४ प्रतिशत" is given as a rise'),
], ids=["verb-after", "glued-kar", "level-reached", "from-to", "comparative-after"])
def test_a_hindi_direction_turned_is_refused(desk: Path, sentence: str, source: str, quote: str, named: str):
    add_sentence(desk, sentence, source, quote)
    refused_with(desk, f"{BACKGROUND}:6:", named)


@pytest.mark.parametrize("sentence, source, quote", [
    ("समिति के अनुसार नुकसान का अनुमान घटकर 950 करोड़ रुपये रह गया।", "report-0302", LOSS),
    ("समिति के अनुसार हीराकुंड में जल स्तर बढ़कर 608 फुट हो गया।", "report-0302", LEVEL),
    ("आयोग के अनुसार भूजल का दोहन पिछले पांच वर्षों में 22 फीसदी बढ़ा है।", "report-0220", GROUND),
], ids=["fall-kept", "rise-kept", "fisadi"])
def test_a_hindi_direction_kept_builds(desk: Path, sentence: str, source: str, quote: str):
    add_sentence(desk, sentence, source, quote)
    result = run_build(desk, "check")
    assert result.code == 0, result.err


@pytest.mark.parametrize("sentence, source, quote, named", [
    ("न्यायाधिकरण ने यह मांग फिलहाल स्वीकार की।", "report-0220", NO_STAY, "drops the negation of 'स्वीकार'"),
    ("साहू के अनुसार छत्तीसगढ़ ने अपने हिस्से से अधिक पानी लिया है।", "report-0214", SHARE,
     "drops the negation of 'पानी'"),
    ("ओडिशा सरकार ने प्रभावित किसानों के लिए 300 करोड़ रुपये की अंतरिम राहत की घोषणा नहीं की है।", "report-0302",
     RELIEF, "adds a negation to 'घोषणा'"),
], ids=["nahin-dropped", "nahin-dropped-object", "nahin-added"])
def test_a_hindi_negation_turned_is_refused(desk: Path, sentence: str, source: str, quote: str, named: str):
    add_sentence(desk, sentence, source, quote)
    refused_with(desk, f"{BACKGROUND}:6:", named)


@pytest.mark.parametrize("sentence, source, quote", [
    ("न्यायाधिकरण ने रोक की मांग अभी स्वीकार नहीं की।", "report-0220", NO_STAY),
    ("साहू का कहना है कि छत्तीसगढ़ ने अपने हिस्से से अधिक पानी नहीं लिया।", "report-0214", SHARE),
], ids=["nahin-kept", "ka-kahna"])
def test_a_hindi_negation_kept_builds(desk: Path, sentence: str, source: str, quote: str):
    add_sentence(desk, sentence, source, quote)
    result = run_build(desk, "check")
    assert result.code == 0, result.err


@pytest.mark.parametrize("sentence, source, quote, given, passage", [
    ("छत्तीसगढ़ के वकील ने दावा किया कि कलमा बैराज से नीचे प्रवाह घटकर 1,850 क्यूसेक रह गया है।", "report-0220", FLOW,
     "छत्तीसगढ़ के वकील", "ओडिशा के वकील"),
    ("ओडिशा के मुख्यमंत्री ने कहा कि वे न्यायाधिकरण के हर आदेश का पालन करेंगे।", "report-0220", CM,
     "ओडिशा के मुख्यमंत्री", "छत्तीसगढ़ के मुख्यमंत्री"),
    ("ओडिशा सरकार ने रिपोर्ट को 'एकतरफा' बताया।", "report-0302", ONE_SIDED, "ओडिशा सरकार", "छत्तीसगढ़ सरकार"),
], ids=["ne-daava", "ne-kaha-words-between", "ne-bataya"])
def test_a_hindi_speaker_swapped_is_refused(desk: Path, sentence: str, source: str, quote: str, given: str,
                                            passage: str):
    add_sentence(desk, sentence, source, quote)
    refused_with(desk, f"{BACKGROUND}:6:", f"gives the words to {given}, but", f"give them to {passage}")


SAHU = "उन्होंने कहा, “हमारे बैराज सिंचाई और पेयजल के लिए हैं, ओडिशा का पानी रोकने के लिए नहीं।”"


def test_a_hindi_quotation_cut_before_its_negation_is_refused(desk: Path):
    """Hindi's "नहीं" follows the words it negates: a quotation ending right before it quotes every word as written and
    says the opposite (the negation check leaves quoted words unread, and the cut one read only negations before)."""
    add_sentence(desk, "साहू ने कहा कि बैराज “ओडिशा का पानी रोकने के लिए” हैं।", "report-0214", SAHU)
    refused_with(desk, f"{BACKGROUND}:6:", "this quotation leaves out the 'नहीं' its cited passages give after it")
    edit(desk / BACKGROUND, "रोकने के लिए” हैं", "रोकने के लिए” नहीं हैं")
    result = run_build(desk, "check")
    assert result.code == 0, result.err


def test_a_hindi_speaker_kept_builds(desk: Path):
    add_sentence(desk, "ओडिशा के वकील के अनुसार कलमा बैराज से नीचे प्रवाह घटकर 1,850 क्यूसेक रह गया है।", "report-0220",
                 FLOW)
    result = run_build(desk, "check")
    assert result.code == 0, result.err


def test_new_ends_the_first_log_entry_with_the_danda(desk: Path):
    """`new` wrote "पहली बार प्रकाशित." (a Latin stop) into a Hindi briefing's log."""
    result = run_build(desk, "new", "stay", "--title", "परियोजनाओं पर रोक की मांग", "--source", "report-0220")
    assert result.code == 0, result.err
    written = (desk / "content" / "stay" / "briefing.yaml").read_text(encoding="utf-8")
    assert 'text: "पहली बार प्रकाशित।"' in written


@pytest.mark.parametrize("sentence", [
    "पानी की कमी से लगभग 2.5 लाख हेक्टेयर रबी फसल प्रभावित होगी।",
    "पानी की कमी से लगभग 2.5 लाख हेक्टेयर रबी फसल प्रभावित हो जाएगी।",
], ids=["hogi", "jaegi"])
def test_a_hindi_may_told_as_will_is_refused(desk: Path, sentence: str):
    """The locale's `will: [गा, गी, गे]` are Hindi's future endings, read glued after a verb's vowel: "जाएगी" was
    no word of `will` (its "ए" is a letter), and "प्रभावित हो जाएगी" citing "प्रभावित हो सकती है" built."""
    add_sentence(desk, sentence, "report-0214", CROPS)
    refused_with(desk, f"{BACKGROUND}:6:", "worded as certain ('गी')")

