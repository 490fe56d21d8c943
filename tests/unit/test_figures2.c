/*
 * test_figures2.c - the extraction stage of figures: the counts of people a
 * report claims, and what a number means (src/extract/figures.c), part 2 of
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

/* Numbers that count things, and the toll of the whole war, are no figures. */
static void test_figures_not_figures(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Rebels planted two explosive devices on the road to Azaz, and a soldier was killed.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	/* the soldier is a count of one */
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_string_equal(fx_claim(f.d, RASD_CAS_KILLED, 1)->who, "soldiers");
	fx_close(&f);

	/* Arabic "one" after a thing counts the thing, after a person the person */
	fx_open(&f, "ar", "اقتحم المسلح الحاجز بشاحنة ودمر آلية واحدة وقتل جنديين قرب منبج.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	fx_close(&f);

	fx_open(&f, "ar", "خطف المسلحون ثلاث حافلات في آن واحد على طريق المطار.");
	assert_null(fx_claim(f.d, RASD_CAS_KIDNAPPED, 1));
	fx_close(&f);

	fx_open(&f, "ar", "قتل مدني واحد وأصيب واحد من عناصر الدفاع المدني في قصف على أريحا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	fx_close(&f);

	fx_open(&f, "ar", "وانتهت المواجهات بمقتل الشاب كنان الحلبي وأحد أعضاء الشرطة في ساحة البلدة.");
	assert_int_equal(fx_nclaims(f.d), 2);
	fx_close(&f);

	/* "one of the ..." picks from things, unless people are named */
	fx_open(&f, "en", "The bombing, which killed five people in Azaz, was one of the worst in months.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 5));
	fx_close(&f);

	fx_open(&f, "en", "Medics said one of the volunteers was killed in the strike on Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	fx_open(&f, "en", "About 500,000 people have been killed during the civil war. "
		 "On Monday, shelling killed 4 civilians in Idlib.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 500000));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	/*
	 * a running total since the start of a period, or of this year, is the
	 * period's even when its clause names the strikes that made it
	 */
	fx_open(&f, "en", "Shelling killed 6 civilians in Ariha on Monday. "
		 "Government shelling has killed 73 people in the district since the beginning of the month, the monitor said.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 73));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 6));
	fx_close(&f);

	fx_open(&f, "ar", "قتل 6 مدنيين بقصف على مدينة أريحا يوم الاثنين. "
		 "وقال المرصد إن القصف قتل 73 شخصا في المنطقة منذ بداية الشهر.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 73));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 6));
	fx_close(&f);

	/* "since" a weekday: the days since then, no one event ("منذ يومين", two days ago, is the event's own time) */
	fx_open(&f, "en", "Shelling killed 6 civilians in Ariha on Monday. "
		 "The death toll from the shelling since Thursday has reached 29, the monitor said.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 29));
	fx_close(&f);

	fx_open(&f, "ar", "قتل 6 مدنيين بقصف على مدينة أريحا يوم الاثنين. "
		 "وقال المرصد إن حصيلة القتلى منذ يوم الخميس بلغت 29 شخصا.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 29));
	fx_close(&f);

	fx_open(&f, "en", "Shelling killed 6 civilians in Ariha on Monday. "
		 "The attack brings to 41 the number of civilians killed by shelling in the district this year, the monitor said.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 41));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 6));
	fx_close(&f);

	/* a toll of the year so far, or of the war since it began, counts no single event */
	fx_open(&f, "ar", "قتل 3 مدنيين بقصف على بلدة ألفا أمس. "
		 "وبذلك يرتفع عدد القتلى منذ بداية العام الجاري إلى 90 مدنيا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 90));
	fx_close(&f);

	fx_open(&f, "ar", "استشهد شابان برصاص الاحتلال في بلدة ألفا، "
		 "وارتفع عدد الشهداء منذ بداية العدوان إلى 410 شهداء.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 410));
	fx_close(&f);

	fx_open(&f, "en", "Shelling killed 4 civilians in Alpha on Monday. Since the start of the year, "
		 "230 civilians have been killed in the province, monitors said.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	fx_open(&f, "ar", "قتل 3 مدنيين بقصف على بلدة ألفا أمس، "
		 "وبذلك يرتفع عدد القتلى منذ مطلع الشهر الجاري إلى 45 مدنيا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 45));
	fx_close(&f);

	/* a toll placed in the war or conflict, or in a relative clause of it, is the war's */
	fx_open(&f, "en", "A drone strike killed 6 fighters near Gamma on Sunday. "
		 "Over 12,000 people have died in the conflict, according to monitors.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 6));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	fx_open(&f, "en", "Shelling wounded 7 civilians in Delta. Aid groups have struggled since the start "
		 "of the war, during which some 9,000 residents were killed.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 7));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	fx_open(&f, "ar", "قتل 4 عناصر بهجوم على حاجز في بلدة ألفا. "
		 "وقتل أكثر من 15 ألف شخص في النزاع بحسب منظمات محلية.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	fx_open(&f, "ar", "أصيب 3 مدنيين بقصف على بلدة ألفا. "
		 "وتعاني البلدة منذ اندلاع الحرب، التي قتل فيها نحو 8 آلاف شخص.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 3));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	/* tens of thousands with no event named beside them: the toll of a war */
	fx_open(&f, "en", "Shelling wounded 7 civilians in Delta on Monday. With more than 40,000 "
		 "dead and millions uprooted, the crisis shows no sign of ending.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 7));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	fx_open(&f, "ar", "أصيب 3 مدنيين بقصف على بلدة ألفا، فيما تتواصل حملتها على القطاع "
		 "منذ أشهر وقتل فيها أكثر من 20 ألف شخص.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 3));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	/* ... but a count of an event named in its clause stays */
	fx_open(&f, "en", "The blast at the port wounded 12,000 people in Beta, officials said.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 12000));
	fx_close(&f);

	/* the war named before its relative: "the war, in which", "الحرب التي" */
	fx_open(&f, "en", "Shelling wounded 7 civilians in Delta on Monday. The attack came amid the war, "
		 "in which more than 30,000 people have been killed.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 7));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	fx_open(&f, "ar", "أصيب 3 مدنيين بقصف على بلدة بيتا. ويأتي ذلك في ظل الحرب التي قتل فيها أكثر من 20 ألف شخص.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 3));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	/* an event named in the clause keeps its figure, the war only its setting */
	fx_open(&f, "en", "An air strike killed 9 people in Delta on Monday in the war with the rebels.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 9));
	fx_close(&f);

	fx_open(&f, "ar", "استشهد 6 فلسطينيين في غارة على بلدة بيتا في الحرب على القطاع.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 6));
	fx_close(&f);

	/* a relative after an event's clause keeps its figure */
	fx_open(&f, "en", "Gunmen attacked a checkpoint near Gamma, in which 5 policemen were killed.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 5));
	fx_close(&f);
}

/*
 * An abbreviation written with full stops ("U.S.", "U.N.") is one word and
 * no clause break: the count keeps its group and the person its casualty
 * word across it.  A casualty word after a person, across "and", is the
 * verb of the next clause, not the person's.
 */
static void test_figures_abbreviation(void **state)
{
	struct fx f;
	const struct rasd_claim *cl;

	(void)state;
	fx_open(&f, "en", "Three U.S. soldiers were killed when a drone hit a base near Beta on Monday.");
	cl = fx_claim(f.d, RASD_CAS_KILLED, 3);
	assert_non_null(cl);
	assert_string_equal(cl->who, "soldiers");
	fx_close(&f);

	fx_open(&f, "en", "A rocket attack on a base near Beta killed a U.N. contractor on Monday.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* the group and the actor it belongs to are the count's subject, no distance */
	fx_open(&f, "en", "Local sources said 12 members of the Hayat Tahrir al-Sham group were killed "
		 "in an attack on Beta.");
	cl = fx_claim(f.d, RASD_CAS_KILLED, 12);
	assert_non_null(cl);
	fx_close(&f);

	fx_open(&f, "en", "The drone killed a private contractor and wounded a soldier near Beta.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	assert_int_equal(fx_nclaims(f.d), 2);
	fx_close(&f);
}

/* A question asserts no figure in the outlet's own voice; a source it quotes still speaks. */
static void test_figures_question(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Were 30 people really killed in the raid on Alpha town? "
		 "The Syrian Observatory for Human Rights said 12 people were killed in Alpha.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 30));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 12));
	fx_close(&f);

	/* a title that asks, without a question mark: "what is the truth of ..." */
	fx_open_titled(&f, "ar", "ما حقيقة مقتل 30 شخصا في بلدة جاسم",
		    "ما حقيقة مقتل 30 شخصا في بلدة جاسم\n"
		    "قال المرصد السوري لحقوق الإنسان إن 12 شخصا قتلوا في بلدة جاسم.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 30));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 12));
	fx_close(&f);

	/* "لم" opening a sentence negates ("did not"), it does not ask */
	fx_open(&f, "ar", "لم يسلم أحد من القصف الذي قتل 30 شخصا في بلدة جاسم.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 30));
	fx_close(&f);

	/* "ما زال" (still) opens a statement, not a question */
	fx_open_titled(&f, "ar", "ما زال 30 شخصا في عداد القتلى في بلدة جاسم",
		    "ما زال 30 شخصا في عداد القتلى في بلدة جاسم\nوقع القصف يوم الأحد.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 30));
	fx_close(&f);
}

/*
 * An age told with "من العمر" ("يبلغ من العمر 35 عاما") is no time counted
 * after "من": the person and the counts of its sentence stand; a period
 * after "from/of" still sets a count apart.
 */
static void test_figures_age_of_years(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "استشهد شاب يبلغ من العمر 22 عاما برصاص قناص قرب بلدة طفس.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 22));
	fx_close(&f);

	fx_open(&f, "ar", "قتل 11 شخصا بينهم امرأة تبلغ من العمر 40 عاما في قصف على بلدة كفرنبل.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 11));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 40));
	fx_close(&f);

	/* a period after "from" with no word of age: still a time, no toll */
	fx_open(&f, "en", "Gunmen killed 9 people in the town after 13 years of war.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 9));
	fx_close(&f);
}

/* What a number means: time, a unit's size or number, a zero, a period's or a disaster's toll. */
static void test_figures_number_meaning(void **state)
{
	struct fx f;

	(void)state;
	/* an age, and a duration of years */
	fx_open(&f, "en", "A 23-year-old man was killed by a sniper in Daraa, ending 11 years of calm in the town.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 23));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 11));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	fx_open(&f, "ar", "استشهد الشاب محمد (19 عاما) برصاص قناص في مدينة نوى.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 19));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* an age set off by commas after a name */
	fx_open(&f, "en", "Settlers shot dead two brothers, Adam Levi, 20, and Noam Levi, 24, near the town of Beita.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 20));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 24));
	fx_close(&f);

	/* a dual of time */
	fx_open(&f, "ar", "انسحب الجيش من المخيم بعد عملية استمرت يومين وأسفرت عن مقتل 9 أشخاص.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 9));
	fx_close(&f);

	/* the size of a cell, a unit's number */
	fx_open(&f, "ar", "هاجمت خلية مكونة من 6 عناصر حاجزا في بلدة الصنمين وقتلت عنصرين.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 6));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	fx_close(&f);

	fx_open(&f, "ar", "نفذت قوات الفوج الـ47 حملة اعتقال في بلدة جاسم.");
	assert_null(fx_claim(f.d, RASD_CAS_ARRESTED, 47));
	fx_close(&f);

	/* the article drawn out apart from its number: an ordinal day, no count */
	fx_open(&f, "ar", "تتواصل الحملة لليوم الـ 23 على التوالي وقتل فيها 5 مدنيين في بلدة جاسم.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 23));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 5));
	fx_close(&f);

	/* "no one": a zero, no count */
	fx_open(&f, "en", "Shells hit the market in Azaz on Monday but no one was hurt.");
	assert_int_equal(fx_nclaims(f.d), 0);
	fx_close(&f);

	/* "منذ يومين", two days ago: the event's own time, no period's toll */
	fx_open(&f, "ar", "انتهت العملية التي بدأت منذ يومين في مخيم نور شمس وخلفت 7 شهداء.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 7));
	fx_close(&f);

	/* a toll over a period, since a date */
	fx_open(&f, "en", "Gunmen have killed 74 people in the Daraa countryside since January, monitors say.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 74));
	fx_close(&f);

	/* a year's toll, with no event told in its clause; its parts go with it */
	fx_open(&f, "en", "The network documented the deaths of 1,204 civilians in 2018, including 310 children.");
	assert_int_equal(fx_nclaims(f.d), 0);
	fx_close(&f);

	fx_open(&f, "en", "In 2016, a car bomb in the same square killed 22 people.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 22));
	fx_close(&f);

	/* "since" opening the sentence spans all its clauses */
	fx_open(&f, "ar", "ومنذ مطلع أيار الماضي، شنت الطائرات عشرات الغارات على المنطقة، ما أدى إلى مقتل 64 مدنيا.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 64));
	fx_close(&f);

	fx_open(&f, "ar", "قتل أكثر من 300 عنصر من قوات النظام خلال الأيام العشرة الماضية في ريف حماة.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 300));
	fx_close(&f);

	/* deaths without violence */
	fx_open(&f, "en", "At least 12 people died when a building collapsed in Aleppo on Monday.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 12));
	fx_close(&f);

	/* "lost their lives": killed, not missing */
	fx_open(&f, "ar", "أسفر الهجوم على الحاجز عن فقدان أربعة عناصر من الشرطة لحياتهم في بلدة المسيفرة.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_null(fx_claim(f.d, RASD_CAS_MISSING, 4));
	fx_close(&f);
}

/* A condition said of a count makes it a count of the wounded. */
static void test_figures_condition(void **state)
{
	struct fx f;

	(void)state;
	/* after a toll of the wounded, a count and "critically" */
	fx_open(&f, "en", "The shelling of the camp near Marib killed 3 people and wounded 30 others, 9 critically.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 30));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 9));
	fx_close(&f);

	/* "another N in critical condition" after a toll of victims */
	fx_open(&f, "en", "Medics counted 120 casualties of the raid on Tulkarm, with another 14 in critical condition.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 14));
	fx_close(&f);

	/* the condition as the count's predicate */
	fx_open(&f, "en", "Doctors said 6 were in critical condition after the car bomb in Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 6));
	fx_close(&f);

	/* "taking it seriously" says no one's condition */
	fx_open(&f, "en", "After the raid on Tulkarm the council took 4 complaints seriously.");
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 4));
	fx_close(&f);

	/* Arabic: hospital cases in a critical condition */
	fx_open(&f, "ar", "وصلت إلى مستشفى المدينة 7 حالات حرجة جراء القصف على بلدة الأتارب.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 7));
	fx_close(&f);
}

static void test_figures_kinds(void **state)
{
	struct fx f;

	(void)state;
	/* a killed and a wounded word side by side count together */
	fx_open(&f, "ar", "أسفر القصف على مدينة إدلب عن مقتل وإصابة 25 شخصا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED_OR_WOUNDED, 25));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 25));
	fx_close(&f);

	/* the count's own noun paired with the other kind's: the two together */
	fx_open(&f, "ar", "سقط 37 قتيلا وجريحا في القصف على سوق مدينة أريحا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED_OR_WOUNDED, 37));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 37));
	fx_close(&f);
	fx_open(&f, "en", "The shelling of the market in Ariha left 37 dead and wounded.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED_OR_WOUNDED, 37));
	fx_close(&f);

	/* ... but not a noun of its own clause, the wounded left uncounted */
	fx_open(&f, "ar", "3 قتلى ومصابون في القصف على سوق مدينة أريحا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED_OR_WOUNDED, 3));
	fx_close(&f);

	/* the verb the count and its people are the subject of governs it, not a word before */
	fx_open(&f, "en", "The militia freed the prisoners after 3 soldiers were killed near Sirte.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_null(fx_claim(f.d, RASD_CAS_ARRESTED, 3));
	fx_close(&f);
	fx_open(&f, "en", "The militia held the hostages after 3 soldiers were wounded near Sirte.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 3));
	fx_close(&f);
	fx_open(&f, "ar", "أفرجت الميليشيا عن الأسرى بعد أن 3 جنود قتلوا قرب سرت.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	fx_close(&f);

	/* a noun of the next count after the counted one is not what this number counts */
	fx_open(&f, "ar", "أسفر القصف على بلدة الأتارب عن مقتل 4 أشخاص وإصابة 17 آخرين.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 17));
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 4));
	fx_close(&f);

	/* a killed and a wounded verb each counting its own number */
	fx_open(&f, "ar", "قالت وزارة الصحة إن 31 على الأقل قتلوا وأصيب 90 في القصف على سوق مدينة الباب.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 31));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 90));
	fx_close(&f);

	/* the other verb has people of its own: before it, or after it ("others") */
	fx_open(&f, "ar", "قالت الشرطة إن 9 أشخاص قتلوا وجرح آخرون في انفجار سيارة في مدينة الباب.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 9));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED_OR_WOUNDED, 9));
	fx_close(&f);

	fx_open(&f, "ar", "أفادت الوزارة أن 5 جنود وطفلا لقوا مصرعهم وأصيب 11 آخرون بقصف على بلدة السفيرة.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 11));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED_OR_WOUNDED, 11));
	fx_close(&f);

	/* the wounded mother is the wounded verb's own subject */
	fx_open(&f, "ar", "لقي 4 أطفال حتفهم وأصيبت والدتهم بانفجار لغم قرب بلدة المسيفرة.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	fx_close(&f);

	/* a dual is its own noun: the bomb a word on counts nothing of it */
	fx_open(&f, "ar", "أصيب 12 شخصا بينهم طفلان بانفجار عبوة في بلدة الصنمين.");
	assert_true(fx_claim(f.d, RASD_CAS_WOUNDED, 2)->subset);
	fx_close(&f);

	/* the idiom split by its subject: "لقي 10 أشخاص مصرعهم" */
	fx_open(&f, "ar", "لقي 6 أشخاص مصرعهم في غارة على بلدة كفرتخاريم.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 6));
	fx_close(&f);

	/* a number rising: "ارتفع عدد القتلى ... إلى 34" */
	fx_open(&f, "ar", "ارتفع عدد قتلى القصف على معسكر الفصائل في إدلب إلى 34 إضافة إلى 52 جريحا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 34));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 52));
	fx_close(&f);

	/* "their number rose to": the toll word with a pronoun */
	fx_open(&f, "ar", "قتل 6 عناصر من الشرطة ثم ارتفع عددهم إلى 8 وأصيب 4 آخرون في الهجوم على الحاجز.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 8));
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 8));
	fx_close(&f);

	/* a toll reaching the count first; the word after it is of the next clause */
	fx_open(&f, "ar", "وقد ارتفعت حصيلة القتلى في بلدة الكرك إلى شخصين كما جرح خمسة آخرون.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 5));
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 2));
	fx_close(&f);

	/* "مقتل 8 وإصابة اثنين": the noun with و is no number's own */
	fx_open(&f, "ar", "أسفر التفجير قرب مدينة كركوك عن مقتل 6 وإصابة اثنين بجروح خطيرة.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 6));
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 6));
	fx_close(&f);

	/* a dual noun names two */
	fx_open(&f, "ar", "قتل شقيقان برصاص مجهولين في مدينة الصنمين.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	fx_close(&f);

	/* the dual of a noun naming one person counts two; "ين" only with a dual agreeing */
	fx_open(&f, "ar", "أصيب رجلان بانفجار لغم قرب بلدة المسيفرة.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 2));
	fx_close(&f);

	fx_open(&f, "ar", "قتل 4 أشخاص بينهم طفلتان بقصف على بلدة سرمين.");
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 2)->subset);
	assert_string_equal(fx_claim(f.d, RASD_CAS_KILLED, 2)->who, "children");
	fx_close(&f);

	fx_open(&f, "ar", "وقال المصدر إن شرطيين آخرين أصيبا بجروح في الانفجار قرب مدينة الرمادي.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 2));
	fx_close(&f);

	/* a dual groups.tsv lists counts two though its singular names no one alone */
	fx_open(&f, "ar", "أصيب مسؤولان محليان بانفجار عبوة قرب مبنى البلدية في مدينة الباب.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 2));
	assert_string_equal(fx_claim(f.d, RASD_CAS_WOUNDED, 2)->who, "officials");
	fx_close(&f);

	/* a person dual read by its ending from the singular groups.tsv lists (عامل) */
	fx_open(&f, "ar", "قتل عاملان بقصف مدفعي على أطراف بلدة سرمين.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_string_equal(fx_claim(f.d, RASD_CAS_KILLED, 2)->who, "civilians");
	fx_close(&f);

	fx_open(&f, "ar", "قتل 7 أشخاص على الأقل بينهم حارسان بهجوم على حاجز قرب مدينة الباب.");
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 2)->subset);
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 7));
	fx_close(&f);

	/* before a pronoun the dual drops its ن: "طفلاه", his two children, counted with him */
	fx_open(&f, "ar", "قتل رجل وطفلاه بقصف على بلدة معرة النعمان.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	fx_open(&f, "ar", "أصيب مدنيين في قصف على أطراف بلدة سرمين.");
	assert_int_equal(fx_nclaims(f.d), 0);
	fx_close(&f);

	/* "فقد" opening a clause is "so, indeed" (ف + قد), no going missing */
	fx_open(&f, "ar", "وبحسب المصادر، فقد سقط 12 عنصرا بين قتيل وجريح في القصف على معسكر قرب سلقين.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED_OR_WOUNDED, 12));
	assert_null(fx_claim(f.d, RASD_CAS_MISSING, 12));
	fx_close(&f);

	/* "ضحيتها": its victims, with the pronoun written on */
	fx_open(&f, "ar", "وقعت مجزرة في بلدة حيان ضحيتها 9 رجال وامرأة.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 9));
	fx_close(&f);

	/* a verb and the tail of its phrase, the object between, tell an arrest (figures_tail.c) */
	fx_open(&f, "en", "Border guards took 11 smugglers into custody near Tal Abyad on Friday.");
	assert_non_null(fx_claim(f.d, RASD_CAS_ARRESTED, 11));
	fx_close(&f);

	fx_open(&f, "en", "Police placed seven students under arrest after a sit-in at the university in Latakia.");
	assert_non_null(fx_claim(f.d, RASD_CAS_ARRESTED, 7));
	fx_close(&f);

	fx_open(&f, "ar", "زجت الأجهزة الأمنية 15 شابا خلف القضبان بعد حملة مداهمات في بلدة نوى.");
	assert_non_null(fx_claim(f.d, RASD_CAS_ARRESTED, 15));
	fx_close(&f);

	fx_open(&f, "ar", "اقتادت دورية أمنية 6 شبان إلى جهة مجهولة بعد مداهمة بلدة نوى.");
	assert_non_null(fx_claim(f.d, RASD_CAS_ARRESTED, 6));
	fx_close(&f);

	/* ... the tail with no verb of its phrase, or past a clause, tells none */
	fx_open(&f, "en", "The 11 smugglers caught near Tal Abyad have spent years behind bars, a judge said.");
	assert_null(fx_claim(f.d, RASD_CAS_ARRESTED, 11));
	fx_close(&f);

	fx_open(&f, "en", "Police took the road to Jableh, where 7 students already under arrest were held.");
	assert_null(fx_claim(f.d, RASD_CAS_ARRESTED, 7));
	fx_close(&f);

	fx_open(&f, "ar", "أمضى 15 معارضا سنوات طويلة خلف القضبان قبل الإفراج عنهم.");
	assert_int_equal(fx_nclaims(f.d), 0);
	fx_close(&f);

	/* the present tense of a headline */
	fx_open(&f, "ar", "قوات الاحتلال تعتقل 9 شبان من بلدة بيت أمر شمال الخليل.");
	assert_non_null(fx_claim(f.d, RASD_CAS_ARRESTED, 9));
	fx_close(&f);

	/* "victims" says neither killed nor wounded */
	fx_open(&f, "en", "The car bomb in Azaz left 12 victims, the hospital said.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED_OR_WOUNDED, 12));
	fx_close(&f);

	fx_open(&f, "ar", "أسفر القصف على سوق بلدة سرمين عن سقوط 7 ضحايا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED_OR_WOUNDED, 7));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 7));
	fx_close(&f);

	/* beside a killed and a wounded word, victims count both together */
	fx_open(&f, "ar", "قتل 4 مدنيين وأصيب 9 آخرون في القصف على سرمين، ليبلغ عدد الضحايا 13 شخصا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED_OR_WOUNDED, 13));
	fx_close(&f);

	/* beside killed words alone, victims are the killed */
	fx_open(&f, "ar", "قتل 3 مدنيين في القصف على سرمين وارتفع عدد الضحايا لاحقا إلى 5.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 5));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED_OR_WOUNDED, 5));
	fx_close(&f);

	fx_open(&f, "en", "Three people were killed in the shelling of Azaz, and the number of victims later rose to five.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 5));
	fx_close(&f);

	/* ... the wounds inside "died of their wounds" are the killing word's, no wounded word */
	fx_open(&f, "en", "Two more victims died of their wounds overnight in a hospital in Azaz, medics said.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED_OR_WOUNDED, 2));
	fx_close(&f);

	fx_open(&f, "ar", "توفي 4 ضحايا آخرون متأثرين بجراحهم في مستشفى أعزاز ليلة أمس.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED_OR_WOUNDED, 4));
	fx_close(&f);

	/* ... but a wounded word of its own beside them keeps both */
	fx_open(&f, "en", "Two more victims died overnight and others suffered wounds in the shelling of Azaz, medics said.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED_OR_WOUNDED, 2));
	fx_close(&f);

	/* a toll far back, "rose to" right before the number */
	fx_open(&f, "en", "The death toll from the market bombing in Azaz rose to 31.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 31));
	fx_close(&f);

	/* a casualty noun before a colon that opens the count; a toll word alone is not enough */
	fx_open(&f, "ar", "قصف على بلدة كفرنبل. حصيلة القتلى: 9 أشخاص بينهم طفلان.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 9));
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 2)->subset);
	fx_close(&f);

	fx_open(&f, "ar", "قتل 3 أشخاص في قصف على بلدة كفرنبل. عدد المشاهدات: 8");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 8));
	fx_close(&f);

	/* a denied figure stays, denied */
	fx_open(&f, "en", "The Syrian Defence Ministry denied that 40 soldiers were killed in Jasim.");
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 40)->denied);
	fx_close(&f);
}

/*
 * A breakdown: members joined by "و"/"and" share the casualty word of the
 * list; none is a part when no total is given.
 */
static void test_figures_breakdown(void **state)
{
	struct fx f;
	size_t sub;

	(void)state;
	fx_open(&f, "ar", "أعلنت الوزارة أن 6 جنود ومدنيا لقوا حتفهم بانفجار عبوة قرب مدينة تدمر.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 6));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_false(fx_claim(f.d, RASD_CAS_KILLED, 6)->subset);
	assert_false(fx_claim(f.d, RASD_CAS_KILLED, 1)->subset);
	fx_close(&f);

	fx_open(&f, "en", "Eleven women and one man were killed when a car bomb went off in Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 11));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_int_equal(fx_nclaims(f.d), 2);
	fx_close(&f);

	fx_open(&f, "ar", "قتلت الغارة خمسة مقاتلين من هيئة تحرير الشام واثنين من فيلق الشام في إدلب.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 5));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	fx_close(&f);

	/* a comma before the conjunction ends a member's phrase, not the list */
	fx_open(&f, "ar", "قتل في الهجوم 3 ضباط من الجيش، و4 عناصر من قوات الأمن، قرب مدينة درعا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	fx_close(&f);
	fx_open(&f, "en", "The attack near Daraa killed three army officers, and four members of the security forces.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	fx_close(&f);
	/* ... but a clause of its own after the comma keeps its verb */
	fx_open(&f, "en", "The shelling killed 3 soldiers, and 4 civilians were wounded in the town.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 4));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	fx_close(&f);
	fx_open(&f, "ar", "قتل 3 جنود في القصف، و4 مدنيين أصيبوا في البلدة.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 4));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	fx_close(&f);

	/* the conjunction on the noun before "one": "14 امرأة ورجل واحد" */
	fx_open(&f, "ar", "قتلت الغارة على سوق بلدة سراقب 9 نساء ورجلا واحدا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 9));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* a compound written with a hyphen is one word of the noun phrase */
	fx_open(&f, "en", "Four members of Turkish-backed security forces and three gunmen died near Afrin.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	fx_close(&f);

	/* a person and a count: "a commander and six other members" */
	fx_open(&f, "en", "A commander and six other members of the cell were killed near Deir ez-Zor.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 6));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* "and N others" says the casualty word of the clause before again */
	fx_open(&f, "en", "Four soldiers were killed in shelling on Kafr Nabl, and two others near Hass, the monitor said.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_string_equal(fx_claim(f.d, RASD_CAS_KILLED, 2)->who, "others");
	fx_close(&f);

	/* a count added to one told before: others besides those, whatever noun follows */
	fx_open(&f, "en", "A drone strike killed five soldiers near Tafas. Another 14 civilians were "
		 "killed in Nawa, and 9 more died of their wounds in Jasim on Tuesday.");
	assert_string_equal(fx_claim(f.d, RASD_CAS_KILLED, 5)->who, "soldiers");
	assert_string_equal(fx_claim(f.d, RASD_CAS_KILLED, 14)->who, "others");
	assert_string_equal(fx_claim(f.d, RASD_CAS_KILLED, 9)->who, "others");
	fx_close(&f);
	/* a count right before its own word, after a word that has its own subject count */
	fx_open(&f, "en", "Three soldiers killed 11 others injured in a mortar attack on Harasta");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 11));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 11));
	fx_close(&f);
	fx_open(&f, "en", "Seven killed 12 others injured in rocket fire on Jableh");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 7)->who);
	assert_string_equal(fx_claim(f.d, RASD_CAS_WOUNDED, 12)->who, "others");
	fx_close(&f);
	/* a verb ends the count's phrase: the group after it is no count's */
	fx_open(&f, "en", "Two civilians killed 8 injured in militant shelling on Salamiyah");
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 8)->who);
	fx_close(&f);
	fx_open(&f, "en", "Three wounded soldiers died in hospital in Hama.");
	assert_string_equal(fx_claim(f.d, RASD_CAS_KILLED, 3)->who, "soldiers");
	fx_close(&f);
	/* a verb joined on by "و" is no subject's: its count follows it */
	fx_open(&f, "ar", "أوقع القصف 12 قتيلا وأصاب 30 في بلدة الأتارب.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 12));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 30));
	fx_close(&f);
	/* a condition said of a count right after it: a part of the wounded */
	fx_open(&f, "en", "Rockets wounded 31 people in Jableh on Friday. 6 are in critical condition.");
	assert_false(fx_claim(f.d, RASD_CAS_WOUNDED, 31)->subset);
	assert_true(fx_claim(f.d, RASD_CAS_WOUNDED, 6)->subset);
	fx_close(&f);
	fx_open(&f, "en", "Rockets wounded 31 people in Jableh, some in critical condition.");
	assert_false(fx_claim(f.d, RASD_CAS_WOUNDED, 31)->subset);
	fx_close(&f);
	fx_open(&f, "ar", "أصيب 31 شخصا في جبلة، 6 منهم في حالة حرجة، ووصلت 4 حالات حرجة إلى اللاذقية.");
	assert_false(fx_claim(f.d, RASD_CAS_WOUNDED, 31)->subset);
	assert_true(fx_claim(f.d, RASD_CAS_WOUNDED, 4)->subset);
	fx_close(&f);
	/* a number of suicide attackers counts attackers; their death needs its verb */
	fx_open(&f, "en", "Three suicide bombers attacked the checkpoint near Tal Abyad, and 9 guards died.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 9));
	fx_close(&f);
	fx_open(&f, "en", "Three suicide bombers blew themselves up at the checkpoint near Tal Abyad.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	fx_close(&f);
	/* "more than" qualifies a count, adds none */
	fx_open(&f, "en", "More than 30 civilians were killed in an air strike on Ariha.");
	assert_string_equal(fx_claim(f.d, RASD_CAS_KILLED, 30)->who, "civilians");
	fx_close(&f);
	fx_open(&f, "ar", "قتل 4 جنود في قصف على درعا وأصيب 6 آخرون.");
	assert_string_equal(fx_claim(f.d, RASD_CAS_WOUNDED, 6)->who, "others");
	fx_close(&f);

	/* a verb of its own parts two clauses: no list */
	fx_open(&f, "en", "Four children were evacuated and three were killed in the blast in Azaz.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	fx_close(&f);

	/* a casualty word of their own: two figures, no list */
	fx_open(&f, "ar", "خلف القصف على بلدة كفرنبل 7 قتلى و15 جريحا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 7));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 15));
	assert_int_equal(fx_count_claims(f.d, RASD_CAS_KILLED, 15, &sub), 0);
	fx_close(&f);
}

/*
 * A part "of them" takes its total's kind unless it says its own right
 * after it; the total's pair of words ("killed or wounded") is one phrase,
 * and a word opening the next clause with its own count is not the part's.
 */
static void test_figures_part_own_word(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "At least 90 men were killed or wounded in the raid, 40 of them reported "
		 "dead.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 40));
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 40));
	fx_close(&f);
	fx_open(&f, "en", "Seven people were killed and 31 wounded in the shelling, 6 of them women.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 6));
	fx_close(&f);
	fx_open(&f, "ar", "قتل ستة مدنيين بينهم طفلان وأصيب 14 آخرون بقصف على البلدة.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 14));
	fx_close(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_figures_not_figures),
		cmocka_unit_test(test_figures_abbreviation),
		cmocka_unit_test(test_figures_question),
		cmocka_unit_test(test_figures_age_of_years),
		cmocka_unit_test(test_figures_number_meaning),
		cmocka_unit_test(test_figures_kinds),
		cmocka_unit_test(test_figures_condition),
		cmocka_unit_test(test_figures_breakdown),
		cmocka_unit_test(test_figures_part_own_word),
	};

	return cmocka_run_group_tests(tests, fx_setup, NULL);
}
