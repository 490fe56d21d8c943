/*
 * export.c - the store out as ACLED CSV, UCDP GED-style CSV, GeoJSON or
 * JSONL.
 *
 * Every format is built from one record per incident (struct rec), made
 * from the incident as `rasd incidents` stores it (date, place, type,
 * fatalities from each source's latest total, disputes) and from its
 * member reports (actors and their roles, the victims the figures count,
 * outlets and publication dates).  Without stored incidents, or with
 * `events`, each stored event is reconciled alone into the same record.
 *
 * What ACLED's codebook asks of a row, and how it is met:
 *
 *   - event_date, year, time_precision: the incident's day (precision 1),
 *     the middle of its week (2) or of a longer period (3); an incident
 *     whose reports give no date takes the first report's publication date
 *     with precision 3, and its tags say so.  Without either it is no row.
 *   - actor1 is the side that acted: not an actor whose people the figures
 *     count (who_actor), not one a report names actor2, never civilians;
 *     among the rest the one most reports name actor1, then the one most
 *     sources say took part.  Unknown or disputed perpetrators give
 *     "Unidentified Armed Group (<country>)".  actor2 is the target: the
 *     actor whose people were counted, or named actor2, or the civilians
 *     the figures count.  Names and inter codes are ACLED's, from
 *     data/exports/actors.tsv; interaction is the two inter codes, lower
 *     first.
 *   - admin1-3 and location use ACLED's (OCHA's) spelling by P-code
 *     (data/exports/admin.tsv); country, iso and region from the P-code's
 *     country.
 *   - fatalities is the lowest of the sources' latest totals (reconcile.c),
 *     never a subgroup or an early count.  When no source gives a written
 *     total but a report tells of a vague number killed ("dozens",
 *     "عشرات"), it is ACLED's conventional value for it (the codebook:
 *     dozens 12, hundreds 100), the least such, and the notes say the
 *     count is vague; such a figure is no claim and no toll of the
 *     incident (gold/GUIDE.md), UCDP low/best/high stay 0.  Else 0.
 *   - notes is one sentence: date, who did what, where, the toll, and the
 *     attributes the sources dispute (wording in data/phrases.tsv).
 *   - source lists the outlets by name; source_scale combines their scales
 *     (data/exports/outlets.tsv) as ACLED does, narrowest first.
 *
 * CSV quoting follows RFC 4180 (fields with a comma, quote or line break
 * are quoted, quotes doubled; lines end with CRLF).
 *
 * The files: export_record.c (one record per incident), export_actors.c,
 * export_notes.c and this one (the columns, the writers of each format and
 * the run); export_int.h is what they share.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <json-c/json.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/jsonr.h"
#include "doc.h"
#include "incident/incident.h"
#include "io/export.h"
#include "io/export_int.h"
#include "io/extraction.h"
#include "io/outdata.h"
#include "store/store.h"

#include "base/banned.h"

/* ACLED's columns, in ACLED's order (ACLED codebook, 2023 column guide). */
static const char *const acled_cols[] = {
	"event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
	"event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
	"assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region",
	"country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
	"geo_precision", "source", "source_scale", "notes", "fatalities", "tags",
	"timestamp",
};
_Static_assert(sizeof(acled_cols) / sizeof(acled_cols[0]) == NCOLS, "one name per ACLED column");

/* The UCDP GED columns rasd fills, in GED's order (GED codebook). */
static const char *const ucdp_cols[] = {
	"id", "relid", "year", "type_of_violence", "side_a", "side_b", "dyad_name",
	"number_of_sources", "source_article", "source_office", "source_date",
	"source_headline", "where_prec", "where_coordinates", "where_description", "adm_1",
	"adm_2", "latitude", "longitude", "geom_wkt", "country", "country_id", "region",
	"event_clarity", "date_prec", "date_start", "date_end", "deaths_a", "deaths_b",
	"deaths_civilians", "deaths_unknown", "best", "high", "low",
};
_Static_assert(sizeof(ucdp_cols) / sizeof(ucdp_cols[0]) == NUCDP, "one name per UCDP column");

static void rec_release(struct rec *r)
{
	size_t i;

	for (i = 0; i < NCOLS; i++)
		free(r->v[i]);
	for (i = 0; i < NUCDP; i++)
		free(r->u[i]);
	memset(r, 0, sizeof(*r));
}

static void csv_field(FILE *f, const char *s)
{
	if (!s)
		return;
	if (!strpbrk(s, ",\"\r\n")) {
		fputs(s, f);
		return;
	}
	fputc('"', f);
	for (; *s; s++) {
		if (*s == '"')
			fputc('"', f);
		fputc(*s, f);
	}
	fputc('"', f);
}

static void csv_row(FILE *f, char *const *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (i)
			fputc(',', f);
		csv_field(f, v[i]);
	}
	fputs("\r\n", f);
}

/* ---- writers ------------------------------------------------------------ */

static json_object *export_member(const struct rec *r)
{
	json_object *e = json_object_new_object(), *pc = json_object_new_object();
	static const char *const pkeys[4] = { "admin1", "admin2", "admin3", "place" };
	size_t i;

	for (i = 0; i < 4; i++)
		json_object_object_add(pc, pkeys[i], r->pc[i][0] ? json_object_new_string(r->pc[i]) : NULL);
	json_object_object_add(e, "event_id_cnty", json_object_new_string(r->v[C_ID]));
	json_object_object_add(e, "pcodes", pc);
	json_object_object_add(e, "event_date", r->v[C_DATE] ? json_object_new_string(r->v[C_DATE]) : NULL);
	json_object_object_add(e, "time_precision", r->time_prec ? json_object_new_int(r->time_prec) : NULL);
	json_object_object_add(e, "date_prec", r->date_prec ? json_object_new_int(r->date_prec) : NULL);
	json_object_object_add(e, "geo_precision", r->geo_prec ? json_object_new_int(r->geo_prec) : NULL);
	json_object_object_add(e, "where_prec", r->where_prec ? json_object_new_int(r->where_prec) : NULL);
	json_object_object_add(e, "low", r->has_fat ? json_object_new_int64(r->low) : NULL);
	json_object_object_add(e, "best", r->has_fat ? json_object_new_int64(r->best) : NULL);
	json_object_object_add(e, "high", r->has_fat ? json_object_new_int64(r->high) : NULL);
	json_object_object_add(e, "fatalities", json_object_new_int64(r->has_fat ? r->acled : r->vague_fat));
	json_object_object_add(e, "disputed", json_object_new_boolean(r->ndisputes > 0));
	json_object_object_add(e, "acled_row", json_object_new_boolean(!r->skip));
	return e;
}

static void geo_feature(struct exp *x, const struct rec *r, json_object *inc)
{
	json_object *f = json_object_new_object(), *props = json_object_new_object();
	json_object *ds = rasdp_json_arr(inc, "disputes"), *attrs = json_object_new_array();
	size_t i;

	json_object_object_add(f, "type", json_object_new_string("Feature"));
	if (r->v[C_LAT] && r->v[C_LON]) {
		json_object *g = json_object_new_object(), *c = json_object_new_array();

		json_object_array_add(c, json_object_new_double(strtod(r->v[C_LON], NULL)));
		json_object_array_add(c, json_object_new_double(strtod(r->v[C_LAT], NULL)));
		json_object_object_add(g, "type", json_object_new_string("Point"));
		json_object_object_add(g, "coordinates", c);
		json_object_object_add(f, "geometry", g);
	} else {
		json_object_object_add(f, "geometry", NULL);
	}
	json_object_object_add(props, "rasd_id", json_object_new_string(rasdp_json_str(inc, "id") ?
									rasdp_json_str(inc, "id") : ""));
	for (i = 0; i < NCOLS; i++) {
		if (i == C_LAT || i == C_LON || !r->v[i])
			continue;
		if (i == C_YEAR || i == C_TPREC || i == C_I1 || i == C_I2 || i == C_INTERACTION ||
		    i == C_GEOPREC || i == C_FAT || i == C_ISO || i == C_TS)
			json_object_object_add(props, acled_cols[i],
					       json_object_new_int64(strtoll(r->v[i], NULL, 10)));
		else
			json_object_object_add(props, acled_cols[i], json_object_new_string(r->v[i]));
	}
	{
		json_object *e = export_member(r);

		json_object_object_foreach(e, k, val)
			if (strcmp(k, "event_id_cnty") && strcmp(k, "event_date") &&
			    strcmp(k, "geo_precision") && strcmp(k, "time_precision") &&
			    strcmp(k, "fatalities"))
				json_object_object_add(props, k, json_object_get(val));
		json_object_put(e);
	}
	for (i = 0; i < rasdp_json_len(ds); i++) {
		const char *a = rasdp_json_str(rasdp_json_at(ds, i), "attribute");
		size_t j;

		for (j = 0; a && j < json_object_array_length(attrs); j++)
			if (!strcmp(json_object_get_string(json_object_array_get_idx(attrs, j)), a))
				break;
		if (a && j == json_object_array_length(attrs))
			json_object_array_add(attrs, json_object_new_string(a));
	}
	json_object_object_add(props, "disputed_attributes", attrs);
	json_object_object_add(props, "disputes", json_object_get(ds));
	json_object_object_add(props, "documents", json_object_get(rasdp_json_get(inc, "documents")));
	json_object_object_add(f, "properties", props);
	json_object_array_add(x->features, f);
}

/* One incident (its JSON as stored, `id` its name) out in the chosen format. */
static int incident_out(struct exp *x, const char *id, json_object *inc)
{
	struct rec r;

	rasdp_export_build(x, inc, id, &r);
	if (x->failed) {
		rec_release(&r);
		return x->failed;
	}
	if (!strcmp(x->format, "acled") || !strcmp(x->format, "ucdp")) {
		if (r.skip) {
			x->o->skipped[r.skip_reason]++;
		} else {
			if (!strcmp(x->format, "acled"))
				csv_row(x->out, r.v, NCOLS);
			else
				csv_row(x->out, r.u, NUCDP);
			x->o->rows++;
		}
	} else if (!strcmp(x->format, "geojson")) {
		geo_feature(x, &r, inc);
		x->o->rows++;
	} else {
		json_object *copy = NULL;

		/* the incident as stored, with what the exports computed */
		if (!json_object_deep_copy(inc, &copy, NULL)) {
			json_object_object_add(copy, "export", export_member(&r));
			fputs(json_object_to_json_string_ext(copy, JSON_C_TO_STRING_PLAIN |
							     JSON_C_TO_STRING_NOSLASHESCAPE), x->out);
			fputc('\n', x->out);
			json_object_put(copy);
			x->o->rows++;
		}
	}
	rec_release(&r);
	return 0;
}

static int in_window(struct exp *x, const char *date, const char *date_last)
{
	const char *last = date_last ? date_last : date;

	if (!x->o->from && !x->o->to)
		return 1;
	if (!date)
		return 0;
	if (x->o->from && strcmp(last, x->o->from) < 0)
		return 0;
	if (x->o->to && strcmp(date, x->o->to) > 0)
		return 0;
	return 1;
}

static int incident_row(void *ctx, const char *id, const char *json, const char *text)
{
	struct exp *x = ctx;
	json_object *inc;
	int rc;

	(void)text;
	if (rasdp_json_parse(json, strlen(json), &inc, NULL))
		return 0;
	rc = incident_out(x, id, inc);
	json_object_put(inc);
	return rc;
}

/*
 * The events of one stored extraction, each reconciled alone (no
 * incidents stored, or --events): the same records as incidents, one per
 * event, named as a store names a one-event incident.
 */
static int event_rows(void *ctx, const char *id, const char *json, const char *text)
{
	struct exp *x = ctx;
	struct rasd_incidents *inc = rasdp_incidents_new();
	json_object *all = NULL, *arr;
	char *out = NULL;
	size_t len, i;
	int rc;

	(void)id;
	if (!inc)
		return RASD_ENOMEM;
	rasdp_incidents_set_ids(inc, RASD_INC_IDS_STABLE);
	rasdp_incidents_set_models(inc, rasdp_outdata_models(x->d));
	/* a stored line that no longer reads is left out */
	if (rasdp_incidents_add_line(inc, json, strlen(json), text, NULL)) {
		rasdp_incidents_free(inc);
		return 0;
	}
	rc = rasdp_incidents_cluster(inc, 0);
	if (!rc)
		rc = rasdp_incidents_to_json(inc, 1, &out, &len);
	rasdp_incidents_free(inc);
	if (rc)
		return rc;
	if (rasdp_json_parse(out, len, &all, NULL)) {
		free(out);
		return 0;
	}
	free(out);
	arr = rasdp_json_arr(all, "incidents");
	for (i = 0; i < rasdp_json_len(arr) && !rc; i++) {
		json_object *e = rasdp_json_at(arr, i);

		if (in_window(x, rasdp_json_str(e, "date"), rasdp_json_str(e, "date_last")))
			rc = incident_out(x, rasdp_json_str(e, "id"), e);
	}
	json_object_put(all);
	return rc;
}

static int jsonl_line(void *ctx, const char *id, const char *json, const char *text)
{
	struct exp *x = ctx;

	(void)id;
	(void)text;
	fputs(json, x->out);
	fputc('\n', x->out);
	x->o->rows++;
	return 0;
}

int rasdp_export_valid_day(const char *s)
{
	int i;

	if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return 0;
	for (i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return 0;
	return 1;
}

int rasdp_export_valid_format(const char *f)
{
	return f && (!strcmp(f, "acled") || !strcmp(f, "csv") || !strcmp(f, "ucdp") ||
		     !strcmp(f, "geojson") || !strcmp(f, "jsonl"));
}

int rasdp_export_run(struct rasd_store *s, struct rasdp_export_opts *o, FILE *out, rasd_err *err)
{
	struct rasd_store_filter f;
	struct exp x;
	int64_t nincs = 0;
	int rc = 0;
	const char *lo = o->from ? o->from : (o->to ? "0000-00-00" : NULL);
	const char *hi = o->to ? o->to : (o->from ? "9999-99-99" : NULL);

	o->rows = 0;
	memset(o->skipped, 0, sizeof(o->skipped));
	if (!rasdp_export_valid_format(o->format))
		return rasdp_err(err, RASD_EINVAL, -1, 0,
				 "unknown export format '%s' (acled, ucdp, geojson or jsonl)",
				 o->format ? o->format : "");
	if ((o->from && !rasdp_export_valid_day(o->from)) || (o->to && !rasdp_export_valid_day(o->to)))
		return rasdp_err(err, RASD_EINVAL, -1, 0, "from and to want a day as YYYY-MM-DD");
	memset(&x, 0, sizeof(x));
	x.s = s;
	x.o = o;
	x.out = out;
	x.format = strcmp(o->format, "csv") ? o->format : "acled";
	snprintf(x.ts, sizeof(x.ts), "%lld", (long long)time(NULL));
	if (!strcmp(x.format, "jsonl") && o->events)
		return rasdp_store_each_extraction(s, lo, hi, jsonl_line, &x, err) < 0 ? -1 : 0;
	rc = rasdp_outdata_load(o->datadir, &x.d, err);
	if (rc)
		return rc;
	memset(&f, 0, sizeof(f));
	f.from = o->from;
	f.to = o->to;
	if (!strcmp(x.format, "acled"))
		csv_row(out, (char *const *)acled_cols, NCOLS);
	else if (!strcmp(x.format, "ucdp"))
		csv_row(out, (char *const *)ucdp_cols, NUCDP);
	else if (!strcmp(x.format, "geojson"))
		x.features = json_object_new_array();
	if (!o->events)
		rc = rasdp_store_count(s, "incidents", &nincs, err);
	if (!rc && nincs > 0)
		rc = rasdp_store_incidents(s, &f, incident_row, &x, err);
	else if (!rc)
		rc = rasdp_store_each_extraction(s, lo, hi, event_rows, &x, err);
	if (rc > 0 || x.failed)
		rc = rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
	if (x.features) {
		json_object *fc = json_object_new_object();

		json_object_object_add(fc, "type", json_object_new_string("FeatureCollection"));
		json_object_object_add(fc, "features", x.features);
		if (!rc) {
			fputs(json_object_to_json_string_ext(fc, JSON_C_TO_STRING_PLAIN |
							     JSON_C_TO_STRING_NOSLASHESCAPE), out);
			fputc('\n', out);
		}
		json_object_put(fc);
	}
	rasdp_outdata_free(x.d);
	return rc < 0 ? rc : 0;
}

int rasdp_export(struct rasd_store *s, const char *format, const char *from, const char *to,
		 int events, FILE *out, rasd_err *err)
{
	struct rasdp_export_opts o;

	memset(&o, 0, sizeof(o));
	o.format = format;
	o.from = from;
	o.to = to;
	o.events = events;
	return rasdp_export_run(s, &o, out, err);
}
