/*
 * reconcile_disagree.c - the disagree decision.
 *
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
 * people under a toll), a count and the toll it is said to have risen to
 * after it (the count going on, whoever gives each), the toll of another event or of a whole war that
 * the extraction left on this one (a figure many times the other), a
 * figure the outlet gives after a source's, in its own voice (a recalled
 * or earlier event, a restatement), a count of "others" besides people
 * named before it, two totals neither of which is the main one (the total
 * most sources give, else the largest: each is set against that one, and
 * two lesser figures are an earlier state, a part or another event more
 * often than rivals), two parts each given within a toll ("including 25
 * children" against "including 11 children": the tolls are the rivals),
 * one piece of a source's breakdown whose pieces reach the other figure
 * ("30 in one province and another 39 in the next" against "more than 50"),
 * a count of others given after the other figure ("another 17" after 14:
 * people besides those), a round lower bound under a sharper one ("more
 * than 20" against "at least 23": an estimate the count keeps to).  A
 * toll of another happening the report tells besides ("In a separate
 * attack ... killed three": revision "apart") is no candidate against
 * the incident's own figures, only against another of that happening.
 */
#include <stdlib.h>
#include <string.h>

#include "incident/incident_int.h"
#include "incident/reconcile_int.h"
#include "model/model.h"

#include "base/banned.h"

enum {
	DF_BIAS, DF_DISJOINT, DF_DENIAL, DF_DIFFER_OVERLAP, DF_BOUNDS_DIFFER, DF_SAME_VALUE,
	DF_RATIO_3, DF_RATIO_10,
	DF_SMALL_COUNT, DF_PARTS, DF_UNNAMED_PARTS, DF_SAME_GROUP, DF_GROUP_IN_TOTAL,
	DF_OTHER_GROUPS, DF_OTHER_ACTORS, DF_SUMS_TO, DF_RISING, DF_RISEN, DF_SAME_REPORT, DF_LATE, DF_OUTLET,
	DF_OUTLET_LATER, DF_OTHERS_SMALLER, DF_MINORS, DF_RISEN_AFTER, DF_WITHIN_BOTH, DF_PIECES_REACH, DF_ROUND_BOUND, DF_OTHERS_AFTER,
	DF_EARLIER_DAY, DF__COUNT
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
	[DF_GROUP_IN_TOTAL] = { "group_in_total", "one counts everyone, the other a named group at most two-thirds as many (6 civilians against 9 killed): a part beside a total" },
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
	[DF_RISEN_AFTER] = { "risen_after", "the larger figure is given as the toll risen to after the smaller one in the report (8 killed ... the toll has since risen to 19): the count going on" },
	[DF_WITHIN_BOTH] = { "within_both", "both figures are parts each given within a toll (including 25 children vs including 11 children): the tolls are the rivals" },
	[DF_PIECES_REACH] = { "pieces_reach", "the smaller figure is one of several counts of its kind its source gives in the report, which together reach the larger (30 in one province and another 39 in the next vs more than 50): a piece of a breakdown" },
	[DF_ROUND_BOUND] = { "round_bound", "two lower bounds, the smaller a round number (more than 20 vs at least 22): an estimate the sharper count keeps to" },
	[DF_OTHERS_AFTER] = { "others_after", "a figure counts others after no count of its source's own, later in the report than the other (14 killed, the army said; the coalition killed another 17): people besides those" },
	[DF_EARLIER_DAY] = { "earlier_day", "the smaller figure was told on the day it happened, the larger only in reports of later days (5 on Monday, 12 on Tuesday): the first count of the day" },
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

/* What a figure counts and who gives it, read off its claims. */
struct traits {
	uint32_t group;                 /* the named group it counts, 0 for everyone */
	uint32_t actor;                 /* the actor the counted belong to, or 0 */
	int others;                     /* a claim counts others besides people named */
	int outlet;                     /* every claim in its report's own voice */
	int earlier, later;             /* a claim given as a first toll, as the toll risen to */
	int within;                     /* every claim a part given within a toll */
};

static void fig_traits(const struct rasd_incidents *inc, const struct fig *f, struct traits *t)
{
	size_t i;

	memset(t, 0, sizeof(*t));
	t->outlet = t->within = f->nclaims > 0;
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
		t->within &= c->subset != 0;
		if (!c->source || c->source != d->outlet_key)
			t->outlet = 0;
	}
}

/*
 * The publication days of figure f's reports: the first in *lo, the last
 * in *hi; 0, when a report of it has no date.
 */
static int fig_days(const struct rasd_incidents *inc, const struct fig *f, int64_t *lo, int64_t *hi)
{
	size_t i;

	*lo = INT64_MAX;
	*hi = INT64_MIN;
	for (i = 0; i < f->nclaims; i++) {
		int64_t p = inc->docs[inc->evs[inc->claims[f->claims[i]].ev].doc].published;

		if (p == INT64_MIN)
			return 0;
		if (p < *lo)
			*lo = p;
		if (p > *hi)
			*hi = p;
	}
	return f->nclaims > 0;
}

/* Was every claim of figure f published on the day its event happened? */
static int told_that_day(const struct rasd_incidents *inc, const struct fig *f)
{
	size_t i;

	for (i = 0; i < f->nclaims; i++) {
		const struct rasd_ev *e = &inc->evs[inc->claims[f->claims[i]].ev];

		if (e->day_first != e->day_last || inc->docs[e->doc].published != e->day_first)
			return 0;
	}
	return f->nclaims > 0;
}

/*
 * Was the smaller figure `s` told on the day it happened, and the larger
 * `l` only in reports of later days?  Then `s` is the first count.
 */
static int earlier_day(const struct rasd_incidents *inc, const struct fig *s, const struct fig *l)
{
	int64_t slo, shi, llo, lhi;

	return told_that_day(inc, s) && fig_days(inc, s, &slo, &shi) &&
	       fig_days(inc, l, &llo, &lhi) && shi < llo;
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

/* 20, 100, 250: a number written round, an estimate more than a count. */
static int round_number(int64_t v)
{
	return v >= 10 && v % 10 == 0;
}

/*
 * The first position of a figure's claims in report `doc` (copies folded),
 * of those given as the toll risen to when `risen`, or 0 when it has none
 * there.
 */
static uint32_t claims_pos(const struct rasd_incidents *inc, const struct fig *f, uint32_t doc,
			   int risen)
{
	uint32_t best = 0;
	size_t i;

	for (i = 0; i < f->nclaims; i++) {
		const struct rasd_ev_claim *c = &inc->claims[f->claims[i]];

		if (inc->docs[inc->evs[c->ev].doc].dup_of == doc && c->pos &&
		    (!risen || c->revision == RASD_EVR_LATER) && (!best || c->pos < best))
			best = c->pos;
	}
	return best;
}

static uint32_t first_pos(const struct rasd_incidents *inc, const struct fig *f, uint32_t doc)
{
	return claims_pos(inc, f, doc, 0);
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
 * two or more counts can: "five contractors and a soldier" against six,
 * or a count and the "2 more" (others) it told later ("pulled 2 more
 * bodies from the rubble") against the sum.
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

			/* "2 more bodies" after the source's 4: a piece, not a part */
			if (c->kind != f->kind || c->denied ||
			    (c->subset && !rasdp_group_others(inc, c->group)) ||
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

/* Is claim `c` one of the figure's events (in the report at hand)? */
static int in_fig_events(const struct rasd_incidents *inc, const struct fig *f,
			 const struct rasd_ev_claim *c)
{
	size_t k;

	for (k = 0; k < f->nclaims; k++)
		if (inc->claims[f->claims[k]].ev == c->ev &&
		    inc->claims[f->claims[k]].source == c->source)
			return 1;
	return 0;
}

/*
 * Is the smaller figure `f` one piece of a breakdown: in its own events
 * of report `doc`, its sources give two or more different asserted
 * counts of its kind, one of them a count of others after another ("30
 * were killed in Aleppo province and another 39 in Idlib"), none a part
 * within a toll nor a toll as it stood before or rose to, and together
 * they come to `total` or more?  Then the 30 is no rival of another
 * source's "more than 50": the pieces are one account of the whole.
 */
static int pieces_reach(const struct rasd_incidents *inc, const struct fig *f, int64_t total,
			uint32_t doc)
{
	const struct rasdp_doc *d = &inc->docs[doc];
	int64_t seen[8], sum = 0;
	uint32_t first = 0;
	size_t i, j, k, n = 0;
	int others = 0;

	for (j = 0; j < d->nev; j++) {
		const struct rasd_ev *e = &inc->evs[d->ev0 + j];

		for (i = e->claim0; i < e->claim0 + e->nclaims; i++) {
			const struct rasd_ev_claim *c = &inc->claims[i];

			if (c->kind != f->kind || c->denied || c->subset || c->revision ||
			    c->qualifier >= RASD_EVQ_UP_TO || !in_fig_events(inc, f, c))
				continue;
			for (k = 0; k < n && seen[k] != c->value; k++)
				;
			if (k < n || n == sizeof(seen) / sizeof(seen[0]))
				continue;
			seen[n++] = c->value;
			sum += c->value;
			if (c->pos && (!first || c->pos < first))
				first = c->pos;
		}
	}
	for (j = 0; j < d->nev && n >= 2; j++) {
		const struct rasd_ev *e = &inc->evs[d->ev0 + j];

		for (i = e->claim0; i < e->claim0 + e->nclaims; i++) {
			const struct rasd_ev_claim *c = &inc->claims[i];

			if (c->kind == f->kind && !c->denied && c->pos > first &&
			    rasdp_group_others(inc, c->group) && in_fig_events(inc, f, c))
				others = 1;
		}
	}
	return n >= 2 && others && sum >= total;
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
	x[DF_ROUND_BOUND] = x[DF_BOUNDS_DIFFER] && round_number((pa < pb ? a : b)->value);
	hi = pa < pb ? pb : pa;
	if (lo < 1)
		lo = 1;
	/* a denial whose interval holds the other's figure denies it, whatever the ratio ("nobody" against 12) */
	x[DF_RATIO_3] = !x[DF_DENIAL] && hi >= 3 * lo;
	x[DF_RATIO_10] = !x[DF_DENIAL] && hi >= 10 * lo;
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

		x[DF_GROUP_IN_TOTAL] = 3 * point(g) <= 2 * point(w);
	}
	x[DF_OTHER_ACTORS] = ta.actor && tb.actor && ta.actor != tb.actor;
	x[DF_MINORS] = a->minor && b->minor;
	x[DF_WITHIN_BOTH] = ta.within && tb.within;
	if (pa != pb) {
		const struct traits *small = pa < pb ? &ta : &tb, *large = pa < pb ? &tb : &ta;

		x[DF_RISING] = small->earlier;
		x[DF_RISEN] = large->later;
		x[DF_OTHERS_SMALLER] = small->others;
		x[DF_EARLIER_DAY] = earlier_day(inc, pa < pb ? a : b, pa < pb ? b : a);
	}
	doc = shared_report(inc, a, b);
	x[DF_SAME_REPORT] = doc != UINT32_MAX;
	if (doc != UINT32_MAX) {
		uint32_t p1 = first_pos(inc, a, doc), p2 = first_pos(inc, b, doc);
		uint32_t later = p1 > p2 ? p1 : p2, extent = inc->docs[doc].extent;

		x[DF_LATE] = p1 && p2 && extent && (uint64_t)(later - 1) * 4 >= (uint64_t)extent * 3;
		x[DF_OTHERS_AFTER] = p1 && p2 && ((ta.others && p1 > p2) || (tb.others && p2 > p1));
		x[DF_SUMS_TO] = sums_to(inc, pa < pb ? a : b, pa < pb ? pb : pa, doc);
		x[DF_PIECES_REACH] = pa != pb && !x[DF_SUMS_TO] &&
			pieces_reach(inc, pa < pb ? a : b, pa < pb ? pb : pa, doc);
		if (pa != pb) {
			uint32_t ps = first_pos(inc, pa < pb ? a : b, doc);
			uint32_t pr = claims_pos(inc, pa < pb ? b : a, doc, 1);

			x[DF_RISEN_AFTER] = ps && pr && ps < pr;
		}
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
 * Is every claim of f another happening's toll that its report tells
 * besides ("In a separate attack, a roadside bomb killed three")?
 */
static int fig_apart(const struct rasd_incidents *inc, const struct fig *f)
{
	size_t i;

	for (i = 0; i < f->nclaims; i++)
		if (inc->claims[f->claims[i]].revision != RASD_EVR_APART)
			return 0;
	return f->nclaims > 0;
}

int rasdp_disagree(struct rasd_incidents *inc, const char *attr, const struct fig *a,
		   const struct fig *b, int *rc)
{
	float x[DF__COUNT];

	/* another happening's toll is no rival of this one's: no candidate */
	if (fig_apart(inc, a) != fig_apart(inc, b))
		return 0;
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
