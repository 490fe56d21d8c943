/*
 * store.c - backend dispatch and the parts both backends share: turning a
 * `rasd extract` line into event and claim rows, and the normalised
 * full-text body and query terms.  The store holds incidents but does not
 * compute them: src/incident/recompute.c does, above both.
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


#include "base/arena.h"
#include "base/buf.h"
#include "base/err.h"
#include "doc.h"
#include "io/extraction.h"
#include "store/store.h"
#include "text/text.h"
#include "base/banned.h"

struct rec_priv {
	struct rasd_extraction x;   /* the rows' strings point into it */
	char **allocs;
	size_t nallocs;
};

static int is_url(const char *s)
{
	return !strncmp(s, "postgres://", 11) || !strncmp(s, "postgresql://", 13);
}

struct rasd_store *rasdp_store_open_ex(const char *url_or_path, unsigned flags,
				       rasd_err *err)
{
	if (!url_or_path || !*url_or_path) {
		rasdp_err(err, RASD_EINVAL, -1, 0, "no store path or URL");
		return NULL;
	}
	if (is_url(url_or_path)) {
#ifdef RASD_WITH_PG
		return rasdp_store_pg_open(url_or_path, flags, err);
#else
		rasdp_err(err, RASD_EINVAL, -1, 0, "built without PostgreSQL support");
		return NULL;
#endif
	}
	return rasdp_store_sqlite_open(url_or_path, flags, err);
}

struct rasd_store *rasdp_store_open(const char *url_or_path, rasd_err *err)
{
	return rasdp_store_open_ex(url_or_path, 0, err);
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

int rasdp_store_get_incident(struct rasd_store *s, const char *id, char **json,
			     rasd_err *err)
{
	return s->ops->get_incident(s, id, json, err);
}

/* ---- blocks ----------------------------------------------------------- */

static int64_t day_of(const char *s)
{
	struct rasd_ymd y;

	if (!s || rasdp_parse_ymd(s, &y))
		return INT64_MIN;
	return rasdp_days_from_ymd(y.y, y.m, y.d);
}

static const char *nonempty(const char *s)
{
	return s && *s ? s : NULL;
}

/*
 * The same window and governorate key as the incident loader gives an
 * event (src/incident/incident.c, cluster.c): its dates, else the three
 * days before publication; admin1_id, else admin1 (none for a region with no governorate: rasdp_ex_place_region()).
 */
void rasdp_store_event_block(const struct rasd_ex_event *e, const char *published,
			     char *buf, size_t bufsize, struct rasd_store_event *out)
{
	int64_t lo = day_of(e->date), hi = day_of(e->date_last), pub = day_of(published);
	const struct rasd_ex_place *p = e->place && !rasdp_ex_place_region(e->place) ? e->place : NULL;

	if (lo != INT64_MIN) {
		if (hi == INT64_MIN || hi < lo)
			hi = lo;
	} else if (pub != INT64_MIN) {
		lo = pub - 3;
		hi = pub;
	} else {
		hi = INT64_MIN;
	}
	out->day_lo = lo;
	out->day_hi = hi;
	out->wide = lo == INT64_MIN || hi - lo > RASD_STORE_WIDE_DAYS;
	out->blk = "";
	if (p && nonempty(p->admin1_id))
		out->blk = p->admin1_id;
	else if (p && nonempty(p->admin1))
		out->blk = p->admin1;
	else if (p && nonempty(p->id) && bufsize > 3) {
		snprintf(buf, bufsize, "p:%s", p->id);
		out->blk = buf;
	}
}

size_t rasdp_store_event_sides(const struct rasd_ex_event *e, const char **out, size_t max)
{
	size_t i, k, n = 0;

	for (i = 0; i < e->nactors && n < max; i++) {
		const char *id = e->actors[i].id ? e->actors[i].id : e->actors[i].name;

		if (!id || !*id)
			continue;
		for (k = 0; k < n && strcmp(out[k], id); k++)
			;
		if (k == n)
			out[n++] = id;
	}
	return n;
}

int rasdp_store_event_placed(const struct rasd_ex_event *e)
{
	return e->place && (e->place->id || e->place->name) && !rasdp_ex_place_region(e->place);
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
	struct rasd_buf b = RASD_BUF_INIT;
	size_t nlen = 0;
	char *norm;

	rasd_arena_init(&a, NULL, 0);
	norm = rasdp_normalize_str(&a, text, len, &nlen);
	if (norm)
		each_word(norm, nlen, body_word, &b);
	rasd_arena_release(&a);
	if (!norm) {
		rasd_buf_release(&b);
		return NULL;
	}
	/* NULL when an append failed (the error stuck in b) */
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

int rasdp_store_fts_terms(const char *q, char **out, size_t *n)
{
	struct rasd_arena a;
	struct terms t;
	size_t nlen = 0;
	char *norm;
	int rc;

	*out = NULL;
	*n = 0;
	rasd_arena_init(&a, NULL, 0);
	rasd_buf_init(&t.b, 1u << 16);
	t.n = 0;
	norm = rasdp_normalize_str(&a, q, strlen(q), &nlen);
	if (norm)
		each_word(norm, nlen, term_word, &t);
	rasd_buf_addch(&t.b, '\0');
	rasd_arena_release(&a);
	rc = !norm ? RASD_ENOMEM : t.b.err;
	if (rc) {
		rasd_buf_release(&t.b);
		return rc;
	}
	*n = t.n;
	*out = rasd_buf_detach(&t.b, NULL);
	return *out ? 0 : RASD_ENOMEM;
}

/* ---- extraction lines ------------------------------------------------ */

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
		rasdp_extraction_release(&p->x);
		free(p);
	}
	free(rec->events);
	free(rec->claims);
	free(rec->fts);
	memset(rec, 0, sizeof(*rec));
}

/*
 * " id1 id2 " of an event's actors (for LIKE filters), malloc'd, into
 * *out, or NULL when it names none.  0 or RASD_ENOMEM.
 */
static int actors_of(const struct rasd_ex_event *ev, char **out)
{
	struct rasd_buf b = RASD_BUF_INIT;
	size_t i;

	*out = NULL;
	rasd_buf_addch(&b, ' ');
	for (i = 0; i < ev->nactors; i++) {
		const char *id = ev->actors[i].id;

		if (id && *id) {
			rasd_buf_adds(&b, id);
			rasd_buf_addch(&b, ' ');
		}
	}
	if (!b.err && b.len <= 1) {
		rasd_buf_release(&b);
		return 0;
	}
	*out = rasd_buf_detach(&b, NULL);
	return *out ? 0 : RASD_ENOMEM;
}

/* Event e's row and its claims' rows; RASD_ENOMEM. */
static int rec_event(struct rasd_store_rec *rec, struct rec_priv *p, const struct rasd_ex_event *e)
{
	struct rasd_store_event *se = &rec->events[rec->nevents++];
	char *actors, kb[160];
	size_t j;

	se->n = (int)e->n;
	se->ex = e;
	se->event_type = e->event_type;
	se->sub_event_type = e->sub_event_type;
	se->date = e->date;
	se->date_last = e->date_last;
	if (e->place) {
		se->place_id = e->place->id;
		se->place_name = e->place->name;
		se->admin1 = e->place->admin1;
		se->has_geo = e->place->has_ll;
		se->lat = e->place->lat;
		se->lon = e->place->lon;
	}
	if (actors_of(e, &actors) || (actors && !priv_keep(p, actors)))
		return RASD_ENOMEM;
	se->actors = actors;
	rasdp_store_event_block(e, p->x.published, kb, sizeof(kb), se);
	if (se->blk == kb) {
		char *k = strdup(kb);

		if (!k || !priv_keep(p, k))
			return RASD_ENOMEM;
		se->blk = k;
	}
	se->fatalities_best = -1;
	for (j = 0; j < e->nclaims; j++) {
		const struct rasd_ex_claim *c = &e->claims[j];
		struct rasd_store_claim *sc = &rec->claims[rec->nclaims++];

		sc->n = se->n;
		sc->kind = c->kind;
		sc->qualifier = c->qualifier;
		sc->who = c->who;
		sc->value = c->value;
		sc->value_hi = c->value_hi;
		sc->denied = c->denied;
		sc->source_id = c->source.id;
		sc->source_name = c->source.name;
		sc->span_start = c->span.start;
		sc->span_end = c->span.end;
		if (sc->kind && !strcmp(sc->kind, "killed") && !sc->denied &&
		    sc->value > se->fatalities_best)
			se->fatalities_best = sc->value;
	}
	return 0;
}

int rasdp_store_rec_parse(struct rasd_store_rec *rec, const char *json,
			  size_t json_len, const char *text, size_t text_len,
			  rasd_err *err)
{
	struct rec_priv *p;
	const struct rasd_extraction *x;
	size_t i, nclaims = 0;
	struct rasd_buf body;
	int rc;

	memset(rec, 0, sizeof(*rec));
	p = calloc(1, sizeof(*p));
	if (!p)
		return rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
	rec->priv = p;
	rc = rasdp_extraction_parse(&p->x, json, json_len, err);
	if (rc) {
		rasdp_store_rec_release(rec);
		return rc == RASD_ENOMEM ? rc : rasdp_err(err, RASD_EPARSE, -1, 0,
							  "extraction is not a JSON object");
	}
	x = &p->x;
	rec->json = json;
	rec->json_len = json_len;
	rec->text = text;
	rec->text_len = text_len;
	rec->id = x->id;
	rec->hash = x->hash;
	rec->outlet = x->outlet;
	rec->url = x->url;
	rec->lang = x->lang;
	rec->published = x->published;
	rec->title = x->title;
	if (!rec->id || !rec->hash) {
		rasdp_store_rec_release(rec);
		return rasdp_err(err, RASD_EPARSE, -1, 0, "extraction without \"id\" or \"hash\"");
	}
	for (i = 0; i < x->nevents; i++)
		nclaims += x->events[i].nclaims;
	rec->events = calloc(x->nevents ? x->nevents : 1, sizeof(*rec->events));
	rec->claims = calloc(nclaims ? nclaims : 1, sizeof(*rec->claims));
	if (!rec->events || !rec->claims) {
		rasdp_store_rec_release(rec);
		return rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
	}
	for (i = 0; i < x->nevents; i++) {
		/* a past happening recalled: in the extraction, in no incident */
		if (rasdp_ex_background(&x->events[i]))
			continue;
		if (rec_event(rec, p, &x->events[i])) {
			rasdp_store_rec_release(rec);
			return rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
		}
	}
	rasd_buf_init(&body, 0);
	if (rec->title) {
		rasd_buf_adds(&body, rec->title);
		rasd_buf_addch(&body, '\n');
	}
	if (text)
		rasd_buf_add(&body, text, text_len);
	rec->fts = body.err ? NULL : rasdp_store_fts_body(body.buf, body.len);
	rasd_buf_release(&body);
	if (!rec->fts) {
		rasdp_store_rec_release(rec);
		return rasdp_err(err, RASD_ENOMEM, -1, 0, "cannot build the search index text");
	}
	return 0;
}
