/*
 * fuzz_lexicon.c - the TSV lexicon reader and the lexicon loader.
 *
 * Input: one control byte, then a TSV file.  With bit 7 set the file goes
 * straight to the TSV reader (rasdp_tsv_*) under a fixed schema, and every
 * field of every row is read as text, number and integer.  Otherwise it
 * replaces one file of a private copy of the shipped data folder (bits 0-3
 * choose which, or add an extra places-*.tsv) and the whole lexicon is
 * loaded and compiled; a success is then queried by id and by name.  A
 * failure must come back as a status with a message, never a crash; the
 * real file is put back after each run.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "lexicon/lexicon.h"
#include "lexicon/lexicon_int.h"
#include "text/text.h"
#include "base/banned.h"

#ifndef RASD_SRCDIR
#define RASD_SRCDIR "."
#endif

static const char *const files[] = {
	"places.tsv", "actors.tsv", "sources.tsv", "triggers.tsv", "casualty.tsv",
	"speech.tsv", "negation.tsv", "groups.tsv", "places-extra.tsv",
	"places-geonames.tsv", "places-fuzz.tsv", "cues.tsv",
};
#define NFILES (sizeof(files) / sizeof(files[0]))

static char datadir[256];

static void remove_datadir(void)
{
	char path[512];
	DIR *dp = opendir(datadir);
	struct dirent *de;

	while (dp && (de = readdir(dp))) {
		if (de->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "%s/%s", datadir, de->d_name);
		unlink(path);
	}
	if (dp)
		closedir(dp);
	rmdir(datadir);
}

static int write_file(const char *path, const void *p, size_t n)
{
	FILE *f = fopen(path, "wb");
	int rc = 0;

	if (!f)
		return -1;
	if (n && fwrite(p, 1, n, f) != n)
		rc = -1;
	if (fclose(f))
		rc = -1;
	return rc;
}

/* Copy every TSV of the shipped data folder to a private temp folder, once. */
static const char *data_copy(void)
{
	char src[512], dst[512], buf[65536];
	DIR *dp;
	struct dirent *de;
	size_t n;

	if (datadir[0])
		return datadir;
	snprintf(datadir, sizeof(datadir), "%s/rasd-fuzz-lexicon-XXXXXX",
		 getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	if (!mkdtemp(datadir))
		abort();
	atexit(remove_datadir);
	snprintf(src, sizeof(src), "%s/data", RASD_SRCDIR);
	dp = opendir(src);
	if (!dp)
		abort();
	while ((de = readdir(dp))) {
		size_t len = strlen(de->d_name);
		FILE *in, *out;

		if (len < 5 || strcmp(de->d_name + len - 4, ".tsv") || de->d_name[0] == '.')
			continue;
		snprintf(src, sizeof(src), "%s/data/%s", RASD_SRCDIR, de->d_name);
		snprintf(dst, sizeof(dst), "%s/%s", datadir, de->d_name);
		in = fopen(src, "rb");
		if (!in)
			continue;
		out = fopen(dst, "wb");
		if (!out)
			abort();
		while ((n = fread(buf, 1, sizeof(buf), in)) > 0)
			if (fwrite(buf, 1, n, out) != n)
				abort();
		fclose(in);
		if (fclose(out))
			abort();
	}
	closedir(dp);
	return datadir;
}

static void slurp(const char *path, char **out, size_t *len)
{
	FILE *f = fopen(path, "rb");
	long n;

	*out = NULL;
	*len = 0;
	if (!f)
		return;
	if (fseek(f, 0, SEEK_END) || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET)) {
		fclose(f);
		return;
	}
	*out = malloc((size_t)n + 1);
	if (*out && fread(*out, 1, (size_t)n, f) == (size_t)n)
		*len = (size_t)n;
	fclose(f);
}

static void fuzz_tsv(const uint8_t *data, size_t size)
{
	static const struct rasdp_tsv_col schema[] = {
		{ "id", 1 }, { "name_en", 0 }, { "name_ar", 0 }, { "lat", 0 },
		{ "population", 0 },
	};
	struct rasdp_tsv t;
	rasd_err err;
	char path[64];
	int fd, rc;
	size_t c;

	fd = memfd_create("fuzz_tsv", 0);
	if (fd < 0)
		return;
	if (size && write(fd, data, size) != (ssize_t)size) {
		close(fd);
		return;
	}
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	memset(&err, 0, sizeof(err));
	if (rasdp_tsv_open(&t, path, schema, sizeof(schema) / sizeof(schema[0]), &err)) {
		if (!err.msg[0])
			abort();
		close(fd);
		return;
	}
	while ((rc = rasdp_tsv_next(&t, &err)) != 0) {
		if (rc < 0) {
			if (!err.msg[0])
				abort();
			break;
		}
		for (c = 0; c < sizeof(schema) / sizeof(schema[0]); c++) {
			const char *f = rasdp_tsv_get(&t, c);
			double dv;
			long lv;

			if (!f)
				abort();    /* documented: "" when absent */
			(void)strlen(f);
			(void)rasdp_tsv_double(&t, c, 0.0, &dv, &err);
			(void)rasdp_tsv_long(&t, c, -1000, 1000, 0, &lv, &err);
		}
	}
	rasdp_tsv_close(&t);
	close(fd);
}

static void fuzz_load(uint8_t ctl, const uint8_t *data, size_t size)
{
	const char *dir = data_copy();
	const char *name = files[(ctl & 15) % NFILES];
	char path[512], *saved;
	size_t saved_len;
	struct rasd_lexicon *lx;
	rasd_err err;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	slurp(path, &saved, &saved_len);
	if (write_file(path, data, size))
		abort();
	memset(&err, 0, sizeof(err));
	lx = rasdp_lexicon_load(dir, &err);
	if (!lx) {
		if (err.code >= 0 || !err.msg[0])
			abort();
	} else {
		size_t qlen = size < 64 ? size : 64, bad;
		int k;

		if (rasdp_utf8_validate((const char *)data, qlen, &bad))
			qlen = bad;    /* names are looked up as valid UTF-8 */
		for (k = 0; k < RASD_LEX_NKINDS; k++) {
			(void)rasdp_lex_count(lx, (enum rasd_lex_kind)k);
			(void)rasdp_lex_lookup(lx, (enum rasd_lex_kind)k,
					       (const char *)data, qlen);
		}
		(void)rasdp_lex_find(lx, RASD_LEX_PLACE, "SY02");
		(void)rasdp_lex_find(lx, RASD_LEX_ACTOR, "isis");
		rasdp_lexicon_free(lx);
	}
	if (saved) {
		if (write_file(path, saved, saved_len))
			abort();
		free(saved);
	} else {
		unlink(path);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	if (data[0] & 0x80)
		fuzz_tsv(data + 1, size - 1);
	else
		fuzz_load(data[0], data + 1, size - 1);
	return 0;
}
