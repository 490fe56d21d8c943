/*
 * reconcile.c - the merged view of each incident and its disputes.
 *
 * Canonical values: the date is the day most day-precision events agree
 * on (earliest on a tie), else the narrowest window; the place is the most
 * precise, then most reported; the type and sub-type are the majority.
 *
 * Figures are compared as intervals of the counts they allow
 * (rasdp_claim_interval): "about 20" allows 18-22, so 18 does not contradict
 * it, while "20" and "about 10" (8-12) do, and so do "about 100" and 81.
 *
 * Totals are compared on each source's latest total (accounts.c): a toll
 * that rises ("7", then "78", then "123" from the Observatory) is one
 * account, not a dispute, and the dispute is between what the sources
 * finally say (the officials' 81 against the Observatory's 123).  A latest
 * total that is another source's earlier count is the toll as it stood and
 * is set aside.  Counts of a subgroup ("two leaders") are compared only
 * with counts of the same subgroup from other sources, and a denial with
 * the figure it denies.
 *
 * Fatalities follow UCDP (low, best, high) and ACLED (the lowest figure
 * as written), computed on the same latest killed totals: never an early
 * count, a subgroup or a part of a breakdown.
 */
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "incident/incident_int.h"
#include "model/model.h"

#include "base/banned.h"

#define MAX_DISPUTES_PER_KIND 8

void rasdp_claim_interval(unsigned q, int64_t v, int64_t v_hi, int64_t *lo, int64_t *hi)
{
	switch (q) {
	case RASD_EVQ_ABOUT: {
		/* a tenth either way, and at least two: "about 20" is 18-22 */
		int64_t r = llround(0.1 * (double)v);

		if (r < 2)
			r = 2;
		*lo = v > r ? v - r : 0;
		*hi = v > INT64_MAX - r ? INT64_MAX : v + r;
		break;
	}
	case RASD_EVQ_AT_LEAST:
		*lo = v;
		*hi = INT64_MAX;
		break;
	case RASD_EVQ_MORE_THAN:
		*lo = v + 1;
		*hi = INT64_MAX;
		break;
	case RASD_EVQ_UP_TO:
		*lo = 0;
		*hi = v;
		break;
	case RASD_EVQ_RANGE:
		*lo = v;
		*hi = v_hi >= v ? v_hi : v;
		break;
	case RASD_EVQ_VAGUE:
		if (v < 100) {
			*lo = 12;
			*hi = 99;
		} else if (v < 1000) {
			*lo = 100;
			*hi = 999;
		} else {
			*lo = v;
			*hi = INT64_MAX;
		}
		break;
	default:
		*lo = v;
		*hi = v;
		break;
	}
}

static int disjoint(const struct rasd_ev_claim *a, const struct rasd_ev_claim *b)
{
	int64_t alo, ahi, blo, bhi;

	rasdp_claim_interval(a->qualifier, a->value, a->value_hi, &alo, &ahi);
	rasdp_claim_interval(b->qualifier, b->value, b->value_hi, &blo, &bhi);
	return ahi < blo || bhi < alo;
}

int rasdp_claims_dispute(const struct rasd_ev_claim *a, const struct rasd_ev_claim *b)
{
	if (a->kind != b->kind || a->denied || b->denied)
		return 0;
	if (a->who && b->who && a->who != b->who)
		return 0;
	if (a->source && a->source == b->source)
		return 0;
	return disjoint(a, b);
}

/* ---- helpers ---------------------------------------------------------- */

void rasdp_eff_source(const struct rasd_incidents *inc, uint32_t ev, uint32_t source,
		      uint32_t source_name, uint32_t *key, uint32_t *name)
{
	const struct rasdp_doc *d = &inc->docs[inc->evs[ev].doc];

	*key = source;
	*name = source_name;
	if (source && source == d->outlet_key && d->dup_of != (uint32_t)(d - inc->docs)) {
		const struct rasdp_doc *o = &inc->docs[d->dup_of];

		*key = o->outlet_key;
		*name = o->outlet ? o->outlet : o->id;
	}
}

const char *rasdp_actor_name(const struct rasd_incidents *inc, uint32_t a)
{
	if (!a || a > inc->nactors)
		return "";
	return rasdp_incidents_str(inc, inc->actors[a - 1].name);
}

const char *rasdp_ev_outlet(const struct rasd_incidents *inc, const struct rasd_ev *e)
{
	const struct rasdp_doc *d = &inc->docs[e->doc];

	return rasdp_incidents_str(inc, d->outlet ? d->outlet : d->id);
}

static int add_unique(uint32_t *arr, size_t *n, uint32_t v)
{
	size_t i;

	for (i = 0; i < *n; i++)
		if (arr[i] == v)
			return 0;
	arr[(*n)++] = v;
	return 1;
}

/* ---- value groups ----------------------------------------------------- */

/*
 * Claims are grouped, compared and disputed per counted class
 * (rasdp_claim_class): all counts of the whole ("20 members", "20
 * fighters", "about 10 dead") are one class, each part of the victims
 * ("two leaders", "five children") its own.
 */

/* A claim's grouping key, copied so the sort needs no context. */
struct ckey {
	int64_t value, value_hi;
	uint32_t who, idx;          /* who: the class */
	uint8_t kind, denied, qualifier;
};

static int cmp_ckey(const void *x, const void *y)
{
	const struct ckey *a = x, *b = y;

	if (a->kind != b->kind)
		return a->kind < b->kind ? -1 : 1;
	if (a->who != b->who)
		return a->who < b->who ? -1 : 1;
	if (a->denied != b->denied)
		return a->denied < b->denied ? -1 : 1;
	if (a->qualifier != b->qualifier)
		return a->qualifier < b->qualifier ? -1 : 1;
	if (a->value != b->value)
		return a->value < b->value ? -1 : 1;
	if (a->value_hi != b->value_hi)
		return a->value_hi < b->value_hi ? -1 : 1;
	return a->idx < b->idx ? -1 : a->idx > b->idx;
}

static int same_group(const struct rasd_incidents *inc, const struct rasd_ev_claim *a,
		      const struct rasd_ev_claim *b)
{
	return a->kind == b->kind && rasdp_claim_class(inc, a) == rasdp_claim_class(inc, b) &&
		a->denied == b->denied &&
		a->qualifier == b->qualifier && a->value == b->value && a->value_hi == b->value_hi;
}

static int cmp_group(const void *x, const void *y)
{
	const struct rasdp_vgroup *a = x, *b = y;

	if (a->kind != b->kind)
		return a->kind < b->kind ? -1 : 1;
	if (a->denied != b->denied)
		return a->denied < b->denied ? -1 : 1;
	if (a->nsources != b->nsources)
		return a->nsources > b->nsources ? -1 : 1;
	if (a->value != b->value)
		return a->value > b->value ? -1 : 1;
	if (a->qualifier != b->qualifier)
		return a->qualifier < b->qualifier ? -1 : 1;
	return a->who < b->who ? -1 : a->who > b->who;
}

int rasdp_value_groups(const struct rasd_incidents *inc, const struct rasdp_incident *x,
		       struct rasdp_vgroups *out)
{
	size_t c = 0, i, j, k, ng = 0;
	uint32_t *idx, *src, *nm, *docs;
	struct ckey *keys;

	memset(out, 0, sizeof(*out));
	for (i = 0; i < x->nev; i++)
		c += inc->evs[x->evs[i]].nclaims;
	if (!c)
		return 0;
	out->block = malloc(4 * c * sizeof(uint32_t));
	out->g = calloc(c, sizeof(*out->g));
	if (!out->block || !out->g) {
		rasdp_value_groups_release(out);
		return RASD_ENOMEM;
	}
	idx = out->block;
	src = idx + c;
	nm = src + c;
	docs = nm + c;
	keys = malloc(c * sizeof(*keys));
	if (!keys) {
		rasdp_value_groups_release(out);
		return RASD_ENOMEM;
	}
	for (i = 0, k = 0; i < x->nev; i++) {
		const struct rasd_ev *e = &inc->evs[x->evs[i]];

		for (j = 0; j < e->nclaims; j++, k++) {
			const struct rasd_ev_claim *cl = &inc->claims[e->claim0 + j];

			keys[k].value = cl->value;
			keys[k].value_hi = cl->value_hi;
			keys[k].who = rasdp_claim_class(inc, cl);
			keys[k].idx = e->claim0 + (uint32_t)j;
			keys[k].kind = cl->kind;
			keys[k].denied = cl->denied;
			keys[k].qualifier = cl->qualifier;
		}
	}
	qsort(keys, c, sizeof(*keys), cmp_ckey);
	for (i = 0; i < c; i++)
		idx[i] = keys[i].idx;
	free(keys);
	for (i = 0; i < c; i = j) {
		const struct rasd_ev_claim *a = &inc->claims[idx[i]];
		struct rasdp_vgroup *g = &out->g[ng++];

		for (j = i + 1; j < c && same_group(inc, a, &inc->claims[idx[j]]); j++)
			;
		g->kind = a->kind;
		g->qualifier = a->qualifier;
		g->denied = a->denied;
		g->value = a->value;
		g->value_hi = a->value_hi;
		g->cls = rasdp_claim_class(inc, a);
		/* the label: the first claim that names what it counts */
		for (k = i; k < j && !inc->claims[idx[k]].who; k++)
			;
		g->who = k < j ? inc->claims[idx[k]].who : 0;
		g->claims = idx + i;
		g->nclaims = j - i;
		g->sources = src + i;
		g->names = nm + i;
		g->docs = docs + i;
		for (k = i; k < j; k++) {
			const struct rasd_ev_claim *cl = &inc->claims[idx[k]];
			uint32_t key, name;

			rasdp_eff_source(inc, cl->ev, cl->source, cl->source_name, &key, &name);
			if (add_unique(g->sources, &g->nsources, key))
				g->names[g->nsources - 1] = name;
			add_unique(g->docs, &g->ndocs, inc->docs[inc->evs[cl->ev].doc].dup_of);
		}
	}
	qsort(out->g, ng, sizeof(*out->g), cmp_group);
	out->n = ng;
	return 0;
}

void rasdp_value_groups_release(struct rasdp_vgroups *v)
{
	free(v->g);
	free(v->block);
	memset(v, 0, sizeof(*v));
}

/* ---- the disagree decision ------------------------------------------- */

/*
 * Do two figures of an incident disagree beyond their qualifiers?  The
 * candidates are pairs of figures from different sources that could
 * contradict each other: two sources' latest totals of one kind, two
 * sources' counts of one part of the victims ("two leaders" against
 * "five leaders"), a figure against another source's denial of it.  Each
 * pair is scored on what the figures allow and on what they count, who
 * gives them and where (data/models/disagree.tsv); a pair scoring above 0
 * is a dispute, so the bias is the threshold.  The features say what
 * reporting sets side by side without contradiction: a part beside its
 * total (a count of one group under a count of everyone, one or two named
 * people under a toll), the toll of another event or of a whole war that
 * the extraction left on this one (a figure many times the other), a
 * figure the outlet gives after a source's, in its own voice (a recalled
 * or earlier event, a restatement), a count of "others" besides people
 * named before it, two totals neither of which is the main one (the total
 * most sources give, else the largest: each is set against that one, and
 * two lesser figures are an earlier state, a part or another event more
 * often than rivals).
 */
enum {
	DF_BIAS, DF_DISJOINT, DF_DENIAL, DF_DIFFER_OVERLAP, DF_BOUNDS_DIFFER, DF_SAME_VALUE,
	DF_RATIO_3, DF_RATIO_10,
	DF_SMALL_COUNT, DF_PARTS, DF_UNNAMED_PARTS, DF_SAME_GROUP, DF_GROUP_IN_TOTAL,
	DF_OTHER_GROUPS, DF_OTHER_ACTORS, DF_SUMS_TO, DF_RISING, DF_RISEN, DF_SAME_REPORT, DF_LATE, DF_OUTLET,
	DF_OUTLET_LATER, DF_OTHERS_SMALLER, DF_MINORS, DF__COUNT
};

static const struct rasd_feature disagree_feats[DF__COUNT] = {
	[DF_BIAS] = { "bias", "always 1: minus the score a pair needs to be a dispute" },
	[DF_DISJOINT] = { "disjoint", "asserted figures whose intervals (qualifiers read) do not overlap: 20 vs about 10" },
	[DF_DENIAL] = { "denial", "one side denies a figure the other's interval allows" },
	[DF_DIFFER_OVERLAP] = { "differ_overlap", "asserted figures that differ but whose intervals overlap: at least 19 vs at least 22" },
	[DF_BOUNDS_DIFFER] = { "bounds_differ", "two different lower bounds: at least 19 vs at least 22 (each source's count so far)" },
	[DF_SAME_VALUE] = { "same_value", "the same number written with different qualifiers: 33 vs more than 33" },
	[DF_RATIO_3] = { "ratio_3", "the larger figure is at least three times the smaller" },
	[DF_RATIO_10] = { "ratio_10", "the larger figure is at least ten times the smaller" },
	[DF_SMALL_COUNT] = { "small_count", "the smaller figure counts one or two people, the larger at least five" },
	[DF_PARTS] = { "parts", "both figures count a part of the victims (a subgroup, a breakdown)" },
	[DF_UNNAMED_PARTS] = { "unnamed_parts", "both are parts of no named group (4 of them, 5 others)" },
	[DF_SAME_GROUP] = { "same_group", "both count the same named group (soldiers, children)" },
	[DF_GROUP_IN_TOTAL] = { "group_in_total", "one counts everyone, the other a named group at most half as many: a part beside a total" },
	[DF_OTHER_GROUPS] = { "other_groups", "both name the group they count, different people (children vs soldiers, officials vs journalists; armed men named loosely are one)" },
	[DF_OTHER_ACTORS] = { "other_actors", "the counted belong to different actors" },
	[DF_SUMS_TO] = { "sums_to", "the counts of this kind that the smaller figure's source gives in the report add up to the larger (five contractors and a soldier against six)" },
	[DF_RISING] = { "rising", "the smaller figure is given as the toll as it stood before (initially, في وقت سابق, 9 that later rose to 11)" },
	[DF_RISEN] = { "risen", "the larger figure is given as the toll risen to (rose to 54): another source's smaller one may still be a rival" },
	[DF_SAME_REPORT] = { "same_report", "one report gives both figures" },
	[DF_LATE] = { "late", "in that report the later figure first comes in its last quarter (of what its events were read from): a recalled or other event" },
	[DF_OUTLET] = { "outlet", "one figure is only the outlet's own voice" },
	[DF_OUTLET_LATER] = { "outlet_later", "that figure of the outlet comes after the other's in the report" },
	[DF_OTHERS_SMALLER] = { "others_smaller", "the smaller figure counts others after no count of its source's own: people besides some named (a commander and 5 others vs 6), a piece of a toll" },
	[DF_MINORS] = { "minors", "two totals of which neither is the incident's main one (the total most sources give, else the largest): an earlier state, a part or another event against another" },
};

const struct rasd_decision rasdp_disagree_decision = {
	"disagree", "do two figures of an incident disagree beyond their qualifiers? (a pair of figures)",
	disagree_feats, DF__COUNT,
};

void rasdp_incidents_set_disagree(struct rasd_incidents *inc, const struct rasd_model *disagree)
{
	inc->disagree = disagree;
}

void rasdp_incidents_set_models(struct rasd_incidents *inc, const struct rasd_models *ms)
{
	rasdp_incidents_set_link(inc, ms ? &ms->m[RASD_DEC_LINK] : NULL);
	inc->disagree = ms ? &ms->m[RASD_DEC_DISAGREE] : NULL;
}

void rasdp_incidents_trace_pairs(struct rasd_incidents *inc, rasdp_pair_trace_fn fn, void *ctx)
{
	inc->trace = fn;
	inc->trace_ctx = ctx;
}

/* One figure of a candidate pair, and the claims that give it. */
struct fig {
	uint8_t kind, qualifier, denied;
	uint8_t minor;                  /* a total other than the main one (sides[0]) */
	int64_t value, value_hi;
	uint32_t cls;                   /* rasdp_claim_class */
	const uint32_t *claims;
	size_t nclaims;
};

/* What a figure counts and who gives it, read off its claims. */
struct traits {
	uint32_t group;                 /* the named group it counts, 0 for everyone */
	uint32_t actor;                 /* the actor the counted belong to, or 0 */
	int others;                     /* a claim counts others besides people named */
	int outlet;                     /* every claim in its report's own voice */
	int earlier, later;             /* a claim given as a first toll, as the toll risen to */
};

static void fig_traits(const struct rasd_incidents *inc, const struct fig *f, struct traits *t)
{
	size_t i;

	memset(t, 0, sizeof(*t));
	t->outlet = f->nclaims > 0;
	for (i = 0; i < f->nclaims; i++) {
		const struct rasd_ev_claim *c = &inc->claims[f->claims[i]];
		const struct rasdp_doc *d = &inc->docs[inc->evs[c->ev].doc];

		if (!t->group && !rasdp_group_whole(inc, c->group))
			t->group = c->group;
		if (!t->actor)
			t->actor = c->who_actor;
		t->others |= rasdp_others_besides_named(inc, c);
		t->earlier |= c->revision == RASD_EVR_EARLIER;
		t->later |= c->revision == RASD_EVR_LATER;
		if (!c->source || c->source != d->outlet_key)
			t->outlet = 0;
	}
}

/* "at least 14", "more than 80": a count so far, not a count. */
static int lower_bound(const struct fig *f)
{
	return f->qualifier == RASD_EVQ_AT_LEAST || f->qualifier == RASD_EVQ_MORE_THAN;
}

/* A figure as one number: the bound given, a range's middle. */
static int64_t point(const struct fig *f)
{
	if (f->qualifier == RASD_EVQ_RANGE)
		return (f->value + f->value_hi) / 2;
	return f->qualifier == RASD_EVQ_MORE_THAN ? f->value + 1 : f->value;
}

/*
 * The first position of a figure's claims in report `doc` (copies folded),
 * or 0 when it has none there.
 */
static uint32_t first_pos(const struct rasd_incidents *inc, const struct fig *f, uint32_t doc)
{
	uint32_t best = 0;
	size_t i;

	for (i = 0; i < f->nclaims; i++) {
		const struct rasd_ev_claim *c = &inc->claims[f->claims[i]];

		if (inc->docs[inc->evs[c->ev].doc].dup_of == doc && c->pos && (!best || c->pos < best))
			best = c->pos;
	}
	return best;
}

/* A report (copies folded) that gives both figures, or UINT32_MAX. */
static uint32_t shared_report(const struct rasd_incidents *inc, const struct fig *a,
			      const struct fig *b)
{
	size_t i, j;

	for (i = 0; i < a->nclaims; i++) {
		uint32_t da = inc->docs[inc->evs[inc->claims[a->claims[i]].ev].doc].dup_of;

		for (j = 0; j < b->nclaims; j++)
			if (inc->docs[inc->evs[inc->claims[b->claims[j]].ev].doc].dup_of == da)
				return da;
	}
	return UINT32_MAX;
}

/*
 * Do the asserted counts of figure f's kind that its sources give in
 * report `doc`, none of them a part, add up to `total`?  Only a list of
 * two or more counts can: "five contractors and a soldier" against six.
 */
static int sums_to(const struct rasd_incidents *inc, const struct fig *f, int64_t total,
		   uint32_t doc)
{
	const struct rasdp_doc *d = &inc->docs[doc];
	int64_t sum = 0;
	size_t i, j, k, n = 0;

	for (j = 0; j < d->nev; j++) {
		const struct rasd_ev *e = &inc->evs[d->ev0 + j];

		for (i = e->claim0; i < e->claim0 + e->nclaims; i++) {
			const struct rasd_ev_claim *c = &inc->claims[i];

			if (c->kind != f->kind || c->denied || c->subset ||
			    c->qualifier != RASD_EVQ_EXACT)
				continue;
			for (k = 0; k < f->nclaims; k++)
				if (inc->claims[f->claims[k]].source == c->source)
					break;
			if (k == f->nclaims)
				continue;
			sum += c->value;
			n++;
		}
	}
	return n >= 2 && sum == total;
}

static void pair_features(const struct rasd_incidents *inc, const struct fig *a,
			  const struct fig *b, float *x)
{
	int64_t alo, ahi, blo, bhi, pa = point(a), pb = point(b), lo, hi;
	struct traits ta, tb;
	int disjoint;
	uint32_t doc;

	memset(x, 0, DF__COUNT * sizeof(*x));
	x[DF_BIAS] = 1;
	rasdp_claim_interval(a->qualifier, a->value, a->value_hi, &alo, &ahi);
	rasdp_claim_interval(b->qualifier, b->value, b->value_hi, &blo, &bhi);
	disjoint = ahi < blo || bhi < alo;
	if (a->denied != b->denied)
		x[DF_DENIAL] = !disjoint;
	else if (disjoint)
		x[DF_DISJOINT] = 1;
	else if (pa != pb)
		x[DF_DIFFER_OVERLAP] = 1;
	x[DF_SAME_VALUE] = a->value == b->value && a->qualifier != b->qualifier;
	x[DF_BOUNDS_DIFFER] = a->denied == b->denied && pa != pb && lower_bound(a) && lower_bound(b);
	lo = pa < pb ? pa : pb;
	hi = pa < pb ? pb : pa;
	if (lo < 1)
		lo = 1;
	x[DF_RATIO_3] = hi >= 3 * lo;
	x[DF_RATIO_10] = hi >= 10 * lo;
	x[DF_SMALL_COUNT] = lo <= 2 && hi >= 5;
	x[DF_PARTS] = a->cls && b->cls;
	x[DF_UNNAMED_PARTS] = a->cls == RASDP_CLASS_UNNAMED && b->cls == RASDP_CLASS_UNNAMED;
	fig_traits(inc, a, &ta);
	fig_traits(inc, b, &tb);
	if (ta.group && tb.group) {
		x[DF_SAME_GROUP] = ta.group == tb.group;
		x[DF_OTHER_GROUPS] = ta.group != tb.group &&
			!(rasdp_group_armed(inc, ta.group) && rasdp_group_armed(inc, tb.group));
	} else if (ta.group || tb.group) {
		const struct fig *g = ta.group ? a : b, *w = ta.group ? b : a;

		x[DF_GROUP_IN_TOTAL] = 2 * point(g) <= point(w);
	}
	x[DF_OTHER_ACTORS] = ta.actor && tb.actor && ta.actor != tb.actor;
	x[DF_MINORS] = a->minor && b->minor;
	if (pa != pb) {
		const struct traits *small = pa < pb ? &ta : &tb, *large = pa < pb ? &tb : &ta;

		x[DF_RISING] = small->earlier;
		x[DF_RISEN] = large->later;
		x[DF_OTHERS_SMALLER] = small->others;
	}
	doc = shared_report(inc, a, b);
	x[DF_SAME_REPORT] = doc != UINT32_MAX;
	if (doc != UINT32_MAX) {
		uint32_t p1 = first_pos(inc, a, doc), p2 = first_pos(inc, b, doc);
		uint32_t later = p1 > p2 ? p1 : p2, extent = inc->docs[doc].extent;

		x[DF_LATE] = p1 && p2 && extent && (uint64_t)(later - 1) * 4 >= (uint64_t)extent * 3;
		x[DF_SUMS_TO] = sums_to(inc, pa < pb ? a : b, pa < pb ? pb : pa, doc);
	}
	if (ta.outlet != tb.outlet) {
		const struct fig *o = ta.outlet ? a : b, *s = ta.outlet ? b : a;

		x[DF_OUTLET] = 1;
		if (doc != UINT32_MAX) {
			uint32_t po = first_pos(inc, o, doc), ps = first_pos(inc, s, doc);

			x[DF_OUTLET_LATER] = po && ps && po > ps;
		}
	}
}

/*
 * Is the pair a dispute?  Training sees every pair first (with its
 * claims); without weights there is no answer (RASD_EINVAL in *rc).
 */
static int disagree(struct rasd_incidents *inc, const char *attr, const struct fig *a,
		    const struct fig *b, int *rc)
{
	float x[DF__COUNT];

	pair_features(inc, a, b, x);
	if (inc->trace) {
		uint32_t *claims = malloc((a->nclaims + b->nclaims + 1) * sizeof(*claims));

		if (!claims) {
			*rc = RASD_ENOMEM;
			return 0;
		}
		memcpy(claims, a->claims, a->nclaims * sizeof(*claims));
		memcpy(claims + a->nclaims, b->claims, b->nclaims * sizeof(*claims));
		*rc = inc->trace(inc->trace_ctx, attr, claims, a->nclaims + b->nclaims, x);
		free(claims);
		if (*rc)
			return 0;
	}
	if (!inc->disagree || inc->disagree->d != &rasdp_disagree_decision) {
		*rc = RASD_EINVAL;
		return 0;
	}
	return rasdp_model_score(inc->disagree, x) > 0;
}

/* ---- disputes --------------------------------------------------------- */

/*
 * Add a dispute of attribute `attr` whose detail was written into
 * `detail` (checked here, once: a detail cut short by a failed append is
 * no dispute); `refs` is taken, also on failure.
 */
static int push_dispute(struct rasd_incidents *inc, struct rasdp_incident *x,
			const char *attr, const struct rasd_buf *detail,
			struct rasd_dispute_ref *refs, size_t nrefs, uint32_t ev_a, uint32_t ev_b)
{
	struct rasdp_dispute_list *dl = &x->disputes;
	struct rasd_dispute *d;
	char *copy;

	if (detail->err) {
		free(refs);
		return detail->err;
	}
	/* incidents are reconciled in parallel; the arena is shared */
	if (inc->arena_lock)
		pthread_mutex_lock(inc->arena_lock);
	copy = rasd_arena_strdup(&inc->arena, detail->buf);
	if (inc->arena_lock)
		pthread_mutex_unlock(inc->arena_lock);
	if (!copy || rasdp_vec_grow((void **)&dl->d, &dl->alloc, dl->n + 1, sizeof(*dl->d))) {
		free(refs);
		return RASD_ENOMEM;
	}
	d = &dl->d[dl->n++];
	d->attribute = attr;
	d->detail = copy;
	d->refs = refs;
	d->nrefs = nrefs;
	d->ev_a = ev_a;
	d->ev_b = ev_b;
	return 0;
}

static void add_names(struct rasd_buf *b, const struct rasd_incidents *inc,
		      const uint32_t *names, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (i)
			rasd_buf_adds(b, ", ");
		rasd_buf_adds(b, rasdp_incidents_str(inc, names[i]));
	}
}

/*
 * Do two figures come from different sources, none on both sides?  A source
 * on both sides revised its own count ("7 (SOHR, media reports)" then "123
 * (SOHR)"): a rising toll, not sources contradicting each other.
 */
static int different_sources(const struct rasdp_vgroup *a, const struct rasdp_vgroup *b)
{
	size_t i, j;

	if (!a->nsources || !b->nsources)
		return 0;
	for (i = 0; i < a->nsources; i++)
		for (j = 0; j < b->nsources; j++)
			if (a->sources[i] == b->sources[j])
				return 0;
	return 1;
}

/* The claims of both figures of a dispute as its references. */
static int fig_refs(const struct fig *a, const struct fig *b, struct rasd_dispute_ref **out,
		    size_t *n)
{
	const struct fig *f[2] = { a, b };
	size_t i, k = 0, l;
	struct rasd_dispute_ref *r = malloc((a->nclaims + b->nclaims + 1) * sizeof(*r));

	if (!r)
		return RASD_ENOMEM;
	for (l = 0; l < 2; l++)
		for (i = 0; i < f[l]->nclaims; i++) {
			r[k].is_part = 0;
			r[k++].idx = f[l]->claims[i];
		}
	*out = r;
	*n = k;
	return 0;
}

/*
 * One side of a dispute on totals: the sources whose latest totals of one
 * kind are the same figure, and the claims behind them.
 */
#define MAX_SIDES 32
#define SIDE_SOURCES 16
struct side {
	const struct rasdp_entry *e;                    /* the figure */
	const struct rasdp_account *acc[SIDE_SOURCES];
	size_t n;
	uint32_t *claims;                               /* of every latest total, malloc'd */
	size_t nclaims;
};

static int cmp_side(const void *x, const void *y)
{
	const struct side *a = x, *b = y;

	if (a->n != b->n)
		return a->n > b->n ? -1 : 1;
	if (a->e->value != b->e->value)
		return a->e->value > b->e->value ? -1 : 1;
	if (a->e->value_hi != b->e->value_hi)
		return a->e->value_hi > b->e->value_hi ? -1 : 1;
	if (a->e->qualifier != b->e->qualifier)
		return a->e->qualifier < b->e->qualifier ? -1 : 1;
	return a->acc[0]->first < b->acc[0]->first ? -1 : a->acc[0]->first > b->acc[0]->first;
}

/*
 * The latest totals of kind `kind` that are not superseded, grouped into
 * sides, most supported first, each with its claims.
 */
static int latest_sides(const struct rasdp_accounts *A, unsigned kind, struct side *sides,
			size_t *out)
{
	size_t n = 0, i, j, k;

	*out = 0;
	for (i = 0; i < A->n; i++) {
		const struct rasdp_account *a = &A->a[i];
		const struct rasdp_entry *l = rasdp_account_latest(a);

		if (a->kind != kind || !l || rasdp_account_superseded(A, a))
			continue;
		for (j = 0; j < n; j++)
			if (sides[j].e->value == l->value && sides[j].e->value_hi == l->value_hi &&
			    sides[j].e->qualifier == l->qualifier)
				break;
		if (j == n) {
			if (n == MAX_SIDES)
				continue;
			memset(&sides[n], 0, sizeof(sides[n]));
			sides[n++].e = l;
		}
		if (sides[j].n < SIDE_SOURCES)
			sides[j].acc[sides[j].n++] = a;
	}
	qsort(sides, n, sizeof(*sides), cmp_side);
	*out = n;
	for (i = 0; i < n; i++) {
		size_t m = 0;

		for (j = 0; j < sides[i].n; j++)
			m += rasdp_account_latest(sides[i].acc[j])->nclaims;
		sides[i].claims = malloc((m + 1) * sizeof(uint32_t));
		if (!sides[i].claims)
			return RASD_ENOMEM;
		for (j = 0; j < sides[i].n; j++) {
			const struct rasdp_entry *e = rasdp_account_latest(sides[i].acc[j]);

			for (k = 0; k < e->nclaims; k++)
				sides[i].claims[sides[i].nclaims++] = e->claims[k];
		}
	}
	return 0;
}

static void side_names(struct rasd_buf *b, const struct rasd_incidents *inc, const struct side *s)
{
	size_t i;

	for (i = 0; i < s->n; i++) {
		if (i)
			rasd_buf_adds(b, ", ");
		rasd_buf_adds(b, rasdp_incidents_str(inc, s->acc[i]->name));
	}
}

static void side_fig(const struct side *s, unsigned kind, struct fig *f)
{
	memset(f, 0, sizeof(*f));
	f->kind = (uint8_t)kind;
	f->qualifier = s->e->qualifier;
	f->value = s->e->value;
	f->value_hi = s->e->value_hi;
	f->claims = s->claims;
	f->nclaims = s->nclaims;
}

static void group_fig(const struct rasdp_vgroup *g, struct fig *f)
{
	memset(f, 0, sizeof(*f));
	f->kind = g->kind;
	f->qualifier = g->qualifier;
	f->denied = g->denied;
	f->value = g->value;
	f->value_hi = g->value_hi;
	f->cls = g->cls;
	f->claims = g->claims;
	f->nclaims = g->nclaims;
}

/* Totals: pairs of sides of the sources' latest totals of one kind. */
static int total_disputes(struct rasd_incidents *inc, struct rasdp_incident *x,
			  const struct rasdp_accounts *A, unsigned kind, unsigned *per_kind)
{
	struct rasd_buf b = RASD_BUF_INIT;
	struct side *sides = calloc(MAX_SIDES, sizeof(*sides));
	size_t i, j, ns = 0;
	int rc;

	if (!sides)
		return RASD_ENOMEM;
	rc = latest_sides(A, kind, sides, &ns);
	for (i = 0; i < ns && !rc; i++)
		for (j = i + 1; j < ns && !rc; j++) {
			struct rasd_dispute_ref *refs;
			size_t nrefs;
			char fa[48], fg[48];
			struct fig a, g;

			side_fig(&sides[i], kind, &a);
			side_fig(&sides[j], kind, &g);
			a.minor = i > 0;
			g.minor = 1;
			if (!disagree(inc, rasdp_ev_kind_name(kind), &a, &g, &rc) ||
			    *per_kind >= MAX_DISPUTES_PER_KIND)
				continue;
			(*per_kind)++;
			rasdp_figure_str(fa, sizeof(fa), &inc->claims[sides[i].e->claims[0]]);
			rasdp_figure_str(fg, sizeof(fg), &inc->claims[sides[j].e->claims[0]]);
			rasd_buf_reset(&b);
			rasd_buf_addf(&b, "%s (", fa);
			side_names(&b, inc, &sides[i]);
			rasd_buf_addf(&b, ") vs %s (", fg);
			side_names(&b, inc, &sides[j]);
			rasd_buf_adds(&b, ")");
			rc = fig_refs(&a, &g, &refs, &nrefs);
			if (!rc)
				rc = push_dispute(inc, x, rasdp_ev_kind_name(kind), &b, refs,
						  nrefs, UINT32_MAX, UINT32_MAX);
		}
	for (i = 0; i < ns; i++)
		free(sides[i].claims);
	free(sides);
	rasd_buf_release(&b);
	return rc;
}

/*
 * Figure disputes.  Totals: between sources' latest totals (accounts.c),
 * so a source revising its own toll never disputes itself and an early
 * count it superseded disputes nobody.  Parts ("two leaders") and
 * denials: between value groups of the same class from different sources,
 * as figures stand.  Every pair is the disagree decision's.
 */
static int figure_disputes(struct rasd_incidents *inc, struct rasdp_incident *x,
			   const struct rasdp_vgroups *v, const struct rasdp_accounts *A)
{
	struct rasd_buf b = RASD_BUF_INIT;
	unsigned per_kind[RASD_EVK__COUNT];
	size_t i, j;
	unsigned kind;
	int rc = 0;

	memset(per_kind, 0, sizeof(per_kind));
	for (kind = 0; kind < RASD_EVK_OTHER && !rc; kind++)
		rc = total_disputes(inc, x, A, kind, &per_kind[kind]);
	for (i = 0; i < v->n && !rc; i++) {
		const struct rasdp_vgroup *a = &v->g[i];
		const struct rasd_ev_claim *ca = &inc->claims[a->claims[0]];

		for (j = i + 1; j < v->n && !rc; j++) {
			const struct rasdp_vgroup *g = &v->g[j];
			const struct rasd_ev_claim *cg = &inc->claims[g->claims[0]];
			struct rasd_dispute_ref *refs;
			size_t nrefs;
			char fa[48], fg[48];
			struct fig fa_, fg_;

			if (g->kind != a->kind || a->kind == RASD_EVK_OTHER)
				break;
			if (a->cls != g->cls)
				continue;
			/* totals asserted on both sides: compared on latest totals above */
			if (!a->denied && !g->denied && !a->cls)
				continue;
			if (!different_sources(a, g))
				continue;
			if (a->denied && g->denied)
				continue;
			group_fig(a, &fa_);
			group_fig(g, &fg_);
			if (!disagree(inc, rasdp_ev_kind_name(a->kind), &fa_, &fg_, &rc) ||
			    per_kind[a->kind] >= MAX_DISPUTES_PER_KIND)
				continue;
			per_kind[a->kind]++;
			rasdp_figure_str(fa, sizeof(fa), ca);
			rasdp_figure_str(fg, sizeof(fg), cg);
			rasd_buf_reset(&b);
			rasd_buf_addf(&b, "%s%s (", a->denied ? "denied " : "", fa);
			add_names(&b, inc, a->names, a->nsources);
			rasd_buf_addf(&b, ") vs %s%s (", g->denied ? "denied " : "", fg);
			add_names(&b, inc, g->names, g->nsources);
			rasd_buf_adds(&b, ")");
			rc = fig_refs(&fa_, &fg_, &refs, &nrefs);
			if (!rc)
				rc = push_dispute(inc, x, rasdp_ev_kind_name(a->kind), &b, refs,
						  nrefs, UINT32_MAX, UINT32_MAX);
		}
	}
	rasd_buf_release(&b);
	return rc;
}

size_t rasdp_part_rows(const struct rasd_incidents *inc, const struct rasdp_incident *x,
		       struct rasdp_partrow *rows, size_t max)
{
	size_t n = 0, i, j, k;

	for (i = 0; i < x->nev; i++) {
		const struct rasd_ev *e = &inc->evs[x->evs[i]];

		for (j = 0; j < e->nparts; j++) {
			const struct rasd_ev_part *p = &inc->parts[e->part0 + j];
			struct rasdp_partrow *r = NULL;
			uint32_t key, name;
			int l = p->denied ? RASDP_PART_DENIED : p->limited ? RASDP_PART_LIMITED
									   : RASDP_PART_ASSERTED;

			for (k = 0; k < n && !r; k++)
				if (rows[k].actor == p->actor)
					r = &rows[k];
			if (!r) {
				if (n >= max)
					continue;
				r = &rows[n++];
				memset(r, 0, sizeof(*r));
				r->actor = p->actor;
				r->first = e->part0 + (uint32_t)j;
			}
			rasdp_eff_source(inc, p->ev, p->source, p->source_name, &key, &name);
			for (k = 0; k < r->n[l] && r->keys[l][k] != key; k++)
				;
			if (k == r->n[l] && r->n[l] < RASDP_PART_SOURCES) {
				r->keys[l][r->n[l]] = key;
				r->names[l][r->n[l]++] = name;
			}
		}
	}
	return n;
}

/* Is source `key` in list `l` of the row? */
static int row_has(const struct rasdp_partrow *r, int l, uint32_t key)
{
	size_t i;

	for (i = 0; i < r->n[l]; i++)
		if (r->keys[l][i] == key)
			return 1;
	return 0;
}

/*
 * Do the row's sources saying the actor took part (list a) stand against
 * those of list `b`: one of each, different.  A source that asserts and
 * denies is taken at its assertion: its own voice tells the actor's deed
 * in one sentence, and a "has not" in another is of some other deed.  One
 * that asserts a part and plays it down says one thing, a limited part,
 * and stands against those who say more.
 */
static int rows_differ(const struct rasdp_partrow *r, int a, int b)
{
	size_t i, j;

	for (j = 0; j < r->n[b]; j++) {
		if (b == RASDP_PART_DENIED && row_has(r, a, r->keys[b][j]))
			continue;
		for (i = 0; i < r->n[a]; i++)
			if (r->keys[a][i] != r->keys[b][j] &&
			    (b == RASDP_PART_DENIED || !row_has(r, b, r->keys[a][i])))
				return 1;
	}
	return 0;
}

#define MAX_PART_ACTORS 64

/*
 * Participation disputes: one source says an actor took part and another
 * that it did not ("Russian forces: took part (TASS) vs did not (local
 * sources)"), or that its part was only a limited one ("Syrian government
 * forces: took part (Ministry of Information) vs only a limited part
 * (outlet)").
 */
static int part_disputes(struct rasd_incidents *inc, struct rasdp_incident *x)
{
	static const char *const said[RASDP_PART__COUNT] = {
		"took part", "did not", "only a limited part"
	};
	struct rasdp_partrow *rows = malloc(MAX_PART_ACTORS * sizeof(*rows));
	struct rasd_buf b = RASD_BUF_INIT;
	size_t nrows, np = 0, i, j, k;
	int rc = 0;

	if (!rows)
		return RASD_ENOMEM;
	for (i = 0; i < x->nev; i++)
		np += inc->evs[x->evs[i]].nparts;
	nrows = rasdp_part_rows(inc, x, rows, MAX_PART_ACTORS);
	for (i = 0; i < nrows && !rc; i++) {
		const struct rasdp_partrow *r = &rows[i];
		struct rasd_dispute_ref *refs;
		size_t nrefs = 0;
		int l, first = 1;

		if (!rows_differ(r, RASDP_PART_ASSERTED, RASDP_PART_DENIED) &&
		    !rows_differ(r, RASDP_PART_ASSERTED, RASDP_PART_LIMITED))
			continue;
		refs = malloc(np * sizeof(*refs));
		if (!refs) {
			rc = RASD_ENOMEM;
			break;
		}
		for (j = 0; j < x->nev; j++) {
			const struct rasd_ev *e = &inc->evs[x->evs[j]];

			for (k = 0; k < e->nparts; k++)
				if (inc->parts[e->part0 + k].actor == r->actor) {
					refs[nrefs].is_part = 1;
					refs[nrefs++].idx = e->part0 + (uint32_t)k;
				}
		}
		rasd_buf_reset(&b);
		rasd_buf_addf(&b, "%s: ", rasdp_actor_name(inc, r->actor));
		for (l = 0; l < RASDP_PART__COUNT; l++) {
			if (!r->n[l])
				continue;
			rasd_buf_addf(&b, "%s%s (", first ? "" : " vs ", said[l]);
			add_names(&b, inc, r->names[l], r->n[l]);
			rasd_buf_adds(&b, ")");
			first = 0;
		}
		rc = push_dispute(inc, x, "participation", &b, refs, nrefs, UINT32_MAX, UINT32_MAX);
	}
	rasd_buf_release(&b);
	free(rows);
	return rc;
}

/* Outlets of the events of `x` with the same value as event `e` under `same`. */
static void outlets_where(struct rasd_buf *b, const struct rasd_incidents *inc,
			  const struct rasdp_incident *x, const struct rasd_ev *e,
			  int (*same)(const struct rasd_ev *, const struct rasd_ev *))
{
	uint32_t seen[16];
	size_t n = 0, i;

	for (i = 0; i < x->nev; i++) {
		const struct rasd_ev *o = &inc->evs[x->evs[i]];
		uint32_t dup = inc->docs[o->doc].dup_of;

		if (!same(e, o) || n >= 16 || !add_unique(seen, &n, dup))
			continue;
		if (n > 1)
			rasd_buf_adds(b, ", ");
		rasd_buf_adds(b, rasdp_ev_outlet(inc, o));
	}
}

static int same_day(const struct rasd_ev *a, const struct rasd_ev *b)
{
	return b->precision == RASD_EVP_DAY && a->day_first == b->day_first;
}

static int same_place(const struct rasd_ev *a, const struct rasd_ev *b)
{
	return a->place == b->place;
}

static int same_actor1(const struct rasd_ev *a, const struct rasd_ev *b)
{
	return a->actor1 == b->actor1;
}

static int ev_has_actor(const struct rasd_ev *e, uint32_t a)
{
	int i;

	for (i = 0; i < e->nactors; i++)
		if (e->actors[i] == a)
			return 1;
	return 0;
}

/* Date, location and perpetrator: the canonical value against each other. */
static int event_disputes(struct rasd_incidents *inc, struct rasdp_incident *x)
{
	struct rasd_buf b = RASD_BUF_INIT;
	const struct rasd_ev *ref_day = NULL, *ref_place = NULL, *ref_a1 = NULL;
	size_t i, j;
	int rc = 0;
	size_t a1_count = 0;

	for (i = 0; i < x->nev; i++) {
		const struct rasd_ev *e = &inc->evs[x->evs[i]];

		if (!ref_day && e->precision == RASD_EVP_DAY && e->day_first == x->day_first)
			ref_day = e;
		if (!ref_place && e->place && e->place == x->place)
			ref_place = e;
		if (e->actor1) {
			size_t c = 0;

			for (j = 0; j < x->nev; j++)
				c += inc->evs[x->evs[j]].actor1 == e->actor1;
			if (c > a1_count) {
				a1_count = c;
				ref_a1 = e;
			}
		}
	}
	for (i = 0; i < x->nev && !rc; i++) {
		const struct rasd_ev *e = &inc->evs[x->evs[i]];
		int first = 1;

		/* Report each differing value once, at its first event. */
		if (ref_day && e->precision == RASD_EVP_DAY &&
		    (e->day_first > ref_day->day_first + 1 || e->day_first < ref_day->day_first - 1) &&
		    inc->docs[e->doc].dup_of != inc->docs[ref_day->doc].dup_of) {
			char d1[16], d2[16];

			for (j = 0; j < i; j++)
				if (same_day(e, &inc->evs[x->evs[j]]))
					first = 0;
			if (first) {
				rasdp_day_str(d1, sizeof(d1), ref_day->day_first);
				rasdp_day_str(d2, sizeof(d2), e->day_first);
				rasd_buf_reset(&b);
				rasd_buf_addf(&b, "%s (", d1);
				outlets_where(&b, inc, x, ref_day, same_day);
				rasd_buf_addf(&b, ") vs %s (", d2);
				outlets_where(&b, inc, x, e, same_day);
				rasd_buf_adds(&b, ")");
				rc = push_dispute(inc, x, "date", &b, NULL, 0,
						  (uint32_t)(ref_day - inc->evs), (uint32_t)(e - inc->evs));
			}
		}
		first = 1;
		/* two towns (neighbourhoods, landmarks), neither inside the other */
		if (!rc && ref_place && e->place && e->place != ref_place->place &&
		    e->geo_precision == 1 && ref_place->geo_precision == 1 &&
		    !rasdp_place_inside(inc, e->place, ref_place->place) &&
		    !rasdp_place_inside(inc, ref_place->place, e->place) &&
		    inc->docs[e->doc].dup_of != inc->docs[ref_place->doc].dup_of) {
			const struct rasdp_place *p1 = &inc->places[ref_place->place - 1];
			const struct rasdp_place *p2 = &inc->places[e->place - 1];

			for (j = 0; j < i; j++)
				if (same_place(e, &inc->evs[x->evs[j]]))
					first = 0;
			if (first) {
				rasd_buf_reset(&b);
				rasd_buf_addf(&b, "%s (", rasdp_incidents_str(inc, p1->name ? p1->name : p1->id));
				outlets_where(&b, inc, x, ref_place, same_place);
				rasd_buf_addf(&b, ") vs %s (", rasdp_incidents_str(inc, p2->name ? p2->name : p2->id));
				outlets_where(&b, inc, x, e, same_place);
				rasd_buf_adds(&b, ")");
				rc = push_dispute(inc, x, "location", &b, NULL, 0,
						  (uint32_t)(ref_place - inc->evs), (uint32_t)(e - inc->evs));
			}
		}
		first = 1;
		if (!rc && ref_a1 && e->actor1 && e->actor1 != ref_a1->actor1 &&
		    !ev_has_actor(ref_a1, e->actor1) && !ev_has_actor(e, ref_a1->actor1) &&
		    inc->docs[e->doc].dup_of != inc->docs[ref_a1->doc].dup_of) {
			for (j = 0; j < i; j++)
				if (same_actor1(e, &inc->evs[x->evs[j]]))
					first = 0;
			if (first) {
				rasd_buf_reset(&b);
				rasd_buf_addf(&b, "%s (", rasdp_actor_name(inc, ref_a1->actor1));
				outlets_where(&b, inc, x, ref_a1, same_actor1);
				rasd_buf_addf(&b, ") vs %s (", rasdp_actor_name(inc, e->actor1));
				outlets_where(&b, inc, x, e, same_actor1);
				rasd_buf_adds(&b, ")");
				rc = push_dispute(inc, x, "perpetrator", &b, NULL, 0,
						  (uint32_t)(ref_a1 - inc->evs), (uint32_t)(e - inc->evs));
			}
		}
	}
	rasd_buf_release(&b);
	return rc;
}

/* ---- canonical values and fatalities ---------------------------------- */

static int cmp_i64(const void *x, const void *y)
{
	int64_t a = *(const int64_t *)x, b = *(const int64_t *)y;

	return a < b ? -1 : a > b;
}

/* A figure fatalities are computed from, with the number of sources giving it. */
struct figure {
	uint8_t qualifier;
	int64_t value, value_hi;
	size_t nsources;
};

/*
 * UCDP low/best/high and ACLED's figure from a set of killed figures: low
 * the least (as written for "about"; up to and vague figures left out),
 * best the figure most sources give (the median on a tie), high the
 * greatest; ACLED's the least figure as written.
 */
static void fatalities_of(struct rasdp_incident *x, const struct figure *f, size_t n)
{
	int64_t low = INT64_MAX, high = -1, acled = INT64_MAX, best = -1;
	int64_t vals[64];
	size_t nvals = 0, i, best_support = 0, nbest = 0;

	for (i = 0; i < n; i++) {
		const struct figure *g = &f[i];
		int64_t lo, hi, point;

		rasdp_claim_interval(g->qualifier, g->value, g->value_hi, &lo, &hi);
		point = g->qualifier == RASD_EVQ_MORE_THAN ? g->value + 1 : g->value;
		if (g->qualifier == RASD_EVQ_RANGE)
			point = (g->value + g->value_hi) / 2;
		if (g->qualifier != RASD_EVQ_UP_TO && g->qualifier != RASD_EVQ_VAGUE) {
			int64_t l = g->qualifier == RASD_EVQ_MORE_THAN ? g->value + 1 : g->value;

			if (l < low)
				low = l;
		}
		if (g->qualifier != RASD_EVQ_UP_TO && g->qualifier != RASD_EVQ_VAGUE &&
		    g->value < acled)
			acled = g->value;
		if ((hi == INT64_MAX ? point : hi) > high)
			high = hi == INT64_MAX ? point : hi;
		if (g->qualifier == RASD_EVQ_ABOUT && g->value > high)
			high = g->value;
		if (nvals < 64)
			vals[nvals++] = point;
		if (g->nsources > best_support) {
			best_support = g->nsources;
			best = point;
			nbest = 1;
		} else if (g->nsources == best_support && point != best) {
			nbest++;
		}
	}
	if (!nvals) {
		x->has_fat = 0;
		return;
	}
	if (low == INT64_MAX) {
		low = vals[0];
		for (i = 1; i < nvals; i++)
			if (vals[i] < low)
				low = vals[i];
	}
	if (nbest > 1) {
		qsort(vals, nvals, sizeof(*vals), cmp_i64);
		best = vals[(nvals - 1) / 2];
	}
	if (best < low)
		best = low;
	if (high < best)
		high = best;
	x->fat.low = low;
	x->fat.best = best;
	x->fat.high = high;
	x->fat.acled = acled == INT64_MAX ? low : acled;
	x->has_fat = 1;
}

/*
 * Fatalities from the sources' latest killed totals (accounts.c): never an
 * early count a source superseded, a subgroup or a part of a breakdown.
 * Without any total (only "two leaders among them"), the subgroup counts
 * are all there is.
 */
static void fatalities(const struct rasd_incidents *inc, struct rasdp_incident *x,
		       const struct rasdp_vgroups *v, const struct rasdp_accounts *A)
{
	struct figure f[64];
	size_t n = 0, i, j;

	for (i = 0; i < A->n; i++) {
		const struct rasdp_entry *l = rasdp_account_latest(&A->a[i]);

		if (A->a[i].kind != RASD_EVK_KILLED || !l || rasdp_account_superseded(A, &A->a[i]))
			continue;
		for (j = 0; j < n; j++)
			if (f[j].value == l->value && f[j].value_hi == l->value_hi &&
			    f[j].qualifier == l->qualifier)
				break;
		if (j == n) {
			if (n == 64)
				continue;
			f[n].value = l->value;
			f[n].value_hi = l->value_hi;
			f[n].qualifier = l->qualifier;
			f[n++].nsources = 0;
		}
		f[j].nsources++;
	}
	if (!n)
		for (i = 0; i < v->n && n < 64; i++) {
			const struct rasdp_vgroup *g = &v->g[i];

			if (g->kind != RASD_EVK_KILLED || g->denied || !g->cls)
				continue;
			f[n].value = g->value;
			f[n].value_hi = g->value_hi;
			f[n].qualifier = g->qualifier;
			f[n++].nsources = g->nsources;
		}
	fatalities_of(x, f, n);
}

static void canonical(struct rasd_incidents *inc, struct rasdp_incident *x)
{
	size_t i, j, best_n = 0;
	int64_t best_w = INT64_MAX;

	x->day_first = INT64_MIN;
	x->day_last = INT64_MAX;
	x->precision = RASD_EVP_NONE;
	/* Date: the majority day among day-precision events (earliest on a tie). */
	for (i = 0; i < x->nev; i++) {
		const struct rasd_ev *e = &inc->evs[x->evs[i]];
		size_t c = 0;

		if (e->precision != RASD_EVP_DAY)
			continue;
		for (j = 0; j < x->nev; j++) {
			const struct rasd_ev *o = &inc->evs[x->evs[j]];

			c += o->precision == RASD_EVP_DAY && o->day_first == e->day_first;
		}
		if (c > best_n || (c == best_n && e->day_first < x->day_first)) {
			best_n = c;
			x->day_first = x->day_last = e->day_first;
			x->precision = RASD_EVP_DAY;
		}
	}
	if (!best_n) {
		for (i = 0; i < x->nev; i++) {
			const struct rasd_ev *e = &inc->evs[x->evs[i]];

			if (e->precision == RASD_EVP_NONE)
				continue;
			if (e->day_last - e->day_first < best_w) {
				best_w = e->day_last - e->day_first;
				x->day_first = e->day_first;
				x->day_last = e->day_last;
				x->precision = e->precision;
			}
		}
	}
	/* Place: most precise, then most reported. */
	best_n = 0;
	x->place = 0;
	for (i = 0; i < x->nev; i++) {
		const struct rasd_ev *e = &inc->evs[x->evs[i]];
		size_t c = 0;

		if (!e->place)
			continue;
		for (j = 0; j < x->nev; j++)
			c += inc->evs[x->evs[j]].place == e->place;
		if (!x->place || e->geo_precision < inc->places[x->place - 1].geo_precision ||
		    (e->geo_precision == inc->places[x->place - 1].geo_precision && c > best_n)) {
			x->place = e->place;
			best_n = c;
		}
	}
	/* Type, then sub-type within it: majority, first on a tie. */
	best_n = 0;
	x->type = x->sub_type = 0;
	for (i = 0; i < x->nev; i++) {
		const struct rasd_ev *e = &inc->evs[x->evs[i]];
		size_t c = 0;

		if (!e->type)
			continue;
		for (j = 0; j < x->nev; j++)
			c += inc->evs[x->evs[j]].type == e->type;
		if (c > best_n) {
			best_n = c;
			x->type = e->type;
		}
	}
	best_n = 0;
	for (i = 0; i < x->nev; i++) {
		const struct rasd_ev *e = &inc->evs[x->evs[i]];
		size_t c = 0;

		if (!e->sub_type || e->type != x->type)
			continue;
		for (j = 0; j < x->nev; j++)
			c += inc->evs[x->evs[j]].sub_type == e->sub_type;
		if (c > best_n) {
			best_n = c;
			x->sub_type = e->sub_type;
		}
	}
}

int rasdp_reconcile_incident(struct rasd_incidents *inc, struct rasdp_incident *x)
{
	struct rasdp_vgroups v;
	struct rasdp_accounts A;
	size_t j;
	int rc;

	/* what an earlier reconciliation found goes (the incident may have grown) */
	for (j = 0; j < x->disputes.n; j++)
		free(x->disputes.d[j].refs);
	free(x->disputes.d);
	memset(&x->disputes, 0, sizeof(x->disputes));
	canonical(inc, x);
	rc = rasdp_value_groups(inc, x, &v);
	if (rc)
		return rc;
	rc = rasdp_accounts_build(inc, x, &A);
	if (rc) {
		rasdp_value_groups_release(&v);
		return rc;
	}
	fatalities(inc, x, &v, &A);
	rc = figure_disputes(inc, x, &v, &A);
	rasdp_accounts_release(&A);
	rasdp_value_groups_release(&v);
	if (!rc)
		rc = part_disputes(inc, x);
	if (!rc && x->nev > 1)
		rc = event_disputes(inc, x);
	return rc;
}

int rasdp_reconcile(struct rasd_incidents *inc)
{
	size_t i;
	int rc = 0;

	for (i = 0; i < inc->nincs && !rc; i++)
		rc = rasdp_reconcile_incident(inc, &inc->incs[i]);
	return rc;
}
