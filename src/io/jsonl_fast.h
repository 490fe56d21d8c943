/*
 * jsonl_fast.h - a JSONL record of the common form read without json-c
 * (see jsonl_fast.c); the reader falls back to json-c for the rest.
 */
#ifndef RASD_IO_JSONL_FAST_H
#define RASD_IO_JSONL_FAST_H

#include <stddef.h>

#include "base/buf.h"
#include "rasd.h"

/*
 * Read `line` (len bytes, NUL-terminated) as one flat JSON object with a
 * "text" string of at most max_doc bytes.  On success returns 1 and fills
 * *out as the json-c reader would: "text" decoded over the start of
 * `line` (NUL-terminated; out->text is `line`), the fields "id",
 * "outlet", "url", "lang", "published" and "title" that are strings
 * decoded into `meta` (NULL for the others), valid until `meta` is reset.
 * Returns 0, the line untouched, for a line it does not read: the caller
 * parses it with json-c.
 */
int rasdp_jsonl_fast(char *line, size_t len, size_t max_doc, struct rasd_buf *meta,
		     rasd_input *out);

#endif
