/*
 * api_index.c - the incidents of the store in memory, for paging,
 * filtering, the map and the timeline at the scale of 100,000 incidents.
 *
 * One pass over the store's incidents keeps each incident's JSON (served
 * as is by GET /api/incidents/:id) and a compact summary of it
 * (api_summary.c).  Listing filters the summaries in memory (a scan of
 * 100,000 small records takes milliseconds), sorts by date through a
 * permutation, and writes one page; the map view aggregates the matching
 * incidents by point and the timeline by day, week or month, so the page
 * draws a few thousand markers and bars, never 100,000.  Only full-text
 * search (q=) asks the store, for the reports whose text matches (one FTS
 * query); an incident matches when one of its reports does.
 *
 * One index serves every worker thread of the server (struct
 * rasdp_index_slot in serve_int.h): a generation is immutable once
 * published, and a reader takes a reference to the current one under a
 * lock held for a pointer copy, so it never waits for a build.  A refresh
 * (one at a time) reads the id and version of every stored incident (in
 * SQLite the store's incident_versions, kept by triggers on every write of
 * an incident; in PostgreSQL xmin, the transaction that wrote the row),
 * summarises only the incidents that are new or changed, shares the
 * summaries of the others with the previous generation, and swaps the new
 * generation in; when no report was stored and no incident written since
 * (two numbers), it reads nothing more.
 * The writer thread refreshes after each write before it answers (a
 * client reads what it wrote); the housekeeping thread every INDEX_TTL
 * seconds (a `rasd ingest` from another process).  The first build reads
 * every incident's JSON in one pass.
 *
 * What stays per worker (struct rasdp_inc_cache): the generation its last
 * request read (the JSON handed out stays valid until its next request)
 * and the reports its last text search matched, which the list, the map
 * and the pages of one search ask again.
 */
#include <stdio.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/err.h"
#include "base/jsonw.h"
#include "serve/api_index.h"
#include "serve/serve_int.h"
#include "store/store.h"
#include "base/banned.h"

/* One generation of the index: immutable once published. */
struct rasdp_inc_index {
	struct isum **s;                /* the incidents, in no particular order */
	size_t n, alloc;
	size_t *by_date;                /* indexes, oldest first (undated first), then id */
	size_t *slots;                  /* id -> index + 1, open addressing */
	size_t cap;
	char last_doc[48];              /* the store's newest report (max seq) when read, and
					 * in SQLite the count of incidents written */
	uint64_t serial;                /* generations published before this one + 1 */
	long max_span;                  /* the most days from date to date_last, or -1: */
					/* a date not YYYY-MM-DD, or date_last without date */
	unsigned refs;                  /* under the slot's lock: the slot, readers */
};

/* What one worker keeps between its requests. */
struct rasdp_inc_cache {
	struct rasdp_inc_index *held;   /* the generation its last request read */
	char *last_q;                   /* the last text searched, and the reports it matched: */
	char **q_ids;                   /* a list, its map and its pages ask the same */
	size_t q_n;
	uint64_t q_serial;              /* the generation they were read with */
	struct rasdp_index_slot own;    /* the index when there is no server (unit tests) */
};

static size_t hash_id(const char *s)
{
	size_t h = 1469598103934665603u;

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	return h;
}

static void isum_unref(struct isum *x)
{
	if (atomic_fetch_sub(&x->refs, 1) == 1) {
		rasdp_isum_release(x);
		free(x);
	}
}

static void index_free(struct rasdp_inc_index *ix)
{
	size_t i;

	if (!ix)
		return;
	for (i = 0; i < ix->n; i++)
		isum_unref(ix->s[i]);
	free(ix->s);
	free(ix->by_date);
	free(ix->slots);
	free(ix);
}

static void index_unref(struct rasdp_index_slot *sl, struct rasdp_inc_index *ix)
{
	unsigned left;

	if (!ix)
		return;
	pthread_mutex_lock(&sl->lock);
	left = --ix->refs;
	pthread_mutex_unlock(&sl->lock);
	if (!left)
		index_free(ix);
}

void rasdp_api_index_slot_init(struct rasdp_index_slot *sl)
{
	memset(sl, 0, sizeof(*sl));
	pthread_mutex_init(&sl->lock, NULL);
	pthread_mutex_init(&sl->build, NULL);
	clock_gettime(CLOCK_MONOTONIC, &sl->checked);
}

void rasdp_api_index_slot_release(struct rasdp_index_slot *sl)
{
	index_unref(sl, sl->cur);
	sl->cur = NULL;
	pthread_mutex_destroy(&sl->lock);
	pthread_mutex_destroy(&sl->build);
}

static void q_forget(struct rasdp_inc_cache *c)
{
	size_t i;

	for (i = 0; i < c->q_n; i++)
		free(c->q_ids[i]);
	free(c->q_ids);
	free(c->last_q);
	c->q_ids = NULL;
	c->last_q = NULL;
	c->q_n = 0;
}

static struct rasdp_inc_cache *cache_of(struct rasd_server *sv)
{
	if (!sv->incs && (sv->incs = calloc(1, sizeof(*sv->incs))))
		rasdp_api_index_slot_init(&sv->incs->own);
	return sv->incs;
}

/* Where the current generation is: the server's, else this handler's own. */
static struct rasdp_index_slot *slot_of(struct rasd_server *sv)
{
	if (sv->shared)
		return &sv->shared->index;
	return cache_of(sv) ? &sv->incs->own : NULL;
}

void rasdp_api_cache_drop(struct rasd_server *sv)
{
	struct rasdp_inc_cache *c = sv->incs;

	if (!c)
		return;
	index_unref(slot_of(sv), c->held);
	q_forget(c);
	rasdp_api_index_slot_release(&c->own);
	free(c);
	sv->incs = NULL;
}

/* ---- building and refreshing ------------------------------------------ */

/* A generation being made: the previous one to share summaries with. */
struct making {
	struct rasd_store *store;
	const struct rasdp_inc_index *old;
	struct rasdp_inc_index *ix;
	size_t reused;
	int rc;
	rasd_err *err;
};

static const struct isum *index_find(const struct rasdp_inc_index *ix, const char *id)
{
	size_t h;

	if (!ix)
		return NULL;
	for (h = hash_id(id) & (ix->cap - 1); ix->slots[h]; h = (h + 1) & (ix->cap - 1)) {
		const struct isum *x = ix->s[ix->slots[h] - 1];

		if (!strcmp(x->id, id))
			return x;
	}
	return NULL;
}

static int index_push(struct rasdp_inc_index *ix, struct isum *x)
{
	if (ix->n == ix->alloc) {
		size_t na = ix->alloc ? ix->alloc * 2 : 1024;
		struct isum **s = realloc(ix->s, na * sizeof(*s));

		if (!s)
			return RASD_ENOMEM;
		ix->s = s;
		ix->alloc = na;
	}
	ix->s[ix->n++] = x;
	return 0;
}

/* A new summary of incident `id` at version `ver` from `json`, into the generation. */
static int add_new(struct making *m, const char *id, const char *ver, const char *json)
{
	struct isum *x = malloc(sizeof(*x));

	if (!x)
		return RASD_ENOMEM;
	if (rasdp_isum_read(x, id, json)) {
		rasdp_isum_release(x);
		free(x);
		return RASD_ENOMEM;
	}
	snprintf(x->ver, sizeof(x->ver), "%s", ver ? ver : "");
	atomic_init(&x->refs, 1);
	if (index_push(m->ix, x)) {
		isum_unref(x);
		return RASD_ENOMEM;
	}
	return 0;
}

/* A row (id, version[, json]) of the store's incidents. */
static int add_row(void *ctx, int ncols, const char *const *vals)
{
	struct making *m = ctx;
	const struct isum *old;
	char *json = NULL;
	int rc;

	if (ncols < 2 || !vals[0])
		return 0;
	old = index_find(m->old, vals[0]);
	if (old && vals[1] && !strcmp(old->ver, vals[1])) {
		atomic_fetch_add((atomic_uint *)&old->refs, 1);
		if (index_push(m->ix, (struct isum *)old)) {
			isum_unref((struct isum *)old);
			return RASD_ENOMEM;
		}
		m->reused++;
		return 0;
	}
	if (ncols > 2)
		return vals[2] ? add_new(m, vals[0], vals[1], vals[2]) : 0;
	/* new or changed since the previous generation: read it */
	rc = rasdp_store_get_incident(m->store, vals[0], &json, NULL);
	if (rc == RASD_ENOTFOUND)
		return 0;   /* gone meanwhile: the next refresh agrees */
	if (!rc)
		rc = add_new(m, vals[0], vals[1], json);
	free(json);
	return rc;
}

struct stamp_out {
	char *buf;
	size_t size;
};

static int stamp_row(void *ctx, int ncols, const char *const *vals)
{
	struct stamp_out *o = ctx;

	snprintf(o->buf, o->size, "%s", ncols && vals[0] ? vals[0] : "");
	return 0;
}

int rasdp_api_store_stamp(struct rasd_store *store, char *buf, size_t size, rasd_err *err)
{
	struct stamp_out o = { buf, size };

	buf[0] = '\0';
	return rasdp_store_query(store, "SELECT max(seq) || '/' || (SELECT value FROM meta"
				 " WHERE key = 'incidents_written') FROM documents",
				 "SELECT max(seq) FROM documents", 0, NULL, stamp_row, &o, err);
}

static long days_of(const char *s);

/* Is `s` a whole day, YYYY-MM-DD? */
static int full_day(const char *s)
{
	return strlen(s) == 10 && s[4] == '-' && s[7] == '-';
}

/* ix->max_span: how far before `from` a listing must start looking. */
static void index_span(struct rasdp_inc_index *ix)
{
	size_t i;

	ix->max_span = 0;
	for (i = 0; i < ix->n; i++) {
		const struct isum *x = ix->s[i];
		long d;

		if (!x->date[0] && !x->date_last[0])
			continue;
		if (!full_day(x->date) || (x->date_last[0] && !full_day(x->date_last))) {
			ix->max_span = -1;
			return;
		}
		d = x->date_last[0] ? days_of(x->date_last) - days_of(x->date) : 0;
		if (d > ix->max_span)
			ix->max_span = d;
	}
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

/* The order by date and the table of ids of a generation read whole. */
static int index_order(struct rasdp_inc_index *ix, const struct rasdp_inc_index *old)
{
	struct dkey *keys;
	size_t i;

	ix->by_date = malloc((ix->n ? ix->n : 1) * sizeof(*ix->by_date));
	for (ix->cap = 64; ix->cap < 2 * ix->n + 2; ix->cap *= 2)
		;
	ix->slots = calloc(ix->cap, sizeof(*ix->slots));
	if (!ix->by_date || !ix->slots)
		return RASD_ENOMEM;
	if (old && old->n == ix->n && old->cap == ix->cap &&
	    (!ix->n || !memcmp(old->s, ix->s, ix->n * sizeof(*ix->s)))) {
		/* the same incidents in the same places: the same order */
		memcpy(ix->by_date, old->by_date, ix->n * sizeof(*ix->by_date));
		memcpy(ix->slots, old->slots, ix->cap * sizeof(*ix->slots));
		ix->max_span = old->max_span;
		return 0;
	}
	keys = malloc((ix->n ? ix->n : 1) * sizeof(*keys));
	if (!keys)
		return RASD_ENOMEM;
	for (i = 0; i < ix->n; i++) {
		size_t h = hash_id(ix->s[i]->id) & (ix->cap - 1);

		keys[i].date = ix->s[i]->date;
		keys[i].id = ix->s[i]->id;
		keys[i].i = i;
		while (ix->slots[h])
			h = (h + 1) & (ix->cap - 1);
		ix->slots[h] = i + 1;
	}
	index_span(ix);
	qsort(keys, ix->n, sizeof(*keys), cmp_date);
	for (i = 0; i < ix->n; i++)
		ix->by_date[i] = keys[i].i;
	free(keys);
	return 0;
}

/*
 * Read the store's incidents into a new generation, sharing with `old`
 * what did not change: whole (id, version, JSON) in one pass when there is
 * no `old`, else ids and versions, then each new or changed one by id.
 * *out is NULL when nothing changed.
 */
static int index_read(struct rasd_store *store, const struct rasdp_inc_index *old,
		      struct rasdp_inc_index **out, rasd_err *err)
{
	static const char *const whole[2] = {
		"SELECT i.id, coalesce(v.v, ''), i.json FROM incidents i"
		" LEFT JOIN incident_versions v ON v.id = i.id",
		"SELECT id, xmin::text, json FROM incidents" };
	static const char *const vers[2] = {
		"SELECT i.id, coalesce(v.v, '') FROM incidents i"
		" LEFT JOIN incident_versions v ON v.id = i.id",
		"SELECT id, xmin::text FROM incidents" };
	struct making m;
	int rc;

	*out = NULL;
	memset(&m, 0, sizeof(m));
	m.store = store;
	m.old = old;
	m.err = err;
	if (!(m.ix = calloc(1, sizeof(*m.ix))))
		return rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
	rc = rasdp_api_store_stamp(store, m.ix->last_doc, sizeof(m.ix->last_doc), err);
	if (!rc && old && store->dialect == RASD_SQL_SQLITE && old->last_doc[0] &&
	    !strcmp(m.ix->last_doc, old->last_doc)) {
		/* no report stored and no incident written since */
		index_free(m.ix);
		return 0;
	}
	if (!rc)
		rc = rasdp_store_query(store, old ? vers[0] : whole[0], old ? vers[1] : whole[1],
				       0, NULL, add_row, &m, err);
	if (!rc && old && m.reused == old->n && m.ix->n == old->n &&
	    !strcmp(m.ix->last_doc, old->last_doc)) {
		index_free(m.ix);
		return 0;
	}
	if (!rc)
		rc = index_order(m.ix, old);
	if (rc) {
		index_free(m.ix);
		return rc < 0 ? rc : rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
	}
	m.ix->serial = old ? old->serial + 1 : 1;
	m.ix->refs = 1;
	*out = m.ix;
	return 0;
}

int rasdp_api_index_refresh(struct rasd_server *sv, rasd_err *err)
{
	struct rasdp_index_slot *sl = slot_of(sv);
	struct rasdp_inc_index *old, *ix = NULL;
	int rc;

	if (!sl)
		return rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
	pthread_mutex_lock(&sl->build);
	pthread_mutex_lock(&sl->lock);
	old = sl->cur;
	if (old)
		old->refs++;
	pthread_mutex_unlock(&sl->lock);
	rc = index_read(sv->store, old, &ix, err);
	pthread_mutex_lock(&sl->lock);
	if (ix)
		sl->cur = ix;
	clock_gettime(CLOCK_MONOTONIC, &sl->checked);
	pthread_mutex_unlock(&sl->lock);
	if (ix)
		index_unref(sl, old);   /* the slot's reference */
	pthread_mutex_unlock(&sl->build);
	index_unref(sl, old);
	return rc;
}

/*
 * The current generation, held by this worker until its next request;
 * built first when there is none.  NULL with the reply filled on failure.
 */
static struct rasdp_inc_index *index_of(struct rasd_server *sv, struct rasd_reply *r)
{
	struct rasdp_inc_cache *c = cache_of(sv);
	struct rasdp_index_slot *sl = slot_of(sv);
	struct rasdp_inc_index *ix = NULL;
	rasd_err err = { 0 };
	int tries;

	if (!c || !sl) {
		rasdp_serve_error(r, 500, "out of memory", "incidents");
		return NULL;
	}
	for (tries = 0; tries < 2; tries++) {
		int rc;

		/* without a server nobody else refreshes: every request does (unit tests) */
		if (!sv->shared || tries) {
			rc = rasdp_api_index_refresh(sv, &err);
			if (rc) {
				rasdp_serve_error_rc(r, rc, &err, "incidents");
				return NULL;
			}
		}
		pthread_mutex_lock(&sl->lock);
		ix = sl->cur;
		if (ix)
			ix->refs++;
		pthread_mutex_unlock(&sl->lock);
		if (ix)
			break;
	}
	index_unref(sl, c->held);
	c->held = ix;
	if (!ix)
		rasdp_serve_error(r, 500, "no index of incidents", "incidents");
	return ix;
}

const char *rasdp_api_incident_json(struct rasd_server *sv, const char *id, size_t *len,
				    struct rasd_reply *r)
{
	struct rasdp_inc_index *ix = index_of(sv, r);
	const struct isum *x;

	if (!ix)
		return NULL;
	x = index_find(ix, id);
	if (!x) {
		rasdp_serve_error(r, 404, "no such incident", id);
		return NULL;
	}
	*len = x->len;
	return x->json;
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
static void overview_json(struct rasd_jsonw *w, const struct rasdp_inc_index *c,
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
		const struct isum *x = c->s[sel[i]];

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
			if (strcmp(c->s[pts[i].first]->id, c->s[pts[j - 1].first]->id) < 0)
				pts[j - 1].first = pts[i].first;
			continue;
		}
		pts[j++] = pts[i];
	}
	np = j;
	rasd_jsonw_key(w, "places");
	rasd_jsonw_arr(w);
	for (i = 0; i < np; i++) {
		const struct isum *x = c->s[pts[i].first];

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
			const struct isum *x = c->s[sel[i]];
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
static void admin1_json(struct rasd_jsonw *w, const struct rasdp_inc_index *c)
{
	const char *seen[64];
	size_t cnt[64], n = 0, i, j;

	for (i = 0; i < c->n; i++) {
		const char *a = c->s[c->by_date[i]]->admin1;

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

/* The first place in by_date whose date is past `day` (after: 1) or not before it (0). */
static size_t date_bound(const struct rasdp_inc_index *ix, const char *day, int after)
{
	size_t a = 0, b = ix->n;

	while (a < b) {
		size_t m = a + (b - a) / 2;
		int c = strcmp(ix->s[ix->by_date[m]]->date, day);

		if (after ? c <= 0 : c < 0)
			a = m + 1;
		else
			b = m;
	}
	return a;
}

/*
 * The part of by_date that can hold incidents matching q's dates: none
 * dated after `to`, none starting more than max_span days before `from`
 * (their last day would be before it).  Undated incidents sort first and
 * match neither bound.
 */
static void index_range(const struct rasdp_inc_index *ix, const struct query *q,
			size_t *lo, size_t *hi)
{
	*lo = 0;
	*hi = ix->n;
	if (q->to)
		*hi = date_bound(ix, q->to, 1);
	if (q->from && ix->max_span >= 0 && full_day(q->from)) {
		char floor[16];

		day_of(days_of(q->from) - ix->max_span, floor);
		*lo = date_bound(ix, floor, 0);
		if (*lo > *hi)
			*lo = *hi;
	}
}

void rasdp_api_index_list(struct rasd_server *sv, const struct rasd_request *q,
			  const struct rasd_store_filter *f, struct rasd_reply *r)
{
	const char *sort = rasdp_request_arg(q, "sort"), *view = rasdp_request_arg(q, "view");
	const char *off = rasdp_request_arg(q, "offset"), *dis = rasdp_request_arg(q, "disputed");
	struct rasdp_inc_index *ix = index_of(sv, r);
	struct rasdp_inc_cache *c = sv->incs;
	struct idset ids = { NULL, 0, 0 };
	struct query qq;
	struct rasd_jsonw w;
	size_t *sel = NULL, nsel = 0, i, lo, hi, offset = off ? (size_t)strtoul(off, NULL, 10) : 0;
	size_t limit = f->limit > 0 ? (size_t)f->limit : SIZE_MAX;
	int newest = sort && !strcmp(sort, "-date"), rc;

	if (!ix)
		return;
	if (c->last_q && c->q_serial != ix->serial)
		q_forget(c);   /* reports stored since */
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
		q_forget(c);
		c->last_q = strdup(f->q);
		c->q_serial = ix->serial;
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
	sel = malloc((ix->n ? ix->n : 1) * sizeof(*sel));
	if (!sel) {
		rasdp_serve_error(r, 500, "out of memory", "incidents");
		return;
	}
	index_range(ix, &qq, &lo, &hi);
	for (i = lo; i < hi; i++) {
		size_t k = ix->by_date[newest ? hi - 1 - (i - lo) : i];

		if (matches(ix->s[k], &qq))
			sel[nsel++] = k;
	}
	rasd_jsonw_init(&w, &r->body);
	rasd_jsonw_obj(&w);
	rasd_jsonw_key(&w, "total");
	rasd_jsonw_int(&w, (int64_t)nsel);
	if (view && !strcmp(view, "map")) {
		overview_json(&w, ix, sel, nsel);
		admin1_json(&w, ix);
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
			const struct isum *x = ix->s[sel[i]];

			if (view && !strcmp(view, "summary"))
				rasdp_isum_json(&w, x);
			else
				rasd_jsonw_raw(&w, x->json, x->len);
		}
		rasd_jsonw_arr_end(&w);
	}
	rasd_jsonw_obj_end(&w);
	free(sel);
}
