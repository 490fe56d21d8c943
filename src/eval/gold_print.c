/*
 * gold_print.c - what `rasd eval --gold` prints: the misses of each
 * report (a gold or predicted item in one line, kept as text and JSON),
 * the per-report scores summed (per slice too: language, country, outlet
 * kind), and the report as a table or JSON.
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

/* ---- rendering pieces ------------------------------------------------- */

void rasdp_gold_claim_text(struct rasd_buf *b, const struct rasdp_eval_claim *c)
{
	rasd_buf_addf(b, "%s %lld %s (%s)", c->kind ? c->kind : "?", (long long)c->value,
		      c->qualifier ? c->qualifier : "?",
		      c->source_name ? c->source_name : c->source_id ? c->source_id : "?");
}

void rasdp_gold_gev_text(struct rasd_buf *b, const struct gev *g)
{
	rasd_buf_addf(b, "%s %s%s%s%s (%s)", g->date ? g->date : "no-date",
		      g->location ? g->location : "?", g->admin1 ? ", " : "",
		      g->admin1 ? g->admin1 : "", "", g->type ? g->type : "no type");
}

void rasdp_gold_pev_text(struct rasd_buf *b, const struct pev *p)
{
	rasd_buf_addf(b, "#%ld %s %s%s%s (%s)", p->n, p->date ? p->date : "no-date",
		      p->place_name ? p->place_name : "?", p->admin1 ? ", " : "",
		      p->admin1 ? p->admin1 : "", p->type ? p->type : "no type");
}

void rasdp_gold_miss(struct misses *m, const char *doc, const char *what, struct rasd_buf *line)
{
	if (!m->on)
		return;
	if (line->err && !m->err)
		m->err = line->err;
	rasd_buf_addf(&m->text, "  %s %s: %s\n", doc, what, line->buf);
	rasd_jsonw_obj(&m->w);
	rasd_jsonw_key(&m->w, "doc");
	rasd_jsonw_str(&m->w, doc);
	rasd_jsonw_key(&m->w, "what");
	rasd_jsonw_str(&m->w, what);
	rasd_jsonw_key(&m->w, "item");
	rasd_jsonw_str(&m->w, line->buf);
	rasd_jsonw_obj_end(&m->w);
}

static void prf_add(struct rasdp_prf *a, const struct rasdp_prf *b)
{
	a->tp += b->tp;
	a->npred += b->npred;
	a->ngold += b->ngold;
}

static void ratio_add(struct rasdp_ratio *a, const struct rasdp_ratio *b)
{
	a->num += b->num;
	a->den += b->den;
}

/* Add the counts of `b` to `a` (derived figures are computed by rasdp_gold_scores_finish). */
void rasdp_gold_scores_add(struct rasdp_eval_scores *a, const struct rasdp_eval_scores *b)
{
	a->gold_reports += b->gold_reports;
	a->extracted += b->extracted;
	a->scored += b->scored;
	prf_add(&a->claims, &b->claims);
	prf_add(&a->claims_written, &b->claims_written);
	ratio_add(&a->qualifier, &b->qualifier);
	ratio_add(&a->source, &b->source);
	prf_add(&a->events, &b->events);
	ratio_add(&a->type, &b->type);
	ratio_add(&a->date, &b->date);
	ratio_add(&a->place, &b->place);
	a->inc_psum += b->inc_psum;
	a->inc_rsum += b->inc_rsum;
	a->inc_docs += b->inc_docs;
	ratio_add(&a->disputes, &b->disputes);
	ratio_add(&a->dispute_precision, &b->dispute_precision);
	a->false_events += b->false_events;
	a->none_reports += b->none_reports;
}

void rasdp_gold_scores_finish(struct rasdp_eval_scores *s)
{
	rasdp_prf_compute(&s->claims);
	rasdp_prf_compute(&s->claims_written);
	rasdp_prf_compute(&s->events);
	rasdp_bcubed_f(s->inc_psum, s->inc_rsum, s->inc_docs, &s->inc_p, &s->inc_r, &s->inc_f);
}

static void fmt_prf(struct rasd_buf *b, const char *label, const struct rasdp_prf *x,
		    const char *unit)
{
	rasd_buf_addf(b, "%-28s P %.3f  R %.3f  F1 %.3f  (%zu matched, %zu predicted, %zu gold %s)\n",
		      label, x->p, x->r, x->f, x->tp, x->npred, x->ngold, unit);
}

static void fmt_ratio(struct rasd_buf *b, const char *label, const struct rasdp_ratio *r)
{
	rasd_buf_addf(b, "%-28s %.3f  (%zu/%zu)\n", label, rasdp_ratio_value(r), r->num, r->den);
}

static void json_prf(struct rasd_jsonw *w, const char *key, const struct rasdp_prf *x)
{
	rasd_jsonw_key(w, key);
	rasd_jsonw_obj(w);
	rasd_jsonw_key(w, "precision");
	rasdp_eval_json_num4(w, x->p);
	rasd_jsonw_key(w, "recall");
	rasdp_eval_json_num4(w, x->r);
	rasd_jsonw_key(w, "f1");
	rasdp_eval_json_num4(w, x->f);
	rasd_jsonw_key(w, "matched");
	rasd_jsonw_int(w, (int64_t)x->tp);
	rasd_jsonw_key(w, "predicted");
	rasd_jsonw_int(w, (int64_t)x->npred);
	rasd_jsonw_key(w, "gold");
	rasd_jsonw_int(w, (int64_t)x->ngold);
	rasd_jsonw_obj_end(w);
}

/* The figures of `s` as members of an open JSON object. */
static void json_scores(struct rasd_jsonw *w, const struct rasdp_eval_scores *s)
{
	double fe = s->none_reports ? (double)s->false_events / (double)s->none_reports : 0.0;

	rasd_jsonw_key(w, "reports");
	rasd_jsonw_obj(w);
	rasd_jsonw_key(w, "gold");
	rasd_jsonw_int(w, (int64_t)s->gold_reports);
	rasd_jsonw_key(w, "extracted");
	rasd_jsonw_int(w, (int64_t)s->extracted);
	rasd_jsonw_key(w, "scored");
	rasd_jsonw_int(w, (int64_t)s->scored);
	rasd_jsonw_obj_end(w);
	json_prf(w, "claims", &s->claims);
	json_prf(w, "claims_written", &s->claims_written);
	rasdp_eval_json_ratio(w, "claim_qualifier", &s->qualifier);
	rasdp_eval_json_ratio(w, "claim_source", &s->source);
	json_prf(w, "events", &s->events);
	rasdp_eval_json_ratio(w, "event_type", &s->type);
	rasdp_eval_json_ratio(w, "event_date", &s->date);
	rasdp_eval_json_ratio(w, "event_place", &s->place);
	rasd_jsonw_key(w, "incidents_bcubed");
	rasd_jsonw_obj(w);
	rasd_jsonw_key(w, "precision");
	rasdp_eval_json_num4(w, s->inc_p);
	rasd_jsonw_key(w, "recall");
	rasdp_eval_json_num4(w, s->inc_r);
	rasd_jsonw_key(w, "f1");
	rasdp_eval_json_num4(w, s->inc_f);
	rasd_jsonw_key(w, "reports");
	rasd_jsonw_int(w, (int64_t)s->inc_docs);
	rasd_jsonw_obj_end(w);
	rasdp_eval_json_ratio(w, "dispute_recall", &s->disputes);
	rasdp_eval_json_ratio(w, "dispute_precision", &s->dispute_precision);
	rasd_jsonw_key(w, "false_events");
	rasd_jsonw_obj(w);
	rasd_jsonw_key(w, "events");
	rasd_jsonw_int(w, (int64_t)s->false_events);
	rasd_jsonw_key(w, "reports");
	rasd_jsonw_int(w, (int64_t)s->none_reports);
	rasd_jsonw_key(w, "per_report");
	rasdp_eval_json_num4(w, fe);
	rasd_jsonw_obj_end(w);
}

/* ---- slices ------------------------------------------------------------ */

static const char *const slice_dims[NSLICE_DIMS] = { "language", "country", "outlet kind" };
static const char *const slice_keys[NSLICE_DIMS] = { "lang", "country", "outlet_kind" };

/* The value of report `g` (with its extraction `p`, or NULL) on one dimension. */
const char *rasdp_gold_slice_value(int dim, struct json_object *g, const struct pdoc *p)
{
	const char *v = NULL;

	if (dim == SLICE_LANG) {
		v = p ? p->x.lang : NULL;
		if (!v)
			v = rasdp_json_str(g, "lang");
	} else {
		v = rasdp_json_str(g, slice_keys[dim]);
	}
	return v && *v ? v : "unknown";
}

int rasdp_gold_slices_add(struct slices *sl, int dim, const char *value,
			  const struct rasdp_eval_scores *r)
{
	size_t i;

	for (i = 0; i < sl->n[dim] && strcmp(sl->v[dim][i].value, value); i++)
		;
	if (i == sl->n[dim]) {
		if (sl->n[dim] == sl->alloc[dim]) {
			size_t na = sl->alloc[dim] ? 2 * sl->alloc[dim] : 8;
			struct slice *nv = realloc(sl->v[dim], na * sizeof(*nv));

			if (!nv)
				return RASD_ENOMEM;
			sl->v[dim] = nv;
			sl->alloc[dim] = na;
		}
		memset(&sl->v[dim][i], 0, sizeof(sl->v[dim][i]));
		sl->v[dim][i].value = value;
		sl->n[dim]++;
	}
	rasdp_gold_scores_add(&sl->v[dim][i].s, r);
	return 0;
}

int rasdp_gold_cmp_slice(const void *x, const void *y)
{
	const struct slice *a = x, *b = y;

	if (a->s.gold_reports != b->s.gold_reports)
		return a->s.gold_reports > b->s.gold_reports ? -1 : 1;
	return strcmp(a->value, b->value);
}

void rasdp_gold_slices_release(struct slices *sl)
{
	int d;

	for (d = 0; d < NSLICE_DIMS; d++)
		free(sl->v[d]);
}

/* One table per dimension: a row per value, the main figures as columns. */
static void fmt_slices(struct rasd_buf *b, const struct slices *sl)
{
	int d;
	size_t i;

	for (d = 0; d < NSLICE_DIMS; d++) {
		if (!sl->n[d])
			continue;
		rasd_buf_addf(b, "\nby %-13s %7s %6s %6s %6s %6s %6s %6s %6s %6s %6s %6s %6s %5s\n",
			      slice_dims[d], "reports", "clm-P", "clm-R", "clm-F1", "src", "ev-P",
			      "ev-R", "ev-F1", "type", "place", "inc-F1", "dsp-R", "false");
		for (i = 0; i < sl->n[d]; i++) {
			const struct rasdp_eval_scores *s = &sl->v[d][i].s;

			rasd_buf_addf(b, "  %-14.14s %7zu %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f "
				      "%6.3f %6.3f %6.3f %6.3f %5zu\n",
				      sl->v[d][i].value, s->gold_reports, s->claims.p, s->claims.r,
				      s->claims.f, rasdp_ratio_value(&s->source), s->events.p,
				      s->events.r, s->events.f, rasdp_ratio_value(&s->type),
				      rasdp_ratio_value(&s->place), s->inc_f,
				      rasdp_ratio_value(&s->disputes), s->false_events);
		}
	}
}

static void json_slices(struct rasd_jsonw *w, const struct slices *sl)
{
	int d;
	size_t i;

	rasd_jsonw_key(w, "slices");
	rasd_jsonw_obj(w);
	for (d = 0; d < NSLICE_DIMS; d++) {
		rasd_jsonw_key(w, slice_keys[d]);
		rasd_jsonw_obj(w);
		for (i = 0; i < sl->n[d]; i++) {
			rasd_jsonw_key(w, sl->v[d][i].value);
			rasd_jsonw_obj(w);
			json_scores(w, &sl->v[d][i].s);
			rasd_jsonw_obj_end(w);
		}
		rasd_jsonw_obj_end(w);
	}
	rasd_jsonw_obj_end(w);
}

/*
 * Render into `b`; `sl` (or NULL) adds the slices; for JSON `extra_json` (a
 * JSON array, or NULL) becomes "misses".
 */
int rasdp_gold_render(const struct rasdp_eval_scores *s, unsigned flags, struct rasd_buf *b,
		      const struct slices *sl, const char *extra_text, const char *extra_json)
{
	double fe = s->none_reports ? (double)s->false_events / (double)s->none_reports : 0.0;

	if (!(flags & RASDP_EVAL_JSON)) {
		rasd_buf_addf(b, "%-28s %zu gold, %zu extracted, %zu scored\n", "reports",
			      s->gold_reports, s->extracted, s->scored);
		fmt_prf(b, "claims", &s->claims, "claims");
		fmt_prf(b, "claims (written figures)", &s->claims_written, "claims");
		fmt_ratio(b, "claim qualifier accuracy", &s->qualifier);
		fmt_ratio(b, "claim source accuracy", &s->source);
		fmt_prf(b, "events", &s->events, "events");
		fmt_ratio(b, "event type accuracy", &s->type);
		fmt_ratio(b, "event date accuracy", &s->date);
		fmt_ratio(b, "event place accuracy", &s->place);
		rasd_buf_addf(b, "%-28s P %.3f  R %.3f  F1 %.3f  (%zu reports)\n", "incidents B-cubed",
			      s->inc_p, s->inc_r, s->inc_f, s->inc_docs);
		fmt_ratio(b, "dispute recall", &s->disputes);
		fmt_ratio(b, "dispute precision", &s->dispute_precision);
		rasd_buf_addf(b, "%-28s %zu  (%zu reports of no event, %.3f per report)\n",
			      "false events", s->false_events, s->none_reports, fe);
		if (sl)
			fmt_slices(b, sl);
		if (extra_text && *extra_text) {
			rasd_buf_adds(b, "\nper report:\n");
			rasd_buf_adds(b, extra_text);
		}
		return rasd_buf_grow(b, 1);
	}
	{
		struct rasd_jsonw w;

		rasd_jsonw_init(&w, b);
		rasd_jsonw_obj(&w);
		json_scores(&w, s);
		if (sl)
			json_slices(&w, sl);
		if (extra_json) {
			rasd_jsonw_key(&w, "misses");
			rasd_jsonw_raw(&w, extra_json, strlen(extra_json));
		}
		rasd_jsonw_obj_end(&w);
		if (!w.err)
			rasd_buf_addch(b, '\n');
		return w.err ? w.err : b->err;
	}
}

int rasdp_eval_render(const struct rasdp_eval_scores *s, unsigned flags,
		      char **out, size_t *out_len)
{
	struct rasd_buf b = RASD_BUF_INIT;
	int rc = rasdp_gold_render(s, flags, &b, NULL, NULL, NULL);

	if (rc) {
		rasd_buf_release(&b);
		return rc;
	}
	*out = rasd_buf_detach(&b, out_len);
	return *out ? 0 : RASD_ENOMEM;
}
