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
 * event, what shares one of these blocks with it (recompute_read.c): a change
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
 * over two districts, bridge two incidents through an event that fits
 * many (no town, no time), or join two groups through a link of two
 * events with no time at all that most of the groups' other pairs do
 * not come near.
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
 * changed set reaches comes out as it was (see "Joining again" in
 * cluster_more.c).  That gives the partition clustering everything gives
 * (incident.h says where it cannot) at a cost that follows the added
 * events, not the collection.
 *
 * The files: cluster_link.c scores a pair (the link features),
 * cluster_block.c makes the blocks, cluster_uf.c holds the sets and the
 * chaining guard, this file sweeps the blocks, joins what they give and
 * reconciles the incidents, and cluster_more.c adds events to a
 * clustering; cluster_int.h is what they share.
 */
#include <limits.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "incident/cluster_int.h"

#include "base/banned.h"

/* ---- candidate pairs -------------------------------------------------- */

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
static int score_pair(struct rasd_incidents *inc, double min_score, struct rasdp_pairs *ps,
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
		       double min_score, struct rasdp_pairs *ps, uint64_t *scored)
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
	struct rasdp_pairs ps;
	uint64_t scored;
	int rc;
};

#define SWEEP_CHUNK 64

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
		     int sort_only, struct rasdp_pairs *ps)
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
int rasdp_copy_pairs(struct rasd_incidents *inc, double min_score, struct rasdp_pairs *ps,
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
	/* room for the sets adding events makes again (cluster_more.c) */
	inc->members_alloc = n + n / 8 + 1024;
	inc->members_used = n;
	inc->members = malloc(inc->members_alloc * sizeof(*inc->members));
	if (!inc->ev_inc || !inc->members)
		return RASD_ENOMEM;
	for (i = 0; i < n; i++)
		inc->ev_inc[i] = UINT32_MAX;
	for (i = 0; i < n; i++)
		if (inc->ev_inc[uf_find(u, (uint32_t)i)] == UINT32_MAX)
			inc->ev_inc[uf_find(u, (uint32_t)i)] = (uint32_t)k++ | 0x80000000u;
	/* Roots carry the new index with the top bit; spread to members. */
	inc->incs_alloc = k + k / 8 + 64;
	inc->incs = calloc(inc->incs_alloc, sizeof(*inc->incs));
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
static void sort_pairs(struct rasdp_pair *p, size_t n)
{
	struct rasdp_pair *tmp, *src = p, *dst;
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
			struct rasdp_pair *t = src;

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
static int join_pairs(struct rasd_incidents *inc, struct rasdp_uf *u, const struct rasdp_pairs *ps)
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

int rasdp_reconcile_some(struct rasd_incidents *inc, const uint8_t *todo)
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
static int finish(struct rasd_incidents *inc, struct rasdp_pairs *ps)
{
	struct rasdp_uf u;
	int rc;

	sort_pairs(ps->p, ps->n);
	rc = join_pairs(inc, &u, ps);
	if (!rc)
		rc = build_incidents(inc, &u);
	rasdp_uf_release(&u);
	if (!rc)
		rc = rasdp_reconcile_some(inc, NULL);
	if (!rc)
		inc->clustered = 1;
	return rc;
}

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

/*
 * Make pb the pairs of pb, of the added lists and of `add`, under both
 * their events, for events [0, n): a counting pass, no sort; the added
 * lists are emptied.
 */
int rasdp_pairs_by_event(struct rasdp_cstate *cs, size_t n, const struct rasdp_pairs *add)
{
	size_t total = (cs->npoff ? cs->poff[cs->npoff] : 0) + cs->nmp + 2 * add->n, i, k, *fill;
	struct rasdp_apair *pb;

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
		const struct rasdp_pair *p = &add->p[k];

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
	struct rasdp_pairs ps = { NULL, 0, 0 };
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
	inc->join_score = min_score;
	cs->loose = rasdp_loose_from(inc, 0);
	rc = rasdp_build_blocks(inc, cs->loose, &cs->bl);
	if (!rc)
		rc = sweep_all(inc, &cs->bl, min_score, 1, &ps);
	if (!rc)
		rc = sweep_all(inc, &cs->bl, min_score, 0, &ps);
	if (!rc)
		rc = rasdp_copy_pairs(inc, min_score, &ps, 0);
	if (!rc)
		rc = finish(inc, &ps);
	if (!rc)
		rc = rasdp_pairs_by_event(cs, inc->nevs, &ps);
	free(ps.p);
	if (rc) {
		rasdp_cluster_state_free(inc);
		return rc;
	}
	cs->nevs = inc->nevs;
	cs->ndocs = inc->ndocs;
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
	const struct rasdp_pair *a = x, *b = y;

	if (a->a != b->a)
		return a->a < b->a ? -1 : 1;
	return a->b < b->b ? -1 : a->b > b->b;
}

int rasdp_incidents_each_pair(struct rasd_incidents *inc,
			      int (*fn)(void *ctx, uint32_t a, uint32_t b, const float *x),
			      void *ctx)
{
	struct rasdp_pairs ps = { NULL, 0, 0 };
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
		rc = rasdp_copy_pairs(inc, REJECT / 2, &ps, 0);
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
	struct rasdp_pairs ps = { NULL, 0, 0 };
	size_t i, j;
	int rc;

	if (!inc->link)
		return RASD_EINVAL;
	rasdp_incidents_reset_results(inc);
	inc->pairs_scored = 0;
	inc->join_score = min_score;
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
