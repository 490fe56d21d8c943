/*
 * cmd_extract.c - `rasd extract`: reports in, one JSON line per report out.
 *
 * Inputs are read in order and analysed in batches by a pool of threads
 * sharing one engine (cli_extract_run() in pipeline.c, shared with
 * `rasd incidents`); output keeps the input order.  A bad record is
 * reported as "rasd: <file>:<line>: <what>" and skipped; the exit status is
 * then EXIT_PARTIAL.  With no input files, standard input is read; a
 * folder is read as its report files, as `rasd ingest` reads it
 * (cli_expand_inputs()).
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

/* Write one result line; stop at the first write error. */
static int write_line(void *ctx, const struct cli_extracted *x)
{
	FILE *out = ctx;

	fwrite(x->json, 1, x->len, out);
	fputc('\n', out);
	return ferror(out) ? -1 : 0;
}

int cmd_extract(int argc, char **argv)
{
	struct cli_extract_opts x = { 0 };
	const char *outpath = NULL, *format = NULL;
	int mentions = 0, repair = 0, help = 0, skipped = 0, fatal = 0;
	size_t max_doc = 0, max_line = 0;
	const struct cli_opt opts[] = {
		CLI_OPT_DATA(&x),
		{ "output", 'o', OPT_STRING, &outpath, "FILE", "write JSONL here instead of standard output" },
		CLI_OPT_THREADS(&x),
		{ "mentions", 'm', OPT_FLAG, &mentions, NULL, "also output every number, date and lexicon mention" },
		{ "repair-utf8", 0, OPT_FLAG, &repair, NULL, "replace invalid UTF-8 with U+FFFD instead of rejecting the report" },
		{ "format", 'f', OPT_CHOICE, &format, "jsonl|text", "input format (default: by extension, then content)" },
		CLI_OPT_METADATA(&x),
		{ "max-doc", 0, OPT_SIZE, &max_doc, "SIZE", "largest report accepted (default 16M)" },
		{ "max-line", 0, OPT_SIZE, &max_line, "SIZE", "longest JSONL line accepted (default 64M)" },
		{ 0 },
	};
	const char *usage = "rasd extract [options] [FILE.jsonl|FILE.txt|-]...";
	rasd_limits lim;
	rasd_engine *e;
	FILE *out = stdout;
	struct cli_paths inputs = { 0 };
	int nin;

	nin = cli_parse(argc, argv, opts, usage,
			"Read reports and write one JSON object per report with its events, "
			"figures, sources and evidence spans (docs/FORMAT.md).", &help);
	if (nin < 0)
		return help ? 0 : EXIT_USAGE;
	x.fmt = RASD_FMT_AUTO;
	if (format && !strcmp(format, "jsonl"))
		x.fmt = RASD_FMT_JSONL;
	else if (format && !strcmp(format, "text"))
		x.fmt = RASD_FMT_TEXT;
	else if (format) {
		cli_error("unknown --format '%s' (jsonl or text)", format);
		return EXIT_USAGE;
	}
	rasd_limits_default(&lim);
	if (max_doc)
		lim.max_doc = max_doc;
	if (max_line)
		lim.max_line = max_line;
	e = cli_engine(x.datadir);
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
	x.engine = e;
	x.lim = &lim;
	x.flags = (mentions ? RASD_EXTRACT_MENTIONS : 0) | (repair ? RASD_EXTRACT_REPAIR_UTF8 : 0);
	if (nin == 0) {
		argv[0] = (char *)"-";
		nin = 1;
	}
	if (cli_expand_inputs(nin, argv, &inputs, &skipped) ||
	    cli_extract_run(&x, inputs.n, inputs.v, write_line, out, &skipped))
		fatal = 1;
	cli_paths_release(&inputs);
	if (out != stdout && fclose(out)) {
		cli_error("cannot write '%s'", outpath);
		fatal = 1;
	} else if (out == stdout && fflush(stdout)) {
		cli_error("cannot write the output");
		fatal = 1;
	}
	rasd_engine_free(e);
	if (fatal)
		return EXIT_FAIL;
	return skipped ? EXIT_PARTIAL : 0;
}
