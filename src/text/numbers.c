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
 * The tables are closed grammar: number words with their values and
 * their place in a compound (numbers_words.c), and the qualifiers read
 * around a number (numbers_qual.c, with the percent sign).  The duals of things and
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

/*
 * Read the core of a number at token i: digits (with a following
 * multiplier word), number words, a vague quantity or an ordinal (a dual
 * is rasdp_num_dual_core()'s).  `no_conj` stops a word compound at "و"/"and" (for
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
		if (rasdp_num_word_atom(d, i + 1, lim, &a) && !a.conj && is_mult(a.w->kind)) {
			c->value = v * a.value + (int64_t)milli * a.value / 1000;
			c->end = a.next;
		}
		return 1;
	}
	if (d->toks[i].kind != RASD_TOK_WORD)
		return 0;
	w = tnorm(d, i, &len);
	if (eq(w, len, "a") || eq(w, len, "an")) {
		if (!rasdp_num_word_atom(d, i + 1, lim, &a) || a.conj ||
		    !(is_mult(a.w->kind) || a.w->kind == NW_DOZEN) || a.w->vague)
			return 0;
		cur = 1;
		c->end = rasdp_num_word_compound(d, i + 1, lim, no_conj, &total, &cur, C_UNIT);
		c->value = total + cur;
		c->words = 1;
		return c->end > i + 1;
	}
	if (!rasdp_num_word_atom(d, i, lim, &a) || a.next != i + 1)
		return 0;
	c->words = 1;
	c->conj = a.conj;
	c->end = a.next;
	switch (a.w->kind) {
	case NW_ORD:
	case NW_ORDC:
		c->ordinal = 1;
		c->value = a.value;
		if (rasdp_num_word_atom(d, a.next, lim, &a) && !a.conj && a.w->kind == NW_TEN) {
			c->value += 10;   /* الثالث عشر */
			c->end = a.next;
		} else if (c->value == 1 && tok_is(d, i, "الحادي")) {
			return 0;
		}
		return 1;
	case NW_VAGUE:
		c->vague = 1;
		c->value = a.value;
		rasdp_num_vague_mult(d, lim, c);
		return 1;
	case NW_DOZEN:
		return 0;
	case NW_UNITC: {
		struct atom t;

		if (!rasdp_num_word_atom(d, a.next, lim, &t) || t.conj || t.w->kind != NW_TEN)
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
	c->end = rasdp_num_word_compound(d, a.next, lim, no_conj, &total, &cur,
			       kind_class(a.w->kind, a.value));
	c->value = total + cur;
	if (a.w->vague && c->end == a.next) {
		c->vague = 1;   /* مئات, آلاف alone */
		rasdp_num_vague_mult(d, lim, c);
	}
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
			if (!parse_core(d, k, lim, 0, &c) && !rasdp_num_dual_core(lx, d, k, lim, &c)) {
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
