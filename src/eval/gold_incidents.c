/*
 * gold_incidents.c - what is scored across reports: every extraction
 * clustered into incidents, B-cubed of each report's incident against
 * the gold incident key, and gold disputes recalled by an incident (or
 * the report alone) with a dispute on the same attribute and subject.
 */
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/jsonr.h"
#include "base/jsonw.h"
#include "doc.h"
#include "eval/eval.h"
#include "eval/gold_int.h"
#include "extract/engine.h"
#include "extract/extract.h"
#include "incident/incident.h"
#include "io/extraction.h"
#include "lexicon/lexicon.h"
#include "model/model.h"

#include "base/banned.h"

/* ---- incidents and disputes ------------------------------------------- */

static const char *actor_lookup(void *ctx, const char *text, size_t len, const char **name)
{
	const struct rasd_lexicon *lx = ctx;
	int32_t i;

	if (!lx)
		return NULL;
	i = rasdp_lex_lookup(lx, RASD_LEX_ACTOR, text, len);
	if (i < 0)
		return NULL;
	if (name)
		*name = rasdp_lex_actor(lx, (size_t)i)->name_en;
	return rasdp_lex_actor(lx, (size_t)i)->id;
}

#define MAX_PDISP 256

/* Predicted disputes of some incidents, reduced for comparison. */
struct pdisp {
	struct rasdp_eval_dispute d[MAX_PDISP];
	size_t n;
};

/* Reduce a predicted dispute: its attribute, participation actor, figures. */
static void reduce_dispute(const struct rasd_incidents *inc, const struct rasd_dispute *x,
			   struct rasdp_eval_dispute *out)
{
	size_t i;

	memset(out, 0, sizeof(*out));
	out->attribute = x->attribute;
	out->detail = x->detail;
	for (i = 0; i < x->nrefs; i++) {
		if (x->refs[i].is_part) {
			const struct rasd_ev_part *pt = rasdp_incidents_part(inc, x->refs[i].idx);

			if (pt && !out->actor)
				out->actor = rasdp_incidents_actor_id(inc, pt->actor);
		} else {
			rasdp_eval_dispute_add_claim(out, rasdp_incidents_claim(inc, x->refs[i].idx));
		}
	}
}

static void add_incident(const struct rasd_incidents *inc, long cl, struct pdisp *ps)
{
	const struct rasd_dispute *d;
	size_t n = 0, i;

	if (cl < 0)
		return;
	d = rasdp_incidents_disputes(inc, (size_t)cl, &n);
	for (i = 0; d && i < n && ps->n < MAX_PDISP; i++)
		reduce_dispute(inc, &d[i], &ps->d[ps->n++]);
}

/*
 * Disputes reachable from report `p`: into `reach` those of the incidents
 * holding its events in `inc` and those of the report reconciled alone;
 * into `own` those of the report alone (what the text itself says).  The
 * strings stay valid while `*alone` lives; the caller frees it.
 */
static int doc_disputes(const struct rasdp_eval *ev, const struct rasd_incidents *inc,
			const struct pdoc *p, struct rasd_incidents **alone, struct pdisp *reach,
			struct pdisp *own)
{
	long di = rasdp_incidents_find_doc(inc, p->id);
	size_t ne = p->x.nevents, n, i;
	int rc;

	reach->n = own->n = 0;
	for (i = 0; di >= 0 && i < ne; i++)
		add_incident(inc, rasdp_incidents_cluster_of(inc, (size_t)di, i), reach);
	*alone = rasdp_incidents_new();
	if (!*alone)
		return RASD_ENOMEM;
	rasdp_incidents_set_link(*alone, link_model(ev));
	rasdp_incidents_set_disagree(*alone, disagree_model(ev));
	rc = rasdp_incidents_add_extraction(*alone, &p->x, p->text, NULL);
	if (!rc)
		rc = rasdp_incidents_cluster(*alone, 0);
	if (rc)
		return rc;
	n = rasdp_incidents_count(*alone);
	for (i = 0; i < n; i++) {
		add_incident(*alone, (long)i, own);
		add_incident(*alone, (long)i, reach);
	}
	return 0;
}

/*
 * Score the disputes of one report: recall of its gold disputes among the
 * disputes reachable from it, precision of the disputes of the report alone
 * against its gold disputes (none in gold: every one is extra).
 */
int rasdp_gold_score_disputes(struct rasdp_eval *ev, const struct rasd_incidents *inc,
			      const char *id, struct json_object *gd, const struct pdoc *p,
			      struct rasdp_eval_scores *s, struct misses *m)
{
	struct rasdp_eval_dispute g[64];
	struct pdisp *ps = calloc(2, sizeof(*ps));
	struct rasd_incidents *alone = NULL;
	size_t ng = rasdp_json_len(gd), i, j;
	int rc = 0;

	if (!ps)
		return RASD_ENOMEM;
	if (ng > 64)
		ng = 64;
	for (i = 0; i < ng; i++)
		rasdp_eval_gold_dispute(rasdp_json_at(gd, i), actor_lookup, (void *)ev->lx, &g[i]);
	if (p)
		rc = doc_disputes(ev, inc, p, &alone, &ps[0], &ps[1]);
	for (i = 0; !rc && i < ng; i++) {
		s->disputes.den++;
		for (j = 0; j < ps[0].n && !rasdp_eval_dispute_match(&g[i], &ps[0].d[j]); j++)
			;
		if (j < ps[0].n) {
			s->disputes.num++;
		} else {
			struct rasd_buf line = RASD_BUF_INIT;

			rasd_buf_addf(&line, "%s: %s", g[i].attribute,
				      g[i].detail ? g[i].detail : "");
			rasdp_gold_miss(m, id, "missed dispute", &line);
			rasd_buf_release(&line);
		}
	}
	for (j = 0; !rc && j < ps[1].n; j++) {
		s->dispute_precision.den++;
		for (i = 0; i < ng && !rasdp_eval_dispute_match(&g[i], &ps[1].d[j]); i++)
			;
		if (i < ng) {
			s->dispute_precision.num++;
		} else {
			struct rasd_buf line = RASD_BUF_INIT;

			rasd_buf_addf(&line, "%s: %s", ps[1].d[j].attribute,
				      ps[1].d[j].detail ? ps[1].d[j].detail : "");
			rasdp_gold_miss(m, id, "extra dispute", &line);
			rasd_buf_release(&line);
		}
	}
	rasdp_incidents_free(alone);
	free(ps);
	return rc;
}

int rasdp_eval_incidents(struct rasdp_eval *ev, const struct rasd_model *link,
			 struct rasd_incidents **out)
{
	struct rasd_incidents *inc = rasdp_incidents_new();
	size_t i;
	int rc = 0;

	*out = NULL;
	if (!inc)
		return RASD_ENOMEM;
	rasdp_incidents_set_link(inc, link);
	rasdp_incidents_set_disagree(inc, disagree_model(ev));
	for (i = 0; i < ev->ndocs && !rc; i++)
		rc = rasdp_incidents_add_extraction(inc, &ev->docs[i].x, ev->docs[i].text, NULL);
	if (rc) {
		rasdp_incidents_free(inc);
		return rc;
	}
	*out = inc;
	return 0;
}

/*
 * B-cubed over the reports that have a gold incident; each report's own
 * precision and recall go into rec[i] (inc_psum, inc_rsum, inc_docs = 1),
 * so that the overall figure and every slice are averages of the same
 * per-report values.
 */
int rasdp_gold_score_incidents(struct rasdp_eval *ev, struct rasd_incidents *inc,
			       struct rasdp_eval_scores *rec)
{
	long *gl = calloc(ev->ngold + 1, sizeof(long)), *pl = calloc(ev->ngold + 1, sizeof(long));
	size_t *which = calloc(ev->ngold + 1, sizeof(size_t));
	double *pi = calloc(2 * ev->ngold + 1, sizeof(double));
	const char **keys = calloc(ev->ngold + 1, sizeof(char *));
	size_t i, n = 0, nkeys = 0, k;
	int rc = RASD_ENOMEM;

	if (!gl || !pl || !keys || !which || !pi)
		goto out;
	for (i = 0; i < ev->ngold; i++) {
		const char *key = rasdp_json_str(ev->gold[i], "incident");
		const struct pdoc *p;
		long cl = -1, di;

		if (!key)
			continue;
		for (k = 0; k < nkeys && strcmp(keys[k], key); k++)
			;
		if (k == nkeys)
			keys[nkeys++] = key;
		gl[n] = (long)k;
		p = rasdp_gold_find_pdoc(ev, rasdp_json_str(ev->gold[i], "id"));
		if (p && p->x.nevents) {
			di = rasdp_incidents_find_doc(inc, p->id);
			if (di >= 0)
				cl = rasdp_incidents_cluster_of(inc, (size_t)di, 0);
		}
		/* no extraction, or no event: a cluster of its own */
		pl[n] = cl >= 0 ? cl : -(long)i - 1;
		which[n++] = i;
	}
	rc = rasdp_bcubed_items(gl, pl, n, pi, pi + n);
	for (k = 0; !rc && k < n; k++) {
		rec[which[k]].inc_docs = 1;
		rec[which[k]].inc_psum = pi[k];
		rec[which[k]].inc_rsum = pi[n + k];
	}
out:
	free(gl);
	free(pl);
	free(keys);
	free(which);
	free(pi);
	return rc;
}
