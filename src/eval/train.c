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
 *   - casualty (which casualty word governs a count?): every count of the
 *     reports whose gold figures carry spans, analysed again; the right
 *     candidates are the words of the kind of the gold figure at the
 *     count's span (counts at no gold figure are left out).
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
#include "eval/eval.h"
#include "extract/events_int.h"
#include "incident/incident.h"
#include "io/extraction.h"
#include "lexicon/lexicon.h"
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

/* The byte offset of code point `cp` of `text`. */
static size_t byte_of(const char *text, size_t len, size_t cp)
{
	size_t i = 0, n = 0;

	while (i < len && n < cp) {
		i++;
		while (i < len && ((unsigned char)text[i] & 0xC0) == 0x80)
			i++;
		n++;
	}
	return i;
}

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
	rasd_input in;
	rasd_err err;
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
			g->start = byte_of(text, len, (size_t)cs);
			g->end = byte_of(text, len, (size_t)ce);
			g->kind = rasdp_json_str(cl, "kind");
		}
	}
	if (!c->ng)
		return 0;
	memset(&in, 0, sizeof(in));
	memset(&err, 0, sizeof(err));
	in.id = id;
	in.outlet = x->outlet;
	in.lang = x->lang;
	in.published = x->published;
	in.title = x->title;
	in.text = text;
	in.text_len = len;
	d = rasd_extract(e, &in, NULL, 0, &err);
	if (!d)
		return 0;       /* a report eval could not extract either: no choices */
	c->reports++;
	rc = rasdp_casualty_each(e, d, cas_count, c);
	rasd_doc_free(d);
	return rc;
}

/* Choices of the casualty decision: every count of the gold reports with figures. */
static int build_casualty(struct rasdp_eval *ev, const struct rasd_models *start,
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

static int (*const builders[RASD_DEC__COUNT])(struct rasdp_eval *, const struct rasd_models *,
						struct rasdp_trainset *, struct rasd_buf *) = {
	[RASD_DEC_LINK] = build_link,
	[RASD_DEC_CASUALTY] = build_casualty,
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
