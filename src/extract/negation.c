/*
 * negation.c - whether a word, a figure or an actor's part is negated,
 * denied, or played down.
 *
 * Three scopes, each a decision the other stages ask for:
 *   - a negator (negation.tsv "not") reaches at most NEG_WINDOW tokens
 *     forward within its clause: "لم تشهد المنطقة أي طلعات" negates the
 *     sorties, "no air strikes" the strikes; a "not" inside a number ("ما
 *     لا يقل عن") negates nothing, nor one that is the tail of another word
 *     ("كلم"), nor one over a stop ("لم تتوقف الاحتجاجات", "did not stop":
 *     negation.tsv `cease`), which tells that what it holds went on;
 *   - a denial (speech.tsv or negation.tsv "deny") reaches to the end of its
 *     clause, or of the clause its "that" (cues.tsv `that`) opens; what
 *     comes before the verb is not denied;
 *   - neither reaches into a relative clause that opens after its object
 *     ("denied involvement in the bombing that killed 7": the bombing's
 *     toll is not denied; cues.tsv `relative`), nor, from a relative clause
 *     describing a speaker, past the speaker's verb of saying ("the
 *     statement, which did not name them, said 40 were killed");
 *   - a denial of whom a deed hit (a target word of cues.tsv
 *     `unarmed_target`/`armed_target`), the deed affirmed on another target
 *     in a later clause, denies no part in the deed ("denied targeting
 *     civilians, saying it struck militant positions");
 *   - an actor's part is negated only by a negator right before it with no
 *     preposition between (cues.tsv `part_prep`: "not on orders from the
 *     regime" says nothing of the regime's part) or right after it ("Russian
 *     forces did not take part"), and played down by a limit cue next to it.
 * The cue words are data; the windows are the trade-off between reaching a
 * verb's object and leaking into the next clause, and are named here.
 */
#include "extract/framing_int.h"

#include "base/banned.h"

/* How far (in tokens) a negation reaches. */
#define NEG_WINDOW 5

/*
 * Does a relative clause open in (a, b): a relative word (cues.tsv
 * `relative`) that does not stand right after the negator or verb at `a`?
 * "denied involvement in the bombing that killed 7", "نفت مسؤوليتها عن
 * التفجير الذي أودى بحياة 7": the clause describes the bombing, and
 * what it says is not denied; "denied that 7 were killed" ("that" right
 * after the verb) denies the figure.
 */
static int relative_between(const struct rasd_doc *d, uint32_t a, uint32_t b)
{
	uint32_t u;

	for (u = a + 1; u < b; u++)
		if (rasdp_cue(d, u, RASD_CUE_RELATIVE))
			return 1;
	return 0;
}

/*
 * Does negator or denial match `m` open a relative clause describing what
 * comes before it (a relative word right before it, or one word before:
 * "the statement, which did not mention the wedding", "البيان الذي لم
 * يذكر"), with the verb of saying the clause describes between it and
 * token `t`: "the statement which did not name them said 40 were killed"?
 * The relative clause ends at that verb: what the speaker says is not
 * negated.
 */
static int relative_then_said(const struct rasdp_ctx *c, const struct rasdp_sent *s,
			      const struct rasd_match *m, uint32_t t)
{
	const struct rasd_doc *d = c->d;
	uint32_t u;
	size_t i;

	int rel = 0;

	for (u = m->tok_start; !rel && u > 0 && m->tok_start - u < 2 && !rasdp_is_break(d, u - 1); u--)
		rel = rasdp_cue(d, u - 1, RASD_CUE_RELATIVE);
	if (!rel)
		return 0;
	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *v = rasdp_match_at(c, i);

		if (v->tok_start >= t)
			break;
		if (v->tok_start >= m->tok_end && v->kind == RASD_LEX_SPEECH &&
		    rasdp_lex_speech(c->lx, v->entry)->kind != RASD_SPEECH_DENY)
			return 1;
	}
	return 0;
}

/*
 * Does negator match `m` stand as a word of its own?  A negation particle
 * (two letters: لم، لا، لن) takes a conjunction before it ("ولم", "فلا")
 * or the preposition ب ("بلا", without), never ك or ل: "كلم" (km) and
 * "كلا" (both) read as a negator only with a letter of another word peeled
 * off.  The nouns of negation keep their prepositions ("لعدم", "بغير").
 * Closed grammar: the particle is the stripped key of two letters, and
 * whether that key is itself a negator is asked of negation.tsv.
 */
static int negator_own_word(const struct rasdp_ctx *c, const struct rasd_match *m)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_token *tok = &d->toks[m->tok_start];
	const char *w, *k;
	size_t len, klen, i;

	if (tok->nkeys < 2)
		return 1;
	w = rasdp_tok_norm(d, tok, &len);
	k = rasdp_tok_key(d, tok, tok->nkeys - 1, &klen);
	if (klen != 4)
		return 1;
	for (i = 0; i + 1 < (size_t)(k - w); i += 2)
		if (w[i] == '\xd9' && (w[i + 1] == '\x83' || w[i + 1] == '\x84')) /* ك ل */
			break;
	if (i + 1 >= (size_t)(k - w))
		return 1;
	return rasdp_lex_lookup(c->lx, RASD_LEX_NEGATION, k, klen) < 0;
}

/* Is match `m` a negator of kind `kind` (negation.tsv), standing as a word of its own? */
int rasdp_negator(const struct rasdp_ctx *c, const struct rasd_match *m, unsigned kind)
{
	return m->kind == RASD_LEX_NEGATION && rasdp_lex_negation(c->lx, m->entry)->kind == kind &&
	       negator_own_word(c, m);
}

/*
 * Does negator match `m` negate a stop: a verb of stopping, ceasing or
 * easing (negation.tsv `cease`) right after it, or one word on ("لم
 * تتوقف الاحتجاجات", "لم يهدأ القصف", "the shelling did not stop", "have
 * not yet ended")?  Then what it holds went on, and nothing after the
 * verb is negated.
 */
static int negates_stop(const struct rasdp_ctx *c, const struct rasdp_sent *s,
			const struct rasd_match *m)
{
	size_t i;

	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *v = rasdp_match_at(c, i);

		if (v->tok_start < m->tok_end)
			continue;
		if (v->tok_start - m->tok_end > 1)
			break;
		if (v->kind == RASD_LEX_NEGATION &&
		    rasdp_lex_negation(c->lx, v->entry)->kind == RASD_NEG_CEASE)
			return 1;
	}
	return 0;
}

/*
 * Does a clause of its own open between negator `m` and token `t`: a
 * "that" (cues.tsv `that`: "not an isolated case, and that the jets
 * struck", "لم يؤكد أن القوات شاركت")?  A "not" holds its own clause; a
 * denial reaches into its "that" (rasdp_denied_at()).
 */
static int clause_opens(const struct rasdp_ctx *c, const struct rasd_match *m, uint32_t t)
{
	return rasdp_lex_negation(c->lx, m->entry)->kind == RASD_NEG_NOT &&
	       rasdp_cue_between(c->d, m->tok_end, t, RASD_CUE_THAT);
}

/* Is token `t` inside a number expression ("ما لا يقل عن 42": not a negator)? */
static int in_number(const struct rasd_doc *d, uint32_t t)
{
	return t < d->ntoks && (d->toks[t].flags & RASD_TOKF_IN_NUM);
}

/*
 * Where the object of negator `m` ends when it is a denial whose phrase
 * (speech.tsv `deny`) takes a report noun ("denied reports", "denied the
 * allegations"): a "that" right after it opens the denied content, not a
 * clause describing the reports ("denied reports that it shelled the
 * town").  Otherwise the negator's own end.
 */
static uint32_t denied_object_end(const struct rasdp_ctx *c, const struct rasdp_sent *s,
				  const struct rasd_match *m)
{
	uint32_t end = m->tok_end;
	size_t i;

	if (!rasdp_negator(c, m, RASD_NEG_DENY))
		return end;
	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *v = rasdp_match_at(c, i);

		if (v->tok_start > m->tok_start)
			break;
		if (v->tok_start == m->tok_start && v->tok_end > end && rasdp_denial_verb(c, v))
			end = v->tok_end;
	}
	return end;
}

/*
 * Is token `t` negated: a negator in the same clause at most NEG_WINDOW
 * tokens before it?  Arabic "لم تشارك أي قوات روسية", "لم تشهد المنطقة أي
 * طلعات جوية"; English "did not take part", "no air strikes".
 */
int rasdp_negated(const struct rasdp_ctx *c, const struct rasdp_sent *s, uint32_t t)
{
	const struct rasd_doc *d = c->d;
	size_t i;

	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);

		/* (matches are in token order: a negator from here on ends past `t`) */
		if (m->tok_start >= t)
			break;
		if (m->kind != RASD_LEX_NEGATION)
			continue;
		if (!rasdp_negator(c, m, RASD_NEG_NOT) && !rasdp_negator(c, m, RASD_NEG_DENY) &&
		    !rasdp_negator(c, m, RASD_NEG_RELEASE))
			continue;
		if (m->tok_end > t)
			break;
		if (t - m->tok_end <= NEG_WINDOW && rasdp_clause_clear(d, m->tok_end, t) &&
		    !in_number(d, m->tok_start) && !relative_between(d, denied_object_end(c, s, m), t) &&
		    !negates_stop(c, s, m) && !clause_opens(c, m, t) &&
		    !relative_then_said(c, s, m, t))
			return 1;
	}
	return 0;
}

/* How far (in tokens) from a denial verb a word of a practice is looked for ("نفى النظام مرارا"). */
#define HABIT_WINDOW 3

/*
 * Is denial verb match `m` a denial made?  Not one to come or only
 * predicted: a modal right before it, or one word before ("will deny", "is
 * expected to deny", "سوف ينفي"); nor the denial of a practice: a habitual
 * word just before it or in its clause just after ("has always denied
 * targeting civilians", "نفى النظام مرارا استخدام"), which denies no part
 * or figure of this event.
 */
int rasdp_denial_made(const struct rasd_doc *d, const struct rasd_match *m)
{
	uint32_t t = m->tok_start, u;

	for (u = t; u > 0 && t - u < 2 && !rasdp_is_break(d, u - 1); u--)
		if (rasdp_cue(d, u - 1, RASD_CUE_MODAL) || rasdp_cue(d, u - 1, RASD_CUE_HABITUAL))
			return 0;
	for (u = m->tok_end; u < d->ntoks && u < m->tok_end + HABIT_WINDOW && !rasdp_is_break(d, u); u++)
		if (rasdp_cue(d, u, RASD_CUE_HABITUAL))
			return 0;
	return 1;
}

/* Does token `t` name what an attack hits (cues.tsv `unarmed_target`, `armed_target`)? */
int rasdp_target_word(const struct rasd_doc *d, uint32_t t)
{
	return rasdp_cue(d, t, RASD_CUE_UNARMED_TARGET) || rasdp_cue(d, t, RASD_CUE_ARMED_TARGET);
}

/* Is match `v` a denial verb (speech.tsv or negation.tsv `deny`)? */
int rasdp_denial_verb(const struct rasdp_ctx *c, const struct rasd_match *v)
{
	return (v->kind == RASD_LEX_SPEECH &&
		rasdp_lex_speech(c->lx, v->entry)->kind == RASD_SPEECH_DENY) ||
	       (v->kind == RASD_LEX_NEGATION &&
		rasdp_lex_negation(c->lx, v->entry)->kind == RASD_NEG_DENY);
}

/*
 * Does denial match `v` deny only whom or what the deed hit: its clause
 * names a target (a word of `unarmed_target` or `armed_target`: civilians,
 * homes, a checkpoint) and a later clause of the sentence affirms a deed,
 * an event cue not negated with a target after it and no actor or another
 * denial before it ("denied targeting civilians, saying its jets struck
 * militant positions", "نفى استهداف المدنيين، مؤكدا أن القصف طال مواقع
 * للمسلحين")?  The speaker owns the deed and disputes its victims; "denied
 * targeting civilians, saying the rebels shelled the town" denies the deed.
 */
int rasdp_target_denial(const struct rasdp_ctx *c, const struct rasdp_sent *s,
			const struct rasd_match *v)
{
	const struct rasd_doc *d = c->d;
	uint32_t end = d->sents[d->toks[v->tok_start].sent].tok_end, t, u;
	int target = 0;
	size_t i;

	for (t = v->tok_end; t < end && !rasdp_is_break(d, t); t++)
		target |= rasdp_target_word(d, t);
	if (!target)
		return 0;
	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *w = rasdp_match_at(c, i);

		if (w->tok_start <= t)
			continue;
		if (w->kind == RASD_LEX_ACTOR || rasdp_denial_verb(c, w))
			return 0;
		if (w->kind != RASD_LEX_TRIGGER || rasdp_negated(c, s, w->tok_start))
			continue;
		for (u = w->tok_end; u < end && !rasdp_is_break(d, u); u++)
			if (rasdp_target_word(d, u))
				return 1;
	}
	return 0;
}

/*
 * Does the last denial made before token `t` deny only whom the deed hit
 * (rasdp_target_denial()), `t` no target itself?  "denied that its jets
 * bombed homes, saying they struck militant bases" leaves the jets' part
 * standing; the civilians named as the target stay denied.
 */
int rasdp_target_only(const struct rasdp_ctx *c, const struct rasdp_sent *s, uint32_t t)
{
	const struct rasd_match *deny = NULL;
	size_t i;

	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *v = rasdp_match_at(c, i);

		if (v->tok_start >= t)
			break;
		if (rasdp_denial_verb(c, v) && rasdp_denial_made(c->d, v))
			deny = v;
	}
	return deny && !rasdp_target_word(c->d, t) && rasdp_target_denial(c, s, deny);
}

/*
 * Is token `t` under a denial verb of its sentence ("نفى ...", "denied
 * that ...")?  Only what follows the verb is denied.
 */
int rasdp_denied_at(const struct rasdp_ctx *c, const struct rasdp_sent *s, uint32_t t)
{
	const struct rasd_doc *d = c->d;
	size_t i;

	if (!s->deny)
		return 0;
	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);
		uint32_t u;

		if (m->tok_start >= t)
			break;
		if (!rasdp_denial_verb(c, m) || !rasdp_denial_made(d, m))
			continue;
		/*
		 * The denial reaches to the end of its clause, or of the clause
		 * its "that" opens: "نفوا وجود الخلايا، حتى ... بمؤازرة من اللواء
		 * الثامن" denies the cells, not the brigade.
		 */
		if (relative_between(d, m->tok_end, t) || relative_then_said(c, s, m, t))
			continue;
		if (rasdp_clause_clear_dates(d, m->tok_end, t))
			return 1;
		for (u = m->tok_end; u < t; u++)
			if (rasdp_cue(d, u, RASD_CUE_THAT) && rasdp_clause_clear_dates(d, u, t))
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
int rasdp_part_negated(const struct rasdp_ctx *c, const struct rasdp_sent *s,
		       uint32_t a, uint32_t b)
{
	const struct rasd_doc *d = c->d;
	size_t i;

	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);
		uint32_t u;

		if (!rasdp_negator(c, m, RASD_NEG_NOT))
			continue;
		if (m->tok_start >= b) {
			if (m->tok_start - b <= 1 && rasdp_clause_clear(d, b, m->tok_start) &&
			    !negates_stop(c, s, m))
				return 1;
			break;
		}
		if (negates_stop(c, s, m))
			continue;
		if (m->tok_end > a || a - m->tok_end > NEG_WINDOW ||
		    !rasdp_clause_clear(d, m->tok_end, a) || clause_opens(c, m, a))
			continue;
		for (u = m->tok_end; u < a && !rasdp_cue(d, u, RASD_CUE_PART_PREP); u++)
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
int rasdp_part_limited(const struct rasdp_ctx *c, const struct rasdp_sent *s,
		       uint32_t a, uint32_t b)
{
	size_t i;

	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);

		if (m->kind != RASD_LEX_NEGATION ||
		    rasdp_lex_negation(c->lx, m->entry)->kind != RASD_NEG_LIMIT)
			continue;
		if (m->tok_end <= a && a - m->tok_end <= 1)
			return 1;
		if (m->tok_start >= b && m->tok_start - b <= 3 &&
		    rasdp_clause_clear(c->d, b, m->tok_start))
			return 1;
	}
	return 0;
}

/* How far (in tokens) before a word judging a figure false the noun of the figure is looked for. */
#define REJECT_WINDOW 5

/*
 * Is a "not" (negation.tsv `not`) right before match `m`, or one word
 * before ("the figure was not exaggerated", "ليست مبالغا فيها")?  A denial
 * verb before it ("dismissed the toll as inflated") is no negator of it.
 */
static int not_before(const struct rasdp_ctx *c, const struct rasdp_sent *si,
		      const struct rasd_match *m)
{
	size_t i;

	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *v = rasdp_match_at(c, i);

		if (rasdp_negator(c, v, RASD_NEG_NOT) && v->tok_end <= m->tok_start &&
		    m->tok_start - v->tok_end <= 1)
			return 1;
	}
	return 0;
}

/*
 * The first token of the clause of sentence `si` where a figure is judged
 * false: a word of negation.tsv `reject` ("exaggerated", "مبالغ فيها", "غير
 * صحيحة"), not itself negated, at most REJECT_WINDOW tokens after a noun of
 * a figure in its clause (cues.tsv `toll`: "the figure was exaggerated",
 * "وصفت الوزارة الحصيلة بأنها مبالغ فيها", "dismissed the toll as
 * inflated", "أرقام غير صحيحة"), or UINT32_MAX.  `*noun` is the noun's
 * token and `*word` the judging word's.
 */
static uint32_t rejected_clause(const struct rasdp_ctx *c, const struct rasdp_sent *si,
				uint32_t *noun, uint32_t *word)
{
	const struct rasd_doc *d = c->d;
	size_t i;
	uint32_t u, from;

	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);

		if (!rasdp_negator(c, m, RASD_NEG_REJECT) || not_before(c, si, m))
			continue;
		from = d->sents[d->toks[m->tok_start].sent].tok_start;
		if (m->tok_start - from > REJECT_WINDOW)
			from = m->tok_start - REJECT_WINDOW;
		for (u = m->tok_start; u > from && !rasdp_is_break(d, u - 1); u--)
			if (rasdp_cue(d, u - 1, RASD_CUE_TOLL)) {
				*noun = u - 1;
				*word = m->tok_start;
				while (u > d->sents[d->toks[m->tok_start].sent].tok_start &&
				       !rasdp_is_break(d, u - 1))
					u--;
				return u;
			}
	}
	return UINT32_MAX;
}

/*
 * Deny the figures of sentence `s` given in its clause [a, b) of bytes
 * ("dismissed the toll of 40 as inflated"); how many.
 */
static size_t deny_in_clause(struct rasd_doc *d, uint32_t s, uint32_t a, uint32_t b)
{
	size_t e, k, n = 0;

	for (e = 0; e < d->nevents; e++)
		for (k = 0; k < d->events[e].nclaims; k++) {
			struct rasd_claim *cl = &d->events[e].claims[k];

			if (cl->sent == s && cl->start >= a && cl->start < b) {
				cl->denied = 1;
				n++;
			}
		}
	return n;
}

/* How far (in tokens) after its speaker and verb the noun of the figure judged false is looked for. */
#define JUDGE_WINDOW 4

/*
 * Is the speaker of sentence `si` the one judging the figure named at
 * token `noun`: named next to its reporting verb, and the noun at most
 * JUDGE_WINDOW tokens after both ("The ministry said the figure", "وصفت
 * الوزارة الحصيلة", "قالت الوزارة إن هذه أرقام")?  A speaker named
 * elsewhere in the sentence (a photo credit run into it) judges nothing.
 */
static int judge_of(const struct rasdp_ctx *c, const struct rasdp_sent *si, uint32_t noun)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_sentence *st = &d->sents[d->toks[noun].sent];
	uint32_t ss = UINT32_MAX, se = 0, u, last;

	for (u = st->tok_start; u < st->tok_end; u++)
		if (d->toks[u].start >= si->src.start && d->toks[u].end <= si->src.end) {
			if (ss == UINT32_MAX)
				ss = u;
			se = u + 1;
		}
	if (ss == UINT32_MAX)
		return 0;
	if (!((se <= si->v_start && si->v_start - se <= 1) ||
	      (ss >= si->v_end && ss - si->v_end <= 1)))
		return 0;
	last = se > si->v_end ? se : si->v_end;
	return noun >= last && noun - last <= JUDGE_WINDOW;
}

/*
 * A figure judged false is denied by whoever judges it: its own figure in
 * the clause ("dismissed the toll of 40 as inflated"), else the last figure
 * another voice gave before ("SANA said 40 were killed. The RSF said the
 * figure was exaggerated"), a claim of its event denied by the sentence's
 * speaker, as "the RSF denied that 40 were killed" is.  The judge is named
 * in the sentence: a speaker carried over from before, or the report's own
 * voice, judges no figure.  0 or RASD_ENOMEM.
 */
int rasdp_figure_rejections(const struct rasdp_ctx *c)
{
	struct rasd_doc *d = c->d;
	uint32_t s, a, noun, word;
	size_t e, k;

	for (s = 0; s < d->nsents; s++) {
		const struct rasdp_sent *si = &c->si[s];
		struct rasd_claim best;
		size_t best_e = SIZE_MAX;

		if (si->src.outlet || si->src.source < 0 || !si->own || !si->speech ||
		    (a = rejected_clause(c, si, &noun, &word)) == UINT32_MAX ||
		    deny_in_clause(d, s, d->toks[a].start, d->toks[word].start) ||
		    !judge_of(c, si, noun))
			continue;
		for (e = 0; e < d->nevents; e++)
			for (k = 0; k < d->events[e].nclaims; k++) {
				const struct rasd_claim *cl = &d->events[e].claims[k];

				if (cl->denied || cl->subset || rasdp_same_voice(&cl->src, &si->src) ||
				    cl->start >= d->toks[noun].start ||
				    (best_e != SIZE_MAX && cl->start < best.start))
					continue;
				best = *cl;
				best_e = e;
			}
		if (best_e == SIZE_MAX)
			continue;
		best.denied = 1;
		best.src = si->src;
		best.sent = s;
		if (rasdp_add_claim(d, &d->events[best_e], &best))
			return RASD_ENOMEM;
	}
	return 0;
}
