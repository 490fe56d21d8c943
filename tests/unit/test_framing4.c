/*
 * test_framing4.c - the extraction stage of framing: events, their types,
 * and which sentences tell one happening (src/extract/framing.c), part 4 of
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

/* A clause of a sentence telling of an event at another place is an event of its own. */
static void test_framing_sites(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Shelling on Tafas killed 3 civilians on Monday, while an air strike on "
		 "Saraqib killed 5 people.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Tafas");
	assert_int_equal(f.d->events[0].nclaims, 1);
	assert_int_equal(f.d->events[0].claims[0].value, 3);
	assert_string_equal(fx_place(f.d->events[1].place)->name_en, "Saraqib");
	assert_int_equal(f.d->events[1].claims[0].value, 5);
	assert_string_equal(f.d->events[1].sub_type, "Air/drone strike");
	assert_int_equal(f.d->events[1].date.d, 11);
	fx_close(&f);

	fx_open(&f, "ar", "قتل ثلاثة مدنيين بقصف على بلدة جاسم يوم الإثنين، كما قتل خمسة أشخاص "
		 "بغارة على مدينة سراقب.");
	assert_int_equal(f.d->nevents, 2);
	assert_int_equal(f.d->events[1].claims[0].value, 5);
	fx_close(&f);

	/* the next sentence goes on with the sentence's first event */
	fx_open(&f, "en", "Shelling on Tafas killed 3 civilians on Monday, while an air strike on "
		 "Saraqib killed 5 people. The shells also wounded 4 children.");
	assert_int_equal(f.d->nevents, 2);
	assert_int_equal(f.d->events[0].nclaims, 2);
	fx_close(&f);

	/* a clause at the same place, or at a place holding it, is the same event */
	fx_open(&f, "en", "Shelling on Tafas killed 3 civilians on Monday, while another shell "
		 "wounded 2 children in the town.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
	fx_open(&f, "en", "An air strike on Saraqib killed 5 people on Monday, while shelling hit "
		 "other parts of Idlib province.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);

	/*
	 * an earlier happening after "after", with a cue and a toll of its own,
	 * is an event of its own at the sentence's place, kept apart
	 */
	fx_open(&f, "en", "Settlers set fire to homes in Tafas on Monday after an attack by a gunman "
		 "killed two settlers.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[1].place)->name_en, "Tafas");
	assert_int_equal(f.d->events[0].nclaims, 0);
	assert_int_equal(f.d->events[1].claims[0].value, 2);
	fx_close(&f);
	fx_open(&f, "ar", "قصفت قوات النظام بلدة طفس يوم الإثنين بعد هجوم نفذه مسلحون أسفر عن "
		 "مقتل اثنين من الجنود.");
	assert_int_equal(f.d->nevents, 2);
	fx_close(&f);
	/*
	 * told after an event at another town, at the town of the first: still
	 * another happening, never merged back into the event it led to
	 */
	fx_open(&f, "en", "Gunmen opened fire on villagers in Tafas on Sunday, wounding 5 people. In "
		 "Jasim, gunmen wounded 3 villagers. The attacks followed a shooting in Tafas "
		 "earlier in the day that killed 2 settlers.");
	assert_int_equal(f.d->nevents, 3);
	assert_string_equal(fx_place(f.d->events[2].place)->name_en, "Tafas");
	assert_int_equal(f.d->events[2].wave, RASDP_WAVE_EARLIER);
	assert_int_equal(f.d->events[0].nclaims, 1);
	assert_int_equal(f.d->events[2].nclaims, 1);
	assert_int_equal(f.d->events[2].claims[0].value, 2);
	fx_close(&f);
	fx_open(&f, "ar", "أطلق مسلحون النار على أهالي طفس يوم الأحد ما أدى إلى إصابة خمسة أشخاص. "
		 "وفي جاسم، أصاب مسلحون ثلاثة من الأهالي. وجاء الهجوم بعد اشتباك في طفس أسفر "
		 "عن مقتل اثنين من الجنود.");
	assert_int_equal(f.d->nevents, 3);
	assert_int_equal(f.d->events[0].nclaims, 1);
	fx_close(&f);
	/* a cause with no toll of its own, a toll told before: no other event */
	fx_open(&f, "en", "Five civilians were killed in Tafas on Monday after an air strike hit the "
		 "market.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
	fx_open(&f, "en", "A gunman killed 3 people in Tafas on Monday. Shelling hit the town after "
		 "the killing of the 3 people.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
	/*
	 * a unit of time around "after": a past happening recalled, with its own
	 * toll, a background event (never the current event's figures)
	 */
	fx_open(&f, "en", "Shelling hit Tafas on Monday, killing 3, a week after a bombing killed 5 "
		 "people there.");
	assert_int_equal(f.d->nevents, 2);
	assert_false(f.d->events[0].background);
	assert_int_equal(f.d->events[0].nclaims, 1);
	assert_int_equal(f.d->events[0].claims[0].value, 3);
	assert_true(f.d->events[1].background);
	assert_int_equal(f.d->events[1].claims[0].value, 5);
	assert_string_equal(fx_place(f.d->events[1].place)->name_en, "Tafas");
	fx_close(&f);
	fx_open(&f, "ar", "قتل 3 مدنيين بقصف على بلدة طفس يوم الاثنين، بعد أسبوع من تفجير أسفر عن "
		 "مقتل 5 أشخاص في البلدة.");
	assert_int_equal(f.d->nevents, 2);
	assert_int_equal(f.d->events[0].nclaims, 1);
	assert_true(f.d->events[1].background);
	fx_close(&f);
	/* hours or minutes around "after": the same day's happening, no background */
	fx_open(&f, "en", "Shelling hit Tafas on Monday, killing 3, hours after a bombing killed 5 "
		 "people there.");
	assert_int_equal(f.d->nevents, 2);
	assert_false(f.d->events[0].background);
	assert_false(f.d->events[1].background);
	assert_int_equal(f.d->events[1].claims[0].value, 5);
	fx_close(&f);
	fx_open(&f, "ar", "قتل 3 مدنيين بقصف على بلدة طفس يوم الاثنين، بعد ساعات من تفجير أسفر عن "
		 "مقتل 5 أشخاص في البلدة.");
	assert_int_equal(f.d->nevents, 2);
	assert_false(f.d->events[1].background);
	fx_close(&f);

	/*
	 * "and" right after a place, then a toll: a clause of its own place
	 * with no break before it; two figures before their place are one toll
	 */
	fx_open(&f, "en", "Shelling killed 2 people in Jasim and wounded 3 in Nawa on Monday.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[1].place)->name_en, "Nawa");
	assert_int_equal(f.d->events[0].nclaims, 1);
	assert_int_equal(f.d->events[1].nclaims, 1);
	fx_close(&f);
	assert_int_equal(fx_nevents("en", "Shelling killed 2 people in Jasim and 3 in Nawa on Monday."), 2);
	/* "و" written onto the figure right after a place, with no break */
	fx_open(&f, "ar", "أسفر القصف يوم الإثنين عن مقتل شخصين في جاسم وثلاثة في نوى.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[1].place)->name_en, "Nawa");
	assert_int_equal(f.d->events[0].nclaims, 1);
	assert_int_equal(f.d->events[1].nclaims, 1);
	fx_close(&f);
	fx_open(&f, "en", "At least 4 civilians were killed and 7 others wounded in shelling on a "
		 "market in Nawa on Monday.");
	assert_int_equal(f.d->nevents, 1);
	assert_int_equal(f.d->events[0].nclaims, 2);
	fx_close(&f);
	assert_int_equal(fx_nevents("ar", "قتل شخصان بقصف على جاسم يوم الإثنين وإصابة ثلاثة نقلوا إلى مشفى "
					"في نوى."), 1);

	/* a sentence of figures with no cue is read by its clauses too */
	fx_open(&f, "en", "Six people were killed in Tafas and four in Jasim on Monday, medics said.");
	assert_int_equal(f.d->nevents, 2);
	assert_int_equal(f.d->events[1].nclaims, 1);
	assert_int_equal(f.d->events[1].claims[0].value, 4);
	fx_close(&f);

	/*
	 * "و" written onto a figure, a casualty verb, a cue or a preposition
	 * of where opens a clause after a break; onto a casualty noun it adds
	 * to the toll before it, onto another word it goes on
	 */
	fx_open(&f, "ar", "قتل ستة مدنيين في غارة على طفس يوم الإثنين، وأربعة آخرون في جاسم.");
	assert_int_equal(f.d->nevents, 2);
	assert_int_equal(f.d->events[1].claims[0].value, 4);
	fx_close(&f);
	assert_int_equal(fx_nevents("ar", "قتل ستة مدنيين بقصف على طفس يوم الإثنين، وقتل اثنان في جاسم."), 2);
	assert_int_equal(fx_nevents("ar", "قتل ستة مدنيين بقصف على طفس يوم الإثنين، وفي جاسم أصيب عشرة "
					"أشخاص بغارة."), 2);
	fx_open(&f, "ar", "قتل ستة مدنيين بقصف على طفس يوم الإثنين، وإصابة عشرة نقلوا إلى مشفى في "
		 "جاسم.");
	assert_int_equal(f.d->nevents, 1);
	assert_int_equal(f.d->events[0].nclaims, 2);
	fx_close(&f);
}

/*
 * The merge decision: the next sentence goes on with the current event
 * unless a reason keeps them apart (another place); a later frame at the
 * first event's town goes back to it.  rasd train sees each choice, with
 * the sentences of both sides.
 */
static void test_framing_merge_decision(void **state)
{
	const char *text = "Shelling hit the town of Tafas on Monday, killing 3 civilians. "
		"The shells also wounded 4 children. Meanwhile, clashes in Saraqib on Monday "
		"killed 2 fighters. In Tafas, the shelling destroyed 2 homes.";
	const struct rasdp_merge_choice *ch;
	rasd_input in = rasdt_input("en", "2024-03-12", "example.org", text);
	rasd_doc *d;
	size_t i, later = 0;

	(void)state;
	d = rasdt_extract_in(&in, RASDP_EXTRACT_TRACE_MERGES);
	assert_non_null(d);
	assert_int_equal(d->nevents, 2);
	assert_string_equal(fx_place(d->events[0].place)->name_en, "Tafas");
	assert_int_equal(d->events[0].nevidence, 3);
	assert_string_equal(fx_place(d->events[1].place)->name_en, "Saraqib");
	assert_true(d->nmerge_trace >= 3);
	/* the second sentence goes on with the first: no place or date of its own */
	ch = &d->merge_trace[0];
	assert_true(ch->merged);
	assert_int_equal(ch->nearlier, 1);
	assert_int_equal(ch->nlater, 1);
	assert_int_equal(ch->sents[0], 0);
	assert_int_equal(ch->sents[1], 1);
	assert_true(ch->x[fx_feature_of(RASD_DEC_MERGE, "bare")] == 1);
	assert_true(ch->x[fx_feature_of(RASD_DEC_MERGE, "figures")] == 1);
	assert_true(ch->x[fx_feature_of(RASD_DEC_MERGE, "opener")] == 0);
	/* Saraqib is apart from Tafas, and "meanwhile" opens another happening */
	ch = &d->merge_trace[1];
	assert_false(ch->merged);
	assert_true(ch->x[fx_feature_of(RASD_DEC_MERGE, "place_apart")] == 1);
	assert_true(ch->x[fx_feature_of(RASD_DEC_MERGE, "opener")] == 1);
	/* the frame back at Tafas is joined to the first once all are framed */
	for (i = 0; i < d->nmerge_trace; i++)
		if (d->merge_trace[i].x[fx_feature_of(RASD_DEC_MERGE, "later")] == 1 &&
		    d->merge_trace[i].merged) {
			assert_true(d->merge_trace[i].x[fx_feature_of(RASD_DEC_MERGE, "place_same")] == 1);
			later++;
		}
	assert_int_equal(later, 1);
	rasd_doc_free(d);

	/* a town in the area told first is the same event, told more finely */
	text = "Shelling hit Idlib province on Monday, killing 4 civilians. In the town of "
		"Saraqib, 2 children were among the dead.";
	in = rasdt_input("en", "2024-03-12", "example.org", text);
	d = rasdt_extract_in(&in, RASDP_EXTRACT_TRACE_MERGES);
	assert_non_null(d);
	assert_int_equal(d->nevents, 1);
	assert_true(d->nmerge_trace >= 1);
	assert_true(d->merge_trace[0].merged);
	assert_true(d->merge_trace[0].x[fx_feature_of(RASD_DEC_MERGE, "finer")] == 1);
	assert_true(d->merge_trace[0].x[fx_feature_of(RASD_DEC_MERGE, "wider")] == 0);
	rasd_doc_free(d);
}

/*
 * A second day named: with no publication date, a sentence that opens on
 * a day of the week more than a day from the event's tells of another
 * happening (merge feature day_apart); the next day, or a day that dates
 * a statement, does not.
 */
static void test_framing_second_day(void **state)
{
	rasd_doc *d;
	size_t i, apart = 0;

	(void)state;
	d = fx_extract_unpublished("en", "Gunmen fired on protesters in Tafas on Friday, wounding 2 of "
				"them. On Tuesday, gunmen attacked protesters in Tafas, wounding 3.");
	assert_int_equal(d->nevents, 2);
	assert_int_equal(d->events[0].nclaims, 1);
	assert_int_equal(d->events[1].nclaims, 1);
	for (i = 0; i < d->nmerge_trace; i++)
		apart += d->merge_trace[i].x[fx_feature_of(RASD_DEC_MERGE, "day_apart")] == 1;
	assert_true(apart >= 1);
	rasd_doc_free(d);

	d = fx_extract_unpublished("ar", "أطلق مسلحون النار على متظاهرين في طفس يوم الجمعة، ما أدى إلى "
				"إصابة اثنين منهم. ويوم الثلاثاء، هاجم مسلحون متظاهرين في طفس ما "
				"أدى إلى إصابة ثلاثة.");
	assert_int_equal(d->nevents, 2);
	rasd_doc_free(d);

	/* the next day: one happening over a night */
	d = fx_extract_unpublished("en", "Gunmen fired on protesters in Tafas late on Thursday, wounding 2 "
				"of them. On Friday, the gunmen attacked protesters again in Tafas, "
				"wounding 3.");
	assert_int_equal(d->nevents, 1);
	rasd_doc_free(d);

	d = fx_extract_unpublished("ar", "أطلق مسلحون النار على متظاهرين في طفس مساء الخميس، ما أدى إلى "
				"إصابة اثنين منهم. ويوم الجمعة، هاجم مسلحون متظاهرين في طفس ما أدى "
				"إلى إصابة ثلاثة.");
	assert_int_equal(d->nevents, 1);
	rasd_doc_free(d);

	/* a day that dates what was said, not what happened */
	d = fx_extract_unpublished("en", "Gunmen fired on protesters in Tafas on Friday, wounding 2 of "
				"them. The governor said on Tuesday that gunmen had wounded 3 "
				"protesters in Tafas.");
	assert_int_equal(d->nevents, 1);
	rasd_doc_free(d);

	assert_int_equal(rasdp_weekdays_apart(1u << 5, 1u << 2), 1);
	assert_int_equal(rasdp_weekdays_apart(1u << 7, 1u << 1), 0);   /* Sunday, Monday */
	assert_int_equal(rasdp_weekdays_apart(1u << 5, 0), 0);
}

/*
 * A day of a month without a year, with no publication date to give it
 * one: a happening told on a day in the weeks before the event's is a past
 * one recalled (merge feature monthday_apart, a background event); the
 * night before, or a day that dates a statement, is the same happening.
 */
static void test_framing_earlier_monthday(void **state)
{
	rasd_doc *d;

	(void)state;
	d = fx_extract_unpublished("en", "A car bomb killed 9 people in the market of Azaz on 14 March "
				"2015, police said. A similar bombing at the same market in Azaz "
				"on February 27 killed 4 people.");
	assert_int_equal(d->nevents, 2);
	assert_false(d->events[0].background);
	assert_true(d->events[1].background);
	assert_int_equal(d->events[1].nclaims, 1);
	assert_int_equal(d->events[1].claims[0].value, 4);
	assert_true(fx_merge_feature_held(d, "monthday_apart"));
	rasd_doc_free(d);

	d = fx_extract_unpublished("ar", "قتل 9 أشخاص بانفجار سيارة مفخخة في سوق مدينة أعزاز يوم 14 "
				"آذار 2015. وفي 27 شباط، قتل 4 أشخاص بتفجير مماثل في سوق أعزاز.");
	assert_int_equal(d->nevents, 2);
	assert_true(d->events[1].background);
	rasd_doc_free(d);

	/* the night before: one happening */
	assert_int_equal(fx_nevents_unpublished("en", "A car bomb killed 9 people in the market of Azaz "
					     "on 14 March 2015, police said. Late on March 13, a "
					     "first car bomb in Azaz had killed 4 people."), 1);
	/* a day that dates what was said */
	assert_int_equal(fx_nevents_unpublished("en", "A car bomb killed 9 people in the market of Azaz "
					     "on 14 March 2015. The police said on March 20 that "
					     "the bomb in Azaz had killed 4 people."), 1);
}

/*
 * A sentence opening on "earlier" with a cue and a toll of its own tells of
 * an earlier happening (merge feature earlier_toll); an earlier account
 * ("an earlier report said"), an earlier count ("the toll stood at") or
 * earlier that day is the same event.
 */
static void test_framing_earlier_toll(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Rocket shells killed 6 civilians in the market of Tafas, a monitor said. "
		 "Earlier, 3 people were killed in a rocket attack on homes in Tafas.");
	assert_int_equal(f.d->nevents, 2);
	assert_int_equal(f.d->events[0].nclaims, 1);
	assert_int_equal(f.d->events[1].claims[0].value, 3);
	fx_close(&f);
	fx_open(&f, "ar", "قتل 6 مدنيين بقذائف صاروخية على سوق بلدة طفس. وفي وقت سابق، قتل 3 أشخاص "
		 "بهجوم صاروخي على منازل في طفس.");
	assert_int_equal(f.d->nevents, 2);
	fx_close(&f);

	assert_int_equal(fx_nevents("en", "Rocket shells killed 6 civilians in the market of Tafas, a "
					"monitor said. An earlier report by the monitor said 3 people were "
					"killed in the rocket attack on Tafas."), 1);
	assert_int_equal(fx_nevents("en", "Rocket shells killed 6 civilians in the market of Tafas on "
					"Monday, a monitor said. Earlier on Monday, 3 people were killed in "
					"a rocket attack on homes in Tafas."), 1);
	assert_int_equal(fx_nevents("en", "Rocket shells killed 6 civilians in the market of Tafas, a "
					"monitor said. Earlier, the toll of the rocket attack on Tafas "
					"stood at 3 killed."), 1);

	f.d = fx_extract_unpublished("en", "Rocket shells killed 6 civilians in the market of Tafas. "
				  "Earlier, 3 people were killed in a rocket attack on homes in Tafas.");
	assert_true(fx_merge_feature_held(f.d, "earlier_toll"));
	rasd_doc_free(f.d);
}

/*
 * The day before, with a toll of its own, is another day's happening
 * (merge feature day_before: one event per town and day); the day after
 * is the same happening over a night, so is the night before the dawn an
 * event is dated by (a sentence of no place of its own told that night
 * goes on with the event whatever its cue), and a toll told again is the
 * event.
 */
static void test_framing_day_before(void **state)
{
	rasd_doc *d;

	(void)state;
	/* published 2024-03-12, a Tuesday: the days resolve */
	assert_int_equal(fx_nevents("en", "Air strikes killed 25 people in Tafas on Tuesday, the monitor "
					"said. On Monday air strikes killed 23 people in Tafas."), 2);
	assert_int_equal(fx_nevents("en", "Air strikes killed 25 people in Tafas late on Monday, the "
					"monitor said. On Tuesday air strikes killed 23 people in Tafas."), 1);
	assert_int_equal(fx_nevents("en", "Air strikes killed 25 people in Tafas on Tuesday, the monitor "
					"said. On Monday the strikes had killed 25 people in Tafas."), 1);
	/* the night before the dawn an event is dated by: one night */
	assert_int_equal(fx_nevents("en", "Air strikes killed 25 people in Tafas at dawn on Tuesday, the "
					"monitor said. Late on Monday night air strikes killed 3 people "
					"in Tafas."), 1);
	assert_int_equal(fx_nevents("ar", "قتل 25 شخصا بغارات جوية على بلدة طفس فجر اليوم. ومساء أمس "
					"قتلت غارات جوية 3 أشخاص في بلدة طفس."), 1);
	assert_int_equal(fx_nevents("en", "Air strikes killed 25 people in Tafas at noon on Tuesday, the "
					"monitor said. On Monday air strikes killed 3 people in Tafas."), 2);
	/* a sentence of no place of its own told the night before the dawn: one night, whatever its cue */
	assert_int_equal(fx_nevents("en", "Artillery shelling killed 9 civilians in the town of Tafas at "
					"dawn on Tuesday. The army said 4 of its soldiers were wounded by "
					"gunfire during a raid last night."), 1);
	assert_int_equal(fx_nevents("ar", "قتل 9 مدنيين بقصف مدفعي على بلدة طفس فجر اليوم. وأعلن الجيش "
					"إصابة 4 من جنوده بإطلاق نار خلال عملية دهم الليلة الماضية."), 1);
	/* at noon, no dawn; or at a place of its own: another happening */
	assert_int_equal(fx_nevents("en", "Artillery shelling killed 9 civilians in the town of Tafas at "
					"noon on Tuesday. The army said 4 of its soldiers were wounded by "
					"gunfire during a raid last night."), 2);
	assert_int_equal(fx_nevents("ar", "قتل 9 مدنيين بقصف مدفعي على بلدة طفس ظهر اليوم. وأعلن الجيش "
					"إصابة 4 من جنوده بإطلاق نار خلال عملية دهم الليلة الماضية."), 2);
	assert_int_equal(fx_nevents("ar", "قتل 9 مدنيين بقصف مدفعي على بلدة طفس فجر اليوم. وأعلن الجيش "
					"إصابة 4 من جنوده بإطلاق نار خلال عملية دهم في مدينة حلب الليلة "
					"الماضية."), 2);
	/* no publication date: days of the week */
	d = fx_extract_unpublished("ar", "قتل 25 شخصا بغارات جوية على بلدة طفس يوم الثلاثاء. ويوم "
				"الاثنين، قتلت غارات جوية 23 شخصا في بلدة طفس.");
	assert_int_equal(d->nevents, 2);
	assert_int_equal(d->events[0].nclaims, 1);
	rasd_doc_free(d);
	assert_int_equal(fx_nevents_unpublished("en", "Air strikes killed 25 people in Tafas late on "
					     "Monday. On Tuesday air strikes killed 23 people in "
					     "Tafas."), 1);
}

/*
 * A toll risen to, told at a city named like the governorate of the
 * event's town ("the toll of the shelling in Daraa rose to 9" after a
 * shelling in Tafas), is the event told again by its toll (merge feature
 * risen); at another town it stays another event.
 */
static void test_framing_risen_toll(void **state)
{
	rasd_doc *d;

	(void)state;
	assert_int_equal(fx_nevents("en", "Artillery shelling killed 8 people at a resort in Tafas on "
					"Wednesday. The toll of the shelling in Daraa rose to 9, the "
					"ministry said."), 1);
	assert_int_equal(fx_nevents("ar", "قتل 8 أشخاص بقصف مدفعي على منتجع في بلدة طفس يوم الأربعاء. "
					"وقالت الوزارة إن حصيلة القصف في درعا ارتفعت إلى 9 قتلى."), 1);
	assert_int_equal(fx_nevents("en", "Artillery shelling killed 8 people at a resort in Tafas on "
					"Wednesday. The toll of the shelling on Nawa rose to 9, the "
					"ministry said."), 2);
	assert_int_equal(fx_nevents("ar", "قتل 8 أشخاص بقصف مدفعي على منتجع في بلدة طفس يوم الأربعاء. "
					"وقالت الوزارة إن حصيلة القصف على نوى ارتفعت إلى 9 قتلى."), 2);
	d = fx_extract_unpublished("en", "Artillery shelling killed 8 people in Tafas. The toll of the "
				"shelling in Daraa rose to 9.");
	assert_true(fx_merge_feature_held(d, "risen"));
	assert_true(fx_merge_feature_held(d, "namesake"));
	rasd_doc_free(d);
}

/*
 * A counted event told again at a town inside the area told first, in
 * other words ("a strike ... clashes broke out in the town of"), is the
 * same happening at its finer place; a later, dated happening at the
 * wider area is another.
 */

static void test_framing_counted_then_finer(void **state)
{
	(void)state;
	fx_one_event_at("en", "A drone strike killed 3 fighters in Idlib province.\nThe monitor said "
		     "heavy clashes broke out in the town of Sarmada after the strike.", "Sarmada");
	fx_one_event_at("ar", "قُتل ثلاثة مقاتلين بغارة لطائرة مسيرة في محافظة إدلب، بحسب مرصد محلي.\n"
		     "وقال المرصد إن اشتباكات اندلعت عقب الإنزال في بلدة سرمدا.", "Sarmada");

	assert_int_equal(fx_nevents("en", "A drone strike killed 3 fighters in the town of Sarmada on "
					"Monday.\nOn Tuesday, clashes broke out in Idlib province, "
					"killing 2 soldiers."), 2);
	assert_int_equal(fx_nevents("ar", "قُتل ثلاثة مقاتلين بغارة لطائرة مسيرة في بلدة سرمدا يوم "
					"الاثنين.\nويوم الثلاثاء، اندلعت اشتباكات في محافظة إدلب أسفرت "
					"عن مقتل جنديين."), 2);
}

/*
 * The rest of an area ("other areas of the province", "مناطق أخرى من
 * المحافظة") is another event than the one told at a place in it, or at
 * the area itself; a count of "other people" there is not.
 */
static void test_framing_rest_of(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Artillery shelling killed five civilians in the city of Hama on "
		 "Tuesday, rescuers said.\nA local monitor said the shelling also hit other "
		 "areas of Hama province.");
	assert_int_equal(f.d->nevents, 2);
	assert_int_equal(fx_place(f.d->events[0].place)->kind, RASD_PLACE_CITY);
	assert_int_equal(fx_place(f.d->events[1].place)->kind, RASD_PLACE_GOVERNORATE);
	fx_close(&f);
	fx_open(&f, "ar", "قتل خمسة مدنيين بقصف مدفعي على مدينة حماة يوم الثلاثاء، بحسب "
		 "الدفاع المدني.\nوأفاد مرصد محلي بأن القصف طال أيضا مناطق أخرى من محافظة حماة.");
	assert_int_equal(f.d->nevents, 2);
	assert_int_equal(fx_place(f.d->events[1].place)->kind, RASD_PLACE_GOVERNORATE);
	fx_close(&f);
	/* told at the area itself, then at the rest of it */
	assert_int_equal(fx_nevents("en", "A car bomb killed 4 soldiers in Hama province on "
					"Tuesday.\nAir strikes were also reported elsewhere in Hama "
					"province."), 2);
	assert_int_equal(fx_nevents("ar", "قتل أربعة جنود بانفجار سيارة مفخخة في محافظة حماة "
					"يوم الثلاثاء.\nكما شن الطيران غارات على باقي مناطق محافظة "
					"حماة."), 2);
	/* other people counted there: the same event */
	fx_one_event_at("en", "Artillery shelling killed five civilians in the city of Hama on "
		     "Tuesday.\nThe shelling also wounded two other people in Hama province.",
		     "Hama");
	fx_one_event_at("ar", "قتل خمسة مدنيين بقصف مدفعي على مدينة حماة يوم الثلاثاء.\nوأصيب "
		     "شخصان آخران بجروح في محافظة حماة.", "Hama");
}

/*
 * After a kind of violence, a later sentence at the same town that tells
 * another happening in the outlet's words ("Later on Monday", "Meanwhile",
 * "وفي وقت لاحق"), of another kind, is an event of its own; told by a
 * source after its reporting verb it is more of the same event, and so is
 * the fighting after a raid.
 */
static void two_kinds_at(const char *lang, const char *text, const char *first,
			 const char *second)
{
	struct fx f;

	fx_open(&f, lang, text);
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(f.d->events[0].event_type, first);
	assert_string_equal(f.d->events[1].event_type, second);
	assert_int_equal(f.d->events[0].place, f.d->events[1].place);
	fx_close(&f);
}

static void test_framing_tells_other(void **state)
{
	(void)state;
	two_kinds_at("en", "Government warplanes bombed the village of Kafr Nabl on Monday, "
		     "killing four civilians.\nLater on Monday, security forces launched an arrest "
		     "campaign in Kafr Nabl and detained 12 young men.",
		     "Explosions/Remote violence", "Strategic developments");
	two_kinds_at("ar", "قصفت طائرات حربية قرية كفرنبل يوم الاثنين، ما أسفر عن مقتل أربعة "
		     "مدنيين.\nوفي وقت لاحق، شنت قوات الأمن حملة اعتقالات في كفرنبل طالت 12 شابا.",
		     "Explosions/Remote violence", "Strategic developments");
	two_kinds_at("en", "Russian jets struck the town of Saraqib on Tuesday, killing three "
		     "people.\nMeanwhile, hundreds of residents staged a protest in Saraqib.",
		     "Explosions/Remote violence", "Protests");
	two_kinds_at("ar", "شنت طائرات روسية غارة جوية على مدينة سراقب يوم الثلاثاء، ما أدى إلى "
		     "مقتل ثلاثة أشخاص.\nوبالتزامن، خرج مئات الأهالي في مظاهرة في سراقب.",
		     "Explosions/Remote violence", "Protests");
	/* a source's word of the same operation: one event */
	assert_int_equal(fx_nevents("en", "A drone struck a car in the town of Bint Jbeil on "
					"Monday, killing two men.\nLater, the army said it had "
					"carried out an operation to arrest suspects in Bint Jbeil."), 1);
	assert_int_equal(fx_nevents("ar", "استهدفت مسيرة سيارة في بلدة بنت جبيل يوم الاثنين، ما "
					"أسفر عن مقتل شخصين.\nوفي وقت لاحق، قال الجيش إنه نفذ "
					"عملية لاعتقال مشتبه بهم في بنت جبيل."), 1);
	/* a raid, then clashes with the raiding force: one operation */
	assert_int_equal(fx_nevents("en", "Troops raided the town of Qabatiya on Tuesday, "
					"arresting five men.\nLater, clashes broke out in Qabatiya "
					"between gunmen and the raiding force, and three men were "
					"killed."), 1);
	assert_int_equal(fx_nevents("ar", "داهمت قوات الاحتلال بلدة قباطية فجر الثلاثاء واعتقلت "
					"خمسة شبان.\nوفي وقت لاحق، اندلعت اشتباكات في قباطية بين "
					"مسلحين والقوة المقتحمة أسفرت عن مقتل ثلاثة."), 1);
	/* no word of another happening: one event, as before */
	assert_int_equal(fx_nevents("en", "Russian jets struck the town of Saraqib on Tuesday, "
					"killing three people.\nHundreds of residents staged a "
					"protest in Saraqib."), 1);
}

/*
 * A sentence of no place of its own that names one by a definite noun of
 * its kind ("the camp", "المخيم") goes back to the earlier event whose
 * place the report named with that noun, past an event told since at a
 * place apart, unless it gives a toll that event does not count (merge
 * feature kind_back); "the area" is too wide to.
 */
/* `text`: two events, the first at `name` with `nfirst` sentences. */
static void kind_back_at(const char *lang, const char *text, const char *name, size_t nfirst)
{
	struct fx f;

	fx_open(&f, lang, text);
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, name);
	assert_int_equal(f.d->events[0].nevidence, nfirst);
	fx_close(&f);
}

static void test_framing_kind_back(void **state)
{
	rasd_doc *d;

	(void)state;
	kind_back_at("en", "Troops raided the Jenin refugee camp on Monday, killing three "
		     "men.\nAn air strike hit a house in the Gaza Strip, wounding two children.\n"
		     "Soldiers stormed the camp on Monday and killed three men, medics said.",
		     "Janin", 2);
	kind_back_at("ar", "اقتحمت القوات مخيم جنين يوم الاثنين وقتلت ثلاثة رجال.\nوأصيب طفلان "
		     "بغارة جوية على منزل في قطاع غزة.\nوقال مسعفون إن ثلاثة رجال قتلوا عندما "
		     "اقتحم الجنود المخيم يوم الاثنين.", "Janin", 2);
	/* no figure: it goes back too */
	kind_back_at("en", "Troops raided the Jenin refugee camp on Monday, killing three "
		     "men.\nAn air strike hit a house in the Gaza Strip, wounding two children.\n"
		     "Bulldozers tore up the roads of the camp during the raid.", "Janin", 2);
	/* a toll of its own the camp's event does not count: another happening */
	kind_back_at("en", "Troops raided the Jenin refugee camp on Monday, killing three "
		     "men.\nAn air strike hit a house in the Gaza Strip, wounding two children.\n"
		     "Soldiers stormed the camp on Monday, wounding four people.", "Janin", 1);
	/* "the area" points nowhere in particular */
	kind_back_at("en", "Troops raided the Jenin refugee camp on Monday, killing three "
		     "men.\nAn air strike hit a house in the Gaza Strip, wounding two children.\n"
		     "Soldiers stormed the area on Monday and killed three men.", "Janin", 1);
	/* another day than the camp's: not its event */
	kind_back_at("en", "Troops raided the Jenin refugee camp on 3 July 2023, killing three "
		     "men.\nAn air strike hit a house in the Gaza Strip, wounding two children.\n"
		     "Soldiers stormed the camp on 9 July 2023 and killed three men.", "Janin", 1);
	d = fx_extract_unpublished("en", "Troops raided the Jenin refugee camp, killing three men. An "
				"air strike hit a house in the Gaza Strip, wounding two children. "
				"Soldiers stormed the camp and killed three men.");
	assert_true(fx_merge_feature_held(d, "kind_back"));
	rasd_doc_free(d);
}

/*
 * The event a report leads with stands at its place on a weak cue of
 * violence when it tells of casualties, counted or not; without them it
 * does not.
 */
static void test_framing_uncounted_toll(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Gunmen attacked army checkpoints in the town of Tafas, leaving a number of "
		 "dead among the soldiers.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Tafas");
	assert_int_equal(f.d->events[0].nclaims, 0);
	fx_close(&f);
	assert_int_equal(fx_nevents("ar", "شهدت بلدة طفس هجوماً من قبل مسلحين استهدف حواجز للجيش، ما أدى "
					"إلى سقوط عدد من القتلى في صفوف الجنود."), 1);

	assert_int_equal(fx_nevents("en", "Gunmen attacked army checkpoints in the town of Tafas."), 0);
	assert_int_equal(fx_nevents("ar", "شهدت بلدة طفس هجوماً من قبل مسلحين استهدف حواجز للجيش."), 0);
}

/*
 * Two places joined by a hyphen are the ends of a road, not a person's
 * name: the town stays a place across the report, and its own event.
 */
static void test_places_hyphened(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Protests broke out in the towns of Tafas and Nawa on Friday. Forces "
		 "closed the Jasim-Nawa road.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[1].place)->name_en, "Nawa");
	fx_close(&f);

	/* written apart, the two names are a person's */
	assert_int_equal(fx_nevents("en", "Protests broke out in the towns of Tafas and Nawa on Friday. "
					"Forces closed the Jasim Nawa road."), 1);
}

/*
 * The page's keywords ("Tags ...", "وسوم: ...") name no place of the
 * report: an event told with no place takes none from them, and two names
 * side by side there are no person's name that hides the town elsewhere.
 * "Related" in running text is no label.
 */
static void test_places_page_keywords(void **state)
{
	(void)state;
	fx_one_event_unplaced("en", "Gunmen killed 4 shepherds on Friday, the monitor said.\nTags Syria Hama "
			   "gunmen shepherds");

	fx_one_event_unplaced("ar", "قتل مسلحون 4 رعاة يوم الجمعة، بحسب المرصد.\nوسوم: سوريا حماة مسلحون رعاة");

	/* the keywords run up to the running text, whose town stays a place */
	fx_one_event_at("en", "Tags Syria Khan Sheikhun Idlib airstrike At least 13 civilians died in air "
		     "strikes around Khan Sheikhoun on Friday.", "Khan Shaykhun");

	fx_one_event_at("en", "Gunmen killed 4 shepherds near Hama on Friday, the monitor said. Related "
		     "clashes broke out in Hama later.", "Hama");
}

/*
 * "جنوب السودان", "South Sudan" is the country, not the south of Sudan:
 * an event there is at no region of Sudan; "the south of Sudan", "جنوبي
 * السودان" is that region.
 */
static void test_places_south_sudan(void **state)
{
	(void)state;
	fx_one_event_unplaced("ar", "قتل 12 شخصا في اشتباكات قبلية في جنوب السودان يوم الاثنين.");
	fx_one_event_unplaced("en", "Twelve people were killed in tribal clashes in South Sudan on Monday.");
	fx_one_event_at("en", "Twelve people were killed in tribal clashes in the south of Sudan on Monday.",
		     "southern Sudan");
	fx_one_event_at("ar", "قتل 12 شخصا في اشتباكات قبلية في جنوبي السودان يوم الاثنين.",
		     "southern Sudan");
}

/*
 * Where a speaker spoke ("said on a visit to X", "Speaking from X", "in an
 * interview in X", "خلال زيارة إلى X") is not where the event was; a visit
 * told of the victims, far from what was said, is where it was.
 */
static void test_places_speaker_occasion(void **state)
{
	(void)state;
	fx_one_event_unplaced("en", "Gunmen killed 4 soldiers on Monday, the minister said during a visit to "
			   "Baghdad.");
	fx_one_event_unplaced("ar", "قال وزير الصحة خلال زيارة إلى بغداد إن مسلحين قتلوا 4 جنود يوم الاثنين.");
	fx_one_event_unplaced("ar", "أكد المسؤول في مقابلة أجريت معه في بيروت أن غارة قتلت 4 مقاتلين يوم الاثنين.");
	fx_one_event_at("en", "Speaking from Beirut, the official said an air strike killed 4 fighters in "
		     "Tafas in Daraa province on Monday.", "Tafas");
	fx_one_event_at("en", "Three civilians were killed on a visit to their farm in Tafas, the monitor "
		     "said.", "Tafas");
}

/*
 * A place that says, accuses or denies is its government speaking, not
 * where the event was: the subject opening its clause ("Damascus accused"),
 * or after the verb in Arabic ("اتهمت دمشق"); a place struck, or the
 * subject of a clause a verb reports ("officials said Aleppo was shelled"),
 * stays the event's.
 */
static void test_places_speaking_place(void **state)
{
	(void)state;
	fx_one_event_unplaced("en", "Damascus accused Israel on Monday of an air strike that killed 3 soldiers.");
	fx_one_event_unplaced("en", "Tel Aviv said on Monday that a drone killed 2 fighters.");
	fx_one_event_unplaced("en", "On Monday, Moscow denied that its jets killed 5 civilians.");
	fx_one_event_unplaced("ar", "اتهمت دمشق إسرائيل بشن غارة جوية قتلت ثلاثة جنود.");
	fx_one_event_unplaced("ar", "قالت تل أبيب إن طائرة مسيرة قتلت مقاتلين اثنين.");
	fx_one_event_unplaced("ar", "طهران تنفي مسؤوليتها عن الهجوم الذي قتل أربعة حراس.");
	fx_one_event_at("en", "Damascus said an air strike killed 3 soldiers in Tafas on Monday.", "Tafas");
	fx_one_event_at("ar", "قالت دمشق إن غارة جوية قتلت ثلاثة جنود في بلدة طفس يوم الاثنين.", "Tafas");
	fx_one_event_at("en", "An air strike hit Damascus on Monday, killing 3 people, the monitor said.",
		     "Damascus");
	fx_one_event_at("en", "Officials said Aleppo was shelled on Monday, killing 3 people.", "Aleppo");
	fx_one_event_at("ar", "قتل ثلاثة أشخاص بغارة على دمشق، قال المرصد.", "Damascus");
}

/* `text` gives one event, at place `name` of country `cc`. */
static void one_event_in(const char *lang, const char *text, const char *name, const char *cc)
{
	struct fx f;

	fx_open(&f, lang, text);
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, name);
	assert_string_equal(fx_place(f.d->events[0].place)->country, cc);
	fx_close(&f);
}

/*
 * Towns of Israel, by their Hebrew names as Arabic news write them, also
 * where a rocket came from another country; the Golan's towns are Quneitra's; a Galilee town spelt like Afghanistan's
 * capital is no place; a word of kind ending a title is none of the next
 * line's first word ("... suburb" then "Fri Sep 27").
 */
static void test_places_israel(void **state)
{
	struct fx f;
	size_t i;

	(void)state;
	one_event_in("ar", "سقط صاروخ على كريات شمونة ما أدى إلى إصابة شخصين.", "Qiryat Shmona", "IL");
	one_event_in("en", "A rocket hit a house in Kiryat Shmona, wounding two people.", "Qiryat Shmona",
		     "IL");
	one_event_in("ar", "أصيب ثلاثة أشخاص بسقوط صاروخ على سديروت.", "Sderot", "IL");
	one_event_in("ar", "أصيب ثلاثة أشخاص بسقوط صاروخ على مدينة عسقلان.", "Ashkelon", "IL");
	one_event_in("ar", "سقطت طائرة مسيرة على مبنى في إيلات ما أدى إلى إصابة شخصين.", "Eilat", "IL");
	one_event_in("en", "Rockets hit Haifa on Monday, wounding 3 people.", "Haifa", "IL");
	/* where fire came from is not the country the report is about */
	one_event_in("en", "A rocket fired from Lebanon hit a house in Kiryat Shmona, wounding two "
		     "people.", "Qiryat Shmona", "IL");
	one_event_in("en", "A rocket fired from Lebanon hit a house in Tafas, wounding two people.",
		     "Tafas", "SY");
	one_event_in("en", "A rocket hit a football field in Majdal Shams in the occupied Golan, killing "
		     "12 children.", "Majdal Shams", "SY");
	one_event_in("ar", "قتل شاب برصاص الشرطة في مدينة القدس الشرقية أمس.", "East Jerusalem", "PS");
	one_event_in("ar", "قصفت طائرة مسيرة منزلا في مستوطنة المطلة ما أدى إلى إصابة ثلاثة أشخاص.",
		     "Metulla", "IL");
	fx_one_event_unplaced("ar", "قصفت المدفعية المنطقة المطلة على الحدود ما أدى إلى إصابة ثلاثة أشخاص.");
	fx_one_event_unplaced("ar", "قتل 35 شخصا في تفجير حافلة في العاصمة الأفغانية كابول.");
	fx_one_event_unplaced("en", "Jun 06 2016 AMMAN: Nearly 50 air strikes killed 32 people on Sunday.");
	fx_open(&f, "en", "Shelling kills 5 in Daraa suburb\n\nFri Sep 27 2013 Shelling killed "
		 "5 people in Tafas on Thursday.");
	for (i = 0; i < f.d->nevents; i++)
		if (f.d->events[i].place >= 0)
			assert_string_not_equal(fx_place(f.d->events[i].place)->name_en, "Frayeh");
	fx_close(&f);
}

/*
 * A name of a town of Israel and of a Syrian village: the report's other
 * places decide.
 */
static void test_places_namesakes_across_border(void **state)
{
	(void)state;
	one_event_in("ar", "قصف الطيران قرية رمانة في ريف حلب ما أدى إلى مقتل ثلاثة مدنيين.", "Rummana", "SY");
	one_event_in("ar", "سقط صاروخ على قرية رمانة قرب مدينة الناصرة شمال إسرائيل ما أدى إلى إصابة "
		     "شخصين.", "Rummana", "IL");
	one_event_in("en", "Shelling hit the village of Akka in the Hasakah countryside, killing 2 "
		     "civilians.",
		     "Akka", "SY");
}

/*
 * A city or town across the border, placed by a preposition or its
 * country, keeps its place in a report on another country; a village
 * namesake stays the report's, and a capital standing for its government
 * or a word of a village kind places nothing abroad.
 */
static void test_places_across_border(void **state)
{
	struct fx f;
	size_t i;

	(void)state;
	fx_open(&f, "en", "Troops raided the camp in Jenin in the West Bank on Monday, killing 3 "
		 "gunmen. In a separate attack in Tel Aviv, a man stabbed and wounded 4 people.");
	for (i = 0; i < f.d->nevents; i++)
		if (f.d->events[i].place >= 0 && !strcmp(fx_place(f.d->events[i].place)->country, "IL"))
			break;
	assert_true(i < f.d->nevents);
	fx_close(&f);
	fx_open(&f, "ar", "قصفت قوات الاحتلال مخيم جنين في الضفة الغربية ما أدى إلى مقتل ثلاثة "
		 "مسلحين. وفي هجوم منفصل أصيب أربعة أشخاص بجروح في تل أبيب.");
	for (i = 0; i < f.d->nevents; i++)
		if (f.d->events[i].place >= 0 && !strcmp(fx_place(f.d->events[i].place)->country, "IL"))
			break;
	assert_true(i < f.d->nevents);
	fx_close(&f);
	/* the village of a Syrian report is its own, not a foreign namesake */
	one_event_in("ar", "قصف الطيران قرية رمانة في ريف حلب ما أدى إلى مقتل ثلاثة مدنيين.", "Rummana", "SY");
	/* a capital that speaks or backs, or a foreign town called a village, places nothing abroad */
	fx_open(&f, "en", "Shelling killed 4 civilians in Idlib, Syria, on Monday. Ankara said "
		 "Tehran-backed militias fired the shells.");
	for (i = 0; i < f.d->nevents; i++)
		assert_true(f.d->events[i].place < 0 ||
			    !strcmp(fx_place(f.d->events[i].place)->country, "SY"));
	fx_close(&f);
	fx_open(&f, "en", "Shelling killed 4 civilians in Daraa, Syria. A barrel bomb hit "
		 "Haifa village in the countryside, wounding 2.");
	for (i = 0; i < f.d->nevents; i++)
		assert_true(f.d->events[i].place < 0 ||
			    !strcmp(fx_place(f.d->events[i].place)->country, "SY"));
	fx_close(&f);
	fx_open(&f, "ar", "قتل أربعة مدنيين بقصف على إدلب في سوريا. وقالت أنقرة إن ميليشيات "
		 "مدعومة من طهران أطلقت القذائف.");
	for (i = 0; i < f.d->nevents; i++)
		assert_true(f.d->events[i].place < 0 ||
			    !strcmp(fx_place(f.d->events[i].place)->country, "SY"));
	fx_close(&f);
}

/* Datelines and teasers give the report no place and no event. */
static void test_framing_furniture(void **state)
{
	struct fx f;

	(void)state;
	/* where the report was filed is not where the strikes fell */
	fx_open(&f, "en", "DAMASCUS (Reuters) - Two air strikes hit Idlib province on Monday, "
		 "killing 3 people.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Idlib");
	fx_close(&f);

	/* after the line's date, and with a time in brackets */
	fx_open(&f, "en", "date 2024-03-11 DAMASCUS, Syria (10:30 A.M.) - An air strike on the "
		 "town of Jasim killed 3 people on Monday.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Jasim");
	fx_close(&f);

	fx_open(&f, "ar", "دمشق - قتل ثلاثة أشخاص بقصف على بلدة جاسم يوم الإثنين.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Jasim");
	fx_close(&f);

	/* a country after a town places the town, it is no second town of a wave */
	fx_open(&f, "en", "An air strike killed 5 civilians in the town of Saraqib, Syria, on Monday.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);

	/* a teaser of another story, on its line or after one */
	fx_open(&f, "ar", "قتل ثلاثة أشخاص بقصف على بلدة جاسم يوم الإثنين.\n"
		 "اقرأ أيضا: مقتل عشرة عناصر في هجوم على حاجز في سراقب\n");
	assert_int_equal(f.d->nevents, 1);
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 10));
	fx_close(&f);

	fx_open(&f, "en", "Shelling on Jasim killed 3 people on Monday.\n\nRelated news\n\n"
		 "Clashes in Saraqib kill 10 fighters\n");
	rasdp_mark_background(&f.c);
	assert_int_equal(f.d->nevents, 1);
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 10));
	fx_close(&f);

	/* every line of the list a teaser line opens, a headline a line */
	fx_open(&f, "ar", "قتل ثلاثة أشخاص بقصف على بلدة جاسم يوم الإثنين.\n\nمقالات مشابهة\n\n"
		 "  • درعا.. مقتل عشرة عناصر في هجوم على حاجز في سراقب\n"
		 "  • إصابة 4 أطفال بانفجار في بلدة نوى\n");
	assert_int_equal(f.d->nevents, 1);
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 10));
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 4));
	fx_close(&f);

	fx_open(&f, "en", "Shelling on Jasim killed 3 people on Monday.\n\nYou might also like\n\n"
		 "Clashes in Saraqib kill 10 fighters\nFour children hurt in blast in Nawa\n");
	assert_int_equal(f.d->nevents, 1);
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 10));
	fx_close(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_framing_sites),
		cmocka_unit_test(test_framing_furniture),
		cmocka_unit_test(test_framing_merge_decision),
		cmocka_unit_test(test_framing_second_day),
		cmocka_unit_test(test_framing_earlier_monthday),
		cmocka_unit_test(test_framing_earlier_toll),
		cmocka_unit_test(test_framing_day_before),
		cmocka_unit_test(test_framing_risen_toll),
		cmocka_unit_test(test_framing_counted_then_finer),
		cmocka_unit_test(test_framing_rest_of),
		cmocka_unit_test(test_framing_tells_other),
		cmocka_unit_test(test_framing_kind_back),
		cmocka_unit_test(test_framing_uncounted_toll),
		cmocka_unit_test(test_places_hyphened),
		cmocka_unit_test(test_places_page_keywords),
		cmocka_unit_test(test_places_south_sudan),
		cmocka_unit_test(test_places_speaker_occasion),
		cmocka_unit_test(test_places_speaking_place),
		cmocka_unit_test(test_places_israel),
		cmocka_unit_test(test_places_namesakes_across_border),
		cmocka_unit_test(test_places_across_border),
	};

	return cmocka_run_group_tests(tests, fx_setup, NULL);
}
