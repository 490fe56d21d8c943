/*
 * test_screen.c - the token screen (lexicon/screen.c) may only say "maybe":
 * the number, date and lexicon stages find exactly the same with it as
 * without it, and every cue question gets the same answer.
 *
 * Texts are drawn at random (a fixed seed) from every word the number and
 * date stages say they open with, each with and without proclitics and
 * the article, from lexicon forms and cue words of data/ (the duals of
 * duals.tsv among them, which the number stage reads), digits in every
 * shape the stages read (years, "3rd", "14/10/2022", "1,200"), and
 * punctuation; then each is analysed twice, screened and not, and the
 * mentions compared.  A pattern that opens with a word its stage does not
 * list as a starter shows up here as a mention lost.  The screened walk
 * reads the keys' hashes the screen kept, the other hashes them itself;
 * each kept hash is checked against the key's own.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "doc.h"
#include "lexicon/lexicon.h"
#include "lexicon/lexicon_int.h"
#include "text/text.h"

static struct rasd_lexicon *lx;

struct words {
	const char **w;
	size_t n, alloc;
	struct rasd_buf own;       /* the words read from sources, one after another */
	size_t nown;
};

/* Free a vocabulary: the list and the words it read from sources. */
static void words_release(struct words *ws)
{
	free(ws->w);
	rasd_buf_release(&ws->own);
}

static void add_word(void *ctx, const char *w)
{
	struct words *ws = ctx;

	if (ws->n == ws->alloc) {
		ws->alloc = ws->alloc ? 2 * ws->alloc : 256;
		ws->w = realloc(ws->w, ws->alloc * sizeof(*ws->w));
		assert_non_null(ws->w);
	}
	ws->w[ws->n++] = w;
}

static void add_starter(void *ctx, const char *w, enum rasdp_start how)
{
	(void)how;
	add_word(ctx, w);
}

static uint64_t rng = 0x2545F4914F6CDD1Dull;

static uint32_t rnd(uint32_t n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (uint32_t)((rng >> 11) % n);
}

static int setup(void **state)
{
	rasd_err err;

	(void)state;
	memset(&err, 0, sizeof(err));
	lx = rasdp_lexicon_load(RASD_SRCDIR "/data", &err);
	if (!lx)
		fprintf(stderr, "lexicon: %s\n", err.msg);
	return lx ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	rasdp_lexicon_free(lx);
	return 0;
}

/* Analyse `text`: screened (the pipeline's order) or not. */
static struct rasd_doc *analyse(const char *text, size_t len, enum rasd_lang lang, int screened)
{
	struct rasd_doc *d = calloc(1, sizeof(*d));

	assert_non_null(d);
	rasd_arena_init(&d->arena, NULL, 0);
	d->text = rasd_arena_strndup(&d->arena, text, len);
	d->text_len = len;
	d->lang = lang;
	assert_int_equal(rasdp_parse_ymd("2023-03-10", &d->published), 0);
	assert_int_equal(rasdp_normalize(d), 0);
	assert_int_equal(rasdp_segment(d), 0);
	if (screened)
		assert_int_equal(rasdp_screen_doc(lx, d), 0);
	assert_int_equal(rasdp_match_doc(lx, d), 0);
	assert_int_equal(rasdp_find_numbers(lx, d), 0);
	assert_int_equal(rasdp_find_dates(d), 0);
	return d;
}

static void release(struct rasd_doc *d)
{
	rasd_arena_release(&d->arena);
	free(d);
}

static void same_mentions(const struct rasd_doc *a, const struct rasd_doc *b, const char *text)
{
	size_t i;

	if (a->nnums != b->nnums || a->ndates != b->ndates || a->nmatches != b->nmatches)
		fprintf(stderr, "text: %.400s...\nnums %zu/%zu dates %zu/%zu matches %zu/%zu\n", text,
			a->nnums, b->nnums, a->ndates, b->ndates, a->nmatches, b->nmatches);
	assert_int_equal(a->nnums, b->nnums);
	for (i = 0; i < a->nnums; i++) {
		assert_int_equal(a->nums[i].tok_start, b->nums[i].tok_start);
		assert_int_equal(a->nums[i].tok_end, b->nums[i].tok_end);
		assert_true(a->nums[i].value == b->nums[i].value);
		assert_int_equal(a->nums[i].qualifier, b->nums[i].qualifier);
		assert_int_equal(a->nums[i].in_date, b->nums[i].in_date);
	}
	assert_int_equal(a->ndates, b->ndates);
	for (i = 0; i < a->ndates; i++) {
		assert_int_equal(a->dates[i].tok_start, b->dates[i].tok_start);
		assert_int_equal(a->dates[i].tok_end, b->dates[i].tok_end);
		assert_int_equal(a->dates[i].date.y, b->dates[i].date.y);
		assert_int_equal(a->dates[i].date.m, b->dates[i].date.m);
		assert_int_equal(a->dates[i].date.d, b->dates[i].date.d);
		assert_int_equal(a->dates[i].precision, b->dates[i].precision);
	}
	assert_int_equal(a->nmatches, b->nmatches);
	for (i = 0; i < a->nmatches; i++) {
		assert_int_equal(a->matches[i].tok_start, b->matches[i].tok_start);
		assert_int_equal(a->matches[i].tok_end, b->matches[i].tok_end);
		assert_int_equal(a->matches[i].kind, b->matches[i].kind);
		assert_int_equal(a->matches[i].entry, b->matches[i].entry);
	}
}

/* Every cue question answered the same from the screen as from the table; d->cue_any the union. */
static void same_cues(struct rasd_doc *d)
{
	size_t t;
	unsigned q;
	uint16_t *cue = d->cue;

	assert_non_null(cue);
	for (t = 0; t < d->ntoks; t++)
		for (q = 0; q < RASD_CUE__COUNT; q++) {
			int screened, plain;

			d->cue = cue;
			screened = rasdp_lex_cue(lx, d, t, (enum rasd_cue)q);
			d->cue = NULL;
			plain = rasdp_lex_cue(lx, d, t, (enum rasd_cue)q);
			d->cue = cue;
			assert_int_equal(screened, plain);
		}
	/* the document's classes at all: those of some token, and only those */
	for (q = 0; q < RASD_CUE__COUNT; q++) {
		int some = 0;

		for (t = 0; t < d->ntoks && !some; t++)
			some = rasdp_cues_has(&d->cue_masks[cue[t]], q);
		assert_int_equal(rasdp_cues_has(&d->cue_any, q), some);
	}
}

/* The screen's hash of every key of every token (d->key_hash) is the key's own hash. */
static void same_key_hashes(const struct rasd_doc *d)
{
	size_t t, n = 0;
	unsigned k;

	assert_non_null(d->key_hash);
	for (t = 0; t < d->ntoks; t++) {
		const struct rasd_token *tk = &d->toks[t];

		for (k = 0; k < (tk->nkeys ? tk->nkeys : 1u) && k < RASD_MAX_KEYS; k++) {
			size_t len;
			const char *key = tk->nkeys ? rasdp_tok_key(d, tk, k, &len)
						    : rasdp_tok_norm(d, tk, &len);

			if (!len)
				continue;
			assert_int_equal(d->key_hash[t * RASD_MAX_KEYS + k], rasdp_key_hash(key, len));
			n++;
		}
	}
	assert_true(n >= d->ntoks / 2);
}

static const char *const clitics[] = {
	"", "", "", "", "و", "ف", "ب", "ل", "ال", "وال", "بال", "لل", "وب", "ول", "فب", "وبال", "ك",
};
static const char *const others[] = {
	"killed", "Killed", "people", "civilians", "قتل", "مدنيين", "أيام", "October", "MARCH",
	"Monday", "The", "Last", "قصف", "على", "من", "of", "and", "و", "or", "to", "إلى", "said",
	"قال", "أمس", "منذ", "the", "a", "at", "least", "على", "الأقل", "than", "more", "أكثر",
};
static const char *const puncts[] = {".", ",", "/", "-", ":", "،", "%", "(", ")", "\"", "\n"};

/* One random word of text into `b`. */
static void random_word(struct rasd_buf *b, const struct words *ws)
{
	char tmp[32];
	uint32_t r = rnd(100);

	if (r < 45) {
		rasd_buf_adds(b, clitics[rnd(sizeof(clitics) / sizeof(clitics[0]))]);
		rasd_buf_adds(b, ws->w[rnd((uint32_t)ws->n)]);
	} else if (r < 60) {
		rasd_buf_adds(b, others[rnd(sizeof(others) / sizeof(others[0]))]);
	} else if (r < 75) {
		switch (rnd(7)) {
		case 0: snprintf(tmp, sizeof(tmp), "%u", rnd(40)); break;
		case 1: snprintf(tmp, sizeof(tmp), "%u", 1990 + rnd(40)); break;
		case 2: snprintf(tmp, sizeof(tmp), "%urd", 1 + rnd(30)); break;
		case 3: snprintf(tmp, sizeof(tmp), "%u/%u/%u", 1 + rnd(28), 1 + rnd(12), 2000 + rnd(30)); break;
		case 4: snprintf(tmp, sizeof(tmp), "%u,%03u", 1 + rnd(9), rnd(1000)); break;
		case 5: snprintf(tmp, sizeof(tmp), "و%u", rnd(100)); break;
		default: snprintf(tmp, sizeof(tmp), "%u-%u", rnd(20), 20 + rnd(20)); break;
		}
		rasd_buf_adds(b, tmp);
	} else if (r < 90) {
		rasd_buf_adds(b, puncts[rnd(sizeof(puncts) / sizeof(puncts[0]))]);
	} else {
		/* an English starter capitalised, or two words hyphened */
		const char *w = ws->w[rnd((uint32_t)ws->n)];

		if (w[0] >= 'a' && w[0] <= 'z') {
			rasd_buf_addch(b, (char)(w[0] - 32));
			rasd_buf_adds(b, w + 1);
		} else {
			rasd_buf_adds(b, w);
			rasd_buf_addch(b, '-');
			rasd_buf_adds(b, ws->w[rnd((uint32_t)ws->n)]);
		}
	}
}

/*
 * Every word written as a string in the number and date stages' sources:
 * a pattern's words, whether or not its stage lists them as starters.
 */
static void source_words(struct words *ws, const char *file)
{
	char path[512];
	FILE *f;
	char *src;
	long n;
	size_t i;

	snprintf(path, sizeof(path), "%s/src/text/%s", RASD_SRCDIR, file);
	f = fopen(path, "rb");
	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	src = malloc((size_t)n + 1);
	assert_non_null(src);
	assert_int_equal(fread(src, 1, (size_t)n, f), (size_t)n);
	src[n] = '\0';
	fclose(f);
	for (i = 0; i < (size_t)n; i++) {
		size_t j;
		int word = 1;

		if (src[i] != '"' || (i && src[i - 1] == '\''))
			continue;
		for (j = i + 1; j < (size_t)n && src[j] != '"' && src[j] != '\n'; j++)
			if (!((src[j] >= 'a' && src[j] <= 'z') || (src[j] >= 'A' && src[j] <= 'Z') ||
			      (unsigned char)src[j] >= 0x80))
				word = 0;
		if (j < (size_t)n && src[j] == '"' && j > i + 1 && word) {
			/* kept as offsets into ws->own until the buffer is whole */
			rasd_buf_add(&ws->own, src + i + 1, j - i - 1);
			rasd_buf_addch(&ws->own, '\0');
			ws->nown++;
		}
		i = j;
	}
	free(src);
}

/* What may follow a first word in the stages' patterns. */
static const char *const tails[] = {
	"", "week", "month", "year", "days ago", "two days ago", "3 days earlier", "a week later",
	"10 and 15", "ten and fifteen", "day before yesterday", "day before", "next day",
	"2022", "3 March 2023", "March 2023", "October 14, 2022", "14 October", "Oct. 14",
	"of October", "of last year", "last year", "this year", "month of May",
	"الماضي", "الحالي", "المقبل", "14 من تشرين الأول 2022", "تشرين الأول", "آب الماضي",
	"أيام", "يومين", "ثلاثة أيام", "أسبوع", "أسبوع واحد", "الأول", "أمس", "اليوم", "اليوم التالي",
	"5 قتيلا", "على الأقل 5", "من 10", "10 إلى 15", "10 و15", "عشر", "آلاف", "hundred",
	"thousand", "least 5", "than 20", "to 30", "many as 40", "estimated 50", "fewer than 60",
	"الأحد 17 من تشرين الأول", "من العام الماضي", "عام 2017", "2011", "yesterday", "morning",
	"night", "Monday", "الماضي 2022", "of the month", "mid-October", "الشهر الماضي",
	"هذا العام", "ونيف", "بالمئة", "percent", "ago", "-15", "/10/2022", "dozen", "of thousands",
	/* the longest ways from an opener to a core (the screen's reach) */
	"end of last month", "the end of last month", "beginning of next year", "middle of this week",
	"start of the year 2016", "the following day", "following day", "previous day", "evening",
	"afternoon", "this morning", "last night", "earlier this month", "نحو ثلاثة أيام", "at dawn",
	"فجراً",
	"أكثر من ثلاثة أيام", "ما لا يقل عن عشرة أيام", "ما يزيد عن ثلاثة أسابيع", "لا يقل عن 5",
	"ما لا يقل عن بين 10 و20", "as many as between a hundred and two hundred", "excess of a thousand",
	"least between a dozen and twenty", "more than a thousand", "an estimated a hundred",
};

/* Mentions the same with and without the screen for `text`, in one language or (-1) both. */
static void check_text(const char *text, size_t len, int only)
{
	int lang;

	for (lang = 0; lang < 2; lang++) {
		if (only >= 0 && lang != only)
			continue;
		struct rasd_doc *with = analyse(text, len, lang ? RASD_LANG_AR : RASD_LANG_EN, 1);
		struct rasd_doc *without = analyse(text, len, lang ? RASD_LANG_AR : RASD_LANG_EN, 0);

		assert_non_null(with->screen);
		assert_null(without->screen);
		assert_null(without->key_hash);
		same_key_hashes(with);
		same_mentions(with, without, text);
		if (!lang)
			same_cues(with);
		release(with);
		release(without);
	}
}

static void vocabulary(struct words *ws)
{
	rasdp_number_starters(add_starter, ws);
	rasdp_date_starters(add_starter, ws);
	const char *p;
	size_t k;

	rasd_buf_init(&ws->own, 0);
	source_words(ws, "dates.c");
	source_words(ws, "dates_words.c");
	source_words(ws, "dates_abs.c");
	source_words(ws, "dates_rel.c");
	source_words(ws, "numbers.c");
	source_words(ws, "numbers_qual.c");
	/* the duals the number reader reads from data/duals.tsv (cue class "dual") */
	for (k = 0; lx->cues && k <= lx->cue_mask; k++) {
		if (!lx->cues[k].key || !lx->cues[k].dual)
			continue;
		rasd_buf_add(&ws->own, lx->cues[k].key, lx->cues[k].len);
		rasd_buf_addch(&ws->own, '\0');
		ws->nown++;
	}
	assert_false(ws->own.err);
	for (k = 0, p = ws->own.buf; k < ws->nown; k++, p += strlen(p) + 1)
		add_word(ws, p);
	assert_true(ws->n > 800);
}

/* Each word of the stages, with each proclitic, before each tail: one sentence each. */
static void test_screen_every_word(void **state)
{
	struct words ws = { 0 };
	struct rasd_buf b;
	size_t w, c, t;

	(void)state;
	vocabulary(&ws);
	rasd_buf_init(&b, 0);
	for (c = 0; c < sizeof(clitics) / sizeof(clitics[0]); c++) {
		if (c && !*clitics[c])
			continue;
		for (t = 0; t < sizeof(tails) / sizeof(tails[0]); t++) {
			int arabic;

			/* Latin words take no proclitic: they go in once, in English */
			for (arabic = !!c; arabic < 2; arabic++) {
				rasd_buf_reset(&b);
				for (w = 0; w < ws.n; w++) {
					if (((unsigned char)ws.w[w][0] >= 0x80) != arabic)
						continue;
					rasd_buf_adds(&b, clitics[c]);
					rasd_buf_adds(&b, ws.w[w]);
					rasd_buf_addch(&b, ' ');
					rasd_buf_adds(&b, tails[t]);
					rasd_buf_adds(&b, ".\n");
				}
				check_text(b.buf, b.len, arabic);
			}
		}
	}
	rasd_buf_release(&b);
	words_release(&ws);
}

static void test_screen_loses_nothing(void **state)
{
	struct words ws = { 0 };
	struct rasd_buf b;
	int round;

	(void)state;
	vocabulary(&ws);
	rasd_buf_init(&b, 0);
	for (round = 0; round < 300; round++) {
		int k;

		rasd_buf_reset(&b);
		for (k = 0; k < 400; k++) {
			random_word(&b, &ws);
			rasd_buf_addch(&b, rnd(8) ? ' ' : '\n');
		}
		check_text(b.buf, b.len, -1);
	}
	rasd_buf_release(&b);
	words_release(&ws);
}

/* The number and date bits of the first token of `text`. */
static unsigned first_bits(const char *text, enum rasd_lang lang)
{
	struct rasd_doc *d = analyse(text, strlen(text), lang, 1);
	unsigned b = d->screen[0] & (RASD_SCREEN_NUMBER | RASD_SCREEN_DATE);

	release(d);
	return b;
}

/* The screen says "maybe" where the stages found something, and mostly "no" elsewhere. */
static void test_screen_bits(void **state)
{
	const char *text = "قتل 5 مدنيين في قصف على إدلب يوم الاثنين، بحسب المرصد السوري. "
			   "At least twelve people were killed in Aleppo on 3 March 2023.";
	struct rasd_doc *d;
	size_t i, none = 0;

	(void)state;
	d = analyse(text, strlen(text), RASD_LANG_AR, 1);
	for (i = 0; i < d->nnums; i++)
		assert_true(d->screen[d->nums[i].tok_start] & RASD_SCREEN_NUMBER);
	for (i = 0; i < d->ndates; i++)
		assert_true(d->screen[d->dates[i].tok_start] & (RASD_SCREEN_DATE | RASD_SCREEN_NUMBER));
	for (i = 0; i < d->nmatches; i++)
		assert_true(d->screen[d->matches[i].tok_start] & RASD_SCREEN_LEXICON);
	assert_true(d->ndates >= 2 && d->nnums >= 2 && d->nmatches >= 4);
	for (i = 0; i < d->ntoks; i++)
		none += d->screen[i] == 0;
	assert_true(none > 0);
	release(d);

	/* an opener with no core in reach opens nothing; with one, it may */
	assert_int_equal(first_bits("in the city of the old town", RASD_LANG_EN), 0);
	assert_int_equal(first_bits("about the war", RASD_LANG_EN), 0);
	assert_int_equal(first_bits("the end of the war", RASD_LANG_EN), 0);
	assert_int_equal(first_bits("منذ اندلاع الحرب", RASD_LANG_AR), 0);
	assert_int_equal(first_bits("in 2016", RASD_LANG_EN), RASD_SCREEN_DATE | RASD_SCREEN_NUMBER);
	assert_int_equal(first_bits("about 20", RASD_LANG_EN), RASD_SCREEN_NUMBER);
	assert_int_equal(first_bits("the end of last month", RASD_LANG_EN), RASD_SCREEN_DATE);
	assert_int_equal(first_bits("منذ نحو ثلاثة أيام", RASD_LANG_AR), RASD_SCREEN_DATE);
}

/*
 * The table of words answers for every key that leaves the trie's root and
 * every cue word, whether its key is kept in its slot or (longer) in the
 * pool: the same child, the same classes, the same bytes back.
 */
static void test_screen_word_table(void **state)
{
	size_t i, inline_keys = 0, long_keys = 0;

	(void)state;
	for (i = 0; i <= lx->edge_mask; i++) {
		const struct rasdp_edge *ed = &lx->edges[i];
		const char *key = lx->keys + ed->key_off, *k;
		const struct rasdp_word *e;
		size_t kl;

		if (!ed->child || ed->parent != 0)
			continue;
		e = rasdp_screen_word(lx, key, ed->key_len, rasdp_key_hash(key, ed->key_len));
		assert_non_null(e);
		assert_int_equal(e->root, ed->child);
		k = rasdp_word_key(lx, e, &kl);
		assert_int_equal(kl, ed->key_len);
		assert_memory_equal(k, key, kl);
		if (kl <= RASDP_WORD_INLINE)
			inline_keys++;
		else
			long_keys++;
		/* the key cut short is another word, or none */
		if (kl > 1) {
			e = rasdp_screen_word(lx, key, kl - 1, rasdp_key_hash(key, kl - 1));
			if (e) {
				k = rasdp_word_key(lx, e, &kl);
				assert_int_equal(kl, ed->key_len - 1);
				assert_memory_equal(k, key, kl);
			}
		}
	}
	/* keys of up to nine Arabic letters fit the slot: only a few are long */
	assert_true(inline_keys > 100 && long_keys > 0);
	for (i = 0; lx->cues && i <= lx->cue_mask; i++) {
		const struct rasdp_cue_slot *c = &lx->cues[i];
		const struct rasdp_word *e;

		if (!c->key)
			continue;
		e = rasdp_screen_word(lx, c->key, c->len, rasdp_key_hash(c->key, c->len));
		assert_non_null(e);
		assert_int_equal(e->cue, i + 1);
	}
}

/*
 * Every cue word of the lexicon, three times over in turn, the last time
 * an Arabic one with a proclitic: the screen interns each word's set once
 * and finds it again, and every cue question gets the table's answer.
 */
static void test_screen_repeated_cues(void **state)
{
	struct rasd_buf b;
	size_t k, n = 0;
	int round;

	(void)state;
	rasd_buf_init(&b, 0);
	for (round = 0; round < 3; round++)
		for (k = 0; lx->cues && k <= lx->cue_mask; k++) {
			if (!lx->cues[k].key)
				continue;
			if (round == 2 && (unsigned char)lx->cues[k].key[0] >= 0x80)
				rasd_buf_adds(&b, "\xd9\x88"); /* و */
			rasd_buf_add(&b, lx->cues[k].key, lx->cues[k].len);
			rasd_buf_addch(&b, (++n % 12) ? ' ' : '\n');
		}
	assert_false(b.err);
	assert_true(n > 3 * 256);
	check_text(b.buf, b.len, 0);
	rasd_buf_release(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_screen_bits),
		cmocka_unit_test(test_screen_word_table),
		cmocka_unit_test(test_screen_every_word),
		cmocka_unit_test(test_screen_loses_nothing),
		cmocka_unit_test(test_screen_repeated_cues),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
