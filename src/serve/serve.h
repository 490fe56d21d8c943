/*
 * serve.h - the HTTP API and the review page (`rasd serve`).
 *
 * One libmicrohttpd daemon with one polling thread reads requests and
 * writes answers; the handlers of a route table of {method, path pattern,
 * handler, flags} run on a pool of worker threads, each with its own store
 * connection, and writes on one writer thread, so a long write never holds
 * up a read.  Request bodies are read into a buffer capped at max_request
 * (413 beyond it); every error is a JSON body {"error": ..., "where": ...}
 * with the status from rasdp_serve_status().  Slow clients are bounded by
 * deadlines for a request's headers and body, a cap of connections per
 * client address, and connection slots kept for requests that arrived
 * (server.c).
 *
 * This header is self-contained (rasd.h and the C library only) so the
 * command-line front end can use it.
 */
#ifndef RASD_SERVE_H
#define RASD_SERVE_H

#include <signal.h>
#include <stddef.h>

#include "rasd.h"

struct rasd_serve_conf {
	const char *host;          /* listen address, "127.0.0.1" */
	int port;                  /* 0 picks a free port (reported in bound_port) */
	const char *db;            /* store path or postgres:// URL */
	const char *token;         /* bearer token for write endpoints; NULL refuses writes */
	const char *webdir;        /* static files of the review page */
	const char *datadir;       /* lexicons (NULL: default) */
	size_t max_request;        /* largest request body (0: the default limit) */
	int max_conns;             /* connections at once (0: 256) */
	int max_per_client;        /* connections of one client address (0: 32; -1: no cap) */
	int reserve;               /* slots a request still sending headers may not take (0: 32) */
	int header_timeout;        /* seconds for a request's headers to arrive (0: 10) */
	int body_timeout;          /* seconds for its body, once the headers are in (0: 30) */
	int workers;               /* reader threads (0: 4) */
	int bound_port;            /* out: the port listened on */
};

/*
 * Serve until *stop becomes non-zero.  `ready` (optional) is called once
 * the socket listens, with the bound port.  Returns 0 or a negative
 * rasd_status with `err` set (cannot open the store, cannot listen).
 */
int rasdp_serve_run(struct rasd_serve_conf *conf, volatile sig_atomic_t *stop,
		    void (*ready)(int port), rasd_err *err);

/* The HTTP status for a rasd_status (400, 401, 404, 413, 500 ...). */
int rasdp_serve_status(int code);

/*
 * Match `path` against a route pattern with ":name" segments; on a match
 * returns 1 and copies up to `max` parameter values (pointers into a copy
 * kept in `buf` of `bufsize` bytes) into `params`.
 */
int rasdp_route_match(const char *pattern, const char *path, const char **params,
		      int max, char *buf, size_t bufsize);

/* Parse "key = value" config lines into conf (strings are strdup'd). */
int rasdp_serve_config(const char *path, struct rasd_serve_conf *conf, rasd_err *err);

#endif
