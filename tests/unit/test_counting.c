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

/* ---- victims: the words of their clause say what befell them ---------- */

static void test_counting_victims_said(void **state)
{
	static const struct fx_said rows[] = {
		{"en", "Three victims were wounded when a shell hit a house in Daraa on Monday.",
		 RASD_CAS_WOUNDED, 3, 1},
		{"en", "Three victims were wounded when a shell hit a house in Daraa on Monday.",
		 RASD_CAS_KILLED_OR_WOUNDED, 3, 0},
		{"en", "Two victims were killed and four others wounded in a blast in Homs on Friday.",
		 RASD_CAS_KILLED, 2, 1},
		{"en", "Two victims were killed and four others wounded in a blast in Homs on Friday.",
		 RASD_CAS_WOUNDED, 4, 1},
		{"ar", "أصيب ثلاثة ضحايا بجروح في قصف على مدينة درعا يوم الاثنين.", RASD_CAS_WOUNDED, 3, 1},
		{"ar", "قتل ثلاثة ضحايا وأصيب أربعة آخرون في انفجار في مدينة حمص يوم الجمعة.",
		 RASD_CAS_KILLED, 3, 1},
		{"ar", "قتل ثلاثة ضحايا وأصيب أربعة آخرون في انفجار في مدينة حمص يوم الجمعة.",
		 RASD_CAS_WOUNDED, 4, 1},
	};

	(void)state;
	FX_CHECK_SAID(rows);
}

/* Victims whose clause says nothing of them, or both, stay killed or wounded. */
static void test_counting_victims_unsaid(void **state)
{
	static const struct fx_said rows[] = {
		{"ar", "سقط 8 ضحايا في قصف على مدينة دوما يوم الاثنين، بحسب ناشطين.",
		 RASD_CAS_KILLED_OR_WOUNDED, 8, 1},
		{"en", "The shelling of Douma on Monday left 17 victims, a doctor said.",
		 RASD_CAS_KILLED_OR_WOUNDED, 17, 1},
		{"en", "Shelling killed 5 people and wounded 12 in Douma on Monday; the 17 victims were taken to a hospital.",
		 RASD_CAS_KILLED_OR_WOUNDED, 17, 1},
		{"ar", "قتل 3 مدنيين وأصيب 5 آخرون في قصف على دوما، ليبلغ عدد الضحايا 8.",
		 RASD_CAS_KILLED_OR_WOUNDED, 8, 1},
	};

	(void)state;
	FX_CHECK_SAID(rows);
}

/* ---- kin counted with the person before them -------------------------- */

/* A bare possessive opens a count of kin only before a noun of kin. */
static void test_counting_kin_noun(void **state)
{
	static const struct fx_said rows[] = {
		{"en", "A local leader and his three guards were killed by gunmen in Daraa on Friday.",
		 RASD_CAS_KILLED, 3, 1},
		{"en", "A local leader and his three guards were killed by gunmen in Daraa on Friday.",
		 RASD_CAS_KILLED, 4, 0},
		{"en", "A mother and her three children were killed when a shell hit a house in Douma.",
		 RASD_CAS_KILLED, 4, 1},
		{"en", "A woman and her two young daughters were wounded by sniper fire in Daraa on Friday.",
		 RASD_CAS_WOUNDED, 3, 1},
		{"ar", "قتلت امرأة وأطفالها الثلاثة جراء سقوط قذيفة على منزلهم في دوما.", RASD_CAS_KILLED, 4, 1},
		{"ar", "قتل قيادي في الفصائل و12 من مرافقيه في كمين قرب حماة يوم الثلاثاء.",
		 RASD_CAS_KILLED, 12, 1},
		{"ar", "قتل قيادي في الفصائل و12 من مرافقيه في كمين قرب حماة يوم الثلاثاء.",
		 RASD_CAS_KILLED, 13, 0},
	};

	(void)state;
	FX_CHECK_SAID(rows);
}

/* A possessive before a count in digits opens its member as before a count in words. */
static void test_counting_possessive_digits(void **state)
{
	static const struct fx_said rows[] = {
		{"en", "A commander and his 12 bodyguards were killed in an ambush near Hama on Tuesday.",
		 RASD_CAS_KILLED, 1, 1},
		{"en", "A commander and his 12 bodyguards were killed in an ambush near Hama on Tuesday.",
		 RASD_CAS_KILLED, 12, 1},
		{"en", "A commander and his 12 bodyguards were killed in an ambush near Hama on Tuesday.",
		 RASD_CAS_KILLED, 13, 0},
		{"en", "A man and his 3 sons were killed in shelling on Douma on Monday.", RASD_CAS_KILLED, 4, 1},
		{"en", "A man and his three sons were killed in shelling on Douma on Monday.", RASD_CAS_KILLED, 4, 1},
	};

	(void)state;
	FX_CHECK_SAID(rows);
}

/* A driver told by the pronoun of a vehicle or a group is one person. */
static void test_counting_driver(void **state)
{
	static const struct fx_said rows[] = {
		{"en", "A drone strike on a car in Idlib killed its driver on Monday.", RASD_CAS_KILLED, 1, 1},
		{"en", "A drone strike on a car in Idlib killed the driver on Monday.", RASD_CAS_KILLED, 1, 1},
		{"ar", "استهدفت طائرة مسيرة سيارة في إدلب ما أدى إلى مقتل سائقها.", RASD_CAS_KILLED, 1, 1},
	};

	(void)state;
	FX_CHECK_SAID(rows);
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

	return cmocka_run_group_tests(tests, fx_setup, NULL);
}
