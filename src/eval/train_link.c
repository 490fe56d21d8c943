/*
 * train_link.c - the choices of the link decision (are two events one
 * incident?): what the gold says of each predicted event (main,
 * secondary or background happening, or unsure), then every pair of
 * events clustering compares labelled "one incident" or "apart", with
 * the pairs the gold does not settle left out (train.c's opening comment).
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
/* Choices of the link decision from the eval's reports; *info gets what was built. */
int rasdp_train_link(struct rasdp_eval *ev, const struct rasd_models *start,
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
