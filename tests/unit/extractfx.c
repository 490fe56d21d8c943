/*
 * extractfx.c - a report extracted and read again by the driver's first
 * pass, for the tests of the extraction stages (extractfx.h).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "extractfx.h"
#include "testdata.h"

const struct rasd_lexicon *fx_lexicon(void)
{
	return rasdp_engine_lexicon(rasdt_engine());
}

int fx_setup(void **state)
{
	(void)state;
	return rasdt_engine() ? 0 : -1;
}

/* Analyse `text` of `outlet` (title `title` or NULL), then read its sentences again. */
void fx_open_from(struct fx *f, const char *lang, const char *outlet, const char *title,
		  const char *text)
{
	rasd_input in = rasdt_input(lang, "2024-03-12", outlet, text);

	in.title = title;
	f->d = rasdt_extract_in(&in, 0);
	if (!f->d)
		fail_msg("extract failed");
	/* the context as the extractor read it (rasdp_ctx_read), for the rules to be asked */
	assert_int_equal(rasdp_ctx_read(&f->c, rasdt_engine(), f->d), 0);
}

void fx_open_titled(struct fx *f, const char *lang, const char *title, const char *text)
{
	fx_open_from(f, lang, "example.org", title, text);
}

void fx_open(struct fx *f, const char *lang, const char *text)
{
	fx_open_titled(f, lang, NULL, text);
}

void fx_close(struct fx *f)
{
	rasd_doc_free(f->d);
}

/* How many events `text` gives. */
size_t fx_nevents(const char *lang, const char *text)
{
	struct fx f;
	size_t n;

	fx_open(&f, lang, text);
	n = f.d->nevents;
	fx_close(&f);
	return n;
}

/* The `nth` token (from 0) whose original text is `w`. */
uint32_t fx_tok(const struct rasd_doc *d, const char *w, int nth)
{
	size_t i, n = strlen(w);

	for (i = 0; i < d->ntoks; i++)
		if (d->toks[i].end - d->toks[i].start == n &&
		    !memcmp(d->text + d->toks[i].start, w, n) && nth-- == 0)
			return (uint32_t)i;
	fail_msg("no token '%s'", w);
	return 0;
}

/* The match of kind `k` starting at token `t`. */
const struct rasd_match *fx_match_at(const struct rasd_doc *d, enum rasd_lex_kind k, uint32_t t)
{
	size_t i;

	for (i = 0; i < d->nmatches; i++)
		if (d->matches[i].kind == k && d->matches[i].tok_start == t)
			return &d->matches[i];
	fail_msg("no match of kind %d at token %u", (int)k, (unsigned)t);
	return NULL;
}

/* Who speaks: "outlet", a sources.tsv id, or the name of an unnamed speaker. */
const char *fx_speaker(const struct rasd_srcref *r)
{
	if (r->outlet)
		return "outlet";
	if (r->source >= 0)
		return rasdp_lex_source(fx_lexicon(), (size_t)r->source)->id;
	return r->nchain ? r->chain[0] : "";
}

/* The claim of `kind` and `value` in any event, or NULL. */
const struct rasd_claim *fx_claim(const struct rasd_doc *d, enum rasd_casualty_kind kind,
				  int64_t value)
{
	size_t i, j;

	for (i = 0; i < d->nevents; i++)
		for (j = 0; j < d->events[i].nclaims; j++)
			if (d->events[i].claims[j].kind == kind && d->events[i].claims[j].value == value)
				return &d->events[i].claims[j];
	return NULL;
}

size_t fx_nclaims(const struct rasd_doc *d)
{
	size_t i, n = 0;

	for (i = 0; i < d->nevents; i++)
		n += d->events[i].nclaims;
	return n;
}

/* The vague figures of all events. */
size_t fx_nvague(const struct rasd_doc *d)
{
	size_t i, n = 0;

	for (i = 0; i < d->nevents; i++)
		n += d->events[i].nvague;
	return n;
}

/* The participation of actor `id` with polarity `denied` in event `ev`, or NULL. */
const struct rasd_participant *fx_part(const struct rasd_event *ev, const char *id, int denied)
{
	size_t i;

	for (i = 0; i < ev->nparts; i++)
		if (!strcmp(rasdp_lex_actor(fx_lexicon(), (size_t)ev->parts[i].actor)->id, id) &&
		    ev->parts[i].denied == denied)
			return &ev->parts[i];
	return NULL;
}

/* The role of actor `id` in event `ev`, or 0 when it is none of its actors. */
int fx_role(const struct rasd_event *ev, const char *id)
{
	size_t i;

	for (i = 0; i < ev->nactors; i++)
		if (!strcmp(rasdp_lex_actor(fx_lexicon(), (size_t)ev->actors[i].actor)->id, id))
			return ev->actors[i].role;
	return 0;
}

const struct rasd_place *fx_place(int32_t p)
{
	assert_true(p >= 0);
	return rasdp_lex_place(fx_lexicon(), (size_t)p);
}

/* The number of claims of `kind` and `value`, and of them how many are subsets. */
size_t fx_count_claims(const struct rasd_doc *d, enum rasd_casualty_kind kind, int64_t value,
		       size_t *subsets)
{
	size_t i, j, n = 0;

	*subsets = 0;
	for (i = 0; i < d->nevents; i++)
		for (j = 0; j < d->events[i].nclaims; j++) {
			const struct rasd_claim *cl = &d->events[i].claims[j];

			if (cl->kind == kind && cl->value == value) {
				n++;
				*subsets += cl->subset;
			}
		}
	return n;
}

/* The place a sentence's event is at: its id, or "" for none. */
const char *fx_sent_place(const struct fx *f, uint32_t s)
{
	return f->c.si[s].place >= 0 ? fx_place(f->c.si[s].place)->id : "";
}

/* The reading event `ev` chose: its type, or "none"/"untyped". */
const char *fx_chosen(const struct rasd_event *ev)
{
	const struct rasd_frame *f;

	assert_true(ev->frame >= 0 && (size_t)ev->frame < ev->nframes);
	f = &ev->frames[ev->frame];
	return f->kind == RASD_FRAME_NONE ? "none" : f->kind == RASD_FRAME_UNTYPED ? "untyped"
									    : f->event_type;
}

/* Has event `ev` a reading of `type` / `sub` (sub NULL: the type left open)? */
int fx_has_reading(const struct rasd_event *ev, const char *type, const char *sub)
{
	size_t i;

	for (i = 0; i < ev->nframes; i++) {
		const struct rasd_frame *f = &ev->frames[i];

		if (f->kind == RASD_FRAME_TYPE && !strcmp(f->event_type, type) &&
		    (sub ? f->sub_type && !strcmp(f->sub_type, sub) : !f->sub_type))
			return 1;
	}
	return 0;
}

/* Each of the n reports of `none` ({lang, text}) gives no event. */
void fx_expect_no_events(const char *const none[][2], size_t n)
{
	struct fx f;
	size_t k;

	for (k = 0; k < n; k++) {
		fx_open(&f, none[k][0], none[k][1]);
		if (f.d->nevents)
			fprintf(stderr, "an event in: %s\n", none[k][1]);
		assert_int_equal(f.d->nevents, 0);
		fx_close(&f);
	}
}

/* `text`, one sentence, tells of no event: its cues count none, its toll is no event's. */
void fx_no_event_told(const char *lang, const char *text)
{
	struct fx f;

	fx_open(&f, lang, text);
	assert_int_equal(f.c.si[0].trig, -1);
	assert_int_equal(f.d->nevents, 0);
	fx_close(&f);
}

/* `text` tells of one event, of type `type` (NULL: of no stated kind). */
void fx_one_event_typed(const char *lang, const char *text, const char *type)
{
	struct fx f;

	fx_open(&f, lang, text);
	assert_int_equal(f.d->nevents, 1);
	if (type) {
		assert_non_null(f.d->events[0].event_type);
		assert_string_equal(f.d->events[0].event_type, type);
	} else {
		assert_null(f.d->events[0].event_type);
	}
	fx_close(&f);
}

/*
 * Each case {lang, text, type}: one event of that type, or with type "-"
 * no event at all.
 */
void fx_typed_cases(const char *const cases[][3], size_t n)
{
	size_t k;

	for (k = 0; k < n; k++) {
		if (strcmp(cases[k][2], "-")) {
			fx_one_event_typed(cases[k][0], cases[k][1], cases[k][2]);
			continue;
		}
		fx_expect_no_events((const char *const[][2]){{cases[k][0], cases[k][1]}}, 1);
	}
}

/* Each of `cases` (lang, text, sub-type) tells of one event of that sub-type ("-": of none). */
void fx_sub_typed_cases(const char *const cases[][3], size_t n)
{
	struct fx f;
	size_t k;

	for (k = 0; k < n; k++) {
		fx_open(&f, cases[k][0], cases[k][1]);
		assert_int_equal(f.d->nevents, 1);
		if (strcmp(cases[k][2], "-")) {
			assert_non_null(f.d->events[0].sub_type);
			assert_string_equal(f.d->events[0].sub_type, cases[k][2]);
		} else {
			assert_null(f.d->events[0].sub_type);
		}
		fx_close(&f);
	}
}

/* The index of feature `name` of decision `dec`. */
size_t fx_feature_of(unsigned dec, const char *name)
{
	const struct rasd_decision *dd = rasdp_decisions[dec];
	size_t i;

	for (i = 0; i < dd->nfeats; i++)
		if (!strcmp(dd->feats[i].name, name))
			return i;
	fail_msg("no feature '%s'", name);
	return 0;
}

/* Extract `text` with no publication date (no weekday resolves to a day). */
rasd_doc *fx_extract_unpublished(const char *lang, const char *text)
{
	rasd_input in = rasdt_input(lang, NULL, "example.org", text);
	rasd_doc *d = rasdt_extract_in(&in, RASDP_EXTRACT_TRACE_MERGES);

	if (!d)
		fail_msg("extract failed");
	return d;
}

/* How many events `text`, with no publication date, gives. */
size_t fx_nevents_unpublished(const char *lang, const char *text)
{
	rasd_doc *d = fx_extract_unpublished(lang, text);
	size_t n = d->nevents;

	rasd_doc_free(d);
	return n;
}

/* Did merge feature `name` hold for some choice of `d`? */
int fx_merge_feature_held(const rasd_doc *d, const char *name)
{
	size_t i;

	for (i = 0; i < d->nmerge_trace; i++)
		if (d->merge_trace[i].x[fx_feature_of(RASD_DEC_MERGE, name)] == 1)
			return 1;
	return 0;
}

/* `text` gives one event, at the place named `name`. */
void fx_one_event_at(const char *lang, const char *text, const char *name)
{
	struct fx f;

	fx_open(&f, lang, text);
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, name);
	fx_close(&f);
}

/* `text` gives one event, at no place. */
void fx_one_event_unplaced(const char *lang, const char *text)
{
	struct fx f;

	fx_open(&f, lang, text);
	assert_int_equal(f.d->nevents, 1);
	assert_int_equal(f.d->events[0].place, -1);
	fx_close(&f);
}

void fx_check_said(const struct fx_said *rows, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		struct fx f;
		int got;

		fx_open(&f, rows[i].lang, rows[i].text);
		got = fx_claim(f.d, rows[i].kind, rows[i].value) != NULL;
		fx_close(&f);
		if (got != rows[i].gives)
			fail_msg("%s: %s %d x%lld", rows[i].text, got ? "gives" : "misses", (int)rows[i].kind,
				 (long long)rows[i].value);
	}
}
