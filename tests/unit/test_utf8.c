/*
 * test_utf8.c - UTF-8 validation (overlongs, surrogates, truncation, code
 * points above U+10FFFF, offsets of the first bad byte), repair with
 * U+FFFD, decoding and encoding, the binary-data check and language
 * detection.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "doc.h"
#include "text/text.h"

/* Validate a literal; returns the status, *bad the offset (or 99). */
static int check(const char *s, size_t len, size_t *bad)
{
	*bad = 99;
	return rasdp_utf8_validate(s, len, bad);
}

static void test_valid(void **state)
{
	static const char ar[] = "قتل 20 عنصرًا";
	static const char mixed[] = "a\xc2\x80 \xdf\xbf \xe0\xa0\x80 \xed\x9f\xbf "
				    "\xee\x80\x80 \xef\xbf\xbf \xf0\x90\x80\x80 \xf4\x8f\xbf\xbf";
	char longascii[100];
	size_t bad;

	(void)state;
	assert_int_equal(check("", 0, &bad), 0);
	assert_int_equal(check(ar, sizeof(ar) - 1, &bad), 0);
	assert_int_equal(bad, 99);          /* untouched on success */
	assert_int_equal(check(mixed, sizeof(mixed) - 1, &bad), 0);
	memset(longascii, 'x', sizeof(longascii));
	assert_int_equal(check(longascii, sizeof(longascii), &bad), 0);
}

static void test_invalid(void **state)
{
	static const struct {
		const char *s;
		size_t len, off;
	} cases[] = {
		{ "ab\xc0\xaf", 4, 2 },                 /* overlong '/' (2 bytes) */
		{ "\xc1\xbf", 2, 0 },                   /* overlong, C1 lead */
		{ "x\xe0\x80\xaf", 4, 1 },              /* overlong (3 bytes) */
		{ "xy\xf0\x80\x80\xaf", 6, 2 },         /* overlong (4 bytes) */
		{ "a\xed\xa0\x80z", 5, 1 },             /* surrogate D800 */
		{ "\xed\xbf\xbf", 3, 0 },               /* surrogate DFFF */
		{ "ok\xf4\x90\x80\x80", 6, 2 },         /* U+110000 */
		{ "\xf5\x80\x80\x80", 4, 0 },           /* lead F5 */
		{ "\xff", 1, 0 },
		{ "abc\x80", 4, 3 },                    /* stray continuation */
		{ "\xd9\x82\xd8", 3, 2 },               /* truncated at the end */
		{ "\xe2\x82", 2, 0 },                   /* truncated 3-byte */
		{ "\xf0\x9f\x98", 3, 0 },               /* truncated 4-byte */
		{ "\xe2\x82z", 3, 0 },                  /* bad continuation */
	};
	char buf[80];
	size_t i, bad;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		assert_int_equal(check(cases[i].s, cases[i].len, &bad), RASD_EUTF8);
		assert_int_equal(bad, cases[i].off);
	}
	/* Past the eight-byte ASCII fast path. */
	memset(buf, 'a', sizeof(buf));
	buf[37] = (char)0xC3;
	assert_int_equal(check(buf, sizeof(buf), &bad), RASD_EUTF8);
	assert_int_equal(bad, 37);
	assert_int_equal(rasdp_utf8_validate(buf, sizeof(buf), NULL), RASD_EUTF8);
}

static void test_repair(void **state)
{
	struct rasd_arena a;
	size_t n, bad;
	char *r;

	(void)state;
	rasd_arena_init(&a, NULL, 0);
	r = rasdp_utf8_repair(&a, "a\xff" "b", 3, &n);
	assert_string_equal(r, "a\xef\xbf\xbd" "b");
	assert_int_equal(n, 5);
	/* One U+FFFD for a truncated sequence, then the valid one after it. */
	r = rasdp_utf8_repair(&a, "\xe2\x82\xe2\x82\xac", 5, &n);
	assert_string_equal(r, "\xef\xbf\xbd\xe2\x82\xac");
	/* A run of stray continuation bytes is one invalid subsequence. */
	r = rasdp_utf8_repair(&a, "x\x80\x80\x80y", 5, &n);
	assert_string_equal(r, "x\xef\xbf\xbdy");
	/* Truncated at the end. */
	r = rasdp_utf8_repair(&a, "\xd9\x82\xd8", 3, &n);
	assert_string_equal(r, "\xd9\x82\xef\xbf\xbd");
	/* Valid input is copied unchanged. */
	r = rasdp_utf8_repair(&a, "درعا", strlen("درعا"), &n);
	assert_string_equal(r, "درعا");
	/* Repair output always validates. */
	r = rasdp_utf8_repair(&a, "\xc0\xaf\xed\xa0\x80\xf4\x90\x80\x80!", 10, &n);
	assert_int_equal(rasdp_utf8_validate(r, n, &bad), 0);
	assert_int_equal(r[n - 1], '!');
	r = rasdp_utf8_repair(&a, "", 0, &n);
	assert_string_equal(r, "");
	assert_int_equal(n, 0);
	rasd_arena_release(&a);
}

static void test_next_put(void **state)
{
	static const uint32_t cps[] = { 0x41, 0x7F, 0x80, 0x627, 0x7FF, 0x800,
					0x200F, 0xFFFD, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF };
	char buf[8];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cps) / sizeof(cps[0]); i++) {
		int n = rasdp_utf8_put(buf, cps[i]);
		const char *p = buf;
		size_t bad;

		assert_int_equal(n, cps[i] < 0x80 ? 1 : cps[i] < 0x800 ? 2 : cps[i] < 0x10000 ? 3 : 4);
		assert_int_equal(rasdp_utf8_validate(buf, (size_t)n, &bad), 0);
		assert_int_equal(rasdp_utf8_next(&p, buf + n), cps[i]);
		assert_ptr_equal(p, buf + n);
	}
	{
		/* A bad byte decodes as U+FFFD and advances one byte. */
		const char *s = "\xff" "a", *p = s;

		assert_int_equal(rasdp_utf8_next(&p, s + 2), 0xFFFD);
		assert_ptr_equal(p, s + 1);
		assert_int_equal(rasdp_utf8_next(&p, s + 2), 'a');
	}
	{
		/* A sequence cut by `end` is not read past it. */
		const char *s = "\xd8\xa7", *p = s;

		assert_int_equal(rasdp_utf8_next(&p, s + 1), 0xFFFD);
		assert_ptr_equal(p, s + 1);
	}
}

/* RFC 3629's table of well-formed sequences: the length of the one at s, 0 if none. */
static size_t ref_seq(const unsigned char *s, size_t n)
{
	unsigned lo = 0x80, hi = 0xBF;
	size_t len, k;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xC2 && s[0] <= 0xDF)
		len = 2;
	else if (s[0] >= 0xE0 && s[0] <= 0xEF)
		len = 3;
	else if (s[0] >= 0xF0 && s[0] <= 0xF4)
		len = 4;
	else
		return 0;
	if (s[0] == 0xE0)
		lo = 0xA0;
	else if (s[0] == 0xED)
		hi = 0x9F;
	else if (s[0] == 0xF0)
		lo = 0x90;
	else if (s[0] == 0xF4)
		hi = 0x8F;
	if (n < len || s[1] < lo || s[1] > hi)
		return 0;
	for (k = 2; k < len; k++)
		if (s[k] < 0x80 || s[k] > 0xBF)
			return 0;
	return len;
}

static int ref_valid(const unsigned char *s, size_t n)
{
	size_t i = 0, l;

	while (i < n) {
		l = ref_seq(s + i, n - i);
		if (!l)
			return 0;
		i += l;
	}
	return 1;
}

/*
 * Every three bytes from a set that covers each class of the table, after
 * an Arabic letter and a space and before one (the two-byte fast path on
 * both sides), against the table read byte by byte.
 */
static void test_valid_table(void **state)
{
	static const unsigned char bytes[] = {
		0x00, 0x20, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2,
		0xD8, 0xD9, 0xDF, 0xE0, 0xE1, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF,
	};
	size_t nb = sizeof(bytes), a, b, c;
	unsigned char buf[8];

	(void)state;
	buf[0] = 0xD9;
	buf[1] = 0x84;
	buf[2] = ' ';
	buf[6] = 0xD8;
	buf[7] = 0xA8;
	for (a = 0; a < nb; a++)
		for (b = 0; b < nb; b++)
			for (c = 0; c < nb; c++) {
				size_t n;

				buf[3] = bytes[a];
				buf[4] = bytes[b];
				buf[5] = bytes[c];
				for (n = 4; n <= 8; n++)
					if ((rasdp_utf8_validate((const char *)buf, n, NULL) == 0) !=
					    ref_valid(buf, n))
						fail_msg("%02x %02x %02x, %zu bytes", bytes[a], bytes[b],
							 bytes[c], n);
			}
}

static void test_binary(void **state)
{
	char buf[1000];
	size_t i;

	(void)state;
	assert_false(rasdp_looks_binary("plain text\n\twith tabs\r\n\f", 24));
	assert_false(rasdp_looks_binary("قتل 20", strlen("قتل 20")));
	assert_true(rasdp_looks_binary("text\0more", 9));
	memset(buf, 'a', sizeof(buf));
	buf[999] = '\0';                /* a NUL anywhere */
	assert_true(rasdp_looks_binary(buf, sizeof(buf)));
	memset(buf, 'a', sizeof(buf));
	for (i = 0; i < 100; i++)       /* exactly 10%: still text */
		buf[i * 10] = '\x01';
	assert_false(rasdp_looks_binary(buf, sizeof(buf)));
	buf[5] = '\x1b';                /* just over 10% */
	assert_true(rasdp_looks_binary(buf, sizeof(buf)));
	assert_false(rasdp_looks_binary("", 0));
}

/*
 * Every byte value against the rule as written (a control byte other
 * than tab, line feed, carriage return and form feed, or DEL): one in five
 * bytes of it is binary, none is not.
 */
static void test_binary_bytes(void **state)
{
	char buf[10];
	unsigned c;

	(void)state;
	for (c = 1; c < 256; c++) {
		int ctl = (c < 0x20 || c == 0x7F) && c != '\t' && c != '\n' && c != '\r' &&
			  c != '\f';

		memset(buf, 'a', sizeof(buf));
		buf[0] = buf[5] = (char)c;
		if (rasdp_looks_binary(buf, sizeof(buf)) != ctl)
			fail_msg("byte 0x%02x", c);
	}
}

/*
 * The same rule with the byte at every place of a word of eight and in
 * the tail after the last whole word (rasdp_looks_binary() reads eight
 * bytes at a time), beside every other byte value: two control bytes in
 * 19 are binary, one is not.
 */
static void test_binary_places(void **state)
{
	char buf[19];
	unsigned c, o, p;

	(void)state;
	for (c = 1; c < 256; c++) {
		int ctl = (c < 0x20 || c == 0x7F) && c != '\t' && c != '\n' && c != '\r' &&
			  c != '\f';

		for (p = 0; p < sizeof(buf); p++) {
			for (o = 1; o < 256; o += 37) {
				int other = (o < 0x20 || o == 0x7F) && o != '\t' && o != '\n' &&
					    o != '\r' && o != '\f';

				memset(buf, 'a', sizeof(buf));
				buf[p] = (char)c;
				buf[(p + 7) % sizeof(buf)] = (char)o;
				if (rasdp_looks_binary(buf, sizeof(buf)) != (ctl && other))
					fail_msg("byte 0x%02x at %u beside 0x%02x", c, p, o);
			}
		}
	}
}

static void test_lang(void **state)
{
	(void)state;
	assert_int_equal(rasdp_detect_lang("", 0), RASD_LANG_UNKNOWN);
	assert_int_equal(rasdp_detect_lang("12, 13 -- 14!", 13), RASD_LANG_UNKNOWN);
#define LANG(s) rasdp_detect_lang(s, strlen(s))
	assert_int_equal(LANG("قالت وكالات إخبارية روسية ودولية"), RASD_LANG_AR);
	assert_int_equal(LANG("Russian and Syrian forces killed 20 militants"), RASD_LANG_EN);
	assert_int_equal(LANG("Éléphant à Jāsim"), RASD_LANG_EN);
	/* Arabic with an English handle stays Arabic. */
	assert_int_equal(LANG("وزارة الإعلام السورية (@moi_syria1) October 14, 2022"),
			 RASD_LANG_AR);
	/* English quoting one Arabic word stays English. */
	assert_int_equal(LANG("The town of Jasim, known locally as جاسم, was shelled on Monday"),
			 RASD_LANG_EN);
	/* Around the 30% threshold: 3 Arabic of 10 letters is not enough, 4 is. */
	assert_int_equal(LANG("abcdefg ثجح"), RASD_LANG_EN);
	assert_int_equal(LANG("abcdef ثجحخ"), RASD_LANG_AR);
#undef LANG
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid),
		cmocka_unit_test(test_invalid),
		cmocka_unit_test(test_repair),
		cmocka_unit_test(test_next_put),
		cmocka_unit_test(test_valid_table),
		cmocka_unit_test(test_binary),
		cmocka_unit_test(test_binary_bytes),
		cmocka_unit_test(test_binary_places),
		cmocka_unit_test(test_lang),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
