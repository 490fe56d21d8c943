/*
 * screen.c - the token screen: one look at every token, right after
 * segmenting, that says which patterns may start there.
 *
 * Every later stage tries its patterns token by token: numbers (digits,
 * number words, qualifiers), dates (numbers, month and weekday names,
 * "last", "منذ" ...), lexicon forms (a walk of the trie), and stage 6 asks
 * tokens for their cue classes again and again.  Most tokens can start
 * none of it, and telling so took each stage a dozen comparisons a token.
 * The screen hashes each word's suffixes once - its clitic-stripped stems
 * and its match keys are all suffixes at 0, 2, 4, 6 or 8 bytes (one to
 * four Arabic letters peeled off), and one pass from the end of the word
 * hashes them all (rasdp_word_hash()) - and probes with each:
 *
 *   - the starter table, built at load from the words the number and date
 *     stages say they may open with (rasdp_number_starters(),
 *     rasdp_date_starters()) -> RASD_SCREEN_NUMBER, RASD_SCREEN_DATE;
 *     digits (a number token, or a word that starts with a digit after at
 *     most one letter) may open both;
 *   - the trie's root, with each match key -> RASD_SCREEN_LEXICON;
 *   - the cue words, with each match key -> the token's cue classes,
 *     interned per document (d->cue indexes d->cue_masks).
 *
 * The screen may only say "maybe": a bit set where nothing starts costs a
 * failed attempt, a bit missing where something starts would lose it.  So
 * each stage's own test of a starting word peels at most as many letters
 * as the screen does, and tests/unit/test_screen.c runs the stages with
 * and without the screen over text made of every starter word.  A
 * document that is not screened (no engine) has d->screen NULL, and every
 * stage then tries every token.
 */
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "lexicon/lexicon_int.h"
#include "text/text.h"

#include "base/banned.h"

/* Stems tried: the word and the word with 1-4 leading Arabic letters peeled. */
#define MAX_PEEL 4

/* ---- the starter table ------------------------------------------------ */

struct starter_ctx {
	struct rasd_lexicon *lx;
	uint8_t bits;
	int failed;
};

static struct rasdp_starter *starter_slot(const struct rasd_lexicon *lx, const char *w,
					  size_t len, uint32_t hash)
{
	size_t i = hash & lx->starter_mask;

	while (lx->starters[i].w && !(lx->starters[i].hash == hash && lx->starters[i].len == len &&
				      !memcmp(lx->starters[i].w, w, len)))
		i = (i + 1) & lx->starter_mask;
	return &lx->starters[i];
}

static int starters_grow(struct rasd_lexicon *lx)
{
	size_t cap = lx->starters ? (lx->starter_mask + 1) * 2 : 1024, i;
	struct rasdp_starter *old = lx->starters;
	size_t old_cap = old ? lx->starter_mask + 1 : 0;

	lx->starters = calloc(cap, sizeof(*lx->starters));
	if (!lx->starters) {
		lx->starters = old;
		return RASD_ENOMEM;
	}
	lx->starter_mask = cap - 1;
	for (i = 0; i < old_cap; i++)
		if (old[i].w)
			*starter_slot(lx, old[i].w, old[i].len, old[i].hash) = old[i];
	free(old);
	return 0;
}

static void add_starter(void *ctx, const char *w)
{
	struct starter_ctx *c = ctx;
	struct rasd_lexicon *lx = c->lx;
	struct rasdp_starter *slot;
	size_t len = strlen(w);
	uint32_t hash = rasdp_word_hash(w, len);

	if (c->failed)
		return;
	if ((lx->nstarters + 1) * 2 > (lx->starters ? lx->starter_mask + 1 : 0) &&
	    starters_grow(lx)) {
		c->failed = 1;
		return;
	}
	slot = starter_slot(lx, w, len, hash);
	if (!slot->w) {
		slot->w = w;          /* the stages' static tables outlive the lexicon */
		slot->len = (uint32_t)len;
		slot->hash = hash;
		lx->nstarters++;
	}
	slot->bits |= c->bits;
}

int rasdp_screen_init(struct rasd_lexicon *lx)
{
	struct starter_ctx c;

	c.lx = lx;
	c.failed = 0;
	c.bits = RASD_SCREEN_NUMBER;
	rasdp_number_starters(add_starter, &c);
	c.bits = RASD_SCREEN_DATE;
	rasdp_date_starters(add_starter, &c);
	return c.failed ? RASD_ENOMEM : 0;
}

static unsigned starter_bits(const struct rasd_lexicon *lx, const char *w, size_t len,
			     uint32_t hash)
{
	const struct rasdp_starter *s;

	if (!lx->starters)
		return 0;
	s = starter_slot(lx, w, len, hash);
	return s->w ? s->bits : 0;
}

/* ---- screening a document ---------------------------------------------- */

/*
 * Hashes of the suffixes of w[0..len) at byte offsets 0, 2, 4, 6, 8
 * (out[k] for offset 2k; those at or past len are not set).
 */
static void suffix_hashes(const char *w, size_t len, uint32_t out[MAX_PEEL + 1])
{
	uint32_t h = 2166136261u;
	size_t p = len;

	while (p > 0) {
		p--;
		h ^= (unsigned char)w[p];
		h *= 16777619u;
		if (p <= 2 * MAX_PEEL && !(p & 1))
			out[p / 2] = h;
	}
}

/* Is w[at .. at+2) a (normalised, two-byte) Arabic letter? */
static int arabic_letter(const char *w, size_t len, size_t at)
{
	unsigned char c = (unsigned char)w[at];

	return at + 1 < len && c >= 0xD8 && c <= 0xDB && ((unsigned char)w[at + 1] & 0xC0) == 0x80;
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* The hash of key `k` of token `t` (w its text): from `hs` when the key is one of those suffixes. */
static uint32_t key_hash(const char *w, size_t len, unsigned off, const uint32_t *hs)
{
	if (off <= 2 * MAX_PEEL && !(off & 1))
		return hs[off / 2];
	return rasdp_word_hash(w + off, len - off);
}

/* Intern cue-class mask `m` in the document's table; its index, or 0 when full. */
static uint16_t intern_mask(struct rasd_doc *d, uint16_t **slots, size_t *mask, uint64_t m)
{
	uint64_t *p;
	size_t i;

	if (!m)
		return 0;
	for (;;) {
		i = (size_t)((m * 0x9E3779B97F4A7C15ull) >> 40) & *mask;
		while ((*slots)[i] && d->cue_masks[(*slots)[i]] != m)
			i = (i + 1) & *mask;
		if ((*slots)[i])
			return (*slots)[i];
		if (d->ncue_masks * 2 <= *mask + 1)
			break;
		/* more masks than the table holds at half load: double it */
		{
			size_t cap = (*mask + 1) * 2, k;
			uint16_t *ns = rasd_arena_calloc(&d->arena, cap, sizeof(*ns));

			if (!ns)
				return 0;
			for (k = 1; k < d->ncue_masks; k++) {
				size_t j = (size_t)((d->cue_masks[k] * 0x9E3779B97F4A7C15ull) >> 40) & (cap - 1);

				while (ns[j])
					j = (j + 1) & (cap - 1);
				ns[j] = (uint16_t)k;
			}
			*slots = ns;
			*mask = cap - 1;
		}
	}
	if (d->ncue_masks >= UINT16_MAX)
		return 0;
	p = RASD_ARENA_PUSH(&d->arena, d->cue_masks, d->ncue_masks, d->cue_masks_alloc);
	if (!p)
		return 0;
	*p = m;
	(*slots)[i] = (uint16_t)(d->ncue_masks - 1);
	return (uint16_t)(d->ncue_masks - 1);
}

/* The cue classes of the keys of token `t`: as rasdp_lex_cue() asks them. */
static uint64_t cue_classes(const struct rasd_lexicon *lx, const struct rasd_doc *d,
			    const struct rasd_token *t, const char *w, size_t len,
			    const uint32_t *hs)
{
	uint64_t m = 0;
	unsigned k;

	if (!t->nkeys)
		return rasdp_cue_classes(lx, w, len, hs[0]);
	for (k = 0; k < t->nkeys; k++) {
		unsigned off = t->key[k];

		if (off <= len)
			m |= rasdp_cue_classes(lx, w + off, len - off, key_hash(w, len, off, hs));
	}
	(void)d;
	return m;
}

int rasdp_screen_doc(const struct rasd_lexicon *lx, struct rasd_doc *d)
{
	uint16_t *slots = NULL;
	size_t mask = 255, i;

	d->screen = NULL;
	d->cue = NULL;
	if (!d->ntoks)
		return 0;
	d->screen = rasd_arena_alloc(&d->arena, d->ntoks);
	if (!d->screen)
		return RASD_ENOMEM;
	if (lx->cues) {
		uint64_t *zero;

		d->cue = rasd_arena_alloc(&d->arena, d->ntoks * sizeof(*d->cue));
		slots = rasd_arena_calloc(&d->arena, mask + 1, sizeof(*slots));
		d->ncue_masks = 0;
		zero = RASD_ARENA_PUSH(&d->arena, d->cue_masks, d->ncue_masks, d->cue_masks_alloc);
		if (!d->cue || !slots || !zero)
			return RASD_ENOMEM;
	}
	for (i = 0; i < d->ntoks; i++) {
		const struct rasd_token *t = &d->toks[i];
		size_t len = t->nend - t->nstart, k;
		const char *w = d->norm + t->nstart;
		uint32_t hs[MAX_PEEL + 1] = { 0 };
		unsigned bits = 0;

		suffix_hashes(w, len, hs);
		if (t->kind == RASD_TOK_NUM) {
			bits = RASD_SCREEN_NUMBER | RASD_SCREEN_DATE;
		} else if (t->kind == RASD_TOK_WORD && len) {
			/* digits after at most one letter: "3rd", "و15" */
			if (is_digit(w[0]) || (arabic_letter(w, len, 0) && len > 2 && is_digit(w[2])))
				bits |= RASD_SCREEN_NUMBER | RASD_SCREEN_DATE;
			/* "twenty-five" written as one token */
			if (memchr(w, '-', len))
				bits |= RASD_SCREEN_NUMBER;
			for (k = 0; k <= MAX_PEEL && 2 * k < len; k++) {
				if (k && !arabic_letter(w, len, 2 * (k - 1)))
					break;
				bits |= starter_bits(lx, w + 2 * k, len - 2 * k, hs[k]);
			}
		}
		if (t->kind != RASD_TOK_PUNCT && lx->nnodes > 1) {
			unsigned n = t->nkeys ? t->nkeys : 1;

			for (k = 0; k < n && !(bits & RASD_SCREEN_LEXICON); k++) {
				unsigned off = t->nkeys ? t->key[k] : 0;

				if (off < len &&
				    rasdp_trie_step(lx, 0, w + off, len - off, key_hash(w, len, off, hs)))
					bits |= RASD_SCREEN_LEXICON;
			}
		}
		d->screen[i] = (uint8_t)bits;
		if (d->cue) {
			uint64_t m = t->kind == RASD_TOK_WORD ? cue_classes(lx, d, t, w, len, hs) : 0;
			uint16_t c = intern_mask(d, &slots, &mask, m);

			if (m && !c) {
				d->cue = NULL;    /* out of room: rasdp_lex_cue() asks the table */
				continue;
			}
			d->cue[i] = c;
		}
	}
	return d->arena.failed ? RASD_ENOMEM : 0;
}
