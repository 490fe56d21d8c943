/*
 * attribution.c - who speaks: what a source mention stands for, the
 * speaker of each sentence, the source that owns each figure, and the
 * chain of sources ("Reuters -> a Russian officer").
 *
 * A mention of sources.tsv stands for the entry the report means
 * (mention_ref()): among the entries one form names ("وزارة الصحة"), the
 * one of the country the report names most, else a generic one; an
 * institution given another country or owner beside it ("وزير الصحة
 * اللبناني", "the Houthi-run health ministry") is that one, named by its
 * words; a bare correspondent is the outlet named with it ("مراسل سانا")
 * or the report's own ("مراسلنا").  The report's own voice is the source
 * its outlet's domain names (sources.tsv `domains`: "syriahr.com" speaks
 * as the Observatory), else the outlet.
 *
 * A sentence's speaker (rasdp_sentence_speaker(), first pass) is the source
 * nearest its reporting verb (speech.tsv) that is not spoken to ("told
 * Reuters", "قالت لعنب بلدي": cues.tsv `addressee`, or the proclitic ل),
 * not the inner link after a quoting preposition ("نقلت سانا عن مصدر",
 * "citing a military source") and not a word that names nobody by itself
 * (a description with the article, "المصدر"; "source" inside "a military
 * source"; "Hezbollah" inside "Kataib Hezbollah");
 * "according to X" looks after the verb.  With no source there, an actor
 * standing as the verb's subject speaks as itself (the source sources.tsv
 * names by one of its names: "أعلن الحوثيون" is the Houthis, not their
 * military spokesman), else with its "military" or "government" voice,
 * else by its name ("the Asayish said"),
 * and a source's holder named earlier by title and name (or by name and
 * title, or by a name the lexicon knows) speaks by surname ("Akbari said":
 * find_aliases()).  A quoting verb adds the inner speaker
 * after "عن"/"citing" to the chain.  Without one of its own, a sentence
 * with a bare reporting verb ("the agency said") takes the last named
 * speaker within four sentences, one going on ("وأضاف", "he added", a
 * sentence opening in contrast: cues.tsv `continuation`, `pronoun`,
 * `contrast`) the speaker right before it; none carries into a sentence
 * recalling an earlier time.  Anything else is the outlet's own voice.
 * Participants take their sentence's speaker.
 *
 * Which speaker owns a figure is the scored decision `source` (the bottom
 * of this file, rasdp_clause_speaker()): the rules propose the outlet's
 * voice, the sources, actors and holders named in the figure's sentence,
 * the speakers of the sentences before it (and, when the figure's sentence
 * names one by description - "الوزارة", "the UK-based monitor" - every
 * source those sentences name), and the speaker of the sentence after it;
 * features describe where each stands (before or after the figure, tokens
 * and sentences away, a reporting verb, a clause or paragraph break, a
 * contrast between, a quotation or colon that runs on, a relaying "according
 * to" frame, a line broken inside a sentence, a credit line), and
 * data/models/source.tsv weighs them.  A speaker's reach is the gold's
 * (gold/GUIDE.md, "Rulings"): its sentence, its quoted statement, and what
 * follows with a continuation verb; an unattributed new paragraph is the
 * outlet's.
 */
#include <string.h>

#include "extract/events_int.h"

#include "base/banned.h"

/*
 * How many sentences after a named speaker a bare "the agency said" takes
 * it as the sentence's speaker (participants; figures weigh the distance).
 */
#define LAST_SOURCE_REACH 4

/*
 * The preposition ل written as a proclitic ("لعنب بلدي", to Enab Baladi).
 * A clitic is morphology, closed like the tokeniser's proclitic table
 * (text/segment.c), not a word list: see docs/DESIGN.md.
 */
#define LAM "ل"

static int ends_closed(const struct rasd_doc *d, uint32_t s);
static int line_break_after(const struct rasd_doc *d, uint32_t a);
static int background_sentence(const struct rasdp_ctx *c, uint32_t s);
static int quote_open(const struct rasd_doc *d, uint32_t from, uint32_t to);
static int same_word(const struct rasd_doc *d, uint32_t a, uint32_t b);
static int only_punct(const struct rasd_doc *d, uint32_t a, uint32_t b);
static int punct_in(const char *w, size_t len, const char *const *set, size_t n);
static int match_starts_kind(const struct rasd_doc *d, uint32_t t, enum rasd_lex_kind k);

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
static int definite(const struct rasd_doc *d, uint32_t t)
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

/* Is the source match an addressee ("قالت لعنب بلدي", "told Reuters")? */
static int is_addressee(const struct rasdp_ctx *c, const struct rasd_match *m)
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
		if (u < t && u > 0 && rasdp_cue(d, u - 1, RASD_CUE_ADDRESSEE) && !according_ends(c, m, u))
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
 * Is the source match the inner speaker of a quoting verb, right after the
 * preposition that opens it ("نقلت سانا عن مصدر عسكري", "وسائل إعلام عبرية،
 * نقلا عن وسائل إعلام فلسطينية", "SANA, citing a military source": cues.tsv
 * `quote_prep`)?  It is the chain's next link, never the verb's head.
 */
static int inner_of_quote(const struct rasdp_ctx *c, const struct rasd_match *m)
{
	const struct rasd_doc *d = c->d;
	uint32_t t = m->tok_start;
	size_t j = (size_t)(m - d->matches);

	/* over quotation marks and an article ("citing a military source") */
	while (t > 0 && ((rasdp_is_punct(d, t - 1) && (d->toks[t - 1].flags & RASD_TOKF_QUOTE)) ||
			 rasdp_cue(d, t - 1, RASD_CUE_ARTICLE) ||
			 rasdp_cue(d, t - 1, RASD_CUE_INDEFINITE)))
		t--;
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
	       definite(d, m->tok_start) &&
	       !strchr(rasdp_lex_source(c->lx, (size_t)m->entry)->name, ' ');
}

/*
 * Is the source match part of a longer name that starts before it: of
 * another source ("source" in "a military source") or of an actor
 * ("Hezbollah" in "Kataib Hezbollah")?  Then it names nobody by itself.
 */
static int inside_longer(const struct rasd_doc *d, const struct rasd_match *m)
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

/* Does the source match name nobody by itself (names_again(), inside_longer())? */
static int no_mention(const struct rasdp_ctx *c, const struct rasd_match *m)
{
	return names_again(c, m) || inside_longer(c->d, m);
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
static const char *span_text(struct rasd_doc *d, uint32_t a, uint32_t b)
{
	if (a >= b || b > d->ntoks)
		return NULL;
	return rasd_arena_strndup(&d->arena, d->text + d->toks[a].start,
				  d->toks[b - 1].end - d->toks[a].start);
}

/* ---- what a source mention stands for -------------------------------- */

/* The country of actor `a`: its own, else its parent's; NULL for none. */
static const char *actor_country(const struct rasd_lexicon *lx, int32_t a)
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
	return actor_country(lx, rasdp_lex_source(lx, (size_t)src)->actor);
}

/*
 * The country of place `p` (places*.tsv `country`: "SY", "IQ" for a town of
 * Iraq whose id is a GeoNames one, "gn:94787"), or NULL.
 */
static const char *place_country(const struct rasd_lexicon *lx, int32_t p)
{
	const char *cc = p >= 0 ? rasdp_lex_place(lx, (size_t)p)->country : NULL;

	return cc && cc[0] && cc[1] ? cc : NULL;
}

static void vote(struct rasdp_country *tab, size_t *n, const char *cc)
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
static unsigned place_votes(const struct rasdp_ctx *c, const char *cc)
{
	return votes_in(c->named, c->nnamed, cc);
}

/* Is match `j` a source match with the same tokens as match `i`? */
static int same_span(const struct rasd_doc *d, size_t i, size_t j)
{
	return j < d->nmatches && d->matches[j].kind == RASD_LEX_SOURCE &&
	       d->matches[j].tok_start == d->matches[i].tok_start &&
	       d->matches[j].tok_end == d->matches[i].tok_end;
}

/*
 * Is match `i` the first of the source matches over its tokens?  A form
 * may name several sources ("وزارة الصحة": the ministries of several
 * countries, and a generic one); mention_ref() chooses among them once.
 */
static int first_of_span(const struct rasd_doc *d, size_t i)
{
	return !(i > 0 && same_span(d, i, i - 1));
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
	 * "witnesses") stay what they are.
	 */
	if (!strcmp(s->kind, "outlet") || !strcmp(s->kind, "agency") || !strcmp(s->kind, "media") ||
	    !strcmp(s->kind, "person") || !strcmp(s->kind, "correspondent") ||
	    (!cc && !strcmp(s->kind, "local")))
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
		acc = actor_country(c->lx, (int32_t)a->entry);
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
		    !first_of_span(d, k))
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
		    o->tok_end - o->tok_start <= n || !first_of_span(d, k))
			continue;
		/* another entry than any the shorter name has */
		for (q = i; same_span(d, i, q) && d->matches[q].entry != o->entry; q++)
			;
		if (same_span(d, i, q))
			continue;
		for (a = o->tok_start; a + n <= o->tok_end; a++) {
			for (u = 0; u < n && same_word(d, a + u, m->tok_start + u); u++)
				;
			if (u == n)
				return (long)k;
		}
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
static void mention_ref(const struct rasdp_ctx *c, size_t i, struct rasd_srcref *ref)
{
	struct rasd_doc *d = c->d;
	const struct rasd_match *m = &d->matches[i];
	uint32_t start = d->toks[m->tok_start].start, end = d->toks[m->tok_end - 1].end, from, to;
	size_t j = i + 1;
	int32_t e;

	long full = named_in_full(c, i);

	if (full >= 0) {
		mention_ref(c, (size_t)full, ref);
		ref->start = start;
		ref->end = end;
		return;
	}
	while (same_span(d, i, j))
		j++;
	e = j - i > 1 ? choose_entry(c, i, j) : (int32_t)m->entry;
	if (bare_correspondent(c, e)) {
		long k = correspondent_outlet(c, m);

		if (k >= 0) {
			mention_ref(c, (size_t)k, ref);
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
		ref->chain[0] = span_text(d, from, to);
		ref->nchain = ref->chain[0] ? 1 : 0;
		ref->start = start;
		ref->end = end;
		return;
	}
	set_source(c, ref, e, start, end);
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

/* Does a lexicon match of kind `k` start at token `t`? */
static int match_starts_kind(const struct rasd_doc *d, uint32_t t, enum rasd_lex_kind k)
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
	if (o >= 0)
		set_source(c, &c->outlet, o, 0, 0);
	/* lines broken inside sentences: a third of its line breaks, three at least */
	{
		uint32_t s, breaks = 0, inside = 0;

		for (s = 0; s + 1 < d->nsents; s++) {
			if (!line_break_after(d, s))
				continue;
			breaks++;
			inside += !ends_closed(d, s) && d->sents[s].para == d->sents[s + 1].para &&
				  d->sents[s].tok_end - d->sents[s].tok_start >= 5;
		}
		c->wrapped = inside >= 3 && inside * 3 >= breaks;
	}
	/* the names of three words or more a shorter one may repeat (named_in_full()) */
	c->nlong_sources = 0;
	c->long_sources = rasd_arena_alloc(&c->d->arena,
					   (d->nmatches ? d->nmatches : 1) * sizeof(*c->long_sources));
	for (i = 0; c->long_sources && i < d->nmatches; i++)
		if (d->matches[i].kind == RASD_LEX_SOURCE && first_of_span(d, i) &&
		    d->matches[i].tok_end - d->matches[i].tok_start >= 3)
			c->long_sources[c->nlong_sources++] = i;
	/* the countries the report names: its actors, places, and sources of one country */
	c->ncountries = c->nnamed = 0;
	for (i = 0; i < d->nmatches; i++) {
		const struct rasd_match *m = &d->matches[i];
		const char *cc = NULL;

		if (m->kind == RASD_LEX_ACTOR) {
			vote(c->countries, &c->ncountries, actor_country(c->lx, (int32_t)m->entry));
			continue;
		}
		if (m->kind == RASD_LEX_PLACE)
			cc = place_country(c->lx, (int32_t)m->entry);
		else if (m->kind == RASD_LEX_SOURCE && first_of_span(d, i) && !same_span(d, i, i + 1))
			cc = rasdp_source_country(c->lx, (int32_t)m->entry);
		vote(c->countries, &c->ncountries, cc);
		vote(c->named, &c->nnamed, cc);
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
 * The voice of an armed actor that speaks ("the SDF said", "قالت قسد",
 * "أعلن الحوثيون"): the actor itself, a source of it that sources.tsv names
 * by one of the actor's own names ("Syrian Democratic Forces", "Houthis");
 * else the first military, else the first government source that speaks
 * for it ("Turkish Ministry of National Defence").  An actor named as the
 * speaker is not its spokesman: "the Houthis said" is the Houthis, "the
 * Houthi military spokesman said" is he.  -1 when the lexicon has none: a
 * unit does not speak with the voice of the army it belongs to.
 */
static int32_t actor_voice(const struct rasdp_ctx *c, int32_t actor)
{
	size_t n = rasdp_lex_count(c->lx, RASD_LEX_SOURCE), i;
	int32_t mil = -1, gov = -1;

	for (i = 0; actor >= 0 && i < n; i++) {
		const struct rasd_source *src = rasdp_lex_source(c->lx, i);

		if (src->actor != actor)
			continue;
		if (rasdp_lex_lookup(c->lx, RASD_LEX_ACTOR, src->name, strlen(src->name)) == actor)
			return (int32_t)i;
		if (mil < 0 && !strcmp(src->kind, "military"))
			mil = (int32_t)i;
		if (gov < 0 && !strcmp(src->kind, "government"))
			gov = (int32_t)i;
	}
	return mil >= 0 ? mil : gov;
}

/* A reference to actor `a` speaking: its own voice, else its name (match `m`). */
void rasdp_actor_ref(const struct rasdp_ctx *c, int32_t a, const struct rasd_match *m,
		     struct rasd_srcref *ref)
{
	struct rasd_doc *d = c->d;
	int32_t v = actor_voice(c, a);
	const char *cc = actor_country(c->lx, a);

	memset(ref, 0, sizeof(*ref));
	ref->source = v;
	ref->chain[0] = v >= 0 ? source_name(c, v) : rasdp_lex_actor(c->lx, (size_t)a)->name_en;
	ref->nchain = 1;
	/*
	 * "قالت الشرطة" in a report that names the country of these state
	 * forces by no place and no source: some other country's police, named
	 * by its words.  Forces abroad (ACLED type 8: "Russia said") speak
	 * wherever the report is.
	 */
	if (cc && rasdp_lex_actor(c->lx, (size_t)a)->inter == 1 && !place_votes(c, cc)) {
		ref->source = -1;
		ref->chain[0] = span_text(d, m->tok_start, m->tok_end);
	}
	ref->start = d->toks[m->tok_start].start;
	ref->end = d->toks[m->tok_end - 1].end;
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
static uint32_t subject_end(const struct rasd_doc *d, uint32_t v)
{
	uint32_t s0 = d->sents[d->toks[v].sent].tok_start, t;

	if (!(d->toks[v].flags & RASD_TOKF_LATIN) || v < s0 + 3 || !rasdp_tok_is_punct(d, v - 1, ','))
		return v;
	for (t = v - 2; t > s0 && v - t <= PARENTHESIS_MAX; t--)
		if (rasdp_tok_is_punct(d, t, ','))
			return t;
	return v;
}

/* An actor standing as subject of reporting verb `v`, or NULL. */
const struct rasd_match *rasdp_actor_subject(const struct rasdp_ctx *c, const struct rasdp_sent *s,
					     uint32_t v_start, uint32_t v_end)
{
	struct rasd_doc *d = c->d;
	size_t i;

	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);

		if (m->kind != RASD_LEX_ACTOR || of_others(d, m->tok_start))
			continue;
		if (m->tok_end == subject_end(d, v_start) && m->tok_end < v_start)
			return m;
		if ((m->tok_end <= v_start && v_start - m->tok_end <= 1 &&
		     rasdp_clause_clear(d, m->tok_end, v_start)) ||
		    (!(d->toks[v_start].flags & RASD_TOKF_LATIN) && m->tok_start >= v_end &&
		     m->tok_start - v_end <= 1 && rasdp_clause_clear(d, v_end, m->tok_start)))
			return m;
	}
	return NULL;
}

/*
 * Is match `m` a reporting verb: a speech.tsv match, not an Arabic word
 * carrying the article ("التابع لسلاح الجو" is "affiliated to", not the
 * verb "تابع"; a verb never takes the article) unless it is an "according
 * to" frame ("الصادرة عن")?
 */
static int reporting_verb(const struct rasdp_ctx *c, const struct rasd_match *m)
{
	const struct rasd_doc *d = c->d;

	if (m->kind != RASD_LEX_SPEECH)
		return 0;
	if (rasdp_lex_speech(c->lx, m->entry)->kind == RASD_SPEECH_ACCORDING)
		return 1;
	if (!(d->toks[m->tok_start].flags & RASD_TOKF_LATIN))
		return !definite(d, m->tok_start);
	/* "70 of them confirmed dead", "reported killed": a participle of the figure */
	return !match_starts_kind(d, m->tok_end, RASD_LEX_CASUALTY);
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

		if (reporting_verb(c, m)) {
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

	uint32_t se = subject_end(d, v->start);

	*score = -1000;
	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);
		int dist, sc;

		if (m->kind != RASD_LEX_SOURCE || !first_of_span(d, i) || is_addressee(c, m) ||
		    no_mention(c, m))
			continue;
		/* "X, which ..., said": X is the subject, what the parenthesis names is not */
		if (se < v->start && m->tok_end == se) {
			*score = 0;
			return (long)i;
		}
		if (se < v->start && m->tok_start > se && m->tok_end <= v->start)
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
		if (m->tok_start >= v->start && inner_of_quote(c, m))
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
 * source named by surname next to it ("Akbari said", "وقال أكبري").  1 and
 * `ref` filled, else 0.
 */
static int unnamed_speaker(const struct rasdp_ctx *c, const struct rasd_sentence *st,
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
		a = alias_at(c, t);
		if (a < 0)
			continue;
		set_source(c, ref, a, d->toks[t].start, d->toks[t].end);
		return 1;
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
	s->vkind = (int8_t)v.kind;
	s->v_start = v.start;
	s->v_end = v.end;
	if (!s->speech)
		return 0;
	best = nearest_source(c, s, &v, &score);
	if (best < 0 || score < -12)
		return unnamed_speaker(c, st, s, v.start, v.end, &s->src) ? 2 : 0;
	mention_ref(c, (size_t)best, &s->src);
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

		if (m->kind != RASD_LEX_SOURCE || is_addressee(c, m) || no_mention(c, m))
			continue;
		if (m->tok_start >= v->tok_end && inner_of_quote(c, m))
			continue;
		/* before a parenthesis: "X, which ..., said" */
		if (m->tok_end < v->tok_start && m->tok_end == subject_end(d, v->tok_start))
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
static int quoted_with(const struct rasd_doc *d, uint32_t t, uint32_t tok)
{
	uint32_t u;

	if (t >= tok || !quote_open(d, d->sents[d->toks[t].sent].tok_start, t))
		return 0;
	for (u = t; u < tok; u++)
		if (d->toks[u].flags & RASD_TOKF_QUOTE)
			return 0;
	return 1;
}

/*
 * A sentence may set two speakers against each other: "فبينما أكد المرصد
 * أن ... نحو 100، أكدت مصادر سورية رسمية أن عدد القتلى بلغ 81"; "X said
 * 20 were killed, while Y said 12"; "اعتقلت قوات النظام 12 شابا، وفق ما
 * أفاد به ناشطون، فيما نفت مصادر رسمية ...".  The source standing next to
 * the reporting verb nearest before the figure at token `tok` (or, with
 * none before, nearest after it when the sentence has more than one verb)
 * as its subject, or NULL.
 */
static const struct rasd_match *clause_subject(const struct rasdp_ctx *c,
					       const struct rasdp_sent *s, uint32_t tok)
{
	struct rasd_doc *d = c->d;
	const struct rasd_match *best = NULL;
	uint32_t best_dist = UINT32_MAX;
	size_t i, nverbs = 0;

	for (i = s->m_first; i < s->m_last; i++)
		nverbs += reporting_verb(c, rasdp_match_at(c, i));
	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *v = rasdp_match_at(c, i), *m;
		uint32_t dist;

		if (!reporting_verb(c, v) || quoted_with(d, v->tok_start, tok))
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
	return best;
}

/*
 * Does source match `m` name the speaker of line `st` like a headline
 * does: opening it before a colon ("Syrian TV: 13 killed in ..."), or
 * closing it after a colon or a dash ("Six fighters killed in Raqqa: SDF",
 * "... - state media")?
 */
static int headline_credit(const struct rasd_doc *d, const struct rasd_match *m,
			   const struct rasd_sentence *st)
{
	static const char *const marks[] = { ":", "-", "\u2013", "\u2014" };
	size_t len;
	const char *w;

	if (m->tok_start == st->tok_start)
		return m->tok_end < st->tok_end && rasdp_tok_is_punct(d, m->tok_end, ':');
	if (m->tok_start <= st->tok_start + 2 || !only_punct(d, m->tok_end, st->tok_end) ||
	    !rasdp_is_punct(d, m->tok_start - 1))
		return 0;
	w = rasdp_tok_norm(d, &d->toks[m->tok_start - 1], &len);
	return punct_in(w, len, marks, sizeof(marks) / sizeof(marks[0]));
}

/* A source naming the speaker of a headline-like line speaks the rest of it. */
static int headline_speaker(const struct rasdp_ctx *c, struct rasdp_sent *s,
			    const struct rasd_sentence *st)
{
	const struct rasd_doc *d = c->d;
	size_t i;

	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);

		if (m->kind != RASD_LEX_SOURCE || !first_of_span(d, i) || !headline_credit(d, m, st))
			continue;
		mention_ref(c, i, &s->src);
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
	/* "He added", "She said" in English. */
	return rasdp_cue(d, t, RASD_CUE_PRONOUN) && t + 1 < st->tok_end &&
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
		t = subject_end(d, v->tok_start);
		if (t < v->tok_start && t > 0 && rasdp_cue(d, t - 1, RASD_CUE_DESCRIPTION) &&
		    definite(d, t - 1))
			return t - 1;
		lo = v->tok_start >= 2 ? v->tok_start - 2 : 0;
		hi = v->tok_end + 3 < d->ntoks ? v->tok_end + 3 : (uint32_t)d->ntoks;
		for (t = lo; t < hi; t++) {
			if ((t >= v->tok_start && t < v->tok_end) ||
			    d->toks[t].sent != d->toks[v->tok_start].sent ||
			    !rasdp_cue(d, t, RASD_CUE_DESCRIPTION) || !definite(d, t))
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
		if (background_sentence(c, s)) {
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

/* ---- the source decision: which speaker owns a figure ------------------ */

/*
 * Who owns a figure is a scored decision (model/model.h): the rules above
 * propose the speakers a figure may be the word of, the features below
 * describe each, data/models/source.tsv weighs them, and the best wins
 * (the first of equal scores, so the outlet's voice, proposed first, wins
 * a tie).  The candidates: the report's own voice; every source named in
 * the figure's sentence, an actor speaking there with its own voice and a
 * holder named by surname; the speakers of the sentences before it (the
 * nearest of each, a few sentences back); and the speaker named in the
 * sentence after it.  The hand weights first reproduced the rules this
 * decision replaced - the source nearest the sentence's reporting verb
 * (within twelve tokens, "according to X" looking after its frame),
 * unless another speaker's verb stands nearer before the figure; with
 * none, the last named source for a bare "the agency said" (within four
 * sentences), or the previous sentence's speaker for a sentence going on
 * from it - and the features added since carry hand weights measured on
 * the dev fold: near-vetoes (-20, +10.5) where a construction decides
 * (a sentence of an earlier time, a statement that runs on), small ones
 * where it tips a choice (a fitting description, a contrast).
 */
enum {
	SF_BIAS, SF_OUTLET, SF_HERE, SF_NO_VERB, SF_VERB_DIST, SF_ACCORDING_BEFORE,
	SF_VERB_BREAK, SF_CLAUSE_VERB, SF_VOICE, SF_HEADLINE, SF_AFTER, SF_FIG_DIST,
	SF_FIG_BREAK, SF_QUOTE, SF_CARRIED, SF_SENTS_BACK, SF_PARA_BREAK, SF_BARE_VERB,
	SF_GOES_ON, SF_OTHER_SUBJECT, SF_INTERVENING, SF_STATEMENT, SF_ANAPHOR,
	SF_BACKGROUND, SF_NEXT, SF_WRAPPED, SF_LEAD, SF_RELAYS, SF_AGREES, SF_MENTIONED,
	SF_CREDIT, SF_CONTRAST, SF__COUNT
};

static const struct rasd_feature source_feats[SF__COUNT] = {
	[SF_BIAS] = { "bias", "always 1 (the same for every candidate of a figure)" },
	[SF_OUTLET] = { "outlet", "the report's own voice" },
	[SF_HERE] = { "here", "a source named in the figure's sentence" },
	[SF_NO_VERB] = { "no_verb", "named in a sentence with no reporting verb" },
	[SF_VERB_DIST] = { "verb_dist", "tokens between it and the sentence's reporting verb, in tens (at most 3)" },
	[SF_ACCORDING_BEFORE] = { "according_before", "before an \"according to\" frame, whose source follows it" },
	[SF_VERB_BREAK] = { "verb_break", "a clause break between it and the sentence's reporting verb" },
	[SF_CLAUSE_VERB] = { "clause_verb", "subject of the reporting verb nearest before the figure (or after, with none before)" },
	[SF_VOICE] = { "voice", "an actor speaking with its own voice, or a holder named by surname, as the verb's subject" },
	[SF_HEADLINE] = { "headline", "opens a line \"X: ...\", or closes it \"...: X\", \"... - X\"" },
	[SF_AFTER] = { "after", "named after the figure in its sentence" },
	[SF_FIG_DIST] = { "fig_dist", "tokens between it and the figure, in tens (at most 4)" },
	[SF_FIG_BREAK] = { "fig_break", "a clause break between it and the figure" },
	[SF_QUOTE] = { "quote", "the figure is inside a quotation opened after it" },
	[SF_CARRIED] = { "carried", "the speaker of an earlier sentence" },
	[SF_SENTS_BACK] = { "sents_back", "how many sentences back it speaks" },
	[SF_PARA_BREAK] = { "para_break", "a paragraph break between it and the figure" },
	[SF_BARE_VERB] = { "bare_verb", "the figure's sentence has a reporting verb with no speaker of its own" },
	[SF_GOES_ON] = { "goes_on", "the previous sentence's speaker, and the figure's sentence goes on from it (\"وأضاف\", \"He added\")" },
	[SF_OTHER_SUBJECT] = { "other_subject", "the figure's sentence has a reporting verb whose subject is no source" },
	[SF_INTERVENING] = { "intervening", "another speaker is named between it and the figure's sentence" },
	[SF_STATEMENT] = { "statement", "its sentence opens a statement that runs on to the figure (a colon, an open quotation)" },
	[SF_ANAPHOR] = { "anaphor", "the figure's sentence names it again by description (\"the monitor\", \"المصدر\", \"البيان\")" },
	[SF_BACKGROUND] = { "background", "the figure's sentence recalls an earlier time" },
	[SF_NEXT] = { "next", "the speaker named in the sentence after the figure's, which has no reporting verb" },
	[SF_WRAPPED] = { "wrapped", "the figure's line runs on into that sentence, in a report of lines broken inside sentences" },
	[SF_LEAD] = { "lead", "the figure's sentence is the first of the report's body" },
	[SF_AGREES] = { "agrees", "the description names it by a word of its own mention or by its kind (\"the Observatory\", \"the monitor\")" },
	[SF_MENTIONED] = { "mentioned", "named in an earlier sentence without being its speaker" },
	[SF_CREDIT] = { "credit", "named by a credit line after the figure's (\"— Tasnim (@Tasnim_Arabic)\" under an embedded post)" },
	[SF_CONTRAST] = { "contrast", "a word setting clauses against each other (\"في حين\", \"while\") stands between it and the figure" },
	[SF_RELAYS] = { "relays", "named by an \"according to\" frame next to another speaker's verb, before the figure: the report's first link (\"according to AFP, the ministry said\")" },
};

const struct rasd_decision rasdp_source_decision = {
	"source", "which speaker owns a figure? (the speakers the rules propose for it, the outlet's voice included)",
	source_feats, SF__COUNT,
};

/* Sentences back a speaker is proposed from. */
#define CARRY_SENTS 8
/* Candidates of one figure at most (more are not proposed). */
#define MAX_CANDS 24

struct cand {
	struct rasd_srcref ref;
	float x[SF__COUNT];
};


static float tens(uint32_t n, uint32_t cap)
{
	return (float)(n < cap ? n : cap) / 10.0f;
}

/* Tokens between [a0, a1) and [b0, b1) (0 when they touch or overlap). */
static uint32_t gap(uint32_t a0, uint32_t a1, uint32_t b0, uint32_t b1)
{
	if (a1 <= b0)
		return b0 - a1;
	if (b1 <= a0)
		return a0 - b1;
	return 0;
}

/* No clause break between the spans [a0, a1) and [b0, b1)? */
static int clear_between(const struct rasd_doc *d, uint32_t a0, uint32_t a1, uint32_t b0,
			 uint32_t b1)
{
	return a1 <= b0 ? rasdp_clause_clear(d, a1, b0) : rasdp_clause_clear(d, b1, a0);
}

static struct cand *new_cand(struct cand *cs, size_t *n, const struct rasd_srcref *ref)
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

/*
 * "As reported by AFP, the ministry said ...", "أعلن الدفاع المدني، حسبما
 * جاء بوكالة سانا، عن ...": a source an "according to" frame names, next
 * to another source standing as subject of a reporting verb, both before
 * the figure at token `tok`: the publication relays the speaker (gold/
 * GUIDE.md, "Chains": the report's first link is the source, the speaker
 * its next).  The inner speaker's match, or NULL.
 */
static const struct rasd_match *relayed(const struct rasdp_ctx *c, const struct rasdp_sent *si,
					const struct rasd_match *m, uint32_t tok)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_match *frame = NULL;
	size_t i;

	if (m->tok_end > tok)
		return NULL;
	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *v = rasdp_match_at(c, i);

		if (v->kind == RASD_LEX_SPEECH &&
		    rasdp_lex_speech(c->lx, v->entry)->kind == RASD_SPEECH_ACCORDING &&
		    v->tok_end <= m->tok_start && m->tok_start - v->tok_end <= 4 &&
		    rasdp_clause_clear(d, v->tok_end, m->tok_start))
			frame = v;
	}
	if (!frame || quoted_with(d, frame->tok_start, tok))
		return NULL;
	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *v = rasdp_match_at(c, i), *x;
		int k;

		if (v->kind != RASD_LEX_SPEECH || v == frame || v->tok_end > tok)
			continue;
		k = rasdp_lex_speech(c->lx, v->entry)->kind;
		if (k != RASD_SPEECH_SAY && k != RASD_SPEECH_QUOTE)
			continue;
		if (gap(v->tok_start, v->tok_end, frame->tok_start, m->tok_end) > 10 ||
		    rasdp_cue_between(d, v->tok_end < frame->tok_start ? v->tok_end : m->tok_end,
				      v->tok_end < frame->tok_start ? frame->tok_start : v->tok_start,
				      RASD_CUE_COORDINATOR))
			continue;
		x = rasdp_verb_subject(c, si, v);
		if (x && x != m && x->entry != m->entry)
			return x;
	}
	return NULL;
}

/*
 * Does a word that sets a clause against another ("في حين", "بينما",
 * "while": cues.tsv `contrast`) stand between the speaker at [a, b) and
 * the figure at token `tok`?  Then it speaks of the other clause.
 */
static int contrast_between(const struct rasd_doc *d, uint32_t a, uint32_t b, uint32_t tok)
{
	return b <= tok ? rasdp_cue_between(d, b, tok, RASD_CUE_CONTRAST)
			: rasdp_cue_between(d, tok + 1, a, RASD_CUE_CONTRAST);
}

/*
 * The sources named in sentence `s` (info `si`) as candidates for the
 * figure at token `tok`: each named source that is not spoken to, and
 * the actor or holder standing as subject of its reporting verb.
 */
static void propose_here(const struct rasdp_ctx *c, uint32_t s, uint32_t tok,
			 struct cand *cs, size_t *n)
{
	const struct rasd_doc *d = c->d;
	const struct rasdp_sent *si = &c->si[s];
	const struct rasd_sentence *st = &d->sents[s];
	const struct rasd_match *cm = clause_subject(c, si, tok);
	int verb = si->vkind >= 0;
	size_t i;

	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i), *inner;
		struct rasd_srcref ref;
		struct cand *k;
		uint32_t start = d->toks[m->tok_start].start;

		if (m->kind != RASD_LEX_SOURCE || !first_of_span(d, i) || is_addressee(c, m) ||
		    no_mention(c, m) || inner_of_quote(c, m))
			continue;
		/* the sentence's own speaker keeps the chain it quotes */
		mention_ref(c, i, &ref);
		if (si->own == 1 && rasdp_same_voice(&si->src, &ref) && si->src.start == start)
			ref = si->src;
		inner = relayed(c, si, m, tok);
		if (inner && ref.source >= 0 && ref.nchain < RASD_MAX_CHAIN) {
			struct rasd_srcref in;

			mention_ref(c, (size_t)(inner - d->matches), &in);
			ref.nchain = 1;
			ref.chain[ref.nchain++] = in.nchain ? in.chain[0] : NULL;
			if (!ref.chain[1])
				ref.nchain = 1;
		}
		k = new_cand(cs, n, &ref);
		if (!k)
			return;
		k->x[SF_HERE] = 1;
		k->x[SF_RELAYS] = (float)(inner != NULL);
		if (verb) {
			k->x[SF_VERB_DIST] = tens(gap(m->tok_start, m->tok_end, si->v_start, si->v_end), 30);
			k->x[SF_ACCORDING_BEFORE] = (float)(si->vkind == RASD_SPEECH_ACCORDING &&
							    m->tok_start < si->v_end);
			k->x[SF_VERB_BREAK] = (float)!clear_between(d, m->tok_start, m->tok_end,
								     si->v_start, si->v_end);
		} else {
			k->x[SF_NO_VERB] = 1;
		}
		k->x[SF_CLAUSE_VERB] = (float)(m == cm);
		k->x[SF_HEADLINE] = (float)headline_credit(d, m, st);
		k->x[SF_AFTER] = (float)(m->tok_start > tok);
		k->x[SF_FIG_DIST] = tens(gap(m->tok_start, m->tok_end, tok, tok + 1), 40);
		k->x[SF_FIG_BREAK] = (float)!clear_between(d, m->tok_start, m->tok_end, tok, tok + 1);
		k->x[SF_CONTRAST] = (float)contrast_between(d, m->tok_start, m->tok_end, tok);
		k->x[SF_QUOTE] = (float)(m->tok_end <= tok && quote_open(d, m->tok_end, tok));
	}
	/* "the SDF said", "Akbari said": the speaker of the verb, unnamed as a source */
	if (verb) {
		struct rasd_srcref ref;
		struct cand *k;

		uint32_t a = st->tok_start, b;

		if (!unnamed_speaker(c, st, si, si->v_start, si->v_end, &ref))
			return;
		k = new_cand(cs, n, &ref);
		if (!k)
			return;
		k->x[SF_VOICE] = 1;
		/* where the actor or holder stands, as for a named source */
		while (a < st->tok_end && d->toks[a].start < ref.start)
			a++;
		for (b = a; b < st->tok_end && d->toks[b].end <= ref.end; b++)
			;
		if (b > a) {
			k->x[SF_AFTER] = (float)(a > tok);
			k->x[SF_FIG_DIST] = tens(gap(a, b, tok, tok + 1), 40);
			k->x[SF_FIG_BREAK] = (float)!clear_between(d, a, b, tok, tok + 1);
			k->x[SF_CONTRAST] = (float)contrast_between(d, a, b, tok);
		}
	}
}

/* Does sentence `s` end with a colon, opening what follows ("قال في بيان:")? */
static int ends_with_colon(const struct rasd_doc *d, uint32_t s)
{
	const struct rasd_sentence *st = &d->sents[s];
	uint32_t t = st->tok_end;

	while (t > st->tok_start && rasdp_is_punct(d, t - 1) &&
	       (d->toks[t - 1].flags & RASD_TOKF_QUOTE))
		t--;
	return t > st->tok_start && rasdp_tok_is_punct(d, t - 1, ':');
}

/* Does sentence `s` end at a mark that ends sentences (not at a bare line break)? */
static int ends_closed(const struct rasd_doc *d, uint32_t s)
{
	const struct rasd_sentence *st = &d->sents[s];
	uint32_t t;

	for (t = st->tok_end; t > st->tok_start; t--) {
		if (!rasdp_is_punct(d, t - 1))
			return 0;
		if (d->toks[t - 1].flags & RASD_TOKF_SENT_END)
			return 1;
		if (!(d->toks[t - 1].flags & RASD_TOKF_QUOTE) && !rasdp_tok_is_punct(d, t - 1, ')'))
			return 0;
	}
	return 0;
}

/* Is there a line break in the text between sentences `a` and `a + 1`? */
static int line_break_after(const struct rasd_doc *d, uint32_t a)
{
	uint32_t p;

	if (a + 1 >= d->nsents)
		return 0;
	for (p = d->sents[a].end; p < d->sents[a + 1].start; p++)
		if (d->text[p] == '\n')
			return 1;
	return 0;
}

/*
 * Is there a paragraph break between sentences `a` < `b`: a blank line, or
 * a line break after a sentence that ended (a line broken inside a sentence
 * does not part paragraphs)?
 */
static int para_break(const struct rasd_doc *d, uint32_t a, uint32_t b)
{
	uint32_t j;

	if (d->sents[a].para != d->sents[b].para)
		return 1;
	for (j = a; j < b; j++)
		if (line_break_after(d, j) && ends_closed(d, j))
			return 1;
	return 0;
}

/* Is the punctuation [w, w + len) one of the `n` marks of `set`? */
static int punct_in(const char *w, size_t len, const char *const *set, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strlen(set[i]) == len && !memcmp(w, set[i], len))
			return 1;
	return 0;
}

/*
 * Is a quotation open at token `to`, counting the quotation marks from
 * token `from` ("“ ... ”", "« ... »", a straight '"' opening and closing in
 * turn)?
 */
static int quote_open(const struct rasd_doc *d, uint32_t from, uint32_t to)
{
	static const char *const opening[] = { "\u201c", "\u201e", "\u00ab", "\u2018" };
	static const char *const closing[] = { "\u201d", "\u00bb", "\u2019" };
	int depth = 0, straight = 0;
	uint32_t t;

	for (t = from; t < to && t < d->ntoks; t++) {
		size_t len;
		const char *w;

		if (!(d->toks[t].flags & RASD_TOKF_QUOTE))
			continue;
		/* the mark as written: normalisation makes “ and ” one '"' */
		w = d->text + d->toks[t].start;
		len = d->toks[t].end - d->toks[t].start;
		if (len == 1 && (w[0] == '"' || w[0] == '\''))
			straight = !straight;
		else if (punct_in(w, len, opening, sizeof(opening) / sizeof(opening[0])))
			depth++;
		else if (depth > 0 && punct_in(w, len, closing, sizeof(closing) / sizeof(closing[0])))
			depth--;
	}
	return depth > 0 || straight;
}

/*
 * Does the statement sentence `a` opens run on to the figure at token
 * `tok` of sentence `b`: `a` ends with a colon and no paragraph break
 * comes between ("وقال في بيان:\n- مقتل ..."), or a quotation opens in `a`
 * and is still open at the figure?
 */
static int statement_runs(const struct rasd_doc *d, uint32_t a, uint32_t b, uint32_t tok)
{
	if (ends_with_colon(d, a) && !para_break(d, a + 1, b))
		return 1;
	return quote_open(d, d->sents[a].tok_start, d->sents[a].tok_end) &&
	       quote_open(d, d->sents[a].tok_start, tok);
}

/* Days before the publication date a recalled time must end to be the past. */
#define BACKGROUND_DAYS 30

/*
 * Does sentence `s` recall an earlier time: a background cue of
 * negation.tsv ("منذ اندلاع الحرب", "during the civil war"), or a date
 * that ended a month or more before the report was published ("in 2017",
 * "في نيسان الماضي")?  Nobody's speech carries into it.
 */
static int background_sentence(const struct rasdp_ctx *c, uint32_t s)
{
	const struct rasd_doc *d = c->d;
	const struct rasdp_sent *si = &c->si[s];
	const struct rasd_sentence *st = &d->sents[s];
	size_t i;

	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);

		if (m->kind == RASD_LEX_NEGATION &&
		    rasdp_lex_negation(c->lx, m->entry)->kind == RASD_NEG_BACKGROUND)
			return 1;
	}
	if (!d->published.y)
		return 0;
	for (i = rasdp_date_from(d, st->tok_start);
	     i < d->ndates && d->dates[i].tok_start < st->tok_end; i++) {
		const struct rasd_date *t = &d->dates[i];

		if (t->tok_start < st->tok_start || t->tok_end > st->tok_end || !t->last.y)
			continue;
		if (rasdp_days_from_ymd(t->last.y, t->last.m, t->last.d) + BACKGROUND_DAYS <
		    rasdp_days_from_ymd(d->published.y, d->published.m, d->published.d))
			return 1;
	}
	return 0;
}

/* Do tokens `a` and `b` share a match key (the word, or it with its proclitics peeled)? */
static int same_word(const struct rasd_doc *d, uint32_t a, uint32_t b)
{
	const struct rasd_token *x = &d->toks[a], *y = &d->toks[b];
	unsigned i, j, nx = x->nkeys ? x->nkeys : 1, ny = y->nkeys ? y->nkeys : 1;

	for (i = 0; i < nx; i++)
		for (j = 0; j < ny; j++) {
			size_t lx, ly;
			const char *kx = x->nkeys ? rasdp_tok_key(d, x, i, &lx) : rasdp_tok_norm(d, x, &lx);
			const char *ky = y->nkeys ? rasdp_tok_key(d, y, j, &ly) : rasdp_tok_norm(d, y, &ly);

			if (lx == ly && lx && !memcmp(kx, ky, lx))
				return 1;
		}
	return 0;
}

/* The first token starting at byte `b` or after it (tokens are in text order). */
static uint32_t tok_at_or_after(const struct rasd_doc *d, uint32_t b)
{
	uint32_t lo = 0, hi = (uint32_t)d->ntoks;

	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;

		if (d->toks[mid].start < b)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * Does the description at token `t` agree with speaker `ref`: a word of
 * the mention that named it ("المرصد السوري لحقوق الإنسان" ... "المرصد";
 * "وزارة الصحة" ... "الوزارة"), or the name of its kind ("monitor",
 * "agency")?
 */
static int agrees(const struct rasdp_ctx *c, uint32_t t, const struct rasd_srcref *ref)
{
	const struct rasd_doc *d = c->d;
	size_t n;
	const char *w = rasdp_tok_norm(d, &d->toks[t], &n);
	uint32_t j;

	if (ref->source >= 0) {
		const char *kind = rasdp_lex_source(c->lx, (size_t)ref->source)->kind;

		if (strlen(kind) == n && !memcmp(kind, w, n))
			return 1;
	}
	if (ref->end <= ref->start)
		return 0;
	for (j = tok_at_or_after(d, ref->start); j < d->ntoks && d->toks[j].start < ref->end; j++)
		if (d->toks[j].start >= ref->start && d->toks[j].kind == RASD_TOK_WORD &&
		    same_word(d, t, j))
			return 1;
	return 0;
}

static int wrapped_line(const struct rasdp_ctx *c, uint32_t s);

/*
 * The speakers of the sentences before `s`, nearest first, each voice
 * once, as candidates for a figure of `s` at token `tok`.
 */
static void propose_carried(const struct rasdp_ctx *c, uint32_t s, uint32_t tok,
			    struct cand *cs, size_t *n)
{
	const struct rasd_doc *d = c->d;
	const struct rasdp_sent *si = &c->si[s];
	size_t first = *n, i, mi;
	uint32_t k;
	int bg = background_sentence(c, s), desc = si->described && !si->own;

	for (k = 1; k <= CARRY_SENTS && k <= s; k++) {
		const struct rasdp_sent *sk = &c->si[s - k];
		struct rasd_srcref refs[8];
		size_t nref = 0, r;

		if (sk->has_speaker)
			refs[nref++] = sk->src;
		/* a description may name again a source its sentence named without letting it speak */
		for (mi = sk->m_first; desc && mi < sk->m_last && nref < 8; mi++)
			if (d->matches[mi].kind == RASD_LEX_SOURCE && first_of_span(d, mi) &&
			    !is_addressee(c, &d->matches[mi]) && !no_mention(c, &d->matches[mi]))
				mention_ref(c, mi, &refs[nref++]);
		/*
		 * ... or an actor it fits by a word of its name ("تبنى تنظيم داعش
		 * الهجوم" ... "وقال التنظيم", "the Islamic State group" ... "the
		 * group said"): the actor speaking as itself
		 */
		for (mi = sk->m_first; desc && mi < sk->m_last && nref < 8; mi++) {
			const struct rasd_match *am = &d->matches[mi];

			if (am->kind != RASD_LEX_ACTOR)
				continue;
			rasdp_actor_ref(c, (int32_t)am->entry, am, &refs[nref]);
			if (agrees(c, si->desc_tok, &refs[nref]))
				nref++;
		}
		for (r = 0; r < nref; r++) {
			struct cand *cd;
			uint32_t j;

			for (i = first; i < *n && !rasdp_same_voice(&cs[i].ref, &refs[r]); i++)
				;
			if (i < *n)
				continue;
			cd = new_cand(cs, n, &refs[r]);
			if (!cd)
				return;
			cd->x[SF_CARRIED] = 1;
			cd->x[SF_MENTIONED] = (float)(!sk->has_speaker ||
						      !rasdp_same_voice(&refs[r], &sk->src));
			cd->x[SF_SENTS_BACK] = (float)k;
			cd->x[SF_PARA_BREAK] = (float)para_break(d, s - k, s);
			cd->x[SF_BARE_VERB] = (float)(si->speech && !si->own);
			/* "وأضافت الوزارة": the description, not the order, says who goes on */
			cd->x[SF_GOES_ON] = (float)(k == 1 && si->goes_on && !si->own && !desc &&
						    !cd->x[SF_MENTIONED] && !wrapped_line(c, s - 1));
			cd->x[SF_OTHER_SUBJECT] = (float)si->other_subject;
			cd->x[SF_BACKGROUND] = (float)bg;
			cd->x[SF_ANAPHOR] = (float)desc;
			cd->x[SF_AGREES] = (float)(desc && agrees(c, si->desc_tok, &refs[r]));
			for (j = s - k + 1; j < s; j++)
				if (c->si[j].own && !rasdp_same_voice(&c->si[j].src, &refs[r]))
					cd->x[SF_INTERVENING] = 1;
			cd->x[SF_STATEMENT] = (float)(sk->own && !cd->x[SF_MENTIONED] &&
						      statement_runs(d, s - k, s, tok));
		}
	}
}

/*
 * Is sentence `s` a line broken inside a sentence: it ends at a line break
 * with no mark that ends sentences, the next line goes on in the same
 * paragraph, and the report is written in such lines (c->wrapped)?  A
 * headline ends the same way, but a report of wrapped lines has many.
 */
static int wrapped_line(const struct rasdp_ctx *c, uint32_t s)
{
	const struct rasd_doc *d = c->d;

	return c->wrapped && s + 1 < d->nsents && line_break_after(d, s) && !ends_closed(d, s) &&
	       d->sents[s].para == d->sents[s + 1].para && !c->si[s].headline;
}

/* Are tokens [a, b) all marks (or none)? */
static int only_punct(const struct rasd_doc *d, uint32_t a, uint32_t b)
{
	for (; a < b; a++)
		if (!rasdp_is_punct(d, a))
			return 0;
	return 1;
}

/*
 * The match of the source a credit line names: "— وكالة تسنيم
 * (@Tasnim_Arabic) February 26, 2023" after an embedded post, a line
 * opening with a dash and a source; or -1.
 */
static long credit_line(const struct rasdp_ctx *c, uint32_t s)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_sentence *st = &d->sents[s];
	const struct rasdp_sent *si = &c->si[s];
	uint32_t t = st->tok_start;
	size_t i;

	if (t >= st->tok_end || !rasdp_is_punct(d, t))
		return -1;
	{
		static const char *const dashes[] = { "-", "\u2013", "\u2014" };
		size_t len;
		const char *w = rasdp_tok_norm(d, &d->toks[t], &len);

		if (!punct_in(w, len, dashes, sizeof(dashes) / sizeof(dashes[0])))
			return -1;
	}
	/*
	 * The post's handle or date follows the name; a line of the name
	 * alone ("— Reuters", "- AFP") credits the wire the outlet relays,
	 * whose figures are the outlet's own (gold/GUIDE.md, "Chains").
	 */
	for (i = si->m_first; i < si->m_last; i++)
		if (d->matches[i].kind == RASD_LEX_SOURCE && d->matches[i].tok_start <= t + 2 &&
		    !only_punct(d, d->matches[i].tok_end, st->tok_end))
			return (long)i;
	return -1;
}

/*
 * The speaker named in the sentence after `s`, when `s` has no reporting
 * verb of its own: the speaker of a line that goes on after a line broken
 * inside a sentence ("... في انفجار\nأجهزة اتصال ...، حسبما أفاد المرصد"),
 * the source of a credit line after an embedded post; the speaker of the
 * next sentence otherwise (a lead is mostly the outlet's own, gold/GUIDE.md).
 */
static void propose_next(const struct rasdp_ctx *c, uint32_t s, struct cand *cs, size_t *n)
{
	const struct rasd_doc *d = c->d;
	const struct rasdp_sent *si = &c->si[s], *sn;
	struct rasd_srcref ref;
	struct cand *k;
	long cr;
	uint32_t e = s + 1;

	if (s + 1 >= d->nsents || si->speech)
		return;
	/* a sentence broken over lines speaks where it ends */
	while (e + 1 < d->nsents && wrapped_line(c, e - 1) && !c->si[e].own && e - s < 4)
		e++;
	sn = &c->si[e];
	cr = credit_line(c, s + 1);
	if (cr >= 0)
		mention_ref(c, (size_t)cr, &ref);
	else if (sn->own == 1 && (e == s + 1 || wrapped_line(c, e - 1)))
		ref = sn->src;
	else
		return;
	k = new_cand(cs, n, &ref);
	if (!k)
		return;
	k->x[SF_NEXT] = 1;
	k->x[SF_CREDIT] = (float)(cr >= 0);
	k->x[SF_WRAPPED] = (float)(cr < 0 && wrapped_line(c, s));
	k->x[SF_LEAD] = (float)(s == 0 || (s == 1 && c->si[0].headline));
	k->x[SF_PARA_BREAK] = (float)para_break(d, s, s + 1);
	k->x[SF_BACKGROUND] = (float)background_sentence(c, s);
}

/* Record the decision for `rasd train` (RASDP_EXTRACT_TRACE_SOURCES). */
static void trace(const struct rasdp_ctx *c, uint32_t tok, const struct cand *cs, size_t n,
		  size_t best)
{
	struct rasd_doc *d = c->d;
	struct rasdp_src_choice *ch;
	size_t i;

	ch = RASD_ARENA_PUSH(&d->arena, d->src_trace, d->nsrc_trace, d->src_trace_alloc);
	if (!ch)
		return;
	ch->start = d->toks[tok].start;
	ch->ncand = (uint32_t)n;
	ch->chosen = (uint32_t)best;
	ch->x = rasd_arena_alloc(&d->arena, n * SF__COUNT * sizeof(*ch->x));
	ch->id = rasd_arena_calloc(&d->arena, n, sizeof(*ch->id));
	ch->name = rasd_arena_calloc(&d->arena, n, sizeof(*ch->name));
	if (!ch->x || !ch->id || !ch->name) {
		d->nsrc_trace--;
		return;
	}
	for (i = 0; i < n; i++) {
		const struct rasd_srcref *r = &cs[i].ref;

		memcpy(ch->x + i * SF__COUNT, cs[i].x, sizeof(cs[i].x));
		if (r->source >= 0) {
			ch->id[i] = rasdp_lex_source(c->lx, (size_t)r->source)->id;
			ch->name[i] = source_name(c, r->source);
		} else if (r->outlet) {
			ch->id[i] = "outlet";
			ch->name[i] = d->outlet ? d->outlet : "outlet";
		} else {
			ch->name[i] = r->nchain ? r->chain[0] : NULL;
		}
	}
}

int rasdp_clause_speaker(const struct rasdp_ctx *c, const struct rasdp_sent *si, uint32_t tok,
			 struct rasd_srcref *ref)
{
	const struct rasd_model *m = &c->d->engine->models.m[RASD_DEC_SOURCE];
	uint32_t s = (uint32_t)(si - c->si);
	struct cand cs[MAX_CANDS];
	size_t n = 0, i, best = 0;
	double bs = 0;

	new_cand(cs, &n, &c->outlet)->x[SF_OUTLET] = 1;
	propose_here(c, s, tok, cs, &n);
	propose_carried(c, s, tok, cs, &n);
	propose_next(c, s, cs, &n);
	for (i = 0; i < n; i++) {
		double sc = rasdp_model_score(m, cs[i].x);

		if (i == 0 || sc > bs) {
			bs = sc;
			best = i;
		}
	}
	if (c->d->flags & RASDP_EXTRACT_TRACE_SOURCES)
		trace(c, tok, cs, n, best);
	if (rasdp_same_voice(&cs[best].ref, &si->src))
		return 0;
	*ref = cs[best].ref;
	return 1;
}
