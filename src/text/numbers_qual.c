/*
 * numbers_qual.c - the qualifiers of a number: the phrases before it that
 * make it approximate, a lower or an upper bound ("نحو", "ما لا يقل عن",
 * "أكثر من", "حتى", "about", "at least", "more than", "up to"), those after
 * it ("على الأقل", "تقريبا", "ونيف", "or more"), and the percent sign or
 * word.  The phrases are closed grammar, with the enum rasd_qualifier each
 * gives; numbers.c reads them around each number it finds
 * (rasdp_find_numbers()), and the token screen lets a number open with the
 * first word of one (rasdp_number_starters()).  Also the groups of three
 * digits set off by a space that continue the digits before them ("1 000").
 */
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "rasd.h"
#include "text/numbers_int.h"

#include "base/banned.h"

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

size_t rasdp_num_qualifier(const struct rasd_doc *d, size_t i, size_t lim, uint8_t *q,
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

size_t rasdp_num_qualifier_after(const struct rasd_doc *d, size_t j, size_t lim, uint8_t *q)
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

size_t rasdp_num_percent(const struct rasd_doc *d, size_t j, size_t lim)
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

size_t rasdp_num_qualifier_starters(void (*add)(void *ctx, const char *word,
						enum rasdp_start how), void *ctx)
{
	size_t i, most = 0;

	for (i = 0; i < sizeof(qual_before) / sizeof(qual_before[0]); i++) {
		add(ctx, qual_before[i].w[0], RASDP_START_OPENER);
		most = qual_before[i].n > most ? qual_before[i].n : most;
	}
	return most;
}

static int digit(char c)
{
	return c >= '0' && c <= '9';
}

/*
 * Is token j a group of three digits set off from the digits before it by
 * one space, plain, no-break or thin ("1 000", "12 500")?
 */
int rasdp_num_space_group(const struct rasd_doc *d, size_t j, size_t lim)
{
	const struct rasd_token *t = &d->toks[j];
	const char *gap;
	size_t n;

	if (j >= lim || t->kind != RASD_TOK_NUM || t->nend - t->nstart != 3 ||
	    !digit(d->norm[t->nstart]) || !digit(d->norm[t->nstart + 1]) || !digit(d->norm[t->nstart + 2]))
		return 0;
	/* a list of numbers with its commas lost: "the 101 102 and 103 fields" */
	if (j + 2 < lim && (word_is(d, j + 1, "and", 0) || word_is(d, j + 1, "و", 0) || tok_is(d, j + 1, ",")) &&
	    d->toks[j + 2].kind == RASD_TOK_NUM)
		return 0;
	gap = d->text + d->toks[j - 1].end;
	n = t->start - d->toks[j - 1].end;
	return (n == 1 && gap[0] == ' ') || (n == 2 && !memcmp(gap, "\xc2\xa0", 2)) ||
	       (n == 3 && (!memcmp(gap, "\xe2\x80\x89", 3) || !memcmp(gap, "\xe2\x80\xaf", 3)));
}
