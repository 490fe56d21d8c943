/*
 * numbers.c - number expressions over the token stream.
 *
 * rasdp_find_numbers() walks d->toks once, left to right, and at each token
 * tries to read one number expression: an optional qualifier ("نحو",
 * "ما لا يقل عن", "at least", "up to"), a core (digits with separators,
 * Arabic or English number words in any gender/case form, a dual noun of
 * things or time such as "قذيفتين" counting two (the duals of persons are
 * data, groups.tsv `two`, read by the figures stage), a vague quantity such as "عشرات"/"dozens"
 * valued by ACLED convention, or an ordinal), then an optional range end
 * ("10-15", "10 إلى 15", "بين 10 و15"), a percent sign and a trailing
 * qualifier ("14 قتيلا على الأقل").  Each expression becomes one struct
 * rasd_number whose token and byte spans cover all of it.
 *
 * Words are matched on normalised bytes (d->norm: alef forms -> ا, ة -> ه,
 * ى -> ي, ئ -> ي, Latin lower-case), so the tables below hold normalised
 * spellings ("مئة" is "ميه") and are sorted by bytes for binary search.  A
 * word may carry one proclitic (و ف then ب ل): "وعشرين", "بنحو".
 * Every scan looks a bounded number of tokens ahead and stays in the
 * sentence, so the pass is linear in the number of tokens.
 */
#include <stdint.h>
#include <pthread.h>
#include <string.h>

#include "doc.h"
#include "rasd.h"
#include "text/text.h"

#include "base/banned.h"

enum nw_kind {
	NW_UNIT = 1,  /* 1-9, may stand alone */
	NW_UNITC,     /* 1-2 only before عشر (أحد عشر، اثنا عشر) */
	NW_TEN,       /* عشر/عشرة: 10, or +10 after a unit */
	NW_TEEN,      /* English ten..nineteen */
	NW_TENS,      /* 20..90 */
	NW_HUND,      /* hundred: multiplies what precedes, or 100 */
	NW_FIXH,      /* a fixed number of hundreds (مئتان، ثلاثمئة) */
	NW_THOU,      /* thousand: multiplier */
	NW_FIXT,      /* a fixed number of thousands or millions (ألفان) */
	NW_MILL,      /* million, billion: multiplier */
	NW_VAGUE,     /* عشرات، dozens, hundreds: vague quantity */
	NW_DOZEN,     /* "dozen": 12 after "a" or a unit */
	NW_ORD,       /* ordinal word */
	NW_ORDC,      /* الحادي: ordinal only before عشر */
	NW_DUAL,      /* dual noun counting two */
};

struct numword {
	const char *s;       /* normalised spelling */
	int64_t value;
	uint8_t kind;        /* enum nw_kind */
	uint8_t vague;       /* standing alone it is a vague quantity */
};

static const struct numword num_words[] = {
	{"billion", 1000000000, NW_MILL, 0},
	{"dozen", 12, NW_DOZEN, 0},
	{"dozens", 12, NW_VAGUE, 0},
	{"eight", 8, NW_UNIT, 0},
	{"eighteen", 18, NW_TEEN, 0},
	{"eighteenth", 18, NW_ORD, 0},
	{"eighth", 8, NW_ORD, 0},
	{"eighty", 80, NW_TENS, 0},
	{"eleven", 11, NW_TEEN, 0},
	{"eleventh", 11, NW_ORD, 0},
	{"fifteen", 15, NW_TEEN, 0},
	{"fifteenth", 15, NW_ORD, 0},
	{"fifth", 5, NW_ORD, 0},
	{"fifty", 50, NW_TENS, 0},
	{"first", 1, NW_ORD, 0},
	{"five", 5, NW_UNIT, 0},
	{"forty", 40, NW_TENS, 0},
	{"four", 4, NW_UNIT, 0},
	{"fourteen", 14, NW_TEEN, 0},
	{"fourteenth", 14, NW_ORD, 0},
	{"fourth", 4, NW_ORD, 0},
	{"hundred", 100, NW_HUND, 0},
	{"hundreds", 100, NW_VAGUE, 0},
	{"million", 1000000, NW_MILL, 0},
	{"nine", 9, NW_UNIT, 0},
	{"nineteen", 19, NW_TEEN, 0},
	{"nineteenth", 19, NW_ORD, 0},
	{"ninety", 90, NW_TENS, 0},
	{"ninth", 9, NW_ORD, 0},
	{"one", 1, NW_UNIT, 0},
	{"second", 2, NW_ORD, 0},
	{"seven", 7, NW_UNIT, 0},
	{"seventeen", 17, NW_TEEN, 0},
	{"seventeenth", 17, NW_ORD, 0},
	{"seventh", 7, NW_ORD, 0},
	{"seventy", 70, NW_TENS, 0},
	{"six", 6, NW_UNIT, 0},
	{"sixteen", 16, NW_TEEN, 0},
	{"sixteenth", 16, NW_ORD, 0},
	{"sixth", 6, NW_ORD, 0},
	{"sixty", 60, NW_TENS, 0},
	{"ten", 10, NW_TEEN, 0},
	{"tens", 10, NW_VAGUE, 0},
	{"tenth", 10, NW_ORD, 0},
	{"third", 3, NW_ORD, 0},
	{"thirteen", 13, NW_TEEN, 0},
	{"thirteenth", 13, NW_ORD, 0},
	{"thirtieth", 30, NW_ORD, 0},
	{"thirty", 30, NW_TENS, 0},
	{"thousand", 1000, NW_THOU, 0},
	{"thousands", 1000, NW_VAGUE, 0},
	{"three", 3, NW_UNIT, 0},
	{"twelfth", 12, NW_ORD, 0},
	{"twelve", 12, NW_TEEN, 0},
	{"twentieth", 20, NW_ORD, 0},
	{"twenty", 20, NW_TENS, 0},
	{"two", 2, NW_UNIT, 0},
	{"اثنا", 2, NW_UNITC, 0},
	{"اثنان", 2, NW_UNIT, 0},
	{"اثنتا", 2, NW_UNITC, 0},
	{"اثنتان", 2, NW_UNIT, 0},
	{"اثنتي", 2, NW_UNITC, 0},
	{"اثنتين", 2, NW_UNIT, 0},
	{"اثني", 2, NW_UNITC, 0},
	{"اثنين", 2, NW_UNIT, 0},
	{"احد", 1, NW_UNITC, 0},
	{"احدي", 1, NW_UNITC, 0},
	{"اربع", 4, NW_UNIT, 0},
	{"اربعمايه", 400, NW_FIXH, 0},
	{"اربعميه", 400, NW_FIXH, 0},
	{"اربعه", 4, NW_UNIT, 0},
	{"اربعون", 40, NW_TENS, 0},
	{"اربعين", 40, NW_TENS, 0},
	{"اسبوعان", 2, NW_DUAL, 0},
	{"اسبوعين", 2, NW_DUAL, 0},
	{"الاسبوعان", 2, NW_DUAL, 0},
	{"الاسبوعين", 2, NW_DUAL, 0},
	{"الاف", 1000, NW_THOU, 1},
	{"الالاف", 1000, NW_VAGUE, 0},
	{"الاول", 1, NW_ORD, 0},
	{"الاولي", 1, NW_ORD, 0},
	{"التاسع", 9, NW_ORD, 0},
	{"التاسعه", 9, NW_ORD, 0},
	{"الثالث", 3, NW_ORD, 0},
	{"الثالثه", 3, NW_ORD, 0},
	{"الثامن", 8, NW_ORD, 0},
	{"الثامنه", 8, NW_ORD, 0},
	{"الثاني", 2, NW_ORD, 0},
	{"الثانيه", 2, NW_ORD, 0},
	{"الحادي", 1, NW_ORDC, 0},
	{"الخامس", 5, NW_ORD, 0},
	{"الخامسه", 5, NW_ORD, 0},
	{"الرابع", 4, NW_ORD, 0},
	{"الرابعه", 4, NW_ORD, 0},
	{"السابع", 7, NW_ORD, 0},
	{"السابعه", 7, NW_ORD, 0},
	{"السادس", 6, NW_ORD, 0},
	{"السادسه", 6, NW_ORD, 0},
	{"السنتان", 2, NW_DUAL, 0},
	{"السنتين", 2, NW_DUAL, 0},
	{"السيارتان", 2, NW_DUAL, 0},
	{"السيارتين", 2, NW_DUAL, 0},
	{"الشهران", 2, NW_DUAL, 0},
	{"الشهرين", 2, NW_DUAL, 0},
	{"الصاروخان", 2, NW_DUAL, 0},
	{"الصاروخين", 2, NW_DUAL, 0},
	{"الضربتان", 2, NW_DUAL, 0},
	{"الضربتين", 2, NW_DUAL, 0},
	{"الطايرتان", 2, NW_DUAL, 0},
	{"الطايرتين", 2, NW_DUAL, 0},
	{"العاشر", 10, NW_ORD, 0},
	{"العاشره", 10, NW_ORD, 0},
	{"العامان", 2, NW_DUAL, 0},
	{"العامين", 2, NW_DUAL, 0},
	{"العبوتا", 2, NW_DUAL, 0},
	{"العبوتان", 2, NW_DUAL, 0},
	{"العبوتي", 2, NW_DUAL, 0},
	{"العبوتين", 2, NW_DUAL, 0},
	{"العشرات", 12, NW_VAGUE, 0},
	{"الغارتا", 2, NW_DUAL, 0},
	{"الغارتان", 2, NW_DUAL, 0},
	{"الغارتي", 2, NW_DUAL, 0},
	{"الغارتين", 2, NW_DUAL, 0},
	{"الف", 1000, NW_THOU, 0},
	{"الفا", 1000, NW_THOU, 0},
	{"الفان", 2000, NW_FIXT, 0},
	{"الفي", 2000, NW_FIXT, 0},
	{"الفين", 2000, NW_FIXT, 0},
	{"القذيفتا", 2, NW_DUAL, 0},
	{"القذيفتان", 2, NW_DUAL, 0},
	{"القذيفتي", 2, NW_DUAL, 0},
	{"القذيفتين", 2, NW_DUAL, 0},
	{"المسيرتان", 2, NW_DUAL, 0},
	{"المسيرتين", 2, NW_DUAL, 0},
	{"الميات", 100, NW_VAGUE, 0},
	{"الهجومان", 2, NW_DUAL, 0},
	{"الهجومين", 2, NW_DUAL, 0},
	{"اليومان", 2, NW_DUAL, 0},
	{"اليومين", 2, NW_DUAL, 0},
	{"انفجاران", 2, NW_DUAL, 0},
	{"انفجارين", 2, NW_DUAL, 0},
	{"تسع", 9, NW_UNIT, 0},
	{"تسعمايه", 900, NW_FIXH, 0},
	{"تسعميه", 900, NW_FIXH, 0},
	{"تسعه", 9, NW_UNIT, 0},
	{"تسعون", 90, NW_TENS, 0},
	{"تسعين", 90, NW_TENS, 0},
	{"ثلاث", 3, NW_UNIT, 0},
	{"ثلاثمايه", 300, NW_FIXH, 0},
	{"ثلاثميه", 300, NW_FIXH, 0},
	{"ثلاثه", 3, NW_UNIT, 0},
	{"ثلاثون", 30, NW_TENS, 0},
	{"ثلاثين", 30, NW_TENS, 0},
	{"ثمان", 8, NW_UNIT, 0},
	{"ثمانمايه", 800, NW_FIXH, 0},
	{"ثمانميه", 800, NW_FIXH, 0},
	{"ثمانون", 80, NW_TENS, 0},
	{"ثماني", 8, NW_UNIT, 0},
	{"ثمانيمايه", 800, NW_FIXH, 0},
	{"ثمانيميه", 800, NW_FIXH, 0},
	{"ثمانين", 80, NW_TENS, 0},
	{"ثمانيه", 8, NW_UNIT, 0},
	{"خمس", 5, NW_UNIT, 0},
	{"خمسمايه", 500, NW_FIXH, 0},
	{"خمسميه", 500, NW_FIXH, 0},
	{"خمسه", 5, NW_UNIT, 0},
	{"خمسون", 50, NW_TENS, 0},
	{"خمسين", 50, NW_TENS, 0},
	{"سبع", 7, NW_UNIT, 0},
	{"سبعمايه", 700, NW_FIXH, 0},
	{"سبعميه", 700, NW_FIXH, 0},
	{"سبعه", 7, NW_UNIT, 0},
	{"سبعون", 70, NW_TENS, 0},
	{"سبعين", 70, NW_TENS, 0},
	{"ست", 6, NW_UNIT, 0},
	{"ستمايه", 600, NW_FIXH, 0},
	{"ستميه", 600, NW_FIXH, 0},
	{"سته", 6, NW_UNIT, 0},
	{"ستون", 60, NW_TENS, 0},
	{"ستين", 60, NW_TENS, 0},
	{"سنتان", 2, NW_DUAL, 0},
	{"سنتين", 2, NW_DUAL, 0},
	{"سيارتان", 2, NW_DUAL, 0},
	{"سيارتين", 2, NW_DUAL, 0},
	{"شهران", 2, NW_DUAL, 0},
	{"شهرين", 2, NW_DUAL, 0},
	{"صاروخان", 2, NW_DUAL, 0},
	{"صاروخين", 2, NW_DUAL, 0},
	{"ضربتان", 2, NW_DUAL, 0},
	{"ضربتين", 2, NW_DUAL, 0},
	{"طايرتان", 2, NW_DUAL, 0},
	{"طايرتين", 2, NW_DUAL, 0},
	{"عامان", 2, NW_DUAL, 0},
	{"عامين", 2, NW_DUAL, 0},
	{"عبوتا", 2, NW_DUAL, 0},
	{"عبوتان", 2, NW_DUAL, 0},
	{"عبوتي", 2, NW_DUAL, 0},
	{"عبوتين", 2, NW_DUAL, 0},
	{"عشر", 10, NW_TEN, 0},
	{"عشرات", 12, NW_VAGUE, 0},
	{"عشره", 10, NW_TEN, 0},
	{"عشرون", 20, NW_TENS, 0},
	{"عشرين", 20, NW_TENS, 0},
	{"غارتا", 2, NW_DUAL, 0},
	{"غارتان", 2, NW_DUAL, 0},
	{"غارتي", 2, NW_DUAL, 0},
	{"غارتين", 2, NW_DUAL, 0},
	{"قذيفتا", 2, NW_DUAL, 0},
	{"قذيفتان", 2, NW_DUAL, 0},
	{"قذيفتي", 2, NW_DUAL, 0},
	{"قذيفتين", 2, NW_DUAL, 0},
	{"مايتا", 200, NW_FIXH, 0},
	{"مايتان", 200, NW_FIXH, 0},
	{"مايتي", 200, NW_FIXH, 0},
	{"مايتين", 200, NW_FIXH, 0},
	{"مايه", 100, NW_HUND, 0},
	{"مسيرتان", 2, NW_DUAL, 0},
	{"مسيرتين", 2, NW_DUAL, 0},
	{"ملايين", 1000000, NW_MILL, 1},
	{"مليار", 1000000000, NW_MILL, 0},
	{"مليون", 1000000, NW_MILL, 0},
	{"مليونا", 1000000, NW_MILL, 0},
	{"مليونان", 2000000, NW_FIXT, 0},
	{"مليونين", 2000000, NW_FIXT, 0},
	{"ميات", 100, NW_HUND, 1},
	{"ميتا", 200, NW_FIXH, 0},
	{"ميتان", 200, NW_FIXH, 0},
	{"ميتي", 200, NW_FIXH, 0},
	{"ميتين", 200, NW_FIXH, 0},
	{"ميه", 100, NW_HUND, 0},
	{"هجومان", 2, NW_DUAL, 0},
	{"هجومين", 2, NW_DUAL, 0},
	{"واحد", 1, NW_UNIT, 0},
	{"واحده", 1, NW_UNIT, 0},
	{"يومان", 2, NW_DUAL, 0},
	{"يومين", 2, NW_DUAL, 0},
};

/* Magnitude classes: a compound takes each class at most once. */
enum { C_NONE = 0, C_UNIT, C_TEN, C_TENS, C_HUND, C_THOU, C_MILL };

#define AR_WAW "\xd9\x88"
#define AR_FA "\xd9\x81"
#define AR_BA "\xd8\xa8"
#define AR_LAM "\xd9\x84"
#define AR_KAF "\xd9\x83"
#define AR_ALEF "\xd8\xa7"

static const char *tnorm(const struct rasd_doc *d, size_t i, size_t *len)
{
	return rasdp_tok_norm(d, &d->toks[i], len);
}

static int eq(const char *w, size_t len, const char *lit)
{
	return rasdp_word_eq(w, len, lit);
}

static int tok_is(const struct rasd_doc *d, size_t i, const char *lit)
{
	size_t len;
	const char *w = tnorm(d, i, &len);

	return eq(w, len, lit);
}

static int is2(const char *w, const char *c)
{
	return w[0] == c[0] && w[1] == c[1];
}

static const struct numword *find_word(const char *w, size_t len)
{
	return rasdp_word_find(w, len, num_words, sizeof(num_words) / sizeof(num_words[0]),
			       sizeof(num_words[0]));
}

/*
 * A cardinal with the article, "الثلاثة" (the three), "بالخمسة", "العشرة":
 * 3-10 without it.  Not 1 and 2: "الأحد" and "الاثنين" are Sunday and
 * Monday far more often than "the one", "the two".
 */
static const struct numword *definite_cardinal(const char *w, size_t len)
{
	const struct numword *nw;

	if (len >= 8 && (is2(w, AR_BA) || is2(w, AR_LAM) || is2(w, AR_KAF)) &&
	    is2(w + 2, AR_ALEF) && is2(w + 4, AR_LAM)) {
		w += 2;
		len -= 2;
	}
	if (len < 8 || !is2(w, AR_ALEF) || !is2(w + 2, AR_LAM))
		return NULL;
	nw = find_word(w + 4, len - 4);
	return nw && ((nw->kind == NW_UNIT && nw->value >= 3) || nw->kind == NW_TEN) ? nw : NULL;
}

/*
 * Look a word up as is, then without a proclitic: و or ف, then ب or ل.
 * The stem left after ب/ل keeps three letters so "لست" is not "ست".
 * *conj is set when the word began with the conjunction و.
 */
static const struct numword *lookup_clitic(const char *w, size_t len, int *conj)
{
	const struct numword *nw = find_word(w, len);

	*conj = 0;
	if (nw)
		return nw;
	if (len >= 6 && (is2(w, AR_WAW) || is2(w, AR_FA))) {
		*conj = is2(w, AR_WAW);
		nw = find_word(w + 2, len - 2);
		if (nw)
			return nw;
		w += 2;
		len -= 2;
	}
	if (len >= 8 && (is2(w, AR_BA) || is2(w, AR_LAM))) {
		nw = find_word(w + 2, len - 2);
		if (nw)
			return nw;
	}
	return definite_cardinal(w, len);
}

static int isd(char c)
{
	return c >= '0' && c <= '9';
}

/*
 * Digits with separators at `s`: "1,200" and (in Arabic text, where a dot
 * often groups thousands) "1.200" are 1200; "1.5" is 1 with fraction 500
 * thousandths.  Returns the bytes read (0: no digit).
 */
static size_t parse_digits(const char *s, size_t len, int dot_groups,
			   int64_t *val, int *milli)
{
	size_t i = 0, first;
	int64_t v = 0;

	*milli = 0;
	while (i < len && isd(s[i])) {
		if (i < 15)
			v = v * 10 + (s[i] - '0');
		i++;
	}
	if (!i)
		return 0;
	first = i;
	/* separator followed by exactly three digits: a thousands group */
	while (i + 3 < len && (s[i] == ',' || s[i] == '.') && isd(s[i + 1]) &&
	       isd(s[i + 2]) && isd(s[i + 3]) && !(i + 4 < len && isd(s[i + 4]))) {
		if (s[i] == '.' && !(dot_groups && first <= 3))
			break;
		if (v < INT64_MAX / 10000)
			v = v * 1000 + (s[i + 1] - '0') * 100 + (s[i + 2] - '0') * 10 + (s[i + 3] - '0');
		i += 4;
	}
	if (i + 1 < len && s[i] == '.' && isd(s[i + 1])) {
		int scale = 100;

		i++;
		while (i < len && isd(s[i])) {
			*milli += (s[i] - '0') * scale;
			scale /= 10;
			i++;
		}
	}
	*val = v;
	return i;
}

static int dot_groups(const struct rasd_doc *d)
{
	return d->lang != RASD_LANG_EN;
}

/*
 * Is token i a number written in digits?  Accepts a NUM token, a word that
 * is a proclitic and digits ("و15", *conj set for و) and a digit ordinal
 * ("8th", *ordinal set).
 */
static int tok_digits(const struct rasd_doc *d, size_t i, int64_t *val,
		      int *milli, int *conj, int *ordinal)
{
	const struct rasd_token *t = &d->toks[i];
	size_t len, n;
	const char *w = tnorm(d, i, &len);

	*conj = 0;
	*ordinal = 0;
	if (t->kind == RASD_TOK_NUM)
		return parse_digits(w, len, dot_groups(d), val, milli) > 0;
	if (t->kind != RASD_TOK_WORD || !len)
		return 0;
	if (len > 2 && (is2(w, AR_WAW) || is2(w, AR_BA) || is2(w, AR_LAM)) &&
	    w[2] >= '0' && w[2] <= '9') {
		*conj = is2(w, AR_WAW);
		return parse_digits(w + 2, len - 2, dot_groups(d), val, milli) == len - 2;
	}
	n = parse_digits(w, len, 0, val, milli);
	if (n && n + 2 == len && (eq(w + n, 2, "th") || eq(w + n, 2, "st") ||
				  eq(w + n, 2, "nd") || eq(w + n, 2, "rd"))) {
		*ordinal = 1;
		return 1;
	}
	return 0;
}

static int kind_class(int kind, int64_t value)
{
	switch (kind) {
	case NW_UNIT:
	case NW_UNITC:
		return C_UNIT;
	case NW_TEN:
	case NW_TEEN:
		return C_TEN;
	case NW_TENS:
		return C_TENS;
	case NW_HUND:
	case NW_FIXH:
		return C_HUND;
	case NW_THOU:
		return C_THOU;
	case NW_FIXT:
		return value >= 1000000 ? C_MILL : C_THOU;
	case NW_MILL:
		return C_MILL;
	default:
		return C_NONE;
	}
}

/* One number word, possibly joined by "و"/"and" or a hyphen. */
struct atom {
	const struct numword *w;
	int64_t value;
	uint32_t next;       /* token after the atom */
	uint8_t conj;        /* joined by و / and */
	uint8_t hyphen;      /* joined by a hyphen (twenty-five) */
};

static int teen_follows(const struct rasd_doc *d, size_t j, size_t lim);

static int word_atom(const struct rasd_doc *d, size_t i, size_t lim, struct atom *a)
{
	size_t len;
	const char *w;
	int conj;

	memset(a, 0, sizeof(*a));
	if (i >= lim || d->toks[i].kind != RASD_TOK_WORD)
		return 0;
	w = tnorm(d, i, &len);
	if ((eq(w, len, "و") || eq(w, len, "and")) && i + 1 < lim &&
	    d->toks[i + 1].kind == RASD_TOK_WORD) {
		w = tnorm(d, i + 1, &len);
		a->w = find_word(w, len);
		if (!a->w)
			return 0;
		a->conj = 1;
		a->value = a->w->value;
		a->next = (uint32_t)(i + 2);
		return 1;
	}
	a->w = lookup_clitic(w, len, &conj);
	if (!a->w) {
		/* "twenty-five" kept as one token */
		const char *dash = memchr(w, '-', len);
		const struct numword *t, *u;

		if (!dash)
			return 0;
		t = find_word(w, (size_t)(dash - w));
		u = find_word(dash + 1, len - (size_t)(dash - w) - 1);
		if (!t || !u || t->kind != NW_TENS || u->kind != NW_UNIT)
			return 0;
		a->w = t;
		a->value = t->value + u->value;
		a->next = (uint32_t)(i + 1);
		return 1;
	}
	a->conj = (uint8_t)conj;
	a->value = a->w->value;
	a->next = (uint32_t)(i + 1);
	/* "وأحد عشر" normalises to "واحد عشر": and-eleven, not one */
	if (!conj && a->w->kind == NW_UNIT && a->value == 1 && is2(w, AR_WAW) &&
	    teen_follows(d, i + 1, lim)) {
		a->w = find_word(w + 2, len - 2);
		a->conj = 1;
		if (!a->w)
			return 0;
	}
	return 1;
}

/* The atom after position j: a word, or "-" then a word. */
static int next_atom(const struct rasd_doc *d, size_t j, size_t lim, struct atom *a)
{
	if (j + 1 < lim && d->toks[j].kind == RASD_TOK_PUNCT && tok_is(d, j, "-")) {
		if (!word_atom(d, j + 1, lim, a) || a->conj)
			return 0;
		a->hyphen = 1;
		return 1;
	}
	return word_atom(d, j, lim, a);
}

struct core {
	int64_t value;
	uint32_t end;        /* token after the core */
	uint8_t words, ordinal, vague, dual, digits;
	uint8_t conj;        /* its first word carries the conjunction و */
};

static int is_mult(int kind)
{
	return kind == NW_HUND || kind == NW_THOU || kind == NW_MILL;
}

/* Does "عشر"/"عشرة" start at token j ("وأحد عشر" after a hundred)? */
static int teen_follows(const struct rasd_doc *d, size_t j, size_t lim)
{
	struct atom t;

	return word_atom(d, j, lim, &t) && !t.conj && t.w->kind == NW_TEN;
}

/*
 * Continue a compound of number words from token j; returns the end.  A
 * teen after a hundred or a thousand is read whole: "مئة وخمسة عشر" is
 * 115, the "عشر" adding ten to the unit before it.
 */
static uint32_t word_compound(const struct rasd_doc *d, size_t j, size_t lim,
			      int no_conj, int64_t *total_io, int64_t *cur_io, int last)
{
	int64_t total = *total_io, cur = *cur_io;
	struct atom a;

	while (j < lim && next_atom(d, j, lim, &a)) {
		int kind = a.w->kind, cls = kind_class(kind, a.value);

		if (a.conj && no_conj)
			break;
		if (cls == C_NONE && kind != NW_DOZEN)
			break;
		if (!a.conj && kind == NW_TEN && last == C_UNIT && cur % 100 < 10) {
			cur += 10;            /* ثلاثة عشر, مئة وخمسة عشر */
		} else if (!a.conj && kind == NW_HUND && cur >= 1 && cur < 100 && last <= C_TENS) {
			cur *= 100;           /* ثلاث مئة, two hundred */
		} else if (!a.conj && (kind == NW_THOU || kind == NW_MILL) &&
			   cur >= 1 && cur < a.value && last < cls) {
			total += cur * a.value;   /* ثلاثة آلاف, 20 thousand */
			cur = 0;
		} else if (!a.conj && kind == NW_DOZEN && cur >= 1 && cur < 10) {
			cur *= 12;            /* a dozen, two dozen */
		} else if (!a.conj && !a.hyphen && (kind == NW_UNIT || kind == NW_TEEN || kind == NW_TENS) &&
			   (d->toks[j].flags & RASD_TOKF_LATIN) && last > cls &&
			   (last >= C_HUND || (last == C_TENS && kind == NW_UNIT))) {
			cur += a.value;       /* two hundred fifty, twenty five */
		} else if (a.hyphen && kind == NW_UNIT && last == C_TENS) {
			cur += a.value;       /* twenty-five */
		} else if (a.conj && cls != last && kind != NW_DOZEN && !a.w->vague &&
			   (kind != NW_UNITC || teen_follows(d, a.next, lim))) {
			if (cls == C_THOU || cls == C_MILL)
				total += a.value;
			else
				cur += a.value;   /* خمسة وعشرون, two hundred and fifty */
		} else {
			break;
		}
		last = cls == C_NONE ? C_UNIT : cls;
		j = a.next;
	}
	*total_io = total;
	*cur_io = cur;
	return (uint32_t)j;
}

/* "عشرات الآلاف", "hundreds of thousands": a vague count of thousands. */
static void vague_mult(const struct rasd_doc *d, size_t lim, struct core *c)
{
	size_t j = c->end;
	struct atom a;

	if (j + 1 < lim && tok_is(d, j, "of"))
		j++;
	if (word_atom(d, j, lim, &a) && !a.conj && a.value > c->value &&
	    (a.w->kind == NW_THOU || a.w->kind == NW_MILL ||
	     (a.w->kind == NW_VAGUE && a.value >= 1000))) {
		c->value *= a.value;
		c->end = a.next;
	}
}

/*
 * Read the core of a number at token i: digits (with a following
 * multiplier word), number words, a vague quantity, a dual noun or an
 * ordinal.  `no_conj` stops a word compound at "و"/"and" (for "بين X و Y").
 * Returns 1 and fills *c, or 0.
 */
static int parse_core(const struct rasd_doc *d, size_t i, size_t lim, int no_conj,
		      struct core *c)
{
	int64_t v, total = 0, cur;
	int milli, conj, ord;
	struct atom a;
	size_t len;
	const char *w;

	memset(c, 0, sizeof(*c));
	if (i >= lim)
		return 0;
	if (tok_digits(d, i, &v, &milli, &conj, &ord)) {
		c->digits = 1;
		c->conj = (uint8_t)conj;
		c->value = v;
		c->end = (uint32_t)(i + 1);
		if (ord) {
			c->ordinal = 1;
			return 1;
		}
		if (i + 1 < lim && d->toks[i + 1].start == d->toks[i].end &&
		    d->toks[i + 1].kind == RASD_TOK_WORD) {
			w = tnorm(d, i + 1, &len);
			if (eq(w, len, "th") || eq(w, len, "st") || eq(w, len, "nd") || eq(w, len, "rd")) {
				c->ordinal = 1;
				c->end = (uint32_t)(i + 2);
				return 1;
			}
		}
		if (word_atom(d, i + 1, lim, &a) && !a.conj && is_mult(a.w->kind)) {
			c->value = v * a.value + (int64_t)milli * a.value / 1000;
			c->end = a.next;
		}
		return 1;
	}
	if (d->toks[i].kind != RASD_TOK_WORD)
		return 0;
	w = tnorm(d, i, &len);
	if (eq(w, len, "a") || eq(w, len, "an")) {
		if (!word_atom(d, i + 1, lim, &a) || a.conj ||
		    !(is_mult(a.w->kind) || a.w->kind == NW_DOZEN) || a.w->vague)
			return 0;
		cur = 1;
		c->end = word_compound(d, i + 1, lim, no_conj, &total, &cur, C_UNIT);
		c->value = total + cur;
		c->words = 1;
		return c->end > i + 1;
	}
	if (!word_atom(d, i, lim, &a) || a.next != i + 1)
		return 0;
	c->words = 1;
	c->conj = a.conj;
	c->end = a.next;
	switch (a.w->kind) {
	case NW_DUAL:
		c->dual = 1;
		c->value = 2;
		return 1;
	case NW_ORD:
	case NW_ORDC:
		c->ordinal = 1;
		c->value = a.value;
		if (word_atom(d, a.next, lim, &a) && !a.conj && a.w->kind == NW_TEN) {
			c->value += 10;   /* الثالث عشر */
			c->end = a.next;
		} else if (c->value == 1 && tok_is(d, i, "الحادي")) {
			return 0;
		}
		return 1;
	case NW_VAGUE:
		c->vague = 1;
		c->value = a.value;
		vague_mult(d, lim, c);
		return 1;
	case NW_DOZEN:
		return 0;
	case NW_UNITC: {
		struct atom t;

		if (!word_atom(d, a.next, lim, &t) || t.conj || t.w->kind != NW_TEN)
			return 0;
		break;
	}
	default:
		break;
	}
	cur = a.value;
	if (a.w->kind == NW_THOU || a.w->kind == NW_MILL) {
		total = a.value;
		cur = 0;
	}
	c->end = word_compound(d, a.next, lim, no_conj, &total, &cur,
			       kind_class(a.w->kind, a.value));
	c->value = total + cur;
	if (a.w->vague && c->end == a.next) {
		c->vague = 1;   /* مئات, آلاف alone */
		vague_mult(d, lim, c);
	}
	return 1;
}

/* ---- qualifiers ---------------------------------------------------- */

struct qphrase {
	uint8_t q;           /* enum rasd_qualifier */
	uint8_t n;
	const char *w[4];
};

static const struct qphrase qual_before[] = {
	{RASD_Q_ABOUT, 1, {"نحو"}},
	{RASD_Q_ABOUT, 1, {"حوالي"}},
	{RASD_Q_ABOUT, 1, {"قرابه"}},
	{RASD_Q_ABOUT, 1, {"زهاء"}},
	{RASD_Q_ABOUT, 2, {"ما", "يقارب"}},
	{RASD_Q_ABOUT, 1, {"يقارب"}},
	{RASD_Q_ABOUT, 3, {"ما", "يقرب", "من"}},
	{RASD_Q_ABOUT, 2, {"يقرب", "من"}},
	{RASD_Q_ABOUT, 2, {"ما", "يناهز"}},
	{RASD_Q_ABOUT, 1, {"يناهز"}},
	{RASD_Q_MORE_THAN, 2, {"اكثر", "من"}},
	{RASD_Q_MORE_THAN, 3, {"ما", "يزيد", "عن"}},
	{RASD_Q_MORE_THAN, 3, {"ما", "يزيد", "علي"}},
	{RASD_Q_MORE_THAN, 2, {"يزيد", "عن"}},
	{RASD_Q_MORE_THAN, 2, {"يزيد", "علي"}},
	{RASD_Q_MORE_THAN, 2, {"ازيد", "من"}},
	{RASD_Q_MORE_THAN, 3, {"ما", "يربو", "علي"}},
	{RASD_Q_MORE_THAN, 2, {"يربو", "علي"}},
	{RASD_Q_MORE_THAN, 2, {"ما", "يفوق"}},
	{RASD_Q_MORE_THAN, 1, {"يفوق"}},
	{RASD_Q_AT_LEAST, 2, {"علي", "الاقل"}},
	{RASD_Q_AT_LEAST, 4, {"ما", "لا", "يقل", "عن"}},
	{RASD_Q_AT_LEAST, 3, {"لا", "يقل", "عن"}},
	{RASD_Q_UP_TO, 1, {"حتي"}},
	{RASD_Q_UP_TO, 3, {"ما", "يصل", "الي"}},
	{RASD_Q_UP_TO, 2, {"يصل", "الي"}},
	{RASD_Q_ABOUT, 1, {"about"}},
	{RASD_Q_ABOUT, 1, {"around"}},
	{RASD_Q_ABOUT, 1, {"approximately"}},
	{RASD_Q_ABOUT, 1, {"roughly"}},
	{RASD_Q_ABOUT, 1, {"nearly"}},
	{RASD_Q_ABOUT, 1, {"almost"}},
	{RASD_Q_ABOUT, 1, {"some"}},
	{RASD_Q_ABOUT, 2, {"an", "estimated"}},
	{RASD_Q_ABOUT, 1, {"estimated"}},
	{RASD_Q_ABOUT, 2, {"close", "to"}},
	{RASD_Q_AT_LEAST, 2, {"at", "least"}},
	{RASD_Q_AT_LEAST, 3, {"no", "fewer", "than"}},
	{RASD_Q_AT_LEAST, 3, {"no", "less", "than"}},
	{RASD_Q_AT_LEAST, 3, {"not", "less", "than"}},
	{RASD_Q_MORE_THAN, 2, {"more", "than"}},
	{RASD_Q_MORE_THAN, 1, {"over"}},
	{RASD_Q_MORE_THAN, 2, {"upwards", "of"}},
	{RASD_Q_MORE_THAN, 3, {"in", "excess", "of"}},
	{RASD_Q_UP_TO, 2, {"up", "to"}},
	{RASD_Q_UP_TO, 3, {"as", "many", "as"}},
};

/* Does word i equal `lit`, allowing one proclitic (و ف ب ل) when `clitic`? */
static int word_is(const struct rasd_doc *d, size_t i, const char *lit, int clitic)
{
	size_t len;
	const char *w;

	if (d->toks[i].kind != RASD_TOK_WORD)
		return 0;
	w = tnorm(d, i, &len);
	if (eq(w, len, lit))
		return 1;
	return clitic && len > 2 && (is2(w, AR_WAW) || is2(w, AR_FA) || is2(w, AR_BA) ||
				     is2(w, AR_LAM)) && eq(w + 2, len - 2, lit);
}

/*
 * Byte lengths of the qualifiers' first words (bit n: some first word has
 * n bytes, n < 64), built once: most tokens are rejected by length alone.
 */
static uint64_t qual_len_mask;
/* each qualifier's first word's byte length: word_is() is asked only at it or at it + 2 */
static size_t qual_len[sizeof(qual_before) / sizeof(qual_before[0])];
static pthread_once_t qual_len_once = PTHREAD_ONCE_INIT;

static void qual_len_init(void)
{
	uint64_t m = 0;
	size_t p;

	for (p = 0; p < sizeof(qual_before) / sizeof(qual_before[0]); p++) {
		size_t n = strlen(qual_before[p].w[0]);

		qual_len[p] = n;
		m |= n < 64 ? (uint64_t)1 << n : 0;
	}
	qual_len_mask = m;
}

/* Does word i carry the conjunction و before `lit` ("وأكثر")? */
static int waw_before(const struct rasd_doc *d, size_t i, const char *lit)
{
	size_t len;
	const char *w = tnorm(d, i, &len);

	return len > 2 && is2(w, AR_WAW) && eq(w + 2, len - 2, lit);
}

/* A qualifier phrase starting at i: returns the token after it (or i). */
static size_t match_qualifier(const struct rasd_doc *d, size_t i, size_t lim, uint8_t *q,
			      uint8_t *conj)
{
	size_t p, k, len = d->toks[i].nend - d->toks[i].nstart;

	pthread_once(&qual_len_once, qual_len_init);
	if (d->toks[i].kind != RASD_TOK_WORD || len >= 64 ||
	    (!(qual_len_mask >> len & 1) && (len < 2 || !(qual_len_mask >> (len - 2) & 1))))
		return i;

	for (p = 0; p < sizeof(qual_before) / sizeof(qual_before[0]); p++) {
		const struct qphrase *ph = &qual_before[p];

		/* the word itself, or it after a one-letter proclitic (two bytes) */
		if ((len != qual_len[p] && len != qual_len[p] + 2) || i + ph->n >= lim ||
		    !word_is(d, i, ph->w[0], 1))
			continue;
		for (k = 1; k < ph->n; k++)
			if (!word_is(d, i + k, ph->w[k], 0))
				break;
		if (k == ph->n) {
			*q = ph->q;
			*conj = (uint8_t)waw_before(d, i, ph->w[0]);
			return i + ph->n;
		}
	}
	return i;
}

/* A qualifier after the number at j ("على الأقل", "تقريبا", "ونيف", "or more"). */
static size_t match_after(const struct rasd_doc *d, size_t j, size_t lim, uint8_t *q)
{
	if (j + 1 < lim && ((word_is(d, j, "علي", 0) && word_is(d, j + 1, "الاقل", 0)) ||
			    (word_is(d, j, "at", 0) && word_is(d, j + 1, "least", 0)))) {
		*q = RASD_Q_AT_LEAST;
		return j + 2;
	}
	if (j + 1 < lim && ((word_is(d, j, "او", 0) && word_is(d, j + 1, "اكثر", 0)) ||
			    (word_is(d, j, "or", 0) && word_is(d, j + 1, "more", 0)))) {
		*q = RASD_Q_AT_LEAST;
		return j + 2;
	}
	if (j < lim && word_is(d, j, "تقريبا", 0)) {
		*q = RASD_Q_ABOUT;
		return j + 1;
	}
	if (j < lim && word_is(d, j, "ونيف", 0)) {
		*q = RASD_Q_MORE_THAN;
		return j + 1;
	}
	if (j + 1 < lim && word_is(d, j, "و", 0) && word_is(d, j + 1, "نيف", 0)) {
		*q = RASD_Q_MORE_THAN;
		return j + 2;
	}
	return j;
}

/* "%", "٪", "بالمئة", "في المئة", "percent", "per cent": returns the end. */
static size_t match_percent(const struct rasd_doc *d, size_t j, size_t lim)
{
	if (j >= lim)
		return j;
	if (tok_is(d, j, "%") || tok_is(d, j, "\xd9\xaa") || word_is(d, j, "بالميه", 0) ||
	    word_is(d, j, "بالمايه", 0) || word_is(d, j, "percent", 0) || word_is(d, j, "pct", 0))
		return j + 1;
	if (j + 1 < lim && ((word_is(d, j, "في", 0) &&
			     (word_is(d, j + 1, "الميه", 0) || word_is(d, j + 1, "المايه", 0))) ||
			    (word_is(d, j, "per", 0) && word_is(d, j + 1, "cent", 0))))
		return j + 2;
	return j;
}

/* Is there a digits token joined to i by "-" or "/" on the given side? */
static int date_like_side(const struct rasd_doc *d, size_t i, int before, size_t lim)
{
	int64_t v;
	int milli, conj, ord;

	if (before) {
		return i >= 2 && tok_digits(d, i - 2, &v, &milli, &conj, &ord) &&
		       (tok_is(d, i - 1, "-") || tok_is(d, i - 1, "/"));
	}
	return i + 2 < lim && tok_digits(d, i + 2, &v, &milli, &conj, &ord) &&
	       (tok_is(d, i + 1, "-") || tok_is(d, i + 1, "/"));
}

static size_t sent_end(const struct rasd_doc *d, size_t i)
{
	uint32_t s = d->toks[i].sent;

	if (s < d->nsents && d->sents[s].tok_end > i && d->sents[s].tok_end <= d->ntoks)
		return d->sents[s].tok_end;
	return d->ntoks;
}

/*
 * A range end after core `a` at token j: "-" 15, "إلى 15", "to 15".
 * Returns the end and fills *hi, or 0.
 */
static size_t range_end(const struct rasd_doc *d, size_t start, const struct core *a,
			size_t lim, int64_t *hi)
{
	size_t j = a->end;
	struct core b;

	if (a->ordinal || a->vague || a->dual || j + 1 >= lim)
		return 0;
	if (tok_is(d, j, "-")) {
		if (!a->digits || !parse_core(d, j + 1, lim, 0, &b) || !b.digits || b.ordinal ||
		    b.value <= a->value || b.end != j + 2 ||
		    date_like_side(d, start, 1, lim) || date_like_side(d, j + 1, 0, lim))
			return 0;
	} else if (word_is(d, j, "الي", 0) || word_is(d, j, "to", 0)) {
		if (!parse_core(d, j + 1, lim, 0, &b) || b.ordinal || b.vague || b.dual ||
		    b.value <= a->value)
			return 0;
	} else {
		return 0;
	}
	*hi = b.value;
	return b.end;
}

/* "بين 10 و15", "between ten and fifteen" at token i (the بين). */
static size_t between_range(const struct rasd_doc *d, size_t i, size_t lim,
			    struct core *a, int64_t *hi)
{
	struct core b;
	size_t j;

	if (!(word_is(d, i, "بين", 1) || word_is(d, i, "between", 0)))
		return 0;
	if (!parse_core(d, i + 1, lim, 1, a) || a->ordinal || a->dual)
		return 0;
	j = a->end;
	if (j + 1 < lim && (word_is(d, j, "و", 0) || word_is(d, j, "and", 0)))
		j++;
	else if (!(j < lim && d->toks[j].kind == RASD_TOK_WORD &&
		   d->toks[j].nend - d->toks[j].nstart > 2 &&
		   is2(d->norm + d->toks[j].nstart, AR_WAW)))
		return 0;
	if (!parse_core(d, j, lim, 0, &b) || b.ordinal || b.dual || b.value <= a->value)
		return 0;
	*hi = b.value;
	return b.end;
}

static int push_number(struct rasd_doc *d, const struct rasd_number *n)
{
	struct rasd_number *p = RASD_ARENA_PUSH(&d->arena, d->nums, d->nnums, d->nums_alloc);

	if (!p)
		return RASD_ENOMEM;
	*p = *n;
	return 0;
}

int rasdp_find_numbers(struct rasd_doc *d)
{
	size_t i = 0;

	while (i < d->ntoks) {
		size_t lim = sent_end(d, i), k, j, after, core_tok;
		struct rasd_number n;
		struct core c;
		uint8_t q = RASD_Q_EXACT, qb, qconj = 0;
		int64_t hi = 0;
		int rc;

		memset(&n, 0, sizeof(n));
		/* a number starts only where the screen says one may (rasdp_number_starters()) */
		if (d->toks[i].kind == RASD_TOK_PUNCT ||
		    (d->screen && !(d->screen[i] & RASD_SCREEN_NUMBER))) {
			i++;
			continue;
		}
		k = match_qualifier(d, i, lim, &q, &qconj);
		qb = q;
		j = between_range(d, k, lim, &c, &hi);
		if (j) {
			q = RASD_Q_RANGE;
			core_tok = k + 1;
		} else {
			if (!parse_core(d, k, lim, 0, &c)) {
				i++;
				continue;
			}
			core_tok = k;
			j = range_end(d, k, &c, lim, &hi);
			if (j)
				q = RASD_Q_RANGE;
			else
				j = c.end;
		}
		if (c.ordinal)
			q = RASD_Q_EXACT;
		n.value = c.value;
		n.value_hi = q == RASD_Q_RANGE ? hi : c.value;
		n.words = c.words;
		n.ordinal = c.ordinal;
		n.noun_tok = UINT32_MAX;
		if (c.vague && q != RASD_Q_RANGE)
			q = RASD_Q_VAGUE;
		after = match_percent(d, j, lim);
		if (after > j) {
			n.percent = 1;
			j = after;
		} else if (c.dual) {
			n.noun_tok = (uint32_t)core_tok;
		} else if (!c.ordinal && j < lim && d->toks[j].kind == RASD_TOK_WORD) {
			size_t nt = j;

			int64_t v;
			int milli, conj, ord;

			if ((word_is(d, nt, "من", 0) || word_is(d, nt, "of", 0)) && nt + 1 < lim &&
			    d->toks[nt + 1].kind == RASD_TOK_WORD)
				nt++;
			if (!tok_digits(d, nt, &v, &milli, &conj, &ord))
				n.noun_tok = (uint32_t)nt;
		}
		if (q == RASD_Q_EXACT && !c.ordinal) {
			uint8_t q2 = RASD_Q_EXACT;

			after = match_after(d, j, lim, &q2);
			if (after == j && n.noun_tok == j && j + 1 < lim)
				after = match_after(d, j + 1, lim, &q2);
			if (q2 == RASD_Q_ABOUT || q2 == RASD_Q_AT_LEAST || q2 == RASD_Q_MORE_THAN) {
				q = q2;
				j = after;
			}
		}
		n.qualifier = q;
		/* the span takes in the qualifier before only when it is the one kept */
		n.tok_start = (uint32_t)(k > i && q == qb ? i : k);
		n.conj = n.tok_start == i && k > i ? qconj : c.conj;
		n.tok_end = (uint32_t)j;
		n.start = d->toks[n.tok_start].start;
		n.end = d->toks[j - 1].end;
		rc = push_number(d, &n);
		if (rc)
			return rc;
		i = j;
	}
	return 0;
}

/*
 * The words a number expression may open with: the number words (cores),
 * the qualifiers' first words, and those of the core ("a hundred") and of a
 * range ("between").  A new way for a number to open adds its words here,
 * or the token screen (lexicon/screen.c) keeps it from being tried.  The
 * reach: a qualifier's words, "between", then "a" before the core.
 */
size_t rasdp_number_starters(void (*add)(void *ctx, const char *word, enum rasdp_start how),
			     void *ctx)
{
	size_t i, reach = 0;

	for (i = 0; i < sizeof(num_words) / sizeof(num_words[0]); i++)
		add(ctx, num_words[i].s, RASDP_START_CORE);
	for (i = 0; i < sizeof(qual_before) / sizeof(qual_before[0]); i++) {
		add(ctx, qual_before[i].w[0], RASDP_START_OPENER);
		reach = qual_before[i].n > reach ? qual_before[i].n : reach;
	}
	add(ctx, "a", RASDP_START_OPENER);
	add(ctx, "an", RASDP_START_OPENER);
	add(ctx, "بين", RASDP_START_OPENER);
	add(ctx, "between", RASDP_START_OPENER);
	return reach + 2;
}
