/*
 * figures.c - the figures a sentence gives: each count bound to the
 * casualty word that governs it, with the group it counts, its speaker and
 * its polarity; people counted without a numeral; breakdowns into parts.
 *
 * A number is a count when it counts people: not a date, ordinal,
 * percentage or number over a million, not a number of things ("two
 * explosive devices", "بعبوتين"), of time ("11-year-old", "37 عاما"), or
 * the size of a unit ("خلية مكونة من 7"), not a zero ("no one was hurt"),
 * and not a toll over a period or a whole war ("80 assassinations since
 * 2019", "350,000 killed during the civil war") or of deaths without
 * violence ("died in the earthquake").  A count is a figure when a
 * casualty word governs it: the counted noun right after it ("14 قتيلا",
 * "20 dead", the dual "قتيلين" itself), else the nearest casualty word of
 * its clause, CAS_WINDOW_BEFORE tokens before ("قتل 14 شخصا") or
 * CAS_WINDOW_AFTER after ("20 people were killed"), unless another count
 * stands between them; else a toll word further back with "to" right
 * before the number ("the death toll rose to 54").  A killed and a wounded
 * word side by side count the two together ("مقتل وإصابة 218").
 *
 * People are counted without a numeral too.  A person is a noun naming
 * one ("مقتل شاب", "a soldier was wounded", "القيادي", a suicide who
 * "blew himself up") or "one of" a group ("أحد عناصر الشرطة"); with a
 * casualty word beside it, it is a count of one.
 *
 * A breakdown is a structure, not a list of numbers.  Counts and persons
 * joined by "و"/"and", with only their nouns between, are the members of
 * one list: "8 عسكريين ومدني لقوا مصرعهم", "18 women and one man were
 * killed", "a leader and seven other members".  The members share the
 * casualty word of the list where they have none of their own.  A subset
 * word ("بينهم", "including", "من بين القتلى") opens a list of parts of
 * the toll before it: every member is marked subset and counts what the
 * toll counts ("81 شهيدا منهم 6 نساء و6 أطفال", "including a pregnant
 * woman"); a part is never a rival of its total (incidents compare parts
 * only with parts), and a total whose casualty word comes after its parts
 * reaches over them ("13 شخصا بينهم أربعة أطفال وثلاث نساء قضوا").
 * Members with no total are not parts: "six civilians and three fighters"
 * is two figures and no sum is invented.
 *
 * Which casualty word governs a count is the scored decision `casualty`
 * (data/models/casualty.tsv, trained by `rasd train`): its features say how
 * near the word is and what stands between.  The windows trade reach
 * across Arabic's long subjects against stealing the casualty word of the
 * next clause; the unit tests hold the cases.
 */
#include <math.h>
#include <string.h>

#include "extract/engine.h"
#include "extract/events_int.h"
#include "model/model.h"

#include "base/banned.h"

/* How far (in tokens) a figure looks for its casualty word. */
#define CAS_WINDOW_BEFORE 7
#define CAS_WINDOW_AFTER 6
/* The rank of a casualty word no figure reaches. */
#define OUT_OF_REACH 1000
/* The most tokens between two members of a list (the first one's noun phrase). */
#define LIST_GAP 6
/* Counts and persons of one sentence considered (more are left out). */
#define MAX_MEMBERS 64
/* Duals of persons of one sentence read (more are left out). */
#define MAX_DUALS 8

/*
 * The conjunction proclitic: "وثلاثة", "ومدني" join a list.  A clitic is
 * morphology, closed like the tokeniser's proclitic table (text/segment.c),
 * not a word list (docs/DESIGN.md); the free-standing conjunction ("و",
 * "and") is the cue class `conjunction`.
 */
#define WAW "و"
/*
 * The article written onto a number ("الـ55", "الأسرى الـ4"): a unit's
 * number or people already counted, no new count.  Morphology too, as
 * the article the tokeniser peels (text/segment.c).
 */
#define ARTICLE "ال"

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

/* Is token `t` the article standing alone before a number ("الـ55")? */
static int bare_article(const struct rasd_doc *d, uint32_t t)
{
	size_t len;
	const char *s;

	if (t >= d->ntoks || d->toks[t].kind != RASD_TOK_WORD || d->toks[t].end != d->toks[t + 1].start)
		return 0;
	s = rasdp_tok_norm(d, &d->toks[t], &len);
	return len == strlen(ARTICLE) && !memcmp(s, ARTICLE, len);
}

/*
 * Does number `n` count (a date, an ordinal, a percentage, a number with
 * the article written onto it does not)?
 */
static int is_count(const struct rasd_doc *d, const struct rasd_number *n)
{
	if (n->in_date || n->ordinal || n->percent)
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
static int conj_before(const struct rasd_doc *d, uint32_t t, const struct rasd_number *n)
{
	if (t > 0 && rasdp_cue(d, t - 1, RASD_CUE_CONJUNCTION))
		return 1;
	return n ? n->conj : rasdp_waw_clitic(d, t);
}

/* Is token `t` inside a number expression? */
static const struct rasd_number *number_at(const struct rasd_doc *d, uint32_t t)
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
static int casualty_in(const struct rasdp_ctx *c, const struct rasdp_sent *s, uint32_t a,
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

/* ---- the members of a sentence: counts and persons ------------------- */

/* Why a member is no figure: it counts no people (things, time, no one), or a toll of another time. */
enum { SKIP_NOT = 0, SKIP_COUNT, SKIP_TOLL };

/* A count or a person the sentence names, and what binds it. */
struct member {
	uint32_t tok_start, tok_end;    /* the number expression, or the person's noun */
	const struct rasd_number *n;    /* the count, or NULL for a person (one) */
	const char *who;                /* a person's group */
	uint32_t cue;                   /* the subset word that opens its part, or UINT32_MAX */
	int list;                       /* index of the first member of its list */
	int kind;                       /* casualty kind, or -1 */
	int rank;                       /* how near its casualty word is (lower nearer) */
	uint32_t cas_tok;               /* the casualty word */
	uint8_t cas_noun;               /* ... is a noun ("جريح"), not a verb */
	uint8_t near;                   /* ... stands right beside it */
	uint8_t own;                    /* ... is its own word or noun ("قتيلين", "14 قتيلا") */
	uint8_t part;                   /* a part of a toll */
	uint8_t named;                  /* a person named after the noun ("leader Abu Bakr") */
	uint8_t skip;                   /* not a figure (things, a period, a zero ...): SKIP_* */
	uint8_t risen;                  /* a word of rising before it: risen_to(), read once */
};

/* What one sentence counts. */
struct counting {
	const struct rasdp_ctx *c;
	const struct rasdp_sent *si;
	const struct rasd_sentence *st;
	struct member m[MAX_MEMBERS];
	size_t n;
	struct rasd_number dual[MAX_DUALS];   /* the counts duals of persons make */
	size_t ndual;
	uint32_t earlier;               /* the first word of an earlier toll, or UINT32_MAX */
};

/*
 * Is member `o` passed over between a word and member `x`: a member of
 * x's own list, or a part named beside a total ("13 بينهم 4 أطفال قضوا")?
 */
static int passed_over(const struct member *x, const struct member *o)
{
	return o->list == x->list || (o->part && !x->part);
}

/*
 * Tokens of [a, b) taken by parts of a toll that `x` reaches over: a
 * subset word and the members it opens, with their nouns.
 */
static int parts_within(const struct counting *k, const struct member *x, uint32_t a, uint32_t b)
{
	uint32_t lo = UINT32_MAX, hi = 0;
	size_t i;
	int n = 0;

	if (x->part)
		return 0;
	for (i = 0; i < k->n; i++) {
		const struct member *o = &k->m[i];
		uint32_t s = o->cue != UINT32_MAX ? o->cue : o->tok_start;
		uint32_t e = o->tok_end + (o->n && o->n->noun_tok == o->tok_end);

		if (!o->part || s < a || s >= b)
			continue;
		if (e > b)
			e = b;
		if (lo != UINT32_MAX && s <= hi) {
			if (e > hi)
				hi = e;
			continue;
		}
		if (lo != UINT32_MAX)
			n += (int)(hi - lo);
		lo = s;
		hi = e;
	}
	if (lo != UINT32_MAX)
		n += (int)(hi - lo);
	return n;
}

/*
 * The first clause break in tokens [a, b), or b: read from the document's
 * index of breaks (rasdp_index_breaks()), so a long clause costs nothing.
 */
static uint32_t break_from(const struct rasd_doc *d, uint32_t a, uint32_t b)
{
	uint32_t t;

	if (a >= b)
		return b;
	if (d->next_break && a < d->ntoks) {
		t = d->next_break[a];
		return t < b ? t : b;
	}
	for (t = a; t < b && !rasdp_is_break(d, t); t++)
		;
	return t;
}

/*
 * An aside set off by commas that names a part of the count before it:
 * "five civilians, including two children, were killed", "خمسة مدنيين،
 * بينهم طفلان، قتلوا".  Its length in tokens within [a, b), or 0.
 */
static int aside_len(const struct rasd_doc *d, uint32_t a, uint32_t b)
{
	uint32_t t = break_from(d, a, b), u;

	if (t + 1 >= b || !rasdp_cue(d, t + 1, RASD_CUE_SUBSET))
		return 0;
	u = break_from(d, t + 1, b);
	if (u >= b)
		return 0;
	/* no other break up to b */
	return rasdp_clause_clear(d, u + 1, b) ? (int)(u - t + 1) : 0;
}

/* Like rasdp_clause_clear(), but an aside naming a part of the count is passed over. */
static int clause_clear_aside(const struct rasd_doc *d, uint32_t a, uint32_t b)
{
	return rasdp_clause_clear(d, a, b) || aside_len(d, a, b) > 0;
}

/*
 * "حصيلة القتلى: 12 شخصا", "قتلى القصف: 8 مدنيين", "Death toll: 12": a
 * casualty noun a few words before a colon that opens the count (a toll
 * word alone is not enough: "عدد القراءات: 8" counts readers).  Returns
 * the kind, or -1.
 */
static int colon_toll(const struct counting *k, const struct member *x, uint32_t *cas_tok)
{
	const struct rasdp_ctx *c = k->c;
	const struct rasd_doc *d = c->d;
	uint32_t t;
	size_t i;

	for (t = x->tok_start - 1; t > k->st->tok_start && x->tok_start - t <= 4; t--) {
		if (t < x->tok_start - 1 && rasdp_is_break(d, t - 1))
			return -1;
		for (i = k->si->m_first; i < k->si->m_last; i++) {
			const struct rasd_match *m = rasdp_match_at(c, i);

			if (m->kind == RASD_LEX_CASUALTY && m->tok_start <= t - 1 && m->tok_end >= t &&
			    rasdp_lex_casualty(c->lx, m->entry)->noun) {
				*cas_tok = m->tok_start;
				return rasdp_lex_casualty(c->lx, m->entry)->kind;
			}
		}
	}
	return -1;
}

/*
 * "ارتفعت حصيلة ضحايا الغارات الروسية على قرية قرب جسر الشغور إلى تسعة",
 * "the death toll from Thursday's attack rose to 54": a toll word further
 * back than a casualty word reaches, and "to/إلى/بلغ" right before the
 * number.  Returns the kind, or -1.
 */
static int toll_reached(const struct counting *k, const struct member *x, uint32_t *cas_tok)
{
	const struct rasdp_ctx *c = k->c;
	const struct rasd_doc *d = c->d;
	const struct rasd_match *best;
	size_t i;
	uint32_t t;

	if (x->tok_start >= 2 && rasdp_tok_is_punct(d, x->tok_start - 1, ':'))
		return colon_toll(k, x, cas_tok);
	if (x->tok_start < 2 || !rasdp_cue(d, x->tok_start - 1, RASD_CUE_TOLL_TO))
		return -1;
	for (t = x->tok_start - 1; t > 0 && x->tok_start - t <= 16; t--) {
		if (rasdp_is_break(d, t - 1) && !rasdp_tok_is_punct(d, t - 1, ','))
			return -1;
		if (!rasdp_cue(d, t - 1, RASD_CUE_TOLL))
			continue;
		/* another count between them is the toll's */
		for (i = 0; i < k->n; i++)
			if (k->m[i].n && k->m[i].tok_start >= t && k->m[i].tok_end <= x->tok_start)
				return -1;
		/*
		 * the kind named with it: "حصيلة ضحايا", "حصيلة الجرحى", "death
		 * toll"; the word after the toll word first ("فقد ارتفعت حصيلة
		 * قتلى": not "فقد")
		 */
		for (i = k->si->m_first, best = NULL; i < k->si->m_last; i++) {
			const struct rasd_match *m = rasdp_match_at(c, i);

			if (m->kind == RASD_LEX_CASUALTY && m->tok_start + 2 >= t - 1 &&
			    m->tok_start <= t + 1 && (!best || m->tok_start >= t))
				best = m;
		}
		if (best) {
			*cas_tok = best->tok_start;
			return rasdp_lex_casualty(c->lx, best->entry)->kind;
		}
		*cas_tok = t - 1;
		return RASD_CAS_KILLED;
	}
	return -1;
}

static int people_at(const struct rasdp_ctx *c, const struct rasdp_sent *s, uint32_t t);
static int counts_time(const struct rasd_doc *d, const struct rasd_number *n);
static int picks_things(const struct rasdp_ctx *c, const struct rasdp_sent *s,
			const struct rasd_number *n);
static int hyphen_joined(const struct rasd_doc *d, uint32_t t);

/* ---- the decision: which casualty word governs a count ---------------- */

/*
 * Scored decision `casualty` (model.h): the candidates of a count are the
 * casualty words of its sentence and "none" (all features 0, score 0); the
 * best scoring word wins when it scores above 0, else the count is no
 * figure unless a toll reaches it.  data/models/casualty.tsv weighs them;
 * the hand weights give each word the score bias - rank of the rule the
 * file's comments describe (nearer wins, a noun right after the number
 * first), out of reach and across another count a veto.
 */
enum {
	CF_BIAS,
	CF_OWN_WORD,
	CF_OWN_NOUN,
	CF_AFTER,
	CF_AFTER_WORDS,
	CF_BEFORE_WORDS,
	CF_COORDINATOR,
	CF_OUT_OF_REACH,
	CF_COUNT_BETWEEN,
	CF_VERB,
	CF__COUNT
};

static const struct rasd_feature casualty_feats[CF__COUNT] = {
	[CF_BIAS] = {"bias", "always 1: what a casualty word scores before its distance"},
	[CF_OWN_WORD] = {"own_word", "the count's own word: a dual noun of the dead (\"قتيلين\")"},
	[CF_OWN_NOUN] = {"own_noun", "the noun right after the number, what it counts (\"14 قتيلا\")"},
	[CF_AFTER] = {"after", "the word comes after the count"},
	[CF_AFTER_WORDS] = {"after_words", "words between the count and the word after it"},
	[CF_BEFORE_WORDS] = {"before_words", "words between the word and the count after it (dates, punctuation and parts not counted)"},
	[CF_COORDINATOR] = {"coordinator", "across \"and/while/كما\": a word of the clause before or after"},
	[CF_OUT_OF_REACH] = {"out_of_reach", "beyond the window or across a clause break"},
	[CF_COUNT_BETWEEN] = {"count_between", "another count stands between them and takes the word"},
	[CF_VERB] = {"verb", "the word is a verb or participle, not a counted noun"},
};

const struct rasd_decision rasdp_casualty_decision = {
	"casualty", "which casualty word governs a count? (the casualty words of its sentence, or none)",
	casualty_feats, CF__COUNT,
};

/* The weights of the decision, from the engine that analysed `d`. */
static const struct rasd_model *casualty_model(const struct rasd_doc *d)
{
	return &rasdp_engine_models(d->engine)->m[RASD_DEC_CASUALTY];
}

/*
 * The features of casualty word `m` (a counted noun if `noun`) as the word
 * of member `x` (the decision `casualty` below): the member's own word
 * (the dual "قتيلين"); the noun right after a number (what it counts: "14
 * قتيلا"); else k words after it, or k words before it, not counting a
 * date, punctuation or the parts of a toll between, and whether a
 * coordinator stands between ("a civilian was killed and two others were
 * injured": the word before belongs to the clause before); beyond the
 * windows or across a clause break, out of reach.  Sets *near for a word
 * beside the member.
 */
static void casualty_features(const struct counting *k, const struct rasd_match *m, int noun,
			      const struct member *x, float *f, int *near)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t u;
	int dist;

	memset(f, 0, CF__COUNT * sizeof(*f));
	f[CF_BIAS] = 1;
	f[CF_VERB] = !noun;
	*near = 0;
	if (m->tok_start >= x->tok_start && m->tok_end <= x->tok_end && x->n) {
		f[CF_OWN_WORD] = 1;
		*near = 1;
		return;
	}
	if (m->tok_start >= x->tok_end) {
		int aside = aside_len(d, x->tok_end, m->tok_start);
		int parts = parts_within(k, x, x->tok_end, m->tok_start);

		/*
		 * "14 قتيلا", "20 Syrians dead"; not "9 أشخاص وإصابة 33", "مقتل 8
		 * وإصابة اثنين", nor after a dual or a number whose noun is in its
		 * span already
		 */
		if (noun && x->n && x->n->noun_tok == x->tok_end && !conj_before(d, m->tok_start, NULL) &&
		    (m->tok_start == x->tok_end ||
		     (m->tok_start == x->tok_end + 1 && !rasdp_is_punct(d, x->tok_end) &&
		      !people_at(k->c, k->si, x->tok_end)))) {
			f[CF_OWN_NOUN] = 1;
			*near = 1;
			return;
		}
		dist = (int)(m->tok_start - x->tok_end) - (aside > parts ? aside : parts);
		if (dist > CAS_WINDOW_AFTER || !clause_clear_aside(d, x->tok_end, m->tok_start))
			f[CF_OUT_OF_REACH] = 1;
		f[CF_AFTER] = 1;
		f[CF_COORDINATOR] = (float)rasdp_cue_between(d, x->tok_end, m->tok_start,
							      RASD_CUE_COORDINATOR);
		f[CF_AFTER_WORDS] = (float)(dist > 0 ? dist : 0);
		*near = dist <= 0;
		return;
	}
	if (m->tok_end > x->tok_start) {
		f[CF_OUT_OF_REACH] = 1;
		return;
	}
	dist = (int)(x->tok_start - m->tok_end);
	if (dist > CAS_WINDOW_BEFORE + 6 || !rasdp_clause_clear_dates(d, m->tok_end, x->tok_start)) {
		f[CF_OUT_OF_REACH] = 1;
		return;
	}
	for (u = m->tok_end; u < x->tok_start; u++) {
		if (rasdp_in_date(d, u) || rasdp_is_punct(d, u))
			dist--;
		if (rasdp_cue(d, u, RASD_CUE_COORDINATOR))
			f[CF_COORDINATOR] = 1;
	}
	dist -= parts_within(k, x, m->tok_end, x->tok_start);
	if (dist > CAS_WINDOW_BEFORE)
		f[CF_OUT_OF_REACH] = 1;
	f[CF_BEFORE_WORDS] = (float)(dist > 0 ? dist : 0);
	*near = dist <= 0;
}

/*
 * Is there another count between casualty word `m` and member `x` (not
 * one x passes over: a member of its list, a part beside its total)?
 */
static int count_between(const struct counting *k, const struct rasd_match *m,
			 const struct member *x)
{
	uint32_t lo = m->tok_start < x->tok_start ? m->tok_end : x->tok_end;
	uint32_t hi = m->tok_start < x->tok_start ? x->tok_start : m->tok_start;
	size_t i;

	for (i = 0; i < k->n; i++) {
		const struct member *o = &k->m[i];

		if (o == x || o->skip)
			continue;
		/* "3 شبان أحدهم جريح": a noun in or right after a part is the part's */
		if (o->part && !x->part && o->tok_start >= lo && m->tok_start >= o->tok_start &&
		    m->tok_start <= o->tok_end + 1 && rasdp_lex_casualty(k->c->lx, m->entry)->noun)
			return 1;
		if (o->n && o->tok_start >= lo && o->tok_end <= hi && !passed_over(x, o))
			return 1;
	}
	return 0;
}

/*
 * Does casualty word `m` count others than `x`: a number right after it or
 * right before it, a person right before it ("8 عسكريين ومدني لقوا مصرعهم
 * وأصيب 13": the dead are the soldiers and the civilian), or people named
 * right after it ("14 شخصا قتلوا وجرح آخرون": the wounded are others)?
 */
static int counts_other(const struct counting *k, const struct member *x,
			const struct rasd_match *m)
{
	uint32_t from = m->tok_start;
	size_t i;

	/* the whole phrase the word ends: "لقوا مصرعهم" */
	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *o = rasdp_match_at(k->c, i);

		if (o->kind == RASD_LEX_CASUALTY && o->tok_start < from && o->tok_end == m->tok_end)
			from = o->tok_start;
	}
	for (i = 0; i < k->n; i++) {
		const struct member *o = &k->m[i];

		if (o == x)
			continue;
		if (o->n && (o->tok_start == m->tok_end || o->tok_start == m->tok_end + 1 ||
			     o->tok_end == m->tok_start))
			return 1;
		if (!o->n && o->tok_end == from)
			return 1;
	}
	return m->tok_end < k->st->tok_end && people_at(k->c, k->si, m->tok_end);
}

/*
 * "مقتل وإصابة 218", "killed or wounded": is there, beside the casualty word
 * `best_m` of kind `best` (killed or wounded) and on the same side of
 * member `x`, a word of the other kind, next to it or across "and/or"?
 * Then the number counts the two together.
 */
static int killed_and_wounded(const struct counting *k, const struct member *x,
			      const struct rasd_match *best_m, int best)
{
	const struct rasdp_ctx *c = k->c;
	const struct rasd_doc *d = c->d;
	size_t i;

	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);
		int kd;

		if (m->kind != RASD_LEX_CASUALTY || m == best_m)
			continue;
		kd = rasdp_lex_casualty(c->lx, m->entry)->kind;
		if (kd + best != RASD_CAS_KILLED + RASD_CAS_WOUNDED || kd == best)
			continue;
		if ((m->tok_start == best_m->tok_end ||
		     (m->tok_start == best_m->tok_end + 1 &&
		      rasdp_cue(d, best_m->tok_end, RASD_CUE_CONJUNCTION))) ||
		    (best_m->tok_start == m->tok_end ||
		     (best_m->tok_start == m->tok_end + 1 &&
		      rasdp_cue(d, m->tok_end, RASD_CUE_CONJUNCTION)))) {
			/*
			 * Both on the same side of the figure, and the other word
			 * counting no number of its own ("54 قتلوا وأصيب 158").
			 */
			if ((m->tok_start < x->tok_start) == (best_m->tok_start < x->tok_start) &&
			    !counts_other(k, x, m))
				return 1;
		}
	}
	return 0;
}

/*
 * "فقدان ثلاثة مقاتلين ... لحياتهم", "فقدوا حياتهم": a word of going missing
 * with "life" after it in its clause says killed.
 */
static int lost_life(const struct counting *k, const struct rasd_match *m)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t t;

	for (t = m->tok_end; t < k->st->tok_end && t < m->tok_end + 12; t++) {
		if (rasdp_is_break(d, t))
			return 0;
		if (rasdp_cue(d, t, RASD_CUE_LIFE))
			return 1;
	}
	return 0;
}

/* The kind of casualty word `m`, with the idioms read whole. */
static int casualty_kind(const struct counting *k, const struct rasd_match *m)
{
	int kind = rasdp_lex_casualty(k->c->lx, m->entry)->kind;

	if (kind == RASD_CAS_MISSING && lost_life(k, m))
		return RASD_CAS_KILLED;
	return kind;
}

/*
 * The casualty kind governing member `x`: the best scoring casualty word
 * of its sentence (the decision above: the noun right after a number, "14
 * قتيلا", "20 dead", else the nearest word of its clause before, "قتل 14
 * شخصا", or after, "20 people were killed"), else a toll reaching it.
 * Sets x->kind (-1: none), x->rank (lower nearer: the bias less the
 * score), x->near and x->cas_tok.
 */
static void bind_casualty(const struct counting *k, struct member *x)
{
	const struct rasdp_ctx *c = k->c;
	const struct rasd_model *model = casualty_model(c->d);
	const struct rasd_match *best_m = NULL;
	double best = 0;
	float f[CF__COUNT];
	size_t i;

	x->kind = -1;
	x->rank = OUT_OF_REACH;
	x->near = 0;
	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);
		double score;
		int near;

		if (m->kind != RASD_LEX_CASUALTY)
			continue;
		casualty_features(k, m, rasdp_lex_casualty(c->lx, m->entry)->noun, x, f, &near);
		/* Another count between them belongs to that word instead. */
		f[CF_COUNT_BETWEEN] = (float)count_between(k, m, x);
		score = rasdp_model_score(model, f);
		if (score > best) {
			best = score;
			x->rank = (int)lround(model->w[CF_BIAS] - score);
			x->near = (uint8_t)near;
			x->kind = casualty_kind(k, m);
			x->cas_tok = m->tok_start;
			x->cas_noun = rasdp_lex_casualty(c->lx, m->entry)->noun;
			x->own = (uint8_t)(f[CF_OWN_WORD] || f[CF_OWN_NOUN]);
			best_m = m;
		}
	}
	/*
	 * "ارتفعت حصيلة القتلى إلى شخصين كما جرح ستة": a toll reaching the
	 * count right before it is its word, but for its own noun
	 */
	if (x->n && !x->own) {
		uint32_t t;
		int kind = toll_reached(k, x, &t);

		if (kind >= 0) {
			x->kind = kind;
			x->cas_tok = t;
			x->rank = 0;
			x->near = 0;
			best_m = NULL;
		}
	}
	if (best_m && !x->own && (x->kind == RASD_CAS_KILLED || x->kind == RASD_CAS_WOUNDED) &&
	    killed_and_wounded(k, x, best_m, x->kind))
		x->kind = RASD_CAS_KILLED_OR_WOUNDED;
}

/*
 * The subset word that opens a part with member `x`: "123 شخصا من ضمنهم 54
 * مدنيا بينهم 39 طفلا", "81 شهيدا منهم 6 نساء", "including five children",
 * "عدد القتلى بصفوف الخريجين 62", "من بين القتلى طفلان", "among the dead
 * were two fighters": a subset word (or "in the ranks of") at most three
 * tokens before it in its clause, or an `among` word with the dead it
 * picks from.  Returns its token, or UINT32_MAX.
 */
static uint32_t part_cue(const struct counting *k, const struct member *x)
{
	const struct rasdp_ctx *c = k->c;
	const struct rasd_doc *d = c->d;
	uint32_t t, reach = 4;
	size_t i;

	for (t = x->tok_start; t > k->st->tok_start && x->tok_start - t < reach; t--) {
		const struct rasd_match *cas = NULL;

		if (rasdp_is_break(d, t - 1) && !(d->toks[t - 1].flags & RASD_TOKF_QUOTE))
			return UINT32_MAX;
		for (i = k->si->m_first; i < k->si->m_last; i++) {
			const struct rasd_match *m = rasdp_match_at(c, i);

			if (m->kind == RASD_LEX_CASUALTY && m->tok_start <= t - 1 && m->tok_end >= t)
				cas = m;
		}
		if (cas) {
			/* "among the dead were": the toll the part is taken from */
			if (!rasdp_lex_casualty(c->lx, cas->entry)->noun)
				return UINT32_MAX;  /* "بينهم طفلان وأصيب 12": another count */
			reach += cas->tok_end - cas->tok_start + 1;
			continue;
		}
		if (rasdp_cue(d, t - 1, RASD_CUE_SUBSET) || rasdp_cue(d, t - 1, RASD_CUE_RANKS))
			return t - 1;
		if (rasdp_cue(d, t - 1, RASD_CUE_AMONG) && reach > 4)
			return t - 1;
	}
	return UINT32_MAX;
}

/*
 * Is token `u` in a date a toll may run from: a month, a year, a day
 * named, not a few days back ("منذ يومين", two days ago: the event's own
 * time)?
 */
static int since_date(const struct rasd_doc *d, uint32_t u)
{
	size_t i = rasdp_date_from(d, u);

	/* dates are in token order and never overlap: the one at u or the one before */
	if (i == d->ndates || d->dates[i].tok_start != u)
		i = i ? i - 1 : d->ndates;
	if (i < d->ndates) {
		const struct rasd_date *t = &d->dates[i];

		if (u >= t->tok_start && u < t->tok_end)
			return !(t->relative && (t->precision == RASD_PREC_DAY ||
						 t->precision == RASD_PREC_WEEK));
	}
	return 0;
}

/*
 * Is clause [a, b) a toll of a whole year: a year named ("in 2019", "خلال
 * عام 2023") and no event's word in it ("SNHR documented the deaths of
 * 3,364 civilians in 2019"; "in 2017 a bombing killed 30" tells of an
 * event, and its figure stays)?
 */
static int year_toll(const struct counting *k, uint32_t a, uint32_t b)
{
	const struct rasd_doc *d = k->c->d;
	int year = 0;
	size_t i;

	for (i = rasdp_date_from(d, a); i < d->ndates && d->dates[i].tok_start < b; i++)
		if (d->dates[i].tok_end <= b) {
			if (d->dates[i].precision != RASD_PREC_YEAR)
				return 0;
			year = 1;
		}
	if (!year)
		return 0;
	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if (m->kind == RASD_LEX_TRIGGER && m->tok_start >= a && m->tok_start < b)
			return 0;
	}
	return 1;
}

/* Is token `t` "since" with a date or a year after it, before `b` ("since 2019", "منذ مطلع شباط")? */
static int since_at(const struct rasd_doc *d, uint32_t t, uint32_t b)
{
	uint32_t u;

	if (!rasdp_cue(d, t, RASD_CUE_SINCE))
		return 0;
	for (u = t + 1; u < b && u <= t + 3; u++) {
		const struct rasd_number *y = number_at(d, u);

		if (since_date(d, u) || (y && y->value >= 1900 && y->value <= 2100))
			return 1;
	}
	return 0;
}

/*
 * Is member `x` a toll of the whole war, of a period or of deaths without
 * violence?  Its clause holds a background cue ("350,000 killed during the
 * civil war", "منذ اندلاع الحرب"), "since" with a date ("80 assassinations
 * since 2019", "منذ مطلع شباط"), a period counted ("in the last 17 days",
 * "خلال الأيام العشرة الماضية") or a cause that is no violence
 * ("earthquake", "حادث مروري").  ("since 2017, when at least 30 were
 * killed" is an earlier event, in a clause of its own, and stays a figure.)
 */
static int not_of_event(const struct counting *k, const struct member *x)
{
	const struct rasdp_ctx *c = k->c;
	const struct rasd_doc *d = c->d;
	const struct rasd_sentence *st = k->st;
	uint32_t a = x->tok_start, b = x->tok_end, t;
	size_t i;

	while (a > st->tok_start && !rasdp_is_break(d, a - 1) && x->tok_start - a < 40)
		a--;
	while (b < st->tok_end && !rasdp_is_break(d, b) && b - x->tok_end < 40)
		b++;
	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);

		if (m->kind == RASD_LEX_NEGATION && m->tok_start >= a && m->tok_end <= b &&
		    rasdp_lex_negation(c->lx, m->entry)->kind == RASD_NEG_BACKGROUND)
			return 1;
	}
	for (t = a; t < b; t++) {
		if (rasdp_cue(d, t, RASD_CUE_CAUSE))
			return 1;
		if (since_at(d, t, b))
			return 1;
	}
	if (year_toll(k, a, b))
		return 1;
	/*
	 * "ومنذ منتصف آذار، شنت القوات مئات الغارات، ما أدى إلى مقتل 125":
	 * "since" opening the sentence spans all its clauses
	 */
	for (t = st->tok_start; t < st->tok_end && rasdp_is_punct(d, t); t++)
		;
	if (t < a && since_at(d, t, st->tok_end))
		return 1;
	/*
	 * a time counted in the clause, just gone or after "in/after/during":
	 * "over 1,700 in the last 17 days", "خلال الأيام العشرة الماضية",
	 * "after 13 years of war" (not "منذ يومين", two days ago, nor "a
	 * two-day raid")
	 */
	for (i = rasdp_num_from(d, a); i < d->nnums && d->nums[i].tok_start < b; i++) {
		const struct rasd_number *o = &d->nums[i];
		uint32_t p, from, to;

		if (o == x->n || o->tok_end > b || !counts_time(d, o))
			continue;
		from = o->tok_start > st->tok_start + 2 ? o->tok_start - 2 : st->tok_start;
		to = o->tok_end + 2 < st->tok_end ? o->tok_end + 2 : st->tok_end;
		for (p = from; p < to; p++)
			if (rasdp_cue(d, p, RASD_CUE_PAST) ||
			    (p < o->tok_start && rasdp_cue(d, p, RASD_CUE_THINGS_PREP)))
				return 1;
	}
	return 0;
}

/* Does a group of people ("مدنيين", "civilians") start at token `t`? */
static int people_at(const struct rasdp_ctx *c, const struct rasdp_sent *s, uint32_t t)
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

/*
 * Does number `n` count things, not people: "two explosive devices",
 * "بعبوتين" (the dual is the number), "two improvised explosive devices"
 * (one word between), time ("37 عاما", "a 23-year-old"), the size of a
 * unit ("خلية مكونة من 7 عناصر", "سجن يضم 200"), or part of a name
 * ("Kurdistan 24")?  "killed 3 in raids" and
 * "قتل سبعة مدنيين بغارات" are people: a preposition or a group of people
 * between parts them.
 */
static int counts_things(const struct rasdp_ctx *c, const struct rasdp_sent *s,
			 const struct rasd_number *n)
{
	const struct rasd_doc *d = c->d;
	size_t i;

	if (counts_time(d, n))
		return 1;
	if ((n->tok_start >= 1 && rasdp_cue(d, n->tok_start - 1, RASD_CUE_UNIT_SIZE)) ||
	    (n->tok_start >= 2 && rasdp_cue(d, n->tok_start - 2, RASD_CUE_UNIT_SIZE)))
		return 1;
	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);

		/* part of a name: "Kurdistan 24", "الفرقة 25" */
		if ((m->kind == RASD_LEX_SOURCE || m->kind == RASD_LEX_ACTOR ||
		     m->kind == RASD_LEX_PLACE) &&
		    m->tok_start <= n->tok_start && m->tok_end > n->tok_start)
			return 1;

		if (m->kind != RASD_LEX_GROUP || m->tok_start < n->tok_start ||
		    m->tok_start > n->tok_end + 1 ||
		    strcmp(rasdp_lex_group(c->lx, m->entry)->id, "things"))
			continue;
		/*
		 * a dual is its own noun: "طفلان بانفجار عبوة" counts the
		 * children, the bomb a word on is no noun of theirs
		 */
		if (n->noun_tok >= n->tok_start && n->noun_tok < n->tok_end &&
		    m->tok_start >= n->tok_end)
			continue;
		if (m->tok_start == n->tok_end + 1 &&
		    (rasdp_is_break(d, n->tok_end) || rasdp_cue(d, n->tok_end, RASD_CUE_THINGS_PREP) ||
		     people_at(c, s, n->tok_end)))
			continue;
		return 1;
	}
	return 0;
}

/*
 * Does number `n` pick from things, not people: "one of the deadliest
 * attacks", "one of the few remaining clinics"?  In English, a number with
 * "of the" after it (the number reader steps over the "of": its noun is a
 * word further on) names what it picks from within three words: people, an
 * actor or a casualty word ("two of the soldiers", "one of the dead");
 * else it counts no one.  ("one of them", "one of its members" have no
 * article to look past.)
 */
static int picks_things(const struct rasdp_ctx *c, const struct rasdp_sent *s,
			const struct rasd_number *n)
{
	const struct rasd_doc *d = c->d;
	uint32_t a = n->tok_end + 2, b;
	size_t i;

	if (n->noun_tok != n->tok_end + 1 || !(d->toks[n->tok_end].flags & RASD_TOKF_LATIN) ||
	    a > d->sents[d->toks[n->tok_start].sent].tok_end || !rasdp_cue(d, a - 1, RASD_CUE_ARTICLE))
		return 0;
	b = a + 3;
	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);

		if (m->tok_start < a || m->tok_start >= b)
			continue;
		if (m->kind == RASD_LEX_ACTOR || m->kind == RASD_LEX_CASUALTY ||
		    (m->kind == RASD_LEX_GROUP && strcmp(rasdp_lex_group(c->lx, m->entry)->id, "things")))
			return 0;
	}
	return 1;
}

/*
 * Does number `n` count time: a unit of time right after it ("37 عاما", "17
 * days", "a 23-year-old") or right before it ("الأيام العشرة")?
 */
static int counts_time(const struct rasd_doc *d, const struct rasd_number *n)
{
	/*
	 * an age set off by commas after a name: "Sameh Aqtash, 37, was shot",
	 * "Hallel Yaniv, 22 —"
	 */
	if (n->value < 120 && n->tok_start >= 2 && n->tok_end < d->ntoks &&
	    rasdp_tok_is_punct(d, n->tok_start - 1, ',') &&
	    (d->toks[n->tok_start - 2].flags & RASD_TOKF_CAP) && rasdp_is_punct(d, n->tok_end))
		return 1;
	/* a dual of time is its own unit: "استمر يومين" */
	if (n->noun_tok >= n->tok_start && n->noun_tok < n->tok_end &&
	    rasdp_cue(d, n->noun_tok, RASD_CUE_PERIOD))
		return 1;
	return rasdp_cue(d, n->tok_end, RASD_CUE_PERIOD) ||
	       (n->tok_start > 0 && rasdp_cue(d, n->tok_start - 1, RASD_CUE_PERIOD)) ||
	       (n->tok_end + 1 < d->ntoks && rasdp_tok_is_punct(d, n->tok_end, '-') &&
		rasdp_cue(d, n->tok_end + 1, RASD_CUE_PERIOD));
}

/* "no one was hurt", "لم يصب أحد": a negator right before the quantity. */
static int zero_quantity(const struct counting *k, uint32_t t)
{
	const struct rasdp_ctx *c = k->c;
	size_t i;

	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);

		if (m->kind == RASD_LEX_NEGATION && m->tok_end <= t && t - m->tok_end <= 1 &&
		    rasdp_lex_negation(c->lx, m->entry)->kind == RASD_NEG_NOT)
			return 1;
	}
	return 0;
}

/* The group a figure counts ("عنصرا", "civilians") and its actor. */
static void group_for(const struct rasdp_ctx *c, const struct rasdp_sent *s,
		      const struct rasd_number *n, struct rasd_claim *cl)
{
	const struct rasd_doc *d = c->d;
	size_t i;
	uint32_t gend = 0;

	cl->who = NULL;
	cl->who_actor = -1;
	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);

		/*
		 * "نحو عشرة قتلى بينهم قياديان", "including two leaders": what
		 * follows "among them" is a subset, not the group counted.
		 */
		if (m->kind == RASD_LEX_GROUP && m->tok_start >= n->tok_start &&
		    m->tok_start <= n->tok_end + 2 && rasdp_clause_clear(d, n->tok_end, m->tok_start) &&
		    !rasdp_cue_between(d, n->tok_end, m->tok_start, RASD_CUE_SUBSET) &&
		    strcmp(rasdp_lex_group(c->lx, m->entry)->id, "things")) {
			cl->who = rasdp_lex_group(c->lx, m->entry)->id;
			gend = m->tok_end;
			break;
		}
	}
	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);
		uint32_t from = gend ? gend : n->tok_end;

		/* "two police officers": the group may itself name the actor */
		if (m->kind == RASD_LEX_ACTOR && m->tok_start >= n->tok_end &&
		    m->tok_start <= from + 3 && rasdp_clause_clear(d, n->tok_end, m->tok_start)) {
			cl->who_actor = (int32_t)m->entry;
			break;
		}
	}
	if (!cl->who && cl->who_actor >= 0)
		cl->who = "members";
}

/* ---- persons: people counted without a numeral ----------------------- */

/* Does a casualty word start at token `t`? */
static int casualty_at(const struct counting *k, uint32_t t)
{
	size_t i;

	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if (m->kind == RASD_LEX_CASUALTY && m->tok_start == t)
			return 1;
	}
	return 0;
}

/*
 * Is group match `g` an adjective of the noun next to it: in English
 * before a casualty noun ("civilian casualties", "the civilian deaths"),
 * in Arabic after an event's noun that names no casualty ("بقصف
 * إسرائيلي", an Israeli shelling; "مقتل شاب" is a young man killed)?
 */
static int adjective_of(const struct counting *k, const struct rasd_match *g)
{
	const struct rasd_doc *d = k->c->d;
	int before_trigger = 0, before_casualty = 0;
	size_t i;

	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if ((d->toks[g->tok_start].flags & RASD_TOKF_LATIN) && m->kind == RASD_LEX_CASUALTY &&
		    m->tok_start == g->tok_end && rasdp_lex_casualty(k->c->lx, m->entry)->noun)
			return 1;
		/* the event's phrase may take the adjective in: "بقصف إسرائيلي" */
		if (m->kind == RASD_LEX_TRIGGER && m->tok_start < g->tok_start &&
		    m->tok_end >= g->tok_start)
			before_trigger = 1;
		if (m->tok_end == g->tok_start && m->kind == RASD_LEX_CASUALTY)
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
 * انتحاري" names no suicide bomber).
 */
static int inside_name(const struct counting *k, const struct rasd_match *g)
{
	size_t i;

	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if ((m->kind == RASD_LEX_SOURCE || m->kind == RASD_LEX_ACTOR ||
		     m->kind == RASD_LEX_CASUALTY ||
		     (m->kind == RASD_LEX_TRIGGER && casualty_at(k, g->tok_start))) &&
		    m->tok_start < g->tok_start && m->tok_end > g->tok_start)
			return 1;
		/* "24 قتيلا وجريحا": a word of the dead after another, no person */
		if (m->kind == RASD_LEX_CASUALTY && m->tok_end == g->tok_start &&
		    casualty_at(k, g->tok_start))
			return 1;
	}
	return adjective_of(k, g);
}

/*
 * Does an English noun at `t` name one person: "a/an/one" (or "another")
 * right before it or a few words before it with only words between ("a
 * U.S. service member", "a pregnant woman", "a 23-year-old man"), or "the"
 * before a noun of one ("the attacker was shot dead": the forms of one are
 * singular)?
 */
static int english_one(const struct rasd_doc *d, uint32_t t)
{
	uint32_t u;
	int words = 0;

	if (rasdp_cue(d, t, RASD_CUE_INDEFINITE))
		return 1;
	for (u = t; u > 0 && words < 4; u--) {
		if (rasdp_is_break(d, u - 1))
			return 0;
		/* "a 23-year-old man": an age passed over, no count of the man */
		if (number_at(d, u - 1) && !rasdp_tok_is_punct(d, u, '-'))
			return 0;
		if (rasdp_cue(d, u - 1, RASD_CUE_INDEFINITE) || rasdp_cue(d, u - 1, RASD_CUE_ONE_OF) ||
		    rasdp_cue(d, u - 1, RASD_CUE_ARTICLE))
			return 1;
		words += !rasdp_is_punct(d, u - 1);
	}
	return 0;
}

/*
 * Is the person at [a, b) the noun of a count: a number before it, wrapping
 * it or right after it ("killed 3 civilians", "مدنيين اثنين", "one man")?
 */
static int noun_of_count(const struct counting *k, uint32_t a, uint32_t b)
{
	size_t i;

	for (i = 0; i < k->n; i++) {
		const struct member *o = &k->m[i];

		if (!o->n)
			continue;
		if ((o->tok_start < b && o->tok_end > a) ||
		    ((o->tok_end == a || o->tok_end + 1 == a) && !conj_before(k->c->d, a, NULL)) ||
		    (o->tok_start == b && !o->n->conj))
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
 * Is the word at `t` the dual of a noun naming one person ("شقيقان",
 * "طفلتين", "شرطيين آخرين أصيبا")?  Its group, or NULL.  An ending "ين"
 * that may be a plural counts two only when a dual agrees with it.
 */
static const struct rasd_group *dual_person(const struct counting *k, uint32_t t)
{
	const struct rasd_doc *d = k->c->d;
	char stem[64];
	unsigned key;
	size_t e;

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

/* Add a member, kept in token order; 0, or -1 when full or already there. */
static int add_member(struct counting *k, const struct member *x)
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
 * The duals of persons in the sentence, each a count of two ("قتل شقيقان"),
 * when it has a casualty word: not a word the number reader took already
 * ("قتيلين"), a word of a name, the noun a number counts ("5 مدنيين") nor
 * a dual agreeing with the one before it ("طفلان شقيقان").
 */
static void find_duals(struct counting *k)
{
	const struct rasdp_ctx *c = k->c;
	const struct rasd_doc *d = c->d;
	uint32_t t;
	size_t i;

	k->ndual = 0;
	if (!casualty_in(c, k->si, k->st->tok_start, k->st->tok_end))
		return;
	for (t = k->st->tok_start; t < k->st->tok_end && k->ndual < MAX_DUALS && k->n < MAX_MEMBERS;
	     t++) {
		const struct rasd_group *g;
		struct rasd_number *n;
		struct member x;
		int named = 0;

		if (d->toks[t].kind != RASD_TOK_WORD || !(d->toks[t].flags & RASD_TOKF_ARABIC) ||
		    !dual_ending(d, t) || number_at(d, t) || noun_of_count(k, t, t + 1))
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
		if (add_member(k, &x))
			k->ndual--;
	}
}

/*
 * The end of a person's noun phrase that ends at `t`, taking in the actor
 * it belongs to: "زعيم تنظيم داعش" (فجر نفسه), "قيادي في هيئة تحرير
 * الشام", "a commander of the Nusra Front" (with "of/في/من", and "the").
 */
static uint32_t affiliation_end(const struct counting *k, uint32_t t)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t u = t;
	size_t i;

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

/*
 * The end of an English name that starts at `t`, after a title: an
 * acronym in brackets passed over ("The leader of Islamic State (ISIS)
 * Abu Ibrahim al-Qurayshi"), then capitalised words and the particles
 * written onto them with a hyphen ("al-Qurayshi").  A date, and words the
 * lexicons know as an actor, a source or a casualty word, are no name;
 * places are ("Abu Omar", "al-Baghdadi": names of places and of people
 * are one stock).
 * Returns `t` when no name follows.
 */
static uint32_t name_end(const struct counting *k, uint32_t t)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t u = t, e = t;
	size_t i;

	if (u < k->st->tok_end && rasdp_tok_is_punct(d, u, '(')) {
		while (u < k->st->tok_end && u < t + 5 && !rasdp_tok_is_punct(d, u, ')'))
			u++;
		if (u >= k->st->tok_end || !rasdp_tok_is_punct(d, u, ')'))
			return t;
		u++;
	}
	for (; u < k->st->tok_end && d->toks[u].kind == RASD_TOK_WORD; u++) {
		if (!(d->toks[u].flags & RASD_TOKF_CAP) &&
		    !(u + 1 < k->st->tok_end && hyphen_joined(d, u + 1) &&
		      (d->toks[u + 1].flags & RASD_TOKF_CAP)))
			break;
		if (rasdp_in_date(d, u))
			break;
		for (i = k->si->m_first; i < k->si->m_last; i++) {
			const struct rasd_match *m = rasdp_match_at(k->c, i);

			/* "Abu Omar", "al-Baghdadi" are names, though places' too */
			if (m->tok_start <= u && m->tok_end > u && m->kind != RASD_LEX_GROUP &&
			    m->kind != RASD_LEX_PLACE)
				return e;
		}
		e = u + 1;
	}
	return e;
}

/* The persons of the sentence: nouns naming one, and "one of" a group. */
static void find_persons(struct counting *k)
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
	 * and "another number" is no one ("عدد آخر")
	 */
	for (t = k->st->tok_start; t < k->st->tok_end && k->n < MAX_MEMBERS; t++) {
		const struct rasd_match *g;

		if (!rasdp_cue(d, t, RASD_CUE_ONE_OF) || rasdp_in_date(d, t) || number_at(d, t) ||
		    number_at(d, t + 1) || group_before(k, t) ||
		    (t > k->st->tok_start && rasdp_cue(d, t - 1, RASD_CUE_TOLL)))
			continue;
		g = group_after(k, t + 1);
		x.tok_start = t;
		x.tok_end = g ? g->tok_end : t + 1;
		x.who = g ? rasdp_lex_group(c->lx, g->entry)->id : "people";
		add_member(k, &x);
	}
	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *g = rasdp_match_at(c, i);

		uint32_t end;

		if (g->kind != RASD_LEX_GROUP || !rasdp_lex_group(c->lx, g->entry)->one ||
		    inside_name(k, g) || adjective(d, g->tok_start) ||
		    noun_of_count(k, g->tok_start, g->tok_end))
			continue;
		end = affiliation_end(k, g->tok_end);
		if (d->toks[g->tok_start].flags & RASD_TOKF_LATIN) {
			/* a name after the title makes it one: "ISIS leader Abu Bakr al-Baghdadi" */
			uint32_t named = name_end(k, end);

			if (named == end && !english_one(d, g->tok_start))
				continue;
			x.named = named != end;
			end = named;
		}
		/* "جندي أمريكي", "مقاول أمريكي آخر": one person, named twice */
		for (j = 0; j < k->n; j++)
			if (!k->m[j].n && k->m[j].tok_end == g->tok_start &&
			    !conj_before(d, g->tok_start, NULL))
				break;
		if (j < k->n) {
			if (g->tok_end > k->m[j].tok_end)
				k->m[j].tok_end = g->tok_end;
			continue;
		}
		x.tok_start = g->tok_start;
		x.tok_end = end;
		x.who = rasdp_lex_group(c->lx, g->entry)->id;
		add_member(k, &x);
		x.named = 0;
	}
}

/*
 * The casualty word of person `x` beside it: right after the word, or a
 * few words on past the subject in Arabic ("اغتال مسلحون مجهولون
 * القيادي", never across a preposition, cues.tsv `name_stop`) or after
 * "a/an" in English ("killed a former rebel commander"); or just before
 * it ("a soldier was wounded").  Sets x->kind, x->rank, x->cas_tok.
 */
static void person_casualty(const struct counting *k, struct member *x)
{
	const struct rasdp_ctx *c = k->c;
	const struct rasd_doc *d = c->d;
	size_t i;

	x->kind = -1;
	x->rank = OUT_OF_REACH;
	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *cm = rasdp_match_at(c, i);
		int rank = OUT_OF_REACH;

		if (cm->kind != RASD_LEX_CASUALTY)
			continue;
		/* the noun names the dead itself: "قتيل", "الشهيد باسل", "انتحاري" */
		if (cm->tok_start >= x->tok_start && cm->tok_end <= x->tok_end)
			rank = 0;
		else if (x->tok_start >= cm->tok_end && x->tok_start <= cm->tok_end + 1 &&
		    rasdp_clause_clear(d, cm->tok_end, x->tok_start))
			rank = (int)(x->tok_start - cm->tok_end) * 2;
		else if (x->tok_start > cm->tok_end + 1 && x->tok_start <= cm->tok_end + 3 &&
			 !rasdp_lex_casualty(c->lx, cm->entry)->noun &&
			 rasdp_clause_clear(d, cm->tok_end, x->tok_start) &&
			 ((d->toks[cm->tok_end].flags & RASD_TOKF_LATIN) ?
			  english_one(d, x->tok_start) || x->named :
			  !rasdp_cue_between(d, cm->tok_end, x->tok_start, RASD_CUE_NAME_STOP)))
			rank = (int)(x->tok_start - cm->tok_end) * 2;
		else if (x->tok_end <= cm->tok_start && cm->tok_start - x->tok_end <= 2 &&
			 rasdp_clause_clear(d, x->tok_end, cm->tok_start))
			rank = (int)(cm->tok_start - x->tok_end) * 2 + 1;
		if (rank < x->rank) {
			x->rank = rank;
			x->near = rank <= 1;
			x->kind = casualty_kind(k, cm);
			x->cas_tok = cm->tok_start;
			x->cas_noun = rasdp_lex_casualty(c->lx, cm->entry)->noun;
		}
	}
}

/* ---- lists ------------------------------------------------------------ */

/*
 * Can token `t` be part of a member's noun phrase: a group, an actor or a
 * place named, a word linking them ("of", "من", "the")?
 */
static int in_noun_phrase(const struct counting *k, uint32_t t)
{
	const struct rasd_doc *d = k->c->d;
	size_t i;

	if (rasdp_cue(d, t, RASD_CUE_VICTIMS_OF) || rasdp_cue(d, t, RASD_CUE_ARTICLE) ||
	    (d->toks[t].flags & RASD_TOKF_QUOTE))
		return 1;
	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if ((m->kind == RASD_LEX_GROUP || m->kind == RASD_LEX_ACTOR ||
		     m->kind == RASD_LEX_PLACE) && m->tok_start <= t && m->tok_end > t)
			return 1;
	}
	return 0;
}

/* Is word `t` joined to the word before it by a hyphen alone ("Kurdish-led")? */
static int hyphen_joined(const struct rasd_doc *d, uint32_t t)
{
	return t > 0 && d->toks[t].kind == RASD_TOK_WORD && d->toks[t - 1].kind == RASD_TOK_WORD &&
	       d->toks[t].start == d->toks[t - 1].end + 1 && d->text[d->toks[t - 1].end] == '-';
}

/*
 * Where English person `x` starts with its determiner: "a young girl", "the
 * wounded man" (a person's own span is its noun).
 */
static uint32_t person_start(const struct counting *k, const struct member *x)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t u;

	if (x->n || !(d->toks[x->tok_start].flags & RASD_TOKF_LATIN) ||
	    rasdp_cue(d, x->tok_start, RASD_CUE_INDEFINITE) || rasdp_cue(d, x->tok_start, RASD_CUE_ARTICLE))
		return x->tok_start;
	for (u = x->tok_start; u > k->st->tok_start && x->tok_start - u < 3; u--) {
		if (rasdp_is_break(d, u - 1) || rasdp_cue(d, u - 1, RASD_CUE_CONJUNCTION))
			break;
		if (rasdp_cue(d, u - 1, RASD_CUE_INDEFINITE) || rasdp_cue(d, u - 1, RASD_CUE_ARTICLE))
			return u - 1;
	}
	return x->tok_start;
}

/*
 * Is member `b` joined to member `a` before it in one list: "و"/"and"
 * right before `b`, only `a`'s noun phrase between, no casualty word and
 * no clause break ("8 عسكريين ومدني", "four fighters of the ISF and two
 * from the SDF")?
 */
static int joined(const struct counting *k, const struct member *a, const struct member *b)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t t, bs = person_start(k, b), last = bs, gap = 0;
	int other = 0;

	/* "14 امرأة ورجل واحد": the conjunction on the noun before "one" */
	int noun_first = b->n && bs > a->tok_end && rasdp_waw_clitic(d, bs - 1) &&
			 people_at(k->c, k->si, bs - 1);

	/* a compound is one word: "Kurdish-led" */
	for (t = a->tok_end; t < bs && gap <= LIST_GAP; t++)
		gap += !hyphen_joined(d, t);
	if (bs < a->tok_end || gap > LIST_GAP ||
	    !(conj_before(d, bs, b->n) || noun_first) ||
	    !rasdp_clause_clear(d, a->tok_end, bs) ||
	    casualty_in(k->c, k->si, a->tok_end, bs))
		return 0;
	/* the gap is a noun phrase: groups, actors, places, "of/من", one word more */
	if (noun_first)
		last--;
	else if (!(b->n ? b->n->conj : rasdp_waw_clitic(d, bs)))
		last--;
	for (t = a->tok_end; t < last; t++)
		if (!in_noun_phrase(k, t) && !hyphen_joined(d, t) && ++other > 1)
			return 0;
	return 1;
}

/*
 * Is count `x` a part named with the total it is of after it: "5 منهم
 * أطفال", "two of them seriously" (the number reader steps over "of")?
 */
static int of_them(const struct rasd_doc *d, const struct member *x)
{
	return x->n && x->tok_end < d->ntoks &&
	       (rasdp_cue(d, x->tok_end, RASD_CUE_PARTITIVE) ||
		(x->n->noun_tok == x->tok_end + 1 && rasdp_cue(d, x->n->noun_tok, RASD_CUE_PARTITIVE)));
}

/*
 * Link the members into lists, and mark the parts: a member after a subset
 * word or before "of them", and every member joined after it.
 */
static void link_lists(struct counting *k)
{
	size_t i;

	for (i = 0; i < k->n; i++) {
		struct member *x = &k->m[i];

		x->list = (int)i;
		x->cue = part_cue(k, x);
		x->part = x->cue != UINT32_MAX || rasdp_cue(k->c->d, x->tok_start, RASD_CUE_SUBSET) ||
			  of_them(k->c->d, x);
		if (i > 0 && joined(k, &k->m[i - 1], x)) {
			x->list = k->m[i - 1].list;
			if (k->m[i - 1].part && !x->part) {
				x->part = 1;
				x->cue = k->m[i - 1].cue;
			}
		}
	}
}

/* The end of the longest casualty phrase starting at token `t`. */
static uint32_t phrase_end(const struct counting *k, uint32_t t)
{
	uint32_t e = t + 1;
	size_t i;

	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if (m->kind == RASD_LEX_CASUALTY && m->tok_start <= t && m->tok_end > e)
			e = m->tok_end;
	}
	return e;
}

/*
 * Part `x` of total `tot`: a casualty word standing between the total's
 * own word and the part opens a toll of its own, and the part is taken
 * from it ("قتل خمسة أشخاص وأصيب عدد آخر، بينهم امرأة": the woman is
 * among the wounded, though no number counts them).
 */
static void later_toll(const struct counting *k, const struct member *tot, struct member *x)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t from = tot->cas_tok > tot->tok_end ? phrase_end(k, tot->cas_tok) : tot->tok_end;
	uint32_t to = x->cue != UINT32_MAX ? x->cue : x->tok_start;
	const struct rasd_match *last = NULL;
	size_t i;

	/* the total's own word pair is one phrase: "killed or wounded", "مقتل وإصابة" */
	for (i = k->si->m_first; tot->cas_tok > tot->tok_end && i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if (m->kind == RASD_LEX_CASUALTY && (m->tok_start == from ||
		    (m->tok_start == from + 1 && rasdp_cue(d, from, RASD_CUE_CONJUNCTION))))
			from = m->tok_end;
	}

	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if (m->kind == RASD_LEX_CASUALTY && m->tok_start >= from && m->tok_end <= to &&
		    (!last || m->tok_start > last->tok_start))
			last = m;
	}
	if (last)
		x->kind = casualty_kind(k, last);
}

/* Does the group "others" start at token `t` ("three others", "3 آخرين")? */
static int others_at(const struct counting *k, uint32_t t)
{
	size_t i;

	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if (m->kind == RASD_LEX_GROUP && m->tok_start == t &&
		    !strcmp(rasdp_lex_group(k->c->lx, m->entry)->id, "others"))
			return 1;
	}
	return 0;
}

/*
 * "N others" left without a word, joined by "و"/"and" after a clause
 * whose count has one, says that word again unsaid: "two fighters were
 * killed in Mayadeen, and three others near Albu Kamal", "قتل 4 في سرمين
 * و3 آخرون في بنش".  It takes the kind of the nearest bound count before
 * it, when no other casualty word stands between.
 */
static void gapped_counts(struct counting *k)
{
	const struct rasd_doc *d = k->c->d;
	size_t i, j;

	for (i = 1; i < k->n; i++) {
		struct member *x = &k->m[i];

		if (x->kind >= 0 || x->skip || !x->n || x->part ||
		    !conj_before(d, x->tok_start, x->n) || !others_at(k, x->tok_end))
			continue;
		for (j = i; j-- > 0;) {
			const struct member *y = &k->m[j];
			uint32_t from;

			if (y->skip || !y->n)
				continue;
			/* no other casualty word after y's own ("were killed" is one) */
			from = y->cas_tok > y->tok_end ? phrase_end(k, y->cas_tok) : y->tok_end;
			if (y->kind >= 0 && y->cas_tok < x->tok_start && from <= x->tok_start &&
			    !casualty_in(k->c, k->si, from, x->tok_start)) {
				x->kind = y->kind;
				x->rank = y->rank;
				x->cas_tok = y->cas_tok;
			}
			break;
		}
	}
}

/*
 * Part `x` with no count before it, opened right after a casualty noun
 * ("the victims, including a newlywed man and three children", "القتلى،
 * ومن بينهم ..."): the part is of the people that noun names.
 */
static void dead_named_before(const struct counting *k, struct member *x)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t t = x->cue;
	size_t i;

	if (t > k->st->tok_start && rasdp_tok_is_punct(d, t - 1, ','))
		t--;
	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if (m->kind == RASD_LEX_CASUALTY && m->tok_end == t &&
		    rasdp_lex_casualty(k->c->lx, m->entry)->noun) {
			x->kind = casualty_kind(k, m);
			x->rank = 0;
			x->cas_tok = m->tok_start;
			return;
		}
	}
}

/*
 * Does part `x` say its own kind a few words after it, in its clause
 * ("70 of them confirmed dead", "5 منهم قتلى")?  Then it keeps it.
 */
static int own_word_after(const struct counting *k, const struct member *x)
{
	const struct rasd_doc *d = k->c->d;
	size_t i;

	if (x->kind < 0 || x->cas_tok < x->tok_end || x->cas_tok > x->tok_end + 3 ||
	    !rasdp_clause_clear(d, x->tok_end, x->cas_tok) ||
	    casualty_in(k->c, k->si, x->tok_end, x->cas_tok))
		return 0;
	/* not a word opening the next clause with its own count: "بينهم طفلان وأصيب 12" */
	if (rasdp_waw_clitic(d, x->cas_tok) ||
	    (x->cas_tok > 0 && rasdp_cue(d, x->cas_tok - 1, RASD_CUE_CONJUNCTION)))
		return 0;
	for (i = 0; i < k->n; i++)
		if (k->m[i].tok_start > x->cas_tok && k->m[i].tok_start <= x->cas_tok + 2)
			return 0;
	return 1;
}

/*
 * Bind every member: its own casualty word; a part counts what its toll
 * counts; a member without a word of its own takes its list's ("8 عسكريين
 * ومدني لقوا مصرعهم": the civilian too).
 */
static void bind_members(struct counting *k)
{
	size_t i, j;
	int total = -1;

	for (i = 0; i < k->n; i++) {
		struct member *x = &k->m[i];

		if (x->n)
			bind_casualty(k, x);
		else
			person_casualty(k, x);
		/*
		 * "30 قتيلا من ضمنهم 12 مدنيا بينهم 5 أطفال": the toll's kind,
		 * unless the part has its own noun beside it ("3 شبان أحدهم جريح")
		 */
		if (x->part && total >= 0 && k->m[total].kind >= 0 && !x->skip &&
		    !(x->near && x->cas_noun) && !own_word_after(k, x)) {
			x->kind = k->m[total].kind;
			x->rank = k->m[total].rank;
			x->cas_tok = x->tok_start;
			later_toll(k, &k->m[total], x);
		}
		if (x->part && x->kind < 0 && x->cue != UINT32_MAX)
			dead_named_before(k, x);
		if (!x->part && x->n && x->kind >= 0 && !x->skip)
			total = (int)i;
	}
	for (i = 0; i < k->n; i++) {
		struct member *x = &k->m[i];
		const struct member *best = NULL;

		if (x->kind >= 0 || x->skip)
			continue;
		for (j = 0; j < k->n; j++)
			if (j != i && k->m[j].list == x->list && k->m[j].kind >= 0 && !k->m[j].skip &&
			    (!best || k->m[j].rank < best->rank))
				best = &k->m[j];
		if (best) {
			x->kind = best->kind;
			x->rank = best->rank;
			x->cas_tok = best->cas_tok;
		}
	}
	gapped_counts(k);
}

/* ---- the figures ---------------------------------------------------- */

/* Is member `x` one of a breakdown with a count ("6 جنود ومدني")? */
static int breakdown_member(const struct counting *k, const struct member *x)
{
	size_t i;

	for (i = 0; i < k->n; i++)
		if (&k->m[i] != x && k->m[i].list == x->list && k->m[i].n)
			return 1;
	return 0;
}

/* Does a word of rising stand between the count before member `x` in its sentence (or the sentence start) and `x`? */
static int risen_to(const struct counting *k, const struct member *x)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t from = k->st->tok_start, t;
	size_t i;

	for (i = 0; i < k->n; i++)
		if (k->m[i].n && k->m[i].tok_end <= x->tok_start && k->m[i].tok_end > from)
			from = k->m[i].tok_end;
	for (t = from; t < x->tok_start; t++)
		if (rasdp_cue(d, t, RASD_CUE_RISE))
			return 1;
	return 0;
}

/*
 * Read once per sentence what revision_of() asks of every member: whether
 * a word of rising comes before each (member.risen) and where the first
 * word of an earlier toll is (counting.earlier), up to the last member, so
 * a long sentence is read once, not once a member.
 */
static void read_revisions(struct counting *k)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t t, last = k->st->tok_start;
	size_t i;

	for (i = 0; i < k->n; i++) {
		k->m[i].risen = (uint8_t)risen_to(k, &k->m[i]);
		if (k->m[i].tok_start > last)
			last = k->m[i].tok_start;
	}
	k->earlier = UINT32_MAX;
	for (t = k->st->tok_start; t < last; t++)
		if (rasdp_cue(d, t, RASD_CUE_EARLIER)) {
			k->earlier = t;
			break;
		}
}

/*
 * How member `x` stands against the report's other tolls, for the
 * disagree decision of incidents (src/incident/reconcile.c): the toll
 * risen to when a word of rising stands between the count before it (or
 * the sentence start) and it ("the toll rose to 54", "ارتفع عدد القتلى
 * إلى سبعة"); a toll as it stood before when a word of an earlier toll
 * opens its sentence's account before it ("Initially, the group reported
 * nine dead and 2,750 wounded", "أعلن المرصد في وقت سابق عن مقتل تسعة"),
 * or when a larger count of its kind of the same sentence is the toll
 * risen to ("9 killed, a toll that later rose to 11").
 */
static uint8_t revision_of(const struct counting *k, const struct member *x)
{
	size_t i;

	if (x->risen)
		return RASD_REV_LATER;
	if (k->earlier < x->tok_start)
		return RASD_REV_EARLIER;
	for (i = 0; x->n && i < k->n; i++)
		if (k->m[i].n && k->m[i].tok_start >= x->tok_end && k->m[i].kind == x->kind &&
		    k->m[i].n->value > x->n->value && k->m[i].risen)
			return RASD_REV_EARLIER;
	return RASD_REV_NONE;
}

/*
 * The claim of member `x` of sentence `s`.  A person counted without a
 * numeral, outside a breakdown, is one among the victims, a part: never a
 * rival of a toll ("مقتل قيادي" is no claim that one died, against "12").
 */
static void make_claim(const struct counting *k, const struct member *x, uint32_t s,
		       struct rasd_claim *cl)
{
	const struct rasdp_ctx *c = k->c;
	const struct rasd_doc *d = c->d;

	memset(cl, 0, sizeof(*cl));
	cl->kind = (uint8_t)x->kind;
	cl->sent = s;
	if (x->n) {
		cl->value = x->n->value;
		cl->value_hi = x->n->value_hi;
		cl->qualifier = x->n->qualifier;
		cl->start = x->n->start;
		cl->end = x->n->end;
		group_for(c, k->si, x->n, cl);
		if (!cl->who)
			cl->who = x->who;   /* a dual's own group */
	} else {
		cl->value = cl->value_hi = 1;
		cl->qualifier = RASD_Q_EXACT;
		cl->start = d->toks[x->tok_start].start;
		cl->end = d->toks[x->tok_end - 1].end;
		cl->who = x->who;
		cl->who_actor = -1;
	}
	if (!rasdp_clause_speaker(c, k->si, x->tok_start, &cl->src))
		cl->src = k->si->src;
	cl->denied = (uint8_t)(rasdp_denied_at(c, k->si, x->tok_start) ||
			       rasdp_negated(c, k->si, x->cas_tok < x->tok_start ? x->cas_tok
										  : x->tok_start));
	cl->subset = x->part || (!x->n && !breakdown_member(k, x));
	cl->revision = revision_of(k, x);
}

/*
 * What sentence `s` counts (see the top of this file): its counts and
 * persons, linked into lists and parts; things, times, zeros and tolls of
 * other times marked to skip.
 */
static void count_sentence(const struct rasdp_ctx *c, uint32_t s, struct counting *k)
{
	const struct rasd_doc *d = c->d;
	size_t i;
	int tot;

	k->c = c;
	k->si = &c->si[s];
	k->st = &d->sents[s];
	k->n = 0;
	/* a member past MAX_MEMBERS is left out: no more numbers are read then */
	for (i = rasdp_num_from(d, k->st->tok_start);
	     i < d->nnums && d->nums[i].tok_start < k->st->tok_end && k->n < MAX_MEMBERS; i++) {
		const struct rasd_number *n = &d->nums[i];
		struct member x;

		if (n->tok_end > k->st->tok_end || !is_count(d, n))
			continue;
		memset(&x, 0, sizeof(x));
		x.n = n;
		x.tok_start = n->tok_start;
		x.tok_end = n->tok_end;
		x.skip = counts_things(c, k->si, n) || picks_things(c, k->si, n) ? SKIP_COUNT : SKIP_NOT;
		add_member(k, &x);
	}
	find_duals(k);
	find_persons(k);
	link_lists(k);
	for (i = 0; i < k->n; i++) {
		if (k->m[i].skip)
			continue;
		if (not_of_event(k, &k->m[i]))
			k->m[i].skip = SKIP_TOLL;
		else if (zero_quantity(k, k->m[i].tok_start))
			k->m[i].skip = SKIP_COUNT;
	}
	/* the parts of a toll of another time are of that time ("3,364 in 2019, including 842 children") */
	for (i = 0, tot = -1; i < k->n; i++) {
		if (!k->m[i].part && k->m[i].n)
			tot = (int)i;
		else if (k->m[i].part && tot >= 0 && k->m[tot].skip == SKIP_TOLL)
			k->m[i].skip = SKIP_TOLL;
	}
}

/*
 * Is sentence `s` a question: it ends with a question mark ("?", "؟"
 * normalised), or opens with a word that asks (cues.tsv `question`); in the
 * title line also with `question_title` ("ما حقيقة ...": what is the truth
 * of), unless a `still` word follows ("ما زال": still).
 */
static int is_question(const struct rasd_doc *d, uint32_t s)
{
	const struct rasd_sentence *st = &d->sents[s];
	size_t tl = d->title ? strlen(d->title) : 0;
	uint32_t t, w;

	for (t = st->tok_end; t > st->tok_start; t--) {
		const struct rasd_token *tk = &d->toks[t - 1];

		if (tk->kind != RASD_TOK_PUNCT)
			break;
		if (d->norm[tk->nstart] == '?')
			return 1;
	}
	for (w = st->tok_start; w < st->tok_end && d->toks[w].kind == RASD_TOK_PUNCT; w++)
		;
	if (w == st->tok_end)
		return 0;
	if (rasdp_cue(d, w, RASD_CUE_QUESTION))
		return 1;
	/* the title line: the text opens with the title and the sentence lies in it */
	return tl && st->end <= tl && d->text_len >= tl && !memcmp(d->text, d->title, tl) &&
	       rasdp_cue(d, w, RASD_CUE_QUESTION_TITLE) &&
	       !(w + 1 < st->tok_end && rasdp_cue(d, w + 1, RASD_CUE_STILL));
}

/*
 * The figures of sentence `s`: what it counts, each member bound to its
 * casualty word.  Counts come first, then persons, each in text order.  A
 * question ("what is the truth of the killing of 20?") asserts no figure in
 * the outlet's own voice: it puts a claim in doubt; a source it quotes still
 * speaks.
 */
size_t rasdp_sentence_figures(const struct rasdp_ctx *c, uint32_t s, struct rasd_claim *figs,
			      size_t max)
{
	struct counting k;
	size_t i, nfig = 0;
	int pass, question = is_question(c->d, s);

	count_sentence(c, s, &k);
	bind_members(&k);
	read_revisions(&k);
	for (pass = 0; pass < 2; pass++)
		for (i = 0; i < k.n && nfig < max; i++) {
			const struct member *x = &k.m[i];

			if (x->skip || x->kind < 0 || (pass == 0) != (x->n != NULL))
				continue;
			make_claim(&k, x, s, &figs[nfig]);
			if (question && figs[nfig].src.outlet)
				continue;
			nfig++;
		}
	return nfig;
}

/* The candidates of count `x` for the decision (see events_int.h). */
static int count_candidates(const struct counting *k, const struct member *x,
			    rasdp_casualty_fn fn, void *ctx)
{
	const struct rasdp_ctx *c = k->c;
	float xs[RASDP_MAX_FIGS * CF__COUNT];
	int kinds[RASDP_MAX_FIGS];
	unsigned n = 1;
	size_t i;

	memset(xs, 0, CF__COUNT * sizeof(*xs));
	kinds[0] = -1;
	for (i = k->si->m_first; i < k->si->m_last && n < RASDP_MAX_FIGS; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);
		float *f = xs + n * CF__COUNT;
		int near;

		if (m->kind != RASD_LEX_CASUALTY)
			continue;
		casualty_features(k, m, rasdp_lex_casualty(c->lx, m->entry)->noun, x, f, &near);
		f[CF_COUNT_BETWEEN] = (float)count_between(k, m, x);
		kinds[n++] = casualty_kind(k, m);
	}
	return fn(ctx, x->n->start, x->n->end, n, xs, kinds);
}

int rasdp_casualty_each(const struct rasd_engine *e, struct rasd_doc *d, rasdp_casualty_fn fn,
			void *ctx)
{
	struct rasdp_ctx c;
	struct counting k;
	uint32_t s;
	size_t i;
	int rc;

	if (!d->nsents)
		return 0;
	rc = rasdp_ctx_read(&c, e, d);
	if (rc)
		return rc;
	for (s = 0; s < d->nsents; s++) {
		count_sentence(&c, s, &k);
		for (i = 0; i < k.n; i++) {
			if (!k.m[i].n || k.m[i].skip)
				continue;
			rc = count_candidates(&k, &k.m[i], fn, ctx);
			if (rc)
				return rc;
		}
	}
	return 0;
}
