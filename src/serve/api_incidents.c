/*
 * api_incidents.c - the read endpoints over incidents and events.
 *
 *   GET /api/incidents           ?from=&to=&admin1=&type=&actor=&q=&limit=&offset=
 *   GET /api/incidents/:id       the incident with the full reports it joins,
 *                                so a reader sees every claim's evidence span
 *   GET /api/search              ?q= (and the same filters) events of reports
 *                                whose text matches
 *
 * Incidents are stored as the JSON `rasd incidents` writes (claims grouped
 * by attribute with their sources, fatalities low/best/high, disputes); the
 * handlers pass it through without re-encoding.
 */
#include <stdio.h>
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

static void filter_of(const struct rasd_request *q, struct rasd_store_filter *f)
{
	const char *lim = rasdp_request_arg(q, "limit");

	memset(f, 0, sizeof(*f));
	f->from = rasdp_request_arg(q, "from");
	f->to = rasdp_request_arg(q, "to");
	f->admin1 = rasdp_request_arg(q, "admin1");
	f->event_type = rasdp_request_arg(q, "type");
	f->actor = rasdp_request_arg(q, "actor");
	f->q = rasdp_request_arg(q, "q");
	f->limit = lim ? atol(lim) : 0;
	if (f->limit < 0 || f->limit > 100000)
		f->limit = 0;
}

struct collect {
	struct rasd_jsonw *w;
};

static int collect_incident(void *ctx, const char *id, const char *json, const char *text)
{
	struct collect *c = ctx;

	(void)text;
	(void)id;
	rasd_jsonw_raw(c->w, json, strlen(json));
	return 0;
}

void rasdp_api_list_incidents(struct rasd_server *sv, const struct rasd_request *q,
			   struct rasd_reply *r)
{
	struct rasd_store_filter f;
	struct rasd_jsonw w;
	struct collect c;
	rasd_err err = { 0 };
	int rc;

	filter_of(q, &f);
	rasd_jsonw_init(&w, &r->body);
	rasd_jsonw_obj(&w);
	rasd_jsonw_key(&w, "incidents");
	rasd_jsonw_arr(&w);
	memset(&c, 0, sizeof(c));
	c.w = &w;
	rc = rasdp_store_incidents(sv->store, &f, collect_incident, &c, &err);
	if (rc < 0) {
		rasdp_serve_error_rc(r, rc, &err, "incidents");
		return;
	}
	rasd_jsonw_arr_end(&w);
	rasd_jsonw_obj_end(&w);
}

/*
 * Incidents by id.  The store looks incidents up by filter, not by id, so
 * the first GET /api/incidents/:id after a write reads them all once into
 * an open-addressing table (id -> JSON); writes through the API drop it,
 * and it is read again when older than CACHE_TTL seconds, so a `rasd
 * ingest` into the same store from another process shows within that
 * time.  Handlers run one at a time (server.c), so the table needs no lock.
 */
#define CACHE_TTL 2
struct inc_slot {
	char *id;                   /* NULL: empty slot */
	char *json;
	size_t len;
};

struct rasdp_inc_cache {
	struct inc_slot *slots;
	size_t cap;                 /* a power of two, at least twice the count */
	size_t n;
	struct timespec built;      /* CLOCK_MONOTONIC */
};

static size_t hash_id(const char *s)
{
	size_t h = 1469598103934665603u;

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	return h;
}

static struct inc_slot *cache_slot(struct rasdp_inc_cache *c, const char *id)
{
	size_t i = hash_id(id) & (c->cap - 1);

	while (c->slots[i].id && strcmp(c->slots[i].id, id))
		i = (i + 1) & (c->cap - 1);
	return &c->slots[i];
}

void rasdp_api_cache_drop(struct rasd_server *sv)
{
	struct rasdp_inc_cache *c = sv->incs;
	size_t i;

	if (!c)
		return;
	for (i = 0; i < c->cap; i++) {
		free(c->slots[i].id);
		free(c->slots[i].json);
	}
	free(c->slots);
	free(c);
	sv->incs = NULL;
}

static int cache_grow(struct rasdp_inc_cache *c)
{
	struct inc_slot *old = c->slots;
	size_t oldcap = c->cap, i;

	c->cap = oldcap ? oldcap * 2 : 64;
	c->slots = calloc(c->cap, sizeof(*c->slots));
	if (!c->slots) {
		c->slots = old;
		c->cap = oldcap;
		return RASD_ENOMEM;
	}
	for (i = 0; i < oldcap; i++)
		if (old[i].id)
			*cache_slot(c, old[i].id) = old[i];
	free(old);
	return 0;
}

static int cache_add(void *ctx, const char *id, const char *json, const char *text)
{
	struct rasdp_inc_cache *c = ctx;
	struct inc_slot *s;

	(void)text;
	if ((c->n + 1) * 2 > c->cap && cache_grow(c))
		return RASD_ENOMEM;
	s = cache_slot(c, id);
	if (s->id)
		return 0;           /* ids are unique; keep the first */
	s->id = strdup(id);
	s->len = strlen(json);
	s->json = malloc(s->len + 1);
	if (!s->id || !s->json) {
		free(s->id);
		free(s->json);
		s->id = NULL;
		s->json = NULL;
		return RASD_ENOMEM;
	}
	memcpy(s->json, json, s->len + 1);
	c->n++;
	return 0;
}

static int cache_build(struct rasd_server *sv, rasd_err *err)
{
	struct rasd_store_filter f;
	struct rasdp_inc_cache *c = calloc(1, sizeof(*c));
	int rc;

	if (!c || cache_grow(c)) {
		free(c);
		return rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
	}
	sv->incs = c;
	clock_gettime(CLOCK_MONOTONIC, &c->built);
	memset(&f, 0, sizeof(f));
	rc = rasdp_store_incidents(sv->store, &f, cache_add, c, err);
	if (rc) {
		rasdp_api_cache_drop(sv);
		return rc < 0 ? rc : rasdp_err(err, rc, -1, 0, "out of memory");
	}
	return 0;
}

void rasdp_api_get_incident(struct rasd_server *sv, const struct rasd_request *q,
			    struct rasd_reply *r)
{
	struct inc_slot *slot;
	struct rasd_jsonw w;
	rasd_err err = { 0 };
	json_object *inc, *docs;
	size_t i;
	int rc;

	if (sv->incs) {
		struct timespec now;

		clock_gettime(CLOCK_MONOTONIC, &now);
		if (now.tv_sec - sv->incs->built.tv_sec >= CACHE_TTL)
			rasdp_api_cache_drop(sv);
	}
	if (!sv->incs) {
		rc = cache_build(sv, &err);
		if (rc) {
			rasdp_serve_error_rc(r, rc, &err, "incidents");
			return;
		}
	}
	slot = cache_slot(sv->incs, q->params[0]);
	if (!slot->id) {
		rasdp_serve_error(r, 404, "no such incident", q->params[0]);
		return;
	}
	rasd_jsonw_init(&w, &r->body);
	rasd_jsonw_obj(&w);
	rasd_jsonw_key(&w, "incident");
	rasd_jsonw_raw(&w, slot->json, slot->len);
	rasd_jsonw_key(&w, "documents");
	rasd_jsonw_arr(&w);
	/* the reports it joins: the stored incident names them */
	rasdp_json_parse(slot->json, slot->len, &inc, NULL);
	docs = rasdp_json_arr(inc, "documents");
	for (i = 0; i < rasdp_json_len(docs); i++) {
		const char *id = json_object_get_string(rasdp_json_at(docs, i));
		struct rasd_store_document doc;

		memset(&doc, 0, sizeof(doc));
		if (!id || rasdp_store_get(sv->store, id, &doc, NULL))
			continue;
		rasdp_api_doc_json(&w, &doc);
		rasdp_store_document_release(&doc);
	}
	json_object_put(inc);
	rasd_jsonw_arr_end(&w);
	rasd_jsonw_obj_end(&w);
	if (w.err)
		rasdp_serve_error_rc(r, w.err, NULL, "incident");
}

static int search_row(void *ctx, const struct rasd_store_event_row *row)
{
	struct rasd_jsonw *w = ctx;

	rasd_jsonw_obj(w);
	rasd_jsonw_key(w, "doc");
	rasd_jsonw_str(w, row->doc_id);
	rasd_jsonw_key(w, "n");
	rasd_jsonw_int(w, row->ev.n);
	rasd_jsonw_key(w, "event_type");
	rasd_jsonw_str(w, row->ev.event_type);
	rasd_jsonw_key(w, "date");
	rasd_jsonw_str(w, row->ev.date);
	rasd_jsonw_key(w, "place");
	rasd_jsonw_str(w, row->ev.place_name);
	rasd_jsonw_key(w, "admin1");
	rasd_jsonw_str(w, row->ev.admin1);
	rasd_jsonw_key(w, "fatalities");
	if (row->ev.fatalities_best >= 0)
		rasd_jsonw_int(w, row->ev.fatalities_best);
	else
		rasd_jsonw_null(w);
	rasd_jsonw_key(w, "outlet");
	rasd_jsonw_str(w, row->outlet);
	rasd_jsonw_key(w, "title");
	rasd_jsonw_str(w, row->title);
	rasd_jsonw_obj_end(w);
	return 0;
}

void rasdp_api_search(struct rasd_server *sv, const struct rasd_request *q, struct rasd_reply *r)
{
	struct rasd_store_filter f;
	struct rasd_jsonw w;
	rasd_err err = { 0 };
	int rc;

	filter_of(q, &f);
	if (!f.q) {
		rasdp_serve_error(r, 400, "search needs a q= parameter", "q");
		return;
	}
	if (!f.limit)
		f.limit = 200;
	rasd_jsonw_init(&w, &r->body);
	rasd_jsonw_obj(&w);
	rasd_jsonw_key(&w, "events");
	rasd_jsonw_arr(&w);
	rc = rasdp_store_events(sv->store, &f, search_row, &w, &err);
	if (rc < 0) {
		rasdp_serve_error_rc(r, rc, &err, "search");
		return;
	}
	rasd_jsonw_arr_end(&w);
	rasd_jsonw_obj_end(&w);
}

