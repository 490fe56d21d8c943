/*
 * store_sqlite_int.h - private to the SQLite backend: the store and the
 * small statement functions shared by store_sqlite.c (schema, writes, the
 * table of operations) and store_sqlite_read.c (reads with filters: events
 * and incidents by date, place, type, actor and text).
 */
#ifndef RASD_STORE_SQLITE_INT_H
#define RASD_STORE_SQLITE_INT_H

#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "base/err.h"
#include "store/store.h"

struct sqlite_store {
	struct rasd_store base;
	sqlite3 *db;
};

static inline int db_err(struct sqlite_store *s, rasd_err *err, const char *what)
{
	return rasdp_err(err, RASD_ESTORE, -1, 0, "%s: %s", what, sqlite3_errmsg(s->db));
}

static inline int exec(struct sqlite_store *s, const char *sql, rasd_err *err)
{
	char *msg = NULL;

	if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		rasdp_err(err, RASD_ESTORE, -1, 0, "%s", msg ? msg : sqlite3_errmsg(s->db));
		sqlite3_free(msg);
		return RASD_ESTORE;
	}
	return 0;
}

static inline int prep(struct sqlite_store *s, const char *sql, sqlite3_stmt **st, rasd_err *err)
{
	if (sqlite3_prepare_v2(s->db, sql, -1, st, NULL) != SQLITE_OK) {
		*st = NULL;
		return db_err(s, err, "cannot prepare a statement");
	}
	return 0;
}

static inline void bind_text(sqlite3_stmt *st, int i, const char *v)
{
	if (v)
		sqlite3_bind_text(st, i, v, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, i);
}

static inline const char *col_text(sqlite3_stmt *st, int i)
{
	return (const char *)sqlite3_column_text(st, i);
}

static inline char *col_dup(sqlite3_stmt *st, int i)
{
	const char *t = col_text(st, i);

	return t ? strdup(t) : NULL;
}

/* Events and incidents meeting a filter (store_sqlite_read.c). */
int rasdp_sq_query_events(struct rasd_store *base, const struct rasd_store_filter *f,
			  rasd_store_event_cb cb, void *ctx, rasd_err *err);
int rasdp_sq_get_incidents(struct rasd_store *base, const struct rasd_store_filter *f,
			   rasd_store_json_cb cb, void *ctx, rasd_err *err);

#endif
