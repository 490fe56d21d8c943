/*
 * test_places_namesake.c - a name places of two countries share ("Ariha"
 * of Idlib, "أريحا" of the West Bank) is of the country the report's
 * other places are of (src/extract/place_names.c), on reports written
 * for these tests.
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

/* Is some event of report `title` over `body` at `name` in country `cc`? */
static int event_at(const char *lang, const char *title, const char *body,
		    const char *name, const char *cc)
{
	char text[1024];
	struct fx f;
	size_t i;
	int found = 0;

	snprintf(text, sizeof(text), "%s\n\n%s", title, body);
	fx_open_titled(&f, lang, title, text);
	for (i = 0; i < f.d->nevents; i++) {
		const struct rasd_place *p = f.d->events[i].place >= 0 ? fx_place(f.d->events[i].place) : NULL;

		found |= p && !strcmp(p->name_en, name) && !strcmp(p->country, cc);
	}
	fx_close(&f);
	return found;
}

/* A Syrian report naming Ariha with Saraqib: Ariha of Idlib, and Saraqib stays. */
static void test_namesake_syria_en(void **state)
{
	static const char title[] = "Air strikes kill four in Ariha";
	static const char body[] =
		"Warplanes struck the market of Ariha on Monday, killing four civilians, "
		"a rescue worker said. Shells killed two people in Saraqib later that day, "
		"and a rocket wounded a child in Jisr al-Shughur.";

	(void)state;
	assert_true(event_at("en", title, body, "Ariha", "SY"));
	assert_false(event_at("en", title, body, "Jericho", "PS"));
	assert_true(event_at("en", title, body, "Saraqib", "SY"));
}

static void test_namesake_syria_ar(void **state)
{
	static const char title[] = "مقتل أربعة مدنيين بغارات على أريحا";
	static const char body[] =
		"قتل أربعة مدنيين بغارات جوية استهدفت سوق مدينة أريحا يوم الاثنين، "
		"وقتل شخصان بقصف مدفعي على مدينة سراقب.";

	(void)state;
	assert_true(event_at("ar", title, body, "Ariha", "SY"));
	assert_false(event_at("ar", title, body, "Jericho", "PS"));
	assert_true(event_at("ar", title, body, "Saraqib", "SY"));
}

/* A report of the West Bank naming Nablus: Jericho stays Jericho. */
static void test_namesake_west_bank_en(void **state)
{
	static const char title[] = "Two men shot dead in Ariha";
	static const char body[] =
		"Soldiers shot dead two men at a checkpoint in Ariha on Sunday, medics said. "
		"A third man was wounded in Nablus overnight.";

	(void)state;
	assert_true(event_at("en", title, body, "Jericho", "PS"));
	assert_false(event_at("en", title, body, "Ariha", "SY"));
}

static void test_namesake_west_bank_ar(void **state)
{
	static const char title[] = "مقتل شابين برصاص الجنود في أريحا";
	static const char body[] =
		"قتل شابان برصاص الجنود عند حاجز في مدينة أريحا يوم الأحد، وأصيب ثالث "
		"في مدينة نابلس ليلا.";

	(void)state;
	assert_true(event_at("ar", title, body, "Jericho", "PS"));
	assert_false(event_at("ar", title, body, "Ariha", "SY"));
}

/* Ariha the only town: what else the report names decides. */
static void test_namesake_alone(void **state)
{
	(void)state;
	assert_true(event_at("en", "Shelling kills three in Ariha",
			     "Artillery shells killed three people in Ariha, in the Idlib countryside, "
			     "on Friday, activists said.", "Ariha", "SY"));
	assert_true(event_at("ar", "مقتل ثلاثة بقصف على أريحا",
			     "قتل ثلاثة أشخاص بقصف مدفعي على مدينة أريحا في ريف إدلب يوم الجمعة.",
			     "Ariha", "SY"));
	assert_true(event_at("en", "Two killed in Ariha raid",
			     "Troops shot dead two men during a raid on Ariha in the West Bank "
			     "on Friday, medics said.", "Jericho", "PS"));
	assert_true(event_at("ar", "مقتل شابين في أريحا",
			     "قتل شابان برصاص الجنود خلال اقتحام مدينة أريحا في الضفة الغربية "
			     "يوم الجمعة.", "Jericho", "PS"));
}

/* The same of any two countries: Tripoli of Lebanon and of Libya. */
static void test_namesake_other_countries(void **state)
{
	static const char title[] = "Clashes kill three in Tripoli";

	(void)state;
	assert_true(event_at("en", title, "Gunmen clashed in Tripoli on Monday, killing three "
			     "people, a security source said. Troops were sent from Beirut.",
			     "Tripoli", "LB"));
	assert_true(event_at("en", title, "Gunmen clashed in Tripoli on Monday, killing three "
			     "people, a security source said. Troops were sent from Misrata.",
			     "Tripoli", "LY"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_namesake_syria_en),
		cmocka_unit_test(test_namesake_syria_ar),
		cmocka_unit_test(test_namesake_west_bank_en),
		cmocka_unit_test(test_namesake_west_bank_ar),
		cmocka_unit_test(test_namesake_alone),
		cmocka_unit_test(test_namesake_other_countries),
	};

	(void)fx_lexicon();
	return cmocka_run_group_tests(tests, fx_setup, NULL);
}
