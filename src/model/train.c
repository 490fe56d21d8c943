/*
 * train.c - fitting the weights of a scored decision from labelled choices.
 *
 * The model is a conditional logit: within one choice, candidate j has
 * probability p_j = exp(s_j) / sum_k exp(s_k) with s_j = w . x_j, and the
 * training objective is the log-probability of picking a right candidate
 * (sum over the right ones, as a choice may have several), minus
 * lambda * |w - w0|^2.  Pulling towards the starting weights rather than
 * towards zero means a feature that the labelled reports never exercise
 * keeps its hand-set weight instead of drifting to nothing, and a small
 * corpus can only move the weights as far as its evidence goes.
 *
 * The optimiser is plain full-batch gradient ascent with Adagrad step
 * sizes and a fixed number of steps: no randomness, no data-dependent
 * stopping, the same operations in the same order, so the same corpus
 * gives the same weights (and `rasd train` writes them with four
 * decimals, the same file byte for byte).  The objective is concave, so
 * the fixed budget only limits how close to its optimum it gets; a few
 * hundred steps are ample at the corpus sizes rasd trains on.
 *
 * Cross-validation assigns each group (the incident a choice's report
 * belongs to) to a fold by a hash of its key, so that folds are the same
 * whatever order the reports come in, and no incident is both trained on
 * and tested on.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "model/model.h"

#include "base/banned.h"

#define FIT_STEPS 400
#define FIT_RATE 0.2

void rasdp_trainset_init(struct rasdp_trainset *t, const struct rasd_decision *d)
{
	memset(t, 0, sizeof(*t));
	t->d = d;
}

void rasdp_trainset_release(struct rasdp_trainset *t)
{
	free(t->x);
	free(t->good);
	free(t->c);
	memset(t, 0, sizeof(*t));
}

/* FNV-1a of a group key: its fold does not depend on the order of reports. */
static unsigned group_hash(const char *s)
{
	uint32_t h = 2166136261u;

	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 16777619u;
	}
	return h;
}

int rasdp_trainset_add(struct rasdp_trainset *t, const char *group, const float *x,
		       const unsigned char *good, unsigned n)
{
	size_t nf = t->d->nfeats;

	if (!n)
		return 0;
	if (t->ncand + n > t->cand_alloc) {
		size_t na = t->cand_alloc ? t->cand_alloc : 256;
		float *nx;
		unsigned char *ng;

		while (na < t->ncand + n)
			na *= 2;
		nx = realloc(t->x, na * nf * sizeof(*nx));
		if (!nx)
			return RASD_ENOMEM;
		t->x = nx;
		ng = realloc(t->good, na);
		if (!ng)
			return RASD_ENOMEM;
		t->good = ng;
		t->cand_alloc = na;
	}
	if (t->nchoices == t->choice_alloc) {
		size_t na = t->choice_alloc ? 2 * t->choice_alloc : 256;
		struct rasdp_choice *nc = realloc(t->c, na * sizeof(*nc));

		if (!nc)
			return RASD_ENOMEM;
		t->c = nc;
		t->choice_alloc = na;
	}
	memcpy(t->x + t->ncand * nf, x, (size_t)n * nf * sizeof(*x));
	memcpy(t->good + t->ncand, good, n);
	t->c[t->nchoices].first = t->ncand;
	t->c[t->nchoices].n = n;
	t->c[t->nchoices].group = group_hash(group ? group : "");
	t->nchoices++;
	t->ncand += n;
	return 0;
}

static double dot(const double *w, const float *x, size_t n)
{
	double s = 0;
	size_t i;

	for (i = 0; i < n; i++)
		s += w[i] * x[i];
	return s;
}

static int in_fold(const struct rasdp_choice *c, unsigned k, unsigned fold)
{
	return k && c->group % k == fold;
}

static int has_good(const struct rasdp_trainset *t, const struct rasdp_choice *c)
{
	unsigned j;

	for (j = 0; j < c->n; j++)
		if (t->good[c->first + j])
			return 1;
	return 0;
}

double rasdp_accuracy(const struct rasdp_trainset *t, const double *w, unsigned k,
		      unsigned fold, size_t *total)
{
	size_t i, right = 0, n = 0, nf = t->d->nfeats;

	for (i = 0; i < t->nchoices; i++) {
		const struct rasdp_choice *c = &t->c[i];
		unsigned j, best = 0;
		double bs = 0;

		if ((k && !in_fold(c, k, fold)) || !has_good(t, c))
			continue;
		for (j = 0; j < c->n; j++) {
			double s = dot(w, t->x + (c->first + j) * nf, nf);

			if (j == 0 || s > bs) {
				bs = s;
				best = j;
			}
		}
		n++;
		right += t->good[c->first + best] != 0;
	}
	if (total)
		*total = n;
	return n ? (double)right / (double)n : 0.0;
}

int rasdp_fit(const struct rasdp_trainset *t, const double *w0, double lambda, unsigned k,
	      unsigned fold, double *w)
{
	size_t nf = t->d->nfeats, i, f, step;
	double *g = calloc(nf, sizeof(*g)), *acc = calloc(nf, sizeof(*acc));
	double *s = NULL;
	unsigned maxn = 1;

	for (i = 0; i < t->nchoices; i++)
		if (t->c[i].n > maxn)
			maxn = t->c[i].n;
	s = malloc(maxn * sizeof(*s));
	if (!g || !acc || !s) {
		free(g);
		free(acc);
		free(s);
		return RASD_ENOMEM;
	}
	memcpy(w, w0, nf * sizeof(*w));
	for (step = 0; step < FIT_STEPS; step++) {
		for (f = 0; f < nf; f++)
			g[f] = -2 * lambda * (w[f] - w0[f]);
		for (i = 0; i < t->nchoices; i++) {
			const struct rasdp_choice *c = &t->c[i];
			double mx = -INFINITY, z = 0, zg = 0;
			unsigned j;

			if (in_fold(c, k, fold) || !has_good(t, c) || c->n < 2)
				continue;
			for (j = 0; j < c->n; j++) {
				s[j] = dot(w, t->x + (c->first + j) * nf, nf);
				if (s[j] > mx)
					mx = s[j];
			}
			for (j = 0; j < c->n; j++) {
				s[j] = exp(s[j] - mx);
				z += s[j];
				if (t->good[c->first + j])
					zg += s[j];
			}
			/* d/dw log(zg / z) = E_good[x] - E_all[x] */
			for (j = 0; j < c->n; j++) {
				const float *x = t->x + (c->first + j) * nf;
				double coef = (t->good[c->first + j] ? s[j] / zg : 0) - s[j] / z;

				if (coef == 0)
					continue;
				for (f = 0; f < nf; f++)
					g[f] += coef * x[f];
			}
		}
		for (f = 0; f < nf; f++) {
			if (t->fixed && t->fixed[f])
				continue;
			acc[f] += g[f] * g[f];
			if (acc[f] > 0)
				w[f] += FIT_RATE * g[f] / sqrt(acc[f]);
		}
	}
	free(g);
	free(acc);
	free(s);
	return 0;
}

int rasdp_cross_validate(const struct rasdp_trainset *t, const double *w0, unsigned k,
			 double *before, double *after, size_t *total)
{
	size_t nf = t->d->nfeats, n, all = 0;
	double *w = malloc(nf * sizeof(*w)), rb = 0, ra = 0;
	unsigned fold;
	int rc;

	if (!w)
		return RASD_ENOMEM;
	for (fold = 0; fold < k; fold++) {
		double ab = rasdp_accuracy(t, w0, k, fold, &n);

		rc = rasdp_fit(t, w0, RASDP_FIT_LAMBDA, k, fold, w);
		if (rc) {
			free(w);
			return rc;
		}
		rb += ab * (double)n;
		ra += rasdp_accuracy(t, w, k, fold, NULL) * (double)n;
		all += n;
	}
	free(w);
	*before = all ? rb / (double)all : 0;
	*after = all ? ra / (double)all : 0;
	if (total)
		*total = all;
	return 0;
}
