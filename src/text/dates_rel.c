/*
 * dates_rel.c - dates counted from another: a weekday ("الاثنين", "last
 * Monday"), a part of a month or year ("مطلع آب الماضي", "أواخر الشهر
 * الماضي"), a season ("last autumn", "صيف 2019"), relative days, weeks,
 * months and years (اليوم، أمس، الأسبوع الماضي، "this month"), counts
 * ("منذ يومين", "two days ago", "a decade ago"), years uncounted ("منذ
 * سنوات") and spans from the anchor ("بأسبوع", "a week earlier").  They count from the last
 * day-precise date of the text when they say so, else from the
 * publication date; without one they keep their precision and no date.
 */
#include <stdint.h>
#include <string.h>

#include "text/dates_int.h"

#include "base/banned.h"

static int64_t weekday_day(const struct dctx *x, int wd, int mod)
{
	int pw = weekday_of(x->pub);
	int64_t off;

	if (mod == MOD_NEXT) {
		off = (wd - pw + 7) % 7;
		return x->pub + (off ? off : 7);
	}
	off = (pw - wd + 7) % 7;
	if (!off && mod == MOD_PAST)
		off = 7;
	return x->pub - off;
}

/*
 * "ليلة الأربعاء": the night that opens Wednesday, Tuesday's evening, as
 * Arabic reckons a night with the day after it ("ليلة الجمعة" is Thursday
 * night).  Not when a second weekday follows within three words and names
 * the night's two days ("ليلة الخميس الجمعة", "ليلة الأربعاء - الخميس",
 * "ليلة الخميس وفجر الجمعة"): the first is its day.  Token j is the weekday
 * after "ليلة".  rasdp_date_weekday() takes the night before only in a
 * report published on the day named, where it is the night just past;
 * told later, "ليلة الأحد" as often means Sunday's own night, and the day
 * named is kept.
 */
static int night_before(const struct rasd_doc *d, size_t j, size_t lim)
{
	size_t k;

	for (k = j + 1; k < j + 4 && k < lim; k++)
		if (dw_kind_at(d, k, lim, 1, DW_WEEKDAY))
			return 0;
	return 1;
}

/* At most this many tokens of another calendar's date between a weekday and "الموافق". */
#define OTHER_CALENDAR_TOKS 10

/*
 * "يوم الأربعاء 21 رمضان 1444 هـ الموافق 12 نيسان 2023": the weekday's date
 * in another calendar (the Hijri one), then "الموافق" (corresponding to)
 * and the Gregorian date.  The token after "الموافق" within a few words of
 * the weekday ending at j, with no sentence mark between, or 0.
 */
static size_t corresponding_after(const struct rasd_doc *d, size_t j, size_t lim)
{
	size_t k;

	for (k = j; k < lim && k < j + OTHER_CALENDAR_TOKS; k++) {
		if (word_is(d, k, lim, "الموافق", 1))
			return k > j ? k + 1 : 0;
		if (d->toks[k].kind == RASD_TOK_PUNCT &&
		    !(punct_is(d, k, lim, ",") || punct_is(d, k, lim, "،") ||
		      punct_is(d, k, lim, "/") || punct_is(d, k, lim, "-") ||
		      punct_is(d, k, lim, "(") || punct_is(d, k, lim, ")")))
			return 0;
	}
	return 0;
}

/* "الاثنين 17 من تشرين الأول", "يوم الخميس الماضي", "on Monday", "last Friday". */
int rasdp_date_weekday(struct dctx *x, size_t i, size_t lim, size_t *end)
{
	const struct rasd_doc *d = x->d;
	const struct dword *p;
	int mod = MOD_NONE, wd, nwd, rc, eve = 0;
	size_t j = i, k;

	if (word_is(d, j, lim, "last", 0) || word_is(d, j, lim, "next", 0) ||
	    word_is(d, j, lim, "this", 0)) {
		mod = word_is(d, j, lim, "last", 0) ? MOD_PAST :
		      word_is(d, j, lim, "next", 0) ? MOD_NEXT : MOD_CUR;
		j++;
	} else if (word_is(d, j, lim, "يوم", 1) && dw_kind_at(d, j + 1, lim, 1, DW_WEEKDAY)) {
		j++;
	} else if (word_is(d, j, lim, "ليله", 1) && dw_kind_at(d, j + 1, lim, 0, DW_WEEKDAY)) {
		j++;
		eve = night_before(d, j, lim);
	}
	p = dw_kind_at(d, j, lim, 1, DW_WEEKDAY);
	if (!p)
		return 0;
	if ((d->toks[j].flags & RASD_TOKF_LATIN) && !rasdp_date_cap_latin(d, j))
		return 0;
	wd = p->value;
	j++;
	if (mod == MOD_NONE) {
		k = j;
		if (punct_is(d, k, lim, ","))
			k++;
		if (word_is(d, k, lim, "الموافق", 0))
			k++;
		rc = rasdp_date_daymonth(x, i, k, lim, wd, end);
		if (!rc)
			rc = rasdp_date_monthfirst(x, i, k, lim, wd, 0, MOD_NONE, end);
		if (!rc && k < lim && (d->toks[k].kind == RASD_TOK_NUM ||
				       d->toks[k].kind == RASD_TOK_WORD))
			rc = rasdp_date_numeric_at(x, i, k, lim, wd, end);
		k = rc ? 0 : corresponding_after(d, j, lim);
		if (k) {
			rc = rasdp_date_daymonth(x, i, k, lim, wd, end);
			if (!rc)
				rc = rasdp_date_monthfirst(x, i, k, lim, wd, 0, MOD_NONE, end);
			if (!rc)
				rc = rasdp_date_numeric_at(x, i, k, lim, wd, end);
		}
		if (rc)
			return rc;
		if (rasdp_date_mod_at(d, j, lim, &mod))
			j++;
	}
	*end = j;
	if (mod == MOD_CUR)
		mod = MOD_NONE;
	/* the night's own day: the weekday before the one named */
	eve = eve && mod == MOD_NONE && x->have_pub && weekday_of(x->pub) == wd;
	nwd = eve ? (wd + 5) % 7 + 1 : wd;
	if (!x->have_pub)
		return rasdp_date_emit_rel_days(x, i, j, RASD_PREC_DAY, 0, 0, 0, nwd) ? -1 : 1;
	{
		int64_t t = weekday_day(x, wd, mod) - eve;

		return rasdp_date_emit_rel_days(x, i, j, RASD_PREC_DAY, 1, t, t, nwd) ? -1 : 1;
	}
}

/* English "last/this/next" + "week/month/year", Arabic "الشهر الماضي", "هذا العام". */
static int unit_rel(const struct rasd_doc *d, size_t i, size_t lim, int *unit, int *mod,
		    size_t *end)
{
	const struct dword *p;

	if (word_is(d, i, lim, "last", 0) || word_is(d, i, lim, "this", 0) ||
	    word_is(d, i, lim, "next", 0) || word_is(d, i, lim, "past", 0)) {
		p = dw_kind_at(d, i + 1, lim, 0, DW_UNIT);
		if (!p || !(d->toks[i + 1].flags & RASD_TOKF_LATIN))
			return 0;
		*mod = word_is(d, i, lim, "this", 0) ? MOD_CUR :
		       word_is(d, i, lim, "next", 0) ? MOD_NEXT : MOD_PAST;
		*unit = p->value;
		*end = i + 2;
		return 1;
	}
	if (word_is(d, i, lim, "هذا", 1) || word_is(d, i, lim, "هذه", 1)) {
		p = dw_kind_at(d, i + 1, lim, 0, DW_UNIT);
		if (!p || (d->toks[i + 1].flags & RASD_TOKF_LATIN))
			return 0;
		*mod = MOD_CUR;
		*unit = p->value;
		*end = i + 2;
		return 1;
	}
	p = dw_kind_at(d, i, lim, 1, DW_UNIT);
	if (!p || (d->toks[i].flags & RASD_TOKF_LATIN) || !rasdp_date_mod_at(d, i + 1, lim, mod))
		return 0;
	*unit = p->value;
	*end = i + 2;
	return 1;
}

/* Emit a week/month/year relative to publication, narrowed by `period`. */
static int emit_unit(struct dctx *x, size_t ts, size_t te, int unit, int mod, int period,
		     int until_pub)
{
	int delta = mod == MOD_PAST ? -1 : mod == MOD_NEXT ? 1 : 0;
	int y = 0, m = 0;

	if (unit == 7) {
		int64_t a = x->pub + 7 * delta - (mod == MOD_CUR ? 6 : 0);

		if (mod == MOD_PAST)
			return rasdp_date_emit_rel_days(x, ts, te, RASD_PREC_WEEK, x->have_pub,
							x->pub - 7, x->pub - 1, 0);
		if (mod == MOD_NEXT)
			return rasdp_date_emit_rel_days(x, ts, te, RASD_PREC_WEEK, x->have_pub,
							x->pub + 1, x->pub + 7, 0);
		return rasdp_date_emit_rel_days(x, ts, te, RASD_PREC_WEEK, x->have_pub, a, x->pub,
						0);
	}
	if (unit == 30) {
		struct rasd_ymd a, b;

		if (!x->have_pub)
			return rasdp_date_emit_month(x, ts, te, 0, 0, 0, 1);
		rasdp_date_pub_month(x, delta, &y, &m);
		rasdp_date_month_period(y, m, period, &a, &b);
		if (until_pub && !delta)
			b = pub_ymd(x);
		return rasdp_date_emit(x, ts, te, RASD_PREC_MONTH, a, b, 1, 0);
	}
	if (!x->have_pub)
		return rasdp_date_emit_year(x, ts, te, 0, 0, 1);
	y = pub_ymd(x).y + delta;
	if (until_pub && !delta) {
		struct rasd_ymd a = ymd(y, 1, 1);

		return rasdp_date_emit(x, ts, te, RASD_PREC_YEAR, a, pub_ymd(x), 1, 0);
	}
	return rasdp_date_emit_year(x, ts, te, y, period, 1);
}

/*
 * "مطلع آب الماضي", "أواخر الشهر الماضي", "early 2022", "mid-October", "the
 * end of last month", "the late 1990s", "منتصف التسعينيات".
 */
int rasdp_date_period(struct dctx *x, size_t i, size_t lim, size_t *end)
{
	const struct rasd_doc *d = x->d;
	const struct dword *p;
	int period, unit, mod = MOD_NONE, y, rc;
	size_t j = i, e;

	if (word_is(d, j, lim, "the", 0))
		j++;
	if (word_is(d, j, lim, "beginning", 0) || word_is(d, j, lim, "start", 0))
		period = 1;
	else if (word_is(d, j, lim, "middle", 0))
		period = 2;
	else if (word_is(d, j, lim, "end", 0))
		period = 3;
	else
		period = 0;
	if (period) {
		if (!word_is(d, j + 1, lim, "of", 0))
			return 0;
		j += 2;
	} else {
		if (j != i)
			return 0;
		p = dw_kind_at(d, j, lim, 1, DW_PERIOD);
		if (!p)
			return 0;
		period = p->value;
		j++;
		if (punct_is(d, j, lim, "-") && (d->toks[j - 1].flags & RASD_TOKF_LATIN))
			j++;
	}
	rc = rasdp_date_monthfirst(x, i, j, lim, 0, period, MOD_NONE, end);
	if (rc)
		return rc;
	if ((word_is(d, j, lim, "last", 0) || word_is(d, j, lim, "this", 0) ||
	     word_is(d, j, lim, "next", 0)) &&
	    dw_kind_at(d, j + 1, lim, 0, DW_MONTH)) {
		mod = word_is(d, j, lim, "last", 0) ? MOD_PAST :
		      word_is(d, j, lim, "next", 0) ? MOD_NEXT : MOD_CUR;
		rc = rasdp_date_monthfirst(x, i, j + 1, lim, 0, period, mod, end);
		if (rc)
			return rc;
	}
	if (unit_rel(d, j, lim, &unit, &mod, &e) && unit != 7) {
		*end = e;
		return emit_unit(x, i, e, unit, mod, period, 0) ? -1 : 1;
	}
	if (rasdp_date_decade_at(d, j, lim, &y, &e)) {
		*end = e;
		return rasdp_date_emit_decade(x, i, e, y, period) ? -1 : 1;
	}
	if (word_is(d, j, lim, "عام", 0) || word_is(d, j, lim, "العام", 0) ||
	    word_is(d, j, lim, "سنه", 0))
		j++;
	if (rasdp_date_year_at(d, j, lim, &y, &e)) {
		*end = e;
		return rasdp_date_emit_year(x, i, e, y, period, 0) ? -1 : 1;
	}
	return 0;
}
/*
 * Season s (1 spring .. 4 winter) of year y: its months into *a..*b.  The
 * winter of a year runs from the December before it through February.
 */
static void season_span(int y, int s, struct rasd_ymd *a, struct rasd_ymd *b)
{
	static const int first[5] = {0, 3, 6, 9, 12};
	struct rasd_ymd z;

	rasdp_date_month_period(s == 4 ? y - 1 : y, first[s], 0, a, &z);
	rasdp_date_month_period(y, s == 4 ? 2 : first[s] + 2, 0, &z, b);
}

static int64_t day_number(struct rasd_ymd v)
{
	return rasdp_days_from_ymd(v.y, v.m, v.d);
}

/*
 * The year of season s that `mod` names from the publication day: the
 * last one over before it (MOD_PAST: "last autumn" in October is the
 * autumn of a year before), the first to begin after it (MOD_NEXT), or
 * this one (MOD_CUR): the one under way, else this year's, a winter yet
 * to come the next.
 */
static int season_year(const struct dctx *x, int s, int mod)
{
	struct rasd_ymd a, b;
	int y = pub_ymd(x).y, k;

	if (mod == MOD_PAST) {
		for (k = 1; k >= -1; k--) {
			season_span(y + k, s, &a, &b);
			if (day_number(b) < x->pub)
				return y + k;
		}
		return y - 2;
	}
	if (mod == MOD_NEXT) {
		for (k = -1; k <= 1; k++) {
			season_span(y + k, s, &a, &b);
			if (day_number(a) > x->pub)
				return y + k;
		}
		return y + 2;
	}
	for (k = 0; k <= 1; k++) {
		season_span(y + k, s, &a, &b);
		if (day_number(a) <= x->pub && x->pub <= day_number(b))
			return y + k;
	}
	return s == 4 ? y + 1 : y;
}

/*
 * A season of a year: "last autumn", "this summer", "الخريف الماضي", "هذا
 * الصيف", "summer 2019", "the summer of 2019", "صيف عام 2019", "صيف العام
 * الماضي", "the winter of last year".  A season alone ("in the summer",
 * "the Arab Spring") is none: it needs a year or a modifier, and "fall"
 * and "spring" (a noun, a verb) a modifier before them or a year written
 * or after "of" ("the fall of the city" is none).  Year precision, the
 * period narrowed to the season's months.
 */
int rasdp_date_season(struct dctx *x, size_t i, size_t lim, size_t *end)
{
	const struct rasd_doc *d = x->d;
	const struct dword *p;
	int mod = MOD_NONE, ymod = MOD_NONE, y = 0, s;
	size_t j = i, e, k;
	struct rasd_ymd a, b;

	if (word_is(d, i, lim, "last", 0) || word_is(d, i, lim, "past", 0) ||
	    word_is(d, i, lim, "this", 0) || word_is(d, i, lim, "next", 0)) {
		mod = word_is(d, i, lim, "this", 0) ? MOD_CUR :
		      word_is(d, i, lim, "next", 0) ? MOD_NEXT : MOD_PAST;
		j++;
	} else if (word_is(d, i, lim, "هذا", 1) || word_is(d, i, lim, "هذه", 1)) {
		mod = MOD_CUR;
		j++;
	}
	p = dw_kind_at(d, j, lim, 1, DW_SEASON);
	if (!p || (j > i && (d->toks[i].flags & RASD_TOKF_LATIN) != (d->toks[j].flags & RASD_TOKF_LATIN)))
		return 0;
	s = p->value;
	e = j + 1;
	if (mod == MOD_NONE) {
		k = word_is(d, e, lim, "of", 0) ? e + 1 : e;
		if (rasdp_date_year_at(d, k, lim, &y, &e))
			;
		else if ((!p->flag || k > e) && rasdp_date_year_clause(d, e, lim, &ymod, &y, &e))
			;
		else if (!p->flag && rasdp_date_mod_at(d, e, lim, &mod))
			e++;
		else
			return 0;
	}
	*end = e;
	if (!y && !x->have_pub)
		return rasdp_date_emit_rel_days(x, i, e, RASD_PREC_YEAR, 0, 0, 0, 0) ? -1 : 1;
	if (!y)
		y = ymod != MOD_NONE ? pub_ymd(x).y + (ymod == MOD_PAST ? -1 : ymod == MOD_NEXT ? 1 : 0)
				     : season_year(x, s, mod);
	season_span(y, s, &a, &b);
	return rasdp_date_emit(x, i, e, RASD_PREC_YEAR, a, b, mod != MOD_NONE || ymod != MOD_NONE,
			       0) ? -1 : 1;
}

/* The number expression starting at token i (not an ordinal or percent), or NULL. */
static const struct rasd_number *count_at(const struct dctx *x, size_t i)
{
	const struct rasd_number *n;

	if (i >= x->d->ntoks || !(n = num_at(x->d, i)))
		return NULL;
	if (n->ordinal || n->percent || n->value < 1 || n->value > 10000)
		return NULL;
	return n;
}

/* A counted time unit at i: "يومين", "أيام", "weeks"; *n is multiplied for a dual. */
static int ago_unit(const struct rasd_doc *d, size_t i, size_t lim, int *unit, int *dual)
{
	const struct dword *p = dw_at(d, i, lim, 0);

	if (!p || !(p->kind == DW_AGO || (p->kind == DW_UNIT && (d->toks[i].flags & RASD_TOKF_LATIN))))
		return 0;
	*unit = p->value;
	*dual = p->flag == 2;
	return 1;
}

/* A date `n` units before (sign -1) or after a base day, at the unit's precision. */
static int emit_shift(struct dctx *x, size_t ts, size_t te, int have_base, int64_t base,
		      int64_t n, int unit, int sign)
{
	if (!have_base) {
		int prec = unit == 1 ? RASD_PREC_DAY : unit == 7 ? RASD_PREC_WEEK :
			   unit == 30 ? RASD_PREC_MONTH : RASD_PREC_YEAR;

		return rasdp_date_emit_rel_days(x, ts, te, prec, 0, 0, 0, 0);
	}
	if (unit == 1)
		return rasdp_date_emit_rel_days(x, ts, te, RASD_PREC_DAY, 1, base + sign * n,
						base + sign * n, 0);
	if (unit == 7) {
		int64_t c = base + sign * 7 * n;

		return rasdp_date_emit_rel_days(x, ts, te, RASD_PREC_WEEK, 1, c - 3, c + 3, 0);
	}
	if (unit == 30) {
		struct rasd_ymd b = ymd_of(base), a, z;
		int k = b.y * 12 + (b.m - 1) + sign * (int)n;

		rasdp_date_month_period(k / 12, k % 12 + 1, 0, &a, &z);
		return rasdp_date_emit(x, ts, te, RASD_PREC_MONTH, a, z, 1, 0);
	}
	{
		struct rasd_ymd a, z;
		int years = unit == 3650 ? 10 * (int)n : (int)n;   /* a decade */

		rasdp_date_year_period(ymd_of(base).y + sign * years, 0, &a, &z);
		return rasdp_date_emit(x, ts, te, RASD_PREC_YEAR, a, z, 1, 0);
	}
}

/*
 * Years or decades told without a count ("years ago", "منذ سنوات", "قبل
 * عقود"): some of them before publication, at year precision.  Years are
 * two to ten back, decades two to five: a span, no year fixed.
 */
static int emit_years_back(struct dctx *x, size_t ts, size_t te, int unit)
{
	struct rasd_ymd a, b, z;
	int y, nearest = unit == 3650 ? 20 : 2, furthest = unit == 3650 ? 50 : 10;

	if (!x->have_pub)
		return rasdp_date_emit_rel_days(x, ts, te, RASD_PREC_YEAR, 0, 0, 0, 0);
	y = pub_ymd(x).y;
	rasdp_date_year_period(y - furthest, 0, &a, &z);
	rasdp_date_year_period(y - nearest, 0, &z, &b);
	return rasdp_date_emit(x, ts, te, RASD_PREC_YEAR, a, b, 1, 0);
}

/*
 * A plural of years or decades at i, uncounted ("years", "سنوات",
 * "أعوام", "عقود", "عدة سنوات"): its unit, or 0.  Singulars and
 * duals are counts (count_unit()).
 */
static int years_uncounted(const struct rasd_doc *d, size_t i, size_t lim, size_t *end)
{
	const struct dword *p;
	size_t len;
	const char *w;

	if (word_is(d, i, lim, "عده", 0) || word_is(d, i, lim, "بضع", 0))
		i++;
	p = dw_kind_at(d, i, lim, 0, DW_AGO);
	if (!p || p->flag == 2 || (p->value != 365 && p->value != 3650))
		return 0;
	w = tnorm(d, i, &len);
	if (d->toks[i].flags & RASD_TOKF_LATIN ? w[len - 1] != 's' :
	    eq(w, len, "عام") || eq(w, len, "سنه"))
		return 0;
	*end = i + 1;
	return p->value;
}

/*
 * A count and a unit at i: "يومين", "3 أيام", "ثلاثة أسابيع", "a week",
 * "two days".  Returns the end, or 0.
 */
static size_t count_unit(const struct dctx *x, size_t i, size_t lim, int64_t *n, int *unit)
{
	const struct rasd_doc *d = x->d;
	const struct rasd_number *c = count_at(x, i);
	int dual;

	if (c) {
		if (c->noun_tok == c->tok_start && c->tok_end == c->tok_start + 1 &&
		    ago_unit(d, c->tok_start, lim, unit, &dual) && dual) {
			*n = 2;
			return c->tok_end;
		}
		if (c->tok_end < lim && ago_unit(d, c->tok_end, lim, unit, &dual) && !dual) {
			*n = c->value;
			return c->tok_end + 1;
		}
		return 0;
	}
	if ((word_is(d, i, lim, "a", 0) || word_is(d, i, lim, "an", 0) || word_is(d, i, lim, "one", 0)) &&
	    ago_unit(d, i + 1, lim, unit, &dual)) {
		*n = 1;
		return i + 2;
	}
	if (ago_unit(d, i, lim, unit, &dual) && !(d->toks[i].flags & RASD_TOKF_LATIN)) {
		size_t len;
		const char *w = tnorm(d, i, &len);

		/* singular only: "منذ أسبوع", not "منذ أيام" */
		if (!dual && !(eq(w, len, "يوم") || eq(w, len, "اسبوع") || eq(w, len, "شهر") ||
			       eq(w, len, "عام") || eq(w, len, "سنه")))
			return 0;
		/* "منذ يوم الإثنين", "منذ يوم 5 آذار": since that day, not a day ago */
		if (!dual && eq(w, len, "يوم") && i + 1 < lim &&
		    (dw_kind_at(d, i + 1, lim, 1, DW_WEEKDAY) || d->toks[i + 1].kind == RASD_TOK_NUM))
			return 0;
		*n = dual ? 2 : 1;
		if (word_is(d, i + 1, lim, "واحد", 0) || word_is(d, i + 1, lim, "واحده", 0))
			return i + 2;
		return i + 1;
	}
	return 0;
}

/* Times of day before "اليوم", "أمس": "صباح اليوم", "مساء أمس", "يوم أمس". */
static const char *const times_of_day[] = {"صباح", "مساء", "ليله", "فجر", "ظهر", "عصر", "يوم"};

/*
 * A time of day told alone, as an adverb: "فجراً" (the accusative, its
 * tanween written or the word ending the clause), "at dawn", "overnight"
 * (a night ending in the small hours of the report's day: "an overnight
 * raid in the early hours of Thursday").  It places what happened on the
 * report's own day, as "فجر اليوم" does; the verb "فجّرا" (they blew up)
 * takes an object instead.  A day named right after ("فجراً يوم الجمعة",
 * "at dawn on Friday", "overnight Sunday") dates it instead.
 */
static int dawn_adverb(const struct rasd_doc *d, size_t i, size_t lim)
{
	const struct rasd_token *t = &d->toks[i];
	size_t k = i + 1;

	if (t->flags & RASD_TOKF_LATIN) {
		if (!word_is(d, i, lim, "overnight", 0) &&
		    (!word_is(d, i, lim, "dawn", 0) || !i || !word_is(d, i - 1, lim, "at", 0)))
			return 0;
	} else {
		if (!word_is(d, i, lim, "فجرا", 1))
			return 0;
		/* U+064B fathatan, D9 8B in UTF-8 */
		if (!(t->end >= t->start + 2 && (unsigned char)d->text[t->end - 2] == 0xD9 &&
		      (unsigned char)d->text[t->end - 1] == 0x8B) &&
		    !(k >= lim || d->toks[k].kind == RASD_TOK_PUNCT))
			return 0;
	}
	if (word_is(d, k, lim, "on", 0) || word_is(d, k, lim, "of", 0) || word_is(d, k, lim, "يوم", 1))
		k++;
	return !(k < lim && (d->toks[k].kind == RASD_TOK_NUM || dw_kind_at(d, k, lim, 1, DW_WEEKDAY) ||
			     dw_kind_at(d, k, lim, 1, DW_REL) || dw_kind_at(d, k, lim, 1, DW_MONTH)));
}

/*
 * The night just past, told alone: "last night", "الليلة الماضية".  It
 * is the day before the report's, on whose evening the night began, as
 * "ليلة أمس" is ("overnight" is not: wires tell by it of the small hours
 * of the report's own day as often).  A happening of that night and one
 * "at dawn today" are one night (merging.c, rasdp_one_night()).  The
 * token after the expression, or 0.
 */
static size_t night_past(const struct rasd_doc *d, size_t i, size_t lim)
{
	if (word_is(d, i, lim, "last", 0) && word_is(d, i + 1, lim, "night", 0))
		return i + 2;
	if (word_is(d, i, lim, "الليله", 1) && word_is(d, i + 1, lim, "الماضيه", 0))
		return i + 2;
	return 0;
}

/* Relative expressions (see the file comment). */
int rasdp_date_relative(struct dctx *x, size_t i, size_t lim, size_t *end)
{
	const struct rasd_doc *d = x->d;
	const struct dword *p;
	const char *const *tod = times_of_day;
	size_t j = i, k, e;
	int64_t n;
	int unit, mod;

	/* أول أمس، أول من أمس، أمس الأول، the day before yesterday */
	if ((word_is(d, i, lim, "اول", 1) && word_is(d, i + 1, lim, "امس", 0)) ||
	    (word_is(d, i, lim, "اول", 1) && word_is(d, i + 1, lim, "من", 0) &&
	     word_is(d, i + 2, lim, "امس", 0)) ||
	    (word_is(d, i, lim, "امس", 1) && word_is(d, i + 1, lim, "الاول", 0))) {
		*end = word_is(d, i + 1, lim, "من", 0) ? i + 3 : i + 2;
		return rasdp_date_emit_rel_days(x, i, *end, RASD_PREC_DAY, x->have_pub, x->pub - 2,
						x->pub - 2, 0) ? -1 : 1;
	}
	if (word_is(d, i, lim, "the", 0) && word_is(d, i + 1, lim, "day", 0)) {
		if (word_is(d, i + 2, lim, "before", 0) && word_is(d, i + 3, lim, "yesterday", 0)) {
			*end = i + 4;
			return rasdp_date_emit_rel_days(x, i, i + 4, RASD_PREC_DAY, x->have_pub,
							x->pub - 2, x->pub - 2, 0) ? -1 : 1;
		}
		if (word_is(d, i + 2, lim, "before", 0)) {
			int64_t b = x->have_anchor ? x->anchor : x->pub;

			*end = i + 3;
			return rasdp_date_emit_rel_days(x, i, i + 3, RASD_PREC_DAY,
							x->have_anchor || x->have_pub, b - 1, b - 1,
							0) ? -1 : 1;
		}
	}
	if (word_is(d, i, lim, "the", 0) && (word_is(d, i + 1, lim, "next", 0) ||
					      word_is(d, i + 1, lim, "following", 0) ||
					      word_is(d, i + 1, lim, "previous", 0)) &&
	    word_is(d, i + 2, lim, "day", 0)) {
		int64_t b = x->have_anchor ? x->anchor : x->pub;
		int s = word_is(d, i + 1, lim, "previous", 0) ? -1 : 1;

		*end = i + 3;
		return rasdp_date_emit_rel_days(x, i, i + 3, RASD_PREC_DAY,
						x->have_anchor || x->have_pub, b + s, b + s,
						0) ? -1 : 1;
	}
	if ((e = night_past(d, i, lim))) {
		*end = e;
		return rasdp_date_emit_rel_days(x, i, e, RASD_PREC_DAY, x->have_pub, x->pub - 1,
						x->pub - 1, 0) ? -1 : 1;
	}
	if (word_is(d, i, lim, "this", 0) && (word_is(d, i + 1, lim, "morning", 0) ||
					       word_is(d, i + 1, lim, "afternoon", 0) ||
					       word_is(d, i + 1, lim, "evening", 0))) {
		*end = i + 2;
		return rasdp_date_emit_rel_days(x, i, i + 2, RASD_PREC_DAY, x->have_pub, x->pub,
						x->pub, 0) ? -1 : 1;
	}
	if (dawn_adverb(d, i, lim)) {
		*end = i + 1;
		return rasdp_date_emit_rel_days(x, i, i + 1, RASD_PREC_DAY, x->have_pub, x->pub,
						x->pub, 0) ? -1 : 1;
	}
	/* صباح اليوم، مساء أمس، يوم أمس */
	for (k = 0; k < sizeof(times_of_day) / sizeof(times_of_day[0]); k++)
		if (word_is(d, i, lim, tod[k], 1) && dw_kind_at(d, i + 1, lim, 0, DW_REL)) {
			j = i + 1;
			break;
		}
	p = dw_kind_at(d, j, lim, 1, DW_REL);
	if (p) {
		int64_t b = x->pub + p->value;
		int have = x->have_pub;

		e = j + 1;
		if (p->value == 0 && !(d->toks[j].flags & RASD_TOKF_LATIN)) {
			/* اليوم التالي/السابق: from the anchor; اليوم العالمي is no date */
			if (word_is(d, e, lim, "التالي", 0) || word_is(d, e, lim, "السابق", 0)) {
				b = (x->have_anchor ? x->anchor : x->pub) +
				    (word_is(d, e, lim, "التالي", 0) ? 1 : -1);
				have = x->have_anchor || x->have_pub;
				e++;
			} else if (count_at(x, e) == NULL && e < lim && num_at(d, e) &&
				   num_at(d, e)->ordinal) {
				return 0;
			} else if (word_is(d, e, lim, "العالمي", 0) || word_is(d, e, lim, "الوطني", 0)) {
				return 0;
			}
		}
		*end = e;
		return rasdp_date_emit_rel_days(x, i, e, RASD_PREC_DAY, have, b, b, 0) ? -1 : 1;
	}
	/* earlier this month/week/year */
	if (word_is(d, i, lim, "earlier", 0) && word_is(d, i + 1, lim, "this", 0) &&
	    unit_rel(d, i + 1, lim, &unit, &mod, &e)) {
		*end = e;
		return emit_unit(x, i, e, unit, MOD_CUR, 0, 1) ? -1 : 1;
	}
	if (unit_rel(d, i, lim, &unit, &mod, &e)) {
		*end = e;
		return emit_unit(x, i, e, unit, mod, 0, 0) ? -1 : 1;
	}
	/* منذ يومين، قبل ثلاثة أيام */
	if ((word_is(d, i, lim, "منذ", 1) || word_is(d, i, lim, "قبل", 1)) &&
	    (e = count_unit(x, i + 1, lim, &n, &unit))) {
		*end = e;
		return emit_shift(x, i, e, x->have_pub, x->pub, n, unit, -1) ? -1 : 1;
	}
	/* منذ سنوات، قبل عقود; "years ago", "several decades ago" */
	if ((word_is(d, i, lim, "منذ", 1) || word_is(d, i, lim, "قبل", 1)) &&
	    (unit = years_uncounted(d, i + 1, lim, &e))) {
		*end = e;
		return emit_years_back(x, i, e, unit) ? -1 : 1;
	}
	if ((d->toks[i].flags & RASD_TOKF_LATIN) && (unit = years_uncounted(d, i, lim, &e)) &&
	    word_is(d, e, lim, "ago", 0)) {
		*end = e + 1;
		return emit_years_back(x, i, e + 1, unit) ? -1 : 1;
	}
	return 0;
}

/* A count and a unit, then "ago", "earlier", "later" or "before": "two days ago", "a week earlier". */
int rasdp_date_count(struct dctx *x, size_t i, size_t lim, size_t *end)
{
	const struct rasd_doc *d = x->d;
	size_t e;
	int64_t n;
	int unit;

	if (((d->toks[i].flags & RASD_TOKF_LATIN) || d->toks[i].kind == RASD_TOK_NUM) &&
	    (e = count_unit(x, i, lim, &n, &unit))) {
		if (word_is(d, e, lim, "ago", 0)) {
			*end = e + 1;
			return emit_shift(x, i, e + 1, x->have_pub, x->pub, n, unit, -1) ? -1 : 1;
		}
		if (word_is(d, e, lim, "earlier", 0) || word_is(d, e, lim, "later", 0) ||
		    word_is(d, e, lim, "before", 0)) {
			int s = word_is(d, e, lim, "later", 0) ? 1 : -1;

			*end = e + 1;
			return emit_shift(x, i, e + 1, x->have_anchor || x->have_pub,
					  x->have_anchor ? x->anchor : x->pub, n, unit, s) ? -1 : 1;
		}
	}
	return 0;
}

/* بأسبوع، بيومين: a span before (after "بعد": after) the anchor. */
int rasdp_date_by_unit(struct dctx *x, size_t i, size_t lim, size_t *end)
{
	const struct rasd_doc *d = x->d;
	size_t e, k;

	if (d->toks[i].kind == RASD_TOK_WORD && !(d->toks[i].flags & RASD_TOKF_LATIN)) {
		size_t len;
		const char *w = tnorm(d, i, &len);
		const struct dword *u;

		if (len > 4 && is2(w, AR_BA) && (u = rasdp_date_find_word(w + 2, len - 2)) &&
		    u->kind == DW_AGO &&
		    (u->flag == 2 || eq(w + 2, len - 2, "يوم") || eq(w + 2, len - 2, "اسبوع") ||
		     eq(w + 2, len - 2, "شهر"))) {
			int s = -1;

			e = i + 1;
			if (word_is(d, e, lim, "واحد", 0) || word_is(d, e, lim, "واحده", 0))
				e++;
			for (k = i > 3 ? i - 3 : 0; k < i; k++)
				if (word_is(d, k, i, "بعد", 1) || word_is(d, k, i, "بعده", 1) ||
				    word_is(d, k, i, "بعدها", 1))
					s = 1;
			*end = e;
			return emit_shift(x, i, e, x->have_anchor || x->have_pub,
					  x->have_anchor ? x->anchor : x->pub, u->flag == 2 ? 2 : 1,
					  u->value, s) ? -1 : 1;
		}
	}
	return 0;
}
