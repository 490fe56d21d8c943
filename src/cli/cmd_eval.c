/*
 * cmd_eval.c - `rasd eval`: how good is the extraction, in numbers.
 *
 *   rasd eval --gold GOLD.jsonl ARTICLES.jsonl...   the dev gold records
 *   rasd eval --arabic-events FILE.xml...           UniversalPetrarch sentences
 *   rasd eval --fakes FA-KES-Dataset.csv            FA-KES governorates and dates
 *
 * Articles go through the public API (rasd_extract, rasd_doc_to_json) and
 * the JSON is parsed back, so eval scores exactly what users get; the
 * scoring lives in src/eval/ (eval.h) and docs/EVAL.md explains every
 * figure.  Exit status: 0, 1 when a file cannot be read or a gold line is
 * not JSON, 2 for a bad command line, 3 when some articles were skipped.
 */
#include <dirent.h>
#include <errno.h>
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "../base/buf.h"
#include "../base/jsonr.h"
#include "../eval/eval.h"

/*
 * Call fn(ctx, path, line, o) for every JSON line of `path` (blank lines
 * skipped).  A line that is not one JSON value stops the read with
 * "<path>:<line>: not JSON" (-1); so does fn returning non-zero.
 */
static int each_json_line(const char *path, void *ctx,
			  int (*fn)(void *ctx, const char *path, long line, struct json_object *o))
{
	char *buf;
	size_t len, off = 0;
	long line = 0;
	int rc = 0;

	if (cli_read_file(path, 0, &buf, &len))
		return -1;
	while (off < len && !rc) {
		const char *s = buf + off;
		const char *nl = memchr(s, '\n', len - off);
		size_t n = nl ? (size_t)(nl - s) : len - off;
		struct json_object *o;
		rasd_err err;

		line++;
		off += n + (nl ? 1 : 0);
		memset(&err, 0, sizeof(err));
		rc = rasdp_json_parse(s, n, &o, &err);
		if (rc == RASD_EEMPTY) {
			rc = 0;
			continue;
		}
		if (rc) {
			err.line = line;
			cli_error_at(path, &err);
			rc = -1;
			break;
		}
		rc = fn(ctx, path, line, o);
		json_object_put(o);
	}
	free(buf);
	return rc;
}

/* ---- folds --------------------------------------------------------------- */

/*
 * gold/folds.tsv: `key  country  fold` per line, '#' comments, a header
 * line starting with "key".  The key is a gold record's incident, or its
 * id when it has none (a report of no violent event).
 */
struct folds {
	char *buf;
	char **key, **country, **fold;
	size_t n;
};

static void folds_release(struct folds *f)
{
	free(f->buf);
	free(f->key);
	free(f->country);
	free(f->fold);
	memset(f, 0, sizeof(*f));
}

static int folds_load(struct folds *f, const char *path)
{
	size_t len, lines = 1, i;
	char *p, *next;
	long line = 0;

	memset(f, 0, sizeof(*f));
	if (cli_read_file(path, 0, &f->buf, &len))
		return -1;
	for (i = 0; i < len; i++)
		lines += f->buf[i] == '\n';
	f->key = calloc(lines, sizeof(char *));
	f->country = calloc(lines, sizeof(char *));
	f->fold = calloc(lines, sizeof(char *));
	if (!f->key || !f->country || !f->fold) {
		cli_error("out of memory");
		folds_release(f);
		return -1;
	}
	for (p = f->buf; p && *p; p = next) {
		char *t1, *t2, *nl = strchr(p, '\n');

		next = nl ? nl + 1 : NULL;
		if (nl)
			*nl = '\0';
		line++;
		if (*p == '#' || !*p || !strncmp(p, "key\t", 4))
			continue;
		t1 = strchr(p, '\t');
		t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
		if (!t2 || strchr(t2 + 1, '\t') ||
		    (strcmp(t2 + 1, "dev") && strcmp(t2 + 1, "test"))) {
			cli_error("%s:%ld: not 'key<TAB>country<TAB>dev|test'", path, line);
			folds_release(f);
			return -1;
		}
		*t1 = *t2 = '\0';
		f->key[f->n] = p;
		f->country[f->n] = t1 + 1;
		f->fold[f->n] = t2 + 1;
		f->n++;
	}
	return 0;
}

/* The row of a gold record (by its incident, or its id), or -1. */
static long folds_find(const struct folds *f, struct json_object *gold)
{
	struct json_object *v;
	const char *key = NULL;
	size_t i;

	if (json_object_object_get_ex(gold, "incident", &v) && json_object_is_type(v, json_type_string))
		key = json_object_get_string(v);
	else if (json_object_object_get_ex(gold, "id", &v) && json_object_is_type(v, json_type_string))
		key = json_object_get_string(v);
	for (i = 0; key && i < f->n; i++)
		if (!strcmp(f->key[i], key))
			return (long)i;
	return -1;
}

/* ---- gold records -------------------------------------------------------- */

/* What the gold options select: files, and a fold of them. */
struct gold_sel {
	const struct folds *folds;  /* or NULL */
	const char *fold;           /* "dev", "test" or NULL: every record */
	struct rasdp_eval *ev;      /* scoring: records go here */
	char **ids;                 /* ids of the records kept (borrowed from `objs`) */
	struct json_object **objs;  /* the records kept, with their place */
	const char **paths;
	long *lines;
	size_t n, alloc;
};

static void gold_sel_release(struct gold_sel *g)
{
	size_t i;

	for (i = 0; i < g->n; i++)
		json_object_put(g->objs[i]);
	free(g->ids);
	free(g->objs);
	free(g->paths);
	free(g->lines);
}

/*
 * Keep one gold record: in the fold (when one is asked for), with its
 * country filled from the folds file when the record has none.
 */
static int gold_keep(void *ctx, const char *path, long line, struct json_object *o)
{
	struct gold_sel *g = ctx;
	struct json_object *v;
	long row = -1;

	if (!json_object_is_type(o, json_type_object) ||
	    !json_object_object_get_ex(o, "id", &v) || !json_object_is_type(v, json_type_string)) {
		cli_error("%s:%ld: gold record without a string \"id\"", path, line);
		return -1;
	}
	if (g->folds) {
		row = folds_find(g->folds, o);
		if (row < 0) {
			cli_error("%s:%ld: %s: its incident (or id) is not in the folds file", path,
				  line, json_object_get_string(v));
			return -1;
		}
		if (g->fold && strcmp(g->folds->fold[row], g->fold))
			return 0;
		if (!json_object_object_get_ex(o, "country", NULL))
			json_object_object_add(o, "country",
					       json_object_new_string(g->folds->country[row]));
	}
	if (g->n == g->alloc) {
		size_t na = g->alloc ? 2 * g->alloc : 64;
		char **ids = realloc(g->ids, na * sizeof(*ids));
		struct json_object **objs = ids ? realloc(g->objs, na * sizeof(*objs)) : NULL;
		const char **paths = objs ? realloc(g->paths, na * sizeof(*paths)) : NULL;
		long *lines = paths ? realloc(g->lines, na * sizeof(*lines)) : NULL;

		if (ids)
			g->ids = ids;
		if (objs)
			g->objs = objs;
		if (paths)
			g->paths = paths;
		if (!lines) {
			cli_error("out of memory");
			return -1;
		}
		g->lines = lines;
		g->alloc = na;
	}
	g->objs[g->n] = json_object_get(o);
	g->ids[g->n] = (char *)json_object_get_string(v);
	g->paths[g->n] = path;
	g->lines[g->n] = line;
	g->n++;
	if (g->ev) {
		rasd_err err;

		memset(&err, 0, sizeof(err));
		if (rasdp_eval_add_gold(g->ev, o, &err)) {
			err.line = line;
			cli_error_at(path, &err);
			return -1;
		}
	}
	return 0;
}

static int cmp_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * Read the gold records of every --gold (a JSONL file, or a folder whose
 * *.jsonl files are read in name order) into `g`.  `names` keeps the
 * expanded paths alive; the caller frees it with free_names().
 */
static int gold_read(const struct cli_list *gold, struct gold_sel *g, char ***names,
		     size_t *nnames)
{
	size_t na = 0;
	int i;

	*names = NULL;
	*nnames = 0;
	for (i = 0; i < gold->n; i++) {
		const char *path = gold->v[i];
		size_t first = *nnames;
		DIR *dir = opendir(path);
		struct dirent *de;

		if (!dir) {
			char **nn;

			/* not a folder: a file (a missing one is named when read) */
			if (*nnames == na) {
				na = na ? 2 * na : 16;
				nn = realloc(*names, na * sizeof(*nn));
				if (!nn)
					goto oom;
				*names = nn;
			}
			(*names)[(*nnames)++] = strdup(path);
			if (!(*names)[*nnames - 1])
				goto oom;
			continue;
		}
		while ((de = readdir(dir)) != NULL) {
			size_t l = strlen(de->d_name);
			char **nn, *full;

			if (l < 7 || strcmp(de->d_name + l - 6, ".jsonl") || de->d_name[0] == '.')
				continue;
			if (*nnames == na) {
				na = na ? 2 * na : 16;
				nn = realloc(*names, na * sizeof(*nn));
				if (!nn) {
					closedir(dir);
					goto oom;
				}
				*names = nn;
			}
			full = malloc(strlen(path) + l + 2);
			if (!full) {
				closedir(dir);
				goto oom;
			}
			memcpy(full, path, strlen(path));
			full[strlen(path)] = '/';
			memcpy(full + strlen(path) + 1, de->d_name, l + 1);
			(*names)[(*nnames)++] = full;
		}
		closedir(dir);
		if (*nnames == first) {
			cli_error("no *.jsonl gold files in '%s'", path);
			return -1;
		}
		qsort(*names + first, *nnames - first, sizeof(char *), cmp_name);
	}
	for (size_t k = 0; k < *nnames; k++)
		if (each_json_line((*names)[k], g, gold_keep))
			return -1;
	return 0;
oom:
	cli_error("out of memory");
	return -1;
}

static void free_names(char **names, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
}

/* Is `id` among `ids` (n, sorted by cmp_name)? */
static int has_id(char **ids, size_t n, const char *id)
{
	return id && n && bsearch(&id, ids, n, sizeof(char *), cmp_name) != NULL;
}

/* Extract every article of `path` and hand its JSON to the scorer. */
static int load_articles(const rasd_engine *e, struct rasdp_eval *ev, const char *path,
			 char **only, size_t nonly, int *skipped)
{
	rasd_err err = { 0 };
	rasd_reader *r = rasd_reader_open(path, RASD_FMT_JSONL, NULL, &err);
	int rc;

	if (!r) {
		cli_error_at(path, &err);
		return -1;
	}
	for (;;) {
		rasd_input in;
		rasd_doc *d;
		char *json = NULL;
		size_t json_len = 0;

		memset(&err, 0, sizeof(err));
		rc = rasd_reader_next(r, &in, &err);
		if (rc == 0)
			break;
		if (rc < 0) {
			cli_error_at(path, &err);
			if (rc == RASD_EIO) {
				rasd_reader_close(r);
				return -1;
			}
			(*skipped)++;
			continue;
		}
		/* with a fold, reports outside it are not even extracted */
		if (only && !has_id(only, nonly, in.id))
			continue;
		d = rasd_extract(e, &in, NULL, 0, &err);
		if (!d) {
			if (!err.line)
				err.line = rasd_reader_line(r);
			cli_error_at(path, &err);
			(*skipped)++;
			continue;
		}
		rc = rasd_doc_to_json(d, 0, &json, &json_len);
		rasd_doc_free(d);
		if (rc) {
			cli_error("%s:%ld: cannot write the extraction: %s", path, rasd_reader_line(r),
				  rasd_strerror(rc));
			(*skipped)++;
			continue;
		}
		memset(&err, 0, sizeof(err));
		if (rasdp_eval_add_doc(ev, json, json_len, in.text, in.text_len, &err)) {
			err.line = rasd_reader_line(r);
			cli_error_at(path, &err);
			(*skipped)++;
		}
		free(json);
	}
	rasd_reader_close(r);
	return 0;
}

static int emit(char *out, size_t len)
{
	fwrite(out, 1, len, stdout);
	free(out);
	if (fflush(stdout)) {
		cli_error("cannot write output");
		return EXIT_FAIL;
	}
	return 0;
}

/* The gold options of one run. */
struct gold_opts {
	struct cli_list gold;       /* --gold FILE|DIR, repeated */
	const char *folds;          /* --folds FILE */
	const char *fold;           /* --fold dev|test */
};

/* Read the folds (when given) and the selected gold records into `g`. */
static int gold_open(const struct gold_opts *go, struct folds *f, struct gold_sel *g,
		     char ***names, size_t *nnames)
{
	memset(f, 0, sizeof(*f));
	if (go->folds && folds_load(f, go->folds))
		return -1;
	g->folds = go->folds ? f : NULL;
	g->fold = go->fold;
	return gold_read(&go->gold, g, names, nnames);
}

/* A sorted copy of the kept ids, for has_id(); NULL when out of memory. */
static char **sorted_ids(const struct gold_sel *g)
{
	char **v = malloc((g->n + 1) * sizeof(*v));

	if (!v)
		return NULL;
	memcpy(v, g->ids, g->n * sizeof(*v));
	qsort(v, g->n, sizeof(*v), cmp_name);
	return v;
}

static int run_gold(const char *datadir, const struct gold_opts *go, int nin, char **argv,
		    unsigned flags)
{
	struct rasdp_eval *ev = rasdp_eval_new(NULL);
	struct gold_sel g;
	struct folds f;
	rasd_engine *e = NULL;
	char **names = NULL, **ids = NULL;
	size_t nnames = 0;
	int i, skipped = 0, rc = EXIT_FAIL;
	char *out = NULL;
	size_t len = 0;

	memset(&g, 0, sizeof(g));
	if (!ev) {
		cli_error("out of memory");
		return EXIT_FAIL;
	}
	g.ev = ev;
	/* gold first: a broken gold file is named before the lexicons load */
	if (gold_open(go, &f, &g, &names, &nnames))
		goto out;
	ids = sorted_ids(&g);
	e = ids ? cli_engine(datadir) : NULL;
	if (!e)
		goto out;
	rasdp_eval_set_engine(ev, e);
	for (i = 0; i < nin; i++)
		if (load_articles(e, ev, argv[i], go->fold ? ids : NULL, g.n, &skipped))
			goto out;
	rc = rasdp_eval_run(ev, NULL, flags, &out, &len);
	if (rc) {
		cli_error("cannot score: %s", rasd_strerror(rc));
		rc = EXIT_FAIL;
		goto out;
	}
	rc = emit(out, len);
	if (!rc && skipped)
		rc = EXIT_PARTIAL;
out:
	rasdp_eval_free(ev);
	rasd_engine_free(e);
	gold_sel_release(&g);
	folds_release(&f);
	free_names(names, nnames);
	free(ids);
	return rc;
}

/*
 * `rasd eval --check`: every selected gold record against its report's
 * text (rasdp_gold_check), each id once, every report of the articles
 * labelled (unless a fold selects part of them).  Problems are printed as
 * "rasd: <gold file>:<line>: <what>"; a summary goes to standard output.
 */
static int run_check(const char *datadir, const struct gold_opts *go, int nin, char **argv)
{
	struct gold_sel g;
	struct folds f;
	struct rasd_buf probs = RASD_BUF_INIT;
	rasd_engine *e = NULL;
	char **names = NULL, **ids = NULL, **aid = NULL;
	char **atext = NULL;
	size_t *alen = NULL, na = 0, aalloc = 0, nnames = 0, i, k;
	size_t nev = 0, ncl = 0, npart = 0, ndisp = 0, nprob = 0;
	int rc = EXIT_FAIL, a;

	memset(&g, 0, sizeof(g));
	if (gold_open(go, &f, &g, &names, &nnames))
		goto out;
	ids = sorted_ids(&g);
	e = ids ? cli_engine(datadir) : NULL;
	if (!e)
		goto out;
	for (i = 1; i < g.n; i++)
		if (!strcmp(ids[i - 1], ids[i])) {
			cli_error("gold: report '%s' has more than one record", ids[i]);
			nprob++;
		}
	/* the texts, by id */
	for (a = 0; a < nin; a++) {
		rasd_err err = { 0 };
		rasd_reader *r = rasd_reader_open(argv[a], RASD_FMT_JSONL, NULL, &err);
		rasd_input in;
		int got;

		if (!r) {
			cli_error_at(argv[a], &err);
			goto out;
		}
		while ((got = rasd_reader_next(r, &in, &err)) != 0) {
			if (got < 0) {
				cli_error_at(argv[a], &err);
				rasd_reader_close(r);
				goto out;
			}
			if (na == aalloc) {
				size_t nal = aalloc ? 2 * aalloc : 256;
				char **ni = realloc(aid, nal * sizeof(*ni));
				char **nt = ni ? realloc(atext, nal * sizeof(*nt)) : NULL;
				size_t *nl = nt ? realloc(alen, nal * sizeof(*nl)) : NULL;

				if (ni)
					aid = ni;
				if (nt)
					atext = nt;
				if (!nl) {
					rasd_reader_close(r);
					cli_error("out of memory");
					goto out;
				}
				alen = nl;
				aalloc = nal;
			}
			aid[na] = strdup(in.id ? in.id : "");
			atext[na] = malloc(in.text_len + 1);
			if (!aid[na] || !atext[na]) {
				free(aid[na]);
				free(atext[na]);
				rasd_reader_close(r);
				cli_error("out of memory");
				goto out;
			}
			memcpy(atext[na], in.text, in.text_len);
			atext[na][in.text_len] = '\0';
			alen[na] = in.text_len;
			na++;
			if (!go->fold && !has_id(ids, g.n, in.id)) {
				cli_error("%s:%ld: report '%s' has no gold record", argv[a],
					  rasd_reader_line(r), in.id ? in.id : "");
				nprob++;
			}
		}
		rasd_reader_close(r);
	}
	for (i = 0; i < g.n; i++) {
		struct json_object *o = g.objs[i], *evs, *ds;
		int n;

		for (k = 0; k < na && strcmp(aid[k], g.ids[i]); k++)
			;
		if (k == na) {
			cli_error("%s:%ld: %s: no report with this id in the articles", g.paths[i],
				  g.lines[i], g.ids[i]);
			nprob++;
			continue;
		}
		rasd_buf_reset(&probs);
		n = rasdp_gold_check(e, o, atext[k], alen[k], &probs);
		if (n < 0) {
			cli_error("out of memory");
			goto out;
		}
		if (n) {
			const char *p = probs.buf, *nl;

			for (; (nl = strchr(p, '\n')) != NULL; p = nl + 1)
				fprintf(stderr, "rasd: %s:%ld: %.*s\n", g.paths[i], g.lines[i],
					(int)(nl - p), p);
			nprob += (size_t)n;
		}
		if (json_object_object_get_ex(o, "events", &evs) &&
		    json_object_is_type(evs, json_type_array)) {
			size_t j, ne = json_object_array_length(evs);

			nev += ne;
			for (j = 0; j < ne; j++) {
				struct json_object *x = json_object_array_get_idx(evs, j), *v;

				if (json_object_object_get_ex(x, "claims", &v) &&
				    json_object_is_type(v, json_type_array))
					ncl += json_object_array_length(v);
				if (json_object_object_get_ex(x, "participants", &v) &&
				    json_object_is_type(v, json_type_array))
					npart += json_object_array_length(v);
			}
		}
		if (json_object_object_get_ex(o, "disputes", &ds) &&
		    json_object_is_type(ds, json_type_array))
			ndisp += json_object_array_length(ds);
	}
	printf("gold check: %zu records in %zu files: %zu events, %zu claims, %zu participants, "
	       "%zu disputes: ", g.n, nnames, nev, ncl, npart, ndisp);
	if (nprob)
		printf("%zu problem%s\n", nprob, nprob == 1 ? "" : "s");
	else
		printf("no problems\n");
	rc = nprob ? EXIT_FAIL : 0;
out:
	for (i = 0; i < na; i++) {
		free(aid[i]);
		free(atext[i]);
	}
	free(aid);
	free(atext);
	free(alen);
	rasd_buf_release(&probs);
	rasd_engine_free(e);
	gold_sel_release(&g);
	folds_release(&f);
	free_names(names, nnames);
	free(ids);
	return rc;
}

static int run_arabic(const char *datadir, int nin, char **argv, unsigned flags)
{
	struct rasdp_arabic_scores s;
	char *out = NULL;
	size_t len = 0;
	rasd_engine *e = cli_engine(datadir);
	int i, rc;

	if (!e)
		return EXIT_FAIL;
	memset(&s, 0, sizeof(s));
	for (i = 0; i < nin; i++) {
		rasd_err err = { 0 };

		if (rasdp_eval_arabic_file(e, argv[i], &s, &err)) {
			cli_error("%s", err.msg);
			rasd_engine_free(e);
			return EXIT_FAIL;
		}
	}
	rasd_engine_free(e);
	rc = rasdp_eval_arabic_render(&s, flags, &out, &len);
	if (rc) {
		cli_error("cannot render: %s", rasd_strerror(rc));
		return EXIT_FAIL;
	}
	return emit(out, len);
}

/* Read the whole CSV once without scoring, so a malformed file fails fast. */
static int check_csv(const char *path, const char *buf, size_t len)
{
	struct rasdp_csv c;
	rasd_err err = { 0 };
	int rc;

	rasdp_csv_init(&c, buf, len);
	while ((rc = rasdp_csv_next(&c, &err)) > 0)
		;
	rasdp_csv_release(&c);
	if (rc < 0) {
		cli_error_at(path, &err);
		return -1;
	}
	return 0;
}

static int run_fakes(const char *datadir, const char *path, unsigned flags)
{
	struct rasdp_fakes_scores s;
	rasd_err err = { 0 };
	char *buf, *out = NULL;
	size_t len, olen = 0;
	rasd_engine *e;
	int rc;

	if (cli_read_file(path, 0, &buf, &len))
		return EXIT_FAIL;
	if (check_csv(path, buf, len)) {
		free(buf);
		return EXIT_FAIL;
	}
	e = cli_engine(datadir);
	if (!e) {
		free(buf);
		return EXIT_FAIL;
	}
	memset(&s, 0, sizeof(s));
	rc = rasdp_eval_fakes(e, buf, len, &s, &err);
	rasd_engine_free(e);
	free(buf);
	if (rc) {
		cli_error_at(path, &err);
		return EXIT_FAIL;
	}
	rc = rasdp_eval_fakes_render(&s, flags, &out, &olen);
	if (rc) {
		cli_error("cannot render: %s", rasd_strerror(rc));
		return EXIT_FAIL;
	}
	return emit(out, olen);
}

static int readable(const char *path)
{
	FILE *f;

	if (!path || !strcmp(path, "-"))
		return 1;
	f = fopen(path, "rb");
	if (!f) {
		cli_error("cannot open '%s': %s", path, strerror(errno));
		return 0;
	}
	fclose(f);
	return 1;
}

int cmd_eval(int argc, char **argv)
{
	const char *datadir = NULL, *fakes = NULL;
	struct gold_opts go;
	int json = 0, verbose = 0, arabic = 0, help = 0, check = 0, slices = 0, nin, modes, rc, i;
	const struct cli_opt opts[] = {
		{ "gold", 'g', OPT_LIST, &go.gold, "FILE|DIR", "gold records (JSONL, or a folder of *.jsonl; repeatable); articles are the arguments" },
		{ "folds", 0, OPT_STRING, &go.folds, "FILE", "folds of the gold records (gold/folds.tsv): key, country, dev|test" },
		{ "fold", 0, OPT_STRING, &go.fold, "dev|test", "score (or check) only the records of this fold (needs --folds)" },
		{ "check", 0, OPT_FLAG, &check, NULL, "check the gold records against the articles' texts instead of scoring" },
		{ "slices", 0, OPT_FLAG, &slices, NULL, "also print every figure per language, country and outlet kind" },
		{ "arabic-events", 0, OPT_FLAG, &arabic, NULL, "score event types and actor spans on UniversalPetrarch XML files (the arguments)" },
		{ "fakes", 0, OPT_STRING, &fakes, "FILE", "score governorates and dates on the FA-KES CSV" },
		{ "data", 'd', OPT_STRING, &datadir, "DIR", "lexicon and gazetteer folder (default: built-in data/)" },
		{ "json", 0, OPT_FLAG, &json, NULL, "print the figures as one JSON object" },
		{ "verbose", 'v', OPT_FLAG, &verbose, NULL, "also list per-report misses (with --gold)" },
		{ 0 },
	};
	const char *usage = "rasd eval --gold GOLD [--folds F --fold dev|test] [--check] ARTICLES.jsonl... | --arabic-events FILE.xml... | --fakes FILE.csv";
	unsigned flags;

	memset(&go, 0, sizeof(go));
	nin = cli_parse(argc, argv, opts, usage,
			"Score extraction: against gold records (claims, events, incidents, "
			"disputes, false events), on Arabic event sentences, or on FA-KES "
			"(docs/EVAL.md describes every figure); or check gold records.", &help);
	if (nin < 0)
		return help ? 0 : EXIT_USAGE;
	modes = (go.gold.n > 0) + (arabic != 0) + (fakes != NULL);
	if (modes != 1) {
		cli_error(modes ? "give only one of --gold, --arabic-events, --fakes"
				: "nothing to score; give --gold, --arabic-events or --fakes");
		return EXIT_USAGE;
	}
	if ((go.gold.n || arabic) && nin == 0) {
		cli_error(go.gold.n ? "no articles; give the articles JSONL after --gold FILE"
				    : "no XML files to score");
		return EXIT_USAGE;
	}
	if (fakes && nin) {
		cli_error("unexpected argument '%s' with --fakes", argv[0]);
		return EXIT_USAGE;
	}
	if (go.fold && (!go.folds || (strcmp(go.fold, "dev") && strcmp(go.fold, "test")))) {
		cli_error(go.folds ? "--fold is dev or test, not '%s'" : "--fold %s needs --folds FILE",
			  go.fold);
		return EXIT_USAGE;
	}
	if ((check || go.folds || slices) && !go.gold.n) {
		cli_error("--check, --folds and --slices go with --gold");
		return EXIT_USAGE;
	}
	flags = (json ? RASDP_EVAL_JSON : 0) | (verbose ? RASDP_EVAL_VERBOSE : 0) |
		(slices ? RASDP_EVAL_SLICES : 0);
	/* name an unreadable input before spending time on the lexicons */
	for (i = 0; i < go.gold.n; i++)
		if (!readable(go.gold.v[i]))
			return EXIT_FAIL;
	if ((fakes && !readable(fakes)) || (go.folds && !readable(go.folds)))
		return EXIT_FAIL;
	for (i = 0; i < nin; i++)
		if (!readable(argv[i]))
			return EXIT_FAIL;
	if (check)
		rc = run_check(datadir, &go, nin, argv);
	else if (go.gold.n)
		rc = run_gold(datadir, &go, nin, argv, flags);
	else if (arabic)
		rc = run_arabic(datadir, nin, argv, flags);
	else
		rc = run_fakes(datadir, fakes, flags);
	return rc;
}
