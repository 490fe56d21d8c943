/*
 * place_speaker.c - a place written where a speaker is, not where the
 * event was: a correspondent's post ("مراسل عنب بلدي في درعا"), a place
 * after a reporting verb ("قال مسؤولون في بغداد", "told reporters in
 * Geneva"), or between a speaker's word and its verb ("Officials in
 * Baghdad said"); the sentence's own event keeps the place when it names
 * no other (rasdp_speaker_base()).
 */
#include <string.h>

#include "extract/places_int.h"

#include "base/banned.h"

int rasdp_speech_at(const struct rasdp_ctx *c, uint32_t t, unsigned kinds)
{
	const struct rasd_doc *d = c->d;
	size_t k;

	for (k = rasdp_match_from(d, t); k < d->nmatches && d->matches[k].tok_start == t; k++) {
		const struct rasd_match *v = &d->matches[k];

		if (v->kind == RASD_LEX_SPEECH &&
		    (!kinds || (kinds & (1u << rasdp_lex_speech(c->lx, v->entry)->kind))))
			return 1;
	}
	return 0;
}

/* Does a verb of saying or denying (speech.tsv `say`, `deny`) start at token `t`? */
static int say_verb_at(const struct rasdp_ctx *c, uint32_t t)
{
	return rasdp_speech_at(c, t, 1u << RASD_SPEECH_SAY | 1u << RASD_SPEECH_DENY);
}

/*
 * Is place match `p` the subject of a verb of saying, accusing or denying:
 * the government seated there, or its people, speak, and the place is no
 * event's ("Damascus accused ...", "Tel Aviv said", "اتهمت دمشق",
 * "قالت تل أبيب", "طهران تنفي")?  The place opens its clause (its sentence,
 * or after a punctuation mark) with the verb right after it; or, in Arabic,
 * the verb stands right before it, the verbal sentence's verb-subject
 * order (an English "said Aleppo was hit" is a verb and its object clause).
 */
static int speaking_place(const struct rasdp_ctx *c, const struct rasd_match *p)
{
	const struct rasd_doc *d = c->d;
	uint32_t t = p->tok_start;
	size_t k;

	if (p->tok_end < d->ntoks && say_verb_at(c, p->tok_end) &&
	    (t == d->sents[d->toks[t].sent].tok_start || rasdp_is_punct(d, t - 1)))
		return 1;
	if (t == 0 || !(d->toks[t].flags & RASD_TOKF_ARABIC) || rasdp_is_punct(d, t - 1))
		return 0;
	for (k = rasdp_match_from(d, t > 4 ? t - 4 : 0); k < d->nmatches &&
	     d->matches[k].tok_start < t; k++)
		if (d->matches[k].tok_end == t && say_verb_at(c, d->matches[k].tok_start))
			return 1;
	return 0;
}

/*
 * Is source match `m` of sentence `s` an actor's name too ("the RSF",
 * "the army")?  Then "the RSF in Nyala" is a side where it fought, no
 * correspondent's post.
 */
int rasdp_source_is_actor(const struct rasdp_ctx *c, const struct rasdp_sent *s,
			  const struct rasd_match *m)
{
	size_t i;

	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *a = rasdp_match_at(c, i);

		if (a->kind == RASD_LEX_ACTOR && a->tok_start == m->tok_start &&
		    a->tok_end == m->tok_end)
			return 1;
	}
	return 0;
}

/* At most this many words from a reporting verb to the "in" of its speaker's place. */
#define SPEAKER_PLACE_TOKS 2

/* Does a word of an event or of a casualty start at a token in [from, to)? */
static int event_word_in(const struct rasd_doc *d, uint32_t from, uint32_t to)
{
	size_t j;

	for (j = rasdp_match_from(d, from); j < d->nmatches && d->matches[j].tok_start < to; j++)
		if (d->matches[j].kind == RASD_LEX_TRIGGER || d->matches[j].kind == RASD_LEX_CASUALTY)
			return 1;
	return 0;
}

/*
 * Is the verb of saying at token `v` passive: an auxiliary right before it
 * (cues.tsv `auxiliary`), or a word of an event or a casualty, its
 * participle's noun?  "Attacks were reported in Salfit", "more casualties
 * reported in Idlib" tell where the event was.
 */
static int told_passive(const struct rasd_doc *d, uint32_t v)
{
	return v > 0 && (rasdp_cue(d, v - 1, RASD_CUE_AUXILIARY) || event_word_in(d, v - 1, v));
}

/*
 * Is place match `p` (after "in", cues.tsv `speaker_in`) attached to a
 * speaker: a speaker's word before the "in" (cues.tsv `speaker_word`) and
 * a verb of saying right after the place, its subject ("Officials in
 * Baghdad said", "a spokesman in Ankara said"); or a verb of saying at most SPEAKER_PLACE_TOKS words before the
 * "in", the place of the verb's subject or of its object ("قال مسؤولون في
 * بغداد", "صرح متحدث في أنقرة", "told reporters in Geneva", "said in
 * Amman")?  The words between are plain: no number, no "that" (cues.tsv
 * `that`), no word of an event ("said 5 people in X were killed", "said
 * that rebels in X shelled", "reports a bombing in X" tell the event); and
 * the verb is not passive (told_passive()).
 */
static int speaker_phrase(const struct rasdp_ctx *c, const struct rasd_match *p)
{
	const struct rasd_doc *d = c->d;
	uint32_t in = p->tok_start - 1, k;

	if (p->tok_end < d->ntoks && say_verb_at(c, p->tok_end) &&
	    rasdp_cue(d, in - 1, RASD_CUE_SPEAKER_WORD))
		return 1;
	for (k = 0; k <= SPEAKER_PLACE_TOKS && k < in; k++) {
		uint32_t t = in - 1 - k;
		size_t j;

		if (rasdp_cue(d, t, RASD_CUE_THAT))
			return 0;
		for (j = rasdp_match_from(d, t > 6 ? t - 6 : 0); j < d->nmatches &&
		     d->matches[j].tok_start <= t; j++)
			if (d->matches[j].tok_end == t + 1 && say_verb_at(c, d->matches[j].tok_start))
				return !told_passive(d, d->matches[j].tok_start) &&
				       !event_word_in(d, t + 1, in);
		if (d->toks[t].kind != RASD_TOK_WORD)
			return 0;
	}
	return 0;
}

/*
 * Does sentence `s` tell an event (a word of an event or of a casualty)
 * and name no place but `p`?  Then a
 * speaker's place is the event's too: "Officials in Baghdad said a car
 * bomb killed 5 people".
 */
static int event_only_here(const struct rasdp_ctx *c, const struct rasdp_sent *s,
			   const struct rasd_match *p)
{
	size_t i;
	int told = 0;

	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);

		if (m->kind == RASD_LEX_PLACE && (m->tok_end <= p->tok_start || m->tok_start >= p->tok_end))
			return 0;
		told |= m->kind == RASD_LEX_TRIGGER || m->kind == RASD_LEX_CASUALTY;
	}
	return told;
}

/*
 * Is place match `p` where a speaker is, not where the event was: right
 * after a source and "in" ("مراسل عنب بلدي في درعا", "our correspondent in
 * Idlib", "«سانا» في اللاذقية"); after an envoy's "to" ("Iran's ambassador to Damascus",
 * "سفير إيران في دمشق" is the first case); or an adjective of a speaker
 * ("a Damascus-affiliated official", "Damascus-based"); or the speaker
 * itself (speaking_place(): "Damascus accused", "قالت تل أبيب").
 */
int rasdp_speaker_base(const struct rasdp_ctx *c, const struct rasdp_sent *s,
			const struct rasd_match *p)
{
	const struct rasd_doc *d = c->d;
	size_t i;

	if (speaking_place(c, p))
		return 1;
	/* "Damascus-based" (an Arabic word of `based` after a place is a transfer) */
	if (p->tok_end < d->ntoks && (d->toks[p->tok_end].flags & RASD_TOKF_LATIN) &&
	    rasdp_cue(d, p->tok_end, RASD_CUE_BASED))
		return 1;
	if (p->tok_start >= 2 && rasdp_cue(d, p->tok_start - 1, RASD_CUE_ENVOY_TO) &&
	    rasdp_cue(d, p->tok_start - 2, RASD_CUE_ENVOY))
		return 1;
	if (p->tok_start < 2 || !rasdp_cue(d, p->tok_start - 1, RASD_CUE_SPEAKER_IN))
		return 0;
	if (rasdp_cue(d, p->tok_start - 2, RASD_CUE_ENVOY))
		return 1;
	if (speaker_phrase(c, p) && !event_only_here(c, s, p))
		return 1;
	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);
		uint32_t t = m->tok_end;

		if (m->tok_start >= p->tok_start)
			break;
		/* «سانا» في ...: a closing quote or bracket between */
		while (t + 1 < p->tok_start && rasdp_is_punct(d, t) && !rasdp_is_break(d, t))
			t++;
		if (m->kind == RASD_LEX_SOURCE && t == p->tok_start - 1 && !rasdp_source_is_actor(c, s, m))
			return 1;
	}
	return 0;
}
