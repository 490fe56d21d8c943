/*
 * export.h - the store out as ACLED CSV, UCDP GED-style CSV, GeoJSON or
 * JSONL, for `rasd export` and the HTTP API.  Self-contained (rasd.h and
 * stdio).
 */
#ifndef RASD_EXPORT_H
#define RASD_EXPORT_H

#include <stdio.h>

#include "rasd.h"

struct rasd_store;

/* Why an incident is not an ACLED or UCDP row (those rows need all three). */
enum rasdp_export_skip {
	RASDP_SKIP_DATE = 0,     /* no date in the text and no publication date */
	RASDP_SKIP_PLACE,        /* no place in a country the data knows */
	RASDP_SKIP_TYPE,         /* no event type, or no sub-event type and no default */
	RASDP_SKIP__COUNT,
};

struct rasdp_export_opts {
	const char *format;      /* acled (also csv), ucdp, geojson, jsonl */
	const char *from, *to;   /* YYYY-MM-DD or NULL: open */
	int events;              /* one row per event even when incidents are stored */
	const char *datadir;     /* data folder (NULL: $RASD_DATA, ./data, built-in) */
	/* Set by the export. */
	long rows;               /* rows or features written */
	long skipped[RASDP_SKIP__COUNT];
};

/*
 * Write the store's incidents (or events when o->events is set, or when no
 * incidents are stored) dated in [from, to] to `out` in o->format:
 *
 *   acled    ACLED's columns exactly, so rows append to ACLED data
 *   ucdp     UCDP GED columns rasd can fill (best/low/high, where_prec,
 *            date_prec ...)
 *   geojson  a FeatureCollection with ACLED's columns, P-codes,
 *            precisions, low/best/high and the disputes as properties
 *   jsonl    one incident per line as `rasd incidents` writes it, with an
 *            "export" member of the same (with events: the stored
 *            extraction lines)
 *
 * An incident that cannot be an ACLED or UCDP row is counted in
 * o->skipped instead.  0 or a negative rasd_status.
 */
int rasdp_export_run(struct rasd_store *s, struct rasdp_export_opts *o, FILE *out,
		     rasd_err *err);

/* The same with the default data folder and no counts. */
int rasdp_export(struct rasd_store *s, const char *format, const char *from,
		 const char *to, int events, FILE *out, rasd_err *err);

/* Is `format` one rasdp_export_run() writes? */
int rasdp_export_valid_format(const char *format);

/* Is `s` a day written YYYY-MM-DD? */
int rasdp_export_valid_day(const char *s);

#endif
