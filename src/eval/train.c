/*
 * train.c - `rasd train`: the weights of scored decisions (model.h) fitted
 * from gold records.
 *
 * Training reuses what eval already has: the reports extracted through the
 * public API, the gold records, and the pairing of predicted with gold
 * events.  For each decision it builds labelled choices from them:
 *
 *   - link (are two events one incident?): every pair of events that
 *     clustering compares, labelled "one incident" when both events are
 *     paired with gold events of the main happening of their reports and
 *     the two reports share a gold incident key.  An event paired with a
 *     secondary or background gold event, or with none, belongs to no
 *     incident of the gold, so pairs with it are labelled apart.  The
 *     choice is between "apart" (all features 0, score 0) and "join".
 *   - source (which speaker owns a figure?): every figure rasd gives whose
 *     claim the claim scores pair with a gold claim (same kind and value).
 *     Its report is extracted again with the decision traced, and each of
 *     the figure's candidates is right when it names the gold claim's
 *     source as eval compares sources (the gold source resolved through
 *     the source lexicon; "outlet" through the outlet's domain).  A figure
 *     none of whose candidates is right teaches nothing and is left out.
 *
 * Cross-validation holds incidents apart (train.c in src/model), so the
 * accuracy "after" is measured on incidents the fitted weights never saw;
 * "before" is the starting weights on the same folds.  The final weights
 * are fitted on every choice and written as data/models/<decision>.tsv.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/jsonr.h"
#include "doc.h"
#include "eval/eval.h"
#include "extract/extract.h"
#include "incident/incident.h"
#include "io/extraction.h"
#include "model/model.h"

#include "base/banned.h"

/* Gold incident keys of the events of one report: NULL for none. */
struct doc_keys {
	const char *id;
	const char **key;         /* per predicted event */
	size_t n;
};

struct link_ctx {
	struct rasdp_trainset *t;
	const struct rasd_incidents *inc;
	struct doc_keys *docs;
	size_t ndocs, alloc;
	size_t pairs, joins;
};

static int collect_keys(void *ctx, const char *id, struct json_object *gold, const long *p2g,
			size_t np)
{
	struct link_ctx *c = ctx;
	struct doc_keys *d;
	const char *key = rasdp_json_str(gold, "incident");
	size_t j;

	if (c->ndocs == c->alloc) {
		size_t na = c->alloc ? 2 * c->alloc : 64;
		struct doc_keys *nd = realloc(c->docs, na * sizeof(*nd));

		if (!nd)
			return RASD_ENOMEM;
		c->docs = nd;
		c->alloc = na;
	}
	d = &c->docs[c->ndocs];
	d->id = id;
	d->n = np;
	d->key = calloc(np + 1, sizeof(*d->key));
	if (!d->key)
		return RASD_ENOMEM;
	c->ndocs++;
	for (j = 0; j < np; j++) {
		const char *role;

		if (p2g[j] < 0 || !key)
			continue;
		role = rasdp_json_str(rasdp_json_at(rasdp_json_arr(gold, "events"), (size_t)p2g[j]),
				      "role");
		if (!role || !strcmp(role, "main"))
			d->key[j] = key;
	}
	return 0;
}

static int cmp_keys(const void *x, const void *y)
{
	return strcmp(((const struct doc_keys *)x)->id, ((const struct doc_keys *)y)->id);
}

/* The gold key of event `ev` of the collection; *known 0 when its report has no gold record. */
static const char *event_key(const struct link_ctx *c, uint32_t ev, int *known)
{
	uint32_t n;
	struct doc_keys k, *d;

	k.id = rasdp_incidents_event_doc(c->inc, ev, &n);
	d = bsearch(&k, c->docs, c->ndocs, sizeof(k), cmp_keys);
	*known = d != NULL;
	return d && n < d->n ? d->key[n] : NULL;
}

static int link_pair(void *ctx, uint32_t a, uint32_t b, const float *x)
{
	struct link_ctx *c = ctx;
	size_t nf = c->t->d->nfeats;
	float xs[2 * 64];
	unsigned char good[2];
	int ka_known, kb_known, join;
	const char *ka = event_key(c, a, &ka_known), *kb = event_key(c, b, &kb_known);
	const char *group;

	if (!ka_known || !kb_known || nf > 64)
		return 0;
	join = ka && kb && !strcmp(ka, kb);
	memset(xs, 0, nf * sizeof(*xs));
	memcpy(xs + nf, x, nf * sizeof(*x));
	good[0] = !join;
	good[1] = (unsigned char)join;
	/* hold out by incident: the pair goes with the first of its keys */
	group = ka && (!kb || strcmp(ka, kb) <= 0) ? ka : kb ? kb
		: rasdp_incidents_event_doc(c->inc, a, NULL);
	c->pairs++;
	c->joins += (size_t)join;
	return rasdp_trainset_add(c->t, group, xs, good, 2);
}

/* Weights from the least to the most changed, for --explain. */
struct wdiff {
	size_t f;
	double d;
};

static int cmp_wdiff(const void *x, const void *y)
{
	const struct wdiff *a = x, *b = y;

	if (fabs(a->d) != fabs(b->d))
		return fabs(a->d) > fabs(b->d) ? -1 : 1;
	return a->f < b->f ? -1 : a->f > b->f;
}

static void explain(struct rasd_buf *b, const struct rasd_decision *d, const double *w0,
		    const double *w)
{
	struct wdiff v[64];
	size_t i, n = d->nfeats < 64 ? d->nfeats : 64;

	for (i = 0; i < n; i++) {
		v[i].f = i;
		v[i].d = w[i] - w0[i];
	}
	qsort(v, n, sizeof(*v), cmp_wdiff);
	rasd_buf_addf(b, "  %-26s %9s %9s  %s\n", "feature", "start", "trained", "what");
	for (i = 0; i < n; i++)
		rasd_buf_addf(b, "  %-26s %9.4f %9.4f  %s\n", d->feats[v[i].f].name, w0[v[i].f],
			      w[v[i].f], d->feats[v[i].f].what);
}

/* Choices of the link decision from the eval's reports; *info gets what was built. */
static int build_link(struct rasdp_eval *ev, const struct rasd_models *start,
		      struct rasdp_trainset *t, struct rasd_buf *info)
{
	struct link_ctx c;
	struct rasd_incidents *inc = NULL;
	size_t i;
	int rc;

	memset(&c, 0, sizeof(c));
	c.t = t;
	rc = rasdp_eval_each_alignment(ev, collect_keys, &c);
	if (!rc && c.ndocs)
		qsort(c.docs, c.ndocs, sizeof(*c.docs), cmp_keys);
	if (!rc)
		rc = rasdp_eval_incidents(ev, &start->m[RASD_DEC_LINK], &inc);
	if (!rc) {
		c.inc = inc;
		rc = rasdp_incidents_each_pair(inc, link_pair, &c);
	}
	if (!rc)
		rasd_buf_addf(info, "%zu pairs of events compared, %zu of one incident, from %zu reports",
			      c.pairs, c.joins, c.ndocs);
	for (i = 0; i < c.ndocs; i++)
		free(c.docs[i].key);
	free(c.docs);
	rasdp_incidents_free(inc);
	return rc;
}

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
	rasd_input in;
	rasd_err err;
	rasd_doc *d;
	size_t i, j;
	int rc = 0;

	if (!cs->text)
		return 0;
	memset(&in, 0, sizeof(in));
	memset(&err, 0, sizeof(err));
	in.id = x->id;
	in.outlet = x->outlet;
	in.url = x->url;
	in.lang = x->lang;
	in.published = x->published;
	in.title = x->title;
	in.text = cs->text;
	in.text_len = cs->len;
	d = rasd_extract(c->e, &in, NULL, RASDP_EXTRACT_TRACE_SOURCES, &err);
	if (!d)
		return err.code == RASD_ENOMEM ? RASD_ENOMEM : 0;
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
static int build_source(struct rasdp_eval *ev, const struct rasd_models *start,
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

static int (*const builders[RASD_DEC__COUNT])(struct rasdp_eval *, const struct rasd_models *,
						struct rasdp_trainset *, struct rasd_buf *) = {
	[RASD_DEC_LINK] = build_link,
	[RASD_DEC_SOURCE] = build_source,
};

int rasdp_eval_train(struct rasdp_eval *ev, const struct rasd_models *start, unsigned dec,
		     unsigned flags, struct rasd_buf *report, struct rasd_buf *weights)
{
	const struct rasd_model *m0;
	const struct rasd_decision *d;
	struct rasd_buf info = RASD_BUF_INIT;
	struct rasdp_trainset t;
	double *w = NULL, before = 0, after = 0, in0, in1;
	size_t total = 0;
	int rc;

	if (dec >= RASD_DEC__COUNT || !builders[dec])
		return RASD_EINVAL;
	m0 = &start->m[dec];
	d = m0->d;
	rasdp_trainset_init(&t, d);
	rc = builders[dec](ev, start, &t, &info);
	if (!rc)
		rc = rasdp_cross_validate(&t, m0->w, RASDP_CV_FOLDS, &before, &after, &total);
	w = calloc(d->nfeats, sizeof(*w));
	if (!rc && !w)
		rc = RASD_ENOMEM;
	if (!rc)
		rc = rasdp_fit(&t, m0->w, RASDP_FIT_LAMBDA, 0, 0, w);
	if (!rc) {
		in0 = rasdp_accuracy(&t, m0->w, 0, 0, NULL);
		in1 = rasdp_accuracy(&t, w, 0, 0, NULL);
		rasd_buf_addf(report, "%s: %s\n  %zu choices: %s\n", d->name, d->what, t.nchoices,
			      info.buf);
		rasd_buf_addf(report, "  cross-validated accuracy, %d folds by incident: %.3f before, "
			      "%.3f after (%zu choices)\n", RASDP_CV_FOLDS, before, after, total);
		rasd_buf_addf(report, "  accuracy on all training choices: %.3f before, %.3f after\n",
			      in0, in1);
		if (flags & RASDP_TRAIN_EXPLAIN)
			explain(report, d, m0->w, w);
		rc = rasdp_model_write(d, w, "Fitted by `rasd train` from gold records, starting from "
				       "the previous weights.", weights);
	}
	if (!rc)
		rc = report->err ? report->err : info.err;
	rasd_buf_release(&info);
	free(w);
	rasdp_trainset_release(&t);
	return rc;
}
