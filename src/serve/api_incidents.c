/*
 * api_incidents.c - the read endpoints over incidents and events.
 *
 *   GET /api/incidents           ?from=&to=&admin1=&type=&actor=&q=&disputed=
 *                                &sort=date|-date&limit=&offset=&view=full|summary|map
 *                                a page of incidents with the total that match,
 *                                or (view=map) their points and timeline
 *   GET /api/incidents/:id       the incident with the full reports it joins,
 *                                so a reader sees every claim's evidence span
 *   GET /api/search              ?q= (and the same filters) events of reports
 *                                whose text matches
 *
 * Incidents are stored as the JSON `rasd incidents` writes (claims grouped
 * by attribute with their sources, each source's account, fatalities
 * low/best/high, disputes); the handlers pass it through without
 * re-encoding.  Listing, paging and the map work on an index of the
 * store's incidents in memory (api_index.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

void rasdp_api_list_incidents(struct rasd_server *sv, const struct rasd_request *q,
			   struct rasd_reply *r)
{
	struct rasd_store_filter f;

	filter_of(q, &f);
	rasdp_api_index_list(sv, q, &f, r);
}

void rasdp_api_get_incident(struct rasd_server *sv, const struct rasd_request *q,
			    struct rasd_reply *r)
{
	struct rasd_jsonw w;
	json_object *inc, *docs;
	const char *json;
	size_t i, len = 0;

	json = rasdp_api_incident_json(sv, q->params[0], &len, r);
	if (!json)
		return;
	rasd_jsonw_init(&w, &r->body);
	rasd_jsonw_obj(&w);
	rasd_jsonw_key(&w, "incident");
	rasd_jsonw_raw(&w, json, len);
	rasd_jsonw_key(&w, "documents");
	rasd_jsonw_arr(&w);
	/* the reports it joins: the stored incident names them */
	rasdp_json_parse(json, len, &inc, NULL);
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

