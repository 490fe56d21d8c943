/*
 * trie.c - the one-pass multi-pattern matcher over token keys.
 *
 * Every surface form of every lexicon is normalised and tokenised exactly
 * as a document is (rasdp_normalize + rasdp_segment on a scratch document),
 * and the sequence of its tokens' canonical keys (key[0]) becomes a path in
 * one trie shared by all kinds.  A document token carries up to
 * RASD_MAX_KEYS keys (the word with its proclitics peeled off one by one),
 * so "وبالصبورة" reaches the form "الصبورة" through its key "صبوره".
 *
 * Matching starts a walk at each token the screen (screen.c) found a key
 * of leaving the root, and follows the tokens of the same sentence while
 * some trie node survives; each step hashes the token's keys in one pass
 * from its end and tries each from every live node (a handful at most), so
 * the cost is O(tokens x form length x keys) hash probes and nothing is
 * allocated but the matches themselves.  Per start token and kind only the longest match
 * is kept; several entries sharing one form (a subdistrict and its central
 * town) each give a match.
 *
 * Acronyms written in capitals ("IS", "US", "SANA") only match text written
 * in capitals, since their lower-case forms are ordinary words.
 *
 * Here are the walk (rasdp_trie_step(), rasdp_match_doc(),
 * rasdp_trie_walk_text()); the trie is built in trie_build.c.
 */
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "lexicon/lexicon_int.h"
#include "text/text.h"

#include "base/banned.h"

#define MAX_LIVE 16        /* live trie nodes during one walk */
#define MAX_BEST 8         /* nodes ending the longest match of one kind */

_Static_assert(RASD_LEX_NKINDS <= 32, "rasdp_match_doc() keeps the kinds matched in 32 bits");

/* ---- the walk's step and a token's keys ----------------------------------- */

uint32_t rasdp_trie_step(const struct rasd_lexicon *lx, uint32_t parent,
			 const char *key, size_t len, uint32_t hash)
{
	uint32_t h;
	uint8_t tag;
	size_t i;

	if (!lx->edges)
		return 0;
	/* from the root: the screen's table of words knows the child */
	if (parent == 0 && lx->words) {
		const struct rasdp_word *w = rasdp_screen_word(lx, key, len, hash);

		return w ? w->root : 0;
	}
	h = edge_slot(parent, hash);
	tag = edge_tag(h);
	for (i = h & lx->edge_mask; lx->edge_tags[i]; i = (i + 1) & lx->edge_mask) {
		const struct rasdp_edge *e = &lx->edges[i];

		if (lx->edge_tags[i] == tag && e->hash == hash && e->parent == parent &&
		    e->key_len == len && rasdp_key_eq(lx->keys + e->key_off, key, len))
			return e->child;
	}
	return 0;
}

/*
 * The keys a token offers to the matcher: its match keys, or its text;
 * with `kh` (the token's d->key_hash), each key's kept hash into hash[].
 */
static unsigned tok_keys(const struct rasd_doc *d, const struct rasd_token *t,
			 const char **key, size_t *len, const uint32_t *kh, uint32_t *hash)
{
	unsigned k, n = 0;

	if (t->nkeys == 0) {
		key[0] = rasdp_tok_norm(d, t, &len[0]);
		if (kh)
			hash[0] = kh[0];
		return len[0] ? 1 : 0;
	}
	for (k = 0; k < t->nkeys && k < RASD_MAX_KEYS; k++) {
		size_t l;
		const char *s = rasdp_tok_key(d, t, k, &l);

		if (!l)
			continue;
		key[n] = s;
		len[n] = l;
		if (kh)
			hash[n] = kh[k];
		n++;
	}
	return n;
}

int rasdp_trie_form_tokens(struct form_doc *fd, const char *form, size_t len)
{
	struct rasd_doc *d = &fd->d;

	memset(d, 0, sizeof(*d));
	rasd_arena_init(&d->arena, fd->buf, sizeof(fd->buf));
	d->text = rasd_arena_strndup(&d->arena, form, len);
	if (!d->text)
		return RASD_ENOMEM;
	d->text_len = len;
	if (rasdp_normalize(d) || rasdp_segment(d) || d->arena.failed)
		return RASD_ENOMEM;
	return 0;
}

/* ---- matching ------------------------------------------------------------ */

/*
 * Are the Latin letters of tokens [a, b) all capitals in the original?  A
 * possessive "'s" (or with U+2019) closing the last token is no letter of
 * the name: "SANA's correspondent" names SANA.
 */
static int span_upper(const struct rasd_doc *d, uint32_t a, uint32_t b)
{
	uint32_t i, j;

	for (i = a; i < b; i++) {
		const struct rasd_token *t = &d->toks[i];
		uint32_t end = t->end;

		if (i + 1 == b && end - t->start >= 3 && d->text[end - 1] == 's') {
			const char *q = d->text + end - 1;

			if (q[-1] == '\'')
				end -= 2;
			else if (end - t->start >= 5 && !memcmp(q - 3, "\xe2\x80\x99", 3))
				end -= 4;
		}
		for (j = t->start; j < end; j++)
			if (d->text[j] >= 'a' && d->text[j] <= 'z')
				return 0;
	}
	return 1;
}

/*
 * A one-word place name that is also an ordinary word (ordinary.tsv:
 * "سيان", "حربية") is a place only after a locative word ("قرية سيان").
 */
static int ordinary_word(const struct rasd_lexicon *lx, const struct rasd_doc *d,
			 uint32_t a, uint32_t b)
{
	if (b != a + 1 || !lx->ncues || !rasdp_lex_cue(lx, d, a, RASD_CUE_ORDINARY))
		return 0;
	return !(a >= 1 && rasdp_lex_cue(lx, d, a - 1, RASD_CUE_LOCATIVE));
}

/*
 * May the words [a, b) of a report be a spelling variant of a place name:
 * not when each of its words (the article aside) is an ordinary English
 * word (common.tsv).  "Daily" has the Latin key of the town "Dael" and
 * "Mar" that of "Maarra", but they are no spelling of them; "Tell Abiad"
 * is one of "Tell Abyad", its other word no English one.  Asked of
 * variant matches only, a cue look-up per word.
 */
static int latin_words_ok(const struct rasd_lexicon *lx, const struct rasd_doc *d,
			  uint32_t a, uint32_t b)
{
	uint32_t t;

	for (t = a; t < b; t++) {
		char buf[256];
		const char *key;

		/* the cue first: a screened look-up, where the key may be made */
		if (!rasdp_lex_cue(lx, d, t, RASD_CUE_COMMON) &&
		    rasdp_doc_latin_key(d, t, &key, NULL, buf, sizeof(buf)) > 3)
			return 1;
	}
	return 0;
}

/*
 * What pay_ok() asked of words [a, b) whatever the payload, kept while
 * more payloads of the same words are asked (a name of many places, and
 * each payload again when the matches are written): -1 not yet asked.
 */
struct words_asked {
	uint32_t a, b;
	int8_t ordinary;               /* ordinary_word() */
	int8_t latin;                  /* latin_words_ok() */
};

static inline int pay_ok(const struct rasd_lexicon *lx, const struct rasd_doc *d,
			 const struct rasdp_pay *p, uint32_t a, uint32_t b, struct words_asked *w)
{
	if (w->a != a || w->b != b) {
		w->a = a;
		w->b = b;
		w->ordinary = -1;
		w->latin = -1;
	}
	if (p->kind == RASD_LEX_PLACE) {
		if (w->ordinary < 0)
			w->ordinary = (int8_t)ordinary_word(lx, d, a, b);
		if (w->ordinary)
			return 0;
	}
	/*
	 * A name written with the article is written with it: "الحرجة" is a
	 * town, "إصابات حرجة" (critical wounds) is not.
	 */
	if ((p->flags & RASDP_PAY_ARTICLE) && !has_article(d, a))
		return 0;
	/* "باب" (a door) is not "بإب" (in Ibb): a two-letter name stands alone. */
	if ((p->flags & RASDP_PAY_SHORT) && !short_key(d, a))
		return 0;
	/*
	 * A spelling variant starts with a capital and is no ordinary English
	 * word.  Whether its place needs context (a village, a name that is
	 * also a word) the extractor asks of it as of the exact name
	 * (place_names.c).
	 */
	if (p->flags & RASDP_PAY_LATIN) {
		if (!(d->toks[a].flags & RASD_TOKF_CAP))
			return 0;
		if (w->latin < 0)
			w->latin = (int8_t)latin_words_ok(lx, d, a, b);
		if (!w->latin)
			return 0;
	}
	return !(p->flags & RASDP_PAY_CASE) || span_upper(d, a, b);
}

/*
 * Can token `t` be a word of a capitalised name: capitalised itself, or
 * right after a capitalised word ("Deir ez-Zor": "ez" after "Deir", "Zor"
 * after "-")?  Latin keys are only made for these (pay_ok() wants the
 * first word capitalised), which spares most words of English text.
 */
static int in_name(const struct rasd_doc *d, size_t t)
{
	size_t k;

	for (k = t + 1; k-- > 0 && t - k <= 2;) {
		const struct rasd_token *tk = &d->toks[k];

		if (tk->flags & RASD_TOKF_CAP)
			return 1;
		if (tk->kind != RASD_TOK_PUNCT && k != t && t - k == 2)
			return 0;
	}
	return 0;
}

/*
 * Token `t`'s Latin key after its `n` keys, when it may be a word of a
 * capitalised name (in_name()) and has one: exact keys rank before it.
 * Returns the new count of keys; buf holds the key.
 */
static unsigned add_latin_key(const struct rasd_doc *d, size_t t, const char **kp, size_t *kl,
			      uint32_t *hash, unsigned n, char *buf, size_t cap)
{
	size_t ll;

	if (n >= RASD_MAX_KEYS || !(d->toks[t].flags & RASD_TOKF_LATIN) || !in_name(d, t) ||
	    !(ll = rasdp_doc_latin_key(d, t, &kp[n], &hash[n], buf, cap)))
		return n;
	kl[n] = ll;
	return n + 1;
}

/*
 * The matcher asks for a token's Latin key once from every start whose
 * walk reaches it, so the last few tokens' keys are kept: a walk spans at
 * most lx->max_depth tokens, and a key is made again only after
 * LATIN_MEMO other tokens.
 */
#define LATIN_MEMO 8

struct latin_memo {
	size_t tok;                /* the token (SIZE_MAX: none yet) */
	size_t len;                /* its key's length, 0 when it has none */
	uint32_t hash;
	const char *kp;            /* the key: in key[], or kept in d->latin */
	char key[256];
};

/* add_latin_key() through the memo (LATIN_MEMO slots). */
static unsigned add_latin_key_memo(const struct rasd_doc *d, size_t t, const char **kp,
				   size_t *kl, uint32_t *hash, unsigned n, struct latin_memo *memo)
{
	struct latin_memo *m = &memo[t % LATIN_MEMO];

	if (n >= RASD_MAX_KEYS)
		return n;
	if (m->tok != t) {
		const char *k;
		size_t l;
		uint32_t h;

		m->tok = t;
		m->len = 0;
		if (add_latin_key(d, t, &k, &l, &h, 0, m->key, sizeof(m->key))) {
			m->len = l;
			m->hash = h;
			m->kp = k;
		}
	}
	if (!m->len)
		return n;
	kp[n] = m->kp;
	kl[n] = m->len;
	hash[n] = m->hash;
	return n + 1;
}

uint32_t rasdp_trie_latin_start(const struct rasd_lexicon *lx, const struct rasd_doc *d, size_t t)
{
	const char *kp[1];
	size_t kl[1];
	uint32_t hash[1];
	char buf[256];

	if (!add_latin_key(d, t, kp, kl, hash, 0, buf, sizeof(buf)))
		return 0;
	return rasdp_trie_step(lx, 0, kp[0], kl[0], hash[0]);
}

/* May a walk at the nodes live[0..n) take a Latin key: has one of them a child by one? */
static int latin_live(const struct rasd_lexicon *lx, const uint32_t *live, unsigned n)
{
	unsigned l;

	if (!lx->latin_kids)
		return 1;
	for (l = 0; l < n; l++)
		if (lx->latin_kids[live[l] / 8] >> (live[l] % 8) & 1)
			return 1;
	return 0;
}

/*
 * Keep of the live set live[0..n) (with its ranks) the nodes that have a
 * child: a walk that reached the end of its forms stops there, without
 * hashing the next token's keys or probing the edges.  The new count.
 */
static unsigned with_kids(const struct rasd_lexicon *lx, uint32_t *live, uint8_t *rank,
			  unsigned n)
{
	unsigned l, m = 0;

	if (!lx->node_kids)
		return n;
	for (l = 0; l < n; l++)
		if (lx->node_kids[live[l] / 8] >> (live[l] % 8) & 1) {
			live[m] = live[l];
			rank[m++] = rank[l];
		}
	return m;
}

/*
 * Add `node` to a live set, with the rank (index of the key that matched
 * the first token) it was reached by; a node reached twice keeps the
 * better rank.
 */
static void add_live(uint32_t *live, uint8_t *rank, unsigned *n, uint32_t node,
		     uint8_t r)
{
	unsigned i;

	for (i = 0; i < *n; i++)
		if (live[i] == node) {
			if (r < rank[i])
				rank[i] = r;
			return;
		}
	if (*n >= MAX_LIVE)
		return;
	rank[*n] = r;
	live[(*n)++] = node;
}

/*
 * The longest match of one kind from a start token.  Among matches of the
 * same length, those whose first token matched by an earlier key win:
 * "لبنان" is Lebanon (whole word) before "بنان" (l- peeled off).
 */
struct best {
	uint32_t end;
	uint8_t rank;
	unsigned n;
	uint32_t node[MAX_BEST];
};

/* The keys of token `t` with their hashes (one pass from the end of the token). */
static unsigned tok_keys_hashed(const struct rasd_doc *d, const struct rasd_token *t,
				const char **key, size_t *len, uint32_t *hash)
{
	unsigned n = tok_keys(d, t, key, len, NULL, NULL), k;
	size_t wl;
	const char *w = rasdp_tok_norm(d, t, &wl);
	uint32_t h = 2166136261u;
	size_t p = wl;

	/* keys are suffixes of the token, most stripped last: hash back to each */
	for (k = n; k-- > 0;) {
		size_t off = (size_t)(key[k] - w);

		if (off > wl || off + len[k] != wl) {
			hash[k] = rasdp_key_hash(key[k], len[k]);
			continue;
		}
		while (p > off) {
			p--;
			h ^= (unsigned char)w[p];
			h *= 16777619u;
		}
		hash[k] = h;
	}
	return n;
}

/*
 * The keys of token `j` with their hashes: kept by the screen
 * (d->key_hash) in the order tok_keys() gives them, else hashed here.
 */
static unsigned tok_keys_kept(const struct rasd_doc *d, size_t j, const char **key,
			      size_t *len, uint32_t *hash)
{
	if (!d->key_hash)
		return tok_keys_hashed(d, &d->toks[j], key, len, hash);
	return tok_keys(d, &d->toks[j], key, len, d->key_hash + j * RASD_MAX_KEYS, hash);
}

/*
 * The payloads of trie node `node`, reached with `rank` by the walk from
 * token `i` to token `end`, into best[] by kind (`kinds`: the kinds set so
 * far; the new set is returned).
 */
static uint32_t add_pays(const struct rasd_lexicon *lx, const struct rasd_doc *d,
			 struct best *best, uint32_t kinds, uint32_t node, uint8_t rank,
			 size_t i, size_t end, struct words_asked *asked)
{
	const struct rasdp_node *nd = &lx->nodes[node];
	uint32_t p;

	for (p = nd->pay; p < nd->pay + nd->npay; p++) {
		const struct rasdp_pay *py = &lx->pays[p];
		struct best *b = &best[py->kind];
		unsigned q;

		if (!pay_ok(lx, d, py, (uint32_t)i, (uint32_t)end, asked))
			continue;
		if (!(kinds >> py->kind & 1)) {
			kinds |= 1u << py->kind;
			b->end = 0;
			b->n = 0;
			b->rank = 0;
		}
		if (b->end != end || rank < b->rank) {
			b->end = (uint32_t)end;
			b->rank = rank;
			b->n = 0;
		} else if (rank > b->rank) {
			continue;
		}
		for (q = 0; q < b->n && b->node[q] != node; q++)
			;
		if (q == b->n && b->n < MAX_BEST)
			b->node[b->n++] = node;
	}
	return kinds;
}

int rasdp_match_doc(const struct rasd_lexicon *lx, struct rasd_doc *d)
{
	size_t ntoks = d->ntoks, i, ri = 0;
	/* the screen's first steps (d->roots), when it took them with this lexicon's trie */
	int screened = d->screen && d->roots;
	struct latin_memo memo[LATIN_MEMO];

	for (i = 0; i < LATIN_MEMO; i++)
		memo[i].tok = SIZE_MAX;

	d->nmatches = 0;
	if (!ntoks || lx->nnodes <= 1)
		return 0;
	for (i = 0; i < ntoks; i++) {
		struct best best[RASD_LEX_NKINDS];
		/* the live set and the next one, swapped after each token */
		uint32_t lbuf[2][MAX_LIVE], *live = lbuf[0], *next = lbuf[1], *tn;
		uint8_t rbuf[2][MAX_LIVE], *lrank = rbuf[0], *nrank = rbuf[1], *tr;
		unsigned nlive = 1, nnext, k, l;
		uint32_t kinds = 0;      /* the kinds with a match so far (best[] set) */
		struct words_asked asked = { 1, 0, -1, -1 };
		size_t j;

		if (d->toks[i].kind == RASD_TOK_PUNCT ||
		    (d->screen && !(d->screen[i] & RASD_SCREEN_LEXICON)))
			continue;
		live[0] = 0;
		lrank[0] = 0;
		for (j = i; j < ntoks && j - i < lx->max_depth; j++) {
			const char *kp[RASD_MAX_KEYS];
			size_t kl[RASD_MAX_KEYS];
			uint32_t hash[RASD_MAX_KEYS];
			unsigned nk;

			if (d->toks[j].sent != d->toks[i].sent)
				break;
			nnext = 0;
			if (j == i && screened) {
				/* the keys' first steps, then the Latin key's, as the screen took them */
				nk = tok_keys(d, &d->toks[j], kp, kl, NULL, NULL);
				for (k = 0; k <= nk && ri < d->nroots; k++, ri++)
					if (d->roots[ri])
						add_live(next, nrank, &nnext, d->roots[ri], (uint8_t)k);
				nlive = 0;
			} else {
				/* only nodes with children can go on: none, and the walk is over */
				nlive = with_kids(lx, live, lrank, nlive);
				if (!nlive)
					break;
				nk = tok_keys_kept(d, j, kp, kl, hash);
				if (latin_live(lx, live, nlive))
					nk = add_latin_key_memo(d, j, kp, kl, hash, nk, memo);
			}
			for (l = 0; l < nlive; l++) {
				for (k = 0; k < nk; k++) {
					uint32_t c = rasdp_trie_step(lx, live[l], kp[k], kl[k], hash[k]);

					if (c)
						add_live(next, nrank, &nnext, c,
							 j == i ? (uint8_t)k : lrank[l]);
				}
			}
			if (!nnext)
				break;
			for (l = 0; l < nnext; l++)
				kinds = add_pays(lx, d, best, kinds, next[l], nrank[l], i, j + 1,
						 &asked);
			tn = live;
			live = next;
			next = tn;
			tr = lrank;
			lrank = nrank;
			nrank = tr;
			nlive = nnext;
		}
		for (k = 0; kinds >> k; k++) {
			size_t first = d->nmatches;

			if (!(kinds >> k & 1))
				continue;

			for (l = 0; l < best[k].n; l++) {
				const struct rasdp_node *nd = &lx->nodes[best[k].node[l]];
				uint32_t p;

				for (p = nd->pay; p < nd->pay + nd->npay; p++) {
					const struct rasdp_pay *py = &lx->pays[p];
					struct rasd_match *m;
					size_t q;

					if (py->kind != k ||
					    !pay_ok(lx, d, py, (uint32_t)i, best[k].end, &asked))
						continue;
					for (q = first; q < d->nmatches && d->matches[q].entry != py->entry; q++)
						;
					if (q < d->nmatches)
						continue;
					m = RASD_ARENA_PUSH(&d->arena, d->matches, d->nmatches,
							    d->matches_alloc);
					if (!m)
						return RASD_ENOMEM;
					m->tok_start = (uint32_t)i;
					m->tok_end = best[k].end;
					m->kind = (uint16_t)k;
					m->entry = py->entry;
				}
			}
		}
	}
	return 0;
}

/*
 * Walk the trie over the tokens of fd with every key combination (with
 * `latin`, the Latin keys of its words too): the nodes reached after the
 * last token into out[0..max), their count returned.
 */
static size_t walk_form(const struct rasd_lexicon *lx, const struct form_doc *fd, int latin,
			uint32_t *out, size_t max)
{
	uint32_t live[MAX_LIVE], next[MAX_LIVE];
	uint8_t rank[MAX_LIVE];
	unsigned nlive = 1, nnext, l, k;
	size_t i, n = 0, steps = 0;

	live[0] = 0;
	for (i = 0; i < fd->d.ntoks; i++) {
		const char *kp[RASD_MAX_KEYS + 1];
		size_t kl[RASD_MAX_KEYS + 1];
		char buf[256];
		unsigned nkeys = tok_keys(&fd->d, &fd->d.toks[i], kp, kl, NULL, NULL);

		if (latin && (kl[nkeys] = rasdp_tok_latin_key(&fd->d, &fd->d.toks[i], buf,
							sizeof(buf))) != 0)
			kp[nkeys++] = buf;

		if (steps == 0 && fd->d.toks[i].kind == RASD_TOK_PUNCT)
			continue;
		nnext = 0;
		for (l = 0; l < nlive; l++)
			for (k = 0; k < nkeys; k++) {
				uint32_t c = rasdp_trie_step(lx, live[l], kp[k], kl[k],
							     rasdp_key_hash(kp[k], kl[k]));

				if (c)
					add_live(next, rank, &nnext, c, 0);
			}
		if (!nnext) {
			/* Trailing punctuation ("Reuters.") does not spoil a name. */
			if (fd->d.toks[i].kind == RASD_TOK_PUNCT)
				continue;
			nlive = 0;
			break;
		}
		memcpy(live, next, nnext * sizeof(*live));
		nlive = nnext;
		steps++;
	}
	if (steps)
		for (l = 0; l < nlive && n < max; l++)
			out[n++] = live[l];
	return n;
}

size_t rasdp_trie_walk_text(const struct rasd_lexicon *lx, const char *text, size_t len,
			    uint32_t *out, size_t max, uint32_t *latin_out, size_t *nlatin)
{
	struct form_doc *fd;
	size_t n = 0;

	if (nlatin)
		*nlatin = 0;
	if (lx->nnodes <= 1)
		return 0;
	fd = malloc(sizeof(*fd));
	if (!fd)
		return 0;
	/* one tokenising for both walks */
	if (!rasdp_trie_form_tokens(fd, text, len)) {
		n = walk_form(lx, fd, 0, out, max);
		if (latin_out && nlatin)
			*nlatin = walk_form(lx, fd, 1, latin_out, max);
	}
	rasd_arena_release(&fd->d.arena);
	free(fd);
	return n;
}
