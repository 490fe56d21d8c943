/*
 * brief_int.h - what the files of the fact-check brief share: brief.c
 * (the reports read, the title and summary, the whole brief, finding an
 * incident), brief_quote.c (dates and figures in words, the member
 * reports, quotes held and written), brief_accounts.c (the sections of
 * contradictions, fatalities, figures and participation) and
 * brief_agreed.c (where the reports agree or differ, and the reports).
 * brief.c's opening comment describes the brief.
 *
 * Only the brief files include it.  The writer (struct bw), which every
 * section calls for every word it writes, is here as static inline
 * functions: Markdown and HTML come from the same calls.
 */
#ifndef RASD_BRIEF_INT_H
#define RASD_BRIEF_INT_H

#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "base/buf.h"
#include "io/brief.h"
#include "io/extraction.h"
#include "io/outdata.h"
#include "store/store.h"

#define MAX_DOCS 64
#define QUOTE_MAX 360            /* bytes of a quote before it is cut around its figure */

struct bdoc {
	struct rasd_store_document doc;
	struct rasd_extraction x;
	int have_x;
	int copy_of;             /* index of the original among docs, or -1 */
};

/* The writer: Markdown or HTML. */
struct bw {
	struct rasd_buf *b;
	int html;
	const char *lang;
	const struct rasdp_outdata *d;
};

/*
 * Quotes of one section, held until the section ends so that a sentence
 * several claims come from is quoted once, with every claim it gives.
 */
#define MAX_QUOTES 48
struct pending {
	const struct bdoc *d;
	struct rasd_ex_span sent, at;
	int has_sent;
	char lead[512];
	char chain[256];
};

struct ctx {
	struct bw w;
	json_object *inc;
	struct bdoc docs[MAX_DOCS];
	size_t ndocs;
	struct pending q[MAX_QUOTES];
	size_t nq;
};

/* ---- writing ------------------------------------------------------------ */

static inline void textn(struct bw *w, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n && s[i]; i++) {
		char c = s[i];

		if (w->html) {
			if (c == '<')
				rasd_buf_adds(w->b, "&lt;");
			else if (c == '>')
				rasd_buf_adds(w->b, "&gt;");
			else if (c == '&')
				rasd_buf_adds(w->b, "&amp;");
			else if (c == '"')
				rasd_buf_adds(w->b, "&quot;");
			else
				rasd_buf_addch(w->b, c);
		} else {
			if (strchr("\\`*_[]<>#|", c))
				rasd_buf_addch(w->b, '\\');
			rasd_buf_addch(w->b, c == '\n' || c == '\r' ? ' ' : c);
		}
	}
}

static inline void text(struct bw *w, const char *s)
{
	if (s)
		textn(w, s, strlen(s));
}

static inline const char *P(struct bw *w, const char *key)
{
	return rasdp_outdata_phrase(w->d, key, w->lang);
}

/* A phrase filled in, into its own buffer (malloc'd string, "" on failure). */
static inline char *phrase(struct bw *w, const char *key, const char *const *kv)
{
	struct rasd_buf b = RASD_BUF_INIT;
	char *s;

	rasdp_outdata_fmt(&b, P(w, key), kv);
	s = b.err ? NULL : rasd_buf_detach(&b, NULL);
	rasd_buf_release(&b);
	return s ? s : strdup("");
}

static inline void heading(struct bw *w, int level, const char *s)
{
	if (w->html) {
		rasd_buf_addf(w->b, "<h%d>", level);
		text(w, s);
		rasd_buf_addf(w->b, "</h%d>\n", level);
	} else {
		rasd_buf_addf(w->b, "%.*s ", level, "######");
		text(w, s);
		rasd_buf_adds(w->b, "\n\n");
	}
}

static inline void para_start(struct bw *w)
{
	rasd_buf_adds(w->b, w->html ? "<p>" : "");
}

static inline void para_end(struct bw *w)
{
	rasd_buf_adds(w->b, w->html ? "</p>\n" : "\n\n");
}

static inline void strong(struct bw *w, const char *s)
{
	rasd_buf_adds(w->b, w->html ? "<strong>" : "**");
	text(w, s);
	rasd_buf_adds(w->b, w->html ? "</strong>" : "**");
}

static inline void emph_start(struct bw *w)
{
	rasd_buf_adds(w->b, w->html ? "<em>" : "_");
}

static inline void emph_end(struct bw *w)
{
	rasd_buf_adds(w->b, w->html ? "</em>" : "_");
}

static inline void link(struct bw *w, const char *label, const char *url)
{
	if (!url || (strncmp(url, "http://", 7) && strncmp(url, "https://", 8)))
		return;
	if (w->html) {
		rasd_buf_adds(w->b, "<a href=\"");
		text(w, url);
		rasd_buf_adds(w->b, "\" rel=\"noopener noreferrer\">");
		text(w, label);
		rasd_buf_adds(w->b, "</a>");
	} else {
		/* <url> keeps any character of the address literal */
		rasd_buf_addf(w->b, "[");
		text(w, label);
		rasd_buf_adds(w->b, "](<");
		for (; *url; url++)
			if (*url != '>' && *url != '\n')
				rasd_buf_addch(w->b, *url);
		rasd_buf_adds(w->b, ">)");
	}
}

static inline void list_start(struct bw *w, int ordered)
{
	if (w->html)
		rasd_buf_adds(w->b, ordered ? "<ol>\n" : "<ul>\n");
}

static inline void list_end(struct bw *w, int ordered)
{
	rasd_buf_adds(w->b, w->html ? (ordered ? "</ol>\n" : "</ul>\n") : "\n");
}

static inline void item_start(struct bw *w, int ordered, size_t k)
{
	if (w->html)
		rasd_buf_adds(w->b, "<li>");
	else if (ordered)
		rasd_buf_addf(w->b, "%zu. ", k);
	else
		rasd_buf_adds(w->b, "- ");
}

static inline void item_end(struct bw *w)
{
	rasd_buf_adds(w->b, w->html ? "</li>\n" : "\n");
}

/* ---- what is written -------------------------------------------------- */
/* ---- brief_quote.c ---------------------------------------------------- */

/* A YYYY-MM-DD date in words ("14 October 2022", "14 تشرين الأول 2022") into out. */
void rasdp_brief_date_words(struct bw *w, const char *ymd, struct rasd_buf *out);

/* "about 10", "20 militants", "نحو 10 من العناصر" into out. */
void rasdp_brief_figure(struct bw *w, json_object *f, int with_who, struct rasd_buf *out);

/* The member report `id` among c->docs, or NULL. */
struct bdoc *rasdp_brief_find_doc(struct ctx *c, const char *id);

/* Event n of report d's extraction, or NULL (no extraction read). */
const struct rasd_ex_event *rasdp_brief_doc_event(const struct bdoc *d, int n);

/* The name of report d's outlet (data/exports/outlets.tsv), else its domain or id. */
const char *rasdp_brief_outlet_name(struct ctx *c, const struct bdoc *d);

/* Hold a quote; one of a sentence already held adds its lead to that one. */
void rasdp_brief_quote(struct ctx *c, const struct bdoc *d, const struct rasd_ex_span *sent,
		       const struct rasd_ex_span *at, const char *lead, const char *chain);

/* Write the held quotes. */
void rasdp_brief_quotes_flush(struct ctx *c);

/* The source chain of a claim ("Reuters → Russian officer"), when longer than one. */
void rasdp_brief_chain_of(const struct rasd_ex_source *s, char *out, size_t n);

/* Quote every original report behind one figure of an account (its "claims"). */
void rasdp_brief_quote_entry(struct ctx *c, json_object *fig, const char *lead);

/* ---- brief_accounts.c --------------------------------------------------- */

/* Actor `id` as the phrase table names it in the brief's language, else `fallback`, else the id. */
const char *rasdp_brief_actor_label(struct ctx *c, const char *id, const char *fallback);

/* The sections, each written to c->w in the brief's order (brief.c). */

/* Where the sources contradict each other: one line per dispute. */
void rasdp_brief_section_contradictions(struct ctx *c);
/* Fatalities low, best and high, from each source's latest total. */
void rasdp_brief_section_fatalities(struct ctx *c);
/* Each figure by source: latest total, earlier figures, breakdown, quotes. */
void rasdp_brief_section_figures(struct ctx *c);
/* Each actor's participation by source, with quotes. */
void rasdp_brief_section_participation(struct ctx *c);

/* ---- brief_agreed.c ----------------------------------------------------- */

/* Where the reports agree (date, place, type) and where they differ without a dispute. */
void rasdp_brief_section_agreed(struct ctx *c);
/* The reports, numbered: outlet, date, title and link of each. */
void rasdp_brief_section_reports(struct ctx *c);

#endif
