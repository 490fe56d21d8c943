/*
 * test_event_split.c - how many events a report of several happenings
 * gives (src/extract/event_filter.c, merging.c, framing.c), on sentences
 * written for these tests.
 *
 * A happening with its own violent verb and its own named place stands as
 * an event of its own even when the report gives it no figure ("rebels
 * shelled the town of X", "واندلعت اشتباكات في محيط بلدة Y"); a past
 * battle recalled as background, a threat or a plan is no event; one
 * operation told in several sentences stays one event (gold/GUIDE.md, one
 * event per happening and place).
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

/*
 * `text` gives exactly the events at the places `names` (n of them, in
 * order of the report, the main one first).
 */
static void events_at(const char *lang, const char *text, const char *const *names, size_t n)
{
	struct fx f;
	size_t i;

	fx_open(&f, lang, text);
	assert_int_equal(f.d->nevents, n);
	for (i = 0; i < n; i++) {
		assert_true(f.d->events[i].place >= 0);
		assert_string_equal(fx_place(f.d->events[i].place)->name_en, names[i]);
	}
	fx_close(&f);
}

/* ---- a figureless happening at a place of its own stands --------------- */

static void test_split_figureless_kept(void **state)
{
	static const char *const idlib[] = { "Ariha", "Sarmin", "Binnish", "Hajin" };
	static const char *const hama[] = { "Kafr Zayta", "Jorin" };

	(void)state;
	/* the lead counts its dead; shelling of two more towns and a clash elsewhere count none */
	events_at("en",
		  "Government warplanes killed six civilians in the town of Ariha on Monday, "
		  "rescuers said. Elsewhere in the province, government artillery pounded the "
		  "town of Sarmin, and the nearby town of Binnish came under heavy shelling. "
		  "In Deir ez-Zor, clashes broke out between tribal fighters and Kurdish-led "
		  "forces in the town of Hajin.",
		  idlib, 4);
	events_at("ar",
		  "قتل ستة مدنيين بغارات للطيران الحربي على مدينة أريحا يوم الاثنين، بحسب "
		  "فرق الإنقاذ. وفي ريف إدلب، قصفت مدفعية النظام مدينة سرمين، كما تعرضت بلدة "
		  "بنش لقصف صاروخي عنيف. وفي دير الزور، اندلعت اشتباكات بين مقاتلين من "
		  "العشائر وقوات سوريا الديمقراطية في بلدة هجين.",
		  idlib, 4);
	/* no figure anywhere: two strikes at two places are two events */
	events_at("en",
		  "Army helicopters dropped barrel bombs on the town of Kafr Zita on Sunday, "
		  "while rebels shelled the village of Jurin with rockets. There was no word "
		  "on casualties.",
		  hama, 2);
	events_at("ar",
		  "ألقت مروحيات الجيش براميل متفجرة على بلدة كفرزيتا يوم الأحد، بينما قصفت "
		  "فصائل المعارضة قرية جورين بالصواريخ.",
		  hama, 2);
}

/*
 * ---- a toll given for several places goes with the first, once ----------
 * (gold/GUIDE.md: one event per town; the toll of several places
 * together with the first place named)
 */

static void test_split_shared_toll(void **state)
{
	static const char *const towns[] = { "Sarmin", "Binnish" };
	struct fx f;

	(void)state;
	events_at("en", "Army shelling on the towns of Sarmin and Binnish killed four civilians "
		  "on Monday, a monitor said.", towns, 2);
	events_at("ar", "قتل أربعة مدنيين بقصف للجيش على بلدتي سرمين وبنش يوم الاثنين.", towns, 2);
	fx_open(&f, "en", "Army shelling on the towns of Sarmin and Binnish killed four civilians "
		"on Monday, a monitor said.");
	assert_int_equal(f.d->events[0].nclaims, 1);
	assert_int_equal(f.d->events[1].nclaims, 0);
	fx_close(&f);
	/* a second clause with a cue of its own at another town */
	events_at("ar", "قتل أربعة مدنيين بقصف للجيش على بلدة سرمين يوم الاثنين، كما طالت "
		  "الغارات بلدة بنش المجاورة.", towns, 2);
	events_at("en", "Army shelling killed four civilians in the town of Sarmin on Monday, "
		  "while rockets hit the nearby town of Binnish.", towns, 2);
}

/* ---- a past battle, a threat or a plan is no event --------------------- */

static void test_split_background_dropped(void **state)
{
	static const char *const jisr[] = { "Jisr ash Shughur" };
	static const char *const binnish[] = { "Binnish" };
	static const char *const sarmin[] = { "Sarmin" };

	(void)state;
	/* a past battle at the same town, recalled */
	events_at("en",
		  "Army shelling killed four people in the town of Jisr al-Shughour on Sunday. "
		  "The town saw fierce battles in 2015, when rebels captured it.",
		  jisr, 1);
	events_at("ar",
		  "قتل أربعة أشخاص بقصف للجيش على مدينة جسر الشغور يوم الأحد. وكانت المدينة "
		  "قد شهدت معارك عنيفة عام 2015.",
		  jisr, 1);
	/* a threat at another place */
	events_at("en",
		  "Army shelling killed four people in the town of Jisr al-Shughour on Sunday. "
		  "Rebels have threatened to strike the airport of Hama in return.",
		  jisr, 1);
	/* a threat told as what it would do, and no event at all */
	assert_int_equal(fx_nevents("en", "The army warned on Monday that it would bomb rebel "
				    "positions in the town of Sarmin if the fighters stayed."), 0);
	assert_int_equal(fx_nevents("en", "The Syrian army warned it would shell the town of Sarmin "
				    "on Monday."), 0);
	/* a vow or a plan at another place; in Arabic */
	events_at("ar", "قتل أربعة مدنيين بقصف للجيش على بلدة سرمين يوم الاثنين. وتوعدت فصائل "
		  "المعارضة بقصف مواقع الجيش في بلدة بنش.", sarmin, 1);
	assert_int_equal(fx_nevents("ar", "قال قائد عسكري إن الجيش يعتزم شن غارات على بلدة بنش "
				    "خلال الأيام المقبلة."), 0);
	/* a vow in a clause of its own leaves the happening it follows */
	events_at("ar", "قصفت فصائل المعارضة بلدة بنش يوم الاثنين، بعد ساعات من توعدها بالرد "
		  "على مقتل قائدها.", binnish, 1);
	events_at("en", "Rebels shelled the town of Binnish on Monday, hours after they vowed to "
		  "avenge their commander.", binnish, 1);
	/* a plan at another place */
	events_at("en",
		  "Army shelling killed four people in the town of Jisr al-Shughour on Sunday. "
		  "The army has said it plans to launch an offensive on the town of Sarmin.",
		  jisr, 1);
}

/* ---- one operation told in several sentences stays one event ----------- */

static void test_split_one_operation(void **state)
{
	static const char *const qamishli[] = { "Qamishli" };

	(void)state;
	events_at("en",
		  "A drone struck a car near Qamishli on Sunday, killing two fighters, the "
		  "group said. The strike hit the car as it drove through the city. The drone "
		  "attack was the second in the area this week.",
		  qamishli, 1);
	events_at("ar",
		  "استهدفت طائرة مسيرة سيارة قرب مدينة القامشلي يوم الأحد، ما أدى إلى مقتل "
		  "مقاتلين اثنين. وأصابت الغارة السيارة بشكل مباشر.",
		  qamishli, 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_split_figureless_kept),
		cmocka_unit_test(test_split_shared_toll),
		cmocka_unit_test(test_split_background_dropped),
		cmocka_unit_test(test_split_one_operation),
	};

	return cmocka_run_group_tests(tests, fx_setup, NULL);
}
