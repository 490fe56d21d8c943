/*
 * simhash.c - text fingerprints for syndicated copies.
 *
 * Outlets republish agency copy with a changed headline, a dropped
 * paragraph or a different dateline.  A 64-bit simhash of the word
 * 3-shingles of the normalised text changes by a few bits for such edits
 * and by about half its bits for an unrelated text, so two documents
 * within Hamming distance 3 are copies.  Finding such pairs among n
 * fingerprints uses the pigeonhole principle: two fingerprints that differ
 * in at most 3 bits agree exactly on at least one of their four 16-bit
 * quarters, so only fingerprints sharing a quarter are compared.
 *
 * The normalisation here is deliberately self-contained (a copy is a copy
 * whatever the lexicons say): Arabic diacritics and tatweel are dropped,
 * alef/hamza forms, alef maqsura and ta marbuta folded, Arabic-Indic
 * digits made ASCII, Latin lower-cased; anything else separates words.
 */
#include <stdlib.h>
#include <string.h>

#include "incident/incident_int.h"

#include "base/banned.h"

#define MIN_WORDS 8

static uint64_t mix64(uint64_t x)
{
	x ^= x >> 30;
	x *= 0xbf58476d1ce4e5b9ULL;
	x ^= x >> 27;
	x *= 0x94d049bb133111ebULL;
	x ^= x >> 31;
	return x;
}

/* Decode one code point; an invalid byte comes back as 0xDC00 + byte. */
static uint32_t next_cp(const unsigned char **pp, const unsigned char *end)
{
	const unsigned char *p = *pp;
	uint32_t c = *p;
	int n, i;

	n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
	*pp = p + 1;
	if (c < 0x80)
		return c;
	if (!n)
		return 0xDC00 + c;
	c &= 0x3Fu >> n;
	for (i = 1; i <= n; i++) {
		if (p + i >= end || (p[i] & 0xC0) != 0x80)
			return 0xDC00 + *p;
		c = (c << 6) | (p[i] & 0x3Fu);
	}
	*pp = p + n + 1;
	return c;
}

/* 0: separator; 1: skip (diacritic inside a word); else the folded letter. */
static uint32_t fold(uint32_t c)
{
	if (c >= 'A' && c <= 'Z')
		return c + 32;
	if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
		return c;
	if (c >= 0x660 && c <= 0x669)
		return '0' + (c - 0x660);
	if (c >= 0x6F0 && c <= 0x6F9)
		return '0' + (c - 0x6F0);
	if ((c >= 0x64B && c <= 0x65F) || c == 0x670 || c == 0x640)
		return 1;
	switch (c) {
	case 0x622: case 0x623: case 0x625: case 0x671: return 0x627;
	case 0x649: case 0x626: case 0x6CC: return 0x64A;
	case 0x629: return 0x647;
	case 0x624: return 0x648;
	case 0x6A9: return 0x643;
	default: break;
	}
	if (c >= 0x621 && c <= 0x64A)
		return c;
	if (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7)
		return c;
	return 0;
}

struct shingler {
	int32_t v[64];
	uint64_t w[3];
	uint64_t word;
	size_t nletters, nwords;
};

static void end_word(struct shingler *s)
{
	int i;

	if (s->nletters) {
		s->w[0] = s->w[1];
		s->w[1] = s->w[2];
		s->w[2] = mix64(s->word + s->nletters);
		s->nwords++;
		if (s->nwords >= 3) {
			uint64_t h = mix64(s->w[0] * 31 + mix64(s->w[1] * 31 + s->w[2]));

			for (i = 0; i < 64; i++)
				s->v[i] += (h >> i) & 1 ? 1 : -1;
		}
	}
	s->word = 0xcbf29ce484222325ULL;
	s->nletters = 0;
}

uint64_t rasdp_simhash(const char *text, size_t len)
{
	const unsigned char *p = (const unsigned char *)text, *end = p + len;
	struct shingler s;
	uint64_t out = 0;
	int i;

	memset(&s, 0, sizeof(s));
	s.word = 0xcbf29ce484222325ULL;
	while (p < end) {
		uint32_t c = fold(next_cp(&p, end));

		if (c == 1)
			continue;
		if (c) {
			s.word = (s.word ^ c) * 0x100000001b3ULL;
			s.nletters++;
			continue;
		}
		end_word(&s);
	}
	end_word(&s);
	if (s.nwords < MIN_WORDS)
		return 0;
	for (i = 0; i < 64; i++)
		if (s.v[i] > 0)
			out |= 1ULL << i;
	return out ? out : 1;
}

int rasdp_hamming64(uint64_t a, uint64_t b)
{
	return __builtin_popcountll(a ^ b);
}

/* ---- copies among the documents -------------------------------------- */

static uint32_t find(uint32_t *par, uint32_t x)
{
	while (par[x] != x) {
		par[x] = par[par[x]];
		x = par[x];
	}
	return x;
}

static void unite(uint32_t *par, uint32_t a, uint32_t b)
{
	a = find(par, a);
	b = find(par, b);
	if (a == b)
		return;
	/* The earliest document is the original the others copy. */
	if (a < b)
		par[b] = a;
	else
		par[a] = b;
}

struct qent {
	uint16_t q;
	uint32_t doc;
};

static int cmp_qent(const void *x, const void *y)
{
	const struct qent *a = x, *b = y;

	if (a->q != b->q)
		return a->q < b->q ? -1 : 1;
	return a->doc < b->doc ? -1 : a->doc > b->doc;
}

/* Bucket size beyond which a quarter is too common to be informative. */
#define MAX_RUN 256

void rasdp_mark_duplicates(struct rasd_incidents *inc)
{
	size_t n = inc->ndocs, i, j, k, q, m;
	uint32_t *par = malloc((n ? n : 1) * sizeof(*par));
	struct qent *qs = malloc((n ? n : 1) * sizeof(*qs));
	uint32_t *by_hash = NULL;

	if (!par || !qs) {
		free(par);
		free(qs);
		for (i = 0; i < n; i++)
			inc->docs[i].dup_of = (uint32_t)i;
		return;
	}
	for (i = 0; i < n; i++)
		par[i] = (uint32_t)i;
	/* Identical text hashes: by_hash[hash id] is 1 + the first document with it. */
	by_hash = calloc(inc->strs.n ? inc->strs.n : 1, sizeof(*by_hash));
	if (by_hash) {
		for (i = 0; i < n; i++) {
			uint32_t h = inc->docs[i].hash;

			if (!h)
				continue;
			if (by_hash[h])
				unite(par, by_hash[h] - 1, (uint32_t)i);
			else
				by_hash[h] = (uint32_t)i + 1;
		}
		free(by_hash);
	}
	for (q = 0; q < 4; q++) {
		m = 0;
		for (i = 0; i < n; i++) {
			if (!inc->docs[i].fp)
				continue;
			qs[m].q = (uint16_t)(inc->docs[i].fp >> (16 * q));
			qs[m].doc = (uint32_t)i;
			m++;
		}
		qsort(qs, m, sizeof(*qs), cmp_qent);
		for (i = 0; i < m; i = j) {
			for (j = i + 1; j < m && qs[j].q == qs[i].q; j++)
				;
			for (k = i; k < j && k < i + MAX_RUN; k++) {
				size_t l;

				for (l = k + 1; l < j && l < i + MAX_RUN; l++)
					if (rasdp_hamming64(inc->docs[qs[k].doc].fp,
							    inc->docs[qs[l].doc].fp) <= 3)
						unite(par, qs[k].doc, qs[l].doc);
			}
		}
	}
	for (i = 0; i < n; i++)
		inc->docs[i].dup_of = find(par, (uint32_t)i);
	free(par);
	free(qs);
}
