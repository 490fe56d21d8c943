/*
 * cluster_block.c - blocking: which pairs of events the clustering
 * compares at all.  Each event is put in a few blocks (its place; its
 * district's, its governorate's and its sides' weeks; the loose blocks),
 * keyed by a 64-bit key (KEY_* in cluster_int.h); the blocks are one array
 * of entries grouped by block, with a hash from key to block, built in two
 * counting passes and kept for adding events (cluster_more.c).  cluster.c
 * sorts and sweeps them; rasdp_swept() says which two entries of a block
 * its sweep compares.  cluster.c's opening comment says why blocking
 * loses no pair worth joining.  A change of which pairs are compared must
 * be followed by recompute.c and raises BLOCKING_VERSION.
 */
#include <stdlib.h>
#include <string.h>

#include "incident/cluster_int.h"

#include "base/banned.h"

static int64_t floordiv(int64_t a, int64_t b)
{
	return a >= 0 ? a / b : -((-a + b - 1) / b);
}

static size_t key_slot(uint64_t key, size_t mask)
{
	return (size_t)hkey(key ^ (key >> 29)) & mask;
}

static int blocks_rehash(struct rasdp_blocks *b)
{
	size_t cap = b->mask ? (b->mask + 1) * 2 : 1024, k;
	uint32_t *ns = calloc(cap, sizeof(*ns));

	if (!ns)
		return RASD_ENOMEM;
	for (k = 0; b->mask && k <= b->mask; k++) {
		size_t j;

		if (!b->slots[k])
			continue;
		for (j = key_slot(b->keys[b->slots[k] - 1], cap - 1); ns[j]; j = (j + 1) & (cap - 1))
			;
		ns[j] = b->slots[k];
	}
	free(b->slots);
	b->slots = ns;
	b->mask = cap - 1;
	return 0;
}

static int blocks_grow(struct rasdp_blocks *b)
{
	size_t na = b->alloc ? b->alloc * 2 : 1024;
	uint64_t *nk = realloc(b->keys, na * sizeof(*nk));
	uint32_t *no, *nh;
	int32_t *nsp;

	if (!nk)
		return RASD_ENOMEM;
	b->keys = nk;
	no = realloc(b->off, (na + 1) * sizeof(*no));
	if (!no)
		return RASD_ENOMEM;
	b->off = no;
	nsp = realloc(b->span, na * sizeof(*nsp));
	if (!nsp)
		return RASD_ENOMEM;
	b->span = nsp;
	nh = realloc(b->more_head, na * sizeof(*nh));
	if (!nh)
		return RASD_ENOMEM;
	b->more_head = nh;
	b->alloc = na;
	return 0;
}

uint32_t rasdp_block_of(struct rasdp_blocks *b, uint64_t key)
{
	size_t i;

	if ((!b->mask || (b->nblocks + 1) * 2 > b->mask + 1) && blocks_rehash(b))
		return UINT32_MAX;
	for (i = key_slot(key, b->mask); b->slots[i]; i = (i + 1) & b->mask)
		if (b->keys[b->slots[i] - 1] == key)
			return b->slots[i] - 1;
	if (b->nblocks + 1 >= b->alloc && blocks_grow(b))
		return UINT32_MAX;
	b->keys[b->nblocks] = key;
	b->span[b->nblocks] = 0;
	b->more_head[b->nblocks] = 0;
	/* a block new after the blocks were built has no entries of its own */
	b->off[b->nblocks] = b->off[b->nblocks + 1] = (uint32_t)b->nent;
	b->slots[i] = (uint32_t)(b->nblocks + 1);
	return (uint32_t)b->nblocks++;
}

void rasdp_blocks_release(struct rasdp_blocks *b)
{
	free(b->keys);
	free(b->off);
	free(b->span);
	free(b->e);
	free(b->slots);
	free(b->more_head);
	free(b->more);
	free(b->more_next);
	memset(b, 0, sizeof(*b));
}

void rasdp_span_add(struct rasdp_blocks *b, uint32_t id, const struct rasdp_bent *x)
{
	int64_t w = (int64_t)x->we - x->ws;

	if (w > b->span[id])
		b->span[id] = w > INT32_MAX ? INT32_MAX : (int32_t)w;
}

/*
 * Loose blocks, for the events the others miss.  Events with no place
 * meet by (event type, week), against each other: two reports that name
 * no place but give the day, the type and the toll.  They meet placed
 * events by (actor, week): every event enters the block of each side it
 * names, those with no place as segment 0, the placed ones as segment 1,
 * and the block compares segment 0 with segment 1 only, so a report that
 * names no town but has the day, a side and the toll of a strike another
 * report places is scored against it (the no_place feature weighs what is
 * missing); a pair is scored in the block of the first side both name, in
 * the first week both are in.  A side, not the type alone, keeps the blocks
 * small: "an air strike this week" is every air strike of the week, a
 * side's strikes of the week are a country's.  The key holds five bits
 * of the type besides, which splits a busy side's blocks (two types
 * sharing the bits only share a block).  Placed events enter them only
 * when the collection has events with no place that name a side.
 *
 * An event with no time at all (no date, no publication date) meets, by
 * governorate, every event there whatever its time (segment 0 looks at
 * segment 1, so the block costs about the timeless events times the
 * events of the governorate, capped by MAX_CMP); the others enter it only
 * when the collection has timeless events.  A governorate block has no
 * weeks: its entries all carry week 0, so the first-week rule of
 * score_pair holds for it as it stands.
 *
 * What the collection has, from event `from` on: LOOSE_TIMELESS, a placed
 * event with no time; LOOSE_PLACELESS, an event with no place that has
 * week blocks and a side.  Blocks built without one are built again when
 * one comes.
 */

/* The weeks [*w0, *w1] of an event's week blocks; none when its window is wide. */
static void weeks(int kind, int64_t ws, int64_t we, int64_t *w0, int64_t *w1)
{
	*w0 = 0;
	*w1 = -1;
	if (kind != WIN_WIDE && we - ws <= MAX_WEEKS * 7) {
		*w0 = floordiv(ws - DAY_TOL, 7);
		*w1 = floordiv(we + DAY_TOL, 7);
	}
}

int rasdp_loose_from(const struct rasd_incidents *inc, size_t from)
{
	size_t i;
	int has = 0;

	for (i = from; i < inc->nevs && has != (LOOSE_TIMELESS | LOOSE_PLACELESS); i++) {
		int64_t ws, we, w0, w1;
		int kind = window(inc, &inc->evs[i], &ws, &we);

		if (inc->evs[i].place && kind == WIN_WIDE)
			has |= LOOSE_TIMELESS;
		weeks(kind, ws, we, &w0, &w1);
		if (!inc->evs[i].place && w1 >= w0 && inc->evs[i].nactors)
			has |= LOOSE_PLACELESS;
	}
	return has;
}

static size_t key_put(uint64_t *keys, struct rasdp_bent *x, size_t n, uint64_t key, size_t ev,
		      uint32_t place, int64_t ws, int64_t we, int64_t w0, int seg)
{
	keys[n] = key;
	x[n].evseg = (uint32_t)ev | (uint32_t)seg << 31;
	x[n].ws = clamp32(ws);
	x[n].we = clamp32(we);
	x[n].w0 = (int32_t)w0;
	x[n].place = place;
	return n + 1;
}

/*
 * The (actor, week) blocks of event `e` (index `i`, weeks [l0, l1]), one
 * for each side it names (each once): always for an event with no place,
 * for a placed one when the collection has events with no place.
 */
static size_t actor_keys(const struct rasd_ev *e, size_t i, int loose, int64_t ws, int64_t we,
			 int64_t l0, int64_t l1, uint64_t *keys, struct rasdp_bent *x, size_t n)
{
	uint64_t tb = ((uint64_t)e->type & 0x1F) << 56;
	int64_t w;
	int k, j;

	if (e->place && !(loose & LOOSE_PLACELESS))
		return n;
	for (k = 0; k < e->nactors; k++) {
		for (j = 0; j < k && e->actors[j] != e->actors[k]; j++)
			;
		if (j < k)
			continue;
		for (w = l0; w <= l1; w++)
			n = key_put(keys, x, n, KEY_ACTOR | tb | (uint64_t)e->actors[k] << 24 |
				    ((uint64_t)w & 0xFFFFFF), i, e->place, ws, we, l0, e->place != 0);
	}
	return n;
}

/*
 * Blocks of event `i`: every placed event by its place; precise events by
 * (district, week); every event by (governorate, week), where only the
 * coarse events (governorate- or district-level places, no district known)
 * look at the others, so two towns of one governorate are not compared
 * there; and the loose blocks above (`loose`: what the collection has).
 * Their keys and the event's entry in each.
 */
size_t rasdp_event_keys(const struct rasd_incidents *inc, size_t i, int loose, uint64_t *keys,
			struct rasdp_bent *x)
{
	const struct rasd_ev *e = &inc->evs[i];
	int64_t ws, we, w, w0 = 0, w1 = -1, l0, l1;
	int kind = window(inc, e, &ws, &we), p = precise(e);
	uint64_t tk = ((uint64_t)e->type & 0xFFFFFFFFFULL) << 24;
	size_t n = 0;

	weeks(kind, ws, we, &l0, &l1);
	if (e->admin1) {
		w0 = l0;
		w1 = l1;
	}
	if (e->place)
		n = key_put(keys, x, n, KEY_PLACE | e->place, i, e->place, ws, we, w0, 0);
	for (w = w0; w <= w1; w++) {
		uint64_t wk = (uint64_t)w & 0xFFFFFF;

		if (p)
			n = key_put(keys, x, n, KEY_A2W | (uint64_t)e->admin2 << 24 | wk, i, e->place,
				    ws, we, w0, 0);
		n = key_put(keys, x, n, KEY_A1W | (uint64_t)e->admin1 << 24 | wk, i, e->place,
			    ws, we, w0, p);
	}
	if (!e->place)
		for (w = l0; w <= l1; w++)
			n = key_put(keys, x, n, KEY_LOOSE | tk | ((uint64_t)w & 0xFFFFFF), i, 0,
				    ws, we, l0, 0);
	n = actor_keys(e, i, loose, ws, we, l0, l1, keys, x, n);
	if (e->place && (kind == WIN_WIDE || (loose & LOOSE_TIMELESS)))
		n = key_put(keys, x, n, KEY_LOOSE | LOOSE_AREA | (uint64_t)e->admin1 << 24, i,
			    e->place, ws, we, 0, kind != WIN_WIDE);
	return n;
}

static void bent_swap(struct rasdp_bent *a, struct rasdp_bent *b)
{
	struct rasdp_bent t = *a;

	*a = *b;
	*b = t;
}

/*
 * Sort a block's entries: insertion sort for the small ones most are, and
 * for the others a quicksort with the comparison inlined (qsort's calls
 * through a pointer cost a fifth of building the blocks), which falls back
 * to qsort past a depth that only a bad run of pivots reaches.  An event
 * is in a block once, so the order is total and any sort gives it.
 */
static void sort_block_at(struct rasdp_bent *e, size_t n, int depth)
{
	size_t i, j;

	while (n > 32) {
		struct rasdp_bent pv;
		size_t m = n / 2;

		if (!depth--) {
			qsort(e, n, sizeof(*e), cmp_bent);
			return;
		}
		if (bent_less(&e[m], &e[0]))
			bent_swap(&e[m], &e[0]);
		if (bent_less(&e[n - 1], &e[0]))
			bent_swap(&e[n - 1], &e[0]);
		if (bent_less(&e[n - 1], &e[m]))
			bent_swap(&e[n - 1], &e[m]);
		pv = e[m];
		/* Hoare: [0, j] holds no entry above the pivot, (j, n) none below */
		i = 0;
		j = n - 1;
		for (;;) {
			while (bent_less(&e[i], &pv))
				i++;
			while (bent_less(&pv, &e[j]))
				j--;
			if (i >= j)
				break;
			bent_swap(&e[i++], &e[j--]);
		}
		if (j + 1 < n - j - 1) {
			sort_block_at(e, j + 1, depth);
			e += j + 1;
			n -= j + 1;
		} else {
			sort_block_at(e + j + 1, n - j - 1, depth);
			n = j + 1;
		}
	}
	for (i = 1; i < n; i++) {
		struct rasdp_bent v = e[i];

		for (j = i; j > 0 && bent_less(&v, &e[j - 1]); j--)
			e[j] = e[j - 1];
		e[j] = v;
	}
}

void rasdp_sort_block(struct rasdp_bent *e, size_t n)
{
	int depth = 0;
	size_t k;

	for (k = n; k > 1; k >>= 1)
		depth += 2;
	sort_block_at(e, n, depth);
}

/* (sorted by cluster.c's sweep_all()) */
int rasdp_build_blocks(const struct rasd_incidents *inc, int loose, struct rasdp_blocks *b)
{
	uint64_t keys[MAX_KEYS];
	struct rasdp_bent x[MAX_KEYS];
	uint32_t *bid = NULL, *fill = NULL;
	size_t i, k, total = 0, pos = 0;
	int rc = RASD_ENOMEM;

	rasdp_blocks_release(b);
	/* pass 1: number the blocks, count their entries */
	for (i = 0; i < inc->nevs; i++)
		total += rasdp_event_keys(inc, i, loose, keys, x);
	if (total >= UINT32_MAX)
		return RASD_ENOMEM;
	bid = malloc((total ? total : 1) * sizeof(*bid));
	b->e = malloc((total ? total : 1) * sizeof(*b->e));
	if (!bid || !b->e)
		goto out;
	if (blocks_rehash(b) || blocks_grow(b))
		goto out;
	b->off[0] = 0;
	for (i = 0; i < inc->nevs; i++) {
		size_t n = rasdp_event_keys(inc, i, loose, keys, x);

		for (k = 0; k < n; k++) {
			uint32_t id = rasdp_block_of(b, keys[k]);

			if (id == UINT32_MAX)
				goto out;
			bid[pos++] = id;
		}
	}
	fill = calloc(b->nblocks + 1, sizeof(*fill));
	if (!fill)
		goto out;
	for (k = 0; k < total; k++)
		fill[bid[k]]++;
	for (k = 0, pos = 0; k < b->nblocks; k++) {
		uint32_t c = fill[k];

		b->off[k] = fill[k] = (uint32_t)pos;
		pos += c;
	}
	b->off[b->nblocks] = (uint32_t)pos;
	/* pass 2: the entries into their blocks */
	for (i = 0, pos = 0; i < inc->nevs; i++) {
		size_t n = rasdp_event_keys(inc, i, loose, keys, x);

		for (k = 0; k < n; k++) {
			uint32_t id = bid[pos++];

			b->e[fill[id]++] = x[k];
			rasdp_span_add(b, id, &x[k]);
		}
	}
	b->nent = total;
	rc = 0;
out:
	free(bid);
	free(fill);
	return rc;
}

/*
 * Is the pair of entries x before y (in a block's order) one that a
 * block's sweep compares: y starts before x ends (with the tolerance) in
 * segment 0; a segment-0 x and a segment-1 y that overlap (the coarse
 * events of a governorate block against its precise ones, the timeless
 * events of a loose governorate block against the others); never two of
 * segment 1.  The caps of MAX_CMP comparisons aside.
 */
int rasdp_swept(const struct rasdp_bent *x, const struct rasdp_bent *y)
{
	if (BENT_SEG(x) != BENT_SEG(y)) {
		const struct rasdp_bent *c = BENT_SEG(x) ? y : x, *p = BENT_SEG(x) ? x : y;

		return (int64_t)p->ws >= (int64_t)c->ws - MAX_WEEKS * 7 - DAY_TOL &&
		       (int64_t)p->ws <= (int64_t)c->we + DAY_TOL &&
		       (int64_t)p->we + DAY_TOL >= (int64_t)c->ws;
	}
	if (BENT_SEG(x))
		return 0;
	return (int64_t)y->ws <= (int64_t)x->we + DAY_TOL;
}
