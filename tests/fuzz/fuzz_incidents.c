/*
 * fuzz_incidents.c - the incidents reader (rasdp_incidents_add_line) on
 * arbitrary lines of "extract output", then clustering and both renderings.
 *
 * The first byte picks the join threshold (-3 to 4 above the link model's) and whether syndicated-copy texts
 * are attached; the rest is split at newlines, each line added as one
 * document.  A line that is not a document must come back as RASD_EPARSE
 * (RASD_EINVAL for an id given twice, RASD_ENOMEM) with a message; whatever was added must cluster, and the
 * JSON must parse back with as many incidents as the collection holds.
 */
#include <json-c/json.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <stdio.h>

#include "extract/engine.h"
#include "incident/incident.h"
#include "model/model.h"
#include "base/banned.h"

/* The link decision's weights of the default data folder, loaded once. */
static const struct rasd_models *models(void)
{
	static rasd_engine *e;
	rasd_err err;

	if (!e) {
		memset(&err, 0, sizeof(err));
		e = rasd_engine_new(NULL, &err);
		if (!e) {
			fprintf(stderr, "fuzz_incidents: cannot load engine: %s\n", err.msg);
			abort();
		}
	}
	return rasdp_engine_models(e);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct rasd_incidents *inc;
	struct json_object *o, *arr;
	const char *p, *end;
	char *out = NULL;
	size_t out_len = 0, lines = 0;
	double min_score;
	uint8_t ctl;

	if (size < 1)
		return 0;
	ctl = data[0];
	min_score = (double)(ctl & 7) - 3.0;
	inc = rasdp_incidents_new();
	if (!inc)
		return 0;
	rasdp_incidents_set_models(inc, models());
	p = (const char *)data + 1;
	end = (const char *)data + size;
	while (p < end && lines < 256) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
		rasd_err err;
		int rc;

		memset(&err, 0, sizeof(err));
		rc = rasdp_incidents_add_line(inc, p, n, NULL, &err);
		if (rc && ((rc != RASD_EPARSE && rc != RASD_EINVAL && rc != RASD_ENOMEM) ||
			   !err.msg[0]))
			abort();
		/* the text of a document, as --articles gives it */
		if (!rc && (ctl & 8) && rasdp_incidents_ndocs(inc) > 0)
			rasdp_incidents_set_text(inc, rasdp_incidents_doc_id(inc, rasdp_incidents_ndocs(inc) - 1),
						 p, n);
		lines++;
		p += n + (nl ? 1 : 0);
	}
	if (rasdp_incidents_cluster(inc, min_score))
		abort();
	if (rasdp_incidents_to_json(inc, 1, &out, &out_len) || !out || strlen(out) != out_len)
		abort();
	o = json_tokener_parse(out);
	if (!o || !json_object_object_get_ex(o, "incidents", &arr) ||
	    json_object_array_length(arr) != rasdp_incidents_count(inc))
		abort();
	json_object_put(o);
	free(out);
	out = NULL;
	if (rasdp_incidents_to_text(inc, !(ctl & 16), &out, &out_len) || !out)
		abort();
	free(out);
	rasdp_incidents_free(inc);
	return 0;
}
