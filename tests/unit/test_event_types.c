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

/* The value of feature `name` (frame.tsv) in the reading of `type` of event `ev`, or -1. */
static float reading_feature(const struct rasd_event *ev, const char *type, const char *name)
{
	const struct rasd_decision *dec = rasdp_decisions[RASD_DEC_FRAME];
	size_t i, k;

	for (i = 0; i < ev->nframes; i++) {
		const struct rasd_frame *f = &ev->frames[i];

		if (f->kind != RASD_FRAME_TYPE || strcmp(f->event_type, type))
			continue;
		for (k = 0; k < dec->nfeats; k++)
			if (!strcmp(dec->feats[k].name, name))
				return f->x[k];
	}
	return -1;
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
	expect_type("en",
		    "Gunmen targeted a group of shepherds near Jalawla on Thursday, killing five of "
		    "them.",
		    "Violence against civilians", "Attack");
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

/*
 * A toll told after an attack that hit the armed alone ("attacked army
 * positions, killing 25 soldiers") was done by a fight, while shells hit
 * the town beside it (frame.tsv fight_harm); in a report of a bomb, "the
 * attack" is the bombing told again, and a toll told after shells is
 * theirs.
 */
static void test_types_attack_on_armed(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en",
		"Fighting broke out between the army and the RSF in El Fasher on Saturday as RSF "
		"fighters attacked army positions, killing 25 soldiers. RSF shelling also hit the "
		"city's main market.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Battles");
	assert_true(reading_feature(&f.d->events[0], "Battles", "fight_harm") > 0);
	fx_close(&f);
	fx_open(&f, "ar",
		"اندلع قتال بين الجيش وقوات الدعم السريع في الفاشر يوم السبت، بعد أن هاجمت قوات "
		"الدعم السريع مواقع الجيش، ما أسفر عن مقتل 25 جنديا. كما طال قصف مدفعي للدعم "
		"السريع السوق الرئيسي في المدينة.");
	assert_int_equal(f.d->nevents, 1);
	assert_true(reading_feature(&f.d->events[0], "Battles", "fight_harm") > 0);
	fx_close(&f);
	/* the attack is the bombing */
	fx_open(&f, "en",
		"A suicide bomber blew himself up at the army headquarters in Tikrit on Saturday. "
		"The attack struck the headquarters, killing 25 soldiers.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Explosions/Remote violence");
	assert_true(reading_feature(&f.d->events[0], "Battles", "fight_harm") <= 0);
	fx_close(&f);
	fx_open(&f, "ar",
		"فجر انتحاري نفسه عند مقر للجيش في تكريت يوم السبت. واستهدف الهجوم المقر، ما "
		"أسفر عن مقتل 25 جنديا.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Explosions/Remote violence");
	assert_true(reading_feature(&f.d->events[0], "Battles", "fight_harm") <= 0);
	fx_close(&f);
	/* the toll follows the shells */
	fx_open(&f, "en",
		"Shells hit the main market in El Fasher on Saturday, killing 12 civilians, as RSF "
		"fighters attacked army positions nearby.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Explosions/Remote violence");
	fx_close(&f);
}

/*
 * The words after a word of where an attack happened (cues.tsv
 * `attack_site`: "at", "near", "عند", "قرب") name its place, no object
 * of it: a man shot at a checkpoint is no attack on the checkpoint.  An
 * attack on the checkpoint itself stays a battle.
 */
static void test_types_attack_site(void **state)
{
	(void)state;
	expect_type("ar",
		    "استشهد شاب فلسطيني يوم الخميس برصاص قوات الاحتلال عند حاجز عسكري قرب الخليل.",
		    "Violence against civilians", "Attack");
	expect_type("en",
		    "A Palestinian man was killed by Israeli gunfire at a checkpoint near Hebron on "
		    "Thursday.",
		    "Violence against civilians", "Attack");
	expect_type("ar",
		    "أطلق مسلحون النار على حاجز للجيش قرب الخليل يوم الخميس، ما أدى إلى مقتل جنديين.",
		    "Battles", "Armed clash");
	expect_type("en",
		    "Gunmen opened fire on an army checkpoint near Hebron on Thursday, killing two "
		    "soldiers.",
		    "Battles", "Armed clash");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_types_aircraft_attack),
		cmocka_unit_test(test_types_pounded),
		cmocka_unit_test(test_types_attack_on_armed),
		cmocka_unit_test(test_types_attack_site),
	};

	return cmocka_run_group_tests(tests, fx_setup, NULL);
}
