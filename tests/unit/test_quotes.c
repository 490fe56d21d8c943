/*
 * test_quotes.c - whether a quotation is open at a token
 * (rasdp_quote_open(), sentence_marks.c) read through the index of the
 * report's quotation marks (d->next_quote, tokens.c) is the walk over every
 * token it replaces, for every span of tokens of invented reports: curly
 * marks nested and unbalanced, straight marks in turn, guillemets.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testdata.h"
#include "extract/engine.h"
#include "extract/attribution_int.h"

/* Every span [from, to) of `text`, indexed and walked; how many were open. */
static size_t check_text(const char *lang, const char *text)
{
	struct rasdp_ctx c;
	rasd_doc *d;
	uint32_t from, to, *index;
	size_t open = 0;

	d = rasdt_extract(lang, "2024-03-12", NULL, text);
	assert_non_null(d);
	assert_int_equal(rasdp_ctx_read(&c, rasdt_engine(), d), 0);
	assert_non_null(d->next_quote);
	index = d->next_quote;
	for (from = 0; from <= d->ntoks + 1; from++)
		for (to = 0; to <= d->ntoks + 1; to++) {
			int indexed, walked;

			d->next_quote = index;
			indexed = rasdp_quote_open(d, from, to);
			d->next_quote = NULL;
			walked = rasdp_quote_open(d, from, to);
			assert_int_equal(indexed, walked);
			open += (size_t)indexed;
		}
	d->next_quote = index;
	rasd_doc_free(d);
	return open;
}

static void test_quotes_english(void **state)
{
	(void)state;
	assert_true(check_text("en",
		"The ministry said: \u201cfive people were killed \u201cin the strike\u201d near "
		"Idlib.\u201d He added \"two more\" died, \u2018we are sure\u2019. \u201d Nobody "
		"spoke \u201e of it. She said \"three \u00bb were wounded.") > 0);
}

static void test_quotes_arabic(void **state)
{
	(void)state;
	assert_true(check_text("ar",
		"\u0642\u0627\u0644 \u0627\u0644\u062f\u0641\u0627\u0639 \u0627\u0644\u0645\u062f"
		"\u0646\u064a: \u00ab\u0642\u062a\u0644 15 \u0634\u062e\u0635\u0627 \u00ab\u0641"
		"\u064a \u0627\u0644\u0642\u0635\u0641\u00bb\u00bb \u0648\u0623\u0636\u0627\u0641 "
		"\"\u062c\u0631\u062d \u062b\u0644\u0627\u062b\u0629\". \u00bb \u0644\u0645 "
		"\u064a\u0642\u0644 \u00ab \u0634\u064a\u0626\u0627.") > 0);
}

/* A report without a mark: nothing is open anywhere. */
static void test_no_quotes(void **state)
{
	(void)state;
	assert_int_equal(check_text("en", "Five people were killed in Idlib on Monday. "
					  "Two were wounded."), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_quotes_english),
		cmocka_unit_test(test_quotes_arabic),
		cmocka_unit_test(test_no_quotes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
