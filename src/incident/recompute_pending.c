/*
 * recompute_pending.c - the entry points of a store's incident update: the
 * pending reports' events, read in block order and taken in groups (one
 * block within GROUP_DAYS, at most GROUP_EVENTS events) so that a large
 * backlog is worked through in bounded memory, each group updated by
 * rasdp_upd_group() (recompute.c); and the rebuild of every incident when
 * an update does not settle (see "Spreading" in recompute.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "incident/recompute_int.h"
#include "store/store.h"

#include "base/banned.h"

/* Pending reports' events per update when the backlog is large. */
#define GROUP_EVENTS 4000
#define GROUP_DAYS 56

struct seeds {
	struct rasdp_seed *v;
	size_t n, alloc;
	int failed;
};

static int seed_row(void *ctx, int ncols, const char *const *v)
{
	struct seeds *ss = ctx;
	struct rasdp_seed *sd;

	if (ncols < 7 || !v[0] || !v[1])
		return 0;
	if (rasdp_vec_grow((void **)&ss->v, &ss->alloc, ss->n + 1, sizeof(*ss->v))) {
		ss->failed = 1;
		return 1;
	}
	sd = &ss->v[ss->n];
	memset(sd, 0, sizeof(*sd));
	sd->seq = strtoll(v[0], NULL, 10);
	sd->doc = strdup(v[1]);
	sd->has_ev = v[2] != NULL;
	sd->n = v[2] ? (uint32_t)strtoul(v[2], NULL, 10) : 0;
	sd->blk = strdup(v[3] ? v[3] : "");
	sd->lo = num(v[4]);
	sd->hi = v[5] ? num(v[5]) : sd->lo;
	sd->wide = v[6] && strcmp(v[6], "0");
	ss->n++;
	if (!sd->doc || !sd->blk) {
		ss->failed = 1;
		return 1;
	}
	return 0;
}

static void seeds_release(struct seeds *ss)
{
	size_t i;

	for (i = 0; i < ss->n; i++) {
		free(ss->v[i].doc);
		free(ss->v[i].blk);
	}
	free(ss->v);
}

/*
 * Mark, for each pending row (seq), its last seed: the update that
 * handles it clears the flag, once every event of the report was seen.
 */
static int mark_last(struct seeds *ss)
{
	struct rasdp_strmap last = { 0 };
	char (*keys)[24] = malloc((ss->n ? ss->n : 1) * sizeof(*keys));
	size_t i;

	if (!keys)
		return RASD_ENOMEM;
	for (i = 0; i < ss->n; i++) {
		snprintf(keys[i], sizeof(keys[i]), "%lld", (long long)ss->v[i].seq);
		if (rasdp_strmap_put(&last, keys[i], i)) {
			rasdp_strmap_release(&last);
			free(keys);
			return RASD_ENOMEM;
		}
	}
	for (i = 0; i < ss->n; i++)
		ss->v[i].last = rasdp_strmap_get(&last, keys[i]) == (long)i;
	rasdp_strmap_release(&last);
	free(keys);
	return 0;
}

int rasdp_incidents_update(struct rasd_store *s, const struct rasd_models *models, size_t *n_out,
			   rasd_err *err)
{
	return rasdp_incidents_update_threads(s, models, 1, n_out, err);
}

/* Update the incidents of every pending report; SPREAD as update_once(). */
static int update_pending(struct rasd_store *s, const struct rasd_models *models, int threads,
			  struct rasdp_written *written, rasd_err *err)
{
	struct seeds ss = { NULL, 0, 0, 0 };
	size_t i, j;
	int rc;

	rc = rasdp_store_pending_events(s, seed_row, &ss, err);
	if (ss.failed || (!rc && mark_last(&ss)))
		rc = rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
	/*
	 * The rows come in block order; an update takes the events of one
	 * block within GROUP_DAYS (at most GROUP_EVENTS of them), so a large
	 * backlog is worked through region by region in bounded memory.
	 */
	for (i = 0; !rc && i < ss.n; i = j) {
		const struct rasdp_seed *a = &ss.v[i];

		for (j = i + 1; j < ss.n && j - i < GROUP_EVENTS; j++) {
			const struct rasdp_seed *b = &ss.v[j];

			if (b->has_ev != a->has_ev || strcmp(b->blk, a->blk) || b->wide != a->wide)
				break;
			if (a->has_ev && !a->wide && b->lo - a->lo > GROUP_DAYS)
				break;
		}
		rc = rasdp_upd_group(s, models, threads, ss.v + i, j - i, written, err);
	}
	seeds_release(&ss);
	return rc;
}

int rasdp_incidents_update_threads(struct rasd_store *s, const struct rasd_models *models,
				   int threads, size_t *n_out, rasd_err *err)
{
	return rasdp_incidents_update_ex(s, models, threads, n_out, NULL, err);
}

int rasdp_incidents_update_ex(struct rasd_store *s, const struct rasd_models *models,
			      int threads, size_t *n_out, int *rebuilt, rasd_err *err)
{
	struct rasdp_written written;
	int rc;

	memset(&written, 0, sizeof(written));
	if (rebuilt)
		*rebuilt = 0;
	rc = update_pending(s, models, threads, &written, err);
	if (rc == SPREAD) {
		/*
		 * The stored incidents disagree with the clustering all along a
		 * block (see "Spreading"): rebuild every incident instead.
		 */
		rc = rasdp_store_incidents_reset(s, err);
		if (!rc)
			rc = update_pending(s, models, threads, &written, err);
		if (rebuilt)
			*rebuilt = 1;
	}
	if (rc == SPREAD)
		rc = rasdp_err(err, RASD_ESTORE, -1, 0,
			       "incident update did not settle in %d rounds, even rebuilding every"
			       " incident (the reports stay pending)", MAX_ROUNDS);
	if (n_out)
		*n_out = written.n;
	rasdp_written_release(&written);
	return rc;
}

int rasdp_incidents_recompute(struct rasd_store *s, const struct rasd_models *models,
			      size_t *n_out, rasd_err *err)
{
	/* nothing stored is kept: stale incidents would only spread the update */
	int rc = rasdp_store_incidents_reset(s, err);

	return rc ? rc : rasdp_incidents_update(s, models, n_out, err);
}
