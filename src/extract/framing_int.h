/*
 * framing_int.h - calls shared by the files that frame sentences into
 * events (events_int.h lists them; their entry points are declared there):
 *
 *   framing.c       a sentence goes on with the current event or opens one
 *   background.c    the day the report tells of; sentences recalling another time
 *   event_dates.c   the date of a sentence, a statement and an event
 *   dateline.c      a dateline names where the report was filed
 *   event_type.c    which cues count, the type vote, the frame decision
 *   waves.c         one event per town: waves of places
 *   sites.c         clauses of one sentence telling of other events
 *   merging.c       frames of one event merged, restatements, the headline
 *   event_filter.c  vague figures and weak events dropped
 *
 * Everything here works on one document's events in its arena.
 */
#ifndef RASD_FRAMING_INT_H
#define RASD_FRAMING_INT_H

#include <string.h>

#include "extract/events_int.h"

/* ---- framing.c: event building blocks -------------------------------- */

/* A new, empty event at the end of d->events (the array may move), or NULL. */
struct rasd_event *rasdp_new_event(struct rasd_doc *d);
/* Sentence `sent` tells of `ev`.  0 or RASD_ENOMEM. */
int rasdp_add_evidence(struct rasd_doc *d, struct rasd_event *ev, uint32_t sent);
/* Add figure `cl` to `ev`, once per source, kind, value and group.  0 or RASD_ENOMEM. */
int rasdp_add_claim(struct rasd_doc *d, struct rasd_event *ev, const struct rasd_claim *cl);
/* `ev` takes the place of sentence `si`. */
void rasdp_take_place(struct rasd_event *ev, const struct rasdp_sent *si);
/* Frame sentence `s` (as c->si[s] reads it): the current event or a new one. */
int rasdp_frame_site(struct rasdp_ctx *c, uint32_t s, const struct rasd_claim *figs, size_t nfig);
/*
 * Sentence `s` (as c->si[s] reads it) with figures `figs` recalls a past
 * happening: an event of its own, kept apart in c->past.
 */
int rasdp_frame_past(struct rasdp_ctx *c, uint32_t s, const struct rasd_claim *figs, size_t nfig);

/* ---- event_dates.c -------------------------------------------------- */

/*
 * The days of the week sentence `s` names for what happened, unresolved
 * (bit 1 Monday ... 7 Sunday); with `opening`, only one it opens on.
 */
unsigned rasdp_sentence_weekdays(const struct rasd_doc *d, const struct rasdp_sent *si, uint32_t s,
				 int opening);
/* Are those days of two frames more than a day apart (each naming one)? */
int rasdp_weekdays_apart(unsigned a, unsigned b);
/* Days since 1970 of `y`. */
int64_t rasdp_day_of(const struct rasd_ymd *y);
/* Date `ev` by d->dates[di] when it is more precise than its date so far. */
void rasdp_event_date(struct rasd_doc *d, struct rasd_event *ev, int32_t di);
/* Is date `t` of sentence `s` the time of the reporting ("said on Tuesday")? */
int rasdp_reporting_date(const struct rasd_doc *d, const struct rasdp_sent *s,
			 const struct rasd_date *t);
/*
 * Is date `t` of sentence `s` the day of a statement, when the sentence
 * has a reporting verb or a verb of a stance taken at all?
 */
static inline int rasdp_said_date(const struct rasd_doc *d, const struct rasdp_sent *s,
				  const struct rasd_date *t)
{
	return (s->speech || s->stance) && rasdp_reporting_date(d, s, t);
}
/* The day sentence `s` dates a statement by, or -1. */
int32_t rasdp_statement_date(const struct rasd_doc *d, const struct rasd_sentence *st,
			     const struct rasdp_sent *s);
/* An undated event told by a statement of a known day: the week up to it. */
void rasdp_date_by_statement(struct rasd_doc *d, struct rasd_event *ev);

/*
 * Date each undated event by the happening told beside it: a sentence
 * after it opening with earlier that day ("Earlier on Sunday, ...") or
 * telling another happening of a day ("Meanwhile clashes resumed today"),
 * or, for an event that opens by telling another happening, the day of
 * the sentence before it (event_dates.c).
 */
void rasdp_date_by_earlier(struct rasdp_ctx *c);
/*
 * Does sentence `s` tell another happening in the outlet's own words
 * ("Meanwhile, ...", "Later on Monday, ...", "وفي وقت لاحق، ...":
 * openers.c)?
 */
int rasdp_tells_other(const struct rasdp_ctx *c, uint32_t s);
/* Does sentence `s` open with a word of cues.tsv clause_open ("Meanwhile", "وبالتزامن")? */
int rasdp_opens_other(const struct rasd_doc *d, uint32_t s);

/* ---- background.c --------------------------------------------------- */

/*
 * Is date `t` next to tokens [a, b) in their clause, at most 3 words
 * apart?
 */
int rasdp_date_next_to(const struct rasd_doc *d, const struct rasd_date *t, uint32_t a, uint32_t b);

/* Is a date of another time next to the cue at tokens [a, b) of sentence `si`? */
int rasdp_cue_dated_apart(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			  const struct rasd_sentence *st, uint32_t a, uint32_t b);

/*
 * Is the cue a relative clause opening at token `r` (its pronoun, or the
 * word after the comma before it) tells of dated to another time: the
 * cue ends at most three words before it, besides a date ("the 2016
 * bombing in Azaz, which killed 50", "الهجوم على البلدة عام 2017، الذي")?
 */
int rasdp_antecedent_dated_apart(const struct rasdp_ctx *c, const struct rasdp_sent *si,
				 const struct rasd_sentence *st, uint32_t r);

/*
 * The dates of the relative clause opening at token `r`, up to its
 * clause's end ("that killed 30 people in October"): 1 when one is of
 * another time and none of the day told of, -1 when one is of that day,
 * 0 when none is resolved.  Dates of a statement say nothing.
 */
int rasdp_relative_clause_dated(const struct rasdp_ctx *c, const struct rasdp_sent *si,
				const struct rasd_sentence *st, uint32_t r);

/* ---- event_cues.c --------------------------------------------------- */

/*
 * Is `a` the event type or sub-type `b` (either may be NULL)?  The first
 * bytes first: ACLED's six types and most sub-types differ there, so the
 * framing's comparisons of types, millions a megabyte, mostly end without
 * a call to strcmp().
 */
static inline int rasdp_same_label(const char *a, const char *b)
{
	return a == b || (a && b && a[0] == b[0] && !strcmp(a, b));
}
/*
 * Was the verdict at token `v` of sentence `st` carried out: a word of
 * carrying it out (cues.tsv `carried_out`) within four words before it or
 * eight after it, past its object ("نفذ حكم الإعدام", "the death sentence
 * of three men was carried out")?
 */
int rasdp_verdict_carried_out(const struct rasd_doc *d, const struct rasd_sentence *st, uint32_t v);
/* Does the cue at match `m` name a past happening as a mark of time? */
int rasdp_cue_recalled(const struct rasd_doc *d, const struct rasd_sentence *st,
		       const struct rasd_match *m);
/*
 * rasdp_cue_dated_apart() of the words of match `m` (one of c->d->matches),
 * asked once a match for the matches and tokens of view `si`, `st`.
 */
int rasdp_cue_dated(const struct rasdp_ctx *c, const struct rasdp_sent *si,
		    const struct rasd_sentence *st, const struct rasd_match *m);
/*
 * rasdp_cue_recalled() of trigger match `m` (one of c->d->matches), asked
 * once a match for the matches and tokens of view `si`, `st`.
 */
int rasdp_cue_recalled_seen(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			    const struct rasd_sentence *st, const struct rasd_match *m);
/*
 * Is the cue of explosions at match `m` what a verb of downing downed
 * ("intercepted two missiles", "two drones were shot down")?
 */
int rasdp_cue_downed(const struct rasd_doc *d, const struct rasd_sentence *st,
		     const struct rasd_match *m);
/* Does trigger match `m` of sentence `si` count as a cue of its event? */
int rasdp_cue_counts(const struct rasdp_ctx *c, const struct rasdp_sent *si,
		     const struct rasd_sentence *st, const struct rasd_match *m);
/*
 * The next cue of sentence `s` that counts, from match *i on (start at
 * c->si[s].m_first): its trigger, *i moved past it; NULL after the last
 * (event_type.c).
 */
const struct rasd_trigger *rasdp_next_cue(const struct rasdp_ctx *c, uint32_t s, size_t *i);
/*
 * What did the harm claim `cl` counts: the cue nearest before its figure,
 * else nearest after it, into by[0] (NULL when its sentence has none), and
 * a cue joined to it by a conjunction into by[1], else NULL (event_harm.c).
 */
void rasdp_harm_cue(const struct rasdp_ctx *c, const struct rasd_claim *cl,
		    const struct rasd_trigger *by[2]);
/* Is `type` Strategic developments? */
int rasdp_is_strategic(const char *type);
/* Add `sum` to the vote of `type` in `ev` (sub-type of its heaviest cue), and settle. */
void rasdp_add_vote(struct rasd_event *ev, const char *type, const char *sub, int sum, int weight);
/* Trigger `t` votes for its type in `ev`, with its weight squared. */
void rasdp_vote_trigger(struct rasd_event *ev, const struct rasd_trigger *t);

/* ---- waves.c -------------------------------------------------------- */

/*
 * The places listed on lines of their own after sentence `s`, which names
 * none and ends with a colon, but the first (the event's): to out[], their
 * bytes to spans[] (two a place, room for max + 1); how many (wave_lines.c).
 */
size_t rasdp_listed_lines(const struct rasdp_ctx *c, uint32_t s, int32_t *out, uint32_t *spans,
			  size_t max);
/* The other places of the wave sentence `s` tells of, an event each. */
int rasdp_wave_events(struct rasdp_ctx *c, uint32_t s, const struct rasd_claim *figs,
		      size_t nfig);
/*
 * Is token t a preposition of where said again before a place ("in Tafas
 * and in Jasim", "في طفس وفي جاسم": cues.tsv `things_prep`), not one of a
 * time or an origin?
 */
int rasdp_place_prep(const struct rasd_doc *d, uint32_t t);

/* ---- sites.c -------------------------------------------------------- */

/* Frame event sentence `s` by its clauses, one event per place they tell of. */
int rasdp_frame_clauses(struct rasdp_ctx *c, uint32_t s, const struct rasd_claim *figs,
			size_t nfig);

/*
 * The definite noun of a place's kind by which sentence `s`, of no place
 * of its own, names one ("the camp", "the town", "المخيم", "البلدة"; cues.tsv
 * `locative`; not "the town of ..."): its token, or UINT32_MAX.
 */
uint32_t rasdp_kind_noun(const struct rasdp_ctx *c, uint32_t s);
/*
 * Did the report name event `ev`'s place with the noun at token `t`, a
 * word of it or one within a few words of it ("Jenin refugee camp", "the
 * town of Nawa", "مخيم جنين")?
 */
int rasdp_kind_of_place(const struct rasd_doc *d, const struct rasd_event *ev, uint32_t t);

/* ---- merging.c ------------------------------------------------------ */

/* Are places `a` and `b` apart: neither one nor inside the other? */
int rasdp_places_apart(const struct rasd_lexicon *lx, int32_t a, int32_t b);
/*
 * The later side of a merge choice (are two frames one event?): a
 * sentence being framed, or a later frame of the report.
 */
/* rasd_event.wave: a later place of a wave sentence, or an earlier happening it tells of */
#define RASDP_WAVE_PLACE 1
#define RASDP_WAVE_EARLIER 2

struct rasdp_later {
	int32_t place;                 /* its own place, or -1 */
	const struct rasd_ymd *date;   /* its own date, or NULL */
	uint8_t precision;
	const char *type;              /* the kind of violence its cue tells, or NULL */
	int weight;                    /* its heaviest cue's weight */
	const struct rasd_claim *figs; /* its own figures */
	size_t nfig;
	int actors;                    /* it names an actor */
	const uint32_t *sents;         /* its sentences, the first first */
	size_t nsents;
	int earlier;                   /* an earlier happening told after "after" (sites.c) */
	int kind_back;                 /* framing: it names by its kind noun the place of the event it went back to */
};

/* Today's rule of the stage that asks, as features: each a reason to keep apart. */
struct rasdp_merge_rule {
	uint8_t later;                 /* a later frame (merging), not the next sentence (framing) */
	uint8_t place_apart, date_apart, type_clash, unplaced, one_wave;
};

/*
 * Are earlier frame `a` and the later side `b` dated a night and the dawn
 * after it ("last night" ... "at dawn today", "فجر اليوم" ... "الليلة
 * الماضية"; cues.tsv night, dawn), a day apart at most: one night?
 */
int rasdp_one_night(const struct rasdp_ctx *c, const struct rasd_event *a,
		    const struct rasdp_later *b);
/* Are earlier frame `a` and the later side `b` one event (data/models/merge.tsv)? */
int rasdp_one_event(const struct rasdp_ctx *c, const struct rasd_event *a,
		    const struct rasdp_later *b, const struct rasdp_merge_rule *r);
/* Has an event framed so far a figure of the kind and value of `f`? */
int rasdp_told_before(const struct rasd_doc *d, const struct rasd_claim *f);
/* The earlier event a sentence without place or date restates, else c->cur. */
struct rasd_event *rasdp_echo_back(const struct rasdp_ctx *c, const struct rasdp_sent *si,
				   const struct rasd_claim *figs, size_t nfig);

#endif
