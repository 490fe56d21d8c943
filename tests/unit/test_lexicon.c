/*
 * test_lexicon.c - the TSV loader's errors and the matcher on real data.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lexicon/gazetteer.h"
#include "lexicon/lexicon.h"
#include "lexicon/lexicon_int.h"
#include "text/text.h"

#ifndef RASD_SRCDIR
#define RASD_SRCDIR "."
#endif

static struct rasd_lexicon *lx;

static int setup(void **state)
{
	rasd_err err;

	(void)state;
	memset(&err, 0, sizeof(err));
	lx = rasdp_lexicon_load(RASD_SRCDIR "/data", &err);
	if (!lx)
		fprintf(stderr, "load: %s\n", err.msg);
	return lx ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	rasdp_lexicon_free(lx);
	return 0;
}

/* Analyse `text` up to matching; the caller releases d->arena. */
static void analyse(struct rasd_doc *d, const char *text)
{
	memset(d, 0, sizeof(*d));
	rasd_arena_init(&d->arena, NULL, 0);
	d->text = rasd_arena_strdup(&d->arena, text);
	d->text_len = strlen(text);
	assert_int_equal(rasdp_normalize(d), 0);
	assert_int_equal(rasdp_segment(d), 0);
	assert_int_equal(rasdp_match_doc(lx, d), 0);
}

/* The first match of kind `k` whose entry has id `id`, or NULL. */
static const struct rasd_match *find(const struct rasd_doc *d,
				     enum rasd_lex_kind k, const char *id)
{
	size_t i;

	for (i = 0; i < d->nmatches; i++) {
		const struct rasd_match *m = &d->matches[i];
		const char *mid = NULL;

		if (m->kind != k)
			continue;
		switch (k) {
		case RASD_LEX_PLACE: mid = rasdp_lex_place(lx, m->entry)->id; break;
		case RASD_LEX_ACTOR: mid = rasdp_lex_actor(lx, m->entry)->id; break;
		case RASD_LEX_SOURCE: mid = rasdp_lex_source(lx, m->entry)->id; break;
		case RASD_LEX_GROUP: mid = rasdp_lex_group(lx, m->entry)->id; break;
		default: return m;
		}
		if (!strcmp(mid, id))
			return m;
	}
	return NULL;
}

static size_t count_kind(const struct rasd_doc *d, enum rasd_lex_kind k)
{
	size_t i, n = 0;

	for (i = 0; i < d->nmatches; i++)
		n += d->matches[i].kind == k;
	return n;
}

static void test_counts(void **state)
{
	(void)state;
	assert_true(rasdp_lex_count(lx, RASD_LEX_PLACE) > 400);
	assert_true(rasdp_lex_count(lx, RASD_LEX_ACTOR) > 30);
	assert_true(rasdp_lex_count(lx, RASD_LEX_SOURCE) > 50);
	assert_true(rasdp_lex_count(lx, RASD_LEX_TRIGGER) > 40);
	assert_true(rasdp_lex_count(lx, RASD_LEX_CASUALTY) > 10);
	assert_true(rasdp_lex_count(lx, RASD_LEX_SPEECH) >= 5);
	assert_true(rasdp_lex_count(lx, RASD_LEX_NEGATION) >= 2);
	assert_true(rasdp_lex_count(lx, RASD_LEX_GROUP) > 10);
}

static void test_actor_regime(void **state)
{
	struct rasd_doc d;
	const struct rasd_match *m;

	(void)state;
	analyse(&d, "وقالت قوات النظام إنها سيطرت على المنطقة");
	m = find(&d, RASD_LEX_ACTOR, "syria_regime");
	assert_non_null(m);
	assert_int_equal(m->tok_end - m->tok_start, 2);
	rasd_arena_release(&d.arena);
}

static void test_actor_parent(void **state)
{
	struct rasd_doc d;
	const struct rasd_match *m;
	const struct rasd_actor *a;

	(void)state;
	analyse(&d, "عناصر من الفرقة الرابعة");
	m = find(&d, RASD_LEX_ACTOR, "syria_4th_division");
	assert_non_null(m);
	a = rasdp_lex_actor(lx, m->entry);
	assert_true(a->parent >= 0);
	assert_string_equal(rasdp_lex_actor(lx, (size_t)a->parent)->id, "syria_regime");
	assert_int_equal(a->inter, 1);
	rasd_arena_release(&d.arena);
}

static void test_place_clitic(void **state)
{
	struct rasd_doc d;
	const struct rasd_match *m;
	const struct rasd_place *p;

	(void)state;
	analyse(&d, "انفجار حافلة بالصبورة في ريف دمشق");
	m = find(&d, RASD_LEX_PLACE, "x:sabboura");
	assert_non_null(m);
	p = rasdp_lex_place(lx, m->entry);
	assert_true(p->admin1 >= 0);
	assert_string_equal(rasdp_lex_place(lx, (size_t)p->admin1)->id, "SY03");
	assert_non_null(find(&d, RASD_LEX_PLACE, "SY03"));
	rasd_arena_release(&d.arena);
}

static void test_place_jasim(void **state)
{
	struct rasd_doc d;
	size_t i;
	int found = 0;

	(void)state;
	analyse(&d, "في مدينة جاسم بريف درعا الشمالي");
	for (i = 0; i < d.nmatches; i++) {
		const struct rasd_place *p;

		if (d.matches[i].kind != RASD_LEX_PLACE)
			continue;
		p = rasdp_lex_place(lx, d.matches[i].entry);
		if (!strcmp(p->name_en, "Jasim")) {
			found = 1;
			assert_true(p->admin1 >= 0);
			assert_string_equal(rasdp_lex_place(lx, (size_t)p->admin1)->id, "SY12");
		}
	}
	assert_true(found);
	rasd_arena_release(&d.arena);
}

static void test_place_two_languages(void **state)
{
	struct rasd_doc d;

	(void)state;
	analyse(&d, "Clashes in Deir ez-Zor province.");
	assert_non_null(find(&d, RASD_LEX_PLACE, "SY09"));
	rasd_arena_release(&d.arena);
	analyse(&d, "اشتباكات في ريف دير الزور الشرقي");
	assert_non_null(find(&d, RASD_LEX_PLACE, "SY09"));
	rasd_arena_release(&d.arena);
	analyse(&d, "Fighting in Deir Ezzor");
	assert_non_null(find(&d, RASD_LEX_PLACE, "SY09"));
	rasd_arena_release(&d.arena);
}

static void test_longest(void **state)
{
	struct rasd_doc d;
	const struct rasd_match *m;

	(void)state;
	analyse(&d, "وثق المرصد السوري لحقوق الإنسان مقتل 10 مدنيين");
	m = find(&d, RASD_LEX_SOURCE, "sohr");
	assert_non_null(m);
	assert_int_equal(m->tok_end - m->tok_start, 4);
	/* One source match at that start: the shorter form is dropped. */
	assert_int_equal(count_kind(&d, RASD_LEX_SOURCE), 1);
	assert_non_null(find(&d, RASD_LEX_GROUP, "civilians"));
	assert_non_null(find(&d, RASD_LEX_CASUALTY, NULL));
	rasd_arena_release(&d.arena);
}

/* The "one" forms of groups.tsv: an entry of the same id that names one person. */
static void test_group_one(void **state)
{
	struct rasd_doc d;
	size_t i;
	int one = 0, many = 0;

	(void)state;
	analyse(&d, "مقتل شاب برصاص مجهولين، وعشرة مدنيين");
	for (i = 0; i < d.nmatches; i++) {
		const struct rasd_match *m = &d.matches[i];

		if (m->kind != RASD_LEX_GROUP || strcmp(rasdp_lex_group(lx, m->entry)->id, "civilians"))
			continue;
		if (rasdp_lex_group(lx, m->entry)->one)
			one++;
		else
			many++;
	}
	assert_int_equal(one, 1);   /* شاب */
	assert_true(many >= 1);     /* مدنيين */
	rasd_arena_release(&d.arena);
}

static void test_acronym_case(void **state)
{
	struct rasd_doc d;

	(void)state;
	analyse(&d, "This is what it is.");
	assert_null(find(&d, RASD_LEX_ACTOR, "isis"));
	rasd_arena_release(&d.arena);
	analyse(&d, "IS fighters attacked the town.");
	assert_non_null(find(&d, RASD_LEX_ACTOR, "isis"));
	rasd_arena_release(&d.arena);
}

static void test_sorted(void **state)
{
	struct rasd_doc d;
	size_t i;

	(void)state;
	analyse(&d, "قالت وكالة سانا إن 18 عسكريا قتلوا وأصيب 27 في تفجير حافلة بالصبورة، "
		    "بينما نقلت رويترز عن ضابط روسي أن القوات الروسية والسورية قتلت 20 مسلحا.");
	assert_true(d.nmatches > 8);
	for (i = 1; i < d.nmatches; i++)
		assert_true(d.matches[i - 1].tok_start <= d.matches[i].tok_start);
	assert_non_null(find(&d, RASD_LEX_SOURCE, "sana"));
	assert_non_null(find(&d, RASD_LEX_SOURCE, "reuters"));
	assert_non_null(find(&d, RASD_LEX_SOURCE, "russian_officer"));
	assert_non_null(find(&d, RASD_LEX_ACTOR, "russia_forces"));
	rasd_arena_release(&d.arena);
}

static void test_lookup(void **state)
{
	int32_t i, hits[16];

	(void)state;
	i = rasdp_lex_lookup(lx, RASD_LEX_SOURCE, "Reuters", 7);
	assert_true(i >= 0);
	assert_string_equal(rasdp_lex_source(lx, (size_t)i)->id, "reuters");
	i = rasdp_lex_lookup(lx, RASD_LEX_SOURCE, "local sources", 13);
	assert_true(i >= 0);
	assert_string_equal(rasdp_lex_source(lx, (size_t)i)->id, "local_sources");
	i = rasdp_lex_lookup(lx, RASD_LEX_ACTOR, "ISIS", 4);
	assert_true(i >= 0);
	assert_string_equal(rasdp_lex_actor(lx, (size_t)i)->id, "isis");
	assert_true(rasdp_lex_lookup(lx, RASD_LEX_PLACE, "Jasim", 5) >= 0);
	assert_int_equal(rasdp_lex_lookup(lx, RASD_LEX_SOURCE, "Reuters said", 12), -1);
	assert_int_equal(rasdp_lex_lookup(lx, RASD_LEX_SOURCE, "", 0), -1);
	/* A town and the subdistrict named after it are both found. */
	assert_true(rasdp_lex_lookup_all(lx, RASD_LEX_PLACE, "Jasim", 5, hits, 16) >= 2);
	assert_int_equal(rasdp_lex_find(lx, RASD_LEX_ACTOR, "syria_regime"),
			 rasdp_lex_lookup(lx, RASD_LEX_ACTOR, "قوات النظام", strlen("قوات النظام")));
	assert_int_equal(rasdp_lex_find(lx, RASD_LEX_ACTOR, "no_such_actor"), -1);
}

/* The first token of `d` whose original text is `w`. */
static size_t tok_of(const struct rasd_doc *d, const char *w)
{
	size_t i;

	for (i = 0; i < d->ntoks; i++)
		if (d->toks[i].end - d->toks[i].start == strlen(w) &&
		    !memcmp(d->text + d->toks[i].start, w, strlen(w)))
			return i;
	fail_msg("no token '%s'", w);
	return 0;
}

/* Cue words are matched through the clitic keys, like the lexicon forms. */
static void test_cue_keys(void **state)
{
	struct rasd_doc d;

	(void)state;
	analyse(&d, "وبصفوف الحراس صفوفهم، والتي بينما Including among ريفي بريف");
	/* "صفوف" answers for its clitic variants ... */
	assert_true(rasdp_lex_cue(lx, &d, tok_of(&d, "وبصفوف"), RASD_CUE_RANKS));
	/* ... but not for a word with a suffix, nor for another class. */
	assert_false(rasdp_lex_cue(lx, &d, tok_of(&d, "صفوفهم"), RASD_CUE_RANKS));
	assert_false(rasdp_lex_cue(lx, &d, tok_of(&d, "وبصفوف"), RASD_CUE_SUBSET));
	/* The article and a conjunction peel off: "والتي" is "التي". */
	assert_true(rasdp_lex_cue(lx, &d, tok_of(&d, "والتي"), RASD_CUE_RELATIVE));
	/* English is case-folded. */
	assert_true(rasdp_lex_cue(lx, &d, tok_of(&d, "Including"), RASD_CUE_SUBSET));
	assert_true(rasdp_lex_cue(lx, &d, tok_of(&d, "among"), RASD_CUE_SUBSET));
	/* "بريف" reaches "ريف"; punctuation is no cue. */
	assert_true(rasdp_lex_cue(lx, &d, tok_of(&d, "بريف"), RASD_CUE_COUNTRYSIDE));
	assert_true(rasdp_lex_cue(lx, &d, tok_of(&d, "ريفي"), RASD_CUE_COUNTRYSIDE));
	assert_false(rasdp_lex_cue(lx, &d, tok_of(&d, "،"), RASD_CUE_CONJUNCTION));
	/* Out of range is no cue. */
	assert_false(rasdp_lex_cue(lx, &d, d.ntoks, RASD_CUE_RANKS));
	rasd_arena_release(&d.arena);
}

/* Every class has a name in cues.tsv, and the names read back. */
static void test_cue_names(void **state)
{
	unsigned i;

	(void)state;
	for (i = 0; i < RASD_CUE__COUNT; i++) {
		assert_non_null(rasdp_cue_name(i));
		assert_int_equal(rasdp_cue_class(rasdp_cue_name(i)), (int)i);
	}
	assert_null(rasdp_cue_name(RASD_CUE__COUNT));
	assert_int_equal(rasdp_cue_class("no_such_class"), -1);
}

/* A set of cue classes holds each class on its own bit, across its words. */
static void test_cue_set_bits(void **state)
{
	static const unsigned bits[] = { 0, 63, 64, 127 };
	unsigned i, j;

	(void)state;
	assert_true(RASD_CUE_BITS >= 128 && RASD_CUE__COUNT <= RASD_CUE_BITS);
	for (i = 0; i < 4; i++) {
		struct rasdp_cues m = { { 0 } }, o = { { 0 } };

		assert_true(rasdp_cues_none(&m));
		rasdp_cues_set(&m, bits[i]);
		assert_false(rasdp_cues_none(&m));
		for (j = 0; j < RASD_CUE_BITS; j++)
			assert_int_equal(rasdp_cues_has(&m, j), j == bits[i]);
		assert_true(rasdp_cues_none_but(&m, bits[i]));
		assert_false(rasdp_cues_none_but(&m, bits[(i + 1) % 4]));
		assert_false(rasdp_cues_equal(&m, &o));
		rasdp_cues_or(&o, &m);
		assert_true(rasdp_cues_equal(&m, &o));
		assert_int_equal(rasdp_cues_hash(&m), rasdp_cues_hash(&o));
		rasdp_cues_set(&o, bits[(i + 1) % 4]);
		assert_false(rasdp_cues_equal(&m, &o));
		assert_false(rasdp_cues_none_but(&o, bits[i]));
	}
}

/* ---- the Latin key of place names --------------------------------------- */

static int same_key(const char *a, const char *b)
{
	char ka[64], kb[64];
	size_t la = rasdp_latin_key(a, strlen(a), ka, sizeof(ka));
	size_t lb = rasdp_latin_key(b, strlen(b), kb, sizeof(kb));

	return la && la == lb && !memcmp(ka, kb, la);
}

/* Spelling variants of one transliteration share a key; other names do not. */
static void test_latin_key(void **state)
{
	char k[16];

	(void)state;
	assert_true(same_key("jasim", "jassem"));
	assert_true(same_key("jasim", "jasem"));
	assert_true(same_key("idlib", "idleb"));
	assert_true(same_key("hasakah", "hasakeh"));
	assert_true(same_key("hasakah", "hassaka"));
	assert_true(same_key("raqqa", "raqqah"));
	assert_true(same_key("jobar", "jawbar"));
	assert_true(same_key("zeinab", "zaynab"));
	assert_true(same_key("el", "ash"));
	assert_false(same_key("homs", "hama"));
	assert_false(same_key("jasim", "qasim"));
	/* too short, or not a plain word: no key */
	assert_int_equal(rasdp_latin_key("ab", 2, k, sizeof(k)), 0);
	assert_int_equal(rasdp_latin_key("f35", 3, k, sizeof(k)), 0);
	assert_true(rasdp_latin_name_eq("Al-Hasakeh", "Al Hasakah"));
	assert_true(rasdp_latin_name_eq("Idleb", "Idlib"));
	assert_false(rasdp_latin_name_eq("Idlib", "Idlib City"));
}

/*
 * The key as first written, each fold a pass of its own over the word
 * (rasdp_latin_key() fuses some): the two must agree on every word.
 */
static size_t ref_collapse(char *s, size_t n)
{
	size_t i, o = 0;

	for (i = 0; i < n; i++)
		if (!o || s[o - 1] != s[i])
			s[o++] = s[i];
	return o;
}

static size_t ref_pair(char *s, size_t n, char a, char b, char c)
{
	size_t i, o = 0;

	for (i = 0; i < n; i++) {
		if (i + 1 < n && s[i] == a && s[i + 1] == b) {
			s[o++] = c;
			i++;
		} else {
			s[o++] = s[i];
		}
	}
	return o;
}

static int ref_vowel(char c)
{
	return c == 'a' || c == 'i' || c == 'u';
}

/* The folds after the article test, on lower-case letters that are no article. */
static size_t ref_latin_key(const char *w, size_t n, char *out)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++) {
		char c = w[i];

		if (c == 'e')
			c = 'i';
		else if (c == 'o')
			c = 'u';
		else if (c == 'q')
			c = 'k';
		else if (c == 'y' && i > 0)
			c = 'i';
		out[k++] = c;
	}
	k = ref_collapse(out, k);
	k = ref_pair(out, k, 'a', 'i', 'i');
	k = ref_pair(out, k, 'a', 'u', 'u');
	k = ref_pair(out, k, 'a', 'w', 'u');
	k = ref_pair(out, k, 'u', 'w', 'w');
	k = ref_collapse(out, k);
	if (k > 3 && out[k - 1] == 'h' && ref_vowel(out[k - 2]))
		k--;
	while (k > 3 && ref_vowel(out[k - 1]))
		k--;
	return k >= 3 ? k : 0;
}

/* Every word of one to six letters over the letters the folds touch. */
static void test_latin_key_passes(void **state)
{
	static const char abc[] = "aiuweoyhqs";
	char w[8], got[64], want[64];
	size_t n, i, count = 0, nabc = sizeof(abc) - 1;

	(void)state;
	for (n = 1; n <= 6; n++) {
		size_t idx[8] = { 0 };

		for (;;) {
			size_t lg, lw;

			for (i = 0; i < n; i++)
				w[i] = abc[idx[i]];
			lg = rasdp_latin_key(w, n, got, sizeof(got));
			if (lg != 2) {      /* 2: an article ("al") */
				lw = ref_latin_key(w, n, want);
				if (lg != lw || memcmp(got, want, lg))
					fail_msg("latin key of '%.*s'", (int)n, w);
			}
			count++;
			for (i = 0; i < n && ++idx[i] == nabc; i++)
				idx[i] = 0;
			if (i == n)
				break;
		}
	}
	assert_true(count > 1000000);
}

/*
 * A report's spelling reaches the gazetteer's through the key, for a
 * capitalised name (test_latin.c: of any place, no English word); an
 * exact form wins.
 */
static void test_place_latin_spelling(void **state)
{
	struct rasd_doc d;

	(void)state;
	analyse(&d, "Two men were killed by a shell in Jasem on Friday.");
	assert_non_null(find(&d, RASD_LEX_PLACE, "lgn:19125"));
	rasd_arena_release(&d.arena);
	analyse(&d, "Two men were killed by a shell in Jassem on Friday.");
	assert_non_null(find(&d, RASD_LEX_PLACE, "lgn:19125"));
	rasd_arena_release(&d.arena);
	/* not a proper noun: no variant */
	analyse(&d, "two men were killed by a shell in jassem on friday.");
	assert_null(find(&d, RASD_LEX_PLACE, "lgn:19125"));
	rasd_arena_release(&d.arena);
	/* the lookup of eval and of `rasd gazetteer lookup` too */
	assert_true(rasdp_lex_lookup(lx, RASD_LEX_PLACE, "Idleb", 5) >= 0);
}

/* Villages below the subdistrict carry their P-code and admin chain. */
static void test_place_village_levels(void **state)
{
	int32_t e = rasdp_lex_find(lx, RASD_LEX_PLACE, "C1004");
	const struct rasd_place *p;

	(void)state;
	assert_true(e >= 0);
	p = rasdp_lex_place(lx, (size_t)e);
	assert_string_equal(p->pcode, "C1004");
	assert_string_equal(p->country, "SY");
	assert_int_equal(p->match, RASD_PLACE_MATCH_CONTEXT);
	assert_true(p->admin3 >= 0 && p->admin2 >= 0 && p->admin1 >= 0);
	assert_string_equal(rasdp_lex_place(lx, (size_t)p->admin3)->id, "SY020000");
	assert_string_equal(rasdp_lex_place(lx, (size_t)p->admin1)->id, "SY02");
	/* a town of another file got the community's P-code: one place, one id */
	e = rasdp_lex_find(lx, RASD_LEX_PLACE, "lgn:19125");
	assert_true(e >= 0);
	assert_string_equal(rasdp_lex_place(lx, (size_t)e)->pcode, "C6111");
	/* and a place of another country its admin1 code and country */
	e = rasdp_lex_lookup(lx, RASD_LEX_PLACE, "Taizz", 5);
	assert_true(e >= 0);
	assert_string_equal(rasdp_lex_place(lx, (size_t)e)->country, "YE");
	assert_string_equal(rasdp_lex_place(lx, (size_t)e)->pcode, "YE.25");
}

/* ---- loader errors on a scratch data folder ---------------------------- */

static char tmpdir[256];

static void write_file(const char *name, const char *content)
{
	char path[512];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", tmpdir, name);
	f = fopen(path, "w");
	assert_non_null(f);
	fputs(content, f);
	fclose(f);
}

static const char good_places[] =
	"# comment\n"
	"id\tkind\tname_en\tname_ar\tadmin1\tadmin2\tlat\tlon\tpopulation\tforms\n"
	"G1\tgovernorate\tDaraa\tدرعا\t\t\t32.8\t36.2\t100\tDaraa|درعا\n"
	"T1\ttown\tJasim\tجاسم\tG1\t\t33.0\t36.06\t\tJasim|جاسم\n";

static void write_minimal(void)
{
	write_file("places.tsv", good_places);
	write_file("actors.tsv", "id\tname_en\tname_ar\tinter\tparent\tcountry\tforms\n"
		   "a\tA forces\tقوات أ\t1\t\t\tA army\nb\tB unit\t\t1\ta\t\t\n");
	write_file("sources.tsv", "id\tname\tkind\tactor\tforms\nr\tReuters\tagency\t\tرويترز\n");
	write_file("triggers.tsv", "event_type\tsub_event_type\tweight\tlang\tforms\n"
		   "Battles\tArmed clash\t6\ten\tclashes\n");
	write_file("casualty.tsv", "kind\tnoun\tlang\tforms\nkilled\t0\ten\tkilled\n");
	write_file("speech.tsv", "kind\tlang\tforms\nsay\ten\tsaid\n");
	write_file("negation.tsv", "kind\tlang\tforms\nnot\ten\tnot\n");
	write_file("groups.tsv", "id\tlabel\tlang\tforms\ncivilians\tcivilians\ten\tcivilians\n");
	write_file("cues.tsv", "class\tlang\tforms\nsubset\ten\tincluding|among\n");
}

static void expect_error(const char *needle, int code)
{
	rasd_err err;
	struct rasd_lexicon *l;

	memset(&err, 0, sizeof(err));
	l = rasdp_lexicon_load(tmpdir, &err);
	assert_null(l);
	assert_int_equal(err.code, code);
	if (!strstr(err.msg, needle))
		fail_msg("error '%s' lacks '%s'", err.msg, needle);
}

/* Write `text` to the file `path`. */
static void write_path(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

/*
 * Import with an admin1 table and a hand table: the hand rows give a town
 * its Arabic name and spelling and drop an alternate, keep a place out,
 * and give a place another file's admin1 and country; a place of an admin1
 * code the table lacks is not imported.  The English name is GeoNames'
 * name when it is plain ASCII, though its asciiname runs words together.
 */
static void test_import_hand(void **state)
{
	char a1[128], hand[128], *out = NULL;
	size_t len = 0, n = 0;
	static char rows[] =
		"111\tKiryat Shmona\tKiryat Shmona\tQiryat Shmona,Al Khalisa\t33.2\t35.57\tP\tPPL\tIL\t\t03"
		"\t\t\t\t22000\t\t\t\t\n"
		"222\tKabul\tKabul\tكابول\t32.87\t35.21\tP\tPPL\tIL\t\t03\t\t\t\t14000\t\t\t\t\n"
		"333\tMajdal Shams\tMajdalShams\tمجدل الشمس\t33.27\t35.77\tP\tPPL\tIL\t\t03"
		"\t\t\t\t11000\t\t\t\t\n"
		"444\tAriel\tAriel\t\t32.1\t35.18\tP\tPPLA\tIL\t\tWE\t\t\t\t20000\t\t\t\t\n";
	FILE *in, *o;
	rasd_err err;

	(void)state;
	snprintf(a1, sizeof(a1), "/tmp/rasd-test-a1-%ld.tsv", (long)getpid());
	snprintf(hand, sizeof(hand), "/tmp/rasd-test-hand-%ld.tsv", (long)getpid());
	write_path(a1, "country\tcode\tname_en\tname_ar\tforms\tlat\tlon\treview\n"
		   "IL\t03\tNorthern District\tلواء الشمال\tNorthern District|لواء الشمال\t32.8\t35.3\thand\n");
	write_path(hand, "# reviewed\nid\tname_ar\tadd\tdrop\tadmin1\tcountry\tmatch\tnote\n"
		   "111\tكريات شمونة\tكريات شمونة\tAl Khalisa\t\t\t\tKiryat Shmona\n"
		   "222\t\t\t*\t\t\t\tKabul\n"
		   "333\tمجدل شمس\tمجدل شمس\t\tSY14\tSY\tcontext\tthe Golan\n");
	in = fmemopen(rows, strlen(rows), "r");
	o = open_memstream(&out, &len);
	assert_non_null(in);
	assert_non_null(o);
	memset(&err, 0, sizeof(err));
	assert_int_equal(rasdp_geonames_import_admin1(in, "cities500.txt", o, "IL", a1, hand, &n, &err), 0);
	fclose(in);
	fclose(o);
	assert_int_equal(n, 3);   /* the district, Kiryat Shmona, Majdal Shams */
	assert_non_null(strstr(out, "\nIL.03\tgovernorate\tNorthern District\tلواء الشمال\t"));
	assert_non_null(strstr(out, "\ngn:111\ttown\tKiryat Shmona\tكريات شمونة\tIL.03\t\t"));
	assert_non_null(strstr(out, "\tIL.03\tIL\talways\tKiryat Shmona|Qiryat Shmona|كريات شمونة\t"
			       "GeoNames 111, reviewed\n"));
	assert_null(strstr(out, "Al Khalisa"));
	assert_null(strstr(out, "gn:222"));
	assert_null(strstr(out, "gn:444"));
	assert_non_null(strstr(out, "\ngn:333\ttown\tMajdal Shams\tمجدل شمس\tSY14\t\t"));
	/* the name as GeoNames writes it, not its asciiname run together */
	assert_non_null(strstr(out, "\tSY14\tSY\tcontext\tMajdal Shams|MajdalShams|مجدل الشمس|مجدل شمس\t"));
	assert_non_null(strstr(out, "--hand "));
	free(out);
	unlink(a1);
	unlink(hand);
}

static void test_loader_errors(void **state)
{
	struct rasd_lexicon *l;
	rasd_err err;

	(void)state;
	snprintf(tmpdir, sizeof(tmpdir), "/tmp/rasd-test-lexicon-%ld", (long)getpid());
	mkdir(tmpdir, 0700);
	write_minimal();
	memset(&err, 0, sizeof(err));
	l = rasdp_lexicon_load(tmpdir, &err);
	if (!l)
		fail_msg("minimal data: %s", err.msg);
	assert_int_equal(rasdp_lex_count(l, RASD_LEX_PLACE), 2);
	assert_int_equal(rasdp_lex_place(l, 1)->admin1, 0);
	assert_int_equal(rasdp_lex_actor(l, 1)->parent, 0);
	rasdp_lexicon_free(l);

	/* Wrong field count, with file and line. */
	write_file("places.tsv", "id\tkind\tname_en\tname_ar\tadmin1\tadmin2\tlat\tlon\tpopulation\tforms\n"
		   "# c\n"
		   "G1\tgovernorate\tDaraa\tدرعا\t\t32.8\t36.2\t100\tDaraa\n");
	expect_error("places.tsv:3: expected 10 fields, got 9", RASD_EPARSE);

	/* Bad number. */
	write_file("places.tsv", "id\tkind\tname_en\tname_ar\tadmin1\tadmin2\tlat\tlon\tpopulation\tforms\n"
		   "G1\tgovernorate\tDaraa\tدرعا\t\t\t32.8x\t36.2\t100\tDaraa\n");
	expect_error("places.tsv:2: bad number '32.8x'", RASD_EPARSE);

	/* Missing required column. */
	write_file("places.tsv", "id\tname_en\tname_ar\n" "G1\tDaraa\tدرعا\n");
	expect_error("missing column 'kind'", RASD_EPARSE);

	/* Unknown reference, reported where it is made. */
	write_file("places.tsv", good_places);
	write_file("places-extra.tsv", "id\tkind\tname_en\tname_ar\tadmin1\n"
		   "\n"
		   "X1\ttown\tNawa\tنوى\tG9\n");
	expect_error("places-extra.tsv:3: unknown place 'G9'", RASD_EPARSE);

	/* Duplicate id across place files. */
	write_file("places-extra.tsv", "id\tkind\tname_en\tname_ar\tadmin1\n"
		   "G1\ttown\tNawa\tنوى\tG1\n");
	expect_error("places-extra.tsv:2: duplicate id 'G1'", RASD_EPARSE);

	/* Unknown place kind, unknown ACLED type. */
	write_file("places-extra.tsv", "id\tkind\tname_en\tname_ar\n"
		   "X2\thamlet\tNawa\tنوى\n");
	expect_error("places-extra.tsv:2: bad kind 'hamlet'", RASD_EPARSE);
	write_file("places-extra.tsv", "id\tkind\tname_en\tname_ar\n");
	write_file("triggers.tsv", "event_type\tsub_event_type\tweight\tlang\tforms\n"
		   "Battles\tFistfight\t6\ten\tbrawl\n");
	expect_error("triggers.tsv:2: unknown ACLED type", RASD_EPARSE);

	/*
	 * Outlets' domains: a report's outlet (a host, a URL, a sub-domain, a
	 * name) names its source; a domain belongs to one source.
	 */
	write_minimal();
	write_file("sources.tsv", "id\tname\tkind\tactor\tforms\tdomains\n"
		   "r\tReuters\tagency\t\tرويترز\treuters.com\n"
		   "m\tThe Monitor\tmonitor\t\tالمرصد\tmonitor.org|WWW.Monitor-News.net\n"
		   "x\tNo site\tlocal\t\t\t\n");
	memset(&err, 0, sizeof(err));
	l = rasdp_lexicon_load(tmpdir, &err);
	if (!l)
		fail_msg("domains: %s", err.msg);
	assert_int_equal(rasdp_lex_outlet_source(l, "reuters.com"), 0);
	assert_int_equal(rasdp_lex_outlet_source(l, "https://www.monitor.org/ar/news?id=5"), 1);
	assert_int_equal(rasdp_lex_outlet_source(l, "english.monitor.org"), 1);
	assert_int_equal(rasdp_lex_outlet_source(l, "monitor-news.net"), 1);
	assert_int_equal(rasdp_lex_outlet_source(l, "Reuters"), 0);
	assert_int_equal(rasdp_lex_outlet_source(l, "org"), -1);
	assert_int_equal(rasdp_lex_outlet_source(l, "notmonitor.org"), -1);
	assert_int_equal(rasdp_lex_outlet_source(l, "example.org"), -1);
	assert_int_equal(rasdp_lex_outlet_source(l, NULL), -1);
	rasdp_lexicon_free(l);
	write_file("sources.tsv", "id\tname\tkind\tactor\tforms\tdomains\n"
		   "r\tReuters\tagency\t\t\treuters.com\n"
		   "m\tMirror\tmedia\t\t\twww.reuters.com\n");
	expect_error("sources.tsv:3: domain 'reuters.com' belongs to source 'r' already", RASD_EPARSE);
	write_file("sources.tsv", "id\tname\tkind\tactor\tforms\tdomains\n"
		   "r\tReuters\tagency\t\t\treuters com\n");
	expect_error("sources.tsv:2: bad domain 'reuters com'", RASD_EPARSE);

	/* A missing lexicon file. */
	write_minimal();
	{
		char path[512];

		snprintf(path, sizeof(path), "%s/speech.tsv", tmpdir);
		unlink(path);
		expect_error("speech.tsv", RASD_ENOTFOUND);
		write_minimal();
	}

	/* The place columns of the village files, and their errors. */
	write_file("places-extra.tsv", "id\tkind\tname_en\tname_ar\tadmin1\tadmin3\tpcode\tcountry\tmatch\tforms\n"
		   "S1\tsubdistrict\tJasim\tجاسم\tG1\t\t\t\t\tJasim\n"
		   "V1\tvillage\tNamir\tنمر\t\tS1\tC9\t\tcue\tNamir|نمر\n"
		   "Y1\tgovernorate\tTaizz\tتعز\t\t\tYE.25\tYE\t\tTaizz\n"
		   "Y2\ttown\tMawza\tموزع\tY1\t\t\t\tcontext\tMawza\n");
	memset(&err, 0, sizeof(err));
	l = rasdp_lexicon_load(tmpdir, &err);
	if (!l)
		fail_msg("village columns: %s", err.msg);
	{
		int32_t v = rasdp_lex_find(l, RASD_LEX_PLACE, "V1");
		int32_t y2 = rasdp_lex_find(l, RASD_LEX_PLACE, "Y2");
		const struct rasd_place *pv = rasdp_lex_place(l, (size_t)v);

		/* the subdistrict gives its governorate; the P-code column wins over the id */
		assert_int_equal(pv->admin3, rasdp_lex_find(l, RASD_LEX_PLACE, "S1"));
		assert_int_equal(pv->admin1, rasdp_lex_find(l, RASD_LEX_PLACE, "G1"));
		assert_string_equal(pv->pcode, "C9");
		assert_int_equal(pv->match, RASD_PLACE_MATCH_CUE);
		assert_string_equal(pv->country, "SY");
		/* a town takes its governorate's country */
		assert_string_equal(rasdp_lex_place(l, (size_t)y2)->country, "YE");
		assert_string_equal(rasdp_lex_place(l, (size_t)y2)->pcode, "");
	}
	rasdp_lexicon_free(l);
	write_file("places-extra.tsv", "id\tkind\tname_en\tname_ar\tmatch\n"
		   "V1\tvillage\tNamir\tنمر\tsometimes\n");
	expect_error("places-extra.tsv:2: bad match 'sometimes'", RASD_EPARSE);
	write_file("places-extra.tsv", "id\tkind\tname_en\tname_ar\tcountry\n"
		   "V1\tvillage\tNamir\tنمر\tYemen\n");
	expect_error("places-extra.tsv:2: bad country 'Yemen'", RASD_EPARSE);
	write_file("places-extra.tsv", "id\tkind\tname_en\tname_ar\n");

	/* An ordinary word is a place only after a locative word. */
	write_file("places-extra.tsv", "id\tkind\tname_en\tname_ar\tadmin1\tforms\n"
		   "V1\tvillage\tSalam\tسلام\tG1\tسلام\n");
	write_file("ordinary.tsv", "class\tlang\tforms\nordinary\tar\tسلام\n");
	write_file("cues.tsv", "class\tlang\tforms\nsubset\ten\tincluding\nlocative\tar\tقرية\n");
	memset(&err, 0, sizeof(err));
	l = rasdp_lexicon_load(tmpdir, &err);
	if (!l)
		fail_msg("ordinary words: %s", err.msg);
	{
		struct rasd_lexicon *keep = lx;
		struct rasd_doc d;

		lx = l;
		analyse(&d, "دعوات إلى سلام دائم");
		assert_null(find(&d, RASD_LEX_PLACE, "V1"));
		rasd_arena_release(&d.arena);
		analyse(&d, "قصف على قرية سلام");
		assert_non_null(find(&d, RASD_LEX_PLACE, "V1"));
		rasd_arena_release(&d.arena);
		lx = keep;
	}
	rasdp_lexicon_free(l);
	write_minimal();
	write_file("places-extra.tsv", "id\tkind\tname_en\tname_ar\n");

	/* A cue class the extractor does not ask, a cue of two words. */
	write_file("cues.tsv", "class\tlang\tforms\nsubset\ten\tincluding\nnope\ten\tthis\n");
	expect_error("cues.tsv:3: bad class 'nope'", RASD_EPARSE);
	write_file("cues.tsv", "class\tlang\tforms\nsubset\ten\tincluding|among them\n");
	expect_error("cues.tsv:2: cue 'among them' is not one word", RASD_EPARSE);
	{
		static const char *const names[] = {
			"places.tsv", "places-extra.tsv", "actors.tsv", "sources.tsv",
			"triggers.tsv", "casualty.tsv", "speech.tsv", "negation.tsv",
			"groups.tsv", "cues.tsv", "ordinary.tsv", NULL
		};
		char path[512];
		int i;

		for (i = 0; names[i]; i++) {
			snprintf(path, sizeof(path), "%s/%s", tmpdir, names[i]);
			unlink(path);
		}
		rmdir(tmpdir);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_counts),
		cmocka_unit_test(test_actor_regime),
		cmocka_unit_test(test_actor_parent),
		cmocka_unit_test(test_place_clitic),
		cmocka_unit_test(test_place_jasim),
		cmocka_unit_test(test_place_two_languages),
		cmocka_unit_test(test_latin_key),
		cmocka_unit_test(test_latin_key_passes),
		cmocka_unit_test(test_place_latin_spelling),
		cmocka_unit_test(test_place_village_levels),
		cmocka_unit_test(test_longest),
		cmocka_unit_test(test_group_one),
		cmocka_unit_test(test_acronym_case),
		cmocka_unit_test(test_sorted),
		cmocka_unit_test(test_lookup),
		cmocka_unit_test(test_cue_keys),
		cmocka_unit_test(test_cue_names),
		cmocka_unit_test(test_cue_set_bits),
		cmocka_unit_test(test_loader_errors),
		cmocka_unit_test(test_import_hand),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
