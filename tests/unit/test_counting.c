/*
 * test_counting.c - what a casualty count is of (src/extract/figures*.c):
 * the kind its words say and how it is tied to the other counts of its
 * sentence, on sentences written for these tests.
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

static int setup(void **state)
{
	(void)state;
	(void)rasdt_engine();
	return 0;
}

/* Does `text` give a claim of `kind` and `value`? */
static int says(const char *lang, const char *text, enum rasd_casualty_kind kind, int64_t value)
{
	struct fx f;
	int r;

	fx_open(&f, lang, text);
	r = fx_claim(f.d, kind, value) != NULL;
	fx_close(&f);
	return r;
}

/* ---- victims: the words of their clause say what befell them ---------- */

static void test_counting_victims_said(void **state)
{
	(void)state;
	assert_true(says("en", "Three victims were wounded when a shell hit a house in Daraa on Monday.",
			 RASD_CAS_WOUNDED, 3));
	assert_false(says("en", "Three victims were wounded when a shell hit a house in Daraa on Monday.",
			  RASD_CAS_KILLED_OR_WOUNDED, 3));
	assert_true(says("en", "Two victims were killed and four others wounded in a blast in Homs on Friday.",
			 RASD_CAS_KILLED, 2));
	assert_true(says("en", "Two victims were killed and four others wounded in a blast in Homs on Friday.",
			 RASD_CAS_WOUNDED, 4));
	assert_true(says("ar", "أصيب ثلاثة ضحايا بجروح في قصف على مدينة درعا يوم الاثنين.",
			 RASD_CAS_WOUNDED, 3));
	assert_true(says("ar", "قتل ثلاثة ضحايا وأصيب أربعة آخرون في انفجار في مدينة حمص يوم الجمعة.",
			 RASD_CAS_KILLED, 3));
	assert_true(says("ar", "قتل ثلاثة ضحايا وأصيب أربعة آخرون في انفجار في مدينة حمص يوم الجمعة.",
			 RASD_CAS_WOUNDED, 4));
}

/* Victims whose clause says nothing of them, or both, stay killed or wounded. */
static void test_counting_victims_unsaid(void **state)
{
	(void)state;
	assert_true(says("ar", "سقط 8 ضحايا في قصف على مدينة دوما يوم الاثنين، بحسب ناشطين.",
			 RASD_CAS_KILLED_OR_WOUNDED, 8));
	assert_true(says("en", "The shelling of Douma on Monday left 17 victims, a doctor said.",
			 RASD_CAS_KILLED_OR_WOUNDED, 17));
	assert_true(says("en", "Shelling killed 5 people and wounded 12 in Douma on Monday; the 17 victims were taken to a hospital.",
			 RASD_CAS_KILLED_OR_WOUNDED, 17));
	assert_true(says("ar", "قتل 3 مدنيين وأصيب 5 آخرون في قصف على دوما، ليبلغ عدد الضحايا 8.",
			 RASD_CAS_KILLED_OR_WOUNDED, 8));
}

/* ---- kin counted with the person before them -------------------------- */

/* A bare possessive opens a count of kin only before a noun of kin. */
static void test_counting_kin_noun(void **state)
{
	(void)state;
	assert_true(says("en", "A local leader and his three guards were killed by gunmen in Daraa on Friday.",
			 RASD_CAS_KILLED, 3));
	assert_false(says("en", "A local leader and his three guards were killed by gunmen in Daraa on Friday.",
			  RASD_CAS_KILLED, 4));
	assert_true(says("en", "A mother and her three children were killed when a shell hit a house in Douma.",
			 RASD_CAS_KILLED, 4));
	assert_true(says("en", "A woman and her two young daughters were wounded by sniper fire in Daraa on Friday.",
			 RASD_CAS_WOUNDED, 3));
	assert_true(says("ar", "قتلت امرأة وأطفالها الثلاثة جراء سقوط قذيفة على منزلهم في دوما.",
			 RASD_CAS_KILLED, 4));
	assert_true(says("ar", "قتل قيادي في الفصائل و12 من مرافقيه في كمين قرب حماة يوم الثلاثاء.",
			 RASD_CAS_KILLED, 12));
	assert_false(says("ar", "قتل قيادي في الفصائل و12 من مرافقيه في كمين قرب حماة يوم الثلاثاء.",
			  RASD_CAS_KILLED, 13));
}

/* A possessive before a count in digits opens its member as before a count in words. */
static void test_counting_possessive_digits(void **state)
{
	(void)state;
	assert_true(says("en", "A commander and his 12 bodyguards were killed in an ambush near Hama on Tuesday.",
			 RASD_CAS_KILLED, 1));
	assert_true(says("en", "A commander and his 12 bodyguards were killed in an ambush near Hama on Tuesday.",
			 RASD_CAS_KILLED, 12));
	assert_false(says("en", "A commander and his 12 bodyguards were killed in an ambush near Hama on Tuesday.",
			  RASD_CAS_KILLED, 13));
	assert_true(says("en", "A man and his 3 sons were killed in shelling on Douma on Monday.",
			 RASD_CAS_KILLED, 4));
	assert_true(says("en", "A man and his three sons were killed in shelling on Douma on Monday.",
			 RASD_CAS_KILLED, 4));
}

/* A driver told by the pronoun of a vehicle or a group is one person. */
static void test_counting_driver(void **state)
{
	(void)state;
	assert_true(says("en", "A drone strike on a car in Idlib killed its driver on Monday.", RASD_CAS_KILLED, 1));
	assert_true(says("en", "A drone strike on a car in Idlib killed the driver on Monday.", RASD_CAS_KILLED, 1));
	assert_true(says("ar", "استهدفت طائرة مسيرة سيارة في إدلب ما أدى إلى مقتل سائقها.", RASD_CAS_KILLED, 1));
	assert_int_equal(fx_nevents("en", "The company said its driver had delivered the goods to Idlib on Monday."), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_counting_victims_said),
		cmocka_unit_test(test_counting_victims_unsaid),
		cmocka_unit_test(test_counting_kin_noun),
		cmocka_unit_test(test_counting_possessive_digits),
		cmocka_unit_test(test_counting_driver),
	};

	return cmocka_run_group_tests(tests, setup, NULL);
}
