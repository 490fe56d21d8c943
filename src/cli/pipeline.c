/*
 * pipeline.c - reports in, extraction lines out, for the commands that
 * analyse reports themselves (`rasd extract`, `rasd incidents`).
 *
 * Inputs are opened with rasd_reader_open() and read in order by the
 * calling thread; their reports are copied (a long one moved) into a ring
 * of jobs that a pool of threads sharing one engine analyses as they come,
 * and each result is handed to the caller's emit() in input order, so the
 * output does not depend on the number of threads.  Reading, analysing and
 * emitting overlap, and the ring holds a bounded number of reports and
 * bytes, so a run's memory does not grow with its input.  A bad record is reported as
 * "rasd: <file>:<line>: <what>", in order with the results around it, and
 * counted in *skipped; only running out of memory, or emit() asking to
 * stop, ends the run early.  The report copying and the thread pool of
 * cli_parallel() also serve `rasd ingest`.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

struct job {
	rasd_input in;
	char *owned;         /* copies of the input strings, one block */
	char *text;          /* the text when taken over from the reader */
	char *json;          /* result */
	size_t json_len;
	rasd_err err;
	int failed;
	long line;
};

struct pool {
	const rasd_engine *e;
	const rasd_limits *lim;
	unsigned flags;
	struct job *jobs;
};

#define MAX_THREADS 64

static void run_job(struct pool *p, struct job *j)
{
	/* j->owned, the text, outlives the document: it is freed after emit() */
	rasd_doc *d = rasd_extract(p->e, &j->in, p->lim, p->flags | RASD_EXTRACT_BORROW_TEXT, &j->err);
	int rc;

	if (!d) {
		j->failed = 1;
		return;
	}
	rc = rasd_doc_to_json(d, p->flags, &j->json, &j->json_len);
	if (rc) {
		j->failed = 1;
		j->err.code = rc;
		snprintf(j->err.msg, sizeof(j->err.msg), "cannot write JSON: %s", rasd_strerror(rc));
		j->err.byte_offset = -1;
	}
	rasd_doc_free(d);
}

struct par {
	void (*fn)(void *ctx, size_t i);
	void *ctx;
	size_t n;
	atomic_size_t next;
};

static void *par_worker(void *arg)
{
	struct par *p = arg;

	for (;;) {
		size_t i = atomic_fetch_add(&p->next, 1);

		if (i >= p->n)
			break;
		p->fn(p->ctx, i);
	}
	return NULL;
}

void cli_parallel(size_t n, int extra, void (*fn)(void *ctx, size_t i), void *ctx)
{
	pthread_t tids[MAX_THREADS];
	struct par p;
	int t, started = 0;

	p.fn = fn;
	p.ctx = ctx;
	p.n = n;
	atomic_init(&p.next, 0);
	for (t = 0; n > 1 && t < extra && t < MAX_THREADS; t++)
		if (!pthread_create(&tids[t], NULL, par_worker, &p))
			started++;
	par_worker(&p);
	for (t = 0; t < started; t++)
		pthread_join(tids[t], NULL);
}

int cli_copy_input(rasd_input *dst, char **owned, const rasd_input *in)
{
	const char *f[6] = { in->id, in->outlet, in->url, in->lang, in->published, in->title };
	const char **to[6] = { &dst->id, &dst->outlet, &dst->url, &dst->lang,
			       &dst->published, &dst->title };
	size_t total = in->text_len + 1, i;
	char *p;

	for (i = 0; i < 6; i++)
		if (f[i])
			total += strlen(f[i]) + 1;
	p = malloc(total);
	if (!p)
		return -1;
	*owned = p;
	memset(dst, 0, sizeof(*dst));
	for (i = 0; i < 6; i++) {
		size_t n;

		if (!f[i])
			continue;
		n = strlen(f[i]) + 1;
		memcpy(p, f[i], n);
		*to[i] = p;
		p += n;
	}
	if (in->text_len)
		memcpy(p, in->text, in->text_len);
	p[in->text_len] = '\0';
	dst->text = p;
	dst->text_len = in->text_len;
	return 0;
}

/*
 * The reports in flight: a ring of jobs, filled in input order by the
 * calling thread, analysed by the workers in any order, handed to emit()
 * in input order again.  A job is free, read (waiting for a worker),
 * taken, or done.  Reading, analysing and writing overlap, so N threads
 * keep N cores busy, and memory stays bounded whatever the number and
 * size of the inputs: the ring holds at most MAX_INFLIGHT jobs and
 * INFLIGHT_BYTES of report text (read, in analysis, or done and not yet
 * emitted), of which at most one report over the window (read in parts:
 * its text and one part's arrays are the most any report holds), except
 * that a job always enters an empty ring.  So a long report waits until
 * the long one before it is emitted, while short reports keep flowing
 * beside it.  A record's line is measured before it is parsed, and waits
 * while it would not fit: parsing a long report holds it three times for
 * a moment (the line, json-c's buffer and its string).  A report of
 * TAKE_TEXT bytes or more is moved into its job with the reader's buffer
 * (rasd_reader_take_text()); a shorter one is copied, which costs less
 * than growing a buffer afresh for every line.
 */
enum job_state { JOB_FREE = 0, JOB_READ, JOB_TAKEN, JOB_DONE };

#define MAX_INFLIGHT 256
#define INFLIGHT_BYTES ((size_t)24 << 20)
#define TAKE_TEXT ((size_t)256 << 10)
/* The window of a zero rasd_limits.window (RASDP_WINDOW, src/extract/parts.h). */
#define DEFAULT_WINDOW ((size_t)1 << 20)

struct ring {
	struct pool *p;              /* engine, limits, flags; jobs[] is the ring */
	const char **names;          /* per slot: input name for messages */
	uint8_t *state;              /* per slot: enum job_state */
	size_t head, tail, next;     /* next to emit, next to read into, next to take */
	size_t bytes;                /* report text in flight */
	size_t window;               /* a report over this is long */
	int longs;                   /* long reports in flight */
	int quit;                    /* workers stop */
	pthread_mutex_t mu;
	pthread_cond_t work;         /* a job was read, or quit */
	pthread_cond_t done;         /* a job was done */
};

/*
 * After a long report the heaps of the thread that read it keep what its
 * last part freed; give back the free pages, once a long report.
 */
static void after_job(const struct ring *r, const struct job *j)
{
#ifdef __GLIBC__
	if (j->in.text_len > r->window)
		malloc_trim(0);
#else
	(void)r;
	(void)j;
#endif
}

static void *ring_worker(void *arg)
{
	struct ring *r = arg;

	pthread_mutex_lock(&r->mu);
	for (;;) {
		struct job *j;
		size_t slot;

		while (!r->quit && r->next == r->tail)
			pthread_cond_wait(&r->work, &r->mu);
		if (r->next == r->tail)
			break;
		slot = r->next++ % MAX_INFLIGHT;
		r->state[slot] = JOB_TAKEN;
		j = &r->p->jobs[slot];
		pthread_mutex_unlock(&r->mu);
		run_job(r->p, j);
		after_job(r, j);
		pthread_mutex_lock(&r->mu);
		r->state[slot] = JOB_DONE;
		pthread_cond_signal(&r->done);
	}
	pthread_mutex_unlock(&r->mu);
	return NULL;
}

/* Hand the job at the head to emit() (or report it) and free it; -1 when emit() stops. */
static int ring_emit(struct ring *r, int *stop, int *skipped,
		     int (*emit)(void *ctx, const struct cli_extracted *x), void *ctx)
{
	size_t slot = r->head % MAX_INFLIGHT;
	struct job *j = &r->p->jobs[slot];

	if (*stop) {
		/* nothing more is reported or emitted */
	} else if (j->failed) {
		rasd_err e = j->err;

		if (j->line && !e.line)
			e.line = j->line;
		cli_error_at(r->names[slot], &e);
		(*skipped)++;
	} else {
		struct cli_extracted x = {
			.file = r->names[slot], .line = j->line, .in = &j->in,
			.json = j->json, .len = j->json_len,
		};

		if (emit(ctx, &x))
			*stop = 1;
	}
	free(j->json);
	free(j->owned);
	free(j->text);
	j->json = NULL;
	j->owned = NULL;
	j->text = NULL;
	pthread_mutex_lock(&r->mu);
	r->bytes -= j->in.text_len;
	if (j->in.text_len > r->window)
		r->longs--;
	r->state[slot] = JOB_FREE;
	r->head++;
	pthread_mutex_unlock(&r->mu);
	return *stop ? -1 : 0;
}

/*
 * Emit every job at the head that is done; with `wait`, first wait for the
 * head job (there must be one).  Single-threaded runs analyse it here.
 */
static int ring_drain(struct ring *r, int nworkers, int wait, int *stop, int *skipped,
		      int (*emit)(void *ctx, const struct cli_extracted *x), void *ctx)
{
	for (;;) {
		size_t slot;

		pthread_mutex_lock(&r->mu);
		if (r->head == r->tail) {
			pthread_mutex_unlock(&r->mu);
			return 0;
		}
		slot = r->head % MAX_INFLIGHT;
		if (!nworkers && r->state[slot] == JOB_READ) {
			r->state[slot] = JOB_TAKEN;
			r->next++;
			pthread_mutex_unlock(&r->mu);
			run_job(r->p, &r->p->jobs[slot]);
			after_job(r, &r->p->jobs[slot]);
			pthread_mutex_lock(&r->mu);
			r->state[slot] = JOB_DONE;
		}
		while (wait && r->state[slot] != JOB_DONE)
			pthread_cond_wait(&r->done, &r->mu);
		if (r->state[slot] != JOB_DONE) {
			pthread_mutex_unlock(&r->mu);
			return 0;
		}
		pthread_mutex_unlock(&r->mu);
		ring_emit(r, stop, skipped, emit, ctx);
		wait = 0;
	}
}

/*
 * Whether a report of `len` bytes of text must wait for room in the ring;
 * `known` when len is its text's (else its line's, which is no shorter).
 * Only the calling thread moves head and tail and counts bytes and longs.
 */
static int ring_full(const struct ring *r, size_t len, int known)
{
	if (r->head == r->tail)
		return 0;
	if (r->tail - r->head == MAX_INFLIGHT || r->bytes + len > INFLIGHT_BYTES)
		return 1;
	return known && len > r->window && r->longs > 0;
}

/* Emit jobs until a report of `len` bytes fits (see ring_full()). */
static void ring_room(struct ring *r, int nworkers, size_t len, int known, int *stop,
		      int *skipped, int (*emit)(void *ctx, const struct cli_extracted *x),
		      void *ctx)
{
	while (!*stop && ring_full(r, len, known))
		ring_drain(r, nworkers, 1, stop, skipped, emit, ctx);
}

/*
 * Fill job `j` with report `in`: borrowed (analysed before the next read),
 * its text moved out of the reader when long, else copied.  -1 when out of
 * memory.
 */
static int job_fill(struct job *j, rasd_reader *rd, const rasd_input *in, int borrow)
{
	rasd_input meta = *in;

	memset(j, 0, sizeof(*j));
	if (borrow) {
		j->in = *in;
		return 0;
	}
	if (in->text_len >= TAKE_TEXT)
		j->text = rasd_reader_take_text(rd, in);
	if (!j->text)
		return cli_copy_input(&j->in, &j->owned, in);
	meta.text = "";
	meta.text_len = 0;
	if (cli_copy_input(&j->in, &j->owned, &meta)) {
		free(j->text);
		j->text = NULL;
		return -1;
	}
	j->in.text = j->text;
	j->in.text_len = in->text_len;
	return 0;
}

/*
 * A document's arrays of 64 KiB or more (RASD_ARENA_LARGE, base/arena.h)
 * get blocks of their own, grown with realloc() and some given back when
 * their stage ends.  glibc maps such a block on its own (realloc() then
 * moves pages, free() unmaps them) only while the block is over its mmap
 * threshold, which it raises to the size of each mapped block freed: after
 * the first table given back, a long report's arrays would grow in the
 * heap by copying and leave holes behind (30 MB more peak on a 16 MB
 * report).  Setting the threshold stops it moving.  At 4 MiB the arrays
 * of a long report are mapped, while the blocks of ordinary reports stay
 * in the heap and are reused from one report to the next (at 64 KiB every
 * report's blocks were mapped and faulted in afresh: 3-5% more CPU time).
 */
static void fix_mmap_threshold(void)
{
#ifdef __GLIBC__
	mallopt(M_MMAP_THRESHOLD, 4 << 20);
#endif
}

/*
 * Read the reports of `rd` into the ring, emitting what is done as room is
 * needed; 1 when out of memory.
 */
static int ring_read(struct ring *r, rasd_reader *rd, const char *shown,
		     const struct cli_extract_opts *o, int nworkers, int *stop, int *skipped,
		     int (*emit)(void *ctx, const struct cli_extracted *x), void *ctx)
{
	rasd_err err;

	while (!*stop) {
		struct job *j;
		rasd_input in;
		size_t slot;
		int rc;

		/* room in the ring: emit what is done, wait for the head when full */
		ring_drain(r, nworkers, 0, stop, skipped, emit, ctx);
		ring_room(r, nworkers, rasd_reader_peek(rd), 0, stop, skipped, emit, ctx);
		if (*stop)
			break;
		memset(&err, 0, sizeof(err));
		rc = rasd_reader_next(rd, &in, &err);
		if (rc == 0)
			break;
		if (rc < 0) {
			/* reported in order: after the reports before it */
			while (r->head != r->tail && !*stop)
				ring_drain(r, nworkers, 1, stop, skipped, emit, ctx);
			cli_error_at(shown, &err);
			(*skipped)++;
			if (rc == RASD_EIO)
				break;
			continue;
		}
		if (!in.published)
			in.published = o->published;
		if (!in.lang)
			in.lang = o->lang;
		if (!in.outlet)
			in.outlet = o->outlet;
		ring_room(r, nworkers, in.text_len, 1, stop, skipped, emit, ctx);
		if (*stop)
			break;
		slot = r->tail % MAX_INFLIGHT;
		j = &r->p->jobs[slot];
		/*
		 * With no workers the job is analysed and emitted before
		 * the next read (ring_drain() above), so it borrows the
		 * reader's strings: the report's text is then held once.
		 */
		if (job_fill(j, rd, &in, !nworkers)) {
			cli_error("out of memory");
			return 1;
		}
		j->line = rasd_reader_line(rd);
		r->names[slot] = shown;
		pthread_mutex_lock(&r->mu);
		r->state[slot] = JOB_READ;
		r->bytes += j->in.text_len;
		if (j->in.text_len > r->window)
			r->longs++;
		r->tail++;
		pthread_cond_signal(&r->work);
		pthread_mutex_unlock(&r->mu);
	}
	return 0;
}

int cli_extract_run(const struct cli_extract_opts *o, int ninputs, char **inputs,
		    int (*emit)(void *ctx, const struct cli_extracted *x), void *ctx,
		    int *skipped)
{
	rasd_limits deflim;
	struct pool p;
	struct ring r;
	pthread_t tids[MAX_THREADS];
	int nthreads = o->nthreads, fatal = 0, stop = 0, nworkers = 0, i, t;

	fix_mmap_threshold();
	if (!o->lim)
		rasd_limits_default(&deflim);
	if (nthreads <= 0) {
		long n = sysconf(_SC_NPROCESSORS_ONLN);
		nthreads = n > 0 ? (int)n : 1;
	}
	if (nthreads > MAX_THREADS)
		nthreads = MAX_THREADS;
	memset(&p, 0, sizeof(p));
	memset(&r, 0, sizeof(r));
	p.e = o->engine;
	p.lim = o->lim ? o->lim : &deflim;
	p.flags = o->flags | (o->stamp ? RASD_EXTRACT_STAMP : 0);
	p.jobs = calloc(MAX_INFLIGHT, sizeof(*p.jobs));
	r.names = calloc(MAX_INFLIGHT, sizeof(*r.names));
	r.state = calloc(MAX_INFLIGHT, sizeof(*r.state));
	if (!p.jobs || !r.names || !r.state) {
		free(p.jobs);
		free(r.names);
		free(r.state);
		cli_error("out of memory");
		return -1;
	}
	r.p = &p;
	r.window = p.lim->window ? p.lim->window : DEFAULT_WINDOW;
	pthread_mutex_init(&r.mu, NULL);
	pthread_cond_init(&r.work, NULL);
	pthread_cond_init(&r.done, NULL);
	/* With one thread the reports are analysed on this one, between reads. */
	for (t = 0; nthreads > 1 && t < nthreads; t++)
		if (!pthread_create(&tids[nworkers], NULL, ring_worker, &r))
			nworkers++;
	for (i = 0; i < ninputs && !fatal && !stop; i++) {
		const char *path = inputs[i];
		rasd_err err = { 0 };
		const char *shown = strcmp(path, "-") ? path : "<stdin>";
		rasd_reader *rd;

		if (o->names)
			shown = o->names[i];
		rd = rasd_reader_open(path, o->fmt, p.lim, &err);
		if (!rd) {
			/* reported in order: after the reports read before it */
			if (ring_drain(&r, nworkers, 0, &stop, skipped, emit, ctx) || stop)
				break;
			while (r.head != r.tail && !stop)
				ring_drain(&r, nworkers, 1, &stop, skipped, emit, ctx);
			cli_error_at(shown, &err);
			(*skipped)++;
			continue;
		}
		fatal = ring_read(&r, rd, shown, o, nworkers, &stop, skipped, emit, ctx);
		/* the reader's names outlive it: they are the command line's */
		while (r.head != r.tail && !stop)
			ring_drain(&r, nworkers, 1, &stop, skipped, emit, ctx);
		rasd_reader_close(rd);
	}
	/*
	 * The workers finish every job read (after a failure too: they were
	 * started), then what was not emitted is freed.
	 */
	pthread_mutex_lock(&r.mu);
	r.quit = 1;
	pthread_cond_broadcast(&r.work);
	pthread_mutex_unlock(&r.mu);
	for (t = 0; t < nworkers; t++)
		pthread_join(tids[t], NULL);
	{
		int dropped = 1;

		while (r.head != r.tail)
			ring_emit(&r, &dropped, skipped, emit, ctx);
	}
	pthread_cond_destroy(&r.work);
	pthread_cond_destroy(&r.done);
	pthread_mutex_destroy(&r.mu);
	free(p.jobs);
	free(r.names);
	free(r.state);
	return fatal || stop ? -1 : 0;
}
