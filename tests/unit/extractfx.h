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

/* The lexicon of the engine of data/ (rasdt_engine()). */
const struct rasd_lexicon *fx_lexicon(void);
/* A group's setup: the engine of data/ loaded before its tests. */
int fx_setup(void **state);

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
/* A sentence and a claim it gives (`gives` 1) or must not give (0). */
struct fx_said {
	const char *lang, *text;
	enum rasd_casualty_kind kind;
	int64_t value;
	int gives;
};
/* Check every row of `rows`: a cmocka failure names the first row that differs. */
void fx_check_said(const struct fx_said *rows, size_t n);
#define FX_CHECK_SAID(rows) fx_check_said(rows, sizeof(rows) / sizeof(rows[0]))
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

/* The number of claims of `kind` and `value`, and of them how many are subsets. */
size_t fx_count_claims(const struct rasd_doc *d, enum rasd_casualty_kind kind, int64_t value,
		       size_t *subsets);
/* The place a sentence's event is at: its id, or "" for none. */
const char *fx_sent_place(const struct fx *f, uint32_t s);
/* The reading event `ev` chose: its type, or "none"/"untyped". */
const char *fx_chosen(const struct rasd_event *ev);
/* Has event `ev` a reading of `type` / `sub` (sub NULL: the type left open)? */
int fx_has_reading(const struct rasd_event *ev, const char *type, const char *sub);
/* Each of the n reports of `none` ({lang, text}) gives no event. */
void fx_expect_no_events(const char *const none[][2], size_t n);
/* `text`, one sentence, tells of no event: its cues count none, its toll is no event's. */
void fx_no_event_told(const char *lang, const char *text);
/* `text` tells of one event, of type `type` (NULL: of no stated kind). */
void fx_one_event_typed(const char *lang, const char *text, const char *type);
/*
 * Each case {lang, text, type}: one event of that type, or with type "-"
 * no event at all.
 */
void fx_typed_cases(const char *const cases[][3], size_t n);
/* Each of `cases` (lang, text, sub-type) tells of one event of that sub-type ("-": of none). */
void fx_sub_typed_cases(const char *const cases[][3], size_t n);
/* The index of feature `name` of decision `dec`. */
size_t fx_feature_of(unsigned dec, const char *name);
/* Extract `text` with no publication date (no weekday resolves to a day). */
rasd_doc *fx_extract_unpublished(const char *lang, const char *text);
/* How many events `text`, with no publication date, gives. */
size_t fx_nevents_unpublished(const char *lang, const char *text);
/* Did merge feature `name` hold for some choice of `d`? */
int fx_merge_feature_held(const rasd_doc *d, const char *name);
/* `text` gives one event, at the place named `name`. */
void fx_one_event_at(const char *lang, const char *text, const char *name);
/* `text` gives one event, at no place. */
void fx_one_event_unplaced(const char *lang, const char *text);

#endif
