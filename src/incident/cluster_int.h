/*
 * cluster_int.h - what the files of the clustering share: cluster_link.c
 * (the link features and score of a pair of events), cluster_block.c (the
 * blocks that decide which pairs are compared), cluster_uf.c (the sets
 * joined under the chaining guard), cluster.c (the sweep of the blocks
 * and the join of everything) and cluster_more.c (adding events to a
 * clustering).  cluster.c's opening comment describes the algorithm.
 *
 * Not part of the collection's interface (incident_int.h): only the
 * clustering files include it.  The small functions every stage calls on
 * every event or pair are static inline here, so that splitting the files
 * costs no call.
 */
#ifndef RASD_CLUSTER_INT_H
#define RASD_CLUSTER_INT_H

#include <stdint.h>

#include "incident/incident_int.h"

#define REJECT (-1e9)         /* the score of a pair that can never join */
#define DAY_TOL 3             /* days between windows still compared */
#define MAX_WEEKS 6           /* wider windows skip the week blocks */
#define MAX_CMP 4096          /* comparisons per event per block */
#define PUB_BEFORE 3          /* undated: happened up to 3 days before publication */

/* The link features (cluster_link.c): the length of the vector rasdp_link_features() fills. */
#define RASDP_LINK_NFEAT 35

enum { WIN_DATED, WIN_PUB, WIN_WIDE };

/*
 * An event's time window [*ws, *we] in days: its date range; an undated
 * event's publication window [published - PUB_BEFORE, published]; with
 * neither, the widest (WIN_WIDE).  Returns which of the three.
 */
static inline int window(const struct rasd_incidents *inc, const struct rasd_ev *e,
			 int64_t *ws, int64_t *we)
{
	int64_t pub;

	if (e->precision != RASD_EVP_NONE && e->day_first != INT64_MIN) {
		*ws = e->day_first;
		*we = e->day_last;
		return WIN_DATED;
	}
	pub = inc->docs[e->doc].published;
	if (pub != INT64_MIN) {
		*ws = pub - PUB_BEFORE;
		*we = pub;
		return WIN_PUB;
	}
	*ws = INT32_MIN;
	*we = INT32_MAX;
	return WIN_WIDE;
}

/* Does event e name side `id`? */
static inline int has_actor(const struct rasd_ev *e, uint32_t id)
{
	int i;

	for (i = 0; i < e->nactors; i++)
		if (e->actors[i] == id)
			return 1;
	return 0;
}

static inline int32_t clamp32(int64_t v)
{
	return v < INT32_MIN ? INT32_MIN : v > INT32_MAX ? INT32_MAX : (int32_t)v;
}

/* Precise: a town-level place with a known district. */
static inline int precise(const struct rasd_ev *e)
{
	return e->place && e->geo_precision == 1 && e->admin2;
}

/* A 64-bit mix, for the hash tables of the sets and the blocks. */
static inline uint64_t hkey(uint64_t k)
{
	k ^= k >> 33;
	k *= 0xff51afd7ed558ccdULL;
	k ^= k >> 33;
	return k;
}

/* cluster_link.c */
/*
 * The link features of the pair (a, b) into x[RASDP_LINK_NFEAT]; -1 (x
 * all 0) when the two are events of one document, which never join.
 */
int rasdp_link_features(const struct rasd_incidents *inc, const struct rasd_ev *a,
			const struct rasd_ev *b, float *x);

/* cluster_block.c: the blocks */

/* A block's key: its kind in the top three bits. */
#define KEY_TYPE(k) ((k) >> 61)
#define KEY_PLACE (1ULL << 61)
#define KEY_A2W (2ULL << 61)
#define KEY_A1W (3ULL << 61)
#define KEY_LOOSE (4ULL << 61)     /* (type, week) of events with no place */
#define LOOSE_AREA (1ULL << 60)    /* with KEY_LOOSE: (governorate) of events with no time */
#define KEY_ACTOR (5ULL << 61)     /* (actor, type bits, week): no place against a place */
#define KEY_IS_ACTOR(k) (KEY_TYPE(k) == 5)
#define KEY_WEEK(k) ((int32_t)((k) & 0xFFFFFF))

/*
 * The blocks are kept as one array of entries grouped by block (a block's
 * entries sorted by segment, window start and event), with a hash from a
 * block's key to its number: built in two counting passes, not a sort of
 * every entry, and kept after clustering so that events added later find
 * their block-mates directly (rasdp_incidents_cluster_more()).  An entry
 * is 20 bytes: the event (its top bit the segment), its window, its first
 * week in the block's family and its place, so a block is swept without
 * touching the events themselves except for the pairs it scores (whose
 * events are fetched a few entries ahead).
 */
struct rasdp_bent {
	uint32_t evseg;         /* event | segment << 31 (governorate and loose blocks) */
	int32_t ws, we;         /* window */
	int32_t w0;             /* first week of the event's week blocks of this kind */
	uint32_t place;         /* the event's place (a pair at one place is scored in its block) */
};

#define BENT_EV(x) ((x)->evseg & 0x7FFFFFFFu)
#define BENT_SEG(x) ((x)->evseg >> 31)

struct rasdp_blocks {
	uint64_t *keys;         /* per block */
	uint32_t *off;          /* per block: first entry; off[nblocks]: the end */
	int32_t *span;          /* per block: widest window (we - ws) of its entries */
	size_t nblocks, alloc;
	struct rasdp_bent *e;   /* entries, by block */
	size_t nent;
	uint32_t *slots;        /* key hash -> block + 1; 0 empty */
	size_t mask;
	/* events added after the blocks were built, per block a list */
	uint32_t *more_head;    /* per block: first added entry + 1, or 0 */
	struct rasdp_bent *more;
	uint32_t *more_next;    /* next added entry of the block + 1, or 0 */
	size_t nmore, more_alloc;
};

/*
 * The most blocks one event is in: its place, over at most MAX_WEEKS + 2
 * weeks its district's, its governorate's and one for each side it names,
 * and its governorate's loose block; an event without a place, a week
 * block of its type and one for each side it names.
 */
#define MAX_KEYS ((2 + RASD_EV_MAX_ACTORS) * (MAX_WEEKS + 2) + 2)

/* What a collection has that puts placed events in loose blocks (rasdp_loose_from()). */
enum { LOOSE_TIMELESS = 1, LOOSE_PLACELESS = 2 };

/* A block's order: segment, window start, event. */
static inline int cmp_bent(const void *x, const void *y)
{
	const struct rasdp_bent *a = x, *b = y;

	if (BENT_SEG(a) != BENT_SEG(b))
		return BENT_SEG(a) < BENT_SEG(b) ? -1 : 1;
	if (a->ws != b->ws)
		return a->ws < b->ws ? -1 : 1;
	return BENT_EV(a) < BENT_EV(b) ? -1 : BENT_EV(a) > BENT_EV(b);
}

static inline int bent_less(const struct rasdp_bent *a, const struct rasdp_bent *b)
{
	return cmp_bent(a, b) < 0;
}

/* The number of block `key`, added (empty) when new; UINT32_MAX out of memory. */
uint32_t rasdp_block_of(struct rasdp_blocks *b, uint64_t key);
void rasdp_blocks_release(struct rasdp_blocks *b);
/* Widen block id's widest window to entry x's. */
void rasdp_span_add(struct rasdp_blocks *b, uint32_t id, const struct rasdp_bent *x);
/* LOOSE_TIMELESS | LOOSE_PLACELESS: what events [from, inc->nevs) have. */
int rasdp_loose_from(const struct rasd_incidents *inc, size_t from);
/* Event i's block keys and its entry in each, into keys[MAX_KEYS], x[MAX_KEYS]; how many. */
size_t rasdp_event_keys(const struct rasd_incidents *inc, size_t i, int loose, uint64_t *keys,
			struct rasdp_bent *x);
/* Build the blocks of events [0, inc->nevs) from nothing (each block to be sorted). */
int rasdp_build_blocks(const struct rasd_incidents *inc, int loose, struct rasdp_blocks *b);
/* Sort a block's n entries into the block's order (cmp_bent()). */
void rasdp_sort_block(struct rasdp_bent *e, size_t n);
/* Does a block's sweep compare entry x with y, x before y in the block's order? */
int rasdp_swept(const struct rasdp_bent *x, const struct rasdp_bent *y);

/* cluster.c: the pairs a sweep scores at or above the threshold */

/* How many entries (or partners) ahead a sweep fetches the events it will score. */
#define PREFETCH 4
#define MAX_THREADS 64   /* rasdp_incidents_set_threads() bound */

struct rasdp_pair {
	float score;
	uint32_t a, b;          /* a < b */
};

struct rasdp_pairs {
	struct rasdp_pair *p;
	size_t n, alloc;
};

static inline int push_pair(struct rasdp_pairs *ps, double score, uint32_t a, uint32_t b)
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

/* The order pairs are joined in: decreasing score, then a, then b. */
static inline int cmp_pair(const void *x, const void *y)
{
	const struct rasdp_pair *a = x, *b = y;

	if (a->score != b->score)
		return a->score > b->score ? -1 : 1;
	if (a->a != b->a)
		return a->a < b->a ? -1 : 1;
	return a->b < b->b ? -1 : a->b > b->b;
}

/*
 * What clustering keeps for rasdp_incidents_cluster_more(): the score it
 * joined at, how far it went, whether it had timeless or placeless events
 * (which put placed events in loose blocks), the blocks, and
 * the pairs at or above the score, each under both its events: those of
 * the clustering in one array by event, those added since in a list per
 * event, merged into the array when they grow to a quarter of it.
 */
struct rasdp_apair {
	float score;
	uint32_t other;         /* the pair's other event */
};

struct rasdp_mpair {
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
	struct rasdp_apair *pb; /* pairs by event */
	size_t npoff;
	uint32_t *mhead;        /* per event e < nmhead: its first added pair + 1, or 0 */
	size_t nmhead;
	struct rasdp_mpair *mp; /* pairs added since pb was made */
	size_t nmp, mp_alloc;
	uint64_t last_evs, last_pairs; /* events and pairs the last addition joined again */
};

/* Runs BODY with SCORE and OTHER set for each kept pair of event e. */
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

/* Pairs of syndicated copies (documents from doc0 on) that the blocks miss, into ps. */
int rasdp_copy_pairs(struct rasd_incidents *inc, double min_score, struct rasdp_pairs *ps,
		     size_t doc0);
/* Reconcile the incidents flagged in todo (all when NULL), on inc->threads threads. */
int rasdp_reconcile_some(struct rasd_incidents *inc, const uint8_t *todo);
/* cs->pb made again from itself, the added lists and `add`, for events [0, n). */
int rasdp_pairs_by_event(struct rasdp_cstate *cs, size_t n, const struct rasdp_pairs *add);

/* cluster_uf.c: union-find with the one-document-per-incident rule */

struct rasdp_docset {
	uint64_t *keys;         /* (root + 1) << 32 | doc; 0 empty */
	size_t n, cap;
};

struct rasdp_uf {
	uint32_t *par, *size, *next;  /* next: circular member list */
	int32_t *dmin, *dmax;         /* per root: earliest end, latest start of its time windows */
	uint32_t *dist;               /* per root: district of its precise events, or 0 */
	uint8_t *firm;                /* per root: holds a firm event (see firm()) */
	struct rasdp_docset docs;
	const uint32_t *ev;           /* set member -> event, or NULL: member i is event i */
	uint32_t *evbuf;              /* rasdp_uf_add(): the members' events (ev points here) */
	size_t n, cap;                /* rasdp_uf_add(): members, room */
};

#define UF_EV(u, x) ((u)->ev ? (u)->ev[x] : (x))
#define NO_DAY INT32_MIN

/* The root of member x's set (halving the path on the way). */
static inline uint32_t uf_find(struct rasdp_uf *u, uint32_t x)
{
	while (u->par[x] != x) {
		u->par[x] = u->par[u->par[x]];
		x = u->par[x];
	}
	return x;
}

/* Sets of the n events ev[0..n) (all events when ev is NULL), one each. */
int rasdp_uf_init(struct rasdp_uf *u, const struct rasd_incidents *inc, const uint32_t *ev,
		  size_t n);
/* rasdp_uf_init() again, keeping the memory (a scratch union-find used for many small sets). */
int rasdp_uf_reuse(struct rasdp_uf *u, const struct rasd_incidents *inc, const uint32_t *ev,
		   size_t n);
/* A set of event `ev` more (u from rasdp_uf_init(u, inc, NULL, 0) or this); its member number. */
long rasdp_uf_add(struct rasdp_uf *u, const struct rasd_incidents *inc, uint32_t ev);
void rasdp_uf_release(struct rasdp_uf *u);
/*
 * Would the chaining guard refuse to join set ra of u with set rb of v
 * (u and v may be one union-find) through events ea and eb?
 */
int rasdp_uf_refuses(const struct rasdp_uf *u, uint32_t ra, const struct rasdp_uf *v, uint32_t rb,
		     const struct rasd_incidents *inc, uint32_t ea, uint32_t eb);
/* Join the sets of members a and b unless the guard refuses; 1 joined, 0 not, <0 error. */
int rasdp_uf_join(struct rasdp_uf *u, const struct rasd_incidents *inc, uint32_t a, uint32_t b);

#endif
