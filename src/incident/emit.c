/*
 * emit.c - incidents as JSON (docs/FORMAT.md, "rasd incidents") and as a
 * readable text table.
 *
 * Both outputs are built from the reconciled incidents and the value
 * groups of their claims, so the JSON and the table always say the same
 * thing.  Incidents are named by rasdp_incidents_id(): inc-1, inc-2 ... in
 * the order of their first event in the input, or by their first member
 * for a store.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/jsonw.h"
#include "incident/incident_int.h"

#include "base/banned.h"

static void str_or_null(struct rasd_jsonw *w, const struct rasd_incidents *inc, uint32_t id)
{
	if (id)
		rasd_jsonw_str(w, rasdp_incidents_str(inc, id));
	else
		rasd_jsonw_null(w);
}

static void day_or_null(struct rasd_jsonw *w, int64_t day)
{
	char buf[16];

	if (day == INT64_MIN || day == INT64_MAX) {
		rasd_jsonw_null(w);
		return;
	}
	rasdp_day_str(buf, sizeof(buf), day);
	rasd_jsonw_str(w, buf);
}

static void place_json(struct rasd_jsonw *w, const struct rasd_incidents *inc, uint32_t place)
{
	const struct rasdp_place *p;

	if (!place) {
		rasd_jsonw_null(w);
		return;
	}
	p = &inc->places[place - 1];
	rasd_jsonw_obj(w);
	rasd_jsonw_key(w, "id");
	str_or_null(w, inc, p->id);
	rasd_jsonw_key(w, "name");
	str_or_null(w, inc, p->name);
	if (p->name_ar) {
		rasd_jsonw_key(w, "name_ar");
		str_or_null(w, inc, p->name_ar);
	}
	rasd_jsonw_key(w, "kind");
	str_or_null(w, inc, p->kind);
	rasd_jsonw_key(w, "admin1");
	str_or_null(w, inc, p->admin1);
	rasd_jsonw_key(w, "admin1_id");
	str_or_null(w, inc, p->admin1_id);
	rasd_jsonw_key(w, "admin2");
	str_or_null(w, inc, p->admin2);
	rasd_jsonw_key(w, "lat");
	if (p->has_ll)
		rasd_jsonw_num(w, p->lat);
	else
		rasd_jsonw_null(w);
	rasd_jsonw_key(w, "lon");
	if (p->has_ll)
		rasd_jsonw_num(w, p->lon);
	else
		rasd_jsonw_null(w);
	rasd_jsonw_key(w, "geo_precision");
	rasd_jsonw_int(w, p->geo_precision);
	rasd_jsonw_obj_end(w);
}

static const char *doc_name(const struct rasd_incidents *inc, uint32_t doc)
{
	return rasdp_incidents_str(inc, inc->docs[doc].id);
}

/* Actors of the incident with the number of events naming each. */
static void actors_json(struct rasd_jsonw *w, const struct rasd_incidents *inc,
			const struct rasdp_incident *x)
{
	size_t i, j;
	int k;

	rasd_jsonw_arr(w);
	for (i = 0; i < x->nev; i++) {
		const struct rasd_ev *e = &inc->evs[x->evs[i]];

		for (k = 0; k < e->nactors; k++) {
			uint32_t a = e->actors[k];
			size_t count = 0, seen = 0;

			for (j = 0; j < x->nev && !seen; j++) {
				const struct rasd_ev *o = &inc->evs[x->evs[j]];
				int l;

				for (l = 0; l < o->nactors; l++)
					if (o->actors[l] == a && (j < i || (j == i && l < k)))
						seen = 1;
			}
			if (seen)
				continue;
			for (j = 0; j < x->nev; j++) {
				const struct rasd_ev *o = &inc->evs[x->evs[j]];
				int l;

				for (l = 0; l < o->nactors; l++)
					count += o->actors[l] == a;
			}
			rasd_jsonw_obj(w);
			rasd_jsonw_key(w, "id");
			rasd_jsonw_str(w, rasdp_incidents_str(inc, inc->actors[a - 1].id));
			rasd_jsonw_key(w, "name");
			rasd_jsonw_str(w, rasdp_actor_name(inc, a));
			rasd_jsonw_key(w, "count");
			rasd_jsonw_int(w, (int64_t)count);
			rasd_jsonw_obj_end(w);
		}
	}
	rasd_jsonw_arr_end(w);
}

static void claim_ref_json(struct rasd_jsonw *w, const struct rasd_incidents *inc,
			   const struct rasd_dispute_ref *r)
{
	const struct rasd_ev *e;
	uint32_t key, name;

	rasd_jsonw_obj(w);
	if (r->is_part) {
		const struct rasd_ev_part *p = &inc->parts[r->idx];

		e = &inc->evs[p->ev];
		rasd_jsonw_key(w, "doc");
		rasd_jsonw_str(w, doc_name(inc, e->doc));
		rasd_jsonw_key(w, "n");
		rasd_jsonw_int(w, e->n);
		rasd_jsonw_key(w, "actor");
		rasd_jsonw_str(w, rasdp_incidents_str(inc, inc->actors[p->actor - 1].id));
		rasd_jsonw_key(w, "denied");
		rasd_jsonw_bool(w, p->denied);
		rasdp_eff_source(inc, p->ev, p->source, p->source_name, &key, &name);
	} else {
		const struct rasd_ev_claim *c = &inc->claims[r->idx];

		e = &inc->evs[c->ev];
		rasd_jsonw_key(w, "doc");
		rasd_jsonw_str(w, doc_name(inc, e->doc));
		rasd_jsonw_key(w, "n");
		rasd_jsonw_int(w, e->n);
		rasd_jsonw_key(w, "kind");
		rasd_jsonw_str(w, rasdp_ev_kind_name(c->kind));
		rasd_jsonw_key(w, "value");
		rasd_jsonw_int(w, c->value);
		rasd_jsonw_key(w, "qualifier");
		rasd_jsonw_str(w, rasdp_ev_qual_name(c->qualifier));
		rasd_jsonw_key(w, "denied");
		rasd_jsonw_bool(w, c->denied);
		rasdp_eff_source(inc, c->ev, c->source, c->source_name, &key, &name);
	}
	rasd_jsonw_key(w, "source");
	rasd_jsonw_str(w, rasdp_incidents_str(inc, name));
	rasd_jsonw_obj_end(w);
}

#define MAX_PART_ROWS 32
/* Is any claim of entry `e` one a dispute involves? */
static int entry_disputed(const struct rasdp_incident *x, const struct rasdp_entry *e);

/* One figure of an account: the figure, and every claim that gives it. */
static void entry_json(struct rasd_jsonw *w, const struct rasd_incidents *inc,
		       const struct rasdp_entry *e)
{
	size_t i;

	rasd_jsonw_obj(w);
	rasd_jsonw_key(w, "value");
	rasd_jsonw_int(w, e->value);
	if (e->value_hi != e->value) {
		rasd_jsonw_key(w, "value_hi");
		rasd_jsonw_int(w, e->value_hi);
	}
	rasd_jsonw_key(w, "qualifier");
	rasd_jsonw_str(w, rasdp_ev_qual_name(e->qualifier));
	rasd_jsonw_key(w, "who");
	str_or_null(w, inc, e->who);
	if (!e->part && !e->denied) {
		rasd_jsonw_key(w, "day");
		day_or_null(w, e->day);
	}
	rasd_jsonw_key(w, "reports");
	rasd_jsonw_int(w, (int64_t)e->nreports);
	rasd_jsonw_key(w, "claims");
	rasd_jsonw_arr(w);
	for (i = 0; i < e->nclaims; i++) {
		const struct rasd_ev_claim *c = &inc->claims[e->claims[i]];
		const struct rasd_ev *ev = &inc->evs[c->ev];

		rasd_jsonw_obj(w);
		rasd_jsonw_key(w, "doc");
		rasd_jsonw_str(w, doc_name(inc, ev->doc));
		rasd_jsonw_key(w, "n");
		rasd_jsonw_int(w, ev->n);
		rasd_jsonw_key(w, "c");
		rasd_jsonw_int(w, c->ci);
		if (inc->docs[ev->doc].dup_of != ev->doc) {
			rasd_jsonw_key(w, "copy_of");
			rasd_jsonw_str(w, doc_name(inc, inc->docs[ev->doc].dup_of));
		}
		rasd_jsonw_obj_end(w);
	}
	rasd_jsonw_arr_end(w);
	rasd_jsonw_obj_end(w);
}

/*
 * "accounts": per kind, one object per source: its latest total, its
 * totals in report order, the breakdowns under them and its denials
 * (accounts.c).
 */
static void accounts_json(struct rasd_jsonw *w, const struct rasd_incidents *inc,
			  const struct rasdp_incident *x, const struct rasdp_accounts *A)
{
	size_t i, j, k;

	rasd_jsonw_obj(w);
	for (i = 0; i < A->n; i = j) {
		rasd_jsonw_key(w, rasdp_ev_kind_name(A->a[i].kind));
		rasd_jsonw_arr(w);
		for (j = i; j < A->n && A->a[j].kind == A->a[i].kind; j++) {
			const struct rasdp_account *a = &A->a[j];
			const struct rasdp_entry *l = rasdp_account_latest(a);
			int disputed = 0;

			rasd_jsonw_obj(w);
			rasd_jsonw_key(w, "source");
			rasd_jsonw_str(w, rasdp_incidents_str(inc, a->name));
			rasd_jsonw_key(w, "reports");
			rasd_jsonw_int(w, (int64_t)a->nreports);
			rasd_jsonw_key(w, "latest");
			if (l)
				entry_json(w, inc, l);
			else
				rasd_jsonw_null(w);
			rasd_jsonw_key(w, "superseded");
			rasd_jsonw_bool(w, rasdp_account_superseded(A, a));
			rasd_jsonw_key(w, "history");
			rasd_jsonw_arr(w);
			for (k = 0; k < a->nhist; k++) {
				disputed |= entry_disputed(x, &a->hist[k]);
				entry_json(w, inc, &a->hist[k]);
			}
			rasd_jsonw_arr_end(w);
			rasd_jsonw_key(w, "breakdown");
			rasd_jsonw_arr(w);
			for (k = 0; k < a->nparts; k++) {
				disputed |= entry_disputed(x, &a->parts[k]);
				rasd_jsonw_obj(w);
				rasd_jsonw_key(w, "of");
				if (a->parts[k].of != UINT32_MAX)
					rasd_jsonw_int(w, a->parts[k].of);
				else
					rasd_jsonw_null(w);
				rasd_jsonw_key(w, "figure");
				entry_json(w, inc, &a->parts[k]);
				rasd_jsonw_obj_end(w);
			}
			rasd_jsonw_arr_end(w);
			rasd_jsonw_key(w, "denied");
			rasd_jsonw_arr(w);
			for (k = 0; k < a->ndenials; k++) {
				disputed |= entry_disputed(x, &a->denials[k]);
				entry_json(w, inc, &a->denials[k]);
			}
			rasd_jsonw_arr_end(w);
			rasd_jsonw_key(w, "disputed");
			rasd_jsonw_bool(w, disputed);
			rasd_jsonw_obj_end(w);
		}
		rasd_jsonw_arr_end(w);
	}
	rasd_jsonw_obj_end(w);
}


/* "events", "documents" (each once, in the events' order) and "duplicates". */
static void members_json(struct rasd_jsonw *w, const struct rasd_incidents *inc,
			 const struct rasdp_incident *x, uint32_t *docs)
{
	size_t j, k, ndocs = 0;

	rasd_jsonw_key(w, "events");
	rasd_jsonw_arr(w);
	for (j = 0; j < x->nev; j++) {
		const struct rasd_ev *e = &inc->evs[x->evs[j]];

		rasd_jsonw_obj(w);
		rasd_jsonw_key(w, "doc");
		rasd_jsonw_str(w, doc_name(inc, e->doc));
		rasd_jsonw_key(w, "n");
		rasd_jsonw_int(w, e->n);
		rasd_jsonw_key(w, "outlet");
		str_or_null(w, inc, inc->docs[e->doc].outlet);
		rasd_jsonw_obj_end(w);
		for (k = 0; k < ndocs && docs[k] != e->doc; k++)
			;
		if (k == ndocs)
			docs[ndocs++] = e->doc;
	}
	rasd_jsonw_arr_end(w);
	rasd_jsonw_key(w, "documents");
	rasd_jsonw_arr(w);
	for (j = 0; j < ndocs; j++)
		rasd_jsonw_str(w, doc_name(inc, docs[j]));
	rasd_jsonw_arr_end(w);
	rasd_jsonw_key(w, "duplicates");
	rasd_jsonw_arr(w);
	for (j = 0; j < ndocs; j++) {
		uint32_t o = inc->docs[docs[j]].dup_of;

		if (o == docs[j])
			continue;
		rasd_jsonw_arr(w);
		rasd_jsonw_str(w, doc_name(inc, docs[j]));
		rasd_jsonw_str(w, doc_name(inc, o));
		rasd_jsonw_arr_end(w);
	}
	rasd_jsonw_arr_end(w);
}

/* "claims": the value groups, kind by kind. */
static void groups_json(struct rasd_jsonw *w, const struct rasd_incidents *inc,
			const struct rasdp_vgroups *vg)
{
	size_t j, k, l;

	rasd_jsonw_key(w, "claims");
	rasd_jsonw_obj(w);
	for (j = 0; j < vg->n; j = k) {
		rasd_jsonw_key(w, rasdp_ev_kind_name(vg->g[j].kind));
		rasd_jsonw_arr(w);
		for (k = j; k < vg->n && vg->g[k].kind == vg->g[j].kind; k++) {
			const struct rasdp_vgroup *g = &vg->g[k];

			rasd_jsonw_obj(w);
			rasd_jsonw_key(w, "value");
			rasd_jsonw_int(w, g->value);
			if (g->value_hi != g->value) {
				rasd_jsonw_key(w, "value_hi");
				rasd_jsonw_int(w, g->value_hi);
			}
			rasd_jsonw_key(w, "qualifier");
			rasd_jsonw_str(w, rasdp_ev_qual_name(g->qualifier));
			rasd_jsonw_key(w, "who");
			str_or_null(w, inc, g->who);
			rasd_jsonw_key(w, "denied");
			rasd_jsonw_bool(w, g->denied);
			rasd_jsonw_key(w, "sources");
			rasd_jsonw_arr(w);
			for (l = 0; l < g->nsources; l++)
				rasd_jsonw_str(w, rasdp_incidents_str(inc, g->names[l]));
			rasd_jsonw_arr_end(w);
			rasd_jsonw_key(w, "docs");
			rasd_jsonw_arr(w);
			for (l = 0; l < g->ndocs; l++)
				rasd_jsonw_str(w, doc_name(inc, g->docs[l]));
			rasd_jsonw_arr_end(w);
			rasd_jsonw_obj_end(w);
		}
		rasd_jsonw_arr_end(w);
	}
	rasd_jsonw_obj_end(w);
}

/* "participation": per actor, who asserts, denies or limits its part. */
static void participation_json(struct rasd_jsonw *w, const struct rasd_incidents *inc,
			       const struct rasdp_incident *x)
{
	struct rasdp_partrow rows[MAX_PART_ROWS];
	size_t j, k, l, nrows;

	rasd_jsonw_key(w, "participation");
	rasd_jsonw_arr(w);
	nrows = rasdp_part_rows(inc, x, rows, MAX_PART_ROWS);
	for (j = 0; j < nrows; j++) {
		rasd_jsonw_obj(w);
		rasd_jsonw_key(w, "actor");
		rasd_jsonw_str(w, rasdp_incidents_str(inc, inc->actors[rows[j].actor - 1].id));
		rasd_jsonw_key(w, "name");
		rasd_jsonw_str(w, rasdp_actor_name(inc, rows[j].actor));
		for (l = 0; l < RASDP_PART__COUNT; l++) {
			static const char *const keys[RASDP_PART__COUNT] = {
				"asserted_by", "denied_by", "limited_by"
			};

			rasd_jsonw_key(w, keys[l]);
			rasd_jsonw_arr(w);
			for (k = 0; k < rows[j].n[l]; k++)
				rasd_jsonw_str(w, rasdp_incidents_str(inc, rows[j].names[l][k]));
			rasd_jsonw_arr_end(w);
		}
		rasd_jsonw_obj_end(w);
	}
	rasd_jsonw_arr_end(w);
}

/* "fatalities" (UCDP low, best, high and ACLED's figure) and "disputes". */
static void outcome_json(struct rasd_jsonw *w, const struct rasd_incidents *inc,
			 const struct rasdp_incident *x)
{
	size_t j, k;

	rasd_jsonw_key(w, "fatalities");
	if (x->has_fat) {
		rasd_jsonw_obj(w);
		rasd_jsonw_key(w, "low");
		rasd_jsonw_int(w, x->fat.low);
		rasd_jsonw_key(w, "best");
		rasd_jsonw_int(w, x->fat.best);
		rasd_jsonw_key(w, "high");
		rasd_jsonw_int(w, x->fat.high);
		rasd_jsonw_key(w, "acled");
		rasd_jsonw_int(w, x->fat.acled);
		rasd_jsonw_obj_end(w);
	} else {
		rasd_jsonw_null(w);
	}

	rasd_jsonw_key(w, "disputes");
	rasd_jsonw_arr(w);
	for (j = 0; j < x->disputes.n; j++) {
		const struct rasd_dispute *d = &x->disputes.d[j];

		rasd_jsonw_obj(w);
		rasd_jsonw_key(w, "attribute");
		rasd_jsonw_str(w, d->attribute);
		rasd_jsonw_key(w, "detail");
		rasd_jsonw_str(w, d->detail);
		rasd_jsonw_key(w, "claims");
		rasd_jsonw_arr(w);
		for (k = 0; k < d->nrefs; k++)
			claim_ref_json(w, inc, &d->refs[k]);
		rasd_jsonw_arr_end(w);
		if (d->ev_a != UINT32_MAX) {
			rasd_jsonw_key(w, "events");
			rasd_jsonw_arr(w);
			rasd_jsonw_obj(w);
			rasd_jsonw_key(w, "doc");
			rasd_jsonw_str(w, doc_name(inc, inc->evs[d->ev_a].doc));
			rasd_jsonw_key(w, "n");
			rasd_jsonw_int(w, inc->evs[d->ev_a].n);
			rasd_jsonw_obj_end(w);
			rasd_jsonw_obj(w);
			rasd_jsonw_key(w, "doc");
			rasd_jsonw_str(w, doc_name(inc, inc->evs[d->ev_b].doc));
			rasd_jsonw_key(w, "n");
			rasd_jsonw_int(w, inc->evs[d->ev_b].n);
			rasd_jsonw_obj_end(w);
			rasd_jsonw_arr_end(w);
		}
		rasd_jsonw_obj_end(w);
	}
	rasd_jsonw_arr_end(w);
}

int rasdp_incident_json(struct rasd_jsonw *w, const struct rasd_incidents *inc, size_t i)
{
	const struct rasdp_incident *x = &inc->incs[i];
	struct rasdp_vgroups v;
	struct rasdp_accounts A;
	uint32_t *docs;
	int rc = rasdp_value_groups(inc, x, &v);

	if (rc)
		return rc;
	rc = rasdp_accounts_build(inc, x, &A);
	docs = rc ? NULL : malloc(x->nev * sizeof(*docs));
	if (!docs) {
		rasdp_accounts_release(&A);
		rasdp_value_groups_release(&v);
		return RASD_ENOMEM;
	}
	rasd_jsonw_obj(w);
	rasd_jsonw_key(w, "id");
	{
		char id[RASD_INC_ID_MAX];

		rasdp_incidents_id(inc, i, id);
		rasd_jsonw_str(w, id);
	}
	rasd_jsonw_key(w, "event_type");
	str_or_null(w, inc, x->type);
	rasd_jsonw_key(w, "sub_event_type");
	str_or_null(w, inc, x->sub_type);
	rasd_jsonw_key(w, "date");
	day_or_null(w, x->day_first);
	rasd_jsonw_key(w, "date_last");
	day_or_null(w, x->precision ? x->day_last : INT64_MAX);
	rasd_jsonw_key(w, "date_precision");
	rasd_jsonw_str(w, rasdp_ev_prec_name(x->precision));
	rasd_jsonw_key(w, "place");
	place_json(w, inc, x->place);
	rasd_jsonw_key(w, "admin1");
	if (x->place)
		str_or_null(w, inc, inc->places[x->place - 1].admin1);
	else
		rasd_jsonw_null(w);
	rasd_jsonw_key(w, "actors");
	actors_json(w, inc, x);

	members_json(w, inc, x, docs);
	groups_json(w, inc, &v);
	rasd_jsonw_key(w, "accounts");
	accounts_json(w, inc, x, &A);

	participation_json(w, inc, x);
	outcome_json(w, inc, x);
	rasd_jsonw_obj_end(w);
	free(docs);
	rasdp_accounts_release(&A);
	rasdp_value_groups_release(&v);
	return 0;
}

int rasdp_incidents_to_json(const struct rasd_incidents *inc, int singletons,
			    char **out, size_t *out_len)
{
	struct rasd_buf b = RASD_BUF_INIT;
	struct rasd_jsonw w;
	size_t i;
	int rc = 0;

	if (!inc->clustered)
		return RASD_EINVAL;
	rasd_jsonw_init(&w, &b);
	rasd_jsonw_obj(&w);
	rasd_jsonw_key(&w, "incidents");
	rasd_jsonw_arr(&w);
	for (i = 0; i < inc->nincs && !rc; i++)
		if (singletons || inc->incs[i].nev > 1)
			rc = rasdp_incident_json(&w, inc, i);
	rasd_jsonw_arr_end(&w);
	rasd_jsonw_obj_end(&w);
	if (!rc)
		rc = w.err;
	if (!rc)
		rc = rasd_buf_addch(&b, '\n');
	if (rc) {
		rasd_buf_release(&b);
		return rc;
	}
	*out = rasd_buf_detach(&b, out_len);
	return *out ? 0 : RASD_ENOMEM;
}

/* ---- text ------------------------------------------------------------- */

static void row(struct rasd_buf *b, const char *attr, const char *value,
		const char *sources, int dispute)
{
	rasd_buf_addf(b, "  %-14s %-22s %-40s %s\n", attr, value, sources, dispute ? "DISPUTED" : "");
}

/* Is claim (or participation) `idx` one of those a dispute involves? */
static int ref_disputed(const struct rasdp_incident *x, int is_part, uint32_t idx)
{
	size_t i, j;

	for (i = 0; i < x->disputes.n; i++)
		for (j = 0; j < x->disputes.d[i].nrefs; j++)
			if (x->disputes.d[i].refs[j].is_part == is_part &&
			    x->disputes.d[i].refs[j].idx == idx)
				return 1;
	return 0;
}

static int entry_disputed(const struct rasdp_incident *x, const struct rasdp_entry *e)
{
	size_t i;

	for (i = 0; i < e->nclaims; i++)
		if (ref_disputed(x, 0, e->claims[i]))
			return 1;
	return 0;
}

static int group_disputed(const struct rasdp_incident *x, const struct rasdp_vgroup *g)
{
	size_t i;

	for (i = 0; i < g->nclaims; i++)
		if (ref_disputed(x, 0, g->claims[i]))
			return 1;
	return 0;
}

static int actor_disputed(const struct rasd_incidents *inc, const struct rasdp_incident *x,
			  uint32_t actor)
{
	size_t i, j;

	for (i = 0; i < x->disputes.n; i++)
		for (j = 0; j < x->disputes.d[i].nrefs; j++)
			if (x->disputes.d[i].refs[j].is_part &&
			    inc->parts[x->disputes.d[i].refs[j].idx].actor == actor)
				return 1;
	return 0;
}

static int incident_text(struct rasd_buf *b, const struct rasd_incidents *inc, size_t i)
{
	const struct rasdp_incident *x = &inc->incs[i];
	struct rasdp_vgroups v;
	struct rasdp_partrow rows[MAX_PART_ROWS];
	struct rasd_buf s = RASD_BUF_INIT;
	struct rasdp_accounts A;
	char d1[16], d2[16], fig[64], id[RASD_INC_ID_MAX];
	size_t j, k, l, nrows, flen;
	int rc = rasdp_value_groups(inc, x, &v);

	if (rc)
		return rc;
	rc = rasdp_accounts_build(inc, x, &A);
	if (rc) {
		rasdp_value_groups_release(&v);
		return rc;
	}
	rasdp_day_str(d1, sizeof(d1), x->day_first);
	rasdp_day_str(d2, sizeof(d2), x->day_last);
	rasdp_incidents_id(inc, i, id);
	rasd_buf_addf(b, "%s  %s%s%s  ", id, d1,
		      x->precision > RASD_EVP_DAY ? ".." : "",
		      x->precision > RASD_EVP_DAY ? d2 : "");
	if (x->place) {
		const struct rasdp_place *p = &inc->places[x->place - 1];

		rasd_buf_addf(b, "%s", rasdp_incidents_str(inc, p->name ? p->name : p->id));
		if (p->admin1 && p->admin1 != p->name)
			rasd_buf_addf(b, " (%s)", rasdp_incidents_str(inc, p->admin1));
	} else {
		rasd_buf_adds(b, "?");
	}
	rasd_buf_addf(b, "  %s", x->type ? rasdp_incidents_str(inc, x->type) : "?");
	if (x->sub_type)
		rasd_buf_addf(b, " / %s", rasdp_incidents_str(inc, x->sub_type));
	rasd_buf_adds(b, "\n  documents: ");
	for (j = 0; j < x->nev; j++) {
		const struct rasd_ev *e = &inc->evs[x->evs[j]];
		uint32_t o = inc->docs[e->doc].dup_of;

		rasd_buf_addf(b, "%s%s#%u", j ? ", " : "", doc_name(inc, e->doc), e->n);
		if (o != e->doc)
			rasd_buf_addf(b, " (copy of %s)", doc_name(inc, o));
	}
	rasd_buf_adds(b, "\n");
	row(b, "attribute", "value", "sources", 0);
	for (j = 0; j < v.n; j++) {
		const struct rasdp_vgroup *g = &v.g[j];
		const struct rasd_ev_claim *c = &inc->claims[g->claims[0]];

		rasd_buf_reset(&s);
		for (k = 0; k < g->nsources; k++)
			rasd_buf_addf(&s, "%s%s", k ? ", " : "", rasdp_incidents_str(inc, g->names[k]));
		/* "not 20 members": the figure, then the group counted, cut to fit */
		flen = g->denied ? (size_t)snprintf(fig, sizeof(fig), "not ") : 0;
		rasdp_figure_str(fig + flen, sizeof(fig) - flen, c);
		if (g->who) {
			flen = strlen(fig);
			snprintf(fig + flen, sizeof(fig) - flen, " %s", rasdp_incidents_str(inc, g->who));
		}
		row(b, rasdp_ev_kind_name(g->kind), fig, s.buf, group_disputed(x, g));
	}
	/* a source's toll in report order, when it changed: "7 -> 78 -> 123" */
	for (j = 0; j < A.n; j++) {
		const struct rasdp_account *a = &A.a[j];

		if (a->nhist < 2)
			continue;
		rasd_buf_reset(&s);
		for (k = 0; k < a->nhist; k++) {
			rasdp_figure_str(fig, sizeof(fig), &inc->claims[a->hist[k].claims[0]]);
			rasd_buf_addf(&s, "%s%s", k ? " -> " : "", fig);
		}
		rasd_buf_addf(&s, "  %s (latest last)", rasdp_incidents_str(inc, a->name));
		rasd_buf_addf(b, "  %-14s %s\n", rasdp_ev_kind_name(a->kind), s.buf);
	}
	nrows = rasdp_part_rows(inc, x, rows, MAX_PART_ROWS);
	for (j = 0; j < nrows; j++) {
		rasd_buf_reset(&s);
		/* +took part; -did not; ~only a limited part */
		for (l = 0; l < RASDP_PART__COUNT; l++)
			for (k = 0; k < rows[j].n[l]; k++)
				rasd_buf_addf(&s, "%s%s", k ? ", " : s.len ? (l == 1 ? "; -" : "; ~") :
					      (l == 0 ? "+" : l == 1 ? "-" : "~"),
					      rasdp_incidents_str(inc, rows[j].names[l][k]));
		row(b, "participation", rasdp_actor_name(inc, rows[j].actor), s.buf,
		    actor_disputed(inc, x, rows[j].actor));
	}
	if (x->has_fat) {
		snprintf(fig, sizeof(fig), "%lld/%lld/%lld", (long long)x->fat.low,
			 (long long)x->fat.best, (long long)x->fat.high);
		rasd_buf_reset(&s);
		rasd_buf_addf(&s, "low/best/high; acled %lld", (long long)x->fat.acled);
		row(b, "fatalities", fig, s.buf, 0);
	}
	for (j = 0; j < x->disputes.n; j++)
		rasd_buf_addf(b, "  ! %s: %s\n", x->disputes.d[j].attribute, x->disputes.d[j].detail);
	rasd_buf_adds(b, "\n");
	/* the appends above are checked here, once (buf.h) */
	rc = s.err ? s.err : b->err;
	rasd_buf_release(&s);
	rasdp_accounts_release(&A);
	rasdp_value_groups_release(&v);
	return rc;
}

int rasdp_incidents_to_text(const struct rasd_incidents *inc, int singletons,
			    char **out, size_t *out_len)
{
	struct rasd_buf b = RASD_BUF_INIT;
	size_t i;
	int rc = 0;

	if (!inc->clustered)
		return RASD_EINVAL;
	for (i = 0; i < inc->nincs && !rc; i++)
		if (singletons || inc->incs[i].nev > 1)
			rc = incident_text(&b, inc, i);
	if (rc) {
		rasd_buf_release(&b);
		return rc;
	}
	/* no incident: an empty string, still the caller's to free */
	*out = rasd_buf_detach(&b, out_len);
	return *out ? 0 : RASD_ENOMEM;
}
