/*
 * dates_abs.c - absolute dates: the token readers (digits, day, year,
 * month name, modifier), calendar arithmetic, the output of a found date,
 * and the patterns of a date written out: numeric dates (2022-10-14,
 * 14/10/2022), a day and a month name ("14 من تشرين الأول 2022",
 * "October 14, 2022"), a month first ("آب الماضي", "في مارس 2017"), a
 * year ("عام 2017", "the 2021 attack") and a decade ("the 1980s").  A
 * date without a year takes one from the publication date
 * (resolve_year()).
 */
#include <stdint.h>
#include <string.h>

#include "text/dates_int.h"

#include "base/banned.h"

/* Digits at token i (a NUM token, or و/ب + digits): value and digit count. */
static int num_tok(const struct rasd_doc *d, size_t i, size_t lim, int *v, size_t *ndig)
{
	size_t len, k;
	const char *w;
	int val = 0;

	if (i >= lim || (d->toks[i].kind != RASD_TOK_NUM && d->toks[i].kind != RASD_TOK_WORD))
		return 0;
	w = tnorm(d, i, &len);
	if (d->toks[i].kind == RASD_TOK_WORD) {
		if (len < 3 || !(is2(w, AR_WAW) || is2(w, AR_BA)))
			return 0;
		w += 2;
		len -= 2;
	}
	if (!len || len > 4)
		return 0;
	for (k = 0; k < len; k++) {
		if (w[k] < '0' || w[k] > '9')
			return 0;
		val = val * 10 + (w[k] - '0');
	}
	*v = val;
	*ndig = len;
	return 1;
}

static int ord_suffix(const char *w, size_t len)
{
	return eq(w, len, "th") || eq(w, len, "st") || eq(w, len, "nd") || eq(w, len, "rd");
}

/* A day of the month (1-31) at i: "14", "14th", "14" "th". */
static int day_at(const struct rasd_doc *d, size_t i, size_t lim, int *day, size_t *end)
{
	size_t nd, len;
	const char *w;

	if (num_tok(d, i, lim, day, &nd)) {
		if (nd > 2 || *day < 1 || *day > 31)
			return 0;
		*end = i + 1;
		if (i + 1 < lim && d->toks[i + 1].kind == RASD_TOK_WORD &&
		    d->toks[i + 1].start == d->toks[i].end) {
			w = tnorm(d, i + 1, &len);
			if (!ord_suffix(w, len))
				return 0;
			*end = i + 2;
		}
		return 1;
	}
	if (i >= lim || d->toks[i].kind != RASD_TOK_WORD)
		return 0;
	w = tnorm(d, i, &len);
	if (len == 3 && w[0] >= '1' && w[0] <= '9' && ord_suffix(w + 1, 2))
		*day = w[0] - '0';
	else if (len == 4 && w[0] >= '0' && w[0] <= '3' && w[1] >= '0' && w[1] <= '9' &&
		 ord_suffix(w + 2, 2))
		*day = (w[0] - '0') * 10 + (w[1] - '0');
	else
		return 0;
	*end = i + 1;
	return *day >= 1 && *day <= 31;
}

/* A year 1900-2100 at i, with an optional "م" (Common Era) after it. */
int rasdp_date_year_at(const struct rasd_doc *d, size_t i, size_t lim, int *y, size_t *end)
{
	size_t nd;
	int v;

	if (!num_tok(d, i, lim, &v, &nd) || nd != 4 || v < 1900 || v > 2100)
		return 0;
	*y = v;
	*end = i + 1;
	if (word_is(d, i + 1, lim, "م", 0) && d->toks[i + 1].start == d->toks[i].end)
		*end = i + 2;
	return 1;
}

/*
 * English plurals of persons that end in no -s: "the 2000 people" counts
 * them, it names no year.
 */
static const char *const persons_plural[] = {"people", "men", "women", "children"};

static int person_plural(const char *w, size_t len)
{
	size_t k;

	for (k = 0; k < sizeof(persons_plural) / sizeof(persons_plural[0]); k++)
		if (eq(w, len, persons_plural[k]))
			return 1;
	return 0;
}

static int ends_with(const char *w, size_t len, const char *tail)
{
	size_t n = strlen(tail);

	return len > n && !memcmp(w + len - n, tail, n);
}

/*
 * Is the word at i a plural a number before it counts ("troops",
 * "people")?  A capital opens a name or a title ("April 4 2017 Airstrikes
 * kill ...").
 */
static int counted_plural(const struct rasd_doc *d, size_t i, size_t lim)
{
	size_t len;
	const char *w;

	if (i >= lim || d->toks[i].kind != RASD_TOK_WORD || !(d->toks[i].flags & RASD_TOKF_LATIN) ||
	    (d->toks[i].flags & RASD_TOKF_CAP))
		return 0;
	w = tnorm(d, i, &len);
	return ends_with(w, len, "s") || person_plural(w, len);
}

/*
 * A year with no comma after a day of a month first ("April 4 2017", as
 * in text stripped of its punctuation): a year 1900-2100 that counts no
 * plural after it ("on March 3 2000 people fled": a count).
 */
static int bare_year_at(const struct rasd_doc *d, size_t i, size_t lim, int *y, size_t *end)
{
	return rasdp_date_year_at(d, i, lim, y, end) && !counted_plural(d, *end, lim);
}

/*
 * The day after a month name ("March 3", "April 4 2017"): no number after
 * it but a year.
 */
static int month_day_at(const struct rasd_doc *d, size_t i, size_t lim, int *day, size_t *end)
{
	size_t e;
	int y;

	return day_at(d, i, d->ntoks, day, end) &&
	       !(*end < lim && d->toks[*end].kind == RASD_TOK_NUM && !bare_year_at(d, *end, lim, &y, &e));
}

/*
 * A month name at i: one word, "تشرين الأول", "شهر آب", "Oct." and the
 * paired form "تشرين الأول/أكتوبر".  *ambig is set for a bare ambiguous word.
 */
static int month_at(const struct rasd_doc *d, size_t i, size_t lim, int *m, size_t *end,
		    int *ambig)
{
	const struct dword *p;
	size_t j = i;
	int named = 0;

	if (word_is(d, i, lim, "شهر", 1) || word_is(d, i, lim, "month", 0)) {
		j = i + 1;
		if (word_is(d, j, lim, "of", 0))
			j++;
		named = 1;
	}
	p = dw_at(d, j, lim, 1);
	if (!p)
		return 0;
	if (p->kind == DW_MONTH2) {
		if (word_is(d, j + 1, lim, "الاول", 0))
			*m = p->value;
		else if (word_is(d, j + 1, lim, "الثاني", 0))
			*m = p->value == 12 ? 1 : 11;
		else
			return 0;
		*ambig = 0;
		j += 2;
	} else if (p->kind == DW_MONTH) {
		*m = p->value;
		*ambig = p->flag && !named;
		j++;
		/* "Oct." (an abbreviation's full stop) */
		if (punct_is(d, j, d->ntoks, ".") && d->toks[j].start == d->toks[j - 1].end &&
		    (d->toks[j - 1].flags & RASD_TOKF_LATIN) && d->toks[j - 1].nend - d->toks[j - 1].nstart <= 4)
			j++;
	} else {
		return 0;
	}
	if (punct_is(d, j, lim, "/")) {
		int m2, amb2;
		size_t e2;

		if (month_at(d, j + 1, lim, &m2, &e2, &amb2) && m2 == *m) {
			j = e2;
			*ambig = 0;
		}
	}
	*end = j;
	return 1;
}

/* "الماضي"/"الحالي"/"المقبل" at i. */
int rasdp_date_mod_at(const struct rasd_doc *d, size_t i, size_t lim, int *mod)
{
	const struct dword *p = dw_kind_at(d, i, lim, 0, DW_MOD);

	if (!p)
		return 0;
	*mod = p->value;
	return 1;
}

/* "(من) العام الماضي", "(من) عام 2022", "of last year", "this year" after a month or a season. */
int rasdp_date_year_clause(const struct rasd_doc *d, size_t i, size_t lim, int *mod, int *y,
			   size_t *end)
{
	size_t j = i;

	if (word_is(d, j, lim, "من", 0) || word_is(d, j, lim, "of", 0))
		j++;
	if (word_is(d, j, lim, "العام", 0) || word_is(d, j, lim, "عام", 0) ||
	    word_is(d, j, lim, "السنه", 0) || word_is(d, j, lim, "سنه", 0)) {
		if (rasdp_date_year_at(d, j + 1, lim, y, end)) {
			*mod = MOD_NONE;
			return 1;
		}
		if (rasdp_date_mod_at(d, j + 1, lim, mod)) {
			*y = 0;
			*end = j + 2;
			return 1;
		}
		return 0;
	}
	if ((word_is(d, j, lim, "last", 0) || word_is(d, j, lim, "this", 0) ||
	     word_is(d, j, lim, "next", 0)) && word_is(d, j + 1, lim, "year", 0)) {
		*mod = word_is(d, j, lim, "last", 0) ? MOD_PAST :
		       word_is(d, j, lim, "this", 0) ? MOD_CUR : MOD_NEXT;
		*y = 0;
		*end = j + 2;
		return 1;
	}
	return 0;
}

/* ---- calendar arithmetic ------------------------------------------- */

static int month_len(int y, int m)
{
	static const unsigned char len[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

	if (m < 1 || m > 12)
		return 31;
	return m == 2 && (leap || !y) ? 29 : len[m - 1];
}

/*
 * Year of day/month `m`/`day` (day 0: the month) written without a year,
 * from the modifier (الماضي: latest on or before publication; الحالي: the
 * publication year; المقبل: the next) or, without one, the publication
 * year unless that puts the month more than a month ahead.  A weekday
 * named with the date picks among adjacent years, the one before or after
 * only for a day within NEAR_TURN days of publication ("Monday 2 January"
 * in a report of 30 December); a weekday no such year matches is left
 * contradicting the date (gold/GUIDE.md, "Dates").  0 when unknown.
 */
#define NEAR_TURN 62   /* days from publication a date of the year before or after may lie */

static int resolve_year(const struct dctx *x, int m, int day, int mod, int wd)
{
	struct rasd_ymd p = pub_ymd(x);
	int y;

	if (!x->have_pub)
		return 0;
	y = p.y;
	switch (mod) {
	case MOD_PAST:
		if (day ? (m > p.m || (m == p.m && day > p.d)) : m >= p.m)
			y--;
		return y;
	case MOD_CUR:
		return y;
	case MOD_NEXT:
		if (day ? (m < p.m || (m == p.m && day <= p.d)) : m <= p.m)
			y++;
		return y;
	default:
		break;
	}
	if (wd && day) {
		static const int tryd[3] = {0, -1, 1};
		int k;
		int64_t v;

		/* another year only across the turn of the year, near publication */
		for (k = 0; k < 3; k++) {
			if (day > month_len(y + tryd[k], m))
				continue;
			v = rasdp_days_from_ymd(y + tryd[k], m, day);
			if (weekday_of(v) == wd &&
			    (!tryd[k] || (v - x->pub <= NEAR_TURN && x->pub - v <= NEAR_TURN)))
				return y + tryd[k];
		}
	}
	if (m > p.m + 1)
		y--;
	return y;
}

void rasdp_date_month_period(int y, int m, int period, struct rasd_ymd *a, struct rasd_ymd *b)
{
	static const int from[4] = {1, 1, 11, 21};

	*a = ymd(y, m, from[period]);
	*b = ymd(y, m, period == 1 ? 10 : period == 2 ? 20 : month_len(y, m));
}

void rasdp_date_year_period(int y, int period, struct rasd_ymd *a, struct rasd_ymd *b)
{
	static const int from[4] = {1, 1, 5, 9};
	static const int to[4] = {12, 4, 8, 12};

	*a = ymd(y, from[period], 1);
	*b = ymd(y, to[period], month_len(y, to[period]));
}

/* ---- output -------------------------------------------------------- */

int rasdp_date_emit(struct dctx *x, size_t ts, size_t te, int prec, struct rasd_ymd a,
		    struct rasd_ymd b, int rel, int wd)
{
	struct rasd_doc *d = x->d;
	struct rasd_date *p = RASD_ARENA_PUSH(&d->arena, d->dates, d->ndates, d->dates_alloc);

	if (!p)
		return RASD_ENOMEM;
	p->tok_start = (uint32_t)ts;
	p->tok_end = (uint32_t)te;
	p->start = d->toks[ts].start;
	p->end = d->toks[te - 1].end;
	p->date = a;
	p->last = b;
	p->precision = (uint8_t)prec;
	p->relative = (uint8_t)rel;
	p->weekday = (uint8_t)wd;
	if (prec == RASD_PREC_DAY && a.y) {
		x->have_anchor = 1;
		x->anchor = rasdp_days_from_ymd(a.y, a.m, a.d);
	}
	return 0;
}

/* A relative date `from`..`to` days around base (unresolved without one). */
int rasdp_date_emit_rel_days(struct dctx *x, size_t ts, size_t te, int prec, int have_base,
			     int64_t from, int64_t to, int wd)
{
	struct rasd_ymd z = {0, 0, 0};

	if (!have_base)
		return rasdp_date_emit(x, ts, te, prec, z, z, 1, wd);
	return rasdp_date_emit(x, ts, te, prec, ymd_of(from), ymd_of(to), 1, wd);
}

/* Day-month-year with a period (0 whole, 1-3 thirds) into a date. */
int rasdp_date_emit_month(struct dctx *x, size_t ts, size_t te, int y, int m, int period, int rel)
{
	struct rasd_ymd a, b;

	rasdp_date_month_period(y, m, period, &a, &b);
	if (!m)
		a = b = ymd(0, 0, 0);
	if (!y) {
		a.y = 0;
		b.y = 0;
	}
	return rasdp_date_emit(x, ts, te, RASD_PREC_MONTH, a, b, rel, 0);
}

int rasdp_date_emit_year(struct dctx *x, size_t ts, size_t te, int y, int period, int rel)
{
	struct rasd_ymd a, b;

	rasdp_date_year_period(y, period, &a, &b);
	if (!y)
		a = b = ymd(0, 0, 0);
	return rasdp_date_emit(x, ts, te, RASD_PREC_YEAR, a, b, rel, 0);
}

/* ---- patterns ------------------------------------------------------ */

/* "a/b/c" or "a.b.c" inside one token. */
static int split3(const char *w, size_t len, int v[3], size_t nd[3])
{
	size_t i = 0, k;
	char sep = 0;

	for (k = 0; k < 3; k++) {
		size_t s = i;

		v[k] = 0;
		while (i < len && w[i] >= '0' && w[i] <= '9' && i - s < 4) {
			v[k] = v[k] * 10 + (w[i] - '0');
			i++;
		}
		nd[k] = i - s;
		if (!nd[k])
			return 0;
		if (k < 2) {
			if (i >= len || (w[i] != '/' && w[i] != '.' && w[i] != '-') ||
			    (sep && w[i] != sep))
				return 0;
			sep = w[i++];
		}
	}
	return i == len;
}

/*
 * 2022-10-14, 14/10/2022, 14.10.2022 (day first unless that cannot be) at
 * token i, the span from token ts (a weekday `wd` before it: "الخميس
 * 23-3-2023", checked against the day downstream).
 */
int rasdp_date_numeric_at(struct dctx *x, size_t ts, size_t i, size_t lim, int wd, size_t *end)
{
	const struct rasd_doc *d = x->d;
	int v[3], y, m, dd, k;
	size_t nd[3], len, j;
	const char *w;

	w = tnorm(d, i, &len);
	if (d->toks[i].kind == RASD_TOK_NUM && split3(w, len, v, nd)) {
		j = i + 1;
	} else {
		char sep;

		if (!num_tok(d, i, lim, &v[0], &nd[0]) || i + 4 >= lim)
			return 0;
		w = tnorm(d, i + 1, &len);
		sep = len == 1 ? w[0] : 0;
		if (sep != '-' && sep != '/' && sep != '.')
			return 0;
		for (k = 1; k <= 4; k++)
			if (d->toks[i + k].start != d->toks[i + k - 1].end)
				return 0;
		w = tnorm(d, i + 3, &len);
		if (len != 1 || w[0] != sep || !num_tok(d, i + 2, lim, &v[1], &nd[1]) ||
		    !num_tok(d, i + 4, lim, &v[2], &nd[2]) || d->toks[i + 2].kind != RASD_TOK_NUM ||
		    d->toks[i + 4].kind != RASD_TOK_NUM)
			return 0;
		j = i + 5;
	}
	if (nd[0] == 4 && nd[1] <= 2 && nd[2] <= 2) {
		y = v[0];
		m = v[1];
		dd = v[2];
	} else if (nd[2] == 4 && nd[0] <= 2 && nd[1] <= 2) {
		y = v[2];
		dd = v[0];
		m = v[1];
		if (m > 12 && dd <= 12) {
			m = v[0];
			dd = v[1];
		}
	} else {
		return 0;
	}
	if (y < 1900 || y > 2100 || m < 1 || m > 12 || dd < 1 || dd > month_len(y, m))
		return 0;
	*end = j;
	k = rasdp_date_emit(x, ts, j, RASD_PREC_DAY, ymd(y, m, dd), ymd(y, m, dd), 0, wd);
	return k ? -1 : 1;
}

int rasdp_date_numeric(struct dctx *x, size_t i, size_t lim, size_t *end)
{
	return rasdp_date_numeric_at(x, i, i, lim, 0, end);
}

/* Month `m` shifted by `delta` months from the publication month. */
void rasdp_date_pub_month(const struct dctx *x, int delta, int *y, int *m)
{
	struct rasd_ymd p = pub_ymd(x);
	int k = p.y * 12 + (p.m - 1) + delta;

	*y = k / 12;
	*m = k % 12 + 1;
}

/*
 * Day first: "14 من تشرين الأول 2022", "14 October", "13 من الشهر الحالي".
 * `ts` is where the expression began (a weekday before it), `wd` its day.
 */
int rasdp_date_daymonth(struct dctx *x, size_t ts, size_t i, size_t lim, int wd, size_t *end)
{
	const struct rasd_doc *d = x->d;
	int day, m, y = 0, mod = MOD_NONE, ambig, rel = 0;
	size_t j, e;

	if (!day_at(d, i, lim, &day, &j))
		return 0;
	if (word_is(d, j, lim, "من", 0) || word_is(d, j, lim, "of", 0))
		j++;
	if (month_at(d, j, lim, &m, &j, &ambig)) {
		if (punct_is(d, j, lim, ",") && rasdp_date_year_at(d, j + 1, lim, &y, &e))
			j = e;
		else if (rasdp_date_year_at(d, j, lim, &y, &e))
			j = e;
		else if (rasdp_date_year_clause(d, j, lim, &mod, &y, &e))
			j = e;
		else if (rasdp_date_mod_at(d, j, lim, &mod))
			j++;
		if (!y)
			y = resolve_year(x, m, day, mod, wd);
		rel = mod != MOD_NONE;
	} else if (word_is(d, j, lim, "الشهر", 0) && rasdp_date_mod_at(d, j + 1, lim, &mod)) {
		rel = 1;
		if (x->have_pub)
			rasdp_date_pub_month(x, mod == MOD_PAST ? -1 : mod == MOD_NEXT ? 1 : 0, &y,
					     &m);
		else
			m = 0;
		j += 2;
	} else {
		return 0;
	}
	if (m && day > month_len(y, m))
		return 0;
	*end = j;
	return rasdp_date_emit(x, ts, j, RASD_PREC_DAY, ymd(y, m, day), ymd(y, m, day), rel,
			       wd) ? -1 : 1;
}

int rasdp_date_cap_latin(const struct rasd_doc *d, size_t i)
{
	return (d->toks[i].flags & (RASD_TOKF_LATIN | RASD_TOKF_CAP)) ==
	       (RASD_TOKF_LATIN | RASD_TOKF_CAP);
}

/*
 * Month first: "October 14, 2022", "Oct. 14", "آذار 2011", "آب الماضي",
 * "تشرين الأول من العام الماضي", or a bare month name.  `period` narrows a
 * month to a third (0: none; then no day may follow), `mod` comes from an
 * English "last/this/next" before it.
 */
int rasdp_date_monthfirst(struct dctx *x, size_t ts, size_t i, size_t lim, int wd, int period,
			  int mod, size_t *end)
{
	const struct rasd_doc *d = x->d;
	int m, y = 0, day, ambig, latin;
	size_t j, e, k;

	if (!month_at(d, i, lim, &m, &j, &ambig))
		return 0;
	k = word_is(d, i, lim, "شهر", 1) || word_is(d, i, lim, "month", 0) ? i + 1 : i;
	latin = (d->toks[k].flags & RASD_TOKF_LATIN) != 0;
	if (latin && !rasdp_date_cap_latin(d, k))
		return 0;
	if (mod == MOD_NONE && rasdp_date_year_at(d, j, lim, &y, &e)) {
		j = e;
	} else if (mod == MOD_NONE && !period && latin && month_day_at(d, j, lim, &day, &e)) {
		j = e;
		if (punct_is(d, j, lim, ",") && rasdp_date_year_at(d, j + 1, lim, &y, &e))
			j = e;
		else if (bare_year_at(d, j, lim, &y, &e))
			j = e;
		if (!y)
			y = resolve_year(x, m, day, MOD_NONE, wd);
		if (m && day > month_len(y, m))
			return 0;
		*end = j;
		return rasdp_date_emit(x, ts, j, RASD_PREC_DAY, ymd(y, m, day), ymd(y, m, day), 0,
				       wd) ? -1 : 1;
	} else if (mod == MOD_NONE && rasdp_date_year_clause(d, j, lim, &mod, &y, &e)) {
		j = e;
	} else if (mod == MOD_NONE && rasdp_date_mod_at(d, j, lim, &mod)) {
		j++;
	} else if (ambig && !period && mod == MOD_NONE) {
		static const char *const ctx[] = {"in", "since", "until", "during", "by", "early",
						  "late", "mid", "from", "through"};
		size_t c;

		if (!latin || ts == 0 || ts != i)
			return 0;
		for (c = 0; c < sizeof(ctx) / sizeof(ctx[0]); c++)
			if (word_is(d, i - 1, i, ctx[c], 0))
				break;
		if (c == sizeof(ctx) / sizeof(ctx[0]))
			return 0;
	}
	if (wd)
		return 0;   /* a weekday before a bare month is not one date */
	if (!y)
		y = resolve_year(x, m, 0, mod, 0);
	*end = j;
	return rasdp_date_emit_month(x, ts, j, y, m, period, mod != MOD_NONE) ? -1 : 1;
}

/* Weekday of publication minus/plus to reach `wd` (mod: -1 strictly before, 1 after). */

/* Words before a year that are part of the date, and prepositions that are not. */
static const char *const year_incl[] = {"عام", "العام", "سنه", "السنه", "year"};
static const char *const year_prep[] = {"في", "خلال", "منذ", "حتي", "in", "during", "since",
					"until", "by"};

/*
 * "the 2021 attack": a year before the noun it qualifies, in a clause of
 * its own (no "s" joined to it: "the 1980s"), of a year before the
 * publication's (the year a report is of names its current events by
 * other words), and no count.  The noun decides, past a participle in
 * -ed or a name before it ("the 1950 displaced families", "the 2020
 * Beirut explosion"; a noun in -ing is the event's: "the 2019 shelling"):
 * a plural ("the 1500 troops", "the 2000 people") is what the number
 * counts.
 */
static int year_modifier(const struct dctx *x, size_t i, size_t lim, int *y, size_t *end)
{
	const struct rasd_doc *d = x->d;
	size_t e, len, n;
	const char *w = NULL;

	if (!word_is(d, i, lim, "the", 0) || !rasdp_date_year_at(d, i + 1, lim, y, &e) ||
	    e != i + 2 || e >= lim || d->toks[e].kind != RASD_TOK_WORD ||
	    !(d->toks[e].flags & RASD_TOKF_LATIN) || d->toks[e].start == d->toks[i + 1].end)
		return 0;
	if (x->have_pub && *y >= pub_ymd(x).y)
		return 0;
	for (n = e; n < e + 3 && n < lim && d->toks[n].kind == RASD_TOK_WORD &&
		    (d->toks[n].flags & RASD_TOKF_LATIN); n++) {
		w = tnorm(d, n, &len);
		if (!(d->toks[n].flags & RASD_TOKF_CAP) && !ends_with(w, len, "ed"))
			break;
	}
	if (n == e + 3 || n >= lim || d->toks[n].kind != RASD_TOK_WORD)
		n = e;
	w = tnorm(d, n, &len);
	if (len < 2 || w[len - 1] == 's' || person_plural(w, len))
		return 0;
	*end = e;
	return 1;
}

/* "عام 2017", "العام 2017", "in 2017", "في 2017", "منذ 2011", "the 2021 attack". */
int rasdp_date_year(struct dctx *x, size_t i, size_t lim, size_t *end)
{
	const struct rasd_doc *d = x->d;
	const char *const *incl = year_incl, *const *prep = year_prep;
	size_t k, e;
	int y;

	if (year_modifier(x, i, lim, &y, &e)) {
		*end = e;
		return rasdp_date_emit_year(x, i + 1, e, y, 0, 0) ? -1 : 1;
	}

	for (k = 0; k < sizeof(year_incl) / sizeof(year_incl[0]); k++)
		if (word_is(d, i, lim, incl[k], 1) && rasdp_date_year_at(d, i + 1, lim, &y, &e)) {
			*end = e;
			return rasdp_date_emit_year(x, i, e, y, 0, 0) ? -1 : 1;
		}
	for (k = 0; k < sizeof(year_prep) / sizeof(year_prep[0]); k++)
		if (word_is(d, i, lim, prep[k], 1) && rasdp_date_year_at(d, i + 1, lim, &y, &e) &&
		    !(e < lim && (punct_is(d, e, lim, "-") || punct_is(d, e, lim, "/")))) {
			*end = e;
			return rasdp_date_emit_year(x, i + 1, e, y, 0, 0) ? -1 : 1;
		}
	return 0;
}

/*
 * A decade at i: "1980s" (the article or preposition before it stays
 * out), "الثمانينيات", "ثمانينيات القرن الماضي" (or العشرين); an age ("في
 * الثمانينيات من عمره", "من العمر") is none.  Its first year in *y.
 */
int rasdp_date_decade_at(const struct rasd_doc *d, size_t i, size_t lim, int *y, size_t *end)
{
	const struct dword *p;
	size_t e, len;
	const char *w;

	if (rasdp_date_year_at(d, i, lim, y, &e) && e == i + 1) {
		if (*y % 10 || !word_is(d, e, lim, "s", 0) || d->toks[e].start != d->toks[i].end)
			return 0;
		e++;
	} else if ((p = dw_kind_at(d, i, lim, 1, DW_DECADE))) {
		*y = 1900 + p->value;
		e = i + 1;
		if (word_is(d, e, lim, "القرن", 0) &&
		    (word_is(d, e + 1, lim, "الماضي", 0) || word_is(d, e + 1, lim, "العشرين", 0))) {
			e += 2;
		} else if (word_is(d, e, lim, "من", 0) && e + 1 < lim &&
			   d->toks[e + 1].kind == RASD_TOK_WORD) {
			w = tnorm(d, e + 1, &len);
			if ((len >= 6 && !memcmp(w, "عمر", 6)) || eq(w, len, "العمر"))
				return 0;
		}
	} else {
		return 0;
	}
	*end = e;
	return 1;
}

/*
 * A decade ("the 1980s"), or its part `period` (1 early, 2 middle, 3
 * late: "the late 1990s", "منتصف التسعينيات"), over tokens ts..: the span
 * of its years at year precision.
 */
int rasdp_date_emit_decade(struct dctx *x, size_t ts, size_t te, int y, int period)
{
	static const int from[4] = {0, 0, 3, 7}, to[4] = {9, 3, 6, 9};

	return rasdp_date_emit(x, ts, te, RASD_PREC_YEAR, ymd(y + from[period], 1, 1),
			       ymd(y + to[period], 12, 31), 0, 0);
}

int rasdp_date_decade(struct dctx *x, size_t i, size_t lim, size_t *end)
{
	int y;

	if (!rasdp_date_decade_at(x->d, i, lim, &y, end))
		return 0;
	return rasdp_date_emit_decade(x, i, *end, y, 0) ? -1 : 1;
}
