/*
 * place_names.c - which names of a report are places at all, and the
 * country the report names most.
 *
 * The whole report is read first (rasdp_read_places(), before anything
 * reads a place): the gazetteer goes down to villages, whose names are
 * shared with other villages, with ordinary words and with places abroad,
 * so a name is a place only when the report allows it.  The country the
 * report names most gates every name (a Syrian namesake never stands for
 * a place in Yemen); a village needs its governorate or district named
 * near it, or a locative word ("قرية", "village of"); a Latin name needs
 * a capital and is none inside a longer capitalised name ("Bab Ghaliq")
 * or an actor's or outlet's name; the page's keywords and links after a
 * label ("Tags ...", "Related ...") name no place (page_furniture.c).  The names that are not places leave
 * d->matches.  The governorates and districts of the names kept are
 * counted (c->admins), and each place entry named once with how often
 * (c->places): what the rest of the report says for a place
 * (sentence_place.c, place_decision.c) is looked up there.
 */
#include <stdlib.h>
#include <string.h>

#include "extract/places_int.h"

#include "base/banned.h"

/* ---- the document's places: which names are places at all ------------ */

/*
 * Small sets and counts of place entries, per document: a report names a
 * few dozen places, so a linear search beats zeroing an array the size of
 * the gazetteer for every report.
 */
struct entry_set {
	uint32_t *e;
	size_t n;               /* room: the report's matches */
};

static int set_has(const struct entry_set *s, uint32_t e)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		if (s->e[i] == e)
			return 1;
	return 0;
}

static void set_add(struct entry_set *s, uint32_t e)
{
	if (!set_has(s, e))
		s->e[s->n++] = e;
}

/* One more place named in governorate or district `a` (c->admins has room for two a match). */
static void admin_add(struct rasdp_ctx *c, int32_t a)
{
	size_t i;

	for (i = 0; i < c->nadmins; i++)
		if (c->admins[i].place == a) {
			c->admins[i].n++;
			return;
		}
	c->admins[c->nadmins].place = a;
	c->admins[c->nadmins++].n = 1;
}

/* How many place names of the report are in governorate or district `a`. */
int32_t rasdp_admin_mentions(const struct rasdp_ctx *c, int32_t a)
{
	size_t i;

	for (i = 0; i < c->nadmins; i++)
		if (c->admins[i].place == a)
			return c->admins[i].n;
	return 0;
}

/* Countries told apart in one document (more are counted together as none). */
#define MAX_COUNTRIES 12

struct countries {
	char code[MAX_COUNTRIES][3];
	int score[MAX_COUNTRIES];
	int named[MAX_COUNTRIES];      /* names of it alone (any kind) */
	size_t n;
};

static int country_slot(struct countries *cs, const char *cc)
{
	size_t i;

	for (i = 0; i < cs->n; i++)
		if (!memcmp(cs->code[i], cc, 3))
			return (int)i;
	if (cs->n == MAX_COUNTRIES)
		return -1;
	memcpy(cs->code[cs->n], cc, 3);
	cs->score[cs->n] = 0;
	cs->named[cs->n] = 0;
	return (int)cs->n++;
}

/*
 * How strongly a name says which country a report is about: a country 3,
 * a governorate 2, a city 1; towns and villages say nothing (their names
 * are the ones in question).  Only names that need no context count.
 */
static int country_weight(const struct rasd_place *p)
{
	if (p->match != RASD_PLACE_MATCH_ALWAYS)
		return 0;
	switch (p->kind) {
	case RASD_PLACE_COUNTRY: return 3;
	case RASD_PLACE_GOVERNORATE: return 2;
	case RASD_PLACE_CITY: return 1;
	default: return 0;
	}
}

/*
 * Matches [i, j) of one span: what each country gets from its entries,
 * each entry once (`seen`, per place index, may be NULL).
 */
static void span_countries(const struct rasdp_ctx *c, size_t i, size_t j,
			   struct countries *cs, int *own, struct entry_set *seen)
{
	size_t k;

	memset(own, 0, MAX_COUNTRIES * sizeof(*own));
	for (k = i; k < j; k++) {
		uint32_t e = c->d->matches[k].entry;
		const struct rasd_place *p = rasdp_lex_place(c->lx, e);
		int w = country_weight(p), slot;

		if (!w || (seen && set_has(seen, e)) || (slot = country_slot(cs, p->country)) < 0)
			continue;
		if (seen)
			set_add(seen, e);
		own[slot] += w;
	}
}

/* End of the place span starting at match i: matches [i, j) share its tokens. */
static size_t span_end(const struct rasd_doc *d, size_t i)
{
	size_t j = i + 1;

	while (j < d->nmatches && d->matches[j].kind == RASD_LEX_PLACE &&
	       d->matches[j].tok_start == d->matches[i].tok_start &&
	       d->matches[j].tok_end == d->matches[i].tok_end)
		j++;
	return j;
}

/*
 * "قرية X", "بلدة X", "the village of X": a word naming what kind of place
 * follows, in its sentence (a title ending "... Damascus suburb" names no
 * kind of the next line's first word).
 */
int rasdp_locative_before(const struct rasd_doc *d, uint32_t t)
{
	if (t >= 1 && d->toks[t - 1].sent != d->toks[t].sent)
		return 0;
	if (t >= 1 && rasdp_cue(d, t - 1, RASD_CUE_LOCATIVE))
		return 1;
	return t >= 2 && rasdp_cue(d, t - 2, RASD_CUE_LOCATIVE) &&
	       rasdp_cue(d, t - 1, RASD_CUE_COMPASS_OF);
}

/* Is token `t` the Latin article ("al", "el", "Al")? */
static int latin_article(const struct rasd_doc *d, uint32_t t)
{
	size_t n;
	const char *w = rasdp_tok_norm(d, &d->toks[t], &n);

	return rasdp_latin_is_article(w, n);
}

/*
 * A Latin place name is a proper noun: its first word past an article is
 * capitalised ("al-Bab", "Jasim"); "has" is not the town of Has.  A part
 * of a country is named with the country's name: one capitalised word
 * ("eastern Syria", "Syria's north-west"); so is a name opening with a
 * point of the compass ("the southern suburbs of Beirut").  Arabic names
 * pass.
 */
static int latin_capitalised(const struct rasdp_ctx *c, const struct rasd_match *m)
{
	const struct rasd_doc *d = c->d;
	uint32_t t;

	if (rasdp_word_region(rasdp_lex_place(c->lx, m->entry)))
		return 1;   /* "the south": its country gates it (keep_places()) */
	if (rasdp_country_part(rasdp_lex_place(c->lx, m->entry)) ||
	    (m->tok_end - m->tok_start > 1 && rasdp_cue(d, m->tok_start, RASD_CUE_COMPASS))) {
		for (t = m->tok_start; t < m->tok_end; t++)
			if (!(d->toks[t].flags & RASD_TOKF_LATIN) || (d->toks[t].flags & RASD_TOKF_CAP))
				return 1;
		return 0;
	}
	for (t = m->tok_start; t < m->tok_end; t++) {
		const struct rasd_token *tk = &d->toks[t];

		if (tk->kind == RASD_TOK_PUNCT)
			continue;
		if (!(tk->flags & RASD_TOKF_LATIN))
			return 1;
		if (latin_article(d, t) && t + 1 < m->tok_end)
			continue;
		return (tk->flags & RASD_TOKF_CAP) != 0;
	}
	return 1;
}

/* A capitalised Latin word that no lexicon knows: part of a name rasd does not know. */
static int unknown_name_word(const struct rasd_doc *d, const uint8_t *known, uint32_t t)
{
	const struct rasd_token *tok = &d->toks[t];
	unsigned q;

	if (tok->kind != RASD_TOK_WORD || !(tok->flags & RASD_TOKF_CAP) || known[t])
		return 0;
	/* the English words of common.tsv are the matcher's, no cue: "Bakery" */
	if (d->cue && t < d->ntoks)     /* screened: every class of the token at once */
		return rasdp_cues_none_but(&d->cue_masks[d->cue[t]], RASD_CUE_COMMON);
	for (q = 0; q < RASD_CUE__COUNT; q++)
		if (q != RASD_CUE_COMMON && rasdp_cue(d, t, (enum rasd_cue)q))
			return 0;
	return 1;
}

/*
 * Is token `t` a name the lexicon knows with an "s" stuck on it: the
 * possessive of a text that drops its apostrophes ("Syrias Idlib" for
 * "Syria's Idlib", "Russias strikes")?  A country, a governorate or an
 * actor so written is a known word, not a part of a name rasd does not
 * know.  Not a town or a village: their names are people's too
 * ("Hamdans Idlib").
 */
static int known_with_s(const struct rasdp_ctx *c, uint32_t t)
{
	const struct rasd_token *tk = &c->d->toks[t];
	const char *w = c->d->text + tk->start;
	size_t n = tk->end - tk->start, i, ne;
	int32_t e[8];

	if (n < 4 || (w[n - 1] != 's' && w[n - 1] != 'S'))
		return 0;
	if (rasdp_lex_lookup(c->lx, RASD_LEX_ACTOR, w, n - 1) >= 0)
		return 1;
	ne = rasdp_lex_lookup_all(c->lx, RASD_LEX_PLACE, w, n - 1, e, 8);
	for (i = 0; i < ne; i++)
		if (rasdp_lex_place(c->lx, (size_t)e[i])->kind <= RASD_PLACE_GOVERNORATE)
			return 1;
	return 0;
}

/*
 * The first token of the Latin article written before token `t` ("al
 * Kirsh", "al-Qurayshi"), or `t` when there is none; never before `first`.
 */
static uint32_t article_start(const struct rasd_doc *d, uint32_t t, uint32_t first)
{
	uint32_t a = t;

	if (a > first + 1 && rasdp_tok_is_punct(d, a - 1, '-') &&
	    d->toks[a - 1].end == d->toks[a].start)
		a--;
	return a > first && latin_article(d, a - 1) ? a - 1 : t;
}

/* Capitalised words of four letters and more that make a line a title. */
#define TITLE_WORDS 4

/*
 * Is sentence `s` a title line: a line of its own whose every Latin word of
 * four letters or more is capitalised, TITLE_WORDS of them at least
 * ("Deadly Shelling at Harbour Market Kills Dozens")?  Its capitals make no
 * name longer.
 */
static int title_line(const struct rasd_doc *d, uint32_t s)
{
	const struct rasd_sentence *st = &d->sents[s];
	uint32_t t, caps = 0;

	if (st->tok_start >= st->tok_end || !rasdp_starts_line(d, st->tok_start) ||
	    (st->tok_end < d->ntoks && !rasdp_starts_line(d, st->tok_end)))
		return 0;
	for (t = st->tok_start; t < st->tok_end; t++) {
		const struct rasd_token *tk = &d->toks[t];

		if (tk->kind != RASD_TOK_WORD || !(tk->flags & RASD_TOKF_LATIN) ||
		    tk->end - tk->start < 4)
			continue;
		if (!(tk->flags & RASD_TOKF_CAP))
			return 0;
		caps++;
	}
	return caps >= TITLE_WORDS;
}

/*
 * Is place match `i` where the report was filed from: a dateline's place
 * (rasdp_dateline_match()), or the country named after it and a comma
 * ("BEIRUT, LEBANON (Reuters) -").
 */
static int filed_from(const struct rasdp_ctx *c, size_t i)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_match *m = &d->matches[i];
	size_t k;

	if (rasdp_dateline_match(d, m))
		return 1;
	if (rasdp_lex_place(c->lx, m->entry)->kind != RASD_PLACE_COUNTRY || m->tok_start < 2 ||
	    !rasdp_tok_is_punct(d, m->tok_start - 1, ','))
		return 0;
	for (k = i; k-- > 0 && d->matches[k].tok_end + 1 >= m->tok_start;)
		if (d->matches[k].kind == RASD_LEX_PLACE && d->matches[k].tok_end + 1 == m->tok_start &&
		    rasdp_dateline_match(d, &d->matches[k]))
			return 1;
	return 0;
}

/*
 * Is Latin place match `m` a part of a longer name that rasd does not know:
 * "Bab Ghaliq" (a quarter of Taizz) is not al-Bab, nor "Jabal al Kirsh" a
 * place named Kirsh.  A capitalised word right after it, or right before it
 * (past an article), that is no lexicon word and does not start its
 * sentence, makes the name longer.  With `before_only` only the word before
 * counts: a governorate's name is still where "Aleppo University" is, but
 * not in "Qasem Soleimani", where it stands as a family name.  Title lines
 * (the report's title, or a line of capitalised words: title_line()) are
 * written in capitals throughout and are let be.
 */
static int part_of_longer_name(const struct rasdp_ctx *c, const uint8_t *known,
			       const struct rasd_match *m, int before_only)
{
	const struct rasd_doc *d = c->d;
	uint32_t t = m->tok_start, first;
	const struct rasd_token *tk = &d->toks[t];

	if (!(tk->flags & RASD_TOKF_LATIN) || (d->title && tk->sent == 0) || title_line(d, tk->sent))
		return 0;
	first = d->sents[tk->sent].tok_start;
	if (!before_only && m->tok_end < d->sents[tk->sent].tok_end &&
	    unknown_name_word(d, known, m->tok_end))
		return 1;
	t = article_start(d, t, first);   /* "Jabal al Kirsh", "Abu Hassan al-Hashimi" */
	return t > first + 1 && unknown_name_word(d, known, t - 1) && !known_with_s(c, t - 1);
}

int rasdp_word_region(const struct rasd_place *p)
{
	return p->kind == RASD_PLACE_REGION && p->match == RASD_PLACE_MATCH_CUE && p->admin1 >= 0;
}

/* Is place entry `qi` place entry `pi` or one of the areas that hold it? */
int rasdp_within(const struct rasd_lexicon *lx, uint32_t pi, uint32_t qi)
{
	const struct rasd_place *p = rasdp_lex_place(lx, pi), *q = rasdp_lex_place(lx, qi);

	return pi == qi || p->admin1 == (int32_t)qi || p->admin2 == (int32_t)qi ||
	       p->admin3 == (int32_t)qi ||
	       (q->kind == RASD_PLACE_COUNTRY && !strcmp(p->country, q->country));
}

/*
 * Are tokens `t` and `t + 1` written as one word joined by hyphens
 * ("Binnish-Idlib", "Homs-Hama"), with no space between?
 */
int rasdp_hyphened(const struct rasd_doc *d, uint32_t t)
{
	uint32_t i;

	if (t + 1 >= d->ntoks || d->toks[t].end >= d->toks[t + 1].start)
		return 0;
	for (i = d->toks[t].end; i < d->toks[t + 1].start; i++)
		if (d->text[i] != '-')
			return 0;
	return 1;
}

/*
 * Two Latin place names side by side with nothing but an article between
 * them, neither holding the other, are a person's name: "Qasem Soleimani",
 * the family names of "al-Hashimi al-Qurayshi" name no two towns.  "Aleppo
 * Syria" (a place and its country) is let be, and so are two places
 * joined by a hyphen: the ends of a road or a front ("the Binnish-Idlib
 * road", "the Homs-Hama highway").
 * NEEDSWORK: it asks reading by reading, so one reading of a name (Ariha
 * is also Jericho; Idlib's and Ariha's districts are siblings) makes
 * "Idlib Ariha" a person.  Asking whether any pair of readings nest lost
 * a dev report ("Idlib's Maarrat al-Numan county") and won no FA-KES one
 * once a name holds only where it stands.
 */
static int beside_other_place(const struct rasdp_ctx *c, size_t i)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_match *m = &d->matches[i];
	size_t k;

	uint32_t first, from;

	if (!(d->toks[m->tok_start].flags & RASD_TOKF_LATIN))
		return 0;
	first = d->sents[d->toks[m->tok_start].sent].tok_start;
	from = article_start(d, m->tok_start, first);
	/* the matches ending where it (or its article) starts, or starting where it ends */
	for (k = rasdp_match_reaching(c, from);
	     k < d->nmatches && d->matches[k].tok_start <= m->tok_end + 2; k++) {
		const struct rasd_match *o = &d->matches[k];

		/*
		 * article_start() is at most two tokens back: a match starting
		 * before m's end cannot have its article start there (most
		 * matches of the window, so it is not asked of them).
		 */
		if (o->kind != RASD_LEX_PLACE ||
		    (o->tok_start != m->tok_end && o->tok_end != m->tok_start && o->tok_end != from &&
		     (o->tok_start < m->tok_end || article_start(d, o->tok_start, first) != m->tok_end)))
			continue;
		if (!(d->toks[o->tok_start].flags & RASD_TOKF_CAP) ||
		    d->toks[o->tok_start].sent != d->toks[m->tok_start].sent)
			continue;
		if ((o->tok_start == m->tok_end && rasdp_hyphened(d, m->tok_end - 1)) ||
		    (o->tok_end == m->tok_start && rasdp_hyphened(d, o->tok_end - 1)))
			continue;
		if (!rasdp_within(c->lx, m->entry, o->entry) && !rasdp_within(c->lx, o->entry, m->entry))
			return 1;
	}
	return 0;
}

uint32_t rasdp_member_before(const struct rasd_doc *d, uint32_t t, int conj)
{
	uint32_t end;
	size_t k;

	if (rasdp_waw_clitic(d, t))
		end = t;
	else if (t >= 1 && (rasdp_cue(d, t - 1, RASD_CUE_CONJUNCTION) ||
			    (!conj && rasdp_tok_is_punct(d, t - 1, ','))))
		end = t - 1 >= 1 && rasdp_tok_is_punct(d, t - 2, ',') ? t - 2 : t - 1;
	else
		return UINT32_MAX;
	/* the member before: a place name ending where the joint starts */
	for (k = rasdp_match_from(d, end > 4 ? end - 4 : 0); k < d->nmatches &&
	     d->matches[k].tok_start < end; k++)
		if (d->matches[k].kind == RASD_LEX_PLACE && d->matches[k].tok_end == end)
			return d->matches[k].tok_start;
	return UINT32_MAX;
}

/*
 * Is match `m` inside an actor or source name: "Sham" in "Hay'at Tahrir
 * al-Sham", a village named like an outlet ("Al Jazira")?  With `exact`
 * (a name that needs no context) only a name of exactly its words counts:
 * "SANA" is the agency, not Sanaa, while "Daraa" in "Daraa Central
 * Committee" still says where.  A name a word of its kind stands before
 * ("the town of X", "مدينة X") is the place whatever else is named so.
 */
static int inside_name(const struct rasdp_ctx *c, const struct rasd_match *m, int exact)
{
	const struct rasd_doc *d = c->d;
	size_t i;

	/* the names that may reach over its last token */
	for (i = rasdp_match_reaching(c, m->tok_end);
	     i < d->nmatches && d->matches[i].tok_start <= m->tok_start; i++) {
		const struct rasd_match *o = &d->matches[i];

		if ((o->kind != RASD_LEX_ACTOR && o->kind != RASD_LEX_SOURCE) ||
		    o->tok_end < m->tok_end)
			continue;
		/*
		 * "the town of Mayadeen": a word of its kind says a place, not
		 * the outlet; so does "and" after another place ("in Deir
		 * ez-Zor and al-Mayadeen", "في دير الزور والميادين"), unless a
		 * reporting verb follows ("... and Al Mayadeen reported")
		 */
		if (o->tok_start == m->tok_start && (rasdp_locative_before(d, m->tok_start) ||
						     (rasdp_member_before(d, m->tok_start, 1) != UINT32_MAX &&
						      !rasdp_speech_at(c, o->tok_end, 0))))
			continue;
		if (!exact || (o->tok_start == m->tok_start && o->tok_end == m->tok_end))
			return 1;
	}
	return 0;
}

/* Sentences around a village's name where its governorate or district counts. */
#define CONTEXT_SENTS 1

/*
 * Is the governorate or district of place `p` named near span [i, j) (in
 * its sentence or the ones next to it), other than by the span itself?
 * Only names that need no context count.
 */
static int admin_named(const struct rasdp_ctx *c, size_t i, size_t j, const struct rasd_place *p)
{
	const struct rasd_doc *d = c->d;
	uint32_t s = d->toks[d->matches[i].tok_start].sent;
	uint32_t lo = s > CONTEXT_SENTS ? s - CONTEXT_SENTS : 0, hi = s + CONTEXT_SENTS;
	/* sentences hold runs of tokens in order: past sentence hi is past its last token */
	uint32_t stop = hi < d->nsents ? d->sents[hi].tok_end : UINT32_MAX;
	size_t k;

	/* from the first match of sentence lo on */
	for (k = rasdp_match_from(d, d->sents[lo].tok_start); k < d->nmatches; k++) {
		const struct rasd_match *m = &d->matches[k];
		const struct rasd_place *q;

		if (m->tok_start >= stop)
			break;
		if (m->kind != RASD_LEX_PLACE || (k >= i && k < j) ||
		    m->tok_start == d->matches[i].tok_start)
			continue;
		q = rasdp_lex_place(c->lx, m->entry);
		if (q->match != RASD_PLACE_MATCH_ALWAYS)
			continue;
		if ((p->admin1 >= 0 && (q->admin1 == p->admin1)) ||
		    (p->admin2 >= 0 && q->admin2 == p->admin2))
			return 1;
	}
	return 0;
}

static int by_entry(const void *a, const void *b)
{
	const struct rasdp_named_place *x = a, *y = b;

	if (x->entry != y->entry)
		return x->entry < y->entry ? -1 : 1;
	return x->at < y->at ? -1 : x->at > y->at;
}

/*
 * The place entries the report names, each once with its first token and
 * how often (c->places): what the rest of the report says for a place is
 * looked up there, not in every match again.  0 or RASD_ENOMEM.
 */
static int index_places(struct rasdp_ctx *c)
{
	struct rasd_doc *d = c->d;
	size_t i, n = 0, o = 0;

	c->nplaces = 0;
	c->places = rasd_arena_alloc(&d->arena, (d->nmatches ? d->nmatches : 1) * sizeof(*c->places));
	if (!c->places)
		return RASD_ENOMEM;
	for (i = 0; i < d->nmatches; i++) {
		if (d->matches[i].kind != RASD_LEX_PLACE)
			continue;
		c->places[n].entry = (int32_t)d->matches[i].entry;
		c->places[n].at = d->matches[i].tok_start;
		c->places[n].n = 1;
		c->places[n].elsewhere = 0;
		n++;
	}
	qsort(c->places, n, sizeof(*c->places), by_entry);
	for (i = 0; i < n; i++) {
		if (o && c->places[o - 1].entry == c->places[i].entry) {
			c->places[o - 1].n++;
			c->places[o - 1].elsewhere |= c->places[i].at != c->places[o - 1].at;
			continue;
		}
		c->places[o++] = c->places[i];
	}
	c->nplaces = o;
	return 0;
}

/*
 * What the phases of rasdp_read_places() share: the tokens any lexicon
 * names, the entries seen as a part of a longer name, the countries the
 * report names by places, and which matches are kept.
 */
struct read_places {
	uint8_t *known;                /* per token: a lexicon names it */
	unsigned char *keep;           /* per match: it stays */
	struct entry_set counted;      /* entries counted for their country */
	unsigned char *name_here;      /* per match: a part of a longer name where it stands */
	struct entry_set part_name;    /* entries a part of a longer name wherever named */
	struct countries cs;
	int own[MAX_COUNTRIES];        /* what a span's entries give */
	int top;                       /* the report's country, or -1 */
};

/* The most tokens one match spans (c->match_span). */
static void measure_matches(struct rasdp_ctx *c)
{
	const struct rasd_doc *d = c->d;
	size_t i;

	c->match_span = 0;
	for (i = 0; i < d->nmatches; i++)
		if (d->matches[i].tok_end - d->matches[i].tok_start > c->match_span)
			c->match_span = d->matches[i].tok_end - d->matches[i].tok_start;
}

/* The tokens any lexicon names, and the place names seen inside longer names. */
static void find_part_names(struct rasdp_ctx *c, struct read_places *r)
{
	const struct rasd_doc *d = c->d;
	uint8_t *known = r->known;
	size_t i;

	/* The tokens any lexicon names. */
	for (i = 0; i < d->nmatches; i++) {
		const struct rasd_match *m = &d->matches[i];
		uint32_t t;

		for (t = m->tok_start; t < m->tok_end; t++)
			known[t] = 1;
	}
	for (i = 0; i < d->nmatches; i++) {
		const struct rasd_match *m = &d->matches[i];
		const struct rasd_place *p;

		if (m->kind != RASD_LEX_PLACE)
			continue;
		p = rasdp_lex_place(c->lx, m->entry);
		r->name_here[i] = p->kind >= RASD_PLACE_GOVERNORATE && p->kind <= RASD_PLACE_NEIGHBOURHOOD &&
				  (part_of_longer_name(c, known, m, p->kind == RASD_PLACE_GOVERNORATE) ||
				   beside_other_place(c, i));
	}
	/*
	 * A name seen as a part of a longer one ("Reza Karimi") is that name
	 * wherever the report repeats it ("Karimi said"); not a governorate,
	 * which a report names as a place far more often than a person carries
	 * it (one "Syrias Idlib" or "Tags Aleppo Idlib" would throw out every
	 * "in Idlib"), nor a name the report writes elsewhere after a word of
	 * its kind ("the town of Nawa").  Those are a name only where they stand.
	 */
	for (i = 0; i < d->nmatches; i++) {
		const struct rasd_match *m = &d->matches[i];

		if (r->name_here[i] &&
		    rasdp_lex_place(c->lx, m->entry)->kind != RASD_PLACE_GOVERNORATE)
			set_add(&r->part_name, m->entry);
	}
	for (i = 0; i < d->nmatches; i++) {
		const struct rasd_match *m = &d->matches[i];
		size_t k;

		if (m->kind != RASD_LEX_PLACE || r->name_here[i] || !set_has(&r->part_name, m->entry) ||
		    !rasdp_locative_before(d, m->tok_start))
			continue;
		for (k = 0; k < r->part_name.n; k++)
			if (r->part_name.e[k] == m->entry)
				r->part_name.e[k] = r->part_name.e[--r->part_name.n];
	}
}

/*
 * Is place match `i` part of a longer place name of another country
 * ("الزاوية" of "جبل الزاوية", a region of Idlib, not the Libyan city)?
 * It names no country.
 */
static int inside_longer_place(const struct rasdp_ctx *c, size_t i)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_match *m = &d->matches[i];
	size_t k;

	for (k = rasdp_match_reaching(c, m->tok_start); k < d->nmatches &&
	     d->matches[k].tok_start <= m->tok_start; k++) {
		const struct rasd_match *o = &d->matches[k];

		if (o->kind == RASD_LEX_PLACE && o->tok_end >= m->tok_end &&
		    o->tok_end - o->tok_start > m->tok_end - m->tok_start &&
		    memcmp(rasdp_lex_place(c->lx, o->entry)->country,
			   rasdp_lex_place(c->lx, m->entry)->country, 3))
			return 1;
	}
	return 0;
}

/*
 * Does the place name of match `i` say which country the report is about?
 * Names that need no context and are names where they stand: "hit" is no
 * Iraqi town, nor "Sham" in "Hay'at Tahrir al-Sham" Damascus; where fire
 * came from ("rockets fired from Lebanon hit ...") is not the country the
 * report is about.
 */
static int tells_country(struct rasdp_ctx *c, const struct read_places *r, size_t i)
{
	const struct rasd_match *m = &c->d->matches[i];

	if (!latin_capitalised(c, m) || inside_name(c, m, 1) || filed_from(c, i) ||
	    inside_longer_place(c, i) || rasdp_fire_origin(c->d, m))
		return 0;
	if (c->d->toks[m->tok_start].flags & RASD_TOKF_LATIN) {
		/* find_part_names() asked the same of a place below a governorate */
		unsigned kind = rasdp_lex_place(c->lx, m->entry)->kind;
		int asked = kind > RASD_PLACE_GOVERNORATE && kind <= RASD_PLACE_NEIGHBOURHOOD;

		if (asked ? r->name_here[i]
			  : part_of_longer_name(c, r->known, m, 0) || beside_other_place(c, i))
			return 0;
	}
	return 1;
}

/*
 * The countries of namesakes [i, j) the report's other names place it in
 * (cs->named): a bit per country slot, 0 when they place it in none or
 * the name's places named wherever they stand are of one country (a
 * village of one name, "Gaza" of a Syrian plain, needs more).
 */
static unsigned namesake_countries(const struct rasdp_ctx *c, struct countries *cs,
				   size_t i, size_t j)
{
	unsigned of = 0, named = 0;
	size_t k;

	for (k = i; k < j; k++) {
		const struct rasd_place *p = rasdp_lex_place(c->lx, c->d->matches[k].entry);
		int slot = country_slot(cs, p->country);

		if (slot < 0)
			continue;
		of |= p->match == RASD_PLACE_MATCH_ALWAYS ? 1u << slot : 0;
		named |= cs->named[slot] > 0 ? 1u << slot : 0;
	}
	return (of & (of - 1)) ? named : 0;
}

/* Name [i, j) of one country is one more of its names, if it needs no context. */
static void name_country(const struct rasdp_ctx *c, struct countries *cs, size_t i, size_t j)
{
	size_t k;

	for (k = i; k < j; k++) {
		const struct rasd_place *p = rasdp_lex_place(c->lx, c->d->matches[k].entry);
		int slot;

		if (p->match != RASD_PLACE_MATCH_ALWAYS)
			continue;
		if ((slot = country_slot(cs, p->country)) >= 0)
			cs->named[slot]++;
		return;
	}
}

/*
 * The countries the report names (r->cs), from the names tells_country()
 * lets speak: first the names of one country, each of any kind counted in
 * cs->named, those needing no context in cs->score; then a name places
 * of several countries share ("Ariha" of Idlib and of the West Bank)
 * counts for those of its countries the others name, or for all of them
 * when they name none.  `shared` picks the pass; whether the report has
 * names of the other pass is returned.
 */
static int count_countries(struct rasdp_ctx *c, struct read_places *r, int shared)
{
	const struct rasd_doc *d = c->d;
	struct countries *cs = &r->cs;
	size_t i, j, k;
	int other = 0;

	for (i = 0; i < d->nmatches; i = j) {
		unsigned of = 0;

		if (d->matches[i].kind != RASD_LEX_PLACE) {
			j = i + 1;
			continue;
		}
		j = span_end(d, i);
		if (shared == rasdp_one_country(c, i, j)) {
			other = 1;
			continue;
		}
		if (!tells_country(c, r, i))
			continue;
		if (shared)
			of = namesake_countries(c, cs, i, j);
		else
			name_country(c, cs, i, j);
		/* Each place once: a town named twice is no second country. */
		span_countries(c, i, j, cs, r->own, &r->counted);
		for (k = 0; k < cs->n; k++)
			if (!of || (of & (1u << k)))
				cs->score[k] += r->own[k];
	}
	return other;
}

/*
 * The country the report names most (r->top, or -1 when two are named as
 * often), from its place names that need no context.
 */
static void report_country(struct rasdp_ctx *c, struct read_places *r)
{
	struct countries *cs = &r->cs;
	size_t k;

	if (count_countries(c, r, 0))
		count_countries(c, r, 1);
	for (k = 0; k < cs->n; k++)
		if (cs->score[k] > 0 && (r->top < 0 || cs->score[k] > cs->score[r->top]))
			r->top = (int)k;
	/* Two countries named as often: neither gates the other. */
	for (k = 0; r->top >= 0 && k < cs->n; k++)
		if ((int)k != r->top && cs->score[k] == cs->score[r->top])
			r->top = -1;
}

/* Members back from a name a plural word of their kind may stand before the list. */
#define KIND_LIST_MEMBERS 8

/*
 * Is the place name at match `i` a member of a list a word of its kind
 * heads ("the villages of Sarja, Bsanqul and Kafr Lata", "قرى سرجة وبسنقول"):
 * back over joints and place names to the kind word?
 */
static int listed_after_kind(const struct rasd_doc *d, size_t i)
{
	uint32_t t = d->matches[i].tok_start;
	size_t n;

	for (n = 0; n < KIND_LIST_MEMBERS; n++) {
		if (rasdp_locative_before(d, t))
			return 1;
		t = rasdp_member_before(d, t, 0);
		if (t == UINT32_MAX)
			return 0;
	}
	return 0;
}

/*
 * Is the everyday word of region `p` (rasdp_word_region()) its country's
 * region here: every country, governorate and city the report names is
 * of that country, and it names one at least ("the south" of a report on
 * Lebanon is its South Governorate; of a report naming Israel too, no
 * place)?
 */
static int region_of_report(const struct read_places *r, const struct rasd_place *p, int slot)
{
	const struct countries *cs = &r->cs;
	size_t k;

	if (!rasdp_word_region(p) || slot < 0 || r->top != slot)
		return 0;
	for (k = 0; k < cs->n; k++)
		if ((int)k != slot && cs->score[k] > 0)
			return 0;
	return 1;
}

/* Which of the entries of each place name stay (r->keep): see rasdp_read_places(). */
static void keep_places(struct rasdp_ctx *c, struct read_places *r)
{
	const struct rasd_doc *d = c->d;
	struct countries *cs = &r->cs;
	int *own = r->own;
	size_t i, j, k;

	for (i = 0; i < d->nmatches; i = j) {
		const struct rasd_match *m = &d->matches[i];
		int best = -1;
		unsigned of;

		if (m->kind != RASD_LEX_PLACE) {
			r->keep[i] = 1;
			j = i + 1;
			continue;
		}
		j = span_end(d, i);
		of = rasdp_one_country(c, i, j) ? 0 : namesake_countries(c, cs, i, j);
		span_countries(c, i, j, cs, own, NULL);
		/* The country of this name: the best named of its entries' countries. */
		for (k = i; k < j; k++) {
			int slot = country_slot(cs, rasdp_lex_place(c->lx, d->matches[k].entry)->country);

			if (slot >= 0 && (!of || (of & (1u << slot))) &&
			    (best < 0 || cs->score[slot] > cs->score[best]))
				best = slot;
		}
		for (k = i; k < j; k++) {
			const struct rasd_place *p = rasdp_lex_place(c->lx, d->matches[k].entry);
			int slot = country_slot(cs, p->country);

			/* a namesake is of the countries the report's other names are of */
			if (slot < 0 || (of && !(of & (1u << slot))) ||
			    (best >= 0 && cs->score[slot] < cs->score[best]))
				continue;
			/* A country named nowhere else, while another one is, but by a town placed there. */
			if (r->top >= 0 && slot != r->top && cs->score[slot] - own[slot] <= 0 &&
			    !rasdp_border_place(c, i, j))
				continue;
			if (p->match == RASD_PLACE_MATCH_CUE && !rasdp_locative_before(d, m->tok_start) &&
			    !listed_after_kind(d, i) && !region_of_report(r, p, slot))
				continue;
			if (p->match == RASD_PLACE_MATCH_CONTEXT && !rasdp_locative_before(d, m->tok_start) &&
			    !admin_named(c, i, j, p) && !listed_after_kind(d, i))
				continue;
			if (!latin_capitalised(c, m))
				continue;
			if ((r->name_here[k] || set_has(&r->part_name, d->matches[k].entry)) &&
			    (d->toks[m->tok_start].flags & RASD_TOKF_LATIN))
				continue;
			if (inside_name(c, m, p->match == RASD_PLACE_MATCH_ALWAYS))
				continue;
			r->keep[k] = 1;
		}
	}
}

/* The governorates and districts of the places kept (c->admins). */
static void count_admins(struct rasdp_ctx *c)
{
	const struct rasd_doc *d = c->d;
	size_t i;

	/* Governorates and districts named steer the choice among same-name places. */
	for (i = 0; i < d->nmatches; i++) {
		const struct rasd_match *m = &d->matches[i];
		const struct rasd_place *p;
		int32_t g;

		if (m->kind != RASD_LEX_PLACE)
			continue;
		p = rasdp_lex_place(c->lx, m->entry);
		g = rasdp_lex_governorate(c->lx, (int32_t)m->entry);
		if (g >= 0)
			admin_add(c, g);
		if (p->admin2 >= 0 && p->kind <= RASD_PLACE_DISTRICT)
			admin_add(c, p->admin2);
	}
}

/*
 * Which place names of the report are places, before anything reads them
 * (the others are dropped from d->matches):
 *
 * - the report's country gates every name: of the entries of one name the
 *   ones in the country the report names most are kept ("Ath Thawrah" in a
 *   report on Taizz is Taizz's), and a place in a country the report names
 *   nowhere else is dropped when another country is named; a name places
 *   of several countries share is of those of its countries the report's
 *   other names are of, when they are of any (count_countries());
 * - a village or neighbourhood (places.tsv `match` context) needs its
 *   governorate or district named near it (its sentence or the next to
 *   it: CONTEXT_SENTS), or a locative
 *   word before it ("قرية", "the village of"); a name that is also an
 *   ordinary word (`match` cue) needs the locative word;
 * - a name in Latin script needs a capital (latin_capitalised());
 * - a Latin name inside a longer capitalised name is no match, there
 *   and wherever the report repeats it ("Reza Karimi" ... "Karimi said"); a
 *   village's name inside an actor's or a source's is the name's.
 *
 * Then the governorates and districts of the places kept are counted
 * (c->admins): they
 * steer the choice among same-name places (rasdp_choose_place()).
 */
int rasdp_read_places(struct rasdp_ctx *c)
{
	struct rasd_doc *d = c->d;
	size_t n = d->nmatches ? d->nmatches : 1, i, o;
	struct read_places r = { .cs = { .n = 0 }, .top = -1 };

	rasdp_drop_page_furniture(d);
	r.known = rasd_arena_calloc(&d->arena, d->ntoks ? d->ntoks : 1, 1);
	r.keep = rasd_arena_calloc(&d->arena, n, 1);
	r.name_here = rasd_arena_calloc(&d->arena, n, 1);
	r.counted.e = rasd_arena_alloc(&d->arena, n * sizeof(uint32_t));
	r.part_name.e = rasd_arena_alloc(&d->arena, n * sizeof(uint32_t));
	measure_matches(c);
	c->admins = rasd_arena_alloc(&d->arena, 2 * n * sizeof(*c->admins));
	c->nadmins = 0;
	if (!r.known || !r.keep || !r.name_here || !r.counted.e || !r.part_name.e || !c->admins)
		return RASD_ENOMEM;
	find_part_names(c, &r);
	report_country(c, &r);
	keep_places(c, &r);
	for (i = o = 0; i < d->nmatches; i++)
		if (r.keep[i])
			d->matches[o++] = d->matches[i];
	d->nmatches = o;
	c->country[0] = '\0';
	if (r.top >= 0)
		memcpy(c->country, r.cs.code[r.top], 3);
	/* the phases' tables are theirs alone: 10 bytes a match and 1 a token */
	rasd_arena_free(&d->arena, r.known, d->ntoks ? d->ntoks : 1);
	rasd_arena_free(&d->arena, r.keep, n);
	rasd_arena_free(&d->arena, r.name_here, n);
	rasd_arena_free(&d->arena, r.counted.e, n * sizeof(uint32_t));
	rasd_arena_free(&d->arena, r.part_name.e, n * sizeof(uint32_t));
	count_admins(c);
	return index_places(c);
}
