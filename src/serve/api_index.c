/*
 * api_index.c - the incidents of the store in memory, for paging,
 * filtering, the map and the timeline at the scale of 100,000 incidents.
 *
 * One pass over the store's incidents keeps each incident's JSON (served
 * as is by GET /api/incidents/:id) and a compact summary of it: dates,
 * type, governorate, place and point, fatalities, counts of reports and
 * disputes, the actors.  Listing filters the summaries in memory (a scan
 * of 100,000 small records takes milliseconds), sorts by date through a
 * permutation built once, and writes one page; the map view aggregates the
 * matching incidents by point and the timeline by day, week or month, so
 * the page draws a few thousand markers and bars, never 100,000.  Only
 * full-text search (q=) asks the store, for the reports whose text
 * matches (one FTS query); an incident matches when one of its reports
 * does.
 *
 * The index is rebuilt after a write through the API (rasdp_api_cache_drop)
 * and, when it is older than INDEX_TTL seconds, when the store's counts of
 * documents or incidents changed (a `rasd ingest` from another process).
 * Handlers run one at a time (server.c), so it needs no lock.
 */
#include <stdio.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <json-c/json.h>

#include "base/err.h"
#include "base/jsonr.h"
#include "base/jsonw.h"
#include "serve/serve_int.h"
#include "store/store.h"
#include "base/banned.h"

#define INDEX_TTL 2

/* One incident: its JSON and what filters, sorts and the map need. */
struct isum {
	char *id;
	char *json;
	size_t len;
	char date[11], date_last[11];   /* "" when unknown */
	char *type, *sub, *admin1, *admin1_id, *place, *place_ar, *actors;  /* malloc'd or NULL */
	char **docs;                    /* its reports' ids (ndocs), for text search */
	double lat, lon;
	long long low, best, high;
	unsigned ndocs, ndisputes;
	unsigned char has_ll, has_fat;
	char disputed[96];              /* attributes disputed, "killed,participation" */
};

struct rasdp_inc_cache {
	struct isum *s;
	size_t n, alloc;
	size_t *by_date;                /* indexes, oldest first (undated first), then id */
	size_t *slots;                  /* id -> index + 1, open addressing */
	size_t cap;
	struct timespec built;          /* CLOCK_MONOTONIC */
	int64_t ndocs, nincs;           /* the store's counts when built */
	uint64_t generation;            /* the server's writes when built (serve_int.h) */
	char *last_q;                   /* the last text searched, and the reports it matched: */
	char **q_ids;                   /* a list, its map and its pages ask the same */
	size_t q_n;
};

static size_t hash_id(const char *s)
{
	size_t h = 1469598103934665603u;

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	return h;
}

static void sum_release(struct isum *x)
{
	free(x->id);
	free(x->json);
	free(x->type);
	free(x->sub);
	free(x->admin1);
	free(x->admin1_id);
	free(x->place);
	free(x->place_ar);
	free(x->actors);
	if (x->docs) {
		unsigned i;

		for (i = 0; i < x->ndocs; i++)
			free(x->docs[i]);
		free(x->docs);
	}
}

void rasdp_api_cache_drop(struct rasd_server *sv)
{
	struct rasdp_inc_cache *c = sv->incs;
	size_t i;

	if (!c)
		return;
	for (i = 0; i < c->n; i++)
		sum_release(&c->s[i]);
	free(c->s);
	free(c->by_date);
	free(c->slots);
	for (i = 0; i < c->q_n; i++)
		free(c->q_ids[i]);
	free(c->q_ids);
	free(c->last_q);
	free(c);
	sv->incs = NULL;
}

static char *dup_or_null(const char *s)
{
	return s ? strdup(s) : NULL;
}

/*
 * A quick reading of the incident JSON for its summary.  Parsing 100,000
 * incidents whole with json-c costs some 2.5 s of CPU, nearly all of it in
 * members the summary does not need (claims, accounts, participation);
 * this reader walks the top-level members and skips those by their
 * brackets, which is an order of magnitude faster.  It reads only what
 * the JSON writer of src/incident/emit.c writes; on anything else it
 * fails and the incident is summarised from a full parse instead
 * (summarise_parsed), so an odd stored line costs time, never a wrong
 * summary.
 */
struct scan {
	const char *p, *e;
	int bad;
};

static void sws(struct scan *z)
{
	while (z->p < z->e && (*z->p == ' ' || *z->p == '\n' || *z->p == '\t' || *z->p == '\r'))
		z->p++;
}

static int seat(struct scan *z, char c)
{
	sws(z);
	if (z->p < z->e && *z->p == c) {
		z->p++;
		return 1;
	}
	return 0;
}

/* A string into out (NUL-terminated, cut at n - 1), or skipped when out is NULL. */
static void sstr(struct scan *z, char *out, size_t n)
{
	size_t k = 0;

	if (!seat(z, '"')) {
		z->bad = 1;
		return;
	}
	while (z->p < z->e && *z->p != '"') {
		char c = *z->p++;

		if (c == '\\') {
			if (z->p >= z->e) {
				z->bad = 1;
				return;
			}
			c = *z->p++;
			if (c == 'u') {
				/* only the summary's names could hold one: give up, parse whole */
				z->bad = 1;
				return;
			}
			c = c == 'n' ? '\n' : c == 't' ? '\t' : c == 'r' ? '\r' : c == 'b' ? '\b' : c == 'f' ? '\f' : c;
		}
		if (out && k + 1 < n)
			out[k++] = c;
	}
	if (!seat(z, '"'))
		z->bad = 1;
	if (out && n)
		out[k] = '\0';
}

/* Any value, skipped: a string, a scalar, or a container by its brackets. */
static void sskip(struct scan *z)
{
	int depth = 0;

	sws(z);
	if (z->p < z->e && *z->p == '"') {
		sstr(z, NULL, 0);
		return;
	}
	if (z->p < z->e && *z->p != '{' && *z->p != '[') {
		/* a number, true, false or null */
		const char *b = z->p;

		while (z->p < z->e && *z->p && !strchr(",}] \t\r\n", *z->p))
			z->p++;
		if (z->p == b)
			z->bad = 1;
		return;
	}
	do {
		if (z->p >= z->e) {
			z->bad = 1;
			return;
		}
		if (*z->p == '"') {
			sstr(z, NULL, 0);
			if (z->bad)
				return;
			continue;
		}
		if (*z->p == '{' || *z->p == '[')
			depth++;
		else if (*z->p == '}' || *z->p == ']')
			depth--;
		z->p++;
	} while (depth > 0);
}

static double snum(struct scan *z, int *isnull)
{
	char buf[48];
	size_t k = 0;

	sws(z);
	*isnull = 0;
	if (z->e - z->p >= 4 && !memcmp(z->p, "null", 4)) {
		z->p += 4;
		*isnull = 1;
		return 0;
	}
	while (z->p < z->e && k + 1 < sizeof(buf) && strchr("+-.0123456789eE", *z->p))
		buf[k++] = *z->p++;
	buf[k] = '\0';
	if (!k)
		z->bad = 1;
	return strtod(buf, NULL);
}

/* A string member or null, malloc'd into *out. */
static void sdup(struct scan *z, char **out)
{
	char buf[512];

	sws(z);
	if (z->e - z->p >= 4 && !memcmp(z->p, "null", 4)) {
		z->p += 4;
		return;
	}
	sstr(z, buf, sizeof(buf));
	if (!z->bad && !(*out = strdup(buf)))
		z->bad = 1;
}

/*
 * The members of an object, calling member(z, key, ctx) positioned on each
 * value; member reads it or returns 0 to have it skipped.
 */
static void sobj(struct scan *z, int (*member)(struct scan *, const char *, void *), void *ctx)
{
	char key[64];

	sws(z);
	if (z->e - z->p >= 4 && !memcmp(z->p, "null", 4)) {
		z->p += 4;
		return;
	}
	if (!seat(z, '{')) {
		z->bad = 1;
		return;
	}
	if (seat(z, '}'))
		return;
	do {
		sstr(z, key, sizeof(key));
		if (z->bad || !seat(z, ':')) {
			z->bad = 1;
			return;
		}
		if (!member(z, key, ctx))
			sskip(z);
	} while (!z->bad && seat(z, ','));
	if (!z->bad && !seat(z, '}'))
		z->bad = 1;
}

/* The elements of an array, each read by elem(z, ctx). */
static void sarr(struct scan *z, void (*elem)(struct scan *, void *), void *ctx)
{
	if (!seat(z, '[')) {
		z->bad = 1;
		return;
	}
	if (seat(z, ']'))
		return;
	do
		elem(z, ctx);
	while (!z->bad && seat(z, ','));
	if (!z->bad && !seat(z, ']'))
		z->bad = 1;
}

static int place_member(struct scan *z, const char *k, void *ctx)
{
	struct isum *x = ctx;
	int isnull;

	if (!strcmp(k, "name"))
		sdup(z, &x->place);
	else if (!strcmp(k, "name_ar"))
		sdup(z, &x->place_ar);
	else if (!strcmp(k, "admin1_id"))
		sdup(z, &x->admin1_id);
	else if (!strcmp(k, "lat"))
		x->lat = snum(z, &isnull), x->has_ll |= isnull ? 0 : 1;
	else if (!strcmp(k, "lon"))
		x->lon = snum(z, &isnull), x->has_ll |= isnull ? 0 : 2;
	else
		return 0;
	return 1;
}

static int fat_member(struct scan *z, const char *k, void *ctx)
{
	struct isum *x = ctx;
	int isnull;
	double v;

	if (strcmp(k, "low") && strcmp(k, "best") && strcmp(k, "high"))
		return 0;
	v = snum(z, &isnull);
	if (isnull)
		return 1;
	x->has_fat = 1;
	if (!strcmp(k, "low"))
		x->low = (long long)v;
	else if (!strcmp(k, "best"))
		x->best = (long long)v;
	else
		x->high = (long long)v;
	return 1;
}

struct actor_acc {
	struct isum *x;
	char buf[4096];
	size_t n;
};

static int actor_member(struct scan *z, const char *k, void *ctx)
{
	struct actor_acc *a = ctx;
	char id[128];

	if (strcmp(k, "id"))
		return 0;
	sstr(z, id, sizeof(id));
	if (!z->bad && a->n + strlen(id) + 2 < sizeof(a->buf))
		a->n += (size_t)snprintf(a->buf + a->n, sizeof(a->buf) - a->n, "%s ", id);
	return 1;
}

static void actor_elem(struct scan *z, void *ctx)
{
	sobj(z, actor_member, ctx);
}

static void doc_elem(struct scan *z, void *ctx)
{
	struct isum *x = ctx;
	char id[512];
	char **d;

	sstr(z, id, sizeof(id));
	if (z->bad)
		return;
	d = realloc(x->docs, (x->ndocs + 2) * sizeof(*d));
	if (!d || !(d[x->ndocs] = strdup(id))) {
		if (d)
			x->docs = d;
		z->bad = 1;
		return;
	}
	x->docs = d;
	x->docs[++x->ndocs] = NULL;
}

static int dispute_member(struct scan *z, const char *k, void *ctx)
{
	struct isum *x = ctx;
	char a[48];
	size_t n = strlen(x->disputed);

	if (strcmp(k, "attribute"))
		return 0;
	sstr(z, a, sizeof(a));
	if (!z->bad && !strstr(x->disputed, a) && n + strlen(a) + 2 < sizeof(x->disputed))
		snprintf(x->disputed + n, sizeof(x->disputed) - n, "%s%s", n ? "," : "", a);
	return 1;
}

static void dispute_elem(struct scan *z, void *ctx)
{
	struct isum *x = ctx;

	x->ndisputes++;
	sobj(z, dispute_member, ctx);
}

static int top_member(struct scan *z, const char *k, void *ctx)
{
	struct isum *x = ctx;
	char buf[16];

	if (!strcmp(k, "event_type")) {
		sdup(z, &x->type);
	} else if (!strcmp(k, "sub_event_type")) {
		sdup(z, &x->sub);
	} else if (!strcmp(k, "admin1")) {
		sdup(z, &x->admin1);
	} else if (!strcmp(k, "date") || !strcmp(k, "date_last")) {
		sws(z);
		if (z->e - z->p >= 4 && !memcmp(z->p, "null", 4)) {
			z->p += 4;
			return 1;
		}
		sstr(z, buf, sizeof(buf));
		snprintf(!strcmp(k, "date") ? x->date : x->date_last, sizeof(x->date), "%.10s", buf);
	} else if (!strcmp(k, "place")) {
		sobj(z, place_member, x);
	} else if (!strcmp(k, "fatalities")) {
		sobj(z, fat_member, x);
	} else if (!strcmp(k, "actors")) {
		struct actor_acc a;

		a.x = x;
		a.buf[0] = ' ';
		a.buf[1] = '\0';
		a.n = 1;
		sarr(z, actor_elem, &a);
		if (!z->bad && a.n > 1 && !(x->actors = strdup(a.buf)))
			z->bad = 1;
	} else if (!strcmp(k, "documents")) {
		sarr(z, doc_elem, x);
	} else if (!strcmp(k, "disputes")) {
		sarr(z, dispute_elem, x);
	} else {
		return 0;
	}
	return 1;
}

/* The summary by the quick reading; 0, or -1 when it must be parsed whole. */
static int summarise_scan(struct isum *x)
{
	struct scan z = { x->json, x->json + x->len, 0 };

	sobj(&z, top_member, x);
	if (!z.bad)
		sws(&z);
	if (z.bad || z.p != z.e)
		return -1;
	x->has_ll = x->has_ll == 3;
	return 0;
}

/* Forget what a failed quick reading left, keeping the id and the JSON. */
static void summary_clear(struct isum *x)
{
	struct isum keep = { 0 };

	keep.id = x->id;
	keep.json = x->json;
	keep.len = x->len;
	x->id = x->json = NULL;
	sum_release(x);
	*x = keep;
}

/* Summarise one stored incident: the quick reading, else a full parse. */
static int summarise(struct isum *x, const char *id, const char *json)
{
	json_object *inc, *pl, *f, *ds, *acts;
	const char *s;
	double v;
	size_t i, k = 0;

	memset(x, 0, sizeof(*x));
	x->id = strdup(id);
	x->len = strlen(json);
	x->json = malloc(x->len + 1);
	if (!x->id || !x->json)
		return RASD_ENOMEM;
	memcpy(x->json, json, x->len + 1);
	if (!summarise_scan(x))
		return 0;
	summary_clear(x);
	if (rasdp_json_parse(json, x->len, &inc, NULL))
		return 0;   /* kept, unfiltered: a stored line that no longer reads */
	if ((s = rasdp_json_str(inc, "date")))
		snprintf(x->date, sizeof(x->date), "%.10s", s);
	if ((s = rasdp_json_str(inc, "date_last")))
		snprintf(x->date_last, sizeof(x->date_last), "%.10s", s);
	x->type = dup_or_null(rasdp_json_str(inc, "event_type"));
	x->sub = dup_or_null(rasdp_json_str(inc, "sub_event_type"));
	x->admin1 = dup_or_null(rasdp_json_str(inc, "admin1"));
	pl = rasdp_json_obj(inc, "place");
	if (pl) {
		x->admin1_id = dup_or_null(rasdp_json_str(pl, "admin1_id"));
		x->place = dup_or_null(rasdp_json_str(pl, "name"));
		x->place_ar = dup_or_null(rasdp_json_str(pl, "name_ar"));
		if (rasdp_json_num(pl, "lat", &x->lat) && rasdp_json_num(pl, "lon", &x->lon))
			x->has_ll = 1;
	}
	f = rasdp_json_obj(inc, "fatalities");
	if (f && rasdp_json_num(f, "best", &v)) {
		x->has_fat = 1;
		x->best = (long long)v;
		x->low = rasdp_json_num(f, "low", &v) ? (long long)v : x->best;
		x->high = rasdp_json_num(f, "high", &v) ? (long long)v : x->best;
	}
	{
		json_object *docs = rasdp_json_arr(inc, "documents");

		x->docs = calloc(rasdp_json_len(docs) + 1, sizeof(*x->docs));
		for (i = 0; x->docs && i < rasdp_json_len(docs); i++) {
			const char *d = json_object_get_string(rasdp_json_at(docs, i));

			if (d && (x->docs[x->ndocs] = strdup(d)))
				x->ndocs++;
		}
		if (!x->docs) {
			json_object_put(inc);
			return RASD_ENOMEM;
		}
	}
	ds = rasdp_json_arr(inc, "disputes");
	x->ndisputes = (unsigned)rasdp_json_len(ds);
	for (i = 0; i < x->ndisputes; i++) {
		const char *a = rasdp_json_str(rasdp_json_at(ds, i), "attribute");

		if (!a || strstr(x->disputed, a) || k + strlen(a) + 2 >= sizeof(x->disputed))
			continue;
		k += (size_t)snprintf(x->disputed + k, sizeof(x->disputed) - k, "%s%s", k ? "," : "", a);
	}
	acts = rasdp_json_arr(inc, "actors");
	if (rasdp_json_len(acts)) {
		size_t n = 2;
		char *p;

		for (i = 0; i < rasdp_json_len(acts); i++)
			n += strlen(rasdp_json_str(rasdp_json_at(acts, i), "id") ?
				    rasdp_json_str(rasdp_json_at(acts, i), "id") : "") + 1;
		x->actors = p = malloc(n + 1);
		if (p) {
			*p++ = ' ';
			for (i = 0; i < rasdp_json_len(acts); i++) {
				const char *a = rasdp_json_str(rasdp_json_at(acts, i), "id");

				if (!a)
					continue;
				memcpy(p, a, strlen(a));
				p += strlen(a);
				*p++ = ' ';
			}
			*p = '\0';
		}
	}
	json_object_put(inc);
	return 0;
}

static int add_one(void *ctx, const char *id, const char *json, const char *text)
{
	struct rasdp_inc_cache *c = ctx;

	(void)text;
	if (c->n == c->alloc) {
		size_t na = c->alloc ? c->alloc * 2 : 1024;
		struct isum *s = realloc(c->s, na * sizeof(*s));

		if (!s)
			return RASD_ENOMEM;
		c->s = s;
		c->alloc = na;
	}
	if (summarise(&c->s[c->n], id, json)) {
		sum_release(&c->s[c->n]);
		return RASD_ENOMEM;
	}
	c->n++;
	return 0;
}

/* The sort key of an incident: its day, then its id. */
struct dkey {
	const char *date, *id;
	size_t i;
};

static int cmp_date(const void *a, const void *b)
{
	const struct dkey *x = a, *y = b;
	int r = strcmp(x->date, y->date);

	return r ? r : strcmp(x->id, y->id);
}

static int build(struct rasd_server *sv, rasd_err *err)
{
	struct rasd_store_filter f;
	struct rasdp_inc_cache *c = calloc(1, sizeof(*c));
	struct dkey *keys;
	size_t i;
	int rc;

	if (!c)
		return rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
	sv->incs = c;
	clock_gettime(CLOCK_MONOTONIC, &c->built);
	if (sv->shared) {
		/* read before the store: a write that lands meanwhile makes it stale */
		pthread_mutex_lock(&sv->shared->lock);
		c->generation = sv->shared->generation;
		pthread_mutex_unlock(&sv->shared->lock);
	}
	memset(&f, 0, sizeof(f));
	rc = rasdp_store_count(sv->store, "documents", &c->ndocs, err);
	if (!rc)
		rc = rasdp_store_count(sv->store, "incidents", &c->nincs, err);
	if (!rc)
		rc = rasdp_store_incidents(sv->store, &f, add_one, c, err);
	if (!rc) {
		c->by_date = malloc((c->n ? c->n : 1) * sizeof(*c->by_date));
		for (c->cap = 64; c->cap < 2 * c->n + 2; c->cap *= 2)
			;
		c->slots = calloc(c->cap, sizeof(*c->slots));
		if (!c->by_date || !c->slots)
			rc = RASD_ENOMEM;
	}
	if (rc) {
		rasdp_api_cache_drop(sv);
		return rc < 0 ? rc : rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
	}
	keys = malloc((c->n ? c->n : 1) * sizeof(*keys));
	if (!keys) {
		rasdp_api_cache_drop(sv);
		return rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
	}
	for (i = 0; i < c->n; i++) {
		size_t h = hash_id(c->s[i].id) & (c->cap - 1);

		keys[i].date = c->s[i].date;
		keys[i].id = c->s[i].id;
		keys[i].i = i;
		while (c->slots[h])
			h = (h + 1) & (c->cap - 1);
		c->slots[h] = i + 1;
	}
	qsort(keys, c->n, sizeof(*keys), cmp_date);
	for (i = 0; i < c->n; i++)
		c->by_date[i] = keys[i].i;
	free(keys);
	return 0;
}

/* The index, built or refreshed as needed; NULL with the reply filled on failure. */
static struct rasdp_inc_cache *index_of(struct rasd_server *sv, struct rasd_reply *r)
{
	rasd_err err = { 0 };
	int rc;

	if (sv->incs && sv->shared) {
		uint64_t g;

		/* a write by another thread of this server: rebuild */
		pthread_mutex_lock(&sv->shared->lock);
		g = sv->shared->generation;
		pthread_mutex_unlock(&sv->shared->lock);
		if (g != sv->incs->generation)
			rasdp_api_cache_drop(sv);
	}
	if (sv->incs) {
		struct timespec now;

		clock_gettime(CLOCK_MONOTONIC, &now);
		if (now.tv_sec - sv->incs->built.tv_sec >= INDEX_TTL) {
			int64_t nd = -1, ni = -1;

			if (rasdp_store_count(sv->store, "documents", &nd, NULL) ||
			    rasdp_store_count(sv->store, "incidents", &ni, NULL) ||
			    nd != sv->incs->ndocs || ni != sv->incs->nincs)
				rasdp_api_cache_drop(sv);
			else
				sv->incs->built = now;
		}
	}
	if (!sv->incs) {
		rc = build(sv, &err);
		if (rc) {
			rasdp_serve_error_rc(r, rc, &err, "incidents");
			return NULL;
		}
	}
	return sv->incs;
}

const char *rasdp_api_incident_json(struct rasd_server *sv, const char *id, size_t *len,
				    struct rasd_reply *r)
{
	struct rasdp_inc_cache *c = index_of(sv, r);
	size_t h;

	if (!c)
		return NULL;
	for (h = hash_id(id) & (c->cap - 1); c->slots[h]; h = (h + 1) & (c->cap - 1)) {
		const struct isum *x = &c->s[c->slots[h] - 1];

		if (!strcmp(x->id, id)) {
			*len = x->len;
			return x->json;
		}
	}
	rasdp_serve_error(r, 404, "no such incident", id);
	return NULL;
}

/* ---- listing ---------------------------------------------------------- */

/* Ids the store's full-text search finds, sorted for bsearch. */
struct idset {
	char **ids;
	size_t n, alloc;
};

static int idset_add(void *ctx, const struct rasd_store_event_row *row)
{
	struct idset *s = ctx;
	const char *id = row->doc_id;

	if (s->n && !strcmp(s->ids[s->n - 1], id))
		return 0;   /* the next event of the same report */
	if (s->n == s->alloc) {
		size_t na = s->alloc ? s->alloc * 2 : 256;
		char **p = realloc(s->ids, na * sizeof(*p));

		if (!p)
			return RASD_ENOMEM;
		s->ids = p;
		s->alloc = na;
	}
	if (!(s->ids[s->n] = strdup(id)))
		return RASD_ENOMEM;
	s->n++;
	return 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void idset_release(struct idset *s)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		free(s->ids[i]);
	free(s->ids);
}

struct query {
	const char *from, *to, *admin1, *type, *actor;
	int disputed;
	struct idset *q;              /* NULL: no text search */
};

static int matches(const struct isum *x, const struct query *q)
{
	if (q->from && strcmp(x->date_last[0] ? x->date_last : x->date, q->from) < 0)
		return 0;
	if (q->to && (!x->date[0] || strcmp(x->date, q->to) > 0))
		return 0;
	if (q->admin1 && !(x->admin1 && !strcmp(x->admin1, q->admin1)) &&
	    !(x->admin1_id && !strcmp(x->admin1_id, q->admin1)))
		return 0;
	if (q->type && !(x->type && !strcmp(x->type, q->type)))
		return 0;
	if (q->actor) {
		char pat[160];

		snprintf(pat, sizeof(pat), " %s ", q->actor);
		if (!x->actors || !strstr(x->actors, pat))
			return 0;
	}
	if (q->disputed && !x->ndisputes)
		return 0;
	if (q->q) {
		unsigned i;

		for (i = 0; q->q->n && i < x->ndocs; i++)
			if (bsearch(&x->docs[i], q->q->ids, q->q->n, sizeof(char *), cmp_str))
				break;
		if (!q->q->n)
			return 0;
		if (i == x->ndocs)
			return 0;
	}
	return 1;
}

static void str_or_null(struct rasd_jsonw *w, const char *s)
{
	if (s)
		rasd_jsonw_str(w, s);
	else
		rasd_jsonw_null(w);
}

/* The summary the list of the review page shows. */
static void summary_json(struct rasd_jsonw *w, const struct isum *x)
{
	const char *p = x->disputed;

	rasd_jsonw_obj(w);
	rasd_jsonw_key(w, "id");
	rasd_jsonw_str(w, x->id);
	rasd_jsonw_key(w, "date");
	str_or_null(w, x->date[0] ? x->date : NULL);
	rasd_jsonw_key(w, "date_last");
	str_or_null(w, x->date_last[0] ? x->date_last : NULL);
	rasd_jsonw_key(w, "event_type");
	str_or_null(w, x->type);
	rasd_jsonw_key(w, "sub_event_type");
	str_or_null(w, x->sub);
	rasd_jsonw_key(w, "admin1");
	str_or_null(w, x->admin1);
	rasd_jsonw_key(w, "place");
	if (x->place || x->has_ll) {
		rasd_jsonw_obj(w);
		rasd_jsonw_key(w, "name");
		str_or_null(w, x->place);
		rasd_jsonw_key(w, "name_ar");
		str_or_null(w, x->place_ar);
		if (x->has_ll) {
			rasd_jsonw_key(w, "lat");
			rasd_jsonw_num(w, x->lat);
			rasd_jsonw_key(w, "lon");
			rasd_jsonw_num(w, x->lon);
		}
		rasd_jsonw_obj_end(w);
	} else {
		rasd_jsonw_null(w);
	}
	rasd_jsonw_key(w, "fatalities");
	if (x->has_fat) {
		rasd_jsonw_obj(w);
		rasd_jsonw_key(w, "low");
		rasd_jsonw_int(w, x->low);
		rasd_jsonw_key(w, "best");
		rasd_jsonw_int(w, x->best);
		rasd_jsonw_key(w, "high");
		rasd_jsonw_int(w, x->high);
		rasd_jsonw_obj_end(w);
	} else {
		rasd_jsonw_null(w);
	}
	rasd_jsonw_key(w, "reports");
	rasd_jsonw_int(w, x->ndocs);
	rasd_jsonw_key(w, "disputes");
	rasd_jsonw_int(w, x->ndisputes);
	rasd_jsonw_key(w, "disputed");
	rasd_jsonw_arr(w);
	while (*p) {
		size_t n = strcspn(p, ",");
		char a[48];

		snprintf(a, sizeof(a), "%.*s", (int)(n < 47 ? n : 47), p);
		rasd_jsonw_str(w, a);
		p += n + (p[n] == ',');
	}
	rasd_jsonw_arr_end(w);
	rasd_jsonw_obj_end(w);
}

/* Days since 1970-01-01 of "YYYY-MM-DD" (civil calendar). */
static long days_of(const char *s)
{
	int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
	long yy = y - (m <= 2), era = (yy >= 0 ? yy : yy - 399) / 400;
	long yoe = yy - era * 400, doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

static void day_of(long z, char out[16])
{
	long era, doe, yoe, y, doy, mp, d, m;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	d = doy - (153 * mp + 2) / 5 + 1;
	m = mp < 10 ? mp + 3 : mp - 9;
	snprintf(out, 16, "%04ld-%02ld-%02ld", (y + (m <= 2)) % 10000, m % 100, d % 100);
}

/* A point of the map: the matching incidents at one coordinate. */
struct point {
	double lat, lon;
	size_t n, ndisputed, first;
};

static int cmp_point(const void *a, const void *b)
{
	const struct point *x = a, *y = b;

	if (x->lat != y->lat)
		return x->lat < y->lat ? -1 : 1;
	return x->lon < y->lon ? -1 : x->lon > y->lon;
}

/*
 * The map and the timeline of the matching incidents: points with their
 * counts, governorates with theirs, and bins of a day, a week or a month,
 * whichever gives at most about 60 bars.
 */
static void overview_json(struct rasd_jsonw *w, const struct rasdp_inc_cache *c,
			  const size_t *sel, size_t nsel)
{
	struct point *pts = malloc((nsel ? nsel : 1) * sizeof(*pts));
	long lo = 0, hi = 0, span, step, *bins = NULL;
	size_t i, j, np = 0, nb = 0, dated = 0;
	const char *unit;
	char d1[16], d2[16];

	if (!pts) {
		rasd_jsonw_key(w, "places");
		rasd_jsonw_null(w);
		return;
	}
	for (i = 0; i < nsel; i++) {
		const struct isum *x = &c->s[sel[i]];

		if (x->has_ll) {
			pts[np].lat = x->lat;
			pts[np].lon = x->lon;
			pts[np].n = 1;
			pts[np].ndisputed = x->ndisputes > 0;
			pts[np++].first = sel[i];
		}
		if (x->date[0]) {
			long d = days_of(x->date);

			if (!dated++ || d < lo)
				lo = d;
			if (dated == 1 || d > hi)
				hi = d;
		}
	}
	qsort(pts, np, sizeof(*pts), cmp_point);
	for (i = 0, j = 0; i < np; i++) {
		if (j && pts[j - 1].lat == pts[i].lat && pts[j - 1].lon == pts[i].lon) {
			pts[j - 1].n++;
			pts[j - 1].ndisputed += pts[i].ndisputed;
			if (strcmp(c->s[pts[i].first].id, c->s[pts[j - 1].first].id) < 0)
				pts[j - 1].first = pts[i].first;
			continue;
		}
		pts[j++] = pts[i];
	}
	np = j;
	rasd_jsonw_key(w, "places");
	rasd_jsonw_arr(w);
	for (i = 0; i < np; i++) {
		const struct isum *x = &c->s[pts[i].first];

		/* [lat, lon, incidents, disputed, an incident id, place name] */
		rasd_jsonw_arr(w);
		rasd_jsonw_num(w, pts[i].lat);
		rasd_jsonw_num(w, pts[i].lon);
		rasd_jsonw_int(w, (int64_t)pts[i].n);
		rasd_jsonw_int(w, (int64_t)pts[i].ndisputed);
		rasd_jsonw_str(w, x->id);
		str_or_null(w, x->place);
		rasd_jsonw_arr_end(w);
	}
	rasd_jsonw_arr_end(w);
	free(pts);
	/* the timeline */
	span = dated ? hi - lo + 1 : 0;
	unit = span <= 60 ? "day" : span <= 420 ? "week" : "month";
	rasd_jsonw_key(w, "timeline");
	rasd_jsonw_obj(w);
	rasd_jsonw_key(w, "unit");
	rasd_jsonw_str(w, unit);
	rasd_jsonw_key(w, "bins");
	rasd_jsonw_arr(w);
	if (dated) {
		int months = !strcmp(unit, "month");
		long y0, m0;

		day_of(lo, d1);
		y0 = atol(d1);
		m0 = atol(d1 + 5);
		step = !strcmp(unit, "week") ? 7 : 1;
		if (months) {
			day_of(hi, d2);
			nb = (size_t)((atol(d2) - y0) * 12 + atol(d2 + 5) - m0 + 1);
		} else {
			nb = (size_t)(span / step + 1);
		}
		bins = calloc(nb, sizeof(*bins));
		for (i = 0; bins && i < nsel; i++) {
			const struct isum *x = &c->s[sel[i]];
			long k;

			if (!x->date[0])
				continue;
			k = months ? (atol(x->date) - y0) * 12 + atol(x->date + 5) - m0
				   : (days_of(x->date) - lo) / step;
			if (k >= 0 && (size_t)k < nb)
				bins[k]++;
		}
		for (i = 0; bins && i < nb; i++) {
			rasd_jsonw_arr(w);
			if (months) {
				long y = y0 + ((long)i + m0 - 1) / 12, m = ((long)i + m0 - 1) % 12 + 1;
				long ny = m == 12 ? y + 1 : y, nm = m == 12 ? 1 : m + 1;
				char first[16];

				snprintf(first, sizeof(first), "%04ld-%02ld-01", y % 10000, m % 100);
				snprintf(d2, sizeof(d2), "%04ld-%02ld-01", ny % 10000, nm % 100);
				day_of(days_of(d2) - 1, d2);
				rasd_jsonw_str(w, first);
			} else {
				day_of(lo + (long)i * step, d1);
				day_of(lo + (long)i * step + step - 1, d2);
				rasd_jsonw_str(w, d1);
			}
			rasd_jsonw_str(w, d2);
			rasd_jsonw_int(w, bins[i]);
			rasd_jsonw_arr_end(w);
		}
		free(bins);
	}
	rasd_jsonw_arr_end(w);
	rasd_jsonw_obj_end(w);
}

/* Governorates of the whole index with their counts, for the filter's choices. */
static void admin1_json(struct rasd_jsonw *w, const struct rasdp_inc_cache *c)
{
	const char *seen[64];
	size_t cnt[64], n = 0, i, j;

	for (i = 0; i < c->n; i++) {
		const char *a = c->s[i].admin1;

		if (!a)
			continue;
		for (j = 0; j < n && strcmp(seen[j], a); j++)
			;
		if (j == n) {
			if (n == 64)
				continue;
			seen[n] = a;
			cnt[n++] = 0;
		}
		cnt[j]++;
	}
	rasd_jsonw_key(w, "admin1");
	rasd_jsonw_arr(w);
	for (i = 0; i < n; i++) {
		rasd_jsonw_arr(w);
		rasd_jsonw_str(w, seen[i]);
		rasd_jsonw_int(w, (int64_t)cnt[i]);
		rasd_jsonw_arr_end(w);
	}
	rasd_jsonw_arr_end(w);
}

void rasdp_api_index_list(struct rasd_server *sv, const struct rasd_request *q,
			  const struct rasd_store_filter *f, struct rasd_reply *r)
{
	const char *sort = rasdp_request_arg(q, "sort"), *view = rasdp_request_arg(q, "view");
	const char *off = rasdp_request_arg(q, "offset"), *dis = rasdp_request_arg(q, "disputed");
	struct rasdp_inc_cache *c = index_of(sv, r);
	struct idset ids = { NULL, 0, 0 };
	struct query qq;
	struct rasd_jsonw w;
	size_t *sel = NULL, nsel = 0, i, offset = off ? (size_t)strtoul(off, NULL, 10) : 0;
	size_t limit = f->limit > 0 ? (size_t)f->limit : SIZE_MAX;
	int newest = sort && !strcmp(sort, "-date"), rc;

	if (!c)
		return;
	memset(&qq, 0, sizeof(qq));
	qq.from = f->from;
	qq.to = f->to;
	qq.admin1 = f->admin1;
	qq.type = f->event_type;
	qq.actor = f->actor;
	qq.disputed = dis && strcmp(dis, "0");
	if (f->q && *f->q && c->last_q && !strcmp(c->last_q, f->q)) {
		ids.ids = c->q_ids;
		ids.n = c->q_n;
		qq.q = &ids;
	} else if (f->q && *f->q) {
		struct rasd_store_filter g;
		rasd_err err = { 0 };

		memset(&g, 0, sizeof(g));
		g.q = f->q;
		rc = rasdp_store_events(sv->store, &g, idset_add, &ids, &err);
		if (rc) {
			idset_release(&ids);
			rasdp_serve_error_rc(r, rc < 0 ? rc : RASD_ENOMEM, &err, "q");
			return;
		}
		if (ids.n)
			qsort(ids.ids, ids.n, sizeof(*ids.ids), cmp_str);
		qq.q = &ids;
		/* kept for the next request: the map and the pages of this list */
		for (i = 0; i < c->q_n; i++)
			free(c->q_ids[i]);
		free(c->q_ids);
		free(c->last_q);
		c->last_q = strdup(f->q);
		c->q_ids = ids.ids;
		c->q_n = c->last_q ? ids.n : 0;
		if (!c->last_q) {
			c->q_ids = NULL;
			idset_release(&ids);
			qq.q = NULL;
			rasdp_serve_error(r, 500, "out of memory", "q");
			return;
		}
	}
	sel = malloc((c->n ? c->n : 1) * sizeof(*sel));
	if (!sel) {
		rasdp_serve_error(r, 500, "out of memory", "incidents");
		return;
	}
	for (i = 0; i < c->n; i++) {
		size_t k = c->by_date[newest ? c->n - 1 - i : i];

		if (matches(&c->s[k], &qq))
			sel[nsel++] = k;
	}
	rasd_jsonw_init(&w, &r->body);
	rasd_jsonw_obj(&w);
	rasd_jsonw_key(&w, "total");
	rasd_jsonw_int(&w, (int64_t)nsel);
	if (view && !strcmp(view, "map")) {
		overview_json(&w, c, sel, nsel);
		admin1_json(&w, c);
	} else {
		rasd_jsonw_key(&w, "offset");
		rasd_jsonw_int(&w, (int64_t)offset);
		rasd_jsonw_key(&w, "limit");
		if (limit == SIZE_MAX)
			rasd_jsonw_null(&w);
		else
			rasd_jsonw_int(&w, (int64_t)limit);
		rasd_jsonw_key(&w, "incidents");
		rasd_jsonw_arr(&w);
		for (i = offset; i < nsel && i - offset < limit; i++) {
			const struct isum *x = &c->s[sel[i]];

			if (view && !strcmp(view, "summary"))
				summary_json(&w, x);
			else
				rasd_jsonw_raw(&w, x->json, x->len);
		}
		rasd_jsonw_arr_end(&w);
	}
	rasd_jsonw_obj_end(&w);
	free(sel);
}
