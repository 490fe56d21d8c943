/*
 * numbers.c - number expressions over the token stream.
 *
 * rasdp_find_numbers() walks d->toks once, left to right, and at each token
 * tries to read one number expression: an optional qualifier ("نحو",
 * "ما لا يقل عن", "at least", "up to"), a core (digits with separators,
 * Arabic or English number words in any gender/case form, a dual noun of
 * things or time such as "قذيفتين" counting two, a vague quantity such as
 * "عشرات"/"dozens" valued by ACLED convention, or an ordinal), then an
 * optional range end
 * ("10-15", "10 إلى 15", "بين 10 و15"), a percent sign and a trailing
 * qualifier ("14 قتيلا على الأقل").  Each expression becomes one struct
 * rasd_number whose token and byte spans cover all of it.
 *
 * Words are matched on normalised bytes (d->norm: alef forms -> ا, ة -> ه,
 * ى -> ي, ئ -> ي, Latin lower-case), so the tables below hold normalised
 * spellings ("مئة" is "ميه") and are sorted by bytes for binary search.  A
 * word may carry one proclitic (و ف then ب ل): "وعشرين", "بنحو".
 *
 * The tables here are closed grammar: number words with their values and
 * their place in a compound, and the qualifiers read around a number
 * (numbers_qual.c, with the percent sign).  The duals of things and
 * time are nouns, which grow with the reporting, so they are data
 * (data/duals.tsv, loaded with the lexicon into the cue class `dual`, a
 * dual of time also `period`): a word no number word reads is looked up
 * there, after the same proclitics and the article.  A dual of time
 * ("يومين") is a duration (rasd_number.duration), no count of anyone.  The
 * duals of persons are the figures stage's (groups.tsv `two`).
 * Every scan looks a bounded number of tokens ahead and stays in the
 * sentence, so the pass is linear in the number of tokens.
 */
#include <stdint.h>
#include <string.h>

#include "doc.h"
#include "lexicon/lexicon.h"
#include "rasd.h"
#include "text/numbers_int.h"
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
	NW_DUAL,      /* a dual of a thing counting two (duals.tsv, no row here) */
	NW_DUAL_TIME, /* a dual of time: two units, a duration (duals.tsv) */
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
	{"scores", 20, NW_VAGUE, 0},
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
	{"العاشر", 10, NW_ORD, 0},
	{"العاشره", 10, NW_ORD, 0},
	{"العشرات", 12, NW_VAGUE, 0},
	{"الف", 1000, NW_THOU, 0},
	{"الفا", 1000, NW_THOU, 0},
	{"الفان", 2000, NW_FIXT, 0},
	{"الفي", 2000, NW_FIXT, 0},
	{"الفين", 2000, NW_FIXT, 0},
	{"الميات", 100, NW_VAGUE, 0},
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
	{"عشر", 10, NW_TEN, 0},
	{"عشرات", 12, NW_VAGUE, 0},
	{"عشره", 10, NW_TEN, 0},
	{"عشرون", 20, NW_TENS, 0},
	{"عشرين", 20, NW_TENS, 0},
	{"مايتا", 200, NW_FIXH, 0},
	{"مايتان", 200, NW_FIXH, 0},
	{"مايتي", 200, NW_FIXH, 0},
	{"مايتين", 200, NW_FIXH, 0},
	{"مايه", 100, NW_HUND, 0},
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
	{"واحد", 1, NW_UNIT, 0},
	{"واحده", 1, NW_UNIT, 0},
};

/* Magnitude classes: a compound takes each class at most once. */
enum { C_NONE = 0, C_UNIT, C_TEN, C_TENS, C_HUND, C_THOU, C_MILL };


static const struct numword *find_word(const char *w, size_t len)
{
	return rasdp_word_find(w, len, num_words, sizeof(num_words) / sizeof(num_words[0]),
			       sizeof(num_words[0]));
}

/* A word looked up, by a table of number words or by the lexicon's duals. */
typedef const struct numword *(*word_finder)(const struct rasd_lexicon *lx, const char *w,
					     size_t len);

static const struct numword *number_word(const struct rasd_lexicon *lx, const char *w, size_t len)
{
	(void)lx;
	return find_word(w, len);
}

/* What a dual of duals.tsv reads as: two of a thing, or two units of time. */
static const struct numword dual_thing = {"", 2, NW_DUAL, 0};
static const struct numword dual_time = {"", 2, NW_DUAL_TIME, 0};

/* w[0..len) (the article peeled, as a lexicon key is) as a dual of duals.tsv, or NULL. */
static const struct numword *dual_word(const struct rasd_lexicon *lx, const char *w, size_t len)
{
	const char *key;
	size_t klen = rasdp_key_of(w, len, &key);
	int dual;
	struct rasdp_cues cues;

	rasdp_lex_key_cues(lx, key, klen, &cues, &dual);
	if (!dual)
		return NULL;
	return rasdp_cues_has(&cues, RASD_CUE_PERIOD) ? &dual_time : &dual_thing;
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
 * Look a word up with `find` as is, then without a proclitic: و or ف, then
 * ب or ل.  The stem left after ب/ل keeps three letters so "لست" is not
 * "ست".  *conj is set when the word began with the conjunction و.  Found
 * nothing, *w and *len are left without the و or ف.
 */
static const struct numword *peel_clitic(const struct rasd_lexicon *lx, word_finder find,
					 const char **w_io, size_t *len_io, int *conj)
{
	const char *w = *w_io;
	size_t len = *len_io;
	const struct numword *nw = find(lx, w, len);

	*conj = 0;
	if (nw)
		return nw;
	if (len >= 6 && (is2(w, AR_WAW) || is2(w, AR_FA))) {
		*conj = is2(w, AR_WAW);
		nw = find(lx, w + 2, len - 2);
		if (nw)
			return nw;
		w += 2;
		len -= 2;
	}
	if (len >= 8 && (is2(w, AR_BA) || is2(w, AR_LAM))) {
		nw = find(lx, w + 2, len - 2);
		if (nw)
			return nw;
	}
	*w_io = w;
	*len_io = len;
	return NULL;
}

/* A number word, with a proclitic, or a cardinal with the article. */
static const struct numword *lookup_clitic(const char *w, size_t len, int *conj)
{
	const struct numword *nw = peel_clitic(NULL, number_word, &w, &len, conj);

	return nw ? nw : definite_cardinal(w, len);
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
	uint8_t duration;    /* a dual of time */
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
 * multiplier word), number words, a vague quantity or an ordinal (a dual
 * is dual_core()'s).  `no_conj` stops a word compound at "و"/"and" (for
 * "بين X و Y").
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
		/* a first group with no leading zero, no day of a month */
		if (!ord && !milli && d->toks[i].kind == RASD_TOK_NUM && d->toks[i].nend - d->toks[i].nstart <= 3 &&
		    d->norm[d->toks[i].nstart] != '0' && !(i && rasdp_month_at(d, i - 1)))
			while (c->value < INT64_MAX / 10000 && rasdp_num_space_group(d, c->end, lim)) {
				const char *g = d->norm + d->toks[c->end].nstart;

				c->value = c->value * 1000 + (g[0] - '0') * 100 + (g[1] - '0') * 10 + (g[2] - '0');
				c->end++;
			}
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

/*
 * A dual of duals.tsv at token i, where no number word is ("قذيفتين",
 * "وبالغارتين", "يومين"): two, the word its own noun.  A dual is only ever
 * a number by itself: a compound of number words stops before it, and the
 * ends of a range are digits or number words (parse_core()), so only
 * rasdp_find_numbers() asks for one, where parse_core() read nothing.
 */
static int dual_core(const struct rasd_lexicon *lx, const struct rasd_doc *d, size_t i,
		     size_t lim, struct core *c)
{
	const struct numword *nw;
	size_t len;
	const char *w;
	int conj;

	memset(c, 0, sizeof(*c));
	if (!lx || i >= lim || d->toks[i].kind != RASD_TOK_WORD)
		return 0;
	w = tnorm(d, i, &len);
	nw = peel_clitic(lx, dual_word, &w, &len, &conj);
	if (!nw)
		return 0;
	c->words = 1;
	c->dual = 1;
	c->duration = nw->kind == NW_DUAL_TIME;
	c->conj = (uint8_t)conj;
	c->value = nw->value;
	c->end = (uint32_t)(i + 1);
	return 1;
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
		uint8_t q = RASD_Q_EXACT, qconj = 0;
		/* an end qualified as the first ("from about 500 to some 1300") */
		size_t k = rasdp_num_qualifier(d, j + 1, lim, &q, &qconj);

		if (q != RASD_Q_ABOUT || qconj)
			k = j + 1;
		if (!parse_core(d, k, lim, 0, &b) || b.ordinal || b.vague || b.value <= a->value)
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
	if (!parse_core(d, i + 1, lim, 1, a) || a->ordinal)
		return 0;
	j = a->end;
	if (j + 1 < lim && (word_is(d, j, "و", 0) || word_is(d, j, "and", 0)))
		j++;
	else if (!(j < lim && d->toks[j].kind == RASD_TOK_WORD &&
		   d->toks[j].nend - d->toks[j].nstart > 2 &&
		   is2(d->norm + d->toks[j].nstart, AR_WAW)))
		return 0;
	if (!parse_core(d, j, lim, 0, &b) || b.ordinal || b.value <= a->value)
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

/* Does a number (digits or a number word) start at token `j`? */
static int number_follows(const struct rasd_doc *d, size_t j, size_t lim)
{
	struct core c;

	return j < lim && parse_core(d, j, lim, 0, &c);
}

/*
 * Does a number start at a word of tokens [from, to)?  Reading one is the
 * dear test of the walk below, so it is made only once a qualifier is found,
 * over the words walked past to reach it.
 */
static int number_among(const struct rasd_doc *d, size_t from, size_t to, size_t lim)
{
	size_t t;

	for (t = from; t < to; t++)
		if (d->toks[t].kind != RASD_TOK_PUNCT && number_follows(d, t, lim))
			return 1;
	return 0;
}

/*
 * The qualifier trailing the phrase a number counts, past its noun and a
 * few words of it ("33 جنديا تركيا على الأقل", "28 من طلاب الكلية
 * العسكرية في طرابلس على الأقل قتلوا", "خمسة أشخاص» على الأقل"): at most
 * QUAL_PAST_NOUN words after the noun at `j` ("من رجال": the noun after
 * "من"), across quotation marks but no other punctuation, no number and
 * no word joined by "and"/"و" (another clause: "قتل 5 مدنيين وأصيب آخرون
 * على الأقل").  Sets *q and returns the qualifier's end, or returns 0.
 */
#define QUAL_PAST_NOUN 6
static size_t qualifier_past_noun(const struct rasd_doc *d, size_t j, size_t lim, uint8_t *q)
{
	size_t t, e, words = 0, len;

	for (t = j + 1; t < lim && words <= QUAL_PAST_NOUN; t++) {
		const char *w;

		if (d->toks[t].kind == RASD_TOK_PUNCT) {
			if (d->toks[t].flags & RASD_TOKF_QUOTE)
				continue;
			return 0;
		}
		w = tnorm(d, t, &len);
		if (d->toks[t].kind == RASD_TOK_NUM || (len > 2 && is2(w, AR_WAW)) ||
		    tok_is(d, t, "and") || tok_is(d, t, "or"))
			return 0;
		*q = RASD_Q_EXACT;
		e = rasdp_num_qualifier_after(d, t, lim, q);
		if (e > t && (*q == RASD_Q_AT_LEAST || *q == RASD_Q_MORE_THAN || *q == RASD_Q_ABOUT))
			return number_among(d, j + 1, t + 1, lim) || number_follows(d, e, lim) ? 0 : e;
		words++;
	}
	return 0;
}

int rasdp_find_numbers(const struct rasd_lexicon *lx, struct rasd_doc *d)
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
		k = rasdp_num_qualifier(d, i, lim, &q, &qconj);
		qb = q;
		j = between_range(d, k, lim, &c, &hi);
		if (j) {
			q = RASD_Q_RANGE;
			core_tok = k + 1;
		} else {
			if (!parse_core(d, k, lim, 0, &c) && !dual_core(lx, d, k, lim, &c)) {
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
		n.duration = c.duration;
		n.noun_tok = UINT32_MAX;
		if (c.vague && q != RASD_Q_RANGE)
			q = RASD_Q_VAGUE;
		after = rasdp_num_percent(d, j, lim);
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

			after = rasdp_num_qualifier_after(d, j, lim, &q2);
			if (after == j && n.noun_tok == j && j + 1 < lim)
				after = rasdp_num_qualifier_after(d, j + 1, lim, &q2);
			/* "05 at least 28": the qualifier opens the next number */
			if (after > j && number_follows(d, after, lim))
				q2 = RASD_Q_EXACT;
			if (q2 == RASD_Q_ABOUT || q2 == RASD_Q_AT_LEAST || q2 == RASD_Q_MORE_THAN) {
				q = q2;
				j = after;
			} else if (n.noun_tok != UINT32_MAX && !c.dual &&
				   (after = qualifier_past_noun(d, n.noun_tok, lim, &q2)) > j) {
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
 * duals of duals.tsv are the lexicon's, and the screen takes them from its
 * cue class `dual`.  The reach: a qualifier's words, "between", then "a"
 * before the core.
 */
size_t rasdp_number_starters(void (*add)(void *ctx, const char *word, enum rasdp_start how),
			     void *ctx)
{
	size_t i, reach;

	for (i = 0; i < sizeof(num_words) / sizeof(num_words[0]); i++)
		add(ctx, num_words[i].s, RASDP_START_CORE);
	reach = rasdp_num_qualifier_starters(add, ctx);
	add(ctx, "a", RASDP_START_OPENER);
	add(ctx, "an", RASDP_START_OPENER);
	add(ctx, "بين", RASDP_START_OPENER);
	add(ctx, "between", RASDP_START_OPENER);
	return reach + 2;
}
