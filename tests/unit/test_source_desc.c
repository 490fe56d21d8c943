/*
 * test_source_desc.c - who speaks when a wire report names its source by
 * a description: a state's news agency or broadcaster named by what it is,
 * an official named by nationality, a hospital or another body the lexicon
 * does not know, one more resident after a named one.  Sentences written
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

/* Who gives the figure of `kind` and `value` in `text` of language `lang`. */
static void assert_source(const char *lang, const char *text, enum rasd_casualty_kind kind,
			  int64_t value, const char *want)
{
	struct fx f;
	const struct rasd_claim *cl;

	fx_open(&f, lang, text);
	cl = fx_claim(f.d, kind, value);
	assert_non_null(cl);
	assert_string_equal(fx_speaker(&cl->src), want);
	fx_close(&f);
}

/* "the state news agency said": the state's agency, not the report's own voice */
static void test_source_state_agency(void **state)
{
	(void)state;
	assert_source("en", "Shelling killed two children in the north of the city on Sunday, "
		      "the state news agency said.", RASD_CAS_KILLED, 2, "state_news_agency");
	assert_source("en", "Four farmers were killed by a mine near the border, the official news "
		      "agency reported.", RASD_CAS_KILLED, 4, "state_news_agency");
	/* a country's own agency named by its description stays that agency */
	assert_source("en", "Three soldiers were killed in an ambush near Homs, Syria's official "
		      "news agency said.", RASD_CAS_KILLED, 3, "sana");
	/* a news agency named by its own name is that agency */
	assert_source("en", "Three soldiers were killed in an ambush near Tikrit, the Iraqi News "
		      "Agency said.", RASD_CAS_KILLED, 3, "ina");
}

/* "the state broadcaster", "Iraq's military": a state's body by its owner */
static void test_source_state_bodies(void **state)
{
	(void)state;
	assert_source("en", "Nine people were killed when a bus hit a mine, the state broadcaster "
		      "said.", RASD_CAS_KILLED, 9, "state_tv");
	assert_source("en", "Iraq's military said five militants were killed in an air strike in "
		      "the desert.", RASD_CAS_KILLED, 5, "iraqi_army");
	assert_source("en", "Lebanon's army said a soldier was wounded and two were killed by "
		      "fire from across the border.", RASD_CAS_KILLED, 2, "lebanese_army");
	/* the country named in an adjective before a known body keeps the body */
	assert_source("en", "The Iraqi military said five militants were killed in an air strike "
		      "in the desert.", RASD_CAS_KILLED, 5, "iraqi_army");
}

/* "an Israeli official said": an official of a nation, where "official" alone names none */
static void test_source_national_official(void **state)
{
	(void)state;
	assert_source("en", "An Israeli official said 15 gunmen were killed in the raid on the camp.",
		      RASD_CAS_KILLED, 15, "officials");
	assert_source("en", "Seven people were killed in the strike on the village, a Lebanese "
		      "official told Reuters.", RASD_CAS_KILLED, 7, "officials");
	/* an official of a side with an entry of its own stays that side's */
	assert_source("en", "A Houthi official said 15 gunmen were killed in the raid on the camp.",
		      RASD_CAS_KILLED, 15, "houthi_officials");
}

/* A hospital named by its name speaks by its words; the hospital alone names it again. */
static void test_source_hospital(void **state)
{
	(void)state;
	assert_source("en", "Six people were killed in the strike, according to the European "
		      "Hospital in Khan Younis.", RASD_CAS_KILLED, 6, "European Hospital in Khan Younis");
	assert_source("en", "The Kuwaiti Hospital in Rafah said six people were killed in the "
		      "strike.", RASD_CAS_KILLED, 6, "Kuwaiti Hospital in Rafah");
	assert_source("ar", "قال مستشفى الشفاء إن ستة أشخاص قتلوا في الغارة.", RASD_CAS_KILLED, 6,
		      "مستشفى الشفاء");
	/* the head alone names no body of its own */
	assert_source("en", "Six people were killed in the strike, according to the hospital.",
		      RASD_CAS_KILLED, 6, "outlet");
	assert_source("ar", "قتل ستة أشخاص في الغارة بحسب المستشفى.", RASD_CAS_KILLED, 6, "outlet");
}

/* "Another resident said": one more resident speaks, not the one named before */
static void test_source_another_resident(void **state)
{
	(void)state;
	assert_source("en", "\"We counted 14 bodies,\" said Ahmed, a resident of the camp. Another "
		      "resident said 30 were wounded.", RASD_CAS_WOUNDED, 30, "residents");
	assert_source("en", "A resident of the camp said 30 were wounded in the shelling.",
		      RASD_CAS_WOUNDED, 30, "residents");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_source_state_agency),
		cmocka_unit_test(test_source_state_bodies),
		cmocka_unit_test(test_source_national_official),
		cmocka_unit_test(test_source_hospital),
		cmocka_unit_test(test_source_another_resident),
	};

	(void)fx_lexicon();
	return cmocka_run_group_tests(tests, fx_setup, NULL);
}
