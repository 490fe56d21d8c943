/*
 * test_places_foreign.c - an event's place against a city abroad that a
 * later sentence names (src/extract/framing.c), on sentences written for
 * these tests.
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

static const rasd_engine *engine;
static const struct rasd_lexicon *lx;

static int setup(void **state)
{
	(void)state;
	engine = rasdt_engine();
	lx = rasdp_engine_lexicon(engine);
	return 0;
}

/* The first event's place, by its English name ("" for none). */
static const char *first_place(const struct fx *f)
{
	assert_true(f->d->nevents > 0);
	return f->d->events[0].place >= 0 ? fx_place(f->d->events[0].place)->name_en : "";
}

/*
 * A sentence of detail after an event of no place of its own names a city
 * of another country than the headline's place: the headline places the
 * event, the city abroad is where others are.
 */
static void test_foreign_detail_headline_en(void **state)
{
	struct fx f;

	(void)state;
	fx_open_titled(&f, "en", "Air raids kill 6 in Saraqib",
		       "Air raids kill 6 in Saraqib\n\n"
		       "Jets struck a crowded street on Tuesday, killing six people, a monitor "
		       "said. Aid groups in Gaziantep said the hospitals were full.");
	assert_string_equal(first_place(&f), "Saraqib");
	fx_close(&f);

	/* the city abroad is where the wounded went */
	fx_open_titled(&f, "en", "Shelling kills 3 in Azaz",
		       "Shelling kills 3 in Azaz\n\n"
		       "Artillery shells killed three people on Friday, rescuers said. The "
		       "wounded were driven to Kilis.");
	assert_string_equal(first_place(&f), "Azaz");
	fx_close(&f);
}

static void test_foreign_detail_headline_ar(void **state)
{
	struct fx f;

	(void)state;
	fx_open_titled(&f, "ar", "غارات تقتل 6 مدنيين في سراقب",
		       "غارات تقتل 6 مدنيين في سراقب\n\n"
		       "قتل ستة مدنيين بغارات جوية يوم الثلاثاء، بحسب المرصد. ونقل الجرحى "
		       "إلى مستشفيات في غازي عنتاب.");
	assert_string_equal(first_place(&f), "Saraqib");
	fx_close(&f);
}

/*
 * The other side: a detail sentence of the headline's country still places
 * the event, and with no place in the headline a city abroad does too (the
 * event may be there).
 */
static void test_foreign_detail_same_country(void **state)
{
	struct fx f;

	(void)state;
	fx_open_titled(&f, "en", "Air raids kill 6 in Idlib province",
		       "Air raids kill 6 in Idlib province\n\n"
		       "Jets struck a crowded street on Tuesday, killing six people, a monitor "
		       "said. The street was in the centre of Saraqib.");
	assert_string_equal(first_place(&f), "Saraqib");
	fx_close(&f);

	fx_open_titled(&f, "en", "Blast kills 6",
		       "Blast kills 6\n\n"
		       "A bomb went off on Tuesday, killing six people, police said. The blast hit "
		       "a bus station in Gaziantep.");
	assert_string_equal(first_place(&f), "Gaziantep");
	fx_close(&f);

	fx_open_titled(&f, "ar", "انفجار يقتل 6 أشخاص",
		       "انفجار يقتل 6 أشخاص\n\n"
		       "قتل ستة أشخاص بانفجار عبوة يوم الثلاثاء، بحسب الشرطة. ووقع الانفجار "
		       "في محطة حافلات في غازي عنتاب.");
	assert_string_equal(first_place(&f), "Gaziantep");
	fx_close(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_foreign_detail_headline_en),
		cmocka_unit_test(test_foreign_detail_headline_ar),
		cmocka_unit_test(test_foreign_detail_same_country),
	};

	return cmocka_run_group_tests(tests, setup, NULL);
}
