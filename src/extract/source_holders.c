/*
 * source_holders.c - the report read as a whole before its sentences: its
 * own voice, the countries it names, and the holders of sources who speak
 * later by surname; and the voice an actor speaks with.
 *
 * rasdp_find_aliases() runs once per report, after its places are read:
 * the report's own voice (c->outlet: the source its outlet's domain names,
 * else the one its closing credit line names as the source it reprints,
 * "(سيرياهوم نيوز-سانا)", else the outlet), whether its lines are broken inside sentences
 * (c->wrapped), the countries its actors, places and sources name
 * (c->countries, c->named: which entry of a form the report means), the
 * source names of three words or more a shorter name may repeat
 * (c->long_sources), and the holders of sources named by title and name
 * ("Iranian Ambassador to Syria Hossein Akbari", "Rahmi Dogan, the Hatay
 * governor", "المتحدث باسم وزارة الصحة، أمين الهاشمي"): the surname later
 * stands for the source ("Akbari said": rasdp_alias_at()).
 *
 * An actor standing as the subject of a reporting verb speaks as itself
 * (the source sources.tsv names by one of its names: "أعلن الحوثيون" is the
 * Houthis, not their military spokesman), else with its "military" or
 * "government" voice, else by its name ("the Asayish said"):
 * rasdp_actor_ref().  A speaker the lexicon does not know speaks by its
 * proper name when it stands as the subject of an English reporting verb
 * (rasdp_name_subject()); a pronoun standing as that subject names a
 * speaker again (rasdp_pronoun_before()).
 */
#include <string.h>

#include "extract/attribution_int.h"

#include "base/banned.h"

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

/* Does a lexicon match of kind `k` start at token `t`? */
int rasdp_match_starts_kind(const struct rasd_doc *d, uint32_t t, enum rasd_lex_kind k)
{
	size_t i;

	for (i = rasdp_match_from(d, t); i < d->nmatches && d->matches[i].tok_start == t; i++)
		if (d->matches[i].kind == k)
			return 1;
	return 0;
}

/* Does a lexicon match start at token `t`? */
static int match_starts(const struct rasd_doc *d, uint32_t t)
{
	size_t i = rasdp_match_from(d, t);

	return i < d->nmatches && d->matches[i].tok_start == t;
}

/*
 * How many words (two or three) of a person's name stand right before the
 * source match `m`, its holder named first ("وأوضح مشير محمد بشير قائم مقام
 * زاخو", "Rahmi Dogan, the Hatay governor, said"); 0 for none.  The name
 * opens its clause: a reporting verb, a mark or the sentence start before
 * it.
 */
static uint32_t name_before(const struct rasdp_ctx *c, const struct rasd_match *m)
{
	const struct rasd_doc *d = c->d;
	uint32_t t = m->tok_start, n = 0, s0 = d->sents[d->toks[m->tok_start].sent].tok_start;
	size_t j;

	if (t > s0 && rasdp_tok_is_punct(d, t - 1, ','))
		t--;
	while (t - n > s0 && n < 4) {
		uint32_t u = t - n - 1;
		const struct rasd_token *k = &d->toks[u];

		if (k->kind != RASD_TOK_WORD || rasdp_cue(d, u, RASD_CUE_NAME_STOP) ||
		    rasdp_in_date(d, u) || match_starts(d, u) ||
		    ((k->flags & RASD_TOKF_LATIN) && !(k->flags & RASD_TOKF_CAP)))
			break;
		n++;
	}
	if (n < 2 || n > 3)
		return 0;
	if (t - n == s0 || rasdp_is_punct(d, t - n - 1))
		return n;
	/* a reporting verb right before the name */
	for (j = rasdp_match_reaching(c, t - n); j < d->nmatches && d->matches[j].tok_start < t - n; j++)
		if (d->matches[j].kind == RASD_LEX_SPEECH && d->matches[j].tok_end == t - n)
			return n;
	return 0;
}

/*
 * After source match `i` (its words ending at token `t`), a comma and a
 * name the lexicon gives the same source ("المتحدث باسم وزارة الصحة، أمين
 * الهاشمي", "Lebanon's Health Minister, Firass Abiad"): that match's index,
 * or -1.
 */
static long holder_named(const struct rasdp_ctx *c, size_t i, uint32_t t)
{
	const struct rasd_doc *d = c->d;
	size_t j;

	if (t < d->ntoks && rasdp_tok_is_punct(d, t, ','))
		t++;
	for (j = i + 1; j < d->nmatches && d->matches[j].tok_start <= t; j++) {
		const struct rasd_match *o = &d->matches[j];

		if (o->kind == RASD_LEX_SOURCE && o->tok_start == t && o->entry == d->matches[i].entry &&
		    o->tok_end - o->tok_start >= 2 && o->tok_end - o->tok_start <= 3)
			return (long)j;
	}
	return -1;
}

/* Tokens of a closing credit line, at most ("(سيرياهوم نيوز-سانا)"). */
#define CREDIT_MAX 10

/*
 * The source a report's closing credit line names, the wire or outlet
 * the report is reprinted from: a last line that is only a parenthesis
 * ("(Syriahome News-SANA)", "(SANA)"), the last source the lexicon knows
 * in it (the reprinting site comes first); -1 for none.
 */
static int32_t closing_credit(const struct rasdp_ctx *c)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_sentence *st;
	uint32_t a, e;
	int32_t src = -1;
	size_t i;

	if (d->nsents < 2)
		return -1;
	st = &d->sents[d->nsents - 1];
	a = st->tok_start;
	e = st->tok_end;
	if (e > a && rasdp_tok_is_punct(d, e - 1, '.'))
		e--;
	if (e < a + 3 || e - a > CREDIT_MAX || !rasdp_tok_is_punct(d, a, '(') ||
	    !rasdp_tok_is_punct(d, e - 1, ')') || !rasdp_line_break_after(d, d->nsents - 2))
		return -1;
	for (i = rasdp_match_from(d, a); i < d->nmatches && d->matches[i].tok_start < e; i++)
		if (d->matches[i].kind == RASD_LEX_SOURCE && d->matches[i].tok_end < e &&
		    rasdp_first_of_span(d, i))
			src = (int32_t)d->matches[i].entry;
	return src;
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
	int32_t o = rasdp_lex_outlet_source(c->lx, d->outlet);

	/* "syriahr.com": the Observatory's own site speaks as the Observatory */
	memset(&c->outlet, 0, sizeof(c->outlet));
	c->outlet.source = -1;
	c->outlet.outlet = 1;
	/* "(سيرياهوم نيوز-سانا)": a report reprinted from a source speaks as it */
	if (o < 0)
		o = closing_credit(c);
	if (o >= 0)
		rasdp_set_source(c, &c->outlet, o, 0, 0);
	/* lines broken inside sentences: a third of its line breaks, three at least */
	{
		uint32_t s, breaks = 0, inside = 0;

		for (s = 0; s + 1 < d->nsents; s++) {
			if (!rasdp_line_break_after(d, s))
				continue;
			breaks++;
			inside += !rasdp_ends_closed(d, s) && d->sents[s].para == d->sents[s + 1].para &&
				  d->sents[s].tok_end - d->sents[s].tok_start >= 5;
		}
		c->wrapped = inside >= 3 && inside * 3 >= breaks;
	}
	/* the names of three words or more a shorter one may repeat (named_in_full()) */
	c->nlong_sources = 0;
	c->long_sources = rasd_arena_alloc(&c->d->arena,
					   (d->nmatches ? d->nmatches : 1) * sizeof(*c->long_sources));
	for (i = 0; c->long_sources && i < d->nmatches; i++)
		if (d->matches[i].kind == RASD_LEX_SOURCE && rasdp_first_of_span(d, i) &&
		    d->matches[i].tok_end - d->matches[i].tok_start >= 3)
			c->long_sources[c->nlong_sources++] = i;
	/* the countries the report names: its actors, places, and sources of one country */
	c->ncountries = c->nnamed = 0;
	for (i = 0; i < d->nmatches; i++) {
		const struct rasd_match *m = &d->matches[i];
		const char *cc = NULL;

		/* "police" inside "Turkish police" names no country of its own */
		if (m->kind == RASD_LEX_ACTOR) {
			if (!rasdp_inside_longer(d, m))
				rasdp_vote(c->countries, &c->ncountries,
					   rasdp_actor_country(c->lx, (int32_t)m->entry));
			continue;
		}
		if (m->kind == RASD_LEX_PLACE)
			cc = rasdp_place_country(c->lx, (int32_t)m->entry);
		else if (m->kind == RASD_LEX_SOURCE && rasdp_first_of_span(d, i) && !rasdp_same_span(d, i, i + 1))
			cc = rasdp_source_country(c->lx, (int32_t)m->entry);
		rasdp_vote(c->countries, &c->ncountries, cc);
		rasdp_vote(c->named, &c->nnamed, cc);
	}

	for (i = 0; i < d->nmatches && c->naliases < RASDP_MAX_ALIASES; i++) {
		const struct rasd_match *m = &d->matches[i];
		uint32_t t = m->tok_end, n = 0;
		size_t j;
		long held;

		if (m->kind != RASD_LEX_SOURCE)
			continue;
		/* "مشير بشير قائم مقام زاخو", "Rahmi Dogan, the Hatay governor": the name first */
		n = name_before(c, m);
		if (n >= 2) {
			c->aliases[c->naliases].tok = m->tok_start - 1;
			while (c->aliases[c->naliases].tok > 0 &&
			       rasdp_is_punct(d, c->aliases[c->naliases].tok))
				c->aliases[c->naliases].tok--;
			c->aliases[c->naliases].source = (int32_t)m->entry;
			if (++c->naliases == RASDP_MAX_ALIASES)
				break;
		}
		n = 0;
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
		/* "…، أمين الهاشمي": a holder the lexicon knows by name, after a comma */
		held = holder_named(c, i, t);
		if (held >= 0) {
			c->aliases[c->naliases].tok = d->matches[held].tok_end - 1;
			c->aliases[c->naliases].source = (int32_t)m->entry;
			c->naliases++;
			continue;
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
int32_t rasdp_alias_at(const struct rasdp_ctx *c, uint32_t t)
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
 * The voice of an armed actor that speaks ("the SDF said", "قالت قسد",
 * "أعلن الحوثيون"): the actor itself, a source of it that sources.tsv names
 * by one of the actor's own names ("Syrian Democratic Forces", "Houthis");
 * else the first military, else the first government source that speaks
 * for it ("Turkish Ministry of National Defence").  An actor named as the
 * speaker is not its spokesman: "the Houthis said" is the Houthis, "the
 * Houthi military spokesman said" is he.  -1 when the lexicon has none: a
 * unit does not speak with the voice of the army it belongs to.  The
 * lexicon finds it once, as it is compiled (rasdp_lex_find_voices(), lexicon_access.c).
 */
static int32_t actor_voice(const struct rasdp_ctx *c, int32_t actor)
{
	return actor >= 0 ? rasdp_lex_actor(c->lx, (size_t)actor)->voice : -1;
}

/* A reference to actor `a` speaking: its own voice, else its name (match `m`). */
void rasdp_actor_ref(const struct rasdp_ctx *c, int32_t a, const struct rasd_match *m,
		     struct rasd_srcref *ref)
{
	struct rasd_doc *d = c->d;
	int32_t v;
	const char *cc;

	/* "قال الجيش" in a report of Lebanon: Lebanon's army, not Syria's nor its police */
	if (rasdp_lex_actor(c->lx, (size_t)a)->state)
		a = rasdp_report_forces(c, a, m);
	v = actor_voice(c, a);
	cc = rasdp_actor_country(c->lx, a);

	memset(ref, 0, sizeof(*ref));
	ref->source = v;
	ref->chain[0] = v >= 0 ? rasdp_source_name(c, v) : rasdp_lex_actor(c->lx, (size_t)a)->name_en;
	ref->nchain = 1;
	/*
	 * "قالت الشرطة" in a report that names the country of these state
	 * forces by no place and no source: some other country's police, named
	 * by its words.  Forces abroad (ACLED type 8: "Russia said") speak
	 * wherever the report is.
	 */
	if (cc && rasdp_lex_actor(c->lx, (size_t)a)->inter == 1 && !rasdp_place_votes(c, cc)) {
		ref->source = -1;
		ref->chain[0] = rasdp_span_text(d, m->tok_start, m->tok_end);
	}
	ref->start = d->toks[m->tok_start].start;
	ref->end = d->toks[m->tok_end - 1].end;
}

/* Words of a proper name standing as a speaker, at most ("Syrian Institute of Justice"). */
#define PROPER_NAME_MAX 6

/* Is token `t` a capitalised Latin word that may be part of a proper name? */
static int proper_word(const struct rasd_doc *d, uint32_t t)
{
	const struct rasd_token *k = &d->toks[t];

	return k->kind == RASD_TOK_WORD && (k->flags & RASD_TOKF_LATIN) && (k->flags & RASD_TOKF_CAP) &&
	       !rasdp_in_date(d, t) && !rasdp_cue(d, t, RASD_CUE_NAME_STOP) &&
	       !rasdp_cue(d, t, RASD_CUE_PRONOUN) && !rasdp_cue(d, t, RASD_CUE_ARTICLE);
}

/*
 * Are tokens [a, b) no unknown proper name: a place whole, a casualty,
 * group or speech word among them, a source or actor of the lexicon over
 * them or right before them, a place right before them?
 */
static int run_named_as(const struct rasd_doc *d, uint32_t a, uint32_t b)
{
	size_t i;

	for (i = rasdp_match_from(d, a); i < d->nmatches && d->matches[i].tok_start < b; i++) {
		const struct rasd_match *m = &d->matches[i];

		if (m->tok_start < a)
			continue;
		if (m->kind == RASD_LEX_CASUALTY || m->kind == RASD_LEX_GROUP || m->kind == RASD_LEX_SPEECH)
			return 1;
		if (m->kind == RASD_LEX_PLACE && m->tok_start == a && m->tok_end >= b)
			return 1;
	}
	/* a part of a name the lexicon knows, or a name after a place ("Syria UNICEF") */
	for (i = rasdp_match_from(d, a > 8 ? a - 8 : 0); i < d->nmatches && d->matches[i].tok_start < b; i++) {
		const struct rasd_match *m = &d->matches[i];

		if ((m->kind == RASD_LEX_SOURCE || m->kind == RASD_LEX_ACTOR) && m->tok_end + 1 > a)
			return 1;
		if (m->kind == RASD_LEX_PLACE && a > 0 && m->tok_end == a)
			return 1;
	}
	return 0;
}

/* Is word `t` joined by a hyphen to the word after it: a particle of a name ("al-Hadas", "Shadi al-Jundi")? */
static int hyphen_joined(const struct rasd_doc *d, uint32_t t)
{
	return d->toks[t].kind == RASD_TOK_WORD && t + 1 < d->ntoks &&
	       d->toks[t].end + 1 == d->toks[t + 1].start && d->text[d->toks[t].end] == '-';
}

/* The first token of [a, b) past the places that open it ("Paris Fabius said"), or `a`. */
static uint32_t past_places(const struct rasd_doc *d, uint32_t a, uint32_t b)
{
	size_t i;

	for (i = rasdp_match_from(d, a); i < d->nmatches && d->matches[i].tok_start == a; i++)
		if (d->matches[i].kind == RASD_LEX_PLACE && d->matches[i].tok_end < b)
			return past_places(d, d->matches[i].tok_end, b);
	return a;
}

/*
 * Does the word before token `t` (an article between aside) make a name
 * at `t` no subject: a preposition ("the strike on Urum al-Joz reported"),
 * a conjunction ("for Mideast and North Africa told"), a relative pronoun
 * ("the attack that the West blames on")?  `lo` is the sentence's first
 * token.
 */
static int object_of_word(const struct rasd_doc *d, uint32_t lo, uint32_t t)
{
	if (t > lo && rasdp_cue(d, t - 1, RASD_CUE_ARTICLE))
		t--;
	if (t == lo)
		return 0;
	return rasdp_cue(d, t - 1, RASD_CUE_PART_PREP) || rasdp_cue(d, t - 1, RASD_CUE_SPEAKER_IN) ||
	       rasdp_cue(d, t - 1, RASD_CUE_CONJUNCTION) || rasdp_cue(d, t - 1, RASD_CUE_RELATIVE);
}

/*
 * The run of proper-name words ending right before token `e` (an "of"
 * between two of them: "Directorate of Health"; a particle joined by a
 * hyphen: "Shadi al-Jundi"), its first token into
 * *a; `lo` is the sentence's first token.  Ordinary words opening the
 * sentence ("Meanwhile", "Officials") and places opening the run ("Paris
 * Fabius said") are no part of it; one word alone opening the sentence,
 * or a run a preposition, conjunction or relative pronoun governs, is
 * not taken.
 */
static int name_run_before(const struct rasd_doc *d, uint32_t lo, uint32_t e, uint32_t *a)
{
	uint32_t t = e;

	while (t > lo && e - t < PROPER_NAME_MAX) {
		if (proper_word(d, t - 1) || (t < e && hyphen_joined(d, t - 1)))
			t--;
		else if (t - 1 > lo && t < e && rasdp_cue(d, t - 1, RASD_CUE_PART_PREP) &&
			 proper_word(d, t - 2))
			t -= 2;
		else
			break;
	}
	while (t == lo && t < e && rasdp_cue(d, t, RASD_CUE_COMMON))
		t++, lo++;
	t = past_places(d, t, e);
	*a = t;
	/* one word opening the sentence is as often a noun as a name ("Television said") */
	return t < e && !(t == lo && e - t == 1) && !run_named_as(d, t, e) && !object_of_word(d, lo, t);
}

/* The kind of the reporting verb starting at token `v` (enum rasd_speech_kind), or -1. */
static int speech_kind(const struct rasdp_ctx *c, uint32_t v)
{
	const struct rasd_doc *d = c->d;
	size_t i;

	for (i = rasdp_match_from(d, v); i < d->nmatches && d->matches[i].tok_start == v; i++)
		if (d->matches[i].kind == RASD_LEX_SPEECH)
			return (int)rasdp_lex_speech(c->lx, d->matches[i].entry)->kind;
	return -1;
}

/* `ref` := a speaker no lexicon entry names, by tokens [a, b) of the text; 1, else 0 (no room). */
static int words_ref(struct rasd_doc *d, uint32_t a, uint32_t b, struct rasd_srcref *ref)
{
	memset(ref, 0, sizeof(*ref));
	ref->source = -1;
	ref->chain[0] = rasdp_span_text(d, a, b);
	ref->nchain = ref->chain[0] ? 1 : 0;
	ref->start = d->toks[a].start;
	ref->end = d->toks[b - 1].end;
	return ref->nchain;
}

/*
 * A speaker no lexicon entry names, standing by the English reporting verb
 * at tokens [v_start, v_end) of sentence `st` by its proper name: right
 * before it as its subject, a date or a parenthesis between aside ("the
 * Northern Rights Institute said", "Karim Haddad on Monday told
 * reporters", "Karim Haddad, the director of the hospital, said"), or right
 * after a saying verb or "according to" closing the sentence or its
 * clause ("..., said Karim Haddad.").  A verb written with a capital
 * is a word of a name ("the United States"), no verb.  It speaks by its
 * words: `ref` := that name, and 1; else 0.
 */
int rasdp_name_subject(const struct rasdp_ctx *c, const struct rasd_sentence *st,
		       uint32_t v_start, uint32_t v_end, struct rasd_srcref *ref)
{
	struct rasd_doc *d = c->d;
	uint32_t e = v_start, a, b;

	if (v_start >= v_end || v_start < st->tok_start || v_end > st->tok_end ||
	    !(d->toks[v_start].flags & RASD_TOKF_LATIN) || (d->toks[v_start].flags & RASD_TOKF_CAP))
		return 0;
	e = rasdp_subject_end(d, v_start);
	while (e > st->tok_start && rasdp_in_date(d, e - 1))
		e--;
	if (name_run_before(d, st->tok_start, e, &a)) {
		b = e;
	} else if (speech_kind(c, v_start) == RASD_SPEECH_SAY || speech_kind(c, v_start) == RASD_SPEECH_ACCORDING) {
		a = v_end < st->tok_end && rasdp_cue(d, v_end, RASD_CUE_ARTICLE) ? v_end + 1 : v_end;
		for (b = a; b < st->tok_end && b - a < PROPER_NAME_MAX && proper_word(d, b); b++)
			;
		/* it closes the sentence, or its clause at a mark */
		if (b == a || (b < st->tok_end && d->toks[b].kind != RASD_TOK_PUNCT) ||
		    run_named_as(d, a, b))
			return 0;
	} else {
		return 0;
	}
	/* a letter alone is a piece of an abbreviation ("the U.S."), no name */
	if (b == a + 1 && d->toks[a].end - d->toks[a].start == 1)
		return 0;
	return words_ref(d, a, b, ref);
}

/* The token right before the English verb at token `v`, a date between aside, or UINT32_MAX. */
static uint32_t word_before_verb(const struct rasd_doc *d, uint32_t v)
{
	uint32_t s0 = d->sents[d->toks[v].sent].tok_start, t = v;

	if (!(d->toks[v].flags & RASD_TOKF_LATIN))
		return UINT32_MAX;
	while (t > s0 && rasdp_in_date(d, t - 1))
		t--;
	return t > s0 ? t - 1 : UINT32_MAX;
}

/*
 * Does a pronoun stand right before the English reporting verb at token
 * `v` as its subject, a date between aside ("In a later bulletin it said",
 * "he told reporters on Monday")?  Then what follows the verb is what was
 * said: a source there is a word of it ("it said rescuers were still
 * searching"), and the pronoun is a speaker named before.
 */
int rasdp_pronoun_before(const struct rasd_doc *d, uint32_t v)
{
	uint32_t t = word_before_verb(d, v);

	return t != UINT32_MAX && rasdp_cue(d, t, RASD_CUE_PRONOUN);
}

int rasdp_name_before(const struct rasdp_ctx *c, uint32_t v)
{
	uint32_t t = word_before_verb(c->d, v);

	return t != UINT32_MAX && (rasdp_alias_at(c, t) >= 0 || proper_word(c->d, t));
}

int rasdp_pronoun_subject(const struct rasdp_ctx *c, const struct rasdp_sent *s)
{
	return s->vkind == RASD_SPEECH_SAY && rasdp_pronoun_before(c->d, s->v_start);
}

/* Words of a body's name standing as a speaker, at most ("لجنة أطباء السودان المركزية"). */
#define BODY_NAME_MAX 7

/*
 * May token `t` be a word of a body's name: a word that is no function
 * word closing a name (cues.tsv `name_stop`, `that`, `speaker_end`,
 * `relative`, `pronoun`), no date, and inside no casualty, speech or
 * trigger match (a word of what is said) nor a source or actor the lexicon
 * knows (then the lexicon's entry speaks)?  A group may name whom the body
 * stands for ("نقابة الصحفيين", "the farmers' union"); a count before it is
 * no word of a name.
 */
static int body_word(const struct rasdp_ctx *c, uint32_t t)
{
	const struct rasd_doc *d = c->d;
	size_t i;

	if (d->toks[t].kind != RASD_TOK_WORD || rasdp_in_date(d, t) || rasdp_cue(d, t, RASD_CUE_NAME_STOP) ||
	    rasdp_cue(d, t, RASD_CUE_THAT) || rasdp_cue(d, t, RASD_CUE_SPEAKER_END) ||
	    rasdp_cue(d, t, RASD_CUE_RELATIVE) || rasdp_cue(d, t, RASD_CUE_PRONOUN))
		return 0;
	for (i = rasdp_match_reaching(c, t); i < d->nmatches && d->matches[i].tok_start <= t; i++) {
		const struct rasd_match *m = &d->matches[i];

		if (m->tok_end <= t)
			continue;
		if (m->kind == RASD_LEX_CASUALTY || m->kind == RASD_LEX_SPEECH || m->kind == RASD_LEX_SOURCE || m->kind == RASD_LEX_ACTOR || m->kind == RASD_LEX_TRIGGER)
			return 0;
	}
	return 1;
}

/* Is token `t` the mark of a possessive, joined to the word before it ("doctors' committee")? */
static int possessive_mark(const struct rasd_doc *d, uint32_t t)
{
	const struct rasd_token *k = &d->toks[t];
	size_t n = k->end - k->start;

	return t > 0 && k->kind == RASD_TOK_PUNCT && k->start == d->toks[t - 1].end &&
	       ((n == 1 && d->text[k->start] == '\'') ||
		(n == 3 && !memcmp(d->text + k->start, "\xe2\x80\x99", 3)));
}

/* Does a body's head noun (cues.tsv `body`) stand among tokens [a, b)? */
static int has_body(const struct rasd_doc *d, uint32_t a, uint32_t b)
{
	for (; a < b; a++)
		if (rasdp_cue(d, a, RASD_CUE_BODY))
			return 1;
	return 0;
}

/*
 * Where the head of a body's name ends before token `e` (the end of an
 * English subject): right before it ("the farmers' union said"), or before
 * a modifier opening with a preposition ("the farmers' union in the valley
 * said", "the council of the valley said"); 0 for none.  `lo` is the
 * sentence's first token.
 */
static uint32_t body_head_before(const struct rasdp_ctx *c, uint32_t lo, uint32_t e)
{
	const struct rasd_doc *d = c->d;
	uint32_t h;

	for (h = e; h > lo && e - h < BODY_NAME_MAX; h--) {
		if (rasdp_cue(d, h - 1, RASD_CUE_BODY))
			return h == e || rasdp_cue(d, h, RASD_CUE_PART_PREP) || rasdp_cue(d, h, RASD_CUE_SPEAKER_IN) ?
				       h : 0;
		if (!body_word(c, h - 1))
			return 0;
	}
	return 0;
}

/* The end of the place match starting at token `t` (its longest), or 0. */
static uint32_t place_end(const struct rasd_doc *d, uint32_t t)
{
	uint32_t e = 0;
	size_t i;

	for (i = rasdp_match_from(d, t); i < d->nmatches && d->matches[i].tok_start == t; i++)
		if (d->matches[i].kind == RASD_LEX_PLACE && d->matches[i].tok_end > e)
			e = d->matches[i].tok_end;
	return e;
}

/*
 * Do tokens [a, b) describe a body named before rather than name one: in
 * English a definite phrase whose head (the last noun of organisations in
 * it) is written small and closes it, no modifier after it ("the
 * Britain-based organisation", "the TV network": a name writes its head
 * with a capital, "the Valley Media Office", or says whose it is after it,
 * "the directorate of health in the valley"); in Arabic a head with the
 * article and only words with the article after it, its adjectives
 * ("المنظمة الحقوقية الدولية"; a name is a construct, "لجنة أطباء الوادي")?
 * The speaker named before speaks on.
 */
static int body_description(const struct rasd_doc *d, uint32_t a, uint32_t b)
{
	uint32_t h = b, t;

	if (!(d->toks[a].flags & RASD_TOKF_LATIN)) {
		for (t = a; t < b; t++)
			if (!rasdp_definite(d, t))
				return 0;
		return 1;
	}
	while (h > a && !rasdp_cue(d, h - 1, RASD_CUE_BODY))
		h--;
	return h == b && !(d->toks[h - 1].flags & RASD_TOKF_CAP) && rasdp_definite(d, h - 1);
}

/*
 * A body the lexicon does not know, named by a noun phrase whose head is
 * a noun of organisations (cues.tsv `body`: "لجنة", "هيئة", "committee",
 * "network") standing as the subject of the saying verb at tokens
 * [v_start, v_end) of sentence `st`, or after "according to", "بحسب":
 * in Arabic right after the verb, the head first ("قالت لجنة أطباء
 * السودان إن", "بحسب شبكة حقوقية محلية"); in English right before the
 * verb, the head last of its words before it ("a local doctors' committee
 * said", "the farmers' union in the valley said"), or right
 * after it to the end of the clause ("..., according to the emergency
 * council of the town.").  The phrase holds two words at least (a head
 * alone names a body again: "the committee said"), no source, actor or
 * word of what is said, and is no description of a body named before
 * (body_description()).  It speaks by its words: `ref` := that phrase,
 * and 1; else 0.
 */
int rasdp_body_subject(const struct rasdp_ctx *c, const struct rasd_sentence *st,
		       uint32_t v_start, uint32_t v_end, struct rasd_srcref *ref)
{
	struct rasd_doc *d = c->d;
	int kind = speech_kind(c, v_start);
	uint32_t a = v_end, b, e, h;

	if (v_start >= v_end || v_start < st->tok_start || v_end > st->tok_end ||
	    (kind != RASD_SPEECH_SAY && kind != RASD_SPEECH_ACCORDING))
		return 0;
	if (!(d->toks[v_start].flags & RASD_TOKF_LATIN)) {
		/* Arabic: the head right after the verb, its words after it */
		if (a >= st->tok_end || !rasdp_cue(d, a, RASD_CUE_BODY) || !body_word(c, a))
			return 0;
		for (b = a + 1; b < st->tok_end && b - a < BODY_NAME_MAX && body_word(c, b); b++)
			;
		/* "هيئة الإغاثة في الوادي": where it works, a place after "في" */
		if (b + 1 < st->tok_end && rasdp_cue(d, b, RASD_CUE_SPEAKER_IN) && place_end(d, b + 1))
			b = place_end(d, b + 1);
	} else {
		e = rasdp_subject_end(d, v_start);
		while (e > st->tok_start && rasdp_in_date(d, e - 1))
			e--;
		h = kind == RASD_SPEECH_SAY ? body_head_before(c, st->tok_start, e) : 0;
		if (h) {
			/* before the verb, the head last of its words, a modifier after it */
			for (a = h; a > st->tok_start && h - a < BODY_NAME_MAX &&
				    ((body_word(c, a - 1) && !rasdp_cue(d, a - 1, RASD_CUE_ARTICLE) &&
				      !rasdp_cue(d, a - 1, RASD_CUE_INDEFINITE)) ||
				     (possessive_mark(d, a - 1) && a - 1 > st->tok_start && body_word(c, a - 2)));
			     a--)
				;
			b = e;
			if (a == h || object_of_word(d, st->tok_start, a))
				return 0;
		} else {
			/*
			 * after the verb, to the end of its clause: "according
			 * to X", or a saying verb put after what was said (",
			 * said X."; "he said the council agreed." names none)
			 */
			if (kind == RASD_SPEECH_SAY && (v_start == st->tok_start || !rasdp_is_punct(d, v_start - 1)))
				return 0;
			if (a < st->tok_end && (rasdp_cue(d, a, RASD_CUE_ARTICLE) || rasdp_cue(d, a, RASD_CUE_INDEFINITE)))
				a++;
			for (b = a; b < st->tok_end && b - a < BODY_NAME_MAX &&
				    (body_word(c, b) || (b > a && rasdp_cue(d, b, RASD_CUE_PART_PREP)) ||
				     (b > a && possessive_mark(d, b)));
			     b++)
				;
			if ((b < st->tok_end && d->toks[b].kind != RASD_TOK_PUNCT) || !has_body(d, a, b) ||
			    rasdp_cue(d, b - 1, RASD_CUE_PART_PREP))
				return 0;
		}
	}
	if (b < a + 2 || body_description(d, a, b))
		return 0;
	return words_ref(d, a, b, ref);
}
