/*
 * trie_build.c - building the trie of the one-pass matcher (trie.c): each
 * surface form of a lexicon, tokenised as a document is, becomes a path of
 * token keys from the root, with a payload (kind, entry, flags) at its
 * end; Arabic forms also go in with the article and one-letter keys marked
 * so the matcher can ask for them, Latin forms by their words' keys, an
 * acronym only in capitals.  Nodes and edges grow by doubling; the edges
 * are an open-addressed hash table keyed by (parent, key hash), each slot
 * tagged with a byte so most failed steps touch no edge.
 * rasdp_trie_finish() sorts the payloads by node and indexes them once
 * all forms are in.  Building happens once per lexicon load (or cache miss);
 * matching (trie.c) never changes the trie.
 */
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "lexicon/lexicon_int.h"
#include "text/text.h"

#include "base/banned.h"


#define MAX_FORM_TOKS 24   /* longest form, in tokens */

/* ---- building ----------------------------------------------------------- */

static int edges_grow(struct rasd_lexicon *lx)
{
	size_t cap = lx->edges ? (lx->edge_mask + 1) * 2 : 1024, i;
	struct rasdp_edge *ne = calloc(cap, sizeof(*ne));
	uint8_t *nt = calloc(cap, 1);

	if (!ne || !nt) {
		free(ne);
		free(nt);
		return RASD_ENOMEM;
	}
	if (lx->edges) {
		for (i = 0; i <= lx->edge_mask; i++) {
			const struct rasdp_edge *e = &lx->edges[i];
			uint32_t h;
			size_t j;

			if (!e->child)
				continue;
			h = edge_slot(e->parent, e->hash);
			j = h & (cap - 1);
			while (ne[j].child)
				j = (j + 1) & (cap - 1);
			ne[j] = *e;
			nt[j] = edge_tag(h);
		}
		free(lx->edges);
		free(lx->edge_tags);
	}
	lx->edges = ne;
	lx->edge_tags = nt;
	lx->edge_mask = cap - 1;
	return 0;
}

/* Grow a malloc'd array by one slot; the new slot is zeroed. */
/* rasdp_vec_push() (lexicon_int.h): the arrays the loader and the trie grow */
void *rasdp_vec_push(void **items, size_t *nr, size_t *alloc, size_t size)
{
	char *p;

	if (*nr == *alloc) {
		size_t na = *alloc ? *alloc * 2 : 64;
		void *ni = realloc(*items, na * size);

		if (!ni)
			return NULL;
		*items = ni;
		*alloc = na;
	}
	p = (char *)*items + *nr * size;
	memset(p, 0, size);
	(*nr)++;
	return p;
}

static int new_node(struct rasd_lexicon *lx, uint32_t *out)
{
	if (!VEC_PUSH(lx->nodes, lx->nnodes, lx->anodes))
		return RASD_ENOMEM;
	*out = (uint32_t)(lx->nnodes - 1);
	return 0;
}

/* Child of `parent` by key, created when missing; 0 on ENOMEM. */
static uint32_t step_or_add(struct rasd_lexicon *lx, uint32_t parent,
			    const char *key, size_t len)
{
	uint32_t hash = rasdp_key_hash(key, len), child;
	size_t i;

	child = rasdp_trie_step(lx, parent, key, len, hash);
	if (child)
		return child;
	if (!lx->nnodes && new_node(lx, &child))   /* the root */
		return 0;
	if ((lx->nedges + 1) * 2 > (lx->edges ? lx->edge_mask + 1 : 0) &&
	    edges_grow(lx))
		return 0;
	if (lx->keys_len + len > lx->keys_alloc) {
		size_t na = lx->keys_alloc ? lx->keys_alloc * 2 : 1 << 16;
		char *nk;

		while (na < lx->keys_len + len)
			na *= 2;
		nk = realloc(lx->keys, na);
		if (!nk)
			return 0;
		lx->keys = nk;
		lx->keys_alloc = na;
	}
	if (new_node(lx, &child))
		return 0;
	i = edge_slot(parent, hash) & lx->edge_mask;
	while (lx->edges[i].child)
		i = (i + 1) & lx->edge_mask;
	lx->edge_tags[i] = edge_tag(edge_slot(parent, hash));
	lx->edges[i].parent = parent;
	lx->edges[i].child = child;
	lx->edges[i].hash = hash;
	lx->edges[i].key_off = (uint32_t)lx->keys_len;
	lx->edges[i].key_len = (uint32_t)len;
	memcpy(lx->keys + lx->keys_len, key, len);
	lx->keys_len += len;
	lx->nedges++;
	return child;
}

static int add_pay(struct rasd_lexicon *lx, uint32_t node,
		   enum rasd_lex_kind kind, uint32_t entry, unsigned flags)
{
	struct rasdp_pay *p = VEC_PUSH(lx->pays, lx->npays, lx->apays);

	if (!p)
		return RASD_ENOMEM;
	p->node = node;
	p->entry = entry;
	p->kind = (uint16_t)kind;
	p->flags = (uint16_t)flags;
	return 0;
}

/*
 * A place form with Latin words is also a path of their Latin keys (other
 * tokens keep their key), so "Jassem" in a report reaches the form
 * "Jasim".  Forms without a Latin key, or whose keys are all their own
 * text, get no second path.
 */
static int insert_latin(struct rasd_lexicon *lx, const struct rasd_doc *d, size_t last,
			uint32_t entry, unsigned flags)
{
	uint32_t node = 0;
	size_t i, nlatin = 0;
	char buf[256];

	for (i = 0; i < last; i++) {
		const struct rasd_token *t = &d->toks[i];
		size_t klen = rasdp_tok_latin_key(d, t, buf, sizeof(buf));
		const char *key = buf;

		if (klen) {
			nlatin++;
		} else if (t->nkeys) {
			key = rasdp_tok_key(d, t, 0, &klen);
		} else {
			key = rasdp_tok_norm(d, t, &klen);
		}
		if (!klen || (i == 0 && t->kind == RASD_TOK_PUNCT))
			continue;
		node = step_or_add(lx, node, key, klen);
		if (!node)
			return RASD_ENOMEM;
	}
	if (!nlatin || !node)
		return 0;
	return add_pay(lx, node, RASD_LEX_PLACE, entry, flags | RASDP_PAY_LATIN);
}

/* Insert one exact form (no variants). */
static int insert_one(struct rasd_lexicon *lx, const char *form, size_t len,
		      enum rasd_lex_kind kind, uint32_t entry, unsigned flags)
{
	struct form_doc *fd = malloc(sizeof(*fd));
	uint32_t node = 0;
	size_t i, n = 0, last;
	int rc = 0;

	if (!fd)
		return RASD_ENOMEM;

	rc = rasdp_trie_form_tokens(fd, form, len);
	if (rc)
		goto out;
	/* A trailing full stop or quote typed into a form is not part of it. */
	last = fd->d.ntoks;
	while (last && fd->d.toks[last - 1].kind == RASD_TOK_PUNCT)
		last--;
	for (i = 0; i < last; i++) {
		const struct rasd_token *t = &fd->d.toks[i];
		const char *key;
		size_t klen;

		if (t->nkeys)
			key = rasdp_tok_key(&fd->d, t, 0, &klen);
		else
			key = rasdp_tok_norm(&fd->d, t, &klen);
		if (!klen)
			continue;
		if (i == 0 && t->kind == RASD_TOK_PUNCT)
			continue;   /* a form never starts with punctuation */
		node = step_or_add(lx, node, key, klen);
		if (!node) {
			rc = RASD_ENOMEM;
			goto out;
		}
		n++;
	}
	if (n && n <= MAX_FORM_TOKS) {
		unsigned art = kind == RASD_LEX_PLACE && has_article(&fd->d, 0) ?
			       RASDP_PAY_ARTICLE : 0;

		if (kind == RASD_LEX_PLACE && n == 1 && (fd->d.toks[0].flags & RASD_TOKF_ARABIC) &&
		    fd->d.toks[0].nkeys && short_key(&fd->d, 0))
			art |= RASDP_PAY_SHORT;

		if (n > lx->max_depth)
			lx->max_depth = (uint32_t)n;
		rc = add_pay(lx, node, kind, entry, flags | art);
		lx->nforms++;
	}
	/* Every place gets variants; pay_ok() says which a report's words may be. */
	if (!rc && kind == RASD_LEX_PLACE && n && n <= MAX_FORM_TOKS)
		rc = insert_latin(lx, &fd->d, last, entry, flags);
out:
	rasd_arena_release(&fd->d.arena);
	free(fd);
	return rc;
}

int rasdp_trie_word_key(struct rasd_lexicon *lx, const char *form, size_t len,
			const char **key, size_t *klen)
{
	struct form_doc *fd = malloc(sizeof(*fd));
	const struct rasd_token *t;
	int rc;

	if (!fd)
		return RASD_ENOMEM;
	rc = rasdp_trie_form_tokens(fd, form, len);
	if (!rc && (fd->d.ntoks != 1 || fd->d.toks[0].kind != RASD_TOK_WORD))
		rc = 1;
	if (!rc) {
		const char *k;

		t = &fd->d.toks[0];
		k = rasdp_tok_key(&fd->d, t, 0, klen);
		*key = rasd_arena_strndup(&lx->strings, k, *klen);
		if (!*key)
			rc = RASD_ENOMEM;
	}
	rasd_arena_release(&fd->d.arena);
	free(fd);
	return rc;
}

/* "SDF", "IS", "SANA": short, all capitals, no lower-case letter. */
static int is_acronym(const char *s, size_t len)
{
	size_t i, caps = 0;

	if (len < 2 || len > 6)
		return 0;
	for (i = 0; i < len; i++) {
		if (s[i] >= 'A' && s[i] <= 'Z')
			caps++;
		else if (!(s[i] >= '0' && s[i] <= '9'))
			return 0;
	}
	return caps >= 2;
}

/*
 * Latin transliterated article: "al-", "as-", "el-", "ad-" ...  Not "at "
 * or "as " with a space: "At Tall" must not give the word "Tall".
 */
static size_t latin_article(const char *s, size_t len)
{
#define ART(a) { a, sizeof(a) - 1 }
	static const struct { const char *s; size_t n; } arts[] = {
		ART("al-"), ART("al "), ART("el-"), ART("el "), ART("ad-"), ART("an-"),
		ART("ar-"), ART("as-"), ART("ash-"), ART("at-"), ART("az-"), ART("adh-"),
		ART("ath-"), ART("Al-"), ART("Al "), ART("El-"), ART("El "), ART("Ad-"),
		ART("An-"), ART("Ar-"), ART("As-"), ART("Ash-"), ART("At-"), ART("Az-"),
	};
#undef ART
	size_t i;

	if (len < 4 || (s[0] != 'a' && s[0] != 'e' && s[0] != 'A' && s[0] != 'E'))
		return 0;
	for (i = 0; i < sizeof(arts) / sizeof(arts[0]); i++)
		if (len > arts[i].n + 3 && !memcmp(s, arts[i].s, arts[i].n))
			return arts[i].n;
	return 0;
}

int rasdp_trie_add_form(struct rasd_lexicon *lx, const char *form, size_t len,
			enum rasd_lex_kind kind, uint32_t entry)
{
	unsigned flags = is_acronym(form, len) ? RASDP_PAY_CASE : 0;
	char tmp[512];
	size_t art;
	int rc;

	while (len && (*form == ' '))
		form++, len--;
	while (len && form[len - 1] == ' ')
		len--;
	if (!len)
		return 0;
	rc = insert_one(lx, form, len, kind, entry, flags);
	if (rc || len >= sizeof(tmp))
		return rc;
	/* "Deir ez-Zor" is also written "Deir ez Zor". */
	if (memchr(form, '-', len)) {
		size_t i;

		for (i = 0; i < len; i++)
			tmp[i] = form[i] == '-' ? ' ' : form[i];
		rc = insert_one(lx, tmp, len, kind, entry, flags);
		if (rc)
			return rc;
	}
	/* Places: "Dar'a" is also written "Dara", which the Latin key joins to "Daraa". */
	if (kind == RASD_LEX_PLACE && memchr(form, '\'', len)) {
		size_t i, n = 0;

		for (i = 0; i < len; i++)
			if (form[i] != '\'')
				tmp[n++] = form[i];
		rc = insert_one(lx, tmp, n, kind, entry, flags);
		if (rc)
			return rc;
	}
	/* Names only: "al-Bab" is also reported as "Bab". */
	if (kind == RASD_LEX_PLACE || kind == RASD_LEX_ACTOR ||
	    kind == RASD_LEX_SOURCE) {
		art = latin_article(form, len);
		if (art)
			rc = insert_one(lx, form + art, len - art, kind, entry, flags);
	}
	return rc;
}

static int pay_cmp(const void *a, const void *b)
{
	const struct rasdp_pay *x = a, *y = b;

	if (x->node != y->node)
		return x->node < y->node ? -1 : 1;
	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	if (x->entry != y->entry)
		return x->entry < y->entry ? -1 : 1;
	return (int)x->flags - (int)y->flags;
}

int rasdp_trie_finish(struct rasd_lexicon *lx)
{
	size_t i, n = 0;

	if (!lx->nnodes) {
		uint32_t root;

		if (new_node(lx, &root))
			return RASD_ENOMEM;
	}
	if (!lx->edges && edges_grow(lx))
		return RASD_ENOMEM;
	qsort(lx->pays, lx->npays, sizeof(*lx->pays), pay_cmp);
	/* Drop duplicates (one form listed twice, or a variant equal to it). */
	for (i = 0; i < lx->npays; i++) {
		if (n && lx->pays[n - 1].node == lx->pays[i].node &&
		    lx->pays[n - 1].kind == lx->pays[i].kind &&
		    lx->pays[n - 1].entry == lx->pays[i].entry) {
			/* The case-insensitive form wins over the acronym. */
			lx->pays[n - 1].flags &= lx->pays[i].flags;
			continue;
		}
		lx->pays[n++] = lx->pays[i];
	}
	lx->npays = n;
	for (i = 0; i < lx->nnodes; i++)
		lx->nodes[i].pay = lx->nodes[i].npay = 0;
	for (i = 0; i < n; i++) {
		struct rasdp_node *nd = &lx->nodes[lx->pays[i].node];

		if (!nd->npay)
			nd->pay = (uint32_t)i;
		nd->npay++;
	}
	return 0;
}
