/*
 * test_described.c - a definite description of a body ("the army", "the
 * ministry", "the official", "الجيش", "الوزارة"; sources.tsv `describes`
 * "name") names again the source or actor named before whose name holds
 * its word, else it is itself, never an unrelated speaker named before;
 * invented reports, English and Arabic, both sides.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "testdata.h"
#include "extract/engine.h"
#include "extract/events_int.h"

/* The id of the source of the claim of `kind` and `value`, "outlet", or NULL. */
static const char *source_of(const char *lang, const char *text, enum rasd_casualty_kind kind,
			     int64_t value)
{
	static char id[64];
	const struct rasd_lexicon *lx = rasdp_engine_lexicon(rasdt_engine());
	rasd_doc *d = rasdt_extract(lang, "2024-03-12", NULL, text);
	const char *r = NULL;
	size_t i, j;

	assert_non_null(d);
	for (i = 0; i < d->nevents && !r; i++)
		for (j = 0; j < d->events[i].nclaims && !r; j++) {
			const struct rasd_claim *c = &d->events[i].claims[j];

			if (c->kind != kind || c->value != value)
				continue;
			r = c->src.outlet ? "outlet"
			    : c->src.source >= 0 ? rasdp_lex_source(lx, (size_t)c->src.source)->id : "";
		}
	if (r) {
		strncpy(id, r, sizeof(id) - 1);
		id[sizeof(id) - 1] = 0;
		r = id;
	}
	rasd_doc_free(d);
	return r;
}

#define assert_source(lang, text, kind, value, want) \
	assert_string_equal(source_of(lang, text, kind, value), want)

/* a description that fits no source named before is itself */
static void test_described_unrelated(void **state)
{
	(void)state;
	assert_source("en", "State news agency SANA said gunmen shelled the village of Kafr Nabudah on Sunday. "
		      "The army said 9 gunmen were killed in the fighting that followed.",
		      RASD_CAS_KILLED, 9, "army");
	assert_source("en", "Activists said two farmers were killed by shelling on Kansafra on Friday. "
		      "The official said 6 soldiers were wounded near the village.",
		      RASD_CAS_WOUNDED, 6, "official");
	assert_source("en", "A roadside bomb killed 3 people near the town of Tall Rifat on Thursday, the ministry said.",
		      RASD_CAS_KILLED, 3, "ministry");
	assert_source("ar", "أفادت وكالة سانا بأن مسلحين قصفوا قرية كفرنبودة يوم الأحد. "
		      "وقال الجيش إن 9 مسلحين قتلوا في الاشتباكات.",
		      RASD_CAS_KILLED, 9, "syrian_army");
	assert_source("ar", "قتل ثلاثة أشخاص بانفجار عبوة ناسفة قرب بلدة تل رفعت يوم الخميس، بحسب الوزارة.",
		      RASD_CAS_KILLED, 3, "ministry");
}

/* a description that fits a source named before is that source */
static void test_described_fits(void **state)
{
	(void)state;
	assert_source("en", "The Health Ministry said 5 people were killed in a strike on Saqba on Tuesday. "
		      "The ministry said 17 others were wounded.",
		      RASD_CAS_WOUNDED, 17, "syria_health");
	assert_source("ar", "قالت وزارة الصحة إن خمسة أشخاص قتلوا في غارة على سقبا يوم الثلاثاء. "
		      "وقالت الوزارة إن 17 آخرين أصيبوا.",
		      RASD_CAS_WOUNDED, 17, "syria_health");
	/* an actor named before: "the army" after the Lebanese army */
	assert_source("en", "The Lebanese army shelled positions near the border town of Arsal on Monday. "
		      "The army said 4 gunmen were killed.",
		      RASD_CAS_KILLED, 4, "lebanese_army");
}

/* the head of a longer name is no description: "الجيش الإسرائيلي", "The Ministry of Interior" */
static void test_described_longer_name(void **state)
{
	(void)state;
	assert_source("ar", "قال الجيش الإسرائيلي إن 3 من جنوده أصيبوا في هجوم قرب بلدة عيترون يوم الجمعة.",
		      RASD_CAS_WOUNDED, 3, "israeli_army");
	assert_source("en", "Activists said a protest was held in Sweida on Sunday. The Ministry of Interior "
		      "said 2 policemen were killed.",
		      RASD_CAS_KILLED, 2, "syria_interior");
}

/* a description that acts speaks for nobody: "as the army advanced", "the military positions" */
static void test_described_acting(void **state)
{
	(void)state;
	assert_source("en", "At least 40 gunmen were killed on Friday as the army advanced on the town "
		      "of Kafr Nabudah, the Observatory said.",
		      RASD_CAS_KILLED, 40, "sohr");
	assert_source("en", "Residents said shells hit the town of Saqba on Monday. \"There are no "
		      "fighters here, the military positions are far away,\" one of them said. Another "
		      "man and his wife were killed in a nearby village.",
		      RASD_CAS_KILLED, 2, "outlet");
	assert_source("ar", "قتل 12 مسلحا يوم الجمعة بينما كان الجيش يتقدم نحو بلدة كفرنبودة، بحسب المرصد السوري لحقوق الإنسان.",
		      RASD_CAS_KILLED, 12, "sohr");
	/* the same description beside its verb still speaks */
	assert_source("en", "At least 40 gunmen were killed on Friday near the town of Kafr Nabudah, "
		      "the army said.",
		      RASD_CAS_KILLED, 40, "army");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_described_unrelated),
		cmocka_unit_test(test_described_fits),
		cmocka_unit_test(test_described_longer_name),
		cmocka_unit_test(test_described_acting),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
