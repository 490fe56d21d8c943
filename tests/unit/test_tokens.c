/*
 * test_tokens.c - the extraction stage of token and clause predicates, and
 * the dates of reports and events (src/extract/tokens.c and dates), on
 * sentences written for these tests.
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

/* ---- tokens.c: token and clause predicates --------------------------- */

static void test_tokens_breaks(void **state)
{
	struct fx f;
	const struct rasd_doc *d;

	(void)state;
	fx_open(&f, "en", "Rebels (local ones) \"said\" it, on Monday.");
	d = f.d;
	/* brackets and quotes do not end a clause, a comma does */
	assert_false(rasdp_is_break(d, fx_tok(d, "(", 0)));
	assert_false(rasdp_is_break(d, fx_tok(d, "\"", 0)));
	assert_true(rasdp_is_break(d, fx_tok(d, ",", 0)));
	assert_true(rasdp_clause_clear(d, fx_tok(d, "Rebels", 0), fx_tok(d, "it", 0)));
	assert_false(rasdp_clause_clear(d, fx_tok(d, "Rebels", 0), fx_tok(d, "on", 0)));
	assert_true(rasdp_tok_is_punct(d, fx_tok(d, ",", 0), ','));
	assert_false(rasdp_tok_is_punct(d, fx_tok(d, "it", 0), ','));
	fx_close(&f);
}

/* A date set off by commas does not break a clause for the rules that say so. */
static void test_tokens_dates(void **state)
{
	struct fx f;
	const struct rasd_doc *d;
	uint32_t killed, five, wounded;

	(void)state;
	fx_open(&f, "ar", "قتل، في 3 آذار، خمسة مدنيين، وأصيب اثنان.");
	d = f.d;
	killed = fx_tok(d, "قتل", 0);
	five = fx_tok(d, "خمسة", 0);
	wounded = fx_tok(d, "وأصيب", 0);
	assert_true(rasdp_in_date(d, fx_tok(d, "آذار", 0)));
	assert_false(rasdp_in_date(d, five));
	assert_false(rasdp_clause_clear(d, killed, five));
	assert_true(rasdp_clause_clear_dates(d, killed, five));
	/* a comma that sets off no date still breaks it */
	assert_false(rasdp_clause_clear_dates(d, five, wounded));
	fx_close(&f);
}

/*
 * Analyse `text` with publication date `published` (NULL: none given),
 * reading a date stamp atop it (RASD_EXTRACT_STAMP) when `stamp`.
 */
static rasd_doc *extract_stamped(const char *lang, const char *published, const char *text,
				 int stamp)
{
	rasd_input in = rasdt_input(lang, published, NULL, text);
	rasd_doc *d = rasdt_extract_in(&in, stamp ? RASD_EXTRACT_STAMP : 0);

	if (!d)
		fail_msg("extract failed");
	return d;
}

static rasd_doc *extract_dated(const char *lang, const char *published, const char *text)
{
	return extract_stamped(lang, published, text, 1);
}

/* The report's date from a stamp in `text` (no metadata): y*10000 + m*100 + d, or 0. */
static int stamp_of(const char *lang, const char *text)
{
	rasd_doc *d = extract_dated(lang, NULL, text);
	int r = d->published.y ? d->published.y * 10000 + d->published.m * 100 + d->published.d : 0;

	if (r)
		assert_int_equal(d->published_from, RASD_PUB_TEXT);
	else
		assert_int_equal(d->published_from, RASD_PUB_NONE);
	rasd_doc_free(d);
	return r;
}

/*
 * The first event's day of a report published `published` (NULL: an
 * undated one), as stamp_of() writes it, or 0.
 */
static int event_day_published(const char *lang, const char *published, const char *text)
{
	rasd_doc *d = extract_dated(lang, published, text);
	int r = 0;

	if (d->nevents && d->events[0].precision == RASD_PREC_DAY && d->events[0].date.y)
		r = d->events[0].date.y * 10000 + d->events[0].date.m * 100 + d->events[0].date.d;
	rasd_doc_free(d);
	return r;
}

static int event_day_of(const char *lang, const char *text)
{
	return event_day_published(lang, NULL, text);
}

/*
 * An undated report's date stamp at its top is its date: a line of its
 * own, a stamp before the headline, with a weekday or a label; relative
 * dates are read against it.
 */
static void test_dates_stamp(void **state)
{
	(void)state;
	/* a stamp line under the headline, with a label; "on Monday" is the day before */
	assert_int_equal(stamp_of("en", "Shelling kills five in Jasim\nPublished: 12 March 2019\n"
				  "Shelling on Jasim killed five people on Monday."), 20190312);
	assert_int_equal(event_day_of("en", "Shelling kills five in Jasim\nPublished: 12 March 2019\n"
				      "Shelling on Jasim killed five people on Monday."), 20190311);
	/* the date alone on its line under the headline, in Arabic; أمس is the day before */
	assert_int_equal(stamp_of("ar", "قصف على بلدة جاسم\n17 مايو 2024\n"
				  "قتل خمسة مدنيين بقصف على بلدة جاسم أمس."), 20240517);
	assert_int_equal(event_day_of("ar", "قصف على بلدة جاسم\n17 مايو 2024\n"
				      "قتل خمسة مدنيين بقصف على بلدة جاسم أمس."), 20240516);
	/* with a place and a time on the line */
	assert_int_equal(stamp_of("ar", "دمشق، الأربعاء 3 نيسان 2019 - 10:30\n"
				  "قتل ثلاثة مدنيين بقذيفة في حي المزة."), 20190403);
	/* a label with its preposition, a weekday */
	assert_int_equal(stamp_of("ar", "نشر في: الثلاثاء 9 تموز 2019\n"
				  "أصيب أربعة مدنيين بانفجار عبوة في مدينة درعا."), 20190709);
	/* a stamp before the headline, with an abbreviated weekday */
	assert_int_equal(stamp_of("en", "Thu 14 Nov 2019 Car bomb kills four in Azaz. "
				  "A car bomb killed four people in Azaz on Wednesday."), 20191114);
	assert_int_equal(event_day_of("en", "Thu 14 Nov 2019 Car bomb kills four in Azaz. "
				      "A car bomb killed four people in Azaz on Wednesday."), 20191113);
	/* between a byline and the body */
	assert_int_equal(stamp_of("en", "Car bomb kills four in Azaz Monitor AFP Thursday 14 Nov 2019 "
				  "A car bomb killed four people in Azaz on Wednesday."), 20191114);
	/* a sentence that tells of an event: its date is the event's, no stamp */
	assert_int_equal(stamp_of("en", "On 5 April 2017, an air strike on Jasim killed five people."), 0);
	assert_int_equal(stamp_of("en", "5 April 2017, an air strike on Jasim killed five people."), 0);
	assert_int_equal(stamp_of("ar", "في 5 نيسان 2017، قتل خمسة مدنيين بغارة على بلدة جاسم."), 0);
	assert_int_equal(stamp_of("en", "An air strike on Jasim killed five people 5 April 2017 "
				  "and wounded ten."), 0);
	/* no relative stamp, none of the future or before 1990, no post's signature */
	assert_int_equal(stamp_of("en", "Shelling kills five in Jasim\nUpdated 3 hours ago\n"
				  "Shelling on Jasim killed five people on Monday."), 0);
	assert_int_equal(stamp_of("en", "Shelling kills five in Jasim\nPublished: 12 March 2999\n"
				  "Shelling on Jasim killed five people."), 0);
	assert_int_equal(stamp_of("en", "Shelling kills five in Jasim\nPublished: 12 March 1985\n"
				  "Shelling on Jasim killed five people."), 0);
	assert_int_equal(stamp_of("en", "Shelling on Jasim killed five people, a witness wrote.\n"
				  "\xe2\x80\x94 A Witness (@witness) March 12, 2019\n"), 0);
	/* an update stamp says when the page changed, not when it was written */
	assert_int_equal(stamp_of("en", "Shelling kills five in Jasim\nUpdated 12 March 2019\n"
				  "Shelling on Jasim killed five people on Monday."), 0);
	assert_int_equal(stamp_of("ar", "قصف على بلدة جاسم\nآخر تحديث: 17 مايو 2024\n"
				  "قتل خمسة مدنيين بقصف على بلدة جاسم أمس."), 0);
}

/* Unasked, a stamp dates nothing: the report stays undated. */
static void test_dates_stamp_unasked(void **state)
{
	rasd_doc *d;

	(void)state;
	d = extract_stamped("en", NULL, "Shelling kills five in Jasim\nPublished: 12 March 2019\n"
			    "Shelling on Jasim killed five people on Monday.", 0);
	assert_int_equal(d->published.y, 0);
	assert_int_equal(d->published_from, RASD_PUB_NONE);
	rasd_doc_free(d);
}

/* The metadata's date wins over a different stamp in the text. */
static void test_dates_stamp_metadata(void **state)
{
	rasd_doc *d;

	(void)state;
	d = extract_dated("en", "2024-03-12", "Shelling kills five in Jasim\nPublished: 12 March 2019\n"
			  "Shelling on Jasim killed five people on Monday.");
	assert_int_equal(d->published.y, 2024);
	assert_int_equal(d->published.m, 3);
	assert_int_equal(d->published.d, 12);
	assert_int_equal(d->published_from, RASD_PUB_META);
	rasd_doc_free(d);
	d = extract_dated("ar", "2024-03-12", "17 مايو 2019\nقتل خمسة مدنيين بقصف على بلدة جاسم أمس.");
	assert_int_equal(d->published.y, 2024);
	assert_int_equal(d->published_from, RASD_PUB_META);
	assert_true(d->nevents >= 1);
	assert_int_equal(d->events[0].date.y, 2024);
	assert_int_equal(d->events[0].date.d, 11);
	rasd_doc_free(d);
}

/*
 * An hour of no day in a sentence ("At 6:45 a.m.", "في الساعة 6:45") in a
 * report stamped with the day it was published is of that day; not with
 * no hour, nor when the stamp is of another day, nor for the clock time
 * of the stamp line itself, nor with no stamp at all.
 */
static void test_dates_hour_of_stamp(void **state)
{
	(void)state;
	assert_int_equal(event_day_published("en", "2021-10-20", "Bombs hit an army bus in Aleppo\n"
					     "Published 20 October 2021\n"
					     "At 6:45 a.m. two bombs exploded near an army bus in "
					     "Aleppo, killing five soldiers."), 20211020);
	assert_int_equal(event_day_published("ar", "2023-03-24", "انفجار حافلة في حلب\n24 آذار 2023\n"
					     "في الساعة 6:45 صباحا انفجرت عبوتان قرب حافلة عسكرية في "
					     "مدينة حلب، ما أدى إلى مقتل خمسة جنود."), 20230324);
	/* no hour: the stamp dates the report, not the event */
	assert_int_equal(event_day_published("en", "2021-10-20", "Bombs hit an army bus in Aleppo\n"
					     "Published 20 October 2021\n"
					     "Two bombs exploded near an army bus in Aleppo, killing "
					     "five soldiers."), 0);
	assert_int_equal(event_day_published("ar", "2023-03-24", "انفجار حافلة في حلب\n24 آذار 2023\n"
					     "انفجرت عبوتان قرب حافلة عسكرية في مدينة حلب، ما أدى إلى "
					     "مقتل خمسة جنود."), 0);
	/* a stamp of another day than the report's */
	assert_int_equal(event_day_published("en", "2021-10-23", "Bombs hit an army bus in Aleppo\n"
					     "Published 20 October 2021\n"
					     "At 6:45 a.m. two bombs exploded near an army bus in "
					     "Aleppo, killing five soldiers."), 0);
	/* the stamp's own clock time, and an hour with no stamp */
	assert_int_equal(event_day_published("en", "2021-10-20", "Bombs hit an army bus in Aleppo\n"
					     "11:54 - 20 October 2021\n"
					     "Two bombs exploded near an army bus in Aleppo, killing "
					     "five soldiers."), 0);
	assert_int_equal(event_day_published("en", "2021-10-20", "At 6:45 a.m. two bombs exploded near "
					     "an army bus in Aleppo, killing five soldiers."), 0);
}

/*
 * Which day of a report dates its event: a day right before a reporting
 * verb dates the statement ("the agency on Saturday said"); a day after a
 * clock time opening the line is the page's stamp; today or yesterday
 * inside what a statement of an earlier day said counts from that day.
 * Each row: language, publication date, text, the first event's day
 * (event_day_published()) or 0 for none.
 */
struct day_row {
	const char *lang, *published, *text;
	int day;
};

/* Assert each row's first event's day (event_day_published()). */
static void check_event_days(const struct day_row *rows, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		int got = event_day_published(rows[i].lang, rows[i].published, rows[i].text);

		if (got != rows[i].day)
			fprintf(stderr, "row %zu: %d, not %d\n", i, got, rows[i].day);
		assert_int_equal(got, rows[i].day);
	}
}

static void test_dates_statement_day(void **state)
{
	static const struct day_row rows[] = {
		/* 2025-04-12 was a Saturday */
		{"en", "2025-04-12", "The aid agency on Saturday said gunmen stormed a camp near Kutum "
		 "and killed six guards. The camp was raided on Thursday and again on Friday.", 20250410},
		{"en", "2025-04-12", "The aid agency on Saturday said gunmen stormed a camp near Kutum "
		 "and killed six guards.", 0},
		/* before a comma, the day is the event's */
		{"en", "2025-04-12", "Gunmen killed six guards at a camp near Kutum on Friday, said the "
		 "aid agency.", 20250411},
		/* the stamp run into the first sentence: only the statement's day is left */
		{"en", "2024-03-05", "10:42 - 5 March 2024 The ministry said on Monday that shelling "
		 "killed five civilians in Jasim.", 0},
		{"ar", "2024-03-05", "10:42 | 5 آذار 2024 قالت الوزارة يوم الاثنين إن خمسة مدنيين "
		 "قتلوا بقصف على بلدة جاسم.", 0},
		/* a time inside a sentence stamps nothing */
		{"en", "2024-03-05", "Shelling on the town of Jasim at 10:42 on 3 March 2024 killed "
		 "five civilians.", 20240303},
		/* 2024-03-13 was a Wednesday: Monday's evening, Monday's yesterday */
		{"ar", "2024-03-13", "وقالت الوزارة في بيان، الإثنين، إن صواريخ سقطت مساء اليوم على "
		 "بلدة جاسم وأصابت أربعة مدنيين.", 20240311},
		{"en", "2024-03-13", "The ministry said on Monday that rockets fell on Jasim this "
		 "evening, wounding four civilians.", 20240311},
		{"ar", "2024-03-13", "وقالت الوزارة في بيان، الإثنين، إن صواريخ سقطت أمس على بلدة "
		 "جاسم وأصابت أربعة مدنيين.", 20240310},
		/* a statement of the report's day: counted from publication as before */
		{"en", "2024-03-13", "The ministry said on Wednesday that rockets fell on Jasim "
		 "yesterday, wounding four civilians.", 20240312},
	};

	(void)state;
	check_event_days(rows, sizeof(rows) / sizeof(rows[0]));
}

/*
 * A day beside a verb of a stance taken (cues.tsv `statement`) dates the
 * statement, as one beside a reporting verb does: right before the verb,
 * or after it with no casualty word or event cue between; a day of the
 * event itself stays.  2024-03-14 was a Thursday.
 */
static void test_dates_stance_day(void **state)
{
	static const struct day_row rows[] = {
		{"en", "2024-03-14", "The relief council denounced on Wednesday a drone strike that "
		 "killed nine farmers near Kafr Nabl.", 0},
		{"en", "2024-03-14", "The relief council on Wednesday denounced a drone strike that "
		 "killed nine farmers near Kafr Nabl.", 0},
		{"ar", "2024-03-14", "استنكر مجلس الإغاثة يوم الأربعاء غارة بطائرة مسيرة قتلت تسعة "
		 "مزارعين قرب كفرنبل.", 0},
		{"ar", "2024-03-14", "ندد مجلس الإغاثة الأربعاء بالغارة التي قتلت تسعة مزارعين قرب "
		 "كفرنبل.", 0},
		/* the day tells when the strike came: after its cue, or with no stance */
		{"en", "2024-03-14", "The relief council denounced a drone strike on Wednesday that "
		 "killed nine farmers near Kafr Nabl.", 20240313},
		{"en", "2024-03-14", "A drone strike on Wednesday killed nine farmers near Kafr Nabl, "
		 "the relief council said.", 20240313},
		{"ar", "2024-03-14", "استنكر مجلس الإغاثة غارة بطائرة مسيرة قتلت يوم الأربعاء تسعة "
		 "مزارعين قرب كفرنبل.", 20240313},
		{"ar", "2024-03-14", "قتل تسعة مزارعين يوم الأربعاء بغارة بطائرة مسيرة قرب كفرنبل.",
		 20240313},
	};

	(void)state;
	check_event_days(rows, sizeof(rows) / sizeof(rows[0]));
}

/*
 * A day after "since" opens a spell: another day of the sentence tells
 * when what it counts happened; alone, it is still the event's first day.
 * "منذ يوم الإثنين" is since Monday, not a day ago.  2024-03-14 was a
 * Thursday.
 */
static void test_dates_since_day(void **state)
{
	static const struct day_row rows[] = {
		{"en", "2024-03-14", "Fighting around Kafr Nabl since Monday has displaced hundreds, and "
		 "four fighters were killed on Wednesday.", 20240313},
		{"ar", "2024-03-14", "تتواصل المعارك حول كفرنبل منذ يوم الإثنين، وقتل أربعة مقاتلين "
		 "يوم الأربعاء.", 20240313},
		{"ar", "2024-03-14", "قتل أربعة مقاتلين يوم الأربعاء في معارك تدور حول كفرنبل منذ "
		 "يوم الإثنين.", 20240313},
		/* since a day alone: the spell's first day */
		{"en", "2024-03-14", "Four fighters have been killed in clashes around Kafr Nabl since "
		 "Monday.", 20240311},
		{"ar", "2024-03-14", "قتل أربعة مقاتلين في معارك حول كفرنبل منذ يوم الإثنين.", 20240311},
	};

	(void)state;
	check_event_days(rows, sizeof(rows) / sizeof(rows[0]));
}

/*
 * The night just past told alone, "last night", "الليلة الماضية", is the
 * day before the report's, as "ليلة أمس" is; "overnight" ends in the
 * small hours of the report's own day, as "at dawn" does, unless a day is
 * named after it.  2024-03-11 was a Monday.
 */
static void test_dates_night_past(void **state)
{
	static const struct day_row rows[] = {
		{"en", "2024-03-11", "Artillery fire killed three shepherds outside Kafr Nabl last night.",
		 20240310},
		{"ar", "2024-03-11", "قتل قصف مدفعي ثلاثة رعاة على أطراف كفرنبل الليلة الماضية.", 20240310},
		{"en", "2024-03-11", "Artillery fire overnight killed three shepherds outside Kafr Nabl.",
		 20240311},
		{"en", "2024-03-11", "Artillery fire overnight Saturday killed three shepherds outside "
		 "Kafr Nabl.", 20240309},
		/* a day the sentence names tells more surely than a time of day alone */
		{"en", "2024-03-11", "Three shepherds were killed in an overnight raid on Kafr Nabl in "
		 "the early hours of Sunday.", 20240310},
		/* "الليلة" alone is tonight's, no night past */
		{"ar", "2024-03-11", "قتل ثلاثة رعاة بقصف مدفعي على أطراف كفرنبل، وتتوقع مصادر تجدد "
		 "القصف الليلة.", 0},
	};

	(void)state;
	check_event_days(rows, sizeof(rows) / sizeof(rows[0]));
}

/* Cue words answer through the clitic keys: no variant is written out. */
static void test_tokens_cues(void **state)
{
	struct fx f;
	const struct rasd_doc *d;

	(void)state;
	fx_open(&f, "ar", "قصفت الطائرات بلدة في وبريف حلب، وشاركت فيه قوات أخرى.");
	d = f.d;
	assert_true(rasdp_cue(d, fx_tok(d, "وبريف", 0), RASD_CUE_COUNTRYSIDE));
	assert_false(rasdp_cue(d, fx_tok(d, "بلدة", 0), RASD_CUE_COUNTRYSIDE));
	assert_true(rasdp_cue(d, fx_tok(d, "وشاركت", 0), RASD_CUE_PART_WORD));
	assert_true(rasdp_cue_between(d, 0, (uint32_t)d->ntoks, RASD_CUE_PART_WORD));
	assert_false(rasdp_cue_between(d, 0, fx_tok(d, "وشاركت", 0), RASD_CUE_PART_WORD));
	fx_close(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tokens_breaks),
		cmocka_unit_test(test_tokens_dates),
		cmocka_unit_test(test_dates_stamp),
		cmocka_unit_test(test_dates_stamp_metadata),
		cmocka_unit_test(test_dates_stamp_unasked),
		cmocka_unit_test(test_dates_hour_of_stamp),
		cmocka_unit_test(test_dates_statement_day),
		cmocka_unit_test(test_dates_stance_day),
		cmocka_unit_test(test_dates_since_day),
		cmocka_unit_test(test_dates_night_past),
		cmocka_unit_test(test_tokens_cues),
	};

	return cmocka_run_group_tests(tests, fx_setup, NULL);
}
