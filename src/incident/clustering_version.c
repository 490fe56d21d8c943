/*
 * clustering_version.c - which clustering a store's incidents were made
 * by (recompute.h, rasdp_incidents_check_version()).
 *
 * A store's update relies on the stored incidents being what the
 * clustering gives (recompute.c, "Spreading"); the clustering is its
 * blocking rules (cluster.c) and the link and disagree weights
 * (data/models).  The store's meta key "clustering" names both, and a
 * process that updates the incidents compares it with its own when it
 * starts: another one rebuilds every incident up front.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "incident/recompute.h"
#include "model/model.h"
#include "store/store.h"

#include "base/banned.h"

/*
 * The version of the blocking rules (cluster.c) and of how a pair is
 * scored (cluster_link.c): raise it with any change of which pairs are
 * compared, of how their features are read or of what the chaining guard
 * refuses, which the weights' hash does not see.  2: events without a place meet placed events by the
 * sides they name.  3: a victims figure of one event that is the other's
 * killed count ties them (victims_match), and a killed toll far below
 * the other's is not far when its report's victims reach the other's.
 * 4: a link of two events with no time at all joins two groups only
 * when most of their other pairs come near the threshold (cluster_uf.c).
 */
#define BLOCKING_VERSION 4

/* FNV-1a of a decision's feature names and weights, as its file writes them. */
static uint64_t model_hash(uint64_t h, const struct rasd_model *m)
{
	char buf[96];
	size_t i;
	const char *c;

	if (!m->d || !m->w)
		return h;
	for (i = 0; i < m->d->nfeats; i++) {
		snprintf(buf, sizeof(buf), "%s=%.4f;", m->d->feats[i].name, m->w[i]);
		for (c = buf; *c; c++)
			h = (h ^ (unsigned char)*c) * 1099511628211u;
	}
	return h;
}

int rasdp_incidents_check_version(struct rasd_store *s, const struct rasd_models *models,
				  int *rebuilt, rasd_err *err)
{
	char want[64], have[64];
	uint64_t h = 1469598103934665603u;
	int64_t n = 0;
	int rc;

	if (rebuilt)
		*rebuilt = 0;
	if (models) {
		h = model_hash(h, &models->m[RASD_DEC_LINK]);
		h = model_hash(h, &models->m[RASD_DEC_DISAGREE]);
	}
	snprintf(want, sizeof(want), "blocks %d, weights %016llx", BLOCKING_VERSION,
		 (unsigned long long)h);
	rc = rasdp_store_meta_get(s, "clustering", have, sizeof(have), err);
	if (rc || !strcmp(have, want))
		return rc;
	rc = rasdp_store_count(s, "incidents", &n, err);
	if (!rc && n > 0) {
		rc = rasdp_store_incidents_reset(s, err);
		if (!rc && rebuilt)
			*rebuilt = 1;
	}
	return rc ? rc : rasdp_store_meta_put(s, "clustering", want, err);
}
