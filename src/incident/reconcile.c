/*
 * reconcile.c - the merged view of each incident: its canonical values,
 * its figures grouped by value, its fatalities, and the order of the steps
 * (rasdp_reconcile_incident()); the disagree decision on a pair of figures
 * is reconcile_disagree.c's, the disputes reconcile_disputes.c's.
 *
 * Canonical values: the date is the day most day-precision events agree
 * on (earliest on a tie), else the narrowest window; the place is the most
 * precise, then most reported; the type and sub-type are the majority.
 *
 * Figures are compared as intervals of the counts they allow
 * (rasdp_claim_interval): "about 20" allows 18-22, so 18 does not contradict
 * it, while "20" and "about 10" (8-12) do, and so do "about 100" and 81.
 *
 * Fatalities follow UCDP (low, best, high) and ACLED (the lowest figure
 * as written), computed on each source's latest killed total (accounts.c):
 * never an early count, a subgroup or a part of a breakdown.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "incident/incident_int.h"
#include "incident/reconcile_int.h"

#include "base/banned.h"

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
			if (rasdp_add_unique(g->sources, &g->nsources, key))
				g->names[g->nsources - 1] = name;
			rasdp_add_unique(g->docs, &g->ndocs, inc->docs[inc->evs[cl->ev].doc].dup_of);
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
	for (i = 0; i < x->nev && !x->place; i++)
		x->place = inc->evs[x->evs[i]].region;
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
	rc = rasdp_figure_disputes(inc, x, &v, &A);
	rasdp_accounts_release(&A);
	rasdp_value_groups_release(&v);
	if (!rc)
		rc = rasdp_part_disputes(inc, x);
	if (!rc && x->nev > 1)
		rc = rasdp_event_disputes(inc, x);
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
