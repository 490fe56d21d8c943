/*
 * model.c - loading and writing the weights of scored decisions (model.h).
 *
 * A weights file is a TSV of the lexicon kind (comments, a header naming
 * the columns, one row per feature): `feature  weight  what`.  The `what`
 * column is written by `rasd train` from the decision's table so a reader
 * of the file sees what each weight is for; on loading it is not compared
 * (a reviewer may reword it), but the feature names must match the
 * decision's table exactly, both ways.
 */
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/err.h"
#include "lexicon/lexicon_int.h"
#include "model/model.h"

#include "base/banned.h"

enum { C_FEATURE, C_WEIGHT, C_WHAT, C_N };
static const struct rasdp_tsv_col cols[C_N] = {
	{ "feature", 1 }, { "weight", 1 }, { "what", 0 },
};

int rasdp_model_load(struct rasd_model *m, const struct rasd_decision *d, const char *dir,
		     rasd_err *err)
{
	struct rasd_buf path = RASD_BUF_INIT;
	struct rasdp_tsv t;
	unsigned char *seen = NULL;
	size_t i;
	int rc;

	memset(m, 0, sizeof(*m));
	m->d = d;
	m->w = calloc(d->nfeats ? d->nfeats : 1, sizeof(*m->w));
	seen = calloc(d->nfeats ? d->nfeats : 1, 1);
	if (!m->w || !seen || rasd_buf_addf(&path, "%s/models/%s.tsv", dir, d->name)) {
		rc = rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
		goto out;
	}
	rc = rasdp_tsv_open(&t, path.buf, cols, C_N, err);
	if (rc)
		goto out;
	while ((rc = rasdp_tsv_next(&t, err)) > 0) {
		const char *name = rasdp_tsv_get(&t, C_FEATURE);
		double w;

		for (i = 0; i < d->nfeats && strcmp(d->feats[i].name, name); i++)
			;
		if (i == d->nfeats) {
			rc = rasdp_err(err, RASD_EPARSE, -1, t.line,
				       "%s:%ld: '%s' is not a feature of the %s decision",
				       t.path, t.line, name, d->name);
			break;
		}
		if (seen[i]) {
			rc = rasdp_err(err, RASD_EPARSE, -1, t.line,
				       "%s:%ld: feature '%s' given twice", t.path, t.line, name);
			break;
		}
		rc = rasdp_tsv_double(&t, C_WEIGHT, 0, &w, err);
		if (rc)
			break;
		if (!*rasdp_tsv_get(&t, C_WEIGHT)) {
			rc = rasdp_err(err, RASD_EPARSE, -1, t.line,
				       "%s:%ld: feature '%s' has no weight", t.path, t.line, name);
			break;
		}
		seen[i] = 1;
		m->w[i] = w;
	}
	if (rc == 0) {
		for (i = 0; i < d->nfeats && seen[i]; i++)
			;
		if (i < d->nfeats)
			rc = rasdp_err(err, RASD_EPARSE, -1, 0, "%s: no weight for feature '%s'",
				       t.path, d->feats[i].name);
	}
	rasdp_tsv_close(&t);
out:
	rasd_buf_release(&path);
	free(seen);
	if (rc) {
		free(m->w);
		m->w = NULL;
	}
	return rc < 0 ? rc : 0;
}

void rasdp_model_release(struct rasd_model *m)
{
	free(m->w);
	m->w = NULL;
}

int rasdp_model_write(const struct rasd_decision *d, const double *w, const char *note,
		      struct rasd_buf *out)
{
	size_t i;

	rasd_buf_addf(out, "# models/%s.tsv - %s\n", d->name, d->what);
	rasd_buf_adds(out, "# A linear model: a candidate's score is the sum of weight x feature value.\n"
		      "# Written by `rasd train`; reviewed and editable (see data/README.md).\n");
	if (note && *note)
		rasd_buf_addf(out, "# %s\n", note);
	rasd_buf_adds(out, "feature\tweight\twhat\n");
	for (i = 0; i < d->nfeats; i++) {
		/* "-0.0000" and "0.0000" are one weight: write it one way */
		double v = w[i] > -0.00005 && w[i] < 0.00005 ? 0.0 : w[i];

		rasd_buf_addf(out, "%s\t%.4f\t%s\n", d->feats[i].name, v, d->feats[i].what);
	}
	return rasd_buf_grow(out, 1);
}

int rasdp_models_load(struct rasd_models *ms, const char *dir, rasd_err *err)
{
	size_t i;
	int rc;

	memset(ms, 0, sizeof(*ms));
	for (i = 0; i < RASD_DEC__COUNT; i++) {
		rc = rasdp_model_load(&ms->m[i], rasdp_decisions[i], dir, err);
		if (rc) {
			rasdp_models_release(ms);
			return rc;
		}
	}
	return 0;
}

void rasdp_models_release(struct rasd_models *ms)
{
	size_t i;

	for (i = 0; i < RASD_DEC__COUNT; i++)
		rasdp_model_release(&ms->m[i]);
}
