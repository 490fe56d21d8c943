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
 *     rasdp_date_starters(), and the duals of duals.tsv, cue class `dual`,
 *     which the number reader counts as two) -> RASD_SCREEN_NUMBER,
 *     RASD_SCREEN_DATE;
 *     digits (a number token, or a word that starts with a digit after at
 *     most one letter) may open both.  A word that opens a pattern only
 *     before a core of it ("in" before "2016", "about" before "20") keeps
 *     its bit only when a core follows within the stage's reach, which a
 *     pass from the end of the document settles (drop_lone_openers());
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
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "base/err.h"
#include "lexicon/lexicon_int.h"
#include "text/text.h"

#include "base/banned.h"

/*
 * The most tokens whose Latin keys and key hashes a document keeps
 * (d->latin, 24 bytes a token; d->key_hash, 16): a report is a few
 * thousand; a longer one makes them again where asked rather than hold
 * tens of megabytes for them.
 */
#define LATIN_KEPT_TOKS 65536

/*
 * The most slots of the document's table of capitalised words whose Latin
 * key the screen made (latin_start_seen()), 12 bytes each: a
 * slot for two tokens of a report, which is zeroed for each, up to 12 KiB;
 * the words past half of it are made each time.
 */
#define LATIN_SEEN_SLOTS 1024

/* Stems tried: the word and the word with 1-4 leading Arabic letters peeled. */
#define MAX_PEEL 4

/*
 * A word's `starts` and a token's screen while it is built also say whether
 * it is a core of a number or of a date (enum rasdp_start).
 */
#define W_NUM_CORE 0x40u
#define W_DATE_CORE 0x80u

_Static_assert(sizeof(struct rasdp_word) == 32, "a screen word is half a cache line");

/* ---- the table of words ------------------------------------------------ */

/* Slot and tag of a hash (the tag's seven bits are ones the slot did not use). */
static size_t word_slot(uint32_t hash, size_t mask, uint8_t *tag)
{
	uint32_t h = hash;

	h ^= h >> 16;
	h *= 0x7FEB352Du;
	h ^= h >> 15;
	*tag = (uint8_t)(0x80 | (h >> 25));
	return h & mask;
}

/* Where a longer key is: its offset (or pointer, while built) and its length. */
static uint32_t long_len(const struct rasdp_word *e)
{
	uint32_t n;

	memcpy(&n, e->key + 8, sizeof(n));
	return n;
}

static const char *pool_of(const struct rasd_lexicon *lx)
{
	return (const char *)lx->word_tags + lx->word_mask + 1;
}

const char *rasdp_word_key(const struct rasd_lexicon *lx, const struct rasdp_word *e, size_t *len)
{
	uint32_t off;

	if (e->len != RASDP_WORD_LONG) {
		*len = e->len;
		return e->key;
	}
	*len = long_len(e);
	memcpy(&off, e->key, sizeof(off));
	return pool_of(lx) + off;
}

const struct rasdp_word *rasdp_screen_word(const struct rasd_lexicon *lx, const char *key,
					   size_t len, uint32_t hash)
{
	uint8_t tag;
	size_t i;

	if (!lx->words)
		return NULL;
	for (i = word_slot(hash, lx->word_mask, &tag); lx->word_tags[i]; i = (i + 1) & lx->word_mask) {
		const struct rasdp_word *e = &lx->words[i];
		uint32_t off;

		if (lx->word_tags[i] != tag || e->hash != hash)
			continue;
		if (len <= RASDP_WORD_INLINE) {
			if (e->len == len && rasdp_key_eq(e->key, key, len))
				return e;
			continue;
		}
		memcpy(&off, e->key, sizeof(off));
		if (e->len == RASDP_WORD_LONG && long_len(e) == len &&
		    rasdp_key_eq(pool_of(lx) + off, key, len))
			return e;
	}
	return NULL;
}

/*
 * Grow the table of words to `cap` slots (a power of two), moving the
 * words in; 0 or RASD_ENOMEM.
 */
/* The words' array as a whole (2 MiB at today's size) */
#define HUGE_PAGE ((size_t)2 << 20)

/*
 * Zeroed room for `cap` words.  An array of whole huge pages is asked to
 * be one (where the system has them, for the asking): the probes land all
 * over it, and 512 small pages cost a page fault each at start-up and a
 * TLB entry each while screening.  Freed with free().
 */
static struct rasdp_word *words_alloc(size_t cap)
{
	size_t size = cap * sizeof(struct rasdp_word);
	void *p = NULL;

	if (size < HUGE_PAGE || size % HUGE_PAGE)
		return calloc(cap, sizeof(struct rasdp_word));
	if (posix_memalign(&p, HUGE_PAGE, size))
		return NULL;
#ifdef MADV_HUGEPAGE
	madvise(p, size, MADV_HUGEPAGE);
#endif
	memset(p, 0, size);
	return p;
}

static int words_grow(struct rasd_lexicon *lx, size_t cap)
{
	struct rasdp_word *nw = words_alloc(cap);
	uint8_t *nt = calloc(cap, 1);
	uint8_t tag;
	size_t k;

	if (!nw || !nt) {
		free(nw);
		free(nt);
		return RASD_ENOMEM;
	}
	for (k = 0; lx->words && k <= lx->word_mask; k++) {
		size_t j;

		if (!lx->word_tags[k])
			continue;
		for (j = word_slot(lx->words[k].hash, cap - 1, &tag); nt[j]; j = (j + 1) & (cap - 1))
			;
		nw[j] = lx->words[k];
		nt[j] = tag;
	}
	free(lx->words);
	free(lx->word_tags);
	lx->words = nw;
	lx->word_tags = nt;
	lx->word_mask = cap - 1;
	return 0;
}

/*
 * Room for `n` more words without growing again (the table stays at most
 * half full): one allocation at start-up rather than a doubling and a
 * rehash of every word for each of them.  0 or RASD_ENOMEM.
 */
static int words_reserve(struct rasd_lexicon *lx, size_t n)
{
	size_t cap = lx->words ? lx->word_mask + 1 : 4096;

	while ((lx->nwords + n + 1) * 2 > cap)
		cap *= 2;
	if (lx->words && cap == lx->word_mask + 1)
		return 0;
	return words_grow(lx, cap);
}

/* The entry of w[0..len) (added empty when missing), or NULL out of memory. */
static struct rasdp_word *word_add(struct rasd_lexicon *lx, const char *w, size_t len)
{
	uint32_t hash = rasdp_key_hash(w, len);
	uint8_t tag;
	size_t i;

	if ((lx->nwords + 1) * 2 > (lx->words ? lx->word_mask + 1 : 0) &&
	    words_grow(lx, lx->words ? (lx->word_mask + 1) * 2 : 4096))
		return NULL;
	if (len > UINT32_MAX)
		return NULL;
	for (i = word_slot(hash, lx->word_mask, &tag); lx->word_tags[i]; i = (i + 1) & lx->word_mask) {
		struct rasdp_word *e = &lx->words[i];
		const char *k;

		if (lx->word_tags[i] != tag || e->hash != hash)
			continue;
		if (len <= RASDP_WORD_INLINE) {
			if (e->len == len && !memcmp(e->key, w, len))
				return e;
			continue;
		}
		memcpy(&k, e->key, sizeof(k));
		if (e->len == RASDP_WORD_LONG && long_len(e) == len && !memcmp(k, w, len))
			return e;
	}
	lx->word_tags[i] = tag;
	lx->words[i].hash = hash;
	if (len <= RASDP_WORD_INLINE) {
		lx->words[i].len = (uint8_t)len;
		memcpy(lx->words[i].key, w, len);
	} else {
		uint32_t n = (uint32_t)len;

		/* the caller's string until pool_words() copies it */
		lx->words[i].len = RASDP_WORD_LONG;
		memcpy(lx->words[i].key, &w, sizeof(w));
		memcpy(lx->words[i].key + 8, &n, sizeof(n));
	}
	lx->nwords++;
	return &lx->words[i];
}

/*
 * Copy the longer words' strings, in slot order, into one block after the
 * tags (freed with them), each slot then holding its offset there: the
 * strings are no longer needed where the trie's keys and the stages'
 * tables keep them.
 */
static int pool_words(struct rasd_lexicon *lx)
{
	size_t cap = lx->word_mask + 1, total = 0, i;
	uint8_t *nt;
	char *pool;

	for (i = 0; i < cap; i++)
		if (lx->word_tags[i] && lx->words[i].len == RASDP_WORD_LONG)
			total += long_len(&lx->words[i]);
	if (total >= UINT32_MAX)
		return RASD_ENOMEM;
	nt = realloc(lx->word_tags, cap + total + 1);
	if (!nt)
		return RASD_ENOMEM;
	lx->word_tags = nt;
	pool = (char *)nt + cap;
	for (i = 0; i < cap; i++) {
		struct rasdp_word *e = &lx->words[i];
		uint32_t off = (uint32_t)(pool - (char *)nt - cap);
		const char *k;

		if (!nt[i] || e->len != RASDP_WORD_LONG)
			continue;
		memcpy(&k, e->key, sizeof(k));
		memcpy(pool, k, long_len(e));
		pool += long_len(e);
		memset(e->key, 0, 8);
		memcpy(e->key, &off, sizeof(off));
	}
	*pool = '\0';
	return 0;
}

struct starter_ctx {
	struct rasd_lexicon *lx;
	uint8_t bits, core;     /* RASD_SCREEN_NUMBER and W_NUM_CORE, or the date ones */
	int failed;
};

static void add_starter(void *ctx, const char *w, enum rasdp_start how)
{
	struct starter_ctx *c = ctx;
	struct rasdp_word *e;

	if (c->failed)
		return;
	/* the stages' static tables outlive the lexicon */
	e = word_add(c->lx, w, strlen(w));
	if (!e)
		c->failed = 1;
	else
		e->starts |= (how != RASDP_START_PART ? c->bits : 0) |
			     (how != RASDP_START_OPENER ? c->core : 0);
}

/*
 * The trie's edges from its root (their slots into *roots, their count
 * returned), and with the same pass lx->latin_kids and lx->node_kids;
 * SIZE_MAX out of memory.
 */
static size_t root_edges(struct rasd_lexicon *lx, uint32_t **roots)
{
	size_t i, n = 0, cap = 0;

	*roots = NULL;
	free(lx->latin_kids);
	free(lx->node_kids);
	lx->latin_kids = calloc(lx->nnodes / 8 + 1, 1);
	lx->node_kids = calloc(lx->nnodes / 8 + 1, 1);
	if (!lx->latin_kids || !lx->node_kids)
		return SIZE_MAX;
	for (i = 0; lx->edges && i <= lx->edge_mask; i++) {
		const struct rasdp_edge *ed = &lx->edges[i];

		if (ed->child && ed->key_len && ed->parent < lx->nnodes &&
		    lx->keys[ed->key_off] == RASDP_LATIN_MARK)
			lx->latin_kids[ed->parent / 8] |= (uint8_t)(1u << (ed->parent % 8));
		if (ed->child && ed->parent < lx->nnodes)
			lx->node_kids[ed->parent / 8] |= (uint8_t)(1u << (ed->parent % 8));
		if (!ed->child || ed->parent != 0)
			continue;
		if (n == cap) {
			uint32_t *nr = realloc(*roots, (cap ? cap * 2 : 1024) * sizeof(**roots));

			if (!nr) {
				free(*roots);
				*roots = NULL;
				return SIZE_MAX;
			}
			*roots = nr;
			cap = cap ? cap * 2 : 1024;
		}
		(*roots)[n++] = (uint32_t)i;
	}
	return n;
}

int rasdp_screen_init(struct rasd_lexicon *lx)
{
	struct starter_ctx c;
	uint32_t *roots;
	size_t i, reach, nroots = root_edges(lx, &roots);

	/* every word at once: the root's keys, the cue words and a few hundred starters */
	if (nroots == SIZE_MAX || words_reserve(lx, nroots + lx->ncues + 1024)) {
		free(roots);
		return RASD_ENOMEM;
	}
	c.lx = lx;
	c.failed = 0;
	c.bits = RASD_SCREEN_NUMBER;
	c.core = W_NUM_CORE;
	reach = rasdp_number_starters(add_starter, &c);
	lx->num_reach = (uint8_t)(reach < 255 ? reach : 255);
	c.bits = RASD_SCREEN_DATE;
	c.core = W_DATE_CORE;
	reach = rasdp_date_starters(add_starter, &c);
	lx->date_reach = (uint8_t)(reach < 255 ? reach : 255);
	/* the keys that leave the trie's root, with the node each reaches */
	for (i = 0; !c.failed && i < nroots; i++) {
		const struct rasdp_edge *ed = &lx->edges[roots[i]];
		struct rasdp_word *e = word_add(lx, lx->keys + ed->key_off, ed->key_len);

		if (!e)
			c.failed = 1;
		else
			e->root = ed->child;
	}
	free(roots);
	if (c.failed)
		return RASD_ENOMEM;
	/* the cue words and their classes */
	for (i = 0; lx->cues && i <= lx->cue_mask; i++) {
		struct rasdp_word *e;

		if (!lx->cues[i].key)
			continue;
		e = word_add(lx, lx->cues[i].key, lx->cues[i].len);
		if (!e)
			return RASD_ENOMEM;
		e->cue = (uint32_t)i + 1;
		/* a dual of duals.tsv is a number by itself (numbers.c reads it as two) */
		if (lx->cues[i].dual)
			e->starts |= RASD_SCREEN_NUMBER | W_NUM_CORE;
	}
	return pool_words(lx);
}

size_t rasdp_screen_pool_len(const struct rasd_lexicon *lx)
{
	size_t total = 0, i;

	for (i = 0; lx->words && i <= lx->word_mask; i++)
		if (lx->word_tags[i] && lx->words[i].len == RASDP_WORD_LONG)
			total += long_len(&lx->words[i]);
	return total;
}

int rasdp_screen_check(const struct rasd_lexicon *lx, size_t pool)
{
	size_t i, empty = 0, used = 0;

	for (i = 0; i <= lx->word_mask; i++) {
		const struct rasdp_word *e = &lx->words[i];
		uint32_t off;

		if (!lx->word_tags[i]) {
			empty++;
			continue;
		}
		used++;
		if (!(lx->word_tags[i] & 0x80) || e->root >= lx->nnodes ||
		    (e->cue && (!lx->cues || e->cue > lx->cue_mask + 1 || !lx->cues[e->cue - 1].key)))
			return -1;
		memcpy(&off, e->key, sizeof(off));
		if (e->len == RASDP_WORD_LONG ? (uint64_t)off + long_len(e) > pool
					      : e->len > RASDP_WORD_INLINE)
			return -1;
	}
	return empty && used == lx->nwords ? 0 : -1;
}

/* ---- screening a document ---------------------------------------------- */

/*
 * Hashes of the suffixes of w[0..len) at byte offsets 0, 2, 4, 6, 8
 * (out[k] for offset 2k; those at or past len are not set); returns
 * whether the word has a hyphen.
 */
static int suffix_hashes(const char *w, size_t len, uint32_t out[MAX_PEEL + 1])
{
	uint32_t h = 2166136261u;
	size_t p = len;
	unsigned hyphen = 0;

	for (; p > 2 * MAX_PEEL + 1; p--) {
		unsigned char c = (unsigned char)w[p - 1];

		hyphen |= c == '-';
		h = (h ^ c) * 16777619u;
	}
	while (p > 0) {
		unsigned char c = (unsigned char)w[--p];

		hyphen |= c == '-';
		h = (h ^ c) * 16777619u;
		if (!(p & 1))
			out[p / 2] = h;
	}
	return (int)hyphen;
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

/* Intern cue-class set `m` in the document's table; its index, or 0 when full. */
static uint16_t intern_mask(struct rasd_doc *d, uint16_t **slots, size_t *mask,
			    const struct rasdp_cues *m)
{
	struct rasdp_cues *p;
	size_t i;

	if (rasdp_cues_none(m))
		return 0;
	for (;;) {
		i = (size_t)(rasdp_cues_hash(m) >> 40) & *mask;
		while ((*slots)[i] && !rasdp_cues_equal(&d->cue_masks[(*slots)[i]], m))
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
				size_t j = (size_t)(rasdp_cues_hash(&d->cue_masks[k]) >> 40) & (cap - 1);

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
	*p = *m;
	rasdp_cues_or(&d->cue_any, m);
	(*slots)[i] = (uint16_t)(d->ncue_masks - 1);
	return (uint16_t)(d->ncue_masks - 1);
}

/*
 * The capitalised words of one document whose Latin first step the screen
 * took: such a word comes back ("Aleppo", "Syrian", "The"), and its key
 * and step depend on its text alone (a capitalised word is always one of
 * a name: in_name() in trie.c).  `slot` is an open-addressed table of
 * mask + 1 entries in the document's arena, made when its first such word
 * is screened (an Arabic report has none), a slot for two tokens up to
 * LATIN_SEEN_SLOTS; it takes up to half of them.
 */
struct latin_seen {
	uint32_t hash;             /* of the word's normalised text */
	uint32_t tok;              /* 1 + the token it was first made for; 0: empty slot */
	uint32_t root;             /* rasdp_trie_latin_start() of that token */
};
struct latin_memo {
	struct latin_seen *slot;
	size_t mask, n;
};

static int latin_seen_init(struct rasd_doc *d, struct latin_memo *m)
{
	m->mask = 63;
	while (m->mask + 1 < LATIN_SEEN_SLOTS && m->mask + 1 < d->ntoks / 2)
		m->mask = m->mask * 2 + 1;
	m->n = 0;
	m->slot = rasd_arena_calloc(&d->arena, m->mask + 1, sizeof(*m->slot));
	return m->slot ? 0 : RASD_ENOMEM;
}

/*
 * rasdp_trie_latin_start() of capitalised token `t` (its normalised text
 * hashing to `hash`), from `m` when the same word came before: its Latin
 * key slot (d->latin, which must be set) is then copied from that token's.
 */
static uint32_t latin_start_seen(const struct rasd_lexicon *lx, struct rasd_doc *d, size_t t,
				 uint32_t hash, struct latin_memo *m)
{
	const struct rasd_token *tk = &d->toks[t];
	size_t len = tk->nend - tk->nstart, i;
	uint32_t root;

	for (i = hash & m->mask; m->slot[i].tok; i = (i + 1) & m->mask) {
		const struct latin_seen *e = &m->slot[i];
		const struct rasd_token *ft = &d->toks[e->tok - 1];

		if (e->hash == hash && ft->nend - ft->nstart == len &&
		    !memcmp(d->norm + ft->nstart, d->norm + tk->nstart, len)) {
			d->latin[t] = d->latin[e->tok - 1];
			return e->root;
		}
	}
	root = rasdp_trie_latin_start(lx, d, t);
	if ((m->n + 1) * 2 <= m->mask + 1 && t < UINT32_MAX) {
		m->slot[i].hash = hash;
		m->slot[i].tok = (uint32_t)t + 1;
		m->slot[i].root = root;
		m->n++;
	}
	return root;
}

/*
 * The trie node token `i`'s Latin key reaches from the root into *root (0:
 * none), for the screen to pass to the matcher; 0 or RASD_ENOMEM.  Only
 * from a capitalised word: the forms below a Latin key's edge from the
 * root are all spelling variants, which must start with a capital
 * (pay_ok() in trie.c), so the "of" after "Aleppo" starts none and its key
 * is made only if a walk gets to it.
 */
static int latin_root(const struct rasd_lexicon *lx, struct rasd_doc *d, size_t i,
		      uint32_t hash, struct latin_memo *m, uint32_t *root)
{
	const struct rasd_token *t = &d->toks[i];

	*root = 0;
	if (!(t->flags & RASD_TOKF_LATIN) || !(t->flags & RASD_TOKF_CAP) || t->kind != RASD_TOK_WORD)
		return 0;
	if (!d->latin) {
		*root = rasdp_trie_latin_start(lx, d, i);
		return 0;
	}
	if (!m->slot && latin_seen_init(d, m))
		return RASD_ENOMEM;
	*root = latin_start_seen(lx, d, i, hash, m);
	return 0;
}

/*
 * An opener opens a number or a date only when a core follows within the
 * stage's reach ("in" opens "in 2016", not "in the city"): from the end,
 * keep the nearest later core of each, and clear the bit of an opener
 * that has none in reach.  A date's core may be a number (a count: "منذ
 * نحو ثلاثة أيام"), so a token where a number may start is one.  The core
 * bits go with this pass.
 */
static void drop_lone_openers(const struct rasd_lexicon *lx, struct rasd_doc *d)
{
	size_t i = d->ntoks, num = SIZE_MAX, date = SIZE_MAX;

	while (i-- > 0) {
		unsigned b = d->screen[i];

		if ((b & (RASD_SCREEN_NUMBER | W_NUM_CORE)) == RASD_SCREEN_NUMBER &&
		    (num == SIZE_MAX || num - i > lx->num_reach))
			b &= ~(unsigned)RASD_SCREEN_NUMBER;
		if ((b & (RASD_SCREEN_DATE | W_DATE_CORE)) == RASD_SCREEN_DATE &&
		    (date == SIZE_MAX || date - i > lx->date_reach))
			b &= ~(unsigned)RASD_SCREEN_DATE;
		if (b & W_NUM_CORE)
			num = i;
		if (b & (W_DATE_CORE | RASD_SCREEN_NUMBER))
			date = i;
		d->screen[i] = (uint8_t)(b & ~(unsigned)(W_NUM_CORE | W_DATE_CORE));
	}
}

/* What screening one token needs of the document's screening so far. */
struct screen_state {
	uint16_t *slots;           /* intern_mask()'s table */
	size_t mask;
	struct latin_memo latin;
};

/* The document's screen, key hashes, Latin keys and cue indexes, unset; 0 or RASD_ENOMEM. */
static int screen_alloc(const struct rasd_lexicon *lx, struct rasd_doc *d,
			struct screen_state *st)
{
	st->slots = NULL;
	st->mask = 255;
	memset(&st->latin, 0, sizeof(st->latin));
	d->screen = rasd_arena_alloc(&d->arena, d->ntoks);
	if (!d->screen)
		return RASD_ENOMEM;
	if (d->ntoks <= LATIN_KEPT_TOKS) {
		/* each token's slots are set as screen_tok() reaches it */
		d->key_hash = rasd_arena_alloc(&d->arena,
					       d->ntoks * RASD_MAX_KEYS * sizeof(*d->key_hash));
		if (!d->key_hash)
			return RASD_ENOMEM;
		/* each slot's state is set as screen_tok() reaches its token */
		d->latin = rasd_arena_alloc(&d->arena, d->ntoks * sizeof(*d->latin));
		if (!d->latin)
			return RASD_ENOMEM;
	}
	if (lx->cues) {
		struct rasdp_cues *zero;

		d->cue = rasd_arena_alloc(&d->arena, d->ntoks * sizeof(*d->cue));
		st->slots = rasd_arena_calloc(&d->arena, st->mask + 1, sizeof(*st->slots));
		d->ncue_masks = 0;
		zero = RASD_ARENA_PUSH(&d->arena, d->cue_masks, d->ncue_masks, d->cue_masks_alloc);
		if (!d->cue || !st->slots || !zero)
			return RASD_ENOMEM;
		memset(zero, 0, sizeof(*zero));
		memset(&d->cue_any, 0, sizeof(d->cue_any));
	}
	return 0;
}

/*
 * The starter bits of token `t` (w[0..len) its text, `at` its stems'
 * words, `stems` of them, `hyphen` whether it has one).
 */
static unsigned start_bits(const struct rasd_token *t, const char *w, size_t len, int hyphen,
			   const struct rasdp_word *const *at, unsigned stems)
{
	unsigned bits = 0, k;

	if (t->kind == RASD_TOK_NUM)
		return RASD_SCREEN_NUMBER | RASD_SCREEN_DATE | W_NUM_CORE | W_DATE_CORE;
	if (t->kind != RASD_TOK_WORD || !len)
		return 0;
	/* digits after at most one letter: "3rd", "و15" */
	if (is_digit(w[0]) || (arabic_letter(w, len, 0) && len > 2 && is_digit(w[2])))
		bits |= RASD_SCREEN_NUMBER | RASD_SCREEN_DATE | W_NUM_CORE | W_DATE_CORE;
	/* "twenty-five" written as one token */
	if (hyphen)
		bits |= RASD_SCREEN_NUMBER | W_NUM_CORE;
	for (k = 0; k < stems; k++)
		if (at[k])
			bits |= at[k]->starts;
	return bits;
}

/* Screen token `i` of `d` (see the top of the file); 0 or RASD_ENOMEM. */
static int screen_tok(const struct rasd_lexicon *lx, struct rasd_doc *d, size_t i,
		      struct screen_state *st)
{
	const struct rasd_token *t = &d->toks[i];
	size_t len = t->nend - t->nstart, k;
	const char *w = d->norm + t->nstart;
	uint32_t hs[MAX_PEEL + 1] = { 0 };
	const struct rasdp_word *at[MAX_PEEL + 1] = { 0 };
	unsigned bits, stems = 0, n, nroot;
	uint32_t root[RASD_MAX_KEYS + 1];
	int hyphen;
	struct rasdp_cues cues = { { 0 } };

	if (d->latin)
		d->latin[i].state = RASDP_LATIN_UNASKED;
	hyphen = suffix_hashes(w, len, hs);
	/* the stems: the word, then 1-4 leading Arabic letters peeled */
	if (t->kind != RASD_TOK_PUNCT)
		for (k = 0; k <= MAX_PEEL && 2 * k < len; k++) {
			if (k && !arabic_letter(w, len, 2 * (k - 1)))
				break;
			at[k] = rasdp_screen_word(lx, w + 2 * k, len - 2 * k, hs[k]);
			stems = (unsigned)k + 1;
		}
	bits = start_bits(t, w, len, hyphen, at, stems);
	/*
	 * the keys: their hashes for the matcher (punctuation's too: a walk
	 * goes through it), whether a lexicon form may start, the cue classes
	 * (rasdp_lex_cue())
	 */
	n = t->nkeys ? t->nkeys : 1;
	nroot = 0;
	for (k = 0; k < n && k < RASD_MAX_KEYS; k++) {
		unsigned off = t->nkeys ? t->key[k] : 0;
		const struct rasdp_word *e;
		uint32_t h;

		if (off >= len)
			continue;
		h = key_hash(w, len, off, hs);
		if (d->key_hash)
			d->key_hash[i * RASD_MAX_KEYS + k] = h;
		if (t->kind == RASD_TOK_PUNCT)
			continue;
		if (off <= 2 * MAX_PEEL && !(off & 1) && off / 2 < stems)
			e = at[off / 2];
		else
			e = rasdp_screen_word(lx, w + off, len - off, h);
		root[nroot++] = e ? e->root : 0;
		if (!e)
			continue;
		if (e->root)
			bits |= RASD_SCREEN_LEXICON;
		if (t->kind == RASD_TOK_WORD && e->cue)
			rasdp_cues_or(&cues, &lx->cues[e->cue - 1].classes);
	}
	/*
	 * A capitalised name's Latin key ("Jassem" for "Jasim"), after the
	 * exact keys as the matcher ranks it (none after RASD_MAX_KEYS of
	 * them): its first step is taken here too, once.
	 */
	root[nroot] = 0;
	if (nroot < RASD_MAX_KEYS && latin_root(lx, d, i, hs[0], &st->latin, &root[nroot]))
		return RASD_ENOMEM;
	if (root[nroot])
		bits |= RASD_SCREEN_LEXICON;
	/* where a form may start, the matcher takes its first step from here */
	for (k = 0; (bits & RASD_SCREEN_LEXICON) && k <= nroot; k++) {
		uint32_t *r = RASD_ARENA_PUSH(&d->arena, d->roots, d->nroots, d->roots_alloc);

		if (!r)
			return RASD_ENOMEM;
		*r = root[k];
	}
	d->screen[i] = (uint8_t)bits;
	if (d->cue) {
		/* most tokens are no cue word: set 0, the empty set, without a call */
		uint16_t c = rasdp_cues_none(&cues) ? 0 : intern_mask(d, &st->slots, &st->mask, &cues);

		if (!c && !rasdp_cues_none(&cues))
			d->cue = NULL;    /* out of room: rasdp_lex_cue() asks the table */
		else
			d->cue[i] = c;
	}
	return 0;
}

int rasdp_screen_doc(const struct rasd_lexicon *lx, struct rasd_doc *d)
{
	struct screen_state st;
	size_t i;

	d->screen = NULL;
	d->cue = NULL;
	d->roots = NULL;
	d->nroots = d->roots_alloc = 0;
	d->latin = NULL;
	d->key_hash = NULL;
	if (!d->ntoks)
		return 0;
	if (screen_alloc(lx, d, &st))
		return RASD_ENOMEM;
	for (i = 0; i < d->ntoks; i++)
		if (screen_tok(lx, d, i, &st))
			return RASD_ENOMEM;
	drop_lone_openers(lx, d);
	if (st.latin.slot)
		rasd_arena_free(&d->arena, st.latin.slot,
				(st.latin.mask + 1) * sizeof(*st.latin.slot));
	return d->arena.failed ? RASD_ENOMEM : 0;
}
