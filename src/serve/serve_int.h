/*
 * serve_int.h - private to src/serve: the server, requests, replies and the
 * route table shared by server.c (the daemon and static files), routes.c
 * (the table, matching, dispatch and error mapping) and api_*.c (handlers).
 *
 * A handler gets a parsed request (path parameters, query arguments, the
 * whole body, NUL-terminated) and fills a reply whose body starts empty and
 * whose status starts at 200 with a JSON content type.  Handlers never touch
 * the network, so they run the same under libmicrohttpd, in the unit tests
 * and in the fuzzer.
 */
#ifndef RASD_SERVE_INT_H
#define RASD_SERVE_INT_H

#include <arpa/inet.h>
#include <limits.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdint.h>
#include <time.h>

#include "base/buf.h"
#include "serve/serve.h"

struct rasd_store;
struct rasd_jsonw;
struct rasd_store_document;
struct rasdp_serve_shared;
struct rasdp_inc_index;

/*
 * What a handler runs with: one per worker thread (and one for the
 * writer), each with its own store connection; the engine is shared (it
 * is read-only once loaded).  `shared` (NULL in unit tests) is what the
 * workers share, under its own lock.
 */
struct rasd_server {
	struct rasd_serve_conf *conf;
	char webroot[PATH_MAX];        /* real path of the web folder */
	size_t max_request;
	struct rasd_store *store;
	rasd_engine *engine;
	struct rasdp_serve_shared *shared;
	struct rasdp_inc_cache *incs;  /* this thread's hold on the index of incidents (api_index.c) */
};

/*
 * Where the current generation of the index of incidents is (api_index.c):
 * readers take a reference under `lock`, held for a pointer copy only;
 * `build` lets one thread at a time make the next generation.
 */
struct rasdp_index_slot {
	pthread_mutex_t lock;          /* cur and the generations' references */
	pthread_mutex_t build;         /* one refresh at a time */
	struct rasdp_inc_index *cur;   /* NULL until first built */
	struct timespec checked;       /* CLOCK_MONOTONIC: the last refresh */
};

/*
 * Counts for /api/health, refreshed by the server's housekeeping thread,
 * and the index of incidents every worker reads.
 */
struct rasdp_serve_shared {
	pthread_mutex_t lock;
	int64_t documents, incidents, pending;
	struct timespec read_at;       /* CLOCK_MONOTONIC; 0: never */
	int valid;                     /* counted at least once */
	int dirty;                     /* a write since: count again soon */
	char stamp[48];                /* rasdp_api_store_stamp() when counted */
	struct rasdp_index_slot index; /* its own locks */
};

#define RASD_MAX_PARAMS 4
#define RASD_MAX_ARGS 16

struct rasd_request {
	const char *method, *path;
	const char *body;              /* NUL-terminated */
	size_t body_len;
	const char *params[RASD_MAX_PARAMS]; /* ":name" path segments in order */
	char parambuf[512];
	struct { const char *key, *value; } args[RASD_MAX_ARGS];
	int nargs;
};

struct rasd_reply {
	int status;
	const char *type;              /* Content-Type (static string) */
	struct rasd_buf body;
	char allow[32];                /* with 405: the methods the path takes */
};

enum rasd_route_flags {
	RASD_ROUTE_TOKEN = 1 << 0,     /* needs the bearer token */
	RASD_ROUTE_WRITE = 1 << 1,     /* writes: runs on the writer thread */
	RASD_ROUTE_HEAVY = 1 << 2,     /* may read much: never on the reserved worker */
};

/* Which threads may run a request (rasdp_route_class()). */
enum rasd_route_class {
	RASD_CLASS_LIGHT = 0,          /* health, one record, static files: any worker */
	RASD_CLASS_HEAVY = 1,          /* lists, search, exports: all workers but one */
	RASD_CLASS_WRITE = 2,          /* the writer thread */
};

typedef void rasd_handler_fn(struct rasd_server *sv, const struct rasd_request *q,
			     struct rasd_reply *r);

struct rasd_route {
	const char *method;
	const char *path;              /* with ":name" segments */
	rasd_handler_fn *handler;
	unsigned flags;                /* enum rasd_route_flags */
};

/* The route table (routes.c), ended by a row with path NULL. */
extern const struct rasd_route rasdp_routes[];

/* What rasdp_route_dispatch() did with a request. */
enum rasd_dispatch {
	RASD_DISPATCH_STATIC = 0,      /* not an API path: serve a static file */
	RASD_DISPATCH_DONE = 1,        /* the reply is filled (handler or JSON error) */
};

/*
 * Route `q` (method, path) through the table into `r`: the handler of the
 * matching row, or 401 (a RASD_ROUTE_TOKEN row and `authorised` is 0),
 * 405 (the path matches a row of another method), 404 (an /api path no
 * row matches).  Fills q->params.  Returns an enum rasd_dispatch.
 */
int rasdp_route_dispatch(struct rasd_server *sv, struct rasd_request *q,
			 int authorised, struct rasd_reply *r);

/* The class of the route `method` `path` would run (LIGHT when none). */
int rasdp_route_class(const char *method, const char *path);

/*
 * Check the query arguments every endpoint shares: from and to are days
 * (YYYY-MM-DD, a real date), limit and offset whole numbers from 0 to
 * 100000 and 10^9.  On a bad one, fill `r` with a 400 JSON error naming
 * the argument and return -1; else 0.
 */
int rasdp_check_args(const struct rasd_request *q, struct rasd_reply *r);

/*
 * Does the Authorization header value `h` carry `token`?  The scheme
 * "Bearer" in any case, then the token, compared in constant time.
 */
int rasdp_bearer_ok(const char *h, const char *token);

/* Start an empty 200 JSON reply; release its body with rasd_buf_release(). */
void rasdp_reply_init(struct rasd_reply *r);

/* Open the engine and the store named by sv->conf (api_documents.c). */
int rasdp_api_open(struct rasd_server *sv, rasd_err *err);
void rasdp_api_close(struct rasd_server *sv);

/*
 * Serve the file `url` names under sv->webroot into `r` ("/" is
 * index.html); 404 for anything that is not a regular file inside the
 * root after realpath(), or whose path holds "..".
 */
void rasdp_serve_static(struct rasd_server *sv, const char *url, struct rasd_reply *r);
/* Content-Type for a file name, by extension. */
const char *rasdp_mime_of(const char *path);

/* Query argument by name, or NULL when absent or empty. */
const char *rasdp_request_arg(const struct rasd_request *q, const char *key);
/* Replace the reply with a JSON error {"error": msg, "where": where}. */
void rasdp_serve_error(struct rasd_reply *r, int status, const char *msg, const char *where);
/* The same from a rasd_status, with err->msg when set; the one mapping. */
void rasdp_serve_error_rc(struct rasd_reply *r, int rc, const rasd_err *err, const char *where);

/*
 * Say the counts /api/health gives are stale and bring the index of
 * incidents up to date; every write calls it before it answers.
 */
void rasdp_api_counts_drop(struct rasd_server *sv);
/* Count documents, incidents and pending reports into sv->shared. */
int rasdp_api_counts_refresh(struct rasd_server *sv, rasd_err *err);
/*
 * The store's write mark into `buf`: its newest report and, in SQLite, how
 * many times incidents were written ("seq/n"); the same mark, the same
 * reports and incidents.  0 or a rasd_status.
 */
int rasdp_api_store_stamp(struct rasd_store *store, char *buf, size_t size, rasd_err *err);
/* Release this thread's hold on the index of incidents (api_index.c). */
void rasdp_api_cache_drop(struct rasd_server *sv);
/*
 * Bring the index of incidents up to date with the store (read the new
 * and changed incidents, swap the new generation in); build it when there
 * is none.  Readers go on with the previous generation meanwhile.
 */
int rasdp_api_index_refresh(struct rasd_server *sv, rasd_err *err);
/* An empty slot; release it (and its generation) once no thread reads it. */
void rasdp_api_index_slot_init(struct rasdp_index_slot *sl);
void rasdp_api_index_slot_release(struct rasdp_index_slot *sl);
/*
 * The stored JSON of incident `id` (len bytes, owned by the index until
 * the next request), or NULL with `r` filled (404, or the store's error).
 */
const char *rasdp_api_incident_json(struct rasd_server *sv, const char *id, size_t *len,
				    struct rasd_reply *r);
/* GET /api/incidents from the index: filters f, then q's sort, offset, view, disputed. */
struct rasd_store_filter;
void rasdp_api_index_list(struct rasd_server *sv, const struct rasd_request *q,
			  const struct rasd_store_filter *f, struct rasd_reply *r);

/* A stored report as one JSON object: metadata, text and extraction. */
void rasdp_api_doc_json(struct rasd_jsonw *w, const struct rasd_store_document *doc);

/* Handlers, one per route row (api_documents.c, api_incidents.c, api_export.c). */
rasd_handler_fn rasdp_api_health;
rasd_handler_fn rasdp_api_post_documents;
rasd_handler_fn rasdp_api_get_document;
rasd_handler_fn rasdp_api_list_incidents;
rasd_handler_fn rasdp_api_get_incident;
rasd_handler_fn rasdp_api_search;
rasd_handler_fn rasdp_api_export;

#endif
