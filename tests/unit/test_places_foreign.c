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

/* Report `title` over `body` in `lang`: its first event is at `want` ("" for none). */
static void expect_place(const char *lang, const char *title, const char *body, const char *want)
{
	char text[1024];
	struct fx f;

	snprintf(text, sizeof(text), "%s\n\n%s", title, body);
	fx_open_titled(&f, lang, title, text);
	assert_true(f.d->nevents > 0);
	assert_string_equal(f.d->events[0].place >= 0 ?
			    fx_place(f.d->events[0].place)->name_en : "", want);
	fx_close(&f);
}

/*
 * A sentence of detail after an event of no place of its own names a city
 * of another country than the headline's place: the headline places the
 * event, the city abroad is where others are.
 */
static void test_foreign_detail_headline_en(void **state)
{
	(void)state;
	expect_place("en", "Air raids kill 6 in Saraqib",
		     "Jets struck a crowded street on Tuesday, killing six people, a monitor "
		     "said. Aid groups in Gaziantep said the hospitals were full.",
		     "Saraqib");

	/* the city abroad is where the wounded went */
	expect_place("en", "Shelling kills 3 in Azaz",
		     "Artillery shells killed three people on Friday, rescuers said. The "
		     "wounded were driven to Kilis.",
		     "Azaz");
}

static void test_foreign_detail_headline_ar(void **state)
{
	(void)state;
	expect_place("ar", "غارات تقتل 6 مدنيين في سراقب",
		     "قتل ستة مدنيين بغارات جوية يوم الثلاثاء، بحسب المرصد. ونقل الجرحى "
		     "إلى مستشفيات في غازي عنتاب.",
		     "Saraqib");
}

/*
 * The other side: a detail sentence of the headline's country still places
 * the event, and with no place in the headline a city abroad does too (the
 * event may be there).
 */
static void test_foreign_detail_same_country(void **state)
{
	(void)state;
	expect_place("en", "Air raids kill 6 in Idlib province",
		     "Jets struck a crowded street on Tuesday, killing six people, a monitor "
		     "said. The street was in the centre of Saraqib.",
		     "Saraqib");

	expect_place("en", "Blast kills 6",
		     "A bomb went off on Tuesday, killing six people, police said. The blast hit "
		     "a bus station in Gaziantep.",
		     "Gaziantep");

	expect_place("ar", "انفجار يقتل 6 أشخاص",
		     "قتل ستة أشخاص بانفجار عبوة يوم الثلاثاء، بحسب الشرطة. ووقع الانفجار "
		     "في محطة حافلات في غازي عنتاب.",
		     "Gaziantep");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_foreign_detail_headline_en),
		cmocka_unit_test(test_foreign_detail_headline_ar),
		cmocka_unit_test(test_foreign_detail_same_country),
	};

	return cmocka_run_group_tests(tests, fx_setup, NULL);
}
