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
#include "../base/buf.h"
#include "../base/jsonr.h"
#include "../eval/eval.h"

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

/* The gold options of one run. */
struct gold_opts {
	struct cli_list gold;       /* --gold FILE|DIR, repeated */
	const char *folds;          /* --folds FILE */
	const char *fold;           /* --fold dev|test */
};

static int run_gold(const char *datadir, const struct gold_opts *go, int nin, char **argv,
		    unsigned flags, int sources)
{
	struct rasdp_eval *ev = rasdp_eval_new(NULL);
	struct cli_goldset *gs = NULL;
	rasd_engine *e = NULL;
	int skipped = 0, rc = EXIT_FAIL;
	char *out = NULL;
	size_t len = 0;

	if (!ev) {
		cli_error("out of memory");
		return EXIT_FAIL;
	}
	gs = cli_goldset_load(&go->gold, go->folds, go->fold, datadir, ev, nin, argv, &e,
			      &skipped);
	if (!gs)
		goto out;
	rc = sources ? rasdp_eval_source_coverage(ev, flags, &out, &len)
		     : rasdp_eval_run(ev, NULL, flags, &out, &len);
	if (rc) {
		cli_error("cannot score: %s", rasd_strerror(rc));
		rc = EXIT_FAIL;
		goto out;
	}
	rc = emit(out, len);
	if (!rc && skipped)
		rc = EXIT_PARTIAL;
out:
	rasdp_eval_free(ev);
	rasd_engine_free(e);
	cli_goldset_close(gs);
	return rc;
}

/*
 * `rasd eval --check`: every selected gold record against its report's
 * text (rasdp_gold_check), each id once, every report of the articles
 * labelled (unless a fold selects part of them).  Problems are printed as
 * "rasd: <gold file>:<line>: <what>"; a summary goes to standard output.
 */
/* The reports' texts by id, as `rasd eval --check` reads them. */
struct texts {
	char **id, **text;
	size_t *len, n, alloc;
};

static void texts_free(struct texts *t)
{
	size_t i;

	for (i = 0; i < t->n; i++) {
		free(t->id[i]);
		free(t->text[i]);
	}
	free(t->id);
	free(t->text);
	free(t->len);
}

static int texts_add(struct texts *t, const rasd_input *in)
{
	if (t->n == t->alloc) {
		size_t nal = t->alloc ? 2 * t->alloc : 256;
		char **ni = realloc(t->id, nal * sizeof(*ni));
		char **nt = ni ? realloc(t->text, nal * sizeof(*nt)) : NULL;
		size_t *nl = nt ? realloc(t->len, nal * sizeof(*nl)) : NULL;

		if (ni)
			t->id = ni;
		if (nt)
			t->text = nt;
		if (!nl)
			return RASD_ENOMEM;
		t->len = nl;
		t->alloc = nal;
	}
	t->id[t->n] = strdup(in->id ? in->id : "");
	t->text[t->n] = malloc(in->text_len + 1);
	if (!t->id[t->n] || !t->text[t->n]) {
		free(t->id[t->n]);
		free(t->text[t->n]);
		return RASD_ENOMEM;
	}
	memcpy(t->text[t->n], in->text, in->text_len);
	t->text[t->n][in->text_len] = '\0';
	t->len[t->n++] = in->text_len;
	return 0;
}

/* Read the articles files; a report without a gold record is a problem unless a fold is chosen. */
static int read_texts(struct cli_goldset *gs, const struct gold_opts *go, int nin, char **argv,
		      struct texts *t, size_t *nprob)
{
	int a;

	for (a = 0; a < nin; a++) {
		rasd_err err = { 0 };
		rasd_reader *r = rasd_reader_open(argv[a], RASD_FMT_JSONL, NULL, &err);
		rasd_input in;
		int got;

		if (!r) {
			cli_error_at(argv[a], &err);
			return -1;
		}
		while ((got = rasd_reader_next(r, &in, &err)) != 0) {
			if (got < 0) {
				cli_error_at(argv[a], &err);
				rasd_reader_close(r);
				return -1;
			}
			if (texts_add(t, &in)) {
				rasd_reader_close(r);
				cli_error("out of memory");
				return -1;
			}
			if (!go->fold && !cli_goldset_has(gs, in.id)) {
				cli_error("%s:%ld: report '%s' has no gold record", argv[a],
					  rasd_reader_line(r), in.id ? in.id : "");
				(*nprob)++;
			}
		}
		rasd_reader_close(r);
	}
	return 0;
}

static int run_check(const char *datadir, const struct gold_opts *go, int nin, char **argv)
{
	struct cli_goldset *gs;
	struct rasd_buf probs = RASD_BUF_INIT;
	struct texts t = { NULL, NULL, NULL, 0, 0 };
	rasd_engine *e = NULL;
	size_t nfiles = 0, ng, i, k, from = 0;
	size_t nev = 0, ncl = 0, npart = 0, ndisp = 0, nprob = 0;
	const char *dup;
	int rc = EXIT_FAIL;

	gs = cli_goldset_open(&go->gold, go->folds, go->fold, NULL);
	e = gs ? cli_engine(datadir) : NULL;
	if (!e)
		goto out;
	ng = cli_goldset_count(gs, &nfiles);
	while ((dup = cli_goldset_duplicate(gs, &from)) != NULL) {
		cli_error("gold: report '%s' has more than one record", dup);
		nprob++;
	}
	if (read_texts(gs, go, nin, argv, &t, &nprob))
		goto out;
	for (i = 0; i < ng; i++) {
		const char *id, *path;
		long line;
		struct json_object *o = cli_goldset_record(gs, i, &id, &path, &line), *evs;
		int n;

		for (k = 0; k < t.n && strcmp(t.id[k], id); k++)
			;
		if (k == t.n) {
			cli_error("%s:%ld: %s: no report with this id in the articles", path, line, id);
			nprob++;
			continue;
		}
		rasd_buf_reset(&probs);
		n = rasdp_gold_check(e, o, t.text[k], t.len[k], &probs);
		if (n < 0) {
			cli_error("out of memory");
			goto out;
		}
		if (n) {
			const char *p = probs.buf, *nl;

			for (; (nl = strchr(p, '\n')) != NULL; p = nl + 1)
				fprintf(stderr, "rasd: %s:%ld: %.*s\n", path, line, (int)(nl - p), p);
			nprob += (size_t)n;
		}
		evs = rasdp_json_arr(o, "events");
		nev += rasdp_json_len(evs);
		for (k = 0; k < rasdp_json_len(evs); k++) {
			ncl += rasdp_json_len(rasdp_json_arr(rasdp_json_at(evs, k), "claims"));
			npart += rasdp_json_len(rasdp_json_arr(rasdp_json_at(evs, k), "participants"));
		}
		ndisp += rasdp_json_len(rasdp_json_arr(o, "disputes"));
	}
	printf("gold check: %zu records in %zu files: %zu events, %zu claims, %zu participants, "
	       "%zu disputes: ", ng, nfiles, nev, ncl, npart, ndisp);
	if (nprob)
		printf("%zu problem%s\n", nprob, nprob == 1 ? "" : "s");
	else
		printf("no problems\n");
	rc = nprob ? EXIT_FAIL : 0;
out:
	texts_free(&t);
	rasd_buf_release(&probs);
	rasd_engine_free(e);
	cli_goldset_close(gs);
	return rc;
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
	s.flags = flags & RASDP_EVAL_VERBOSE;
	for (i = 0; i < nin; i++) {
		rasd_err err = { 0 };

		if (rasdp_eval_arabic_file(e, argv[i], &s, &err)) {
			cli_error("%s", err.msg);
			rasdp_eval_arabic_release(&s);
			rasd_engine_free(e);
			return EXIT_FAIL;
		}
	}
	rasd_engine_free(e);
	rc = rasdp_eval_arabic_render(&s, flags, &out, &len);
	rasdp_eval_arabic_release(&s);
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
	s.flags = flags & (RASDP_EVAL_VERBOSE | RASDP_EVAL_STAMP);
	rc = rasdp_eval_fakes(e, buf, len, &s, &err);
	rasd_engine_free(e);
	free(buf);
	if (rc) {
		rasdp_eval_fakes_release(&s);
		cli_error_at(path, &err);
		return EXIT_FAIL;
	}
	rc = rasdp_eval_fakes_render(&s, flags, &out, &olen);
	rasdp_eval_fakes_release(&s);
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
	const char *datadir = NULL, *fakes = NULL;
	struct gold_opts go;
	int json = 0, verbose = 0, arabic = 0, help = 0, check = 0, slices = 0, sources = 0, stamp = 0;
	int nin, modes, rc, i;
	const struct cli_opt opts[] = {
		{ "gold", 'g', OPT_LIST, &go.gold, "FILE|DIR", "gold records (JSONL, or a folder of *.jsonl; repeatable); articles are the arguments" },
		{ "folds", 0, OPT_STRING, &go.folds, "FILE", "folds of the gold records (gold/folds.tsv): key, country, dev|test" },
		{ "fold", 0, OPT_STRING, &go.fold, "dev|test", "score (or check) only the records of this fold (needs --folds)" },
		{ "check", 0, OPT_FLAG, &check, NULL, "check the gold records against the articles' texts instead of scoring" },
		{ "slices", 0, OPT_FLAG, &slices, NULL, "also print every figure per language, country and outlet kind" },
		{ "sources", 0, OPT_FLAG, &sources, NULL, "instead of scoring, the share of the gold's source expressions the source lexicon knows (-v lists the unknown)" },
		{ "arabic-events", 0, OPT_FLAG, &arabic, NULL, "score event types and actor spans on UniversalPetrarch XML files (the arguments)" },
		{ "fakes", 0, OPT_STRING, &fakes, "FILE", "score governorates and dates on the FA-KES CSV" },
		{ "stamp", 0, OPT_FLAG, &stamp, NULL, "with --fakes, a date stamp atop a report dates it (as extract --stamp)" },
		{ "data", 'd', OPT_STRING, &datadir, "DIR", "lexicon and gazetteer folder (default: built-in data/)" },
		{ "json", 0, OPT_FLAG, &json, NULL, "print the figures as one JSON object" },
		{ "verbose", 'v', OPT_FLAG, &verbose, NULL, "also list per-report misses (with --gold; with --fakes, the date misses)" },
		{ 0 },
	};
	const char *usage = "rasd eval --gold GOLD [--folds F --fold dev|test] [--check|--sources] ARTICLES.jsonl... | --arabic-events FILE.xml... | --fakes FILE.csv";
	unsigned flags;

	memset(&go, 0, sizeof(go));
	nin = cli_parse(argc, argv, opts, usage,
			"Score extraction: against gold records (claims, events, incidents, "
			"disputes, false events), on Arabic event sentences, or on FA-KES "
			"(docs/EVAL.md describes every figure); or check gold records.", &help);
	if (nin < 0)
		return help ? 0 : EXIT_USAGE;
	modes = (go.gold.n > 0) + (arabic != 0) + (fakes != NULL);
	if (modes != 1) {
		cli_error(modes ? "give only one of --gold, --arabic-events, --fakes"
				: "nothing to score; give --gold, --arabic-events or --fakes");
		return EXIT_USAGE;
	}
	if ((go.gold.n || arabic) && nin == 0) {
		cli_error(go.gold.n ? "no articles; give the articles JSONL after --gold FILE"
				    : "no XML files to score");
		return EXIT_USAGE;
	}
	if (fakes && nin) {
		cli_error("unexpected argument '%s' with --fakes", argv[0]);
		return EXIT_USAGE;
	}
	if (go.fold && (!go.folds || (strcmp(go.fold, "dev") && strcmp(go.fold, "test")))) {
		cli_error(go.folds ? "--fold is dev or test, not '%s'" : "--fold %s needs --folds FILE",
			  go.fold);
		return EXIT_USAGE;
	}
	if ((check || go.folds || slices || sources) && !go.gold.n) {
		cli_error("--check, --folds, --slices and --sources go with --gold");
		return EXIT_USAGE;
	}
	if (check && sources) {
		cli_error("give only one of --check and --sources");
		return EXIT_USAGE;
	}
	flags = (json ? RASDP_EVAL_JSON : 0) | (verbose ? RASDP_EVAL_VERBOSE : 0) |
		(slices ? RASDP_EVAL_SLICES : 0) | (stamp ? RASDP_EVAL_STAMP : 0);
	/* name an unreadable input before spending time on the lexicons */
	for (i = 0; i < go.gold.n; i++)
		if (!readable(go.gold.v[i]))
			return EXIT_FAIL;
	if ((fakes && !readable(fakes)) || (go.folds && !readable(go.folds)))
		return EXIT_FAIL;
	for (i = 0; i < nin; i++)
		if (!readable(argv[i]))
			return EXIT_FAIL;
	if (check)
		rc = run_check(datadir, &go, nin, argv);
	else if (go.gold.n)
		rc = run_gold(datadir, &go, nin, argv, flags, sources);
	else if (arabic)
		rc = run_arabic(datadir, nin, argv, flags);
	else
		rc = run_fakes(datadir, fakes, flags);
	return rc;
}
