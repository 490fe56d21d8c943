/*
 * events.c - stage 6: events, claims and their sources from the mentions of
 * one document.
 *
 * The input is what earlier stages found: lexicon matches (places, actors,
 * sources, event triggers, casualty words, reporting verbs, negations,
 * counted groups), numbers and dates.  The work goes sentence by sentence:
 *
 *   1. attribution: who speaks in the sentence (a source next to a reporting
 *      verb, "according to X", "X quoted Y"), carried over by "he added" and
 *      by continuation connectives, else the outlet's own voice;
 *   2. figures: each count number bound to the casualty word that governs it
 *      (the noun after it, or the nearest verb or noun in its clause), with
 *      the group it counts and the actor that group belongs to;
 *   3. cues: event triggers and actor mentions, each checked for a negation
 *      in its clause ("no air sorties" is not an air strike);
 *   4. frames: consecutive event sentences about one place and date form one
 *      event; a sentence naming another town, another day or another kind of
 *      violence opens a new one.
 *
 * Everything here reads only the document and the engine's lexicons, so it
 * is safe to run for many documents in parallel.
 */
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"
#include "text/text.h"
#include "base/banned.h"

/* How far (in tokens) a figure looks for its casualty word. */
#define CAS_WINDOW_BEFORE 7
#define CAS_WINDOW_AFTER 6
/* How far back a negation reaches. */
#define NEG_WINDOW 5
/* Least trigger weight for an event that reports no figure. */
#define MIN_EVENT_WEIGHT 6

struct sent_info {
	struct rasd_srcref src;    /* speaker of the sentence */
	int has_speaker;           /* a named (non-outlet) speaker */
	int speech;                /* the sentence has a reporting verb */
	int deny;                  /* a denial verb governs the sentence */
	int32_t trig;              /* best non-negated trigger entry, or -1 */
	int trig_weight;
	int anaphor;               /* its trigger is "this explosion", "هذا الانفجار" */
	int32_t place;             /* best place entry, or -1 */
	uint32_t place_start, place_end;
	int place_rank;
	int32_t date;              /* index into d->dates, or -1 */
	int is_event;              /* has a trigger or a figure */
	size_t m_first, m_last;    /* matches of this sentence */
	int headline;              /* the title line at the top of the text */
};

struct ctx {
	const struct rasd_engine *e;
	const struct rasd_lexicon *lx;
	struct rasd_doc *d;
	struct sent_info *si;
	struct rasd_claim *claims;     size_t nclaims, claims_alloc;
	struct rasd_participant *parts; size_t nparts, parts_alloc;
	int32_t *gov_count;            /* per place index: governorate mentions */
	struct alias {                 /* a source's holder by surname: "Akbari" */
		uint32_t tok;          /* a token whose key is the surname */
		int32_t source;
	} aliases[16];
	size_t naliases;
};

/* ---- small helpers -------------------------------------------------- */

/*
 * Is token `t` a word of cue class `q` (data/cues.tsv)?  Its proclitics
 * are peeled off as for the lexicons: "وبصفوف" is the cue "صفوف".
 */
static int cue(const struct rasd_doc *d, uint32_t t, enum rasd_cue q)
{
	return rasdp_lex_cue(d->engine->lx, d, t, q);
}

/* Is token `t` exactly the punctuation mark `p`? */
static int tok_is_punct(const struct rasd_doc *d, uint32_t t, char p)
{
	size_t len;
	const char *s;

	if (t >= d->ntoks || d->toks[t].kind != RASD_TOK_PUNCT)
		return 0;
	s = rasdp_tok_norm(d, &d->toks[t], &len);
	return len == 1 && s[0] == p;
}

static int is_punct(const struct rasd_doc *d, uint32_t t)
{
	return t < d->ntoks && d->toks[t].kind == RASD_TOK_PUNCT;
}

/* A clause break: punctuation other than quotes, brackets and hyphens. */
static int is_break(const struct rasd_doc *d, uint32_t t)
{
	size_t len;
	const char *s;

	if (!is_punct(d, t) || (d->toks[t].flags & RASD_TOKF_QUOTE))
		return 0;
	s = rasdp_tok_norm(d, &d->toks[t], &len);
	return !(len == 1 && (s[0] == '(' || s[0] == ')' || s[0] == '-' || s[0] == '"' ||
			      s[0] == '\''));
}

static int clause_clear(const struct rasd_doc *d, uint32_t a, uint32_t b)
{
	uint32_t t;

	for (t = a; t < b; t++)
		if (is_break(d, t))
			return 0;
	return 1;
}

/* Is token `t` inside a date expression? */
static int in_date(const struct rasd_doc *d, uint32_t t)
{
	size_t i;

	for (i = 0; i < d->ndates; i++)
		if (t >= d->dates[i].tok_start && t < d->dates[i].tok_end)
			return 1;
	return 0;
}

/*
 * Like clause_clear(), but a date set off by commas does not break the
 * clause: "وقُتل، في 13 من الشهر الحالي، 18 عسكريًا".
 */
static int clause_clear_dates(const struct rasd_doc *d, uint32_t a, uint32_t b)
{
	uint32_t t;

	for (t = a; t < b; t++) {
		if (!is_break(d, t))
			continue;
		if ((t + 1 < d->ntoks && in_date(d, t + 1)) || (t > 0 && in_date(d, t - 1)) ||
		    (t + 2 < d->ntoks && in_date(d, t + 2)))
			continue;
		return 0;
	}
	return 1;
}

/*
 * An aside set off by commas that names a part of the count before it:
 * "five civilians, including two children, were killed", "خمسة مدنيين،
 * بينهم طفلان، قتلوا".  Its length in tokens within [a, b), or 0.
 */

static int aside_len(const struct rasd_doc *d, uint32_t a, uint32_t b)
{
	uint32_t t, u;

	for (t = a; t < b; t++)
		if (is_break(d, t))
			break;
	if (t + 1 >= b || !cue(d, t + 1, RASD_CUE_SUBSET))
		return 0;
	for (u = t + 1; u < b; u++)
		if (is_break(d, u))
			break;
	if (u >= b)
		return 0;
	/* no other break up to b */
	return clause_clear(d, u + 1, b) ? (int)(u - t + 1) : 0;
}

/* Like clause_clear(), but an aside naming a part of the count is passed over. */
static int clause_clear_aside(const struct rasd_doc *d, uint32_t a, uint32_t b)
{
	return clause_clear(d, a, b) || aside_len(d, a, b) > 0;
}

static const struct rasd_match *match_at(const struct ctx *c, size_t i)
{
	return &c->d->matches[i];
}

/* ---- negation ------------------------------------------------------- */

/*
 * Is token `t` negated: a negator in the same clause at most NEG_WINDOW
 * tokens before it?  Arabic "لم تشارك أي قوات روسية", "لم تشهد المنطقة أي
 * طلعات جوية"; English "did not take part", "no air strikes".
 */
/* Is token `t` inside a number expression ("ما لا يقل عن 42": not a negator)? */
static int in_number(const struct rasd_doc *d, uint32_t t)
{
	size_t i;

	for (i = 0; i < d->nnums; i++)
		if (t >= d->nums[i].tok_start && t < d->nums[i].tok_end)
			return 1;
	return 0;
}

static int negated(const struct ctx *c, const struct sent_info *s, uint32_t t)
{
	const struct rasd_doc *d = c->d;
	size_t i;

	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = match_at(c, i);

		if (m->kind != RASD_LEX_NEGATION ||
		    (rasdp_lex_negation(c->lx, m->entry)->kind != RASD_NEG_NOT &&
		     rasdp_lex_negation(c->lx, m->entry)->kind != RASD_NEG_DENY))
			continue;
		if (m->tok_end > t)
			break;
		if (t - m->tok_end <= NEG_WINDOW && clause_clear(d, m->tok_end, t) &&
		    !in_number(d, m->tok_start))
			return 1;
	}
	return 0;
}


/*
 * Is token `t` under a denial verb of its sentence ("نفى ...", "denied
 * that ...")?  Only what follows the verb is denied.
 */
static int denied_at(const struct ctx *c, const struct sent_info *s, uint32_t t)
{
	const struct rasd_doc *d = c->d;
	size_t i;

	if (!s->deny)
		return 0;
	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = match_at(c, i);
		uint32_t u;

		if (m->tok_start >= t)
			break;
		if (!((m->kind == RASD_LEX_SPEECH &&
		       rasdp_lex_speech(c->lx, m->entry)->kind == RASD_SPEECH_DENY) ||
		      (m->kind == RASD_LEX_NEGATION &&
		       rasdp_lex_negation(c->lx, m->entry)->kind == RASD_NEG_DENY)))
			continue;
		/*
		 * The denial reaches to the end of its clause, or of the clause
		 * its "that" opens: "نفوا وجود الخلايا، حتى ... بمؤازرة من اللواء
		 * الثامن" denies the cells, not the brigade.
		 */
		if (clause_clear_dates(d, m->tok_end, t))
			return 1;
		for (u = m->tok_end; u < t; u++)
			if (cue(d, u, RASD_CUE_THAT) && clause_clear_dates(d, u, t))
				return 1;
	}
	return 0;
}

/*
 * Is the participation of the actor at [a, b) negated: a negator right
 * before it with no preposition between ("لم تشارك أي قوات روسية", "no
 * Russian troops", but not "غير مرتبط بأمر من النظام", "not on orders from
 * the regime"), or right after it ("Russian forces did not take part")?
 */
static int part_negated(const struct ctx *c, const struct sent_info *s, uint32_t a, uint32_t b)
{
	const struct rasd_doc *d = c->d;
	size_t i;

	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = match_at(c, i);
		uint32_t u;

		if (m->kind != RASD_LEX_NEGATION ||
		    rasdp_lex_negation(c->lx, m->entry)->kind != RASD_NEG_NOT)
			continue;
		if (m->tok_start >= b) {
			if (m->tok_start - b <= 1 && clause_clear(d, b, m->tok_start))
				return 1;
			break;
		}
		if (m->tok_end > a || a - m->tok_end > NEG_WINDOW || !clause_clear(d, m->tok_end, a))
			continue;
		for (u = m->tok_end; u < a && !cue(d, u, RASD_CUE_PART_PREP); u++)
			;
		if (u == a)
			return 1;
	}
	return 0;
}

/*
 * Is the part of the actor at [a, b) played down: "اقتصرت مشاركة النظام
 * على قذيفتين" (a limit cue just before), "the regime's role was limited
 * to", "played only a minor role" (just after)?
 */
static int part_limited(const struct ctx *c, const struct sent_info *s, uint32_t a, uint32_t b)
{
	size_t i;

	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = match_at(c, i);

		if (m->kind != RASD_LEX_NEGATION ||
		    rasdp_lex_negation(c->lx, m->entry)->kind != RASD_NEG_LIMIT)
			continue;
		if (m->tok_end <= a && a - m->tok_end <= 1)
			return 1;
		if (m->tok_start >= b && m->tok_start - b <= 3 && clause_clear(c->d, b, m->tok_start))
			return 1;
	}
	return 0;
}

/*
 * Is the actor at token `a` named only as an affiliation: "اللواء الثامن
 * المدعوم من روسيا", "التابع لـ الأمن العسكري", "backed by Russia"?  It
 * did not take part for that.
 */
static int affiliation(const struct rasd_doc *d, uint32_t a)
{
	uint32_t u;

	for (u = a; u > 0 && a - u < 4; u--) {
		if (is_break(d, u - 1))
			return 0;
		if (cue(d, u - 1, RASD_CUE_AFFILIATION))
			return 1;
	}
	return 0;
}

/* ---- attribution ---------------------------------------------------- */

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
static int is_addressee(const struct ctx *c, const struct rasd_match *m)
{
	const struct rasd_doc *d = c->d;
	uint32_t t = m->tok_start;

	while (t > 0 && is_punct(c->d, t - 1) && (d->toks[t - 1].flags & RASD_TOKF_QUOTE))
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
	if (t > 0 && cue(d, t - 1, RASD_CUE_ADDRESSEE))
		return 1;
	/* "لعنب بلدي": the preposition is a clitic on the first word. */
	if (lam_clitic(d, m->tok_start) && t > 0) {
		size_t j = (size_t)(m - d->matches);

		while (j-- > 0 && d->matches[j].tok_start + 12 >= m->tok_start) {
			const struct rasd_match *v = match_at(c, j);

			/* "قال لعنب بلدي", "قال في حديث سابق لعنب بلدي"; not
			 * "بحسب بيان للمركز الإعلامي" (whose statement) */
			if (v->kind == RASD_LEX_SPEECH && v->tok_end <= m->tok_start &&
			    rasdp_lex_speech(c->lx, v->entry)->kind != RASD_SPEECH_ACCORDING &&
			    m->tok_start - v->tok_end <= 4 &&
			    clause_clear(d, v->tok_end, m->tok_start))
				return 1;
		}
	}
	return 0;
}

static const char *source_name(const struct ctx *c, int32_t src)
{
	return rasdp_lex_source(c->lx, (size_t)src)->name;
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
static void add_inner_speaker(struct ctx *c, const struct sent_info *s,
			      struct rasd_srcref *ref, uint32_t from, uint32_t to)
{
	struct rasd_doc *d = c->d;
	uint32_t t, u;
	size_t i;

	for (t = from; t < to && t < from + 8; t++) {
		if (is_break(d, t))
			return;
		if (cue(d, t, RASD_CUE_QUOTE_PREP))
			break;
	}
	if (t >= to || t >= from + 8 || ref->nchain >= RASD_MAX_CHAIN)
		return;
	t++;
	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = match_at(c, i);

		if (m->kind == RASD_LEX_SOURCE && m->tok_start >= t && m->tok_start <= t + 1) {
			ref->chain[ref->nchain++] = source_name(c, (int32_t)m->entry);
			return;
		}
	}
	for (u = t; u < to && u < t + 4; u++) {
		/* Stop at the verb that introduces the speech ("قوله"). */
		if (is_punct(d, u) || cue(d, u, RASD_CUE_SPEAKER_END))
			break;
	}
	if (u > t)
		ref->chain[ref->nchain++] = span_text(d, t, u);
}

/* ---- names of a source's holder -------------------------------------- */

/* Is token `t` a word that may be part of a person's name after a title? */
static int name_word(const struct ctx *c, uint32_t t, size_t *mi)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_token *k = &d->toks[t];

	if (k->kind != RASD_TOK_WORD || cue(d, t, RASD_CUE_NAME_STOP) || in_date(d, t))
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
static void find_aliases(struct ctx *c)
{
	const struct rasd_doc *d = c->d;
	size_t i, mi = 0;

	for (i = 0; i < d->nmatches && c->naliases < 16; i++) {
		const struct rasd_match *m = &d->matches[i];
		uint32_t t = m->tok_end, n = 0;
		size_t j;

		if (m->kind != RASD_LEX_SOURCE)
			continue;
		/* "to Syria", "في سورية" (the preposition may be part of the place's form) */
		if (t + 1 < d->ntoks && cue(d, t, RASD_CUE_TITLE_PREP)) {
			for (j = i + 1; j < d->nmatches && d->matches[j].tok_start <= t + 1; j++)
				if (d->matches[j].kind == RASD_LEX_PLACE &&
				    (d->matches[j].tok_start == t || d->matches[j].tok_start == t + 1)) {
					t = d->matches[j].tok_end;
					break;
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
static int32_t alias_at(const struct ctx *c, uint32_t t)
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
static int32_t actor_voice(const struct ctx *c, int32_t actor)
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
static void actor_ref(struct ctx *c, int32_t a, const struct rasd_match *m, struct rasd_srcref *ref)
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
static const struct rasd_match *actor_subject(struct ctx *c, const struct sent_info *s,
					      uint32_t v_start, uint32_t v_end)
{
	struct rasd_doc *d = c->d;
	size_t i;

	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = match_at(c, i);

		if (m->kind != RASD_LEX_ACTOR)
			continue;
		if ((m->tok_end <= v_start && v_start - m->tok_end <= 1 &&
		     clause_clear(d, m->tok_end, v_start)) ||
		    (!(d->toks[v_start].flags & RASD_TOKF_LATIN) && m->tok_start >= v_end &&
		     m->tok_start - v_end <= 1 && clause_clear(d, v_end, m->tok_start)))
			return m;
	}
	return NULL;
}

/*
 * Find the speaker of sentence `s`.  Returns 1 when the sentence names one.
 */
static int attribute(struct ctx *c, struct sent_info *s, uint32_t sent)
{
	struct rasd_doc *d = c->d;
	const struct rasd_sentence *st = &d->sents[sent];
	int32_t best = -1;
	uint32_t best_start = 0, best_end = 0;
	int best_score = -1000, speech_kind = -1;
	uint32_t speech_tok = 0, speech_end = 0;
	size_t i;

	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = match_at(c, i);

		if (m->kind == RASD_LEX_SPEECH) {
			int k = rasdp_lex_speech(c->lx, m->entry)->kind;

			if (speech_kind < 0 || k == RASD_SPEECH_QUOTE || k == RASD_SPEECH_DENY) {
				speech_kind = k;
				speech_tok = m->tok_start;
				speech_end = m->tok_end;
			}
			s->speech = 1;
			if (k == RASD_SPEECH_DENY)
				s->deny = 1;
		} else if (m->kind == RASD_LEX_NEGATION &&
			   rasdp_lex_negation(c->lx, m->entry)->kind == RASD_NEG_DENY) {
			s->deny = 1;
			s->speech = 1;
			if (speech_kind < 0) {
				speech_kind = RASD_SPEECH_DENY;
				speech_tok = m->tok_start;
				speech_end = m->tok_end;
			}
		}
	}
	if (!s->speech)
		return 0;
	/* The source nearest the reporting verb, not an addressee. */
	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = match_at(c, i);
		int dist, score;

		if (m->kind != RASD_LEX_SOURCE || is_addressee(c, m))
			continue;
		if (m->tok_end <= speech_tok)
			dist = (int)(speech_tok - m->tok_end);
		else if (m->tok_start >= speech_end)
			dist = (int)(m->tok_start - speech_end);
		else
			dist = 0;
		score = -dist;
		/* "according to X", "بحسب X": X follows the verb. */
		if (speech_kind == RASD_SPEECH_ACCORDING && m->tok_start < speech_end)
			score -= 20;
		if (!clause_clear(d, m->tok_end <= speech_tok ? m->tok_end : speech_end,
				  m->tok_end <= speech_tok ? speech_tok : m->tok_start))
			score -= 5;
		if (score > best_score) {
			best_score = score;
			best = (int32_t)m->entry;
			best_start = d->toks[m->tok_start].start;
			best_end = d->toks[m->tok_end - 1].end;
		}
	}
	(void)st;
	if (best < 0 || best_score < -12) {
		/* "Akbari said", "وقال أكبري": the holder of a source, by surname */
		uint32_t t, lo = speech_tok > 2 ? speech_tok - 2 : 0;
		const struct rasd_match *am;

		/* "the SDF said", "وقالت قسد": the actor's own voice, or its name */
		if (s->speech && (am = actor_subject(c, s, speech_tok, speech_end)) != NULL) {
			actor_ref(c, (int32_t)am->entry, am, &s->src);
			return 1;
		}

		for (t = lo; t < speech_end + 2 && t < st->tok_end; t++) {
			int32_t a;

			if (t >= speech_tok && t < speech_end)
				continue;
			if (t < st->tok_start || (a = alias_at(c, t)) < 0)
				continue;
			memset(&s->src, 0, sizeof(s->src));
			s->src.source = a;
			s->src.chain[0] = source_name(c, a);
			s->src.nchain = 1;
			s->src.start = d->toks[t].start;
			s->src.end = d->toks[t].end;
			return 1;
		}
		return 0;
	}
	memset(&s->src, 0, sizeof(s->src));
	s->src.source = best;
	s->src.chain[0] = source_name(c, best);
	s->src.nchain = 1;
	s->src.start = best_start;
	s->src.end = best_end;
	if (speech_kind == RASD_SPEECH_QUOTE || speech_kind == RASD_SPEECH_SAY)
		add_inner_speaker(c, s, &s->src, speech_tok < best_start ? speech_end : speech_end,
				  st->tok_end);
	return 1;
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
/* The source standing as subject of reporting verb `v`, or NULL. */
static const struct rasd_match *verb_subject(struct ctx *c, const struct sent_info *s,
					     const struct rasd_match *v)
{
	struct rasd_doc *d = c->d;
	size_t i;

	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = match_at(c, i);

		if (m->kind != RASD_LEX_SOURCE || is_addressee(c, m))
			continue;
		/* right after it (Arabic; "according to X"), or right before it */
		if ((m->tok_start >= v->tok_end && m->tok_start - v->tok_end <= 2 &&
		     clause_clear(d, v->tok_end, m->tok_start)) ||
		    (m->tok_end <= v->tok_start && v->tok_start - m->tok_end <= 2 &&
		     clause_clear(d, m->tok_end, v->tok_start)))
			return m;
	}
	return NULL;
}

static int clause_speaker(struct ctx *c, const struct sent_info *s, uint32_t tok,
			  struct rasd_srcref *ref)
{
	struct rasd_doc *d = c->d;
	const struct rasd_match *best = NULL;
	uint32_t best_dist = UINT32_MAX;
	size_t i, nverbs = 0;

	for (i = s->m_first; i < s->m_last; i++)
		nverbs += match_at(c, i)->kind == RASD_LEX_SPEECH;
	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *v = match_at(c, i), *m;
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
		if (dist >= best_dist || !(m = verb_subject(c, s, v)))
			continue;
		best = m;
		best_dist = dist;
	}
	if (!best || (int32_t)best->entry == s->src.source)
		return 0;
	memset(ref, 0, sizeof(*ref));
	ref->source = (int32_t)best->entry;
	ref->chain[0] = source_name(c, (int32_t)best->entry);
	ref->nchain = 1;
	ref->start = d->toks[best->tok_start].start;
	ref->end = d->toks[best->tok_end - 1].end;
	return 1;
}

/*
 * "Syrian TV: 13 killed in ...": a source opening a headline-like line
 * and followed by a colon speaks the rest of it.
 */
static int headline_speaker(struct ctx *c, struct sent_info *s, const struct rasd_sentence *st)
{
	struct rasd_doc *d = c->d;
	size_t i;

	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = match_at(c, i);
		size_t len;
		const char *w;

		if (m->tok_start != st->tok_start)
			break;
		if (m->kind != RASD_LEX_SOURCE || m->tok_end >= st->tok_end)
			continue;
		w = rasdp_tok_norm(d, &d->toks[m->tok_end], &len);
		if (len != 1 || w[0] != ':')
			continue;
		memset(&s->src, 0, sizeof(s->src));
		s->src.source = (int32_t)m->entry;
		s->src.chain[0] = source_name(c, (int32_t)m->entry);
		s->src.nchain = 1;
		s->src.start = d->toks[m->tok_start].start;
		s->src.end = d->toks[m->tok_end - 1].end;
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
static int speech_names_other(const struct rasd_doc *d, const struct sent_info *s)
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

static int starts_with_continuation(const struct rasd_doc *d, const struct rasd_sentence *st)
{
	uint32_t t = st->tok_start;

	while (t < st->tok_end && is_punct(d, t))
		t++;
	if (t >= st->tok_end)
		return 0;
	if (cue(d, t, RASD_CUE_CONTINUATION))
		return 1;
	/* "He added", "She said" in English. */
	return cue(d, t, RASD_CUE_PRONOUN) && t + 1 < st->tok_end &&
	       cue(d, t + 1, RASD_CUE_PRONOUN_VERB);
}

/* ---- figures -------------------------------------------------------- */

static int is_count(const struct rasd_number *n)
{
	if (n->in_date || n->ordinal || n->percent)
		return 0;
	if (n->value <= 0 || n->value > 1000000)
		return 0;
	return 1;
}

/*
 * "ارتفعت حصيلة ضحايا الغارات الروسية على قرية قرب جسر الشغور إلى تسعة",
 * "the death toll from Thursday's attack rose to 54": a toll word further
 * back than a casualty word reaches, and "to/إلى/بلغ" right before the
 * number (words as normalised: "إلى" is "الي").  Returns the kind, or -1.
 */
static int toll_reached(const struct ctx *c, const struct sent_info *s,
			const struct rasd_number *n, uint32_t *cas_tok)
{
	const struct rasd_doc *d = c->d;
	size_t i, k;
	uint32_t t;

	if (n->tok_start < 2 || !cue(d, n->tok_start - 1, RASD_CUE_TOLL_TO))
		return -1;
	for (t = n->tok_start - 1; t > 0 && n->tok_start - t <= 16; t--) {
		if (is_break(d, t - 1) && !tok_is_punct(d, t - 1, ','))
			return -1;
		if (!cue(d, t - 1, RASD_CUE_TOLL))
			continue;
		/* another count between them is the toll's */
		for (k = 0; k < d->nnums; k++)
			if (d->nums[k].tok_start >= t && d->nums[k].tok_end <= n->tok_start &&
			    is_count(&d->nums[k]))
				return -1;
		/* the kind named with it: "حصيلة ضحايا", "حصيلة الجرحى", "death toll" */
		for (i = s->m_first; i < s->m_last; i++) {
			const struct rasd_match *m = match_at(c, i);

			if (m->kind == RASD_LEX_CASUALTY && m->tok_start + 2 >= t - 1 &&
			    m->tok_start <= t + 1) {
				*cas_tok = m->tok_start;
				return rasdp_lex_casualty(c->lx, m->entry)->kind;
			}
		}
		*cas_tok = t - 1;
		return RASD_CAS_KILLED;
	}
	return -1;
}

/*
 * The casualty kind governing number `n`: the casualty noun right after it
 * ("14 قتيلا", "20 dead"), else the nearest casualty word in its clause
 * before ("قتل 14 شخصا", "killed 20 militants") or after ("20 people were
 * killed").  Returns the kind or -1.
 */
static int casualty_for(const struct ctx *c, const struct sent_info *s,
			const struct rasd_number *n, uint32_t *cas_tok)
{
	const struct rasd_doc *d = c->d;
	int best = -1, best_dist = 1000;
	const struct rasd_match *best_m = NULL;
	size_t i;

	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = match_at(c, i);
		const struct rasd_casualty *cas;
		int dist;

		if (m->kind != RASD_LEX_CASUALTY)
			continue;
		cas = rasdp_lex_casualty(c->lx, m->entry);
		if (m->tok_start >= n->tok_end) {
			dist = (int)(m->tok_start - n->tok_end) - aside_len(d, n->tok_end, m->tok_start);
			if (dist > CAS_WINDOW_AFTER || !clause_clear_aside(d, n->tok_end, m->tok_start))
				continue;
			/* A noun right after the number is what it counts. */
			if (dist <= 1 && cas->noun)
				dist = -1;
			else
				dist = dist * 2 + 1;
		} else if (m->tok_end <= n->tok_start) {
			dist = (int)(n->tok_start - m->tok_end);
			if (dist > CAS_WINDOW_BEFORE + 6 || !clause_clear_dates(d, m->tok_end, n->tok_start))
				continue;
			/* Count the distance without the date in between. */
			{
				uint32_t u;
				int coord = 0;

				for (u = m->tok_end; u < n->tok_start; u++) {
					if (in_date(d, u) || is_punct(d, u))
						dist--;
					/* "a civilian was killed and two others were injured":
					 * the word before belongs to the clause before */
					if (cue(d, u, RASD_CUE_COORDINATOR))
						coord = 1;
				}
				if (dist > CAS_WINDOW_BEFORE)
					continue;
				dist = dist * 2 + (coord ? 5 : 0);
			}
		} else {
			continue;
		}
		/* Another count between them belongs to that word instead. */
		if (dist < best_dist) {
			size_t k;
			int blocked = 0;
			uint32_t lo = m->tok_start < n->tok_start ? m->tok_end : n->tok_end;
			uint32_t hi = m->tok_start < n->tok_start ? n->tok_start : m->tok_start;

			for (k = 0; k < d->nnums; k++) {
				const struct rasd_number *o = &d->nums[k];

				/* not a part named in an aside: ", including two children," */
				if (o != n && is_count(o) && o->tok_start >= lo && o->tok_end <= hi &&
				    !(o->tok_start >= 1 && cue(d, o->tok_start - 1, RASD_CUE_SUBSET)))
					blocked = 1;
			}
			if (blocked)
				continue;
			best_dist = dist;
			best = cas->kind;
			best_m = m;
			*cas_tok = m->tok_start;
		}
	}
	if (best < 0)
		best = toll_reached(c, s, n, cas_tok);
	/*
	 * "مقتل وإصابة 218", "killed or wounded": a killed word and a wounded
	 * word side by side count the two together.
	 */
	if (best_m && (best == RASD_CAS_KILLED || best == RASD_CAS_WOUNDED)) {
		for (i = s->m_first; i < s->m_last; i++) {
			const struct rasd_match *m = match_at(c, i);
			int k;

			if (m->kind != RASD_LEX_CASUALTY || m == best_m)
				continue;
			k = rasdp_lex_casualty(c->lx, m->entry)->kind;
			if (k + best != RASD_CAS_KILLED + RASD_CAS_WOUNDED || k == best)
				continue;
			if ((m->tok_start == best_m->tok_end ||
			     (m->tok_start == best_m->tok_end + 1 &&
			      cue(d, best_m->tok_end, RASD_CUE_CONJUNCTION))) ||
			    (best_m->tok_start == m->tok_end ||
			     (best_m->tok_start == m->tok_end + 1 &&
			      cue(d, m->tok_end, RASD_CUE_CONJUNCTION)))) {
				/* Both on the same side of the figure. */
				if ((m->tok_start < n->tok_start) == (best_m->tok_start < n->tok_start))
					return RASD_CAS_KILLED_OR_WOUNDED;
			}
		}
	}
	return best;
}

/*
 * "نحو عشرة قتلى بينهم قياديان", "including two leaders": what follows
 * "among them" is a subset, not the group the first figure counts.
 */
static int subset_between(const struct rasd_doc *d, uint32_t a, uint32_t b)
{
	uint32_t t;

	for (t = a; t < b; t++)
		if (cue(d, t, RASD_CUE_SUBSET))
			return 1;
	return 0;
}

/*
 * Does number `n` count a part of a toll given before it: "123 شخصا من
 * ضمنهم 54 مدنيا بينهم 39 طفلا", "81 شهيدا منهم 6 نساء", "including five
 * children", "عدد القتلى بصفوف الخريجين 62"?  A subset word (or "in the
 * ranks of") at most four tokens before it, in its clause.
 */
static int subset_count(const struct ctx *c, const struct sent_info *si,
			const struct rasd_sentence *st, const struct rasd_number *n)
{
	const struct rasd_doc *d = c->d;
	uint32_t t;
	size_t i;

	for (t = n->tok_start; t > st->tok_start && n->tok_start - t < 4; t--) {
		if (is_break(d, t - 1))
			return 0;
		/* "بينهم طفلان وأصيب 12 آخرون": a casualty word opens another count */
		for (i = si->m_first; i < si->m_last; i++)
			if (match_at(c, i)->kind == RASD_LEX_CASUALTY &&
			    match_at(c, i)->tok_start <= t - 1 && match_at(c, i)->tok_end >= t)
				return 0;
		if (subset_between(d, t - 1, t) || cue(d, t - 1, RASD_CUE_RANKS))
			return 1;
	}
	return 0;
}

/*
 * Is number `n` a toll of the whole war, not of an event: its clause holds
 * a background cue ("350,000 killed during the civil war", "منذ اندلاع
 * الحرب")?  ("since 2017, when at least 30 were killed" is an earlier
 * event, and stays a figure.)
 */
static int war_toll(const struct ctx *c, const struct sent_info *s,
		      const struct rasd_sentence *st, const struct rasd_number *n)
{
	const struct rasd_doc *d = c->d;
	uint32_t a = n->tok_start, b = n->tok_end;
	size_t i;

	while (a > st->tok_start && !is_break(d, a - 1) && n->tok_start - a < 40)
		a--;
	while (b < st->tok_end && !is_break(d, b) && b - n->tok_end < 40)
		b++;
	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = match_at(c, i);

		if (m->kind == RASD_LEX_NEGATION && m->tok_start >= a && m->tok_end <= b &&
		    rasdp_lex_negation(c->lx, m->entry)->kind == RASD_NEG_BACKGROUND)
			return 1;
	}
	return 0;
}

/* Does a group of people ("مدنيين", "civilians") start at token `t`? */
static int people_at(const struct ctx *c, const struct sent_info *s, uint32_t t)
{
	size_t i;

	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = match_at(c, i);

		if (m->kind == RASD_LEX_GROUP && m->tok_start == t &&
		    strcmp(rasdp_lex_group(c->lx, m->entry)->id, "things"))
			return 1;
	}
	return 0;
}

/*
 * Does number `n` count things, not people: "two explosive devices",
 * "بعبوتين" (the dual is the number), "two improvised explosive devices"
 * (one word between)?  "killed 3 in raids" and "قتل سبعة مدنيين بغارات"
 * are people: a preposition or a group of people between parts them.
 */
static int counts_things(const struct ctx *c, const struct sent_info *s,
			 const struct rasd_number *n)
{
	const struct rasd_doc *d = c->d;
	size_t i;

	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = match_at(c, i);

		if (m->kind != RASD_LEX_GROUP || m->tok_start < n->tok_start ||
		    m->tok_start > n->tok_end + 1 ||
		    strcmp(rasdp_lex_group(c->lx, m->entry)->id, "things"))
			continue;
		if (m->tok_start == n->tok_end + 1 &&
		    (is_break(d, n->tok_end) || cue(d, n->tok_end, RASD_CUE_THINGS_PREP) ||
		     people_at(c, s, n->tok_end)))
			continue;
		return 1;
	}
	return 0;
}

/* The group a figure counts ("عنصرا", "civilians") and its actor. */
static void group_for(const struct ctx *c, const struct sent_info *s,
		      const struct rasd_number *n, struct rasd_claim *cl)
{
	const struct rasd_doc *d = c->d;
	size_t i;
	uint32_t gend = 0;

	cl->who = NULL;
	cl->who_actor = -1;
	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = match_at(c, i);

		if (m->kind == RASD_LEX_GROUP && m->tok_start >= n->tok_start &&
		    m->tok_start <= n->tok_end + 2 && clause_clear(d, n->tok_end, m->tok_start) &&
		    !subset_between(d, n->tok_end, m->tok_start)) {
			cl->who = rasdp_lex_group(c->lx, m->entry)->id;
			gend = m->tok_end;
			break;
		}
	}
	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = match_at(c, i);
		uint32_t from = gend ? gend : n->tok_end;

		/* "two police officers": the group may itself name the actor */
		if (m->kind == RASD_LEX_ACTOR && m->tok_start >= n->tok_end && m->tok_start <= from + 3 &&
		    clause_clear(d, n->tok_end, m->tok_start)) {
			cl->who_actor = (int32_t)m->entry;
			break;
		}
	}
	if (!cl->who && cl->who_actor >= 0)
		cl->who = "members";
}

/* ---- places --------------------------------------------------------- */

static int place_rank(const struct rasd_place *p)
{
	switch (p->kind) {
	case RASD_PLACE_LANDMARK: return 7;
	case RASD_PLACE_REGION: return 2;
	case RASD_PLACE_NEIGHBOURHOOD: return 6;
	case RASD_PLACE_VILLAGE: return 5;
	case RASD_PLACE_TOWN: return 5;
	case RASD_PLACE_CITY: return 5;
	case RASD_PLACE_SUBDISTRICT: return 3;
	case RASD_PLACE_DISTRICT: return 2;
	case RASD_PLACE_GOVERNORATE: return 1;
	default: return 0;
	}
}

static int32_t gov_of(const struct rasd_lexicon *lx, int32_t p)
{
	const struct rasd_place *pl;

	if (p < 0)
		return -1;
	pl = rasdp_lex_place(lx, (size_t)p);
	if (pl->kind == RASD_PLACE_GOVERNORATE)
		return p;
	return pl->admin1;
}

/*
 * Among the entries matched by one surface form (several places share
 * names), choose the one whose governorate the document mentions most,
 * then the most precise kind, then the most populous.
 */
static int32_t choose_place(const struct ctx *c, size_t first, size_t last)
{
	int32_t best = -1;
	long best_score = -1;
	size_t i;

	for (i = first; i < last; i++) {
		const struct rasd_match *m = match_at(c, i);
		const struct rasd_place *p;
		int32_t g;
		long score;

		if (m->kind != RASD_LEX_PLACE)
			continue;
		p = rasdp_lex_place(c->lx, m->entry);
		g = gov_of(c->lx, (int32_t)m->entry);
		score = (g >= 0 ? c->gov_count[g] : 0) * 1000000L + place_rank(p) * 100000L +
			(long)(p->population > 99999 ? 99999 : p->population);
		if (score > best_score) {
			best_score = score;
			best = (int32_t)m->entry;
		}
	}
	return best;
}

/*
 * Is place match `p` where a speaker is, not where the event was: right
 * after a source and "in" ("مراسل عنب بلدي في درعا", "our correspondent in
 * Idlib"); after an envoy's "to" ("Iran's ambassador to Damascus",
 * "سفير إيران في دمشق" is the first case); or an adjective of a speaker
 * ("a Damascus-affiliated official", "Damascus-based").
 */
static int speaker_base(const struct ctx *c, const struct sent_info *s, const struct rasd_match *p)
{
	const struct rasd_doc *d = c->d;
	size_t i;

	if (p->tok_end < d->ntoks && cue(d, p->tok_end, RASD_CUE_BASED))
		return 1;
	if (p->tok_start >= 2 && cue(d, p->tok_start - 1, RASD_CUE_ENVOY_TO) &&
	    cue(d, p->tok_start - 2, RASD_CUE_ENVOY))
		return 1;
	if (p->tok_start < 2 || !cue(d, p->tok_start - 1, RASD_CUE_SPEAKER_IN))
		return 0;
	if (cue(d, p->tok_start - 2, RASD_CUE_ENVOY))
		return 1;
	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = match_at(c, i);

		if (m->tok_start >= p->tok_start)
			break;
		if (m->kind == RASD_LEX_SOURCE && m->tok_end == p->tok_start - 1)
			return 1;
	}
	return 0;
}

/*
 * Is place match `p` where fire came from, not where it struck: "missiles
 * were fired from the occupied Golan Heights", "launched from Idlib", "من
 * اتجاه الجولان السوري المحتل"?
 */
static int fire_origin(const struct rasd_doc *d, const struct rasd_match *p)
{
	uint32_t t = p->tok_start, k;

	while (t > 0 && t + 3 > p->tok_start && cue(d, t - 1, RASD_CUE_ORIGIN_SKIP))
		t--;
	if (t >= 2 && cue(d, t - 1, RASD_CUE_DIRECTION) && cue(d, t - 2, RASD_CUE_FROM))
		return 1;
	if (t < 2 || !cue(d, t - 1, RASD_CUE_FROM))
		return 0;
	for (k = t - 1; k > 0 && t - k <= 4; k--) {
		if (is_break(d, k - 1))
			return 0;
		if (cue(d, k - 1, RASD_CUE_FIRED))
			return 1;
	}
	return 0;
}

/* Is the place at token `t` a point of the compass from: "شرقي حمص", "east of Homs"? */
static int direction_before(const struct rasd_doc *d, uint32_t t)
{
	if (t >= 1 && cue(d, t - 1, RASD_CUE_COMPASS))
		return 1;
	return t >= 2 && cue(d, t - 1, RASD_CUE_COMPASS_OF) && cue(d, t - 2, RASD_CUE_COMPASS_POINT);
}

/*
 * Is place match `m` named as a region of its governorate: a point of the
 * compass from it ("شرقي حمص", "east of Homs", "eastern Homs"), or its
 * countryside ("بريف حمص الشرقي", "Homs countryside", "Homs province")?
 */
static int region_of(const struct rasd_doc *d, const struct rasd_match *m)
{
	if (m->tok_start >= 1 && cue(d, m->tok_start - 1, RASD_CUE_COUNTRYSIDE))
		return 1;
	if (m->tok_end < d->ntoks && cue(d, m->tok_end, RASD_CUE_REGION_AFTER))
		return 1;
	return direction_before(d, m->tok_start);
}


static void sentence_place(struct ctx *c, struct sent_info *s)
{
	const struct rasd_doc *d = c->d;
	size_t i = s->m_first;

	uint32_t covered = 0;   /* end of the longest place match so far */

	s->place = -1;
	s->place_rank = 0;
	while (i < s->m_last) {
		const struct rasd_match *m = match_at(c, i);
		size_t j = i + 1;
		int32_t p;
		int r;

		if (m->kind != RASD_LEX_PLACE) {
			i++;
			continue;
		}
		/* "محافظة درعا" names the governorate, not the city inside it. */
		if (m->tok_end <= covered) {
			i++;
			continue;
		}
		/* "مراسل عنب بلدي في درعا": where the speaker is, not the event. */
		if (speaker_base(c, s, m) || fire_origin(d, m)) {
			covered = m->tok_end;
			i++;
			continue;
		}
		covered = m->tok_end;
		/* All entries for the same span. */
		while (j < s->m_last && match_at(c, j)->tok_start == m->tok_start &&
		       match_at(c, j)->tok_end == m->tok_end)
			j++;
		p = choose_place(c, i, j);
		/* "شرقي حمص", "in eastern Homs countryside": a region of the governorate */
		if (p >= 0 && region_of(d, m)) {
			size_t k;

			for (k = i; k < j; k++)
				if (match_at(c, k)->kind == RASD_LEX_PLACE &&
				    rasdp_lex_place(c->lx, match_at(c, k)->entry)->kind == RASD_PLACE_GOVERNORATE)
					p = (int32_t)match_at(c, k)->entry;
		}
		r = p >= 0 ? place_rank(rasdp_lex_place(c->lx, (size_t)p)) : 0;
		/* Country-level names ("Syria") do not locate an event. */
		if (p >= 0 && r > s->place_rank) {
			s->place = p;
			s->place_rank = r;
			s->place_start = d->toks[m->tok_start].start;
			s->place_end = d->toks[m->tok_end - 1].end;
		}
		i = j;
	}
}

/* ---- events --------------------------------------------------------- */

static int same_name(const struct rasd_place *a, const struct rasd_place *b)
{
	return a->name_en && b->name_en && !strcmp(a->name_en, b->name_en);
}

static int same_or_inside(const struct rasd_lexicon *lx, int32_t a, int32_t b)
{
	const struct rasd_place *pa, *pb;

	if (a < 0 || b < 0 || a == b)
		return 1;
	pa = rasdp_lex_place(lx, (size_t)a);
	pb = rasdp_lex_place(lx, (size_t)b);
	if (pa->admin1 == b || pa->admin2 == b || pb->admin1 == a || pb->admin2 == a)
		return 1;
	/* Same name at different levels (a town and its subdistrict). */
	if (same_name(pa, pb))
		return 1;
	/*
	 * "درعا" read as the city of Daraa and a town of Daraa governorate:
	 * the bare name is as often the governorate, so they agree.
	 */
	if (pa->admin1 >= 0 && same_name(rasdp_lex_place(lx, (size_t)pa->admin1), pb))
		return 1;
	if (pb->admin1 >= 0 && same_name(rasdp_lex_place(lx, (size_t)pb->admin1), pa))
		return 1;
	return 0;
}

static struct rasd_event *new_event(struct rasd_doc *d)
{
	struct rasd_event *ev = RASD_ARENA_PUSH(&d->arena, d->events, d->nevents, d->events_alloc);

	if (!ev)
		return NULL;
	ev->date_idx = -1;
	ev->place = -1;
	return ev;
}

static int add_evidence(struct rasd_doc *d, struct rasd_event *ev, uint32_t sent)
{
	uint32_t *slot;

	if (ev->nevidence && ev->evidence[ev->nevidence - 1] == sent)
		return 0;
	slot = RASD_ARENA_PUSH(&d->arena, ev->evidence, ev->nevidence, ev->evidence_alloc);
	if (!slot)
		return RASD_ENOMEM;
	*slot = sent;
	return 0;
}

static int add_actor(struct rasd_doc *d, struct rasd_event *ev, int32_t actor,
		     uint8_t role, uint32_t start, uint32_t end)
{
	struct rasd_event_actor *a;
	size_t i;

	for (i = 0; i < ev->nactors; i++)
		if (ev->actors[i].actor == actor) {
			if (role == RASD_ROLE_ACTOR1 && ev->actors[i].role != RASD_ROLE_ACTOR1)
				ev->actors[i].role = role;
			return 0;
		}
	a = RASD_ARENA_PUSH(&d->arena, ev->actors, ev->nactors, ev->actors_alloc);
	if (!a)
		return RASD_ENOMEM;
	a->actor = actor;
	a->role = role;
	a->start = start;
	a->end = end;
	return 0;
}

static int same_source(const struct rasd_srcref *a, const struct rasd_srcref *b)
{
	if (a->outlet != b->outlet || a->source != b->source)
		return 0;
	if (a->source < 0 && !a->outlet)
		return a->nchain && b->nchain && a->chain[0] && b->chain[0] &&
		       !strcmp(a->chain[0], b->chain[0]);
	return 1;
}

static int add_claim(struct rasd_doc *d, struct rasd_event *ev, const struct rasd_claim *cl)
{
	struct rasd_claim *slot;
	size_t i;

	/* One source restating one figure counts once. */
	for (i = 0; i < ev->nclaims; i++) {
		const struct rasd_claim *o = &ev->claims[i];

		if (o->kind == cl->kind && o->value == cl->value && o->qualifier == cl->qualifier &&
		    o->denied == cl->denied && same_source(&o->src, &cl->src))
			return 0;
	}
	slot = RASD_ARENA_PUSH(&d->arena, ev->claims, ev->nclaims, ev->claims_alloc);
	if (!slot)
		return RASD_ENOMEM;
	*slot = *cl;
	return 0;
}

static int add_part(struct rasd_doc *d, struct rasd_event *ev, const struct rasd_participant *p)
{
	struct rasd_participant *slot;
	size_t i;

	for (i = 0; i < ev->nparts; i++) {
		const struct rasd_participant *o = &ev->parts[i];

		if (o->actor == p->actor && o->denied == p->denied && o->limited == p->limited &&
		    same_source(&o->src, &p->src))
			return 0;
	}
	slot = RASD_ARENA_PUSH(&d->arena, ev->parts, ev->nparts, ev->parts_alloc);
	if (!slot)
		return RASD_ENOMEM;
	*slot = *p;
	return 0;
}

static void event_date(struct rasd_doc *d, struct rasd_event *ev, int32_t di)
{
	const struct rasd_date *t = &d->dates[di];

	if (!t->date.y)
		return;
	/* Prefer the most precise date; among equals, keep the first. */
	if (ev->date_idx >= 0 && d->dates[ev->date_idx].precision <= t->precision)
		return;
	ev->date_idx = di;
	ev->date = t->date;
	ev->last = t->last;
	ev->precision = t->precision;
}

/*
 * Is date `t` the time of the reporting: after a reporting verb of its
 * sentence, with no casualty word or event cue between them?
 */
static int reporting_date(const struct rasd_doc *d, const struct sent_info *s,
			  const struct rasd_date *t)
{
	size_t i;
	int after_speech = 0;

	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = &d->matches[i];

		if (m->tok_start >= t->tok_start)
			break;
		if (m->kind == RASD_LEX_SPEECH)
			after_speech = 1;
		else if (after_speech && (m->kind == RASD_LEX_CASUALTY || m->kind == RASD_LEX_TRIGGER))
			after_speech = 0;
	}
	return after_speech;
}

/*
 * The date of sentence `s`: its first resolved date that is not just the
 * report's own date restated next to a reporting verb.
 */
static int32_t sentence_date(const struct rasd_doc *d, const struct rasd_sentence *st,
			     const struct sent_info *s)
{
	int32_t best = -1;
	size_t i;

	for (i = 0; i < d->ndates; i++) {
		const struct rasd_date *t = &d->dates[i];

		if (t->tok_start < st->tok_start || t->tok_end > st->tok_end || !t->date.y)
			continue;
		if (t->precision == RASD_PREC_YEAR)
			continue;
		/* "quoted an officer today, Monday 17 October": when it was said. */
		if (s->speech && d->published.y && t->date.y == d->published.y &&
		    t->date.m == d->published.m && t->date.d == d->published.d &&
		    reporting_date(d, s, t))
			continue;
		if (best < 0 || t->precision < d->dates[best].precision)
			best = (int32_t)i;
	}
	return best;
}

static int trigger_rank(const struct rasd_trigger *t)
{
	return t->weight;
}

/*
 * A vague figure ("dozens wounded") adds nothing where the event has a
 * written figure of the same kind; it stays only when it is all there is.
 * Nor does the outlet's own restatement of a figure a source gives.
 */
static void prune_vague(struct rasd_doc *d)
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
			/*
			 * The outlet restating in its own voice (a headline, a
			 * lead) a figure it attributes elsewhere: "kill at least
			 * 14" ... "at least 14, according to SANA" is SANA's.
			 */
			if (cl->src.source < 0 && !cl->denied && !cl->subset)
				for (k = 0; k < ev->nclaims && keep; k++)
					if (ev->claims[k].src.source >= 0 && !ev->claims[k].denied &&
					    ev->claims[k].kind == cl->kind &&
					    ev->claims[k].value == cl->value &&
					    ev->claims[k].value_hi == cl->value_hi)
						keep = 0;
			if (keep)
				ev->claims[w++] = *cl;
		}
		ev->nclaims = w;
	}
}

static int dates_agree(const struct rasd_event *a, const struct rasd_event *b)
{
	int64_t a0, a1, b0, b1;

	if (!a->date.y || !b->date.y)
		return 1;
	a0 = rasdp_days_from_ymd(a->date.y, a->date.m, a->date.d);
	a1 = rasdp_days_from_ymd(a->last.y, a->last.m, a->last.d);
	b0 = rasdp_days_from_ymd(b->date.y, b->date.m, b->date.d);
	b1 = rasdp_days_from_ymd(b->last.y, b->last.m, b->last.d);
	return a0 <= b1 + 1 && b0 <= a1 + 1;
}

static int is_strategic(const char *type)
{
	return type && !strcmp(type, "Strategic developments");
}

/*
 * The event's type is the kind of violence its sentences point to most:
 * each sentence's cue votes with its weight squared.  Violence outranks strategic
 * developments ("reinforcements" in a report of a battle); among equal
 * sums the heavier single cue wins.
 */
static void settle_type(struct rasd_event *ev)
{
	const struct rasd_type_vote *best = NULL;
	size_t i;

	for (i = 0; i < ev->nvotes; i++) {
		const struct rasd_type_vote *v = &ev->votes[i];

		if (!best || is_strategic(best->event_type) > is_strategic(v->event_type) ||
		    (is_strategic(best->event_type) == is_strategic(v->event_type) &&
		     (v->sum > best->sum || (v->sum == best->sum && v->best > best->best))))
			best = v;
	}
	if (!best)
		return;
	ev->event_type = best->event_type;
	ev->sub_type = best->sub_type;
	ev->trigger_weight = best->best;
}

static void add_vote(struct rasd_event *ev, const char *type, const char *sub, int sum, int weight)
{
	size_t i;

	for (i = 0; i < ev->nvotes && strcmp(ev->votes[i].event_type, type); i++)
		;
	if (i == ev->nvotes) {
		if (ev->nvotes == RASD_MAX_TYPE_VOTES)
			return;
		memset(&ev->votes[i], 0, sizeof(ev->votes[i]));
		ev->votes[i].event_type = type;
		ev->nvotes++;
	}
	ev->votes[i].sum += sum;
	if (weight > ev->votes[i].best || !ev->votes[i].sub_type) {
		ev->votes[i].best = weight;
		ev->votes[i].sub_type = sub;
	}
	settle_type(ev);
}

static void vote_trigger(struct rasd_event *ev, const struct rasd_trigger *t)
{
	/* squared: one "car bomb" outweighs three generic "attack"s */
	add_vote(ev, t->event_type, t->sub_type, t->weight * t->weight, t->weight);
}

/*
 * May two frames of one document at agreeing places and dates be one
 * event?  Same kind of violence; or one of them only a strategic
 * development there; or one frame undated at the very same town, where
 * the report comes back to its event ("the regime fired only two shells
 * on Jasim") without restating when.
 */
static int types_join(const struct rasd_lexicon *lx, const struct rasd_event *a,
		      const struct rasd_event *b)
{
	if (!a->event_type || !b->event_type || !strcmp(a->event_type, b->event_type))
		return 1;
	if (is_strategic(a->event_type) || is_strategic(b->event_type))
		return 1;
	if ((!a->date.y || !b->date.y) && a->place >= 0 &&
	    (a->place == b->place ||
	     same_name(rasdp_lex_place(lx, (size_t)a->place), rasdp_lex_place(lx, (size_t)b->place))) &&
	    place_rank(rasdp_lex_place(lx, (size_t)a->place)) >= 5)
		return 1;
	return 0;
}

/*
 * Merge later frames of the document that tell of the same event (same
 * place or one inside the other, overlapping dates, compatible type) into
 * the first: a report often comes back to its event after a digression.
 */
static int merge_events(struct ctx *c)
{
	struct rasd_doc *d = c->d;
	size_t i, j, k;
	int rc;

	for (i = 0; i < d->nevents; i++) {
		struct rasd_event *a = &d->events[i];

		for (j = i + 1; j < d->nevents; j++) {
			struct rasd_event *b = &d->events[j];

			if (a->place < 0 || b->place < 0 || !same_or_inside(c->lx, a->place, b->place))
				continue;
			if (!dates_agree(a, b))
				continue;
			if (!types_join(c->lx, a, b))
				continue;
			/* Merge b into a. */
			for (k = 0; k < b->nclaims; k++)
				if ((rc = add_claim(d, a, &b->claims[k])))
					return rc;
			for (k = 0; k < b->nparts; k++)
				if ((rc = add_part(d, a, &b->parts[k])))
					return rc;
			for (k = 0; k < b->nactors; k++)
				if ((rc = add_actor(d, a, b->actors[k].actor, b->actors[k].role,
						    b->actors[k].start, b->actors[k].end)))
					return rc;
			for (k = 0; k < b->nevidence; k++)
				if ((rc = add_evidence(d, a, b->evidence[k])))
					return rc;
			for (k = 0; k < b->nvotes; k++)
				add_vote(a, b->votes[k].event_type, b->votes[k].sub_type, b->votes[k].sum,
					 b->votes[k].best);
			if (place_rank(rasdp_lex_place(c->lx, (size_t)b->place)) >
			    place_rank(rasdp_lex_place(c->lx, (size_t)a->place))) {
				a->place = b->place;
				a->place_start = b->place_start;
				a->place_end = b->place_end;
				a->geo_precision = b->geo_precision;
			}
			if (b->date_idx >= 0)
				event_date(d, a, b->date_idx);
			memmove(b, b + 1, (d->nevents - j - 1) * sizeof(*b));
			d->nevents--;
			j--;
		}
	}
	return 0;
}

/*
 * How much sentence `si`, with figures `figs`, restates event `ev`: a
 * figure of the same kind and value (2 with the same qualifier, else 1), a
 * participant it names again (1 each), the same kind of violence (1).
 */
static int echo_score(const struct ctx *c, const struct rasd_event *ev, const struct sent_info *si,
		      const struct rasd_claim *figs, size_t nfig)
{
	const struct rasd_doc *d = c->d;
	int score = 0;
	size_t i, k;

	for (i = 0; i < nfig; i++) {
		int best = 0;

		for (k = 0; k < ev->nclaims; k++) {
			const struct rasd_claim *cl = &ev->claims[k];

			if (cl->kind != figs[i].kind || cl->value != figs[i].value)
				continue;
			if (best < (cl->qualifier == figs[i].qualifier ? 2 : 1))
				best = cl->qualifier == figs[i].qualifier ? 2 : 1;
		}
		score += best;
	}
	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *m = &d->matches[i];
		size_t j;

		if (m->kind != RASD_LEX_ACTOR)
			continue;
		/* once per actor of the sentence */
		for (j = si->m_first; j < i; j++)
			if (d->matches[j].kind == RASD_LEX_ACTOR && d->matches[j].entry == m->entry)
				break;
		if (j < i)
			continue;
		for (k = 0; k < ev->nparts; k++)
			if (ev->parts[k].actor == (int32_t)m->entry && !ev->parts[k].denied) {
				score++;
				break;
			}
	}
	if (si->trig >= 0 && ev->event_type &&
	    !strcmp(rasdp_lex_trigger(c->lx, (size_t)si->trig)->event_type, ev->event_type))
		score++;
	return score;
}

/*
 * Actors of sentence `s` into event `ev`: every mention is an actor of the
 * event; those not counted among the victims are also participants, as the
 * sentence's speaker says (or denies).
 */
/*
 * Is the actor at match `a` named as whom the victims belong to: "قتل قائد
 * في الحرس الثوري", "مقتل عناصر من قوات النظام", "killed a commander of
 * the IRGC"?  A casualty word, then a group, then "of/في/من", then it.
 */
static int victims_of(const struct ctx *c, const struct sent_info *s, const struct rasd_match *a)
{
	const struct rasd_doc *d = c->d;
	size_t i, k;
	uint32_t t = a->tok_start;

	if (t < 2)
		return 0;
	/* "in the IRGC": skip an article */
	if (cue(d, t - 1, RASD_CUE_ARTICLE) && t >= 3)
		t--;
	if (!cue(d, t - 1, RASD_CUE_VICTIMS_OF))
		return 0;
	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *g = match_at(c, i);

		if (g->kind != RASD_LEX_GROUP || g->tok_end != t - 1 ||
		    !strcmp(rasdp_lex_group(c->lx, g->entry)->id, "things"))
			continue;
		for (k = s->m_first; k < s->m_last; k++) {
			const struct rasd_match *v = match_at(c, k);

			if (v->kind == RASD_LEX_CASUALTY && v->tok_end <= g->tok_start &&
			    g->tok_start - v->tok_end <= 3 && clause_clear(d, v->tok_end, g->tok_start))
				return 1;
		}
	}
	return 0;
}

/*
 * Does sentence `st` have a word of taking part (cues.tsv "part_word")?  A
 * sentence with no event cue speaks of who took part only with one.
 */
static int has_part_word(const struct rasd_doc *d, const struct rasd_sentence *st)
{
	uint32_t t;

	for (t = st->tok_start; t < st->tok_end; t++)
		if (cue(d, t, RASD_CUE_PART_WORD))
			return 1;
	return 0;
}

/* Is actor match `m` the one speaking ("Russia said", "وقالت قسد")? */
static int is_speaker_actor(struct ctx *c, const struct sent_info *si, const struct rasd_match *m)
{
	size_t i;

	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *v = match_at(c, i);

		if (v->kind == RASD_LEX_SPEECH && actor_subject(c, si, v->tok_start, v->tok_end) == m)
			return 1;
	}
	return 0;
}

/*
 * Is actor match `m` the subject of a denial right after it: "HTS, which
 * denied involvement", "هيئة تحرير الشام التي نفت مسؤوليتها", "Russia
 * denied"?
 */
static int denies_itself(struct ctx *c, const struct sent_info *s, const struct rasd_match *m)
{
	const struct rasd_doc *d = c->d;
	uint32_t t = m->tok_end;
	size_t i;

	if (t < d->ntoks && tok_is_punct(d, t, ','))
		t++;
	if (t < d->ntoks && cue(d, t, RASD_CUE_RELATIVE))
		t++;
	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *v = match_at(c, i);

		if (v->tok_start != t)
			continue;
		if ((v->kind == RASD_LEX_SPEECH &&
		     rasdp_lex_speech(c->lx, v->entry)->kind == RASD_SPEECH_DENY) ||
		    (v->kind == RASD_LEX_NEGATION &&
		     rasdp_lex_negation(c->lx, v->entry)->kind == RASD_NEG_DENY))
			return 1;
	}
	return 0;
}


/* Does the sentence's speaker deny ("The ministry denied ...", "نفت الوزارة")? */
static int speaker_is_denier(struct ctx *c, const struct sent_info *si)
{
	size_t i;

	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *v = match_at(c, i), *subj;

		if (v->kind != RASD_LEX_SPEECH ||
		    rasdp_lex_speech(c->lx, v->entry)->kind != RASD_SPEECH_DENY)
			continue;
		subj = verb_subject(c, si, v);
		if (subj && (int32_t)subj->entry == si->src.source)
			return 1;
	}
	return 0;
}

/* Is a word of taking part negated in sentence `s` ("had not been involved")? */
static int part_word_negated(struct ctx *c, const struct sent_info *si, uint32_t s)
{
	const struct rasd_sentence *st = &c->d->sents[s];
	uint32_t t;

	for (t = st->tok_start; t < st->tok_end; t++)
		if (cue(c->d, t, RASD_CUE_PART_WORD) && negated(c, si, t))
			return 1;
	return 0;
}

/*
 * "The Russian defence ministry denied that its aircraft had carried out any
 * strikes", "نفت وزارة الدفاع الروسية مشاركة طائراتها", "Russia said its
 * jets had not been involved": a speaker for an actor denying, in a
 * sentence about taking part, that the actor took part.
 */
static int speaker_denies(struct ctx *c, struct rasd_event *ev, const struct sent_info *si,
			  uint32_t s)
{
	struct rasd_doc *d = c->d;
	struct rasd_participant p;
	int32_t a;
	size_t i;

	if (si->src.source < 0 || !has_part_word(d, &d->sents[s]))
		return 0;
	a = rasdp_lex_source(c->lx, (size_t)si->src.source)->actor;
	if (a < 0)
		return 0;
	if (!(si->deny ? speaker_is_denier(c, si) : part_word_negated(c, si, s)))
		return 0;
	for (i = 0; i < ev->nparts; i++)
		if (ev->parts[i].actor == a && ev->parts[i].sent == s)
			return 0;
	memset(&p, 0, sizeof(p));
	p.actor = a;
	p.denied = 1;
	p.src = si->src;
	p.start = si->src.start;
	p.end = si->src.end;
	p.sent = s;
	return add_part(d, ev, &p);
}

/*
 * The actors of sentence `s` go to event `ev`; each, unless a victim or
 * named for its affiliation, is a participant as the sentence's speaker
 * tells it.  A sentence that only adds detail (`figs` NULL: no event cue of
 * its own) names participants only when it speaks of taking part ("بينما
 * لم تشارك أي قوات روسية"): "Israel cannot affect the relations between
 * Syria and Iran" says nothing of who took part.
 */
static int sentence_actors(struct ctx *c, struct rasd_event *ev, const struct sent_info *si,
			   uint32_t s, const struct rasd_claim *figs, size_t nfig)
{
	struct rasd_doc *d = c->d;
	size_t i;
	int rc;

	if (!figs && !has_part_word(d, &d->sents[s]))
		return 0;

	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *m = &d->matches[i];
		struct rasd_participant p;
		size_t k;
		int victim = 0;

		if (m->kind != RASD_LEX_ACTOR || is_speaker_actor(c, si, m))
			continue;
		for (k = 0; k < nfig; k++)
			if (figs[k].who_actor == (int32_t)m->entry)
				victim = 1;
		if (!victim && victims_of(c, si, m))
			victim = 1;
		memset(&p, 0, sizeof(p));
		if (!victim) {
			p.limited = (uint8_t)part_limited(c, si, m->tok_start, m->tok_end);
			p.denied = (uint8_t)(!p.limited && (denied_at(c, si, m->tok_start) ||
							     part_negated(c, si, m->tok_start, m->tok_end)));
		}
		/* An actor said not to have taken part is none of the event's. */
		if (!p.denied &&
		    (rc = add_actor(d, ev, (int32_t)m->entry, victim ? RASD_ROLE_ACTOR2 : RASD_ROLE_ACTOR1,
				    d->toks[m->tok_start].start, d->toks[m->tok_end - 1].end)))
			return rc;
		if (victim)
			continue;
		if (affiliation(d, m->tok_start))
			continue;
		p.actor = (int32_t)m->entry;
		p.src = si->src;
		p.start = d->toks[m->tok_start].start;
		p.end = d->toks[m->tok_end - 1].end;
		p.sent = s;
		if ((rc = add_part(d, ev, &p)))
			return rc;
		/* "blamed HTS, which denied involvement": the actor denies for itself */
		if (denies_itself(c, si, m)) {
			p.denied = 1;
			p.limited = 0;
			actor_ref(c, (int32_t)m->entry, m, &p.src);
			if ((rc = add_part(d, ev, &p)))
				return rc;
		}
	}
	return speaker_denies(c, ev, si, s);
}

/* Is there a preposition among tokens [a, b) ("الجرحى إلى المستشفى العسكري")? */
static int prep_between(const struct rasd_doc *d, uint32_t a, uint32_t b)
{
	uint32_t t;

	for (t = a; t < b; t++)
		if (cue(d, t, RASD_CUE_NAME_STOP))
			return 1;
	return 0;
}

/*
 * Counts of one written without a number: a casualty word and a group noun
 * naming one person, side by side - "مقتل شاب", "اعتقال عنصر", "killed a
 * civilian", "a soldier was wounded".  Added to `figs` (n used of max);
 * returns the new count.
 */
static size_t singular_claims(struct ctx *c, const struct sent_info *si,
			      const struct rasd_sentence *st, uint32_t s,
			      struct rasd_claim *figs, size_t n, size_t max)
{
	const struct rasd_doc *d = c->d;
	size_t i, j, k;

	for (i = si->m_first; i < si->m_last && n < max; i++) {
		const struct rasd_match *cm = match_at(c, i);
		const struct rasd_match *g = NULL;
		uint32_t lo, hi;
		struct rasd_claim *cl;
		int dup = 0;

		if (cm->kind != RASD_LEX_CASUALTY)
			continue;
		for (j = si->m_first; j < si->m_last; j++) {
			const struct rasd_match *m = match_at(c, j);

			if (m->kind != RASD_LEX_GROUP || !rasdp_lex_group(c->lx, m->entry)->one)
				continue;
			/*
			 * Right after the casualty word, or a few words on: after
			 * "a/an/one" ("killed a former rebel commander"), or past
			 * the subject in Arabic ("اغتال مسلحون مجهولون القيادي").
			 */
			if ((m->tok_start >= cm->tok_end && m->tok_start <= cm->tok_end + 1 &&
			     clause_clear(d, cm->tok_end, m->tok_start)) ||
			    (m->tok_start > cm->tok_end + 1 && m->tok_start <= cm->tok_end + 3 &&
			     !rasdp_lex_casualty(c->lx, cm->entry)->noun &&
			     clause_clear(d, cm->tok_end, m->tok_start) &&
			     ((d->toks[cm->tok_end].flags & RASD_TOKF_LATIN) ?
			      cue(d, cm->tok_end, RASD_CUE_INDEFINITE) : !prep_between(d, cm->tok_end, m->tok_start))) ||
			    (m->tok_end <= cm->tok_start && cm->tok_start - m->tok_end <= 2 &&
			     clause_clear(d, m->tok_end, cm->tok_start))) {
				g = m;
				break;
			}
		}
		if (!g)
			continue;
		/* English names one person with "a/an/one": "civilian casualties" is none */
		if ((d->toks[g->tok_start].flags & RASD_TOKF_LATIN) &&
		    !cue(d, g->tok_start, RASD_CUE_INDEFINITE) &&
		    !(g->tok_start > 0 && cue(d, g->tok_start - 1, RASD_CUE_INDEFINITE)) &&
		    !(g->tok_start > cm->tok_end && cue(d, cm->tok_end, RASD_CUE_INDEFINITE)))
			continue;
		/*
		 * A number that counts the noun ("killed 3 civilians", "مدنيين
		 * اثنين") or stands between them counts instead; one in the next
		 * clause ("قتل مدني وأصيب اثنان") does not.
		 */
		lo = g->tok_start < cm->tok_start ? g->tok_start : cm->tok_start;
		hi = g->tok_end > cm->tok_end ? g->tok_end : cm->tok_end;
		lo = lo > st->tok_start + 2 ? lo - 2 : st->tok_start;
		for (k = 0; k < d->nnums && !dup; k++) {
			const struct rasd_number *x = &d->nums[k];

			if (!is_count(x))
				continue;
			/* "قتل 14 شخصا على الأقل": the number may wrap the noun */
			if ((x->tok_start < hi && x->tok_end > lo) || x->tok_start == g->tok_end ||
			    x->tok_end + 1 == g->tok_start)
				dup = 1;
		}
		/* one claim per person named ("was killed" and "killed" both match) */
		for (k = 0; k < n && !dup; k++)
			if (figs[k].start == d->toks[g->tok_start].start)
				dup = 1;
		if (dup)
			continue;
		cl = &figs[n++];
		memset(cl, 0, sizeof(*cl));
		cl->kind = (uint8_t)rasdp_lex_casualty(c->lx, cm->entry)->kind;
		cl->value = cl->value_hi = 1;
		cl->qualifier = RASD_Q_EXACT;
		cl->start = d->toks[g->tok_start].start;
		cl->end = d->toks[g->tok_end - 1].end;
		cl->sent = s;
		cl->who = rasdp_lex_group(c->lx, g->entry)->id;
		cl->who_actor = -1;
		if (!clause_speaker(c, si, g->tok_start, &cl->src))
			cl->src = si->src;
		cl->denied = (uint8_t)(denied_at(c, si, cm->tok_start) || negated(c, si, cm->tok_start));
	}
	return n;
}

int rasdp_build_events(const struct rasd_engine *e, struct rasd_doc *d)
{
	struct ctx c;
	struct rasd_event *cur = NULL;
	size_t i, mi = 0;
	uint32_t s;
	int rc = 0;
	struct rasd_srcref prev_src;
	int prev_has_speaker = 0;
	struct rasd_claim head_figs[32];
	size_t nhead = 0;
	struct rasd_srcref last_src;
	int32_t last_src_sent = -1;
	size_t nplaces = rasdp_lex_count(e->lx, RASD_LEX_PLACE);

	memset(&c, 0, sizeof(c));
	c.e = e;
	c.lx = e->lx;
	c.d = d;
	if (!d->nsents)
		return 0;
	c.si = rasd_arena_calloc(&d->arena, d->nsents, sizeof(*c.si));
	c.gov_count = rasd_arena_calloc(&d->arena, nplaces ? nplaces : 1, sizeof(int32_t));
	if (!c.si || !c.gov_count)
		return RASD_ENOMEM;

	/* Governorates named anywhere steer the choice among same-name places. */
	for (i = 0; i < d->nmatches; i++) {
		const struct rasd_match *m = &d->matches[i];
		int32_t g;

		if (m->kind != RASD_LEX_PLACE)
			continue;
		g = gov_of(e->lx, (int32_t)m->entry);
		if (g >= 0)
			c.gov_count[g]++;
	}

	find_aliases(&c);

	memset(&prev_src, 0, sizeof(prev_src));
	prev_src.source = -1;
	for (s = 0; s < d->nsents; s++) {
		const struct rasd_sentence *st = &d->sents[s];
		struct sent_info *si = &c.si[s];

		si->trig = -1;
		si->date = -1;
		si->m_first = mi;
		while (mi < d->nmatches && d->matches[mi].tok_start < st->tok_end)
			mi++;
		si->m_last = mi;
		si->headline = (s == 0 && d->title && st->end - st->start == strlen(d->title) &&
				!memcmp(d->text + st->start, d->title, st->end - st->start));

		if (attribute(&c, si, s) || headline_speaker(&c, si, st)) {
			si->has_speaker = 1;
		} else if (si->speech && last_src_sent >= 0 && s - (uint32_t)last_src_sent <= 4 &&
			   !speech_names_other(d, si)) {
			/* "The agency said", "وأفادت الوكالة": the last named speaker. */
			si->src = last_src;
			si->has_speaker = 1;
		} else if (prev_has_speaker && starts_with_continuation(d, st)) {
			si->src = prev_src;
			si->has_speaker = 1;
		} else if (si->speech && prev_has_speaker) {
			/* "The agency added ...", "وأضاف": the last speaker goes on. */
			size_t k;
			int add = 0;

			for (k = si->m_first; k < si->m_last; k++)
				if (d->matches[k].kind == RASD_LEX_SPEECH &&
				    rasdp_lex_speech(e->lx, d->matches[k].entry)->kind == RASD_SPEECH_ADD)
					add = 1;
			if (add) {
				si->src = prev_src;
				si->has_speaker = 1;
			}
		}
		if (!si->has_speaker) {
			memset(&si->src, 0, sizeof(si->src));
			si->src.source = -1;
			si->src.outlet = 1;
		}
		if (si->has_speaker && si->src.source >= 0) {
			last_src = si->src;
			last_src_sent = (int32_t)s;
		}
		/* Speakers carry over within a paragraph only. */
		if (si->has_speaker) {
			prev_src = si->src;
			prev_has_speaker = 1;
		} else if (s + 1 < d->nsents && d->sents[s + 1].para != st->para) {
			prev_has_speaker = 0;
		} else {
			prev_has_speaker = 0;
		}

		for (i = si->m_first; i < si->m_last; i++) {
			const struct rasd_match *m = &d->matches[i];
			const struct rasd_trigger *t;

			if (m->kind != RASD_LEX_TRIGGER)
				continue;
			if (negated(&c, si, m->tok_start))
				continue;
			t = rasdp_lex_trigger(e->lx, m->entry);
			if (trigger_rank(t) > si->trig_weight) {
				si->trig = (int32_t)m->entry;
				si->trig_weight = trigger_rank(t);
				si->anaphor = m->tok_start > st->tok_start &&
					      cue(d, m->tok_start - 1, RASD_CUE_DEMONSTRATIVE);
			}
		}
		sentence_place(&c, si);
		si->date = sentence_date(d, st, si);
	}

	/* Figures, sentence by sentence, framed into events. */
	for (s = 0; s < d->nsents; s++) {
		const struct rasd_sentence *st = &d->sents[s];
		struct sent_info *si = &c.si[s];
		size_t nfig = 0;
		struct rasd_claim figs[32];

		for (i = 0; i < d->nnums && nfig < 32; i++) {
			const struct rasd_number *n = &d->nums[i];
			struct rasd_claim *cl;
			uint32_t cas_tok = 0;
			int kind, subset;

			if (n->tok_start < st->tok_start || n->tok_end > st->tok_end || !is_count(n))
				continue;
			kind = casualty_for(&c, si, n, &cas_tok);
			subset = subset_count(&c, si, st, n);
			/*
			 * "30 قتيلا من ضمنهم 12 مدنيا بينهم 5 أطفال", "five civilians,
			 * including two children, were killed": a part of the toll
			 * before it counts what that toll counts.
			 */
			if (nfig > 0 && subset) {
				kind = figs[nfig - 1].kind;
				cas_tok = n->tok_start;
			}
			if (kind < 0 || counts_things(&c, si, n) || war_toll(&c, si, st, n))
				continue;
			cl = &figs[nfig++];
			memset(cl, 0, sizeof(*cl));
			cl->kind = (uint8_t)kind;
			cl->value = n->value;
			cl->value_hi = n->value_hi;
			cl->qualifier = n->qualifier;
			cl->start = n->start;
			cl->end = n->end;
			cl->sent = s;
			if (!clause_speaker(&c, si, n->tok_start, &cl->src))
				cl->src = si->src;
			cl->denied = (uint8_t)(denied_at(&c, si, n->tok_start) ||
					      negated(&c, si, cas_tok < n->tok_start ? cas_tok : n->tok_start));
			group_for(&c, si, n, cl);
			cl->subset = (uint8_t)subset;
		}
		nfig = singular_claims(&c, si, st, s, figs, nfig, 32);
		si->is_event = si->trig >= 0 || nfig > 0;
		if (!si->is_event) {
			/*
			 * A sentence right after an event, without a cue of its
			 * own, adds detail to it: its date, its place, who took
			 * part or did not ("بينما لم تشارك أي قوات روسية").
			 */
			if (cur && s - cur->sent_last <= 2 && st->para == d->sents[cur->sent_last].para) {
				if (cur->place < 0 && si->place >= 0) {
					cur->place = si->place;
					cur->place_start = si->place_start;
					cur->place_end = si->place_end;
					cur->geo_precision = (uint8_t)(si->place_rank >= 5 ? 1 : si->place_rank >= 2 ? 2 : 3);
				}
				if (si->date >= 0 && (cur->date_idx < 0 ||
						      d->dates[si->date].precision < cur->precision))
					event_date(d, cur, si->date);
				if ((rc = sentence_actors(&c, cur, si, s, NULL, 0)))
					return rc;
			}
			continue;
		}
		/* The headline restates the body: its figures are weighed at the end. */
		if (si->headline && s + 1 < d->nsents) {
			memcpy(head_figs, figs, nfig * sizeof(*figs));
			nhead = nfig;
			continue;
		}

		/*
		 * A sentence with no place or date of its own that restates an
		 * earlier event's figure, actors and kind goes back to it ("TASS
		 * said 20 were killed" after a digression on another attack).
		 */
		if (cur && si->place < 0 && si->date < 0 && nfig > 0) {
			struct rasd_event *back = NULL;
			int here = echo_score(&c, cur, si, figs, nfig), best = 0;

			for (i = 0; i < d->nevents; i++) {
				int sc = &d->events[i] == cur ? 0 : echo_score(&c, &d->events[i], si, figs, nfig);

				if (sc > best) {
					best = sc;
					back = &d->events[i];
				}
			}
			if (back && best >= 3 && best >= here + 2)
				cur = back;
		}
		/*
		 * "هذا الانفجار الذي يأتي بعد ... الانتصار في درعا", "this attack
		 * comes after ...": the event spoken of is the current one, and a
		 * place in the sentence is of something else.
		 */
		if (cur && si->anaphor && si->date < 0)
			si->place = -1;
		/* Does this sentence continue the current event? */
		if (cur) {
			int same_place = same_or_inside(e->lx, cur->place, si->place);
			int same_date = si->date < 0 || cur->date_idx < 0 ||
				(d->dates[si->date].date.y == cur->date.y &&
				 d->dates[si->date].date.m == cur->date.m &&
				 (d->dates[si->date].precision != RASD_PREC_DAY ||
				  cur->precision != RASD_PREC_DAY ||
				  abs(d->dates[si->date].date.d - cur->date.d) <= 1));
			const struct rasd_trigger *nt = si->trig >= 0 ? rasdp_lex_trigger(e->lx, (size_t)si->trig) : NULL;
			int same_type = !nt || !cur->event_type || !strcmp(nt->event_type, cur->event_type) ||
				nt->weight < 5 || cur->trigger_weight < 5;

			/* "during the clashes": no place or date of its own goes on */
			if (si->place < 0 && si->date < 0 && s - cur->sent_last <= 3)
				same_type = 1;
			if (!(same_place && same_date && same_type))
				cur = NULL;
		}
		if (!cur) {
			cur = new_event(d);
			if (!cur)
				return RASD_ENOMEM;
			cur->sent_first = s;
		}
		cur->sent_last = s;
		if (add_evidence(d, cur, s))
			return RASD_ENOMEM;
		if (si->trig >= 0) {
			const struct rasd_trigger *t = rasdp_lex_trigger(e->lx, (size_t)si->trig);

			vote_trigger(cur, t);
		}
		if (si->place >= 0 && (cur->place < 0 ||
				       si->place_rank > place_rank(rasdp_lex_place(e->lx, (size_t)cur->place)))) {
			cur->place = si->place;
			cur->place_start = si->place_start;
			cur->place_end = si->place_end;
			cur->geo_precision = (uint8_t)(si->place_rank >= 5 ? 1 : si->place_rank >= 2 ? 2 : 3);
		}
		if (si->date >= 0)
			event_date(d, cur, si->date);
		for (i = 0; i < nfig; i++)
			if ((rc = add_claim(d, cur, &figs[i])))
				return rc;
		if ((rc = sentence_actors(&c, cur, si, s, figs, nfig)))
			return rc;
	}

	/*
	 * Headline figures: dropped when the body reports the same figure,
	 * else they belong to the first event (or make one of their own).
	 */
	if (nhead) {
		struct sent_info *si = &c.si[0];

		for (i = 0; i < nhead; i++) {
			size_t k, j;
			int restated = 0;

			for (k = 0; k < d->nevents && !restated; k++)
				for (j = 0; j < d->events[k].nclaims; j++)
					if (d->events[k].claims[j].kind == head_figs[i].kind &&
					    d->events[k].claims[j].value == head_figs[i].value)
						restated = 1;
			if (restated)
				continue;
			if (!d->nevents) {
				cur = new_event(d);
				if (!cur)
					return RASD_ENOMEM;
				if (si->trig >= 0) {
					const struct rasd_trigger *t = rasdp_lex_trigger(e->lx, (size_t)si->trig);

					vote_trigger(cur, t);
				}
				if (si->place >= 0) {
					cur->place = si->place;
					cur->place_start = si->place_start;
					cur->place_end = si->place_end;
					cur->geo_precision = (uint8_t)(si->place_rank >= 5 ? 1 : si->place_rank >= 2 ? 2 : 3);
				}
				if (si->date >= 0)
					event_date(d, cur, si->date);
				if (add_evidence(d, cur, 0))
					return RASD_ENOMEM;
			}
			if ((rc = add_claim(d, &d->events[0], &head_figs[i])))
				return rc;
		}
	}
	/* A headline place or type fills what the body left open. */
	if (d->nevents && d->nsents > 1 && c.si[0].headline) {
		struct rasd_event *ev = &d->events[0];
		struct sent_info *si = &c.si[0];

		if (ev->place < 0 && si->place >= 0) {
			ev->place = si->place;
			ev->place_start = si->place_start;
			ev->place_end = si->place_end;
			ev->geo_precision = (uint8_t)(si->place_rank >= 5 ? 1 : si->place_rank >= 2 ? 2 : 3);
		}
		if (!ev->event_type && si->trig >= 0) {
			const struct rasd_trigger *t = rasdp_lex_trigger(e->lx, (size_t)si->trig);

			vote_trigger(ev, t);
		}
	}

	if ((rc = merge_events(&c)))
		return rc;
	prune_vague(d);

	/*
	 * An event must have a figure, or a strong type cue and a place:
	 * background mentions of "the campaign" or "control" are not events.
	 */
	{
		size_t w = 0;

		for (i = 0; i < d->nevents; i++) {
			struct rasd_event *ev = &d->events[i];

			if (!ev->nclaims && (!ev->event_type || ev->trigger_weight < MIN_EVENT_WEIGHT ||
					     (ev->place < 0 && ev->trigger_weight < MIN_EVENT_WEIGHT + 1)))
				continue;
			if (w != i)
				d->events[w] = *ev;
			w++;
		}
		d->nevents = w;
	}
	return d->arena.failed ? RASD_ENOMEM : 0;
}
