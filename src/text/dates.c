/*
 * dates.c - date expressions, resolved against the publication date.
 *
 * rasdp_find_dates() walks d->toks once and at each token tries, in order:
 * numeric dates (2022-10-14, 14/10/2022), a day and a month name ("14 من
 * تشرين الأول 2022", "October 14, 2022", "14 October"), a weekday alone or
 * before such a date ("الاثنين 17 من تشرين الأول"), a month with a year or
 * with الماضي/الحالي ("آب الماضي", "في مارس 2017"), a part of a month
 * ("مطلع آب الماضي": days 1-10, منتصف 11-20, أواخر 21-end, kept at month
 * precision with the period narrowed), a year ("عام 2017"), and relative
 * expressions (اليوم، أمس، الأسبوع الماضي، الشهر الحالي، منذ يومين، "two
 * days ago").  "بأسبوع" and "a week earlier" count from the last day-precise
 * date the text gave (the anchor), else from the publication date.
 *
 * Month names cover the Levantine (تشرين الأول), Egyptian/Gulf (أكتوبر),
 * Maghreb (أكتوبر/جانفي) and English (October, Oct.) calendars.  Words that
 * are also common nouns or verbs (آب "father", مارس "practised", "may",
 * "march") count only inside a full date or next to a year or الماضي.
 *
 * Without a publication date, relative expressions keep their precision
 * and no date (y = 0), and an absolute date without a year keeps its month
 * and day with y = 0.  Afterwards every number inside a date span is marked
 * in_date.  Lookups are bounded, so the pass is linear in tokens.
 */
#include <pthread.h>
#include <stdint.h>
#include <string.h>

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
	DW_AGO,        /* counted unit (days: 1, 7, 30, 365); flag = dual count */
};

struct dword {
	const char *s;       /* normalised spelling */
	uint8_t kind;        /* enum dw_kind */
	int16_t value;
	uint8_t flag;
};

static const struct dword date_words[] = {
	{"apr", DW_MONTH, 4, 0},
	{"april", DW_MONTH, 4, 0},
	{"aug", DW_MONTH, 8, 0},
	{"august", DW_MONTH, 8, 0},
	{"day", DW_AGO, 1, 0},
	{"days", DW_AGO, 1, 0},
	{"dec", DW_MONTH, 12, 0},
	{"december", DW_MONTH, 12, 0},
	{"early", DW_PERIOD, 1, 0},
	{"feb", DW_MONTH, 2, 0},
	{"february", DW_MONTH, 2, 0},
	{"friday", DW_WEEKDAY, 5, 0},
	{"jan", DW_MONTH, 1, 1},
	{"january", DW_MONTH, 1, 0},
	{"jul", DW_MONTH, 7, 0},
	{"july", DW_MONTH, 7, 0},
	{"jun", DW_MONTH, 6, 0},
	{"june", DW_MONTH, 6, 0},
	{"late", DW_PERIOD, 3, 0},
	{"mar", DW_MONTH, 3, 1},
	{"march", DW_MONTH, 3, 1},
	{"may", DW_MONTH, 5, 1},
	{"mid", DW_PERIOD, 2, 0},
	{"monday", DW_WEEKDAY, 1, 0},
	{"month", DW_UNIT, 30, 0},
	{"months", DW_AGO, 30, 0},
	{"nov", DW_MONTH, 11, 0},
	{"november", DW_MONTH, 11, 0},
	{"oct", DW_MONTH, 10, 0},
	{"october", DW_MONTH, 10, 0},
	{"saturday", DW_WEEKDAY, 6, 0},
	{"sep", DW_MONTH, 9, 0},
	{"sept", DW_MONTH, 9, 0},
	{"september", DW_MONTH, 9, 0},
	{"sunday", DW_WEEKDAY, 7, 0},
	{"thursday", DW_WEEKDAY, 4, 0},
	{"today", DW_REL, 0, 0},
	{"tomorrow", DW_REL, 1, 0},
	{"tonight", DW_REL, 0, 0},
	{"tuesday", DW_WEEKDAY, 2, 0},
	{"wednesday", DW_WEEKDAY, 3, 0},
	{"week", DW_UNIT, 7, 0},
	{"weeks", DW_AGO, 7, 0},
	{"year", DW_UNIT, 365, 0},
	{"years", DW_AGO, 365, 0},
	{"yesterday", DW_REL, -1, 0},
	{"اب", DW_MONTH, 8, 1},
	{"ابريل", DW_MONTH, 4, 0},
	{"اذار", DW_MONTH, 3, 0},
	{"اسابيع", DW_AGO, 7, 0},
	{"اسبوع", DW_AGO, 7, 0},
	{"اسبوعان", DW_AGO, 7, 2},
	{"اسبوعين", DW_AGO, 7, 2},
	{"اشهر", DW_AGO, 30, 0},
	{"اعوام", DW_AGO, 365, 0},
	{"اغسطس", DW_MONTH, 8, 0},
	{"افريل", DW_MONTH, 4, 0},
	{"اكتوبر", DW_MONTH, 10, 0},
	{"الاثنين", DW_WEEKDAY, 1, 0},
	{"الاحد", DW_WEEKDAY, 7, 0},
	{"الاربعاء", DW_WEEKDAY, 3, 0},
	{"الاسبوع", DW_UNIT, 7, 0},
	{"الامس", DW_REL, -1, 0},
	{"البارحه", DW_REL, -1, 0},
	{"الثلاثاء", DW_WEEKDAY, 2, 0},
	{"الجاري", DW_MOD, 0, 0},
	{"الجاريه", DW_MOD, 0, 0},
	{"الجمعه", DW_WEEKDAY, 5, 0},
	{"الحالي", DW_MOD, 0, 0},
	{"الحاليه", DW_MOD, 0, 0},
	{"الخميس", DW_WEEKDAY, 4, 0},
	{"السابق", DW_MOD, -1, 0},
	{"السبت", DW_WEEKDAY, 6, 0},
	{"السنه", DW_UNIT, 365, 0},
	{"الشهر", DW_UNIT, 30, 0},
	{"العام", DW_UNIT, 365, 0},
	{"الفايت", DW_MOD, -1, 0},
	{"الفايته", DW_MOD, -1, 0},
	{"القادم", DW_MOD, 1, 0},
	{"القادمه", DW_MOD, 1, 0},
	{"الماضي", DW_MOD, -1, 0},
	{"الماضيه", DW_MOD, -1, 0},
	{"المقبل", DW_MOD, 1, 0},
	{"المقبله", DW_MOD, 1, 0},
	{"المنصرم", DW_MOD, -1, 0},
	{"المنصرمه", DW_MOD, -1, 0},
	{"اليوم", DW_REL, 0, 0},
	{"امس", DW_REL, -1, 0},
	{"اواخر", DW_PERIOD, 3, 0},
	{"اواسط", DW_PERIOD, 2, 0},
	{"اوايل", DW_PERIOD, 1, 0},
	{"اوت", DW_MONTH, 8, 0},
	{"اوساط", DW_PERIOD, 2, 0},
	{"ايار", DW_MONTH, 5, 0},
	{"ايام", DW_AGO, 1, 0},
	{"ايلول", DW_MONTH, 9, 0},
	{"بدايه", DW_PERIOD, 1, 0},
	{"تشرين", DW_MONTH2, 10, 0},
	{"تموز", DW_MONTH, 7, 0},
	{"جانفي", DW_MONTH, 1, 0},
	{"جوان", DW_MONTH, 6, 0},
	{"جويليه", DW_MONTH, 7, 0},
	{"حزيران", DW_MONTH, 6, 0},
	{"ديسمبر", DW_MONTH, 12, 0},
	{"سبتمبر", DW_MONTH, 9, 0},
	{"سنتان", DW_AGO, 365, 2},
	{"سنتين", DW_AGO, 365, 2},
	{"سنه", DW_AGO, 365, 0},
	{"سنوات", DW_AGO, 365, 0},
	{"سنين", DW_AGO, 365, 0},
	{"شباط", DW_MONTH, 2, 0},
	{"شهر", DW_AGO, 30, 0},
	{"شهران", DW_AGO, 30, 2},
	{"شهرين", DW_AGO, 30, 2},
	{"شهور", DW_AGO, 30, 0},
	{"عام", DW_AGO, 365, 0},
	{"عامان", DW_AGO, 365, 2},
	{"عامين", DW_AGO, 365, 2},
	{"غدا", DW_REL, 1, 0},
	{"فبراير", DW_MONTH, 2, 0},
	{"فيفري", DW_MONTH, 2, 0},
	{"كانون", DW_MONTH2, 12, 0},
	{"مارس", DW_MONTH, 3, 1},
	{"ماي", DW_MONTH, 5, 1},
	{"مايو", DW_MONTH, 5, 0},
	{"مستهل", DW_PERIOD, 1, 0},
	{"مطلع", DW_PERIOD, 1, 0},
	{"منتصف", DW_PERIOD, 2, 0},
	{"نهايه", DW_PERIOD, 3, 0},
	{"نوفمبر", DW_MONTH, 11, 0},
	{"نيسان", DW_MONTH, 4, 0},
	{"يناير", DW_MONTH, 1, 0},
	{"يوليه", DW_MONTH, 7, 0},
	{"يوليو", DW_MONTH, 7, 0},
	{"يوم", DW_AGO, 1, 0},
	{"يومان", DW_AGO, 1, 2},
	{"يومين", DW_AGO, 1, 2},
	{"يونيه", DW_MONTH, 6, 0},
	{"يونيو", DW_MONTH, 6, 0},
};

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

/* The number expression starting at token i, or NULL (d->nums is in token order). */
static const struct rasd_number *num_at(const struct rasd_doc *d, size_t i)
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

static const char *tnorm(const struct rasd_doc *d, size_t i, size_t *len)
{
	return rasdp_tok_norm(d, &d->toks[i], len);
}

static int eq(const char *w, size_t len, const char *lit)
{
	return rasdp_word_eq(w, len, lit);
}

static int is2(const char *w, const char *c)
{
	return w[0] == c[0] && w[1] == c[1];
}

static int is_clitic(const char *w)
{
	return is2(w, AR_WAW) || is2(w, AR_FA) || is2(w, AR_BA) || is2(w, AR_LAM);
}

/* Is token i (< lim) the word `lit`, maybe after one proclitic? */
static int word_is(const struct rasd_doc *d, size_t i, size_t lim, const char *lit, int clitic)
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

static int punct_is(const struct rasd_doc *d, size_t i, size_t lim, const char *lit)
{
	size_t len;
	const char *w;

	if (i >= lim || d->toks[i].kind != RASD_TOK_PUNCT)
		return 0;
	w = tnorm(d, i, &len);
	return eq(w, len, lit);
}

/*
 * The date words by hash: a pattern asks for the date word of a token
 * (with and without its clitics) more than for anything else.  Built once,
 * read-only afterwards.
 */
#define DW_SLOTS 512
static uint8_t dw_slots[DW_SLOTS];    /* 1 + index into date_words; 0: empty */
static pthread_once_t dw_once = PTHREAD_ONCE_INIT;

static size_t dw_slot(const char *w, size_t len)
{
	uint32_t h = rasdp_word_hash(w, len);

	h ^= h >> 16;
	h *= 0x7FEB352Du;
	h ^= h >> 15;
	return h & (DW_SLOTS - 1);
}

static void dw_index(void)
{
	size_t k;

	_Static_assert(sizeof(date_words) / sizeof(date_words[0]) < 255 &&
		       sizeof(date_words) / sizeof(date_words[0]) * 2 < DW_SLOTS,
		       "date word indexes fit a byte and the table stays half empty");
	for (k = 0; k < sizeof(date_words) / sizeof(date_words[0]); k++) {
		size_t i = dw_slot(date_words[k].s, strlen(date_words[k].s));

		while (dw_slots[i])
			i = (i + 1) & (DW_SLOTS - 1);
		dw_slots[i] = (uint8_t)(k + 1);
	}
}

static const struct dword *find_dword(const char *w, size_t len)
{
	size_t i;

	pthread_once(&dw_once, dw_index);
	for (i = dw_slot(w, len); dw_slots[i]; i = (i + 1) & (DW_SLOTS - 1))
		if (eq(w, len, date_words[dw_slots[i] - 1].s))
			return &date_words[dw_slots[i] - 1];
	return NULL;
}

/*
 * The date word at token i, as is or (with `clitic`) after و/ف then ب/ل.
 * An ambiguous month word ("اب") never takes a clitic: "باب" is a door.
 */
static const struct dword *dw_lookup(const struct rasd_doc *d, size_t i, int clitic)
{
	const struct dword *p;
	size_t len;
	const char *w;

	w = tnorm(d, i, &len);
	p = find_dword(w, len);
	if (p || !clitic)
		return p;
	if (len >= 6 && (is2(w, AR_WAW) || is2(w, AR_FA))) {
		p = find_dword(w + 2, len - 2);
		if (p && !(p->kind == DW_MONTH && p->flag))
			return p;
		w += 2;
		len -= 2;
	}
	if (len >= 6 && (is2(w, AR_BA) || is2(w, AR_LAM))) {
		p = find_dword(w + 2, len - 2);
		if (p && !(p->kind == DW_MONTH && p->flag))
			return p;
	}
	return NULL;
}

/* The date word at token i (< lim), looked up once into the per-document cache. */
static const struct dword *dw_at(const struct rasd_doc *d, size_t i, size_t lim, int clitic)
{
	const struct dword *p;
	uint8_t *c;

	if (i >= lim || d->toks[i].kind != RASD_TOK_WORD)
		return NULL;
	if (!d->dw_cache)
		return dw_lookup(d, i, clitic);
	c = &d->dw_cache[2 * i + (clitic ? 1 : 0)];
	if (*c != 0xFF)
		return *c ? &date_words[*c - 1] : NULL;
	p = dw_lookup(d, i, clitic);
	*c = p ? (uint8_t)(p - date_words + 1) : 0;
	return p;
}

static const struct dword *dw_kind_at(const struct rasd_doc *d, size_t i, size_t lim,
				      int clitic, int kind)
{
	const struct dword *p = dw_at(d, i, lim, clitic);

	return p && p->kind == kind ? p : NULL;
}

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
static int year_at(const struct rasd_doc *d, size_t i, size_t lim, int *y, size_t *end)
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
static int mod_at(const struct rasd_doc *d, size_t i, size_t lim, int *mod)
{
	const struct dword *p = dw_kind_at(d, i, lim, 0, DW_MOD);

	if (!p)
		return 0;
	*mod = p->value;
	return 1;
}

/* "(من) العام الماضي", "(من) عام 2022", "of last year", "this year" after a month. */
static int year_clause(const struct rasd_doc *d, size_t i, size_t lim, int *mod, int *y,
		       size_t *end)
{
	size_t j = i;

	if (word_is(d, j, lim, "من", 0) || word_is(d, j, lim, "of", 0))
		j++;
	if (word_is(d, j, lim, "العام", 0) || word_is(d, j, lim, "عام", 0) ||
	    word_is(d, j, lim, "السنه", 0) || word_is(d, j, lim, "سنه", 0)) {
		if (year_at(d, j + 1, lim, y, end)) {
			*mod = MOD_NONE;
			return 1;
		}
		if (mod_at(d, j + 1, lim, mod)) {
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

static int weekday_of(int64_t days)
{
	int64_t r = (days + 3) % 7;     /* 1970-01-01 was a Thursday */

	if (r < 0)
		r += 7;
	return (int)r + 1;
}

static struct rasd_ymd ymd_of(int64_t days)
{
	struct rasd_ymd r;

	rasdp_ymd_from_days(days, &r);
	return r;
}

static struct rasd_ymd ymd(int y, int m, int d)
{
	struct rasd_ymd r;

	r.y = y;
	r.m = m;
	r.d = d;
	return r;
}

/* The published date as y/m/d (valid only when x->have_pub). */
static struct rasd_ymd pub_ymd(const struct dctx *x)
{
	return x->d->published;
}

/*
 * Year of day/month `m`/`day` (day 0: the month) written without a year,
 * from the modifier (الماضي: latest on or before publication; الحالي: the
 * publication year; المقبل: the next) or, without one, the publication
 * year unless that puts the month more than a month ahead.  A weekday
 * named with the date picks among adjacent years.  0 when unknown.
 */
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

		for (k = 0; k < 3; k++)
			if (day <= month_len(y + tryd[k], m) &&
			    weekday_of(rasdp_days_from_ymd(y + tryd[k], m, day)) == wd)
				return y + tryd[k];
	}
	if (m > p.m + 1)
		y--;
	return y;
}

static void month_period(int y, int m, int period, struct rasd_ymd *a, struct rasd_ymd *b)
{
	static const int from[4] = {1, 1, 11, 21};

	*a = ymd(y, m, from[period]);
	*b = ymd(y, m, period == 1 ? 10 : period == 2 ? 20 : month_len(y, m));
}

static void year_period(int y, int period, struct rasd_ymd *a, struct rasd_ymd *b)
{
	static const int from[4] = {1, 1, 5, 9};
	static const int to[4] = {12, 4, 8, 12};

	*a = ymd(y, from[period], 1);
	*b = ymd(y, to[period], month_len(y, to[period]));
}

/* ---- output -------------------------------------------------------- */

static int emit(struct dctx *x, size_t ts, size_t te, int prec, struct rasd_ymd a,
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
static int emit_rel_days(struct dctx *x, size_t ts, size_t te, int prec, int have_base,
			 int64_t from, int64_t to, int wd)
{
	struct rasd_ymd z = {0, 0, 0};

	if (!have_base)
		return emit(x, ts, te, prec, z, z, 1, wd);
	return emit(x, ts, te, prec, ymd_of(from), ymd_of(to), 1, wd);
}

/* Day-month-year with a period (0 whole, 1-3 thirds) into a date. */
static int emit_month(struct dctx *x, size_t ts, size_t te, int y, int m, int period, int rel)
{
	struct rasd_ymd a, b;

	month_period(y, m, period, &a, &b);
	if (!m)
		a = b = ymd(0, 0, 0);
	if (!y) {
		a.y = 0;
		b.y = 0;
	}
	return emit(x, ts, te, RASD_PREC_MONTH, a, b, rel, 0);
}

static int emit_year(struct dctx *x, size_t ts, size_t te, int y, int period, int rel)
{
	struct rasd_ymd a, b;

	year_period(y, period, &a, &b);
	if (!y)
		a = b = ymd(0, 0, 0);
	return emit(x, ts, te, RASD_PREC_YEAR, a, b, rel, 0);
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

/* 2022-10-14, 14/10/2022, 14.10.2022 (day first unless that cannot be). */
static int p_numeric(struct dctx *x, size_t i, size_t lim, size_t *end)
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
	return emit(x, i, j, RASD_PREC_DAY, ymd(y, m, dd), ymd(y, m, dd), 0, 0) ? -1 : 1;
}

/* Month `m` shifted by `delta` months from the publication month. */
static void pub_month(const struct dctx *x, int delta, int *y, int *m)
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
static int p_daymonth(struct dctx *x, size_t ts, size_t i, size_t lim, int wd, size_t *end)
{
	const struct rasd_doc *d = x->d;
	int day, m, y = 0, mod = MOD_NONE, ambig, rel = 0;
	size_t j, e;

	if (!day_at(d, i, lim, &day, &j))
		return 0;
	if (word_is(d, j, lim, "من", 0) || word_is(d, j, lim, "of", 0))
		j++;
	if (month_at(d, j, lim, &m, &j, &ambig)) {
		if (punct_is(d, j, lim, ",") && year_at(d, j + 1, lim, &y, &e))
			j = e;
		else if (year_at(d, j, lim, &y, &e))
			j = e;
		else if (year_clause(d, j, lim, &mod, &y, &e))
			j = e;
		else if (mod_at(d, j, lim, &mod))
			j++;
		if (!y)
			y = resolve_year(x, m, day, mod, wd);
		rel = mod != MOD_NONE;
	} else if (word_is(d, j, lim, "الشهر", 0) && mod_at(d, j + 1, lim, &mod)) {
		rel = 1;
		if (x->have_pub)
			pub_month(x, mod == MOD_PAST ? -1 : mod == MOD_NEXT ? 1 : 0, &y, &m);
		else
			m = 0;
		j += 2;
	} else {
		return 0;
	}
	if (m && day > month_len(y, m))
		return 0;
	*end = j;
	return emit(x, ts, j, RASD_PREC_DAY, ymd(y, m, day), ymd(y, m, day), rel, wd) ? -1 : 1;
}

static int cap_latin(const struct rasd_doc *d, size_t i)
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
static int p_monthfirst(struct dctx *x, size_t ts, size_t i, size_t lim, int wd, int period,
			int mod, size_t *end)
{
	const struct rasd_doc *d = x->d;
	int m, y = 0, day, ambig, latin;
	size_t j, e, k;

	if (!month_at(d, i, lim, &m, &j, &ambig))
		return 0;
	k = word_is(d, i, lim, "شهر", 1) || word_is(d, i, lim, "month", 0) ? i + 1 : i;
	latin = (d->toks[k].flags & RASD_TOKF_LATIN) != 0;
	if (latin && !cap_latin(d, k))
		return 0;
	if (mod == MOD_NONE && year_at(d, j, lim, &y, &e)) {
		j = e;
	} else if (mod == MOD_NONE && !period && latin && day_at(d, j, d->ntoks, &day, &e) &&
		   !(e < lim && d->toks[e].kind == RASD_TOK_NUM)) {
		j = e;
		if (punct_is(d, j, lim, ",") && year_at(d, j + 1, lim, &y, &e))
			j = e;
		else if (year_at(d, j, lim, &y, &e))
			j = e;
		if (!y)
			y = resolve_year(x, m, day, MOD_NONE, wd);
		if (m && day > month_len(y, m))
			return 0;
		*end = j;
		return emit(x, ts, j, RASD_PREC_DAY, ymd(y, m, day), ymd(y, m, day), 0, wd) ? -1 : 1;
	} else if (mod == MOD_NONE && year_clause(d, j, lim, &mod, &y, &e)) {
		j = e;
	} else if (mod == MOD_NONE && mod_at(d, j, lim, &mod)) {
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
	return emit_month(x, ts, j, y, m, period, mod != MOD_NONE) ? -1 : 1;
}

/* Weekday of publication minus/plus to reach `wd` (mod: -1 strictly before, 1 after). */
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

/* "الاثنين 17 من تشرين الأول", "يوم الخميس الماضي", "on Monday", "last Friday". */
static int p_weekday(struct dctx *x, size_t i, size_t lim, size_t *end)
{
	const struct rasd_doc *d = x->d;
	const struct dword *p;
	int mod = MOD_NONE, wd, rc;
	size_t j = i, k;

	if (word_is(d, j, lim, "last", 0) || word_is(d, j, lim, "next", 0) ||
	    word_is(d, j, lim, "this", 0)) {
		mod = word_is(d, j, lim, "last", 0) ? MOD_PAST :
		      word_is(d, j, lim, "next", 0) ? MOD_NEXT : MOD_CUR;
		j++;
	} else if (word_is(d, j, lim, "يوم", 1) && dw_kind_at(d, j + 1, lim, 1, DW_WEEKDAY)) {
		j++;
	}
	p = dw_kind_at(d, j, lim, 1, DW_WEEKDAY);
	if (!p)
		return 0;
	if ((d->toks[j].flags & RASD_TOKF_LATIN) && !cap_latin(d, j))
		return 0;
	wd = p->value;
	j++;
	if (mod == MOD_NONE) {
		k = j;
		if (punct_is(d, k, lim, ","))
			k++;
		if (word_is(d, k, lim, "الموافق", 0))
			k++;
		rc = p_daymonth(x, i, k, lim, wd, end);
		if (!rc)
			rc = p_monthfirst(x, i, k, lim, wd, 0, MOD_NONE, end);
		if (rc)
			return rc;
		if (mod_at(d, j, lim, &mod))
			j++;
	}
	*end = j;
	if (mod == MOD_CUR)
		mod = MOD_NONE;
	if (!x->have_pub)
		return emit_rel_days(x, i, j, RASD_PREC_DAY, 0, 0, 0, wd) ? -1 : 1;
	{
		int64_t t = weekday_day(x, wd, mod);

		return emit_rel_days(x, i, j, RASD_PREC_DAY, 1, t, t, wd) ? -1 : 1;
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
	if (!p || (d->toks[i].flags & RASD_TOKF_LATIN) || !mod_at(d, i + 1, lim, mod))
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
			return emit_rel_days(x, ts, te, RASD_PREC_WEEK, x->have_pub, x->pub - 7, x->pub - 1, 0);
		if (mod == MOD_NEXT)
			return emit_rel_days(x, ts, te, RASD_PREC_WEEK, x->have_pub, x->pub + 1, x->pub + 7, 0);
		return emit_rel_days(x, ts, te, RASD_PREC_WEEK, x->have_pub, a, x->pub, 0);
	}
	if (unit == 30) {
		struct rasd_ymd a, b;

		if (!x->have_pub)
			return emit_month(x, ts, te, 0, 0, 0, 1);
		pub_month(x, delta, &y, &m);
		month_period(y, m, period, &a, &b);
		if (until_pub && !delta)
			b = pub_ymd(x);
		return emit(x, ts, te, RASD_PREC_MONTH, a, b, 1, 0);
	}
	if (!x->have_pub)
		return emit_year(x, ts, te, 0, 0, 1);
	y = pub_ymd(x).y + delta;
	if (until_pub && !delta) {
		struct rasd_ymd a = ymd(y, 1, 1);

		return emit(x, ts, te, RASD_PREC_YEAR, a, pub_ymd(x), 1, 0);
	}
	return emit_year(x, ts, te, y, period, 1);
}

/* "مطلع آب الماضي", "أواخر الشهر الماضي", "early 2022", "mid-October", "the end of last month". */
static int p_period(struct dctx *x, size_t i, size_t lim, size_t *end)
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
	rc = p_monthfirst(x, i, j, lim, 0, period, MOD_NONE, end);
	if (rc)
		return rc;
	if ((word_is(d, j, lim, "last", 0) || word_is(d, j, lim, "this", 0) ||
	     word_is(d, j, lim, "next", 0)) &&
	    dw_kind_at(d, j + 1, lim, 0, DW_MONTH)) {
		mod = word_is(d, j, lim, "last", 0) ? MOD_PAST :
		      word_is(d, j, lim, "next", 0) ? MOD_NEXT : MOD_CUR;
		rc = p_monthfirst(x, i, j + 1, lim, 0, period, mod, end);
		if (rc)
			return rc;
	}
	if (unit_rel(d, j, lim, &unit, &mod, &e) && unit != 7) {
		*end = e;
		return emit_unit(x, i, e, unit, mod, period, 0) ? -1 : 1;
	}
	if (word_is(d, j, lim, "عام", 0) || word_is(d, j, lim, "العام", 0) ||
	    word_is(d, j, lim, "سنه", 0))
		j++;
	if (year_at(d, j, lim, &y, &e)) {
		*end = e;
		return emit_year(x, i, e, y, period, 0) ? -1 : 1;
	}
	return 0;
}

/* Words before a year that are part of the date, and prepositions that are not. */
static const char *const year_incl[] = {"عام", "العام", "سنه", "السنه", "year"};
static const char *const year_prep[] = {"في", "خلال", "منذ", "حتي", "in", "during", "since",
					"until", "by"};

/* "عام 2017", "العام 2017", "in 2017", "في 2017", "منذ 2011". */
static int p_year(struct dctx *x, size_t i, size_t lim, size_t *end)
{
	const struct rasd_doc *d = x->d;
	const char *const *incl = year_incl, *const *prep = year_prep;
	size_t k, e;
	int y;

	for (k = 0; k < sizeof(year_incl) / sizeof(year_incl[0]); k++)
		if (word_is(d, i, lim, incl[k], 1) && year_at(d, i + 1, lim, &y, &e)) {
			*end = e;
			return emit_year(x, i, e, y, 0, 0) ? -1 : 1;
		}
	for (k = 0; k < sizeof(year_prep) / sizeof(year_prep[0]); k++)
		if (word_is(d, i, lim, prep[k], 1) && year_at(d, i + 1, lim, &y, &e) &&
		    !(e < lim && (punct_is(d, e, lim, "-") || punct_is(d, e, lim, "/")))) {
			*end = e;
			return emit_year(x, i + 1, e, y, 0, 0) ? -1 : 1;
		}
	return 0;
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

		return emit_rel_days(x, ts, te, prec, 0, 0, 0, 0);
	}
	if (unit == 1)
		return emit_rel_days(x, ts, te, RASD_PREC_DAY, 1, base + sign * n, base + sign * n, 0);
	if (unit == 7) {
		int64_t c = base + sign * 7 * n;

		return emit_rel_days(x, ts, te, RASD_PREC_WEEK, 1, c - 3, c + 3, 0);
	}
	if (unit == 30) {
		struct rasd_ymd b = ymd_of(base), a, z;
		int k = b.y * 12 + (b.m - 1) + sign * (int)n;

		month_period(k / 12, k % 12 + 1, 0, &a, &z);
		return emit(x, ts, te, RASD_PREC_MONTH, a, z, 1, 0);
	}
	{
		struct rasd_ymd a, z;

		year_period(ymd_of(base).y + sign * (int)n, 0, &a, &z);
		return emit(x, ts, te, RASD_PREC_YEAR, a, z, 1, 0);
	}
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
		*n = dual ? 2 : 1;
		if (word_is(d, i + 1, lim, "واحد", 0) || word_is(d, i + 1, lim, "واحده", 0))
			return i + 2;
		return i + 1;
	}
	return 0;
}

/* Times of day before "اليوم", "أمس": "صباح اليوم", "مساء أمس", "يوم أمس". */
static const char *const times_of_day[] = {"صباح", "مساء", "ليله", "فجر", "ظهر", "عصر", "يوم"};

/* Relative expressions (see the file comment). */
static int p_relative(struct dctx *x, size_t i, size_t lim, size_t *end)
{
	const struct rasd_doc *d = x->d;
	const struct dword *p;
	const char *const *tod = times_of_day;
	size_t j = i, k, e;
	int64_t n;
	int unit, mod;

	/* أول أمس، أمس الأول، the day before yesterday */
	if ((word_is(d, i, lim, "اول", 1) && word_is(d, i + 1, lim, "امس", 0)) ||
	    (word_is(d, i, lim, "امس", 1) && word_is(d, i + 1, lim, "الاول", 0))) {
		*end = i + 2;
		return emit_rel_days(x, i, i + 2, RASD_PREC_DAY, x->have_pub, x->pub - 2, x->pub - 2, 0) ? -1 : 1;
	}
	if (word_is(d, i, lim, "the", 0) && word_is(d, i + 1, lim, "day", 0)) {
		if (word_is(d, i + 2, lim, "before", 0) && word_is(d, i + 3, lim, "yesterday", 0)) {
			*end = i + 4;
			return emit_rel_days(x, i, i + 4, RASD_PREC_DAY, x->have_pub, x->pub - 2, x->pub - 2, 0) ? -1 : 1;
		}
		if (word_is(d, i + 2, lim, "before", 0)) {
			int64_t b = x->have_anchor ? x->anchor : x->pub;

			*end = i + 3;
			return emit_rel_days(x, i, i + 3, RASD_PREC_DAY, x->have_anchor || x->have_pub, b - 1, b - 1, 0) ? -1 : 1;
		}
	}
	if (word_is(d, i, lim, "the", 0) && (word_is(d, i + 1, lim, "next", 0) ||
					      word_is(d, i + 1, lim, "following", 0) ||
					      word_is(d, i + 1, lim, "previous", 0)) &&
	    word_is(d, i + 2, lim, "day", 0)) {
		int64_t b = x->have_anchor ? x->anchor : x->pub;
		int s = word_is(d, i + 1, lim, "previous", 0) ? -1 : 1;

		*end = i + 3;
		return emit_rel_days(x, i, i + 3, RASD_PREC_DAY, x->have_anchor || x->have_pub, b + s, b + s, 0) ? -1 : 1;
	}
	if (word_is(d, i, lim, "last", 0) && word_is(d, i + 1, lim, "night", 0)) {
		*end = i + 2;
		return emit_rel_days(x, i, i + 2, RASD_PREC_DAY, x->have_pub, x->pub - 1, x->pub - 1, 0) ? -1 : 1;
	}
	if (word_is(d, i, lim, "this", 0) && (word_is(d, i + 1, lim, "morning", 0) ||
					       word_is(d, i + 1, lim, "afternoon", 0) ||
					       word_is(d, i + 1, lim, "evening", 0))) {
		*end = i + 2;
		return emit_rel_days(x, i, i + 2, RASD_PREC_DAY, x->have_pub, x->pub, x->pub, 0) ? -1 : 1;
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
		return emit_rel_days(x, i, e, RASD_PREC_DAY, have, b, b, 0) ? -1 : 1;
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
	return 0;
}

/* A count and a unit, then "ago", "earlier", "later" or "before": "two days ago", "a week earlier". */
static int p_count(struct dctx *x, size_t i, size_t lim, size_t *end)
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
static int p_by_unit(struct dctx *x, size_t i, size_t lim, size_t *end)
{
	const struct rasd_doc *d = x->d;
	size_t e, k;

	if (d->toks[i].kind == RASD_TOK_WORD && !(d->toks[i].flags & RASD_TOKF_LATIN)) {
		size_t len;
		const char *w = tnorm(d, i, &len);
		const struct dword *u;

		if (len > 4 && is2(w, AR_BA) && (u = find_dword(w + 2, len - 2)) && u->kind == DW_AGO &&
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

static size_t sent_end(const struct rasd_doc *d, size_t i)
{
	uint32_t s = d->toks[i].sent;

	if (s < d->nsents && d->sents[s].tok_end > i && d->sents[s].tok_end <= d->ntoks)
		return d->sents[s].tok_end;
	return d->ntoks;
}

/*
 * The patterns match_at() tries, as bits: which may start at a token is
 * known from its first word, so the others need not be tried.
 */
enum {
	F_NUMERIC = 1 << 0,    /* p_numeric */
	F_WEEKDAY = 1 << 1,    /* p_weekday */
	F_DAYMONTH = 1 << 2,   /* p_daymonth */
	F_PERIOD = 1 << 3,     /* p_period */
	F_MONTHFIRST = 1 << 4, /* p_monthfirst, a month name first */
	F_MODMONTH = 1 << 5,   /* p_monthfirst after "last/this/next" */
	F_YEAR = 1 << 6,       /* p_year */
	F_RELATIVE = 1 << 7,   /* p_relative */
	F_COUNT = 1 << 8,      /* p_count: "two days ago" */
	F_BYUNIT = 1 << 9,     /* p_by_unit: "بأسبوع" */
	F_ALL = 0x3FF,
};

/*
 * The words other than date words a date expression may open with, and
 * the patterns each opens: the first word of every pattern match_at()
 * tries, among them every word of year_incl, year_prep and times_of_day
 * (a new pattern adds its first word here, or the token screen keeps it
 * from being tried; test_screen.c checks).  Sorted by bytes; Arabic words
 * may carry one proclitic.
 */
struct opener {
	const char *s;
	uint16_t patterns;
};

static const struct opener openers[] = {
	{"a", F_COUNT},
	{"an", F_COUNT},
	{"beginning", F_PERIOD},
	{"by", F_YEAR},
	{"during", F_YEAR},
	{"earlier", F_RELATIVE},
	{"end", F_PERIOD},
	{"in", F_YEAR},
	{"last", F_WEEKDAY | F_MODMONTH | F_RELATIVE},
	{"middle", F_PERIOD},
	{"month", F_MONTHFIRST},
	{"next", F_WEEKDAY | F_MODMONTH | F_RELATIVE},
	{"one", F_COUNT},
	{"past", F_RELATIVE},
	{"since", F_YEAR},
	{"start", F_PERIOD},
	{"the", F_PERIOD | F_RELATIVE},
	{"this", F_WEEKDAY | F_MODMONTH | F_RELATIVE},
	{"until", F_YEAR},
	{"year", F_YEAR},
	{"السنه", F_YEAR},
	{"العام", F_YEAR},
	{"امس", F_RELATIVE},
	{"اول", F_RELATIVE},
	{"حتي", F_YEAR},
	{"خلال", F_YEAR},
	{"سنه", F_YEAR},
	{"شهر", F_MONTHFIRST},
	{"صباح", F_RELATIVE},
	{"ظهر", F_RELATIVE},
	{"عام", F_YEAR},
	{"عصر", F_RELATIVE},
	{"فجر", F_RELATIVE},
	{"في", F_YEAR},
	{"قبل", F_RELATIVE},
	{"ليله", F_RELATIVE},
	{"مساء", F_RELATIVE},
	{"منذ", F_RELATIVE | F_YEAR},
	{"هذا", F_RELATIVE},
	{"هذه", F_RELATIVE},
	{"يوم", F_WEEKDAY | F_RELATIVE},
};

/* The patterns a date word opens, by its kind (enum dw_kind). */
static unsigned dw_patterns(const struct dword *p)
{
	if (!p)
		return 0;
	switch (p->kind) {
	case DW_MONTH:
	case DW_MONTH2:
		return F_MONTHFIRST;
	case DW_WEEKDAY:
		return F_WEEKDAY;
	case DW_PERIOD:
		return F_PERIOD;
	case DW_REL:
	case DW_UNIT:
	case DW_AGO:
		return F_RELATIVE;
	default:
		return 0;
	}
}

/* The patterns word w[0..len) opens as an opener (not a date word). */
static unsigned word_patterns(const char *w, size_t len)
{
	const struct opener *o = rasdp_word_find(w, len, openers, sizeof(openers) / sizeof(openers[0]),
						 sizeof(openers[0]));

	return o ? o->patterns : 0;
}

/*
 * The patterns that may start at token i, from its first word: digits
 * open the numeric and day-first dates and counts ("3 days ago"); a
 * number a count; a date word the patterns of its kind; an opener its
 * own, also after one proclitic ("ومنذ").  Every pattern's first word is
 * checked the same way there, so a pattern left out could not start.
 */
static unsigned patterns_at(const struct rasd_doc *d, size_t i, int number_here)
{
	const struct rasd_token *t = &d->toks[i];
	unsigned f = number_here ? F_COUNT : 0;
	size_t len;
	const char *w = tnorm(d, i, &len);

	if (t->kind == RASD_TOK_NUM)
		return f | F_NUMERIC | F_DAYMONTH | F_COUNT;
	if (t->kind != RASD_TOK_WORD || !len)
		return f;
	if ((w[0] >= '0' && w[0] <= '9') || (len > 2 && w[2] >= '0' && w[2] <= '9'))
		f |= F_NUMERIC | F_DAYMONTH | F_COUNT;
	f |= dw_patterns(dw_at(d, i, d->ntoks, 0)) | dw_patterns(dw_at(d, i, d->ntoks, 1));
	/* بأسبوع، بيومين: ب and a counted unit */
	if (len > 4 && is2(w, AR_BA) && dw_patterns(find_dword(w + 2, len - 2)))
		f |= F_BYUNIT;
	f |= word_patterns(w, len);
	if (len > 2 && is_clitic(w))
		f |= word_patterns(w + 2, len - 2);
	return f;
}

/*
 * The words that complete a date without being date words: "last night",
 * "this morning" (p_relative()).
 */
static const char *const date_parts[] = {"night", "morning", "afternoon", "evening"};

/*
 * How far after an opener a date's first core can be: every pattern holds
 * digits, a number, a date word or one of date_parts, and the latest it
 * comes is the unit of "the end of last month" (p_period(): "the", a
 * period, "of", a modifier, the unit).  A pattern that reaches further
 * raises this.
 */
#define DATE_REACH 4

size_t rasdp_date_starters(void (*add)(void *ctx, const char *word, enum rasdp_start how),
			   void *ctx)
{
	size_t i;

	for (i = 0; i < sizeof(date_words) / sizeof(date_words[0]); i++)
		add(ctx, date_words[i].s, RASDP_START_CORE);
	for (i = 0; i < sizeof(openers) / sizeof(openers[0]); i++)
		add(ctx, openers[i].s, RASDP_START_OPENER);
	for (i = 0; i < sizeof(date_parts) / sizeof(date_parts[0]); i++)
		add(ctx, date_parts[i], RASDP_START_PART);
	return DATE_REACH;
}

/* Try the patterns `f` (F_*) at token i, in order; the first that matches wins. */
static int match_at(struct dctx *x, size_t i, size_t lim, unsigned f, size_t *end)
{
	const struct rasd_doc *d = x->d;
	int rc = 0, mod;

	if (f & F_NUMERIC)
		rc = p_numeric(x, i, lim, end);
	if (!rc && (f & F_WEEKDAY))
		rc = p_weekday(x, i, lim, end);
	if (!rc && (f & F_DAYMONTH))
		rc = p_daymonth(x, i, i, lim, 0, end);
	if (!rc && (f & F_PERIOD))
		rc = p_period(x, i, lim, end);
	if (!rc && (f & F_MONTHFIRST))
		rc = p_monthfirst(x, i, i, lim, 0, 0, MOD_NONE, end);
	if (!rc && (f & F_MODMONTH) &&
	    (word_is(d, i, lim, "last", 0) || word_is(d, i, lim, "this", 0) ||
	     word_is(d, i, lim, "next", 0))) {
		mod = word_is(d, i, lim, "last", 0) ? MOD_PAST :
		      word_is(d, i, lim, "next", 0) ? MOD_NEXT : MOD_CUR;
		rc = p_monthfirst(x, i, i + 1, lim, 0, 0, mod, end);
	}
	if (!rc && (f & F_YEAR))
		rc = p_year(x, i, lim, end);
	if (!rc && (f & F_RELATIVE))
		rc = p_relative(x, i, lim, end);
	if (!rc && (f & F_COUNT))
		rc = p_count(x, i, lim, end);
	if (!rc && (f & F_BYUNIT))
		rc = p_by_unit(x, i, lim, end);
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

int rasdp_find_dates(struct rasd_doc *d)
{
	struct dctx x;
	size_t i, k;

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
	i = 0;
	k = 0;
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
		rc = match_at(&x, i, sent_end(d, i), d->screen ? patterns_at(d, i, here) : F_ALL, &end);
		if (rc < 0)
			return RASD_ENOMEM;
		i = rc > 0 && end > i ? end : i + 1;
	}
	mark_in_date(d);
	return 0;
}
