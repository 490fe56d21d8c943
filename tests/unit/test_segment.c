/*
 * test_segment.c - tokens (words, numbers with separators, punctuation,
 * flags), sentences (Arabic and English terminals, abbreviations, decimal
 * points, line breaks, paragraphs), the clitic keys of Arabic words, and
 * the seed report end to end with spans mapped back to the original.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "text/text.h"

static void seg(struct rasd_doc *d, const char *text, size_t len)
{
	memset(d, 0, sizeof(*d));
	rasd_arena_init(&d->arena, NULL, 0);
	d->text = rasd_arena_strndup(&d->arena, text, len);
	d->text_len = len;
	assert_int_equal(rasdp_normalize(d), 0);
	assert_int_equal(rasdp_segment(d), 0);
}

/* Invariants every segmentation must keep. */
static void check_doc(const struct rasd_doc *d)
{
	size_t i;

	for (i = 0; i < d->ntoks; i++) {
		const struct rasd_token *t = &d->toks[i];

		assert_true(t->nstart < t->nend && t->nend <= d->norm_len);
		assert_true(t->start < t->end && t->end <= d->text_len);
		{
			size_t hint = 0;

			assert_int_equal(t->start, rasdp_norm_orig(d, t->nstart, &hint));
		}
		/* Spans never end in white space. */
		assert_true(d->text[t->end - 1] != ' ' && d->text[t->end - 1] != '\n');
		assert_true(t->sent < d->nsents);
		assert_true(d->sents[t->sent].tok_start <= i && i < d->sents[t->sent].tok_end);
		if (i)
			assert_true(t->nstart >= d->toks[i - 1].nend);
		if (t->kind == RASD_TOK_WORD)
			assert_true(t->nkeys >= 1 && t->nkeys <= RASD_MAX_KEYS);
	}
	for (i = 0; i < d->nsents; i++) {
		const struct rasd_sentence *s = &d->sents[i];

		assert_true(s->tok_start < s->tok_end);
		assert_int_equal(s->start, d->toks[s->tok_start].start);
		assert_int_equal(s->end, d->toks[s->tok_end - 1].end);
		if (i) {
			assert_int_equal(s->tok_start, d->sents[i - 1].tok_end);
			assert_true(s->para >= d->sents[i - 1].para);
		}
	}
	if (d->nsents)
		assert_int_equal(d->sents[d->nsents - 1].tok_end, d->ntoks);
}

static struct rasd_doc *doc(struct rasd_doc *d, const char *text)
{
	seg(d, text, strlen(text));
	check_doc(d);
	return d;
}

/* Original text of sentence i, compared to `want`. */
static void sent_is(const struct rasd_doc *d, size_t i, const char *want)
{
	const struct rasd_sentence *s;

	assert_true(i < d->nsents);
	s = &d->sents[i];
	if (s->end - s->start != strlen(want) || memcmp(d->text + s->start, want, strlen(want)))
		fail_msg("sentence %zu is '%.*s', want '%s'", i, (int)(s->end - s->start),
			 d->text + s->start, want);
}

static int tok_is(const struct rasd_doc *d, size_t i, const char *norm)
{
	size_t n;
	const char *w;

	assert_true(i < d->ntoks);
	w = rasdp_tok_norm(d, &d->toks[i], &n);
	return n == strlen(norm) && !memcmp(w, norm, n);
}

static void test_tokens(void **state)
{
	struct rasd_doc d;
	const struct rasd_token *t;

	(void)state;
	doc(&d, "Russian forces killed 1,200 (3.5%) in F-35 \"raids\"; قتل ١٨ عسكريًا.");
	assert_true(tok_is(&d, 0, "russian"));
	assert_int_equal(d.toks[0].kind, RASD_TOK_WORD);
	assert_int_equal(d.toks[0].flags, RASD_TOKF_LATIN | RASD_TOKF_CAP);
	assert_int_equal(d.toks[0].nkeys, 1);
	assert_int_equal(d.toks[0].key[0], 0);
	assert_int_equal(d.toks[1].flags, RASD_TOKF_LATIN);
	assert_true(tok_is(&d, 3, "1,200"));
	assert_int_equal(d.toks[3].kind, RASD_TOK_NUM);
	assert_true(tok_is(&d, 4, "("));
	assert_int_equal(d.toks[4].kind, RASD_TOK_PUNCT);
	assert_true(tok_is(&d, 5, "3.5"));
	assert_int_equal(d.toks[5].kind, RASD_TOK_NUM);
	assert_true(tok_is(&d, 6, "%"));
	assert_true(tok_is(&d, 9, "f"));
	assert_true(tok_is(&d, 10, "-"));
	assert_true(tok_is(&d, 11, "35"));
	assert_true(tok_is(&d, 12, "\""));
	assert_true(d.toks[12].flags & RASD_TOKF_QUOTE);
	assert_true(tok_is(&d, 13, "raids"));
	assert_true(tok_is(&d, 15, ";"));
	assert_true(tok_is(&d, 16, "قتل"));
	assert_int_equal(d.toks[16].flags, RASD_TOKF_ARABIC);
	t = &d.toks[17];
	assert_true(tok_is(&d, 17, "18"));
	assert_int_equal(t->kind, RASD_TOK_NUM);
	assert_int_equal(t->end - t->start, strlen("١٨"));
	assert_memory_equal(d.text + t->start, "١٨", t->end - t->start);
	/* The word's orig span covers its diacritics. */
	t = &d.toks[18];
	assert_true(tok_is(&d, 18, "عسكريا"));
	assert_memory_equal(d.text + t->start, "عسكريًا", strlen("عسكريًا"));
	assert_int_equal(t->end - t->start, strlen("عسكريًا"));
	assert_int_equal(d.toks[19].flags, RASD_TOKF_SENT_END);
	assert_int_equal(d.ntoks, 20);
	assert_int_equal(d.nsents, 1);
	rasd_arena_release(&d.arena);

	/* Scripts split; Arabic words do not take digits; a trailing dot is not part of a number. */
	doc(&d, "14قتيلا Alقوات in 2022.");
	assert_true(tok_is(&d, 0, "14"));
	assert_true(tok_is(&d, 1, "قتيلا"));
	assert_true(tok_is(&d, 2, "al"));
	assert_true(tok_is(&d, 3, "قوات"));
	assert_true(tok_is(&d, 5, "2022"));
	assert_true(tok_is(&d, 6, "."));
	assert_true(d.toks[6].flags & RASD_TOKF_SENT_END);
	rasd_arena_release(&d.arena);

	/* Trailing white space stays out of the last token. */
	doc(&d, "  killed 20 \r\n\xc2\xa0 \n");
	assert_int_equal(d.ntoks, 2);
	assert_int_equal(d.toks[1].start, 9);
	assert_int_equal(d.toks[1].end, 11);
	assert_int_equal(d.sents[0].start, 2);
	assert_int_equal(d.sents[0].end, 11);
	rasd_arena_release(&d.arena);
	/* Dropped marks after a word stay in its span. */
	doc(&d, "قُتِلَ\xe2\x80\x8f");
	assert_int_equal(d.toks[0].end, strlen("قُتِلَ\xe2\x80\x8f"));
	rasd_arena_release(&d.arena);

	/* CAP comes from the original letter, accented capitals included. */
	doc(&d, "Éric éric Ḥama ḥama al-Sabboura");
	assert_true(d.toks[0].flags & RASD_TOKF_CAP);
	assert_false(d.toks[1].flags & RASD_TOKF_CAP);
	assert_true(d.toks[2].flags & RASD_TOKF_CAP);
	assert_false(d.toks[3].flags & RASD_TOKF_CAP);
	assert_false(d.toks[4].flags & RASD_TOKF_CAP);
	assert_true(tok_is(&d, 5, "sabboura"));
	assert_true(d.toks[5].flags & RASD_TOKF_CAP);
	rasd_arena_release(&d.arena);
}

static void test_arabic_sentences(void **state)
{
	struct rasd_doc d;

	(void)state;
	doc(&d, "قالت الوكالة، إن 20 عنصرًا قُتلوا. ماذا حصل في جاسم؟ لا أحد يعرف! "
		"انتهت العمليات… وعاد الهدوء.");
	assert_int_equal(d.nsents, 5);
	sent_is(&d, 0, "قالت الوكالة، إن 20 عنصرًا قُتلوا.");
	sent_is(&d, 1, "ماذا حصل في جاسم؟");
	sent_is(&d, 2, "لا أحد يعرف!");
	sent_is(&d, 3, "انتهت العمليات…");
	sent_is(&d, 4, "وعاد الهدوء.");
	/* The Arabic comma is a token but does not end a sentence. */
	assert_true(tok_is(&d, 2, ","));
	assert_false(d.toks[2].flags & RASD_TOKF_SENT_END);
	assert_int_equal(d.toks[2].sent, 0);
	assert_int_equal(d.toks[d.sents[1].tok_end - 1].flags, RASD_TOKF_SENT_END);
	rasd_arena_release(&d.arena);

	/* A title line without a terminal is its own sentence; closing quotes stay. */
	doc(&d, "درعا.. ما حقيقة الدور الروسي\nقال: “انتهت العملية.” ثم غادر.");
	assert_int_equal(d.nsents, 4);
	sent_is(&d, 0, "درعا..");
	sent_is(&d, 1, "ما حقيقة الدور الروسي");
	sent_is(&d, 2, "قال: “انتهت العملية.”");
	sent_is(&d, 3, "ثم غادر.");
	rasd_arena_release(&d.arena);
}

/* A line break inside a sentence of hard-wrapped text is no sentence end. */
static void test_hard_wrap(void **state)
{
	struct rasd_doc d;

	(void)state;
	doc(&d, "قصف الطيران الحربي صباح اليوم مواقع عدة في ريف المحافظة\n"
		"الشمالي وأحياء المدينة القديمة، ما أدى إلى دمار واسع في\n"
		"المنازل والمحال التجارية وفق ما أفاد به الأهالي هناك\n"
		"والدفاع المدني.\n"
		"سامي الحلبي\n"
		"خبر عاجل من المدينة القديمة في ساعات الصباح الأولى\n"
		"\n"
		"وقالت مصادر طبية إن المستشفيات استقبلت عشرات الجرحى\n"
		"- بينهم أطفال ونساء من سكان الأحياء الشرقية المنكوبة");
	assert_int_equal(d.nsents, 5);
	sent_is(&d, 0, "قصف الطيران الحربي صباح اليوم مواقع عدة في ريف المحافظة\n"
		"الشمالي وأحياء المدينة القديمة، ما أدى إلى دمار واسع في\n"
		"المنازل والمحال التجارية وفق ما أفاد به الأهالي هناك\n"
		"والدفاع المدني.");
	sent_is(&d, 1, "سامي الحلبي");   /* a byline: a short line */
	/* a blank line ends a sentence; so does a line before a bullet */
	sent_is(&d, 2, "خبر عاجل من المدينة القديمة في ساعات الصباح الأولى");
	sent_is(&d, 3, "وقالت مصادر طبية إن المستشفيات استقبلت عشرات الجرحى");
	rasd_arena_release(&d.arena);

	/* English: a lower-case continuation goes on, a capitalised line does not */
	doc(&d, "Artillery shelled the eastern districts of the town in the\n"
		"early morning, and drones struck two farms and a depot\n"
		"near the river, residents and rescue workers told us by\n"
		"phone from the shelters on the hills west of the town.\n"
		"Rescue teams are still searching the rubble of the market");
	assert_int_equal(d.nsents, 2);
	sent_is(&d, 1, "Rescue teams are still searching the rubble of the market");
	rasd_arena_release(&d.arena);

	/* a list of headlines: lines of that width, but none ends a sentence */
	doc(&d, "وزير الخارجية يبحث مع نظيره التركي ملف العودة الطوعية\n"
		"ارتفاع أسعار المحروقات في الأسواق المحلية للمرة الثالثة\n"
		"مباحثات جديدة حول المعابر الحدودية بين البلدين الجارين\n"
		"افتتاح معرض الكتاب الدولي بمشاركة مئات دور النشر العربية\n");
	assert_int_equal(d.nsents, 4);
	rasd_arena_release(&d.arena);

	/* a line ending with a comma goes on, in any report */
	doc(&d, "قصفت المدفعية بلدات عدة،\nبينها بلدتان في الريف الغربي.\nعاجل\nانتهى،\n\nخبر آخر.");
	assert_int_equal(d.nsents, 4);
	sent_is(&d, 0, "قصفت المدفعية بلدات عدة،\nبينها بلدتان في الريف الغربي.");
	sent_is(&d, 1, "عاجل");
	sent_is(&d, 2, "انتهى،");   /* a blank line after it still ends it */
	rasd_arena_release(&d.arena);
	doc(&d, "Shells hit three towns,\nkilling two people.\nShells hit three towns,\n- a list");
	assert_int_equal(d.nsents, 3);
	rasd_arena_release(&d.arena);

	/* lines that are not wrapped (one line a paragraph) keep their sentences */
	doc(&d, "قصف الطيران الحربي صباح اليوم مواقع عدة في ريف المحافظة الشمالية\n"
		"وقالت مصادر طبية إن المستشفيات استقبلت عشرات الجرحى في المدينة");
	assert_int_equal(d.nsents, 2);
	rasd_arena_release(&d.arena);
}

static void test_english_sentences(void **state)
{
	struct rasd_doc d;

	(void)state;
	doc(&d, "TASS quoted Maj. Gen. Oleg Yegorov as saying 20 were killed. "
		"The U.S. and U.K. said nothing. About 3.5 km away, Dr. Smith (St. Mary's) "
		"counted No. 5 dead on Oct. 14. There was no. Then it ended? Yes! "
		"See enabbaladi.net for more.killed.The end.");
	assert_int_equal(d.nsents, 8);
	sent_is(&d, 0, "TASS quoted Maj. Gen. Oleg Yegorov as saying 20 were killed.");
	sent_is(&d, 1, "The U.S. and U.K. said nothing.");
	sent_is(&d, 2, "About 3.5 km away, Dr. Smith (St. Mary's) counted No. 5 dead on Oct. 14.");
	sent_is(&d, 3, "There was no.");
	sent_is(&d, 4, "Then it ended?");
	sent_is(&d, 5, "Yes!");
	sent_is(&d, 6, "See enabbaladi.net for more.killed.");
	sent_is(&d, 7, "The end.");
	/* The abbreviation dots are tokens without SENT_END. */
	assert_true(tok_is(&d, 3, "."));
	assert_false(d.toks[3].flags & RASD_TOKF_SENT_END);
	rasd_arena_release(&d.arena);

	/* The longest abbreviations, and a word a letter longer, before a period. */
	doc(&d, "Lieut. Ahmad said approx. 40 fled. Villages. They left.");
	assert_int_equal(d.nsents, 3);
	sent_is(&d, 0, "Lieut. Ahmad said approx. 40 fled.");
	sent_is(&d, 1, "Villages.");
	rasd_arena_release(&d.arena);

	/* Line breaks always end a sentence; a blank line starts a paragraph. */
	doc(&d, "Title line\nFirst para, one\nstill first.\n\nSecond para. Two.\n\n\n\nThird");
	assert_int_equal(d.nsents, 6);
	sent_is(&d, 0, "Title line");
	sent_is(&d, 1, "First para, one");
	sent_is(&d, 2, "still first.");
	sent_is(&d, 3, "Second para.");
	sent_is(&d, 4, "Two.");
	sent_is(&d, 5, "Third");
	assert_int_equal(d.sents[0].para, 0);
	assert_int_equal(d.sents[2].para, 0);
	assert_int_equal(d.sents[3].para, 1);
	assert_int_equal(d.sents[4].para, 1);
	assert_int_equal(d.sents[5].para, 2);
	rasd_arena_release(&d.arena);

	/* Empty and punctuation-only inputs. */
	doc(&d, "");
	assert_int_equal(d.ntoks, 0);
	assert_int_equal(d.nsents, 0);
	rasd_arena_release(&d.arena);
	doc(&d, " \n\n ... ");
	assert_int_equal(d.nsents, 1);
	assert_int_equal(d.ntoks, 3);
	rasd_arena_release(&d.arena);
}

/* Keys of a word as strings, for comparison. */
static int keys_of(const char *word, char out[RASD_MAX_KEYS][64])
{
	uint8_t key[RASD_MAX_KEYS];
	size_t len = strlen(word);
	int n = rasdp_token_keys(word, len, key), i;

	assert_true(n >= 1 && n <= RASD_MAX_KEYS);
	for (i = 0; i < n; i++) {
		assert_true(key[i] < len);
		if (i)
			assert_true(key[i] > key[i - 1]);
		snprintf(out[i], 64, "%s", word + key[i]);
	}
	return n;
}

/*
 * Only a word starting with one of the proclitic letters و ف ب ك ل has a
 * key past its first letter: every two-byte letter before "قوات", the
 * letters the key maker tries first (rasdp_token_keys()) against the rest.
 */
static void test_keys_first_letter(void **state)
{
	unsigned b0, b1;

	(void)state;
	for (b0 = 0xD8; b0 <= 0xDB; b0++)
		for (b1 = 0x80; b1 <= 0xBF; b1++) {
			char w[32];
			uint8_t key[RASD_MAX_KEYS];
			int n, clitic = (b0 == 0xD9 && (b1 == 0x88 || b1 == 0x81 || b1 == 0x83 ||
							b1 == 0x84)) ||
					(b0 == 0xD8 && b1 == 0xA8);

			w[0] = (char)b0;
			w[1] = (char)b1;
			snprintf(w + 2, sizeof(w) - 2, "%s", "قوات");
			n = rasdp_token_keys(w, strlen(w), key);
			if ((n > 1) != clitic)
				fail_msg("keys of %02x %02x + qwat: %d", b0, b1, n);
		}
}

static void test_keys(void **state)
{
	char k[RASD_MAX_KEYS][64];
	const char *c;
	size_t n;

	(void)state;
	/* Article only. */
	assert_int_equal(keys_of("القوات", k), 1);
	assert_string_equal(k[0], "قوات");
	/* Conjunction + article. */
	assert_int_equal(keys_of("والقوات", k), 2);
	assert_string_equal(k[0], "والقوات");
	assert_string_equal(k[1], "قوات");
	/* Preposition + article. */
	assert_int_equal(keys_of("بالصبوره", k), 2);
	assert_string_equal(k[0], "بالصبوره");
	assert_string_equal(k[1], "صبوره");
	/* ل + article is written "لل". */
	assert_int_equal(keys_of("للقوات", k), 2);
	assert_string_equal(k[1], "قوات");
	assert_int_equal(keys_of("وللقوات", k), 3);
	assert_string_equal(k[1], "للقوات");
	assert_string_equal(k[2], "قوات");
	/* Preposition on a name. */
	assert_int_equal(keys_of("لعنب", k), 2);
	assert_string_equal(k[1], "عنب");
	/* Conjunction + preposition + article. */
	assert_int_equal(keys_of("وبالجيش", k), 3);
	assert_string_equal(k[0], "وبالجيش");
	assert_string_equal(k[1], "بالجيش");
	assert_string_equal(k[2], "جيش");
	assert_int_equal(keys_of("فالمدينه", k), 2);
	assert_string_equal(k[1], "مدينه");
	assert_int_equal(keys_of("كالعاده", k), 2);
	assert_string_equal(k[1], "عاده");
	/* وكالة keeps its own canonical key. */
	keys_of("وكاله", k);
	assert_string_equal(k[0], "وكاله");
	n = rasdp_key_of("وكاله", strlen("وكاله"), &c);
	assert_int_equal(n, strlen("وكاله"));
	/* Short words are not over-stripped: stems keep two letters. */
	assert_int_equal(keys_of("بل", k), 1);
	assert_string_equal(k[0], "بل");
	assert_int_equal(keys_of("ال", k), 1);
	assert_int_equal(keys_of("الي", k), 1);          /* article leaves one letter */
	assert_string_equal(k[0], "الي");
	assert_int_equal(keys_of("لها", k), 2);          /* ل + ها */
	assert_int_equal(keys_of("ولم", k), 2);          /* و + لم, not ول + م */
	assert_string_equal(k[1], "لم");
	assert_int_equal(keys_of("بالي", k), 2);         /* ب + الي, no article strip */
	assert_string_equal(k[1], "الي");
	/* rasdp_key_of strips only the article. */
	n = rasdp_key_of("الرقه", strlen("الرقه"), &c);
	assert_int_equal(n, strlen("رقه"));
	assert_memory_equal(c, "رقه", n);
	n = rasdp_key_of("jasim", 5, &c);
	assert_int_equal(n, 5);
	/* Latin and numbers keep one key. */
	assert_int_equal(keys_of("alqawat", k), 1);
}

static void test_doc_keys(void **state)
{
	struct rasd_doc d;
	size_t n;
	const char *k;

	(void)state;
	doc(&d, "وقُتل 18 عسكريًا للقوات بالصبورة");
	assert_int_equal(d.toks[0].nkeys, 2);
	k = rasdp_tok_key(&d, &d.toks[0], 1, &n);
	assert_int_equal(n, strlen("قتل"));
	assert_memory_equal(k, "قتل", n);
	k = rasdp_tok_key(&d, &d.toks[3], d.toks[3].nkeys - 1, &n);
	assert_memory_equal(k, "قوات", n);
	k = rasdp_tok_key(&d, &d.toks[4], d.toks[4].nkeys - 1, &n);
	assert_int_equal(n, strlen("صبوره"));
	assert_memory_equal(k, "صبوره", n);
	rasd_arena_release(&d.arena);
}

static char *slurp(const char *path, size_t *len)
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
	buf[*len] = '\0';
	fclose(f);
	return buf;
}

static void test_seed(void **state)
{
	struct rasd_doc d;
	size_t len = 0, i, found = 0;
	char *text = slurp(RASD_SHARED "/seed/enab-baladi-2022-10-17.txt", &len);

	(void)state;
	if (!text)
		skip();
	seg(&d, text, len);
	check_doc(&d);
	/* About 40 lines, each at least one sentence; a few hold several. */
	assert_in_range(d.nsents, 35, 70);
	assert_in_range(d.ntoks, 900, 1400);
	assert_int_equal(rasdp_detect_lang(d.text, d.text_len), RASD_LANG_AR);
	for (i = 0; i < d.ntoks; i++) {
		const struct rasd_token *t = &d.toks[i];
		size_t n;
		const char *w = rasdp_tok_norm(&d, t, &n);

		/* "عنصرًا": the normalised token maps back to the accented original. */
		if (n == strlen("عنصرا") && !memcmp(w, "عنصرا", n)) {
			assert_int_equal(t->end - t->start, strlen("عنصرًا"));
			assert_memory_equal(d.text + t->start, "عنصرًا", t->end - t->start);
			found++;
		}
		/* Maj. Gen. is not in the Arabic text, but the Twitter line is. */
		if (n == 7 && !memcmp(w, "october", 7)) {
			assert_true(t->flags & RASD_TOKF_CAP);
			assert_memory_equal(d.text + t->start, "October", 7);
			found++;
		}
		/* "بالصبورة" reaches "صبوره". */
		if (n == strlen("بالصبوره") && !memcmp(w, "بالصبوره", n)) {
			const char *k = rasdp_tok_key(&d, t, t->nkeys - 1, &n);

			assert_memory_equal(k, "صبوره", n);
			found++;
		}
	}
	assert_true(found >= 4);
	/* The title line ends at its line break. */
	assert_memory_equal(d.text + d.sents[1].start, "ما حقيقة", strlen("ما حقيقة"));
	assert_int_equal(d.text[d.sents[1].end], '\n');
	rasd_arena_release(&d.arena);
	free(text);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tokens),
		cmocka_unit_test(test_arabic_sentences),
		cmocka_unit_test(test_hard_wrap),
		cmocka_unit_test(test_english_sentences),
		cmocka_unit_test(test_keys),
		cmocka_unit_test(test_keys_first_letter),
		cmocka_unit_test(test_doc_keys),
		cmocka_unit_test(test_seed),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
