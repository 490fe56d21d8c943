/*
 * goldset.c - the gold records a command scores or trains on: `--gold`
 * files and folders, the folds file and the fold chosen, and the articles
 * extracted for them (shared by `rasd eval` and `rasd train`).
 *
 * A record is kept when its incident (or its id, for a report of no
 * violent event) is in the chosen fold; its country is filled in from the
 * folds file when it has none.  With a fold, only the articles of kept
 * records are extracted at all, so the other fold is never even read past
 * its ids.
 */
#include <dirent.h>
#include <errno.h>
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
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


struct cli_goldset {
	struct folds f;
	struct gold_sel g;
	char **names;
	size_t nnames;
	char **ids;                 /* sorted copy of g.ids */
	const char *fold;
};

struct cli_goldset *cli_goldset_open(const struct cli_list *gold, const char *folds,
				     const char *fold, struct rasdp_eval *ev)
{
	struct cli_goldset *gs = calloc(1, sizeof(*gs));
	struct gold_opts go;

	if (!gs) {
		cli_error("out of memory");
		return NULL;
	}
	go.gold = *gold;
	go.folds = folds;
	go.fold = fold;
	gs->fold = fold;
	gs->g.ev = ev;
	if (gold_open(&go, &gs->f, &gs->g, &gs->names, &gs->nnames)) {
		cli_goldset_close(gs);
		return NULL;
	}
	gs->ids = sorted_ids(&gs->g);
	if (!gs->ids) {
		cli_error("out of memory");
		cli_goldset_close(gs);
		return NULL;
	}
	return gs;
}

void cli_goldset_close(struct cli_goldset *gs)
{
	if (!gs)
		return;
	gold_sel_release(&gs->g);
	folds_release(&gs->f);
	free_names(gs->names, gs->nnames);
	free(gs->ids);
	free(gs);
}

int cli_goldset_articles(struct cli_goldset *gs, const rasd_engine *e, struct rasdp_eval *ev,
			 const char *path, int *skipped)
{
	return load_articles(e, ev, path, gs->fold ? gs->ids : NULL, gs->g.n, skipped);
}

size_t cli_goldset_count(const struct cli_goldset *gs, size_t *nfiles)
{
	if (nfiles)
		*nfiles = gs->nnames;
	return gs->g.n;
}

struct json_object *cli_goldset_record(const struct cli_goldset *gs, size_t i, const char **id,
				       const char **path, long *line)
{
	*id = gs->g.ids[i];
	*path = gs->g.paths[i];
	*line = gs->g.lines[i];
	return gs->g.objs[i];
}

int cli_goldset_has(const struct cli_goldset *gs, const char *id)
{
	return has_id(gs->ids, gs->g.n, id);
}

const char *cli_goldset_duplicate(const struct cli_goldset *gs, size_t *from)
{
	size_t i;

	for (i = *from ? *from : 1; i < gs->g.n; i++) {
		if (!strcmp(gs->ids[i - 1], gs->ids[i])) {
			*from = i + 1;
			return gs->ids[i];
		}
	}
	*from = gs->g.n;
	return NULL;
}

struct cli_goldset *cli_goldset_load(const struct cli_list *gold, const char *folds,
				     const char *fold, const char *datadir,
				     struct rasdp_eval *ev, int nin, char **argv,
				     rasd_engine **engine, int *skipped)
{
	/* gold first: a broken gold file is named before the lexicons load */
	struct cli_goldset *gs = cli_goldset_open(gold, folds, fold, ev);
	int i;

	*engine = gs ? cli_engine(datadir) : NULL;
	if (!*engine) {
		cli_goldset_close(gs);
		return NULL;
	}
	rasdp_eval_set_engine(ev, *engine);
	for (i = 0; i < nin; i++) {
		if (cli_goldset_articles(gs, *engine, ev, argv[i], skipped)) {
			cli_goldset_close(gs);
			rasd_engine_free(*engine);
			*engine = NULL;
			return NULL;
		}
	}
	return gs;
}
