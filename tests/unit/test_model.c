/*
 * test_model.c - scored decisions: weights files loaded against a
 * decision's feature table (both ways), written back byte for byte, and
 * the trainer: a separable set is learnt, the same data gives the same
 * weights, cross-validation holds groups apart, and weights the data never
 * exercise stay where they started.
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

#include "base/buf.h"
#include "model/model.h"

static const struct rasd_feature feats[] = {
	{ "bias", "always 1" },
	{ "near", "the candidate is near" },
	{ "far", "the candidate is far" },
	{ "unused", "never set by the data" },
};
static const struct rasd_decision dec = { "toy", "a toy choice", feats, 4 };

static char dir[64];

static void write_file(const char *name, const char *text)
{
	char path[128];
	FILE *f;

	snprintf(path, sizeof(path), "%s/models/%s", dir, name);
	f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static int setup(void **state)
{
	char path[96];

	(void)state;
	snprintf(dir, sizeof(dir), "/tmp/rasd-model-XXXXXX");
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/models", dir);
	assert_int_equal(mkdir(path, 0777), 0);
	return 0;
}

static int teardown(void **state)
{
	char cmd[128];

	(void)state;
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

static void test_load_and_write(void **state)
{
	struct rasd_model m;
	struct rasd_buf b = RASD_BUF_INIT;
	rasd_err err;
	double w[4] = { -1.5, 2, -0.25, 0 };
	float x[4] = { 1, 1, 0, 0 };

	(void)state;
	assert_int_equal(rasdp_model_write(&dec, w, "a note", &b), 0);
	write_file("toy.tsv", b.buf);
	memset(&err, 0, sizeof(err));
	assert_int_equal(rasdp_model_load(&m, &dec, dir, &err), 0);
	assert_true(m.w[0] == -1.5 && m.w[1] == 2 && m.w[2] == -0.25 && m.w[3] == 0);
	assert_true(rasdp_model_score(&m, x) == 0.5);
	rasdp_model_release(&m);
	/* written again from what was read: the same bytes */
	{
		struct rasd_buf b2 = RASD_BUF_INIT;

		assert_int_equal(rasdp_model_write(&dec, w, "a note", &b2), 0);
		assert_string_equal(b.buf, b2.buf);
		rasd_buf_release(&b2);
	}
	assert_non_null(strstr(b.buf, "near\t2.0000\tthe candidate is near\n"));
	rasd_buf_release(&b);
}

static void test_load_errors(void **state)
{
	struct rasd_model m;
	rasd_err err;

	(void)state;
	/* a feature of the code missing from the file */
	write_file("toy.tsv", "feature\tweight\nbias\t1\nnear\t1\nfar\t1\n");
	memset(&err, 0, sizeof(err));
	assert_int_equal(rasdp_model_load(&m, &dec, dir, &err), RASD_EPARSE);
	assert_non_null(strstr(err.msg, "no weight for feature 'unused'"));
	/* a row the code does not know */
	write_file("toy.tsv", "feature\tweight\nbias\t1\nnear\t1\nfar\t1\nunused\t0\nnearby\t3\n");
	memset(&err, 0, sizeof(err));
	assert_int_equal(rasdp_model_load(&m, &dec, dir, &err), RASD_EPARSE);
	assert_non_null(strstr(err.msg, ":6: 'nearby' is not a feature of the toy decision"));
	/* twice, empty, not a number */
	write_file("toy.tsv", "feature\tweight\nbias\t1\nbias\t2\nnear\t1\nfar\t1\nunused\t0\n");
	assert_int_equal(rasdp_model_load(&m, &dec, dir, &err), RASD_EPARSE);
	assert_non_null(strstr(err.msg, "given twice"));
	write_file("toy.tsv", "feature\tweight\nbias\t\nnear\t1\nfar\t1\nunused\t0\n");
	assert_int_equal(rasdp_model_load(&m, &dec, dir, &err), RASD_EPARSE);
	write_file("toy.tsv", "feature\tweight\nbias\tone\nnear\t1\nfar\t1\nunused\t0\n");
	assert_int_equal(rasdp_model_load(&m, &dec, dir, &err), RASD_EPARSE);
	assert_non_null(strstr(err.msg, "bad number"));
	/* no finite number (rasdp_model_score() needs w * 0 to be 0) */
	write_file("toy.tsv", "feature\tweight\nbias\t1\nnear\tinf\nfar\t1\nunused\t0\n");
	assert_int_equal(rasdp_model_load(&m, &dec, dir, &err), RASD_EPARSE);
	assert_non_null(strstr(err.msg, "bad number"));
	/* no file */
	unlink("/nonexistent");
	assert_int_equal(rasdp_model_load(&m, &dec, "/nonexistent-rasd-dir", &err), RASD_ENOTFOUND);
}

/* The dot product term by term, in order, every term added. */
static double full_sum(const double *w, const float *x, size_t n)
{
	double s = 0;
	size_t i;

	for (i = 0; i < n; i++)
		s += w[i] * x[i];
	return s;
}

/*
 * rasdp_model_score() passes over features that are zero four at a time:
 * bit for bit the full sum, on invented vectors of 1 to 13 features with
 * runs of zeros, -0.0, negative weights and terms that cancel.
 */
static void test_score_skips_zeros(void **state)
{
	static const float vals[] = { 0.0f, 0.0f, 0.0f, 1.0f, -0.0f, 0.5f, 3.0f, 0.0f, -2.0f };
	static const double ws[] = { -1.0, 0.3, -0.0, 2.5, 1e-9, -0.7, 0.1, -3.25, 0.0 };
	struct rasd_feature fs[13];
	struct rasd_decision d = { "toy", "a toy choice", fs, 0 };
	struct rasd_model m = { &d, NULL };
	double w[13];
	float x[13];
	size_t n, i, round, checked = 0;

	(void)state;
	memset(fs, 0, sizeof(fs));
	m.w = w;
	for (n = 1; n <= 13; n++)
		for (round = 0; round < 200; round++) {
			double a, b;

			for (i = 0; i < n; i++) {
				x[i] = vals[(i * 7 + round * 3 + (round / 9) * i) % 9];
				w[i] = ws[(i * 5 + round) % 9];
			}
			if (round % 4 == 0)
				for (i = 0; i + 1 < n; i++)
					x[i] = 0.0f;
			d.nfeats = n;
			a = rasdp_model_score(&m, x);
			b = full_sum(w, x, n);
			assert_memory_equal(&a, &b, sizeof(a));
			checked++;
		}
	/* terms that cancel to +0: the sum is +0, as the full one */
	w[0] = 1.0;
	w[1] = -1.0;
	x[0] = 1.0f;
	x[1] = 1.0f;
	for (i = 2; i < 8; i++) {
		w[i] = -2.0;
		x[i] = 0.0f;
	}
	d.nfeats = 8;
	{
		double a = rasdp_model_score(&m, x), b = full_sum(w, x, 8);

		assert_memory_equal(&a, &b, sizeof(a));
	}
	assert_int_equal(checked, 13 * 200);
}

/*
 * Choices between a near and a far candidate; the near one is right in 90
 * of 100 groups.  Starting from weights that prefer "far", training must
 * learn "near".
 */
static void fill(struct rasdp_trainset *t)
{
	int i;

	rasdp_trainset_init(t, &dec);
	for (i = 0; i < 100; i++) {
		float x[8] = { 1, 1, 0, 0, 1, 0, 1, 0 };
		unsigned char good[2] = { i % 10 != 0, i % 10 == 0 };
		char group[16];

		snprintf(group, sizeof(group), "g%d", i);
		assert_int_equal(rasdp_trainset_add(t, group, x, good, 2), 0);
	}
}

static void test_fit(void **state)
{
	struct rasdp_trainset t;
	double w0[4] = { 0, -1, 1, 0.75 }, w[4], w2[4], before, after;
	size_t n;

	(void)state;
	fill(&t);
	assert_true(rasdp_accuracy(&t, w0, 0, 0, &n) < 0.2);
	assert_int_equal(n, 100);
	assert_int_equal(rasdp_fit(&t, w0, RASDP_FIT_LAMBDA, 0, 0, w), 0);
	assert_true(rasdp_accuracy(&t, w, 0, 0, NULL) > 0.85);
	assert_true(w[1] > w[2]);
	/* a feature the data never sets keeps its starting weight */
	assert_true(w[3] == w0[3]);
	/* deterministic */
	assert_int_equal(rasdp_fit(&t, w0, RASDP_FIT_LAMBDA, 0, 0, w2), 0);
	assert_memory_equal(w, w2, sizeof(w));
	/* held-apart folds: after beats before */
	assert_int_equal(rasdp_cross_validate(&t, w0, 5, &before, &after, &n), 0);
	assert_int_equal(n, 100);
	assert_true(before < 0.2 && after > 0.85);
	rasdp_trainset_release(&t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_load_and_write),
		cmocka_unit_test(test_load_errors),
		cmocka_unit_test(test_fit),
		cmocka_unit_test(test_score_skips_zeros),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
