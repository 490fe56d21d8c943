/*
 * test_framing1.c - the extraction stage of framing: events, their types,
 * and which sentences tell one happening (src/extract/framing.c), part 1 of
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

/* ---- framing.c ------------------------------------------------------- */

static void test_framing_triggers(void **state)
{
	struct fx f;

	(void)state;
	/* a negated cue frames no event */
	fx_open(&f, "en", "No air strikes were reported in Idlib on Monday.");
	assert_int_equal(f.c.si[0].trig, -1);
	assert_int_equal(f.d->nevents, 0);
	fx_close(&f);

	/* nor does a weak cue alone */
	fx_open(&f, "en", "Reinforcements arrived in Idlib on Monday.");
	assert_true(f.c.si[0].trig >= 0);
	assert_int_equal(f.d->nevents, 0);
	fx_close(&f);

	/* the event the report leads with stands with a cue of violence one short of strong */
	fx_open(&f, "en", "Militants seized Tafas on Monday.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
	fx_open(&f, "en", "Shelling hit Jasim on Monday, killing 3 civilians. Militants seized Tafas "
		 "on Monday.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Jasim");
	fx_close(&f);

	/* "regained" alone is no territory taken back */
	fx_open(&f, "ar", "استعادت البلدية يوم الإثنين مبناها القديم في بلدة جاسم.");
	assert_int_equal(f.d->nevents, 0);
	fx_close(&f);

	fx_open(&f, "en", "A car bomb exploded in Azaz on Monday, killing 4 people.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Explosions/Remote violence");
	assert_string_equal(f.d->events[0].sub_type, "Remote explosive/landmine/IED");
	assert_int_equal(f.d->events[0].date.d, 11);
	fx_close(&f);
}

/*
 * Killing by the blade (beheading, throats slit) is an attack on the
 * people killed, an event with or without a number read.
 */
static void test_framing_blade(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Militants slit the throats of a dozen shepherds near the town of "
		 "Muhasan on Wednesday.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Violence against civilians");
	fx_close(&f);
	fx_open(&f, "ar", "أقدم مسلحون على قطع رؤوس 12 رجلا في بلدة موحسن بريف دير الزور.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Violence against civilians");
	fx_close(&f);
}

/*
 * A protester counted in the singular after a number ("400 متظاهر"), and an
 * attack undergone ("تعرضت دورية لهجوم", "came under attack"), are events;
 * "مواجهة" alone, a match or "in the face of", is a weak cue.
 */
static void test_framing_protest_and_undergone(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "تجمع نحو 400 متظاهر أمام مبنى المحافظة في مدينة حمص يوم الأحد.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Protests");
	fx_close(&f);
	fx_open(&f, "ar", "قال الناطق إن الدورية تعرضت لهجوم قرب مدينة الصنمين يوم الاثنين.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
	fx_open(&f, "en", "A police patrol came under attack near Sanamayn on Monday.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
	fx_open(&f, "ar", "يلعب المنتخب مواجهة قوية أمام ضيفه في ملعب مدينة حمص يوم الأحد.");
	assert_int_equal(f.d->nevents, 0);
	fx_close(&f);
}

/* Arabic writes who acts and whom on the verb: "اغتالوا", "خطفوه". */
static void test_framing_verb_persons(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "وقال شهود إن مسلحين اغتالوا مسؤولا محليا في مدينة درعا مساء الأحد.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Violence against civilians");
	fx_close(&f);
	fx_open(&f, "ar", "وقال ذووه إن مسلحين خطفوه من منزله في مدينة نوى أمس.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].sub_type, "Abduction/forced disappearance");
	fx_close(&f);
}

/* Sentences go on with the event before them, or open another. */
static void test_framing_frames(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "An air strike hit the town of Jasim on Monday. It killed 4 civilians and wounded 9.");
	assert_int_equal(f.d->nevents, 1);
	assert_int_equal(f.d->events[0].nclaims, 2);
	fx_close(&f);

	fx_open(&f, "en", "Clashes in Jasim on Monday killed 3 fighters. "
		 "On Tuesday, an air strike on Idlib killed 8 civilians.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Jasim");
	assert_string_equal(f.d->events[0].event_type, "Battles");
	assert_string_equal(f.d->events[1].sub_type, "Air/drone strike");
	assert_int_equal(f.d->events[1].date.d, 12);
	fx_close(&f);

	/*
	 * a city named like its governorate is not all of it: another town
	 * there is another event; the governorate itself holds the town
	 */
	fx_open(&f, "en", "An air strike hit the city of Daraa on Monday, killing 4 civilians. "
		 "Shelling on the town of Tafas killed 2 people.");
	assert_int_equal(f.d->nevents, 2);
	fx_close(&f);
	fx_open(&f, "en", "Shelling hit Idlib province on Monday, killing 4 civilians. "
		 "In the town of Saraqib, 2 children were among the dead.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Saraqib");
	fx_close(&f);

	/* "this explosion" is the event told; the place beside it is not its place */
	fx_open(&f, "ar", "انفجرت سيارة مفخخة في مدينة أعزاز يوم الإثنين وقتل أربعة أشخاص. "
		 "وهذا الانفجار هو الثاني في درعا.");
	assert_true(f.c.si[1].anaphor);
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Azaz");
	fx_close(&f);
}

/*
 * The headline's figure restated by the body from the same speaker counts
 * once; from another speaker, or with another qualifier, it is a claim of
 * its own.
 */
static void test_framing_headline(void **state)
{
	struct fx f;
	size_t sub;

	(void)state;
	fx_open_titled(&f, "en", "Shelling kills 5 in Jasim",
		    "Shelling kills 5 in Jasim\n"
		    "Shelling on the town of Jasim killed 5 civilians on Monday.");
	assert_true(f.c.si[0].headline);
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	/* the outlet's headline and the activists' body: two claims */
	fx_open_titled(&f, "en", "Shelling kills 5 in Jasim",
		    "Shelling kills 5 in Jasim\n"
		    "Shelling on the town of Jasim killed 5 civilians on Monday, activists said.");
	assert_int_equal(fx_count_claims(f.d, RASD_CAS_KILLED, 5, &sub), 2);
	fx_close(&f);

	/* "at least 7" in the headline, "7" in the body: two claims */
	fx_open_titled(&f, "ar", "مقتل 7 أشخاص على الأقل بقصف على بلدة جاسم",
		    "مقتل 7 أشخاص على الأقل بقصف على بلدة جاسم\n"
		    "قتل 7 أشخاص يوم الإثنين بقصف مدفعي على بلدة جاسم في ريف درعا.");
	assert_int_equal(fx_count_claims(f.d, RASD_CAS_KILLED, 7, &sub), 2);
	fx_close(&f);
}

/*
 * A count of one person said again in the same words, or in words within
 * the other's, is one claim; two persons of one group counted by one source
 * (an injury said one way, then another way) are two.
 */
static void test_framing_repeat_person(void **state)
{
	struct fx f;
	size_t sub;

	(void)state;
	fx_open(&f, "ar",
		 "أعلنت وزارة الصحة وصول إصابة خطيرة بالرصاص إلى مستشفى رفيديا في نابلس. "
		 "وأضافت الوزارة أن إصابة طفيفة بحجر وصلت إلى المستشفى نفسه.");
	assert_int_equal(fx_count_claims(f.d, RASD_CAS_WOUNDED, 1, &sub), 2);
	fx_close(&f);

	/* the same soldier said again by one speaker: once per speaker */
	fx_open(&f, "ar",
		 "قتل جندي بقصف على بلدة جاسم. وقال المرصد إن جنديا قتل بقصف على جاسم، "
		 "وأكد المرصد أن الجندي قتل.");
	assert_int_equal(fx_count_claims(f.d, RASD_CAS_KILLED, 1, &sub), 2);
	fx_close(&f);
	fx_open(&f, "en",
		 "A soldier was killed in shelling on Jasim. The Observatory said a soldier was "
		 "killed in the shelling on Jasim; the Observatory said the young soldier died at once.");
	assert_int_equal(fx_count_claims(f.d, RASD_CAS_KILLED, 1, &sub), 2);
	fx_close(&f);

	/* a noun and its "واحد"/"one" are one count */
	fx_open(&f, "ar", "وقتل متعاقد مدني واحد وجرح جندي أمريكي واحد في الهجوم على القاعدة.");
	assert_int_equal(fx_count_claims(f.d, RASD_CAS_WOUNDED, 1, &sub), 1);
	assert_int_equal(fx_count_claims(f.d, RASD_CAS_KILLED, 1, &sub), 1);
	fx_close(&f);
	fx_open(&f, "en", "One civilian contractor was killed and one American soldier was wounded in the attack on the base.");
	assert_int_equal(fx_count_claims(f.d, RASD_CAS_WOUNDED, 1, &sub), 1);
	fx_close(&f);
}

/* The events of `d` that are no past happening recalled. */
static size_t ncurrent(const struct rasd_doc *d)
{
	size_t i, n = 0;

	for (i = 0; i < d->nevents; i++)
		n += !d->events[i].background;
	return n;
}

/* Does event `ev` hold a claim of `kind` and `value`? */
static int holds(const struct rasd_event *ev, enum rasd_casualty_kind kind, int64_t value)
{
	size_t j;

	for (j = 0; j < ev->nclaims; j++)
		if (ev->claims[j].kind == kind && ev->claims[j].value == value)
			return 1;
	return 0;
}

/*
 * A year opening the sentence reaches the toll of the clause after it;
 * told as a tally ("in 2023 alone") it holds over the event words of the
 * clause; a day opening the sentence or an event of that year keeps it.
 */
static void test_framing_year_toll(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "In 2023 alone, 1,500 people were killed in attacks across the country, "
		 "the monitor said.");
	assert_int_equal(f.d->nevents, 0);
	fx_close(&f);
	fx_open(&f, "ar", "خلال عام 2023 وحده، قتل 1500 شخص في هجمات في أنحاء البلاد، بحسب المرصد.");
	assert_int_equal(f.d->nevents, 0);
	fx_close(&f);
	fx_open(&f, "en", "In 2022, 640 people were killed across the country, the monitor said.");
	assert_int_equal(f.d->nevents, 0);
	fx_close(&f);

	/* a day, or an event of the year named in the clause, keeps its toll */
	fx_open(&f, "en", "On Monday, 15 people were killed in an attack on a market in Azaz, "
		 "the monitor said.");
	assert_int_equal(f.d->nevents, 1);
	assert_true(holds(&f.d->events[0], RASD_CAS_KILLED, 15));
	fx_close(&f);
	fx_open(&f, "ar", "يوم الاثنين، قتل 15 شخصا في هجوم على سوق في مدينة اعزاز، بحسب المرصد.");
	assert_int_equal(f.d->nevents, 1);
	assert_true(holds(&f.d->events[0], RASD_CAS_KILLED, 15));
	fx_close(&f);
	fx_open(&f, "en", "In 2019, a car bomb in Azaz killed 30 people.");
	assert_int_equal(f.d->nevents, 1);
	assert_true(holds(&f.d->events[0], RASD_CAS_KILLED, 30));
	fx_close(&f);
}

/*
 * What recalls another time gives the report's current events no figure,
 * date or place; a past violent happening recalled with its own figures
 * is an event of its own, of the role background, after them.
 */
static void test_framing_background(void **state)
{
	struct fx f;

	(void)state;
	/* a sentence dated to another year, or to last week */
	fx_open(&f, "en", "An air strike hit Jasim on Monday, killing 4 civilians. "
		 "In 2019, a car bomb in Azaz killed 30 people. "
		 "Last week, shelling on Saraqib killed 6 people.");
	rasdp_mark_background(&f.c);
	assert_false(f.c.si[0].background);
	assert_true(f.c.si[1].background);
	assert_true(f.c.si[2].background);
	assert_int_equal(f.d->nevents, 3);
	assert_int_equal(ncurrent(f.d), 1);
	assert_false(f.d->events[0].background);
	assert_int_equal(f.d->events[0].nclaims, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Jasim");
	assert_true(f.d->events[1].background);
	assert_true(holds(&f.d->events[1], RASD_CAS_KILLED, 30));
	assert_string_equal(fx_place(f.d->events[1].place)->name_en, "Azaz");
	assert_int_equal(f.d->events[1].date.y, 2019);
	assert_string_equal(f.d->events[1].event_type, "Explosions/Remote violence");
	assert_true(f.d->events[2].background);
	assert_true(holds(&f.d->events[2], RASD_CAS_KILLED, 6));
	assert_string_equal(fx_place(f.d->events[2].place)->name_en, "Saraqib");
	fx_close(&f);

	fx_open(&f, "ar", "قتل ثلاثة مدنيين بقصف على بلدة جاسم يوم الإثنين. "
		 "وفي نيسان الماضي، قتل عشرون شخصا بغارة على مدينة سراقب.");
	rasdp_mark_background(&f.c);
	assert_true(f.c.si[1].background);
	assert_int_equal(ncurrent(f.d), 1);
	assert_false(holds(&f.d->events[0], RASD_CAS_KILLED, 20));
	assert_int_equal(f.d->nevents, 2);
	assert_true(f.d->events[1].background);
	assert_true(holds(&f.d->events[1], RASD_CAS_KILLED, 20));
	assert_string_equal(fx_place(f.d->events[1].place)->name_en, "Saraqib");
	fx_close(&f);

	/* an opening phrase of recall; but not when the sentence dates the day told of */
	fx_open(&f, "en", "An air strike hit Jasim on Monday, killing 4 civilians. "
		 "It is worth recalling that clashes in Saraqib killed 9 fighters. "
		 "It is worth noting that the strike on Jasim came at dawn on Monday.");
	rasdp_mark_background(&f.c);
	assert_true(f.c.si[1].background);
	assert_false(f.c.si[2].background);
	/* (the phrase in the figure's clause sets the figure aside: figures_excluded.c) */
	assert_int_equal(f.d->nevents, 1);
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 9));
	fx_close(&f);

	/* a recall goes on over the next sentence of it, of no other place or day */
	fx_open(&f, "ar", "قتل ثلاثة مدنيين بقصف على بلدة جاسم يوم الإثنين. "
		 "وفي نيسان الماضي، قتل عشرون شخصا بغارة على مدينة سراقب. "
		 "وأصيب في تلك الغارة في نيسان الماضي خمسون آخرون.");
	assert_int_equal(ncurrent(f.d), 1);
	assert_int_equal(f.d->nevents, 2);
	assert_true(holds(&f.d->events[1], RASD_CAS_KILLED, 20));
	assert_true(holds(&f.d->events[1], RASD_CAS_WOUNDED, 50));
	assert_string_equal(fx_place(f.d->events[1].place)->name_en, "Saraqib");
	fx_close(&f);

	/* no past event: no figure of its own, no violence, a teaser of another story */
	fx_open(&f, "en", "An air strike hit Jasim on Monday, killing 4 civilians. "
		 "In 2019, a car bomb hit the market of Azaz.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
	fx_open(&f, "en", "An air strike hit Jasim on Monday, killing 4 civilians. "
		 "In 2019, 30 people died of cholera in Azaz.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
	fx_open(&f, "en", "An air strike hit Jasim on Monday, killing 4 civilians. "
		 "Read more: a car bomb in Azaz killed 30 people in 2019.");
	assert_int_equal(f.d->nevents, 1);
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 30));
	fx_close(&f);

	/* what was only feared or called for did not happen */
	fx_open(&f, "ar", "وحذرت منظمات محلية يوم الإثنين من احتمالية وقوع مجزرة في بلدة جاسم.");
	assert_int_equal(f.d->nevents, 0);
	fx_close(&f);
	fx_open(&f, "en", "On Monday, activists in Jasim called for a general strike and protests.");
	assert_int_equal(f.d->nevents, 0);
	fx_close(&f);
	fx_open(&f, "en", "An air strike hit Jasim on Monday, killing 4 civilians, and rights groups "
		 "warned of a massacre in Nawa.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Explosions/Remote violence");
	fx_close(&f);

	/* a cue dated to another time says nothing of this event: the clashes frame it */
	fx_open(&f, "en", "Clashes broke out in Jasim on Monday during a funeral for the victims of last year's explosion, "
		 "killing 3 fighters.");
	rasdp_mark_background(&f.c);
	assert_false(f.c.si[0].background);
	assert_string_equal(rasdp_lex_trigger(fx_lexicon(), (size_t)f.c.si[0].trig)->event_type, "Battles");
	assert_int_equal(f.d->nevents, 1);
	assert_false(fx_has_reading(&f.d->events[0], "Explosions/Remote violence",
				 "Remote explosive/landmine/IED"));
	fx_close(&f);
}

/* A day beside a reporting verb dates the statement, not the event. */
static void test_framing_statement_date(void **state)
{
	struct fx f;

	(void)state;
	/* no day is fixed: the week up to the statement */
	fx_open(&f, "en", "The ministry said on Sunday that shelling on Jasim killed 5 people.");
	assert_int_equal(f.d->nevents, 1);
	assert_int_equal(f.d->events[0].precision, RASD_PREC_WEEK);
	assert_int_equal(f.d->events[0].date.d, 4);
	assert_int_equal(f.d->events[0].last.d, 10);
	fx_close(&f);

	fx_open(&f, "ar", "أعلنت وزارة الصحة، الأحد، مقتل خمسة أشخاص بقصف على بلدة جاسم.");
	assert_int_equal(f.d->nevents, 1);
	assert_int_not_equal(f.d->events[0].precision, RASD_PREC_DAY);
	fx_close(&f);

	fx_open(&f, "en", "Shelling on Jasim on Sunday killed 5 people, the ministry said.");
	assert_int_equal(f.d->nevents, 1);
	assert_int_equal(f.d->events[0].date.d, 10);
	fx_close(&f);

	/* a date opening a clause of what happened then is the event's */
	fx_open(&f, "ar", "نفى الأهالي وجود المسلحين حتى يوم الأحد، عندما اندلعت اشتباكات في بلدة جاسم "
		 "قتل فيها ثلاثة مقاتلين.");
	assert_int_equal(f.d->nevents, 1);
	assert_int_equal(f.d->events[0].precision, RASD_PREC_DAY);
	assert_int_equal(f.d->events[0].date.d, 10);
	fx_close(&f);
}

/*
 * A report of no current event that names the time of a past one by a
 * year before its noun, a season, a decade or years uncounted (a trial, a
 * statement, a hearing) gives no event; a current report naming such a
 * time in another sentence, or in a clause of its own, keeps its event.
 */

static void test_framing_dated_apart(void **state)
{
	static const char *const none[][2] = {
		{"en", "Five men went on trial in Aleppo on Monday over the 2021 bombing of the "
		       "main market."},
		{"en", "The interior ministry said on Sunday that last year's bombing of the bus "
		       "station was planned abroad. Officials promised to bring those responsible to "
		       "justice."},
		{"ar", "قالت وزارة الداخلية الأحد إن تفجير صيف العام الماضي في محطة الحافلات خطط له في الخارج."},
		{"en", "A court in Homs heard on Monday the case of three officers over the clashes of "
		       "last autumn in the old city. The hearing was adjourned."},
		{"ar", "نظرت محكمة في حمص الاثنين في قضية ثلاثة ضباط متهمين في اشتباكات الخريف الماضي "
		       "في المدينة القديمة. وأرجئت الجلسة."},
		{"en", "A court in Homs heard on Monday the case of officers over a bombing years ago "
		       "in the town."},
		{"ar", "نظرت محكمة في حلب الاثنين في دعوى تتعلق بقصف على البلدة قبل سنوات."},
		{"ar", "فتحت محكمة في حلب الاثنين ملف قصف البلدة منذ سنوات."},
		{"ar", "نظرت محكمة في حمص الاثنين في قضية ضباط متهمين بقصف المدينة في ثمانينيات القرن "
		       "الماضي."},
		{"en", "Residents of Jasim remembered on Sunday a bombing a decade ago in the town."},
		{"en", "Residents of Jasim remembered on Sunday the massacres of the 1980s in the town."},
	};
	struct fx f;

	(void)state;
	fx_expect_no_events(none, sizeof(none) / sizeof(none[0]));

	fx_open(&f, "en", "Shelling on Jasim killed five civilians on Monday, local medics said. "
		 "The town was also hit in last year's bombing campaign.");
	assert_int_equal(ncurrent(f.d), 1);
	assert_int_equal(f.d->events[0].precision, RASD_PREC_DAY);
	assert_int_equal(f.d->events[0].date.d, 11);
	fx_close(&f);

	fx_open(&f, "ar", "قتل خمسة مدنيين بقصف على بلدة جاسم الاثنين. وكانت البلدة قد تعرضت لقصف "
		 "الخريف الماضي.");
	assert_int_equal(ncurrent(f.d), 1);
	assert_int_equal(f.d->events[0].date.d, 11);
	fx_close(&f);

	/* the report's own times: this year, last week */
	fx_open(&f, "en", "Shelling on Jasim killed five civilians on Monday, the third attack on "
		 "the town this year.");
	assert_int_equal(ncurrent(f.d), 1);
	assert_int_equal(f.d->events[0].date.d, 11);
	fx_close(&f);

	fx_open(&f, "en", "Shelling on Jasim killed five civilians last week, local medics said.");
	assert_int_equal(ncurrent(f.d), 1);
	assert_int_equal(f.d->events[0].precision, RASD_PREC_WEEK);
	fx_close(&f);
}

/*
 * A past happening told in a relative clause of a sentence of now ("the
 * car bomb that struck the market three years ago", "الهجوم الذي شهدته
 * المدينة عام 2019") is of then: a trial, an anniversary, a statement or a
 * rebuilding over it gives no event; a current event named beside it keeps
 * its own.
 */
/* `text` gives one current event, on day `day` of the month. */
static void expect_one_on(const char *lang, const char *text, int day)
{
	struct fx f;

	fx_open(&f, lang, text);
	assert_int_equal(ncurrent(f.d), 1);
	assert_int_equal(f.d->events[0].date.d, day);
	fx_close(&f);
}

static void test_framing_relative_dated_apart(void **state)
{
	static const char *const none[][2] = {
		{"en", "A court in Basra on Tuesday jailed two men over a car bomb that struck the "
		       "port gate four years ago."},
		{"en", "Families gathered in Tikrit on Sunday to mourn the victims of the ambush, "
		       "which took place in 2016 and killed 12 soldiers."},
		{"en", "The governor said on Thursday that the bridge, which was destroyed by an air "
		       "strike in 2015, will reopen in the spring."},
		{"ar", "قضت محكمة في البصرة الثلاثاء بسجن رجلين بتهمة التورط في التفجير الذي وقع قبل "
		       "أربع سنوات قرب بوابة الميناء."},
		{"ar", "أحيا أهالي تكريت الأحد ذكرى الكمين الذي شهدته المنطقة عام 2016 وأسفر عن مقتل 12 "
		       "جنديا."},
		{"ar", "افتتح المحافظ الخميس الجسر الذي دمره القصف عام 2015 بعد إعادة بنائه."},
		/* a cue of several, the clause after the last; a clause of a dated cue */
		{"en", "The council on Tuesday condemned the car bomb attack that killed 9 people in "
		       "Jarablus last week."},
		{"en", "Three men accused of the 2018 suicide bombing in Jarablus, which killed 9 "
		       "people, went on trial on Monday."},
		{"ar", "دان المجلس، الثلاثاء، الهجوم بسيارة مفخخة الذي أودى بحياة تسعة أشخاص في جرابلس "
		       "الأسبوع الماضي."},
		{"ar", "مثل ثلاثة متهمين بتنفيذ التفجير الانتحاري في جرابلس عام 2018، والذي أودى بحياة "
		       "تسعة أشخاص، أمام المحكمة الاثنين."},
	};
	struct fx f;

	(void)state;
	fx_expect_no_events(none, sizeof(none) / sizeof(none[0]));

	expect_one_on("en", "A roadside bomb killed three soldiers near Tikrit on Sunday, on the "
		      "road where an ambush that took place in 2016 killed 12.", 10);
	expect_one_on("ar", "قتل ثلاثة جنود بانفجار عبوة ناسفة قرب تكريت الأحد، على الطريق الذي "
		      "شهد كمينا عام 2016.", 10);

	expect_one_on("en", "The car bomb attack that killed 9 people in Jarablus on Sunday was "
		      "condemned by the council.", 10);

	/* the relative clause tells of now: the attack that killed five on Sunday */
	fx_open(&f, "en", "Police in Tikrit named on Monday the bomber of the attack that killed "
		 "five people on Sunday in the town captured in 2014.");
	assert_int_equal(ncurrent(f.d), 1);
	fx_close(&f);

	/* a title line over such a body names the same past happening */
	assert_int_equal(fx_nevents("en", "Court jails man over port bombing\n\n"
				    "A court in Basra on Tuesday jailed a man over a car bomb that "
				    "struck the port gate four years ago. Relatives of the victims "
				    "attended the hearing."), 0);
	assert_int_equal(fx_nevents("ar", "السجن لمتهم في تفجير الميناء\n\n"
				    "قضت محكمة في البصرة الثلاثاء بسجن رجل في التفجير الذي وقع قبل "
				    "أربع سنوات قرب بوابة الميناء."), 0);
	/* not over a body that tells of now */
	fx_open(&f, "en", "Car bomb kills five in Tikrit\n\n"
		    "Five people were killed in Tikrit on Sunday near the market that was hit by an "
		    "ambush that took place in 2016.");
	assert_int_equal(ncurrent(f.d), 1);
	fx_close(&f);

	/* "that" after a reporting verb opens what was said, not a relative clause */
	assert_int_equal(fx_nevents("en", "Police said on Sunday that a car bomb killed five "
				    "people in Tikrit, in the town recaptured in 2016."), 1);
}

/*
 * A statement of now that recalls a past happening with its toll ("said on
 * Tuesday that the shelling of the town in 2018, which killed 40, ...")
 * gives that toll to no event of now, another cue of it notwithstanding;
 * the toll of a happening it does not date stays.
 */
static void test_framing_statement_toll(void **state)
{
	static const char *const none[][2] = {
		{"en", "The envoy said on Tuesday that the shelling of Jasim in 2018, which killed 40 "
		       "civilians, showed the need for a truce."},
		{"ar", "قال المبعوث الثلاثاء إن قصف جاسم عام 2018، الذي أودى بحياة 40 مدنيا، يظهر "
		       "الحاجة إلى هدنة."},
		/* the toll's clause dated past the cue's object */
		{"en", "The council on Monday condemned the attack on a school in Jasim that killed 30 "
		       "people in October."},
		{"ar", "دان المجلس الاثنين الهجوم على مدرسة في جاسم الذي أودى بحياة 30 شخصا في تشرين "
		       "الأول الماضي."},
	};

	(void)state;
	fx_expect_no_events(none, sizeof(none) / sizeof(none[0]));
	/* undated, or dated now: the toll is of an event of the report */
	assert_int_equal(fx_nevents("en", "The envoy said on Tuesday that the shelling of Jasim, "
				    "which killed 40 civilians, broke the truce."), 1);
	assert_int_equal(fx_nevents("ar", "قال المبعوث الثلاثاء إن قصف جاسم، الذي أودى بحياة 40 "
				    "مدنيا، خرق الهدنة."), 1);
	assert_int_equal(fx_nevents("en", "The council on Monday condemned the attack on a school in "
				    "Jasim that killed 30 people on Sunday."), 1);
	/* the happening named again by a definite noun in the next sentence */
	assert_int_equal(fx_nevents("en", "The prosecutor said on Tuesday that a man was charged over a "
				    "market bombing in Jasim in 2019. The attack killed 43 people."), 0);
	assert_int_equal(fx_nevents("ar", "قال المدعي العام الثلاثاء إن رجلا اتهم بالتخطيط لتفجير سوق "
				    "جاسم عام 2019. وأسفر التفجير عن مقتل 43 شخصا."), 0);
	/* not after a sentence of now */
	assert_int_equal(fx_nevents("en", "The prosecutor said on Tuesday that a bomb went off at the "
				    "market in Jasim. The attack killed 43 people."), 1);
}

/* Of two days of a sentence, the one next to its event cue dates the event. */
static void test_framing_cue_date(void **state)
{
	struct fx f;

	(void)state;
	expect_one_on("en", "Calm returned to the town of Tayba on Tuesday, a day after clashes "
		      "erupted on Monday, local officials said.", 11);
	expect_one_on("ar", "ساد الهدوء الحذر بلدة طيبة اليوم الثلاثاء، بعد اشتباكات عنيفة "
		      "شهدتها البلدة أمس الاثنين، استمرت لساعات وأسفرت عن مقتل أربعة.", 11);

	/* neither next to the cue: the first */
	fx_open(&f, "en", "On Tuesday, officials said, clashes in Tayba had killed four, and on "
		 "Monday, the town was quiet.");
	assert_int_equal(f.d->events[0].date.d, 12);
	fx_close(&f);
}

/* A written day opening a line dates the report, not the event. */
static void test_framing_stamp_date(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "date 2024-03-11 Shelling on Jasim killed 5 people.");
	assert_int_equal(f.d->nevents, 1);
	assert_int_not_equal(f.d->events[0].precision, RASD_PREC_DAY);
	fx_close(&f);

	fx_open(&f, "en", "Shelling kills five in Daraa\n\n3rd March 2024 - (Daraa) Shelling on "
		 "Jasim killed 5 people.");
	assert_true(f.d->nevents >= 1);
	assert_int_not_equal(f.d->events[0].precision, RASD_PREC_DAY);
	fx_close(&f);

	/* the sentence's own day, and a weekday after the stamp, date the event */
	fx_open(&f, "en", "On 3 March 2024, shelling on Jasim killed 5 people.");
	assert_int_equal(f.d->nevents, 1);
	assert_int_equal(f.d->events[0].precision, RASD_PREC_DAY);
	assert_int_equal(f.d->events[0].date.d, 3);
	fx_close(&f);

	fx_open(&f, "en", "date 2024-03-12 Shelling on Jasim on Sunday killed 5 people.");
	assert_int_equal(f.d->nevents, 1);
	assert_int_equal(f.d->events[0].precision, RASD_PREC_DAY);
	assert_int_equal(f.d->events[0].date.d, 10);
	fx_close(&f);
}

/* Given names and actors' names are no places (ordinary.tsv, reviewed by hand). */
static void test_framing_names_not_places(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "An air strike killed five Houthi fighters on Monday, Ahmad Khalil said.");
	assert_int_equal(f.d->nevents, 1);
	assert_int_equal(f.d->events[0].place, -1);
	fx_close(&f);

	fx_open(&f, "en", "Shelling killed five fighters of the Hamza Division on Monday, "
		 "Hamid Saad said.");
	assert_int_equal(f.d->nevents, 1);
	assert_int_equal(f.d->events[0].place, -1);
	fx_close(&f);

	/* an everyday adjective spelt like a town ("عالية", high: Aley) */
	fx_open(&f, "ar", "قتل خمسة مدنيين في قصف مدفعي يوم الاثنين وسط حالة تأهب عالية.");
	assert_int_equal(f.d->nevents, 1);
	assert_int_equal(f.d->events[0].place, -1);
	fx_close(&f);

	/* "طائرات حربية" (warplanes): the adjective is spelt like a town (Harbiye) */
	fx_open(&f, "ar", "قتل خمسة مدنيين بغارات شنتها طائرات حربية على مخيم قرب بلدة سرمدا.");
	assert_true(rasdp_cue(f.d, fx_tok(f.d, "حربية", 0), RASD_CUE_ORDINARY));
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Sarmada");
	fx_close(&f);

	/* a nerve agent spelt like a village (Sarin): no second place */
	fx_open(&f, "en", "Shelling with sarin killed twelve people in the town of Kafr Zita "
		 "on Tuesday, doctors said.");
	assert_true(rasdp_cue(f.d, fx_tok(f.d, "sarin", 0), RASD_CUE_ORDINARY));
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
}

/* A sentence opening with earlier that day dates what was told before it to that day. */
static void test_framing_earlier_that_day(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Angry demonstrators stormed the town hall in the city of Manbij and set "
		 "fire to parts of it amid heavy gunfire.\n\nEarlier on Tuesday, hundreds of people "
		 "gathered around the hall, chanting slogans against the council.");
	assert_true(f.d->nevents >= 1);
	assert_int_equal(f.d->events[0].precision, RASD_PREC_DAY);
	assert_int_equal(f.d->events[0].date.d, 12);
	fx_close(&f);

	fx_open(&f, "ar", "اقتحم متظاهرون غاضبون مبنى البلدية في مدينة منبج وأضرموا النار في أجزاء "
		 "منه وسط إطلاق نار كثيف.\n\nوفي وقت سابق من يوم الثلاثاء، تجمع مئات الأشخاص حول "
		 "المبنى مرددين هتافات ضد المجلس.");
	assert_true(f.d->nevents >= 1);
	assert_int_equal(f.d->events[0].precision, RASD_PREC_DAY);
	assert_int_equal(f.d->events[0].date.d, 12);
	fx_close(&f);

	/* earlier that month fixes no day */
	fx_open(&f, "en", "Angry demonstrators stormed the town hall in the city of Manbij and set "
		 "fire to parts of it amid heavy gunfire.\n\nEarlier this month, hundreds of people "
		 "gathered around the hall, chanting slogans against the council.");
	assert_true(f.d->nevents >= 1);
	assert_int_not_equal(f.d->events[0].precision, RASD_PREC_DAY);
	fx_close(&f);
}

/*
 * `text` gives two events, the first dated to day `first` of the month
 * and the second to day `second` (0: not dated to a day).
 */
static void two_days(const char *lang, const char *text, int first, int second)
{
	struct fx f;
	int k, want[2] = { first, second };

	fx_open(&f, lang, text);
	assert_int_equal(f.d->nevents, 2);
	for (k = 0; k < 2; k++) {
		if (!want[k]) {
			assert_int_not_equal(f.d->events[k].precision, RASD_PREC_DAY);
			continue;
		}
		assert_int_equal(f.d->events[k].precision, RASD_PREC_DAY);
		assert_int_equal(f.d->events[k].date.d, want[k]);
	}
	fx_close(&f);
}

/*
 * A happening told with no day of its own takes the day of the one told
 * beside it: an event before a sentence that tells another happening on
 * a day ("Meanwhile clashes resumed today"), which keeps its day too; an
 * event that opens by telling another happening, the day of the sentence
 * before it.
 */
static void test_framing_day_told_beside(void **state)
{
	(void)state;
	two_days("en", "Government warplanes carried out air strikes on the town of Saraqib, "
		 "killing five civilians.\nMeanwhile clashes resumed today in Saraqib between "
		 "rebels and government forces, leaving two fighters dead.", 12, 12);
	two_days("ar", "شن الطيران الحربي غارات جوية على بلدة سراقب، ما أدى إلى مقتل خمسة "
		 "مدنيين.\nوبالتزامن، تجددت الاشتباكات اليوم في سراقب بين الفصائل وقوات "
		 "النظام، ما أسفر عن مقتل عنصرين.", 12, 12);
	two_days("en", "Government warplanes carried out air strikes on the town of Saraqib on "
		 "Monday, killing five civilians.\nMeanwhile, clashes erupted in Maarat al-Numan "
		 "between rebels and government forces, leaving two fighters dead.", 11, 11);
	two_days("ar", "شن الطيران الحربي يوم الاثنين غارات جوية على بلدة سراقب، ما أدى إلى "
		 "مقتل خمسة مدنيين.\nوبالتزامن، اندلعت اشتباكات في مدينة معرة النعمان بين "
		 "الفصائل وقوات النظام، ما أسفر عن مقتل عنصرين.", 11, 11);
	/* no word of another happening: each keeps only its own day */
	two_days("en", "Government warplanes carried out air strikes on the town of Saraqib on "
		 "Monday, killing five civilians.\nClashes erupted in Maarat al-Numan between "
		 "rebels and government forces, leaving two fighters dead.", 11, 0);
	two_days("ar", "شن الطيران الحربي يوم الاثنين غارات جوية على بلدة سراقب، ما أدى إلى "
		 "مقتل خمسة مدنيين.\nواندلعت اشتباكات في مدينة معرة النعمان بين الفصائل وقوات "
		 "النظام، ما أسفر عن مقتل عنصرين.", 11, 0);
	/* a time of day alone tells when the other happened, not when the first did */
	two_days("en", "Government warplanes carried out air strikes on the town of Saraqib, "
		 "killing five civilians.\nElsewhere, rebels overran an army checkpoint in "
		 "Maarat al-Numan overnight, killing two soldiers.", 0, 12);
	/* told by a statement of a known day, the event has its own time */
	two_days("en", "Government warplanes carried out air strikes on the town of Saraqib on "
		 "Monday, killing five civilians.\nMeanwhile, rebels captured an army checkpoint "
		 "in Maarat al-Numan, killing two soldiers, a rebel commander said on Tuesday.",
		 11, 0);
}

/* A dateline names where the report was filed: no event's place, no report's country. */
static void test_framing_dateline(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "AMMAN (Reuters) - Shelling on Jasim killed five civilians on Monday.");
	assert_true(rasdp_dateline_match(f.d, fx_match_at(f.d, RASD_LEX_PLACE, fx_tok(f.d, "AMMAN", 0))));
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Jasim");
	fx_close(&f);

	fx_open(&f, "en", "Shelling killed five\nADEN/WASHINGTON (Reuters) - Shelling on Jasim killed "
		 "five civilians on Monday.");
	assert_true(rasdp_dateline_match(f.d, fx_match_at(f.d, RASD_LEX_PLACE, fx_tok(f.d, "ADEN", 0))));
	fx_close(&f);

	/* a place inside a line, or one a clause goes on from, is none */
	fx_open(&f, "en", "Shelling on Jasim killed five civilians on Monday - the ministry said.");
	assert_false(rasdp_dateline_match(f.d, fx_match_at(f.d, RASD_LEX_PLACE, fx_tok(f.d, "Jasim", 0))));
	fx_close(&f);
	fx_open(&f, "en", "Jasim was shelled on Monday - five civilians were killed.");
	assert_false(rasdp_dateline_match(f.d, fx_match_at(f.d, RASD_LEX_PLACE, fx_tok(f.d, "Jasim", 0))));
	fx_close(&f);
}

/*
 * Persons named, of no armed group, killed by gunmen are unarmed: violence
 * against civilians; armed men killed so make a battle.
 */
static void test_framing_named_unarmed(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Gunmen attacked a van in Jasim on Monday, killing Khaled Omar Saleh and "
		 "Yusuf Adel Karim, relatives said.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Violence against civilians");
	fx_close(&f);
	fx_open(&f, "en", "Gunmen attacked a van in Jasim on Monday, killing two fighters, relatives "
		 "said.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Battles");
	fx_close(&f);
	/* "one of" a group is no name */
	fx_open(&f, "ar", "هاجم مسلحون سيارة في بلدة جاسم يوم الاثنين ما أدى إلى مقتل أحد عناصر "
		 "الشرطة.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Battles");
	fx_close(&f);
}

/* A cue word that writes two words is read by its sentence's other cues: "مسيرة", a march or a drone. */
static void test_framing_homograph(void **state)
{
	struct fx f;

	(void)state;
	/* protesters marching: a march */
	fx_one_event_typed("ar", "خرج مئات المحتجين يوم الجمعة في مسيرة وسط بلدة جاسم للمطالبة "
			"بالإفراج عن المعتقلين.", "Protests");
	fx_one_event_typed("ar", "جابت مسيرات للمتظاهرين شوارع بلدة جاسم يوم الجمعة.", "Protests");
	/* a bombardment by one: a drone */
	fx_open(&f, "ar", "قتل ثلاثة أشخاص يوم الإثنين في قصف بمسيرة على سيارة قرب بلدة جاسم.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Explosions/Remote violence");
	assert_string_equal(f.d->events[0].sub_type, "Air/drone strike");
	fx_close(&f);
	/* alone, the heavier reading: a drone */
	fx_one_event_typed("ar", "قتل شخصان يوم الإثنين بمسيرة قرب بلدة جاسم.",
			"Explosions/Remote violence");
	/* English words of one type only stay as they were */
	fx_one_event_typed("en", "Hundreds of protesters marched through Jasim on Friday.", "Protests");
	fx_one_event_typed("en", "A drone strike killed three people in a car near Jasim on Monday.",
			"Explosions/Remote violence");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_framing_triggers),
		cmocka_unit_test(test_framing_year_toll),
		cmocka_unit_test(test_framing_blade),
		cmocka_unit_test(test_framing_protest_and_undergone),
		cmocka_unit_test(test_framing_verb_persons),
		cmocka_unit_test(test_framing_frames),
		cmocka_unit_test(test_framing_headline),
		cmocka_unit_test(test_framing_repeat_person),
		cmocka_unit_test(test_framing_background),
		cmocka_unit_test(test_framing_statement_date),
		cmocka_unit_test(test_framing_dated_apart),
		cmocka_unit_test(test_framing_relative_dated_apart),
		cmocka_unit_test(test_framing_cue_date),
		cmocka_unit_test(test_framing_stamp_date),
		cmocka_unit_test(test_framing_names_not_places),
		cmocka_unit_test(test_framing_earlier_that_day),
		cmocka_unit_test(test_framing_day_told_beside),
		cmocka_unit_test(test_framing_dateline),
		cmocka_unit_test(test_framing_homograph),
		cmocka_unit_test(test_framing_statement_toll),
		cmocka_unit_test(test_framing_named_unarmed),
	};

	return cmocka_run_group_tests(tests, fx_setup, NULL);
}
