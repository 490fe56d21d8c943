/*
 * fuzz_utf8.c - UTF-8 validation, repair, decoding and normalisation agree.
 *
 * Properties checked on arbitrary bytes:
 *  - validate() either accepts, or names an offset inside the input whose
 *    prefix is itself valid;
 *  - repair() of valid input is the identity; repair() output always
 *    validates, and repairing it again changes nothing;
 *  - decoding the valid text with utf8_next() and re-encoding every code
 *    point with utf8_put() gives back the same bytes;
 *  - normalize_str() output is valid UTF-8 and normalising it again is
 *    stable (lexicon forms and documents are keyed by normalised text, so a
 *    second pass must not move them);
 *  - looks_binary() is total.
 * Building with -DRASD_FUZZ_NO_IDEMPOTENCE leaves out the stability check,
 * to go on fuzzing the rest while a known instability is open.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "text/text.h"
#include "base/banned.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct rasd_arena a;
	const char *s = (const char *)data;
	char *fixed, *again, *norm, *norm2;
	size_t bad = (size_t)-1, fixed_len, again_len, norm_len, norm2_len, bad2;
	const char *p, *end;
	char enc[4];
	size_t pos;
	int rc;

	rasd_arena_init(&a, NULL, 0);
	(void)rasdp_looks_binary(s, size);

	rc = rasdp_utf8_validate(s, size, &bad);
	if (rc && rc != RASD_EUTF8)
		abort();
	if (rc) {
		if (bad >= size)
			abort();
		if (rasdp_utf8_validate(s, bad, &bad2))
			abort();    /* the prefix before the first bad byte is valid */
	}

	fixed = rasdp_utf8_repair(&a, s, size, &fixed_len);
	if (!fixed)
		goto out;
	if (fixed[fixed_len] != '\0')
		abort();
	if (rasdp_utf8_validate(fixed, fixed_len, &bad2))
		abort();    /* repaired output must validate */
	if (!rc && (fixed_len != size || memcmp(fixed, s, size)))
		abort();    /* valid input is left alone */
	again = rasdp_utf8_repair(&a, fixed, fixed_len, &again_len);
	if (again && (again_len != fixed_len || memcmp(again, fixed, fixed_len)))
		abort();

	/* decode / encode round trip */
	p = fixed;
	end = fixed + fixed_len;
	pos = 0;
	while (p < end) {
		const char *before = p;
		uint32_t cp = rasdp_utf8_next(&p, end);
		int n;

		if (p <= before || p > end)
			abort();
		n = rasdp_utf8_put(enc, cp);
		if (n < 1 || n > 4 || (size_t)n != (size_t)(p - before) ||
		    memcmp(enc, fixed + pos, (size_t)n))
			abort();
		pos += (size_t)n;
	}

	norm = rasdp_normalize_str(&a, fixed, fixed_len, &norm_len);
	if (!norm)
		goto out;
	if (norm[norm_len] != '\0' || rasdp_utf8_validate(norm, norm_len, &bad2))
		abort();
#ifndef RASD_FUZZ_NO_IDEMPOTENCE
	norm2 = rasdp_normalize_str(&a, norm, norm_len, &norm2_len);
	if (norm2 && (norm2_len != norm_len || memcmp(norm, norm2, norm_len))) {
		fprintf(stderr, "normalize_str is not idempotent\n");
		abort();
	}
#else
	(void)norm2;
	(void)norm2_len;
#endif
out:
	rasd_arena_release(&a);
	return 0;
}
