/*
 * reconcile.c - the merged view of each incident and its disputes.
 *
 * Canonical values: the date is the day most day-precision events agree
 * on (earliest on a tie), else the narrowest window; the place is the most
 * precise, then most reported; the type and sub-type are the majority.
 *
 * ACLED's conservative figure is the lowest figure reported (as written:
 * "about 10" gives 10).
 *
 * Figures are compared as intervals of the counts they allow
 * (rasdp_claim_interval): "about 20" allows 18-22, so 18 does not contradict
 * it, while "20" and "about 10" (8-12) do, and so do "about 100" and 81.  Two figures dispute only when
 * they come from different sources, none of them on both sides: a source
 * restating or revising itself is not a contradiction.  Fatalities follow UCDP (low, best, high) and ACLED (the
 * lowest exact figure reported), computed on the killed figures of the
 * incident's main group: counts of a subgroup (leaders, children, women)
 * are left out when a wider count exists.
 */
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "incident/incident_int.h"

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

/* Does `who` count a part of the victims (leaders, children, women, "5 others")? */
static int subgroup(const struct rasd_incidents *inc, uint32_t who)
{
	static const char *const subs[] = {
		"leaders", "leader", "children", "child", "women", "woman", "commanders", "commander",
		"others", "among them",
	};
	const char *s = rasdp_incidents_str(inc, who);
	size_t i;

	for (i = 0; i < sizeof(subs) / sizeof(subs[0]); i++)
		if (strstr(s, subs[i]))
			return 1;
	return 0;
}

/*
 * Claims are grouped, compared and disputed per counted class: all counts
 * of the whole ("20 members", "20 fighters", "about 10 dead") are one
 * class, each subgroup ("two leaders", "five children") its own.
 */
static uint32_t who_class(const struct rasd_incidents *inc, uint32_t who)
{
	return who && subgroup(inc, who) ? who : 0;
}

/* A claim's grouping key, copied so the sort needs no context. */
struct ckey {
	int64_t value, value_hi;
	uint32_t who, idx;
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
	return a->kind == b->kind && who_class(inc, a->who) == who_class(inc, b->who) &&
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
			keys[k].who = who_class(inc, cl->who);
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

static int group_refs(const struct rasdp_vgroup *a, const struct rasdp_vgroup *b,
		      struct rasd_dispute_ref **out, size_t *n)
{
	size_t i, k = 0;
	struct rasd_dispute_ref *r = malloc((a->nclaims + b->nclaims) * sizeof(*r));

	if (!r)
		return RASD_ENOMEM;
	for (i = 0; i < a->nclaims; i++) {
		r[k].is_part = 0;
		r[k++].idx = a->claims[i];
	}
	for (i = 0; i < b->nclaims; i++) {
		r[k].is_part = 0;
		r[k++].idx = b->claims[i];
	}
	*out = r;
	*n = k;
	return 0;
}

static int figure_disputes(struct rasd_incidents *inc, struct rasdp_incident *x,
			   const struct rasdp_vgroups *v)
{
	struct rasd_buf b = RASD_BUF_INIT;
	unsigned per_kind[RASD_EVK__COUNT];
	size_t i, j;
	int rc = 0;

	memset(per_kind, 0, sizeof(per_kind));
	for (i = 0; i < v->n && !rc; i++) {
		const struct rasdp_vgroup *a = &v->g[i];
		const struct rasd_ev_claim *ca = &inc->claims[a->claims[0]];

		for (j = i + 1; j < v->n && !rc; j++) {
			const struct rasdp_vgroup *g = &v->g[j];
			const struct rasd_ev_claim *cg = &inc->claims[g->claims[0]];
			struct rasd_dispute_ref *refs;
			size_t nrefs;
			char fa[48], fg[48];
			int conflict;

			if (g->kind != a->kind || a->kind == RASD_EVK_OTHER)
				break;
			if (who_class(inc, a->who) != who_class(inc, g->who))
				continue;
			if (!different_sources(a, g))
				continue;
			if (a->denied && g->denied)
				continue;
			if (a->denied || g->denied)
				conflict = !disjoint(ca, cg);   /* one says N, another denies N */
			else
				conflict = disjoint(ca, cg);
			if (!conflict || per_kind[a->kind] >= MAX_DISPUTES_PER_KIND)
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
			rc = group_refs(a, g, &refs, &nrefs);
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

/* Does some source in list `a` of the row differ from one in list `b`? */
static int rows_differ(const struct rasdp_partrow *r, int a, int b)
{
	size_t i, j;

	for (i = 0; i < r->n[a]; i++)
		for (j = 0; j < r->n[b]; j++)
			if (r->keys[a][i] != r->keys[b][j])
				return 1;
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

static void fatalities(const struct rasd_incidents *inc, struct rasdp_incident *x,
		       const struct rasdp_vgroups *v)
{
	int64_t low = INT64_MAX, high = -1, acled = INT64_MAX, best = -1;
	int64_t vals[64];
	size_t nvals = 0, i, best_support = 0, nbest = 0;
	int wide = 0;

	for (i = 0; i < v->n; i++)
		if (v->g[i].kind == RASD_EVK_KILLED && !v->g[i].denied && !subgroup(inc, v->g[i].who))
			wide = 1;
	for (i = 0; i < v->n; i++) {
		const struct rasdp_vgroup *g = &v->g[i];
		int64_t lo, hi, point;

		if (g->kind != RASD_EVK_KILLED || g->denied || (wide && subgroup(inc, g->who)))
			continue;
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
	fatalities(inc, x, &v);
	rc = figure_disputes(inc, x, &v);
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
