/*
 * accounts.c - each source's account of an incident's figures: the totals
 * it gave in report order (a toll that rises is one account, not a
 * dispute), the latest of them, and the breakdowns under them.
 *
 * The claims of one kind (killed, wounded ...) of an incident are split by
 * effective source (a syndicated copy's own voice is the original
 * outlet's, rasdp_eff_source) and by what they count:
 *
 *   - a total counts everyone the source counts: "123 قتيلا", "20
 *     militants", "7 soldiers" when nothing larger of the same report
 *     contains it;
 *   - a part is a share of a total: a count the extractor marked as a
 *     subset ("بينهم 39 طفلا"), a subgroup ("two leaders", "five
 *     children"), more people besides a count of the same kind ("6 killed
 *     at the gate ... 4 others on the road"; "and 20 others wounded"
 *     after a killed figure is the wounded toll itself), a count of one
 *     group that its source puts beside a larger count of everyone in the
 *     same report ("five to seven people were killed ... two police
 *     officers were also killed"), or two counts of a source that add up
 *     to a third of its in the same report ("four of the security forces
 *     and two of the SDF" beside "six fighters": a breakdown, not three
 *     tolls of which the largest is the latest).
 *
 * Equal figures of one source (the same value and qualifier, from copies,
 * repeats or several reports) are one entry that lists every claim and
 * report behind it.  A source's totals are ordered by report time: the
 * publication day of the report (a report without one is taken as of the
 * incident's day), then by value, since tolls rise; the last entry is the
 * source's latest total.  Each part is filed under the total of the same
 * report it belongs to.
 *
 * Reconciliation compares sources on their latest totals only
 * (reconcile_disputes.c), so "7 then 54 then 123" from the Observatory is one
 * account and the dispute is between what each source finally said.  A
 * latest total that is a count another source stated and then changed
 * ("media reports: 7" or "about 7" beside the Observatory's "7, then
 * 123") is the toll as it stood then: it is superseded, and neither
 * disputes nor counts.  Only stated counts take part ("7", "about 78"):
 * bounds such as "more than 80" and restatements of the same count ("14,
 * then at least 14") are no earlier state.  The
 * rest is what each source finally said; and
 * the figures of the page, the brief and the exports come from here.
 * The cost is a sort of the incident's claims: O(c log c) per incident.
 */
#include <stdlib.h>
#include <string.h>

#include "incident/incident_int.h"

#include "base/banned.h"

/* One claim with what sorting and grouping need, copied out. */
struct crec {
	uint32_t idx;           /* claim index */
	uint32_t source, name;  /* effective source key and display name */
	uint32_t doc;           /* original document (copies folded) */
	uint32_t who;           /* class for parts, 0 for totals */
	int64_t day;            /* report time */
	int64_t value, value_hi;
	uint8_t kind, qualifier, part, denied;
};

static int cmp_crec(const void *x, const void *y)
{
	const struct crec *a = x, *b = y;

	if (a->kind != b->kind)
		return a->kind < b->kind ? -1 : 1;
	if (a->source != b->source)
		return a->source < b->source ? -1 : 1;
	if (a->denied != b->denied)
		return a->denied < b->denied ? -1 : 1;
	if (a->part != b->part)
		return a->part < b->part ? -1 : 1;
	if (a->who != b->who)
		return a->who < b->who ? -1 : 1;
	if (a->value != b->value)
		return a->value < b->value ? -1 : 1;
	if (a->value_hi != b->value_hi)
		return a->value_hi < b->value_hi ? -1 : 1;
	if (a->qualifier != b->qualifier)
		return a->qualifier < b->qualifier ? -1 : 1;
	return a->idx < b->idx ? -1 : a->idx > b->idx;
}

static int same_entry(const struct crec *a, const struct crec *b)
{
	return a->kind == b->kind && a->source == b->source && a->denied == b->denied &&
		a->part == b->part && a->who == b->who && a->value == b->value &&
		a->value_hi == b->value_hi && a->qualifier == b->qualifier;
}

/* Totals by report time, then value (a toll rises), then qualifier. */
static int cmp_time(const struct rasdp_entry *a, const struct rasdp_entry *b)
{
	if (a->day != b->day)
		return a->day < b->day ? -1 : 1;
	if (a->value != b->value)
		return a->value < b->value ? -1 : 1;
	if (a->value_hi != b->value_hi)
		return a->value_hi < b->value_hi ? -1 : 1;
	if (a->qualifier != b->qualifier)
		return a->qualifier < b->qualifier ? -1 : 1;
	return 0;
}

static void sort_entries(struct rasdp_entry *e, size_t n)
{
	size_t i, j;

	/* a source gives a handful of figures: insertion sort, stable */
	for (i = 1; i < n; i++) {
		struct rasdp_entry t = e[i];

		for (j = i; j > 0 && cmp_time(&e[j - 1], &t) > 0; j--)
			e[j] = e[j - 1];
		e[j] = t;
	}
}

/* Parts by value, largest first. */
static void sort_parts(struct rasdp_entry *e, size_t n)
{
	size_t i, j;

	for (i = 1; i < n; i++) {
		struct rasdp_entry t = e[i];

		for (j = i; j > 0 && e[j - 1].value < t.value; j--)
			e[j] = e[j - 1];
		e[j] = t;
	}
}

int rasdp_who_everyone(const struct rasd_incidents *inc, uint32_t who)
{
	return !who || !strcmp(rasdp_incidents_str(inc, who), RASDP_WHO_EVERYONE);
}

/*
 * Groups whose count is a share of the victims wherever it stands ("two
 * leaders", "five children"): ids of groups.tsv, the extraction's "who"
 * (docs/FORMAT.md), not words.  A count of children alone is still
 * children, and set only against other counts of children.
 */
static const char *const part_groups[] = { "leaders", "children", "women" };
/* "5 others": besides people counted before, more people (groups.tsv). */
#define GROUP_OTHERS "others"
/*
 * Groups of armed men, which reports name loosely: one monitor's "two
 * members" and another's "four fighters" may count the same dead.
 */
static const char *const armed_groups[] = {
	"soldiers", "fighters", "members", "militants", "officers", "police", "security", "leaders",
};

static int group_is(const struct rasd_incidents *inc, uint32_t group, const char *id)
{
	return group && !strcmp(rasdp_incidents_str(inc, group), id);
}

int rasdp_group_armed(const struct rasd_incidents *inc, uint32_t group)
{
	size_t i;

	for (i = 0; group && i < sizeof(armed_groups) / sizeof(armed_groups[0]); i++)
		if (group_is(inc, group, armed_groups[i]))
			return 1;
	return 0;
}


int rasdp_group_whole(const struct rasd_incidents *inc, uint32_t group)
{
	return !group || group_is(inc, group, RASDP_WHO_EVERYONE) || group_is(inc, group, GROUP_OTHERS);
}

int rasdp_group_others(const struct rasd_incidents *inc, uint32_t group)
{
	return group_is(inc, group, GROUP_OTHERS);
}

/*
 * "and 5 others were wounded" after a count of the same kind by the same
 * source in its event: more people besides those, a piece of the toll.
 * After a count of another kind ("3 killed and 20 others wounded") it is
 * the whole count of its kind.
 */
static int others_after(const struct rasd_incidents *inc, const struct rasd_ev_claim *c)
{
	const struct rasd_ev *e = &inc->evs[c->ev];
	size_t i;

	for (i = e->claim0; i < e->claim0 + e->nclaims && &inc->claims[i] != c; i++) {
		const struct rasd_ev_claim *o = &inc->claims[i];

		if (o->kind == c->kind && o->source == c->source && !o->denied &&
		    (!c->pos || !o->pos || o->pos < c->pos))
			return 1;
	}
	return 0;
}

int rasdp_others_besides_named(const struct rasd_incidents *inc, const struct rasd_ev_claim *c)
{
	const struct rasd_ev *e = &inc->evs[c->ev];
	size_t i;

	if (!group_is(inc, c->group, GROUP_OTHERS))
		return 0;
	for (i = e->claim0; i < e->claim0 + e->nclaims; i++) {
		const struct rasd_ev_claim *o = &inc->claims[i];

		if (o != c && o->source == c->source && !o->denied &&
		    (!c->pos || !o->pos || o->pos < c->pos))
			return 0;
	}
	return 1;
}

uint32_t rasdp_claim_class(const struct rasd_incidents *inc, const struct rasd_ev_claim *c)
{
	size_t i;

	if (group_is(inc, c->group, GROUP_OTHERS))
		return c->subset || others_after(inc, c) ? RASDP_CLASS_UNNAMED : 0;
	for (i = 0; c->group && i < sizeof(part_groups) / sizeof(part_groups[0]); i++)
		if (group_is(inc, c->group, part_groups[i]))
			return c->group;
	if (c->subset)
		return rasdp_group_whole(inc, c->group) ? RASDP_CLASS_UNNAMED : c->group;
	return 0;
}

/*
 * A count of one group beside a larger count of everyone, by the same
 * source in the same report, is a part of that count; so are counts whose
 * sum is another count of the same source, kind and report ("four of the
 * security forces and two of the SDF" beside "six fighters"): a breakdown,
 * not three tolls.
 */
static void mark_parts(const struct rasd_incidents *inc, struct crec *r, size_t n)
{
	size_t i, j, k;

	for (i = 0; i < n; i++) {
		const struct rasd_ev_claim *c = &inc->claims[r[i].idx];

		if (r[i].part || r[i].denied || rasdp_group_whole(inc, c->group))
			continue;
		for (j = 0; j < n; j++) {
			const struct rasd_ev_claim *d = &inc->claims[r[j].idx];

			if (j == i || r[j].part || r[j].denied || r[j].kind != r[i].kind ||
			    r[j].source != r[i].source || r[j].doc != r[i].doc ||
			    !rasdp_group_whole(inc, d->group) || r[j].value <= r[i].value)
				continue;
			r[i].part = 1;
			r[i].who = c->group;
			break;
		}
	}
	/* two exact counts adding up to a third of the same source and report */
	for (k = 0; k < n; k++) {
		if (r[k].part || r[k].denied || r[k].qualifier != RASD_EVQ_EXACT)
			continue;
		for (i = 0; i < n; i++) {
			if (i == k || r[i].part || r[i].denied || r[i].qualifier != RASD_EVQ_EXACT ||
			    r[i].kind != r[k].kind || r[i].source != r[k].source ||
			    r[i].doc != r[k].doc || r[i].value >= r[k].value)
				continue;
			for (j = i + 1; j < n; j++)
				if (j != k && !r[j].part && !r[j].denied &&
				    r[j].qualifier == RASD_EVQ_EXACT && r[j].kind == r[k].kind &&
				    r[j].source == r[k].source && r[j].doc == r[k].doc &&
				    r[i].value + r[j].value == r[k].value)
					break;
			if (j < n) {
				r[i].part = r[j].part = 1;
				r[i].who = inc->claims[r[i].idx].group ? inc->claims[r[i].idx].group
					: RASDP_CLASS_UNNAMED;
				r[j].who = inc->claims[r[j].idx].group ? inc->claims[r[j].idx].group
					: RASDP_CLASS_UNNAMED;
				break;
			}
		}
	}
}

/* Order of accounts in a kind: those with a total first, then the larger latest total. */
static int cmp_account(const struct rasdp_account *a, const struct rasdp_account *b)
{
	const struct rasdp_entry *la = a->nhist ? &a->hist[a->nhist - 1] : NULL;
	const struct rasdp_entry *lb = b->nhist ? &b->hist[b->nhist - 1] : NULL;

	if (a->kind != b->kind)
		return a->kind < b->kind ? -1 : 1;
	if (!la != !lb)
		return la ? -1 : 1;
	if (la && la->value != lb->value)
		return la->value > lb->value ? -1 : 1;
	if (a->nreports != b->nreports)
		return a->nreports > b->nreports ? -1 : 1;
	return a->first < b->first ? -1 : a->first > b->first;
}

/* One record per claim of incident x, in r[0..c). */
static void claim_records(const struct rasd_incidents *inc, const struct rasdp_incident *x,
			  struct crec *r)
{
	size_t i, j, k;

	for (i = 0, k = 0; i < x->nev; i++) {
		const struct rasd_ev *e = &inc->evs[x->evs[i]];

		for (j = 0; j < e->nclaims; j++, k++) {
			const struct rasd_ev_claim *cl = &inc->claims[e->claim0 + j];
			const struct rasdp_doc *d = &inc->docs[inc->docs[e->doc].dup_of];
			uint32_t cls = rasdp_claim_class(inc, cl);

			r[k].idx = e->claim0 + (uint32_t)j;
			rasdp_eff_source(inc, cl->ev, cl->source, cl->source_name, &r[k].source,
					 &r[k].name);
			r[k].doc = inc->docs[e->doc].dup_of;
			r[k].day = d->published != INT64_MIN ? d->published :
				inc->docs[e->doc].published != INT64_MIN ? inc->docs[e->doc].published :
				x->day_first;
			r[k].value = cl->value;
			r[k].value_hi = cl->value_hi;
			r[k].kind = cl->kind;
			r[k].qualifier = cl->qualifier;
			r[k].denied = cl->denied;
			r[k].part = cls != 0;
			r[k].who = cls;
		}
	}
}

/* Entries: runs of equal figures of one source (r sorted); their count. */
static size_t make_entries(const struct rasd_incidents *inc, const struct crec *r, size_t c,
			   struct rasdp_accounts *out)
{
	uint32_t *idx = out->block, *docs = idx + c, *raw = docs + c;
	size_t i, j, k, ne = 0;

	for (i = 0; i < c; i = j) {
		struct rasdp_entry *en = &out->e[ne++];

		for (j = i + 1; j < c && same_entry(&r[i], &r[j]); j++)
			;
		en->kind = r[i].kind;
		en->qualifier = r[i].qualifier;
		en->denied = r[i].denied;
		en->part = r[i].part;
		en->value = r[i].value;
		en->value_hi = r[i].value_hi;
		en->source = r[i].source;
		en->name = r[i].name;
		en->day = INT64_MAX;
		en->of = UINT32_MAX;
		en->claims = idx + i;
		en->docs = docs + i;
		en->reports = raw + i;
		for (k = i; k < j; k++) {
			const struct rasd_ev_claim *cl = &inc->claims[r[k].idx];

			idx[k] = r[k].idx;
			if (!en->who && cl->who)
				en->who = cl->who;
			if (r[k].day < en->day)
				en->day = r[k].day;
			rasdp_add_unique(en->docs, &en->ndocs, r[k].doc);
			rasdp_add_unique(en->reports, &en->nreports, inc->evs[cl->ev].doc);
		}
		en->nclaims = j - i;
	}
	out->ne = ne;
	return ne;
}

/* Account `a` of entries [i, j) of out (one kind and source). */
static void make_account(const struct rasd_incidents *inc, struct rasdp_accounts *out,
			 size_t i, size_t j, struct rasdp_account *a)
{
	uint32_t seen[64];
	size_t nseen = 0, k, t;

	a->kind = out->e[i].kind;
	a->source = out->e[i].source;
	a->name = out->e[i].name;
	a->first = UINT32_MAX;
	/* sorted: asserted totals, asserted parts, then denials */
	a->hist = &out->e[i];
	for (k = i; k < j && !out->e[k].denied && !out->e[k].part; k++)
		;
	a->nhist = k - i;
	a->parts = &out->e[k];
	for (t = k; t < j && !out->e[t].denied; t++)
		;
	a->nparts = t - k;
	a->denials = &out->e[t];
	a->ndenials = j - t;
	for (k = i; k < j; k++) {
		size_t m;

		for (m = 0; m < out->e[k].nclaims; m++) {
			uint32_t cl = out->e[k].claims[m];

			if (cl < a->first)
				a->first = cl;
			if (nseen < 64)
				rasdp_add_unique(seen, &nseen, inc->evs[inc->claims[cl].ev].doc);
		}
	}
	a->nreports = nseen;
	sort_entries(a->hist, a->nhist);
	sort_parts(a->parts, a->nparts);
	/* each part under the latest total of a report it shares */
	for (k = 0; k < a->nparts; k++) {
		struct rasdp_entry *p = &a->parts[k];
		size_t h, d, e2;

		for (h = a->nhist; h-- > 0 && p->of == UINT32_MAX;)
			for (d = 0; d < p->ndocs && p->of == UINT32_MAX; d++)
				for (e2 = 0; e2 < a->hist[h].ndocs; e2++)
					if (a->hist[h].docs[e2] == p->docs[d]) {
						p->of = (uint32_t)h;
						break;
					}
	}
}

int rasdp_accounts_build(const struct rasd_incidents *inc, const struct rasdp_incident *x,
			 struct rasdp_accounts *out)
{
	size_t c = 0, i, j, ne, na = 0;
	struct crec *r;

	memset(out, 0, sizeof(*out));
	for (i = 0; i < x->nev; i++)
		c += inc->evs[x->evs[i]].nclaims;
	if (!c)
		return 0;
	r = malloc(c * sizeof(*r));
	out->block = malloc(3 * c * sizeof(uint32_t));
	out->e = calloc(c, sizeof(*out->e));
	out->a = calloc(c, sizeof(*out->a));
	if (!r || !out->block || !out->e || !out->a) {
		free(r);
		rasdp_accounts_release(out);
		return RASD_ENOMEM;
	}
	claim_records(inc, x, r);
	mark_parts(inc, r, c);
	qsort(r, c, sizeof(*r), cmp_crec);
	ne = make_entries(inc, r, c, out);
	/* Accounts: runs of entries of one kind and source. */
	for (i = 0; i < ne; i = j) {
		for (j = i + 1; j < ne && out->e[j].kind == out->e[i].kind &&
		     out->e[j].source == out->e[i].source; j++)
			;
		make_account(inc, out, i, j, &out->a[na++]);
	}
	out->n = na;
	free(r);
	/* insertion sort of accounts (few per incident) */
	for (i = 1; i < na; i++) {
		struct rasdp_account t = out->a[i];

		for (j = i; j > 0 && cmp_account(&out->a[j - 1], &t) > 0; j--)
			out->a[j] = out->a[j - 1];
		out->a[j] = t;
	}
	return 0;
}

void rasdp_accounts_release(struct rasdp_accounts *a)
{
	free(a->a);
	free(a->e);
	free(a->block);
	memset(a, 0, sizeof(*a));
}

const struct rasdp_entry *rasdp_account_latest(const struct rasdp_account *a)
{
	return a->nhist ? &a->hist[a->nhist - 1] : NULL;
}

/* A count as stated ("7", "about 78"), not a bound ("more than 80") or a range. */
static int stated_count(const struct rasdp_entry *e)
{
	return e->qualifier == RASD_EVQ_EXACT || e->qualifier == RASD_EVQ_ABOUT;
}

int rasdp_account_superseded(const struct rasdp_accounts *A, const struct rasdp_account *a)
{
	const struct rasdp_entry *l = rasdp_account_latest(a);
	size_t i, j;

	if (!l || !stated_count(l))
		return 0;
	for (i = 0; i < A->n; i++) {
		const struct rasdp_account *o = &A->a[i];
		const struct rasdp_entry *ol = rasdp_account_latest(o);

		if (o == a || o->kind != a->kind || !ol)
			continue;
		/* the counts o stated before it changed its toll */
		for (j = 0; j + 1 < o->nhist; j++)
			if (stated_count(&o->hist[j]) && o->hist[j].value != ol->value &&
			    o->hist[j].value == l->value)
				return 1;
	}
	return 0;
}
