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
 * incidents are recomputed once per request, after all its reports.  Every
 * line of a request is parsed before anything is stored, so a malformed
 * line (400, "where": "line N") stores nothing.  Reports the pipeline
 * refuses (invalid UTF-8, binary, too big) are listed with their error and
 * the answer is 207 instead of 201.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "base/err.h"
#include "base/jsonr.h"
#include "base/jsonw.h"
#include "incident/recompute.h"
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

void rasdp_api_health(struct rasd_server *sv, const struct rasd_request *q, struct rasd_reply *r)
{
	struct rasd_jsonw w;
	int64_t ndocs = 0, nincs = 0;
	rasd_err err = { 0 };
	int rc = rasdp_store_count(sv->store, "documents", &ndocs, &err);

	(void)q;
	if (!rc)
		rc = rasdp_store_count(sv->store, "incidents", &nincs, &err);
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
	rasd_jsonw_obj_end(&w);
}

/* Parse one posted line into a JSON object, or set an error reply. */
static json_object *parse_doc(const char *s, size_t n, long line, struct rasd_reply *r)
{
	json_tokener *tok = json_tokener_new_ex(32);
	json_object *o;
	char where[32];

	snprintf(where, sizeof(where), "line %ld", line);
	if (!tok) {
		rasdp_serve_error(r, 500, "out of memory", NULL);
		return NULL;
	}
	o = json_tokener_parse_ex(tok, s, (int)n);
	if (!o || json_tokener_get_error(tok) != json_tokener_success) {
		char msg[160];

		snprintf(msg, sizeof(msg), "not JSON: %s at column %zu",
			 json_tokener_error_desc(json_tokener_get_error(tok) == json_tokener_success
						 ? json_tokener_continue : json_tokener_get_error(tok)),
			 json_tokener_get_parse_end(tok) + 1);
		json_tokener_free(tok);
		if (o)
			json_object_put(o);
		rasdp_serve_error(r, 400, msg, where);
		return NULL;
	}
	json_tokener_free(tok);
	if (!json_object_is_type(o, json_type_object) || !rasdp_json_str(o, "text")) {
		json_object_put(o);
		rasdp_serve_error(r, 400, "expected a JSON object with a \"text\" string", where);
		return NULL;
	}
	return o;
}

static const char *put_names[] = { "unchanged", "inserted", "replaced" };

void rasdp_api_post_documents(struct rasd_server *sv, const struct rasd_request *q,
			   struct rasd_reply *r)
{
	json_object *docs[1024];
	size_t ndocs = 0, i;
	const char *p = q->body, *end = q->body + q->body_len;
	long line = 0;
	struct rasd_jsonw w;
	rasd_err err;
	int rc = 0;
	size_t nincs = 0;

	/* Validate every line first: a bad request stores nothing. */
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *le = nl ? nl : end;
		const char *t = p;

		line++;
		while (t < le && (*t == ' ' || *t == '\t' || *t == '\r'))
			t++;
		if (t < le) {
			if (ndocs == sizeof(docs) / sizeof(*docs)) {
				rasdp_serve_error(r, 413, "more than 1024 reports in one request", NULL);
				goto out;
			}
			docs[ndocs] = parse_doc(t, (size_t)(le - t), line, r);
			if (!docs[ndocs])
				goto out;
			ndocs++;
		}
		p = nl ? nl + 1 : end;
	}
	if (!ndocs) {
		rasdp_serve_error(r, 400, "empty request: post a JSON report or JSONL", NULL);
		goto out;
	}

	rasdp_api_cache_drop(sv);
	rasd_buf_reset(&r->body);
	rasd_jsonw_init(&w, &r->body);
	rasd_jsonw_obj(&w);
	rasd_jsonw_key(&w, "documents");
	rasd_jsonw_arr(&w);
	for (i = 0; i < ndocs; i++) {
		json_object *o = docs[i], *t = rasdp_json_get(o, "text");
		rasd_input in;
		rasd_doc *d;
		char *json = NULL;
		size_t json_len = 0, nevents = 0;
		struct rasd_store_rec rec;
		int result = 0;

		memset(&in, 0, sizeof(in));
		memset(&err, 0, sizeof(err));
		in.id = rasdp_json_str(o, "id");
		in.outlet = rasdp_json_str(o, "outlet");
		in.url = rasdp_json_str(o, "url");
		in.lang = rasdp_json_str(o, "lang");
		in.published = rasdp_json_str(o, "published");
		in.title = rasdp_json_str(o, "title");
		in.text = json_object_get_string(t);
		in.text_len = (size_t)json_object_get_string_len(t);
		d = rasd_extract(sv->engine, &in, NULL, 0, &err);
		rasd_jsonw_obj(&w);
		rasd_jsonw_key(&w, "id");
		rasd_jsonw_str(&w, d ? rasd_doc_id(d) : in.id);
		if (!d) {
			rasd_jsonw_key(&w, "error");
			rasd_jsonw_str(&w, err.msg[0] ? err.msg : rasd_strerror(err.code));
			rasd_jsonw_obj_end(&w);
			rc = rc ? rc : err.code;
			continue;
		}
		rc = rasd_doc_to_json(d, 0, &json, &json_len);
		if (!rc)
			rc = rasdp_store_rec_parse(&rec, json, json_len, in.text, in.text_len, &err);
		if (!rc) {
			nevents = rec.nevents;
			rc = rasdp_store_put(sv->store, &rec, &result, &err);
			rasdp_store_rec_release(&rec);
		}
		rasd_jsonw_key(&w, "result");
		rasd_jsonw_str(&w, rc ? "error" : put_names[result >= 0 && result <= 2 ? result : 0]);
		if (!rc) {
			rasd_jsonw_key(&w, "events");
			rasd_jsonw_int(&w, (int64_t)nevents);
		} else {
			rasd_jsonw_key(&w, "error");
			rasd_jsonw_str(&w, err.msg[0] ? err.msg : rasd_strerror(rc));
		}
		rasd_jsonw_obj_end(&w);
		free(json);
		rasd_doc_free(d);
	}
	rasd_jsonw_arr_end(&w);
	memset(&err, 0, sizeof(err));
	if (rasdp_incidents_update(sv->store, &nincs, &err) < 0) {
		rasdp_serve_error_rc(r, RASD_ESTORE, &err, "incidents");
		goto out;
	}
	rasd_jsonw_key(&w, "incidents");
	rasd_jsonw_int(&w, (int64_t)nincs);
	rasd_jsonw_obj_end(&w);
	r->status = rc ? 207 : 201;
out:
	for (i = 0; i < ndocs; i++)
		json_object_put(docs[i]);
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

