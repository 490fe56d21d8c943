/*
 * incident_int.h - the private layout of an incident collection, shared by
 * the files of src/incident/ (loader, clustering, reconciliation, output).
 *
 * All strings live in the collection's arena and are interned, so every
 * comparison during clustering is an integer comparison.  Arrays that grow
 * with the input (documents, events, claims) are plain malloc'd vectors:
 * they are large and reallocated, which an arena would waste.
 */
#ifndef RASD_INCIDENT_INT_H
#define RASD_INCIDENT_INT_H

#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "incident/incident.h"

/* String interning: id -> string, string -> id, plus one aux word per id. */
struct rasdp_strtab {
	const char **strs;      /* strs[0] = "" */
	uint32_t *aux;
	uint32_t *hashes;       /* per id */
	size_t n, alloc;
	uint32_t *slots;        /* open addressing; 0 empty, else id */
	size_t nslots;
};

struct rasdp_place {
	uint32_t id, name, name_ar, kind, admin1, admin1_id, admin2;
	uint32_t admin2_id, admin3_id;  /* the district and subdistrict it is in */
	float lat, lon;
	uint8_t geo_precision;
	uint8_t has_ll;
	uint8_t level;          /* its kind as enum rasd_place_kind (lexicon.h); RASD_PLACE__COUNT unknown */
};

struct rasdp_actor {
	uint32_t id, name;
};

struct rasdp_doc {
	uint32_t id, outlet, hash;
	uint32_t outlet_key;    /* source key of the outlet's own voice */
	int64_t published;      /* days, or INT64_MIN */
	uint64_t fp;            /* simhash, 0 when none */
	uint32_t dup_of;        /* document this is a copy of (itself if none) */
	uint32_t ev0, nev;
	uint32_t extent;        /* end of the last sentence its events were read from */
};

struct rasdp_dispute_list {
	struct rasd_dispute *d;
	size_t n, alloc;
};

struct rasdp_incident {
	uint32_t *evs;          /* member events, by doc then n */
	size_t nev;
	int64_t day_first, day_last;
	uint8_t precision;
	uint32_t place;         /* place table index + 1 */
	uint32_t type, sub_type;
	struct rasd_fatalities fat;
	int has_fat;
	struct rasdp_dispute_list disputes;
};

struct rasd_incidents {
	struct rasd_arena arena;
	const struct rasd_model *link;  /* weights of the link decision (borrowed) */
	double join_score;            /* the score the clustering joins at (the chaining guard reads it) */
	const struct rasd_model *disagree; /* weights of the disagree decision (borrowed) */
	rasdp_pair_trace_fn trace;      /* training: every pair of figures weighed, or NULL */
	void *trace_ctx;
	struct rasdp_strtab strs, place_ids, actor_ids, doc_ids;
	struct rasdp_place *places;   size_t nplaces, places_alloc;
	struct rasdp_actor *actors;   size_t nactors, actors_alloc;
	struct rasdp_doc *docs;       size_t ndocs, docs_alloc;
	struct rasd_ev *evs;          size_t nevs, evs_alloc;
	struct rasd_ev_claim *claims; size_t nclaims, claims_alloc;
	struct rasd_ev_part *parts;   size_t nparts, parts_alloc;

	/* Results of the last clustering. */
	uint32_t *ev_inc;             /* per event: incident index, or UINT32_MAX */
	struct rasdp_incident *incs;  size_t nincs, incs_alloc;
	uint32_t *members;            /* all incidents' evs, one block */
	size_t members_used, members_alloc; /* cluster_more.c appends the sets it makes again */
	uint64_t pairs_scored;
	int clustered;
	uint8_t ids;                  /* enum rasd_inc_ids */
	void *arena_lock;             /* a pthread_mutex_t * while threads reconcile, else NULL */
	int threads;                  /* clustering threads (rasdp_incidents_set_threads()) */
	struct rasdp_cstate *cs;      /* cluster.c: what rasdp_incidents_cluster_more() builds on */
};

/* incident.c */
int rasdp_strtab_intern(struct rasd_arena *a, struct rasdp_strtab *t,
			const char *s, size_t len, uint32_t *out);
long rasdp_strtab_find(const struct rasdp_strtab *t, const char *s, size_t len);
int rasdp_vec_grow(void **items, size_t *alloc, size_t need, size_t size);
void rasdp_incidents_reset_results(struct rasd_incidents *inc);

/* cluster.c, cluster_link.c (the link score) */
/* Drop what the last clustering kept for adding events to it. */
void rasdp_cluster_state_free(struct rasd_incidents *inc);
/* Is place `a` (places table index + 1) inside place `b` (b is a's district or governorate)? */
int rasdp_place_inside(const struct rasd_incidents *inc, uint32_t a, uint32_t b);
/* Is `name` an ACLED type of political violence?  Kept as a flag in inc->strs.aux. */
int rasdp_violent_type_name(const char *name);
#define RASDP_STR_VIOLENT 1u

double rasdp_ev_score(const struct rasd_incidents *inc, const struct rasd_ev *a,
		      const struct rasd_ev *b);
void rasdp_mark_duplicates(struct rasd_incidents *inc);

/* emit.c: incident `i` as one JSON object, written to `w` (docs/FORMAT.md). */
struct rasd_jsonw;
int rasdp_incident_json(struct rasd_jsonw *w, const struct rasd_incidents *inc, size_t i);

/* reconcile.c: every incident, or one (again, after it grew) */
int rasdp_reconcile(struct rasd_incidents *inc);
int rasdp_reconcile_incident(struct rasd_incidents *inc, struct rasdp_incident *x);

/*
 * Claims of an incident grouped by (kind, who, qualifier, value, denied):
 * one group per distinct figure, with the sources that give it.  A copy's
 * claims in the outlet's own voice count as the original outlet's, so a
 * syndicated text adds no support.  Groups are ordered by kind, then by
 * support (distinct sources) and value, decreasing.
 */
struct rasdp_vgroup {
	uint8_t kind, qualifier, denied;
	int64_t value, value_hi;
	uint32_t who;
	uint32_t cls;                       /* rasdp_claim_class: 0 for a count of the whole */
	uint32_t *claims; size_t nclaims;   /* claim indexes */
	uint32_t *sources; size_t nsources; /* effective source keys, distinct */
	uint32_t *names;                    /* display names, parallel to sources */
	uint32_t *docs; size_t ndocs;       /* original documents, distinct */
};
struct rasdp_vgroups {
	struct rasdp_vgroup *g;
	size_t n;
	uint32_t *block;                    /* backing storage */
};
int rasdp_value_groups(const struct rasd_incidents *inc, const struct rasdp_incident *x,
		       struct rasdp_vgroups *out);
void rasdp_value_groups_release(struct rasdp_vgroups *v);
/*
 * Participation per actor over an incident's events: the sources that say
 * it took part, that it did not, and that its part was limited (display
 * names, and effective source keys parallel to them; at most
 * RASDP_PART_SOURCES each).
 */
#define RASDP_PART_SOURCES 16
enum { RASDP_PART_ASSERTED, RASDP_PART_DENIED, RASDP_PART_LIMITED, RASDP_PART__COUNT };
struct rasdp_partrow {
	uint32_t actor;
	uint32_t first;                     /* first participation index */
	uint32_t names[RASDP_PART__COUNT][RASDP_PART_SOURCES];
	uint32_t keys[RASDP_PART__COUNT][RASDP_PART_SOURCES];
	size_t n[RASDP_PART__COUNT];
};
/* Fill at most `max` rows, in order of first mention; returns how many. */
size_t rasdp_part_rows(const struct rasd_incidents *inc, const struct rasdp_incident *x,
		       struct rasdp_partrow *rows, size_t max);
/* Effective source (key, name) of a claim or participation of event `ev`. */
void rasdp_eff_source(const struct rasd_incidents *inc, uint32_t ev, uint32_t source,
		      uint32_t source_name, uint32_t *key, uint32_t *name);
/* Display name of an actor table index + 1. */
const char *rasdp_actor_name(const struct rasd_incidents *inc, uint32_t a);
/* Display name of an outlet of an event's document (outlet, else doc id). */
const char *rasdp_ev_outlet(const struct rasd_incidents *inc, const struct rasd_ev *e);

/*
 * accounts.c: each source's account of the figures of one kind (see the
 * file's opening comment).  An entry is one figure of one source, with
 * every claim and report that gives it.
 */
struct rasdp_entry {
	uint8_t kind, qualifier, denied;
	uint8_t part;                       /* a share of a total (breakdown) */
	int64_t value, value_hi;
	uint32_t who;                       /* label of the first claim naming one, or 0 */
	uint32_t source, name;              /* effective source key, display name */
	int64_t day;                        /* earliest report time of its claims */
	uint32_t of;                        /* parts: index in hist of its total, or UINT32_MAX */
	uint32_t *claims; size_t nclaims;   /* claim indexes */
	uint32_t *docs; size_t ndocs;       /* original documents (copies folded), distinct */
	uint32_t *reports; size_t nreports; /* documents as given, copies included, distinct */
};
struct rasdp_account {
	uint8_t kind;
	uint32_t source, name;
	struct rasdp_entry *hist; size_t nhist;       /* totals in report order; last = latest */
	struct rasdp_entry *parts; size_t nparts;     /* breakdowns, largest first */
	struct rasdp_entry *denials; size_t ndenials; /* figures the source denies */
	size_t nreports;                    /* reports with a claim of it (at most 64 counted) */
	uint32_t first;                     /* least claim index, for a stable order */
};
struct rasdp_accounts {
	struct rasdp_account *a; size_t n;  /* by kind, then totals first, larger latest first */
	struct rasdp_entry *e; size_t ne;
	uint32_t *block;
};
int rasdp_accounts_build(const struct rasd_incidents *inc, const struct rasdp_incident *x,
			 struct rasdp_accounts *out);
void rasdp_accounts_release(struct rasdp_accounts *a);
/* The latest total of an account, or NULL when it gave only parts or denials. */
const struct rasdp_entry *rasdp_account_latest(const struct rasdp_account *a);
/*
 * Is the latest total of `a` a count another source of A stated and then
 * changed (the toll as it stood earlier, not what anyone finally says)?
 */
int rasdp_account_superseded(const struct rasdp_accounts *A, const struct rasdp_account *a);
/*
 * The group id groups.tsv gives a count of everyone ("people"): a count of
 * it, or of no named group, can contain the counts of single groups.
 */
#define RASDP_WHO_EVERYONE "people"
int rasdp_who_everyone(const struct rasd_incidents *inc, uint32_t who);
/* Does a group id (0 for none) count everyone: none, "people", "others"? */
int rasdp_group_whole(const struct rasd_incidents *inc, uint32_t group);
/* Does `group` count others, people besides some counted ("21 others", "another 39")? */
int rasdp_group_others(const struct rasd_incidents *inc, uint32_t group);
/* Is it a group of armed men (soldiers, fighters, members, police ...)? */
int rasdp_group_armed(const struct rasd_incidents *inc, uint32_t group);
/*
 * Is claim c a count of "others" that its source gives after no count of
 * its own in the event ("a commander and his aide were killed, and 5
 * others"): people besides some named, so a piece of a toll, not all of it?
 */
int rasdp_others_besides_named(const struct rasd_incidents *inc, const struct rasd_ev_claim *c);
/*
 * The class a figure is compared in: 0 for a count of the whole (of
 * everyone, or of a group such as soldiers or civilians), else a part:
 * the group of a share of the victims ("two leaders", "five children"),
 * RASDP_CLASS_UNNAMED for a part of no named group ("4 of them", "and 5
 * others" after a count of the same kind).
 */
#define RASDP_CLASS_UNNAMED UINT32_MAX
uint32_t rasdp_claim_class(const struct rasd_incidents *inc, const struct rasd_ev_claim *c);

/* Names. */
const char *rasdp_ev_kind_name(unsigned k);
const char *rasdp_ev_qual_name(unsigned q);
const char *rasdp_ev_prec_name(unsigned p);
/* "20", "about 10", "at least 14", "10-15" into buf. */
void rasdp_figure_str(char *buf, size_t n, const struct rasd_ev_claim *c);
/* "YYYY-MM-DD" of a day into buf (16 bytes). */
void rasdp_day_str(char *buf, size_t n, int64_t day);

/* Append v to arr[0..*n) unless it is there; returns whether it was added. */
static inline int rasdp_add_unique(uint32_t *arr, size_t *n, uint32_t v)
{
	size_t i;

	for (i = 0; i < *n; i++)
		if (arr[i] == v)
			return 0;
	arr[(*n)++] = v;
	return 1;
}

#endif
