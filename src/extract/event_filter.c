/*
 * event_filter.c - the final filter: what is left of an event once it is
 * framed, merged and typed.
 *
 * A vague figure ("dozens wounded") goes where the event has a written one
 * of its kind.  An event needs a figure, or a strong cue (MIN_EVENT_WEIGHT)
 * and a place: background mentions of "the campaign" are no events; a
 * place of a wave stands with the event its sentence tells of, and the
 * event the report leads with stands at its place on any cue of violence
 * when its sentences tell of casualties, even with no number ("an attack
 * on checkpoints left a number of dead", "سقوط عدد من القتلى").
 */
#include <string.h>

#include "extract/framing_int.h"

#include "base/banned.h"

/* Least trigger weight for an event that reports no figure. */
#define MIN_EVENT_WEIGHT 6
/* ... for the one the report leads with, at a place (gold/GUIDE.md: the main event). */
#define MIN_LEAD_WEIGHT 5

/*
 * A vague figure ("dozens wounded") adds nothing where the event has a
 * written figure of the same kind; it stays only when it is all there is.
 * The outlet stating in its own voice a figure a source also gives ("قتل
 * 11 شخصا ... وذكرت وسائل إعلام أن 11 شخصا قتلوا") keeps its claim: every
 * figure stated is a claim of who states it (gold/GUIDE.md, repeats).
 */
void rasdp_prune_vague(struct rasd_doc *d)
{
	size_t i, j, k, w;

	for (i = 0; i < d->nevents; i++) {
		struct rasd_event *ev = &d->events[i];

		for (j = 0, w = 0; j < ev->nclaims; j++) {
			const struct rasd_claim *cl = &ev->claims[j];
			int keep = 1;

			if (cl->qualifier == RASD_Q_VAGUE)
				for (k = 0; k < ev->nclaims; k++)
					if (ev->claims[k].qualifier != RASD_Q_VAGUE &&
					    ev->claims[k].kind == cl->kind)
						keep = 0;
			if (keep)
				ev->claims[w++] = *cl;
		}
		ev->nclaims = w;
	}
}

/*
 * A vague amount ("dozens were killed", "عشرات الجرحى") is no claim
 * (gold/GUIDE.md, claims): once the events are settled (a vague figure
 * still makes an event stand and orders the report's events), each
 * event's vague figures move from claims[] to vague[], in order, with
 * ACLED's conventional value, source and span, so the report still shows
 * them and no dispute or toll is read from them.  vague[] shares the
 * claims' storage: the claims first, the vague figures after them.
 */
void rasdp_set_apart_vague(struct rasd_doc *d)
{
	size_t i, j, nv, w;

	for (i = 0; i < d->nevents; i++) {
		struct rasd_event *ev = &d->events[i];
		struct rasd_claim *tmp;

		for (j = 0, nv = 0; j < ev->nclaims; j++)
			nv += ev->claims[j].qualifier == RASD_Q_VAGUE;
		ev->vague = NULL;
		ev->nvague = 0;
		if (!nv)
			continue;
		tmp = rasd_arena_alloc(&d->arena, nv * sizeof(*tmp));
		if (!tmp)
			return;
		for (j = 0, w = 0, nv = 0; j < ev->nclaims; j++) {
			if (ev->claims[j].qualifier == RASD_Q_VAGUE)
				tmp[nv++] = ev->claims[j];
			else
				ev->claims[w++] = ev->claims[j];
		}
		memcpy(ev->claims + w, tmp, nv * sizeof(*tmp));
		ev->nclaims = w;
		ev->vague = ev->claims + w;
		ev->nvague = nv;
	}
}

/*
 * Does a sentence of event `ev` name casualties (a casualty word: "dead",
 * "wounded", "القتلى", "الشهداء"), counted or not?
 */
static int tells_of_casualties(const struct rasd_doc *d, const struct rasd_event *ev)
{
	size_t k, i;

	for (k = 0; k < ev->nevidence; k++) {
		const struct rasd_sentence *st = &d->sents[ev->evidence[k]];

		for (i = rasdp_match_from(d, st->tok_start);
		     i < d->nmatches && d->matches[i].tok_start < st->tok_end; i++)
			if (d->matches[i].kind == RASD_LEX_CASUALTY &&
			    d->matches[i].tok_start >= st->tok_start)
				return 1;
	}
	return 0;
}

/*
 * The heaviest cue of event `ev`: of its type; of any kind when one
 * sentence tells of it, where a weak cue of violence may type it while a
 * strong one of another kind says that something happened ("settlers
 * attacked homes and set fire to cars"); cues of several sentences may be
 * other happenings' words.
 */
static int heaviest_cue(const struct rasd_event *ev)
{
	int w = ev->trigger_weight;
	size_t i;

	for (i = 0; ev->nevidence == 1 && i < ev->nvotes; i++)
		if (ev->votes[i].best > w)
			w = ev->votes[i].best;
	return w;
}

/*
 * Are the cues of event `ev` all plural nouns of happenings (cues.tsv
 * `kinds`, rasdp_kinds_word())?
 * Told at no place and counting no one, they name a kind of happening
 * over a period ("killed in landmine blasts across the country during
 * 2023"), no event.
 */
static int kinds_only(const struct rasd_doc *d, const struct rasd_event *ev)
{
	size_t k, i;
	int n = 0;

	if (!rasdp_doc_has_cue(d, RASD_CUE_KINDS))
		return 0;
	for (k = 0; k < ev->nevidence; k++) {
		const struct rasd_sentence *st = &d->sents[ev->evidence[k]];

		for (i = rasdp_match_from(d, st->tok_start);
		     i < d->nmatches && d->matches[i].tok_start < st->tok_end; i++) {
			const struct rasd_match *m = &d->matches[i];

			if (m->kind != RASD_LEX_TRIGGER || m->tok_start < st->tok_start)
				continue;
			if (!rasdp_kinds_word(d, m, st->tok_end))
				return 0;
			n++;
		}
	}
	return n > 0;
}

/*
 * Is event `ev` strong enough on its own: a figure, or a strong cue with a
 * place; the event the report leads with (`lead`), a cue of violence one
 * short of it with a place ("militants seized the village of X on
 * Monday"; "reinforcements arrived in X" is still none), or any cue of
 * violence at a place with casualties told uncounted ("an attack on
 * checkpoints in X left a number of dead")?  A strong cue at no place
 * stands but for a kind of happening (kinds_only()).
 */
static int stands_alone(const struct rasd_doc *d, const struct rasd_event *ev, int lead)
{
	if (ev->nclaims)
		return 1;
	if (!ev->event_type)
		return 0;
	if (lead && ev->place >= 0 && !rasdp_is_strategic(ev->event_type) &&
	    (ev->trigger_weight >= MIN_LEAD_WEIGHT || tells_of_casualties(d, ev)))
		return 1;
	return heaviest_cue(ev) >= MIN_EVENT_WEIGHT &&
	       (ev->place >= 0 || (ev->trigger_weight >= MIN_EVENT_WEIGHT + 1 && !kinds_only(d, ev)));
}

/* The largest figure of event `ev`, 0 when it has none. */
static int64_t largest_figure(const struct rasd_event *ev)
{
	int64_t best = 0;
	size_t k;

	for (k = 0; k < ev->nclaims; k++)
		if (!ev->claims[k].denied && ev->claims[k].value > best)
			best = ev->claims[k].value;
	return best;
}

/*
 * The report's main event first (incident linking reads a report by its
 * first event): the event it leads with, unless that one counts no one
 * and a later one carries the report's figures ("casualties fell in a
 * camp near the crossing ... 21 were killed in the Qah camp"); then the
 * later event with the largest figure comes first (a place of a wave
 * stands behind its first), the others keep their order.
 */
static void main_first(struct rasd_doc *d)
{
	size_t i, best = 0;
	int64_t most = largest_figure(&d->events[0]);
	struct rasd_event tmp;

	if (most)
		return;
	for (i = 1; i < d->nevents; i++)
		if (!d->events[i].wave && largest_figure(&d->events[i]) > most) {
			most = largest_figure(&d->events[i]);
			best = i;
		}
	if (!best)
		return;
	tmp = d->events[best];
	memmove(d->events + 1, d->events, best * sizeof(*d->events));
	d->events[0] = tmp;
}

/* Mark the sentences event `ev` tells of in told[]. */
static void mark_told(const struct rasd_event *ev, uint8_t *told)
{
	size_t j;

	for (j = 0; j < ev->nevidence; j++)
		told[ev->evidence[j]] = 1;
}

/*
 * An event must have a figure, or a strong type cue and a place (a cue
 * stronger still without one; the first event framed, the one the report
 * leads with, a cue one short of strong): background mentions of "the campaign" or
 * "control" are not events.  A place of a wave after the first is the same
 * happening as the first ("settlers attacked Huwara, Burin and Qaryut,
 * killing one"): it stands with the event its sentence tells of.
 */
void rasdp_drop_weak_events(struct rasd_doc *d)
{
	uint8_t *keep = d->nevents ? rasd_arena_calloc(&d->arena, d->nevents, 1) : NULL;
	/* the sentences a kept event tells of, so that a wave's place looks at one */
	uint8_t *told = keep ? rasd_arena_calloc(&d->arena, d->nsents, 1) : NULL;
	size_t i, w = 0;

	if (!told)
		return;   /* no events, or the arena's failure reported at the end */
	for (i = 0; i < d->nevents; i++) {
		keep[i] = (uint8_t)stands_alone(d, &d->events[i], i == 0);
		if (keep[i])
			mark_told(&d->events[i], told);
	}
	for (i = 0; i < d->nevents; i++) {
		const struct rasd_event *ev = &d->events[i];

		if (!keep[i] && ev->wave && ev->event_type && ev->nevidence &&
		    told[ev->evidence[0]]) {
			keep[i] = 1;
			mark_told(ev, told);
		}
	}
	for (i = 0; i < d->nevents; i++) {
		if (!keep[i])
			continue;
		if (w != i)
			d->events[w] = d->events[i];
		w++;
	}
	d->nevents = w;
	if (w > 1)
		main_first(d);
}
