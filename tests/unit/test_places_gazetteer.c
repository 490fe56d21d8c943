/*
 * test_places_gazetteer.c - places the gazetteer names (data/places*.tsv):
 * Turkey's large cities, towns written in their news spellings, and names
 * that must keep their Syrian place, on reports written for these tests.
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

/* Report `title` over `body` in `lang`: its first event is at `want`, in `country`. */
static void expect_place(const char *lang, const char *title, const char *body,
			 const char *want, const char *country)
{
	char text[1024];
	const struct rasd_place *p;
	struct fx f;

	snprintf(text, sizeof(text), "%s\n\n%s", title, body);
	fx_open_titled(&f, lang, title, text);
	assert_true(f.d->nevents > 0);
	assert_true(f.d->events[0].place >= 0);
	p = fx_place(f.d->events[0].place);
	assert_string_equal(p->name_en, want);
	assert_string_equal(p->country, country);
	fx_close(&f);
}

/* A city of Turkey's provinces beyond the border is a place of Turkey. */
static void test_turkish_city(void **state)
{
	(void)state;
	expect_place("en", "Bomb kills four in Adana",
		     "A car bomb exploded near a police station in Adana on Sunday, killing "
		     "four people, the governor said.", "Adana", "TR");
	expect_place("ar", "مقتل أربعة بانفجار في أضنة",
		     "قتل أربعة أشخاص يوم الأحد بانفجار سيارة مفخخة قرب مركز للشرطة في "
		     "أضنة، بحسب الوالي.", "Adana", "TR");
	expect_place("en", "Gunmen kill two in Diyarbakir",
		     "Gunmen opened fire on a police car in Diyarbakir on Monday, killing two "
		     "officers, officials said.", "Diyarbakir", "TR");
}

/* An old Turkish name of a town that is also a Syrian town's stays Syrian. */
static void test_syrian_namesake_stays(void **state)
{
	(void)state;
	expect_place("en", "Air strikes kill five in Hajin",
		     "Coalition jets struck the town of Hajin in Deir ez-Zor on Monday, "
		     "killing five civilians, a monitor said.", "Hajin", "SY");
	expect_place("ar", "مقتل خمسة بغارات على هجين",
		     "قتل خمسة مدنيين يوم الاثنين بغارات للتحالف على بلدة هجين بريف دير "
		     "الزور، بحسب المرصد.", "Hajin", "SY");
}

/* Towns written in the spellings the news use. */
static void test_news_spellings(void **state)
{
	(void)state;
	expect_place("en", "Shelling kills three in Kafr Sijnah",
		     "Artillery shells hit homes in Kafr Sijnah in southern Idlib on Friday, "
		     "killing three people, rescuers said.", "Kafr Sijnah", "SY");
	expect_place("ar", "مقتل ثلاثة بقصف على كفر سجنة",
		     "قتل ثلاثة أشخاص يوم الجمعة بقصف مدفعي على بلدة كفر سجنة في ريف "
		     "إدلب الجنوبي، بحسب الدفاع المدني.", "Kafr Sijnah", "SY");
	expect_place("en", "Air strike kills two in Darat Izza",
		     "An air strike on Darat Izza in western Aleppo killed two civilians on "
		     "Sunday, a monitor said.", "Darat Izza", "SY");
	expect_place("en", "Roadside bomb kills three in Dhuluiya",
		     "A roadside bomb struck an army patrol near Dhuluiya, north of Baghdad, "
		     "on Tuesday, killing three soldiers, police said.", "Dhuluiya", "IQ");
}

/* A town of the same name in another country keeps the report's country. */
static void test_namesake_by_report(void **state)
{
	(void)state;
	expect_place("en", "Air strikes hit Ariha",
		     "Warplanes struck Ariha in Idlib province on Monday, killing six "
		     "civilians, a monitor said.", "Ariha", "SY");
}

/* Words of the page around a report are no place: "Get short URL" is not Urla (Izmir). */
static void test_page_word_no_place(void **state)
{
	(void)state;
	expect_place("en", "Kurdish fighters kill nine soldiers",
		     "Get short URL 51234 Kurdish fighters killed nine Turkish soldiers, a "
		     "source said. The clashes were in Afrin near the border, the agency said.",
		     "Afrin", "SY");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_turkish_city),
		cmocka_unit_test(test_syrian_namesake_stays),
		cmocka_unit_test(test_news_spellings),
		cmocka_unit_test(test_namesake_by_report),
		cmocka_unit_test(test_page_word_no_place),
	};

	return cmocka_run_group_tests(tests, fx_setup, NULL);
}
