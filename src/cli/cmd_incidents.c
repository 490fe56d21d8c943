/*
 * cmd_incidents.c - `rasd incidents`: reports, the output of `rasd
 * extract`, or a store in; incidents across outlets and languages out,
 * with their reconciled figures and disputes.
 *
 * Each input is taken by its content: when its first non-blank line that
 * is JSON is an object with an "events" array, it is extract output and
 * its lines are added as they are; otherwise it is reports (JSONL, plain
 * text, anything `rasd extract` reads), analysed here by cli_extract_run()
 * and added line by line with their texts, so syndicated copies are found
 * without --articles.  Standard input and pipes are read whole first,
 * since they cannot be read twice.  A line that is not JSON, not extract
 * output, or a bad report is reported as "rasd: <file>:<line>: <what>" and
 * skipped; the exit status is then EXIT_PARTIAL.  An input that cannot be
 * read stops the run (EXIT_FAIL).  With --articles, the original reports
 * (JSONL with id and text) supply the texts that fingerprint syndicated
 * copies of extract output; without it only identical texts (the same
 * "hash") are copies, unless the extract lines carry "text".
 *
 * With --db the input is a store instead: the extractions and texts `rasd
 * ingest` stored, clustered as any input is, and the incidents named as
 * the store names them (src/incident/recompute.h), so an id found here is
 * the one the review page and the API use.  A folder is read as its report
 * files, as `rasd ingest` reads it (cli_expand_inputs()).
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <json-c/json.h>

#include "cli.h"
#include "../base/jsonr.h"
#include "../extract/engine.h"
#include "../incident/incident.h"
#include "../incident/recompute.h"
#include "../io/extraction.h"
#include "../model/model.h"
#include "../store/store.h"

/*
 * How many non-blank lines that are not JSON may open extract output (a
 * damaged first line) before the input is taken for reports (a text file).
 */
#define SNIFF_LINES 16
/* A longer line is not looked at (the reader or the parser will say why). */
#define SNIFF_MAX_LINE ((size_t)64 << 20)

struct run {
	struct rasd_incidents *inc;
	struct cli_extract_opts x;
	rasd_engine *engine;         /* loaded for the first reports input */
	int *skipped;
};

static int is_blank(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
			return 0;
	return 1;
}

/* 1: an extraction (io/extraction.h); 0: other JSON; -1: not JSON. */
static int sniff_line(const char *s, size_t n)
{
	struct json_object *o;
	int kind;

	if (n > SNIFF_MAX_LINE || rasdp_json_parse(s, n, &o, NULL))
		return -1;
	kind = rasdp_extraction_is(o);
	json_object_put(o);
	return kind;
}

/* Is the text in buf[0, len) extract output? */
static int sniff_buffer(const char *buf, size_t len)
{
	size_t off = 0;
	int tries = 0;

	while (off < len && tries < SNIFF_LINES) {
		const char *s = buf + off;
		const char *nl = memchr(s, '\n', len - off);
		size_t n = nl ? (size_t)(nl - s) : len - off;
		int kind;

		off += n + (nl ? 1 : 0);
		if (is_blank(s, n))
			continue;
		kind = sniff_line(s, n);
		if (kind >= 0)
			return kind;
		tries++;
	}
	/* No JSON at all: empty or blank input is (empty) extract output. */
	return tries == 0;
}

/*
 * Is the file at `path` extract output?  Reads lines up to the first one
 * that is JSON.  Returns 1, 0, or -1 when it cannot be read (reported).
 */
static int sniff_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *line = NULL;
	size_t n = 0, alloc = 0;
	int c, tries = 0, kind = -1, toolong = 0;

	if (!f) {
		cli_error("cannot open '%s': %s", path, strerror(errno));
		return -1;
	}
	while (kind < 0 && tries < SNIFF_LINES) {
		c = getc(f);
		if (c != EOF && c != '\n') {
			if (toolong)
				continue;
			if (n + 1 >= alloc) {
				size_t want = alloc ? alloc * 2 : 4096;
				char *nl;

				if (want > SNIFF_MAX_LINE) {
					toolong = 1;
					continue;
				}
				nl = realloc(line, want);
				if (!nl) {
					cli_error("out of memory reading '%s'", path);
					goto fail;
				}
				line = nl;
				alloc = want;
			}
			line[n++] = (char)c;
			continue;
		}
		if (c == EOF && ferror(f)) {
			cli_error("cannot read '%s': %s", path, strerror(errno));
			goto fail;
		}
		if (toolong || !is_blank(line, n)) {
			kind = toolong ? -1 : sniff_line(line, n);
			tries++;
		}
		n = 0;
		toolong = 0;
		if (c == EOF)
			break;
	}
	free(line);
	fclose(f);
	if (kind >= 0)
		return kind;
	return tries == 0;
fail:
	free(line);
	fclose(f);
	return -1;
}

/* Add the extract output in buf[0, len), line by line. */
static int add_extract_lines(struct run *run, const char *name, const char *buf, size_t len)
{
	size_t off = 0;
	long line = 0;

	while (off < len) {
		const char *s = buf + off;
		const char *nl = memchr(s, '\n', len - off);
		size_t n = nl ? (size_t)(nl - s) : len - off;
		rasd_err err;

		line++;
		memset(&err, 0, sizeof(err));
		if (rasdp_incidents_add_line(run->inc, s, n, NULL, &err)) {
			err.line = line;
			cli_error_at(name, &err);
			(*run->skipped)++;
			if (err.code == RASD_ENOMEM)
				return -1;
		}
		off += n + (nl ? 1 : 0);
	}
	return 0;
}

/* Take one analysed report: its extraction line, then its text. */
static int add_report(void *ctx, const struct cli_extracted *x)
{
	struct run *run = ctx;
	size_t ndocs = rasdp_incidents_ndocs(run->inc);
	rasd_err err;

	memset(&err, 0, sizeof(err));
	if (rasdp_incidents_add_line(run->inc, x->json, x->len, NULL, &err)) {
		if (x->line && !err.line)
			err.line = x->line;
		cli_error_at(x->file, &err);
		(*run->skipped)++;
		return err.code == RASD_ENOMEM ? -1 : 0;
	}
	if (rasdp_incidents_ndocs(run->inc) > ndocs)
		rasdp_incidents_set_text(run->inc, rasdp_incidents_doc_id(run->inc, ndocs),
					 x->in->text, x->in->text_len);
	return 0;
}

/* Analyse the reports read from `path` (named `name` in messages) and add them. */
static int add_reports(struct run *run, char *path, const char *name)
{
	int rc;

	run->x.names = &name;
	rc = cli_extract_run(&run->x, 1, &path, add_report, run, run->skipped);
	run->x.names = NULL;
	return rc;
}

/*
 * Standard input, a pipe or anything but a regular file, read whole since
 * it cannot be read twice: extract output is added from the buffer;
 * reports go through a temporary copy, since the readers open a path.
 */
static int load_stream(struct run *run, const char *path, const char *name)
{
	char *buf, copy[64];
	size_t len;
	FILE *tmp;
	int rc;

	if (cli_read_file(path, 0, &buf, &len))
		return -1;
	if (sniff_buffer(buf, len)) {
		rc = add_extract_lines(run, name, buf, len);
		free(buf);
		return rc;
	}
	tmp = tmpfile();
	if (!tmp || fwrite(buf, 1, len, tmp) != len || fflush(tmp)) {
		cli_error("cannot copy '%s' to a temporary file: %s", name, strerror(errno));
		free(buf);
		if (tmp)
			fclose(tmp);
		return -1;
	}
	free(buf);
	rewind(tmp);
	snprintf(copy, sizeof(copy), "/dev/fd/%d", fileno(tmp));
	rc = add_reports(run, copy, name);
	fclose(tmp);
	return rc;
}

static int load_file(struct run *run, char *path)
{
	struct stat st;
	char *buf;
	size_t len;
	int kind, rc;

	if (!strcmp(path, "-"))
		return load_stream(run, path, "<stdin>");
	if (!stat(path, &st) && !S_ISREG(st.st_mode))
		return load_stream(run, path, path);
	kind = sniff_file(path);
	if (kind < 0)
		return -1;
	if (!kind)
		return add_reports(run, path, path);
	if (cli_read_file(path, 0, &buf, &len))
		return -1;
	rc = add_extract_lines(run, path, buf, len);
	free(buf);
	return rc;
}

static int load_articles(struct rasd_incidents *inc, const char *path, int *skipped)
{
	rasd_err err;
	rasd_reader *r;
	rasd_input in;
	int rc;

	memset(&err, 0, sizeof(err));
	r = rasd_reader_open(path, RASD_FMT_JSONL, NULL, &err);
	if (!r) {
		cli_error_at(path, &err);
		return -1;
	}
	while ((rc = rasd_reader_next(r, &in, &err)) != 0) {
		if (rc < 0) {
			cli_error_at(path, &err);
			(*skipped)++;
			if (rc == RASD_EIO)
				break;
			continue;
		}
		if (in.id && in.text)
			rasdp_incidents_set_text(inc, in.id, in.text, in.text_len);
	}
	rasd_reader_close(r);
	return 0;
}

/* Add the extractions stored at `db` (a store that exists: none is created). */
static int load_db(struct rasd_incidents *inc, const char *db)
{
	struct rasd_store *s;
	rasd_err err;
	int rc;

	memset(&err, 0, sizeof(err));
	s = rasdp_store_open_ex(db, RASD_STORE_EXISTING, &err);
	if (!s) {
		cli_error("%s", err.msg[0] ? err.msg : rasd_strerror(err.code));
		return -1;
	}
	rasdp_incidents_set_ids(inc, RASD_INC_IDS_STABLE);
	rc = rasdp_incidents_load_store(inc, s, NULL, NULL, &err);
	rasdp_store_close(s);
	if (rc) {
		cli_error("cannot read '%s': %s", db, err.msg[0] ? err.msg : rasd_strerror(rc));
		return -1;
	}
	return 0;
}

/* -j: the clustering's threads too (every core when not given; the result is the same). */
static void set_threads(struct rasd_incidents *inc, int n)
{
	long nc = sysconf(_SC_NPROCESSORS_ONLN);

	rasdp_incidents_set_threads(inc, n > 0 ? n : nc > 0 ? (int)nc : 1);
}

int cmd_incidents(int argc, char **argv)
{
	const char *format = "json", *min_score_s = NULL, *articles = NULL, *outpath = NULL,
		   *db = NULL;
	int help = 0, skipped = 0, multi = 0, nin, i, rc;
	struct run run = { 0 };
	struct cli_paths inputs = { 0 };
	const struct cli_opt opts[] = {
		{ "format", 'f', OPT_CHOICE, &format, "json|text", "output format (default json)" },
		{ "min-score", 0, OPT_STRING, &min_score_s, "X", "join two events whose link score (data/models/link.tsv) is at least X (default 0)" },
		{ "articles", 'a', OPT_STRING, &articles, "FILE", "original reports (JSONL id, text) to detect syndicated copies in extract output" },
		{ "db", 0, OPT_STRING, &db, "PATH|URL", "the reports of this store (SQLite file or postgres:// URL) instead of input files" },
		{ "multi", 0, OPT_FLAG, &multi, NULL, "only incidents with more than one event" },
		{ "output", 'o', OPT_STRING, &outpath, "FILE", "write here instead of standard output" },
		CLI_OPT_DATA(&run.x),
		CLI_OPT_THREADS(&run.x),
		CLI_OPT_METADATA(&run.x),
		{ 0 },
	};
	const char *usage = "rasd incidents [options] FILE|-... | --db PATH|URL";
	double min_score = 0;
	struct rasd_incidents *inc;
	char *out = NULL;
	size_t out_len = 0;
	FILE *f = stdout;

	nin = cli_parse(argc, argv, opts, usage,
			"Group the events of reports (JSONL or text, analysed as by `rasd extract`), "
			"of `rasd extract` output or of a store (--db) into incidents across outlets "
			"and languages; reconcile dates, places, figures and sources; flag disputes.",
			&help);
	if (nin < 0)
		return help ? 0 : EXIT_USAGE;
	if (strcmp(format, "json") && strcmp(format, "text")) {
		cli_error("unknown --format '%s' (json or text)", format);
		return EXIT_USAGE;
	}
	if (min_score_s) {
		char *end;

		min_score = strtod(min_score_s, &end);
		if (end == min_score_s || *end || !isfinite(min_score)) {
			cli_error("option '--min-score' wants a number, not '%s'", min_score_s);
			return EXIT_USAGE;
		}
	}
	if (nin == 0 && !db) {
		cli_error("no input; give reports or extract output files, '-' for standard input, "
			  "or --db");
		return EXIT_USAGE;
	}
	if (nin > 0 && db) {
		cli_error("unexpected argument '%s' with --db: the store is the input", argv[0]);
		return EXIT_USAGE;
	}
	inc = rasdp_incidents_new();
	if (!inc) {
		cli_error("out of memory");
		return EXIT_FAIL;
	}
	/* the engine's link model decides the joins, whatever the input */
	run.engine = cli_engine(run.x.datadir);
	if (!run.engine) {
		rasdp_incidents_free(inc);
		return EXIT_FAIL;
	}
	run.x.engine = run.engine;
	rasdp_incidents_set_models(inc, rasdp_engine_models(run.engine));
	run.inc = inc;
	run.skipped = &skipped;
	run.x.fmt = RASD_FMT_AUTO;
	if (db && load_db(inc, db))
		goto fail;
	if (cli_expand_inputs(nin, argv, &inputs, &skipped))
		goto fail;
	for (i = 0; i < inputs.n; i++) {
		if (load_file(&run, inputs.v[i]))
			goto fail;
	}
	cli_paths_release(&inputs);
	if (articles && load_articles(inc, articles, &skipped))
		goto fail;
	set_threads(inc, run.x.nthreads);
	rc = rasdp_incidents_cluster(inc, min_score);
	rasd_engine_free(run.engine);
	run.engine = NULL;
	if (!rc)
		rc = strcmp(format, "text") ? rasdp_incidents_to_json(inc, !multi, &out, &out_len)
					    : rasdp_incidents_to_text(inc, !multi, &out, &out_len);
	rasdp_incidents_free(inc);
	if (rc) {
		cli_error("cannot build incidents: %s", rasd_strerror(rc));
		return EXIT_FAIL;
	}
	if (outpath) {
		f = fopen(outpath, "w");
		if (!f) {
			cli_error("cannot open '%s' for writing", outpath);
			free(out);
			return EXIT_FAIL;
		}
	}
	fwrite(out, 1, out_len, f);
	free(out);
	if ((f != stdout ? fclose(f) : fflush(f)) != 0) {
		cli_error("cannot write output");
		return EXIT_FAIL;
	}
	return skipped ? EXIT_PARTIAL : 0;
fail:
	cli_paths_release(&inputs);
	rasdp_incidents_free(inc);
	rasd_engine_free(run.engine);
	return EXIT_FAIL;
}
