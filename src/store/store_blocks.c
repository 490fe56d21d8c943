/*
 * store_blocks.c - what an incident update by block asks of the store
 * (src/incident/recompute.c): the pending reports, the events of a block
 * and date window, the stored incidents of some reports, and one
 * transaction per update that locks the blocks it rewrites.
 *
 * Every operation here is one SQL statement over the backends' `query`
 * primitive, written once per dialect side by side, so the two backends
 * cannot drift apart.  Lists of ids travel as one JSON array parameter
 * (json_each in SQLite, json_array_elements_text in PostgreSQL): one
 * statement whatever the length of the list, and no SQL is ever built
 * from values.
 *
 * Locking.  SQLite serialises every writer of a file with its write lock,
 * and an update holds it (BEGIN IMMEDIATE) from the moment it reads the
 * block to its commit, so what it read is what it replaces.  PostgreSQL
 * lets many processes write at once: an update takes a transaction-level
 * advisory lock per block, always in sorted order, and reads the block
 * only once it holds them; two updates of one block then run one after
 * the other, and the second reads what the first wrote.  A block found
 * to be needed later is only tried (pg_try_advisory_xact_lock): when
 * another process holds it the caller rolls back and starts again with
 * every block in order, so no two updates ever wait on each other.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "doc.h"
#include "io/extraction.h"
#include "store/store.h"
#include "base/banned.h"

/* RASD_STORE_WIDE_DAYS as SQL text: a narrow window starts at most that many days before */
#define SQL_TEXT_(x) #x
#define SQL_TEXT(x) SQL_TEXT_(x)
#define WIDE_DAYS SQL_TEXT(RASD_STORE_WIDE_DAYS)

/* Advisory lock class of the blocks (store_pg.c has the others). */
#define LOCK_BLOCK "7361247"

int rasdp_store_query(struct rasd_store *s, const char *sql_sqlite, const char *sql_pg,
		      int nparams, const char *const *params, rasd_store_row_cb row,
		      void *ctx, rasd_err *err)
{
	return s->ops->query(s, s->dialect == RASD_SQL_PG ? sql_pg : sql_sqlite, nparams,
			     params, row, ctx, err);
}

/* The id list of a statement, in each dialect. */
#define IDS_SQLITE(p) "(SELECT value FROM json_each(" p "))"
#define IDS_PG(p) "(SELECT json_array_elements_text(" p "::json))"

int rasdp_store_pending_events(struct rasd_store *s, rasd_store_row_cb row, void *ctx,
			       rasd_err *err)
{
	return rasdp_store_query(s,
		"SELECT p.seq, p.doc_id, e.n, e.blk, e.day_lo, e.day_hi, e.wide"
		" FROM incidents_pending p LEFT JOIN events e ON e.doc_id = p.doc_id"
		" ORDER BY e.blk, e.wide, e.day_lo, p.doc_id, e.n, p.seq",
		"SELECT p.seq, p.doc_id, e.n, e.blk, e.day_lo, e.day_hi, e.wide"
		" FROM incidents_pending p LEFT JOIN events e ON e.doc_id = p.doc_id"
		" ORDER BY e.blk COLLATE \"C\" NULLS FIRST, e.wide NULLS FIRST,"
		" e.day_lo NULLS FIRST, p.doc_id COLLATE \"C\", e.n NULLS FIRST, p.seq",
		0, NULL, row, ctx, err);
}

static int count_row(void *ctx, int ncols, const char *const *vals)
{
	*(int64_t *)ctx = ncols > 0 && vals[0] ? strtoll(vals[0], NULL, 10) : 0;
	return 0;
}

int rasdp_store_pending_count(struct rasd_store *s, int64_t *out, rasd_err *err)
{
	*out = 0;
	return rasdp_store_query(s, "SELECT count(*) FROM incidents_pending",
				 "SELECT count(*) FROM incidents_pending", 0, NULL, count_row,
				 out, err);
}

int rasdp_store_pending_done(struct rasd_store *s, const char *seqs_json, rasd_err *err)
{
	const char *p[1] = { seqs_json };

	return rasdp_store_query(s,
		"DELETE FROM incidents_pending WHERE seq IN " IDS_SQLITE("$1"),
		"DELETE FROM incidents_pending WHERE seq IN"
		" (SELECT (json_array_elements_text($1::json))::bigint)",
		1, p, NULL, NULL, err);
}

int rasdp_store_pending_all(struct rasd_store *s, rasd_err *err)
{
	return rasdp_store_query(s,
		"INSERT INTO incidents_pending(doc_id) SELECT id FROM documents",
		"INSERT INTO incidents_pending(doc_id) SELECT id FROM documents",
		0, NULL, NULL, NULL, err);
}

int rasdp_store_incidents_reset(struct rasd_store *s, rasd_err *err)
{
	int rc = rasdp_store_update_begin(s, NULL, 0, err);

	if (rc)
		return rc;
	/* members go first: PostgreSQL's foreign key would cascade, one by one */
	rc = rasdp_store_query(s, "DELETE FROM incident_members", "DELETE FROM incident_members",
			       0, NULL, NULL, NULL, err);
	if (!rc)
		rc = rasdp_store_query(s, "DELETE FROM incidents", "DELETE FROM incidents",
				       0, NULL, NULL, NULL, err);
	if (!rc)
		rc = rasdp_store_query(s, "DELETE FROM incidents_pending",
				       "DELETE FROM incidents_pending", 0, NULL, NULL, NULL, err);
	if (!rc)
		rc = rasdp_store_pending_all(s, err);
	if (rc) {
		rasdp_store_update_end(s, 0, NULL);
		return rc;
	}
	return rasdp_store_update_end(s, 1, err);
}

int rasdp_store_doc_blocks(struct rasd_store *s, const char *ids_json,
			   rasd_store_row_cb row, void *ctx, rasd_err *err)
{
	const char *p[1] = { ids_json };

	return rasdp_store_query(s,
		"SELECT doc_id, n, blk, day_lo, day_hi, wide, -1 FROM events"
		" WHERE doc_id IN " IDS_SQLITE("$1")
		" UNION ALL SELECT doc_id, n, 's:' || side, day_lo, day_hi, 0, 1 - placed"
		" FROM event_sides WHERE doc_id IN " IDS_SQLITE("$1"),
		"SELECT doc_id, n, blk, day_lo, day_hi, wide, -1 FROM events"
		" WHERE doc_id IN " IDS_PG("$1")
		" UNION ALL SELECT doc_id, n, 's:' || side, day_lo, day_hi, 0, 1 - placed"
		" FROM event_sides WHERE doc_id IN " IDS_PG("$1"),
		1, p, row, ctx, err);
}

int rasdp_store_side_docs(struct rasd_store *s, const char *side, int placed, int64_t lo,
			  int64_t hi, rasd_store_row_cb row, void *ctx, rasd_err *err)
{
	char blo[32], bhi[32];
	const char *p[4] = { side, placed ? "1" : "0", blo, bhi };

	snprintf(blo, sizeof(blo), "%lld", (long long)lo);
	snprintf(bhi, sizeof(bhi), "%lld", (long long)hi);
	/* side rows are never wide: a window starts at most WIDE_DAYS before the region */
	return rasdp_store_query(s,
		"SELECT DISTINCT doc_id FROM event_sides WHERE side = $1"
		" AND placed = CAST($2 AS INTEGER)"
		" AND day_lo BETWEEN CAST($3 AS BIGINT) - " WIDE_DAYS " AND CAST($4 AS BIGINT)"
		" AND day_hi >= CAST($3 AS BIGINT)",
		"SELECT DISTINCT doc_id FROM event_sides WHERE side = $1 AND placed = $2::int"
		" AND day_lo BETWEEN $3::bigint - " WIDE_DAYS " AND $4::bigint AND day_hi >= $3::bigint",
		4, p, row, ctx, err);
}

int rasdp_store_region_docs(struct rasd_store *s, const char *blk, int64_t lo, int64_t hi,
			    int all, rasd_store_row_cb row, void *ctx, rasd_err *err)
{
	char blo[32], bhi[32];
	const char *p[3] = { blk, blo, bhi };

	if (all)
		return rasdp_store_query(s,
			"SELECT DISTINCT doc_id FROM events WHERE blk = $1",
			"SELECT DISTINCT doc_id FROM events WHERE blk = $1",
			1, p, row, ctx, err);
	snprintf(blo, sizeof(blo), "%lld", (long long)lo);
	snprintf(bhi, sizeof(bhi), "%lld", (long long)hi);
	/*
	 * A narrow window starts at most WIDE_DAYS before the region it meets,
	 * so the index range on (blk, wide, day_lo) is short; wide events are
	 * few and are all looked at.
	 */
	return rasdp_store_query(s,
		"SELECT doc_id FROM events WHERE blk = $1 AND wide = 0"
		" AND day_lo BETWEEN CAST($2 AS BIGINT) - " WIDE_DAYS " AND CAST($3 AS BIGINT)"
		" AND day_hi >= CAST($2 AS BIGINT)"
		" UNION SELECT doc_id FROM events WHERE blk = $1 AND wide = 1 AND"
		" (day_lo IS NULL OR (day_lo <= CAST($3 AS BIGINT) AND day_hi >= CAST($2 AS BIGINT)))",
		"SELECT doc_id FROM events WHERE blk = $1 AND wide = 0"
		" AND day_lo BETWEEN $2::bigint - " WIDE_DAYS " AND $3::bigint AND day_hi >= $2::bigint"
		" UNION SELECT doc_id FROM events WHERE blk = $1 AND wide = 1 AND"
		" (day_lo IS NULL OR (day_lo <= $3::bigint AND day_hi >= $2::bigint))",
		3, p, row, ctx, err);
}

int rasdp_store_extractions(struct rasd_store *s, const char *ids_json,
			    rasd_store_row_cb row, void *ctx, rasd_err *err)
{
	const char *p[1] = { ids_json };

	return rasdp_store_query(s,
		"SELECT x.doc_id, x.json, d.text FROM extractions x JOIN documents d"
		" ON d.id = x.doc_id WHERE x.doc_id IN " IDS_SQLITE("$1"),
		"SELECT x.doc_id, x.json, d.text FROM extractions x JOIN documents d"
		" ON d.id = x.doc_id WHERE x.doc_id IN " IDS_PG("$1"),
		1, p, row, ctx, err);
}

int rasdp_store_members(struct rasd_store *s, const char *ids_json,
			rasd_store_row_cb row, void *ctx, rasd_err *err)
{
	const char *p[1] = { ids_json };

	return rasdp_store_query(s,
		"SELECT incident_id, doc_id, n FROM incident_members WHERE incident_id IN"
		" (SELECT incident_id FROM incident_members WHERE doc_id IN " IDS_SQLITE("$1") ")",
		"SELECT incident_id, doc_id, n FROM incident_members WHERE incident_id IN"
		" (SELECT incident_id FROM incident_members WHERE doc_id IN " IDS_PG("$1") ")",
		1, p, row, ctx, err);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int rasdp_store_update_begin(struct rasd_store *s, const char *const *blks, size_t n,
			     rasd_err *err)
{
	const char **sorted;
	size_t i;
	int rc;

	if (s->dialect == RASD_SQL_SQLITE) {
		rc = s->ops->query(s, "BEGIN IMMEDIATE", 0, NULL, NULL, NULL, err);
		s->in_update = !rc;
		return rc;
	}
	rc = s->ops->query(s, "BEGIN", 0, NULL, NULL, NULL, err);
	if (rc)
		return rc;
	s->in_update = 1;
	sorted = malloc((n ? n : 1) * sizeof(*sorted));
	if (!sorted) {
		rasdp_store_update_end(s, 0, NULL);
		return rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
	}
	if (n)
		memcpy(sorted, blks, n * sizeof(*sorted));
	qsort(sorted, n, sizeof(*sorted), cmp_str);
	for (i = 0; i < n && !rc; i++) {
		const char *p[1] = { sorted[i] };

		if (i && !strcmp(sorted[i], sorted[i - 1]))
			continue;
		rc = s->ops->query(s, "SELECT pg_advisory_xact_lock(" LOCK_BLOCK ", hashtext($1))",
				   1, p, NULL, NULL, err);
	}
	free(sorted);
	if (rc)
		rasdp_store_update_end(s, 0, NULL);
	return rc;
}

static int bool_row(void *ctx, int ncols, const char *const *vals)
{
	*(int *)ctx = ncols > 0 && vals[0] && (vals[0][0] == 't' || vals[0][0] == '1');
	return 0;
}

int rasdp_store_update_lock(struct rasd_store *s, const char *blk, rasd_err *err)
{
	const char *p[1] = { blk };
	int got = 0, rc;

	if (s->dialect == RASD_SQL_SQLITE)
		return 0;
	rc = s->ops->query(s, "SELECT pg_try_advisory_xact_lock(" LOCK_BLOCK ", hashtext($1))",
			   1, p, bool_row, &got, err);
	if (rc)
		return rc;
	return got ? 0 : 1;
}

static int64_t day_of(const char *s)
{
	struct rasd_ymd y;

	if (!s || rasdp_parse_ymd(s, &y))
		return INT64_MIN;
	return rasdp_days_from_ymd(y.y, y.m, y.d);
}

/*
 * The longest span (date_last - date, days) of any incident written, kept
 * in meta: a query for the incidents that meet [from, to] then reads only
 * those dated from `from` less that span, an index range, not every
 * incident before `to`.  It only grows, so it is always safe.
 */
static int note_span(struct rasd_store *s, const struct rasd_store_incident *incs, size_t n,
		     rasd_err *err)
{
	int64_t span = 0;
	char b[32];
	const char *p[1] = { b };
	size_t i;

	for (i = 0; i < n; i++) {
		int64_t a = day_of(incs[i].date), z = day_of(incs[i].date_last);

		if (a != INT64_MIN && z != INT64_MIN && z - a > span)
			span = z - a;
	}
	snprintf(b, sizeof(b), "%lld", (long long)span);
	return rasdp_store_query(s,
		"INSERT INTO meta(key, value) VALUES ('incident_span_max', $1)"
		" ON CONFLICT(key) DO UPDATE SET value = CAST(max(CAST(meta.value AS INTEGER),"
		" CAST(excluded.value AS INTEGER)) AS TEXT)",
		"INSERT INTO meta(key, value) VALUES ('incident_span_max', $1)"
		" ON CONFLICT(key) DO UPDATE SET value = greatest(meta.value::bigint,"
		" excluded.value::bigint)::text",
		1, p, NULL, NULL, err);
}

int rasdp_store_span_init(struct rasd_store *s, rasd_err *err)
{
	return rasdp_store_query(s,
		"INSERT INTO meta(key, value) SELECT 'incident_span_max', m FROM"
		" (SELECT CAST(CAST(coalesce(max(julianday(date_last) - julianday(date)), 0)"
		" AS INTEGER) AS TEXT) AS m FROM incidents"
		"  WHERE NOT EXISTS (SELECT 1 FROM meta WHERE key = 'incident_span_max'))"
		" WHERE NOT EXISTS (SELECT 1 FROM meta WHERE key = 'incident_span_max')"
		" ON CONFLICT(key) DO NOTHING",
		"INSERT INTO meta(key, value) SELECT 'incident_span_max', m FROM"
		" (SELECT coalesce(max(date_last::date - date::date), 0)::text AS m FROM incidents"
		"  WHERE NOT EXISTS (SELECT 1 FROM meta WHERE key = 'incident_span_max')) x"
		" WHERE NOT EXISTS (SELECT 1 FROM meta WHERE key = 'incident_span_max')"
		" ON CONFLICT(key) DO NOTHING",
		0, NULL, NULL, NULL, err);
}

static int span_row(void *ctx, int ncols, const char *const *vals)
{
	*(int64_t *)ctx = ncols > 0 && vals[0] ? strtoll(vals[0], NULL, 10) : -1;
	return 0;
}

int rasdp_store_incident_floor(struct rasd_store *s, const char *from, char out[16])
{
	int64_t span = -1, d = day_of(from);
	struct rasd_ymd y;

	out[0] = '\0';
	if (d == INT64_MIN || rasdp_store_query(s,
			"SELECT value FROM meta WHERE key = 'incident_span_max'",
			"SELECT value FROM meta WHERE key = 'incident_span_max'",
			0, NULL, span_row, &span, NULL) || span < 0)
		return 0;
	rasdp_ymd_from_days(d - span, &y);
	snprintf(out, 16, "%04d-%02d-%02d", y.y % 10000, y.m, y.d);
	return 1;
}

int rasdp_store_update_write(struct rasd_store *s, const char *del_json,
			     const struct rasd_store_incident *incs, size_t n, rasd_err *err)
{
	const char *p[4];
	char nb[32];
	size_t i, j;
	int rc;

	p[0] = del_json;
	rc = rasdp_store_query(s,
		"DELETE FROM incidents WHERE id IN " IDS_SQLITE("$1"),
		"DELETE FROM incidents WHERE id IN " IDS_PG("$1"),
		1, p, NULL, NULL, err);
	for (i = 0; i < n && !rc; i++) {
		p[0] = incs[i].id;
		p[1] = incs[i].date;
		p[2] = incs[i].date_last;
		p[3] = incs[i].json;
		/* An id is its first member's: one that stayed is replaced whole. */
		rc = rasdp_store_query(s, "DELETE FROM incidents WHERE id = $1",
				       "DELETE FROM incidents WHERE id = $1", 1, p, NULL, NULL, err);
		if (!rc)
			rc = rasdp_store_query(s,
				"INSERT INTO incidents(id, date, date_last, json) VALUES ($1, $2, $3, $4)",
				"INSERT INTO incidents(id, date, date_last, json) VALUES ($1, $2, $3, $4)",
				4, p, NULL, NULL, err);
		for (j = 0; j < incs[i].nmembers && !rc; j++) {
			snprintf(nb, sizeof(nb), "%d", incs[i].member_n[j]);
			p[0] = incs[i].id;
			p[1] = incs[i].member_docs[j];
			p[2] = nb;
			rc = rasdp_store_query(s,
				"INSERT INTO incident_members(incident_id, doc_id, n)"
				" VALUES ($1, $2, CAST($3 AS INTEGER))",
				"INSERT INTO incident_members(incident_id, doc_id, n)"
				" VALUES ($1, $2, $3::int)",
				3, p, NULL, NULL, err);
		}
	}
	return rc ? rc : note_span(s, incs, n, err);
}

int rasdp_store_update_end(struct rasd_store *s, int commit, rasd_err *err)
{
	int rc;

	if (!s->in_update)
		return 0;
	s->in_update = 0;
	if (commit)
		return s->ops->query(s, "COMMIT", 0, NULL, NULL, NULL, err);
	rc = s->ops->query(s, "ROLLBACK", 0, NULL, NULL, NULL, NULL);
	return rc ? RASD_ESTORE : 0;
}

/* ---- filling what older stores lack, from their extractions ----------- */

struct backfill;
/* What is filled for one event of report `doc` (its block and window in `se`). */
typedef int (*backfill_fn)(struct backfill *b, const char *doc, const struct rasd_ex_event *e,
			   const struct rasd_store_event *se);

struct backfill {
	struct rasd_store *s;
	rasd_err *err;
	int rc;
	backfill_fn fn;
};

static int backfill_row(void *ctx, int ncols, const char *const *vals)
{
	struct backfill *b = ctx;
	struct rasd_extraction x;
	size_t i;

	if (ncols < 3 || !vals[0] || !vals[1])
		return 0;
	if (rasdp_extraction_parse(&x, vals[1], strlen(vals[1]), NULL))
		return 0;   /* a line that no longer reads keeps no block */
	for (i = 0; i < x.nevents && !b->rc; i++) {
		struct rasd_store_event ev;
		char kb[160];

		memset(&ev, 0, sizeof(ev));
		rasdp_store_event_block(&x.events[i], vals[2], kb, sizeof(kb), &ev);
		b->rc = b->fn(b, vals[0], &x.events[i], &ev);
	}
	rasdp_extraction_release(&x);
	return b->rc;
}

/* Run `fn` on every event of every stored extraction. */
static int backfill(struct rasd_store *s, backfill_fn fn, rasd_err *err)
{
	struct backfill b = { s, err, 0, fn };
	int rc = rasdp_store_query(s,
		"SELECT x.doc_id, x.json, d.published FROM extractions x"
		" JOIN documents d ON d.id = x.doc_id",
		"SELECT x.doc_id, x.json, d.published FROM extractions x"
		" JOIN documents d ON d.id = x.doc_id",
		0, NULL, backfill_row, &b, err);

	return rc ? rc : b.rc;
}

/* A version 1 store: the block columns. */
static int block_event(struct backfill *b, const char *doc, const struct rasd_ex_event *e,
		       const struct rasd_store_event *ev)
{
	char lo[32], hi[32], n[16];
	const char *p[6];

	snprintf(lo, sizeof(lo), "%lld", (long long)ev->day_lo);
	snprintf(hi, sizeof(hi), "%lld", (long long)ev->day_hi);
	snprintf(n, sizeof(n), "%u", e->n);
	p[0] = ev->blk;
	p[1] = ev->day_lo != INT64_MIN ? lo : NULL;
	p[2] = ev->day_lo != INT64_MIN ? hi : NULL;
	p[3] = ev->wide ? "1" : "0";
	p[4] = doc;
	p[5] = n;
	return rasdp_store_query(b->s,
		"UPDATE events SET blk = $1, day_lo = CAST($2 AS INTEGER),"
		" day_hi = CAST($3 AS INTEGER), wide = CAST($4 AS INTEGER)"
		" WHERE doc_id = $5 AND n = CAST($6 AS INTEGER)",
		"UPDATE events SET blk = $1, day_lo = $2::bigint, day_hi = $3::bigint,"
		" wide = $4::int WHERE doc_id = $5 AND n = $6::int",
		6, p, NULL, NULL, b->err);
}

int rasdp_store_backfill_blocks(struct rasd_store *s, rasd_err *err)
{
	return backfill(s, block_event, err);
}

/* ---- side blocks ------------------------------------------------------ */

/* The side rows of event `e` of report `doc` (its block and window in `se`). */
static int insert_sides(struct rasd_store *s, const char *doc,
			const struct rasd_ex_event *e, const struct rasd_store_event *se,
			rasd_err *err)
{
	const char *sides[16], *p[6];
	char n[16], lo[32], hi[32];
	size_t i, ns;
	int rc = 0;

	if (se->wide || se->day_lo == INT64_MIN)
		return 0;   /* no week blocks: the clustering gives it no side block */
	ns = rasdp_store_event_sides(e, sides, sizeof(sides) / sizeof(*sides));
	snprintf(n, sizeof(n), "%u", e->n);
	snprintf(lo, sizeof(lo), "%lld", (long long)se->day_lo);
	snprintf(hi, sizeof(hi), "%lld", (long long)se->day_hi);
	p[0] = doc;
	p[1] = n;
	p[3] = rasdp_store_event_placed(e) ? "1" : "0";
	p[4] = lo;
	p[5] = hi;
	for (i = 0; i < ns && !rc; i++) {
		p[2] = sides[i];
		rc = rasdp_store_query(s,
			"INSERT INTO event_sides(doc_id, n, side, placed, day_lo, day_hi) VALUES"
			" ($1, CAST($2 AS INTEGER), $3, CAST($4 AS INTEGER), CAST($5 AS INTEGER),"
			" CAST($6 AS INTEGER))",
			"INSERT INTO event_sides(doc_id, n, side, placed, day_lo, day_hi) VALUES"
			" ($1, $2::int, $3, $4::int, $5::bigint, $6::bigint)",
			6, p, NULL, NULL, err);
	}
	return rc;
}

int rasdp_store_put_sides(struct rasd_store *s, const struct rasd_store_rec *rec,
			  rasd_err *err)
{
	size_t i;
	int rc = 0;

	for (i = 0; i < rec->nevents && !rc; i++)
		if (rec->events[i].ex)
			rc = insert_sides(s, rec->id, rec->events[i].ex, &rec->events[i], err);
	return rc;
}

static int sides_event(struct backfill *b, const char *doc, const struct rasd_ex_event *e,
		       const struct rasd_store_event *se)
{
	return insert_sides(b->s, doc, e, se, b->err);
}

int rasdp_store_backfill_sides(struct rasd_store *s, rasd_err *err)
{
	int rc = rasdp_store_query(s, "DELETE FROM event_sides", "DELETE FROM event_sides",
				   0, NULL, NULL, NULL, err);

	return rc ? rc : backfill(s, sides_event, err);
}

/* ---- meta ------------------------------------------------------------- */

struct meta_out {
	char *out;
	size_t size;
};

static int meta_row(void *ctx, int ncols, const char *const *vals)
{
	struct meta_out *m = ctx;

	if (ncols > 0 && vals[0])
		snprintf(m->out, m->size, "%s", vals[0]);
	return 0;
}

int rasdp_store_meta_get(struct rasd_store *s, const char *key, char *out, size_t size,
			 rasd_err *err)
{
	struct meta_out m = { out, size };
	const char *p[1] = { key };

	if (size)
		out[0] = 0;
	return rasdp_store_query(s, "SELECT value FROM meta WHERE key = $1",
				 "SELECT value FROM meta WHERE key = $1", 1, p, meta_row, &m, err);
}

int rasdp_store_meta_put(struct rasd_store *s, const char *key, const char *value,
			 rasd_err *err)
{
	const char *p[2] = { key, value };

	return rasdp_store_query(s,
		"INSERT OR REPLACE INTO meta(key, value) VALUES ($1, $2)",
		"INSERT INTO meta(key, value) VALUES ($1, $2)"
		" ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
		2, p, NULL, NULL, err);
}
