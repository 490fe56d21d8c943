/*
 * train_figures.c - the choices of the decisions on figures: casualty
 * (which casualty word governs a count?, from the gold figure at the
 * count's span), source (which speaker owns a figure?, from the source
 * of the gold claim paired with it) and disagree (do two figures
 * disagree?, from the gold disputes of the report reconciled alone).
 * train.c's opening comment gives the labels.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/buf.h"
#include "base/jsonr.h"
#include "doc.h"
#include "eval/eval.h"
#include "eval/train_int.h"
#include "extract/engine.h"
#include "extract/events_int.h"
#include "extract/extract.h"
#include "incident/incident.h"
#include "io/extraction.h"
#include "lexicon/lexicon.h"
#include "model/model.h"

#include "base/banned.h"

/* ---- casualty: which casualty word governs a count ------------------- */

/* A gold figure written as a number: its byte span and kind. */
struct gfig {
	size_t start, end;
	const char *kind;
};

/* Gold figures of one report considered (a report has a few dozen at most). */
#define MAX_GOLD_FIGS 256

struct cas_ctx {
	struct rasdp_trainset *t;
	const char *group;           /* the report's incident, or its id */
	struct gfig g[MAX_GOLD_FIGS];
	size_t ng;
	size_t counts, figures, reports;
};

/*
 * One count and its candidates: right is a word of the kind of the gold
 * figure at the count's span.  A count with no gold figure is left out
 * (the gold leaves a number out for reasons other than its word: an event
 * it does not label, a vague amount), and so is one whose gold kind no
 * candidate has.
 */
static int cas_count(void *ctx, uint32_t start, uint32_t end, unsigned n, const float *x,
		     const int *kinds)
{
	struct cas_ctx *c = ctx;
	unsigned char good[64];
	unsigned i, right = 0;
	size_t j;

	if (n > 64)
		n = 64;
	memset(good, 0, sizeof(good));
	for (j = 0; j < c->ng; j++) {
		const char *name;

		if (c->g[j].start >= end || c->g[j].end <= start)
			continue;
		for (i = 1; i < n; i++) {
			name = rasdp_casualty_kind_name((unsigned)kinds[i]);
			if (name && c->g[j].kind && !strcmp(name, c->g[j].kind))
				good[i] = 1;
		}
	}
	for (i = 0; i < n; i++)
		right += good[i];
	c->counts++;
	if (!right)
		return 0;
	c->figures++;
	return rasdp_trainset_add(c->t, c->group, x, good, n);
}

/* One report: its gold figures' spans, then its counts analysed again. */
static int cas_report(void *ctx, const rasd_engine *e, const char *id, struct json_object *gold,
		      const struct rasd_extraction *x, const char *text, size_t len)
{
	struct cas_ctx *c = ctx;
	struct json_object *evs = rasdp_json_arr(gold, "events");
	size_t i, j;
	rasd_doc *d;
	int rc;

	c->ng = 0;
	c->group = rasdp_json_str(gold, "incident") ? rasdp_json_str(gold, "incident") : id;
	for (i = 0; i < rasdp_json_len(evs); i++) {
		struct json_object *cls = rasdp_json_arr(rasdp_json_at(evs, i), "claims");

		for (j = 0; j < rasdp_json_len(cls); j++) {
			struct json_object *cl = rasdp_json_at(cls, j);
			int64_t cs, ce;
			struct gfig *g;

			if (!rasdp_json_span(cl, "span", &cs, &ce) || cs < 0 || ce < cs ||
			    rasdp_json_bool(cl, "derived"))
				continue;
			if (c->ng == MAX_GOLD_FIGS)
				continue;
			g = &c->g[c->ng++];
			g->start = byte_of_cp(text, len, (long)cs);
			g->end = byte_of_cp(text, len, (long)ce);
			g->kind = rasdp_json_str(cl, "kind");
		}
	}
	if (!c->ng)
		return 0;
	d = rasdp_train_extract_again(e, x, text, len, 0);
	if (!d)
		return 0;       /* a report eval could not extract either: no choices */
	c->reports++;
	rc = rasdp_casualty_each(e, d, cas_count, c);
	rasd_doc_free(d);
	return rc;
}

/* Choices of the casualty decision: every count of the gold reports with figures. */
int rasdp_train_casualty(struct rasdp_eval *ev, const struct rasd_models *start,
			 struct rasdp_trainset *t, struct rasd_buf *info)
{
	struct cas_ctx *c = calloc(1, sizeof(*c));
	int rc;

	(void)start;
	if (!c)
		return RASD_ENOMEM;
	c->t = t;
	rc = rasdp_eval_each_report(ev, cas_report, c);
	if (!rc)
		rasd_buf_addf(info, "%zu counts of %zu reports with gold spans, %zu at a gold figure a word has",
			      c->counts, c->reports, c->figures);
	free(c);
	return rc;
}

/* ---- source: which speaker owns a figure ------------------------------ */

struct source_ctx {
	struct rasdp_trainset *t;
	const rasd_engine *e;
	size_t figures, labelled, unreachable, reports;
};

/* The traced decision of the figure whose number starts at byte `start`, or NULL. */
static const struct rasdp_src_choice *traced(const struct rasd_doc *d, int64_t start)
{
	size_t i;

	for (i = 0; i < d->nsrc_trace; i++)
		if ((int64_t)d->src_trace[i].start == start)
			return &d->src_trace[i];
	return NULL;
}

static int source_report(void *ctx, const struct rasdp_eval_claimset *cs)
{
	struct source_ctx *c = ctx;
	const struct rasd_extraction *x = cs->x;
	unsigned char *good = NULL;
	rasd_doc *d;
	size_t i, j;
	int rc = 0;

	if (!cs->text)
		return 0;
	d = rasdp_train_extract_again(c->e, x, cs->text, cs->len, RASDP_EXTRACT_TRACE_SOURCES);
	if (!d)
		return 0;       /* a report eval could not extract either: no choices */
	c->reports++;
	for (i = 0; i < cs->ng && !rc; i++) {
		const struct rasdp_eval_claim *g = &cs->gold[i];
		const struct rasdp_src_choice *ch;
		unsigned any = 0;

		if (cs->g2p[i] < 0)
			continue;
		ch = traced(d, cs->pex[cs->g2p[i]]->span.start);
		if (!ch || !ch->ncand)
			continue;
		c->figures++;
		free(good);
		good = malloc(ch->ncand);
		if (!good) {
			rc = RASD_ENOMEM;
			break;
		}
		for (j = 0; j < ch->ncand; j++) {
			good[j] = (unsigned char)rasdp_eval_source_equal(g->source_id, cs->lexname[i],
									  g->source_name, ch->id[j],
									  ch->name[j]);
			any |= good[j];
		}
		if (!any) {
			c->unreachable++;
			continue;
		}
		c->labelled++;
		rc = rasdp_trainset_add(c->t, cs->group, ch->x, good, ch->ncand);
	}
	free(good);
	rasd_doc_free(d);
	return rc;
}

/* Choices of the source decision from the eval's reports; *info gets what was built. */
int rasdp_train_source(struct rasdp_eval *ev, const struct rasd_models *start,
		       struct rasdp_trainset *t, struct rasd_buf *info)
{
	struct source_ctx c;
	int rc;

	(void)start;
	memset(&c, 0, sizeof(c));
	c.t = t;
	c.e = rasdp_eval_engine(ev);
	if (!c.e)
		return RASD_EINVAL;
	rc = rasdp_eval_each_claims(ev, source_report, &c);
	if (!rc)
		rasd_buf_addf(info, "%zu figures paired with gold claims in %zu reports; %zu with "
			      "the gold source among their candidates, %zu without",
			      c.figures, c.reports, c.labelled, c.unreachable);
	return rc;
}

/* ---- disagree: do two figures disagree? ------------------------------ */

#define MAX_GOLD_DISPUTES 64

struct disagree_ctx {
	struct rasdp_trainset *t;
	const struct rasd_models *start;
	const struct rasd_incidents *inc;     /* the report reconciled alone */
	struct rasdp_eval_dispute g[MAX_GOLD_DISPUTES];
	size_t ng;
	const char *group;
	size_t pairs, disputes, reports;
};

static int disagree_pair(void *ctx, const char *attribute, const uint32_t *claims, size_t n,
			 const float *x)
{
	struct disagree_ctx *c = ctx;
	size_t nf = c->t->d->nfeats, i;
	struct rasdp_eval_dispute p;
	float xs[2 * 64];
	unsigned char good[2];
	int match = 0;

	if (nf > 64)
		return RASD_EINVAL;
	memset(&p, 0, sizeof(p));
	p.attribute = attribute;
	for (i = 0; i < n; i++)
		rasdp_eval_dispute_add_claim(&p, rasdp_incidents_claim(c->inc, claims[i]));
	for (i = 0; i < c->ng && !match; i++)
		match = rasdp_eval_dispute_match(&c->g[i], &p);
	memset(xs, 0, nf * sizeof(*xs));
	memcpy(xs + nf, x, nf * sizeof(*x));
	good[0] = (unsigned char)!match;
	good[1] = (unsigned char)match;
	c->pairs++;
	c->disputes += (size_t)match;
	return rasdp_trainset_add(c->t, c->group, xs, good, 2);
}

static int disagree_report(void *ctx, const struct rasdp_eval_claimset *cs)
{
	struct disagree_ctx *c = ctx;
	struct json_object *gd = rasdp_json_get(cs->record, "disputes");
	struct rasd_incidents *inc;
	size_t i;
	int rc;

	c->ng = rasdp_json_len(gd);
	if (c->ng > MAX_GOLD_DISPUTES)
		c->ng = MAX_GOLD_DISPUTES;
	for (i = 0; i < c->ng; i++)
		rasdp_eval_gold_dispute(rasdp_json_at(gd, i), NULL, NULL, &c->g[i]);
	inc = rasdp_incidents_new();
	if (!inc)
		return RASD_ENOMEM;
	rasdp_incidents_set_models(inc, c->start);
	rasdp_incidents_trace_pairs(inc, disagree_pair, c);
	c->inc = inc;
	c->group = cs->group;
	c->reports++;
	rc = rasdp_incidents_add_extraction(inc, cs->x, cs->text, NULL);
	if (!rc)
		rc = rasdp_incidents_cluster(inc, 0);
	rasdp_incidents_free(inc);
	return rc;
}

/* Choices of the disagree decision from the eval's reports; *info gets what was built. */
int rasdp_train_disagree(struct rasdp_eval *ev, const struct rasd_models *start,
			 struct rasdp_trainset *t, struct rasd_buf *info)
{
	struct disagree_ctx c;
	int rc;

	memset(&c, 0, sizeof(c));
	c.t = t;
	c.start = start;
	rc = rasdp_eval_each_claims(ev, disagree_report, &c);
	if (!rc)
		rasd_buf_addf(info, "%zu pairs of figures weighed in %zu reports reconciled alone, "
			      "%zu of them a gold dispute", c.pairs, c.reports, c.disputes);
	return rc;
}
