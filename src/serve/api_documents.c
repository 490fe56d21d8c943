/*
 * api_documents.c - the document endpoints of `rasd serve` and the
 * server's engine and store.
 *
 *   GET  /api/health             liveness, version, store, counts
 *   POST /api/documents          one report (JSON object) or many (JSONL); token
 *   GET  /api/documents/:id      a report: metadata, text, extraction
 *
 * Posted reports go through the same pipeline as `rasd extract` and `rasd
 * ingest`: the public API (rasd_extract, rasd_doc_to_json), then the store;
 * the incidents of their blocks are updated once per request, after all
 * its reports.  A request is taken as `rasd ingest` takes a file: each
 * line on its own, the good ones stored, the bad ones (not JSON, no
 * "text", refused by the pipeline) answered with their line and error.
 * The answer lists every line: 201 when all were stored, 207 when some
 * were, 400 (with the first error and its "where": "line N") when none.
 * The handler runs on the server's writer thread.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "base/err.h"
#include "base/jsonr.h"
#include "base/jsonw.h"
#include "extract/engine.h"
#include "incident/recompute.h"
#include "model/model.h"
#include "serve/serve_int.h"
#include "store/store.h"
#include "base/banned.h"

int rasdp_api_open(struct rasd_server *sv, rasd_err *err)
{
	sv->engine = rasd_engine_new(sv->conf->datadir, err);
	if (!sv->engine)
		return err ? err->code : RASD_EIO;
	sv->store = rasdp_store_open(sv->conf->db ? sv->conf->db : "rasd.db", err);
	if (!sv->store) {
		rasd_engine_free(sv->engine);
		sv->engine = NULL;
		return RASD_ESTORE;
	}
	return 0;
}

void rasdp_api_close(struct rasd_server *sv)
{
	rasdp_api_cache_drop(sv);
	if (sv->store)
		rasdp_store_close(sv->store);
	rasd_engine_free(sv->engine);
	sv->store = NULL;
	sv->engine = NULL;
}

void rasdp_api_counts_drop(struct rasd_server *sv)
{
	if (sv->shared) {
		pthread_mutex_lock(&sv->shared->lock);
		sv->shared->dirty = 1;
		pthread_mutex_unlock(&sv->shared->lock);
	}
	/* before the answer: the client then reads what it wrote */
	rasdp_api_index_refresh(sv, NULL);
}

int rasdp_api_counts_refresh(struct rasd_server *sv, rasd_err *err)
{
	struct rasdp_serve_shared *sh = sv->shared;
	int64_t nd = 0, ni = 0, np = 0;
	struct timespec now;
	char stamp[sizeof(sh->stamp)] = "";
	int rc, same = 0;

	/*
	 * Nothing stored and no incident written since the last count (one
	 * look at the newest report and the incidents' write mark, where a
	 * count reads a whole index): the counts stand.  PostgreSQL's mark
	 * leaves the incidents out, so there every refresh counts.
	 */
	if (sh && sv->store->dialect == RASD_SQL_SQLITE &&
	    !rasdp_api_store_stamp(sv->store, stamp, sizeof(stamp), NULL) && stamp[0]) {
		pthread_mutex_lock(&sh->lock);
		same = sh->valid && !strcmp(sh->stamp, stamp);
		if (same) {
			clock_gettime(CLOCK_MONOTONIC, &sh->read_at);
			sh->dirty = 0;
		}
		pthread_mutex_unlock(&sh->lock);
	}
	if (same)
		return 0;
	rc = rasdp_store_count(sv->store, "documents", &nd, err);
	if (!rc)
		rc = rasdp_store_count(sv->store, "incidents", &ni, err);
	if (!rc)
		rc = rasdp_store_pending_count(sv->store, &np, err);
	if (rc || !sh)
		return rc;
	clock_gettime(CLOCK_MONOTONIC, &now);
	pthread_mutex_lock(&sh->lock);
	sh->documents = nd;
	sh->incidents = ni;
	sh->pending = np;
	sh->read_at = now;
	snprintf(sh->stamp, sizeof(sh->stamp), "%s", stamp);
	sh->valid = 1;
	sh->dirty = 0;
	pthread_mutex_unlock(&sh->lock);
	return 0;
}

/*
 * The counts of documents, incidents and pending reports.  Counting rows
 * reads a whole index (a sixth of a second for a million reports), which
 * a health probe must not cost: in the server, a housekeeping thread
 * counts about once a second and after writes, and health answers from
 * its counts; only without them (unit tests, the first second) does a
 * request count.
 */
static int counts(struct rasd_server *sv, int64_t *ndocs, int64_t *nincs, int64_t *npend,
		  rasd_err *err)
{
	struct rasdp_serve_shared *sh = sv->shared;

	if (sh) {
		pthread_mutex_lock(&sh->lock);
		if (sh->valid) {
			*ndocs = sh->documents;
			*nincs = sh->incidents;
			*npend = sh->pending;
			pthread_mutex_unlock(&sh->lock);
			return 0;
		}
		pthread_mutex_unlock(&sh->lock);
	}
	if (rasdp_api_counts_refresh(sv, err))
		return err && err->code ? err->code : RASD_ESTORE;
	if (!sh)
		return 0;
	pthread_mutex_lock(&sh->lock);
	*ndocs = sh->documents;
	*nincs = sh->incidents;
	*npend = sh->pending;
	pthread_mutex_unlock(&sh->lock);
	return 0;
}

void rasdp_api_health(struct rasd_server *sv, const struct rasd_request *q, struct rasd_reply *r)
{
	struct rasd_jsonw w;
	int64_t ndocs = 0, nincs = 0, npend = 0;
	rasd_err err = { 0 };
	int rc = counts(sv, &ndocs, &nincs, &npend, &err);

	(void)q;
	if (rc) {
		rasdp_serve_error_rc(r, rc, &err, "store");
		return;
	}
	rasd_jsonw_init(&w, &r->body);
	rasd_jsonw_obj(&w);
	rasd_jsonw_key(&w, "ok");
	rasd_jsonw_bool(&w, 1);
	rasd_jsonw_key(&w, "version");
	rasd_jsonw_str(&w, RASD_VERSION);
	rasd_jsonw_key(&w, "store");
	rasd_jsonw_str(&w, sv->store->ops->name);
	rasd_jsonw_key(&w, "documents");
	rasd_jsonw_int(&w, ndocs);
	rasd_jsonw_key(&w, "incidents");
	rasd_jsonw_int(&w, nincs);
	rasd_jsonw_key(&w, "pending");
	rasd_jsonw_int(&w, npend);
	rasd_jsonw_obj_end(&w);
}

/* Parse one posted line into a JSON object, or say why not in `msg`. */
static json_object *parse_doc(const char *s, size_t n, char *msg, size_t msgsize)
{
	json_tokener *tok = json_tokener_new_ex(32);
	json_object *o;

	if (!tok) {
		snprintf(msg, msgsize, "out of memory");
		return NULL;
	}
	o = json_tokener_parse_ex(tok, s, (int)n);
	if (!o || json_tokener_get_error(tok) != json_tokener_success) {
		snprintf(msg, msgsize, "not JSON: %s at column %zu",
			 json_tokener_error_desc(json_tokener_get_error(tok) == json_tokener_success
						 ? json_tokener_continue : json_tokener_get_error(tok)),
			 json_tokener_get_parse_end(tok) + 1);
		json_tokener_free(tok);
		if (o)
			json_object_put(o);
		return NULL;
	}
	json_tokener_free(tok);
	if (!json_object_is_type(o, json_type_object) || !rasdp_json_str(o, "text")) {
		json_object_put(o);
		snprintf(msg, msgsize, "expected a JSON object with a \"text\" string");
		return NULL;
	}
	return o;
}

static const char *put_names[] = { "unchanged", "inserted", "replaced" };

/* Extract and store one posted report; 0, or an error in `err`. */
static int store_one(struct rasd_server *sv, json_object *o, const char **id_out,
		     char *idbuf, size_t idsize, int *result, size_t *nevents, rasd_err *err)
{
	json_object *t = rasdp_json_get(o, "text");
	rasd_input in;
	rasd_doc *d;
	char *json = NULL;
	size_t json_len = 0;
	struct rasd_store_rec rec;
	int rc;

	memset(&in, 0, sizeof(in));
	in.id = rasdp_json_str(o, "id");
	in.outlet = rasdp_json_str(o, "outlet");
	in.url = rasdp_json_str(o, "url");
	in.lang = rasdp_json_str(o, "lang");
	in.published = rasdp_json_str(o, "published");
	in.title = rasdp_json_str(o, "title");
	in.text = json_object_get_string(t);
	in.text_len = (size_t)json_object_get_string_len(t);
	*id_out = in.id;
	d = rasd_extract(sv->engine, &in, NULL, 0, err);
	if (!d)
		return err->code ? err->code : RASD_EINVAL;
	snprintf(idbuf, idsize, "%s", rasd_doc_id(d));
	*id_out = idbuf;
	rc = rasd_doc_to_json(d, 0, &json, &json_len);
	if (rc)
		rasdp_err(err, rc, -1, 0, "cannot write the extraction");
	if (!rc)
		rc = rasdp_store_rec_parse(&rec, json, json_len, in.text, in.text_len, err);
	if (!rc) {
		*nevents = rec.nevents;
		rc = rasdp_store_put(sv->store, &rec, result, err);
		rasdp_store_rec_release(&rec);
	}
	free(json);
	rasd_doc_free(d);
	return rc;
}

#define MAX_LINES 1024

void rasdp_api_post_documents(struct rasd_server *sv, const struct rasd_request *q,
			   struct rasd_reply *r)
{
	const char *p = q->body, *end = q->body + q->body_len;
	long line = 0, first_bad = 0;
	size_t nlines = 0, nstored = 0, nincs = 0;
	char first_msg[300] = "";
	struct rasd_jsonw w;
	rasd_err err;

	/* A byte order mark before the first line is not part of it. */
	if (end - p >= 3 && !memcmp(p, "\xef\xbb\xbf", 3))
		p += 3;
	rasd_buf_reset(&r->body);
	rasd_jsonw_init(&w, &r->body);
	rasd_jsonw_obj(&w);
	rasd_jsonw_key(&w, "documents");
	rasd_jsonw_arr(&w);
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *le = nl ? nl : end;
		const char *t = p;
		char msg[300], idbuf[128];
		const char *id = NULL;
		json_object *o;
		size_t nevents = 0;
		int result = 0, rc;

		line++;
		p = nl ? nl + 1 : end;
		while (t < le && (*t == ' ' || *t == '\t' || *t == '\r'))
			t++;
		if (t == le)
			continue;
		if (++nlines > MAX_LINES) {
			rasdp_serve_error(r, 413, "more than 1024 reports in one request", NULL);
			goto out;
		}
		rasd_jsonw_obj(&w);
		rasd_jsonw_key(&w, "line");
		rasd_jsonw_int(&w, line);
		memset(&err, 0, sizeof(err));
		o = parse_doc(t, (size_t)(le - t), msg, sizeof(msg));
		rc = o ? store_one(sv, o, &id, idbuf, sizeof(idbuf), &result, &nevents, &err)
		       : RASD_EPARSE;
		if (o && rc)
			snprintf(msg, sizeof(msg), "%s", err.msg[0] ? err.msg : rasd_strerror(rc));
		if (id) {
			rasd_jsonw_key(&w, "id");
			rasd_jsonw_str(&w, id);
		}
		rasd_jsonw_key(&w, "result");
		rasd_jsonw_str(&w, rc ? "error" : put_names[result >= 0 && result <= 2 ? result : 0]);
		if (rc) {
			rasd_jsonw_key(&w, "error");
			rasd_jsonw_str(&w, msg);
			if (!first_bad) {
				first_bad = line;
				snprintf(first_msg, sizeof(first_msg), "%s", msg);
			}
		} else {
			rasd_jsonw_key(&w, "events");
			rasd_jsonw_int(&w, (int64_t)nevents);
			nstored++;
		}
		rasd_jsonw_obj_end(&w);
		if (o)
			json_object_put(o);
	}
	rasd_jsonw_arr_end(&w);
	if (!nlines) {
		rasdp_serve_error(r, 400, "empty request: post a JSON report or JSONL", NULL);
		goto out;
	}
	rasdp_api_counts_drop(sv);
	memset(&err, 0, sizeof(err));
	if (nstored && rasdp_incidents_update(sv->store, rasdp_engine_models(sv->engine),
						&nincs, &err) < 0) {
		rasdp_serve_error_rc(r, RASD_ESTORE, &err, "incidents");
		goto out;
	}
	rasdp_api_counts_drop(sv);      /* the incidents changed too */
	rasd_jsonw_key(&w, "incidents");
	rasd_jsonw_int(&w, (int64_t)nincs);
	if (!nstored) {
		char where[32];

		/* nothing stored: the error shape of every 400, with the lines */
		snprintf(where, sizeof(where), "line %ld", first_bad);
		rasd_jsonw_key(&w, "error");
		rasd_jsonw_str(&w, first_msg);
		rasd_jsonw_key(&w, "where");
		rasd_jsonw_str(&w, where);
	}
	rasd_jsonw_obj_end(&w);
	r->status = !nstored ? 400 : first_bad ? 207 : 201;
out:
	return;
}

/* A stored report as JSON: metadata, text and extraction. */
void rasdp_api_doc_json(struct rasd_jsonw *w, const struct rasd_store_document *doc)
{
	rasd_jsonw_obj(w);
	rasd_jsonw_key(w, "id");
	rasd_jsonw_str(w, doc->id);
	rasd_jsonw_key(w, "outlet");
	rasd_jsonw_str(w, doc->outlet);
	rasd_jsonw_key(w, "url");
	rasd_jsonw_str(w, doc->url);
	rasd_jsonw_key(w, "lang");
	rasd_jsonw_str(w, doc->lang);
	rasd_jsonw_key(w, "published");
	rasd_jsonw_str(w, doc->published);
	rasd_jsonw_key(w, "title");
	rasd_jsonw_str(w, doc->title);
	rasd_jsonw_key(w, "text");
	rasd_jsonw_strn(w, doc->text ? doc->text : "", doc->text_len);
	rasd_jsonw_key(w, "extraction");
	if (doc->json)
		rasd_jsonw_raw(w, doc->json, strlen(doc->json));
	else
		rasd_jsonw_null(w);
	rasd_jsonw_obj_end(w);
}

void rasdp_api_get_document(struct rasd_server *sv, const struct rasd_request *q,
			 struct rasd_reply *r)
{
	struct rasd_store_document doc;
	struct rasd_jsonw w;
	rasd_err err = { 0 };
	int rc;

	memset(&doc, 0, sizeof(doc));
	rc = rasdp_store_get(sv->store, q->params[0], &doc, &err);
	if (rc) {
		rasdp_serve_error_rc(r, rc, &err, q->params[0]);
		return;
	}
	rasd_jsonw_init(&w, &r->body);
	rasdp_api_doc_json(&w, &doc);
	rasdp_store_document_release(&doc);
}

