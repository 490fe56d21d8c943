/*
 * eval.h - measuring rasd: extraction scored against gold records.
 *
 * Three measures, all run on what users get (the JSON of rasd_doc_to_json,
 * parsed back), so they score the output and not some internal state:
 *
 *   - the dev gold set (data/dev/README.md of the shared data): claims,
 *     events, incidents (B-cubed), disputes and false events;
 *   - the UniversalPetrarch Arabic validation sentences (event typing and
 *     actor spans);
 *   - FA-KES (governorate and date of English reports).
 *
 * The building blocks (B-cubed, multiset claim matching, source-name
 * resolution, the CSV reader) are pure functions with their own tests.  The
 * scorers fill result structures and render them as text or JSON into a
 * malloc'd buffer; nothing here prints.  This header is self-contained
 * (rasd.h and the C library) so the command-line front end can use it.
 */
#ifndef RASD_EVAL_H
#define RASD_EVAL_H

#include <stddef.h>
#include <stdint.h>

#include "rasd.h"

struct json_object;
struct rasd_buf;
struct rasd_jsonw;

/* ---- figures -------------------------------------------------------- */

/* Precision, recall and F1 from counts; all 0 when a denominator is 0. */
struct rasdp_prf {
	size_t tp;              /* matched items */
	size_t npred, ngold;    /* predicted and gold items */
	double p, r, f;
};
void rasdp_prf_compute(struct rasdp_prf *x);

/* An accuracy: `num` right out of `den` (0 when den is 0). */
struct rasdp_ratio {
	size_t num, den;
};
double rasdp_ratio_value(const struct rasdp_ratio *r);
/* For the JSON reports: a figure with four decimals, and a ratio as
 * "key": {"value", "right", "total"}. */
void rasdp_eval_json_num4(struct rasd_jsonw *w, double v);
void rasdp_eval_json_ratio(struct rasd_jsonw *w, const char *key, const struct rasdp_ratio *r);

/*
 * B-cubed precision, recall and F1 of a clustering of `n` items: gold[i]
 * and pred[i] are the cluster labels of item i (any values; equal labels
 * mean the same cluster).  For each item, precision is the share of its
 * predicted cluster that is in its gold cluster, recall the share of its
 * gold cluster that is in its predicted cluster; both are averaged over
 * items.  n == 0 gives 0.  Returns 0 or RASD_ENOMEM.
 */
/*
 * The same per item: pi[i] and ri[i] (arrays of n) get item i's precision
 * and recall, so that any subset of items can be averaged (slices).
 */
int rasdp_bcubed_items(const long *gold, const long *pred, size_t n, double *pi, double *ri);
/* Precision, recall and F1 from per-item sums over n items (0 when n is 0). */
void rasdp_bcubed_f(double psum, double rsum, size_t n, double *p, double *r, double *f);
int rasdp_bcubed(const long *gold, const long *pred, size_t n,
		 double *p, double *r, double *f);

/* ---- claims --------------------------------------------------------- */

/* One figure, gold or predicted, reduced to what is scored. */
struct rasdp_eval_claim {
	const char *kind;       /* killed, wounded, killed_or_wounded, arrested ... */
	int64_t value;
	const char *qualifier;  /* exact, about, at_least ... or NULL */
	const char *source_id;  /* lexicon id, "outlet", or NULL when unresolved */
	const char *source_name;/* display name (predicted) or the gold string */
	int derived;            /* gold only: a count not written as a number */
};

/*
 * Match gold claims to predicted claims as multisets of (kind, value): every
 * gold claim takes at most one unmatched predicted claim with the same kind
 * and value, preferring one with the same source, then the same qualifier
 * (this choice never changes how many match).  gold_to_pred[i] is set to the
 * predicted index or -1.  Returns the number of matches.
 */
size_t rasdp_eval_match_claims(const struct rasdp_eval_claim *gold, size_t ngold,
			       const struct rasdp_eval_claim *pred, size_t npred,
			       long *gold_to_pred);

/* ---- names and sources ---------------------------------------------- */

/*
 * Normalise a name for comparison into `out` (size `n`, always
 * NUL-terminated): ASCII letters lower-cased, other ASCII punctuation and
 * spaces collapsed to one space, a leading "the " dropped, trimmed.
 * Non-ASCII bytes (Arabic) are kept.  Returns the length written.
 */
size_t rasdp_eval_norm_name(const char *s, size_t len, char *out, size_t n);

/* Do two names agree once normalised (rasdp_eval_norm_name)?  0 for NULL. */
int rasdp_eval_name_eq(const char *a, const char *b);

/* Copy `s` without parenthesised parts, spaces collapsed and trimmed. */
size_t rasdp_eval_strip_parens(const char *s, char *out, size_t n);

/*
 * A look-up of a free-text name in one lexicon: the entry's id (and, when
 * `name` is not NULL, its display name), or NULL.  Strings belong to the
 * lexicon.
 */
typedef const char *(*rasdp_eval_lookup_fn)(void *ctx, const char *text,
					    size_t len, const char **name);

/*
 * Resolve a gold source string ("Reuters", "SANA (per outlet lead)",
 * "outlet (headline)", "local news reports (via NNA)"): "outlet" alone
 * (after stripping parenthesised parts) is the id "outlet"; otherwise the
 * whole string is looked up, then the string without its parenthesised
 * parts, then its longest run of leading words that names a source
 * ("Iranian ambassador Hossein Akbari"), each also without a leading
 * article, then the same after each of its words ("Hatay governor Rahmi
 * Dogan", "two local sources", "Ali Hajo, AANES interior co-chair"), then
 * its parenthesised parts ("Ali al-Marsoumi (activist)"); never a chain's
 * next link ("X via Y", "(via NNA)").  Returns the id or NULL; *name gets
 * the lexicon's display name or NULL.
 */
const char *rasdp_eval_resolve_source(rasdp_eval_lookup_fn fn, void *ctx,
				      const char *gold, const char **name);

/*
 * Does a gold source match a predicted one?  Yes when both ids are known
 * and equal, or when a name of one side, normalised, equals a name of the
 * other: gold side {lexicon name, the gold string, the gold string without
 * parentheses}, predicted side {display name, id}.
 */
int rasdp_eval_source_equal(const char *gold_id, const char *gold_lexname,
			    const char *gold_text, const char *pred_id,
			    const char *pred_name);

/* ---- disputes -------------------------------------------------------- */

#define RASDP_EVAL_DISPUTE_NUMS 16

/*
 * A dispute, gold or predicted, reduced to what is compared: its attribute
 * and its subject.  Strings are borrowed (from the gold JSON, or from the
 * incident collection the dispute comes from).
 */
struct rasdp_eval_dispute {
	const char *attribute;  /* killed, wounded, participation, date ... or "other" */
	const char *detail;     /* the text, for messages */
	const char *actor;      /* participation: actor id; NULL when unresolved */
	int64_t nums[RASDP_EVAL_DISPUTE_NUMS]; /* figures: distinct values */
	size_t nnums;
};

/*
 * The attribute of a gold dispute: the "attribute" member of an object
 * ("other" without one); for a free-text dispute (a JSON string), read
 * from its words ("toll", "killed", "dead" -> killed; "wounded" ->
 * wounded; "took part" -> participation; "date", "location", "responsib"
 * ...); "other" when none.  The string is static or the JSON's.
 */
const char *rasdp_eval_dispute_attribute(struct json_object *d);

/*
 * The integers written as digits in a dispute's detail, distinct, in order,
 * at most `max` into `out`; returns how many.  "1,200" is 1200.  Digits
 * that are part of a word ("d000", "F-35", "20th"), of a date or time
 * ("2023-10-05", "5/10", "12:30", next to a month name: "5 October",
 * "October 5, 2023") or of a decimal ("3.5") are not figures.
 */
size_t rasdp_eval_detail_numbers(const char *detail, int64_t *out, size_t max);

/*
 * The actor a participation detail is about ("Russian forces: took part
 * (TASS) vs did not (local sources)"): the text before the first ':'
 * (parentheses dropped) looked up whole; failing that, the first actor
 * named by a run of up to six words of the detail outside parentheses
 * (longest run first).  NULL when `fn` finds none.
 */
const char *rasdp_eval_detail_actor(const char *detail, rasdp_eval_lookup_fn fn, void *ctx);

/*
 * Reduce a gold dispute (an object {attribute, detail} or a free-text
 * string) to `out`: its attribute, and its actor (resolved with `fn`, an
 * actor look-up, or NULL) for participation, its figures for the counted
 * kinds.
 */
void rasdp_eval_gold_dispute(struct json_object *d, rasdp_eval_lookup_fn fn, void *ctx,
			     struct rasdp_eval_dispute *out);

/* Is a kind of counted people (killed, wounded, killed_or_wounded, arrested ...). */
int rasdp_eval_figure_attribute(const char *attribute);

/*
 * Does predicted dispute `pred` match gold dispute `gold`?  The attributes
 * are equal (and not "other"), and the subject agrees: for participation
 * the same actor id (any, when the gold actor is unresolved); for a
 * counted kind, at least two distinct gold figures (one when the gold
 * names only one; any when it names none) are among the predicted figures.
 * Other attributes (date, location, perpetrator) match on the attribute.
 */
int rasdp_eval_dispute_match(const struct rasdp_eval_dispute *gold,
			     const struct rasdp_eval_dispute *pred);

/* Add the figures of a predicted dispute's claim (value and upper value) to `d`. */
struct rasd_ev_claim;
void rasdp_eval_dispute_add_claim(struct rasdp_eval_dispute *d, const struct rasd_ev_claim *c);

/* ---- CSV (RFC 4180) ------------------------------------------------- */

/*
 * A reader over a whole CSV text in memory: fields separated by commas,
 * records by CRLF or LF; a field in double quotes may hold commas, line
 * breaks and doubled quotes ("").  A UTF-8 byte-order mark is skipped.
 */
struct rasdp_csv {
	const char *buf;
	size_t len, off;
	long line;              /* line where the last record started (1-based) */
	long next_line;
	char **fields;          /* last record's fields (NUL-terminated, malloc'd) */
	size_t nfields, fields_alloc;
	char *store;            /* field bytes of the last record */
	size_t store_alloc;
};

void rasdp_csv_init(struct rasdp_csv *c, const char *buf, size_t len);
/*
 * Next record: 1 with c->fields/c->nfields set (valid until the next
 * call), 0 at the end, or RASD_EPARSE (a quote not closed, or text after
 * a closing quote) / RASD_ENOMEM with `err` set.  A blank line is a record
 * of one empty field.
 */
int rasdp_csv_next(struct rasdp_csv *c, rasd_err *err);
void rasdp_csv_release(struct rasdp_csv *c);

/* ---- the dev gold set ----------------------------------------------- */

struct rasdp_eval_scores {
	size_t gold_reports;    /* gold records */
	size_t extracted;       /* documents extracted */
	size_t scored;          /* gold records with an extraction */
	struct rasdp_prf claims;          /* (kind, value), all gold claims */
	struct rasdp_prf claims_written;  /* gold claims not marked derived */
	struct rasdp_ratio qualifier;     /* on matched claims */
	struct rasdp_ratio source;        /* on matched claims */
	struct rasdp_prf events;
	struct rasdp_ratio type;          /* matched events with a gold type */
	struct rasdp_ratio date;          /* matched events */
	struct rasdp_ratio place;         /* matched events with a gold location */
	double inc_p, inc_r, inc_f;       /* B-cubed over documents */
	double inc_psum, inc_rsum;        /* per-document B-cubed summed (for slices) */
	size_t inc_docs;                  /* documents with a gold incident */
	struct rasdp_ratio disputes;      /* gold disputes recalled */
	struct rasdp_ratio dispute_precision; /* disputes of reports alone that are gold */
	size_t false_events;              /* predicted events on reports of none */
	size_t none_reports;              /* reports whose gold has no event */
};

struct rasdp_eval;

/*
 * A new scorer using the engine's lexicons to resolve gold names (the
 * engine must outlive it).  Free with rasdp_eval_free().
 */
struct rasdp_eval *rasdp_eval_new(const rasd_engine *e);
void rasdp_eval_free(struct rasdp_eval *ev);
/* Set (or change) the engine after gold records were read without one. */
void rasdp_eval_set_engine(struct rasdp_eval *ev, const rasd_engine *e);
/*
 * The link decision's weights for clustering, when the scorer has no
 * engine (tests): borrowed.  Without either, scoring fails with RASD_EINVAL.
 */
struct rasd_model;
void rasdp_eval_set_link(struct rasdp_eval *ev, const struct rasd_model *link);
/* The same for the disagree decision's weights (reconciling disputes). */
void rasdp_eval_set_disagree(struct rasdp_eval *ev, const struct rasd_model *disagree);

/*
 * Add one gold record (a parsed gold.jsonl line; the scorer takes its own
 * reference).  RASD_EPARSE with `err` set when it has no string "id" or
 * "events" is not an array.
 */
int rasdp_eval_add_gold(struct rasdp_eval *ev, struct json_object *gold,
			rasd_err *err);

/*
 * Add the extraction of one document: `json` is its rasd_doc_to_json line
 * (`json_len` bytes, read by the extraction reader and kept); `text` its
 * original text, for the near-duplicate fingerprint of clustering (or
 * NULL).  RASD_EPARSE with `err` set for a line that is not an extraction
 * with an "id".
 */
int rasdp_eval_add_doc(struct rasdp_eval *ev, const char *json, size_t json_len,
		       const char *text, size_t len, rasd_err *err);

enum rasdp_eval_flags {
	RASDP_EVAL_JSON = 1 << 0,       /* render JSON instead of text */
	RASDP_EVAL_VERBOSE = 1 << 1,    /* add per-document misses */
	RASDP_EVAL_SLICES = 1 << 2,     /* add every figure per language, country, outlet kind */
	RASDP_EVAL_STAMP = 1 << 3,      /* --fakes: a date stamp atop a report dates it (RASD_EXTRACT_STAMP) */
};

/*
 * Score everything added so far (clusters the documents into incidents)
 * into `out`, and, when `report` is not NULL, render the report into a
 * malloc'd NUL-terminated buffer the caller frees.  0 or RASD_ENOMEM.
 */
int rasdp_eval_run(struct rasdp_eval *ev, struct rasdp_eval_scores *out,
		   unsigned flags, char **report, size_t *report_len);

/*
 * Check one corpus gold record (gold/GUIDE.md) against its report's text:
 * schema, closed sets, ACLED types, spans inside the text and not cutting
 * words, every written figure found at its span (digits, or rasd's number
 * reader over the span).  Each problem is appended to `out` as a line
 * "<record path>: <what>".  Returns the number of problems, or RASD_ENOMEM.
 */
int rasdp_gold_check(const rasd_engine *e, struct json_object *gold, const char *text,
		     size_t len, struct rasd_buf *out);

/* Render scores (no per-document part) as text or JSON; caller frees. */
int rasdp_eval_render(const struct rasdp_eval_scores *s, unsigned flags,
		      char **out, size_t *out_len);

/* ---- training: rasd train (train.c) ---------------------------------- */

struct rasd_incidents;
struct rasd_model;
struct rasd_models;

/*
 * For every gold record with an extraction: fn(ctx, id, gold, p2g, np),
 * where p2g[j] is the index of the gold event paired with predicted event
 * j (as the event scores pair them), or -1.  Stops at fn's first non-zero
 * return, which it returns.
 */
int rasdp_eval_each_alignment(struct rasdp_eval *ev,
			      int (*fn)(void *ctx, const char *id, struct json_object *gold,
					const long *p2g, size_t np),
			      void *ctx);
/*
 * For every gold record with an extraction and its report's text, and a
 * scorer with an engine: fn(ctx, e, id, gold, x, text, len), with the
 * engine, the extraction `x` (its language, date, title, outlet) and the
 * text.  Stops at fn's first non-zero return, which it returns.
 */
struct rasd_extraction;
int rasdp_eval_each_report(struct rasdp_eval *ev,
			   int (*fn)(void *ctx, const rasd_engine *e, const char *id,
				     struct json_object *gold, const struct rasd_extraction *x,
				     const char *text, size_t len),
			   void *ctx);
/*
 * Does place `place` (a place index of the scorer's lexicon) agree with
 * the location of event `i` of gold record `gold`, as the event scores
 * judge it (docs/EVAL.md)?  1 or 0; -1 when that event has no location.
 */
int rasdp_eval_place_agrees(const struct rasdp_eval *ev, struct json_object *gold, size_t i,
			    int32_t place);
/* The engine the scorer extracts and resolves names with (borrowed), or NULL. */
const rasd_engine *rasdp_eval_engine(const struct rasdp_eval *ev);
/* One report's claims, gold against predicted, as the claim scores pair them. */
struct rasd_ex_claim;
struct rasdp_eval_claimset {
	struct json_object *record;              /* the gold record */
	const struct rasd_extraction *x;         /* the report's extraction */
	const char *text;                        /* its text, or NULL */
	size_t len;
	const char *group;                       /* its gold incident key, else its id */
	const struct rasdp_eval_claim *gold;     /* ng gold claims, sources resolved */
	const char *const *lexname;              /* per gold claim: the lexicon's name of its source */
	size_t ng;
	const struct rasdp_eval_claim *pred;     /* np predicted claims (a range as its two bounds) */
	const struct rasd_ex_claim *const *pex;  /* per predicted claim: the extraction's claim */
	size_t np;
	const long *g2p;                         /* per gold claim: its predicted claim, or -1 */
};
/*
 * For every gold record with an extraction, its claims paired as the
 * scores pair them: fn(ctx, cs).  Stops at fn's first non-zero return,
 * which it returns (or RASD_ENOMEM).
 */
int rasdp_eval_each_claims(struct rasdp_eval *ev,
			   int (*fn)(void *ctx, const struct rasdp_eval_claimset *cs), void *ctx);
/*
 * `rasd eval --sources` (coverage.c): how much of the gold's source
 * expressions the source lexicon knows.  Of the claims and participants
 * with a source span, the share whose span holds a source of sources.tsv
 * (the span's text extracted alone); of those not the outlet's, the share
 * whose gold source name resolves to an entry as eval resolves it.
 * Rendered as text (with RASDP_EVAL_VERBOSE, every unknown expression with
 * its count, most frequent first) or JSON into a malloc'd buffer.  0 or
 * RASD_ENOMEM.
 */
int rasdp_eval_source_coverage(struct rasdp_eval *ev, unsigned flags, char **out,
			       size_t *out_len);
/* The extracted reports as an incident collection (not clustered) using `link`; caller frees. */
int rasdp_eval_incidents(struct rasdp_eval *ev, const struct rasd_model *link,
			 struct rasd_incidents **out);

enum rasdp_train_flags {
	RASDP_TRAIN_EXPLAIN = 1 << 0,   /* list every feature's start and trained weight */
};

/*
 * Fit decision `dec` (enum rasd_decision_id) from the gold records and
 * extractions of `ev`, starting from the weights `start`: append what was
 * learnt (choices, cross-validated accuracy before and after, with
 * RASDP_TRAIN_EXPLAIN the weights) to `report` and the new weights file to
 * `weights`.  RASD_EINVAL for a decision that cannot be trained from gold
 * records; RASD_ENOMEM.
 */
int rasdp_eval_train(struct rasdp_eval *ev, const struct rasd_models *start, unsigned dec,
		     unsigned flags, struct rasd_buf *report, struct rasd_buf *weights);

/* ---- UniversalPetrarch Arabic sentences ------------------------------ */

struct rasdp_arabic_scores {
	unsigned flags;                     /* in: RASDP_EVAL_VERBOSE lists the type misses */
	size_t sentences;
	struct rasdp_ratio type;            /* all sentences */
	struct rasdp_ratio type_assault;    /* ASSAULT sentences */
	struct rasdp_ratio type_protest;    /* PROTEST sentences */
	size_t no_event;                    /* sentences with no event */
	struct rasdp_ratio actors;          /* gold actor strings overlapped */
	size_t skipped;                     /* sentences without text or category */
	char *misses;                       /* with RASDP_EVAL_VERBOSE: a line per type miss */
	size_t misses_len;
};

/*
 * Read the validation XML files and score the engine on every
 * <Sentence>; results are summed into `out` (zero it first; free its misses
 * with rasdp_eval_arabic_release).  RASD_EIO / RASD_EPARSE with `err`
 * naming the file when a file cannot be read; RASD_ENOMEM.
 */
int rasdp_eval_arabic_file(const rasd_engine *e, const char *path,
			   struct rasdp_arabic_scores *out, rasd_err *err);
int rasdp_eval_arabic_render(const struct rasdp_arabic_scores *s, unsigned flags,
			     char **out, size_t *out_len);
void rasdp_eval_arabic_release(struct rasdp_arabic_scores *s);

/* ---- FA-KES --------------------------------------------------------- */

struct rasdp_fakes_scores {
	unsigned flags;                     /* in: RASDP_EVAL_VERBOSE lists the date misses; RASDP_EVAL_STAMP */
	size_t articles;
	size_t unmapped;                    /* gold locations the lexicon does not know */
	struct rasdp_ratio admin1;          /* right governorate, over all articles */
	size_t admin1_predicted;            /* articles where a governorate was found */
	struct rasdp_ratio date_week;       /* event date within 7 days, over all */
	size_t date_predicted;              /* articles with an event date */
	size_t with_events;                 /* articles with at least one event */
	char *misses;                       /* with RASDP_EVAL_VERBOSE: a line per date miss */
	size_t misses_len;
};

/*
 * Score the engine on the FA-KES CSV text (`buf`, `len`): columns unit_id,
 * article_title, article_content, source, date, location, labels (found by
 * the header).  RASD_EPARSE with err->line for a malformed CSV.
 */
int rasdp_eval_fakes(const rasd_engine *e, const char *buf, size_t len,
		     struct rasdp_fakes_scores *out, rasd_err *err);
int rasdp_eval_fakes_render(const struct rasdp_fakes_scores *s, unsigned flags,
			    char **out, size_t *out_len);
void rasdp_eval_fakes_release(struct rasdp_fakes_scores *s);

/* "M/D/YYYY" or "YYYY-MM-DD" to "YYYY-MM-DD" in `out` (11 bytes); 0 or -1. */
int rasdp_eval_parse_mdy(const char *s, char out[11]);

#endif
