/*
 * figures_int.h - private declarations shared by the files of the figures
 * stage (figures.c and figures_*.c): the members a sentence counts, and
 * the calls one file of the stage makes into another.  Nothing outside
 * the stage includes it; the stage's entry points are in events_int.h.
 */
#ifndef RASD_FIGURES_INT_H
#define RASD_FIGURES_INT_H

#include <stddef.h>
#include <stdint.h>

#include "extract/events_int.h"

/* Counts and persons of one sentence considered (more are left out). */
/* The rank of a casualty word no figure reaches. */
/*
 * The Arabic article, written onto its word: morphology, as the article
 * the tokeniser peels (text/segment.c), closed grammar (docs/DESIGN.md).
 * Onto a number ("الـ55", "الأسرى الـ4") it makes a unit's number or
 * people already counted, no new count (figures_members.c); onto
 * "الشهيد" after a title, an honorific (figures_persons.c).
 */
#define ARTICLE "ال"

#define OUT_OF_REACH 1000
#define MAX_MEMBERS 64
/* Duals of persons of one sentence read (more are left out). */
#define MAX_DUALS 8

/* Why a member is no figure: it counts no people (things, time, no one), or a toll of another time. */
enum { SKIP_NOT = 0, SKIP_COUNT, SKIP_TOLL };

/* A count or a person the sentence names, and what binds it. */
struct member {
	uint32_t tok_start, tok_end;    /* the number expression, or the person's noun */
	const struct rasd_number *n;    /* the count, or NULL for a person (one) */
	const char *who;                /* a person's group */
	uint32_t cue;                   /* the subset word that opens its part, or UINT32_MAX */
	int list;                       /* index of the first member of its list */
	int kind;                       /* casualty kind, or -1 */
	int rank;                       /* how near its casualty word is (lower nearer) */
	uint32_t cas_tok;               /* the casualty word */
	uint8_t cas_noun;               /* ... is a noun ("جريح"), not a verb */
	uint8_t near;                   /* ... stands right beside it */
	uint8_t own;                    /* ... is its own word or noun ("قتيلين", "14 قتيلا") */
	uint8_t part;                   /* a part of a toll */
	uint8_t named;                  /* a person named after the noun ("leader Abu Bakr") */
	uint8_t skip;                   /* not a figure (things, a period, a zero ...): SKIP_* */
	uint8_t risen;                  /* a word of rising before it, risen to or governed by "before": risen_to() */
	uint8_t more;                   /* persons of its group and list after it, counted with it */
	const struct rasd_number *kin;  /* a count of kin after them, counted with them ("and her 3 children") */
	uint8_t zero;                   /* a count of nobody ("no one was killed"): rasdp_zero_quantity() */
};

/* What one sentence counts. */
struct counting {
	const struct rasdp_ctx *c;
	const struct rasdp_sent *si;
	const struct rasd_sentence *st;
	struct member m[MAX_MEMBERS];
	size_t n;
	struct rasd_number dual[MAX_DUALS];   /* the counts duals of persons make */
	size_t ndual;
	uint32_t earlier;               /* the first word of an earlier toll, or UINT32_MAX */
	int apart;                      /* a word of another happening opens the sentence */
};

/* ---- figures_members.c ------------------------------------------- */

/* Does number `n` count (no date, ordinal, percentage, "الـ55")? */
int rasdp_is_count(const struct rasd_doc *d, const struct rasd_number *n);
/* Is number `n` an age ("aged 4", "بعمر 7 و9 سنوات", "يبلغ من العمر 35 عاما")? */
int rasdp_is_age(const struct rasd_doc *d, const struct rasd_number *n);
/* Is the word at `t`, or number `n` there, joined to what precedes by و/and? */
int rasdp_conj_before(const struct rasd_doc *d, uint32_t t, const struct rasd_number *n);
/* Does a word starting at `start` follow one ending at `end`, right after or across و/and/or? */
int rasdp_word_follows(const struct rasd_doc *d, uint32_t end, uint32_t start);
/* The number expression token `t` is inside, or NULL. */
const struct rasd_number *rasdp_number_at(const struct rasd_doc *d, uint32_t t);
/* Does a casualty word start in tokens [a, b) of sentence `s`? */
int rasdp_casualty_in(const struct rasdp_ctx *c, const struct rasdp_sent *s, uint32_t a,
		      uint32_t b);
/* Does a group of people ("مدنيين", "civilians") start at token `t`? */
int rasdp_people_at(const struct rasdp_ctx *c, const struct rasdp_sent *s, uint32_t t);
/* Is word `t` joined to the word before it by a hyphen alone? */
int rasdp_hyphen_joined(const struct rasd_doc *d, uint32_t t);
/* Does an English noun at `t` name one person ("a soldier", "the attacker")? */
int rasdp_english_one(const struct rasd_doc *d, uint32_t t);
/* rasdp_english_one() past an actor's name right before `t` ("a Nusra Front leader"). */
int rasdp_one_past_actor(const struct counting *k, uint32_t t);
/*
 * The end of a person's noun phrase that ends at `t`, taking in the actor
 * it belongs to ("a commander of the Nusra Front", "عناصر من قوات النظام").
 */
uint32_t rasdp_affiliation_end(const struct counting *k, uint32_t t);
/*
 * The words in tokens [a, b): an abbreviation written with full stops the
 * segmenter did not take for a sentence's end ("U.S.", "U.N.") is one.
 */
uint32_t rasdp_words_in(const struct rasd_doc *d, uint32_t a, uint32_t b);
/* Add a member in token order; 0, or -1 when full or already there. */
int rasdp_add_member(struct counting *k, const struct member *x);
/* The duals of persons of the sentence, each a count of two. */
void rasdp_find_duals(struct counting *k);
/* The persons of the sentence: nouns naming one, and "one of" a group. */
void rasdp_find_persons(struct counting *k);

/* ---- figures_casualty.c ------------------------------------------ */

/* The kind of casualty word `m`, with the idioms read whole. */
int rasdp_casualty_kind(const struct counting *k, const struct rasd_match *m);
/* The casualty word of count `x` (the decision): x->kind, rank, near, cas_tok. */
void rasdp_bind_casualty(const struct counting *k, struct member *x);
/* Does casualty word `m` count people of its own right after it ("بعد مقتل 2"), not `x`? */
int rasdp_counts_own(const struct counting *k, const struct rasd_match *m, const struct member *x);

/* The next casualty word of the sentence after match index `*i`, other than `best_m`; NULL past the last (start: k->si->m_first). */
const struct rasd_match *rasdp_other_casualty(const struct counting *k,
					      const struct rasd_match *best_m, size_t *i);

/* ---- figures_tail.c ---------------------------------------------- */

/* Does a verb of its phrase stand before casualty tail `m`, its object between ("took 3 | into custody")? */
int rasdp_tail_has_verb(const struct counting *k, const struct rasd_match *m);

/* ---- figures_reach.c --------------------------------------------- */

/*
 * The tokens after member `x`, up to casualty verb at `b`, that its people
 * and the whole phrases describing them take ("20 students | from a
 * university | in the city have been killed": the first two); 0 when no
 * whole phrase is passed over.
 */
int rasdp_subject_reach(const struct counting *k, const struct member *x, uint32_t b);

/* ---- figures_pair.c ---------------------------------------------- */

/*
 * Is there, beside casualty word `best_m` of kind `best` (killed or
 * wounded) and on the same side of member `x`, a word of the other kind
 * counting no number of its own ("مقتل وإصابة 218", "kills, injures 40")?
 */
int rasdp_killed_and_wounded(const struct counting *k, const struct member *x,
			     const struct rasd_match *best_m, int best);

/* ---- figures_died.c ---------------------------------------------- */

/* Does a verb of dying befall the wounded member `x` names by word `w` ("two first reported wounded later died")? */
int rasdp_wounded_died(const struct counting *k, const struct member *x,
		       const struct rasd_match *w);

/* ---- figures_persons.c ------------------------------------------- */

/*
 * The end of the asides set off after a person, before the verb that tells
 * what befell them ("the envoy, Ali Haddad, was wounded"), or `t`.
 */
uint32_t rasdp_person_aside_end(const struct counting *k, uint32_t t);
/* Does a casualty verb (no noun: "was killed", also the participle "wounded") start at token `t`? */
int rasdp_casualty_verb_at(const struct counting *k, uint32_t t);
/* The casualty word beside person `x`: x->kind, rank, cas_tok. */
void rasdp_person_casualty(const struct counting *k, struct member *x);
/* The end of an English name starting at `t` (capitalised words, "al-X"), or `t`. */
uint32_t rasdp_name_end(const struct counting *k, uint32_t t);
/* The English names of the sentence that are persons: members of the people. */
void rasdp_find_named(struct counting *k);
/* Fold "one of" a group set off after a person into that person. */
void rasdp_fold_appositions(struct counting *k);

/* ---- figures_excluded.c ------------------------------------------ */

/* Is member `x` a toll of a period, of the whole war or of no violence? */
int rasdp_not_of_event(const struct counting *k, const struct member *x);
/* Does number `n` count things, time or a unit's size, not people? */
int rasdp_counts_things(const struct rasdp_ctx *c, const struct rasdp_sent *s,
			const struct rasd_number *n);
/* Does number `n` pick from things ("one of the deadliest attacks")? */
int rasdp_picks_things(const struct rasdp_ctx *c, const struct rasdp_sent *s,
		       const struct rasd_number *n);
/* "no one was hurt": a negator right before the quantity at `t`. */
int rasdp_zero_quantity(const struct counting *k, uint32_t t);
/* A side's loss of its own people before the count of `x` ("lost 13 of its fighters"): its verb in *t. */
int rasdp_side_lost(const struct counting *k, const struct member *x, uint32_t *t);
/* Is casualty word `m` a verdict of death passed, no killing ("sentenced five men to death")? */
int rasdp_verdict_only(const struct counting *k, const struct rasd_match *m);
/* Were the people of `x` saved ("pulled 10 people alive", "أنقذ 10 أشخاص")? */
int rasdp_rescued(const struct counting *k, const struct member *x);
int rasdp_released(const struct counting *k, const struct member *x);
/* Are the dead of `x` remains handed over or brought home ("the remains of 12 were handed over")? */
int rasdp_remains_returned(const struct counting *k, const struct member *x);

/* ---- figures_parts.c --------------------------------------------- */

/* Has count `x` a verb of its own after it and its people ("20 students were evacuated")? */
int rasdp_own_verb(const struct counting *k, const struct member *x);
/* Link the members into lists and mark the parts of a toll. */
void rasdp_link_lists(struct counting *k);
/* The people of `x` and the places they come from, up to casualty word `b` ("40 fighters from A, B and C"); 0 if none. */
int rasdp_origin_len(const struct counting *k, const struct member *x, uint32_t b);
/* Bind every member: its own word, its toll's, or its list's. */
void rasdp_bind_members(struct counting *k);

/* ---- figures.c --------------------------------------------------- */

/* Is sentence `s` in the title line (headlines drop their articles)? */
int rasdp_in_title(const struct rasd_doc *d, uint32_t s);
/* What sentence `s` counts: its members, linked, those no figure marked. */
void rasdp_count_sentence(const struct rasdp_ctx *c, uint32_t s, struct counting *k);

/* figures_aside.c: what stands between a count and its casualty word and does not part them */

/* The quotation marks among tokens [a, b). */
int rasdp_quotes_within(const struct rasd_doc *d, uint32_t a, uint32_t b);
/*
 * The length in tokens within [a, b) of an aside set off by commas that
 * names a part of the count before it ("five civilians, including two
 * children, were killed"), what most of it were ("28 people, mostly
 * civilians,"), a relative clause, or the quotation mark that quotes the
 * count with it; or 0.
 */
int rasdp_aside_len(const struct rasd_doc *d, uint32_t a, uint32_t b);
/*
 * The subject before casualty word `b` that is no distance to it: the
 * group of count `x` with its affiliation ("12 members of the X group"),
 * or before a verb its people and the phrases describing them.
 */
int rasdp_subject_len(const struct counting *k, const struct member *x, uint32_t b, int noun);
/* Like rasdp_clause_clear(), but an aside naming a part of the count is passed over. */
int rasdp_clause_clear_aside(const struct rasd_doc *d, uint32_t a, uint32_t b);

#endif
