/*
 * test_reader.c - JSONL and plain-text document readers: records, blank
 * lines, bad lines reported with their line number and skipped, over-long
 * lines, missing text; the next line measured before it is parsed, and
 * a report's text taken over by the caller; the reader of common lines
 * without json-c (io/jsonl_fast.c) against json-c on made-up lines.
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

#include <json-c/json.h>

#include "io/jsonl_fast.h"
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

/* The fields json-c gives for `line`, compared with what rasdp_jsonl_fast() read. */
static void same_as_json_c(const char *line, const rasd_input *in)
{
	static const char *const keys[] = { "id", "outlet", "url", "lang", "published", "title" };
	const char *got[] = { in->id, in->outlet, in->url, in->lang, in->published, in->title };
	json_object *o = json_tokener_parse(line), *v;
	size_t k;

	assert_non_null(o);
	assert_true(json_object_is_type(o, json_type_object));
	for (k = 0; k < sizeof(keys) / sizeof(keys[0]); k++) {
		if (json_object_object_get_ex(o, keys[k], &v) && json_object_is_type(v, json_type_string)) {
			assert_non_null(got[k]);
			assert_string_equal(got[k], json_object_get_string(v));
		} else {
			assert_null(got[k]);
		}
	}
	assert_true(json_object_object_get_ex(o, "text", &v));
	assert_int_equal(in->text_len, (size_t)json_object_get_string_len(v));
	assert_memory_equal(in->text, json_object_get_string(v), in->text_len);
	assert_int_equal(in->text[in->text_len], '\0');
	json_object_put(o);
}

/* Read `line` both ways; returns whether the fast reader took it. */
static int read_both(const char *line, struct rasd_buf *meta)
{
	size_t len = strlen(line);
	char *copy = malloc(len + 1);
	rasd_input in;
	int took;

	assert_non_null(copy);
	memcpy(copy, line, len + 1);
	took = rasdp_jsonl_fast(copy, len, 1u << 20, meta, &in);
	if (took)
		same_as_json_c(line, &in);
	else
		assert_memory_equal(copy, line, len + 1);   /* left for json-c as it was */
	free(copy);
	return took;
}

static uint32_t rnd_state = 2463534242u;

static uint32_t rnd(uint32_t n)
{
	rnd_state ^= rnd_state << 13;
	rnd_state ^= rnd_state >> 17;
	rnd_state ^= rnd_state << 5;
	return rnd_state % n;
}

static void test_jsonl_fast_as_json_c(void **state)
{
	static const char *const taken[] = {
		"{\"id\":\"a\",\"text\":\"plain\"}",
		" {\"id\": 12, \"lang\":\"en\", \"x\": [1]\t}",   /* nested: json-c's */
		"{\"text\":\"\\\"quoted\\\" \\\\ \\/ \\b\\f\\n\\r\\t \\u0627\\u00e9\\u20ac\\u0041 end of it\"}",
		"{\"title\":\"t\\u00e9\",\"text\":\"\",\"published\":\"2022-10-17\",\"n\":-1.5e3,\"b\":true,\"z\":null}  \r",
		"{\"url\":\"https:\\/\\/x.org\\/a\",\"text\":\"قتل 3 \\\"مدنيين\\\" في درعا، وأصيب آخرون\"}",
	};
	static const char *const frag[] = {
		"a", "é", "ا", "\\\"", "\\\\", "\\/", "\\n", "\\u0627", "\\u00E9", "\\u0041", " ",
		"abcdefgh",
		/* the rest json-c's: a surrogate, "\u0000", a raw tab, a bad escape, a quote */
		"\\ud83d", "\\u0000", "\t", "\\x", "\\u12", "\"",
	};
	static const char *const scalar[] = {
		"1", "-0.5e3", "012", "1e", "123456789012345678901", "true", "nul", "{}", "[1]", "0",
	};
	static const char *const key[] = { "id", "text", "title", "x", "lang", "te\\u0078t" };
	struct rasd_buf meta;
	char line[1024];
	size_t i;
	int fast = 0;

	(void)state;
	rasd_buf_init(&meta, 1u << 20);
	for (i = 0; i < sizeof(taken) / sizeof(taken[0]); i++)
		assert_int_equal(read_both(taken[i], &meta), i != 1);
	for (i = 0; i < 20000; i++) {
		size_t n = 0, f, nf = 1 + rnd(4), k;

		n += (size_t)snprintf(line + n, sizeof(line) - n, "%s{", rnd(4) ? "" : " ");
		for (f = 0; f < nf; f++) {
			n += (size_t)snprintf(line + n, sizeof(line) - n, "%s\"%s\"%s:", f ? "," : "",
					      f ? key[rnd(6)] : "text", rnd(3) ? "" : " ");
			if (!f || rnd(4)) {
				n += (size_t)snprintf(line + n, sizeof(line) - n, "\"");
				for (k = rnd(12); k > 0; k--)
					n += (size_t)snprintf(line + n, sizeof(line) - n, "%s",
							      frag[rnd(sizeof(frag) / sizeof(frag[0]) - 6 * !!rnd(16))]);
				n += (size_t)snprintf(line + n, sizeof(line) - n, "\"");
			} else {
				n += (size_t)snprintf(line + n, sizeof(line) - n, "%s",
						      scalar[rnd(sizeof(scalar) / sizeof(scalar[0]))]);
			}
		}
		n += (size_t)snprintf(line + n, sizeof(line) - n, "}%s", rnd(8) ? "" : rnd(2) ? " \r" : " x");
		fast += read_both(line, &meta);
	}
	print_message("%d of 20000 made-up lines read without json-c\n", fast);
	assert_true(fast > 1000);   /* the common lines are the fast reader's */
	rasd_buf_release(&meta);
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
		cmocka_unit_test(test_jsonl_fast_as_json_c),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
