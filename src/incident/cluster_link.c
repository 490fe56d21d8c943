/*
 * cluster_link.c - the link decision: the features that describe a pair
 * of events as an analyst weighs it (place, time, type, sides, tolls) and
 * the pair's score under data/models/link.tsv.  The clustering (cluster.c)
 * scores every pair its blocks compare with rasdp_ev_score(); training
 * reads the features themselves (rasdp_incidents_each_pair()).  Nothing
 * here looks at more than the two events, their documents and places.
 */
#include <math.h>
#include <string.h>

#include "incident/cluster_int.h"
#include "lexicon/lexicon.h"
#include "model/model.h"

#include "base/banned.h"

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
 *
 * Victims (killed or wounded: Arabic "ضحايا", "casualties") count the
 * killed and the wounded without saying which: an upper bound of the
 * killed, a lower bound of nothing, so a victims toll meets no toll of
 * its own kind in most pairs.  Two reports of one incident often give "N
 * victims" and "N killed", or N victims for the other's killed and
 * wounded together: a victims figure of one event with the value of a
 * killed figure of the other, or of its killed and wounded tolls summed,
 * ties them (victims_tie()).  And a killed toll far below the other's
 * says little when its report's victims toll reaches the other's killed
 * toll: that killed figure is a part or an early count, so the kind is
 * not counted far.
 */
struct figcmp {
	int equal, close, far;  /* kinds whose tolls are equal, close, far */
	int shared;             /* a kind with one value given by both */
	int victims;            /* a victims figure of one is the other's killed count */
};

#define TOLL_CLOSE 0.75       /* smaller / larger toll: close at or above */
#define TOLL_FAR 0.5          /* far below */

/* A figure that counts: not denied, not vague. */
static int firm(const struct rasd_ev_claim *c)
{
	return !c->denied && c->qualifier != RASD_EVQ_VAGUE;
}

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

		if (firm(c) && v > toll[c->kind])
			toll[c->kind] = v;
	}
}

/*
 * Does a victims figure of `a` have the value of a killed figure of `b`,
 * or of b's killed and wounded tolls (tb) summed?
 */
static int victims_tie(const struct rasd_incidents *inc, const struct rasd_ev *a,
		       const struct rasd_ev *b, const int64_t tb[RASD_EVK__COUNT])
{
	uint32_t i, j;

	for (i = 0; i < a->nclaims; i++) {
		const struct rasd_ev_claim *ca = &inc->claims[a->claim0 + i];

		if (ca->kind != RASD_EVK_KILLED_OR_WOUNDED || !firm(ca))
			continue;
		if (tb[RASD_EVK_KILLED] >= 0 && tb[RASD_EVK_WOUNDED] >= 0 &&
		    ca->value == tb[RASD_EVK_KILLED] + tb[RASD_EVK_WOUNDED])
			return 1;
		if (ca->value == tb[RASD_EVK_KILLED])
			return 1;
		for (j = 0; j < b->nclaims; j++) {
			const struct rasd_ev_claim *cb = &inc->claims[b->claim0 + j];

			if (cb->kind == RASD_EVK_KILLED && firm(cb) && cb->value == ca->value)
				return 1;
		}
	}
	return 0;
}

/* Killed tolls lo < hi, lo of the report whose tolls are `tl`: a part or early count? */
static int killed_part(const int64_t tl[RASD_EVK__COUNT], int64_t hi)
{
	return tl[RASD_EVK_KILLED_OR_WOUNDED] >= 0 &&
	       (double)tl[RASD_EVK_KILLED_OR_WOUNDED] >= TOLL_CLOSE * (double)hi;
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
		else if ((double)lo < TOLL_FAR * (double)hi &&
			 !(k == RASD_EVK_KILLED && killed_part(ta[k] < tb[k] ? ta : tb, hi)))
			f->far++;
	}
	/* a victims toll of its own is what a report needs to tie by victims */
	f->victims = (ta[RASD_EVK_KILLED_OR_WOUNDED] >= 0 && victims_tie(inc, a, b, tb)) ||
		     (tb[RASD_EVK_KILLED_OR_WOUNDED] >= 0 && victims_tie(inc, b, a, ta));
	for (i = 0; i < a->nclaims && !f->shared; i++) {
		const struct rasd_ev_claim *ca = &inc->claims[a->claim0 + i];

		if (!firm(ca))
			continue;
		for (j = 0; j < b->nclaims && !f->shared; j++) {
			const struct rasd_ev_claim *cb = &inc->claims[b->claim0 + j];

			f->shared = firm(cb) && cb->kind == ca->kind && cb->value == ca->value;
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
 * never two events of one report, the chaining guard (rasdp_uf_join()), and
 * blocking, which decides which pairs are compared at all (never two
 * governorates; an event without a place only with those of its type,
 * or of a side it names, and weeks: see the loose blocks).  Syndicated copies are exempt from the place and
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
 * common.  Figures: the tolls kind by kind, and a victims figure of one
 * that is the other's killed count (figures()).
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
	LF_SAME_TYPE, LF_OTHER_SUBTYPE, LF_OTHER_TYPE, LF_OTHER_TYPE_VIOLENT, LF_REFRAMED,
	LF_SHARED_ACTORS, LF_OTHER_ACTOR1, LF_TOLLS_EQUAL, LF_TOLLS_CLOSE, LF_TOLLS_FAR,
	LF_FIGURE_SHARED, LF_VICTIMS_MATCH, LF_COPY_SAME_EVENT, LF_COPY_SAME_TYPE, LF__COUNT
};

_Static_assert(LF__COUNT == RASDP_LINK_NFEAT, "RASDP_LINK_NFEAT is the number of link features");

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
	[LF_TIMELESS_WEAK] = { "timeless_weak", "an event with no date nor publication date, and neither equal or close tolls, a shared figure (or victims match) nor a shared actor" },
	[LF_SAME_TYPE] = { "same_type", "the same ACLED event type" },
	[LF_OTHER_SUBTYPE] = { "other_subtype", "the same type but different sub-event types" },
	[LF_OTHER_TYPE] = { "other_type", "different ACLED event types" },
	[LF_OTHER_TYPE_VIOLENT] = { "other_type_violent", "different ACLED event types, both political violence (battle, explosion or remote violence, violence against civilians)" },
	[LF_REFRAMED] = { "reframed", "sub-types or political violence types differ, at the same or a nested place, with a toll or figure in common (or a victims match) or two sides named by both" },
	[LF_SHARED_ACTORS] = { "shared_actors", "actors named by both (0, 1, 2 or more)" },
	[LF_OTHER_ACTOR1] = { "other_actor1", "the sides that acted differ and neither names the other's" },
	[LF_TOLLS_EQUAL] = { "tolls_equal", "kinds of count (killed, wounded ...) whose tolls, the largest figures, are equal (0, 1, 2 or more)" },
	[LF_TOLLS_CLOSE] = { "tolls_close", "kinds whose tolls differ, the smaller at least three quarters of the larger (0, 1, 2 or more)" },
	[LF_TOLLS_FAR] = { "tolls_far", "kinds whose tolls differ, the smaller less than half the larger (0, 1, 2 or more)" },
	[LF_FIGURE_SHARED] = { "figure_shared", "a figure of the same kind and value given by both" },
	[LF_VICTIMS_MATCH] = { "victims_match", "a victims (killed or wounded) figure of one event is a killed figure of the other, or its killed and wounded tolls summed" },
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
	[LF_SAME_TYPE] = 1, [LF_OTHER_TYPE] = 1, [LF_OTHER_TYPE_VIOLENT] = 1,
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

/*
 * ACLED's political violence, the event types of an armed attack
 * (battles, explosions and remote violence, violence against civilians),
 * as against demonstrations and strategic developments: the names are
 * ACLED's closed schema (lexicon.c's table), not words of a language.
 * One attack is often two of these in two reports: gunmen who fire on a
 * bus are a clash for one outlet and an attack on civilians for another,
 * a suicide attack on a base a bombing or a battle.
 */
int rasdp_violent_type_name(const char *name)
{
	static const char *const violent[] = {
		"Battles", "Explosions/Remote violence", "Violence against civilians",
	};
	size_t i;

	for (i = 0; i < sizeof(violent) / sizeof(violent[0]); i++)
		if (!strcmp(name, violent[i]))
			return 1;
	return 0;
}

/* Set once when the type was interned (incident.c), not compared per pair. */
static int violent_type(const struct rasd_incidents *inc, uint32_t type)
{
	return (inc->strs.aux[type] & RASDP_STR_VIOLENT) != 0;
}

/* The type features of a pair; 1 when it may be one attack told two ways. */
static int type_features(const struct rasd_incidents *inc, const struct rasd_ev *a,
			 const struct rasd_ev *b, float *x)
{
	if (!a->type || !b->type)
		return 0;
	if (a->type == b->type) {
		x[LF_SAME_TYPE] = 1;
		if (a->sub_type && b->sub_type && a->sub_type != b->sub_type)
			x[LF_OTHER_SUBTYPE] = 1;
		return x[LF_OTHER_SUBTYPE] != 0;
	}
	x[LF_OTHER_TYPE] = 1;
	if (violent_type(inc, a->type) && violent_type(inc, b->type))
		x[LF_OTHER_TYPE_VIOLENT] = 1;
	return x[LF_OTHER_TYPE_VIOLENT] != 0;
}

int rasdp_link_features(const struct rasd_incidents *inc, const struct rasd_ev *a,
			const struct rasd_ev *b, float *x)
{
	int64_t as, ae, bs, be;
	int wa, wb, shared, copies, reframed, nested = 0;
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

	reframed = type_features(inc, a, b, x);

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
	x[LF_VICTIMS_MATCH] = (float)fig.victims;
	/* one attack told two ways: the place and a toll or both sides agree */
	if (reframed && nested && (fig.equal || fig.shared || fig.victims || shared >= 2))
		x[LF_REFRAMED] = 1;

	/*
	 * An event with no time at all (undated, no publication date) could be
	 * any year's: place and type alone do not tie it; what does is a
	 * figure both give or a side named by both.
	 */
	if (!copies && (wa == WIN_WIDE || wb == WIN_WIDE)) {
		x[LF_TIMELESS] = 1;
		if (!fig.equal && !fig.close && !fig.shared && !fig.victims && !shared)
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
