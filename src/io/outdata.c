/*
 * outdata.c - the tables of outdata.h, read from the data folder.
 *
 * Each table is an array sorted by its key and searched with bsearch;
 * strings are copied into one arena, so the TSV buffers are freed as soon
 * as a file is read.  A row with a wrong number of fields stops loading
 * with "<file>:<line>: <what>", like the lexicons; extra columns (notes,
 * source, basis) are ignored.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/arena.h"
#include "base/buf.h"
#include "base/err.h"
#include "io/outdata.h"
#include "lexicon/lexicon_int.h"
#include "model/model.h"

#include "base/banned.h"

#ifndef RASD_DATADIR
#define RASD_DATADIR "data"
#endif

struct actor_row {
	const char *id, *from, *to, *name;
	int inter;
};

struct lex_actor {
	const char *id, *parent, *label, *label_ar;
};

struct phrase {
	const char *key, *en, *ar;
};

struct kind_row {
	const char *kind;
	int where_prec;
};

struct rasdp_outdata {
	struct rasd_arena arena;
	struct rasdp_admin *admin; size_t nadmin;
	struct rasdp_gplace *places; size_t nplaces;
	struct rasdp_country *countries; size_t ncountries;
	struct actor_row *actors; size_t nactors;      /* by id, then from */
	struct lex_actor *lex; size_t nlex;
	struct rasdp_etype *etypes; size_t netypes;    /* in file order */
	struct rasdp_outlet *outlets; size_t noutlets;
	struct kind_row *kinds; size_t nkinds;
	struct phrase *phrases; size_t nphrases;
	struct rasd_models models;                     /* reconciling an event alone */
	size_t cap_admin, cap_places, cap_countries, cap_actors, cap_lex, cap_etypes,
	       cap_outlets, cap_kinds, cap_phrases;
};

/* ---- reading ---------------------------------------------------------- */

struct loading {
	struct rasdp_outdata *d;
	rasd_err *err;
};

static int is_dir(const char *p)
{
	struct stat st;

	return p && stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static const char *copy(struct rasdp_outdata *d, const char *s)
{
	return rasd_arena_strdup(&d->arena, s ? s : "");
}

/*
 * Read every row of `path` with `cols` (ncols columns), calling row() with
 * the open reader; row() returns 0 or a negative status.
 */
static int read_rows(struct loading *L, const char *path, const struct rasdp_tsv_col *cols,
		     size_t ncols, int (*row)(struct loading *L, struct rasdp_tsv *t))
{
	struct rasdp_tsv t;
	int rc = rasdp_tsv_open(&t, path, cols, ncols, L->err);

	while (!rc && (rc = rasdp_tsv_next(&t, L->err)) == 1)
		rc = row(L, &t);
	rasdp_tsv_close(&t);
	return rc < 0 ? rc : 0;
}

/* A new last element of vector arr (n used, cap allocated), or NULL. */
#define GROW(arr, n, cap) \
	(grow((void **)&(arr), &(cap), (n) + 1, sizeof(*(arr))) ? NULL : &(arr)[(n)++])

static int grow(void **arr, size_t *cap, size_t need, size_t size)
{
	size_t c = *cap ? *cap : 16;
	void *p;

	if (need <= *cap)
		return 0;
	while (c < need)
		c *= 2;
	p = realloc(*arr, c * size);
	if (!p)
		return RASD_ENOMEM;
	*arr = p;
	*cap = c;
	return 0;
}

static int oom(struct loading *L)
{
	return rasdp_err(L->err, RASD_ENOMEM, -1, 0, "out of memory");
}

static const struct rasdp_tsv_col admin_cols[] = {
	{ "pcode", 1 }, { "level", 1 }, { "name", 1 }, { "parent", 1 },
};

static int admin_row(struct loading *L, struct rasdp_tsv *t)
{
	struct rasdp_admin *a = GROW(L->d->admin, L->d->nadmin, L->d->cap_admin);
	long level;
	int rc;

	if (!a)
		return oom(L);
	rc = rasdp_tsv_long(t, 1, 1, 3, 0, &level, L->err);
	if (rc)
		return rc;
	a->pcode = copy(L->d, rasdp_tsv_get(t, 0));
	a->name = copy(L->d, rasdp_tsv_get(t, 2));
	a->parent = copy(L->d, rasdp_tsv_get(t, 3));
	a->level = (int)level;
	return a->pcode && a->name && a->parent ? 0 : oom(L);
}

static const struct rasdp_tsv_col place_cols[] = {
	{ "id", 1 }, { "kind", 1 }, { "name_en", 1 }, { "admin1", 1 }, { "admin2", 1 },
};

static int place_row(struct loading *L, struct rasdp_tsv *t)
{
	struct rasdp_gplace *p = GROW(L->d->places, L->d->nplaces, L->d->cap_places);

	if (!p)
		return oom(L);
	p->id = copy(L->d, rasdp_tsv_get(t, 0));
	p->kind = copy(L->d, rasdp_tsv_get(t, 1));
	p->name = copy(L->d, rasdp_tsv_get(t, 2));
	p->admin1 = copy(L->d, rasdp_tsv_get(t, 3));
	p->admin2 = copy(L->d, rasdp_tsv_get(t, 4));
	return p->id && p->kind && p->name && p->admin1 && p->admin2 ? 0 : oom(L);
}

static const struct rasdp_tsv_col country_cols[] = {
	{ "code", 1 }, { "iso", 1 }, { "iso3", 1 }, { "name", 1 }, { "region", 1 },
	{ "gwno", 1 }, { "ucdp_region", 1 }, { "web", 1 },
};

static int country_row(struct loading *L, struct rasdp_tsv *t)
{
	struct rasdp_country *c = GROW(L->d->countries, L->d->ncountries, L->d->cap_countries);

	if (!c)
		return oom(L);
	c->code = copy(L->d, rasdp_tsv_get(t, 0));
	c->iso = copy(L->d, rasdp_tsv_get(t, 1));
	c->iso3 = copy(L->d, rasdp_tsv_get(t, 2));
	c->name = copy(L->d, rasdp_tsv_get(t, 3));
	c->region = copy(L->d, rasdp_tsv_get(t, 4));
	c->gwno = copy(L->d, rasdp_tsv_get(t, 5));
	c->ucdp_region = copy(L->d, rasdp_tsv_get(t, 6));
	c->web = copy(L->d, rasdp_tsv_get(t, 7));
	return c->code && c->iso && c->iso3 && c->name && c->region && c->gwno &&
		c->ucdp_region && c->web ? 0 : oom(L);
}

static const struct rasdp_tsv_col actor_cols[] = {
	{ "id", 1 }, { "from", 1 }, { "to", 1 }, { "name", 1 }, { "inter", 1 },
};

static int actor_row(struct loading *L, struct rasdp_tsv *t)
{
	struct actor_row *a = GROW(L->d->actors, L->d->nactors, L->d->cap_actors);
	long inter;
	int rc;

	if (!a)
		return oom(L);
	rc = rasdp_tsv_long(t, 4, 1, 8, 0, &inter, L->err);
	if (rc)
		return rc;
	a->id = copy(L->d, rasdp_tsv_get(t, 0));
	a->from = copy(L->d, rasdp_tsv_get(t, 1));
	a->to = copy(L->d, rasdp_tsv_get(t, 2));
	a->name = copy(L->d, rasdp_tsv_get(t, 3));
	a->inter = (int)inter;
	return a->id && a->from && a->to && a->name ? 0 : oom(L);
}

static const struct rasdp_tsv_col lex_cols[] = {
	{ "id", 1 }, { "parent", 1 }, { "name_en", 1 }, { "name_ar", 0 },
};

static int lex_row(struct loading *L, struct rasdp_tsv *t)
{
	struct lex_actor *a = GROW(L->d->lex, L->d->nlex, L->d->cap_lex);

	if (!a)
		return oom(L);
	a->id = copy(L->d, rasdp_tsv_get(t, 0));
	a->parent = copy(L->d, rasdp_tsv_get(t, 1));
	a->label = copy(L->d, rasdp_tsv_get(t, 2));
	a->label_ar = copy(L->d, rasdp_tsv_get(t, 3));
	return a->id && a->parent && a->label && a->label_ar ? 0 : oom(L);
}

static const struct rasdp_tsv_col etype_cols[] = {
	{ "event_type", 1 }, { "sub_event_type", 1 }, { "disorder_type", 1 }, { "default", 1 },
	{ "dyadic", 1 }, { "sole", 1 },
};

static int etype_row(struct loading *L, struct rasdp_tsv *t)
{
	struct rasdp_etype *e = GROW(L->d->etypes, L->d->netypes, L->d->cap_etypes);
	long dflt;
	int rc;

	if (!e)
		return oom(L);
	rc = rasdp_tsv_long(t, 3, 0, 1, 0, &dflt, L->err);
	if (rc)
		return rc;
	e->type = copy(L->d, rasdp_tsv_get(t, 0));
	e->sub = copy(L->d, rasdp_tsv_get(t, 1));
	e->disorder = copy(L->d, rasdp_tsv_get(t, 2));
	e->dyadic = copy(L->d, rasdp_tsv_get(t, 4));
	e->sole = copy(L->d, rasdp_tsv_get(t, 5));
	e->dflt = (int)dflt;
	return e->type && e->sub && e->disorder && e->dyadic && e->sole ? 0 : oom(L);
}

static const struct rasdp_tsv_col outlet_cols[] = {
	{ "outlet", 1 }, { "name", 1 }, { "country", 1 }, { "reach", 1 },
};

static int outlet_row(struct loading *L, struct rasdp_tsv *t)
{
	static const char *const reaches[] = {
		"local", "subnational", "national", "regional", "international", "new media",
	};
	struct rasdp_outlet *o = GROW(L->d->outlets, L->d->noutlets, L->d->cap_outlets);
	const char *reach = rasdp_tsv_get(t, 3);
	size_t i;

	if (!o)
		return oom(L);
	for (i = 0; i < sizeof(reaches) / sizeof(reaches[0]) && strcmp(reach, reaches[i]); i++)
		;
	if (i == sizeof(reaches) / sizeof(reaches[0]))
		return rasdp_err(L->err, RASD_EPARSE, -1, t->line, "%s:%ld: unknown reach '%s'",
				 t->path, t->line, reach);
	o->outlet = copy(L->d, rasdp_tsv_get(t, 0));
	o->name = copy(L->d, rasdp_tsv_get(t, 1));
	o->country = copy(L->d, rasdp_tsv_get(t, 2));
	o->reach = copy(L->d, reach);
	return o->outlet && o->name && o->country && o->reach ? 0 : oom(L);
}

static const struct rasdp_tsv_col kind_cols[] = {
	{ "kind", 1 }, { "where_prec", 1 },
};

static int kind_row(struct loading *L, struct rasdp_tsv *t)
{
	struct kind_row *k = GROW(L->d->kinds, L->d->nkinds, L->d->cap_kinds);
	long p;
	int rc;

	if (!k)
		return oom(L);
	rc = rasdp_tsv_long(t, 1, 1, 7, 0, &p, L->err);
	if (rc)
		return rc;
	k->kind = copy(L->d, rasdp_tsv_get(t, 0));
	k->where_prec = (int)p;
	return k->kind ? 0 : oom(L);
}

static const struct rasdp_tsv_col phrase_cols[] = {
	{ "key", 1 }, { "en", 1 }, { "ar", 1 },
};

static int phrase_row(struct loading *L, struct rasdp_tsv *t)
{
	struct phrase *p = GROW(L->d->phrases, L->d->nphrases, L->d->cap_phrases);

	if (!p)
		return oom(L);
	p->key = copy(L->d, rasdp_tsv_get(t, 0));
	p->en = copy(L->d, rasdp_tsv_get(t, 1));
	p->ar = copy(L->d, rasdp_tsv_get(t, 2));
	return p->key && p->en && p->ar ? 0 : oom(L);
}

/* ---- sorting ----------------------------------------------------------- */

static int cmp_first(const void *a, const void *b)
{
	/* every table row starts with its key */
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int cmp_actor(const void *a, const void *b)
{
	const struct actor_row *x = a, *y = b;
	int c = strcmp(x->id, y->id);

	return c ? c : strcmp(x->from, y->from);
}

static const void *find(const void *base, size_t n, size_t size, const char *key)
{
	return key && n ? bsearch(&key, base, n, size, cmp_first) : NULL;
}

static int is_places_file(const char *s)
{
	size_t n = strlen(s);

	return !strncmp(s, "places", 6) && n >= 10 && !strcmp(s + n - 4, ".tsv") &&
	       (s[6] == '.' || s[6] == '-');
}

static int load_places(struct loading *L, const char *dir)
{
	DIR *dp = opendir(dir);
	struct dirent *de;
	char path[4096];
	int rc = 0;

	if (!dp)
		return rasdp_err(L->err, RASD_ENOTFOUND, -1, 0, "cannot open data folder '%s'", dir);
	while (!rc && (de = readdir(dp))) {
		if (!is_places_file(de->d_name))
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
		rc = read_rows(L, path, place_cols, 5, place_row);
	}
	closedir(dp);
	return rc;
}

int rasdp_outdata_load(const char *dir, struct rasdp_outdata **out, rasd_err *err)
{
	static const struct {
		const char *file;
		const struct rasdp_tsv_col *cols;
		size_t ncols;
		int (*row)(struct loading *, struct rasdp_tsv *);
	} files[] = {
		{ "exports/admin.tsv", admin_cols, 4, admin_row },
		{ "exports/countries.tsv", country_cols, 8, country_row },
		{ "exports/actors.tsv", actor_cols, 5, actor_row },
		{ "actors.tsv", lex_cols, 4, lex_row },
		{ "exports/event-types.tsv", etype_cols, 6, etype_row },
		{ "exports/outlets.tsv", outlet_cols, 4, outlet_row },
		{ "exports/place-kinds.tsv", kind_cols, 2, kind_row },
		{ "phrases.tsv", phrase_cols, 3, phrase_row },
	};
	struct rasdp_outdata *d;
	struct loading L;
	char path[4096];
	size_t i;
	int rc = 0;

	*out = NULL;
	if (!dir)
		dir = getenv("RASD_DATA");
	if (!dir || !*dir)
		dir = is_dir("data") && is_dir("data/../src") ? "data" : RASD_DATADIR;
	if (!is_dir(dir))
		return rasdp_err(err, RASD_ENOTFOUND, -1, 0, "cannot open data folder '%s'", dir);
	d = calloc(1, sizeof(*d));
	if (!d)
		return rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
	rasd_arena_init(&d->arena, NULL, 0);
	L.d = d;
	L.err = err;
	for (i = 0; i < sizeof(files) / sizeof(files[0]) && !rc; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, files[i].file);
		rc = read_rows(&L, path, files[i].cols, files[i].ncols, files[i].row);
	}
	if (!rc)
		rc = load_places(&L, dir);
	if (!rc)
		rc = rasdp_models_load(&d->models, dir, err);
	if (rc) {
		rasdp_outdata_free(d);
		return rc;
	}
	if (d->nadmin)
		qsort(d->admin, d->nadmin, sizeof(*d->admin), cmp_first);
	if (d->nplaces)
		qsort(d->places, d->nplaces, sizeof(*d->places), cmp_first);
	if (d->ncountries)
		qsort(d->countries, d->ncountries, sizeof(*d->countries), cmp_first);
	if (d->nactors)
		qsort(d->actors, d->nactors, sizeof(*d->actors), cmp_actor);
	if (d->nlex)
		qsort(d->lex, d->nlex, sizeof(*d->lex), cmp_first);
	if (d->noutlets)
		qsort(d->outlets, d->noutlets, sizeof(*d->outlets), cmp_first);
	if (d->nkinds)
		qsort(d->kinds, d->nkinds, sizeof(*d->kinds), cmp_first);
	if (d->nphrases)
		qsort(d->phrases, d->nphrases, sizeof(*d->phrases), cmp_first);
	*out = d;
	return 0;
}

const struct rasd_models *rasdp_outdata_models(const struct rasdp_outdata *d)
{
	return &d->models;
}

void rasdp_outdata_free(struct rasdp_outdata *d)
{
	if (!d)
		return;
	free(d->admin);
	free(d->places);
	free(d->countries);
	free(d->actors);
	free(d->lex);
	free(d->etypes);
	free(d->outlets);
	free(d->kinds);
	free(d->phrases);
	rasdp_models_release(&d->models);
	rasd_arena_release(&d->arena);
	free(d);
}

/* ---- look-ups --------------------------------------------------------- */

const struct rasdp_admin *rasdp_outdata_admin(const struct rasdp_outdata *d, const char *pcode)
{
	return find(d->admin, d->nadmin, sizeof(*d->admin), pcode);
}

const struct rasdp_gplace *rasdp_outdata_place(const struct rasdp_outdata *d, const char *id)
{
	return find(d->places, d->nplaces, sizeof(*d->places), id);
}

const struct rasdp_gplace *rasdp_outdata_unit_named(const struct rasdp_outdata *d,
						    const char *admin1, const char *name)
{
	size_t i;

	if (!admin1 || !*admin1 || !name)
		return NULL;
	for (i = 0; i < d->nplaces; i++) {
		const struct rasdp_gplace *p = &d->places[i];

		if ((!strcmp(p->kind, "district") || !strcmp(p->kind, "subdistrict")) &&
		    !strcmp(p->admin1, admin1) && !strcmp(p->name, name))
			return p;
	}
	return NULL;
}

const struct rasdp_country *rasdp_outdata_country(const struct rasdp_outdata *d, const char *code)
{
	char cc[3];

	if (!code || strlen(code) < 2)
		return NULL;
	memcpy(cc, code, 2);
	cc[2] = '\0';
	return find(d->countries, d->ncountries, sizeof(*d->countries), cc);
}

const struct rasdp_country *rasdp_outdata_country_of_domain(const struct rasdp_outdata *d,
							   const char *domain)
{
	const char *tld = domain ? strrchr(domain, '.') : NULL;
	size_t i, n;

	if (!tld || !*++tld)
		return NULL;
	n = strlen(tld);
	for (i = 0; i < d->ncountries; i++) {
		const char *w = d->countries[i].web;

		while (*w) {
			size_t k = strcspn(w, "|");

			if (k == n && !memcmp(w, tld, n))
				return &d->countries[i];
			w += k + (w[k] == '|');
		}
	}
	return NULL;
}

static const struct lex_actor *lex_actor(const struct rasdp_outdata *d, const char *id)
{
	return find(d->lex, d->nlex, sizeof(*d->lex), id);
}

const char *rasdp_outdata_actor_root(const struct rasdp_outdata *d, const char *id)
{
	int depth;

	for (depth = 0; id && depth < 8; depth++) {
		const struct lex_actor *a = lex_actor(d, id);

		if (!a || !*a->parent)
			break;
		id = a->parent;
	}
	return id;
}

const struct rasdp_admin *rasdp_outdata_admin_only_child(const struct rasdp_outdata *d,
							 const char *pcode)
{
	const struct rasdp_admin *only = NULL;
	size_t i;

	if (!pcode || !*pcode)
		return NULL;
	for (i = 0; i < d->nadmin; i++) {
		if (strcmp(d->admin[i].parent, pcode))
			continue;
		if (only)
			return NULL;
		only = &d->admin[i];
	}
	return only;
}

const char *rasdp_outdata_actor_label(const struct rasdp_outdata *d, const char *id,
				      const char *lang)
{
	const struct lex_actor *a = lex_actor(d, id);

	if (!a)
		return NULL;
	return lang && !strcmp(lang, "ar") && *a->label_ar ? a->label_ar : a->label;
}

int rasdp_outdata_actor(const struct rasdp_outdata *d, const char *id, const char *day,
			const char *country, char *out, size_t n, int *inter)
{
	struct rasd_buf b = RASD_BUF_INIT;
	const char *kv[] = { "country", country ? country : "", NULL };
	int depth;

	for (depth = 0; id && *id && depth < 8; depth++) {
		const struct actor_row key = { id, "", "", "", 0 };
		const struct actor_row *a = NULL;
		size_t lo = 0, hi = d->nactors;
		const struct lex_actor *lx;

		/* the first row of id, then the one whose period holds the day */
		while (lo < hi) {
			size_t mid = (lo + hi) / 2;

			if (strcmp(d->actors[mid].id, key.id) < 0)
				lo = mid + 1;
			else
				hi = mid;
		}
		for (; lo < d->nactors && !strcmp(d->actors[lo].id, id); lo++) {
			const struct actor_row *r = &d->actors[lo];

			if (!day) {
				if (!*r->to)
					a = r;
				continue;
			}
			if ((!*r->from || strcmp(day, r->from) >= 0) && (!*r->to || strcmp(day, r->to) <= 0))
				a = r;
		}
		if (a) {
			rasdp_outdata_fmt(&b, a->name, kv);
			snprintf(out, n, "%s", b.err ? a->name : b.buf);
			rasd_buf_release(&b);
			*inter = a->inter;
			return 0;
		}
		lx = lex_actor(d, id);
		id = lx ? lx->parent : NULL;
	}
	return RASD_ENOTFOUND;
}

const struct rasdp_etype *rasdp_outdata_etype(const struct rasdp_outdata *d, const char *type,
					      const char *sub)
{
	size_t i;

	if (!type)
		return NULL;
	for (i = 0; i < d->netypes; i++) {
		const struct rasdp_etype *e = &d->etypes[i];

		if (strcmp(e->type, type))
			continue;
		if (sub && *sub ? !strcmp(e->sub, sub) : e->dflt)
			return e;
	}
	return NULL;
}

const struct rasdp_outlet *rasdp_outdata_outlet(const struct rasdp_outdata *d, const char *domain)
{
	while (domain && *domain) {
		const struct rasdp_outlet *o = find(d->outlets, d->noutlets, sizeof(*d->outlets),
						    domain);
		const char *dot = strchr(domain, '.');

		if (o)
			return o;
		/* "english.enabbaladi.net" -> "enabbaladi.net", never a bare suffix */
		if (!dot || !strchr(dot + 1, '.'))
			break;
		domain = dot + 1;
	}
	return NULL;
}

static const char *reach_scale(const char *reach)
{
	static const struct { const char *reach, *scale; } t[] = {
		{ "local", "Local" }, { "subnational", "Subnational" }, { "national", "National" },
		{ "regional", "Regional" }, { "international", "International" },
		{ "new media", "New media" },
	};
	size_t i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++)
		if (!strcmp(reach, t[i].reach))
			return t[i].scale;
	return "Other";
}

const char *rasdp_outdata_scale(const struct rasdp_outdata *d, const char *domain,
				const char *code)
{
	const struct rasdp_outlet *o = rasdp_outdata_outlet(d, domain);
	const struct rasdp_country *home, *ev = rasdp_outdata_country(d, code);
	const char *reach;

	if (o) {
		home = *o->country ? rasdp_outdata_country(d, o->country) : NULL;
		reach = o->reach;
	} else {
		home = rasdp_outdata_country_of_domain(d, domain);
		reach = "national";
		if (!home)
			return "Other";
	}
	if (!strcmp(reach, "regional") || !strcmp(reach, "international") ||
	    !strcmp(reach, "new media") || !home)
		return reach_scale(reach);
	if (ev && !strcmp(home->code, ev->code))
		return reach_scale(reach);
	return ev && !strcmp(home->region, ev->region) ? "Regional" : "International";
}

int rasdp_outdata_where_prec(const struct rasdp_outdata *d, const char *kind)
{
	const struct kind_row *k = find(d->kinds, d->nkinds, sizeof(*d->kinds), kind);

	return k ? k->where_prec : 0;
}

const char *rasdp_outdata_phrase(const struct rasdp_outdata *d, const char *key,
				 const char *lang)
{
	const struct phrase *p = find(d->phrases, d->nphrases, sizeof(*d->phrases), key);

	if (!p)
		return key;
	return lang && !strcmp(lang, "ar") && *p->ar ? p->ar : p->en;
}

void rasdp_outdata_fmt(struct rasd_buf *b, const char *tmpl, const char *const *kv)
{
	const char *s = tmpl;

	while (*s) {
		const char *open = strchr(s, '{'), *close;
		size_t i;

		if (!open) {
			rasd_buf_adds(b, s);
			return;
		}
		close = strchr(open, '}');
		if (!close) {
			rasd_buf_adds(b, s);
			return;
		}
		rasd_buf_add(b, s, (size_t)(open - s));
		for (i = 0; kv && kv[i] && kv[i + 1]; i += 2)
			if (strlen(kv[i]) == (size_t)(close - open - 1) &&
			    !memcmp(kv[i], open + 1, (size_t)(close - open - 1)))
				break;
		if (kv && kv[i] && kv[i + 1])
			rasd_buf_adds(b, kv[i + 1]);
		else
			rasd_buf_add(b, open, (size_t)(close - open + 1));
		s = close + 1;
	}
}
