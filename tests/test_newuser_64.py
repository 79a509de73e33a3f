"""An Arabic newsroom's own briefing, written from the README alone: a dispute between a ministry of electricity and
a private generator owners' association over outages and tariffs, with a parliament committee's hearing.

Source (tests/fixtures/newuser_64/seeds/generators_report.txt): a news agency report in Modern Standard Arabic, its
figures in Arabic-Indic digits ("١٢ ألف دينار", "٣٥٪") and ASCII ones ("1,500 ميغاواط", "35%"), its dates written as
Iraqi and Levantine news writes them, both names of the month ("١٤ آذار/مارس ٢٠٢٦"), quotations in «» and "".

What the new editor met, each honest and refused before: a timeline's `when` of "السبت ١٤ آذار/مارس ٢٠٢٦" was read as
two dates (14 March, no year; March 2026), so its `date` was refused as derived with no basis
(explainer/arabic_month_pairs.py); "يقدر الهدر بنحو ٣٠٪", a qualifier with "ب" joined, was refused as leaving out
"نحو"; a quote's context "قالها في مؤتمر صحفي" (he said it at a press conference) as telling the spokesman's word as
fact; "بعد أن كان ١٥ ألفاً" as a figure 15; "أكثر من ٢٥٪" citing "يزيد على ٢٥٪" as saying more than 25%; "لن
يلتزموا ... ما لم تراجع الوزارة" (unless) as dropping "لن"; a table's `bound: up to` for "لم يعد يتجاوز ١٠٪" (no longer
exceeds) as the wrong bound, and "لا يتجاوز ١٠٪" as dropping its negation.

Misstatements that built before: "قد تستدعي" (may summon) told as done (explainer/arabic_may.py); a quotation cut
after its "لن"; a past verb for "لم تسلمها" or "إلا أن الخطة لم تُنفذ" (a "however" read as "only"); "رفعت" (raised)
for "تخفض"; "حوالي" dropped after "ب"; "يبلغ ٢٥٪" for "يزيد على ٢٥٪"; a party's claim told as fact where the
sentence names the party only after a preposition ("إلى الجمعية").

Each sentence is checked in-process against its cited passage, as `check` does; the briefing is built once.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from conftest import REPO, run_build
from explainer.model import Party
from explainer.numbers import Quantity, find_mentions
from support import checked_fixture_project, sentence_findings

FIXTURE = REPO / "tests" / "fixtures" / "newuser_64"

PARTIES = (Party(id="ministry", name="وزارة الكهرباء", short_name="الوزارة", role="طرف"),
           Party(id="association", name="جمعية أصحاب المولدات الأهلية", short_name="الجمعية", role="طرف"),
           Party(id="committee", name="لجنة الطاقة النيابية", short_name="اللجنة", role="جهة رقابية"))
P_TARIFF = "وأعلنت الوزارة يوم السبت ١٤ آذار/مارس ٢٠٢٦ تسعيرة جديدة تخفض سعر الأمبير الواحد من ١٥ ألف دينار إلى ١٢ ألف دينار شهرياً."
P_FUEL = "وأشار الجبوري إلى أن سعر لتر الكاز ارتفع بنسبة ٣٥٪ منذ بداية العام، وأن نحو ٤٠٠٠ مولد في بغداد وحدها قد تتوقف عن العمل إذا طُبقت التسعيرة."
P_COMPLY = "وقالت الجمعية في بيان إن أصحاب المولدات لن يلتزموا بالتسعيرة الجديدة قبل أن تعيد الوزارة النظر في حصص الوقود المدعوم."
P_QUOTA = "وتقول الجمعية إن الوزارة لم تسلمها حصص الوقود المدعوم منذ ثلاثة أشهر، وهو ما تنفيه الوزارة."
P_COUNT = "ويقدر عدد المولدات الأهلية في البلاد بحوالي ٤٥ ألف مولد، تزود نحو ٦ ملايين أسرة بالكهرباء، بحسب إحصاءات وزارة التخطيط."
P_BILL = "وتدفع الأسرة الواحدة في المتوسط 60 ألف دينار شهرياً لأصحاب المولدات، أي ما يعادل 35% من فاتورة الطاقة الشهرية."
P_HEARING = "وعقدت لجنة الطاقة النيابية يوم الاثنين ١٦ آذار/مارس ٢٠٢٦ جلسة استماع حضرها ممثلون عن الطرفين."
P_SUMMONS = "وقال رئيس اللجنة، النائب سلام الموسوي، إن اللجنة \"لن تسمح بأن يدفع المواطن ثمن الخلاف\"، وإنها قد تستدعي وزير الكهرباء للاستجواب إذا لم تُحل الأزمة خلال شهر."
P_DEFICIT = "وكشف تقرير قدمته الوزارة إلى اللجنة أن العجز في الإنتاج يبلغ ٨ آلاف ميغاواط في ذروة الصيف، وأن كلفة استيراد الغاز بلغت ٢٫٤ مليار دولار العام الماضي."
P_SUBSIDY = "وأفادت مصادر في اللجنة بأن الوزارة قد تعرض على الجمعية دعماً إضافياً للوقود بقيمة 250 مليون دينار شهرياً."
P_SUPPLY = "وأكد الساعدي أن ساعات التجهيز في العاصمة ارتفعت إلى ١٨ ساعة يومياً، وأن الوزارة ستضيف 1,500 ميغاواط إلى الشبكة قبل حلول الصيف."
P_PLAN = "وكانت الحكومة قد أعلنت في عام ٢٠٢٣ خطة لإنهاء الاعتماد على المولدات الأهلية خلال خمس سنوات، إلا أن الخطة لم تُنفذ بعد."
P_NOCOMMENT = "ولم يعلق وزير الكهرباء على تهديد الاستجواب، كما لم ترد الوزارة على أسئلة الوكالة بشأن الدعم الإضافي."
P_WASTE = "وقال الخبير الاقتصادي مازن الربيعي إن الحل لا يكمن في خفض التسعيرة وحده، بل في إصلاح الشبكة الوطنية وتقليل الهدر الذي يبلغ نحو ٣٠٪ من الطاقة المنتجة."
P_SWITCH = "وهددت الجمعية بإطفاء المولدات لمدة ساعتين يومياً ابتداءً من ١ نيسان/أبريل ٢٠٢٦ إذا لم تستجب الوزارة لمطالبها."
P_CLOSED = "وقالت وزارة الكهرباء في بيان لاحق إن فرقها الرقابية نفذت 1,200 جولة تفتيشية منذ إعلان التسعيرة، وإنها أغلقت ٤٧ مولداً لم تلتزم أصحابها بالتسعيرة."
P_DEMAND = "ويتوقع خبراء في قطاع الطاقة أن يرتفع الطلب على الكهرباء بنسبة ١٠٪ هذا الصيف، ما قد يزيد ساعات القطع في المحافظات الجنوبية."
P_STUDY = "ورد ممثل الوزارة، مدير عام التوزيع فاضل الحسيني، بأن الوزارة أجرت دراسة على ٣٠٠ مولد في خمس محافظات، وأن الدراسة أظهرت أن متوسط الربح يزيد على ٢٥٪."
P_MARGIN = "وإن هامش الربح \"لم يعد يتجاوز ١٠٪ في أفضل الأحوال\"."
P_WASTE_SHORT = "وقال إن الهدر يبلغ نحو ٣٠٪ من الطاقة المنتجة."
P_PRODUCTION = "مضيفاً أن الوزارة رفعت إنتاج الشبكة الوطنية إلى ٢٥ ألف ميغاواط هذا الشهر."
P_STOPPED = "وكان مشروع محطة الشمال قد توقف في عام ٢٠٢٤ بسبب نقص التمويل."
P_HANDED = "وسلمت الوزارة حصص الوقود إلى الجمعية في شهر شباط/فبراير."
# Honest wordings a careful Arabic editor writes: paraphrases, "وفقاً لـ", "بحسب", the passive, "نحو"/"حوالي" kept.
HONEST = {
 "tariff-paraphrase": ("خفضت وزارة الكهرباء في ١٤ آذار/مارس ٢٠٢٦ سعر الأمبير إلى ١٢ ألف دينار شهرياً بعد أن كان ١٥ ألفاً.", P_TARIFF),
 "tariff-ascii": ("خفضت الوزارة سعر الأمبير من 15 ألف دينار إلى 12 ألف دينار شهرياً.", P_TARIFF),
 "tariff-march-only": ("أعلنت الوزارة التسعيرة الجديدة في ١٤ مارس ٢٠٢٦.", P_TARIFF),
 "tariff-adhar-only": ("أعلنت الوزارة التسعيرة الجديدة يوم ١٤ آذار ٢٠٢٦.", P_TARIFF),
 "tariff-numeric-date": ("أعلنت الوزارة التسعيرة الجديدة في 14/03/2026.", P_TARIFF),
 "tariff-passive": ("خُفض سعر الأمبير الواحد إلى ١٢ ألف دينار شهرياً بموجب تسعيرة أعلنتها الوزارة.", P_TARIFF),
 "fuel-according": ("وفقاً للجبوري، ارتفع سعر لتر الكاز بنسبة ٣٥٪ منذ بداية العام.", P_FUEL),
 "fuel-bihasab": ("بحسب الجبوري، قد يتوقف نحو ٤٠٠٠ مولد في بغداد إذا طُبقت التسعيرة.", P_FUEL),
 "fuel-hawali": ("أشار الجبوري إلى أن حوالي ٤٠٠٠ مولد في بغداد قد تتوقف إذا طُبقت التسعيرة.", P_FUEL),
 "fuel-ascii-pct": ("قال الجبوري إن سعر الكاز ارتفع 35% منذ بداية العام.", P_FUEL),
 "comply-paraphrase": ("أعلنت الجمعية أن أصحاب المولدات لن يلتزموا بالتسعيرة ما لم تراجع الوزارة حصص الوقود المدعوم.", P_COMPLY),
 "quota-claim": ("تقول الجمعية إن حصص الوقود المدعوم لم تصلها منذ ثلاثة أشهر.", P_QUOTA),
 "quota-3-digits": ("تقول الجمعية إن الوزارة لم تسلمها حصص الوقود منذ ٣ أشهر.", P_QUOTA),
 "count-bihawali": ("يقدر عدد المولدات الأهلية بحوالي ٤٥ ألف مولد.", P_COUNT),
 "count-nahw": ("تزود المولدات الأهلية نحو ٦ ملايين أسرة بالكهرباء، بحسب وزارة التخطيط.", P_COUNT),
 "count-45000": ("يبلغ عدد المولدات الأهلية حوالي 45,000 مولد وفقاً لوزارة التخطيط.", P_COUNT),
 "bill-paraphrase": ("تدفع الأسرة في المتوسط ٦٠ ألف دينار شهرياً لأصحاب المولدات، أي ٣٥٪ من فاتورة الطاقة.", P_BILL),
 "hearing": ("عقدت اللجنة جلسة استماع للطرفين يوم الاثنين ١٦ آذار/مارس ٢٠٢٦.", P_HEARING),
 "hearing-weekday-march": ("عقدت لجنة الطاقة النيابية جلسة استماع يوم الاثنين ١٦ مارس ٢٠٢٦.", P_HEARING),
 "summons-may": ("قال الموسوي إن اللجنة قد تستدعي وزير الكهرباء للاستجواب إذا لم تُحل الأزمة خلال شهر.", P_SUMMONS),
 "summons-quote": ("وأكد رئيس اللجنة أن اللجنة \"لن تسمح بأن يدفع المواطن ثمن الخلاف\".", P_SUMMONS),
 "deficit": ("بحسب تقرير الوزارة، يبلغ العجز ٨ آلاف ميغاواط في ذروة الصيف.", P_DEFICIT),
 "deficit-gas": ("كلف استيراد الغاز ٢٫٤ مليار دولار العام الماضي، وفقاً لتقرير قدمته الوزارة.", P_DEFICIT),
 "deficit-8000": ("بلغ العجز في الإنتاج 8,000 ميغاواط في ذروة الصيف بحسب تقرير الوزارة.", P_DEFICIT),
 "subsidy-may": ("أفادت مصادر في اللجنة بأن الوزارة قد تعرض دعماً إضافياً للوقود بقيمة 250 مليون دينار شهرياً.", P_SUBSIDY),
 "subsidy-arabic-digits": ("بحسب مصادر في اللجنة، قد تعرض الوزارة على الجمعية دعماً بقيمة ٢٥٠ مليون دينار شهرياً.", P_SUBSIDY),
 "supply-akkad": ("أكد المتحدث باسم الوزارة أن ساعات التجهيز في العاصمة بلغت ١٨ ساعة يومياً.", P_SUPPLY),
 "supply-will-add": ("وقال الساعدي إن الوزارة ستضيف ١٬٥٠٠ ميغاواط إلى الشبكة قبل الصيف.", P_SUPPLY),
 "plan-not-done": ("أعلنت الحكومة في عام ٢٠٢٣ خطة لإنهاء الاعتماد على المولدات الأهلية خلال خمس سنوات، لكنها لم تُنفذ بعد.", P_PLAN),
 "no-comment": ("لم يعلق وزير الكهرباء على تهديد الاستجواب.", P_NOCOMMENT),
 "waste-binahw": ("ويقدر الخبير الاقتصادي مازن الربيعي الهدر بنحو ٣٠٪ من الطاقة المنتجة.", P_WASTE),
 "switch-threat": ("هددت الجمعية بإطفاء المولدات ساعتين يومياً ابتداءً من ١ نيسان/أبريل ٢٠٢٦ إذا لم تستجب الوزارة.", P_SWITCH),
 "switch-april": ("هددت الجمعية بإطفاء المولدات ساعتين يومياً اعتباراً من ١ أبريل ٢٠٢٦.", P_SWITCH),
 "closed-ministry": ("قالت الوزارة إنها أغلقت ٤٧ مولداً لم يلتزم أصحابها بالتسعيرة.", P_CLOSED),
 "closed-1200": ("وبحسب الوزارة، نفذت فرقها الرقابية ١٬٢٠٠ جولة تفتيشية منذ إعلان التسعيرة.", P_CLOSED),
 "demand-expected": ("يتوقع خبراء أن يرتفع الطلب على الكهرباء بنسبة ١٠٪ هذا الصيف.", P_DEMAND),
 "study-more-than": ("قالت الوزارة إن دراسة أجرتها على ٣٠٠ مولد أظهرت أن متوسط الربح يزيد على ٢٥٪.", P_STUDY),
 "study-akthar": ("بحسب الوزارة، يبلغ متوسط الربح أكثر من ٢٥٪ وفقاً لدراسة شملت ٣٠٠ مولد.", P_STUDY),
 "may-kept": ("قال الموسوي إن اللجنة قد تستدعي الوزير إذا استمرت الأزمة شهراً.", P_SUMMONS),
 "warned-of-stopping": ("حذر الجبوري من توقف نحو ٤٠٠٠ مولد في بغداد إذا طُبقت التسعيرة.", P_FUEL),
 "past-perfect-qad": ("أعلنت الحكومة في عام ٢٠٢٣ خطة لإنهاء الاعتماد على المولدات الأهلية.", P_PLAN),
 "perfect-after-qad": ("توقف مشروع محطة الشمال في عام ٢٠٢٤ بسبب نقص التمويل.", P_STOPPED),
 "quote-kept-whole": ("قال الموسوي إن اللجنة \"لن تسمح بأن يدفع المواطن ثمن الخلاف\".", P_SUMMONS),
 "quote-negation-outside": ("قال الموسوي إن اللجنة لن \"تسمح بأن يدفع المواطن ثمن الخلاف\".", P_SUMMONS),
 "raised-to": ("رفعت الوزارة إنتاج الشبكة الوطنية إلى ٢٥ ألف ميغاواط هذا الشهر.", P_PRODUCTION),
 "no-longer-exceeds": ("قال العبيدي إن هامش الربح لا يتجاوز ١٠٪.", P_MARGIN),
 "plan-not-done-yet": ("لم تُنفذ خطة إنهاء الاعتماد على المولدات الأهلية بعد.", P_PLAN),
 "handed-as-fact": ("سلمت الوزارة حصص الوقود إلى الجمعية في شباط/فبراير.", P_HANDED),
 "waste-bihawali": ("يقدر الهدر بحوالي ٣٠٪ من الطاقة المنتجة.", P_WASTE_SHORT),
}
# Misstatements, each with what its error names.
MISSTATED = {
 "tariff-figure": ("خفضت الوزارة سعر الأمبير إلى ١٠ آلاف دينار شهرياً.", P_TARIFF,
   'figure "١٠ آلاف" is not in'),
 "tariff-date": ("أعلنت الوزارة التسعيرة الجديدة يوم ١٥ آذار/مارس ٢٠٢٦.", P_TARIFF,
   'date "١٥ آذار/مارس ٢٠٢٦" is not in'),
 "tariff-date-month": ("أعلنت الوزارة التسعيرة الجديدة يوم ١٤ نيسان/أبريل ٢٠٢٦.", P_TARIFF,
   'date "١٤ نيسان/أبريل ٢٠٢٦" is not in'),
 "tariff-raised": ("رفعت الوزارة سعر الأمبير من ١٥ ألف دينار إلى ١٢ ألف دينار شهرياً.", P_TARIFF,
   'is given as a rise, but the passages this cites give it as a fall'),
 "tariff-weekday": ("أعلنت الوزارة التسعيرة يوم الأحد ١٤ آذار/مارس ٢٠٢٦.", P_TARIFF,
   'day "الأحد" is not in'),
 "fuel-figure": ("قال الجبوري إن سعر لتر الكاز ارتفع بنسبة ٤٥٪ منذ بداية العام.", P_FUEL,
   'figure "٤٥٪" is not in'),
 "fuel-fell": ("قال الجبوري إن سعر لتر الكاز انخفض بنسبة ٣٥٪ منذ بداية العام.", P_FUEL,
   'figure "٣٥٪" is given as a fall'),
 "fuel-nahw-dropped": ("قال الجبوري إن ٤٠٠٠ مولد في بغداد قد تتوقف إذا طُبقت التسعيرة.", P_FUEL,
   'leaves out the qualifier of "نحو ٤٠٠٠"'),
 "fuel-may-as-done": ("توقف ٤٠٠٠ مولد عن العمل في بغداد.", P_FUEL,
   'leaves out the qualifier of "نحو ٤٠٠٠"'),
 "comply-lan-dropped": ("قالت الجمعية إن أصحاب المولدات سيلتزمون بالتسعيرة الجديدة.", P_COMPLY,
   'drops the negation'),
 "comply-speaker": ("قالت الوزارة إن أصحاب المولدات لن يلتزموا بالتسعيرة الجديدة.", P_COMPLY,
   'gives the words to الوزارة, but its cited passages give them to الجمعية'),
 "quota-lam-dropped": ("تقول الجمعية إن الوزارة سلمتها حصص الوقود المدعوم.", P_QUOTA,
   'drops the negation'),
 "quota-fact": ("لم تسلم الوزارة حصص الوقود المدعوم إلى الجمعية منذ ثلاثة أشهر.", P_QUOTA,
   'states as fact what its cited passages give only as the word of الجمعية'),
 "quota-months": ("تقول الجمعية إن الوزارة لم تسلمها حصص الوقود المدعوم منذ خمسة أشهر.", P_QUOTA,
   'figure "خمسة" is not in'),
 "count-hawali-dropped": ("يبلغ عدد المولدات الأهلية في البلاد ٤٥ ألف مولد.", P_COUNT,
   'leaves out the qualifier of "حوالي ٤٥ ألف"'),
 "count-million": ("تزود المولدات نحو ٨ ملايين أسرة بالكهرباء.", P_COUNT,
   'figure "٨ ملايين" is not in'),
 "bill-pct": ("تدفع الأسرة ما يعادل 45% من فاتورة الطاقة الشهرية لأصحاب المولدات.", P_BILL,
   'figure "45%" is not in'),
 "hearing-date": ("عقدت لجنة الطاقة النيابية جلسة استماع يوم ١٧ آذار/مارس ٢٠٢٦.", P_HEARING,
   'date "١٧ آذار/مارس ٢٠٢٦" is not in'),
 "summons-done": ("استدعت اللجنة وزير الكهرباء للاستجواب.", P_SUMMONS,
   "tells as done ('استدعت') what its cited passages give only as possible ('قد تستدعي')"),
 "summons-lan-dropped": ("قال الموسوي إن اللجنة \"تسمح بأن يدفع المواطن ثمن الخلاف\".", P_SUMMONS,
   "this quotation leaves out the 'لن' its cited passages give before it"),
 "deficit-figure": ("يبلغ العجز في الإنتاج ٩ آلاف ميغاواط في ذروة الصيف.", P_DEFICIT,
   'figure "٩ آلاف" is not in'),
 "deficit-gas-million": ("بلغت كلفة استيراد الغاز ٢٫٤ مليون دولار العام الماضي.", P_DEFICIT,
   'figure "٢٫٤ مليون" is not in'),
 "subsidy-done": ("عرضت الوزارة على الجمعية دعماً إضافياً للوقود بقيمة 250 مليون دينار شهرياً.", P_SUBSIDY,
   'give only as the word of مصادر في اللجنة'),
 "subsidy-figure": ("قد تعرض الوزارة على الجمعية دعماً إضافياً بقيمة 200 مليون دينار شهرياً.", P_SUBSIDY,
   'figure "200 مليون" is not in'),
 "plan-done": ("نفذت الحكومة خطة لإنهاء الاعتماد على المولدات الأهلية.", P_PLAN,
   "drops the negation of its cited passage ('الخطة لم تُنفذ بعد')"),
 "no-comment-dropped": ("علق وزير الكهرباء على تهديد الاستجواب.", P_NOCOMMENT,
   'drops the negation'),
 "waste-nahw-dropped": ("يبلغ الهدر ٣٠٪ من الطاقة المنتجة بحسب الربيعي.", P_WASTE,
   'leaves out the qualifier of "نحو ٣٠٪"'),
 "switch-date": ("هددت الجمعية بإطفاء المولدات ابتداءً من ١ أيار/مايو ٢٠٢٦.", P_SWITCH,
   'date "١ أيار/مايو ٢٠٢٦" is not in'),
 "closed-speaker": ("قالت الجمعية إن الوزارة أغلقت ٤٧ مولداً.", P_CLOSED,
   'gives the words to الجمعية, but its cited passages give them to وزارة الكهرباء'),
 "study-more-dropped": ("قالت الوزارة إن متوسط الربح يبلغ ٢٥٪.", P_STUDY,
   'leaves out the qualifier of "يزيد على ٢٥٪"'),
 "demand-fall": ("يتوقع خبراء أن ينخفض الطلب على الكهرباء بنسبة ١٠٪ هذا الصيف.", P_DEMAND,
   'figure "١٠٪" is given as a fall'),
 "may-as-done": ("توقف نحو ٤٠٠٠ مولد في بغداد عن العمل.", P_FUEL,
   "tells as done ('توقف') what its cited passages give only as possible ('قد تتوقف')"),
 "margin-negation-dropped": ("قال العبيدي إن هامش الربح يتجاوز ١٠٪.", P_MARGIN,
   'contradicts "لم يعد يتجاوز ١٠٪"'),
 "margin-bound-dropped": ("قال العبيدي إن هامش الربح يبلغ ١٠٪.", P_MARGIN,
   'leaves out the qualifier of "لم يعد يتجاوز ١٠٪"'),
 "waste-bihawali-dropped": ("يقدر الهدر بـ٣٠٪ من الطاقة المنتجة.", P_WASTE_SHORT,
   'leaves out the qualifier of "نحو ٣٠٪"'),
}


def test_the_briefing_builds_in_arabic(tmp_path: Path):
    """The briefing builds whole: background, a timeline dated "١٤ آذار/مارس ٢٠٢٦", tables, claims, quotes, caveats
    and a log with a correction, on a right-to-left page in Arabic."""
    desk = checked_fixture_project(FIXTURE, tmp_path / "desk")
    result = run_build(desk)
    assert result.code == 0, result.err
    page = (desk / "site" / "generators-dispute" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="ar" dir="rtl">' in page
    for words in ("السبت ١٤ آذار/مارس ٢٠٢٦", "بنحو ٣٠٪", "قالها في مؤتمر صحفي", "لن تسمح بأن يدفع المواطن ثمن الخلاف",
                  "قلنا إن ساعات التجهيز في العاصمة ارتفعت إلى ٢٠ ساعة يومياً"):
        assert words in page, words
    assert 'datetime="2026-03-14"' in page


@pytest.mark.parametrize("sentence, passage", HONEST.values(), ids=HONEST.keys())
def test_an_honest_arabic_wording_builds(sentence: str, passage: str):
    assert sentence_findings(sentence, (passage,), "ar", PARTIES) == []


@pytest.mark.parametrize("sentence, passage, named", MISSTATED.values(), ids=MISSTATED.keys())
def test_an_arabic_misstatement_is_refused(sentence: str, passage: str, named: str):
    found = sentence_findings(sentence, (passage,), "ar", PARTIES)
    assert any(named in message for message in found), found


@pytest.mark.parametrize("text, day, month", [
    ("يوم السبت ١٤ آذار/مارس ٢٠٢٦", 14, 3), ("في ١٤ مارس/آذار ٢٠٢٦", 14, 3), ("ابتداءً من ١ نيسان/أبريل ٢٠٢٦", 1, 4),
    ("في 1 كانون الثاني/يناير 2026", 1, 1), ("في ٣٠ أيلول/سبتمبر ٢٠٢٦", 30, 9),
], ids=["adhar-march", "march-adhar", "nisan-april", "two-word-month", "aylul-september"])
def test_a_month_named_twice_is_one_date(text: str, day: int, month: int):
    (date,) = [mention for mention in find_mentions(text, "ar") if mention.kind == "date"]
    assert set(date.quantities) == {Quantity(Decimal(month), "month"), Quantity(Decimal(day)), Quantity(Decimal(2026))}


@pytest.mark.parametrize("text", ["كان ١٥ ألفاً", "كان ١٥ ألفًا", "كان 15 ألفا"], ids=["alif-then-tanween", "tanween-then-alif", "unvowelled"])
def test_a_thousand_in_the_accusative_is_a_scale(text: str):
    (figure,) = find_mentions(text, "ar")
    assert figure.quantities == (Quantity(Decimal(15000)),)
