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
 *     by (event type, week), against each other (two reports of "the
 *     strike" that name no town may still carry its day, toll and actors);
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
 * is scored in the first only.
 *
 * Pairs at or above the threshold are joined with union-find in order of
 * decreasing score; a join that would put two events of one document in
 * one incident is refused (checked against a hash set of (root, document)
 * maintained smaller-into-larger, so the total work is O(n log n)), and
 * so is one that would chain (uf_join): stretch an incident's days and
 * publication windows beyond three days, its towns over two districts, or
 * bridge two incidents through an event that fits many (no town, no time).
 */
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "incident/incident_int.h"
#include "lexicon/lexicon.h"
#include "model/model.h"

#include "base/banned.h"

#define REJECT (-1e9)
#define DAY_TOL 3             /* days between windows still compared */
#define MAX_WEEKS 6           /* wider windows skip the week blocks */
#define MAX_CMP 4096          /* comparisons per event per block */
#define PUB_BEFORE 3          /* undated: happened up to 3 days before publication */

enum { WIN_DATED, WIN_PUB, WIN_WIDE };

static int window(const struct rasd_incidents *inc, const struct rasd_ev *e,
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

int rasdp_place_inside(const struct rasd_incidents *inc, uint32_t a, uint32_t b)
{
	const struct rasdp_place *pa = &inc->places[a - 1], *pb = &inc->places[b - 1];

	if (pb->name && (pb->name == pa->admin2 || pb->name == pa->admin1))
		return 1;
	if (pb->id && (pb->id == pa->admin1_id || pb->id == pa->admin2_id ||
		       pb->id == pa->admin3_id))
		return 1;
	/* A governorate named like its capital (Homs, Daraa): same name, coarser. */
	if (pb->name && pb->name == pa->name && pb->geo_precision > pa->geo_precision)
		return 1;
	return 0;
}

static int shared_actors(const struct rasd_ev *a, const struct rasd_ev *b)
{
	int i, j, n = 0;

	for (i = 0; i < a->nactors; i++)
		for (j = 0; j < b->nactors; j++)
			if (a->actors[i] == b->actors[j])
				n++;
	return n;
}

static int has_actor(const struct rasd_ev *e, uint32_t id)
{
	int i;

	for (i = 0; i < e->nactors; i++)
		if (e->actors[i] == id)
			return 1;
	return 0;
}

/*
 * How the figures of two events compare, kind by kind (killed, wounded
 * ...), on the kinds both give: the toll of a kind is its largest figure
 * (a range's upper bound; denied and vague figures left out), and two
 * tolls are equal, close (the smaller at least three quarters of the
 * larger: a toll revised as the count goes on) or far (less than half).
 * Reports of one incident mostly give equal or close tolls; two incidents
 * of one place mostly give far ones.  Besides the tolls, a figure of the
 * same kind and value on both sides ties them (the toll of one report
 * that another gives as an earlier count).
 */
struct figcmp {
	int equal, close, far;  /* kinds whose tolls are equal, close, far */
	int shared;             /* a kind with one value given by both */
};

#define TOLL_CLOSE 0.75       /* smaller / larger toll: close at or above */
#define TOLL_FAR 0.5          /* far below */

static void tolls(const struct rasd_incidents *inc, const struct rasd_ev *e,
		  int64_t toll[RASD_EVK__COUNT])
{
	uint32_t i;

	for (i = 0; i < RASD_EVK__COUNT; i++)
		toll[i] = -1;
	for (i = 0; i < e->nclaims; i++) {
		const struct rasd_ev_claim *c = &inc->claims[e->claim0 + i];
		int64_t v = c->qualifier == RASD_EVQ_RANGE && c->value_hi > c->value ? c->value_hi
										      : c->value;

		if (!c->denied && c->qualifier != RASD_EVQ_VAGUE && v > toll[c->kind])
			toll[c->kind] = v;
	}
}

static void figures(const struct rasd_incidents *inc, const struct rasd_ev *a,
		    const struct rasd_ev *b, struct figcmp *f)
{
	int64_t ta[RASD_EVK__COUNT], tb[RASD_EVK__COUNT];
	uint32_t i, j;
	unsigned k;

	memset(f, 0, sizeof(*f));
	tolls(inc, a, ta);
	tolls(inc, b, tb);
	for (k = 0; k < RASD_EVK__COUNT; k++) {
		int64_t lo, hi;

		if (ta[k] < 0 || tb[k] < 0)
			continue;
		lo = ta[k] < tb[k] ? ta[k] : tb[k];
		hi = ta[k] < tb[k] ? tb[k] : ta[k];
		if (lo == hi)
			f->equal++;
		else if ((double)lo >= TOLL_CLOSE * (double)hi)
			f->close++;
		else if ((double)lo < TOLL_FAR * (double)hi)
			f->far++;
	}
	for (i = 0; i < a->nclaims && !f->shared; i++) {
		const struct rasd_ev_claim *ca = &inc->claims[a->claim0 + i];

		if (ca->denied || ca->qualifier == RASD_EVQ_VAGUE)
			continue;
		for (j = 0; j < b->nclaims && !f->shared; j++) {
			const struct rasd_ev_claim *cb = &inc->claims[b->claim0 + j];

			f->shared = !cb->denied && cb->qualifier != RASD_EVQ_VAGUE &&
				    cb->kind == ca->kind && cb->value == ca->value;
		}
	}
}

/* Kilometres between two places' points (an equirectangular approximation), or -1. */
static double place_km(const struct rasd_incidents *inc, uint32_t a, uint32_t b)
{
	const struct rasdp_place *pa = &inc->places[a - 1], *pb = &inc->places[b - 1];
	double dlat, dlon, mid;

	if (!pa->has_ll || !pb->has_ll)
		return -1;
	mid = (pa->lat + pb->lat) / 2 * M_PI / 180;
	dlat = (pa->lat - pb->lat) * M_PI / 180;
	dlon = (pa->lon - pb->lon) * M_PI / 180 * cos(mid);
	return 6371.0 * sqrt(dlat * dlat + dlon * dlon);
}

/* A place of one happening, finer than a town: a village, a neighbourhood, a landmark. */
static int fine_place(const struct rasd_incidents *inc, uint32_t p)
{
	unsigned l = inc->places[p - 1].level;

	return l == RASD_PLACE_VILLAGE || l == RASD_PLACE_NEIGHBOURHOOD || l == RASD_PLACE_LANDMARK;
}

#define NEAR_KM 10            /* distance classes of two places, for the link features */
#define MID_KM 40

/*
 * Whether two events are one incident is a scored decision (model.h): the
 * features below describe a pair as an analyst weighs it, data/models/
 * link.tsv weighs them, and a pair joins when its score reaches the
 * threshold (the `bias` weight is minus it).  Nothing that describes the
 * pair is a veto: two governorates, no place, days apart, no time at all
 * are features with negative weights, which strong evidence on the others
 * can outweigh (a report that names no place but has the day, the type,
 * the actors and the toll).  The rules that are not choices stay code:
 * never two events of one report, the chaining guard (uf_join), and
 * blocking, which decides which pairs are compared at all (never two
 * governorates, nor an event without a place with one that has a place:
 * see the loose blocks).  Syndicated copies are exempt from the place and
 * date features: a copy is the same report, whatever it failed to
 * resolve.
 *
 * Place: the same place (and whether it is finer than a town: one
 * happening's village, quarter or building), one inside the other (a town
 * in its district or governorate; a place and its namesake one level up),
 * or two places apart, by the distance between their points (a village
 * beside the town another report names is near) and whether they lie in
 * two governorates.  Time: the gap between the days, or between an
 * undated event's publication window and the other's; an event with no
 * time at all (no date, no publication date) could be any year's, so that
 * is a feature, and so is having, besides, no toll, figure or side in
 * common.  Figures: the tolls kind by kind (figures()).
 *
 * The weights of place, time, the event type and the bias are fixed
 * (rasdp_link_fixed): how much "the same town", "four km apart", "the
 * same day" or "the same type" says depends on how many happenings an
 * area has in a day, and the labelled corpus (a few dozen incidents spread
 * over years and countries, hardly two of one area and week) holds almost
 * no pair of two happenings of one town or day: fitted on it, the same
 * city and type become proof, and a stream of a governorate's daily
 * reports would run together (two strikes of one day on neighbouring
 * towns, two clashes of one week in one city).  Training fits what the
 * corpus does show: how much tolls, figures, actors and sub-types say,
 * and what an event with no time at all needs besides.
 */
enum {
	LF_BIAS, LF_SAME_PLACE, LF_SAME_FINE_PLACE, LF_PLACE_INSIDE, LF_COARSE_PLACE,
	LF_OTHER_ADMIN1, LF_PLACES_NEAR, LF_PLACES_MID, LF_PLACES_FAR, LF_PLACES_UNMEASURED,
	LF_NO_PLACE, LF_SAME_DAY, LF_NEXT_DAY, LF_DAYS_2_3, LF_DAYS_FAR, LF_PERIODS_APART,
	LF_UNDATED_NEAR, LF_UNDATED_OTHER_PLACE, LF_UNDATED_APART, LF_TIMELESS, LF_TIMELESS_WEAK,
	LF_SAME_TYPE, LF_OTHER_SUBTYPE, LF_OTHER_TYPE, LF_SHARED_ACTORS, LF_OTHER_ACTOR1,
	LF_TOLLS_EQUAL, LF_TOLLS_CLOSE, LF_TOLLS_FAR, LF_FIGURE_SHARED, LF_COPY_SAME_EVENT,
	LF_COPY_SAME_TYPE, LF__COUNT
};

static const struct rasd_feature link_feats[LF__COUNT] = {
	[LF_BIAS] = { "bias", "always 1: minus the score a pair needs to join" },
	[LF_SAME_PLACE] = { "same_place", "both events at the same place" },
	[LF_SAME_FINE_PLACE] = { "same_fine_place", "the same place, a village, neighbourhood or landmark" },
	[LF_PLACE_INSIDE] = { "place_inside", "one event's place lies inside the other's (town in its district or governorate)" },
	[LF_COARSE_PLACE] = { "coarse_place", "a place of an event is a district, governorate or region" },
	[LF_OTHER_ADMIN1] = { "other_admin1", "places apart in two different governorates" },
	[LF_PLACES_NEAR] = { "places_near", "two places apart, their points at most 10 km apart" },
	[LF_PLACES_MID] = { "places_mid", "two places apart, their points 10 to 40 km apart" },
	[LF_PLACES_FAR] = { "places_far", "two places apart, their points more than 40 km apart" },
	[LF_PLACES_UNMEASURED] = { "places_unmeasured", "two places apart, a point unknown" },
	[LF_NO_PLACE] = { "no_place", "an event without a place (not a copy)" },
	[LF_SAME_DAY] = { "same_day", "both dated to the same day" },
	[LF_NEXT_DAY] = { "next_day", "dated one day apart" },
	[LF_DAYS_2_3] = { "days_2_3", "dated two or three days apart" },
	[LF_DAYS_FAR] = { "days_far", "dated more than three days apart" },
	[LF_PERIODS_APART] = { "periods_apart", "coarser dates whose periods are more than three days apart" },
	[LF_UNDATED_NEAR] = { "undated_near", "an undated event whose publication window is within three days of the other's date or window" },
	[LF_UNDATED_OTHER_PLACE] = { "undated_other_place", "an undated event, the places neither equal nor nested" },
	[LF_UNDATED_APART] = { "undated_apart", "an undated event whose publication window is more than three days from the other's" },
	[LF_TIMELESS] = { "timeless", "an event with no date nor publication date (not a copy)" },
	[LF_TIMELESS_WEAK] = { "timeless_weak", "an event with no date nor publication date, and neither equal or close tolls, a shared figure nor a shared actor" },
	[LF_SAME_TYPE] = { "same_type", "the same ACLED event type" },
	[LF_OTHER_SUBTYPE] = { "other_subtype", "the same type but different sub-event types" },
	[LF_OTHER_TYPE] = { "other_type", "different ACLED event types" },
	[LF_SHARED_ACTORS] = { "shared_actors", "actors named by both (0, 1, 2 or more)" },
	[LF_OTHER_ACTOR1] = { "other_actor1", "the sides that acted differ and neither names the other's" },
	[LF_TOLLS_EQUAL] = { "tolls_equal", "kinds of count (killed, wounded ...) whose tolls, the largest figures, are equal (0, 1, 2 or more)" },
	[LF_TOLLS_CLOSE] = { "tolls_close", "kinds whose tolls differ, the smaller at least three quarters of the larger (0, 1, 2 or more)" },
	[LF_TOLLS_FAR] = { "tolls_far", "kinds whose tolls differ, the smaller less than half the larger (0, 1, 2 or more)" },
	[LF_FIGURE_SHARED] = { "figure_shared", "a figure of the same kind and value given by both" },
	[LF_COPY_SAME_EVENT] = { "copy_same_event", "syndicated copies, the same event of the text" },
	[LF_COPY_SAME_TYPE] = { "copy_same_type", "syndicated copies, events of the same type" },
};

/* The features training leaves at their weights (see above). */
const unsigned char rasdp_link_fixed[LF__COUNT] = {
	[LF_BIAS] = 1, [LF_SAME_PLACE] = 1, [LF_SAME_FINE_PLACE] = 1, [LF_PLACE_INSIDE] = 1,
	[LF_COARSE_PLACE] = 1, [LF_OTHER_ADMIN1] = 1, [LF_PLACES_NEAR] = 1, [LF_PLACES_MID] = 1,
	[LF_PLACES_FAR] = 1, [LF_PLACES_UNMEASURED] = 1, [LF_NO_PLACE] = 1, [LF_SAME_DAY] = 1,
	[LF_NEXT_DAY] = 1, [LF_DAYS_2_3] = 1, [LF_DAYS_FAR] = 1, [LF_PERIODS_APART] = 1,
	[LF_UNDATED_NEAR] = 1, [LF_UNDATED_OTHER_PLACE] = 1, [LF_UNDATED_APART] = 1,
	[LF_SAME_TYPE] = 1, [LF_OTHER_TYPE] = 1,
};

const struct rasd_decision rasdp_link_decision = {
	"link", "are two events of different reports one incident? (a pair of events)",
	link_feats, LF__COUNT,
};

static void place_features(const struct rasd_incidents *inc, const struct rasd_ev *a,
			   const struct rasd_ev *b, float *x, int *nested)
{
	double km;

	*nested = 0;
	if (a->place == b->place) {
		x[LF_SAME_PLACE] = 1;
		x[LF_SAME_FINE_PLACE] = (float)fine_place(inc, a->place);
		*nested = 1;
	} else if (rasdp_place_inside(inc, a->place, b->place) ||
		   rasdp_place_inside(inc, b->place, a->place)) {
		x[LF_PLACE_INSIDE] = 1;
		*nested = 1;
	} else {
		if (a->admin1 && b->admin1 && a->admin1 != b->admin1)
			x[LF_OTHER_ADMIN1] = 1;
		km = place_km(inc, a->place, b->place);
		if (km < 0)
			x[LF_PLACES_UNMEASURED] = 1;
		else if (km <= NEAR_KM)
			x[LF_PLACES_NEAR] = 1;
		else if (km <= MID_KM)
			x[LF_PLACES_MID] = 1;
		else
			x[LF_PLACES_FAR] = 1;
	}
	if (a->geo_precision >= 2 || b->geo_precision >= 2)
		x[LF_COARSE_PLACE] = 1;
}

int rasdp_link_features(const struct rasd_incidents *inc, const struct rasd_ev *a,
			const struct rasd_ev *b, float *x)
{
	int64_t as, ae, bs, be;
	int wa, wb, shared, copies, nested = 0;
	struct figcmp fig;

	memset(x, 0, LF__COUNT * sizeof(*x));
	if (a->doc == b->doc)
		return -1;
	x[LF_BIAS] = 1;
	copies = inc->docs[a->doc].dup_of == inc->docs[b->doc].dup_of;
	wa = window(inc, a, &as, &ae);
	wb = window(inc, b, &bs, &be);

	if (a->place && b->place)
		place_features(inc, a, b, x, &nested);
	else if (!copies)
		x[LF_NO_PLACE] = 1;

	/* Date. */
	if (wa == WIN_DATED && wb == WIN_DATED) {
		if (a->precision == RASD_EVP_DAY && b->precision == RASD_EVP_DAY) {
			int64_t d = a->day_first > b->day_first ? a->day_first - b->day_first
								: b->day_first - a->day_first;

			if (d == 0)
				x[LF_SAME_DAY] = 1;
			else if (d == 1)
				x[LF_NEXT_DAY] = 1;
			else if (d <= DAY_TOL)
				x[LF_DAYS_2_3] = 1;
			else if (!copies)
				x[LF_DAYS_FAR] = 1;
		} else {
			int64_t gap = (as > bs ? as : bs) - (ae < be ? ae : be);

			if (gap > DAY_TOL && !copies)
				x[LF_PERIODS_APART] = 1;
		}
	} else if (!copies) {
		/* Undated events join only at the same place, in the publication window. */
		if (a->place && b->place && !nested)
			x[LF_UNDATED_OTHER_PLACE] = 1;
		if (wa != WIN_WIDE && wb != WIN_WIDE) {
			if (as > be + DAY_TOL || bs > ae + DAY_TOL)
				x[LF_UNDATED_APART] = 1;
			else
				x[LF_UNDATED_NEAR] = 1;
		}
	}

	/* Type. */
	if (a->type && b->type) {
		if (a->type == b->type) {
			x[LF_SAME_TYPE] = 1;
			if (a->sub_type && b->sub_type && a->sub_type != b->sub_type)
				x[LF_OTHER_SUBTYPE] = 1;
		} else {
			x[LF_OTHER_TYPE] = 1;
		}
	}

	/* Actors. */
	shared = shared_actors(a, b);
	x[LF_SHARED_ACTORS] = (float)(shared >= 2 ? 2 : shared);
	if (a->actor1 && b->actor1 && a->actor1 != b->actor1 &&
	    !has_actor(b, a->actor1) && !has_actor(a, b->actor1))
		x[LF_OTHER_ACTOR1] = 1;

	figures(inc, a, b, &fig);
	x[LF_TOLLS_EQUAL] = (float)(fig.equal >= 2 ? 2 : fig.equal);
	x[LF_TOLLS_CLOSE] = (float)(fig.close >= 2 ? 2 : fig.close);
	x[LF_TOLLS_FAR] = (float)(fig.far >= 2 ? 2 : fig.far);
	x[LF_FIGURE_SHARED] = (float)fig.shared;

	/*
	 * An event with no time at all (undated, no publication date) could be
	 * any year's: place and type alone do not tie it; what does is a
	 * figure both give or a side named by both.
	 */
	if (!copies && (wa == WIN_WIDE || wb == WIN_WIDE)) {
		x[LF_TIMELESS] = 1;
		if (!fig.equal && !fig.close && !fig.shared && !shared)
			x[LF_TIMELESS_WEAK] = 1;
	}

	if (copies) {
		if (a->n == b->n)
			x[LF_COPY_SAME_EVENT] = 1;
		else if (a->type && a->type == b->type)
			x[LF_COPY_SAME_TYPE] = 1;
	}
	return 0;
}

void rasdp_incidents_set_link(struct rasd_incidents *inc, const struct rasd_model *link)
{
	inc->link = link;
}

double rasdp_ev_score(const struct rasd_incidents *inc, const struct rasd_ev *a,
		      const struct rasd_ev *b)
{
	float x[LF__COUNT];

	if (rasdp_link_features(inc, a, b, x))
		return REJECT;
	return rasdp_model_score(inc->link, x);
}

static int32_t clamp32(int64_t v);
static int precise(const struct rasd_ev *e);

/* ---- union-find with the one-document-per-incident rule ------------- */

struct docset {
	uint64_t *keys;         /* (root + 1) << 32 | doc; 0 empty */
	size_t n, cap;
};

static uint64_t hkey(uint64_t k)
{
	k ^= k >> 33;
	k *= 0xff51afd7ed558ccdULL;
	k ^= k >> 33;
	return k;
}

static int docset_add(struct docset *s, uint32_t root, uint32_t doc);

static int docset_grow(struct docset *s)
{
	struct docset ns;
	size_t i;

	ns.cap = s->cap ? s->cap * 2 : 1024;
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

static int docset_has(const struct docset *s, uint32_t root, uint32_t doc)
{
	uint64_t k = ((uint64_t)root + 1) << 32 | doc;
	size_t j;

	for (j = hkey(k) & (s->cap - 1); s->keys[j]; j = (j + 1) & (s->cap - 1))
		if (s->keys[j] == k)
			return 1;
	return 0;
}

static int docset_add(struct docset *s, uint32_t root, uint32_t doc)
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

struct uf {
	uint32_t *par, *size, *next;  /* next: circular member list */
	int32_t *dmin, *dmax;         /* per root: earliest end, latest start of its time windows */
	uint32_t *dist;               /* per root: district of its precise events, or 0 */
	uint8_t *firm;                /* per root: holds a firm event (see firm()) */
	struct docset docs;
};

#define NO_DAY INT32_MIN

static uint32_t uf_find(struct uf *u, uint32_t x)
{
	while (u->par[x] != x) {
		u->par[x] = u->par[u->par[x]];
		x = u->par[x];
	}
	return x;
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

static int uf_init(struct uf *u, const struct rasd_incidents *inc)
{
	size_t n = inc->nevs, i;

	memset(u, 0, sizeof(*u));
	u->par = malloc((n ? n : 1) * sizeof(*u->par));
	u->size = malloc((n ? n : 1) * sizeof(*u->size));
	u->next = malloc((n ? n : 1) * sizeof(*u->next));
	u->dmin = malloc((n ? n : 1) * sizeof(*u->dmin));
	u->dmax = malloc((n ? n : 1) * sizeof(*u->dmax));
	u->dist = malloc((n ? n : 1) * sizeof(*u->dist));
	u->firm = malloc(n ? n : 1);
	if (!u->par || !u->size || !u->next || !u->dmin || !u->dmax || !u->dist || !u->firm)
		return RASD_ENOMEM;
	for (i = 0; i < n; i++) {
		const struct rasd_ev *e = &inc->evs[i];

		u->par[i] = (uint32_t)i;
		u->size[i] = 1;
		u->next[i] = (uint32_t)i;
		anchor(inc, e, &u->dmin[i], &u->dmax[i]);
		u->dist[i] = precise(e) ? e->admin2 : 0;
		u->firm[i] = (uint8_t)firm(inc, e);
	}
	return 0;
}

static void uf_release(struct uf *u)
{
	free(u->par);
	free(u->size);
	free(u->next);
	free(u->dmin);
	free(u->dmax);
	free(u->dist);
	free(u->firm);
	free(u->docs.keys);
}

/* Join the sets of a and b unless they share a document; 1 joined, 0 not, <0 error. */
static int uf_join(struct uf *u, const struct rasd_incidents *inc, uint32_t a, uint32_t b)
{
	uint32_t ra = uf_find(u, a), rb = uf_find(u, b), small, big, m, t;
	int rc;

	if (ra == rb)
		return 0;
	if (u->size[ra] < u->size[rb]) {
		small = ra;
		big = rb;
	} else {
		small = rb;
		big = ra;
	}
	/*
	 * No chains: a join may not stretch an incident's days and undated
	 * reports' publication windows over more than DAY_TOL days (the
	 * latest window start at most DAY_TOL after the earliest end), nor its
	 * town-level places over two districts, nor be made through a loose
	 * event (firm()) between two incidents that each hold a firm one.
	 * Without this, dense data links neighbouring happenings pair by pair
	 * into one incident, a report that names only the governorate glues
	 * the day's happenings of the governorate together, and events with
	 * no time at all bridge reports published months apart.
	 */
	if (u->dmin[ra] != NO_DAY && u->dmin[rb] != NO_DAY) {
		int64_t lo = u->dmin[ra] < u->dmin[rb] ? u->dmin[ra] : u->dmin[rb];
		int64_t hi = u->dmax[ra] > u->dmax[rb] ? u->dmax[ra] : u->dmax[rb];

		if (hi - lo > DAY_TOL)
			return 0;
	}
	if (u->dist[ra] && u->dist[rb] && u->dist[ra] != u->dist[rb])
		return 0;
	if (u->firm[ra] && u->firm[rb] && !(firm(inc, &inc->evs[a]) && firm(inc, &inc->evs[b])))
		return 0;
	/* A set of one event is in the doc set implicitly, by its own index. */
	m = small;
	do {
		uint32_t d = inc->evs[m].doc;

		if (u->size[big] == 1 ? inc->evs[big].doc == d : docset_has(&u->docs, big, d))
			return 0;
		m = u->next[m];
	} while (m != small);
	if (u->size[big] == 1) {
		rc = docset_add(&u->docs, big, inc->evs[big].doc);
		if (rc)
			return rc;
	}
	m = small;
	do {
		rc = docset_add(&u->docs, big, inc->evs[m].doc);
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
	if (rasdp_vec_grow((void **)&ps->p, &ps->alloc, ps->n + 1, sizeof(*ps->p)))
		return RASD_ENOMEM;
	ps->p[ps->n].score = (float)score;
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

struct bent {
	uint64_t key;
	int32_t ws, we;
	uint32_t ev;
	int32_t w0;            /* first week of the event's week blocks */
	uint8_t seg;           /* governorate and loose blocks: 0 the events that look at
				  the others (coarse; loose), 1 the others */
};

static int cmp_bent(const void *x, const void *y)
{
	const struct bent *a = x, *b = y;

	if (a->key != b->key)
		return a->key < b->key ? -1 : 1;
	if (a->seg != b->seg)
		return a->seg < b->seg ? -1 : 1;
	if (a->ws != b->ws)
		return a->ws < b->ws ? -1 : 1;
	return a->ev < b->ev ? -1 : a->ev > b->ev;
}

#define KEY_TYPE(k) ((k) >> 61)
#define KEY_PLACE (1ULL << 61)
#define KEY_A2W (2ULL << 61)
#define KEY_A1W (3ULL << 61)
#define KEY_LOOSE (4ULL << 61)     /* (type, week) of events with no place */
#define LOOSE_AREA (1ULL << 60)    /* with KEY_LOOSE: (governorate) of events with no time */
#define KEY_WEEK(k) ((int32_t)((k) & 0xFFFFFF))

static int64_t floordiv(int64_t a, int64_t b)
{
	return a >= 0 ? a / b : -((-a + b - 1) / b);
}

static int32_t clamp32(int64_t v)
{
	return v < INT32_MIN ? INT32_MIN : v > INT32_MAX ? INT32_MAX : (int32_t)v;
}

/* Precise: a town-level place with a known district. */
static int precise(const struct rasd_ev *e)
{
	return e->place && e->geo_precision == 1 && e->admin2;
}

static void put(struct bent *b, size_t *n, uint64_t key, int64_t ws, int64_t we,
		size_t ev, int64_t w0, int seg)
{
	b[*n].key = key;
	b[*n].ws = clamp32(ws);
	b[*n].we = clamp32(we);
	b[*n].ev = (uint32_t)ev;
	b[*n].w0 = (int32_t)w0;
	b[*n].seg = (uint8_t)seg;
	(*n)++;
}

/*
 * Loose blocks, for the events the others miss.  Events with no place
 * meet by (event type, week): two reports that name no place but give the
 * day, the type and the toll.  They are not compared with placed events:
 * that would take every block of their weeks, and a store's incidents are
 * updated block by block (recompute.c), where a report without a place
 * reads only the others without one.  An event with no time at all (no
 * date, no publication date) meets, by governorate, every event there
 * whatever its time (segment 0 looks at segment 1, so the block costs
 * about the timeless events times the events of the governorate, capped
 * by MAX_CMP); the others enter it only when the collection has timeless
 * events.  A governorate block has no weeks: its entries all carry week 0,
 * so the first-week rule of score_pair holds for it as it stands.
 */
static int any_timeless(const struct rasd_incidents *inc)
{
	size_t i;

	for (i = 0; i < inc->nevs; i++) {
		int64_t ws, we;

		if (inc->evs[i].place && window(inc, &inc->evs[i], &ws, &we) == WIN_WIDE)
			return 1;
	}
	return 0;
}

static int put_loose(struct bent **b, size_t *n, size_t *alloc, const struct rasd_ev *e,
		     size_t ev, int kind, int64_t ws, int64_t we, int timeless)
{
	int64_t w, w0 = 0, w1 = -1;

	if (!e->place && kind != WIN_WIDE && we - ws <= MAX_WEEKS * 7) {
		w0 = floordiv(ws - DAY_TOL, 7);
		w1 = floordiv(we + DAY_TOL, 7);
	}
	if (rasdp_vec_grow((void **)b, alloc, *n + 1 + (size_t)(w1 - w0 + 1), sizeof(**b)))
		return RASD_ENOMEM;
	for (w = w0; w <= w1; w++)
		put(*b, n, KEY_LOOSE | ((uint64_t)e->type & 0xFFFFFFFFFULL) << 24 |
		    ((uint64_t)w & 0xFFFFFF), ws, we, ev, w0, 0);
	if (e->place && (kind == WIN_WIDE || timeless))
		put(*b, n, KEY_LOOSE | LOOSE_AREA | (uint64_t)e->admin1 << 24, ws, we, ev, 0,
		    kind != WIN_WIDE);
	return 0;
}

/*
 * Blocks: every placed event by its place; precise events by (district,
 * week); and every event by (governorate, week), where only the coarse
 * events (governorate- or district-level places, no district known) look
 * at the others, so two towns of one governorate are not compared there;
 * and the loose blocks above.
 */
static int build_blocks(const struct rasd_incidents *inc, struct bent **out, size_t *nout)
{
	struct bent *b = NULL;
	size_t n = 0, alloc = 0, i;
	int timeless = any_timeless(inc);

	for (i = 0; i < inc->nevs; i++) {
		const struct rasd_ev *e = &inc->evs[i];
		int64_t ws, we, w, w0 = 0, w1 = -1;
		int kind = window(inc, e, &ws, &we), p = precise(e);

		if (kind != WIN_WIDE && e->admin1 && we - ws <= MAX_WEEKS * 7) {
			w0 = floordiv(ws - DAY_TOL, 7);
			w1 = floordiv(we + DAY_TOL, 7);
		}
		if (rasdp_vec_grow((void **)&b, &alloc, n + 1 + 2 * (size_t)(w1 - w0 + 1), sizeof(*b))) {
			free(b);
			return RASD_ENOMEM;
		}
		if (e->place)
			put(b, &n, KEY_PLACE | e->place, ws, we, i, w0, 0);
		for (w = w0; w <= w1; w++) {
			uint64_t wk = (uint64_t)w & 0xFFFFFF;

			if (p)
				put(b, &n, KEY_A2W | (uint64_t)e->admin2 << 24 | wk, ws, we, i, w0, 0);
			put(b, &n, KEY_A1W | (uint64_t)e->admin1 << 24 | wk, ws, we, i, w0, p);
		}
		if (put_loose(&b, &n, &alloc, e, i, kind, ws, we, timeless)) {
			free(b);
			return RASD_ENOMEM;
		}
	}
	if (n)
		qsort(b, n, sizeof(*b), cmp_bent);
	*out = b;
	*nout = n;
	return 0;
}

static int score_pair(struct rasd_incidents *inc, double min_score, struct pairs *ps,
		      const struct bent *x, const struct bent *y)
{
	const struct rasd_ev *ex = &inc->evs[x->ev], *ey = &inc->evs[y->ev];
	double s;

	if (KEY_TYPE(x->key) != 1) {
		int32_t first;

		/* Met at the same place: scored in the place block. */
		if (ex->place && ex->place == ey->place)
			return 0;
		/* Two precise events meet in their district block, not here. */
		if (KEY_TYPE(x->key) == 3 && x->seg && y->seg)
			return 0;
		/* Score in the first week both events are in. */
		first = x->w0 > y->w0 ? x->w0 : y->w0;
		if (KEY_WEEK(x->key) != (first & 0xFFFFFF))
			return 0;
	}
	inc->pairs_scored++;
	s = rasdp_ev_score(inc, ex, ey);
	if (s >= min_score)
		return push_pair(ps, s, x->ev, y->ev);
	return 0;
}

static int candidate_pairs(struct rasd_incidents *inc, double min_score, struct pairs *ps)
{
	struct bent *b;
	size_t n, i, j, end, mid;
	int rc = build_blocks(inc, &b, &n);

	if (rc)
		return rc;
	for (i = 0; i < n && !rc; i = end) {
		for (end = i + 1; end < n && b[end].key == b[i].key; end++)
			;
		for (mid = i; mid < end && !b[mid].seg; mid++)
			;
		/* Forward sweep over [i, mid): windows sorted by start. */
		for (j = i; j < mid && !rc; j++) {
			size_t k, lim = j + 1 + MAX_CMP;

			for (k = j + 1; k < mid && k < lim && !rc; k++) {
				if ((int64_t)b[k].ws > (int64_t)b[j].we + DAY_TOL)
					break;
				rc = score_pair(inc, min_score, ps, &b[j], &b[k]);
			}
		}
		/* Coarse events of a governorate block against its precise ones. */
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
					rc = score_pair(inc, min_score, ps, &b[j], &b[k]);
				}
			}
		}
	}
	free(b);
	return rc;
}

/* Copies of one document with no place are still met through their doc. */
static int copy_pairs(struct rasd_incidents *inc, double min_score, struct pairs *ps)
{
	size_t d, i, j;

	for (d = 0; d < inc->ndocs; d++) {
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

static int cmp_u32_by_ev(const void *x, const void *y)
{
	uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;

	return a < b ? -1 : a > b;
}

/* Turn the sets into incidents, ordered by their first event. */
static int build_incidents(struct rasd_incidents *inc, struct uf *u)
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
	for (i = 0; i < n; i++) {
		uint32_t r = uf_find(u, (uint32_t)i);
		struct rasdp_incident *x = &inc->incs[inc->ev_inc[r] & 0x7FFFFFFFu];

		x->evs[x->nev++] = (uint32_t)i;
	}
	for (i = 0; i < k; i++) {
		if (inc->incs[i].nev)
			qsort(inc->incs[i].evs, inc->incs[i].nev, sizeof(uint32_t), cmp_u32_by_ev);
		for (size_t j = 0; j < inc->incs[i].nev; j++)
			inc->ev_inc[inc->incs[i].evs[j]] = (uint32_t)i;
	}
	return 0;
}

static int finish(struct rasd_incidents *inc, struct pairs *ps)
{
	struct uf u;
	size_t i;
	int rc = uf_init(&u, inc);

	if (!rc) {
		if (ps->n)
			qsort(ps->p, ps->n, sizeof(*ps->p), cmp_pair);
		for (i = 0; i < ps->n && rc >= 0; i++)
			rc = uf_join(&u, inc, ps->p[i].a, ps->p[i].b);
		if (rc > 0)
			rc = 0;
	}
	if (!rc)
		rc = build_incidents(inc, &u);
	uf_release(&u);
	free(ps->p);
	if (!rc)
		rc = rasdp_reconcile(inc);
	if (!rc)
		inc->clustered = 1;
	return rc;
}

int rasdp_incidents_cluster(struct rasd_incidents *inc, double min_score)
{
	struct pairs ps = { NULL, 0, 0 };
	int rc;

	/* the link decision compares events of different reports only */
	if (!inc->link && inc->ndocs > 1)
		return RASD_EINVAL;
	rasdp_incidents_reset_results(inc);
	inc->pairs_scored = 0;
	rasdp_mark_duplicates(inc);
	rc = candidate_pairs(inc, min_score, &ps);
	if (!rc)
		rc = copy_pairs(inc, min_score, &ps);
	if (rc) {
		free(ps.p);
		return rc;
	}
	return finish(inc, &ps);
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
	float x[LF__COUNT];
	size_t i;
	int rc;

	if (!inc->link)
		return RASD_EINVAL;
	rasdp_incidents_reset_results(inc);
	rasdp_mark_duplicates(inc);
	/* every pair blocking compares, whatever it scores (not two events of one report) */
	rc = candidate_pairs(inc, REJECT / 2, &ps);
	if (!rc)
		rc = copy_pairs(inc, REJECT / 2, &ps);
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
	return finish(inc, &ps);
}
