/*
 * test_base.c - arena, growable buffer (its sticky error under injected
 * allocation failures) and JSON writer.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/buf.h"
#include "base/err.h"
#include "base/jsonw.h"
#include "fault.h"

static void test_arena_alloc_align_and_grow(void **state)
{
	struct rasd_arena a;
	size_t i;
	char *prev = NULL;

	(void)state;
	rasd_arena_init(&a, NULL, 0);
	for (i = 0; i < 10000; i++) {
		char *p = rasd_arena_alloc(&a, i % 97 + 1);

		assert_non_null(p);
		assert_int_equal((uintptr_t)p % 16, 0);
		memset(p, 'x', i % 97 + 1);
		assert_true(p != prev);
		prev = p;
	}
	assert_true(a.total > 10000);
	assert_false(a.failed);
	rasd_arena_release(&a);
	assert_null(a.head);
}

static void test_arena_caller_buffer_and_cap(void **state)
{
	char buf[256];
	struct rasd_arena a;
	char *s;

	(void)state;
	rasd_arena_init(&a, buf, sizeof(buf));
	s = rasd_arena_strdup(&a, "جاسم");
	assert_non_null(s);
	assert_true(s >= buf && s < buf + sizeof(buf));
	assert_string_equal(s, "جاسم");
	a.cap = 8192;
	assert_null(rasd_arena_alloc(&a, 1 << 20));
	assert_true(a.failed);
	assert_null(rasd_arena_calloc(&a, (size_t)-1 / 2, 4));
	rasd_arena_release(&a);
}

static void test_arena_push(void **state)
{
	struct rasd_arena a;
	int *items = NULL;
	size_t nr = 0, alloc = 0, i;

	(void)state;
	rasd_arena_init(&a, NULL, 0);
	for (i = 0; i < 1000; i++) {
		int *slot = RASD_ARENA_PUSH(&a, items, nr, alloc);

		assert_non_null(slot);
		*slot = (int)i;
	}
	assert_int_equal(nr, 1000);
	for (i = 0; i < 1000; i++)
		assert_int_equal(items[i], (int)i);
	assert_string_equal(rasd_arena_printf(&a, "%d-%s", 7, "x"), "7-x");
	rasd_arena_release(&a);
}

/*
 * Arrays past RASD_ARENA_LARGE bytes live in blocks of their own and grow
 * by realloc(): several of them grown in turn keep every element, small
 * allocations between them stay valid, a failed realloc() leaves the
 * array as it was, and release frees it all (ASan and valgrind watch).
 */
static void test_arena_large_arrays(void **state)
{
	struct rasd_arena a;
	uint32_t *x = NULL, *y = NULL;
	size_t nx = 0, ax = 0, ny = 0, ay = 0, i, before;
	char *small[64];

	(void)state;
	rasd_arena_init(&a, NULL, 0);
	for (i = 0; i < 200000; i++) {
		uint32_t *sx = RASD_ARENA_PUSH(&a, x, nx, ax);
		uint32_t *sy = RASD_ARENA_PUSH(&a, y, ny, ay);

		assert_non_null(sx);
		assert_non_null(sy);
		*sx = (uint32_t)i;
		*sy = (uint32_t)(3 * i + 1);
		if (i % 4096 == 0) {
			small[i / 4096] = rasd_arena_strdup(&a, "قتلى");
			assert_non_null(small[i / 4096]);
		}
	}
	for (i = 0; i < 200000; i++) {
		assert_int_equal(x[i], i);
		assert_int_equal(y[i], 3 * i + 1);
	}
	for (i = 0; i * 4096 < 200000; i++)
		assert_string_equal(small[i], "قتلى");
	/* a whole block of its own, zeroed */
	{
		unsigned char *z = rasd_arena_calloc(&a, 3, RASD_ARENA_LARGE);

		assert_non_null(z);
		for (i = 0; i < 3 * RASD_ARENA_LARGE; i += 4093)
			assert_int_equal(z[i], 0);
	}
	/* the next growth of x fails: x stays whole */
	while (nx < ax) {
		assert_non_null(RASD_ARENA_PUSH(&a, x, nx, ax));
	}
	before = nx;
	rasdt_fail_alloc(0);
	assert_null(RASD_ARENA_PUSH(&a, x, nx, ax));
	rasdt_fail_alloc(-1);
	assert_true(a.failed);
	assert_int_equal(nx, before);
	assert_int_equal(x[199999], 199999);
	assert_true(a.total >= 2 * 200000 * sizeof(uint32_t));
	rasd_arena_release(&a);
	assert_null(a.head);
	assert_null(a.large);
}

/*
 * rasd_arena_free() gives back a large block (an array grown past
 * RASD_ARENA_LARGE or one large allocation) and unlinks it whichever
 * place it holds in the list; a small allocation and NULL are left
 * alone; the rest of the arena stays whole and is released once.
 */
static void test_arena_free_large(void **state)
{
	struct rasd_arena a;
	uint32_t *x = NULL;
	size_t nx = 0, ax = 0, i, total;
	char *first, *last, *small;

	(void)state;
	rasd_arena_init(&a, NULL, 0);
	first = rasd_arena_alloc(&a, RASD_ARENA_LARGE);
	for (i = 0; i < 100000; i++) {
		uint32_t *sx = RASD_ARENA_PUSH(&a, x, nx, ax);

		assert_non_null(sx);
		*sx = (uint32_t)i;
	}
	last = rasd_arena_alloc(&a, 2 * RASD_ARENA_LARGE);
	small = rasd_arena_strdup(&a, "جاسم");
	assert_non_null(first);
	assert_non_null(last);
	memset(first, 1, RASD_ARENA_LARGE);
	memset(last, 2, 2 * RASD_ARENA_LARGE);
	total = a.total;
	/* the middle one, then the newest, then the oldest */
	rasd_arena_free(&a, x, ax * sizeof(*x));
	assert_true(a.total <= total - 100000 * sizeof(*x));
	total = a.total;
	rasd_arena_free(&a, last, 2 * RASD_ARENA_LARGE);
	assert_int_equal(a.total, total - 2 * RASD_ARENA_LARGE);
	/* small and NULL: nothing happens */
	rasd_arena_free(&a, small, 5);
	rasd_arena_free(&a, NULL, RASD_ARENA_LARGE);
	assert_int_equal(a.total, total - 2 * RASD_ARENA_LARGE);
	assert_string_equal(small, "جاسم");
	for (i = 0; i < RASD_ARENA_LARGE; i++)
		assert_int_equal(first[i], 1);
	rasd_arena_free(&a, first, RASD_ARENA_LARGE);
	assert_null(a.large);
	assert_false(a.failed);
	rasd_arena_release(&a);
}

static void test_buf_rules(void **state)
{
	struct rasd_buf b = RASD_BUF_INIT;
	char *s;
	size_t len;

	(void)state;
	assert_non_null(b.buf);
	assert_string_equal(b.buf, "");
	assert_int_equal(rasd_buf_adds(&b, "abc"), 0);
	assert_int_equal(rasd_buf_addf(&b, "%d", 42), 0);
	assert_string_equal(b.buf, "abc42");
	assert_int_equal(b.len, 5);
	s = rasd_buf_detach(&b, &len);
	assert_string_equal(s, "abc42");
	assert_int_equal(len, 5);
	free(s);
	assert_string_equal(b.buf, "");

	rasd_buf_init(&b, 4);
	assert_int_equal(rasd_buf_adds(&b, "abcd"), 0);
	assert_int_equal(rasd_buf_adds(&b, "e"), RASD_ETOOBIG);
	assert_string_equal(b.buf, "abcd");
	/* the cap sticks too: nothing fits after it, not even nothing */
	assert_int_equal(b.err, RASD_ETOOBIG);
	assert_int_equal(rasd_buf_add(&b, "", 0), RASD_ETOOBIG);
	rasd_buf_release(&b);
	assert_int_equal(b.err, 0);
	assert_int_equal(b.max, 4);
	assert_int_equal(rasd_buf_adds(&b, "e"), 0);
	rasd_buf_release(&b);
}

/*
 * An allocation that fails sticks: the content stays what it was, every
 * later append fails with the same error even when it would fit, emptying
 * the buffer keeps the error, and detaching gives nothing.
 */
static void test_buf_sticky_enomem(void **state)
{
	struct rasd_buf b = RASD_BUF_INIT;
	char big[200];
	size_t len = 7;

	(void)state;
	memset(big, 'x', sizeof(big));
	assert_int_equal(rasd_buf_adds(&b, "abc"), 0);      /* 64 bytes allocated */
	rasdt_fail_alloc(0);
	assert_int_equal(rasd_buf_add(&b, big, sizeof(big)), RASD_ENOMEM);
	assert_true(rasdt_alloc_failed());
	rasdt_fail_alloc(-1);
	assert_int_equal(b.err, RASD_ENOMEM);
	assert_string_equal(b.buf, "abc");
	assert_int_equal(b.len, 3);
	assert_int_equal(rasd_buf_addch(&b, 'd'), RASD_ENOMEM);   /* would fit: still refused */
	assert_int_equal(rasd_buf_addf(&b, "%d", 5), RASD_ENOMEM);
	assert_int_equal(rasd_buf_grow(&b, 1), RASD_ENOMEM);
	assert_string_equal(b.buf, "abc");
	rasd_buf_reset(&b);
	assert_int_equal(b.err, RASD_ENOMEM);
	assert_int_equal(rasd_buf_adds(&b, "e"), RASD_ENOMEM);
	assert_null(rasd_buf_detach(&b, &len));
	assert_int_equal(len, 7);                                  /* untouched */
	/* detaching released it: a new start */
	assert_int_equal(b.err, 0);
	assert_string_equal(b.buf, "");
	assert_int_equal(rasd_buf_adds(&b, "ok"), 0);
	rasd_buf_release(&b);

	/* the first allocation of an empty buffer, and a zeroed struct */
	memset(&b, 0, sizeof(b));
	rasd_buf_release(&b);
	rasdt_fail_alloc(0);
	assert_int_equal(rasd_buf_addch(&b, 'a'), RASD_ENOMEM);
	rasdt_fail_alloc(-1);
	assert_string_equal(b.buf, "");
	rasd_buf_release(&b);
}

/*
 * A builder that checks once at the end, with each of its allocations
 * failing in turn: the result is either complete or an error, never a
 * part of it passed off as whole.
 */
static int build(char **out, size_t *len)
{
	struct rasd_buf b = RASD_BUF_INIT;
	struct rasd_jsonw w;
	int i, rc;

	rasd_jsonw_init(&w, &b);
	rasd_jsonw_obj(&w);
	rasd_jsonw_key(&w, "figures");
	rasd_jsonw_arr(&w);
	for (i = 0; i < 50; i++)
		rasd_jsonw_int(&w, i * 1000);
	rasd_jsonw_arr_end(&w);
	rasd_jsonw_obj_end(&w);
	rasd_buf_addf(&b, "\n%s", "end");
	rc = w.err ? w.err : b.err;
	if (rc) {
		rasd_buf_release(&b);
		return rc;
	}
	*out = rasd_buf_detach(&b, len);
	return *out ? 0 : RASD_ENOMEM;
}

static void test_buf_every_failure(void **state)
{
	char *want = NULL, *got;
	size_t want_len = 0, len, n;
	int rc;

	(void)state;
	assert_int_equal(build(&want, &want_len), 0);
	for (n = 0;; n++) {
		got = NULL;
		rasdt_fail_alloc((long)n);
		rc = build(&got, &len);
		rasdt_fail_alloc(-1);
		if (!rasdt_alloc_failed()) {
			assert_int_equal(rc, 0);
			break;          /* past the last allocation */
		}
		assert_int_equal(rc, RASD_ENOMEM);
		assert_null(got);
	}
	assert_true(n >= 2);    /* a few growths were failed on the way */
	assert_int_equal(len, want_len);
	assert_string_equal(got, want);
	free(got);
	free(want);
}

static void test_jsonw(void **state)
{
	struct rasd_buf b = RASD_BUF_INIT;
	struct rasd_jsonw w;

	(void)state;
	rasd_jsonw_init(&w, &b);
	rasd_jsonw_obj(&w);
	rasd_jsonw_key(&w, "a");
	rasd_jsonw_int(&w, -3);
	rasd_jsonw_key(&w, "s");
	rasd_jsonw_str(&w, "q\"\\\n\x01 نحو");
	rasd_jsonw_key(&w, "arr");
	rasd_jsonw_arr(&w);
	rasd_jsonw_bool(&w, 1);
	rasd_jsonw_null(&w);
	rasd_jsonw_span(&w, 3, 9);
	rasd_jsonw_obj(&w);
	rasd_jsonw_obj_end(&w);
	rasd_jsonw_arr_end(&w);
	rasd_jsonw_key(&w, "n");
	rasd_jsonw_str(&w, NULL);
	rasd_jsonw_obj_end(&w);
	assert_int_equal(w.err, 0);
	assert_string_equal(b.buf,
		"{\"a\":-3,\"s\":\"q\\\"\\\\\\n\\u0001 نحو\",\"arr\":[true,null,[3,9],{}],\"n\":null}");
	rasd_buf_release(&b);
}

static void test_json_escape_invalid_utf8(void **state)
{
	struct rasd_buf b = RASD_BUF_INIT;

	(void)state;
	assert_int_equal(rasd_json_escape(&b, "a\xff\xc3(\xe2\x82\xac\xed\xa0\x80z", 11), 0);
	/* Each invalid byte becomes U+FFFD; the valid euro sign stays. */
	assert_string_equal(b.buf, "\"a\xef\xbf\xbd\xef\xbf\xbd(\xe2\x82\xac"
			    "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbdz\"");
	rasd_buf_release(&b);
}

/*
 * A key given as a literal (RASD_JSONW_KEY()) writes what rasd_jsonw_key()
 * writes: first and later in an object, in an array of objects, after an
 * error.
 */
static void test_jsonw_key_literal(void **state)
{
	struct rasd_buf a = RASD_BUF_INIT, b = RASD_BUF_INIT;
	struct rasd_jsonw wa, wb;

	(void)state;
	rasd_jsonw_init(&wa, &a);
	rasd_jsonw_init(&wb, &b);
	rasd_jsonw_arr(&wa);
	rasd_jsonw_arr(&wb);
	rasd_jsonw_obj(&wa);
	rasd_jsonw_obj(&wb);
	rasd_jsonw_key(&wa, "id");
	RASD_JSONW_KEY(&wb, "id");
	rasd_jsonw_int(&wa, 7);
	rasd_jsonw_int(&wb, 7);
	rasd_jsonw_key(&wa, "admin1_pcode");
	RASD_JSONW_KEY(&wb, "admin1_pcode");
	rasd_jsonw_str(&wa, "SY01");
	rasd_jsonw_str(&wb, "SY01");
	rasd_jsonw_obj_end(&wa);
	rasd_jsonw_obj_end(&wb);
	rasd_jsonw_obj(&wa);
	rasd_jsonw_obj(&wb);
	rasd_jsonw_key(&wa, "x");
	RASD_JSONW_KEY(&wb, "x");
	rasd_jsonw_null(&wa);
	rasd_jsonw_null(&wb);
	rasd_jsonw_obj_end(&wa);
	rasd_jsonw_obj_end(&wb);
	rasd_jsonw_arr_end(&wa);
	rasd_jsonw_arr_end(&wb);
	assert_string_equal(b.buf, "[{\"id\":7,\"admin1_pcode\":\"SY01\"},{\"x\":null}]");
	assert_string_equal(a.buf, b.buf);
	/* after an error nothing more is written */
	wb.err = RASD_ENOMEM;
	RASD_JSONW_KEY(&wb, "late");
	assert_string_equal(a.buf, b.buf);
	rasd_buf_release(&a);
	rasd_buf_release(&b);
}

/* Integers at their limits, keys that need escaping, spans, a capped buffer. */
static void test_jsonw_edges(void **state)
{
	struct rasd_buf b = RASD_BUF_INIT;
	struct rasd_jsonw w;

	(void)state;
	rasd_jsonw_init(&w, &b);
	rasd_jsonw_obj(&w);
	rasd_jsonw_key(&w, "min");
	rasd_jsonw_int(&w, INT64_MIN);
	rasd_jsonw_key(&w, "max");
	rasd_jsonw_int(&w, INT64_MAX);
	rasd_jsonw_key(&w, "zero");
	rasd_jsonw_int(&w, 0);
	rasd_jsonw_key(&w, "q\"k\x01");
	rasd_jsonw_span(&w, 0, UINT32_MAX);
	rasd_jsonw_key(&w, "مفتاح");
	rasd_jsonw_strn(&w, "\t\xd9\x85\x7f", 4);
	rasd_jsonw_obj_end(&w);
	assert_int_equal(w.err, 0);
	assert_string_equal(b.buf, "{\"min\":-9223372036854775808,\"max\":9223372036854775807,"
			    "\"zero\":0,\"q\\\"k\\u0001\":[0,4294967295],\"مفتاح\":\"\\t\xd9\x85\x7f\"}");
	rasd_buf_release(&b);

	/* A cap reached inside a string: the error sticks, the buffer stays within it. */
	rasd_buf_init(&b, 16);
	rasd_jsonw_init(&w, &b);
	rasd_jsonw_arr(&w);
	rasd_jsonw_str(&w, "\"\"\"\"\"\"");
	assert_int_equal(w.err, 0);
	rasd_jsonw_str(&w, "\"\"\"");
	assert_int_equal(w.err, RASD_ETOOBIG);
	assert_true(b.len <= 16);
	rasd_buf_release(&b);
}

/* Numbers come out as printf's "%.6g" writes them, whichever way they are formatted. */
static void test_jsonw_num(void **state)
{
	static const double fixed[] = {
		0, -0.0, 1, -1, 0.5, 36.2021, 35.9306, -122.419416, 0.0001, 0.00012345, 0.000123456789,
		9.99999e-5, 0.00099999949, 0.000999999500001, 999999, 999999.4, 999999.5, 1e6, 123456.5,
		123455.5, 1.0000005, 2.5e-5, 1e-4, 99999.95, 9.999995, 0.1, 0.2, 0.3, 100, 1e5, 3.14159265,
		1e300, -1e-300, 5e-324, 42.000001, 42.0000049, 42.0000051,
	};
	uint64_t r = 0x9E3779B97F4A7C15ull;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(fixed) / sizeof(fixed[0]) + 300000; i++) {
		struct rasd_buf b = RASD_BUF_INIT;
		struct rasd_jsonw w;
		char want[64];
		double v;

		if (i < sizeof(fixed) / sizeof(fixed[0])) {
			v = fixed[i];
		} else {
			r ^= r << 13;
			r ^= r >> 7;
			r ^= r << 17;
			switch (r % 4) {
			case 0: /* coordinates */
				v = (double)(int64_t)(r >> 20) / 1e4 / 1e6 - 180;
				break;
			case 1: /* any magnitude the fast path takes, and beyond */
				v = (double)(r >> 11) / 9007199254740992.0 * pow(10, (double)((r >> 3) % 14) - 6);
				break;
			case 2: /* six digits and a half, the ties */
				v = ((double)((r >> 12) % 1000000) + 0.5) * pow(10, (double)((r >> 5) % 10) - 10);
				break;
			default: /* any bits */
				memcpy(&v, &r, sizeof(v));
				break;
			}
			if (r & 1)
				v = -v;
		}
		if (!isfinite(v))
			continue;
		snprintf(want, sizeof(want), "%.6g", v);
		rasd_jsonw_init(&w, &b);
		rasd_jsonw_num(&w, v);
		assert_int_equal(w.err, 0);
		if (strcmp(b.buf, want))
			fprintf(stderr, "%.17g: %s, printf %s\n", v, b.buf, want);
		assert_string_equal(b.buf, want);
		rasd_buf_release(&b);
	}
}

static void test_err(void **state)
{
	rasd_err e = { 0 };

	(void)state;
	assert_int_equal(rasdp_err(&e, RASD_EPARSE, 12, 3, "bad %s", "thing"), RASD_EPARSE);
	assert_string_equal(e.msg, "bad thing");
	assert_int_equal(e.byte_offset, 12);
	assert_int_equal(e.line, 3);
	assert_int_equal(rasdp_err(NULL, RASD_EIO, -1, 0, "x"), RASD_EIO);
	assert_string_equal(rasd_strerror(RASD_EUTF8), "invalid UTF-8");
	assert_string_equal(rasd_strerror(12345), "unknown error");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_arena_alloc_align_and_grow),
		cmocka_unit_test(test_arena_caller_buffer_and_cap),
		cmocka_unit_test(test_arena_push),
		cmocka_unit_test(test_arena_large_arrays),
		cmocka_unit_test(test_arena_free_large),
		cmocka_unit_test(test_buf_rules),
		cmocka_unit_test(test_buf_sticky_enomem),
		cmocka_unit_test(test_buf_every_failure),
		cmocka_unit_test(test_jsonw),
		cmocka_unit_test(test_json_escape_invalid_utf8),
		cmocka_unit_test(test_jsonw_key_literal),
		cmocka_unit_test(test_jsonw_edges),
		cmocka_unit_test(test_jsonw_num),
		cmocka_unit_test(test_err),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
