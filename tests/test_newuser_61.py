"""A Bengali briefing written from scratch, as the README tells a new editor whose language is not built in: a city
corporation's ban on battery-run rickshaws and the drivers' union's threat of a strike, from a news report
(tests/fixtures/newuser_61/seeds/: "২২টি প্রধান সড়কে", "৳2,000", "৫,০০০ টাকা", "৫ লাখ", "১২ কোটি ৫০ লাখ টাকা",
"১২ মার্চ ২০২৬", quotations in “ ” and ‘ ’, sentences ending "।"), and a project locale (locales/bn.yaml, copied from
en.yaml and translated, with Bengali digits, lakh grouping, "।" as its full stop and the words the checks read).

What the new editor met: the claim of "অন্তত ২০ হাজার চালক" (20,000) and the table's 60,000 for "প্রায় ৬০ হাজার"
were refused as figures not in their passages, Bengali's scales after digits being unread ("৫ লাখ" stated 5);
"সাড়ে ১২ কোটি" (12.5 crore) was refused, and a count with its classifier glued on ("২২টি") was no figure at all
(explainer/bengali.py). Then the honest sentences a Bengali reporter writes and the misstatements a careless one
makes, each citing one passage of the source, checked in-process (support.sentence_findings) with the fixture's
locale read. On the code before this work these misstatements built besides: a negation dropped ("না", "নয়", "নি"
glued to the verb: explainer/bengali_negations.py), a party's word given to the other party or told as fact, and a
speaker swapped (explainer/bengali_speakers.py), a condition in "-লে" dropped (explainer/bengali_conditions.py), and
a taka figure told in dollars. Not read (see the branch's report): "অর্ধেক" (half) made "পুরোটাই" (all), a speaker
named before by "তিনি" (he), and the number words "দেড়" (1.5) and "আড়াই" (2.5).
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

FIXTURE = REPO / "tests" / "fixtures" / "newuser_61"

PARTIES = (Party(id="corporation", name="নদীপুর সিটি করপোরেশন", short_name="করপোরেশন"),
           Party(id="union", name="নদীপুর রিকশা শ্রমিক ইউনিয়ন", short_name="ইউনিয়ন"))

P_BAN = "নদীপুর সিটি করপোরেশন শহরের ২২টি প্রধান সড়কে ব্যাটারিচালিত রিকশা চলাচল নিষিদ্ধ করার সিদ্ধান্ত নিয়েছে।"
P_BOARD = "বৃহস্পতিবার, ১২ মার্চ ২০২৬ তারিখে করপোরেশনের বোর্ড সভায় এই সিদ্ধান্ত অনুমোদিত হয়।"
P_FROM = "নিষেধাজ্ঞা ১ এপ্রিল ২০২৬ থেকে কার্যকর হবে।"
P_REGISTERED = "করপোরেশনের হিসাব অনুযায়ী, শহরে নিবন্ধিত ব্যাটারিচালিত রিকশার সংখ্যা ৩৮,৫০০।"
P_UNION = ("তবে নদীপুর রিকশা শ্রমিক ইউনিয়নের দাবি, প্রকৃত সংখ্যা প্রায় ৬০ হাজার এবং এই পেশার ওপর অন্তত ৫ লাখ মানুষের "
           "জীবিকা নির্ভর করে।")
P_ACCIDENTS = ("তিনি জানান, ২০২৫ সালে শহরের প্রধান সড়কগুলোতে ৪১৭টি সড়ক দুর্ঘটনা ঘটেছে, যার মধ্যে ১৬৩টিতে "
               "ব্যাটারিচালিত রিকশা জড়িত ছিল।")
P_FINES = ("করপোরেশন জানিয়েছে, নিষেধাজ্ঞা ভাঙলে প্রথমবার ৳2,000 এবং দ্বিতীয়বার ৫,০০০ টাকা জরিমানা করা হবে।")
P_STRIKE = ("ইউনিয়ন জানিয়েছে, সিদ্ধান্ত প্রত্যাহার না হলে ২০ মার্চ থেকে তারা শহরজুড়ে লাগাতার ধর্মঘট শুরু করবে।")
P_AID = "এর আওতায় প্রথম পর্যায়ে ৫,০০০ চালককে জনপ্রতি ৳২৫,০০০ করে এককালীন সহায়তা দেওয়া হবে।"
P_BUDGET = "কর্মসূচির মোট বাজেট ধরা হয়েছে ১২ কোটি ৫০ লাখ টাকা।"
P_SHARE = "তিনি বলেন, শহরের মোট সড়কের প্রায় ১৮ শতাংশ এই নিষেধাজ্ঞার আওতায় পড়বে।"
P_CHARGING = ("এ ছাড়া পাড়া-মহল্লার সড়কে রিকশার জন্য ৪০টি চার্জিং স্টেশন বসাতে 2 কোটি টাকা বরাদ্দ করা হয়েছে।")
P_MINISTRY = "স্থানীয় সরকার মন্ত্রণালয় এখনো এ বিষয়ে কোনো মন্তব্য করেনি।"
P_MAYOR = "মেয়র সাবরিনা হক বলেন, ইউনিয়নের সঙ্গে আলোচনার দরজা খোলা আছে, তবে সিদ্ধান্ত প্রত্যাহার করা হবে না।"
P_UNDECIDED = "ইউনিয়ন এখনো বৈঠকে যাওয়ার বিষয়ে সিদ্ধান্ত নেয়নি।"
P_ENOUGH = "তবে ইউনিয়নের নেতারা বলছেন, এই সহায়তা যথেষ্ট নয়।"
P_WEEK = "নদীপুরের ট্রাফিক বিভাগের উপকমিশনার তানভীর আহমেদ বলেন, প্রথম সপ্তাহে কাউকে জরিমানা করা হবে না, শুধু সতর্ক করা হবে।"
P_CASE = "ইউনিয়ন জানিয়েছে, তারা হাইকোর্টে রিট আবেদন করার কথা ভাবছে, তবে এখনো কোনো মামলা করেনি।"
P_LOSS = "নদীপুর চেম্বার অব কমার্সের হিসাবে, ধর্মঘট হলে শহরের ব্যবসা-বাণিজ্যে দিনে প্রায় ৳৩ কোটি ক্ষতি হতে পারে।"
P_LOAN = ("তিনি জানান, ব্যাটারিচালিত রিকশাটি কিনতে তিনি ১ লাখ ২০ হাজার টাকা ঋণ নিয়েছিলেন, যার অর্ধেক এখনো শোধ "
          "হয়নি।")
P_SURVEY = ("করপোরেশনের এক জরিপে অংশ নেওয়া ১,২০০ জন বাসিন্দার ৫৪ শতাংশ নিষেধাজ্ঞার পক্ষে মত দিয়েছেন, আর ৩৮ শতাংশ "
            "বিপক্ষে।")
P_BUSES = "ফারহানা ইসলাম বলেন, “বাস দিয়ে রিকশার জায়গা রাতারাতি পূরণ করা সম্ভব নয়।”"
P_KICK = ("নদীপুর রিকশা শ্রমিক ইউনিয়নের সভাপতি আবদুল করিম এই সিদ্ধান্তকে ‘গরিব মানুষের পেটে লাথি’ বলে অভিহিত "
          "করেছেন।")
P_OBEY = "তিনি বলেন, “আমাদের সঙ্গে কোনো আলোচনা না করেই করপোরেশন এই সিদ্ধান্ত নিয়েছে। আমরা এই নিষেধাজ্ঞা মানব না।”"

HONEST = {
    'same-words': ('নদীপুর সিটি করপোরেশন শহরের ২২টি প্রধান সড়কে ব্যাটারিচালিত রিকশা চলাচল নিষিদ্ধ করার সিদ্ধান্ত '
                   'নিয়েছে।', P_BAN),
    'classifier-ascii-digits': ('করপোরেশন 22টি প্রধান সড়কে ব্যাটারিচালিত রিকশা নিষিদ্ধ করেছে।', P_BAN),
    'date': ('১২ মার্চ ২০২৬ তারিখে বোর্ড সভায় সিদ্ধান্তটি অনুমোদিত হয়।', P_BOARD),
    'weekday': ('বৃহস্পতিবার, ১২ মার্চ ২০২৬ বোর্ড সভায় সিদ্ধান্তটি অনুমোদিত হয়।', P_BOARD),
    'date-ascii-digits': ('নিষেধাজ্ঞা 1 এপ্রিল 2026 থেকে কার্যকর হবে।', P_FROM),
    'thousand-in-digits': ('ইউনিয়নের দাবি, প্রকৃত সংখ্যা প্রায় ৬০,০০০।', P_UNION),
    'lakh-in-digits': ('ইউনিয়নের দাবি, অন্তত ৫,০০,০০০ মানুষের জীবিকা এই পেশার ওপর নির্ভর করে।', P_UNION),
    'lakh-kept': ('ইউনিয়নের দাবি, অন্তত ৫ লাখ মানুষের জীবিকা এই পেশার ওপর নির্ভর করে।', P_UNION),
    'crore-and-a-half': ('পুনর্বাসন কর্মসূচির মোট বাজেট সাড়ে ১২ কোটি টাকা।', P_BUDGET),
    'crore-decimal': ('পুনর্বাসন কর্মসূচির মোট বাজেট ১২.৫ কোটি টাকা।', P_BUDGET),
    'crore-and-lakh': ('কর্মসূচির মোট বাজেট ১২ কোটি ৫০ লাখ টাকা।', P_BUDGET),
    'taka-sign-as-word': ('প্রথম পর্যায়ে ৫ হাজার চালক জনপ্রতি ২৫,০০০ টাকা করে সহায়তা পাবেন।', P_AID),
    'crore-ascii': ('চার্জিং স্টেশন বসাতে ২ কোটি টাকা বরাদ্দ করা হয়েছে।', P_CHARGING),
    'per-cent-sign': ('মাহমুদুল হাসান বলেন, শহরের মোট সড়কের প্রায় ১৮% নিষেধাজ্ঞার আওতায় পড়বে।', P_SHARE),
    'fine-attributed': ('করপোরেশন জানিয়েছে, নিষেধাজ্ঞা ভাঙলে প্রথমবার ২,০০০ টাকা জরিমানা করা হবে।', P_FINES),
    'no-comment': ('স্থানীয় সরকার মন্ত্রণালয় এখনো কোনো মন্তব্য করেনি।', P_MINISTRY),
    'not-decided': ('ইউনিয়ন এখনো বৈঠকে যাওয়ার সিদ্ধান্ত নেয়নি।', P_UNDECIDED),
    'not-withdrawn': ('মেয়র বলেন, সিদ্ধান্ত প্রত্যাহার করা হবে না।', P_MAYOR),
    'mayor-by-name': ('সাবরিনা হক বলেন, ইউনিয়নের সঙ্গে আলোচনার দরজা খোলা আছে।', P_MAYOR),
    'not-enough': ('ইউনিয়নের নেতারা বলছেন, সহায়তা যথেষ্ট নয়।', P_ENOUGH),
    'no-fine-first-week': ('তানভীর আহমেদ বলেন, প্রথম সপ্তাহে কাউকে জরিমানা করা হবে না।', P_WEEK),
    'no-case-yet': ('ইউনিয়ন এখনো কোনো মামলা করেনি।', P_CASE),
    'condition-kept': ('ইউনিয়ন জানিয়েছে, সিদ্ধান্ত প্রত্যাহার না হলে ২০ মার্চ থেকে লাগাতার ধর্মঘট হবে।', P_STRIKE),
    'condition-yadi': ('যদি সিদ্ধান্ত প্রত্যাহার না হয়, ইউনিয়ন ২০ মার্চ থেকে শহরজুড়ে লাগাতার ধর্মঘট শুরু করবে।', P_STRIKE),
    'may-kept': ('চেম্বার অব কমার্সের হিসাবে, ধর্মঘট হলে দিনে প্রায় ৩ কোটি টাকা ক্ষতি হতে পারে।', P_LOSS),
    'lakh-and-thousand': ('জসিম উদ্দিন রিকশা কিনতে ১,২০,০০০ টাকা ঋণ নিয়েছিলেন।', P_LOAN),
    'survey': ('জরিপে অংশ নেওয়া ১২০০ জন বাসিন্দার ৫৪ শতাংশ নিষেধাজ্ঞার পক্ষে মত দিয়েছেন।', P_SURVEY),
    'accidents-ascii': ('২০২৫ সালে প্রধান সড়কগুলোতে 417টি সড়ক দুর্ঘটনা ঘটেছে।', P_ACCIDENTS),
    'impossible-kept': ('ফারহানা ইসলাম মনে করেন, বাস দিয়ে রিকশার জায়গা রাতারাতি পূরণ করা সম্ভব নয়।', P_BUSES),
    'single-quotes': ('করিম সিদ্ধান্তটিকে ‘গরিব মানুষের পেটে লাথি’ বলেছেন।', P_KICK),
    'double-quotes': ('আবদুল করিম বলেন, “আমরা এই নিষেধাজ্ঞা মানব না।”', P_OBEY),
}

# Misstatements a careless editor makes: (sentence, passage, what the error names).
MISSTATEMENTS = {
    'classifier-count': ('নদীপুর সিটি করপোরেশন শহরের ২৩টি প্রধান সড়কে ব্যাটারিচালিত রিকশা নিষিদ্ধ করেছে।', P_BAN,
                         'figure "২৩টি" is not in'),
    'date-day': ('১৩ মার্চ ২০২৬ তারিখে বোর্ড সভায় সিদ্ধান্তটি অনুমোদিত হয়।', P_BOARD, 'date "১৩ মার্চ ২০২৬" is not in'),
    'date-month': ('নিষেধাজ্ঞা ১ মে ২০২৬ থেকে কার্যকর হবে।', P_FROM, 'date "১ মে ২০২৬" is not in'),
    'weekday': ('বুধবার, ১২ মার্চ ২০২৬ বোর্ড সভায় সিদ্ধান্তটি অনুমোদিত হয়।', P_BOARD, 'day "বুধবার" is not in'),
    'lakh-as-thousand': ('ইউনিয়নের দাবি, অন্তত ৫ হাজার মানুষের জীবিকা এই পেশার ওপর নির্ভর করে।', P_UNION,
                         'figure "৫ হাজার" is not in'),
    'lakh-as-crore': ('ইউনিয়নের দাবি, অন্তত ৫ কোটি মানুষের জীবিকা এই পেশার ওপর নির্ভর করে।', P_UNION,
                      'figure "৫ কোটি" is not in'),
    'at-least-dropped': ('ইউনিয়নের দাবি, ৫ লাখ মানুষের জীবিকা এই পেশার ওপর নির্ভর করে।', P_UNION,
                         'figure "৫ লাখ" leaves out the qualifier of "অন্তত ৫ লাখ"'),
    'about-dropped': ('ইউনিয়নের দাবি, প্রকৃত সংখ্যা ৬০ হাজার।', P_UNION,
                      'figure "৬০ হাজার" leaves out the qualifier of "প্রায় ৬০ হাজার"'),
    'about-dropped-per-cent': ('মাহমুদুল হাসান বলেন, শহরের মোট সড়কের ১৮ শতাংশ নিষেধাজ্ঞার আওতায় পড়বে।', P_SHARE,
                               'figure "১৮ শতাংশ" leaves out the qualifier of "প্রায় ১৮ শতাংশ"'),
    'lakh-of-compound': ('কর্মসূচির মোট বাজেট ১২ কোটি ৫০ হাজার টাকা।', P_BUDGET, 'figure "১২ কোটি ৫০ হাজার" is not in'),
    'half-dropped': ('কর্মসূচির মোট বাজেট ১২ কোটি টাকা।', P_BUDGET, 'figure "১২ কোটি" is not in'),
    'taka-as-dollars': ('প্রথম পর্যায়ে ৫,০০০ চালককে জনপ্রতি ২৫,০০০ ডলার করে সহায়তা দেওয়া হবে।', P_AID,
                        'figure "২৫,০০০" is given in dollars'),
    'crore-changed': ('চার্জিং স্টেশন বসাতে ৩ কোটি টাকা বরাদ্দ করা হয়েছে।', P_CHARGING, 'figure "৩ কোটি" is not in'),
    'per-cent-changed': ('জরিপে অংশ নেওয়া বাসিন্দাদের ৬৪ শতাংশ নিষেধাজ্ঞার পক্ষে মত দিয়েছেন।', P_SURVEY,
                         'figure "৬৪ শতাংশ" is not in'),
    'lakh-thousand-changed': ('জসিম উদ্দিন রিকশা কিনতে ১ লাখ ৩০ হাজার টাকা ঋণ নিয়েছিলেন।', P_LOAN,
                              'figure "১ লাখ ৩০ হাজার" is not in'),
    'ni-dropped': ('স্থানীয় সরকার মন্ত্রণালয় এ বিষয়ে মন্তব্য করেছে।', P_MINISTRY,
                   "this sentence drops the negation of 'মন্তব্য'"),
    'ni-dropped-decision': ('ইউনিয়ন বৈঠকে যাওয়ার বিষয়ে সিদ্ধান্ত নিয়েছে।', P_UNDECIDED, 'drops the negation of'),
    'na-dropped': ('মেয়র বলেন, সিদ্ধান্ত প্রত্যাহার করা হবে।', P_MAYOR, "drops the negation of 'প্রত্যাহার'"),
    'na-dropped-fine': ('তানভীর আহমেদ বলেন, প্রথম সপ্তাহেই জরিমানা করা হবে।', P_WEEK, "drops the negation of 'জরিমানা'"),
    'ni-dropped-case': ('ইউনিয়ন হাইকোর্টে মামলা করেছে।', P_CASE, "drops the negation of 'মামলা'"),
    'noy-dropped': ('ইউনিয়নের নেতারা বলছেন, এই সহায়তা যথেষ্ট।', P_ENOUGH, "drops the negation of 'যথেষ্ট'"),
    'noy-dropped-quote-told': ('ফারহানা ইসলাম মনে করেন, বাস দিয়ে রিকশার জায়গা রাতারাতি পূরণ করা সম্ভব।', P_BUSES,
                               "drops the negation of 'সম্ভব'"),
    'party-swapped': ('করপোরেশনের দাবি, প্রকৃত সংখ্যা প্রায় ৬০ হাজার।', P_UNION,
                      'this sentence gives the words to করপোরেশনের, but its cited passages give them to'),
    'party-swapped-count': ('ইউনিয়নের হিসাব অনুযায়ী, শহরে নিবন্ধিত ব্যাটারিচালিত রিকশার সংখ্যা ৩৮,৫০০।', P_REGISTERED,
                            'this sentence gives the words to ইউনিয়নের, but its cited passages give them to '
                            'করপোরেশনের'),
    'speaker-swapped': ('মাহমুদুল হাসান বলেন, ইউনিয়নের সঙ্গে আলোচনার দরজা খোলা আছে।', P_MAYOR,
                        'this sentence gives the words to মাহমুদুল হাসান, but its cited passages give them to মেয়র '
                        'সাবরিনা হক'),
    'claim-as-fact': ('এই পেশার ওপর অন্তত ৫ লাখ মানুষের জীবিকা নির্ভর করে।', P_UNION,
                      'this sentence states as fact what its cited passages give only as the word of'),
    'may-as-will': ('ধর্মঘট হলে শহরের ব্যবসা-বাণিজ্যে দিনে প্রায় ৳৩ কোটি ক্ষতি হবে।', P_LOSS,
                    "the source gives this only as expected ('পারে'), but it is worded as certain ('হবে')"),
    'condition-dropped': ('ইউনিয়ন ২০ মার্চ থেকে শহরজুড়ে লাগাতার ধর্মঘট শুরু করবে।', P_STRIKE,
                          "the source gives this only on a condition ('সিদ্ধান্ত প্রত্যাহার না হলে')"),
    'quote-changed': ('করিম সিদ্ধান্তটিকে ‘ধনী মানুষের পেটে লাথি’ বলেছেন।', P_KICK,
                      'quoted words "ধনী মানুষের পেটে লাথি" are not in'),
}


@pytest.fixture(autouse=True)
def bengali_locale():
    """Read Bengali text as the fixture's project locale has the build read it (after conftest's reset to none),
    then as English has it."""
    read_as_project_locale(FIXTURE, "bn")
    yield
    numbers.read_as_locales({})


def test_the_briefing_builds_in_bengali(tmp_path: Path):
    """The Bengali briefing builds, its pages lang="bn" with Bengali digits, its labels ending in "।", its notes
    quoting their passages, which the source's page marks."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = (desk / "site" / "rickshaw-ban" / "index.html").read_text(encoding="utf-8")
    source = (desk / "site" / "sources" / "report.html").read_text(encoding="utf-8")
    home = (desk / "site" / "index.html").read_text(encoding="utf-8")
    for html in (page, source, home):
        assert '<html lang="bn"' in html
    for words in ("আমরা যা জানি", "প্রথম প্রকাশ", "যা ভুল ছিল:", "টীকা", "৩৮,৫০০", "প্রায় ৬০,০০০",
                  "‘গরিব মানুষের পেটে লাথি’", "বৃহস্পতিবার, ১২ মার্চ ২০২৬", "১২ কোটি ৫০ লাখ টাকা", "[১]"):
        assert words in page, words
    assert '<mark id="passage-' in source and "শহরে নিবন্ধিত ব্যাটারিচালিত রিকশার সংখ্যা" in source


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_bengali_wording_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "bn", PARTIES) == []


@pytest.mark.parametrize("sentence, passage, named", MISSTATEMENTS.values(), ids=MISSTATEMENTS.keys())
def test_a_bengali_misstatement_is_refused(sentence: str, passage: str, named: str):
    found = sentence_findings(sentence, (passage,), "bn", PARTIES)
    assert any(named in message for message in found), found


@pytest.mark.parametrize("text, figures", [
    ("৫ লাখ মানুষের", [500000]), ("২ কোটি টাকা", [20000000]), ("2 কোটি টাকা", [20000000]),
    ("১২ কোটি ৫০ লাখ টাকা", [125000000]), ("১ লাখ ২০ হাজার টাকা", [120000]), ("সাড়ে ১২ কোটি", [125000000]),
    ("সাড়ে ৩ হাজার", [3500]), ("৩ লক্ষ", [300000]), ("২২টি সড়কে", [22]), ("১৬৩টিতে", [163]), ("৪০টির", [40]),
    ("২,৫০,০০০ টাকা", [250000]), ("১৮ শতাংশ", [18]), ("৳২৫,০০০", [25000])])
def test_bengali_figures_are_read(text: str, figures: list[int]):
    """Bengali digits are figures; a scale after them multiplies them, a run of falling scales is their sum, "সাড়ে"
    adds a half of the scale, and a classifier glued to a count leaves it a figure."""
    assert sorted(q.value for q in quantities_in(text, "bn")) == sorted(Decimal(f) for f in figures)


@pytest.mark.parametrize("text", ["তিনি বলেন", "কোম্পানি", "পানি", "থাকবে কি না"])
def test_words_ending_like_a_negation_negate_nothing(text: str):
    """"নি" negates only glued to a verb's "-ে", "-য়" or "-ন" ("করেনি"): "তিনি" (he), "কোম্পানি" and "পানি" (water) are
    words of their own; "কি না" asks whether."""
    from explainer.bengali_negations import polarities
    assert not polarities(text)[1]
