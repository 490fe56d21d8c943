/*
 * cmd_ingest.c - `rasd ingest`: store reports and their extraction.
 *
 * Inputs are files, folders (walked recursively, in name order, hidden
 * entries skipped), and http(s) URLs of feeds or pages.  A file is read by
 * its extension (.jsonl/.ndjson/.json, .txt, .html/.htm, .xml/.rss/.atom),
 * else by its content.  Each report is extracted (stages 1-6) and stored
 * with its extraction, events and claims in one transaction, so a killed
 * ingest leaves only whole documents, and running it again stores the
 * rest: a report whose text is stored already is "unchanged".
 *
 * Each stored report is flagged pending in its own transaction; after the
 * reports, the incidents of the blocks their events fall in are updated
 * (src/incident/recompute.c), together with those of any report an
 * earlier run left pending (killed, or --no-incidents).  When the stored
 * incidents disagree with the clustering (stored by another version of it)
 * the update rebuilds them all and says so; --rebuild-incidents asks for
 * that directly.  The store records the clustering its incidents were
 * made by (the blocking rules, the link and disagree weights): when this
 * rasd's differs, every incident is rebuilt up front, and ingest says so.
 *
 * A bad record is reported as "rasd: <file>:<line>: <what>" and skipped;
 * the exit status is then EXIT_PARTIAL.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "../extract/engine.h"
#include "../model/model.h"
#include "../incident/recompute.h"
#include "../io/io.h"
#include "../store/store.h"

struct ingest {
	rasd_engine *e;
	struct rasd_store *s;
	rasd_limits lim;
	int quiet;
	long inserted, replaced, unchanged, skipped;
	int fatal;
	struct pool *pool;
};

/*
 * Reports are extracted in batches by a pool of threads (extraction, JSON
 * and the search body are pure functions of one report); the main thread
 * then stores them in input order, one transaction each.
 */
#define BATCH 256

struct job {
	rasd_input in;
	char *owned;               /* copies of the input strings, one block */
	char *name;                /* input name for messages */
	long line;
	char *json;
	size_t json_len;
	struct rasd_store_rec rec;
	rasd_err err;
	int failed;
};

struct pool {
	struct ingest *g;
	struct job jobs[BATCH];
	size_t njobs;
	int nthreads;
};

static void run_job(struct ingest *g, struct job *j)
{
	rasd_doc *d = rasd_extract(g->e, &j->in, &g->lim, 0, &j->err);
	int rc;

	if (!d) {
		j->failed = 1;
		return;
	}
	rc = rasd_doc_to_json(d, 0, &j->json, &j->json_len);
	rasd_doc_free(d);
	if (rc) {
		j->failed = 1;
		j->err.code = rc;
		j->err.byte_offset = -1;
		snprintf(j->err.msg, sizeof(j->err.msg), "cannot write the extraction: %s",
			 rasd_strerror(rc));
		return;
	}
	if (rasdp_store_rec_parse(&j->rec, j->json, j->json_len, j->in.text, j->in.text_len,
				  &j->err))
		j->failed = 1;
}

static void run_one(void *ctx, size_t i)
{
	struct pool *p = ctx;

	run_job(p->g, &p->jobs[i]);
}

static void store_job(struct ingest *g, struct job *j)
{
	int rc, result = 0;

	if (j->failed) {
		if (!j->err.line)
			j->err.line = j->line;
		cli_error_at(j->name, &j->err);
		g->skipped++;
		if (j->err.code == RASD_ENOMEM)
			g->fatal = 1;
		return;
	}
	rc = rasdp_store_put(g->s, &j->rec, &result, &j->err);
	if (rc) {
		if (!j->err.line)
			j->err.line = j->line;
		cli_error_at(j->name, &j->err);
		g->skipped++;
		g->fatal = 1;
	} else if (result == RASD_PUT_UNCHANGED) {
		g->unchanged++;
	} else if (result == RASD_PUT_REPLACED) {
		g->replaced++;
	} else {
		g->inserted++;
	}
}

static void flush(struct pool *p)
{
	size_t i;

	cli_parallel(p->njobs, p->nthreads - 1, run_one, p);
	for (i = 0; i < p->njobs; i++) {
		struct job *j = &p->jobs[i];

		if (!p->g->fatal)
			store_job(p->g, j);
		rasdp_store_rec_release(&j->rec);
		free(j->json);
		free(j->owned);
		free(j->name);
	}
	p->njobs = 0;
}

/* Queue one report (its strings are copied); errors are reported at name:line. */
static void one(struct ingest *g, const rasd_input *in, const char *name, long line)
{
	struct pool *p = g->pool;
	struct job *j = &p->jobs[p->njobs];

	memset(j, 0, sizeof(*j));
	j->name = strdup(name);
	if (!j->name || cli_copy_input(&j->in, &j->owned, in)) {
		free(j->name);
		cli_error("out of memory");
		g->fatal = 1;
		return;
	}
	j->line = line;
	p->njobs++;
	if (p->njobs == BATCH)
		flush(p);
}

/* ---- readers --------------------------------------------------------- */

enum kind { K_NONE, K_JSONL, K_TEXT, K_HTML, K_FEED };

static enum kind by_name(const char *path)
{
	const char *dot = strrchr(path, '.'), *slash = strrchr(path, '/');

	if (!dot || (slash && dot < slash))
		return K_NONE;
	if (!strcasecmp(dot, ".jsonl") || !strcasecmp(dot, ".ndjson") || !strcasecmp(dot, ".json"))
		return K_JSONL;
	if (!strcasecmp(dot, ".txt") || !strcasecmp(dot, ".text"))
		return K_TEXT;
	if (!strcasecmp(dot, ".html") || !strcasecmp(dot, ".htm"))
		return K_HTML;
	if (!strcasecmp(dot, ".xml") || !strcasecmp(dot, ".rss") || !strcasecmp(dot, ".atom"))
		return K_FEED;
	return K_NONE;
}

static enum kind by_content(const char *s, size_t len)
{
	size_t i = 0;

	if (len >= 3 && !memcmp(s, "\xef\xbb\xbf", 3))
		i = 3;
	while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
		i++;
	if (i < len && s[i] == '{')
		return K_JSONL;
	if (rasdp_looks_like_feed(s, len))
		return K_FEED;
	if (rasdp_looks_like_html(s, len))
		return K_HTML;
	return K_TEXT;
}

static void web_input(const struct rasd_webdoc *w, rasd_input *in)
{
	memset(in, 0, sizeof(*in));
	in->title = w->title;
	in->published = w->published;
	in->outlet = w->outlet;
	in->url = w->url;
	in->lang = w->lang;
	in->text = w->text;
	in->text_len = w->text_len;
}

static void html_doc(struct ingest *g, const char *buf, size_t len, const char *name,
		     const char *url)
{
	struct rasd_webdoc w;
	rasd_err err;
	rasd_input in;

	memset(&err, 0, sizeof(err));
	if (rasdp_html_extract(buf, len, url, &w, &err)) {
		cli_error_at(name, &err);
		g->skipped++;
		return;
	}
	web_input(&w, &in);
	one(g, &in, name, 0);
	rasdp_webdoc_release(&w);
}

struct feed_ctx {
	struct ingest *g;
	const char *name;
};

static int feed_item(void *ctx, const struct rasd_webdoc *w, long line)
{
	struct feed_ctx *f = ctx;
	rasd_input in;

	if (!w->text || !w->text_len) {
		rasd_err err;

		memset(&err, 0, sizeof(err));
		err.line = line;
		err.byte_offset = -1;
		snprintf(err.msg, sizeof(err.msg), "feed item without text");
		cli_error_at(f->name, &err);
		f->g->skipped++;
		return 0;
	}
	web_input(w, &in);
	one(f->g, &in, f->name, line);
	return f->g->fatal;
}

static void feed_doc(struct ingest *g, const char *buf, size_t len, const char *name,
		     const char *url)
{
	struct feed_ctx f = { g, name };
	rasd_err err;

	memset(&err, 0, sizeof(err));
	if (rasdp_feed_parse(buf, len, url, feed_item, &f, &err) < 0) {
		cli_error_at(name, &err);
		g->skipped++;
	}
}

/* Title of a plain-text report: its first non-blank line, when short. */
static char *first_line(const char *s, size_t len)
{
	size_t i = 0, j;
	char *t;

	while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
		i++;
	for (j = i; j < len && s[j] != '\n' && s[j] != '\r'; j++)
		;
	while (j > i && (s[j - 1] == ' ' || s[j - 1] == '\t'))
		j--;
	if (j == i || j - i > 400)
		return NULL;
	t = malloc(j - i + 1);
	if (!t)
		return NULL;
	memcpy(t, s + i, j - i);
	t[j - i] = '\0';
	return t;
}

static void reader_doc(struct ingest *g, const char *path, enum kind k)
{
	rasd_err err;
	rasd_reader *r;

	memset(&err, 0, sizeof(err));
	r = rasd_reader_open(path, k == K_JSONL ? RASD_FMT_JSONL : RASD_FMT_TEXT, &g->lim, &err);
	if (!r) {
		cli_error_at(path, &err);
		g->skipped++;
		return;
	}
	while (!g->fatal) {
		rasd_input in;
		char *title = NULL;
		int rc;

		memset(&err, 0, sizeof(err));
		rc = rasd_reader_next(r, &in, &err);
		if (rc == 0)
			break;
		if (rc < 0) {
			cli_error_at(path, &err);
			g->skipped++;
			if (rc == RASD_EIO)
				break;
			continue;
		}
		if (k == K_TEXT && !in.title) {
			title = first_line(in.text, in.text_len);
			in.title = title;
		}
		one(g, &in, path, rasd_reader_line(r));
		free(title);
	}
	rasd_reader_close(r);
}

static void url_input(struct ingest *g, const char *url)
{
	rasd_err err;
	char *body = NULL, *final = NULL;
	size_t len = 0;

	memset(&err, 0, sizeof(err));
	if (rasdp_fetch(url, g->lim.max_line, 60, &body, &len, &final, &err)) {
		cli_error_at(url, &err);
		g->skipped++;
		return;
	}
	switch (by_content(body, len)) {
	case K_FEED:
		feed_doc(g, body, len, url, final);
		break;
	case K_HTML:
		html_doc(g, body, len, url, final);
		break;
	default: {
		/* A plain-text or JSON body: store it as one plain-text report. */
		rasd_input in;
		char *title = first_line(body, len);

		memset(&in, 0, sizeof(in));
		in.url = final;
		in.title = title;
		in.text = body;
		in.text_len = len;
		one(g, &in, url, 0);
		free(title);
		break;
	}
	}
	free(body);
	free(final);
}

static void file_input(struct ingest *g, const char *path, enum kind k)
{
	char *buf = NULL;
	size_t len = 0;

	if (k == K_NONE || k == K_HTML || k == K_FEED) {
		if (k == K_NONE) {
			/* Peek at the start to decide. */
			FILE *f = fopen(path, "rb");
			char head[4096];
			size_t n;

			if (!f) {
				cli_error("cannot open '%s': %s", path, strerror(errno));
				g->skipped++;
				return;
			}
			n = fread(head, 1, sizeof(head), f);
			fclose(f);
			k = by_content(head, n);
			if (k == K_JSONL || k == K_TEXT) {
				reader_doc(g, path, k);
				return;
			}
		}
		if (cli_read_file(path, g->lim.max_line, &buf, &len)) {
			g->skipped++;
			return;
		}
		if (k == K_FEED) {
			if (!rasdp_looks_like_feed(buf, len) && rasdp_looks_like_html(buf, len))
				html_doc(g, buf, len, path, NULL);
			else
				feed_doc(g, buf, len, path, NULL);
		} else {
			html_doc(g, buf, len, path, NULL);
		}
		free(buf);
		return;
	}
	reader_doc(g, path, k);
}

static void dir_input(struct ingest *g, const char *path)
{
	struct cli_paths files = { 0 };
	int i, skipped = 0;

	if (cli_folder_files(path, &files, &skipped)) {
		g->fatal = 1;
	} else if (!files.n && !skipped) {
		cli_error("'%s': no report files in this folder (.jsonl, .json, .ndjson, "
			  ".txt, .html, .xml, .rss, .atom)", path);
		skipped++;
	}
	g->skipped += skipped;
	for (i = 0; i < files.n && !g->fatal; i++)
		file_input(g, files.v[i], by_name(files.v[i]));
	cli_paths_release(&files);
}

static void input(struct ingest *g, const char *arg)
{
	struct stat st;

	if (rasdp_is_http_url(arg)) {
		url_input(g, arg);
		return;
	}
	if (!strcmp(arg, "-")) {
		reader_doc(g, arg, K_JSONL);
		return;
	}
	if (stat(arg, &st) != 0) {
		cli_error("cannot open '%s': %s", arg, strerror(errno));
		g->skipped++;
		return;
	}
	if (S_ISDIR(st.st_mode))
		dir_input(g, arg);
	else
		file_input(g, arg, by_name(arg));
}

int cmd_ingest(int argc, char **argv)
{
	const char *datadir = NULL, *db = NULL;
	int help = 0, quiet = 0, no_incidents = 0, rebuild = 0, nthreads = 0, nin, i, rc = 0;
	size_t max_doc = 0, max_line = 0, nincs = 0;
	const struct cli_opt opts[] = {
		{ "db", 0, OPT_STRING, &db, "PATH|URL", "SQLite file or postgres:// URL (default $RASD_DB or rasd.db)" },
		{ "data", 'd', OPT_STRING, &datadir, "DIR", "lexicon and gazetteer folder (default: built-in data/)" },
		{ "max-doc", 0, OPT_SIZE, &max_doc, "SIZE", "largest report accepted (default 16M)" },
		{ "max-line", 0, OPT_SIZE, &max_line, "SIZE", "longest JSONL line or fetched page/feed (default 64M)" },
		{ "threads", 'j', OPT_THREADS, &nthreads, "N", "extraction and clustering threads, 1 to 64 (default: number of cores)" },
		{ "no-incidents", 0, OPT_FLAG, &no_incidents, NULL, "leave the incidents pending (the next ingest or server start updates them)" },
		{ "rebuild-incidents", 0, OPT_FLAG, &rebuild, NULL, "rebuild every stored incident (after a change of the clustering); inputs optional" },
		{ "quiet", 'q', OPT_FLAG, &quiet, NULL, "no summary line" },
		{ 0 },
	};
	const char *usage = "rasd ingest [options] FILE|DIR|URL...";
	struct ingest g;
	rasd_err err;

	nin = cli_parse(argc, argv, opts, usage,
			"Store reports (JSONL, text, HTML pages, RSS/Atom feeds; files, folders or "
			"http(s) URLs) with their extraction, then recompute incidents.", &help);
	if (nin < 0)
		return help ? 0 : EXIT_USAGE;
	if (nin == 0 && !rebuild) {
		cli_error("no input; give files, folders, URLs or '-'");
		return EXIT_USAGE;
	}
	if (!db)
		db = getenv("RASD_DB");
	if (!db || !*db)
		db = "rasd.db";
	memset(&g, 0, sizeof(g));
	g.quiet = quiet;
	rasd_limits_default(&g.lim);
	if (max_doc)
		g.lim.max_doc = max_doc;
	if (max_line)
		g.lim.max_line = max_line;
	memset(&err, 0, sizeof(err));
	g.s = rasdp_store_open(db, &err);
	if (!g.s) {
		cli_error("%s", err.msg[0] ? err.msg : rasd_strerror(err.code));
		return EXIT_FAIL;
	}
	g.e = cli_engine(datadir);
	if (!g.e) {
		rasdp_store_close(g.s);
		return EXIT_FAIL;
	}
	if (!no_incidents) {
		int stale = 0;

		if (rasdp_incidents_check_version(g.s, rasdp_engine_models(g.e), &stale, &err)) {
			cli_error("cannot check the stored incidents: %s",
				  err.msg[0] ? err.msg : rasd_strerror(err.code));
			rasd_engine_free(g.e);
			rasdp_store_close(g.s);
			return EXIT_FAIL;
		}
		if (stale && !rebuild)
			fprintf(stderr, "rasd: the stored incidents were made by another clustering"
				" (link or disagree weights, or blocking rules): rebuilding every"
				" incident\n");
	}
	g.pool = calloc(1, sizeof(*g.pool));
	if (!g.pool) {
		cli_error("out of memory");
		rasd_engine_free(g.e);
		rasdp_store_close(g.s);
		return EXIT_FAIL;
	}
	if (nthreads <= 0) {
		long nc = sysconf(_SC_NPROCESSORS_ONLN);

		nthreads = nc > 0 ? (int)nc : 1;
	}
	g.pool->g = &g;
	g.pool->nthreads = nthreads > 64 ? 64 : nthreads;
	for (i = 0; i < nin && !g.fatal; i++)
		input(&g, argv[i]);
	flush(g.pool);
	free(g.pool);
	if (!no_incidents && !g.fatal) {
		memset(&err, 0, sizeof(err));
		int rebuilt = 0;

		rc = rebuild ? rasdp_store_incidents_reset(g.s, &err) : 0;
		if (!rc)
			rc = rasdp_incidents_update_ex(g.s, rasdp_engine_models(g.e), nthreads, &nincs,
					       &rebuilt, &err);
		if (rebuilt && !rebuild)
			fprintf(stderr, "rasd: the stored incidents disagreed with the clustering"
				" (stored by another version?): rebuilt every incident\n");
		if (rc) {
			cli_error("cannot recompute incidents: %s",
				  err.msg[0] ? err.msg : rasd_strerror(rc));
			g.fatal = 1;
		}
	}
	if (!quiet)
		printf("ingested %ld new, %ld replaced, %ld unchanged, %ld skipped; %zu incidents updated\n",
		       g.inserted, g.replaced, g.unchanged, g.skipped, nincs);
	rasd_engine_free(g.e);
	rasdp_store_close(g.s);
	if (g.fatal)
		return EXIT_FAIL;
	return g.skipped ? EXIT_PARTIAL : 0;
}
