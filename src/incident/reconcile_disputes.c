/*
 * reconcile_disputes.c - the disputes of an incident: where its sources
 * disagree on a figure, on whether an actor took part, or on the date,
 * the place or the perpetrator.
 *
 * Totals are compared on each source's latest total (accounts.c): a toll
 * that rises ("7", then "78", then "123" from the Observatory) is one
 * account, not a dispute, and the dispute is between what the sources
 * finally say (the officials' 81 against the Observatory's 123).  A latest
 * total that is another source's earlier count is the toll as it stood and
 * is set aside.  Counts of a subgroup ("two leaders") are compared only
 * with counts of the same subgroup from other sources, and a denial with
 * the figure it denies.  Whether a pair of figures is a dispute is the
 * disagree decision's (reconcile_disagree.c); at most
 * MAX_DISPUTES_PER_KIND are kept per kind of figure.
 *
 * Participation, date, location and perpetrator are compared between
 * sources (copies of a report folded), each differing value reported
 * once, against the incident's canonical value for the last three.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "incident/incident_int.h"
#include "incident/reconcile_int.h"

#include "base/banned.h"

#define MAX_DISPUTES_PER_KIND 8

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

/*
 * Does side `l` give, under its latest total, a part of armed men given
 * within it ("five killed, including the bomber", "بينهم الانتحاري")
 * without which the total is side `s`'s exact count?  Then the two count
 * the same dead, one with the attacker or the fighters, one without: 5 =
 * 4 + 1, no rivals.
 */
static int total_less_armed_part(const struct rasd_incidents *inc, const struct side *l,
				 const struct side *s)
{
	size_t i, k;

	if (l->e->qualifier != RASD_EVQ_EXACT || s->e->qualifier != RASD_EVQ_EXACT ||
	    l->e->value <= s->e->value)
		return 0;
	for (i = 0; i < l->n; i++) {
		const struct rasdp_account *a = l->acc[i];

		for (k = 0; k < a->nparts; k++) {
			const struct rasdp_entry *p = &a->parts[k];
			const struct rasd_ev_claim *c = &inc->claims[p->claims[0]];

			if (p->of == a->nhist - 1 && c->subset && p->qualifier == RASD_EVQ_EXACT &&
			    rasdp_group_armed(inc, c->group) && l->e->value - p->value == s->e->value)
				return 1;
		}
	}
	return 0;
}

/* Totals: pairs of sides of the sources' latest totals of one kind. */
static int total_disputes(struct rasd_incidents *inc, struct rasdp_incident *x,
			  const struct rasdp_accounts *A, unsigned kind, unsigned *per_kind)
{
	struct rasd_buf b = RASD_BUF_INIT;
	/* 5 KiB; latest_sides() clears each side it starts (zeroing all 32 on
	 * the heap was most of the instructions of reconciling an incident) */
	struct side sides[MAX_SIDES];
	size_t i, j, ns = 0;
	int rc;

	rc = latest_sides(A, kind, sides, &ns);
	for (i = 0; i < ns && !rc; i++)
		for (j = i + 1; j < ns && !rc; j++) {
			struct rasd_dispute_ref *refs;
			size_t nrefs;
			char fa[48], fg[48];
			struct fig a, g;

			if (total_less_armed_part(inc, &sides[i], &sides[j]) ||
			    total_less_armed_part(inc, &sides[j], &sides[i]))
				continue;
			side_fig(&sides[i], kind, &a);
			side_fig(&sides[j], kind, &g);
			a.minor = i > 0;
			g.minor = 1;
			if (!rasdp_disagree(inc, rasdp_ev_kind_name(kind), &a, &g, &rc) ||
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
int rasdp_figure_disputes(struct rasd_incidents *inc, struct rasdp_incident *x,
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
			if (!rasdp_disagree(inc, rasdp_ev_kind_name(a->kind), &fa_, &fg_, &rc) ||
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

/* Is source key `key` the own voice of the outlet of a report of `x`? */
static int outlet_voice(const struct rasd_incidents *inc, const struct rasdp_incident *x,
			uint32_t key)
{
	size_t i;

	for (i = 0; i < x->nev; i++)
		if (inc->docs[inc->evs[x->evs[i]].doc].outlet_key == key)
			return 1;
	return 0;
}

/*
 * A denial is an actor's or a source's: an outlet reporting in its own
 * voice that an actor did not take part ("the opposition forces freed 150
 * civilians", "the militants do not cooperate with others") tells what
 * the actor did not do elsewhere, or its sources' account in its words,
 * and stands against no source.  Its denials leave the rows.
 */
static void drop_outlet_denials(const struct rasd_incidents *inc, const struct rasdp_incident *x,
				struct rasdp_partrow *rows, size_t nrows)
{
	size_t i, j, n;

	for (i = 0; i < nrows; i++) {
		struct rasdp_partrow *r = &rows[i];

		for (j = n = 0; j < r->n[RASDP_PART_DENIED]; j++) {
			if (outlet_voice(inc, x, r->keys[RASDP_PART_DENIED][j]))
				continue;
			r->keys[RASDP_PART_DENIED][n] = r->keys[RASDP_PART_DENIED][j];
			r->names[RASDP_PART_DENIED][n++] = r->names[RASDP_PART_DENIED][j];
		}
		r->n[RASDP_PART_DENIED] = n;
	}
}

/*
 * Does a source that denies row `r`'s actor took part (and does not assert
 * it) assert another actor's part: the row of that actor, or NULL?  The
 * denier's own account of who did it ("denied the strike, blaming a
 * rocket fired by Y").
 */
static const struct rasdp_partrow *denier_blames(const struct rasdp_partrow *rows, size_t nrows,
						 const struct rasdp_partrow *r, uint32_t *key)
{
	size_t i, j;

	for (j = 0; j < r->n[RASDP_PART_DENIED]; j++) {
		uint32_t k = r->keys[RASDP_PART_DENIED][j];

		if (row_has(r, RASDP_PART_ASSERTED, k))
			continue;
		for (i = 0; i < nrows; i++)
			if (&rows[i] != r && row_has(&rows[i], RASDP_PART_ASSERTED, k)) {
				*key = r->names[RASDP_PART_DENIED][j];
				return &rows[i];
			}
	}
	return NULL;
}

/*
 * A perpetrator in dispute: one source says actor A did it, A's side
 * denies it and names another, B ("an Israeli air strike (the health
 * ministry) vs a failed rocket of Islamic Jihad (the Israeli army)").  A
 * denial naming no one else disputes A's part only; in a battle each side
 * names the other and that is no dispute of who did it.  Once an incident.
 */
static int part_perpetrator(struct rasd_incidents *inc, struct rasdp_incident *x,
			    const struct rasdp_partrow *rows, size_t nrows)
{
	struct rasd_buf b = RASD_BUF_INIT;
	size_t i;
	int rc = 0;

	if (x->type && !strcmp(rasdp_incidents_str(inc, x->type), "Battles"))
		return 0;
	for (i = 0; i < nrows; i++) {
		const struct rasdp_partrow *r = &rows[i], *o;
		uint32_t denier;

		if (!rows_differ(r, RASDP_PART_ASSERTED, RASDP_PART_DENIED) ||
		    !(o = denier_blames(rows, nrows, r, &denier)))
			continue;
		rasd_buf_addf(&b, "%s (", rasdp_actor_name(inc, r->actor));
		add_names(&b, inc, r->names[RASDP_PART_ASSERTED], r->n[RASDP_PART_ASSERTED]);
		rasd_buf_addf(&b, ") vs %s (", rasdp_actor_name(inc, o->actor));
		add_names(&b, inc, &denier, 1);
		rasd_buf_adds(&b, ")");
		rc = push_dispute(inc, x, "perpetrator", &b, NULL, 0, UINT32_MAX, UINT32_MAX);
		break;
	}
	rasd_buf_release(&b);
	return rc;
}

/*
 * Participation disputes: one source says an actor took part and another
 * that it did not ("Russian forces: took part (TASS) vs did not (local
 * sources)"), or that its part was only a limited one ("Syrian government
 * forces: took part (Ministry of Information) vs only a limited part
 * (outlet)").
 */
int rasdp_part_disputes(struct rasd_incidents *inc, struct rasdp_incident *x)
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
	drop_outlet_denials(inc, x, rows, nrows);
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
	if (!rc)
		rc = part_perpetrator(inc, x, rows, nrows);
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

		if (!same(e, o) || n >= 16 || !rasdp_add_unique(seen, &n, dup))
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
int rasdp_event_disputes(struct rasd_incidents *inc, struct rasdp_incident *x)
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
