/*
 * extractfx.h - the tests of the extraction stages: a report extracted
 * with the engine of data/ (testdata.h), then its sentences read again by
 * the driver's first pass (rasdp_ctx_read()), so that a stage's own
 * decision can be asserted; and lookups of what the report ends with.
 */
#ifndef RASD_TEST_EXTRACTFX_H
#define RASD_TEST_EXTRACTFX_H

#include <stddef.h>
#include <stdint.h>

#include "extract/attribution_int.h"
#include "extract/engine.h"
#include "extract/events_int.h"
#include "extract/framing_int.h"

/* A report and its context as the extractor read it. */
struct fx {
	rasd_doc *d;
	struct rasdp_ctx c;
};

/* Analyse `text` of `outlet` (title `title` or NULL), then read its sentences again. */
void fx_open_from(struct fx *f, const char *lang, const char *outlet, const char *title,
		  const char *text);
/* fx_open_from() of outlet example.org. */
void fx_open_titled(struct fx *f, const char *lang, const char *title, const char *text);
/* fx_open_titled() with no title. */
void fx_open(struct fx *f, const char *lang, const char *text);
/* Free the report of `f`. */
void fx_close(struct fx *f);
/* How many events `text` gives. */
size_t fx_nevents(const char *lang, const char *text);
/* The `nth` token (from 0) whose original text is `w`. */
uint32_t fx_tok(const struct rasd_doc *d, const char *w, int nth);
/* The match of kind `k` starting at token `t`. */
const struct rasd_match *fx_match_at(const struct rasd_doc *d, enum rasd_lex_kind k, uint32_t t);
/* Who speaks: "outlet", a sources.tsv id, or the name of an unnamed speaker. */
const char *fx_speaker(const struct rasd_srcref *r);
/* The claim of `kind` and `value` in any event, or NULL. */
const struct rasd_claim *fx_claim(const struct rasd_doc *d, enum rasd_casualty_kind kind,
				  int64_t value);
/* The claims of all events. */
size_t fx_nclaims(const struct rasd_doc *d);
/* The vague figures of all events. */
size_t fx_nvague(const struct rasd_doc *d);
/* The participation of actor `id` with polarity `denied` in event `ev`, or NULL. */
const struct rasd_participant *fx_part(const struct rasd_event *ev, const char *id, int denied);
/* The role of actor `id` in event `ev`, or 0 when it is none of its actors. */
int fx_role(const struct rasd_event *ev, const char *id);
/* Place `p` of the gazetteer (asserted to be one). */
const struct rasd_place *fx_place(int32_t p);

#endif
