/*
 * store.h - the document store: SQLite (default) or PostgreSQL behind one
 * interface.
 *
 * A store keeps what `rasd ingest` produced: each document with its text
 * and its `rasd extract` JSON line, the events and claims of that line in
 * flat tables for filtering, a full-text index over the normalised text,
 * and the current incident set.  The schema is the same for both backends:
 *
 *   meta(key PK, value)                      schema_version, clustering
 *   documents(id PK, hash UNIQUE, outlet, url, lang, published, title,
 *             text, ingested_at)
 *   extractions(doc_id PK, json)
 *   events(doc_id, n, event_type, sub_event_type, date, date_last,
 *          place_id, place_name, admin1, lat, lon, fatalities_best, actors,
 *          blk, day_lo, day_hi, wide)     the event's block (below)
 *   event_sides(doc_id, n, side, placed, day_lo, day_hi)  its side blocks
 *   incidents_pending(seq PK, doc_id)        reports whose incidents are due
 *   claims(doc_id, n, kind, value, value_hi, qualifier, who, source_id,
 *          source_name, denied, span_start, span_end)
 *   incidents(id PK, date, date_last, json)
 *   incident_members(incident_id, doc_id, n)
 *   SQLite: docs_fts (FTS5 over normalised title + text + clitic-free keys)
 *   PostgreSQL: documents.fts tsvector ('simple') with a GIN index
 *
 * Every write is one transaction: a document is either stored with its
 * extraction, events and claims, or not at all, so a killed ingest never
 * leaves half a document.  Documents are idempotent by content hash.
 *
 * Blocks.  Incidents are updated by the blocks the events of new reports
 * fall in, not over the whole store (src/incident/recompute.c): every
 * event row carries its block key `blk` (the governorate key the
 * clustering compares events by: admin1_id, else the admin1 name; "p:" and
 * the place id for a place without a governorate; "" without a place) and
 * its date window in days since 1970-01-01 [day_lo, day_hi] (its dates, or
 * the three days before its report's publication; NULL without either).
 * `wide` marks a window of more than RASD_STORE_WIDE_DAYS days, or none:
 * such events are few and are read with every region of their block.
 * The clustering also compares an event without a place with the placed
 * events that name one of its sides, in its weeks: `event_sides` has a
 * row per side an event names (an actor's id, else its name, as the
 * incident loader reads them), with whether it has a place and its
 * window, for the events that are not wide; an update reads, for an event
 * with a place, the rows of its sides without one, and the reverse.  The
 * transaction that stores a report also adds it to incidents_pending (the
 * pending flag); the transaction that updates its incidents removes it, so
 * a process killed between the two leaves the flag, and the next ingest or
 * server start brings the incidents up to date.
 *
 * Strings handed to the store are borrowed for the call; strings handed
 * back through callbacks are borrowed for the callback only.
 */
#ifndef RASD_STORE_H
#define RASD_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "rasd.h"

#define RASD_STORE_SCHEMA_VERSION 3
/* An event window longer than this (days) is "wide" (see above). */
#define RASD_STORE_WIDE_DAYS 42

struct rasd_store;

/* Result of put_document. */
enum rasd_store_put {
	RASD_PUT_UNCHANGED = 0,   /* the same text (hash) is stored already */
	RASD_PUT_INSERTED = 1,    /* a new document */
	RASD_PUT_REPLACED = 2,    /* the id existed with another text: replaced */
};

/* One event row, parsed from an extraction (store.c). */
struct rasd_store_event {
	int n;
	const char *event_type, *sub_event_type;
	const char *date, *date_last;      /* YYYY-MM-DD or NULL */
	const char *place_id, *place_name, *admin1;
	double lat, lon;
	int has_geo;
	int64_t fatalities_best;           /* -1 when no figure */
	const char *actors;                /* " id1 id2 " (for LIKE filters), or NULL */
	const char *blk;                   /* block key (see above), never NULL */
	int64_t day_lo, day_hi;            /* window in days; INT64_MIN: none */
	int wide;                          /* no window, or a window over WIDE_DAYS */
	const struct rasd_ex_event *ex;    /* the extraction's event (its sides) */
};

struct rasd_store_claim {
	int n;                             /* event index */
	const char *kind, *qualifier, *who, *source_id, *source_name;
	int64_t value, value_hi;
	int denied;
	int64_t span_start, span_end;
};

/*
 * A document to store: its metadata and text, the extraction JSON line and
 * the rows parsed from it.  Filled by rasdp_store_rec_parse(); the strings
 * point into the parsed JSON and `text` (borrowed).
 */
struct rasd_store_rec {
	const char *id, *hash, *outlet, *url, *lang, *published, *title;
	const char *text;
	size_t text_len;
	const char *json;                  /* the extraction line */
	size_t json_len;
	struct rasd_store_event *events;
	size_t nevents;
	struct rasd_store_claim *claims;
	size_t nclaims;
	char *fts;                         /* normalised search body (malloc'd) */
	void *priv;                        /* the parsed json_object */
};

/*
 * The block key and window of an event as the store keeps them, from the
 * event and its report's publication date; `blk` points into `x`'s
 * strings or at a static string, or into `buf` (of `bufsize` bytes).
 */
struct rasd_ex_event;
void rasdp_store_event_block(const struct rasd_ex_event *e, const char *published,
			     char *buf, size_t bufsize, struct rasd_store_event *out);
/*
 * The sides an event names as the incident loader reads them (an actor's
 * id, else its name), each once, at most `max` into `out`; their number.
 */
size_t rasdp_store_event_sides(const struct rasd_ex_event *e, const char **out, size_t max);
/* Whether the incident loader gives the event a place (an id or a name). */
int rasdp_store_event_placed(const struct rasd_ex_event *e);

/*
 * Parse an extraction line into `rec` (events and claims included) and
 * build its search body from `text`.  Release with rasdp_store_rec_release.
 * RASD_EPARSE for a line that is not an extraction object.
 */
int rasdp_store_rec_parse(struct rasd_store_rec *rec, const char *json,
			  size_t json_len, const char *text, size_t text_len,
			  rasd_err *err);
void rasdp_store_rec_release(struct rasd_store_rec *rec);

/*
 * Normalised search body of a text (title included by the caller): the
 * words of rasdp_normalize_str() output, each followed by its clitic-free
 * match keys, separated by spaces.  malloc'd, or NULL when out of memory.
 */
char *rasdp_store_fts_body(const char *text, size_t len);
/*
 * The words of a search query reduced to their match keys (article
 * removed), as a malloc'd NUL-separated list in *out with *n words (none
 * for a query of no word).  0, RASD_ETOOBIG for a query over 64K,
 * RASD_ENOMEM.
 */
int rasdp_store_fts_terms(const char *q, char **out, size_t *n);

/* A stored document (get_document); every string malloc'd; free with _release. */
struct rasd_store_document {
	char *id, *hash, *outlet, *url, *lang, *published, *title, *ingested_at;
	char *text;
	size_t text_len;
	char *json;                        /* extraction line */
};
void rasdp_store_document_release(struct rasd_store_document *d);

/* Filters for events and incidents; NULL fields do not filter. */
struct rasd_store_filter {
	const char *from, *to;             /* YYYY-MM-DD, inclusive */
	const char *admin1;                /* governorate name or id */
	const char *event_type;
	const char *actor;                 /* actor id */
	const char *q;                     /* full-text search */
	long limit;                        /* 0: no limit */
	long offset;
};

/* One event row as returned by query_events. */
struct rasd_store_event_row {
	const char *doc_id;
	struct rasd_store_event ev;
	const char *outlet, *title, *url, *published;
};

/* One incident to store. */
struct rasd_store_incident {
	const char *id;
	const char *date, *date_last;      /* or NULL */
	const char *json;
	const char **member_docs;          /* nmembers doc ids */
	const int *member_n;               /* and event indexes */
	size_t nmembers;
};

/* Callbacks return 0 to go on, non-zero to stop (that value is returned). */
typedef int (*rasd_store_event_cb)(void *ctx, const struct rasd_store_event_row *row);
typedef int (*rasd_store_json_cb)(void *ctx, const char *id, const char *json,
				  const char *text);

/* The backend operations; every one returns 0 or a negative rasd_status. */
struct rasd_store_ops {
	const char *name;
	/* Store one document in one transaction; *result an enum rasd_store_put. */
	int (*put_document)(struct rasd_store *s, const struct rasd_store_rec *rec,
			    int *result, rasd_err *err);
	/* RASD_ENOTFOUND when there is no document `id`. */
	int (*get_document)(struct rasd_store *s, const char *id,
			    struct rasd_store_document *out, rasd_err *err);
	int (*query_events)(struct rasd_store *s, const struct rasd_store_filter *f,
			    rasd_store_event_cb cb, void *ctx, rasd_err *err);
	/*
	 * Replace, in one transaction, the incidents whose dates meet
	 * [from, to] (both NULL: all incidents, also those without a date)
	 * by `incs`.
	 */
	int (*replace_incidents)(struct rasd_store *s, const char *from, const char *to,
				 const struct rasd_store_incident *incs, size_t n,
				 rasd_err *err);
	/* Incidents meeting the filter's dates (and admin1/event_type/q on members). */
	int (*get_incidents)(struct rasd_store *s, const struct rasd_store_filter *f,
			     rasd_store_json_cb cb, void *ctx, rasd_err *err);
	/*
	 * Every extraction (with its document's text), or only those of
	 * documents with an event dated in [from, to] when given.  In id order.
	 */
	int (*each_extraction)(struct rasd_store *s, const char *from, const char *to,
			       rasd_store_json_cb cb, void *ctx, rasd_err *err);
	/* Count rows of a table ("documents", "events", "incidents", "claims"). */
	int (*count)(struct rasd_store *s, const char *table, int64_t *out, rasd_err *err);
	void (*close)(struct rasd_store *s);
	/*
	 * Run one statement with text parameters ($1, $2 ... in order of first
	 * use; NULL is SQL NULL), calling `row` with each result row's values
	 * as text (NULL for SQL NULL).  `sql` is the backend's dialect: the
	 * callers in store_blocks.c hold one text per backend.  A non-zero
	 * return from `row` stops and is returned.
	 */
	int (*query)(struct rasd_store *s, const char *sql, int nparams,
		     const char *const *params,
		     int (*row)(void *ctx, int ncols, const char *const *vals), void *ctx,
		     rasd_err *err);
	/* The incident of id `id` as JSON (malloc'd into *json); RASD_ENOTFOUND. */
	int (*get_incident)(struct rasd_store *s, const char *id, char **json, rasd_err *err);
};

enum rasd_store_dialect { RASD_SQL_SQLITE, RASD_SQL_PG };

struct rasd_store {
	const struct rasd_store_ops *ops;
	char *where;                       /* path or URL without password (malloc'd) */
	enum rasd_store_dialect dialect;
	int in_update;                     /* an incident update transaction is open */
};

enum rasd_store_open_flags {
	RASD_STORE_EXISTING = 1 << 0,      /* never create a store: open one that exists */
};

/*
 * Open (creating the schema when needed) a store: a "postgres://" or
 * "postgresql://" URL opens PostgreSQL, anything else is a SQLite file.
 * The result is owned by the caller and closed with rasdp_store_close().
 * RASD_ESTORE with `err` set when it cannot be opened or its schema is of
 * a later version; a store of an earlier version is brought to this one
 * (every report is then pending, see above).  With RASD_STORE_EXISTING, a
 * file or database without a store is refused (RASD_ENOTFOUND) and
 * nothing is created: the read-only commands open stores this way.
 */
struct rasd_store *rasdp_store_open(const char *url_or_path, rasd_err *err);
struct rasd_store *rasdp_store_open_ex(const char *url_or_path, unsigned flags,
				       rasd_err *err);
void rasdp_store_close(struct rasd_store *s);

/* Backend constructors (store_sqlite.c, store_pg.c); flags as above. */
struct rasd_store *rasdp_store_sqlite_open(const char *path, unsigned flags, rasd_err *err);
struct rasd_store *rasdp_store_pg_open(const char *url, unsigned flags, rasd_err *err);

/* Convenience wrappers over ops. */
int rasdp_store_put(struct rasd_store *s, const struct rasd_store_rec *rec,
		    int *result, rasd_err *err);
int rasdp_store_get(struct rasd_store *s, const char *id,
		    struct rasd_store_document *out, rasd_err *err);
int rasdp_store_events(struct rasd_store *s, const struct rasd_store_filter *f,
		       rasd_store_event_cb cb, void *ctx, rasd_err *err);
int rasdp_store_replace_incidents(struct rasd_store *s, const char *from, const char *to,
				  const struct rasd_store_incident *incs, size_t n,
				  rasd_err *err);
int rasdp_store_incidents(struct rasd_store *s, const struct rasd_store_filter *f,
			  rasd_store_json_cb cb, void *ctx, rasd_err *err);
int rasdp_store_each_extraction(struct rasd_store *s, const char *from, const char *to,
				rasd_store_json_cb cb, void *ctx, rasd_err *err);
int rasdp_store_count(struct rasd_store *s, const char *table, int64_t *out,
		      rasd_err *err);
int rasdp_store_get_incident(struct rasd_store *s, const char *id, char **json,
			     rasd_err *err);

/* ---- incident updates by block (store_blocks.c) ---------------------- */

/*
 * Lists of ids go to the database as one JSON array parameter (json_each
 * in SQLite, json_array_elements_text in PostgreSQL), built by the caller
 * with rasd_jsonw.  Rows come back through callbacks of text values.
 */
typedef int (*rasd_store_row_cb)(void *ctx, int ncols, const char *const *vals);

/* Run `sql_sqlite` or `sql_pg`, as the store's dialect wants. */
int rasdp_store_query(struct rasd_store *s, const char *sql_sqlite, const char *sql_pg,
		      int nparams, const char *const *params, rasd_store_row_cb row,
		      void *ctx, rasd_err *err);

/*
 * Pending reports with their events' blocks, in block order: rows of
 * (seq, doc_id, n, blk, day_lo, day_hi, wide); a report without events
 * comes once with n, blk and the days NULL.
 */
int rasdp_store_pending_events(struct rasd_store *s, rasd_store_row_cb row, void *ctx,
			       rasd_err *err);
/* The number of pending reports (0 when none: incidents are up to date). */
int rasdp_store_pending_count(struct rasd_store *s, int64_t *out, rasd_err *err);
/* Clear the pending rows of `seqs_json` (a JSON array of seq numbers). */
int rasdp_store_pending_done(struct rasd_store *s, const char *seqs_json, rasd_err *err);
/* Mark every stored report pending: the incidents are then rebuilt. */
int rasdp_store_pending_all(struct rasd_store *s, rasd_err *err);

/*
 * In one transaction: delete every stored incident and mark every report
 * pending, so that the next update rebuilds them all.  A process killed
 * after it leaves the pending flags: the next update finishes the job.
 */
int rasdp_store_incidents_reset(struct rasd_store *s, rasd_err *err);
/*
 * The value of `key` in the store's meta table into `out` (at most `size`
 * bytes, NUL-terminated; "" when absent), and its writing.
 */
int rasdp_store_meta_get(struct rasd_store *s, const char *key, char *out, size_t size,
			 rasd_err *err);
int rasdp_store_meta_put(struct rasd_store *s, const char *key, const char *value,
			 rasd_err *err);
/*
 * Fill the block columns of every stored event from its extraction (a
 * version 1 store being brought to version 2, inside its transaction).
 */
int rasdp_store_backfill_blocks(struct rasd_store *s, rasd_err *err);
/* Store the side rows of `rec`'s events (inside the transaction that stores it). */
int rasdp_store_put_sides(struct rasd_store *s, const struct rasd_store_rec *rec,
			  rasd_err *err);
/*
 * Fill event_sides from every stored extraction (a store of version 1 or
 * 2 being brought to version 3, inside its transaction).
 */
int rasdp_store_backfill_sides(struct rasd_store *s, rasd_err *err);
/*
 * Rows (doc_id, n, blk, day_lo, day_hi, wide, seg) of the events of
 * `ids_json`: their block (seg -1), then one row per side block, whose
 * blk is "s:" and the side, and seg the kind of events it meets there:
 * 1, those with a place, for an event without one; 0 for the others.
 */
int rasdp_store_doc_blocks(struct rasd_store *s, const char *ids_json,
			   rasd_store_row_cb row, void *ctx, rasd_err *err);
/*
 * Rows (doc_id) of the reports with an event that names `side` (placed:
 * with a place, or without) and whose window meets [lo, hi].
 */
int rasdp_store_side_docs(struct rasd_store *s, const char *side, int placed, int64_t lo,
			  int64_t hi, rasd_store_row_cb row, void *ctx, rasd_err *err);
/*
 * Rows (doc_id) of the reports with an event of block `blk` whose window
 * meets [lo, hi] (days), or that is wide; all = 1: every report with an
 * event of the block.
 */
int rasdp_store_region_docs(struct rasd_store *s, const char *blk, int64_t lo, int64_t hi,
			    int all, rasd_store_row_cb row, void *ctx, rasd_err *err);
/* Rows (doc_id, json, text) of the reports of `ids_json`. */
int rasdp_store_extractions(struct rasd_store *s, const char *ids_json,
			    rasd_store_row_cb row, void *ctx, rasd_err *err);
/*
 * Rows (incident_id, doc_id, n) of every member of the stored incidents
 * that have a member among the reports of `ids_json`.
 */
int rasdp_store_members(struct rasd_store *s, const char *ids_json,
			rasd_store_row_cb row, void *ctx, rasd_err *err);
/*
 * Open the transaction of an incident update and lock the blocks `blks`
 * against other processes: SQLite takes its write lock (BEGIN IMMEDIATE);
 * PostgreSQL takes a transaction-level advisory lock per block, in sorted
 * order, so two updates of one block run one after the other.
 */
int rasdp_store_update_begin(struct rasd_store *s, const char *const *blks, size_t n,
			     rasd_err *err);
/*
 * Lock one more block inside the update without waiting: 0, or 1 when
 * another process holds it (the caller ends the update and starts again
 * with every block it needs, in order, so that two updates never wait on
 * each other).
 */
int rasdp_store_update_lock(struct rasd_store *s, const char *blk, rasd_err *err);
/* Delete the incidents `del_json` (ids), then store `incs`, in the update. */
int rasdp_store_update_write(struct rasd_store *s, const char *del_json,
			     const struct rasd_store_incident *incs, size_t n, rasd_err *err);
/*
 * The earliest date an incident meeting `from` can have, as YYYY-MM-DD
 * into `out`: `from` less the longest incident span written.  1 when
 * known, 0 when not (then no bound may be used).
 */
int rasdp_store_incident_floor(struct rasd_store *s, const char *from, char out[16]);
/* Record that span for a store that has none yet (at open). */
int rasdp_store_span_init(struct rasd_store *s, rasd_err *err);
/* Commit (commit = 1) or roll back the update. */
int rasdp_store_update_end(struct rasd_store *s, int commit, rasd_err *err);

#endif
