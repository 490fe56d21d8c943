/*
 * recompute_read.c - the state of one incident update and what it reads
 * of the store (recompute.c's steps 2 and 4): each document's blocks, for
 * every changed event the reports with an event its blocks could compare
 * it with (NEAR_DAYS around its window, READ_AHEAD more, each block's
 * reading merged into disjoint intervals so nothing is read twice), and
 * the stored incidents of the documents read.  Blocks read are locked
 * first (PostgreSQL); one held by another update makes the update start
 * again with it.
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/jsonw.h"
#include "incident/recompute_int.h"
#include "store/store.h"

#include "base/banned.h"

struct ival {
	int64_t lo, hi;
};

struct rasdp_ureq {               /* what is read of one block */
	char *blk;
	int seg;                      /* as the ukey's */
	int all;                      /* every event of the block */
	struct ival *iv;              /* merged, disjoint */
	size_t niv, alloc;
};

/* ---- small containers ---------------------------------------------- */

static size_t hash_str(const char *s)
{
	size_t h = 1469598103934665603u;

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	return h;
}

static uint64_t hash_u64(uint64_t k)
{
	k ^= k >> 33;
	k *= 0xff51afd7ed558ccdULL;
	k ^= k >> 33;
	return k;
}

long rasdp_strmap_get(const struct rasdp_strmap *m, const char *k)
{
	size_t i;

	if (!m->cap)
		return -1;
	for (i = hash_str(k) & (m->cap - 1); m->keys[i]; i = (i + 1) & (m->cap - 1))
		if (!strcmp(m->keys[i], k))
			return (long)m->vals[i];
	return -1;
}

int rasdp_strmap_put(struct rasdp_strmap *m, const char *k, size_t v)
{
	size_t i;

	if ((m->n + 1) * 2 > m->cap) {
		struct rasdp_strmap nm;
		size_t j;

		nm.cap = m->cap ? m->cap * 2 : 64;
		nm.n = 0;
		nm.keys = calloc(nm.cap, sizeof(*nm.keys));
		nm.vals = calloc(nm.cap, sizeof(*nm.vals));
		if (!nm.keys || !nm.vals) {
			free(nm.keys);
			free(nm.vals);
			return RASD_ENOMEM;
		}
		for (j = 0; j < m->cap; j++)
			if (m->keys[j])
				rasdp_strmap_put(&nm, m->keys[j], m->vals[j]);
		free(m->keys);
		free(m->vals);
		*m = nm;
	}
	for (i = hash_str(k) & (m->cap - 1); m->keys[i]; i = (i + 1) & (m->cap - 1))
		if (!strcmp(m->keys[i], k)) {
			m->vals[i] = v;
			return 0;
		}
	m->keys[i] = k;
	m->vals[i] = v;
	m->n++;
	return 0;
}

void rasdp_strmap_release(struct rasdp_strmap *m)
{
	free(m->keys);
	free(m->vals);
	memset(m, 0, sizeof(*m));
}

int rasdp_keyset_has(const struct rasdp_keyset *s, uint64_t k)
{
	size_t i;

	if (!s->cap)
		return 0;
	for (i = hash_u64(k) & (s->cap - 1); s->slots[i]; i = (i + 1) & (s->cap - 1))
		if (s->slots[i] == k)
			return 1;
	return 0;
}

int rasdp_keyset_add(struct rasdp_keyset *s, uint64_t k)
{
	size_t i;

	if ((s->n + 1) * 2 > s->cap) {
		size_t nc = s->cap ? s->cap * 2 : 256, j;
		uint64_t *ns = calloc(nc, sizeof(*ns));

		if (!ns)
			return RASD_ENOMEM;
		for (j = 0; j < s->n; j++) {
			size_t p = hash_u64(s->list[j]) & (nc - 1);

			while (ns[p])
				p = (p + 1) & (nc - 1);
			ns[p] = s->list[j];
		}
		free(s->slots);
		s->slots = ns;
		s->cap = nc;
	}
	for (i = hash_u64(k) & (s->cap - 1); s->slots[i]; i = (i + 1) & (s->cap - 1))
		if (s->slots[i] == k)
			return 0;
	if (rasdp_vec_grow((void **)&s->list, &s->alloc, s->n + 1, sizeof(*s->list)))
		return RASD_ENOMEM;
	s->slots[i] = k;
	s->list[s->n++] = k;
	return 1;
}

static void keyset_release(struct rasdp_keyset *s)
{
	free(s->slots);
	free(s->list);
	memset(s, 0, sizeof(*s));
}

/* ---- the state of one update --------------------------------------- */

int rasdp_written_add(struct rasdp_written *w, const char *id)
{
	char *c;

	if (rasdp_strmap_get(&w->ids, id) >= 0)
		return 0;
	if (rasdp_vec_grow((void **)&w->own, &w->alloc, w->n + 1, sizeof(*w->own)))
		return RASD_ENOMEM;
	c = strdup(id);
	if (!c || rasdp_strmap_put(&w->ids, c, w->n)) {
		free(c);
		return RASD_ENOMEM;
	}
	w->own[w->n++] = c;
	return 0;
}

void rasdp_written_release(struct rasdp_written *w)
{
	size_t i;

	for (i = 0; i < w->n; i++)
		free(w->own[i]);
	free(w->own);
	rasdp_strmap_release(&w->ids);
}

void rasdp_upd_release(struct rasdp_upd *u)
{
	size_t i;

	for (i = 0; i < u->ndocs; i++) {
		size_t k;

		free(u->docs[i].id);
		free(u->docs[i].json);
		free(u->docs[i].text);
		for (k = 0; k < u->docs[i].nkeys; k++)
			free(u->docs[i].keys[k].blk);
		free(u->docs[i].keys);
	}
	free(u->docs);
	rasdp_strmap_release(&u->doc_ix);
	for (i = 0; i < u->nreqs; i++) {
		free(u->reqs[i].blk);
		free(u->reqs[i].iv);
	}
	free(u->reqs);
	for (i = 0; i < u->nsincs; i++) {
		free(u->sincs[i].id);
		free(u->sincs[i].evs);
	}
	free(u->sincs);
	rasdp_strmap_release(&u->sinc_ix);
	keyset_release(&u->c);
	free(u->locked);
	rasdp_incidents_free(u->inc);
	free(u->inc_doc);
	u->docs = NULL;
	u->reqs = NULL;
	u->sincs = NULL;
	u->locked = NULL;
	u->inc = NULL;
	u->inc_doc = NULL;
	u->ndocs = u->docs_alloc = u->nreqs = u->reqs_alloc = 0;
	u->nsincs = u->sincs_alloc = u->nlocked = u->locked_alloc = 0;
	u->clustered_ndocs = 0;
}

int rasdp_upd_oom(struct rasdp_upd *u)
{
	return rasdp_err(u->err, RASD_ENOMEM, -1, 0, "out of memory");
}

long rasdp_upd_doc_of(struct rasdp_upd *u, const char *id)
{
	long k = rasdp_strmap_get(&u->doc_ix, id);
	struct rasdp_udoc *d;

	if (k >= 0)
		return k;
	if (rasdp_vec_grow((void **)&u->docs, &u->docs_alloc, u->ndocs + 1, sizeof(*u->docs)))
		return -1;
	d = &u->docs[u->ndocs];
	memset(d, 0, sizeof(*d));
	d->id = strdup(id);
	if (!d->id)
		return -1;
	/* the map keeps pointers to ids, which do not move when docs[] grows */
	if (rasdp_strmap_put(&u->doc_ix, d->id, u->ndocs)) {
		free(d->id);
		return -1;
	}
	return (long)u->ndocs++;
}

char *rasdp_upd_ids_where(struct rasdp_upd *u, size_t off, int want_needed, size_t *n)
{
	struct rasd_buf b = RASD_BUF_INIT;
	struct rasd_jsonw w;
	size_t i;

	*n = 0;
	rasd_jsonw_init(&w, &b);
	rasd_jsonw_arr(&w);
	for (i = 0; i < u->ndocs; i++) {
		const struct rasdp_udoc *d = &u->docs[i];

		if (*(const int *)((const char *)d + off))
			continue;
		if (want_needed && !d->needed)
			continue;
		rasd_jsonw_str(&w, d->id);
		(*n)++;
	}
	rasd_jsonw_arr_end(&w);
	if (w.err) {
		rasd_buf_release(&b);
		return NULL;
	}
	return rasd_buf_detach(&b, NULL);
}

static int key_row(void *ctx, int ncols, const char *const *v)
{
	struct rasdp_upd *u = ctx;
	long k;
	struct rasdp_udoc *d;
	struct rasdp_ukey *key;

	if (ncols < 6 || !v[0] || !v[1])
		return 0;
	k = rasdp_strmap_get(&u->doc_ix, v[0]);
	if (k < 0)
		return 0;
	d = &u->docs[k];
	key = realloc(d->keys, (d->nkeys + 1) * sizeof(*d->keys));
	if (!key)
		return RASD_ENOMEM;
	d->keys = key;
	key = &d->keys[d->nkeys];
	key->n = (uint32_t)strtoul(v[1], NULL, 10);
	key->blk = strdup(v[2] ? v[2] : "");
	if (!key->blk)
		return RASD_ENOMEM;
	key->lo = num(v[3]);
	key->hi = v[4] ? num(v[4]) : key->lo;
	key->wide = v[5] && strcmp(v[5], "0");
	key->seg = ncols > 6 && v[6] ? atoi(v[6]) : -1;
	d->nkeys++;
	return 0;
}

int rasdp_upd_read_keys(struct rasdp_upd *u)
{
	size_t n, i;
	char *ids = rasdp_upd_ids_where(u, offsetof(struct rasdp_udoc, keyed), 0, &n);
	int rc;

	if (!ids)
		return rasdp_upd_oom(u);
	rc = n ? rasdp_store_doc_blocks(u->s, ids, key_row, u, u->err) : 0;
	free(ids);
	if (rc)
		return rc == RASD_ENOMEM ? rasdp_upd_oom(u) : rc;
	for (i = 0; i < u->ndocs; i++)
		u->docs[i].keyed = 1;
	return 0;
}

const struct rasdp_ukey *rasdp_upd_key_of(const struct rasdp_udoc *d, uint32_t n)
{
	size_t i;

	for (i = 0; i < d->nkeys; i++)
		if (d->keys[i].n == n)
			return &d->keys[i];
	return NULL;
}

/* ---- what is read of each block ------------------------------------ */

static struct rasdp_ureq *req_of(struct rasdp_upd *u, const char *blk, int seg)
{
	size_t i;
	struct rasdp_ureq *r;

	for (i = 0; i < u->nreqs; i++)
		if (u->reqs[i].seg == seg && !strcmp(u->reqs[i].blk, blk))
			return &u->reqs[i];
	if (rasdp_vec_grow((void **)&u->reqs, &u->reqs_alloc, u->nreqs + 1, sizeof(*u->reqs)))
		return NULL;
	r = &u->reqs[u->nreqs];
	memset(r, 0, sizeof(*r));
	r->blk = strdup(blk);
	r->seg = seg;
	if (!r->blk)
		return NULL;
	u->nreqs++;
	return r;
}

static int covered(const struct rasdp_ureq *r, int64_t lo, int64_t hi)
{
	size_t i;

	if (r->all)
		return 1;
	for (i = 0; i < r->niv; i++)
		if (r->iv[i].lo <= lo && r->iv[i].hi >= hi)
			return 1;
	return 0;
}

/* Add [lo, hi] to what is read of r, merged with what touches it. */
static int req_add(struct rasdp_ureq *r, int64_t lo, int64_t hi)
{
	size_t i, k = 0;

	for (i = 0; i < r->niv; i++) {
		if (r->iv[i].hi + 1 < lo || r->iv[i].lo > hi + 1) {
			r->iv[k++] = r->iv[i];
			continue;
		}
		if (r->iv[i].lo < lo)
			lo = r->iv[i].lo;
		if (r->iv[i].hi > hi)
			hi = r->iv[i].hi;
	}
	r->niv = k;
	if (rasdp_vec_grow((void **)&r->iv, &r->alloc, r->niv + 1, sizeof(*r->iv)))
		return RASD_ENOMEM;
	r->iv[r->niv].lo = lo;
	r->iv[r->niv].hi = hi;
	r->niv++;
	return 0;
}

static int is_locked(const struct rasdp_upd *u, const char *blk)
{
	size_t i;

	for (i = 0; i < u->nlocked; i++)
		if (!strcmp(u->locked[i], blk))
			return 1;
	return 0;
}

struct need_ctx {
	struct rasdp_upd *u;
	int added;
};

static int need_row(void *ctx, int ncols, const char *const *v)
{
	struct need_ctx *n = ctx;
	long k;

	if (ncols < 1 || !v[0])
		return 0;
	k = rasdp_upd_doc_of(n->u, v[0]);
	if (k < 0)
		return RASD_ENOMEM;
	if (!n->u->docs[k].needed) {
		n->u->docs[k].needed = 1;
		n->added++;
	}
	return 0;
}

/*
 * Read the reports that meet `key` (a block of an event of C), locking its
 * block first: 1 when another process holds it (*want_locks got it).
 */
static int read_key(struct rasdp_upd *u, const struct rasdp_ukey *key, struct need_ctx *nc,
		    const char ***want_locks, size_t *nwant)
{
	int all = key->lo == INT64_MIN, rc;
	int64_t lo = all ? 0 : key->lo - NEAR_DAYS, hi = all ? 0 : key->hi + NEAR_DAYS;
	struct rasdp_ureq *r = req_of(u, key->blk, key->seg);

	if (!r)
		return rasdp_upd_oom(u);
	if (all ? r->all : covered(r, lo, hi))
		return 0;
	if (!is_locked(u, key->blk)) {
		rc = rasdp_store_update_lock(u->s, key->blk, u->err);
		if (rc < 0)
			return rc;
		if (rc > 0) {
			/* held by another update: start again holding it */
			const char **nw = realloc(*want_locks, (*nwant + 1) * sizeof(*nw));

			if (!nw)
				return rasdp_upd_oom(u);
			*want_locks = nw;
			nw[*nwant] = strdup(key->blk);
			if (!nw[*nwant])
				return rasdp_upd_oom(u);
			(*nwant)++;
			return 1;
		}
		if (rasdp_vec_grow((void **)&u->locked, &u->locked_alloc, u->nlocked + 1,
				   sizeof(*u->locked)))
			return rasdp_upd_oom(u);
		u->locked[u->nlocked++] = r->blk;
	}
	if (all) {
		r->all = 1;
		rc = rasdp_store_region_docs(u->s, r->blk, 0, 0, 1, need_row, nc, u->err);
	} else {
		lo -= READ_AHEAD;
		hi += READ_AHEAD;
		rc = req_add(r, lo, hi);
		if (!rc && key->seg >= 0)   /* a side block: "s:" and the side */
			rc = rasdp_store_side_docs(u->s, r->blk + 2, key->seg, lo, hi, need_row,
						   nc, u->err);
		else if (!rc)
			rc = rasdp_store_region_docs(u->s, r->blk, lo, hi, 0, need_row, nc,
						     u->err);
	}
	return rc == RASD_ENOMEM ? rasdp_upd_oom(u) : rc;
}

/*
 * Make sure the neighbourhood of every event of C is read: each of its
 * blocks (1: held elsewhere, start again), and the reports that meet it.
 * *grew is set when a report was added.
 */
int rasdp_upd_read_neighbourhoods(struct rasdp_upd *u, const char ***want_locks, size_t *nwant,
				  int *grew)
{
	struct need_ctx nc = { u, 0 };
	size_t i, j;
	int rc;

	for (i = 0; i < u->c.n; i++) {
		uint64_t k = u->c.list[i];
		size_t di = (size_t)(k >> 32) - 1;

		if (!u->docs[di].needed) {
			u->docs[di].needed = 1;
			nc.added++;
		}
		/*
		 * none: an event of an older version of a report; docs[] grows
		 * as reports are read, so it is indexed afresh each time
		 */
		for (j = 0; j < u->docs[di].nkeys; j++) {
			struct rasdp_ukey key = u->docs[di].keys[j];

			if (key.n != (uint32_t)k)
				continue;
			rc = read_key(u, &key, &nc, want_locks, nwant);
			if (rc)
				return rc;
		}
	}
	*grew = nc.added > 0;
	return 0;
}

/* ---- stored incidents ----------------------------------------------- */

static int member_row(void *ctx, int ncols, const char *const *v)
{
	struct rasdp_upd *u = ctx;
	long k, d;
	struct rasdp_sinc *si;

	if (ncols < 3 || !v[0] || !v[1] || !v[2])
		return 0;
	k = rasdp_strmap_get(&u->sinc_ix, v[0]);
	if (k < 0) {
		if (rasdp_vec_grow((void **)&u->sincs, &u->sincs_alloc, u->nsincs + 1,
				   sizeof(*u->sincs)))
			return RASD_ENOMEM;
		si = &u->sincs[u->nsincs];
		memset(si, 0, sizeof(*si));
		si->id = strdup(v[0]);
		if (!si->id || rasdp_strmap_put(&u->sinc_ix, si->id, u->nsincs)) {
			free(si->id);
			return RASD_ENOMEM;
		}
		k = (long)u->nsincs++;
	}
	si = &u->sincs[k];
	d = rasdp_upd_doc_of(u, v[1]);
	if (d < 0 || rasdp_vec_grow((void **)&si->evs, &si->alloc, si->nev + 1, sizeof(*si->evs)))
		return RASD_ENOMEM;
	{
		uint64_t key = ev_key((size_t)d, (uint32_t)strtoul(v[2], NULL, 10));
		size_t j;

		for (j = 0; j < si->nev && si->evs[j] != key; j++)
			;
		if (j == si->nev)
			si->evs[si->nev++] = key;
	}
	return 0;
}

/* Read the stored incidents of every needed document not read yet. */
int rasdp_upd_read_members(struct rasdp_upd *u)
{
	size_t n, i, before = u->ndocs;
	char *ids = rasdp_upd_ids_where(u, offsetof(struct rasdp_udoc, membered), 1, &n);
	int rc;

	if (!ids)
		return rasdp_upd_oom(u);
	rc = n ? rasdp_store_members(u->s, ids, member_row, u, u->err) : 0;
	free(ids);
	if (rc)
		return rc == RASD_ENOMEM ? rasdp_upd_oom(u) : rc;
	for (i = 0; i < before; i++)
		if (u->docs[i].needed)
			u->docs[i].membered = 1;
	return 0;
}
