/*
 * api_index.h - private to the index of incidents (api_index.c) and its
 * summaries (api_summary.c): one incident as the list, the filters, the
 * map and the timeline need it.
 *
 * A summary is immutable once read and may belong to several generations
 * of the index at once (an index refreshed after a write keeps the
 * summaries of the incidents that did not change), hence its count of
 * references, which the threads dropping old generations share.
 */
#ifndef RASD_API_INDEX_H
#define RASD_API_INDEX_H

#include <stdatomic.h>

/* One incident: its JSON and what filters, sorts and the map need. */
struct isum {
	char *id;
	char *json;
	size_t len;
	char date[11], date_last[11];   /* "" when unknown */
	char *type, *sub, *admin1, *admin1_id, *place, *place_ar, *actors;  /* malloc'd or NULL */
	char **docs;                    /* its reports' ids (ndocs), for text search */
	double lat, lon;
	long long low, best, high;
	unsigned ndocs, ndisputes;
	unsigned char has_ll, has_fat;
	char disputed[96];              /* attributes disputed, "killed,participation" */
	char ver[32];                   /* its version in the store (see api_index.c) */
	atomic_uint refs;               /* indexes holding it */
};

/*
 * Read incident `id` stored as `json` into `x` (zeroed first): its JSON
 * copied, and its summary.  0, or RASD_ENOMEM (release `x` then).  A
 * stored line that does not read is kept with an empty summary.
 */
int rasdp_isum_read(struct isum *x, const char *id, const char *json);
/* The summary the list of the review page shows, as one JSON object. */
struct rasd_jsonw;
void rasdp_isum_json(struct rasd_jsonw *w, const struct isum *x);
/* Free what `x` holds (not `x`). */
void rasdp_isum_release(struct isum *x);

#endif
