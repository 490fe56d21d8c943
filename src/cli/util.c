/*
 * util.c - option tables, generated help, error printing and file reading
 * shared by the subcommands.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
	if (*end)
		return -1;
	*out = (size_t)v;
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
	case OPT_SIZE:
		if (parse_size(arg, (size_t *)o->value)) {
			cli_error("option '--%s' wants a size like 64M, not '%s'", o->name, arg);
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
