/*
 * recompute_int.h - what the files of a store's incident update share:
 * recompute.c (the update: cluster what was read, grow the changed set,
 * write), recompute_read.c (the state of one update and what it reads of
 * the store: the blocks of the changed events, the reports that share
 * them, their stored incidents) and recompute_pending.c (the pending
 * reports in groups, and the rebuild of every incident when an update
 * does not settle).  recompute.c's opening comment describes the update.
 */
#ifndef RASD_RECOMPUTE_INT_H
#define RASD_RECOMPUTE_INT_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "base/err.h"
#include "incident/incident_int.h"
#include "incident/recompute.h"

/* Days around a changed event's window whose events of its block are read. */
#define NEAR_DAYS 21
/* Extra days read beyond what is needed, so that C growing a little reads no more. */
#define READ_AHEAD 14
/*
 * Bounds of steps 2-4: past them C is spreading through its blocks, which
 * an update of a consistent store never does (see "Spreading" in recompute.c).
 */
#define MAX_ROUNDS 24
/* update_once() (recompute.c): C spread past the bounds. */
#define SPREAD 2

/* String -> index, open addressing; the strings are the caller's. */
struct rasdp_strmap {
	const char **keys;
	size_t *vals;
	size_t cap, n;
};

long rasdp_strmap_get(const struct rasdp_strmap *m, const char *k);
/* Map k (kept, not copied) to v; RASD_ENOMEM. */
int rasdp_strmap_put(struct rasdp_strmap *m, const char *k, size_t v);
void rasdp_strmap_release(struct rasdp_strmap *m);

/* A set of 64-bit keys, none of them 0; `list` keeps them in order added. */
struct rasdp_keyset {
	uint64_t *slots;
	size_t cap, n;
	uint64_t *list;
	size_t alloc;
};

int rasdp_keyset_has(const struct rasdp_keyset *s, uint64_t k);
/* 1 added, 0 there already, RASD_ENOMEM. */
int rasdp_keyset_add(struct rasdp_keyset *s, uint64_t k);

/* An event (document of the update, n) as a key; +1 keeps it from 0. */
static inline uint64_t ev_key(size_t doc, uint32_t n)
{
	return ((uint64_t)doc + 1) << 32 | n;
}

/* A number column of a store row; INT64_MIN when NULL. */
static inline int64_t num(const char *s)
{
	return s ? strtoll(s, NULL, 10) : INT64_MIN;
}

/* ---- the state of one update (recompute_read.c) ---------------------- */

struct rasdp_ukey {               /* one of a stored event's blocks */
	uint32_t n;
	char *blk;                    /* its key, which is also what is locked */
	int64_t lo, hi;               /* INT64_MIN: no window */
	int wide;
	int seg;                      /* -1: its block's events; a side block: the kind
				       * read, 1 with a place, 0 without (store.h) */
};

struct rasdp_udoc {
	char *id;
	char *json, *text;            /* the extraction and text, once read */
	int read;                     /* json and text read (or found missing) */
	int keyed;                    /* keys read */
	int membered;                 /* its stored incidents read */
	int needed;                   /* clustered in this update */
	int pending;                  /* a pending report of this update */
	struct rasdp_ukey *keys;
	size_t nkeys;
};

struct rasdp_sinc {               /* a stored incident */
	char *id;
	uint64_t *evs;                /* ev_key()s of its members */
	size_t nev, alloc;
	int gone;                     /* meets C: deleted by the update */
};

struct rasdp_upd {
	struct rasd_store *s;
	const struct rasd_models *models; /* weights of the scored decisions (borrowed) */
	int threads;                  /* clustering threads */
	rasd_err *err;
	struct rasdp_udoc *docs;
	size_t ndocs, docs_alloc;
	struct rasdp_strmap doc_ix;   /* id -> docs[] */
	struct rasdp_ureq *reqs;      /* recompute_read.c */
	size_t nreqs, reqs_alloc;
	struct rasdp_sinc *sincs;
	size_t nsincs, sincs_alloc;
	struct rasdp_strmap sinc_ix;  /* id -> sincs[] */
	struct rasdp_keyset c;        /* the changed events */
	const char **locked;          /* blocks locked (PostgreSQL), strings of reqs or docs */
	size_t nlocked, locked_alloc;
	struct rasd_incidents *inc;
	size_t *inc_doc;              /* collection document -> docs[] */
	int clustered_ndocs;          /* docs needed when the collection was built */
	struct rasdp_written *written; /* ids written by the whole run (counted once) */
};

/* The ids an update run wrote, to count each incident once. */
struct rasdp_written {
	struct rasdp_strmap ids;
	char **own;
	size_t n, alloc;
};

int rasdp_written_add(struct rasdp_written *w, const char *id);
void rasdp_written_release(struct rasdp_written *w);

void rasdp_upd_release(struct rasdp_upd *u);
/* Set u->err to out of memory; RASD_ENOMEM. */
int rasdp_upd_oom(struct rasdp_upd *u);
/* The update's document `id`, added when new; -1 when out of memory. */
long rasdp_upd_doc_of(struct rasdp_upd *u, const char *id);
/* JSON array of the ids of docs[] whose flag at `off` is clear; *n counts them. */
char *rasdp_upd_ids_where(struct rasdp_upd *u, size_t off, int want_needed, size_t *n);
/* Read the blocks of every document of the update that has none yet. */
int rasdp_upd_read_keys(struct rasdp_upd *u);
/* Document d's block of its event n, or NULL. */
const struct rasdp_ukey *rasdp_upd_key_of(const struct rasdp_udoc *d, uint32_t n);
/*
 * Read, for every changed event, the reports its blocks could compare it
 * with (step 2); 1 when a block is held elsewhere (*want_locks got it).
 */
int rasdp_upd_read_neighbourhoods(struct rasdp_upd *u, const char ***want_locks, size_t *nwant,
				  int *grew);
/* Read the stored incidents of the documents that have none read yet. */
int rasdp_upd_read_members(struct rasdp_upd *u);

/* ---- recompute.c, recompute_pending.c --------------------------------- */

/* A pending report's event, as the pending rows give it. */
struct rasdp_seed {
	int64_t seq;
	char *doc;
	int has_ev;                  /* 0: a report without events */
	uint32_t n;
	char *blk;
	int64_t lo, hi;
	int wide;
	int last;                    /* its report's last seed: clear its flag here */
};

/*
 * Update the incidents of seeds[0, n) (one group of pending events), again
 * while a block is held elsewhere; SPREAD when C outgrew the bounds.
 */
int rasdp_upd_group(struct rasd_store *s, const struct rasd_models *models, int threads,
		    const struct rasdp_seed *seeds, size_t n, struct rasdp_written *written,
		    rasd_err *err);

#endif
