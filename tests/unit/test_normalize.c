/*
 * test_normalize.c - every normalisation form (Arabic diacritics, tatweel,
 * alef and hamza forms, ta marbuta, alef maqsura, Persian letters and
 * digits, Arabic-Indic digits and separators, presentation forms, quotes,
 * dashes, zero-width marks, white space, Latin case and accents,
 * transliteration apostrophes and hyphens) and the offset map back to the
 * original text.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "doc.h"
#include "text/text.h"

static struct rasd_doc *norm_doc(struct rasd_doc *d, const char *text)
{
	memset(d, 0, sizeof(*d));
	rasd_arena_init(&d->arena, NULL, 0);
	d->text = rasd_arena_strdup(&d->arena, text);
	d->text_len = strlen(text);
	assert_int_equal(rasdp_normalize(d), 0);
	return d;
}

/* The orig offset of norm byte `i`, asked without a hint (a search). */
static uint32_t orig_of(const struct rasd_doc *d, size_t i)
{
	size_t hint = 0;

	return rasdp_norm_orig(d, i, &hint);
}

/* Normalise `in` as a document and expect `out`; checks the map invariants. */
static void expect(const char *in, const char *out)
{
	struct rasd_doc d;
	struct rasd_arena a;
	size_t i, n;
	char *s;

	norm_doc(&d, in);
	assert_string_equal(d.norm, out);
	assert_int_equal(d.norm_len, strlen(out));
	assert_int_equal(d.norm[d.norm_len], '\0');
	assert_int_equal(orig_of(&d, d.norm_len), d.text_len);
	for (i = 0; i < d.norm_len; i++) {
		assert_true(orig_of(&d, i) < d.text_len);
		if (i)
			assert_true(orig_of(&d, i) >= orig_of(&d, i - 1));
		/* Every byte maps to the start of a source character. */
		assert_true(((unsigned char)d.text[orig_of(&d, i)] & 0xC0) != 0x80);
	}
	rasd_arena_release(&d.arena);

	/* The standalone form gives the same bytes. */
	rasd_arena_init(&a, NULL, 0);
	s = rasdp_normalize_str(&a, in, strlen(in), &n);
	assert_non_null(s);
	assert_string_equal(s, out);
	assert_int_equal(n, strlen(out));
	rasd_arena_release(&a);
}

static void test_arabic_diacritics(void **state)
{
	(void)state;
	/* Harakat, tanwin, shadda, sukun, dagger alef. */
	expect("عنصرًا", "عنصرا");
	expect("تمكّنوا", "تمكنوا");
	expect("قُتِلَ", "قتل");
	expect("الرَّحْمٰن", "الرحمن");
	expect("مِئَةٌ", "ميه");
	/* Quranic annotation marks. */
	expect("ذٰلِكَ ۖ قال", "ذلك قال");
	/* Tatweel. */
	expect("قـــتل", "قتل");
	expect("الـ”الفرقة", "ال\"الفرقه");
}

static void test_arabic_letters(void **state)
{
	(void)state;
	/* Alef forms. */
	expect("أحمد إدلب آب ٱلله", "احمد ادلب اب الله");
	/* Alef maqsura, ta marbuta, hamza seats. */
	expect("مستشفى", "مستشفي");
	expect("مدينة درعا", "مدينه درعا");
	expect("مؤسسة", "موسسه");
	expect("رئيس", "رييس");
	expect("جزء", "جزء");                   /* bare hamza stays */
	/* Persian and Urdu letters. */
	expect("کابل", "كابل");
	expect("ایران", "ايران");
	expect("ہرات", "هرات");
	/* Presentation forms, lam-alef ligature included. */
	expect("\xef\xba\x8d\xef\xbb\x9f\xef\xbb\x98\xef\xbb\xae\xef\xba\x8d\xef\xba\x95",
	       "القوات");
	expect("\xef\xbb\xbb\xef\xbb\xb7", "لالا");
	expect("\xef\xb9\xb0x", "x");   /* isolated tanwin form dropped */
}

static void test_digits(void **state)
{
	(void)state;
	expect("٠١٢٣٤٥٦٧٨٩", "0123456789");
	expect("۰۱۲۳۴۵۶۷۸۹", "0123456789");
	expect("١٬٢٠٠ قتيل", "1,200 قتيل");
	expect("٣٫٥ كم", "3.5 كم");
	expect("٥٠٪", "50%");
	expect("ANF-١٢", "anf-12");
}

static void test_punctuation(void **state)
{
	(void)state;
	expect("قال، إن؛ لماذا؟", "قال, ان; لماذا?");
	expect("“الدولة” «داعش» „x‟", "\"الدوله\" \"داعش\" \"x\"");
	expect("\"quoted\"", "\"quoted\"");
	expect("a – b — c ‒ d − e", "a - b - c - d - e");
	expect("end۔", "end.");
	expect("wait…", "wait…");
	/* Single quotes around a phrase are quotation marks. */
	expect("a 'special operation' here", "a \"special operation\" here");
	expect("‘special operation’", "\"special operation\"");
	/* Zero-width and bidi marks vanish. */
	expect("قو\xe2\x80\x8cات", "قوات");
	expect("\xef\xbb\xbf\xe2\x80\x8f" "abc\xe2\x80\x8e\xe2\x81\xa6" "d\xc2\xad" "e", "abcde");
}

static void test_white_space(void **state)
{
	(void)state;
	expect("  a \t\t b  ", "a b");
	expect("a\xc2\xa0\xe2\x80\x83" "b", "a b");
	expect("a \r\n b", "a\nb");
	expect("a\n\n\nb", "a\n\nb");
	expect("a\r\n  \r\nb", "a\n\nb");
	expect("a\xe2\x80\xa8" "b", "a\nb");
	expect("\n\ntitle\n\n", "title");
	expect("", "");
	expect(" \n ", "");
}

static void test_latin(void **state)
{
	(void)state;
	expect("Maj. Gen. Oleg YEGOROV", "maj. gen. oleg yegorov");
	expect("Jāsim Ḥamāh Ṭafas Ẓāhir Ḍumayr ḩasakah", "jasim hamah tafas zahir dumayr hasakah");
	expect("Éléphant façade Ñandú Øresund Straße Łódź", "elephant facade nandu oresund strase lodz");
	expect("İdlib Ağrı Şam Čech", "idlib agri sam cech");
	/* Combining accents after a base letter. */
	expect("e\xcc\x81t\xc3\xa9", "ete");
	/* Full-width ASCII. */
	expect("\xef\xbc\xa1\xef\xbc\x91", "a1");
	/* Other scripts are kept. */
	expect("Москва", "Москва");
}

static void test_apostrophes(void **state)
{
	(void)state;
	/* Transliterated ayn and hamza inside a word vanish. */
	expect("Tall Rif‘at", "tall rifat");
	expect("Rif’at Ma'arrat", "rifat maarrat");
	expect("ʿAyn al-ʿArab Qurʾan", "ayn al arab quran");
	/* A trailing transliteration apostrophe too, when no quote is open. */
	expect("Izra' and Dael", "izra and dael");
	expect("the soldiers' bus", "the soldiers bus");
	/* English possessive "'s" goes as a whole. */
	expect("Iran's forces", "iran forces");
	expect("Russia’s role", "russia role");
	expect("Assad's.", "assad.");
	/* But not an 's' that starts a longer word. */
	expect("O'Sullivan", "osullivan");
	/* A quote opened on the line is closed by a trailing apostrophe. */
	expect("called 'Izra' town", "called \"izra\" town");
	/* Arabic text keeps its apostrophes as quotes. */
	expect("'درعا'", "\"درعا\"");
}

static void test_hyphens(void **state)
{
	(void)state;
	expect("al-Sabboura", "al sabboura");
	expect("Deir ez-Zor", "deir ez zor");
	expect("Abu al‐Faisal", "abu al faisal");        /* U+2010 */
	/* Not between letters: kept. */
	expect("F-35", "f-35");
	expect("2021-2022", "2021-2022");
	expect("re- enter", "re- enter");
	expect("الروسي- السوري", "الروسي- السوري");
}

/*
 * A sentence with diacritics, tatweel and quotes: every normalised span
 * maps back to the exact original characters.
 */
static void test_map(void **state)
{
	static const char text[] = "وقُتِلَ، في 13 من الشـهر، ١٨ عسكريًا “بحسب” سانا.";
	struct rasd_doc d;
	const char *w;
	uint32_t s, e;

	(void)state;
	norm_doc(&d, text);
	assert_string_equal(d.norm, "وقتل, في 13 من الشهر, 18 عسكريا \"بحسب\" سانا.");
	/* "وقتل" -> "وقُتِلَ" (the trailing fatha belongs to the character before ','). */
	w = strstr(d.norm, "وقتل");
	s = orig_of(&d, w - d.norm);
	e = orig_of(&d, w - d.norm + strlen("وقتل"));
	assert_int_equal(s, 0);
	assert_memory_equal(d.text + s, "وقُتِلَ", e - s);
	assert_int_equal(e - s, strlen("وقُتِلَ"));
	/* "الشهر" spans the tatweel. */
	w = strstr(d.norm, "الشهر");
	s = orig_of(&d, w - d.norm);
	e = orig_of(&d, w - d.norm + strlen("الشهر"));
	assert_int_equal(e - s, strlen("الشـهر"));
	assert_memory_equal(d.text + s, "الشـهر", e - s);
	/* "18" came from "١٨". */
	w = strstr(d.norm, "18");
	s = orig_of(&d, w - d.norm);
	e = orig_of(&d, w - d.norm + 2);
	assert_memory_equal(d.text + s, "١٨", e - s);
	assert_int_equal(e - s, strlen("١٨"));
	/* The quoted word with its quotes. */
	w = strstr(d.norm, "\"بحسب\"");
	s = orig_of(&d, w - d.norm);
	e = orig_of(&d, w - d.norm + strlen("\"بحسب\""));
	assert_memory_equal(d.text + s, "“بحسب”", e - s);
	assert_int_equal(e - s, strlen("“بحسب”"));
	/* Both bytes of a normalised Arabic letter map to the same source. */
	assert_int_equal(orig_of(&d, 1), orig_of(&d, 0));
	rasd_arena_release(&d.arena);

	/* Lam-alef grows: 3 bytes become 4, both letters map to the ligature. */
	norm_doc(&d, "x\xef\xbb\xbby");
	assert_string_equal(d.norm, "xلاy");
	assert_int_equal(orig_of(&d, 1), 1);
	assert_int_equal(orig_of(&d, 4), 1);
	assert_int_equal(orig_of(&d, 5), 4);
	assert_int_equal(orig_of(&d, 6), 5);
	rasd_arena_release(&d.arena);

	/* A possessive and a hyphen map around the dropped bytes. */
	norm_doc(&d, "Iran's al-Bab");
	assert_string_equal(d.norm, "iran al bab");
	assert_int_equal(orig_of(&d, 4), 6);     /* the space */
	assert_int_equal(orig_of(&d, 7), 9);     /* the hyphen became a space */
	assert_int_equal(orig_of(&d, 8), 10);
	rasd_arena_release(&d.arena);
}

static void test_many_ligatures(void **state)
{
	char buf[3 * 300 + 1];
	struct rasd_doc d;
	size_t i;

	/* The worst growth case fits the buffer. */
	(void)state;
	for (i = 0; i < 300; i++)
		memcpy(buf + 3 * i, "\xef\xbb\xbb", 3);
	buf[900] = '\0';
	norm_doc(&d, buf);
	assert_int_equal(d.norm_len, 1200);
	assert_int_equal(orig_of(&d, 1200), 900);
	assert_int_equal(orig_of(&d, 1199), 897);
	rasd_arena_release(&d.arena);
}

/*
 * Runs of ASCII letters, digits and single spaces, which are lowered eight
 * bytes at a time where they can be, against the rule written out: letters
 * lowered, a run of spaces and tabs one space, none at either end.
 */
static void test_ascii_runs(void **state)
{
	static const char alphabet[] = "AbZz09  .\t";
	uint32_t seed = 12345;
	int n;

	(void)state;
	expect("The Syrian Observatory for Human Rights SAID 12345678 People",
	       "the syrian observatory for human rights said 12345678 people");
	expect("ABCDEFGH IJKLMNOP  QRSTUVWX", "abcdefgh ijklmnop qrstuvwx");
	/* the bytes either side of each range */
	expect("abcdefg @abcdefgh/abcdefgh:abcdefgh[abcdefgh{",
	       "abcdefg @abcdefgh/abcdefgh:abcdefgh[abcdefgh{");
	for (n = 0; n < 3000; n++) {
		char in[48], out[48];
		size_t len, i, k = 0;
		int ws = 0;

		seed = seed * 1103515245u + 12345u;
		len = (seed >> 16) % sizeof(in);
		for (i = 0; i < len; i++) {
			seed = seed * 1103515245u + 12345u;
			in[i] = alphabet[(seed >> 16) % (sizeof(alphabet) - 1)];
		}
		in[len] = '\0';
		for (i = 0; i < len; i++) {
			if (in[i] == ' ' || in[i] == '\t') {
				ws = k > 0;
				continue;
			}
			if (ws)
				out[k++] = ' ';
			ws = 0;
			out[k++] = in[i] >= 'A' && in[i] <= 'Z' ? (char)(in[i] - 'A' + 'a') : in[i];
		}
		out[k] = '\0';
		expect(in, out);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_arabic_diacritics),
		cmocka_unit_test(test_arabic_letters),
		cmocka_unit_test(test_digits),
		cmocka_unit_test(test_punctuation),
		cmocka_unit_test(test_white_space),
		cmocka_unit_test(test_latin),
		cmocka_unit_test(test_apostrophes),
		cmocka_unit_test(test_hyphens),
		cmocka_unit_test(test_map),
		cmocka_unit_test(test_many_ligatures),
		cmocka_unit_test(test_ascii_runs),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
