/*
 * replay.c - run a fuzz target over a committed corpus without libFuzzer.
 *
 * Each fuzz_<entry>.c defines LLVMFuzzerTestOneInput().  Linked with this
 * file instead of libFuzzer, it becomes an ordinary program that feeds
 * every file named on the command line, or every file of a named directory
 * (in name order, skipping dot files), to the target once.  ctest runs it
 * as fuzz_replay_<entry> over tests/fuzz/corpus/<entry>/, so the corpus and
 * any input that once crashed are checked by every build, sanitised or not.
 * A crash or sanitizer report fails the test; a directory with no inputs
 * fails too, so a misplaced corpus is not a silent pass.
 */
#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));

static int run_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	uint8_t *data = NULL;
	size_t len = 0, alloc = 0, n;

	if (!f) {
		fprintf(stderr, "replay: cannot open '%s': %s\n", path, strerror(errno));
		return -1;
	}
	for (;;) {
		if (alloc - len < 65536) {
			uint8_t *p = realloc(data, alloc ? alloc * 2 : 65536);

			if (!p) {
				fprintf(stderr, "replay: out of memory reading '%s'\n", path);
				free(data);
				fclose(f);
				return -1;
			}
			data = p;
			alloc = alloc ? alloc * 2 : 65536;
		}
		n = fread(data + len, 1, alloc - len, f);
		len += n;
		if (n == 0)
			break;
	}
	if (ferror(f)) {
		fprintf(stderr, "replay: cannot read '%s'\n", path);
		free(data);
		fclose(f);
		return -1;
	}
	fclose(f);
	/* Exact-size copy so ASan sees reads past the end of the input. */
	{
		uint8_t *exact = malloc(len ? len : 1);

		if (!exact) {
			free(data);
			return -1;
		}
		if (len)
			memcpy(exact, data, len);
		free(data);
		LLVMFuzzerTestOneInput(exact, len);
		free(exact);
	}
	return 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int run_dir(const char *dir, long *count)
{
	DIR *dp = opendir(dir);
	struct dirent *de;
	char **names = NULL;
	size_t n = 0, alloc = 0, i;
	int rc = 0;

	if (!dp) {
		fprintf(stderr, "replay: cannot open '%s': %s\n", dir, strerror(errno));
		return -1;
	}
	while ((de = readdir(dp))) {
		if (de->d_name[0] == '.')
			continue;
		if (n == alloc) {
			char **p = realloc(names, (alloc ? alloc * 2 : 64) * sizeof(*names));

			if (!p) {
				rc = -1;
				break;
			}
			names = p;
			alloc = alloc ? alloc * 2 : 64;
		}
		names[n] = malloc(strlen(dir) + strlen(de->d_name) + 2);
		if (!names[n]) {
			rc = -1;
			break;
		}
		snprintf(names[n], strlen(dir) + strlen(de->d_name) + 2, "%s/%s", dir, de->d_name);
		n++;
	}
	closedir(dp);
	if (names)
		qsort(names, n, sizeof(*names), cmp_str);
	for (i = 0; i < n; i++) {
		struct stat st;

		if (!rc && !stat(names[i], &st) && S_ISREG(st.st_mode)) {
			if (run_file(names[i]))
				rc = -1;
			else
				(*count)++;
		}
		free(names[i]);
	}
	free(names);
	return rc;
}

int main(int argc, char **argv)
{
	long count = 0;
	int i, rc = 0;

	if (argc < 2) {
		fprintf(stderr, "usage: %s CORPUS-DIR-OR-FILE...\n", argv[0]);
		return 2;
	}
	if (LLVMFuzzerInitialize)
		LLVMFuzzerInitialize(&argc, &argv);
	for (i = 1; i < argc; i++) {
		struct stat st;

		if (stat(argv[i], &st)) {
			fprintf(stderr, "replay: cannot open '%s': %s\n", argv[i], strerror(errno));
			rc = 1;
		} else if (S_ISDIR(st.st_mode)) {
			if (run_dir(argv[i], &count))
				rc = 1;
		} else if (run_file(argv[i])) {
			rc = 1;
		} else {
			count++;
		}
	}
	if (!count) {
		fprintf(stderr, "replay: no inputs\n");
		return 1;
	}
	printf("replayed %ld inputs\n", count);
	return rc;
}
