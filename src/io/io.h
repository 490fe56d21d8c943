/*
 * io.h - readers for web input: the main text of an HTML page, the items
 * of an RSS 2.0 / RSS 1.0 / Atom feed, and fetching either over HTTP(S).
 *
 * These feed `rasd ingest`.  Every string they return is malloc'd and owned
 * by the caller (released with rasdp_webdoc_release()); nothing is printed.
 */
#ifndef RASD_IO_H
#define RASD_IO_H

#include <stddef.h>

#include "rasd.h"

/* One report found on the web: a page or a feed item.  All malloc'd or NULL. */
struct rasd_webdoc {
	char *title;
	char *published;   /* YYYY-MM-DD */
	char *outlet;      /* og:site_name, else the URL's host without "www." */
	char *url;
	char *lang;        /* "ar"/"en" from <html lang>, or NULL */
	char *text;        /* main text: paragraphs separated by '\n' */
	size_t text_len;
};

void rasdp_webdoc_release(struct rasd_webdoc *d);

/* ---- html.c ---------------------------------------------------------- */

/*
 * Extract the article of an HTML page: title (og:title, <title>, <h1>),
 * publication date (article:published_time and similar metas, <time
 * datetime>), outlet, canonical URL, and the main text: the element
 * holding the most paragraph text, without nav/header/footer/aside/
 * script/style/form and without boilerplate paragraphs (link lists,
 * "follow us", share buttons, correction and complaint links, "English
 * version of the article", copyright lines; in Arabic and English).
 * `url` (or NULL) is where the page came from.  Broken HTML is parsed
 * leniently.  RASD_EEMPTY when no text is found.
 */
int rasdp_html_extract(const char *html, size_t len, const char *url,
		       struct rasd_webdoc *out, rasd_err *err);

/*
 * Plain text of an HTML fragment (a feed description): tags dropped,
 * entities decoded, blocks separated by '\n'.  malloc'd, or NULL.
 */
char *rasdp_html_to_text(const char *html, size_t len, size_t *out_len);

/* Does the (start of the) buffer look like an HTML document? */
int rasdp_looks_like_html(const char *s, size_t len);

/* "www.example.com" of "https://www.example.com/x" without "www."; malloc'd or NULL. */
char *rasdp_url_host(const char *url);

/* ---- feed.c ---------------------------------------------------------- */

/* Called for each feed item, with the line of the item in the feed. */
typedef int (*rasd_feed_item_cb)(void *ctx, const struct rasd_webdoc *item, long line);

/*
 * Parse an RSS 2.0, RSS 1.0 (RDF) or Atom feed and call `cb` for each
 * item (title, link, date, text from content:encoded / content /
 * description / summary with HTML stripped).  Entities are not expanded
 * and nothing is fetched from the network while parsing.  Returns 0, the
 * first non-zero `cb` result, RASD_EPARSE (with err->line) for a document
 * that is not XML or not a feed.
 */
int rasdp_feed_parse(const char *xml, size_t len, const char *base_url,
		     rasd_feed_item_cb cb, void *ctx, rasd_err *err);

/* Does the buffer start like an RSS/Atom feed (<?xml ... <rss|<feed|<rdf:RDF)? */
int rasdp_looks_like_feed(const char *s, size_t len);

/*
 * A date as feeds and pages write it, RFC 822 ("Mon, 17 Oct 2022 10:00:00
 * +0300") or ISO 8601 ("2022-10-17T10:00:00Z"), to "YYYY-MM-DD" in `out`
 * (the calendar day as written, not shifted to UTC).  0 or RASD_EPARSE.
 */
int rasdp_parse_web_date(const char *s, char out[11]);

/* ---- fetch.c --------------------------------------------------------- */

/*
 * GET an http:// or https:// URL with libcurl: at most 5 redirects (only
 * to http/https), connect timeout 15 s, total timeout `timeout_s` (0: 60),
 * body at most `max` bytes (0: 16 MiB; RASD_ETOOBIG past it).  *body is
 * malloc'd and NUL-terminated; *final_url (optional) is the URL after
 * redirects, malloc'd.  An HTTP status of 400 or more is RASD_EIO.
 */
int rasdp_fetch(const char *url, size_t max, long timeout_s, char **body,
		size_t *body_len, char **final_url, rasd_err *err);

/* Is `s` an http:// or https:// URL? */
int rasdp_is_http_url(const char *s);

#endif
