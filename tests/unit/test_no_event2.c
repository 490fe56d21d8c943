/*
 * test_no_event2.c - reports that tell no violent event of their own (a
 * threat or a plan in the sentence's first words, a denial of reports, a
 * toll over a ranked period),
 * each beside a near twin that tells one and keeps it, on sentences
 * written for these tests.
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
#include "testdata.h"

/* Load the engine once, before the tests time anything. */
/* A threat whose verb stands among the sentence's first words frames no event. */
static void test_threat_opening_en(void **state)
{
	(void)state;
	assert_int_equal(fx_nevents("en", "The army warned it would shell the village of Kafr Nabl if the "
					"gunmen did not leave. Residents said many families had fled."), 0);
	assert_int_equal(fx_nevents("en", "Government forces threatened to storm the town of Daraya on "
					"Monday unless the fighters surrendered."), 0);
	/* the deed itself, in the same place of the sentence: an event */
	assert_int_equal(fx_nevents("en", "The army shelled the village of Kafr Nabl on Monday after the "
					"gunmen refused to leave. Residents said many families had fled."), 1);
	assert_int_equal(fx_nevents("en", "Government forces shelled the town of Daraya on Monday after "
					"the fighters refused to surrender."), 1);
}

/* The same in Arabic, the verb first ("توعد الجيش بقصف"). */
static void test_threat_opening_ar(void **state)
{
	(void)state;
	assert_int_equal(fx_nevents("ar", "توعد الجيش بقصف قرية كفرنبل إذا لم يغادرها المسلحون. وقال "
					"سكان إن عائلات كثيرة نزحت."), 0);
	assert_int_equal(fx_nevents("ar", "تعتزم القوات الحكومية قصف مدينة داريا إذا لم يستسلم "
					"المسلحون."), 0);
	assert_int_equal(fx_nevents("ar", "قصف الجيش قرية كفرنبل يوم الاثنين بعد رفض المسلحين "
					"مغادرتها. وقال سكان إن عائلات كثيرة نزحت."), 1);
	assert_int_equal(fx_nevents("ar", "قصفت القوات الحكومية مدينة داريا يوم الاثنين بعد رفض "
					"المسلحين الاستسلام."), 1);
}

/* A recall opening a later sentence still tells its past happening apart, as before. */
static void test_recall_opening_kept(void **state)
{
	(void)state;
	assert_int_equal(fx_nevents("en", "An air strike killed four people in the town of Daraya on "
					"Monday, the monitor said. Previously, shelling hit the "
					"town's market."), 1);
}

/* A denial of reports that the speaker did the deed denies the deed. */
static void test_denied_reports(void **state)
{
	(void)state;
	assert_int_equal(fx_nevents("en", "The army denied reports that it shelled the village of Kafr Nabl "
					"on Tuesday."), 0);
	assert_int_equal(fx_nevents("en", "The ministry denied media reports that its jets struck the "
					"village of Kafr Nabl on Tuesday."), 0);
	assert_int_equal(fx_nevents("ar", "نفى الجيش التقارير عن قصفه قرية كفرنبل يوم الثلاثاء."), 0);
	/* the deed told, only its victims denied: the event stays */
	assert_int_equal(fx_nevents("en", "The army shelled the village of Kafr Nabl on Tuesday, but "
					"denied reports that civilians were hurt."), 1);
	assert_int_equal(fx_nevents("ar", "قصف الجيش قرية كفرنبل يوم الثلاثاء، ونفى التقارير عن "
					"سقوط مدنيين."), 1);
}

/* A toll over the first months of a year, ranked, is no event; the first hours of one attack are. */
static void test_ranked_period(void **state)
{
	(void)state;
	assert_int_equal(fx_nevents("en", "In the first six months of the year, 400 people were killed in "
					"attacks across Syria, the monitor said."), 0);
	assert_int_equal(fx_nevents("ar", "خلال الأشهر الستة الأولى من العام، قتل 400 شخص في هجمات في "
					"أنحاء سوريا، بحسب تقرير للمرصد."), 0);
	assert_int_equal(fx_nevents("en", "Russia has carried out thousands of air strikes in Syria since "
					"2015, the monitor said."), 0);
	assert_int_equal(fx_nevents("en", "In the first hours of the assault, 40 people were killed in air "
					"strikes on the town of Daraya on Monday."), 1);
	assert_int_equal(fx_nevents("ar", "قتل 40 شخصا في غارات جوية على مدينة داريا يوم الاثنين."), 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_threat_opening_en),
		cmocka_unit_test(test_threat_opening_ar),
		cmocka_unit_test(test_recall_opening_kept),
		cmocka_unit_test(test_denied_reports),
		cmocka_unit_test(test_ranked_period),
	};

	return cmocka_run_group_tests(tests, fx_setup, NULL);
}
