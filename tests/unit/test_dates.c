/*
 * test_dates.c - calendar arithmetic and date expressions: Levantine,
 * Egyptian, Maghreb and English month names, weekdays, numeric dates,
 * parts of months, years, relative expressions resolved against the
 * publication date (and left unresolved without one), and the seed report.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "extract/engine.h"
#include "testdata.h"
#include "text/text.h"

static struct rasd_doc *analyse(const char *text, enum rasd_lang lang, const char *published)
{
	struct rasd_doc *d = calloc(1, sizeof(*d));

	assert_non_null(d);
	rasd_arena_init(&d->arena, NULL, 0);
	d->text = rasd_arena_strdup(&d->arena, text);
	d->text_len = strlen(text);
	d->lang = lang;
	if (published)
		assert_int_equal(rasdp_parse_ymd(published, &d->published), 0);
	assert_int_equal(rasdp_normalize(d), 0);
	assert_int_equal(rasdp_segment(d), 0);
	/* the duals of data/duals.tsv ("منذ يومين") are numbers, as in the pipeline */
	assert_int_equal(rasdp_find_numbers(rasdp_engine_lexicon(rasdt_engine()), d), 0);
	assert_int_equal(rasdp_find_dates(d), 0);
	return d;
}

static void release(struct rasd_doc *d)
{
	rasd_arena_release(&d->arena);
	free(d);
}

static void dump(const struct rasd_doc *d)
{
	size_t i;

	for (i = 0; i < d->ndates; i++) {
		const struct rasd_date *x = &d->dates[i];

		fprintf(stderr, "  date [%.*s] %04d-%02d-%02d..%04d-%02d-%02d prec=%d rel=%d wd=%d\n",
			(int)(x->end - x->start), d->text + x->start, x->date.y, x->date.m,
			x->date.d, x->last.y, x->last.m, x->last.d, x->precision, x->relative,
			x->weekday);
	}
}

static const struct rasd_date *date_span(const struct rasd_doc *d, const char *span)
{
	size_t i, n = strlen(span);

	for (i = 0; i < d->ndates; i++) {
		const struct rasd_date *x = &d->dates[i];

		if (x->end - x->start == n && !memcmp(d->text + x->start, span, n))
			return x;
	}
	return NULL;
}

static void ymd_str(const struct rasd_ymd *v, char *buf, size_t len)
{
	snprintf(buf, len, "%04d-%02d-%02d", v->y, v->m, v->d);
}

/*
 * Expect a date with exactly this span, period first..last ("YYYY-MM-DD"),
 * precision and relative flag.
 */
static void expect_in(const char *text, const char *pub, const char *span, const char *first,
		      const char *last, int prec, int rel)
{
	struct rasd_doc *d = analyse(text, RASD_LANG_UNKNOWN, pub);
	const struct rasd_date *x = date_span(d, span);
	char a[32], b[32];

	if (!x) {
		fprintf(stderr, "no date [%s] in [%s]\n", span, text);
		dump(d);
	}
	assert_non_null(x);
	ymd_str(&x->date, a, sizeof(a));
	ymd_str(&x->last, b, sizeof(b));
	if (strcmp(a, first) || strcmp(b, last) || x->precision != prec || x->relative != rel) {
		fprintf(stderr, "[%s]:\n", span);
		dump(d);
	}
	assert_string_equal(a, first);
	assert_string_equal(b, last);
	assert_int_equal(x->precision, prec);
	assert_int_equal(x->relative, rel);
	release(d);
}

static void expect(const char *text, const char *span, const char *first, const char *last,
		   int prec, int rel)
{
	expect_in(text, "2022-10-17", span, first, last, prec, rel);
}

#define DAY RASD_PREC_DAY
#define WEEK RASD_PREC_WEEK
#define MONTH RASD_PREC_MONTH
#define YEAR RASD_PREC_YEAR

static void test_calendar(void **state)
{
	struct rasd_ymd v;
	int64_t k;

	(void)state;
	assert_int_equal(rasdp_days_from_ymd(1970, 1, 1), 0);
	assert_int_equal(rasdp_days_from_ymd(2000, 3, 1), 11017);
	assert_int_equal(rasdp_days_from_ymd(1969, 12, 31), -1);
	assert_int_equal(rasdp_days_from_ymd(2022, 10, 17), 19282);
	for (k = -800000; k < 800000; k += 97) {
		rasdp_ymd_from_days(k, &v);
		assert_int_equal(rasdp_days_from_ymd(v.y, v.m, v.d), k);
	}
	rasdp_ymd_from_days(rasdp_days_from_ymd(2024, 2, 28) + 1, &v);
	assert_int_equal(v.m, 2);
	assert_int_equal(v.d, 29);
	rasdp_ymd_from_days(rasdp_days_from_ymd(2023, 2, 28) + 1, &v);
	assert_int_equal(v.m, 3);
	assert_int_equal(v.d, 1);

	assert_int_equal(rasdp_parse_ymd("2022-10-17", &v), 0);
	assert_int_equal(v.y, 2022);
	assert_int_equal(v.m, 10);
	assert_int_equal(v.d, 17);
	assert_int_equal(rasdp_parse_ymd("2022-10-17T09:30:00Z", &v), 0);
	assert_int_equal(rasdp_parse_ymd("2022-02-30", &v), RASD_EPARSE);
	assert_int_equal(rasdp_parse_ymd("2022-13-01", &v), RASD_EPARSE);
	assert_int_equal(rasdp_parse_ymd("2022-1-01", &v), RASD_EPARSE);
	assert_int_equal(rasdp_parse_ymd("17/10/2022", &v), RASD_EPARSE);
	assert_int_equal(rasdp_parse_ymd("2022-10-17x", &v), RASD_EPARSE);
	assert_int_equal(rasdp_parse_ymd("2022", &v), RASD_EPARSE);
	assert_int_equal(rasdp_parse_ymd(NULL, &v), RASD_EPARSE);
}

static void test_arabic_months(void **state)
{
	(void)state;
	expect("قتل في 14 من تشرين الأول", "14 من تشرين الأول", "2022-10-14", "2022-10-14", DAY, 0);
	expect("قتل في 14 تشرين الأول 2021", "14 تشرين الأول 2021", "2021-10-14", "2021-10-14", DAY, 0);
	expect("قتل في 3 كانون الثاني", "3 كانون الثاني", "2022-01-03", "2022-01-03", DAY, 0);
	expect("قتل في 3 كانون الأول 2021", "3 كانون الأول 2021", "2021-12-03", "2021-12-03", DAY, 0);
	expect("قتل في 9 تشرين الثاني 2021", "9 تشرين الثاني 2021", "2021-11-09", "2021-11-09", DAY, 0);
	expect("قتل في 2 شباط", "2 شباط", "2022-02-02", "2022-02-02", DAY, 0);
	expect("قتل في 2 آذار", "2 آذار", "2022-03-02", "2022-03-02", DAY, 0);
	expect("قتل في 2 نيسان", "2 نيسان", "2022-04-02", "2022-04-02", DAY, 0);
	expect("قتل في 2 أيار", "2 أيار", "2022-05-02", "2022-05-02", DAY, 0);
	expect("قتل في 2 حزيران", "2 حزيران", "2022-06-02", "2022-06-02", DAY, 0);
	expect("قتل في 2 تموز", "2 تموز", "2022-07-02", "2022-07-02", DAY, 0);
	expect("قتل في 2 آب", "2 آب", "2022-08-02", "2022-08-02", DAY, 0);
	expect("قتل في 2 أيلول", "2 أيلول", "2022-09-02", "2022-09-02", DAY, 0);
	expect("قتل في 5 يناير 2020", "5 يناير 2020", "2020-01-05", "2020-01-05", DAY, 0);
	expect("قتل في 5 فبراير", "5 فبراير", "2022-02-05", "2022-02-05", DAY, 0);
	expect("قتل في 5 مارس", "5 مارس", "2022-03-05", "2022-03-05", DAY, 0);
	expect("قتل في 5 أبريل", "5 أبريل", "2022-04-05", "2022-04-05", DAY, 0);
	expect("قتل في 5 ابريل", "5 ابريل", "2022-04-05", "2022-04-05", DAY, 0);
	expect("قتل في 5 مايو", "5 مايو", "2022-05-05", "2022-05-05", DAY, 0);
	expect("قتل في 5 يونيو", "5 يونيو", "2022-06-05", "2022-06-05", DAY, 0);
	expect("قتل في 5 يونيه", "5 يونيه", "2022-06-05", "2022-06-05", DAY, 0);
	expect("قتل في 5 يوليو", "5 يوليو", "2022-07-05", "2022-07-05", DAY, 0);
	expect("قتل في 5 أغسطس", "5 أغسطس", "2022-08-05", "2022-08-05", DAY, 0);
	expect("قتل في 5 سبتمبر", "5 سبتمبر", "2022-09-05", "2022-09-05", DAY, 0);
	expect("قتل في 5 أكتوبر", "5 أكتوبر", "2022-10-05", "2022-10-05", DAY, 0);
	expect("قتل في 5 نوفمبر 2021", "5 نوفمبر 2021", "2021-11-05", "2021-11-05", DAY, 0);
	expect("قتل في 5 ديسمبر 2021", "5 ديسمبر 2021", "2021-12-05", "2021-12-05", DAY, 0);
	expect("قتل في 5 جانفي", "5 جانفي", "2022-01-05", "2022-01-05", DAY, 0);
	expect("قتل في 5 جويلية", "5 جويلية", "2022-07-05", "2022-07-05", DAY, 0);
	expect("قتل في 5 أوت", "5 أوت", "2022-08-05", "2022-08-05", DAY, 0);
	expect("قتل في 14 أكتوبر/تشرين الأول 2022", "14 أكتوبر/تشرين الأول 2022",
	       "2022-10-14", "2022-10-14", DAY, 0);
	/* a month more than one month after publication is last year's */
	expect("قتل في 5 كانون الأول", "5 كانون الأول", "2021-12-05", "2021-12-05", DAY, 0);
	expect("الاثنين 17 من تشرين الأول", "الاثنين 17 من تشرين الأول", "2022-10-17", "2022-10-17", DAY, 0);
	expect("حتى 14 من تشرين الأول الحالي", "14 من تشرين الأول الحالي", "2022-10-14", "2022-10-14", DAY, 1);
	expect("وفي 15 من آب الماضي عثر", "15 من آب الماضي", "2022-08-15", "2022-08-15", DAY, 1);
	expect("في 20 من تشرين الأول الماضي", "20 من تشرين الأول الماضي", "2021-10-20", "2021-10-20", DAY, 1);
	expect("وقتل في 13 من الشهر الحالي", "13 من الشهر الحالي", "2022-10-13", "2022-10-13", DAY, 1);
	expect("وقتل في 13 من الشهر الماضي", "13 من الشهر الماضي", "2022-09-13", "2022-09-13", DAY, 1);
	expect("في آب الماضي", "آب الماضي", "2022-08-01", "2022-08-31", MONTH, 1);
	expect("في تشرين الأول الماضي", "تشرين الأول الماضي", "2021-10-01", "2021-10-31", MONTH, 1);
	expect("مطلع آب الماضي", "مطلع آب الماضي", "2022-08-01", "2022-08-10", MONTH, 1);
	expect("أوائل أيلول الماضي", "أوائل أيلول الماضي", "2022-09-01", "2022-09-10", MONTH, 1);
	expect("منتصف آب الماضي", "منتصف آب الماضي", "2022-08-11", "2022-08-20", MONTH, 1);
	expect("أواخر شباط 2020", "أواخر شباط 2020", "2020-02-21", "2020-02-29", MONTH, 0);
	expect("في مارس 2017", "مارس 2017", "2017-03-01", "2017-03-31", MONTH, 0);
	expect("خلال أيلول", "أيلول", "2022-09-01", "2022-09-30", MONTH, 0);
	expect("وقعت عام 2017", "عام 2017", "2017-01-01", "2017-12-31", YEAR, 0);
	expect("أواخر عام 2021", "أواخر عام 2021", "2021-09-01", "2021-12-31", YEAR, 0);
}

static void test_ambiguous_words(void **state)
{
	struct rasd_doc *d;

	(void)state;
	/* آب "father", مارس "practised", "may", "march": only in a full date */
	d = analyse("قال أب الضحية إن الجيش مارس ضغوطا. Troops may march on.", RASD_LANG_UNKNOWN,
		    "2022-10-17");
	if (d->ndates)
		dump(d);
	assert_int_equal(d->ndates, 0);
	release(d);
}

static void test_english_dates(void **state)
{
	(void)state;
	expect("on October 14, 2022 troops", "October 14, 2022", "2022-10-14", "2022-10-14", DAY, 0);
	expect("on 14 October 2022 troops", "14 October 2022", "2022-10-14", "2022-10-14", DAY, 0);
	expect("on Oct. 14 troops", "Oct. 14", "2022-10-14", "2022-10-14", DAY, 0);
	expect("on Sept. 3 troops", "Sept. 3", "2022-09-03", "2022-09-03", DAY, 0);
	expect("on March 3 troops", "March 3", "2022-03-03", "2022-03-03", DAY, 0);
	expect("in May 2019 troops", "May 2019", "2019-05-01", "2019-05-31", MONTH, 0);
	expect("in May troops", "May", "2022-05-01", "2022-05-31", MONTH, 0);
	expect("in early August troops", "early August", "2022-08-01", "2022-08-10", MONTH, 0);
	expect("in late September troops", "late September", "2022-09-21", "2022-09-30", MONTH, 0);
	expect("at the end of last month", "the end of last month", "2022-09-21", "2022-09-30", MONTH, 1);
	expect("in 2017 troops", "2017", "2017-01-01", "2017-12-31", YEAR, 0);
	expect("on 2022-10-14 troops", "2022-10-14", "2022-10-14", "2022-10-14", DAY, 0);
	expect("on 14/10/2022 troops", "14/10/2022", "2022-10-14", "2022-10-14", DAY, 0);
	expect("on 10/25/2022 troops", "10/25/2022", "2022-10-25", "2022-10-25", DAY, 0);
	/* text stripped of its commas: a year right after the day */
	expect("on March 9 2021 shelling hit the town", "March 9 2021", "2021-03-09",
	       "2021-03-09", DAY, 0);
	expect("Tue Sep 6 2022 Rockets Hit Town", "Sep 6 2022", "2022-09-06", "2022-09-06", DAY, 0);
	expect("in January 2 2000 families fled", "January", "2022-01-01", "2022-01-31", MONTH, 0);
}

static void test_weekdays(void **state)
{
	struct rasd_doc *d;
	const struct rasd_date *x;

	(void)state;
	/* 2022-10-17 was a Monday */
	expect("قتل يوم الاثنين", "يوم الاثنين", "2022-10-17", "2022-10-17", DAY, 1);
	expect("قتل الإثنين", "الإثنين", "2022-10-17", "2022-10-17", DAY, 1);
	expect("قتل الثلاثاء", "الثلاثاء", "2022-10-11", "2022-10-11", DAY, 1);
	expect("قتل الأربعاء", "الأربعاء", "2022-10-12", "2022-10-12", DAY, 1);
	expect("قتل الخميس", "الخميس", "2022-10-13", "2022-10-13", DAY, 1);
	expect("قتل يوم الجمعة", "يوم الجمعة", "2022-10-14", "2022-10-14", DAY, 1);
	expect("قتل السبت", "السبت", "2022-10-15", "2022-10-15", DAY, 1);
	expect("قتل الأحد", "الأحد", "2022-10-16", "2022-10-16", DAY, 1);
	expect("قتل الاثنين الماضي", "الاثنين الماضي", "2022-10-10", "2022-10-10", DAY, 1);
	expect("killed on Wednesday", "Wednesday", "2022-10-12", "2022-10-12", DAY, 1);
	expect("killed on Monday", "Monday", "2022-10-17", "2022-10-17", DAY, 1);
	expect("killed last Monday", "last Monday", "2022-10-10", "2022-10-10", DAY, 1);
	expect("killed on Sunday", "Sunday", "2022-10-16", "2022-10-16", DAY, 1);

	d = analyse("قتل الخميس", RASD_LANG_AR, "2022-10-17");
	x = date_span(d, "الخميس");
	assert_non_null(x);
	assert_int_equal(x->weekday, 4);
	release(d);
	d = analyse("Monday, October 17, 2022", RASD_LANG_EN, "2022-10-17");
	x = date_span(d, "Monday, October 17, 2022");
	assert_non_null(x);
	assert_int_equal(x->weekday, 1);
	assert_int_equal(x->date.d, 17);
	release(d);
}

static void test_relative(void **state)
{
	(void)state;
	expect("قتل اليوم", "اليوم", "2022-10-17", "2022-10-17", DAY, 1);
	expect("قتل أمس", "أمس", "2022-10-16", "2022-10-16", DAY, 1);
	expect("قتل يوم أمس", "يوم أمس", "2022-10-16", "2022-10-16", DAY, 1);
	expect("قتل البارحة", "البارحة", "2022-10-16", "2022-10-16", DAY, 1);
	expect("قتل أول أمس", "أول أمس", "2022-10-15", "2022-10-15", DAY, 1);
	expect("قتل أول من أمس", "أول من أمس", "2022-10-15", "2022-10-15", DAY, 1);
	expect("قتل أمس الأول", "أمس الأول", "2022-10-15", "2022-10-15", DAY, 1);
	expect("يصل غدا", "غدا", "2022-10-18", "2022-10-18", DAY, 1);
	expect("قتل الأسبوع الماضي", "الأسبوع الماضي", "2022-10-10", "2022-10-16", WEEK, 1);
	expect("قتل الشهر الماضي", "الشهر الماضي", "2022-09-01", "2022-09-30", MONTH, 1);
	expect("قتل خلال الشهر الحالي", "الشهر الحالي", "2022-10-01", "2022-10-31", MONTH, 1);
	expect("قتل خلال الشهر الجاري", "الشهر الجاري", "2022-10-01", "2022-10-31", MONTH, 1);
	expect("مطلع الشهر الماضي", "مطلع الشهر الماضي", "2022-09-01", "2022-09-10", MONTH, 1);
	expect("منتصف الشهر الماضي", "منتصف الشهر الماضي", "2022-09-11", "2022-09-20", MONTH, 1);
	expect("أواخر الشهر الماضي", "أواخر الشهر الماضي", "2022-09-21", "2022-09-30", MONTH, 1);
	expect("قتل العام الماضي", "العام الماضي", "2021-01-01", "2021-12-31", YEAR, 1);
	expect("قتل منذ يومين", "منذ يومين", "2022-10-15", "2022-10-15", DAY, 1);
	expect("قتل قبل ثلاثة أيام", "قبل ثلاثة أيام", "2022-10-14", "2022-10-14", DAY, 1);
	expect("قتل قبل أسبوع", "قبل أسبوع", "2022-10-07", "2022-10-13", WEEK, 1);
	expect("killed today", "today", "2022-10-17", "2022-10-17", DAY, 1);
	expect("killed yesterday", "yesterday", "2022-10-16", "2022-10-16", DAY, 1);
	expect("killed the day before yesterday", "the day before yesterday", "2022-10-15", "2022-10-15", DAY, 1);
	expect("arrives tomorrow", "tomorrow", "2022-10-18", "2022-10-18", DAY, 1);
	expect("killed last week", "last week", "2022-10-10", "2022-10-16", WEEK, 1);
	expect("killed last month", "last month", "2022-09-01", "2022-09-30", MONTH, 1);
	expect("killed this month", "this month", "2022-10-01", "2022-10-31", MONTH, 1);
	expect("killed earlier this month", "earlier this month", "2022-10-01", "2022-10-17", MONTH, 1);
	expect("killed last year", "last year", "2021-01-01", "2021-12-31", YEAR, 1);
	expect("killed two days ago", "two days ago", "2022-10-15", "2022-10-15", DAY, 1);
	expect("killed 3 days ago", "3 days ago", "2022-10-14", "2022-10-14", DAY, 1);
	expect("killed a week ago", "a week ago", "2022-10-07", "2022-10-13", WEEK, 1);
	/* "a week earlier" counts from the last day the text gave */
	expect("He died on 15 August 2022. A commander was killed a week earlier.", "a week earlier",
	       "2022-08-05", "2022-08-11", WEEK, 1);
	expect("killed a week earlier", "a week earlier", "2022-10-07", "2022-10-13", WEEK, 1);
}

/* Is there a date whose span is exactly `span` in `text` (published 2022-10-17)? */
static int dated_span(const char *text, const char *span)
{
	struct rasd_doc *d = analyse(text, RASD_LANG_UNKNOWN, "2022-10-17");
	int found = date_span(d, span) != NULL;

	release(d);
	return found;
}

/* A time of day told alone, as an adverb, is the report's own day. */
static void test_time_of_day_alone(void **state)
{
	(void)state;
	expect("قصفت الطائرات الحربية القرية فجراً ما أدى إلى مقتل ثلاثة.", "فجراً", "2022-10-17",
	       "2022-10-17", DAY, 1);
	expect("استهدفت غارة منزلا في البلدة فجرا.", "فجرا", "2022-10-17", "2022-10-17", DAY, 1);
	expect("Jets struck the village at dawn, killing three.", "dawn", "2022-10-17", "2022-10-17",
	       DAY, 1);
	/* a day named after it dates it instead */
	expect("Jets struck the village at dawn on Sunday.", "Sunday", "2022-10-16", "2022-10-16",
	       DAY, 1);
	assert_false(dated_span("Jets struck the village at dawn on Sunday.", "dawn"));
	assert_false(dated_span("قصفت الطائرات القرية فجراً يوم الأحد.", "فجراً"));
	/* the verb "فجّرا" (the two blew up) is no time */
	assert_false(dated_span("قال المصدر إن المهاجمين فجرا سيارة مفخخة قرب الحاجز.", "فجرا"));
	/* "dawn" not after "at" is no time */
	assert_false(dated_span("They marched until dawn broke over the hills.", "dawn"));
}

/*
 * Times of another year: a year before the noun it qualifies, a season, a
 * decade, years uncounted or counted in decades; none of them in a count
 * or a season without its year.
 */
static void test_other_times(void **state)
{
	(void)state;
	expect("the trial over the 2019 attack on the market", "2019", "2019-01-01", "2019-12-31", YEAR, 0);
	expect("since the 2020 Damascus airport strike", "2020", "2020-01-01", "2020-12-31", YEAR, 0);
	expect("the 2019 shelling killed nine", "2019", "2019-01-01", "2019-12-31", YEAR, 0);
	expect("clashes of last autumn in the old quarter", "last autumn", "2021-09-01", "2021-11-30", YEAR, 1);
	expect("a raid last summer", "last summer", "2022-06-01", "2022-08-31", YEAR, 1);
	expect("the flooding of last winter", "last winter", "2021-12-01", "2022-02-28", YEAR, 1);
	expect("talks resume this winter", "this winter", "2022-12-01", "2023-02-28", YEAR, 1);
	expect("in the summer of 2018, a convoy was hit", "summer of 2018", "2018-06-01", "2018-08-31", YEAR, 0);
	expect("during spring 2016", "spring 2016", "2016-03-01", "2016-05-31", YEAR, 0);
	expect("the fall of 2017", "fall of 2017", "2017-09-01", "2017-11-30", YEAR, 0);
	expect("the winter of last year", "winter of last year", "2020-12-01", "2021-02-28", YEAR, 1);
	expect("اشتباكات الخريف الماضي في الحي", "الخريف الماضي", "2021-09-01", "2021-11-30", YEAR, 1);
	expect("وفي الصيف الماضي اقتحمت قوة البلدة", "الصيف الماضي", "2022-06-01", "2022-08-31", YEAR, 1);
	expect("غارات صيف 2018 على الريف", "صيف 2018", "2018-06-01", "2018-08-31", YEAR, 0);
	expect("حملة شتاء عام 2016", "شتاء عام 2016", "2015-12-01", "2016-02-29", YEAR, 0);
	expect("معارك ربيع العام الماضي", "ربيع العام الماضي", "2021-03-01", "2021-05-31", YEAR, 1);
	expect("in the 1990s, the valley saw fighting", "1990s", "1990-01-01", "1999-12-31", YEAR, 0);
	expect("مجزرة في ثمانينيات القرن الماضي", "ثمانينيات القرن الماضي", "1980-01-01", "1989-12-31", YEAR, 0);
	expect("في السبعينيات شهدت المدينة", "السبعينيات", "1970-01-01", "1979-12-31", YEAR, 0);
	expect("in the late 1990s, the valley saw fighting", "late 1990s", "1997-01-01", "1999-12-31", YEAR, 0);
	expect("in the mid-1980s", "mid-1980s", "1983-01-01", "1986-12-31", YEAR, 0);
	expect("مطلع التسعينيات", "مطلع التسعينيات", "1990-01-01", "1993-12-31", YEAR, 0);
	expect("أواخر ثمانينيات القرن الماضي", "أواخر ثمانينيات القرن الماضي", "1987-01-01", "1989-12-31", YEAR, 0);
	expect("a decade ago the bridge was bombed", "a decade ago", "2012-01-01", "2012-12-31", YEAR, 1);
	expect("years ago the bridge was bombed", "years ago", "2012-01-01", "2020-12-31", YEAR, 1);
	expect("قصف الجسر منذ سنوات", "منذ سنوات", "2012-01-01", "2020-12-31", YEAR, 1);
	expect("دمر الجسر قبل عدة سنوات", "قبل عدة سنوات", "2012-01-01", "2020-12-31", YEAR, 1);
	expect("بني الجسر قبل عقدين", "قبل عقدين", "2002-01-01", "2002-12-31", YEAR, 1);
	expect("هجر السكان منذ عقود", "منذ عقود", "1972-01-01", "2002-12-31", YEAR, 1);
	/* the report's own times keep theirs */
	expect("shelling this year", "this year", "2022-01-01", "2022-12-31", YEAR, 1);
	expect("killed last week", "last week", "2022-10-10", "2022-10-16", WEEK, 1);
	/* a count, an age, a season or a year of now are no such dates */
	assert_false(dated_span("2019 people were displaced by the shelling.", "2019"));
	assert_false(dated_span("the 2000 people who fled", "2000"));
	assert_false(dated_span("the 1950 displaced families", "1950"));
	assert_false(dated_span("the 2022 campaign goes on", "2022"));
	assert_false(dated_span("رجل في الثمانينيات من عمره", "الثمانينيات"));
	assert_false(dated_span("after the fall of the city", "fall"));
	assert_false(dated_span("the protests of the Arab Spring", "Spring"));
	assert_false(dated_span("fighting resumed in the summer", "summer"));
}

/*
 * Expect a date with exactly this span, of year y and day dd (0: none),
 * that names weekday wd: a weekday kept beside a date it may contradict.
 */
static void expect_weekday(const char *text, const char *pub, const char *span, int y, int dd,
			   int wd)
{
	struct rasd_doc *d = analyse(text, RASD_LANG_UNKNOWN, pub);
	const struct rasd_date *x = date_span(d, span);

	if (!x)
		dump(d);
	assert_non_null(x);
	assert_int_equal(x->date.y, y);
	assert_int_equal(x->date.d, dd);
	assert_int_equal(x->weekday, wd);
	release(d);
}

/* A weekday before a numeric date is one date with it, checked against the day. */
static void test_weekday_numeric(void **state)
{
	(void)state;
	expect("قتل يوم الجمعة 14-10-2022", "يوم الجمعة 14-10-2022", "2022-10-14", "2022-10-14",
	       DAY, 0);
	expect("killed on Friday, 14/10/2022", "Friday, 14/10/2022", "2022-10-14", "2022-10-14",
	       DAY, 0);
	/* a Hijri date between, then "الموافق" and the Gregorian one */
	expect("قتل يوم الجمعة 18 ربيع الأول 1444 هـ الموافق 14 تشرين الأول 2022",
	       "يوم الجمعة 18 ربيع الأول 1444 هـ الموافق 14 تشرين الأول 2022", "2022-10-14",
	       "2022-10-14", DAY, 0);
	expect("قتل يوم الجمعة (18 ربيع الأول 1444هـ) الموافق 14/10/2022",
	       "يوم الجمعة (18 ربيع الأول 1444هـ) الموافق 14/10/2022", "2022-10-14", "2022-10-14",
	       DAY, 0);
	/* 14 October 2022 was a Friday: the weekday kept to be found wrong */
	expect_weekday("قتل يوم الخميس 2022/10/14", "2022-10-17", "يوم الخميس 2022/10/14", 2022, 14, 4);
}

/* A weekday picks the year of a day and month only across the turn of the year. */
static void test_weekday_year(void **state)
{
	(void)state;
	expect_in("a march on Monday 2 January", "2022-12-30", "Monday 2 January", "2023-01-02",
		  "2023-01-02", DAY, 0);
	/* 14 October 2022 was a Friday, 2021's a Thursday: a year back is too far */
	expect_weekday("killed on Thursday 14 October", "2022-10-17", "Thursday 14 October", 2022, 14,
		       4);
}

/* "ليلة" before a weekday: the night before the day named, in a report of that day. */
static void test_night_of_weekday(void **state)
{
	(void)state;
	/* 2022-10-17 was a Monday */
	expect("اقتحم المستوطنون القرية ليلة الإثنين", "ليلة الإثنين", "2022-10-16", "2022-10-16",
	       DAY, 1);
	expect("وسمع دوي انفجارات قبيل منتصف ليلة الإثنين", "ليلة الإثنين", "2022-10-16",
	       "2022-10-16", DAY, 1);
	/* told after the day named: that day */
	expect("دوت اشتباكات ليلة الأحد", "ليلة الأحد", "2022-10-16", "2022-10-16", DAY, 1);
	/* a night named by its two days: the first */
	expect("قصف عنيف ليلة الأحد الإثنين", "ليلة الأحد", "2022-10-16", "2022-10-16", DAY, 1);
	expect("قصف عنيف ليلة الإثنين وفجر الثلاثاء", "ليلة الإثنين", "2022-10-17", "2022-10-17",
	       DAY, 1);
	expect("قصف عنيف ليلة الإثنين الماضي", "ليلة الإثنين الماضي", "2022-10-10", "2022-10-10",
	       DAY, 1);
	/* no publication date: the weekday named */
	expect_weekday("اقتحم المستوطنون القرية ليلة الإثنين", NULL, "ليلة الإثنين", 0, 0, 1);
}

static void test_unpublished(void **state)
{
	/* no publication date: relative dates keep precision, no date */
	(void)state;
	expect_in("قتل أمس", NULL, "أمس", "0000-00-00", "0000-00-00", DAY, 1);
	expect_in("قتل الخميس", NULL, "الخميس", "0000-00-00", "0000-00-00", DAY, 1);
	expect_in("killed last month", NULL, "last month", "0000-00-00", "0000-00-00", MONTH, 1);
	expect_in("clashes last autumn", NULL, "last autumn", "0000-00-00", "0000-00-00", YEAR, 1);
	expect_in("قصف منذ سنوات", NULL, "منذ سنوات", "0000-00-00", "0000-00-00", YEAR, 1);
	expect_in("قتل في 14 من تشرين الأول", NULL, "14 من تشرين الأول", "0000-10-14", "0000-10-14", DAY, 0);
	expect_in("قتل في 14 من تشرين الأول 2022", NULL, "14 من تشرين الأول 2022", "2022-10-14",
		  "2022-10-14", DAY, 0);
}

static char *read_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long n;
	size_t got;

	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t)n + 1);
	assert_non_null(buf);
	got = fread(buf, 1, (size_t)n, f);
	buf[got] = 0;
	fclose(f);
	return buf;
}

static int has_date(const struct rasd_doc *d, const char *first, const char *last, int prec)
{
	size_t i;
	char a[32], b[32];

	for (i = 0; i < d->ndates; i++) {
		ymd_str(&d->dates[i].date, a, sizeof(a));
		ymd_str(&d->dates[i].last, b, sizeof(b));
		if (!strcmp(a, first) && !strcmp(b, last) && d->dates[i].precision == prec)
			return 1;
	}
	return 0;
}

static void test_seed_report(void **state)
{
	char *text = read_file(RASD_SHARED "/seed/enab-baladi-2022-10-17.txt");
	struct rasd_doc *d;
	const struct rasd_date *x;

	(void)state;
	if (!text)
		skip();
	d = analyse(text, RASD_LANG_AR, "2022-10-17");
	assert_true(has_date(d, "2022-10-17", "2022-10-17", DAY));
	assert_true(has_date(d, "2022-10-14", "2022-10-14", DAY));
	assert_true(has_date(d, "2022-10-13", "2022-10-13", DAY));
	assert_true(has_date(d, "2022-08-01", "2022-08-10", MONTH));
	assert_true(has_date(d, "2022-08-15", "2022-08-15", DAY));
	x = date_span(d, "الاثنين 17 من تشرين الأول");
	assert_non_null(x);
	assert_int_equal(x->weekday, 1);
	x = date_span(d, "مطلع آب الماضي");
	assert_non_null(x);
	assert_int_equal(x->precision, MONTH);
	x = date_span(d, "October 14, 2022");
	assert_non_null(x);
	assert_int_equal(x->date.d, 14);
	/* "بأسبوع واحد" before the body was found on 15 August */
	x = date_span(d, "بأسبوع واحد");
	assert_non_null(x);
	assert_int_equal(x->precision, WEEK);
	assert_int_equal(x->date.m, 8);
	release(d);
	free(text);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_calendar),
		cmocka_unit_test(test_arabic_months),
		cmocka_unit_test(test_ambiguous_words),
		cmocka_unit_test(test_english_dates),
		cmocka_unit_test(test_weekdays),
		cmocka_unit_test(test_relative),
		cmocka_unit_test(test_time_of_day_alone),
		cmocka_unit_test(test_other_times),
		cmocka_unit_test(test_weekday_numeric),
		cmocka_unit_test(test_weekday_year),
		cmocka_unit_test(test_night_of_weekday),
		cmocka_unit_test(test_unpublished),
		cmocka_unit_test(test_seed_report),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
