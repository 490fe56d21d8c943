/*
 * test_reader.c - JSONL and plain-text document readers: records, blank
 * lines, bad lines reported with their line number and skipped, over-long
 * lines, missing text; the next line measured before it is parsed, and
 * a report's text taken over by the caller.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rasd.h"

static char path[64];

static void write_file(const char *content, size_t len)
{
	FILE *f;
	int fd;

	snprintf(path, sizeof(path), "/tmp/rasd-reader-XXXXXX");
	fd = mkstemp(path);
	assert_true(fd >= 0);
	f = fdopen(fd, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(content, 1, len, f), len);
	fclose(f);
}

static void test_jsonl_records_and_errors(void **state)
{
	const char *data =
		"{\"id\":\"a\",\"lang\":\"ar\",\"published\":\"2022-10-17\",\"text\":\"قتل 3\"}\n"
		"\n"
		"{broken\n"
		"{\"id\":\"c\"}\n"
		"[1,2]\n"
		"{\"id\":\"d\",\"text\":\"x\"}  \r\n"
		"{\"id\":\"e\",\"text\":\"y\"} trailing\n";
	rasd_reader *r;
	rasd_input in;
	rasd_err err = { 0 };

	(void)state;
	write_file(data, strlen(data));
	r = rasd_reader_open(path, RASD_FMT_AUTO, NULL, &err);
	assert_non_null(r);
	assert_int_equal(rasd_reader_next(r, &in, &err), 1);
	assert_string_equal(in.id, "a");
	assert_string_equal(in.lang, "ar");
	assert_string_equal(in.published, "2022-10-17");
	assert_int_equal(in.text_len, strlen("قتل 3"));
	assert_int_equal(rasd_reader_line(r), 1);

	assert_int_equal(rasd_reader_next(r, &in, &err), RASD_EPARSE);
	assert_int_equal(err.line, 3);
	assert_int_equal(rasd_reader_next(r, &in, &err), RASD_EPARSE);
	assert_int_equal(err.line, 4);
	assert_non_null(strstr(err.msg, "text"));
	assert_int_equal(rasd_reader_next(r, &in, &err), RASD_EPARSE);
	assert_int_equal(err.line, 5);
	assert_int_equal(rasd_reader_next(r, &in, &err), 1);
	assert_string_equal(in.id, "d");
	assert_int_equal(rasd_reader_next(r, &in, &err), RASD_EPARSE);
	assert_int_equal(err.line, 7);
	assert_int_equal(rasd_reader_next(r, &in, &err), 0);
	rasd_reader_close(r);
	unlink(path);
}

static void test_long_line_skipped(void **state)
{
	size_t n = 100000, i;
	char *data = malloc(n + 64);
	rasd_reader *r;
	rasd_input in;
	rasd_err err = { 0 };
	rasd_limits lim;

	(void)state;
	assert_non_null(data);
	memcpy(data, "{\"text\":\"", 9);
	for (i = 9; i < n; i++)
		data[i] = 'a';
	memcpy(data + n, "\"}\n{\"text\":\"ok\"}\n", 17);
	write_file(data, n + 17);
	free(data);
	rasd_limits_default(&lim);
	lim.max_line = 1000;
	r = rasd_reader_open(path, RASD_FMT_JSONL, &lim, &err);
	assert_non_null(r);
	assert_int_equal(rasd_reader_next(r, &in, &err), RASD_ETOOBIG);
	assert_int_equal(err.line, 1);
	assert_int_equal(rasd_reader_next(r, &in, &err), 1);
	assert_int_equal(in.text_len, 2);
	assert_int_equal(rasd_reader_line(r), 2);
	assert_int_equal(rasd_reader_next(r, &in, &err), 0);
	rasd_reader_close(r);
	unlink(path);
}

/*
 * The decoded text is handed out of the line buffer (json-c's copies
 * dropped): escapes decoded, NUL-terminated at text_len, a NUL inside it
 * kept, the other fields still readable, and a line over a megabyte
 * (the parser made again after it) followed by a short one.
 */
static void test_jsonl_text_decoded(void **state)
{
	size_t n = (3u << 19) + 7, cap = n * 2 + 256, i, len = 0;
	char *data = malloc(cap);
	rasd_reader *r;
	rasd_input in;
	rasd_err err = { 0 };

	(void)state;
	assert_non_null(data);
	len += (size_t)snprintf(data, cap, "{\"title\":\"T\\u0642\",\"text\":\"");
	for (i = 0; i < n; i++) {
		memcpy(data + len, i % 5 ? "a" : "\\n", i % 5 ? 1 : 2);
		len += i % 5 ? 1 : 2;
	}
	len += (size_t)snprintf(data + len, cap - len, "\",\"id\":\"big\"}\n"
			       "{\"text\":\"\\\"\\u0642\\u0000x\",\"id\":\"s\"}\n");
	write_file(data, len);
	free(data);
	r = rasd_reader_open(path, RASD_FMT_JSONL, NULL, &err);
	assert_non_null(r);
	assert_int_equal(rasd_reader_next(r, &in, &err), 1);
	assert_string_equal(in.id, "big");
	assert_string_equal(in.title, "T\u0642");
	assert_int_equal(in.text_len, n);
	for (i = 0; i < n; i++)
		assert_int_equal(in.text[i], i % 5 ? 'a' : '\n');
	assert_int_equal(in.text[n], '\0');
	assert_int_equal(rasd_reader_next(r, &in, &err), 1);
	assert_string_equal(in.id, "s");
	assert_int_equal(in.text_len, 5);
	assert_memory_equal(in.text, "\"\xd9\x82\0x", 6);
	assert_int_equal(rasd_reader_next(r, &in, &err), 0);
	rasd_reader_close(r);
	unlink(path);
}

static void test_text_file(void **state)
{
	const char *data = "Five people were killed in Idlib.\nSecond line.";
	rasd_reader *r;
	rasd_input in;
	rasd_err err = { 0 };

	(void)state;
	write_file(data, strlen(data));
	r = rasd_reader_open(path, RASD_FMT_AUTO, NULL, &err);
	assert_non_null(r);
	assert_int_equal(rasd_reader_next(r, &in, &err), 1);
	assert_int_equal(in.text_len, strlen(data));
	assert_memory_equal(in.text, data, in.text_len);
	assert_int_equal(rasd_reader_next(r, &in, &err), 0);
	rasd_reader_close(r);
	unlink(path);

	write_file("", 0);
	r = rasd_reader_open(path, RASD_FMT_TEXT, NULL, &err);
	assert_non_null(r);
	assert_int_equal(rasd_reader_next(r, &in, &err), 0);
	rasd_reader_close(r);
	unlink(path);
}

static void test_peek_and_take(void **state)
{
	const char *data =
		"{\"id\":\"a\",\"text\":\"one \\u0041\"}\n"
		" \r\n"
		"\n"
		"{\"id\":\"b\",\"text\":\"two\"}\n"
		"{bad\n"
		"{\"id\":\"c\",\"text\":\"three\"}\n";
	rasd_reader *r;
	rasd_input in;
	rasd_err err = { 0 };
	char *t;

	(void)state;
	write_file(data, strlen(data));
	r = rasd_reader_open(path, RASD_FMT_JSONL, NULL, &err);
	assert_non_null(r);
	assert_int_equal(rasd_reader_peek(r), strlen("{\"id\":\"a\",\"text\":\"one \\u0041\"}"));
	/* peeking again reads no further */
	assert_int_equal(rasd_reader_peek(r), strlen("{\"id\":\"a\",\"text\":\"one \\u0041\"}"));
	assert_int_equal(rasd_reader_next(r, &in, &err), 1);
	assert_string_equal(in.id, "a");
	t = rasd_reader_take_text(r, &in);
	assert_non_null(t);
	assert_string_equal(t, "one A");
	/* blank lines passed over: the next is line 4 */
	assert_int_equal(rasd_reader_peek(r), strlen("{\"id\":\"b\",\"text\":\"two\"}"));
	assert_int_equal(rasd_reader_next(r, &in, &err), 1);
	assert_string_equal(in.id, "b");
	assert_string_equal(in.text, "two");
	assert_int_equal(rasd_reader_line(r), 4);
	/* the taken text outlives the reader's next line */
	assert_string_equal(t, "one A");
	free(t);
	assert_int_equal(rasd_reader_peek(r), strlen("{bad"));
	assert_int_equal(rasd_reader_next(r, &in, &err), RASD_EPARSE);
	assert_int_equal(err.line, 5);
	assert_int_equal(rasd_reader_next(r, &in, &err), 1);
	assert_string_equal(in.text, "three");
	/* taken while a line is read ahead: refused */
	assert_int_equal(rasd_reader_peek(r), 0);
	assert_null(rasd_reader_take_text(r, &in));
	assert_int_equal(rasd_reader_next(r, &in, &err), 0);
	rasd_reader_close(r);
	unlink(path);
}

static void test_missing_file(void **state)
{
	rasd_err err = { 0 };

	(void)state;
	assert_null(rasd_reader_open("/nonexistent/x.jsonl", RASD_FMT_AUTO, NULL, &err));
	assert_int_equal(err.code, RASD_ENOTFOUND);
	assert_non_null(strstr(err.msg, "/nonexistent/x.jsonl"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_jsonl_records_and_errors),
		cmocka_unit_test(test_long_line_skipped),
		cmocka_unit_test(test_jsonl_text_decoded),
		cmocka_unit_test(test_text_file),
		cmocka_unit_test(test_peek_and_take),
		cmocka_unit_test(test_missing_file),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
