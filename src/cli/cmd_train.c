/*
 * cmd_train.c - `rasd train`: fit the weights of the scored decisions
 * (the files of data/models/) from labelled reports.
 *
 *   rasd train --gold GOLD [--folds F --fold dev] ARTICLES.jsonl... [-o DIR]
 *
 * The reports are extracted as `rasd eval` extracts them, the decisions'
 * choices are built from the gold records (src/eval/train.c), and for each
 * decision the cross-validated accuracy before and after training is
 * printed; the fitted weights go to DIR/models/<decision>.tsv (default:
 * the data folder the engine was loaded from, so the next run uses them).
 * With a folds file a fold must be named: training must not see the fold
 * that measures it.  Same corpus, same weights, byte for byte.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "../base/buf.h"
#include "../eval/eval.h"
#include "../extract/engine.h"
#include "../model/model.h"

static int write_weights(const char *dir, const char *name, const struct rasd_buf *w)
{
	struct rasd_buf path = RASD_BUF_INIT, tmp = RASD_BUF_INIT;
	FILE *f;
	int rc = -1;

	if (mkdir(dir, 0777) && errno != EEXIST) {
		cli_error("cannot create '%s': %s", dir, strerror(errno));
		goto out;
	}
	rasd_buf_addf(&path, "%s/models", dir);
	if (path.err || (mkdir(path.buf, 0777) && errno != EEXIST)) {
		cli_error("cannot create '%s': %s", path.buf, strerror(errno));
		goto out;
	}
	rasd_buf_addf(&path, "/%s.tsv", name);
	rasd_buf_addf(&tmp, "%s.tmp", path.buf);
	if (path.err || tmp.err) {
		cli_error("out of memory");
		goto out;
	}
	/* written whole, then renamed: a reader never sees half a file */
	f = fopen(tmp.buf, "wb");
	if (!f || fwrite(w->buf, 1, w->len, f) != w->len || fclose(f)) {
		cli_error("cannot write '%s': %s", tmp.buf, strerror(errno));
		goto out;
	}
	if (rename(tmp.buf, path.buf)) {
		cli_error("cannot write '%s': %s", path.buf, strerror(errno));
		goto out;
	}
	rc = 0;
out:
	rasd_buf_release(&path);
	rasd_buf_release(&tmp);
	return rc;
}

int cmd_train(int argc, char **argv)
{
	struct cli_list gold = { { 0 }, 0 };
	const char *folds = NULL, *fold = NULL, *datadir = NULL, *outdir = NULL, *only = NULL;
	int help = 0, explain = 0, dry = 0, nin, skipped = 0, rc = EXIT_FAIL, trained = 0;
	const struct cli_opt opts[] = {
		{ "gold", 'g', OPT_LIST, &gold, "FILE|DIR", "gold records (JSONL, or a folder of *.jsonl; repeatable); articles are the arguments" },
		{ "folds", 0, OPT_STRING, &folds, "FILE", "folds of the gold records (key, country, dev|test)" },
		{ "fold", 0, OPT_STRING, &fold, "dev|test", "train on this fold only (needed with --folds)" },
		{ "decision", 0, OPT_STRING, &only, "NAME", "train only this decision (default: every one)" },
		{ "output", 'o', OPT_STRING, &outdir, "DIR", "write DIR/models/<decision>.tsv (default: the data folder)" },
		{ "explain", 0, OPT_FLAG, &explain, NULL, "list every feature with its starting and trained weight" },
		{ "dry-run", 'n', OPT_FLAG, &dry, NULL, "print what training finds, write nothing" },
		{ "data", 'd', OPT_STRING, &datadir, "DIR", "lexicon, gazetteer and model folder (default: built-in data/)" },
		{ 0 },
	};
	const char *usage = "rasd train --gold GOLD [--folds F --fold dev] ARTICLES.jsonl... [-o DIR]";
	struct cli_goldset *gs = NULL;
	struct rasdp_eval *ev = NULL;
	rasd_engine *e = NULL;
	unsigned d;

	nin = cli_parse(argc, argv, opts, usage,
			"Fit the weights of rasd's scored decisions (data/models/*.tsv) from gold "
			"records: cross-validated accuracy by held-apart incidents, before and after, "
			"then the weights fitted on all of them.", &help);
	if (nin < 0)
		return help ? 0 : EXIT_USAGE;
	if (!gold.n || !nin) {
		cli_error(gold.n ? "no articles; give the articles JSONL after --gold FILE"
				 : "no gold records; give --gold FILE|DIR");
		return EXIT_USAGE;
	}
	if (folds && !fold) {
		cli_error("with --folds, name the fold to train on (--fold dev): training must not see the test fold");
		return EXIT_USAGE;
	}
	if (fold && (!folds || (strcmp(fold, "dev") && strcmp(fold, "test")))) {
		cli_error(folds ? "--fold is dev or test, not '%s'" : "--fold %s needs --folds FILE", fold);
		return EXIT_USAGE;
	}
	if (only) {
		for (d = 0; d < RASD_DEC__COUNT && strcmp(rasdp_decisions[d]->name, only); d++)
			;
		if (d == RASD_DEC__COUNT) {
			cli_error("no decision '%s'", only);
			return EXIT_USAGE;
		}
	}
	ev = rasdp_eval_new(NULL);
	if (!ev) {
		cli_error("out of memory");
		return EXIT_FAIL;
	}
	gs = cli_goldset_load(&gold, folds, fold, datadir, ev, nin, argv, &e, &skipped);
	if (!gs)
		goto out;
	if (!outdir)
		outdir = rasd_engine_datadir(e);
	for (d = 0; d < RASD_DEC__COUNT; d++) {
		struct rasd_buf report = RASD_BUF_INIT, weights = RASD_BUF_INIT;
		int r;

		if (only && strcmp(rasdp_decisions[d]->name, only))
			continue;
		r = rasdp_eval_train(ev, rasdp_engine_models(e), d, explain ? RASDP_TRAIN_EXPLAIN : 0,
				     &report, &weights);
		if (r == RASD_EINVAL) {
			printf("%s: not trainable from gold records yet\n", rasdp_decisions[d]->name);
		} else if (r) {
			cli_error("cannot train %s: %s", rasdp_decisions[d]->name, rasd_strerror(r));
		} else {
			fputs(report.buf, stdout);
			if (!dry && write_weights(outdir, rasdp_decisions[d]->name, &weights))
				r = -1;
			else if (!dry)
				printf("  weights: %s/models/%s.tsv\n", outdir, rasdp_decisions[d]->name);
			trained++;
		}
		rasd_buf_release(&report);
		rasd_buf_release(&weights);
		if (r && r != RASD_EINVAL)
			goto out;
	}
	if (fflush(stdout)) {
		cli_error("cannot write output");
		goto out;
	}
	rc = trained ? (skipped ? EXIT_PARTIAL : 0) : EXIT_FAIL;
out:
	cli_goldset_close(gs);
	rasdp_eval_free(ev);
	rasd_engine_free(e);
	return rc;
}
