/*
 * pipeline.c - reports in, extraction lines out, for the commands that
 * analyse reports themselves (`rasd extract`, `rasd incidents`).
 *
 * Inputs are opened with rasd_reader_open() and read in order; their
 * reports are copied into jobs and analysed in batches of BATCH by a pool
 * of threads sharing one engine.  Each batch is then handed to the
 * caller's emit() in input order, so the result does not depend on the
 * number of threads.  A batch never spans two inputs: the names used in
 * messages stay valid, and a caller sees one file's reports together.  A
 * bad record is reported as "rasd: <file>:<line>: <what>" and counted in
 * *skipped; only running out of memory, or emit() asking to stop, ends
 * the run early.  The report copying and the thread pool underneath
 * (cli_copy_input(), cli_parallel()) also serve `rasd ingest`.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

struct job {
	rasd_input in;
	char *owned;         /* copies of the input strings, one block */
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
	size_t njobs;
};

#define BATCH 512
#define MAX_THREADS 64

static void run_job(struct pool *p, struct job *j)
{
	rasd_doc *d = rasd_extract(p->e, &j->in, p->lim, p->flags, &j->err);
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

static void run_one(void *ctx, size_t i)
{
	struct pool *p = ctx;

	run_job(p, &p->jobs[i]);
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
 * Analyse the pending jobs, then emit them in order.  After emit() fails
 * the remaining results are only freed.  Returns 0 or -1 (emit failed).
 */
static int flush(struct pool *p, int nthreads, const char *name,
		 int (*emit)(void *ctx, const struct cli_extracted *x), void *ctx, int *skipped)
{
	int stop = 0;
	size_t i;

	cli_parallel(p->njobs, nthreads > 1 ? nthreads : 0, run_one, p);
	for (i = 0; i < p->njobs; i++) {
		struct job *j = &p->jobs[i];

		if (stop) {
			/* nothing more is reported or emitted */
		} else if (j->failed) {
			rasd_err e = j->err;

			if (j->line && !e.line)
				e.line = j->line;
			cli_error_at(name, &e);
			(*skipped)++;
		} else {
			struct cli_extracted x = {
				.file = name, .line = j->line, .in = &j->in,
				.json = j->json, .len = j->json_len,
			};

			if (emit(ctx, &x))
				stop = 1;
		}
		free(j->json);
		free(j->owned);
	}
	p->njobs = 0;
	return stop ? -1 : 0;
}

int cli_extract_run(const struct cli_extract_opts *o, int ninputs, char **inputs,
		    int (*emit)(void *ctx, const struct cli_extracted *x), void *ctx,
		    int *skipped)
{
	rasd_limits deflim;
	struct pool p;
	int nthreads = o->nthreads, fatal = 0, i;
	size_t k;

	if (!o->lim)
		rasd_limits_default(&deflim);
	if (nthreads <= 0) {
		long n = sysconf(_SC_NPROCESSORS_ONLN);
		nthreads = n > 0 ? (int)n : 1;
	}
	if (nthreads > MAX_THREADS)
		nthreads = MAX_THREADS;
	memset(&p, 0, sizeof(p));
	p.e = o->engine;
	p.lim = o->lim ? o->lim : &deflim;
	p.flags = o->flags;
	p.jobs = calloc(BATCH, sizeof(*p.jobs));
	if (!p.jobs) {
		cli_error("out of memory");
		return -1;
	}
	for (i = 0; i < ninputs && !fatal; i++) {
		const char *path = inputs[i];
		rasd_err err = { 0 };
		const char *shown = strcmp(path, "-") ? path : "<stdin>";
		rasd_reader *r;

		if (o->names)
			shown = o->names[i];
		r = rasd_reader_open(path, o->fmt, p.lim, &err);
		if (!r) {
			cli_error_at(shown, &err);
			(*skipped)++;
			continue;
		}
		for (;;) {
			struct job *j = &p.jobs[p.njobs];
			rasd_input in;
			int rc;

			memset(&err, 0, sizeof(err));
			rc = rasd_reader_next(r, &in, &err);
			if (rc == 0)
				break;
			if (rc < 0) {
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
			if (cli_copy_input(&j->in, &j->owned, &in)) {
				cli_error("out of memory");
				fatal = 1;
				break;
			}
			j->line = rasd_reader_line(r);
			j->failed = 0;
			j->json = NULL;
			memset(&j->err, 0, sizeof(j->err));
			p.njobs++;
			if (p.njobs == BATCH && flush(&p, nthreads, shown, emit, ctx, skipped)) {
				fatal = 1;
				break;
			}
		}
		if (!fatal && p.njobs && flush(&p, nthreads, shown, emit, ctx, skipped))
			fatal = 1;
		rasd_reader_close(r);
	}
	/* After a failure, the jobs read but not analysed. */
	for (k = 0; k < p.njobs; k++)
		free(p.jobs[k].owned);
	free(p.jobs);
	return fatal ? -1 : 0;
}
