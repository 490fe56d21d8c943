/*
 * fuzz_http_body.c - the HTTP API's request handling (src/serve/api.c)
 * without the network.
 *
 * Input: one control byte, a request line "PATH[?QUERY]" up to the first
 * newline, then the request body.  Bit 0 of the control byte picks POST or
 * GET.  The request is routed like routes.c does it (rasdp_route_match()
 * over rasdp_routes, the query arguments checked by rasdp_check_args(),
 * bearer-token check left out, though rasdp_bearer_ok() reads the body's
 * first line as an Authorization header) and the handler runs
 * against a real engine and a SQLite store in a temporary file, so posted
 * reports are extracted, stored and then found by later GETs; the store is
 * started afresh every 256 posts to keep runs fast.  Checks: the status is
 * an HTTP status, and a JSON reply is one valid UTF-8 JSON value
 * (-DRASD_FUZZ_LENIENT_UTF8: JSON only).
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <json-c/json.h>

#include "serve/serve_int.h"
#include "text/text.h"
#include "base/banned.h"

static struct rasd_serve_conf conf;
static struct rasd_server sv;
static char dbpath[256];
static unsigned posts;

static void remove_db(void)
{
	char path[300];

	rasdp_api_close(&sv);
	unlink(dbpath);
	snprintf(path, sizeof(path), "%s-wal", dbpath);
	unlink(path);
	snprintf(path, sizeof(path), "%s-shm", dbpath);
	unlink(path);
	snprintf(path, sizeof(path), "%s-journal", dbpath);
	unlink(path);
}

static void server(void)
{
	rasd_err err;
	int fd;

	if (sv.engine && posts < 256)
		return;
	if (sv.engine) {
		remove_db();
		posts = 0;
	} else {
		snprintf(dbpath, sizeof(dbpath), "%s/rasd-fuzz-http-XXXXXX",
			 getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
		fd = mkstemp(dbpath);
		if (fd < 0)
			abort();
		close(fd);
		atexit(remove_db);
	}
	unlink(dbpath);
	memset(&conf, 0, sizeof(conf));
	conf.host = "127.0.0.1";
	conf.db = dbpath;
	memset(&sv, 0, sizeof(sv));
	sv.conf = &conf;
	sv.max_request = 8u << 20;
	memset(&err, 0, sizeof(err));
	if (rasdp_api_open(&sv, &err)) {
		fprintf(stderr, "fuzz_http_body: cannot open the API: %s\n", err.msg);
		abort();
	}
}

/*
 * Split "a=b&c" into q->args in place, as server.c gets them
 * from MHD: a key without '=' has the value "" (no %-decoding here).
 */
static void parse_query(char *s, struct rasd_request *q)
{
	while (s && *s && q->nargs < RASD_MAX_ARGS) {
		char *amp = strchr(s, '&'), *eq;

		if (amp)
			*amp = '\0';
		eq = strchr(s, '=');
		if (eq)
			*eq = '\0';
		q->args[q->nargs].key = s;
		q->args[q->nargs].value = eq ? eq + 1 : "";
		q->nargs++;
		s = amp ? amp + 1 : NULL;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct rasd_route *rt;
	struct rasd_request q;
	struct rasd_reply r;
	char *line, *body, *qs;
	const uint8_t *nl;
	size_t line_len, body_len, bad;

	if (size < 1)
		return 0;
	server();
	nl = memchr(data + 1, '\n', size - 1);
	line_len = nl ? (size_t)(nl - (data + 1)) : size - 1;
	body_len = nl ? size - 1 - line_len - 1 : 0;
	line = malloc(line_len + 1);
	body = malloc(body_len + 1);
	if (!line || !body) {
		free(line);
		free(body);
		return 0;
	}
	memcpy(line, data + 1, line_len);
	line[line_len] = '\0';
	if (body_len)
		memcpy(body, nl + 1, body_len);
	body[body_len] = '\0';

	memset(&q, 0, sizeof(q));
	q.method = data[0] & 1 ? "POST" : "GET";
	qs = strchr(line, '?');
	if (qs)
		*qs++ = '\0';
	parse_query(qs, &q);
	q.path = line;
	q.body = body;
	q.body_len = body_len;

	memset(&r, 0, sizeof(r));
	rasd_buf_init(&r.body, 0);
	r.status = 200;
	r.type = "application/json";
	for (rt = rasdp_routes; rt->path; rt++) {
		if (!rasdp_route_match(rt->path, q.path, q.params, RASD_MAX_PARAMS,
				       q.parambuf, sizeof(q.parambuf)))
			continue;
		if (strcmp(rt->method, q.method))
			continue;
		if (!strcmp(q.method, "POST"))
			posts++;
		(void)rasdp_bearer_ok(body, "secret-token");
		if (rasdp_check_args(&q, &r)) {
			if (r.status != 400)
				abort();
		} else {
			rt->handler(&sv, &q, &r);
		}
		if (r.status < 100 || r.status > 599)
			abort();
		if (r.type && !strncmp(r.type, "application/json", 16)) {
			json_object *o;

#ifndef RASD_FUZZ_LENIENT_UTF8
			if (rasdp_utf8_validate(r.body.buf, r.body.len, &bad))
				abort();    /* a JSON reply must be UTF-8 */
#else
			(void)bad;
#endif
			o = json_tokener_parse(r.body.buf);
			if (!o && strcmp(r.body.buf, "null"))
				abort();    /* and JSON */
			json_object_put(o);
		}
		break;
	}
	rasd_buf_release(&r.body);
	free(line);
	free(body);
	return 0;
}
