/*
 * gold.c - `rasd eval --gold`: the dev gold records against what rasd
 * extracts (the parsed JSON of rasd_doc_to_json, exactly what users get).
 *
 * Per report (matched by id):
 *   - claims: gold and predicted figures as multisets of (kind, value);
 *     qualifier and source are then checked on the matched pairs.  Gold
 *     source strings are resolved through the source lexicon.
 *   - events: a predicted event matches a gold one when their place or
 *     governorate agree and their days agree within one day (or neither is
 *     fixed to a day); pairs are chosen greedily, best agreement first,
 *     one to one.  Gold places are resolved through the place lexicon.
 * Across reports:
 *   - incidents: every extraction goes through the incident clustering;
 *     B-cubed compares each report's incident (that of its first event)
 *     with the gold incident key, over reports that have one;
 *   - disputes: a gold dispute is recalled when an incident holding the
 *     report's events, or the report reconciled alone, has a dispute on
 *     the same attribute and subject (the same actor; at least two of the
 *     gold figures - dispute.c); dispute precision is the share of the
 *     disputes of each report reconciled alone that match a gold dispute
 *     of that report;
 *   - false events: predicted events on reports whose gold has none.
 * Gold records without an extraction count as missed, never as skipped.
 *
 * The files: gold_place.c (gold names through the lexicon), gold_events.c,
 * gold_claims.c, gold_incidents.c (the scores), gold_print.c (misses, sums
 * and the report) and this one (the records read in, the hooks training
 * aligns through, and the run); gold_int.h is what they share.
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

void rasdp_eval_set_disagree(struct rasdp_eval *ev, const struct rasd_model *disagree)
{
	ev->disagree = disagree;
}

void rasdp_eval_set_link(struct rasdp_eval *ev, const struct rasd_model *link)
{
	ev->link = link;
}

struct rasdp_eval *rasdp_eval_new(const rasd_engine *e)
{
	struct rasdp_eval *ev = calloc(1, sizeof(*ev));

	if (!ev)
		return NULL;
	ev->e = e;
	ev->lx = e ? e->lx : NULL;
	return ev;
}

void rasdp_eval_set_engine(struct rasdp_eval *ev, const rasd_engine *e)
{
	ev->e = e;
	ev->lx = e ? e->lx : NULL;
}

const rasd_engine *rasdp_eval_engine(const struct rasdp_eval *ev)
{
	return ev->e;
}

void rasdp_eval_free(struct rasdp_eval *ev)
{
	size_t i;

	if (!ev)
		return;
	for (i = 0; i < ev->ngold; i++)
		json_object_put(ev->gold[i]);
	for (i = 0; i < ev->ndocs; i++) {
		rasdp_extraction_release(&ev->docs[i].x);
		free(ev->docs[i].text);
	}
	free(ev->gold);
	free(ev->docs);
	free(ev);
}

int rasdp_eval_add_gold(struct rasdp_eval *ev, struct json_object *gold, rasd_err *err)
{
	struct json_object *evs = rasdp_json_get(gold, "events");

	if (!rasdp_json_str(gold, "id"))
		return rasdp_err(err, RASD_EPARSE, -1, 0, "gold record without a string \"id\"");
	if (evs && !json_object_is_type(evs, json_type_array))
		return rasdp_err(err, RASD_EPARSE, -1, 0, "gold \"events\" is not an array");
	if (ev->ngold == ev->gold_alloc) {
		size_t n = ev->gold_alloc ? 2 * ev->gold_alloc : 64;
		struct json_object **g = realloc(ev->gold, n * sizeof(*g));

		if (!g)
			return rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
		ev->gold = g;
		ev->gold_alloc = n;
	}
	ev->gold[ev->ngold++] = json_object_get(gold);
	return 0;
}

int rasdp_eval_add_doc(struct rasdp_eval *ev, const char *json, size_t json_len,
		       const char *text, size_t len, rasd_err *err)
{
	struct pdoc *p;
	int rc;

	if (ev->ndocs == ev->docs_alloc) {
		size_t n = ev->docs_alloc ? 2 * ev->docs_alloc : 64;
		struct pdoc *d = realloc(ev->docs, n * sizeof(*d));

		if (!d)
			return rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
		ev->docs = d;
		ev->docs_alloc = n;
	}
	p = &ev->docs[ev->ndocs];
	memset(p, 0, sizeof(*p));
	rc = rasdp_extraction_parse(&p->x, json, json_len, err);
	if (rc)
		return rc;
	if (!p->x.id) {
		rasdp_extraction_release(&p->x);
		return rasdp_err(err, RASD_EPARSE, -1, 0, "extraction without an \"id\"");
	}
	if (text) {
		p->text = malloc(len + 1);
		if (!p->text) {
			rasdp_extraction_release(&p->x);
			return rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
		}
		memcpy(p->text, text, len);
		p->text[len] = '\0';
		p->len = len;
	}
	p->id = p->x.id;
	ev->ndocs++;
	return 0;
}

/* ---- the run ---------------------------------------------------------- */

static int cmp_pdoc(const void *x, const void *y)
{
	const struct pdoc *a = x, *b = y;

	return strcmp(a->id, b->id);
}

const struct pdoc *rasdp_gold_find_pdoc(const struct rasdp_eval *ev, const char *id)
{
	struct pdoc key;

	memset(&key, 0, sizeof(key));
	key.id = id;
	return ev->ndocs ? bsearch(&key, ev->docs, ev->ndocs, sizeof(key), cmp_pdoc) : NULL;
}

/* ---- for training (train.c) ------------------------------------------- */

int rasdp_eval_each_alignment(struct rasdp_eval *ev,
			      int (*fn)(void *ctx, const char *id, struct json_object *gold,
					const long *p2g, size_t np),
			      void *ctx)
{
	size_t i, j;
	int rc = 0;

	if (ev->ndocs)
		qsort(ev->docs, ev->ndocs, sizeof(*ev->docs), cmp_pdoc);
	for (i = 0; i < ev->ngold && !rc; i++) {
		struct json_object *g = ev->gold[i], *gevs = rasdp_json_get(g, "events");
		const struct pdoc *p = rasdp_gold_find_pdoc(ev, rasdp_json_str(g, "id"));
		size_t ng = rasdp_json_len(gevs), np;
		struct gev *ge;
		struct pev *pe;
		long *g2p, *p2g;
		unsigned char *pused;

		if (!p)
			continue;
		np = p->x.nevents;
		ge = calloc(ng + 1, sizeof(*ge));
		pe = calloc(np + 1, sizeof(*pe));
		g2p = calloc(ng + 1, sizeof(*g2p));
		p2g = calloc(np + 1, sizeof(*p2g));
		pused = calloc(np + 1, 1);
		rc = !ge || !pe || !g2p || !p2g || !pused ? RASD_ENOMEM
			: rasdp_gold_align_events(ev, g, &p->x, ge, pe, g2p, pused);
		if (!rc) {
			for (j = 0; j < np; j++)
				p2g[j] = -1;
			for (j = 0; j < ng; j++)
				if (g2p[j] >= 0)
					p2g[g2p[j]] = (long)j;
			rc = fn(ctx, p->id, g, p2g, np);
		}
		free(ge);
		free(pe);
		free(g2p);
		free(p2g);
		free(pused);
	}
	return rc;
}

int rasdp_eval_each_report(struct rasdp_eval *ev,
			   int (*fn)(void *ctx, const rasd_engine *e, const char *id,
				     struct json_object *gold, const struct rasd_extraction *x,
				     const char *text, size_t len),
			   void *ctx)
{
	size_t i;
	int rc = 0;

	if (!ev->e)
		return RASD_EINVAL;
	if (ev->ndocs)
		qsort(ev->docs, ev->ndocs, sizeof(*ev->docs), cmp_pdoc);
	for (i = 0; i < ev->ngold && !rc; i++) {
		const struct pdoc *p = rasdp_gold_find_pdoc(ev, rasdp_json_str(ev->gold[i], "id"));

		if (p && p->text)
			rc = fn(ctx, ev->e, p->id, ev->gold[i], &p->x, p->text, p->len);
	}
	return rc;
}

int rasdp_eval_each_claims(struct rasdp_eval *ev,
			   int (*fn)(void *ctx, const struct rasdp_eval_claimset *cs), void *ctx)
{
	size_t i, k;
	int rc = 0;

	if (ev->ndocs)
		qsort(ev->docs, ev->ndocs, sizeof(*ev->docs), cmp_pdoc);
	for (i = 0; i < ev->ngold && !rc; i++) {
		struct json_object *g = ev->gold[i];
		const char *id = rasdp_json_str(g, "id"), *key = rasdp_json_str(g, "incident");
		const struct pdoc *p = rasdp_gold_find_pdoc(ev, id);
		struct rasdp_eval_claimset cs;
		struct claim_al al;
		const char **lexname;

		if (!p)
			continue;
		rc = rasdp_gold_align_claims(ev, g, &p->x, &al);
		if (rc)
			break;
		lexname = calloc(al.ng + 1, sizeof(*lexname));
		if (!lexname) {
			rasdp_gold_claim_al_release(&al);
			return RASD_ENOMEM;
		}
		for (k = 0; k < al.ng; k++)
			lexname[k] = al.g[k].lexname;
		memset(&cs, 0, sizeof(cs));
		cs.record = g;
		cs.x = &p->x;
		cs.text = p->text;
		cs.len = p->len;
		cs.group = key ? key : id;
		cs.gold = al.gc;
		cs.lexname = lexname;
		cs.ng = al.ng;
		cs.pred = al.pc;
		cs.pex = al.pex;
		cs.np = al.np;
		cs.g2p = al.g2p;
		rc = fn(ctx, &cs);
		free(lexname);
		rasdp_gold_claim_al_release(&al);
	}
	return rc;
}

int rasdp_eval_run(struct rasdp_eval *ev, struct rasdp_eval_scores *out,
		   unsigned flags, char **report, size_t *report_len)
{
	struct rasdp_eval_scores s, *rec;
	struct rasd_incidents *inc = NULL;
	struct slices sl;
	struct misses m;
	size_t i;
	int rc = 0, d;

	memset(&s, 0, sizeof(s));
	memset(&sl, 0, sizeof(sl));
	memset(&m, 0, sizeof(m));
	rasd_buf_init(&m.text, 0);
	rasd_buf_init(&m.json, 0);
	rasd_jsonw_init(&m.w, &m.json);
	m.on = (flags & RASDP_EVAL_VERBOSE) != 0;
	rasd_jsonw_arr(&m.w);
	if (ev->ndocs)
		qsort(ev->docs, ev->ndocs, sizeof(*ev->docs), cmp_pdoc);
	/* every figure is summed from per-report counts, so slices add up */
	rec = calloc(ev->ngold + 1, sizeof(*rec));
	inc = rasdp_incidents_new();
	if (!rec || !inc) {
		rc = RASD_ENOMEM;
		goto out;
	}
	rasdp_incidents_set_link(inc, link_model(ev));
	rasdp_incidents_set_disagree(inc, disagree_model(ev));
	for (i = 0; i < ev->ndocs; i++)
		rasdp_incidents_add_extraction(inc, &ev->docs[i].x, ev->docs[i].text, NULL);
	rc = rasdp_incidents_cluster(inc, 0);
	if (rc)
		goto out;

	for (i = 0; i < ev->ngold && !rc; i++) {
		struct json_object *g = ev->gold[i];
		const char *id = rasdp_json_str(g, "id");
		const struct pdoc *p = rasdp_gold_find_pdoc(ev, id);
		const struct rasd_extraction *px = p ? &p->x : NULL;
		struct json_object *gevs = rasdp_json_get(g, "events");
		struct json_object *gd = rasdp_json_get(g, "disputes");
		struct rasdp_eval_scores *r = &rec[i];

		r->gold_reports = 1;
		if (p) {
			r->scored = 1;
			r->extracted = 1;
		} else if (m.on) {
			struct rasd_buf line = RASD_BUF_INIT;

			rasd_buf_adds(&line, "no extraction for this report");
			rasdp_gold_miss(&m, id, "missing", &line);
			rasd_buf_release(&line);
		}
		rc = rasdp_gold_score_claims(ev, id, g, px, r, &m);
		if (!rc)
			rc = rasdp_gold_score_events(ev, id, g, px, r, &m);
		if (p && !rasdp_json_str(g, "incident") && !rasdp_json_len(gevs)) {
			r->none_reports++;
			r->false_events += p->x.nevents;
		}
		if (!rc && (p || rasdp_json_len(gd)))
			rc = rasdp_gold_score_disputes(ev, inc, id, gd, p, r, &m);
	}
	if (!rc)
		rc = rasdp_gold_score_incidents(ev, inc, rec);
	for (i = 0; !rc && i < ev->ngold; i++) {
		const struct pdoc *p;

		rasdp_gold_scores_add(&s, &rec[i]);
		if (!(flags & RASDP_EVAL_SLICES))
			continue;
		p = rasdp_gold_find_pdoc(ev, rasdp_json_str(ev->gold[i], "id"));
		for (d = 0; d < NSLICE_DIMS && !rc; d++)
			rc = rasdp_gold_slices_add(&sl, d, rasdp_gold_slice_value(d, ev->gold[i], p),
						   &rec[i]);
	}
	if (rc)
		goto out;
	s.extracted = ev->ndocs;
	rasdp_gold_scores_finish(&s);
	for (d = 0; d < NSLICE_DIMS; d++) {
		for (i = 0; i < sl.n[d]; i++)
			rasdp_gold_scores_finish(&sl.v[d][i].s);
		if (sl.n[d])
			qsort(sl.v[d], sl.n[d], sizeof(*sl.v[d]), rasdp_gold_cmp_slice);
	}
	rasd_jsonw_arr_end(&m.w);
	if (out)
		*out = s;
	if (report) {
		struct rasd_buf b = RASD_BUF_INIT;

		rc = m.err ? m.err : m.text.err ? m.text.err : m.w.err ? m.w.err :
		     rasdp_gold_render(&s, flags, &b, (flags & RASDP_EVAL_SLICES) ? &sl : NULL,
				       m.on ? m.text.buf : NULL, m.on ? m.json.buf : NULL);
		if (!rc) {
			*report = rasd_buf_detach(&b, report_len);
			if (!*report)
				rc = RASD_ENOMEM;
		}
		rasd_buf_release(&b);
	}
out:
	free(rec);
	rasdp_gold_slices_release(&sl);
	rasdp_incidents_free(inc);
	rasd_buf_release(&m.text);
	rasd_buf_release(&m.json);
	return rc;
}
