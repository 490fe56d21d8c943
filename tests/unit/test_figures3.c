/*
 * test_figures3.c - the extraction stage of figures: the counts of people a
 * report claims, and what a number means (src/extract/figures.c), part 3 of
 * 4, on sentences written for these tests.
 *
 * Each test runs the whole pipeline on its text (rasd_extract()), then
 * reads the sentences again with the driver's first pass (extractfx.h) so
 * that a stage's own decision can be asserted as well as the events,
 * figures and participants the document ends with.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extractfx.h"
#include "model/model.h"
#include "testdata.h"

/* Parts of a toll: every member after the subset word, and a total reaching over them. */
static void test_figures_parts(void **state)
{
	struct fx f;
	size_t sub;

	(void)state;
	/* every member after "بينهم" is a part, persons too */
	fx_open(&f, "ar", "قتل 9 أشخاص بينهم ثلاثة أطفال وامرأتان ورجل مسن في قصف على بلدة سرمين.");
	assert_false(fx_claim(f.d, RASD_CAS_KILLED, 9)->subset);
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 3)->subset);
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 2)->subset);
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 1)->subset);
	assert_int_equal(fx_nclaims(f.d), 4);
	fx_close(&f);

	/* the total's casualty word after its parts */
	fx_open(&f, "ar", "وثق الدفاع المدني 11 شخصا على الأقل بينهم خمسة أطفال وأربع نساء قضوا في الغارة.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 11));
	assert_false(fx_claim(f.d, RASD_CAS_KILLED, 11)->subset);
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 5)->subset);
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 4)->subset);
	fx_close(&f);

	/* English: "including" a person */
	fx_open(&f, "en", "The stabbing in Hebron wounded six people, including a pregnant woman.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 6));
	assert_int_equal(fx_count_claims(f.d, RASD_CAS_WOUNDED, 1, &sub), 1);
	assert_int_equal(sub, 1);
	fx_close(&f);

	/* "among the dead" */
	fx_open(&f, "ar", "وأفاد المرصد أن من بين القتلى طفلين في بلدة معرة مصرين.");
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 2)->subset);
	fx_close(&f);

	/* "هم": the total named, then its parts */
	fx_open(&f, "ar", "والقتلى الخمسة هم امرأتان و3 أطفال، بحسب مصدر طبي في مدينة الباب.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 5));
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 2)->subset);
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 3)->subset);
	fx_close(&f);

	/* "of them" after a count: a part of the total before it */
	fx_open(&f, "ar", "قتل 11 شخصا، 4 منهم أطفال، بغارة على بلدة كفرنبل.");
	assert_false(fx_claim(f.d, RASD_CAS_KILLED, 11)->subset);
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 4)->subset);
	fx_close(&f);

	fx_open(&f, "en", "Nine people were wounded in the blast in Azaz, three of them critically.");
	assert_true(fx_claim(f.d, RASD_CAS_WOUNDED, 3)->subset);
	fx_close(&f);

	/* ... or after the part's own noun, with the total's kind: cases of a toll of choking */
	fx_open(&f, "ar", "وقالت الجمعية إن طواقمها تعاملت مع 120 حالة اختناق بالغاز في بلدة بيتا، "
		 "نقلت 14 حالة منها إلى المستشفى.");
	assert_false(fx_claim(f.d, RASD_CAS_WOUNDED, 120)->subset);
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 14));
	assert_true(fx_claim(f.d, RASD_CAS_WOUNDED, 14)->subset);
	fx_close(&f);

	/* people counted after "of them" are a part of this count, which stays the total */
	fx_open(&f, "ar", "قتلت القوات ثلاثة شبان منهم شقيقان في بلدة بيتا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_false(fx_claim(f.d, RASD_CAS_KILLED, 3)->subset);
	fx_close(&f);

	/* cases of an illness are no casualties, nor their part */
	fx_open(&f, "ar", "سجلت وزارة الصحة 40 حالة كوليرا في مدينة بيتا، نقلت 3 حالات منها إلى المستشفى.");
	assert_int_equal(fx_nclaims(f.d), 0);
	fx_close(&f);

	/* a casualty word between the total and the part opens the toll it is taken from */
	fx_open(&f, "ar", "قتل أربعة أشخاص وأصيب عدد آخر، بينهم طفلة، في قصف على بلدة نوى.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_true(fx_claim(f.d, RASD_CAS_WOUNDED, 1)->subset);
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_int_equal(fx_nclaims(f.d), 2);
	fx_close(&f);

	/* a part opened right after a casualty noun, with no count: of the people it names */
	fx_open(&f, "en", "The mayor visited the families of the dead, including a farmer and two boys.");
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 2)->subset);
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 1)->subset);
	fx_close(&f);

	/* an English person joins a list with its determiner: "and a young girl" */
	fx_open(&f, "en", "Among the dead were three fighters and a young girl, the group said.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* "one of them", with a word of its own */
	fx_open(&f, "ar", "اغتالت قوة خاصة 3 شبان أحدهم جريح داخل مستشفى في مدينة جنين.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_true(fx_claim(f.d, RASD_CAS_WOUNDED, 1)->subset);
	fx_close(&f);
}

/*
 * How a figure stands against the report's other tolls: risen to after a
 * word of rising, as it stood before after a word of an earlier toll or
 * before a larger count of its sentence risen to.
 */
static void test_figures_revision(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "The death toll from the shelling of Maarat al-Numan rose to 12, the civil defence said.");
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 12)->revision, RASD_REV_LATER);
	fx_close(&f);

	fx_open(&f, "en", "Initially, the health directorate reported 7 dead and 30 wounded in Binnish.");
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 7)->revision, RASD_REV_EARLIER);
	assert_int_equal(fx_claim(f.d, RASD_CAS_WOUNDED, 30)->revision, RASD_REV_EARLIER);
	fx_close(&f);

	fx_open(&f, "ar", "وكان الدفاع المدني قد أعلن في وقت سابق عن مقتل 5 أشخاص في قصف على بلدة كفرنبل.");
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 5)->revision, RASD_REV_EARLIER);
	fx_close(&f);

	/* "4 killed, a toll that rose later to 6": the first as it stood, the second risen to */
	fx_open(&f, "ar", "قتل 4 مدنيين في قصف على بلدة سرمين ثم ارتفع عدد القتلى إلى 6 صباح اليوم.");
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 4)->revision, RASD_REV_EARLIER);
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 6)->revision, RASD_REV_LATER);
	fx_close(&f);

	/* a plain toll is neither */
	fx_open(&f, "en", "Eight civilians were killed in an air strike on Ariha, the monitor said.");
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 8)->revision, RASD_REV_NONE);
	fx_close(&f);
}

/*
 * A sentence a word of another happening opens ("In a separate attack",
 * "وفي هجوم منفصل") tells that happening's toll: revision "apart".  The
 * report's own toll before it, and a word of separateness deep in a
 * sentence, leave a figure as it is.
 */
static void test_figures_apart(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "A car bomb killed seven people at a market in Manbij on Friday, a hospital "
		 "said. In a separate attack, a roadside bomb killed four people near the town, "
		 "the monitor said.");
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 7)->revision, RASD_REV_NONE);
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 4)->revision, RASD_REV_APART);
	fx_close(&f);

	fx_open(&f, "ar", "قتل سبعة أشخاص بانفجار سيارة مفخخة في سوق منبج يوم الجمعة بحسب مستشفى "
		 "المدينة. وفي هجوم منفصل، قتل أربعة أشخاص بانفجار عبوة ناسفة قرب البلدة.");
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 7)->revision, RASD_REV_NONE);
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 4)->revision, RASD_REV_APART);
	fx_close(&f);

	/* "separate" far into the sentence opens no other happening */
	fx_open(&f, "en", "Two bombs went off at the market and at the checkpoint of Manbij in "
		 "separate blasts, killing seven people, a hospital said.");
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 7)->revision, RASD_REV_NONE);
	fx_close(&f);
}

/*
 * How a figure stands against the report's others of its kind
 * (figures_report.c): a hospital's or a team's intake and a place's own
 * share are parts of a larger toll; a first count is the toll as it stood
 * before an updated or later one; alone, each stays the toll.
 */
static void test_figures_report(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Artillery fire on Rastan killed 17 people on Sunday, the monitor said. "
		 "A surgeon said 6 bodies were brought to the field hospital.");
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 6)->subset);
	assert_false(fx_claim(f.d, RASD_CAS_KILLED, 17)->subset);
	fx_close(&f);

	fx_open(&f, "ar", "قتل 17 شخصا في قصف مدفعي على مدينة الرستن يوم الأحد بحسب المرصد. "
		 "وقال الدفاع المدني إن فرقه انتشلت 6 جثث من تحت الأنقاض.");
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 6)->subset);
	fx_close(&f);

	/* the only count of its kind stays the toll */
	fx_open(&f, "en", "Artillery fire hit Rastan on Sunday. A surgeon said 6 bodies were brought to the field hospital.");
	assert_false(fx_claim(f.d, RASD_CAS_KILLED, 6)->subset);
	fx_close(&f);

	fx_open(&f, "en", "Air raids on villages around Rastan killed 17 people on Sunday, the monitor said. "
		 "In Ghantu alone, 7 were killed, residents said.");
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 7)->subset);
	fx_close(&f);

	fx_open(&f, "ar", "قتل 17 شخصا في غارات على قرى حول الرستن يوم الأحد بحسب المرصد. "
		 "وقال سكان إن 7 أشخاص قتلوا في قرية الغنطو وحدها.");
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 7)->subset);
	fx_close(&f);

	/* a count told at a place inside the place of a larger count before it: a part of it */
	fx_open(&f, "en", "Shelling on northern Homs killed 23 people on Sunday, the monitor said. "
		 "In Talbisa, 8 people were killed, rescuers said.");
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 8)->subset);
	assert_false(fx_claim(f.d, RASD_CAS_KILLED, 23)->subset);
	fx_close(&f);

	fx_open(&f, "ar", "قتل 23 شخصا في قصف على ريف حمص الشمالي يوم الأحد بحسب المرصد. "
		 "وقال الدفاع المدني إن 8 أشخاص قتلوا في قصف على بلدة تلبيسة.");
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 8)->subset);
	fx_close(&f);

	/* a place outside it is no part */
	fx_open(&f, "en", "Shelling on southern Idlib killed 23 people on Sunday, the monitor said. "
		 "In Talbisa, 8 people were killed, rescuers said.");
	assert_false(fx_claim(f.d, RASD_CAS_KILLED, 8)->subset);
	fx_close(&f);

	fx_open(&f, "en", "Artillery fire on Rastan killed 8 people on Sunday, according to a preliminary count by medics. "
		 "The monitor later said 15 people had died.");
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 8)->revision, RASD_REV_EARLIER);
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 15)->revision, RASD_REV_LATER);
	fx_close(&f);

	fx_open(&f, "ar", "قتل 8 أشخاص في قصف مدفعي على مدينة الرستن يوم الأحد في حصيلة أولية للمسعفين. "
		 "وقال المرصد في حصيلة جديدة إن 15 شخصا قتلوا.");
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 8)->revision, RASD_REV_EARLIER);
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 15)->revision, RASD_REV_LATER);
	fx_close(&f);

	/* a preliminary toll with nothing after it is the toll */
	fx_open(&f, "en", "Artillery fire on Rastan killed 8 people on Sunday, according to a preliminary count by medics.");
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 8)->revision, RASD_REV_NONE);
	fx_close(&f);
}

/* A toll told before it rose is the toll as it stood, not the one risen to. */
static void test_figures_before_rise(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "وقبل ارتفاع حصيلة القتلى، أعلن الدفاع المدني عن مقتل 3 مدنيين في قصف على بلدة سرمين.");
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 3)->revision, RASD_REV_EARLIER);
	fx_close(&f);

	fx_open(&f, "ar", "وكانت مصادر محلية قد تحدثت قبل أن يرتفع عدد القتلى عن مقتل 4 أشخاص في القصف على أريحا.");
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 4)->revision, RASD_REV_EARLIER);
	fx_close(&f);

	fx_open(&f, "en", "Before the death toll rose, local officials had said 6 people were killed in the shelling of Binnish.");
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 6)->revision, RASD_REV_EARLIER);
	fx_close(&f);

	fx_open(&f, "en", "Prior to the rise in the toll, the monitor reported 2 civilians killed in Ariha.");
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 2)->revision, RASD_REV_EARLIER);
	fx_close(&f);

	/* no "before": the toll risen to, as ever */
	fx_open(&f, "en", "The toll of the air strike on Sarmin rose to 9, the civil defence said.");
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 9)->revision, RASD_REV_LATER);
	fx_close(&f);

	fx_open(&f, "ar", "وارتفع عدد القتلى في القصف على بلدة كفرنبل إلى 7 أشخاص.");
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 7)->revision, RASD_REV_LATER);
	fx_close(&f);

	/* "before" that governs no rising changes nothing */
	fx_open(&f, "en", "Before dawn the toll of the shelling of Ariha rose to 11, the monitor said.");
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 11)->revision, RASD_REV_LATER);
	fx_close(&f);

	fx_open(&f, "ar", "وقبل منتصف الليل ارتفع عدد القتلى في القصف على سرمين إلى 10 أشخاص.");
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 10)->revision, RASD_REV_LATER);
	fx_close(&f);

	fx_open(&f, "en", "Five civilians were killed in an air strike on Ariha before dawn, the monitor said.");
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 5)->revision, RASD_REV_NONE);
	fx_close(&f);
}

/* A casualty word and a noun naming one person, unless a number counts it. */
static void test_figures_count_of_one(void **state)
{
	struct fx f;
	size_t sub;

	(void)state;
	fx_open(&f, "ar", "مقتل شاب برصاص قناص في مدينة درعا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_string_equal(fx_claim(f.d, RASD_CAS_KILLED, 1)->who, "civilians");
	fx_close(&f);

	/* a definite adjective after a definite noun names no person */
	fx_open(&f, "ar", "قالت المحافظة إن القصف الإسرائيلي أسفر عن إصابة 4 أشخاص في بلدة كويا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 4));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	fx_open(&f, "ar", "قتل ثلاثة مدنيين برصاص قناص في مدينة درعا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* a person's noun phrase takes in the actor it belongs to */
	fx_open(&f, "ar", "أعلنت الوزارة أن قياديا في هيئة تحرير الشام قتل بغارة على بلدة سرمدا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* English: a name after the title makes the person one, and its span takes the name in */
	fx_open(&f, "en", "Drones killed senior Nusra commander Abu Omar al-Halabi near Sarmada on Monday.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	fx_open(&f, "en", "The commander of the Nusra Front (HTS) Abu Omar al-Halabi was killed near Sarmada.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* English: "the" before a noun of one names one person */
	fx_open(&f, "en", "The attacker was shot dead by a police officer near the market in Hadera.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* a relative named by a possessive is one person, counted with the one it is kin of */
	fx_open(&f, "en", "A farmer and his son were killed when a mine exploded near Tafas.");
	assert_int_equal(fx_count_claims(f.d, RASD_CAS_KILLED, 2, &sub), 1);
	fx_close(&f);

	/* a noun of one used as an adjective names no one */
	fx_open(&f, "en", "The minister spoke about the civilian casualties of the raid on Atmeh.");
	assert_int_equal(fx_nclaims(f.d), 0);
	fx_close(&f);

	fx_open(&f, "ar", "أصيب الشاب بقصف إسرائيلي على بلدة كويا.");
	assert_int_equal(fx_nclaims(f.d), 1);
	assert_string_equal(fx_claim(f.d, RASD_CAS_WOUNDED, 1)->who, "civilians");
	fx_close(&f);

	/* "a third" after two counted: one more person */
	fx_open(&f, "ar", "قتل عنصران من الشرطة وأصيب ثالث بجروح في هجوم على حاجز قرب بلدة الصنمين.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	fx_close(&f);

	/* an envoy is one person of the officials */
	fx_open(&f, "ar", "أصيب سفير البرازيل بجروح طفيفة في انفجار سيارة مفخخة قرب مدينة أعزاز.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	assert_string_equal(fx_claim(f.d, RASD_CAS_WOUNDED, 1)->who, "officials");
	fx_close(&f);

	fx_open(&f, "en", "The Chilean ambassador was lightly wounded when a car bomb went off near Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	fx_close(&f);

	/* a source's description names the person it ends on, who may be the victim */
	fx_open(&f, "en", "A local journalist was killed when a car bomb went off near Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_string_equal(fx_claim(f.d, RASD_CAS_KILLED, 1)->who, "journalists");
	fx_close(&f);

	fx_open(&f, "en", "Three civilians were killed in the shelling of Azaz, a local journalist said.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	fx_open(&f, "en", "A deputy minister was killed when a car bomb went off near Azaz.");
	assert_string_equal(fx_claim(f.d, RASD_CAS_KILLED, 1)->who, "officials");
	fx_close(&f);

	/* an envoy who speaks is counted by no one */
	fx_open(&f, "en", "A minister said that 7 people were killed in the shelling of Azaz.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	fx_open(&f, "en", "The ambassador said that 7 people were killed in the shelling of Azaz.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 7));
	fx_close(&f);

	/* the noun with the article points back at the person counted before */
	fx_open(&f, "ar", "قتل متعاقد أمريكي بهجوم بطائرة مسيرة على قاعدة قرب مدينة الحسكة. "
		 "وقالت الوزارة إن المتعاقد الذي قتل كان يعمل في ورشة الصيانة.");
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	/* ... but another voice telling anew what befell them gives a claim of its own */
	fx_open(&f, "ar", "قتل جندي بهجوم على حاجز قرب مدينة نوى. "
		 "وأكدت وزارة الدفاع مقتل الجندي في الهجوم على الحاجز.");
	assert_int_equal(fx_nclaims(f.d), 2);
	fx_close(&f);

	/* ... not the same voice, nor a noun of the dead itself ("الشهيد باسل") */
	fx_open(&f, "ar", "استشهد شاب برصاص قناص في بلدة طفس. "
		 "وأفاد أهالي البلدة بأن الشهيد كان يعمل في الزراعة.");
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	/* ... but not at a person of another group */
	fx_open(&f, "ar", "قتل جندي أمريكي بهجوم بطائرة مسيرة على قاعدة قرب مدينة الحسكة. "
		 "وقالت الوزارة إن المتعاقد الذي أصيب نقل إلى العراق.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	fx_close(&f);

	/* "another" after the noun is the same person */
	fx_open(&f, "ar", "قتل عنصر شرطة آخر بهجوم على حاجز قرب مدينة جبلة.");
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	/* a headline drops its articles: its noun of one is one person */
	fx_open_titled(&f, "en", "Rebel commander killed in drone strike near Sarmada",
		    "Rebel commander killed in drone strike near Sarmada\n"
		    "The drone hit a car on the road to the town on Monday.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* ... in the body a bare noun still needs its article or a name */
	fx_open(&f, "en", "Rebel commander units were killed in drone strikes near Sarmada.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* a name or post set off by commas between the person and the verb */
	fx_open(&f, "en", "A rebel commander, Abu Omar al-Halabi, was killed when a car bomb went off near Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	fx_open(&f, "ar", "قال المرصد إن قياديا، 40 عاما، قتل بانفجار سيارة مفخخة قرب مدينة أعزاز.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* ... but not a clause set off so, whose verb comes after "and" */
	fx_open(&f, "ar", "قال المرصد إن مسلحا، تسلل إلى المستشفى، وقتل ثلاثة ممرضين في هجوم على مدينة جنين.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);
}

/*
 * Persons past a complement or an aside, English names, persons of one
 * group counted together, injuries a medical body counts.
 */
static void test_figures_persons(void **state)
{
	struct fx f;

	(void)state;
	/* a person before a participle is its subject, no adjective ("civilian casualties" is one) */
	fx_open(&f, "en", "A boy was killed and a woman wounded when a shell hit a house in Ariha.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	fx_close(&f);

	/* a person after the subject of a casualty verb is its object, no adjective of the phrase */
	fx_open(&f, "ar", "اعتقلت القوات شابا في بلدة نوى يوم الثلاثاء.");
	assert_non_null(fx_claim(f.d, RASD_CAS_ARRESTED, 1));
	fx_close(&f);

	/* a local official; one named by "المدعو" */
	fx_open(&f, "ar", "قتل مسلحون مجهولون مختار قرية المسيفرة بإطلاق نار.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	fx_open(&f, "ar", "أقدم مسلحون على قتل المدعو سامر العلي قرب بلدة نوى.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* the indefinite accusative is the verb's object, also of a speaker's noun */
	fx_open(&f, "ar", "خطف مسلحون مراسلا محليا على طريق المطار صباح الأحد.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KIDNAPPED, 1));
	fx_close(&f);

	fx_open(&f, "ar", "اعتقلت دورية ناشطا من أبناء بلدة الحراك قرب درعا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_ARRESTED, 1));
	fx_close(&f);

	/* ... a count's own noun is none ("15 ناشطا") */
	fx_open(&f, "ar", "اعتقلت دورية 15 ناشطا في بلدة الحراك قرب درعا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_ARRESTED, 15));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	/* a rank before a name */
	fx_open(&f, "ar", "اغتال مجهولون النقيب كنان الشامي قرب منزله في حي الميدان.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* kin told by a pronoun of two: the man, his wife and their son, one family */
	fx_open(&f, "ar", "قتل مسلحون الرجل وزوجته وابنهما داخل منزلهم في قرية الهبيط.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	/* "one of" a group set off after a person is that person again */
	fx_open(&f, "ar", "قتل النقيب كنان الشامي أحد ضباط الفرقة الرابعة في الهجوم على المطار.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	/* ... and shows the words before it a name, as an age does */
	fx_open(&f, "ar", "وأعلن الفصيل مقتل وائل الحوراني، أحد قادته الميدانيين، في اشتباك قرب نوى.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	/* ... so does a noun of one person set off by a comma, not the actor after "من" */
	fx_open(&f, "ar", "وأعلنت الحركة اغتيال وائل الحوراني، القيادي في جناحها العسكري، بغارة على منزله.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	fx_open(&f, "ar", "وأصيب عدد من المتظاهرين من أنصار الحركة في المواجهات قرب نابلس.");
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	fx_close(&f);

	/* a deputy told by a pronoun, as a companion is */
	fx_open(&f, "ar", "وأشارت الوكالة إلى مقتل نائبه أيضا كنان الحلبي في الغارة.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* a title, its name and an age set off after it, then the verb */
	fx_open(&f, "ar", "وقالت المصادر إن الراعي كنان الحلبي، 19 عاما، أصيب برصاص قناص قرب خان شيخون.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	fx_close(&f);

	/* ... a speaker's title is no person counted */
	fx_open(&f, "ar", "وقال رئيس المجلس المحلي في نوى إن 6 مدنيين قتلوا في القصف.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 6));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	/* one civilian named by work or worship */
	fx_open(&f, "en", "A shopkeeper was killed when a shell hit the market in Ariha on Friday.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	fx_open(&f, "ar", "أصيب مؤذن الجامع الكبير برصاص قناص في بلدة طفس.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	fx_close(&f);

	/* ... the plural is no dual, the accusative no person of its own */
	fx_open(&f, "ar", "قتل 4 مهندسين في قصف على محطة الكهرباء قرب حلب.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	fx_close(&f);

	fx_open(&f, "ar", "استشهاد 12 عاملا وموظفا في الغارات على مرفأ الحديدة.");
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	/* an age is one word before the person: "a 17-year-old local boy" */
	fx_open(&f, "en", "A 15-year-old local boy was shot dead by a sniper near Tafas.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	fx_open(&f, "en", "Gunmen killed a 19-year-old Kurdish student near Qamishli on Sunday.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 19));
	fx_close(&f);

	/* ... not a word compound: "the killing of the high-ranking leader" names one told of */
	fx_open(&f, "en", "The killing of the high-ranking leader took place at his house near Atmeh.");
	assert_int_equal(fx_nclaims(f.d), 0);
	fx_close(&f);

	/* a casualty noun with "of" befalls the person a few words on */
	fx_open(&f, "en", "Jets struck depots near Mayadin after the death of a local guard in a rocket attack.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	fx_open(&f, "en", "The killing of an elderly contractor at the base near Tanf angered the town.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* two persons joined by و are two, the second no actor of the first */
	fx_open(&f, "ar", "قتل جندي ومدني في القصف على بلدة الأتارب.");
	assert_int_equal(fx_nclaims(f.d), 2);
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* a casualty word after و opens the next clause: not the person's */
	fx_open(&f, "ar", "مقتل عناصر ومدني وإصابة آخرين بهجوم على حافلة قرب تدمر.");
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	fx_close(&f);

	/* a person joined by و to the people a casualty noun counts is one of its dead */
	fx_open(&f, "ar", "مقتل عناصر من قوات النظام وطفل بقصف على بلدة الأتارب.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	fx_open(&f, "en", "The shelling killed Syrian soldiers and a shepherd near Palmyra.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* an injury a medical body counts, with its severity, is one wounded; two injuries are two */
	fx_open(&f, "ar", "وقالت جمعية الإغاثة إن طواقمها نقلت إصابة خطيرة بالرصاص في الصدر إلى مستشفى مدينة طولكرم.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	fx_close(&f);

	fx_open(&f, "ar", "وصلت إصابتان إلى مستشفى طولكرم جراء اعتداء المستوطنين على البلدة.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 2));
	fx_close(&f);

	/* "another" after a noun of no person is its adjective: "في بيان آخر" names no one */
	fx_open(&f, "ar", "وقال المكتب في بيان آخر إن إصابة 4 مدنيين وصلت إلى مستشفى الأتارب.");
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 4));
	fx_close(&f);

	/* ... but after a casualty word it is a person: "وأصيب آخر" */
	fx_open(&f, "ar", "قتل شاب وأصيب آخر بقصف على بلدة الأتارب.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	fx_close(&f);

	/* English "another" stands for the nearest noun before it: a person ... */
	fx_open(&f, "en", "A guard was shot dead and another was hurt at a checkpoint near Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	fx_close(&f);

	fx_open(&f, "en", "The shelling killed a farmer and wounded another near Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	fx_close(&f);

	/* ... or an attack, which is no one */
	fx_open(&f, "en", "Four soldiers died in an ambush near Azaz and another was repelled.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	fx_open(&f, "en", "A roadside bomb killed 3 people in Azaz and another wounded 8 in Jarablus.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 8));
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	fx_close(&f);

	/* persons of one group in one list with one casualty word count together */
	fx_open(&f, "en", "A boy and a girl were killed when a shell hit their house in Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	fx_open(&f, "ar", "قتل طفل وطفلة بقصف على بلدة الأتارب.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	fx_close(&f);

	/* ... persons of two groups stay apart */
	fx_open(&f, "en", "A soldier and a shepherd were killed when a shell hit the village near Azaz.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_int_equal(fx_nclaims(f.d), 2);
	fx_close(&f);

	/* ... but a kin told by the person before it is of that person's family */
	fx_open(&f, "en", "A father and his son were killed when a drone struck their car near Tyre.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	fx_open(&f, "en", "A shepherd and his brother were shot dead by gunmen outside Kirkuk.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	fx_open(&f, "ar", "قتل طفل ووالدته بقصف على بلدة الأتارب.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	fx_open(&f, "ar", "قتل أب وابنه بغارة على سيارتهما قرب صور.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	/* ... and so is a count of kin told by the person: 1 + 3 */
	fx_open(&f, "en", "A teacher and her three sons were killed when a shell hit their flat in Aleppo.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	fx_open(&f, "en", "A farmer and his two daughters were wounded by a landmine near Tafas.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 3));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	fx_open(&f, "ar", "أصيب مزارع وأطفاله الأربعة بانفجار لغم قرب طفس.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 5));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	fx_open(&f, "ar", "قتلت سيدة وطفلاها بقصف على حي الشيخ مقصود.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	/* ... not a count of a group with no pronoun of kin, nor a count after another casualty word */
	fx_open(&f, "en", "A teacher and three pupils were killed when a shell hit the school in Aleppo.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	fx_close(&f);

	fx_open(&f, "en", "A farmer was killed and his two daughters were wounded by a landmine near Tafas.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 2));
	fx_close(&f);

	fx_open(&f, "ar", "قتل مزارع وأصيب أطفاله الأربعة بانفجار لغم قرب طفس.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 4));
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 5));
	fx_close(&f);

	/* a kin sharing the article of the person before it ("a father and son"), and
	 * the dual of a son or daughter with its pronoun ("وابناه"), are of one family */
	fx_open(&f, "en", "A mother and daughter were wounded when a mortar round fell on their street in Jasim.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 2));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	fx_open(&f, "ar", "قتل رجل وابناه بغارة جوية استهدفت منزلهم في بلدة كفرنبل.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	fx_open(&f, "ar", "أصيبت امرأة وابنتاها بشظايا قذيفة سقطت في حي الكلاسة.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 3));
	fx_close(&f);

	/* ... a kin told apart by its own casualty word stays its own */
	fx_open(&f, "en", "A mother was killed and her son was wounded when a mortar round fell on their street in Jasim.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	fx_close(&f);

	fx_open(&f, "ar", "قتل رجل وأصيب ابناه بغارة جوية استهدفت منزلهم في بلدة كفرنبل.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 2));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	fx_close(&f);

	/* a noun of two kin is a count of two; "a couple of" is a few */
	fx_open(&f, "en", "An elderly couple was killed when a shell hit their house in Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	fx_close(&f);

	fx_open(&f, "ar", "أصيب توأمان بشظايا قذيفة سقطت على منزلهما في أعزاز.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 2));
	fx_close(&f);

	fx_open(&f, "en", "A couple of shells hit the market in Azaz and one man was wounded.");
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 2));
	fx_close(&f);

	/* ... a kin after another casualty word is that clause's own */
	fx_open(&f, "en", "Two men were killed and their father was wounded in a drone strike near Tyre.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	fx_close(&f);

	/* a count after "and" with a verb of its own is no member of the list before */
	fx_open(&f, "en", "A rocket hit a school in Azaz, killing two teachers, and 20 pupils were evacuated.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 20));
	fx_close(&f);

	fx_open(&f, "en", "The strike killed three people and 40 residents have fled the village near Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 40));
	fx_close(&f);

	/* ... but its verb a casualty word, or words of who the dead are, it counts */
	fx_open(&f, "en", "A rocket hit a school in Azaz, killing two teachers, and 20 pupils were wounded.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 20));
	fx_close(&f);

	fx_open(&f, "en", "The shelling killed nine people, and four were children from the same street in Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	fx_close(&f);

	fx_open(&f, "en", "Shelling killed two soldiers and three civilians in Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	fx_close(&f);

	/* ... and a kin of no one in the list stays apart */
	fx_open(&f, "en", "A soldier and a shepherd's brother were killed when a shell hit the village near Azaz.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	fx_close(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_figures_revision),
		cmocka_unit_test(test_figures_apart),
		cmocka_unit_test(test_figures_report),
		cmocka_unit_test(test_figures_before_rise),
		cmocka_unit_test(test_figures_count_of_one),
		cmocka_unit_test(test_figures_persons),
		cmocka_unit_test(test_figures_parts),
	};

	return cmocka_run_group_tests(tests, fx_setup, NULL);
}
