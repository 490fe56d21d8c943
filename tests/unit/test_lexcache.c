/*
 * test_lexcache.c - the start-up cache of the compiled lexicon
 * (src/lexicon/lexcache.c): a lexicon read from the cache is the lexicon
 * the TSV files give; a TSV edited, added or removed after the cache was
 * written takes effect on the next load (the cache is never stale); a
 * cache file truncated or damaged anywhere is refused and the TSV files
 * read instead; and the cache's own checks of offsets and indexes hold
 * for any bytes.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lexicon/lexicon.h"
#include "lexicon/lexicon_int.h"
#include "testdata.h"
#include "text/text.h"

#ifndef RASD_SRCDIR
#define RASD_SRCDIR "."
#endif

static char tmp[256], data[300], cache[300];

static uint64_t rng = 0x853C49E6748FEA9Bull;

static uint32_t rnd(uint32_t n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (uint32_t)((rng >> 11) % n);
}

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *p;
	long n;

	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	p = malloc((size_t)n + 1);
	assert_non_null(p);
	assert_int_equal(fread(p, 1, (size_t)n, f), (size_t)n);
	fclose(f);
	*len = (size_t)n;
	return p;
}

static void spit(const char *path, const void *p, size_t n)
{
	FILE *f = fopen(path, "wb");

	assert_non_null(f);
	assert_int_equal(fwrite(p, 1, n, f), n);
	assert_int_equal(fclose(f), 0);
}

/* A private copy of data/ and an empty cache folder, for each test. */
static int setup(void **state)
{
	char path[700];
	DIR *dp;
	struct dirent *de;

	(void)state;
	snprintf(tmp, sizeof(tmp), "/tmp/rasd-lexcache.XXXXXX");
	if (!mkdtemp(tmp))
		return -1;
	snprintf(data, sizeof(data), "%s/data", tmp);
	snprintf(cache, sizeof(cache), "%s/cache", tmp);
	if (mkdir(data, 0700) || mkdir(cache, 0700))
		return -1;
	dp = opendir(RASD_SRCDIR "/data");
	while (dp && (de = readdir(dp))) {
		size_t n = strlen(de->d_name), len;
		char *p;

		if (n < 5 || strcmp(de->d_name + n - 4, ".tsv"))
			continue;
		snprintf(path, sizeof(path), "%s/data/%s", RASD_SRCDIR, de->d_name);
		p = slurp(path, &len);
		if (!p)
			return -1;
		snprintf(path, sizeof(path), "%s/%s", data, de->d_name);
		spit(path, p, len);
		free(p);
	}
	if (dp)
		closedir(dp);
	setenv("RASD_CACHE", cache, 1);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	rasdt_remove_dir(cache);
	rasdt_remove_dir(data);
	rmdir(tmp);
	return 0;
}

static struct rasd_lexicon *load(void)
{
	rasd_err err;
	struct rasd_lexicon *lx;

	memset(&err, 0, sizeof(err));
	lx = rasdp_lexicon_load(data, &err);
	if (!lx)
		fprintf(stderr, "load: %s\n", err.msg);
	assert_non_null(lx);
	return lx;
}

static struct rasd_lexicon *load_uncached(void)
{
	struct rasd_lexicon *lx;

	setenv("RASD_CACHE", "off", 1);
	lx = load();
	setenv("RASD_CACHE", cache, 1);
	assert_null(lx->map);
	return lx;
}

/* The one cache file of the cache folder. */
static void cache_path(char *out, size_t n)
{
	DIR *dp = opendir(cache);
	struct dirent *de;

	out[0] = '\0';
	while (dp && (de = readdir(dp)))
		if (!strncmp(de->d_name, "lexicon-", 8) && strstr(de->d_name, ".bin") &&
		    !strstr(de->d_name, ".tmp"))
			snprintf(out, n, "%s/%s", cache, de->d_name);
	if (dp)
		closedir(dp);
	assert_true(out[0]);
}

static int same_str(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

/* Everything a lexicon holds, compared. */
static void assert_same(const struct rasd_lexicon *a, const struct rasd_lexicon *b)
{
	size_t i;

	assert_int_equal(a->nplaces, b->nplaces);
	for (i = 0; i < a->nplaces; i++) {
		const struct rasd_place *x = &a->places[i], *y = &b->places[i];

		assert_true(same_str(x->id, y->id) && same_str(x->name_en, y->name_en) &&
			    same_str(x->name_ar, y->name_ar));
		assert_true(x->kind == y->kind && x->admin1 == y->admin1 && x->admin2 == y->admin2 &&
			    x->lat == y->lat && x->lon == y->lon && x->population == y->population);
	}
	assert_int_equal(a->nactors, b->nactors);
	for (i = 0; i < a->nactors; i++) {
		const struct rasd_actor *x = &a->actors[i], *y = &b->actors[i];

		assert_true(same_str(x->id, y->id) && same_str(x->name_en, y->name_en) &&
			    same_str(x->name_ar, y->name_ar) && same_str(x->country, y->country) &&
			    x->inter == y->inter && x->parent == y->parent);
	}
	assert_int_equal(a->nsources, b->nsources);
	for (i = 0; i < a->nsources; i++)
		assert_true(same_str(a->sources[i].id, b->sources[i].id) &&
			    same_str(a->sources[i].name, b->sources[i].name) &&
			    same_str(a->sources[i].kind, b->sources[i].kind) &&
			    a->sources[i].actor == b->sources[i].actor);
	assert_int_equal(a->ntriggers, b->ntriggers);
	for (i = 0; i < a->ntriggers; i++)
		assert_true(same_str(a->triggers[i].event_type, b->triggers[i].event_type) &&
			    same_str(a->triggers[i].sub_type, b->triggers[i].sub_type) &&
			    a->triggers[i].weight == b->triggers[i].weight);
	assert_int_equal(a->ncasualty, b->ncasualty);
	assert_memory_equal(a->casualty, b->casualty, a->ncasualty * sizeof(*a->casualty));
	assert_int_equal(a->nspeech, b->nspeech);
	assert_memory_equal(a->speech, b->speech, a->nspeech * sizeof(*a->speech));
	assert_int_equal(a->nnegation, b->nnegation);
	assert_memory_equal(a->negation, b->negation, a->nnegation * sizeof(*a->negation));
	assert_int_equal(a->ngroups, b->ngroups);
	for (i = 0; i < a->ngroups; i++)
		assert_true(same_str(a->groups[i].id, b->groups[i].id) &&
			    same_str(a->groups[i].label, b->groups[i].label) &&
			    a->groups[i].one == b->groups[i].one);
	assert_int_equal(a->nnodes, b->nnodes);
	assert_memory_equal(a->nodes, b->nodes, a->nnodes * sizeof(*a->nodes));
	assert_int_equal(a->edge_mask, b->edge_mask);
	assert_memory_equal(a->edges, b->edges, (a->edge_mask + 1) * sizeof(*a->edges));
	assert_memory_equal(a->edge_tags, b->edge_tags, a->edge_mask + 1);
	assert_int_equal(a->keys_len, b->keys_len);
	assert_memory_equal(a->keys, b->keys, a->keys_len);
	assert_int_equal(a->npays, b->npays);
	assert_memory_equal(a->pays, b->pays, a->npays * sizeof(*a->pays));
	assert_int_equal(a->id_mask, b->id_mask);
	for (i = 0; i <= a->id_mask; i++)
		assert_true(same_str(a->ids[i].id, b->ids[i].id) && a->ids[i].hash == b->ids[i].hash &&
			    a->ids[i].kind == b->ids[i].kind && a->ids[i].entry == b->ids[i].entry);
	assert_int_equal(a->cue_mask, b->cue_mask);
	for (i = 0; a->cues && i <= a->cue_mask; i++)
		assert_true(same_str(a->cues[i].key, b->cues[i].key) && a->cues[i].len == b->cues[i].len &&
			    rasdp_cues_equal(&a->cues[i].classes, &b->cues[i].classes) &&
			    a->cues[i].dual == b->cues[i].dual);
	assert_int_equal(a->nwords, b->nwords);
	for (i = 0; i <= a->word_mask; i++) {
		const struct rasdp_word *w = &a->words[i], *v;
		const char *k;
		size_t kl;

		if (!a->word_tags[i])
			continue;
		k = rasdp_word_key(a, w, &kl);
		v = rasdp_screen_word(b, k, kl, w->hash);
		assert_non_null(v);
		assert_true(v->root == w->root && v->starts == w->starts && v->cue == w->cue);
	}
	/* the table read from the cache is the one built: slot for slot, its pool, the Latin bits */
	assert_int_equal(a->word_mask, b->word_mask);
	assert_memory_equal(a->words, b->words, (a->word_mask + 1) * sizeof(*a->words));
	assert_int_equal(rasdp_screen_pool_len(a), rasdp_screen_pool_len(b));
	assert_memory_equal(a->word_tags, b->word_tags, a->word_mask + 1 + rasdp_screen_pool_len(a) + 1);
	assert_memory_equal(a->latin_kids, b->latin_kids, a->nnodes / 8 + 1);
	assert_memory_equal(a->node_kids, b->node_kids, a->nnodes / 8 + 1);
	assert_int_equal(a->num_reach, b->num_reach);
	assert_int_equal(a->date_reach, b->date_reach);
	assert_int_equal(rasdp_screen_check(b, rasdp_screen_pool_len(b)), 0);
	assert_int_equal(a->max_depth, b->max_depth);
	assert_int_equal(a->nforms, b->nforms);
}

static void test_layout_known(void **state)
{
	(void)state;
	/* a new field in a cached structure turns the cache off: teach lexcache.c the field */
	assert_string_equal(rasdp_lexcache_disabled(), "");
}

static void test_cache_round_trip(void **state)
{
	struct rasd_lexicon *built, *cached, *plain;

	(void)state;
	built = load();
	assert_null(built->map);
	cached = load();
	assert_non_null(cached->map);
	plain = load_uncached();
	assert_same(built, cached);
	assert_same(plain, cached);
	assert_int_equal(rasdp_lex_lookup(cached, RASD_LEX_SOURCE, "Reuters", 7),
			 rasdp_lex_find(cached, RASD_LEX_SOURCE, "reuters"));
	rasdp_lexicon_free(built);
	rasdp_lexicon_free(cached);
	rasdp_lexicon_free(plain);
}

/*
 * Classes past the first 64-bit word that no word of cues.tsv holds (the
 * first past the enum and the last bit, one class when the enum leaves
 * only the last bit free: set by hand on two cue words) go through the
 * cache's save and load and reach the screen's table, which points each
 * word at its cue slot.  (Class 64 and up of cues.tsv go through
 * test_cache_round_trip.)
 */
#define HIGH_CUE RASD_CUE__COUNT
_Static_assert(RASD_CUE__COUNT >= 64 && RASD_CUE__COUNT <= 127,
	       "test_high_cue_class wants a class past the first word that cues.tsv leaves free");

static void test_high_cue_class(void **state)
{
	struct rasd_lexicon *lx, *back;
	struct rasdp_lexcache *c;
	size_t i, hit = 0;

	(void)state;
	lx = load_uncached();
	assert_non_null(lx->cues);
	for (i = 0; i <= lx->cue_mask && hit < 2; i++)
		if (lx->cues[i].key)
			rasdp_cues_set(&lx->cues[i].classes, hit++ ? 127 : HIGH_CUE);
	assert_int_equal(hit, 2);
	c = rasdp_lexcache_open(data);
	assert_non_null(c);
	rasdp_lexcache_save(c, lx);
	back = rasdp_lexcache_load(c);
	assert_non_null(back);
	assert_non_null(back->map);
	assert_same(lx, back);
	for (i = 0, hit = 0; i <= back->cue_mask; i++) {
		const struct rasdp_cue_slot *s = &back->cues[i];
		const struct rasdp_word *w;
		struct rasdp_cues m;
		int dual;

		if (!s->key || !(rasdp_cues_has(&s->classes, HIGH_CUE) || rasdp_cues_has(&s->classes, 127)))
			continue;
		hit++;
		rasdp_lex_key_cues(back, s->key, s->len, &m, &dual);
		assert_true(rasdp_cues_equal(&m, &s->classes));
		w = rasdp_screen_word(back, s->key, s->len, rasdp_key_hash(s->key, s->len));
		assert_non_null(w);
		assert_int_equal(w->cue, i + 1);
		assert_true(rasdp_cues_has(&back->cues[w->cue - 1].classes, hit == 1 ? HIGH_CUE : 127) ||
			    rasdp_cues_has(&back->cues[w->cue - 1].classes, hit == 1 ? 127 : HIGH_CUE));
	}
	assert_int_equal(hit, 2);
	rasdp_lexcache_close(c);
	rasdp_lexicon_free(back);
	rasdp_lexicon_free(lx);
}

static void append(const char *file, const char *text)
{
	char path[700];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", data, file);
	f = fopen(path, "ab");
	assert_non_null(f);
	fputs(text, f);
	assert_int_equal(fclose(f), 0);
}

/* The entry `id` of kind `k` is named by `name` in `lx`. */
static int names(struct rasd_lexicon *lx, enum rasd_lex_kind k, const char *id, const char *name)
{
	int32_t e = rasdp_lex_find(lx, k, id);

	return e >= 0 && rasdp_lex_lookup(lx, k, name, strlen(name)) == e;
}

static void test_edits_take_effect(void **state)
{
	struct rasd_lexicon *lx, *plain;
	char path[700];
	size_t len;
	char *p, *at;

	(void)state;
	lx = load();
	rasdp_lexicon_free(lx);
	lx = load();
	assert_non_null(lx->map);
	rasdp_lexicon_free(lx);

	/* a row added to a file */
	append("places-extra.tsv",
	       "x:zzqtown\ttown\tZzqtown\tززقتاون\tSY07\t\t\t35.9\t36.6\t\t\t\tززقتاون|Zzqtown\ttest\n");
	lx = load();
	assert_null(lx->map);
	assert_true(names(lx, RASD_LEX_PLACE, "x:zzqtown", "Zzqtown"));
	rasdp_lexicon_free(lx);
	lx = load();
	assert_non_null(lx->map);
	assert_true(names(lx, RASD_LEX_PLACE, "x:zzqtown", "ززقتاون"));
	plain = load_uncached();
	assert_same(plain, lx);
	rasdp_lexicon_free(plain);
	rasdp_lexicon_free(lx);

	/*
	 * A same-size edit right after the cache was written (stat() may show
	 * the same size and times): the form changes, and the cache sees it.
	 */
	snprintf(path, sizeof(path), "%s/places-extra.tsv", data);
	p = slurp(path, &len);
	at = strstr(p, "Zzqtown\ttest\n");
	assert_non_null(at);
	memcpy(at, "Zzqtowm", 7);
	spit(path, p, len);
	free(p);
	lx = load();
	assert_true(names(lx, RASD_LEX_PLACE, "x:zzqtown", "Zzqtowm"));
	assert_int_equal(rasdp_lex_lookup(lx, RASD_LEX_PLACE, "Zzqtown", 7), -1);
	rasdp_lexicon_free(lx);
	lx = load();
	assert_true(names(lx, RASD_LEX_PLACE, "x:zzqtown", "Zzqtowm"));
	rasdp_lexicon_free(lx);

	/* the contents touched but unchanged: the cache stays in use */
	snprintf(path, sizeof(path), "%s/actors.tsv", data);
	p = slurp(path, &len);
	spit(path, p, len);
	free(p);
	lx = load();
	assert_non_null(lx->map);
	rasdp_lexicon_free(lx);

	/* a new file, then the file removed */
	append("places-new.tsv", "id\tkind\tname_en\tname_ar\tforms\n"
				 "x:qqvillage\tvillage\tQqvillage\tققفيلاج\tQqvillage\n");
	lx = load();
	assert_true(names(lx, RASD_LEX_PLACE, "x:qqvillage", "Qqvillage"));
	rasdp_lexicon_free(lx);
	snprintf(path, sizeof(path), "%s/places-new.tsv", data);
	unlink(path);
	lx = load();
	assert_int_equal(rasdp_lex_find(lx, RASD_LEX_PLACE, "x:qqvillage"), -1);
	rasdp_lexicon_free(lx);

	/* a broken edit is reported, not hidden by the cache */
	append("actors.tsv", "only\ttwo\n");
	{
		rasd_err err;

		memset(&err, 0, sizeof(err));
		assert_null(rasdp_lexicon_load(data, &err));
		assert_non_null(strstr(err.msg, "actors.tsv"));
	}
}

/* Damage the cache file every which way: each load is the TSV files' lexicon. */
static void test_damaged_cache_refused(void **state)
{
	struct rasd_lexicon *plain, *lx;
	char path[700];
	size_t len, i;
	char *good;
	int round;

	(void)state;
	plain = load_uncached();
	rasdp_lexicon_free(load());
	cache_path(path, sizeof(path));
	good = slurp(path, &len);
	assert_non_null(good);
	for (round = 0; round < 120; round++) {
		char *bad = malloc(len);
		size_t n = len;

		assert_non_null(bad);
		memcpy(bad, good, len);
		switch (round % 4) {
		case 0:        /* truncated */
			n = rnd((uint32_t)len);
			break;
		case 1:        /* bytes of the header, the stamps or the sections */
			for (i = 0; i < 1 + rnd(4); i++)
				bad[rnd(1024)] ^= (char)(1 + rnd(255));
			break;
		case 2:        /* bytes anywhere */
			for (i = 0; i < 1 + rnd(8); i++)
				bad[rnd((uint32_t)len)] ^= (char)(1 + rnd(255));
			break;
		default:       /* a run of zeros, or garbage appended */
			if (round & 4) {
				size_t at = rnd((uint32_t)len);

				memset(bad + at, 0, len - at < 4096 ? len - at : 4096);
			} else {
				bad = realloc(bad, len + 100);
				assert_non_null(bad);
				memset(bad + len, 0x5A, 100);
				n = len + 100;
			}
		}
		spit(path, bad, n);
		free(bad);
		lx = load();
		assert_same(plain, lx);
		rasdp_lexicon_free(lx);
	}
	free(good);
	rasdp_lexicon_free(plain);
}

/*
 * Without the checks of whose cache it is and of its hash, the offsets and
 * indexes are still checked: damaged bytes give NULL or a lexicon that
 * can be used (matched against, looked up) without reading out of bounds.
 */
static void test_parse_checks_indexes(void **state)
{
	char path[700];
	size_t len;
	char *good;
	int round;

	(void)state;
	rasdp_lexicon_free(load());
	cache_path(path, sizeof(path));
	good = slurp(path, &len);
	assert_non_null(good);
	{
		char *copy = malloc(len);
		struct rasd_lexicon *lx;

		assert_non_null(copy);
		memcpy(copy, good, len);
		lx = rasdp_lexcache_parse(copy, len);
		assert_non_null(lx);
		assert_true(rasdp_lex_find(lx, RASD_LEX_SOURCE, "reuters") >= 0);
		rasdp_lexicon_free(lx);
		free(copy);
	}
	for (round = 0; round < 400; round++) {
		char *bad = malloc(len);
		struct rasd_lexicon *lx;
		size_t i;

		assert_non_null(bad);
		memcpy(bad, good, len);
		for (i = 0; i < 1 + rnd(16); i++)
			bad[rnd((uint32_t)len)] ^= (char)(1 + rnd(255));
		lx = rasdp_lexcache_parse(bad, round % 7 ? len : rnd((uint32_t)len));
		if (lx) {
			struct rasd_doc d;
			const char *text = "قتل 5 مدنيين في قصف على إدلب بحسب المرصد السوري. Reuters said "
					   "Russian jets killed 12 people in Aleppo.";

			memset(&d, 0, sizeof(d));
			rasd_arena_init(&d.arena, NULL, 0);
			d.text = rasd_arena_strdup(&d.arena, text);
			d.text_len = strlen(text);
			assert_int_equal(rasdp_normalize(&d), 0);
			assert_int_equal(rasdp_segment(&d), 0);
			assert_int_equal(rasdp_screen_doc(lx, &d), 0);
			assert_int_equal(rasdp_match_doc(lx, &d), 0);
			rasdp_lex_lookup(lx, RASD_LEX_PLACE, "Aleppo", 6);
			rasdp_lex_find(lx, RASD_LEX_ACTOR, "isis");
			rasd_arena_release(&d.arena);
			rasdp_lexicon_free(lx);
		}
		free(bad);
	}
	free(good);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_layout_known),
		cmocka_unit_test_setup_teardown(test_cache_round_trip, setup, teardown),
		cmocka_unit_test_setup_teardown(test_high_cue_class, setup, teardown),
		cmocka_unit_test_setup_teardown(test_edits_take_effect, setup, teardown),
		cmocka_unit_test_setup_teardown(test_damaged_cache_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(test_parse_checks_indexes, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
