/*
 * numbers_words.c - the number words of the number reader (numbers.c):
 * the table of Arabic and English number words with their values and
 * their place in a compound, their lookup with a proclitic or the
 * article, the reading of one word (an atom) and of a compound of them
 * ("مئة وخمسة عشر", "two hundred fifty", "twenty-five"), a vague count of
 * thousands ("عشرات الآلاف"), the duals of duals.tsv read as two
 * ("قذيفتين", "يومين"), and the words a number may open with for the
 * token screen (rasdp_number_starters()).  Words are matched on
 * normalised bytes (numbers.c's opening comment); the table is sorted by
 * bytes for binary search.  Every reader looks a bounded number of
 * tokens ahead.
 */
#include <stdint.h>
#include <string.h>

#include "doc.h"
#include "lexicon/lexicon.h"
#include "rasd.h"
#include "text/numbers_int.h"
#include "text/text.h"

#include "base/banned.h"

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

static int teen_follows(const struct rasd_doc *d, size_t j, size_t lim);

int rasdp_num_word_atom(const struct rasd_doc *d, size_t i, size_t lim, struct atom *a)
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
		if (!rasdp_num_word_atom(d, j + 1, lim, a) || a->conj)
			return 0;
		a->hyphen = 1;
		return 1;
	}
	return rasdp_num_word_atom(d, j, lim, a);
}

/* Does "عشر"/"عشرة" start at token j ("وأحد عشر" after a hundred)? */
static int teen_follows(const struct rasd_doc *d, size_t j, size_t lim)
{
	struct atom t;

	return rasdp_num_word_atom(d, j, lim, &t) && !t.conj && t.w->kind == NW_TEN;
}

/*
 * Continue a compound of number words from token j; returns the end.  A
 * teen after a hundred or a thousand is read whole: "مئة وخمسة عشر" is
 * 115, the "عشر" adding ten to the unit before it.
 */
uint32_t rasdp_num_word_compound(const struct rasd_doc *d, size_t j, size_t lim,
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
void rasdp_num_vague_mult(const struct rasd_doc *d, size_t lim, struct core *c)
{
	size_t j = c->end;
	struct atom a;

	if (j + 1 < lim && tok_is(d, j, "of"))
		j++;
	if (rasdp_num_word_atom(d, j, lim, &a) && !a.conj && a.value > c->value &&
	    (a.w->kind == NW_THOU || a.w->kind == NW_MILL ||
	     (a.w->kind == NW_VAGUE && a.value >= 1000))) {
		c->value *= a.value;
		c->end = a.next;
	}
}

/*
 * A dual of duals.tsv at token i, where no number word is ("قذيفتين",
 * "وبالغارتين", "يومين"): two, the word its own noun.  A dual is only ever
 * a number by itself: a compound of number words stops before it, and the
 * ends of a range are digits or number words (parse_core()), so only
 * rasdp_find_numbers() asks for one, where parse_core() read nothing.
 */
int rasdp_num_dual_core(const struct rasd_lexicon *lx, const struct rasd_doc *d, size_t i,
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
