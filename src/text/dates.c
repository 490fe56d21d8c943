/*
 * dates.c - date expressions, resolved against the publication date.
 *
 * rasdp_find_dates() walks d->toks once and at each token tries, in order:
 * numeric dates (2022-10-14, 14/10/2022), a day and a month name ("14 من
 * تشرين الأول 2022", "October 14, 2022", "14 October"), a weekday alone or
 * before such a date ("الاثنين 17 من تشرين الأول"), a month with a year or
 * with الماضي/الحالي ("آب الماضي", "في مارس 2017"), a part of a month
 * ("مطلع آب الماضي": days 1-10, منتصف 11-20, أواخر 21-end, kept at month
 * precision with the period narrowed), a season of a year ("last autumn",
 * "صيف 2019": year precision, the period narrowed to its three months), a
 * decade ("the 1980s", "ثمانينيات القرن الماضي": a span of years), a year
 * ("عام 2017", "the 2021 attack"), and relative
 * expressions (اليوم، أمس، الأسبوع الماضي، الشهر الحالي، منذ يومين، "two
 * days ago", "a decade ago", and the uncounted "years ago", "منذ سنوات": a
 * span of years).  "بأسبوع" and "a week earlier" count from the last day-precise
 * date the text gave (the anchor), else from the publication date.
 *
 * Month names cover the Levantine (تشرين الأول), Egyptian/Gulf (أكتوبر),
 * Maghreb (أكتوبر/جانفي) and English (October, Oct.) calendars.  Words that
 * are also common nouns or verbs (آب "father", مارس "practised", "may",
 * "march") count only inside a full date or next to a year or الماضي.
 *
 * Without a publication date, a date stamp atop the text (dates_stamp.c)
 * stands for it; without either, relative expressions keep their precision
 * and no date (y = 0), and an absolute date without a year keeps its month
 * and day with y = 0.  Afterwards every number inside a date span is marked
 * in_date.  Lookups are bounded, so the pass is linear in tokens.
 *
 * The files: dates_words.c (the words and the screen), dates_abs.c
 * (absolute dates, the calendar and the output), dates_rel.c (relative
 * dates) and this one (the walk); dates_int.h is what they share.
 */
#include <string.h>

#include "text/dates_int.h"

#include "base/banned.h"

static size_t sent_end(const struct rasd_doc *d, size_t i)
{
	uint32_t s = d->toks[i].sent;

	if (s < d->nsents && d->sents[s].tok_end > i && d->sents[s].tok_end <= d->ntoks)
		return d->sents[s].tok_end;
	return d->ntoks;
}
/* Try the patterns `f` (F_*) at token i, in order; the first that matches wins. */
static int match_at(struct dctx *x, size_t i, size_t lim, unsigned f, size_t *end)
{
	const struct rasd_doc *d = x->d;
	int rc = 0, mod;

	if (f & F_NUMERIC)
		rc = rasdp_date_numeric(x, i, lim, end);
	if (!rc && (f & F_WEEKDAY))
		rc = rasdp_date_weekday(x, i, lim, end);
	if (!rc && (f & F_DAYMONTH))
		rc = rasdp_date_daymonth(x, i, i, lim, 0, end);
	if (!rc && (f & F_PERIOD))
		rc = rasdp_date_period(x, i, lim, end);
	if (!rc && (f & F_MONTHFIRST))
		rc = rasdp_date_monthfirst(x, i, i, lim, 0, 0, MOD_NONE, end);
	if (!rc && (f & F_MODMONTH) &&
	    (word_is(d, i, lim, "last", 0) || word_is(d, i, lim, "this", 0) ||
	     word_is(d, i, lim, "next", 0))) {
		mod = word_is(d, i, lim, "last", 0) ? MOD_PAST :
		      word_is(d, i, lim, "next", 0) ? MOD_NEXT : MOD_CUR;
		rc = rasdp_date_monthfirst(x, i, i + 1, lim, 0, 0, mod, end);
	}
	if (!rc && (f & F_SEASON))
		rc = rasdp_date_season(x, i, lim, end);
	if (!rc && (f & F_DECADE))
		rc = rasdp_date_decade(x, i, lim, end);
	if (!rc && (f & F_YEAR))
		rc = rasdp_date_year(x, i, lim, end);
	if (!rc && (f & F_RELATIVE))
		rc = rasdp_date_relative(x, i, lim, end);
	if (!rc && (f & F_COUNT))
		rc = rasdp_date_count(x, i, lim, end);
	if (!rc && (f & F_BYUNIT))
		rc = rasdp_date_by_unit(x, i, lim, end);
	return rc;
}

/*
 * Mark numbers that overlap a date (both arrays are in token order), and
 * flag the tokens inside each number and each date, so a later stage asks
 * "is this token in a date?" in one look-up.
 */
static void mark_in_date(struct rasd_doc *d)
{
	size_t a = 0, b;
	uint32_t t;

	for (b = 0; b < d->nnums; b++) {
		struct rasd_number *n = &d->nums[b];

		while (a < d->ndates && d->dates[a].tok_end <= n->tok_start)
			a++;
		if (a < d->ndates && d->dates[a].tok_start < n->tok_end)
			n->in_date = 1;
		for (t = n->tok_start; t < n->tok_end && t < d->ntoks; t++)
			d->toks[t].flags |= RASD_TOKF_IN_NUM;
	}
	for (a = 0; a < d->ndates; a++)
		for (t = d->dates[a].tok_start; t < d->dates[a].tok_end && t < d->ntoks; t++)
			d->toks[t].flags |= RASD_TOKF_IN_DATE;
}

/* One walk over the tokens, pushing each date found onto d->dates. */
static int walk(struct dctx *x)
{
	struct rasd_doc *d = x->d;
	size_t i = 0, k = 0;

	while (i < d->ntoks) {
		size_t end = i + 1;
		int rc, here;

		/*
		 * A date starts only at a number or where the screen says one
		 * may; of the patterns, only those its first word opens.
		 */
		while (k < d->nnums && d->nums[k].tok_start < i)
			k++;
		here = k < d->nnums && d->nums[k].tok_start == i;
		if (d->toks[i].kind == RASD_TOK_PUNCT ||
		    (d->screen && !(d->screen[i] & RASD_SCREEN_DATE) && !here)) {
			i++;
			continue;
		}
		rc = match_at(x, i, sent_end(d, i), d->screen ? rasdp_date_patterns_at(d, i, here) : F_ALL, &end);
		if (rc < 0)
			return RASD_ENOMEM;
		i = rc > 0 && end > i ? end : i + 1;
	}
	return 0;
}

int rasdp_find_dates(struct rasd_doc *d)
{
	struct dctx x;
	struct rasd_ymd stamp;
	uint32_t at;

	memset(&x, 0, sizeof(x));
	x.d = d;
	if (d->published.y && d->published.m && d->published.d) {
		x.have_pub = 1;
		x.pub = rasdp_days_from_ymd(d->published.y, d->published.m, d->published.d);
	}
	if (!d->ntoks)
		return 0;
	/* A token's date word is looked up when a pattern first asks; they ask again and again. */
	d->dw_cache = rasd_arena_alloc(&d->arena, 2 * d->ntoks);
	if (!d->dw_cache)
		return RASD_ENOMEM;
	memset(d->dw_cache, 0xFF, 2 * d->ntoks);
	if (walk(&x))
		return RASD_ENOMEM;
	/*
	 * Undated, the report may carry its date at its top: then, when asked
	 * (RASD_EXTRACT_STAMP), it is the report's date, and the relative
	 * dates are read again against it.
	 */
	if (!x.have_pub && (d->flags & RASD_EXTRACT_STAMP) && rasdp_date_stamp(d, &stamp, &at)) {
		d->published = stamp;
		d->published_from = RASD_PUB_TEXT;
		d->stamp_tok = at + 1;
		d->ndates = 0;
		memset(&x, 0, sizeof(x));
		x.d = d;
		x.have_pub = 1;
		x.pub = rasdp_days_from_ymd(stamp.y, stamp.m, stamp.d);
		if (walk(&x))
			return RASD_ENOMEM;
	}
	mark_in_date(d);
	return 0;
}
