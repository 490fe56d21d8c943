/*
 * cluster.c - grouping events of many documents into incidents.
 *
 * Scoring every pair is quadratic; instead each event is put in a few
 * blocks and only events sharing a block are compared:
 *   - its place id (every event with a place);
 *   - (district, week) for a town-level event, for each week its date
 *     window touches, widened by three days so that days 6 and 7 of
 *     adjacent weeks still meet (only for windows of at most six weeks: a
 *     year-precision date would touch every week);
 *   - (governorate, week), where only coarse events (a governorate or
 *     district as place) are compared with the others: a report that says
 *     "in Daraa countryside" may be the clash another places in Jasim, but
 *     two towns of one governorate need not all be compared;
 *   - the loose blocks, for events the others miss: events with no place
 *     by (event type, week), against each other, and by (side, week)
 *     against the placed events whose acting side they name (a report of
 *     "the strike" that names no town may still carry its day, toll and
 *     actors);
 *     an event with no time at all by governorate, against every event
 *     there (a report without date or publication date that names the
 *     Military College is the one another dates).
 * An event's window is its date range; an undated event uses its
 * document's publication window [published - 3, published]; an event with
 * neither is "wide" and meets only events at the same place or, through
 * the loose blocks, of its governorate.  Inside a block, events are sorted
 * by window start and each is compared with the following ones whose
 * window starts before its own ends (plus the tolerance), so a block costs
 * about its size times the events of a week.  A pair met in several blocks
 * is scored in the first only.  A store's update reads, for each changed
 * event, what shares one of these blocks with it (recompute.c): a change
 * of which pairs are compared must be followed there, and raises
 * BLOCKING_VERSION (clustering_version.c), so that stores rebuild their
 * incidents.
 *
 * Pairs at or above the threshold are joined with union-find in order of
 * decreasing score; a join that would put two events of one document in
 * one incident is refused (checked against a hash set of (root, document)
 * maintained smaller-into-larger, so the total work is O(n log n)), and
 * so is one that would chain (rasdp_uf_join(), cluster_uf.c): stretch an
 * incident's days and publication windows beyond three days, its towns
 * over two districts, or bridge two incidents through an event that fits
 * many (no town, no time).
 *
 * The blocks are swept on rasdp_incidents_set_threads() threads, each
 * block by one, into pairs that are then sorted by (score, events) before
 * any join: the result is the same for any number of threads.  Incidents
 * are reconciled in parallel too (reconcile.c takes inc->arena_lock for
 * the one thing they share).  A clustering keeps its blocks and the pairs
 * it joined (by event), so rasdp_incidents_cluster_more() scores only the
 * pairs of added events (found in the kept blocks) and joins again, in the
 * same order under the same rules, only the pairs of what they change: a
 * join depends on the sets of its two events alone, so an incident no
 * changed set reaches comes out as it was (see "Joining again" below).
 * That gives the partition clustering everything gives (incident.h says
 * where it cannot) at a cost that follows the added events, not the
 * collection.
 */
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "incident/cluster_int.h"
#include "lexicon/lexicon.h"
#include "model/model.h"

#include "base/banned.h"

/* ---- candidate pairs -------------------------------------------------- */

struct pair {
	float score;
	uint32_t a, b;
};

struct pairs {
	struct pair *p;
	size_t n, alloc;
};

static int push_pair(struct pairs *ps, double score, uint32_t a, uint32_t b)
{
	float f = (float)score;

	if (ps->n == ps->alloc &&
	    rasdp_vec_grow((void **)&ps->p, &ps->alloc, ps->n + 1, sizeof(*ps->p)))
		return RASD_ENOMEM;
	/* -0 and 0 sort as one score (cmp_pair), and so must they in sort_pairs */
	ps->p[ps->n].score = f == 0 ? 0.0f : f;
	ps->p[ps->n].a = a < b ? a : b;
	ps->p[ps->n].b = a < b ? b : a;
	ps->n++;
	return 0;
}

static int cmp_pair(const void *x, const void *y)
{
	const struct pair *a = x, *b = y;

	if (a->score != b->score)
		return a->score > b->score ? -1 : 1;
	if (a->a != b->a)
		return a->a < b->a ? -1 : 1;
	return a->b < b->b ? -1 : a->b > b->b;
}

/* The least side two events both name, or 0. */
static uint32_t first_shared(const struct rasd_ev *a, const struct rasd_ev *b)
{
	uint32_t m = 0;
	int i;

	for (i = 0; i < a->nactors; i++)
		if ((!m || a->actors[i] < m) && has_actor(b, a->actors[i]))
			m = a->actors[i];
	return m;
}

/*
 * Score a pair met in block `key`, unless another block scores it: a pair
 * met in several blocks is scored in the first only (the place block, then
 * the first week both events are in).
 */
static int score_pair(struct rasd_incidents *inc, double min_score, struct pairs *ps,
		      uint64_t *scored, uint64_t key, const struct rasdp_bent *x, const struct rasdp_bent *y)
{
	double s;

	if (KEY_TYPE(key) != 1) {
		int32_t first;

		/* Met at the same place: scored in the place block. */
		if (x->place && x->place == y->place)
			return 0;
		/* Two precise events meet in their district block, not here. */
		if (KEY_TYPE(key) == 3 && BENT_SEG(x) && BENT_SEG(y))
			return 0;
		/* Two sides in common: scored in the block of the first. */
		if (KEY_IS_ACTOR(key) && first_shared(&inc->evs[BENT_EV(x)], &inc->evs[BENT_EV(y)]) !=
					 (uint32_t)(key >> 24))
			return 0;
		/* Score in the first week both events are in. */
		first = x->w0 > y->w0 ? x->w0 : y->w0;
		if (KEY_WEEK(key) != (first & 0xFFFFFF))
			return 0;
	}
	(*scored)++;
	s = rasdp_ev_score(inc, &inc->evs[BENT_EV(x)], &inc->evs[BENT_EV(y)]);
	if (s >= min_score)
		return push_pair(ps, s, BENT_EV(x), BENT_EV(y));
	return 0;
}

/* How many entries ahead a sweep fetches the events it will score. */
#define PREFETCH 4
#if defined(__GNUC__) || defined(__clang__)
#define PREFETCH_EV(inc, x) do { \
		__builtin_prefetch(&(inc)->evs[BENT_EV(x)]); \
		if ((x)->place) \
			__builtin_prefetch(&(inc)->places[(x)->place - 1]); \
	} while (0)
#define PREFETCH_DOC(inc, x) do { \
		const struct rasd_ev *pe_ = &(inc)->evs[BENT_EV(x)]; \
		__builtin_prefetch(&(inc)->docs[pe_->doc]); \
		if (pe_->nclaims) \
			__builtin_prefetch(&(inc)->claims[pe_->claim0]); \
	} while (0)
#else
#define PREFETCH_EV(inc, x) ((void)0)
#define PREFETCH_DOC(inc, x) ((void)0)
#endif

/*
 * The pairs block `id` compares.  Inside a block, entries are sorted by
 * window start and each is compared with the following ones whose window
 * starts before its own ends (plus the tolerance), at most MAX_CMP of
 * them; then the segment-0 entries against the segment-1 ones they overlap.
 */
static int sweep_block(struct rasd_incidents *inc, const struct rasdp_blocks *bl, size_t id,
		       double min_score, struct pairs *ps, uint64_t *scored)
{
	const struct rasdp_bent *b = bl->e;
	uint64_t key = bl->keys[id];
	size_t i = bl->off[id], end = bl->off[id + 1], j, mid;
	int rc = 0;

	for (mid = i; mid < end && !BENT_SEG(&b[mid]); mid++)
		;
	/* Forward sweep over [i, mid): windows sorted by start (not in an actor block). */
	for (j = i; j < mid && !rc && !KEY_IS_ACTOR(key); j++) {
		size_t k, lim = j + 1 + MAX_CMP;

		for (k = j + 1; k < mid && k < lim && !rc; k++) {
			if ((int64_t)b[k].ws > (int64_t)b[j].we + DAY_TOL)
				break;
			/*
			 * The events are far apart in memory: fetch those a few
			 * entries on, and the documents of those nearer.
			 */
			if (k + 2 * PREFETCH < mid)
				PREFETCH_EV(inc, &b[k + 2 * PREFETCH]);
			if (k + PREFETCH < mid)
				PREFETCH_DOC(inc, &b[k + PREFETCH]);
			rc = score_pair(inc, min_score, ps, scored, key, &b[j], &b[k]);
		}
	}
	/* Segment 0 of a governorate block against segment 1. */
	if (mid < end) {
		for (j = i; j < mid && !rc; j++) {
			int64_t from = (int64_t)b[j].ws - MAX_WEEKS * 7 - DAY_TOL;
			size_t lo = mid, hi = end, k, cnt = 0;

			while (lo < hi) {
				size_t m = lo + (hi - lo) / 2;

				if ((int64_t)b[m].ws < from)
					lo = m + 1;
				else
					hi = m;
			}
			for (k = lo; k < end && cnt < MAX_CMP && !rc; k++) {
				if ((int64_t)b[k].ws > (int64_t)b[j].we + DAY_TOL)
					break;
				if ((int64_t)b[k].we + DAY_TOL < (int64_t)b[j].ws)
					continue;
				cnt++;
				rc = score_pair(inc, min_score, ps, scored, key, &b[j], &b[k]);
			}
		}
	}
	return rc;
}

/*
 * The work of several threads over the blocks: each takes the next few
 * blocks (sorting them first when asked), sweeps them into pairs of its
 * own, and counts what it scored; the pairs are joined afterwards in one
 * order (score, then events) whatever thread found them, so the result
 * does not depend on the number of threads.
 */
struct sweep_job {
	struct rasd_incidents *inc;
	struct rasdp_blocks *bl;
	double min_score;
	int sort_only;
	atomic_size_t next;
};

struct sweep_out {
	struct sweep_job *job;
	struct pairs ps;
	uint64_t scored;
	int rc;
};

#define SWEEP_CHUNK 64
#define MAX_THREADS 64

static void *sweep_worker(void *arg)
{
	struct sweep_out *o = arg;
	struct sweep_job *j = o->job;

	while (!o->rc) {
		size_t from = atomic_fetch_add(&j->next, SWEEP_CHUNK), id;

		if (from >= j->bl->nblocks)
			break;
		for (id = from; id < from + SWEEP_CHUNK && id < j->bl->nblocks && !o->rc; id++) {
			if (j->sort_only)
				rasdp_sort_block(j->bl->e + j->bl->off[id], j->bl->off[id + 1] - j->bl->off[id]);
			else
				o->rc = sweep_block(j->inc, j->bl, id, j->min_score, &o->ps, &o->scored);
		}
	}
	return NULL;
}

/* Run the sweep (or the sorting) of every block on inc->threads threads; pairs into `ps`. */
static int sweep_all(struct rasd_incidents *inc, struct rasdp_blocks *bl, double min_score,
		     int sort_only, struct pairs *ps)
{
	struct sweep_job job;
	struct sweep_out out[MAX_THREADS];
	pthread_t tid[MAX_THREADS];
	int nt = inc->threads > 1 ? inc->threads : 1, started = 0, t, rc = 0;

	if (nt > MAX_THREADS)
		nt = MAX_THREADS;
	if ((size_t)nt > bl->nblocks / SWEEP_CHUNK + 1)
		nt = (int)(bl->nblocks / SWEEP_CHUNK + 1);
	job.inc = inc;
	job.bl = bl;
	job.min_score = min_score;
	job.sort_only = sort_only;
	atomic_init(&job.next, 0);
	memset(out, 0, sizeof(out));
	for (t = 0; t < nt; t++)
		out[t].job = &job;
	for (t = 1; t < nt; t++)
		if (!pthread_create(&tid[t - 1], NULL, sweep_worker, &out[t]))
			started++;
	sweep_worker(&out[0]);
	for (t = 0; t < started; t++)
		pthread_join(tid[t], NULL);
	for (t = 0; t < nt; t++) {
		size_t k;

		if (out[t].rc)
			rc = out[t].rc;
		inc->pairs_scored += out[t].scored;
		if (!t && !ps->n && !rc) {
			/* the first thread's pairs are taken as they are */
			free(ps->p);
			*ps = out[0].ps;
			continue;
		}
		for (k = 0; !rc && k < out[t].ps.n; k++)
			rc = push_pair(ps, out[t].ps.p[k].score, out[t].ps.p[k].a, out[t].ps.p[k].b);
		free(out[t].ps.p);
	}
	return rc;
}

/* Copies of one document with no place are still met through their doc. */
static int copy_pairs(struct rasd_incidents *inc, double min_score, struct pairs *ps,
		      size_t doc0)
{
	size_t d, i, j;

	for (d = doc0; d < inc->ndocs; d++) {
		const struct rasdp_doc *cd = &inc->docs[d], *od;

		if (cd->dup_of == d)
			continue;
		od = &inc->docs[cd->dup_of];
		for (i = cd->ev0; i < (size_t)cd->ev0 + cd->nev; i++) {
			for (j = od->ev0; j < (size_t)od->ev0 + od->nev; j++) {
				double s;

				if (inc->evs[i].place && inc->evs[j].place)
					continue;   /* met in the blocks */
				inc->pairs_scored++;
				s = rasdp_ev_score(inc, &inc->evs[i], &inc->evs[j]);
				if (s >= min_score && push_pair(ps, s, (uint32_t)i, (uint32_t)j))
					return RASD_ENOMEM;
			}
		}
	}
	return 0;
}

/* Turn the sets into incidents, ordered by their first event. */
static int build_incidents(struct rasd_incidents *inc, struct rasdp_uf *u)
{
	size_t n = inc->nevs, i, k = 0, off = 0;

	inc->ev_inc = malloc((n ? n : 1) * sizeof(*inc->ev_inc));
	inc->members = malloc((n ? n : 1) * sizeof(*inc->members));
	if (!inc->ev_inc || !inc->members)
		return RASD_ENOMEM;
	for (i = 0; i < n; i++)
		inc->ev_inc[i] = UINT32_MAX;
	for (i = 0; i < n; i++)
		if (inc->ev_inc[uf_find(u, (uint32_t)i)] == UINT32_MAX)
			inc->ev_inc[uf_find(u, (uint32_t)i)] = (uint32_t)k++ | 0x80000000u;
	/* Roots carry the new index with the top bit; spread to members. */
	inc->incs = calloc(k ? k : 1, sizeof(*inc->incs));
	if (!inc->incs)
		return RASD_ENOMEM;
	inc->nincs = k;
	for (i = 0; i < n; i++) {
		uint32_t r = uf_find(u, (uint32_t)i);

		inc->incs[inc->ev_inc[r] & 0x7FFFFFFFu].nev++;
	}
	for (i = 0; i < k; i++) {
		inc->incs[i].evs = inc->members + off;
		off += inc->incs[i].nev;
		inc->incs[i].nev = 0;
	}
	/* members in event order, as they come */
	for (i = 0; i < n; i++) {
		uint32_t r = uf_find(u, (uint32_t)i);
		struct rasdp_incident *x = &inc->incs[inc->ev_inc[r] & 0x7FFFFFFFu];

		x->evs[x->nev++] = (uint32_t)i;
	}
	for (i = 0; i < k; i++) {
		size_t j;

		for (j = 0; j < inc->incs[i].nev; j++)
			inc->ev_inc[inc->incs[i].evs[j]] = (uint32_t)i;
	}
	return 0;
}

/* A score as an unsigned key that sorts as the float does (descending: inverted). */
static uint32_t score_key(float f)
{
	uint32_t u;

	memcpy(&u, &f, sizeof(u));
	u = (u & 0x80000000u) ? ~u : u | 0x80000000u;
	return ~u;
}

/*
 * Sort pairs by decreasing score, then a, then b (cmp_pair's order) with
 * a radix sort of 16-bit digits, least significant first: linear in the
 * pairs, where a comparison sort of tens of millions was the slowest part
 * of clustering.  Digits that are the same in every pair are skipped.
 * Falls back to qsort when the scratch array cannot be had.
 */
static void sort_pairs(struct pair *p, size_t n)
{
	struct pair *tmp, *src = p, *dst;
	size_t *count, i;
	int d;

	if (n < 4096) {
		if (n)
			qsort(p, n, sizeof(*p), cmp_pair);
		return;
	}
	tmp = malloc(n * sizeof(*tmp));
	count = malloc(65536 * sizeof(*count));
	if (!tmp || !count) {
		free(tmp);
		free(count);
		qsort(p, n, sizeof(*p), cmp_pair);
		return;
	}
	dst = tmp;
	for (d = 0; d < 6; d++) {
		size_t sum = 0;

		memset(count, 0, 65536 * sizeof(*count));
#define DIGIT(x) (d < 2 ? ((x)->b >> (16 * d)) & 0xFFFF : d < 4 ? ((x)->a >> (16 * (d - 2))) & 0xFFFF \
			    : (score_key((x)->score) >> (16 * (d - 4))) & 0xFFFF)
		for (i = 0; i < n; i++)
			count[DIGIT(&src[i])]++;
		if (count[DIGIT(&src[0])] == n)
			continue;       /* every pair has this digit */
		for (i = 0; i < 65536; i++) {
			size_t c = count[i];

			count[i] = sum;
			sum += c;
		}
		for (i = 0; i < n; i++)
			dst[count[DIGIT(&src[i])]++] = src[i];
#undef DIGIT
		{
			struct pair *t = src;

			src = dst;
			dst = t;
		}
	}
	if (src != p)
		memcpy(p, src, n * sizeof(*p));
	free(tmp);
	free(count);
}

/* Join the pairs in order into fresh sets; the sets' memory is far apart, so fetch ahead. */
static int join_pairs(struct rasd_incidents *inc, struct rasdp_uf *u, const struct pairs *ps)
{
	size_t i;
	int rc = rasdp_uf_init(u, inc, NULL, inc->nevs);

	for (i = 0; i < ps->n && rc >= 0; i++) {
#if defined(__GNUC__) || defined(__clang__)
		if (i + 8 < ps->n) {
			__builtin_prefetch(&u->par[ps->p[i + 8].a]);
			__builtin_prefetch(&u->par[ps->p[i + 8].b]);
		}
#endif
		rc = rasdp_uf_join(u, inc, ps->p[i].a, ps->p[i].b);
	}
	return rc < 0 ? rc : 0;
}

/*
 * Reconcile the incidents whose flag is set in `todo` (all when NULL) on
 * inc->threads threads: incidents are independent, and the one thing they
 * share, the collection's arena for dispute texts, is taken under
 * inc->arena_lock.  One thread when pairs of figures are traced (the
 * trace sees them in incident order).
 */
struct rec_job {
	struct rasd_incidents *inc;
	const uint8_t *todo;
	atomic_size_t next;
	atomic_int rc;
};

#define REC_CHUNK 256

static void *rec_worker(void *arg)
{
	struct rec_job *j = arg;

	while (!atomic_load(&j->rc)) {
		size_t from = atomic_fetch_add(&j->next, REC_CHUNK), i;

		if (from >= j->inc->nincs)
			break;
		for (i = from; i < from + REC_CHUNK && i < j->inc->nincs; i++) {
			int rc;

			if (j->todo && !j->todo[i])
				continue;
			rc = rasdp_reconcile_incident(j->inc, &j->inc->incs[i]);
			if (rc) {
				atomic_store(&j->rc, rc);
				break;
			}
		}
	}
	return NULL;
}

static int reconcile_some(struct rasd_incidents *inc, const uint8_t *todo)
{
	struct rec_job job;
	pthread_t tid[MAX_THREADS];
	pthread_mutex_t lock;
	int nt = inc->threads > 1 ? inc->threads : 1, started = 0, t;
	size_t i;

	if (nt == 1 || inc->nincs < 4 * REC_CHUNK || inc->trace) {
		for (i = 0; i < inc->nincs; i++) {
			int rc = todo && !todo[i] ? 0 : rasdp_reconcile_incident(inc, &inc->incs[i]);

			if (rc)
				return rc;
		}
		return 0;
	}
	if (pthread_mutex_init(&lock, NULL))
		return RASD_ENOMEM;
	inc->arena_lock = &lock;
	job.inc = inc;
	job.todo = todo;
	atomic_init(&job.next, 0);
	atomic_init(&job.rc, 0);
	for (t = 1; t < nt; t++)
		if (!pthread_create(&tid[t - 1], NULL, rec_worker, &job))
			started++;
	rec_worker(&job);
	for (t = 0; t < started; t++)
		pthread_join(tid[t], NULL);
	inc->arena_lock = NULL;
	pthread_mutex_destroy(&lock);
	return atomic_load(&job.rc);
}

/* Sort the pairs, join them, make the incidents and reconcile them. */
static int finish(struct rasd_incidents *inc, struct pairs *ps)
{
	struct rasdp_uf u;
	int rc;

	sort_pairs(ps->p, ps->n);
	rc = join_pairs(inc, &u, ps);
	if (!rc)
		rc = build_incidents(inc, &u);
	rasdp_uf_release(&u);
	if (!rc)
		rc = reconcile_some(inc, NULL);
	if (!rc)
		inc->clustered = 1;
	return rc;
}

/*
 * What clustering keeps for rasdp_incidents_cluster_more(): the score it
 * joined at, how far it went, whether it had timeless or placeless events
 * (which put placed events in loose blocks), the blocks, and
 * the pairs at or above the score, each under both its events: those of
 * the clustering in one array by event, those added since in a list per
 * event, merged into the array when they grow to a quarter of it.
 */
struct apair {
	float score;
	uint32_t other;         /* the pair's other event */
};

struct mpair {
	float score;
	uint32_t other;
	uint32_t next;          /* the event's next added pair + 1, or 0 */
};

struct rasdp_cstate {
	double min_score;
	size_t nevs, ndocs;     /* events and documents clustered */
	int loose;              /* LOOSE_TIMELESS | LOOSE_PLACELESS: what the blocks were built for */
	struct rasdp_blocks bl;
	size_t *poff;           /* per event e < npoff: its first pair in pb; poff[npoff]: the end */
	struct apair *pb;       /* pairs by event */
	size_t npoff;
	uint32_t *mhead;        /* per event e < nmhead: its first added pair + 1, or 0 */
	size_t nmhead;
	struct mpair *mp;       /* pairs added since pb was made */
	size_t nmp, mp_alloc;
	uint64_t last_evs, last_pairs; /* events and pairs the last addition joined again */
};

void rasdp_cluster_state_free(struct rasd_incidents *inc)
{
	struct rasdp_cstate *cs = inc->cs;

	if (!cs)
		return;
	rasdp_blocks_release(&cs->bl);
	free(cs->poff);
	free(cs->pb);
	free(cs->mhead);
	free(cs->mp);
	free(cs);
	inc->cs = NULL;
}

/* Calls fn(ctx, score, other) for each kept pair of event e. */
#define EACH_PAIR(cs, e, SCORE, OTHER, BODY) do { \
		size_t k_; \
		uint32_t m_; \
		if ((e) < (cs)->npoff) \
			for (k_ = (cs)->poff[e]; k_ < (cs)->poff[(e) + 1]; k_++) { \
				float SCORE = (cs)->pb[k_].score; \
				uint32_t OTHER = (cs)->pb[k_].other; \
				BODY \
			} \
		for (m_ = (e) < (cs)->nmhead ? (cs)->mhead[e] : 0; m_; m_ = (cs)->mp[m_ - 1].next) { \
			float SCORE = (cs)->mp[m_ - 1].score; \
			uint32_t OTHER = (cs)->mp[m_ - 1].other; \
			BODY \
		} \
	} while (0)

/*
 * Make pb the pairs of pb, of the added lists and of `add`, under both
 * their events, for events [0, n): a counting pass, no sort; the added
 * lists are emptied.
 */
static int pairs_by_event(struct rasdp_cstate *cs, size_t n, const struct pairs *add)
{
	size_t total = (cs->npoff ? cs->poff[cs->npoff] : 0) + cs->nmp + 2 * add->n, i, k, *fill;
	struct apair *pb;

	fill = calloc(n + 1, sizeof(*fill));
	pb = malloc((total ? total : 1) * sizeof(*pb));
	if (!fill || !pb) {
		free(fill);
		free(pb);
		return RASD_ENOMEM;
	}
	for (i = 0; i < n; i++)
		EACH_PAIR(cs, i, sc, ot, { (void)sc; (void)ot; fill[i + 1]++; });
	for (k = 0; k < add->n; k++) {
		fill[add->p[k].a + 1]++;
		fill[add->p[k].b + 1]++;
	}
	for (i = 0; i < n; i++)
		fill[i + 1] += fill[i];
	for (i = 0; i < n; i++)
		EACH_PAIR(cs, i, sc, ot, {
			pb[fill[i]].score = sc;
			pb[fill[i]++].other = ot;
		});
	for (k = 0; k < add->n; k++) {
		const struct pair *p = &add->p[k];

		pb[fill[p->a]].score = p->score;
		pb[fill[p->a]++].other = p->b;
		pb[fill[p->b]].score = p->score;
		pb[fill[p->b]++].other = p->a;
	}
	/* fill[i] is now where event i's pairs end: shift to where they start */
	memmove(fill + 1, fill, n * sizeof(*fill));
	fill[0] = 0;
	free(cs->poff);
	free(cs->pb);
	cs->poff = fill;
	cs->pb = pb;
	cs->npoff = n;
	if (cs->mhead)
		memset(cs->mhead, 0, cs->nmhead * sizeof(*cs->mhead));
	cs->nmp = 0;
	return 0;
}

void rasdp_incidents_set_threads(struct rasd_incidents *inc, int n)
{
	inc->threads = n < 1 ? 1 : n > MAX_THREADS ? MAX_THREADS : n;
}

int rasdp_incidents_cluster(struct rasd_incidents *inc, double min_score)
{
	struct rasdp_cstate *cs;
	struct pairs ps = { NULL, 0, 0 };
	int rc;

	/* the link decision compares events of different reports only */
	if (!inc->link && inc->ndocs > 1)
		return RASD_EINVAL;
	rasdp_incidents_reset_results(inc);
	inc->pairs_scored = 0;
	rasdp_mark_duplicates(inc);
	cs = calloc(1, sizeof(*cs));
	if (!cs)
		return RASD_ENOMEM;
	inc->cs = cs;
	cs->min_score = min_score;
	cs->loose = rasdp_loose_from(inc, 0);
	rc = rasdp_build_blocks(inc, cs->loose, &cs->bl);
	if (!rc)
		rc = sweep_all(inc, &cs->bl, min_score, 1, &ps);
	if (!rc)
		rc = sweep_all(inc, &cs->bl, min_score, 0, &ps);
	if (!rc)
		rc = copy_pairs(inc, min_score, &ps, 0);
	if (!rc)
		rc = finish(inc, &ps);
	if (!rc)
		rc = pairs_by_event(cs, inc->nevs, &ps);
	free(ps.p);
	if (rc) {
		rasdp_cluster_state_free(inc);
		return rc;
	}
	cs->nevs = inc->nevs;
	cs->ndocs = inc->ndocs;
	return 0;
}

/* ---- adding events to a clustering ------------------------------------ */

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
 * The pairs of events [n0, nevs) with their block-mates, old and new (a
 * new pair once, from its later event), scored as the sweep scores them.
 */
static int new_pairs(struct rasd_incidents *inc, struct rasdp_cstate *cs, size_t n0,
		     struct pairs *ps)
{
	struct cand c = { NULL, 0, 0 };
	uint64_t keys[MAX_KEYS];
	struct rasdp_bent x[MAX_KEYS];
	size_t i, k, j;
	int rc = 0;

	for (i = n0; i < inc->nevs && !rc; i++) {
		size_t n = rasdp_event_keys(inc, i, cs->loose, keys, x);

		c.n = 0;
		for (k = 0; k < n && !rc; k++) {
			uint32_t id = rasdp_block_of(&cs->bl, keys[k]);

			if (id == UINT32_MAX)
				rc = RASD_ENOMEM;
			if (!rc)
				rc = block_partners(&cs->bl, id, &x[k], &c);
			if (!rc)
				rc = block_add(&cs->bl, id, &x[k]);
		}
		if (c.n > 1)
			qsort(c.ev, c.n, sizeof(*c.ev), cmp_u32);
		for (j = 0; j < c.n && !rc; j++) {
			double s;

#if defined(__GNUC__) || defined(__clang__)
			/* the partners are far apart in memory: fetch a few ahead */
			if (j + PREFETCH < c.n) {
				const struct rasd_ev *pe = &inc->evs[c.ev[j + PREFETCH]];

				__builtin_prefetch(&inc->docs[pe->doc]);
				if (pe->place)
					__builtin_prefetch(&inc->places[pe->place - 1]);
				if (pe->nclaims)
					__builtin_prefetch(&inc->claims[pe->claim0]);
			}
			if (j + 2 * PREFETCH < c.n)
				__builtin_prefetch(&inc->evs[c.ev[j + 2 * PREFETCH]]);
#endif
			if ((j && c.ev[j] == c.ev[j - 1]) || c.ev[j] == i)
				continue;
			inc->pairs_scored++;
			s = rasdp_ev_score(inc, &inc->evs[c.ev[j]], &inc->evs[i]);
			if (s >= cs->min_score)
				rc = push_pair(ps, s, c.ev[j], (uint32_t)i);
		}
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
static int heap_push(struct pairs *h, const struct pair *p)
{
	size_t i;

	if (h->n == h->alloc && rasdp_vec_grow((void **)&h->p, &h->alloc, h->n + 1, sizeof(*h->p)))
		return RASD_ENOMEM;
	for (i = h->n++; i && cmp_pair(p, &h->p[(i - 1) / 2]) < 0; i = (i - 1) / 2)
		h->p[i] = h->p[(i - 1) / 2];
	h->p[i] = *p;
	return 0;
}

static struct pair heap_pop(struct pairs *h)
{
	struct pair top = h->p[0], last = h->p[--h->n];
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

static struct pair mkpair(float score, uint32_t x, uint32_t y)
{
	struct pair p;

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
	struct pairs heap;      /* their pairs not yet joined */
	struct pairs tmp;
	uint64_t npairs;        /* pairs taken from the heap */
};

/* The pairs of earlier incident j among its events before pair `at`, in order, into r->tmp. */
static int inner_pairs(struct rejoin *r, uint32_t j, const struct pair *at)
{
	const struct rasdp_incident *x = &r->inc->incs[j];
	size_t i;
	int rc = 0;

	r->tmp.n = 0;
	for (i = 0; i < x->nev && !rc; i++) {
		uint32_t e = x->evs[i];

		EACH_PAIR(r->cs, e, sc, ot, {
			struct pair p = mkpair(sc, e, ot);

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
static int would_join(struct rejoin *r, uint32_t x, uint32_t y, uint32_t j, const struct pair *at)
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
static int take_incident(struct rejoin *r, uint32_t j, const struct pair *at)
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
			struct pair p = mkpair(sc, e, ot);

			if (!rc && cmp_pair(&p, at) > 0)
				rc = heap_push(&r->heap, &p);
		});
	}
	return rc;
}

/* Join the added events' pairs `add` and what they change, in clustering's order. */
static int rejoin_run(struct rejoin *r, const struct pairs *add)
{
	struct pair last = { 0, 0, 0 };
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
		struct pair p = heap_pop(&r->heap);
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
 * The incidents again: those of the events ev[0..m) (sorted) from their
 * sets in `u` (member loc[e] - 1), the others as they were, all ordered
 * by their first event as clustering orders them.  A new set whose events
 * are those of an earlier incident (none added) keeps what reconciling it
 * found; the others are flagged in r->todo to be reconciled.
 */
struct remake {
	struct rasdp_incident *incs;
	uint32_t *ev_inc, *members;
	uint8_t *todo;
	size_t nincs;
};

static int remake_incidents(struct rasd_incidents *inc, const uint32_t *ev, size_t m,
			    const uint32_t *loc, struct rasdp_uf *u, size_t n0, struct remake *r)
{
	const struct rasdp_incident *oincs = inc->incs;
	uint32_t *setno = malloc((m ? m : 1) * sizeof(*setno)), *lmem = NULL, *lstart = NULL;
	size_t nl = 0, ndrop = 0, i, j, k, off = 0, o = 0, l = 0;

	memset(r, 0, sizeof(*r));
	if (!setno)
		return RASD_ENOMEM;
	for (k = 0; k < m; k++)
		setno[k] = UINT32_MAX;
	for (k = 0; k < m; k++) {
		uint32_t rt = uf_find(u, loc[ev[k]] - 1);

		if (setno[rt] == UINT32_MAX)
			setno[rt] = (uint32_t)nl++;
		if (ev[k] < n0 && oincs[inc->ev_inc[ev[k]]].evs[0] == ev[k])
			ndrop++;
	}
	r->nincs = inc->nincs - ndrop + nl;
	lstart = calloc(nl + 1, sizeof(*lstart));
	lmem = malloc((m ? m : 1) * sizeof(*lmem));
	r->incs = calloc(r->nincs ? r->nincs : 1, sizeof(*r->incs));
	r->ev_inc = malloc((inc->nevs ? inc->nevs : 1) * sizeof(*r->ev_inc));
	r->members = malloc((inc->nevs ? inc->nevs : 1) * sizeof(*r->members));
	r->todo = calloc(r->nincs ? r->nincs : 1, 1);
	if (!lstart || !lmem || !r->incs || !r->ev_inc || !r->members || !r->todo) {
		free(setno);
		free(lstart);
		free(lmem);
		return RASD_ENOMEM;
	}
	/* the new sets' events, set by set, in order */
	for (k = 0; k < m; k++)
		lstart[setno[uf_find(u, loc[ev[k]] - 1)] + 1]++;
	for (j = 0; j < nl; j++)
		lstart[j + 1] += lstart[j];
	for (k = 0; k < m; k++)
		lmem[lstart[setno[uf_find(u, loc[ev[k]] - 1)]]++] = ev[k];
	memmove(lstart + 1, lstart, nl * sizeof(*lstart));
	lstart[0] = 0;
	/* merge the kept incidents and the new sets by first event */
	for (k = 0; k < r->nincs; k++) {
		struct rasdp_incident *x = &r->incs[k];
		uint32_t *evs = r->members + off;

		while (o < inc->nincs && loc[oincs[o].evs[0]])
			o++;    /* an incident of the events joined again */
		if (o < inc->nincs && (l == nl || oincs[o].evs[0] < lmem[lstart[l]])) {
			*x = oincs[o++];
			memcpy(evs, x->evs, x->nev * sizeof(*evs));
		} else {
			const uint32_t *le = lmem + lstart[l];
			size_t n = lstart[l + 1] - lstart[l];
			uint32_t was = le[0] < n0 ? inc->ev_inc[le[0]] : UINT32_MAX;
			int same = was != UINT32_MAX && oincs[was].nev == n;

			for (i = 1; same && i < n; i++)
				same = le[i] < n0 && inc->ev_inc[le[i]] == was;
			if (same) {
				*x = oincs[was];
				/* its disputes move here: not freed with the old incident */
				memset(&inc->incs[was].disputes, 0, sizeof(x->disputes));
			} else {
				r->todo[k] = 1;
			}
			x->nev = n;
			memcpy(evs, le, n * sizeof(*evs));
			l++;
		}
		x->evs = evs;
		for (i = 0; i < x->nev; i++)
			r->ev_inc[evs[i]] = (uint32_t)k;
		off += x->nev;
	}
	free(setno);
	free(lstart);
	free(lmem);
	return 0;
}

/*
 * Put the incidents of `r` in place of the collection's.  The disputes of
 * the earlier incidents made again (whose first event is one of ev[0..m),
 * before n0) are freed unless a kept incident took them; the others'
 * moved.
 */
static void swap_incidents(struct rasd_incidents *inc, const uint32_t *ev, size_t m, size_t n0,
			   struct remake *r)
{
	size_t i, j;

	for (i = 0; i < m && ev[i] < n0; i++) {
		struct rasdp_incident *x = &inc->incs[inc->ev_inc[ev[i]]];
		struct rasdp_dispute_list *dl = &x->disputes;

		if (x->evs[0] != ev[i])
			continue;
		for (j = 0; j < dl->n; j++)
			free(dl->d[j].refs);
		free(dl->d);
	}
	free(inc->incs);
	free(inc->ev_inc);
	free(inc->members);
	inc->incs = r->incs;
	inc->ev_inc = r->ev_inc;
	inc->members = r->members;
	inc->nincs = r->nincs;
	r->incs = NULL;
	r->ev_inc = r->members = NULL;
}

/*
 * Join again what the added events [n0, nevs) and their pairs `add`
 * change, and make the incidents again from that and the others as they
 * were.
 */
static int rejoin(struct rasd_incidents *inc, struct rasdp_cstate *cs, size_t n0,
		  const struct pairs *add)
{
	struct rejoin r;
	struct remake rm;
	uint32_t *ev = NULL;
	size_t m = 0;
	int rc;

	memset(&r, 0, sizeof(r));
	memset(&rm, 0, sizeof(rm));
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
		rc = remake_incidents(inc, ev, m, r.loc, &r.u, n0, &rm);
	}
	if (!rc) {
		swap_incidents(inc, ev, m, n0, &rm);
		rc = reconcile_some(inc, rm.todo);
	}
	cs->last_evs = m;
	cs->last_pairs = r.npairs;
	rasdp_uf_release(&r.u);
	rasdp_uf_release(&r.scratch);
	free(r.heap.p);
	free(r.tmp.p);
	free(r.loc);
	free(rm.incs);
	free(rm.ev_inc);
	free(rm.members);
	free(rm.todo);
	free(ev);
	return rc;
}

/*
 * Keep the added pairs: in the lists of their events, or all into pb when
 * the lists grow to a quarter of it (a pass over every pair, now and then,
 * so that an addition walks short lists).
 */
static int keep_more(struct rasdp_cstate *cs, size_t nevs, const struct pairs *add)
{
	size_t inpb = cs->npoff ? cs->poff[cs->npoff] : 0, k;

	if (cs->nmp + 2 * add->n > inpb / 4 + 65536)
		return pairs_by_event(cs, nevs, add);
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
		const struct pair *p = &add->p[k / 2];
		uint32_t e = k & 1 ? p->b : p->a;
		struct mpair *x = &cs->mp[cs->nmp++];

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
	struct pairs ps = { NULL, 0, 0 };
	size_t n0;
	int rc;

	if (!inc->link && inc->ndocs > 1)
		return RASD_EINVAL;
	if (!cs || cs->min_score != min_score || cs->nevs > inc->nevs || cs->ndocs > inc->ndocs ||
	    !inc->ev_inc || !can_extend(inc, cs))
		return rasdp_incidents_cluster(inc, min_score);
	n0 = cs->nevs;
	inc->pairs_scored = 0;
	if (n0 == inc->nevs) {
		cs->ndocs = inc->ndocs;
		inc->clustered = 1;
		return 0;
	}
	rc = new_pairs(inc, cs, n0, &ps);
	if (!rc)
		rc = copy_pairs(inc, min_score, &ps, cs->ndocs);
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

/* ---- training and measuring ------------------------------------------- */

void rasdp_incidents_more_stats(const struct rasd_incidents *inc, uint64_t *evs,
				uint64_t *pairs)
{
	*evs = inc->cs ? inc->cs->last_evs : 0;
	*pairs = inc->cs ? inc->cs->last_pairs : 0;
}

static int cmp_pair_ab(const void *x, const void *y)
{
	const struct pair *a = x, *b = y;

	if (a->a != b->a)
		return a->a < b->a ? -1 : 1;
	return a->b < b->b ? -1 : a->b > b->b;
}

int rasdp_incidents_each_pair(struct rasd_incidents *inc,
			      int (*fn)(void *ctx, uint32_t a, uint32_t b, const float *x),
			      void *ctx)
{
	struct pairs ps = { NULL, 0, 0 };
	struct rasdp_blocks bl;
	float x[RASDP_LINK_NFEAT];
	size_t i;
	int rc;

	if (!inc->link)
		return RASD_EINVAL;
	rasdp_incidents_reset_results(inc);
	rasdp_mark_duplicates(inc);
	memset(&bl, 0, sizeof(bl));
	/* every pair blocking compares, whatever it scores (not two events of one report) */
	rc = rasdp_build_blocks(inc, rasdp_loose_from(inc, 0), &bl);
	if (!rc)
		rc = sweep_all(inc, &bl, REJECT / 2, 1, &ps);
	if (!rc)
		rc = sweep_all(inc, &bl, REJECT / 2, 0, &ps);
	rasdp_blocks_release(&bl);
	if (!rc)
		rc = copy_pairs(inc, REJECT / 2, &ps, 0);
	if (!rc && ps.n)
		qsort(ps.p, ps.n, sizeof(*ps.p), cmp_pair_ab);
	for (i = 0; !rc && i < ps.n; i++) {
		if (i && ps.p[i].a == ps.p[i - 1].a && ps.p[i].b == ps.p[i - 1].b)
			continue;
		if (rasdp_link_features(inc, &inc->evs[ps.p[i].a], &inc->evs[ps.p[i].b], x))
			continue;
		rc = fn(ctx, ps.p[i].a, ps.p[i].b, x);
	}
	free(ps.p);
	return rc;
}

int rasdp_incidents_cluster_allpairs(struct rasd_incidents *inc, double min_score)
{
	struct pairs ps = { NULL, 0, 0 };
	size_t i, j;
	int rc;

	if (!inc->link)
		return RASD_EINVAL;
	rasdp_incidents_reset_results(inc);
	inc->pairs_scored = 0;
	rasdp_mark_duplicates(inc);
	for (i = 0; i < inc->nevs; i++) {
		for (j = i + 1; j < inc->nevs; j++) {
			double s = rasdp_ev_score(inc, &inc->evs[i], &inc->evs[j]);

			inc->pairs_scored++;
			if (s >= min_score && push_pair(&ps, s, (uint32_t)i, (uint32_t)j)) {
				free(ps.p);
				return RASD_ENOMEM;
			}
		}
	}
	rc = finish(inc, &ps);
	free(ps.p);
	return rc;
}
