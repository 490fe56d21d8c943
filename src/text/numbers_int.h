/*
 * numbers_int.h - what the files of the number reader share: numbers.c
 * (digits, number words, duals, ranges: rasdp_find_numbers()) and
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
