/*
 * test_participation.c - the extraction stage of participation: the actors
 * of an event and their roles (src/extract/participation.c), on sentences
 * written for these tests.
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

/* ---- participation.c ------------------------------------------------- */

static void test_participation(void **state)
{
	struct fx f;
	const struct rasd_event *ev;

	(void)state;
	fx_open(&f, "en", "Russian jets bombed the town of Jasim on Monday, killing 6 civilians.");
	ev = &f.d->events[0];
	assert_non_null(fx_part(ev, "russia_forces", 0));
	assert_int_equal(fx_role(ev, "russia_forces"), RASD_ROLE_ACTOR1);
	fx_close(&f);

	/* said not to have taken part: denied, and no actor of the event */
	fx_open(&f, "ar", "لم تشارك القوات الروسية في الهجوم على بلدة جاسم الذي قتل فيه خمسة مدنيين.");
	ev = &f.d->events[0];
	assert_non_null(fx_part(ev, "russia_forces", 1));
	assert_null(fx_part(ev, "russia_forces", 0));
	assert_int_equal(fx_role(ev, "russia_forces"), 0);
	fx_close(&f);

	/* named only as what the brigade belongs to */
	fx_open(&f, "en", "The 8th Brigade, backed by Russia, attacked the town of Jasim on Monday "
		 "and 3 fighters were killed.");
	ev = &f.d->events[0];
	assert_non_null(fx_part(ev, "syria_8th_brigade", 0));
	assert_null(fx_part(ev, "russia_forces", 0));
	fx_close(&f);

	/* an English compound: the first names the backer, the actor after it is the one backed */
	fx_open(&f, "en", "Iran-backed Houthi rebels shelled the town of Jasim on Monday, killing 3 people.");
	ev = &f.d->events[0];
	assert_non_null(fx_part(ev, "houthis", 0));
	assert_null(fx_part(ev, "iran_forces", 0));
	fx_close(&f);

	/* the victims' side is actor 2 and took no part */
	fx_open(&f, "ar", "قتل خمسة عناصر من قوات النظام في هجوم على بلدة جاسم.");
	ev = &f.d->events[0];
	assert_int_equal(fx_role(ev, "syria_regime"), RASD_ROLE_ACTOR2);
	assert_null(fx_part(ev, "syria_regime", 0));
	fx_close(&f);
}

/* The side a deed falls on is acted upon: actor 2, no part taken. */
/*
 * A name of state forces naming no country (actors.tsv `generic`) is the
 * forces of the country where the event is; in Syria, or with no country
 * known, the entry its form names.
 */
static void test_participation_generic_forces(void **state)
{
	struct fx f;
	const struct rasd_event *ev;

	(void)state;
	fx_open(&f, "en", "Security forces fired tear gas at a crowd in Basra on Tuesday, wounding 6 people.");
	ev = &f.d->events[0];
	assert_int_equal(fx_role(ev, "iraq_forces"), RASD_ROLE_ACTOR1);
	assert_int_equal(fx_role(ev, "syria_security_forces"), 0);
	assert_non_null(fx_part(ev, "iraq_forces", 0));
	fx_close(&f);

	fx_open(&f, "ar", "قتل ثلاثة مسلحين في اشتباكات مع القوات الحكومية قرب مدينة مأرب يوم السبت.");
	ev = &f.d->events[0];
	assert_int_not_equal(fx_role(ev, "yemen_gov"), 0);
	assert_int_equal(fx_role(ev, "syria_regime"), 0);
	fx_close(&f);

	/* in Syria the form's own entry */
	fx_open(&f, "en", "Security forces fired on a crowd in Daraa on Tuesday, wounding 6 people.");
	ev = &f.d->events[0];
	assert_int_equal(fx_role(ev, "syria_security_forces"), RASD_ROLE_ACTOR1);
	fx_close(&f);

	/* a form naming its country keeps it */
	fx_open(&f, "en", "Syrian security forces shelled a village near Hermel in Lebanon on Tuesday, "
		 "wounding 6 people.");
	ev = &f.d->events[0];
	assert_int_not_equal(fx_role(ev, "syria_security_forces"), 0);
	assert_int_equal(fx_role(ev, "lebanon_army"), 0);
	fx_close(&f);
}

static void test_participation_acted_upon(void **state)
{
	struct fx f;
	const struct rasd_event *ev;

	(void)state;
	/* after a word of violence and a target word */
	fx_open(&f, "en", "Regime helicopters dropped barrel bombs on the villagers of Tasil on Friday, "
		 "killing 4 people.");
	ev = &f.d->events[0];
	assert_int_equal(fx_role(ev, "civilians"), RASD_ROLE_ACTOR2);
	assert_null(fx_part(ev, "civilians", 0));
	fx_close(&f);

	fx_open(&f, "ar", "شنت طائرات النظام غارات جوية على المدنيين في بلدة تسيل فقتلت أربعة أشخاص.");
	ev = &f.d->events[0];
	assert_null(fx_part(ev, "civilians", 0));
	fx_close(&f);

	/* what a word of harm right after it befell */
	fx_open(&f, "en", "In Tasil, residents were killed in a shelling by regime forces on Friday.");
	ev = &f.d->events[0];
	assert_null(fx_part(ev, "civilians", 0));
	assert_non_null(fx_part(ev, "syria_regime", 0));
	fx_close(&f);

	/* the object of an English verb of harm */
	fx_open(&f, "en", "Regime forces shelled Tasil on Friday and killed the villagers.");
	ev = &f.d->events[0];
	assert_null(fx_part(ev, "civilians", 0));
	assert_non_null(fx_part(ev, "syria_regime", 0));
	fx_close(&f);

	/* the side that acts stays: "killed 5", an agent after "by", a battle's other side */
	fx_open(&f, "en", "Regime forces killed 5 fighters in Tasil on Friday.");
	ev = &f.d->events[0];
	assert_non_null(fx_part(ev, "syria_regime", 0));
	fx_close(&f);

	fx_open(&f, "en", "Rebels launched an offensive against regime forces in Tasil on Friday, "
		 "and 9 fighters were killed.");
	ev = &f.d->events[0];
	assert_non_null(fx_part(ev, "syria_regime", 0));
	fx_close(&f);

	/* in Arabic the actor after the verb is its subject */
	fx_open(&f, "ar", "قتلت قوات النظام خمسة مسلحين في بلدة تسيل يوم الجمعة.");
	ev = &f.d->events[0];
	assert_non_null(fx_part(ev, "syria_regime", 0));
	fx_close(&f);
}

/* The denier is the subject of its denial; a name after "to"/"in" that is a place's is the place. */
static void test_participation_denier(void **state)
{
	struct fx f;
	const struct rasd_event *ev;

	(void)state;
	/* Russia's denial, told by a Turkish source: no denial of Turkey's part */
	fx_open(&f, "en", "Regime jets bombed Tasil on Friday, killing 9 people. "
		 "Russia denies involvement Turkish President Erdogan discussed the attack, "
		 "the Turkish government said.");
	ev = &f.d->events[0];
	assert_null(fx_part(ev, "turkey_forces", 1));
	fx_close(&f);

	/* the part another actor is said not to have taken is that actor's */
	fx_open(&f, "en", "Regime jets bombed Tasil on Friday, killing 9 people. "
		 "The Russian air force has not carried out any strikes near Tasil, the Turkish government said.");
	ev = &f.d->events[0];
	assert_null(fx_part(ev, "turkey_forces", 1));
	fx_close(&f);

	/* a country named as where the wounded were taken took no part */
	fx_open(&f, "en", "Regime jets bombed Tasil on Friday, killing 9 people. "
		 "Fifteen of the wounded were brought to Turkey for treatment.");
	ev = &f.d->events[0];
	assert_null(fx_part(ev, "turkey_forces", 0));
	fx_close(&f);

	fx_open(&f, "ar", "قصفت طائرات النظام بلدة تسيل يوم الجمعة فقتلت تسعة أشخاص، ونقل الجرحى إلى تركيا للعلاج.");
	ev = &f.d->events[0];
	assert_null(fx_part(ev, "turkey_forces", 0));
	fx_close(&f);

	/* an actor denying in the sentence that blames it: the blame is the report's, the denial its own */
	fx_open(&f, "en", "The shelling of the market in Tasil, which killed 9 people, has been attributed "
		 "to the Rapid Support Forces, though the RSF has denied responsibility.");
	ev = &f.d->events[0];
	assert_non_null(fx_part(ev, "rsf", 0));
	assert_non_null(fx_part(ev, "rsf", 1));
	assert_true(fx_part(ev, "rsf", 0)->src.outlet || fx_part(ev, "rsf", 0)->src.source < 0 ||
		    rasdp_lex_source(fx_lexicon(), (size_t)fx_part(ev, "rsf", 0)->src.source)->actor !=
			    fx_part(ev, "rsf", 0)->actor);
	fx_close(&f);

	/* a denial of the deed itself: the speaker's side denies its part */
	fx_open(&f, "en", "Air strikes hit Tasil on Friday, killing 9 people, but the Russian defence "
		 "ministry denied launching air strikes on the town.");
	ev = &f.d->events[0];
	assert_non_null(fx_part(ev, "russia_forces", 1));
	fx_close(&f);

	fx_open(&f, "ar", "قتل تسعة أشخاص في غارات جوية على بلدة تسيل يوم الجمعة، ونفت وزارة الدفاع "
		 "الروسية تنفيذ غارات على البلدة.");
	ev = &f.d->events[0];
	assert_non_null(fx_part(ev, "russia_forces", 1));
	fx_close(&f);

	/* denying whom the deed hit, the deed affirmed on another target, denies no part */
	fx_open(&f, "en", "The Syrian Defence Ministry denied targeting civilians in Tasil on Friday, "
		 "saying its artillery struck militant positions.");
	ev = &f.d->events[0];
	assert_null(fx_part(ev, "syria_regime", 1));
	fx_close(&f);
	fx_open(&f, "ar", "نفت وزارة الدفاع السورية استهداف المدنيين في بلدة تسيل يوم الجمعة، مؤكدة أن "
		 "القصف طال مواقع للمسلحين.");
	ev = &f.d->events[0];
	assert_null(fx_part(ev, "syria_regime", 1));
	fx_close(&f);
	fx_open(&f, "en", "Russia denied that Russian jets bombed homes in Tasil on Friday, saying its "
		 "aircraft struck militant bases.");
	ev = &f.d->events[0];
	assert_null(fx_part(ev, "russia_forces", 1));
	fx_close(&f);
	fx_open(&f, "en", "Russia denied that Russian jets bombed homes in Tasil on Friday, when 9 people "
		 "were killed.");
	ev = &f.d->events[0];
	assert_non_null(fx_part(ev, "russia_forces", 1));
	fx_close(&f);
	/* the deed told as another actor's, or no deed affirmed: a denial of the part */
	fx_open(&f, "en", "The Syrian Defence Ministry denied targeting civilians in Tasil on Friday, "
		 "saying rebels shelled the town.");
	ev = &f.d->events[0];
	assert_non_null(fx_part(ev, "syria_regime", 1));
	fx_close(&f);
	fx_open(&f, "ar", "نفت وزارة الدفاع السورية استهداف المدنيين في بلدة تسيل يوم الجمعة، وقتل تسعة أشخاص.");
	ev = &f.d->events[0];
	assert_non_null(fx_part(ev, "syria_regime", 1));
	fx_close(&f);

	/* Turkey as the side that acted stays */
	fx_open(&f, "en", "Turkey shelled the village of Tasil on Friday, killing 9 people.");
	ev = &f.d->events[0];
	assert_non_null(fx_part(ev, "turkey_forces", 0));
	fx_close(&f);
}

static void test_participation_denials(void **state)
{
	struct fx f;
	const struct rasd_event *ev;

	(void)state;
	/* an actor denying for itself speaks with its own name */
	fx_open(&f, "en", "Hayat Tahrir al-Sham, which denied involvement, was blamed for the car "
		 "bomb in Azaz on Monday.");
	ev = &f.d->events[0];
	assert_string_equal(fx_speaker(&fx_part(ev, "hts", 0)->src), "outlet");
	assert_string_equal(fx_speaker(&fx_part(ev, "hts", 1)->src), "Hayat Tahrir al-Sham");
	fx_close(&f);

	/* a part played down is neither asserted nor denied */
	fx_open(&f, "ar", "اقتصرت مشاركة قوات النظام على قصف بلدة جاسم بقذيفتين، وقتل مقاتلان في الاشتباكات.");
	ev = &f.d->events[0];
	assert_non_null(fx_part(ev, "syria_regime", 0));
	assert_true(fx_part(ev, "syria_regime", 0)->limited);
	assert_null(fx_part(ev, "syria_regime", 1));
	fx_close(&f);
}

/*
 * A denial of a part denies that the actor acted: not a loss of its people
 * negated, nor an actor named in the denier's own account of the event.
 */
static void test_participation_not_denied(void **state)
{
	struct fx f;
	const struct rasd_event *ev;

	(void)state;
	/* no losses in its ranks: the actor still took part */
	fx_open(&f, "ar", "قصفت القوات الروسية بلدة جاسم يوم الاثنين وقتل أربعة مدنيين ولا خسائر "
		 "في صفوف القوات الروسية.");
	ev = &f.d->events[0];
	assert_non_null(fx_part(ev, "russia_forces", 0));
	assert_null(fx_part(ev, "russia_forces", 1));
	fx_close(&f);

	fx_open(&f, "en", "Russian jets bombed the town of Jasim on Monday, killing 6 civilians, "
		 "with no casualties among Russian forces.");
	ev = &f.d->events[0];
	assert_non_null(fx_part(ev, "russia_forces", 0));
	assert_null(fx_part(ev, "russia_forces", 1));
	fx_close(&f);

	/* the denier's account after its denial of the attack asserts another's part */
	fx_open(&f, "en", "The Russian defence ministry denied responsibility for the strike on Jasim "
		 "that killed 6 civilians, blaming rockets fired by Hayat Tahrir al-Sham.");
	ev = &f.d->events[0];
	assert_null(fx_part(ev, "hts", 1));
	assert_non_null(fx_part(ev, "hts", 0));
	fx_close(&f);

	/* a spokesman and the body he speaks for are one side, never two */
	fx_open(&f, "en", "The Russian Ministry of Defence said Hayat Tahrir al-Sham fighters shelled "
		 "Jasim on Monday, killing 3 civilians. A Russian officer denied that Hayat Tahrir "
		 "al-Sham fighters took part.");
	ev = &f.d->events[0];
	assert_non_null(fx_part(ev, "hts", 0));
	assert_null(fx_part(ev, "hts", 1));
	fx_close(&f);

	/*
	 * refusing a call is no denial ("rejected calls to halt ..."); rejecting
	 * an accusation of the deed is
	 */
	fx_open(&f, "en", "US jets bombed Jasim on Monday, killing 6 people. The US has rejected "
		 "calls by opposition figures to halt the bombings for the sake of thousands of "
		 "civilians trapped in the town.");
	ev = &f.d->events[0];
	assert_null(fx_part(ev, "civilians", 1));
	fx_close(&f);
	fx_open(&f, "en", "Activists said Russian jets bombed Jasim on Monday, killing 6 civilians. "
		 "The Russian ministry rejected the accusations that Russian forces took part.");
	ev = &f.d->events[0];
	assert_non_null(fx_part(ev, "russia_forces", 1));
	fx_close(&f);

	/* a denial that names the actor in its own clause still denies */
	fx_open(&f, "en", "The ministry denied that Hayat Tahrir al-Sham fighters shelled Jasim on "
		 "Monday, when 3 civilians were killed.");
	ev = &f.d->events[0];
	assert_non_null(fx_part(ev, "hts", 1));
	fx_close(&f);

	/* a negated word of something else than the deed denies no part */
	fx_open(&f, "en", "Hayat Tahrir al-Sham fighters do not pay their salaries, and 4 of them "
		 "were killed in Jasim on Monday.");
	ev = &f.d->events[0];
	assert_null(fx_part(ev, "hts", 1));
	fx_close(&f);

	/* a denial itself negated leaves the part standing */
	fx_open(&f, "en", "An official in Ankara did not deny that Turkish jets bombed Jasim on "
		 "Monday, killing 4 fighters.");
	ev = &f.d->events[0];
	assert_null(fx_part(ev, "turkey_forces", 1));
	fx_close(&f);
	/* a negated harm befalling a side is its toll, not a denial of its part */
	fx_open(&f, "en", "Rebels shelled the town of Kappa on Friday, killing 3 farmers. No Russian "
		 "soldiers died as a result of the shelling.");
	ev = &f.d->events[0];
	assert_null(fx_part(ev, "russia_forces", 1));
	fx_close(&f);

	/* a deed named past the negator's reach is not what it negates */
	fx_open(&f, "en", "Fighting broke out in Kappa on Friday, killing 3 men. Hayat Tahrir al-Sham "
		 "militants do not coordinate with other groups except in fighting on the front.");
	ev = &f.d->events[0];
	assert_null(fx_part(ev, "hts", 1));
	fx_close(&f);

	/* a release is what the actor did: no denial of its part */
	fx_open(&f, "en", "Rebels clashed with the army in Kappa on Friday, killing 3 men. Opposition "
		 "forces freed 40 villagers who were held in a school.");
	ev = &f.d->events[0];
	assert_null(fx_part(ev, "opposition", 1));
	fx_close(&f);

	fx_open(&f, "ar", "اشتبكت فصائل المعارضة مع قوات النظام في بلدة كابا يوم الجمعة وقتل ثلاثة "
		 "مقاتلين، وأفرجت فصائل المعارضة عن 40 قرويا.");
	ev = &f.d->events[0];
	assert_null(fx_part(ev, "opposition", 1));
	fx_close(&f);

	/* a denial to come, or of a practice, denies nothing of this event */
	fx_open(&f, "en", "A truck bomb killed 5 people in Kappa on Friday. The regime will deny any "
		 "responsibility for the massacre, the minister said.");
	ev = &f.d->events[0];
	assert_null(fx_part(ev, "syria_regime", 1));
	fx_close(&f);

	fx_open(&f, "en", "A truck bomb killed 5 people in Kappa on Friday. The regime is expected to "
		 "deny taking part in the massacre.");
	ev = &f.d->events[0];
	assert_null(fx_part(ev, "syria_regime", 1));
	fx_close(&f);

	fx_open(&f, "en", "A truck bomb killed 5 people in Kappa on Friday. The regime denied any "
		 "responsibility for the massacre.");
	ev = &f.d->events[0];
	assert_non_null(fx_part(ev, "syria_regime", 1));
	fx_close(&f);
}

/*
 * A sentence of blame with no event of its own ("X denied any
 * responsibility") tells of denials alone; a word of blame negated without
 * a denial verb denies nothing.
 */
static void test_participation_blame(void **state)
{
	struct fx f;
	const struct rasd_event *ev;

	(void)state;
	fx_open(&f, "en", "Shelling hit the town of Jasim on Monday, killing 4 civilians, and the "
		 "governor blamed Hayat Tahrir al-Sham. Hayat Tahrir al-Sham denied any "
		 "responsibility.");
	ev = &f.d->events[0];
	assert_non_null(fx_part(ev, "hts", 1));
	fx_close(&f);

	/* the army named as the forces it speaks for, under the denial verb */
	fx_open(&f, "ar", "قتل ستة مدنيين في قصف على بلدة جاسم يوم الاثنين. ونفى الجيش الروسي "
		 "مسؤوليته عن القصف.");
	ev = &f.d->events[0];
	assert_non_null(fx_part(ev, "russia_forces", 1));
	fx_close(&f);

	/* "a group no one knows claimed responsibility": no denial */
	fx_open(&f, "ar", "قتل ستة مدنيين في قصف على بلدة جاسم يوم الاثنين، وقال مسؤول روسي إن "
		 "جماعة غير معروفة أعلنت مسؤوليتها.");
	ev = &f.d->events[0];
	assert_null(fx_part(ev, "russia_forces", 1));
	fx_close(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_participation),
		cmocka_unit_test(test_participation_acted_upon),
		cmocka_unit_test(test_participation_generic_forces),
		cmocka_unit_test(test_participation_denier),
		cmocka_unit_test(test_participation_denials),
		cmocka_unit_test(test_participation_not_denied),
		cmocka_unit_test(test_participation_blame),
	};

	return cmocka_run_group_tests(tests, fx_setup, NULL);
}
