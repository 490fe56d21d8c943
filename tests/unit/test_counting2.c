/*
 * test_counting2.c - counts with a group phrase and persons named by a
 * title and a side (src/extract/figures*.c), on sentences written for
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
#include "testdata.h"

/* ---- a group phrase of several words is the count's one noun -------- */

static void test_counting_group_phrase(void **state)
{
	static const struct fx_said rows[] = {
		{"en", "Five members of one family were among those killed when a shell struck their home in Inkhil on Tuesday.",
		 RASD_CAS_KILLED, 5, 1},
		{"en", "Five members of a single family were among the dead after a shell struck their home in Inkhil on Tuesday.",
		 RASD_CAS_KILLED, 5, 1},
		{"en", "Five members of the same family were among those killed when a shell struck their home in Inkhil on Tuesday.",
		 RASD_CAS_KILLED, 5, 1},
		{"en", "Five members of one family were evacuated from Inkhil on Tuesday before a shell killed a shepherd.",
		 RASD_CAS_KILLED, 5, 0},
		{"ar", "كان خمسة أفراد من أسرة واحدة بين القتلى في قصف على بلدة إنخل يوم الثلاثاء.",
		 RASD_CAS_KILLED, 5, 1},
		{"ar", "قتل خمسة من عائلة واحدة في قصف على بلدة إنخل يوم الثلاثاء.", RASD_CAS_KILLED, 5, 1},
		{"ar", "نزح خمسة أفراد من أسرة واحدة من بلدة إنخل يوم الثلاثاء قبل أن تقتل قذيفة راعيا.",
		 RASD_CAS_KILLED, 5, 0},
	};

	(void)state;
	FX_CHECK_SAID(rows);
}

/* ---- one person named by a title, his side's name before it ----------- */

static void test_counting_title_of_side(void **state)
{
	static const struct fx_said rows[] = {
		{"en", "An air strike killed a senior Nusra Front leader near Saraqeb on Sunday.",
		 RASD_CAS_KILLED, 1, 1},
		{"en", "A drone strike killed a Hayat Tahrir al-Sham commander near Saraqeb on Sunday.",
		 RASD_CAS_KILLED, 1, 1},
		{"en", "A senior Nusra Front leader said on Sunday that an air strike hit a depot near Saraqeb.",
		 RASD_CAS_KILLED, 1, 0},
		{"ar", "قتل قيادي في جبهة النصرة بغارة جوية قرب سراقب يوم الأحد.", RASD_CAS_KILLED, 1, 1},
		{"ar", "قال قيادي في جبهة النصرة إن غارة جوية أصابت مستودعا قرب سراقب يوم الأحد.",
		 RASD_CAS_KILLED, 1, 0},
	};

	(void)state;
	FX_CHECK_SAID(rows);
}

/* ---- a suicide attacker is dead only when his own death is told -------- */

static void test_counting_bomber_agent(void **state)
{
	static const struct fx_said rows[] = {
		{"en", "A suicide bomber killed 7 people at a market in Manbij on Thursday.", RASD_CAS_KILLED, 7, 1},
		{"en", "A suicide bomber killed 7 people at a market in Manbij on Thursday.", RASD_CAS_KILLED, 1, 0},
		{"en", "A suicide bomber killed seven at a market in Manbij on Thursday.", RASD_CAS_KILLED, 1, 0},
		{"en", "A suicide bomber blew himself up at a market in Manbij on Thursday, killing 7 people.",
		 RASD_CAS_KILLED, 1, 1},
		{"en", "A suicide bomber was killed at a checkpoint in Manbij on Thursday.", RASD_CAS_KILLED, 1, 1},
		{"ar", "قتل انتحاري سبعة أشخاص في سوق بمدينة منبج يوم الخميس.", RASD_CAS_KILLED, 1, 0},
		{"ar", "فجر انتحاري نفسه في سوق بمدينة منبج يوم الخميس ما أدى إلى مقتل سبعة أشخاص.",
		 RASD_CAS_KILLED, 1, 1},
	};

	(void)state;
	FX_CHECK_SAID(rows);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_counting_group_phrase),
		cmocka_unit_test(test_counting_title_of_side),
		cmocka_unit_test(test_counting_bomber_agent),
	};

	return cmocka_run_group_tests(tests, fx_setup, NULL);
}
