/*
 * loadgen.c - a fixed-rate HTTP/1.1 load generator for `rasd serve`
 * benchmarks, on loopback only.
 *
 * Requests are sent on a schedule (request i at start + i / rate), not as
 * fast as answers come back, and each one's latency is measured from the
 * moment it was due: a server that stalls is charged for the requests that
 * waited behind the stall (no "coordinated omission").  Reads go over a
 * pool of kept-alive connections; writes (POST of one report, --post-rate
 * per second) over one connection of their own.  --slow N also holds N
 * slow clients from loopback addresses 127.0.0.2 and up, each sending one
 * header line every --slow-every seconds and reconnecting when cut, as a
 * slowloris attack would.  Prints p50/p90/p99/p99.9/max latency per
 * request class (the first word of each line of --paths) and overall.
 *
 *   loadgen --port P --paths FILE [--rate 500] [--duration 30] [--conns 32]
 *           [--post-file FILE --post-rate 1 --token T] [--slow 500 --slow-every 5]
 *
 * --paths holds lines "CLASS /path?query"; requests cycle through them.
 * Only 127.0.0.0/8 is ever connected to.  Single-threaded (epoll).
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define MAXCLS 16

struct path {
	int cls;
	char *req;              /* the whole request text */
	size_t len;
};

struct conn {
	int fd;
	int busy;
	int writer;
	double due;             /* when the request in flight was due */
	int cls;
	char out[1 << 16];
	size_t outlen, outoff;
	char *in;
	size_t inlen, incap;
};

struct slow {
	int fd;
	double next;
	int addr;
};

static char cls_names[MAXCLS][32];
static int ncls;
static double *lat[MAXCLS + 1];
static size_t nlat[MAXCLS + 1], caplat[MAXCLS + 1];
static long errors[MAXCLS + 1], late_sent;

static double now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void record(int cls, double secs)
{
	int k;

	for (k = 0; k < 2; k++) {
		int c = k ? MAXCLS : cls;

		if (nlat[c] == caplat[c]) {
			caplat[c] = caplat[c] ? caplat[c] * 2 : 4096;
			lat[c] = realloc(lat[c], caplat[c] * sizeof(double));
			if (!lat[c]) {
				perror("realloc");
				exit(1);
			}
		}
		lat[c][nlat[c]++] = secs;
	}
}

static int open_conn(int port, const char *bind_addr)
{
	struct sockaddr_in a;
	int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0), one = 1;

	if (fd < 0)
		return -1;
	setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	if (bind_addr) {
		memset(&a, 0, sizeof(a));
		a.sin_family = AF_INET;
		inet_pton(AF_INET, bind_addr, &a.sin_addr);
		if (bind(fd, (struct sockaddr *)&a, sizeof(a))) {
			close(fd);
			return -1;
		}
	}
	memset(&a, 0, sizeof(a));
	a.sin_family = AF_INET;
	a.sin_port = htons((uint16_t)port);
	inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
	if (connect(fd, (struct sockaddr *)&a, sizeof(a)) && errno != EINPROGRESS) {
		close(fd);
		return -1;
	}
	return fd;
}

static int cls_of(const char *name)
{
	int i;

	for (i = 0; i < ncls; i++)
		if (!strcmp(cls_names[i], name))
			return i;
	if (ncls == MAXCLS)
		return MAXCLS - 1;
	snprintf(cls_names[ncls], sizeof(cls_names[0]), "%s", name);
	return ncls++;
}

static char *read_all(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long n;

	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	buf = malloc((size_t)n + 1);
	if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
		free(buf);
		buf = NULL;
	}
	fclose(f);
	if (buf) {
		buf[n] = '\0';
		*len = (size_t)n;
	}
	return buf;
}

/* Is a whole response in c->in?  Its length, else 0. */
static size_t response_len(struct conn *c, int *status)
{
	char *end = memmem(c->in, c->inlen, "\r\n\r\n", 4), *cl;
	size_t head, body = 0;

	if (!end)
		return 0;
	head = (size_t)(end - c->in) + 4;
	*status = atoi(c->in + 9);
	cl = memmem(c->in, head, "Content-Length:", 15);
	if (!cl)
		cl = memmem(c->in, head, "content-length:", 15);
	if (cl)
		body = strtoul(cl + 15, NULL, 10);
	return c->inlen >= head + body ? head + body : 0;
}

static int cmp_d(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static double pct(double *v, size_t n, double p)
{
	size_t i = (size_t)(p * (double)(n - 1) + 0.5);

	return n ? v[i < n ? i : n - 1] * 1000 : 0;
}

static void report(const char *name, int c, double secs)
{
	size_t n = nlat[c];

	if (!n && !errors[c])
		return;
	qsort(lat[c], n, sizeof(double), cmp_d);
	printf("%-12s %8zu %8.1f/s %7.2f %7.2f %7.2f %8.2f %8.2f %6ld\n", name, n,
	       (double)n / secs, pct(lat[c], n, 0.5), pct(lat[c], n, 0.9), pct(lat[c], n, 0.99),
	       pct(lat[c], n, 0.999), n ? lat[c][n - 1] * 1000 : 0, errors[c]);
}

int main(int argc, char **argv)
{
	int port = 0, conns = 32, nslow = 0, i, ep, npaths = 0, post_cls;
	double rate = 500, duration = 30, post_rate = 0, slow_every = 5;
	const char *paths_file = NULL, *post_file = NULL, *token = "";
	struct path *paths = NULL;
	struct conn *cs;
	struct slow *slows = NULL;
	char **posts = NULL;
	size_t nposts = 0;
	long sent = 0, posted = 0, slow_cuts = 0;
	double t0, tend;
	struct epoll_event evs[256];

	for (i = 1; i < argc; i++) {
		const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;

		if (!v) {
			fprintf(stderr, "loadgen: %s wants a value\n", a);
			return 2;
		}
		if (!strcmp(a, "--port")) port = atoi(v);
		else if (!strcmp(a, "--rate")) rate = atof(v);
		else if (!strcmp(a, "--duration")) duration = atof(v);
		else if (!strcmp(a, "--conns")) conns = atoi(v);
		else if (!strcmp(a, "--paths")) paths_file = v;
		else if (!strcmp(a, "--post-file")) post_file = v;
		else if (!strcmp(a, "--post-rate")) post_rate = atof(v);
		else if (!strcmp(a, "--token")) token = v;
		else if (!strcmp(a, "--slow")) nslow = atoi(v);
		else if (!strcmp(a, "--slow-every")) slow_every = atof(v);
		else {
			fprintf(stderr, "loadgen: unknown option %s\n", a);
			return 2;
		}
		i++;
	}
	if (!port || conns < 1 || conns > 4096 || nslow < 0 || nslow > 20000) {
		fprintf(stderr, "usage: loadgen --port P --paths FILE [--rate R] [--duration S] "
			"[--conns C] [--post-file F --post-rate P --token T] [--slow N]\n");
		return 2;
	}
	if (paths_file) {
		size_t len;
		char *all = read_all(paths_file, &len), *line, *save = NULL;

		if (!all) {
			perror(paths_file);
			return 1;
		}
		for (line = strtok_r(all, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
			char name[32], p[2048];

			if (sscanf(line, "%31s %2047s", name, p) != 2)
				continue;
			paths = realloc(paths, (size_t)(npaths + 1) * sizeof(*paths));
			paths[npaths].cls = cls_of(name);
			paths[npaths].req = malloc(strlen(p) + 64);
			paths[npaths].len = (size_t)sprintf(paths[npaths].req,
				"GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", p);
			npaths++;
		}
	}
	if (post_file && post_rate > 0) {
		size_t len;
		char *all = read_all(post_file, &len), *line, *save = NULL;

		if (!all) {
			perror(post_file);
			return 1;
		}
		for (line = strtok_r(all, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
			posts = realloc(posts, (nposts + 1) * sizeof(*posts));
			posts[nposts++] = line;
		}
	}
	post_cls = cls_of("post");
	ep = epoll_create1(0);
	cs = calloc((size_t)conns + 1, sizeof(*cs));
	for (i = 0; i <= conns; i++) {
		struct epoll_event e = { .events = EPOLLIN | EPOLLOUT | EPOLLET, .data.u32 = (uint32_t)i };

		cs[i].fd = open_conn(port, NULL);
		cs[i].writer = i == conns;
		if (cs[i].fd < 0 || epoll_ctl(ep, EPOLL_CTL_ADD, cs[i].fd, &e)) {
			perror("connect");
			return 1;
		}
	}
	if (nslow) {
		slows = calloc((size_t)nslow, sizeof(*slows));
		for (i = 0; i < nslow; i++) {
			slows[i].fd = -1;
			slows[i].addr = 2 + i / 50;   /* 50 per address: 127.0.0.2, .3 ... */
		}
	}
	t0 = now();
	tend = t0 + duration;
	while (now() < tend) {
		double t = now(), next_due;
		int n, k;

		/* slow clients: one header line each every slow_every seconds */
		for (i = 0; i < nslow; i++) {
			struct slow *s = &slows[i];

			if (s->next > t)
				continue;
			if (s->fd >= 0 && send(s->fd, "X-Slow: 1\r\n", 11, MSG_NOSIGNAL) < 0) {
				close(s->fd);
				s->fd = -1;
				slow_cuts++;
			}
			if (s->fd < 0) {
				char a[32];

				snprintf(a, sizeof(a), "127.0.0.%d", s->addr);
				s->fd = open_conn(port, a);
				if (s->fd >= 0) {
					usleep(200);
					send(s->fd, "GET /api/health HTTP/1.1\r\n", 26, MSG_NOSIGNAL);
				}
			}
			s->next = t + slow_every;
		}
		/* reads due now go to idle connections; the rest wait their turn */
		while (npaths && (double)sent / rate <= t - t0) {
			struct conn *c = NULL;

			for (k = 0; k < conns && !c; k++)
				if (!cs[k].busy)
					c = &cs[k];
			if (!c)
				break;
			{
				const struct path *p = &paths[sent % npaths];

				memcpy(c->out, p->req, p->len);
				c->outlen = p->len;
				c->outoff = 0;
				c->cls = p->cls;
				c->due = t0 + (double)sent / rate;
				c->busy = 1;
				if (t - c->due > 0.001)
					late_sent++;
				sent++;
			}
		}
		if (nposts && !cs[conns].busy && (double)posted / post_rate <= t - t0) {
			struct conn *c = &cs[conns];
			const char *body = posts[posted % nposts];
			size_t bl = strlen(body);

			c->outlen = (size_t)snprintf(c->out, sizeof(c->out),
				"POST /api/documents HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer %s\r\n"
				"Content-Length: %zu\r\n\r\n", token, bl);
			if (c->outlen + bl < sizeof(c->out)) {
				memcpy(c->out + c->outlen, body, bl);
				c->outlen += bl;
				c->outoff = 0;
				c->cls = post_cls;
				c->due = t0 + (double)posted / post_rate;
				c->busy = 1;
			}
			posted++;
		}
		/* write what is pending */
		for (k = 0; k <= conns; k++) {
			struct conn *c = &cs[k];

			while (c->busy && c->outoff < c->outlen) {
				ssize_t w = send(c->fd, c->out + c->outoff, c->outlen - c->outoff,
						 MSG_NOSIGNAL);

				if (w <= 0)
					break;
				c->outoff += (size_t)w;
			}
		}
		next_due = npaths ? t0 + (double)sent / rate : t + 0.001;
		n = epoll_wait(ep, evs, 256, next_due > t ? (int)((next_due - t) * 1000) : 0);
		for (k = 0; k < n; k++) {
			struct conn *c = &cs[evs[k].data.u32];

			for (;;) {
				ssize_t r;
				int status = 0;
				size_t len;

				if (c->incap - c->inlen < 65536) {
					c->incap = c->incap ? c->incap * 2 : 1 << 17;
					c->in = realloc(c->in, c->incap);
				}
				r = recv(c->fd, c->in + c->inlen, c->incap - c->inlen, 0);
				if (r <= 0)
					break;
				c->inlen += (size_t)r;
				while (c->busy && (len = response_len(c, &status)) > 0) {
					if (status >= 200 && status < 300)
						record(c->cls, now() - c->due);
					else
						errors[c->cls]++, errors[MAXCLS]++;
					memmove(c->in, c->in + len, c->inlen - len);
					c->inlen -= len;
					c->busy = 0;
				}
			}
		}
	}
	{
		double secs = now() - t0;

		printf("%.1f s at %.0f req/s over %d connections (+1 for writes at %.2f/s)%s\n",
		       secs, rate, conns, post_rate, nslow ? "" : "");
		if (nslow)
			printf("%d slow clients (one header line every %.0f s); cut by the server %ld times\n",
			       nslow, slow_every, slow_cuts);
		printf("%-12s %8s %10s %7s %7s %7s %8s %8s %6s\n", "class", "answers", "rate",
		       "p50 ms", "p90", "p99", "p99.9", "max", "errors");
		for (i = 0; i < ncls; i++)
			report(cls_names[i], i, secs);
		report("all", MAXCLS, secs);
		printf("requests sent late (no idle connection): %ld of %ld\n", late_sent, sent);
	}
	return 0;
}
