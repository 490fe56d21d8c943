/*
 * server.c - the network side of `rasd serve`: the libmicrohttpd daemon,
 * request bodies with a size cap, the bearer token, static files, and the
 * config file.
 *
 * The daemon runs one internal polling thread, so handlers (api_*.c) run
 * one at a time and share one store connection and one engine without
 * locks; the connection count is bounded (MHD_OPTION_CONNECTION_LIMIT) and
 * idle connections time out.  Each request gets a small context that
 * collects its body; past max_request the body is dropped and the answer is
 * 413 (a Content-Length over the limit is refused before any byte is read).
 * Static files are served only from inside the web root: a path holding
 * ".." is refused, and the resolved path (realpath) must stay under the
 * root's real path, so symbolic links cannot lead out either.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <microhttpd.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/jsonw.h"
#include "serve/serve_int.h"
#include "base/banned.h"

/* ---- static files --------------------------------------------------- */

const char *rasdp_mime_of(const char *path)
{
	static const struct { const char *ext, *type; } types[] = {
		{ ".html", "text/html; charset=utf-8" },
		{ ".js", "text/javascript; charset=utf-8" },
		{ ".mjs", "text/javascript; charset=utf-8" },
		{ ".css", "text/css; charset=utf-8" },
		{ ".json", "application/json" },
		{ ".png", "image/png" },
		{ ".svg", "image/svg+xml" },
		{ ".ico", "image/x-icon" },
		{ ".md", "text/plain; charset=utf-8" },
	};
	const char *dot = strrchr(path, '.');
	size_t i;

	for (i = 0; dot && i < sizeof(types) / sizeof(*types); i++)
		if (!strcmp(dot, types[i].ext))
			return types[i].type;
	return "application/octet-stream";
}

void rasdp_serve_static(struct rasd_server *sv, const char *url, struct rasd_reply *r)
{
	char want[PATH_MAX], real[PATH_MAX];
	const char *rel = url;
	size_t rootlen = strlen(sv->webroot);
	struct stat st;
	int fd;
	ssize_t got;
	size_t total = 0;

	if (!strcmp(rel, "/"))
		rel = "/index.html";
	if (strstr(rel, "..") || strlen(rel) + rootlen + 1 >= sizeof(want)) {
		rasdp_serve_error(r, 404, "not found", url);
		return;
	}
	memcpy(want, sv->webroot, rootlen);
	memcpy(want + rootlen, rel, strlen(rel) + 1);
	if (!realpath(want, real) || strncmp(real, sv->webroot, rootlen) ||
	    (real[rootlen] != '/' && real[rootlen] != '\0') ||
	    stat(real, &st) || !S_ISREG(st.st_mode)) {
		rasdp_serve_error(r, 404, "not found", url);
		return;
	}
	fd = open(real, O_RDONLY);
	if (fd < 0) {
		rasdp_serve_error(r, 404, "not found", url);
		return;
	}
	rasd_buf_reset(&r->body);
	if (rasd_buf_grow(&r->body, (size_t)st.st_size)) {
		close(fd);
		rasdp_serve_error(r, 500, "out of memory", url);
		return;
	}
	while ((got = read(fd, r->body.buf + total, (size_t)st.st_size - total)) > 0)
		total += (size_t)got;
	close(fd);
	r->body.len = total;
	r->body.buf[total] = '\0';
	r->status = 200;
	r->type = rasdp_mime_of(real);
}

/* ---- the daemon ----------------------------------------------------- */

struct req {
	struct rasd_buf body;
	int toobig;             /* 1: refused by Content-Length, 2: grew past the cap */
	int failed;             /* the body could not be held: out of memory */
};

static void request_done(void *cls, struct MHD_Connection *c, void **con_cls,
			 enum MHD_RequestTerminationCode toe)
{
	struct req *rq = *con_cls;

	(void)cls;
	(void)c;
	(void)toe;
	if (rq) {
		rasd_buf_release(&rq->body);
		free(rq);
		*con_cls = NULL;
	}
}

static enum MHD_Result collect_arg(void *cls, enum MHD_ValueKind kind, const char *key,
				      const char *value)
{
	struct rasd_request *q = cls;

	(void)kind;
	if (q->nargs < RASD_MAX_ARGS) {
		q->args[q->nargs].key = key;
		q->args[q->nargs].value = value ? value : "";
		q->nargs++;
	}
	return MHD_YES;
}

static int authorised(struct rasd_server *sv, struct MHD_Connection *c)
{
	const char *h = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Authorization");
	size_t n;

	if (!sv->conf->token || !*sv->conf->token || !h || strncmp(h, "Bearer ", 7))
		return 0;
	h += 7;
	n = strlen(sv->conf->token);
	/* Compare in constant time over the token's length. */
	{
		size_t i, hl = strlen(h);
		unsigned char diff = (unsigned char)(hl != n);

		for (i = 0; i < n; i++)
			diff |= (unsigned char)(sv->conf->token[i] ^ (i < hl ? h[i] : 0));
		return diff == 0;
	}
}

static enum MHD_Result send_reply(struct MHD_Connection *c, struct rasd_reply *r)
{
	struct MHD_Response *resp;
	enum MHD_Result ret;

	resp = MHD_create_response_from_buffer(r->body.len, r->body.buf, MHD_RESPMEM_MUST_COPY);
	rasd_buf_release(&r->body);
	if (!resp)
		return MHD_NO;
	MHD_add_response_header(resp, "Content-Type", r->type);
	MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
	MHD_add_response_header(resp, "Cache-Control", "no-store");
	if (r->status == 405 && r->allow[0])
		MHD_add_response_header(resp, "Allow", r->allow);
	ret = MHD_queue_response(c, (unsigned int)r->status, resp);
	MHD_destroy_response(resp);
	return ret;
}

static enum MHD_Result too_big(struct rasd_server *sv, struct MHD_Connection *c,
			       const char *url)
{
	struct rasd_reply r;
	char msg[96];

	rasdp_reply_init(&r);
	snprintf(msg, sizeof(msg), "request body over the limit of %zu bytes", sv->max_request);
	rasdp_serve_error(&r, 413, msg, url);
	return send_reply(c, &r);
}

static enum MHD_Result answer(void *cls, struct MHD_Connection *c, const char *url,
			      const char *method, const char *version,
			      const char *upload, size_t *upload_size, void **con_cls)
{
	struct rasd_server *sv = cls;
	struct req *rq = *con_cls;
	struct rasd_reply r;
	struct rasd_request q;

	(void)version;
	if (!rq) {
		const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
							     MHD_HTTP_HEADER_CONTENT_LENGTH);

		rq = calloc(1, sizeof(*rq));
		if (!rq)
			return MHD_NO;
		rasd_buf_init(&rq->body, sv->max_request);
		*con_cls = rq;
		/* Refuse a declared body over the limit before reading it. */
		if (cl && strtoull(cl, NULL, 10) > sv->max_request) {
			rq->toobig = 1;
			return too_big(sv, c, url);
		}
		return MHD_YES;
	}
	if (*upload_size) {
		if (rq->toobig || rq->failed) {
			*upload_size = 0;
			return MHD_YES;
		}

		/*
		 * A chunked body has no length to check up front; past the cap
		 * the rest is read and dropped (libmicrohttpd 0.9 cannot answer
		 * in the middle of an upload) and the answer is 413.
		 */
		if (rasd_buf_add(&rq->body, upload, *upload_size)) {
			if (rq->body.err == RASD_ETOOBIG)
				rq->toobig = 2;
			else
				rq->failed = rq->body.err;
			rasd_buf_release(&rq->body);
		}
		*upload_size = 0;
		return MHD_YES;
	}
	if (rq->toobig == 1)
		return MHD_YES;         /* answered before the body */
	if (rq->toobig)
		return too_big(sv, c, url);
	if (rq->failed) {
		rasdp_reply_init(&r);
		rasdp_serve_error_rc(&r, rq->failed, NULL, url);
		return send_reply(c, &r);
	}

	rasdp_reply_init(&r);
	memset(&q, 0, sizeof(q));
	q.method = method;
	q.path = url;
	q.body = rq->body.buf;
	q.body_len = rq->body.len;
	MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, collect_arg, &q);
	if (rasdp_route_dispatch(sv, &q, authorised(sv, c), &r) == RASD_DISPATCH_STATIC)
		rasdp_serve_static(sv, url, &r);
	return send_reply(c, &r);
}

int rasdp_serve_run(struct rasd_serve_conf *conf, volatile sig_atomic_t *stop,
		    void (*ready)(int port), rasd_err *err)
{
	struct rasd_server sv;
	struct MHD_Daemon *d;
	struct sockaddr_in addr;
	const union MHD_DaemonInfo *info;
	rasd_limits lim;
	int rc;

	memset(&sv, 0, sizeof(sv));
	sv.conf = conf;
	rasd_limits_default(&lim);
	sv.max_request = conf->max_request ? conf->max_request : lim.max_request;
	if (!conf->webdir || !realpath(conf->webdir, sv.webroot))
		return rasdp_err(err, RASD_ENOTFOUND, -1, 0, "cannot open web folder '%s'",
				 conf->webdir ? conf->webdir : "(none)");
	rc = rasdp_api_open(&sv, err);
	if (rc)
		return rc;

	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_port = htons((uint16_t)conf->port);
	if (inet_pton(AF_INET, conf->host ? conf->host : "127.0.0.1", &addr.sin_addr) != 1) {
		rasdp_api_close(&sv);
		return rasdp_err(err, RASD_EINVAL, -1, 0, "'%s' is not an IPv4 address", conf->host);
	}
	d = MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ERROR_LOG,
			     (uint16_t)conf->port, NULL, NULL, answer, &sv,
			     MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&addr,
			     MHD_OPTION_NOTIFY_COMPLETED, request_done, NULL,
			     MHD_OPTION_CONNECTION_LIMIT, (unsigned int)256,
			     MHD_OPTION_CONNECTION_TIMEOUT, (unsigned int)30,
			     MHD_OPTION_END);
	if (!d) {
		rasdp_api_close(&sv);
		return rasdp_err(err, RASD_EIO, -1, 0, "cannot listen on %s:%d",
				 conf->host ? conf->host : "127.0.0.1", conf->port);
	}
	info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
	conf->bound_port = info ? info->port : conf->port;
	if (ready)
		ready(conf->bound_port);
	while (!*stop) {
		struct timespec ts = { 0, 100 * 1000 * 1000 };

		nanosleep(&ts, NULL);
	}
	MHD_stop_daemon(d);
	rasdp_api_close(&sv);
	return 0;
}

/* "1024", "64K", "8M", "1G" into bytes; 0 or -1. */
static int parse_size(const char *s, size_t *out)
{
	char *end;
	unsigned long long n;
	unsigned shift = 0;

	if (*s < '0' || *s > '9')
		return -1;
	n = strtoull(s, &end, 10);
	switch (*end) {
	case 'k': case 'K': shift = 10; end++; break;
	case 'm': case 'M': shift = 20; end++; break;
	case 'g': case 'G': shift = 30; end++; break;
	default: break;
	}
	if (*end == 'B' || *end == 'b')
		end++;
	if (*end || !n || n > (SIZE_MAX >> shift))
		return -1;
	*out = (size_t)(n << shift);
	return 0;
}

int rasdp_serve_config(const char *path, struct rasd_serve_conf *conf, rasd_err *err)
{
	FILE *f = fopen(path, "r");
	char line[1024];
	long no = 0;

	if (!f)
		return rasdp_err(err, RASD_ENOTFOUND, -1, 0, "cannot open '%s': %s", path, strerror(errno));
	while (fgets(line, sizeof(line), f)) {
		char *k = line, *v, *e;

		no++;
		while (*k == ' ' || *k == '\t')
			k++;
		if (*k == '#' || *k == '\n' || !*k)
			continue;
		v = strchr(k, '=');
		if (!v) {
			fclose(f);
			return rasdp_err(err, RASD_EPARSE, -1, no, "%s:%ld: expected 'key = value'", path, no);
		}
		*v++ = '\0';
		for (e = v - 2; e >= k && (*e == ' ' || *e == '\t'); e--)
			*e = '\0';
		while (*v == ' ' || *v == '\t')
			v++;
		for (e = v + strlen(v) - 1; e >= v && (*e == '\n' || *e == '\r' || *e == ' '); e--)
			*e = '\0';
		if (!strcmp(k, "token"))
			conf->token = strdup(v);
		else if (!strcmp(k, "db"))
			conf->db = strdup(v);
		else if (!strcmp(k, "web"))
			conf->webdir = strdup(v);
		else if (!strcmp(k, "data"))
			conf->datadir = strdup(v);
		else if (!strcmp(k, "max_request")) {
			if (parse_size(v, &conf->max_request)) {
				fclose(f);
				return rasdp_err(err, RASD_EPARSE, -1, no,
						 "%s:%ld: max_request wants a size like 8M, not '%s'",
						 path, no, v);
			}
		}
		else if (!strcmp(k, "listen")) {
			char *colon = strrchr(v, ':');

			if (colon) {
				*colon = '\0';
				conf->port = atoi(colon + 1);
			}
			conf->host = strdup(v);
		} else {
			fclose(f);
			return rasdp_err(err, RASD_EPARSE, -1, no, "%s:%ld: unknown key '%s'", path, no, k);
		}
	}
	fclose(f);
	return 0;
}
