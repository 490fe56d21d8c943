/*
 * store.c - backend dispatch and the parts both backends share: turning a
 * `rasd extract` line into event and claim rows, the normalised full-text
 * body and query terms, and recomputing incidents from stored extractions.
 *
 * The search body is built here, not by the database's tokenizer, so that
 * SQLite FTS5 and PostgreSQL's 'simple' tsvector index the same words: the
 * text goes through rasdp_normalize_str() (Arabic letter forms, diacritics,
 * digits, case), and each word is followed by its clitic-free match keys
 * (rasdp_token_keys()), so "بجاسم" is found by "جاسم" and "والجيش" by
 * "الجيش".  A query word is reduced to its article-free key, which is
 * always among the keys indexed for any clitic form of the word.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>
#include <openssl/sha.h>

#include "base/arena.h"
#include "base/buf.h"
#include "base/err.h"
#include "doc.h"
#include "incident/incident.h"
#include "store/store.h"
#include "text/text.h"
#include "base/banned.h"

struct rec_priv {
	json_object *o;
	char **allocs;
	size_t nallocs;
};

static int is_url(const char *s)
{
	return !strncmp(s, "postgres://", 11) || !strncmp(s, "postgresql://", 13);
}

struct rasd_store *rasdp_store_open(const char *url_or_path, rasd_err *err)
{
	if (!url_or_path || !*url_or_path) {
		rasdp_err(err, RASD_EINVAL, -1, 0, "no store path or URL");
		return NULL;
	}
	if (is_url(url_or_path)) {
#ifdef RASD_WITH_PG
		return rasdp_store_pg_open(url_or_path, err);
#else
		rasdp_err(err, RASD_EINVAL, -1, 0, "built without PostgreSQL support");
		return NULL;
#endif
	}
	return rasdp_store_sqlite_open(url_or_path, err);
}

void rasdp_store_close(struct rasd_store *s)
{
	if (s)
		s->ops->close(s);
}

int rasdp_store_put(struct rasd_store *s, const struct rasd_store_rec *rec,
		    int *result, rasd_err *err)
{
	return s->ops->put_document(s, rec, result, err);
}

int rasdp_store_get(struct rasd_store *s, const char *id,
		    struct rasd_store_document *out, rasd_err *err)
{
	return s->ops->get_document(s, id, out, err);
}

int rasdp_store_events(struct rasd_store *s, const struct rasd_store_filter *f,
		       rasd_store_event_cb cb, void *ctx, rasd_err *err)
{
	return s->ops->query_events(s, f, cb, ctx, err);
}

int rasdp_store_replace_incidents(struct rasd_store *s, const char *from, const char *to,
				  const struct rasd_store_incident *incs, size_t n,
				  rasd_err *err)
{
	return s->ops->replace_incidents(s, from, to, incs, n, err);
}

int rasdp_store_incidents(struct rasd_store *s, const struct rasd_store_filter *f,
			  rasd_store_json_cb cb, void *ctx, rasd_err *err)
{
	return s->ops->get_incidents(s, f, cb, ctx, err);
}

int rasdp_store_each_extraction(struct rasd_store *s, const char *from, const char *to,
				rasd_store_json_cb cb, void *ctx, rasd_err *err)
{
	return s->ops->each_extraction(s, from, to, cb, ctx, err);
}

int rasdp_store_count(struct rasd_store *s, const char *table, int64_t *out,
		      rasd_err *err)
{
	return s->ops->count(s, table, out, err);
}

void rasdp_store_document_release(struct rasd_store_document *d)
{
	free(d->id);
	free(d->hash);
	free(d->outlet);
	free(d->url);
	free(d->lang);
	free(d->published);
	free(d->title);
	free(d->ingested_at);
	free(d->text);
	free(d->json);
	memset(d, 0, sizeof(*d));
}

/* ---- search body and terms ------------------------------------------ */

/* Is code point `cp` part of a word (letters, digits, marks)? */
static int word_cp(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') ||
		       (cp >= 'A' && cp <= 'Z') || cp == '_';
	if (cp >= 0x2000 && cp <= 0x2BFF)   /* punctuation, symbols, arrows */
		return 0;
	if (cp >= 0x80 && cp <= 0xBF)       /* Latin-1 punctuation */
		return 0;
	if (cp == 0xD7 || cp == 0xF7)
		return 0;
	if (cp == 0x060C || cp == 0x061B || cp == 0x061F || cp == 0x06D4 ||
	    (cp >= 0x066A && cp <= 0x066D) || cp == 0xFD3E || cp == 0xFD3F)
		return 0;
	if (cp >= 0x3000 && cp <= 0x303F)
		return 0;
	if (cp >= 0xFE30 && cp <= 0xFE4F)
		return 0;
	if (cp >= 0xFF00 && cp <= 0xFF0F)
		return 0;
	if (cp == 0xFFFD || cp == 0xFEFF)
		return 0;
	return 1;
}

/*
 * Call `fn` for each word of normalised `s` (not NUL-terminated), with
 * its keys.  Returns the first non-zero from fn.
 */
static int each_word(const char *s, size_t len,
		     int (*fn)(void *ctx, const char *w, size_t n,
			       const uint8_t *keys, int nkeys),
		     void *ctx)
{
	const char *p = s, *end = s + len;

	while (p < end) {
		const char *w, *q;
		uint32_t cp;

		q = p;
		cp = rasdp_utf8_next(&q, end);
		if (!word_cp(cp)) {
			p = q;
			continue;
		}
		w = p;
		p = q;
		while (p < end) {
			q = p;
			cp = rasdp_utf8_next(&q, end);
			if (!word_cp(cp))
				break;
			p = q;
		}
		{
			uint8_t keys[RASD_MAX_KEYS] = { 0 };
			size_t n = (size_t)(p - w);
			int nk = 0, rc;

			if (n < 255)
				nk = rasdp_token_keys(w, n, keys);
			rc = fn(ctx, w, n, keys, nk);
			if (rc)
				return rc;
		}
	}
	return 0;
}

static int body_word(void *ctx, const char *w, size_t n, const uint8_t *keys, int nkeys)
{
	struct rasd_buf *b = ctx;
	int i, j;

	if (b->len && rasd_buf_addch(b, ' '))
		return -1;
	if (rasd_buf_add(b, w, n))
		return -1;
	for (i = 0; i < nkeys; i++) {
		int dup = keys[i] == 0 || keys[i] >= n;

		for (j = 0; j < i && !dup; j++)
			dup = keys[j] == keys[i];
		if (dup)
			continue;
		if (rasd_buf_addch(b, ' ') || rasd_buf_add(b, w + keys[i], n - keys[i]))
			return -1;
	}
	return 0;
}

char *rasdp_store_fts_body(const char *text, size_t len)
{
	struct rasd_arena a;
	struct rasd_buf b;
	size_t nlen = 0;
	char *norm;

	rasd_arena_init(&a, NULL, 0);
	rasd_buf_init(&b, 0);
	norm = rasdp_normalize_str(&a, text, len, &nlen);
	if (!norm || each_word(norm, nlen, body_word, &b)) {
		rasd_arena_release(&a);
		rasd_buf_release(&b);
		return NULL;
	}
	rasd_arena_release(&a);
	if (rasd_buf_addch(&b, '\0')) {   /* make sure it is malloc'd */
		rasd_buf_release(&b);
		return NULL;
	}
	b.len--;
	return rasd_buf_detach(&b, NULL);
}

struct terms {
	struct rasd_buf b;
	size_t n;
};

static int term_word(void *ctx, const char *w, size_t n, const uint8_t *keys, int nkeys)
{
	struct terms *t = ctx;
	size_t k = nkeys > 0 && keys[0] < n ? keys[0] : 0;

	if (rasd_buf_add(&t->b, w + k, n - k) || rasd_buf_addch(&t->b, '\0'))
		return -1;
	t->n++;
	return 0;
}

char *rasdp_store_fts_terms(const char *q, size_t *n)
{
	struct rasd_arena a;
	struct terms t;
	size_t nlen = 0;
	char *norm;

	*n = 0;
	rasd_arena_init(&a, NULL, 0);
	rasd_buf_init(&t.b, 1u << 16);
	t.n = 0;
	norm = rasdp_normalize_str(&a, q, strlen(q), &nlen);
	if (!norm || each_word(norm, nlen, term_word, &t) || rasd_buf_addch(&t.b, '\0')) {
		rasd_arena_release(&a);
		rasd_buf_release(&t.b);
		return NULL;
	}
	rasd_arena_release(&a);
	*n = t.n;
	return rasd_buf_detach(&t.b, NULL);
}

/* ---- extraction lines ------------------------------------------------ */

static const char *jstr(json_object *o, const char *k)
{
	json_object *v;

	if (!o || !json_object_object_get_ex(o, k, &v) || !v ||
	    !json_object_is_type(v, json_type_string))
		return NULL;
	return json_object_get_string(v);
}

static json_object *jget(json_object *o, const char *k)
{
	json_object *v;

	if (!o || !json_object_object_get_ex(o, k, &v))
		return NULL;
	return v;
}

static int jnum(json_object *o, const char *k, double *out)
{
	json_object *v = jget(o, k);

	if (!v || !(json_object_is_type(v, json_type_double) ||
		    json_object_is_type(v, json_type_int)))
		return 0;
	*out = json_object_get_double(v);
	return 1;
}

static char *priv_keep(struct rec_priv *p, char *s)
{
	char **na;

	if (!s)
		return NULL;
	na = realloc(p->allocs, (p->nallocs + 1) * sizeof(*na));
	if (!na) {
		free(s);
		return NULL;
	}
	p->allocs = na;
	p->allocs[p->nallocs++] = s;
	return s;
}

void rasdp_store_rec_release(struct rasd_store_rec *rec)
{
	struct rec_priv *p = rec->priv;

	if (p) {
		size_t i;

		for (i = 0; i < p->nallocs; i++)
			free(p->allocs[i]);
		free(p->allocs);
		if (p->o)
			json_object_put(p->o);
		free(p);
	}
	free(rec->events);
	free(rec->claims);
	free(rec->fts);
	memset(rec, 0, sizeof(*rec));
}

static char *actors_of(json_object *ev)
{
	json_object *arr = jget(ev, "actors");
	struct rasd_buf b;
	size_t i, n;

	if (!arr || !json_object_is_type(arr, json_type_array))
		return NULL;
	n = json_object_array_length(arr);
	if (!n)
		return NULL;
	rasd_buf_init(&b, 0);
	rasd_buf_addch(&b, ' ');
	for (i = 0; i < n; i++) {
		const char *id = jstr(json_object_array_get_idx(arr, i), "id");

		if (id && *id) {
			rasd_buf_adds(&b, id);
			rasd_buf_addch(&b, ' ');
		}
	}
	if (b.len <= 1) {
		rasd_buf_release(&b);
		return NULL;
	}
	return rasd_buf_detach(&b, NULL);
}

int rasdp_store_rec_parse(struct rasd_store_rec *rec, const char *json,
			  size_t json_len, const char *text, size_t text_len,
			  rasd_err *err)
{
	struct rec_priv *p;
	json_tokener *tok;
	json_object *o, *evs;
	size_t i, nev, nclaims = 0;
	struct rasd_buf body;

	memset(rec, 0, sizeof(*rec));
	p = calloc(1, sizeof(*p));
	tok = json_tokener_new();
	if (!p || !tok) {
		free(p);
		if (tok)
			json_tokener_free(tok);
		return rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
	}
	rec->priv = p;
	o = json_tokener_parse_ex(tok, json, (int)json_len);
	json_tokener_free(tok);
	if (!o || !json_object_is_type(o, json_type_object)) {
		if (o)
			json_object_put(o);
		rasdp_store_rec_release(rec);
		return rasdp_err(err, RASD_EPARSE, -1, 0, "extraction is not a JSON object");
	}
	p->o = o;
	rec->json = json;
	rec->json_len = json_len;
	rec->text = text;
	rec->text_len = text_len;
	rec->id = jstr(o, "id");
	rec->hash = jstr(o, "hash");
	rec->outlet = jstr(o, "outlet");
	rec->url = jstr(o, "url");
	rec->lang = jstr(o, "lang");
	rec->published = jstr(o, "published");
	rec->title = jstr(o, "title");
	if (!rec->id || !rec->hash) {
		rasdp_store_rec_release(rec);
		return rasdp_err(err, RASD_EPARSE, -1, 0, "extraction without \"id\" or \"hash\"");
	}
	evs = jget(o, "events");
	nev = evs && json_object_is_type(evs, json_type_array) ? json_object_array_length(evs) : 0;
	for (i = 0; i < nev; i++) {
		json_object *c = jget(json_object_array_get_idx(evs, i), "claims");

		if (c && json_object_is_type(c, json_type_array))
			nclaims += json_object_array_length(c);
	}
	rec->events = calloc(nev ? nev : 1, sizeof(*rec->events));
	rec->claims = calloc(nclaims ? nclaims : 1, sizeof(*rec->claims));
	if (!rec->events || !rec->claims) {
		rasdp_store_rec_release(rec);
		return rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
	}
	for (i = 0; i < nev; i++) {
		json_object *e = json_object_array_get_idx(evs, i), *pl, *cl, *nv;
		struct rasd_store_event *se = &rec->events[rec->nevents++];
		size_t j, nc;

		nv = jget(e, "n");
		se->n = nv && json_object_is_type(nv, json_type_int) ? json_object_get_int(nv) : (int)i;
		se->event_type = jstr(e, "event_type");
		se->sub_event_type = jstr(e, "sub_event_type");
		se->date = jstr(e, "date");
		se->date_last = jstr(e, "date_last");
		pl = jget(e, "place");
		if (pl && json_object_is_type(pl, json_type_object)) {
			se->place_id = jstr(pl, "id");
			se->place_name = jstr(pl, "name");
			se->admin1 = jstr(pl, "admin1");
			se->has_geo = jnum(pl, "lat", &se->lat) && jnum(pl, "lon", &se->lon);
		}
		se->actors = priv_keep(p, actors_of(e));
		se->fatalities_best = -1;
		cl = jget(e, "claims");
		nc = cl && json_object_is_type(cl, json_type_array) ? json_object_array_length(cl) : 0;
		for (j = 0; j < nc; j++) {
			json_object *c = json_object_array_get_idx(cl, j), *src, *sp, *dn;
			struct rasd_store_claim *sc = &rec->claims[rec->nclaims++];
			double v = 0, vh = 0;

			sc->n = se->n;
			sc->kind = jstr(c, "kind");
			sc->qualifier = jstr(c, "qualifier");
			sc->who = jstr(c, "who");
			jnum(c, "value", &v);
			if (!jnum(c, "value_hi", &vh))
				vh = v;
			sc->value = (int64_t)v;
			sc->value_hi = (int64_t)vh;
			dn = jget(c, "denied");
			sc->denied = dn && json_object_get_boolean(dn);
			src = jget(c, "source");
			sc->source_id = jstr(src, "id");
			sc->source_name = jstr(src, "name");
			sp = jget(c, "span");
			sc->span_start = sc->span_end = -1;
			if (sp && json_object_is_type(sp, json_type_array) &&
			    json_object_array_length(sp) == 2) {
				sc->span_start = json_object_get_int64(json_object_array_get_idx(sp, 0));
				sc->span_end = json_object_get_int64(json_object_array_get_idx(sp, 1));
			}
			if (sc->kind && !strcmp(sc->kind, "killed") && !sc->denied &&
			    sc->value > se->fatalities_best)
				se->fatalities_best = sc->value;
		}
	}
	rasd_buf_init(&body, 0);
	if (rec->title) {
		rasd_buf_adds(&body, rec->title);
		rasd_buf_addch(&body, '\n');
	}
	if (text)
		rasd_buf_add(&body, text, text_len);
	rec->fts = rasdp_store_fts_body(body.buf, body.len);
	rasd_buf_release(&body);
	if (!rec->fts) {
		rasdp_store_rec_release(rec);
		return rasdp_err(err, RASD_ENOMEM, -1, 0, "cannot build the search index text");
	}
	return 0;
}

/* ---- incidents ------------------------------------------------------- */

/* Days the clustering may join across, on each side of a window. */
#define WINDOW_MARGIN_DAYS 30

struct load_ctx {
	struct rasd_incidents *inc;
	int failed;
};

static int load_one(void *ctx, const char *id, const char *json, const char *text)
{
	struct load_ctx *l = ctx;
	rasd_err e;

	memset(&e, 0, sizeof(e));
	/* A stored line that no longer parses is left out, not fatal. */
	if (rasdp_incidents_add_line(l->inc, json, strlen(json), text, &e) == RASD_ENOMEM) {
		l->failed = RASD_ENOMEM;
		return 1;
	}
	return 0;
}

static int shift_date(const char *s, int days, char out[32])
{
	struct rasd_ymd y;

	if (!s || rasdp_parse_ymd(s, &y))
		return -1;
	rasdp_ymd_from_days(rasdp_days_from_ymd(y.y, y.m, y.d) + days, &y);
	snprintf(out, 32, "%04d-%02d-%02d", y.y % 10000, y.m, y.d);
	return 0;
}

/* A stable id from the incident's first member, so ids survive recomputing. */
static void stable_id(const char *doc, int n, char out[32])
{
	unsigned char md[SHA256_DIGEST_LENGTH];
	char key[512];
	int i;

	snprintf(key, sizeof(key), "%s#%d", doc, n);
	SHA256((const unsigned char *)key, strlen(key), md);
	memcpy(out, "inc-", 4);
	for (i = 0; i < 8; i++) {
		out[4 + 2 * i] = "0123456789abcdef"[md[i] >> 4];
		out[5 + 2 * i] = "0123456789abcdef"[md[i] & 15];
	}
	out[20] = '\0';
}

int rasdp_store_recompute_incidents(struct rasd_store *s, const char *from,
				    const char *to, size_t *n_out, rasd_err *err)
{
	struct load_ctx l = { 0 };
	char wfrom[32], wto[32];
	const char *lo = NULL, *hi = NULL;
	char *out = NULL;
	size_t out_len = 0, i, n = 0;
	json_object *root = NULL, *arr;
	struct rasd_store_incident *incs = NULL;
	char (*ids)[32] = NULL;
	const char **mdocs = NULL;
	int *mn = NULL;
	size_t nm_total = 0, mpos = 0;
	int rc;

	if (from && to && !shift_date(from, -WINDOW_MARGIN_DAYS, wfrom) &&
	    !shift_date(to, WINDOW_MARGIN_DAYS, wto)) {
		lo = wfrom;
		hi = wto;
	}
	l.inc = rasdp_incidents_new();
	if (!l.inc)
		return rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
	rc = rasdp_store_each_extraction(s, lo, hi, load_one, &l, err);
	if (!rc && l.failed)
		rc = rasdp_err(err, l.failed, -1, 0, "out of memory");
	if (!rc && rasdp_incidents_cluster(l.inc, 0))
		rc = rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
	if (!rc && rasdp_incidents_to_json(l.inc, 1, &out, &out_len))
		rc = rasdp_err(err, RASD_ENOMEM, -1, 0, "cannot write incidents");
	rasdp_incidents_free(l.inc);
	if (rc)
		goto done;
	root = json_tokener_parse(out);
	arr = jget(root, "incidents");
	if (!arr || !json_object_is_type(arr, json_type_array)) {
		rc = rasdp_err(err, RASD_EPARSE, -1, 0, "incident output is not {\"incidents\": [...]}");
		goto done;
	}
	n = json_object_array_length(arr);
	for (i = 0; i < n; i++) {
		json_object *evs = jget(json_object_array_get_idx(arr, i), "events");

		if (evs && json_object_is_type(evs, json_type_array))
			nm_total += json_object_array_length(evs);
	}
	incs = calloc(n ? n : 1, sizeof(*incs));
	ids = calloc(n ? n : 1, sizeof(*ids));
	mdocs = calloc(nm_total ? nm_total : 1, sizeof(*mdocs));
	mn = calloc(nm_total ? nm_total : 1, sizeof(*mn));
	if (!incs || !ids || !mdocs || !mn) {
		rc = rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
		goto done;
	}
	for (i = 0; i < n; i++) {
		json_object *io = json_object_array_get_idx(arr, i);
		json_object *evs = jget(io, "events");
		size_t j, ne = evs && json_object_is_type(evs, json_type_array) ?
			       json_object_array_length(evs) : 0;
		const char *first_doc = NULL;
		int first_n = 0;

		incs[i].member_docs = mdocs + mpos;
		incs[i].member_n = mn + mpos;
		for (j = 0; j < ne; j++) {
			json_object *m = json_object_array_get_idx(evs, j), *nv;
			const char *d = jstr(m, "doc");
			int en;

			if (!d)
				continue;
			nv = jget(m, "n");
			en = nv ? json_object_get_int(nv) : 0;
			mdocs[mpos] = d;
			mn[mpos] = en;
			mpos++;
			incs[i].nmembers++;
			if (!first_doc || strcmp(d, first_doc) < 0 ||
			    (!strcmp(d, first_doc) && en < first_n)) {
				first_doc = d;
				first_n = en;
			}
		}
		if (first_doc)
			stable_id(first_doc, first_n, ids[i]);
		else
			snprintf(ids[i], sizeof(ids[i]), "inc-%zu", i);
		json_object_object_add(io, "id", json_object_new_string(ids[i]));
		incs[i].id = ids[i];
		incs[i].date = jstr(io, "date");
		incs[i].date_last = jstr(io, "date_last");
		incs[i].json = json_object_to_json_string_ext(io, JSON_C_TO_STRING_PLAIN |
							      JSON_C_TO_STRING_NOSLASHESCAPE);
	}
	if (lo) {
		/*
		 * Only incidents inside the window replace stored ones; the rest
		 * were built from a partial view (documents loaded for their
		 * other events) and the stored versions stand.
		 */
		size_t k = 0;

		for (i = 0; i < n; i++) {
			const char *d = incs[i].date, *dl = incs[i].date_last ? incs[i].date_last : d;

			if (d && strcmp(dl, lo) >= 0 && strcmp(d, hi) <= 0)
				incs[k++] = incs[i];
		}
		n = k;
	}
	rc = rasdp_store_replace_incidents(s, lo, hi, incs, n, err);
	if (!rc && n_out)
		*n_out = n;
done:
	free(incs);
	free(ids);
	free(mdocs);
	free(mn);
	if (root)
		json_object_put(root);
	free(out);
	return rc;
}
