/*
 * extractfx.c - a report extracted and read again by the driver's first
 * pass, for the tests of the extraction stages (extractfx.h).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "extractfx.h"
#include "testdata.h"

static const struct rasd_lexicon *lexicon(void)
{
	return rasdp_engine_lexicon(rasdt_engine());
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
		return rasdp_lex_source(lexicon(), (size_t)r->source)->id;
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
		if (!strcmp(rasdp_lex_actor(lexicon(), (size_t)ev->parts[i].actor)->id, id) &&
		    ev->parts[i].denied == denied)
			return &ev->parts[i];
	return NULL;
}

/* The role of actor `id` in event `ev`, or 0 when it is none of its actors. */
int fx_role(const struct rasd_event *ev, const char *id)
{
	size_t i;

	for (i = 0; i < ev->nactors; i++)
		if (!strcmp(rasdp_lex_actor(lexicon(), (size_t)ev->actors[i].actor)->id, id))
			return ev->actors[i].role;
	return 0;
}

const struct rasd_place *fx_place(int32_t p)
{
	assert_true(p >= 0);
	return rasdp_lex_place(lexicon(), (size_t)p);
}
