/*
 * test_extract.c - the stages of building events (src/extract), one group
 * of tests per stage, on sentences written for these tests.
 *
 * Each test runs the whole pipeline on its text (rasd_extract()), then
 * reads the sentences again with the driver's first pass (rasdp_read_sentence())
 * so that a stage's own decision can be asserted: a token predicate, a
 * negation, the speaker of a sentence, its place; and the events, figures
 * and participants the document ends with.
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

/* ---- negation.c ------------------------------------------------------ */

static void test_negation_window(void **state)
{
	struct fx f;
	const struct rasd_doc *d;

	(void)state;
	fx_open(&f, "en", "The army did not shell the village, but rebels shelled the market.");
	d = f.d;
	assert_true(rasdp_negated(&f.c, &f.c.si[0], fx_tok(d, "shell", 0)));
	/* the negator's clause ends at the comma */
	assert_false(rasdp_negated(&f.c, &f.c.si[0], fx_tok(d, "shelled", 0)));
	fx_close(&f);

	/* "لا" inside "ما لا يقل عن" is part of the number: the figure stands */
	fx_open(&f, "ar", "قتل ما لا يقل عن 30 مدنيا في غارات على مدينة إدلب.");
	d = f.d;
	assert_false(rasdp_negated(&f.c, &f.c.si[0], fx_tok(d, "مدنيا", 0)));
	assert_non_null(fx_claim(d, RASD_CAS_KILLED, 30));
	assert_false(fx_claim(d, RASD_CAS_KILLED, 30)->denied);
	assert_int_equal(fx_claim(d, RASD_CAS_KILLED, 30)->qualifier, RASD_Q_AT_LEAST);
	fx_close(&f);
}

/* A release is no arrest: whom it frees are counted by no arrest; a toll beside it stands. */
static void test_negation_release(void **state)
{
	struct fx f;
	const struct rasd_claim *cl;

	(void)state;
	fx_open(&f, "en", "Gunmen stormed the jail in Gamma on Monday, killed 2 guards and freed 30 prisoners.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	cl = fx_claim(f.d, RASD_CAS_ARRESTED, 30);
	assert_true(!cl || cl->denied);
	fx_close(&f);

	fx_open(&f, "ar", "أفرجت السلطات عن 25 معتقلا من سجن مدينة بيتا يوم الاثنين.");
	cl = fx_claim(f.d, RASD_CAS_ARRESTED, 25);
	assert_true(!cl || cl->denied);
	fx_close(&f);

	fx_open(&f, "ar", "أطلقت الشرطة سراح 12 موقوفا بعد التحقيق معهم.");
	cl = fx_claim(f.d, RASD_CAS_ARRESTED, 12);
	assert_true(!cl || cl->denied);
	fx_close(&f);

	/* an arrest stands */
	fx_open(&f, "ar", "اعتقلت قوات الأمن 12 شابا في مدينة بيتا يوم الاثنين.");
	assert_non_null(fx_claim(f.d, RASD_CAS_ARRESTED, 12));
	assert_false(fx_claim(f.d, RASD_CAS_ARRESTED, 12)->denied);
	fx_close(&f);
}

/* A denial reaches forward, into the clause its "that" opens, not back. */
static void test_negation_denial(void **state)
{
	struct fx f;
	const struct rasd_doc *d;

	(void)state;
	fx_open(&f, "en", "Rebels shelled the town, and the ministry denied that its forces fired.");
	d = f.d;
	assert_true(f.c.si[0].deny);
	assert_false(rasdp_denied_at(&f.c, &f.c.si[0], fx_tok(d, "shelled", 0)));
	assert_true(rasdp_denied_at(&f.c, &f.c.si[0], fx_tok(d, "fired", 0)));
	fx_close(&f);

	/* a denial to come, or of a practice, is no denial made */
	fx_open(&f, "en", "Jets struck the town, and the ministry will deny that its jets fired.");
	d = f.d;
	assert_false(rasdp_denied_at(&f.c, &f.c.si[0], fx_tok(d, "fired", 0)));
	fx_close(&f);

	fx_open(&f, "en", "The ministry has always denied that its jets fired on homes.");
	d = f.d;
	assert_false(rasdp_denied_at(&f.c, &f.c.si[0], fx_tok(d, "fired", 0)));
	fx_close(&f);

	fx_open(&f, "ar", "ونفت الوزارة مرارا أن طائراتها قصفت المنازل.");
	d = f.d;
	assert_false(rasdp_denied_at(&f.c, &f.c.si[0], fx_tok(d, "قصفت", 0)));
	fx_close(&f);

	fx_open(&f, "ar", "ونفت الوزارة أن طائراتها قصفت المنازل.");
	d = f.d;
	assert_true(rasdp_denied_at(&f.c, &f.c.si[0], fx_tok(d, "قصفت", 0)));
	fx_close(&f);
}

/* An actor's part: negated right before it, not across a preposition; played down. */
static void test_negation_participation(void **state)
{
	struct fx f;
	const struct rasd_doc *d;
	const struct rasd_match *m;

	(void)state;
	fx_open(&f, "ar", "لم تشارك القوات الروسية في الهجوم على بلدة جاسم.");
	d = f.d;
	m = fx_match_at(d, RASD_LEX_ACTOR, fx_tok(d, "القوات", 0));
	assert_true(rasdp_part_negated(&f.c, &f.c.si[0], m->tok_start, m->tok_end));
	fx_close(&f);

	fx_open(&f, "en", "The raid on Jasim was not ordered by Russian forces.");
	d = f.d;
	m = fx_match_at(d, RASD_LEX_ACTOR, fx_tok(d, "Russian", 0));
	assert_false(rasdp_part_negated(&f.c, &f.c.si[0], m->tok_start, m->tok_end));
	fx_close(&f);

	fx_open(&f, "ar", "اقتصرت مشاركة قوات النظام على قصف بلدة جاسم بقذيفتين.");
	d = f.d;
	m = fx_match_at(d, RASD_LEX_ACTOR, fx_tok(d, "قوات", 0));
	assert_true(rasdp_part_limited(&f.c, &f.c.si[0], m->tok_start, m->tok_end));
	assert_false(rasdp_part_negated(&f.c, &f.c.si[0], m->tok_start, m->tok_end));
	fx_close(&f);
}

/* A denial does not reach into a relative clause that describes its object. */
static void test_negation_relative(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "The militia denied any role in the ambush that killed 7 soldiers near Daraa.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 7));
	assert_false(fx_claim(f.d, RASD_CAS_KILLED, 7)->denied);
	fx_close(&f);

	fx_open(&f, "ar", "نفت الجماعة مسؤوليتها عن الكمين الذي قتل سبعة جنود قرب درعا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 7));
	assert_false(fx_claim(f.d, RASD_CAS_KILLED, 7)->denied);
	fx_close(&f);

	/* "that" right after the verb opens what is denied */
	fx_open(&f, "en", "The ministry denied that 7 soldiers were killed near Daraa.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 7));
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 7)->denied);
	fx_close(&f);

	/* a negator in a relative clause describing the speaker ends at its verb of saying */
	fx_open(&f, "en", "The bulletin which did not name the clinic said 9 people were killed in Tafas.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 9));
	assert_false(fx_claim(f.d, RASD_CAS_KILLED, 9)->denied);
	fx_close(&f);
	fx_open(&f, "en", "The militia which denied firing the rockets said 9 fighters were killed in Tafas.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 9));
	assert_false(fx_claim(f.d, RASD_CAS_KILLED, 9)->denied);
	fx_close(&f);
	fx_open(&f, "ar", "البيان الذي لم يسم المستوصف قال إن تسعة أشخاص قتلوا في طفس.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 9));
	assert_false(fx_claim(f.d, RASD_CAS_KILLED, 9)->denied);
	fx_close(&f);
	/* the relative clause's own denial still denies, and a speaker's negator before its figure does */
	fx_open(&f, "en", "The office which said little denied that 9 people were killed in Tafas.");
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 9)->denied);
	fx_close(&f);
	fx_open(&f, "ar", "نفت الوزارة مقتل تسعة أشخاص في طفس.");
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 9)->denied);
	fx_close(&f);
}

/* Does an event hold figure `value` killed, denied, and how many such figures? */
static size_t denied_killed(const struct rasd_doc *d, int64_t value)
{
	size_t i, j, n = 0;

	for (i = 0; i < d->nevents; i++)
		for (j = 0; j < d->events[i].nclaims; j++)
			n += d->events[i].claims[j].kind == RASD_CAS_KILLED &&
			     d->events[i].claims[j].value == value && d->events[i].claims[j].denied;
	return n;
}

/* A figure judged false is denied by whoever judges it. */
static void test_negation_rejected_figure(void **state)
{
	struct fx f;

	(void)state;
	/* the figure another voice gave before */
	fx_open(&f, "en", "Shelling killed 14 people in Tafas on Monday, the Observatory said. "
		 "The Syrian Defence Ministry said the figure was exaggerated.");
	assert_int_equal(denied_killed(f.d, 14), 1);
	assert_int_equal(fx_nclaims(f.d), 2);
	fx_close(&f);
	fx_open(&f, "ar", "قتل 14 شخصا في قصف على بلدة طفس يوم الاثنين بحسب المرصد السوري. "
		 "ووصفت وزارة الدفاع السورية الحصيلة بأنها مبالغ فيها.");
	assert_int_equal(denied_killed(f.d, 14), 1);
	fx_close(&f);
	fx_open(&f, "ar", "قتل 14 شخصا في قصف على بلدة طفس يوم الاثنين بحسب المرصد السوري. "
		 "وقالت وزارة الدفاع السورية إن هذه أرقام غير صحيحة.");
	assert_int_equal(denied_killed(f.d, 14), 1);
	fx_close(&f);
	/* its own figure in the clause */
	fx_open(&f, "en", "The Syrian Defence Ministry dismissed the toll of 14 killed in Tafas on Monday "
		 "as inflated.");
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 14)->denied);
	fx_close(&f);
	/* a judgement negated, of something else than a figure, or in the report's own voice denies none */
	fx_open(&f, "en", "Shelling killed 14 people in Tafas on Monday, the Observatory said. "
		 "The Syrian Defence Ministry said the figure was not exaggerated.");
	assert_int_equal(denied_killed(f.d, 14), 0);
	fx_close(&f);
	fx_open(&f, "en", "Shelling killed 14 people in Tafas on Monday, the Observatory said. "
		 "The Syrian Defence Ministry said reports of fighting were exaggerated.");
	assert_int_equal(denied_killed(f.d, 14), 0);
	fx_close(&f);
	fx_open(&f, "en", "Shelling killed 14 people in Tafas on Monday. Early figures were inaccurate.");
	assert_int_equal(denied_killed(f.d, 14), 0);
	fx_close(&f);
}

/* Is claim `cl` one that nobody was hurt: a denial that at least one was? */
static int nobody(const struct rasd_claim *cl)
{
	return cl && cl->value == 1 && cl->qualifier == RASD_Q_AT_LEAST && cl->denied && !cl->subset;
}

/* The lexicon name of the source of claim `cl`, or "" for the report's own voice. */
static const char *claim_source(const struct fx *f, const struct rasd_claim *cl)
{
	return cl->src.source < 0 ? "" : rasdp_source_name(&f->c, cl->src.source);
}

/* A count of nobody is a denial that anyone was hurt, the speaker's. */
static void test_negation_nobody(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "قصفت طائرات حربية بلدة طفس يوم الاثنين. ونفى الجيش السوري مقتل أي شخص في القصف.");
	assert_true(nobody(fx_claim(f.d, RASD_CAS_KILLED, 1)));
	assert_string_equal(claim_source(&f, fx_claim(f.d, RASD_CAS_KILLED, 1)), "Syrian army");
	fx_close(&f);
	fx_open(&f, "ar", "قصفت طائرات حربية بلدة طفس يوم الاثنين. وقالت وزارة الدفاع السورية إنه لم يقتل أحد.");
	assert_true(nobody(fx_claim(f.d, RASD_CAS_KILLED, 1)));
	fx_close(&f);
	fx_open(&f, "en", "Jets bombed the town of Tafas on Monday. "
		 "The Syrian Defence Ministry said no one was killed in the raid.");
	assert_true(nobody(fx_claim(f.d, RASD_CAS_KILLED, 1)));
	assert_string_equal(claim_source(&f, fx_claim(f.d, RASD_CAS_KILLED, 1)),
			    "Syrian Ministry of Defence");
	fx_close(&f);
	/* a toll elsewhere in the report stands beside it */
	fx_open(&f, "en", "Jets bombed the town of Tafas on Monday, killing 9 people. "
		 "No one was killed in a second raid on a nearby farm.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 9));
	assert_false(fx_claim(f.d, RASD_CAS_KILLED, 9)->denied);
	fx_close(&f);
	/* what someone was not counts nobody; one person named stays one among the victims */
	fx_open(&f, "ar", "قتل متعاقد في قصف على بلدة طفس يوم الاثنين. وقال مسؤول إن المتعاقد الذي قتل ليس سوريا.");
	assert_false(nobody(fx_claim(f.d, RASD_CAS_KILLED, 1)));
	fx_close(&f);
	fx_open(&f, "ar", "قتل شخص في قصف على بلدة طفس يوم الاثنين.");
	assert_false(nobody(fx_claim(f.d, RASD_CAS_KILLED, 1)));
	fx_close(&f);
	/* a negated deed of another clause denies no toll */
	fx_open(&f, "en", "The shell did not hit the school in Tafas on Monday, where 9 were killed.");
	assert_false(fx_claim(f.d, RASD_CAS_KILLED, 9)->denied);
	fx_close(&f);
	/* the outlet's own voice, where its domain names a source, denies nothing */
	fx_open_from(&f, "en", "trtworld.com", NULL, "Shells hit the market in Tafas on Monday but no one was hurt.");
	assert_int_equal(fx_nclaims(f.d), 0);
	fx_close(&f);
	/* in English the nobody is the subject before its casualty word, not a clause after it */
	fx_open(&f, "en", "Shells hit the market in Tafas on Monday. One man was wounded and no one "
		 "was there to help him, an activist said.");
	assert_false(nobody(fx_claim(f.d, RASD_CAS_WOUNDED, 1)));
	fx_close(&f);
}

/* Reports named as what a denial denies are its object: the denier is the verb's subject. */
static void test_negation_denied_reports(void **state)
{
	struct fx f;
	const struct rasd_claim *cl;

	(void)state;
	fx_open(&f, "en", "Jets bombed the town of Tafas on Monday. "
		 "The Syrian Defence Ministry denied reports that 9 civilians were killed.");
	cl = fx_claim(f.d, RASD_CAS_KILLED, 9);
	assert_true(cl->denied);
	assert_string_equal(claim_source(&f, cl), "Syrian Ministry of Defence");
	fx_close(&f);
	fx_open(&f, "en", "Jets bombed the town of Tafas on Monday. "
		 "The ministry dismissed as false reports that 9 civilians were killed.");
	cl = fx_claim(f.d, RASD_CAS_KILLED, 9);
	assert_true(cl->denied);
	assert_string_not_equal(claim_source(&f, cl), "media reports");
	fx_close(&f);
	fx_open(&f, "ar", "قصفت طائرات حربية بلدة طفس يوم الاثنين. ونفت وزارة الدفاع السورية الأنباء عن مقتل 9 مدنيين.");
	cl = fx_claim(f.d, RASD_CAS_KILLED, 9);
	assert_true(cl->denied);
	assert_string_equal(claim_source(&f, cl), "Syrian Ministry of Defence");
	fx_close(&f);
	/* reports that assert, with no denial, still speak */
	fx_open(&f, "en", "Jets bombed the town of Tafas on Monday. Reports said 9 civilians were killed.");
	cl = fx_claim(f.d, RASD_CAS_KILLED, 9);
	assert_false(cl->denied);
	assert_string_equal(claim_source(&f, cl), "media reports");
	fx_close(&f);
}

/* A negation particle is a word of its own, or after a conjunction: never the tail of another word. */
static void test_negation_own_word(void **state)
{
	struct fx f;
	const struct rasd_doc *d;

	(void)state;
	/* "كلم" (km) is no "لم": the shelling 12 km away stands */
	fx_open(&f, "ar", "على بعد 12 كلم قصفت الطائرات قرية بيتا بريف المدينة.");
	d = f.d;
	assert_false(rasdp_negated(&f.c, &f.c.si[0], fx_tok(d, "قصفت", 0)));
	assert_true(d->nevents >= 1);
	fx_close(&f);

	/* "كلا" (both) is no "لا" */
	fx_open(&f, "ar", "أكد كلا الطرفين قصف قرية بيتا يوم الاثنين.");
	d = f.d;
	assert_false(rasdp_negated(&f.c, &f.c.si[0], fx_tok(d, "قصف", 0)));
	fx_close(&f);

	/* a conjunction before the particle keeps it a negator */
	fx_open(&f, "ar", "سقطت قذيفة على المدينة ولم تسجل أي إصابات، فلم يصب أحد.");
	d = f.d;
	assert_true(rasdp_negated(&f.c, &f.c.si[0], fx_tok(d, "إصابات", 0)));
	fx_close(&f);
}

/* A negated stop affirms: "did not stop", "لم تتوقف" tell that it went on. */
static void test_negation_stop(void **state)
{
	struct fx f;
	const struct rasd_doc *d;

	(void)state;
	fx_open(&f, "ar", "لم تتوقف الاحتجاجات في مدينة بيتا منذ يوم الجمعة.");
	d = f.d;
	assert_false(rasdp_negated(&f.c, &f.c.si[0], fx_tok(d, "الاحتجاجات", 0)));
	assert_true(d->nevents >= 1);
	fx_close(&f);

	fx_open(&f, "ar", "لم يهدأ القصف المدفعي على بلدة تسيل طوال الليل.");
	d = f.d;
	assert_false(rasdp_negated(&f.c, &f.c.si[0], fx_tok(d, "القصف", 0)));
	fx_close(&f);

	fx_open(&f, "en", "The shelling of Tasil never ceased, and the air strikes did not stop either.");
	d = f.d;
	assert_false(rasdp_negated(&f.c, &f.c.si[0], fx_tok(d, "strikes", 0)));
	fx_close(&f);

	/* a plain negator still negates */
	fx_open(&f, "ar", "لم تشهد بلدة تسيل أي قصف يوم الجمعة.");
	d = f.d;
	assert_true(rasdp_negated(&f.c, &f.c.si[0], fx_tok(d, "قصف", 0)));
	fx_close(&f);
}

/* A "not" holds its own clause: not what a "that" after it opens. */
static void test_negation_own_clause(void **state)
{
	struct fx f;
	const struct rasd_doc *d;
	const struct rasd_match *m;

	(void)state;
	fx_open(&f, "en", "The monitor said the raid was not the first and that Russian jets struck Tasil.");
	d = f.d;
	m = fx_match_at(d, RASD_LEX_ACTOR, fx_tok(d, "Russian", 0));
	assert_false(rasdp_part_negated(&f.c, &f.c.si[0], m->tok_start, m->tok_end));
	assert_false(rasdp_negated(&f.c, &f.c.si[0], fx_tok(d, "struck", 0)));
	fx_close(&f);

	fx_open(&f, "ar", "قال المرصد إن الهجوم لم يكن معزولا وأن الطائرات قصفت بلدة تسيل.");
	d = f.d;
	assert_false(rasdp_negated(&f.c, &f.c.si[0], fx_tok(d, "قصفت", 0)));
	fx_close(&f);

	/* a denial reaches into its "that" */
	fx_open(&f, "en", "The ministry denied that Russian jets struck Tasil.");
	d = f.d;
	assert_true(rasdp_denied_at(&f.c, &f.c.si[0], fx_tok(d, "struck", 0)));
	fx_close(&f);
}

/* ---- attribution.c --------------------------------------------------- */

static void test_attribution_speaker(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "قال المرصد السوري لحقوق الإنسان إن قصفا على بلدة جاسم قتل ثلاثة مدنيين.");
	assert_true(f.c.si[0].has_speaker);
	assert_string_equal(fx_speaker(&f.c.si[0].src), "sohr");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 3)->src), "sohr");
	fx_close(&f);

	/* the present of a reporting verb, as headlines write it */
	fx_open(&f, "en", "Activists claim 14 civilians killed in shelling on Jasim");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 14));
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 14)->src), "activists");
	fx_close(&f);

	/* "according to X": X follows the frame and speaks */
	fx_open(&f, "en", "Nine people were killed when shelling hit Jasim, according to SANA.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 9)->src), "sana");
	fx_close(&f);

	/* reporting verbs of counting and stating, "وفقًا لـ" with the preposition on the name */
	fx_open(&f, "ar", "وأحصى المرصد السوري لحقوق الإنسان مقتل 13 شخصا في قصف على بلدة جاسم.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 13)->src), "sohr");
	fx_close(&f);
	fx_open(&f, "ar", "وفقًا للمرصد السوري لحقوق الإنسان، قتل خمسة مدنيين في قصف على بلدة جاسم.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "sohr");
	fx_close(&f);
	fx_open(&f, "ar", "وأصدر الدفاع المدني السوري بيانا: قتل سبعة مدنيين في قصف على بلدة جاسم.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 7)->src), "white_helmets");
	fx_close(&f);

	/* the one spoken to does not speak: the one who told it does */
	fx_open(&f, "en", "A local official told Reuters that 5 people were killed in Idlib.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "official_sources");
	fx_close(&f);
	fx_open(&f, "en", "The commander told the local Ronahi TV station that 5 fighters were killed "
		 "in Raqqa.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "outlet");
	fx_close(&f);

	/* an armed actor speaks as itself, its spokesman only when named */
	fx_open(&f, "en", "The Syrian Democratic Forces said 3 of their fighters were killed in Raqqa.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 3)->src), "sdf_itself");
	fx_close(&f);
	fx_open(&f, "ar", "وأعلن الحوثيون أن غارة على ميناء الحديدة قتلت ستة عمال.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "houthis_itself");
	fx_close(&f);
	fx_open(&f, "ar", "وأعلن المتحدث العسكري باسم الحوثيين أن غارة على ميناء الحديدة قتلت ستة عمال.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "houthi_military_spokesman");
	fx_close(&f);
	/* a word with the article is no verb: "التابع لـ" is "affiliated to", not "تابع" */
	fx_open(&f, "ar", "دارت مواجهات عنيفة في جبلة، شارك فيها الطيران المروحي التابع لسلاح "
		 "الجو السوري، وقتل فيها 15 عنصرا من الأمن العام.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 15)->src), "outlet");
	fx_close(&f);
	/* English: the subject before a parenthesis set off by commas speaks */
	fx_open(&f, "en", "The Syrian Observatory for Human Rights, which relies on a network of sources "
		 "inside the country, said 5 civilians were killed in the strike on Idlib.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "sohr");
	fx_close(&f);
	fx_open(&f, "en", "Gaza's Health Ministry, run by Hamas, said 40 people were killed in the strikes "
		 "on Khan Younis.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 40)->src), "gaza_health");
	fx_close(&f);
	/* English: a source far after the verb is what was said, not who said it */
	fx_open(&f, "en", "The agency said the attack on the base was claimed by Hezbollah on Monday.");
	assert_false(f.c.si[0].has_speaker);
	fx_close(&f);
	/* "confirmed dead", "reported killed": a participle, no speaker's verb */
	fx_open(&f, "en", "The Syrian Observatory for Human Rights said the camp was hit twice. "
		 "At least 160 men were killed or wounded, with at least 70 of them confirmed dead.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 70)->src), "outlet");
	fx_close(&f);
	/* members "of" an actor are meant, not the actor speaking */
	fx_open(&f, "ar", "وقتل 9 عناصر من الشرطة العراقية أعلن لاحقا عن ارتفاع عددهم إلى 11 "
		 "في تفجير استهدف دوريتهم في كركوك.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 9)->src), "outlet");
	fx_close(&f);
	/* an actor the lexicon names no source after: its government's voice */
	fx_open(&f, "en", "Turkish forces said 4 soldiers were wounded in an attack near Afrin.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 4)->src), "turkey_mod");
	fx_close(&f);
}

/*
 * Speakers named by what they are, in the families the lexicon knows: a
 * security source is no military source, a bare ministry is the one of the
 * country the report names, an office-holder speaks for the office.
 */
static void test_attribution_families(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "وقال مصدر أمني عراقي إن انفجار عبوة ناسفة قتل أربعة جنود قرب كركوك.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "security_sources");
	fx_close(&f);
	fx_open(&f, "ar", "وقال مصدر عسكري إن انفجار عبوة ناسفة قتل أربعة جنود قرب كركوك.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "military_source");
	fx_close(&f);
	fx_open(&f, "ar", "انفجرت عبوة ناسفة في مدينة كركوك. وأعلنت وزارة الصحة مقتل أربعة أشخاص.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "iraq_health");
	fx_close(&f);
	fx_open(&f, "ar", "وأفاد مصدران محليان بمقتل ثلاثة رعاة في قصف على قرية قرب درعا.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 3)->src), "local_sources");
	fx_close(&f);
	fx_open(&f, "en", "A strike on a market in Gaza killed 11 people, hospital workers said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 11)->src), "medical_sources");
	fx_close(&f);
	fx_open(&f, "en", "The Pentagon said 2 service members were wounded in a drone attack in eastern Syria.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 2)->src), "pentagon");
	fx_close(&f);
	fx_open(&f, "ar", "وقال قائمقام المدينة إن القصف قتل خمسة مدنيين في قرية حدودية.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "district_official");
	fx_close(&f);
}

/* An actor named again by what it is ("التنظيم", "the group") speaks as itself. */
static void test_attribution_actor_described(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "تبنى تنظيم داعش هجوما على حاجز للأسايش في مدينة الرقة. "
		 "وقال التنظيم عبر حساباته إن الهجوم قتل ستة عناصر.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "Islamic State");
	fx_close(&f);
	fx_open(&f, "en", "The Islamic State group claimed an attack on a checkpoint in Raqqa. "
		 "The group said 6 guards were killed.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "Islamic State");
	fx_close(&f);
	fx_open(&f, "ar", "قال التحالف الدولي في بيان إن هجوما صاروخيا استهدف قاعدة قرب أربيل. "
		 "وقال مسؤولان أمريكيان إن الهجوم أصاب مطارا. "
		 "وأشار التحالف إلى أن خمسة متعاقدين أصيبوا في الهجوم.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 5)->src), "us_led_coalition");
	fx_close(&f);
	/* a description that fits no actor named before names none */
	fx_open(&f, "ar", "تبنى تنظيم داعش هجوما على حاجز في مدينة الرقة. "
		 "وقالت المصادر إن الهجوم قتل ستة عناصر.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "outlet");
	fx_close(&f);
}

/*
 * Who speaks past a subject's modifier, a carrier, a dateline and a
 * report's country: "police in the town said" is the police; "X said in a
 * statement carried by Y" is Y via X; "the agency said" is no dateline's
 * wire; a generic "الجيش" is the army of the report's country; a bare
 * ministry is the one of the country the report names,
 * "police" inside "Turkish police" naming no country of its own.
 */
static void test_attribution_subject_carrier(void **state)
{
	struct fx f;
	const struct rasd_claim *k;

	(void)state;
	/* an actor heading the subject, a modifier after it */
	fx_open(&f, "en", "A bomb exploded near a checkpoint in Kirkuk on Sunday. "
		 "Police in the town said 3 guards were killed.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 3)->src), "Police");
	fx_close(&f);
	fx_open(&f, "ar", "انفجرت عبوة قرب حاجز في كركوك يوم الأحد. "
		 "وقالت الشرطة في البلدة إن ثلاثة حراس قتلوا.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 3)->src), "الشرطة");
	fx_close(&f);
	/* near case: the actor is a word of what was said, after the verb */
	fx_open(&f, "en", "A bomb exploded near a checkpoint in Kirkuk on Sunday. "
		 "The mayor said police in the town lost 3 men.");
	assert_string_not_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 3)->src), "Police");
	fx_close(&f);
	/* near case: the people counted, a modifier after them, are no speaker */
	fx_open(&f, "en", "Air strikes killed 12 civilians on Sunday in the old market of Idlib "
		 "a local news network reported.");
	assert_string_not_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 12)->src), "civilians");
	fx_close(&f);

	/* a statement carried by an agency: the speaker, the agency its next link */
	fx_open(&f, "en", "Shelling hit a village near Hama on Sunday. The Syrian Defence Ministry said "
		 "in a statement carried by SANA that 7 gunmen were killed.");
	k = fx_claim(f.d, RASD_CAS_KILLED, 7);
	assert_string_equal(fx_speaker(&k->src), "syria_mod");
	assert_int_equal(k->src.nchain, 2);
	assert_string_equal(k->src.chain[1], "SANA");
	fx_close(&f);
	fx_open(&f, "ar", "قصفت قوات قرية قرب حماة يوم الأحد. وقالت وزارة الدفاع السورية في بيان "
		 "نقلته وكالة سانا إن سبعة مسلحين قتلوا.");
	k = fx_claim(f.d, RASD_CAS_KILLED, 7);
	assert_string_equal(fx_speaker(&k->src), "syria_mod");
	assert_int_equal(k->src.nchain, 2);
	assert_string_equal(k->src.chain[1], "SANA");
	fx_close(&f);
	/* near case: a frame set off by itself makes the agency the first link */
	fx_open(&f, "en", "Shelling hit a village near Hama on Sunday. The Syrian Defence Ministry said, "
		 "as reported by SANA, that 7 gunmen were killed.");
	k = fx_claim(f.d, RASD_CAS_KILLED, 7);
	assert_string_equal(fx_speaker(&k->src), "sana");
	assert_string_equal(k->src.chain[1], "Syrian Ministry of Defence");
	fx_close(&f);
	/* near case: with no speaker before it, the carried statement is the agency's */
	fx_open(&f, "en", "Shelling hit a village near Hama on Sunday. According to a statement "
		 "carried by SANA, 7 gunmen were killed.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 7)->src), "sana");
	fx_close(&f);
	/* near case: the agency is the addressee, the ministry speaks alone */
	fx_open(&f, "en", "Shelling hit a village near Hama on Sunday. The Syrian Defence Ministry told "
		 "SANA that 7 gunmen were killed.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 7)->src), "syria_mod");
	fx_close(&f);

	/* "the agency" is the agency named before it, not the wire of the dateline */
	fx_open(&f, "en", "HOMS, May 2 (AFP) - A car bomb went off at a market in Homs on Sunday, "
		 "SANA reported. The agency said 8 people were killed.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 8)->src), "sana");
	fx_close(&f);
	/* near case: with no agency named in the body, the dateline's wire stays a candidate */
	fx_open(&f, "en", "HOMS, May 2 (AFP) - A car bomb went off at a market in Homs on Sunday. "
		 "The agency said 8 people were killed.");
	assert_string_not_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 8)->src), "sana");
	fx_close(&f);

	/* "الجيش" (actors.tsv generic) speaks as the army of the report's country */
	fx_open(&f, "ar", "سقطت قذائف على بلدة مرجعيون في جنوب لبنان يوم الأحد. "
		 "وقال الجيش إن ثلاثة جنود أصيبوا.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 3)->src), "lebanese_army");
	fx_close(&f);
	/* near case: in a report of Syria, Syria's */
	fx_open(&f, "ar", "سقطت قذائف على مدينة معرة النعمان يوم الأحد. "
		 "وقال الجيش إن ثلاثة جنود أصيبوا.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 3)->src), "syrian_army");
	fx_close(&f);

	/* a bare ministry of a report about Turkey */
	fx_open(&f, "en", "Turkish police detained 14 people in raids on Sunday, the Interior Ministry said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_ARRESTED, 14)->src), "turkey_interior");
	fx_close(&f);
	fx_open(&f, "ar", "أوقفت الشرطة التركية 14 شخصا في مداهمات يوم الأحد، بحسب وزارة الداخلية.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_ARRESTED, 14)->src), "turkey_interior");
	fx_close(&f);
	/* near case: police of no country, in a Syrian town */
	fx_open(&f, "en", "Police detained 14 people in raids in Homs on Sunday, the Interior Ministry said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_ARRESTED, 14)->src), "syria_interior");
	fx_close(&f);
}

/*
 * A description names again what its own sentence named before it ("...
 * two Lebanese army soldiers ..., the army said"), when it fits it; one
 * that fits nothing named before it there leaves the figure the outlet's.
 */
static void test_attribution_described_same_sentence(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Israeli shelling wounded 2 Lebanese army soldiers near the border "
		 "village of Rmeish on Tuesday, the army said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 2)->src), "lebanese_army");
	fx_close(&f);
	fx_open(&f, "ar", "قتل 3 عناصر من تنظيم داعش في كمين قرب مدينة الميادين يوم الثلاثاء، "
		 "قال التنظيم.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 3)->src), "Islamic State");
	fx_close(&f);
	/* the army is no word of the Observatory's */
	fx_open(&f, "en", "Israeli shelling wounded 2 soldiers near the Syrian Observatory's "
		 "office in Rmeish on Tuesday, the army said.");
	assert_string_not_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 2)->src), "sohr");
	fx_close(&f);
}

/*
 * A quoting verb's head speaks; the one after its preposition ("عن",
 * "citing") is the chain's next link, also when the verb is a participle
 * right before it ("نقلا عن").
 */
static void test_attribution_chain(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "SANA reported, citing a military source, that 4 soldiers were killed "
		 "in Daraa.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "sana");
	fx_close(&f);
	fx_open(&f, "ar", "وأفادت وسائل إعلام عبرية، نقلا عن وسائل إعلام فلسطينية، "
		 "بمقتل ثلاثة شبان في مدينة جنين.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 3)->src), "israeli_media");
	fx_close(&f);
	fx_open(&f, "ar", "ونقلت وكالة سانا عن مصدر عسكري أن أربعة جنود قتلوا في هجوم قرب درعا.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "sana");
	fx_close(&f);
	/* a quoted inner link gives no figure of its own: the head going on does */
	fx_open(&f, "ar", "وقال الناشط أحمد العلي إن الغارة استهدفت مقرا قرب البوكمال.\n"
		 "ونقل عن مصدر في المشفى إن 17 قتيلا سقطوا في الغارة.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 17)->src), "activists");
	fx_close(&f);
	/* "بيان صادر عن": whose statement */
	fx_open(&f, "ar", "وقال بيان صادر عن المرصد السوري لحقوق الإنسان إن ستة مدنيين قتلوا في قصف على جاسم.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "sohr");
	fx_close(&f);
}

/*
 * "X cited Y as saying", "X quoted Y as saying": the object of an English
 * quoting verb is the inner link, the verb's subject speaks.
 */
static void test_attribution_cited_as_saying(void **state)
{
	const struct rasd_srcref *r;
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Reuters cited a security source as saying that 3 guards were killed "
		 "at the checkpoint.");
	r = &fx_claim(f.d, RASD_CAS_KILLED, 3)->src;
	assert_string_equal(fx_speaker(r), "reuters");
	assert_int_equal(r->nchain, 2);
	assert_string_equal(r->chain[1], "security sources");
	fx_close(&f);
	fx_open(&f, "en", "The National News Agency quoted medical sources as saying 5 farmers "
		 "were wounded by the shell.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 5)->src), "nna");
	fx_close(&f);
	/* "Y, quoted by X, said": X, via Y */
	fx_open(&f, "en", "A police officer, quoted by the National News Agency, said 5 farmers "
		 "were wounded by the shell.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 5)->src), "nna");
	fx_close(&f);
	/* passive: the one quoted is the subject, and speaks when no one is named after it */
	fx_open(&f, "en", "Medical sources were quoted as saying 5 farmers were wounded by the shell.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 5)->src), "medical_sources");
	fx_close(&f);
}

/*
 * A bare "مصدر", "sources" speaks as an unnamed source; with the article
 * ("المصدر", "the sources") it names again the one named before.
 */
static void test_attribution_unnamed(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "وقال مصدر للجزيرة إن تسعة من أفراد الشرطة قتلوا في التفجير قرب كركوك.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 9)->src), "unnamed_sources");
	fx_close(&f);
	fx_open(&f, "en", "Three people were killed in the raid on Jenin, sources said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 3)->src), "unnamed_sources");
	fx_close(&f);
	fx_open(&f, "ar", "وقال مصدر أمني إن عبوة ناسفة انفجرت قرب كركوك. "
		 "وأضاف المصدر أن ثلاثة جنود قتلوا في الانفجار.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 3)->src), "security_sources");
	fx_close(&f);
}

/* Two speakers set against each other keep their own figures. */
static void test_attribution_two_speakers(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "SANA said 12 soldiers were killed in the clashes in Idlib, "
		 "while the Syrian Observatory said 19 soldiers were killed.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 12)->src), "sana");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 19)->src), "sohr");
	fx_close(&f);

	/* an armed actor speaking as itself owns the figures of its clause */
	fx_open(&f, "ar", "اقتحمت قوات الاحتلال مخيم نور شمس يوم الاثنين. وبينما اعترف جيش الاحتلال "
		 "بإصابة أربعة جنود في الاشتباكات، أكدت قناة الجزيرة مقتل تسعة مسلحين في المخيم.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 4)->src), "israeli_army");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 9)->src), "aljazeera");
	fx_close(&f);

	/* ... not of another clause, whose verb has a speaker the lexicon does not know */
	fx_open(&f, "ar", "قال جيش الاحتلال إن أربعة جنود أصيبوا في مخيم نور شمس، "
		 "بينما قال أطباء متطوعون إن تسعة مدنيين قتلوا.");
	assert_string_not_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 9)->src), "israeli_army");
	fx_close(&f);

	/* a speaker of the clause set against the figure's does not give it */
	fx_open(&f, "ar", "قتل 74 شخصا في غارات على ميناء الحديدة، "
		 "في حين أعلن الجيش الإسرائيلي اعتراض صاروخ أطلق من اليمن.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 74)->src), "outlet");
	fx_close(&f);
}

/* A title and a name, then the surname alone speaks for the source. */
static void test_attribution_alias(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "The Iranian ambassador to Syria Reza Karimi visited Damascus on Monday. "
		 "Karimi said 3 advisers were killed in an Israeli strike on Damascus.");
	assert_int_equal(f.c.naliases, 1);
	assert_string_equal(fx_speaker(&f.c.si[1].src), "iran_ambassador");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 3)->src), "iran_ambassador");
	fx_close(&f);

	/* the holder named before his title, or by a name the lexicon knows */
	fx_open(&f, "ar", "وأوضح مشير محمد بشير قائم مقام زاخو أن القصف استهدف منتجعا سياحيا قرب زاخو. "
		 "وذكرت وكالة رويترز أن القصف تكرر مرتين. وقال بشير إن ثمانية سياح قتلوا في القصف.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 8)->src), "district_official");
	fx_close(&f);
	fx_open(&f, "ar", "أفاد المتحدث باسم وزارة الصحة بحكومة الوفاق الوطني الليبية، أمين الهاشمي، "
		 "أن طلابا قتلوا في قصف على طرابلس. وذكرت وكالة رويترز أن القصف تكرر مرتين. "
		 "وقال الهاشمي إن 28 طالبا قتلوا في القصف.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 28)->src), "libya_health");
	fx_close(&f);
}

/* A report reprinted from a source its closing credit line names speaks as that source. */
static void test_attribution_reprint_credit(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "A bomb killed 6 people at a bus stop in the town on Friday.\n"
		 "Engineers cleared a second device near the stop.\n(Valley Daily-SANA)");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "sana");
	fx_close(&f);
	/* a parenthesis that is not the closing line credits nobody */
	fx_open(&f, "en", "A bomb killed 6 people at a bus stop in the town on Friday.\n(SANA)\n"
		 "Engineers cleared a second device near the stop.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "outlet");
	fx_close(&f);
	/* nor a parenthesis closing the last sentence */
	fx_open(&f, "en", "A bomb killed 6 people at a bus stop in the town on Friday. "
		 "Engineers cleared a second device (SANA).");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "outlet");
	fx_close(&f);
}

/* A list opened by a colon speaks with its opener's speaker, item by item. */
static void test_attribution_list(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Shelling hit the town on Friday.\n\nThe Syrian Civil Defence said the "
		 "shelling lasted an hour and left:\n- 4 people dead\n- 7 people wounded\n\n"
		 "Residents said the market was closed.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "white_helmets");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 7)->src), "white_helmets");
	fx_close(&f);
	/* the opener goes on from the speaker of the sentence before it */
	fx_open(&f, "en", "Shelling hit the town on Friday.\n\nSANA said the army answered the fire.\n"
		 "During the exchange, the shells fell on the market, which led to:\n\n- 3 people dead\n\n"
		 "- 5 people wounded");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 3)->src), "sana");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 5)->src), "sana");
	fx_close(&f);
	/* no colon: the items are the outlet's own */
	fx_open(&f, "en", "Shelling hit the town on Friday.\n\nSANA said the army answered the fire.\n\n"
		 "- 3 people dead in the town\n\n- 5 people wounded in the town");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 3)->src), "outlet");
	fx_close(&f);
}

/*
 * A continuation ("كما أشار", "وأضاف") takes the speaker of the sentence
 * right before it, and no speaker when that sentence is the outlet's own.
 */
static void test_attribution_continuation(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "قال المرصد السوري لحقوق الإنسان إن غارة قتلت ستة مقاتلين في إدلب. "
		 "كما أشار إلى إصابة أربعة مدنيين.");
	assert_string_equal(fx_speaker(&f.c.si[1].src), "sohr");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 4)->src), "sohr");
	fx_close(&f);

	/* an account set against another's goes on with its speaker */
	fx_open(&f, "ar", "قالت مصادر محلية إن الاشتباكات في بلدة جاسم خلفت نحو عشرة قتلى. "
		 "بينما لم تشارك أي قوات روسية في العمليات.");
	assert_true(f.c.si[1].has_speaker);
	assert_string_equal(fx_speaker(&f.c.si[1].src), "local_sources");
	fx_close(&f);

	/* a "كما" with no reporting verb goes on in the outlet's own voice */
	fx_open(&f, "ar", "قال المرصد السوري لحقوق الإنسان إن غارة قتلت ستة مقاتلين في إدلب. "
		 "كما أصيب أربعة مدنيين.");
	assert_false(f.c.si[1].has_speaker);
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 4)->src), "outlet");
	fx_close(&f);

	fx_open(&f, "ar", "قال المرصد السوري لحقوق الإنسان إن غارة قتلت ستة مقاتلين في إدلب. "
		 "وتقع المدينة قرب الحدود. كما أصيب أربعة مدنيين.");
	assert_false(f.c.si[1].has_speaker);
	assert_false(f.c.si[2].has_speaker);
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 4)->src), "outlet");
	fx_close(&f);

	/* no speaker carries into a sentence recalling an earlier time */
	fx_open(&f, "ar", "قال المرصد السوري لحقوق الإنسان إن غارة قتلت ستة مقاتلين في إدلب. "
		 "كما قتل ثلاثون شخصا في هجوم مماثل على المدينة عام 2017.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "sohr");
	/* (a figure of another time may also be left out altogether: framing.c) */
	if (fx_claim(f.d, RASD_CAS_KILLED, 30))
		assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 30)->src), "outlet");
	fx_close(&f);
}

/* "adding" reports only with "that": "adding new urgency" carries no speaker. */
static void test_attribution_participle(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "SANA said 4 soldiers were killed in Daraa. "
		 "A second blast killed 5 people in Jasim, adding new urgency to the talks.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "sana");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "outlet");
	fx_close(&f);

	fx_open(&f, "en", "SANA said 4 soldiers were killed in Daraa, adding that 5 were wounded.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 5)->src), "sana");
	fx_close(&f);
}

/*
 * "مراسلنا" is the outlet itself; "مراسل سانا", "an AFP correspondent" speak
 * for the outlet named with them.
 */
static void test_attribution_correspondent(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "وقال مراسلنا إن قصفا على بلدة جاسم قتل ثلاثة مدنيين.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 3)->src), "outlet");
	fx_close(&f);

	fx_open(&f, "ar", "وأكد مراسل سانا في درعا مقتل أربعة جنود في قصف على بلدة جاسم.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "sana");
	fx_close(&f);

	fx_open(&f, "en", "An AFP correspondent in Idlib said 6 people were killed in the strike.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "afp");
	fx_close(&f);

	/* an outlet written in capitals with a possessive: its correspondent is the outlet */
	fx_open(&f, "en", "Shells fell on the market of Jasim on Friday, killing 8 people, TASS's reporter said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 8)->src), "tass");
	fx_close(&f);
	fx_open(&f, "en", "SANA\u2019s correspondent in Daraa said 9 soldiers were wounded when a mine went off near Jasim.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 9)->src), "sana");
	fx_close(&f);
	/* told to it: the one telling speaks */
	fx_open(&f, "en", "A doctor told AFP's correspondent that 4 children were killed in the strike on Jasim.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "medical_sources");
	fx_close(&f);

	/* the channel's bare name is also a region's: with "مراسل" it is the channel */
	fx_open(&f, "ar", "وقال مراسل الجزيرة إن قصفا على بلدة جاسم قتل خمسة مدنيين.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "aljazeera");
	fx_close(&f);

	/* the spokesman of Syria's civil defence is not another country's */
	fx_open(&f, "ar", "وقال المتحدث باسم الدفاع المدني إن قصفا على بلدة جاسم في درعا قتل سبعة مدنيين.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 7)->src), "white_helmets");
	fx_close(&f);
}

/*
 * A ministry is the one of the country the text gives it: another
 * country's adjective or owner beside it makes it no Syrian ministry; a
 * bare "وزارة الصحة" is the Syrian one in a report of Syria, a generic
 * one where nothing names Syria.
 */
static void test_attribution_country(void **state)
{
	struct fx f;
	const char *who;

	(void)state;
	fx_open(&f, "ar", "أعلن وزير الصحة اللبناني مقتل ثمانية أشخاص في انفجار بمدينة صور.");
	who = fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 8)->src);
	/* Lebanon's ministry by its lexicon entry, else named by its words: never Syria's */
	assert_true(!strcmp(who, "lebanon_health") || !strcmp(who, "وزير الصحة اللبناني"));
	fx_close(&f);

	fx_open(&f, "en", "The Lebanese Health Minister said 8 people were killed in the blast in Tyre.");
	who = fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 8)->src);
	assert_true(!strcmp(who, "lebanon_health") || !strcmp(who, "Lebanese Health Minister"));
	fx_close(&f);

	fx_open(&f, "en", "The HTS-run health ministry said 9 people were killed in Idlib.");
	assert_string_not_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 9)->src), "syria_health");
	fx_close(&f);

	/* its own country's adjective is part of its name */
	fx_open(&f, "ar", "أعلنت وزارة الصحة السورية مقتل ثمانية أشخاص في انفجار بمدينة حمص.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 8)->src), "syria_health");
	fx_close(&f);

	/* a bare name: the country the report names picks the entry */
	fx_open(&f, "ar", "قصفت قوات النظام مدينة حمص. وأعلنت وزارة الصحة مقتل ثمانية أشخاص.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 8)->src), "syria_health");
	fx_close(&f);
	fx_open(&f, "ar", "انفجرت سيارة مفخخة في سوق مزدحم. وأعلنت وزارة الصحة مقتل ثمانية أشخاص.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 8)->src), "health_ministry");
	fx_close(&f);

	/* an actor of a country the report names by no place: somebody else's, by its words */
	fx_open(&f, "ar", "وقالت الشرطة إن خمسة أشخاص قتلوا في انفجار سيارة مفخخة في مدينة حمص.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "Syrian police");
	fx_close(&f);
	fx_open(&f, "ar", "وقالت الشرطة إن خمسة أشخاص قتلوا في انفجار سيارة مفخخة في السوق.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "الشرطة");
	fx_close(&f);

	/* local people bound to no state stay what they are with a nationality */
	fx_open(&f, "en", "Egyptian witnesses told reporters that 3 people were killed in the shelling "
		 "of Rafah.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 3)->src), "witnesses");
	fx_close(&f);

	/* a shorter name of an institution named in full before is that one again */
	fx_open(&f, "ar", "أعلنت وزارة الدفاع الأميركية مقتل متعاقد في هجوم بطائرة مسيرة على قاعدة "
		 "في ريف دير الزور. وقالت وزارة الدفاع إن خمسة جنود أصيبوا في الهجوم.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 5)->src), "pentagon");
	fx_close(&f);

	/*
	 * a title alone is a speaker, and a nationality beside it says whose:
	 * "مسؤول" + "أردني" is a Jordanian official, named by its words
	 * (a Kurdish one is kurdish_sources of the lexicon)
	 */
	fx_open(&f, "ar", "وقال مسؤول أردني إن أربعة عناصر قتلوا في قصف على قرية قرب الحدود.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "مسؤول أردني");
	fx_close(&f);
	fx_open(&f, "ar", "وذكر مسؤول آخر أن تسعة مدنيين أصيبوا في الانفجار.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 9)->src), "officials");
	fx_close(&f);
	/* a commander of a unit is a military source of the country the report names */
	fx_open(&f, "ar", "وقال آمر اللواء إن ثلاثة جنود قتلوا في هجوم على نقطة تفتيش قرب الموصل.");
	who = fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 3)->src);
	assert_true(!strcmp(who, "military_source") || !strcmp(who, "iraq_mod"));
	fx_close(&f);

	/* a channel's own name with its country stays the channel's */
	fx_open(&f, "ar", "وقالت قناة العالم الإيرانية إن الغارة قتلت ستة أشخاص في دمشق.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "alalam");
	fx_close(&f);
}

/*
 * A source named again by description ("الوزارة", "the war monitor") is
 * the one named before that the description fits, not just the last
 * speaker.
 */
static void test_attribution_description(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "أعلنت وزارة الصحة السورية مقتل خمسة مدنيين في قصف على جاسم. "
		 "وقال مصدر عسكري إن القصف جاء من الجنوب. "
		 "وأضافت الوزارة أن سبعة أشخاص أصيبوا.");
	assert_true(f.c.si[2].described || f.c.si[2].own);
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 7)->src), "syria_health");
	fx_close(&f);

	fx_open(&f, "en", "The Syrian Observatory for Human Rights said 5 civilians were killed in Jasim. "
		 "SANA said the shelling came from the south. "
		 "The monitor added that 7 people were wounded.");
	assert_true(f.c.si[2].described);
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 7)->src), "sohr");
	fx_close(&f);

	/* an indefinite one is somebody new: no source named before speaks */
	fx_open(&f, "ar", "أعلنت وزارة الصحة السورية مقتل خمسة مدنيين في قصف على جاسم. "
		 "وقال مصدر إن سبعة أشخاص أصيبوا.");
	assert_false(f.c.si[1].described);
	fx_close(&f);
}

/*
 * A figure whose line is broken inside its sentence is the word of the
 * speaker named where the sentence ends, and a "كما" starting a broken
 * line goes on from nobody; an embedded post's credit line names its
 * source, a wire's name alone on a line does not.
 */
static void test_attribution_lines(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "قال مصدر عسكري إن قصفا مدفعيا استهدف بلدة جاسم في ريف درعا صباح\n"
		 "اليوم وأدى إلى أضرار كبيرة في المنازل والمحلات التجارية في\n"
		 "وسط البلدة.\n"
		 "كما أصيب أربعة مدنيين بجروح في قصف على مدينة نوى\n"
		 "بريف درعا الغربي، حسبما أفاد المرصد السوري لحقوق\n"
		 "الإنسان.");
	/* the lines of a hard-wrapped report are joined into their sentences */
	assert_int_equal(f.d->nsents, 2);
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 4)->src), "sohr");
	fx_close(&f);

	/* a headline credits its source at its end too */
	fx_open(&f, "en", "Six fighters killed in ISIS attack on Raqqa security building: SDF\n\n"
		 "The attack took place on Monday.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "sdf_itself");
	fx_close(&f);

	/* a report of whole lines: the line after the headline does not speak for it */
	fx_open(&f, "ar", "مقتل أربعة مدنيين بقصف على مدينة نوى\n"
		 "قال المرصد السوري لحقوق الإنسان إن القصف استهدف السوق.");
	assert_false(f.c.wrapped);
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "outlet");
	fx_close(&f);

	fx_open(&f, "ar", "إصابة 12 فلسطينيا برصاص قوات الاحتلال في بلدة حوارة جنوب نابلس\n"
		 "— وكالة الأناضول (@aa_arabic) March 1, 2023\n"
		 "وقالت مصادر محلية إن المواجهات استمرت حتى المساء.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 12)->src), "anadolu");
	fx_close(&f);

	/* a line of the wire's name alone credits the wire the outlet relays */
	fx_open(&f, "en", "Five people were killed in a strike on a car near Nabatieh on Tuesday.\n"
		 "— Reuters");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "outlet");
	fx_close(&f);
}

/*
 * A statement governs what it introduces: the lines after a colon in its
 * paragraph, a quotation it opens until it closes; an unattributed new
 * paragraph is the outlet's.
 */
static void test_attribution_statement(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "وأعلن المرصد السوري لحقوق الإنسان في بيان:\n"
		 "- مقتل خمسة مدنيين في قصف على بلدة جاسم\n"
		 "- إصابة ثلاثة أطفال في قصف على مدينة نوى");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "sohr");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 3)->src), "sohr");
	fx_close(&f);

	fx_open(&f, "ar", "وقال المرصد السوري لحقوق الإنسان في بيانه: «استهدف القصف بلدة جاسم صباحا. "
		 "وقتل في القصف خمسة مدنيين بينهم طفلان».");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "sohr");
	fx_close(&f);

	/* "according to reports" inside the statement's own words is the statement's */
	fx_open(&f, "ar", "وأصدر الدفاع المدني السوري بيانا: «وفقا للتقارير الأولية، قتل سبعة مدنيين "
		 "في قصف على بلدة جاسم».");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 7)->src), "white_helmets");
	fx_close(&f);

	fx_open(&f, "ar", "وقال المرصد السوري لحقوق الإنسان إن القصف استهدف بلدة جاسم.\n\n"
		 "وقتل في قصف آخر على مدينة نوى خمسة مدنيين.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "outlet");
	fx_close(&f);

	/* a sentence opening inside a quotation (after "…") does not open a new one */
	fx_open(&f, "en", "\u201cWe struck the depot and the… men who guarded it,\u201d "
		 "the Syrian Observatory for Human Rights said.\n\n"
		 "Another strike on Nawa killed 4 civilians on Monday.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "outlet");
	fx_close(&f);
}

/* "It said" speaks for the speaker named last, however many sentences back. */
static void test_attribution_pronoun(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "The Syrian Observatory for Human Rights said shells hit the market of Douma "
		 "on Sunday. The market was crowded. Traders had just opened. Smoke rose over the "
		 "town. Ambulances came from nearby Harasta. It said 7 shoppers were killed.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 7)->src), "sohr");
	fx_close(&f);

	/* a sentence of the outlet's own voice, no pronoun: the outlet's */
	fx_open(&f, "en", "The Syrian Observatory for Human Rights said shells hit the market of Douma "
		 "on Sunday. The market was crowded. Traders had just opened. Smoke rose over the "
		 "town. Ambulances came from nearby Harasta. Seven shoppers were killed.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 7)->src), "outlet");
	fx_close(&f);
}

/* A headline's speaker named by description is the body's source it fits. */
static void test_attribution_headline_description(void **state)
{
	struct fx f;

	(void)state;
	fx_open_titled(&f, "en", "Monitor says 8 killed in shelling on Kafr Nabl",
		    "Monitor says 8 killed in shelling on Kafr Nabl\n\n"
		    "Artillery hit the centre of Kafr Nabl on Sunday. The Syrian Observatory for Human "
		    "Rights said the shells fell near a school.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 8)->src), "sohr");
	fx_close(&f);

	/* after the figure, and a body source the description does not fit */
	fx_open_titled(&f, "en", "8 killed in shelling on Kafr Nabl, ministry says",
		    "8 killed in shelling on Kafr Nabl, ministry says\n\n"
		    "Artillery hit the centre of Kafr Nabl on Sunday. The Syrian Observatory for Human "
		    "Rights said the shells fell near a school.");
	assert_string_not_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 8)->src), "sohr");
	fx_close(&f);
}

/* An embedded post's figures are its poster's, named by the credit line. */
static void test_attribution_post_credit(void **state)
{
	struct fx f;

	(void)state;
	/* the post and its credit on one line; a poster the lexicon does not know */
	fx_open(&f, "en", "Shelling hit the old market of Maarat al-Numan on Friday.\n"
		 "Nine shoppers killed in shelling on Maarat market https://t.co/q1w2e3 "
		 "pic.twitter.com/r4t5y6\u2014 Idlib Watch Radio (@idlibwatchradio) May 3, 2024\n"
		 "Rescuers worked through the night.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 9)->src), "Idlib Watch Radio");
	fx_close(&f);

	/* the credit on the line after the post */
	fx_open(&f, "en", "Shelling hit the old market of Maarat al-Numan on Friday.\n"
		 "Nine shoppers killed in shelling on Maarat market pic.twitter.com/r4t5y6\n"
		 "\u2014 Idlib Watch Radio (@idlibwatchradio) May 3, 2024\n"
		 "Rescuers worked through the night.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 9)->src), "Idlib Watch Radio");
	fx_close(&f);

	/* a dash and brackets that credit no post */
	fx_open(&f, "en", "Shelling killed nine shoppers in the old market of Maarat al-Numan "
		 "on Friday \u2014 the third attack (in a week) on the town.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 9)->src), "outlet");
	fx_close(&f);
}

/* The "to" of a longer "according to" frame addresses nobody: its source speaks. */
static void test_attribution_according_frame(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Shelling on the market of Douma wounded 23 people on Tuesday, "
		 "according to figures from the Syrian Observatory for Human Rights.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 23)->src), "sohr");
	fx_close(&f);

	/* a source spoken to is still no speaker */
	fx_open(&f, "en", "Shelling on the market of Douma wounded 23 people on Tuesday, "
		 "a doctor told the local Syrian Observatory for Human Rights.");
	assert_string_not_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 23)->src), "sohr");
	fx_close(&f);
}

/*
 * Mourning and condolences speak for the dead they name: "the ministry
 * mourned 4 medics", "ونعت وزارة الصحة 4 مسعفين"; "قائلا إن" goes on
 * from the verb before it.
 */
static void test_attribution_mourning(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "On Monday the Health Ministry mourned 4 paramedics killed in the raid on the clinic.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "health_ministry");
	fx_close(&f);

	fx_open(&f, "en", "The Health Minister on Monday expressed his condolences to the families "
		 "of 4 paramedics killed in the raid on the clinic.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "health_ministry");
	fx_close(&f);

	fx_open(&f, "ar", "ونعت وزارة الصحة يوم الاثنين 4 مسعفين قتلوا في الغارة على المستوصف.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "health_ministry");
	fx_close(&f);

	fx_open(&f, "ar", "وزارة الصحة نعت يوم الاثنين 4 مسعفين قتلوا في الغارة على المستوصف.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "health_ministry");
	fx_close(&f);

	fx_open(&f, "ar", "وظهر وزير الصحة على التلفزيون قائلا إن 7 أشخاص قتلوا في القصف على السوق.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 7)->src), "health_ministry");
	fx_close(&f);
}

/*
 * An "according to" frame right after the figure closes its clause and
 * names its source, over another speaker's verb before it; not past
 * another verb, nor far away.
 */
static void test_attribution_closing_frame(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Hamas accused Israel of an air strike on a school in Rafah that killed 14 people, "
		 "according to the Syrian Observatory for Human Rights.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 14)->src), "sohr");
	fx_close(&f);

	fx_open(&f, "ar", "واتهمت حركة حماس إسرائيل بشن غارة على مدرسة في رفح أدت إلى مقتل 14 شخصا، "
		 "بحسب المرصد السوري لحقوق الإنسان.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 14)->src), "sohr");
	fx_close(&f);

	/* the frame before the figure, as before */
	fx_open(&f, "en", "According to the Syrian Observatory for Human Rights, an air strike on a school "
		 "in Rafah killed 14 people.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 14)->src), "sohr");
	fx_close(&f);

	/* another verb between: the frame speaks for its own clause */
	fx_open(&f, "en", "The Syrian Civil Defence said 14 people were killed in the strike on the school, "
		 "and rescuers said the roof fell on the pupils, according to the Syrian Observatory for Human Rights.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 14)->src), "white_helmets");
	fx_close(&f);
}

/* A quotation over several sentences is its speaker's, named after it closes. */
static void test_attribution_quote_closes(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "A drone hit a wedding hall in Marib on Sunday. \u201cNine guests died at once. "
		 "Another 14 were carried to the hospital with burns,\u201d the Yemen Red Crescent said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 9)->src), "yemen_red_crescent");
	fx_close(&f);

	/* a paragraph that is a quotation goes on in the words of the speaker before it */
	fx_open(&f, "en", "A drone hit a wedding hall in Marib on Sunday.\n\n"
		 "The Yemen Red Crescent said in a statement that its teams reached the hall at night.\n\n"
		 "\u201cNine guests died at once and the hall burned down.\u201d\n\n"
		 "Marib has been hit before.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 9)->src), "yemen_red_crescent");
	fx_close(&f);

	/* ... not a paragraph in the outlet's own words */
	fx_open(&f, "en", "A drone hit a wedding hall in Marib on Sunday.\n\n"
		 "The Yemen Red Crescent said in a statement that its teams reached the hall at night.\n\n"
		 "Nine guests died at once and the hall burned down.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 9)->src), "outlet");
	fx_close(&f);

	/* a speaker after a new paragraph does not reach back into the quotation */
	fx_open(&f, "en", "A drone hit a wedding hall in Marib on Sunday. \u201cNine guests died at once.\n\n"
		 "We are still searching,\u201d the Yemen Red Crescent said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 9)->src), "outlet");
	fx_close(&f);
}

/*
 * A line that breaks off after its reporting verb, the next line opening
 * a quotation: the quotation is the speaker's, as after a colon, even
 * when it never closes; the speaker of the line after it, which the
 * figure's line runs on into, does not take it.
 */
static void test_attribution_quoted_line(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "قال الدفاع المدني السوري إن فرقه عملت طوال الليل في\n"
		 "أحياء مدينة نوى لإخماد الحرائق التي اندلعت بعد القصف\n"
		 "وأعلنت وزارة الصحة عن\n"
		 "\"مقتل ستة مدنيين وإصابة تسعة آخرين في القصف على السوق الشعبي في\n"
		 "وقال المرصد السوري لحقوق الإنسان إن القصف استمر ساعتين وطال\n"
		 "أحياء أخرى في المدينة.");
	assert_true(f.c.wrapped);
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "syria_health");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 9)->src), "syria_health");
	fx_close(&f);

	fx_open(&f, "en", "The Syrian Civil Defence said its teams worked through the night in\n"
		 "the districts of Nawa to put out the fires that broke out after the\n"
		 "shelling. The health ministry announced\n"
		 "\u201cSix civilians were killed and nine others were wounded in the shelling of the market\n"
		 "The Syrian Observatory for Human Rights said the shelling lasted two hours and hit\n"
		 "other districts of the town.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "syria_health");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 9)->src), "syria_health");
	fx_close(&f);

	/* a line of the outlet's own words still runs on into its speaker's */
	fx_open(&f, "ar", "قال الدفاع المدني السوري إن فرقه عملت طوال الليل في\n"
		 "أحياء مدينة نوى لإخماد الحرائق التي اندلعت بعد القصف\n"
		 "على السوق الشعبي الذي أدى إلى مقتل ستة مدنيين في\n"
		 "المدينة، حسبما أفاد المرصد السوري لحقوق الإنسان.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "sohr");
	fx_close(&f);
}

/*
 * A relaying verb ("نقل", "نقلت") replaces the sentence's reporting verb
 * only when a source stands right after it ("نقلت وكالة الأنباء عن
 * ..."); a bare "نقلت" later in the sentence is "took" ("نقلت الإصابات
 * إلى المستشفى") and leaves the speaker its verb, whose next sentence
 * goes on from it.
 */
static void test_attribution_bare_relay(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "وأفاد الدفاع المدني السوري أن فرقه أخمدت الحرائق في السوق الشعبي، "
		 "حيث نقلت الفرق ثلاث إصابات إلى المستشفى الوطني في المدينة.\n\n"
		 "وأضاف أن فرقه انتشلت جثث خمسة مدنيين من تحت الأنقاض.");
	assert_int_equal(f.c.si[0].own, 1);
	assert_string_equal(fx_speaker(&f.c.si[0].src), "white_helmets");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "white_helmets");
	fx_close(&f);

	/* the relaying verb with its source after it is still the sentence's */
	fx_open(&f, "ar", "وذكر مراسل محلي أن القصف استمر ساعتين، ونقلت وكالة الأناضول عن "
		 "المرصد السوري لحقوق الإنسان أن سبعة مدنيين قتلوا في القصف.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 7)->src), "anadolu");
	fx_close(&f);
}

/*
 * A word setting clauses against each other ("فيما", "while") parts the
 * figure from a speaker named before it, except inside the speaker's own
 * quotation: what it quotes is its word to the end.
 */
static void test_attribution_contrast_in_quote(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "قال أبو محمد، من الدفاع المدني السوري في ريف إدلب، لموقع محلي: \"استهدف "
		 "القصف السوق الشعبي في المدينة بعد الظهر، فيما أصيب أكثر من 20 شخصا بجروح نقلوا "
		 "إلى المستشفى\".");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 20)->src), "white_helmets");
	fx_close(&f);

	fx_open(&f, "en", "Abu Mohammed, of the Syrian Civil Defence in rural Idlib, told a local site: "
		 "\"The shelling hit the market in the town in the afternoon, while more than 20 people "
		 "were wounded and taken to hospital.\"");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 20)->src), "white_helmets");
	fx_close(&f);
}

/*
 * An English subject's head speaks, not a source inside the modifier
 * after it ("the ministry of the U.N.-backed government said") nor one
 * that only qualifies the noun it is joined to ("the UN-backed").
 */
static void test_attribution_subject_head(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "A mortar shell killed 6 people near a bakery in Sirte on Friday, "
		 "the interior ministry of the U.N.-backed administration in the western city said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "libya_interior");
	fx_close(&f);

	fx_open(&f, "en", "Four farmers were wounded by a landmine outside Sirte, "
		 "the spokesman for the UN-backed council said.");
	assert_string_not_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 4)->src), "un");
	fx_close(&f);

	/* "reports" after its subject is the verb, not "media reports" */
	fx_open(&f, "en", "Four soldiers were killed in a drone strike on a checkpoint near Palmyra, "
		 "the Syrian Observatory for Human Rights (SOHR) reports.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "sohr");
	fx_close(&f);
	fx_open_titled(&f, "en", "Four soldiers killed near Palmyra, reports Syrian Observatory for Human Rights",
		    "Four soldiers killed near Palmyra, reports Syrian Observatory for Human Rights\n\n"
		    "A drone hit a checkpoint on the Palmyra road on Monday.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "sohr");
	fx_close(&f);
	fx_open(&f, "en", "Four soldiers were killed in a drone strike on a checkpoint near Palmyra, "
		 "local reports said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "media_reports");
	fx_close(&f);

	/* the source named as what the modifier is about, with a verb of its own, still speaks */
	fx_open(&f, "en", "A mortar shell killed 6 people near a bakery in Sirte on Friday. "
		 "The United Nations said the shelling must stop.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "outlet");
	fx_close(&f);
}

/* A speaker closing its sentence speaks for its clauses on both sides of a contrast. */
static void test_attribution_closes_sentence(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Five farmers were killed by shelling on Kafr Nabl while a drone hit a bakery "
		 "in the village according to the Syrian Observatory for Human Rights.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "sohr");
	fx_close(&f);
	fx_open(&f, "en", "In Kafr Nabl 8 people were killed by shelling, while 13 were wounded, "
		 "the Syrian Observatory for Human Rights said on Friday.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 8)->src), "sohr");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 13)->src), "sohr");
	fx_close(&f);
	fx_open(&f, "en", "In Kafr Nabl 8 people were killed by shelling while 13 were wounded "
		 "said the Syrian Observatory for Human Rights.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 8)->src), "sohr");
	fx_close(&f);

	/* the speaker heading its own clause after the contrast speaks for that clause only */
	fx_open(&f, "en", "In Kafr Nabl 8 people were killed by shelling, while the Syrian Observatory "
		 "for Human Rights said 13 were wounded.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 8)->src), "outlet");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 13)->src), "sohr");
	fx_close(&f);
	fx_open(&f, "en", "Shelling killed 8 people in Kafr Nabl, while the Syrian Observatory for Human "
		 "Rights said the death toll was higher.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 8)->src), "outlet");
	fx_close(&f);
}

/* A monitor named by what it is, without its name, is a monitor still. */
static void test_attribution_indefinite_monitor(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Air strikes on the market of Saraqib killed 11 civilians on Sunday a monitoring group said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 11)->src), "monitoring_group");
	fx_close(&f);
	fx_open(&f, "en", "Seven soldiers were killed in an ambush near Palmyra, a monitor said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 7)->src), "monitoring_group");
	fx_close(&f);
	/* "an NGO" speaks as one; in apposition to a name it is that name's */
	fx_open(&f, "en", "Shelling killed 12 people in the market of Douma on Monday an NGO said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 12)->src), "ngo");
	fx_close(&f);
	fx_open(&f, "en", "The Syrian Observatory for Human Rights, an NGO with a wide network of sources, "
		 "said 12 people were killed in Douma.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 12)->src), "sohr");
	fx_close(&f);
	/* the UK-based one is the Syrian Observatory */
	fx_open(&f, "en", "Seven soldiers were killed in an ambush near Palmyra, a British-based monitoring group said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 7)->src), "sohr");
	fx_close(&f);
}

/* Offices and bodies named by their country's possessive, their spokesman, or their own name. */
static void test_attribution_named_bodies(void **state)
{
	struct fx f;

	(void)state;
	/* "Russia's" is Russia's, not the ministry of the country the report is about */
	fx_open(&f, "en", "Air strikes killed 9 militants near Deir ez-Zor, Russia's defence ministry said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 9)->src), "russia_mod");
	fx_close(&f);
	fx_open(&f, "en", "Air strikes hit a depot near Deir ez-Zor on Tuesday. "
		 "Eleven militants were wounded, Konashenkov said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 11)->src), "russia_mod");
	fx_close(&f);
	/* the Observatory by its bare name, its toll or its director */
	fx_open(&f, "en", "The fighting in Kafr Nabl killed 23 rebels according to an Observatory toll.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 23)->src), "sohr");
	fx_close(&f);
	fx_open(&f, "en", "The blast killed a guard and 3 soldiers said Observatory director Rami Abdel Rahman.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 3)->src), "sohr");
	fx_close(&f);
	fx_open(&f, "en", "Rami Abdurrahman said that 11 fighters were killed near Tal Rifaat.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 11)->src), "sohr");
	fx_close(&f);
	fx_open(&f, "en", "Shelling killed 4 people in Madaya on Friday Siege Watch reported.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "siege_watch");
	fx_close(&f);

	/* "alleged" before a noun is no reporting verb: the frame at the end speaks */
	fx_open(&f, "en", "Government forces killed 14 alleged smugglers in the village of Kafr Nabl in the south "
		 "of Idlib province according to a statement issued on Monday by the Local Coordination Committees.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 14)->src), "lcc");
	fx_close(&f);
	fx_open(&f, "en", "The Local Coordination Committees alleged that government forces killed 14 people in Kafr Nabl.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 14)->src), "lcc");
	fx_close(&f);
}

/* A source placed by "at" ("a source at the police command") is the subject of its verb still. */
static void test_attribution_source_at(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "A source at Homs Police Command told SANA's correspondent that gunmen fired rocket shells "
		 "at the Akrama neighborhood, killing 3 people and injuring 11 others.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 11)->src), "unnamed_sources");
	fx_close(&f);
	/* a page or a website named by what it is speaks as social media */
	fx_open(&f, "en", "A militant website said 10 fighters were killed in the raid on Tabqa.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 10)->src), "social_media");
	fx_close(&f);
	fx_open(&f, "en", "A local Facebook page said 6 people were wounded when the shell hit a school in Tabqa.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 6)->src), "social_media");
	fx_close(&f);
	/* "regime media", as the opposition's outlets call it, is the state's */
	fx_open(&f, "en", "In Homs regime media said 5 people were killed in a car bomb near a bakery.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "syria_state_media");
	fx_close(&f);
}

/*
 * A source inside a relative clause ("..., which the ministry says ...")
 * speaks for its own clause only: not for the figure of the sentence
 * around it, but for a figure inside the clause.
 */
static void test_attribution_relative_clause(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Six farmers were killed near Jasim in a raid which the Syrian Observatory for "
		 "Human Rights says was carried out by drones.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "outlet");
	fx_close(&f);
	fx_open(&f, "en", "Drones hit Jasim, which SANA says is held by gunmen, killing 5 farmers, "
		 "the Syrian Observatory for Human Rights said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "sohr");
	fx_close(&f);
	/* the figure inside the clause is its speaker's */
	fx_open(&f, "en", "Drones struck a bus which SANA said killed 4 farmers near Jasim.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "sana");
	fx_close(&f);
	fx_open(&f, "en", "The raid on the depot, which police said left 3 guards dead, came at night.");
	assert_string_not_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 3)->src), "outlet");
	fx_close(&f);
	fx_open(&f, "ar", "قتل ستة مزارعين في غارة على جاسم التي قالت وكالة سانا إنها معقل للمسلحين.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "outlet");
	fx_close(&f);
}

/*
 * Generic speakers a reader credits though they are no named body: an
 * official of a side, described by the side; "official" as an adjective
 * ("official figures") is no speaker.
 */
static void test_attribution_generic_speakers(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Mortars hit Amuda on Sunday. A Kurdish official said 5 shoppers were wounded at the bakery.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 5)->src), "kurdish_sources");
	fx_close(&f);
	fx_open(&f, "en", "Mortars hit Atarib on Sunday. An opposition spokesman said 6 shoppers were killed at the bakery.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "opposition_sources");
	fx_close(&f);
	fx_open(&f, "en", "The Observatory said shells hit Atarib. Opposition websites said 11 shoppers were killed at the bakery.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 11)->src), "opposition_sources");
	fx_close(&f);
	fx_open(&f, "ar", "سقطت قذائف على عامودا. وقال مسؤول كردي إن أربعة متسوقين أصيبوا قرب الفرن.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 4)->src), "kurdish_sources");
	fx_close(&f);
	fx_open(&f, "en", "Mortars hit Amuda on Sunday. Official figures show 8 shoppers were wounded at the bakery.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 8)->src), "outlet");
	fx_close(&f);
	fx_open(&f, "ar", "سقطت قذائف على عامودا. وأفادت مصادر طبية بإصابة ثلاثة متسوقين قرب الفرن.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 3)->src), "medical_sources");
	fx_close(&f);
}

/*
 * A sentence framed by "In a statement," whose subject stands far from the
 * frame but right before its own "said" speaks by that verb, and its
 * statement runs on after the colon.
 */
static void test_attribution_frame_and_verb(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "In a statement issued late on Monday, the Kurdish-led Syrian Democratic Forces said:\n\n"
		 "Shells hit the market of Amuda. Five shoppers were killed.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "sdf_itself");
	fx_close(&f);
	/* the verb of a quoted inner speaker does not replace the quoting one */
	fx_open(&f, "en", "SANA said shells hit Amuda. The agency quoted a source at the hospital as saying "
		 "that 4 shoppers were wounded.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 4)->src), "sana");
	fx_close(&f);
}

/*
 * A subject and its verb stand apart by a date ("the rebels on Sunday
 * claimed"); a pronoun right before a verb is its subject, not the place
 * before it ("... on the square it said" goes on from the last speaker).
 */
static void test_attribution_subject_gaps(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Syrian rebels on Sunday claimed that jets hit their post near Atarib, killing 3 fighters.");
	assert_string_not_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 3)->src), "outlet");
	fx_close(&f);
	fx_open(&f, "en", "SANA said shells hit the old market. \"Four people were wounded by a shell that fell "
		 "on the market\" near the Clock Square it said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 4)->src), "sana");
	fx_close(&f);
	/* a body's own name written as an acronym keeps its own country's adjective */
	fx_open(&f, "en", "Jets struck Tabqa on Saturday. The Syrian SANA agency said 6 farmers were killed.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "sana");
	fx_close(&f);
	/* a hospital's spokesman or director speaks as a medical source */
	fx_open(&f, "en", "A spokesman at the hospital in Atarib said a strike hit its yard, killing 9 patients.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 9)->src), "medical_sources");
	fx_close(&f);
}

/* ---- figures.c ------------------------------------------------------- */

/* Quotation marks around a count's words quote them: the count still reaches its verb. */
/*
 * A description of a kind ("a monitor", "a rights group", "مرصد حقوقي") is
 * the one source of that kind the report names, before or after it; with
 * none, or two, it stays a description.
 */
static void test_attribution_described_body(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Air strikes killed 14 civilians in the town of Kafr Zita on Monday, a monitor said. "
		 "The Syrian Observatory for Human Rights said the strikes hit a bakery.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 14)->src), "sohr");
	fx_close(&f);
	fx_open(&f, "en", "The Syrian Network for Human Rights said shelling hit Jisr al-Shughur. "
		 "A rights group said 15 people were wounded.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 15)->src), "snhr");
	fx_close(&f);
	/* no body of its kind named: a description still */
	fx_open(&f, "en", "Shelling killed 5 people in Ariha, a monitor said. Reuters said the town was hit twice.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "monitoring_group");
	fx_close(&f);
	/* two of its kind: which one it is, the text does not say */
	fx_open(&f, "en", "Air strikes killed 9 people in Binnish, a monitor said. The Syrian Observatory for "
		 "Human Rights and the Syrian Network for Human Rights condemned the strikes.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 9)->src), "monitoring_group");
	fx_close(&f);
	fx_open(&f, "ar", "قتل 13 مدنيا في قصف على بلدة سرمين، بحسب مرصد حقوقي. "
		 "وقال المرصد السوري لحقوق الإنسان إن القصف استهدف سوقا شعبية.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 13)->src), "sohr");
	fx_close(&f);
	fx_open(&f, "ar", "أفادت منظمة حقوقية بمقتل 6 أشخاص في بلدة معرة مصرين.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "rights_group");
	fx_close(&f);
}

/*
 * A speaker no lexicon entry names stands by its proper name as the
 * subject of an English reporting verb, before it or closing the sentence
 * after it, and speaks by its words; a word opening the sentence alone, a
 * place, a capitalised "States" are no such speaker.
 */
static void test_attribution_proper_name(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "A car bomb killed 14 people in the market of Tadmur on Monday, "
		 "the Northern Rights Institute said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 14)->src), "Northern Rights Institute");
	fx_close(&f);
	fx_open(&f, "en", "Regional envoy Marta Kowalczyk said on Friday that the strike killed 8 farmers near Tadmur.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 8)->src), "Marta Kowalczyk");
	fx_close(&f);
	fx_open(&f, "en", "Shelling wounded 6 people in the old quarter of Tadmur, said Karim Haddad.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 6)->src), "Karim Haddad");
	fx_close(&f);
	fx_open(&f, "en", "Gunmen killed 5 guards at a checkpoint near Tadmur, the pro-government al-Waha Radio reported.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "al-Waha Radio");
	fx_close(&f);
	/* one word opening the sentence may be a noun: the outlet's still */
	fx_open(&f, "en", "A bomb went off in Tadmur. Television said 7 people were killed.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 7)->src), "outlet");
	fx_close(&f);
	fx_open(&f, "en", "A drone strike near Tadmur wounded 4 United States soldiers and a contractor.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 4)->src), "outlet");
	fx_close(&f);
	/* a name a preposition or a relative pronoun governs is no subject */
	fx_open(&f, "en", "A first toll for the shelling of Tal Hamra reported 5 people were killed.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "outlet");
	fx_close(&f);
	fx_open(&f, "en", "Eleven people died in the blast that Western Capitals blame on the militia.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 11)->src), "outlet");
	fx_close(&f);
	/* after the verb, a name closes its clause: "said Around 15 ..." opens what was said */
	fx_open(&f, "en", "A bomb went off in Tadmur. He said Around 15 people were killed.");
	assert_string_not_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 15)->src), "Around");
	fx_close(&f);
	/* a letter alone is a piece of an abbreviation */
	fx_open(&f, "en", "Gunmen killed 9 guards near Tadmur, according to U.S. officials.");
	assert_string_not_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 9)->src), "U");
	fx_close(&f);
}

/*
 * A pronoun standing right before a saying verb is its subject: a source
 * after the verb is a word of what was said, and the pronoun names the
 * speaker before it again.
 */
static void test_attribution_pronoun_subject(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "State television reported a car bomb in the market of Tadmur on Monday. "
		 "In a later bulletin it said medics were still treating victims and that 14 people had been killed.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 14)->src), "syria_tv");
	fx_close(&f);
	fx_open(&f, "en", "SANA reported shelling on the old quarter of Tadmur. "
		 "On Monday evening it said activists were searching the rubble and that 9 people were wounded.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 9)->src), "sana");
	fx_close(&f);
	/* a source before the verb is still its subject */
	fx_open(&f, "en", "Medics said 6 people were killed in the market of Tadmur.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "medical_sources");
	fx_close(&f);
}

/*
 * A name right before a saying verb is its subject, as a pronoun is: a
 * source after the verb is a word of what was said ("Haddad said rescuers
 * were searching"), and the figures after it are not the rescuers'.
 */
static void test_attribution_name_subject_before(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Karim Haddad, a spokesman for the Syrian Civil Defence, said 15 people were killed "
		 "in the market of Tadmur. Haddad said rescuers were still searching the rubble. He said 30 "
		 "were wounded.");
	assert_string_not_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 30)->src), "rescuers");
	fx_close(&f);
	/* the source itself before the verb still speaks */
	fx_open(&f, "en", "A shell hit the market of Tadmur. Rescuers said 30 people were wounded.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 30)->src), "rescuers");
	fx_close(&f);
}

/*
 * The army as the subject of a deed is no speaker; a government
 * spokesman is an official source, not the outlet.
 */
static void test_attribution_official_subject(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "The army shelled the village of Kafr Tuna, killing 4 people, activists said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "activists");
	fx_close(&f);
	/* a government spokesman is an official source, not the outlet */
	fx_open(&f, "en", "A government spokesman told reporters that 5 policemen were killed near Tadmur.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "official_sources");
	fx_close(&f);
}

/*
 * A quotation going on after a sentence that quotes its named speaker is
 * that speaker's, and "we" inside it is the speaker, no name; a sentence
 * after it with no quotation mark is the outlet's again.
 */
static void test_attribution_quote_goes_on(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "A bomb hit the market of Tadmur on Monday.\n\n\u201cIt was a massacre,\u201d said "
		 "Karim Haddad, a farmer. \u201cWe counted 12 dead.\u201d");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 12)->src), "Karim Haddad");
	fx_close(&f);
	fx_open(&f, "en", "A bomb hit the market of Tadmur on Monday.\n\n\u201cIt was a massacre,\u201d said "
		 "Karim Haddad, a farmer. \u201cEight more were wounded.\u201d");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 8)->src), "Karim Haddad");
	fx_close(&f);
	fx_open(&f, "en", "A bomb hit the market of Tadmur on Monday.\n\n\u201cIt was a massacre,\u201d said "
		 "Karim Haddad, a farmer. Eight more were wounded.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 8)->src), "outlet");
	fx_close(&f);
	/* no speaker quoted before: "we" names nobody, and the figure is no one's "We" */
	fx_open(&f, "en", "A bomb hit the market of Tadmur on Monday. \u201cWe counted 12 dead.\u201d");
	assert_string_not_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 12)->src), "We");
	fx_close(&f);
}

/*
 * A parenthesis between a subject and its verb: a relative clause names
 * no speaker ("The monitor, which relies on sources inside Syria, said":
 * the monitor named before speaks); a name before it is the speaker.
 */
static void test_attribution_parenthesis(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Clashes broke out near Tadmur on Monday. The Syrian Observatory for Human Rights "
		 "reported the fighting. The monitor, which relies on a network of sources inside Syria, "
		 "said 28 rebels were killed.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 28)->src), "sohr");
	fx_close(&f);
	fx_open(&f, "en", "A car bomb hit the market of Tadmur on Monday. Karim Haddad, the director of the "
		 "town hospital, told reporters that 14 people had been killed.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 14)->src), "Karim Haddad");
	fx_close(&f);
	/* a frame opening the sentence: the actor is the subject of the verb after it */
	fx_open(&f, "en", "A drone struck a car near Sinjar on Monday. In a statement, the YBS said three of "
		 "its fighters were killed and blamed Turkey.");
	assert_string_not_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 3)->src), "outlet");
	fx_close(&f);
}

/*
 * A body the lexicon does not know speaks by the noun phrase its kind
 * heads (cues.tsv `body`): after an Arabic saying verb or "بحسب", the
 * head first; before an English verb, the head last; after "according
 * to" to the end of its clause.  A head alone names a body again, and a
 * noun of organisations that is no subject speaks for no figure.
 */
static void test_attribution_unlisted_body(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "قالت رابطة ممرضي الوادي الشرقي إن 11 مدنيا قتلوا في قصف على بلدة كفرنبل.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 11)->src), "رابطة ممرضي الوادي الشرقي");
	fx_close(&f);
	fx_open(&f, "ar", "قتل 7 مدنيين في قصف على بلدة كفرنبل، بحسب شبكة مسعفي الجبل.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 7)->src), "شبكة مسعفي الجبل");
	fx_close(&f);
	fx_open(&f, "en", "A drone strike killed 13 farmers near Tadmur on Monday, a valley farmers' "
		 "council said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 13)->src), "valley farmers' council");
	fx_close(&f);
	fx_open(&f, "en", "Shelling hit the old quarter of Tadmur on Monday. The Tadmur Media Office said "
		 "12 people were killed.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 12)->src), "Tadmur Media Office");
	fx_close(&f);
	fx_open(&f, "en", "Shelling wounded 8 people in the old quarter of Tadmur, according to the "
		 "committee of nurses in the valley.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 8)->src), "committee of nurses in the valley");
	fx_close(&f);
	/* a modifier after the head: a preposition and what follows, in Arabic a place after "في" */
	fx_open(&f, "en", "The strike killed 10 farmers near Tadmur, the teachers' union in the valley said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 10)->src), "teachers' union in the valley");
	fx_close(&f);
	fx_open(&f, "ar", "وأفادت هيئة الإغاثة في كفرنبل بمقتل 10 مزارعين في قصف على البلدة.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 10)->src), "هيئة الإغاثة في كفرنبل");
	fx_close(&f);
	/* a definite description names a body again: the speaker before speaks on */
	fx_open(&f, "en", "A car bomb went off in the market of Tadmur, the Syrian Observatory for Human "
		 "Rights said. \"It also wounded 9 people\" the Coventry-based organisation said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 9)->src), "sohr");
	fx_close(&f);
	fx_open(&f, "ar", "أفاد المرصد السوري لحقوق الإنسان بقصف على بلدة كفرنبل. وقالت المنظمة الحقوقية "
		 "إن 6 مدنيين قتلوا.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "sohr");
	fx_close(&f);
	/* a head alone names a body again; a body that is no subject speaks for nobody */
	fx_open(&f, "en", "A bomb went off in Tadmur. The committee said 5 people were killed.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "outlet");
	fx_close(&f);
	fx_open(&f, "en", "A bomb killed 6 people in Tadmur and he said the farmers' council met.");
	assert_string_not_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "farmers' council met");
	fx_close(&f);
	fx_open(&f, "en", "A shell hit the office of the nurses' union in Tadmur, killing 4 people.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "outlet");
	fx_close(&f);
}

/* Refusing ("رفض دعوات", "rejected calls") is no denial of a figure; rejecting an accusation is. */
static void test_attribution_refusal(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "رفضت الفصائل دعوات التهدئة بعد مقتل 12 مدنيا بقصف على بلدة كفرنبل.");
	assert_false(fx_claim(f.d, RASD_CAS_KILLED, 12)->denied);
	fx_close(&f);
	fx_open(&f, "ar", "أصدر الجيش بيانا رافضا الاتهامات بأن قصفه قتل 12 مدنيا في بلدة كفرنبل.");
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 12)->denied);
	fx_close(&f);
	fx_open(&f, "en", "The army rejected the accusations that its shelling killed 12 civilians in Kafr Nabl.");
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 12)->denied);
	fx_close(&f);
}

static void test_figures_quoted(void **state)
{
	struct fx f;
	struct rasd_claim figs[RASDP_MAX_FIGS];
	size_t n;

	(void)state;
	fx_open(&f, "en", "The mayor said \"four farmers, among them two brothers\" were shot dead near Beta.");
	n = rasdp_sentence_figures(&f.c, 0, figs, RASDP_MAX_FIGS);
	assert_true(n >= 1);
	assert_int_equal(figs[0].value, 4);
	assert_int_equal(figs[0].kind, RASD_CAS_KILLED);
	fx_close(&f);

	fx_open(&f, "ar", "وقال رئيس البلدية إن «أربعة مزارعين بينهم شقيقان» من أهالي البلدة قتلوا.");
	n = rasdp_sentence_figures(&f.c, 0, figs, RASDP_MAX_FIGS);
	assert_true(n >= 1);
	assert_int_equal(figs[0].value, 4);
	assert_int_equal(figs[0].kind, RASD_CAS_KILLED);
	fx_close(&f);

}

/*
 * An aside after the count telling what most or all of it were ("share"
 * in cues.tsv), or a relative clause set off by commas, does not part the
 * count from its verb of harm.
 */
static void test_figures_share_aside(void **state)
{
	/* one figure in the sentence: its value and kind */
	static const struct {
		const char *lang, *text;
		int64_t value;
		int kind;
	} one[] = {
		{ "en", "The mayor said 11 farmers, mostly young men, were shot dead near Beta.", 11,
		  RASD_CAS_KILLED },
		{ "en", "Eight guards, all of them conscripts, died in the ambush near Beta.", 8,
		  RASD_CAS_KILLED },
		/* a relative clause set off by commas is passed over too */
		{ "en", "Forty gunmen, who had crossed the river at dawn, were killed near Beta.", 40,
		  RASD_CAS_KILLED },
		{ "ar", "قال رئيس البلدية إن 11 مزارعا، معظمهم من الشبان، قتلوا قرب البلدة.", 11,
		  RASD_CAS_KILLED },
		{ "ar", "وأفاد المسعفون بأن سبعة أشخاص، جميعهم من النساء، أصيبوا بجروح في القصف.", 7,
		  RASD_CAS_WOUNDED },
	};
	struct fx f;
	struct rasd_claim figs[RASDP_MAX_FIGS];
	size_t n, i;

	(void)state;
	for (i = 0; i < sizeof(one) / sizeof(one[0]); i++) {
		fx_open(&f, one[i].lang, one[i].text);
		n = rasdp_sentence_figures(&f.c, 0, figs, RASDP_MAX_FIGS);
		assert_int_equal(n, 1);
		assert_int_equal(figs[0].value, one[i].value);
		assert_int_equal(figs[0].kind, one[i].kind);
		fx_close(&f);
	}

	/*
	 * Two figures: the aside after an object keeps its own verb (wounded,
	 * not killed); a relative clause naming a part gives the count and
	 * its part.
	 */
	fx_open(&f, "en", "Shelling on Beta wounded 12 people, mostly women, and killed two more.");
	n = rasdp_sentence_figures(&f.c, 0, figs, RASDP_MAX_FIGS);
	assert_true(n == 2 && figs[0].value == 12 && figs[0].kind == RASD_CAS_WOUNDED);
	fx_close(&f);
	fx_open(&f, "en", "Nine guards, who included two cooks, were shot dead at the gate of Beta.");
	n = rasdp_sentence_figures(&f.c, 0, figs, RASDP_MAX_FIGS);
	assert_true(n == 2 && figs[0].value == 9 && !figs[0].subset);
	assert_true(figs[1].value == 2 && figs[1].subset);
	fx_close(&f);

	/* the dead as the subject of "include": a part */
	fx_open(&f, "en", "A blast killed 14 people in Beta. The dead include three nurses.");
	n = rasdp_sentence_figures(&f.c, 1, figs, RASDP_MAX_FIGS);
	assert_true(n == 1 && figs[0].value == 3 && figs[0].subset);
	fx_close(&f);
}

/* People counted with where they come from, a list of names, before their verb. */
static void test_figures_origin_list(void **state)
{
	struct fx f;
	struct rasd_claim figs[RASDP_MAX_FIGS];
	size_t n;

	(void)state;
	fx_open(&f, "en", "More than 40 fighters from Chechnya, Tunisia and Libya were killed in the strike.");
	n = rasdp_sentence_figures(&f.c, 0, figs, RASDP_MAX_FIGS);
	assert_true(n >= 1);
	assert_int_equal(figs[0].value, 40);
	assert_int_equal(figs[0].kind, RASD_CAS_KILLED);
	fx_close(&f);

	fx_open(&f, "ar", "أكثر من 40 مقاتلا أجنبيا من الشيشان وتونس وليبيا قتلوا في الغارة.");
	n = rasdp_sentence_figures(&f.c, 0, figs, RASDP_MAX_FIGS);
	assert_true(n >= 1);
	assert_int_equal(figs[0].value, 40);
	assert_int_equal(figs[0].kind, RASD_CAS_KILLED);
	fx_close(&f);

	/* an adjective before the people, a modifier in the list; the name after "from" is no person */
	fx_open(&f, "en", "Over 30 foreign gunmen from the former Yugoslav Republic, Chad and Mali were killed in the raid.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 30));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* a list that ends on a comma is no subject: the 27 are the wounded */
	fx_open(&f, "ar", "وقتل 18 جنديا من قوات النظام، وأصيب 27 آخرون في انفجار عبوة ناسفة.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 18));
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 18));
	fx_close(&f);
}

/* People counted with phrases telling who they are, before their verb: the phrases are the subject. */
static void test_figures_subject_phrases(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "At least 20 students from a university in the city have been killed in the shelling.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 20));
	fx_close(&f);
	fx_open(&f, "en", "Twenty workers at a factory near the port were killed on Monday.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 20));
	fx_close(&f);
	/* a relative clause describing the people, a partitive */
	fx_open(&f, "en", "Five members of a family who had fled the fighting were wounded in the strike.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 5));
	fx_close(&f);
	fx_open(&f, "en", "Five of the students at a school in the north were wounded in the attack.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 5));
	fx_close(&f);
	fx_open(&f, "ar", "خمسة طلاب من جامعة حلب في الحي الشرقي من المدينة قتلوا في القصف.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 5));
	fx_close(&f);
	fx_open(&f, "ar", "ثمانية عمال من مصنع في الحي الصناعي قرب الميناء أصيبوا في الغارة.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 8));
	fx_close(&f);

	/* things counted, another count, a clause of its own: the verb is not theirs */
	fx_open(&f, "en", "The strike destroyed 20 houses in the village where two men were killed.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 20));
	fx_close(&f);
	fx_open(&f, "ar", "دمرت الغارة 20 منزلا في القرية التي قتل فيها رجلان.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 20));
	fx_close(&f);
	fx_open(&f, "en", "Twenty students from the university marched to the square where a soldier was killed.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 20));
	fx_close(&f);
	fx_open(&f, "en", "Three of the guards opened fire in the yard before the gunmen were killed.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	fx_close(&f);
}

/* A side that lost its people: their killed toll; not its things, nor a count with its own word. */
static void test_figures_side_lost(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "The militia lost 21 of its gunmen in fighting with the army near the dam on Sunday.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 21));
	fx_close(&f);

	fx_open(&f, "ar", "خسرت الميليشيا 21 من عناصرها في معارك مع الجيش قرب السد يوم الأحد.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 21));
	fx_close(&f);

	fx_open(&f, "en", "The militia lost 6 trucks in fighting near the dam, where a shell killed 2 farmers.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 6));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	fx_close(&f);

	fx_open(&f, "en", "Nine villagers lost their lives and 30 others were injured in the shelling on Sunday.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 30));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 30));
	fx_close(&f);
}

/* The actor a count's people belong to: tied by "of", "من", "في صفوف"; not the side they fought. */
static void test_figures_group_actor(void **state)
{
	static const struct {
		const char *lang, *text;
		int isis;       /* the eight are the Islamic State's */
	} cases[] = {
		{ "en", "Eight fighters of the Islamic State group were killed near the dam on Sunday.", 1 },
		{ "en", "Shelling killed eight soldiers in clashes with Islamic State fighters near the dam on Sunday.", 0 },
		{ "ar", "قتل 8 عناصر من تنظيم الدولة الإسلامية قرب السد يوم الأحد.", 1 },
		{ "ar", "قتل 8 عناصر في اشتباكات مع تنظيم الدولة الإسلامية قرب السد يوم الأحد.", 0 },
	};
	size_t k;

	(void)state;
	for (k = 0; k < sizeof(cases) / sizeof(cases[0]); k++) {
		const struct rasd_claim *c;
		struct fx f;

		fx_open(&f, cases[k].lang, cases[k].text);
		c = fx_claim(f.d, RASD_CAS_KILLED, 8);
		assert_non_null(c);
		assert_int_equal(c->who_actor >= 0 &&
				 !strcmp(rasdp_lex_actor(lx, (size_t)c->who_actor)->id, "isis"), cases[k].isis);
		fx_close(&f);
	}
}

/* People saved from the rubble are found, not missing; those still under it are. */
static void test_figures_rescued(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "A shell hit the school on Friday, killing 4 pupils. Volunteers pulled 9 children "
			   "alive from under the rubble.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_null(fx_claim(f.d, RASD_CAS_MISSING, 9));
	fx_close(&f);

	fx_open(&f, "ar", "سقطت قذيفة على المدرسة يوم الجمعة فقتلت 4 تلاميذ. وأنقذ المتطوعون 9 أطفال من تحت "
			   "الأنقاض.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_null(fx_claim(f.d, RASD_CAS_MISSING, 9));
	fx_close(&f);

	fx_open(&f, "en", "A shell hit the school on Friday, killing 4 pupils. 9 children are still missing "
			   "under the rubble.");
	assert_non_null(fx_claim(f.d, RASD_CAS_MISSING, 9));
	fx_close(&f);
}

/* Captives set free are no arrest nor kidnapping; those taken before their release are. */
static void test_figures_released(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "The authorities released 31 detainees from the central prison of Hama on Tuesday.");
	assert_null(fx_claim(f.d, RASD_CAS_ARRESTED, 31));
	fx_close(&f);

	fx_open(&f, "en", "The two sides began the exchange of some 600 prisoners in Hama on Sunday.");
	assert_null(fx_claim(f.d, RASD_CAS_ARRESTED, 600));
	fx_close(&f);

	fx_open(&f, "en", "On Sunday 14 hostages freed by the militia reached Hama.");
	assert_null(fx_claim(f.d, RASD_CAS_KIDNAPPED, 14));
	fx_close(&f);

	fx_open(&f, "ar", "أفرجت السلطات اليوم الثلاثاء عن 31 معتقلا من السجن المركزي في حماة.");
	assert_null(fx_claim(f.d, RASD_CAS_ARRESTED, 31));
	fx_close(&f);

	fx_open(&f, "ar", "وصل إلى حماة اليوم 14 رهينة أطلقت الميليشيا سراحهم.");
	assert_null(fx_claim(f.d, RASD_CAS_KIDNAPPED, 14));
	fx_close(&f);

	fx_open(&f, "en", "A teacher kidnapped in Hama last year was freed on Tuesday.");
	assert_null(fx_claim(f.d, RASD_CAS_KIDNAPPED, 1));
	fx_close(&f);

	/* taken, then some set free: the taking stands */
	fx_open(&f, "en", "Police arrested 31 people in Hama on Tuesday and released 9 of them hours later.");
	assert_non_null(fx_claim(f.d, RASD_CAS_ARRESTED, 31));
	fx_close(&f);

	fx_open(&f, "ar", "اعتقلت الشرطة اليوم الثلاثاء 31 شخصا في حماة وأفرجت لاحقا عن تسعة منهم.");
	assert_non_null(fx_claim(f.d, RASD_CAS_ARRESTED, 31));
	fx_close(&f);

	fx_open(&f, "en", "Gunmen kidnapped a teacher in Hama on Tuesday.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KIDNAPPED, 1));
	fx_close(&f);
}

/* A carer of the casualties is not one of them, unless its own fate is told after. */
static void test_figures_carer(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "وقال ممرض عالج الجرحى إن 6 مزارعين قتلوا في القصف على القرية يوم الأحد.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 6));
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	fx_close(&f);

	fx_open(&f, "ar", "وقال طبيب عاين الجثث إن 6 مزارعين قتلوا في القصف على القرية يوم الأحد.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 6));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	fx_open(&f, "en", "A nurse tending the injured was killed when a second shell hit the village on Sunday.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	fx_close(&f);
}

/* A number of a noun of no one reaches no toll; a toll of the attack does. */
static void test_figures_number_of_things(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Gunmen shelled the village, killing 8 farmers. The count of violations since the "
			   "ceasefire has now reached 212.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 8));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 212));
	fx_close(&f);

	fx_open(&f, "ar", "قصف مسلحون القرية فقتلوا 8 مزارعين. وارتفع عدد الانتهاكات منذ وقف إطلاق النار إلى 212.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 8));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 212));
	fx_close(&f);

	fx_open(&f, "en", "Gunmen shelled the village on Friday, killing 8 farmers. The toll of the shelling "
			   "later rose to 11.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 11));
	fx_close(&f);
}

/* A total naming no casualty takes the kind its breakdown agrees on. */
static void test_figures_total_from_parts(void **state)
{
	struct fx f;
	struct rasd_claim figs[RASDP_MAX_FIGS];
	size_t n;

	(void)state;
	fx_open(&f, "en", "Paramedics handled 30 cases, including 9 gunshot injuries and 21 injuries from rubber bullets.");
	n = rasdp_sentence_figures(&f.c, 0, figs, RASDP_MAX_FIGS);
	assert_int_equal(n, 3);
	assert_int_equal(figs[0].value, 30);
	assert_int_equal(figs[0].kind, RASD_CAS_WOUNDED);
	assert_false(figs[0].subset);
	assert_true(figs[1].subset);
	assert_true(figs[2].subset);
	fx_close(&f);

	fx_open(&f, "ar", "وعالجت الطواقم الطبية 30 حالة، بينها 9 إصابات بالرصاص و21 إصابة بالرصاص المطاطي.");
	n = rasdp_sentence_figures(&f.c, 0, figs, RASDP_MAX_FIGS);
	assert_int_equal(n, 3);
	assert_int_equal(figs[0].value, 30);
	assert_int_equal(figs[0].kind, RASD_CAS_WOUNDED);
	assert_true(figs[1].subset);
	assert_true(figs[2].subset);
	fx_close(&f);

	/* parts of two kinds: the total stays unread */
	fx_open(&f, "en", "Paramedics handled 30 cases, including 9 gunshot injuries and 2 deaths.");
	n = rasdp_sentence_figures(&f.c, 0, figs, RASDP_MAX_FIGS);
	assert_true(n < 3);
	assert_int_not_equal(figs[0].value, 30);
	fx_close(&f);

	/* cases of an illness are no toll */
	fx_open(&f, "ar", "وسجلت الوزارة 300 حالة كوليرا، منها 40 حالة وفاة و12 حالة وفاة في المخيمات.");
	n = rasdp_sentence_figures(&f.c, 0, figs, RASDP_MAX_FIGS);
	while (n-- > 0)
		assert_int_not_equal(figs[n].value, 300);
	fx_close(&f);
}

/* A part of a toll counts what the toll counts and is marked subset. */
static void test_figures_subset(void **state)
{
	struct fx f;
	struct rasd_claim figs[RASDP_MAX_FIGS];
	size_t n;

	(void)state;
	fx_open(&f, "en", "Nine people were killed, including three children, when shelling hit Jasim.");
	n = rasdp_sentence_figures(&f.c, 0, figs, RASDP_MAX_FIGS);
	assert_int_equal(n, 2);
	assert_int_equal(figs[0].value, 9);
	assert_false(figs[0].subset);
	assert_int_equal(figs[1].value, 3);
	assert_int_equal(figs[1].kind, RASD_CAS_KILLED);
	assert_true(figs[1].subset);
	assert_string_equal(figs[1].who, "children");
	fx_close(&f);

	/* a count taken out of the dead named after it: "N of those killed", "N من القتلى" */
	fx_open(&f, "en", "Twelve of those killed in the raid on Beta were farm workers.");
	n = rasdp_sentence_figures(&f.c, 0, figs, RASDP_MAX_FIGS);
	assert_int_equal(n, 1);
	assert_int_equal(figs[0].value, 12);
	assert_true(figs[0].subset);
	fx_close(&f);

	/* a count said to be among the dead after it: "N soldiers were among the dead" */
	fx_open(&f, "en", "The ministry said 14 guards were among the dead in the raid on Beta.");
	n = rasdp_sentence_figures(&f.c, 0, figs, RASDP_MAX_FIGS);
	assert_int_equal(n, 1);
	assert_int_equal(figs[0].value, 14);
	assert_true(figs[0].subset);
	fx_close(&f);

	fx_open(&f, "ar", "وقالت الوزارة إن 9 عناصر من بين القتلى في الهجوم على بلدة الصفا.");
	n = rasdp_sentence_figures(&f.c, 0, figs, RASDP_MAX_FIGS);
	assert_int_equal(n, 1);
	assert_int_equal(figs[0].value, 9);
	assert_true(figs[0].subset);
	fx_close(&f);

	/* "among" before no casualty noun is no part */
	fx_open(&f, "en", "Gunmen killed 11 farmers among the olive groves near Beta.");
	n = rasdp_sentence_figures(&f.c, 0, figs, RASDP_MAX_FIGS);
	assert_int_equal(n, 1);
	assert_false(figs[0].subset);
	fx_close(&f);

	fx_open(&f, "en", "Four of the wounded were taken to a hospital in Beta.");
	n = rasdp_sentence_figures(&f.c, 0, figs, RASDP_MAX_FIGS);
	assert_int_equal(n, 1);
	assert_int_equal(figs[0].kind, RASD_CAS_WOUNDED);
	assert_true(figs[0].subset);
	fx_close(&f);

	fx_open(&f, "ar", "وكان 7 من القتلى أطفالا بحسب الدفاع المدني.");
	n = rasdp_sentence_figures(&f.c, 0, figs, RASDP_MAX_FIGS);
	assert_int_equal(n, 1);
	assert_int_equal(figs[0].value, 7);
	assert_true(figs[0].subset);
	fx_close(&f);

	/* a toll of its own: the count is not followed by the dead it is taken from */
	fx_open(&f, "en", "Twelve people were killed in the raid on Beta.");
	n = rasdp_sentence_figures(&f.c, 0, figs, RASDP_MAX_FIGS);
	assert_int_equal(n, 1);
	assert_false(figs[0].subset);
	fx_close(&f);
}

/*
 * A vague amount ("dozens", "عشرات") is no claim (gold/GUIDE.md): the
 * event keeps it among its vague figures, with ACLED's value and its
 * span; a written figure with a qualifier stays a claim.
 */
static void test_figures_vague(void **state)
{
	struct fx f;
	const struct rasd_claim *v;

	(void)state;
	fx_open(&f, "en", "Dozens were killed when shells hit the market in Jasim on Monday.");
	assert_int_equal(fx_nclaims(f.d), 0);
	assert_int_equal(fx_nvague(f.d), 1);
	v = &f.d->events[0].vague[0];
	assert_int_equal(v->kind, RASD_CAS_KILLED);
	assert_int_equal(v->qualifier, RASD_Q_VAGUE);
	assert_int_equal(v->value, 12);
	assert_memory_equal(f.d->text + v->start, "Dozens", 6);
	fx_close(&f);

	fx_open(&f, "en", "At least 12 were killed when shells hit the market in Jasim on Monday.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 12));
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 12)->qualifier, RASD_Q_AT_LEAST);
	assert_int_equal(fx_nvague(f.d), 0);
	fx_close(&f);

	/* beside a written figure of another kind: each in its own list */
	fx_open(&f, "ar", "قتل 4 مدنيين وأصيب العشرات بقصف على سوق مدينة جاسم يوم الاثنين.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_int_equal(fx_nclaims(f.d), 1);
	assert_int_equal(fx_nvague(f.d), 1);
	fx_close(&f);
}

/* Numbers that count things, and the toll of the whole war, are no figures. */
static void test_figures_not_figures(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Rebels planted two explosive devices on the road to Azaz, and a soldier was killed.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	/* the soldier is a count of one */
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_string_equal(fx_claim(f.d, RASD_CAS_KILLED, 1)->who, "soldiers");
	fx_close(&f);

	/* Arabic "one" after a thing counts the thing, after a person the person */
	fx_open(&f, "ar", "اقتحم المسلح الحاجز بشاحنة ودمر آلية واحدة وقتل جنديين قرب منبج.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	fx_close(&f);

	fx_open(&f, "ar", "خطف المسلحون ثلاث حافلات في آن واحد على طريق المطار.");
	assert_null(fx_claim(f.d, RASD_CAS_KIDNAPPED, 1));
	fx_close(&f);

	fx_open(&f, "ar", "قتل مدني واحد وأصيب واحد من عناصر الدفاع المدني في قصف على أريحا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	fx_close(&f);

	fx_open(&f, "ar", "وانتهت المواجهات بمقتل الشاب كنان الحلبي وأحد أعضاء الشرطة في ساحة البلدة.");
	assert_int_equal(fx_nclaims(f.d), 2);
	fx_close(&f);

	/* "one of the ..." picks from things, unless people are named */
	fx_open(&f, "en", "The bombing, which killed five people in Azaz, was one of the worst in months.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 5));
	fx_close(&f);

	fx_open(&f, "en", "Medics said one of the volunteers was killed in the strike on Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	fx_open(&f, "en", "About 500,000 people have been killed during the civil war. "
		 "On Monday, shelling killed 4 civilians in Idlib.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 500000));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	/*
	 * a running total since the start of a period, or of this year, is the
	 * period's even when its clause names the strikes that made it
	 */
	fx_open(&f, "en", "Shelling killed 6 civilians in Ariha on Monday. "
		 "Government shelling has killed 73 people in the district since the beginning of the month, the monitor said.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 73));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 6));
	fx_close(&f);

	fx_open(&f, "ar", "قتل 6 مدنيين بقصف على مدينة أريحا يوم الاثنين. "
		 "وقال المرصد إن القصف قتل 73 شخصا في المنطقة منذ بداية الشهر.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 73));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 6));
	fx_close(&f);

	/* "since" a weekday: the days since then, no one event ("منذ يومين", two days ago, is the event's own time) */
	fx_open(&f, "en", "Shelling killed 6 civilians in Ariha on Monday. "
		 "The death toll from the shelling since Thursday has reached 29, the monitor said.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 29));
	fx_close(&f);

	fx_open(&f, "ar", "قتل 6 مدنيين بقصف على مدينة أريحا يوم الاثنين. "
		 "وقال المرصد إن حصيلة القتلى منذ يوم الخميس بلغت 29 شخصا.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 29));
	fx_close(&f);

	fx_open(&f, "en", "Shelling killed 6 civilians in Ariha on Monday. "
		 "The attack brings to 41 the number of civilians killed by shelling in the district this year, the monitor said.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 41));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 6));
	fx_close(&f);

	/* a toll of the year so far, or of the war since it began, counts no single event */
	fx_open(&f, "ar", "قتل 3 مدنيين بقصف على بلدة ألفا أمس. "
		 "وبذلك يرتفع عدد القتلى منذ بداية العام الجاري إلى 90 مدنيا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 90));
	fx_close(&f);

	fx_open(&f, "ar", "استشهد شابان برصاص الاحتلال في بلدة ألفا، "
		 "وارتفع عدد الشهداء منذ بداية العدوان إلى 410 شهداء.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 410));
	fx_close(&f);

	fx_open(&f, "en", "Shelling killed 4 civilians in Alpha on Monday. Since the start of the year, "
		 "230 civilians have been killed in the province, monitors said.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	fx_open(&f, "ar", "قتل 3 مدنيين بقصف على بلدة ألفا أمس، "
		 "وبذلك يرتفع عدد القتلى منذ مطلع الشهر الجاري إلى 45 مدنيا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 45));
	fx_close(&f);

	/* a toll placed in the war or conflict, or in a relative clause of it, is the war's */
	fx_open(&f, "en", "A drone strike killed 6 fighters near Gamma on Sunday. "
		 "Over 12,000 people have died in the conflict, according to monitors.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 6));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	fx_open(&f, "en", "Shelling wounded 7 civilians in Delta. Aid groups have struggled since the start "
		 "of the war, during which some 9,000 residents were killed.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 7));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	fx_open(&f, "ar", "قتل 4 عناصر بهجوم على حاجز في بلدة ألفا. "
		 "وقتل أكثر من 15 ألف شخص في النزاع بحسب منظمات محلية.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	fx_open(&f, "ar", "أصيب 3 مدنيين بقصف على بلدة ألفا. "
		 "وتعاني البلدة منذ اندلاع الحرب، التي قتل فيها نحو 8 آلاف شخص.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 3));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	/* tens of thousands with no event named beside them: the toll of a war */
	fx_open(&f, "en", "Shelling wounded 7 civilians in Delta on Monday. With more than 40,000 "
		 "dead and millions uprooted, the crisis shows no sign of ending.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 7));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	fx_open(&f, "ar", "أصيب 3 مدنيين بقصف على بلدة ألفا، فيما تتواصل حملتها على القطاع "
		 "منذ أشهر وقتل فيها أكثر من 20 ألف شخص.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 3));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	/* ... but a count of an event named in its clause stays */
	fx_open(&f, "en", "The blast at the port wounded 12,000 people in Beta, officials said.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 12000));
	fx_close(&f);

	/* the war named before its relative: "the war, in which", "الحرب التي" */
	fx_open(&f, "en", "Shelling wounded 7 civilians in Delta on Monday. The attack came amid the war, "
		 "in which more than 30,000 people have been killed.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 7));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	fx_open(&f, "ar", "أصيب 3 مدنيين بقصف على بلدة بيتا. ويأتي ذلك في ظل الحرب التي قتل فيها أكثر من 20 ألف شخص.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 3));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	/* an event named in the clause keeps its figure, the war only its setting */
	fx_open(&f, "en", "An air strike killed 9 people in Delta on Monday in the war with the rebels.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 9));
	fx_close(&f);

	fx_open(&f, "ar", "استشهد 6 فلسطينيين في غارة على بلدة بيتا في الحرب على القطاع.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 6));
	fx_close(&f);

	/* a relative after an event's clause keeps its figure */
	fx_open(&f, "en", "Gunmen attacked a checkpoint near Gamma, in which 5 policemen were killed.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 5));
	fx_close(&f);
}

/*
 * An abbreviation written with full stops ("U.S.", "U.N.") is one word and
 * no clause break: the count keeps its group and the person its casualty
 * word across it.  A casualty word after a person, across "and", is the
 * verb of the next clause, not the person's.
 */
static void test_figures_abbreviation(void **state)
{
	struct fx f;
	const struct rasd_claim *cl;

	(void)state;
	fx_open(&f, "en", "Three U.S. soldiers were killed when a drone hit a base near Beta on Monday.");
	cl = fx_claim(f.d, RASD_CAS_KILLED, 3);
	assert_non_null(cl);
	assert_string_equal(cl->who, "soldiers");
	fx_close(&f);

	fx_open(&f, "en", "A rocket attack on a base near Beta killed a U.N. contractor on Monday.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* the group and the actor it belongs to are the count's subject, no distance */
	fx_open(&f, "en", "Local sources said 12 members of the Hayat Tahrir al-Sham group were killed "
		 "in an attack on Beta.");
	cl = fx_claim(f.d, RASD_CAS_KILLED, 12);
	assert_non_null(cl);
	fx_close(&f);

	fx_open(&f, "en", "The drone killed a private contractor and wounded a soldier near Beta.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	assert_int_equal(fx_nclaims(f.d), 2);
	fx_close(&f);
}

/* A question asserts no figure in the outlet's own voice; a source it quotes still speaks. */
static void test_figures_question(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Were 30 people really killed in the raid on Alpha town? "
		 "The Syrian Observatory for Human Rights said 12 people were killed in Alpha.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 30));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 12));
	fx_close(&f);

	/* a title that asks, without a question mark: "what is the truth of ..." */
	fx_open_titled(&f, "ar", "ما حقيقة مقتل 30 شخصا في بلدة جاسم",
		    "ما حقيقة مقتل 30 شخصا في بلدة جاسم\n"
		    "قال المرصد السوري لحقوق الإنسان إن 12 شخصا قتلوا في بلدة جاسم.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 30));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 12));
	fx_close(&f);

	/* "لم" opening a sentence negates ("did not"), it does not ask */
	fx_open(&f, "ar", "لم يسلم أحد من القصف الذي قتل 30 شخصا في بلدة جاسم.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 30));
	fx_close(&f);

	/* "ما زال" (still) opens a statement, not a question */
	fx_open_titled(&f, "ar", "ما زال 30 شخصا في عداد القتلى في بلدة جاسم",
		    "ما زال 30 شخصا في عداد القتلى في بلدة جاسم\nوقع القصف يوم الأحد.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 30));
	fx_close(&f);
}

/*
 * An age told with "من العمر" ("يبلغ من العمر 35 عاما") is no time counted
 * after "من": the person and the counts of its sentence stand; a period
 * after "from/of" still sets a count apart.
 */
static void test_figures_age_of_years(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "استشهد شاب يبلغ من العمر 22 عاما برصاص قناص قرب بلدة طفس.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 22));
	fx_close(&f);

	fx_open(&f, "ar", "قتل 11 شخصا بينهم امرأة تبلغ من العمر 40 عاما في قصف على بلدة كفرنبل.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 11));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 40));
	fx_close(&f);

	/* a period after "from" with no word of age: still a time, no toll */
	fx_open(&f, "en", "Gunmen killed 9 people in the town after 13 years of war.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 9));
	fx_close(&f);
}

/* What a number means: time, a unit's size or number, a zero, a period's or a disaster's toll. */
static void test_figures_number_meaning(void **state)
{
	struct fx f;

	(void)state;
	/* an age, and a duration of years */
	fx_open(&f, "en", "A 23-year-old man was killed by a sniper in Daraa, ending 11 years of calm in the town.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 23));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 11));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	fx_open(&f, "ar", "استشهد الشاب محمد (19 عاما) برصاص قناص في مدينة نوى.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 19));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* an age set off by commas after a name */
	fx_open(&f, "en", "Settlers shot dead two brothers, Adam Levi, 20, and Noam Levi, 24, near the town of Beita.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 20));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 24));
	fx_close(&f);

	/* a dual of time */
	fx_open(&f, "ar", "انسحب الجيش من المخيم بعد عملية استمرت يومين وأسفرت عن مقتل 9 أشخاص.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 9));
	fx_close(&f);

	/* the size of a cell, a unit's number */
	fx_open(&f, "ar", "هاجمت خلية مكونة من 6 عناصر حاجزا في بلدة الصنمين وقتلت عنصرين.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 6));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	fx_close(&f);

	fx_open(&f, "ar", "نفذت قوات الفوج الـ47 حملة اعتقال في بلدة جاسم.");
	assert_null(fx_claim(f.d, RASD_CAS_ARRESTED, 47));
	fx_close(&f);

	/* the article drawn out apart from its number: an ordinal day, no count */
	fx_open(&f, "ar", "تتواصل الحملة لليوم الـ 23 على التوالي وقتل فيها 5 مدنيين في بلدة جاسم.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 23));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 5));
	fx_close(&f);

	/* "no one": a zero, no count */
	fx_open(&f, "en", "Shells hit the market in Azaz on Monday but no one was hurt.");
	assert_int_equal(fx_nclaims(f.d), 0);
	fx_close(&f);

	/* "منذ يومين", two days ago: the event's own time, no period's toll */
	fx_open(&f, "ar", "انتهت العملية التي بدأت منذ يومين في مخيم نور شمس وخلفت 7 شهداء.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 7));
	fx_close(&f);

	/* a toll over a period, since a date */
	fx_open(&f, "en", "Gunmen have killed 74 people in the Daraa countryside since January, monitors say.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 74));
	fx_close(&f);

	/* a year's toll, with no event told in its clause; its parts go with it */
	fx_open(&f, "en", "The network documented the deaths of 1,204 civilians in 2018, including 310 children.");
	assert_int_equal(fx_nclaims(f.d), 0);
	fx_close(&f);

	fx_open(&f, "en", "In 2016, a car bomb in the same square killed 22 people.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 22));
	fx_close(&f);

	/* "since" opening the sentence spans all its clauses */
	fx_open(&f, "ar", "ومنذ مطلع أيار الماضي، شنت الطائرات عشرات الغارات على المنطقة، ما أدى إلى مقتل 64 مدنيا.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 64));
	fx_close(&f);

	fx_open(&f, "ar", "قتل أكثر من 300 عنصر من قوات النظام خلال الأيام العشرة الماضية في ريف حماة.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 300));
	fx_close(&f);

	/* deaths without violence */
	fx_open(&f, "en", "At least 12 people died when a building collapsed in Aleppo on Monday.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 12));
	fx_close(&f);

	/* "lost their lives": killed, not missing */
	fx_open(&f, "ar", "أسفر الهجوم على الحاجز عن فقدان أربعة عناصر من الشرطة لحياتهم في بلدة المسيفرة.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_null(fx_claim(f.d, RASD_CAS_MISSING, 4));
	fx_close(&f);
}

/* A condition said of a count makes it a count of the wounded. */
static void test_figures_condition(void **state)
{
	struct fx f;

	(void)state;
	/* after a toll of the wounded, a count and "critically" */
	fx_open(&f, "en", "The shelling of the camp near Marib killed 3 people and wounded 30 others, 9 critically.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 30));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 9));
	fx_close(&f);

	/* "another N in critical condition" after a toll of victims */
	fx_open(&f, "en", "Medics counted 120 casualties of the raid on Tulkarm, with another 14 in critical condition.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 14));
	fx_close(&f);

	/* the condition as the count's predicate */
	fx_open(&f, "en", "Doctors said 6 were in critical condition after the car bomb in Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 6));
	fx_close(&f);

	/* "taking it seriously" says no one's condition */
	fx_open(&f, "en", "After the raid on Tulkarm the council took 4 complaints seriously.");
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 4));
	fx_close(&f);

	/* Arabic: hospital cases in a critical condition */
	fx_open(&f, "ar", "وصلت إلى مستشفى المدينة 7 حالات حرجة جراء القصف على بلدة الأتارب.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 7));
	fx_close(&f);
}

static void test_figures_kinds(void **state)
{
	struct fx f;

	(void)state;
	/* a killed and a wounded word side by side count together */
	fx_open(&f, "ar", "أسفر القصف على مدينة إدلب عن مقتل وإصابة 25 شخصا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED_OR_WOUNDED, 25));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 25));
	fx_close(&f);

	/* the count's own noun paired with the other kind's: the two together */
	fx_open(&f, "ar", "سقط 37 قتيلا وجريحا في القصف على سوق مدينة أريحا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED_OR_WOUNDED, 37));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 37));
	fx_close(&f);
	fx_open(&f, "en", "The shelling of the market in Ariha left 37 dead and wounded.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED_OR_WOUNDED, 37));
	fx_close(&f);

	/* ... but not a noun of its own clause, the wounded left uncounted */
	fx_open(&f, "ar", "3 قتلى ومصابون في القصف على سوق مدينة أريحا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED_OR_WOUNDED, 3));
	fx_close(&f);

	/* the verb the count and its people are the subject of governs it, not a word before */
	fx_open(&f, "en", "The militia freed the prisoners after 3 soldiers were killed near Sirte.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_null(fx_claim(f.d, RASD_CAS_ARRESTED, 3));
	fx_close(&f);
	fx_open(&f, "en", "The militia held the hostages after 3 soldiers were wounded near Sirte.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 3));
	fx_close(&f);
	fx_open(&f, "ar", "أفرجت الميليشيا عن الأسرى بعد أن 3 جنود قتلوا قرب سرت.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	fx_close(&f);

	/* a noun of the next count after the counted one is not what this number counts */
	fx_open(&f, "ar", "أسفر القصف على بلدة الأتارب عن مقتل 4 أشخاص وإصابة 17 آخرين.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 17));
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 4));
	fx_close(&f);

	/* a killed and a wounded verb each counting its own number */
	fx_open(&f, "ar", "قالت وزارة الصحة إن 31 على الأقل قتلوا وأصيب 90 في القصف على سوق مدينة الباب.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 31));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 90));
	fx_close(&f);

	/* the other verb has people of its own: before it, or after it ("others") */
	fx_open(&f, "ar", "قالت الشرطة إن 9 أشخاص قتلوا وجرح آخرون في انفجار سيارة في مدينة الباب.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 9));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED_OR_WOUNDED, 9));
	fx_close(&f);

	fx_open(&f, "ar", "أفادت الوزارة أن 5 جنود وطفلا لقوا مصرعهم وأصيب 11 آخرون بقصف على بلدة السفيرة.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 11));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED_OR_WOUNDED, 11));
	fx_close(&f);

	/* the wounded mother is the wounded verb's own subject */
	fx_open(&f, "ar", "لقي 4 أطفال حتفهم وأصيبت والدتهم بانفجار لغم قرب بلدة المسيفرة.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	fx_close(&f);

	/* a dual is its own noun: the bomb a word on counts nothing of it */
	fx_open(&f, "ar", "أصيب 12 شخصا بينهم طفلان بانفجار عبوة في بلدة الصنمين.");
	assert_true(fx_claim(f.d, RASD_CAS_WOUNDED, 2)->subset);
	fx_close(&f);

	/* the idiom split by its subject: "لقي 10 أشخاص مصرعهم" */
	fx_open(&f, "ar", "لقي 6 أشخاص مصرعهم في غارة على بلدة كفرتخاريم.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 6));
	fx_close(&f);

	/* a number rising: "ارتفع عدد القتلى ... إلى 34" */
	fx_open(&f, "ar", "ارتفع عدد قتلى القصف على معسكر الفصائل في إدلب إلى 34 إضافة إلى 52 جريحا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 34));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 52));
	fx_close(&f);

	/* "their number rose to": the toll word with a pronoun */
	fx_open(&f, "ar", "قتل 6 عناصر من الشرطة ثم ارتفع عددهم إلى 8 وأصيب 4 آخرون في الهجوم على الحاجز.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 8));
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 8));
	fx_close(&f);

	/* a toll reaching the count first; the word after it is of the next clause */
	fx_open(&f, "ar", "وقد ارتفعت حصيلة القتلى في بلدة الكرك إلى شخصين كما جرح خمسة آخرون.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 5));
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 2));
	fx_close(&f);

	/* "مقتل 8 وإصابة اثنين": the noun with و is no number's own */
	fx_open(&f, "ar", "أسفر التفجير قرب مدينة كركوك عن مقتل 6 وإصابة اثنين بجروح خطيرة.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 6));
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 6));
	fx_close(&f);

	/* a dual noun names two */
	fx_open(&f, "ar", "قتل شقيقان برصاص مجهولين في مدينة الصنمين.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	fx_close(&f);

	/* the dual of a noun naming one person counts two; "ين" only with a dual agreeing */
	fx_open(&f, "ar", "أصيب رجلان بانفجار لغم قرب بلدة المسيفرة.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 2));
	fx_close(&f);

	fx_open(&f, "ar", "قتل 4 أشخاص بينهم طفلتان بقصف على بلدة سرمين.");
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 2)->subset);
	assert_string_equal(fx_claim(f.d, RASD_CAS_KILLED, 2)->who, "children");
	fx_close(&f);

	fx_open(&f, "ar", "وقال المصدر إن شرطيين آخرين أصيبا بجروح في الانفجار قرب مدينة الرمادي.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 2));
	fx_close(&f);

	/* a dual groups.tsv lists counts two though its singular names no one alone */
	fx_open(&f, "ar", "أصيب مسؤولان محليان بانفجار عبوة قرب مبنى البلدية في مدينة الباب.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 2));
	assert_string_equal(fx_claim(f.d, RASD_CAS_WOUNDED, 2)->who, "officials");
	fx_close(&f);

	/* a person dual read by its ending from the singular groups.tsv lists (عامل) */
	fx_open(&f, "ar", "قتل عاملان بقصف مدفعي على أطراف بلدة سرمين.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_string_equal(fx_claim(f.d, RASD_CAS_KILLED, 2)->who, "civilians");
	fx_close(&f);

	fx_open(&f, "ar", "قتل 7 أشخاص على الأقل بينهم حارسان بهجوم على حاجز قرب مدينة الباب.");
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 2)->subset);
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 7));
	fx_close(&f);

	/* before a pronoun the dual drops its ن: "طفلاه", his two children, counted with him */
	fx_open(&f, "ar", "قتل رجل وطفلاه بقصف على بلدة معرة النعمان.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	fx_open(&f, "ar", "أصيب مدنيين في قصف على أطراف بلدة سرمين.");
	assert_int_equal(fx_nclaims(f.d), 0);
	fx_close(&f);

	/* "فقد" opening a clause is "so, indeed" (ف + قد), no going missing */
	fx_open(&f, "ar", "وبحسب المصادر، فقد سقط 12 عنصرا بين قتيل وجريح في القصف على معسكر قرب سلقين.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED_OR_WOUNDED, 12));
	assert_null(fx_claim(f.d, RASD_CAS_MISSING, 12));
	fx_close(&f);

	/* "ضحيتها": its victims, with the pronoun written on */
	fx_open(&f, "ar", "وقعت مجزرة في بلدة حيان ضحيتها 9 رجال وامرأة.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 9));
	fx_close(&f);

	/* a verb and the tail of its phrase, the object between, tell an arrest (figures_tail.c) */
	fx_open(&f, "en", "Border guards took 11 smugglers into custody near Tal Abyad on Friday.");
	assert_non_null(fx_claim(f.d, RASD_CAS_ARRESTED, 11));
	fx_close(&f);

	fx_open(&f, "en", "Police placed seven students under arrest after a sit-in at the university in Latakia.");
	assert_non_null(fx_claim(f.d, RASD_CAS_ARRESTED, 7));
	fx_close(&f);

	fx_open(&f, "ar", "زجت الأجهزة الأمنية 15 شابا خلف القضبان بعد حملة مداهمات في بلدة نوى.");
	assert_non_null(fx_claim(f.d, RASD_CAS_ARRESTED, 15));
	fx_close(&f);

	fx_open(&f, "ar", "اقتادت دورية أمنية 6 شبان إلى جهة مجهولة بعد مداهمة بلدة نوى.");
	assert_non_null(fx_claim(f.d, RASD_CAS_ARRESTED, 6));
	fx_close(&f);

	/* ... the tail with no verb of its phrase, or past a clause, tells none */
	fx_open(&f, "en", "The 11 smugglers caught near Tal Abyad have spent years behind bars, a judge said.");
	assert_null(fx_claim(f.d, RASD_CAS_ARRESTED, 11));
	fx_close(&f);

	fx_open(&f, "en", "Police took the road to Jableh, where 7 students already under arrest were held.");
	assert_null(fx_claim(f.d, RASD_CAS_ARRESTED, 7));
	fx_close(&f);

	fx_open(&f, "ar", "أمضى 15 معارضا سنوات طويلة خلف القضبان قبل الإفراج عنهم.");
	assert_int_equal(fx_nclaims(f.d), 0);
	fx_close(&f);

	/* the present tense of a headline */
	fx_open(&f, "ar", "قوات الاحتلال تعتقل 9 شبان من بلدة بيت أمر شمال الخليل.");
	assert_non_null(fx_claim(f.d, RASD_CAS_ARRESTED, 9));
	fx_close(&f);

	/* "victims" says neither killed nor wounded */
	fx_open(&f, "en", "The car bomb in Azaz left 12 victims, the hospital said.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED_OR_WOUNDED, 12));
	fx_close(&f);

	fx_open(&f, "ar", "أسفر القصف على سوق بلدة سرمين عن سقوط 7 ضحايا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED_OR_WOUNDED, 7));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 7));
	fx_close(&f);

	/* beside a killed and a wounded word, victims count both together */
	fx_open(&f, "ar", "قتل 4 مدنيين وأصيب 9 آخرون في القصف على سرمين، ليبلغ عدد الضحايا 13 شخصا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED_OR_WOUNDED, 13));
	fx_close(&f);

	/* beside killed words alone, victims are the killed */
	fx_open(&f, "ar", "قتل 3 مدنيين في القصف على سرمين وارتفع عدد الضحايا لاحقا إلى 5.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 5));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED_OR_WOUNDED, 5));
	fx_close(&f);

	fx_open(&f, "en", "Three people were killed in the shelling of Azaz, and the number of victims later rose to five.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 5));
	fx_close(&f);

	/* ... the wounds inside "died of their wounds" are the killing word's, no wounded word */
	fx_open(&f, "en", "Two more victims died of their wounds overnight in a hospital in Azaz, medics said.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED_OR_WOUNDED, 2));
	fx_close(&f);

	fx_open(&f, "ar", "توفي 4 ضحايا آخرون متأثرين بجراحهم في مستشفى أعزاز ليلة أمس.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED_OR_WOUNDED, 4));
	fx_close(&f);

	/* ... but a wounded word of its own beside them keeps both */
	fx_open(&f, "en", "Two more victims died overnight and others suffered wounds in the shelling of Azaz, medics said.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED_OR_WOUNDED, 2));
	fx_close(&f);

	/* a toll far back, "rose to" right before the number */
	fx_open(&f, "en", "The death toll from the market bombing in Azaz rose to 31.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 31));
	fx_close(&f);

	/* a casualty noun before a colon that opens the count; a toll word alone is not enough */
	fx_open(&f, "ar", "قصف على بلدة كفرنبل. حصيلة القتلى: 9 أشخاص بينهم طفلان.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 9));
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 2)->subset);
	fx_close(&f);

	fx_open(&f, "ar", "قتل 3 أشخاص في قصف على بلدة كفرنبل. عدد المشاهدات: 8");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 8));
	fx_close(&f);

	/* a denied figure stays, denied */
	fx_open(&f, "en", "The Syrian Defence Ministry denied that 40 soldiers were killed in Jasim.");
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 40)->denied);
	fx_close(&f);
}

/* The number of claims of `kind` and `value`, and of them how many are subsets. */
static size_t count_claims(const struct rasd_doc *d, enum rasd_casualty_kind kind, int64_t value,
			   size_t *subsets)
{
	size_t i, j, n = 0;

	*subsets = 0;
	for (i = 0; i < d->nevents; i++)
		for (j = 0; j < d->events[i].nclaims; j++) {
			const struct rasd_claim *cl = &d->events[i].claims[j];

			if (cl->kind == kind && cl->value == value) {
				n++;
				*subsets += cl->subset;
			}
		}
	return n;
}

/*
 * A breakdown: members joined by "و"/"and" share the casualty word of the
 * list; none is a part when no total is given.
 */
static void test_figures_breakdown(void **state)
{
	struct fx f;
	size_t sub;

	(void)state;
	fx_open(&f, "ar", "أعلنت الوزارة أن 6 جنود ومدنيا لقوا حتفهم بانفجار عبوة قرب مدينة تدمر.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 6));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_false(fx_claim(f.d, RASD_CAS_KILLED, 6)->subset);
	assert_false(fx_claim(f.d, RASD_CAS_KILLED, 1)->subset);
	fx_close(&f);

	fx_open(&f, "en", "Eleven women and one man were killed when a car bomb went off in Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 11));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_int_equal(fx_nclaims(f.d), 2);
	fx_close(&f);

	fx_open(&f, "ar", "قتلت الغارة خمسة مقاتلين من هيئة تحرير الشام واثنين من فيلق الشام في إدلب.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 5));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	fx_close(&f);

	/* a comma before the conjunction ends a member's phrase, not the list */
	fx_open(&f, "ar", "قتل في الهجوم 3 ضباط من الجيش، و4 عناصر من قوات الأمن، قرب مدينة درعا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	fx_close(&f);
	fx_open(&f, "en", "The attack near Daraa killed three army officers, and four members of the security forces.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	fx_close(&f);
	/* ... but a clause of its own after the comma keeps its verb */
	fx_open(&f, "en", "The shelling killed 3 soldiers, and 4 civilians were wounded in the town.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 4));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	fx_close(&f);
	fx_open(&f, "ar", "قتل 3 جنود في القصف، و4 مدنيين أصيبوا في البلدة.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 4));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	fx_close(&f);

	/* the conjunction on the noun before "one": "14 امرأة ورجل واحد" */
	fx_open(&f, "ar", "قتلت الغارة على سوق بلدة سراقب 9 نساء ورجلا واحدا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 9));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* a compound written with a hyphen is one word of the noun phrase */
	fx_open(&f, "en", "Four members of Turkish-backed security forces and three gunmen died near Afrin.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	fx_close(&f);

	/* a person and a count: "a commander and six other members" */
	fx_open(&f, "en", "A commander and six other members of the cell were killed near Deir ez-Zor.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 6));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* "and N others" says the casualty word of the clause before again */
	fx_open(&f, "en", "Four soldiers were killed in shelling on Kafr Nabl, and two others near Hass, the monitor said.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_string_equal(fx_claim(f.d, RASD_CAS_KILLED, 2)->who, "others");
	fx_close(&f);

	/* a count added to one told before: others besides those, whatever noun follows */
	fx_open(&f, "en", "A drone strike killed five soldiers near Tafas. Another 14 civilians were "
		 "killed in Nawa, and 9 more died of their wounds in Jasim on Tuesday.");
	assert_string_equal(fx_claim(f.d, RASD_CAS_KILLED, 5)->who, "soldiers");
	assert_string_equal(fx_claim(f.d, RASD_CAS_KILLED, 14)->who, "others");
	assert_string_equal(fx_claim(f.d, RASD_CAS_KILLED, 9)->who, "others");
	fx_close(&f);
	/* a count right before its own word, after a word that has its own subject count */
	fx_open(&f, "en", "Three soldiers killed 11 others injured in a mortar attack on Harasta");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 11));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 11));
	fx_close(&f);
	fx_open(&f, "en", "Seven killed 12 others injured in rocket fire on Jableh");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 7)->who);
	assert_string_equal(fx_claim(f.d, RASD_CAS_WOUNDED, 12)->who, "others");
	fx_close(&f);
	/* a verb ends the count's phrase: the group after it is no count's */
	fx_open(&f, "en", "Two civilians killed 8 injured in militant shelling on Salamiyah");
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 8)->who);
	fx_close(&f);
	fx_open(&f, "en", "Three wounded soldiers died in hospital in Hama.");
	assert_string_equal(fx_claim(f.d, RASD_CAS_KILLED, 3)->who, "soldiers");
	fx_close(&f);
	/* a verb joined on by "و" is no subject's: its count follows it */
	fx_open(&f, "ar", "أوقع القصف 12 قتيلا وأصاب 30 في بلدة الأتارب.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 12));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 30));
	fx_close(&f);
	/* a condition said of a count right after it: a part of the wounded */
	fx_open(&f, "en", "Rockets wounded 31 people in Jableh on Friday. 6 are in critical condition.");
	assert_false(fx_claim(f.d, RASD_CAS_WOUNDED, 31)->subset);
	assert_true(fx_claim(f.d, RASD_CAS_WOUNDED, 6)->subset);
	fx_close(&f);
	fx_open(&f, "en", "Rockets wounded 31 people in Jableh, some in critical condition.");
	assert_false(fx_claim(f.d, RASD_CAS_WOUNDED, 31)->subset);
	fx_close(&f);
	fx_open(&f, "ar", "أصيب 31 شخصا في جبلة، 6 منهم في حالة حرجة، ووصلت 4 حالات حرجة إلى اللاذقية.");
	assert_false(fx_claim(f.d, RASD_CAS_WOUNDED, 31)->subset);
	assert_true(fx_claim(f.d, RASD_CAS_WOUNDED, 4)->subset);
	fx_close(&f);
	/* a number of suicide attackers counts attackers; their death needs its verb */
	fx_open(&f, "en", "Three suicide bombers attacked the checkpoint near Tal Abyad, and 9 guards died.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 9));
	fx_close(&f);
	fx_open(&f, "en", "Three suicide bombers blew themselves up at the checkpoint near Tal Abyad.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	fx_close(&f);
	/* "more than" qualifies a count, adds none */
	fx_open(&f, "en", "More than 30 civilians were killed in an air strike on Ariha.");
	assert_string_equal(fx_claim(f.d, RASD_CAS_KILLED, 30)->who, "civilians");
	fx_close(&f);
	fx_open(&f, "ar", "قتل 4 جنود في قصف على درعا وأصيب 6 آخرون.");
	assert_string_equal(fx_claim(f.d, RASD_CAS_WOUNDED, 6)->who, "others");
	fx_close(&f);

	/* a verb of its own parts two clauses: no list */
	fx_open(&f, "en", "Four children were evacuated and three were killed in the blast in Azaz.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	fx_close(&f);

	/* a casualty word of their own: two figures, no list */
	fx_open(&f, "ar", "خلف القصف على بلدة كفرنبل 7 قتلى و15 جريحا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 7));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 15));
	assert_int_equal(count_claims(f.d, RASD_CAS_KILLED, 15, &sub), 0);
	fx_close(&f);
}

/*
 * A part "of them" takes its total's kind unless it says its own right
 * after it; the total's pair of words ("killed or wounded") is one phrase,
 * and a word opening the next clause with its own count is not the part's.
 */
static void test_figures_part_own_word(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "At least 90 men were killed or wounded in the raid, 40 of them reported "
		 "dead.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 40));
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 40));
	fx_close(&f);
	fx_open(&f, "en", "Seven people were killed and 31 wounded in the shelling, 6 of them women.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 6));
	fx_close(&f);
	fx_open(&f, "ar", "قتل ستة مدنيين بينهم طفلان وأصيب 14 آخرون بقصف على البلدة.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 14));
	fx_close(&f);
}

/* Parts of a toll: every member after the subset word, and a total reaching over them. */
static void test_figures_parts(void **state)
{
	struct fx f;
	size_t sub;

	(void)state;
	/* every member after "بينهم" is a part, persons too */
	fx_open(&f, "ar", "قتل 9 أشخاص بينهم ثلاثة أطفال وامرأتان ورجل مسن في قصف على بلدة سرمين.");
	assert_false(fx_claim(f.d, RASD_CAS_KILLED, 9)->subset);
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 3)->subset);
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 2)->subset);
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 1)->subset);
	assert_int_equal(fx_nclaims(f.d), 4);
	fx_close(&f);

	/* the total's casualty word after its parts */
	fx_open(&f, "ar", "وثق الدفاع المدني 11 شخصا على الأقل بينهم خمسة أطفال وأربع نساء قضوا في الغارة.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 11));
	assert_false(fx_claim(f.d, RASD_CAS_KILLED, 11)->subset);
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 5)->subset);
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 4)->subset);
	fx_close(&f);

	/* English: "including" a person */
	fx_open(&f, "en", "The stabbing in Hebron wounded six people, including a pregnant woman.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 6));
	assert_int_equal(count_claims(f.d, RASD_CAS_WOUNDED, 1, &sub), 1);
	assert_int_equal(sub, 1);
	fx_close(&f);

	/* "among the dead" */
	fx_open(&f, "ar", "وأفاد المرصد أن من بين القتلى طفلين في بلدة معرة مصرين.");
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 2)->subset);
	fx_close(&f);

	/* "هم": the total named, then its parts */
	fx_open(&f, "ar", "والقتلى الخمسة هم امرأتان و3 أطفال، بحسب مصدر طبي في مدينة الباب.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 5));
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 2)->subset);
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 3)->subset);
	fx_close(&f);

	/* "of them" after a count: a part of the total before it */
	fx_open(&f, "ar", "قتل 11 شخصا، 4 منهم أطفال، بغارة على بلدة كفرنبل.");
	assert_false(fx_claim(f.d, RASD_CAS_KILLED, 11)->subset);
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 4)->subset);
	fx_close(&f);

	fx_open(&f, "en", "Nine people were wounded in the blast in Azaz, three of them critically.");
	assert_true(fx_claim(f.d, RASD_CAS_WOUNDED, 3)->subset);
	fx_close(&f);

	/* ... or after the part's own noun, with the total's kind: cases of a toll of choking */
	fx_open(&f, "ar", "وقالت الجمعية إن طواقمها تعاملت مع 120 حالة اختناق بالغاز في بلدة بيتا، "
		 "نقلت 14 حالة منها إلى المستشفى.");
	assert_false(fx_claim(f.d, RASD_CAS_WOUNDED, 120)->subset);
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 14));
	assert_true(fx_claim(f.d, RASD_CAS_WOUNDED, 14)->subset);
	fx_close(&f);

	/* people counted after "of them" are a part of this count, which stays the total */
	fx_open(&f, "ar", "قتلت القوات ثلاثة شبان منهم شقيقان في بلدة بيتا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_false(fx_claim(f.d, RASD_CAS_KILLED, 3)->subset);
	fx_close(&f);

	/* cases of an illness are no casualties, nor their part */
	fx_open(&f, "ar", "سجلت وزارة الصحة 40 حالة كوليرا في مدينة بيتا، نقلت 3 حالات منها إلى المستشفى.");
	assert_int_equal(fx_nclaims(f.d), 0);
	fx_close(&f);

	/* a casualty word between the total and the part opens the toll it is taken from */
	fx_open(&f, "ar", "قتل أربعة أشخاص وأصيب عدد آخر، بينهم طفلة، في قصف على بلدة نوى.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_true(fx_claim(f.d, RASD_CAS_WOUNDED, 1)->subset);
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_int_equal(fx_nclaims(f.d), 2);
	fx_close(&f);

	/* a part opened right after a casualty noun, with no count: of the people it names */
	fx_open(&f, "en", "The mayor visited the families of the dead, including a farmer and two boys.");
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 2)->subset);
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 1)->subset);
	fx_close(&f);

	/* an English person joins a list with its determiner: "and a young girl" */
	fx_open(&f, "en", "Among the dead were three fighters and a young girl, the group said.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* "one of them", with a word of its own */
	fx_open(&f, "ar", "اغتالت قوة خاصة 3 شبان أحدهم جريح داخل مستشفى في مدينة جنين.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_true(fx_claim(f.d, RASD_CAS_WOUNDED, 1)->subset);
	fx_close(&f);
}

/*
 * How a figure stands against the report's other tolls: risen to after a
 * word of rising, as it stood before after a word of an earlier toll or
 * before a larger count of its sentence risen to.
 */
static void test_figures_revision(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "The death toll from the shelling of Maarat al-Numan rose to 12, the civil defence said.");
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 12)->revision, RASD_REV_LATER);
	fx_close(&f);

	fx_open(&f, "en", "Initially, the health directorate reported 7 dead and 30 wounded in Binnish.");
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 7)->revision, RASD_REV_EARLIER);
	assert_int_equal(fx_claim(f.d, RASD_CAS_WOUNDED, 30)->revision, RASD_REV_EARLIER);
	fx_close(&f);

	fx_open(&f, "ar", "وكان الدفاع المدني قد أعلن في وقت سابق عن مقتل 5 أشخاص في قصف على بلدة كفرنبل.");
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 5)->revision, RASD_REV_EARLIER);
	fx_close(&f);

	/* "4 killed, a toll that rose later to 6": the first as it stood, the second risen to */
	fx_open(&f, "ar", "قتل 4 مدنيين في قصف على بلدة سرمين ثم ارتفع عدد القتلى إلى 6 صباح اليوم.");
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 4)->revision, RASD_REV_EARLIER);
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 6)->revision, RASD_REV_LATER);
	fx_close(&f);

	/* a plain toll is neither */
	fx_open(&f, "en", "Eight civilians were killed in an air strike on Ariha, the monitor said.");
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 8)->revision, RASD_REV_NONE);
	fx_close(&f);
}

/*
 * A sentence a word of another happening opens ("In a separate attack",
 * "وفي هجوم منفصل") tells that happening's toll: revision "apart".  The
 * report's own toll before it, and a word of separateness deep in a
 * sentence, leave a figure as it is.
 */
static void test_figures_apart(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "A car bomb killed seven people at a market in Manbij on Friday, a hospital "
		 "said. In a separate attack, a roadside bomb killed four people near the town, "
		 "the monitor said.");
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 7)->revision, RASD_REV_NONE);
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 4)->revision, RASD_REV_APART);
	fx_close(&f);

	fx_open(&f, "ar", "قتل سبعة أشخاص بانفجار سيارة مفخخة في سوق منبج يوم الجمعة بحسب مستشفى "
		 "المدينة. وفي هجوم منفصل، قتل أربعة أشخاص بانفجار عبوة ناسفة قرب البلدة.");
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 7)->revision, RASD_REV_NONE);
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 4)->revision, RASD_REV_APART);
	fx_close(&f);

	/* "separate" far into the sentence opens no other happening */
	fx_open(&f, "en", "Two bombs went off at the market and at the checkpoint of Manbij in "
		 "separate blasts, killing seven people, a hospital said.");
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 7)->revision, RASD_REV_NONE);
	fx_close(&f);
}

/*
 * How a figure stands against the report's others of its kind
 * (figures_report.c): a hospital's or a team's intake and a place's own
 * share are parts of a larger toll; a first count is the toll as it stood
 * before an updated or later one; alone, each stays the toll.
 */
static void test_figures_report(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Artillery fire on Rastan killed 17 people on Sunday, the monitor said. "
		 "A surgeon said 6 bodies were brought to the field hospital.");
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 6)->subset);
	assert_false(fx_claim(f.d, RASD_CAS_KILLED, 17)->subset);
	fx_close(&f);

	fx_open(&f, "ar", "قتل 17 شخصا في قصف مدفعي على مدينة الرستن يوم الأحد بحسب المرصد. "
		 "وقال الدفاع المدني إن فرقه انتشلت 6 جثث من تحت الأنقاض.");
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 6)->subset);
	fx_close(&f);

	/* the only count of its kind stays the toll */
	fx_open(&f, "en", "Artillery fire hit Rastan on Sunday. A surgeon said 6 bodies were brought to the field hospital.");
	assert_false(fx_claim(f.d, RASD_CAS_KILLED, 6)->subset);
	fx_close(&f);

	fx_open(&f, "en", "Air raids on villages around Rastan killed 17 people on Sunday, the monitor said. "
		 "In Ghantu alone, 7 were killed, residents said.");
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 7)->subset);
	fx_close(&f);

	fx_open(&f, "ar", "قتل 17 شخصا في غارات على قرى حول الرستن يوم الأحد بحسب المرصد. "
		 "وقال سكان إن 7 أشخاص قتلوا في قرية الغنطو وحدها.");
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 7)->subset);
	fx_close(&f);

	/* a count told at a place inside the place of a larger count before it: a part of it */
	fx_open(&f, "en", "Shelling on northern Homs killed 23 people on Sunday, the monitor said. "
		 "In Talbisa, 8 people were killed, rescuers said.");
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 8)->subset);
	assert_false(fx_claim(f.d, RASD_CAS_KILLED, 23)->subset);
	fx_close(&f);

	fx_open(&f, "ar", "قتل 23 شخصا في قصف على ريف حمص الشمالي يوم الأحد بحسب المرصد. "
		 "وقال الدفاع المدني إن 8 أشخاص قتلوا في قصف على بلدة تلبيسة.");
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 8)->subset);
	fx_close(&f);

	/* a place outside it is no part */
	fx_open(&f, "en", "Shelling on southern Idlib killed 23 people on Sunday, the monitor said. "
		 "In Talbisa, 8 people were killed, rescuers said.");
	assert_false(fx_claim(f.d, RASD_CAS_KILLED, 8)->subset);
	fx_close(&f);

	fx_open(&f, "en", "Artillery fire on Rastan killed 8 people on Sunday, according to a preliminary count by medics. "
		 "The monitor later said 15 people had died.");
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 8)->revision, RASD_REV_EARLIER);
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 15)->revision, RASD_REV_LATER);
	fx_close(&f);

	fx_open(&f, "ar", "قتل 8 أشخاص في قصف مدفعي على مدينة الرستن يوم الأحد في حصيلة أولية للمسعفين. "
		 "وقال المرصد في حصيلة جديدة إن 15 شخصا قتلوا.");
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 8)->revision, RASD_REV_EARLIER);
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 15)->revision, RASD_REV_LATER);
	fx_close(&f);

	/* a preliminary toll with nothing after it is the toll */
	fx_open(&f, "en", "Artillery fire on Rastan killed 8 people on Sunday, according to a preliminary count by medics.");
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 8)->revision, RASD_REV_NONE);
	fx_close(&f);
}

/* A toll told before it rose is the toll as it stood, not the one risen to. */
static void test_figures_before_rise(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "وقبل ارتفاع حصيلة القتلى، أعلن الدفاع المدني عن مقتل 3 مدنيين في قصف على بلدة سرمين.");
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 3)->revision, RASD_REV_EARLIER);
	fx_close(&f);

	fx_open(&f, "ar", "وكانت مصادر محلية قد تحدثت قبل أن يرتفع عدد القتلى عن مقتل 4 أشخاص في القصف على أريحا.");
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 4)->revision, RASD_REV_EARLIER);
	fx_close(&f);

	fx_open(&f, "en", "Before the death toll rose, local officials had said 6 people were killed in the shelling of Binnish.");
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 6)->revision, RASD_REV_EARLIER);
	fx_close(&f);

	fx_open(&f, "en", "Prior to the rise in the toll, the monitor reported 2 civilians killed in Ariha.");
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 2)->revision, RASD_REV_EARLIER);
	fx_close(&f);

	/* no "before": the toll risen to, as ever */
	fx_open(&f, "en", "The toll of the air strike on Sarmin rose to 9, the civil defence said.");
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 9)->revision, RASD_REV_LATER);
	fx_close(&f);

	fx_open(&f, "ar", "وارتفع عدد القتلى في القصف على بلدة كفرنبل إلى 7 أشخاص.");
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 7)->revision, RASD_REV_LATER);
	fx_close(&f);

	/* "before" that governs no rising changes nothing */
	fx_open(&f, "en", "Before dawn the toll of the shelling of Ariha rose to 11, the monitor said.");
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 11)->revision, RASD_REV_LATER);
	fx_close(&f);

	fx_open(&f, "ar", "وقبل منتصف الليل ارتفع عدد القتلى في القصف على سرمين إلى 10 أشخاص.");
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 10)->revision, RASD_REV_LATER);
	fx_close(&f);

	fx_open(&f, "en", "Five civilians were killed in an air strike on Ariha before dawn, the monitor said.");
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 5)->revision, RASD_REV_NONE);
	fx_close(&f);
}

/* A casualty word and a noun naming one person, unless a number counts it. */
static void test_figures_count_of_one(void **state)
{
	struct fx f;
	size_t sub;

	(void)state;
	fx_open(&f, "ar", "مقتل شاب برصاص قناص في مدينة درعا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_string_equal(fx_claim(f.d, RASD_CAS_KILLED, 1)->who, "civilians");
	fx_close(&f);

	/* a definite adjective after a definite noun names no person */
	fx_open(&f, "ar", "قالت المحافظة إن القصف الإسرائيلي أسفر عن إصابة 4 أشخاص في بلدة كويا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 4));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	fx_open(&f, "ar", "قتل ثلاثة مدنيين برصاص قناص في مدينة درعا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* a person's noun phrase takes in the actor it belongs to */
	fx_open(&f, "ar", "أعلنت الوزارة أن قياديا في هيئة تحرير الشام قتل بغارة على بلدة سرمدا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* English: a name after the title makes the person one, and its span takes the name in */
	fx_open(&f, "en", "Drones killed senior Nusra commander Abu Omar al-Halabi near Sarmada on Monday.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	fx_open(&f, "en", "The commander of the Nusra Front (HTS) Abu Omar al-Halabi was killed near Sarmada.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* English: "the" before a noun of one names one person */
	fx_open(&f, "en", "The attacker was shot dead by a police officer near the market in Hadera.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* a relative named by a possessive is one person, counted with the one it is kin of */
	fx_open(&f, "en", "A farmer and his son were killed when a mine exploded near Tafas.");
	assert_int_equal(count_claims(f.d, RASD_CAS_KILLED, 2, &sub), 1);
	fx_close(&f);

	/* a noun of one used as an adjective names no one */
	fx_open(&f, "en", "The minister spoke about the civilian casualties of the raid on Atmeh.");
	assert_int_equal(fx_nclaims(f.d), 0);
	fx_close(&f);

	fx_open(&f, "ar", "أصيب الشاب بقصف إسرائيلي على بلدة كويا.");
	assert_int_equal(fx_nclaims(f.d), 1);
	assert_string_equal(fx_claim(f.d, RASD_CAS_WOUNDED, 1)->who, "civilians");
	fx_close(&f);

	/* "a third" after two counted: one more person */
	fx_open(&f, "ar", "قتل عنصران من الشرطة وأصيب ثالث بجروح في هجوم على حاجز قرب بلدة الصنمين.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	fx_close(&f);

	/* an envoy is one person of the officials */
	fx_open(&f, "ar", "أصيب سفير البرازيل بجروح طفيفة في انفجار سيارة مفخخة قرب مدينة أعزاز.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	assert_string_equal(fx_claim(f.d, RASD_CAS_WOUNDED, 1)->who, "officials");
	fx_close(&f);

	fx_open(&f, "en", "The Chilean ambassador was lightly wounded when a car bomb went off near Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	fx_close(&f);

	/* a source's description names the person it ends on, who may be the victim */
	fx_open(&f, "en", "A local journalist was killed when a car bomb went off near Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_string_equal(fx_claim(f.d, RASD_CAS_KILLED, 1)->who, "journalists");
	fx_close(&f);

	fx_open(&f, "en", "Three civilians were killed in the shelling of Azaz, a local journalist said.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	fx_open(&f, "en", "A deputy minister was killed when a car bomb went off near Azaz.");
	assert_string_equal(fx_claim(f.d, RASD_CAS_KILLED, 1)->who, "officials");
	fx_close(&f);

	/* an envoy who speaks is counted by no one */
	fx_open(&f, "en", "A minister said that 7 people were killed in the shelling of Azaz.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	fx_open(&f, "en", "The ambassador said that 7 people were killed in the shelling of Azaz.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 7));
	fx_close(&f);

	/* the noun with the article points back at the person counted before */
	fx_open(&f, "ar", "قتل متعاقد أمريكي بهجوم بطائرة مسيرة على قاعدة قرب مدينة الحسكة. "
		 "وقالت الوزارة إن المتعاقد الذي قتل كان يعمل في ورشة الصيانة.");
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	/* ... but another voice telling anew what befell them gives a claim of its own */
	fx_open(&f, "ar", "قتل جندي بهجوم على حاجز قرب مدينة نوى. "
		 "وأكدت وزارة الدفاع مقتل الجندي في الهجوم على الحاجز.");
	assert_int_equal(fx_nclaims(f.d), 2);
	fx_close(&f);

	/* ... not the same voice, nor a noun of the dead itself ("الشهيد باسل") */
	fx_open(&f, "ar", "استشهد شاب برصاص قناص في بلدة طفس. "
		 "وأفاد أهالي البلدة بأن الشهيد كان يعمل في الزراعة.");
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	/* ... but not at a person of another group */
	fx_open(&f, "ar", "قتل جندي أمريكي بهجوم بطائرة مسيرة على قاعدة قرب مدينة الحسكة. "
		 "وقالت الوزارة إن المتعاقد الذي أصيب نقل إلى العراق.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	fx_close(&f);

	/* "another" after the noun is the same person */
	fx_open(&f, "ar", "قتل عنصر شرطة آخر بهجوم على حاجز قرب مدينة جبلة.");
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	/* a headline drops its articles: its noun of one is one person */
	fx_open_titled(&f, "en", "Rebel commander killed in drone strike near Sarmada",
		    "Rebel commander killed in drone strike near Sarmada\n"
		    "The drone hit a car on the road to the town on Monday.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* ... in the body a bare noun still needs its article or a name */
	fx_open(&f, "en", "Rebel commander units were killed in drone strikes near Sarmada.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* a name or post set off by commas between the person and the verb */
	fx_open(&f, "en", "A rebel commander, Abu Omar al-Halabi, was killed when a car bomb went off near Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	fx_open(&f, "ar", "قال المرصد إن قياديا، 40 عاما، قتل بانفجار سيارة مفخخة قرب مدينة أعزاز.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);


	/* ... but not a clause set off so, whose verb comes after "and" */
	fx_open(&f, "ar", "قال المرصد إن مسلحا، تسلل إلى المستشفى، وقتل ثلاثة ممرضين في هجوم على مدينة جنين.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);
}

/*
 * Persons past a complement or an aside, English names, persons of one
 * group counted together, injuries a medical body counts.
 */
static void test_figures_persons(void **state)
{
	struct fx f;

	(void)state;
	/* a person before a participle is its subject, no adjective ("civilian casualties" is one) */
	fx_open(&f, "en", "A boy was killed and a woman wounded when a shell hit a house in Ariha.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	fx_close(&f);

	/* a person after the subject of a casualty verb is its object, no adjective of the phrase */
	fx_open(&f, "ar", "اعتقلت القوات شابا في بلدة نوى يوم الثلاثاء.");
	assert_non_null(fx_claim(f.d, RASD_CAS_ARRESTED, 1));
	fx_close(&f);

	/* a local official; one named by "المدعو" */
	fx_open(&f, "ar", "قتل مسلحون مجهولون مختار قرية المسيفرة بإطلاق نار.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	fx_open(&f, "ar", "أقدم مسلحون على قتل المدعو سامر العلي قرب بلدة نوى.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* the indefinite accusative is the verb's object, also of a speaker's noun */
	fx_open(&f, "ar", "خطف مسلحون مراسلا محليا على طريق المطار صباح الأحد.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KIDNAPPED, 1));
	fx_close(&f);

	fx_open(&f, "ar", "اعتقلت دورية ناشطا من أبناء بلدة الحراك قرب درعا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_ARRESTED, 1));
	fx_close(&f);

	/* ... a count's own noun is none ("15 ناشطا") */
	fx_open(&f, "ar", "اعتقلت دورية 15 ناشطا في بلدة الحراك قرب درعا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_ARRESTED, 15));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	/* a rank before a name */
	fx_open(&f, "ar", "اغتال مجهولون النقيب كنان الشامي قرب منزله في حي الميدان.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* kin told by a pronoun of two: the man, his wife and their son, one family */
	fx_open(&f, "ar", "قتل مسلحون الرجل وزوجته وابنهما داخل منزلهم في قرية الهبيط.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	/* "one of" a group set off after a person is that person again */
	fx_open(&f, "ar", "قتل النقيب كنان الشامي أحد ضباط الفرقة الرابعة في الهجوم على المطار.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	/* ... and shows the words before it a name, as an age does */
	fx_open(&f, "ar", "وأعلن الفصيل مقتل وائل الحوراني، أحد قادته الميدانيين، في اشتباك قرب نوى.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	/* ... so does a noun of one person set off by a comma, not the actor after "من" */
	fx_open(&f, "ar", "وأعلنت الحركة اغتيال وائل الحوراني، القيادي في جناحها العسكري، بغارة على منزله.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	fx_open(&f, "ar", "وأصيب عدد من المتظاهرين من أنصار الحركة في المواجهات قرب نابلس.");
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	fx_close(&f);

	/* a deputy told by a pronoun, as a companion is */
	fx_open(&f, "ar", "وأشارت الوكالة إلى مقتل نائبه أيضا كنان الحلبي في الغارة.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* a title, its name and an age set off after it, then the verb */
	fx_open(&f, "ar", "وقالت المصادر إن الراعي كنان الحلبي، 19 عاما، أصيب برصاص قناص قرب خان شيخون.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	fx_close(&f);

	/* ... a speaker's title is no person counted */
	fx_open(&f, "ar", "وقال رئيس المجلس المحلي في نوى إن 6 مدنيين قتلوا في القصف.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 6));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	/* one civilian named by work or worship */
	fx_open(&f, "en", "A shopkeeper was killed when a shell hit the market in Ariha on Friday.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	fx_open(&f, "ar", "أصيب مؤذن الجامع الكبير برصاص قناص في بلدة طفس.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	fx_close(&f);

	/* ... the plural is no dual, the accusative no person of its own */
	fx_open(&f, "ar", "قتل 4 مهندسين في قصف على محطة الكهرباء قرب حلب.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	fx_close(&f);

	fx_open(&f, "ar", "استشهاد 12 عاملا وموظفا في الغارات على مرفأ الحديدة.");
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	/* an age is one word before the person: "a 17-year-old local boy" */
	fx_open(&f, "en", "A 15-year-old local boy was shot dead by a sniper near Tafas.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	fx_open(&f, "en", "Gunmen killed a 19-year-old Kurdish student near Qamishli on Sunday.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 19));
	fx_close(&f);

	/* ... not a word compound: "the killing of the high-ranking leader" names one told of */
	fx_open(&f, "en", "The killing of the high-ranking leader took place at his house near Atmeh.");
	assert_int_equal(fx_nclaims(f.d), 0);
	fx_close(&f);

	/* a casualty noun with "of" befalls the person a few words on */
	fx_open(&f, "en", "Jets struck depots near Mayadin after the death of a local guard in a rocket attack.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	fx_open(&f, "en", "The killing of an elderly contractor at the base near Tanf angered the town.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* two persons joined by و are two, the second no actor of the first */
	fx_open(&f, "ar", "قتل جندي ومدني في القصف على بلدة الأتارب.");
	assert_int_equal(fx_nclaims(f.d), 2);
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* a casualty word after و opens the next clause: not the person's */
	fx_open(&f, "ar", "مقتل عناصر ومدني وإصابة آخرين بهجوم على حافلة قرب تدمر.");
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	fx_close(&f);

	/* a person joined by و to the people a casualty noun counts is one of its dead */
	fx_open(&f, "ar", "مقتل عناصر من قوات النظام وطفل بقصف على بلدة الأتارب.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	fx_open(&f, "en", "The shelling killed Syrian soldiers and a shepherd near Palmyra.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* an injury a medical body counts, with its severity, is one wounded; two injuries are two */
	fx_open(&f, "ar", "وقالت جمعية الإغاثة إن طواقمها نقلت إصابة خطيرة بالرصاص في الصدر إلى مستشفى مدينة طولكرم.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	fx_close(&f);

	fx_open(&f, "ar", "وصلت إصابتان إلى مستشفى طولكرم جراء اعتداء المستوطنين على البلدة.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 2));
	fx_close(&f);

	/* "another" after a noun of no person is its adjective: "في بيان آخر" names no one */
	fx_open(&f, "ar", "وقال المكتب في بيان آخر إن إصابة 4 مدنيين وصلت إلى مستشفى الأتارب.");
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 4));
	fx_close(&f);

	/* ... but after a casualty word it is a person: "وأصيب آخر" */
	fx_open(&f, "ar", "قتل شاب وأصيب آخر بقصف على بلدة الأتارب.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	fx_close(&f);

	/* English "another" stands for the nearest noun before it: a person ... */
	fx_open(&f, "en", "A guard was shot dead and another was hurt at a checkpoint near Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	fx_close(&f);

	fx_open(&f, "en", "The shelling killed a farmer and wounded another near Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	fx_close(&f);

	/* ... or an attack, which is no one */
	fx_open(&f, "en", "Four soldiers died in an ambush near Azaz and another was repelled.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	fx_open(&f, "en", "A roadside bomb killed 3 people in Azaz and another wounded 8 in Jarablus.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 8));
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	fx_close(&f);

	/* persons of one group in one list with one casualty word count together */
	fx_open(&f, "en", "A boy and a girl were killed when a shell hit their house in Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	fx_open(&f, "ar", "قتل طفل وطفلة بقصف على بلدة الأتارب.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	fx_close(&f);

	/* ... persons of two groups stay apart */
	fx_open(&f, "en", "A soldier and a shepherd were killed when a shell hit the village near Azaz.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_int_equal(fx_nclaims(f.d), 2);
	fx_close(&f);

	/* ... but a kin told by the person before it is of that person's family */
	fx_open(&f, "en", "A father and his son were killed when a drone struck their car near Tyre.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	fx_open(&f, "en", "A shepherd and his brother were shot dead by gunmen outside Kirkuk.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	fx_open(&f, "ar", "قتل طفل ووالدته بقصف على بلدة الأتارب.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	fx_open(&f, "ar", "قتل أب وابنه بغارة على سيارتهما قرب صور.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	/* ... and so is a count of kin told by the person: 1 + 3 */
	fx_open(&f, "en", "A teacher and her three sons were killed when a shell hit their flat in Aleppo.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	fx_open(&f, "en", "A farmer and his two daughters were wounded by a landmine near Tafas.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 3));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	fx_open(&f, "ar", "أصيب مزارع وأطفاله الأربعة بانفجار لغم قرب طفس.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 5));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	fx_open(&f, "ar", "قتلت سيدة وطفلاها بقصف على حي الشيخ مقصود.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	/* ... not a count of a group with no pronoun of kin, nor a count after another casualty word */
	fx_open(&f, "en", "A teacher and three pupils were killed when a shell hit the school in Aleppo.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	fx_close(&f);

	fx_open(&f, "en", "A farmer was killed and his two daughters were wounded by a landmine near Tafas.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 2));
	fx_close(&f);

	fx_open(&f, "ar", "قتل مزارع وأصيب أطفاله الأربعة بانفجار لغم قرب طفس.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 4));
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 5));
	fx_close(&f);

	/* a kin sharing the article of the person before it ("a father and son"), and
	 * the dual of a son or daughter with its pronoun ("وابناه"), are of one family */
	fx_open(&f, "en", "A mother and daughter were wounded when a mortar round fell on their street in Jasim.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 2));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	fx_open(&f, "ar", "قتل رجل وابناه بغارة جوية استهدفت منزلهم في بلدة كفرنبل.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	fx_open(&f, "ar", "أصيبت امرأة وابنتاها بشظايا قذيفة سقطت في حي الكلاسة.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 3));
	fx_close(&f);

	/* ... a kin told apart by its own casualty word stays its own */
	fx_open(&f, "en", "A mother was killed and her son was wounded when a mortar round fell on their street in Jasim.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	fx_close(&f);

	fx_open(&f, "ar", "قتل رجل وأصيب ابناه بغارة جوية استهدفت منزلهم في بلدة كفرنبل.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 2));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	fx_close(&f);

	/* a noun of two kin is a count of two; "a couple of" is a few */
	fx_open(&f, "en", "An elderly couple was killed when a shell hit their house in Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	fx_close(&f);

	fx_open(&f, "ar", "أصيب توأمان بشظايا قذيفة سقطت على منزلهما في أعزاز.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 2));
	fx_close(&f);

	fx_open(&f, "en", "A couple of shells hit the market in Azaz and one man was wounded.");
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 2));
	fx_close(&f);

	/* ... a kin after another casualty word is that clause's own */
	fx_open(&f, "en", "Two men were killed and their father was wounded in a drone strike near Tyre.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	fx_close(&f);

	/* a count after "and" with a verb of its own is no member of the list before */
	fx_open(&f, "en", "A rocket hit a school in Azaz, killing two teachers, and 20 pupils were evacuated.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 20));
	fx_close(&f);

	fx_open(&f, "en", "The strike killed three people and 40 residents have fled the village near Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 40));
	fx_close(&f);

	/* ... but its verb a casualty word, or words of who the dead are, it counts */
	fx_open(&f, "en", "A rocket hit a school in Azaz, killing two teachers, and 20 pupils were wounded.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 20));
	fx_close(&f);

	fx_open(&f, "en", "The shelling killed nine people, and four were children from the same street in Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	fx_close(&f);

	fx_open(&f, "en", "Shelling killed two soldiers and three civilians in Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	fx_close(&f);

	/* ... and a kin of no one in the list stays apart */
	fx_open(&f, "en", "A soldier and a shepherd's brother were killed when a shell hit the village near Azaz.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	fx_close(&f);
}

/* English names, posts and complements, a few words from the verb. */
static void test_figures_named(void **state)
{
	struct fx f;

	(void)state;
	/* an English name, past its age, the subject of a passive casualty phrase */
	fx_open(&f, "en", "The ministry said Karim Haddad, 29, was shot dead near the checkpoint in Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* names joined by "and" add up to the list's length */
	fx_open(&f, "en", "Karim Haddad and Omar Nasser were shot dead near the checkpoint in Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	/* a name, or names joined by "and", the object of a casualty verb */
	fx_open(&f, "en", "A drone strike killed Abu Yasser al-Halabi near Sarmada on Friday.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	fx_open(&f, "en", "Gunmen shot dead Karim Haddad and Omar Nasser near the checkpoint in Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	/* ... not a place ("killed Deir ez-Zor residents") */
	fx_open(&f, "en", "The shelling killed Deir ez-Zor residents in the market on Monday.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* ... but a name before a bare verb is who did it */
	fx_open(&f, "en", "Karim Haddad shot dead 3 soldiers near the checkpoint in Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* ... and capitalised adjectives before a noun are no name */
	fx_open(&f, "en", "Shelling continued near the resort where Iraqi Arab tourists were killed on Wednesday.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* a complement between the person and the verb: "of public works" */
	fx_open(&f, "en", "The agency said a deputy minister of local affairs was killed in the blast in Aden.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* a post of a place, then the name set off by commas */
	fx_open(&f, "en", "The mayor of Jasim, Ali Haddad, was killed when a bomb went off near his office.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* a person before a verb with an object is who did it */
	fx_open(&f, "en", "A gunman from the village killed 4 people at the checkpoint near Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* ... but a count after "and" is the next clause's */
	fx_open(&f, "en", "A civilian was killed and 6 others were wounded in the shelling of Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 6));
	fx_close(&f);

	/* a wounded person who died: the noun of the wounded after a verb is a person */
	fx_open(&f, "ar", "توفي جريح متأثرا بجروحه في مستشفى مدينة درعا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* the passive of assassination */
	fx_open(&f, "ar", "اغتيل القيادي برصاص مجهولين قرب مدينة درعا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* an ordinal is no count: "a second soldier" is one */
	fx_open(&f, "en", "A second soldier died of his wounds after the ambush near Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* a possessive names one person: "Iran's envoy" */
	fx_open(&f, "en", "The blast in Beirut wounded 40 people, including Iran's envoy to Lebanon.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	fx_close(&f);

	/* an abbreviation is one word: "a U.S. military contractor" is as near as "a US military contractor" */
	fx_open(&f, "en", "The rocket attack on the base near Erbil killed a U.S. military contractor.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* an age and a name written with hyphens are a few words: "23-year-old", "al-Karim" */
	fx_open(&f, "en", "The gunman, 31-year-old Abd al-Karim Haddad, was shot dead at the checkpoint in Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* an Arabic name, which no capital tells, shown a person's by the age set off after it */
	fx_open(&f, "ar", "أعلنت الوزارة استشهاد كريم حداد الناصر (24 عاما) قرب بلدة طفس.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	fx_open(&f, "ar", "أصيب عمر ناصر، 16 عاما، برصاص قناص في بلدة نوى.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	fx_close(&f);

	/* ... past the subject of the verb */
	fx_open(&f, "ar", "اعتقلت قوات النظام سامر الحلبي (31 عاما) من منزله في مدينة درعا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_ARRESTED, 1));
	fx_close(&f);

	/* ... but no age, no name read: words after a casualty word are no person of themselves */
	fx_open(&f, "ar", "استشهد كريم حداد الناصر قرب بلدة طفس.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* ... and the years of a count are no age of a name */
	fx_open(&f, "ar", "قتل 4 مدنيين (بينهم طفل) في قصف على بلدة طفس.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	fx_close(&f);

	/* a definite person after the verb's subject is its object, no adjective of the actor */
	fx_open(&f, "ar", "اعتقلت قوات الاحتلال الطفل كريم من منزله في بلدة عزون.");
	assert_non_null(fx_claim(f.d, RASD_CAS_ARRESTED, 1));
	fx_close(&f);

	fx_open(&f, "ar", "نعت الفصائل الفلسطينية الشهيد كريم حداد الذي ارتقى في الاشتباك قرب عزون.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* a title, a name, then the relative that tells what befell them */
	fx_open(&f, "ar", "نعت حركة حماس المجاهد كريم حداد الذي ارتقى شهيدا قرب بلدة عزون.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* ... but not one whose verb has a count of its own */
	fx_open(&f, "ar", "التقى الوزير كريم حداد الذي قتل 3 مدنيين في بلدة عزون.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* one of an actor's own told by a pronoun; a companion */
	fx_open(&f, "ar", "نعت الحركة أحد عناصرها الذي قضى في غارة على بلدة عزون.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	fx_open(&f, "en", "A drone strike killed the commander and his aide near Tyre.");
	assert_int_equal(fx_nclaims(f.d), 2);
	fx_close(&f);

	/* ... but a nisba after it is the actor's ("قوات الاحتلال الإسرائيلي") */
	fx_open(&f, "ar", "قصفت قوات الاحتلال الإسرائيلي منزلا في بلدة عزون.");
	assert_int_equal(fx_nclaims(f.d), 0);
	fx_close(&f);
}

/* A count's casualty word past the verb's subject, and captives a killing befalls. */
static void test_figures_subject_captives(void **state)
{
	struct fx f;

	(void)state;
	/* the verb's subject and a date between the verb and its count are no distance */
	fx_open(&f, "ar", "اغتالت قوة خاصة من جيش الاحتلال الإسرائيلي، صباح الأربعاء 14 شباط/فبراير 2024، 4 شبان فلسطينيين في مخيم طولكرم.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	fx_close(&f);

	/* a count of captives a killing befalls is of the dead, not of the held */
	fx_open(&f, "ar", "وثق المرصد مقتل 4 معتقلين تحت التعذيب في سجن صيدنايا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_null(fx_claim(f.d, RASD_CAS_ARRESTED, 4));
	fx_close(&f);

	fx_open(&f, "en", "The gunmen killed two hostages in the raid on the village near Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	fx_close(&f);

	/* ... not a killing with a count of its own */
	fx_open(&f, "ar", "اعتقلت القوات 30 معتقلا بعد مقتل 2 في الاشتباكات قرب مدينة درعا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 30));
	fx_close(&f);
}

/* Attackers who blew themselves up are dead, in every tense and number. */
static void test_figures_suicide_forms(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "وقال شاهد إن مهاجمين اثنين فجرا نفسيهما عند مدخل السوق في منبج.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	fx_close(&f);

	fx_open(&f, "en", "Police said three attackers were seen blowing themselves up at the gate of the camp near Hasakah.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	fx_close(&f);
}

/* A day written with no comma before its year ("March 4 2018"), or a year after "a", counts no one. */
static void test_figures_day_year(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Posted March 4 2018 A roadside bomb killed 6 soldiers near Tadmur.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 6));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 2018));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	/* a count of 2,000 in digits stays a count */
	fx_open(&f, "en", "Police detained 1950 people in Homs on Friday.");
	assert_non_null(fx_claim(f.d, RASD_CAS_ARRESTED, 1950));
	fx_close(&f);

	/* four digits after "a" name a year: "a 2015 massacre" counts no one */
	fx_open(&f, "en", "Relatives of those killed in a 2015 massacre in Tadmur gathered on Friday. "
			   "Gunmen killed 40 people there.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 2015));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 40));
	fx_close(&f);
}

/*
 * "The casualty count", as "the casualty toll", is a toll of the dead
 * (casualty.tsv); a word of the wounded right after its number still
 * says what it counts.
 */
static void test_figures_casualty_count(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "The minister said the casualty count from the market bombing in Azaz had risen to 16.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 16));
	fx_close(&f);
	fx_open(&f, "en", "Doctors in Azaz said the casualty count of the market bombing was 30 injured.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 30));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 30));
	fx_close(&f);
}

/*
 * Idioms of the casualty lexicon: "فارق الحياة" (departed life) is a verb
 * of the dead, its verb alone no word of harm ("بفارق", by a margin of);
 * "hospitalized" a verb of the wounded.
 */
static void test_figures_departed_hospitalised(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "فارقت الحياة طفلة جراء القصف على بلدة كفرنبل.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);
	fx_open(&f, "ar", "وفارق الحياة 4 أشخاص في القصف على بلدة كفرنبل.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	fx_close(&f);
	fx_open(&f, "ar", "فاز فريق كفرنبل بفارق 3 أهداف بعد القصف.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	fx_close(&f);
	fx_open(&f, "en", "Five people were hospitalized after the shooting at a checkpoint near Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 5));
	fx_close(&f);
	fx_open(&f, "en", "Shelling on Azaz killed six people and over 10 were hospitalized.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 6));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 10));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 10));
	fx_close(&f);
}

/*
 * "of whom" names a part of the count before it, as "of them" does:
 * "9 villagers, of whom three were women", "three of whom were women";
 * the total stays whole.
 */
static void test_figures_of_whom(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Gunmen killed 9 villagers near Azaz, of whom three were women.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 9));
	assert_false(fx_claim(f.d, RASD_CAS_KILLED, 9)->subset);
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 3)->subset);
	fx_close(&f);
	fx_open(&f, "en", "Gunmen killed 9 villagers near Azaz, three of whom were women.");
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 3)->subset);
	assert_false(fx_claim(f.d, RASD_CAS_KILLED, 9)->subset);
	fx_close(&f);
}

/*
 * A possessive opens the next member of a list ("a man and his two sons",
 * "two women and their five children"): the person before "and" shares
 * the casualty word of the list; one with a verb of its own keeps it.
 */
static void test_figures_list_possessive(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "A man and his two sons were shot dead near the village of Beita.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	fx_close(&f);
	fx_open(&f, "en", "An air strike on Azaz killed two women and their five children.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 5));
	fx_close(&f);
	fx_open(&f, "en", "A man was wounded in Azaz and his two sons were killed.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	fx_close(&f);
}

/*
 * English headlines tell in the present with a plural subject too ("Rebels
 * kill 4, wound 11", "Militants kidnap 9", "Troops detain 12"); "arrest"
 * is left out, also a noun and an infinitive ("an arrest warrant for 3").
 */
static void test_figures_headline_present(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Rebels kill 4, wound 11 in attack on Daraa checkpoint");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 11));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 11));
	fx_close(&f);
	fx_open(&f, "en", "Gunmen kill three soldiers, abduct two in Daraa");
	assert_non_null(fx_claim(f.d, RASD_CAS_KIDNAPPED, 2));
	fx_close(&f);
	fx_open(&f, "en", "Troops detain 12 after clashes in Daraa");
	assert_non_null(fx_claim(f.d, RASD_CAS_ARRESTED, 12));
	fx_close(&f);
	fx_open(&f, "en", "A court in Daraa issued an arrest warrant for 3 officers.");
	assert_null(fx_claim(f.d, RASD_CAS_ARRESTED, 3));
	fx_close(&f);
}

/* A toll word reaches its number across a long phrase of the event it counts. */
static void test_figures_toll_long(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "The death toll from the air strikes on the village of Kafr Nabl in the "
			   "southern countryside of Idlib on Thursday has risen to 23, rescuers said.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 23));
	fx_close(&f);
	/* ages joined by "and" count no period of the toll */
	fx_open(&f, "ar", "قتل طفلان بعمر 6 و11 سنة في قصف على بلدة معرة حرمة.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	fx_close(&f);
	fx_open(&f, "en", "Shelling killed 4 children aged 5 and 8 years in Maarat Hurma.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	fx_close(&f);
	/* an age counts no one, and leaves the counts beside it in their list */
	fx_open(&f, "en", "Barrel bombs killed 9 people including 4 children aged two to 12 in Anadan.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 9));
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 4)->subset);
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	fx_close(&f);
	fx_open(&f, "en", "The girls aged from three to 7 and their mother were killed in Anadan.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	fx_close(&f);
	fx_open(&f, "en", "Barrel bombs killed 9 people including children between the ages of 2 and 12 in Anadan.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 9));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 12));
	fx_close(&f);
	/* punctuation and dates are no distance: a bracketed day, a long place */
	fx_open(&f, "en", "The number of soldiers and allied militiamen killed in the fighting (Tuesday) "
			   "against the rebels in the hills around the town of Kinsabba in the north of "
			   "Latakia province has risen to 41, the monitor said.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 41));
	fx_close(&f);
}

/* "one of their centers" picks a thing; "one of its members" a person. */
static void test_figures_one_of_own_things(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Medics said a drone strike on one of their clinics in Sarmin killed "
			   "three nurses on Sunday.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	fx_open(&f, "en", "Shells struck the two neighbourhoods of Sarmin on Sunday, and four of the "
			   "wounded are in a critical condition, a doctor said.");
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 2));
	fx_close(&f);

	fx_open(&f, "en", "The group said one of its members was killed in Sarmin on Sunday.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);
}

/* "الشهيد" as the honorific of a name after a title or a place named for him counts no death. */
static void test_figures_honorific_martyr(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "زار الوزير ساحة الطبيب الشهيد خالد يوسف في مدينة حمص يوم الأحد.");
	assert_int_equal(fx_nclaims(f.d), 0);
	fx_close(&f);

	fx_open(&f, "ar", "سقطت قذيفة قرب دوار الشهيد سامر في مدينة حمص يوم الأحد دون إصابات.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* after a place or a crowd, the one buried */
	fx_open(&f, "ar", "شيع أهالي مدينة جاسم الشهيد سامر الذي قتل بقصف يوم الأحد.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);
}

/* "وأحد" after a person is "and one of", a second person, not "واحد" counting the noun before it. */
static void test_figures_and_one_of(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "أصيب جندي وأحد المدنيين بانفجار عبوة في مدينة الباب يوم السبت.");
	assert_int_equal(fx_nclaims(f.d), 2);
	fx_close(&f);

	/* the number after its noun: one soldier */
	fx_open(&f, "ar", "قتل جندي واحد بانفجار عبوة في مدينة الباب يوم السبت.");
	assert_int_equal(fx_nclaims(f.d), 1);
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);
}

/* A count of the wounded a verb of dying then befalls is of the dead. */
static void test_figures_wounded_died(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Three guards first listed as injured later died at the clinic in Hasakah.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 3));
	fx_close(&f);

	fx_open(&f, "en", "Four farmers who had been wounded in the shelling died on Friday near Maarat.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	fx_close(&f);

	fx_open(&f, "ar", "وتوفي أربعة من الجرحى في مشفى مدينة الباب صباح الجمعة.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 4));
	fx_close(&f);

	fx_open(&f, "ar", "توفي خمسة مصابين في مشفى إدلب بعد القصف على سرمدا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 5));
	fx_close(&f);

	/* the wounded word and the verb of dying are no pair of killed and wounded */
	fx_open(&f, "en", "Officials in Mosul said three of the wounded died overnight at the hospital.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED_OR_WOUNDED, 3));
	fx_close(&f);

	fx_open(&f, "ar", "أسفر القصف على بلدة كفرنبل عن مقتل وإصابة 14 شخصا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED_OR_WOUNDED, 14));
	fx_close(&f);

	/* one person too: "a woman wounded in the raid died" */
	fx_open(&f, "en", "A farmer wounded in the shelling died on Monday in Kafr Nabl.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	fx_close(&f);

	/* ... not a verb of another clause or another's death */
	fx_open(&f, "ar", "وقال الأهالي إن 6 مدنيين قتلوا وأصيب أكثر من 40 بجروح في القصف على أريحا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 40));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 40));
	fx_close(&f);

	fx_open(&f, "en", "Nine people were wounded in the raid that killed the commander near Jisr al-Shughur.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 9));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 9));
	fx_close(&f);

	fx_open(&f, "en", "A shepherd was killed and seven were wounded near Daraa, and one of them later died.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 7));
	fx_close(&f);
}

/*
 * A count between a verb of dying and its own wounded word, in English, is
 * of the wounded: a headline pair that lost its comma ("two killed 13
 * injured"); only Arabic's verb-first order makes the wounded die.
 */
static void test_figures_headline_pair(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Two farmers killed 11 injured in rocket fire on the outskirts of Jableh.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 11));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 11));
	fx_close(&f);

	fx_open(&f, "en", "Six civilians were killed with at least 35 injured in raids on Saraqib, medics said.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 35));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 35));
	fx_close(&f);

	fx_open(&f, "ar", "مقتل ثلاثة مدنيين و11 جريحا في قصف صاروخي على أطراف جبلة.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 11));
	fx_close(&f);

	/* the verb first in Arabic: the wounded died */
	fx_open(&f, "ar", "وتوفي ستة جرحى في مشفى جبلة متأثرين بإصاباتهم.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 6));
	fx_close(&f);
}

/*
 * Two verbs of harm side by side across a comma in an English headline
 * count the two together; an Arabic comma before a verb of harm opens a
 * clause with its own count.  "injures", "wounds" and "the elimination of"
 * are verbs of harm.
 */
static void test_figures_paired_verbs(void **state)
{
	/* a claim the sentence gives, and one it must not (kind -1: none) */
	static const struct {
		const char *lang, *text;
		int kind;
		int64_t value;
		int not_kind;
		int64_t not_value;
	} cases[] = {
		{ "en", "Rocket fire kills, injures over 30 people in the market of Beta.",
		  RASD_CAS_KILLED_OR_WOUNDED, 30, RASD_CAS_WOUNDED, 30 },
		{ "en", "A roadside bomb injures 9 soldiers on the road to Beta.", RASD_CAS_WOUNDED, 9, -1, 0 },
		/* "wounds" after a count is a verb, the count no count of wounded */
		{ "en", "Mortar Fire on Beta Kills Four Wounds Nineteen", RASD_CAS_KILLED, 4, RASD_CAS_WOUNDED, 4 },
		{ "en", "Mortar Fire on Beta Kills Four Wounds Nineteen", RASD_CAS_WOUNDED, 19, -1, 0 },
		{ "en", "The ministry announced the elimination of 17 gunmen in a raid near Beta.",
		  RASD_CAS_KILLED, 17, -1, 0 },
		{ "ar", "لقي حارس مصرعه، وأصيب أربعة عمال بجروح في انفجار بمصنع قرب البلدة.",
		  RASD_CAS_WOUNDED, 4, RASD_CAS_KILLED_OR_WOUNDED, 4 },
	};
	struct fx f;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		fx_open(&f, cases[i].lang, cases[i].text);
		assert_non_null(fx_claim(f.d, cases[i].kind, cases[i].value));
		if (cases[i].not_kind >= 0)
			assert_null(fx_claim(f.d, cases[i].not_kind, cases[i].not_value));
		fx_close(&f);
	}
}

/* A toll "as it stood before" ("the previous toll", "الحصيلة السابقة") is an earlier one. */
static void test_figures_previous_toll(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "The previous toll was 14 dead and 40 wounded in the market of Azaz.");
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 14)->revision, RASD_REV_EARLIER);
	assert_int_equal(fx_claim(f.d, RASD_CAS_WOUNDED, 40)->revision, RASD_REV_EARLIER);
	fx_close(&f);

	fx_open(&f, "ar", "وكانت الحصيلة السابقة 14 قتيلا في سوق مدينة اعزاز.");
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 14)->revision, RASD_REV_EARLIER);
	fx_close(&f);
}

/*
 * The toll of a period just gone, all through it ("during the past week",
 * "خلال الأيام الماضية"), is no event's; "last week" dates an event.
 */
static void test_figures_past_period(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Monitors said 240 people were killed in raids on the province over the past month.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 240));
	fx_close(&f);

	fx_open(&f, "en", "A rocket fired last week killed 9 people in the town of Atarib.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 9));
	fx_close(&f);

	fx_open(&f, "ar", "وقتل 240 شخصا في الغارات على المحافظة خلال الأسابيع الماضية.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 240));
	fx_close(&f);

	fx_open(&f, "ar", "وقتل 9 أشخاص بغارة على بلدة الأتارب في الأسبوع الماضي.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 9));
	fx_close(&f);

	/* one day named by its rank is no span of time */
	fx_open(&f, "en", "Mortar fire killed 11 people in Beta on Monday, in the third day of the siege.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 11));
	fx_close(&f);

	fx_open(&f, "en", "Mortar fire killed 11 people in Beta in the last three days.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 11));
	fx_close(&f);

	fx_open(&f, "ar", "وقتل 11 شخصا بقذائف الهاون على البلدة في اليوم الرابع من الحصار.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 11));
	fx_close(&f);
}

/*
 * A toll of a whole war or intervention, its span "since" it or "in" it
 * ("since the start of its intervention", "in the Yemeni war"), is no
 * event's; a strike named in the clause keeps its figure, and "the worst
 * since it joined the war" tells of one event.
 */
static void test_figures_war_span(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Shelling killed 4 farmers in Kafr Nabl. Turkey has lost 31 soldiers since the start of its "
			   "military intervention.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 31));
	fx_close(&f);

	fx_open(&f, "en", "Shelling killed 4 farmers in Kafr Nabl. Iran has lost at least 40 officers in the Yemeni war.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 40));
	fx_close(&f);

	fx_open(&f, "ar", "قتل 4 مزارعين بقصف على كفرنبل. وخسرت تركيا 31 جنديا منذ بدء التدخل العسكري.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 31));
	fx_close(&f);

	fx_open(&f, "en", "An air strike killed 6 civilians in the Yemeni war on Tuesday.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 6));
	fx_close(&f);

	fx_open(&f, "en", "A helicopter crash killed all 7 on board in the worst loss for Ankara since it joined "
			   "the war.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 7));
	fx_close(&f);
}

/*
 * A period reaches only its own clause: "and" (the clitic و) opening a
 * clause of harm after a clause that counts nobody starts the count's own
 * ("besieged the town for two months and shelling killed 7"); the pair
 * "killed 20 and wounded 30" shares its period.
 */
static void test_figures_period_own_clause(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "تطوق الفصائل القرية منذ ثلاثة أشهر وقتل 6 مدنيين بقذائف هاون على القرية يوم الأحد.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 6));
	fx_close(&f);

	fx_open(&f, "en", "Rebels have encircled the village over the past three months and mortar fire killed 6 "
			   "civilians there on Sunday.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 6));
	fx_close(&f);

	fx_open(&f, "en", "During the past month shelling killed 50 and wounded 80 in the district.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 50));
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 80));
	fx_close(&f);

	fx_open(&f, "ar", "قتل 50 شخصا وأصيب 80 آخرون خلال الشهر الماضي في المنطقة.");
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 80));
	fx_close(&f);
}

/*
 * A side's loss whose people are left out after a loss told with them
 * ("the rebels lost 30 fighters and the army lost at least 12") is a
 * killed toll; a loss of things is none.
 */
static void test_figures_loss_elided(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Fighting went on in Tadef on Friday. The rebels lost 30 fighters in the assault and the "
			   "army lost at least 12, a monitor said.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 30));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 12));
	fx_close(&f);

	fx_open(&f, "ar", "تواصلت المعارك في تادف يوم الجمعة. وخسرت الفصائل 30 مقاتلا في الهجوم فيما خسر الجيش 12 في "
			   "المعارك.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 12));
	fx_close(&f);

	fx_open(&f, "en", "Fighting went on in Tadef on Friday. The army lost 12 tanks and the rebels lost 4.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	fx_close(&f);
}

/*
 * "and another N", "and N more", "along with N" with no word of their own
 * say the count before them again
 */
static void test_figures_another_gapped(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "The monitor said 14 gunmen were killed near the village of Khasham in the eastern "
			   "countryside and another four outside Mayadin.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 14));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	fx_close(&f);

	fx_open(&f, "en", "Shelling wounded 14 people near the village of Khasham in the eastern countryside "
			   "and four more outside Mayadin.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 4));
	fx_close(&f);

	/* a count alongside the one before is of the same harm */
	fx_open(&f, "en", "At least 6 policemen were killed in the ambush near Khasham on Friday along with three "
			   "attackers.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	fx_close(&f);

	fx_open(&f, "ar", "قتل 6 عناصر من الشرطة في الكمين قرب خشام يوم الجمعة إلى جانب ثلاثة مهاجمين.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	fx_close(&f);
}

/*
 * A list that is all the subject of a verb after it ("19 pupils and a
 * young teacher were injured") is in that verb's clause, not the one
 * before ("six pupils were killed and ...").
 */
static void test_figures_list_subject(void **state)
{
	struct fx f;

	(void)state;
	/* "from one family": a family counted, no person */
	fx_open(&f, "en", "Four women from one household were killed and two others were hurt in the shelling of Khasham.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	fx_open(&f, "en", "A nurse said four farmers were killed and 11 farmers and a young shepherd were injured in the "
			   "shelling of Khasham on Monday.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 11));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 11));
	fx_close(&f);

	fx_open(&f, "en", "A nurse said four farmers were killed and another 11 farmers and a shepherd were wounded in "
			   "the shelling of Khasham on Monday.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 11));
	fx_close(&f);
}

/*
 * An idiom of death split by its subject ("لقي ثلاثة أشخاص حتفهم") holds
 * the count before its second half; the verb of harm after it, joined on
 * by "و", opens a clause of its own whose count is that verb's alone.
 */
static void test_figures_split_idiom(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "لقي أربعة مزارعين حتفهم وأصيب ستة آخرون في قصف على قرية شرق حماة.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 6));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED_OR_WOUNDED, 6));
	fx_close(&f);

	/* the dual's pronoun, and a group named with "one" ("من عائلة واحدة") */
	fx_open(&f, "ar", "لقي راعيان مصرعهما وجرح ثلاثة في انفجار لغم قرب بلدة في ريف حماة.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 3));
	fx_close(&f);

	fx_open(&f, "ar", "لقي ستة نازحين من عائلة واحدة حتفهم وجرح اثنان في قصف مخيم قرب الحدود.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 6));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* "أودى ... بحياة" split by its subject */
	fx_open(&f, "ar", "أودى انفجار سيارة مفخخة في سوق البلدة بحياة تسعة باعة.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 9));
	fx_close(&f);

	/* the complement of the verb of the clause before is its count's */
	fx_open(&f, "ar", "أصيب سبعة رعاة بجروح طفيفة وقتل ثلاثة في قصف على قرية شرق حماة.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED_OR_WOUNDED, 3));
	fx_close(&f);

	/* two verbs of harm side by side still count one number together */
	fx_open(&f, "ar", "قتل وجرح 15 شخصا في قصف على قرية شرق حماة.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED_OR_WOUNDED, 15));
	fx_close(&f);
}

/*
 * A verdict of death passed is no killing ("sentenced ... to death", "حكم
 * بالإعدام"); one carried out is ("executed", "نفذ حكم الإعدام").
 */
static void test_figures_verdict(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "A military court sentenced four farmers to death in Homs on Sunday.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	fx_close(&f);

	fx_open(&f, "en", "A judge in Homs handed down death sentences to six traders on Sunday.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 6));
	fx_close(&f);

	fx_open(&f, "ar", "حكمت محكمة عسكرية بالإعدام على أربعة مزارعين في حمص يوم الأحد.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	fx_close(&f);

	fx_open(&f, "en", "Militants executed four farmers in a square in Homs on Sunday.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	fx_close(&f);

	fx_open(&f, "ar", "نفذت السلطات حكم الإعدام بحق أربعة مزارعين في حمص يوم الأحد.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	fx_close(&f);

	fx_open(&f, "en", "The death sentence of four farmers was carried out in Homs on Sunday.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	fx_close(&f);
}

/*
 * A casualty noun of the clause before a coordinator is no word of a
 * count of other things after another verb ("named the dead while ...
 * questioned five doctors"); a part after it still is.
 */
static void test_figures_noun_other_clause(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Nurses counted the wounded and phoned three ambulances from Jableh on Friday.");
	assert_int_equal(fx_nclaims(f.d), 0);
	fx_close(&f);

	fx_open(&f, "en", "The wounded were taken to Jableh and included three nurses.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 3));
	fx_close(&f);

	/* a possessive or "the other" after "and" is no verb of another clause */
	fx_open(&f, "en", "The shell killed a farmer and his three sons near Jableh.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	fx_close(&f);

	fx_open(&f, "en", "The shell killed a driver and the other two passengers near Jableh.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	fx_close(&f);
}

/*
 * The side a count's people belong to, named by "of the" and a word the
 * lexicon knows no actor by, and its allies after "and", are the verb's
 * subject, no distance to it.
 */
static void test_figures_side_and_allies(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Nine fighters of the garrison and its allies were killed in a raid on Tuesday near Salamiyah.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 9));
	fx_close(&f);

	fx_open(&f, "ar", "تسعة عناصر من قوات النظام وحلفائها قتلوا في هجوم قرب سلمية.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 9));
	fx_close(&f);
}

/* ---- places.c -------------------------------------------------------- */

static void test_places_not_the_event(void **state)
{
	struct fx f;

	(void)state;
	/* where fire came from */
	fx_open(&f, "en", "Rockets fired from Idlib killed 3 civilians in Aleppo on Monday.");
	assert_string_equal(fx_place(f.c.si[0].place)->name_en, "Aleppo");
	fx_close(&f);

	/* where the speaker is */
	fx_open(&f, "en", "A correspondent in Homs reported that shelling killed 5 civilians in Jasim.");
	assert_string_equal(fx_place(f.c.si[0].place)->name_en, "Jasim");
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Jasim");
	fx_close(&f);
	/* a place attached to a speaker: its subject's, or the place it told in */
	fx_open(&f, "en", "A spokesman in Damascus said an air strike killed 6 fighters in the town of Jasim on Monday.");
	assert_string_equal(fx_place(f.c.si[0].place)->name_en, "Jasim");
	fx_close(&f);
	fx_open(&f, "en", "The talks will go on next week, a spokesman told reporters in Beirut.");
	assert_int_equal(f.c.si[0].place, -1);
	fx_close(&f);
	fx_open(&f, "ar", "قال مسؤولون في دمشق إن غارة جوية قتلت ستة مقاتلين في بلدة جاسم يوم الاثنين.");
	assert_string_equal(fx_place(f.c.si[0].place)->name_en, "Jasim");
	fx_close(&f);
	/* the only place of a sentence that tells the event is the event's */
	fx_open(&f, "en", "A car bomb killed 5 people on Monday, the governor told reporters in Baghdad.");
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Baghdad");
	fx_close(&f);
	fx_open(&f, "ar", "انفجرت سيارة مفخخة يوم الاثنين ما أدى إلى مقتل خمسة أشخاص، بحسب ما قال للصحفيين في بغداد.");
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Baghdad");
	fx_close(&f);
	fx_open(&f, "ar", "صرح متحدث في دمشق بأن المحادثات ستستمر الأسبوع المقبل.");
	assert_int_equal(f.c.si[0].place, -1);
	fx_close(&f);
	/* a passive verb of saying tells where the event was */
	fx_open(&f, "en", "Clashes were reported in Jasim and Daraa on Monday.");
	assert_string_equal(fx_place(f.c.si[0].place)->name_en, "Jasim");
	fx_close(&f);
	fx_open(&f, "en", "A car bomb in Baghdad killed 5 people on Monday, officials said.");
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Baghdad");
	fx_close(&f);
	/* a source that is a side too: where it fought, no post of a speaker */
	fx_open(&f, "en", "Clashes between the army and the RSF in Nyala, the capital of South "
		 "Darfur, killed 11 people on Saturday.");
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Nyala");
	fx_close(&f);
	fx_open(&f, "ar", "قتل 11 شخصا يوم السبت في اشتباكات بين الجيش وقوات الدعم السريع في "
		 "نيالا عاصمة جنوب دارفور.");
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Nyala");
	fx_close(&f);
	/* an agency named in quotes, then where it is */
	fx_open(&f, "ar", "وقالت وكالة «سانا» في اللاذقية إن قذيفة قتلت مدنيين اثنين في جبلة.");
	assert_string_equal(fx_place(f.c.si[0].place)->id, "lgn:19139");
	fx_close(&f);

	/* where the wounded were taken: no place of the event, no event of its own */
	fx_open(&f, "en", "Shelling killed 4 civilians in Jasim on Monday. The wounded were "
		 "transferred to a hospital in Daraa.");
	assert_int_equal(f.c.si[1].place, -1);
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Jasim");
	fx_close(&f);
	fx_open(&f, "ar", "قتل أربعة مدنيين بقصف على بلدة جاسم يوم الإثنين. ونقل الجرحى إلى مشفى "
		 "الرحمة في مدينة درعا.");
	assert_int_equal(f.c.si[1].place, -1);
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
	/* "taken", "rushed", "brought" to a hospital are transfers too */
	fx_open(&f, "en", "The wounded were taken to a hospital in Daraa after shelling on the "
		 "village of Jasim killed 4 civilians on Monday.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Jasim");
	fx_close(&f);
	fx_open(&f, "en", "Shelling killed 3 civilians in Jasim; two children were rushed to "
		 "a clinic in Daraa.");
	assert_string_equal(fx_place(f.c.si[0].place)->name_en, "Jasim");
	fx_close(&f);
	/* a place after "taken" with no "to" or "in" between is none of them */
	fx_open(&f, "en", "Shelling killed 3 civilians in Jasim, taken by the army on Monday.");
	assert_string_equal(fx_place(f.c.si[0].place)->name_en, "Jasim");
	fx_close(&f);
	/* a list of the places the wounded were taken to is no wave of events */
	fx_open(&f, "ar", "سقط صاروخ على (مخيم جاسم القديم) للنازحين، ما أدى إلى مقتل خمسة "
		 "مدنيين، تم نقل بعضهم إلى مشفى الرحمة في جاسم، ومشفى نوى، وطفس.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
	fx_open(&f, "en", "A rocket hit the old camp of Jasim, killing 5 civilians; some of the "
		 "wounded were transferred to the Rahma hospital in Jasim, Nawa hospital and Tafas.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
	/* every member of a list of where the wounded were taken */
	fx_open(&f, "en", "Gunmen clashed on Monday, killing 2 people; the wounded were "
		 "transferred to hospitals in Beirut and Dahiyeh.");
	assert_int_equal(f.c.si[0].place, -1);
	fx_close(&f);
	fx_open(&f, "ar", "اندلعت اشتباكات يوم الإثنين أدت إلى مقتل شخصين، ونقل الجرحى إلى "
		 "مستشفيات بيروت والضاحية الجنوبية.");
	assert_int_equal(f.c.si[0].place, -1);
	fx_close(&f);
	/* a list of where the event was stays */
	fx_open(&f, "en", "Shelling hit Jasim and Tafas on Monday, killing 4 civilians.");
	assert_int_equal(f.d->nevents, 2);
	fx_close(&f);
	/* where the forces that fired are stationed */
	fx_open(&f, "ar", "قصفت قوات النظام المتمركزة في مدينة درعا بلدة جاسم يوم الإثنين، ما أدى "
		 "إلى مقتل مدنيين اثنين.");
	assert_string_equal(fx_place(f.c.si[0].place)->name_en, "Jasim");
	fx_close(&f);
	fx_open(&f, "en", "Troops stationed in Daraa shelled Jasim on Monday, killing 2 civilians.");
	assert_string_equal(fx_place(f.c.si[0].place)->name_en, "Jasim");
	fx_close(&f);
	/* a hospital struck is the event's place */
	fx_open(&f, "en", "An air strike hit a hospital in Jasim on Monday, killing 3 people.");
	assert_string_equal(fx_place(f.c.si[0].place)->name_en, "Jasim");
	fx_close(&f);
}

/* A governorate named as a region of itself is the governorate, not its capital. */
static void test_places_region(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Shelling killed 2 civilians in eastern Homs countryside on Monday.");
	assert_int_equal(fx_place(f.c.si[0].place)->kind, RASD_PLACE_GOVERNORATE);
	assert_int_equal(f.d->events[0].geo_precision, 3);
	fx_close(&f);

	/* the bare name is no region of it */
	fx_open(&f, "en", "Shelling killed 2 civilians in Homs on Monday.");
	assert_int_not_equal(fx_place(f.c.si[0].place)->kind, RASD_PLACE_GOVERNORATE);
	fx_close(&f);
	fx_open(&f, "en", "Shelling killed 2 civilians in rural Idlib on Monday.");
	assert_string_equal(fx_place(f.c.si[0].place)->id, "SY07");
	fx_close(&f);
	/* the desert of a town that names a district: the district */
	fx_open(&f, "ar", "قتل أربعة عناصر من قوات النظام في هجوم على حافلة في بادية تدمر.");
	assert_int_equal(fx_place(f.c.si[0].place)->kind, RASD_PLACE_DISTRICT);
	fx_close(&f);
	/* a point of the compass from a town named as one is outside it */
	fx_open(&f, "ar", "هاجم التنظيم نقطة عسكرية شمال مدينة السخنة، ما أدى إلى مقتل ثلاثة جنود.");
	assert_int_equal(fx_place(f.c.si[0].place)->kind, RASD_PLACE_SUBDISTRICT);
	fx_close(&f);
}

/*
 * "the province of X" names the whole governorate, as "X province" does;
 * a town's name alone so named is its governorate (a province is named
 * after its seat), and a town of it told of next is the same event.
 */
static void test_places_province_of(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Shelling killed 2 civilians in the northern province of Hama on Monday.");
	assert_int_equal(fx_place(f.c.si[0].place)->kind, RASD_PLACE_GOVERNORATE);
	fx_close(&f);
	fx_open(&f, "en", "A drone struck a car in Dohuk province, killing 4 people.");
	assert_int_equal(fx_place(f.c.si[0].place)->kind, RASD_PLACE_GOVERNORATE);
	fx_close(&f);
	fx_open(&f, "en", "Artillery fire on a hillside village in the province of Dohuk killed 4 shepherds. "
		 "The shells fell near Zakho, local officials said.");
	assert_int_equal(fx_place(f.c.si[0].place)->kind, RASD_PLACE_GOVERNORATE);
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);

	/* "of" after another word, and the city named as one, are no province */
	fx_open(&f, "en", "Shelling killed 2 civilians in the city of Hama on Monday.");
	assert_int_not_equal(fx_place(f.c.si[0].place)->kind, RASD_PLACE_GOVERNORATE);
	fx_close(&f);
	fx_open(&f, "en", "Gunmen killed 2 traders on the outskirts of Hama on Monday.");
	assert_int_not_equal(fx_place(f.c.si[0].place)->kind, RASD_PLACE_GOVERNORATE);
	fx_close(&f);
}

/*
 * A place the gazetteer does not know, named with a word of its kind
 * before a known name ("بلدة ... في درعا", "the village of ... in
 * Daraa"), is somewhere in the area that name stands for: the governorate,
 * not the city of that name; the city itself when named as one.
 */
static void test_places_unknown_inside(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "قصفت قوات النظام بلدة الزهيرات في درعا، ما أدى إلى مقتل ثلاثة مدنيين.");
	assert_string_equal(fx_place(f.c.si[0].place)->id, "SY12");
	fx_close(&f);
	fx_open(&f, "en", "Shelling hit the village of Qasr Nuwaylat in Daraa, killing 3 civilians.");
	assert_string_equal(fx_place(f.c.si[0].place)->id, "SY12");
	fx_close(&f);
	fx_open(&f, "ar", "قصفت قوات النظام مدينة درعا، ما أدى إلى مقتل ثلاثة مدنيين.");
	assert_int_equal(fx_place(f.c.si[0].place)->kind, RASD_PLACE_CITY);
	fx_close(&f);
	/* a known town before it is the place */
	fx_open(&f, "en", "Shelling hit the town of Jasim in Daraa, killing 3 civilians.");
	assert_string_equal(fx_place(f.c.si[0].place)->name_en, "Jasim");
	fx_close(&f);
}

static void test_places_inside(void **state)
{
	int32_t jasim = rasdp_lex_lookup(lx, RASD_LEX_PLACE, "Jasim", 5);
	int32_t daraa = rasdp_lex_find(lx, RASD_LEX_PLACE, "SY12");
	int32_t azaz = rasdp_lex_lookup(lx, RASD_LEX_PLACE, "Azaz", 4);

	(void)state;
	assert_true(jasim >= 0 && daraa >= 0 && azaz >= 0);
	assert_int_equal(rasdp_lex_governorate(lx, jasim), daraa);
	assert_true(rasdp_same_or_inside(lx, jasim, daraa));
	assert_true(rasdp_same_or_inside(lx, jasim, -1));
	assert_false(rasdp_same_or_inside(lx, jasim, azaz));
	assert_true(rasdp_place_rank(fx_place(jasim)) > rasdp_place_rank(fx_place(daraa)));
}

/* The place a sentence's event is at: its id, or "" for none. */
static const char *sent_place(const struct fx *f, uint32_t s)
{
	return f->c.si[s].place >= 0 ? fx_place(f->c.si[s].place)->id : "";
}

/*
 * A village (places-communities.tsv, match "context") is a place with its
 * governorate or district named near it, or after "قرية"/"village of";
 * not on its own.
 */
static void test_places_village_context(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "قتل مدنيان في قصف مدفعي على عسان صباح اليوم.");
	assert_string_equal(sent_place(&f, 0), "");
	fx_close(&f);
	fx_open(&f, "ar", "قتل مدنيان في قصف مدفعي على عسان بريف حلب الجنوبي صباح اليوم.");
	assert_string_equal(sent_place(&f, 0), "C1004");
	fx_close(&f);
	fx_open(&f, "ar", "قتل مدنيان في قصف مدفعي على قرية عسان صباح اليوم.");
	assert_string_equal(sent_place(&f, 0), "C1004");
	fx_close(&f);
	/* its governorate named three sentences away does not count */
	fx_open(&f, "ar", "زار الوفد حلب أمس. ثم عاد الوفد. وكان الطقس باردا. "
		 "قتل مدنيان في قصف مدفعي على عسان.");
	assert_string_equal(sent_place(&f, 3), "");
	fx_close(&f);
	/* a plural word of their kind heads the list: each member is named with it */
	fx_open(&f, "ar", "قصفت الطائرات قرى عسان وبسنقول صباح اليوم.");
	assert_non_null(f.d->nevents >= 2 ? fx_place(f.d->events[1].place) : NULL);
	assert_string_equal(fx_place(f.d->events[1].place)->id, "C4322");
	fx_close(&f);
	fx_open(&f, "en", "Drones struck the villages of Esan, and Bsanqul this morning.");
	assert_true(f.d->nevents >= 2);
	assert_string_equal(fx_place(f.d->events[1].place)->id, "C4322");
	fx_close(&f);
	/* so is a name that is also an ordinary word ("حاس") */
	fx_open(&f, "ar", "سقطت قذائف على بلدتي معرشورين وحاس مساء أمس.");
	assert_true(f.d->nevents >= 2);
	assert_string_equal(fx_place(f.d->events[1].place)->id, "C4058");
	fx_close(&f);
	/* with no word of its kind, a village alone is still none */
	fx_open(&f, "en", "Drones struck Esan and Bsanqul this morning.");
	assert_true(f.d->nevents <= 1);
	fx_close(&f);
}

/*
 * The country of the report gates its names: a Syrian namesake is no place
 * in a report on Yemen, and a name inside a longer unknown name is none.
 */
static void test_places_country(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "In Taizz, Yemen, shelling hit a market in Ath Thawrah district, "
		 "killing 4 civilians.");
	assert_true(f.c.si[0].place < 0 || strcmp(fx_place(f.c.si[0].place)->country, "SY"));
	assert_string_equal(f.c.country, "YE");
	fx_close(&f);
	fx_open(&f, "en", "A drone struck a house in Bab Ghaliq on Monday, killing 2 children.");
	assert_true(f.c.si[0].place < 0 || strcmp(fx_place(f.c.si[0].place)->name_en, "Al Bab"));
	fx_close(&f);
	/* a person's name is no place, there or when repeated */
	fx_open(&f, "en", "The envoy Reza Karimi arrived on Monday. Karimi said 3 guards were "
		 "killed.");
	assert_string_equal(sent_place(&f, 1), "");
	fx_close(&f);
	/* a foreign city's name inside a person's name says no country */
	fx_open(&f, "en", "Residents buried Ayham Hayel Hamdan on Tuesday. He was killed by "
		 "shelling on the village of Kuyah in Daraa, Syria.");
	assert_string_equal(f.c.country, "SY");
	assert_string_equal(fx_place(f.c.si[1].place)->country, "SY");
	fx_close(&f);
	/* two place names side by side, neither holding the other, are a person */
	fx_open(&f, "en", "A portrait of Qasem Soleimani hung in the house that was hit, "
		 "killing 3.");
	assert_string_equal(sent_place(&f, 0), "");
	assert_string_equal(f.c.country, "");
	fx_close(&f);
	/* family names written with the article name no towns ("al-X al-Y") */
	fx_open(&f, "en", "A drone killed the commander Abu Khalid al-Qurayshi al-Hashimi in Idlib.");
	assert_string_equal(sent_place(&f, 0), "lgn:19142");
	fx_close(&f);
	fx_open(&f, "en", "A drone killed the commander Mahmoud al-Hashimi in Idlib.");
	assert_string_equal(sent_place(&f, 0), "lgn:19142");
	fx_close(&f);
	/* a name written with the article is no place without it */
	fx_open(&f, "ar", "قتل ثلاثة مدنيين بقصف على المنزل وأصيب طفلان بجروح حرجة.");
	assert_string_equal(sent_place(&f, 0), "");
	fx_close(&f);
	fx_open(&f, "ar", "قتل ثلاثة مدنيين بقصف على مدينة الباب بريف حلب.");
	assert_string_equal(fx_place(f.c.si[0].place)->name_en, "Al Bab");
	fx_close(&f);
	/* a two-letter name is no word with a proclitic: "باب" is a door */
	fx_open(&f, "ar", "قتل ثلاثة مدنيين بقصف سقط قرب باب المدرسة.");
	assert_string_equal(sent_place(&f, 0), "");
	fx_close(&f);
	/* two countries named once each: neither drops the other's places */
	fx_open(&f, "en", "Shelling on Aleppo killed 3 civilians a week after the talks in Beirut.");
	assert_string_equal(sent_place(&f, 0), "lgn:19147");
	fx_close(&f);
	/* the Syrian town where nothing says otherwise */
	fx_open(&f, "en", "Shelling killed 2 civilians in Jassem, in the Daraa countryside.");
	assert_string_equal(sent_place(&f, 0), "lgn:19125");
	fx_close(&f);
	/*
	 * a foreign city's name inside a longer place name ("الزاوية", a Libyan
	 * city, of "جبل الزاوية") names no country: the towns stay Syrian
	 */
	fx_open(&f, "ar", "سقطت قذائف على بلدة كنصفرة في جبل الزاوية مساء أمس.");
	assert_string_equal(sent_place(&f, 0), "C4309");
	fx_close(&f);
}

/*
 * A governorate read as a part of a person's name is one only where it
 * stands: the report's other mentions of it stay places.  A known country
 * with an "s" stuck on it ("Syrias", apostrophe dropped) is no unknown
 * word making a name longer.
 */
static void test_places_name_where_it_stands(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Shelling hit Syria's Idlib province on Monday, killing 3 people.");
	assert_string_equal(sent_place(&f, 0), "SY07");
	fx_close(&f);
	fx_open(&f, "en", "Shelling hit Syrias Idlib province on Monday, killing 3 people.");
	assert_string_equal(sent_place(&f, 0), "SY07");
	fx_close(&f);
	/* an unknown capitalised word with an "s" is still a part of a name */
	fx_open(&f, "en", "A portrait of Hamdans Idlib hung in the house, killing 3.");
	assert_string_equal(sent_place(&f, 0), "");
	fx_close(&f);
	/* names side by side in a tag line take no other mention away */
	fx_open(&f, "en", "Tags Aleppo Idlib. Shelling hit a market in Idlib on Monday, "
		 "killing 3 people.");
	assert_string_equal(fx_place(rasdp_lex_governorate(lx, f.c.si[1].place))->id, "SY07");
	fx_close(&f);
	/* a governorate in a person's name is a name there, a place elsewhere */
	fx_open(&f, "en", "A portrait of Zuhair Idlib hung in the house. Shelling hit a "
		 "market in Idlib on Monday, killing 3 people.");
	assert_string_equal(sent_place(&f, 0), "");
	assert_string_equal(fx_place(rasdp_lex_governorate(lx, f.c.si[1].place))->id, "SY07");
	fx_close(&f);
	/* a Title Case headline repeated in the body */
	fx_open(&f, "en", "Rebels Dead in Fighting for Key Aleppo Road\n"
		 "Fighting for a key Aleppo road killed 29 rebels on Monday.");
	assert_string_equal(fx_place(rasdp_lex_governorate(lx, f.d->events[0].place))->id, "SY02");
	fx_close(&f);
	/* a name of a town below a governorate is still a name when repeated */
	fx_open(&f, "en", "The envoy Reza Karimi arrived on Monday. Karimi said 3 guards were "
		 "killed.");
	assert_string_equal(sent_place(&f, 1), "");
	fx_close(&f);
}

/*
 * A town and its same-name subdistrict are one place at two levels; the
 * town is the more precise.  Namesakes apart that context cannot tell
 * apart give what they share, never one of them.
 */
static void test_places_one_identity(void **state)
{
	int32_t town = rasdp_lex_find(lx, RASD_LEX_PLACE, "lgn:19142");
	int32_t sub = rasdp_lex_find(lx, RASD_LEX_PLACE, "SY070000");
	int32_t jasim = rasdp_lex_find(lx, RASD_LEX_PLACE, "lgn:19125");
	struct fx f;

	(void)state;
	assert_true(town >= 0 && sub >= 0 && jasim >= 0);
	assert_true(rasdp_same_name(fx_place(town), fx_place(sub)));   /* Idlib, Idleb */
	assert_true(rasdp_same_or_inside(lx, town, sub));
	assert_false(rasdp_same_or_inside(lx, jasim, sub));
	fx_open(&f, "en", "Warplanes struck the village of Jdideh, killing 3 civilians.");
	assert_true(f.c.si[0].place < 0 ||
		    fx_place(f.c.si[0].place)->kind < RASD_PLACE_CITY);
	fx_close(&f);
}

/* The candidate of event `ev` at place `id` whose feature `f` (by name) is set, or NULL. */
static const struct rasd_place_cand *pcand(const struct rasd_event *ev, const char *id,
					   const char *f)
{
	const struct rasd_decision *dec = rasdp_decisions[RASD_DEC_PLACE];
	size_t i, k;

	for (k = 0; k < dec->nfeats && strcmp(dec->feats[k].name, f); k++)
		;
	assert_true(k < dec->nfeats);
	for (i = 0; i < ev->npcands; i++)
		if (!strcmp(fx_place(ev->pcands[i].place)->id, id) && ev->pcands[i].x[k] > 0)
			return &ev->pcands[i];
	return NULL;
}

/*
 * The place decision: the event's place among the places its sentences
 * name.  Framing's most precise place wins, unless it is a town named
 * bare after the event's sentences gave its name as an area holding the
 * event ("بريف إدلب" ... "تشهده إدلب"): the event is in that area.
 */
static void test_places_decision(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "قصفت الطائرات الروسية معسكرا في منطقة جبل القرنفل بريف إدلب، ما أدى إلى "
		 "مقتل خمسة عناصر. ويأتي القصف ضمن التصعيد الذي تشهده إدلب منذ أسابيع.");
	assert_int_equal(f.d->nevents, 1);
	assert_non_null(pcand(&f.d->events[0], "lgn:19142", "framed"));
	assert_non_null(pcand(&f.d->events[0], "lgn:19142", "bare_repeat"));
	assert_non_null(pcand(&f.d->events[0], "SY07", "repeated_area"));
	assert_string_equal(fx_place(f.d->events[0].place)->id, "SY07");
	assert_int_equal(f.d->events[0].geo_precision, 3);
	fx_close(&f);
	/* a town of another name is more precise than the area: it stays */
	fx_open(&f, "ar", "قصفت الطائرات الروسية مدينة سراقب بريف إدلب، ما أدى إلى مقتل خمسة مدنيين. "
		 "ويأتي القصف ضمن التصعيد الذي تشهده إدلب منذ أسابيع.");
	assert_true(f.d->nevents >= 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Saraqib");
	assert_null(pcand(&f.d->events[0], "lgn:19142", "bare_repeat"));
	fx_close(&f);
	/* the town's name is also read as its governorate, a candidate of its own */
	fx_open(&f, "en", "Shelling killed 2 civilians in Idlib on Monday.");
	assert_non_null(pcand(&f.d->events[0], "SY07", "area_reading"));
	assert_string_equal(fx_place(f.d->events[0].place)->id, "lgn:19142");
	fx_close(&f);
}

/*
 * A town named bare like its governorate ("في دهوك") while the report
 * names another place of the governorate outside the town: the name may
 * be the governorate's, and the decision weighs it so; named with its
 * kind ("مدينة دهوك") or alone, it is the town.
 */
static void test_places_seat_elsewhere(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "قتل ثلاثة أشخاص بقصف مدفعي في دهوك، وامتد القصف إلى أطراف زاخو.");
	assert_true(f.d->nevents >= 1);
	assert_non_null(pcand(&f.d->events[0], "gn:96994", "seat_elsewhere"));
	assert_non_null(pcand(&f.d->events[0], "IQ.08", "seat_area"));
	assert_string_equal(fx_place(f.d->events[0].place)->id, "IQ.08");
	fx_close(&f);
	/* named with its kind: the city itself */
	fx_open(&f, "ar", "قتل ثلاثة أشخاص بقصف مدفعي في مدينة دهوك، وامتد القصف إلى أطراف زاخو.");
	assert_true(f.d->nevents >= 1);
	assert_null(pcand(&f.d->events[0], "gn:96994", "seat_elsewhere"));
	assert_string_equal(fx_place(f.d->events[0].place)->id, "gn:96994");
	fx_close(&f);
	/* no other place of the governorate: the city */
	fx_open(&f, "en", "A roadside bomb killed 2 soldiers in Duhok on Monday.");
	assert_true(f.d->nevents >= 1);
	assert_null(pcand(&f.d->events[0], "gn:96994", "seat_elsewhere"));
	assert_string_equal(fx_place(f.d->events[0].place)->id, "gn:96994");
	fx_close(&f);
}

/*
 * An item of a roundup opens with its area, set off by a comma ("In
 * Idlib, ...", "وفي درعا، ..."): a town of that governorate its clause
 * names is the event's place, the opening name only the area.
 */
static void test_places_opening_area(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "In Daraa, unknown gunmen shot dead a teacher in Tafas on Sunday.");
	assert_true(f.d->nevents >= 1);
	assert_string_equal(fx_place(f.d->events[0].place)->id, "lgn:19114");
	fx_close(&f);
	fx_open(&f, "ar", "وفي إدلب، قتل طفلان بقصف مدفعي على مدينة سراقب.");
	assert_true(f.d->nevents >= 1);
	assert_string_equal(fx_place(f.d->events[0].place)->id, "lgn:19120");
	fx_close(&f);
	/* the seat named in the clause itself is the town */
	fx_open(&f, "en", "Unknown gunmen shot dead a teacher in Daraa on Sunday.");
	assert_true(f.d->nevents >= 1);
	assert_string_equal(fx_place(f.d->events[0].place)->id, "lgn:19154");
	fx_close(&f);
}

/*
 * Where a report was filed from says nothing of the country it is about:
 * the dateline's city, and its country after a comma, even after the
 * line's date and a time in parentheses.
 */
static void test_places_dateline_country(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "BEIRUT, LEBANON - Jets struck a camp in Idlib on Monday, killing 5 fighters.");
	assert_string_equal(f.c.country, "SY");
	fx_close(&f);
	fx_open(&f, "en", "date 2024-03-04 BEIRUT, LEBANON (7:45 P.M.) - Jets struck a camp in Idlib "
		 "on Monday, killing 5 fighters.");
	assert_string_equal(f.c.country, "SY");
	fx_close(&f);
	/* a country named in the text still counts */
	fx_open(&f, "en", "Jets struck a camp in Idlib on Monday, killing 5 fighters, Lebanon said.");
	assert_string_equal(f.c.country, "");
	fx_close(&f);
}

/*
 * A line of capitalised words is a title: a place name in it followed by a
 * capitalised word is no part of a longer name, there or where the report
 * repeats it; in prose it is.
 */
static void test_places_title_line(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Shelling Near Jasim Bakery Kills Three Farmers\n"
		 "Artillery shells struck a bakery in Jasim on Monday, killing three farmers.");
	assert_string_equal(sent_place(&f, 1), "lgn:19125");
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Jasim");
	fx_close(&f);
	fx_open(&f, "en", "The office of Jasim Bakery Workers said three farmers were killed.\n"
		 "Artillery shells struck a bakery in Jasim on Monday, killing three farmers.");
	assert_string_equal(sent_place(&f, 1), "");
	fx_close(&f);
}

/*
 * An event whose own sentences name no place takes the place a sentence
 * next to them in its paragraph names; not one of another paragraph, nor
 * one of another event.
 */
static void test_places_neighbour_sentence(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Gunmen opened fire on a minibus at dawn, killing four passengers. "
		 "Their families said they were farm workers.  The convoy was travelling "
		 "to the town of Jasim.");
	assert_int_equal(f.d->nevents, 1);
	assert_non_null(pcand(&f.d->events[0], "lgn:19125", "neighbour_sentence"));
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Jasim");
	fx_close(&f);
	/* the place it was filed from is no place of its own */
	fx_open(&f, "en", "DAMASCUS - Gunmen opened fire on a minibus at dawn, killing four passengers. "
		 "Their families said they were farm workers.  The convoy was travelling "
		 "to the town of Jasim.");
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Jasim");
	fx_close(&f);
	/* another paragraph says nothing of where it was */
	fx_open(&f, "en", "Gunmen opened fire on a minibus at dawn, killing four passengers. "
		 "Their families said they were farm workers.\n\nThe convoy was travelling "
		 "to the town of Jasim.");
	assert_int_equal(f.d->events[0].place, -1);
	fx_close(&f);
	/* a place the event's own sentence names is not looked for next to it */
	fx_open(&f, "en", "Gunmen opened fire on a minibus in Tafas at dawn, killing four passengers. "
		 "Their families said they were farm workers.  The convoy was travelling "
		 "to the town of Jasim.");
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Tafas");
	assert_null(pcand(&f.d->events[0], "lgn:19125", "neighbour_sentence"));
	fx_close(&f);
}

/*
 * A part of a country ("eastern Syria", "شمال غرب سوريا") locates an
 * event that no finer place locates; a governorate or a town the event's
 * sentences name is still its place, and the country part splits off no
 * event of its own.
 */
static void test_places_country_part(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Unidentified drones struck a weapons depot in eastern Syria overnight, "
		 "killing seven fighters.");
	assert_int_equal(f.d->nevents, 1);
	assert_non_null(pcand(&f.d->events[0], "x:syria_e", "country_part"));
	assert_string_equal(fx_place(f.d->events[0].place)->id, "x:syria_e");
	assert_int_equal(f.d->events[0].geo_precision, 3);
	assert_string_equal(sent_place(&f, 0), "");
	fx_close(&f);
	fx_open(&f, "ar", "قتل أربعة مسلحين بغارة جوية استهدفت مستودعا للذخيرة في شمال غربي سوريا فجر اليوم.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->id, "x:syria_nw");
	fx_close(&f);
	/* a town of the same sentence is more precise: it stays the place */
	fx_open(&f, "en", "An air strike on the town of Saraqib in north-west Syria killed five civilians.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Saraqib");
	fx_close(&f);
	fx_open(&f, "ar", "قتل خمسة مدنيين بقصف مدفعي على مدينة سراقب في شمال غرب سوريا.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Saraqib");
	fx_close(&f);
}

/*
 * A part of a country framed as an event's place locates nothing finer: a
 * sentence next to the event's in its paragraph that names a town places
 * it; with none, the part stays its place.
 */
static void test_places_country_part_neighbour(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Militants shot dead nine shepherds in eastern Syria, residents said. "
		 "The bodies were found near the town of Muhasan in Deir ez-Zor province.");
	assert_int_equal(f.d->nevents, 1);
	assert_non_null(pcand(&f.d->events[0], "x:syria_e", "country_part"));
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Muhasan");
	fx_close(&f);
	fx_open(&f, "ar", "قتل مسلحون تسعة رعاة بالرصاص في شرق سوريا. "
		 "وعثر على الجثث قرب بلدة موحسن في ريف دير الزور.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Muhasan");
	fx_close(&f);
	/* another paragraph: the part of the country stays */
	fx_open(&f, "en", "Militants shot dead nine shepherds in eastern Syria, residents said.\n\n"
		 "The town of Muhasan in Deir ez-Zor province held elections last year.");
	assert_string_equal(fx_place(f.d->events[0].place)->id, "x:syria_e");
	fx_close(&f);
}

/*
 * Camps of the displaced and of refugees are places of their own
 * (places-extra.tsv), with their camp word or by a name that is nothing
 * else ("Zamzam camp", "مخيم زمزم", "عين الحلوة"); a name that is also an
 * everyday word is the camp only with its camp word: "ماء زمزم", Zamzam
 * water, and "الشاطئ", the beach, name no camp.
 */
static void test_places_camps(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Paramilitary fighters shelled the Zamzam camp for displaced people on "
		 "Friday, killing 12 civilians, medics said.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->id, "x:zamzam_camp");
	fx_close(&f);
	fx_open(&f, "ar", "قتل 12 مدنيا في قصف على مخيم زمزم للنازحين يوم الجمعة، بحسب مصادر طبية.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->id, "x:zamzam_camp");
	fx_close(&f);
	fx_open(&f, "en", "Fighting between rival factions in the Ain al-Hilweh camp near Sidon "
		 "killed two people on Tuesday, a security source said.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->id, "x:ain_hilweh");
	fx_close(&f);
	fx_open(&f, "ar", "قتل شخصان بغارة على مخيم الشاطئ غرب مدينة غزة صباح الأربعاء، بحسب الدفاع المدني.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->id, "x:shati_camp");
	fx_close(&f);
	/* the everyday words alone are no camp */
	fx_open(&f, "ar", "قتل شخصان بغارة قرب الشاطئ في مدينة غزة صباح الأربعاء، بحسب الدفاع المدني.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Gaza");
	fx_close(&f);
	fx_open(&f, "ar", "قتل ثلاثة أشخاص بقصف على سوق في مدينة الأبيض، ووزع متطوعون ماء زمزم على الجرحى.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_not_equal(fx_place(f.d->events[0].place)->id, "x:zamzam_camp");
	fx_close(&f);
}

/*
 * A place written onto a source's name, before a capitalised English one
 * or after an Arabic one as its genitive ("the Idlib Health Directorate",
 * "مديرية صحة درعا"), places the event only when its sentence names no
 * other place; a lower-case source after a place ("Saraqib health
 * officials"), a side after its actor ("قصفت قوات النظام") and a name
 * listed whole are not asked.
 */
static void test_places_source_name(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Two people were killed when a mortar shell hit a market in Saraqib on "
		 "Monday, the Idlib Health Directorate said.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Saraqib");
	fx_close(&f);
	fx_open(&f, "ar", "قالت مديرية صحة درعا إن ثلاثة أشخاص قتلوا بانفجار عبوة ناسفة في بلدة طفس.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Tafas");
	fx_close(&f);
	/* with no other place, the name's place stays the event's */
	fx_open(&f, "en", "Two people were killed when a mortar shell hit a market on Monday, "
		 "the Idlib Health Directorate said.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Idlib");
	fx_close(&f);
	fx_open(&f, "ar", "قالت مديرية صحة درعا إن ثلاثة أشخاص قتلوا بانفجار عبوة ناسفة يوم الاثنين.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Daraa");
	fx_close(&f);
	/* a lower-case source says where its speakers are: the town stays a place */
	fx_open(&f, "en", "A shell killed two people in Idlib province on Monday, Saraqib health "
		 "officials said.");
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Saraqib");
	fx_close(&f);
	fx_open(&f, "ar", "في ريف حماة، قصفت قوات النظام كفرنبودة بالمدفعية وقتلت ثلاثة مدنيين.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Kafr Nabudah");
	fx_close(&f);
}

/*
 * A word of its kind before a name ("the town of X", "مدينة X") makes it a
 * place even where an outlet bears the name, and so does "and" after
 * another place; the outlet named alone, or before a reporting verb, is
 * none.  An adjective of nationality ("Iraqi forces") names no country:
 * a Syrian town named beside it stays a place.
 */
static void test_places_kind_word_and_adjective(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "A car bomb killed six people near the town of Mayadeen on Friday.");
	assert_string_equal(sent_place(&f, 0), "lgn:19173");
	fx_close(&f);
	fx_open(&f, "en", "A car bomb killed six people on Friday, Al Mayadeen reported.");
	assert_string_equal(sent_place(&f, 0), "");
	fx_close(&f);
	/* after "and" and another place it is a place too, unless it reports */
	fx_open(&f, "en", "Jets struck depots in Albu Kamal and Al-Mayadeen on Friday, killing six.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[1].place)->name_en, "Al Mayadin");
	fx_close(&f);
	fx_open(&f, "en", "Jets struck depots in Albu Kamal and Al Mayadeen said six were killed.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
	fx_open(&f, "en", "Heavy fighting raged in the town of Kobani as Iraqi fighters arrived "
		 "to help its defenders, killing 12.");
	assert_string_not_equal(f.c.country, "IQ");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Ayn al Arab");
	fx_close(&f);
	fx_open(&f, "en", "Yemeni officials said an air strike killed 5 in the city of Marib.");
	assert_string_equal(f.c.country, "YE");
	fx_close(&f);
}

/* News spellings of places the gazetteer holds under another name. */
/* The name of a large city is a place wherever it is written ("الموصل"). */
static void test_places_large_city(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "قتل رجل برصاص مسلحين في الموصل امس.");
	assert_string_equal(fx_place(f.c.si[0].place)->name_en, "Mosul");
	fx_close(&f);
	fx_open(&f, "ar", "قتل رجل برصاص مسلحين في البصرة امس.");
	assert_string_equal(fx_place(f.c.si[0].place)->pcode, "IQ.02");
	fx_close(&f);
}

/* A subdistrict spelt like an everyday word is a place only after a locative word. */
static void test_places_everyday_word(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "وفي هذا الصدد قتل رجل برصاص مسلحين امس.");
	assert_string_equal(sent_place(&f, 0), "");
	fx_close(&f);
	fx_open(&f, "ar", "قتل رجل برصاص مسلحين في بلدة صدد امس.");
	assert_int_equal(f.c.si[0].place >= 0, 1);
	assert_string_equal(fx_place(f.c.si[0].place)->name_en, "Sadad");
	fx_close(&f);
}

/*
 * Sudan's towns by the Arabic names its news write (GeoNames lacks them); a
 * town spelt like an everyday word ("الأبيض", white: El Obeid; "الكوة", an
 * opening: Al Kawa) is a place only after a locative word.
 */
static void test_places_sudan_arabic(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "قتل ثلاثة مدنيين في قصف مدفعي على الدلنج امس.");
	assert_string_equal(fx_place(f.c.si[0].place)->name_en, "Dilling");
	assert_string_equal(fx_place(f.c.si[0].place)->pcode, "SD.50");
	fx_close(&f);
	fx_open(&f, "ar", "قتل رجلان باشتباك مسلح في كوستي امس.");
	assert_string_equal(fx_place(f.c.si[0].place)->name_en, "Kosti");
	fx_close(&f);
	fx_open(&f, "ar", "سقطت قذائف على مدينة الأبيض فقتلت امرأة.");
	assert_string_equal(fx_place(f.c.si[0].place)->name_en, "El Obeid");
	fx_close(&f);
	fx_open(&f, "ar", "دان البيت الأبيض الهجوم الذي قتل ستة اشخاص.");
	assert_string_equal(sent_place(&f, 0), "");
	fx_close(&f);
	fx_open(&f, "ar", "اطلق مسلح النار من الكوة في الجدار فقتل رجلا.");
	assert_string_equal(sent_place(&f, 0), "");
	fx_close(&f);
}

static void test_places_news_spellings(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Shelling killed 4 civilians in Marea on Sunday.");
	assert_string_equal(sent_place(&f, 0), "x:marea");
	assert_string_equal(fx_place(f.c.si[0].place)->pcode, "C1643");
	fx_close(&f);
	fx_open(&f, "en", "Fighters clashed in the Qalamoun mountains, killing 9.");
	assert_string_equal(sent_place(&f, 0), "x:qalamoun");
	fx_close(&f);
	fx_open(&f, "ar", "قتل تسعة مسلحين في اشتباكات بجبال القلمون.");
	assert_string_equal(sent_place(&f, 0), "x:qalamoun");
	fx_close(&f);
}

/*
 * A facility or terrain word (cues.tsv `locative`: "airport", "desert")
 * beside a town's name places the event at the town: "X Airport" is no
 * longer name that hides the town, nor "the desert of X" the outlet named
 * like X.  The desert of a town is its district, no finer, as "بادية X".
 */
static void test_places_facility_and_terrain(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Drones struck Palmyra Airport overnight, killing 6 soldiers.");
	assert_string_equal(fx_place(f.c.si[0].place)->name_en, "Palmyra");
	fx_close(&f);
	fx_open(&f, "en", "Six soldiers were killed when drones struck the airport of Palmyra.");
	assert_string_equal(fx_place(f.c.si[0].place)->name_en, "Palmyra");
	fx_close(&f);
	fx_open(&f, "ar", "قتل ستة جنود بهجوم بطائرات مسيرة على مطار تدمر فجر اليوم.");
	assert_string_equal(fx_place(f.c.si[0].place)->name_en, "Palmyra");
	fx_close(&f);
	/* the desert of a town: its district; the outlet named like the town is no source there */
	fx_open(&f, "en", "An ambush killed 5 shepherds in the desert of Al Mayadeen on Friday.");
	assert_string_equal(fx_place(f.c.si[0].place)->id, "SY0903");
	fx_close(&f);
	fx_open(&f, "en", "An ambush killed 5 shepherds in the Palmyra desert on Friday.");
	assert_int_equal(fx_place(f.c.si[0].place)->kind, RASD_PLACE_DISTRICT);
	assert_string_equal(fx_place(fx_place(f.c.si[0].place)->admin1)->id, "SY04");
	fx_close(&f);
	fx_open(&f, "ar", "قتل خمسة رعاة بكمين في بادية الميادين يوم الجمعة.");
	assert_string_equal(fx_place(f.c.si[0].place)->id, "SY0903");
	fx_close(&f);
	fx_open(&f, "ar", "قتل خمسة رعاة بكمين في صحراء تدمر يوم الجمعة.");
	assert_string_equal(fx_place(f.c.si[0].place)->id, "SY0405");
	fx_close(&f);
	/* a name opening with a point of the compass needs one capital, the town's */
	fx_open(&f, "en", "A drone strike hit the southern suburbs of Beirut overnight, killing 2 men.");
	assert_string_equal(fx_place(f.c.si[0].place)->id, "x:dahiyeh");
	fx_close(&f);
	/* a governorate's countryside is still the whole of it */
	fx_open(&f, "en", "Shelling killed 2 civilians in Hama countryside on Friday.");
	assert_string_equal(fx_place(f.c.si[0].place)->id, "SY05");
	fx_close(&f);
}

/*
 * Named natural regions (places-extra.tsv, kind `region`): a plain or a
 * mountain of one governorate locates an event like a district; one of
 * several governorates (Darfur) locates only an event no finer place
 * does.  A region named as a reporter's base is no event's place.
 */
static void test_places_named_regions(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Government shelling killed 4 farmers in the Ghab plain on Monday.");
	assert_string_equal(fx_place(f.c.si[0].place)->id, "x:ghab");
	fx_close(&f);
	fx_open(&f, "ar", "قتل أربعة مزارعين بقصف مدفعي على سهل الغاب يوم الاثنين.");
	assert_string_equal(fx_place(f.c.si[0].place)->id, "x:ghab");
	fx_close(&f);
	fx_open(&f, "ar", "قتل 12 مدنيا في هجوم لمسلحين على قرى في دارفور يوم الأحد.");
	assert_string_equal(fx_place(f.d->events[0].place)->id, "x:darfur");
	fx_close(&f);
	/* a town of the region named: the town */
	fx_open(&f, "en", "Militiamen killed 12 villagers in El Fasher in Darfur on Sunday.");
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "El Fasher");
	fx_close(&f);
	/* the reporter's base */
	fx_open(&f, "ar", "وقال مراسلنا في جبل الأكراد إن القصف قتل ثلاثة مدنيين في جسر الشغور.");
	assert_string_not_equal(fx_place(f.d->events[0].place)->id, "x:jabal_akrad");
	fx_close(&f);
}

/*
 * A terrain named as lying near a town ("the desert near the ancient
 * city of Palmyra", "الصحراء قرب مدينة تدمر") is the town's terrain, its
 * district, as "بادية تدمر" is; a post or a market near a town is at the
 * town.  The town named again for the toll is the same site, no part of
 * the district's toll.
 */
static void test_places_terrain_near(void **state)
{
	struct fx f;
	size_t i;

	(void)state;
	fx_open(&f, "en", "Gunmen ambushed a convoy in the desert near the ancient town of Palmyra on "
			   "Sunday, killing 7 soldiers.");
	assert_string_equal(fx_place(f.c.si[0].place)->id, "SY0405");
	fx_close(&f);
	fx_open(&f, "ar", "قتل سبعة جنود بكمين استهدف رتلا في الصحراء بالقرب من مدينة تدمر يوم الأحد.");
	assert_string_equal(fx_place(f.c.si[0].place)->id, "SY0405");
	fx_close(&f);
	fx_open(&f, "ar", "قتل سبعة جنود بكمين في البادية قرب تدمر يوم الأحد.");
	assert_string_equal(fx_place(f.c.si[0].place)->id, "SY0405");
	fx_close(&f);
	/* no terrain before "near": the town itself */
	fx_open(&f, "en", "A roadside bomb hit a checkpoint near Palmyra on Sunday, killing 3 soldiers.");
	assert_string_equal(fx_place(f.c.si[0].place)->name_en, "Palmyra");
	fx_close(&f);
	fx_open(&f, "ar", "قتل ثلاثة جنود بانفجار عبوة ناسفة عند حاجز قرب تدمر يوم الأحد.");
	assert_string_equal(fx_place(f.c.si[0].place)->name_en, "Palmyra");
	fx_close(&f);
	/* the town named for a lower toll: a rival figure, not a part of the district's */
	fx_open(&f, "en", "Gunmen killed at least 14 soldiers in the desert near Palmyra on Sunday, a monitor "
			   "said. The defence ministry said 8 soldiers were killed in Palmyra.");
	for (i = 0; i < f.d->events[0].nclaims; i++)
		if (f.d->events[0].claims[i].value == 8)
			assert_false(f.d->events[0].claims[i].subset);
	assert_true(fx_nclaims(f.d) >= 2);
	fx_close(&f);
}

/*
 * A region of a country named by an everyday word (places-regions.tsv:
 * "the south", "الجنوب") is its governorate in a report whose places are
 * all of that country; named beside another country's places, or in a
 * report naming no place, it is no place, and a country with no such row
 * (Syria's south spans governorates) has none.
 */
static void test_places_word_region(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Lebanon's civil defence said a drone strike killed 3 farmers in the south "
		 "on Sunday.");
	assert_string_equal(fx_place(f.c.si[0].place)->id, "LB.06");
	fx_close(&f);
	fx_open(&f, "ar", "قتل ثلاثة مزارعين بغارة من طائرة مسيرة في الجنوب اللبناني يوم الأحد.");
	assert_string_equal(sent_place(&f, 0), "");
	fx_close(&f);
	fx_open(&f, "ar", "أفاد الدفاع المدني في لبنان بأن غارة من طائرة مسيرة قتلت ثلاثة مزارعين "
		 "في الجنوب يوم الأحد.");
	assert_string_equal(fx_place(f.d->events[0].place)->id, "LB.06");
	fx_close(&f);
	/* no country named: no place */
	fx_open(&f, "ar", "قتلت غارة من طائرة مسيرة ثلاثة مزارعين في الجنوب يوم الأحد.");
	assert_int_equal(f.c.si[0].place, -1);
	fx_close(&f);
	/* another country's places named too: no place */
	fx_open(&f, "en", "Rockets fired at Haifa were answered by a strike that killed 3 farmers in "
		 "the south of Lebanon on Sunday.");
	assert_int_not_equal(f.c.si[0].place, -1);
	assert_string_not_equal(fx_place(f.c.si[0].place)->id, "x:lb_south");
	fx_close(&f);
	/* Syria's south is no one governorate */
	fx_open(&f, "ar", "قتل ثلاثة مدنيين بقصف في الجنوب، وفق مصادر في دمشق.");
	assert_int_equal(f.c.si[0].place, -1);
	fx_close(&f);
}

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
		    rasdp_lex_source(lx, (size_t)fx_part(ev, "rsf", 0)->src.source)->actor !=
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

/* ---- framing.c ------------------------------------------------------- */


static void test_framing_triggers(void **state)
{
	struct fx f;

	(void)state;
	/* a negated cue frames no event */
	fx_open(&f, "en", "No air strikes were reported in Idlib on Monday.");
	assert_int_equal(f.c.si[0].trig, -1);
	assert_int_equal(f.d->nevents, 0);
	fx_close(&f);

	/* nor does a weak cue alone */
	fx_open(&f, "en", "Reinforcements arrived in Idlib on Monday.");
	assert_true(f.c.si[0].trig >= 0);
	assert_int_equal(f.d->nevents, 0);
	fx_close(&f);

	/* the event the report leads with stands with a cue of violence one short of strong */
	fx_open(&f, "en", "Militants seized Tafas on Monday.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
	fx_open(&f, "en", "Shelling hit Jasim on Monday, killing 3 civilians. Militants seized Tafas "
		 "on Monday.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Jasim");
	fx_close(&f);

	/* "regained" alone is no territory taken back */
	fx_open(&f, "ar", "استعادت البلدية يوم الإثنين مبناها القديم في بلدة جاسم.");
	assert_int_equal(f.d->nevents, 0);
	fx_close(&f);

	fx_open(&f, "en", "A car bomb exploded in Azaz on Monday, killing 4 people.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Explosions/Remote violence");
	assert_string_equal(f.d->events[0].sub_type, "Remote explosive/landmine/IED");
	assert_int_equal(f.d->events[0].date.d, 11);
	fx_close(&f);
}

/*
 * Killing by the blade (beheading, throats slit) is an attack on the
 * people killed, an event with or without a number read.
 */
static void test_framing_blade(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Militants slit the throats of a dozen shepherds near the town of "
		 "Muhasan on Wednesday.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Violence against civilians");
	fx_close(&f);
	fx_open(&f, "ar", "أقدم مسلحون على قطع رؤوس 12 رجلا في بلدة موحسن بريف دير الزور.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Violence against civilians");
	fx_close(&f);
}

/*
 * A protester counted in the singular after a number ("400 متظاهر"), and an
 * attack undergone ("تعرضت دورية لهجوم", "came under attack"), are events;
 * "مواجهة" alone, a match or "in the face of", is a weak cue.
 */
static void test_framing_protest_and_undergone(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "تجمع نحو 400 متظاهر أمام مبنى المحافظة في مدينة حمص يوم الأحد.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Protests");
	fx_close(&f);
	fx_open(&f, "ar", "قال الناطق إن الدورية تعرضت لهجوم قرب مدينة الصنمين يوم الاثنين.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
	fx_open(&f, "en", "A police patrol came under attack near Sanamayn on Monday.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
	fx_open(&f, "ar", "يلعب المنتخب مواجهة قوية أمام ضيفه في ملعب مدينة حمص يوم الأحد.");
	assert_int_equal(f.d->nevents, 0);
	fx_close(&f);
}

/* Arabic writes who acts and whom on the verb: "اغتالوا", "خطفوه". */
static void test_framing_verb_persons(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "وقال شهود إن مسلحين اغتالوا مسؤولا محليا في مدينة درعا مساء الأحد.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Violence against civilians");
	fx_close(&f);
	fx_open(&f, "ar", "وقال ذووه إن مسلحين خطفوه من منزله في مدينة نوى أمس.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].sub_type, "Abduction/forced disappearance");
	fx_close(&f);
}

/* Sentences go on with the event before them, or open another. */
static void test_framing_frames(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "An air strike hit the town of Jasim on Monday. It killed 4 civilians and wounded 9.");
	assert_int_equal(f.d->nevents, 1);
	assert_int_equal(f.d->events[0].nclaims, 2);
	fx_close(&f);

	fx_open(&f, "en", "Clashes in Jasim on Monday killed 3 fighters. "
		 "On Tuesday, an air strike on Idlib killed 8 civilians.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Jasim");
	assert_string_equal(f.d->events[0].event_type, "Battles");
	assert_string_equal(f.d->events[1].sub_type, "Air/drone strike");
	assert_int_equal(f.d->events[1].date.d, 12);
	fx_close(&f);

	/*
	 * a city named like its governorate is not all of it: another town
	 * there is another event; the governorate itself holds the town
	 */
	fx_open(&f, "en", "An air strike hit the city of Daraa on Monday, killing 4 civilians. "
		 "Shelling on the town of Tafas killed 2 people.");
	assert_int_equal(f.d->nevents, 2);
	fx_close(&f);
	fx_open(&f, "en", "Shelling hit Idlib province on Monday, killing 4 civilians. "
		 "In the town of Saraqib, 2 children were among the dead.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Saraqib");
	fx_close(&f);

	/* "this explosion" is the event told; the place beside it is not its place */
	fx_open(&f, "ar", "انفجرت سيارة مفخخة في مدينة أعزاز يوم الإثنين وقتل أربعة أشخاص. "
		 "وهذا الانفجار هو الثاني في درعا.");
	assert_true(f.c.si[1].anaphor);
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Azaz");
	fx_close(&f);
}

/*
 * The headline's figure restated by the body from the same speaker counts
 * once; from another speaker, or with another qualifier, it is a claim of
 * its own.
 */
static void test_framing_headline(void **state)
{
	struct fx f;
	size_t sub;

	(void)state;
	fx_open_titled(&f, "en", "Shelling kills 5 in Jasim",
		    "Shelling kills 5 in Jasim\n"
		    "Shelling on the town of Jasim killed 5 civilians on Monday.");
	assert_true(f.c.si[0].headline);
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	/* the outlet's headline and the activists' body: two claims */
	fx_open_titled(&f, "en", "Shelling kills 5 in Jasim",
		    "Shelling kills 5 in Jasim\n"
		    "Shelling on the town of Jasim killed 5 civilians on Monday, activists said.");
	assert_int_equal(count_claims(f.d, RASD_CAS_KILLED, 5, &sub), 2);
	fx_close(&f);

	/* "at least 7" in the headline, "7" in the body: two claims */
	fx_open_titled(&f, "ar", "مقتل 7 أشخاص على الأقل بقصف على بلدة جاسم",
		    "مقتل 7 أشخاص على الأقل بقصف على بلدة جاسم\n"
		    "قتل 7 أشخاص يوم الإثنين بقصف مدفعي على بلدة جاسم في ريف درعا.");
	assert_int_equal(count_claims(f.d, RASD_CAS_KILLED, 7, &sub), 2);
	fx_close(&f);
}

/*
 * A count of one person said again in the same words, or in words within
 * the other's, is one claim; two persons of one group counted by one source
 * (an injury said one way, then another way) are two.
 */
static void test_framing_repeat_person(void **state)
{
	struct fx f;
	size_t sub;

	(void)state;
	fx_open(&f, "ar",
		 "أعلنت وزارة الصحة وصول إصابة خطيرة بالرصاص إلى مستشفى رفيديا في نابلس. "
		 "وأضافت الوزارة أن إصابة طفيفة بحجر وصلت إلى المستشفى نفسه.");
	assert_int_equal(count_claims(f.d, RASD_CAS_WOUNDED, 1, &sub), 2);
	fx_close(&f);

	/* the same soldier said again by one speaker: once per speaker */
	fx_open(&f, "ar",
		 "قتل جندي بقصف على بلدة جاسم. وقال المرصد إن جنديا قتل بقصف على جاسم، "
		 "وأكد المرصد أن الجندي قتل.");
	assert_int_equal(count_claims(f.d, RASD_CAS_KILLED, 1, &sub), 2);
	fx_close(&f);
	fx_open(&f, "en",
		 "A soldier was killed in shelling on Jasim. The Observatory said a soldier was "
		 "killed in the shelling on Jasim; the Observatory said the young soldier died at once.");
	assert_int_equal(count_claims(f.d, RASD_CAS_KILLED, 1, &sub), 2);
	fx_close(&f);

	/* a noun and its "واحد"/"one" are one count */
	fx_open(&f, "ar", "وقتل متعاقد مدني واحد وجرح جندي أمريكي واحد في الهجوم على القاعدة.");
	assert_int_equal(count_claims(f.d, RASD_CAS_WOUNDED, 1, &sub), 1);
	assert_int_equal(count_claims(f.d, RASD_CAS_KILLED, 1, &sub), 1);
	fx_close(&f);
	fx_open(&f, "en", "One civilian contractor was killed and one American soldier was wounded in the attack on the base.");
	assert_int_equal(count_claims(f.d, RASD_CAS_WOUNDED, 1, &sub), 1);
	fx_close(&f);
}

/* The reading event `ev` chose: its type, or "none"/"untyped". */
static const char *chosen(const struct rasd_event *ev)
{
	const struct rasd_frame *f;

	assert_true(ev->frame >= 0 && (size_t)ev->frame < ev->nframes);
	f = &ev->frames[ev->frame];
	return f->kind == RASD_FRAME_NONE ? "none" : f->kind == RASD_FRAME_UNTYPED ? "untyped"
									    : f->event_type;
}

/* Has event `ev` a reading of `type` / `sub` (sub NULL: the type left open)? */
static int has_reading(const struct rasd_event *ev, const char *type, const char *sub)
{
	size_t i;

	for (i = 0; i < ev->nframes; i++) {
		const struct rasd_frame *f = &ev->frames[i];

		if (f->kind == RASD_FRAME_TYPE && !strcmp(f->event_type, type) &&
		    (sub ? f->sub_type && !strcmp(f->sub_type, sub) : !f->sub_type))
			return 1;
	}
	return 0;
}

/* The events of `d` that are no past happening recalled. */
static size_t ncurrent(const struct rasd_doc *d)
{
	size_t i, n = 0;

	for (i = 0; i < d->nevents; i++)
		n += !d->events[i].background;
	return n;
}

/* Does event `ev` hold a claim of `kind` and `value`? */
static int holds(const struct rasd_event *ev, enum rasd_casualty_kind kind, int64_t value)
{
	size_t j;

	for (j = 0; j < ev->nclaims; j++)
		if (ev->claims[j].kind == kind && ev->claims[j].value == value)
			return 1;
	return 0;
}

/*
 * A year opening the sentence reaches the toll of the clause after it;
 * told as a tally ("in 2023 alone") it holds over the event words of the
 * clause; a day opening the sentence or an event of that year keeps it.
 */
static void test_framing_year_toll(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "In 2023 alone, 1,500 people were killed in attacks across the country, "
		 "the monitor said.");
	assert_int_equal(f.d->nevents, 0);
	fx_close(&f);
	fx_open(&f, "ar", "خلال عام 2023 وحده، قتل 1500 شخص في هجمات في أنحاء البلاد، بحسب المرصد.");
	assert_int_equal(f.d->nevents, 0);
	fx_close(&f);
	fx_open(&f, "en", "In 2022, 640 people were killed across the country, the monitor said.");
	assert_int_equal(f.d->nevents, 0);
	fx_close(&f);

	/* a day, or an event of the year named in the clause, keeps its toll */
	fx_open(&f, "en", "On Monday, 15 people were killed in an attack on a market in Azaz, "
		 "the monitor said.");
	assert_int_equal(f.d->nevents, 1);
	assert_true(holds(&f.d->events[0], RASD_CAS_KILLED, 15));
	fx_close(&f);
	fx_open(&f, "ar", "يوم الاثنين، قتل 15 شخصا في هجوم على سوق في مدينة اعزاز، بحسب المرصد.");
	assert_int_equal(f.d->nevents, 1);
	assert_true(holds(&f.d->events[0], RASD_CAS_KILLED, 15));
	fx_close(&f);
	fx_open(&f, "en", "In 2019, a car bomb in Azaz killed 30 people.");
	assert_int_equal(f.d->nevents, 1);
	assert_true(holds(&f.d->events[0], RASD_CAS_KILLED, 30));
	fx_close(&f);
}

/*
 * What recalls another time gives the report's current events no figure,
 * date or place; a past violent happening recalled with its own figures
 * is an event of its own, of the role background, after them.
 */
static void test_framing_background(void **state)
{
	struct fx f;

	(void)state;
	/* a sentence dated to another year, or to last week */
	fx_open(&f, "en", "An air strike hit Jasim on Monday, killing 4 civilians. "
		 "In 2019, a car bomb in Azaz killed 30 people. "
		 "Last week, shelling on Saraqib killed 6 people.");
	rasdp_mark_background(&f.c);
	assert_false(f.c.si[0].background);
	assert_true(f.c.si[1].background);
	assert_true(f.c.si[2].background);
	assert_int_equal(f.d->nevents, 3);
	assert_int_equal(ncurrent(f.d), 1);
	assert_false(f.d->events[0].background);
	assert_int_equal(f.d->events[0].nclaims, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Jasim");
	assert_true(f.d->events[1].background);
	assert_true(holds(&f.d->events[1], RASD_CAS_KILLED, 30));
	assert_string_equal(fx_place(f.d->events[1].place)->name_en, "Azaz");
	assert_int_equal(f.d->events[1].date.y, 2019);
	assert_string_equal(f.d->events[1].event_type, "Explosions/Remote violence");
	assert_true(f.d->events[2].background);
	assert_true(holds(&f.d->events[2], RASD_CAS_KILLED, 6));
	assert_string_equal(fx_place(f.d->events[2].place)->name_en, "Saraqib");
	fx_close(&f);

	fx_open(&f, "ar", "قتل ثلاثة مدنيين بقصف على بلدة جاسم يوم الإثنين. "
		 "وفي نيسان الماضي، قتل عشرون شخصا بغارة على مدينة سراقب.");
	rasdp_mark_background(&f.c);
	assert_true(f.c.si[1].background);
	assert_int_equal(ncurrent(f.d), 1);
	assert_false(holds(&f.d->events[0], RASD_CAS_KILLED, 20));
	assert_int_equal(f.d->nevents, 2);
	assert_true(f.d->events[1].background);
	assert_true(holds(&f.d->events[1], RASD_CAS_KILLED, 20));
	assert_string_equal(fx_place(f.d->events[1].place)->name_en, "Saraqib");
	fx_close(&f);

	/* an opening phrase of recall; but not when the sentence dates the day told of */
	fx_open(&f, "en", "An air strike hit Jasim on Monday, killing 4 civilians. "
		 "It is worth recalling that clashes in Saraqib killed 9 fighters. "
		 "It is worth noting that the strike on Jasim came at dawn on Monday.");
	rasdp_mark_background(&f.c);
	assert_true(f.c.si[1].background);
	assert_false(f.c.si[2].background);
	/* (the phrase in the figure's clause sets the figure aside: figures_excluded.c) */
	assert_int_equal(f.d->nevents, 1);
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 9));
	fx_close(&f);

	/* a recall goes on over the next sentence of it, of no other place or day */
	fx_open(&f, "ar", "قتل ثلاثة مدنيين بقصف على بلدة جاسم يوم الإثنين. "
		 "وفي نيسان الماضي، قتل عشرون شخصا بغارة على مدينة سراقب. "
		 "وأصيب في تلك الغارة في نيسان الماضي خمسون آخرون.");
	assert_int_equal(ncurrent(f.d), 1);
	assert_int_equal(f.d->nevents, 2);
	assert_true(holds(&f.d->events[1], RASD_CAS_KILLED, 20));
	assert_true(holds(&f.d->events[1], RASD_CAS_WOUNDED, 50));
	assert_string_equal(fx_place(f.d->events[1].place)->name_en, "Saraqib");
	fx_close(&f);

	/* no past event: no figure of its own, no violence, a teaser of another story */
	fx_open(&f, "en", "An air strike hit Jasim on Monday, killing 4 civilians. "
		 "In 2019, a car bomb hit the market of Azaz.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
	fx_open(&f, "en", "An air strike hit Jasim on Monday, killing 4 civilians. "
		 "In 2019, 30 people died of cholera in Azaz.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
	fx_open(&f, "en", "An air strike hit Jasim on Monday, killing 4 civilians. "
		 "Read more: a car bomb in Azaz killed 30 people in 2019.");
	assert_int_equal(f.d->nevents, 1);
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 30));
	fx_close(&f);

	/* what was only feared or called for did not happen */
	fx_open(&f, "ar", "وحذرت منظمات محلية يوم الإثنين من احتمالية وقوع مجزرة في بلدة جاسم.");
	assert_int_equal(f.d->nevents, 0);
	fx_close(&f);
	fx_open(&f, "en", "On Monday, activists in Jasim called for a general strike and protests.");
	assert_int_equal(f.d->nevents, 0);
	fx_close(&f);
	fx_open(&f, "en", "An air strike hit Jasim on Monday, killing 4 civilians, and rights groups "
		 "warned of a massacre in Nawa.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Explosions/Remote violence");
	fx_close(&f);

	/* a cue dated to another time says nothing of this event: the clashes frame it */
	fx_open(&f, "en", "Clashes broke out in Jasim on Monday during a funeral for the victims of last year's explosion, "
		 "killing 3 fighters.");
	rasdp_mark_background(&f.c);
	assert_false(f.c.si[0].background);
	assert_string_equal(rasdp_lex_trigger(lx, (size_t)f.c.si[0].trig)->event_type, "Battles");
	assert_int_equal(f.d->nevents, 1);
	assert_false(has_reading(&f.d->events[0], "Explosions/Remote violence",
				 "Remote explosive/landmine/IED"));
	fx_close(&f);
}

/* A day beside a reporting verb dates the statement, not the event. */
static void test_framing_statement_date(void **state)
{
	struct fx f;

	(void)state;
	/* no day is fixed: the week up to the statement */
	fx_open(&f, "en", "The ministry said on Sunday that shelling on Jasim killed 5 people.");
	assert_int_equal(f.d->nevents, 1);
	assert_int_equal(f.d->events[0].precision, RASD_PREC_WEEK);
	assert_int_equal(f.d->events[0].date.d, 4);
	assert_int_equal(f.d->events[0].last.d, 10);
	fx_close(&f);

	fx_open(&f, "ar", "أعلنت وزارة الصحة، الأحد، مقتل خمسة أشخاص بقصف على بلدة جاسم.");
	assert_int_equal(f.d->nevents, 1);
	assert_int_not_equal(f.d->events[0].precision, RASD_PREC_DAY);
	fx_close(&f);

	fx_open(&f, "en", "Shelling on Jasim on Sunday killed 5 people, the ministry said.");
	assert_int_equal(f.d->nevents, 1);
	assert_int_equal(f.d->events[0].date.d, 10);
	fx_close(&f);

	/* a date opening a clause of what happened then is the event's */
	fx_open(&f, "ar", "نفى الأهالي وجود المسلحين حتى يوم الأحد، عندما اندلعت اشتباكات في بلدة جاسم "
		 "قتل فيها ثلاثة مقاتلين.");
	assert_int_equal(f.d->nevents, 1);
	assert_int_equal(f.d->events[0].precision, RASD_PREC_DAY);
	assert_int_equal(f.d->events[0].date.d, 10);
	fx_close(&f);
}

/*
 * A report of no current event that names the time of a past one by a
 * year before its noun, a season, a decade or years uncounted (a trial, a
 * statement, a hearing) gives no event; a current report naming such a
 * time in another sentence, or in a clause of its own, keeps its event.
 */
/* Each of the n reports of `none` ({lang, text}) gives no event. */
static void expect_no_events(const char *const none[][2], size_t n)
{
	struct fx f;
	size_t k;

	for (k = 0; k < n; k++) {
		fx_open(&f, none[k][0], none[k][1]);
		if (f.d->nevents)
			fprintf(stderr, "an event in: %s\n", none[k][1]);
		assert_int_equal(f.d->nevents, 0);
		fx_close(&f);
	}
}

static void test_framing_dated_apart(void **state)
{
	static const char *const none[][2] = {
		{"en", "Five men went on trial in Aleppo on Monday over the 2021 bombing of the "
		       "main market."},
		{"en", "The interior ministry said on Sunday that last year's bombing of the bus "
		       "station was planned abroad. Officials promised to bring those responsible to "
		       "justice."},
		{"ar", "قالت وزارة الداخلية الأحد إن تفجير صيف العام الماضي في محطة الحافلات خطط له في الخارج."},
		{"en", "A court in Homs heard on Monday the case of three officers over the clashes of "
		       "last autumn in the old city. The hearing was adjourned."},
		{"ar", "نظرت محكمة في حمص الاثنين في قضية ثلاثة ضباط متهمين في اشتباكات الخريف الماضي "
		       "في المدينة القديمة. وأرجئت الجلسة."},
		{"en", "A court in Homs heard on Monday the case of officers over a bombing years ago "
		       "in the town."},
		{"ar", "نظرت محكمة في حلب الاثنين في دعوى تتعلق بقصف على البلدة قبل سنوات."},
		{"ar", "فتحت محكمة في حلب الاثنين ملف قصف البلدة منذ سنوات."},
		{"ar", "نظرت محكمة في حمص الاثنين في قضية ضباط متهمين بقصف المدينة في ثمانينيات القرن "
		       "الماضي."},
		{"en", "Residents of Jasim remembered on Sunday a bombing a decade ago in the town."},
		{"en", "Residents of Jasim remembered on Sunday the massacres of the 1980s in the town."},
	};
	struct fx f;

	(void)state;
	expect_no_events(none, sizeof(none) / sizeof(none[0]));

	fx_open(&f, "en", "Shelling on Jasim killed five civilians on Monday, local medics said. "
		 "The town was also hit in last year's bombing campaign.");
	assert_int_equal(ncurrent(f.d), 1);
	assert_int_equal(f.d->events[0].precision, RASD_PREC_DAY);
	assert_int_equal(f.d->events[0].date.d, 11);
	fx_close(&f);

	fx_open(&f, "ar", "قتل خمسة مدنيين بقصف على بلدة جاسم الاثنين. وكانت البلدة قد تعرضت لقصف "
		 "الخريف الماضي.");
	assert_int_equal(ncurrent(f.d), 1);
	assert_int_equal(f.d->events[0].date.d, 11);
	fx_close(&f);

	/* the report's own times: this year, last week */
	fx_open(&f, "en", "Shelling on Jasim killed five civilians on Monday, the third attack on "
		 "the town this year.");
	assert_int_equal(ncurrent(f.d), 1);
	assert_int_equal(f.d->events[0].date.d, 11);
	fx_close(&f);

	fx_open(&f, "en", "Shelling on Jasim killed five civilians last week, local medics said.");
	assert_int_equal(ncurrent(f.d), 1);
	assert_int_equal(f.d->events[0].precision, RASD_PREC_WEEK);
	fx_close(&f);
}

/*
 * A past happening told in a relative clause of a sentence of now ("the
 * car bomb that struck the market three years ago", "الهجوم الذي شهدته
 * المدينة عام 2019") is of then: a trial, an anniversary, a statement or a
 * rebuilding over it gives no event; a current event named beside it keeps
 * its own.
 */
/* `text` gives one current event, on day `day` of the month. */
static void expect_one_on(const char *lang, const char *text, int day)
{
	struct fx f;

	fx_open(&f, lang, text);
	assert_int_equal(ncurrent(f.d), 1);
	assert_int_equal(f.d->events[0].date.d, day);
	fx_close(&f);
}

static void test_framing_relative_dated_apart(void **state)
{
	static const char *const none[][2] = {
		{"en", "A court in Basra on Tuesday jailed two men over a car bomb that struck the "
		       "port gate four years ago."},
		{"en", "Families gathered in Tikrit on Sunday to mourn the victims of the ambush, "
		       "which took place in 2016 and killed 12 soldiers."},
		{"en", "The governor said on Thursday that the bridge, which was destroyed by an air "
		       "strike in 2015, will reopen in the spring."},
		{"ar", "قضت محكمة في البصرة الثلاثاء بسجن رجلين بتهمة التورط في التفجير الذي وقع قبل "
		       "أربع سنوات قرب بوابة الميناء."},
		{"ar", "أحيا أهالي تكريت الأحد ذكرى الكمين الذي شهدته المنطقة عام 2016 وأسفر عن مقتل 12 "
		       "جنديا."},
		{"ar", "افتتح المحافظ الخميس الجسر الذي دمره القصف عام 2015 بعد إعادة بنائه."},
		/* a cue of several, the clause after the last; a clause of a dated cue */
		{"en", "The council on Tuesday condemned the car bomb attack that killed 9 people in "
		       "Jarablus last week."},
		{"en", "Three men accused of the 2018 suicide bombing in Jarablus, which killed 9 "
		       "people, went on trial on Monday."},
		{"ar", "دان المجلس، الثلاثاء، الهجوم بسيارة مفخخة الذي أودى بحياة تسعة أشخاص في جرابلس "
		       "الأسبوع الماضي."},
		{"ar", "مثل ثلاثة متهمين بتنفيذ التفجير الانتحاري في جرابلس عام 2018، والذي أودى بحياة "
		       "تسعة أشخاص، أمام المحكمة الاثنين."},
	};
	struct fx f;

	(void)state;
	expect_no_events(none, sizeof(none) / sizeof(none[0]));

	expect_one_on("en", "A roadside bomb killed three soldiers near Tikrit on Sunday, on the "
		      "road where an ambush that took place in 2016 killed 12.", 10);
	expect_one_on("ar", "قتل ثلاثة جنود بانفجار عبوة ناسفة قرب تكريت الأحد، على الطريق الذي "
		      "شهد كمينا عام 2016.", 10);

	expect_one_on("en", "The car bomb attack that killed 9 people in Jarablus on Sunday was "
		      "condemned by the council.", 10);

	/* the relative clause tells of now: the attack that killed five on Sunday */
	fx_open(&f, "en", "Police in Tikrit named on Monday the bomber of the attack that killed "
		 "five people on Sunday in the town captured in 2014.");
	assert_int_equal(ncurrent(f.d), 1);
	fx_close(&f);

	/* a title line over such a body names the same past happening */
	assert_int_equal(fx_nevents("en", "Court jails man over port bombing\n\n"
				    "A court in Basra on Tuesday jailed a man over a car bomb that "
				    "struck the port gate four years ago. Relatives of the victims "
				    "attended the hearing."), 0);
	assert_int_equal(fx_nevents("ar", "السجن لمتهم في تفجير الميناء\n\n"
				    "قضت محكمة في البصرة الثلاثاء بسجن رجل في التفجير الذي وقع قبل "
				    "أربع سنوات قرب بوابة الميناء."), 0);
	/* not over a body that tells of now */
	fx_open(&f, "en", "Car bomb kills five in Tikrit\n\n"
		    "Five people were killed in Tikrit on Sunday near the market that was hit by an "
		    "ambush that took place in 2016.");
	assert_int_equal(ncurrent(f.d), 1);
	fx_close(&f);

	/* "that" after a reporting verb opens what was said, not a relative clause */
	assert_int_equal(fx_nevents("en", "Police said on Sunday that a car bomb killed five "
				    "people in Tikrit, in the town recaptured in 2016."), 1);
}

/*
 * A statement of now that recalls a past happening with its toll ("said on
 * Tuesday that the shelling of the town in 2018, which killed 40, ...")
 * gives that toll to no event of now, another cue of it notwithstanding;
 * the toll of a happening it does not date stays.
 */
static void test_framing_statement_toll(void **state)
{
	static const char *const none[][2] = {
		{"en", "The envoy said on Tuesday that the shelling of Jasim in 2018, which killed 40 "
		       "civilians, showed the need for a truce."},
		{"ar", "قال المبعوث الثلاثاء إن قصف جاسم عام 2018، الذي أودى بحياة 40 مدنيا، يظهر "
		       "الحاجة إلى هدنة."},
		/* the toll's clause dated past the cue's object */
		{"en", "The council on Monday condemned the attack on a school in Jasim that killed 30 "
		       "people in October."},
		{"ar", "دان المجلس الاثنين الهجوم على مدرسة في جاسم الذي أودى بحياة 30 شخصا في تشرين "
		       "الأول الماضي."},
	};

	(void)state;
	expect_no_events(none, sizeof(none) / sizeof(none[0]));
	/* undated, or dated now: the toll is of an event of the report */
	assert_int_equal(fx_nevents("en", "The envoy said on Tuesday that the shelling of Jasim, "
				    "which killed 40 civilians, broke the truce."), 1);
	assert_int_equal(fx_nevents("ar", "قال المبعوث الثلاثاء إن قصف جاسم، الذي أودى بحياة 40 "
				    "مدنيا، خرق الهدنة."), 1);
	assert_int_equal(fx_nevents("en", "The council on Monday condemned the attack on a school in "
				    "Jasim that killed 30 people on Sunday."), 1);
	/* the happening named again by a definite noun in the next sentence */
	assert_int_equal(fx_nevents("en", "The prosecutor said on Tuesday that a man was charged over a "
				    "market bombing in Jasim in 2019. The attack killed 43 people."), 0);
	assert_int_equal(fx_nevents("ar", "قال المدعي العام الثلاثاء إن رجلا اتهم بالتخطيط لتفجير سوق "
				    "جاسم عام 2019. وأسفر التفجير عن مقتل 43 شخصا."), 0);
	/* not after a sentence of now */
	assert_int_equal(fx_nevents("en", "The prosecutor said on Tuesday that a bomb went off at the "
				    "market in Jasim. The attack killed 43 people."), 1);
}

/* Of two days of a sentence, the one next to its event cue dates the event. */
static void test_framing_cue_date(void **state)
{
	struct fx f;

	(void)state;
	expect_one_on("en", "Calm returned to the town of Tayba on Tuesday, a day after clashes "
		      "erupted on Monday, local officials said.", 11);
	expect_one_on("ar", "ساد الهدوء الحذر بلدة طيبة اليوم الثلاثاء، بعد اشتباكات عنيفة "
		      "شهدتها البلدة أمس الاثنين، استمرت لساعات وأسفرت عن مقتل أربعة.", 11);

	/* neither next to the cue: the first */
	fx_open(&f, "en", "On Tuesday, officials said, clashes in Tayba had killed four, and on "
		 "Monday, the town was quiet.");
	assert_int_equal(f.d->events[0].date.d, 12);
	fx_close(&f);
}

/* A written day opening a line dates the report, not the event. */
static void test_framing_stamp_date(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "date 2024-03-11 Shelling on Jasim killed 5 people.");
	assert_int_equal(f.d->nevents, 1);
	assert_int_not_equal(f.d->events[0].precision, RASD_PREC_DAY);
	fx_close(&f);

	fx_open(&f, "en", "Shelling kills five in Daraa\n\n3rd March 2024 - (Daraa) Shelling on "
		 "Jasim killed 5 people.");
	assert_true(f.d->nevents >= 1);
	assert_int_not_equal(f.d->events[0].precision, RASD_PREC_DAY);
	fx_close(&f);

	/* the sentence's own day, and a weekday after the stamp, date the event */
	fx_open(&f, "en", "On 3 March 2024, shelling on Jasim killed 5 people.");
	assert_int_equal(f.d->nevents, 1);
	assert_int_equal(f.d->events[0].precision, RASD_PREC_DAY);
	assert_int_equal(f.d->events[0].date.d, 3);
	fx_close(&f);

	fx_open(&f, "en", "date 2024-03-12 Shelling on Jasim on Sunday killed 5 people.");
	assert_int_equal(f.d->nevents, 1);
	assert_int_equal(f.d->events[0].precision, RASD_PREC_DAY);
	assert_int_equal(f.d->events[0].date.d, 10);
	fx_close(&f);
}

/* Given names and actors' names are no places (ordinary.tsv, reviewed by hand). */
static void test_framing_names_not_places(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "An air strike killed five Houthi fighters on Monday, Ahmad Khalil said.");
	assert_int_equal(f.d->nevents, 1);
	assert_int_equal(f.d->events[0].place, -1);
	fx_close(&f);

	fx_open(&f, "en", "Shelling killed five fighters of the Hamza Division on Monday, "
		 "Hamid Saad said.");
	assert_int_equal(f.d->nevents, 1);
	assert_int_equal(f.d->events[0].place, -1);
	fx_close(&f);

	/* an everyday adjective spelt like a town ("عالية", high: Aley) */
	fx_open(&f, "ar", "قتل خمسة مدنيين في قصف مدفعي يوم الاثنين وسط حالة تأهب عالية.");
	assert_int_equal(f.d->nevents, 1);
	assert_int_equal(f.d->events[0].place, -1);
	fx_close(&f);

	/* "طائرات حربية" (warplanes): the adjective is spelt like a town (Harbiye) */
	fx_open(&f, "ar", "قتل خمسة مدنيين بغارات شنتها طائرات حربية على مخيم قرب بلدة سرمدا.");
	assert_true(rasdp_cue(f.d, fx_tok(f.d, "حربية", 0), RASD_CUE_ORDINARY));
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Sarmada");
	fx_close(&f);

	/* a nerve agent spelt like a village (Sarin): no second place */
	fx_open(&f, "en", "Shelling with sarin killed twelve people in the town of Kafr Zita "
		 "on Tuesday, doctors said.");
	assert_true(rasdp_cue(f.d, fx_tok(f.d, "sarin", 0), RASD_CUE_ORDINARY));
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
}

/* A sentence opening with earlier that day dates what was told before it to that day. */
static void test_framing_earlier_that_day(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Angry demonstrators stormed the town hall in the city of Manbij and set "
		 "fire to parts of it amid heavy gunfire.\n\nEarlier on Tuesday, hundreds of people "
		 "gathered around the hall, chanting slogans against the council.");
	assert_true(f.d->nevents >= 1);
	assert_int_equal(f.d->events[0].precision, RASD_PREC_DAY);
	assert_int_equal(f.d->events[0].date.d, 12);
	fx_close(&f);

	fx_open(&f, "ar", "اقتحم متظاهرون غاضبون مبنى البلدية في مدينة منبج وأضرموا النار في أجزاء "
		 "منه وسط إطلاق نار كثيف.\n\nوفي وقت سابق من يوم الثلاثاء، تجمع مئات الأشخاص حول "
		 "المبنى مرددين هتافات ضد المجلس.");
	assert_true(f.d->nevents >= 1);
	assert_int_equal(f.d->events[0].precision, RASD_PREC_DAY);
	assert_int_equal(f.d->events[0].date.d, 12);
	fx_close(&f);

	/* earlier that month fixes no day */
	fx_open(&f, "en", "Angry demonstrators stormed the town hall in the city of Manbij and set "
		 "fire to parts of it amid heavy gunfire.\n\nEarlier this month, hundreds of people "
		 "gathered around the hall, chanting slogans against the council.");
	assert_true(f.d->nevents >= 1);
	assert_int_not_equal(f.d->events[0].precision, RASD_PREC_DAY);
	fx_close(&f);
}

/*
 * `text` gives two events, the first dated to day `first` of the month
 * and the second to day `second` (0: not dated to a day).
 */
static void two_days(const char *lang, const char *text, int first, int second)
{
	struct fx f;
	int k, want[2] = { first, second };

	fx_open(&f, lang, text);
	assert_int_equal(f.d->nevents, 2);
	for (k = 0; k < 2; k++) {
		if (!want[k]) {
			assert_int_not_equal(f.d->events[k].precision, RASD_PREC_DAY);
			continue;
		}
		assert_int_equal(f.d->events[k].precision, RASD_PREC_DAY);
		assert_int_equal(f.d->events[k].date.d, want[k]);
	}
	fx_close(&f);
}

/*
 * A happening told with no day of its own takes the day of the one told
 * beside it: an event before a sentence that tells another happening on
 * a day ("Meanwhile clashes resumed today"), which keeps its day too; an
 * event that opens by telling another happening, the day of the sentence
 * before it.
 */
static void test_framing_day_told_beside(void **state)
{
	(void)state;
	two_days("en", "Government warplanes carried out air strikes on the town of Saraqib, "
		 "killing five civilians.\nMeanwhile clashes resumed today in Saraqib between "
		 "rebels and government forces, leaving two fighters dead.", 12, 12);
	two_days("ar", "شن الطيران الحربي غارات جوية على بلدة سراقب، ما أدى إلى مقتل خمسة "
		 "مدنيين.\nوبالتزامن، تجددت الاشتباكات اليوم في سراقب بين الفصائل وقوات "
		 "النظام، ما أسفر عن مقتل عنصرين.", 12, 12);
	two_days("en", "Government warplanes carried out air strikes on the town of Saraqib on "
		 "Monday, killing five civilians.\nMeanwhile, clashes erupted in Maarat al-Numan "
		 "between rebels and government forces, leaving two fighters dead.", 11, 11);
	two_days("ar", "شن الطيران الحربي يوم الاثنين غارات جوية على بلدة سراقب، ما أدى إلى "
		 "مقتل خمسة مدنيين.\nوبالتزامن، اندلعت اشتباكات في مدينة معرة النعمان بين "
		 "الفصائل وقوات النظام، ما أسفر عن مقتل عنصرين.", 11, 11);
	/* no word of another happening: each keeps only its own day */
	two_days("en", "Government warplanes carried out air strikes on the town of Saraqib on "
		 "Monday, killing five civilians.\nClashes erupted in Maarat al-Numan between "
		 "rebels and government forces, leaving two fighters dead.", 11, 0);
	two_days("ar", "شن الطيران الحربي يوم الاثنين غارات جوية على بلدة سراقب، ما أدى إلى "
		 "مقتل خمسة مدنيين.\nواندلعت اشتباكات في مدينة معرة النعمان بين الفصائل وقوات "
		 "النظام، ما أسفر عن مقتل عنصرين.", 11, 0);
	/* a time of day alone tells when the other happened, not when the first did */
	two_days("en", "Government warplanes carried out air strikes on the town of Saraqib, "
		 "killing five civilians.\nElsewhere, rebels overran an army checkpoint in "
		 "Maarat al-Numan overnight, killing two soldiers.", 0, 12);
	/* told by a statement of a known day, the event has its own time */
	two_days("en", "Government warplanes carried out air strikes on the town of Saraqib on "
		 "Monday, killing five civilians.\nMeanwhile, rebels captured an army checkpoint "
		 "in Maarat al-Numan, killing two soldiers, a rebel commander said on Tuesday.",
		 11, 0);
}

/* A dateline names where the report was filed: no event's place, no report's country. */
static void test_framing_dateline(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "AMMAN (Reuters) - Shelling on Jasim killed five civilians on Monday.");
	assert_true(rasdp_dateline_match(f.d, fx_match_at(f.d, RASD_LEX_PLACE, fx_tok(f.d, "AMMAN", 0))));
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Jasim");
	fx_close(&f);

	fx_open(&f, "en", "Shelling killed five\nADEN/WASHINGTON (Reuters) - Shelling on Jasim killed "
		 "five civilians on Monday.");
	assert_true(rasdp_dateline_match(f.d, fx_match_at(f.d, RASD_LEX_PLACE, fx_tok(f.d, "ADEN", 0))));
	fx_close(&f);

	/* a place inside a line, or one a clause goes on from, is none */
	fx_open(&f, "en", "Shelling on Jasim killed five civilians on Monday - the ministry said.");
	assert_false(rasdp_dateline_match(f.d, fx_match_at(f.d, RASD_LEX_PLACE, fx_tok(f.d, "Jasim", 0))));
	fx_close(&f);
	fx_open(&f, "en", "Jasim was shelled on Monday - five civilians were killed.");
	assert_false(rasdp_dateline_match(f.d, fx_match_at(f.d, RASD_LEX_PLACE, fx_tok(f.d, "Jasim", 0))));
	fx_close(&f);
}

/* `text`, one sentence, tells of no event: its cues count none, its toll is no event's. */
static void no_event_told(const char *lang, const char *text)
{
	struct fx f;

	fx_open(&f, lang, text);
	assert_int_equal(f.c.si[0].trig, -1);
	assert_int_equal(f.d->nevents, 0);
	fx_close(&f);
}

/*
 * Persons named, of no armed group, killed by gunmen are unarmed: violence
 * against civilians; armed men killed so make a battle.
 */
static void test_framing_named_unarmed(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Gunmen attacked a van in Jasim on Monday, killing Khaled Omar Saleh and "
		 "Yusuf Adel Karim, relatives said.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Violence against civilians");
	fx_close(&f);
	fx_open(&f, "en", "Gunmen attacked a van in Jasim on Monday, killing two fighters, relatives "
		 "said.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Battles");
	fx_close(&f);
	/* "one of" a group is no name */
	fx_open(&f, "ar", "هاجم مسلحون سيارة في بلدة جاسم يوم الاثنين ما أدى إلى مقتل أحد عناصر "
		 "الشرطة.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Battles");
	fx_close(&f);
}

/* `text` tells of one event, of type `type` (NULL: of no stated kind). */
static void one_event_typed(const char *lang, const char *text, const char *type)
{
	struct fx f;

	fx_open(&f, lang, text);
	assert_int_equal(f.d->nevents, 1);
	if (type) {
		assert_non_null(f.d->events[0].event_type);
		assert_string_equal(f.d->events[0].event_type, type);
	} else {
		assert_null(f.d->events[0].event_type);
	}
	fx_close(&f);
}

/* A cue word that writes two words is read by its sentence's other cues: "مسيرة", a march or a drone. */
static void test_framing_homograph(void **state)
{
	struct fx f;

	(void)state;
	/* protesters marching: a march */
	one_event_typed("ar", "خرج مئات المحتجين يوم الجمعة في مسيرة وسط بلدة جاسم للمطالبة "
			"بالإفراج عن المعتقلين.", "Protests");
	one_event_typed("ar", "جابت مسيرات للمتظاهرين شوارع بلدة جاسم يوم الجمعة.", "Protests");
	/* a bombardment by one: a drone */
	fx_open(&f, "ar", "قتل ثلاثة أشخاص يوم الإثنين في قصف بمسيرة على سيارة قرب بلدة جاسم.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Explosions/Remote violence");
	assert_string_equal(f.d->events[0].sub_type, "Air/drone strike");
	fx_close(&f);
	/* alone, the heavier reading: a drone */
	one_event_typed("ar", "قتل شخصان يوم الإثنين بمسيرة قرب بلدة جاسم.",
			"Explosions/Remote violence");
	/* English words of one type only stay as they were */
	one_event_typed("en", "Hundreds of protesters marched through Jasim on Friday.", "Protests");
	one_event_typed("en", "A drone strike killed three people in a car near Jasim on Monday.",
			"Explosions/Remote violence");
}

/* What a protest is against names no event: the protest is the event. */
static void test_framing_protested(void **state)
{
	(void)state;
	one_event_typed("en", "Hundreds of protesters rallied in Jasim on Friday against the air "
			"strikes on the town.", "Protests");
	one_event_typed("ar", "تظاهر مئات الأشخاص يوم الجمعة في بلدة جاسم تنديدا بالغارات الجوية "
			"على المدينة.", "Protests");
	/* with no protest told, strikes "against" a side are the event */
	one_event_typed("en", "Warplanes carried out air strikes against rebel positions in Jasim on "
			"Monday, killing four fighters.", "Explosions/Remote violence");
	/* a bombing after a word of "after", the protest told before it: its cause */
	one_event_typed("ar", "احتشد آلاف المتظاهرين في ساحة البلدة يوم الأحد غداة تفجير سيارة مفخخة "
			"قرب المطار.", "Protests");
	one_event_typed("en", "Thousands of protesters gathered in the square on Sunday, a day after a car "
			"bomb exploded near the airport.", "Protests");
	/* the bombing told first is the event */
	one_event_typed("en", "A car bomb killed 12 people in Jasim on Friday after a protest in the town "
			"centre.", "Explosions/Remote violence");
}

/* What a deed answered names no event: the deed is the event. */
static void test_framing_responded(void **state)
{
	(void)state;
	one_event_typed("en", "Rebels attacked an army checkpoint near Jasim on Monday in retaliation "
			"for the air strikes on the town, killing five soldiers.", "Battles");
	one_event_typed("ar", "هاجم مسلحون حاجزا للجيش قرب بلدة جاسم يوم الإثنين ردا على الغارات "
			"الجوية على البلدة، ما أدى إلى مقتل خمسة جنود.", "Battles");
	one_event_typed("en", "Gunmen shot dead four villagers in Jasim on Monday in revenge for an air "
			"strike that killed their commander.", "Violence against civilians");
	/* right before its cue, the word is the deed's own kind */
	one_event_typed("en", "Gunmen killed four villagers near Jasim on Monday in a revenge attack.",
			"Violence against civilians");
	/* with no other cue, the cue stays: the deed is told by no word of its kind */
	one_event_typed("en", "The army hit three villages near Jasim on Monday in response to the "
			"bombing, killing six civilians.", "Explosions/Remote violence");
}

/* Strikes that support a fight name no event of their own: the battle is the event (ACLED). */
static void test_framing_supported(void **state)
{
	(void)state;
	one_event_typed("en", "Fierce fighting backed by air strikes raged near Jasim on Monday, "
			"killing 12 fighters on both sides.", "Battles");
	one_event_typed("en", "The army, backed by Russian air strikes, clashed with rebels near Jasim "
			"on Monday, killing 12 fighters.", "Battles");
	one_event_typed("ar", "اندلعت اشتباكات بين الجيش والفصائل بإسناد من الطيران الحربي قرب بلدة "
			"جاسم يوم الإثنين وقتل 12 مقاتلا.", "Battles");
	/* with no fight told, the strikes are the event */
	one_event_typed("en", "Air strikes backed by drones hit a market near Jasim on Monday, killing "
			"five civilians.", "Explosions/Remote violence");
}

/* Aircraft that took part in a fight ("شاركت فيها الطائرات") support it: the battle is the event. */
static void test_framing_took_part(void **state)
{
	(void)state;
	one_event_typed("ar", "دارت مواجهات عنيفة بين الجيش ومسلحين في بلدة جاسم يوم الإثنين شاركت "
			"فيها الطائرات الحربية، وقتل فيها 12 مسلحا.", "Battles");
	/* a word of taking part with no fight told leaves the strikes the event */
	one_event_typed("ar", "قصفت الطائرات الحربية بلدة جاسم يوم الإثنين ما أدى إلى مقتل 12 مدنيا، "
			"وشارك في التشييع آلاف الأهالي.", "Explosions/Remote violence");
}

/* The dead killed by strikes and clashes joined by "and" were killed by both: no strike alone did the harm. */
static void test_framing_harm_joined(void **state)
{
	(void)state;
	one_event_typed("en", "Fierce clashes broke out between the Syrian army and rebels of the Free "
			"Syrian Army in Jasim on Monday, and the fighting went on for hours. Medics "
			"said 11 rebels and two soldiers were killed in the air strikes and the "
			"clashes.", "Battles");
	one_event_typed("ar", "اندلعت اشتباكات عنيفة بين الجيش ومقاتلي الفصائل في بلدة جاسم يوم الإثنين "
			"وامتدت المعارك إلى أحياء البلدة. وقال مسعفون إن 11 مقاتلا وجنديين قتلوا "
			"خلال الغارات الجوية والاشتباكات.", "Battles");
	/* killed in the strikes alone: the strikes did the harm */
	one_event_typed("en", "Fierce clashes broke out between the Syrian army and rebels of the Free "
			"Syrian Army in Jasim on Monday, and the fighting went on for hours. Medics "
			"said 11 rebels and two soldiers were killed in the air strikes on the "
			"town.", "Explosions/Remote violence");
	one_event_typed("ar", "اندلعت اشتباكات عنيفة بين الجيش ومقاتلي الفصائل في بلدة جاسم يوم الإثنين "
			"وامتدت المعارك إلى أحياء البلدة. وقال مسعفون إن 11 مقاتلا وجنديين قتلوا "
			"خلال الغارات الجوية على البلدة.", "Explosions/Remote violence");
}

/* A raid with an aircraft beside it is an air strike; with none, a raid on the ground. */
static void test_framing_raid_aircraft(void **state)
{
	(void)state;
	one_event_typed("en", "Government aircraft carried out raids on rebel positions near Jasim on "
			"Monday, killing six fighters.", "Explosions/Remote violence");
	one_event_typed("en", "The air force renewed its raids on villages near Jasim on Monday, killing "
			"four civilians.", "Explosions/Remote violence");
	/* with no aircraft, a raid on the ground or an arrest raid */
	one_event_typed("en", "Police raids on homes near Jasim on Monday ended with four men arrested.",
			"Strategic developments");
	one_event_typed("en", "Soldiers raided a farm near Jasim on Monday and killed two gunmen in a "
			"gun battle.", "Battles");
	/* an aircraft downed is no raid */
	one_event_typed("en", "Rebels shot down a government aircraft near Jasim on Monday.",
			"Strategic developments");
}

/* A weapon named as equipment is no deed of fighting. */
static void test_framing_equipped(void **state)
{
	(void)state;
	one_event_typed("en", "Gunmen in trucks fitted with machine guns stormed a village near Jasim on "
			"Monday and killed five civilians.", "Violence against civilians");
	/* armed men opening fire is the deed */
	one_event_typed("en", "Armed men opened fire on a car near Jasim on Monday, killing two "
			"soldiers.", "Violence against civilians");
}

/* A killing told with no word of its kind is read by who was killed. */
static void test_framing_killed_armed(void **state)
{
	(void)state;
	one_event_typed("en", "Government forces killed 12 militants near Jasim on Monday.", "Battles");
	one_event_typed("ar", "قتلت القوات الحكومية 12 مسلحا قرب بلدة جاسم يوم الإثنين.", "Battles");
	/* civilians killed by means untold: an attack on civilians (models/frame.tsv) */
	one_event_typed("en", "Five civilians were killed in Jasim on Monday.",
			"Violence against civilians");
	one_event_typed("ar", "قتل مسلحون ثلاثة مدنيين في بلدة جاسم يوم الإثنين.",
			"Violence against civilians");
	/* the victims of a happening of another time read nothing ... */
	expect_no_events((const char *const[][2]){
		{"en", "People in Jasim marked on Monday the anniversary of the ambush that struck the "
		       "town in 2016 and killed 12 soldiers."},
		{"ar", "أحيا أهالي بلدة جاسم يوم الإثنين ذكرى الكمين الذي تعرضت له البلدة عام 2016 "
		       "وأدى إلى مقتل 12 جنديا."}}, 2);
	/* ... but victims told before it are today's */
	one_event_typed("en", "Government forces killed 12 militants near Jasim on Monday while freeing "
			"soldiers abducted last year.", "Battles");
}

/*
 * Each case {lang, text, type}: one event of that type, or with type "-"
 * no event at all.
 */
static void typed_cases(const char *const cases[][3], size_t n)
{
	size_t k;

	for (k = 0; k < n; k++) {
		if (strcmp(cases[k][2], "-")) {
			one_event_typed(cases[k][0], cases[k][1], cases[k][2]);
			continue;
		}
		expect_no_events((const char *const[][2]){{cases[k][0], cases[k][1]}}, 1);
	}
}

#define BLAST "Explosions/Remote violence"

/*
 * A bare "strike" is an attack only in company; a walkout when a cue of
 * protest holds it, and alone nothing.
 */
static void test_framing_bare_strike(void **state)
{
	static const char *const cases[][3] = {
		{"en", "Russian strikes killed 21 civilians in the town of Maarat on Monday.", BLAST},
		{"en", "A strike wounded four people in Sarmada on Thursday, rescuers said.", BLAST},
		{"en", "Shops in Suwayda stayed closed on Monday as the strike entered its third day.", "-"},
		{"en", "Traders in Suwayda began a general strike on Monday over fuel prices.", "Protests"},
		{"en", "Two detainees on hunger strike in a prison near Homs were killed on Monday, their "
		       "families said.", "Protests"},
	};

	(void)state;
	typed_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A verb of undergoing takes the attack told a few words after it, its
 * subject between; the means told after the attack types it; undergoing
 * criticism after an attack is no attack.
 */
static void test_framing_undergone(void **state)
{
	static const char *const cases[][3] = {
		{"ar", "تعرضت دورية للشرطة لهجوم عنيف قرب بلدة جاسم يوم الإثنين.", "Battles"},
		{"ar", "تعرض منزل القاضي لإطلاق نار في بلدة جاسم يوم الإثنين.", "Battles"},
		{"en", "An army patrol came under heavy attack near Jasim on Monday.", "Battles"},
		{"ar", "تعرضت دورية للجيش لهجوم بعبوة ناسفة قرب بلدة جاسم يوم الإثنين.", BLAST},
		{"ar", "تعرض وزير الداخلية لانتقادات واسعة بعد الهجوم على البلدة.", "-"},
	};

	(void)state;
	typed_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * Fire as the object of a verb of firing, its subject between ("فتحت
 * الدبابات النار على"), is an attack; fire with no such verb ("وقف إطلاق
 * النار على"), or fired in the air, is none.
 */
static void test_framing_fire_opened(void **state)
{
	static const char *const cases[][3] = {
		{"ar", "فتحت الدبابات النار على سكان بلدة جاسم يوم الإثنين.", "Violence against civilians"},
		{"ar", "أطلق مسلحون مجهولون النار على سيارة في بلدة جاسم يوم الإثنين.",
		 "Violence against civilians"},
		{"ar", "فتحت النار على سيارة في بلدة جاسم يوم الإثنين.", "Violence against civilians"},
		{"ar", "أطلق عناصر الحاجز النار في الهواء في بلدة جاسم يوم الإثنين.", "-"},
	};

	(void)state;
	typed_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * Tear gas canisters and grenades are a protest's dispersal, not a blast
 * (a grenade alone stays one); "مسيرة" with no other cue is a march when a
 * crowd is told (a drone that struck stays one).
 */
static void test_framing_crowd_control(void **state)
{
	static const char *const cases[][3] = {
		{"ar", "أطلقت قوات الأمن قنابل مسيلة للدموع لتفريق مئات المتظاهرين في بلدة جاسم يوم "
		       "الجمعة.", "Protests"},
		{"en", "Police fired tear gas grenades at hundreds of protesters in Jasim on Friday.",
		 "Protests"},
		{"en", "A man threw a grenade at a checkpoint in Jasim on Friday, wounding two soldiers.",
		 BLAST},
		{"ar", "نظم أهالي بلدة جاسم مسيرة جابت شوارع البلدة يوم الجمعة.", "Protests"},
		{"ar", "شارك الآلاف في مسيرة في ساحة بلدة جاسم يوم الجمعة تطالب بالإفراج عن المعتقلين.",
		 "Protests"},
		{"ar", "استهدفت مسيرة سيارة في بلدة جاسم يوم الجمعة ما أدى إلى مقتل شخصين.", BLAST},
		/* a silent or peaceful march, a vigil beside it: a crowd */
		{"ar", "شارك المئات في مسيرة صامتة في بلدة جاسم يوم الجمعة.", "Protests"},
		{"ar", "خرج الأهالي في بلدة جاسم يوم الجمعة بمسيرة سلمية.", "Protests"},
		{"ar", "أقام أهالي بلدة جاسم يوم الجمعة وقفة ومسيرة حملوا فيها الشموع.", "Protests"},
	};

	(void)state;
	typed_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

#undef BLAST

/*
 * An attack is typed by what it hit, told after its word: a village, homes,
 * farmers (the unarmed) make violence against civilians, a checkpoint or a
 * patrol a battle.
 */
static void test_framing_attack_target(void **state)
{
	static const char *const cases[][3] = {
		{"en", "Armed men attacked the village of Jasim on Sunday and set fire to homes. Two "
		       "residents were wounded in the attack.", "Violence against civilians"},
		{"ar", "هاجم مستوطنون قرية جاسم يوم الأحد وأحرقوا منازل. وأصيب اثنان من سكانها في "
		       "الهجوم.", "Violence against civilians"},
		{"en", "Gunmen attacked an army checkpoint near Jasim on Sunday. Two soldiers were "
		       "wounded in the attack.", "Battles"},
		{"ar", "هاجم مسلحون حاجزا للجيش قرب بلدة جاسم يوم الأحد. وأصيب جنديان في الهجوم.",
		 "Battles"},
		/* a hospital is of the unarmed; a checkpoint beside one is not */
		{"en", "Gunmen attacked the main hospital in Jasim on Monday, killing two people.",
		 "Violence against civilians"},
		{"ar", "هاجم مسلحون مستشفى بلدة جاسم يوم الإثنين، ما أدى إلى مقتل شخصين.",
		 "Violence against civilians"},
		{"en", "Gunmen attacked an army checkpoint near the hospital in Jasim on Monday, killing "
		       "two people.", "Battles"},
		/* gunfire aimed at a patrol, and at farmers */
		{"en", "Gunmen opened fire on an army patrol near Jasim on Sunday, wounding two soldiers.",
		 "Battles"},
		{"ar", "أطلق مسلحون النار على دورية للجيش قرب بلدة جاسم يوم الأحد، ما أدى إلى إصابة جنديين.",
		 "Battles"},
		{"en", "Gunmen fired on farmers in their fields near Jasim on Sunday, killing one of them.",
		 "Violence against civilians"},
		{"ar", "أطلق مسلحون النار على مزارعين في أراضيهم قرب بلدة جاسم يوم الأحد، ما أدى إلى مقتل "
		       "أحدهم.", "Violence against civilians"},
		/* a rocket-propelled grenade is fired in direct fighting; rockets from afar */
		{"en", "Militants attacked an army outpost near Jasim overnight with machine guns and "
		       "rocket-propelled grenades, killing six soldiers.", "Battles"},
		{"ar", "هاجم مسلحون نقطة عسكرية قرب بلدة جاسم ليلا بالرشاشات وقذائف آر بي جي، ما أدى إلى "
		       "مقتل ستة جنود.", "Battles"},
		{"en", "Rockets fired from across the river struck an army outpost near Jasim overnight, "
		       "killing two soldiers.", "Explosions/Remote violence"},
		/* weapons counted two, in the Arabic dual */
		{"ar", "سقط صاروخان قرب مطار بلدة جاسم يوم الأحد دون وقوع إصابات.",
		 "Explosions/Remote violence"},
	};

	(void)state;
	typed_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A drone or a missile downed or intercepted, no one harmed, is a disrupted
 * use of weapons, no strike on the place; its debris that wounded people,
 * or another strike that got through and killed, makes the explosion the
 * event.
 */
static void test_framing_intercepted(void **state)
{
	static const char *const cases[][3] = {
		{"en", "Air defences downed a drone over the town of Qusayr on Tuesday, the army said.",
		 "Strategic developments"},
		{"en", "The army intercepted two missiles fired at the town of Qusayr on Tuesday.",
		 "Strategic developments"},
		{"en", "Two drones were shot down near the airport of Qusayr on Tuesday.",
		 "Strategic developments"},
		{"ar", "أسقطت الدفاعات الجوية مسيرة فوق بلدة القصير يوم الثلاثاء.",
		 "Strategic developments"},
		{"ar", "تصدت الدفاعات الجوية لصواريخ أطلقت باتجاه بلدة القصير يوم الثلاثاء.",
		 "Strategic developments"},
		/* the harm decides: debris that wounded two, a strike that got through */
		{"en", "Air defences intercepted a missile over Qusayr on Tuesday, and its debris "
		       "wounded two people.", "Explosions/Remote violence"},
		{"ar", "اعترضت الدفاعات الجوية صاروخا فوق بلدة القصير يوم الثلاثاء، وأصيب شخصان "
		       "بشظاياه.", "Explosions/Remote violence"},
		{"en", "A drone strike killed three people in Qusayr on Tuesday after air defences "
		       "downed another drone.", "Explosions/Remote violence"},
		{"ar", "قتل ثلاثة أشخاص بغارة بطائرة مسيرة على بلدة القصير يوم الثلاثاء بعد أن أسقطت "
		       "الدفاعات الجوية مسيرة أخرى.", "Explosions/Remote violence"},
	};

	(void)state;
	typed_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/* Each of `cases` (lang, text, sub-type) tells of one event of that sub-type ("-": of none). */
static void sub_typed_cases(const char *const cases[][3], size_t n)
{
	struct fx f;
	size_t k;

	for (k = 0; k < n; k++) {
		fx_open(&f, cases[k][0], cases[k][1]);
		assert_int_equal(f.d->nevents, 1);
		if (strcmp(cases[k][2], "-")) {
			assert_non_null(f.d->events[0].sub_type);
			assert_string_equal(f.d->events[0].sub_type, cases[k][2]);
		} else {
			assert_null(f.d->events[0].sub_type);
		}
		fx_close(&f);
	}
}

/*
 * A word of a blast alone ("explosion", "exploded") names no means: a shell
 * or a rocket that exploded is shelling, an air raid's blasts an air strike;
 * a blast told of nothing else is a bomb.  A bombing by aircraft or by a
 * government ("bombing raids", "regime bombing") is an air strike.
 */
static void test_framing_blast_means(void **state)
{
	static const char *const cases[][3] = {
		{"en", "Two mortar shells exploded in a residential district of Qusayr on Tuesday, "
		       "killing three people.", "Shelling/artillery/missile attack"},
		{"en", "Rebel shelling hit the centre of Qusayr on Tuesday and the blasts killed "
		       "three people.", "Shelling/artillery/missile attack"},
		{"en", "Warplanes struck Qusayr on Tuesday, and a series of explosions killed "
		       "three people.", "Air/drone strike"},
		{"en", "An explosion killed three people at the market of Qusayr on Tuesday.",
		 "Remote explosive/landmine/IED"},
		{"en", "A bomb exploded at the market of Qusayr on Tuesday, killing three people.",
		 "Remote explosive/landmine/IED"},
		{"en", "A bombing at the market of Qusayr killed three people on Tuesday.",
		 "Remote explosive/landmine/IED"},
		{"en", "Government bombing raids on Qusayr killed 14 people on Tuesday.",
		 "Air/drone strike"},
		{"en", "A regime bombing campaign on Qusayr killed 14 people this week.",
		 "Air/drone strike"},
		/* a bombardment, one or many, is shelling where nothing says from the air */
		{"en", "Army units carried out heavy bombardments on the outskirts of Qusayr on "
		       "Tuesday, killing 48 militants.", "Shelling/artillery/missile attack"},
		{"en", "Aerial bombardments on Qusayr killed 14 people on Tuesday.", "Air/drone strike"},
		{"ar", "سقطت قذيفة صاروخية على حي سكني في بلدة القصير يوم الثلاثاء، وأدى الانفجار "
		       "إلى مقتل ثلاثة أشخاص.", "Shelling/artillery/missile attack"},
		{"ar", "قتل ثلاثة أشخاص بانفجار في سوق بلدة القصير يوم الثلاثاء.",
		 "Remote explosive/landmine/IED"},
	};

	(void)state;
	sub_typed_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A bombing with an aircraft beside it, or right after who bombs from the
 * air, is an air strike; with neither, a bomb (a force named after it is
 * its target).
 */
static void test_framing_bombing_doer(void **state)
{
	static const char *const cases[][3] = {
		{"en", "The regime's bombing of Qusayr killed 14 people on Tuesday.", "Air/drone strike"},
		{"en", "Coalition bombs hit a school in Qusayr on Tuesday, killing nine children.",
		 "Air/drone strike"},
		{"en", "The Syrian regime bombs the rebel district of Qusayr for a third day, "
		       "killing six civilians on Tuesday.", "Air/drone strike"},
		{"en", "An aerial bomb hit a house in Qusayr on Tuesday, killing a mother and her son.",
		 "Air/drone strike"},
		{"en", "Bombs dropped by helicopters killed 14 people in Qusayr on Tuesday.",
		 "Air/drone strike"},
		/* with neither, a bomb */
		{"en", "A bombing targeting government forces killed three soldiers in Qusayr on "
		       "Tuesday.", "Remote explosive/landmine/IED"},
		{"en", "Two bombs went off near a bakery in Qusayr on Tuesday, killing three people.",
		 "Remote explosive/landmine/IED"},
		/* Arabic: a bombardment with an aircraft beside it; a bomb that hit a patrol */
		{"ar", "قصفت طائرات النظام بلدة القصير يوم الثلاثاء ما أدى إلى مقتل 14 شخصا.",
		 "Air/drone strike"},
		{"ar", "قتل ثلاثة جنود بانفجار عبوة ناسفة استهدفت دورية لقوات النظام في القصير يوم "
		       "الثلاثاء.", "Remote explosive/landmine/IED"},
	};

	(void)state;
	sub_typed_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * What did the harm is the cue nearest before the figure of the dead, the
 * subject of the killing, else the nearest after it: a strike that killed
 * civilians while fighting went on is the event, and so is a fight that
 * killed fighters while strikes hit the town.
 */
static void test_framing_harm_doer(void **state)
{
	static const char *const cases[][3] = {
		{"en", "Air strikes on villages near Qusayr killed 20 civilians on Tuesday as heavy "
		       "fighting raged between militants and government forces.",
		 "Explosions/Remote violence"},
		{"en", "Twenty civilians were killed in air strikes on villages near Qusayr on Tuesday "
		       "during heavy clashes between militants and government forces.",
		 "Explosions/Remote violence"},
		{"ar", "قتل 20 مدنيا بغارات جوية على قرى قرب القصير يوم الثلاثاء بينما كانت الاشتباكات "
		       "العنيفة مستمرة بين المسلحين والقوات الحكومية.", "Explosions/Remote violence"},
		{"ar", "قتل 20 مدنيا في غارات جوية على قرى قرب القصير يوم الثلاثاء خلال اشتباكات عنيفة "
		       "بين المسلحين والقوات الحكومية.", "Explosions/Remote violence"},
		/* the fight did the harm, the strikes are told beside it */
		{"en", "Heavy clashes between militants and government forces near Qusayr killed 12 "
		       "fighters on Tuesday, while air strikes hit the town.", "Battles"},
	};

	(void)state;
	typed_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * A bomber named by his vehicle blew up with it, and so did a blast told
 * as a suicide's; bombers alone may be aircraft.
 */
static void test_framing_vehicle_bomber(void **state)
{
	static const char *const cases[][3] = {
		{"en", "A motorcycle bomber killed 12 civilians outside a bakery in Qusayr on Tuesday, "
		       "a monitor said.", "Suicide bomb"},
		{"en", "Two car bombers struck a checkpoint near Qusayr on Tuesday, killing five "
		       "policemen.", "Suicide bomb"},
		{"ar", "فجر انتحاري دراجة نارية مفخخة أمام مخبز في القصير يوم الثلاثاء ما أدى إلى مقتل "
		       "12 مدنيا.", "Suicide bomb"},
		{"en", "Russian bombers struck Qusayr on Tuesday, killing 12 civilians.", "Air/drone strike"},
		/* "suicide" before a word of a blast or an attack */
		{"en", "Twin suicide blasts hit a checkpoint near Qusayr on Tuesday, killing six soldiers.",
		 "Suicide bomb"},
		{"ar", "قتل ستة جنود بتفجير انتحاري مزدوج استهدف حاجزا قرب القصير يوم الثلاثاء.",
		 "Suicide bomb"},
	};

	(void)state;
	sub_typed_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/* A beating, hard or deadly or told of the person beaten, is an attack; an attack beaten back is none. */
static void test_framing_beating(void **state)
{
	static const char *const cases[][3] = {
		{"en", "Soldiers at a checkpoint near Jasim brutally beat two farmers on Monday, wounding "
		       "both.", "Violence against civilians"},
		{"ar", "اعتدى جنود على مزارعين اثنين بالضرب المبرح قرب جاسم يوم الإثنين ما أدى إلى "
		       "إصابتهما.", "Violence against civilians"},
		{"en", "A man was beaten to death by gunmen in Jasim on Monday.", "Violence against civilians"},
		{"ar", "توفي معتقل في جاسم يوم الإثنين إثر تعرضه للضرب المبرح على أيدي حراس السجن.",
		 "Violence against civilians"},
		{"en", "The army said an attack on its positions near Jasim was beaten back on Monday, "
		       "killing 12 militants.", "Battles"},
	};

	(void)state;
	typed_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * Setting fire to property is a cue of its destruction in both languages
 * ("أضرم مستوطنون النار في منازل", "أحرقوا سيارات", "set fire to", "set
 * alight"); told with a shooting told as the happening it followed, the
 * two are two events.
 */
static void test_framing_arson(void **state)
{
	static const char *const cases[][3] = {
		{"ar", "أضرم مستوطنون النار في منازل بقرية عقربا جنوب نابلس يوم الخميس.",
		 "Looting/property destruction"},
		{"ar", "أحرقت مجموعة من المستوطنين سيارات ومحاصيل في قرية عقربا جنوب نابلس يوم الخميس.",
		 "Looting/property destruction"},
		{"en", "Settlers set alight three cars in the village of Aqraba near Nablus on Thursday.",
		 "Looting/property destruction"},
		{"en", "A group of settlers set fire to a barn in the village of Aqraba near Nablus on "
		       "Thursday.",
		 "Looting/property destruction"},
	};
	struct fx f;

	(void)state;
	sub_typed_cases(cases, sizeof(cases) / sizeof(cases[0]));
	fx_open(&f, "ar", "أضرم مستوطنون النار في منازل في قرية عقربا جنوب نابلس مساء الخميس بعد هجوم "
			   "بإطلاق النار نفذه مسلح قرب القرية وأسفر عن مقتل مستوطن.");
	assert_int_equal(f.d->nevents, 2);
	fx_close(&f);
}

/*
 * A weak cue of violence types a happening its sentence tells with a
 * strong cue of another kind ("attacked farmhouses ... and set fire to
 * two tractors"): the event stands, alone or after another happening;
 * the weak cue alone, of no figure, is still none.
 */
static void test_filter_strong_other_cue(void **state)
{
	static const char *const stands[][2] = {
		{"en", "Settlers attacked farmhouses in the village of Burin on Saturday and set fire "
		       "to two tractors, residents said."},
		{"ar", "هاجم مستوطنون منازل في قرية بورين يوم السبت وأضرموا النار في جرارين زراعيين."},
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(stands) / sizeof(stands[0]); i++)
		assert_int_equal(fx_nevents(stands[i][0], stands[i][1]), 1);
	assert_int_equal(fx_nevents("en", "Two soldiers were wounded when a bomb exploded in Kafr "
					  "Nabl on Friday. Separately, settlers attacked farmhouses "
					  "in the village of Burin and set fire to two tractors."),
			 2);
	assert_int_equal(fx_nevents("ar", "أصيب جنديان بانفجار عبوة ناسفة في كفرنبل يوم الجمعة. وفي "
					  "سياق آخر، هاجم مستوطنون منازل في قرية بورين وأضرموا "
					  "النار في جرارين زراعيين."),
			 2);
	assert_int_equal(fx_nevents("en", "Settlers attacked farmhouses in the village of Burin on "
					  "Saturday, residents said."),
			 0);
	assert_int_equal(fx_nevents("ar", "هاجم مستوطنون منازل في قرية بورين يوم السبت."), 0);
}

/* The frame decision: the readings an event's cues propose, and no event at all. */
/*
 * One event, with one figure, of type `type` when not NULL: a deed of the
 * report told beside words of another time or of no violence.
 */
static void one_counted_event(const char *lang, const char *text, const char *type)
{
	struct fx f;

	fx_open(&f, lang, text);
	assert_int_equal(f.d->nevents, 1);
	assert_int_equal(f.d->events[0].nclaims, 1);
	if (type)
		assert_string_equal(f.d->events[0].event_type, type);
	fx_close(&f);
}

/*
 * A court judging a deed tells of the deed's time: the cue a word of
 * justice governs frames nothing, the judged counted after it are no one
 * hurt, and a toll in a relative clause of a recalled happening is that
 * happening's.  Deaths a traffic accident, a collapse or an electric shock
 * caused are no figures of violence.  A deed of the report told beside
 * such words is still told.
 */
static void test_framing_judged_and_accidents(void **state)
{
	struct fx f;

	(void)state;
	no_event_told("en", "A court in Jasim sentenced four men to death on Monday for the bombing "
		      "of the market in 2015.");
	no_event_told("ar", "أصدرت محكمة في بلدة جاسم يوم الإثنين حكما بالإعدام على أربعة رجال "
		      "بتهمة تفجير السوق.");
	no_event_told("en", "The trial of a former officer charged with the massacre of 20 villagers "
		      "near Jasim opened on Monday.");
	no_event_told("ar", "بدأت يوم الإثنين محاكمة ضابط سابق بتهمة خطف 12 ناشطا في بلدة جاسم.");
	/* the judged told before the judgement */
	no_event_told("en", "Two men were sentenced to death in Jasim on Monday for the bombing of "
		      "the market.");
	/* a toll told before the court it was near */
	one_counted_event("en", "Three people were killed near the court in Jasim on Monday by a "
			    "roadside bomb.", NULL);
	/* the dead a memory names are no figure of the gathering's report ... */
	fx_open(&f, "ar", "نظم أهالي بلدة جاسم يوم الإثنين وقفة إحياء لذكرى 12 شخصا قتلوا بتفجير "
		 "سيارة مفخخة في السوق.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 12));
	fx_close(&f);
	/* ... but those killed after a harm told since the memory are */
	fx_open(&f, "ar", "في ذكرى الثورة قتلت قوات النظام 5 متظاهرين في بلدة جاسم يوم الإثنين.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 5));
	fx_close(&f);
	/* a toll in a relative clause of the happening an anniversary names */
	no_event_told("ar", "نظم أهالي بلدة جاسم يوم الإثنين وقفة في الذكرى الخامسة للتفجير الذي "
		      "أودى بحياة 37 شخصا.");
	/* a bomb near a court, an attack on one: the report's deeds */
	one_counted_event("ar", "انفجرت عبوة ناسفة قرب محكمة بلدة جاسم يوم الإثنين ما أدى إلى مقتل 3 "
			    "أشخاص.", "Explosions/Remote violence");
	one_counted_event("en", "Gunmen stormed the court in Jasim on Monday and killed 3 guards.", NULL);
	/* a killing told before a judgement of another */
	one_counted_event("en", "Gunmen killed 3 people in Jasim on Monday, a day after a court there "
			    "sentenced two of their leaders.", NULL);
	/* a year's toll a speaker gave on a day: the day dates the saying */
	fx_open(&f, "en", "The United Nations said on Monday that 12 aid workers were killed in "
		 "Syria in 2022.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 12));
	fx_close(&f);
	/* a toll the speaker gave of no year keeps it */
	fx_open(&f, "en", "The United Nations said on Monday that 12 aid workers were killed in "
		 "Jasim.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 12));
	fx_close(&f);
	/* deaths by accident, collapse or electric shock */
	expect_no_events((const char *const[][2]){
		{"en", "Nine people were killed on Monday when a bus collided with a lorry near Jasim."},
		{"ar", "قتل تسعة أشخاص يوم الإثنين إثر اصطدام حافلة بشاحنة قرب بلدة جاسم."},
		{"ar", "توفي شاب بصعقة كهربائية في بلدة جاسم يوم الإثنين."},
		{"en", "Three people died on Monday when their car overturned near Jasim."}}, 4);
	/*
	 * the cause in a clause apart from the figure: the report still tells
	 * of no violence ("no violent event" weighs causes too)
	 */
	expect_no_events((const char *const[][2]){
		{"en", "Six people, including two children, died on Monday when a building collapsed "
		       "in Jasim."}}, 1);
	/* a building shelling brought down: the shelling's toll */
	one_counted_event("en", "Shelling on Jasim on Monday caused a building to collapse, killing 3 "
			    "people.", "Explosions/Remote violence");
	/* a collision of armed vehicles in a clause of its own, a strike in another */
	one_counted_event("en", "A drone strike hit a car in Jasim on Monday, killing 2 fighters, after a "
			    "bus collided with a lorry nearby.", NULL);
}

/* Each report of `docs` (language, text) has `want` events. */
static void events_each(const char *const docs[][2], size_t n, size_t want)
{
	struct fx f;
	size_t k;

	for (k = 0; k < n; k++) {
		fx_open(&f, docs[k][0], docs[k][1]);
		assert_int_equal(f.d->nevents, want);
		fx_close(&f);
	}
}

/*
 * Weapons shown or tried in a drill or a parade, no one harmed, make no
 * event; a shell that killed during a drill, or a rocket that struck a
 * parade, does.  A truce or a deal with no figure is no event either.
 */
static void test_framing_drill(void **state)
{
	static const char *const none[][2] = {
		{"en", "The navy held exercises off the coast of Tartus on Monday, firing missiles at targets at sea."},
		{"en", "The army held a parade in Hama on Monday, with tanks and helicopters passing the stands."},
		{"ar", "أجرت البحرية مناورات قبالة سواحل طرطوس يوم الإثنين أطلقت خلالها صواريخ على أهداف بحرية."},
		{"ar", "نفذ الجيش يوم الإثنين مناورة في حماة تحاكي قصفا مدفعيا على مواقع معادية."},
		{"en", "The two sides agreed on a truce in Hama on Monday, the mediators said."},
		{"ar", "اتفق الطرفان يوم الإثنين على هدنة في حماة، بحسب الوسطاء."},
	};
	struct fx f;

	(void)state;
	events_each(none, sizeof(none) / sizeof(none[0]), 0);
	fx_open(&f, "en", "Two soldiers were killed when a shell exploded during army exercises near Hama on Monday.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
	fx_open(&f, "ar", "قتل جنديان بانفجار قذيفة خلال مناورات للجيش قرب حماة يوم الإثنين.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
	fx_open(&f, "en", "A rocket struck a military parade in Hama on Monday.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
}

/*
 * A weapon bought, sold, supplied, seized, stored or cleared, no one
 * harmed in its sentence, makes no event, nor does a boiler that burst
 * or a deed sanctions were imposed for; weapons so named that struck and
 * harmed make one.
 */
static void test_framing_goods(void **state)
{
	static const char *const none[][2] = {
		{"en", "Iraq signed a deal in Baghdad on Monday to buy 14 fighter jets from South Korea."},
		{"en", "The ministry accused the company of supplying drones and rockets to the militia in Hama on Monday."},
		{"en", "The demining of 2,000 landmines around Hama was finished on Monday."},
		{"ar", "وقع العراق في بغداد يوم الإثنين صفقة لشراء 14 طائرة حربية من كوريا الجنوبية."},
		{"ar", "اتهمت الوزارة يوم الإثنين الشركة بتزويد الميليشيا بطائرات مسيرة في حماة."},
		{"ar", "أزالت الفرق أكثر من ألفي لغم من الحقول قرب حماة يوم الإثنين."},
		/* a boiler that burst is no violence (cues.tsv hazard, cause) */
		{"en", "A boiler exploded at a cement factory near Hama on Monday, killing four workers."},
		{"ar", "قتل أربعة عمال بانفجار مرجل في معمل قرب حماة يوم الإثنين."},
		/* sanctions judge a deed done before (cues.tsv justice) */
		{"en", "The European Union imposed sanctions on Monday on two commanders it blames for the shelling of Hama."},
		{"ar", "فرض الاتحاد الأوروبي يوم الإثنين عقوبات على قائدين يحملهما مسؤولية قصف حماة."},
	};
	static const char *const some[][2] = {
		{"en", "Drones supplied by Iran struck Hama on Monday, killing four people."},
		{"en", "The army said rockets bought abroad hit the town of Hama on Monday, wounding six civilians."},
		{"ar", "قتل أربعة أشخاص يوم الإثنين بغارة طائرات مسيرة زودتها إيران للميليشيا على حماة."},
		{"ar", "أصيب ستة مدنيين بصواريخ اشترتها الميليشيا سقطت على حماة يوم الإثنين."},
	};
	(void)state;
	events_each(none, sizeof(none) / sizeof(none[0]), 0);
	events_each(some, sizeof(some) / sizeof(some[0]), 1);
}

/*
 * The bodies or remains of the dead handed over, exchanged or brought
 * home are no toll, and a blast, a fire or a drowning put down to a cause
 * of no violence (a gas leak, a short circuit) makes no event; the bodies
 * of those an attack of now killed, and a blast put down to an attack,
 * keep theirs.
 */
static void test_framing_remains_accident(void **state)
{
	static const char *const none[][2] = {
		{"en", "The remains of nine soldiers who died in fighting two years ago were handed over to the army in Hama on Monday."},
		{"en", "The bodies of 17 migrants were repatriated to Syria on Monday and reburied in Hama."},
		{"en", "Jordan received the bodies of three fighters in an exchange at the Jasim crossing on Monday."},
		{"ar", "تسلم الجيش يوم الإثنين رفات تسعة جنود في مدينة حماة عبر الصليب الأحمر."},
		{"ar", "جرى يوم الإثنين استلام جثامين خمسة مقاتلين في بلدة جاسم في إطار صفقة تبادل."},
		{"en", "Three workers were killed in an explosion at a bakery in Hama on Monday that officials blamed on a gas leak."},
		{"en", "A fire swept through a market in Hama on Monday, killing six people. Firefighters blamed an electrical short circuit."},
		{"ar", "قتل ثلاثة عمال يوم الإثنين بانفجار في مخبز بمدينة حماة بسبب تسرب غاز."},
		{"ar", "توفي ستة أشخاص في حريق اندلع في سوق مدينة حماة يوم الإثنين نتيجة ماس كهربائي."},
		{"ar", "توفي طفلان غرقا في نهر العاصي قرب حماة يوم الإثنين."},
	};
	static const char *const some[][2] = {
		{"en", "Rescuers pulled the bodies of nine civilians killed in an air strike on a market in Hama on Monday."},
		{"ar", "انتشلت فرق الإنقاذ جثامين تسعة مدنيين قتلوا في غارة جوية على سوق مدينة حماة يوم الإثنين."},
		{"en", "Three workers were killed in an explosion at a bakery in Hama on Monday that officials blamed on the militants."},
		{"ar", "قتل ثلاثة عمال يوم الإثنين بانفجار عبوة ناسفة في مخبز بمدينة حماة بسبب هجوم للمسلحين."},
	};
	(void)state;
	events_each(none, sizeof(none) / sizeof(none[0]), 0);
	events_each(some, sizeof(some) / sizeof(some[0]), 1);
}

static void test_framing_frame_decision(void **state)
{
	struct fx f;

	(void)state;
	/*
	 * deaths of a cause that is no violence make no event: the figure is
	 * none (figures.c), and where an event forms, its frame is "none"
	 */
	fx_open(&f, "en", "Floods swept through Jasim on Monday and killed 12 people.");
	assert_int_equal(f.d->nevents, 0);
	if (f.d->nrejected)
		assert_string_equal(chosen(&f.d->rejected[0]), "none");
	fx_close(&f);
	fx_open(&f, "en", "Floods swept through Jasim on Monday. Twelve people died in the village.");
	assert_int_equal(f.d->nevents, 0);
	fx_close(&f);

	fx_open(&f, "ar", "قتل 12 شخصا جراء الزلزال الذي ضرب بلدة جاسم يوم الإثنين.");
	assert_int_equal(f.d->nevents, 0);
	fx_close(&f);

	/* a cue acting on such a cause frames nothing */
	fx_open(&f, "ar", "تمكنت السلطات الصحية يوم الإثنين من السيطرة على وباء الكوليرا في بلدة جاسم.");
	assert_int_equal(f.c.si[0].trig, -1);
	assert_int_equal(f.d->nevents, 0);
	fx_close(&f);
	/* nor one such a cause does: "an earthquake struck", "سيول ضربت" */
	fx_open(&f, "en", "A powerful earthquake struck the town of Jasim on Monday, killing 12 people.");
	assert_int_equal(f.c.si[0].trig, -1);
	assert_int_equal(f.d->nevents, 0);
	fx_close(&f);
	fx_open(&f, "ar", "سيول جارفة ضربت بلدة جاسم يوم الإثنين وأدت إلى مقتل 12 شخصا.");
	assert_int_equal(f.d->nevents, 0);
	fx_close(&f);
	/*
	 * a happening named as a mark of time (an anniversary, years since
	 * it) frames nothing, and its toll makes no event of the report
	 */
	no_event_told("en", "Residents of Jasim gathered on Monday to mark six years since a car bomb "
		      "killed 30 people at the market.");
	no_event_told("ar", "أحيا أهالي بلدة جاسم يوم الإثنين ذكرى مجزرة السوق التي قتل فيها 30 شخصا.");
	no_event_told("ar", "تجمع أهالي بلدة جاسم يوم الإثنين بعد مرور عامين على تفجير السوق الذي قتل "
		      "فيه 30 شخصا.");
	/* a passing that is no time's: "as a patrol passed" */
	fx_open(&f, "ar", "قتل جنديان يوم الإثنين لدى مرور دوريتهما فوق عبوة ناسفة في بلدة جاسم.");
	assert_int_not_equal(f.c.si[0].trig, -1);
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Explosions/Remote violence");
	fx_close(&f);
	/*
	 * a past attack a statement of today names by its date, the date
	 * further off in its clause, frames nothing, and its toll makes no
	 * event of the report
	 */
	no_event_told("en", "The interior minister said on Monday that the bombing of the Jasim market "
		      "two years ago, which killed 12 people, had been planned abroad.");
	no_event_told("ar", "قال وزير الداخلية يوم الإثنين إن تفجير سوق بلدة جاسم قبل عامين، والذي قتل "
		      "فيه 12 شخصا، خُطط له في الخارج.");
	/* the statement's own news is told */
	fx_open(&f, "en", "The interior minister said on Monday that a bomb at the Jasim market "
		 "killed 12 people on Sunday.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
	/* a cue of a sentence dated today is not another time's for a far date */
	fx_open(&f, "en", "Clashes broke out in Jasim on Monday near the base built in 2019, "
		 "killing 3 fighters.");
	assert_int_not_equal(f.c.si[0].trig, -1);
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
	/* a span of days since the fighting began tells of the fighting itself */
	fx_open(&f, "en", "Four fighters have been killed in Jasim in the two days since clashes "
		 "broke out on Sunday.");
	assert_int_not_equal(f.c.si[0].trig, -1);
	fx_close(&f);
	/* an attack told beside the anniversary of another is still told */
	fx_open(&f, "ar", "قتل خمسة أشخاص بتفجير سيارة مفخخة في بلدة جاسم يوم الإثنين قبل أسبوع من "
		 "ذكرى تفجير السوق.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Explosions/Remote violence");
	fx_close(&f);

	/* a strike told after a flood, in a clause of its own, still counts */
	fx_open(&f, "en", "After the floods, an air strike hit the town of Jasim on Monday, killing 4 people.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Explosions/Remote violence");
	fx_close(&f);

	/* a report of floods: a later toll told without the cause is theirs too */
	fx_open(&f, "en", "Heavy rains and floods hit the province of Daraa on Monday. "
		 "Officials gave the death toll by town. "
		 "In Jasim, 12 people were injured.");
	assert_int_equal(f.d->nevents, 0);
	fx_close(&f);

	/* no such cause told, no "no event" reading */
	fx_open(&f, "en", "Clashes in Jasim on Monday killed 3 fighters.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(chosen(&f.d->events[0]), "Battles");
	assert_int_equal(f.d->events[0].nframes, 1);
	fx_close(&f);

	/* a bombardment that does not say from where gives way to a cue that does */
	fx_open(&f, "ar", "تعرضت بلدة جاسم يوم الإثنين لقصف بصواريخ أرض أرض أدى إلى مقتل أربعة مدنيين.");
	assert_int_equal(f.d->nevents, 1);
	assert_true(has_reading(&f.d->events[0], "Explosions/Remote violence",
				"Shelling/artillery/missile attack"));
	assert_false(has_reading(&f.d->events[0], "Explosions/Remote violence", NULL));
	assert_string_equal(f.d->events[0].sub_type, "Shelling/artillery/missile attack");
	fx_close(&f);

	/* force used with no protest named is no protest */
	fx_open(&f, "en", "Settlers attacked the village of Jasim on Monday and soldiers fired tear gas, "
		 "wounding 5 people.");
	assert_int_equal(f.d->nevents, 1);
	assert_true(has_reading(&f.d->events[0], "Protests", "Protest with intervention"));
	assert_string_not_equal(f.d->events[0].event_type, "Protests");
	fx_close(&f);

	/* people killed in a raid: violence, not a strategic development */
	fx_open(&f, "en", "Security forces raided the town of Jasim on Monday; 3 people were killed "
		 "in the shooting.");
	assert_int_equal(f.d->nevents, 1);
	assert_true(has_reading(&f.d->events[0], "Strategic developments", "Arrests"));
	assert_string_not_equal(f.d->events[0].event_type, "Strategic developments");
	fx_close(&f);

	/* a bomb, then gunfire: an ambush is a battle */
	fx_open(&f, "en", "A roadside bomb hit a police patrol near the town of Jasim on Monday, "
		 "followed by clashes with the gunmen; 4 policemen were killed.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Battles");
	fx_close(&f);
	fx_open(&f, "en", "A roadside bomb hit a police patrol near Jasim on Monday before gunmen "
		 "attacked the survivors with machine guns, killing 4 policemen.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Battles");
	fx_close(&f);
	fx_open(&f, "en", "A roadside bomb hit a police patrol near Jasim on Monday, killing 4 policemen.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Explosions/Remote violence");
	fx_close(&f);

	/*
	 * a raid in which a fighter blew himself up is a battle, not a bombing:
	 * both are readings (frame.tsv holds battle_within at 0 for now)
	 */
	fx_open(&f, "en", "Commandos carried out an airborne raid on a farm near Jasim on Monday, "
		 "killing 3 militants. The farm belonged to a local commander of the group. "
		 "As the troops closed in, the commander blew himself up with an explosive belt.");
	assert_int_equal(f.d->nevents, 1);
	assert_true(has_reading(&f.d->events[0], "Explosions/Remote violence", "Suicide bomb"));
	assert_true(has_reading(&f.d->events[0], "Battles", "Armed clash"));
	fx_close(&f);
	fx_open(&f, "ar", "نفذت قوات خاصة يوم الإثنين عملية إنزال جوي على مزرعة قرب بلدة جاسم قتل فيها "
		 "ثلاثة مسلحين. وكانت المزرعة تعود لقيادي محلي في التنظيم. وفجر القيادي حزاما "
		 "ناسفا كان يرتديه لدى اقتراب الجنود.");
	assert_int_equal(f.d->nevents, 1);
	assert_true(has_reading(&f.d->events[0], "Battles", "Armed clash"));
	fx_close(&f);
	/* the bomber alone, no fight: a suicide bombing */
	fx_open(&f, "en", "Two men blew themselves up at a crowded market in Jasim on Monday, "
		 "killing 6 people.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Explosions/Remote violence");
	assert_string_equal(f.d->events[0].sub_type, "Suicide bomb");
	fx_close(&f);
	/* a raid, then drones striking from afar: the strike stays a strike */
	fx_open(&f, "en", "Troops raided the outskirts of Jasim on Monday. Drones then struck a "
		 "house in the town, killing 4 militants.");
	assert_true(f.d->nevents >= 1);
	assert_string_equal(f.d->events[f.d->nevents - 1].event_type, "Explosions/Remote violence");
	fx_close(&f);

	/* gunmen storming a village are no riot; protesters storming a building are */
	fx_open(&f, "en", "Gunmen stormed the village of Jasim on Monday and killed 3 people.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_not_equal(f.d->events[0].event_type, "Riots");
	fx_close(&f);
	fx_open(&f, "en", "Angry protesters stormed the governor's office in Jasim on Monday and "
		 "set it on fire; 2 people were wounded.");
	assert_int_equal(f.d->nevents, 1);
	assert_true(has_reading(&f.d->events[0], "Riots", "Violent demonstration"));
	fx_close(&f);

	/*
	 * two armed sides fighting it out, shells among their weapons: a battle;
	 * the same shells on the same side's positions with no fighting told
	 * stay a shelling
	 */
	fx_open(&f, "en", "Clashes broke out between the Syrian army and Islamic State fighters near "
		 "Jasim on Monday, and the army shelled their positions with artillery. The fierce "
		 "fighting killed 6 soldiers and 9 militants.");
	assert_int_equal(f.d->nevents, 1);
	assert_true(has_reading(&f.d->events[0], "Explosions/Remote violence",
				"Shelling/artillery/missile attack"));
	assert_string_equal(f.d->events[0].event_type, "Battles");
	fx_close(&f);
	fx_open(&f, "ar", "اندلعت اشتباكات عنيفة بين الجيش السوري وتنظيم داعش قرب بلدة جاسم يوم "
		 "الإثنين، وقصف الجيش مواقع التنظيم بالمدفعية. وأسفرت المعارك عن مقتل 6 جنود و9 "
		 "مسلحين.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Battles");
	fx_close(&f);
	fx_open(&f, "en", "The Syrian army shelled Islamic State positions near Jasim on Monday with "
		 "artillery, killing 9 militants and 2 soldiers.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Explosions/Remote violence");
	fx_close(&f);
	fx_open(&f, "ar", "قصف الجيش السوري بالمدفعية مواقع لتنظيم داعش قرب بلدة جاسم يوم الإثنين، ما "
		 "أسفر عن مقتل 9 مسلحين.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Explosions/Remote violence");
	fx_close(&f);

	/*
	 * gunmen attacking unarmed people, civilians counted, no armed men and
	 * no explosion: violence against civilians; the same attack on soldiers
	 * is a battle
	 */
	fx_open(&f, "en", "Gunmen attacked a car on the road near Jasim on Monday, killing 3 "
		 "civilians, among them 2 children.");
	assert_int_equal(f.d->nevents, 1);
	assert_true(has_reading(&f.d->events[0], "Battles", "Armed clash"));
	assert_string_equal(f.d->events[0].event_type, "Violence against civilians");
	fx_close(&f);
	fx_open(&f, "ar", "هاجم مسلحون سيارة على الطريق قرب بلدة جاسم يوم الإثنين، ما أدى إلى مقتل 3 "
		 "مدنيين بينهم طفلان.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Violence against civilians");
	fx_close(&f);
	fx_open(&f, "en", "Gunmen attacked a checkpoint near Jasim on Monday, killing 3 soldiers.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Battles");
	fx_close(&f);

	/* explosives a raid dismantled or seized went off nowhere: the raid frames it */
	fx_open(&f, "en", "Troops raided a farm in Jasim on Monday and dismantled an explosives lab "
		 "holding dozens of roadside bombs; 2 gunmen were killed.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Battles");
	fx_close(&f);
	fx_open(&f, "ar", "اقتحمت القوات مزرعة في بلدة جاسم يوم الإثنين وفككت مختبرات للمتفجرات فيها "
		 "عشرات العبوات الناسفة، وقتل مسلحان.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Battles");
	fx_close(&f);
	/* a bomb defused is a disrupted weapon, not a bombing */
	fx_open(&f, "en", "Engineers defused a roadside bomb planted near a school in Jasim on Monday.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Strategic developments");
	fx_close(&f);
	/* a bomb that went off is still a bombing */
	fx_open(&f, "en", "A roadside bomb exploded near a patrol in Jasim on Monday, killing "
		 "2 soldiers.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Explosions/Remote violence");
	fx_close(&f);
	/*
	 * a suicide bomber arrested with his belt on: the belt never went off
	 * and proposes no suicide bombing; a belt that went off does
	 */
	fx_open(&f, "en", "Gunmen attacked an army checkpoint near Jasim on Monday, killing 3 "
		 "soldiers; troops arrested an attacker wearing a suicide belt.");
	assert_int_equal(f.d->nevents, 1);
	assert_false(has_reading(&f.d->events[0], "Explosions/Remote violence", "Suicide bomb"));
	assert_string_not_equal(f.d->events[0].event_type, "Explosions/Remote violence");
	fx_close(&f);
	fx_open(&f, "ar", "هاجم مسلحون حاجزا للجيش قرب بلدة جاسم يوم الإثنين ما أدى إلى مقتل 3 جنود، "
		 "وألقت القوات القبض على أحد المهاجمين كان يرتدي حزاما ناسفا.");
	assert_int_equal(f.d->nevents, 1);
	assert_false(has_reading(&f.d->events[0], "Explosions/Remote violence", "Suicide bomb"));
	assert_string_not_equal(f.d->events[0].event_type, "Explosions/Remote violence");
	fx_close(&f);
	fx_open(&f, "en", "A man wearing a suicide belt blew himself up at an army checkpoint near "
		 "Jasim on Monday, killing 3 soldiers.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].sub_type, "Suicide bomb");
	fx_close(&f);

	/*
	 * a bomb, then an ambush on the soldiers it hit: a battle even when
	 * the bomb is told more often than the fighting
	 */
	fx_open(&f, "en", "A roadside bomb exploded under an army convoy near Jasim on Monday, "
		 "killing 4 soldiers. The blast was followed by an ambush by gunmen on the convoy, a "
		 "security source said, adding that the explosion destroyed 2 vehicles.");
	assert_true(f.d->nevents >= 1);
	assert_string_equal(f.d->events[0].event_type, "Battles");
	fx_close(&f);
	fx_open(&f, "ar", "انفجرت عبوة ناسفة بقافلة للجيش قرب بلدة جاسم يوم الإثنين، ما أدى إلى مقتل 4 "
		 "جنود. وأعقب الانفجار كمين نصبه مسلحون للقافلة، بحسب مصدر أمني أضاف أن الانفجار دمر "
		 "آليتين.");
	assert_true(f.d->nevents >= 1);
	assert_string_equal(f.d->events[0].event_type, "Battles");
	fx_close(&f);

	/*
	 * a bomb that killed civilians near a front line: the fighting told
	 * with it is the place's setting, no ambush; the event is a bombing
	 */
	fx_open(&f, "en", "A car bomb exploded in the centre of Jasim on Monday, killing 7 civilians. "
		 "The blast hit a road near the front line, where fighting between the army and the "
		 "Islamic State goes on. The bombing was the third in the town this month, and the "
		 "explosion destroyed 3 shops.");
	assert_true(f.d->nevents >= 1);
	assert_true(has_reading(&f.d->events[0], "Battles", "Armed clash"));
	assert_string_equal(f.d->events[0].event_type, "Explosions/Remote violence");
	fx_close(&f);
	fx_open(&f, "ar", "انفجرت سيارة مفخخة وسط بلدة جاسم يوم الإثنين، ما أدى إلى مقتل 7 مدنيين. "
		 "ووقع الانفجار على طريق قرب خطوط التماس التي تشهد معارك بين الجيش وتنظيم داعش. "
		 "والتفجير هو الثالث في البلدة هذا الشهر.");
	assert_true(f.d->nevents >= 1);
	assert_string_equal(f.d->events[0].event_type, "Explosions/Remote violence");
	fx_close(&f);

	/* a protest's sub-type is what was done to it: every one is a reading */
	fx_open(&f, "en", "Hundreds of protesters marched in Jasim on Monday; security forces "
		 "fired tear gas and 2 protesters were killed.");
	assert_int_equal(f.d->nevents, 1);
	assert_true(has_reading(&f.d->events[0], "Protests", "Peaceful protest"));
	assert_true(has_reading(&f.d->events[0], "Protests", "Protest with intervention"));
	assert_true(has_reading(&f.d->events[0], "Protests", "Excessive force against protesters"));
	fx_close(&f);

	/* protesters wounded, none killed: force used, not lethal force */
	fx_open(&f, "en", "Hundreds of protesters gathered in Jasim on Monday; police beat them with "
		 "batons and wounded 7 of them.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].sub_type, "Protest with intervention");
	fx_close(&f);
	fx_open(&f, "ar", "تظاهر مئات الأشخاص في بلدة جاسم يوم الإثنين، وفرقتهم الشرطة بالهراوات ما أدى "
		 "إلى إصابة 7 منهم.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].sub_type, "Protest with intervention");
	fx_close(&f);
	/* protesters killed: excessive force; nobody harmed: a peaceful protest */
	fx_open(&f, "en", "Hundreds of protesters gathered in Jasim on Monday; police fired on the "
		 "crowd and 2 protesters were killed.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].sub_type, "Excessive force against protesters");
	fx_close(&f);
	fx_open(&f, "en", "Hundreds of protesters marched in Jasim on Monday, demanding the release "
		 "of detainees.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].sub_type, "Peaceful protest");
	fx_close(&f);
}

/* How many events of `d` are places of a wave. */
static size_t count_wave(const struct rasd_doc *d)
{
	size_t i, n = 0;

	for (i = 0; i < d->nevents; i++)
		n += d->events[i].wave;
	return n;
}

/*
 * The places of a wave named by what lies around them ("the outskirts of
 * X and the vicinity of Y", "محيط X وأطراف Y"): one event per town, and
 * the word around the second is no town the gazetteer does not know.
 */
static void test_framing_wave_outskirts(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Army artillery pounded the outskirts of Tafas and the vicinity of Nawa on Monday, killing a woman.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Tafas");
	assert_string_equal(fx_place(f.d->events[1].place)->name_en, "Nawa");
	assert_int_equal(f.d->events[1].nclaims, 0);
	fx_close(&f);
	fx_open(&f, "ar", "قصف الجيش بالمدفعية محيط بلدة طفس وأطراف مدينة نوى يوم الإثنين، ما أدى إلى مقتل امرأة.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[1].place)->name_en, "Nawa");
	fx_close(&f);
}

/*
 * An area given examples after a comma ("villages in southern Idlib, such
 * as X, Y", "towns in Idlib, including X", "قرى في ريف إدلب الجنوبي، منها
 * X وY", or with no comma before "including", "منها"): the area only locates its examples, one event per example, the
 * toll with the first.
 */
static void test_framing_wave_examples(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Troops shelled villages in western Daraa, such as Tafas and Nawa, killing a farmer.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Tafas");
	assert_int_equal(f.d->events[0].nclaims, 1);
	assert_string_equal(fx_place(f.d->events[1].place)->name_en, "Nawa");
	fx_close(&f);
	fx_open(&f, "en", "Troops shelled several towns in Daraa, including Tafas and Nawa, killing a farmer.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Tafas");
	fx_close(&f);
	fx_open(&f, "ar", "قصف الجيش قرى في ريف درعا الغربي، منها طفس ونوى، ما أدى إلى مقتل مزارع.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Tafas");
	fx_close(&f);
	/* no comma before the word of a subset */
	fx_open(&f, "en", "Troops shelled several towns in Daraa including Tafas and Nawa, killing a farmer.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Tafas");
	assert_string_equal(fx_place(f.d->events[1].place)->name_en, "Nawa");
	fx_close(&f);
	fx_open(&f, "ar", "قصف الجيش قرى في ريف درعا الغربي منها طفس ونوى، ما أدى إلى مقتل مزارع.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Tafas");
	fx_close(&f);
}

/*
 * A place after the first one's kind and a preposition ("the Jobar area
 * of Damascus", "the Mezzeh area in Damascus city") only locates it: no
 * event of its own; a place listed after it still is one, whatever the
 * kind ("the Mezzeh district of Damascus and the town of Nawa").
 */
static void test_framing_wave_kind_of(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Shells hit the Jobar area of Damascus on Monday, killing 3 people.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Jobar");
	fx_close(&f);
	fx_open(&f, "en", "Shells hit the Mezzeh area in Damascus city and the town of Nawa, killing 3 people.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Mezzeh");
	assert_string_equal(fx_place(f.d->events[1].place)->name_en, "Nawa");
	fx_close(&f);
	fx_open(&f, "ar", "سقطت قذائف على منطقة المزة في مدينة دمشق، ما أدى إلى مقتل 3 أشخاص.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
	/* the list goes on past the place that only locates ("district", "suburb") */
	fx_open(&f, "en", "Shells hit the Mezzeh district of Damascus and the town of Nawa, killing 3 people.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Mezzeh");
	assert_string_equal(fx_place(f.d->events[1].place)->name_en, "Nawa");
	fx_close(&f);
	fx_open(&f, "en", "Jets struck the Jobar suburb of Damascus and the city of Homs on Monday.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[1].place)->name_en, "Homs");
	fx_close(&f);
	/* "and the area of Nawa": a member of the list */
	assert_int_equal(fx_nevents("en", "Shells hit Tafas, and the area of Nawa, killing 3 people."), 2);
}

/*
 * The day the first place was hit, told before the list goes on ("hit
 * Tyre on Tuesday, as well as Sidon", "قصفت صور اليوم، إضافة إلى صيدا"),
 * does not end the wave: one event per place, the toll with the first.
 */
static void test_framing_wave_dated_first(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Blasts hit Tyre on Tuesday, as well as Sidon and Baalbek, killing 8 people.");
	assert_int_equal(f.d->nevents, 3);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Tyre");
	assert_int_equal(f.d->events[0].nclaims, 1);
	assert_string_equal(fx_place(f.d->events[2].place)->name_en, "Baalbek");
	assert_int_equal(f.d->events[2].nclaims, 0);
	fx_close(&f);
	fx_open(&f, "ar", "قصفت الطائرات مدينة صور اليوم، إضافة إلى صيدا وبعلبك، ما أدى إلى مقتل 8 أشخاص.");
	assert_int_equal(f.d->nevents, 3);
	assert_string_equal(fx_place(f.d->events[1].place)->name_en, "Sidon");
	fx_close(&f);
	/* a day alone between two places joins nothing */
	assert_int_equal(fx_nevents("en", "Blasts hit Tyre on Tuesday as Sidon mourned, killing 8 people."), 1);
}

/*
 * A wave told as a list of lines: a sentence naming no place ends with a
 * colon, the places follow each on a line (bullets or numbers): one event
 * per place, the toll with the first; a line that says more ends the list.
 */
static void test_framing_wave_lines(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Army shelling on Monday struck these towns:\n- Tafas\n- Nawa\n- Jasim\nA woman and her son were killed, the monitor said.");
	assert_int_equal(f.d->nevents, 3);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Tafas");
	assert_true(f.d->events[0].nclaims >= 1);   /* the toll goes with the first place */
	assert_int_equal(f.d->events[1].nclaims + f.d->events[2].nclaims, 0);
	assert_int_equal(count_wave(f.d), 2);
	fx_close(&f);
	fx_open(&f, "ar", "طال القصف المدفعي يوم الإثنين البلدات التالية:\n1. طفس\n2. مدينة نوى\nوقتلت امرأة وابنها.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[1].place)->name_en, "Nawa");
	fx_close(&f);
	/* a line telling more than a place is no item: no wave */
	fx_open(&f, "en", "Army shelling on Monday struck these towns:\n- Tafas\nResidents of Nawa fled north.");
	assert_int_equal(count_wave(f.d), 0);
	fx_close(&f);
}

/*
 * An Arabic list set off by commas with a member the gazetteer does not
 * know ("طفس، تل الورود، نوى"): the member is an event at the area of its
 * neighbours; a word after a comma that runs on into the sentence
 * ("، المجاورة لبلدة") is no member.
 */
static void test_framing_wave_arabic_commas(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "قصفت قوات النظام بلدات طفس، تل الورود، نوى، ما أدى لمقتل مدني.");
	assert_int_equal(f.d->nevents, 3);
	assert_int_equal(count_wave(f.d), 2);
	fx_close(&f);
	fx_open(&f, "ar", "قصفت قوات النظام بلدة طفس، المجاورة لبلدة نوى، ما أدى لمقتل مدني.");
	assert_true(f.d->nevents <= 2);
	fx_close(&f);
	/* "Al-" written onto a known member is part of it, no member of its own */
	fx_open(&f, "en", "Government shelling hit Tafas, Al-Nawa and Jasim on Monday.");
	assert_int_equal(f.d->nevents, 3);
	fx_close(&f);
}

/*
 * Sites of one town hit in one attack ("the Mezzeh and Kafr Sousa
 * neighbourhoods of Damascus", "حيي المزة وكفرسوسة") are one event, not a
 * wave; sites of two towns are two.
 */
static void test_framing_wave_one_town(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Rockets fell on the Mezzeh and Kafr Sousa neighbourhoods of Damascus on Monday, "
		 "killing a man.");
	assert_int_equal(f.d->nevents, 1);
	assert_int_equal(count_wave(f.d), 0);
	fx_close(&f);
	fx_open(&f, "ar", "سقطت صواريخ على حيي المزة وكفرسوسة في دمشق يوم الإثنين.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
	fx_open(&f, "en", "Rockets fell on Mezzeh and Tafas on Monday.");
	assert_int_equal(f.d->nevents, 2);
	fx_close(&f);
}

/* A wave of strikes on several towns is one event per town. */
static void test_framing_wave(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Government shelling hit Tafas, Jasim and Nawa on Monday, killing 3 civilians.");
	assert_int_equal(f.d->nevents, 3);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Tafas");
	assert_int_equal(f.d->events[0].nclaims, 1);   /* the toll goes with the first place */
	assert_int_equal(f.d->events[1].nclaims + f.d->events[2].nclaims, 0);
	assert_int_equal(f.d->events[2].date.d, 11);
	fx_close(&f);

	fx_open(&f, "ar", "قصفت قوات النظام بلدات طفس وجاسم ونوى يوم الإثنين.");
	assert_int_equal(f.d->nevents, 3);
	fx_close(&f);

	/* places that bound one event, or where people came from, are no wave */
	fx_open(&f, "en", "Heavy clashes broke out on the road between Tafas and Jasim on Monday, "
		 "killing 3 fighters.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);

	fx_open(&f, "ar", "قتل أربعة نازحين من طفس وجاسم بقصف على مخيم في بلدة نوى يوم الإثنين.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);

	/*
	 * a member the gazetteer does not know does not break the list, and is
	 * an event of its own at the area holding its neighbours
	 */
	fx_open(&f, "ar", "قصفت قوات النظام يوم الإثنين قرى طفس ونوى ودير المجهول وجاسم.");
	assert_int_equal(f.d->nevents, 4);
	assert_true(rasdp_place_rank(fx_place(f.d->events[3].place)) < 5);
	fx_close(&f);

	fx_open(&f, "en", "Government shelling hit Tafas, Tell Mazbuta, Jasim and Nawa on Monday.");
	assert_int_equal(f.d->nevents, 4);
	assert_true(rasdp_place_rank(fx_place(f.d->events[3].place)) < 5);
	fx_close(&f);

	/* ... also right after the words naming the kind of the list's places */
	fx_open(&f, "en", "Protests broke out on Monday in Tafas and the towns of Tell Qarmoun, "
		 "Jasim and Nawa.");
	assert_int_equal(f.d->nevents, 4);
	assert_true(rasdp_place_rank(fx_place(f.d->events[3].place)) < 5);
	fx_close(&f);

	/* words of a place's kind between two members are no member */
	fx_open(&f, "ar", "قصفت قوات النظام يوم الإثنين بلدة طفس وأحياء سكنية وجاسم.");
	assert_int_equal(f.d->nevents, 2);
	fx_close(&f);

	/* the sentence's place named again at the head of the list */
	fx_open(&f, "en", "Reporters in Tafas said government shelling hit Tafas, Jasim and Nawa on Monday.");
	assert_int_equal(f.d->nevents, 3);
	fx_close(&f);

	/*
	 * a town read as the subdistrict named after it holds no other town
	 * of the list, and the places of one wave are not merged
	 */
	fx_open(&f, "en", "Protests broke out on Friday in the towns of Atarib, Abyeen Samaan and "
		 "Kafr Takharim.");
	assert_int_equal(f.d->nevents, 3);
	fx_close(&f);

	/* a capitalised word not after a comma still ends the list */
	fx_open(&f, "en", "Government shelling hit Tafas on Monday as Jasim Khalil told Nawa Radio.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);

	/* Beirut's southern suburbs are a place of their own (places-extra.tsv) */
	fx_open(&f, "ar", "انفجرت يوم الإثنين عبوات في الضاحية الجنوبية لبيروت والبقاع وجنوب لبنان.");
	assert_int_equal(f.d->nevents, 3);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Dahiyeh");
	fx_close(&f);

	fx_open(&f, "ar", "قتل أربعة مدنيين بقصف على مخيم في بلدة نوى يوم الإثنين يأوي نازحين من "
		 "مناطق عدة من طفس وجاسم.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);

	/* "في كل من": each of, no origin */
	fx_open(&f, "ar", "قتل خمسة مدنيين برصاص قوات النظام يوم الإثنين في كل من طفس وجاسم ونوى.");
	assert_int_equal(f.d->nevents, 3);
	fx_close(&f);

	/* where marches set off from is where they were */
	fx_open(&f, "ar", "انطلقت المظاهرات يوم الإثنين من مدينة طفس وبلدات جاسم ونوى.");
	assert_int_equal(f.d->nevents, 3);
	fx_close(&f);

	/* words naming the next place's kind, or carrying the list on, join it */
	fx_open(&f, "en", "Protesters marched on Monday in Tafas and the towns of Jasim, Inkhil, "
		 "al-Dael and Nawa.");
	assert_int_equal(f.d->nevents, 5);
	fx_close(&f);

	fx_open(&f, "ar", "قصفت الطائرات الحربية بلدتي طفس وداعل ومدينة جاسم يوم الإثنين، ما أدى "
		 "إلى مقتل ستة مدنيين.");
	assert_int_equal(f.d->nevents, 3);
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	/* "in addition to", "as well as in": the list goes on */
	fx_open(&f, "ar", "خرجت مظاهرات يوم الإثنين في طفس وجاسم، إضافة إلى مدينتي نوى وداعل.");
	assert_int_equal(f.d->nevents, 4);
	fx_close(&f);
	fx_open(&f, "en", "Protests took place on Monday in Tafas and Jasim, as well as in Nawa and "
		 "al-Dael.");
	assert_int_equal(f.d->nevents, 4);
	fx_close(&f);

	/* the list goes on after an aside, when a word carries it on */
	fx_open(&f, "ar", "خرجت مظاهرات يوم الإثنين في طفس وجاسم ومخيمات عدة في ريف درعا، "
		 "إضافة إلى مدينتي نوى وداعل.");
	assert_int_equal(f.d->nevents, 4);
	fx_close(&f);
	fx_open(&f, "en", "Protests took place on Monday in Tafas and Jasim and in several camps "
		 "nearby, as well as in Nawa and al-Dael.");
	assert_int_equal(f.d->nevents, 4);
	fx_close(&f);
	/* an aside that opens a clause of its own ends the list */
	fx_open(&f, "en", "Protests took place on Monday in Tafas and Jasim while strikes hit "
		 "camps nearby, as well as Nawa and al-Dael.");
	assert_true(f.d->nevents < 4 || f.d->events[2].wave == 0);
	fx_close(&f);
	/* with no word carrying the list on, the aside ends it */
	fx_open(&f, "ar", "خرجت مظاهرات يوم الإثنين في طفس وجاسم ومخيمات عدة في ريف درعا، "
		 "وقال ناشطون في نوى إن الأمن اعتقل شابا.");
	assert_int_equal(count_wave(f.d), 1);
	fx_close(&f);

	/* a place that holds the others only locates them */
	fx_open(&f, "en", "On Monday, protests spread across Daraa province and the towns of "
		 "Tafas and Jasim.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Tafas");
	assert_string_equal(fx_place(f.d->events[1].place)->name_en, "Jasim");
	fx_close(&f);

	/* ... also named before the words of its places' kind ("the Daraa towns of") */
	fx_open(&f, "en", "On Monday, gunmen beat protesters in the Daraa towns of Tafas and "
		 "Jasim.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Tafas");
	assert_string_equal(fx_place(f.d->events[1].place)->name_en, "Jasim");
	fx_close(&f);
	fx_open(&f, "en", "Protests broke out on Monday in the Daraa cities of Nawa, Jasim and "
		 "Tafas.");
	assert_int_equal(f.d->nevents, 3);
	fx_close(&f);
	/* an area after a town's kind words only places the town: no list */
	fx_open(&f, "en", "Shelling hit the Daraa town of Jasim on Monday, killing 2 civilians.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Jasim");
	fx_close(&f);
	/* a town before another's kind words holds none of it: two sentences' worth */
	fx_open(&f, "en", "Reporters from Tafas said shelling hit the town of Jasim on Monday.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);

	fx_open(&f, "en", "Shelling hit Jasim, Daraa, on Monday, killing 2 civilians.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
	/*
	 * after "and", a governorate's seat named bare is a peer of the town
	 * before it, not where that town is; "X province", "محافظة X" stay
	 * the area
	 */
	fx_open(&f, "en", "Rockets fell on Nawa and Daraa on Monday, killing 2 civilians.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Nawa");
	assert_int_equal(f.d->events[1].nclaims, 0);
	fx_close(&f);
	fx_open(&f, "ar", "سقطت صواريخ على نوى ودرعا يوم الإثنين، ما أدى إلى مقتل مدنيين اثنين.");
	assert_int_equal(f.d->nevents, 2);
	fx_close(&f);
	fx_open(&f, "en", "Rockets fell on Nawa and Daraa province on Monday, killing 2 civilians.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
	fx_open(&f, "ar", "سقطت صواريخ على نوى ومحافظة درعا يوم الإثنين، ما أدى إلى مقتل مدنيين اثنين.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
	/* a city named like its governorate, before another town, is one of the list */
	fx_open(&f, "en", "Air strikes hit Deir ez-Zor city and the town of al-Mayadin on Monday, "
		 "killing 4 people.");
	assert_int_equal(f.d->nevents, 2);
	fx_close(&f);

	/* a town is not the other villages of the subdistrict named after it */
	fx_open(&f, "ar", "قصفت قوات النظام يوم الإثنين مدينة جاسم وبلدة نمر، ما أدى إلى مقتل "
		 "ثلاثة مدنيين.");
	assert_int_equal(f.d->nevents, 2);
	fx_close(&f);

	/* a place's kind with "in" places the name before it: no list */
	fx_open(&f, "ar", "قتل مدنيان بغارة على قرية بليون بمنطقة جبل الزاوية يوم الإثنين.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);

	/*
	 * a place of the wave is the happening the first place's figure tells
	 * of, even with a cue too weak for an event of its own
	 */
	fx_open(&f, "ar", "قتل مدني في اعتداءات شنها مسلحون على قرى طفس وجاسم ونوى يوم الإثنين.");
	assert_int_equal(f.d->nevents, 3);
	fx_close(&f);
	fx_open(&f, "ar", "شن مسلحون اعتداءات على قرى طفس وجاسم ونوى يوم الإثنين.");
	assert_int_equal(f.d->nevents, 0);
	fx_close(&f);

	/* the list's preposition said again ("and in"), a comma before "and" */
	fx_open(&f, "en", "Demonstrators rallied on Friday in Tafas and Jasim and in Nawa.");
	assert_int_equal(f.d->nevents, 3);
	assert_string_equal(fx_place(f.d->events[2].place)->name_en, "Nawa");
	fx_close(&f);
	assert_int_equal(fx_nevents("ar", "خرج متظاهرون يوم الجمعة في طفس وجاسم وفي نوى."), 3);
	/* not a preposition of time: "after" does not carry the list on */
	assert_true(fx_nevents("en", "Demonstrators rallied on Friday in Tafas and after the prayers "
			       "in Jasim.") < 3);

	/*
	 * the city named like its governorate, named a city, is a place of the
	 * list; after a town without a kind, the name only locates it
	 */
	assert_int_equal(fx_nevents("en", "Demonstrators rallied on Friday in Tafas and Jasim, and in the "
					"city of Daraa."), 3);
	assert_int_equal(fx_nevents("ar", "خرج متظاهرون يوم الجمعة في بلدتي طفس وجاسم ومدينة درعا."), 3);
	assert_int_equal(fx_nevents("en", "Shelling hit Jasim, Daraa, on Monday, killing 2."), 1);
}

/* The report's main event first: the lead's, unless a later one carries the figures. */
static void test_framing_main_first(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Government shelling hit Tafas on Monday.\n\n"
		 "An air strike on Jasim on Monday killed 5 civilians.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Jasim");
	assert_string_equal(fx_place(f.d->events[1].place)->name_en, "Tafas");
	fx_close(&f);

	/* a lead with a figure stays first, whatever the later tolls */
	fx_open(&f, "en", "Government shelling on Tafas killed 2 civilians on Monday.\n\n"
		 "An air strike on Jasim on Monday killed 5 civilians.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Tafas");
	fx_close(&f);

	/* a place of a wave stays behind the place its sentence names first */
	fx_open(&f, "en", "Government shelling hit Tafas, Jasim and Nawa on Monday, killing 3 "
		 "civilians.");
	assert_int_equal(f.d->nevents, 3);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Tafas");
	fx_close(&f);
}

/* A clause of a sentence telling of an event at another place is an event of its own. */
static void test_framing_sites(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Shelling on Tafas killed 3 civilians on Monday, while an air strike on "
		 "Saraqib killed 5 people.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Tafas");
	assert_int_equal(f.d->events[0].nclaims, 1);
	assert_int_equal(f.d->events[0].claims[0].value, 3);
	assert_string_equal(fx_place(f.d->events[1].place)->name_en, "Saraqib");
	assert_int_equal(f.d->events[1].claims[0].value, 5);
	assert_string_equal(f.d->events[1].sub_type, "Air/drone strike");
	assert_int_equal(f.d->events[1].date.d, 11);
	fx_close(&f);

	fx_open(&f, "ar", "قتل ثلاثة مدنيين بقصف على بلدة جاسم يوم الإثنين، كما قتل خمسة أشخاص "
		 "بغارة على مدينة سراقب.");
	assert_int_equal(f.d->nevents, 2);
	assert_int_equal(f.d->events[1].claims[0].value, 5);
	fx_close(&f);

	/* the next sentence goes on with the sentence's first event */
	fx_open(&f, "en", "Shelling on Tafas killed 3 civilians on Monday, while an air strike on "
		 "Saraqib killed 5 people. The shells also wounded 4 children.");
	assert_int_equal(f.d->nevents, 2);
	assert_int_equal(f.d->events[0].nclaims, 2);
	fx_close(&f);

	/* a clause at the same place, or at a place holding it, is the same event */
	fx_open(&f, "en", "Shelling on Tafas killed 3 civilians on Monday, while another shell "
		 "wounded 2 children in the town.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
	fx_open(&f, "en", "An air strike on Saraqib killed 5 people on Monday, while shelling hit "
		 "other parts of Idlib province.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);

	/*
	 * an earlier happening after "after", with a cue and a toll of its own,
	 * is an event of its own at the sentence's place, kept apart
	 */
	fx_open(&f, "en", "Settlers set fire to homes in Tafas on Monday after an attack by a gunman "
		 "killed two settlers.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[1].place)->name_en, "Tafas");
	assert_int_equal(f.d->events[0].nclaims, 0);
	assert_int_equal(f.d->events[1].claims[0].value, 2);
	fx_close(&f);
	fx_open(&f, "ar", "قصفت قوات النظام بلدة طفس يوم الإثنين بعد هجوم نفذه مسلحون أسفر عن "
		 "مقتل اثنين من الجنود.");
	assert_int_equal(f.d->nevents, 2);
	fx_close(&f);
	/*
	 * told after an event at another town, at the town of the first: still
	 * another happening, never merged back into the event it led to
	 */
	fx_open(&f, "en", "Gunmen opened fire on villagers in Tafas on Sunday, wounding 5 people. In "
		 "Jasim, gunmen wounded 3 villagers. The attacks followed a shooting in Tafas "
		 "earlier in the day that killed 2 settlers.");
	assert_int_equal(f.d->nevents, 3);
	assert_string_equal(fx_place(f.d->events[2].place)->name_en, "Tafas");
	assert_int_equal(f.d->events[2].wave, RASDP_WAVE_EARLIER);
	assert_int_equal(f.d->events[0].nclaims, 1);
	assert_int_equal(f.d->events[2].nclaims, 1);
	assert_int_equal(f.d->events[2].claims[0].value, 2);
	fx_close(&f);
	fx_open(&f, "ar", "أطلق مسلحون النار على أهالي طفس يوم الأحد ما أدى إلى إصابة خمسة أشخاص. "
		 "وفي جاسم، أصاب مسلحون ثلاثة من الأهالي. وجاء الهجوم بعد اشتباك في طفس أسفر "
		 "عن مقتل اثنين من الجنود.");
	assert_int_equal(f.d->nevents, 3);
	assert_int_equal(f.d->events[0].nclaims, 1);
	fx_close(&f);
	/* a cause with no toll of its own, a toll told before: no other event */
	fx_open(&f, "en", "Five civilians were killed in Tafas on Monday after an air strike hit the "
		 "market.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
	fx_open(&f, "en", "A gunman killed 3 people in Tafas on Monday. Shelling hit the town after "
		 "the killing of the 3 people.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
	/*
	 * a unit of time around "after": a past happening recalled, with its own
	 * toll, a background event (never the current event's figures)
	 */
	fx_open(&f, "en", "Shelling hit Tafas on Monday, killing 3, a week after a bombing killed 5 "
		 "people there.");
	assert_int_equal(f.d->nevents, 2);
	assert_false(f.d->events[0].background);
	assert_int_equal(f.d->events[0].nclaims, 1);
	assert_int_equal(f.d->events[0].claims[0].value, 3);
	assert_true(f.d->events[1].background);
	assert_int_equal(f.d->events[1].claims[0].value, 5);
	assert_string_equal(fx_place(f.d->events[1].place)->name_en, "Tafas");
	fx_close(&f);
	fx_open(&f, "ar", "قتل 3 مدنيين بقصف على بلدة طفس يوم الاثنين، بعد أسبوع من تفجير أسفر عن "
		 "مقتل 5 أشخاص في البلدة.");
	assert_int_equal(f.d->nevents, 2);
	assert_int_equal(f.d->events[0].nclaims, 1);
	assert_true(f.d->events[1].background);
	fx_close(&f);
	/* hours or minutes around "after": the same day's happening, no background */
	fx_open(&f, "en", "Shelling hit Tafas on Monday, killing 3, hours after a bombing killed 5 "
		 "people there.");
	assert_int_equal(f.d->nevents, 2);
	assert_false(f.d->events[0].background);
	assert_false(f.d->events[1].background);
	assert_int_equal(f.d->events[1].claims[0].value, 5);
	fx_close(&f);
	fx_open(&f, "ar", "قتل 3 مدنيين بقصف على بلدة طفس يوم الاثنين، بعد ساعات من تفجير أسفر عن "
		 "مقتل 5 أشخاص في البلدة.");
	assert_int_equal(f.d->nevents, 2);
	assert_false(f.d->events[1].background);
	fx_close(&f);

	/*
	 * "and" right after a place, then a toll: a clause of its own place
	 * with no break before it; two figures before their place are one toll
	 */
	fx_open(&f, "en", "Shelling killed 2 people in Jasim and wounded 3 in Nawa on Monday.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[1].place)->name_en, "Nawa");
	assert_int_equal(f.d->events[0].nclaims, 1);
	assert_int_equal(f.d->events[1].nclaims, 1);
	fx_close(&f);
	assert_int_equal(fx_nevents("en", "Shelling killed 2 people in Jasim and 3 in Nawa on Monday."), 2);
	/* "و" written onto the figure right after a place, with no break */
	fx_open(&f, "ar", "أسفر القصف يوم الإثنين عن مقتل شخصين في جاسم وثلاثة في نوى.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[1].place)->name_en, "Nawa");
	assert_int_equal(f.d->events[0].nclaims, 1);
	assert_int_equal(f.d->events[1].nclaims, 1);
	fx_close(&f);
	fx_open(&f, "en", "At least 4 civilians were killed and 7 others wounded in shelling on a "
		 "market in Nawa on Monday.");
	assert_int_equal(f.d->nevents, 1);
	assert_int_equal(f.d->events[0].nclaims, 2);
	fx_close(&f);
	assert_int_equal(fx_nevents("ar", "قتل شخصان بقصف على جاسم يوم الإثنين وإصابة ثلاثة نقلوا إلى مشفى "
					"في نوى."), 1);

	/* a sentence of figures with no cue is read by its clauses too */
	fx_open(&f, "en", "Six people were killed in Tafas and four in Jasim on Monday, medics said.");
	assert_int_equal(f.d->nevents, 2);
	assert_int_equal(f.d->events[1].nclaims, 1);
	assert_int_equal(f.d->events[1].claims[0].value, 4);
	fx_close(&f);

	/*
	 * "و" written onto a figure, a casualty verb, a cue or a preposition
	 * of where opens a clause after a break; onto a casualty noun it adds
	 * to the toll before it, onto another word it goes on
	 */
	fx_open(&f, "ar", "قتل ستة مدنيين في غارة على طفس يوم الإثنين، وأربعة آخرون في جاسم.");
	assert_int_equal(f.d->nevents, 2);
	assert_int_equal(f.d->events[1].claims[0].value, 4);
	fx_close(&f);
	assert_int_equal(fx_nevents("ar", "قتل ستة مدنيين بقصف على طفس يوم الإثنين، وقتل اثنان في جاسم."), 2);
	assert_int_equal(fx_nevents("ar", "قتل ستة مدنيين بقصف على طفس يوم الإثنين، وفي جاسم أصيب عشرة "
					"أشخاص بغارة."), 2);
	fx_open(&f, "ar", "قتل ستة مدنيين بقصف على طفس يوم الإثنين، وإصابة عشرة نقلوا إلى مشفى في "
		 "جاسم.");
	assert_int_equal(f.d->nevents, 1);
	assert_int_equal(f.d->events[0].nclaims, 2);
	fx_close(&f);
}

/* The index of feature `name` of decision `dec`. */
static size_t feature_of(unsigned dec, const char *name)
{
	const struct rasd_decision *dd = rasdp_decisions[dec];
	size_t i;

	for (i = 0; i < dd->nfeats; i++)
		if (!strcmp(dd->feats[i].name, name))
			return i;
	fail_msg("no feature '%s'", name);
	return 0;
}

/*
 * The merge decision: the next sentence goes on with the current event
 * unless a reason keeps them apart (another place); a later frame at the
 * first event's town goes back to it.  rasd train sees each choice, with
 * the sentences of both sides.
 */
static void test_framing_merge_decision(void **state)
{
	const char *text = "Shelling hit the town of Tafas on Monday, killing 3 civilians. "
		"The shells also wounded 4 children. Meanwhile, clashes in Saraqib on Monday "
		"killed 2 fighters. In Tafas, the shelling destroyed 2 homes.";
	const struct rasdp_merge_choice *ch;
	rasd_input in = rasdt_input("en", "2024-03-12", "example.org", text);
	rasd_doc *d;
	size_t i, later = 0;

	(void)state;
	d = rasdt_extract_in(&in, RASDP_EXTRACT_TRACE_MERGES);
	assert_non_null(d);
	assert_int_equal(d->nevents, 2);
	assert_string_equal(fx_place(d->events[0].place)->name_en, "Tafas");
	assert_int_equal(d->events[0].nevidence, 3);
	assert_string_equal(fx_place(d->events[1].place)->name_en, "Saraqib");
	assert_true(d->nmerge_trace >= 3);
	/* the second sentence goes on with the first: no place or date of its own */
	ch = &d->merge_trace[0];
	assert_true(ch->merged);
	assert_int_equal(ch->nearlier, 1);
	assert_int_equal(ch->nlater, 1);
	assert_int_equal(ch->sents[0], 0);
	assert_int_equal(ch->sents[1], 1);
	assert_true(ch->x[feature_of(RASD_DEC_MERGE, "bare")] == 1);
	assert_true(ch->x[feature_of(RASD_DEC_MERGE, "figures")] == 1);
	assert_true(ch->x[feature_of(RASD_DEC_MERGE, "opener")] == 0);
	/* Saraqib is apart from Tafas, and "meanwhile" opens another happening */
	ch = &d->merge_trace[1];
	assert_false(ch->merged);
	assert_true(ch->x[feature_of(RASD_DEC_MERGE, "place_apart")] == 1);
	assert_true(ch->x[feature_of(RASD_DEC_MERGE, "opener")] == 1);
	/* the frame back at Tafas is joined to the first once all are framed */
	for (i = 0; i < d->nmerge_trace; i++)
		if (d->merge_trace[i].x[feature_of(RASD_DEC_MERGE, "later")] == 1 &&
		    d->merge_trace[i].merged) {
			assert_true(d->merge_trace[i].x[feature_of(RASD_DEC_MERGE, "place_same")] == 1);
			later++;
		}
	assert_int_equal(later, 1);
	rasd_doc_free(d);

	/* a town in the area told first is the same event, told more finely */
	text = "Shelling hit Idlib province on Monday, killing 4 civilians. In the town of "
		"Saraqib, 2 children were among the dead.";
	in = rasdt_input("en", "2024-03-12", "example.org", text);
	d = rasdt_extract_in(&in, RASDP_EXTRACT_TRACE_MERGES);
	assert_non_null(d);
	assert_int_equal(d->nevents, 1);
	assert_true(d->nmerge_trace >= 1);
	assert_true(d->merge_trace[0].merged);
	assert_true(d->merge_trace[0].x[feature_of(RASD_DEC_MERGE, "finer")] == 1);
	assert_true(d->merge_trace[0].x[feature_of(RASD_DEC_MERGE, "wider")] == 0);
	rasd_doc_free(d);
}

/* Extract `text` with no publication date (no weekday resolves to a day). */
static rasd_doc *extract_unpublished(const char *lang, const char *text)
{
	rasd_input in = rasdt_input(lang, NULL, "example.org", text);
	rasd_doc *d = rasdt_extract_in(&in, RASDP_EXTRACT_TRACE_MERGES);

	if (!d)
		fail_msg("extract failed");
	return d;
}

/*
 * A second day named: with no publication date, a sentence that opens on
 * a day of the week more than a day from the event's tells of another
 * happening (merge feature day_apart); the next day, or a day that dates
 * a statement, does not.
 */
static void test_framing_second_day(void **state)
{
	rasd_doc *d;
	size_t i, apart = 0;

	(void)state;
	d = extract_unpublished("en", "Gunmen fired on protesters in Tafas on Friday, wounding 2 of "
				"them. On Tuesday, gunmen attacked protesters in Tafas, wounding 3.");
	assert_int_equal(d->nevents, 2);
	assert_int_equal(d->events[0].nclaims, 1);
	assert_int_equal(d->events[1].nclaims, 1);
	for (i = 0; i < d->nmerge_trace; i++)
		apart += d->merge_trace[i].x[feature_of(RASD_DEC_MERGE, "day_apart")] == 1;
	assert_true(apart >= 1);
	rasd_doc_free(d);

	d = extract_unpublished("ar", "أطلق مسلحون النار على متظاهرين في طفس يوم الجمعة، ما أدى إلى "
				"إصابة اثنين منهم. ويوم الثلاثاء، هاجم مسلحون متظاهرين في طفس ما "
				"أدى إلى إصابة ثلاثة.");
	assert_int_equal(d->nevents, 2);
	rasd_doc_free(d);

	/* the next day: one happening over a night */
	d = extract_unpublished("en", "Gunmen fired on protesters in Tafas late on Thursday, wounding 2 "
				"of them. On Friday, the gunmen attacked protesters again in Tafas, "
				"wounding 3.");
	assert_int_equal(d->nevents, 1);
	rasd_doc_free(d);

	d = extract_unpublished("ar", "أطلق مسلحون النار على متظاهرين في طفس مساء الخميس، ما أدى إلى "
				"إصابة اثنين منهم. ويوم الجمعة، هاجم مسلحون متظاهرين في طفس ما أدى "
				"إلى إصابة ثلاثة.");
	assert_int_equal(d->nevents, 1);
	rasd_doc_free(d);

	/* a day that dates what was said, not what happened */
	d = extract_unpublished("en", "Gunmen fired on protesters in Tafas on Friday, wounding 2 of "
				"them. The governor said on Tuesday that gunmen had wounded 3 "
				"protesters in Tafas.");
	assert_int_equal(d->nevents, 1);
	rasd_doc_free(d);

	assert_int_equal(rasdp_weekdays_apart(1u << 5, 1u << 2), 1);
	assert_int_equal(rasdp_weekdays_apart(1u << 7, 1u << 1), 0);   /* Sunday, Monday */
	assert_int_equal(rasdp_weekdays_apart(1u << 5, 0), 0);
}

/* How many events `text`, with no publication date, gives. */
static size_t nevents_unpublished(const char *lang, const char *text)
{
	rasd_doc *d = extract_unpublished(lang, text);
	size_t n = d->nevents;

	rasd_doc_free(d);
	return n;
}

/* Did merge feature `name` hold for some choice of `d`? */
static int merge_feature_held(const rasd_doc *d, const char *name)
{
	size_t i;

	for (i = 0; i < d->nmerge_trace; i++)
		if (d->merge_trace[i].x[feature_of(RASD_DEC_MERGE, name)] == 1)
			return 1;
	return 0;
}

/*
 * A day of a month without a year, with no publication date to give it
 * one: a happening told on a day in the weeks before the event's is a past
 * one recalled (merge feature monthday_apart, a background event); the
 * night before, or a day that dates a statement, is the same happening.
 */
static void test_framing_earlier_monthday(void **state)
{
	rasd_doc *d;

	(void)state;
	d = extract_unpublished("en", "A car bomb killed 9 people in the market of Azaz on 14 March "
				"2015, police said. A similar bombing at the same market in Azaz "
				"on February 27 killed 4 people.");
	assert_int_equal(d->nevents, 2);
	assert_false(d->events[0].background);
	assert_true(d->events[1].background);
	assert_int_equal(d->events[1].nclaims, 1);
	assert_int_equal(d->events[1].claims[0].value, 4);
	assert_true(merge_feature_held(d, "monthday_apart"));
	rasd_doc_free(d);

	d = extract_unpublished("ar", "قتل 9 أشخاص بانفجار سيارة مفخخة في سوق مدينة أعزاز يوم 14 "
				"آذار 2015. وفي 27 شباط، قتل 4 أشخاص بتفجير مماثل في سوق أعزاز.");
	assert_int_equal(d->nevents, 2);
	assert_true(d->events[1].background);
	rasd_doc_free(d);

	/* the night before: one happening */
	assert_int_equal(nevents_unpublished("en", "A car bomb killed 9 people in the market of Azaz "
					     "on 14 March 2015, police said. Late on March 13, a "
					     "first car bomb in Azaz had killed 4 people."), 1);
	/* a day that dates what was said */
	assert_int_equal(nevents_unpublished("en", "A car bomb killed 9 people in the market of Azaz "
					     "on 14 March 2015. The police said on March 20 that "
					     "the bomb in Azaz had killed 4 people."), 1);
}

/*
 * A sentence opening on "earlier" with a cue and a toll of its own tells of
 * an earlier happening (merge feature earlier_toll); an earlier account
 * ("an earlier report said"), an earlier count ("the toll stood at") or
 * earlier that day is the same event.
 */
static void test_framing_earlier_toll(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Rocket shells killed 6 civilians in the market of Tafas, a monitor said. "
		 "Earlier, 3 people were killed in a rocket attack on homes in Tafas.");
	assert_int_equal(f.d->nevents, 2);
	assert_int_equal(f.d->events[0].nclaims, 1);
	assert_int_equal(f.d->events[1].claims[0].value, 3);
	fx_close(&f);
	fx_open(&f, "ar", "قتل 6 مدنيين بقذائف صاروخية على سوق بلدة طفس. وفي وقت سابق، قتل 3 أشخاص "
		 "بهجوم صاروخي على منازل في طفس.");
	assert_int_equal(f.d->nevents, 2);
	fx_close(&f);

	assert_int_equal(fx_nevents("en", "Rocket shells killed 6 civilians in the market of Tafas, a "
					"monitor said. An earlier report by the monitor said 3 people were "
					"killed in the rocket attack on Tafas."), 1);
	assert_int_equal(fx_nevents("en", "Rocket shells killed 6 civilians in the market of Tafas on "
					"Monday, a monitor said. Earlier on Monday, 3 people were killed in "
					"a rocket attack on homes in Tafas."), 1);
	assert_int_equal(fx_nevents("en", "Rocket shells killed 6 civilians in the market of Tafas, a "
					"monitor said. Earlier, the toll of the rocket attack on Tafas "
					"stood at 3 killed."), 1);

	f.d = extract_unpublished("en", "Rocket shells killed 6 civilians in the market of Tafas. "
				  "Earlier, 3 people were killed in a rocket attack on homes in Tafas.");
	assert_true(merge_feature_held(f.d, "earlier_toll"));
	rasd_doc_free(f.d);
}

/*
 * The day before, with a toll of its own, is another day's happening
 * (merge feature day_before: one event per town and day); the day after
 * is the same happening over a night, so is the night before the dawn an
 * event is dated by (a sentence of no place of its own told that night
 * goes on with the event whatever its cue), and a toll told again is the
 * event.
 */
static void test_framing_day_before(void **state)
{
	rasd_doc *d;

	(void)state;
	/* published 2024-03-12, a Tuesday: the days resolve */
	assert_int_equal(fx_nevents("en", "Air strikes killed 25 people in Tafas on Tuesday, the monitor "
					"said. On Monday air strikes killed 23 people in Tafas."), 2);
	assert_int_equal(fx_nevents("en", "Air strikes killed 25 people in Tafas late on Monday, the "
					"monitor said. On Tuesday air strikes killed 23 people in Tafas."), 1);
	assert_int_equal(fx_nevents("en", "Air strikes killed 25 people in Tafas on Tuesday, the monitor "
					"said. On Monday the strikes had killed 25 people in Tafas."), 1);
	/* the night before the dawn an event is dated by: one night */
	assert_int_equal(fx_nevents("en", "Air strikes killed 25 people in Tafas at dawn on Tuesday, the "
					"monitor said. Late on Monday night air strikes killed 3 people "
					"in Tafas."), 1);
	assert_int_equal(fx_nevents("ar", "قتل 25 شخصا بغارات جوية على بلدة طفس فجر اليوم. ومساء أمس "
					"قتلت غارات جوية 3 أشخاص في بلدة طفس."), 1);
	assert_int_equal(fx_nevents("en", "Air strikes killed 25 people in Tafas at noon on Tuesday, the "
					"monitor said. On Monday air strikes killed 3 people in Tafas."), 2);
	/* a sentence of no place of its own told the night before the dawn: one night, whatever its cue */
	assert_int_equal(fx_nevents("en", "Artillery shelling killed 9 civilians in the town of Tafas at "
					"dawn on Tuesday. The army said 4 of its soldiers were wounded by "
					"gunfire during a raid last night."), 1);
	assert_int_equal(fx_nevents("ar", "قتل 9 مدنيين بقصف مدفعي على بلدة طفس فجر اليوم. وأعلن الجيش "
					"إصابة 4 من جنوده بإطلاق نار خلال عملية دهم الليلة الماضية."), 1);
	/* at noon, no dawn; or at a place of its own: another happening */
	assert_int_equal(fx_nevents("en", "Artillery shelling killed 9 civilians in the town of Tafas at "
					"noon on Tuesday. The army said 4 of its soldiers were wounded by "
					"gunfire during a raid last night."), 2);
	assert_int_equal(fx_nevents("ar", "قتل 9 مدنيين بقصف مدفعي على بلدة طفس ظهر اليوم. وأعلن الجيش "
					"إصابة 4 من جنوده بإطلاق نار خلال عملية دهم الليلة الماضية."), 2);
	assert_int_equal(fx_nevents("ar", "قتل 9 مدنيين بقصف مدفعي على بلدة طفس فجر اليوم. وأعلن الجيش "
					"إصابة 4 من جنوده بإطلاق نار خلال عملية دهم في مدينة حلب الليلة "
					"الماضية."), 2);
	/* no publication date: days of the week */
	d = extract_unpublished("ar", "قتل 25 شخصا بغارات جوية على بلدة طفس يوم الثلاثاء. ويوم "
				"الاثنين، قتلت غارات جوية 23 شخصا في بلدة طفس.");
	assert_int_equal(d->nevents, 2);
	assert_int_equal(d->events[0].nclaims, 1);
	rasd_doc_free(d);
	assert_int_equal(nevents_unpublished("en", "Air strikes killed 25 people in Tafas late on "
					     "Monday. On Tuesday air strikes killed 23 people in "
					     "Tafas."), 1);
}

/*
 * A toll risen to, told at a city named like the governorate of the
 * event's town ("the toll of the shelling in Daraa rose to 9" after a
 * shelling in Tafas), is the event told again by its toll (merge feature
 * risen); at another town it stays another event.
 */
static void test_framing_risen_toll(void **state)
{
	rasd_doc *d;

	(void)state;
	assert_int_equal(fx_nevents("en", "Artillery shelling killed 8 people at a resort in Tafas on "
					"Wednesday. The toll of the shelling in Daraa rose to 9, the "
					"ministry said."), 1);
	assert_int_equal(fx_nevents("ar", "قتل 8 أشخاص بقصف مدفعي على منتجع في بلدة طفس يوم الأربعاء. "
					"وقالت الوزارة إن حصيلة القصف في درعا ارتفعت إلى 9 قتلى."), 1);
	assert_int_equal(fx_nevents("en", "Artillery shelling killed 8 people at a resort in Tafas on "
					"Wednesday. The toll of the shelling on Nawa rose to 9, the "
					"ministry said."), 2);
	assert_int_equal(fx_nevents("ar", "قتل 8 أشخاص بقصف مدفعي على منتجع في بلدة طفس يوم الأربعاء. "
					"وقالت الوزارة إن حصيلة القصف على نوى ارتفعت إلى 9 قتلى."), 2);
	d = extract_unpublished("en", "Artillery shelling killed 8 people in Tafas. The toll of the "
				"shelling in Daraa rose to 9.");
	assert_true(merge_feature_held(d, "risen"));
	assert_true(merge_feature_held(d, "namesake"));
	rasd_doc_free(d);
}

/*
 * A counted event told again at a town inside the area told first, in
 * other words ("a strike ... clashes broke out in the town of"), is the
 * same happening at its finer place; a later, dated happening at the
 * wider area is another.
 */
/* `text` gives one event, at the place named `name`. */
static void one_event_at(const char *lang, const char *text, const char *name)
{
	struct fx f;

	fx_open(&f, lang, text);
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, name);
	fx_close(&f);
}

/* `text` gives one event, at no place. */
static void one_event_unplaced(const char *lang, const char *text)
{
	struct fx f;

	fx_open(&f, lang, text);
	assert_int_equal(f.d->nevents, 1);
	assert_int_equal(f.d->events[0].place, -1);
	fx_close(&f);
}

static void test_framing_counted_then_finer(void **state)
{
	(void)state;
	one_event_at("en", "A drone strike killed 3 fighters in Idlib province.\nThe monitor said "
		     "heavy clashes broke out in the town of Sarmada after the strike.", "Sarmada");
	one_event_at("ar", "قُتل ثلاثة مقاتلين بغارة لطائرة مسيرة في محافظة إدلب، بحسب مرصد محلي.\n"
		     "وقال المرصد إن اشتباكات اندلعت عقب الإنزال في بلدة سرمدا.", "Sarmada");

	assert_int_equal(fx_nevents("en", "A drone strike killed 3 fighters in the town of Sarmada on "
					"Monday.\nOn Tuesday, clashes broke out in Idlib province, "
					"killing 2 soldiers."), 2);
	assert_int_equal(fx_nevents("ar", "قُتل ثلاثة مقاتلين بغارة لطائرة مسيرة في بلدة سرمدا يوم "
					"الاثنين.\nويوم الثلاثاء، اندلعت اشتباكات في محافظة إدلب أسفرت "
					"عن مقتل جنديين."), 2);
}

/*
 * The rest of an area ("other areas of the province", "مناطق أخرى من
 * المحافظة") is another event than the one told at a place in it, or at
 * the area itself; a count of "other people" there is not.
 */
static void test_framing_rest_of(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Artillery shelling killed five civilians in the city of Hama on "
		 "Tuesday, rescuers said.\nA local monitor said the shelling also hit other "
		 "areas of Hama province.");
	assert_int_equal(f.d->nevents, 2);
	assert_int_equal(fx_place(f.d->events[0].place)->kind, RASD_PLACE_CITY);
	assert_int_equal(fx_place(f.d->events[1].place)->kind, RASD_PLACE_GOVERNORATE);
	fx_close(&f);
	fx_open(&f, "ar", "قتل خمسة مدنيين بقصف مدفعي على مدينة حماة يوم الثلاثاء، بحسب "
		 "الدفاع المدني.\nوأفاد مرصد محلي بأن القصف طال أيضا مناطق أخرى من محافظة حماة.");
	assert_int_equal(f.d->nevents, 2);
	assert_int_equal(fx_place(f.d->events[1].place)->kind, RASD_PLACE_GOVERNORATE);
	fx_close(&f);
	/* told at the area itself, then at the rest of it */
	assert_int_equal(fx_nevents("en", "A car bomb killed 4 soldiers in Hama province on "
					"Tuesday.\nAir strikes were also reported elsewhere in Hama "
					"province."), 2);
	assert_int_equal(fx_nevents("ar", "قتل أربعة جنود بانفجار سيارة مفخخة في محافظة حماة "
					"يوم الثلاثاء.\nكما شن الطيران غارات على باقي مناطق محافظة "
					"حماة."), 2);
	/* other people counted there: the same event */
	one_event_at("en", "Artillery shelling killed five civilians in the city of Hama on "
		     "Tuesday.\nThe shelling also wounded two other people in Hama province.",
		     "Hama");
	one_event_at("ar", "قتل خمسة مدنيين بقصف مدفعي على مدينة حماة يوم الثلاثاء.\nوأصيب "
		     "شخصان آخران بجروح في محافظة حماة.", "Hama");
}

/*
 * After a kind of violence, a later sentence at the same town that tells
 * another happening in the outlet's words ("Later on Monday", "Meanwhile",
 * "وفي وقت لاحق"), of another kind, is an event of its own; told by a
 * source after its reporting verb it is more of the same event, and so is
 * the fighting after a raid.
 */
static void two_kinds_at(const char *lang, const char *text, const char *first,
			 const char *second)
{
	struct fx f;

	fx_open(&f, lang, text);
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(f.d->events[0].event_type, first);
	assert_string_equal(f.d->events[1].event_type, second);
	assert_int_equal(f.d->events[0].place, f.d->events[1].place);
	fx_close(&f);
}

static void test_framing_tells_other(void **state)
{
	(void)state;
	two_kinds_at("en", "Government warplanes bombed the village of Kafr Nabl on Monday, "
		     "killing four civilians.\nLater on Monday, security forces launched an arrest "
		     "campaign in Kafr Nabl and detained 12 young men.",
		     "Explosions/Remote violence", "Strategic developments");
	two_kinds_at("ar", "قصفت طائرات حربية قرية كفرنبل يوم الاثنين، ما أسفر عن مقتل أربعة "
		     "مدنيين.\nوفي وقت لاحق، شنت قوات الأمن حملة اعتقالات في كفرنبل طالت 12 شابا.",
		     "Explosions/Remote violence", "Strategic developments");
	two_kinds_at("en", "Russian jets struck the town of Saraqib on Tuesday, killing three "
		     "people.\nMeanwhile, hundreds of residents staged a protest in Saraqib.",
		     "Explosions/Remote violence", "Protests");
	two_kinds_at("ar", "شنت طائرات روسية غارة جوية على مدينة سراقب يوم الثلاثاء، ما أدى إلى "
		     "مقتل ثلاثة أشخاص.\nوبالتزامن، خرج مئات الأهالي في مظاهرة في سراقب.",
		     "Explosions/Remote violence", "Protests");
	/* a source's word of the same operation: one event */
	assert_int_equal(fx_nevents("en", "A drone struck a car in the town of Bint Jbeil on "
					"Monday, killing two men.\nLater, the army said it had "
					"carried out an operation to arrest suspects in Bint Jbeil."), 1);
	assert_int_equal(fx_nevents("ar", "استهدفت مسيرة سيارة في بلدة بنت جبيل يوم الاثنين، ما "
					"أسفر عن مقتل شخصين.\nوفي وقت لاحق، قال الجيش إنه نفذ "
					"عملية لاعتقال مشتبه بهم في بنت جبيل."), 1);
	/* a raid, then clashes with the raiding force: one operation */
	assert_int_equal(fx_nevents("en", "Troops raided the town of Qabatiya on Tuesday, "
					"arresting five men.\nLater, clashes broke out in Qabatiya "
					"between gunmen and the raiding force, and three men were "
					"killed."), 1);
	assert_int_equal(fx_nevents("ar", "داهمت قوات الاحتلال بلدة قباطية فجر الثلاثاء واعتقلت "
					"خمسة شبان.\nوفي وقت لاحق، اندلعت اشتباكات في قباطية بين "
					"مسلحين والقوة المقتحمة أسفرت عن مقتل ثلاثة."), 1);
	/* no word of another happening: one event, as before */
	assert_int_equal(fx_nevents("en", "Russian jets struck the town of Saraqib on Tuesday, "
					"killing three people.\nHundreds of residents staged a "
					"protest in Saraqib."), 1);
}

/*
 * A sentence of no place of its own that names one by a definite noun of
 * its kind ("the camp", "المخيم") goes back to the earlier event whose
 * place the report named with that noun, past an event told since at a
 * place apart, unless it gives a toll that event does not count (merge
 * feature kind_back); "the area" is too wide to.
 */
/* `text`: two events, the first at `name` with `nfirst` sentences. */
static void kind_back_at(const char *lang, const char *text, const char *name, size_t nfirst)
{
	struct fx f;

	fx_open(&f, lang, text);
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, name);
	assert_int_equal(f.d->events[0].nevidence, nfirst);
	fx_close(&f);
}

static void test_framing_kind_back(void **state)
{
	rasd_doc *d;

	(void)state;
	kind_back_at("en", "Troops raided the Jenin refugee camp on Monday, killing three "
		     "men.\nAn air strike hit a house in the Gaza Strip, wounding two children.\n"
		     "Soldiers stormed the camp on Monday and killed three men, medics said.",
		     "Janin", 2);
	kind_back_at("ar", "اقتحمت القوات مخيم جنين يوم الاثنين وقتلت ثلاثة رجال.\nوأصيب طفلان "
		     "بغارة جوية على منزل في قطاع غزة.\nوقال مسعفون إن ثلاثة رجال قتلوا عندما "
		     "اقتحم الجنود المخيم يوم الاثنين.", "Janin", 2);
	/* no figure: it goes back too */
	kind_back_at("en", "Troops raided the Jenin refugee camp on Monday, killing three "
		     "men.\nAn air strike hit a house in the Gaza Strip, wounding two children.\n"
		     "Bulldozers tore up the roads of the camp during the raid.", "Janin", 2);
	/* a toll of its own the camp's event does not count: another happening */
	kind_back_at("en", "Troops raided the Jenin refugee camp on Monday, killing three "
		     "men.\nAn air strike hit a house in the Gaza Strip, wounding two children.\n"
		     "Soldiers stormed the camp on Monday, wounding four people.", "Janin", 1);
	/* "the area" points nowhere in particular */
	kind_back_at("en", "Troops raided the Jenin refugee camp on Monday, killing three "
		     "men.\nAn air strike hit a house in the Gaza Strip, wounding two children.\n"
		     "Soldiers stormed the area on Monday and killed three men.", "Janin", 1);
	/* another day than the camp's: not its event */
	kind_back_at("en", "Troops raided the Jenin refugee camp on 3 July 2023, killing three "
		     "men.\nAn air strike hit a house in the Gaza Strip, wounding two children.\n"
		     "Soldiers stormed the camp on 9 July 2023 and killed three men.", "Janin", 1);
	d = extract_unpublished("en", "Troops raided the Jenin refugee camp, killing three men. An "
				"air strike hit a house in the Gaza Strip, wounding two children. "
				"Soldiers stormed the camp and killed three men.");
	assert_true(merge_feature_held(d, "kind_back"));
	rasd_doc_free(d);
}

/*
 * The event a report leads with stands at its place on a weak cue of
 * violence when it tells of casualties, counted or not; without them it
 * does not.
 */
static void test_framing_uncounted_toll(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Gunmen attacked army checkpoints in the town of Tafas, leaving a number of "
		 "dead among the soldiers.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Tafas");
	assert_int_equal(f.d->events[0].nclaims, 0);
	fx_close(&f);
	assert_int_equal(fx_nevents("ar", "شهدت بلدة طفس هجوماً من قبل مسلحين استهدف حواجز للجيش، ما أدى "
					"إلى سقوط عدد من القتلى في صفوف الجنود."), 1);

	assert_int_equal(fx_nevents("en", "Gunmen attacked army checkpoints in the town of Tafas."), 0);
	assert_int_equal(fx_nevents("ar", "شهدت بلدة طفس هجوماً من قبل مسلحين استهدف حواجز للجيش."), 0);
}

/*
 * Two places joined by a hyphen are the ends of a road, not a person's
 * name: the town stays a place across the report, and its own event.
 */
static void test_places_hyphened(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Protests broke out in the towns of Tafas and Nawa on Friday. Forces "
		 "closed the Jasim-Nawa road.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[1].place)->name_en, "Nawa");
	fx_close(&f);

	/* written apart, the two names are a person's */
	assert_int_equal(fx_nevents("en", "Protests broke out in the towns of Tafas and Nawa on Friday. "
					"Forces closed the Jasim Nawa road."), 1);
}

/*
 * The page's keywords ("Tags ...", "وسوم: ...") name no place of the
 * report: an event told with no place takes none from them, and two names
 * side by side there are no person's name that hides the town elsewhere.
 * "Related" in running text is no label.
 */
static void test_places_page_keywords(void **state)
{
	(void)state;
	one_event_unplaced("en", "Gunmen killed 4 shepherds on Friday, the monitor said.\nTags Syria Hama "
			   "gunmen shepherds");

	one_event_unplaced("ar", "قتل مسلحون 4 رعاة يوم الجمعة، بحسب المرصد.\nوسوم: سوريا حماة مسلحون رعاة");

	/* the keywords run up to the running text, whose town stays a place */
	one_event_at("en", "Tags Syria Khan Sheikhun Idlib airstrike At least 13 civilians died in air "
		     "strikes around Khan Sheikhoun on Friday.", "Khan Shaykhun");

	one_event_at("en", "Gunmen killed 4 shepherds near Hama on Friday, the monitor said. Related "
		     "clashes broke out in Hama later.", "Hama");
}

/*
 * "جنوب السودان", "South Sudan" is the country, not the south of Sudan:
 * an event there is at no region of Sudan; "the south of Sudan", "جنوبي
 * السودان" is that region.
 */
static void test_places_south_sudan(void **state)
{
	(void)state;
	one_event_unplaced("ar", "قتل 12 شخصا في اشتباكات قبلية في جنوب السودان يوم الاثنين.");
	one_event_unplaced("en", "Twelve people were killed in tribal clashes in South Sudan on Monday.");
	one_event_at("en", "Twelve people were killed in tribal clashes in the south of Sudan on Monday.",
		     "southern Sudan");
	one_event_at("ar", "قتل 12 شخصا في اشتباكات قبلية في جنوبي السودان يوم الاثنين.",
		     "southern Sudan");
}

/*
 * Where a speaker spoke ("said on a visit to X", "Speaking from X", "in an
 * interview in X", "خلال زيارة إلى X") is not where the event was; a visit
 * told of the victims, far from what was said, is where it was.
 */
static void test_places_speaker_occasion(void **state)
{
	(void)state;
	one_event_unplaced("en", "Gunmen killed 4 soldiers on Monday, the minister said during a visit to "
			   "Baghdad.");
	one_event_unplaced("ar", "قال وزير الصحة خلال زيارة إلى بغداد إن مسلحين قتلوا 4 جنود يوم الاثنين.");
	one_event_unplaced("ar", "أكد المسؤول في مقابلة أجريت معه في بيروت أن غارة قتلت 4 مقاتلين يوم الاثنين.");
	one_event_at("en", "Speaking from Beirut, the official said an air strike killed 4 fighters in "
		     "Tafas in Daraa province on Monday.", "Tafas");
	one_event_at("en", "Three civilians were killed on a visit to their farm in Tafas, the monitor "
		     "said.", "Tafas");
}

/*
 * A place that says, accuses or denies is its government speaking, not
 * where the event was: the subject opening its clause ("Damascus accused"),
 * or after the verb in Arabic ("اتهمت دمشق"); a place struck, or the
 * subject of a clause a verb reports ("officials said Aleppo was shelled"),
 * stays the event's.
 */
static void test_places_speaking_place(void **state)
{
	(void)state;
	one_event_unplaced("en", "Damascus accused Israel on Monday of an air strike that killed 3 soldiers.");
	one_event_unplaced("en", "Tel Aviv said on Monday that a drone killed 2 fighters.");
	one_event_unplaced("en", "On Monday, Moscow denied that its jets killed 5 civilians.");
	one_event_unplaced("ar", "اتهمت دمشق إسرائيل بشن غارة جوية قتلت ثلاثة جنود.");
	one_event_unplaced("ar", "قالت تل أبيب إن طائرة مسيرة قتلت مقاتلين اثنين.");
	one_event_unplaced("ar", "طهران تنفي مسؤوليتها عن الهجوم الذي قتل أربعة حراس.");
	one_event_at("en", "Damascus said an air strike killed 3 soldiers in Tafas on Monday.", "Tafas");
	one_event_at("ar", "قالت دمشق إن غارة جوية قتلت ثلاثة جنود في بلدة طفس يوم الاثنين.", "Tafas");
	one_event_at("en", "An air strike hit Damascus on Monday, killing 3 people, the monitor said.",
		     "Damascus");
	one_event_at("en", "Officials said Aleppo was shelled on Monday, killing 3 people.", "Aleppo");
	one_event_at("ar", "قتل ثلاثة أشخاص بغارة على دمشق، قال المرصد.", "Damascus");
}

/* `text` gives one event, at place `name` of country `cc`. */
static void one_event_in(const char *lang, const char *text, const char *name, const char *cc)
{
	struct fx f;

	fx_open(&f, lang, text);
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, name);
	assert_string_equal(fx_place(f.d->events[0].place)->country, cc);
	fx_close(&f);
}

/*
 * Towns of Israel, by their Hebrew names as Arabic news write them, also
 * where a rocket came from another country; the Golan's towns are Quneitra's; a Galilee town spelt like Afghanistan's
 * capital is no place; a word of kind ending a title is none of the next
 * line's first word ("... suburb" then "Fri Sep 27").
 */
static void test_places_israel(void **state)
{
	struct fx f;
	size_t i;

	(void)state;
	one_event_in("ar", "سقط صاروخ على كريات شمونة ما أدى إلى إصابة شخصين.", "Qiryat Shmona", "IL");
	one_event_in("en", "A rocket hit a house in Kiryat Shmona, wounding two people.", "Qiryat Shmona",
		     "IL");
	one_event_in("ar", "أصيب ثلاثة أشخاص بسقوط صاروخ على سديروت.", "Sderot", "IL");
	one_event_in("ar", "أصيب ثلاثة أشخاص بسقوط صاروخ على مدينة عسقلان.", "Ashkelon", "IL");
	one_event_in("ar", "سقطت طائرة مسيرة على مبنى في إيلات ما أدى إلى إصابة شخصين.", "Eilat", "IL");
	one_event_in("en", "Rockets hit Haifa on Monday, wounding 3 people.", "Haifa", "IL");
	/* where fire came from is not the country the report is about */
	one_event_in("en", "A rocket fired from Lebanon hit a house in Kiryat Shmona, wounding two "
		     "people.", "Qiryat Shmona", "IL");
	one_event_in("en", "A rocket fired from Lebanon hit a house in Tafas, wounding two people.",
		     "Tafas", "SY");
	one_event_in("en", "A rocket hit a football field in Majdal Shams in the occupied Golan, killing "
		     "12 children.", "Majdal Shams", "SY");
	one_event_in("ar", "قتل شاب برصاص الشرطة في مدينة القدس الشرقية أمس.", "East Jerusalem", "PS");
	one_event_in("ar", "قصفت طائرة مسيرة منزلا في مستوطنة المطلة ما أدى إلى إصابة ثلاثة أشخاص.",
		     "Metulla", "IL");
	one_event_unplaced("ar", "قصفت المدفعية المنطقة المطلة على الحدود ما أدى إلى إصابة ثلاثة أشخاص.");
	one_event_unplaced("ar", "قتل 35 شخصا في تفجير حافلة في العاصمة الأفغانية كابول.");
	one_event_unplaced("en", "Jun 06 2016 AMMAN: Nearly 50 air strikes killed 32 people on Sunday.");
	fx_open(&f, "en", "Shelling kills 5 in Daraa suburb\n\nFri Sep 27 2013 Shelling killed "
		 "5 people in Tafas on Thursday.");
	for (i = 0; i < f.d->nevents; i++)
		if (f.d->events[i].place >= 0)
			assert_string_not_equal(fx_place(f.d->events[i].place)->name_en, "Frayeh");
	fx_close(&f);
}

/*
 * A name of a town of Israel and of a Syrian village: the report's other
 * places decide.
 */
static void test_places_namesakes_across_border(void **state)
{
	(void)state;
	one_event_in("ar", "قصف الطيران قرية رمانة في ريف حلب ما أدى إلى مقتل ثلاثة مدنيين.", "Rummana", "SY");
	one_event_in("ar", "سقط صاروخ على قرية رمانة قرب مدينة الناصرة شمال إسرائيل ما أدى إلى إصابة "
		     "شخصين.", "Rummana", "IL");
	one_event_in("en", "Shelling hit the village of Akka in the Hasakah countryside, killing 2 "
		     "civilians.",
		     "Akka", "SY");
}

/*
 * A city or town across the border, placed by a preposition or its
 * country, keeps its place in a report on another country; a village
 * namesake stays the report's, and a capital standing for its government
 * or a word of a village kind places nothing abroad.
 */
static void test_places_across_border(void **state)
{
	struct fx f;
	size_t i;

	(void)state;
	fx_open(&f, "en", "Troops raided the camp in Jenin in the West Bank on Monday, killing 3 "
		 "gunmen. In a separate attack in Tel Aviv, a man stabbed and wounded 4 people.");
	for (i = 0; i < f.d->nevents; i++)
		if (f.d->events[i].place >= 0 && !strcmp(fx_place(f.d->events[i].place)->country, "IL"))
			break;
	assert_true(i < f.d->nevents);
	fx_close(&f);
	fx_open(&f, "ar", "قصفت قوات الاحتلال مخيم جنين في الضفة الغربية ما أدى إلى مقتل ثلاثة "
		 "مسلحين. وفي هجوم منفصل أصيب أربعة أشخاص بجروح في تل أبيب.");
	for (i = 0; i < f.d->nevents; i++)
		if (f.d->events[i].place >= 0 && !strcmp(fx_place(f.d->events[i].place)->country, "IL"))
			break;
	assert_true(i < f.d->nevents);
	fx_close(&f);
	/* the village of a Syrian report is its own, not a foreign namesake */
	one_event_in("ar", "قصف الطيران قرية رمانة في ريف حلب ما أدى إلى مقتل ثلاثة مدنيين.", "Rummana", "SY");
	/* a capital that speaks or backs, or a foreign town called a village, places nothing abroad */
	fx_open(&f, "en", "Shelling killed 4 civilians in Idlib, Syria, on Monday. Ankara said "
		 "Tehran-backed militias fired the shells.");
	for (i = 0; i < f.d->nevents; i++)
		assert_true(f.d->events[i].place < 0 ||
			    !strcmp(fx_place(f.d->events[i].place)->country, "SY"));
	fx_close(&f);
	fx_open(&f, "en", "Shelling killed 4 civilians in Daraa, Syria. A barrel bomb hit "
		 "Haifa village in the countryside, wounding 2.");
	for (i = 0; i < f.d->nevents; i++)
		assert_true(f.d->events[i].place < 0 ||
			    !strcmp(fx_place(f.d->events[i].place)->country, "SY"));
	fx_close(&f);
	fx_open(&f, "ar", "قتل أربعة مدنيين بقصف على إدلب في سوريا. وقالت أنقرة إن ميليشيات "
		 "مدعومة من طهران أطلقت القذائف.");
	for (i = 0; i < f.d->nevents; i++)
		assert_true(f.d->events[i].place < 0 ||
			    !strcmp(fx_place(f.d->events[i].place)->country, "SY"));
	fx_close(&f);
}

/* Datelines and teasers give the report no place and no event. */
static void test_framing_furniture(void **state)
{
	struct fx f;

	(void)state;
	/* where the report was filed is not where the strikes fell */
	fx_open(&f, "en", "DAMASCUS (Reuters) - Two air strikes hit Idlib province on Monday, "
		 "killing 3 people.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Idlib");
	fx_close(&f);

	/* after the line's date, and with a time in brackets */
	fx_open(&f, "en", "date 2024-03-11 DAMASCUS, Syria (10:30 A.M.) - An air strike on the "
		 "town of Jasim killed 3 people on Monday.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Jasim");
	fx_close(&f);

	fx_open(&f, "ar", "دمشق - قتل ثلاثة أشخاص بقصف على بلدة جاسم يوم الإثنين.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Jasim");
	fx_close(&f);

	/* a country after a town places the town, it is no second town of a wave */
	fx_open(&f, "en", "An air strike killed 5 civilians in the town of Saraqib, Syria, on Monday.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);

	/* a teaser of another story, on its line or after one */
	fx_open(&f, "ar", "قتل ثلاثة أشخاص بقصف على بلدة جاسم يوم الإثنين.\n"
		 "اقرأ أيضا: مقتل عشرة عناصر في هجوم على حاجز في سراقب\n");
	assert_int_equal(f.d->nevents, 1);
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 10));
	fx_close(&f);

	fx_open(&f, "en", "Shelling on Jasim killed 3 people on Monday.\n\nRelated news\n\n"
		 "Clashes in Saraqib kill 10 fighters\n");
	rasdp_mark_background(&f.c);
	assert_int_equal(f.d->nevents, 1);
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 10));
	fx_close(&f);

	/* every line of the list a teaser line opens, a headline a line */
	fx_open(&f, "ar", "قتل ثلاثة أشخاص بقصف على بلدة جاسم يوم الإثنين.\n\nمقالات مشابهة\n\n"
		 "  • درعا.. مقتل عشرة عناصر في هجوم على حاجز في سراقب\n"
		 "  • إصابة 4 أطفال بانفجار في بلدة نوى\n");
	assert_int_equal(f.d->nevents, 1);
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 10));
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 4));
	fx_close(&f);

	fx_open(&f, "en", "Shelling on Jasim killed 3 people on Monday.\n\nYou might also like\n\n"
		 "Clashes in Saraqib kill 10 fighters\nFour children hurt in blast in Nawa\n");
	assert_int_equal(f.d->nevents, 1);
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 10));
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
		cmocka_unit_test(test_negation_window),
		cmocka_unit_test(test_negation_release),
		cmocka_unit_test(test_negation_denial),
		cmocka_unit_test(test_negation_participation),
		cmocka_unit_test(test_negation_relative),
		cmocka_unit_test(test_negation_rejected_figure),
		cmocka_unit_test(test_negation_nobody),
		cmocka_unit_test(test_negation_denied_reports),
		cmocka_unit_test(test_negation_own_word),
		cmocka_unit_test(test_negation_stop),
		cmocka_unit_test(test_negation_own_clause),
		cmocka_unit_test(test_attribution_speaker),
		cmocka_unit_test(test_attribution_families),
		cmocka_unit_test(test_attribution_actor_described),
		cmocka_unit_test(test_attribution_subject_carrier),
		cmocka_unit_test(test_attribution_described_same_sentence),
		cmocka_unit_test(test_attribution_chain),
		cmocka_unit_test(test_attribution_unnamed),
		cmocka_unit_test(test_attribution_two_speakers),
		cmocka_unit_test(test_attribution_alias),
		cmocka_unit_test(test_attribution_continuation),
		cmocka_unit_test(test_attribution_participle),
		cmocka_unit_test(test_attribution_correspondent),
		cmocka_unit_test(test_attribution_country),
		cmocka_unit_test(test_attribution_description),
		cmocka_unit_test(test_attribution_lines),
		cmocka_unit_test(test_attribution_statement),
		cmocka_unit_test(test_attribution_subject_head),
		cmocka_unit_test(test_attribution_closes_sentence),
		cmocka_unit_test(test_attribution_indefinite_monitor),
		cmocka_unit_test(test_attribution_named_bodies),
		cmocka_unit_test(test_attribution_source_at),
		cmocka_unit_test(test_attribution_relative_clause),
		cmocka_unit_test(test_attribution_generic_speakers),
		cmocka_unit_test(test_attribution_frame_and_verb),
		cmocka_unit_test(test_attribution_subject_gaps),
		cmocka_unit_test(test_attribution_described_body),
		cmocka_unit_test(test_attribution_refusal),
		cmocka_unit_test(test_attribution_proper_name),
		cmocka_unit_test(test_attribution_unlisted_body),
		cmocka_unit_test(test_attribution_pronoun_subject),
		cmocka_unit_test(test_attribution_name_subject_before),
		cmocka_unit_test(test_attribution_official_subject),
		cmocka_unit_test(test_attribution_quote_goes_on),
		cmocka_unit_test(test_attribution_parenthesis),
		cmocka_unit_test(test_attribution_mourning),
		cmocka_unit_test(test_attribution_closing_frame),
		cmocka_unit_test(test_attribution_quote_closes),
		cmocka_unit_test(test_attribution_quoted_line),
		cmocka_unit_test(test_attribution_bare_relay),
		cmocka_unit_test(test_attribution_contrast_in_quote),
		cmocka_unit_test(test_attribution_according_frame),
		cmocka_unit_test(test_attribution_post_credit),
		cmocka_unit_test(test_attribution_headline_description),
		cmocka_unit_test(test_attribution_pronoun),
		cmocka_unit_test(test_attribution_list),
		cmocka_unit_test(test_attribution_reprint_credit),
		cmocka_unit_test(test_attribution_cited_as_saying),
		cmocka_unit_test(test_figures_quoted),
		cmocka_unit_test(test_figures_share_aside),
		cmocka_unit_test(test_figures_origin_list),
		cmocka_unit_test(test_figures_subject_phrases),
		cmocka_unit_test(test_figures_side_lost),
		cmocka_unit_test(test_figures_group_actor),
		cmocka_unit_test(test_figures_rescued),
		cmocka_unit_test(test_figures_released),
		cmocka_unit_test(test_figures_carer),
		cmocka_unit_test(test_figures_number_of_things),
		cmocka_unit_test(test_figures_total_from_parts),
		cmocka_unit_test(test_figures_subset),
		cmocka_unit_test(test_figures_revision),
		cmocka_unit_test(test_figures_apart),
		cmocka_unit_test(test_figures_report),
		cmocka_unit_test(test_figures_before_rise),
		cmocka_unit_test(test_figures_not_figures),
		cmocka_unit_test(test_figures_abbreviation),
		cmocka_unit_test(test_figures_question),
		cmocka_unit_test(test_figures_age_of_years),
		cmocka_unit_test(test_figures_number_meaning),
		cmocka_unit_test(test_figures_kinds),
		cmocka_unit_test(test_figures_condition),
		cmocka_unit_test(test_figures_count_of_one),
		cmocka_unit_test(test_figures_persons),
		cmocka_unit_test(test_figures_named),
		cmocka_unit_test(test_figures_subject_captives),
		cmocka_unit_test(test_figures_day_year),
		cmocka_unit_test(test_figures_casualty_count),
		cmocka_unit_test(test_figures_departed_hospitalised),
		cmocka_unit_test(test_figures_of_whom),
		cmocka_unit_test(test_figures_list_possessive),
		cmocka_unit_test(test_figures_headline_present),
		cmocka_unit_test(test_figures_toll_long),
		cmocka_unit_test(test_figures_one_of_own_things),
		cmocka_unit_test(test_figures_honorific_martyr),
		cmocka_unit_test(test_figures_and_one_of),
		cmocka_unit_test(test_figures_wounded_died),
		cmocka_unit_test(test_figures_headline_pair),
		cmocka_unit_test(test_figures_paired_verbs),
		cmocka_unit_test(test_figures_previous_toll),
		cmocka_unit_test(test_figures_past_period),
		cmocka_unit_test(test_figures_war_span),
		cmocka_unit_test(test_figures_period_own_clause),
		cmocka_unit_test(test_figures_loss_elided),
		cmocka_unit_test(test_figures_another_gapped),
		cmocka_unit_test(test_figures_list_subject),
		cmocka_unit_test(test_figures_split_idiom),
		cmocka_unit_test(test_figures_verdict),
		cmocka_unit_test(test_figures_noun_other_clause),
		cmocka_unit_test(test_figures_side_and_allies),
		cmocka_unit_test(test_figures_suicide_forms),
		cmocka_unit_test(test_figures_vague),
		cmocka_unit_test(test_figures_breakdown),
		cmocka_unit_test(test_figures_parts),
		cmocka_unit_test(test_figures_part_own_word),
		cmocka_unit_test(test_places_not_the_event),
		cmocka_unit_test(test_places_region),
		cmocka_unit_test(test_places_province_of),
		cmocka_unit_test(test_places_unknown_inside),
		cmocka_unit_test(test_places_inside),
		cmocka_unit_test(test_places_village_context),
		cmocka_unit_test(test_places_country),
		cmocka_unit_test(test_places_name_where_it_stands),
		cmocka_unit_test(test_places_one_identity),
		cmocka_unit_test(test_places_decision),
		cmocka_unit_test(test_places_seat_elsewhere),
		cmocka_unit_test(test_places_opening_area),
		cmocka_unit_test(test_places_dateline_country),
		cmocka_unit_test(test_places_title_line),
		cmocka_unit_test(test_places_neighbour_sentence),
		cmocka_unit_test(test_places_country_part),
		cmocka_unit_test(test_places_country_part_neighbour),
		cmocka_unit_test(test_places_camps),
		cmocka_unit_test(test_places_source_name),
		cmocka_unit_test(test_places_kind_word_and_adjective),
		cmocka_unit_test(test_places_news_spellings),
		cmocka_unit_test(test_places_facility_and_terrain),
		cmocka_unit_test(test_places_named_regions),
		cmocka_unit_test(test_places_terrain_near),
		cmocka_unit_test(test_places_word_region),
		cmocka_unit_test(test_places_large_city),
		cmocka_unit_test(test_places_everyday_word),
		cmocka_unit_test(test_places_sudan_arabic),
		cmocka_unit_test(test_participation),
		cmocka_unit_test(test_participation_acted_upon),
		cmocka_unit_test(test_participation_generic_forces),
		cmocka_unit_test(test_participation_denier),
		cmocka_unit_test(test_participation_denials),
		cmocka_unit_test(test_participation_not_denied),
		cmocka_unit_test(test_participation_blame),
		cmocka_unit_test(test_framing_triggers),
		cmocka_unit_test(test_framing_year_toll),
		cmocka_unit_test(test_framing_blade),
		cmocka_unit_test(test_framing_protest_and_undergone),
		cmocka_unit_test(test_framing_verb_persons),
		cmocka_unit_test(test_framing_frames),
		cmocka_unit_test(test_framing_headline),
		cmocka_unit_test(test_framing_repeat_person),
		cmocka_unit_test(test_framing_background),
		cmocka_unit_test(test_framing_statement_date),
		cmocka_unit_test(test_framing_dated_apart),
		cmocka_unit_test(test_framing_relative_dated_apart),
		cmocka_unit_test(test_framing_cue_date),
		cmocka_unit_test(test_framing_stamp_date),
		cmocka_unit_test(test_framing_names_not_places),
		cmocka_unit_test(test_framing_earlier_that_day),
		cmocka_unit_test(test_framing_day_told_beside),
		cmocka_unit_test(test_framing_dateline),
		cmocka_unit_test(test_framing_homograph),
		cmocka_unit_test(test_framing_protested),
		cmocka_unit_test(test_framing_responded),
		cmocka_unit_test(test_framing_supported),
		cmocka_unit_test(test_framing_took_part),
		cmocka_unit_test(test_framing_harm_joined),
		cmocka_unit_test(test_framing_raid_aircraft),
		cmocka_unit_test(test_framing_bombing_doer),
		cmocka_unit_test(test_framing_harm_doer),
		cmocka_unit_test(test_framing_vehicle_bomber),
		cmocka_unit_test(test_framing_beating),
		cmocka_unit_test(test_framing_equipped),
		cmocka_unit_test(test_framing_killed_armed),
		cmocka_unit_test(test_framing_statement_toll),
		cmocka_unit_test(test_framing_bare_strike),
		cmocka_unit_test(test_framing_undergone),
		cmocka_unit_test(test_framing_fire_opened),
		cmocka_unit_test(test_framing_crowd_control),
		cmocka_unit_test(test_framing_attack_target),
		cmocka_unit_test(test_framing_intercepted),
		cmocka_unit_test(test_framing_arson),
		cmocka_unit_test(test_filter_strong_other_cue),
		cmocka_unit_test(test_framing_blast_means),
		cmocka_unit_test(test_framing_judged_and_accidents),
		cmocka_unit_test(test_framing_drill),
		cmocka_unit_test(test_framing_goods),
		cmocka_unit_test(test_framing_remains_accident),
		cmocka_unit_test(test_framing_frame_decision),
		cmocka_unit_test(test_framing_named_unarmed),
		cmocka_unit_test(test_framing_wave),
		cmocka_unit_test(test_framing_wave_outskirts),
		cmocka_unit_test(test_framing_wave_lines),
		cmocka_unit_test(test_framing_wave_examples),
		cmocka_unit_test(test_framing_wave_dated_first),
		cmocka_unit_test(test_framing_wave_kind_of),
		cmocka_unit_test(test_framing_wave_arabic_commas),
		cmocka_unit_test(test_framing_wave_one_town),
		cmocka_unit_test(test_framing_main_first),
		cmocka_unit_test(test_framing_sites),
		cmocka_unit_test(test_framing_furniture),
		cmocka_unit_test(test_framing_merge_decision),
		cmocka_unit_test(test_framing_second_day),
		cmocka_unit_test(test_framing_earlier_monthday),
		cmocka_unit_test(test_framing_earlier_toll),
		cmocka_unit_test(test_framing_day_before),
		cmocka_unit_test(test_framing_risen_toll),
		cmocka_unit_test(test_framing_counted_then_finer),
		cmocka_unit_test(test_framing_rest_of),
		cmocka_unit_test(test_framing_tells_other),
		cmocka_unit_test(test_framing_kind_back),
		cmocka_unit_test(test_framing_uncounted_toll),
		cmocka_unit_test(test_places_hyphened),
		cmocka_unit_test(test_places_page_keywords),
		cmocka_unit_test(test_places_south_sudan),
		cmocka_unit_test(test_places_speaker_occasion),
		cmocka_unit_test(test_places_speaking_place),
		cmocka_unit_test(test_places_israel),
		cmocka_unit_test(test_places_namesakes_across_border),
		cmocka_unit_test(test_places_across_border),
	};

	return cmocka_run_group_tests(tests, setup, NULL);
}
