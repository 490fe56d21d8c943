/*
 * cluster_more.c - adding events to a clustering
 * (rasdp_incidents_cluster_more()): the added events go into the blocks
 * the clustering kept, are scored against their block-mates as the sweep
 * would score them, and only what their pairs change is joined again
 * (see "Joining again" below), in the clustering's order and under its
 * rules, so the partition is the one clustering everything gives at a
 * cost that follows the added events.  The pairs added are kept with the
 * others (struct rasdp_cstate, cluster_int.h) for the next addition.
 */
#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "incident/cluster_int.h"

#include "base/banned.h"

/* Append entry `x` of a new event to block `id`'s list of added entries. */
static int block_add(struct rasdp_blocks *b, uint32_t id, const struct rasdp_bent *x)
{
	if (b->nmore == b->more_alloc) {
		size_t na = b->more_alloc ? b->more_alloc * 2 : 1024;
		struct rasdp_bent *nm = realloc(b->more, na * sizeof(*nm));
		uint32_t *nn;

		if (!nm)
			return RASD_ENOMEM;
		b->more = nm;
		nn = realloc(b->more_next, na * sizeof(*nn));
		if (!nn)
			return RASD_ENOMEM;
		b->more_next = nn;
		b->more_alloc = na;
	}
	b->more[b->nmore] = *x;
	b->more_next[b->nmore] = b->more_head[id];
	b->more_head[id] = (uint32_t)++b->nmore;
	rasdp_span_add(b, id, x);
	return 0;
}

/* Candidate partners of a new event: each other event once, after sorting. */
struct cand {
	uint32_t *ev;
	size_t n, alloc;
};

static int cand_add(struct cand *c, uint32_t ev)
{
	if (c->n == c->alloc &&
	    rasdp_vec_grow((void **)&c->ev, &c->alloc, c->n + 1, sizeof(*c->ev)))
		return RASD_ENOMEM;
	c->ev[c->n++] = ev;
	return 0;
}

static int cmp_u32(const void *x, const void *y)
{
	uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;

	return a < b ? -1 : a > b;
}

/* Would a block compare new entry `x` with entry `y` (in either order)? */
static int meets(const struct rasdp_bent *x, const struct rasdp_bent *y)
{
	return bent_less(y, x) ? rasdp_swept(y, x) : rasdp_swept(x, y);
}

/*
 * The partners of new entry `x` in block `id`: its entries that the block's
 * sweep would compare with x, found from where their windows can reach it
 * (the block's widest window back from x's start), and its added entries.
 */
static int block_partners(const struct rasdp_blocks *b, uint32_t id, const struct rasdp_bent *x,
			  struct cand *c)
{
	size_t lo = b->off[id], hi = b->off[id + 1], k, seg_end = lo, s;
	int64_t from = (int64_t)x->ws - b->span[id] - DAY_TOL - MAX_WEEKS * 7;
	uint32_t m;

	/* entries of each segment are sorted by start: find where `from` is in each */
	while (seg_end < hi && !BENT_SEG(&b->e[seg_end]))
		seg_end++;
	/*
	 * two entries of segment 1 never meet (rasdp_swept()): a precise event only
	 * looks at segment 0; nor two of segment 0 in an actor block
	 */
	for (s = KEY_IS_ACTOR(b->keys[id]) ? !BENT_SEG(x) : 0; s < 2 - BENT_SEG(x); s++) {
		size_t a = s ? seg_end : lo, z = s ? hi : seg_end, top = z;

		while (a < z) {
			size_t md = a + (z - a) / 2;

			if ((int64_t)b->e[md].ws < from)
				a = md + 1;
			else
				z = md;
		}
		for (k = a; k < top; k++) {
			if ((int64_t)b->e[k].ws > (int64_t)x->we + DAY_TOL)
				break;
			if (meets(x, &b->e[k]) && cand_add(c, BENT_EV(&b->e[k])))
				return RASD_ENOMEM;
		}
	}
	for (m = b->more_head[id]; m; m = b->more_next[m - 1])
		if (meets(x, &b->more[m - 1]) &&
		    (!KEY_IS_ACTOR(b->keys[id]) || BENT_SEG(x) != BENT_SEG(&b->more[m - 1])) &&
		    cand_add(c, BENT_EV(&b->more[m - 1])))
			return RASD_ENOMEM;
	return 0;
}

/*
 * Scoring the added events' pairs.  Their partners are found in order
 * (each added event goes into its blocks after its partners are taken, so
 * a later added event meets it), a batch of events at a time; then the
 * batch's events are scored on inc->threads threads, each over a run of
 * them into pairs of its own, and the runs' pairs are joined in the
 * events' order: the same pairs in the same order as one thread gives.
 * Scoring is most of the cost and waits on memory (partners lie anywhere
 * among millions of events).
 */
#define SCORE_BATCH 4096
#define SCORE_MIN_PER_THREAD 256

struct score_run {
	struct rasd_incidents *inc;
	const struct rasdp_cstate *cs;
	const uint32_t *cand;   /* the batch's partners, event by event, each list sorted */
	const size_t *off;      /* event k of the batch (n0 + first + k): cand[off[k], off[k+1]) */
	size_t first, from, to; /* the batch's first event; this run: its events [from, to) */
	struct rasdp_pairs ps;
	uint64_t scored;
	int rc;
};

static void *score_run(void *arg)
{
	struct score_run *r = arg;
	struct rasd_incidents *inc = r->inc;
	size_t k, j;

	for (k = r->from; k < r->to && !r->rc; k++) {
		const uint32_t *c = r->cand + r->off[k];
		size_t n = r->off[k + 1] - r->off[k];
		uint32_t i = (uint32_t)(r->first + k);

		for (j = 0; j < n && !r->rc; j++) {
			double s;

#if defined(__GNUC__) || defined(__clang__)
			/* the partners are far apart in memory: fetch a few ahead */
			if (j + PREFETCH < n) {
				const struct rasd_ev *pe = &inc->evs[c[j + PREFETCH]];

				__builtin_prefetch(&inc->docs[pe->doc]);
				if (pe->place)
					__builtin_prefetch(&inc->places[pe->place - 1]);
				if (pe->nclaims)
					__builtin_prefetch(&inc->claims[pe->claim0]);
			}
			if (j + 2 * PREFETCH < n)
				__builtin_prefetch(&inc->evs[c[j + 2 * PREFETCH]]);
#endif
			if ((j && c[j] == c[j - 1]) || c[j] == i)
				continue;
			r->scored++;
			s = rasdp_ev_score(inc, &inc->evs[c[j]], &inc->evs[i]);
			if (s >= r->cs->min_score)
				r->rc = push_pair(&r->ps, s, c[j], i);
		}
	}
	return NULL;
}

/* Score the batch's events [0, nb) on up to inc->threads threads; pairs appended to ps. */
static int score_batch(struct rasd_incidents *inc, const struct rasdp_cstate *cs,
		       const struct cand *c, const size_t *off, size_t first, size_t nb,
		       struct rasdp_pairs *ps)
{
	struct score_run run[MAX_THREADS];
	pthread_t tid[MAX_THREADS];
	int nt = inc->threads > 1 ? inc->threads : 1, started[MAX_THREADS] = { 0 }, t, rc = 0;
	size_t k;

	if ((size_t)nt > nb / SCORE_MIN_PER_THREAD)
		nt = nb >= 2 * SCORE_MIN_PER_THREAD ? (int)(nb / SCORE_MIN_PER_THREAD) : 1;
	if (nt > MAX_THREADS)
		nt = MAX_THREADS;
	memset(run, 0, (size_t)nt * sizeof(*run));
	for (t = 0; t < nt; t++) {
		run[t].inc = inc;
		run[t].cs = cs;
		run[t].cand = c->ev;
		run[t].off = off;
		run[t].first = first;
		run[t].from = nb * (size_t)t / (size_t)nt;
		run[t].to = nb * (size_t)(t + 1) / (size_t)nt;
	}
	if (nt == 1)
		run[0].ps = *ps;        /* one run: its pairs go straight on */
	for (t = 1; t < nt; t++)
		started[t] = !pthread_create(&tid[t], NULL, score_run, &run[t]);
	score_run(&run[0]);
	for (t = 1; t < nt; t++) {
		if (started[t])
			pthread_join(tid[t], NULL);
		else
			score_run(&run[t]);     /* no thread: do its run here */
	}
	if (nt == 1) {
		*ps = run[0].ps;
		inc->pairs_scored += run[0].scored;
		return run[0].rc;
	}
	for (t = 0; t < nt; t++) {
		if (run[t].rc)
			rc = run[t].rc;
		inc->pairs_scored += run[t].scored;
		for (k = 0; !rc && k < run[t].ps.n; k++)
			rc = push_pair(ps, run[t].ps.p[k].score, run[t].ps.p[k].a, run[t].ps.p[k].b);
		free(run[t].ps.p);
	}
	return rc;
}

/*
 * The pairs of events [n0, nevs) with their block-mates, old and new (a
 * new pair once, from its later event), scored as the sweep scores them.
 */
static int new_pairs(struct rasd_incidents *inc, struct rasdp_cstate *cs, size_t n0,
		     struct rasdp_pairs *ps)
{
	struct cand c = { NULL, 0, 0 };
	uint64_t keys[MAX_KEYS];
	struct rasdp_bent x[MAX_KEYS];
	size_t off[SCORE_BATCH + 1], first, i, k;
	int rc = 0;

	for (first = n0; first < inc->nevs && !rc; first += SCORE_BATCH) {
		size_t nb = inc->nevs - first < SCORE_BATCH ? inc->nevs - first : SCORE_BATCH;

		c.n = 0;
		for (i = first; i < first + nb && !rc; i++) {
			size_t n = rasdp_event_keys(inc, i, cs->loose, keys, x);

			off[i - first] = c.n;
			for (k = 0; k < n && !rc; k++) {
				uint32_t id = rasdp_block_of(&cs->bl, keys[k]);

				if (id == UINT32_MAX)
					rc = RASD_ENOMEM;
				if (!rc)
					rc = block_partners(&cs->bl, id, &x[k], &c);
				if (!rc)
					rc = block_add(&cs->bl, id, &x[k]);
			}
			if (c.n - off[i - first] > 1)
				qsort(c.ev + off[i - first], c.n - off[i - first], sizeof(*c.ev), cmp_u32);
		}
		off[nb] = c.n;
		if (!rc)
			rc = score_batch(inc, cs, &c, off, first, nb, ps);
	}
	free(c.ev);
	return rc;
}

/*
 * Joining again what added events change.  Clustering everything joins
 * the pairs in one order; adding events inserts their pairs into it.  A
 * join looks at the sets of its two events only, so an earlier incident
 * whose events no changed set has reached by a point of the order holds,
 * at that point, the sets it held then in the clustering, and its pairs
 * there decide as they did.  So only the pairs of the events that have
 * changed are joined again, in order, from a heap: at first the added
 * events and their pairs; a pair from a changed set to an incident as it
 * was is tried against that incident's sets at that point (its own pairs
 * before it joined again, in a scratch union-find); when it joins, the
 * incident has changed: its sets at that point and its later pairs come
 * in.  A pair that is refused changes nothing.  What is joined again is
 * what the guard and the joins reach from the added events, not every
 * event a chain of pairs reaches (in dense data, most of them).
 */

/* A heap of pairs, the first in clustering's order (cmp_pair) on top. */
static int heap_push(struct rasdp_pairs *h, const struct rasdp_pair *p)
{
	size_t i;

	if (h->n == h->alloc && rasdp_vec_grow((void **)&h->p, &h->alloc, h->n + 1, sizeof(*h->p)))
		return RASD_ENOMEM;
	for (i = h->n++; i && cmp_pair(p, &h->p[(i - 1) / 2]) < 0; i = (i - 1) / 2)
		h->p[i] = h->p[(i - 1) / 2];
	h->p[i] = *p;
	return 0;
}

static struct rasdp_pair heap_pop(struct rasdp_pairs *h)
{
	struct rasdp_pair top = h->p[0], last = h->p[--h->n];
	size_t i = 0, c;

	while ((c = 2 * i + 1) < h->n) {
		if (c + 1 < h->n && cmp_pair(&h->p[c + 1], &h->p[c]) < 0)
			c++;
		if (cmp_pair(&h->p[c], &last) >= 0)
			break;
		h->p[i] = h->p[c];
		i = c;
	}
	if (h->n)
		h->p[i] = last;
	return top;
}

static struct rasdp_pair mkpair(float score, uint32_t x, uint32_t y)
{
	struct rasdp_pair p;

	p.score = score;
	p.a = x < y ? x : y;
	p.b = x < y ? y : x;
	return p;
}

struct rejoin {
	struct rasd_incidents *inc;
	struct rasdp_cstate *cs;
	size_t n0;              /* the first added event */
	uint32_t *loc;          /* per event: its member number in u + 1; 0 unchanged */
	struct rasdp_uf u;            /* the sets of the changed events */
	struct rasdp_uf scratch;      /* an unchanged incident's sets (would_join()) */
	struct rasdp_pairs heap;      /* their pairs not yet joined */
	struct rasdp_pairs tmp;
	uint64_t npairs;        /* pairs taken from the heap */
};

/* The pairs of earlier incident j among its events before pair `at`, in order, into r->tmp. */
static int inner_pairs(struct rejoin *r, uint32_t j, const struct rasdp_pair *at)
{
	const struct rasdp_incident *x = &r->inc->incs[j];
	size_t i;
	int rc = 0;

	r->tmp.n = 0;
	for (i = 0; i < x->nev && !rc; i++) {
		uint32_t e = x->evs[i];

		EACH_PAIR(r->cs, e, sc, ot, {
			struct rasdp_pair p = mkpair(sc, e, ot);

			if (!rc && e < ot && ot < r->n0 && r->inc->ev_inc[ot] == j &&
			    cmp_pair(&p, at) < 0)
				rc = push_pair(&r->tmp, sc, e, ot);
		});
	}
	if (!rc && r->tmp.n > 1)
		qsort(r->tmp.p, r->tmp.n, sizeof(*r->tmp.p), cmp_pair);
	return rc;
}

static uint32_t member_of(const struct rasdp_incident *x, uint32_t e)
{
	size_t lo = 0, hi = x->nev;

	while (lo + 1 < hi) {
		size_t md = lo + (hi - lo) / 2;

		if (x->evs[md] <= e)
			lo = md;
		else
			hi = md;
	}
	return (uint32_t)lo;
}

/* Would pair `at`, of changed event x and event y of unchanged incident j, join? 1, 0, <0 error. */
static int would_join(struct rejoin *r, uint32_t x, uint32_t y, uint32_t j,
		      const struct rasdp_pair *at)
{
	const struct rasdp_incident *xi = &r->inc->incs[j];
	struct rasdp_uf *v = &r->scratch;
	size_t i;
	int rc = rasdp_uf_reuse(v, r->inc, xi->evs, xi->nev);

	if (!rc)
		rc = inner_pairs(r, j, at);
	for (i = 0; !rc && i < r->tmp.n; i++) {
		rc = rasdp_uf_join(v, r->inc, member_of(xi, r->tmp.p[i].a), member_of(xi, r->tmp.p[i].b));
		rc = rc > 0 ? 0 : rc;
	}
	if (!rc)
		rc = !rasdp_uf_refuses(&r->u, uf_find(&r->u, r->loc[x] - 1), v,
				 uf_find(v, member_of(xi, y)), r->inc, x, y);
	return rc;
}

/* Earlier incident j changes at pair `at`: its sets then, and its later pairs to join. */
static int take_incident(struct rejoin *r, uint32_t j, const struct rasdp_pair *at)
{
	const struct rasdp_incident *x = &r->inc->incs[j];
	size_t i;
	int rc = 0;

	for (i = 0; i < x->nev; i++) {
		long l = rasdp_uf_add(&r->u, r->inc, x->evs[i]);

		if (l < 0)
			return (int)l;
		r->loc[x->evs[i]] = (uint32_t)l + 1;
	}
	rc = inner_pairs(r, j, at);
	for (i = 0; !rc && i < r->tmp.n; i++) {
		rc = rasdp_uf_join(&r->u, r->inc, r->loc[r->tmp.p[i].a] - 1, r->loc[r->tmp.p[i].b] - 1);
		rc = rc > 0 ? 0 : rc;
	}
	for (i = 0; i < x->nev && !rc; i++) {
		uint32_t e = x->evs[i];

		EACH_PAIR(r->cs, e, sc, ot, {
			struct rasdp_pair p = mkpair(sc, e, ot);

			if (!rc && cmp_pair(&p, at) > 0)
				rc = heap_push(&r->heap, &p);
		});
	}
	return rc;
}

/* Join the added events' pairs `add` and what they change, in clustering's order. */
static int rejoin_run(struct rejoin *r, const struct rasdp_pairs *add)
{
	struct rasdp_pair last = { 0, 0, 0 };
	size_t i;
	int rc = 0, have = 0;

	for (i = r->n0; i < r->inc->nevs && !rc; i++) {
		long l = rasdp_uf_add(&r->u, r->inc, (uint32_t)i);

		if (l < 0)
			return (int)l;
		r->loc[i] = (uint32_t)l + 1;
	}
	for (i = 0; i < add->n && !rc; i++)
		rc = heap_push(&r->heap, &add->p[i]);
	while (!rc && r->heap.n) {
		struct rasdp_pair p = heap_pop(&r->heap);
		uint32_t x, y;

		if (have && !cmp_pair(&p, &last))
			continue;       /* met from both its events */
		last = p;
		have = 1;
		r->npairs++;
		if (r->loc[p.a] && r->loc[p.b]) {
			rc = rasdp_uf_join(&r->u, r->inc, r->loc[p.a] - 1, r->loc[p.b] - 1);
			rc = rc > 0 ? 0 : rc;
			continue;
		}
		x = r->loc[p.a] ? p.a : p.b;
		y = r->loc[p.a] ? p.b : p.a;
		rc = would_join(r, x, y, r->inc->ev_inc[y], &p);
		if (rc <= 0)
			continue;
		rc = take_incident(r, r->inc->ev_inc[y], &p);
		if (!rc) {
			rc = rasdp_uf_join(&r->u, r->inc, r->loc[x] - 1, r->loc[y] - 1);
			rc = rc > 0 ? 0 : rc;
		}
	}
	return rc;
}

/*
 * The incidents again, in place.  The sets of the events ev[0..m) (sorted)
 * in `u` (member loc[e] - 1) take the place of the incidents they reached,
 * at the places clustering orders them (by first event); the other
 * incidents stay as they were and only move over, each run of them
 * between two changes at once, so an addition does not copy every
 * incident and every member again.  A new set whose events are those of
 * an earlier incident (none added) keeps what reconciling it found; the
 * others are flagged in *todo (per incident) to be reconciled.  The new
 * sets' members are appended to the members block while it has room
 * (cluster.c leaves some); when it has none, the block is written again,
 * incident by incident.
 */
struct change {
	size_t pos;             /* an index of the incidents as they were */
	int64_t set;            /* >= 0: that new set goes before pos; -1: the incident at pos goes */
};

static int cmp_change(const void *x, const void *y)
{
	const struct change *a = x, *b = y;

	if (a->pos != b->pos)
		return a->pos < b->pos ? -1 : 1;
	if ((a->set < 0) != (b->set < 0))
		return a->set < 0 ? 1 : -1;     /* sets before the incident there goes */
	return a->set < b->set ? -1 : a->set > b->set;
}

/* A run of incidents as they were, [a, b), that moves by `shift`. */
struct run {
	size_t a, b;
	ptrdiff_t shift;
};

/* The number of incidents whose first event is before event e. */
static size_t incidents_before(const struct rasd_incidents *inc, uint32_t e)
{
	size_t lo = 0, hi = inc->nincs;

	while (lo < hi) {
		size_t md = lo + (hi - lo) / 2;

		if (inc->incs[md].evs[0] < e)
			lo = md + 1;
		else
			hi = md;
	}
	return lo;
}

/* The new sets: set l's events are lmem[lstart[l], lstart[l + 1]), sets in order of first event. */
struct newsets {
	uint32_t *lstart, *lmem;
	size_t n;
};

static int group_sets(const uint32_t *ev, size_t m, const uint32_t *loc, struct rasdp_uf *u,
		      struct newsets *ns)
{
	uint32_t *setno = malloc((m ? m : 1) * sizeof(*setno));
	size_t j, k, nl = 0;

	memset(ns, 0, sizeof(*ns));
	if (!setno)
		return RASD_ENOMEM;
	for (k = 0; k < m; k++)
		setno[k] = UINT32_MAX;
	for (k = 0; k < m; k++) {
		uint32_t rt = uf_find(u, loc[ev[k]] - 1);

		if (setno[rt] == UINT32_MAX)
			setno[rt] = (uint32_t)nl++;
	}
	ns->lstart = calloc(nl + 2, sizeof(*ns->lstart));
	ns->lmem = malloc((m ? m : 1) * sizeof(*ns->lmem));
	if (!ns->lstart || !ns->lmem) {
		free(setno);
		return RASD_ENOMEM;
	}
	for (k = 0; k < m; k++)
		ns->lstart[setno[uf_find(u, loc[ev[k]] - 1)] + 1]++;
	for (j = 0; j < nl; j++)
		ns->lstart[j + 1] += ns->lstart[j];
	for (k = 0; k < m; k++)
		ns->lmem[ns->lstart[setno[uf_find(u, loc[ev[k]] - 1)]]++] = ev[k];
	memmove(ns->lstart + 1, ns->lstart, nl * sizeof(*ns->lstart));
	ns->lstart[0] = 0;
	ns->n = nl;
	free(setno);
	return 0;
}

/* Make room: incidents for `r`, members for `need` more, ev_inc for every event. */
static int remake_room(struct rasd_incidents *inc, size_t r, size_t need, uint32_t **fresh)
{
	*fresh = NULL;
	if (r > inc->incs_alloc) {
		size_t na = r + r / 8 + 64;
		struct rasdp_incident *ni = realloc(inc->incs, na * sizeof(*ni));

		if (!ni)
			return RASD_ENOMEM;
		inc->incs = ni;
		inc->incs_alloc = na;
	}
	if (inc->nevs) {
		uint32_t *ne = realloc(inc->ev_inc, inc->nevs * sizeof(*ne));

		if (!ne)
			return RASD_ENOMEM;
		inc->ev_inc = ne;
	}
	if (inc->members_used + need > inc->members_alloc) {
		*fresh = malloc((inc->nevs + inc->nevs / 8 + 1024) * sizeof(**fresh));
		if (!*fresh)
			return RASD_ENOMEM;
	}
	return 0;
}

/* Move the runs: those going down first, lowest first; then those going up, highest first. */
static void move_runs(struct rasdp_incident *incs, const struct run *rn, size_t nr)
{
	size_t i;

	for (i = 0; i < nr; i++)
		if (rn[i].shift < 0 && rn[i].b > rn[i].a)
			memmove(incs + rn[i].a + rn[i].shift, incs + rn[i].a,
				(rn[i].b - rn[i].a) * sizeof(*incs));
	for (i = nr; i-- > 0;)
		if (rn[i].shift > 0 && rn[i].b > rn[i].a)
			memmove(incs + rn[i].a + rn[i].shift, incs + rn[i].a,
				(rn[i].b - rn[i].a) * sizeof(*incs));
}

/* Write the members block again, incident by incident, into `fresh`. */
static void rewrite_members(struct rasd_incidents *inc, uint32_t *fresh)
{
	size_t k, off = 0;

	for (k = 0; k < inc->nincs; k++) {
		memcpy(fresh + off, inc->incs[k].evs, inc->incs[k].nev * sizeof(*fresh));
		inc->incs[k].evs = fresh + off;
		off += inc->incs[k].nev;
	}
	free(inc->members);
	inc->members = fresh;
	inc->members_used = off;
	inc->members_alloc = inc->nevs + inc->nevs / 8 + 1024;
}

static int remake_incidents(struct rasd_incidents *inc, const uint32_t *ev, size_t m,
			    const uint32_t *loc, struct rasdp_uf *u, size_t n0, uint8_t **todo)
{
	struct newsets ns;
	struct rasdp_incident *nx = NULL;
	struct change *ch = NULL;
	struct run *rn = NULL;
	uint32_t *fresh = NULL, *dst = NULL;
	uint8_t *kept = NULL;           /* per new set: an incident as it was */
	size_t nch = 0, nr = 0, ndrop = 0, i, k, l, r, prev = 0;
	ptrdiff_t shift = 0;
	int rc = group_sets(ev, m, loc, u, &ns);

	*todo = NULL;
	if (!rc) {
		nx = calloc(ns.n + 1, sizeof(*nx));
		ch = malloc((m + ns.n + 1) * sizeof(*ch));
		rn = malloc((m + ns.n + 2) * sizeof(*rn));
		dst = malloc((ns.n + 1) * sizeof(*dst));
		kept = calloc(ns.n + 1, 1);
		if (!nx || !ch || !rn || !dst || !kept)
			rc = RASD_ENOMEM;
	}
	/* the incidents that go: those of the events joined again */
	for (k = 0; !rc && k < m && ev[k] < n0; k++)
		if (inc->incs[inc->ev_inc[ev[k]]].evs[0] == ev[k]) {
			ch[nch].pos = inc->ev_inc[ev[k]];
			ch[nch++].set = -1;
			ndrop++;
		}
	for (l = 0; !rc && l < ns.n; l++) {
		ch[nch].pos = incidents_before(inc, ns.lmem[ns.lstart[l]]);
		ch[nch++].set = (int64_t)l;
	}
	r = inc->nincs - ndrop + ns.n;
	if (!rc)
		rc = remake_room(inc, r, m, &fresh);
	if (!rc && !(*todo = calloc(r ? r : 1, 1)))
		rc = RASD_ENOMEM;
	if (rc) {
		free(fresh);
		goto out;
	}
	/* nothing fails from here: the new sets, then the runs between the changes */
	for (l = 0; l < ns.n; l++) {
		const uint32_t *le = ns.lmem + ns.lstart[l];
		size_t n = ns.lstart[l + 1] - ns.lstart[l];
		uint32_t was = le[0] < n0 ? inc->ev_inc[le[0]] : UINT32_MAX;
		int same = was != UINT32_MAX && inc->incs[was].nev == n;

		for (i = 1; same && i < n; i++)
			same = le[i] < n0 && inc->ev_inc[le[i]] == was;
		if (same) {
			nx[l] = inc->incs[was];
			/* its disputes move with it */
			memset(&inc->incs[was].disputes, 0, sizeof(nx[l].disputes));
			kept[l] = 1;
		}
		nx[l].nev = n;
		nx[l].evs = fresh ? ns.lmem + ns.lstart[l] : inc->members + inc->members_used;
		if (!fresh) {
			memcpy(nx[l].evs, le, n * sizeof(*le));
			inc->members_used += n;
		}
	}
	qsort(ch, nch, sizeof(*ch), cmp_change);
	for (i = 0; i < nch; i++) {
		if (ch[i].pos > prev) {
			rn[nr].a = prev;
			rn[nr].b = ch[i].pos;
			rn[nr++].shift = shift;
			prev = ch[i].pos;
		}
		if (ch[i].set >= 0) {
			dst[ch[i].set] = (uint32_t)((ptrdiff_t)ch[i].pos + shift);
			shift++;
		} else {
			struct rasdp_dispute_list *dl = &inc->incs[ch[i].pos].disputes;

			for (k = 0; k < dl->n; k++)
				free(dl->d[k].refs);
			free(dl->d);
			shift--;
			prev = ch[i].pos + 1;
		}
	}
	if (inc->nincs > prev) {
		rn[nr].a = prev;
		rn[nr].b = inc->nincs;
		rn[nr++].shift = shift;
	}
	move_runs(inc->incs, rn, nr);
	for (i = 0; i < nr; i++)
		for (k = rn[i].a; rn[i].shift && k < rn[i].b; k++) {
			size_t at = (size_t)((ptrdiff_t)k + rn[i].shift);
			const struct rasdp_incident *x = &inc->incs[at];

			for (l = 0; l < x->nev; l++)
				inc->ev_inc[x->evs[l]] = (uint32_t)at;
		}
	for (l = 0; l < ns.n; l++) {
		inc->incs[dst[l]] = nx[l];
		(*todo)[dst[l]] = !kept[l];
		for (i = 0; i < nx[l].nev; i++)
			inc->ev_inc[nx[l].evs[i]] = dst[l];
	}
	inc->nincs = r;
	if (fresh)
		rewrite_members(inc, fresh);
out:
	free(ns.lstart);
	free(ns.lmem);
	free(nx);
	free(ch);
	free(rn);
	free(dst);
	free(kept);
	return rc;
}

/*
 * Join again what the added events [n0, nevs) and their pairs `add`
 * change, and make the incidents again from that and the others as they
 * were.
 */
static int rejoin(struct rasd_incidents *inc, struct rasdp_cstate *cs, size_t n0,
		  const struct rasdp_pairs *add)
{
	struct rejoin r;
	uint8_t *todo = NULL;
	uint32_t *ev = NULL;
	size_t m = 0;
	int rc;

	memset(&r, 0, sizeof(r));
	r.inc = inc;
	r.cs = cs;
	r.n0 = n0;
	r.loc = calloc(inc->nevs, sizeof(*r.loc));
	rc = r.loc ? rasdp_uf_init(&r.u, inc, NULL, 0) : RASD_ENOMEM;
	if (!rc)
		rc = rejoin_run(&r, add);
	if (!rc) {
		m = r.u.n;
		ev = malloc((m ? m : 1) * sizeof(*ev));
		if (!ev)
			rc = RASD_ENOMEM;
	}
	if (!rc) {
		memcpy(ev, r.u.ev, m * sizeof(*ev));
		if (m > 1)
			qsort(ev, m, sizeof(*ev), cmp_u32);
		rc = remake_incidents(inc, ev, m, r.loc, &r.u, n0, &todo);
	}
	if (!rc)
		rc = rasdp_reconcile_some(inc, todo);
	cs->last_evs = m;
	cs->last_pairs = r.npairs;
	rasdp_uf_release(&r.u);
	rasdp_uf_release(&r.scratch);
	free(r.heap.p);
	free(r.tmp.p);
	free(r.loc);
	free(todo);
	free(ev);
	return rc;
}

/*
 * Keep the added pairs: in the lists of their events, or all into pb when
 * the lists grow to a quarter of it (a pass over every pair, now and then,
 * so that an addition walks short lists).
 */
static int keep_more(struct rasdp_cstate *cs, size_t nevs, const struct rasdp_pairs *add)
{
	size_t inpb = cs->npoff ? cs->poff[cs->npoff] : 0, k;

	if (cs->nmp + 2 * add->n > inpb / 4 + 65536)
		return rasdp_pairs_by_event(cs, nevs, add);
	if (nevs > cs->nmhead) {
		uint32_t *nh = realloc(cs->mhead, nevs * sizeof(*nh));

		if (!nh)
			return RASD_ENOMEM;
		memset(nh + cs->nmhead, 0, (nevs - cs->nmhead) * sizeof(*nh));
		cs->mhead = nh;
		cs->nmhead = nevs;
	}
	if (cs->nmp + 2 * add->n > cs->mp_alloc &&
	    rasdp_vec_grow((void **)&cs->mp, &cs->mp_alloc, cs->nmp + 2 * add->n, sizeof(*cs->mp)))
		return RASD_ENOMEM;
	for (k = 0; k < 2 * add->n; k++) {
		const struct rasdp_pair *p = &add->p[k / 2];
		uint32_t e = k & 1 ? p->b : p->a;
		struct rasdp_mpair *x = &cs->mp[cs->nmp++];

		x->score = p->score;
		x->other = k & 1 ? p->a : p->b;
		x->next = cs->mhead[e];
		cs->mhead[e] = (uint32_t)cs->nmp;
	}
	return 0;
}

/*
 * Can the clustering be extended to events [n0, nevs)?  Their documents
 * must all be new, the earlier documents' copies must stay as they were
 * (rasdp_mark_duplicates() is run again over all), and timeless or
 * placeless events must not be the first (they put placed events in
 * loose blocks).
 */
static int can_extend(struct rasd_incidents *inc, const struct rasdp_cstate *cs)
{
	uint32_t *dup;
	size_t i;
	int ok = 1;

	for (i = cs->nevs; i < inc->nevs && ok; i++)
		ok = inc->evs[i].doc >= cs->ndocs;
	if (!ok || (rasdp_loose_from(inc, cs->nevs) & ~cs->loose))
		return 0;
	/*
	 * New documents with neither text hash nor fingerprint are copies of
	 * none and leave the others as they are (rasdp_mark_duplicates()
	 * skips them): no pass over every document.
	 */
	for (i = cs->ndocs; i < inc->ndocs && ok; i++)
		ok = !inc->docs[i].hash && !inc->docs[i].fp;
	if (ok) {
		for (i = cs->ndocs; i < inc->ndocs; i++)
			inc->docs[i].dup_of = (uint32_t)i;
		return 1;
	}
	ok = 1;
	dup = malloc((cs->ndocs ? cs->ndocs : 1) * sizeof(*dup));
	if (!dup)
		return 0;
	for (i = 0; i < cs->ndocs; i++)
		dup[i] = inc->docs[i].dup_of;
	rasdp_mark_duplicates(inc);
	for (i = 0; i < cs->ndocs && ok; i++)
		ok = dup[i] == inc->docs[i].dup_of;
	free(dup);
	return ok;
}

int rasdp_incidents_cluster_more(struct rasd_incidents *inc, double min_score)
{
	struct rasdp_cstate *cs = inc->cs;
	struct rasdp_pairs ps = { NULL, 0, 0 };
	size_t n0;
	int rc;

	if (!inc->link && inc->ndocs > 1)
		return RASD_EINVAL;
	if (!cs || cs->min_score != min_score || cs->nevs > inc->nevs || cs->ndocs > inc->ndocs ||
	    !inc->ev_inc || !can_extend(inc, cs))
		return rasdp_incidents_cluster(inc, min_score);
	n0 = cs->nevs;
	inc->pairs_scored = 0;
	inc->join_score = min_score;
	if (n0 == inc->nevs) {
		cs->ndocs = inc->ndocs;
		inc->clustered = 1;
		return 0;
	}
	rc = new_pairs(inc, cs, n0, &ps);
	if (!rc)
		rc = rasdp_copy_pairs(inc, min_score, &ps, cs->ndocs);
	if (!rc)
		rc = rejoin(inc, cs, n0, &ps);
	if (!rc)
		rc = keep_more(cs, inc->nevs, &ps);
	free(ps.p);
	if (rc) {
		rasdp_incidents_reset_results(inc);
		return rc;
	}
	cs->nevs = inc->nevs;
	cs->ndocs = inc->ndocs;
	inc->clustered = 1;
	return 0;
}
