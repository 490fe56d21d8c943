/*
 * cmd_eval.c - `rasd eval`: how good is the extraction, in numbers.
 *
 *   rasd eval --gold GOLD.jsonl ARTICLES.jsonl...   the dev gold records
 *   rasd eval --arabic-events FILE.xml...           UniversalPetrarch sentences
 *   rasd eval --fakes FA-KES-Dataset.csv            FA-KES governorates and dates
 *
 * Articles go through the public API (rasd_extract, rasd_doc_to_json) and
 * the JSON is parsed back, so eval scores exactly what users get; the
 * scoring lives in src/eval/ (eval.h) and docs/EVAL.md explains every
 * figure.  Exit status: 0, 1 when a file cannot be read or a gold line is
 * not JSON, 2 for a bad command line, 3 when some articles were skipped.
 */
#include <errno.h>
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "../base/jsonr.h"
#include "../eval/eval.h"

static int load_gold(struct rasdp_eval *ev, const char *path)
{
	char *buf;
	size_t len, off = 0;
	long line = 0;
	int rc = 0;

	if (cli_read_file(path, 0, &buf, &len))
		return -1;
	while (off < len && !rc) {
		const char *s = buf + off;
		const char *nl = memchr(s, '\n', len - off);
		size_t n = nl ? (size_t)(nl - s) : len - off;
		struct json_object *o;
		rasd_err err;

		line++;
		off += n + (nl ? 1 : 0);
		memset(&err, 0, sizeof(err));
		rc = rasdp_json_parse(s, n, &o, &err);
		if (rc == RASD_EEMPTY) {
			rc = 0;
			continue;
		}
		if (!rc) {
			rc = rasdp_eval_add_gold(ev, o, &err);
			json_object_put(o);
		}
		if (rc) {
			err.line = line;
			cli_error_at(path, &err);
			rc = -1;
		}
	}
	free(buf);
	return rc;
}

/* Extract every article of `path` and hand its JSON to the scorer. */
static int load_articles(const rasd_engine *e, struct rasdp_eval *ev, const char *path,
			 int *skipped)
{
	rasd_err err = { 0 };
	rasd_reader *r = rasd_reader_open(path, RASD_FMT_JSONL, NULL, &err);
	int rc;

	if (!r) {
		cli_error_at(path, &err);
		return -1;
	}
	for (;;) {
		rasd_input in;
		rasd_doc *d;
		char *json = NULL;
		size_t json_len = 0;

		memset(&err, 0, sizeof(err));
		rc = rasd_reader_next(r, &in, &err);
		if (rc == 0)
			break;
		if (rc < 0) {
			cli_error_at(path, &err);
			if (rc == RASD_EIO) {
				rasd_reader_close(r);
				return -1;
			}
			(*skipped)++;
			continue;
		}
		d = rasd_extract(e, &in, NULL, 0, &err);
		if (!d) {
			if (!err.line)
				err.line = rasd_reader_line(r);
			cli_error_at(path, &err);
			(*skipped)++;
			continue;
		}
		rc = rasd_doc_to_json(d, 0, &json, &json_len);
		rasd_doc_free(d);
		if (rc) {
			cli_error("%s:%ld: cannot write the extraction: %s", path, rasd_reader_line(r),
				  rasd_strerror(rc));
			(*skipped)++;
			continue;
		}
		memset(&err, 0, sizeof(err));
		if (rasdp_eval_add_doc(ev, json, json_len, in.text, in.text_len, &err)) {
			err.line = rasd_reader_line(r);
			cli_error_at(path, &err);
			(*skipped)++;
		}
		free(json);
	}
	rasd_reader_close(r);
	return 0;
}

static int emit(char *out, size_t len)
{
	fwrite(out, 1, len, stdout);
	free(out);
	if (fflush(stdout)) {
		cli_error("cannot write output");
		return EXIT_FAIL;
	}
	return 0;
}

static int run_gold(const char *datadir, const char *gold, int nin, char **argv,
		    unsigned flags)
{
	struct rasdp_eval *ev = rasdp_eval_new(NULL);
	rasd_engine *e;
	int i, skipped = 0, rc;
	char *out = NULL;
	size_t len = 0;

	if (!ev) {
		cli_error("out of memory");
		return EXIT_FAIL;
	}
	/* gold first: a broken gold file is named before the lexicons load */
	if (load_gold(ev, gold)) {
		rasdp_eval_free(ev);
		return EXIT_FAIL;
	}
	e = cli_engine(datadir);
	if (!e) {
		rasdp_eval_free(ev);
		return EXIT_FAIL;
	}
	rasdp_eval_set_engine(ev, e);
	for (i = 0; i < nin; i++) {
		if (load_articles(e, ev, argv[i], &skipped)) {
			rasdp_eval_free(ev);
			rasd_engine_free(e);
			return EXIT_FAIL;
		}
	}
	rc = rasdp_eval_run(ev, NULL, flags, &out, &len);
	rasdp_eval_free(ev);
	rasd_engine_free(e);
	if (rc) {
		cli_error("cannot score: %s", rasd_strerror(rc));
		return EXIT_FAIL;
	}
	rc = emit(out, len);
	return rc ? rc : skipped ? EXIT_PARTIAL : 0;
}

static int run_arabic(const char *datadir, int nin, char **argv, unsigned flags)
{
	struct rasdp_arabic_scores s;
	char *out = NULL;
	size_t len = 0;
	rasd_engine *e = cli_engine(datadir);
	int i, rc;

	if (!e)
		return EXIT_FAIL;
	memset(&s, 0, sizeof(s));
	for (i = 0; i < nin; i++) {
		rasd_err err = { 0 };

		if (rasdp_eval_arabic_file(e, argv[i], &s, &err)) {
			cli_error("%s", err.msg);
			rasd_engine_free(e);
			return EXIT_FAIL;
		}
	}
	rasd_engine_free(e);
	rc = rasdp_eval_arabic_render(&s, flags, &out, &len);
	if (rc) {
		cli_error("cannot render: %s", rasd_strerror(rc));
		return EXIT_FAIL;
	}
	return emit(out, len);
}

/* Read the whole CSV once without scoring, so a malformed file fails fast. */
static int check_csv(const char *path, const char *buf, size_t len)
{
	struct rasdp_csv c;
	rasd_err err = { 0 };
	int rc;

	rasdp_csv_init(&c, buf, len);
	while ((rc = rasdp_csv_next(&c, &err)) > 0)
		;
	rasdp_csv_release(&c);
	if (rc < 0) {
		cli_error_at(path, &err);
		return -1;
	}
	return 0;
}

static int run_fakes(const char *datadir, const char *path, unsigned flags)
{
	struct rasdp_fakes_scores s;
	rasd_err err = { 0 };
	char *buf, *out = NULL;
	size_t len, olen = 0;
	rasd_engine *e;
	int rc;

	if (cli_read_file(path, 0, &buf, &len))
		return EXIT_FAIL;
	if (check_csv(path, buf, len)) {
		free(buf);
		return EXIT_FAIL;
	}
	e = cli_engine(datadir);
	if (!e) {
		free(buf);
		return EXIT_FAIL;
	}
	memset(&s, 0, sizeof(s));
	rc = rasdp_eval_fakes(e, buf, len, &s, &err);
	rasd_engine_free(e);
	free(buf);
	if (rc) {
		cli_error_at(path, &err);
		return EXIT_FAIL;
	}
	rc = rasdp_eval_fakes_render(&s, flags, &out, &olen);
	if (rc) {
		cli_error("cannot render: %s", rasd_strerror(rc));
		return EXIT_FAIL;
	}
	return emit(out, olen);
}

static int readable(const char *path)
{
	FILE *f;

	if (!path || !strcmp(path, "-"))
		return 1;
	f = fopen(path, "rb");
	if (!f) {
		cli_error("cannot open '%s': %s", path, strerror(errno));
		return 0;
	}
	fclose(f);
	return 1;
}

int cmd_eval(int argc, char **argv)
{
	const char *gold = NULL, *datadir = NULL, *fakes = NULL;
	int json = 0, verbose = 0, arabic = 0, help = 0, nin, modes, rc, i;
	const struct cli_opt opts[] = {
		{ "gold", 'g', OPT_STRING, &gold, "FILE", "gold records (JSONL, data/dev/README.md schema); articles are the arguments" },
		{ "arabic-events", 0, OPT_FLAG, &arabic, NULL, "score event types and actor spans on UniversalPetrarch XML files (the arguments)" },
		{ "fakes", 0, OPT_STRING, &fakes, "FILE", "score governorates and dates on the FA-KES CSV" },
		{ "data", 'd', OPT_STRING, &datadir, "DIR", "lexicon and gazetteer folder (default: built-in data/)" },
		{ "json", 0, OPT_FLAG, &json, NULL, "print the figures as one JSON object" },
		{ "verbose", 'v', OPT_FLAG, &verbose, NULL, "also list per-report misses (with --gold)" },
		{ 0 },
	};
	const char *usage = "rasd eval --gold GOLD.jsonl ARTICLES.jsonl... | --arabic-events FILE.xml... | --fakes FILE.csv";
	unsigned flags;

	nin = cli_parse(argc, argv, opts, usage,
			"Score extraction: against gold records (claims, events, incidents, "
			"disputes, false events), on Arabic event sentences, or on FA-KES "
			"(docs/EVAL.md describes every figure).", &help);
	if (nin < 0)
		return help ? 0 : EXIT_USAGE;
	modes = (gold != NULL) + (arabic != 0) + (fakes != NULL);
	if (modes != 1) {
		cli_error(modes ? "give only one of --gold, --arabic-events, --fakes"
				: "nothing to score; give --gold, --arabic-events or --fakes");
		return EXIT_USAGE;
	}
	if ((gold || arabic) && nin == 0) {
		cli_error(gold ? "no articles; give the articles JSONL after --gold FILE"
			       : "no XML files to score");
		return EXIT_USAGE;
	}
	if (fakes && nin) {
		cli_error("unexpected argument '%s' with --fakes", argv[0]);
		return EXIT_USAGE;
	}
	flags = (json ? RASDP_EVAL_JSON : 0) | (verbose ? RASDP_EVAL_VERBOSE : 0);
	/* name an unreadable input before spending time on the lexicons */
	if (!readable(gold ? gold : fakes))
		return EXIT_FAIL;
	for (i = 0; i < nin; i++)
		if (!readable(argv[i]))
			return EXIT_FAIL;
	if (gold)
		rc = run_gold(datadir, gold, nin, argv, flags);
	else if (arabic)
		rc = run_arabic(datadir, nin, argv, flags);
	else
		rc = run_fakes(datadir, fakes, flags);
	return rc;
}
