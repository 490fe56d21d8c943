/*
 * server.c - the network side of `rasd serve`: the libmicrohttpd daemon,
 * its worker threads, deadlines and slots for slow clients, request bodies
 * with a size cap, the bearer token, static files, and the config file.
 *
 * Threads.  libmicrohttpd's one polling thread (epoll) reads requests and
 * writes answers and never runs a handler: once a request is whole it is
 * queued and its connection suspended, and a worker thread runs the
 * handler and resumes it.  Readers: `workers` threads, each with its own
 * store connection (SQLite in WAL mode lets them read while a write is
 * under way; PostgreSQL is a connection each), taking light requests
 * (health, one record, files) before heavy ones (lists, search, exports);
 * one of them takes only light ones, so health and single reads are
 * answered while every other worker is busy with an export.  Writes (POST)
 * go to one writer thread with its own connection: a large post never
 * holds a read up, and the incident update after it runs there too.  A
 * housekeeping thread brings incidents left pending (a killed ingest) up
 * to date while the server already answers, then keeps the counts of
 * /api/health fresh, so a health probe never counts rows.
 *
 * Each request gets a small context that collects its body; past
 * max_request the body is dropped and the answer is 413 (a Content-Length
 * over the limit is refused before any byte is read).
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
#include <pthread.h>
#include <stdarg.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <microhttpd.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/jsonw.h"
#include "incident/recompute.h"
#include "extract/engine.h"
#include "model/model.h"
#include "serve/serve_int.h"
#include "store/store.h"
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

/* ---- connections ------------------------------------------------------ */

/*
 * Every connection is known from accept to close (MHD_OPTION_NOTIFY_
 * CONNECTION) with the phase of its current request and when that phase
 * began.  libmicrohttpd's own timeout is an idle timer that each byte
 * resets, so a client sending a header line every few seconds would hold
 * its slot for ever; here a request has a deadline for its headers
 * (counted from the connection, or from the end of the previous request
 * on a kept-alive one) and one for its body (from the end of its
 * headers), and the main loop shuts a late connection down.
 *
 * Slots: a client address may hold max_per_client connections; and
 * connections still waiting for their headers may hold all slots but
 * `reserve`: a new connection beyond that closes the one that has waited
 * longest for its headers (victim()).  A client that sends its request at
 * once (the health probe, a reader) is never in that state for long, so
 * it gets in while hundreds of slow ones are cut, and is answered by a
 * worker thread.
 */
enum phase { PH_HEAD, PH_BODY, PH_WORK, PH_SEND };

struct conn {
	struct conn *prev, *next;
	int fd;
	unsigned char addr[16];     /* IPv4 or IPv6 address bytes */
	int addrlen;
	enum phase phase;
	struct timespec since;      /* CLOCK_MONOTONIC: start of the phase */
	int cut;                    /* shut down by a deadline or to make room */
};

/* A request: its body, its parsed form, its answer, where it runs. */
struct req {
	struct rasd_buf body;
	int toobig;             /* 1: refused by Content-Length, 2: grew past the cap */
	int failed;             /* the body could not be held: out of memory */
	struct MHD_Connection *c;
	struct rasd_request q;
	struct rasd_reply r;
	int authorised;
	int cls;                /* enum rasd_route_class */
	int done;               /* answered: the worker resumed the connection */
	int queued;
	struct req *qnext;
};

struct queue {
	struct req *head, *tail;
	size_t n;
};

struct daemon_state;

struct worker {
	pthread_t tid;
	struct rasd_server sv;      /* with this thread's store connection */
	struct daemon_state *d;
	int light_only;             /* the reserved worker */
	int writer;
	int started;
};

struct daemon_state {
	struct rasd_serve_conf *conf;
	struct rasd_server base;    /* conf, web root, engine */
	struct rasdp_serve_shared shared;
	struct MHD_Daemon *mhd;
	pthread_mutex_t lock;       /* conns, queues, stopping */
	pthread_cond_t work;        /* a job for a reader */
	pthread_cond_t write;       /* a job for the writer */
	struct conn *conns;
	size_t nconns;
	struct queue light, heavy, writes;
	int stopping;
	struct worker *workers;
	int nworkers;
	int max_conns, max_per_client, reserve, header_timeout, body_timeout;
};

static void now_mono(struct timespec *t)
{
	clock_gettime(CLOCK_MONOTONIC, t);
}

static double age(const struct timespec *since, const struct timespec *now)
{
	return (double)(now->tv_sec - since->tv_sec) +
	       (double)(now->tv_nsec - since->tv_nsec) / 1e9;
}

static int addr_of(const struct sockaddr *sa, unsigned char out[16])
{
	if (!sa)
		return 0;
	if (sa->sa_family == AF_INET) {
		memcpy(out, &((const struct sockaddr_in *)sa)->sin_addr, 4);
		return 4;
	}
	if (sa->sa_family == AF_INET6) {
		memcpy(out, &((const struct sockaddr_in6 *)sa)->sin6_addr, 16);
		return 16;
	}
	return 0;
}

/* Cut a connection: the polling thread sees it end and closes it. */
static void cut(struct conn *k)
{
	if (!k->cut && k->fd >= 0)
		shutdown(k->fd, SHUT_RDWR);
	k->cut = 1;
}

/* How many live connections share k's address. */
static size_t same_addr(const struct daemon_state *d, const struct conn *k)
{
	const struct conn *o;
	size_t n = 0;

	for (o = d->conns; o; o = o->next)
		n += !o->cut && o->addrlen == k->addrlen &&
		     !memcmp(o->addr, k->addr, (size_t)k->addrlen);
	return n;
}

/*
 * Which connection waiting for its headers gives way to a new one: the
 * one that has waited longest, if that is half a second (a client that
 * sends its request at once has long been read by then, even on a busy
 * machine); else the longest waiting one of an address that holds several
 * (a flood), never a client's only connection.  NULL: none may go.
 */
static struct conn *victim(struct daemon_state *d, struct conn *oldest,
			   const struct timespec *now)
{
	struct conn *k, *best = NULL;

	if (oldest && age(&oldest->since, now) >= 0.5)
		return oldest;
	for (k = d->conns; k; k = k->next)
		if (!k->cut && k->phase == PH_HEAD &&
		    (!best || age(&k->since, &best->since) < 0) && same_addr(d, k) > 1)
			best = k;
	return best;
}

/* Called by libmicrohttpd before it accepts a connection. */
static enum MHD_Result accept_policy(void *cls, const struct sockaddr *addr, socklen_t len)
{
	struct daemon_state *d = cls;
	unsigned char a[16];
	int alen = addr_of(addr, a);
	size_t same = 0, head = 0, live = 0;
	struct conn *k, *oldest = NULL;
	struct timespec now;
	enum MHD_Result ok = MHD_YES;

	(void)len;
	now_mono(&now);
	pthread_mutex_lock(&d->lock);
	for (k = d->conns; k; k = k->next) {
		if (k->cut)
			continue;
		live++;
		if (alen && k->addrlen == alen && !memcmp(k->addr, a, (size_t)alen))
			same++;
		if (k->phase == PH_HEAD) {
			head++;
			if (!oldest || age(&k->since, &oldest->since) < 0)
				oldest = k;
		}
	}
	if (d->stopping || (d->max_per_client > 0 && same >= (size_t)d->max_per_client)) {
		ok = MHD_NO;
	} else if (head >= (size_t)(d->max_conns - d->reserve)) {
		/* make room, or refuse: slots are kept for requests that arrived */
		k = victim(d, oldest, &now);
		if (k)
			cut(k);
		else
			ok = MHD_NO;
	} else if (live >= (size_t)d->max_conns) {
		ok = MHD_NO;
	}
	pthread_mutex_unlock(&d->lock);
	return ok;
}

static void notify_connection(void *cls, struct MHD_Connection *c, void **socket_context,
			      enum MHD_ConnectionNotificationCode toe)
{
	struct daemon_state *d = cls;
	struct conn *k;

	if (toe == MHD_CONNECTION_NOTIFY_STARTED) {
		const union MHD_ConnectionInfo *fi, *ai;

		k = calloc(1, sizeof(*k));
		*socket_context = k;
		if (!k)
			return;
		fi = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD);
		ai = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
		k->fd = fi ? fi->connect_fd : -1;
		k->addrlen = ai ? addr_of(ai->client_addr, k->addr) : 0;
		k->phase = PH_HEAD;
		now_mono(&k->since);
		pthread_mutex_lock(&d->lock);
		k->next = d->conns;
		if (d->conns)
			d->conns->prev = k;
		d->conns = k;
		d->nconns++;
		pthread_mutex_unlock(&d->lock);
		return;
	}
	k = *socket_context;
	if (!k)
		return;
	/* libmicrohttpd closes the socket after this returns: it is never cut after */
	pthread_mutex_lock(&d->lock);
	if (k->prev)
		k->prev->next = k->next;
	else
		d->conns = k->next;
	if (k->next)
		k->next->prev = k->prev;
	d->nconns--;
	pthread_mutex_unlock(&d->lock);
	free(k);
	*socket_context = NULL;
}

static void set_phase(struct daemon_state *d, struct MHD_Connection *c, enum phase ph)
{
	const union MHD_ConnectionInfo *ci = MHD_get_connection_info(c,
						MHD_CONNECTION_INFO_SOCKET_CONTEXT);
	struct conn *k = ci ? ci->socket_context : NULL;

	if (!k)
		return;
	pthread_mutex_lock(&d->lock);
	k->phase = ph;
	now_mono(&k->since);
	pthread_mutex_unlock(&d->lock);
}

/* The main loop's sweep: cut the requests past their deadline. */
static void sweep(struct daemon_state *d)
{
	struct timespec now;
	struct conn *k;

	now_mono(&now);
	pthread_mutex_lock(&d->lock);
	for (k = d->conns; k; k = k->next) {
		double a = age(&k->since, &now);

		if ((k->phase == PH_HEAD && a > d->header_timeout) ||
		    (k->phase == PH_BODY && a > d->body_timeout))
			cut(k);
	}
	pthread_mutex_unlock(&d->lock);
}

/* ---- workers ------------------------------------------------------------ */

static void push(struct queue *qu, struct req *rq)
{
	rq->qnext = NULL;
	if (qu->tail)
		qu->tail->qnext = rq;
	else
		qu->head = rq;
	qu->tail = rq;
	qu->n++;
}

static struct req *pop(struct queue *qu)
{
	struct req *rq = qu->head;

	if (rq) {
		qu->head = rq->qnext;
		if (!qu->head)
			qu->tail = NULL;
		qu->n--;
	}
	return rq;
}

static void *worker_main(void *arg)
{
	struct worker *w = arg;
	struct daemon_state *d = w->d;

	for (;;) {
		struct req *rq = NULL;

		pthread_mutex_lock(&d->lock);
		for (;;) {
			if (w->writer)
				rq = pop(&d->writes);
			else if (!(rq = pop(&d->light)) && !w->light_only)
				rq = pop(&d->heavy);
			if (rq || d->stopping)
				break;
			pthread_cond_wait(w->writer ? &d->write : &d->work, &d->lock);
		}
		pthread_mutex_unlock(&d->lock);
		if (!rq)
			break;
		if (rasdp_route_dispatch(&w->sv, &rq->q, rq->authorised, &rq->r) ==
		    RASD_DISPATCH_STATIC)
			rasdp_serve_static(&w->sv, rq->q.path, &rq->r);
		pthread_mutex_lock(&d->lock);
		rq->done = 1;
		pthread_mutex_unlock(&d->lock);
		MHD_resume_connection(rq->c);
	}
	return NULL;
}

/* ---- the daemon ----------------------------------------------------- */

static void request_done(void *cls, struct MHD_Connection *c, void **con_cls,
			 enum MHD_RequestTerminationCode toe)
{
	struct daemon_state *d = cls;
	struct req *rq = *con_cls;

	(void)toe;
	/* a kept-alive connection waits for its next request's headers */
	set_phase(d, c, PH_HEAD);
	if (rq) {
		rasd_buf_release(&rq->body);
		rasd_buf_release(&rq->r.body);
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

/*
 * Headers of every answer.  The review page loads only its own scripts,
 * styles and data (no inline script, no other origin), and no page may
 * frame it (clickjacking): Content-Security-Policy says so to browsers
 * that read it, X-Frame-Options to older ones.  Leaflet styles elements
 * from script, which style-src 'self' allows.
 */
#define CSP "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " \
	    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; " \
	    "frame-ancestors 'none'"

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
	MHD_add_response_header(resp, "Content-Security-Policy", CSP);
	MHD_add_response_header(resp, "X-Frame-Options", "DENY");
	MHD_add_response_header(resp, "Referrer-Policy", "no-referrer");
	if (r->status == 405 && r->allow[0])
		MHD_add_response_header(resp, "Allow", r->allow);
	ret = MHD_queue_response(c, (unsigned int)r->status, resp);
	MHD_destroy_response(resp);
	return ret;
}

static enum MHD_Result answer_error(struct MHD_Connection *c, int status, const char *msg,
				    const char *where)
{
	struct rasd_reply r;

	rasdp_reply_init(&r);
	rasdp_serve_error(&r, status, msg, where);
	return send_reply(c, &r);
}

static enum MHD_Result too_big(struct daemon_state *d, struct MHD_Connection *c,
			       const char *url)
{
	char msg[96];

	snprintf(msg, sizeof(msg), "request body over the limit of %zu bytes",
		 d->base.max_request);
	return answer_error(c, 413, msg, url);
}

static enum MHD_Result answer(void *cls, struct MHD_Connection *c, const char *url,
			      const char *method, const char *version,
			      const char *upload, size_t *upload_size, void **con_cls)
{
	struct daemon_state *d = cls;
	struct req *rq = *con_cls;
	int stopping;

	(void)version;
	if (!rq) {
		const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
							     MHD_HTTP_HEADER_CONTENT_LENGTH);

		rq = calloc(1, sizeof(*rq));
		if (!rq)
			return MHD_NO;
		rasd_buf_init(&rq->body, d->base.max_request);
		rasdp_reply_init(&rq->r);
		*con_cls = rq;
		set_phase(d, c, PH_BODY);
		/* Refuse a declared body over the limit before reading it. */
		if (cl && strtoull(cl, NULL, 10) > d->base.max_request) {
			rq->toobig = 1;
			return too_big(d, c, url);
		}
		return MHD_YES;
	}
	if (rq->done) {
		/* resumed by the worker that answered */
		set_phase(d, c, PH_SEND);
		return send_reply(c, &rq->r);
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
		return too_big(d, c, url);
	if (rq->failed)
		return answer_error(c, rasdp_serve_status(rq->failed), rasd_strerror(rq->failed),
				    url);
	if (rq->queued)
		return MHD_YES;

	/* The whole request is in: hand it to a worker, wait suspended. */
	rq->c = c;
	rq->q.method = method;
	rq->q.path = url;
	rq->q.body = rq->body.buf;
	rq->q.body_len = rq->body.len;
	MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, collect_arg, &rq->q);
	rq->authorised = rasdp_bearer_ok(MHD_lookup_connection_value(c, MHD_HEADER_KIND,
								     "Authorization"),
					 d->conf->token);
	rq->cls = rasdp_route_class(method, url);
	set_phase(d, c, PH_WORK);
	pthread_mutex_lock(&d->lock);
	stopping = d->stopping;
	if (!stopping) {
		rq->queued = 1;
		MHD_suspend_connection(c);
		if (rq->cls == RASD_CLASS_WRITE) {
			push(&d->writes, rq);
			pthread_cond_signal(&d->write);
		} else {
			push(rq->cls == RASD_CLASS_HEAVY ? &d->heavy : &d->light, rq);
			/* every reader: the reserved one may be the only one free */
			pthread_cond_broadcast(&d->work);
		}
	}
	pthread_mutex_unlock(&d->lock);
	if (stopping)
		return answer_error(c, 503, "the server is stopping", url);
	return MHD_YES;
}

/* Open every worker's store connection and start its thread. */
static int start_workers(struct daemon_state *d, rasd_err *err)
{
	int i, n = d->conf->workers > 0 ? d->conf->workers : 4;

	if (n > 64)
		n = 64;
	d->nworkers = n + 1;
	d->workers = calloc((size_t)d->nworkers, sizeof(*d->workers));
	if (!d->workers)
		return rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
	for (i = 0; i < d->nworkers; i++) {
		struct worker *w = &d->workers[i];

		w->d = d;
		w->sv = d->base;
		w->sv.shared = &d->shared;
		w->writer = i == 0;
		w->light_only = i == 1 && n > 1;
		w->sv.store = rasdp_store_open(d->conf->db, err);
		if (!w->sv.store)
			return RASD_ESTORE;
		if (pthread_create(&w->tid, NULL, worker_main, w))
			return rasdp_err(err, RASD_EIO, -1, 0, "cannot start a worker thread");
		w->started = 1;
	}
	return 0;
}

static void stop_workers(struct daemon_state *d)
{
	int i;

	pthread_mutex_lock(&d->lock);
	d->stopping = 1;
	pthread_cond_broadcast(&d->work);
	pthread_cond_broadcast(&d->write);
	pthread_mutex_unlock(&d->lock);
	for (i = 0; i < d->nworkers; i++) {
		if (d->workers[i].started)
			pthread_join(d->workers[i].tid, NULL);
		rasdp_api_cache_drop(&d->workers[i].sv);
		if (d->workers[i].sv.store)
			rasdp_store_close(d->workers[i].sv.store);
	}
	free(d->workers);
	d->workers = NULL;
}

/*
 * Housekeeping, on a store connection of its own: incidents left pending
 * (a killed ingest, --no-incidents) are brought up to date beside
 * serving, then the counts /api/health gives are refreshed every second
 * (sooner after a write) until the server stops.
 */
/* Seconds between two looks at the store's incidents for other processes' writes. */
#define INDEX_TTL 2

struct housekeeper {
	struct daemon_state *d;
	volatile sig_atomic_t *stop;
	pthread_t tid;
	int started;
};

static void *housekeeper_main(void *arg)
{
	struct housekeeper *hk = arg;
	struct rasd_server sv = hk->d->base;
	int tick = 0;

	sv.store = rasdp_store_open(hk->d->conf->db, NULL);
	if (!sv.store)
		return NULL;
	rasdp_api_counts_refresh(&sv, NULL);
	{
		int stale = 0;

		/* incidents of another clustering: rebuilt now, not found stale later */
		if (rasdp_incidents_check_version(sv.store, rasdp_engine_models(sv.engine), &stale,
						  NULL) == 0 && stale)
			fprintf(stderr, "rasd serve: the stored incidents were made by another"
				" clustering (link or disagree weights, or blocking rules):"
				" rebuilding every incident\n");
	}
	if (rasdp_incidents_update(sv.store, rasdp_engine_models(sv.engine), NULL,
				   NULL) == 0)
		rasdp_api_counts_drop(&sv);    /* and the first index of incidents */
	while (!*hk->stop) {
		struct timespec ts = { 0, 100 * 1000 * 1000 }, now, checked;
		int dirty;

		pthread_mutex_lock(&hk->d->shared.lock);
		dirty = hk->d->shared.dirty;
		pthread_mutex_unlock(&hk->d->shared.lock);
		/* a write by another process (rasd ingest): the index follows */
		now_mono(&now);
		pthread_mutex_lock(&hk->d->shared.index.lock);
		checked = hk->d->shared.index.checked;
		pthread_mutex_unlock(&hk->d->shared.index.lock);
		if (age(&checked, &now) >= INDEX_TTL)
			rasdp_api_index_refresh(&sv, NULL);
		if (dirty || ++tick >= 10) {
			rasdp_api_counts_refresh(&sv, NULL);
			tick = 0;
		}
		nanosleep(&ts, NULL);
	}
	rasdp_store_close(sv.store);
	return NULL;
}

static void logger(void *cls, const char *fmt, va_list ap)
{
	/* librasd never prints; libmicrohttpd's messages are dropped */
	(void)cls;
	(void)fmt;
	(void)ap;
}

int rasdp_serve_run(struct rasd_serve_conf *conf, volatile sig_atomic_t *stop,
		    void (*ready)(int port), rasd_err *err)
{
	struct daemon_state *d;
	struct sockaddr_in addr;
	const union MHD_DaemonInfo *info;
	struct housekeeper hk;
	rasd_limits lim;
	int rc;

	d = calloc(1, sizeof(*d));
	if (!d)
		return rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
	d->conf = conf;
	d->base.conf = conf;
	d->base.shared = &d->shared;
	rasd_limits_default(&lim);
	d->base.max_request = conf->max_request ? conf->max_request : lim.max_request;
	d->max_conns = conf->max_conns > 0 ? conf->max_conns : 256;
	d->max_per_client = conf->max_per_client ? conf->max_per_client : 32;
	d->reserve = conf->reserve > 0 ? conf->reserve : 32;
	if (d->reserve >= d->max_conns)
		d->reserve = d->max_conns / 4;
	d->header_timeout = conf->header_timeout > 0 ? conf->header_timeout : 10;
	d->body_timeout = conf->body_timeout > 0 ? conf->body_timeout : 30;
	pthread_mutex_init(&d->lock, NULL);
	pthread_mutex_init(&d->shared.lock, NULL);
	rasdp_api_index_slot_init(&d->shared.index);
	pthread_cond_init(&d->work, NULL);
	pthread_cond_init(&d->write, NULL);
	memset(&hk, 0, sizeof(hk));
	if (!conf->webdir || !realpath(conf->webdir, d->base.webroot)) {
		rc = rasdp_err(err, RASD_ENOTFOUND, -1, 0, "cannot open web folder '%s'",
			       conf->webdir ? conf->webdir : "(none)");
		goto out;
	}
	/*
	 * The engine is loaded once and shared; the store is opened here to
	 * fail early, and the first index of incidents is built before the
	 * port opens: otherwise the first listing builds it (a second or more
	 * on a large store) while every request behind it waits.
	 */
	rc = rasdp_api_open(&d->base, err);
	if (rc)
		goto out;
	rc = rasdp_api_index_refresh(&d->base, err);
	if (rc)
		goto out;
	rasdp_store_close(d->base.store);
	d->base.store = NULL;
	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_port = htons((uint16_t)conf->port);
	if (inet_pton(AF_INET, conf->host ? conf->host : "127.0.0.1", &addr.sin_addr) != 1) {
		rc = rasdp_err(err, RASD_EINVAL, -1, 0, "'%s' is not an IPv4 address", conf->host);
		goto out;
	}
	rc = start_workers(d, err);
	if (rc)
		goto out;
	d->mhd = MHD_start_daemon(MHD_USE_AUTO_INTERNAL_THREAD | MHD_ALLOW_SUSPEND_RESUME |
				  MHD_USE_ERROR_LOG,
				  (uint16_t)conf->port, accept_policy, d, answer, d,
				  MHD_OPTION_EXTERNAL_LOGGER, logger, NULL,
				  MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&addr,
				  MHD_OPTION_NOTIFY_COMPLETED, request_done, d,
				  MHD_OPTION_NOTIFY_CONNECTION, notify_connection, d,
				  /* room for connections cut but not yet closed */
				  MHD_OPTION_CONNECTION_LIMIT, (unsigned int)(d->max_conns + 64),
				  MHD_OPTION_CONNECTION_TIMEOUT, (unsigned int)30,
				  MHD_OPTION_END);
	if (!d->mhd) {
		rc = rasdp_err(err, RASD_EIO, -1, 0, "cannot listen on %s:%d",
			       conf->host ? conf->host : "127.0.0.1", conf->port);
		goto out;
	}
	info = MHD_get_daemon_info(d->mhd, MHD_DAEMON_INFO_BIND_PORT);
	conf->bound_port = info ? info->port : conf->port;
	hk.d = d;
	hk.stop = stop;
	hk.started = !pthread_create(&hk.tid, NULL, housekeeper_main, &hk);
	if (ready)
		ready(conf->bound_port);
	while (!*stop) {
		struct timespec ts = { 0, 100 * 1000 * 1000 };

		nanosleep(&ts, NULL);
		sweep(d);
	}
	rc = 0;
out:
	if (d->mhd)
		MHD_quiesce_daemon(d->mhd);
	if (d->workers)
		stop_workers(d);    /* answers what is queued, resuming its connections */
	if (d->mhd)
		MHD_stop_daemon(d->mhd);
	if (hk.started)
		pthread_join(hk.tid, NULL);
	rasdp_api_close(&d->base);
	rasdp_api_index_slot_release(&d->shared.index);
	pthread_mutex_destroy(&d->lock);
	pthread_mutex_destroy(&d->shared.lock);
	pthread_cond_destroy(&d->work);
	pthread_cond_destroy(&d->write);
	free(d);
	return rc;
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
		else if (!strcmp(k, "max_connections") || !strcmp(k, "max_per_client") ||
			 !strcmp(k, "reserve") || !strcmp(k, "header_timeout") ||
			 !strcmp(k, "body_timeout") || !strcmp(k, "workers")) {
			char *end;
			long n = strtol(v, &end, 10);
			int *to = !strcmp(k, "max_connections") ? &conf->max_conns
				: !strcmp(k, "max_per_client") ? &conf->max_per_client
				: !strcmp(k, "reserve") ? &conf->reserve
				: !strcmp(k, "header_timeout") ? &conf->header_timeout
				: !strcmp(k, "body_timeout") ? &conf->body_timeout : &conf->workers;

			if (end == v || *end || n < (!strcmp(k, "max_per_client") ? -1 : 1) ||
			    n > 100000) {
				fclose(f);
				return rasdp_err(err, RASD_EPARSE, -1, no,
						 "%s:%ld: %s wants a whole number, not '%s'",
						 path, no, k, v);
			}
			*to = (int)n;
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
