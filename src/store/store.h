/*
 * store.h - the document store: SQLite (default) or PostgreSQL behind one
 * interface.
 *
 * A store keeps what `rasd ingest` produced: each document with its text
 * and its `rasd extract` JSON line, the events and claims of that line in
 * flat tables for filtering, a full-text index over the normalised text,
 * and the current incident set.  The schema is the same for both backends:
 *
 *   meta(key PK, value)                      schema_version
 *   documents(id PK, hash UNIQUE, outlet, url, lang, published, title,
 *             text, ingested_at)
 *   extractions(doc_id PK, json)
 *   events(doc_id, n, event_type, sub_event_type, date, date_last,
 *          place_id, place_name, admin1, lat, lon, fatalities_best, actors)
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
 * Strings handed to the store are borrowed for the call; strings handed
 * back through callbacks are borrowed for the callback only.
 */
#ifndef RASD_STORE_H
#define RASD_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "rasd.h"

#define RASD_STORE_SCHEMA_VERSION 1

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
};

struct rasd_store {
	const struct rasd_store_ops *ops;
	char *where;                       /* path or URL without password (malloc'd) */
};

/*
 * Open (creating the schema when needed) a store: a "postgres://" or
 * "postgresql://" URL opens PostgreSQL, anything else is a SQLite file.
 * The result is owned by the caller and closed with rasdp_store_close().
 * RASD_ESTORE with `err` set when it cannot be opened or its schema is of
 * another version.
 */
struct rasd_store *rasdp_store_open(const char *url_or_path, rasd_err *err);
void rasdp_store_close(struct rasd_store *s);

/* Backend constructors (store_sqlite.c, store_pg.c). */
struct rasd_store *rasdp_store_sqlite_open(const char *path, rasd_err *err);
struct rasd_store *rasdp_store_pg_open(const char *url, rasd_err *err);

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

#endif
