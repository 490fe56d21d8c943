/*
 * test_outdata.c - the tables the exports and briefs read from data/:
 * ACLED actor names by period and by parent, admin names by P-code,
 * outlets and source scales, event types, phrases and templates, and a
 * bad row reported with its file and line.
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
#include "io/outdata.h"

static struct rasdp_outdata *load(void)
{
	struct rasdp_outdata *d = NULL;
	rasd_err err;

	memset(&err, 0, sizeof(err));
	assert_int_equal(rasdp_outdata_load(RASD_SRCDIR "/data", &d, &err), 0);
	assert_non_null(d);
	return d;
}

static void test_actors(void **state)
{
	struct rasdp_outdata *d = load();
	char name[160];
	int inter = 0;

	(void)state;
	assert_int_equal(rasdp_outdata_actor(d, "syria_regime", "2023-10-05", "Syria", name,
					     sizeof(name), &inter), 0);
	assert_string_equal(name, "Military Forces of Syria (2000-2024)");
	assert_int_equal(inter, 1);
	assert_int_equal(rasdp_outdata_actor(d, "syria_regime", "2025-01-10", "Syria", name,
					     sizeof(name), &inter), 0);
	assert_string_equal(name, "Military Forces of Syria (2024-)");
	/* government periods */
	assert_int_equal(rasdp_outdata_actor(d, "israel_forces", "2022-06-01", "Syria", name,
					     sizeof(name), &inter), 0);
	assert_string_equal(name, "Military Forces of Israel (2021-2022)");
	/* {country} filled in; a unit without a row of its own takes its parent's */
	assert_int_equal(rasdp_outdata_actor(d, "isis", "2022-10-14", "Iraq", name, sizeof(name),
					     &inter), 0);
	assert_string_equal(name, "Islamic State (Iraq)");
	assert_int_equal(rasdp_outdata_actor(d, "group:civilians", NULL, "Syria", name, sizeof(name),
					     &inter), 0);
	assert_string_equal(name, "Civilians (Syria)");
	assert_int_equal(inter, 7);
	assert_int_equal(rasdp_outdata_actor(d, "nobody", NULL, "Syria", name, sizeof(name), &inter),
			 RASD_ENOTFOUND);
	assert_string_equal(rasdp_outdata_actor_root(d, "syria_8th_brigade"), "syria_regime");
	rasdp_outdata_free(d);
}

static void test_places_and_sources(void **state)
{
	struct rasdp_outdata *d = load();
	const struct rasdp_admin *a;

	(void)state;
	a = rasdp_outdata_admin(d, "SY07");
	assert_non_null(a);
	assert_string_equal(a->name, "Idleb");
	assert_int_equal(a->level, 1);
	assert_string_equal(rasdp_outdata_admin(d, "SY12")->name, "Dar'a");
	assert_string_equal(rasdp_outdata_admin(d, "SY03")->name, "Rural Damascus");
	/* Damascus governorate has one district */
	assert_string_equal(rasdp_outdata_admin_only_child(d, "SY01")->pcode, "SY0100");
	assert_null(rasdp_outdata_admin_only_child(d, "SY02"));
	assert_string_equal(rasdp_outdata_country(d, "SY07")->iso3, "SYR");
	assert_string_equal(rasdp_outdata_country_of_domain(d, "anews.com.tr")->code, "TR");
	/* scale: the outlet's reach at home, Regional or International abroad */
	assert_string_equal(rasdp_outdata_scale(d, "english.enabbaladi.net", "SY"), "National");
	assert_string_equal(rasdp_outdata_scale(d, "kurdistan24.net", "SY"), "Regional");
	assert_string_equal(rasdp_outdata_scale(d, "kurdistan24.net", "IQ"), "Subnational");
	assert_string_equal(rasdp_outdata_scale(d, "medi1news.com", "SY"), "International");
	assert_string_equal(rasdp_outdata_scale(d, "rferl.org", "SY"), "International");
	assert_string_equal(rasdp_outdata_scale(d, "unknown-outlet.com", "SY"), "Other");
	assert_string_equal(rasdp_outdata_scale(d, "unknown.sy", "SY"), "National");
	assert_string_equal(rasdp_outdata_etype(d, "Battles", NULL)->sub, "Armed clash");
	assert_null(rasdp_outdata_etype(d, "Explosions/Remote violence", NULL));
	assert_int_equal(rasdp_outdata_where_prec(d, "governorate"), 4);
	rasdp_outdata_free(d);
}

static void test_phrases(void **state)
{
	struct rasdp_outdata *d = load();
	struct rasd_buf b = RASD_BUF_INIT;
	const char *kv[] = { "a", "the death toll", "b", "the date", NULL };

	(void)state;
	assert_string_equal(rasdp_outdata_phrase(d, "month.10", "ar"), "تشرين الأول");
	assert_string_equal(rasdp_outdata_phrase(d, "month.10", "en"), "October");
	assert_string_equal(rasdp_outdata_phrase(d, "no.such.key", "en"), "no.such.key");
	rasdp_outdata_fmt(&b, rasdp_outdata_phrase(d, "list.two", "en"), kv);
	assert_string_equal(b.buf, "the death toll and the date");
	rasd_buf_reset(&b);
	rasdp_outdata_fmt(&b, "{a} {unknown} {b", kv);
	assert_string_equal(b.buf, "the death toll {unknown} {b");
	rasd_buf_release(&b);
	rasdp_outdata_free(d);
}

static void test_bad_row(void **state)
{
	char dir[] = "/tmp/rasd-outdata-XXXXXX", path[256], cmd[512];
	struct rasdp_outdata *d = NULL;
	rasd_err err;
	FILE *f;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(cmd, sizeof(cmd), "cp -r " RASD_SRCDIR "/data/. %s/", dir);
	assert_int_equal(system(cmd), 0);
	snprintf(path, sizeof(path), "%s/exports/outlets.tsv", dir);
	f = fopen(path, "a");
	assert_non_null(f);
	fputs("bad.example\tBad\tSY\tworldwide\n", f);
	fclose(f);
	memset(&err, 0, sizeof(err));
	assert_int_equal(rasdp_outdata_load(dir, &d, &err), RASD_EPARSE);
	assert_null(d);
	assert_non_null(strstr(err.msg, "outlets.tsv:"));
	assert_non_null(strstr(err.msg, "unknown reach 'worldwide'"));
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	assert_int_equal(system(cmd), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_actors),
		cmocka_unit_test(test_places_and_sources),
		cmocka_unit_test(test_phrases),
		cmocka_unit_test(test_bad_row),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
