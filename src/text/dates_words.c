/*
 * dates_words.c - the words of dates: the date words (month names of every
 * calendar, weekdays, parts of a month, modifiers, relative days, units,
 * seasons, decades) with their hashed lookup and per-token cache, and the openers, the
 * other words a date expression may start with.  From both, the patterns
 * a token may open (the screen of rasdp_find_dates()) and the starters
 * the token screen is built from (rasdp_date_starters()).
 *
 * The tables are read-only; the hash index is built once.
 */
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "text/dates_int.h"

#include "base/banned.h"

const struct dword rasdp_date_words[] = {
	{"apr", DW_MONTH, 4, 0},
	{"april", DW_MONTH, 4, 0},
	{"aug", DW_MONTH, 8, 0},
	{"august", DW_MONTH, 8, 0},
	{"autumn", DW_SEASON, 3, 0},
	{"day", DW_AGO, 1, 0},
	{"days", DW_AGO, 1, 0},
	{"dec", DW_MONTH, 12, 0},
	{"decade", DW_AGO, 3650, 0},
	{"decades", DW_AGO, 3650, 0},
	{"december", DW_MONTH, 12, 0},
	{"early", DW_PERIOD, 1, 0},
	{"fall", DW_SEASON, 3, 1},
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
	{"spring", DW_SEASON, 1, 1},
	{"summer", DW_SEASON, 2, 0},
	{"sunday", DW_WEEKDAY, 7, 0},
	{"thursday", DW_WEEKDAY, 4, 0},
	{"today", DW_REL, 0, 0},
	{"tomorrow", DW_REL, 1, 0},
	{"tonight", DW_REL, 0, 0},
	{"tuesday", DW_WEEKDAY, 2, 0},
	{"wednesday", DW_WEEKDAY, 3, 0},
	{"week", DW_UNIT, 7, 0},
	{"weeks", DW_AGO, 7, 0},
	{"winter", DW_SEASON, 4, 0},
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
	{"التسعينات", DW_DECADE, 90, 0},
	{"التسعينيات", DW_DECADE, 90, 0},
	{"الثلاثاء", DW_WEEKDAY, 2, 0},
	{"الثمانينات", DW_DECADE, 80, 0},
	{"الثمانينيات", DW_DECADE, 80, 0},
	{"الجاري", DW_MOD, 0, 0},
	{"الجاريه", DW_MOD, 0, 0},
	{"الجمعه", DW_WEEKDAY, 5, 0},
	{"الحالي", DW_MOD, 0, 0},
	{"الحاليه", DW_MOD, 0, 0},
	{"الخريف", DW_SEASON, 3, 0},
	{"الخمسينات", DW_DECADE, 50, 0},
	{"الخمسينيات", DW_DECADE, 50, 0},
	{"الخميس", DW_WEEKDAY, 4, 0},
	{"الربيع", DW_SEASON, 1, 0},
	{"السابق", DW_MOD, -1, 0},
	{"السبت", DW_WEEKDAY, 6, 0},
	{"السبعينات", DW_DECADE, 70, 0},
	{"السبعينيات", DW_DECADE, 70, 0},
	{"الستينات", DW_DECADE, 60, 0},
	{"الستينيات", DW_DECADE, 60, 0},
	{"السنه", DW_UNIT, 365, 0},
	{"الشتاء", DW_SEASON, 4, 0},
	{"الشهر", DW_UNIT, 30, 0},
	{"الصيف", DW_SEASON, 2, 0},
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
	{"تسعينات", DW_DECADE, 90, 0},
	{"تسعينيات", DW_DECADE, 90, 0},
	{"تشرين", DW_MONTH2, 10, 0},
	{"تموز", DW_MONTH, 7, 0},
	{"ثمانينات", DW_DECADE, 80, 0},
	{"ثمانينيات", DW_DECADE, 80, 0},
	{"جانفي", DW_MONTH, 1, 0},
	{"جوان", DW_MONTH, 6, 0},
	{"جويليه", DW_MONTH, 7, 0},
	{"حزيران", DW_MONTH, 6, 0},
	{"خريف", DW_SEASON, 3, 0},
	{"خمسينات", DW_DECADE, 50, 0},
	{"خمسينيات", DW_DECADE, 50, 0},
	{"ديسمبر", DW_MONTH, 12, 0},
	{"ربيع", DW_SEASON, 1, 0},
	{"سبتمبر", DW_MONTH, 9, 0},
	{"سبعينات", DW_DECADE, 70, 0},
	{"سبعينيات", DW_DECADE, 70, 0},
	{"ستينات", DW_DECADE, 60, 0},
	{"ستينيات", DW_DECADE, 60, 0},
	{"سنتان", DW_AGO, 365, 2},
	{"سنتين", DW_AGO, 365, 2},
	{"سنه", DW_AGO, 365, 0},
	{"سنوات", DW_AGO, 365, 0},
	{"سنين", DW_AGO, 365, 0},
	{"شباط", DW_MONTH, 2, 0},
	{"شتاء", DW_SEASON, 4, 0},
	{"شهر", DW_AGO, 30, 0},
	{"شهران", DW_AGO, 30, 2},
	{"شهرين", DW_AGO, 30, 2},
	{"شهور", DW_AGO, 30, 0},
	{"صيف", DW_SEASON, 2, 0},
	{"عام", DW_AGO, 365, 0},
	{"عامان", DW_AGO, 365, 2},
	{"عامين", DW_AGO, 365, 2},
	{"عقدان", DW_AGO, 3650, 2},
	{"عقدين", DW_AGO, 3650, 2},
	{"عقود", DW_AGO, 3650, 0},
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

/*
 * The date words by hash: a pattern asks for the date word of a token
 * (with and without its clitics) more than for anything else.  Built once,
 * read-only afterwards.
 */
#define DW_SLOTS 512
static uint8_t dw_slots[DW_SLOTS];    /* 1 + index into rasdp_date_words; 0: empty */
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

	_Static_assert(sizeof(rasdp_date_words) / sizeof(rasdp_date_words[0]) < 255 &&
		       sizeof(rasdp_date_words) / sizeof(rasdp_date_words[0]) * 2 < DW_SLOTS,
		       "date word indexes fit a byte and the table stays half empty");
	for (k = 0; k < sizeof(rasdp_date_words) / sizeof(rasdp_date_words[0]); k++) {
		size_t i = dw_slot(rasdp_date_words[k].s, strlen(rasdp_date_words[k].s));

		while (dw_slots[i])
			i = (i + 1) & (DW_SLOTS - 1);
		dw_slots[i] = (uint8_t)(k + 1);
	}
}

const struct dword *rasdp_date_find_word(const char *w, size_t len)
{
	size_t i;

	pthread_once(&dw_once, dw_index);
	for (i = dw_slot(w, len); dw_slots[i]; i = (i + 1) & (DW_SLOTS - 1))
		if (eq(w, len, rasdp_date_words[dw_slots[i] - 1].s))
			return &rasdp_date_words[dw_slots[i] - 1];
	return NULL;
}

int rasdp_month_at(const struct rasd_doc *d, size_t i)
{
	const struct dword *p = i < d->ntoks ? rasdp_date_word_lookup(d, i, 0) : NULL;

	return p && (p->kind == DW_MONTH || p->kind == DW_MONTH2);
}

/*
 * The date word at token i, as is or (with `clitic`) after و/ف then ب/ل.
 * An ambiguous month word ("اب") never takes a clitic: "باب" is a door.
 */
const struct dword *rasdp_date_word_lookup(const struct rasd_doc *d, size_t i, int clitic)
{
	const struct dword *p;
	size_t len;
	const char *w;

	w = tnorm(d, i, &len);
	p = rasdp_date_find_word(w, len);
	if (p || !clitic)
		return p;
	if (len >= 6 && (is2(w, AR_WAW) || is2(w, AR_FA))) {
		p = rasdp_date_find_word(w + 2, len - 2);
		if (p && !(p->kind == DW_MONTH && p->flag))
			return p;
		w += 2;
		len -= 2;
	}
	if (len >= 6 && (is2(w, AR_BA) || is2(w, AR_LAM))) {
		p = rasdp_date_find_word(w + 2, len - 2);
		if (p && !(p->kind == DW_MONTH && p->flag))
			return p;
	}
	return NULL;
}

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
	{"dawn", F_RELATIVE},
	{"during", F_YEAR},
	{"earlier", F_RELATIVE},
	{"end", F_PERIOD},
	{"in", F_YEAR},
	{"last", F_WEEKDAY | F_MODMONTH | F_RELATIVE | F_SEASON},
	{"middle", F_PERIOD},
	{"month", F_MONTHFIRST},
	{"next", F_WEEKDAY | F_MODMONTH | F_RELATIVE | F_SEASON},
	{"one", F_COUNT},
	{"overnight", F_RELATIVE},
	{"past", F_RELATIVE | F_SEASON},
	{"since", F_YEAR},
	{"start", F_PERIOD},
	{"the", F_PERIOD | F_RELATIVE | F_YEAR},
	{"this", F_WEEKDAY | F_MODMONTH | F_RELATIVE | F_SEASON},
	{"until", F_YEAR},
	{"year", F_YEAR},
	{"السنه", F_YEAR},
	{"العام", F_YEAR},
	{"الليله", F_RELATIVE},
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
	{"فجرا", F_RELATIVE},
	{"في", F_YEAR},
	{"قبل", F_RELATIVE},
	{"ليله", F_WEEKDAY | F_RELATIVE},
	{"مساء", F_RELATIVE},
	{"منذ", F_RELATIVE | F_YEAR},
	{"هذا", F_RELATIVE | F_SEASON},
	{"هذه", F_RELATIVE | F_SEASON},
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
	case DW_SEASON:
		return F_SEASON;
	case DW_DECADE:
		return F_DECADE;
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
unsigned rasdp_date_patterns_at(const struct rasd_doc *d, size_t i, int number_here)
{
	const struct rasd_token *t = &d->toks[i];
	unsigned f = number_here ? F_COUNT : 0;
	size_t len;
	const char *w = tnorm(d, i, &len);

	if (t->kind == RASD_TOK_NUM)
		return f | F_NUMERIC | F_DAYMONTH | F_COUNT | F_DECADE;
	if (t->kind != RASD_TOK_WORD || !len)
		return f;
	if ((w[0] >= '0' && w[0] <= '9') || (len > 2 && w[2] >= '0' && w[2] <= '9'))
		f |= F_NUMERIC | F_DAYMONTH | F_COUNT | F_DECADE;
	f |= dw_patterns(dw_at(d, i, d->ntoks, 0)) | dw_patterns(dw_at(d, i, d->ntoks, 1));
	/* بأسبوع، بيومين: ب and a counted unit */
	if (len > 4 && is2(w, AR_BA) && dw_patterns(rasdp_date_find_word(w + 2, len - 2)))
		f |= F_BYUNIT;
	f |= word_patterns(w, len);
	if (len > 2 && is_clitic(w))
		f |= word_patterns(w + 2, len - 2);
	return f;
}

/*
 * The words that complete a date without being date words: "last night",
 * "this morning", and the times of day that date on their own, "at dawn",
 * "overnight", "فجراً" (rasdp_date_relative()).
 */
static const char *const date_parts[] = {"night", "morning", "afternoon", "evening", "dawn", "overnight",
					 "فجرا"};

/*
 * How far after an opener a date's first core can be: every pattern holds
 * digits, a number, a date word or one of date_parts, and the latest it
 * comes is the unit of "the end of last month" (rasdp_date_period(): "the", a
 * period, "of", a modifier, the unit).  A pattern that reaches further
 * raises this.
 */
#define DATE_REACH 4

size_t rasdp_date_starters(void (*add)(void *ctx, const char *word, enum rasdp_start how),
			   void *ctx)
{
	size_t i;

	for (i = 0; i < sizeof(rasdp_date_words) / sizeof(rasdp_date_words[0]); i++)
		add(ctx, rasdp_date_words[i].s, RASDP_START_CORE);
	for (i = 0; i < sizeof(openers) / sizeof(openers[0]); i++)
		add(ctx, openers[i].s, RASDP_START_OPENER);
	for (i = 0; i < sizeof(date_parts) / sizeof(date_parts[0]); i++)
		add(ctx, date_parts[i], RASDP_START_PART);
	return DATE_REACH;
}
