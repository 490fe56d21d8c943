/*
 * event_cues.c - which cues of a sentence count, and its trigger.
 *
 * A cue (triggers.tsv) does not count when a negator reaches it, a date of
 * another time qualifies it (background.c), it acts on a cause of harm
 * that is no violence ("السيطرة على وباء الكوليرا") or such a cause does
 * it ("an earthquake struck"), it names a past happening as a mark of
 * time ("the anniversary of the bombing"), it is a bomb that a
 * cue of disrupted weapons use disarmed ("dismantled explosives") or a
 * suicide belt on an attacker arrested ("arrested an attacker wearing a
 * suicide belt"), or its
 * clause tells of what only was feared or called for ("warned of a
 * possible massacre": negation.tsv `background`).  A sentence's trigger is its heaviest cue
 * that counts.  While framing, the cues vote for the event's kind
 * (event_votes.c).
 */
#include <string.h>

#include "extract/engine.h"
#include "extract/framing_int.h"

#include "base/banned.h"

/* How strongly a trigger frames an event: its weight in triggers.tsv. */
static int trigger_rank(const struct rasd_trigger *t)
{
	return t->weight;
}

/*
 * Does the clause of the cue at match `m` hold a phrase of another time
 * (negation.tsv `background`, not opening the sentence: "منذ اندلاع
 * الحرب") or of what did not happen (`future`, wherever it stands:
 * "warnings of a possible massacre", "دعت إلى الإضراب", "The army warned
 * it would shell the town", "توعد الجيش بقصف البلدة")?  Its cues, like its
 * figures (figures.c), tell of no event of the report.  (A phrase of
 * another time opening a sentence is left to the background decision,
 * background.c, which weighs the whole sentence; a threat or a plan opens
 * no recall.)
 */
static int clause_apart(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			const struct rasd_sentence *st, const struct rasd_match *m)
{
	const struct rasd_doc *d = c->d;
	uint32_t a = 0, b = 0;
	int bounded = 0;
	size_t i;

	/*
	 * Such phrases are rare: the clause's bounds, a walk word by word,
	 * are found only once the sentence is seen to hold one (every cue of
	 * every sentence asks, several times over).
	 */
	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *n = rasdp_match_at(c, i);

		if (n->kind != RASD_LEX_NEGATION || !rasdp_lex_negation_apart(c->lx, n->entry) ||
		    (n->tok_start <= st->tok_start + 2 &&
		     rasdp_lex_negation(c->lx, n->entry)->kind == RASD_NEG_BACKGROUND))
			continue;
		if (!bounded) {
			a = m->tok_start;
			b = m->tok_end;
			while (a > st->tok_start && !rasdp_is_break(d, a - 1))
				a--;
			while (b < st->tok_end && !rasdp_is_break(d, b))
				b++;
			bounded = 1;
		}
		if (n->tok_start >= a && n->tok_end <= b)
			return 1;
	}
	return 0;
}

/* At most this many words from a cue to the cause of harm it acts on. */
#define HAZARD_OBJECT_TOKS 3
/* At most this many words between the cause of harm that did it and its cue. */
#define HAZARD_DOER_TOKS 2

/* At most this many words from a cue to the word of what caused it. */
#define CAUSED_BY_TOKS 12
/* At most this many words from that word to the cause it names ("blamed on an electrical short circuit"). */
#define CAUSE_NAMED_TOKS 5

/* Is a word of cues.tsv `hazard` or `cause` among the few words after token `t` in its clause? */
static int cause_after(const struct rasd_doc *d, const struct rasd_sentence *st, uint32_t t)
{
	uint32_t u;

	for (u = t + 1; u < st->tok_end && u <= t + CAUSE_NAMED_TOKS; u++) {
		if (rasdp_is_break(d, u))
			return 0;
		if (rasdp_cue(d, u, RASD_CUE_HAZARD) || rasdp_cue(d, u, RASD_CUE_CAUSE))
			return 1;
	}
	return 0;
}

/*
 * Is the happening of the cue at match `m` put down to a cause of harm
 * that is no violence later in its clause, a word of cues.tsv
 * `caused_by` and a word of `hazard` or `cause` right after it ("a blast
 * at a factory that was blamed on a gas leak", "انفجار في معمل بسبب تسرب
 * غاز")?  Not "an explosion blamed on the militants".
 */
static int put_down_to_cause(const struct rasd_doc *d, const struct rasd_sentence *st,
			     const struct rasd_match *m)
{
	uint32_t t;

	if (!rasdp_doc_has_cue(d, RASD_CUE_CAUSED_BY) ||
	    (!rasdp_doc_has_cue(d, RASD_CUE_HAZARD) && !rasdp_doc_has_cue(d, RASD_CUE_CAUSE)))
		return 0;
	for (t = m->tok_end; t < st->tok_end && t < m->tok_end + CAUSED_BY_TOKS; t++) {
		if (rasdp_is_break(d, t))
			return 0;
		if (rasdp_cue(d, t, RASD_CUE_CAUSED_BY) && cause_after(d, st, t))
			return 1;
	}
	return 0;
}

/*
 * Is the cue at match `m` about a cause of harm that is no violence, a
 * word of cues.tsv `hazard` shortly after it in its clause, the thing it
 * acts on: "السيطرة على وباء الكوليرا", "brought the fire under control",
 * "a campaign against cholera"?  Or just before it, the thing that does
 * it: "an earthquake struck the province", "زلزال قوي ضرب المنطقة",
 * "floods hit the villages"?  It frames no event.
 */
static int hazard_object(const struct rasd_doc *d, const struct rasd_sentence *st,
			 const struct rasd_match *m)
{
	uint32_t t;

	for (t = m->tok_end; t < st->tok_end && t <= m->tok_end + HAZARD_OBJECT_TOKS; t++) {
		if (rasdp_is_break(d, t))
			return 0;
		if (rasdp_cue(d, t, RASD_CUE_HAZARD))
			return 1;
	}
	return rasdp_cue_back(d, st->tok_start, m->tok_start, HAZARD_DOER_TOKS + 1, RASD_CUE_HAZARD) ||
	       put_down_to_cause(d, st, m);
}

/* At most this many words from a mark of time to the happening it names. */
#define ANNIVERSARY_TOKS 3
/* At most this many words from a word of justice to the deed it judges. */
#define JUSTICE_TOKS 16

/* Words a verdict may stand from the word of its carrying out before it. */
#define VERDICT_REACH 4

int rasdp_verdict_carried_out(const struct rasd_doc *d, const struct rasd_sentence *st, uint32_t v)
{
	uint32_t hi = v + 1 + 2 * VERDICT_REACH < st->tok_end ? v + 1 + 2 * VERDICT_REACH : st->tok_end;

	return rasdp_cue_back(d, st->tok_start, v, VERDICT_REACH, RASD_CUE_CARRIED_OUT) ||
	       rasdp_cue_between(d, v + 1, hi, RASD_CUE_CARRIED_OUT);
}

/*
 * Does a word of justice at token `j` open what its clause tells, no cue
 * nor casualty word before it in the clause but the one it names ("the
 * court sentenced ...", "death sentences"; not "three were killed near
 * the court by a bomb": a court as a place)?  A verdict carried out
 * ("نفذ حكم الإعدام") tells a deed of now.
 */
static int judgement_opens(const struct rasd_doc *d, const struct rasd_sentence *st, uint32_t j)
{
	uint32_t a = j;
	size_t i;

	while (a > st->tok_start && !rasdp_is_break(d, a - 1))
		a--;
	for (i = rasdp_match_from(d, a); i < d->nmatches && d->matches[i].tok_start < j; i++)
		if (d->matches[i].tok_start >= a && d->matches[i].tok_end < j &&
		    (d->matches[i].kind == RASD_LEX_TRIGGER || d->matches[i].kind == RASD_LEX_CASUALTY))
			return 0;
	return 1;
}

/*
 * Does the cue at match `m` name a past happening as a mark of time, the
 * happening an anniversary or a span of time is counted from: "the fifth
 * anniversary of the market bombing", "ذكرى مجزرة السوق", (cues.tsv `anniversary`, a few words
 * before it in its clause), "مرور عامين على الهجوم" (`passage` before a
 * `span`: "لدى مرور دورية", as a patrol passed, is no mark of time), "five years since a car bomb killed" (a span longer than days,
 * `span`, then `since`, and the cue two words after at most; "two days
 * since clashes broke out" tells of the clashes of the report)?  Or the
 * deed a court judges, a word of `justice` before it in its clause that
 * opens what the clause tells ("sentenced five men to death for the 2013
 * massacre", "محاكمة ضابط متهم بتعذيب معتقلين")?  It tells of then, not of an event of the report.
 */
int rasdp_cue_recalled(const struct rasd_doc *d, const struct rasd_sentence *st,
		       const struct rasd_match *m)
{
	uint32_t t;

	for (t = m->tok_start; t > st->tok_start && t + ANNIVERSARY_TOKS >= m->tok_start; t--) {
		if (rasdp_is_break(d, t - 1))
			return 0;
		if (rasdp_cue(d, t - 1, RASD_CUE_ANNIVERSARY))
			return 1;
		/* "مرور عامين على الهجوم": a passing of time, not of a patrol */
		if (rasdp_cue(d, t - 1, RASD_CUE_PASSAGE) && rasdp_cue(d, t, RASD_CUE_SPAN))
			return 1;
		/* "years since [a, the] [car] bomb": two words between at most */
		if (rasdp_cue(d, t - 1, RASD_CUE_SINCE) && t - 1 > st->tok_start &&
		    rasdp_cue(d, t - 2, RASD_CUE_SPAN) && t + 2 >= m->tok_start)
			return 1;
	}
	/* a deed judged: the court's word governs the clause after it (none in most reports) */
	if (!rasdp_doc_has_cue(d, RASD_CUE_JUSTICE))
		return 0;
	for (t = m->tok_start; t > st->tok_start && t + JUSTICE_TOKS >= m->tok_start; t--) {
		if (rasdp_is_break(d, t - 1))
			return 0;
		if (rasdp_cue(d, t - 1, RASD_CUE_JUSTICE))
			return judgement_opens(d, st, t - 1) &&
			       !rasdp_verdict_carried_out(d, st, t - 1);
	}
	return 0;
}

/* At most this many words between a bomb and the word that disarmed it. */
#define DISARMED_TOKS 5

/*
 * Is the cue at match `m` a bomb or explosives (sub-type
 * Remote explosive/landmine/IED) that a cue of Disrupted weapons use close
 * by in its clause disarmed: seized, dismantled, defused, found in a cache
 * or a lab ("فككت القوات مختبرات للمتفجرات فيها عبوات ناسفة", "dismantled
 * an explosives lab with roadside bombs", "a bomb was defused")?  Or a
 * suicide belt (Suicide bomb) that such a cue or an arrest just before it
 * took from its wearer ("ألقت القبض على آخر كان يرتدي حزاما ناسفا",
 * "arrested an attacker wearing a suicide belt"): a suicide bomber taken
 * alive did not blow himself up.  The bomb went off nowhere: it names a
 * thing, and the raid or the clash frames the event.
 */
static int disarmed_bomb(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			 const struct rasd_match *m)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_trigger *t = rasdp_lex_trigger(c->lx, m->entry);
	int suicide = rasdp_same_label(t->sub_type, "Suicide bomb");
	size_t i;

	if (!suicide && !rasdp_same_label(t->sub_type, "Remote explosive/landmine/IED"))
		return 0;
	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *n = rasdp_match_at(c, i);
		uint32_t a, b;

		if (n->kind != RASD_LEX_TRIGGER || n == m)
			continue;
		t = rasdp_lex_trigger(c->lx, n->entry);
		/* a suicide bomber arrested, his belt on him: it never went off */
		if (!rasdp_same_label(t->sub_type, "Disrupted weapons use") &&
		    !(suicide && rasdp_same_label(t->sub_type, "Arrests") && n->tok_end <= m->tok_start))
			continue;
		if (n->tok_start < m->tok_end && m->tok_start < n->tok_end)
			return 1;
		a = n->tok_end <= m->tok_start ? n->tok_end : m->tok_end;
		b = n->tok_end <= m->tok_start ? m->tok_start : n->tok_start;
		if (b <= a + DISARMED_TOKS && rasdp_clause_clear(d, a, b))
			return 1;
	}
	return 0;
}

/* At most this many words from a word of `goods` to the weapon it trades. */
#define GOODS_TOKS 5

/*
 * Is the cue at match `m` a weapon used on no one, in a sentence with no
 * word of the killed or the wounded (one of the seized may stand): shown
 * or tried in a drill or a parade, a word of `exercise` before it in its sentence ("held naval exercises, firing
 * missiles at targets at sea", "a parade of tanks and helicopters",
 * "مناورة تحاكي حربا"), or a cue of explosions bought, sold, supplied,
 * stored or cleared, a word of `goods` a few words before it in its
 * clause ("a deal to buy 14 fighter jets", "a cache of rifles and
 * rockets", "صفقة لبيع 300 صاروخ", "أزالت ألفي لغم")?  Not "a rocket struck
 * the parade", nor "a soldier was killed when a shell exploded during a
 * drill", nor "drones supplied by Iran struck the town, killing four".
 */
static int weapon_unused(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			 const struct rasd_sentence *st, const struct rasd_match *m)
{
	size_t i;

	if (!rasdp_cue_between(c->d, st->tok_start, m->tok_start, RASD_CUE_EXERCISE) &&
	    !(rasdp_doc_has_cue(c->d, RASD_CUE_GOODS) &&
	      rasdp_same_label(rasdp_lex_trigger(c->lx, m->entry)->event_type, "Explosions/Remote violence") &&
	      rasdp_cue_beside(c->d, st, m->tok_start, RASD_CUE_GOODS, GOODS_TOKS, 0)))
		return 0;
	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *o = rasdp_match_at(c, i);

		if (o->kind == RASD_LEX_CASUALTY &&
		    rasdp_lex_casualty(c->lx, o->entry)->kind <= RASD_CAS_KILLED_OR_WOUNDED)
			return 0;
	}
	return 1;
}

/*
 * The tests of trigger match `m` of sentence `si` that read no date: no
 * negator reaches it ("لم تشهد المنطقة أي طلعات جوية" frames no air
 * strike), it does not act on a cause of harm that is no violence
 * ("السيطرة على وباء الكوليرا"), and it is no bomb that was disarmed
 * ("dismantled an explosives lab with roadside bombs").
 */
static int cue_counts_undated(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			      const struct rasd_sentence *st, const struct rasd_match *m)
{
	return !rasdp_negated(c, si, m->tok_start) && !hazard_object(c->d, st, m) &&
	       !rasdp_cue_recalled_seen(c, si, st, m) && !disarmed_bomb(c, si, m) &&
	       !clause_apart(c, si, st, m) && !weapon_unused(c, si, st, m);
}

/*
 * The memo of trigger match `m` (one of c->d->matches) for the matches and
 * tokens of sentence view `si`, `st`: emptied when last asked with others.
 */
static struct rasdp_cue_seen *cue_seen_for(const struct rasdp_ctx *c, const struct rasdp_sent *si,
					   const struct rasd_sentence *st, const struct rasd_match *m)
{
	struct rasdp_cue_seen *seen = &c->cue_seen[m - c->d->matches];

	if (seen->m_first != si->m_first || seen->m_last != si->m_last ||
	    seen->tok_start != st->tok_start || seen->tok_end != st->tok_end) {
		seen->m_first = (uint32_t)si->m_first;
		seen->m_last = (uint32_t)si->m_last;
		seen->tok_start = st->tok_start;
		seen->tok_end = st->tok_end;
		seen->state = 0;
		seen->dated = 0;
		seen->counts = 0;
		seen->recalled = 0;
	}
	return seen;
}

int rasdp_cue_recalled_seen(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			    const struct rasd_sentence *st, const struct rasd_match *m)
{
	struct rasdp_cue_seen *seen;

	if (!c->cue_seen)
		return rasdp_cue_recalled(c->d, st, m);
	seen = cue_seen_for(c, si, st, m);
	if (!seen->recalled)
		seen->recalled = (uint8_t)(1 + rasdp_cue_recalled(c->d, st, m));
	return seen->recalled == 2;
}

/*
 * rasdp_cue_dated_apart() of the words of trigger match `m`, asked once a
 * match for the same matches and tokens of its sentence once the report's
 * day is known (none is of another time before).
 */
int rasdp_cue_dated(const struct rasdp_ctx *c, const struct rasdp_sent *si,
		    const struct rasd_sentence *st, const struct rasd_match *m)
{
	struct rasdp_cue_seen *seen;

	if (!c->cue_seen || !c->has_ref)
		return rasdp_cue_dated_apart(c, si, st, m->tok_start, m->tok_end);
	seen = cue_seen_for(c, si, st, m);
	if (!seen->dated)
		seen->dated = (uint8_t)(1 + rasdp_cue_dated_apart(c, si, st, m->tok_start, m->tok_end));
	return seen->dated == 2;
}

/*
 * Does trigger match `m` count, whatever other reading its word has: the
 * tests above, and no date of another time qualifies it ("last year's
 * port explosion")?  The tests that read no date are asked once a match
 * (c->cue_seen) for the same matches and tokens of its sentence; the
 * dates of another time are known only after the first pass
 * (background.c), so that test is asked once they are.  `m` is one of
 * c->d->matches.
 */
static int cue_counts_as_read(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			      const struct rasd_sentence *st, const struct rasd_match *m)
{
	struct rasdp_cue_seen *seen;

	if (m->kind != RASD_LEX_TRIGGER)
		return 0;
	if (!c->cue_seen) {
		if (!cue_counts_undated(c, si, st, m))
			return 0;
	} else {
		seen = cue_seen_for(c, si, st, m);
		if (!seen->state)
			seen->state = (uint8_t)(1 + cue_counts_undated(c, si, st, m));
		if (seen->state != 2)
			return 0;
	}
	/* (no date is of another time before the report's day is known) */
	return !c->has_ref || !rasdp_cue_dated(c, si, st, m);
}

/*
 * Does a date of another time qualify a cue of sentence view `si` that
 * counts but for its dates, once the report's day is known?  With none,
 * every cue of the view counts as it did before the day was known, and so
 * do the readings of rasdp_cue_counts(), which ask only the view's cues.
 */
static int view_dated(const struct rasdp_ctx *c, const struct rasdp_sent *si,
		      const struct rasd_sentence *st)
{
	size_t i;

	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *o = rasdp_match_at(c, i);

		if (o->kind == RASD_LEX_TRIGGER && !cue_counts_as_read(c, si, st, o) &&
		    cue_seen_for(c, si, st, o)->state == 2)
			return 1;
	}
	return 0;
}

/* The cues of type `type` of sentence `si` that count, but those at the word of `m`. */
static int cues_beside(const struct rasdp_ctx *c, const struct rasdp_sent *si,
		       const struct rasd_sentence *st, const struct rasd_match *m, const char *type)
{
	size_t i;
	int n = 0;

	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *o = rasdp_match_at(c, i);

		if (o->kind != RASD_LEX_TRIGGER ||
		    (o->tok_start < m->tok_end && m->tok_start < o->tok_end) ||
		    !rasdp_same_label(rasdp_lex_trigger(c->lx, o->entry)->event_type, type))
			continue;
		n += cue_counts_as_read(c, si, st, o);
	}
	return n;
}

/* Does sentence `st` tell of a crowd (cues.tsv `crowd`: "نظم", "هتافات", "ساحة")? */
static int crowd_told(const struct rasd_doc *d, const struct rasd_sentence *st)
{
	uint32_t t;

	for (t = st->tok_start; t < st->tok_end; t++)
		if (rasdp_cue(d, t, RASD_CUE_CROWD))
			return 1;
	return 0;
}

/*
 * Is match `m` the reading its sentence does not take of a word that writes
 * two words (cues.tsv `homograph`: "مسيرة", a drone or a march), the word
 * listed under two types (triggers.tsv)?  The reading whose type more of
 * the sentence's other cues that count share is taken ("خرج المتظاهرون في
 * مسيرة": a march; "قصف بمسيرة": a drone), a word of a crowd (cues.tsv
 * `crowd`: "نظم الأهالي مسيرة", "هتافات", "ساحة") counting as one for
 * the reading of protest; with as many of each, the heavier trigger, then
 * the one listed first.
 */
static int homograph_apart(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			   const struct rasd_sentence *st, const struct rasd_match *m)
{
	const struct rasd_trigger *t, *u;
	const struct rasd_match *o = NULL;
	size_t i;
	int mine, other;

	if (m->tok_end != m->tok_start + 1 || !rasdp_cue(c->d, m->tok_start, RASD_CUE_HOMOGRAPH))
		return 0;
	t = rasdp_lex_trigger(c->lx, m->entry);
	for (i = si->m_first; i < si->m_last && !o; i++) {
		const struct rasd_match *n = rasdp_match_at(c, i);

		if (n->kind == RASD_LEX_TRIGGER && n->tok_start == m->tok_start &&
		    n->tok_end == m->tok_end &&
		    !rasdp_same_label(rasdp_lex_trigger(c->lx, n->entry)->event_type, t->event_type))
			o = n;
	}
	if (!o)
		return 0;
	u = rasdp_lex_trigger(c->lx, o->entry);
	mine = cues_beside(c, si, st, m, t->event_type);
	other = cues_beside(c, si, st, m, u->event_type);
	/* a crowd told (organised, chanting, in a square): one more for a march */
	if (crowd_told(c->d, st)) {
		mine += rasdp_same_label(t->event_type, "Protests");
		other += rasdp_same_label(u->event_type, "Protests");
	}
	if (mine != other)
		return other > mine;
	if (t->weight != u->weight)
		return u->weight > t->weight;
	return o->entry < m->entry;
}

/* Is there a cue of protest that counts before word `t` of sentence `si`? */
static int protest_before(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			  const struct rasd_sentence *st, uint32_t t)
{
	size_t i;

	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *o = rasdp_match_at(c, i);

		if (o->kind == RASD_LEX_TRIGGER && o->tok_end <= t &&
		    rasdp_same_label(rasdp_lex_trigger(c->lx, o->entry)->event_type, "Protests") &&
		    cue_counts_as_read(c, si, st, o))
			return 1;
	}
	return 0;
}

/* At most this many words from what a protest is against to the cue it names. */
#define PROTESTED_TOKS 3

/*
 * Is the cue of violence at match `m` what a protest of its sentence is
 * against: a word of cues.tsv `protested` a few words before it in its
 * clause, and a cue of protest that counts elsewhere in the sentence
 * ("protesters rallied against the air strikes", "تظاهر المئات تنديدا
 * بالقصف")?  Or a word of `after` before it, a cue of protest told before
 * that ("thousands rallied a day after the car bomb", "تظاهر المئات عقب
 * التفجير")?  It names the protest's cause, not an event of the report.
 */
static int protested_object(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			    const struct rasd_sentence *st, const struct rasd_match *m)
{
	const char *type = rasdp_lex_trigger(c->lx, m->entry)->event_type;
	uint32_t t;

	if (rasdp_same_label(type, "Protests") || rasdp_same_label(type, "Riots"))
		return 0;
	for (t = m->tok_start; t > st->tok_start && t + PROTESTED_TOKS >= m->tok_start; t--) {
		if (rasdp_is_break(c->d, t - 1))
			return 0;
		if (rasdp_cue(c->d, t - 1, RASD_CUE_PROTESTED))
			return cues_beside(c, si, st, m, "Protests") > 0;
		/* "rallied a day after the car bomb": the protest told first */
		if (rasdp_cue(c->d, t - 1, RASD_CUE_AFTER))
			return protest_before(c, si, st, t - 1);
	}
	return 0;
}

/* At most this many words from a word governing a cue (governed_by()) to the cue. */
#define GOVERNED_TOKS 4

/* Does a cue other than match `m`, of any type, count in sentence `si`? */
static int other_cue(const struct rasdp_ctx *c, const struct rasdp_sent *si,
		     const struct rasd_sentence *st, const struct rasd_match *m)
{
	size_t i;

	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *o = rasdp_match_at(c, i);

		if (o->kind == RASD_LEX_TRIGGER &&
		    (o->tok_end <= m->tok_start || m->tok_end <= o->tok_start) &&
		    cue_counts_as_read(c, si, st, o))
			return 1;
	}
	return 0;
}

/*
 * Is a word of cue class `q` a few words before match `m` in its clause,
 * a word between them ("in response to the bombing", "backed by air
 * strikes")?  Right before it, the word is the cue's own kind ("a revenge
 * attack").
 */
static int governed_by(const struct rasd_doc *d, const struct rasd_sentence *st,
		       const struct rasd_match *m, unsigned q)
{
	uint32_t t;

	for (t = m->tok_start; t > st->tok_start && t + GOVERNED_TOKS >= m->tok_start; t--) {
		if (rasdp_is_break(d, t - 1))
			return 0;
		if (rasdp_cue(d, t - 1, q))
			return t < m->tok_start;
	}
	return 0;
}

/*
 * Is the cue of violence at match `m` what a deed of its sentence answered
 * (cues.tsv `response` governs it: "the navy fired missiles at the port in
 * response to the bombing of its ship", "قصفت المدفعية القرية ردا على
 * الهجوم"), told with another cue that counts, the deed's?  It names the
 * deed's cause, not an event of the report; with no other cue it stays
 * the sentence's cue (the deed may be told by no word of its kind).  Or is
 * it a cue of explosions that supports a fight (cues.tsv `support`:
 * "clashes backed by air strikes", "اشتباكات بإسناد من الطيران"), told with
 * a cue of battle that counts?  The battle is the event (ACLED).  Or is it a
 * weapon carried (cues.tsv `equipped`: "trucks fitted with machine guns",
 * "عربات مجهزة بمدافع رشاشة"), told with another cue that counts?
 * Equipment is no deed.
 */
static int responded_object(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			    const struct rasd_sentence *st, const struct rasd_match *m)
{
	const char *type = rasdp_lex_trigger(c->lx, m->entry)->event_type;

	if (governed_by(c->d, st, m, RASD_CUE_RESPONSE) && other_cue(c, si, st, m))
		return 1;
	if (governed_by(c->d, st, m, RASD_CUE_EQUIPPED) && other_cue(c, si, st, m))
		return 1;
	return rasdp_same_label(type, "Explosions/Remote violence") &&
	       governed_by(c->d, st, m, RASD_CUE_SUPPORT) && cues_beside(c, si, st, m, "Battles") > 0;
}

/* At most this many words from a raid or a bombing to an aircraft beside it. */
#define AIRCRAFT_TOKS 4
/* At most this many words from who bombs to the bombing after it. */
#define AIR_FORCE_TOKS 2

/*
 * Is match `m` the reading its clause does not take of a raid (cues.tsv
 * `raid`, listed under an air strike, a battle and an arrest) or of a
 * bombing (cues.tsv `bombing`, listed under an air strike and a bomb)?
 * With a word of `aircraft` a few words before or after it in its clause,
 * the raid or the bombing is from the air ("the air forces renewed their
 * raids", "bombs dropped by helicopters"); so is a bombing right after who
 * bombs from the air (cues.tsv `air_force`: "the regime's bombing of the
 * town", "coalition bombs hit a school").  With none, a raid is on the
 * ground ("police raids on homes") and a bombing a bomb ("a bombing
 * targeting government forces").  A longer cue over the word ("a
 * helicopter raid", "a car bomb") reads it as it is listed.
 */
static int raid_apart(const struct rasdp_ctx *c, const struct rasd_sentence *st,
		      const struct rasd_match *m)
{
	const struct rasd_doc *d = c->d;
	const char *sub;
	uint32_t t = m->tok_start;
	int aerial, bombing;

	if (m->tok_end != t + 1)
		return 0;
	bombing = rasdp_cue(d, t, RASD_CUE_BOMBING);
	if (!bombing && !rasdp_cue(d, t, RASD_CUE_RAID))
		return 0;
	aerial = rasdp_cue_beside(d, st, t, RASD_CUE_AIRCRAFT, AIRCRAFT_TOKS, AIRCRAFT_TOKS) ||
		 (bombing && rasdp_cue_beside(d, st, t, RASD_CUE_AIR_FORCE, AIR_FORCE_TOKS, 0));
	sub = rasdp_lex_trigger(c->lx, m->entry)->sub_type;
	return aerial != (sub && !strcmp(sub, "Air/drone strike"));
}

/*
 * Does a longer trigger of another type hold the words of match `m`: "tear
 * gas grenades" (crowd control, not a grenade), "قنابل مسيلة للدموع", "a
 * general strike" (a walkout), "opened fire on protesters" (force against
 * a protest, not an armed clash)?  The longer cue is the reading of its
 * words; `m` is none.
 */
static int covered_apart(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			 const struct rasd_match *m)
{
	const char *type = rasdp_lex_trigger(c->lx, m->entry)->event_type;
	size_t i;

	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *o = rasdp_match_at(c, i);

		const char *by;

		if (o->kind != RASD_LEX_TRIGGER || o->tok_start > m->tok_start ||
		    m->tok_end > o->tok_end || o->tok_end - o->tok_start <= m->tok_end - m->tok_start)
			continue;
		by = rasdp_lex_trigger(c->lx, o->entry)->event_type;
		if (!rasdp_same_label(by, type) && rasdp_same_label(by, "Protests"))
			return 1;
	}
	return 0;
}

/* At most this many words from a verb of firing to the fire it opened, its subject between. */
#define FIRE_VERB_TOKS 4

/*
 * Is match `m` fire as a verb's object (cues.tsv `fire_object`: "النار على")
 * with no verb of firing (`fire_verb`: "فتحت", "أطلقت") a few words before
 * it in its clause?  Arabic tells the subject between the verb and its
 * object ("فتحت الدبابات النار على سكان القرية", "أطلق مسلحون مجهولون النار
 * على"): the verb and the fire make the deed.  A longer cue holding its
 * words ("فتحت النار على", "إطلاق النار على المتظاهرين") tells it already.
 */
static int fire_apart(const struct rasdp_ctx *c, const struct rasdp_sent *si,
		      const struct rasd_sentence *st, const struct rasd_match *m)
{
	const struct rasd_doc *d = c->d;
	uint32_t t = m->tok_start, k;
	size_t i;

	if (!rasdp_cue(d, t, RASD_CUE_FIRE_OBJECT))
		return 0;
	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *o = rasdp_match_at(c, i);

		if (o->kind == RASD_LEX_TRIGGER && o->tok_start < t && o->tok_end >= m->tok_end)
			return 1;
	}
	for (k = 1; k <= FIRE_VERB_TOKS && t >= st->tok_start + k; k++) {
		if (rasdp_is_break(d, t - k))
			break;
		if (rasdp_cue(d, t - k, RASD_CUE_FIRE_VERB))
			return 0;
	}
	return 1;
}

/* At most this many words from a cue word that is one only in company to its company. */
#define BARE_COMPANY_TOKS 1

/*
 * Is match `m` a cue word that is one only in company (cues.tsv `bare`:
 * "strike", an attack or a walkout) with none?  Its company is a word of
 * `company` right after it ("strikes killed", "a strike hit") or right
 * before it ("deadly strikes"), a nationality before it ("Russian
 * strikes", "a US strike"), or another cue of its type in its sentence
 * that counts (the weapon or the air word: "the strikes, carried out by
 * warplanes").  A longer cue of another type over its word reads it
 * otherwise ("a general strike", "on hunger strike": a protest; see
 * covered_apart()).
 */
static int bare_apart(const struct rasdp_ctx *c, const struct rasdp_sent *si,
		      const struct rasd_sentence *st, const struct rasd_match *m)
{
	const struct rasd_doc *d = c->d;
	const char *type;
	uint32_t t = m->tok_start;

	if (m->tok_end != t + 1 || !rasdp_cue(d, t, RASD_CUE_BARE))
		return 0;
	type = rasdp_lex_trigger(c->lx, m->entry)->event_type;
	if (rasdp_cue_beside(d, st, t, RASD_CUE_COMPANY, BARE_COMPANY_TOKS, BARE_COMPANY_TOKS))
		return 0;
	return cues_beside(c, si, st, m, type) == 0;
}

/* Is there a trigger of type `type` at the words of match `o` (another reading of them)? */
static int reading_at(const struct rasdp_ctx *c, const struct rasdp_sent *si,
		      const struct rasd_match *o, const char *type)
{
	size_t i;

	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *n = rasdp_match_at(c, i);

		if (n->kind == RASD_LEX_TRIGGER && n->tok_start == o->tok_start &&
		    n->tok_end == o->tok_end &&
		    rasdp_same_label(rasdp_lex_trigger(c->lx, n->entry)->event_type, type))
			return 1;
	}
	return 0;
}

/* Is a word of time order ("بعد", "قبل") among the words [a, b)? */
static int timed_between(const struct rasd_doc *d, uint32_t a, uint32_t b)
{
	for (; a < b; a++)
		if (rasdp_cue(d, a, RASD_CUE_AFTER) || rasdp_cue(d, a, RASD_CUE_BEFORE))
			return 1;
	return 0;
}

/* At most this many words from a verb of undergoing to the cue of violence it takes. */
#define UNDERGO_TOKS 4

/*
 * Is match `m` a verb of undergoing (cues.tsv `undergo`: "تعرض", listed in
 * triggers.tsv under the types of the attacks one undergoes) with no cue
 * of its type that counts a few words after it in its clause, what was
 * undergone?  Its subject may stand between them: "تعرضت دورية للشرطة
 * لهجوم" (a patrol came under attack), "تعرض منزل القاضي لإطلاق نار"; the
 * verb makes the attack happen, however weak its noun alone.  A cue of
 * another type after it in its clause, the means ("لهجوم بعبوة ناسفة"),
 * types the attack: the verb is then no cue, nor is it before a word of
 * time order ("تعرض لانتقادات بعد الهجوم": the attack is another
 * happening); after a relative ("مقرها
 * الذي تعرض للهجوم") it tells of an attack told already.  Undergoing
 * criticism, or nothing of violence, is no cue.
 */
static int undergone_apart(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			   const struct rasd_sentence *st, const struct rasd_match *m)
{
	const char *type;
	int found = 0;
	size_t i;

	if (m->tok_end != m->tok_start + 1 || !rasdp_cue(c->d, m->tok_start, RASD_CUE_UNDERGO))
		return 0;
	/* "مقرها الذي تعرض للهجوم": the attack told of already */
	if (m->tok_start > st->tok_start && rasdp_cue(c->d, m->tok_start - 1, RASD_CUE_RELATIVE))
		return 1;
	type = rasdp_lex_trigger(c->lx, m->entry)->event_type;
	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *o = rasdp_match_at(c, i);
		int mine;

		if (o->kind != RASD_LEX_TRIGGER || o->tok_start < m->tok_end ||
		    o->tok_start > m->tok_end + 2 * UNDERGO_TOKS ||
		    !rasdp_clause_clear(c->d, m->tok_end, o->tok_start) ||
		    !cue_counts_as_read(c, si, st, o))
			continue;
		mine = rasdp_same_label(rasdp_lex_trigger(c->lx, o->entry)->event_type, type);
		/* the means told after the attack type it: "لهجوم بعبوة ناسفة" */
		if (!mine && !reading_at(c, si, o, type))
			return 1;
		found |= o->tok_start <= m->tok_end + UNDERGO_TOKS && !timed_between(c->d, m->tok_end, o->tok_start);
	}
	return !found;
}

/*
 * Does trigger match `m` of sentence `si` count as a cue of its event: no
 * negator reaches it ("لم تشهد المنطقة أي طلعات جوية" frames no air
 * strike), no date of another time qualifies it ("last year's port
 * explosion"), it does not act on a cause of harm that is no violence
 * ("السيطرة على وباء الكوليرا"), it is no bomb that was disarmed
 * ("dismantled an explosives lab with roadside bombs"), it is the
 * reading its sentence takes of a word that writes two ("مسيرة"), it
 * is not what a protest is against ("protested against the air strikes")
 * nor what a deed answered ("in response to the bombing"), the support of
 * a fight ("clashes backed by air strikes") or a weapon carried, a word
 * that is a cue only in company has its company ("Russian strikes
 * killed", not "the strike closed the shops"), a verb of undergoing takes
 * a cue of violence ("تعرضت دورية للشرطة لهجوم"), fire as an object has its
 * verb of firing before it ("فتحت الدبابات النار على"), and a raid or a bombing
 * is read from the air only with an aircraft (or, for a bombing, who bombs
 * from the air) beside it?
 */
static int cue_counts_read(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			   const struct rasd_sentence *st, const struct rasd_match *m)
{
	return cue_counts_as_read(c, si, st, m) && !homograph_apart(c, si, st, m) &&
	       !protested_object(c, si, st, m) && !responded_object(c, si, st, m) &&
	       !covered_apart(c, si, m) &&
	       !bare_apart(c, si, st, m) && !undergone_apart(c, si, st, m) &&
	       !raid_apart(c, st, m) && !fire_apart(c, si, st, m);
}

/* At most this many words from a verb of downing to the cue of what it downed. */
#define DOWNED_TOKS 5
/* ... from a cue to a verb of downing after it, passive ("were shot down"). */
#define DOWNED_AFTER_TOKS 3

/*
 * Is the cue of explosions at match `m` of sentence `st` what a verb of
 * downing or intercepting (cues.tsv `intercepted`) downed: the verb a few
 * words before it in its clause, its subject between ("أسقطت الدفاعات
 * الجوية مسيرة", "intercepted two missiles"), or right after it ("two
 * drones were shot down")?  It names what did not hit.
 */
int rasdp_cue_downed(const struct rasd_doc *d, const struct rasd_sentence *st,
		     const struct rasd_match *m)
{
	uint32_t k, t;

	for (k = 1; k <= DOWNED_TOKS && m->tok_start >= st->tok_start + k; k++) {
		t = m->tok_start - k;
		if (rasdp_is_break(d, t))
			break;
		if (rasdp_cue(d, t, RASD_CUE_INTERCEPTED))
			return 1;
	}
	for (t = m->tok_end; t < st->tok_end && t < m->tok_end + DOWNED_AFTER_TOKS; t++) {
		if (rasdp_is_break(d, t))
			break;
		if (rasdp_cue(d, t, RASD_CUE_INTERCEPTED))
			return 1;
	}
	return 0;
}

/*
 * The readings above look at the sentence's other cues, each asked as
 * `m` is; so the answer, like theirs, depends only on the sentence's
 * matches and tokens and on whether the report's day is known: asked
 * once a match (c->cue_seen) for each.
 */
int rasdp_cue_counts(const struct rasdp_ctx *c, const struct rasdp_sent *si,
		     const struct rasd_sentence *st, const struct rasd_match *m)
{
	struct rasdp_cue_seen *seen;
	uint8_t base = c->has_ref ? 3 : 1;

	if (!c->cue_seen || m->kind != RASD_LEX_TRIGGER)
		return cue_counts_read(c, si, st, m);
	seen = cue_seen_for(c, si, st, m);
	/* what was read before the report's day was known stands when no date moves it */
	if (base == 3 && (seen->counts == 1 || seen->counts == 2) && !view_dated(c, si, st))
		seen->counts = (uint8_t)(seen->counts + 2);
	if (seen->counts != base && seen->counts != base + 1) {
		/* (the readings ask `m` itself with this view only: `seen` stays) */
		seen->counts = (uint8_t)(base + cue_counts_read(c, si, st, m));
	}
	return seen->counts == base + 1;
}

/*
 * The trigger of sentence `s`: its heaviest event cue that counts, and
 * whether it refers back ("هذا الانفجار", "this attack": cues.tsv
 * `demonstrative`).
 */
void rasdp_sentence_trigger(const struct rasdp_ctx *c, uint32_t s)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_sentence *st = &d->sents[s];
	struct rasdp_sent *si = &c->si[s];
	size_t i;

	si->trig = -1;
	si->trig_weight = 0;
	si->anaphor = 0;
	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *m = &d->matches[i];
		const struct rasd_trigger *t;

		/* (most matches are no cue: asked here, they cost no call) */
		if (m->kind != RASD_LEX_TRIGGER || !rasdp_cue_counts(c, si, st, m))
			continue;
		t = rasdp_lex_trigger(c->lx, m->entry);
		if (trigger_rank(t) > si->trig_weight) {
			si->trig = (int32_t)m->entry;
			si->trig_weight = trigger_rank(t);
			si->anaphor = m->tok_start > st->tok_start &&
				      rasdp_cue(d, m->tok_start - 1, RASD_CUE_DEMONSTRATIVE);
		}
	}
}
