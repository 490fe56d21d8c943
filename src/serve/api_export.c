/*
 * api_export.c - GET /api/export?format=acled|ucdp|geojson|jsonl&from=&to=:
 * the same exports as `rasd export`, written by the library's exporter
 * into memory and sent with the content type of the format; and
 * GET /api/export?format=brief&incident=ID&lang=en|ar&as=md|html, the
 * fact-check brief of one incident as `rasd brief` writes it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "io/brief.h"
#include "io/export.h"
#include "io/outdata.h"
#include "serve/serve_int.h"
#include "store/store.h"
#include "base/banned.h"

/* The brief of one incident, its JSON from the incidents' index. */
static void brief(struct rasd_server *sv, const struct rasd_request *q, struct rasd_reply *r)
{
	const char *id = rasdp_request_arg(q, "incident"), *lang = rasdp_request_arg(q, "lang");
	const char *as = rasdp_request_arg(q, "as"), *json;
	struct rasdp_brief_opts bo;
	struct rasdp_outdata *d = NULL;
	rasd_err err = { 0 };
	size_t len;
	char *copy;
	int rc;

	if (!id) {
		rasdp_serve_error(r, 400, "a brief needs incident=", "incident");
		return;
	}
	if ((lang && strcmp(lang, "en") && strcmp(lang, "ar")) ||
	    (as && strcmp(as, "md") && strcmp(as, "html"))) {
		rasdp_serve_error(r, 400, "lang is en or ar, as is md or html", lang ? "lang" : "as");
		return;
	}
	json = rasdp_api_incident_json(sv, id, &len, r);
	if (!json)
		return;
	copy = strndup(json, len);
	rc = copy ? rasdp_outdata_load(sv->conf ? sv->conf->datadir : NULL, &d, &err) : RASD_ENOMEM;
	if (!rc) {
		memset(&bo, 0, sizeof(bo));
		bo.lang = lang;
		bo.html = as && !strcmp(as, "html");
		rc = rasdp_brief_write(sv->store, d, copy, &bo, &r->body, &err);
	}
	rasdp_outdata_free(d);
	free(copy);
	if (rc) {
		rasdp_serve_error_rc(r, rc, &err, "brief");
		return;
	}
	r->type = bo.html ? "text/html; charset=utf-8" : "text/markdown; charset=utf-8";
}

void rasdp_api_export(struct rasd_server *sv, const struct rasd_request *q, struct rasd_reply *r)
{
	const char *format = rasdp_request_arg(q, "format");
	struct rasdp_export_opts eo;
	char *buf = NULL;
	size_t len = 0;
	FILE *f;
	rasd_err err = { 0 };
	int rc;

	if (!format)
		format = "acled";
	if (!strcmp(format, "brief")) {
		brief(sv, q, r);
		return;
	}
	f = open_memstream(&buf, &len);
	if (!f) {
		rasdp_serve_error(r, 500, "out of memory", NULL);
		return;
	}
	memset(&eo, 0, sizeof(eo));
	eo.format = format;
	eo.from = rasdp_request_arg(q, "from");
	eo.to = rasdp_request_arg(q, "to");
	eo.datadir = sv->conf ? sv->conf->datadir : NULL;
	rc = rasdp_export_run(sv->store, &eo, f, &err);
	fclose(f);
	if (rc < 0) {
		free(buf);
		rasdp_serve_error_rc(r, rc, &err, "export");
		return;
	}
	rasd_buf_reset(&r->body);
	rasd_buf_add(&r->body, buf ? buf : "", len);    /* checked by the dispatcher */
	free(buf);
	if (!strcmp(format, "geojson"))
		r->type = "application/geo+json";
	else if (!strcmp(format, "jsonl"))
		r->type = "application/x-ndjson";
	else
		r->type = "text/csv; charset=utf-8";   /* acled, ucdp */
}
