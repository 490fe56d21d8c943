/*
 * dates_int.h - what the files of the date finder share: dates_words.c
 * (the date-word and opener tables, their lookup, and the patterns a
 * token may open), dates_abs.c (the token readers, calendar arithmetic,
 * the output of a date, and the absolute patterns: numeric dates, day and
 * month, month first, year), dates_rel.c (weekdays, parts of a month and
 * the relative patterns) and dates.c (the walk over the tokens).  dates.c's
 * opening comment describes what is found.
 *
 * Only the date files include it.  The small functions every pattern
 * calls on every token (the token tests, the cached date word, the
 * calendar conversions) are static inline here, so that splitting the
 * files costs no call on the extraction's hot path.
 */
#ifndef RASD_DATES_INT_H
#define RASD_DATES_INT_H

#include <stdint.h>

#include "doc.h"
#include "rasd.h"
#include "text/text.h"

#include "base/banned.h"

enum dw_kind {
	DW_MONTH = 1,  /* month name: value = month, flag 1 = ambiguous word */
	DW_MONTH2,     /* تشرين/كانون: month set by الأول/الثاني after it */
	DW_WEEKDAY,    /* 1 = Monday .. 7 = Sunday */
	DW_PERIOD,     /* part of a month: 1 early, 2 middle, 3 late */
	DW_MOD,        /* -1 past, 0 current, 1 next (الماضي، الحالي، المقبل) */
	DW_REL,        /* day offset from publication (اليوم، أمس، غدا) */
	DW_UNIT,       /* the week / month / year (days: 7, 30, 365) */
	DW_AGO,        /* counted unit (days: 1, 7, 30, 365, 3650); flag = dual count */
	DW_SEASON,     /* 1 spring, 2 summer, 3 autumn, 4 winter */
	DW_DECADE,     /* a decade of the 1900s by its first year's last two digits (الثمانينيات: 80) */
};

struct dword {
	const char *s;       /* normalised spelling */
	uint8_t kind;        /* enum dw_kind */
	int16_t value;
	uint8_t flag;
};

/* The date words, sorted by bytes (dates_words.c). */
extern const struct dword rasdp_date_words[];

#define AR_WAW "\xd9\x88"
#define AR_FA "\xd9\x81"
#define AR_BA "\xd8\xa8"
#define AR_LAM "\xd9\x84"

enum { MOD_PAST = -1, MOD_CUR = 0, MOD_NEXT = 1, MOD_NONE = 2 };

struct dctx {
	struct rasd_doc *d;
	int have_pub;
	int64_t pub;                 /* publication day number */
	int have_anchor;
	int64_t anchor;              /* last day-precise date of the text */
};

/*
 * The patterns match_at() tries, as bits: which may start at a token is
 * known from its first word, so the others need not be tried.
 */
enum {
	F_NUMERIC = 1 << 0,    /* rasdp_date_numeric */
	F_WEEKDAY = 1 << 1,    /* rasdp_date_weekday */
	F_DAYMONTH = 1 << 2,   /* rasdp_date_daymonth */
	F_PERIOD = 1 << 3,     /* rasdp_date_period */
	F_MONTHFIRST = 1 << 4, /* rasdp_date_monthfirst, a month name first */
	F_MODMONTH = 1 << 5,   /* rasdp_date_monthfirst after "last/this/next" */
	F_YEAR = 1 << 6,       /* rasdp_date_year */
	F_RELATIVE = 1 << 7,   /* rasdp_date_relative */
	F_COUNT = 1 << 8,      /* rasdp_date_count: "two days ago" */
	F_BYUNIT = 1 << 9,     /* rasdp_date_by_unit: "بأسبوع" */
	F_SEASON = 1 << 10,    /* rasdp_date_season: "last autumn", "صيف 2019" */
	F_DECADE = 1 << 11,    /* rasdp_date_decade: "the 1980s", "الثمانينيات" */
	F_ALL = 0xFFF,
};

/* ---- token tests --------------------------------------------------- */

/* The number expression starting at token i, or NULL (d->nums is in token order). */
static inline const struct rasd_number *num_at(const struct rasd_doc *d, size_t i)
{
	size_t lo = 0, hi = d->nnums;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (d->nums[mid].tok_start < i)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < d->nnums && d->nums[lo].tok_start == i ? &d->nums[lo] : NULL;
}

static inline const char *tnorm(const struct rasd_doc *d, size_t i, size_t *len)
{
	return rasdp_tok_norm(d, &d->toks[i], len);
}

static inline int eq(const char *w, size_t len, const char *lit)
{
	return rasdp_word_eq(w, len, lit);
}

static inline int is2(const char *w, const char *c)
{
	return w[0] == c[0] && w[1] == c[1];
}

static inline int is_clitic(const char *w)
{
	return is2(w, AR_WAW) || is2(w, AR_FA) || is2(w, AR_BA) || is2(w, AR_LAM);
}

/* Is token i (< lim) the word `lit`, maybe after one proclitic? */
static inline int word_is(const struct rasd_doc *d, size_t i, size_t lim, const char *lit, int clitic)
{
	size_t len;
	const char *w;

	if (i >= lim || d->toks[i].kind != RASD_TOK_WORD)
		return 0;
	w = tnorm(d, i, &len);
	if (eq(w, len, lit))
		return 1;
	return clitic && len > 2 && is_clitic(w) && eq(w + 2, len - 2, lit);
}

static inline int punct_is(const struct rasd_doc *d, size_t i, size_t lim, const char *lit)
{
	size_t len;
	const char *w;

	if (i >= lim || d->toks[i].kind != RASD_TOK_PUNCT)
		return 0;
	w = tnorm(d, i, &len);
	return eq(w, len, lit);
}

/* ---- date words (dates_words.c) ----------------------------------- */

/* The date word at token i, as is or (with `clitic`) after its proclitics; NULL if none. */
const struct dword *rasdp_date_word_lookup(const struct rasd_doc *d, size_t i, int clitic);

/* The date word spelt w[0..len), or NULL. */
const struct dword *rasdp_date_find_word(const char *w, size_t len);

/* The patterns (F_*) that may start at token i; number_here: a number starts there. */
unsigned rasdp_date_patterns_at(const struct rasd_doc *d, size_t i, int number_here);

/* The date word at token i (< lim), looked up once into the per-document cache. */
static inline const struct dword *dw_at(const struct rasd_doc *d, size_t i, size_t lim, int clitic)
{
	const struct dword *p;
	uint8_t *c;

	if (i >= lim || d->toks[i].kind != RASD_TOK_WORD)
		return NULL;
	if (!d->dw_cache)
		return rasdp_date_word_lookup(d, i, clitic);
	c = &d->dw_cache[2 * i + (clitic ? 1 : 0)];
	if (*c != 0xFF)
		return *c ? &rasdp_date_words[*c - 1] : NULL;
	p = rasdp_date_word_lookup(d, i, clitic);
	*c = p ? (uint8_t)(p - rasdp_date_words + 1) : 0;
	return p;
}

static inline const struct dword *dw_kind_at(const struct rasd_doc *d, size_t i, size_t lim,
				      int clitic, int kind)
{
	const struct dword *p = dw_at(d, i, lim, clitic);

	return p && p->kind == kind ? p : NULL;
}

/* ---- calendar ------------------------------------------------------ */

static inline int weekday_of(int64_t days)
{
	int64_t r = (days + 3) % 7;     /* 1970-01-01 was a Thursday */

	if (r < 0)
		r += 7;
	return (int)r + 1;
}

static inline struct rasd_ymd ymd_of(int64_t days)
{
	struct rasd_ymd r;

	rasdp_ymd_from_days(days, &r);
	return r;
}

static inline struct rasd_ymd ymd(int y, int m, int d)
{
	struct rasd_ymd r;

	r.y = y;
	r.m = m;
	r.d = d;
	return r;
}

/* The published date as y/m/d (valid only when x->have_pub). */
static inline struct rasd_ymd pub_ymd(const struct dctx *x)
{
	return x->d->published;
}

/* Days `period` (0 whole, 1-3 thirds) of month y-m, into *a..*b. */
void rasdp_date_month_period(int y, int m, int period, struct rasd_ymd *a, struct rasd_ymd *b);

/* Months of `period` (0 whole, 1-3 thirds) of year y, into *a..*b. */
void rasdp_date_year_period(int y, int period, struct rasd_ymd *a, struct rasd_ymd *b);

/* ---- token readers (dates_abs.c) ----------------------------------- */

/* A four-digit year at token i (< lim): *y and the token after it in *end. */
int rasdp_date_year_at(const struct rasd_doc *d, size_t i, size_t lim, int *y, size_t *end);

/* A decade at token i (< lim): "1980s", "الثمانينيات"; its first year in *y. */
int rasdp_date_decade_at(const struct rasd_doc *d, size_t i, size_t lim, int *y, size_t *end);

/* A modifier (الماضي، الحالي، المقبل; MOD_*) at token i (< lim). */
int rasdp_date_mod_at(const struct rasd_doc *d, size_t i, size_t lim, int *mod);

/* Is token i a capitalised Latin word? */
int rasdp_date_cap_latin(const struct rasd_doc *d, size_t i);

/* "(من) العام الماضي", "(من) عام 2022", "of last year", "this year": *mod, *y (0: by *mod). */
int rasdp_date_year_clause(const struct rasd_doc *d, size_t i, size_t lim, int *mod, int *y,
			   size_t *end);

/* Month `m` shifted by `delta` months from the publication month. */
void rasdp_date_pub_month(const struct dctx *x, int delta, int *y, int *m);

/* ---- output (dates_abs.c): 0, or RASD_ENOMEM ------------------------ */

/* A date a..b of precision `prec` over tokens ts..te; a day-precise one becomes the anchor. */
int rasdp_date_emit(struct dctx *x, size_t ts, size_t te, int prec, struct rasd_ymd a,
		    struct rasd_ymd b, int rel, int wd);

/* A relative date `from`..`to` days around base (unresolved without one). */
int rasdp_date_emit_rel_days(struct dctx *x, size_t ts, size_t te, int prec, int have_base,
			     int64_t from, int64_t to, int wd);

/* Month y-m (or its third `period`) at month precision. */
int rasdp_date_emit_month(struct dctx *x, size_t ts, size_t te, int y, int m, int period,
			  int rel);

/* The years of decade y.. (or its part `period`: early, middle, late) at year precision. */
int rasdp_date_emit_decade(struct dctx *x, size_t ts, size_t te, int y, int period);

/* Year y (or its third `period`) at year precision. */
int rasdp_date_emit_year(struct dctx *x, size_t ts, size_t te, int y, int period, int rel);

/*
 * ---- patterns ------------------------------------------------------
 *
 * Each tries one kind of date expression at token i (< lim): 1 and the
 * token after it in *end when one was found and kept, 0 when none, -1 when
 * out of memory.
 */

/* dates_abs.c */
/*
 * The date stamp atop an undated report (dates_stamp.c), from the dates a
 * walk found: 1 with *out and *tok (its first token) set, or 0 when the
 * report has none.
 */
int rasdp_date_stamp(const struct rasd_doc *d, struct rasd_ymd *out, uint32_t *tok);

int rasdp_date_numeric(struct dctx *x, size_t i, size_t lim, size_t *end);
/* The numeric date at token i after a weekday: span from ts, weekday wd. */
int rasdp_date_numeric_at(struct dctx *x, size_t ts, size_t i, size_t lim, int wd, size_t *end);
int rasdp_date_daymonth(struct dctx *x, size_t ts, size_t i, size_t lim, int wd, size_t *end);
int rasdp_date_monthfirst(struct dctx *x, size_t ts, size_t i, size_t lim, int wd, int period,
			  int mod, size_t *end);
int rasdp_date_year(struct dctx *x, size_t i, size_t lim, size_t *end);

/* dates_rel.c */
int rasdp_date_weekday(struct dctx *x, size_t i, size_t lim, size_t *end);
int rasdp_date_period(struct dctx *x, size_t i, size_t lim, size_t *end);
int rasdp_date_relative(struct dctx *x, size_t i, size_t lim, size_t *end);
int rasdp_date_count(struct dctx *x, size_t i, size_t lim, size_t *end);
int rasdp_date_by_unit(struct dctx *x, size_t i, size_t lim, size_t *end);
int rasdp_date_season(struct dctx *x, size_t i, size_t lim, size_t *end);
int rasdp_date_decade(struct dctx *x, size_t i, size_t lim, size_t *end);

#endif
