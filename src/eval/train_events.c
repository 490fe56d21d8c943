/*
 * train_events.c - the choices of the decisions on events, from each
 * report extracted again: frame (what kind of event is it, if any?,
 * labelled from the gold event paired with each event), background (does
 * a sentence recall another time?, from the gold events whose spans it
 * holds) and place (which place is the event's?, from the location of the
 * paired gold event).  train.c's opening comment gives the labels.
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
	d = rasdp_train_extract_again(c->e, x, text, len, 0);
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
int rasdp_train_frame(struct rasdp_eval *ev, const struct rasd_models *start,
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

/*
 * Add a yes/no choice: "no" (all features 0) against "yes" with features
 * `x`, `yes` saying which is right.
 */
static int add_yes_no(struct rasdp_trainset *t, const char *group, const float *x, int yes)
{
	size_t nf = t->d->nfeats;
	float xs[2 * 64];
	unsigned char good[2];

	if (nf > 64)
		return 0;
	memset(xs, 0, nf * sizeof(*xs));
	memcpy(xs + nf, x, nf * sizeof(*xs));
	good[0] = !yes;
	good[1] = !!yes;
	return rasdp_trainset_add(t, group, xs, good, 2);
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

/* Mark in mask[] with `bit` the sentence of span `key` of `o`. */
static void mark_span(const struct rasd_doc *d, struct json_object *o, const char *key,
		      uint64_t bit, uint64_t *mask)
{
	int64_t a, b;
	long s;

	if (!rasdp_json_span(o, key, &a, &b))
		return;
	s = sentence_of(d, byte_of_cp(d->text, d->text_len, (long)a));
	if (s >= 0)
		mask[s] |= bit;
}

/*
 * Mark in mask[] (d->nsents) each sentence holding a span of a gold event
 * of `gevs` (its place, date or a figure): by role, 1 for a main or
 * secondary event and 2 for a background one; else the event's own bit
 * (the first 64 events).
 */
static void mark_gold(const struct rasd_doc *d, struct json_object *gevs, int by_role,
		      uint64_t *mask)
{
	size_t i, j;

	for (i = 0; i < rasdp_json_len(gevs); i++) {
		struct json_object *g = rasdp_json_at(gevs, i), *cls = rasdp_json_arr(g, "claims");
		const char *role = rasdp_json_str(g, "role");
		uint64_t bit = by_role ? (role && !strcmp(role, "background") ? 2 : 1)
			: i < 64 ? (uint64_t)1 << i : 0;

		if (!bit)
			continue;
		mark_span(d, g, "location_span", bit, mask);
		mark_span(d, g, "date_span", bit, mask);
		for (j = 0; j < rasdp_json_len(cls); j++)
			mark_span(d, rasdp_json_at(cls, j), "span", bit, mask);
	}
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
	size_t nf = c->t->d->nfeats;
	uint64_t *lab = NULL;
	struct rasdp_ctx fc;
	rasd_doc *d;
	uint32_t s;
	int rc = 0;

	if (!text || !rasdp_json_len(gevs))
		return 0;
	d = rasdp_train_extract_again(c->e, x, text, len, 0);
	if (!d)
		return 0;
	lab = calloc(d->nsents + 1, sizeof(*lab));
	rc = lab ? rasdp_ctx_read(&fc, c->e, d) : RASD_ENOMEM;
	if (!rc && d->arena.failed)
		rc = RASD_ENOMEM;
	if (!rc)
		mark_gold(d, gevs, 1, lab);
	for (s = 0; !rc && s < d->nsents; s++) {
		if ((lab[s] != 1 && lab[s] != 2) || nf > 64)
			continue;
		rc = add_yes_no(c->t, key ? key : x->id, fc.si[s].bg_x, lab[s] == 2);
		c->sentences++;
		c->background += lab[s] == 2;
	}
	free(lab);
	rasd_doc_free(d);
	return rc;
}

/* Choices of the background decision: sentences holding spans of gold events. */
int rasdp_train_background(struct rasdp_eval *ev, const struct rasd_models *start,
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

/* Candidates of one place choice ("no place" and an event's candidates). */
#define MAX_PLACE_CHOICE 64
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
	d = rasdp_train_extract_again(c->e, x, text, len, 0);
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
int rasdp_train_place(struct rasdp_eval *ev, const struct rasd_models *start,
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

/* ---- merge: are two frames of a report one event? ------------------- */

struct merge_ctx {
	struct rasdp_trainset *t;
	const rasd_engine *e;
	size_t choices, vetoed, one, apart, unlabelled;
};

/* The gold events with a span in the sentences `s` (`n`). */
static uint64_t gold_of(const uint64_t *mask, const uint32_t *s, size_t n)
{
	uint64_t g = 0;
	size_t i;

	for (i = 0; i < n; i++)
		g |= mask[s[i]];
	return g;
}

/*
 * Extract one report again, recording its merge choices, and label each
 * from the gold events whose spans (place, date, figures) its sentences
 * hold: one event when the later side's gold events are the earlier
 * frame's, or it holds none (it tells of no event of its own), two when
 * they share none; an earlier frame of no gold event,
 * sides sharing only some, and a choice one of the fixed reasons to keep
 * apart settles (rasdp_merge_fixed) teach nothing.
 */
static int merge_report(void *ctx, const rasd_engine *e, const char *id,
			struct json_object *gold, const struct rasd_extraction *x,
			const char *text, size_t len)
{
	struct merge_ctx *c = ctx;
	struct json_object *gevs = rasdp_json_arr(gold, "events");
	const char *key = rasdp_json_str(gold, "incident");
	size_t nf = c->t->d->nfeats, i, j;
	uint64_t *mask;
	rasd_doc *d;
	int rc = 0;

	(void)e;
	(void)id;
	if (!text || !rasdp_json_len(gevs) || nf > 64)
		return 0;
	d = rasdp_train_extract_again(c->e, x, text, len, RASDP_EXTRACT_TRACE_MERGES);
	if (!d)
		return 0;
	mask = calloc(d->nsents + 1, sizeof(*mask));
	if (!mask)
		rc = RASD_ENOMEM;
	if (!rc)
		mark_gold(d, gevs, 0, mask);
	for (i = 0; !rc && i < d->nmerge_trace; i++) {
		const struct rasdp_merge_choice *ch = &d->merge_trace[i];
		uint64_t ga = gold_of(mask, ch->sents, ch->nearlier);
		uint64_t gb = gold_of(mask, ch->sents + ch->nearlier, ch->nlater);
		int one;

		c->choices++;
		for (j = 0; j < nf && !(rasdp_merge_fixed[j] && ch->x[j] != 0); j++)
			;
		if (j < nf) {
			c->vetoed++;
			continue;
		}
		if (!ga || ((ga != gb) && (gb & ga))) {
			c->unlabelled++;
			continue;
		}
		one = !gb || (gb & ga);
		c->one += one;
		c->apart += !one;
		rc = add_yes_no(c->t, key ? key : x->id, ch->x, one);
	}
	rasd_doc_free(d);
	free(mask);
	return rc;
}

/* Choices of the merge decision: pairs of frames whose sentences hold gold events' spans. */
int rasdp_train_merge(struct rasdp_eval *ev, const struct rasd_models *start,
		      struct rasdp_trainset *t, struct rasd_buf *info)
{
	struct merge_ctx c = { .t = t, .e = rasdp_eval_engine(ev) };
	int rc;

	(void)start;   /* the engine frames with the starting weights */
	t->fixed = rasdp_merge_fixed;
	if (!c.e)
		return RASD_EINVAL;
	rc = rasdp_eval_each_report(ev, merge_report, &c);
	if (!rc)
		rasd_buf_addf(info, "%zu merge choices, %zu settled by a fixed reason to keep apart, "
			      "%zu labelled: %zu one event, %zu two (the rest: an earlier frame of no "
			      "gold event's span, or sides sharing only some)",
			      c.choices, c.vetoed, c.one + c.apart, c.one, c.apart);
	return rc;
}
