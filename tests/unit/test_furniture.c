/*
 * test_furniture.c - the page around a report gives it no figure, event or
 * place: a list of other stories' headlines after a label ("Related ...",
 * "مواضيع ذات صلة"), with the counter glued before the label; and what
 * must stay: running text after the word, a list of places struck in the
 * story, a story paragraph after a "Read more" line.  Every text here is
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

#include "rasd.h"
#include "testdata.h"

/* The JSON of report `text` in language `lang` (caller frees). */
static char *extract_json(const char *lang, const char *text)
{
	rasd_doc *d = rasdt_extract(lang, "2024-03-05", NULL, text);
	char *json = NULL;
	size_t len = 0;

	assert_non_null(d);
	assert_int_equal(rasd_doc_to_json(d, 0, &json, &len), 0);
	rasd_doc_free(d);
	return json;
}

/* Does the report give a claim of `kind` ("killed") and `value`? */
static int has_claim(const char *lang, const char *text, const char *kind, int value)
{
	char *json = extract_json(lang, text), want[96];
	int found;

	snprintf(want, sizeof(want), "{\"kind\":\"%s\",\"value\":%d,", kind, value);
	found = strstr(json, want) != NULL;
	free(json);
	return found;
}

/* Does any event of the report take the place named `name` (English)? */
static int has_place(const char *lang, const char *text, const char *name)
{
	char *json = extract_json(lang, text), want[96];
	int found;

	snprintf(want, sizeof(want), "\"place\":{\"id\":\"lgn:");
	found = 0;
	for (const char *p = strstr(json, want); p && !found; p = strstr(p + 1, want)) {
		const char *q = strstr(p, "\"name\":\"");

		found = q && strncmp(q + 8, name, strlen(name)) == 0 && q[8 + strlen(name)] == '"';
	}
	free(json);
	return found;
}

static const char *const story_en =
	"An air strike killed 12 people in the town of Jasim on Monday, the monitor said. ";

/* A run of title-case headlines after "Related", its counter glued before it. */
static void test_headline_run(void **state)
{
	char text[1024];

	(void)state;
	snprintf(text, sizeof(text), "%s... 87 Related Army Kills 40 Militants Near Hama Rebels "
		 "Detain 9 Soldiers in Deir ez-Zor Province Clashes Leave 5 Dead in al-Bab "
		 "Tags Syria airstrike", story_en);
	assert_true(has_claim("en", text, "killed", 12));
	assert_false(has_claim("en", text, "killed", 40));
	assert_false(has_claim("en", text, "arrested", 9));
	assert_false(has_claim("en", text, "arrested", 87));
	assert_false(has_claim("en", text, "killed", 5));
	assert_false(has_place("en", text, "Hama"));

	/* after the story's credit line, in the same sentence */
	snprintf(text, sizeof(text), "%sSource agencies Related Army Kills 40 Militants Near Hama "
		 "Clashes Leave 5 Dead in Idlib Countryside", story_en);
	assert_true(has_claim("en", text, "killed", 12));
	assert_false(has_claim("en", text, "killed", 40));
	assert_false(has_place("en", text, "Hama"));
}

/* "Related" in running text, or over a sentence of the story, is no list. */
static void test_not_a_list(void **state)
{
	(void)state;
	assert_true(has_claim("en", "Related to the raid, police arrested 5 suspects in Hama on "
			      "Tuesday.", "arrested", 5));
	assert_true(has_claim("en", "Related Syrian officials said on Monday that shelling killed 6 "
			      "civilians in Hama.", "killed", 6));
	/* a short title-case run is no list of headlines */
	assert_true(has_claim("en", "Related Reports: Shelling killed 6 civilians in Hama on Monday.",
			      "killed", 6));
}

/* A list of places struck, each with its figure, is the story's. */
static void test_places_struck(void **state)
{
	const char *en = "Air strikes on Monday hit Saraqib, where 4 people were killed, and Ariha, "
			 "where 3 people were killed, the monitor said.";
	const char *ar = "قتل 4 أشخاص في سراقب و3 في أريحا و2 في جسر الشغور بغارات جوية يوم "
			 "الإثنين، بحسب المرصد.";

	(void)state;
	assert_true(has_claim("en", en, "killed", 4));
	assert_true(has_claim("en", en, "killed", 3));
	assert_true(has_claim("ar", ar, "killed", 4));
	assert_true(has_claim("ar", ar, "killed", 3));
}

/* Headlines a line after a label of their own line are no claims; Arabic too. */
static void test_headline_lines(void **state)
{
	(void)state;
	assert_false(has_claim("ar", "قتل 12 شخصا بغارة على بلدة جاسم يوم الإثنين.\n"
			       "مواضيع ذات صلة\nالجيش يقتل 40 مسلحا قرب حماة\n"
			       "اعتقال 9 جنود في إدلب\n", "killed", 40));
	assert_false(has_claim("en", "Shelling on Jasim killed 12 people on Monday.\nRelated news\n"
			       "Army kills 40 militants near Hama\nRebels detain 9 soldiers in Idlib\n",
			       "killed", 40));
}

/* A story paragraph after a "Read more" line stays the story's. */
static void test_story_after_label(void **state)
{
	(void)state;
	assert_true(has_claim("en", "Read more\nShelling on the town of Jasim killed 7 civilians on "
			      "Monday and wounded many others, local medics told reporters in a long "
			      "account of the day, adding that ambulances could not reach it.",
			      "killed", 7));
	assert_true(has_claim("ar", "اقرأ أيضا\nقتل سبعة مدنيين بقصف على بلدة جاسم يوم الإثنين، "
			      "وأصيب آخرون بجروح، بحسب ما قاله مسعفون محليون للصحفيين في رواية طويلة "
			      "عن اليوم، مضيفين أن سيارات الإسعاف لم تستطع الوصول إليها.",
			      "killed", 7));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_headline_run),
		cmocka_unit_test(test_not_a_list),
		cmocka_unit_test(test_places_struck),
		cmocka_unit_test(test_headline_lines),
		cmocka_unit_test(test_story_after_label),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
