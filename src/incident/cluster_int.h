/*
 * cluster_int.h - what the files of the clustering share: cluster_link.c
 * (the link features and score of a pair of events), cluster_block.c (the
 * blocks that decide which pairs are compared), cluster_uf.c (the sets
 * joined under the chaining guard), cluster.c (the sweep of the blocks
 * and the join of everything) and cluster_more.c (adding events to a
 * clustering).  cluster.c's opening comment describes the algorithm.
 *
 * Not part of the collection's interface (incident_int.h): only the
 * clustering files include it.  The small functions every stage calls on
 * every event or pair are static inline here, so that splitting the files
 * costs no call.
 */
#ifndef RASD_CLUSTER_INT_H
#define RASD_CLUSTER_INT_H

#include <stdint.h>

#include "incident/incident_int.h"

#define REJECT (-1e9)         /* the score of a pair that can never join */
#define DAY_TOL 3             /* days between windows still compared */
#define MAX_WEEKS 6           /* wider windows skip the week blocks */
#define MAX_CMP 4096          /* comparisons per event per block */
#define PUB_BEFORE 3          /* undated: happened up to 3 days before publication */

/* The link features (cluster_link.c): the length of the vector rasdp_link_features() fills. */
#define RASDP_LINK_NFEAT 34

enum { WIN_DATED, WIN_PUB, WIN_WIDE };

/*
 * An event's time window [*ws, *we] in days: its date range; an undated
 * event's publication window [published - PUB_BEFORE, published]; with
 * neither, the widest (WIN_WIDE).  Returns which of the three.
 */
static inline int window(const struct rasd_incidents *inc, const struct rasd_ev *e,
			 int64_t *ws, int64_t *we)
{
	int64_t pub;

	if (e->precision != RASD_EVP_NONE && e->day_first != INT64_MIN) {
		*ws = e->day_first;
		*we = e->day_last;
		return WIN_DATED;
	}
	pub = inc->docs[e->doc].published;
	if (pub != INT64_MIN) {
		*ws = pub - PUB_BEFORE;
		*we = pub;
		return WIN_PUB;
	}
	*ws = INT32_MIN;
	*we = INT32_MAX;
	return WIN_WIDE;
}

/* Does event e name side `id`? */
static inline int has_actor(const struct rasd_ev *e, uint32_t id)
{
	int i;

	for (i = 0; i < e->nactors; i++)
		if (e->actors[i] == id)
			return 1;
	return 0;
}

/* cluster_link.c */
/*
 * The link features of the pair (a, b) into x[RASDP_LINK_NFEAT]; -1 (x
 * all 0) when the two are events of one document, which never join.
 */
int rasdp_link_features(const struct rasd_incidents *inc, const struct rasd_ev *a,
			const struct rasd_ev *b, float *x);

#endif
