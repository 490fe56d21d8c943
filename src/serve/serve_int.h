/*
 * serve_int.h - private to src/serve: the server, requests, replies and the
 * route table shared by http.c and api.c.
 */
#ifndef RASD_SERVE_INT_H
#define RASD_SERVE_INT_H

#include <arpa/inet.h>
#include <limits.h>
#include <netinet/in.h>

#include "base/buf.h"
#include "serve/serve.h"

struct rasd_store;

struct rasd_server {
	struct rasd_serve_conf *conf;
	char webroot[PATH_MAX];        /* real path of the web folder */
	size_t max_request;
	struct rasd_store *store;
	rasd_engine *engine;
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
};

enum rasd_route_flags {
	RASD_ROUTE_TOKEN = 1 << 0,     /* needs the bearer token */
};

struct rasd_route {
	const char *method;
	const char *path;              /* with ":name" segments */
	void (*handler)(struct rasd_server *sv, const struct rasd_request *q, struct rasd_reply *r);
	unsigned flags;
};

/* The route table (api.c), ended by a row with path NULL. */
extern const struct rasd_route rasdp_routes[];

int rasdp_api_open(struct rasd_server *sv, rasd_err *err);
void rasdp_api_close(struct rasd_server *sv);

/* Query argument by name, or NULL when absent or empty. */
const char *rasdp_request_arg(const struct rasd_request *q, const char *key);
/* Replace the reply with a JSON error. */
void rasdp_serve_error(struct rasd_reply *r, int status, const char *msg, const char *where);
void rasdp_serve_error_rc(struct rasd_reply *r, int rc, const rasd_err *err, const char *where);

#endif
