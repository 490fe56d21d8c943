/*
 * cmd_incidents.c - `rasd incidents`: the output of `rasd extract` in,
 * incidents across outlets and languages out, with their reconciled
 * figures and disputes.
 *
 * Every input line is one document's JSON; a line that is not JSON (or not
 * extract output) is reported as "rasd: <file>:<line>: <what>" and
 * skipped, and the exit status is then EXIT_PARTIAL.  With --articles, the
 * original reports (JSONL with id and text) supply the texts that
 * fingerprint syndicated copies; without it only identical texts (the same
 * "hash") are copies, unless the extract lines carry "text".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "../incident/incident.h"

static int load_file(struct rasd_incidents *inc, const char *path, int *skipped)
{
	char *buf;
	size_t len, off = 0;
	long line = 0;

	if (cli_read_file(path, 0, &buf, &len))
		return -1;
	while (off < len) {
		const char *s = buf + off;
		const char *nl = memchr(s, '\n', len - off);
		size_t n = nl ? (size_t)(nl - s) : len - off;
		rasd_err err;

		line++;
		memset(&err, 0, sizeof(err));
		if (rasdp_incidents_add_line(inc, s, n, NULL, &err)) {
			err.line = line;
			cli_error_at(strcmp(path, "-") ? path : "<stdin>", &err);
			(*skipped)++;
			if (err.code == RASD_ENOMEM) {
				free(buf);
				return -1;
			}
		}
		off += n + (nl ? 1 : 0);
	}
	free(buf);
	return 0;
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

int cmd_incidents(int argc, char **argv)
{
	const char *format = "json", *min_score_s = NULL, *articles = NULL, *outpath = NULL;
	int help = 0, skipped = 0, multi = 0, nin, i, rc;
	const struct cli_opt opts[] = {
		{ "format", 'f', OPT_STRING, &format, "json|text", "output format (default json)" },
		{ "min-score", 0, OPT_STRING, &min_score_s, "X", "join two events scoring at least X (default 4)" },
		{ "articles", 'a', OPT_STRING, &articles, "FILE", "original reports (JSONL id, text) to detect syndicated copies" },
		{ "multi", 0, OPT_FLAG, &multi, NULL, "only incidents with more than one event" },
		{ "output", 'o', OPT_STRING, &outpath, "FILE", "write here instead of standard output" },
		{ 0 },
	};
	const char *usage = "rasd incidents [options] FILE.jsonl|-...";
	double min_score = RASD_INC_MIN_SCORE;
	struct rasd_incidents *inc;
	char *out = NULL;
	size_t out_len = 0;
	FILE *f = stdout;

	nin = cli_parse(argc, argv, opts, usage,
			"Group the events of `rasd extract` output into incidents across outlets "
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
		if (end == min_score_s || *end || min_score <= 0) {
			cli_error("option '--min-score' wants a positive number, not '%s'", min_score_s);
			return EXIT_USAGE;
		}
	}
	if (nin == 0) {
		cli_error("no input; give extract output files or '-' for standard input");
		return EXIT_USAGE;
	}
	inc = rasdp_incidents_new();
	if (!inc) {
		cli_error("out of memory");
		return EXIT_FAIL;
	}
	for (i = 0; i < nin; i++) {
		if (load_file(inc, argv[i], &skipped)) {
			rasdp_incidents_free(inc);
			return EXIT_FAIL;
		}
	}
	if (articles && load_articles(inc, articles, &skipped)) {
		rasdp_incidents_free(inc);
		return EXIT_FAIL;
	}
	rc = rasdp_incidents_cluster(inc, min_score);
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
}
