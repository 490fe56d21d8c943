/*
 * gold_claims.c - the claims of one report: gold and predicted figures
 * paired as multisets of (kind, value), a predicted range counting for
 * each of its ends, then qualifier and source checked on the pairs (gold
 * sources resolved through the source lexicon, gold_place.c).
 */
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/jsonr.h"
#include "base/jsonw.h"
#include "doc.h"
#include "eval/eval.h"
#include "eval/gold_int.h"
#include "extract/engine.h"
#include "extract/extract.h"
#include "incident/incident.h"
#include "io/extraction.h"
#include "lexicon/lexicon.h"
#include "model/model.h"

#include "base/banned.h"

int rasdp_gold_cmp_cand(const void *x, const void *y)
{
	const struct cand *a = x, *b = y;

	if (a->score != b->score)
		return a->score > b->score ? -1 : 1;
	if (a->g != b->g)
		return a->g < b->g ? -1 : 1;
	return a->p < b->p ? -1 : a->p > b->p;
}

/* A predicted claim with qualifier "range" (value .. value_hi). */
static int is_range(const struct rasd_ex_claim *c)
{
	return c->qualifier && !strcmp(c->qualifier, "range");
}

void rasdp_gold_claim_al_release(struct claim_al *al)
{
	free(al->g);
	free(al->gc);
	free(al->pc);
	free(al->pex);
	free(al->g2p);
	memset(al, 0, sizeof(*al));
}

/*
 * The source a gold claim names, resolved through the source lexicon (a
 * form of several sources as the record's country `cc` means it): the
 * report's own voice ("outlet") is the source its outlet's domain names,
 * when sources.tsv knows it ("syriahr.com" speaks as the Syrian
 * Observatory), as it is for the extraction.
 */
static const char *gold_source(const struct rasdp_eval *ev, const struct rasd_extraction *px,
			       const char *cc, const char *text, const char **lexname)
{
	struct src_ctx sc = { ev->lx, cc };
	const char *id = rasdp_eval_resolve_source(rasdp_gold_source_lookup, &sc, text, lexname);
	int32_t o;

	if (id && !strcmp(id, "outlet") && ev->lx && px && px->outlet &&
	    (o = rasdp_lex_outlet_source(ev->lx, px->outlet)) >= 0) {
		*lexname = rasdp_lex_source(ev->lx, (size_t)o)->name;
		id = rasdp_lex_source(ev->lx, (size_t)o)->id;
	}
	return id;
}

/*
 * Pair the gold claims of `gevs` with the predicted claims of `px`
 * (rasdp_eval_match_claims): every gold claim with at most one predicted
 * claim of the same kind and value.  0 or RASD_ENOMEM.
 */
int rasdp_gold_align_claims(const struct rasdp_eval *ev, struct json_object *gold,
			    const struct rasd_extraction *px, struct claim_al *al)
{
	struct json_object *gevs = rasdp_json_get(gold, "events");
	const char *cc = rasdp_gold_country_code(ev->lx, rasdp_json_str(gold, "country"));
	size_t ng = 0, np = 0, i, j, k, npev = px ? px->nevents : 0;

	memset(al, 0, sizeof(*al));
	for (i = 0; i < rasdp_json_len(gevs); i++)
		ng += rasdp_json_len(rasdp_json_get(rasdp_json_at(gevs, i), "claims"));
	/*
	 * A range "five to seven" is one claim in rasd's output and two in the
	 * gold ("at least 5", "up to 7"): it is scored as its two bounds.
	 */
	for (i = 0; i < npev; i++) {
		np += px->events[i].nclaims;
		for (j = 0; j < px->events[i].nclaims; j++)
			if (is_range(&px->events[i].claims[j]))
				np++;
	}
	al->g = calloc(ng + 1, sizeof(*al->g));
	al->gc = calloc(ng + 1, sizeof(*al->gc));
	al->pc = calloc(np + 1, sizeof(*al->pc));
	al->pex = calloc(np + 1, sizeof(*al->pex));
	al->g2p = calloc(ng + 1, sizeof(*al->g2p));
	if (!al->g || !al->gc || !al->pc || !al->pex || !al->g2p) {
		rasdp_gold_claim_al_release(al);
		return RASD_ENOMEM;
	}
	al->ng = ng;
	al->np = np;
	for (i = 0, k = 0; i < rasdp_json_len(gevs); i++) {
		struct json_object *cl = rasdp_json_get(rasdp_json_at(gevs, i), "claims");

		for (j = 0; j < rasdp_json_len(cl); j++, k++) {
			struct json_object *o = rasdp_json_at(cl, j), *v = rasdp_json_get(o, "value");
			struct rasdp_eval_claim *gc = &al->gc[k];

			gc->kind = rasdp_json_str(o, "kind");
			gc->value = v ? json_object_get_int64(v) : -1;
			gc->qualifier = rasdp_json_str(o, "qualifier");
			gc->source_name = rasdp_json_str(o, "source");
			gc->source_id = gold_source(ev, px, cc, gc->source_name, &al->g[k].lexname);
			gc->derived = rasdp_json_bool(o, "derived");
		}
	}
	for (i = 0, k = 0; i < npev; i++) {
		const struct rasd_ex_event *e = &px->events[i];

		for (j = 0; j < e->nclaims; j++, k++) {
			const struct rasd_ex_claim *c = &e->claims[j];
			struct rasdp_eval_claim *pc = &al->pc[k];

			pc->kind = c->kind;
			pc->value = c->has_value ? c->value : -1;
			pc->qualifier = c->qualifier;
			pc->source_id = c->source.id;
			pc->source_name = c->source.name;
			al->pex[k] = c;
			if (is_range(c)) {
				pc->qualifier = "at_least";
				pc[1] = pc[0];
				pc[1].qualifier = "up_to";
				pc[1].value = c->has_value ? c->value_hi : pc->value;
				al->pex[k + 1] = c;
				k++;
			}
		}
	}
	rasdp_eval_match_claims(al->gc, ng, al->pc, np, al->g2p);
	return 0;
}

int rasdp_gold_score_claims(struct rasdp_eval *ev, const char *id, struct json_object *gold,
			    const struct rasd_extraction *px, struct rasdp_eval_scores *s,
			    struct misses *m)
{
	struct claim_al al;
	struct rasdp_eval_claim *gc, *pc;
	long *g2p;
	unsigned char *pused = NULL;
	size_t ng, np, i, j;
	struct rasd_buf line = RASD_BUF_INIT;
	int rc = rasdp_gold_align_claims(ev, gold, px, &al);

	if (rc)
		return rc;
	rc = RASD_ENOMEM;
	gc = al.gc;
	pc = al.pc;
	g2p = al.g2p;
	ng = al.ng;
	np = al.np;
	pused = calloc(np + 1, 1);
	if (!pused)
		goto out;
	s->claims.ngold += ng;
	s->claims.npred += np;
	s->claims_written.npred += np;
	for (i = 0; i < ng; i++) {
		if (!gc[i].derived)
			s->claims_written.ngold++;
		if (g2p[i] < 0) {
			rasd_buf_reset(&line);
			rasdp_gold_claim_text(&line, &gc[i]);
			rasdp_gold_miss(m, id,
					gc[i].derived ? "missed claim (derived)" : "missed claim",
					&line);
			continue;
		}
		pused[g2p[i]] = 1;
		s->claims.tp++;
		if (gc[i].derived) {
			/* a figure not written as a number: neither right nor wrong here */
			s->claims_written.npred--;
		} else {
			s->claims_written.tp++;
		}
		s->qualifier.den++;
		s->source.den++;
		if (gc[i].qualifier && pc[g2p[i]].qualifier &&
		    !strcmp(gc[i].qualifier, pc[g2p[i]].qualifier)) {
			s->qualifier.num++;
		} else {
			rasd_buf_reset(&line);
			rasdp_gold_claim_text(&line, &gc[i]);
			rasd_buf_adds(&line, " vs ");
			rasdp_gold_claim_text(&line, &pc[g2p[i]]);
			rasdp_gold_miss(m, id, "wrong qualifier", &line);
		}
		if (rasdp_eval_source_equal(gc[i].source_id, al.g[i].lexname, gc[i].source_name,
					    pc[g2p[i]].source_id, pc[g2p[i]].source_name)) {
			s->source.num++;
		} else {
			rasd_buf_reset(&line);
			rasdp_gold_claim_text(&line, &gc[i]);
			rasd_buf_adds(&line, " vs ");
			rasdp_gold_claim_text(&line, &pc[g2p[i]]);
			rasdp_gold_miss(m, id, "wrong source", &line);
		}
	}
	for (j = 0; j < np; j++) {
		if (pused[j])
			continue;
		rasd_buf_reset(&line);
		rasdp_gold_claim_text(&line, &pc[j]);
		rasdp_gold_miss(m, id, "spurious claim", &line);
	}
	rc = 0;
out:
	rasd_buf_release(&line);
	rasdp_gold_claim_al_release(&al);
	free(pused);
	return rc;
}

/*
 * Pair gold and predicted events one to one: a pair needs the place or the
 * governorate to agree and the days to be within one (or both unknown);
 * pairs are taken best agreement first (place, governorate, same day, same
 * type).  g2p[i] gets the predicted index of gold event i, or -1; pused[j]
 * marks the predicted events taken.  g, p, g2p and pused are filled.
 */
