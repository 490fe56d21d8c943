/*
 * cmd_extract.c - `rasd extract`: reports in, one JSON line per report out.
 *
 * Inputs are read in order and analysed in batches by a pool of threads
 * sharing one engine; output keeps the input order.  A bad record is
 * reported as "rasd: <file>:<line>: <what>" and skipped; the exit status is
 * then EXIT_PARTIAL.  With no input files, standard input is read.
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
	atomic_size_t next;
};

#define BATCH 512

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

static void *worker(void *arg)
{
	struct pool *p = arg;

	for (;;) {
		size_t i = atomic_fetch_add(&p->next, 1);

		if (i >= p->njobs)
			break;
		run_job(p, &p->jobs[i]);
	}
	return NULL;
}

/* Copy the borrowed fields of `in` into one malloc'd block owned by `j`. */
static int own_input(struct job *j, const rasd_input *in)
{
	const char *f[6] = { in->id, in->outlet, in->url, in->lang, in->published, in->title };
	const char **dst[6] = { &j->in.id, &j->in.outlet, &j->in.url, &j->in.lang,
				&j->in.published, &j->in.title };
	size_t total = in->text_len + 1, i;
	char *p;

	for (i = 0; i < 6; i++)
		if (f[i])
			total += strlen(f[i]) + 1;
	p = malloc(total);
	if (!p)
		return -1;
	j->owned = p;
	memset(&j->in, 0, sizeof(j->in));
	for (i = 0; i < 6; i++) {
		if (!f[i])
			continue;
		size_t n = strlen(f[i]) + 1;
		memcpy(p, f[i], n);
		*dst[i] = p;
		p += n;
	}
	if (in->text_len)
		memcpy(p, in->text, in->text_len);
	p[in->text_len] = '\0';
	j->in.text = p;
	j->in.text_len = in->text_len;
	return 0;
}

static int flush(struct pool *p, int nthreads, FILE *out, const char *const *names,
		 int *skipped)
{
	pthread_t tids[64];
	int t, started = 0;
	size_t i;

	atomic_store(&p->next, 0);
	if (nthreads > 1 && p->njobs > 1) {
		for (t = 0; t < nthreads && t < 64; t++)
			if (!pthread_create(&tids[t], NULL, worker, p))
				started++;
	}
	worker(p);
	for (t = 0; t < started; t++)
		pthread_join(tids[t], NULL);
	for (i = 0; i < p->njobs; i++) {
		struct job *j = &p->jobs[i];

		if (j->failed) {
			rasd_err e = j->err;

			if (j->line && !e.line)
				e.line = j->line;
			cli_error_at(names[i], &e);
			(*skipped)++;
		} else {
			fwrite(j->json, 1, j->json_len, out);
			fputc('\n', out);
		}
		free(j->json);
		free(j->owned);
	}
	p->njobs = 0;
	return ferror(out) ? -1 : 0;
}

int cmd_extract(int argc, char **argv)
{
	const char *datadir = NULL, *outpath = NULL, *published = NULL, *lang = NULL,
		   *outlet = NULL, *format = NULL;
	int mentions = 0, repair = 0, nthreads = 0, help = 0, skipped = 0, fatal = 0;
	size_t max_doc = 0, max_line = 0;
	const struct cli_opt opts[] = {
		{ "data", 'd', OPT_STRING, &datadir, "DIR", "lexicon and gazetteer folder (default: built-in data/)" },
		{ "output", 'o', OPT_STRING, &outpath, "FILE", "write JSONL here instead of standard output" },
		{ "threads", 'j', OPT_INT, &nthreads, "N", "worker threads (default: number of cores)" },
		{ "mentions", 'm', OPT_FLAG, &mentions, NULL, "also output every number, date and lexicon mention" },
		{ "repair-utf8", 0, OPT_FLAG, &repair, NULL, "replace invalid UTF-8 with U+FFFD instead of rejecting the report" },
		{ "format", 'f', OPT_STRING, &format, "jsonl|text", "input format (default: by extension, then content)" },
		{ "published", 0, OPT_STRING, &published, "DATE", "publication date (YYYY-MM-DD) of plain-text reports" },
		{ "lang", 0, OPT_STRING, &lang, "ar|en", "language of plain-text reports (default: detected)" },
		{ "outlet", 0, OPT_STRING, &outlet, "NAME", "outlet of plain-text reports" },
		{ "max-doc", 0, OPT_SIZE, &max_doc, "SIZE", "largest report accepted (default 16M)" },
		{ "max-line", 0, OPT_SIZE, &max_line, "SIZE", "longest JSONL line accepted (default 64M)" },
		{ 0 },
	};
	const char *usage = "rasd extract [options] [FILE.jsonl|FILE.txt|-]...";
	rasd_limits lim;
	rasd_engine *e;
	struct pool p;
	const char **names;
	FILE *out = stdout;
	int nin, i;
	enum rasd_reader_format fmt = RASD_FMT_AUTO;

	nin = cli_parse(argc, argv, opts, usage,
			"Read reports and write one JSON object per report with its events, "
			"figures, sources and evidence spans (docs/FORMAT.md).", &help);
	if (nin < 0)
		return help ? 0 : EXIT_USAGE;
	if (format && !strcmp(format, "jsonl"))
		fmt = RASD_FMT_JSONL;
	else if (format && !strcmp(format, "text"))
		fmt = RASD_FMT_TEXT;
	else if (format) {
		cli_error("unknown --format '%s' (jsonl or text)", format);
		return EXIT_USAGE;
	}
	rasd_limits_default(&lim);
	if (max_doc)
		lim.max_doc = max_doc;
	if (max_line)
		lim.max_line = max_line;
	if (nthreads <= 0) {
		long n = sysconf(_SC_NPROCESSORS_ONLN);
		nthreads = n > 0 ? (int)n : 1;
	}
	if (nthreads > 64)
		nthreads = 64;
	e = cli_engine(datadir);
	if (!e)
		return EXIT_FAIL;
	if (outpath) {
		out = fopen(outpath, "w");
		if (!out) {
			cli_error("cannot open '%s' for writing", outpath);
			rasd_engine_free(e);
			return EXIT_FAIL;
		}
	}
	memset(&p, 0, sizeof(p));
	p.e = e;
	p.lim = &lim;
	p.flags = (mentions ? RASD_EXTRACT_MENTIONS : 0) | (repair ? RASD_EXTRACT_REPAIR_UTF8 : 0);
	p.jobs = calloc(BATCH, sizeof(*p.jobs));
	names = calloc(BATCH, sizeof(*names));
	if (!p.jobs || !names) {
		cli_error("out of memory");
		fatal = 1;
		goto done;
	}
	if (nin == 0) {
		argv[0] = (char *)"-";
		nin = 1;
	}
	for (i = 0; i < nin && !fatal; i++) {
		const char *path = argv[i];
		rasd_err err = { 0 };
		rasd_reader *r = rasd_reader_open(path, fmt, &lim, &err);
		const char *shown = strcmp(path, "-") ? path : "<stdin>";

		if (!r) {
			cli_error_at(shown, &err);
			skipped++;
			continue;
		}
		for (;;) {
			rasd_input in;
			int rc;

			memset(&err, 0, sizeof(err));
			rc = rasd_reader_next(r, &in, &err);
			if (rc == 0)
				break;
			if (rc < 0) {
				cli_error_at(shown, &err);
				skipped++;
				if (rc == RASD_EIO)
					break;
				continue;
			}
			if (!in.published)
				in.published = published;
			if (!in.lang)
				in.lang = lang;
			if (!in.outlet)
				in.outlet = outlet;
			if (own_input(&p.jobs[p.njobs], &in)) {
				cli_error("out of memory");
				fatal = 1;
				break;
			}
			p.jobs[p.njobs].line = rasd_reader_line(r);
			p.jobs[p.njobs].failed = 0;
			p.jobs[p.njobs].json = NULL;
			memset(&p.jobs[p.njobs].err, 0, sizeof(rasd_err));
			names[p.njobs] = shown;
			p.njobs++;
			if (p.njobs == BATCH && flush(&p, nthreads, out, names, &skipped)) {
				fatal = 1;
				break;
			}
		}
		/* Flush per file so the names of this file stay valid. */
		if (!fatal && p.njobs && flush(&p, nthreads, out, names, &skipped))
			fatal = 1;
		rasd_reader_close(r);
	}
done:
	if (out != stdout && fclose(out)) {
		cli_error("cannot write '%s'", outpath);
		fatal = 1;
	} else if (out == stdout && fflush(stdout)) {
		cli_error("cannot write the output");
		fatal = 1;
	}
	free(p.jobs);
	free(names);
	rasd_engine_free(e);
	if (fatal)
		return EXIT_FAIL;
	return skipped ? EXIT_PARTIAL : 0;
}
