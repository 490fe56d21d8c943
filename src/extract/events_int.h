/*
 * events_int.h - private declarations shared by the stages that build one
 * document's events (stage 6): what each sentence says on its own, the
 * state of the build, and the calls one stage makes into another.
 *
 * events.c (the driver) calls the stages in order; each file holds one
 * concern and opens with what it decides:
 *
 *   tokens.c            token and clause predicates, cue words (data/cues.tsv)
 *   negation.c          whether a word or an actor is negated, denied, played down
 *   source_mentions.c   what a source mention stands for, whether it speaks there
 *   source_holders.c    the report's own voice, its countries, holders by surname
 *   sentence_speaker.c  who speaks each sentence, named or carried over
 *   source_decision.c   which speaker owns each figure (the decision `source`)
 *   sentence_marks.c    how sentences end, open quotations, background sentences
 *   figures.c           numbers bound to casualty words; counts of one; subsets:
 *                       the claims assembled; its parts, sharing figures_int.h:
 *     figures_members.c   counts and persons read into members; duals
 *     figures_casualty.c  the casualty word binding a member (decision `casualty`)
 *     figures_died.c      the wounded who later died counted among the dead
 *     figures_persons.c   the casualty word beside a person counted as one
 *     figures_parts.c     lists, parts of a toll, breakdowns
 *     figures_report.c    a figure against the report's others: parts, first counts
 *     figures_excluded.c  what is no figure: things, time, other tolls
 *   place_names.c       which names of a report are places; the report's country
 *   sentence_place.c    which place a sentence locates its event at
 *   place_decision.c    which place is each event's (the decision `place`)
 *   participation.c     which actors took part, as whom, and who denies it
 *   framing.c           sentences framed into events: go on with one or open one
 *   background.c        the day told of; sentences that recall another time
 *   event_dates.c       the date of a sentence, a statement, an event
 *   dateline.c          a dateline names where the report was filed
 *   event_type.c        which cues count, the type vote, the frame decision
 *   waves.c             one event per town: waves of places
 *   sites.c             clauses of a sentence telling of other events
 *   wave_lines.c        a wave told as places each on a line after a colon
 *   merging.c           restatements, frames of one event merged, the headline
 *   event_filter.c      vague figures and weak events dropped
 *
 * The files of who speaks share attribution_int.h, those of places
 * places_int.h, those of framing framing_int.h.
 *
 * Everything lives in the document's arena; the lexicon is read-only, so
 * many documents are built in parallel.
 */
#ifndef RASD_EVENTS_INT_H
#define RASD_EVENTS_INT_H

#include <stddef.h>
#include <stdint.h>

#include "extract/extract.h"
#include "lexicon/lexicon.h"
#include "text/text.h"

/* Figures one sentence may give (more are dropped). */
#define RASDP_MAX_FIGS 32
/*
 * Bounds only a pathological report reaches, so that building the events
 * of a report of any size takes time linear in its length: the corpora's
 * largest counts are 46 lexicon matches in a sentence, 16 event frames in
 * a report, 20 claims and 15 participants in an event.  A sentence's
 * matches past the first RASDP_MAX_SENT_MATCHES are not read; a report
 * opens at most RASDP_MAX_EVENTS frames; an event keeps its first
 * RASDP_MAX_EVENT_CLAIMS claims and participants; a restatement looks
 * back over the last RASDP_ECHO_REACH events.
 */
#define RASDP_MAX_SENT_MATCHES 256
#define RASDP_MAX_EVENTS 1024
#define RASDP_MAX_EVENT_CLAIMS 128
#define RASDP_ECHO_REACH 32
/* Holders of a source named by surname ("Akbari") per document. */
#define RASDP_MAX_ALIASES 16
/* Countries counted per document, to tell which a source of several countries is. */
#define RASDP_MAX_COUNTRIES 16

/* A governorate or district and how many place names of a report are in it. */
struct rasdp_admin_count {
	int32_t place;
	int32_t n;
};

/* What one sentence says on its own, filled by the first pass. */
struct rasdp_sent {
	struct rasd_srcref src;    /* speaker of the sentence */
	float *bg_x;               /* its features for that decision (background.c), in the
				    * arena; NULL unless the context keeps them (keep_bg_x) */
	/* sentence_speaker.c, for the source decision of its figures */
	uint32_t desc_tok;         /* described: its word ("المصدر", "monitor") */
	uint32_t v_start, v_end;   /* the deciding reporting verb's tokens */
	int32_t trig;              /* best non-negated trigger entry, or -1 */
	int trig_weight;
	int32_t place;             /* best place entry, or -1 */
	uint32_t place_start, place_end;
	int place_rank;
	int32_t date;              /* index into d->dates, or -1 */
	uint32_t m_first, m_last;  /* matches of this sentence */
	/*
	 * One byte each (a report of a million short sentences holds a
	 * million of these): the flags are 0 or 1.
	 */
	uint8_t own;               /* its speaker is named in it: 1 a source, 2 an actor's
				    * voice or a holder, 3 a line "X: ..."; 0 carried or none */
	uint8_t goes_on;           /* opens by going on from the speaker before ("وأضاف") */
	uint8_t other_subject;     /* its reporting verb has a subject that is no source */
	uint8_t described;         /* a description names a source again as its speaker (desc_tok) */
	int8_t vkind;              /* its deciding reporting verb's kind, or -1 */
	uint8_t has_speaker;       /* a named (non-outlet) speaker */
	uint8_t speech;            /* the sentence has a reporting verb */
	uint8_t stance;            /* it has a verb of a stance taken (cues.tsv `statement`) */
	uint8_t deny;              /* a denial verb governs the sentence */
	uint8_t anaphor;           /* its trigger is "this explosion", "هذا الانفجار" */
	uint8_t is_event;          /* has a trigger or a figure */
	uint8_t headline;          /* the title line at the top of the text */
	uint8_t background;        /* recalls another time: no event, date or place */
	uint8_t teaser;            /* a line of a list of other stories (background.c) */
	uint8_t place_rest;        /* its place is named as the rest of an area ("other parts of") */
};

/* A source's holder named by surname: "Iranian Ambassador ... Hossein Akbari". */
struct rasdp_alias {
	uint32_t tok;              /* a token whose text is the surname */
	int32_t source;
};

/* A country the report names, and how often (source_holders.c). */
struct rasdp_country {
	char cc[3];                    /* ISO code ("SY") */
	unsigned n;
};

/* A place entry the report names, once (place_names.c: its mentions and neighbours). */
struct rasdp_named_place {
	int32_t entry;
	uint32_t at;               /* the first token naming it ... */
	uint32_t n;                /* ... how many matches name it */
	uint8_t elsewhere;         /* named at another token too */
};

/*
 * Per match, answers kept once asked.  What the tests of a cue said of it
 * (rasdp_cue_counts()), with the inputs they read: the sentence's matches
 * and tokens it was asked with (a clause's view of a sentence holds
 * fewer, sites.c).  Each answer depends on those and on the report's day
 * only, which is known once.
 */
struct rasdp_cue_seen {
	uint32_t m_first, m_last;      /* the sentence's matches ... */
	uint32_t tok_start, tok_end;   /* ... and tokens, when asked */
	uint8_t state;                 /* 0 not yet asked, 1 no cue, 2 a cue but for its dates */
	uint8_t dated;                 /* once the report's day is known: 0 not yet asked,
					* 1 no date of another time qualifies it, 2 one does */
	uint8_t counts;                /* rasdp_cue_counts(), its readings among the
					* sentence's other cues too: 0 not yet asked, 1 no,
					* 2 yes; 3 no, 4 yes once the report's day is known */
	uint8_t verb;                  /* a reporting verb (sentence_speaker.c), whatever the
					* view: 0 not yet asked, 1 no, 2 yes */
	uint8_t recalled;              /* rasdp_cue_recalled(): 0 not yet asked, 1 no, 2 yes */
};

/* The state of building one document's events. */
struct rasdp_ctx {
	const struct rasd_lexicon *lx;
	struct rasd_doc *d;
	struct rasdp_sent *si;         /* per sentence, in the arena */
	struct rasdp_admin_count *admins; /* governorates and districts named: */
	size_t nadmins;                /* mentions of places in each (place_names.c) */
	struct rasdp_named_place *places; /* the place entries named, by entry */
	size_t nplaces;                /* (rasdp_read_places()) */
	char country[3];               /* the country the report names most, or "" */
	struct rasdp_alias aliases[RASDP_MAX_ALIASES];
	size_t naliases;
	uint32_t match_span;           /* the most tokens one match spans (rasdp_read_places()):
					* a match ending at token t starts at t - match_span or later */
	size_t *long_sources;          /* source matches of three or more tokens, first over */
	size_t nlong_sources;          /* their tokens, in order (rasdp_find_aliases()) */

	/* sentence_speaker.c: speakers carried to later sentences */
	struct rasd_srcref prev_src;   /* the last sentence's speaker ... */
	int prev_has_speaker;          /* ... while it may go on */
	struct rasd_srcref last_src;   /* the last named source ... */
	int32_t last_src_sent;         /* ... and its sentence, or -1 */
	struct rasd_srcref outlet;     /* the report's own voice (rasdp_find_aliases()) */
	struct rasdp_country countries[RASDP_MAX_COUNTRIES]; /* actors, places, sources */
	size_t ncountries;
	struct rasdp_country named[RASDP_MAX_COUNTRIES];     /* places and sources only */
	size_t nnamed;
	int wrapped;                   /* its lines are broken inside sentences */
	int keep_bg_x;                 /* keep each sentence's background features (rasd train;
					* rasdp_ctx_read() keeps them, rasdp_build_events() not) */

	/* framing.c and the files beside it (framing_int.h) */
	int32_t lead;                  /* the lead sentence, or -1 */
	int has_ref;                   /* the report's day is known ... */
	int64_t ref_day;               /* ... days since 1970: the day it tells of */
	int ref_published;             /* that day is only the publication day */
	struct rasd_event *cur;        /* the event being framed, or NULL */
	struct rasdp_cue_seen *cue_seen; /* per match, in the arena, or NULL (event_cues.c) */
	uint8_t *cue_memo;             /* while the frames are settled, per match: 0 not yet
					* asked, 1 no cue, 2 a cue that counts (event_type.c) */
	uint32_t *next_trigger;        /* ... and the first trigger match at or after each
					* match (nmatches when none; nmatches + 1 entries) */
	struct rasd_claim head_figs[RASDP_MAX_FIGS]; /* the headline's, weighed last */
	size_t nhead;
	/* past happenings recalled with their figures, kept apart until the end */
	struct rasd_event *past;       size_t npast, past_alloc;
};

static inline const struct rasd_match *rasdp_match_at(const struct rasdp_ctx *c, size_t i)
{
	return &c->d->matches[i];
}

/*
 * The index of the first match of `d` starting at or after token `t`, or
 * d->nmatches: matches are in token order, so a rule looks at the few
 * near a token instead of all of them.
 */
static inline size_t rasdp_match_from(const struct rasd_doc *d, uint32_t t)
{
	size_t lo = 0, hi = d->nmatches;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (d->matches[mid].tok_start < t)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The first match that may end at token `t` or after it (c->match_span). */
static inline size_t rasdp_match_reaching(const struct rasdp_ctx *c, uint32_t t)
{
	return rasdp_match_from(c->d, t > c->match_span ? t - c->match_span : 0);
}

/* ---- events.c ------------------------------------------------------- */

/*
 * Set up `c` for document `d` (which has sentences): per-sentence records
 * and counts in the arena.  0 or RASD_ENOMEM.
 */
int rasdp_ctx_init(struct rasdp_ctx *c, const struct rasd_engine *e, struct rasd_doc *d);
/* First pass over sentence `s`: its matches, speaker, trigger, place, date. */
void rasdp_read_sentence(struct rasdp_ctx *c, uint32_t s);
/*
 * rasdp_ctx_init(), then the whole document and every sentence read (the
 * first pass), keeping each sentence's background features (bg_x).
 */
int rasdp_ctx_read(struct rasdp_ctx *c, const struct rasd_engine *e, struct rasd_doc *d);

/* ---- tokens.c ------------------------------------------------------- */

/*
 * Is token `t` a word of cue class `q` (data/cues.tsv, through its clitic
 * keys)?  Inline: the rules ask it millions of times a megabyte, and on a
 * screened document it is one load of the token's interned class mask;
 * rasdp_cue_keys() asks the cue table when the document was not screened.
 */
int rasdp_cue_keys(const struct rasd_doc *d, uint32_t t, enum rasd_cue q);
static inline int rasdp_cue(const struct rasd_doc *d, uint32_t t, enum rasd_cue q)
{
	/* (most words are of no class: index 0, the empty set, read without its set) */
	if (d->cue && t < d->ntoks)
		return d->cue[t] && rasdp_cues_has(&d->cue_masks[d->cue[t]], q);
	return rasdp_cue_keys(d, t, q);
}
/*
 * May any word of the document be of cue class `q`?  On a screened
 * document, the union of its words' classes answers; a walk over tokens
 * for a class the document lacks is then skipped.
 */
static inline int rasdp_doc_has_cue(const struct rasd_doc *d, enum rasd_cue q)
{
	return !d->cue || rasdp_cues_has(&d->cue_any, q);
}
/*
 * How many words of a cause of harm that is no violence sentence `st` has:
 * of cue class hazard, or of cause ("collapsed", "حادث مروري"), a word
 * counted once.
 */
int rasdp_hazard_words(const struct rasd_doc *d, const struct rasd_sentence *st);
/*
 * Is the cue of match `m` a plural noun of happenings (cues.tsv `kinds`),
 * alone or with a word that tells its kind, before it up to `b` or after
 * it ("blasts", "landmine blasts", "غارات جوية")?
 */
int rasdp_kinds_word(const struct rasd_doc *d, const struct rasd_match *m, uint32_t b);
/* Is any token of [a, b) a word of cue class `q`? */
int rasdp_cue_between(const struct rasd_doc *d, uint32_t a, uint32_t b, enum rasd_cue q);
/*
 * Is a word of cue class `q` among the `n` tokens before token `t` (none
 * before token `lo`), no clause break between it and `t`?
 */
int rasdp_cue_back(const struct rasd_doc *d, uint32_t lo, uint32_t t, uint32_t n, enum rasd_cue q);
/*
 * Is a word of cue class `q` at most `before` words before token `t`, or
 * `after` words after it, in its clause of sentence `st`?
 */
int rasdp_cue_beside(const struct rasd_doc *d, const struct rasd_sentence *st, uint32_t t,
		     enum rasd_cue q, uint32_t before, uint32_t after);
/* Is token `t` the punctuation mark `p`? */
int rasdp_tok_is_punct(const struct rasd_doc *d, uint32_t t, char p);
static inline int rasdp_is_punct(const struct rasd_doc *d, uint32_t t)
{
	return t < d->ntoks && d->toks[t].kind == RASD_TOK_PUNCT;
}
/*
 * A clause break: punctuation other than quotes, brackets and hyphens.
 * Once the breaks are indexed (rasdp_index_breaks()) it is one look-up.
 */
int rasdp_is_break_tok(const struct rasd_doc *d, uint32_t t);
static inline int rasdp_is_break(const struct rasd_doc *d, uint32_t t)
{
	if (d->next_break && t < d->ntoks)
		return d->next_break[t] == t;
	return rasdp_is_break_tok(d, t);
}

/* Is the punctuation [w, w + len) one of the `n` marks of `set`? */
int rasdp_punct_in(const char *w, size_t len, const char *const *set, size_t n);

/* What a quotation mark does to the quotations open (rasdp_quote_open()). */
enum rasdp_quote_kind {
	RASDP_QUOTE_NONE,       /* not a quotation mark, or one that neither opens nor closes */
	RASDP_QUOTE_OPENING,    /* “ „ « ‘ */
	RASDP_QUOTE_CLOSING,    /* ” » ’ */
	RASDP_QUOTE_STRAIGHT,   /* '"' or '\'': opens and closes in turn */
};
/* The kind of token `t` as a quotation mark, read from the mark as written. */
enum rasdp_quote_kind rasdp_quote_kind(const struct rasd_doc *d, uint32_t t);
/*
 * Index the clause breaks of `d` (d->next_break) and its quotation marks
 * (d->next_quote); 0 or RASD_ENOMEM.
 */
int rasdp_index_breaks(struct rasd_doc *d);
/*
 * The classes the walk of a counted member's clause asks each word for
 * (rasdp_not_of_event()): cause, justice, anniversary, since.
 */
void rasdp_clause_cue_set(struct rasdp_cues *m);
/*
 * The first word of [t, b) of a class of rasdp_clause_cue_set(), or `b`
 * when none: one look-up once indexed (d->next_clause_cue).
 */
uint32_t rasdp_next_clause_cue(const struct rasd_doc *d, uint32_t t, uint32_t b);
/* Give back what rasdp_index_breaks() took (the end of stage 6). */
void rasdp_unindex_breaks(struct rasd_doc *d);
/* No clause break among tokens [a, b). */
int rasdp_clause_clear(const struct rasd_doc *d, uint32_t a, uint32_t b);
/* Likewise, but a date set off by commas does not break the clause. */
int rasdp_clause_clear_dates(const struct rasd_doc *d, uint32_t a, uint32_t b);
/* Is token `t` inside a date expression (flagged by rasdp_find_dates())? */
static inline int rasdp_in_date(const struct rasd_doc *d, uint32_t t)
{
	return t < d->ntoks && (d->toks[t].flags & RASD_TOKF_IN_DATE);
}
/*
 * The first number (date) starting at or after token `t`, or d->nnums
 * (d->ndates): both arrays are in token order and never overlap, so a
 * rule looks at the few near a token instead of all of them.
 */
size_t rasdp_num_from(const struct rasd_doc *d, uint32_t t);
size_t rasdp_date_from(const struct rasd_doc *d, uint32_t t);

/* ---- negation.c ----------------------------------------------------- */

/* Is match `m` a negator of negation.tsv kind `kind` that stands as a word of its own ("كلم" is none)? */
int rasdp_negator(const struct rasdp_ctx *c, const struct rasd_match *m, unsigned kind);

/* Is token `t` of sentence `s` negated by a negator shortly before it? */
int rasdp_negated(const struct rasdp_ctx *c, const struct rasdp_sent *s, uint32_t t);
/* Is denial verb match `m` a denial made: not one to come ("will deny"), nor of a practice ("has always denied")? */
int rasdp_denial_made(const struct rasd_doc *d, const struct rasd_match *m);
/* Is match `v` a denial verb (speech.tsv or negation.tsv `deny`)? */
int rasdp_denial_verb(const struct rasdp_ctx *c, const struct rasd_match *v);
/* Does token `t` name what an attack hits (a target word)? */
int rasdp_target_word(const struct rasd_doc *d, uint32_t t);
/* Does denial match `v` deny only whom the deed hit, the deed affirmed on another target after it? */
int rasdp_target_denial(const struct rasdp_ctx *c, const struct rasdp_sent *s,
			const struct rasd_match *v);
/* Does the last denial before token `t` deny only whom the deed hit, `t` no target? */
int rasdp_target_only(const struct rasdp_ctx *c, const struct rasdp_sent *s, uint32_t t);
/* Is token `t` under a denial verb of its sentence? */
int rasdp_denied_at(const struct rasdp_ctx *c, const struct rasdp_sent *s, uint32_t t);
/* Is the participation of the actor at tokens [a, b) negated? */
int rasdp_part_negated(const struct rasdp_ctx *c, const struct rasdp_sent *s,
		       uint32_t a, uint32_t b);
/* Is the part of the actor at tokens [a, b) played down ("limited to")? */
int rasdp_part_limited(const struct rasdp_ctx *c, const struct rasdp_sent *s,
		       uint32_t a, uint32_t b);

/* ---- attribution: source_*.c, sentence_speaker.c ------------------ */

/* The same voice: the outlet, one lexicon source, or one unnamed speaker by name. */
int rasdp_same_voice(const struct rasd_srcref *a, const struct rasd_srcref *b);

/*
 * The whole document first: the report's own voice (c->outlet), the
 * countries it names (c->countries), and the holders of sources named by
 * surname.
 */
void rasdp_find_aliases(struct rasdp_ctx *c);
/* The speaker of sentence `s` (c->si[s].src), named or carried over. */
void rasdp_sentence_speaker(struct rasdp_ctx *c, uint32_t s);
/*
 * Actor `a` named by match `m`: the state forces of the report's country
 * when `m` is a generic form (actors.tsv `generic`: "الجيش", "security
 * forces") and that country has them, else `a` (participation.c).
 */
int32_t rasdp_report_forces(const struct rasdp_ctx *c, int32_t a, const struct rasd_match *m);
/* A reference to actor `a` speaking, at match `m`: its own voice, else its name. */
void rasdp_actor_ref(const struct rasdp_ctx *c, int32_t a, const struct rasd_match *m,
		     struct rasd_srcref *ref);
/* The actor standing as subject of the reporting verb at [v_start, v_end), or NULL. */
const struct rasd_match *rasdp_actor_subject(const struct rasdp_ctx *c, const struct rasdp_sent *s,
					     uint32_t v_start, uint32_t v_end);
/* The source standing as subject of reporting verb `v`, or NULL. */
const struct rasd_match *rasdp_verb_subject(const struct rasdp_ctx *c, const struct rasdp_sent *s,
					    const struct rasd_match *v);
/*
 * Who owns the figure at token `tok` of sentence `s` (the scored decision
 * `source`): 1 and `ref` filled when it is not the sentence's speaker
 * ("X said 20, while Y said 12"; "He added that 4 were wounded"), else 0.
 */
int rasdp_clause_speaker(const struct rasdp_ctx *c, const struct rasdp_sent *s, uint32_t tok,
			 struct rasd_srcref *ref);

/* ---- figures.c, figures_*.c ------------------------------------------ */

/*
 * The figures of sentence `s` into figs[0 .. max): counts bound to their
 * casualty words, then counts of one.  Returns how many.
 */
size_t rasdp_sentence_figures(const struct rasdp_ctx *c, uint32_t s, struct rasd_claim *figs,
			      size_t max);
/*
 * How each figure stands against the report's others of its kind, once
 * the events are settled (figures_report.c): a hospital's count or a
 * place's share a part of a larger toll, a first count the toll as it
 * stood before an updated one.  0 or RASD_ENOMEM.
 */
int rasdp_report_figures(const struct rasdp_ctx *c);
/* A figure judged false ("the figure was exaggerated"): denied by the sentence's speaker (negation.c). */
int rasdp_figure_rejections(const struct rasdp_ctx *c);

/*
 * For `rasd train` (decision `casualty`): every count of document `d`
 * (analysed by engine `e`) that may be a figure, with its candidates:
 * fn(ctx, start, end, n, x, kinds) with the count's byte span, n
 * candidates of which the first is "none" (kind -1), their features x
 * (n * the decision's features) and casualty kinds.  Stops at fn's first
 * non-zero return, which it returns (or RASD_ENOMEM).
 */
typedef int (*rasdp_casualty_fn)(void *ctx, uint32_t start, uint32_t end, unsigned n,
				 const float *x, const int *kinds);
int rasdp_casualty_each(const struct rasd_engine *e, struct rasd_doc *d, rasdp_casualty_fn fn,
			void *ctx);

/* Does the word at token `t` carry the proclitic و ("ومدني", "ومدينة")? */
int rasdp_waw_clitic(const struct rasd_doc *d, uint32_t t);

/* ---- places: place_names.c, sentence_place.c, place_decision.c ---- */

/*
 * Which place names of the document are places (by country, context and
 * capitals; the others leave d->matches), and the governorates and
 * districts named (c->admins, c->country).  0 or RASD_ENOMEM.
 */
int rasdp_read_places(struct rasdp_ctx *c);
/*
 * The page around the report (page_furniture.c): the names in the run of
 * keywords after a label ("Tags ...") leave d->matches as places, and
 * every match in a list of other stories' headlines after one ("Related
 * ...") leaves it, before anything reads them.
 */
void rasdp_drop_page_furniture(struct rasd_doc *d);
/* The place of sentence `s` (s->place, s->place_rank and its span). */
void rasdp_sentence_place(const struct rasdp_ctx *c, struct rasdp_sent *s);
/* Precision rank of a place kind: landmark 7 ... governorate 1, country 0. */
int rasdp_place_rank(const struct rasd_place *p);
/* Same English name (a town and its subdistrict)? */
int rasdp_same_name(const struct rasd_place *a, const struct rasd_place *b);
/*
 * The place the place matches [first, last) of one span name (a sentence's
 * place is chosen so): c->d->matches indexes.  -1 when none fits.
 */
int32_t rasdp_place_of_span(const struct rasdp_ctx *c, size_t first, size_t last);
/* Are places `a` and `b` the same, one inside the other, or either unknown? */
int rasdp_same_or_inside(const struct rasd_lexicon *lx, int32_t a, int32_t b);
/*
 * The place of every event (the place decision): the candidates its
 * sentences, the headline and the lead name (ev->pcands), scored; the best
 * above "no place" wins.  0 or RASD_ENOMEM.
 */
int rasdp_settle_places(struct rasdp_ctx *c);

/* ---- participation.c ------------------------------------------------ */

/*
 * The actors of sentence `s` into event `ev`, and who took part as its
 * speaker tells it; `figs` NULL for a sentence that only adds detail.
 */
int rasdp_sentence_actors(const struct rasdp_ctx *c, struct rasd_event *ev,
			  const struct rasdp_sent *si, uint32_t s,
			  const struct rasd_claim *figs, size_t nfig);
/* A denial by a voice whose side asserts the same part is dropped (participation.c). */
void rasdp_part_sides(const struct rasdp_ctx *c);

/* ---- framing.c, background.c, event_dates.c, dateline.c, event_type.c,
 *      merging.c, event_filter.c (their shared calls: framing_int.h) ---- */

/* The heaviest trigger of sentence `s` that is not negated (c->si[s].trig). */
void rasdp_sentence_trigger(const struct rasdp_ctx *c, uint32_t s);
/*
 * After the first pass: the day the report tells of (c->ref_day) and the
 * sentences that recall another time (c->si[s].background).
 */
void rasdp_mark_background(struct rasdp_ctx *c);
/*
 * A dateline opening sentence `s` ("DAMASCUS (Reuters) –", "دمشق - سانا")
 * names where the report was filed, not the event: the sentence's place is
 * then the one after it.
 */
void rasdp_dateline_place(const struct rasdp_ctx *c, struct rasdp_sent *si, uint32_t s);
/*
 * Does source match `m` stand inside the dateline opening its sentence
 * ("DAMASCUS (AFP) -")?  It credits the wire the outlet relays, and a
 * description later in the report ("the agency said") names it not again.
 */
int rasdp_dateline_credit(const struct rasdp_ctx *c, const struct rasd_match *m);
/*
 * Does place match `m` open a dateline: first on its line (after at most
 * the line's date), then a dash or a colon a few tokens on, with only an
 * outlet in parentheses, a comma and a country or date, or "/" and
 * another city between ("BEIRUT (Reuters) -", "ADEN/WASHINGTON (Reuters)
 * -", "ERBIL, Kurdistan Region -")?  Read from the tokens alone, before
 * the sentences are: the place a report was filed from says nothing of
 * the country it is about (place_names.c).
 */
int rasdp_dateline_match(const struct rasd_doc *d, const struct rasd_match *m);
/* rasdp_starts_line(): text/text.h (text/dates_stamp.c), which the date stamp reads too. */
/* The stamp day of a sentence telling of an hour of no day, or -1 (event_dates.c). */
int32_t rasdp_hour_date(const struct rasd_doc *d, const struct rasd_sentence *st);
/* The date of sentence `st`: index into d->dates, or -1. */
int32_t rasdp_sentence_date(const struct rasd_doc *d, const struct rasd_sentence *st,
			    const struct rasdp_sent *s);
/*
 * Count a day told from publication inside what a statement of an earlier
 * day in sentence `st` said from that day instead (event_dates.c).
 */
void rasdp_statement_days(struct rasd_doc *d, const struct rasd_sentence *st,
			  const struct rasdp_sent *s);
/*
 * The past happenings recalled with their own figures (c->past), appended
 * to d->events as events of the role background (framing.c).
 */
int rasdp_add_past_events(struct rasdp_ctx *c);
/* Frame sentence `s` with its figures into the current event or a new one. */
int rasdp_frame_sentence(struct rasdp_ctx *c, uint32_t s, const struct rasd_claim *figs,
			 size_t nfig);
/* The headline's figures, place and type, where the body left them open. */
int rasdp_weigh_headline(struct rasdp_ctx *c);
/* Merge later frames that tell of an event told before. */
int rasdp_merge_events(struct rasdp_ctx *c);
/* Drop vague figures beside written ones. */
void rasdp_prune_vague(struct rasd_doc *d);
/* Move each settled event's vague figures out of its claims (ev->vague). */
void rasdp_set_apart_vague(struct rasd_doc *d);
/*
 * The frame of every event (the frame decision): its ACLED type and
 * sub-type, or no violent event at all (those events are set apart).
 */
int rasdp_settle_frames(struct rasdp_ctx *c);
/* Drop events with neither a figure nor a strong cue. */
void rasdp_drop_weak_events(struct rasd_doc *d);
/* Event building blocks, also for participation.c. */
int rasdp_add_actor(struct rasd_doc *d, struct rasd_event *ev, int32_t actor,
		    uint8_t role, uint32_t start, uint32_t end);
int rasdp_add_part(struct rasd_doc *d, struct rasd_event *ev, const struct rasd_participant *p);

#endif
