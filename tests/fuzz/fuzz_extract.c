/*
 * fuzz_extract.c - the whole pipeline through the public API.
 *
 * Input: one control byte, then the report text.  The control byte picks
 * the language hint (bits 0-1: none, "ar", "en", an unknown code), the
 * publication date (bits 2-3: none, a plain day, a leap day, a malformed
 * date), and the flags (bit 4 mentions, bit 5 UTF-8 repair).  The engine
 * with the full lexicons and gazetteer is built once.  Checks beyond "does
 * not crash": a document always has an id and a 64-digit hash, and its
 * JSON is one valid UTF-8 line that json-c parses as an object.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "rasd.h"
#include "text/text.h"
#include "base/banned.h"

static rasd_engine *engine(void)
{
	static rasd_engine *e;
	rasd_err err;

	if (!e) {
		memset(&err, 0, sizeof(err));
		e = rasd_engine_new(NULL, &err);
		if (!e) {
			fprintf(stderr, "fuzz_extract: cannot load engine: %s\n", err.msg);
			abort();
		}
	}
	return e;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const langs[] = { NULL, "ar", "en", "fr" };
	static const char *const pubs[] = { NULL, "2022-10-17", "2020-02-29", "2022-13-45" };
	rasd_input in;
	rasd_limits lim;
	rasd_err err;
	rasd_doc *d;
	unsigned flags = 0;
	char *json = NULL, *text;
	size_t json_len = 0, bad;
	json_object *o;
	const char *hash;
	uint8_t ctl;

	if (size < 1)
		return 0;
	ctl = data[0];
	/* A heap copy of exactly the text, so overreads are caught. */
	text = malloc(size - 1 ? size - 1 : 1);
	if (!text)
		return 0;
	memcpy(text, data + 1, size - 1);

	memset(&in, 0, sizeof(in));
	in.lang = langs[ctl & 3];
	in.published = pubs[(ctl >> 2) & 3];
	in.outlet = "fuzz";
	in.text = text;
	in.text_len = size - 1;
	if (ctl & 0x10)
		flags |= RASD_EXTRACT_MENTIONS;
	if (ctl & 0x20)
		flags |= RASD_EXTRACT_REPAIR_UTF8;
	rasd_limits_default(&lim);
	memset(&err, 0, sizeof(err));

	d = rasd_extract(engine(), &in, &lim, flags, &err);
	if (!d) {
		if (err.code >= 0 || !err.msg[0])
			abort();    /* a failure must say why */
		free(text);
		return 0;
	}
	if (!rasd_doc_id(d) || !*rasd_doc_id(d))
		abort();
	hash = rasd_doc_hash(d);
	if (!hash || strlen(hash) != 64)
		abort();
	if (rasd_doc_to_json(d, flags, &json, &json_len) || !json)
		abort();
	if (memchr(json, '\n', json_len) || rasdp_utf8_validate(json, json_len, &bad))
		abort();
	o = json_tokener_parse(json);
	if (!o || !json_object_is_type(o, json_type_object))
		abort();
	json_object_put(o);
	free(json);
	rasd_doc_free(d);
	free(text);
	return 0;
}
