/*
 * figures_members.c - what a sentence counts: its numbers that count
 * people (is_count()), the persons it names without a numeral, and the
 * duals of persons, each read into a member of struct counting
 * (figures_int.h) in token order.  Which casualty word binds a member is
 * figures_casualty.c's; which member is no figure, figures_excluded.c's.
 *
 * People are counted without a numeral too.  A person is a noun naming
 * one ("مقتل شاب", "a soldier was wounded", "القيادي", a suicide who
 * "blew himself up") or "one of" a group ("أحد عناصر الشرطة"); with a
 * casualty word beside it, it is a count of one.
 *
 * A dual noun counts two ("قتل شقيقان"): morphology, closed like the
 * clitics (the endings below), read only in a sentence with a casualty
 * word, and only where the lexicon names one person of its stem.
 */
#include <string.h>

#include "extract/figures_int.h"

#include "base/banned.h"

/*
 * The conjunction proclitic: "وثلاثة", "ومدني" join a list.  A clitic is
 * morphology, closed like the tokeniser's proclitic table (text/segment.c),
 * not a word list (docs/DESIGN.md); the free-standing conjunction ("و",
 * "and") is the cue class `conjunction`.
 */
#define WAW "و"

/*
 * The dual endings of a noun, morphology closed like the clitics: the
 * nominative "ان" and the oblique "ين", written "تان", "تين" after a
 * feminine noun's ة (normalised ه: "طفلة", "طفلتان"), and without their
 * ن before a pronoun ("طفلاه", his two children).  A noun ending in
 * "ين" may also be a masculine sound plural ("مدنيين", civilians) when
 * its singular can take one: a nisba ending in ي, a participle opening
 * with م, a فاعل (a second letter ا).  "وا" ends a plural verb, a lone
 * "ا" a dual one ("أصيبا"), and "هما" is the dual pronoun ("حتفهما").
 */
static const struct {
	const char *s;
	uint8_t obl;      /* the oblique "ي", which a plural may share */
} dual_endings[] = {
	{"ان", 0}, {"ين", 1},
	/* before a pronoun the ن falls: "طفلاه", "شقيقيها" */
	{"اهما", 0}, {"اهم", 0}, {"اها", 0}, {"اه", 0},
	{"يهما", 1}, {"يهم", 1}, {"يها", 1}, {"يه", 1},
};
/* the letters the endings close on */
static const char *const dual_last[] = {"ن", "ه", "ا", "م"};
#define FEM_T "ت"
#define TA_MARBUTA "ه"
#define NISBA "ي"
#define PARTICIPLE "م"
#define ALEF "ا"
#define PLURAL_VERB "وا"
#define DUAL_PRONOUN "هما"
#define WAW_HAMZA_ABOVE "وأ"
#define WAW_HAMZA_BELOW "وإ"

/*
 * Is token `t` the article standing alone before a number ("الـ55", or
 * drawn out apart from it: "لليوم الـ 116")?  The article is no word of
 * its own, so written alone it belongs to the number after it, with a
 * space or without.
 */
static int bare_article(const struct rasd_doc *d, uint32_t t)
{
	size_t len;
	const char *s;

	if (t >= d->ntoks || d->toks[t].kind != RASD_TOK_WORD)
		return 0;
	s = rasdp_tok_norm(d, &d->toks[t], &len);
	return len == strlen(ARTICLE) && !memcmp(s, ARTICLE, len);
}

/* Is number `n` four digits of a year (one token, 1900 to 2100)? */
static int year_digits(const struct rasd_number *n)
{
	return !n->words && n->value >= 1900 && n->value <= 2100 && n->tok_end == n->tok_start + 1;
}

/* Is number `n` a day of the month in digits? */
static int day_digits(const struct rasd_number *n)
{
	return !n->words && n->value >= 1 && n->value <= 31 && n->tok_end == n->tok_start + 1;
}

/*
 * Is number `n` part of a day written with no comma ("February 23 2015",
 * "Jul 30 2015"), which the date reader leaves unread: a day's number in
 * digits right before four digits of a year, or that year?  Two numbers
 * side by side are never a count and its noun.
 */
static int day_and_year(const struct rasd_doc *d, const struct rasd_number *n)
{
	const struct rasd_number *o;

	if (year_digits(n) && n->tok_start > 0) {
		o = rasdp_number_at(d, n->tok_start - 1);
		if (o && o != n && o->tok_end == n->tok_start && day_digits(o))
			return 1;
	}
	if (day_digits(n) && n->tok_end < d->ntoks) {
		o = rasdp_number_at(d, n->tok_end);
		if (o && o != n && o->tok_start == n->tok_end && year_digits(o))
			return 1;
	}
	return 0;
}

/*
 * Does an age cue stand right before token `t`, or across one preposition
 * ("aged 4", "the age of eight", "aged from four to 10", "بعمر 7")?
 */
static int age_before(const struct rasd_doc *d, uint32_t t)
{
	return (t >= 1 && rasdp_cue(d, t - 1, RASD_CUE_AGE)) ||
	       (t >= 2 && rasdp_cue(d, t - 2, RASD_CUE_AGE) &&
		(rasdp_cue(d, t - 1, RASD_CUE_PART_PREP) || rasdp_cue(d, t - 1, RASD_CUE_FROM)));
}

/*
 * Is number `n` an age: after an age cue, or joined by "and"/"و" to a
 * number that is ("ages of 4 and 10", "بعمر 7 و9 سنوات")?  It counts no
 * one, and is no member at all: a count skipped in a list would still
 * part its neighbours.
 */
int rasdp_is_age(const struct rasd_doc *d, const struct rasd_number *n)
{
	const struct rasd_number *before;
	uint32_t t = n->tok_start;

	if (age_before(d, t))
		return 1;
	/* one number back across the conjunction, a token of its own or "و" on the number */
	if (t >= 1 && rasdp_cue(d, t - 1, RASD_CUE_CONJUNCTION))
		t--;
	else if (!n->conj)
		return 0;
	before = t >= 1 ? rasdp_number_at(d, t - 1) : NULL;
	return before && before != n && age_before(d, before->tok_start);
}

/*
 * Does number `n` count (a date, an ordinal, a percentage, a year after "a", a number with
 * the article written onto it, an age does not)?
 */
int rasdp_is_count(const struct rasd_doc *d, const struct rasd_number *n)
{
	if (n->in_date || n->ordinal || n->percent || day_and_year(d, n) || rasdp_is_age(d, n))
		return 0;
	/* "a 2014 massacre": four digits after "a" name a year, not a count */
	if (year_digits(n) && n->tok_start > 0 && rasdp_cue(d, n->tok_start - 1, RASD_CUE_INDEFINITE))
		return 0;
	if (n->tok_start > 0 && bare_article(d, n->tok_start - 1))
		return 0;
	if (n->value <= 0 || n->value > 1000000)
		return 0;
	return 1;
}

/*
 * Does the word at token `t` carry the proclitic و: its keys peel a prefix
 * off and the prefix is و?  (A number says so itself: "واحد" is no
 * "و" + "احد", rasd_number.conj.)
 */
int rasdp_waw_clitic(const struct rasd_doc *d, uint32_t t)
{
	size_t len;
	const char *s;

	if (t >= d->ntoks || d->toks[t].kind != RASD_TOK_WORD || d->toks[t].nkeys < 2)
		return 0;
	s = rasdp_tok_norm(d, &d->toks[t], &len);
	return len > strlen(WAW) && !memcmp(s, WAW, strlen(WAW));
}

/* Is the word at token `t`, or number `n` starting there, joined to what precedes by و/and? */
int rasdp_conj_before(const struct rasd_doc *d, uint32_t t, const struct rasd_number *n)
{
	if (t > 0 && rasdp_cue(d, t - 1, RASD_CUE_CONJUNCTION))
		return 1;
	return n ? n->conj : rasdp_waw_clitic(d, t);
}

/*
 * Does a word starting at token `start` follow one ending at `end` (one
 * past its last token), right after it or across a conjunction ("مقتل
 * وإصابة", "killed or wounded")?
 */
int rasdp_word_follows(const struct rasd_doc *d, uint32_t end, uint32_t start)
{
	return start == end || (start == end + 1 && rasdp_cue(d, end, RASD_CUE_CONJUNCTION));
}

/* Is token `t` inside a number expression? */
const struct rasd_number *rasdp_number_at(const struct rasd_doc *d, uint32_t t)
{
	size_t i = rasdp_num_from(d, t);

	/* numbers are in token order and never overlap: the one at t or the one before */
	if (i < d->nnums && d->nums[i].tok_start == t)
		return &d->nums[i];
	if (i > 0 && t < d->nums[i - 1].tok_end)
		return &d->nums[i - 1];
	return NULL;
}

/* Does a casualty word start in tokens [a, b) of sentence `s`? */
int rasdp_casualty_in(const struct rasdp_ctx *c, const struct rasdp_sent *s, uint32_t a,
		      uint32_t b)
{
	size_t i;

	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);

		if (m->kind == RASD_LEX_CASUALTY && m->tok_start >= a && m->tok_start < b)
			return 1;
	}
	return 0;
}

/* Does a group of people ("مدنيين", "civilians") start at token `t`? */
int rasdp_people_at(const struct rasdp_ctx *c, const struct rasdp_sent *s, uint32_t t)
{
	size_t i;

	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);

		if (m->kind == RASD_LEX_GROUP && m->tok_start == t &&
		    strcmp(rasdp_lex_group(c->lx, m->entry)->id, "things"))
			return 1;
	}
	return 0;
}

/* Is word `t` joined to the word before it by a hyphen alone ("Kurdish-led")? */
int rasdp_hyphen_joined(const struct rasd_doc *d, uint32_t t)
{
	return t > 0 && d->toks[t].kind == RASD_TOK_WORD && d->toks[t - 1].kind == RASD_TOK_WORD &&
	       d->toks[t].start == d->toks[t - 1].end + 1 && d->text[d->toks[t - 1].end] == '-';
}

/* ---- persons: people counted without a numeral ----------------------- */

/* The casualty word starting at token `t`, or NULL. */
static const struct rasd_match *casualty_match_at(const struct counting *k, uint32_t t)
{
	size_t i;

	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if (m->kind == RASD_LEX_CASUALTY && m->tok_start == t)
			return m;
	}
	return NULL;
}

/* Does a casualty word start at token `t`? */
static int casualty_at(const struct counting *k, uint32_t t)
{
	return rasdp_casualty_in(k->c, k->si, t, t + 1);
}

/*
 * Is group match `g` an adjective of the noun next to it: in English
 * before a casualty noun ("civilian casualties", "the civilian deaths";
 * not one that is also a verb, a participle: "a woman wounded in the raid"),
 * in Arabic after an event's noun that names no casualty ("بقصف
 * إسرائيلي", an Israeli shelling; "مقتل شاب" is a young man killed)?
 */
static int adjective_of(const struct counting *k, const struct rasd_match *g)
{
	const struct rasd_doc *d = k->c->d;
	int before_trigger = 0, before_casualty = 0;
	uint32_t ts = g->tok_start;
	size_t i;

	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if (m->kind == RASD_LEX_TRIGGER && m->tok_start < ts && m->tok_end >= g->tok_start)
			ts = m->tok_start;
	}
	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if ((d->toks[g->tok_start].flags & RASD_TOKF_LATIN) && m->kind == RASD_LEX_CASUALTY &&
		    m->tok_start == g->tok_end && rasdp_lex_casualty(k->c->lx, m->entry)->noun &&
		    !rasdp_casualty_verb_at(k, m->tok_start))
			return 1;
		/* the event's phrase may take the adjective in: "بقصف إسرائيلي" */
		if (m->kind == RASD_LEX_TRIGGER && m->tok_start < g->tok_start &&
		    m->tok_end >= g->tok_start)
			before_trigger = 1;
		/* or a casualty verb opens the event's phrase: "اعتقلت القوات شابا" */
		if (m->kind == RASD_LEX_CASUALTY &&
		    (m->tok_end == g->tok_start || (m->tok_start >= ts && m->tok_end <= g->tok_start)))
			before_casualty = 1;
	}
	return (d->toks[g->tok_start].flags & RASD_TOKF_ARABIC) && before_trigger && !before_casualty &&
	       !rasdp_waw_clitic(d, g->tok_start);
}

/*
 * Is group match `g` inside the name of a source or an actor, or a
 * casualty phrase, that starts before it: an adjective, no person
 * ("الدفاع المدني" is no civilian, "بين قتيل وجريح" no one dead)?  A word
 * of the dead is no person either inside an event's phrase ("هجوم
 * انتحاري" names no suicide bomber).  An English description of a source
 * ends on its head noun, which names the person ("a local journalist was
 * killed": the journalist, who may elsewhere speak).
 */
static int inside_name(const struct counting *k, const struct rasd_match *g)
{
	const struct rasd_doc *d = k->c->d;
	size_t i;

	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if (m->kind == RASD_LEX_SOURCE && m->tok_end == g->tok_end &&
		    (d->toks[g->tok_start].flags & RASD_TOKF_LATIN))
			continue;
		if ((m->kind == RASD_LEX_SOURCE || m->kind == RASD_LEX_ACTOR ||
		     m->kind == RASD_LEX_CASUALTY ||
		     (m->kind == RASD_LEX_TRIGGER && casualty_at(k, g->tok_start))) &&
		    m->tok_start < g->tok_start && m->tok_end > g->tok_start)
			return 1;
		/* "24 قتيلا وجريحا": a word of the dead after another noun, no person ("توفي جريح" is one) */
		if (m->kind == RASD_LEX_CASUALTY && m->tok_end == g->tok_start &&
		    rasdp_lex_casualty(k->c->lx, m->entry)->noun && casualty_at(k, g->tok_start))
			return 1;
	}
	return adjective_of(k, g);
}

/* Is token `t` the full stop of an abbreviation (no sentence's end)? */
static int abbrev_stop(const struct rasd_doc *d, uint32_t t)
{
	return rasdp_tok_is_punct(d, t, '.') && !(d->toks[t].flags & RASD_TOKF_SENT_END);
}

/*
 * Is token `t` a part of a compound a number opens, joined to it by
 * hyphens ("17-year-old", "3-month-old": the hyphen after digits is a
 * token, the one between words is not)?  An age is one word: "a
 * 17-year-old Palestinian boy" has three before the noun.
 */
static int compound_part(const struct rasd_doc *d, uint32_t t)
{
	uint32_t u = t;
	int steps;

	for (steps = 0; u > 0 && steps < 4; steps++) {
		const struct rasd_token *a = &d->toks[u - 1], *b = &d->toks[u];

		if (b->kind != RASD_TOK_PUNCT && a->kind != RASD_TOK_PUNCT &&
		    b->start == a->end + 1 && d->text[a->end] == '-')
			u--;
		else if (u >= 2 && b->kind != RASD_TOK_PUNCT && rasdp_tok_is_punct(d, u - 1, '-') &&
			 a->end == b->start && d->toks[u - 2].end == a->start)
			u -= 2;
		else
			break;
	}
	return u < t && d->toks[u].kind == RASD_TOK_NUM;
}

uint32_t rasdp_words_in(const struct rasd_doc *d, uint32_t a, uint32_t b)
{
	uint32_t t, n = 0;

	for (t = a; t < b; t++)
		n += !abbrev_stop(d, t) &&
		     !(t > 0 && abbrev_stop(d, t - 1) && d->toks[t - 1].end == d->toks[t].start) &&
		     !compound_part(d, t) &&
		     !(rasdp_tok_is_punct(d, t, '-') && t + 1 < d->ntoks && compound_part(d, t + 1));
	return n;
}

/* Does word `t` end in the possessive "'s" ("Iran's", "the group’s")? */
static int possessive(const struct rasd_doc *d, uint32_t t)
{
	size_t e = d->toks[t].end;

	if (d->toks[t].kind != RASD_TOK_WORD || e < 3 || d->text[e - 1] != 's')
		return 0;
	return d->text[e - 2] == '\'' ||
	       (e >= 5 && !memcmp(d->text + e - 4, "\xe2\x80\x99", 3));
}

/*
 * Does an English noun at `t` name one person: "a/an/one" (or "another")
 * right before it or a few words before it with only words between ("a
 * U.S. service member", "a pregnant woman", "a 23-year-old man"), or "the"
 * before a noun of one ("the attacker was shot dead": the forms of one are
 * singular), or a possessive ("Iran's envoy"), or a possessive opening
 * the form of one itself ("his son", "their father": groups.tsv)?
 */
int rasdp_english_one(const struct rasd_doc *d, uint32_t t)
{
	uint32_t u;
	int words = 0;

	if (rasdp_cue(d, t, RASD_CUE_INDEFINITE) || rasdp_cue(d, t, RASD_CUE_POSSESSIVE))
		return 1;
	for (u = t; u > 0 && words < 4; u--) {
		if (rasdp_is_break(d, u - 1))
			return 0;
		/* "a 23-year-old man": an age passed over, no count of the man; "a second soldier" is one */
		if (rasdp_number_at(d, u - 1) && rasdp_is_count(d, rasdp_number_at(d, u - 1)) &&
		    !rasdp_tok_is_punct(d, u, '-') && !compound_part(d, u))
			return 0;
		if (rasdp_cue(d, u - 1, RASD_CUE_INDEFINITE) || rasdp_cue(d, u - 1, RASD_CUE_ONE_OF) ||
		    rasdp_cue(d, u - 1, RASD_CUE_ARTICLE) || possessive(d, u - 1))
			return 1;
		words += !rasdp_is_punct(d, u - 1) && !compound_part(d, u - 1);
	}
	return 0;
}

/*
 * Does number `n` begin with the conjunction و: so it says itself, or it is
 * "one" written with a hamza after و ("وأحد", "وإحدى": "and one of"), which
 * the normalised text cannot tell from "واحد", the number after its noun
 * ("جندي واحد", one soldier)?
 */
static int number_joined(const struct rasd_doc *d, const struct rasd_number *n)
{
	const char *s = d->text + n->start;
	size_t len = n->end - n->start;

	return n->conj ||
	       (len > strlen(WAW_HAMZA_ABOVE) && !memcmp(s, WAW_HAMZA_ABOVE, strlen(WAW_HAMZA_ABOVE))) ||
	       (len > strlen(WAW_HAMZA_BELOW) && !memcmp(s, WAW_HAMZA_BELOW, strlen(WAW_HAMZA_BELOW)));
}

/*
 * Is the person at [a, b) the noun of a count: a number before it, wrapping
 * it or right after it ("killed 3 civilians", "مدنيين اثنين", "one man")?
 * A word opening a part between them makes it a part, no noun ("9 على
 * الأقل بينهم طفلان").
 */
static int noun_of_count(const struct counting *k, uint32_t a, uint32_t b)
{
	const struct rasd_doc *d = k->c->d;
	size_t i;

	for (i = 0; i < k->n; i++) {
		const struct member *o = &k->m[i];

		/* an age or a number of things counts no person: "a 17-year-old local boy" */
		if (!o->n || o->skip)
			continue;
		if ((o->tok_start < b && o->tok_end > a) ||
		    ((o->tok_end == a ||
		      (o->tok_end + 1 == a && !rasdp_cue(d, o->tok_end, RASD_CUE_SUBSET))) &&
		     !rasdp_conj_before(d, a, NULL)) ||
		    (o->tok_start == b && !number_joined(d, o->n)))
			return 1;
	}
	return 0;
}

/*
 * Is the word at `t` an adjective of the noun before it: both carry the
 * article ("القصف الإسرائيلي", "الاشتباك المسلح"), with no conjunction?
 * (A token's first key drops only the article: text/segment.c.)
 */
static int adjective(const struct rasd_doc *d, uint32_t t)
{
	return t > 0 && d->toks[t].kind == RASD_TOK_WORD && d->toks[t - 1].kind == RASD_TOK_WORD &&
	       (d->toks[t].flags & RASD_TOKF_ARABIC) && d->toks[t].nkeys && d->toks[t - 1].nkeys &&
	       d->toks[t].key[0] > 0 && d->toks[t - 1].key[0] > 0 && !rasdp_waw_clitic(d, t);
}

/*
 * Is the definite person at `g` the noun after an actor's name, not its
 * adjective: the object of the verb before the subject ("قتلت قوات
 * الاحتلال الشاب ...", "اعتقلت قوات الأمن الطفل ..."), or the one an
 * actor mourns ("نعت الفصائل الشهيد ...")?  A nisba may still be the
 * actor's adjective ("... الاحتلال الإسرائيلي"): not it.
 */
static int ends_with(const char *w, size_t len, const char *suf);

static int after_actor(const struct counting *k, const struct rasd_match *g)
{
	const struct rasd_doc *d = k->c->d;
	size_t i, len;
	const char *w;

	if (g->tok_start == 0 || g->tok_end != g->tok_start + 1)
		return 0;
	w = rasdp_tok_norm(d, &d->toks[g->tok_start], &len);
	if (ends_with(w, len, NISBA))
		return 0;
	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if (m->kind == RASD_LEX_ACTOR && m->tok_end == g->tok_start)
			return 1;
	}
	return 0;
}

/* The group named right after token `t` ("أحد عناصر الأمن"), or NULL. */
static const struct rasd_match *group_after(const struct counting *k, uint32_t t)
{
	size_t i;

	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if (m->kind == RASD_LEX_GROUP && m->tok_start == t &&
		    strcmp(rasdp_lex_group(k->c->lx, m->entry)->id, "things"))
			return m;
	}
	return NULL;
}

/* ---- duals: two persons in one noun ---------------------------------- */

/* Does `w` (`len` bytes) end with `suf`, with more before it? */
static int ends_with(const char *w, size_t len, const char *suf)
{
	size_t n = strlen(suf);

	return len > n && !memcmp(w + len - n, suf, n);
}

/* The group whose one person the normalised `stem` names ("شقيق", "طفله"), or NULL. */
static const struct rasd_group *one_person(const struct rasdp_ctx *c, const char *stem,
					   size_t len)
{
	int32_t out[8];
	size_t i, n = rasdp_lex_lookup_all(c->lx, RASD_LEX_GROUP, stem, len, out, 8);

	for (i = 0; i < n; i++) {
		const struct rasd_group *g = rasdp_lex_group(c->lx, (size_t)out[i]);

		if (g->one && strcmp(g->id, "things"))
			return g;
	}
	return NULL;
}

/*
 * Could the singular `stem` take a masculine sound plural in "ين" (see the
 * oblique dual_endings): a nisba, a participle with م, a فاعل?  (Arabic letters are
 * two bytes.)
 */
static int sound_plural(const char *stem, size_t len)
{
	return ends_with(stem, len, NISBA) ||
	       (len >= 8 && !memcmp(stem, PARTICIPLE, strlen(PARTICIPLE))) ||
	       (len == 8 && !memcmp(stem + 2, ALEF, strlen(ALEF)));
}

/*
 * Does the dual agree with the noun at `t`: a casualty verb in the dual
 * ("شرطيين آخرين أصيبا") or the dual pronoun ("لقيا حتفهما") within three
 * words after it, in its clause?
 */
static int dual_agrees(const struct counting *k, uint32_t t)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t u;
	size_t i;

	for (u = t + 1; u < k->st->tok_end && u <= t + 3; u++) {
		size_t len;
		const char *w;

		if (rasdp_is_break(d, u))
			return 0;
		if (d->toks[u].kind != RASD_TOK_WORD)
			continue;
		w = rasdp_tok_norm(d, &d->toks[u], &len);
		if (ends_with(w, len, DUAL_PRONOUN))
			return 1;
		if (!ends_with(w, len, ALEF) || ends_with(w, len, PLURAL_VERB))
			continue;
		for (i = k->si->m_first; i < k->si->m_last; i++) {
			const struct rasd_match *m = rasdp_match_at(k->c, i);

			if (m->kind == RASD_LEX_CASUALTY && m->tok_start == u && m->tok_end == u + 1 &&
			    !rasdp_lex_casualty(k->c->lx, m->entry)->noun)
				return 1;
		}
	}
	return 0;
}

/* Does word `t` end as a dual may (a cheap test before the lexicon is asked)? */
static int dual_ending(const struct rasd_doc *d, uint32_t t)
{
	size_t len, e;
	const char *w = rasdp_tok_norm(d, &d->toks[t], &len);

	/* the last letter first: most words end on none of them */
	for (e = 0; e < sizeof(dual_last) / sizeof(dual_last[0]); e++)
		if (ends_with(w, len, dual_last[e]))
			break;
	if (e == sizeof(dual_last) / sizeof(dual_last[0]))
		return 0;
	for (e = 0; e < sizeof(dual_endings) / sizeof(dual_endings[0]); e++)
		if (ends_with(w, len, dual_endings[e].s))
			return 1;
	return 0;
}

/*
 * The group a dual listed in groups.tsv `two` names two of ("حارسان",
 * "المسؤولين": its keys peel the clitics), or NULL.
 */
static const struct rasd_group *listed_dual(const struct counting *k, uint32_t t)
{
	const struct rasd_doc *d = k->c->d;
	int32_t out[8];
	unsigned key;
	size_t i, n;

	for (key = 0; key < d->toks[t].nkeys; key++) {
		size_t len;
		const char *w = rasdp_tok_key(d, &d->toks[t], key, &len);

		n = rasdp_lex_lookup_all(k->c->lx, RASD_LEX_GROUP, w, len, out, 8);
		for (i = 0; i < n; i++)
			if (rasdp_lex_group(k->c->lx, (size_t)out[i])->two)
				return rasdp_lex_group(k->c->lx, (size_t)out[i]);
	}
	return NULL;
}

/*
 * Is the word at `t` the dual of a noun naming one person ("شقيقان",
 * "طفلتين", "شرطيين آخرين أصيبا"), or a dual groups.tsv lists ("مسؤولان":
 * its singular names no one alone)?  Its group, or NULL.  An ending "ين"
 * that may be a plural counts two only when a dual agrees with it.
 */
static const struct rasd_group *dual_person(const struct counting *k, uint32_t t)
{
	const struct rasd_doc *d = k->c->d;
	const struct rasd_group *listed = listed_dual(k, t);
	char stem[64];
	unsigned key;
	size_t e;

	if (listed)
		return listed;

	/* the barest key first: "والمصابين" is judged as "مصابين" */
	for (key = d->toks[t].nkeys; key-- > 0;) {
		size_t len;
		const char *w = rasdp_tok_key(d, &d->toks[t], key, &len);

		for (e = 0; e < sizeof(dual_endings) / sizeof(dual_endings[0]); e++) {
			const struct rasd_group *g;
			size_t n, f;
			int obl = dual_endings[e].obl;

			if (!ends_with(w, len, dual_endings[e].s))
				continue;
			n = len - strlen(dual_endings[e].s);
			if (n < 6 || n + strlen(TA_MARBUTA) > sizeof(stem))
				continue;
			memcpy(stem, w, n);
			/* "طفلتان": the feminine ending comes back as ة; no plural in "ين" */
			if (ends_with(stem, n, FEM_T)) {
				f = n - strlen(FEM_T);
				memcpy(stem + f, TA_MARBUTA, strlen(TA_MARBUTA));
				g = one_person(k->c, stem, f + strlen(TA_MARBUTA));
				if (g)
					return g;
				memcpy(stem, w, n);
			}
			/*
			 * a plural's "ين" needs a dual agreeing; asked before the
			 * lexicon (cheaper), and the barest key decides
			 */
			if (obl && sound_plural(stem, n) && !dual_agrees(k, t))
				return NULL;
			g = one_person(k->c, stem, n);
			if (g)
				return g;
		}
	}
	return NULL;
}

/* Does a group of people end right before token `t` ("عنصر أمن" before "آخر")? */
static int group_before(const struct counting *k, uint32_t t)
{
	size_t i;

	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if (m->kind == RASD_LEX_GROUP && m->tok_end == t && m->tok_start < t &&
		    strcmp(rasdp_lex_group(k->c->lx, m->entry)->id, "things"))
			return 1;
	}
	return 0;
}

/*
 * Is the "another" word at `t` an adjective of the noun before it ("بيان
 * آخر", another statement): an Arabic word right before it, no casualty
 * word nor number, no و on it, and no group nor casualty word after it
 * ("أحد عناصر الأمن", "أحدهما إصابته بليغة")?
 */
static int another_of_thing(const struct counting *k, uint32_t t)
{
	const struct rasd_doc *d = k->c->d;
	size_t i;

	if (t <= k->st->tok_start || d->toks[t - 1].kind != RASD_TOK_WORD ||
	    !(d->toks[t - 1].flags & RASD_TOKF_ARABIC) || !(d->toks[t].flags & RASD_TOKF_ARABIC) ||
	    rasdp_conj_before(d, t, NULL) || rasdp_number_at(d, t - 1) || group_after(k, t + 1) ||
	    casualty_at(k, t + 1))
		return 0;
	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if (m->kind == RASD_LEX_CASUALTY && m->tok_end == t)
			return 0;
	}
	return 1;
}

/*
 * Does the English pronoun "another" at `t` stand for an event, not a
 * person?  It stands for the nearest noun before it in its clause: an
 * event's word or a thing ("one strike hit a house and another hit a
 * market", "killed in one attack and another was foiled"), not people ("a
 * soldier was killed and another wounded").  A casualty word right after
 * it makes it a person, unless a count follows as the word's object ("a
 * car bomb killed 4 and another wounded 6").
 */
static int another_of_event(const struct counting *k, uint32_t t)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t u;
	size_t i;

	if (!(d->toks[t].flags & RASD_TOKF_LATIN) || group_after(k, t + 1))
		return 0;
	for (u = t + 1; u <= t + 2 && u < k->st->tok_end; u++) {
		const struct rasd_match *m = casualty_match_at(k, u);

		if (m)
			return rasdp_number_at(d, m->tok_end) != NULL;
	}
	for (u = t; u-- > k->st->tok_start && !rasdp_is_break(d, u);) {
		if (rasdp_people_at(k->c, k->si, u))
			return 0;
		for (i = k->si->m_first; i < k->si->m_last; i++) {
			const struct rasd_match *m = rasdp_match_at(k->c, i);

			if (m->tok_start == u && !casualty_at(k, u) &&
			    (m->kind == RASD_LEX_TRIGGER ||
			     (m->kind == RASD_LEX_GROUP &&
			      !strcmp(rasdp_lex_group(k->c->lx, m->entry)->id, "things"))))
				return 1;
		}
	}
	return 0;
}

/* Add a member, kept in token order; 0, or -1 when full or already there. */
int rasdp_add_member(struct counting *k, const struct member *x)
{
	size_t i;

	if (k->n >= MAX_MEMBERS)
		return -1;
	for (i = 0; i < k->n; i++)
		if (k->m[i].tok_start < x->tok_end && k->m[i].tok_end > x->tok_start)
			return -1;
	for (i = k->n; i > 0 && k->m[i - 1].tok_start > x->tok_start; i--)
		k->m[i] = k->m[i - 1];
	k->m[i] = *x;
	k->n++;
	return 0;
}

/*
 * The token of the first English noun of two the matcher found in the
 * sentence at or after token `t`, one groups.tsv lists under `two`
 * ("twins", "a couple"), with no "of" after it ("a couple of days" is a
 * few); the sentence's end when none.  Read off the sentence's matches: a
 * lookup per word would cost more than the rest of the counting.
 */
static uint32_t next_two(const struct counting *k, uint32_t t)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t best = k->st->tok_end;
	size_t i;

	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if (m->kind == RASD_LEX_GROUP && m->tok_start >= t && m->tok_start < best &&
		    m->tok_end == m->tok_start + 1 && rasdp_lex_group(k->c->lx, m->entry)->two &&
		    !(m->tok_end < k->st->tok_end && rasdp_cue(d, m->tok_end, RASD_CUE_PART_PREP)))
			best = m->tok_start;
	}
	return best;
}

/*
 * May the word at `t` count two persons: an Arabic dual ending (a listed
 * one too, "توأمان"), or an English noun of two, the one at `two`
 * (next_two())?
 */
static int word_of_two(const struct counting *k, uint32_t t, uint32_t *two)
{
	const struct rasd_doc *d = k->c->d;

	if (d->toks[t].flags & RASD_TOKF_ARABIC)
		return dual_ending(d, t);
	if (t > *two)
		*two = next_two(k, t);
	return t == *two;
}

/*
 * The duals of persons in the sentence, each a count of two ("قتل شقيقان"),
 * when it has a casualty word: not a word the number reader took already
 * ("قتيلين"), a word of a name, the noun a number counts ("5 مدنيين") nor
 * a dual agreeing with the one before it ("طفلان شقيقان").
 */
void rasdp_find_duals(struct counting *k)
{
	const struct rasdp_ctx *c = k->c;
	const struct rasd_doc *d = c->d;
	uint32_t t, two;
	size_t i;

	k->ndual = 0;
	if (!rasdp_casualty_in(c, k->si, k->st->tok_start, k->st->tok_end))
		return;
	two = next_two(k, k->st->tok_start);
	for (t = k->st->tok_start; t < k->st->tok_end && k->ndual < MAX_DUALS && k->n < MAX_MEMBERS;
	     t++) {
		const struct rasd_group *g;
		struct rasd_number *n;
		struct member x;
		int named = 0;

		if (d->toks[t].kind != RASD_TOK_WORD || !word_of_two(k, t, &two) || rasdp_number_at(d, t) ||
		    noun_of_count(k, t, t + 1))
			continue;
		for (i = 0; i < k->n; i++)
			if (k->m[i].n && k->m[i].tok_end == t && k->m[i].n->noun_tok + 1 == t)
				named = 1;
		for (i = k->si->m_first; i < k->si->m_last && !named; i++) {
			const struct rasd_match *m = rasdp_match_at(c, i);

			named = (m->kind == RASD_LEX_SOURCE || m->kind == RASD_LEX_ACTOR) &&
				m->tok_start <= t && m->tok_end > t;
		}
		if (named)
			continue;
		g = dual_person(k, t);
		if (!g)
			continue;
		n = &k->dual[k->ndual++];
		memset(n, 0, sizeof(*n));
		n->tok_start = t;
		n->tok_end = t + 1;
		n->start = d->toks[t].start;
		n->end = d->toks[t].end;
		n->value = n->value_hi = 2;
		n->qualifier = RASD_Q_EXACT;
		n->words = 1;
		n->noun_tok = t;
		n->conj = (uint8_t)rasdp_waw_clitic(d, t);
		memset(&x, 0, sizeof(x));
		x.n = n;
		x.tok_start = t;
		x.tok_end = t + 1;
		x.who = g->id;
		x.cue = UINT32_MAX;
		if (rasdp_add_member(k, &x))
			k->ndual--;
	}
}

/*
 * The end of a person's noun phrase that ends at `t`, taking in the actor
 * it belongs to: "زعيم تنظيم داعش" (فجر نفسه), "قيادي في هيئة تحرير
 * الشام", "a commander of the Nusra Front" (with "of/في/من", and "the").
 */
uint32_t rasdp_affiliation_end(const struct counting *k, uint32_t t)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t u = t;
	size_t i;

	/* an actor after و/and is the next member: "جندي ومدني" are two */
	if (u < k->st->tok_end && rasdp_waw_clitic(d, u))
		return t;
	if (u < k->st->tok_end && rasdp_cue(d, u, RASD_CUE_VICTIMS_OF))
		u++;
	if (u < k->st->tok_end && rasdp_cue(d, u, RASD_CUE_ARTICLE))
		u++;
	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if (m->kind == RASD_LEX_ACTOR && m->tok_start == u)
			return m->tok_end;
	}
	return t;
}

/* The persons of the sentence: nouns naming one, "one of" a group, and names. */
void rasdp_find_persons(struct counting *k)
{
	const struct rasdp_ctx *c = k->c;
	const struct rasd_doc *d = c->d;
	struct member x;
	size_t i, j;
	uint32_t t;

	memset(&x, 0, sizeof(x));
	x.cue = UINT32_MAX;
	/*
	 * "أحد عناصر الشرطة", "أحدهم حارس", "another": the group after it is
	 * the same person; so is the group before "another" ("عنصر أمن آخر"),
	 * and "another number" is no one ("عدد آخر"), nor "another" standing
	 * for an attack ("one strike ... and another")
	 */
	t = rasdp_doc_has_cue(d, RASD_CUE_ONE_OF) ? k->st->tok_start : k->st->tok_end;
	for (; t < k->st->tok_end && k->n < MAX_MEMBERS; t++) {
		const struct rasd_match *g;

		if (!rasdp_cue(d, t, RASD_CUE_ONE_OF) || rasdp_in_date(d, t) || rasdp_number_at(d, t) ||
		    rasdp_number_at(d, t + 1) || group_before(k, t) || another_of_thing(k, t) ||
		    another_of_event(k, t) ||
		    (t > k->st->tok_start && rasdp_cue(d, t - 1, RASD_CUE_TOLL)))
			continue;
		g = group_after(k, t + 1);
		x.tok_start = t;
		x.tok_end = g ? g->tok_end : t + 1;
		x.who = g ? rasdp_lex_group(c->lx, g->entry)->id : "people";
		rasdp_add_member(k, &x);
	}
	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *g = rasdp_match_at(c, i);

		uint32_t end;

		if (g->kind != RASD_LEX_GROUP || !rasdp_lex_group(c->lx, g->entry)->one ||
		    inside_name(k, g) || (adjective(d, g->tok_start) && !after_actor(k, g)) ||
		    noun_of_count(k, g->tok_start, g->tok_end))
			continue;
		end = rasdp_affiliation_end(k, g->tok_end);
		if (d->toks[g->tok_start].flags & RASD_TOKF_LATIN) {
			/* a name after the title makes it one: "ISIS leader Abu Bakr al-Baghdadi" */
			uint32_t named = rasdp_name_end(k, end);

			/* a headline drops its articles: "Army officer killed in ambush" */
			if (named == end && !rasdp_one_past_actor(k, g->tok_start) &&
			    !rasdp_in_title(d, (uint32_t)(k->st - d->sents)))
				continue;
			x.named = named != end;
			end = named;
		}
		/* "جندي أمريكي", "مقاول أمريكي آخر": one person, named twice */
		for (j = 0; j < k->n; j++)
			if (!k->m[j].n && k->m[j].tok_end == g->tok_start &&
			    !rasdp_conj_before(d, g->tok_start, NULL))
				break;
		if (j < k->n) {
			if (g->tok_end > k->m[j].tok_end)
				k->m[j].tok_end = g->tok_end;
			continue;
		}
		x.tok_start = g->tok_start;
		x.tok_end = end;
		x.who = rasdp_lex_group(c->lx, g->entry)->id;
		rasdp_add_member(k, &x);
		x.named = 0;
	}
	rasdp_find_named(k);
	rasdp_fold_appositions(k);
}
