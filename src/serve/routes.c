/*
 * routes.c - the route table of `rasd serve`, path matching, dispatch, and
 * the one mapping of rasd_status to an HTTP status and JSON error body.
 *
 * A route is a row {method, pattern, handler, flags}; patterns are literal
 * segments and ":name" segments that capture one non-empty path segment.
 * Dispatch walks the table in order: the first row whose pattern and
 * method match runs; a pattern match under another method gives 405; an
 * /api path nothing matches gives 404; anything else is left to the static
 * file server.  Token checks happen here, before the handler, so a handler
 * never runs for an unauthorised write; so do the checks of the query
 * arguments every endpoint shares (rasdp_check_args()), so every endpoint
 * refuses a malformed one alike, with 400 and the argument's name.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/jsonw.h"
#include "doc.h"
#include "serve/serve_int.h"
#include "base/banned.h"

const struct rasd_route rasdp_routes[] = {
	{ "GET", "/api/health", rasdp_api_health, 0 },
	{ "POST", "/api/documents", rasdp_api_post_documents, RASD_ROUTE_TOKEN | RASD_ROUTE_WRITE },
	{ "GET", "/api/documents/:id", rasdp_api_get_document, 0 },
	{ "GET", "/api/incidents", rasdp_api_list_incidents, RASD_ROUTE_HEAVY },
	{ "GET", "/api/incidents/:id", rasdp_api_get_incident, 0 },
	{ "GET", "/api/search", rasdp_api_search, RASD_ROUTE_HEAVY },
	{ "GET", "/api/export", rasdp_api_export, RASD_ROUTE_HEAVY },
	{ NULL, NULL, NULL, 0 },
};

int rasdp_serve_status(int code)
{
	switch (code) {
	case RASD_OK: return 200;
	case RASD_EUTF8:
	case RASD_EPARSE:
	case RASD_EINVAL:
	case RASD_EEMPTY:
	case RASD_EBINARY: return 400;
	case RASD_EAUTH: return 401;
	case RASD_ENOTFOUND: return 404;
	case RASD_ETOOBIG: return 413;
	case RASD_ENOMEM:
	case RASD_EIO:
	case RASD_ESTORE:
	default: return 500;
	}
}

int rasdp_route_match(const char *pattern, const char *path, const char **params,
		      int max, char *buf, size_t bufsize)
{
	const char *p = pattern, *q = path;
	size_t used = 0;
	int n = 0;

	while (*p && *q) {
		if (*p == ':') {
			const char *end = strchr(q, '/');
			size_t len = end ? (size_t)(end - q) : strlen(q);

			if (!len || n >= max || used + len + 1 > bufsize)
				return 0;
			memcpy(buf + used, q, len);
			buf[used + len] = '\0';
			params[n++] = buf + used;
			used += len + 1;
			q += len;
			while (*p && *p != '/')
				p++;
			continue;
		}
		if (*p != *q)
			return 0;
		p++;
		q++;
	}
	return !*p && !*q;
}

void rasdp_reply_init(struct rasd_reply *r)
{
	memset(r, 0, sizeof(*r));
	rasd_buf_init(&r->body, 0);
	r->status = 200;
	r->type = "application/json";
}

void rasdp_serve_error(struct rasd_reply *r, int status, const char *msg, const char *where)
{
	struct rasd_jsonw w;

	/* what the handler wrote, and any error writing it, gives way */
	rasd_buf_release(&r->body);
	rasd_jsonw_init(&w, &r->body);
	rasd_jsonw_obj(&w);
	rasd_jsonw_key(&w, "error");
	rasd_jsonw_str(&w, msg);
	if (where) {
		rasd_jsonw_key(&w, "where");
		rasd_jsonw_str(&w, where);
	}
	rasd_jsonw_obj_end(&w);
	r->status = status;
	r->type = "application/json";
}

void rasdp_serve_error_rc(struct rasd_reply *r, int rc, const rasd_err *err, const char *where)
{
	rasdp_serve_error(r, rasdp_serve_status(rc),
			  err && err->msg[0] ? err->msg : rasd_strerror(rc), where);
}

const char *rasdp_request_arg(const struct rasd_request *q, const char *key)
{
	int i;

	for (i = 0; i < q->nargs; i++)
		if (!strcmp(q->args[i].key, key))
			return q->args[i].value && q->args[i].value[0] ? q->args[i].value : NULL;
	return NULL;
}

int rasdp_route_class(const char *method, const char *path)
{
	const struct rasd_route *rt;
	const char *params[RASD_MAX_PARAMS];
	char buf[512];

	for (rt = rasdp_routes; rt->path; rt++) {
		if (strcmp(rt->method, method) ||
		    !rasdp_route_match(rt->path, path, params, RASD_MAX_PARAMS, buf, sizeof(buf)))
			continue;
		if (rt->flags & RASD_ROUTE_WRITE)
			return RASD_CLASS_WRITE;
		return rt->flags & RASD_ROUTE_HEAVY ? RASD_CLASS_HEAVY : RASD_CLASS_LIGHT;
	}
	return RASD_CLASS_LIGHT;
}

static int valid_day(const char *s)
{
	struct rasd_ymd y;

	return strlen(s) == 10 && !rasdp_parse_ymd(s, &y);
}

static int valid_count(const char *s, long max)
{
	char *end;
	long v;

	if (*s < '0' || *s > '9')
		return 0;
	errno = 0;
	v = strtol(s, &end, 10);
	return !errno && !*end && v >= 0 && v <= max;
}

int rasdp_check_args(const struct rasd_request *q, struct rasd_reply *r)
{
	int i;

	for (i = 0; i < q->nargs; i++) {
		const char *k = q->args[i].key, *v = q->args[i].value ? q->args[i].value : "";
		char msg[160];

		msg[0] = '\0';
		if ((!strcmp(k, "from") || !strcmp(k, "to")) && *v && !valid_day(v))
			snprintf(msg, sizeof(msg), "%s wants a day as YYYY-MM-DD, not '%.40s'", k, v);
		else if (!strcmp(k, "limit") && *v && !valid_count(v, 100000))
			snprintf(msg, sizeof(msg), "limit wants a whole number from 0 to 100000, not '%.40s'", v);
		else if (!strcmp(k, "offset") && *v && !valid_count(v, 1000000000))
			snprintf(msg, sizeof(msg), "offset wants a whole number from 0, not '%.40s'", v);
		if (msg[0]) {
			rasdp_serve_error(r, 400, msg, k);
			return -1;
		}
	}
	return 0;
}

int rasdp_bearer_ok(const char *h, const char *token)
{
	size_t i, n, hl;
	unsigned char diff;

	if (!token || !*token || !h)
		return 0;
	while (*h == ' ' || *h == '\t')
		h++;
	/* The scheme is case-insensitive (RFC 9110 11.1); then white space. */
	if (strncasecmp(h, "Bearer", 6) || (h[6] != ' ' && h[6] != '\t'))
		return 0;
	h += 6;
	while (*h == ' ' || *h == '\t')
		h++;
	hl = strlen(h);
	while (hl && (h[hl - 1] == ' ' || h[hl - 1] == '\t'))
		hl--;
	n = strlen(token);
	/* Compare in constant time over the token's length. */
	diff = (unsigned char)(hl != n);
	for (i = 0; i < n; i++)
		diff |= (unsigned char)(token[i] ^ (i < hl ? h[i] : 0));
	return diff == 0;
}

int rasdp_route_dispatch(struct rasd_server *sv, struct rasd_request *q,
			 int authorised, struct rasd_reply *r)
{
	const struct rasd_route *rt;
	int path_seen = 0;

	for (rt = rasdp_routes; rt->path; rt++) {
		if (!rasdp_route_match(rt->path, q->path, q->params, RASD_MAX_PARAMS,
				       q->parambuf, sizeof(q->parambuf)))
			continue;
		path_seen = 1;
		if (strcmp(rt->method, q->method)) {
			if (!strstr(r->allow, rt->method) &&
			    strlen(r->allow) + strlen(rt->method) + 3 < sizeof(r->allow)) {
				if (r->allow[0])
					memcpy(r->allow + strlen(r->allow), ", ", 3);
				memcpy(r->allow + strlen(r->allow), rt->method, strlen(rt->method) + 1);
			}
			continue;
		}
		if ((rt->flags & RASD_ROUTE_TOKEN) && !authorised) {
			const char *tok = sv && sv->conf ? sv->conf->token : NULL;

			rasdp_serve_error(r, 401, tok && *tok ? "missing or wrong bearer token"
					  : "writing is disabled: no token configured", q->path);
			return RASD_DISPATCH_DONE;
		}
		if (rasdp_check_args(q, r))
			return RASD_DISPATCH_DONE;
		rt->handler(sv, q, r);
		/*
		 * The reply body is checked here, once for every handler: a
		 * body cut short by a failed append is never sent as whole.
		 */
		if (r->body.err)
			rasdp_serve_error_rc(r, r->body.err, NULL, q->path);
		return RASD_DISPATCH_DONE;
	}
	if (path_seen) {
		char msg[64];

		snprintf(msg, sizeof(msg), "method %.16s not allowed here", q->method);
		rasdp_serve_error(r, 405, msg, q->path);
		return RASD_DISPATCH_DONE;
	}
	if (!strncmp(q->path, "/api/", 5) || !strcmp(q->path, "/api")) {
		rasdp_serve_error(r, 404, "no such endpoint", q->path);
		return RASD_DISPATCH_DONE;
	}
	if (strcmp(q->method, "GET") && strcmp(q->method, "HEAD")) {
		rasdp_serve_error(r, 405, "only GET and HEAD serve files", q->path);
		return RASD_DISPATCH_DONE;
	}
	return RASD_DISPATCH_STATIC;
}
