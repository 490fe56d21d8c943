/*
 * events.c - stage 6: events, claims and their sources from the mentions of
 * one document; the driver that runs the stages in order.
 *
 * The input is what earlier stages found: lexicon matches (places, actors,
 * sources, event triggers, casualty words, reporting verbs, negations,
 * counted groups), numbers and dates.  The work goes in two passes over
 * the sentences, then over the events:
 *
 *   1. each sentence on its own (rasdp_read_sentence()): who speaks in it
 *      (sentence_speaker.c), its event cue (event_type.c), its place
 *      (sentence_place.c) and its date (event_dates.c); then, knowing the
 *      day the report tells of, the sentences that recall another time
 *      (background.c);
 *   2. each sentence's figures (figures.c), framed into events: it goes on
 *      with the event told before it or opens a new one, with its actors
 *      and who took part (participation.c); negations and denials
 *      (negation.c) decide the polarity of each on the way;
 *   3. the events: the headline's figures, frames of one event merged,
 *      what kind of event each is (the frame decision), vague figures and
 *      weak events dropped (merging.c, event_type.c, event_filter.c).
 *
 * Each pass needs the one before it whole: a figure's speaker may be carried
 * from an earlier sentence, and merging needs every frame.  Token
 * predicates and cue words are in tokens.c; the shared state in
 * events_int.h.  Everything here reads only the document and the engine's
 * lexicons, so it is safe to run for many documents in parallel.
 */
#include <string.h>

#include "extract/events_int.h"

#include "base/banned.h"

int rasdp_ctx_init(struct rasdp_ctx *c, const struct rasd_engine *e, struct rasd_doc *d)
{
	memset(c, 0, sizeof(*c));
	c->lx = e->lx;
	c->d = d;
	c->prev_src.source = -1;
	c->last_src_sent = -1;
	c->si = rasd_arena_calloc(&d->arena, d->nsents, sizeof(*c->si));
	if (!c->si)
		return RASD_ENOMEM;
	/* whether a cue counts is asked at each pass (event_cues.c) */
	c->cue_seen = NULL;
	if (d->nmatches) {
		c->cue_seen = rasd_arena_calloc(&d->arena, d->nmatches, sizeof(*c->cue_seen));
		if (!c->cue_seen)
			return RASD_ENOMEM;
	}
	return rasdp_index_breaks(d);
}

/*
 * What sentence `s` says on its own, in order: its matches; whether it is
 * the headline; its speaker, carried over from the sentences before when it
 * names none (so sentences are read in order); its heaviest trigger that
 * is not negated; its place; its date.  Nothing here depends on later
 * sentences.
 */
void rasdp_read_sentence(struct rasdp_ctx *c, uint32_t s)
{
	struct rasd_doc *d = c->d;
	const struct rasd_sentence *st = &d->sents[s];
	struct rasdp_sent *si = &c->si[s];
	size_t mi = s ? c->si[s - 1].m_last : 0;

	si->trig = -1;
	si->date = -1;
	/* past what a sentence over RASDP_MAX_SENT_MATCHES left unread */
	while (mi < d->nmatches && d->matches[mi].tok_start < st->tok_start)
		mi++;
	si->m_first = mi;
	while (mi < d->nmatches && d->matches[mi].tok_start < st->tok_end &&
	       mi - si->m_first < RASDP_MAX_SENT_MATCHES)
		mi++;
	si->m_last = mi;
	si->headline = (s == 0 && d->title && st->end - st->start == strlen(d->title) &&
			!memcmp(d->text + st->start, d->title, st->end - st->start));
	rasdp_sentence_speaker(c, s);
	/* (its cue is read once the report's day is known: background.c) */
	rasdp_sentence_place(c, si);
	rasdp_dateline_place(c, si, s);
	rasdp_statement_days(d, st, si);
	si->date = rasdp_sentence_date(d, st, si);
	if (si->date < 0)
		si->date = rasdp_hour_date(d, st);
}

/* rasdp_ctx_read(), keeping each sentence's background features or not. */
static int ctx_read(struct rasdp_ctx *c, const struct rasd_engine *e, struct rasd_doc *d,
		    int keep_bg_x)
{
	uint32_t s;
	int rc = rasdp_ctx_init(c, e, d);

	if (rc)
		return rc;
	c->keep_bg_x = keep_bg_x;
	/* The whole document first: its places and governorates, holders of sources. */
	rc = rasdp_read_places(c);
	if (rc)
		return rc;
	rasdp_find_aliases(c);
	/* 1. Each sentence on its own, then what recalls another time. */
	for (s = 0; s < d->nsents; s++)
		rasdp_read_sentence(c, s);
	rasdp_mark_background(c);
	return 0;
}

int rasdp_ctx_read(struct rasdp_ctx *c, const struct rasd_engine *e, struct rasd_doc *d)
{
	return ctx_read(c, e, d, 1);
}

int rasdp_build_events(const struct rasd_engine *e, struct rasd_doc *d)
{
	struct rasd_claim figs[RASDP_MAX_FIGS];
	struct rasdp_ctx c;
	uint32_t s;
	int rc;

	if (!d->nsents)
		return 0;
	rc = ctx_read(&c, e, d, 0);
	if (rc)
		return rc;

	/* 2. Figures, sentence by sentence, framed into events. */
	for (s = 0; s < d->nsents; s++) {
		size_t nfig = rasdp_sentence_figures(&c, s, figs, RASDP_MAX_FIGS);

		rc = rasdp_frame_sentence(&c, s, figs, nfig);
		if (rc)
			return rc;
	}

	/* 3. The events: headline, merging, their frames, pruning. */
	rc = rasdp_weigh_headline(&c);
	if (!rc)
		rc = rasdp_merge_events(&c);
	if (!rc)
		rc = rasdp_settle_frames(&c);
	if (rc)
		return rc;
	rasdp_prune_vague(d);
	rasdp_drop_weak_events(d);
	/* 4. The place of each event (the place decision). */
	rc = rasdp_settle_places(&c);
	if (!rc)
		rc = rasdp_add_past_events(&c);
	if (rc)
		return rc;
	/* 5. Vague figures are no claims: set apart, still traceable. */
	rasdp_set_apart_vague(d);
	rc = rasdp_report_figures(&c);
	if (!rc)
		rc = rasdp_figure_rejections(&c);
	if (rc)
		return rc;
	rasdp_part_sides(&c);
	/*
	 * The sentence records and the index of breaks are stage 6's alone
	 * (124 bytes a sentence and 4 a token): given back before the
	 * document is written out, which then has the room.
	 */
	rasd_arena_free(&d->arena, c.si, d->nsents * sizeof(*c.si));
	rasdp_unindex_breaks(d);
	return d->arena.failed ? RASD_ENOMEM : 0;
}
