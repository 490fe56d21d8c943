/*
 * words.c - comparing a normalised token with built-in word lists.
 *
 * The closed word classes of the text layer (number words, month and
 * weekday names, qualifiers) are sorted static tables whose entries start
 * with the word; one binary search serves them all.  Comparisons never
 * measure the literal first: most end at the first byte.
 */
#include <string.h>

#include "text/text.h"
#include "base/banned.h"

int rasdp_word_cmp(const char *w, size_t len, const char *s)
{
	size_t k;

	/* memcmp order over unsigned bytes; a shorter s sorts first. */
	for (k = 0; k < len; k++) {
		unsigned char a = (unsigned char)w[k], b = (unsigned char)s[k];

		if (a != b)
			return b == 0 ? 1 : (a < b ? -1 : 1);
	}
	return s[len] ? -1 : 0;
}

const void *rasdp_word_find(const char *w, size_t len, const void *table, size_t n,
			    size_t stride)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const void *e = (const char *)table + mid * stride;
		int c = rasdp_word_cmp(w, len, *(const char *const *)e);

		if (!c)
			return e;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}
