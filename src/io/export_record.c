/*
 * export_record.c - one export record per incident (struct rec): the
 * member reports read from the store, then the place (P-codes and ACLED's
 * names), the dates and time precision, the sources and their scale, the
 * ids, the fatalities and UCDP's deaths, with the actors (export_actors.c)
 * and the notes and tags (export_notes.c).  export.c's opening comment says
 * what each column holds.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/jsonr.h"
#include "doc.h"
#include "incident/incident.h"
#include "io/export_int.h"
#include "store/store.h"

#include "base/banned.h"

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
const struct rasd_ex_event *rasdp_export_own_event(const struct members *M, json_object *e)
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
		const struct rasd_ex_event *ev = rasdp_export_own_event(M, rasdp_json_at(evs, i));

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

static void day_str(int64_t day, char out[16])
{
	struct rasd_ymd y;

	rasdp_ymd_from_days(day, &y);
	snprintf(out, 16, "%04d-%02d-%02d", y.y % 10000, y.m % 100, y.d % 100);
}

/* "14 October 2022" (en) or its month only ("October 2022") into b. */
void rasdp_export_date_words(struct rasd_buf *b, const struct rasdp_outdata *d, const char *lang,
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

void rasdp_export_build(struct exp *x, json_object *inc, const char *id, struct rec *r)
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
	rasdp_export_set_actors(x, inc, M, day[0] ? day : NULL, country ? country->name : "", r);
	set_sources(x, M, country ? country->code : NULL, r);
	rasdp_export_set_notes_and_tags(x, inc, id, r, from_pub, sub_from_type);
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
