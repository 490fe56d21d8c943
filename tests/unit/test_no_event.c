/*
 * test_no_event.c - reports that tell no violent event of their own (a
 * toll over a period, an accident), each beside a near twin that tells
 * one and keeps it, on sentences written for these tests.
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

/* Does `text` tell an event with `value` killed among its figures? */
static int kills(const char *lang, const char *text, int64_t value)
{
	struct fx f;
	int found;

	fx_open(&f, lang, text);
	found = f.d->nevents > 0 && fx_claim(f.d, RASD_CAS_KILLED, value) != NULL;
	fx_close(&f);
	return found;
}

/* A year's toll of a kind of happening (cues.tsv `kinds`) across a country is no event. */
static void test_period_kinds_en(void **state)
{
	(void)state;
	assert_int_equal(fx_nevents("en", "During 2022, 870 people were killed in landmine blasts across the "
					"country, the monitor said in a report issued on Monday."), 0);
	/* one blast, its day and its town: an event */
	assert_true(kills("en", "Five people were killed on Monday when a landmine blast hit a bus near "
				   "the town of Saraqib, the monitor said.", 5));
	/* a kind named before the count tells of some ("clashes killed") */
	assert_true(kills("en", "Clashes killed 11 fighters near the town of Saraqib on Monday, the "
				   "monitor said.", 11));
}

static void test_period_kinds_ar(void **state)
{
	(void)state;
	/* the period in the phrase opening the sentence, across its comma */
	assert_int_equal(fx_nevents("ar", "منذ مطلع العام، قتل 260 شخصا في هجمات متفرقة في أنحاء البلاد، وفق "
					"تقرير للمنظمة صدر الخميس."), 0);
	assert_true(kills("ar", "قتل 9 أشخاص في هجوم على سوق في مدينة الباب صباح الخميس، وفق مصادر "
				   "محلية.", 9));
}

/* A war-long toll behind an opening phrase and a comma is no event's; one strike's is. */
static void test_period_opening_en(void **state)
{
	(void)state;
	assert_int_equal(fx_nevents("en", "Since the start of the war, about 1,900 children have been killed in "
					"bombings and shelling, the agency said on Friday."), 0);
	assert_true(kills("en", "Since the start of the war, the town of Ariha has been shelled often. "
				   "On Friday, shelling killed 4 children there, the agency said.", 4));
}

/* A blast in a kitchen (cues.tsv `hazard`) is a household accident; a bomb by a home is not. */
static void test_kitchen_blast(void **state)
{
	(void)state;
	assert_int_equal(fx_nevents("en", "A man and his daughter were killed when a gas cylinder exploded in "
					"the kitchen of their flat in the city of Hama on Sunday, the civil "
					"defence said."), 0);
	assert_true(kills("en", "A man and his daughter were killed when a bomb planted in a car "
				   "exploded outside their flat in the city of Hama on Sunday, the civil "
				   "defence said.", 2));
}

/* A funeral (cues.tsv `anniversary`) of men killed before is no event; a bomb at a funeral is. */
static void test_funeral(void **state)
{
	(void)state;
	assert_int_equal(fx_nevents("en", "Hundreds of mourners attended on Sunday the funeral of 14 fighters who "
					"were killed in clashes last month, in the town of Mayadin."), 0);
	assert_true(kills("en", "A suicide bomber blew himself up at a funeral in the town of Mayadin "
				   "on Sunday, killing 14 mourners.", 14));
	assert_int_equal(fx_nevents("ar", "شارك المئات الأحد في تشييع 14 مقاتلا قتلوا في معارك الشهر الماضي، في "
					"مدينة الميادين."), 0);
	assert_true(kills("ar", "فجر انتحاري نفسه وسط جنازة في مدينة الميادين الأحد، ما أدى إلى مقتل "
				   "14 شخصا.", 14));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_period_kinds_en),
		cmocka_unit_test(test_period_kinds_ar),
		cmocka_unit_test(test_period_opening_en),
		cmocka_unit_test(test_kitchen_blast),
		cmocka_unit_test(test_funeral),
	};

	return cmocka_run_group_tests(tests, fx_setup, NULL);
}
