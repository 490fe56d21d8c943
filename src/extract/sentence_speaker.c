/*
 * sentence_speaker.c - who speaks each sentence (the first pass), and
 * the subjects of reporting verbs the source decision asks about.
 *
 * A sentence's speaker (rasdp_sentence_speaker()) is the source nearest
 * its reporting verb (speech.tsv) that speaks where it stands
 * (source_mentions.c); "according to X" looks after the verb.  When none
 * speaks by the first verb (a frame "In a statement," far from its
 * subject), a source standing right by another saying verb as its subject
 * speaks.  With no
 * source there, an actor standing as the verb's subject speaks as itself
 * (rasdp_actor_ref()), and a source's holder named earlier by title and
 * name (or by name and title, or by a name the lexicon knows) speaks by
 * surname ("Akbari said": source_holders.c).  A quoting verb adds the
 * inner speaker after "عن"/"citing" to the chain ("Reuters -> a Russian
 * officer").  Without one of its own, a sentence with a bare reporting
 * verb ("the agency said") takes the last named speaker within four
 * sentences, one going on ("وأضاف", "he added", a sentence opening in
 * contrast: cues.tsv `continuation`, `pronoun`, `contrast`) the speaker
 * right before it; none carries into a sentence recalling an earlier
 * time.  A reporting verb of a relative clause whose subject is named
 * ("..., which the United States says ...") is no verb of the sentence:
 * its subject speaks only for a figure inside that clause.  Anything else
 * is the outlet's own voice.  Participants take
 * their sentence's speaker; the figures' owners are the source decision's
 * (source_decision.c).
 */
#include <string.h>

#include "extract/attribution_int.h"

#include "base/banned.h"

/*
 * How many sentences after a named speaker a bare "the agency said" takes
 * it as the sentence's speaker (participants; figures weigh the distance).
 */
#define LAST_SOURCE_REACH 4

/*
 * After a quoting verb's head source, "عن <speaker>" / "citing <speaker>"
 * names the inner speaker: a lexicon source if one starts there, else up
 * to four words of description ("ضابط روسي", "اللواء الروسي أوليغ إيغوروف").
 */
static void add_inner_speaker(const struct rasdp_ctx *c, const struct rasdp_sent *s,
			      struct rasd_srcref *ref, uint32_t from, uint32_t to)
{
	struct rasd_doc *d = c->d;
	uint32_t t, u;
	size_t i;

	if (from > 0 && from < to && rasdp_quoting_verb_before(c, from)) {
		t = from;       /* "cited a security source as saying" */
		while (t + 1 < to && (rasdp_cue(d, t, RASD_CUE_ARTICLE) || rasdp_cue(d, t, RASD_CUE_INDEFINITE)) &&
		       !rasdp_match_starts_kind(d, t, RASD_LEX_SOURCE))
			t++;
	} else {
		for (t = from; t < to && t < from + 8; t++) {
			if (rasdp_is_break(d, t))
				return;
			if (rasdp_cue(d, t, RASD_CUE_QUOTE_PREP))
				break;
		}
		if (t >= to || t >= from + 8)
			return;
		t++;
	}
	if (ref->nchain >= RASD_MAX_CHAIN)
		return;
	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);

		if (m->kind == RASD_LEX_SOURCE && m->tok_start >= t && m->tok_start <= t + 1) {
			ref->chain[ref->nchain++] = rasdp_source_name(c, (int32_t)m->entry);
			return;
		}
	}
	for (u = t; u < to && u < t + 4; u++) {
		/* Stop at the verb that introduces the speech ("قوله"). */
		if (rasdp_is_punct(d, u) || rasdp_cue(d, u, RASD_CUE_SPEAKER_END))
			break;
	}
	if (u > t)
		ref->chain[ref->nchain++] = rasdp_span_text(d, t, u);
}

/*
 * Is the name at token `t` governed by "من", "of" (cues.tsv `victims_of`,
 * over an article): "تسعة عناصر من الشرطة العراقية أعلن لاحقا", "a member
 * of the SDF said" - a part of it is meant, not the actor speaking?
 */
static int of_others(const struct rasd_doc *d, uint32_t t)
{
	if (t > 0 && rasdp_cue(d, t - 1, RASD_CUE_ARTICLE))
		t--;
	return t > 0 && rasdp_cue(d, t - 1, RASD_CUE_VICTIMS_OF);
}

/* Words a subject and its verb may stand apart by a parenthesis, at most. */
#define PARENTHESIS_MAX 30

/*
 * Where the subject of the English reporting verb at token `v` ends when a
 * parenthesis set off by commas stands between them ("The Observatory,
 * which relies on a network of sources, said"; "The official, who spoke on
 * condition of anonymity, said"; "Gaza's Health Ministry, run by Hamas,
 * said"): the token of the opening comma.  `v` itself when there is none.
 */
uint32_t rasdp_subject_end(const struct rasd_doc *d, uint32_t v)
{
	uint32_t s0 = d->sents[d->toks[v].sent].tok_start, t;

	if (!(d->toks[v].flags & RASD_TOKF_LATIN) || v < s0 + 3 || !rasdp_tok_is_punct(d, v - 1, ','))
		return v;
	for (t = v - 2; t > s0 && v - t <= PARENTHESIS_MAX; t--)
		if (rasdp_tok_is_punct(d, t, ','))
			return t;
	return v;
}

/* Words between a subject's head and its verb, at most ("the ministry of ... said"). */
#define POSTMOD_MAX 20
/* Words before a subject's head in its clause, at most ("the Gaza-based"). */
#define PREMOD_MAX 4

/* Is token `t` the full stop of an abbreviation: after one letter, touching it ("U.N.", "U.S.")? */
static int abbrev_stop(const struct rasd_doc *d, uint32_t t)
{
	return t > 0 && rasdp_tok_is_punct(d, t, '.') && d->toks[t - 1].end == d->toks[t].start &&
	       d->toks[t - 1].kind == RASD_TOK_WORD && d->toks[t - 1].end - d->toks[t - 1].start == 1;
}

/* rasdp_postmod_head() (attribution_int.h): "the ministry of the U.N.-backed government said" */
int rasdp_postmod_head(const struct rasdp_ctx *c, const struct rasdp_sent *s,
		       const struct rasd_match *m, uint32_t v)
{
	const struct rasd_doc *d = c->d;
	uint32_t t = m->tok_end, s0 = d->sents[d->toks[v].sent].tok_start, b, u;
	size_t i;

	if (!(d->toks[v].flags & RASD_TOKF_LATIN) || t >= v || v - t > POSTMOD_MAX || t + 1 >= v)
		return 0;
	if (!rasdp_cue(d, t, RASD_CUE_PART_PREP) && !rasdp_cue(d, t, RASD_CUE_SPEAKER_IN) &&
	    !rasdp_cue(d, t, RASD_CUE_BASED))
		return 0;
	for (b = t; b < v; b++)
		if (rasdp_is_break(d, b) && !abbrev_stop(d, b))
			return 0;
	for (b = m->tok_start; b > s0 && !rasdp_is_break(d, b - 1); b--)
		;
	if (m->tok_start - b > PREMOD_MAX)
		return 0;
	/* no count before the head: "killed 20 civilians on Monday ..., X reported" */
	for (u = b; u < m->tok_start; u++)
		if (d->toks[u].kind == RASD_TOK_NUM)
			return 0;
	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *x = rasdp_match_at(c, i);

		if (x->tok_start >= (x->kind == RASD_LEX_CASUALTY ? b : t) && x->tok_start < v &&
		    (x->kind == RASD_LEX_SPEECH || x->kind == RASD_LEX_CASUALTY))
			return 0;
	}
	return 1;
}

/*
 * Words between a subject ending at token `a` and its verb at token `b`,
 * the words of a date aside ("the rebels on Sunday claimed": one word).
 */
static uint32_t subject_gap(const struct rasd_doc *d, uint32_t a, uint32_t b)
{
	uint32_t t, n = 0;

	for (t = a; t < b; t++)
		n += !rasdp_in_date(d, t);
	return n;
}

/*
 * An actor standing as subject of reporting verb `v`, or NULL: right before
 * it, or heading it with a modifier after it (rasdp_postmod_head()).
 */
const struct rasd_match *rasdp_actor_subject(const struct rasdp_ctx *c, const struct rasdp_sent *s,
					     uint32_t v_start, uint32_t v_end)
{
	struct rasd_doc *d = c->d;
	size_t i;

	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);

		if (m->kind != RASD_LEX_ACTOR || of_others(d, m->tok_start))
			continue;
		if (m->tok_end == rasdp_subject_end(d, v_start) && m->tok_end < v_start)
			return m;
		/* "police in the city said": a modifier after the head */
		if (rasdp_postmod_head(c, s, m, v_start))
			return m;
		if ((m->tok_end <= v_start && subject_gap(d, m->tok_end, v_start) <= 1 &&
		     rasdp_clause_clear(d, m->tok_end, v_start)) ||
		    (!(d->toks[v_start].flags & RASD_TOKF_LATIN) && m->tok_start >= v_end &&
		     m->tok_start - v_end <= 1 && rasdp_clause_clear(d, v_end, m->tok_start)))
			return m;
	}
	return NULL;
}

/* Words of a relative clause's subject before its verb, at most ("which the United States"). */
#define RELATIVE_SUBJECT_MAX 10

/*
 * Does a source or an actor stand at token `a` and end right at token `e`
 * (`a` past an article: "the United States")?
 */
static int named_span(const struct rasd_doc *d, uint32_t a, uint32_t e)
{
	size_t i;

	for (i = rasdp_match_from(d, a); i < d->nmatches && d->matches[i].tok_start == a; i++)
		if ((d->matches[i].kind == RASD_LEX_SOURCE || d->matches[i].kind == RASD_LEX_ACTOR) &&
		    d->matches[i].tok_end == e)
			return 1;
	return a + 1 < e && rasdp_cue(d, a, RASD_CUE_ARTICLE) && named_span(d, a + 1, e);
}

/*
 * Is reporting verb `m` the verb of a relative clause whose subject is a
 * named source or actor: "a strike which the United States says was
 * Russian", "the town, which Damascus says it holds", "القرية التي قالت
 * وزارة الدفاع إنها ..." (cues.tsv `relative`)?  Its subject speaks for
 * its own clause only, never for the sentence.  Not a "that" after a
 * reporting verb ("said that the ministry says": a content clause).
 */
/* The relative pronoun that opens the clause of reporting verb `m` (relative_verb()), or UINT32_MAX. */
static uint32_t relative_of(const struct rasd_doc *d, const struct rasd_match *m)
{
	uint32_t v = m->tok_start, r;

	if (!(d->toks[v].flags & RASD_TOKF_LATIN))
		return v > 0 && rasdp_cue(d, v - 1, RASD_CUE_RELATIVE) &&
		       d->toks[v - 1].sent == d->toks[v].sent &&
		       (rasdp_match_starts_kind(d, m->tok_end, RASD_LEX_SOURCE) ||
			rasdp_match_starts_kind(d, m->tok_end, RASD_LEX_ACTOR)) ? v - 1 : UINT32_MAX;
	for (r = v; r > 0 && v - r <= RELATIVE_SUBJECT_MAX; r--) {
		uint32_t q = r - 1;

		if (rasdp_is_break(d, q) || d->toks[q].sent != d->toks[v].sent)
			return UINT32_MAX;
		if (!rasdp_cue(d, q, RASD_CUE_RELATIVE))
			continue;
		if (q > 0 && rasdp_match_starts_kind(d, q - 1, RASD_LEX_SPEECH))
			return UINT32_MAX;
		return named_span(d, r, v) ? q : UINT32_MAX;
	}
	return UINT32_MAX;
}

static int relative_verb(const struct rasd_doc *d, const struct rasd_match *m)
{
	return relative_of(d, m) != UINT32_MAX;
}

/*
 * Is match `m` a reporting verb: a speech.tsv match, not an Arabic word
 * carrying the article ("التابع لسلاح الجو" is "affiliated to", not the
 * verb "تابع"; a verb never takes the article) unless it is an "according
 * to" frame ("الصادرة عن")?  An "according to" frame that names the
 * medium of a text before it ("a statement carried by SANA") is none.
 */
static int reporting_verb_read(const struct rasdp_ctx *c, const struct rasd_match *m)
{
	const struct rasd_doc *d = c->d;

	if (relative_verb(d, m))
		return 0;
	if (rasdp_lex_speech(c->lx, m->entry)->kind == RASD_SPEECH_ACCORDING)
		return !rasdp_carried_text(d, m);
	if (!(d->toks[m->tok_start].flags & RASD_TOKF_LATIN))
		return !rasdp_definite(d, m->tok_start);
	/* "70 of them confirmed dead", "reported killed": a participle of the figure */
	return !rasdp_match_starts_kind(d, m->tok_end, RASD_LEX_CASUALTY);
}

/*
 * reporting_verb_read() of match `m` (one of c->d->matches): its words
 * alone decide, and the speaker's search asks each verb of a sentence at
 * every figure, so the answer is kept a match (c->cue_seen[].verb).
 */
static int reporting_verb(const struct rasdp_ctx *c, const struct rasd_match *m)
{
	uint8_t *verb;

	if (m->kind != RASD_LEX_SPEECH)
		return 0;
	if (!c->cue_seen)
		return reporting_verb_read(c, m);
	verb = &c->cue_seen[m - c->d->matches].verb;
	if (!*verb)
		*verb = (uint8_t)(1 + reporting_verb_read(c, m));
	return *verb == 2;
}

/* The reporting verb that decides a sentence's speaker. */
struct verb {
	int kind;                  /* enum rasd_speech_kind, or -1: none */
	uint32_t start, end;       /* its tokens */
};

/* Tokens after a relaying verb its source stands within. */
#define RELAY_REACH 3

/*
 * Does a source stand right after relaying verb `m` ("نقلت وكالة الأنباء
 * عن ...", "نقلا عن المرصد", "citing the ministry"), no clause break
 * between?  A bare "نقلت" with none is more often "took" ("نقلت
 * الإصابات إلى المستشفى") and does not replace the sentence's verb.
 */
static int relays_source(const struct rasdp_ctx *c, const struct rasdp_sent *s,
			 const struct rasd_match *m)
{
	size_t i;

	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *x = rasdp_match_at(c, i);

		if (x->kind == RASD_LEX_SOURCE && x->tok_start >= m->tok_end &&
		    x->tok_start - m->tok_end <= RELAY_REACH &&
		    rasdp_clause_clear(c->d, m->tok_end, x->tok_start))
			return 1;
	}
	return 0;
}

/*
 * The sentence's reporting verb: the first, unless a quoting or denying
 * verb comes later (it decides the chain or the polarity); a denial word
 * of negation.tsv counts as a denying verb.  Sets s->speech and s->deny.
 */
static void find_verb(const struct rasdp_ctx *c, struct rasdp_sent *s, struct verb *v)
{
	size_t i;

	v->kind = -1;
	v->start = v->end = 0;
	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);

		if (reporting_verb(c, m)) {
			int k = rasdp_lex_speech(c->lx, m->entry)->kind;

			if (v->kind < 0 || k == RASD_SPEECH_DENY ||
			    (k == RASD_SPEECH_QUOTE &&
			     (v->kind != RASD_SPEECH_SAY || relays_source(c, s, m)))) {
				v->kind = k;
				v->start = m->tok_start;
				v->end = m->tok_end;
			}
			s->speech = 1;
			if (k == RASD_SPEECH_DENY)
				s->deny = 1;
		} else if (m->kind == RASD_LEX_NEGATION &&
			   rasdp_lex_negation(c->lx, m->entry)->kind == RASD_NEG_DENY) {
			s->deny = 1;
			s->speech = 1;
			if (v->kind < 0) {
				v->kind = RASD_SPEECH_DENY;
				v->start = m->tok_start;
				v->end = m->tok_end;
			}
		}
	}
}

/*
 * The source mention nearest verb `v` that is not spoken to (its first
 * match), or -1; *score is minus its distance in tokens, less 20 when
 * "according to" has it before the verb and 5 across a clause break.
 */
static long nearest_source(const struct rasdp_ctx *c, const struct rasdp_sent *s,
			   const struct verb *v, int *score)
{
	const struct rasd_doc *d = c->d;
	long best = -1;
	size_t i;

	uint32_t se = rasdp_subject_end(d, v->start);

	*score = -1000;
	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);
		int dist, sc;

		if (m->kind != RASD_LEX_SOURCE || !rasdp_first_of_span(d, i) || rasdp_is_addressee(c, m) ||
		    rasdp_no_mention(c, m))
			continue;
		/* "X, which ..., said": X is the subject, what the parenthesis names is not */
		if ((se < v->start && m->tok_end == se) || (se == v->start && rasdp_postmod_head(c, s, m, v->start))) {
			*score = 0;
			return (long)i;
		}
		if (se < v->start && m->tok_start > se && m->tok_end <= v->start)
			continue;
		if (v->kind == RASD_SPEECH_SAY && m->tok_start >= v->end &&
		    (rasdp_pronoun_before(d, v->start) || rasdp_name_before(c, v->start)))
			continue;
		if (m->tok_end <= v->start)
			dist = (int)(v->start - m->tok_end);
		else if (m->tok_start >= v->end)
			dist = (int)(m->tok_start - v->end);
		else
			dist = 0;
		sc = -dist;
		/* "according to X", "بحسب X": X follows the verb. */
		if (v->kind == RASD_SPEECH_ACCORDING && m->tok_start < v->end)
			sc -= 20;
		/* "X نقلا عن Y", "X, citing Y": Y is the inner speaker */
		if (m->tok_start >= v->start && rasdp_inner_of_quote(c, m))
			sc -= 20;
		/*
		 * English puts the subject before the verb, or right after it
		 * ("said the ministry"): a source further on is what was said
		 * ("The army said 50 RSF fighters were killed").
		 */
		if ((d->toks[v->start].flags & RASD_TOKF_LATIN) && v->kind != RASD_SPEECH_ACCORDING &&
		    m->tok_start >= v->end + 3)
			sc -= 20;
		if (!rasdp_clause_clear(d, m->tok_end <= v->start ? m->tok_end : v->end,
					m->tok_end <= v->start ? v->start : m->tok_start))
			sc -= 5;
		if (sc > *score) {
			*score = sc;
			best = (long)i;
		}
	}
	return best;
}

/*
 * No source by the verb: an actor standing as its subject ("the SDF said",
 * "وقالت قسد") speaks with its own voice or its name; else the holder of a
 * source named by surname next to it ("Akbari said", "وقال أكبري"); else
 * a speaker by its proper name (rasdp_name_subject()), else a body by the
 * noun phrase of its kind (rasdp_body_subject()).  1 and `ref`
 * filled, else 0.
 */
int rasdp_unnamed_speaker(const struct rasdp_ctx *c, const struct rasd_sentence *st,
			   const struct rasdp_sent *s, uint32_t v_start, uint32_t v_end,
			   struct rasd_srcref *ref)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_match *am = rasdp_actor_subject(c, s, v_start, v_end);
	uint32_t t, lo = v_start > 2 ? v_start - 2 : 0;

	if (am) {
		rasdp_actor_ref(c, (int32_t)am->entry, am, ref);
		return 1;
	}
	for (t = lo; t < v_end + 2 && t < st->tok_end; t++) {
		int32_t a;

		if (t >= v_start && t < v_end)
			continue;
		if (t < st->tok_start)
			continue;
		a = rasdp_alias_at(c, t);
		if (a < 0)
			continue;
		rasdp_set_source(c, ref, a, d->toks[t].start, d->toks[t].end);
		return 1;
	}
	return rasdp_name_subject(c, st, v_start, v_end, ref) ||
	       rasdp_body_subject(c, st, v_start, v_end, ref);
}

/* The least score (nearest_source()) of a source that speaks by its verb. */
#define SOURCE_REACH (-12)

/* The least score of a source standing by another verb: right by it, no word between. */
#define OTHER_VERB_REACH (-1)

/*
 * No source speaks by the sentence's first reporting verb `v`: does one
 * stand right by another of its saying verbs as its subject ("In a
 * statement, the Kurdish-led Syrian Democratic Forces said:" - the frame
 * opening the sentence is too far from the subject of "said")?  Then `v`,
 * *best and *score are that verb's and its source's, and 1 (not after a
 * quoting verb: "quoted a source as saying" names the inner speaker).  A source a
 * word or more away is not taken: it is more often a word of what is said
 * ("on its Telegram channels the group said") than its speaker.
 */
static int other_verb_source(const struct rasdp_ctx *c, const struct rasdp_sent *s, struct verb *v,
			     long *best, int *score)
{
	size_t i;
	int found = 0;

	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);
		struct verb w;
		long b;
		int sc;

		if (m->tok_start == v->start || !reporting_verb(c, m) ||
		    rasdp_lex_speech(c->lx, m->entry)->kind != RASD_SPEECH_SAY)
			continue;
		w.kind = RASD_SPEECH_SAY;
		w.start = m->tok_start;
		w.end = m->tok_end;
		b = nearest_source(c, s, &w, &sc);
		if (b < 0 || sc < OTHER_VERB_REACH || (found && sc <= *score))
			continue;
		/* as its subject: before an English verb, after an Arabic one */
		if ((c->d->toks[w.start].flags & RASD_TOKF_LATIN) ?
		    rasdp_match_at(c, (size_t)b)->tok_end > w.start :
		    rasdp_match_at(c, (size_t)b)->tok_start < w.end)
			continue;
		{
			*v = w;
			*best = b;
			*score = sc;
			found = 1;
		}
	}
	return found;
}

/*
 * No speaker by the sentence's first reporting verb: does an actor or a
 * name stand as the subject of another of its saying verbs ("In a
 * statement, the YBS said ...": the frame opens the sentence and a comma
 * closes it, the actor is the subject of "said")?  Then that verb is the sentence's, `s->src`
 * its speaker, and 1.
 */
/* Words before a frame that opens its sentence, at most ("In a statement,"). */
#define FRAME_OPENS 3

static int other_verb_unnamed(const struct rasdp_ctx *c, const struct rasd_sentence *st,
			      struct rasdp_sent *s)
{
	size_t i;

	/* the frame opens the sentence, a comma closing it */
	if (s->v_start > st->tok_start + FRAME_OPENS)
		return 0;
	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);

		if (m->tok_start == s->v_start || m->tok_start < s->v_end || !reporting_verb(c, m) ||
		    rasdp_clause_clear(c->d, s->v_end, m->tok_start) ||
		    rasdp_lex_speech(c->lx, m->entry)->kind != RASD_SPEECH_SAY)
			continue;
		if (rasdp_unnamed_speaker(c, st, s, m->tok_start, m->tok_end, &s->src)) {
			s->vkind = RASD_SPEECH_SAY;
			s->v_start = m->tok_start;
			s->v_end = m->tok_end;
			return 1;
		}
	}
	return 0;
}

/*
 * Find the speaker of sentence `sent` (info `s`): the source nearest its
 * reporting verb, with the inner speaker of a quote.  Returns 1 when the
 * sentence names one, 2 when an unnamed speaker stands by the verb, else 0.
 */
static int attribute(const struct rasdp_ctx *c, struct rasdp_sent *s, uint32_t sent)
{
	const struct rasd_sentence *st = &c->d->sents[sent];
	struct verb v;
	long best;
	int score;

	find_verb(c, s, &v);
	s->stance = (uint8_t)rasdp_cue_between(c->d, st->tok_start, st->tok_end, RASD_CUE_STATEMENT);
	s->vkind = (int8_t)v.kind;
	s->v_start = v.start;
	s->v_end = v.end;
	if (!s->speech)
		return 0;
	best = nearest_source(c, s, &v, &score);
	if ((best < 0 || score < SOURCE_REACH) && v.kind != RASD_SPEECH_QUOTE &&
	    other_verb_source(c, s, &v, &best, &score)) {
		s->vkind = (int8_t)v.kind;
		s->v_start = v.start;
		s->v_end = v.end;
	}
	if (best < 0 || score < SOURCE_REACH)
		return rasdp_unnamed_speaker(c, st, s, v.start, v.end, &s->src) ||
		       other_verb_unnamed(c, st, s) ? 2 : 0;
	rasdp_mention_ref(c, (size_t)best, &s->src);
	if (s->src.source >= 0 && (v.kind == RASD_SPEECH_QUOTE || v.kind == RASD_SPEECH_SAY))
		add_inner_speaker(c, s, &s->src, v.end, st->tok_end);
	return 1;
}

/* The source standing as subject of reporting verb `v`, or NULL. */
const struct rasd_match *rasdp_verb_subject(const struct rasdp_ctx *c, const struct rasdp_sent *s,
					    const struct rasd_match *v)
{
	struct rasd_doc *d = c->d;
	size_t i;

	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);

		if (m->kind != RASD_LEX_SOURCE || rasdp_is_addressee(c, m) || rasdp_no_mention(c, m))
			continue;
		if (m->tok_start >= v->tok_end && rasdp_inner_of_quote(c, m))
			continue;
		/* before a parenthesis: "X, which ..., said"; before a modifier: "X of Y said" */
		if (m->tok_end < v->tok_start && (m->tok_end == rasdp_subject_end(d, v->tok_start) ||
						  rasdp_postmod_head(c, s, m, v->tok_start)))
			return m;
		/* right after it (Arabic; "according to X"), or right before it */
		if ((m->tok_start >= v->tok_end && m->tok_start - v->tok_end <= 2 &&
		     rasdp_clause_clear(d, v->tok_end, m->tok_start)) ||
		    (m->tok_end <= v->tok_start && v->tok_start - m->tok_end <= 2 &&
		     rasdp_clause_clear(d, m->tok_end, v->tok_start)))
			return m;
	}
	return NULL;
}

/*
 * Are token `t` and the figure at token `tok` both inside one quotation of
 * their sentence that opened before `t` (a statement's own words: "أصدر
 * الدفاع المدني بيانا: “وفقًا للتقارير الأولية، قتل 15”" - the reports are
 * the statement's, not a speaker of the figure)?
 */
int rasdp_quoted_with(const struct rasd_doc *d, uint32_t t, uint32_t tok)
{
	uint32_t u;

	if (t >= tok || !rasdp_quote_open(d, d->sents[d->toks[t].sent].tok_start, t))
		return 0;
	for (u = t; u < tok; u++)
		if (d->toks[u].flags & RASD_TOKF_QUOTE)
			return 0;
	return 1;
}

/*
 * Does an actor stand right by reporting verb `v` as its subject, with no
 * word between: before it ("the RSF said"), or after an Arabic verb
 * ("اعترف جيش الاحتلال")?  A source relaying the verb by an "according
 * to" frame later in the sentence ("أعلن الجيش ...، وفقا لما أوردته
 * صحيفة ...") makes that source the account's first link instead.
 */
static int actor_by_verb(const struct rasdp_ctx *c, const struct rasdp_sent *s,
			 const struct rasd_match *v)
{
	const struct rasd_match *am = rasdp_actor_subject(c, s, v->tok_start, v->tok_end);
	size_t i;

	if (!am || (am->tok_end != v->tok_start && am->tok_start != v->tok_end))
		return 0;
	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *f = rasdp_match_at(c, i);

		if (f->kind == RASD_LEX_SPEECH && f->tok_start > v->tok_end &&
		    rasdp_lex_speech(c->lx, f->entry)->kind == RASD_SPEECH_ACCORDING)
			return 0;
	}
	return 1;
}

/*
 * Is `v` the reporting verb of a relative clause (relative_verb()) that
 * holds the figure at token `tok`: after the verb, no clause break between,
 * and no other reporting verb before it in sentence `s`, whose speech the
 * figure may be (an Arabic relative clause ends at no mark)?
 */
static int in_relative_clause(const struct rasdp_ctx *c, const struct rasdp_sent *s,
			      const struct rasd_match *v, uint32_t tok)
{
	uint32_t q;
	size_t i;

	if (v->kind != RASD_LEX_SPEECH || v->tok_end > tok || !rasdp_clause_clear(c->d, v->tok_end, tok))
		return 0;
	q = relative_of(c->d, v);
	if (q == UINT32_MAX)
		return 0;
	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *x = rasdp_match_at(c, i);

		if (x->tok_end <= q && reporting_verb(c, x))
			return 0;
	}
	return 1;
}

/*
 * A sentence may set two speakers against each other: "فبينما أكد المرصد
 * أن ... نحو 100، أكدت مصادر سورية رسمية أن عدد القتلى بلغ 81"; "X said
 * 20 were killed, while Y said 12"; "اعتقلت قوات النظام 12 شابا، وفق ما
 * أفاد به ناشطون، فيما نفت مصادر رسمية ...".  The source standing next to
 * the reporting verb nearest before the figure at token `tok` (or, with
 * none before, nearest after it when the sentence has more than one verb)
 * as its subject, or NULL.  A verb whose subject is an actor or a holder
 * speaking as itself ("بينما اعترف جيش الاحتلال بإصابة جندي، أكدت قناة
 * الجزيرة ...") counts as well: then NULL, and *voice_verb (when not
 * NULL) is set to that verb; else it is set to NULL.
 */
const struct rasd_match *rasdp_clause_subject(const struct rasdp_ctx *c,
					       const struct rasdp_sent *s, uint32_t tok,
					       const struct rasd_match **voice_verb)
{
	struct rasd_doc *d = c->d;
	const struct rasd_match *best = NULL, *bv = NULL;
	uint32_t best_dist = UINT32_MAX;
	size_t i, nverbs = 0;

	uint32_t last_before = UINT32_MAX;   /* start of the reporting verb nearest before the figure */

	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *v = rasdp_match_at(c, i);

		if (!reporting_verb(c, v))
			continue;
		nverbs++;
		if (v->tok_end <= tok && !rasdp_quoted_with(d, v->tok_start, tok))
			last_before = v->tok_start;
	}
	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *v = rasdp_match_at(c, i), *m;
		uint32_t dist;

		if (in_relative_clause(c, s, v, tok)) {
			/* "a strike which the ministry says killed 7": its clause's speaker */
			if (tok - v->tok_end < best_dist) {
				best = rasdp_verb_subject(c, s, v);
				bv = best ? NULL : v;
				best_dist = tok - v->tok_end;
			}
			continue;
		}
		if (!reporting_verb(c, v) || rasdp_quoted_with(d, v->tok_start, tok))
			continue;
		/* a verb before the figure wins over any after it */
		if (v->tok_end <= tok)
			dist = tok - v->tok_end;
		else if (v->tok_start > tok && nverbs > 1)
			dist = (uint32_t)d->ntoks + (v->tok_start - tok);
		else
			continue;
		if (dist >= best_dist)
			continue;
		m = rasdp_verb_subject(c, s, v);
		/*
		 * an actor speaks for the figure's clause by the verb nearest
		 * before it, or by one after it when none stands before
		 */
		if (!m && (!actor_by_verb(c, s, v) ||
			   (last_before != UINT32_MAX && v->tok_start != last_before)))
			continue;
		best = m;
		bv = m ? NULL : v;
		best_dist = dist;
	}
	if (voice_verb)
		*voice_verb = bv;
	return best;
}

/*
 * Does source match `m` name the speaker of line `st` like a headline
 * does: opening it before a colon ("Syrian TV: 13 killed in ..."), or
 * closing it after a colon or a dash ("Six fighters killed in Raqqa: SDF",
 * "... - state media")?
 */
int rasdp_headline_credit(const struct rasd_doc *d, const struct rasd_match *m,
			   const struct rasd_sentence *st)
{
	static const char *const marks[] = { ":", "-", "\u2013", "\u2014" };
	size_t len;
	const char *w;

	if (m->tok_start == st->tok_start)
		return m->tok_end < st->tok_end && rasdp_tok_is_punct(d, m->tok_end, ':');
	if (m->tok_start <= st->tok_start + 2 || !rasdp_only_punct(d, m->tok_end, st->tok_end) ||
	    !rasdp_is_punct(d, m->tok_start - 1))
		return 0;
	w = rasdp_tok_norm(d, &d->toks[m->tok_start - 1], &len);
	return rasdp_punct_in(w, len, marks, sizeof(marks) / sizeof(marks[0]));
}

/* A source naming the speaker of a headline-like line speaks the rest of it. */
static int headline_speaker(const struct rasdp_ctx *c, struct rasdp_sent *s,
			    const struct rasd_sentence *st)
{
	const struct rasd_doc *d = c->d;
	size_t i;

	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);

		if (m->kind != RASD_LEX_SOURCE || !rasdp_first_of_span(d, i) || !rasdp_headline_credit(d, m, st))
			continue;
		rasdp_mention_ref(c, i, &s->src);
		return 1;
	}
	return 0;
}

/*
 * Does the sentence's reporting verb have a subject of its own that is not
 * a known source ("Iran said", "the ministry said")?  Then the last named
 * speaker must not be carried over.  A pronoun or a bare "the agency"
 * resolves to the last speaker; an actor does not.
 */
static int speech_names_other(const struct rasd_doc *d, const struct rasdp_sent *s)
{
	size_t i;

	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = &d->matches[i];

		if (m->kind == RASD_LEX_ACTOR || m->kind == RASD_LEX_PLACE) {
			size_t k;

			for (k = s->m_first; k < s->m_last; k++) {
				const struct rasd_match *v = &d->matches[k];

				/* English puts the subject before the verb ("Iran said"),
				 * Arabic after it too ("وقالت إيران"). */
				/* "... near the square it said": the pronoun is the subject */
				if (v->kind == RASD_LEX_SPEECH && v->tok_start == m->tok_end + 1 &&
				    rasdp_cue(d, m->tok_end, RASD_CUE_PRONOUN))
					continue;
				/* "The monitor, which has sources inside Syria, said": a word of the parenthesis */
				if (v->kind == RASD_LEX_SPEECH && m->tok_start < v->tok_start &&
				    rasdp_subject_end(d, v->tok_start) < m->tok_start)
					continue;
				if (v->kind == RASD_LEX_SPEECH &&
				    ((v->tok_start >= m->tok_end && v->tok_start - m->tok_end <= 1) ||
				     (m->tok_start >= v->tok_end && m->tok_start - v->tok_end <= 1 &&
				      !(d->toks[v->tok_start].flags & RASD_TOKF_LATIN))))
					return 1;
			}
		}
	}
	return 0;
}

/*
 * Does sentence `st` open by going on from the speaker before ("وأضاف",
 * "He added")?  2 when its first word sets it against what came before
 * ("بينما", "whereas": cues.tsv `contrast`), 1 for another continuation,
 * 0 for none.
 */
static int starts_with_continuation(const struct rasd_doc *d, const struct rasd_sentence *st)
{
	uint32_t t = st->tok_start;

	while (t < st->tok_end && rasdp_is_punct(d, t))
		t++;
	if (t >= st->tok_end)
		return 0;
	if (rasdp_cue(d, t, RASD_CUE_CONTINUATION))
		return rasdp_cue(d, t, RASD_CUE_CONTRAST) ? 2 : 1;
	return rasdp_pronoun_speaks(d, st);
}

/* Does sentence `st` open with a pronoun speaking ("He added", "It said")? */
int rasdp_pronoun_speaks(const struct rasd_doc *d, const struct rasd_sentence *st)
{
	uint32_t t = st->tok_start;

	while (t < st->tok_end && rasdp_is_punct(d, t))
		t++;
	return t + 1 < st->tok_end && rasdp_cue(d, t, RASD_CUE_PRONOUN) &&
	       rasdp_cue(d, t + 1, RASD_CUE_PRONOUN_VERB);
}

/* Has sentence `s` a reporting verb of kind "add" ("وأضاف", "The agency added")? */
static int has_add_verb(const struct rasdp_ctx *c, const struct rasdp_sent *s)
{
	size_t k;

	for (k = s->m_first; k < s->m_last; k++)
		if (reporting_verb(c, rasdp_match_at(c, k)) &&
		    rasdp_lex_speech(c->lx, rasdp_match_at(c, k)->entry)->kind == RASD_SPEECH_ADD)
			return 1;
	return 0;
}

/*
 * "وقال المصدر", "وأضاف البيان", "وبحسب الوزارة", "the UK-based monitor
 * said", "according to the statement": a definite word that names a
 * source by what it is (cues.tsv `description`) standing next to a
 * reporting verb of sentence `s`, as its subject; no source of the
 * lexicon speaks there.  The word's token, or UINT32_MAX.
 */
static uint32_t description_at(const struct rasdp_ctx *c, const struct rasdp_sent *s)
{
	const struct rasd_doc *d = c->d;
	size_t i;

	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *v = rasdp_match_at(c, i);
		uint32_t t, lo, hi;

		if (!reporting_verb(c, v))
			continue;
		/* "The official, who spoke on condition of anonymity, said" */
		t = rasdp_subject_end(d, v->tok_start);
		if (t < v->tok_start && t > 0 && rasdp_cue(d, t - 1, RASD_CUE_DESCRIPTION) &&
		    rasdp_definite(d, t - 1))
			return t - 1;
		lo = v->tok_start >= 2 ? v->tok_start - 2 : 0;
		hi = v->tok_end + 3 < d->ntoks ? v->tok_end + 3 : (uint32_t)d->ntoks;
		for (t = lo; t < hi; t++) {
			if ((t >= v->tok_start && t < v->tok_end) ||
			    d->toks[t].sent != d->toks[v->tok_start].sent ||
			    !rasdp_cue(d, t, RASD_CUE_DESCRIPTION) || !rasdp_definite(d, t))
				continue;
			if (t < v->tok_start ? !rasdp_clause_clear(d, t + 1, v->tok_start)
					     : !rasdp_clause_clear(d, v->tok_end, t))
				continue;
			return t;
		}
	}
	return UINT32_MAX;
}

/*
 * The speaker of sentence `s`: named in it, or carried from before (see
 * the top of this file), else the outlet.  Updates what later sentences
 * may carry over, and notes for the source decision of its figures how
 * the sentence speaks: named in it, going on from before, or with a verb
 * whose subject is no source.
 */
void rasdp_sentence_speaker(struct rasdp_ctx *c, uint32_t s)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_sentence *st = &d->sents[s];
	struct rasdp_sent *si = &c->si[s];
	int own;

	si->vkind = -1;
	own = attribute(c, si, s);

	if (own) {
		si->has_speaker = 1;
		si->own = (uint8_t)own;
	} else if (headline_speaker(c, si, st)) {
		si->has_speaker = 1;
		si->own = 3;
	} else {
		uint32_t dt = si->speech ? description_at(c, si) : UINT32_MAX;
		int cont = starts_with_continuation(d, st);

		si->described = dt != UINT32_MAX;
		si->desc_tok = dt;
		si->other_subject = (uint8_t)(si->speech && speech_names_other(d, si));

		/*
		 * A speaker goes on with a reporting verb ("وأضاف", "كما أشار", "He
		 * added"), or in a sentence set against another's account ("بينما
		 * لم تشارك أي قوات روسية" after the local sources' toll); a "كما"
		 * with no reporting verb is the outlet's again (gold/GUIDE.md, a
		 * speaker's reach).
		 */
		si->goes_on = (uint8_t)((cont && si->speech) || cont == 2 ||
					(si->speech && has_add_verb(c, si)));
		if (rasdp_background_sentence(c, s)) {
			/* nobody's speech carries into a sentence of an earlier time */
		} else if (si->speech && c->last_src_sent >= 0 &&
			   s - (uint32_t)c->last_src_sent <= LAST_SOURCE_REACH && !si->other_subject) {
			/* "The agency said", "وأفادت الوكالة": the last named speaker. */
			si->src = c->last_src;
			si->has_speaker = 1;
		} else if (c->prev_has_speaker && si->goes_on) {
			/* "وأضاف", "He added": the last speaker goes on. */
			si->src = c->prev_src;
			si->has_speaker = 1;
		}
	}
	if (!si->has_speaker)
		si->src = c->outlet;
	if (si->has_speaker) {
		c->last_src = si->src;
		c->last_src_sent = (int32_t)s;
	}
	/*
	 * A continuation takes the speaker of the sentence right before it
	 * only.  Carrying a speaker on through the sentences of its paragraph
	 * (the same rule, stopping at a paragraph break) measured no better on
	 * the dev set and took false continuations ("adding new urgency", a
	 * "كما" after a hard line break) further.
	 */
	if (si->has_speaker)
		c->prev_src = si->src;
	c->prev_has_speaker = si->has_speaker;
}
