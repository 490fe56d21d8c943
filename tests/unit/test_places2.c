/*
 * test_places2.c - the extraction stage of places: where each sentence and
 * event is (src/extract/places.c), part 2 of 2, on sentences written for
 * these tests.
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

/*
 * A facility or terrain word (cues.tsv `locative`: "airport", "desert")
 * beside a town's name places the event at the town: "X Airport" is no
 * longer name that hides the town, nor "the desert of X" the outlet named
 * like X.  The desert of a town is its district, no finer, as "بادية X".
 */
static void test_places_facility_and_terrain(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Drones struck Palmyra Airport overnight, killing 6 soldiers.");
	assert_string_equal(fx_place(f.c.si[0].place)->name_en, "Palmyra");
	fx_close(&f);
	fx_open(&f, "en", "Six soldiers were killed when drones struck the airport of Palmyra.");
	assert_string_equal(fx_place(f.c.si[0].place)->name_en, "Palmyra");
	fx_close(&f);
	fx_open(&f, "ar", "قتل ستة جنود بهجوم بطائرات مسيرة على مطار تدمر فجر اليوم.");
	assert_string_equal(fx_place(f.c.si[0].place)->name_en, "Palmyra");
	fx_close(&f);
	/* the desert of a town: its district; the outlet named like the town is no source there */
	fx_open(&f, "en", "An ambush killed 5 shepherds in the desert of Al Mayadeen on Friday.");
	assert_string_equal(fx_place(f.c.si[0].place)->id, "SY0903");
	fx_close(&f);
	fx_open(&f, "en", "An ambush killed 5 shepherds in the Palmyra desert on Friday.");
	assert_int_equal(fx_place(f.c.si[0].place)->kind, RASD_PLACE_DISTRICT);
	assert_string_equal(fx_place(fx_place(f.c.si[0].place)->admin1)->id, "SY04");
	fx_close(&f);
	fx_open(&f, "ar", "قتل خمسة رعاة بكمين في بادية الميادين يوم الجمعة.");
	assert_string_equal(fx_place(f.c.si[0].place)->id, "SY0903");
	fx_close(&f);
	fx_open(&f, "ar", "قتل خمسة رعاة بكمين في صحراء تدمر يوم الجمعة.");
	assert_string_equal(fx_place(f.c.si[0].place)->id, "SY0405");
	fx_close(&f);
	/* a name opening with a point of the compass needs one capital, the town's */
	fx_open(&f, "en", "A drone strike hit the southern suburbs of Beirut overnight, killing 2 men.");
	assert_string_equal(fx_place(f.c.si[0].place)->id, "x:dahiyeh");
	fx_close(&f);
	/* a governorate's countryside is still the whole of it */
	fx_open(&f, "en", "Shelling killed 2 civilians in Hama countryside on Friday.");
	assert_string_equal(fx_place(f.c.si[0].place)->id, "SY05");
	fx_close(&f);
}

/*
 * Named natural regions (places-extra.tsv, kind `region`): a plain or a
 * mountain of one governorate locates an event like a district; one of
 * several governorates (Darfur) locates only an event no finer place
 * does.  A region named as a reporter's base is no event's place.
 */
static void test_places_named_regions(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Government shelling killed 4 farmers in the Ghab plain on Monday.");
	assert_string_equal(fx_place(f.c.si[0].place)->id, "x:ghab");
	fx_close(&f);
	fx_open(&f, "ar", "قتل أربعة مزارعين بقصف مدفعي على سهل الغاب يوم الاثنين.");
	assert_string_equal(fx_place(f.c.si[0].place)->id, "x:ghab");
	fx_close(&f);
	fx_open(&f, "ar", "قتل 12 مدنيا في هجوم لمسلحين على قرى في دارفور يوم الأحد.");
	assert_string_equal(fx_place(f.d->events[0].place)->id, "x:darfur");
	fx_close(&f);
	/* a town of the region named: the town */
	fx_open(&f, "en", "Militiamen killed 12 villagers in El Fasher in Darfur on Sunday.");
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "El Fasher");
	fx_close(&f);
	/* the reporter's base */
	fx_open(&f, "ar", "وقال مراسلنا في جبل الأكراد إن القصف قتل ثلاثة مدنيين في جسر الشغور.");
	assert_string_not_equal(fx_place(f.d->events[0].place)->id, "x:jabal_akrad");
	fx_close(&f);
}

/*
 * A terrain named as lying near a town ("the desert near the ancient
 * city of Palmyra", "الصحراء قرب مدينة تدمر") is the town's terrain, its
 * district, as "بادية تدمر" is; a post or a market near a town is at the
 * town.  The town named again for the toll is the same site, no part of
 * the district's toll.
 */
static void test_places_terrain_near(void **state)
{
	struct fx f;
	size_t i;

	(void)state;
	fx_open(&f, "en", "Gunmen ambushed a convoy in the desert near the ancient town of Palmyra on "
			   "Sunday, killing 7 soldiers.");
	assert_string_equal(fx_place(f.c.si[0].place)->id, "SY0405");
	fx_close(&f);
	fx_open(&f, "ar", "قتل سبعة جنود بكمين استهدف رتلا في الصحراء بالقرب من مدينة تدمر يوم الأحد.");
	assert_string_equal(fx_place(f.c.si[0].place)->id, "SY0405");
	fx_close(&f);
	fx_open(&f, "ar", "قتل سبعة جنود بكمين في البادية قرب تدمر يوم الأحد.");
	assert_string_equal(fx_place(f.c.si[0].place)->id, "SY0405");
	fx_close(&f);
	/* no terrain before "near": the town itself */
	fx_open(&f, "en", "A roadside bomb hit a checkpoint near Palmyra on Sunday, killing 3 soldiers.");
	assert_string_equal(fx_place(f.c.si[0].place)->name_en, "Palmyra");
	fx_close(&f);
	fx_open(&f, "ar", "قتل ثلاثة جنود بانفجار عبوة ناسفة عند حاجز قرب تدمر يوم الأحد.");
	assert_string_equal(fx_place(f.c.si[0].place)->name_en, "Palmyra");
	fx_close(&f);
	/* the town named for a lower toll: a rival figure, not a part of the district's */
	fx_open(&f, "en", "Gunmen killed at least 14 soldiers in the desert near Palmyra on Sunday, a monitor "
			   "said. The defence ministry said 8 soldiers were killed in Palmyra.");
	for (i = 0; i < f.d->events[0].nclaims; i++)
		if (f.d->events[0].claims[i].value == 8)
			assert_false(f.d->events[0].claims[i].subset);
	assert_true(fx_nclaims(f.d) >= 2);
	fx_close(&f);
}

/*
 * A region of a country named by an everyday word (places-regions.tsv:
 * "the south", "الجنوب") is its governorate in a report whose places are
 * all of that country; named beside another country's places, or in a
 * report naming no place, it is no place, and a country with no such row
 * (Syria's south spans governorates) has none.
 */
static void test_places_word_region(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Lebanon's civil defence said a drone strike killed 3 farmers in the south "
		 "on Sunday.");
	assert_string_equal(fx_place(f.c.si[0].place)->id, "LB.06");
	fx_close(&f);
	fx_open(&f, "ar", "قتل ثلاثة مزارعين بغارة من طائرة مسيرة في الجنوب اللبناني يوم الأحد.");
	assert_string_equal(fx_sent_place(&f, 0), "");
	fx_close(&f);
	fx_open(&f, "ar", "أفاد الدفاع المدني في لبنان بأن غارة من طائرة مسيرة قتلت ثلاثة مزارعين "
		 "في الجنوب يوم الأحد.");
	assert_string_equal(fx_place(f.d->events[0].place)->id, "LB.06");
	fx_close(&f);
	/* no country named: no place */
	fx_open(&f, "ar", "قتلت غارة من طائرة مسيرة ثلاثة مزارعين في الجنوب يوم الأحد.");
	assert_int_equal(f.c.si[0].place, -1);
	fx_close(&f);
	/* another country's places named too: no place */
	fx_open(&f, "en", "Rockets fired at Haifa were answered by a strike that killed 3 farmers in "
		 "the south of Lebanon on Sunday.");
	assert_int_not_equal(f.c.si[0].place, -1);
	assert_string_not_equal(fx_place(f.c.si[0].place)->id, "x:lb_south");
	fx_close(&f);
	/* Syria's south is no one governorate */
	fx_open(&f, "ar", "قتل ثلاثة مدنيين بقصف في الجنوب، وفق مصادر في دمشق.");
	assert_int_equal(f.c.si[0].place, -1);
	fx_close(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_places_facility_and_terrain),
		cmocka_unit_test(test_places_named_regions),
		cmocka_unit_test(test_places_terrain_near),
		cmocka_unit_test(test_places_word_region),
	};

	return cmocka_run_group_tests(tests, fx_setup, NULL);
}
