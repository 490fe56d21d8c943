/*
 * recompute.c - the incidents of a store (see recompute.h), kept up to
 * date block by block.
 *
 * The clustering (cluster.c) only ever compares two events that share a
 * block: a place, a governorate and a week, or (an event without a place
 * and one with) a side both name and a week, and only when their date
 * windows lie within a few days of each other.  So a new report can only
 * change the incidents of the blocks its events fall in, and an update
 * reads, clusters and rewrites those alone, whatever the size of the
 * store.  The store keeps each event's governorate key and date window,
 * and a row per side it names (store.h, "Blocks"); an update works on a
 * set of "changed" events C:
 *
 *   1. C starts as the events of the pending reports (a group of them
 *      that share a governorate and a few weeks, for a large backlog).
 *   2. For every event of C, the reports with an event of its block whose
 *      window lies within NEAR_DAYS of its own are read (and the block's
 *      wide events), and those with an event of the other kind (with a
 *      place, without) that names one of its sides in that window: every
 *      event it could be compared with, and theirs.
 *   3. The reports read are clustered, in the order of their ids, as a
 *      whole-store recomputation orders them, so ties between equal
 *      scores fall the same way.
 *   4. C grows by every member of a computed incident that has a member
 *      in C, and of a stored incident that has a member in C or one of
 *      the pending reports (a replaced report's old events): the
 *      incidents that change.  Back to 2 until nothing grows.
 *   5. In one transaction that holds the blocks' locks from before step
 *      2: the stored incidents that meet C are deleted, the computed ones
 *      that meet C written, the pending flags cleared.
 * Everything outside C keeps its stored incident, and every event of C
 * ends in exactly one.  An update costs the size of the blocks it
 * touches: a report dated in one week of one governorate reads a few
 * weeks of that governorate.
 *
 * Exactness: the incidents written are those a recomputation of the whole
 * store would give, as long as nothing further than NEAR_DAYS from C
 * decides how C's events are joined.  The joins of one incident span at
 * most a few days (cluster.c refuses chains), so that holds unless a long
 * run of daily events at one place is joined differently far away; and a
 * report without a place joins only its syndicated copies, found here
 * among the reports without a place of the same weeks, and the events of
 * its sides, found by them.  NEEDSWORK: keep each report's text
 * fingerprint in the store to find copies wherever they are.
 *
 * Spreading: steps 2-4 settle because the stored incidents are what the
 * clustering gives, so C only takes in the incidents of the new events
 * and their neighbours.  Incidents stored by another version of the
 * clustering break that: each round C takes a stored incident, then the
 * computed ones that share its members, then the stored ones that share
 * theirs, and walks along the block a few days per round (a one-report
 * update of a million-report store stored by an older clustering read
 * 30,000 reports in 64 rounds and still grew).  No bounded update can be
 * exact then, since every incident of the block may change.  So an update
 * that has not settled in MAX_ROUNDS rounds is rolled back, every stored
 * incident is deleted and every report marked pending, in one
 * transaction, and the update rebuilds them all (rasdp_incidents_update_ex
 * tells the caller).  A run killed during the rebuild leaves the pending
 * flags: the next update finishes it.
 *
 * Names: an incident is named by its first member (the least document id,
 * then event), which reports added later do not change unless they come
 * first, so links to incidents survive updates.
 *
 * The files: this one clusters what an update read, grows C and writes
 * (steps 3 to 5, one update of a group of pending events);
 * recompute_read.c holds the state of an update and reads the store
 * (steps 2 and 4: blocks, the reports that share them, stored
 * incidents); recompute_pending.c takes the pending reports in groups and
 * rebuilds every incident when an update spreads; recompute_int.h is what
 * they share.
 */
#include "incident/recompute_int.h"

#include <stddef.h>
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

/* ---- the collection -------------------------------------------------- */

static int text_row(void *ctx, int ncols, const char *const *v)
{
	struct rasdp_upd *u = ctx;
	long k;
	struct rasdp_udoc *d;

	if (ncols < 3 || !v[0] || !v[1])
		return 0;
	k = rasdp_strmap_get(&u->doc_ix, v[0]);
	if (k < 0)
		return 0;
	d = &u->docs[k];
	free(d->json);
	free(d->text);
	d->json = strdup(v[1]);
	d->text = v[2] ? strdup(v[2]) : NULL;
	if (!d->json || (v[2] && !d->text))
		return RASD_ENOMEM;
	return 0;
}

static int cmp_doc_ids(const void *a, const void *b, void *ctx)
{
	const struct rasdp_upd *u = ctx;

	return strcmp(u->docs[*(const size_t *)a].id, u->docs[*(const size_t *)b].id);
}

/* qsort has no context argument in C11: a small merge sort with one. */
static void sort_ix(size_t *v, size_t n, size_t *tmp, struct rasdp_upd *u)
{
	size_t m, i, j, k;

	if (n < 2)
		return;
	m = n / 2;
	sort_ix(v, m, tmp, u);
	sort_ix(v + m, n - m, tmp, u);
	for (i = 0, j = m, k = 0; i < m && j < n; )
		tmp[k++] = cmp_doc_ids(&v[j], &v[i], u) < 0 ? v[j++] : v[i++];
	while (i < m)
		tmp[k++] = v[i++];
	while (j < n)
		tmp[k++] = v[j++];
	memcpy(v, tmp, n * sizeof(*v));
}

/* Read what is missing and cluster every needed document, in id order. */
static int cluster_needed(struct rasdp_upd *u)
{
	size_t n, i, k = 0, *order = NULL, *tmp = NULL;
	char *ids = rasdp_upd_ids_where(u, offsetof(struct rasdp_udoc, read), 1, &n);
	int rc;

	if (!ids)
		return rasdp_upd_oom(u);
	rc = n ? rasdp_store_extractions(u->s, ids, text_row, u, u->err) : 0;
	free(ids);
	if (rc)
		return rc == RASD_ENOMEM ? rasdp_upd_oom(u) : rc;
	for (i = 0; i < u->ndocs; i++)
		if (u->docs[i].needed)
			u->docs[i].read = 1;
	for (i = 0; i < u->ndocs; i++)
		k += u->docs[i].needed && u->docs[i].json;
	order = malloc((k ? k : 1) * sizeof(*order));
	tmp = malloc((k ? k : 1) * sizeof(*tmp));
	rasdp_incidents_free(u->inc);
	free(u->inc_doc);
	u->inc = rasdp_incidents_new();
	u->inc_doc = malloc((k ? k : 1) * sizeof(*u->inc_doc));
	if (u->inc)
		rasdp_incidents_set_models(u->inc, u->models);
	if (!order || !tmp || !u->inc || !u->inc_doc) {
		free(order);
		free(tmp);
		return rasdp_upd_oom(u);
	}
	rasdp_incidents_set_ids(u->inc, RASD_INC_IDS_STABLE);
	rasdp_incidents_set_threads(u->inc, u->threads);
	for (i = 0, k = 0; i < u->ndocs; i++)
		if (u->docs[i].needed && u->docs[i].json)
			order[k++] = i;
	sort_ix(order, k, tmp, u);
	free(tmp);
	for (i = 0; i < k && !rc; i++) {
		struct rasdp_udoc *d = &u->docs[order[i]];
		size_t before = rasdp_incidents_ndocs(u->inc);
		rasd_err e;

		memset(&e, 0, sizeof(e));
		/* A stored line that no longer reads is left out, not fatal. */
		if (rasdp_incidents_add_line(u->inc, d->json, strlen(d->json), d->text, &e) ==
		    RASD_ENOMEM)
			rc = rasdp_upd_oom(u);
		if (rasdp_incidents_ndocs(u->inc) > before)
			u->inc_doc[before] = order[i];
	}
	free(order);
	if (!rc && rasdp_incidents_cluster(u->inc, 0))
		rc = rasdp_upd_oom(u);
	return rc;
}

/* The update's event of a collection event. */
static uint64_t inc_ev_key(const struct rasdp_upd *u, uint32_t ev)
{
	const struct rasd_ev *e = &u->inc->evs[ev];

	return ev_key(u->inc_doc[e->doc], e->n);
}

/* Does computed incident i meet C? */
static int computed_meets(const struct rasdp_upd *u, size_t i)
{
	const struct rasdp_incident *x = &u->inc->incs[i];
	size_t j;

	for (j = 0; j < x->nev; j++)
		if (rasdp_keyset_has(&u->c, inc_ev_key(u, x->evs[j])))
			return 1;
	return 0;
}

static int stored_meets(const struct rasdp_upd *u, const struct rasdp_sinc *si)
{
	size_t j;

	for (j = 0; j < si->nev; j++) {
		uint64_t k = si->evs[j];

		if (rasdp_keyset_has(&u->c, k) || u->docs[(k >> 32) - 1].pending)
			return 1;
	}
	return 0;
}

/* Step 4: grow C by the incidents that meet it; *grew when it did. */
static int grow(struct rasdp_upd *u, int *grew)
{
	size_t i, j;
	int rc;

	*grew = 0;
	for (i = 0; i < u->inc->nincs; i++) {
		const struct rasdp_incident *x = &u->inc->incs[i];

		if (!computed_meets(u, i))
			continue;
		for (j = 0; j < x->nev; j++) {
			rc = rasdp_keyset_add(&u->c, inc_ev_key(u, x->evs[j]));
			if (rc < 0)
				return rasdp_upd_oom(u);
			*grew |= rc;
		}
	}
	for (i = 0; i < u->nsincs; i++) {
		struct rasdp_sinc *si = &u->sincs[i];

		if (!stored_meets(u, si))
			continue;
		si->gone = 1;
		for (j = 0; j < si->nev; j++) {
			struct rasdp_udoc *d = &u->docs[(si->evs[j] >> 32) - 1];

			/* a replaced report's old events are gone: not kept in C */
			if (d->keyed && !rasdp_upd_key_of(d, (uint32_t)si->evs[j]))
				continue;
			rc = rasdp_keyset_add(&u->c, si->evs[j]);
			if (rc < 0)
				return rasdp_upd_oom(u);
			*grew |= rc;
		}
	}
	return 0;
}

/* ---- writing ----------------------------------------------------------- */

/* What the store keeps of one incident, besides its JSON. */
struct row {
	char id[RASD_INC_ID_MAX];
	char date[16], date_last[16];
	size_t json_at;              /* offset of its JSON in the shared buffer */
};

/*
 * The incidents of `inc` picked by `take` (all when NULL) as store rows;
 * their JSON, NUL-separated, in `all`.  *n gets how many.
 */
static int rows_of(const struct rasd_incidents *inc, const unsigned char *take,
		   struct row *rows, struct rasd_store_incident *incs, const char **mdocs,
		   int *mn, struct rasd_buf *all, size_t *n)
{
	size_t i, j, k = 0, mpos = 0;
	int rc;

	for (i = 0; i < inc->nincs; i++) {
		const struct rasdp_incident *x = &inc->incs[i];
		struct rasd_jsonw w;

		if (take && !take[i])
			continue;
		rasdp_incidents_id(inc, i, rows[k].id);
		/* the dates the JSON gives: none for an undated incident */
		rows[k].date[0] = rows[k].date_last[0] = '\0';
		if (x->day_first != INT64_MIN && x->day_first != INT64_MAX)
			rasdp_day_str(rows[k].date, sizeof(rows[k].date), x->day_first);
		if (x->precision && x->day_last != INT64_MIN && x->day_last != INT64_MAX)
			rasdp_day_str(rows[k].date_last, sizeof(rows[k].date_last), x->day_last);
		rows[k].json_at = all->len;
		rasd_jsonw_init(&w, all);
		rc = rasdp_incident_json(&w, inc, i);
		if (rc || w.err)
			return rc ? rc : w.err;
		rasd_buf_addch(all, '\0');
		incs[k].member_docs = mdocs + mpos;
		incs[k].member_n = mn + mpos;
		incs[k].nmembers = x->nev;
		for (j = 0; j < x->nev; j++, mpos++) {
			const struct rasd_ev *e = &inc->evs[x->evs[j]];

			mdocs[mpos] = rasdp_incidents_str(inc, inc->docs[e->doc].id);
			mn[mpos] = (int)e->n;
		}
		k++;
	}
	if (all->err)
		return all->err;
	for (i = 0; i < k; i++) {
		incs[i].id = rows[i].id;
		incs[i].date = rows[i].date[0] ? rows[i].date : NULL;
		incs[i].date_last = rows[i].date_last[0] ? rows[i].date_last : NULL;
		incs[i].json = all->buf + rows[i].json_at;
	}
	*n = k;
	return 0;
}

/* Step 5: delete the stored incidents that meet C, write the computed ones. */
static int write_changes(struct rasdp_upd *u, const char *seqs_json)
{
	struct rasd_store_incident *incs = NULL;
	struct row *rows = NULL;
	struct rasd_buf all = RASD_BUF_INIT, del = RASD_BUF_INIT;
	struct rasd_jsonw w;
	const char **mdocs = NULL;
	unsigned char *take = NULL;
	int *mn = NULL;
	size_t i, n = 0, nm = 0, nt = 0;
	int rc = 0;

	if (u->inc) {
		take = calloc(u->inc->nincs ? u->inc->nincs : 1, 1);
		if (!take)
			return rasdp_upd_oom(u);
		for (i = 0; i < u->inc->nincs; i++) {
			if (computed_meets(u, i)) {
				take[i] = 1;
				nt++;
				nm += u->inc->incs[i].nev;
			}
		}
	}
	incs = calloc(nt ? nt : 1, sizeof(*incs));
	rows = calloc(nt ? nt : 1, sizeof(*rows));
	mdocs = calloc(nm ? nm : 1, sizeof(*mdocs));
	mn = calloc(nm ? nm : 1, sizeof(*mn));
	if (!incs || !rows || !mdocs || !mn ||
	    (u->inc && rows_of(u->inc, take, rows, incs, mdocs, mn, &all, &n))) {
		rc = rasdp_err(u->err, RASD_ENOMEM, -1, 0, "cannot write incidents");
		goto done;
	}
	rasd_jsonw_init(&w, &del);
	rasd_jsonw_arr(&w);
	for (i = 0; i < u->nsincs; i++)
		if (u->sincs[i].gone)
			rasd_jsonw_str(&w, u->sincs[i].id);
	rasd_jsonw_arr_end(&w);
	if (w.err) {
		rc = rasdp_upd_oom(u);
		goto done;
	}
	rc = rasdp_store_update_write(u->s, del.buf, incs, n, u->err);
	if (!rc && seqs_json)
		rc = rasdp_store_pending_done(u->s, seqs_json, u->err);
	for (i = 0; i < n && !rc; i++)
		if (rasdp_written_add(u->written, incs[i].id))
			rc = rasdp_upd_oom(u);
done:
	free(take);
	free(incs);
	free(rows);
	free(mdocs);
	free(mn);
	rasd_buf_release(&all);
	rasd_buf_release(&del);
	return rc;
}

/* ---- one update ------------------------------------------------------- */

/*
 * Update the incidents of seeds[0, n): lock the blocks, grow C to a fixed
 * point, write.  1 when a block was held elsewhere (*want_locks got it):
 * the caller starts again; SPREAD when C outgrew the bounds (nothing
 * written).
 */
static int update_once(struct rasdp_upd *u, const struct rasdp_seed *seeds, size_t n,
		       const char **want_locks, size_t nwant, const char ***more, size_t *nmore)
{
	struct rasd_buf seqs = RASD_BUF_INIT;
	struct rasd_jsonw w;
	const char **blks;
	size_t i, nb = 0;
	int rc, round;

	blks = malloc((n + nwant + 1) * sizeof(*blks));
	if (!blks)
		return rasdp_upd_oom(u);
	for (i = 0; i < n; i++)
		if (seeds[i].has_ev)
			blks[nb++] = seeds[i].blk;
	for (i = 0; i < nwant; i++)
		blks[nb++] = want_locks[i];
	rc = rasdp_store_update_begin(u->s, blks, nb, u->err);
	if (rc) {
		free(blks);
		return rc;
	}
	for (i = 0; i < nb; i++) {
		if (rasdp_vec_grow((void **)&u->locked, &u->locked_alloc, u->nlocked + 1,
				   sizeof(*u->locked))) {
			free(blks);
			rc = rasdp_upd_oom(u);
			goto fail;
		}
		u->locked[u->nlocked++] = blks[i];
	}
	/* the lock list points at the seeds' and want_locks' strings: they outlive it */
	free(blks);

	rasd_jsonw_init(&w, &seqs);
	rasd_jsonw_arr(&w);
	for (i = 0; i < n; i++) {
		long d = rasdp_upd_doc_of(u, seeds[i].doc);

		if (d < 0) {
			rc = rasdp_upd_oom(u);
			goto fail;
		}
		u->docs[d].pending = 1;
		u->docs[d].needed = 1;
		if (seeds[i].has_ev && rasdp_keyset_add(&u->c, ev_key((size_t)d, seeds[i].n)) < 0) {
			rc = rasdp_upd_oom(u);
			goto fail;
		}
		if (seeds[i].last)
			rasd_jsonw_int(&w, seeds[i].seq);
	}
	rasd_jsonw_arr_end(&w);
	if (w.err) {
		rc = rasdp_upd_oom(u);
		goto fail;
	}
	for (round = 0; ; round++) {
		int grew_docs = 0, grew_c = 0;
		size_t needed = 0;

		if (round == MAX_ROUNDS) {
			rc = SPREAD;
			goto fail;
		}
		if ((rc = rasdp_upd_read_keys(u)))
			goto fail;
		rc = rasdp_upd_read_neighbourhoods(u, more, nmore, &grew_docs);
		if (rc)
			goto fail;   /* 1: a block is held elsewhere */
		if ((rc = rasdp_upd_read_members(u)) || (rc = rasdp_upd_read_keys(u)))
			goto fail;
		for (i = 0; i < u->ndocs; i++)
			needed += u->docs[i].needed;
		if (!u->inc || (int)needed != u->clustered_ndocs) {
			if ((rc = cluster_needed(u)))
				goto fail;
			u->clustered_ndocs = (int)needed;
		}
		if ((rc = grow(u, &grew_c)))
			goto fail;
		needed = 0;
		for (i = 0; i < u->ndocs; i++)
			needed += u->docs[i].needed;
		if (!grew_c && !grew_docs && (int)needed == u->clustered_ndocs)
			break;
	}
	rc = write_changes(u, seqs.buf);
	if (rc)
		goto fail;
	rasd_buf_release(&seqs);
	return rasdp_store_update_end(u->s, 1, u->err);
fail:
	rasd_buf_release(&seqs);
	rasdp_store_update_end(u->s, 0, NULL);
	return rc;
}

int rasdp_upd_group(struct rasd_store *s, const struct rasd_models *models, int threads,
		    const struct rasdp_seed *seeds, size_t n, struct rasdp_written *written,
		    rasd_err *err)
{
	const char **want = NULL;
	size_t nwant = 0, i;
	int rc, tries;

	for (tries = 0; ; tries++) {
		struct rasdp_upd u;

		memset(&u, 0, sizeof(u));
		u.s = s;
		u.models = models;
		u.threads = threads;
		u.err = err;
		u.written = written;
		rc = update_once(&u, seeds, n, want, nwant, &want, &nwant);
		rasdp_upd_release(&u);
		if (rc != 1)
			break;
		if (tries == 32) {
			rc = rasdp_err(err, RASD_ESTORE, -1, 0,
				       "incident update could not lock its blocks");
			break;
		}
	}
	for (i = 0; i < nwant; i++)
		free((char *)want[i]);
	free(want);
	return rc;
}
