/*
 * export.c - the store out as ACLED-style CSV, GeoJSON
 * or the stored extraction lines (JSONL).
 *
 * CSV and GeoJSON have one row/feature per incident when the store holds
 * incidents (after `rasd ingest`), else one per event.  An incident row
 * takes its date, place, figures and sources from the incident and its
 * actors (with ACLED inter codes) from the first member event; the UCDP
 * columns best/low/high come from the incident's reconciled fatalities,
 * and "fatalities" is ACLED's conservative figure.  CSV quoting follows
 * RFC 4180 (fields with a comma, quote or line break are quoted, quotes
 * doubled; lines end with CRLF).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <json-c/json.h>

#include "base/err.h"
#include "base/jsonr.h"
#include "io/export.h"
#include "io/extraction.h"
#include "store/store.h"
#include "base/banned.h"

static const char *const acled_cols[] = {
	"event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
	"event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
	"assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region",
	"country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
	"geo_precision", "source", "source_scale", "notes", "fatalities", "tags",
	"timestamp", "best", "low", "high",
};
#define NCOLS (sizeof(acled_cols) / sizeof(acled_cols[0]))

enum col {
	C_ID, C_DATE, C_YEAR, C_TPREC, C_DISORDER, C_TYPE, C_SUB, C_A1, C_AA1, C_I1, C_A2,
	C_AA2, C_I2, C_INTERACTION, C_CIVTARGET, C_ISO, C_REGION, C_COUNTRY, C_ADM1,
	C_ADM2, C_ADM3, C_LOC, C_LAT, C_LON, C_GEOPREC, C_SOURCE, C_SCALE, C_NOTES,
	C_FAT, C_TAGS, C_TS, C_BEST, C_LOW, C_HIGH,
};

struct row {
	char *v[NCOLS];     /* malloc'd or NULL (empty) */
};

static void row_set(struct row *r, enum col c, const char *s)
{
	free(r->v[c]);
	r->v[c] = s ? strdup(s) : NULL;
}

static void row_setf(struct row *r, enum col c, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void row_setf(struct row *r, enum col c, const char *fmt, ...)
{
	char buf[256];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	row_set(r, c, buf);
}

/*
 * The date and year columns from a YYYY-MM-DD day, or nothing for NULL.
 * The day is looked up once and tested here: a second look-up could be
 * NULL as far as the compiler knows, and "%.4s" of NULL is undefined.
 */
static void row_set_date(struct row *r, const char *day)
{
	if (!day)
		return;
	row_set(r, C_DATE, day);
	row_setf(r, C_YEAR, "%.4s", day);
}

static void row_release(struct row *r)
{
	size_t i;

	for (i = 0; i < NCOLS; i++)
		free(r->v[i]);
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

static void csv_row(FILE *f, char *const *v)
{
	size_t i;

	for (i = 0; i < NCOLS; i++) {
		if (i)
			fputc(',', f);
		csv_field(f, v[i]);
	}
	fputs("\r\n", f);
}

static const char *disorder_of(const char *type)
{
	if (!type)
		return NULL;
	if (!strcmp(type, "Protests") || !strcmp(type, "Riots"))
		return "Demonstrations";
	if (!strcmp(type, "Strategic developments"))
		return "Strategic developments";
	return "Political violence";
}

static int time_precision(const char *p)
{
	if (!p)
		return 3;
	if (!strcmp(p, "day"))
		return 1;
	if (!strcmp(p, "week"))
		return 2;
	return 3;
}

/* Country columns from a place's admin1 id prefix ("SY12"). */
static void country_of(struct row *r, const char *admin1_id)
{
	static const struct { const char *cc, *iso, *name, *region; } t[] = {
		{ "SY", "760", "Syria", "Middle East" },
		{ "IQ", "368", "Iraq", "Middle East" },
		{ "LB", "422", "Lebanon", "Middle East" },
		{ "JO", "400", "Jordan", "Middle East" },
		{ "TR", "792", "Turkey", "Middle East" },
		{ "YE", "887", "Yemen", "Middle East" },
		{ "PS", "275", "Palestine", "Middle East" },
		{ "IL", "376", "Israel", "Middle East" },
		{ "EG", "818", "Egypt", "Northern Africa" },
		{ "LY", "434", "Libya", "Northern Africa" },
		{ "SD", "729", "Sudan", "Northern Africa" },
	};
	size_t i;

	if (!admin1_id || strlen(admin1_id) < 2)
		return;
	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		if (!strncmp(admin1_id, t[i].cc, 2)) {
			row_set(r, C_ISO, t[i].iso);
			row_set(r, C_COUNTRY, t[i].name);
			row_set(r, C_REGION, t[i].region);
			return;
		}
	}
}

/* Fill actor, place and type columns from one extraction event. */
static void from_event(struct row *r, const struct rasd_ex_event *ev)
{
	const struct rasd_ex_place *pl = ev->place;
	size_t i;
	int inter1 = 0, inter2 = 0;

	row_set(r, C_TYPE, ev->event_type);
	row_set(r, C_SUB, ev->sub_event_type);
	row_set(r, C_DISORDER, disorder_of(ev->event_type));
	row_set_date(r, ev->date);
	row_setf(r, C_TPREC, "%d", time_precision(ev->date_precision));
	if (pl) {
		row_set(r, C_ADM1, pl->admin1);
		row_set(r, C_ADM2, pl->admin2);
		row_set(r, C_LOC, pl->name);
		if (pl->has_ll) {
			row_setf(r, C_LAT, "%.4f", pl->lat);
			row_setf(r, C_LON, "%.4f", pl->lon);
		}
		if (pl->geo_precision)
			row_setf(r, C_GEOPREC, "%d", (int)pl->geo_precision);
		country_of(r, pl->admin1_id);
	}
	for (i = 0; i < ev->nactors; i++) {
		const struct rasd_ex_actor *a = &ev->actors[i];
		const char *role = a->role, *name = a->name;
		int inter = (int)a->inter;

		if (!name)
			continue;
		if (role && !strcmp(role, "actor1") && !r->v[C_A1]) {
			row_set(r, C_A1, name);
			inter1 = inter;
		} else if (role && !strcmp(role, "actor2") && !r->v[C_A2]) {
			row_set(r, C_A2, name);
			inter2 = inter;
		} else if (!r->v[C_AA1]) {
			row_set(r, C_AA1, name);
		} else {
			char *joined = malloc(strlen(r->v[C_AA1]) + strlen(name) + 3);

			if (joined) {
				snprintf(joined, strlen(r->v[C_AA1]) + strlen(name) + 3, "%s; %s",
					 r->v[C_AA1], name);
				free(r->v[C_AA1]);
				r->v[C_AA1] = joined;
			}
		}
	}
	if (inter1)
		row_setf(r, C_I1, "%d", inter1);
	if (inter2)
		row_setf(r, C_I2, "%d", inter2);
	if (inter1)
		row_setf(r, C_INTERACTION, "%d", inter2 ? (inter1 < inter2 ? inter1 * 10 + inter2 :
							   inter2 * 10 + inter1) : inter1 * 10);
	if ((ev->event_type && !strcmp(ev->event_type, "Violence against civilians")) ||
	    inter2 == 7)
		row_set(r, C_CIVTARGET, "Civilian targeting");
}

/* Killed figures of one event: best, low, high, ACLED's (the lowest). */
static void event_fatalities(const struct rasd_ex_event *ev, long long *best, long long *low,
			     long long *high)
{
	size_t i;

	*best = *low = *high = -1;
	for (i = 0; i < ev->nclaims; i++) {
		const struct rasd_ex_claim *c = &ev->claims[i];
		long long v = (long long)c->value, vh = (long long)c->value_hi;

		if (!c->kind || strcmp(c->kind, "killed") || c->denied || !c->has_value)
			continue;
		if (*best < 0 || v > *best)
			*best = v;
		if (*low < 0 || v < *low)
			*low = v;
		if (*high < 0 || vh > *high)
			*high = vh;
	}
}

/* ---- export state ---------------------------------------------------- */

struct exp {
	struct rasd_store *s;
	const char *from, *to;
	const char *format;
	FILE *out;
	long rows;
	char ts[32];
	json_object *features;   /* geojson */
	int failed;
};

static void geo_feature(struct exp *x, struct row *r, json_object *extra)
{
	json_object *f = json_object_new_object(), *props = json_object_new_object();
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
	for (i = 0; i < NCOLS; i++) {
		if (i == C_LAT || i == C_LON || i == C_TS || !r->v[i])
			continue;
		if (i == C_YEAR || i == C_TPREC || i == C_I1 || i == C_I2 || i == C_INTERACTION ||
		    i == C_GEOPREC || i == C_FAT || i == C_BEST || i == C_LOW || i == C_HIGH)
			json_object_object_add(props, acled_cols[i],
					       json_object_new_int64(strtoll(r->v[i], NULL, 10)));
		else
			json_object_object_add(props, acled_cols[i], json_object_new_string(r->v[i]));
	}
	if (extra) {
		json_object_object_foreach(extra, k, val)
			json_object_object_add(props, k, json_object_get(val));
	}
	json_object_object_add(f, "properties", props);
	json_object_array_add(x->features, f);
}

static void emit(struct exp *x, struct row *r, json_object *extra)
{
	row_set(r, C_TS, x->ts);
	if (!strcmp(x->format, "acled"))
		csv_row(x->out, r->v);
	else
		geo_feature(x, r, extra);
	x->rows++;
}

static int in_window(struct exp *x, const char *date, const char *date_last)
{
	const char *last = date_last ? date_last : date;

	if (!x->from && !x->to)
		return 1;
	if (!date)
		return 0;
	if (x->from && strcmp(last, x->from) < 0)
		return 0;
	if (x->to && strcmp(date, x->to) > 0)
		return 0;
	return 1;
}

/* Events of one stored extraction (no incidents in the store). */
static int event_rows(void *ctx, const char *id, const char *json, const char *text)
{
	struct exp *x = ctx;
	struct rasd_extraction doc;
	size_t i;

	(void)text;
	/* a stored line that no longer reads is left out */
	if (rasdp_extraction_parse(&doc, json, strlen(json), NULL))
		return 0;
	for (i = 0; i < doc.nevents; i++) {
		const struct rasd_ex_event *ev = &doc.events[i];
		json_object *extra;
		struct row r;
		long long best, low, high;

		if (!in_window(x, ev->date, ev->date_last))
			continue;
		memset(&r, 0, sizeof(r));
		row_setf(&r, C_ID, "%s-%d", id, (int)ev->n);
		from_event(&r, ev);
		row_set(&r, C_SOURCE, doc.outlet);
		row_set(&r, C_NOTES, doc.title);
		event_fatalities(ev, &best, &low, &high);
		row_setf(&r, C_FAT, "%lld", low >= 0 ? low : 0);
		if (best >= 0) {
			row_setf(&r, C_BEST, "%lld", best);
			row_setf(&r, C_LOW, "%lld", low);
			row_setf(&r, C_HIGH, "%lld", high);
		}
		extra = json_object_new_object();
		json_object_object_add(extra, "doc", json_object_new_string(id));
		json_object_object_add(extra, "n", json_object_new_int((int)ev->n));
		emit(x, &r, extra);
		json_object_put(extra);
		row_release(&r);
	}
	rasdp_extraction_release(&doc);
	return 0;
}

/*
 * The first member event of incident `inc`, read into `doc` from the store
 * (release it after), or NULL; its document's title in *title (malloc'd).
 */
static const struct rasd_ex_event *member_event(struct exp *x, json_object *inc,
						struct rasd_extraction *doc, char **title)
{
	json_object *m = rasdp_json_at(rasdp_json_arr(inc, "events"), 0);
	struct rasd_store_document d;
	const char *docid = rasdp_json_str(m, "doc");
	double n = 0;
	size_t i;
	int rc;

	memset(doc, 0, sizeof(*doc));
	rasdp_json_num(m, "n", &n);
	if (!docid || rasdp_store_get(x->s, docid, &d, NULL))
		return NULL;
	rc = d.json ? rasdp_extraction_parse(doc, d.json, strlen(d.json), NULL) : RASD_ENOTFOUND;
	*title = d.title;
	d.title = NULL;
	rasdp_store_document_release(&d);
	for (i = 0; !rc && i < doc->nevents; i++)
		if ((int)doc->events[i].n == (int)n)
			return &doc->events[i];
	return NULL;
}

static int incident_row(void *ctx, const char *id, const char *json, const char *text)
{
	struct exp *x = ctx;
	json_object *inc, *fat, *evs, *disp, *pl, *extra;
	const struct rasd_ex_event *ev;
	struct rasd_extraction doc;
	struct row r;
	struct { char s[512]; size_t n; } src = { "", 0 };
	size_t i, n;
	double v;
	char *title = NULL;

	(void)text;
	if (rasdp_json_parse(json, strlen(json), &inc, NULL))
		return 0;
	memset(&r, 0, sizeof(r));
	ev = member_event(x, inc, &doc, &title);
	row_set(&r, C_NOTES, title);
	free(title);
	if (ev)
		from_event(&r, ev);
	rasdp_extraction_release(&doc);
	row_set(&r, C_ID, id);
	if (rasdp_json_str(inc, "event_type")) {
		row_set(&r, C_TYPE, rasdp_json_str(inc, "event_type"));
		row_set(&r, C_SUB, rasdp_json_str(inc, "sub_event_type"));
		row_set(&r, C_DISORDER, disorder_of(rasdp_json_str(inc, "event_type")));
	}
	row_set_date(&r, rasdp_json_str(inc, "date"));
	if (rasdp_json_str(inc, "date_precision"))
		row_setf(&r, C_TPREC, "%d", time_precision(rasdp_json_str(inc, "date_precision")));
	pl = rasdp_json_obj(inc, "place");
	if (pl) {
		row_set(&r, C_LOC, rasdp_json_str(pl, "name"));
		if (rasdp_json_str(pl, "admin1"))
			row_set(&r, C_ADM1, rasdp_json_str(pl, "admin1"));
		if (rasdp_json_str(pl, "admin2"))
			row_set(&r, C_ADM2, rasdp_json_str(pl, "admin2"));
		if (rasdp_json_num(pl, "lat", &v))
			row_setf(&r, C_LAT, "%.4f", v);
		if (rasdp_json_num(pl, "lon", &v))
			row_setf(&r, C_LON, "%.4f", v);
		if (rasdp_json_num(pl, "geo_precision", &v))
			row_setf(&r, C_GEOPREC, "%d", (int)v);
		country_of(&r, rasdp_json_str(pl, "admin1_id"));
	}
	/* Sources: the outlets of the member events, once each. */
	evs = rasdp_json_arr(inc, "events");
	n = rasdp_json_len(evs);
	for (i = 0; i < n; i++) {
		const char *o = rasdp_json_str(rasdp_json_at(evs, i), "outlet");
		size_t ol;

		if (!o || !*o)
			continue;
		ol = strlen(o);
		{
			/* Already listed? */
			const char *p = src.s;
			int dup = 0;

			while ((p = strstr(p, o)) != NULL) {
				if ((p == src.s || p[-1] == ' ') && (p[ol] == ';' || p[ol] == '\0')) {
					dup = 1;
					break;
				}
				p += ol;
			}
			if (dup || src.n + ol + 3 >= sizeof(src.s))
				continue;
		}
		src.n += (size_t)snprintf(src.s + src.n, sizeof(src.s) - src.n, "%s%s",
					  src.n ? "; " : "", o);
	}
	if (src.n)
		row_set(&r, C_SOURCE, src.s);
	fat = rasdp_json_obj(inc, "fatalities");
	if (fat) {
		if (rasdp_json_num(fat, "acled", &v) && v >= 0)
			row_setf(&r, C_FAT, "%lld", (long long)v);
		else
			row_set(&r, C_FAT, "0");
		if (rasdp_json_num(fat, "best", &v) && v >= 0)
			row_setf(&r, C_BEST, "%lld", (long long)v);
		if (rasdp_json_num(fat, "low", &v) && v >= 0)
			row_setf(&r, C_LOW, "%lld", (long long)v);
		if (rasdp_json_num(fat, "high", &v) && v >= 0)
			row_setf(&r, C_HIGH, "%lld", (long long)v);
	} else {
		row_set(&r, C_FAT, "0");
	}
	disp = rasdp_json_arr(inc, "disputes");
	if (rasdp_json_len(disp)) {
		char notes[1024];
		size_t nn = 0;

		row_set(&r, C_TAGS, "disputed");
		notes[0] = '\0';
		for (i = 0; i < rasdp_json_len(disp) && nn + 8 < sizeof(notes); i++) {
			json_object *d = rasdp_json_at(disp, i);
			const char *attr = rasdp_json_str(d, "attribute"), *detail = rasdp_json_str(d, "detail");
			int w = snprintf(notes + nn, sizeof(notes) - nn, "%sdisputed %s: %s",
					 nn ? "; " : "", attr ? attr : "?", detail ? detail : "");

			if (w < 0)
				break;
			nn += (size_t)w;
			if (nn >= sizeof(notes))
				nn = sizeof(notes) - 1;
		}
		row_set(&r, C_NOTES, notes);
	}
	extra = json_object_new_object();
	json_object_object_add(extra, "documents", json_object_get(rasdp_json_get(inc, "documents")));
	json_object_object_add(extra, "disputes", json_object_get(rasdp_json_get(inc, "disputes")));
	emit(x, &r, extra);
	json_object_put(extra);
	row_release(&r);
	json_object_put(inc);
	return 0;
}

static int jsonl_line(void *ctx, const char *id, const char *json, const char *text)
{
	struct exp *x = ctx;

	(void)id;
	(void)text;
	fputs(json, x->out);
	fputc('\n', x->out);
	x->rows++;
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


int rasdp_export(struct rasd_store *s, const char *format, const char *from, const char *to,
		 int events, FILE *out, rasd_err *err)
{
	struct rasd_store_filter f;
	struct exp x;
	int64_t nincs = 0;
	int rc = 0;
	time_t now = time(NULL);

	if (!strcmp(format, "csv"))
		format = "acled";
	if (strcmp(format, "acled") && strcmp(format, "geojson") && strcmp(format, "jsonl"))
		return rasdp_err(err, RASD_EINVAL, -1, 0,
				 "unknown export format '%s' (acled, geojson or jsonl)", format);
	if ((from && !rasdp_export_valid_day(from)) || (to && !rasdp_export_valid_day(to)))
		return rasdp_err(err, RASD_EINVAL, -1, 0, "from and to want a day as YYYY-MM-DD");
	memset(&x, 0, sizeof(x));
	x.s = s;
	x.from = from;
	x.to = to;
	x.format = format;
	x.out = out;
	snprintf(x.ts, sizeof(x.ts), "%lld", (long long)now);
	memset(&f, 0, sizeof(f));
	f.from = from;
	f.to = to;
	if (!strcmp(format, "jsonl")) {
		rc = rasdp_store_each_extraction(x.s, from ? from : (to ? "0000-00-00" : NULL),
						 to ? to : (from ? "9999-99-99" : NULL),
						 jsonl_line, &x, err);
	} else {
		if (!strcmp(format, "acled"))
			csv_row(x.out, (char *const *)acled_cols);
		else
			x.features = json_object_new_array();
		if (!events)
			rc = rasdp_store_count(x.s, "incidents", &nincs, err);
		if (!rc && nincs > 0)
			rc = rasdp_store_incidents(x.s, &f, incident_row, &x, err);
		else if (!rc)
			rc = rasdp_store_each_extraction(x.s, from ? from : (to ? "0000-00-00" : NULL),
							 to ? to : (from ? "9999-99-99" : NULL),
							 event_rows, &x, err);
		if (x.features) {
			json_object *fc = json_object_new_object();

			json_object_object_add(fc, "type", json_object_new_string("FeatureCollection"));
			json_object_object_add(fc, "features", x.features);
			fputs(json_object_to_json_string_ext(fc, JSON_C_TO_STRING_PLAIN |
							     JSON_C_TO_STRING_NOSLASHESCAPE), x.out);
			fputc('\n', x.out);
			json_object_put(fc);
		}
	}
	return rc < 0 ? rc : 0;
}
