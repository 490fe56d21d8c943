/*
 * store_sqlite.c - the SQLite backend of the document store (the default).
 *
 * One database file in WAL mode with synchronous=NORMAL: a commit is
 * durable once the WAL is checkpointed, and the database is never
 * corrupted by a crash, since every document goes in with one
 * BEGIN IMMEDIATE ... COMMIT.  Foreign keys are on, so deleting a document
 * takes its extraction, events and claims with it.  Full-text search is an
 * FTS5 table keyed by documents.seq (an INTEGER PRIMARY KEY, so VACUUM
 * keeps it) over the normalised body built in store.c.
 *
 * Every statement binds its values; SQL text is only ever assembled from
 * constant fragments.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "base/buf.h"
#include "base/err.h"
#include "store/store.h"
#include "store/store_sqlite_int.h"
#include "base/banned.h"


static const char schema_sql[] =
	"CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);"
	"CREATE TABLE IF NOT EXISTS documents("
	" seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, hash TEXT NOT NULL UNIQUE,"
	" outlet TEXT, url TEXT, lang TEXT, published TEXT, title TEXT,"
	" text TEXT NOT NULL, ingested_at TEXT NOT NULL);"
	"CREATE TABLE IF NOT EXISTS extractions("
	" doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,"
	" json TEXT NOT NULL);"
	"CREATE TABLE IF NOT EXISTS events("
	" doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
	" n INTEGER NOT NULL, event_type TEXT, sub_event_type TEXT, date TEXT,"
	" date_last TEXT, place_id TEXT, place_name TEXT, admin1 TEXT, lat REAL,"
	" lon REAL, fatalities_best INTEGER, actors TEXT, blk TEXT, day_lo INTEGER,"
	" day_hi INTEGER, wide INTEGER NOT NULL DEFAULT 0, PRIMARY KEY(doc_id, n));"
	"CREATE INDEX IF NOT EXISTS events_date ON events(date);"
	"CREATE INDEX IF NOT EXISTS events_admin1 ON events(admin1);"
	"CREATE TABLE IF NOT EXISTS claims("
	" doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
	" n INTEGER NOT NULL, kind TEXT, value INTEGER, value_hi INTEGER,"
	" qualifier TEXT, who TEXT, source_id TEXT, source_name TEXT,"
	" denied INTEGER NOT NULL DEFAULT 0, span_start INTEGER, span_end INTEGER);"
	"CREATE INDEX IF NOT EXISTS claims_doc ON claims(doc_id, n);"
	"CREATE TABLE IF NOT EXISTS incidents("
	" id TEXT PRIMARY KEY, date TEXT, date_last TEXT, json TEXT NOT NULL);"
	"CREATE INDEX IF NOT EXISTS incidents_date ON incidents(date);"
	"CREATE TABLE IF NOT EXISTS incident_members("
	" incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,"
	" doc_id TEXT NOT NULL, n INTEGER NOT NULL);"
	"CREATE INDEX IF NOT EXISTS incident_members_inc ON incident_members(incident_id);"
	"CREATE INDEX IF NOT EXISTS incident_members_doc ON incident_members(doc_id, n);"
	"CREATE VIRTUAL TABLE IF NOT EXISTS docs_fts USING fts5(body);";

/* What versions 2 and 3 added; run after a version 1 store got its new columns. */
static const char schema2_sql[] =
	"CREATE INDEX IF NOT EXISTS events_blk ON events(blk, wide, day_lo);"
	"CREATE TABLE IF NOT EXISTS event_sides("
	" doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
	" n INTEGER NOT NULL, side TEXT NOT NULL, placed INTEGER NOT NULL,"
	" day_lo INTEGER NOT NULL, day_hi INTEGER NOT NULL);"
	"CREATE INDEX IF NOT EXISTS event_sides_blk ON event_sides(side, placed, day_lo);"
	"CREATE INDEX IF NOT EXISTS event_sides_doc ON event_sides(doc_id);"
	/* the order of search results: a first page read without sorting every match */
	"CREATE INDEX IF NOT EXISTS events_order ON events(date, doc_id, n);"
	"CREATE INDEX IF NOT EXISTS incidents_date_last ON incidents(date_last);"
	"CREATE TABLE IF NOT EXISTS incidents_pending("
	" seq INTEGER PRIMARY KEY AUTOINCREMENT, doc_id TEXT NOT NULL);"
	/*
	 * The version of each incident as written: a counter in meta that
	 * every write of an incident row advances, whatever statement writes
	 * it, so a reader that keeps incidents in memory (rasd serve's index)
	 * reads again only those whose version moved.  A rowid cannot serve:
	 * a row deleted and inserted again at the top gets its old rowid back.
	 * Incidents written before the triggers existed have no version (NULL).
	 */
	"CREATE TABLE IF NOT EXISTS incident_versions(id TEXT PRIMARY KEY, v INTEGER NOT NULL);"
	"INSERT OR IGNORE INTO meta(key, value) VALUES ('incidents_written', '0');"
	"CREATE TRIGGER IF NOT EXISTS incidents_written AFTER INSERT ON incidents BEGIN"
	" UPDATE meta SET value = value + 1 WHERE key = 'incidents_written';"
	" INSERT OR REPLACE INTO incident_versions(id, v)"
	"  SELECT new.id, value FROM meta WHERE key = 'incidents_written'; END;"
	"CREATE TRIGGER IF NOT EXISTS incidents_rewritten AFTER UPDATE ON incidents BEGIN"
	" UPDATE meta SET value = value + 1 WHERE key = 'incidents_written';"
	" INSERT OR REPLACE INTO incident_versions(id, v)"
	"  SELECT new.id, value FROM meta WHERE key = 'incidents_written'; END;"
	"CREATE TRIGGER IF NOT EXISTS incidents_deleted AFTER DELETE ON incidents BEGIN"
	" DELETE FROM incident_versions WHERE id = old.id; END;";

static const char migrate1_sql[] =
	"ALTER TABLE events ADD COLUMN blk TEXT;"
	"ALTER TABLE events ADD COLUMN day_lo INTEGER;"
	"ALTER TABLE events ADD COLUMN day_hi INTEGER;"
	"ALTER TABLE events ADD COLUMN wide INTEGER NOT NULL DEFAULT 0;";

/* ---- put ------------------------------------------------------------- */

/*
 * The document as stored: *result RASD_PUT_UNCHANGED when the same text is
 * there (nothing more to do), RASD_PUT_REPLACED when the same id had
 * another text (that row and its search entry are deleted), else
 * RASD_PUT_INSERTED.
 */
static int replace_old(struct sqlite_store *s, const struct rasd_store_rec *rec,
		       int *result, rasd_err *err)
{
	sqlite3_stmt *st = NULL;
	int rc;

	/* Same text already stored: nothing to do. */
	if ((rc = prep(s, "SELECT 1 FROM documents WHERE hash = ?", &st, err)))
		return rc;
	bind_text(st, 1, rec->hash);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW) {
		*result = RASD_PUT_UNCHANGED;
		return 0;
	}
	if (rc != SQLITE_DONE)
		return db_err(s, err, "cannot look up the document hash");
	/* The same id with another text: replace it. */
	if ((rc = prep(s, "SELECT seq FROM documents WHERE id = ?", &st, err)))
		return rc;
	bind_text(st, 1, rec->id);
	rc = sqlite3_step(st);
	*result = RASD_PUT_INSERTED;
	if (rc == SQLITE_ROW) {
		sqlite3_int64 old = sqlite3_column_int64(st, 0);
		sqlite3_stmt *d;

		sqlite3_finalize(st);
		*result = RASD_PUT_REPLACED;
		if ((rc = prep(s, "DELETE FROM docs_fts WHERE rowid = ?", &d, err)))
			return rc;
		sqlite3_bind_int64(d, 1, old);
		rc = sqlite3_step(d);
		sqlite3_finalize(d);
		if (rc != SQLITE_DONE)
			return db_err(s, err, "cannot delete the old search entry");
		if ((rc = prep(s, "DELETE FROM documents WHERE seq = ?", &d, err)))
			return rc;
		sqlite3_bind_int64(d, 1, old);
		rc = sqlite3_step(d);
		sqlite3_finalize(d);
		if (rc != SQLITE_DONE)
			return db_err(s, err, "cannot delete the old document");
	} else {
		sqlite3_finalize(st);
		if (rc != SQLITE_DONE)
			return db_err(s, err, "cannot look up the document id");
	}
	return 0;
}

/* The document's row, its extraction and its search entry. */
static int put_document(struct sqlite_store *s, const struct rasd_store_rec *rec, rasd_err *err)
{
	sqlite3_stmt *st = NULL;
	sqlite3_int64 seq;
	int rc;

	if ((rc = prep(s, "INSERT INTO documents(id, hash, outlet, url, lang, published,"
		       " title, text, ingested_at) VALUES (?,?,?,?,?,?,?,?,"
		       " strftime('%Y-%m-%dT%H:%M:%SZ','now'))", &st, err)))
		return rc;
	bind_text(st, 1, rec->id);
	bind_text(st, 2, rec->hash);
	bind_text(st, 3, rec->outlet);
	bind_text(st, 4, rec->url);
	bind_text(st, 5, rec->lang);
	bind_text(st, 6, rec->published);
	bind_text(st, 7, rec->title);
	sqlite3_bind_text(st, 8, rec->text ? rec->text : "", (int)rec->text_len, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return db_err(s, err, "cannot insert the document");
	seq = sqlite3_last_insert_rowid(s->db);

	if ((rc = prep(s, "INSERT INTO extractions(doc_id, json) VALUES (?, ?)", &st, err)))
		return rc;
	bind_text(st, 1, rec->id);
	sqlite3_bind_text(st, 2, rec->json, (int)rec->json_len, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return db_err(s, err, "cannot insert the extraction");

	if ((rc = prep(s, "INSERT INTO docs_fts(rowid, body) VALUES (?, ?)", &st, err)))
		return rc;
	sqlite3_bind_int64(st, 1, seq);
	bind_text(st, 2, rec->fts ? rec->fts : "");
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return db_err(s, err, "cannot index the document");
	return 0;
}

static int put_events(struct sqlite_store *s, const struct rasd_store_rec *rec, rasd_err *err)
{
	sqlite3_stmt *st = NULL;
	size_t i;
	int rc;

	if ((rc = prep(s, "INSERT OR REPLACE INTO events(doc_id, n, event_type, sub_event_type,"
		       " date, date_last, place_id, place_name, admin1, lat, lon,"
		       " fatalities_best, actors, blk, day_lo, day_hi, wide)"
		       " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", &st, err)))
		return rc;
	for (i = 0; i < rec->nevents; i++) {
		const struct rasd_store_event *e = &rec->events[i];

		sqlite3_reset(st);
		bind_text(st, 1, rec->id);
		sqlite3_bind_int(st, 2, e->n);
		bind_text(st, 3, e->event_type);
		bind_text(st, 4, e->sub_event_type);
		bind_text(st, 5, e->date);
		bind_text(st, 6, e->date_last);
		bind_text(st, 7, e->place_id);
		bind_text(st, 8, e->place_name);
		bind_text(st, 9, e->admin1);
		if (e->has_geo) {
			sqlite3_bind_double(st, 10, e->lat);
			sqlite3_bind_double(st, 11, e->lon);
		} else {
			sqlite3_bind_null(st, 10);
			sqlite3_bind_null(st, 11);
		}
		if (e->fatalities_best >= 0)
			sqlite3_bind_int64(st, 12, e->fatalities_best);
		else
			sqlite3_bind_null(st, 12);
		bind_text(st, 13, e->actors);
		bind_text(st, 14, e->blk ? e->blk : "");
		if (e->day_lo != INT64_MIN) {
			sqlite3_bind_int64(st, 15, e->day_lo);
			sqlite3_bind_int64(st, 16, e->day_hi);
		} else {
			sqlite3_bind_null(st, 15);
			sqlite3_bind_null(st, 16);
		}
		sqlite3_bind_int(st, 17, e->wide);
		if (sqlite3_step(st) != SQLITE_DONE) {
			sqlite3_finalize(st);
			return db_err(s, err, "cannot insert an event");
		}
	}
	sqlite3_finalize(st);
	return 0;
}

static int put_claims(struct sqlite_store *s, const struct rasd_store_rec *rec, rasd_err *err)
{
	sqlite3_stmt *st = NULL;
	size_t i;
	int rc;

	if ((rc = prep(s, "INSERT INTO claims(doc_id, n, kind, value, value_hi, qualifier,"
		       " who, source_id, source_name, denied, span_start, span_end)"
		       " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", &st, err)))
		return rc;
	for (i = 0; i < rec->nclaims; i++) {
		const struct rasd_store_claim *c = &rec->claims[i];

		sqlite3_reset(st);
		bind_text(st, 1, rec->id);
		sqlite3_bind_int(st, 2, c->n);
		bind_text(st, 3, c->kind);
		sqlite3_bind_int64(st, 4, c->value);
		sqlite3_bind_int64(st, 5, c->value_hi);
		bind_text(st, 6, c->qualifier);
		bind_text(st, 7, c->who);
		bind_text(st, 8, c->source_id);
		bind_text(st, 9, c->source_name);
		sqlite3_bind_int(st, 10, c->denied);
		sqlite3_bind_int64(st, 11, c->span_start);
		sqlite3_bind_int64(st, 12, c->span_end);
		if (sqlite3_step(st) != SQLITE_DONE) {
			sqlite3_finalize(st);
			return db_err(s, err, "cannot insert a claim");
		}
	}
	sqlite3_finalize(st);
	return 0;
}

static int put_rows(struct sqlite_store *s, const struct rasd_store_rec *rec,
		    int *result, rasd_err *err)
{
	sqlite3_stmt *st = NULL;
	int rc;

	if ((rc = replace_old(s, rec, result, err)) || *result == RASD_PUT_UNCHANGED)
		return rc;
	if ((rc = put_document(s, rec, err)) || (rc = put_events(s, rec, err)) ||
	    (rc = rasdp_store_put_sides(&s->base, rec, err)) || (rc = put_claims(s, rec, err)))
		return rc;

	/* The pending flag: cleared by the incident update that covers it. */
	if ((rc = prep(s, "INSERT INTO incidents_pending(doc_id) VALUES (?)", &st, err)))
		return rc;
	bind_text(st, 1, rec->id);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return db_err(s, err, "cannot mark the document pending");
	return 0;
}

static int sq_put(struct rasd_store *base, const struct rasd_store_rec *rec,
		  int *result, rasd_err *err)
{
	struct sqlite_store *s = (struct sqlite_store *)base;
	int rc;

	if ((rc = exec(s, "BEGIN IMMEDIATE", err)))
		return rc;
	rc = put_rows(s, rec, result, err);
	if (rc) {
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
		return rc;
	}
	return exec(s, "COMMIT", err);
}

/* ---- get ------------------------------------------------------------- */

static int sq_get(struct rasd_store *base, const char *id,
		  struct rasd_store_document *out, rasd_err *err)
{
	struct sqlite_store *s = (struct sqlite_store *)base;
	sqlite3_stmt *st;
	int rc;

	memset(out, 0, sizeof(*out));
	if ((rc = prep(s, "SELECT d.id, d.hash, d.outlet, d.url, d.lang, d.published,"
		       " d.title, d.ingested_at, d.text, x.json FROM documents d"
		       " LEFT JOIN extractions x ON x.doc_id = d.id WHERE d.id = ?", &st, err)))
		return rc;
	bind_text(st, 1, id);
	rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		sqlite3_finalize(st);
		if (rc == SQLITE_DONE)
			return rasdp_err(err, RASD_ENOTFOUND, -1, 0, "no document '%s'", id);
		return db_err(s, err, "cannot read the document");
	}
	out->id = col_dup(st, 0);
	out->hash = col_dup(st, 1);
	out->outlet = col_dup(st, 2);
	out->url = col_dup(st, 3);
	out->lang = col_dup(st, 4);
	out->published = col_dup(st, 5);
	out->title = col_dup(st, 6);
	out->ingested_at = col_dup(st, 7);
	out->text_len = (size_t)sqlite3_column_bytes(st, 8);
	out->text = malloc(out->text_len + 1);
	if (out->text) {
		if (out->text_len)
			memcpy(out->text, sqlite3_column_blob(st, 8), out->text_len);
		out->text[out->text_len] = '\0';
	}
	out->json = col_dup(st, 9);
	sqlite3_finalize(st);
	if (!out->id || !out->text) {
		rasdp_store_document_release(out);
		return rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
	}
	return 0;
}

static int sq_each_extraction(struct rasd_store *base, const char *from, const char *to,
			      rasd_store_json_cb cb, void *ctx, rasd_err *err)
{
	struct sqlite_store *s = (struct sqlite_store *)base;
	sqlite3_stmt *st;
	int rc;

	if (from && to)
		rc = prep(s, "SELECT x.doc_id, x.json, d.text FROM extractions x"
			  " JOIN documents d ON d.id = x.doc_id WHERE EXISTS (SELECT 1 FROM"
			  " events e WHERE e.doc_id = x.doc_id AND"
			  " coalesce(e.date_last, e.date) >= ?1 AND e.date <= ?2)"
			  " ORDER BY x.doc_id", &st, err);
	else
		rc = prep(s, "SELECT x.doc_id, x.json, d.text FROM extractions x"
			  " JOIN documents d ON d.id = x.doc_id ORDER BY x.doc_id", &st, err);
	if (rc)
		return rc;
	if (from && to) {
		bind_text(st, 1, from);
		bind_text(st, 2, to);
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int stop = cb(ctx, col_text(st, 0), col_text(st, 1), col_text(st, 2));

		if (stop) {
			sqlite3_finalize(st);
			return stop;
		}
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return db_err(s, err, "cannot read extractions");
	return 0;
}

static int sq_replace_incidents(struct rasd_store *base, const char *from, const char *to,
				const struct rasd_store_incident *incs, size_t n,
				rasd_err *err)
{
	struct sqlite_store *s = (struct sqlite_store *)base;
	sqlite3_stmt *st = NULL, *del = NULL, *mem = NULL;
	size_t i, j;
	int rc;

	if ((rc = exec(s, "BEGIN IMMEDIATE", err)))
		return rc;
	if (from && to) {
		rc = prep(s, "DELETE FROM incidents WHERE date IS NOT NULL AND"
			  " coalesce(date_last, date) >= ? AND date <= ?", &st, err);
		if (!rc) {
			bind_text(st, 1, from);
			bind_text(st, 2, to);
		}
	} else {
		rc = prep(s, "DELETE FROM incidents", &st, err);
	}
	if (rc)
		goto fail;
	if (sqlite3_step(st) != SQLITE_DONE) {
		rc = db_err(s, err, "cannot delete incidents");
		goto fail;
	}
	sqlite3_finalize(st);
	st = NULL;
	if ((rc = prep(s, "INSERT OR REPLACE INTO incidents(id, date, date_last, json)"
		       " VALUES (?,?,?,?)", &st, err)) ||
	    (rc = prep(s, "DELETE FROM incident_members WHERE incident_id = ?", &del, err)) ||
	    (rc = prep(s, "INSERT INTO incident_members(incident_id, doc_id, n)"
		       " VALUES (?,?,?)", &mem, err)))
		goto fail;
	for (i = 0; i < n; i++) {
		sqlite3_reset(del);
		bind_text(del, 1, incs[i].id);
		if (sqlite3_step(del) != SQLITE_DONE) {
			rc = db_err(s, err, "cannot delete incident members");
			goto fail;
		}
		sqlite3_reset(st);
		bind_text(st, 1, incs[i].id);
		bind_text(st, 2, incs[i].date);
		bind_text(st, 3, incs[i].date_last);
		bind_text(st, 4, incs[i].json);
		if (sqlite3_step(st) != SQLITE_DONE) {
			rc = db_err(s, err, "cannot insert an incident");
			goto fail;
		}
		for (j = 0; j < incs[i].nmembers; j++) {
			sqlite3_reset(mem);
			bind_text(mem, 1, incs[i].id);
			bind_text(mem, 2, incs[i].member_docs[j]);
			sqlite3_bind_int(mem, 3, incs[i].member_n[j]);
			if (sqlite3_step(mem) != SQLITE_DONE) {
				rc = db_err(s, err, "cannot insert an incident member");
				goto fail;
			}
		}
	}
	sqlite3_finalize(st);
	sqlite3_finalize(del);
	sqlite3_finalize(mem);
	return exec(s, "COMMIT", err);
fail:
	sqlite3_finalize(st);
	sqlite3_finalize(del);
	sqlite3_finalize(mem);
	sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	return rc;
}

static int sq_count(struct rasd_store *base, const char *table, int64_t *out, rasd_err *err)
{
	static const char *const tables[] = { "documents", "events", "claims", "incidents",
					      "extractions", "incident_members" };
	struct sqlite_store *s = (struct sqlite_store *)base;
	char sql[96];
	sqlite3_stmt *st;
	size_t i;
	int rc;

	for (i = 0; i < sizeof(tables) / sizeof(tables[0]); i++)
		if (!strcmp(table, tables[i]))
			break;
	if (i == sizeof(tables) / sizeof(tables[0]))
		return rasdp_err(err, RASD_EINVAL, -1, 0, "no table '%s'", table);
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM %s", tables[i]);
	if ((rc = prep(s, sql, &st, err)))
		return rc;
	rc = sqlite3_step(st);
	*out = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : db_err(s, err, "cannot count rows");
}

static int sq_query(struct rasd_store *base, const char *sql, int nparams,
		    const char *const *params,
		    int (*row)(void *ctx, int ncols, const char *const *vals), void *ctx,
		    rasd_err *err)
{
	struct sqlite_store *s = (struct sqlite_store *)base;
	const char *vals[32];
	sqlite3_stmt *st;
	int rc, i, ncols;

	if ((rc = prep(s, sql, &st, err)))
		return rc;
	for (i = 0; i < nparams; i++) {
		char name[16];
		int k;

		snprintf(name, sizeof(name), "$%d", i + 1);
		k = sqlite3_bind_parameter_index(st, name);
		if (k > 0)
			bind_text(st, k, params[i]);
	}
	ncols = sqlite3_column_count(st);
	if (ncols > 32)
		ncols = 32;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int stop;

		for (i = 0; i < ncols; i++)
			vals[i] = col_text(st, i);
		stop = row ? row(ctx, ncols, vals) : 0;
		if (stop) {
			sqlite3_finalize(st);
			return stop;
		}
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return db_err(s, err, "cannot run a query");
	return 0;
}

static int sq_get_incident(struct rasd_store *base, const char *id, char **json,
			   rasd_err *err)
{
	struct sqlite_store *s = (struct sqlite_store *)base;
	sqlite3_stmt *st;
	int rc;

	*json = NULL;
	if ((rc = prep(s, "SELECT json FROM incidents WHERE id = ?", &st, err)))
		return rc;
	bind_text(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*json = col_dup(st, 0);
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE)
		return rasdp_err(err, RASD_ENOTFOUND, -1, 0, "no incident '%s'", id);
	if (rc != SQLITE_ROW)
		return db_err(s, err, "cannot read the incident");
	return *json ? 0 : rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
}

static void sq_close(struct rasd_store *base)
{
	struct sqlite_store *s = (struct sqlite_store *)base;

	sqlite3_close(s->db);
	free(s->base.where);
	free(s);
}

static const struct rasd_store_ops sqlite_ops = {
	"sqlite",
	sq_put,
	sq_get,
	rasdp_sq_query_events,
	sq_replace_incidents,
	rasdp_sq_get_incidents,
	sq_each_extraction,
	sq_count,
	sq_close,
	sq_query,
	sq_get_incident,
};

/*
 * Check the schema version; bring a version 1 store to this version (the
 * events' block columns, the pending table; every report pending), and a
 * version 2 store (its events' side blocks).
 */
static int check_version(struct sqlite_store *s, rasd_err *err)
{
	sqlite3_stmt *st;
	int rc, v = 0;
	char buf[16];

	if ((rc = prep(s, "SELECT value FROM meta WHERE key = 'schema_version'", &st, err)))
		return rc;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	if (v > RASD_STORE_SCHEMA_VERSION || v < 0 || (rc == SQLITE_ROW && v == 0))
		return rasdp_err(err, RASD_ESTORE, -1, 0,
				 "store '%s' has schema version %d, this rasd uses %d",
				 s->base.where, v, RASD_STORE_SCHEMA_VERSION);
	if (v == 1 && (exec(s, migrate1_sql, err) || exec(s, schema2_sql, err) ||
		       rasdp_store_backfill_blocks(&s->base, err) ||
		       rasdp_store_pending_all(&s->base, err)))
		return RASD_ESTORE;
	if (v == RASD_STORE_SCHEMA_VERSION)
		return exec(s, schema2_sql, err) || rasdp_store_span_init(&s->base, err) ? RASD_ESTORE : 0;
	if ((rc = exec(s, schema2_sql, err)))
		return rc;
	/* versions 1 and 2: the side blocks of the stored events */
	if ((v == 1 || v == 2) && rasdp_store_backfill_sides(&s->base, err))
		return RASD_ESTORE;
	if ((rc = prep(s, "INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)",
		       &st, err)))
		return rc;
	snprintf(buf, sizeof(buf), "%d", RASD_STORE_SCHEMA_VERSION);
	bind_text(st, 1, buf);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : db_err(s, err, "cannot write the schema version");
}

struct rasd_store *rasdp_store_sqlite_open(const char *path, unsigned flags, rasd_err *err)
{
	struct sqlite_store *s = calloc(1, sizeof(*s));
	int oflags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX;

	if (!s) {
		rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
		return NULL;
	}
	s->base.ops = &sqlite_ops;
	s->base.dialect = RASD_SQL_SQLITE;
	s->base.where = strdup(path);
	if (!s->base.where) {
		free(s);
		rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
		return NULL;
	}
	if (!(flags & RASD_STORE_EXISTING))
		oflags |= SQLITE_OPEN_CREATE;
	if (sqlite3_open_v2(path, &s->db, oflags, NULL) != SQLITE_OK) {
		if (flags & RASD_STORE_EXISTING)
			rasdp_err(err, RASD_ENOTFOUND, -1, 0, "no store at '%s'", path);
		else
			rasdp_err(err, RASD_ESTORE, -1, 0, "cannot open '%s': %s", path,
				  s->db ? sqlite3_errmsg(s->db) : "out of memory");
		sqlite3_close(s->db);
		free(s->base.where);
		free(s);
		return NULL;
	}
	sqlite3_busy_timeout(s->db, 10000);
	if (flags & RASD_STORE_EXISTING) {
		sqlite3_stmt *st;
		int found = 0;

		if (prep(s, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'",
			 &st, err) == 0) {
			found = sqlite3_step(st) == SQLITE_ROW;
			sqlite3_finalize(st);
		}
		if (!found) {
			rasdp_err(err, RASD_ENOTFOUND, -1, 0, "'%s' is not a rasd store", path);
			sq_close(&s->base);
			return NULL;
		}
	}
	if (exec(s, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
		 " PRAGMA foreign_keys=ON;", err) ||
	    exec(s, "BEGIN IMMEDIATE", err))
		goto fail;
	if (exec(s, schema_sql, err) || check_version(s, err)) {
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
		goto fail;
	}
	if (exec(s, "COMMIT", err))
		goto fail;
	return &s->base;
fail:
	if (err && !strstr(err->msg, "schema version") && err->code != RASD_ENOTFOUND) {
		char msg[sizeof(err->msg)];

		memcpy(msg, err->msg, sizeof(msg));
		snprintf(err->msg, sizeof(err->msg), "cannot open '%.100s': %.120s", path, msg);
	}
	sq_close(&s->base);
	return NULL;
}
