/*
 * test_numbers.c - number expressions: digits with separators, Arabic and
 * English number words, dual nouns (data/duals.tsv, and a row added to a
 * copy of it), qualifiers before and after, ranges, vague quantities,
 * ordinals, percentages, and the seed report.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "doc.h"
#include "extract/engine.h"
#include "extract/extract.h"
#include "lexicon/lexicon.h"
#include "lexicon/lexicon_int.h"
#include "testdata.h"
#include "text/text.h"

/*
 * Analyse `text` up to its numbers and dates, reading the duals of `lx`
 * (NULL: none); `screened`, with the token screen first, as the pipeline.
 */
static struct rasd_doc *analyse_lx(const struct rasd_lexicon *lx, const char *text,
				   enum rasd_lang lang, int screened)
{
	struct rasd_doc *d = calloc(1, sizeof(*d));

	assert_non_null(d);
	rasd_arena_init(&d->arena, NULL, 0);
	d->text = rasd_arena_strdup(&d->arena, text);
	d->text_len = strlen(text);
	d->lang = lang;
	d->published.y = 2022;
	d->published.m = 10;
	d->published.d = 17;
	assert_int_equal(rasdp_normalize(d), 0);
	assert_int_equal(rasdp_segment(d), 0);
	if (screened)
		assert_int_equal(rasdp_screen_doc(lx, d), 0);
	assert_int_equal(rasdp_find_numbers(lx, d), 0);
	assert_int_equal(rasdp_find_dates(d), 0);
	return d;
}

/* Analysed with the lexicon of data/, whose duals.tsv the pipeline reads. */
static struct rasd_doc *analyse(const char *text, enum rasd_lang lang)
{
	return analyse_lx(rasdp_engine_lexicon(rasdt_engine()), text, lang, 0);
}

static void release(struct rasd_doc *d)
{
	rasd_arena_release(&d->arena);
	free(d);
}

/* The number whose span is exactly `span` (the first one), or NULL. */
static const struct rasd_number *num_span(const struct rasd_doc *d, const char *span)
{
	size_t i, n = strlen(span);

	for (i = 0; i < d->nnums; i++) {
		const struct rasd_number *x = &d->nums[i];

		if (x->end - x->start == n && !memcmp(d->text + x->start, span, n))
			return x;
	}
	return NULL;
}

static void dump(const struct rasd_doc *d)
{
	size_t i;

	for (i = 0; i < d->nnums; i++) {
		const struct rasd_number *x = &d->nums[i];

		fprintf(stderr, "  num [%.*s] v=%lld hi=%lld q=%d w=%d o=%d date=%d pct=%d\n",
			(int)(x->end - x->start), d->text + x->start, (long long)x->value,
			(long long)x->value_hi, x->qualifier, x->words, x->ordinal, x->in_date,
			x->percent);
	}
}

/* Check one number expression found with exactly this span. */
static void expect(const char *text, enum rasd_lang lang, const char *span, int64_t value,
		   int64_t hi, int q, int words)
{
	struct rasd_doc *d = analyse(text, lang);
	const struct rasd_number *x = num_span(d, span);

	if (!x) {
		fprintf(stderr, "no number [%s] in [%s]\n", span, text);
		dump(d);
	}
	assert_non_null(x);
	if (x->value != value || x->value_hi != hi || x->qualifier != q || x->words != words) {
		fprintf(stderr, "[%s]: ", span);
		dump(d);
	}
	assert_int_equal(x->value, value);
	assert_int_equal(x->value_hi, hi);
	assert_int_equal(x->qualifier, q);
	assert_int_equal(x->words, words);
	assert_false(x->ordinal);
	release(d);
}

static const char *noun_of(const struct rasd_doc *d, const struct rasd_number *x, size_t *len)
{
	const struct rasd_token *t;

	if (x->noun_tok == UINT32_MAX)
		return NULL;
	t = &d->toks[x->noun_tok];
	*len = t->end - t->start;
	return d->text + t->start;
}

static void test_digits(void **state)
{
	(void)state;
	expect("قتل 1,200 شخص", RASD_LANG_AR, "1,200", 1200, 1200, RASD_Q_EXACT, 0);
	expect("قتل 1.200 شخص", RASD_LANG_AR, "1.200", 1200, 1200, RASD_Q_EXACT, 0);
	expect("about 1.5 million people", RASD_LANG_EN, "about 1.5 million", 1500000, 1500000, RASD_Q_ABOUT, 0);
	expect("نزوح 20 ألف شخص", RASD_LANG_AR, "20 ألف", 20000, 20000, RASD_Q_EXACT, 0);
	expect("قتل ١٤ مدنيا", RASD_LANG_AR, "١٤", 14, 14, RASD_Q_EXACT, 0);
	expect("a rise of 2.5 points", RASD_LANG_EN, "2.5", 2, 2, RASD_Q_EXACT, 0);
	expect("في عام 2022", RASD_LANG_AR, "2022", 2022, 2022, RASD_Q_EXACT, 0);
	/* thousands set off by a space; a day of a month before a count stays apart */
	expect("shelling drove 3 400 people out", RASD_LANG_EN, "3 400", 3400, 3400, RASD_Q_EXACT, 0);
	expect("نزح 12 750 شخصا", RASD_LANG_AR, "12 750", 12750, 12750, RASD_Q_EXACT, 0);
	expect("on June 9 300 people fled", RASD_LANG_EN, "300", 300, 300, RASD_Q_EXACT, 0);
}

static void test_arabic_qualifiers(void **state)
{
	struct rasd_doc *d;
	const struct rasd_number *x;
	const char *noun;
	size_t len = 0;

	(void)state;
	expect("خلف نحو 20 قتيلا", RASD_LANG_AR, "نحو 20", 20, 20, RASD_Q_ABOUT, 0);
	expect("قتل حوالى 30 شخصا", RASD_LANG_AR, "حوالى 30", 30, 30, RASD_Q_ABOUT, 0);
	expect("قتل قرابة 40 مدنيا", RASD_LANG_AR, "قرابة 40", 40, 40, RASD_Q_ABOUT, 0);
	expect("قتل زهاء 40 مدنيا", RASD_LANG_AR, "زهاء 40", 40, 40, RASD_Q_ABOUT, 0);
	expect("قتل ما يقارب 50 عنصرا", RASD_LANG_AR, "ما يقارب 50", 50, 50, RASD_Q_ABOUT, 0);
	expect("قتل ما يقرب من 50 عنصرا", RASD_LANG_AR, "ما يقرب من 50", 50, 50, RASD_Q_ABOUT, 0);
	expect("قتل أكثر من 100 شخص", RASD_LANG_AR, "أكثر من 100", 100, 100, RASD_Q_MORE_THAN, 0);
	expect("قتل ما يزيد على 100 شخص", RASD_LANG_AR, "ما يزيد على 100", 100, 100, RASD_Q_MORE_THAN, 0);
	expect("قتل ما يزيد عن 100 شخص", RASD_LANG_AR, "ما يزيد عن 100", 100, 100, RASD_Q_MORE_THAN, 0);
	expect("قتل أزيد من 100 شخص", RASD_LANG_AR, "أزيد من 100", 100, 100, RASD_Q_MORE_THAN, 0);
	expect("قتل ما لا يقل عن 14 شخصا", RASD_LANG_AR, "ما لا يقل عن 14", 14, 14, RASD_Q_AT_LEAST, 0);
	expect("قتل على الأقل 14 شخصا", RASD_LANG_AR, "على الأقل 14", 14, 14, RASD_Q_AT_LEAST, 0);
	expect("قتل 14 شخصا على الأقل", RASD_LANG_AR, "14 شخصا على الأقل", 14, 14, RASD_Q_AT_LEAST, 0);
	expect("قتل 14 على الأقل", RASD_LANG_AR, "14 على الأقل", 14, 14, RASD_Q_AT_LEAST, 0);
	expect("وصل العدد إلى ما يصل إلى 30 قتيلا", RASD_LANG_AR, "ما يصل إلى 30", 30, 30, RASD_Q_UP_TO, 0);
	expect("سقط بنحو 12 صاروخا", RASD_LANG_AR, "بنحو 12", 12, 12, RASD_Q_ABOUT, 0);
	expect("قتل عشرون ونيف", RASD_LANG_AR, "عشرون ونيف", 20, 20, RASD_Q_MORE_THAN, 1);
	/* past the noun and a few words of its phrase, across a quotation mark */
	expect("قتل 27 جنديا سوريا على الأقل", RASD_LANG_AR, "27 جنديا سوريا على الأقل", 27, 27,
	       RASD_Q_AT_LEAST, 0);
	expect("قتل ستة من عناصر الأمن الداخلي على الأقل", RASD_LANG_AR,
	       "ستة من عناصر الأمن الداخلي على الأقل", 6, 6, RASD_Q_AT_LEAST, 1);
	expect("أعلن عن «مقتل أربعة أشخاص» على الأقل", RASD_LANG_AR, "أربعة أشخاص» على الأقل", 4, 4,
	       RASD_Q_AT_LEAST, 1);
	/* ... not past a clause break, another number or a word joined by و */
	expect("قتل 5 مدنيين، وأصيب آخرون على الأقل", RASD_LANG_AR, "5", 5, 5, RASD_Q_EXACT, 0);
	expect("قتل 5 مدنيين وأصيب 12 على الأقل", RASD_LANG_AR, "5", 5, 5, RASD_Q_EXACT, 0);
	expect("قتل 5 مدنيين وأصيب آخرون على الأقل", RASD_LANG_AR, "5", 5, 5, RASD_Q_EXACT, 0);

	d = analyse("خلّفت نحو عشرة قتلى بينهم قياديان.", RASD_LANG_AR);
	x = num_span(d, "نحو عشرة");
	assert_non_null(x);
	assert_int_equal(x->value, 10);
	assert_int_equal(x->qualifier, RASD_Q_ABOUT);
	assert_true(x->words);
	noun = noun_of(d, x, &len);
	assert_non_null(noun);
	assert_int_equal(len, strlen("قتلى"));
	assert_memory_equal(noun, "قتلى", len);
	/* a dual of persons is the figures stage's (groups.tsv `two`), no number word */
	assert_null(num_span(d, "قياديان"));
	release(d);
}

static void test_arabic_words(void **state)
{
	(void)state;
	expect("قتل واحد", RASD_LANG_AR, "واحد", 1, 1, RASD_Q_EXACT, 1);
	expect("قتل اثنان", RASD_LANG_AR, "اثنان", 2, 2, RASD_Q_EXACT, 1);
	expect("قتل اثنين", RASD_LANG_AR, "اثنين", 2, 2, RASD_Q_EXACT, 1);
	expect("قتلت اثنتان", RASD_LANG_AR, "اثنتان", 2, 2, RASD_Q_EXACT, 1);
	expect("قتل ثلاثة أشخاص", RASD_LANG_AR, "ثلاثة", 3, 3, RASD_Q_EXACT, 1);
	expect("قتلت ثلاث نساء", RASD_LANG_AR, "ثلاث", 3, 3, RASD_Q_EXACT, 1);
	expect("قتل ثمانية", RASD_LANG_AR, "ثمانية", 8, 8, RASD_Q_EXACT, 1);
	expect("قتل عشرة", RASD_LANG_AR, "عشرة", 10, 10, RASD_Q_EXACT, 1);
	expect("قتل أحد عشر شخصا", RASD_LANG_AR, "أحد عشر", 11, 11, RASD_Q_EXACT, 1);
	expect("قتلت إحدى عشرة امرأة", RASD_LANG_AR, "إحدى عشرة", 11, 11, RASD_Q_EXACT, 1);
	expect("قتل اثنا عشر شخصا", RASD_LANG_AR, "اثنا عشر", 12, 12, RASD_Q_EXACT, 1);
	expect("قتل ثلاثة عشر شخصا", RASD_LANG_AR, "ثلاثة عشر", 13, 13, RASD_Q_EXACT, 1);
	expect("قتل تسعة عشر شخصا", RASD_LANG_AR, "تسعة عشر", 19, 19, RASD_Q_EXACT, 1);
	expect("قتل عشرون شخصا", RASD_LANG_AR, "عشرون", 20, 20, RASD_Q_EXACT, 1);
	expect("قتل تسعين شخصا", RASD_LANG_AR, "تسعين", 90, 90, RASD_Q_EXACT, 1);
	expect("قتل خمسة وعشرين شخصا", RASD_LANG_AR, "خمسة وعشرين", 25, 25, RASD_Q_EXACT, 1);
	expect("قتل خمسة و عشرين شخصا", RASD_LANG_AR, "خمسة و عشرين", 25, 25, RASD_Q_EXACT, 1);
	expect("قتل مئة شخص", RASD_LANG_AR, "مئة", 100, 100, RASD_Q_EXACT, 1);
	expect("قتل مائة شخص", RASD_LANG_AR, "مائة", 100, 100, RASD_Q_EXACT, 1);
	expect("قتل مئتين", RASD_LANG_AR, "مئتين", 200, 200, RASD_Q_EXACT, 1);
	expect("قتل مائتان", RASD_LANG_AR, "مائتان", 200, 200, RASD_Q_EXACT, 1);
	expect("قتل ثلاثمئة", RASD_LANG_AR, "ثلاثمئة", 300, 300, RASD_Q_EXACT, 1);
	expect("قتل ثلاث مئة", RASD_LANG_AR, "ثلاث مئة", 300, 300, RASD_Q_EXACT, 1);
	expect("قتل مئة وخمسة وعشرون", RASD_LANG_AR, "مئة وخمسة وعشرون", 125, 125, RASD_Q_EXACT, 1);
	/* a teen after a hundred or a thousand: the unit and "عشر" read together */
	expect("قتل مئة وخمسة عشر شخصا", RASD_LANG_AR, "مئة وخمسة عشر", 115, 115, RASD_Q_EXACT, 1);
	expect("قتلت مئتان وإحدى عشرة امرأة", RASD_LANG_AR, "مئتان وإحدى عشرة", 211, 211, RASD_Q_EXACT, 1);
	expect("قتل ثلاثمئة وأحد عشر شخصا", RASD_LANG_AR, "ثلاثمئة وأحد عشر", 311, 311, RASD_Q_EXACT, 1);
	expect("نزح ألفان واثنا عشر شخصا", RASD_LANG_AR, "ألفان واثنا عشر", 2012, 2012, RASD_Q_EXACT, 1);
	expect("نزح ألف شخص", RASD_LANG_AR, "ألف", 1000, 1000, RASD_Q_EXACT, 1);
	expect("نزح ألفين", RASD_LANG_AR, "ألفين", 2000, 2000, RASD_Q_EXACT, 1);
	expect("نزح ثلاثة آلاف شخص", RASD_LANG_AR, "ثلاثة آلاف", 3000, 3000, RASD_Q_EXACT, 1);
	expect("نزح ثلاثة آلاف وخمسمئة شخص", RASD_LANG_AR, "ثلاثة آلاف وخمسمئة", 3500, 3500, RASD_Q_EXACT, 1);
	expect("نزح مليون شخص", RASD_LANG_AR, "مليون", 1000000, 1000000, RASD_Q_EXACT, 1);
	expect("نزح مئة ألف شخص", RASD_LANG_AR, "مئة ألف", 100000, 100000, RASD_Q_EXACT, 1);
	expect("وقتل وخمسة", RASD_LANG_AR, "وخمسة", 5, 5, RASD_Q_EXACT, 1);
	expect("سقطت بقذيفتين", RASD_LANG_AR, "بقذيفتين", 2, 2, RASD_Q_EXACT, 1);
	expect("شنت غارتين", RASD_LANG_AR, "غارتين", 2, 2, RASD_Q_EXACT, 1);
	expect("أطلقت صاروخين", RASD_LANG_AR, "صاروخين", 2, 2, RASD_Q_EXACT, 1);
	/* a cardinal with the article ("the three"), also after a clitic */
	expect("وكان الثلاثة من المدنيين", RASD_LANG_AR, "الثلاثة", 3, 3, RASD_Q_EXACT, 1);
	expect("جثث الضحايا السبعة", RASD_LANG_AR, "السبعة", 7, 7, RASD_Q_EXACT, 1);
	expect("أفرج عن الثمانية", RASD_LANG_AR, "الثمانية", 8, 8, RASD_Q_EXACT, 1);
	expect("خلال الأيام العشرة الماضية", RASD_LANG_AR, "العشرة", 10, 10, RASD_Q_EXACT, 1);
}

/* A dual of duals.tsv: two of the thing it names, or two units of time. */
static void test_duals(void **state)
{
	struct rasd_doc *d;
	const struct rasd_number *x;

	(void)state;
	d = analyse("أطلقت الطائرات صاروخين على البلدة واستمر القصف يومين.", RASD_LANG_AR);
	x = num_span(d, "صاروخين");
	assert_non_null(x);
	assert_int_equal(x->value, 2);
	assert_int_equal(x->qualifier, RASD_Q_EXACT);
	assert_true(x->words);
	assert_int_equal(x->noun_tok, x->tok_start);   /* two of the thing it names */
	assert_false(x->duration);
	x = num_span(d, "يومين");
	assert_non_null(x);
	assert_int_equal(x->value, 2);
	assert_int_equal(x->noun_tok, x->tok_start);
	assert_true(x->duration);                     /* two days: how long, not how many */
	release(d);

	/* after و, ب and the article, as a number word; the article on every row */
	d = analyse("سقطت وبالقذيفتين والأسبوعين الانفجارين", RASD_LANG_AR);
	x = num_span(d, "وبالقذيفتين");
	assert_non_null(x);
	assert_int_equal(x->value, 2);
	assert_true(x->conj);
	assert_false(x->duration);
	x = num_span(d, "والأسبوعين");
	assert_non_null(x);
	assert_true(x->conj);
	assert_true(x->duration);
	x = num_span(d, "الانفجارين");
	assert_non_null(x);
	assert_false(x->conj);
	release(d);

	/* with a qualifier before it, as a number */
	expect("أطلق نحو صاروخين", RASD_LANG_AR, "نحو صاروخين", 2, 2, RASD_Q_ABOUT, 1);

	/* no lexicon, no duals; digits and number words stay */
	d = analyse_lx(NULL, "أطلقت صاروخين و13 قذيفة وخمس غارات", RASD_LANG_AR, 0);
	assert_null(num_span(d, "صاروخين"));
	assert_int_equal(d->nnums, 2);
	assert_int_equal(d->nums[0].value, 13);
	assert_int_equal(d->nums[1].value, 5);
	release(d);
}

/* Does report `text` carry a casualty claim of `value`? */
static int claims_value(const char *text, int64_t value)
{
	rasd_doc *d;
	size_t i, j;
	int found = 0;

	d = rasdt_extract("ar", "2024-03-12", NULL, text);
	assert_non_null(d);
	for (i = 0; i < d->nevents; i++)
		for (j = 0; j < d->events[i].nclaims; j++)
			found |= d->events[i].claims[j].value == value;
	rasd_doc_free(d);
	return found;
}

/* Two shells, two days: the extractor counts no two people by them. */
static void test_duals_count_no_one(void **state)
{
	(void)state;
	assert_true(claims_value("قتل خمسة مدنيين في قصف استمر يومين على بلدة كفرنبل بريف إدلب.", 5));
	assert_false(claims_value("قتل خمسة مدنيين في قصف استمر يومين على بلدة كفرنبل بريف إدلب.", 2));
	assert_true(claims_value("سقطت قذيفتين على بلدة كفرنبل بريف إدلب ما أدى إلى مقتل ثلاثة مدنيين.", 3));
	assert_false(claims_value("سقطت قذيفتين على بلدة كفرنبل بريف إدلب ما أدى إلى مقتل ثلاثة مدنيين.", 2));
}

/* ---- duals.tsv edited: the next load reads it, through the cache too ---- */

static char dtmp[64], ddata[96], dcache[96];

static void copy_file(const char *from, const char *to)
{
	FILE *in = fopen(from, "rb"), *out = fopen(to, "wb");
	char buf[65536];
	size_t n;

	assert_non_null(in);
	assert_non_null(out);
	while ((n = fread(buf, 1, sizeof(buf), in)) > 0)
		assert_int_equal(fwrite(buf, 1, n, out), n);
	fclose(in);
	assert_int_equal(fclose(out), 0);
}

static struct rasd_lexicon *load_copy(void)
{
	struct rasd_lexicon *lx;
	rasd_err err;

	memset(&err, 0, sizeof(err));
	lx = rasdp_lexicon_load(ddata, &err);
	if (!lx)
		fail_msg("load: %s", err.msg);
	return lx;
}

/* The dual of `text` read by the number reader, screened, with `lx`, or NULL. */
static int reads_dual(const struct rasd_lexicon *lx, const char *text, const char *span,
		      int duration)
{
	struct rasd_doc *d = analyse_lx(lx, text, RASD_LANG_AR, 1);
	const struct rasd_number *x = num_span(d, span);
	int ok = x && x->value == 2 && x->noun_tok == x->tok_start && x->duration == duration;

	release(d);
	return ok;
}

static void test_duals_edited(void **state)
{
	static const char text[] = "دمرت دبابتين وأطلقت صاروخين خلال ساعتين";
	const char *old_cache = getenv("RASD_CACHE");
	char *saved = old_cache ? strdup(old_cache) : NULL;
	struct rasd_lexicon *lx;
	char from[512], to[512];
	rasd_err err;
	DIR *dp;
	struct dirent *de;
	FILE *f;

	(void)state;
	snprintf(dtmp, sizeof(dtmp), "/tmp/rasd-test-duals-%ld", (long)getpid());
	snprintf(ddata, sizeof(ddata), "%s/data", dtmp);
	snprintf(dcache, sizeof(dcache), "%s/cache", dtmp);
	assert_int_equal(mkdir(dtmp, 0700), 0);
	assert_int_equal(mkdir(ddata, 0700), 0);
	assert_int_equal(mkdir(dcache, 0700), 0);
	dp = opendir(RASD_SRCDIR "/data");
	assert_non_null(dp);
	while ((de = readdir(dp))) {
		size_t n = strlen(de->d_name);

		if (n < 5 || strcmp(de->d_name + n - 4, ".tsv"))
			continue;
		snprintf(from, sizeof(from), "%s/data/%s", RASD_SRCDIR, de->d_name);
		snprintf(to, sizeof(to), "%s/%s", ddata, de->d_name);
		copy_file(from, to);
	}
	closedir(dp);
	setenv("RASD_CACHE", dcache, 1);

	/* built, then mapped from the cache: the duals are in it */
	lx = load_copy();
	assert_null(lx->map);
	rasdp_lexicon_free(lx);
	lx = load_copy();
	assert_non_null(lx->map);
	assert_true(reads_dual(lx, text, "صاروخين", 0));
	assert_false(reads_dual(lx, text, "دبابتين", 0));
	assert_false(reads_dual(lx, text, "ساعتين", 1));
	rasdp_lexicon_free(lx);

	/* two rows added: the next load reads them, and so does its cache */
	snprintf(to, sizeof(to), "%s/duals.tsv", ddata);
	f = fopen(to, "a");
	assert_non_null(f);
	fputs("thing\tar\tدبابتان|دبابتين\ntime\tar\tساعتان|ساعتين\n", f);
	assert_int_equal(fclose(f), 0);
	lx = load_copy();
	assert_null(lx->map);
	assert_true(reads_dual(lx, text, "دبابتين", 0));
	assert_true(reads_dual(lx, text, "ساعتين", 1));
	assert_true(reads_dual(lx, text, "صاروخين", 0));
	rasdp_lexicon_free(lx);
	lx = load_copy();
	assert_non_null(lx->map);
	assert_true(reads_dual(lx, text, "دبابتين", 0));
	assert_true(reads_dual(lx, text, "ساعتين", 1));
	rasdp_lexicon_free(lx);

	/* a kind that is neither a thing nor time stops the load, at its line */
	f = fopen(to, "a");
	assert_non_null(f);
	fputs("weapon\tar\tمدفعين\n", f);
	assert_int_equal(fclose(f), 0);
	memset(&err, 0, sizeof(err));
	assert_null(rasdp_lexicon_load(ddata, &err));
	assert_int_equal(err.code, RASD_EPARSE);
	if (!strstr(err.msg, "duals.tsv:") || !strstr(err.msg, "bad kind 'weapon'"))
		fail_msg("error '%s'", err.msg);

	if (saved)
		setenv("RASD_CACHE", saved, 1);
	else
		unsetenv("RASD_CACHE");
	free(saved);
	rasdt_remove_dir(dcache);
	rasdt_remove_dir(ddata);
	rmdir(dtmp);
}

static void test_not_numbers(void **state)
{
	struct rasd_doc *d;

	(void)state;
	/* plural nisba nouns are not duals; a bare "أحد" is not 11; Monday is not "two" */
	d = analyse("قتل مدنيين وجرح مقاتلين يوم الاثنين، أحد القادة لست أدري، الأحد والاثنين", RASD_LANG_AR);
	if (d->nnums)
		dump(d);
	assert_int_equal(d->nnums, 0);
	release(d);
}

static void test_ranges(void **state)
{
	(void)state;
	expect("قتل 10-15 شخصا", RASD_LANG_AR, "10-15", 10, 15, RASD_Q_RANGE, 0);
	expect("قتل 10 إلى 15 شخصا", RASD_LANG_AR, "10 إلى 15", 10, 15, RASD_Q_RANGE, 0);
	expect("قتل بين 10 و15 شخصا", RASD_LANG_AR, "بين 10 و15", 10, 15, RASD_Q_RANGE, 0);
	expect("قتل بين 10 و 15 شخصا", RASD_LANG_AR, "بين 10 و 15", 10, 15, RASD_Q_RANGE, 0);
	expect("قتل بين عشرة وخمسة عشر شخصا", RASD_LANG_AR, "بين عشرة وخمسة عشر", 10, 15, RASD_Q_RANGE, 1);
	expect("between 10 and 15 people", RASD_LANG_EN, "between 10 and 15", 10, 15, RASD_Q_RANGE, 0);
	expect("killed 10 to 15 people", RASD_LANG_EN, "10 to 15", 10, 15, RASD_Q_RANGE, 0);
	/* both ends qualified */
	expect("killed from about 40 to some 90 people", RASD_LANG_EN, "40 to some 90", 40, 90, RASD_Q_RANGE, 0);
	expect("between ten and fifteen people", RASD_LANG_EN, "between ten and fifteen", 10, 15, RASD_Q_RANGE, 1);
}

static void test_english(void **state)
{
	struct rasd_doc *d;
	const struct rasd_number *x;
	const char *noun;
	size_t len = 0;

	(void)state;
	expect("one person died", RASD_LANG_EN, "one", 1, 1, RASD_Q_EXACT, 1);
	expect("nineteen people died", RASD_LANG_EN, "nineteen", 19, 19, RASD_Q_EXACT, 1);
	expect("twenty-five people died", RASD_LANG_EN, "twenty-five", 25, 25, RASD_Q_EXACT, 1);
	expect("twenty five people died", RASD_LANG_EN, "twenty five", 25, 25, RASD_Q_EXACT, 1);
	expect("a hundred people died", RASD_LANG_EN, "a hundred", 100, 100, RASD_Q_EXACT, 1);
	expect("two hundred and fifty people", RASD_LANG_EN, "two hundred and fifty", 250, 250, RASD_Q_EXACT, 1);
	expect("three thousand people", RASD_LANG_EN, "three thousand", 3000, 3000, RASD_Q_EXACT, 1);
	expect("a million people", RASD_LANG_EN, "a million", 1000000, 1000000, RASD_Q_EXACT, 1);
	expect("a dozen people", RASD_LANG_EN, "a dozen", 12, 12, RASD_Q_EXACT, 1);
	expect("about 20 people", RASD_LANG_EN, "about 20", 20, 20, RASD_Q_ABOUT, 0);
	expect("around 20 people", RASD_LANG_EN, "around 20", 20, 20, RASD_Q_ABOUT, 0);
	expect("approximately 20 people", RASD_LANG_EN, "approximately 20", 20, 20, RASD_Q_ABOUT, 0);
	expect("roughly 20 people", RASD_LANG_EN, "roughly 20", 20, 20, RASD_Q_ABOUT, 0);
	expect("nearly 20 people", RASD_LANG_EN, "nearly 20", 20, 20, RASD_Q_ABOUT, 0);
	expect("almost 20 people", RASD_LANG_EN, "almost 20", 20, 20, RASD_Q_ABOUT, 0);
	expect("some 20 people", RASD_LANG_EN, "some 20", 20, 20, RASD_Q_ABOUT, 0);
	expect("at least 14 people", RASD_LANG_EN, "at least 14", 14, 14, RASD_Q_AT_LEAST, 0);
	expect("14 people at least", RASD_LANG_EN, "14 people at least", 14, 14, RASD_Q_AT_LEAST, 0);
	/* a qualifier before a number is that number's, not a trailing one of the number before */
	expect("updated 2021-10-20 At least 9 were killed", RASD_LANG_EN, "At least 9", 9, 9, RASD_Q_AT_LEAST, 0);
	expect("On March 5 at least 9 were killed", RASD_LANG_EN, "at least 9", 9, 9, RASD_Q_AT_LEAST, 0);
	expect("more than 100 people", RASD_LANG_EN, "more than 100", 100, 100, RASD_Q_MORE_THAN, 0);
	expect("over 100 people", RASD_LANG_EN, "over 100", 100, 100, RASD_Q_MORE_THAN, 0);
	expect("upwards of 100 people", RASD_LANG_EN, "upwards of 100", 100, 100, RASD_Q_MORE_THAN, 0);
	expect("up to 30 people", RASD_LANG_EN, "up to 30", 30, 30, RASD_Q_UP_TO, 0);
	expect("as many as 30 people", RASD_LANG_EN, "as many as 30", 30, 30, RASD_Q_UP_TO, 0);
	expect("at least twelve people", RASD_LANG_EN, "at least twelve", 12, 12, RASD_Q_AT_LEAST, 1);

	d = analyse("Russian and Syrian forces killed 20 militants.", RASD_LANG_EN);
	x = num_span(d, "20");
	assert_non_null(x);
	noun = noun_of(d, x, &len);
	assert_non_null(noun);
	assert_int_equal(len, 9);
	assert_memory_equal(noun, "militants", 9);
	release(d);
}

static void test_vague(void **state)
{
	struct rasd_doc *d;
	const struct rasd_number *x;
	const char *noun;
	size_t len = 0;

	(void)state;
	expect("قتل عشرات المدنيين", RASD_LANG_AR, "عشرات", 12, 12, RASD_Q_VAGUE, 1);
	expect("قتل العشرات", RASD_LANG_AR, "العشرات", 12, 12, RASD_Q_VAGUE, 1);
	expect("نزح مئات المدنيين", RASD_LANG_AR, "مئات", 100, 100, RASD_Q_VAGUE, 1);
	expect("نزح آلاف المدنيين", RASD_LANG_AR, "آلاف", 1000, 1000, RASD_Q_VAGUE, 1);
	expect("نزح عشرات الآلاف", RASD_LANG_AR, "عشرات الآلاف", 12000, 12000, RASD_Q_VAGUE, 1);
	expect("dozens of people were hurt", RASD_LANG_EN, "dozens", 12, 12, RASD_Q_VAGUE, 1);
	expect("tens of people were hurt", RASD_LANG_EN, "tens", 10, 10, RASD_Q_VAGUE, 1);
	expect("hundreds of people fled", RASD_LANG_EN, "hundreds", 100, 100, RASD_Q_VAGUE, 1);
	expect("thousands of people fled", RASD_LANG_EN, "thousands", 1000, 1000, RASD_Q_VAGUE, 1);
	expect("tens of thousands fled", RASD_LANG_EN, "tens of thousands", 10000, 10000, RASD_Q_VAGUE, 1);
	expect("scores of people were hurt", RASD_LANG_EN, "scores", 20, 20, RASD_Q_VAGUE, 1);
	expect("scores of thousands fled", RASD_LANG_EN, "scores of thousands", 20000, 20000, RASD_Q_VAGUE, 1);

	d = analyse("dozens of people were hurt", RASD_LANG_EN);
	x = num_span(d, "dozens");
	assert_non_null(x);
	noun = noun_of(d, x, &len);
	assert_non_null(noun);
	assert_memory_equal(noun, "people", 6);
	release(d);
}

static void test_ordinals_and_percent(void **state)
{
	struct rasd_doc *d;
	const struct rasd_number *x;

	(void)state;
	d = analyse("مجموعات من اللواء الثامن والفرقة الرابعة عشرة و8th Brigade and the eighth day", RASD_LANG_AR);
	x = num_span(d, "الثامن");
	assert_non_null(x);
	assert_true(x->ordinal);
	assert_int_equal(x->value, 8);
	x = num_span(d, "الرابعة عشرة");
	assert_non_null(x);
	assert_true(x->ordinal);
	assert_int_equal(x->value, 14);
	x = num_span(d, "eighth");
	assert_non_null(x);
	assert_true(x->ordinal);
	assert_int_equal(x->value, 8);
	release(d);

	d = analyse("the 8th Brigade", RASD_LANG_EN);
	x = num_span(d, "8th");
	assert_non_null(x);
	assert_true(x->ordinal);
	assert_int_equal(x->value, 8);
	release(d);

	d = analyse("ارتفعت بنسبة 20% ثم 30 بالمئة ثم 40 في المئة, up 15 percent", RASD_LANG_AR);
	x = num_span(d, "20%");
	assert_non_null(x);
	assert_true(x->percent);
	assert_int_equal(x->value, 20);
	x = num_span(d, "30 بالمئة");
	assert_non_null(x);
	assert_true(x->percent);
	x = num_span(d, "15 percent");
	assert_non_null(x);
	assert_true(x->percent);
	assert_int_equal(x->noun_tok, UINT32_MAX);
	release(d);
}

static char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long n;

	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t)n + 1);
	assert_non_null(buf);
	*len = fread(buf, 1, (size_t)n, f);
	buf[*len] = 0;
	fclose(f);
	return buf;
}

static void test_seed_report(void **state)
{
	struct rasd_doc *d;
	const struct rasd_number *x;
	size_t len, i, twenty = 0;
	char *text = read_file(RASD_SHARED "/seed/enab-baladi-2022-10-17.txt", &len);

	(void)state;
	if (!text)
		skip();
	d = analyse(text, RASD_LANG_AR);
	for (i = 0; i < d->nnums; i++)
		if (d->nums[i].value == 20 && !d->nums[i].in_date && !d->nums[i].ordinal)
			twenty++;
	assert_true(twenty >= 3);
	x = num_span(d, "نحو عشرة");
	assert_non_null(x);
	assert_int_equal(x->value, 10);
	assert_int_equal(x->qualifier, RASD_Q_ABOUT);
	assert_true(x->words);
	x = num_span(d, "نحو 20");
	assert_non_null(x);
	assert_int_equal(x->qualifier, RASD_Q_ABOUT);
	x = num_span(d, "18");
	assert_non_null(x);
	assert_false(x->in_date);
	x = num_span(d, "27");
	assert_non_null(x);
	assert_false(x->in_date);
	x = num_span(d, "نحو 100");
	assert_non_null(x);
	assert_int_equal(x->value, 100);
	assert_int_equal(x->qualifier, RASD_Q_ABOUT);
	x = num_span(d, "قذيفتي");
	assert_non_null(x);
	assert_int_equal(x->value, 2);
	assert_true(x->words);
	assert_null(num_span(d, "قياديان"));
	x = num_span(d, "الثامن");
	assert_non_null(x);
	assert_true(x->ordinal);
	/* the day numbers of dates are not counts */
	x = num_span(d, "17");
	assert_non_null(x);
	assert_true(x->in_date);
	x = num_span(d, "13");
	assert_non_null(x);
	assert_true(x->in_date);
	x = num_span(d, "15");
	assert_non_null(x);
	assert_true(x->in_date);
	x = num_span(d, "2022");
	assert_non_null(x);
	assert_true(x->in_date);
	release(d);
	free(text);
}

/*
 * tests/data/numbers-n2words.tsv: Arabic (both genders) and English
 * cardinals 3-12,500 spelled by a number-to-words library (n2words, see
 * tools/numbers-table.mjs), each set in a casualty sentence.  Every form
 * must read whole: one number whose span is exactly the words and whose
 * value is the row's.
 */
static void test_number_table(void **state)
{
	FILE *f = fopen(RASD_SRCDIR "/tests/data/numbers-n2words.tsv", "r");
	char line[1024];
	int rows = 0, bad = 0;

	(void)state;
	assert_non_null(f);
	while (fgets(line, sizeof(line), f)) {
		char *col[5], *p = line;
		struct rasd_doc *d;
		const struct rasd_number *x;
		long long value;
		int k;

		if (line[0] == '#' || !strncmp(line, "lang\t", 5))
			continue;
		line[strcspn(line, "\n")] = 0;
		for (k = 0; k < 5; k++) {
			col[k] = p;
			p = strchr(p, '\t');
			if (k < 4) {
				assert_non_null(p);
				*p++ = 0;
			}
		}
		value = atoll(col[2]);
		d = analyse(col[4], strcmp(col[0], "ar") ? RASD_LANG_EN : RASD_LANG_AR);
		x = num_span(d, col[3]);
		rows++;
		if (!x || x->value != value || x->value_hi != value || d->nnums != 1) {
			fprintf(stderr, "  %s %s %lld: [%s]\n", col[0], col[1], value, col[3]);
			dump(d);
			bad++;
		}
		release(d);
	}
	fclose(f);
	fprintf(stderr, "  number table: %d of %d forms read whole\n", rows - bad, rows);
	assert_int_equal(rows, 399);
	assert_int_equal(bad, 0);
}

/* Many tokens: the pass must stay linear (a quadratic scan would time out). */
static void test_linear(void **state)
{
	size_t n = 200000, i, off = 0;
	char *text = malloc(n * 16);
	struct rasd_doc *d;

	(void)state;
	assert_non_null(text);
	for (i = 0; i < n / 4; i++)
		off += (size_t)snprintf(text + off, 64, "قتل نحو %zu شخصا ", i % 900 + 1);
	d = analyse(text, RASD_LANG_AR);
	assert_int_equal(d->nnums, n / 4);
	release(d);
	free(text);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_digits),
		cmocka_unit_test(test_arabic_qualifiers),
		cmocka_unit_test(test_arabic_words),
		cmocka_unit_test(test_duals),
		cmocka_unit_test(test_duals_count_no_one),
		cmocka_unit_test(test_duals_edited),
		cmocka_unit_test(test_not_numbers),
		cmocka_unit_test(test_ranges),
		cmocka_unit_test(test_english),
		cmocka_unit_test(test_vague),
		cmocka_unit_test(test_ordinals_and_percent),
		cmocka_unit_test(test_seed_report),
		cmocka_unit_test(test_number_table),
		cmocka_unit_test(test_linear),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
