/*
 * source_mentions.c - what a source mention stands for, and whether it
 * speaks where it stands.
 *
 * A mention of sources.tsv stands for the entry the report means
 * (rasdp_mention_ref()): among the entries one form names ("وزارة الصحة"),
 * the one of the country the report names most, else a generic one; an
 * institution given another country or owner beside it ("وزير الصحة
 * اللبناني", "the Houthi-run health ministry") is that one, named by its
 * words; a bare correspondent is the outlet named with it ("مراسل سانا")
 * or the report's own ("مراسلنا"); a shorter name of an institution named
 * in full before ("the Health Ministry" after "the Lebanese Health
 * Ministry") is that institution.  The report's own voice is the source
 * its outlet's domain names (sources.tsv `domains`: "syriahr.com" speaks
 * as the Observatory), else the outlet (source_holders.c).
 *
 * A mention speaks only where it stands as a speaker: not spoken to
 * ("told Reuters", "قالت لعنب بلدي": cues.tsv `addressee`, or the
 * proclitic ل), not the inner link after a quoting preposition ("نقلت
 * سانا عن مصدر", "citing a military source"), not a word that names
 * nobody by itself (a description with the article, "المصدر"; "source"
 * inside "a military source"; "Hezbollah" inside "Kataib Hezbollah").
 * These predicates serve the sentence's speaker (sentence_speaker.c) and
 * the source decision (source_decision.c) alike; the countries of actors,
 * places and sources they weigh are counted once per report
 * (rasdp_find_aliases()).
 */
#include <string.h>

#include "extract/attribution_int.h"

#include "base/banned.h"

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

/*
 * The article ال, a proclitic of the same closed set (docs/DESIGN.md): a
 * description names a source again only when definite ("المصدر", not
 * "مصدر").
 */
#define AL "ال"

/*
 * Is word `t` definite: in Arabic carrying the article (after any other
 * proclitic: "والمصدر"), in Latin script with "the" a few words before it
 * in its clause ("the UK-based war monitor")?
 */
int rasdp_definite(const struct rasd_doc *d, uint32_t t)
{
	const struct rasd_token *k = &d->toks[t];
	unsigned i;

	if (k->flags & RASD_TOKF_LATIN) {
		uint32_t u;

		for (u = t; u > 0 && t - u < 5; u--) {
			if (rasdp_is_break(d, u - 1))
				return 0;
			if (rasdp_cue(d, u - 1, RASD_CUE_ARTICLE))
				return 1;
		}
		return 0;
	}
	for (i = 0; i < k->nkeys; i++) {
		uint32_t off = k->key[i];

		if (off >= strlen(AL) &&
		    !memcmp(d->norm + k->nstart + off - strlen(AL), AL, strlen(AL)))
			return 1;
	}
	return 0;
}

/* Does an "according to" frame end at token `t`, before source match `m`? */
static int according_ends(const struct rasdp_ctx *c, const struct rasd_match *m, uint32_t t)
{
	const struct rasd_doc *d = c->d;
	size_t j = (size_t)(m - d->matches);

	/* matches are sorted by start: look back a few tokens only */
	while (j-- > 0 && d->matches[j].tok_start + 8 >= t) {
		const struct rasd_match *v = &d->matches[j];

		if (v->kind == RASD_LEX_SPEECH && v->tok_end == t &&
		    rasdp_lex_speech(c->lx, v->entry)->kind == RASD_SPEECH_ACCORDING)
			return 1;
	}
	return 0;
}

/*
 * Is token `t`, near source match `m`, inside an "according to" frame
 * ("according to figures from the ministry": its "to" addresses nobody)?
 */
static int in_according(const struct rasdp_ctx *c, const struct rasd_match *m, uint32_t t)
{
	const struct rasd_doc *d = c->d;
	size_t j = (size_t)(m - d->matches);

	while (j-- > 0 && d->matches[j].tok_start + 8 >= t) {
		const struct rasd_match *v = &d->matches[j];

		if (v->kind == RASD_LEX_SPEECH && v->tok_start <= t && t < v->tok_end &&
		    rasdp_lex_speech(c->lx, v->entry)->kind == RASD_SPEECH_ACCORDING)
			return 1;
	}
	return 0;
}

/* Is the source match an addressee ("قالت لعنب بلدي", "told Reuters")? */
int rasdp_is_addressee(const struct rasdp_ctx *c, const struct rasd_match *m)
{
	const struct rasd_doc *d = c->d;
	uint32_t t = m->tok_start;

	while (t > 0 && rasdp_is_punct(c->d, t - 1) && (d->toks[t - 1].flags & RASD_TOKF_QUOTE))
		t--;
	/* "according to SANA": the "to" is the frame's, SANA speaks */
	if (according_ends(c, m, t))
		return 0;
	if (t > 0 && rasdp_cue(d, t - 1, RASD_CUE_ADDRESSEE))
		return 1;
	/* "told the local Ronahi TV station", "told French news agency AFP" */
	{
		uint32_t u = t, k;

		for (k = 0; k < 3 && u > 0 && (d->toks[u - 1].flags & RASD_TOKF_LATIN) &&
			    (rasdp_cue(d, u - 1, RASD_CUE_ARTICLE) ||
			     rasdp_cue(d, u - 1, RASD_CUE_INDEFINITE) ||
			     rasdp_cue(d, u - 1, RASD_CUE_NATIONALITY) ||
			     (d->toks[u - 1].kind == RASD_TOK_WORD &&
			      !(d->toks[u - 1].flags & RASD_TOKF_CAP) &&
			      !rasdp_cue(d, u - 1, RASD_CUE_ADDRESSEE)));
		     k++)
			u--;
		if (u < t && u > 0 && rasdp_cue(d, u - 1, RASD_CUE_ADDRESSEE) && !according_ends(c, m, u) &&
		    !in_according(c, m, u - 1))
			return 1;
	}
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

/*
 * rasdp_quoting_verb_before() (attribution_int.h): does an English quoting
 * verb of one word end right before token `t`, its object ("Reuters cited a security source as saying", "AFP quoted the
 * ministry as saying": speech.tsv `quote`)?  A passive one ("was quoted")
 * is a longer match and takes no object.
 */
int rasdp_quoting_verb_before(const struct rasdp_ctx *c, uint32_t t)
{
	const struct rasd_doc *d = c->d;
	size_t j;

	if (!(d->toks[t - 1].flags & RASD_TOKF_LATIN))
		return 0;
	for (j = rasdp_match_from(d, t - 1); j < d->nmatches && d->matches[j].tok_start < t; j++) {
		const struct rasd_match *v = &d->matches[j];

		if (v->kind == RASD_LEX_SPEECH && v->tok_start + 1 == t && v->tok_end == t &&
		    rasdp_lex_speech(c->lx, v->entry)->kind == RASD_SPEECH_QUOTE)
			return 1;
	}
	return 0;
}

/*
 * Is the source match the inner speaker of a quoting verb, right after the
 * preposition that opens it ("نقلت سانا عن مصدر عسكري", "وسائل إعلام عبرية،
 * نقلا عن وسائل إعلام فلسطينية", "SANA, citing a military source": cues.tsv
 * `quote_prep`)?  It is the chain's next link, never the verb's head.
 */
int rasdp_inner_of_quote(const struct rasdp_ctx *c, const struct rasd_match *m)
{
	const struct rasd_doc *d = c->d;
	uint32_t t = m->tok_start;
	size_t j = (size_t)(m - d->matches);

	/* over quotation marks and an article ("citing a military source") */
	while (t > 0 && ((rasdp_is_punct(d, t - 1) && (d->toks[t - 1].flags & RASD_TOKF_QUOTE)) ||
			 rasdp_cue(d, t - 1, RASD_CUE_ARTICLE) ||
			 rasdp_cue(d, t - 1, RASD_CUE_INDEFINITE)))
		t--;
	if (t > 0 && rasdp_quoting_verb_before(c, t))
		return 1;
	if (t == 0 || !rasdp_cue(d, t - 1, RASD_CUE_QUOTE_PREP))
		return 0;
	/* "الصادرة عن سانا": the preposition of an "according to" frame */
	while (j-- > 0 && d->matches[j].tok_start + 8 >= t)
		if (d->matches[j].kind == RASD_LEX_SPEECH && d->matches[j].tok_end == t &&
		    rasdp_lex_speech(c->lx, d->matches[j].entry)->kind == RASD_SPEECH_ACCORDING)
			return 0;
	return 1;
}

/*
 * "المصدر", "the sources said": a word of cues.tsv `description` with the
 * article names again a source named before (description_at()); it is a
 * speaker of its own only for an entry whose name is more than such a word
 * ("the Observatory"), not for one that is the word itself ("sources":
 * "قال مصدر", "according to sources").
 */
static int names_again(const struct rasdp_ctx *c, const struct rasd_match *m)
{
	const struct rasd_doc *d = c->d;

	return m->tok_end == m->tok_start + 1 && rasdp_cue(d, m->tok_start, RASD_CUE_DESCRIPTION) &&
	       rasdp_definite(d, m->tok_start) &&
	       !strchr(rasdp_lex_source(c->lx, (size_t)m->entry)->name, ' ');
}

/* rasdp_inside_longer() (attribution_int.h) */
int rasdp_inside_longer(const struct rasd_doc *d, const struct rasd_match *m)
{
	size_t j = (size_t)(m - d->matches);

	/* matches are sorted by start: look back a few tokens only */
	while (j-- > 0 && d->matches[j].tok_start + 12 >= m->tok_start) {
		const struct rasd_match *o = &d->matches[j];

		if ((o->kind == RASD_LEX_SOURCE || o->kind == RASD_LEX_ACTOR) &&
		    o->tok_start < m->tok_start && o->tok_end >= m->tok_end)
			return 1;
	}
	return 0;
}

/*
 * Is the source match the object inside a longer denial phrase that starts
 * before it (speech.tsv `deny`: "denied reports that", "رفضت التقارير")?
 * The reports are what is denied; the denier is the verb's subject.
 */
static int denied_object(const struct rasdp_ctx *c, const struct rasd_match *m)
{
	const struct rasd_doc *d = c->d;
	size_t j = (size_t)(m - d->matches);

	while (j-- > 0 && d->matches[j].tok_start + 12 >= m->tok_start) {
		const struct rasd_match *o = &d->matches[j];

		if (rasdp_denial_verb(c, o) && o->tok_start < m->tok_start && o->tok_end >= m->tok_end)
			return 1;
	}
	return 0;
}

/*
 * Is the source match the first half of a compound modifier: "the
 * UN-backed government", "the U.N.-led coalition", "a Hamas-run ministry"
 * (cues.tsv `run_by` after a hyphen)?  It qualifies the noun that follows,
 * which is who acts or speaks; the source itself says nothing there.
 */
static int compound_modifier(const struct rasd_doc *d, const struct rasd_match *m)
{
	uint32_t t = m->tok_end, prev_end = d->toks[t - 1].end;

	if (t >= d->ntoks || d->toks[t].sent != d->toks[m->tok_start].sent)
		return 0;
	/* the full stop of an abbreviation: "U.N.-backed" */
	if (t + 1 < d->ntoks && rasdp_tok_is_punct(d, t, '.') && d->toks[t].start == prev_end &&
	    rasdp_tok_is_punct(d, t + 1, '-')) {
		prev_end = d->toks[t].end;
		t++;
	}
	/* the hyphen a token of its own, touching both words */
	if (rasdp_tok_is_punct(d, t, '-') && d->toks[t].start == prev_end)
		return t + 1 < d->ntoks && d->toks[t + 1].start == d->toks[t].end &&
		       rasdp_cue(d, t + 1, RASD_CUE_RUN_BY);
	/* "UN-backed": normalisation made the hyphen between letters a space */
	return d->toks[t].start == prev_end + 1 && d->text[prev_end] == '-' &&
	       rasdp_cue(d, t, RASD_CUE_RUN_BY);
}

/*
 * Is the source match the reporting verb its form also is, by its
 * subject: "reports" in "the Syrian Observatory (SOHR) reports", "...,
 * Reports Health Ministry" (a form of "media reports" too)?  The word is
 * the verb of the source or actor right before it (a bracketed
 * abbreviation between), or of the source right after it, and names
 * nobody.
 */
static int verb_after_subject(const struct rasdp_ctx *c, const struct rasd_match *m)
{
	const struct rasd_doc *d = c->d;
	size_t i = (size_t)(m - d->matches), j;
	uint32_t u = m->tok_start;
	int verb = 0;

	for (j = i + 1; j < d->nmatches && d->matches[j].tok_start == m->tok_start; j++)
		verb |= d->matches[j].kind == RASD_LEX_SPEECH && d->matches[j].tok_end == m->tok_end;
	for (j = i; j-- > 0 && d->matches[j].tok_start == m->tok_start;)
		verb |= d->matches[j].kind == RASD_LEX_SPEECH && d->matches[j].tok_end == m->tok_end;
	if (!verb || !(d->toks[m->tok_start].flags & RASD_TOKF_LATIN))
		return 0;
	/* "..., reports Health Ministry": the subject right after the verb */
	for (j = i + 1; j < d->nmatches && d->matches[j].tok_start <= m->tok_end; j++)
		if (d->matches[j].kind == RASD_LEX_SOURCE && d->matches[j].tok_start == m->tok_end)
			return 1;
	while (u > 0 && rasdp_tok_is_punct(d, u - 1, ')'))
		u--;
	if (u == m->tok_start && u > 0 && rasdp_is_punct(d, u - 1))
		return 0;
	for (j = i; j-- > 0 && d->matches[j].tok_start + 12 >= m->tok_start;)
		if ((d->matches[j].kind == RASD_LEX_SOURCE || d->matches[j].kind == RASD_LEX_ACTOR) &&
		    d->matches[j].tok_end == u)
			return 1;
	return 0;
}

/* rasdp_carried_text() (attribution_int.h): "a statement carried by SANA" */
int rasdp_carried_text(const struct rasd_doc *d, const struct rasd_match *frame)
{
	return frame->tok_start > 0 && rasdp_cue(d, frame->tok_start - 1, RASD_CUE_UTTERANCE);
}

/* Is match `i` a source entry of a definite description (sources.tsv `describes` "name")? */
static int description_entry(const struct rasdp_ctx *c, size_t i)
{
	const struct rasd_match *m = &c->d->matches[i];
	const char *how;

	if (m->kind != RASD_LEX_SOURCE)
		return 0;
	how = rasdp_lex_source(c->lx, m->entry)->describes;
	return how && !strcmp(how, RASD_DESCRIBES_NAME);
}

/*
 * Is description match `m` the head of a longer name that goes on past it
 * ("الجيش الإسرائيلي", "The Ministry of Interior" as an actor or source)?
 */
static int heads_longer(const struct rasdp_ctx *c, const struct rasd_match *m)
{
	const struct rasd_doc *d = c->d;
	size_t k;

	if (!description_entry(c, (size_t)(m - d->matches)))
		return 0;
	for (k = rasdp_match_reaching(c, m->tok_start); k < d->nmatches &&
	     d->matches[k].tok_start < m->tok_end; k++) {
		const struct rasd_match *o = &d->matches[k];

		if ((o->kind == RASD_LEX_SOURCE || o->kind == RASD_LEX_ACTOR) &&
		    o->tok_start >= m->tok_start && o->tok_end > m->tok_end)
			return 1;
	}
	return 0;
}

/*
 * Is description match `m` ("the army", "the ministry", "الوزارة") no
 * speaker: no reporting verb right beside it ("the army said", "the
 * ministry also said", "قالت الوزارة", "said the official")?  A body named
 * by its kind as it acts ("as the army battled", "the military
 * positions") speaks for nobody.
 */
static int unspoken_description(const struct rasdp_ctx *c, const struct rasd_match *m)
{
	const struct rasd_doc *d = c->d;
	uint32_t lo = m->tok_start > 2 ? m->tok_start - 2 : 0;
	size_t k;

	if (!description_entry(c, (size_t)(m - d->matches)))
		return 0;
	for (k = rasdp_match_reaching(c, lo); k < d->nmatches &&
	     d->matches[k].tok_start <= m->tok_end + 1; k++) {
		const struct rasd_match *v = &d->matches[k];

		if (v->kind == RASD_LEX_SPEECH &&
		    ((v->tok_end <= m->tok_start && v->tok_end + 1 >= m->tok_start) ||
		     (v->tok_start >= m->tok_end && v->tok_start <= m->tok_end + 1)))
			return 0;
	}
	return 1;
}

/*
 * Does the source match name nobody by itself (names_again(),
 * rasdp_inside_longer(), denied_object(), compound_modifier(),
 * verb_after_subject())?
 */
int rasdp_no_mention(const struct rasdp_ctx *c, const struct rasd_match *m)
{
	return names_again(c, m) || rasdp_inside_longer(c->d, m) || heads_longer(c, m) ||
	       unspoken_description(c, m) ||
	       denied_object(c, m) ||
	       compound_modifier(c->d, m) ||
	       verb_after_subject(c, m);
}

const char *rasdp_source_name(const struct rasdp_ctx *c, int32_t src)
{
	return rasdp_lex_source(c->lx, (size_t)src)->name;
}

/* `ref` := source `src` alone, spoken at orig bytes [start, end). */
void rasdp_set_source(const struct rasdp_ctx *c, struct rasd_srcref *ref, int32_t src,
		       uint32_t start, uint32_t end)
{
	memset(ref, 0, sizeof(*ref));
	ref->source = src;
	ref->chain[0] = rasdp_source_name(c, src);
	ref->nchain = 1;
	ref->start = start;
	ref->end = end;
}

/* The same voice: the outlet, one lexicon source, or one unnamed speaker. */
int rasdp_same_voice(const struct rasd_srcref *a, const struct rasd_srcref *b)
{
	if (a->outlet != b->outlet || a->source != b->source)
		return 0;
	if (a->source < 0 && !a->outlet)
		return a->nchain && b->nchain && a->chain[0] && b->chain[0] &&
		       !strcmp(a->chain[0], b->chain[0]);
	return 1;
}

/* Text of tokens [a, b) of the original, in the arena. */
const char *rasdp_span_text(struct rasd_doc *d, uint32_t a, uint32_t b)
{
	if (a >= b || b > d->ntoks)
		return NULL;
	return rasd_arena_strndup(&d->arena, d->text + d->toks[a].start,
				  d->toks[b - 1].end - d->toks[a].start);
}

/* ---- what a source mention stands for -------------------------------- */

/* The country of actor `a`: its own, else its parent's; NULL for none. */
const char *rasdp_actor_country(const struct rasd_lexicon *lx, int32_t a)
{
	int k;

	for (k = 0; a >= 0 && k < 8; k++) {
		const struct rasd_actor *x = rasdp_lex_actor(lx, (size_t)a);

		if (x->country && *x->country)
			return x->country;
		a = x->parent;
	}
	return NULL;
}

/* The country a source speaks for (that of its actor), or NULL: a generic source. */
const char *rasdp_source_country(const struct rasd_lexicon *lx, int32_t src)
{
	return rasdp_actor_country(lx, rasdp_lex_source(lx, (size_t)src)->actor);
}

/*
 * The country of place `p` (places*.tsv `country`: "SY", "IQ" for a town of
 * Iraq whose id is a GeoNames one, "gn:94787"), or NULL.
 */
const char *rasdp_place_country(const struct rasd_lexicon *lx, int32_t p)
{
	const char *cc = p >= 0 ? rasdp_lex_place(lx, (size_t)p)->country : NULL;

	return cc && cc[0] && cc[1] ? cc : NULL;
}

void rasdp_vote(struct rasdp_country *tab, size_t *n, const char *cc)
{
	size_t i;

	if (!cc || !cc[0] || !cc[1])
		return;
	for (i = 0; i < *n; i++)
		if (!memcmp(tab[i].cc, cc, 2)) {
			tab[i].n++;
			return;
		}
	if (*n == RASDP_MAX_COUNTRIES)
		return;
	memcpy(tab[*n].cc, cc, 2);
	tab[*n].cc[2] = '\0';
	tab[*n].n = 1;
	(*n)++;
}

/* How often table `tab` (n rows) counts country `cc`. */
static unsigned votes_in(const struct rasdp_country *tab, size_t n, const char *cc)
{
	size_t i;

	for (i = 0; cc && i < n; i++)
		if (!memcmp(tab[i].cc, cc, 2))
			return tab[i].n;
	return 0;
}

/* How often the report names country `cc`: its actors, places and sources. */
static unsigned country_votes(const struct rasdp_ctx *c, const char *cc)
{
	return votes_in(c->countries, c->ncountries, cc);
}

/* How often the report names country `cc` by a place or a source (not an actor). */
unsigned rasdp_place_votes(const struct rasdp_ctx *c, const char *cc)
{
	return votes_in(c->named, c->nnamed, cc);
}

/* Is match `j` a source match with the same tokens as match `i`? */
int rasdp_same_span(const struct rasd_doc *d, size_t i, size_t j)
{
	return j < d->nmatches && d->matches[j].kind == RASD_LEX_SOURCE &&
	       d->matches[j].tok_start == d->matches[i].tok_start &&
	       d->matches[j].tok_end == d->matches[i].tok_end;
}

/*
 * Is match `i` the first of the source matches over its tokens?  A form
 * may name several sources ("وزارة الصحة": the ministries of several
 * countries, and a generic one); rasdp_mention_ref() chooses among them once.
 */
int rasdp_first_of_span(const struct rasd_doc *d, size_t i)
{
	return !(i > 0 && rasdp_same_span(d, i, i - 1));
}

/*
 * Does the text give the institution named at match `m` (entry `src`) a
 * country its form did not take in: a nationality next to it ("وزير
 * الصحة اللبناني", "Lebanese Health Minister": cues.tsv `nationality`), or
 * an actor it belongs to that is not its own ("وزارة الصحة التابعة
 * لحماس", "the Houthi-run health ministry": `affiliation`, `run_by`)?
 * Then it is that country's institution, not the entry (a country-bound
 * entry's own adjective is one of its forms, "وزارة الصحة السورية").
 * Returns 1 and the tokens [*from, *to) that name it with its country,
 * or 0.
 */
/*
 * Is token `t` written as an acronym: Latin capitals only, two or more,
 * up to a possessive ("SANA", "WAFA's")?
 */
static int acronym_tok(const struct rasd_doc *d, uint32_t t)
{
	const struct rasd_token *k = &d->toks[t];
	uint32_t j, caps = 0;

	if (!(k->flags & RASD_TOKF_LATIN))
		return 0;
	for (j = k->start; j < k->end; j++) {
		char ch = d->text[j];

		if (ch >= 'A' && ch <= 'Z')
			caps++;
		else if (ch == '\'' || (unsigned char)ch >= 0x80)
			break;
		else
			return 0;
	}
	return caps >= 2;
}

static int foreign_to(const struct rasdp_ctx *c, const struct rasd_match *m, int32_t src,
		      uint32_t *from, uint32_t *to)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_source *s = rasdp_lex_source(c->lx, (size_t)src);
	const char *cc = rasdp_source_country(c->lx, src);
	int32_t own = s->actor;
	uint32_t t = m->tok_end;
	size_t i;

	/*
	 * Only a speaker named by what it is ("وزارة الصحة", "الهلال الأحمر",
	 * "مصدر أمني") is told apart by its country; an outlet's, an agency's
	 * or a person's own name ("قناة العالم الإيرانية") is theirs alone, and
	 * local people bound to no state ("ناشطون سوريون", "Syrian activists",
	 * "witnesses") stay what they are; so does a name written as an
	 * acronym ("Syrian SANA news agency").
	 */
	if (!strcmp(s->kind, "outlet") || !strcmp(s->kind, "agency") || !strcmp(s->kind, "media") ||
	    !strcmp(s->kind, "person") || !strcmp(s->kind, "correspondent") ||
	    (!cc && !strcmp(s->kind, "local")))
		return 0;
	/* a name written as an acronym is a body's own name: "the Syrian SANA agency" */
	if (acronym_tok(c->d, m->tok_start))
		return 0;
	*from = m->tok_start;
	*to = m->tok_end;
	if (t < d->ntoks && d->toks[t].sent == d->toks[m->tok_start].sent &&
	    rasdp_cue(d, t, RASD_CUE_NATIONALITY)) {
		*to = t + 1;
		return 1;
	}
	if (m->tok_start > 0 && rasdp_cue(d, m->tok_start - 1, RASD_CUE_NATIONALITY)) {
		*from = m->tok_start - 1;
		return 1;
	}
	/* the actors a few tokens either side of it */
	for (i = rasdp_match_reaching(c, m->tok_start > 3 ? m->tok_start - 3 : 0);
	     i < d->nmatches && d->matches[i].tok_start <= m->tok_end + 2; i++) {
		const struct rasd_match *a = &d->matches[i];
		const char *acc;

		if (a->kind != RASD_LEX_ACTOR || (int32_t)a->entry == own)
			continue;
		acc = rasdp_actor_country(c->lx, (int32_t)a->entry);
		if (acc && cc && !strcmp(acc, cc))
			continue;
		/* "وزارة الصحة التابعة لحماس" */
		if (a->tok_start > m->tok_end && a->tok_start <= m->tok_end + 2 &&
		    rasdp_cue_between(d, m->tok_end, a->tok_start, RASD_CUE_AFFILIATION) &&
		    rasdp_clause_clear(d, m->tok_end, a->tok_start)) {
			*to = a->tok_end;
			return 1;
		}
		/* "the Houthi-run health ministry" */
		if (a->tok_end < m->tok_start && a->tok_end + 3 >= m->tok_start &&
		    rasdp_cue_between(d, a->tok_end, m->tok_start, RASD_CUE_RUN_BY) &&
		    rasdp_clause_clear(d, a->tok_end, m->tok_start)) {
			*from = a->tok_start;
			return 1;
		}
	}
	return 0;
}

/*
 * Among the sources a form names (matches [i, j) over the same tokens),
 * the one the report means: the one of the country it names most (its
 * actors, its places, the sources it names unambiguously), else one bound
 * to no country (a generic "Health Ministry"), else the first.
 */
static int32_t choose_entry(const struct rasdp_ctx *c, size_t i, size_t j)
{
	const struct rasd_doc *d = c->d;
	int32_t best = -1, generic = -1;
	unsigned bv = 0;
	size_t k;

	for (k = i; k < j; k++) {
		int32_t e = (int32_t)d->matches[k].entry;
		const char *cc = rasdp_source_country(c->lx, e);
		unsigned v = country_votes(c, cc);

		if (!cc && generic < 0)
			generic = e;
		if (v > bv) {
			bv = v;
			best = e;
		}
	}
	if (best >= 0)
		return best;
	return generic >= 0 ? generic : (int32_t)d->matches[i].entry;
}


/*
 * A description of a kind ("a monitor", "a rights group", "مرصد حقوقي":
 * sources.tsv `describes`) names the source of that kind the report names
 * by name, before or after it ("the Syrian Observatory for Human Rights"),
 * as a reader reads it: one body named by a description in the lead and by
 * its name further on is one speaker.  With no such source, or two, the
 * description stays what it says.  The named entry, or -1.
 */
static int32_t described_source(const struct rasdp_ctx *c, int32_t e)
{
	const struct rasd_doc *d = c->d;
	const char *kind = rasdp_lex_source(c->lx, (size_t)e)->describes;
	int32_t found = -1;
	size_t k, j;

	/* a description naming again what was named before is named_again()'s */
	if (!kind || !strcmp(kind, RASD_DESCRIBES_NAME))
		return -1;
	for (k = 0; k < d->nmatches; k = j) {
		const struct rasd_source *s;
		int32_t o;

		j = k + 1;
		if (d->matches[k].kind != RASD_LEX_SOURCE)
			continue;
		while (rasdp_same_span(d, k, j))
			j++;
		o = j - k > 1 ? choose_entry(c, k, j) : (int32_t)d->matches[k].entry;
		s = rasdp_lex_source(c->lx, (size_t)o);
		if (s->describes || strcmp(s->kind, kind) || o == found)
			continue;
		if (found >= 0)
			return -1;
		found = o;
	}
	return found;
}

/* Is source `src` a bare correspondent ("مراسلنا", "correspondent"), of no outlet by name? */
static int bare_correspondent(const struct rasdp_ctx *c, int32_t src)
{
	const struct rasd_source *s = rasdp_lex_source(c->lx, (size_t)src);

	return !strcmp(s->kind, "correspondent") && !strcmp(s->name, s->kind);
}

/*
 * The source of a correspondent's outlet named next to it: "مراسل سانا",
 * "مراسلة لوكالة الأناضول", "AFP correspondent", "Al Mayadeen's
 * correspondent", "a correspondent for AFP"; the index of its first match,
 * or -1.
 */
static long correspondent_outlet(const struct rasdp_ctx *c, const struct rasd_match *m)
{
	const struct rasd_doc *d = c->d;
	size_t k;

	for (k = rasdp_match_reaching(c, m->tok_start > 2 ? m->tok_start - 2 : 0);
	     k < d->nmatches && d->matches[k].tok_start <= m->tok_end + 2; k++) {
		const struct rasd_match *o = &d->matches[k];

		if (o->kind != RASD_LEX_SOURCE || o == m || bare_correspondent(c, (int32_t)o->entry) ||
		    !rasdp_first_of_span(d, k))
			continue;
		if ((o->tok_start >= m->tok_end && o->tok_start <= m->tok_end + 2 &&
		     rasdp_clause_clear(d, m->tok_end, o->tok_start)) ||
		    (o->tok_end <= m->tok_start && o->tok_end + 2 >= m->tok_start &&
		     rasdp_clause_clear(d, o->tok_end, m->tok_start)))
			return (long)k;
	}
	return -1;
}

/* How many of c->long_sources come before match `i`. */
static size_t long_sources_before(const struct rasdp_ctx *c, size_t i)
{
	size_t lo = 0, hi = c->nlong_sources;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (c->long_sources[mid] < i)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * The earlier source match whose name holds all the words of match `i`
 * (two or more) in a row, and names another entry: "وزارة الدفاع" after
 * "وزارة الدفاع الأميركية", "the Health Ministry" after "the Lebanese
 * Health Ministry" - the institution named in full before, named again by
 * its shorter name.  Its index, nearest first, or -1.
 */
static long named_in_full(const struct rasdp_ctx *c, size_t i)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_match *m = &d->matches[i];
	uint32_t n = m->tok_end - m->tok_start, a, u;
	size_t l;

	if (n < 2)
		return -1;
	/* only a longer name holds it: the source matches of three tokens or more */
	for (l = long_sources_before(c, i); l-- > 0;) {
		size_t k = c->long_sources[l];
		const struct rasd_match *o = &d->matches[k];
		size_t q;

		if (o->kind != RASD_LEX_SOURCE || o->tok_end > m->tok_start ||
		    o->tok_end - o->tok_start <= n || !rasdp_first_of_span(d, k))
			continue;
		/* another entry than any the shorter name has */
		for (q = i; rasdp_same_span(d, i, q) && d->matches[q].entry != o->entry; q++)
			;
		if (rasdp_same_span(d, i, q))
			continue;
		for (a = o->tok_start; a + n <= o->tok_end; a++) {
			for (u = 0; u < n && rasdp_same_word(d, a + u, m->tok_start + u); u++)
				;
			if (u == n)
				return (long)k;
		}
	}
	return -1;
}

/*
 * How far back a description looks for the source it names again: this
 * many sentences, and this many matches (a report of thousands of
 * descriptions stays linear).
 */
#define NAMED_AGAIN_SENTS 12
#define NAMED_AGAIN_MATCHES 512

/* Does match `o` hold the word of token `head`? */
static int holds_word(const struct rasd_doc *d, const struct rasd_match *o, uint32_t head)
{
	uint32_t t;

	for (t = o->tok_start; t < o->tok_end; t++)
		if (rasdp_same_word(d, t, head))
			return 1;
	return 0;
}

/*
 * A definite description of a body ("the ministry", "the army", "the
 * official", "الوزارة", "الجيش": sources.tsv `describes` "name") names
 * again the nearest source named before it whose name holds its word
 * ("the Health Ministry said ... the ministry said"); with none it stays
 * itself, the body of its kind of the report's country ("SANA said ...
 * The army said" is the army).  The earlier match's index, or -1.
 */
static long named_again(const struct rasdp_ctx *c, size_t i, size_t j)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_match *m = &d->matches[i];
	uint32_t head = m->tok_end - 1;
	size_t k;

	for (k = i; k < j && !description_entry(c, k); k++)
		;
	if (k == j)
		return -1;
	for (k = i; k-- > 0 && i - k <= NAMED_AGAIN_MATCHES;) {
		const struct rasd_match *o = &d->matches[k];

		if (d->toks[o->tok_start].sent + NAMED_AGAIN_SENTS < d->toks[m->tok_start].sent)
			break;
		/* the word first: the tests of a mention cost more */
		if ((o->kind != RASD_LEX_SOURCE && o->kind != RASD_LEX_ACTOR) ||
		    o->tok_end > m->tok_start || !holds_word(d, o, head) || description_entry(c, k))
			continue;
		if (o->kind == RASD_LEX_ACTOR ||
		    !(!rasdp_first_of_span(d, k) || rasdp_is_addressee(c, o) || rasdp_no_mention(c, o)))
			return (long)k;
	}
	return -1;
}

/*
 * Who the source mention at match `i` (the first over its tokens) stands
 * for, into `ref`: the entry the report means among those its form names
 * (choose_entry()); not a country-bound one when the text names another
 * country or owner beside it (then an unnamed speaker named by its words,
 * "وزارة الصحة اللبنانية"); a bare correspondent speaks for the outlet
 * named with it, else for the report's own outlet ("مراسلنا" is the
 * outlet, "مراسل سانا" is SANA).
 */
void rasdp_mention_ref(const struct rasdp_ctx *c, size_t i, struct rasd_srcref *ref)
{
	struct rasd_doc *d = c->d;
	const struct rasd_match *m = &d->matches[i];
	uint32_t start = d->toks[m->tok_start].start, end = d->toks[m->tok_end - 1].end, from, to;
	size_t j = i + 1;
	int32_t e;

	long full = named_in_full(c, i);

	while (rasdp_same_span(d, i, j))
		j++;
	if (full < 0)
		full = named_again(c, i, j);
	if (full >= 0) {
		if (d->matches[full].kind == RASD_LEX_ACTOR)
			rasdp_actor_ref(c, (int32_t)d->matches[full].entry, &d->matches[full], ref);
		else
			rasdp_mention_ref(c, (size_t)full, ref);
		ref->start = start;
		ref->end = end;
		return;
	}
	e = j - i > 1 ? choose_entry(c, i, j) : (int32_t)m->entry;
	{
		int32_t named = described_source(c, e);

		if (named >= 0)
			e = named;
	}
	if (bare_correspondent(c, e)) {
		long k = correspondent_outlet(c, m);

		if (k >= 0) {
			rasdp_mention_ref(c, (size_t)k, ref);
			ref->start = start < ref->start ? start : ref->start;
			ref->end = end > ref->end ? end : ref->end;
			return;
		}
		*ref = c->outlet;
		ref->start = start;
		ref->end = end;
		return;
	}
	if (foreign_to(c, m, e, &from, &to)) {
		memset(ref, 0, sizeof(*ref));
		ref->source = -1;
		ref->chain[0] = rasdp_span_text(d, from, to);
		ref->nchain = ref->chain[0] ? 1 : 0;
		ref->start = start;
		ref->end = end;
		return;
	}
	rasdp_set_source(c, ref, e, start, end);
}
