/*
 * util.c - option tables, generated help, error printing and file reading
 * shared by the subcommands.
 */
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "cli.h"

void cli_error(const char *fmt, ...)
{
	va_list ap;

	fputs("rasd: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

void cli_error_at(const char *file, const rasd_err *err)
{
	if (err->line > 0)
		fprintf(stderr, "rasd: %s:%lld: %s\n", file, (long long)err->line, err->msg);
	else if (err->byte_offset >= 0)
		fprintf(stderr, "rasd: %s: byte %lld: %s\n", file, (long long)err->byte_offset, err->msg);
	else
		fprintf(stderr, "rasd: %s: %s\n", file, err->msg[0] ? err->msg : rasd_strerror(err->code));
}

void cli_usage(FILE *f, const struct cli_opt *opts, const char *usage,
	       const char *summary)
{
	const struct cli_opt *o;

	fprintf(f, "usage: %s\n", usage);
	if (summary)
		fprintf(f, "\n%s\n", summary);
	fprintf(f, "\noptions:\n");
	for (o = opts; o && o->type != OPT_END; o++) {
		char left[64];
		int n;

		if (o->short_name)
			n = snprintf(left, sizeof(left), "-%c, --%s", o->short_name, o->name);
		else
			n = snprintf(left, sizeof(left), "    --%s", o->name);
		if (o->type != OPT_FLAG && n > 0 && (size_t)n < sizeof(left))
			snprintf(left + n, sizeof(left) - (size_t)n, " %s",
				 o->argname ? o->argname : "VALUE");
		fprintf(f, "  %-28s %s\n", left, o->help);
	}
	fprintf(f, "  %-28s %s\n", "-h, --help", "show this help");
}

static int parse_size(const char *s, size_t *out)
{
	char *end;
	unsigned long long v;

	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno || end == s)
		return -1;
	switch (*end) {
	case 'k': case 'K': v <<= 10; end++; break;
	case 'm': case 'M': v <<= 20; end++; break;
	case 'g': case 'G': v <<= 30; end++; break;
	default: break;
	}
	if (*end || !v)
		return -1;
	*out = (size_t)v;
	return 0;
}

/* Is `arg` one of the '|'-separated words of `choices`? */
static int one_of(const char *choices, const char *arg)
{
	size_t n = strlen(arg);
	const char *p = choices;

	while (p && *p) {
		const char *bar = strchr(p, '|');
		size_t len = bar ? (size_t)(bar - p) : strlen(p);

		if (len == n && !memcmp(p, arg, n))
			return 1;
		p = bar ? bar + 1 : NULL;
	}
	return 0;
}

static int set_value(const struct cli_opt *o, const char *arg)
{
	char *end;
	long v;

	switch (o->type) {
	case OPT_FLAG:
		*(int *)o->value = 1;
		return 0;
	case OPT_STRING:
		*(const char **)o->value = arg;
		return 0;
	case OPT_LIST: {
		struct cli_list *l = o->value;

		if (l->n == CLI_LIST_MAX) {
			cli_error("option '--%s' given more than %d times", o->name, CLI_LIST_MAX);
			return -1;
		}
		l->v[l->n++] = arg;
		return 0;
	}
	case OPT_INT:
		errno = 0;
		v = strtol(arg, &end, 10);
		if (errno || end == arg || *end || v < INT32_MIN || v > INT32_MAX) {
			cli_error("option '--%s' wants a whole number, not '%s'", o->name, arg);
			return -1;
		}
		*(int *)o->value = (int)v;
		return 0;
	case OPT_THREADS:
		errno = 0;
		v = strtol(arg, &end, 10);
		if (errno || end == arg || *end || v < 1 || v > CLI_MAX_THREADS) {
			cli_error("option '--%s' wants a number of threads from 1 to %d, not '%s'",
				  o->name, CLI_MAX_THREADS, arg);
			return -1;
		}
		*(int *)o->value = (int)v;
		return 0;
	case OPT_CHOICE:
		if (!one_of(o->argname, arg)) {
			cli_error("option '--%s' wants one of %s, not '%s'", o->name, o->argname, arg);
			return -1;
		}
		*(const char **)o->value = arg;
		return 0;
	case OPT_SIZE:
		if (parse_size(arg, (size_t *)o->value)) {
			cli_error("option '--%s' wants a size above 0 like 64M, not '%s'", o->name, arg);
			return -1;
		}
		return 0;
	case OPT_END:
		break;
	}
	return -1;
}

int cli_parse(int argc, char **argv, const struct cli_opt *opts,
	      const char *usage, const char *summary, int *help_shown)
{
	int i, npos = 0, only_pos = 0;

	*help_shown = 0;
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		const struct cli_opt *o;
		const char *val = NULL;

		if (only_pos || a[0] != '-' || !a[1]) {
			argv[npos++] = argv[i];
			continue;
		}
		if (!strcmp(a, "--")) {
			only_pos = 1;
			continue;
		}
		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			cli_usage(stdout, opts, usage, summary);
			*help_shown = 1;
			return -1;
		}
		for (o = opts; o && o->type != OPT_END; o++) {
			if (a[1] == '-') {
				size_t n = strlen(o->name);

				if (!strncmp(a + 2, o->name, n) && (a[2 + n] == '\0' || a[2 + n] == '=')) {
					if (a[2 + n] == '=')
						val = a + 3 + n;
					break;
				}
			} else if (o->short_name && a[1] == o->short_name) {
				/* "-j4" carries its value; flags take none. */
				if (a[2] && o->type == OPT_FLAG)
					continue;
				if (a[2])
					val = a + 2;
				break;
			}
		}
		if (!o || o->type == OPT_END) {
			cli_error("unknown option '%s'; see '%s -h'", a, usage);
			return -1;
		}
		if (o->type == OPT_FLAG) {
			if (val) {
				cli_error("option '--%s' takes no value", o->name);
				return -1;
			}
			*(int *)o->value = 1;
			continue;
		}
		if (!val) {
			if (i + 1 >= argc) {
				cli_error("option '--%s' needs a value", o->name);
				return -1;
			}
			val = argv[++i];
		}
		if (set_value(o, val))
			return -1;
	}
	return npos;
}

int cli_read_file(const char *path, size_t max, char **out, size_t *len)
{
	FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
	char *buf = NULL;
	size_t n = 0, alloc = 0;

	if (!f) {
		cli_error("cannot open '%s': %s", path, strerror(errno));
		return -1;
	}
	for (;;) {
		size_t got;

		if (alloc - n < 65536) {
			size_t want = alloc ? alloc * 2 : 1 << 20;
			char *nb;

			if (max && want > max + 65536)
				want = max + 65536;
			if (want <= alloc) {
				cli_error("'%s' is larger than the limit of %zu bytes", path, max);
				goto fail;
			}
			nb = realloc(buf, want + 1);
			if (!nb) {
				cli_error("out of memory reading '%s'", path);
				goto fail;
			}
			buf = nb;
			alloc = want;
		}
		got = fread(buf + n, 1, alloc - n, f);
		n += got;
		if (max && n > max) {
			cli_error("'%s' is larger than the limit of %zu bytes", path, max);
			goto fail;
		}
		if (got == 0) {
			if (ferror(f)) {
				cli_error("cannot read '%s': %s", path, strerror(errno));
				goto fail;
			}
			break;
		}
	}
	if (f != stdin)
		fclose(f);
	if (!buf) {
		buf = malloc(1);
		if (!buf)
			return -1;
	}
	buf[n] = '\0';
	*out = buf;
	*len = n;
	return 0;
fail:
	if (f != stdin)
		fclose(f);
	free(buf);
	return -1;
}

rasd_engine *cli_engine(const char *datadir)
{
	rasd_err err = { 0 };
	rasd_engine *e = rasd_engine_new(datadir, &err);

	if (!e) {
		if (err.msg[0])
			fprintf(stderr, "rasd: %s\n", err.msg);
		else
			cli_error("cannot load the lexicons: %s", rasd_strerror(err.code));
	}
	return e;
}

/* ---- folders ----------------------------------------------------------- */

int cli_report_file(const char *path)
{
	static const char *const exts[] = { ".jsonl", ".ndjson", ".json", ".txt", ".text",
					    ".html", ".htm", ".xml", ".rss", ".atom" };
	const char *dot = strrchr(path, '.'), *slash = strrchr(path, '/');
	size_t i;

	if (!dot || (slash && dot < slash))
		return 0;
	for (i = 0; i < sizeof(exts) / sizeof(*exts); i++)
		if (!strcasecmp(dot, exts[i]))
			return 1;
	return 0;
}

static int paths_add(struct cli_paths *p, const char *s)
{
	if (p->n == p->alloc) {
		int na = p->alloc ? p->alloc * 2 : 16;
		char **nv = realloc(p->v, (size_t)na * sizeof(*nv));

		if (!nv)
			return -1;
		p->v = nv;
		p->alloc = na;
	}
	p->v[p->n] = strdup(s);
	if (!p->v[p->n])
		return -1;
	p->n++;
	return 0;
}

void cli_paths_release(struct cli_paths *p)
{
	int i;

	for (i = 0; i < p->n; i++)
		free(p->v[i]);
	free(p->v);
	memset(p, 0, sizeof(*p));
}

static int cmp_name(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int walk(const char *dir, struct cli_paths *out, int *skipped, int depth)
{
	struct cli_paths names = { 0 };
	struct dirent *de;
	DIR *d;
	int i, rc = 0;

	if (depth > 64) {
		cli_error("'%s': folders nested too deep", dir);
		(*skipped)++;
		return 0;
	}
	d = opendir(dir);
	if (!d) {
		cli_error("cannot open '%s': %s", dir, strerror(errno));
		(*skipped)++;
		return 0;
	}
	while ((de = readdir(d)) != NULL && !rc)
		if (de->d_name[0] != '.')
			rc = paths_add(&names, de->d_name);
	closedir(d);
	if (names.n)
		qsort(names.v, (size_t)names.n, sizeof(*names.v), cmp_name);
	for (i = 0; i < names.n && !rc; i++) {
		size_t dl = strlen(dir), nl = strlen(names.v[i]);
		char *full = malloc(dl + nl + 2);
		struct stat st;

		if (!full) {
			rc = -1;
			break;
		}
		memcpy(full, dir, dl);
		full[dl] = '/';
		memcpy(full + dl + 1, names.v[i], nl + 1);
		if (stat(full, &st) == 0) {
			if (S_ISDIR(st.st_mode))
				rc = walk(full, out, skipped, depth + 1);
			else if (S_ISREG(st.st_mode) && cli_report_file(full))
				rc = paths_add(out, full);
		}
		free(full);
	}
	cli_paths_release(&names);
	return rc;
}

int cli_folder_files(const char *dir, struct cli_paths *out, int *skipped)
{
	if (walk(dir, out, skipped, 0)) {
		cli_error("out of memory listing '%s'", dir);
		return -1;
	}
	return 0;
}

int cli_expand_inputs(int n, char **inputs, struct cli_paths *out, int *skipped)
{
	int i;

	for (i = 0; i < n; i++) {
		struct stat st;
		int before = out->n;

		if (strcmp(inputs[i], "-") && !stat(inputs[i], &st) && S_ISDIR(st.st_mode)) {
			if (cli_folder_files(inputs[i], out, skipped))
				return -1;
			if (out->n == before) {
				cli_error("'%s': no report files in this folder (.jsonl, .json, .ndjson, "
					  ".txt, .html, .xml, .rss, .atom)", inputs[i]);
				(*skipped)++;
			}
			continue;
		}
		if (paths_add(out, inputs[i])) {
			cli_error("out of memory");
			return -1;
		}
	}
	return 0;
}
