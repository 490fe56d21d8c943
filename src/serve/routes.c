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
 * never runs for an unauthorised write.
 */
#include <stdio.h>
#include <string.h>

#include "base/jsonw.h"
#include "serve/serve_int.h"
#include "base/banned.h"

const struct rasd_route rasdp_routes[] = {
	{ "GET", "/api/health", rasdp_api_health, 0 },
	{ "POST", "/api/documents", rasdp_api_post_documents, RASD_ROUTE_TOKEN },
	{ "GET", "/api/documents/:id", rasdp_api_get_document, 0 },
	{ "GET", "/api/incidents", rasdp_api_list_incidents, 0 },
	{ "GET", "/api/incidents/:id", rasdp_api_get_incident, 0 },
	{ "GET", "/api/search", rasdp_api_search, 0 },
	{ "GET", "/api/export", rasdp_api_export, 0 },
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
