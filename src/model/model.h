/*
 * model.h - scored decisions: rules propose candidates, a linear model over
 * named features scores them, the best wins.
 *
 * Every choice rasd makes among candidates (which source owns a figure,
 * which trigger frames an event, which place is the event's, whether two
 * events are one incident, whether two claims disagree) is a *decision*: a
 * static table, in the module that makes the choice, naming its features
 * and saying what each measures.  Its weights are data: one reviewed TSV
 * per decision, `data/models/<decision>.tsv`, a row per feature
 * (`feature  weight  what`).  Code holds the machinery, a reviewer reads
 * and edits the weights, and `rasd train` fits them from labelled reports
 * (train.c).
 *
 * A candidate is a vector of feature values (floats, most of them 0/1 or
 * small counts); its score is the dot product with the weights.  The first
 * feature of every decision is `bias`, whose value is always 1: for a yes /
 * no decision (join two events?) the alternative "no" scores 0, so the bias
 * is the threshold.
 *
 * Loading checks the file against the table both ways: a feature the code
 * has and the file lacks, or a row the code does not know, stops loading
 * with "<file>:<line>: <what>", so a model can never silently score with a
 * feature missing.
 */
#ifndef RASD_MODEL_H
#define RASD_MODEL_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "rasd.h"

struct rasd_buf;

/* One feature of a decision: its name in the weights file, and what it measures. */
struct rasd_feature {
	const char *name;
	const char *what;
};

/* A decision's static definition: lives beside the code that makes the choice. */
struct rasd_decision {
	const char *name;                  /* file stem: data/models/<name>.tsv */
	const char *what;                  /* one line: what is chosen among what */
	const struct rasd_feature *feats;  /* feats[0] is "bias" */
	size_t nfeats;
};

/* A decision with its weights. */
struct rasd_model {
	const struct rasd_decision *d;
	double *w;                         /* d->nfeats weights, malloc'd */
};

/*
 * Load data/models/<d->name>.tsv from `dir` (the data folder; the file is
 * <dir>/models/<name>.tsv) into `m`.  RASD_ENOTFOUND, RASD_EPARSE (unknown
 * or missing feature, duplicate row, bad number) or RASD_ENOMEM with `err`
 * set.  Free with rasdp_model_release().
 */
int rasdp_model_load(struct rasd_model *m, const struct rasd_decision *d, const char *dir,
		     rasd_err *err);
void rasdp_model_release(struct rasd_model *m);

/*
 * Score of one candidate: the dot product of its features `x` (d->nfeats)
 * with the weights.  Most features of a candidate are 0, so four at a time
 * whose bits are all zero (+0.0) are passed over: their terms are +0 or -0
 * (the weights are finite: the TSV reader takes no other), which leave the sum as it is, and
 * the sum is never -0 (it starts at +0, and in IEEE arithmetic a sum is
 * -0 only when both sides are), so the score is bit for bit the full sum,
 * added in the same order.
 */
static inline double rasdp_model_score(const struct rasd_model *m, const float *x)
{
	double s = 0;
	size_t i = 0, n = m->d->nfeats, fours = n & ~(size_t)3;

	for (; i < fours; i += 4) {
		uint64_t lo, hi;

		memcpy(&lo, x + i, sizeof(lo));
		memcpy(&hi, x + i + 2, sizeof(hi));
		if (!(lo | hi))
			continue;
		s += m->w[i] * x[i];
		s += m->w[i + 1] * x[i + 1];
		s += m->w[i + 2] * x[i + 2];
		s += m->w[i + 3] * x[i + 3];
	}
	for (; i < n; i++)
		s += m->w[i] * x[i];
	return s;
}

/*
 * Write a weights file for `d` with weights `w` into `out`: a comment
 * header (the decision's line, and `note`, or NULL), the column header,
 * then one row per feature in table order, weights with four decimals (so
 * that the file is the same byte for byte wherever it is written).
 */
int rasdp_model_write(const struct rasd_decision *d, const double *w, const char *note,
		      struct rasd_buf *out);

/* ---- every decision, for loading and for `rasd train` ------------------ */

enum rasd_decision_id {
	RASD_DEC_LINK = 0,        /* incident/cluster_link.c: are two events one incident? */
	RASD_DEC_FRAME,           /* extract/event_type.c: what kind of event is it, if any? */
	RASD_DEC_BACKGROUND,      /* extract/background.c: does a sentence recall another time? */
	RASD_DEC_CASUALTY,        /* extract/figures_casualty.c: which casualty word governs a count? */
	RASD_DEC_SOURCE,          /* extract/source_decision.c: which speaker owns a figure? */
	RASD_DEC_PLACE,           /* extract/place_decision.c: which place is the event's? */
	RASD_DEC_DISAGREE,        /* incident/reconcile_disagree.c: do two figures disagree? */
	RASD_DEC_MERGE,           /* extract/merging.c: are two frames of a report one event? */
	RASD_DEC__COUNT
};

/* The decision tables, indexed by enum rasd_decision_id. */
extern const struct rasd_decision *const rasdp_decisions[RASD_DEC__COUNT];

/* Every decision's model, loaded together from one data folder. */
struct rasd_models {
	struct rasd_model m[RASD_DEC__COUNT];
};

int rasdp_models_load(struct rasd_models *ms, const char *dir, rasd_err *err);
void rasdp_models_release(struct rasd_models *ms);

/* ---- training (train.c) --------------------------------------------------- */

/*
 * Training data of one decision: a list of choices, each a set of
 * candidates (feature vectors) of which some are right.  A choice belongs
 * to a group (the incident of its report), and cross-validation holds
 * whole groups apart, so that no incident is both trained and tested on.
 */
struct rasdp_choice {
	size_t first;            /* index of its first candidate */
	unsigned n;              /* its candidates */
	unsigned group;          /* cross-validation fold key (a hash of the incident) */
};

struct rasdp_trainset {
	const struct rasd_decision *d;
	const unsigned char *fixed;  /* per feature, or NULL: 1 keeps its starting weight
					(what the labelled reports cannot show; set by the
					decision's builder) */
	float *x;                /* ncand * d->nfeats values */
	unsigned char *good;     /* per candidate: a right answer */
	size_t ncand, cand_alloc;
	struct rasdp_choice *c;
	size_t nchoices, choice_alloc;
};

void rasdp_trainset_init(struct rasdp_trainset *t, const struct rasd_decision *d);
void rasdp_trainset_release(struct rasdp_trainset *t);
/*
 * Add one choice: `n` candidates, their features `x` (n * nfeats) and
 * whether each is right.  `group` keys the held-apart unit (any string:
 * an incident key, a report id).  0 or RASD_ENOMEM.
 */
int rasdp_trainset_add(struct rasdp_trainset *t, const char *group, const float *x,
		       const unsigned char *good, unsigned n);

/*
 * Share of the choices with a right candidate whose best-scoring candidate
 * (the first of equal scores) is right, over the choices whose fold is
 * `fold` (of `k`), or every choice when k is 0.  *total gets how many
 * choices were counted.
 */
double rasdp_accuracy(const struct rasdp_trainset *t, const double *w, unsigned k,
		      unsigned fold, size_t *total);

/*
 * Fit weights: L2-regularised conditional logistic regression (each
 * choice a softmax over its candidates; the likelihood of choosing a right
 * one), pulled towards the starting weights `w0` with strength `lambda`,
 * by a fixed number of full-batch Adagrad steps; deterministic, so the
 * same data gives the same weights; the features t->fixed marks keep
 * their starting weights.  Only the choices not in fold `fold` of `k` are
 * used (k 0: all).  `w` gets d->nfeats weights.
 */
int rasdp_fit(const struct rasdp_trainset *t, const double *w0, double lambda, unsigned k,
	      unsigned fold, double *w);

#define RASDP_CV_FOLDS 5
#define RASDP_FIT_LAMBDA 0.05

/*
 * Cross-validated accuracy by held-apart groups: for each of k folds, the
 * starting weights and the weights fitted on the other folds are scored
 * on it; *before and *after are the accuracies over all folds' choices.
 */
int rasdp_cross_validate(const struct rasdp_trainset *t, const double *w0, unsigned k,
			 double *before, double *after, size_t *total);

#endif
