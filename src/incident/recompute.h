/*
 * recompute.h - the incidents of a store.
 *
 * The store keeps documents and their extractions and, separately, the
 * incidents last computed from them; the incident collection knows nothing
 * of stores.  This layer joins the two, above both: it loads stored
 * extractions into a collection (for `rasd incidents --db`) and, after
 * `rasd ingest` or a POST to the API, recomputes the incidents of the
 * blocks the new reports' events fall in and writes them back, named by
 * their first member (RASD_INC_IDS_STABLE) so that an incident keeps its
 * id.
 */
#ifndef RASD_RECOMPUTE_H
#define RASD_RECOMPUTE_H

#include <stddef.h>

#include "rasd.h"

struct rasd_incidents;
struct rasd_store;

/*
 * Add to `inc` the stored extractions (with their documents' texts) of the
 * documents with an event dated in [from, to], or all of them when both
 * are NULL.  A stored line that no longer reads is left out.  0, or a
 * negative rasd_status with `err` set (RASD_ENOMEM, the store's errors).
 */
int rasdp_incidents_load_store(struct rasd_incidents *inc, struct rasd_store *s,
			       const char *from, const char *to, rasd_err *err);

/*
 * Bring the stored incidents up to date with every pending report (see
 * store.h, "Blocks"): the incidents of the blocks their events fall in are
 * read, clustered and rewritten, one block and a few weeks at a time, in
 * transactions that lock those blocks against other processes.  A killed
 * run leaves the rest pending; running again finishes it.  *n_out
 * (optional) gets the number of incidents written.  `models` are the
 * scored decisions' weights (the engine's, rasdp_engine_models()): the
 * link and disagree decisions cluster and reconcile.  0, or a negative
 * rasd_status with `err` set.
 */
struct rasd_models;
int rasdp_incidents_update(struct rasd_store *s, const struct rasd_models *models, size_t *n_out,
			   rasd_err *err);

/*
 * rasdp_incidents_update() clustering each block's reports on `threads`
 * threads (rasdp_incidents_set_threads(): the result is the same).
 */
int rasdp_incidents_update_threads(struct rasd_store *s, const struct rasd_models *models,
				   int threads, size_t *n_out, rasd_err *err);

/*
 * rasdp_incidents_update_threads(), and when the stored incidents disagree
 * with the clustering all along a block (an update spreads past its
 * bounds: incidents stored by another version of the clustering), every
 * incident rebuilt instead: *rebuilt (optional) is then set to 1.
 */
int rasdp_incidents_update_ex(struct rasd_store *s, const struct rasd_models *models,
			      int threads, size_t *n_out, int *rebuilt, rasd_err *err);

/*
 * The clustering a store's incidents were made by: the meta key
 * "clustering" holds the blocking scheme's version and a hash of the link
 * and disagree weights.  When it differs from `models` and this rasd's
 * scheme, and incidents are stored, every incident is deleted and every
 * report marked pending (the next update rebuilds them) and *rebuilt is
 * set; the key is then written.  Run when a process that updates the
 * incidents starts, before it stores anything.  0, or a negative
 * rasd_status with `err` set.
 */
int rasdp_incidents_check_version(struct rasd_store *s, const struct rasd_models *models,
				  int *rebuilt, rasd_err *err);

/* Rebuild every incident of the store: mark every report pending, update. */
int rasdp_incidents_recompute(struct rasd_store *s, const struct rasd_models *models,
			      size_t *n_out, rasd_err *err);

#endif
