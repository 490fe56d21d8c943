/*
 * store_pg.c - the PostgreSQL backend of the document store (libpq).
 *
 * Same tables and behaviour as store_sqlite.c.  Full-text search is a
 * tsvector column on documents, built with the 'simple' configuration over
 * the normalised body from store.c (so stemming never differs from the
 * SQLite index) and searched through a GIN index.  Every query goes
 * through PQexecParams with text parameters; SQL text is only ever
 * assembled from constant fragments.  Notices are swallowed, since the
 * library never prints.
 *
 * NEEDSWORK: result sets are read whole; a very large store would want
 * single-row mode for each_extraction.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include "base/buf.h"
#include "base/err.h"
#include "store/store.h"
#include "base/banned.h"

#define STR_(x) #x
#define STR(x) STR_(x)

struct pg_store {
	struct rasd_store base;
	PGconn *conn;
};

static const char schema_sql[] =
	"CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);"
	"CREATE TABLE IF NOT EXISTS documents("
	" seq BIGSERIAL UNIQUE, id TEXT PRIMARY KEY, hash TEXT NOT NULL UNIQUE,"
	" outlet TEXT, url TEXT, lang TEXT, published TEXT, title TEXT,"
	" text TEXT NOT NULL, ingested_at TEXT NOT NULL, fts tsvector);"
	"CREATE INDEX IF NOT EXISTS documents_fts ON documents USING GIN(fts);"
	"CREATE TABLE IF NOT EXISTS extractions("
	" doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,"
	" json TEXT NOT NULL);"
	"CREATE TABLE IF NOT EXISTS events("
	" doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
	" n INTEGER NOT NULL, event_type TEXT, sub_event_type TEXT, date TEXT,"
	" date_last TEXT, place_id TEXT, place_name TEXT, admin1 TEXT,"
	" lat DOUBLE PRECISION, lon DOUBLE PRECISION, fatalities_best BIGINT,"
	" actors TEXT, blk TEXT, day_lo BIGINT, day_hi BIGINT, wide INTEGER NOT NULL DEFAULT 0,"
	" PRIMARY KEY(doc_id, n));"
	"CREATE INDEX IF NOT EXISTS events_date ON events(date);"
	"CREATE INDEX IF NOT EXISTS events_admin1 ON events(admin1);"
	"CREATE TABLE IF NOT EXISTS claims("
	" doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
	" n INTEGER NOT NULL, kind TEXT, value BIGINT, value_hi BIGINT,"
	" qualifier TEXT, who TEXT, source_id TEXT, source_name TEXT,"
	" denied INTEGER NOT NULL DEFAULT 0, span_start BIGINT, span_end BIGINT);"
	"CREATE INDEX IF NOT EXISTS claims_doc ON claims(doc_id, n);"
	"CREATE TABLE IF NOT EXISTS incidents("
	" id TEXT PRIMARY KEY, date TEXT, date_last TEXT, json TEXT NOT NULL);"
	"CREATE INDEX IF NOT EXISTS incidents_date ON incidents(date);"
	"CREATE TABLE IF NOT EXISTS incident_members("
	" incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,"
	" doc_id TEXT NOT NULL, n INTEGER NOT NULL);"
	"CREATE INDEX IF NOT EXISTS incident_members_inc ON incident_members(incident_id);"
	"CREATE INDEX IF NOT EXISTS incident_members_doc ON incident_members(doc_id, n);";

/* What versions 2 and 3 added; run after a version 1 store got its new columns. */
static const char schema2_sql[] =
	"CREATE INDEX IF NOT EXISTS events_blk ON events(blk, wide, day_lo);"
	"CREATE TABLE IF NOT EXISTS event_sides("
	" doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
	" n INTEGER NOT NULL, side TEXT NOT NULL, placed INTEGER NOT NULL,"
	" day_lo BIGINT NOT NULL, day_hi BIGINT NOT NULL);"
	"CREATE INDEX IF NOT EXISTS event_sides_blk ON event_sides(side, placed, day_lo);"
	"CREATE INDEX IF NOT EXISTS event_sides_doc ON event_sides(doc_id);"
	"CREATE INDEX IF NOT EXISTS incidents_date_last ON incidents(date_last);"
	"CREATE TABLE IF NOT EXISTS incidents_pending("
	" seq BIGSERIAL PRIMARY KEY, doc_id TEXT NOT NULL);";

static const char migrate1_sql[] =
	"ALTER TABLE events ADD COLUMN IF NOT EXISTS blk TEXT,"
	" ADD COLUMN IF NOT EXISTS day_lo BIGINT, ADD COLUMN IF NOT EXISTS day_hi BIGINT,"
	" ADD COLUMN IF NOT EXISTS wide INTEGER NOT NULL DEFAULT 0;";

/* Advisory lock classes (pg_advisory_xact_lock(class, key)). */
#define LOCK_SCHEMA 7361245
#define LOCK_DOC 7361246

static void quiet(void *arg, const char *msg)
{
	(void)arg;
	(void)msg;
}

static int pg_fail(struct pg_store *s, rasd_err *err, const char *what)
{
	const char *m = PQerrorMessage(s->conn);
	char one[200];
	size_t i = 0;

	/* libpq's message spans lines; ours is one line. */
	for (; *m && i + 1 < sizeof(one); m++) {
		char c = *m == '\n' || *m == '\t' || *m == '\r' ? ' ' : *m;

		if (c == ' ' && (i == 0 || one[i - 1] == ' '))
			continue;
		one[i++] = c;
	}
	while (i && one[i - 1] == ' ')
		i--;
	one[i] = '\0';
	return rasdp_err(err, RASD_ESTORE, -1, 0, "%s: %s", what, one);
}

/*
 * Run `sql` with `n` text parameters; returns the result (caller clears)
 * or NULL with `err` set.
 */
static PGresult *run(struct pg_store *s, const char *sql, int n, const char *const *params,
		     rasd_err *err, const char *what)
{
	PGresult *r = PQexecParams(s->conn, sql, n, NULL, params, NULL, NULL, 0);
	ExecStatusType st = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;

	if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
		pg_fail(s, err, what);
		PQclear(r);
		return NULL;
	}
	return r;
}

static int run0(struct pg_store *s, const char *sql, int n, const char *const *params,
		rasd_err *err, const char *what)
{
	PGresult *r = run(s, sql, n, params, err, what);

	if (!r)
		return RASD_ESTORE;
	PQclear(r);
	return 0;
}

static const char *val(PGresult *r, int row, int col)
{
	return PQgetisnull(r, row, col) ? NULL : PQgetvalue(r, row, col);
}

static char *dupval(PGresult *r, int row, int col)
{
	const char *v = val(r, row, col);

	return v ? strdup(v) : NULL;
}

/* ---- put ------------------------------------------------------------- */

/* The document's row (its text and search vector) and its extraction. */
static int put_document(struct pg_store *s, const struct rasd_store_rec *rec, rasd_err *err)
{
	const char *p[9];
	char *text;
	int rc;

	text = malloc(rec->text_len + 1);
	if (!text)
		return rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
	if (rec->text_len)
		memcpy(text, rec->text, rec->text_len);
	text[rec->text_len] = '\0';
	p[0] = rec->id;
	p[1] = rec->hash;
	p[2] = rec->outlet;
	p[3] = rec->url;
	p[4] = rec->lang;
	p[5] = rec->published;
	p[6] = rec->title;
	p[7] = text;
	p[8] = rec->fts ? rec->fts : "";
	rc = run0(s, "INSERT INTO documents(id, hash, outlet, url, lang, published, title,"
		  " text, ingested_at, fts) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,"
		  " to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'),"
		  " to_tsvector('simple', $9))", 9, p, err, "cannot insert the document");
	free(text);
	if (rc)
		return rc;
	p[0] = rec->id;
	p[1] = rec->json;
	return run0(s, "INSERT INTO extractions(doc_id, json) VALUES ($1, $2)", 2, p, err,
		    "cannot insert the extraction");
}

static int put_event(struct pg_store *s, const char *id, const struct rasd_store_event *e,
		     rasd_err *err)
{
	const char *p[17];
	char nb[32], b1[32], b2[32], b3[32], d1[32], d2[32];

	snprintf(nb, sizeof(nb), "%d", e->n);
	snprintf(b1, sizeof(b1), "%.7f", e->lat);
	snprintf(b2, sizeof(b2), "%.7f", e->lon);
	snprintf(b3, sizeof(b3), "%lld", (long long)e->fatalities_best);
	p[0] = id;
	p[1] = nb;
	p[2] = e->event_type;
	p[3] = e->sub_event_type;
	p[4] = e->date;
	p[5] = e->date_last;
	p[6] = e->place_id;
	p[7] = e->place_name;
	p[8] = e->admin1;
	p[9] = e->has_geo ? b1 : NULL;
	p[10] = e->has_geo ? b2 : NULL;
	p[11] = e->fatalities_best >= 0 ? b3 : NULL;
	p[12] = e->actors;
	snprintf(d1, sizeof(d1), "%lld", (long long)e->day_lo);
	snprintf(d2, sizeof(d2), "%lld", (long long)e->day_hi);
	p[13] = e->blk ? e->blk : "";
	p[14] = e->day_lo != INT64_MIN ? d1 : NULL;
	p[15] = e->day_lo != INT64_MIN ? d2 : NULL;
	p[16] = e->wide ? "1" : "0";
	return run0(s, "INSERT INTO events(doc_id, n, event_type, sub_event_type, date,"
		    " date_last, place_id, place_name, admin1, lat, lon, fatalities_best,"
		    " actors, blk, day_lo, day_hi, wide) VALUES ($1,$2::int,$3,$4,$5,$6,$7,"
		    "$8,$9,$10::float8,$11::float8,$12::bigint,$13,$14,$15::bigint,"
		    "$16::bigint,$17::int) ON CONFLICT (doc_id, n) DO NOTHING",
		    17, p, err, "cannot insert an event");
}

static int put_claim(struct pg_store *s, const char *id, const struct rasd_store_claim *c,
		     rasd_err *err)
{
	const char *p[12];
	char nb[32], b4[32], b5[32], b6[32], b7[32];

	snprintf(nb, sizeof(nb), "%d", c->n);
	snprintf(b4, sizeof(b4), "%lld", (long long)c->value);
	snprintf(b5, sizeof(b5), "%lld", (long long)c->value_hi);
	snprintf(b6, sizeof(b6), "%lld", (long long)c->span_start);
	snprintf(b7, sizeof(b7), "%lld", (long long)c->span_end);
	p[0] = id;
	p[1] = nb;
	p[2] = c->kind;
	p[3] = b4;
	p[4] = b5;
	p[5] = c->qualifier;
	p[6] = c->who;
	p[7] = c->source_id;
	p[8] = c->source_name;
	p[9] = c->denied ? "1" : "0";
	p[10] = b6;
	p[11] = b7;
	return run0(s, "INSERT INTO claims(doc_id, n, kind, value, value_hi, qualifier,"
		    " who, source_id, source_name, denied, span_start, span_end)"
		    " VALUES ($1,$2::int,$3,$4::bigint,$5::bigint,$6,$7,$8,$9,$10::int,"
		    "$11::bigint,$12::bigint)", 12, p, err, "cannot insert a claim");
}

static int put_rows(struct pg_store *s, const struct rasd_store_rec *rec,
		    int *result, rasd_err *err)
{
	PGresult *r;
	const char *p[2];
	size_t i;
	int rc;

	/*
	 * Another process may be storing the same report: lock its id, then
	 * its hash, so that the look-ups below and the inserts are one step
	 * for every process (the order is always the same: no deadlock).
	 */
	p[0] = rec->id;
	p[1] = rec->hash;
	if ((rc = run0(s, "SELECT pg_advisory_xact_lock(" STR(LOCK_DOC) ", hashtext('id:' || $1)),"
		       " pg_advisory_xact_lock(" STR(LOCK_DOC) ", hashtext('hash:' || $2))",
		       2, p, err, "cannot lock the document")))
		return rc;
	p[0] = rec->hash;
	r = run(s, "SELECT 1 FROM documents WHERE hash = $1", 1, p, err,
		"cannot look up the document hash");
	if (!r)
		return RASD_ESTORE;
	if (PQntuples(r) > 0) {
		PQclear(r);
		*result = RASD_PUT_UNCHANGED;
		return 0;
	}
	PQclear(r);
	p[0] = rec->id;
	r = run(s, "DELETE FROM documents WHERE id = $1", 1, p, err,
		"cannot delete the old document");
	if (!r)
		return RASD_ESTORE;
	*result = atoi(PQcmdTuples(r)) > 0 ? RASD_PUT_REPLACED : RASD_PUT_INSERTED;
	PQclear(r);

	if ((rc = put_document(s, rec, err)))
		return rc;
	for (i = 0; i < rec->nevents && !rc; i++)
		rc = put_event(s, rec->id, &rec->events[i], err);
	for (i = 0; i < rec->nclaims && !rc; i++)
		rc = put_claim(s, rec->id, &rec->claims[i], err);
	if (rc)
		return rc;
	if ((rc = rasdp_store_put_sides(&s->base, rec, err)))
		return rc;
	/* The pending flag: cleared by the incident update that covers it. */
	p[0] = rec->id;
	return run0(s, "INSERT INTO incidents_pending(doc_id) VALUES ($1)", 1, p, err,
		    "cannot mark the document pending");
}

static int pg_put(struct rasd_store *base, const struct rasd_store_rec *rec,
		  int *result, rasd_err *err)
{
	struct pg_store *s = (struct pg_store *)base;
	int rc;

	if ((rc = run0(s, "BEGIN", 0, NULL, err, "cannot begin")))
		return rc;
	rc = put_rows(s, rec, result, err);
	if (rc) {
		PQclear(PQexec(s->conn, "ROLLBACK"));
		return rc;
	}
	return run0(s, "COMMIT", 0, NULL, err, "cannot commit");
}

/* ---- get ------------------------------------------------------------- */

static int pg_get(struct rasd_store *base, const char *id,
		  struct rasd_store_document *out, rasd_err *err)
{
	struct pg_store *s = (struct pg_store *)base;
	const char *p[1] = { id };
	PGresult *r;

	memset(out, 0, sizeof(*out));
	r = run(s, "SELECT d.id, d.hash, d.outlet, d.url, d.lang, d.published, d.title,"
		" d.ingested_at, d.text, x.json FROM documents d LEFT JOIN extractions x"
		" ON x.doc_id = d.id WHERE d.id = $1", 1, p, err, "cannot read the document");
	if (!r)
		return RASD_ESTORE;
	if (PQntuples(r) == 0) {
		PQclear(r);
		return rasdp_err(err, RASD_ENOTFOUND, -1, 0, "no document '%s'", id);
	}
	out->id = dupval(r, 0, 0);
	out->hash = dupval(r, 0, 1);
	out->outlet = dupval(r, 0, 2);
	out->url = dupval(r, 0, 3);
	out->lang = dupval(r, 0, 4);
	out->published = dupval(r, 0, 5);
	out->title = dupval(r, 0, 6);
	out->ingested_at = dupval(r, 0, 7);
	out->text = dupval(r, 0, 8);
	out->text_len = out->text ? strlen(out->text) : 0;
	out->json = dupval(r, 0, 9);
	PQclear(r);
	if (!out->id || !out->text) {
		rasdp_store_document_release(out);
		return rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
	}
	return 0;
}

/* ---- filters --------------------------------------------------------- */

/*
 * The query terms joined by spaces, for plainto_tsquery('simple', ...);
 * *out NULL for a query of no word.  0 or a rasd_status.
 */
static int ts_query(const char *q, char **out)
{
	size_t n, i;
	char *terms, *t;
	struct rasd_buf b = RASD_BUF_INIT;
	int rc = rasdp_store_fts_terms(q, &terms, &n);

	*out = NULL;
	if (rc)
		return rc;
	for (i = 0, t = terms; i < n; i++, t += strlen(t) + 1) {
		if (b.len)
			rasd_buf_addch(&b, ' ');
		rasd_buf_adds(&b, t);
	}
	free(terms);
	if (b.err || !b.len) {
		rc = b.err;
		rasd_buf_release(&b);
		return rc;
	}
	*out = rasd_buf_detach(&b, NULL);
	return *out ? 0 : RASD_ENOMEM;
}

static void add_param(struct rasd_buf *sql, const char *frag_before, const char *frag_after,
		      const char **params, int *np, const char *v)
{
	params[*np] = v;
	(*np)++;
	rasd_buf_addf(sql, "%s$%d%s", frag_before, *np, frag_after);
}

static int add_conditions(struct rasd_buf *sql, const struct rasd_store_filter *f,
			  const char **params, int *np, char **fq)
{
	*fq = NULL;
	if (f->from)
		add_param(sql, " AND coalesce(e.date_last, e.date) >= ", "", params, np, f->from);
	if (f->to)
		add_param(sql, " AND e.date <= ", "", params, np, f->to);
	if (f->admin1)
		add_param(sql, " AND lower(e.admin1) = lower(", ")", params, np, f->admin1);
	if (f->event_type)
		add_param(sql, " AND lower(e.event_type) = lower(", ")", params, np, f->event_type);
	if (f->actor)
		add_param(sql, " AND e.actors LIKE '% ' || ", " || ' %'", params, np, f->actor);
	if (f->q && *f->q) {
		int rc = ts_query(f->q, fq);

		if (rc)
			return rc;
		if (*fq)
			add_param(sql, " AND d.fts @@ plainto_tsquery('simple', ", ")",
				  params, np, *fq);
	}
	return 0;
}

/* Run `sql`, unless building it failed: a query cut short is never run. */
static PGresult *run_built(struct pg_store *s, int rc, const struct rasd_buf *sql, int np,
			   const char *const *params, rasd_err *err, const char *what)
{
	if (!rc)
		rc = sql->err;
	if (rc) {
		rasdp_err(err, RASD_ESTORE, -1, 0, "%s: cannot build the query: %s", what,
			  rasd_strerror(rc));
		return NULL;
	}
	return run(s, sql->buf, np, params, err, what);
}

static int pg_query_events(struct rasd_store *base, const struct rasd_store_filter *f,
			   rasd_store_event_cb cb, void *ctx, rasd_err *err)
{
	struct pg_store *s = (struct pg_store *)base;
	struct rasd_buf sql;
	const char *params[8];
	int np = 0, i, n, stop = 0, rc = 0;
	char *fq = NULL;
	PGresult *r;

	rasd_buf_init(&sql, 0);
	rasd_buf_adds(&sql, "SELECT e.doc_id, e.n, e.event_type, e.sub_event_type, e.date,"
		      " e.date_last, e.place_id, e.place_name, e.admin1, e.lat, e.lon,"
		      " e.fatalities_best, e.actors, d.outlet, d.title, d.url, d.published"
		      " FROM events e JOIN documents d ON d.id = e.doc_id WHERE true");
	rc = add_conditions(&sql, f, params, &np, &fq);
	rasd_buf_adds(&sql, " ORDER BY e.date NULLS FIRST, e.doc_id, e.n");
	if (f->limit > 0)
		rasd_buf_addf(&sql, " LIMIT %ld OFFSET %ld", f->limit, f->offset > 0 ? f->offset : 0);
	r = run_built(s, rc, &sql, np, params, err, "cannot read events");
	rasd_buf_release(&sql);
	free(fq);
	if (!r)
		return RASD_ESTORE;
	n = PQntuples(r);
	for (i = 0; i < n && !stop; i++) {
		struct rasd_store_event_row row;

		memset(&row, 0, sizeof(row));
		row.doc_id = val(r, i, 0);
		row.ev.n = atoi(PQgetvalue(r, i, 1));
		row.ev.event_type = val(r, i, 2);
		row.ev.sub_event_type = val(r, i, 3);
		row.ev.date = val(r, i, 4);
		row.ev.date_last = val(r, i, 5);
		row.ev.place_id = val(r, i, 6);
		row.ev.place_name = val(r, i, 7);
		row.ev.admin1 = val(r, i, 8);
		row.ev.has_geo = !PQgetisnull(r, i, 9);
		row.ev.lat = row.ev.has_geo ? strtod(PQgetvalue(r, i, 9), NULL) : 0;
		row.ev.lon = row.ev.has_geo ? strtod(PQgetvalue(r, i, 10), NULL) : 0;
		row.ev.fatalities_best = PQgetisnull(r, i, 11) ? -1 :
					 strtoll(PQgetvalue(r, i, 11), NULL, 10);
		row.ev.actors = val(r, i, 12);
		row.outlet = val(r, i, 13);
		row.title = val(r, i, 14);
		row.url = val(r, i, 15);
		row.published = val(r, i, 16);
		stop = cb(ctx, &row);
	}
	PQclear(r);
	return stop;
}

static int pg_get_incidents(struct rasd_store *base, const struct rasd_store_filter *f,
			    rasd_store_json_cb cb, void *ctx, rasd_err *err)
{
	struct pg_store *s = (struct pg_store *)base;
	struct rasd_buf sql;
	const char *params[8];
	int np = 0, i, n, stop = 0, rc = 0;
	char *fq = NULL;
	PGresult *r;
	struct rasd_store_filter g = *f;

	char floor[16];

	rasd_buf_init(&sql, 0);
	rasd_buf_adds(&sql, "SELECT i.id, i.json FROM incidents i WHERE true");
	if (f->from) {
		add_param(&sql, " AND coalesce(i.date_last, i.date) >= ", "", params, &np, f->from);
		if (rasdp_store_incident_floor(base, f->from, floor))
			add_param(&sql, " AND i.date >= ", "", params, &np, floor);
	}
	if (f->to)
		add_param(&sql, " AND i.date <= ", "", params, &np, f->to);
	g.from = g.to = NULL;
	if (g.admin1 || g.event_type || g.actor || (g.q && *g.q)) {
		rasd_buf_adds(&sql, " AND EXISTS (SELECT 1 FROM incident_members m"
			      " JOIN events e ON e.doc_id = m.doc_id AND e.n = m.n"
			      " JOIN documents d ON d.id = e.doc_id"
			      " WHERE m.incident_id = i.id");
		rc = add_conditions(&sql, &g, params, &np, &fq);
		rasd_buf_adds(&sql, ")");
	}
	rasd_buf_adds(&sql, " ORDER BY i.date NULLS FIRST, i.id");
	if (f->limit > 0)
		rasd_buf_addf(&sql, " LIMIT %ld OFFSET %ld", f->limit, f->offset > 0 ? f->offset : 0);
	r = run_built(s, rc, &sql, np, params, err, "cannot read incidents");
	rasd_buf_release(&sql);
	free(fq);
	if (!r)
		return RASD_ESTORE;
	n = PQntuples(r);
	for (i = 0; i < n && !stop; i++)
		stop = cb(ctx, val(r, i, 0), val(r, i, 1), NULL);
	PQclear(r);
	return stop;
}

static int pg_each_extraction(struct rasd_store *base, const char *from, const char *to,
			      rasd_store_json_cb cb, void *ctx, rasd_err *err)
{
	struct pg_store *s = (struct pg_store *)base;
	const char *p[2] = { from, to };
	PGresult *r;
	int i, n, stop = 0;

	if (from && to)
		r = run(s, "SELECT x.doc_id, x.json, d.text FROM extractions x"
			" JOIN documents d ON d.id = x.doc_id WHERE EXISTS (SELECT 1 FROM"
			" events e WHERE e.doc_id = x.doc_id AND"
			" coalesce(e.date_last, e.date) >= $1 AND e.date <= $2)"
			" ORDER BY x.doc_id COLLATE \"C\"", 2, p, err, "cannot read extractions");
	else
		r = run(s, "SELECT x.doc_id, x.json, d.text FROM extractions x"
			" JOIN documents d ON d.id = x.doc_id ORDER BY x.doc_id COLLATE \"C\"", 0, NULL, err,
			"cannot read extractions");
	if (!r)
		return RASD_ESTORE;
	n = PQntuples(r);
	for (i = 0; i < n && !stop; i++)
		stop = cb(ctx, val(r, i, 0), val(r, i, 1), val(r, i, 2));
	PQclear(r);
	return stop;
}

static int pg_replace_incidents(struct rasd_store *base, const char *from, const char *to,
				const struct rasd_store_incident *incs, size_t n,
				rasd_err *err)
{
	struct pg_store *s = (struct pg_store *)base;
	const char *p[4];
	char nb[32];
	size_t i, j;
	int rc;

	if ((rc = run0(s, "BEGIN", 0, NULL, err, "cannot begin")))
		return rc;
	p[0] = from;
	p[1] = to;
	if (from && to)
		rc = run0(s, "DELETE FROM incidents WHERE date IS NOT NULL AND"
			  " coalesce(date_last, date) >= $1 AND date <= $2", 2, p, err,
			  "cannot delete incidents");
	else
		rc = run0(s, "DELETE FROM incidents", 0, NULL, err, "cannot delete incidents");
	for (i = 0; i < n && !rc; i++) {
		p[0] = incs[i].id;
		p[1] = incs[i].date;
		p[2] = incs[i].date_last;
		p[3] = incs[i].json;
		rc = run0(s, "DELETE FROM incidents WHERE id = $1", 1, p, err,
			  "cannot delete an incident");
		if (!rc)
			rc = run0(s, "INSERT INTO incidents(id, date, date_last, json)"
				  " VALUES ($1,$2,$3,$4)", 4, p, err, "cannot insert an incident");
		for (j = 0; j < incs[i].nmembers && !rc; j++) {
			snprintf(nb, sizeof(nb), "%d", incs[i].member_n[j]);
			p[0] = incs[i].id;
			p[1] = incs[i].member_docs[j];
			p[2] = nb;
			rc = run0(s, "INSERT INTO incident_members(incident_id, doc_id, n)"
				  " VALUES ($1,$2,$3::int)", 3, p, err,
				  "cannot insert an incident member");
		}
	}
	if (rc) {
		PQclear(PQexec(s->conn, "ROLLBACK"));
		return rc;
	}
	return run0(s, "COMMIT", 0, NULL, err, "cannot commit");
}

static int pg_count(struct rasd_store *base, const char *table, int64_t *out, rasd_err *err)
{
	static const char *const tables[] = { "documents", "events", "claims", "incidents",
					      "extractions", "incident_members" };
	struct pg_store *s = (struct pg_store *)base;
	char sql[96];
	PGresult *r;
	size_t i;

	for (i = 0; i < sizeof(tables) / sizeof(tables[0]); i++)
		if (!strcmp(table, tables[i]))
			break;
	if (i == sizeof(tables) / sizeof(tables[0]))
		return rasdp_err(err, RASD_EINVAL, -1, 0, "no table '%s'", table);
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM %s", tables[i]);
	r = run(s, sql, 0, NULL, err, "cannot count rows");
	if (!r)
		return RASD_ESTORE;
	*out = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
	PQclear(r);
	return 0;
}

static int pg_query(struct rasd_store *base, const char *sql, int nparams,
		    const char *const *params,
		    int (*row)(void *ctx, int ncols, const char *const *vals), void *ctx,
		    rasd_err *err)
{
	struct pg_store *s = (struct pg_store *)base;
	const char *vals[32];
	PGresult *r = run(s, sql, nparams, params, err, "cannot run a query");
	int i, j, n, ncols, stop = 0;

	if (!r)
		return RASD_ESTORE;
	n = PQntuples(r);
	ncols = PQnfields(r);
	if (ncols > 32)
		ncols = 32;
	for (i = 0; i < n && !stop && row; i++) {
		for (j = 0; j < ncols; j++)
			vals[j] = val(r, i, j);
		stop = row(ctx, ncols, vals);
	}
	PQclear(r);
	return stop;
}

static int pg_get_incident(struct rasd_store *base, const char *id, char **json,
			   rasd_err *err)
{
	struct pg_store *s = (struct pg_store *)base;
	const char *p[1] = { id };
	PGresult *r = run(s, "SELECT json FROM incidents WHERE id = $1", 1, p, err,
			  "cannot read the incident");

	*json = NULL;
	if (!r)
		return RASD_ESTORE;
	if (PQntuples(r) == 0) {
		PQclear(r);
		return rasdp_err(err, RASD_ENOTFOUND, -1, 0, "no incident '%s'", id);
	}
	*json = dupval(r, 0, 0);
	PQclear(r);
	return *json ? 0 : rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
}

static void pg_close(struct rasd_store *base)
{
	struct pg_store *s = (struct pg_store *)base;

	PQfinish(s->conn);
	free(s->base.where);
	free(s);
}

static const struct rasd_store_ops pg_ops = {
	"postgresql",
	pg_put,
	pg_get,
	pg_query_events,
	pg_replace_incidents,
	pg_get_incidents,
	pg_each_extraction,
	pg_count,
	pg_close,
	pg_query,
	pg_get_incident,
};

/* Run several statements without parameters (schema text). */
static int pg_exec_all(struct pg_store *s, const char *sql, rasd_err *err)
{
	PGresult *r = PQexec(s->conn, sql);
	int ok = PQresultStatus(r) == PGRES_COMMAND_OK;

	PQclear(r);
	return ok ? 0 : pg_fail(s, err, "cannot create the schema");
}

/* The URL without its password (user:pw@ or password=), for messages. */
static char *redact(const char *url)
{
	const char *scheme = strstr(url, "://"), *at, *colon, *pw;
	struct rasd_buf b;

	rasd_buf_init(&b, 0);
	at = scheme ? strchr(scheme + 3, '@') : NULL;
	colon = at ? memchr(scheme + 3, ':', (size_t)(at - (scheme + 3))) : NULL;
	if (colon) {
		rasd_buf_add(&b, url, (size_t)(colon - url));
		rasd_buf_adds(&b, ":***");
		url = at;
	}
	while ((pw = strstr(url, "password=")) != NULL) {
		rasd_buf_add(&b, url, (size_t)(pw - url) + 9);
		rasd_buf_adds(&b, "***");
		url = pw + 9 + strcspn(pw + 9, "& ");
	}
	rasd_buf_adds(&b, url);
	return rasd_buf_detach(&b, NULL);
}

struct rasd_store *rasdp_store_pg_open(const char *url, unsigned flags, rasd_err *err)
{
	struct pg_store *s = calloc(1, sizeof(*s));
	PGresult *r;
	char ver[16];
	const char *p[1];
	int rc;

	if (!s) {
		rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
		return NULL;
	}
	s->base.ops = &pg_ops;
	s->base.dialect = RASD_SQL_PG;
	s->base.where = redact(url);
	s->conn = PQconnectdb(url);
	if (!s->base.where || !s->conn || PQstatus(s->conn) != CONNECTION_OK) {
		char what[300];

		snprintf(what, sizeof(what), "cannot connect to '%s'",
			 s->base.where ? s->base.where : "postgres");
		if (s->conn)
			pg_fail(s, err, what);
		else
			rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
		pg_close(&s->base);
		return NULL;
	}
	PQsetNoticeProcessor(s->conn, quiet, NULL);
	if (flags & RASD_STORE_EXISTING) {
		r = run(s, "SELECT to_regclass('meta') IS NOT NULL", 0, NULL, err,
			"cannot look for the store");
		if (!r)
			goto fail;
		rc = strcmp(PQgetvalue(r, 0, 0), "t");
		PQclear(r);
		if (rc) {
			rasdp_err(err, RASD_ENOTFOUND, -1, 0, "no rasd store at '%s'", s->base.where);
			goto fail;
		}
	}
	/* Two processes creating the schema at once wait for each other. */
	if ((rc = run0(s, "BEGIN", 0, NULL, err, "cannot begin")) ||
	    (rc = run0(s, "SELECT pg_advisory_xact_lock(" STR(LOCK_SCHEMA) ")", 0, NULL, err,
		       "cannot lock the schema")))
		goto fail;
	r = PQexec(s->conn, schema_sql);
	if (PQresultStatus(r) != PGRES_COMMAND_OK) {
		PQclear(r);
		pg_fail(s, err, "cannot create the schema");
		goto fail;
	}
	PQclear(r);
	r = run(s, "SELECT value FROM meta WHERE key = 'schema_version'", 0, NULL, err,
		"cannot read the schema version");
	if (!r)
		goto fail;
	if (PQntuples(r) > 0) {
		int v = atoi(PQgetvalue(r, 0, 0));

		PQclear(r);
		if (v != RASD_STORE_SCHEMA_VERSION && v != 1 && v != 2) {
			rasdp_err(err, RASD_ESTORE, -1, 0,
				  "store '%s' has schema version %d, this rasd uses %d",
				  s->base.where, v, RASD_STORE_SCHEMA_VERSION);
			goto fail;
		}
		/* Version 1: the events' block columns, every report pending. */
		if (v == 1 && (run0(s, migrate1_sql, 0, NULL, err, "cannot add the block columns") ||
			       pg_exec_all(s, schema2_sql, err) ||
			       rasdp_store_backfill_blocks(&s->base, err) ||
			       rasdp_store_pending_all(&s->base, err)))
			goto fail;
		/* Versions 1 and 2: the side blocks of the stored events. */
		if ((v == 1 || v == 2) && (pg_exec_all(s, schema2_sql, err) ||
					   rasdp_store_backfill_sides(&s->base, err)))
			goto fail;
		if (v != RASD_STORE_SCHEMA_VERSION &&
		    run0(s, "UPDATE meta SET value = '" STR(RASD_STORE_SCHEMA_VERSION)
				   "' WHERE key = 'schema_version'", 0, NULL, err,
				   "cannot write the schema version"))
			goto fail;
	} else {
		PQclear(r);
		snprintf(ver, sizeof(ver), "%d", RASD_STORE_SCHEMA_VERSION);
		p[0] = ver;
		if (run0(s, "INSERT INTO meta(key, value) VALUES ('schema_version', $1)",
			 1, p, err, "cannot write the schema version"))
			goto fail;
	}
	if (pg_exec_all(s, schema2_sql, err) || rasdp_store_span_init(&s->base, err))
		goto fail;
	if (run0(s, "COMMIT", 0, NULL, err, "cannot commit"))
		goto fail;
	return &s->base;
fail:
	PQclear(PQexec(s->conn, "ROLLBACK"));
	pg_close(&s->base);
	return NULL;
}
