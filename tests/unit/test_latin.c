/*
 * test_latin.c - spelling variants of Latin place names: which words of a
 * report may be one (no ordinary English word), for every kind of place,
 * and what the extractor then asks of them.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lexicon/lexicon.h"
#include "lexicon/lexicon_int.h"
#include "text/text.h"
#include "testdata.h"

static char tmpdir[256];
static struct rasd_lexicon *lx;

static const char *const files[][2] = {
	{ "places.tsv",
	  "id\tkind\tname_en\tname_ar\tadmin1\tadmin2\tlat\tlon\tpopulation\tforms\n"
	  "G1\tgovernorate\tNurat\t\t\t\t32.8\t36.2\t100\tNurat\n"
	  "T1\ttown\tDaayli\t\tG1\t\t33.0\t36.1\t\tDaayli\n"
	  "T2\ttown\tTell Sumeira\t\tG1\t\t33.1\t36.1\t\tTell Sumeira\n"
	  "T3\ttown\tSham\t\tG1\t\t33.2\t36.1\t\tSham\n" },
	{ "places-extra.tsv",
	  "id\tkind\tname_en\tname_ar\tadmin1\tmatch\tforms\n"
	  "V1\tvillage\tTuwwarah\t\tG1\tcontext\tTuwwarah\n"
	  "V2\tvillage\tKafr Bawwazah\t\tG1\tcue\tKafr Bawwazah\n" },
	{ "common.tsv", "class\tlang\tforms\ncommon\ten\tdaily|tell|sham\n" },
	{ "actors.tsv", "id\tname_en\tname_ar\tinter\tparent\tcountry\tforms\n" },
	{ "sources.tsv", "id\tname\tkind\tactor\tforms\n" },
	{ "triggers.tsv", "event_type\tsub_event_type\tweight\tlang\tforms\n" },
	{ "casualty.tsv", "kind\tnoun\tlang\tforms\n" },
	{ "speech.tsv", "kind\tlang\tforms\n" },
	{ "negation.tsv", "kind\tlang\tforms\n" },
	{ "groups.tsv", "id\tlabel\tlang\tforms\n" },
	{ "cues.tsv", "class\tlang\tforms\nlocative\ten\tvillage\n" },
};

#define NFILES (sizeof(files) / sizeof(files[0]))

static int setup(void **state)
{
	rasd_err err;
	size_t i;

	(void)state;
	snprintf(tmpdir, sizeof(tmpdir), "/tmp/rasd-test-latin-%ld", (long)getpid());
	mkdir(tmpdir, 0700);
	for (i = 0; i < NFILES; i++) {
		char path[512];
		FILE *f;

		snprintf(path, sizeof(path), "%s/%s", tmpdir, files[i][0]);
		f = fopen(path, "w");
		if (!f)
			return -1;
		fputs(files[i][1], f);
		fclose(f);
	}
	memset(&err, 0, sizeof(err));
	lx = rasdp_lexicon_load(tmpdir, &err);
	if (!lx)
		fprintf(stderr, "load: %s\n", err.msg);
	return lx ? 0 : -1;
}

static int teardown(void **state)
{
	size_t i;

	(void)state;
	rasdp_lexicon_free(lx);
	for (i = 0; i < NFILES; i++) {
		char path[512];

		snprintf(path, sizeof(path), "%s/%s", tmpdir, files[i][0]);
		unlink(path);
	}
	rmdir(tmpdir);
	return 0;
}

/* Is place `id` matched in `text` (up to the matcher), screened or not? */
static int matched_as(const char *text, const char *id, int screen)
{
	struct rasd_doc d;
	size_t i;
	int found = 0;

	memset(&d, 0, sizeof(d));
	rasd_arena_init(&d.arena, NULL, 0);
	d.text = rasd_arena_strdup(&d.arena, text);
	d.text_len = strlen(text);
	assert_int_equal(rasdp_normalize(&d), 0);
	assert_int_equal(rasdp_segment(&d), 0);
	if (screen)
		assert_int_equal(rasdp_screen_doc(lx, &d), 0);
	assert_int_equal(rasdp_match_doc(lx, &d), 0);
	for (i = 0; i < d.nmatches; i++)
		if (d.matches[i].kind == RASD_LEX_PLACE &&
		    !strcmp(rasdp_lex_place(lx, d.matches[i].entry)->id, id))
			found = 1;
	rasd_arena_release(&d.arena);
	return found;
}

/* The screen's cue classes and the cue table's give one answer. */
static int matched(const char *text, const char *id)
{
	int found = matched_as(text, id, 1);

	assert_int_equal(matched_as(text, id, 0), found);
	return found;
}

/* An ordinary English word is no spelling of a place; another word is. */
static void test_common_word(void **state)
{
	(void)state;
	assert_false(matched("The Daily Herald wrote about the harvest.", "T1"));
	assert_true(matched("Rain fell on Dayli and on the hills.", "T1"));
	assert_true(matched("Rain fell on Daayli and on the hills.", "T1"));
	/* not a capitalised name: no variant */
	assert_false(matched("rain fell on dayli and on the hills.", "T1"));
}

/* Exact names behave as before, an ordinary word among them or not. */
static void test_exact_kept(void **state)
{
	(void)state;
	assert_true(matched("The market of Sham was busy.", "T3"));
	assert_true(matched("Farmers of Tell Sumeira sold wheat.", "T2"));
	/* a variant whose other word is no English one */
	assert_true(matched("Farmers of Tell Sumaira sold wheat.", "T2"));
	assert_true(matched("Farmers of Tel Sumaira sold wheat.", "T2"));
	/* every word of it an English one: "Shamm" would be a variant of "Sham" */
	assert_false(matched("Farmers of Tell sold wheat.", "T2"));
}

/* Villages get variants too, of one word or of several. */
static void test_village_variant(void **state)
{
	(void)state;
	assert_true(matched("Rain fell on Tuwara and on the hills.", "V1"));
	assert_true(matched("Rain fell on Tuwwara and on the hills.", "V1"));
	assert_true(matched("Rain fell on Kafr Bawaza on Monday.", "V2"));
	assert_false(matched("Rain fell on Kafr and on the hills.", "V2"));
}

/*
 * On data/: a village's variant is its place where its exact name would
 * be, with its governorate named, and is none without it.
 */
static int place_of_event(const char *text, const char *id)
{
	rasd_doc *d;
	char *json = NULL, want[128];
	size_t len = 0;
	int found;

	d = rasdt_extract("en", "2024-03-05", NULL, text);
	assert_non_null(d);
	assert_int_equal(rasd_doc_to_json(d, 0, &json, &len), 0);
	snprintf(want, sizeof(want), "\"place\":{\"id\":\"%s\"", id);
	found = strstr(json, want) != NULL;
	free(json);
	rasd_doc_free(d);
	return found;
}

static void test_village_context(void **state)
{
	(void)state;
	/* the gazetteer writes this Idlib village "Dweila" */
	assert_true(place_of_event("Government shelling killed three civilians in the village of "
				   "Dwaila in the countryside of Idlib on Tuesday, a monitor said.",
				   "C4182"));
	assert_false(place_of_event("Government shelling killed three civilians in Dwaila on "
				    "Tuesday, a monitor said.", "C4182"));
	/* an English word of a newspaper's name is no town's spelling */
	assert_true(place_of_event("The Daily Ledger said an air strike killed four people in "
				   "Idlib on Monday.", "lgn:19142"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_common_word),
		cmocka_unit_test(test_exact_kept),
		cmocka_unit_test(test_village_variant),
		cmocka_unit_test(test_village_context),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
