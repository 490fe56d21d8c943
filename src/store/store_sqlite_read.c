/*
 * store_sqlite_read.c - the SQLite backend's reads with filters: events
 * (with their report's outlet and title) and incidents, by dates,
 * governorate, type, actor and full text (the FTS5 table docs_fts).
 *
 * Every statement binds its values; SQL text is assembled from constant
 * fragments and integers (limits, offsets, row ids read from the store).
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

/* ---- filters --------------------------------------------------------- */

/*
 * An FTS5 query: every term as a quoted string, all required; *out NULL
 * for a query of no word.  0 or a rasd_status.
 */
static int fts_query(const char *q, char **out)
{
	size_t n, i;
	char *terms, *t;
	struct rasd_buf b = RASD_BUF_INIT;
	int rc = rasdp_store_fts_terms(q, &terms, &n);

	*out = NULL;
	if (rc)
		return rc;
	for (i = 0, t = terms; i < n; i++, t += strlen(t) + 1) {
		const char *p;

		if (b.len)
			rasd_buf_addch(&b, ' ');
		rasd_buf_addch(&b, '"');
		for (p = t; *p; p++) {
			if (*p == '"')
				rasd_buf_addch(&b, '"');
			rasd_buf_addch(&b, *p);
		}
		rasd_buf_addch(&b, '"');
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

/*
 * Append "AND ..." conditions on events `e` and documents `d` for `f` to
 * `sql`, collecting their parameters in `params` (at most 6).  With
 * `probe`, the text condition is a test of each row's report, never a
 * search of documents by it (the events come in index order).
 */
static int add_conditions(struct rasd_buf *sql, const struct rasd_store_filter *f,
			  const char **params, int *np, char **fq, int probe)
{
	*fq = NULL;
	if (f->from) {
		rasd_buf_adds(sql, " AND coalesce(e.date_last, e.date) >= ?");
		params[(*np)++] = f->from;
	}
	if (f->to) {
		rasd_buf_adds(sql, " AND e.date <= ?");
		params[(*np)++] = f->to;
	}
	if (f->admin1) {
		rasd_buf_adds(sql, " AND e.admin1 = ? COLLATE NOCASE");
		params[(*np)++] = f->admin1;
	}
	if (f->event_type) {
		rasd_buf_adds(sql, " AND e.event_type = ? COLLATE NOCASE");
		params[(*np)++] = f->event_type;
	}
	if (f->actor) {
		rasd_buf_adds(sql, " AND e.actors LIKE '% ' || ? || ' %'");
		params[(*np)++] = f->actor;
	}
	if (f->q && *f->q) {
		int rc = fts_query(f->q, fq);

		if (rc)
			return rc;
		if (*fq) {
			rasd_buf_adds(sql, probe ? " AND +d.seq IN (SELECT rowid FROM docs_fts"
				      " WHERE docs_fts MATCH ?)" : " AND d.seq IN (SELECT rowid FROM"
				      " docs_fts WHERE docs_fts MATCH ?)");
			params[(*np)++] = *fq;
		}
	}
	return 0;
}

/* Prepare `sql`, unless building it failed: a query cut short is never run. */
static int prep_built(struct sqlite_store *s, int rc, const struct rasd_buf *sql,
		      sqlite3_stmt **st, rasd_err *err)
{
	if (!rc)
		rc = sql->err;
	if (rc)
		return rasdp_err(err, rc, -1, 0, "cannot build the query: %s", rasd_strerror(rc));
	return prep(s, sql->buf, st, err);
}

/*
 * Prepare `sql` with the page `f` asks for (LIMIT and OFFSET when it has a
 * limit) and bind the filter's np parameters; `sql` is released.
 */
static int prep_page(struct sqlite_store *s, int rc, struct rasd_buf *sql,
		     const struct rasd_store_filter *f, const char *const *params, int np,
		     sqlite3_stmt **st, rasd_err *err)
{
	int i;

	if (f->limit > 0)
		rasd_buf_addf(sql, " LIMIT %ld OFFSET %ld", f->limit, f->offset > 0 ? f->offset : 0);
	rc = prep_built(s, rc, sql, st, err);
	rasd_buf_release(sql);
	for (i = 0; !rc && i < np; i++)
		bind_text(*st, i + 1, params[i]);
	return rc;
}

#define EVENT_COLUMNS "SELECT e.doc_id, e.n, e.event_type, e.sub_event_type, e.date," \
	" e.date_last, e.place_id, e.place_name, e.admin1, e.lat, e.lon," \
	" e.fatalities_best, e.actors, d.outlet, d.title, d.url, d.published" \
	" FROM events e JOIN documents d ON d.id = e.doc_id WHERE 1"

/* Step `st` (EVENT_COLUMNS) to its end, giving each row to `cb`. */
static int event_rows(struct sqlite_store *s, sqlite3_stmt *st, rasd_store_event_cb cb,
		      void *ctx, rasd_err *err)
{
	int rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct rasd_store_event_row row;
		int stop;

		memset(&row, 0, sizeof(row));
		row.doc_id = col_text(st, 0);
		row.ev.n = sqlite3_column_int(st, 1);
		row.ev.event_type = col_text(st, 2);
		row.ev.sub_event_type = col_text(st, 3);
		row.ev.date = col_text(st, 4);
		row.ev.date_last = col_text(st, 5);
		row.ev.place_id = col_text(st, 6);
		row.ev.place_name = col_text(st, 7);
		row.ev.admin1 = col_text(st, 8);
		row.ev.has_geo = sqlite3_column_type(st, 9) != SQLITE_NULL;
		row.ev.lat = sqlite3_column_double(st, 9);
		row.ev.lon = sqlite3_column_double(st, 10);
		row.ev.fatalities_best = sqlite3_column_type(st, 11) == SQLITE_NULL ? -1 :
					 sqlite3_column_int64(st, 11);
		row.ev.actors = col_text(st, 12);
		row.outlet = col_text(st, 13);
		row.title = col_text(st, 14);
		row.url = col_text(st, 15);
		row.published = col_text(st, 16);
		stop = cb(ctx, &row);
		if (stop)
			return stop;
	}
	if (rc != SQLITE_DONE)
		return db_err(s, err, "cannot read events");
	return 0;
}

/*
 * The progress handler of a page read in index order: past its budget of
 * virtual machine steps (in thousands) the statement stops (SQLITE_INTERRUPT).
 */
static int over_budget(void *ctx)
{
	long *left = ctx;

	return --*left < 0;
}

/* How many reports the text search `fq` matches; -1 on error. */
static long fts_count(struct sqlite_store *s, const char *fq)
{
	sqlite3_stmt *st;
	long n = -1;

	if (prep(s, "SELECT count(*) FROM docs_fts WHERE docs_fts MATCH ?", &st, NULL))
		return -1;
	bind_text(st, 1, fq);
	if (sqlite3_step(st) == SQLITE_ROW)
		n = (long)sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}

/*
 * A page of a text search (limit > 0) in the result order itself: walk
 * the events by (date, doc_id, n) and test each one's report against the
 * reports the text matches, until the page is full.  That reads about
 * limit x events / matches events, so a common word (a town named in one
 * report in ten) costs a few hundred rows where sorting every match reads
 * tens of thousands (on a million reports, 17 ms of CPU against 1.2 s).
 * A rare word would have the walk read the whole table, so the walk gets
 * as many steps as sorting the matches would take (about 20 per match,
 * counted first) and past them stops with *fallback set: the caller sorts
 * the matches instead, so a page never costs more than twice the cheaper
 * way.  The page's row ids come first; the rows themselves are then read
 * and given to `cb` in the same order.
 */
static int events_page(struct sqlite_store *s, const struct rasd_store_filter *f,
		       rasd_store_event_cb cb, void *ctx, int *fallback, rasd_err *err)
{
	struct rasd_buf sql, ids;
	const char *params[8];
	int np = 0, rc, nids = 0;
	long left;
	char *fq = NULL;
	sqlite3_stmt *st;

	*fallback = 1;
	if (fts_query(f->q, &fq) || !fq || (left = fts_count(s, fq)) <= 0) {
		free(fq);
		return 0;
	}
	free(fq);
	left = 50 + left / 50;
	rasd_buf_init(&sql, 0);
	rasd_buf_adds(&sql, "SELECT e.rowid FROM events e INDEXED BY events_order"
		      " CROSS JOIN documents d ON d.id = e.doc_id WHERE 1");
	rc = add_conditions(&sql, f, params, &np, &fq, 1);
	rasd_buf_adds(&sql, " ORDER BY e.date, e.doc_id, e.n");
	rc = prep_page(s, rc, &sql, f, params, np, &st, err);
	if (rc) {
		free(fq);
		return rc;
	}
	rasd_buf_init(&ids, 0);
	sqlite3_progress_handler(s->db, 1000, over_budget, &left);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		rasd_buf_addf(&ids, "%s%lld", nids++ ? "," : "", (long long)sqlite3_column_int64(st, 0));
	sqlite3_progress_handler(s->db, 0, NULL, NULL);
	sqlite3_finalize(st);
	free(fq);
	if (rc != SQLITE_DONE || ids.err) {
		rasd_buf_release(&ids);
		return rc == SQLITE_INTERRUPT || rc == SQLITE_DONE ? 0 : db_err(s, err, "cannot read events");
	}
	*fallback = 0;
	if (!nids) {
		rasd_buf_release(&ids);
		return 0;
	}
	rasd_buf_init(&sql, 0);
	rasd_buf_adds(&sql, EVENT_COLUMNS);
	rasd_buf_addf(&sql, " AND e.rowid IN (%s) ORDER BY e.date, e.doc_id, e.n", ids.buf);
	rasd_buf_release(&ids);
	rc = prep_built(s, 0, &sql, &st, err);
	rasd_buf_release(&sql);
	if (rc)
		return rc;
	rc = event_rows(s, st, cb, ctx, err);
	sqlite3_finalize(st);
	return rc;
}

int rasdp_sq_query_events(struct rasd_store *base, const struct rasd_store_filter *f,
			  rasd_store_event_cb cb, void *ctx, rasd_err *err)
{
	struct sqlite_store *s = (struct sqlite_store *)base;
	struct rasd_buf sql;
	const char *params[8];
	int np = 0, rc;
	char *fq = NULL;
	sqlite3_stmt *st;

	if (f->q && *f->q && f->limit > 0) {
		int fallback;

		rc = events_page(s, f, cb, ctx, &fallback, err);
		if (rc || !fallback)
			return rc;
	}
	rasd_buf_init(&sql, 0);
	rasd_buf_adds(&sql, EVENT_COLUMNS);
	rc = add_conditions(&sql, f, params, &np, &fq, 0);
	rasd_buf_adds(&sql, " ORDER BY e.date, e.doc_id, e.n");
	rc = prep_page(s, rc, &sql, f, params, np, &st, err);
	if (rc) {
		free(fq);
		return rc;
	}
	rc = event_rows(s, st, cb, ctx, err);
	sqlite3_finalize(st);
	free(fq);
	return rc;
}

int rasdp_sq_get_incidents(struct rasd_store *base, const struct rasd_store_filter *f,
			   rasd_store_json_cb cb, void *ctx, rasd_err *err)
{
	struct sqlite_store *s = (struct sqlite_store *)base;
	struct rasd_buf sql;
	const char *params[8];
	int np = 0, rc;
	char *fq = NULL;
	sqlite3_stmt *st;
	struct rasd_store_filter g = *f;

	char floor[16];

	rasd_buf_init(&sql, 0);
	rasd_buf_adds(&sql, "SELECT i.id, i.json FROM incidents i WHERE 1");
	if (f->from) {
		rasd_buf_adds(&sql, " AND coalesce(i.date_last, i.date) >= ?");
		params[np++] = f->from;
		if (rasdp_store_incident_floor(base, f->from, floor)) {
			rasd_buf_adds(&sql, " AND i.date >= ?");
			params[np++] = floor;
		}
	}
	if (f->to) {
		rasd_buf_adds(&sql, " AND i.date <= ?");
		params[np++] = f->to;
	}
	g.from = g.to = NULL;
	rc = 0;
	if (g.admin1 || g.event_type || g.actor || (g.q && *g.q)) {
		rasd_buf_adds(&sql, " AND EXISTS (SELECT 1 FROM incident_members m"
			      " JOIN events e ON e.doc_id = m.doc_id AND e.n = m.n"
			      " JOIN documents d ON d.id = e.doc_id"
			      " WHERE m.incident_id = i.id");
		rc = add_conditions(&sql, &g, params, &np, &fq, 0);
		rasd_buf_adds(&sql, ")");
	}
	rasd_buf_adds(&sql, " ORDER BY i.date, i.id");
	rc = prep_page(s, rc, &sql, f, params, np, &st, err);
	if (rc) {
		free(fq);
		return rc;
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int stop = cb(ctx, col_text(st, 0), col_text(st, 1), NULL);

		if (stop) {
			sqlite3_finalize(st);
			free(fq);
			return stop;
		}
	}
	sqlite3_finalize(st);
	free(fq);
	if (rc != SQLITE_DONE)
		return db_err(s, err, "cannot read incidents");
	return 0;
}

