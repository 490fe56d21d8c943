/*
 * recompute.c - the incidents of a store (see recompute.h), kept up to
 * date block by block.
 *
 * The clustering (cluster.c) only ever compares two events that share a
 * block: a place, a governorate and a week, or (an event without a place
 * and one with) a side both name and a week, and only when their date
 * windows lie within a few days of each other.  So a new report can only
 * change the incidents of the blocks its events fall in, and an update
 * reads, clusters and rewrites those alone, whatever the size of the
 * store.  The store keeps each event's governorate key and date window,
 * and a row per side it names (store.h, "Blocks"); an update works on a
 * set of "changed" events C:
 *
 *   1. C starts as the events of the pending reports (a group of them
 *      that share a governorate and a few weeks, for a large backlog).
 *   2. For every event of C, the reports with an event of its block whose
 *      window lies within NEAR_DAYS of its own are read (and the block's
 *      wide events), and those with an event of the other kind (with a
 *      place, without) that names one of its sides in that window: every
 *      event it could be compared with, and theirs.
 *   3. The reports read are clustered, in the order of their ids, as a
 *      whole-store recomputation orders them, so ties between equal
 *      scores fall the same way.
 *   4. C grows by every member of a computed incident that has a member
 *      in C, and of a stored incident that has a member in C or one of
 *      the pending reports (a replaced report's old events): the
 *      incidents that change.  Back to 2 until nothing grows.
 *   5. In one transaction that holds the blocks' locks from before step
 *      2: the stored incidents that meet C are deleted, the computed ones
 *      that meet C written, the pending flags cleared.
 * Everything outside C keeps its stored incident, and every event of C
 * ends in exactly one.  An update costs the size of the blocks it
 * touches: a report dated in one week of one governorate reads a few
 * weeks of that governorate.
 *
 * Exactness: the incidents written are those a recomputation of the whole
 * store would give, as long as nothing further than NEAR_DAYS from C
 * decides how C's events are joined.  The joins of one incident span at
 * most a few days (cluster.c refuses chains), so that holds unless a long
 * run of daily events at one place is joined differently far away; and a
 * report without a place joins only its syndicated copies, found here
 * among the reports without a place of the same weeks, and the events of
 * its sides, found by them.  NEEDSWORK: keep each report's text
 * fingerprint in the store to find copies wherever they are.
 *
 * Spreading: steps 2-4 settle because the stored incidents are what the
 * clustering gives, so C only takes in the incidents of the new events
 * and their neighbours.  Incidents stored by another version of the
 * clustering break that: each round C takes a stored incident, then the
 * computed ones that share its members, then the stored ones that share
 * theirs, and walks along the block a few days per round (a one-report
 * update of a million-report store stored by an older clustering read
 * 30,000 reports in 64 rounds and still grew).  No bounded update can be
 * exact then, since every incident of the block may change.  So an update
 * that has not settled in MAX_ROUNDS rounds is rolled back, every stored
 * incident is deleted and every report marked pending, in one
 * transaction, and the update rebuilds them all (rasdp_incidents_update_ex
 * tells the caller).  A run killed during the rebuild leaves the pending
 * flags: the next update finishes it.
 *
 * Names: an incident is named by its first member (the least document id,
 * then event), which reports added later do not change unless they come
 * first, so links to incidents survive updates.
 */
#include "incident/recompute.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/jsonw.h"
#include "doc.h"
#include "incident/incident_int.h"
#include "store/store.h"

#include "base/banned.h"

/* Days around a changed event's window whose events of its block are read. */
#define NEAR_DAYS 21
/* Extra days read beyond what is needed, so that C growing a little reads no more. */
#define READ_AHEAD 14
/*
 * Bounds of steps 2-4: past them C is spreading through its blocks, which
 * an update of a consistent store never does (see "Spreading" above).
 */
#define MAX_ROUNDS 24
/* update_once(): C spread past the bounds. */
#define SPREAD 2
/* Pending reports' events per update when the backlog is large. */
#define GROUP_EVENTS 4000
#define GROUP_DAYS 56

struct load_ctx {
	struct rasd_incidents *inc;
	int failed;
};

static int load_one(void *ctx, const char *id, const char *json, const char *text)
{
	struct load_ctx *l = ctx;
	rasd_err e;

	(void)id;
	memset(&e, 0, sizeof(e));
	/* A stored line that no longer reads is left out, not fatal. */
	if (rasdp_incidents_add_line(l->inc, json, strlen(json), text, &e) == RASD_ENOMEM) {
		l->failed = RASD_ENOMEM;
		return 1;
	}
	return 0;
}

int rasdp_incidents_load_store(struct rasd_incidents *inc, struct rasd_store *s,
			       const char *from, const char *to, rasd_err *err)
{
	struct load_ctx l = { inc, 0 };
	int rc = rasdp_store_each_extraction(s, from, to, load_one, &l, err);

	if (!rc && l.failed)
		rc = rasdp_err(err, l.failed, -1, 0, "out of memory");
	return rc;
}

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

/* String -> index, open addressing; the strings are the caller's. */
struct strmap {
	const char **keys;
	size_t *vals;
	size_t cap, n;
};

static long strmap_get(const struct strmap *m, const char *k)
{
	size_t i;

	if (!m->cap)
		return -1;
	for (i = hash_str(k) & (m->cap - 1); m->keys[i]; i = (i + 1) & (m->cap - 1))
		if (!strcmp(m->keys[i], k))
			return (long)m->vals[i];
	return -1;
}

static int strmap_put(struct strmap *m, const char *k, size_t v)
{
	size_t i;

	if ((m->n + 1) * 2 > m->cap) {
		struct strmap nm;
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
				strmap_put(&nm, m->keys[j], m->vals[j]);
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

static void strmap_release(struct strmap *m)
{
	free(m->keys);
	free(m->vals);
	memset(m, 0, sizeof(*m));
}

/* A set of 64-bit keys, none of them 0; `list` keeps them in order added. */
struct keyset {
	uint64_t *slots;
	size_t cap, n;
	uint64_t *list;
	size_t alloc;
};

static int keyset_has(const struct keyset *s, uint64_t k)
{
	size_t i;

	if (!s->cap)
		return 0;
	for (i = hash_u64(k) & (s->cap - 1); s->slots[i]; i = (i + 1) & (s->cap - 1))
		if (s->slots[i] == k)
			return 1;
	return 0;
}

/* 1 added, 0 there already, RASD_ENOMEM. */
static int keyset_add(struct keyset *s, uint64_t k)
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

static void keyset_release(struct keyset *s)
{
	free(s->slots);
	free(s->list);
	memset(s, 0, sizeof(*s));
}

/* An event (document of the update, n) as a key; +1 keeps it from 0. */
static uint64_t ev_key(size_t doc, uint32_t n)
{
	return ((uint64_t)doc + 1) << 32 | n;
}

/* ---- the state of one update --------------------------------------- */

struct ukey {                     /* one of a stored event's blocks */
	uint32_t n;
	char *blk;                    /* its key, which is also what is locked */
	int64_t lo, hi;               /* INT64_MIN: no window */
	int wide;
	int seg;                      /* -1: its block's events; a side block: the kind
				       * read, 1 with a place, 0 without (store.h) */
};

struct udoc {
	char *id;
	char *json, *text;            /* the extraction and text, once read */
	int read;                     /* json and text read (or found missing) */
	int keyed;                    /* keys read */
	int membered;                 /* its stored incidents read */
	int needed;                   /* clustered in this update */
	int pending;                  /* a pending report of this update */
	struct ukey *keys;
	size_t nkeys;
};

struct ival {
	int64_t lo, hi;
};

struct ureq {                     /* what is read of one block */
	char *blk;
	int seg;                      /* as the ukey's */
	int all;                      /* every event of the block */
	struct ival *iv;              /* merged, disjoint */
	size_t niv, alloc;
};

struct sinc {                     /* a stored incident */
	char *id;
	uint64_t *evs;                /* ev_key()s of its members */
	size_t nev, alloc;
	int gone;                     /* meets C: deleted by the update */
};

struct upd {
	struct rasd_store *s;
	const struct rasd_models *models; /* weights of the scored decisions (borrowed) */
	int threads;                  /* clustering threads */
	rasd_err *err;
	struct udoc *docs;
	size_t ndocs, docs_alloc;
	struct strmap doc_ix;         /* id -> docs[] */
	struct ureq *reqs;
	size_t nreqs, reqs_alloc;
	struct sinc *sincs;
	size_t nsincs, sincs_alloc;
	struct strmap sinc_ix;        /* id -> sincs[] */
	struct keyset c;              /* the changed events */
	const char **locked;          /* blocks locked (PostgreSQL), strings of reqs or docs */
	size_t nlocked, locked_alloc;
	struct rasd_incidents *inc;
	size_t *inc_doc;              /* collection document -> docs[] */
	int clustered_ndocs;          /* docs needed when the collection was built */
	struct written *written;      /* ids written by the whole run (counted once) */
};

/* The ids an update run wrote, to count each incident once. */
struct written {
	struct strmap ids;
	char **own;
	size_t n, alloc;
};

static int written_add(struct written *w, const char *id)
{
	char *c;

	if (strmap_get(&w->ids, id) >= 0)
		return 0;
	if (rasdp_vec_grow((void **)&w->own, &w->alloc, w->n + 1, sizeof(*w->own)))
		return RASD_ENOMEM;
	c = strdup(id);
	if (!c || strmap_put(&w->ids, c, w->n)) {
		free(c);
		return RASD_ENOMEM;
	}
	w->own[w->n++] = c;
	return 0;
}

static void written_release(struct written *w)
{
	size_t i;

	for (i = 0; i < w->n; i++)
		free(w->own[i]);
	free(w->own);
	strmap_release(&w->ids);
}

static void upd_release(struct upd *u)
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
	strmap_release(&u->doc_ix);
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
	strmap_release(&u->sinc_ix);
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

static int oom(struct upd *u)
{
	return rasdp_err(u->err, RASD_ENOMEM, -1, 0, "out of memory");
}

/* The update's document `id`, added when new; -1 when out of memory. */
static long doc_of(struct upd *u, const char *id)
{
	long k = strmap_get(&u->doc_ix, id);
	struct udoc *d;

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
	if (strmap_put(&u->doc_ix, d->id, u->ndocs)) {
		free(d->id);
		return -1;
	}
	return (long)u->ndocs++;
}

/* JSON array of the ids of docs[] whose flag at `off` is clear; *n counts them. */
static char *ids_where(struct upd *u, size_t off, int want_needed, size_t *n)
{
	struct rasd_buf b = RASD_BUF_INIT;
	struct rasd_jsonw w;
	size_t i;

	*n = 0;
	rasd_jsonw_init(&w, &b);
	rasd_jsonw_arr(&w);
	for (i = 0; i < u->ndocs; i++) {
		const struct udoc *d = &u->docs[i];

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

static int64_t num(const char *s)
{
	return s ? strtoll(s, NULL, 10) : INT64_MIN;
}

static int key_row(void *ctx, int ncols, const char *const *v)
{
	struct upd *u = ctx;
	long k;
	struct udoc *d;
	struct ukey *key;

	if (ncols < 6 || !v[0] || !v[1])
		return 0;
	k = strmap_get(&u->doc_ix, v[0]);
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

/* Read the blocks of every document of the update that has none yet. */
static int read_keys(struct upd *u)
{
	size_t n, i;
	char *ids = ids_where(u, offsetof(struct udoc, keyed), 0, &n);
	int rc;

	if (!ids)
		return oom(u);
	rc = n ? rasdp_store_doc_blocks(u->s, ids, key_row, u, u->err) : 0;
	free(ids);
	if (rc)
		return rc == RASD_ENOMEM ? oom(u) : rc;
	for (i = 0; i < u->ndocs; i++)
		u->docs[i].keyed = 1;
	return 0;
}

static const struct ukey *key_of(const struct udoc *d, uint32_t n)
{
	size_t i;

	for (i = 0; i < d->nkeys; i++)
		if (d->keys[i].n == n)
			return &d->keys[i];
	return NULL;
}

/* ---- what is read of each block ------------------------------------ */

static struct ureq *req_of(struct upd *u, const char *blk, int seg)
{
	size_t i;
	struct ureq *r;

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

static int covered(const struct ureq *r, int64_t lo, int64_t hi)
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
static int req_add(struct ureq *r, int64_t lo, int64_t hi)
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

static int is_locked(const struct upd *u, const char *blk)
{
	size_t i;

	for (i = 0; i < u->nlocked; i++)
		if (!strcmp(u->locked[i], blk))
			return 1;
	return 0;
}

struct need_ctx {
	struct upd *u;
	int added;
};

static int need_row(void *ctx, int ncols, const char *const *v)
{
	struct need_ctx *n = ctx;
	long k;

	if (ncols < 1 || !v[0])
		return 0;
	k = doc_of(n->u, v[0]);
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
static int read_key(struct upd *u, const struct ukey *key, struct need_ctx *nc,
		    const char ***want_locks, size_t *nwant)
{
	int all = key->lo == INT64_MIN, rc;
	int64_t lo = all ? 0 : key->lo - NEAR_DAYS, hi = all ? 0 : key->hi + NEAR_DAYS;
	struct ureq *r = req_of(u, key->blk, key->seg);

	if (!r)
		return oom(u);
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
				return oom(u);
			*want_locks = nw;
			nw[*nwant] = strdup(key->blk);
			if (!nw[*nwant])
				return oom(u);
			(*nwant)++;
			return 1;
		}
		if (rasdp_vec_grow((void **)&u->locked, &u->locked_alloc, u->nlocked + 1,
				   sizeof(*u->locked)))
			return oom(u);
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
	return rc == RASD_ENOMEM ? oom(u) : rc;
}

/*
 * Make sure the neighbourhood of every event of C is read: each of its
 * blocks (1: held elsewhere, start again), and the reports that meet it.
 * *grew is set when a report was added.
 */
static int read_neighbourhoods(struct upd *u, const char ***want_locks, size_t *nwant,
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
			struct ukey key = u->docs[di].keys[j];

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
	struct upd *u = ctx;
	long k, d;
	struct sinc *si;

	if (ncols < 3 || !v[0] || !v[1] || !v[2])
		return 0;
	k = strmap_get(&u->sinc_ix, v[0]);
	if (k < 0) {
		if (rasdp_vec_grow((void **)&u->sincs, &u->sincs_alloc, u->nsincs + 1,
				   sizeof(*u->sincs)))
			return RASD_ENOMEM;
		si = &u->sincs[u->nsincs];
		memset(si, 0, sizeof(*si));
		si->id = strdup(v[0]);
		if (!si->id || strmap_put(&u->sinc_ix, si->id, u->nsincs)) {
			free(si->id);
			return RASD_ENOMEM;
		}
		k = (long)u->nsincs++;
	}
	si = &u->sincs[k];
	d = doc_of(u, v[1]);
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
static int read_members(struct upd *u)
{
	size_t n, i, before = u->ndocs;
	char *ids = ids_where(u, offsetof(struct udoc, membered), 1, &n);
	int rc;

	if (!ids)
		return oom(u);
	rc = n ? rasdp_store_members(u->s, ids, member_row, u, u->err) : 0;
	free(ids);
	if (rc)
		return rc == RASD_ENOMEM ? oom(u) : rc;
	for (i = 0; i < before; i++)
		if (u->docs[i].needed)
			u->docs[i].membered = 1;
	return 0;
}

/* ---- the collection -------------------------------------------------- */

static int text_row(void *ctx, int ncols, const char *const *v)
{
	struct upd *u = ctx;
	long k;
	struct udoc *d;

	if (ncols < 3 || !v[0] || !v[1])
		return 0;
	k = strmap_get(&u->doc_ix, v[0]);
	if (k < 0)
		return 0;
	d = &u->docs[k];
	free(d->json);
	free(d->text);
	d->json = strdup(v[1]);
	d->text = v[2] ? strdup(v[2]) : NULL;
	if (!d->json || (v[2] && !d->text))
		return RASD_ENOMEM;
	return 0;
}

static int cmp_doc_ids(const void *a, const void *b, void *ctx)
{
	const struct upd *u = ctx;

	return strcmp(u->docs[*(const size_t *)a].id, u->docs[*(const size_t *)b].id);
}

/* qsort has no context argument in C11: a small merge sort with one. */
static void sort_ix(size_t *v, size_t n, size_t *tmp, struct upd *u)
{
	size_t m, i, j, k;

	if (n < 2)
		return;
	m = n / 2;
	sort_ix(v, m, tmp, u);
	sort_ix(v + m, n - m, tmp, u);
	for (i = 0, j = m, k = 0; i < m && j < n; )
		tmp[k++] = cmp_doc_ids(&v[j], &v[i], u) < 0 ? v[j++] : v[i++];
	while (i < m)
		tmp[k++] = v[i++];
	while (j < n)
		tmp[k++] = v[j++];
	memcpy(v, tmp, n * sizeof(*v));
}

/* Read what is missing and cluster every needed document, in id order. */
static int cluster_needed(struct upd *u)
{
	size_t n, i, k = 0, *order = NULL, *tmp = NULL;
	char *ids = ids_where(u, offsetof(struct udoc, read), 1, &n);
	int rc;

	if (!ids)
		return oom(u);
	rc = n ? rasdp_store_extractions(u->s, ids, text_row, u, u->err) : 0;
	free(ids);
	if (rc)
		return rc == RASD_ENOMEM ? oom(u) : rc;
	for (i = 0; i < u->ndocs; i++)
		if (u->docs[i].needed)
			u->docs[i].read = 1;
	for (i = 0; i < u->ndocs; i++)
		k += u->docs[i].needed && u->docs[i].json;
	order = malloc((k ? k : 1) * sizeof(*order));
	tmp = malloc((k ? k : 1) * sizeof(*tmp));
	rasdp_incidents_free(u->inc);
	free(u->inc_doc);
	u->inc = rasdp_incidents_new();
	u->inc_doc = malloc((k ? k : 1) * sizeof(*u->inc_doc));
	if (u->inc)
		rasdp_incidents_set_models(u->inc, u->models);
	if (!order || !tmp || !u->inc || !u->inc_doc) {
		free(order);
		free(tmp);
		return oom(u);
	}
	rasdp_incidents_set_ids(u->inc, RASD_INC_IDS_STABLE);
	rasdp_incidents_set_threads(u->inc, u->threads);
	for (i = 0, k = 0; i < u->ndocs; i++)
		if (u->docs[i].needed && u->docs[i].json)
			order[k++] = i;
	sort_ix(order, k, tmp, u);
	free(tmp);
	for (i = 0; i < k && !rc; i++) {
		struct udoc *d = &u->docs[order[i]];
		size_t before = rasdp_incidents_ndocs(u->inc);
		rasd_err e;

		memset(&e, 0, sizeof(e));
		/* A stored line that no longer reads is left out, not fatal. */
		if (rasdp_incidents_add_line(u->inc, d->json, strlen(d->json), d->text, &e) ==
		    RASD_ENOMEM)
			rc = oom(u);
		if (rasdp_incidents_ndocs(u->inc) > before)
			u->inc_doc[before] = order[i];
	}
	free(order);
	if (!rc && rasdp_incidents_cluster(u->inc, 0))
		rc = oom(u);
	return rc;
}

/* The update's event of a collection event. */
static uint64_t inc_ev_key(const struct upd *u, uint32_t ev)
{
	const struct rasd_ev *e = &u->inc->evs[ev];

	return ev_key(u->inc_doc[e->doc], e->n);
}

/* Does computed incident i meet C? */
static int computed_meets(const struct upd *u, size_t i)
{
	const struct rasdp_incident *x = &u->inc->incs[i];
	size_t j;

	for (j = 0; j < x->nev; j++)
		if (keyset_has(&u->c, inc_ev_key(u, x->evs[j])))
			return 1;
	return 0;
}

static int stored_meets(const struct upd *u, const struct sinc *si)
{
	size_t j;

	for (j = 0; j < si->nev; j++) {
		uint64_t k = si->evs[j];

		if (keyset_has(&u->c, k) || u->docs[(k >> 32) - 1].pending)
			return 1;
	}
	return 0;
}

/* Step 4: grow C by the incidents that meet it; *grew when it did. */
static int grow(struct upd *u, int *grew)
{
	size_t i, j;
	int rc;

	*grew = 0;
	for (i = 0; i < u->inc->nincs; i++) {
		const struct rasdp_incident *x = &u->inc->incs[i];

		if (!computed_meets(u, i))
			continue;
		for (j = 0; j < x->nev; j++) {
			rc = keyset_add(&u->c, inc_ev_key(u, x->evs[j]));
			if (rc < 0)
				return oom(u);
			*grew |= rc;
		}
	}
	for (i = 0; i < u->nsincs; i++) {
		struct sinc *si = &u->sincs[i];

		if (!stored_meets(u, si))
			continue;
		si->gone = 1;
		for (j = 0; j < si->nev; j++) {
			struct udoc *d = &u->docs[(si->evs[j] >> 32) - 1];

			/* a replaced report's old events are gone: not kept in C */
			if (d->keyed && !key_of(d, (uint32_t)si->evs[j]))
				continue;
			rc = keyset_add(&u->c, si->evs[j]);
			if (rc < 0)
				return oom(u);
			*grew |= rc;
		}
	}
	return 0;
}

/* ---- writing ----------------------------------------------------------- */

/* What the store keeps of one incident, besides its JSON. */
struct row {
	char id[RASD_INC_ID_MAX];
	char date[16], date_last[16];
	size_t json_at;              /* offset of its JSON in the shared buffer */
};

/*
 * The incidents of `inc` picked by `take` (all when NULL) as store rows;
 * their JSON, NUL-separated, in `all`.  *n gets how many.
 */
static int rows_of(const struct rasd_incidents *inc, const unsigned char *take,
		   struct row *rows, struct rasd_store_incident *incs, const char **mdocs,
		   int *mn, struct rasd_buf *all, size_t *n)
{
	size_t i, j, k = 0, mpos = 0;
	int rc;

	for (i = 0; i < inc->nincs; i++) {
		const struct rasdp_incident *x = &inc->incs[i];
		struct rasd_jsonw w;

		if (take && !take[i])
			continue;
		rasdp_incidents_id(inc, i, rows[k].id);
		/* the dates the JSON gives: none for an undated incident */
		rows[k].date[0] = rows[k].date_last[0] = '\0';
		if (x->day_first != INT64_MIN && x->day_first != INT64_MAX)
			rasdp_day_str(rows[k].date, sizeof(rows[k].date), x->day_first);
		if (x->precision && x->day_last != INT64_MIN && x->day_last != INT64_MAX)
			rasdp_day_str(rows[k].date_last, sizeof(rows[k].date_last), x->day_last);
		rows[k].json_at = all->len;
		rasd_jsonw_init(&w, all);
		rc = rasdp_incident_json(&w, inc, i);
		if (rc || w.err)
			return rc ? rc : w.err;
		rasd_buf_addch(all, '\0');
		incs[k].member_docs = mdocs + mpos;
		incs[k].member_n = mn + mpos;
		incs[k].nmembers = x->nev;
		for (j = 0; j < x->nev; j++, mpos++) {
			const struct rasd_ev *e = &inc->evs[x->evs[j]];

			mdocs[mpos] = rasdp_incidents_str(inc, inc->docs[e->doc].id);
			mn[mpos] = (int)e->n;
		}
		k++;
	}
	if (all->err)
		return all->err;
	for (i = 0; i < k; i++) {
		incs[i].id = rows[i].id;
		incs[i].date = rows[i].date[0] ? rows[i].date : NULL;
		incs[i].date_last = rows[i].date_last[0] ? rows[i].date_last : NULL;
		incs[i].json = all->buf + rows[i].json_at;
	}
	*n = k;
	return 0;
}

/* Step 5: delete the stored incidents that meet C, write the computed ones. */
static int write_changes(struct upd *u, const char *seqs_json)
{
	struct rasd_store_incident *incs = NULL;
	struct row *rows = NULL;
	struct rasd_buf all = RASD_BUF_INIT, del = RASD_BUF_INIT;
	struct rasd_jsonw w;
	const char **mdocs = NULL;
	unsigned char *take = NULL;
	int *mn = NULL;
	size_t i, n = 0, nm = 0, nt = 0;
	int rc = 0;

	if (u->inc) {
		take = calloc(u->inc->nincs ? u->inc->nincs : 1, 1);
		if (!take)
			return oom(u);
		for (i = 0; i < u->inc->nincs; i++) {
			if (computed_meets(u, i)) {
				take[i] = 1;
				nt++;
				nm += u->inc->incs[i].nev;
			}
		}
	}
	incs = calloc(nt ? nt : 1, sizeof(*incs));
	rows = calloc(nt ? nt : 1, sizeof(*rows));
	mdocs = calloc(nm ? nm : 1, sizeof(*mdocs));
	mn = calloc(nm ? nm : 1, sizeof(*mn));
	if (!incs || !rows || !mdocs || !mn ||
	    (u->inc && rows_of(u->inc, take, rows, incs, mdocs, mn, &all, &n))) {
		rc = rasdp_err(u->err, RASD_ENOMEM, -1, 0, "cannot write incidents");
		goto done;
	}
	rasd_jsonw_init(&w, &del);
	rasd_jsonw_arr(&w);
	for (i = 0; i < u->nsincs; i++)
		if (u->sincs[i].gone)
			rasd_jsonw_str(&w, u->sincs[i].id);
	rasd_jsonw_arr_end(&w);
	if (w.err) {
		rc = oom(u);
		goto done;
	}
	rc = rasdp_store_update_write(u->s, del.buf, incs, n, u->err);
	if (!rc && seqs_json)
		rc = rasdp_store_pending_done(u->s, seqs_json, u->err);
	for (i = 0; i < n && !rc; i++)
		if (written_add(u->written, incs[i].id))
			rc = oom(u);
done:
	free(take);
	free(incs);
	free(rows);
	free(mdocs);
	free(mn);
	rasd_buf_release(&all);
	rasd_buf_release(&del);
	return rc;
}

/* ---- one update ------------------------------------------------------- */

/* A pending report's event, as the pending rows give it. */
struct seed {
	int64_t seq;
	char *doc;
	int has_ev;                  /* 0: a report without events */
	uint32_t n;
	char *blk;
	int64_t lo, hi;
	int wide;
	int last;                    /* its report's last seed: clear its flag here */
};

/*
 * Update the incidents of seeds[0, n): lock the blocks, grow C to a fixed
 * point, write.  1 when a block was held elsewhere (*want_locks got it):
 * the caller starts again; SPREAD when C outgrew the bounds (nothing
 * written).
 */
static int update_once(struct upd *u, const struct seed *seeds, size_t n,
		       const char **want_locks, size_t nwant, const char ***more, size_t *nmore)
{
	struct rasd_buf seqs = RASD_BUF_INIT;
	struct rasd_jsonw w;
	const char **blks;
	size_t i, nb = 0;
	int rc, round;

	blks = malloc((n + nwant + 1) * sizeof(*blks));
	if (!blks)
		return oom(u);
	for (i = 0; i < n; i++)
		if (seeds[i].has_ev)
			blks[nb++] = seeds[i].blk;
	for (i = 0; i < nwant; i++)
		blks[nb++] = want_locks[i];
	rc = rasdp_store_update_begin(u->s, blks, nb, u->err);
	if (rc) {
		free(blks);
		return rc;
	}
	for (i = 0; i < nb; i++) {
		if (rasdp_vec_grow((void **)&u->locked, &u->locked_alloc, u->nlocked + 1,
				   sizeof(*u->locked))) {
			free(blks);
			rc = oom(u);
			goto fail;
		}
		u->locked[u->nlocked++] = blks[i];
	}
	/* the lock list points at the seeds' and want_locks' strings: they outlive it */
	free(blks);

	rasd_jsonw_init(&w, &seqs);
	rasd_jsonw_arr(&w);
	for (i = 0; i < n; i++) {
		long d = doc_of(u, seeds[i].doc);

		if (d < 0) {
			rc = oom(u);
			goto fail;
		}
		u->docs[d].pending = 1;
		u->docs[d].needed = 1;
		if (seeds[i].has_ev && keyset_add(&u->c, ev_key((size_t)d, seeds[i].n)) < 0) {
			rc = oom(u);
			goto fail;
		}
		if (seeds[i].last)
			rasd_jsonw_int(&w, seeds[i].seq);
	}
	rasd_jsonw_arr_end(&w);
	if (w.err) {
		rc = oom(u);
		goto fail;
	}
	for (round = 0; ; round++) {
		int grew_docs = 0, grew_c = 0;
		size_t needed = 0;

		if (round == MAX_ROUNDS) {
			rc = SPREAD;
			goto fail;
		}
		if ((rc = read_keys(u)))
			goto fail;
		rc = read_neighbourhoods(u, more, nmore, &grew_docs);
		if (rc)
			goto fail;   /* 1: a block is held elsewhere */
		if ((rc = read_members(u)) || (rc = read_keys(u)))
			goto fail;
		for (i = 0; i < u->ndocs; i++)
			needed += u->docs[i].needed;
		if (!u->inc || (int)needed != u->clustered_ndocs) {
			if ((rc = cluster_needed(u)))
				goto fail;
			u->clustered_ndocs = (int)needed;
		}
		if ((rc = grow(u, &grew_c)))
			goto fail;
		needed = 0;
		for (i = 0; i < u->ndocs; i++)
			needed += u->docs[i].needed;
		if (!grew_c && !grew_docs && (int)needed == u->clustered_ndocs)
			break;
	}
	rc = write_changes(u, seqs.buf);
	if (rc)
		goto fail;
	rasd_buf_release(&seqs);
	return rasdp_store_update_end(u->s, 1, u->err);
fail:
	rasd_buf_release(&seqs);
	rasdp_store_update_end(u->s, 0, NULL);
	return rc;
}

static int update_group(struct rasd_store *s, const struct rasd_models *models, int threads,
			const struct seed *seeds, size_t n, struct written *written, rasd_err *err)
{
	const char **want = NULL;
	size_t nwant = 0, i;
	int rc, tries;

	for (tries = 0; ; tries++) {
		struct upd u;

		memset(&u, 0, sizeof(u));
		u.s = s;
		u.models = models;
		u.threads = threads;
		u.err = err;
		u.written = written;
		rc = update_once(&u, seeds, n, want, nwant, &want, &nwant);
		upd_release(&u);
		if (rc != 1)
			break;
		if (tries == 32) {
			rc = rasdp_err(err, RASD_ESTORE, -1, 0,
				       "incident update could not lock its blocks");
			break;
		}
	}
	for (i = 0; i < nwant; i++)
		free((char *)want[i]);
	free(want);
	return rc;
}

/* ---- pending reports ------------------------------------------------- */

struct seeds {
	struct seed *v;
	size_t n, alloc;
	int failed;
};

static int seed_row(void *ctx, int ncols, const char *const *v)
{
	struct seeds *ss = ctx;
	struct seed *sd;

	if (ncols < 7 || !v[0] || !v[1])
		return 0;
	if (rasdp_vec_grow((void **)&ss->v, &ss->alloc, ss->n + 1, sizeof(*ss->v))) {
		ss->failed = 1;
		return 1;
	}
	sd = &ss->v[ss->n];
	memset(sd, 0, sizeof(*sd));
	sd->seq = strtoll(v[0], NULL, 10);
	sd->doc = strdup(v[1]);
	sd->has_ev = v[2] != NULL;
	sd->n = v[2] ? (uint32_t)strtoul(v[2], NULL, 10) : 0;
	sd->blk = strdup(v[3] ? v[3] : "");
	sd->lo = num(v[4]);
	sd->hi = v[5] ? num(v[5]) : sd->lo;
	sd->wide = v[6] && strcmp(v[6], "0");
	ss->n++;
	if (!sd->doc || !sd->blk) {
		ss->failed = 1;
		return 1;
	}
	return 0;
}

static void seeds_release(struct seeds *ss)
{
	size_t i;

	for (i = 0; i < ss->n; i++) {
		free(ss->v[i].doc);
		free(ss->v[i].blk);
	}
	free(ss->v);
}

/*
 * Mark, for each pending row (seq), its last seed: the update that
 * handles it clears the flag, once every event of the report was seen.
 */
static int mark_last(struct seeds *ss)
{
	struct strmap last = { 0 };
	char (*keys)[24] = malloc((ss->n ? ss->n : 1) * sizeof(*keys));
	size_t i;

	if (!keys)
		return RASD_ENOMEM;
	for (i = 0; i < ss->n; i++) {
		snprintf(keys[i], sizeof(keys[i]), "%lld", (long long)ss->v[i].seq);
		if (strmap_put(&last, keys[i], i)) {
			strmap_release(&last);
			free(keys);
			return RASD_ENOMEM;
		}
	}
	for (i = 0; i < ss->n; i++)
		ss->v[i].last = strmap_get(&last, keys[i]) == (long)i;
	strmap_release(&last);
	free(keys);
	return 0;
}

int rasdp_incidents_update(struct rasd_store *s, const struct rasd_models *models, size_t *n_out,
			   rasd_err *err)
{
	return rasdp_incidents_update_threads(s, models, 1, n_out, err);
}

/* Update the incidents of every pending report; SPREAD as update_once(). */
static int update_pending(struct rasd_store *s, const struct rasd_models *models, int threads,
			  struct written *written, rasd_err *err)
{
	struct seeds ss = { NULL, 0, 0, 0 };
	size_t i, j;
	int rc;

	rc = rasdp_store_pending_events(s, seed_row, &ss, err);
	if (ss.failed || (!rc && mark_last(&ss)))
		rc = rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
	/*
	 * The rows come in block order; an update takes the events of one
	 * block within GROUP_DAYS (at most GROUP_EVENTS of them), so a large
	 * backlog is worked through region by region in bounded memory.
	 */
	for (i = 0; !rc && i < ss.n; i = j) {
		const struct seed *a = &ss.v[i];

		for (j = i + 1; j < ss.n && j - i < GROUP_EVENTS; j++) {
			const struct seed *b = &ss.v[j];

			if (b->has_ev != a->has_ev || strcmp(b->blk, a->blk) || b->wide != a->wide)
				break;
			if (a->has_ev && !a->wide && b->lo - a->lo > GROUP_DAYS)
				break;
		}
		rc = update_group(s, models, threads, ss.v + i, j - i, written, err);
	}
	seeds_release(&ss);
	return rc;
}

int rasdp_incidents_update_threads(struct rasd_store *s, const struct rasd_models *models,
				   int threads, size_t *n_out, rasd_err *err)
{
	return rasdp_incidents_update_ex(s, models, threads, n_out, NULL, err);
}

int rasdp_incidents_update_ex(struct rasd_store *s, const struct rasd_models *models,
			      int threads, size_t *n_out, int *rebuilt, rasd_err *err)
{
	struct written written;
	int rc;

	memset(&written, 0, sizeof(written));
	if (rebuilt)
		*rebuilt = 0;
	rc = update_pending(s, models, threads, &written, err);
	if (rc == SPREAD) {
		/*
		 * The stored incidents disagree with the clustering all along a
		 * block (see "Spreading"): rebuild every incident instead.
		 */
		rc = rasdp_store_incidents_reset(s, err);
		if (!rc)
			rc = update_pending(s, models, threads, &written, err);
		if (rebuilt)
			*rebuilt = 1;
	}
	if (rc == SPREAD)
		rc = rasdp_err(err, RASD_ESTORE, -1, 0,
			       "incident update did not settle in %d rounds, even rebuilding every"
			       " incident (the reports stay pending)", MAX_ROUNDS);
	if (n_out)
		*n_out = written.n;
	written_release(&written);
	return rc;
}

int rasdp_incidents_recompute(struct rasd_store *s, const struct rasd_models *models,
			      size_t *n_out, rasd_err *err)
{
	/* nothing stored is kept: stale incidents would only spread the update */
	int rc = rasdp_store_incidents_reset(s, err);

	return rc ? rc : rasdp_incidents_update(s, models, n_out, err);
}
