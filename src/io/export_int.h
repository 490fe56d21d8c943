/*
 * export_int.h - what the files of `rasd export` share: export.c (the
 * column lists, CSV, the GeoJSON and JSONL writers and the run),
 * export_record.c (one record per incident: member reports, place, dates,
 * sources, ids, fatalities), export_actors.c (actor1, actor2, their
 * associates and inter codes) and export_notes.c (the notes sentence and
 * the tags).  export.c's opening comment says how each ACLED column is met.
 *
 * Only the export files include it.
 */
#ifndef RASD_EXPORT_INT_H
#define RASD_EXPORT_INT_H

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "base/buf.h"
#include "io/export.h"
#include "io/extraction.h"
#include "io/outdata.h"
#include "store/store.h"

/* ACLED's columns, in the order of acled_cols (export.c); NCOLS: how many. */
enum col {
	C_ID, C_DATE, C_YEAR, C_TPREC, C_DISORDER, C_TYPE, C_SUB, C_A1, C_AA1, C_I1, C_A2,
	C_AA2, C_I2, C_INTERACTION, C_CIVTARGET, C_ISO, C_REGION, C_COUNTRY, C_ADM1,
	C_ADM2, C_ADM3, C_LOC, C_LAT, C_LON, C_GEOPREC, C_SOURCE, C_SCALE, C_NOTES,
	C_FAT, C_TAGS, C_TS, NCOLS
};

/* The UCDP GED columns rasd fills, in the order of ucdp_cols (export.c); NUCDP: how many. */
enum ucol {
	U_ID, U_RELID, U_YEAR, U_TOV, U_SIDE_A, U_SIDE_B, U_DYAD, U_NSRC, U_ARTICLE,
	U_OFFICE, U_SDATE, U_HEADLINE, U_WPREC, U_WCOORD, U_WDESC, U_ADM1, U_ADM2, U_LAT,
	U_LON, U_WKT, U_COUNTRY, U_CID, U_REGION, U_CLARITY, U_DPREC, U_DSTART, U_DEND,
	U_DA, U_DB, U_DCIV, U_DUNK, U_BEST, U_HIGH, U_LOW, NUCDP
};

#define MAX_MEMBERS 64
#define MAX_CANDS 32

/* One incident as every format writes it; strings malloc'd or NULL. */
struct rec {
	char *v[NCOLS];          /* ACLED columns */
	char *u[NUCDP];          /* UCDP columns */
	char pc[4][32];          /* P-codes: admin1, admin2, admin3, place */
	int where_prec, date_prec, time_prec, geo_prec;
	int has_fat;
	long long low, best, high, acled;
	long long vague_fat;     /* ACLED's value of a vague number killed, without a toll */
	int ndisputes;
	const char *skip;        /* why it is no ACLED/UCDP row, or NULL */
	int skip_reason;
};

static inline void set(char **slot, const char *s)
{
	free(*slot);
	*slot = s ? strdup(s) : NULL;
}

static inline void setf(char **slot, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static inline void setf(char **slot, const char *fmt, ...)
{
	char buf[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	set(slot, buf);
}

/* ---- export state ---------------------------------------------------- */

struct exp {
	struct rasd_store *s;
	struct rasdp_export_opts *o;
	struct rasdp_outdata *d;
	const char *format;
	FILE *out;
	char ts[32];
	json_object *features;   /* geojson */
	int failed;              /* RASD_ENOMEM seen */
};

/* A member report of an incident, read from the store. */
struct member {
	struct rasd_store_document doc;
	struct rasd_extraction x;
	int have_x, copy;
};

struct members {
	struct member m[MAX_MEMBERS];
	size_t n;
};

/* The day number of a YYYY-MM-DD date, or INT64_MIN when it is none. */
static inline int64_t day_of(const char *s)
{
	struct rasd_ymd y;

	if (!s || !rasdp_export_valid_day(s) || rasdp_parse_ymd(s, &y) || !y.y || !y.m || !y.d)
		return INT64_MIN;
	return rasdp_days_from_ymd(y.y, y.m, y.d);
}

/* ---- export_record.c ------------------------------------------------- */

/* The record of stored incident `inc` (id `id`) into *r; x->failed on RASD_ENOMEM. */
void rasdp_export_build(struct exp *x, json_object *inc, const char *id, struct rec *r);

/* The member event an incident's "events" entry `e` names, or NULL (not read, or a copy). */
const struct rasd_ex_event *rasdp_export_own_event(const struct members *M, json_object *e);

/* "14 October 2022" (en) or its month only ("October 2022") into b. */
void rasdp_export_date_words(struct rasd_buf *b, const struct rasdp_outdata *d, const char *lang,
			     int64_t day, int month_only);

/* ---- export_actors.c ------------------------------------------------- */

/* actor1, actor2, their associates, inter codes, interaction and UCDP sides of *r. */
void rasdp_export_set_actors(struct exp *x, json_object *inc, const struct members *M,
			     const char *day, const char *country, struct rec *r);

/* ---- export_notes.c -------------------------------------------------- */

/*
 * The notes sentence and the tags of *r (rasd_id: the incident's id;
 * from_pub: the date is the first report's publication date;
 * sub_from_type: the sub-event type was had from the event type).
 */
void rasdp_export_set_notes_and_tags(struct exp *x, json_object *inc, const char *rasd_id,
				     struct rec *r, int from_pub, int sub_from_type);

#endif
