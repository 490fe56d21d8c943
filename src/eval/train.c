/*
 * train.c - `rasd train`: the weights of scored decisions (model.h) fitted
 * from gold records.
 *
 * Training reuses what eval already has: the reports extracted through the
 * public API, the gold records, and the pairing of predicted with gold
 * events.  For each decision it builds labelled choices from them:
 *
 *   - link (are two events one incident?): every pair of events that
 *     clustering compares, labelled "one incident" when the two reports
 *     share a gold incident key and both events are paired with gold
 *     events of its main happening (or with secondary ones at the same
 *     gold location: a wave's town that one report leads with and another
 *     lists); "apart" when the keys differ, or one event is a background
 *     happening or a secondary one elsewhere.  A pair of one incident's
 *     reports the gold does not settle (an event eval pairs with no gold
 *     event: its place or day misread) is left out, except on a report
 *     whose gold tells of one happening that no other event is paired
 *     with: its one unpaired event is that happening.  The choice is
 *     between "apart" (all features 0, score 0) and "join"; the features
 *     the decision fixes (rasdp_link_fixed) keep their weights.
 *   - frame (what kind of event is it, if any?): each report is extracted
 *     again with the events the decision set apart as no violent event
 *     kept, so that eval's pairing of predicted with gold events sees
 *     every event; an event's readings (its candidates) are labelled from
 *     the gold event paired with it (its type and sub-type), and every
 *     event of a report of no violent event has "none" right.  Events
 *     paired with none on reports of events teach nothing.
 *   - background (does a sentence recall another time?): each report is
 *     extracted again and its sentences read as framing reads them; a
 *     sentence holding a span (place, date, figure) of gold events is
 *     labelled background when they are all background events, not when
 *     they are all main or secondary ones.  The choice is between "not"
 *     (all features 0) and "background".
 *   - casualty (which casualty word governs a count?): every count of the
 *     reports whose gold figures carry spans, analysed again; the right
 *     candidates are the words of the kind of the gold figure at the
 *     count's span (counts at no gold figure are left out).
 *   - source (which speaker owns a figure?): every figure rasd gives whose
 *     claim the claim scores pair with a gold claim (same kind and value).
 *     Its report is extracted again with the decision traced, and each of
 *     the figure's candidates is right when it names the gold claim's
 *     source as eval compares sources (the gold source resolved through
 *     the source lexicon; "outlet" through the outlet's domain).  A figure
 *     none of whose candidates is right teaches nothing and is left out.
 *   - place (which place is the event's?): each report is extracted again
 *     and each event's candidate places kept; of those that agree with
 *     the location of the gold event eval pairs it with (as the event
 *     scores judge it: that place or one containing it) the most precise
 *     are right (a governorate that contains the gold's town is not what
 *     the gold says), "no place" never.  Events paired with none, or whose gold has no location or no
 *     candidate agreeing with it, teach nothing.
 *   - disagree (do two figures disagree?): every pair of figures that
 *     reconciliation weighs when a report is reconciled alone (as dispute
 *     precision scores it), labelled a dispute when the pair, as a
 *     dispute of its kind with the figures of both sides, matches a gold
 *     dispute of that report as eval matches them (dispute.c); every
 *     other pair is labelled agreeing.  The choice is between "agree"
 *     (all features 0) and "disagree".
 *
 * Cross-validation holds incidents apart (train.c in src/model), so the
 * accuracy "after" is measured on incidents the fitted weights never saw;
 * "before" is the starting weights on the same folds.  The final weights
 * are fitted on every choice and written as data/models/<decision>.tsv.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/buf.h"
#include "base/jsonr.h"
#include "doc.h"
#include "eval/eval.h"
#include "extract/engine.h"
#include "extract/events_int.h"
#include "extract/extract.h"
#include "incident/incident.h"
#include "io/extraction.h"
#include "lexicon/lexicon.h"
#include "model/model.h"

#include "base/banned.h"

/*
 * What the gold says of each predicted event of one report: the main
 * happening of the report's incident, a secondary happening (another of
 * the same days beside it: in a wave of strikes one report's secondary
 * town is another's main one, so its place tells whether it is the other
 * report's happening), a background happening (another time: never the
 * incident), or unsure: an event eval pairs with no gold event (its place
 * or day misread: it may still be the incident's).
 */
enum { EV_UNSURE, EV_MAIN, EV_SECONDARY, EV_BACKGROUND };

struct doc_keys {
	const char *id;
	const char *key;          /* the report's gold incident, or NULL */
	unsigned char *role;      /* per predicted event */
	const char **where;       /* per predicted event: its gold event's location, or NULL */
	size_t n;
};

struct link_ctx {
	struct rasdp_trainset *t;
	const struct rasd_incidents *inc;
	struct doc_keys *docs;
	size_t ndocs, alloc;
	size_t pairs, joins, unsure;
};

static int collect_keys(void *ctx, const char *id, struct json_object *gold, const long *p2g,
			size_t np)
{
	struct link_ctx *c = ctx;
	struct json_object *gevs = rasdp_json_arr(gold, "events");
	struct doc_keys *d;
	size_t j, unpaired = 0, nunpaired = 0, nhappenings = 0;
	int happening_paired = 0;

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
	d->key = rasdp_json_str(gold, "incident");
	d->n = np;
	d->role = calloc(np + 1, sizeof(*d->role));
	d->where = calloc(np + 1, sizeof(*d->where));
	c->ndocs++;
	if (!d->role || !d->where)
		return RASD_ENOMEM;
	for (j = 0; j < np; j++) {
		struct json_object *g = p2g[j] >= 0 ? rasdp_json_at(gevs, (size_t)p2g[j]) : NULL;
		const char *role = g ? rasdp_json_str(g, "role") : NULL;

		if (!g) {
			unpaired = j;
			nunpaired++;
			continue;
		}
		d->where[j] = rasdp_json_str(g, "location");
		if (!role || !strcmp(role, "main"))
			d->role[j] = EV_MAIN;
		else if (!strcmp(role, "background"))
			d->role[j] = EV_BACKGROUND;
		else
			d->role[j] = EV_SECONDARY;
		happening_paired |= d->role[j] != EV_BACKGROUND;
	}
	/*
	 * A report whose gold tells of one happening (one event that is not
	 * background), which eval pairs with none of the predicted events,
	 * and one predicted event eval pairs with nothing: that event is the
	 * happening, its place or day misread.
	 */
	for (j = 0; j < rasdp_json_len(gevs); j++) {
		const char *role = rasdp_json_str(rasdp_json_at(gevs, j), "role");

		nhappenings += !role || strcmp(role, "background") != 0;
	}
	if (d->key && nhappenings == 1 && !happening_paired && nunpaired == 1)
		d->role[unpaired] = EV_MAIN;
	return 0;
}

static int cmp_keys(const void *x, const void *y)
{
	return strcmp(((const struct doc_keys *)x)->id, ((const struct doc_keys *)y)->id);
}

/* The gold of event `ev`'s report, or NULL when it has no gold record; *n the event's index. */
static const struct doc_keys *event_doc(const struct link_ctx *c, uint32_t ev, uint32_t *n)
{
	struct doc_keys k, *d;

	k.id = rasdp_incidents_event_doc(c->inc, ev, n);
	d = bsearch(&k, c->docs, c->ndocs, sizeof(k), cmp_keys);
	return d && *n < d->n ? d : NULL;
}

/*
 * Whether the gold makes events `na` of `da` and `nb` of `db`, of reports
 * of one incident, one happening: 1 yes, 0 no, -1 it does not say.  Two
 * main happenings are the incident's; a secondary one is the other's
 * happening when the gold gives both the same location (a wave's town),
 * else another happening of those days; a background one never is.
 */
static int one_happening(const struct doc_keys *da, uint32_t na, const struct doc_keys *db,
			 uint32_t nb)
{
	unsigned ra = da->role[na], rb = db->role[nb];

	if (ra == EV_BACKGROUND || rb == EV_BACKGROUND)
		return 0;
	if (ra == EV_UNSURE || rb == EV_UNSURE)
		return -1;
	if (ra == EV_MAIN && rb == EV_MAIN)
		return 1;
	if (!da->where[na] || !db->where[nb])
		return -1;
	return strcasecmp(da->where[na], db->where[nb]) == 0;
}

/*
 * One compared pair: "one incident" when the gold makes both events one
 * happening of reports of one incident; "apart" when the reports'
 * incidents differ (or one report has none) or the gold makes them two
 * happenings; left out when the gold does not say.
 */
static int link_pair(void *ctx, uint32_t a, uint32_t b, const float *x)
{
	struct link_ctx *c = ctx;
	size_t nf = c->t->d->nfeats;
	float xs[2 * 64];
	unsigned char good[2];
	uint32_t na, nb;
	const struct doc_keys *da = event_doc(c, a, &na), *db = event_doc(c, b, &nb);
	const char *group;
	int join = 0;

	if (!da || !db || nf > 64)
		return 0;
	if (da->key && db->key && !strcmp(da->key, db->key)) {
		join = one_happening(da, na, db, nb);
		if (join < 0) {
			c->unsure++;
			return 0;
		}
	}
	memset(xs, 0, nf * sizeof(*xs));
	memcpy(xs + nf, x, nf * sizeof(*x));
	good[0] = (unsigned char)!join;
	good[1] = (unsigned char)join;
	/* hold out by incident: the pair goes with the first of its keys */
	group = da->key && (!db->key || strcmp(da->key, db->key) <= 0) ? da->key
		: db->key ? db->key : da->id;
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

static void explain(struct rasd_buf *b, const struct rasd_decision *d, const unsigned char *fixed,
		    const double *w0, const double *w)
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
		rasd_buf_addf(b, "  %-26s %9.4f %9.4f  %s%s\n", d->feats[v[i].f].name, w0[v[i].f],
			      w[v[i].f], fixed && fixed[v[i].f] ? "(fixed) " : "", d->feats[v[i].f].what);
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
	t->fixed = rasdp_link_fixed;
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
		rasd_buf_addf(info, "%zu pairs of events compared, %zu of one incident, from %zu reports "
			      "(%zu pairs of one incident's reports the gold does not settle left out)",
			      c.pairs, c.joins, c.ndocs, c.unsure);
	for (i = 0; i < c.ndocs; i++) {
		free(c.docs[i].role);
		free(c.docs[i].where);
	}
	free(c.docs);
	rasdp_incidents_free(inc);
	return rc;
}

/*
 * Extract a report of the scorer again, as eval did (its text and the
 * metadata its extraction kept), to read what extraction decided inside:
 * a new document the caller frees, or NULL when it cannot be extracted.
 */
static rasd_doc *extract_again(const rasd_engine *e, const struct rasd_extraction *x,
			       const char *text, size_t len, unsigned flags)
{
	rasd_input in;
	rasd_err err;

	memset(&in, 0, sizeof(in));
	memset(&err, 0, sizeof(err));
	in.id = x->id;
	in.outlet = x->outlet;
	in.url = x->url;
	in.lang = x->lang;
	in.published = x->published;
	in.title = x->title;
	in.text = text;
	in.text_len = len;
	return rasd_extract(e, &in, NULL, flags, &err);
}

/* ---- frame: what kind of event is it, if any? ----------------------- */

/* The readings of one event of a re-extracted report, copied out of its arena. */
struct frame_event {
	size_t n;
	struct frame_reading {
		const char *type, *sub;   /* lexicon strings: live as long as the engine */
		unsigned char kind;
	} *r;
	float *x;                     /* n * nfeats */
};

struct frame_doc {
	const char *id;               /* the extraction's, owned by the scorer */
	struct frame_event *ev;
	size_t nev;
};

struct frame_ctx {
	struct rasdp_trainset *t;
	const rasd_engine *e;
	struct rasdp_eval *all;       /* every event of the reports, the rejected too */
	struct frame_doc *docs;
	size_t ndocs, alloc;
	size_t events, labelled, none;
};

static int cmp_frame_doc(const void *x, const void *y)
{
	return strcmp(((const struct frame_doc *)x)->id, ((const struct frame_doc *)y)->id);
}

static void frame_doc_release(struct frame_doc *fd)
{
	size_t j;

	for (j = 0; j < fd->nev; j++) {
		free(fd->ev[j].r);
		free(fd->ev[j].x);
	}
	free(fd->ev);
}

/* Copy the readings of event `ev` into `fe`. */
static int copy_readings(const struct rasd_event *ev, size_t nf, struct frame_event *fe)
{
	size_t k;

	fe->n = ev->nframes;
	fe->r = calloc(fe->n + 1, sizeof(*fe->r));
	fe->x = calloc(fe->n * nf + 1, sizeof(*fe->x));
	if (!fe->r || !fe->x)
		return RASD_ENOMEM;
	for (k = 0; k < fe->n; k++) {
		fe->r[k].type = ev->frames[k].event_type;
		fe->r[k].sub = ev->frames[k].sub_type;
		fe->r[k].kind = ev->frames[k].kind;
		memcpy(fe->x + k * nf, ev->frames[k].x, nf * sizeof(*fe->x));
	}
	return 0;
}

/*
 * Extract one report again, keeping the events the frame decision set
 * apart as no violent event after the others, so that eval's pairing sees
 * every event a reading was chosen for; keep their readings.
 */
static int frame_report(void *ctx, const rasd_engine *e, const char *id,
			struct json_object *gold, const struct rasd_extraction *x,
			const char *text, size_t len)
{
	struct frame_ctx *c = ctx;
	size_t nf = c->t->d->nfeats, j, n;
	struct frame_doc *fd;
	struct rasd_event *all;
	rasd_err err;
	rasd_doc *d;
	char *json = NULL;
	size_t json_len = 0;
	int rc;

	if (!text)
		return 0;
	memset(&err, 0, sizeof(err));
	d = extract_again(c->e, x, text, len, 0);
	if (!d)
		return 0;   /* eval could not extract it either: it has no events to label */
	if (c->ndocs == c->alloc) {
		size_t na = c->alloc ? 2 * c->alloc : 64;
		struct frame_doc *nd = realloc(c->docs, na * sizeof(*nd));

		if (!nd) {
			rasd_doc_free(d);
			return RASD_ENOMEM;
		}
		c->docs = nd;
		c->alloc = na;
	}
	fd = &c->docs[c->ndocs++];
	memset(fd, 0, sizeof(*fd));
	fd->id = x->id;
	n = d->nevents + d->nrejected;
	all = rasd_arena_calloc(&d->arena, n + 1, sizeof(*all));
	fd->ev = calloc(n + 1, sizeof(*fd->ev));
	rc = all && fd->ev ? 0 : RASD_ENOMEM;
	for (j = 0; !rc && j < n; j++) {
		all[j] = j < d->nevents ? d->events[j] : d->rejected[j - d->nevents];
		rc = copy_readings(&all[j], nf, &fd->ev[j]);
		fd->nev = j + 1;
	}
	if (!rc) {
		d->events = all;
		d->nevents = n;
		d->nrejected = 0;
		rc = rasd_doc_to_json(d, 0, &json, &json_len);
	}
	if (!rc)
		rc = rasdp_eval_add_doc(c->all, json, json_len, text, len, &err);
	if (!rc)
		rc = rasdp_eval_add_gold(c->all, gold, &err);
	free(json);
	rasd_doc_free(d);
	c->events += n;
	return rc;
}

/*
 * Label the readings of each event from the gold event eval pairs it
 * with: right are those of the gold type and sub-type (of the gold type
 * when none has its sub-type; when none has the type, or the gold has
 * none, every reading but "none": the event is one); on a report of no
 * violent event, "none".
 */
static int frame_label(void *ctx, const char *id, struct json_object *gold, const long *p2g,
		       size_t np)
{
	struct frame_ctx *c = ctx;
	struct json_object *gevs = rasdp_json_arr(gold, "events");
	const char *key = rasdp_json_str(gold, "incident");
	int no_event = !key && !rasdp_json_len(gevs);
	struct frame_doc k, *fd;
	unsigned char good[64];
	size_t j, i;
	int rc;

	k.id = id;
	fd = bsearch(&k, c->docs, c->ndocs, sizeof(k), cmp_frame_doc);
	if (!fd)
		return 0;
	for (j = 0; j < np && j < fd->nev; j++) {
		const struct frame_event *fe = &fd->ev[j];
		struct json_object *g = p2g[j] >= 0 ? rasdp_json_at(gevs, (size_t)p2g[j]) : NULL;
		const char *gt = g ? rasdp_json_str(g, "event_type") : NULL;
		const char *gs = g ? rasdp_json_str(g, "sub_event_type") : NULL;
		int nright = 0, exact = 0;

		if (fe->n > sizeof(good) || (!no_event && !g))
			continue;
		/* the gold sub-type where a reading has it, else the gold type */
		for (i = 0; gt && gs && i < fe->n; i++)
			exact |= fe->r[i].kind == RASD_FRAME_TYPE && !strcmp(fe->r[i].type, gt) &&
				 fe->r[i].sub && !strcmp(fe->r[i].sub, gs);
		for (i = 0; i < fe->n; i++) {
			const struct frame_reading *r = &fe->r[i];

			if (no_event)
				good[i] = r->kind == RASD_FRAME_NONE;
			else
				good[i] = r->kind == RASD_FRAME_TYPE && gt && !strcmp(r->type, gt) &&
					  (!exact || (r->sub && !strcmp(r->sub, gs)));
			nright += good[i];
		}
		/* a gold event no reading types: any reading but "none" keeps it */
		for (i = 0; !nright && !no_event && i < fe->n; i++)
			good[i] = fe->r[i].kind != RASD_FRAME_NONE;
		if (!no_event && !nright)
			nright = 1;
		if (!nright)
			continue;
		rc = rasdp_trainset_add(c->t, key ? key : id, fe->x, good, (unsigned)fe->n);
		if (rc)
			return rc;
		c->labelled++;
		c->none += (size_t)no_event;
	}
	return 0;
}

/* Choices of the frame decision: each event's readings, labelled from the gold. */
static int build_frame(struct rasdp_eval *ev, const struct rasd_models *start,
		       struct rasdp_trainset *t, struct rasd_buf *info)
{
	struct frame_ctx c;
	size_t i;
	int rc;

	(void)start;   /* the engine extracts with the starting weights */
	memset(&c, 0, sizeof(c));
	c.t = t;
	c.e = rasdp_eval_engine(ev);
	c.all = c.e ? rasdp_eval_new(c.e) : NULL;
	if (!c.all)
		return c.e ? RASD_ENOMEM : RASD_EINVAL;
	rc = rasdp_eval_each_report(ev, frame_report, &c);
	if (!rc && c.ndocs)
		qsort(c.docs, c.ndocs, sizeof(*c.docs), cmp_frame_doc);
	if (!rc)
		rc = rasdp_eval_each_alignment(c.all, frame_label, &c);
	if (!rc)
		rasd_buf_addf(info, "%zu events of %zu reports, %zu paired with a gold event or on a "
			      "report of none (%zu of them none)", c.events, c.ndocs, c.labelled, c.none);
	for (i = 0; i < c.ndocs; i++)
		frame_doc_release(&c.docs[i]);
	free(c.docs);
	rasdp_eval_free(c.all);
	return rc;
}

/* ---- background: does a sentence recall another time? ---------------- */

struct bg_ctx {
	struct rasdp_trainset *t;
	const rasd_engine *e;
	size_t sentences, background;
};

/* Byte offset in `text` (`len` bytes) of code point `cp`, or `len`. */
static size_t byte_of_cp(const char *text, size_t len, long cp)
{
	size_t b = 0;

	for (; b < len && cp > 0; b++)
		if (((unsigned char)text[b] & 0xC0) != 0x80 && b > 0)
			cp--;
	while (b < len && ((unsigned char)text[b] & 0xC0) == 0x80)
		b++;
	return b;
}

/* The sentence of `d` holding byte `b`, or -1. */
static long sentence_of(const struct rasd_doc *d, size_t b)
{
	size_t s;

	for (s = 0; s < d->nsents; s++)
		if (b >= d->sents[s].start && b < d->sents[s].end)
			return (long)s;
	return -1;
}

/* Mark in lab[] (1 event, 2 background) the sentence of span `key` of `o`. */
static void mark_span(const struct rasd_doc *d, struct json_object *o, const char *key, int bg,
		      unsigned char *lab)
{
	int64_t a, b;
	long s;

	if (!rasdp_json_span(o, key, &a, &b))
		return;
	s = sentence_of(d, byte_of_cp(d->text, d->text_len, (long)a));
	if (s >= 0)
		lab[s] |= (unsigned char)(bg ? 2 : 1);
}

/*
 * Extract one report again and read its sentences as framing does; label
 * each sentence holding a span of a gold event (its place, date or a
 * figure): background when all its spans are of background events, not
 * when all are of main or secondary ones.
 */
static int bg_report(void *ctx, const rasd_engine *e, const char *id,
		     struct json_object *gold, const struct rasd_extraction *x,
		     const char *text, size_t len)
{
	struct bg_ctx *c = ctx;
	struct json_object *gevs = rasdp_json_arr(gold, "events");
	const char *key = rasdp_json_str(gold, "incident");
	size_t nf = c->t->d->nfeats, i, j;
	unsigned char *lab = NULL;
	struct rasdp_ctx fc;
	rasd_doc *d;
	uint32_t s;
	int rc = 0;

	if (!text || !rasdp_json_len(gevs))
		return 0;
	d = extract_again(c->e, x, text, len, 0);
	if (!d)
		return 0;
	lab = calloc(d->nsents + 1, 1);
	rc = lab ? rasdp_ctx_read(&fc, c->e, d) : RASD_ENOMEM;
	if (!rc && d->arena.failed)
		rc = RASD_ENOMEM;
	for (i = 0; !rc && i < rasdp_json_len(gevs); i++) {
		struct json_object *g = rasdp_json_at(gevs, i), *cls = rasdp_json_arr(g, "claims");
		const char *role = rasdp_json_str(g, "role");
		int bg = role && !strcmp(role, "background");

		mark_span(d, g, "location_span", bg, lab);
		mark_span(d, g, "date_span", bg, lab);
		for (j = 0; j < rasdp_json_len(cls); j++)
			mark_span(d, rasdp_json_at(cls, j), "span", bg, lab);
	}
	for (s = 0; !rc && s < d->nsents; s++) {
		float xs[2 * 64];
		unsigned char good[2];

		if ((lab[s] != 1 && lab[s] != 2) || nf > 64)
			continue;
		memset(xs, 0, nf * sizeof(*xs));
		memcpy(xs + nf, fc.si[s].bg_x, nf * sizeof(*xs));
		good[0] = lab[s] == 1;
		good[1] = lab[s] == 2;
		rc = rasdp_trainset_add(c->t, key ? key : x->id, xs, good, 2);
		c->sentences++;
		c->background += lab[s] == 2;
	}
	free(lab);
	rasd_doc_free(d);
	return rc;
}

/* Choices of the background decision: sentences holding spans of gold events. */
static int build_background(struct rasdp_eval *ev, const struct rasd_models *start,
			    struct rasdp_trainset *t, struct rasd_buf *info)
{
	struct bg_ctx c;
	int rc;

	(void)start;   /* the engine reads sentences with the starting weights */
	memset(&c, 0, sizeof(c));
	c.t = t;
	c.e = rasdp_eval_engine(ev);
	if (!c.e)
		return RASD_EINVAL;
	rc = rasdp_eval_each_report(ev, bg_report, &c);
	if (!rc)
		rasd_buf_addf(info, "%zu sentences telling of gold events, %zu of them of background events",
			      c.sentences, c.background);
	return rc;
}

/* ---- casualty: which casualty word governs a count ------------------- */

/* A gold figure written as a number: its byte span and kind. */
struct gfig {
	size_t start, end;
	const char *kind;
};

/* Candidates of one place choice ("no place" and an event's candidates). */
#define MAX_PLACE_CHOICE 64

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
	d = extract_again(e, x, text, len, 0);
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
	d = extract_again(c->e, x, cs->text, cs->len, RASDP_EXTRACT_TRACE_SOURCES);
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

/* ---- place: which place is the event's ------------------------------ */

/* The candidates of one event of a re-extracted report, copied out of its arena. */
struct place_event {
	size_t n;
	int32_t *place;               /* per candidate */
	float *x;                     /* n * nfeats */
};

struct place_doc {
	const char *id;               /* the extraction's, owned by the scorer */
	struct place_event *ev;
	size_t nev;
};

struct place_ctx {
	struct rasdp_trainset *t;
	const rasd_engine *e;
	struct rasdp_eval *ev;
	struct place_doc *docs;
	size_t ndocs, alloc;
	size_t framed;                /* the index of the feature "framed", or nfeats */
	size_t events, labelled, framed_right;
};

static int cmp_place_doc(const void *x, const void *y)
{
	return strcmp(((const struct place_doc *)x)->id, ((const struct place_doc *)y)->id);
}

/* Extract one report again and keep its events' place candidates. */
static int place_report(void *ctx, const rasd_engine *e, const char *id,
			struct json_object *gold, const struct rasd_extraction *x,
			const char *text, size_t len)
{
	struct place_ctx *c = ctx;
	size_t nf = c->t->d->nfeats, j, k;
	struct place_doc *pd;
	rasd_doc *d;
	int rc = 0;

	(void)e;
	(void)id;
	(void)gold;
	if (!text)
		return 0;
	d = extract_again(c->e, x, text, len, 0);
	if (!d)
		return 0;
	if (c->ndocs == c->alloc) {
		size_t na = c->alloc ? 2 * c->alloc : 64;
		struct place_doc *nd = realloc(c->docs, na * sizeof(*nd));

		if (!nd) {
			rasd_doc_free(d);
			return RASD_ENOMEM;
		}
		c->docs = nd;
		c->alloc = na;
	}
	pd = &c->docs[c->ndocs++];
	pd->id = x->id;
	pd->nev = d->nevents;
	pd->ev = calloc(d->nevents + 1, sizeof(*pd->ev));
	if (!pd->ev)
		rc = RASD_ENOMEM;
	for (j = 0; !rc && j < d->nevents; j++) {
		const struct rasd_event *ev = &d->events[j];
		struct place_event *pe = &pd->ev[j];

		pe->n = ev->npcands;
		pe->place = calloc(pe->n + 1, sizeof(*pe->place));
		pe->x = calloc(pe->n * nf + 1, sizeof(*pe->x));
		if (!pe->place || !pe->x) {
			rc = RASD_ENOMEM;
			break;
		}
		for (k = 0; k < pe->n; k++) {
			pe->place[k] = ev->pcands[k].place;
			memcpy(pe->x + k * nf, ev->pcands[k].x, nf * sizeof(*pe->x));
		}
	}
	c->events += d->nevents;
	rasd_doc_free(d);
	return rc;
}

/*
 * Label the candidates of each event from the gold event eval pairs it
 * with: right are the most precise of the places that agree with its
 * location as the event scores judge it (its place or one containing it).  "No place" (all
 * features 0) is never right; an event paired with no gold event, or with
 * one without a location, or none of whose candidates agrees, teaches
 * nothing.
 */
static int place_label(void *ctx, const char *id, struct json_object *gold, const long *p2g,
		       size_t np)
{
	struct place_ctx *c = ctx;
	const char *key = rasdp_json_str(gold, "incident");
	size_t nf = c->t->d->nfeats, j, i;
	const struct rasd_lexicon *lx = rasdp_engine_lexicon(c->e);
	struct place_doc k, *pd;
	unsigned char good[MAX_PLACE_CHOICE];
	float *xs;
	int rc = 0;

	k.id = id;
	pd = bsearch(&k, c->docs, c->ndocs, sizeof(k), cmp_place_doc);
	if (!pd)
		return 0;
	xs = calloc((MAX_PLACE_CHOICE + 1) * nf, sizeof(*xs));
	if (!xs)
		return RASD_ENOMEM;
	for (j = 0; !rc && j < np && j < pd->nev; j++) {
		const struct place_event *pe = &pd->ev[j];
		unsigned framed_right = 0;
		int top = 0;

		if (p2g[j] < 0 || !pe->n || pe->n + 1 > MAX_PLACE_CHOICE)
			continue;
		memset(xs, 0, nf * sizeof(*xs));
		good[0] = 0;
		for (i = 0; i < pe->n; i++) {
			int a = rasdp_eval_place_agrees(c->ev, gold, (size_t)p2g[j], pe->place[i]);
			int r = rasdp_place_rank(rasdp_lex_place(lx, (size_t)pe->place[i]));

			if (a < 0)
				break;
			good[i + 1] = (unsigned char)a;
			if (a && r > top)
				top = r;
			memcpy(xs + (i + 1) * nf, pe->x + i * nf, nf * sizeof(*xs));
		}
		if (i < pe->n || !top)
			continue;
		/* of the places that agree, the most precise: not the governorate of a town */
		for (i = 0; i < pe->n; i++) {
			good[i + 1] = good[i + 1] &&
				rasdp_place_rank(rasdp_lex_place(lx, (size_t)pe->place[i])) == top;
			framed_right |= good[i + 1] && c->framed < nf && pe->x[i * nf + c->framed] > 0;
		}
		rc = rasdp_trainset_add(c->t, key ? key : id, xs, good, (unsigned)pe->n + 1);
		c->labelled++;
		c->framed_right += framed_right;
	}
	free(xs);
	return rc;
}

/* Choices of the place decision: each event's candidate places, labelled from the gold. */
static int build_place(struct rasdp_eval *ev, const struct rasd_models *start,
		       struct rasdp_trainset *t, struct rasd_buf *info)
{
	struct place_ctx c;
	size_t i, j;
	int rc;

	(void)start;   /* the engine extracts with the starting weights */
	memset(&c, 0, sizeof(c));
	c.t = t;
	c.ev = ev;
	c.e = rasdp_eval_engine(ev);
	if (!c.e)
		return RASD_EINVAL;
	for (c.framed = 0; c.framed < t->d->nfeats && strcmp(t->d->feats[c.framed].name, "framed");
	     c.framed++)
		;
	rc = rasdp_eval_each_report(ev, place_report, &c);
	if (!rc && c.ndocs)
		qsort(c.docs, c.ndocs, sizeof(*c.docs), cmp_place_doc);
	if (!rc)
		rc = rasdp_eval_each_alignment(ev, place_label, &c);
	if (!rc)
		rasd_buf_addf(info, "%zu events of %zu reports, %zu paired with a gold event whose "
			      "location a candidate agrees with (the framed place among them %zu times)",
			      c.events, c.ndocs, c.labelled, c.framed_right);
	for (i = 0; i < c.ndocs; i++) {
		for (j = 0; j < c.docs[i].nev; j++) {
			free(c.docs[i].ev[j].place);
			free(c.docs[i].ev[j].x);
		}
		free(c.docs[i].ev);
	}
	free(c.docs);
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
static int build_disagree(struct rasdp_eval *ev, const struct rasd_models *start,
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

static int (*const builders[RASD_DEC__COUNT])(struct rasdp_eval *, const struct rasd_models *,
						struct rasdp_trainset *, struct rasd_buf *) = {
	[RASD_DEC_LINK] = build_link,
	[RASD_DEC_FRAME] = build_frame,
	[RASD_DEC_BACKGROUND] = build_background,
	[RASD_DEC_CASUALTY] = build_casualty,
	[RASD_DEC_SOURCE] = build_source,
	[RASD_DEC_PLACE] = build_place,
	[RASD_DEC_DISAGREE] = build_disagree,
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
			explain(report, d, t.fixed, m0->w, w);
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
