/*
 * api_export.c - GET /api/export?format=acled|ucdp|geojson|jsonl&from=&to=:
 * the same exports as `rasd export`, written by the library's exporter
 * into memory and sent with the content type of the format.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "io/export.h"
#include "serve/serve_int.h"
#include "store/store.h"
#include "base/banned.h"

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
