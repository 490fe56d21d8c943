/*
 * test_serve.c - `rasd serve` without the network: route matching, the
 * rasd_status to HTTP mapping, dispatch (401/404/405 before any handler
 * runs), JSON error bodies, the config file, static files (MIME types, no
 * way out of the web root), and the handlers against a real engine and a
 * SQLite store in a temporary folder.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <json-c/json.h>

#include "serve/serve_int.h"

/* ---- route matching ---------------------------------------------------- */

static void test_route_match(void **state)
{
	const char *params[RASD_MAX_PARAMS];
	char buf[64];

	(void)state;
	assert_int_equal(rasdp_route_match("/api/health", "/api/health", params, 4, buf, sizeof(buf)), 1);
	assert_int_equal(rasdp_route_match("/api/health", "/api/healthz", params, 4, buf, sizeof(buf)), 0);
	assert_int_equal(rasdp_route_match("/api/health", "/api/healt", params, 4, buf, sizeof(buf)), 0);
	assert_int_equal(rasdp_route_match("/api/health", "/api/health/", params, 4, buf, sizeof(buf)), 0);

	assert_int_equal(rasdp_route_match("/api/incidents/:id", "/api/incidents/inc-12ab",
					   params, 4, buf, sizeof(buf)), 1);
	assert_string_equal(params[0], "inc-12ab");
	/* A parameter is one non-empty segment. */
	assert_int_equal(rasdp_route_match("/api/incidents/:id", "/api/incidents/",
					   params, 4, buf, sizeof(buf)), 0);
	assert_int_equal(rasdp_route_match("/api/incidents/:id", "/api/incidents/a/b",
					   params, 4, buf, sizeof(buf)), 0);
	assert_int_equal(rasdp_route_match("/api/incidents/:id", "/api/incidents",
					   params, 4, buf, sizeof(buf)), 0);

	/* Two parameters, in order; UTF-8 passes through. */
	assert_int_equal(rasdp_route_match("/a/:x/b/:y", "/a/\xd8\xac\xd8\xa7/b/2",
					   params, 4, buf, sizeof(buf)), 1);
	assert_string_equal(params[0], "\xd8\xac\xd8\xa7");
	assert_string_equal(params[1], "2");
	/* More parameters than slots, or a value bigger than the buffer: no match. */
	assert_int_equal(rasdp_route_match("/a/:x/b/:y", "/a/1/b/2", params, 1, buf, sizeof(buf)), 0);
	assert_int_equal(rasdp_route_match("/d/:id", "/d/0123456789", params, 4, buf, 8), 0);
	assert_int_equal(rasdp_route_match("/d/:id", "/d/0123456", params, 4, buf, 8), 1);
}

static void test_status_map(void **state)
{
	(void)state;
	assert_int_equal(rasdp_serve_status(RASD_OK), 200);
	assert_int_equal(rasdp_serve_status(RASD_EPARSE), 400);
	assert_int_equal(rasdp_serve_status(RASD_EUTF8), 400);
	assert_int_equal(rasdp_serve_status(RASD_EINVAL), 400);
	assert_int_equal(rasdp_serve_status(RASD_EEMPTY), 400);
	assert_int_equal(rasdp_serve_status(RASD_EBINARY), 400);
	assert_int_equal(rasdp_serve_status(RASD_EAUTH), 401);
	assert_int_equal(rasdp_serve_status(RASD_ENOTFOUND), 404);
	assert_int_equal(rasdp_serve_status(RASD_ETOOBIG), 413);
	assert_int_equal(rasdp_serve_status(RASD_ENOMEM), 500);
	assert_int_equal(rasdp_serve_status(RASD_EIO), 500);
	assert_int_equal(rasdp_serve_status(RASD_ESTORE), 500);
	assert_int_equal(rasdp_serve_status(-1000), 500);
}

/* The reply body as JSON, checking it parses; the caller puts it. */
static json_object *body_json(const struct rasd_reply *r)
{
	json_object *o = json_tokener_parse(r->body.buf);

	assert_non_null(o);
	return o;
}

static const char *get_str(json_object *o, const char *k)
{
	json_object *v;

	if (!json_object_object_get_ex(o, k, &v))
		return NULL;
	return json_object_get_string(v);
}

static void test_error_body(void **state)
{
	struct rasd_reply r;
	json_object *o;
	rasd_err err = { 0 };

	(void)state;
	rasdp_reply_init(&r);
	rasd_buf_adds(&r.body, "partial output that must go");
	err.code = RASD_ENOTFOUND;
	snprintf(err.msg, sizeof(err.msg), "no document \"x\"");
	rasdp_serve_error_rc(&r, RASD_ENOTFOUND, &err, "/api/documents/x");
	assert_int_equal(r.status, 404);
	assert_string_equal(r.type, "application/json");
	o = body_json(&r);
	assert_string_equal(get_str(o, "error"), "no document \"x\"");
	assert_string_equal(get_str(o, "where"), "/api/documents/x");
	json_object_put(o);

	/* Without details the status text is the message. */
	rasdp_serve_error_rc(&r, RASD_ETOOBIG, NULL, NULL);
	assert_int_equal(r.status, 413);
	o = body_json(&r);
	assert_string_equal(get_str(o, "error"), rasd_strerror(RASD_ETOOBIG));
	assert_null(get_str(o, "where"));
	json_object_put(o);
	rasd_buf_release(&r.body);
}

static void req(struct rasd_request *q, const char *method, const char *path)
{
	memset(q, 0, sizeof(*q));
	q->method = method;
	q->path = path;
	q->body = "";
}

static void test_dispatch_errors(void **state)
{
	struct rasd_serve_conf conf;
	struct rasd_server sv;
	struct rasd_request q;
	struct rasd_reply r;
	json_object *o;

	(void)state;
	/* No store and no engine: a handler that ran would crash. */
	memset(&conf, 0, sizeof(conf));
	conf.token = "secret";
	memset(&sv, 0, sizeof(sv));
	sv.conf = &conf;

	rasdp_reply_init(&r);
	req(&q, "POST", "/api/documents");
	assert_int_equal(rasdp_route_dispatch(&sv, &q, 0, &r), RASD_DISPATCH_DONE);
	assert_int_equal(r.status, 401);
	o = body_json(&r);
	assert_non_null(strstr(get_str(o, "error"), "token"));
	json_object_put(o);
	rasd_buf_release(&r.body);

	rasdp_reply_init(&r);
	req(&q, "DELETE", "/api/health");
	assert_int_equal(rasdp_route_dispatch(&sv, &q, 1, &r), RASD_DISPATCH_DONE);
	assert_int_equal(r.status, 405);
	assert_string_equal(r.allow, "GET");
	rasd_buf_release(&r.body);

	rasdp_reply_init(&r);
	req(&q, "PUT", "/api/documents");
	assert_int_equal(rasdp_route_dispatch(&sv, &q, 1, &r), RASD_DISPATCH_DONE);
	assert_int_equal(r.status, 405);
	assert_string_equal(r.allow, "POST");
	rasd_buf_release(&r.body);

	rasdp_reply_init(&r);
	req(&q, "GET", "/api/nothing/here");
	assert_int_equal(rasdp_route_dispatch(&sv, &q, 1, &r), RASD_DISPATCH_DONE);
	assert_int_equal(r.status, 404);
	o = body_json(&r);
	assert_string_equal(get_str(o, "where"), "/api/nothing/here");
	json_object_put(o);
	rasd_buf_release(&r.body);

	rasdp_reply_init(&r);
	req(&q, "GET", "/api/incidents/");
	assert_int_equal(rasdp_route_dispatch(&sv, &q, 1, &r), RASD_DISPATCH_DONE);
	assert_int_equal(r.status, 404);
	rasd_buf_release(&r.body);

	/* Other paths go to the static files, for GET and HEAD only. */
	rasdp_reply_init(&r);
	req(&q, "GET", "/index.html");
	assert_int_equal(rasdp_route_dispatch(&sv, &q, 0, &r), RASD_DISPATCH_STATIC);
	req(&q, "HEAD", "/");
	assert_int_equal(rasdp_route_dispatch(&sv, &q, 0, &r), RASD_DISPATCH_STATIC);
	req(&q, "POST", "/index.html");
	assert_int_equal(rasdp_route_dispatch(&sv, &q, 1, &r), RASD_DISPATCH_DONE);
	assert_int_equal(r.status, 405);
	rasd_buf_release(&r.body);

	/* Without a configured token writing is off, even when "authorised". */
	conf.token = NULL;
	rasdp_reply_init(&r);
	req(&q, "POST", "/api/documents");
	assert_int_equal(rasdp_route_dispatch(&sv, &q, 0, &r), RASD_DISPATCH_DONE);
	assert_int_equal(r.status, 401);
	o = body_json(&r);
	assert_non_null(strstr(get_str(o, "error"), "disabled"));
	json_object_put(o);
	rasd_buf_release(&r.body);
}

static void test_request_arg(void **state)
{
	struct rasd_request q;

	(void)state;
	req(&q, "GET", "/api/incidents");
	q.args[0].key = "q";
	q.args[0].value = "";
	q.args[1].key = "admin1";
	q.args[1].value = "Daraa";
	q.nargs = 2;
	assert_null(rasdp_request_arg(&q, "q"));          /* empty is absent */
	assert_string_equal(rasdp_request_arg(&q, "admin1"), "Daraa");
	assert_null(rasdp_request_arg(&q, "type"));
}

/* ---- config file and static files --------------------------------------- */

static char tmpdir_[256];

static void write_file(const char *path, const char *s)
{
	FILE *f = fopen(path, "w");

	assert_non_null(f);
	fputs(s, f);
	fclose(f);
}

static void test_config(void **state)
{
	struct rasd_serve_conf conf;
	char path[400];
	rasd_err err;

	(void)state;
	snprintf(path, sizeof(path), "%s/serve.conf", tmpdir_);
	write_file(path, "# rasd serve\n\n  token = s3cret  \nlisten=0.0.0.0:9090\n"
		   "db = /var/lib/rasd.db\nmax_request = 64K\n");
	memset(&conf, 0, sizeof(conf));
	memset(&err, 0, sizeof(err));
	assert_int_equal(rasdp_serve_config(path, &conf, &err), 0);
	assert_string_equal(conf.token, "s3cret");
	assert_string_equal(conf.host, "0.0.0.0");
	assert_int_equal(conf.port, 9090);
	assert_string_equal(conf.db, "/var/lib/rasd.db");
	assert_int_equal(conf.max_request, 64 * 1024);
	free((char *)conf.token);
	free((char *)conf.host);
	free((char *)conf.db);

	write_file(path, "token = a\nnonsense line\n");
	memset(&conf, 0, sizeof(conf));
	assert_int_equal(rasdp_serve_config(path, &conf, &err), RASD_EPARSE);
	assert_int_equal(err.line, 2);
	free((char *)conf.token);

	write_file(path, "max_request = lots\n");
	memset(&conf, 0, sizeof(conf));
	assert_int_equal(rasdp_serve_config(path, &conf, &err), RASD_EPARSE);
	assert_int_equal(err.line, 1);

	write_file(path, "colour = blue\n");
	memset(&conf, 0, sizeof(conf));
	assert_int_equal(rasdp_serve_config(path, &conf, &err), RASD_EPARSE);
	assert_non_null(strstr(err.msg, "colour"));

	snprintf(path, sizeof(path), "%s/missing.conf", tmpdir_);
	assert_int_equal(rasdp_serve_config(path, &conf, &err), RASD_ENOTFOUND);
}

static void test_static(void **state)
{
	struct rasd_server sv;
	struct rasd_reply r;
	char path[400], link[400];

	(void)state;
	snprintf(path, sizeof(path), "%s/web", tmpdir_);
	assert_int_equal(mkdir(path, 0700), 0);
	snprintf(path, sizeof(path), "%s/web/index.html", tmpdir_);
	write_file(path, "<title>rasd</title>");
	snprintf(path, sizeof(path), "%s/web/app.js", tmpdir_);
	write_file(path, "'use strict';");
	snprintf(path, sizeof(path), "%s/secret.txt", tmpdir_);
	write_file(path, "outside");
	snprintf(link, sizeof(link), "%s/web/leak.txt", tmpdir_);
	assert_int_equal(symlink(path, link), 0);

	memset(&sv, 0, sizeof(sv));
	snprintf(path, sizeof(path), "%s/web", tmpdir_);
	assert_non_null(realpath(path, sv.webroot));

	rasdp_reply_init(&r);
	rasdp_serve_static(&sv, "/", &r);
	assert_int_equal(r.status, 200);
	assert_string_equal(r.body.buf, "<title>rasd</title>");
	assert_string_equal(r.type, "text/html; charset=utf-8");
	rasdp_serve_static(&sv, "/app.js", &r);
	assert_int_equal(r.status, 200);
	assert_string_equal(r.type, "text/javascript; charset=utf-8");

	rasdp_serve_static(&sv, "/../secret.txt", &r);
	assert_int_equal(r.status, 404);
	assert_null(strstr(r.body.buf, "outside"));
	rasdp_serve_static(&sv, "/leak.txt", &r);             /* symlink out of the root */
	assert_int_equal(r.status, 404);
	assert_null(strstr(r.body.buf, "outside"));
	rasdp_serve_static(&sv, "/nothing.css", &r);
	assert_int_equal(r.status, 404);
	rasdp_serve_static(&sv, "/.", &r);                    /* a folder */
	assert_int_equal(r.status, 404);
	rasd_buf_release(&r.body);

	assert_string_equal(rasdp_mime_of("a/b/leaflet.css"), "text/css; charset=utf-8");
	assert_string_equal(rasdp_mime_of("countries-50m.json"), "application/json");
	assert_string_equal(rasdp_mime_of("marker-icon.png"), "image/png");
	assert_string_equal(rasdp_mime_of("noext"), "application/octet-stream");
}

/* ---- handlers against a real store --------------------------------------- */

static void run(struct rasd_server *sv, const char *method, const char *path,
		const char *query_q, const char *body, struct rasd_reply *r)
{
	struct rasd_request q;

	req(&q, method, path);
	if (query_q) {
		q.args[0].key = "q";
		q.args[0].value = query_q;
		q.nargs = 1;
	}
	q.body = body ? body : "";
	q.body_len = strlen(q.body);
	rasdp_reply_init(r);
	assert_int_equal(rasdp_route_dispatch(sv, &q, 1, r), RASD_DISPATCH_DONE);
}

static void test_handlers(void **state)
{
	struct rasd_serve_conf conf;
	struct rasd_server sv;
	struct rasd_reply r;
	char db[400];
	rasd_err err;
	json_object *o, *v;
	const char *doc =
		"{\"id\":\"d1\",\"lang\":\"en\",\"outlet\":\"example.org\",\"published\":\"2021-10-20\","
		"\"text\":\"At least 14 soldiers were killed when two bombs exploded on a military bus "
		"at Jisr al-Rais in Damascus on Wednesday, state news agency SANA said.\"}";

	(void)state;
	snprintf(db, sizeof(db), "%s/rasd.db", tmpdir_);
	memset(&conf, 0, sizeof(conf));
	conf.db = db;
	conf.token = "t";
	memset(&sv, 0, sizeof(sv));
	sv.conf = &conf;
	memset(&err, 0, sizeof(err));
	assert_int_equal(rasdp_api_open(&sv, &err), 0);

	run(&sv, "GET", "/api/health", NULL, NULL, &r);
	assert_int_equal(r.status, 200);
	o = body_json(&r);
	assert_true(json_object_object_get_ex(o, "documents", &v));
	assert_int_equal(json_object_get_int(v), 0);
	json_object_put(o);
	rasd_buf_release(&r.body);

	/*
	 * A bad second line: the first is stored, as `rasd ingest` stores the
	 * good lines of a file, and each line is answered (207).
	 */
	run(&sv, "POST", "/api/documents", NULL, "{\"text\":\"ok\"}\n{\"text\": 12", &r);
	assert_int_equal(r.status, 207);
	o = body_json(&r);
	assert_true(json_object_object_get_ex(o, "documents", &v));
	assert_int_equal(json_object_array_length(v), 2);
	assert_string_equal(get_str(json_object_array_get_idx(v, 0), "result"), "inserted");
	assert_string_equal(get_str(json_object_array_get_idx(v, 1), "result"), "error");
	assert_non_null(strstr(get_str(json_object_array_get_idx(v, 1), "error"), "not JSON"));
	json_object_put(o);
	rasd_buf_release(&r.body);
	/* Every line bad: 400 with the error shape, the first bad line, and the lines. */
	run(&sv, "POST", "/api/documents", NULL, "\xef\xbb\xbf{\"id\":1}\n[3]", &r);
	assert_int_equal(r.status, 400);
	o = body_json(&r);
	assert_string_equal(get_str(o, "where"), "line 1");
	assert_non_null(strstr(get_str(o, "error"), "\"text\" string"));
	json_object_put(o);
	rasd_buf_release(&r.body);
	run(&sv, "POST", "/api/documents", NULL, "[1, 2]", &r);
	assert_int_equal(r.status, 400);
	rasd_buf_release(&r.body);
	run(&sv, "POST", "/api/documents", NULL, "\n  \n", &r);
	assert_int_equal(r.status, 400);
	rasd_buf_release(&r.body);
	run(&sv, "GET", "/api/documents/d1", NULL, NULL, &r);
	assert_int_equal(r.status, 404);
	rasd_buf_release(&r.body);

	run(&sv, "POST", "/api/documents", NULL, doc, &r);
	assert_int_equal(r.status, 201);
	o = body_json(&r);
	assert_true(json_object_object_get_ex(o, "incidents", &v));
	assert_true(json_object_get_int(v) >= 1);
	json_object_put(o);
	rasd_buf_release(&r.body);
	/* The same text again changes nothing. */
	run(&sv, "POST", "/api/documents", NULL, doc, &r);
	assert_int_equal(r.status, 201);
	assert_non_null(strstr(r.body.buf, "\"unchanged\""));
	rasd_buf_release(&r.body);

	run(&sv, "GET", "/api/documents/d1", NULL, NULL, &r);
	assert_int_equal(r.status, 200);
	assert_non_null(strstr(r.body.buf, "\"value\":14"));
	assert_non_null(strstr(r.body.buf, "\"text\":\"At least 14"));
	rasd_buf_release(&r.body);

	run(&sv, "GET", "/api/incidents", NULL, NULL, &r);
	assert_int_equal(r.status, 200);
	o = body_json(&r);
	assert_true(json_object_object_get_ex(o, "incidents", &v));
	assert_true(json_object_array_length(v) >= 1);
	{
		char path[200];
		const char *id = get_str(json_object_array_get_idx(v, 0), "id");

		snprintf(path, sizeof(path), "/api/incidents/%s", id);
		json_object_put(o);
		rasd_buf_release(&r.body);
		run(&sv, "GET", path, NULL, NULL, &r);
		assert_int_equal(r.status, 200);
		assert_non_null(strstr(r.body.buf, "\"documents\":[{\"id\":\"d1\""));
		rasd_buf_release(&r.body);
	}
	run(&sv, "GET", "/api/incidents/inc-none", NULL, NULL, &r);
	assert_int_equal(r.status, 404);
	rasd_buf_release(&r.body);

	run(&sv, "GET", "/api/search", "Damascus", NULL, &r);
	assert_int_equal(r.status, 200);
	assert_non_null(strstr(r.body.buf, "\"doc\":\"d1\""));
	rasd_buf_release(&r.body);
	run(&sv, "GET", "/api/search", "Aleppo", NULL, &r);
	assert_int_equal(r.status, 200);
	assert_null(strstr(r.body.buf, "\"doc\":\"d1\""));
	rasd_buf_release(&r.body);
	run(&sv, "GET", "/api/search", NULL, NULL, &r);
	assert_int_equal(r.status, 400);
	rasd_buf_release(&r.body);

	run(&sv, "GET", "/api/export", NULL, NULL, &r);
	assert_int_equal(r.status, 200);
	assert_string_equal(r.type, "text/csv; charset=utf-8");
	assert_non_null(strstr(r.body.buf, "event_id_cnty"));
	rasd_buf_release(&r.body);

	/*
	 * The incidents-by-id table was built by the GETs above; a write must
	 * drop it, so every incident listed now is found by id.
	 */
	run(&sv, "POST", "/api/documents", NULL,
	    "{\"id\":\"d2\",\"lang\":\"en\",\"published\":\"2022-03-02\",\"text\":\"Five civilians "
	    "were killed in an air strike on the town of Atarib in Aleppo province on Tuesday, "
	    "the Syrian Observatory for Human Rights said.\"}", &r);
	assert_int_equal(r.status, 201);
	rasd_buf_release(&r.body);
	run(&sv, "GET", "/api/incidents", NULL, NULL, &r);
	o = body_json(&r);
	assert_true(json_object_object_get_ex(o, "incidents", &v));
	assert_true(json_object_array_length(v) >= 2);
	{
		size_t i, n = json_object_array_length(v);
		int found_d2 = 0;

		for (i = 0; i < n; i++) {
			struct rasd_reply r2;
			char path[200];

			snprintf(path, sizeof(path), "/api/incidents/%s",
				 get_str(json_object_array_get_idx(v, i), "id"));
			run(&sv, "GET", path, NULL, NULL, &r2);
			assert_int_equal(r2.status, 200);
			found_d2 |= strstr(r2.body.buf, "\"documents\":[{\"id\":\"d2\"") != NULL;
			rasd_buf_release(&r2.body);
		}
		assert_true(found_d2);
	}
	json_object_put(o);
	rasd_buf_release(&r.body);

	rasdp_api_close(&sv);
}

static int setup(void **state)
{
	const char *t = getenv("TMPDIR");

	(void)state;
	snprintf(tmpdir_, sizeof(tmpdir_), "%s/rasd-test-serve-XXXXXX", t && *t ? t : "/tmp");
	return mkdtemp(tmpdir_) ? 0 : -1;
}

static int teardown(void **state)
{
	char cmd[400];

	(void)state;
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", tmpdir_);
	return system(cmd) == 0 ? 0 : -1;
}

static void test_bearer_and_args(void **state)
{
	struct rasd_request q;
	struct rasd_reply r;

	(void)state;
	assert_true(rasdp_bearer_ok("Bearer tok", "tok"));
	assert_true(rasdp_bearer_ok("bearer tok", "tok"));
	assert_true(rasdp_bearer_ok("BEARER   tok ", "tok"));
	assert_false(rasdp_bearer_ok("Bearer tokx", "tok"));
	assert_false(rasdp_bearer_ok("Bearer to", "tok"));
	assert_false(rasdp_bearer_ok("Basic tok", "tok"));
	assert_false(rasdp_bearer_ok("Bearertok", "tok"));
	assert_false(rasdp_bearer_ok(NULL, "tok"));
	assert_false(rasdp_bearer_ok("Bearer ", ""));

	memset(&q, 0, sizeof(q));
	q.nargs = 2;
	q.args[0].key = "from";
	q.args[0].value = "2023-01-31";
	q.args[1].key = "limit";
	q.args[1].value = "50";
	rasdp_reply_init(&r);
	assert_int_equal(rasdp_check_args(&q, &r), 0);
	{
		static const char *const bad[][2] = {
			{ "from", "garbage" }, { "from", "2023-13-45" }, { "to", "2023-02-30" },
			{ "to", "2023-1-1" }, { "from", "2023-01-01T00" }, { "limit", "-3" },
			{ "limit", "1e3" }, { "limit", "200000" }, { "offset", "x" },
		};
		size_t i;

		for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
			q.args[1].key = bad[i][0];
			q.args[1].value = bad[i][1];
			rasdp_reply_init(&r);
			assert_int_equal(rasdp_check_args(&q, &r), -1);
			assert_int_equal(r.status, 400);
			assert_non_null(strstr(r.body.buf, "\"where\":\""));
			assert_non_null(strstr(r.body.buf, bad[i][0]));
			rasd_buf_release(&r.body);
		}
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bearer_and_args),
		cmocka_unit_test(test_route_match),
		cmocka_unit_test(test_status_map),
		cmocka_unit_test(test_error_body),
		cmocka_unit_test(test_dispatch_errors),
		cmocka_unit_test(test_request_arg),
		cmocka_unit_test(test_config),
		cmocka_unit_test(test_static),
		cmocka_unit_test(test_handlers),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
