/*
 * incident.h - incidents across outlets and languages (stages 7 and 8).
 *
 * The input is what `rasd extract` writes: one JSON object per document
 * (docs/FORMAT.md).  Each event of each document becomes a compact record
 * (struct rasd_ev) that holds only ids, days and numbers, never words, so
 * an Arabic and an English report of one happening compare equal when
 * their place, date, type, actors and figures do.
 *
 * A collection (struct rasd_incidents) is filled document by document,
 * then clustered once:
 *
 *   struct rasd_incidents *inc = rasdp_incidents_new();
 *   rasdp_incidents_add_line(inc, line, len, NULL, &err);   (or _add_extraction)
 *   rasdp_incidents_cluster(inc, 0);                        (0: default score)
 *   rasdp_incidents_to_json(inc, &out, &out_len);
 *   rasdp_incidents_free(inc);
 *
 * Clustering blocks events by place id and by (governorate, week), scores
 * candidate pairs inside a block only, and joins them with union-find in
 * order of decreasing score, never putting two events of one document in
 * one incident.  Documents whose texts are near-identical (64-bit simhash
 * within Hamming distance 3, or the same text hash) are syndicated copies:
 * their claims count once.  Reconciliation then derives, per incident, the
 * canonical date, place, type and actors, the claims grouped by kind with
 * their sources, UCDP-style low/best/high fatalities, and the disputes.
 *
 * This header is self-contained (only rasd.h and the C library) so the
 * command-line front end can use it.  Every pointer returned is owned by
 * the collection and valid until rasdp_incidents_free(), unless said
 * otherwise.
 */
#ifndef RASD_INCIDENT_H
#define RASD_INCIDENT_H

#include <stddef.h>
#include <stdint.h>

#include "rasd.h"

struct rasd_extraction;

/* Kinds of counted people (the "kind" of a claim). */
enum rasd_ev_kind {
	RASD_EVK_KILLED = 0,
	RASD_EVK_WOUNDED,
	RASD_EVK_KILLED_OR_WOUNDED,
	RASD_EVK_ARRESTED,
	RASD_EVK_KIDNAPPED,
	RASD_EVK_MISSING,
	RASD_EVK_OTHER,
	RASD_EVK__COUNT,
};

/* Qualifiers, in the order of enum rasd_qualifier (doc.h). */
enum rasd_ev_qual {
	RASD_EVQ_EXACT = 0,
	RASD_EVQ_ABOUT,
	RASD_EVQ_AT_LEAST,
	RASD_EVQ_MORE_THAN,
	RASD_EVQ_UP_TO,
	RASD_EVQ_RANGE,
	RASD_EVQ_VAGUE,
};

/* How a figure stands against its report's other tolls (the extraction's "revision"). */
enum rasd_ev_revision {
	RASD_EVR_NONE = 0,
	RASD_EVR_EARLIER,       /* a toll as it first stood: "initially nine", "حصيلة أولية" */
	RASD_EVR_LATER,         /* the toll risen to: "rose to 54" */
	RASD_EVR_APART,         /* another happening's toll: "In a separate attack ... killed three" */
};

/* Date precision of an event, in the order of enum rasd_precision (doc.h). */
enum rasd_ev_prec {
	RASD_EVP_NONE = 0, RASD_EVP_DAY, RASD_EVP_WEEK, RASD_EVP_MONTH, RASD_EVP_YEAR,
};

/* Strings are interned: a uint32_t id, 0 meaning "none". */

/* One figure as one source gives it. */
struct rasd_ev_claim {
	int64_t value, value_hi;
	uint32_t who;           /* group counted ("members"), or 0 */
	uint32_t source;        /* source key: lexicon id, "outlet:<outlet>" or "name:<name>" */
	uint32_t source_name;   /* display name of the source */
	uint32_t ev;            /* index of the event it belongs to */
	uint8_t kind;           /* enum rasd_ev_kind */
	uint8_t qualifier;      /* enum rasd_ev_qual */
	uint8_t denied;         /* the source denies the figure */
	uint8_t subset;         /* a part of a toll given beside it ("بينهم 4 أطفال") */
	uint8_t revision;       /* enum rasd_ev_revision */
	uint16_t ci;            /* index of the claim in its extraction event's claims */
	uint32_t group;         /* group id counted as the extraction gives it ("children"), or 0 */
	uint32_t who_actor;     /* actor id the counted belong to, or 0 */
	uint32_t pos;           /* byte offset of the number in its report + 1, or 0 */
};

/* "Actor A took part", asserted or denied by a source. */
struct rasd_ev_part {
	uint32_t actor;         /* actor id (actor table), or 0 */
	uint32_t name;          /* display name */
	uint32_t source, source_name;
	uint32_t ev;
	uint8_t denied;
	uint8_t limited;        /* its part played down ("only two shells") */
	uint16_t pi;            /* index in its extraction event's participants */
};

#define RASD_EV_MAX_ACTORS 6

/* One event as one document tells it, reduced to ids, days and numbers. */
struct rasd_ev {
	uint32_t doc;           /* index of the document in the collection */
	uint32_t n;             /* index of the event in the document */
	uint32_t outlet;        /* interned outlet (copied from the document) */
	uint32_t type, sub_type;/* interned ACLED names, or 0 */
	int64_t day_first;      /* days since 1970-01-01; INT64_MIN when unknown */
	int64_t day_last;       /* INT64_MAX when unknown */
	uint8_t precision;      /* enum rasd_ev_prec */
	uint8_t geo_precision;  /* ACLED 1-3, 0 without a place */
	uint8_t nactors;
	uint32_t place;         /* place table index + 1, or 0 (see region) */
	uint32_t admin1;        /* interned governorate id (admin1_id, else name), or 0 */
	uint32_t admin2;        /* interned district name, or 0 */
	float lat, lon;
	uint32_t actor1;        /* actor table index + 1 of the role "actor1", or 0 */
	uint32_t actors[RASD_EV_MAX_ACTORS]; /* actor table index + 1 */
	uint32_t claim0, nclaims; /* claims [claim0, claim0 + nclaims) */
	uint32_t part0, nparts;
	uint32_t region;        /* place index + 1 of a part of a country told as its place, or 0 */
};

struct rasd_incidents;

/* A new empty collection (caller frees with rasdp_incidents_free), or NULL. */
struct rasd_incidents *rasdp_incidents_new(void);
void rasdp_incidents_free(struct rasd_incidents *inc);

/*
 * Add one document's extraction (io/extraction.h).  `text` (or NULL) is the
 * document's original text, used for the near-duplicate fingerprint;
 * without it the fingerprint comes from the extraction's "text" member if
 * any, and otherwise only identical "hash" values make copies.  Returns 0
 * or a negative rasd_status with `err` set: RASD_EPARSE for an extraction
 * without an "events" array, RASD_EINVAL for a document id given twice.
 * Nothing of `x` is kept.
 */
int rasdp_incidents_add_extraction(struct rasd_incidents *inc, const struct rasd_extraction *x,
				   const char *text_or_NULL, rasd_err *err);

/*
 * Read one line of JSONL (`len` bytes, not necessarily NUL-terminated) and
 * add it.  A line that is not JSON gives RASD_EPARSE with err->byte_offset
 * at the tokenizer's position; a blank line is ignored (returns 0).
 */
int rasdp_incidents_add_line(struct rasd_incidents *inc, const char *line,
			     size_t len, const char *text_or_NULL, rasd_err *err);

/*
 * Fingerprint document `doc_id` from its original text (when the extract
 * output did not carry it).  RASD_ENOTFOUND for an unknown id.
 */
int rasdp_incidents_set_text(struct rasd_incidents *inc, const char *doc_id,
			     const char *text, size_t len);

/* Add one hand-built event to document `doc_id` (created on first use). */
int rasdp_incidents_add_event(struct rasd_incidents *inc, const char *doc_id,
			      const char *outlet, const struct rasd_ev *ev,
			      const struct rasd_ev_claim *claims, size_t nclaims);

/* Intern a string (0 for NULL). */
uint32_t rasdp_incidents_intern(struct rasd_incidents *inc, const char *s);
/* The string of an interned id ("" for 0). */
const char *rasdp_incidents_str(const struct rasd_incidents *inc, uint32_t id);

/*
 * The weights that decide whether two events are one incident
 * (data/models/link.tsv, loaded with the engine: rasdp_engine_models());
 * borrowed, they must outlive the collection.  Clustering needs them.
 */
struct rasd_model;
void rasdp_incidents_set_link(struct rasd_incidents *inc, const struct rasd_model *link);
/*
 * Per feature of the link decision: 1 when `rasd train` leaves its weight
 * as the file has it (place, time, type and the threshold: how telling
 * they are depends on how dense the reporting is, which labelled reports
 * do not show; cluster_link.c).
 */
extern const unsigned char rasdp_link_fixed[];
/*
 * The weights that decide whether two figures of an incident disagree
 * beyond their qualifiers (data/models/disagree.tsv, reconcile_disagree.c);
 * borrowed like the link's.  Without them clustering reconciles no figure
 * dispute and fails with RASD_EINVAL when there is a pair of figures to
 * weigh.  rasdp_incidents_set_models() sets both from the engine's models.
 */
void rasdp_incidents_set_disagree(struct rasd_incidents *inc, const struct rasd_model *disagree);
struct rasd_models;
void rasdp_incidents_set_models(struct rasd_incidents *inc, const struct rasd_models *ms);
/*
 * Training: during the next clustering, call fn(ctx, attribute, claims,
 * nclaims, x) for every pair of figures reconciliation weighs (before it
 * decides), with the claims of both sides (indexes for
 * rasdp_incidents_claim()) and the pair's features x (the disagree
 * decision's table order).  A non-zero return stops clustering, which
 * returns it.  NULL stops tracing.
 */
typedef int (*rasdp_pair_trace_fn)(void *ctx, const char *attribute, const uint32_t *claims,
				   size_t nclaims, const float *x);
void rasdp_incidents_trace_pairs(struct rasd_incidents *inc, rasdp_pair_trace_fn fn, void *ctx);

/*
 * Cluster and reconcile.  A pair joins when its link score (the model's,
 * whose bias is the threshold) is at least `min_score`: 0 is the model's
 * own threshold, higher joins less.  May be called again after more
 * documents were added.  Returns 0, RASD_EINVAL (no link model set, and
 * more than one document: one report alone needs none) or RASD_ENOMEM.
 */
int rasdp_incidents_cluster(struct rasd_incidents *inc, double min_score);

/*
 * Add the events of the documents added since the last clustering to it,
 * without clustering everything again: the pairs they make, with earlier
 * events and among themselves, are scored as clustering would score them,
 * and all the pairs that reach `min_score`, the earlier ones kept from the
 * clustering and the new ones, are joined again in order of decreasing
 * score under the same rules (one event per report, the chaining guard).
 * Only the pairs of the events the new pairs reach through chains of
 * pairs at or above `min_score` (joined or refused) are joined again: a
 * join depends on the sets of its two events alone, so those elsewhere
 * come out as they were.  Incidents whose events are those of an earlier
 * incident keep its reconciliation; the others are reconciled.
 * The result is what clustering everything gives, except in a block where
 * one event's window reaches more than 4096 others: clustering compares it
 * with the first 4096 only, by window start, this with all.  It clusters
 * everything instead when there is no clustering to add to (or it was at
 * another `min_score`), when events were added to earlier documents, when
 * a new document makes earlier ones copies of another, or when the new
 * events are the first with neither date nor publication date.  Returns as
 * rasdp_incidents_cluster().
 */
int rasdp_incidents_cluster_more(struct rasd_incidents *inc, double min_score);

/*
 * Measuring: the events and pairs the last rasdp_incidents_cluster_more()
 * joined again (0 and 0 when it clustered everything, or none yet).
 */
void rasdp_incidents_more_stats(const struct rasd_incidents *inc, uint64_t *evs,
				uint64_t *pairs);

/*
 * Threads clustering may use (1 by default): blocks are swept and
 * incidents reconciled in parallel; the result does not depend on the
 * number.
 */
void rasdp_incidents_set_threads(struct rasd_incidents *inc, int n);

/*
 * Training: call fn(ctx, a, b, x) for every pair of events (indexes into
 * the collection's events, a < b, in order) that clustering compares,
 * whatever its score, with the pair's link features x (the link decision's
 * table order).  Stops at fn's first non-zero return, which it returns.
 */
int rasdp_incidents_each_pair(struct rasd_incidents *inc,
			      int (*fn)(void *ctx, uint32_t a, uint32_t b, const float *x),
			      void *ctx);
/* The report id and the event's index in it, of event `ev` of the collection. */
const char *rasdp_incidents_event_doc(const struct rasd_incidents *inc, uint32_t ev, uint32_t *n);

/*
 * The same clustering by scoring every pair of events (O(n^2)); for
 * measuring blocking against, not for use.
 */
int rasdp_incidents_cluster_allpairs(struct rasd_incidents *inc, double min_score);

/*
 * How incidents are named.  RASD_INC_IDS_SEQ (the default): inc-1, inc-2
 * ... by their first event in the input.  RASD_INC_IDS_STABLE: "inc-" and
 * 16 hex digits of the SHA-256 of "<doc>#<n>" of the incident's first
 * member event (least document id, then event), so that an incident keeps
 * its id when it is recomputed with more reports, as a store needs.
 */
enum rasd_inc_ids { RASD_INC_IDS_SEQ = 0, RASD_INC_IDS_STABLE };
void rasdp_incidents_set_ids(struct rasd_incidents *inc, enum rasd_inc_ids ids);
/* The id of incident `i` (0-based, after clustering) into `out`. */
#define RASD_INC_ID_MAX 32
void rasdp_incidents_id(const struct rasd_incidents *inc, size_t i, char out[RASD_INC_ID_MAX]);

/* Counts and look-ups after clustering. */
size_t rasdp_incidents_count(const struct rasd_incidents *inc);
size_t rasdp_incidents_ndocs(const struct rasd_incidents *inc);
size_t rasdp_incidents_nevents(const struct rasd_incidents *inc);
const struct rasd_ev *rasdp_incidents_event(const struct rasd_incidents *inc, size_t i);
const char *rasdp_incidents_doc_id(const struct rasd_incidents *inc, size_t doc);
/* Index of the document with id `id`, or -1. */
long rasdp_incidents_find_doc(const struct rasd_incidents *inc, const char *id);
/* Incident (0-based, output order) of event `n` of document `doc`, or -1. */
long rasdp_incidents_cluster_of(const struct rasd_incidents *inc, size_t doc, size_t n);
/* The document `doc` is a copy of (itself when it is not a copy). */
size_t rasdp_incidents_dup_of(const struct rasd_incidents *inc, size_t doc);
/* Number of candidate pairs scored by the last clustering. */
uint64_t rasdp_incidents_pairs_scored(const struct rasd_incidents *inc);

/* One contradiction inside an incident. */
struct rasd_dispute_ref {
	uint8_t is_part;        /* idx indexes participations, else claims */
	uint32_t idx;
};

struct rasd_dispute {
	const char *attribute;  /* killed|wounded|...|participation|date|location|perpetrator */
	const char *detail;     /* "20 (Reuters, TASS) vs about 10 (local sources)" */
	struct rasd_dispute_ref *refs; /* claims or participations involved; NULL for date/location/perpetrator */
	size_t nrefs;
	uint32_t ev_a, ev_b;    /* events involved (date, location, perpetrator) */
};

/* Disputes of incident `i` (0-based); *n set; NULL when none. */
const struct rasd_dispute *rasdp_incidents_disputes(const struct rasd_incidents *inc,
						    size_t i, size_t *n);

/*
 * What a struct rasd_dispute_ref points at: claim `i` or participation `i`
 * of the collection, or NULL when out of range; and the id of an actor as
 * struct rasd_ev_part holds it (actor table index + 1: the lexicon id, or
 * the name when the extraction had none), NULL for 0 or out of range.
 */
const struct rasd_ev_claim *rasdp_incidents_claim(const struct rasd_incidents *inc, size_t i);
const struct rasd_ev_part *rasdp_incidents_part(const struct rasd_incidents *inc, size_t i);
const char *rasdp_incidents_actor_id(const struct rasd_incidents *inc, uint32_t actor);

/* Fatalities of incident `i` (UCDP low/best/high, ACLED's figure); -1 when none. */
struct rasd_fatalities {
	int64_t low, best, high, acled;
};
int rasdp_incidents_fatalities(const struct rasd_incidents *inc, size_t i,
			       struct rasd_fatalities *out);

/*
 * The incidents as JSON ({"incidents": [...]}, docs/FORMAT.md) or as a
 * readable text table, in a malloc'd NUL-terminated buffer the caller
 * frees.  Incidents of one event only are included when `singletons`.
 */
int rasdp_incidents_to_json(const struct rasd_incidents *inc, int singletons,
			    char **out, size_t *out_len);
int rasdp_incidents_to_text(const struct rasd_incidents *inc, int singletons,
			    char **out, size_t *out_len);

/* ---- figures and fingerprints (pure functions) ---------------------- */

/*
 * The interval of counts a figure allows: exact v [v,v]; about v
 * [round(0.8v), round(1.2v)]; at_least v [v, inf); more_than v [v+1, inf);
 * up_to v [0, v]; range [lo, hi]; vague ("dozens") [12, 99].  inf is
 * INT64_MAX.
 */
void rasdp_claim_interval(unsigned qualifier, int64_t value, int64_t value_hi,
			  int64_t *lo, int64_t *hi);
/*
 * Do two figures contradict each other: same kind, same group when both
 * are known, different sources, both asserted, and disjoint intervals.
 */
int rasdp_claims_dispute(const struct rasd_ev_claim *a, const struct rasd_ev_claim *b);

/*
 * 64-bit simhash of a text's normalised word 3-shingles (Arabic
 * diacritics, tatweel and letter variants folded, Latin lower-cased,
 * punctuation ignored).  Returns 0 for a text of fewer than 8 words, which
 * is too short to fingerprint.
 */
uint64_t rasdp_simhash(const char *text, size_t len);
/* Hamming distance of two fingerprints. */
int rasdp_hamming64(uint64_t a, uint64_t b);

#endif
