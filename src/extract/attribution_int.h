/*
 * attribution_int.h - declarations shared by the files that decide who
 * speaks (stage 6, events_int.h): what a source mention stands for
 * (source_mentions.c), the report's own voice and the holders of sources
 * (source_holders.c), the speaker of each sentence (sentence_speaker.c),
 * and which speaker owns a figure (source_decision.c, the candidates the
 * sentences around the figure's propose, source_context.c; what the marks
 * of the text say of its sentences, sentence_marks.c).  Their calls into
 * the other stages, and the other stages' into them, are in events_int.h.
 */
#ifndef RASD_ATTRIBUTION_INT_H
#define RASD_ATTRIBUTION_INT_H

#include <string.h>

#include "extract/events_int.h"

/* ---- source_mentions.c ------------------------------------------------- */

/* The country of actor `a`: its own, else its parent's; NULL for none. */
const char *rasdp_actor_country(const struct rasd_lexicon *lx, int32_t a);

/*
 * Is word `t` definite: in Arabic carrying the article (after any other
 * proclitic: "والمصدر"), in Latin script with "the" a few words before it
 * in its clause ("the UK-based war monitor")?
 */
int rasdp_definite(const struct rasd_doc *d, uint32_t t);

/*
 * Is match `i` the first of the source matches over its tokens?  A form
 * may name several sources ("وزارة الصحة": the ministries of several
 * countries, and a generic one); rasdp_mention_ref() chooses among them once.
 */
int rasdp_first_of_span(const struct rasd_doc *d, size_t i);

/*
 * Is the source match the inner speaker of a quoting verb, right after the
 * preposition that opens it ("نقلت سانا عن مصدر عسكري", "وسائل إعلام عبرية،
 * نقلا عن وسائل إعلام فلسطينية", "SANA, citing a military source": cues.tsv
 * `quote_prep`)?  It is the chain's next link, never the verb's head.
 */
int rasdp_inner_of_quote(const struct rasdp_ctx *c, const struct rasd_match *m);

/*
 * Does an English quoting verb of one word end right before token `t`
 * ("cited", "quoted": speech.tsv `quote`)?  What follows is its object,
 * the inner speaker ("Reuters cited a security source as saying").
 */
int rasdp_quoting_verb_before(const struct rasdp_ctx *c, uint32_t t);

/* Is the source match an addressee ("قالت لعنب بلدي", "told Reuters")? */
int rasdp_is_addressee(const struct rasdp_ctx *c, const struct rasd_match *m);

/*
 * Who the source mention at match `i` (the first over its tokens) stands
 * for, into `ref`: the entry the report means among those its form names
 * (choose_entry()); not a country-bound one when the text names another
 * country or owner beside it (then an unnamed speaker named by its words,
 * "وزارة الصحة اللبنانية"); a bare correspondent speaks for the outlet
 * named with it, else for the report's own outlet ("مراسلنا" is the
 * outlet, "مراسل سانا" is SANA).
 */
void rasdp_mention_ref(const struct rasdp_ctx *c, size_t i, struct rasd_srcref *ref);

/*
 * Does the source match name nobody by itself: a description naming again,
 * a part of a longer name, the first half of a compound modifier ("the
 * UN-backed government"), a verb after its subject ("SOHR reports")?
 */
int rasdp_no_mention(const struct rasdp_ctx *c, const struct rasd_match *m);

/*
 * Is the source or actor match part of a longer name that starts before
 * it: of another source ("source" in "a military source") or of an actor
 * ("Hezbollah" in "Kataib Hezbollah", "police" in "Turkish police")?  Then
 * it names nobody by itself.
 */
int rasdp_inside_longer(const struct rasd_doc *d, const struct rasd_match *m);

/*
 * The country of place `p` (places*.tsv `country`: "SY", "IQ" for a town of
 * Iraq whose id is a GeoNames one, "gn:94787"), or NULL.
 */
const char *rasdp_place_country(const struct rasd_lexicon *lx, int32_t p);

/* How often the report names country `cc` by a place or a source (not an actor). */
unsigned rasdp_place_votes(const struct rasdp_ctx *c, const char *cc);

/* Is match `j` a source match with the same tokens as match `i`? */
int rasdp_same_span(const struct rasd_doc *d, size_t i, size_t j);

/* `ref` := source `src` alone, spoken at orig bytes [start, end). */
void rasdp_set_source(const struct rasdp_ctx *c, struct rasd_srcref *ref, int32_t src,
		      uint32_t start, uint32_t end);

const char *rasdp_source_name(const struct rasdp_ctx *c, int32_t src);

/* Text of tokens [a, b) of the original, in the arena. */
const char *rasdp_span_text(struct rasd_doc *d, uint32_t a, uint32_t b);

void rasdp_vote(struct rasdp_country *tab, size_t *n, const char *cc);

/* ---- source_holders.c -------------------------------------------------- */

/* The source whose holder token `t` names by surname, or -1. */
int32_t rasdp_alias_at(const struct rasdp_ctx *c, uint32_t t);

/* Does a lexicon match of kind `k` start at token `t`? */
int rasdp_match_starts_kind(const struct rasd_doc *d, uint32_t t, enum rasd_lex_kind k);

/*
 * A speaker no lexicon entry names, standing by its proper name as the
 * subject of the English reporting verb at tokens [v_start, v_end) of
 * sentence `st` ("the Northern Rights Institute said", "..., said Karim
 * Haddad."): `ref` := that name, and 1; else 0.
 */
int rasdp_name_subject(const struct rasdp_ctx *c, const struct rasd_sentence *st,
		       uint32_t v_start, uint32_t v_end, struct rasd_srcref *ref);

/*
 * A body no lexicon entry names, by a noun phrase whose head is a noun of
 * organisations (cues.tsv `body`) standing as the subject of the saying
 * verb at tokens [v_start, v_end) of sentence `st`, or after "according
 * to" ("قالت لجنة أطباء السودان إن", "the local doctors' committee said"):
 * `ref` := that phrase, and 1; else 0.
 */
int rasdp_body_subject(const struct rasdp_ctx *c, const struct rasd_sentence *st,
		       uint32_t v_start, uint32_t v_end, struct rasd_srcref *ref);

/*
 * Is the subject of sentence `s`'s saying verb a pronoun standing right
 * before it ("In a later bulletin it said ...")?  A source after the verb
 * is then a word of what was said; the pronoun names a speaker again.
 */
int rasdp_pronoun_subject(const struct rasdp_ctx *c, const struct rasdp_sent *s);

/* Does a pronoun stand right before the English reporting verb at token `v`, a date between aside? */
int rasdp_pronoun_before(const struct rasd_doc *d, uint32_t v);

/*
 * Does a name stand right before the English reporting verb at token `v`
 * as its subject, a date between aside: a holder's surname or a
 * capitalised word of a proper name ("Ali said rescuers were searching")?
 * A source after the verb is then a word of what was said, as after a
 * pronoun.
 */
int rasdp_name_before(const struct rasdp_ctx *c, uint32_t v);

/* ---- sentence_speaker.c ------------------------------------------------ */

/*
 * A sentence may set two speakers against each other: "فبينما أكد المرصد
 * أن ... نحو 100، أكدت مصادر سورية رسمية أن عدد القتلى بلغ 81"; "X said
 * 20 were killed, while Y said 12"; "اعتقلت قوات النظام 12 شابا، وفق ما
 * أفاد به ناشطون، فيما نفت مصادر رسمية ...".  The source standing next to
 * the reporting verb nearest before the figure at token `tok` (or, with
 * none before, nearest after it when the sentence has more than one verb)
 * as its subject, or NULL.  When that verb's subject is an actor or a
 * holder speaking as itself ("بينما اعترف جيش الاحتلال بإصابة جندي، أكدت
 * قناة الجزيرة ..."), NULL and *voice_verb (unless `voice_verb` is NULL)
 * is the verb; else *voice_verb is NULL.
 */
const struct rasd_match *rasdp_clause_subject(const struct rasdp_ctx *c, const struct rasdp_sent *s,
					      uint32_t tok, const struct rasd_match **voice_verb);

/*
 * Does source match `m` name the speaker of line `st` like a headline
 * does: opening it before a colon ("Syrian TV: 13 killed in ..."), or
 * closing it after a colon or a dash ("Six fighters killed in Raqqa: SDF",
 * "... - state media")?
 */
int rasdp_headline_credit(const struct rasd_doc *d, const struct rasd_match *m,
			  const struct rasd_sentence *st);

/*
 * Are token `t` and the figure at token `tok` both inside one quotation of
 * their sentence that opened before `t` (a statement's own words: "أصدر
 * الدفاع المدني بيانا: “وفقًا للتقارير الأولية، قتل 15”" - the reports are
 * the statement's, not a speaker of the figure)?
 */
int rasdp_quoted_with(const struct rasd_doc *d, uint32_t t, uint32_t tok);

/*
 * No source by the verb: an actor standing as its subject ("the SDF said",
 * "وقالت قسد") speaks with its own voice or its name; else the holder of a
 * source named by surname next to it ("Akbari said", "وقال أكبري").  1 and
 * `ref` filled, else 0.
 */
int rasdp_unnamed_speaker(const struct rasdp_ctx *c, const struct rasd_sentence *st,
			  const struct rasdp_sent *s, uint32_t v_start, uint32_t v_end,
			  struct rasd_srcref *ref);

/*
 * Does source match `m` head the subject of the English reporting verb at
 * token `v`, the words between being a modifier after it: "the health
 * ministry of the U.N.-backed government in the capital said", "the
 * spokesman for the army in the south said"?  The modifier opens with a
 * preposition (cues.tsv `part_prep`, `speaker_in`, `based`) right after
 * the head, holds no clause break (the full stops of "U.N." are none), no
 * reporting verb and no casualty word, and the head opens its clause (a
 * few words of determiner or adjective before it at most).  The sources
 * inside the modifier are not the speaker.
 */
int rasdp_postmod_head(const struct rasdp_ctx *c, const struct rasdp_sent *s,
		       const struct rasd_match *m, uint32_t v);


/*
 * Does the "according to" or quoting frame `frame` follow the text it
 * carries ("a statement carried by SANA", "بيان نقلته وكالة سانا": cues.tsv
 * `utterance`)?  Then it names that text's medium: no reporting verb of
 * its sentence, nor a source relaying the speaker.
 */
int rasdp_carried_text(const struct rasd_doc *d, const struct rasd_match *frame);
/*
 * Where the subject of the English reporting verb at token `v` ends when a
 * parenthesis set off by commas stands between them ("The Observatory,
 * which relies on a network of sources, said"; "Karim Haddad, a resident,
 * said"): the token of the opening comma; `v` itself when there is none.
 */
uint32_t rasdp_subject_end(const struct rasd_doc *d, uint32_t v);

/* Does sentence `st` open with a pronoun speaking ("He added", "It said": cues.tsv `pronoun`, `pronoun_verb`)? */
int rasdp_pronoun_speaks(const struct rasd_doc *d, const struct rasd_sentence *st);

/* ---- sentence_marks.c -------------------------------------------------- */

/*
 * Does sentence `s` recall an earlier time: a background cue of
 * negation.tsv ("منذ اندلاع الحرب", "during the civil war"), or a date
 * that ended a month or more before the report was published ("in 2017",
 * "في نيسان الماضي")?  Nobody's speech carries into it.
 */
int rasdp_background_sentence(const struct rasdp_ctx *c, uint32_t s);

/* Does sentence `s` end at a mark that ends sentences (not at a bare line break)? */
int rasdp_ends_closed(const struct rasd_doc *d, uint32_t s);

/* Is there a line break in the text between sentences `a` and `a + 1`? */
int rasdp_line_break_after(const struct rasd_doc *d, uint32_t a);

/* Are tokens [a, b) all marks (or none)? */
int rasdp_only_punct(const struct rasd_doc *d, uint32_t a, uint32_t b);


/*
 * Is a quotation open at token `to`, counting the quotation marks from
 * token `from` ("“ ... ”", "« ... »", a straight '"' opening and closing in
 * turn)?
 */
int rasdp_quote_open(const struct rasd_doc *d, uint32_t from, uint32_t to);

/* Do tokens `a` and `b` share a match key (the word, or it with its proclitics peeled)? */
int rasdp_same_word(const struct rasd_doc *d, uint32_t a, uint32_t b);

/* ---- source_decision.c ------------------------------------------------- */

/*
 * The features of the source decision, which describe each candidate
 * speaker of a figure (source_decision.c says what they stand for,
 * data/models/source.tsv weighs them).
 */
enum {
	SF_BIAS, SF_OUTLET, SF_HERE, SF_NO_VERB, SF_VERB_DIST, SF_ACCORDING_BEFORE,
	SF_VERB_BREAK, SF_CLAUSE_VERB, SF_VOICE, SF_HEADLINE, SF_AFTER, SF_FIG_DIST,
	SF_FIG_BREAK, SF_QUOTE, SF_CARRIED, SF_SENTS_BACK, SF_PARA_BREAK, SF_BARE_VERB,
	SF_GOES_ON, SF_OTHER_SUBJECT, SF_INTERVENING, SF_STATEMENT, SF_ANAPHOR,
	SF_BACKGROUND, SF_NEXT, SF_WRAPPED, SF_LEAD, SF_RELAYS, SF_AGREES, SF_MENTIONED,
	SF_CREDIT, SF_CONTRAST, SF_QUOTE_CLOSES, SF_HEAD_DESC, SF_PRONOUN, SF_QUOTE_PARA, SF_CLOSING, SF_LIST, SF__COUNT
};

/* Candidates of one figure at most (more are not proposed). */
#define MAX_CANDS 24

struct cand {
	struct rasd_srcref ref;  /* the speaker proposed */
	float x[SF__COUNT];      /* its features */
};

/*
 * A new candidate for `ref` at cs[*n], its features cleared but the bias;
 * NULL when there are MAX_CANDS already.
 */
static inline struct cand *new_cand(struct cand *cs, size_t *n, const struct rasd_srcref *ref)
{
	struct cand *k;

	if (*n >= MAX_CANDS)
		return NULL;
	k = &cs[(*n)++];
	memset(k, 0, sizeof(*k));
	k->ref = *ref;
	k->x[SF_BIAS] = 1;
	return k;
}

/* ---- source_context.c -------------------------------------------------- */

/*
 * The candidates the sentences around a figure's own propose for its
 * speaker, each added to cs[*n] with its features (none past MAX_CANDS),
 * for the figure at token `tok` of sentence `s`:
 */

/* The speakers of the sentences before `s`, nearest first, each voice once. */
void rasdp_propose_carried(const struct rasdp_ctx *c, uint32_t s, uint32_t tok,
			   struct cand *cs, size_t *n);

/* The poster of an embedded post whose credit line follows the figure on its line. */
void rasdp_propose_credit_here(const struct rasdp_ctx *c, uint32_t s, uint32_t tok,
			       struct cand *cs, size_t *n);

/* The speaker named in the sentence after `s`, when `s` has no reporting verb of its own. */
void rasdp_propose_next(const struct rasdp_ctx *c, uint32_t s, uint32_t tok, struct cand *cs,
			size_t *n);

/* The speaker named after the quotation the figure is in closes, a few sentences on. */
void rasdp_propose_quote_closer(const struct rasdp_ctx *c, uint32_t s, uint32_t tok,
				struct cand *cs, size_t *n);

/* For a headline whose speaker is a description, the body's first source it fits. */
void rasdp_propose_head_desc(const struct rasdp_ctx *c, uint32_t s, struct cand *cs, size_t *n);

#endif
