/*
 * pipeline.c - the engine and the per-document pipeline (stages 1-6).
 *
 * rasd_extract() copies one report into a fresh arena (or, with
 * RASD_EXTRACT_BORROW_TEXT, points at the caller's text), validates it, and
 * runs normalise -> segment -> screen -> match -> numbers -> dates ->
 * events (the screen says, once for each token, which patterns of the
 * stages after it may start there: lexicon/screen.c).  Each
 * stage is a pure function of the document, so documents run in parallel
 * threads against one shared, read-only engine.  A report longer than the
 * window (rasd_limits.window, 1 MiB) runs them part by part instead, each
 * part a document of its own, and the parts' events are joined into the
 * report's document (parts.c), so its peak is one part's, not the report's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <openssl/evp.h>

#include "base/err.h"
#include "extract/engine.h"
#include "extract/extract.h"
#include "extract/parts.h"
#include "lexicon/lexicon.h"
#include "text/text.h"
#include "base/banned.h"

#ifndef RASD_DATADIR
#define RASD_DATADIR "data"
#endif

static int is_dir(const char *p)
{
	struct stat st;

	return p && stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

rasd_engine *rasd_engine_new(const char *datadir, rasd_err *err)
{
	struct rasd_engine *e;
	const char *dir = datadir;

	if (!dir)
		dir = getenv("RASD_DATA");
	if (!dir || !*dir) {
		/* Installed layout first, then the source tree's data/. */
		dir = is_dir("data") && is_dir("data/../src") ? "data" : RASD_DATADIR;
	}
	if (!is_dir(dir)) {
		rasdp_err(err, RASD_ENOTFOUND, -1, 0, "cannot open data folder '%s'", dir);
		return NULL;
	}
	e = calloc(1, sizeof(*e));
	if (!e) {
		rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
		return NULL;
	}
	e->datadir = strdup(dir);
	if (!e->datadir) {
		free(e);
		rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
		return NULL;
	}
	e->lx = rasdp_lexicon_load(dir, err);
	/* fetched once: EVP_sha256() is fetched again, locks and all, at each digest */
	e->sha256 = EVP_MD_fetch(NULL, "SHA256", NULL);
	if (!e->lx || rasdp_models_load(&e->models, dir, err)) {
		EVP_MD_free(e->sha256);
		rasdp_lexicon_free(e->lx);
		free(e->datadir);
		free(e);
		return NULL;
	}
	return e;
}

void rasd_engine_free(rasd_engine *e)
{
	if (!e)
		return;
	rasdp_lexicon_free(e->lx);
	rasdp_models_release(&e->models);
	EVP_MD_free(e->sha256);
	free(e->datadir);
	free(e);
}

const char *rasd_engine_datadir(const rasd_engine *e)
{
	return e->datadir;
}

const struct rasd_lexicon *rasdp_engine_lexicon(const rasd_engine *e)
{
	return e ? e->lx : NULL;
}

const struct rasd_models *rasdp_engine_models(const rasd_engine *e)
{
	return e ? &e->models : NULL;
}

/* The SHA-256 of s[0..n) in hex into out; `md` the engine's, or NULL. */
static void sha256_hex(const EVP_MD *md_alg, const char *s, size_t n, char out[65])
{
	static const char hex[] = "0123456789abcdef";
	unsigned char md[32];
	unsigned int mdlen = 0;
	unsigned int i;

	if (!EVP_Digest(s, n, md, &mdlen, md_alg ? md_alg : EVP_sha256(), NULL) || mdlen != 32) {
		memset(out, '0', 64);
		out[64] = '\0';
		return;
	}
	for (i = 0; i < 32; i++) {
		out[2 * i] = hex[md[i] >> 4];
		out[2 * i + 1] = hex[md[i] & 15];
	}
	out[64] = '\0';
}

void rasd_doc_free(rasd_doc *d)
{
	struct rasd_arena a;

	if (!d)
		return;
	/* The document lives in its own arena: copy the arena out first. */
	a = d->arena;
	rasd_arena_release(&a);
}

const char *rasd_doc_id(const rasd_doc *d)
{
	return d->id;
}

const char *rasd_doc_hash(const rasd_doc *d)
{
	return d->hash;
}

static char *dup_field(struct rasd_arena *a, const char *s)
{
	return s && *s ? rasd_arena_strdup(a, s) : NULL;
}

/*
 * The tables the scan before stage 6 kept per token: the screen (matcher,
 * numbers, dates), its first steps into the trie and its keys' hashes
 * (matcher) and the date words looked up (dates).  Stage 6 reads none of them, and a long report
 * holds three bytes a token in them, so they go before it runs.
 */
static void drop_scan_tables(struct rasd_doc *d)
{
	rasd_arena_free(&d->arena, d->screen, d->ntoks);
	d->screen = NULL;
	rasd_arena_free(&d->arena, d->roots, d->roots_alloc * sizeof(*d->roots));
	d->roots = NULL;
	d->nroots = d->roots_alloc = 0;
	rasd_arena_free(&d->arena, d->key_hash, d->ntoks * RASD_MAX_KEYS * sizeof(*d->key_hash));
	d->key_hash = NULL;
	rasd_arena_free(&d->arena, d->dw_cache, 2 * d->ntoks);
	d->dw_cache = NULL;
}

/*
 * Stages 1-6 on a document whose text and metadata are set: the whole of a
 * report, or one part of a long one (parts.c).
 */
int rasdp_doc_analyse(struct rasd_doc *d)
{
	const struct rasd_engine *e = d->engine;
	int rc;

	rc = rasdp_normalize(d);
	if (!rc)
		rc = rasdp_segment(d);
	if (!rc && e)
		rc = rasdp_screen_doc(e->lx, d);
	if (!rc && e)
		rc = rasdp_match_doc(e->lx, d);
	if (!rc)
		rc = rasdp_find_numbers(e ? e->lx : NULL, d);
	if (!rc)
		rc = rasdp_find_dates(d);
	if (!rc)
		drop_scan_tables(d);
	if (!rc && e)
		rc = rasdp_build_events(e, d);
	if (!rc && d->arena.failed)
		rc = RASD_ENOMEM;
	return rc;
}

rasd_doc *rasd_extract(const rasd_engine *e, const rasd_input *in,
		       const rasd_limits *lim, unsigned flags, rasd_err *err)
{
	struct rasd_arena a;
	struct rasd_doc *d;
	rasd_limits deflim;
	size_t bad = 0, window;
	int rc;

	if (!lim) {
		rasd_limits_default(&deflim);
		lim = &deflim;
	}
	window = lim->window ? lim->window : RASDP_WINDOW;
	if (!in || (!in->text && in->text_len)) {
		rasdp_err(err, RASD_EINVAL, -1, 0, "no text");
		return NULL;
	}
	if (lim->max_doc && in->text_len > lim->max_doc) {
		rasdp_err(err, RASD_ETOOBIG, -1, 0,
			  "document of %zu bytes is over the limit of %zu bytes",
			  in->text_len, lim->max_doc);
		return NULL;
	}
	if (in->text_len && rasdp_looks_binary(in->text, in->text_len)) {
		rasdp_err(err, RASD_EBINARY, -1, 0, "input looks like binary data, not text");
		return NULL;
	}
	if (rasdp_utf8_validate(in->text ? in->text : "", in->text_len, &bad) &&
	    !(flags & RASD_EXTRACT_REPAIR_UTF8)) {
		rasdp_err(err, RASD_EUTF8, (int64_t)bad, 0,
			  "invalid UTF-8 byte 0x%02x at byte %zu",
			  (unsigned char)in->text[bad], bad);
		return NULL;
	}

	rasd_arena_init(&a, NULL, 0);
	d = rasd_arena_calloc(&a, 1, sizeof(*d));
	if (!d) {
		rasd_arena_release(&a);
		rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
		return NULL;
	}
	d->engine = e;
	d->flags = flags;
	if (flags & RASD_EXTRACT_REPAIR_UTF8)
		d->text = rasdp_utf8_repair(&a, in->text ? in->text : "", in->text_len, &d->text_len);
	else if ((flags & RASD_EXTRACT_BORROW_TEXT) && in->text && !in->text[in->text_len]) {
		/* the caller keeps it until rasd_doc_free(): no copy of a 16 MB report */
		d->text = (char *)in->text;
		d->text_len = in->text_len;
	} else {
		d->text = rasd_arena_strndup(&a, in->text ? in->text : "", in->text_len);
		d->text_len = in->text_len;
	}
	sha256_hex(e ? e->sha256 : NULL, d->text ? d->text : "", d->text_len, d->hash);
	d->outlet = dup_field(&a, in->outlet);
	d->url = dup_field(&a, in->url);
	d->title = dup_field(&a, in->title);
	d->id = in->id && *in->id ? rasd_arena_strdup(&a, in->id)
				  : rasd_arena_printf(&a, "sha256:%.16s", d->hash);
	if (in->published && *in->published && rasdp_parse_ymd(in->published, &d->published)) {
		d->arena = a;
		rasd_doc_free(d);
		rasdp_err(err, RASD_EPARSE, -1, 0, "published date '%s' is not YYYY-MM-DD", in->published);
		return NULL;
	}
	/* the metadata's date, when given, always wins over a stamp in the text */
	if (d->published.y)
		d->published_from = RASD_PUB_META;
	if (in->lang && !strcmp(in->lang, "ar"))
		d->lang = RASD_LANG_AR;
	else if (in->lang && !strcmp(in->lang, "en"))
		d->lang = RASD_LANG_EN;
	else
		d->lang = rasdp_detect_lang(d->text ? d->text : "", d->text_len);
	d->arena = a;

	if (e && d->text_len > window && !(flags & RASDP_EXTRACT_TRACE_SOURCES))
		rc = rasdp_extract_parts(d, window);
	else
		rc = rasdp_doc_analyse(d);
	if (rc) {
		rasdp_err(err, rc, -1, 0, "cannot analyse document: %s", rasd_strerror(rc));
		rasd_doc_free(d);
		return NULL;
	}
	return d;
}
