/*
 * cluster_uf.c - the sets of events the clustering joins (union-find),
 * under the rules that are not a score: never two events of one document
 * in one incident (a hash set of (root, document), kept smaller-into-
 * larger, so the total work is O(n log n)), and the chaining guard
 * (rasdp_uf_refuses()).  cluster.c joins every kept pair in order into
 * one of these; cluster_more.c joins again what added events change,
 * with a scratch one for an unchanged incident's sets.
 */
#include <stdlib.h>
#include <string.h>

#include "incident/cluster_int.h"

#include "base/banned.h"

static int docset_add(struct rasdp_docset *s, uint32_t root, uint32_t doc);

static int docset_grow(struct rasdp_docset *s)
{
	struct rasdp_docset ns;
	size_t i;

	ns.cap = s->cap ? s->cap * 2 : 16;
	ns.n = 0;
	ns.keys = calloc(ns.cap, sizeof(*ns.keys));
	if (!ns.keys)
		return RASD_ENOMEM;
	for (i = 0; i < s->cap; i++) {
		if (s->keys[i]) {
			size_t j = hkey(s->keys[i]) & (ns.cap - 1);

			while (ns.keys[j])
				j = (j + 1) & (ns.cap - 1);
			ns.keys[j] = s->keys[i];
			ns.n++;
		}
	}
	free(s->keys);
	*s = ns;
	return 0;
}

static int docset_has(const struct rasdp_docset *s, uint32_t root, uint32_t doc)
{
	uint64_t k = ((uint64_t)root + 1) << 32 | doc;
	size_t j;

	for (j = hkey(k) & (s->cap - 1); s->keys[j]; j = (j + 1) & (s->cap - 1))
		if (s->keys[j] == k)
			return 1;
	return 0;
}

static int docset_add(struct rasdp_docset *s, uint32_t root, uint32_t doc)
{
	uint64_t k = ((uint64_t)root + 1) << 32 | doc;
	size_t j;

	if ((s->n + 1) * 2 > s->cap && docset_grow(s))
		return RASD_ENOMEM;
	for (j = hkey(k) & (s->cap - 1); s->keys[j]; j = (j + 1) & (s->cap - 1))
		if (s->keys[j] == k)
			return 0;
	s->keys[j] = k;
	s->n++;
	return 0;
}

/*
 * The time window an event holds its incident to, for the chaining guard:
 * its day, or an undated event's publication window; none (NO_DAY) for
 * coarser dates and for events with no time at all.  *end is the window's
 * end, *start its start: an incident's windows must keep a common span
 * (latest start minus earliest end at most DAY_TOL).
 */
static void anchor(const struct rasd_incidents *inc, const struct rasd_ev *e, int32_t *end,
		   int32_t *start)
{
	int64_t ws, we;
	int kind = window(inc, e, &ws, &we);

	*end = *start = NO_DAY;
	if (kind == WIN_PUB || (kind == WIN_DATED && e->precision == RASD_EVP_DAY)) {
		*end = clamp32(we);
		*start = clamp32(ws);
	}
}

/*
 * A firm event: a town-level place and a day or a publication window.  A
 * coarse place ("in Idlib countryside"), no place or no time at all makes
 * an event loose: it fits many happenings of its area and days, so it may
 * join an incident, but never be the one link between two incidents that
 * each hold firm events.
 */
static int firm(const struct rasd_incidents *inc, const struct rasd_ev *e)
{
	int32_t end, start;

	anchor(inc, e, &end, &start);
	return e->place && e->geo_precision == 1 && end != NO_DAY;
}

static int uf_alloc(struct rasdp_uf *u, size_t cap)
{
	size_t c = cap ? cap : 1;
	uint32_t *p;

#define UF_GROW(f) do { \
		p = realloc(u->f, c * sizeof(*u->f)); \
		if (!p) \
			return RASD_ENOMEM; \
		u->f = (void *)p; \
	} while (0)
	UF_GROW(par);
	UF_GROW(size);
	UF_GROW(next);
	UF_GROW(dmin);
	UF_GROW(dmax);
	UF_GROW(dist);
#undef UF_GROW
	p = realloc(u->firm, c);
	if (!p)
		return RASD_ENOMEM;
	u->firm = (uint8_t *)p;
	u->cap = c;
	return 0;
}

static void uf_set(struct rasdp_uf *u, const struct rasd_incidents *inc, size_t i)
{
	const struct rasd_ev *e = &inc->evs[UF_EV(u, i)];

	u->par[i] = (uint32_t)i;
	u->size[i] = 1;
	u->next[i] = (uint32_t)i;
	anchor(inc, e, &u->dmin[i], &u->dmax[i]);
	u->dist[i] = precise(e) ? e->admin2 : 0;
	u->firm[i] = (uint8_t)firm(inc, e);
}

int rasdp_uf_init(struct rasdp_uf *u, const struct rasd_incidents *inc, const uint32_t *ev,
		  size_t n)
{
	size_t i;

	memset(u, 0, sizeof(*u));
	u->ev = ev;
	if (uf_alloc(u, n))
		return RASD_ENOMEM;
	for (i = 0; i < n; i++)
		uf_set(u, inc, i);
	u->n = n;
	return 0;
}

int rasdp_uf_reuse(struct rasdp_uf *u, const struct rasd_incidents *inc, const uint32_t *ev,
		   size_t n)
{
	size_t i;

	if (n > u->cap && uf_alloc(u, n))
		return RASD_ENOMEM;
	u->ev = ev;
	if (u->docs.cap > 64) {
		free(u->docs.keys);
		memset(&u->docs, 0, sizeof(u->docs));
	} else if (u->docs.keys) {
		memset(u->docs.keys, 0, u->docs.cap * sizeof(*u->docs.keys));
		u->docs.n = 0;
	}
	for (i = 0; i < n; i++)
		uf_set(u, inc, i);
	u->n = n;
	return 0;
}

long rasdp_uf_add(struct rasdp_uf *u, const struct rasd_incidents *inc, uint32_t ev)
{
	if (u->n == u->cap || !u->evbuf) {
		size_t c = u->cap * 2 > 64 ? u->cap * 2 : 64;
		uint32_t *nb = realloc(u->evbuf, c * sizeof(*nb));

		if (!nb)
			return RASD_ENOMEM;
		u->evbuf = nb;
		u->ev = nb;
		if (uf_alloc(u, c))
			return RASD_ENOMEM;
	}
	u->evbuf[u->n] = ev;
	uf_set(u, inc, u->n);
	return (long)u->n++;
}

void rasdp_uf_release(struct rasdp_uf *u)
{
	free(u->par);
	free(u->size);
	free(u->next);
	free(u->dmin);
	free(u->dmax);
	free(u->dist);
	free(u->firm);
	free(u->docs.keys);
	free(u->evbuf);
	memset(u, 0, sizeof(*u));
}

/* Does set r of u hold an event of document d? */
static int uf_has_doc(const struct rasdp_uf *u, const struct rasd_incidents *inc, uint32_t r,
		      uint32_t d)
{
	return u->size[r] == 1 ? inc->evs[UF_EV(u, r)].doc == d : docset_has(&u->docs, r, d);
}

/* An event with no time at all: no date, no publication date. */
static int timeless(const struct rasd_incidents *inc, const struct rasd_ev *e)
{
	int64_t ws, we;

	return window(inc, e, &ws, &we) == WIN_WIDE;
}

/*
 * Do sets ra of u and rb of v hold together: do at least half of the
 * pairs of a member of one and a member of the other score within
 * COHERE_SLACK of the clustering's threshold?  Asked of a join through a
 * link of two events with no time at all.  Such a link rests on what the
 * two reports share besides time (the town, the type, a side, a toll of
 * three killed), which many happenings of a town over the years share
 * too: in a collection without dates (reports without publication dates
 * whose text gives no day) a chain of them joins a city's strikes of
 * several years, each report tied to the next only.  Reports of one
 * happening mostly come near each other pair by pair; those of a chain
 * do not.  Two sets too large to compare pair by pair (more than
 * COHERE_MAX pairs) are not joined that way.
 */
#define COHERE_SLACK 1.0
#define COHERE_MAX 4096

static int cohere(const struct rasdp_uf *u, uint32_t ra, const struct rasdp_uf *v, uint32_t rb,
		  const struct rasd_incidents *inc)
{
	uint64_t pairs = (uint64_t)u->size[ra] * v->size[rb], yes = 0, no = 0;
	uint32_t x = ra, y;

	if (pairs == 1)
		return 1;       /* the link that asks is the one pair */
	if (pairs > COHERE_MAX)
		return 0;
	do {
		const struct rasd_ev *a = &inc->evs[UF_EV(u, x)];

		y = rb;
		do {
			if (rasdp_ev_score(inc, a, &inc->evs[UF_EV(v, y)]) >=
			    inc->join_score - COHERE_SLACK)
				yes++;
			else
				no++;
			y = v->next[y];
		} while (y != rb);
		x = u->next[x];
	} while (x != ra);
	return yes >= no;
}

/*
 * Would the guard refuse to join set ra of u with set rb of v (two sets;
 * u and v may be one union-find) through events ea and eb?
 *
 * No chains: a join may not stretch an incident's days and undated
 * reports' publication windows over more than DAY_TOL days (the latest
 * window start at most DAY_TOL after the earliest end), nor its
 * town-level places over two districts, nor be made through a loose event
 * (firm()) between two incidents that each hold a firm one.  Without
 * this, dense data links neighbouring happenings pair by pair into one
 * incident, a report that names only the governorate glues the day's
 * happenings of the governorate together, and events with no time at all
 * bridge reports published months apart.  Nor may an incident hold two
 * events of one document, nor may a link of two events with no time at
 * all join two sets that do not hold together (cohere()).
 */
int rasdp_uf_refuses(const struct rasdp_uf *u, uint32_t ra, const struct rasdp_uf *v, uint32_t rb,
		     const struct rasd_incidents *inc, uint32_t ea, uint32_t eb)
{
	const struct rasdp_uf *su = u, *bu = v;
	uint32_t small = ra, big = rb, m;

	if (u->dmin[ra] != NO_DAY && v->dmin[rb] != NO_DAY) {
		int64_t lo = u->dmin[ra] < v->dmin[rb] ? u->dmin[ra] : v->dmin[rb];
		int64_t hi = u->dmax[ra] > v->dmax[rb] ? u->dmax[ra] : v->dmax[rb];

		if (hi - lo > DAY_TOL)
			return 1;
	}
	if (u->dist[ra] && v->dist[rb] && u->dist[ra] != v->dist[rb])
		return 1;
	if (u->firm[ra] && v->firm[rb] && !(firm(inc, &inc->evs[ea]) && firm(inc, &inc->evs[eb])))
		return 1;
	if (u->size[ra] > v->size[rb]) {
		su = v;
		bu = u;
		small = rb;
		big = ra;
	}
	m = small;
	do {
		if (uf_has_doc(bu, inc, big, inc->evs[UF_EV(su, m)].doc))
			return 1;
		m = su->next[m];
	} while (m != small);
	if (timeless(inc, &inc->evs[ea]) && timeless(inc, &inc->evs[eb]) &&
	    !cohere(u, ra, v, rb, inc))
		return 1;
	return 0;
}

/*
 * Join the sets of members a and b unless the guard refuses (rasdp_uf_refuses());
 * 1 joined, 0 not, <0 error.  Whether a pair joins depends on the sets of
 * its two members only (rasdp_incidents_cluster_more() counts on it).
 */
int rasdp_uf_join(struct rasdp_uf *u, const struct rasd_incidents *inc, uint32_t a, uint32_t b)
{
	uint32_t ra = uf_find(u, a), rb = uf_find(u, b), small, big, m, t;
	int rc;

	if (ra == rb || rasdp_uf_refuses(u, ra, u, rb, inc, UF_EV(u, a), UF_EV(u, b)))
		return 0;
	if (u->size[ra] < u->size[rb]) {
		small = ra;
		big = rb;
	} else {
		small = rb;
		big = ra;
	}
	/* A set of one event is in the doc set implicitly, by its own index. */
	if (u->size[big] == 1) {
		rc = docset_add(&u->docs, big, inc->evs[UF_EV(u, big)].doc);
		if (rc)
			return rc;
	}
	m = small;
	do {
		rc = docset_add(&u->docs, big, inc->evs[UF_EV(u, m)].doc);
		if (rc)
			return rc;
		m = u->next[m];
	} while (m != small);
	t = u->next[small];
	u->next[small] = u->next[big];
	u->next[big] = t;
	u->par[small] = big;
	u->size[big] += u->size[small];
	if (u->dmin[big] == NO_DAY || (u->dmin[small] != NO_DAY && u->dmin[small] < u->dmin[big]))
		u->dmin[big] = u->dmin[small];
	if (u->dmax[big] == NO_DAY || (u->dmax[small] != NO_DAY && u->dmax[small] > u->dmax[big]))
		u->dmax[big] = u->dmax[small];
	if (!u->dist[big])
		u->dist[big] = u->dist[small];
	u->firm[big] |= u->firm[small];
	return 1;
}
