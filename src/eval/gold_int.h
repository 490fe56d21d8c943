/*
 * gold_int.h - what the files of `rasd eval --gold` share: gold.c (the
 * gold records and extractions read in, the hooks training aligns
 * through, and the run), gold_place.c (gold place and source names
 * resolved through the lexicon), gold_events.c (gold and predicted events,
 * their agreement and the event scores), gold_claims.c (the claim
 * scores), gold_incidents.c (incident B-cubed and disputes) and
 * gold_print.c (the lists of misses, the sums and the report in text and
 * JSON).  gold.c's opening comment describes what is scored.
 *
 * Only the gold files include it.
 */
#ifndef RASD_GOLD_INT_H
#define RASD_GOLD_INT_H

#include <json-c/json.h>
#include <stdint.h>

#include "base/buf.h"
#include "base/jsonw.h"
#include "doc.h"
#include "eval/eval.h"
#include "extract/engine.h"
#include "incident/incident.h"
#include "io/extraction.h"
#include "lexicon/lexicon.h"
#include "model/model.h"

#define NODAY INT64_MIN

struct pdoc {
	struct rasd_extraction x;   /* what rasd extract wrote for the report */
	const char *id;             /* x.id */
	char *text;
	size_t len;
};

struct rasdp_eval {
	const rasd_engine *e;
	const struct rasd_model *link;  /* set apart from an engine, or NULL: the engine's */
	const struct rasd_model *disagree; /* the same for the disagree decision */
	const struct rasd_lexicon *lx;
	struct json_object **gold;
	size_t ngold, gold_alloc;
	struct pdoc *docs;
	size_t ndocs, docs_alloc;
};

/* The link decision's weights, from the engine. */
static inline const struct rasd_model *link_model(const struct rasdp_eval *ev)
{
	const struct rasd_models *ms = rasdp_engine_models(ev->e);

	if (ev->link)
		return ev->link;
	return ms ? &ms->m[RASD_DEC_LINK] : NULL;
}

/* The disagree decision's weights, from the engine. */
static inline const struct rasd_model *disagree_model(const struct rasdp_eval *ev)
{
	const struct rasd_models *ms = rasdp_engine_models(ev->e);

	if (ev->disagree)
		return ev->disagree;
	return ms ? &ms->m[RASD_DEC_DISAGREE] : NULL;
}

struct gev {                    /* a gold event */
	const char *date, *location, *admin1, *type;
	int64_t day;
	int32_t place, gov;     /* lexicon indexes or -1 */
	int32_t district;       /* its `admin2`, a district of the lexicon, or -1 */
	int background;         /* role "background": a past happening recalled */
};

struct pev {                    /* a predicted event */
	const char *date, *type, *place_id, *place_name, *admin1, *admin1_id;
	int64_t day;
	long n;
	int background;         /* role "background": a past happening recalled */
};

struct gclaim {
	struct rasdp_eval_claim c;
	const char *lexname;
};

/*
 * A per-report list of misses, kept as text lines and as JSON.  Errors
 * stick (in text, in w, and in err for a line that could not be written)
 * and are checked once, when the report is rendered.
 */
struct misses {
	struct rasd_buf text;
	struct rasd_buf json;
	struct rasd_jsonw w;
	int on;
	int err;
};

/* A candidate pair of a gold (g) and a predicted (p) item, best score first (rasdp_gold_cmp_cand). */
struct cand {
	size_t g, p;
	int score;
};

/* One report's claims, gold and predicted, paired as the claim scores pair them. */
struct claim_al {
	struct gclaim *g;                     /* ng: the gold claims, sources resolved */
	struct rasdp_eval_claim *gc, *pc;     /* ng gold, np predicted (a range as two) */
	const struct rasd_ex_claim **pex;     /* np: the predicted claim each comes from */
	long *g2p;                            /* ng: predicted index, or -1 */
	size_t ng, np;
};

/* The dimensions of the slices (gold_print.c), and each one's reports' scores. */
enum { SLICE_LANG, SLICE_COUNTRY, SLICE_OUTLET, NSLICE_DIMS };

struct slice {
	const char *value;              /* borrowed from a gold record or extraction */
	struct rasdp_eval_scores s;
};

struct slices {
	struct slice *v[NSLICE_DIMS];
	size_t n[NSLICE_DIMS], alloc[NSLICE_DIMS];
};

/* ---- gold_place.c ---------------------------------------------------- */

/* Where a gold source name is looked up: the lexicon, and the record's country. */
struct src_ctx {
	const struct rasd_lexicon *lx;
	const char *cc;         /* ISO code of the record's country, "" when unknown */
};

/*
 * What the gold says of a place besides its name: its level, governorate
 * and country (an ISO code, "" when unknown), which pick one entry among
 * namesakes.
 */
struct gplace_ctx {
	const char *level;
	int32_t gov;
	const char *cc;
};

/* A gold source name (ctx: a struct src_ctx) as the report means it (rasdp_name_lookup_fn). */
const char *rasdp_gold_source_lookup(void *ctx, const char *text, size_t len, const char **name);

/* The lexicon place of gold location `loc` in context `gc`, or -1. */
int32_t rasdp_gold_resolve_place(const struct rasd_lexicon *lx, const char *loc,
				 const struct gplace_ctx *gc);

/* The ISO code of country `name` ("" when unknown). */
const char *rasdp_gold_country_code(const struct rasd_lexicon *lx, const char *name);

/* ---- gold_events.c: align one report's events, then score them ------- */

/*
 * Pair the gold events of record `gold` with the predicted ones of `px`
 * (g, p: their records; g2p: each gold event's predicted index or -1;
 * pused: which predicted events are taken).  0 or RASD_ENOMEM.
 */
int rasdp_gold_align_events(const struct rasdp_eval *ev, struct json_object *gold,
			    const struct rasd_extraction *px, struct gev *g, struct pev *p,
			    long *g2p, unsigned char *pused);

/* Add report `id`'s event scores to *s, its misses to *m. */
int rasdp_gold_score_events(struct rasdp_eval *ev, const char *id, struct json_object *gold,
			    const struct rasd_extraction *px, struct rasdp_eval_scores *s,
			    struct misses *m);

/* ---- gold_claims.c --------------------------------------------------- */

/* Order of candidate pairs: best score first, then gold, then predicted index. */
int rasdp_gold_cmp_cand(const void *x, const void *y);

/* Pair the gold claims of record `gold` with the predicted ones of `px` into *al. */
int rasdp_gold_align_claims(const struct rasdp_eval *ev, struct json_object *gold,
			    const struct rasd_extraction *px, struct claim_al *al);
void rasdp_gold_claim_al_release(struct claim_al *al);

/* Add report `id`'s claim scores to *s, its misses to *m. */
int rasdp_gold_score_claims(struct rasdp_eval *ev, const char *id, struct json_object *gold,
			    const struct rasd_extraction *px, struct rasdp_eval_scores *s,
			    struct misses *m);

/* ---- gold_incidents.c ------------------------------------------------ */

/* Add report `id`'s dispute scores (gold disputes gd, extraction p or NULL) to *s. */
int rasdp_gold_score_disputes(struct rasdp_eval *ev, const struct rasd_incidents *inc,
			      const char *id, struct json_object *gd, const struct pdoc *p,
			      struct rasdp_eval_scores *s, struct misses *m);

/* Add the incident B-cubed counts of clustering `inc` to the per-record scores rec[]. */
int rasdp_gold_score_incidents(struct rasdp_eval *ev, struct rasd_incidents *inc,
			       struct rasdp_eval_scores *rec);

/* ---- gold.c ---------------------------------------------------------- */

/* The extraction of report `id`, or NULL (ev->docs sorted by id). */
const struct pdoc *rasdp_gold_find_pdoc(const struct rasdp_eval *ev, const char *id);

/* ---- gold_print.c ---------------------------------------------------- */

void rasdp_gold_claim_text(struct rasd_buf *b, const struct rasdp_eval_claim *c);
void rasdp_gold_gev_text(struct rasd_buf *b, const struct gev *g);
void rasdp_gold_pev_text(struct rasd_buf *b, const struct pev *p);

/* Add line `line` on report `doc`, of kind `what`, to the misses (when they are kept). */
void rasdp_gold_miss(struct misses *m, const char *doc, const char *what, struct rasd_buf *line);

/* *a += *b, then the ratios of the sums. */
void rasdp_gold_scores_add(struct rasdp_eval_scores *a, const struct rasdp_eval_scores *b);
void rasdp_gold_scores_finish(struct rasdp_eval_scores *s);

/* The slice value of report `g` (extraction p or NULL) on dimension `dim`, and its adding. */
const char *rasdp_gold_slice_value(int dim, struct json_object *g, const struct pdoc *p);
int rasdp_gold_slices_add(struct slices *sl, int dim, const char *value,
			  const struct rasdp_eval_scores *r);
int rasdp_gold_cmp_slice(const void *x, const void *y);
void rasdp_gold_slices_release(struct slices *sl);

/* The report of scores `s` (slices `sl` or NULL, the misses' text and JSON or NULL) into b. */
int rasdp_gold_render(const struct rasdp_eval_scores *s, unsigned flags, struct rasd_buf *b,
		      const struct slices *sl, const char *extra_text, const char *extra_json);

#endif
