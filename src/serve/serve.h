/*
 * serve.h - the HTTP API and the review page (`rasd serve`).
 *
 * One libmicrohttpd daemon with its own polling thread serves a route table
 * of {method, path pattern, handler, flags}; handlers run one at a time, so
 * the store connection needs no locking.  Request bodies are read into a
 * buffer capped at max_request (413 beyond it); every error is a JSON body
 * {"error": ..., "where": ...} with the status from rasdp_serve_status().
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
