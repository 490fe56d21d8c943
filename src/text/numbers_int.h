/*
 * numbers_int.h - what the files of the number reader share: numbers.c
 * (digits, the core of a number, ranges: rasdp_find_numbers()),
 * numbers_words.c (the number words and their compounds, the duals) and
 * numbers_qual.c (the qualifiers before and after a number and the percent
 * sign).  Words are compared on normalised bytes (numbers.c's opening
 * comment); nothing outside the reader includes this.
 */
#ifndef RASD_NUMBERS_INT_H
#define RASD_NUMBERS_INT_H

#include <stddef.h>
#include <stdint.h>

#include "doc.h"
#include "text/text.h"

#define AR_WAW "\xd9\x88"
#define AR_FA "\xd9\x81"
#define AR_BA "\xd8\xa8"
#define AR_LAM "\xd9\x84"
#define AR_KAF "\xd9\x83"
#define AR_ALEF "\xd8\xa7"

static inline const char *tnorm(const struct rasd_doc *d, size_t i, size_t *len)
{
	return rasdp_tok_norm(d, &d->toks[i], len);
}

static inline int eq(const char *w, size_t len, const char *lit)
{
	return rasdp_word_eq(w, len, lit);
}

static inline int tok_is(const struct rasd_doc *d, size_t i, const char *lit)
{
	size_t len;
	const char *w = tnorm(d, i, &len);

	return eq(w, len, lit);
}

static inline int is2(const char *w, const char *c)
{
	return w[0] == c[0] && w[1] == c[1];
}

/* Does word i equal `lit`, allowing one proclitic (و ف ب ل) when `clitic`? */
static inline int word_is(const struct rasd_doc *d, size_t i, const char *lit, int clitic)
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

/* Magnitude classes: a compound takes each class at most once. */
enum { C_NONE = 0, C_UNIT, C_TEN, C_TENS, C_HUND, C_THOU, C_MILL };

static inline int kind_class(int kind, int64_t value)
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

struct core {
	int64_t value;
	uint32_t end;        /* token after the core */
	uint8_t words, ordinal, vague, dual, digits;
	uint8_t duration;    /* a dual of time */
	uint8_t conj;        /* its first word carries the conjunction و */
};

static inline int is_mult(int kind)
{
	return kind == NW_HUND || kind == NW_THOU || kind == NW_MILL;
}

/* ---- numbers_words.c: number words, their compounds, the duals ---------- */

/*
 * Read one number word at token i (before `lim`) into *a: a word, "و"/"and"
 * then a word, a proclitic or the article on it, "twenty-five" as one
 * token.  1, or 0 when none.
 */
int rasdp_num_word_atom(const struct rasd_doc *d, size_t i, size_t lim, struct atom *a);
/*
 * Continue a compound of number words from token j, the value so far in
 * *total_io (thousands and more) and *cur_io, `last` the class of the word
 * before; returns the end.  `no_conj` stops at "و"/"and".
 */
uint32_t rasdp_num_word_compound(const struct rasd_doc *d, size_t j, size_t lim,
				 int no_conj, int64_t *total_io, int64_t *cur_io, int last);
/* "عشرات الآلاف", "hundreds of thousands": a vague count of thousands, after c->end. */
void rasdp_num_vague_mult(const struct rasd_doc *d, size_t lim, struct core *c);
/* A dual of duals.tsv at token i, where no number word is ("قذيفتين", "يومين"): 1 and *c, or 0. */
int rasdp_num_dual_core(const struct rasd_lexicon *lx, const struct rasd_doc *d, size_t i,
			size_t lim, struct core *c);

/*
 * numbers_qual.c.  A qualifier phrase before a number starting at token i
 * ("نحو", "ما لا يقل عن", "at least"): the token after it (i when none),
 * its enum rasd_qualifier in *q, and in *conj whether its first word
 * carries the conjunction و ("وأكثر من").
 */
size_t rasdp_num_qualifier(const struct rasd_doc *d, size_t i, size_t lim, uint8_t *q,
			   uint8_t *conj);
/* A qualifier after the number ending at j ("على الأقل", "تقريبا", "ونيف", "or more"): its end, or j. */
size_t rasdp_num_qualifier_after(const struct rasd_doc *d, size_t j, size_t lim, uint8_t *q);
/* numbers_qual.c: is token j three digits set off by one space from the digits before it ("1 000")? */
int rasdp_num_space_group(const struct rasd_doc *d, size_t j, size_t lim);
/* "%", "٪", "بالمئة", "في المئة", "percent", "per cent" at j: its end, or j. */
size_t rasdp_num_percent(const struct rasd_doc *d, size_t j, size_t lim);
/*
 * Call add(ctx, word, RASDP_START_OPENER) with each qualifier's first word
 * (rasdp_number_starters()); returns the most words a qualifier has.
 */
size_t rasdp_num_qualifier_starters(void (*add)(void *ctx, const char *word,
						enum rasdp_start how), void *ctx);

#endif
