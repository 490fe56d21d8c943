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
#define NCOLS (sizeof(acled_cols) / sizeof(acled_cols[0]))

enum col {
	C_ID, C_DATE, C_YEAR, C_TPREC, C_DISORDER, C_TYPE, C_SUB, C_A1, C_AA1, C_I1, C_A2,
	C_AA2, C_I2, C_INTERACTION, C_CIVTARGET, C_ISO, C_REGION, C_COUNTRY, C_ADM1,
	C_ADM2, C_ADM3, C_LOC, C_LAT, C_LON, C_GEOPREC, C_SOURCE, C_SCALE, C_NOTES,
	C_FAT, C_TAGS, C_TS,
};

/* The UCDP GED columns rasd fills, in GED's order (GED codebook). */
static const char *const ucdp_cols[] = {
	"id", "relid", "year", "type_of_violence", "side_a", "side_b", "dyad_name",
	"number_of_sources", "source_article", "source_office", "source_date",
	"source_headline", "where_prec", "where_coordinates", "where_description", "adm_1",
	"adm_2", "latitude", "longitude", "geom_wkt", "country", "country_id", "region",
	"event_clarity", "date_prec", "date_start", "date_end", "deaths_a", "deaths_b",
	"deaths_civilians", "deaths_unknown", "best", "high", "low",
};
#define NUCDP (sizeof(ucdp_cols) / sizeof(ucdp_cols[0]))

enum ucol {
	U_ID, U_RELID, U_YEAR, U_TOV, U_SIDE_A, U_SIDE_B, U_DYAD, U_NSRC, U_ARTICLE,
	U_OFFICE, U_SDATE, U_HEADLINE, U_WPREC, U_WCOORD, U_WDESC, U_ADM1, U_ADM2, U_LAT,
	U_LON, U_WKT, U_COUNTRY, U_CID, U_REGION, U_CLARITY, U_DPREC, U_DSTART, U_DEND,
	U_DA, U_DB, U_DCIV, U_DUNK, U_BEST, U_HIGH, U_LOW,
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

static void set(char **slot, const char *s)
{
	free(*slot);
	*slot = s ? strdup(s) : NULL;
}

static void setf(char **slot, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void setf(char **slot, const char *fmt, ...)
{
	char buf[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	set(slot, buf);
}

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

static void members_release(struct members *M)
{
	size_t i;

	for (i = 0; i < M->n; i++) {
		rasdp_store_document_release(&M->m[i].doc);
		if (M->m[i].have_x)
			rasdp_extraction_release(&M->m[i].x);
	}
	M->n = 0;
}

/* The member reports named in the incident's "documents", copies marked. */
static void members_read(struct exp *x, json_object *inc, struct members *M)
{
	json_object *docs = rasdp_json_arr(inc, "documents"), *dups = rasdp_json_arr(inc, "duplicates");
	size_t i, j;

	M->n = 0;
	for (i = 0; i < rasdp_json_len(docs) && M->n < MAX_MEMBERS; i++) {
		const char *id = json_object_get_string(rasdp_json_at(docs, i));
		struct member *m = &M->m[M->n];

		memset(m, 0, sizeof(*m));
		if (!id || rasdp_store_get(x->s, id, &m->doc, NULL))
			continue;
		m->have_x = m->doc.json &&
			!rasdp_extraction_parse(&m->x, m->doc.json, strlen(m->doc.json), NULL);
		for (j = 0; j < rasdp_json_len(dups); j++) {
			const char *c = json_object_get_string(rasdp_json_at(rasdp_json_at(dups, j), 0));

			if (c && !strcmp(c, id))
				m->copy = 1;
		}
		M->n++;
	}
}

/* The member event (doc, n) of the incident, or NULL. */
static const struct rasd_ex_event *member_event(const struct members *M, const char *doc, int n,
						const struct member **which)
{
	size_t i, j;

	for (i = 0; i < M->n; i++) {
		const struct member *m = &M->m[i];

		if (!m->have_x || strcmp(m->doc.id, doc))
			continue;
		for (j = 0; j < m->x.nevents; j++)
			if ((int)m->x.events[j].n == n) {
				*which = m;
				return &m->x.events[j];
			}
	}
	return NULL;
}

/*
 * The member event an incident's "events" entry `e` names ({doc, n}), or
 * NULL when its report is not read or is a syndicated copy.
 */
static const struct rasd_ex_event *own_event(const struct members *M, json_object *e)
{
	const struct member *m = NULL;
	const struct rasd_ex_event *ev;
	double n = 0;

	rasdp_json_num(e, "n", &n);
	ev = member_event(M, rasdp_json_str(e, "doc") ? rasdp_json_str(e, "doc") : "", (int)n, &m);
	return ev && !m->copy ? ev : NULL;
}

/*
 * ACLED's value for an incident without a written toll: the least
 * conventional value of the vague numbers killed its reports tell of
 * (not denied, not in a copy), 0 when there is none.
 */
static long long vague_toll(const struct members *M, json_object *inc)
{
	json_object *evs = rasdp_json_arr(inc, "events");
	long long least = 0;
	size_t i, j;

	for (i = 0; i < rasdp_json_len(evs); i++) {
		const struct rasd_ex_event *ev = own_event(M, rasdp_json_at(evs, i));

		if (!ev)
			continue;
		for (j = 0; j < ev->nvague; j++) {
			const struct rasd_ex_claim *v = &ev->vague[j];

			if (v->denied || !v->kind || strcmp(v->kind, "killed") || v->value <= 0)
				continue;
			if (!least || v->value < least)
				least = (long long)v->value;
		}
	}
	return least;
}

/* ---- dates ------------------------------------------------------------ */

static int64_t day_of(const char *s)
{
	struct rasd_ymd y;

	if (!s || !rasdp_export_valid_day(s) || rasdp_parse_ymd(s, &y) || !y.y || !y.m || !y.d)
		return INT64_MIN;
	return rasdp_days_from_ymd(y.y, y.m, y.d);
}

static void day_str(int64_t day, char out[16])
{
	struct rasd_ymd y;

	rasdp_ymd_from_days(day, &y);
	snprintf(out, 16, "%04d-%02d-%02d", y.y % 10000, y.m % 100, y.d % 100);
}

/* "14 October 2022" (en) or its month only ("October 2022") into b. */
static void date_words(struct rasd_buf *b, const struct rasdp_outdata *d, const char *lang,
		       int64_t day, int month_only)
{
	struct rasd_ymd y;
	char key[16], dd[8], yy[8];
	const char *kv[8];

	rasdp_ymd_from_days(day, &y);
	snprintf(key, sizeof(key), "month.%d", y.m);
	snprintf(dd, sizeof(dd), "%d", y.d);
	snprintf(yy, sizeof(yy), "%d", y.y);
	kv[0] = "d";
	kv[1] = dd;
	kv[2] = "month";
	kv[3] = rasdp_outdata_phrase(d, key, lang);
	kv[4] = "y";
	kv[5] = yy;
	kv[6] = NULL;
	rasdp_outdata_fmt(b, rasdp_outdata_phrase(d, month_only ? "date.month" : "date.day", lang), kv);
}

/* ---- actors ----------------------------------------------------------- */

struct cand {
	const char *id;
	int a1, a2, any;         /* events naming it actor1, actor2, at all */
	int victim;              /* its people are counted among the victims */
	int asserted, denied;    /* sources saying it took part, or not or only a little */
	int order;
	int side_a2;             /* events naming its side (parent chain) actor2 */
	int inter, known;        /* ACLED inter code, and whether it has an ACLED name */
	char name[160];
};

struct actors {
	struct cand c[MAX_CANDS];
	size_t n;
	int civilian_victims;    /* the figures count civilians */
};

static struct cand *cand_of(struct actors *A, const char *id)
{
	size_t i;

	if (!id || !*id)
		return NULL;
	for (i = 0; i < A->n; i++)
		if (!strcmp(A->c[i].id, id))
			return &A->c[i];
	if (A->n == MAX_CANDS)
		return NULL;
	memset(&A->c[A->n], 0, sizeof(A->c[0]));
	A->c[A->n].id = id;
	A->c[A->n].order = (int)A->n;
	return &A->c[A->n++];
}

static int is_violence(const char *type)
{
	return type && strcmp(type, "Protests") && strcmp(type, "Riots") &&
		strcmp(type, "Strategic developments");
}

/*
 * Gather every actor of the member events (copies left out: they repeat
 * their original), with its roles, whether the figures count its people,
 * and what the sources say of its part.
 */
static void gather_actors(struct exp *x, json_object *inc, const struct members *M,
			  const char *day, const char *country, struct actors *A)
{
	json_object *evs = rasdp_json_arr(inc, "events"), *parts = rasdp_json_arr(inc, "participation");
	size_t i, j;
	char who[96];

	memset(A, 0, sizeof(*A));
	for (i = 0; i < rasdp_json_len(evs); i++) {
		const struct rasd_ex_event *ev = own_event(M, rasdp_json_at(evs, i));

		if (!ev)
			continue;
		for (j = 0; j < ev->nactors; j++) {
			struct cand *c = cand_of(A, ev->actors[j].id);

			if (!c)
				continue;
			c->any++;
			if (ev->actors[j].role && !strcmp(ev->actors[j].role, "actor1"))
				c->a1++;
			if (ev->actors[j].role && !strcmp(ev->actors[j].role, "actor2"))
				c->a2++;
		}
		for (j = 0; j < ev->nclaims; j++) {
			const struct rasd_ex_claim *cl = &ev->claims[j];
			struct cand *c;
			int inter;
			char nm[160];

			if (cl->denied)
				continue;
			c = cand_of(A, cl->who_actor);
			if (c)
				c->victim = 1;
			snprintf(who, sizeof(who), "group:%s", cl->who ? cl->who : "");
			if (cl->who && !rasdp_outdata_actor(x->d, who, day, country, nm, sizeof(nm), &inter) &&
			    inter == 7)
				A->civilian_victims = 1;
		}
	}
	for (i = 0; i < rasdp_json_len(parts); i++) {
		json_object *p = rasdp_json_at(parts, i);
		struct cand *c = cand_of(A, rasdp_json_str(p, "actor"));

		if (!c)
			continue;
		c->asserted = (int)rasdp_json_len(rasdp_json_arr(p, "asserted_by"));
		c->denied = (int)(rasdp_json_len(rasdp_json_arr(p, "denied_by")) +
				  rasdp_json_len(rasdp_json_arr(p, "limited_by")));
	}
	for (i = 0; i < A->n; i++) {
		struct cand *c = &A->c[i];

		c->known = !rasdp_outdata_actor(x->d, c->id, day, country, c->name, sizeof(c->name),
						&c->inter);
	}
	/*
	 * Sides: the units of one actor (its parent chain in data/actors.tsv)
	 * share the victims' role ("18 soldiers" of the army makes its 4th
	 * Division a target too) and count each other's actor2 mentions.
	 */
	for (i = 0; i < A->n; i++)
		for (j = 0; j < A->n; j++) {
			const char *ri = rasdp_outdata_actor_root(x->d, A->c[i].id);
			const char *rj = rasdp_outdata_actor_root(x->d, A->c[j].id);

			if (!ri || !rj || strcmp(ri, rj))
				continue;
			A->c[i].side_a2 += A->c[j].a2;
			if (A->c[j].victim)
				A->c[i].victim |= 2;
		}
}

/* Is a better actor1 than b (NULL: none yet)? */
static int better_actor1(const struct cand *a, const struct cand *b)
{
	if (!b)
		return 1;
	if (a->a1 != b->a1)
		return a->a1 > b->a1;
	if (a->side_a2 != b->side_a2)
		return a->side_a2 < b->side_a2;
	if (a->asserted != b->asserted)
		return a->asserted > b->asserted;
	return a->order < b->order;
}

static int better_actor2(const struct cand *a, const struct cand *b)
{
	if (!b)
		return 1;
	if (!a->victim != !b->victim)
		return a->victim != 0;
	if (a->a2 != b->a2)
		return a->a2 > b->a2;
	if (a->any != b->any)
		return a->any > b->any;
	return a->order < b->order;
}

/* Append `name` to a "; "-separated list unless it is there or is `not1`/`not2`. */
static void add_assoc(char **slot, const char *name, const char *not1, const char *not2)
{
	char buf[1024];
	const char *p;
	size_t n = strlen(name);

	if ((not1 && !strcmp(name, not1)) || (not2 && !strcmp(name, not2)))
		return;
	for (p = *slot; p && (p = strstr(p, name)); p += n)
		if ((p == *slot || p[-2] == ';') && (p[n] == '\0' || p[n] == ';'))
			return;
	snprintf(buf, sizeof(buf), "%s%s%s", *slot ? *slot : "", *slot ? "; " : "", name);
	set(slot, buf);
}

static int has_dispute(json_object *inc, const char *attr)
{
	json_object *ds = rasdp_json_arr(inc, "disputes");
	size_t i;

	for (i = 0; i < rasdp_json_len(ds); i++) {
		const char *a = rasdp_json_str(rasdp_json_at(ds, i), "attribute");

		if (a && !strcmp(a, attr))
			return 1;
	}
	return 0;
}

/* actor1, actor2, their associates, inter codes, interaction, civilian targeting. */
static void set_actors(struct exp *x, json_object *inc, const struct members *M,
		       const char *day, const char *country, struct rec *r)
{
	const char *type = rasdp_json_str(inc, "event_type");
	int violence = is_violence(type), protest = type && !strcmp(type, "Protests");
	struct actors A;
	const struct cand *a1 = NULL, *a2 = NULL;
	char name[160];
	int inter1 = 0, inter2 = 0;
	size_t i;

	gather_actors(x, inc, M, day, country, &A);
	if (!has_dispute(inc, "perpetrator"))
		for (i = 0; i < A.n; i++) {
			const struct cand *c = &A.c[i];

			if (!c->known || c->victim || c->a2 > c->a1 || (c->inter == 7 && violence) ||
			    (protest && c->inter != 6))
				continue;
			if (better_actor1(c, a1))
				a1 = c;
		}
	if (a1) {
		set(&r->v[C_A1], a1->name);
		inter1 = a1->inter;
	} else if (!rasdp_outdata_actor(x->d, protest ? "protesters" : "unidentified", day, country,
				       name, sizeof(name), &inter1)) {
		set(&r->v[C_A1], name);
	}
	for (i = 0; i < A.n; i++) {
		const struct cand *c = &A.c[i];

		if (!c->known || c == a1 || !strcmp(c->name, r->v[C_A1] ? r->v[C_A1] : ""))
			continue;
		if (!c->victim && !c->a2 && !(c->inter == 7 && violence))
			continue;
		if (better_actor2(c, a2))
			a2 = c;
	}
	if (a2) {
		set(&r->v[C_A2], a2->name);
		inter2 = a2->inter;
	} else if (A.civilian_victims &&
		   !rasdp_outdata_actor(x->d, "group:civilians", day, country, name, sizeof(name),
					&inter2)) {
		set(&r->v[C_A2], name);
	}
	/*
	 * A battle has two sides: without a target, the next actor that
	 * acted is the other side.
	 */
	if (!r->v[C_A2] && type && !strcmp(type, "Battles"))
		for (i = 0; i < A.n; i++) {
			const struct cand *c = &A.c[i];

			if (!c->known || c == a1 || c->inter == 7 ||
			    !strcmp(c->name, r->v[C_A1] ? r->v[C_A1] : "") ||
			    (a2 && !better_actor1(c, a2)))
				continue;
			a2 = c;
		}
	if (a2 && !r->v[C_A2]) {
		set(&r->v[C_A2], a2->name);
		inter2 = a2->inter;
	}
	/*
	 * Associates: the other units of actor1's own side (its parent chain
	 * in data/actors.tsv) that no source denies, and the other victims.
	 */
	for (i = 0; i < A.n; i++) {
		const struct cand *c = &A.c[i];
		const char *root = rasdp_outdata_actor_root(x->d, c->id);

		if (!c->known || c == a1 || c == a2)
			continue;
		if (c->victim || c->a2 > c->a1 || (c->inter == 7 && violence))
			add_assoc(&r->v[C_AA2], c->name, r->v[C_A1], r->v[C_A2]);
		else if (a1 && !c->denied && root &&
			 !strcmp(root, rasdp_outdata_actor_root(x->d, a1->id)))
			add_assoc(&r->v[C_AA1], c->name, r->v[C_A1], r->v[C_A2]);
	}
	if (inter1)
		setf(&r->v[C_I1], "%d", inter1);
	if (inter2)
		setf(&r->v[C_I2], "%d", inter2);
	if (inter1)
		setf(&r->v[C_INTERACTION], "%d", inter2 ? (inter1 < inter2 ? inter1 * 10 + inter2 :
							   inter2 * 10 + inter1) : inter1 * 10);
	if ((type && !strcmp(type, "Violence against civilians")) || inter2 == 7)
		set(&r->v[C_CIVTARGET], "Civilian targeting");
	/* UCDP: one-sided against civilians, state-based when a state's forces fight */
	setf(&r->u[U_TOV], "%d", inter2 == 7 ? 3 : (inter1 == 1 || inter1 == 8 || inter2 == 1 ||
						    inter2 == 8) ? 1 : 2);
	set(&r->u[U_SIDE_A], r->v[C_A1]);
	set(&r->u[U_SIDE_B], r->v[C_A2]);
	if (r->v[C_A1] && r->v[C_A2]) {
		char dyad[400];

		snprintf(dyad, sizeof(dyad), "%s - %s", r->v[C_A1], r->v[C_A2]);
		set(&r->u[U_DYAD], dyad);
	}
}

/* ---- place ------------------------------------------------------------ */

/*
 * Country, admin1-3, location and precisions from the incident's place:
 * its P-codes come from the gazetteer row of the place (its own id when it
 * is an administrative unit, else its admin1/admin2 columns), and each
 * P-code's ACLED name from data/exports/admin.tsv.
 */
static void set_place(struct exp *x, json_object *inc, struct rec *r,
		      const struct rasdp_country **country)
{
	json_object *pl = rasdp_json_obj(inc, "place");
	const char *id = rasdp_json_str(pl, "id"), *kind = rasdp_json_str(pl, "kind");
	const struct rasdp_gplace *gp = rasdp_outdata_place(x->d, id);
	const char *codes[3];
	const struct rasdp_admin *unit = NULL;
	double v;
	size_t i;
	int gprec = 0;

	*country = NULL;
	if (!pl)
		return;
	codes[0] = id;
	codes[1] = gp ? gp->admin2 : NULL;
	codes[2] = gp ? gp->admin1 : rasdp_json_str(pl, "admin1_id");
	for (i = 0; i < 3; i++) {
		const struct rasdp_admin *a = rasdp_outdata_admin(x->d, codes[i]);

		/* the most precise unit known, then its parents */
		for (; a; a = rasdp_outdata_admin(x->d, a->parent)) {
			if (i == 0 && !unit)
				unit = a;
			if (!r->pc[a->level - 1][0]) {
				snprintf(r->pc[a->level - 1], sizeof(r->pc[0]), "%s", a->pcode);
				set(&r->v[C_ADM1 + a->level - 1], a->name);
			}
		}
	}
	/* a unit with a single unit below it (Damascus) gives that one too */
	for (i = 1; i < 3; i++)
		if (!r->pc[i][0] && r->pc[i - 1][0]) {
			const struct rasdp_admin *a = rasdp_outdata_admin_only_child(x->d, r->pc[i - 1]);

			if (!a)
				break;
			snprintf(r->pc[i], sizeof(r->pc[0]), "%s", a->pcode);
			set(&r->v[C_ADM1 + i], a->name);
		}
	snprintf(r->pc[3], sizeof(r->pc[3]), "%s", id ? id : "");
	*country = rasdp_outdata_country(x->d, r->pc[0][0] ? r->pc[0] :
					 rasdp_json_str(pl, "admin1_id") ? rasdp_json_str(pl, "admin1_id") : id);
	if (*country) {
		set(&r->v[C_ISO], (*country)->iso);
		set(&r->v[C_COUNTRY], (*country)->name);
		set(&r->v[C_REGION], (*country)->region);
	}
	/*
	 * An administrative unit is written as ACLED names it, and so is a
	 * town with the name of a unit of its governorate ("Idlib" city:
	 * "Idleb"; "Manbij": "Menbij").  Only the spelling is taken: the town
	 * keeps the units its gazetteer row gives.
	 */
	if (!unit && gp)
		for (i = 0; i < 3 && !unit; i++) {
			const struct rasdp_gplace *u = i == 0 ? rasdp_outdata_place(x->d, gp->admin2) :
				i == 1 ? rasdp_outdata_place(x->d, gp->admin1) :
				rasdp_outdata_unit_named(x->d, gp->admin1, gp->name);

			if (u && !strcmp(u->name, gp->name))
				unit = rasdp_outdata_admin(x->d, u->id);
		}
	set(&r->v[C_LOC], unit ? unit->name : rasdp_json_str(pl, "name"));
	if (rasdp_json_num(pl, "lat", &v))
		setf(&r->v[C_LAT], "%.4f", v);
	if (rasdp_json_num(pl, "lon", &v))
		setf(&r->v[C_LON], "%.4f", v);
	if (rasdp_json_num(pl, "geo_precision", &v))
		gprec = (int)v;
	if (gprec < 1 || gprec > 3)
		gprec = 1;
	r->geo_prec = gprec;
	setf(&r->v[C_GEOPREC], "%d", gprec);
	r->where_prec = rasdp_outdata_where_prec(x->d, gp ? gp->kind : kind);
	if (!r->where_prec)
		r->where_prec = gprec == 3 ? 4 : gprec;
	if (gprec == 2 && r->where_prec < 2)
		r->where_prec = 2;
}

/* ---- dates of the row --------------------------------------------------- */

/*
 * event_date and time_precision from the incident's period, else the
 * first report's publication date (precision 3, said in the tags).
 */
static int set_dates(struct exp *x, json_object *inc, const struct members *M, struct rec *r,
		     char day[16], int *from_pub)
{
	int64_t a = day_of(rasdp_json_str(inc, "date")), b = day_of(rasdp_json_str(inc, "date_last"));
	const char *prec = rasdp_json_str(inc, "date_precision");
	size_t i;

	(void)x;
	*from_pub = 0;
	if (a == INT64_MIN) {
		for (i = 0; i < M->n; i++) {
			int64_t p = day_of(M->m[i].doc.published);

			if (p != INT64_MIN && (a == INT64_MIN || p < a))
				a = p;
		}
		if (a == INT64_MIN)
			return -1;
		*from_pub = 1;
		b = a;
		r->time_prec = 3;
		r->date_prec = 5;
	} else {
		if (b == INT64_MIN || b < a)
			b = a;
		if (prec && !strcmp(prec, "day") && a == b)
			r->time_prec = 1;
		else if (b - a <= 7)
			r->time_prec = 2;
		else
			r->time_prec = 3;
		r->date_prec = a == b ? 1 : b - a <= 5 ? 2 : b - a <= 7 ? 3 : b - a <= 31 ? 4 : 5;
	}
	/* a week or a longer period is coded at its middle */
	day_str(a + (b - a) / 2, day);
	set(&r->v[C_DATE], day);
	setf(&r->v[C_YEAR], "%.4s", day);
	setf(&r->v[C_TPREC], "%d", r->time_prec);
	set(&r->u[U_YEAR], r->v[C_YEAR]);
	{
		char s[16];

		day_str(a, s);
		set(&r->u[U_DSTART], s);
		day_str(b, s);
		set(&r->u[U_DEND], s);
	}
	setf(&r->u[U_DPREC], "%d", r->date_prec);
	return 0;
}

/* ---- sources ---------------------------------------------------------- */

static int scale_rank(const char *s)
{
	static const char *const order[] = {
		"Local", "Subnational", "National", "Regional", "International",
	};
	int i;

	for (i = 0; i < 5; i++)
		if (!strcmp(s, order[i]))
			return i;
	return -1;
}

/*
 * source: the outlets by name, once each, in report order; source_scale:
 * the narrowest and widest of their scales ("National-International"),
 * "Other"/"New media" beside a single geographic scale, as ACLED writes
 * them.
 */
static void set_sources(struct exp *x, const struct members *M, const char *code, struct rec *r)
{
	struct rasd_buf src = RASD_BUF_INIT, office = RASD_BUF_INIT, dates = RASD_BUF_INIT,
		heads = RASD_BUF_INIT, urls = RASD_BUF_INIT;
	const char *names[MAX_MEMBERS];
	int lo = 99, hi = -1, other = 0, newmedia = 0;
	size_t i, j, n = 0;

	for (i = 0; i < M->n; i++) {
		const struct member *m = &M->m[i];
		const char *dom = m->doc.outlet ? m->doc.outlet : m->doc.id;
		const struct rasdp_outlet *o = rasdp_outdata_outlet(x->d, dom);
		const char *name = o ? o->name : dom, *scale = rasdp_outdata_scale(x->d, dom, code);
		int k = scale_rank(scale);

		if (k >= 0) {
			lo = k < lo ? k : lo;
			hi = k > hi ? k : hi;
		} else if (!strcmp(scale, "New media")) {
			newmedia = 1;
		} else {
			other = 1;
		}
		rasd_buf_addf(&dates, "%s%s", i ? "; " : "", m->doc.published ? m->doc.published : "");
		rasd_buf_addf(&heads, "%s%s", i ? "; " : "", m->doc.title ? m->doc.title : "");
		rasd_buf_addf(&urls, "%s%s", i ? "; " : "", m->doc.url ? m->doc.url : "");
		for (j = 0; j < n && strcmp(names[j], name); j++)
			;
		if (j < n)
			continue;
		names[n++] = name;
		rasd_buf_addf(&src, "%s%s", src.len ? "; " : "", name);
	}
	if (src.len && !src.err)
		set(&r->v[C_SOURCE], src.buf);
	if (hi >= 0) {
		static const char *const names_[] = {
			"Local", "Subnational", "National", "Regional", "International",
		};

		if (lo != hi)
			setf(&r->v[C_SCALE], "%s-%s", names_[lo], names_[hi]);
		else if (other || newmedia)
			setf(&r->v[C_SCALE], "%s-%s", other ? "Other" : "New media", names_[lo]);
		else
			set(&r->v[C_SCALE], names_[lo]);
	} else {
		set(&r->v[C_SCALE], other && newmedia ? "Other-New media" : newmedia ? "New media" : "Other");
	}
	setf(&r->u[U_NSRC], "%zu", n);
	set(&r->u[U_OFFICE], r->v[C_SOURCE]);
	if (!dates.err)
		set(&r->u[U_SDATE], dates.buf);
	if (!heads.err)
		set(&r->u[U_HEADLINE], heads.buf);
	if (!urls.err)
		set(&r->u[U_ARTICLE], urls.buf);
	rasd_buf_release(&src);
	rasd_buf_release(&office);
	rasd_buf_release(&dates);
	rasd_buf_release(&heads);
	rasd_buf_release(&urls);
}

/* ---- notes and tags ----------------------------------------------------- */

/* "a", "a and b", "a, b and c" with the phrase table's joins; 0 or RASD_ENOMEM. */
static int join_list(struct rasd_buf *out, const struct rasdp_outdata *d, const char *lang,
		     char **items, size_t n)
{
	struct rasd_buf acc = RASD_BUF_INIT, tmp = RASD_BUF_INIT;
	size_t i;
	int rc;

	for (i = 0; i < n; i++) {
		const char *kv[] = { "a", acc.buf, "b", items[i], NULL };

		if (!i) {
			rasd_buf_adds(&acc, items[0]);
			continue;
		}
		rasd_buf_reset(&tmp);
		rasdp_outdata_fmt(&tmp, rasdp_outdata_phrase(d, i + 1 == n ? "list.two" : "list.more", lang),
				  kv);
		rasd_buf_reset(&acc);
		rasd_buf_add(&acc, tmp.buf, tmp.len);
	}
	rc = acc.err ? acc.err : tmp.err;
	if (!rc)
		rasd_buf_add(out, acc.buf, acc.len);
	rasd_buf_release(&acc);
	rasd_buf_release(&tmp);
	return rc;
}

/*
 * What the sources dispute, as phrases ("the death toll", "whether Russian
 * forces took part"), once each; returns how many (at most max), each
 * malloc'd into items.
 */
static size_t disputed_items(const struct rasdp_outdata *d, const char *lang, json_object *inc,
			     char **items, size_t max)
{
	json_object *ds = rasdp_json_arr(inc, "disputes");
	size_t n = 0, i, j;

	for (i = 0; i < rasdp_json_len(ds) && n < max; i++) {
		json_object *dp = rasdp_json_at(ds, i), *cl = rasdp_json_arr(dp, "claims");
		const char *attr = rasdp_json_str(dp, "attribute");
		struct rasd_buf b = RASD_BUF_INIT;
		char key[64];

		if (!attr)
			continue;
		if (!strcmp(attr, "participation")) {
			const char *actor = rasdp_json_str(rasdp_json_at(cl, 0), "actor");
			const char *label = actor ? rasdp_outdata_actor_label(d, actor, lang) : NULL;
			int denied = 0;
			const char *kv[] = { "actor", label ? label : actor ? actor : "", NULL };

			for (j = 0; j < rasdp_json_len(cl); j++) {
				json_object *b2 = rasdp_json_get(rasdp_json_at(cl, j), "denied");

				if (b2 && json_object_get_boolean(b2))
					denied = 1;
			}
			rasdp_outdata_fmt(&b, rasdp_outdata_phrase(d, denied ? "dispute.participation"
								     : "dispute.limited", lang), kv);
		} else {
			snprintf(key, sizeof(key), "dispute.%s", attr);
			rasd_buf_adds(&b, rasdp_outdata_phrase(d, key, lang));
		}
		if (b.err) {
			rasd_buf_release(&b);
			continue;
		}
		for (j = 0; j < n && strcmp(items[j], b.buf); j++)
			;
		if (j == n)
			items[n++] = rasd_buf_detach(&b, NULL);
		rasd_buf_release(&b);
	}
	return n;
}

static void set_notes_and_tags(struct exp *x, json_object *inc, const char *rasd_id,
			       struct rec *r, int from_pub, int sub_from_type)
{
	const struct rasdp_outdata *d = x->d;
	struct rasd_buf when = RASD_BUF_INIT, what = RASD_BUF_INIT, where = RASD_BUF_INIT,
		toll = RASD_BUF_INIT, disp = RASD_BUF_INIT, note = RASD_BUF_INIT, tmp = RASD_BUF_INIT,
		tags = RASD_BUF_INIT;
	const struct rasdp_etype *et = rasdp_outdata_etype(d, r->v[C_TYPE], r->v[C_SUB]);
	int64_t a = day_of(r->u[U_DSTART]), b = day_of(r->u[U_DEND]);
	char *items[16];
	size_t n, i;

	/* when */
	rasd_buf_reset(&tmp);
	if (a == INT64_MIN) {
		/* no date at all: said so, never a day made of nothing */
		rasdp_outdata_fmt(&when, rasdp_outdata_phrase(d, "notes.undated", "en"),
				  (const char *[]){ NULL });
	} else if (from_pub) {
		date_words(&tmp, d, "en", a, 0);
		rasdp_outdata_fmt(&when, rasdp_outdata_phrase(d, "notes.before", "en"),
				  (const char *[]){ "date", tmp.buf, NULL });
	} else if (r->time_prec == 1) {
		date_words(&tmp, d, "en", a, 0);
		rasdp_outdata_fmt(&when, rasdp_outdata_phrase(d, "notes.on", "en"),
				  (const char *[]){ "date", tmp.buf, NULL });
	} else {
		struct rasd_ymd ya, yb;

		rasdp_ymd_from_days(a, &ya);
		rasdp_ymd_from_days(b, &yb);
		if (ya.y == yb.y && ya.m == yb.m && ya.d == 1 &&
		    day_of(r->u[U_DEND]) + 1 == rasdp_days_from_ymd(yb.m == 12 ? yb.y + 1 : yb.y,
								     yb.m == 12 ? 1 : yb.m + 1, 1)) {
			date_words(&tmp, d, "en", a, 1);
			rasdp_outdata_fmt(&when, rasdp_outdata_phrase(d, "notes.in_month", "en"),
					  (const char *[]){ "month", tmp.buf, NULL });
		} else {
			struct rasd_buf t2 = RASD_BUF_INIT;

			date_words(&tmp, d, "en", a, 0);
			date_words(&t2, d, "en", b, 0);
			rasdp_outdata_fmt(&when, rasdp_outdata_phrase(d, "notes.between", "en"),
					  (const char *[]){ "from", tmp.buf, "to", t2.buf, NULL });
			rasd_buf_release(&t2);
		}
	}
	/* who did what */
	if (et)
		rasdp_outdata_fmt(&what, r->v[C_A2] ? et->dyadic : et->sole,
				  (const char *[]){ "actor1", r->v[C_A1] ? r->v[C_A1] : "",
						    "actor2", r->v[C_A2] ? r->v[C_A2] : "", NULL });
	/* where */
	if (r->v[C_LOC]) {
		const char *admin = r->v[C_ADM1];

		if (admin && strcmp(admin, r->v[C_LOC]))
			rasdp_outdata_fmt(&where, rasdp_outdata_phrase(d, "notes.place_admin", "en"),
					  (const char *[]){ "location", r->v[C_LOC], "admin", admin, NULL });
		else
			rasdp_outdata_fmt(&where, rasdp_outdata_phrase(d, "notes.place", "en"),
					  (const char *[]){ "location", r->v[C_LOC], NULL });
	}
	/* the toll */
	if (r->has_fat) {
		char lo[32], hi[32];

		snprintf(lo, sizeof(lo), "%lld", r->low);
		snprintf(hi, sizeof(hi), "%lld", r->high);
		if (r->low == r->high)
			rasdp_outdata_fmt(&toll, rasdp_outdata_phrase(d, "notes.toll", "en"),
					  (const char *[]){ "n", lo, NULL });
		else
			rasdp_outdata_fmt(&toll, rasdp_outdata_phrase(d, "notes.toll_range", "en"),
					  (const char *[]){ "low", lo, "high", hi, NULL });
	} else if (r->vague_fat) {
		char v[32];

		snprintf(v, sizeof(v), "%lld", r->vague_fat);
		rasdp_outdata_fmt(&toll, rasdp_outdata_phrase(d, "notes.toll_vague", "en"),
				  (const char *[]){ "n", v, NULL });
	}
	/* what the sources dispute */
	n = disputed_items(d, "en", inc, items, 16);
	r->ndisputes = (int)n;
	if (n) {
		rasd_buf_reset(&tmp);
		if (join_list(&tmp, d, "en", items, n))
			x->failed = RASD_ENOMEM;
		rasdp_outdata_fmt(&disp, rasdp_outdata_phrase(d, "notes.disputed", "en"),
				  (const char *[]){ "what", tmp.buf, NULL });
	}
	rasdp_outdata_fmt(&note, rasdp_outdata_phrase(d, "notes.sentence", "en"),
			  (const char *[]){ "when", when.buf, "what", what.buf, "where", where.buf,
					    "toll", toll.buf, "disputes", disp.buf, NULL });
	if (!note.err && note.len) {
		note.buf[0] = (char)(note.buf[0] >= 'a' && note.buf[0] <= 'z' ? note.buf[0] - 32
								       : note.buf[0]);
		set(&r->v[C_NOTES], note.buf);
	}
	/* tags: the rasd id, the disputes, how the date and sub-type were had */
	rasdp_outdata_fmt(&tags, rasdp_outdata_phrase(d, "tag.rasd", "en"),
			  (const char *[]){ "id", rasd_id, NULL });
	if (n) {
		rasd_buf_reset(&tmp);
		for (i = 0; i < n; i++)
			rasd_buf_addf(&tmp, "%s%s", i ? ", " : "", items[i]);
		rasd_buf_adds(&tags, "; ");
		rasdp_outdata_fmt(&tags, rasdp_outdata_phrase(d, "tag.disputed", "en"),
				  (const char *[]){ "what", tmp.buf, NULL });
	}
	if (from_pub) {
		rasd_buf_adds(&tags, "; ");
		rasd_buf_adds(&tags, rasdp_outdata_phrase(d, "tag.published", "en"));
	}
	if (sub_from_type) {
		rasd_buf_adds(&tags, "; ");
		rasd_buf_adds(&tags, rasdp_outdata_phrase(d, "tag.sub_type", "en"));
	}
	if (!tags.err)
		set(&r->v[C_TAGS], tags.buf);
	for (i = 0; i < n; i++)
		free(items[i]);
	if (when.err || what.err || where.err || toll.err || disp.err || note.err || tmp.err ||
	    tags.err)
		x->failed = RASD_ENOMEM;
	rasd_buf_release(&when);
	rasd_buf_release(&what);
	rasd_buf_release(&where);
	rasd_buf_release(&toll);
	rasd_buf_release(&disp);
	rasd_buf_release(&note);
	rasd_buf_release(&tmp);
	rasd_buf_release(&tags);
}

/* ---- one record ------------------------------------------------------- */

/*
 * ACLED's event_id_cnty: the country's alpha-3 code and a number from the
 * incident id ("inc-" and 16 hex digits: the first 12 as a decimal, far
 * above ACLED's own numbers; "inc-N": N).
 */
static void set_ids(struct rec *r, const char *id, const struct rasdp_country *c)
{
	unsigned long long num = 0;
	const char *h = id && !strncmp(id, "inc-", 4) ? id + 4 : id ? id : "";
	char hex[13];

	if (strlen(h) >= 16 && strspn(h, "0123456789abcdef") >= 16) {
		memcpy(hex, h, 12);
		hex[12] = '\0';
		num = strtoull(hex, NULL, 16);
	} else {
		num = strtoull(h, NULL, 10);
	}
	setf(&r->v[C_ID], "%s%llu", c ? c->iso3 : "XXX", num);
	setf(&r->u[U_ID], "%llu", num);
	set(&r->u[U_RELID], id);
}

static void build(struct exp *x, json_object *inc, const char *id, struct rec *r)
{
	const struct rasdp_country *country = NULL;
	const char *type = rasdp_json_str(inc, "event_type"), *sub = rasdp_json_str(inc, "sub_event_type");
	const struct rasdp_etype *et;
	json_object *fat = rasdp_json_obj(inc, "fatalities");
	struct members *M = malloc(sizeof(*M));
	char day[16] = "";
	int from_pub = 0, sub_from_type = 0;
	double v;

	memset(r, 0, sizeof(*r));
	if (!M) {
		x->failed = RASD_ENOMEM;
		return;
	}
	members_read(x, inc, M);
	set_place(x, inc, r, &country);
	set_ids(r, id, country);
	if (set_dates(x, inc, M, r, day, &from_pub)) {
		r->skip = "date";
		r->skip_reason = RASDP_SKIP_DATE;
	}
	et = rasdp_outdata_etype(x->d, type, sub);
	if (et && (!sub || !*sub))
		sub_from_type = 1;
	if (et) {
		set(&r->v[C_TYPE], et->type);
		set(&r->v[C_SUB], et->sub);
		set(&r->v[C_DISORDER], et->disorder);
	} else {
		set(&r->v[C_TYPE], type);
		set(&r->v[C_SUB], sub);
		if (!r->skip) {
			r->skip = "type";
			r->skip_reason = RASDP_SKIP_TYPE;
		}
	}
	if (!country && !r->skip) {
		r->skip = "place";
		r->skip_reason = RASDP_SKIP_PLACE;
	}
	if (fat) {
		r->has_fat = rasdp_json_num(fat, "low", &v);
		r->low = (long long)v;
		rasdp_json_num(fat, "best", &v);
		r->best = (long long)v;
		rasdp_json_num(fat, "high", &v);
		r->high = (long long)v;
		rasdp_json_num(fat, "acled", &v);
		r->acled = (long long)v;
	}
	if (!r->has_fat)
		r->vague_fat = vague_toll(M, inc);
	setf(&r->v[C_FAT], "%lld", r->has_fat ? r->acled : r->vague_fat);
	setf(&r->u[U_BEST], "%lld", r->has_fat ? r->best : 0);
	setf(&r->u[U_LOW], "%lld", r->has_fat ? r->low : 0);
	setf(&r->u[U_HIGH], "%lld", r->has_fat ? r->high : 0);
	set_actors(x, inc, M, day[0] ? day : NULL, country ? country->name : "", r);
	set_sources(x, M, country ? country->code : NULL, r);
	set_notes_and_tags(x, inc, id, r, from_pub, sub_from_type);
	set(&r->v[C_TS], x->ts);
	/* UCDP place and deaths */
	setf(&r->u[U_WPREC], "%d", r->where_prec ? r->where_prec : 6);
	set(&r->u[U_WCOORD], r->v[C_LOC]);
	{
		char desc[512];

		snprintf(desc, sizeof(desc), "%s%s%s%s%s", r->v[C_LOC] ? r->v[C_LOC] : "",
			 r->v[C_ADM2] ? ", " : "", r->v[C_ADM2] ? r->v[C_ADM2] : "",
			 r->v[C_ADM1] ? ", " : "", r->v[C_ADM1] ? r->v[C_ADM1] : "");
		set(&r->u[U_WDESC], desc);
	}
	set(&r->u[U_ADM1], r->v[C_ADM1]);
	set(&r->u[U_ADM2], r->v[C_ADM2]);
	set(&r->u[U_LAT], r->v[C_LAT]);
	set(&r->u[U_LON], r->v[C_LON]);
	if (r->v[C_LAT] && r->v[C_LON])
		setf(&r->u[U_WKT], "POINT (%s %s)", r->v[C_LON], r->v[C_LAT]);
	if (country) {
		set(&r->u[U_COUNTRY], country->name);
		set(&r->u[U_CID], country->gwno);
		set(&r->u[U_REGION], country->ucdp_region);
	}
	set(&r->u[U_CLARITY], r->time_prec == 1 && r->where_prec == 1 ? "1" : "2");
	set(&r->u[U_DA], "0");
	set(&r->u[U_DB], "0");
	setf(&r->u[U_DCIV], "%lld", r->has_fat && r->v[C_I2] && !strcmp(r->v[C_I2], "7") ? r->best : 0);
	setf(&r->u[U_DUNK], "%lld", r->has_fat && !(r->v[C_I2] && !strcmp(r->v[C_I2], "7")) ? r->best : 0);
	members_release(M);
	free(M);
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

	build(x, inc, id, &r);
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
