/*
 * export.h - the store out as ACLED-style CSV, GeoJSON or JSONL, for
 * `rasd export` and the HTTP API.  Self-contained (rasd.h and stdio).
 */
#ifndef RASD_EXPORT_H
#define RASD_EXPORT_H

#include <stdio.h>

#include "rasd.h"

struct rasd_store;

/*
 * Write the store's incidents (or events when `events` is set, or when no
 * incidents are stored) dated in [from, to] (NULL: open) to `out` as
 * "acled" (also "csv"), "geojson" or "jsonl".  0 or a negative rasd_status.
 */
int rasdp_export(struct rasd_store *s, const char *format, const char *from,
		 const char *to, int events, FILE *out, rasd_err *err);

/* Is `s` a day written YYYY-MM-DD? */
int rasdp_export_valid_day(const char *s);

#endif
