/*
 * test_parts.c - a report longer than the window read in parts
 * (src/extract/parts.c): where the cuts fall, that none splits a UTF-8
 * character, and that a report of repeated paragraphs read in parts gives
 * each paragraph the events and figures it gives read alone, with spans
 * into the whole text that point at the figure's words.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/parts.h"
#include "io/extraction.h"
#include "testdata.h"

/* Extract `text` with a window of `window` bytes (0: the default) into `x`. */
static void extract(const char *text, size_t window, unsigned flags, struct rasd_extraction *x)
{
	rasd_input in;
	rasd_limits lim;
	rasd_err err;
	rasd_doc *d;
	char *json = NULL;
	size_t len = 0;

	memset(&in, 0, sizeof(in));
	memset(&err, 0, sizeof(err));
	in.id = "long";
	in.lang = "en";
	in.published = "2023-03-10";
	in.outlet = "example.org";
	in.text = text;
	in.text_len = strlen(text);
	rasd_limits_default(&lim);
	if (window)
		lim.window = window;
	d = rasd_extract(rasdt_engine(), &in, &lim, flags, &err);
	assert_non_null(d);
	assert_int_equal(rasd_doc_to_json(d, flags, &json, &len), 0);
	rasd_doc_free(d);
	assert_int_equal(rasdp_extraction_parse(x, json, len, &err), 0);
	free(json);
}

static void assert_points_at(const char *text, const struct rasd_ex_span *s, const char *words)
{
	assert_true(s->start >= 0 && s->end >= s->start && (size_t)s->end <= strlen(text));
	assert_int_equal((size_t)(s->end - s->start), strlen(words));
	assert_memory_equal(text + s->start, words, strlen(words));
}

static void test_cut_paragraph_then_sentence(void **state)
{
	/* 0         1         2         3         4
	 * 01234567890123456789012345678901234567890123 */
	const char *t = "One two. Three four.\n\nFive six. Seven eight nine ten.";
	size_t len = strlen(t);

	(void)state;
	assert_int_equal(rasdp_part_end(t, len, 0, 2 * len), len);
	/* the paragraph break in the window's second half */
	assert_int_equal(rasdp_part_end(t, len, 0, 30), 22);
	/* none in the window: the last sentence end, after its space */
	assert_int_equal(rasdp_part_end(t, len, 22, 17), 32);
	/* no sentence end in the second half: the last space */
	assert_int_equal(rasdp_part_end(t, len, 32, 14), 44);
}

static void test_cut_never_splits_a_character(void **state)
{
	/* two-, three- and four-byte characters and no space at all */
	static const char *unit = "قتل€\xF0\x9F\x98\x80مدني";
	char text[4096];
	size_t len = 0, w, start, end;

	(void)state;
	while (len + strlen(unit) < sizeof(text)) {
		memcpy(text + len, unit, strlen(unit));
		len += strlen(unit);
	}
	text[len] = '\0';
	for (w = 8; w < 80; w++) {
		for (start = 0; start < len; start = end) {
			end = rasdp_part_end(text, len, start, w);
			assert_true(end > start && end <= len);
			assert_true(end - start <= w);
			assert_true(end == len || ((unsigned char)text[end] & 0xC0) != 0x80);
		}
	}
}

#define NPARA 12

static void paragraph(char *out, size_t size, int k)
{
	static const char *towns[] = { "Saraqib", "Douma", "Manbij" };

	snprintf(out, size,
		 "An air strike hit the town of %s on Tuesday, killing %d civilians, "
		 "the Syrian Observatory for Human Rights said. %d others were wounded.",
		 towns[k % 3], 10 + k, 20 + k);
}

static void assert_same_claims(const char *whole, int64_t off,
			       const struct rasd_ex_claim *a, size_t na,
			       const struct rasd_ex_claim *b, size_t nb)
{
	size_t i;

	assert_int_equal(na, nb);
	for (i = 0; i < na; i++) {
		assert_string_equal(a[i].kind, b[i].kind);
		assert_int_equal(a[i].value, b[i].value);
		assert_string_equal(a[i].text, b[i].text);
		assert_int_equal(a[i].span.start, b[i].span.start + off);
		assert_int_equal(a[i].span.end, b[i].span.end + off);
		assert_int_equal(a[i].sentence.start, b[i].sentence.start + off);
		assert_points_at(whole, &a[i].span, a[i].text);
		assert_int_equal(a[i].source.nchain, b[i].source.nchain);
		if (a[i].source.id || b[i].source.id)
			assert_string_equal(a[i].source.id, b[i].source.id);
	}
}

/* Events of the whole from `at` on are those of `alone`, moved by `off`. */
static size_t assert_same_events(const char *whole, const struct rasd_extraction *w, size_t at,
				 const char *ptext, const struct rasd_extraction *alone, int64_t off)
{
	size_t i, k;

	assert_true(at + alone->nevents <= w->nevents);
	for (i = 0; i < alone->nevents; i++) {
		const struct rasd_ex_event *a = &w->events[at + i], *b = &alone->events[i];

		assert_int_equal(a->n, at + i);
		assert_string_equal(a->event_type, b->event_type);
		assert_true(!a->date == !b->date);
		if (a->date)
			assert_string_equal(a->date, b->date);
		assert_true(!a->place == !b->place);
		if (a->place) {
			assert_string_equal(a->place->id, b->place->id);
			assert_int_equal(a->place->span.start, b->place->span.start + off);
			assert_int_equal(a->place->span.end, b->place->span.end + off);
			assert_memory_equal(whole + a->place->span.start, ptext + b->place->span.start,
					    (size_t)(b->place->span.end - b->place->span.start));
		}
		assert_same_claims(whole, off, a->claims, a->nclaims, b->claims, b->nclaims);
		assert_int_equal(a->nevidence, b->nevidence);
		for (k = 0; k < a->nevidence; k++)
			assert_int_equal(a->evidence[k].start, b->evidence[k].start + off);
	}
	return at + alone->nevents;
}

static void test_parts_read_as_paragraphs_alone(void **state)
{
	char para[NPARA][512], *whole;
	size_t len = 0, plen, at = 0, nclaims = 0;
	int64_t off[NPARA];
	struct rasd_extraction w, alone;
	int k;

	(void)state;
	whole = malloc(NPARA * 520);
	assert_non_null(whole);
	for (k = 0; k < NPARA; k++) {
		paragraph(para[k], sizeof(para[k]), k);
		off[k] = (int64_t)len;
		memcpy(whole + len, para[k], strlen(para[k]));
		len += strlen(para[k]);
		if (k + 1 < NPARA) {
			memcpy(whole + len, "\n\n", 2);
			len += 2;
		}
	}
	whole[len] = '\0';
	plen = strlen(para[0]);
	/* one paragraph a part: its break falls in the window's second half */
	extract(whole, plen + 12, 0, &w);
	for (k = 0; k < NPARA; k++) {
		size_t i;

		extract(para[k], 0, 0, &alone);
		assert_true(alone.nevents >= 1);
		for (i = 0; i < alone.nevents; i++)
			nclaims += alone.events[i].nclaims;
		at = assert_same_events(whole, &w, at, para[k], &alone, off[k]);
		rasdp_extraction_release(&alone);
	}
	assert_int_equal(at, w.nevents);
	assert_true(nclaims >= 2 * NPARA);
	rasdp_extraction_release(&w);
	free(whole);
}

/*
 * One paragraph, or one sentence, longer than the window: parts are cut at
 * sentence ends, else at spaces; every figure still points at its words,
 * and the parts after the first give figures too.
 */
static void check_long(const char *unit, size_t n, size_t window, unsigned flags)
{
	struct rasd_extraction x;
	size_t len = 0, i, k, nclaims = 0, last = 0, size = n * (strlen(unit) + 8) + 1;
	char *text = malloc(size);

	assert_non_null(text);
	for (i = 0; i < n; i++)   /* unit: a format of one %d, the figure */
		len += (size_t)snprintf(text + len, size - len, unit, (int)(i % 90 + 10));
	extract(text, window, flags, &x);
	for (i = 0; i < x.nevents; i++)
		for (k = 0; k < x.events[i].nclaims; k++) {
			const struct rasd_ex_claim *c = &x.events[i].claims[k];

			assert_points_at(text, &c->span, c->text);
			assert_true(c->sentence.start <= c->span.start && c->span.end <= c->sentence.end);
			if ((size_t)c->span.start > last)
				last = (size_t)c->span.start;
			nclaims++;
		}
	for (i = 0; i < x.nmatches; i++)
		assert_points_at(text, &x.matches[i].span, x.matches[i].text);
	if (flags & RASD_EXTRACT_MENTIONS)
		assert_true(x.nmatches > n);
	assert_true(nclaims >= 2);
	assert_true(last > window);   /* a figure of a later part */
	rasdp_extraction_release(&x);
	free(text);
}

static void test_parts_long_paragraph(void **state)
{
	(void)state;
	check_long("%d civilians were killed in Idlib on Monday. ", 200, 1000, 0);
	check_long("%d civilians were killed in Idlib on Monday. ", 200, 1000,
		   RASD_EXTRACT_MENTIONS);
	check_long("قتل %d مدنيين في قصف على إدلب يوم الاثنين بحسب المرصد السوري. ", 100, 1500, 0);
}

/*
 * One happening told over and over: the event each part opens with is the
 * one the part before ended with, joined again, so the output is that of
 * reading the report whole, byte for byte.
 */
static void test_parts_one_event_repeated(void **state)
{
	static const char *unit = "Five civilians were killed in Idlib on Monday. ";
	size_t n = 300, len = 0, i, wlen = 0, plen = 0;
	char *text = malloc(n * strlen(unit) + 1), *whole = NULL, *parts = NULL;
	rasd_input in;
	rasd_limits lim;
	rasd_err err;
	rasd_doc *d;

	(void)state;
	assert_non_null(text);
	for (i = 0; i < n; i++) {
		memcpy(text + len, unit, strlen(unit));
		len += strlen(unit);
	}
	text[len] = '\0';
	memset(&in, 0, sizeof(in));
	memset(&err, 0, sizeof(err));
	in.lang = "en";
	in.published = "2023-03-10";
	in.text = text;
	in.text_len = len;
	rasd_limits_default(&lim);
	lim.window = len;
	d = rasd_extract(rasdt_engine(), &in, &lim, 0, &err);
	assert_non_null(d);
	assert_int_equal(rasd_doc_to_json(d, 0, &whole, &wlen), 0);
	rasd_doc_free(d);
	lim.window = 1000;
	d = rasd_extract(rasdt_engine(), &in, &lim, 0, &err);
	assert_non_null(d);
	assert_int_equal(rasd_doc_to_json(d, 0, &parts, &plen), 0);
	rasd_doc_free(d);
	assert_int_equal(plen, wlen);
	assert_memory_equal(parts, whole, wlen);
	free(whole);
	free(parts);
	free(text);
}

static void test_parts_long_sentence(void **state)
{
	(void)state;
	check_long("killed %d civilians and wounded 3 in Idlib and ", 200, 700, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cut_paragraph_then_sentence),
		cmocka_unit_test(test_cut_never_splits_a_character),
		cmocka_unit_test(test_parts_read_as_paragraphs_alone),
		cmocka_unit_test(test_parts_long_paragraph),
		cmocka_unit_test(test_parts_one_event_repeated),
		cmocka_unit_test(test_parts_long_sentence),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
