/*
 * extract.h - events, claims and sources built from one document's
 * mentions (stage 6 of the pipeline), and the engine that holds the
 * compiled lexicons.
 *
 * An event is one violent happening as this document tells it; a claim is
 * one figure ("N killed") or one participation ("actor A took part"), with
 * its polarity and the chain of sources the document attributes it to.  All
 * of it lives in the document's arena.
 */
#ifndef RASD_EXTRACT_H
#define RASD_EXTRACT_H

#include <stddef.h>
#include <stdint.h>

#include "doc.h"
#include "model/model.h"
#include "lexicon/lexicon.h"

struct rasd_engine {
	char *datadir;                 /* malloc'd */
	struct rasd_lexicon *lx;
	struct rasd_models models;     /* weights of the scored decisions (data/models/) */
	/*
	 * The SHA-256 of each report's hash, an EVP_MD fetched once (NULL:
	 * EVP_sha256(), which OpenSSL 3 looks up again at every digest).
	 */
	void *sha256;
};

#define RASD_MAX_CHAIN 4

/* Who says it: the outlet itself, or a chain "Reuters -> Russian officer". */
struct rasd_srcref {
	int32_t source;                /* sources.tsv index of the head, or -1 */
	uint8_t outlet;                /* the outlet's own voice */
	uint8_t nchain;
	const char *chain[RASD_MAX_CHAIN]; /* display names, outermost first */
	uint32_t start, end;           /* orig span of the speaker mention (0,0 if none) */
};

/* How a figure stands against the report's other tolls (figures.c). */
enum rasd_revision {
	RASD_REV_NONE = 0,
	RASD_REV_EARLIER,              /* as it first stood: "initially nine", "حصيلة أولية" */
	RASD_REV_LATER,                /* the toll rose to it: "rose to 54", "ارتفع إلى 11" */
	RASD_REV_APART,                /* another happening's toll: "In a separate attack, ... killed three" */
};

struct rasd_claim {
	uint8_t kind;                  /* enum rasd_casualty_kind */
	uint8_t qualifier;             /* enum rasd_qualifier */
	uint8_t denied;
	uint8_t subset;                /* a part of a toll given before ("بينهم 39", "including 5") */
	uint8_t revision;              /* enum rasd_revision: a toll as it first stood, or risen to */
	int64_t value, value_hi;
	const char *who;               /* group label: civilians, members ... */
	int32_t who_actor;             /* actor of the counted group, or -1 */
	struct rasd_srcref src;
	uint32_t start, end;           /* number expression span */
	uint32_t sent;                 /* sentence index */
};

struct rasd_participant {
	int32_t actor;
	uint8_t denied;
	uint8_t limited;               /* its part played down ("only two shells") */
	struct rasd_srcref src;
	uint32_t start, end;           /* actor mention span */
	uint32_t sent;
};

enum rasd_actor_role { RASD_ROLE_ACTOR1 = 1, RASD_ROLE_ACTOR2, RASD_ROLE_OTHER };

struct rasd_event_actor {
	int32_t actor;
	uint8_t role;
	uint32_t start, end;
};

/* The weight of the cues for one kind of violence in an event. */
struct rasd_type_vote {
	const char *event_type, *sub_type; /* sub_type: that of the heaviest cue */
	int sum, best;
};

#define RASD_MAX_TYPE_VOTES 6

/* What a reading of an event says it was (event_type.c, the frame decision). */
enum rasd_frame_kind {
	RASD_FRAME_TYPE = 0,           /* an ACLED type (and sub-type) its cues propose */
	RASD_FRAME_UNTYPED,            /* violence of no stated kind: figures without a cue */
	RASD_FRAME_NONE,               /* no violent event (a flood, an epidemic) */
};

/* One reading of an event: a candidate of the frame decision. */
struct rasd_frame {
	const char *event_type, *sub_type; /* ACLED names; NULL unless RASD_FRAME_TYPE */
	uint8_t kind;                  /* enum rasd_frame_kind */
	uint8_t weight;                /* its heaviest cue (triggers.tsv), 0 for none */
	float *x;                      /* the decision's feature values, in the arena */
};

/* A place an event may be at: a candidate of the place decision (place_decision.c). */
struct rasd_place_cand {
	int32_t place;                 /* place index */
	uint32_t start, end;           /* orig span of the name */
	float *x;                      /* the decision's feature values, in the arena */
};

struct rasd_event {
	struct rasd_type_vote votes[RASD_MAX_TYPE_VOTES]; size_t nvotes;
	const char *event_type;        /* ACLED, or NULL: the winning vote */
	const char *sub_type;
	int trigger_weight;
	struct rasd_ymd date, last;
	uint8_t precision;             /* enum rasd_precision */
	int32_t date_idx;              /* index into doc->dates, or -1 */
	int32_t said_idx;              /* the day a statement on it was made, or -1 */
	int32_t place;                 /* place index, or -1 */
	uint8_t geo_precision;         /* ACLED 1-3, 0 when no place */
	uint32_t place_start, place_end;
	uint32_t sent_first, sent_last;
	struct rasd_event_actor *actors; size_t nactors, actors_alloc;
	struct rasd_claim *claims;     size_t nclaims, claims_alloc;
	/*
	 * Its vague figures ("dozens", "عشرات"): no claim (gold/GUIDE.md),
	 * kept with ACLED's conventional value and their span.  Set apart
	 * from claims[] once the event is settled (rasdp_set_apart_vague).
	 */
	struct rasd_claim *vague;      size_t nvague;
	struct rasd_participant *parts; size_t nparts, parts_alloc;
	uint32_t *evidence;            size_t nevidence, evidence_alloc; /* sentence indexes */
	struct rasd_frame *frames;     size_t nframes; /* its readings, when framed */
	int32_t frame;                 /* the reading chosen, or -1 */
	uint8_t wave;                  /* a place of a wave after its first, or an earlier
					* happening its sentence tells of (sites.c) */
	struct rasd_place_cand *pcands; size_t npcands; /* places it may be at (place_decision.c) */
	uint8_t background;            /* a past happening the report recalls with its
					* figures (framing.c): role "background" */
};

/*
 * rasd_extract() flag, private to `rasd train`: record in d->src_trace
 * every figure's source decision (its candidates and their features).
 */
#define RASDP_EXTRACT_TRACE_SOURCES (1u << 16)

/* One figure's source decision, as recorded with RASDP_EXTRACT_TRACE_SOURCES. */
struct rasdp_src_choice {
	uint32_t start;                /* orig byte of the figure's first token */
	uint32_t ncand;                /* candidates, the outlet's voice first */
	float *x;                      /* ncand x the decision's features */
	const char **id;               /* per candidate: sources.tsv id, "outlet", or NULL */
	const char **name;             /* per candidate: display name */
	uint32_t chosen;               /* the candidate the weights chose */
};

/*
 * rasd_extract() flag, private to `rasd train`: record in d->merge_trace
 * every choice of the merge decision (merging.c: are two frames one
 * event?), with the sentences of both sides.
 */
#define RASDP_EXTRACT_TRACE_MERGES (1u << 17)

/* One merge choice, as recorded with RASDP_EXTRACT_TRACE_MERGES. */
struct rasdp_merge_choice {
	float *x;                      /* the decision's features */
	uint32_t *sents;               /* the earlier frame's sentences, then the later side's */
	uint32_t nearlier, nlater;
	uint8_t merged;                /* the weights made them one */
};

/* Per feature of the merge decision: 1 keeps its weight in `rasd train` (merging.c). */
extern const unsigned char rasdp_merge_fixed[];

/* Build d->events from the mentions (d->matches, d->nums, d->dates). */
int rasdp_build_events(const struct rasd_engine *e, struct rasd_doc *d);

#endif

/* Names used in JSON output (doc_json.c). */
/*
 * The country source `src` speaks for: that of its actor (or the actor's
 * parent, actors.tsv), or NULL for a source bound to no country.
 */
const char *rasdp_source_country(const struct rasd_lexicon *lx, int32_t src);

const char *rasdp_qualifier_name(unsigned q);
const char *rasdp_casualty_name(unsigned k);
const char *rasdp_precision_name(unsigned p);
