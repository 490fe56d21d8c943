/*
 * participation.c - which actors an event has, which took part in it, as
 * whose word, and who denies it.
 *
 * Every actor named in an event's sentences is an actor of the event:
 * actor 2 when the victims are its own ("مقتل عناصر من قوات النظام",
 * "two police officers" counted by a figure) or it is the side the deed
 * falls on ("air strikes on the villagers", "هجوم على المدنيين", "residents
 * were killed in", "killed the civilians"), else actor 1.  An actor 1 is
 * also a participant as the sentence's speaker tells it: asserted, denied
 * ("لم تشارك أي قوات روسية", under a denial verb), or played down ("the
 * regime's part was limited to two shells"); an actor said not to have
 * taken part is no actor of the event.  Not participants: an actor named
 * only as what another belongs to ("المدعوم من روسيا", "backed by Russia":
 * cues.tsv `affiliation`), an actor that is the one speaking ("Russia
 * said"), and a name that is a place's after "to"/"in" ("brought to
 * Turkey": cues.tsv `to_place`).
 *
 * Denials also come from the actors' side: an actor denying for itself
 * ("HTS, which denied involvement") and a speaker for an actor denying its
 * part ("the Russian defence ministry denied its jets took part") each add
 * a denied participation by that voice.  The denier is the subject of its
 * denial: "Russia denies involvement", whoever tells it, denies no other
 * actor's part and is no denial of the speaker's side, and a part another
 * actor is said not to have taken ("the Russian air force has not carried
 * out any strikes") is that actor's; the denier may be named after an
 * auxiliary ("the RSF has denied"), and the part a sentence asserts of an
 * actor whose own voice denies it there ("attributed to the RSF, though the
 * RSF has denied responsibility") is its clause's speaker's or the
 * report's, not the denier's.  A denial of a part denies that the
 * actor acted: a negated loss of its people ("no casualties among its
 * troops") is none, nor an actor in the denier's own account after its
 * denial ("denied the strike, blaming rockets fired by Y"), nor a denial
 * verb itself negated ("did not deny"), nor a negator with no word of
 * taking part or event cue in its clause ("do not pay their salaries");
 * and a speaker and the body it speaks for are one side
 * (rasdp_part_sides()).  A
 * sentence with no event cue of its own speaks of participation only with
 * a word of taking part (cues.tsv `part_word`).
 */
#include <string.h>

#include "extract/attribution_int.h"

#include "base/banned.h"

/* How far (in tokens) from the actor a word of its people's harm is looked for. */
#define PART_HARM_WINDOW 4

/* How far (in words) past a negator a deed it negates is looked for ("have not carried out any strikes"). */
#define NEG_DEED_WINDOW 5

/* How far (in tokens) after the actor its own negated denial is looked for ("did not deny"). */
#define DENY_AFTER_WINDOW 4

/* Are words `t` and `u` (t < u) one compound, a hyphen between them ("Iran-backed")? */
static int hyphened(const struct rasd_doc *d, uint32_t t, uint32_t u)
{
	if (u == t + 2)
		return rasdp_tok_is_punct(d, t + 1, '-');
	return u == t + 1 && d->toks[u].start == d->toks[t].end + 1 && d->text[d->toks[t].end] == '-';
}

/*
 * Is the actor at tokens [a, b) named only as an affiliation: "اللواء الثامن
 * المدعوم من روسيا", "التابع لـ الأمن العسكري", "backed by Russia", the
 * first of an English compound ("Iran-backed Houthi rebels")?  It did not
 * take part for that.  The actor after such a compound is the one backed.
 */
static int affiliation(const struct rasd_doc *d, uint32_t a, uint32_t b)
{
	uint32_t u;

	if ((b < d->ntoks && rasdp_cue(d, b, RASD_CUE_AFFILIATION) && hyphened(d, b - 1, b)) ||
	    (b + 1 < d->ntoks && rasdp_cue(d, b + 1, RASD_CUE_AFFILIATION) && hyphened(d, b - 1, b + 1)))
		return 1;
	if (a >= 2 && rasdp_cue(d, a - 1, RASD_CUE_AFFILIATION) &&
	    (hyphened(d, a - 2, a - 1) || (a >= 3 && hyphened(d, a - 3, a - 1))))
		return 0;
	for (u = a; u > 0 && a - u < 4; u--) {
		if (rasdp_is_break(d, u - 1))
			return 0;
		if (rasdp_cue(d, u - 1, RASD_CUE_AFFILIATION))
			return 1;
	}
	return 0;
}

/*
 * Is the actor at match `a` named as whom the victims belong to: "قتل قائد
 * في الحرس الثوري", "مقتل عناصر من قوات النظام", "killed a commander of
 * the IRGC"?  A casualty word, then a group, then "of/في/من", then it.
 */
static int victims_of(const struct rasdp_ctx *c, const struct rasdp_sent *s,
		      const struct rasd_match *a)
{
	const struct rasd_doc *d = c->d;
	size_t i, k;
	uint32_t t = a->tok_start;

	if (t < 2)
		return 0;
	/* "in the IRGC": skip an article */
	if (rasdp_cue(d, t - 1, RASD_CUE_ARTICLE) && t >= 3)
		t--;
	if (!rasdp_cue(d, t - 1, RASD_CUE_VICTIMS_OF))
		return 0;
	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *g = rasdp_match_at(c, i);

		if (g->kind != RASD_LEX_GROUP || g->tok_end != t - 1 ||
		    !strcmp(rasdp_lex_group(c->lx, g->entry)->id, "things"))
			continue;
		for (k = s->m_first; k < s->m_last; k++) {
			const struct rasd_match *v = rasdp_match_at(c, k);

			if (v->kind == RASD_LEX_CASUALTY && v->tok_end <= g->tok_start &&
			    g->tok_start - v->tok_end <= 3 &&
			    rasdp_clause_clear(d, v->tok_end, g->tok_start))
				return 1;
		}
	}
	return 0;
}

/* How far (in tokens) a word of violence or harm reaches the side it falls on. */
#define ACTED_WINDOW 3

/* Does any match of kind `k` start among tokens [a, b) of sentence `si`? */
static int match_between(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			 enum rasd_lex_kind k, uint32_t a, uint32_t b)
{
	size_t i;

	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *v = rasdp_match_at(c, i);

		if (v->kind == k && v->tok_start >= a && v->tok_start < b)
			return 1;
	}
	return 0;
}

/*
 * Are tokens [a, b) only what may stand between a word and the side it
 * falls on: an article ("the", "a"), a number ("killed the civilians",
 * "wounded 5 residents"), and with `of_ok` a word of whom the victims are
 * ("the targeting of civilians")?  "attacks since Israel renewed", "killed
 * in Russian air strikes" name no such side.
 */
static int object_gap(const struct rasd_doc *d, uint32_t a, uint32_t b, int of_ok)
{
	uint32_t u;

	for (u = a; u < b; u++)
		if (!(rasdp_cue(d, u, RASD_CUE_ARTICLE) || rasdp_cue(d, u, RASD_CUE_INDEFINITE) ||
		      d->toks[u].kind == RASD_TOK_NUM || (d->toks[u].flags & RASD_TOKF_IN_NUM) ||
		      (of_ok && rasdp_cue(d, u, RASD_CUE_VICTIMS_OF))))
			return 0;
	return 1;
}

/* Is match `v` a word of violence (an event cue) or of harm (a casualty word)? */
static int violence_word(const struct rasd_match *v)
{
	return v->kind == RASD_LEX_TRIGGER || v->kind == RASD_LEX_CASUALTY;
}

/*
 * Is the actor at match `m` named as the side a deed falls on, before it:
 * after a word of violence and a target word ("air strikes on the
 * civilians", "massacre against 14 villagers", "هجوم على المدنيين",
 * "targeting of civilians"); right after a noun of harm ("مقتل مدنيين");
 * or, in English word order, as the object of a verb of harm ("killed the
 * civilians", "wounding a resident").  In Arabic the verb comes first and
 * the actor after it is its subject ("قتلت قوات النظام"): no object is read
 * there.  A battle has two sides that both take part: "fighting against
 * IS", "an offensive against the rebels" read no side acted upon.
 */
static int acted_upon_before(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			     const struct rasd_match *m)
{
	const struct rasd_doc *d = c->d;
	uint32_t a = m->tok_start, q;
	size_t i;

	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *v = rasdp_match_at(c, i);

		if (v->tok_start >= a)
			break;
		if (!violence_word(v) || v->tok_end > a || a - v->tok_end > ACTED_WINDOW ||
		    !rasdp_clause_clear(d, v->tok_end, a) ||
		    match_between(c, si, RASD_LEX_ACTOR, v->tok_end, a) ||
		    (v->kind == RASD_LEX_TRIGGER &&
		     !strcmp(rasdp_lex_trigger(c->lx, v->entry)->event_type, "Battles")))
			continue;
		/* the target word in the cue or after it: "strikes on", "attacks on the" */
		for (q = v->tok_end - 1; q < a && !rasdp_cue(d, q, RASD_CUE_TARGET); q++)
			;
		if (q < a && object_gap(d, q + 1, a, 1))
			return 1;
		if (v->kind == RASD_LEX_CASUALTY && object_gap(d, v->tok_end, a, 0) &&
		    (rasdp_lex_casualty(c->lx, v->entry)->noun ||
		     (d->toks[v->tok_start].flags & RASD_TOKF_LATIN)))
			return 1;
	}
	return 0;
}

/*
 * Are tokens [a, b) of sentence `si` what may stand between a subject and
 * its verb of harm: lower-case words of no lexicon match ("were", "have
 * been")?  "ISIS Video Shows Killing of" is a headline of other words.
 */
static int aux_gap(const struct rasdp_ctx *c, const struct rasdp_sent *si, uint32_t a, uint32_t b)
{
	size_t i;
	uint32_t u;

	for (u = a; u < b; u++)
		if (c->d->toks[u].kind != RASD_TOK_WORD || (c->d->toks[u].flags & RASD_TOKF_CAP))
			return 0;
	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *v = rasdp_match_at(c, i);

		if (v->tok_end > a && v->tok_start < b)
			return 0;
	}
	return 1;
}

/*
 * Is the actor at match `m` what a word of harm right after it befell:
 * "civilians were killed in the shelling",
 * "residents killed by the strike", "no soldiers died as a result of the
 * attack"?  The word must take no object of its own (a clause break, a
 * preposition or a word of what caused it after it, no number): "rebels
 * killed 5 soldiers", "the army killed them" tell what the actor did.
 */
static int acted_upon_after(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			    const struct rasd_match *m)
{
	const struct rasd_doc *d = c->d;
	size_t i;

	/* "villages held by IS have been captured": the actor of a preposition is no subject */
	if (m->tok_start > 0 && rasdp_cue(d, m->tok_start - 1, RASD_CUE_PART_PREP))
		return 0;
	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *v = rasdp_match_at(c, i);
		uint32_t e = v->tok_end;

		if (v->tok_start < m->tok_end || v->kind != RASD_LEX_CASUALTY)
			continue;
		if (v->tok_start - m->tok_end > 2 || !rasdp_clause_clear(d, m->tok_end, v->tok_start) ||
		    !aux_gap(c, si, m->tok_end, v->tok_start))
			return 0;
		if (e >= d->sents[d->toks[m->tok_start].sent].tok_end || rasdp_is_break(d, e))
			return 1;
		/* "killed at least 20": a number after it is its object */
		return !(d->toks[e].flags & RASD_TOKF_IN_NUM) && d->toks[e].kind != RASD_TOK_NUM &&
		       (rasdp_cue(d, e, RASD_CUE_THINGS_PREP) || rasdp_cue(d, e, RASD_CUE_RESULT_PREP));
	}
	return 0;
}

/*
 * Does sentence `st` have a word of taking part (cues.tsv `part_word`)?  A
 * sentence with no event cue speaks of who took part only with one.
 */
static int has_part_word(const struct rasd_doc *d, const struct rasd_sentence *st)
{
	return rasdp_cue_between(d, st->tok_start, st->tok_end, RASD_CUE_PART_WORD);
}

/*
 * Does sentence `st` speak of the blame for a deed (cues.tsv `blame`:
 * "denied any responsibility", "نفى مسؤوليته", "denied the accusations")?
 * Only a denial verb makes it a denial of a part: "a group no one knows
 * claimed responsibility" denies nothing.
 */
static int has_blame_word(const struct rasd_doc *d, const struct rasd_sentence *st)
{
	return rasdp_cue_between(d, st->tok_start, st->tok_end, RASD_CUE_BLAME);
}

/* Is actor match `m` the one speaking ("Russia said", "وقالت قسد")? */
static int is_speaker_actor(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			    const struct rasd_match *m)
{
	size_t i;

	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *v = rasdp_match_at(c, i);

		if (v->kind == RASD_LEX_SPEECH &&
		    rasdp_actor_subject(c, si, v->tok_start, v->tok_end) == m)
			return 1;
	}
	return 0;
}

/*
 * Is actor match `m` a place: a name that is also a place's (a country, a
 * capital) right after a preposition of place (cues.tsv `to_place`)?
 * "Fifteen victims were brought to Turkey", "talks in Moscow", "نقلوا إلى
 * تركيا" name where, not who took part.
 */
static int named_as_place(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			  const struct rasd_match *m)
{
	const struct rasd_doc *d = c->d;
	size_t i;

	if (m->tok_start == 0 || !rasdp_cue(d, m->tok_start - 1, RASD_CUE_TO_PLACE))
		return 0;
	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *v = rasdp_match_at(c, i);

		if (v->kind == RASD_LEX_PLACE && v->tok_start == m->tok_start && v->tok_end == m->tok_end)
			return 1;
	}
	/* the gazetteer's name, left to the actor by the matcher */
	return rasdp_lex_lookup(c->lx, RASD_LEX_PLACE, d->text + d->toks[m->tok_start].start,
				d->toks[m->tok_end - 1].end - d->toks[m->tok_start].start) >= 0;
}

/* Is match `v` a denial verb (speech.tsv or negation.tsv `deny`)? */
static int is_denial(const struct rasdp_ctx *c, const struct rasd_match *v)
{
	return rasdp_denial_verb(c, v) && rasdp_denial_made(c->d, v);
}

/*
 * Is actor match `m` the subject of a denial right after it: "HTS, which
 * denied involvement", "هيئة تحرير الشام التي نفت مسؤوليتها", "Russia
 * denied"?
 */
static int denies_itself(const struct rasdp_ctx *c, const struct rasdp_sent *s,
			 const struct rasd_match *m)
{
	const struct rasd_doc *d = c->d;
	uint32_t t = m->tok_end;
	size_t i;

	if (t < d->ntoks && rasdp_tok_is_punct(d, t, ','))
		t++;
	if (t < d->ntoks && rasdp_cue(d, t, RASD_CUE_RELATIVE))
		t++;
	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *v = rasdp_match_at(c, i);

		/* "the RSF has denied", "نفت قسد": the subject of the denial verb */
		if (is_denial(c, v) && (v->tok_start == t ||
					rasdp_actor_subject(c, s, v->tok_start, v->tok_end) == m))
			return 1;
	}
	return 0;
}

/*
 * Does the sentence's speaker deny ("The ministry denied ...", "نفت
 * الوزارة")?  Its subject may be named as the actor it speaks for ("نفى
 * الجيش الإسرائيلي", the army named as the forces): actor `a`.
 */
static int speaker_is_denier(const struct rasdp_ctx *c, const struct rasdp_sent *si, int32_t a)
{
	size_t i;

	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *v = rasdp_match_at(c, i), *subj;

		if (v->kind != RASD_LEX_SPEECH ||
		    rasdp_lex_speech(c->lx, v->entry)->kind != RASD_SPEECH_DENY ||
		    !rasdp_denial_made(c->d, v) || rasdp_negated(c, si, v->tok_start))
			continue;
		/* "Russia denies involvement", told by a Turkish source: Russia's denial */
		subj = rasdp_actor_subject(c, si, v->tok_start, v->tok_end);
		if (subj && (int32_t)subj->entry != a)
			continue;
		subj = rasdp_verb_subject(c, si, v);
		if (subj && (int32_t)subj->entry == si->src.source)
			return 1;
		subj = rasdp_actor_subject(c, si, v->tok_start, v->tok_end);
		if (!rasdp_verb_subject(c, si, v) && subj && (int32_t)subj->entry == a)
			return 1;
	}
	return 0;
}

/*
 * Is another actor than `a` named before token `t` in its clause ("Russian
 * jets did not take part"), no "that" between opening another ("the
 * Turkish troops were among the fighters and that its jets had not been
 * involved")?
 */
static int other_actor_before(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			      int32_t a, uint32_t t)
{
	size_t i;

	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *v = rasdp_match_at(c, i);

		if (v->tok_start >= t)
			break;
		if (v->kind == RASD_LEX_ACTOR && (int32_t)v->entry != a &&
		    rasdp_clause_clear(c->d, v->tok_end, t) &&
		    !rasdp_cue_between(c->d, v->tok_end, t, RASD_CUE_THAT))
			return 1;
	}
	return 0;
}

/*
 * Is a word of taking part of the speaker's actor `a` negated in sentence
 * `s` ("had not been involved")?  One with another actor before it in its
 * clause is that actor's ("the Russian air force has not carried out any
 * strikes", whoever tells it).
 */
static int part_word_negated(const struct rasdp_ctx *c, const struct rasdp_sent *si, uint32_t s,
			     int32_t a)
{
	const struct rasd_sentence *st = &c->d->sents[s];
	uint32_t t;

	for (t = st->tok_start; t < st->tok_end; t++)
		if (rasdp_cue(c->d, t, RASD_CUE_PART_WORD) && rasdp_negated(c, si, t) &&
		    !other_actor_before(c, si, a, t))
			return 1;
	return 0;
}

/* The tokens of [a, b) that no source or actor name of sentence `si` covers. */
static uint32_t words_but_names(const struct rasdp_ctx *c, const struct rasdp_sent *si,
				uint32_t a, uint32_t b)
{
	uint32_t n = b - a, u;
	size_t i;

	for (u = a; u < b; u++)
		for (i = si->m_first; i < si->m_last; i++) {
			const struct rasd_match *v = rasdp_match_at(c, i);

			if ((v->kind == RASD_LEX_SOURCE || v->kind == RASD_LEX_ACTOR) &&
			    v->tok_start <= u && u < v->tok_end) {
				n--;
				break;
			}
		}
	return n;
}

/*
 * Is an event cue the object of the sentence's denial verb, right after it
 * or after its named subject ("denied launching air strikes", "نفت وزارة
 * الدفاع الروسية تنفيذ غارات")?  The denier denies the deed, as it denies
 * taking part; a cue further on ("denied that 7 soldiers were killed in
 * the strike") is not what it denies.
 */
static int deed_denied(const struct rasdp_ctx *c, const struct rasdp_sent *si)
{
	size_t i, k;

	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *v = rasdp_match_at(c, i);

		if (!is_denial(c, v) || rasdp_target_denial(c, si, v))
			continue;
		for (k = si->m_first; k < si->m_last; k++) {
			const struct rasd_match *t = rasdp_match_at(c, k);

			if (t->kind == RASD_LEX_TRIGGER && t->tok_start >= v->tok_end &&
			    t->tok_start - v->tok_end <= 8 &&
			    words_but_names(c, si, v->tok_end, t->tok_start) <= 2 &&
			    rasdp_clause_clear(c->d, v->tok_end, t->tok_start))
				return 1;
		}
	}
	return 0;
}

/*
 * Does the sentence's speaker deny the part of its own actor `a`: "the
 * attack has been attributed to the RSF, though the RSF has denied
 * responsibility"?  Its speaker is the RSF for the denial; the part the
 * sentence asserts of the RSF is the report's own account, not the RSF's.
 */
static int own_denial(const struct rasdp_ctx *c, const struct rasdp_sent *si, int32_t a)
{
	return si->deny && si->src.source >= 0 &&
	       rasdp_lex_source(c->lx, (size_t)si->src.source)->actor == a &&
	       speaker_is_denier(c, si, a);
}

/*
 * "The Russian defence ministry denied that its aircraft had carried out any
 * strikes", "نفت وزارة الدفاع الروسية مشاركة طائراتها", "Russia said its
 * jets had not been involved": a speaker for an actor denying, in a
 * sentence about taking part, that the actor took part.
 */
static int speaker_denies(const struct rasdp_ctx *c, struct rasd_event *ev,
			  const struct rasdp_sent *si, uint32_t s)
{
	struct rasd_doc *d = c->d;
	struct rasd_participant p;
	int32_t a;
	size_t i;

	if (si->src.source < 0 ||
	    !(has_part_word(d, &d->sents[s]) ||
	      (si->deny && (has_blame_word(d, &d->sents[s]) || deed_denied(c, si)))))
		return 0;
	a = rasdp_lex_source(c->lx, (size_t)si->src.source)->actor;
	if (a < 0)
		return 0;
	if (!(si->deny ? speaker_is_denier(c, si, a) : part_word_negated(c, si, s, a)))
		return 0;
	for (i = 0; i < ev->nparts; i++)
		if (ev->parts[i].actor == a && ev->parts[i].sent == s && ev->parts[i].denied &&
		    ev->parts[i].src.source == si->src.source)
			return 0;
	memset(&p, 0, sizeof(p));
	p.actor = a;
	p.denied = 1;
	p.src = si->src;
	p.start = si->src.start;
	p.end = si->src.end;
	p.sent = s;
	return rasdp_add_part(d, ev, &p);
}

/*
 * Does the actor at match `m` stand outside what the denial before it
 * denies?  A denial whose clause names the event or a word of taking part
 * ("X denied its responsibility for the attack", "نفى X مسؤوليته عن
 * الهجوم") denies that; what comes after the clause break, or after a
 * saying verb ("..., saying the hospital was hit by a rocket fired by Y"),
 * is the denier's own account: Y is asserted, not denied.
 */
static int outside_denial(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			  const struct rasd_match *m)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_match *deny = NULL;
	size_t i;
	int said = 0;

	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *v = rasdp_match_at(c, i);

		if (v->tok_start >= m->tok_start)
			break;
		if (is_denial(c, v)) {
			deny = v;
			said = 0;
		} else if (v->kind == RASD_LEX_SPEECH) {
			said = 1;
		}
	}
	if (!deny || said)
		return said;
	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *v = rasdp_match_at(c, i);

		if (v->tok_start >= m->tok_start)
			break;
		if (v->tok_start < deny->tok_end || !rasdp_clause_clear(d, deny->tok_end, v->tok_start))
			continue;
		if ((v->kind == RASD_LEX_TRIGGER || rasdp_cue(d, v->tok_start, RASD_CUE_PART_WORD)) &&
		    !rasdp_clause_clear(d, v->tok_end, m->tok_start))
			return 1;
	}
	return 0;
}

/*
 * Is what the negator before the actor at match `m` negates its people's
 * loss or harm, not its part: a casualty noun or a word of its ranks
 * between ("لا خسائر في صفوف القوات", "no casualties among the troops"),
 * or right after the actor, the harm it suffered ("the troops suffered no
 * casualties")?
 */
static int harm_negated(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			const struct rasd_match *m)
{
	const struct rasd_doc *d = c->d;
	uint32_t from = m->tok_start > PART_HARM_WINDOW ? m->tok_start - PART_HARM_WINDOW : 0;
	uint32_t to = m->tok_end + PART_HARM_WINDOW, u;
	size_t i;

	for (u = from; u < m->tok_start; u++)
		if (rasdp_cue(d, u, RASD_CUE_RANKS) && rasdp_clause_clear(d, u, m->tok_start))
			return 1;
	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *v = rasdp_match_at(c, i);

		/* a noun of loss: "did not kill" denies the deed itself */
		if (v->kind != RASD_LEX_CASUALTY || !rasdp_lex_casualty(c->lx, v->entry)->noun)
			continue;
		if (v->tok_end <= m->tok_start && v->tok_start >= from &&
		    rasdp_clause_clear(d, v->tok_end, m->tok_start))
			return 1;
		if (v->tok_start >= m->tok_end && v->tok_start < to &&
		    rasdp_clause_clear(d, m->tok_end, v->tok_start))
			return 1;
	}
	return 0;
}

/*
 * Is a denial verb of the actor at match `m` itself negated: the last one
 * before it ("a source did not deny that its jets struck", "لم ينفِ"), or
 * with `after`, one right after it ("Russia did not deny")?  A denial
 * denied is no denial: it leaves the part standing.
 */
static int denial_negated(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			  const struct rasd_match *m, int after)
{
	const struct rasd_match *deny = NULL;
	size_t i;

	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *v = rasdp_match_at(c, i);

		if (!after && v->tok_start >= m->tok_start)
			break;
		if (after && v->tok_start >= m->tok_end + DENY_AFTER_WINDOW)
			break;
		if (is_denial(c, v) && (!after || v->tok_start >= m->tok_end))
			deny = v;
	}
	return deny && rasdp_negated(c, si, deny->tok_start);
}

/* Is an actor named at token `t` ("protesters": an actor's name that is also an event cue)? */
static int actor_at(const struct rasdp_ctx *c, const struct rasdp_sent *si, uint32_t t)
{
	size_t i;

	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *v = rasdp_match_at(c, i);

		if (v->kind == RASD_LEX_ACTOR && v->tok_start == t)
			return 1;
	}
	return 0;
}

/*
 * Does the negation over the actor at match `m` (the first negator before
 * it in its clause, or one right after it) negate a deed: a word of taking part
 * or an event cue from the negator to the clause's end, at most
 * NEG_DEED_WINDOW words past the negator or the actor it stands before
 * ("did not take part", "لم تشارك", "no Russian jets struck", "have not
 * carried out any strikes")?  A negated word of something else denies no
 * part, nor does a deed named further on: "the militants do not pay their
 * salaries", "do not cooperate with others except in fighting on the
 * front", "areas not retaken by the army", "لعدم حديثه كما يريد المتظاهرون".
 */
static int negates_deed(const struct rasdp_ctx *c, const struct rasdp_sent *si, uint32_t s,
			const struct rasd_match *m)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_match *neg = NULL;
	uint32_t end = d->sents[s].tok_end, t, reach;
	size_t i;

	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *v = rasdp_match_at(c, i);

		if (!rasdp_negator(c, v, RASD_NEG_NOT))
			continue;
		if (v->tok_start >= m->tok_end) {
			if (!neg || v->tok_start - m->tok_end <= 1)
				neg = v;
			break;
		}
		if (!neg && v->tok_end <= m->tok_start && rasdp_clause_clear(d, v->tok_end, m->tok_start))
			neg = v;
	}
	if (!neg)
		return 1;
	/* the negator reaches NEG_DEED_WINDOW words past itself, or past the actor it stands before */
	reach = (neg->tok_end <= m->tok_start ? m->tok_end : neg->tok_end) + NEG_DEED_WINDOW;
	if (reach < end)
		end = reach;
	/* the negator's own words count ("لم تشارك" is one negation.tsv entry); an actor's name does not */
	for (t = neg->tok_start; t < end && (t <= neg->tok_end || !rasdp_is_break(d, t)); t++)
		if (rasdp_cue(d, t, RASD_CUE_PART_WORD))
			return 1;
	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *v = rasdp_match_at(c, i);

		if (v->kind == RASD_LEX_TRIGGER && v->tok_start >= neg->tok_start && v->tok_start < t &&
		    !actor_at(c, si, v->tok_start))
			return 1;
	}
	return 0;
}

/*
 * Is the last denial verb before the actor at match `m` another actor's
 * denial of its own part: an actor its subject ("Russia denies
 * involvement", "نفت روسيا مشاركتها") and no "that" between the verb and
 * `m`?  The denier denies what it is accused of; an actor named after its
 * denial ("... Turkish President Erdogan discussed") is not denied by it.
 * "Russia denied that Turkish jets struck" denies the jets' part.
 */
static int other_denier(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			const struct rasd_match *m)
{
	const struct rasd_match *deny = NULL, *subj;
	size_t i;

	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *v = rasdp_match_at(c, i);

		if (v->tok_start >= m->tok_start)
			break;
		if (is_denial(c, v))
			deny = v;
	}
	if (!deny || rasdp_cue_between(c->d, deny->tok_end, m->tok_start, RASD_CUE_THAT))
		return 0;
	subj = rasdp_actor_subject(c, si, deny->tok_start, deny->tok_end);
	return subj && subj != m && subj->entry != m->entry;
}

/*
 * Does the sentence deny the part of the actor at match `m`: under a denial
 * verb not taken back by a saying verb nor itself negated, or a negator
 * over its part rather than over its people's loss?
 */
static int part_denied(const struct rasdp_ctx *c, const struct rasdp_sent *si, uint32_t s,
		       const struct rasd_match *m)
{
	if (rasdp_denied_at(c, si, m->tok_start) && !outside_denial(c, si, m))
		return !denial_negated(c, si, m, 0) && !other_denier(c, si, m) &&
		       !rasdp_target_only(c, si, m->tok_start);
	return rasdp_part_negated(c, si, m->tok_start, m->tok_end) && !harm_negated(c, si, m) &&
	       !denial_negated(c, si, m, 1) && negates_deed(c, si, s, m);
}

/* Actor match `m` of sentence `s` denies its own part, in its own name. */
static int add_self_denial(const struct rasdp_ctx *c, struct rasd_event *ev,
			   const struct rasd_match *m, uint32_t s)
{
	const struct rasd_doc *d = c->d;
	struct rasd_participant p;

	memset(&p, 0, sizeof(p));
	p.actor = (int32_t)m->entry;
	p.denied = 1;
	rasdp_actor_ref(c, (int32_t)m->entry, m, &p.src);
	p.start = d->toks[m->tok_start].start;
	p.end = d->toks[m->tok_end - 1].end;
	p.sent = s;
	return rasdp_add_part(c->d, ev, &p);
}

/*
 * A sentence that only speaks of the blame ("Turkey denied any
 * responsibility", "نفت القوات اللبنانية الاتهامات") tells of denials
 * alone: an actor denying for itself, a speaker for an actor denying.
 * Whom it blames ("blamed the attack on X") the sentences of the event
 * tell, as their speakers do.
 */
static int blame_denials(const struct rasdp_ctx *c, struct rasd_event *ev,
			 const struct rasdp_sent *si, uint32_t s)
{
	size_t i;
	int rc;

	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *m = &c->d->matches[i];

		if (m->kind == RASD_LEX_ACTOR && denies_itself(c, si, m) &&
		    (rc = add_self_denial(c, ev, m, s)))
			return rc;
	}
	return speaker_denies(c, ev, si, s);
}

/*
 * The actors of sentence `s` go to event `ev`; each, unless a victim or
 * named for its affiliation, is a participant as the sentence's speaker
 * tells it.  A sentence that only adds detail (`figs` NULL: no event cue of
 * its own) names participants only when it speaks of taking part ("بينما
 * لم تشارك أي قوات روسية"): "Israel cannot affect the relations between
 * Syria and Iran" says nothing of who took part.
 */
int rasdp_sentence_actors(const struct rasdp_ctx *c, struct rasd_event *ev,
			  const struct rasdp_sent *si, uint32_t s,
			  const struct rasd_claim *figs, size_t nfig)
{
	struct rasd_doc *d = c->d;
	size_t i;
	int rc;

	if (!figs && !has_part_word(d, &d->sents[s]))
		return has_blame_word(d, &d->sents[s]) ? blame_denials(c, ev, si, s) : 0;
	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *m = &d->matches[i];
		struct rasd_participant p;
		size_t k;
		int victim = 0;

		if (m->kind != RASD_LEX_ACTOR || is_speaker_actor(c, si, m) || named_as_place(c, si, m))
			continue;
		for (k = 0; k < nfig; k++)
			if (figs[k].who_actor == (int32_t)m->entry)
				victim = 1;
		if (!victim && (victims_of(c, si, m) || acted_upon_before(c, si, m) ||
				acted_upon_after(c, si, m)))
			victim = 1;
		memset(&p, 0, sizeof(p));
		if (!victim) {
			p.limited = (uint8_t)rasdp_part_limited(c, si, m->tok_start, m->tok_end);
			p.denied = (uint8_t)(!p.limited && part_denied(c, si, s, m));
		}
		/* An actor said not to have taken part is none of the event's. */
		if (!p.denied) {
			rc = rasdp_add_actor(d, ev, (int32_t)m->entry,
					     victim ? RASD_ROLE_ACTOR2 : RASD_ROLE_ACTOR1,
					     d->toks[m->tok_start].start, d->toks[m->tok_end - 1].end);
			if (rc)
				return rc;
		}
		if (victim)
			continue;
		if (affiliation(d, m->tok_start, m->tok_end))
			continue;
		p.actor = (int32_t)m->entry;
		p.src = si->src;
		if (!p.denied && !p.limited && own_denial(c, si, (int32_t)m->entry) &&
		    !rasdp_clause_speaker(c, si, m->tok_start, &p.src))
			p.src = c->outlet;
		p.start = d->toks[m->tok_start].start;
		p.end = d->toks[m->tok_end - 1].end;
		p.sent = s;
		rc = rasdp_add_part(d, ev, &p);
		if (rc)
			return rc;
		/* "blamed HTS, which denied involvement": the actor denies for itself */
		if (denies_itself(c, si, m) && (rc = add_self_denial(c, ev, m, s)))
			return rc;
	}
	return speaker_denies(c, ev, si, s);
}

/* The actor sources.tsv says source `src` speaks for, or -1. */
static int32_t voice_actor(const struct rasdp_ctx *c, const struct rasd_srcref *src)
{
	return src->source < 0 ? -1 : rasdp_lex_source(c->lx, (size_t)src->source)->actor;
}

/* Does another voice of side `side` assert actor `actor`'s part in the report? */
static int side_asserts(const struct rasdp_ctx *c, int32_t actor, int32_t side, int32_t source)
{
	const struct rasd_doc *d = c->d;
	size_t e, i;

	for (e = 0; e < d->nevents; e++)
		for (i = 0; i < d->events[e].nparts; i++) {
			const struct rasd_participant *q = &d->events[e].parts[i];

			if (q->actor == actor && !q->denied && !q->limited &&
			    q->src.source != source && voice_actor(c, &q->src) == side)
				return 1;
		}
	return 0;
}

/*
 * The country the report names most by its places and sources (not its
 * actors: a generic name votes for the country it defaults to), else its
 * outlet's (sources.tsv), else NULL.
 */
static const char *report_country(const struct rasdp_ctx *c)
{
	const char *cc = NULL;
	unsigned best = 0;
	size_t i;

	for (i = 0; i < c->nnamed; i++)
		if (c->named[i].n > best) {
			best = c->named[i].n;
			cc = c->named[i].cc;
		}
	return cc ? cc : (c->outlet.source >= 0 ? rasdp_source_country(c->lx, c->outlet.source) : NULL);
}

/* The state forces of country `cc` (actors.tsv `state`), or -1. */
static int32_t state_forces(const struct rasd_lexicon *lx, const char *cc)
{
	size_t i, n = rasdp_lex_count(lx, RASD_LEX_ACTOR);

	for (i = 0; cc && i < n; i++) {
		const struct rasd_actor *a = rasdp_lex_actor(lx, i);

		if (a->state && a->country && !strcmp(a->country, cc))
			return (int32_t)i;
	}
	return -1;
}

/*
 * Actor `a` named at bytes [start, end) by a form naming no country
 * ("security forces", "القوات الحكومية": actors.tsv `generic`) stands for
 * the state forces of country `cc`: that entry, or `a` itself when it is
 * of `cc` already or `cc` has none.
 */
static int32_t country_forces(const struct rasdp_ctx *c, int32_t a, uint32_t start, uint32_t end,
			      const char *cc)
{
	const char *own = rasdp_actor_country(c->lx, a);
	int32_t st;

	if (!cc || (own && !strcmp(own, cc)) ||
	    !rasdp_actor_generic(c->lx, a, c->d->text + start, end - start))
		return a;
	st = state_forces(c->lx, cc);
	return st >= 0 ? st : a;
}

int32_t rasdp_report_forces(const struct rasdp_ctx *c, int32_t a, const struct rasd_match *m)
{
	const struct rasd_doc *d = c->d;

	return country_forces(c, a, d->toks[m->tok_start].start, d->toks[m->tok_end - 1].end,
			      report_country(c));
}

/*
 * A generic name of state forces is the forces of the country where the
 * event is: "security forces" in Baghdad are Iraq's, "القوات الحكومية" on
 * a front of Marib Yemen's.  The event's place tells the country, else
 * the report's (report_country()); with neither it stays the entry its
 * form names (Syria's).  An actor named twice becomes one.
 */
static void generic_forces(const struct rasdp_ctx *c, struct rasd_event *ev)
{
	const char *cc = ev->place >= 0 ? rasdp_place_country(c->lx, ev->place) : report_country(c);
	size_t i, k, n;

	if (!cc)
		return;
	for (i = 0; i < ev->nparts; i++)
		ev->parts[i].actor = country_forces(c, ev->parts[i].actor, ev->parts[i].start,
						    ev->parts[i].end, cc);
	for (i = n = 0; i < ev->nactors; i++) {
		struct rasd_event_actor a = ev->actors[i];

		a.actor = country_forces(c, a.actor, a.start, a.end, cc);
		for (k = 0; k < n && ev->actors[k].actor != a.actor; k++)
			;
		if (k < n) {
			if (a.role == RASD_ROLE_ACTOR1)
				ev->actors[k].role = a.role;
			continue;
		}
		ev->actors[n++] = a;
	}
	ev->nactors = n;
}

/*
 * A speaker and the body it speaks for are one side: "the Israeli army"
 * and "the Israeli army spokesman", a ministry and its media office
 * (sources.tsv `actor`).  A denial by one voice of a side whose other voice
 * asserts the same actor's part is no account of its own: the side is
 * taken at its assertion, as one source that asserts and denies is.
 */
void rasdp_part_sides(const struct rasdp_ctx *c)
{
	struct rasd_doc *d = c->d;
	size_t e, i, n;

	for (e = 0; e < d->nevents; e++) {
		struct rasd_event *ev = &d->events[e];

		generic_forces(c, ev);
		for (i = n = 0; i < ev->nparts; i++) {
			const struct rasd_participant *p = &ev->parts[i];
			int32_t side = voice_actor(c, &p->src);

			if (p->denied && side >= 0 && side_asserts(c, p->actor, side, p->src.source))
				continue;
			ev->parts[n++] = *p;
		}
		ev->nparts = n;
	}
}
