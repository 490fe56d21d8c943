/*
 * attribution.c - who speaks: the speaker of each sentence, of each figure,
 * and the chain of sources ("Reuters -> a Russian officer").
 *
 * A sentence's speaker is the source nearest its reporting verb (speech.tsv)
 * that is not spoken to ("told Reuters", "قالت لعنب بلدي": cues.tsv
 * `addressee`, or the proclitic ل); "according to X" looks after the verb.
 * With no source there, an actor standing as the verb's subject speaks
 * with its own voice (sources.tsv "military" or "government" for it), else
 * by its name ("the SDF said"), and a source's holder named earlier by
 * title and name speaks by surname ("Akbari said": find_aliases()).  A
 * quoting verb adds the inner speaker after "عن"/"citing" to the chain.
 *
 * A sentence without a speaker of its own takes one from before
 * (rasdp_sentence_speaker()): a bare reporting verb ("the agency said") the
 * last named source within four sentences, unless the verb has a subject
 * of its own; a sentence opening with a continuation ("وأضاف", "he added":
 * cues.tsv `continuation`, `pronoun`) or with an "add" verb the speaker of
 * the sentence right before it.  Anything else is the outlet's own voice.
 *
 * A figure is its sentence's speaker's unless the sentence sets two
 * speakers against each other: then the source whose verb is nearest
 * before it (rasdp_clause_speaker()).
 */
#include <string.h>

#include "extract/events_int.h"

#include "base/banned.h"

/* How many sentences after a named source a bare "the agency said" reaches. */
#define LAST_SOURCE_REACH 4

/*
 * The preposition ل written as a proclitic ("لعنب بلدي", to Enab Baladi).
 * A clitic is morphology, closed like the tokeniser's proclitic table
 * (text/segment.c), not a word list: see docs/DESIGN.md.
 */
#define LAM "ل"

/* Does token `t` carry the proclitic ل (its keys peel it off)? */
static int lam_clitic(const struct rasd_doc *d, uint32_t t)
{
	size_t len;
	const char *s;

	if (t >= d->ntoks || d->toks[t].nkeys < 2)
		return 0;
	s = rasdp_tok_norm(d, &d->toks[t], &len);
	return len > strlen(LAM) && !memcmp(s, LAM, strlen(LAM));
}

/* Is the source match an addressee ("قالت لعنب بلدي", "told Reuters")? */
static int is_addressee(const struct rasdp_ctx *c, const struct rasd_match *m)
{
	const struct rasd_doc *d = c->d;
	uint32_t t = m->tok_start;

	while (t > 0 && rasdp_is_punct(c->d, t - 1) && (d->toks[t - 1].flags & RASD_TOKF_QUOTE))
		t--;
	/* "according to SANA": the "to" is the frame's, SANA speaks */
	{
		size_t j = (size_t)(m - d->matches);

		/* matches are sorted by start: look back a few tokens only */
		while (j-- > 0 && d->matches[j].tok_start + 8 >= t) {
			const struct rasd_match *v = &d->matches[j];

			if (v->kind == RASD_LEX_SPEECH && v->tok_end == t &&
			    rasdp_lex_speech(c->lx, v->entry)->kind == RASD_SPEECH_ACCORDING)
				return 0;
		}
	}
	if (t > 0 && rasdp_cue(d, t - 1, RASD_CUE_ADDRESSEE))
		return 1;
	/* "لعنب بلدي": the preposition is a clitic on the first word. */
	if (lam_clitic(d, m->tok_start) && t > 0) {
		size_t j = (size_t)(m - d->matches);

		while (j-- > 0 && d->matches[j].tok_start + 12 >= m->tok_start) {
			const struct rasd_match *v = rasdp_match_at(c, j);

			/* "قال لعنب بلدي", "قال في حديث سابق لعنب بلدي"; not
			 * "بحسب بيان للمركز الإعلامي" (whose statement) */
			if (v->kind == RASD_LEX_SPEECH && v->tok_end <= m->tok_start &&
			    rasdp_lex_speech(c->lx, v->entry)->kind != RASD_SPEECH_ACCORDING &&
			    m->tok_start - v->tok_end <= 4 &&
			    rasdp_clause_clear(d, v->tok_end, m->tok_start))
				return 1;
		}
	}
	return 0;
}

static const char *source_name(const struct rasdp_ctx *c, int32_t src)
{
	return rasdp_lex_source(c->lx, (size_t)src)->name;
}

/* `ref` := source `src` alone, spoken at orig bytes [start, end). */
static void set_source(const struct rasdp_ctx *c, struct rasd_srcref *ref, int32_t src,
		       uint32_t start, uint32_t end)
{
	memset(ref, 0, sizeof(*ref));
	ref->source = src;
	ref->chain[0] = source_name(c, src);
	ref->nchain = 1;
	ref->start = start;
	ref->end = end;
}

/* Text of tokens [a, b) of the original, in the arena. */
static const char *span_text(struct rasd_doc *d, uint32_t a, uint32_t b)
{
	if (a >= b || b > d->ntoks)
		return NULL;
	return rasd_arena_strndup(&d->arena, d->text + d->toks[a].start,
				  d->toks[b - 1].end - d->toks[a].start);
}

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

	for (t = from; t < to && t < from + 8; t++) {
		if (rasdp_is_break(d, t))
			return;
		if (rasdp_cue(d, t, RASD_CUE_QUOTE_PREP))
			break;
	}
	if (t >= to || t >= from + 8 || ref->nchain >= RASD_MAX_CHAIN)
		return;
	t++;
	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);

		if (m->kind == RASD_LEX_SOURCE && m->tok_start >= t && m->tok_start <= t + 1) {
			ref->chain[ref->nchain++] = source_name(c, (int32_t)m->entry);
			return;
		}
	}
	for (u = t; u < to && u < t + 4; u++) {
		/* Stop at the verb that introduces the speech ("قوله"). */
		if (rasdp_is_punct(d, u) || rasdp_cue(d, u, RASD_CUE_SPEAKER_END))
			break;
	}
	if (u > t)
		ref->chain[ref->nchain++] = span_text(d, t, u);
}

/* Is token `t` a word that may be part of a person's name after a title? */
static int name_word(const struct rasdp_ctx *c, uint32_t t, size_t *mi)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_token *k = &d->toks[t];

	if (k->kind != RASD_TOK_WORD || rasdp_cue(d, t, RASD_CUE_NAME_STOP) ||
	    rasdp_in_date(d, t))
		return 0;
	if ((k->flags & RASD_TOKF_LATIN) && !(k->flags & RASD_TOKF_CAP))
		return 0;
	/* no lexicon entry starts here: a name is no place, actor, or verb */
	while (*mi < d->nmatches && d->matches[*mi].tok_start < t)
		(*mi)++;
	return !(*mi < d->nmatches && d->matches[*mi].tok_start == t);
}

/*
 * "Iranian Ambassador to Syria Hossein Akbari", "السفير الإيراني في سورية
 * حسين أكبري": a source followed (after "to/in/في" and a place) by a
 * two- or three-word name.  The surname later stands for the source
 * ("Akbari said", "وقال أكبري").
 */
void rasdp_find_aliases(struct rasdp_ctx *c)
{
	const struct rasd_doc *d = c->d;
	size_t i, mi = 0;

	for (i = 0; i < d->nmatches && c->naliases < RASDP_MAX_ALIASES; i++) {
		const struct rasd_match *m = &d->matches[i];
		uint32_t t = m->tok_end, n = 0;
		size_t j;

		if (m->kind != RASD_LEX_SOURCE)
			continue;
		/* "to Syria", "في سورية" (the preposition may be part of the place's form) */
		if (t + 1 < d->ntoks && rasdp_cue(d, t, RASD_CUE_TITLE_PREP)) {
			for (j = i + 1; j < d->nmatches && d->matches[j].tok_start <= t + 1; j++) {
				const struct rasd_match *p = &d->matches[j];

				if (p->kind == RASD_LEX_PLACE &&
				    (p->tok_start == t || p->tok_start == t + 1)) {
					t = p->tok_end;
					break;
				}
			}
		}
		mi = i;
		while (t + n < d->ntoks && n < 3 && name_word(c, t + n, &mi))
			n++;
		if (n < 2)
			continue;
		c->aliases[c->naliases].tok = t + n - 1;
		c->aliases[c->naliases].source = (int32_t)m->entry;
		c->naliases++;
	}
}

/* The source whose holder token `t` names by surname, or -1. */
static int32_t alias_at(const struct rasdp_ctx *c, uint32_t t)
{
	const struct rasd_doc *d = c->d;
	size_t i, la, lb;
	const char *a, *b;

	if (t >= d->ntoks || d->toks[t].kind != RASD_TOK_WORD)
		return -1;
	b = rasdp_tok_norm(d, &d->toks[t], &lb);
	for (i = 0; i < c->naliases; i++) {
		if (c->aliases[i].tok == t)
			return c->aliases[i].source;
		a = rasdp_tok_norm(d, &d->toks[c->aliases[i].tok], &la);
		if (la == lb && !memcmp(a, b, la))
			return c->aliases[i].source;
		/* "وقال أكبري": the conjunction is a clitic of the verb, not the name */
	}
	return -1;
}

/*
 * The voice of an armed actor that speaks ("the SDF said", "قالت قسد"): the
 * first military, else the first government source that speaks for it in
 * sources.tsv ("SDF media office", "Turkish Ministry of National
 * Defence").  -1 when the lexicon has none: a unit does not speak with the
 * voice of the army it belongs to.
 */
static int32_t actor_voice(const struct rasdp_ctx *c, int32_t actor)
{
	size_t n = rasdp_lex_count(c->lx, RASD_LEX_SOURCE), i;
	int32_t gov = -1;

	for (i = 0; actor >= 0 && i < n; i++) {
		const struct rasd_source *src = rasdp_lex_source(c->lx, i);

		if (src->actor != actor)
			continue;
		if (!strcmp(src->kind, "military"))
			return (int32_t)i;
		if (gov < 0 && !strcmp(src->kind, "government"))
			gov = (int32_t)i;
	}
	return gov;
}

/* A reference to actor `a` speaking: its own voice, else its name (match `m`). */
void rasdp_actor_ref(const struct rasdp_ctx *c, int32_t a, const struct rasd_match *m,
		     struct rasd_srcref *ref)
{
	struct rasd_doc *d = c->d;
	int32_t v = actor_voice(c, a);

	memset(ref, 0, sizeof(*ref));
	ref->source = v;
	ref->chain[0] = v >= 0 ? source_name(c, v) : rasdp_lex_actor(c->lx, (size_t)a)->name_en;
	ref->nchain = 1;
	ref->start = d->toks[m->tok_start].start;
	ref->end = d->toks[m->tok_end - 1].end;
}

/* An actor standing as subject of reporting verb `v`, or NULL. */
const struct rasd_match *rasdp_actor_subject(const struct rasdp_ctx *c, const struct rasdp_sent *s,
					     uint32_t v_start, uint32_t v_end)
{
	struct rasd_doc *d = c->d;
	size_t i;

	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);

		if (m->kind != RASD_LEX_ACTOR)
			continue;
		if ((m->tok_end <= v_start && v_start - m->tok_end <= 1 &&
		     rasdp_clause_clear(d, m->tok_end, v_start)) ||
		    (!(d->toks[v_start].flags & RASD_TOKF_LATIN) && m->tok_start >= v_end &&
		     m->tok_start - v_end <= 1 && rasdp_clause_clear(d, v_end, m->tok_start)))
			return m;
	}
	return NULL;
}

/* The reporting verb that decides a sentence's speaker. */
struct verb {
	int kind;                  /* enum rasd_speech_kind, or -1: none */
	uint32_t start, end;       /* its tokens */
};

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

		if (m->kind == RASD_LEX_SPEECH) {
			int k = rasdp_lex_speech(c->lx, m->entry)->kind;

			if (v->kind < 0 || k == RASD_SPEECH_QUOTE || k == RASD_SPEECH_DENY) {
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
 * The source nearest verb `v` that is not spoken to, or -1; *score is minus
 * its distance in tokens, less 20 when "according to" has it before the
 * verb and 5 across a clause break; [*start, *end) its orig span.
 */
static int32_t nearest_source(const struct rasdp_ctx *c, const struct rasdp_sent *s,
			      const struct verb *v, int *score, uint32_t *start, uint32_t *end)
{
	const struct rasd_doc *d = c->d;
	int32_t best = -1;
	size_t i;

	*score = -1000;
	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);
		int dist, sc;

		if (m->kind != RASD_LEX_SOURCE || is_addressee(c, m))
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
		if (!rasdp_clause_clear(d, m->tok_end <= v->start ? m->tok_end : v->end,
					m->tok_end <= v->start ? v->start : m->tok_start))
			sc -= 5;
		if (sc > *score) {
			*score = sc;
			best = (int32_t)m->entry;
			*start = d->toks[m->tok_start].start;
			*end = d->toks[m->tok_end - 1].end;
		}
	}
	return best;
}

/*
 * No source by the verb: an actor standing as its subject ("the SDF said",
 * "وقالت قسد") speaks with its own voice or its name; else the holder of a
 * source named by surname next to it ("Akbari said", "وقال أكبري").
 */
static int unnamed_speaker(const struct rasdp_ctx *c, struct rasdp_sent *s,
			   const struct rasd_sentence *st, const struct verb *v)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_match *am = rasdp_actor_subject(c, s, v->start, v->end);
	uint32_t t, lo = v->start > 2 ? v->start - 2 : 0;

	if (am) {
		rasdp_actor_ref(c, (int32_t)am->entry, am, &s->src);
		return 1;
	}
	for (t = lo; t < v->end + 2 && t < st->tok_end; t++) {
		int32_t a;

		if (t >= v->start && t < v->end)
			continue;
		if (t < st->tok_start)
			continue;
		a = alias_at(c, t);
		if (a < 0)
			continue;
		set_source(c, &s->src, a, d->toks[t].start, d->toks[t].end);
		return 1;
	}
	return 0;
}

/*
 * Find the speaker of sentence `sent` (info `s`): the source nearest its
 * reporting verb, with the inner speaker of a quote.  Returns 1 when the
 * sentence names one.
 */
static int attribute(const struct rasdp_ctx *c, struct rasdp_sent *s, uint32_t sent)
{
	const struct rasd_sentence *st = &c->d->sents[sent];
	struct verb v;
	uint32_t start = 0, end = 0;
	int32_t best;
	int score;

	find_verb(c, s, &v);
	if (!s->speech)
		return 0;
	best = nearest_source(c, s, &v, &score, &start, &end);
	if (best < 0 || score < -12)
		return unnamed_speaker(c, s, st, &v);
	set_source(c, &s->src, best, start, end);
	if (v.kind == RASD_SPEECH_QUOTE || v.kind == RASD_SPEECH_SAY)
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

		if (m->kind != RASD_LEX_SOURCE || is_addressee(c, m))
			continue;
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
 * A sentence may set two speakers against each other: "فبينما أكد المرصد
 * أن ... نحو 100، أكدت مصادر سورية رسمية أن عدد القتلى بلغ 81"; "X said
 * 20 were killed, while Y said 12"; "اعتقلت قوات النظام 12 شابا، وفق ما
 * أفاد به ناشطون، فيما نفت مصادر رسمية ...".  A figure is the source's
 * whose reporting verb is nearest before it (or, with none before, nearest
 * after it when the sentence has more than one verb), when a source stands
 * next to that verb as its subject; so is one after the only verb whose source the
 * sentence's speaker search passed over ("وأكد التلفزيون أن ...، في وقت
 * أشار السفير الإيراني إلى مقتل 7").  Returns 1 and fills `ref` when that
 * source is not the sentence's speaker.
 */
int rasdp_clause_speaker(const struct rasdp_ctx *c, const struct rasdp_sent *s, uint32_t tok,
			 struct rasd_srcref *ref)
{
	struct rasd_doc *d = c->d;
	const struct rasd_match *best = NULL;
	uint32_t best_dist = UINT32_MAX;
	size_t i, nverbs = 0;

	for (i = s->m_first; i < s->m_last; i++)
		nverbs += rasdp_match_at(c, i)->kind == RASD_LEX_SPEECH;
	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *v = rasdp_match_at(c, i), *m;
		uint32_t dist;

		if (v->kind != RASD_LEX_SPEECH)
			continue;
		/* a verb before the figure wins over any after it */
		if (v->tok_end <= tok)
			dist = tok - v->tok_end;
		else if (v->tok_start > tok && nverbs > 1)
			dist = (uint32_t)d->ntoks + (v->tok_start - tok);
		else
			continue;
		if (dist >= best_dist || !(m = rasdp_verb_subject(c, s, v)))
			continue;
		best = m;
		best_dist = dist;
	}
	if (!best || (int32_t)best->entry == s->src.source)
		return 0;
	set_source(c, ref, (int32_t)best->entry, d->toks[best->tok_start].start,
		   d->toks[best->tok_end - 1].end);
	return 1;
}

/*
 * "Syrian TV: 13 killed in ...": a source opening a headline-like line
 * and followed by a colon speaks the rest of it.
 */
static int headline_speaker(const struct rasdp_ctx *c, struct rasdp_sent *s,
			    const struct rasd_sentence *st)
{
	const struct rasd_doc *d = c->d;
	size_t i;

	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);
		size_t len;
		const char *w;

		if (m->tok_start != st->tok_start)
			break;
		if (m->kind != RASD_LEX_SOURCE || m->tok_end >= st->tok_end)
			continue;
		w = rasdp_tok_norm(d, &d->toks[m->tok_end], &len);
		if (len != 1 || w[0] != ':')
			continue;
		set_source(c, &s->src, (int32_t)m->entry, d->toks[m->tok_start].start,
			   d->toks[m->tok_end - 1].end);
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

/* Does sentence `st` open by going on from the speaker before ("وأضاف", "He added")? */
static int starts_with_continuation(const struct rasd_doc *d, const struct rasd_sentence *st)
{
	uint32_t t = st->tok_start;

	while (t < st->tok_end && rasdp_is_punct(d, t))
		t++;
	if (t >= st->tok_end)
		return 0;
	if (rasdp_cue(d, t, RASD_CUE_CONTINUATION))
		return 1;
	/* "He added", "She said" in English. */
	return rasdp_cue(d, t, RASD_CUE_PRONOUN) && t + 1 < st->tok_end &&
	       rasdp_cue(d, t + 1, RASD_CUE_PRONOUN_VERB);
}

/* Has sentence `s` a reporting verb of kind "add" ("وأضاف", "The agency added")? */
static int has_add_verb(const struct rasdp_ctx *c, const struct rasdp_sent *s)
{
	size_t k;

	for (k = s->m_first; k < s->m_last; k++)
		if (rasdp_match_at(c, k)->kind == RASD_LEX_SPEECH &&
		    rasdp_lex_speech(c->lx, rasdp_match_at(c, k)->entry)->kind == RASD_SPEECH_ADD)
			return 1;
	return 0;
}

/*
 * The speaker of sentence `s`: named in it, or carried from before (see
 * the top of this file), else the outlet.  Updates what later sentences
 * may carry over.
 */
void rasdp_sentence_speaker(struct rasdp_ctx *c, uint32_t s)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_sentence *st = &d->sents[s];
	struct rasdp_sent *si = &c->si[s];

	if (attribute(c, si, s) || headline_speaker(c, si, st)) {
		si->has_speaker = 1;
	} else if (si->speech && c->last_src_sent >= 0 &&
		   s - (uint32_t)c->last_src_sent <= LAST_SOURCE_REACH &&
		   !speech_names_other(d, si)) {
		/* "The agency said", "وأفادت الوكالة": the last named speaker. */
		si->src = c->last_src;
		si->has_speaker = 1;
	} else if (c->prev_has_speaker && starts_with_continuation(d, st)) {
		si->src = c->prev_src;
		si->has_speaker = 1;
	} else if (si->speech && c->prev_has_speaker && has_add_verb(c, si)) {
		/* "The agency added ...", "وأضاف": the last speaker goes on. */
		si->src = c->prev_src;
		si->has_speaker = 1;
	}
	if (!si->has_speaker) {
		memset(&si->src, 0, sizeof(si->src));
		si->src.source = -1;
		si->src.outlet = 1;
	}
	if (si->has_speaker && si->src.source >= 0) {
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
