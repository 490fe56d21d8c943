/*
 * test_memo.c - the answers the extractor keeps a match (c->cue_seen,
 * events_int.h) are the answers asked afresh: whether each cue of a
 * sentence counts (rasdp_cue_counts(), with the readings that look at the
 * sentence's other cues: a word of two readings, what a protest is
 * against, a cue only in company, a verb of undergoing, a longer cue over
 * its words) and whether a date of another time qualifies it
 * (rasdp_cue_dated()), for the whole sentence, for a clause's view of it
 * in between (sites.c asks those), and before and after the report's day
 * is known.
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
#include "extract/events_int.h"
#include "extract/framing_int.h"

/* rasdp_cue_counts() and rasdp_cue_dated() of `m` with no memo at all. */
static void fresh(struct rasdp_ctx *c, const struct rasdp_sent *si, const struct rasd_sentence *st,
		  const struct rasd_match *m, int *counts, int *dated)
{
	struct rasdp_cue_seen *kept = c->cue_seen;

	c->cue_seen = NULL;
	*counts = rasdp_cue_counts(c, si, st, m);
	*dated = rasdp_cue_dated(c, si, st, m);
	c->cue_seen = kept;
}

/* Each trigger of view `si` asked through the memo, twice, against afresh. */
static size_t same_as_fresh(struct rasdp_ctx *c, const struct rasdp_sent *si,
			    const struct rasd_sentence *st)
{
	size_t i, n = 0;
	int round;

	for (round = 0; round < 2; round++)
		for (i = si->m_first; i < si->m_last; i++) {
			const struct rasd_match *m = &c->d->matches[i];
			int counts, dated;

			if (m->kind != RASD_LEX_TRIGGER)
				continue;
			fresh(c, si, st, m, &counts, &dated);
			assert_int_equal(rasdp_cue_counts(c, si, st, m), counts);
			assert_int_equal(rasdp_cue_dated(c, si, st, m), dated);
			n++;
		}
	return n;
}

/* Every sentence of `text`, whole, as a view without its first match, then whole again. */
static size_t check_text(const char *lang, const char *text)
{
	struct rasdp_ctx c;
	rasd_doc *d;
	size_t n = 0;
	uint32_t s;
	int has_ref;

	d = rasdt_extract(lang, "2024-03-12", "example.org", text);
	assert_non_null(d);
	assert_int_equal(rasdp_ctx_read(&c, rasdt_engine(), d), 0);
	assert_non_null(c.cue_seen);
	has_ref = c.has_ref;
	for (s = 0; s < d->nsents; s++) {
		struct rasdp_sent view = c.si[s];

		/* before the report's day is known, then after */
		c.has_ref = 0;
		n += same_as_fresh(&c, &c.si[s], &d->sents[s]);
		c.has_ref = has_ref;
		n += same_as_fresh(&c, &c.si[s], &d->sents[s]);
		if (view.m_last > view.m_first) {
			view.m_first++;
			n += same_as_fresh(&c, &view, &d->sents[s]);
		}
		n += same_as_fresh(&c, &c.si[s], &d->sents[s]);
	}
	rasd_doc_free(d);
	return n;
}

static void test_cues_english(void **state)
{
	(void)state;
	assert_true(check_text("en",
		"Russian strikes killed five people in Idlib on Monday. The strike closed the "
		"shops. Protesters rallied against the air strikes in Azaz. Security forces fired "
		"tear gas grenades at the protesters. Thousands rallied a day after the car bomb "
		"that struck the market three years ago. Last year's port explosion was recalled "
		"as a bomb was defused near the port, the ministry said.") > 0);
}

static void test_cues_arabic(void **state)
{
	(void)state;
	assert_true(check_text("ar",
		"خرج المتظاهرون في مسيرة في ساحة المدينة يوم الاثنين. قصف بمسيرة استهدف "
		"سيارة في ريف إدلب وأسفر عن مقتل شخصين. تعرضت دورية للشرطة لهجوم بعبوة "
		"ناسفة في درعا. تظاهر المئات تنديدا بالقصف عقب التفجير الذي شهدته المدينة "
		"عام 2019. أطلقت القوات قنابل مسيلة للدموع على المحتجين، وقالت وزارة الدفاع "
		"إن الهجوم لم يسفر عن إصابات.") > 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cues_english),
		cmocka_unit_test(test_cues_arabic),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
