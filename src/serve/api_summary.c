/*
 * api_summary.c - the summary of one stored incident for the index of
 * incidents (api_index.c): dates, type, governorate, place and point,
 * fatalities, counts of reports and disputes, the actors.
 *
 * A quick reading of the incident JSON gives it.  Parsing 100,000
 * incidents whole with json-c costs some 2.5 s of CPU, nearly all of it in
 * members the summary does not need (claims, accounts, participation);
 * the quick reader walks the top-level members and skips those by their
 * brackets, which is an order of magnitude faster.  It reads only what
 * the JSON writer of src/incident/emit.c writes; on anything else it
 * fails and the incident is summarised from a full parse instead, so an
 * odd stored line costs time, never a wrong summary.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "base/err.h"
#include "base/jsonr.h"
#include "base/jsonw.h"
#include "serve/api_index.h"
#include "base/banned.h"

void rasdp_isum_release(struct isum *x)
{
	free(x->id);
	free(x->json);
	free(x->type);
	free(x->sub);
	free(x->admin1);
	free(x->admin1_id);
	free(x->place);
	free(x->place_ar);
	free(x->actors);
	if (x->docs) {
		unsigned i;

		for (i = 0; i < x->ndocs; i++)
			free(x->docs[i]);
		free(x->docs);
	}
}

static char *dup_or_null(const char *s)
{
	return s ? strdup(s) : NULL;
}

/* The quick reader: a position in the JSON, and whether it gave up. */
struct scan {
	const char *p, *e;
	int bad;
};

static void sws(struct scan *z)
{
	while (z->p < z->e && (*z->p == ' ' || *z->p == '\n' || *z->p == '\t' || *z->p == '\r'))
		z->p++;
}

static int seat(struct scan *z, char c)
{
	sws(z);
	if (z->p < z->e && *z->p == c) {
		z->p++;
		return 1;
	}
	return 0;
}

/* A string into out (NUL-terminated, cut at n - 1), or skipped when out is NULL. */
static void sstr(struct scan *z, char *out, size_t n)
{
	size_t k = 0;

	if (!seat(z, '"')) {
		z->bad = 1;
		return;
	}
	while (z->p < z->e && *z->p != '"') {
		char c = *z->p++;

		if (c == '\\') {
			if (z->p >= z->e) {
				z->bad = 1;
				return;
			}
			c = *z->p++;
			if (c == 'u') {
				/* only the summary's names could hold one: give up, parse whole */
				z->bad = 1;
				return;
			}
			c = c == 'n' ? '\n' : c == 't' ? '\t' : c == 'r' ? '\r' : c == 'b' ? '\b' : c == 'f' ? '\f' : c;
		}
		if (out && k + 1 < n)
			out[k++] = c;
	}
	if (!seat(z, '"'))
		z->bad = 1;
	if (out && n)
		out[k] = '\0';
}

/* Any value, skipped: a string, a scalar, or a container by its brackets. */
static void sskip(struct scan *z)
{
	int depth = 0;

	sws(z);
	if (z->p < z->e && *z->p == '"') {
		sstr(z, NULL, 0);
		return;
	}
	if (z->p < z->e && *z->p != '{' && *z->p != '[') {
		/* a number, true, false or null */
		const char *b = z->p;

		while (z->p < z->e && *z->p && !strchr(",}] \t\r\n", *z->p))
			z->p++;
		if (z->p == b)
			z->bad = 1;
		return;
	}
	do {
		if (z->p >= z->e) {
			z->bad = 1;
			return;
		}
		if (*z->p == '"') {
			sstr(z, NULL, 0);
			if (z->bad)
				return;
			continue;
		}
		if (*z->p == '{' || *z->p == '[')
			depth++;
		else if (*z->p == '}' || *z->p == ']')
			depth--;
		z->p++;
	} while (depth > 0);
}

static double snum(struct scan *z, int *isnull)
{
	char buf[48];
	size_t k = 0;

	sws(z);
	*isnull = 0;
	if (z->e - z->p >= 4 && !memcmp(z->p, "null", 4)) {
		z->p += 4;
		*isnull = 1;
		return 0;
	}
	while (z->p < z->e && k + 1 < sizeof(buf) && strchr("+-.0123456789eE", *z->p))
		buf[k++] = *z->p++;
	buf[k] = '\0';
	if (!k)
		z->bad = 1;
	return strtod(buf, NULL);
}

/* A string member or null, malloc'd into *out. */
static void sdup(struct scan *z, char **out)
{
	char buf[512];

	sws(z);
	if (z->e - z->p >= 4 && !memcmp(z->p, "null", 4)) {
		z->p += 4;
		return;
	}
	sstr(z, buf, sizeof(buf));
	if (!z->bad && !(*out = strdup(buf)))
		z->bad = 1;
}

/*
 * The members of an object, calling member(z, key, ctx) positioned on each
 * value; member reads it or returns 0 to have it skipped.
 */
static void sobj(struct scan *z, int (*member)(struct scan *, const char *, void *), void *ctx)
{
	char key[64];

	sws(z);
	if (z->e - z->p >= 4 && !memcmp(z->p, "null", 4)) {
		z->p += 4;
		return;
	}
	if (!seat(z, '{')) {
		z->bad = 1;
		return;
	}
	if (seat(z, '}'))
		return;
	do {
		sstr(z, key, sizeof(key));
		if (z->bad || !seat(z, ':')) {
			z->bad = 1;
			return;
		}
		if (!member(z, key, ctx))
			sskip(z);
	} while (!z->bad && seat(z, ','));
	if (!z->bad && !seat(z, '}'))
		z->bad = 1;
}

/* The elements of an array, each read by elem(z, ctx). */
static void sarr(struct scan *z, void (*elem)(struct scan *, void *), void *ctx)
{
	if (!seat(z, '[')) {
		z->bad = 1;
		return;
	}
	if (seat(z, ']'))
		return;
	do
		elem(z, ctx);
	while (!z->bad && seat(z, ','));
	if (!z->bad && !seat(z, ']'))
		z->bad = 1;
}

static int place_member(struct scan *z, const char *k, void *ctx)
{
	struct isum *x = ctx;
	int isnull;

	if (!strcmp(k, "name"))
		sdup(z, &x->place);
	else if (!strcmp(k, "name_ar"))
		sdup(z, &x->place_ar);
	else if (!strcmp(k, "admin1_id"))
		sdup(z, &x->admin1_id);
	else if (!strcmp(k, "lat"))
		x->lat = snum(z, &isnull), x->has_ll |= isnull ? 0 : 1;
	else if (!strcmp(k, "lon"))
		x->lon = snum(z, &isnull), x->has_ll |= isnull ? 0 : 2;
	else
		return 0;
	return 1;
}

static int fat_member(struct scan *z, const char *k, void *ctx)
{
	struct isum *x = ctx;
	int isnull;
	double v;

	if (strcmp(k, "low") && strcmp(k, "best") && strcmp(k, "high"))
		return 0;
	v = snum(z, &isnull);
	if (isnull)
		return 1;
	x->has_fat = 1;
	if (!strcmp(k, "low"))
		x->low = (long long)v;
	else if (!strcmp(k, "best"))
		x->best = (long long)v;
	else
		x->high = (long long)v;
	return 1;
}

struct actor_acc {
	struct isum *x;
	char buf[4096];
	size_t n;
};

static int actor_member(struct scan *z, const char *k, void *ctx)
{
	struct actor_acc *a = ctx;
	char id[128];

	if (strcmp(k, "id"))
		return 0;
	sstr(z, id, sizeof(id));
	if (!z->bad && a->n + strlen(id) + 2 < sizeof(a->buf))
		a->n += (size_t)snprintf(a->buf + a->n, sizeof(a->buf) - a->n, "%s ", id);
	return 1;
}

static void actor_elem(struct scan *z, void *ctx)
{
	sobj(z, actor_member, ctx);
}

static void doc_elem(struct scan *z, void *ctx)
{
	struct isum *x = ctx;
	char id[512];
	char **d;

	sstr(z, id, sizeof(id));
	if (z->bad)
		return;
	d = realloc(x->docs, (x->ndocs + 2) * sizeof(*d));
	if (!d || !(d[x->ndocs] = strdup(id))) {
		if (d)
			x->docs = d;
		z->bad = 1;
		return;
	}
	x->docs = d;
	x->docs[++x->ndocs] = NULL;
}

static int dispute_member(struct scan *z, const char *k, void *ctx)
{
	struct isum *x = ctx;
	char a[48];
	size_t n = strlen(x->disputed);

	if (strcmp(k, "attribute"))
		return 0;
	sstr(z, a, sizeof(a));
	if (!z->bad && !strstr(x->disputed, a) && n + strlen(a) + 2 < sizeof(x->disputed))
		snprintf(x->disputed + n, sizeof(x->disputed) - n, "%s%s", n ? "," : "", a);
	return 1;
}

static void dispute_elem(struct scan *z, void *ctx)
{
	struct isum *x = ctx;

	x->ndisputes++;
	sobj(z, dispute_member, ctx);
}

static int top_member(struct scan *z, const char *k, void *ctx)
{
	struct isum *x = ctx;
	char buf[16];

	if (!strcmp(k, "event_type")) {
		sdup(z, &x->type);
	} else if (!strcmp(k, "sub_event_type")) {
		sdup(z, &x->sub);
	} else if (!strcmp(k, "admin1")) {
		sdup(z, &x->admin1);
	} else if (!strcmp(k, "date") || !strcmp(k, "date_last")) {
		sws(z);
		if (z->e - z->p >= 4 && !memcmp(z->p, "null", 4)) {
			z->p += 4;
			return 1;
		}
		sstr(z, buf, sizeof(buf));
		snprintf(!strcmp(k, "date") ? x->date : x->date_last, sizeof(x->date), "%.10s", buf);
	} else if (!strcmp(k, "place")) {
		sobj(z, place_member, x);
	} else if (!strcmp(k, "fatalities")) {
		sobj(z, fat_member, x);
	} else if (!strcmp(k, "actors")) {
		struct actor_acc a;

		a.x = x;
		a.buf[0] = ' ';
		a.buf[1] = '\0';
		a.n = 1;
		sarr(z, actor_elem, &a);
		if (!z->bad && a.n > 1 && !(x->actors = strdup(a.buf)))
			z->bad = 1;
	} else if (!strcmp(k, "documents")) {
		sarr(z, doc_elem, x);
	} else if (!strcmp(k, "disputes")) {
		sarr(z, dispute_elem, x);
	} else {
		return 0;
	}
	return 1;
}

/* The summary by the quick reading; 0, or -1 when it must be parsed whole. */
static int summarise_scan(struct isum *x)
{
	struct scan z = { x->json, x->json + x->len, 0 };

	sobj(&z, top_member, x);
	if (!z.bad)
		sws(&z);
	if (z.bad || z.p != z.e)
		return -1;
	x->has_ll = x->has_ll == 3;
	return 0;
}

/* Forget what a failed quick reading left, keeping the id and the JSON. */
static void summary_clear(struct isum *x)
{
	struct isum keep = { 0 };

	keep.id = x->id;
	keep.json = x->json;
	keep.len = x->len;
	x->id = x->json = NULL;
	rasdp_isum_release(x);
	*x = keep;
}

/* Summarise one stored incident: the quick reading, else a full parse. */
int rasdp_isum_read(struct isum *x, const char *id, const char *json)
{
	json_object *inc, *pl, *f, *ds, *acts;
	const char *s;
	double v;
	size_t i, k = 0;

	memset(x, 0, sizeof(*x));
	x->id = strdup(id);
	x->len = strlen(json);
	x->json = malloc(x->len + 1);
	if (!x->id || !x->json)
		return RASD_ENOMEM;
	memcpy(x->json, json, x->len + 1);
	if (!summarise_scan(x))
		return 0;
	summary_clear(x);
	if (rasdp_json_parse(json, x->len, &inc, NULL))
		return 0;   /* kept, unfiltered: a stored line that no longer reads */
	if ((s = rasdp_json_str(inc, "date")))
		snprintf(x->date, sizeof(x->date), "%.10s", s);
	if ((s = rasdp_json_str(inc, "date_last")))
		snprintf(x->date_last, sizeof(x->date_last), "%.10s", s);
	x->type = dup_or_null(rasdp_json_str(inc, "event_type"));
	x->sub = dup_or_null(rasdp_json_str(inc, "sub_event_type"));
	x->admin1 = dup_or_null(rasdp_json_str(inc, "admin1"));
	pl = rasdp_json_obj(inc, "place");
	if (pl) {
		x->admin1_id = dup_or_null(rasdp_json_str(pl, "admin1_id"));
		x->place = dup_or_null(rasdp_json_str(pl, "name"));
		x->place_ar = dup_or_null(rasdp_json_str(pl, "name_ar"));
		if (rasdp_json_num(pl, "lat", &x->lat) && rasdp_json_num(pl, "lon", &x->lon))
			x->has_ll = 1;
	}
	f = rasdp_json_obj(inc, "fatalities");
	if (f && rasdp_json_num(f, "best", &v)) {
		x->has_fat = 1;
		x->best = (long long)v;
		x->low = rasdp_json_num(f, "low", &v) ? (long long)v : x->best;
		x->high = rasdp_json_num(f, "high", &v) ? (long long)v : x->best;
	}
	{
		json_object *docs = rasdp_json_arr(inc, "documents");

		x->docs = calloc(rasdp_json_len(docs) + 1, sizeof(*x->docs));
		for (i = 0; x->docs && i < rasdp_json_len(docs); i++) {
			const char *d = json_object_get_string(rasdp_json_at(docs, i));

			if (d && (x->docs[x->ndocs] = strdup(d)))
				x->ndocs++;
		}
		if (!x->docs) {
			json_object_put(inc);
			return RASD_ENOMEM;
		}
	}
	ds = rasdp_json_arr(inc, "disputes");
	x->ndisputes = (unsigned)rasdp_json_len(ds);
	for (i = 0; i < x->ndisputes; i++) {
		const char *a = rasdp_json_str(rasdp_json_at(ds, i), "attribute");

		if (!a || strstr(x->disputed, a) || k + strlen(a) + 2 >= sizeof(x->disputed))
			continue;
		k += (size_t)snprintf(x->disputed + k, sizeof(x->disputed) - k, "%s%s", k ? "," : "", a);
	}
	acts = rasdp_json_arr(inc, "actors");
	if (rasdp_json_len(acts)) {
		size_t n = 2;
		char *p;

		for (i = 0; i < rasdp_json_len(acts); i++)
			n += strlen(rasdp_json_str(rasdp_json_at(acts, i), "id") ?
				    rasdp_json_str(rasdp_json_at(acts, i), "id") : "") + 1;
		x->actors = p = malloc(n + 1);
		if (p) {
			*p++ = ' ';
			for (i = 0; i < rasdp_json_len(acts); i++) {
				const char *a = rasdp_json_str(rasdp_json_at(acts, i), "id");

				if (!a)
					continue;
				memcpy(p, a, strlen(a));
				p += strlen(a);
				*p++ = ' ';
			}
			*p = '\0';
		}
	}
	json_object_put(inc);
	return 0;
}

static void str_or_null(struct rasd_jsonw *w, const char *s)
{
	if (s)
		rasd_jsonw_str(w, s);
	else
		rasd_jsonw_null(w);
}

/* The summary the list of the review page shows. */
void rasdp_isum_json(struct rasd_jsonw *w, const struct isum *x)
{
	const char *p = x->disputed;

	rasd_jsonw_obj(w);
	rasd_jsonw_key(w, "id");
	rasd_jsonw_str(w, x->id);
	rasd_jsonw_key(w, "date");
	str_or_null(w, x->date[0] ? x->date : NULL);
	rasd_jsonw_key(w, "date_last");
	str_or_null(w, x->date_last[0] ? x->date_last : NULL);
	rasd_jsonw_key(w, "event_type");
	str_or_null(w, x->type);
	rasd_jsonw_key(w, "sub_event_type");
	str_or_null(w, x->sub);
	rasd_jsonw_key(w, "admin1");
	str_or_null(w, x->admin1);
	rasd_jsonw_key(w, "place");
	if (x->place || x->has_ll) {
		rasd_jsonw_obj(w);
		rasd_jsonw_key(w, "name");
		str_or_null(w, x->place);
		rasd_jsonw_key(w, "name_ar");
		str_or_null(w, x->place_ar);
		if (x->has_ll) {
			rasd_jsonw_key(w, "lat");
			rasd_jsonw_num(w, x->lat);
			rasd_jsonw_key(w, "lon");
			rasd_jsonw_num(w, x->lon);
		}
		rasd_jsonw_obj_end(w);
	} else {
		rasd_jsonw_null(w);
	}
	rasd_jsonw_key(w, "fatalities");
	if (x->has_fat) {
		rasd_jsonw_obj(w);
		rasd_jsonw_key(w, "low");
		rasd_jsonw_int(w, x->low);
		rasd_jsonw_key(w, "best");
		rasd_jsonw_int(w, x->best);
		rasd_jsonw_key(w, "high");
		rasd_jsonw_int(w, x->high);
		rasd_jsonw_obj_end(w);
	} else {
		rasd_jsonw_null(w);
	}
	rasd_jsonw_key(w, "reports");
	rasd_jsonw_int(w, x->ndocs);
	rasd_jsonw_key(w, "disputes");
	rasd_jsonw_int(w, x->ndisputes);
	rasd_jsonw_key(w, "disputed");
	rasd_jsonw_arr(w);
	while (*p) {
		size_t n = strcspn(p, ",");
		char a[48];

		snprintf(a, sizeof(a), "%.*s", (int)(n < 47 ? n : 47), p);
		rasd_jsonw_str(w, a);
		p += n + (p[n] == ',');
	}
	rasd_jsonw_arr_end(w);
	rasd_jsonw_obj_end(w);
}
