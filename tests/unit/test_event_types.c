/*
 * test_event_types.c - the type of an event in reports from Iraq, Yemen,
 * Sudan, Gaza, Lebanon and Libya told in wire style: generic words of an
 * attack ("targeted", "استهدف", "هاجم", "دك") read by what carried the
 * attack out, and a fight told beside a strike.  Every text here is
 * invented.
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

/* `text` gives one event, of `type` and sub-type `sub` (NULL: open). */
static void expect_type(const char *lang, const char *text, const char *type, const char *sub)
{
	struct fx f;

	fx_open(&f, lang, text);
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, type);
	if (sub)
		assert_string_equal(f.d->events[0].sub_type, sub);
	else
		assert_null(f.d->events[0].sub_type);
	fx_close(&f);
}

/*
 * An Arabic verb of an attack ("استهدف", "هاجم") with an aircraft beside
 * it, its subject, is an air strike; with none, an attack on the ground
 * as before.  English names the aircraft by a word that is a cue itself.
 */
static void test_types_aircraft_attack(void **state)
{
	(void)state;
	expect_type("ar",
		    "استهدف طيران التحالف معسكر تدريب للحوثيين في محافظة صعدة يوم الاثنين، ما "
		    "أسفر عن مقتل تسعة مسلحين.",
		    "Explosions/Remote violence", "Air/drone strike");
	expect_type("ar",
		    "هاجمت طائرات الجيش مواقع لقوات الدعم السريع في أم درمان يوم الثلاثاء، ما أدى "
		    "إلى مقتل 20 من عناصرها.",
		    "Explosions/Remote violence", "Air/drone strike");
	expect_type("en",
		    "Coalition aircraft targeted a Houthi training camp in Saada on Monday, killing "
		    "9 fighters.",
		    "Explosions/Remote violence", "Air/drone strike");
	/* no aircraft: gunmen attacking a checkpoint fight it out */
	expect_type("ar",
		    "هاجم مسلحون نقطة تفتيش للجيش في محافظة صلاح الدين يوم الأربعاء، ما أدى إلى "
		    "مقتل جنديين.",
		    "Battles", "Armed clash");
	expect_type("ar",
		    "استهدف مسلحون مجهولون رعاة أغنام قرب جلولاء يوم الخميس، ما أسفر عن مقتل خمسة "
		    "منهم.",
		    "Violence against civilians", "Attack");
	expect_type("en",
		    "Gunmen targeted an army checkpoint in Salahuddin on Wednesday, killing two "
		    "soldiers.",
		    "Battles", "Armed clash");
}

/*
 * "دك" (to pound) is a bombardment of no stated means, as "قصف" is: with
 * an aircraft beside it, an air strike.
 */
static void test_types_pounded(void **state)
{
	(void)state;
	expect_type("ar",
		    "دك طيران الجيش السوداني مواقع لقوات الدعم السريع في شرق النيل يوم الثلاثاء، ما "
		    "أدى إلى مقتل 20 من عناصرها.",
		    "Explosions/Remote violence", "Air/drone strike");
	expect_type("ar",
		    "دكت قوات الدعم السريع أحياء مدينة الفاشر يوم الأحد، ما أسفر عن مقتل 15 مدنيا.",
		    "Explosions/Remote violence", NULL);
	expect_type("en", "Israeli tanks pounded eastern Rafah on Sunday, killing four Palestinians.",
		    "Explosions/Remote violence", NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_types_aircraft_attack),
		cmocka_unit_test(test_types_pounded),
	};

	return cmocka_run_group_tests(tests, setup, NULL);
}
