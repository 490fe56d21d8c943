/*
 * recompute.c - the incidents of a store (see recompute.h).
 *
 * Ingest is incremental: a new report can only join incidents near its
 * own dates, so only the documents with an event within WINDOW_MARGIN_DAYS
 * of the new events' dates are loaded and clustered again.  Incidents
 * built from that partial view are written back only when they fall
 * inside the window; those outside it were seen through documents loaded
 * for their other events, and the stored versions stand.  An incident is
 * named by its first member (the least document id, then event), which
 * reports added later do not change unless they come first, so links to
 * incidents survive recomputing.
 */
#include "incident/recompute.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/jsonw.h"
#include "doc.h"
#include "incident/incident_int.h"
#include "store/store.h"

#include "base/banned.h"

/* Days the clustering may join across, on each side of a window. */
#define WINDOW_MARGIN_DAYS 30

struct load_ctx {
	struct rasd_incidents *inc;
	int failed;
};

static int load_one(void *ctx, const char *id, const char *json, const char *text)
{
	struct load_ctx *l = ctx;
	rasd_err e;

	(void)id;
	memset(&e, 0, sizeof(e));
	/* A stored line that no longer reads is left out, not fatal. */
	if (rasdp_incidents_add_line(l->inc, json, strlen(json), text, &e) == RASD_ENOMEM) {
		l->failed = RASD_ENOMEM;
		return 1;
	}
	return 0;
}

int rasdp_incidents_load_store(struct rasd_incidents *inc, struct rasd_store *s,
			       const char *from, const char *to, rasd_err *err)
{
	struct load_ctx l = { inc, 0 };
	int rc = rasdp_store_each_extraction(s, from, to, load_one, &l, err);

	if (!rc && l.failed)
		rc = rasdp_err(err, l.failed, -1, 0, "out of memory");
	return rc;
}

static int shift_date(const char *s, int days, char out[32])
{
	struct rasd_ymd y;

	if (!s || rasdp_parse_ymd(s, &y))
		return -1;
	rasdp_ymd_from_days(rasdp_days_from_ymd(y.y, y.m, y.d) + days, &y);
	snprintf(out, 32, "%04d-%02d-%02d", y.y % 10000, y.m, y.d);
	return 0;
}

/* What the store keeps of one incident, besides its JSON. */
struct row {
	char id[RASD_INC_ID_MAX];
	char date[16], date_last[16];
	size_t json_at;              /* offset of its JSON in the shared buffer */
};

/* The incidents of `inc` as store rows; their JSON, NUL-separated, in `all`. */
static int rows_of(const struct rasd_incidents *inc, struct row *rows,
		   struct rasd_store_incident *incs, const char **mdocs, int *mn,
		   struct rasd_buf *all)
{
	size_t i, j, mpos = 0;
	int rc;

	for (i = 0; i < inc->nincs; i++) {
		const struct rasdp_incident *x = &inc->incs[i];
		struct rasd_jsonw w;

		rasdp_incidents_id(inc, i, rows[i].id);
		/* the dates the JSON gives: none for an undated incident */
		rows[i].date[0] = rows[i].date_last[0] = '\0';
		if (x->day_first != INT64_MIN && x->day_first != INT64_MAX)
			rasdp_day_str(rows[i].date, sizeof(rows[i].date), x->day_first);
		if (x->precision && x->day_last != INT64_MIN && x->day_last != INT64_MAX)
			rasdp_day_str(rows[i].date_last, sizeof(rows[i].date_last), x->day_last);
		rows[i].json_at = all->len;
		rasd_jsonw_init(&w, all);
		rc = rasdp_incident_json(&w, inc, i);
		if (rc || w.err)
			return rc ? rc : w.err;
		rasd_buf_addch(all, '\0');
		incs[i].member_docs = mdocs + mpos;
		incs[i].member_n = mn + mpos;
		incs[i].nmembers = x->nev;
		for (j = 0; j < x->nev; j++, mpos++) {
			const struct rasd_ev *e = &inc->evs[x->evs[j]];

			mdocs[mpos] = rasdp_incidents_str(inc, inc->docs[e->doc].id);
			mn[mpos] = (int)e->n;
		}
	}
	if (all->err)
		return all->err;
	for (i = 0; i < inc->nincs; i++) {
		incs[i].id = rows[i].id;
		incs[i].date = rows[i].date[0] ? rows[i].date : NULL;
		incs[i].date_last = rows[i].date_last[0] ? rows[i].date_last : NULL;
		incs[i].json = all->buf + rows[i].json_at;
	}
	return 0;
}

int rasdp_incidents_recompute(struct rasd_store *s, const struct rasd_model *link,
			      const char *from, const char *to, size_t *n_out, rasd_err *err)
{
	struct rasd_incidents *inc;
	struct rasd_store_incident *incs = NULL;
	struct row *rows = NULL;
	struct rasd_buf all = RASD_BUF_INIT;
	char wfrom[32], wto[32];
	const char *lo = NULL, *hi = NULL, **mdocs = NULL;
	int *mn = NULL;
	size_t i, n, nm_total = 0;
	int rc;

	if (from && to && !shift_date(from, -WINDOW_MARGIN_DAYS, wfrom) &&
	    !shift_date(to, WINDOW_MARGIN_DAYS, wto)) {
		lo = wfrom;
		hi = wto;
	}
	inc = rasdp_incidents_new();
	if (!inc)
		return rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
	rasdp_incidents_set_ids(inc, RASD_INC_IDS_STABLE);
	rasdp_incidents_set_link(inc, link);
	rc = rasdp_incidents_load_store(inc, s, lo, hi, err);
	if (!rc && rasdp_incidents_cluster(inc, 0))
		rc = rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
	if (rc)
		goto done;
	n = inc->nincs;
	for (i = 0; i < n; i++)
		nm_total += inc->incs[i].nev;
	incs = calloc(n ? n : 1, sizeof(*incs));
	rows = calloc(n ? n : 1, sizeof(*rows));
	mdocs = calloc(nm_total ? nm_total : 1, sizeof(*mdocs));
	mn = calloc(nm_total ? nm_total : 1, sizeof(*mn));
	if (!incs || !rows || !mdocs || !mn || rows_of(inc, rows, incs, mdocs, mn, &all)) {
		rc = rasdp_err(err, RASD_ENOMEM, -1, 0, "cannot write incidents");
		goto done;
	}
	if (lo) {
		/*
		 * Only incidents inside the window replace stored ones; the rest
		 * were built from a partial view (documents loaded for their
		 * other events) and the stored versions stand.
		 */
		size_t k = 0;

		for (i = 0; i < n; i++) {
			const char *d = incs[i].date, *dl = incs[i].date_last ? incs[i].date_last : d;

			if (d && strcmp(dl, lo) >= 0 && strcmp(d, hi) <= 0)
				incs[k++] = incs[i];
		}
		n = k;
	}
	rc = rasdp_store_replace_incidents(s, lo, hi, incs, n, err);
	if (!rc && n_out)
		*n_out = n;
done:
	free(incs);
	free(rows);
	free(mdocs);
	free(mn);
	rasd_buf_release(&all);
	rasdp_incidents_free(inc);
	return rc;
}
