/*
 * extraction.h - the one reader of `rasd extract` output (docs/FORMAT.md).
 *
 * rasd_doc_to_json() writes a document's extraction as one line of JSON;
 * everything in rasd that reads such a line back - the incident loader,
 * the store's event and claim rows, the exports, the evaluation, the API -
 * reads it through this file into the structs below, so the keys of the
 * format are spelled in the writer (src/extract/doc_json.c) and here only.
 * A reader that needs two fields still comes here: a key renamed in the
 * writer is then renamed in one reader, not in nine.
 *
 *   struct rasd_extraction x;
 *   if (rasdp_extraction_parse(&x, line, len, &err) == 0)
 *           for (i = 0; i < x.nevents; i++) ... x.events[i].claims[j].value ...
 *   rasdp_extraction_release(&x);
 *
 * The reader is tolerant, as befits files a user may have edited or
 * written by hand: a member that is missing, null or of another type is
 * absent (a NULL string, a clear has_ flag, a span of -1), and an element
 * of an array that is not an object is skipped.  Only input that is not
 * JSON, or JSON that is not an object, is refused.  Readers apply their
 * own requirements on top (the incident loader wants an "events" array,
 * the store an id and a hash).
 *
 * Memory: strings point into the parsed JSON, arrays live in an arena;
 * both belong to the struct and go with rasdp_extraction_release(), so
 * nothing read may outlive it.  The struct is read-only once filled, and
 * may be moved (it holds no pointer to itself).  This header is
 * self-contained (rasd.h and the C library) for the command-line front end.
 */
#ifndef RASD_EXTRACTION_H
#define RASD_EXTRACTION_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "rasd.h"

struct json_object;
struct rasd_ex_priv;

/* Byte offsets [start, end) into the document's text; both -1 when absent. */
struct rasd_ex_span {
	int64_t start, end;
};

/* Who gives a figure or asserts a participation. */
struct rasd_ex_source {
	int present;                  /* the claim has a "source" object */
	const char *id;               /* lexicon id; "outlet" for the outlet's own voice;
				       * NULL for a speaker outside the source lexicon */
	const char *name;             /* display name ("Reuters", "8th Brigade") */
	const char *kind;             /* agency, outlet, unnamed ... */
	const char **chain;           /* "Reuters", "Russian officer"; nchain entries */
	size_t nchain;
	struct rasd_ex_span span;
};

struct rasd_ex_place {
	const char *id, *name, *name_ar, *kind;
	const char *admin1, *admin1_id, *admin2;
	const char *admin2_id, *admin3, *admin3_id; /* ids: P-codes or gazetteer ids */
	const char *pcode, *country;  /* OCHA P-code (else admin1 code); ISO country */
	double lat, lon;
	int has_ll;                   /* lat and lon are both numbers */
	int64_t geo_precision;        /* ACLED 1-3; 0 when absent */
	struct rasd_ex_span span;
};

struct rasd_ex_actor {
	const char *id, *name;
	const char *role;             /* actor1, actor2, other */
	int64_t inter;                /* ACLED actor type; 0 when absent */
	struct rasd_ex_span span;
};

/* A figure: "Reuters says 20 members were killed". */
struct rasd_ex_claim {
	const char *kind;             /* killed, wounded, killed_or_wounded, arrested ... */
	int has_value;                /* "value" is a count (see rasdp_json_int) */
	int64_t value;                /* 0 without one */
	int64_t value_hi;             /* "value_hi", else value */
	const char *qualifier;        /* exact, about, at_least ... */
	const char *who;              /* group counted, or NULL */
	const char *who_actor;        /* actor the counted belong to, or NULL */
	int denied;
	int subset;                   /* a part of a toll given before it */
	const char *revision;         /* "earlier" (a toll as it first stood), "later" (risen to), or NULL */
	struct rasd_ex_source source;
	const char *text;             /* the number expression as written */
	struct rasd_ex_span span, sentence;
};

/* "Actor A took part", asserted, denied or played down by a source. */
struct rasd_ex_part {
	const char *actor, *name;     /* actor id and display name */
	int denied;
	int limited;
	struct rasd_ex_source source;
	struct rasd_ex_span span, sentence;
};

struct rasd_ex_event {
	uint32_t n;                   /* "n", else the event's index in "events" */
	const char *role;             /* main, secondary, background, or NULL */
	const char *event_type, *sub_event_type;
	const char *date, *date_last; /* YYYY-MM-DD, or NULL */
	const char *date_precision;   /* day, week, month, year, or NULL */
	const char *date_text;
	const struct rasd_ex_place *place; /* NULL when the event has none */
	struct rasd_ex_actor *actors;  size_t nactors;
	struct rasd_ex_claim *claims;  size_t nclaims;
	struct rasd_ex_claim *vague;   size_t nvague;   /* "vague_figures": no claims */
	struct rasd_ex_part *parts;    size_t nparts;   /* "participants" */
	struct rasd_ex_span *evidence; size_t nevidence;
};

/*
 * Is `e` a past happening the report recalls for context (role
 * "background")?  Such an event's figures are claims of the report, but
 * it is no account of a current incident: clustering, tolls, disputes and
 * the store's events leave it out.
 */
static inline int rasdp_ex_background(const struct rasd_ex_event *e)
{
	return e->role && !strcmp(e->role, "background");
}

/*
 * Is `p` a country, or a part of one, with no governorate ("eastern
 * Syria": ACLED precision 3, no admin1)?  It holds the happenings of many
 * governorates: clustering and the store's blocks take an event placed
 * there for one with no place (the incident shows it when none of its
 * events has a finer place).
 */
static inline int rasdp_ex_place_region(const struct rasd_ex_place *p)
{
	return p->geo_precision == 3 && !(p->admin1_id && *p->admin1_id) &&
	       !(p->admin1 && *p->admin1);
}

/* A lexicon match of "mentions" (written with --mentions). */
struct rasd_ex_match {
	const char *kind;             /* place, actor, source, trigger ... */
	const char *id;
	const char *text;
	struct rasd_ex_span span;
};

/*
 * One document's extraction.  The "numbers" and "dates" of "mentions" are
 * not read: no reader needs them yet.
 */
struct rasd_extraction {
	const char *id, *hash, *outlet, *url, *title, *lang, *published;
	const char *text;             /* a "text" member: rasd extract writes none,
				       * a user may add the report's text */
	int has_events;               /* "events" is an array */
	struct rasd_ex_event *events;  size_t nevents;
	struct rasd_ex_match *matches; size_t nmatches;

	struct rasd_ex_priv *priv;    /* the parsed JSON and the arena of the arrays */
};

/*
 * Read the `len` bytes at `json` (one line, not necessarily NUL-terminated)
 * into `x`.  Returns 0, or a negative rasd_status with `err` set and `x`
 * empty (released): RASD_EEMPTY for a blank line, RASD_EPARSE for what is
 * not JSON ("invalid JSON at byte N: ...", err->byte_offset at N) or not
 * an object, RASD_ENOMEM.  Release `x` after success.
 */
int rasdp_extraction_parse(struct rasd_extraction *x, const char *json, size_t len,
			   rasd_err *err);
/*
 * The same from a parsed value: `x` takes a reference to `o` (the caller
 * keeps its own).  RASD_EPARSE when `o` is not an object.
 */
int rasdp_extraction_read(struct rasd_extraction *x, struct json_object *o, rasd_err *err);
/*
 * Is `o` an extraction, as far as one look tells: an object with an
 * "events" array?  For telling extract output from reports.
 */
int rasdp_extraction_is(struct json_object *o);
/* Free what `x` holds and empty it; harmless on an empty struct. */
void rasdp_extraction_release(struct rasd_extraction *x);

#endif
