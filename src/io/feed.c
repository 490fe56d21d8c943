/*
 * feed.c - RSS 2.0, RSS 1.0 (RDF) and Atom feeds, with libxml2.
 *
 * Every item becomes one report: its title, link, date (pubDate, dc:date,
 * published or updated; RFC 822 or ISO 8601) and text (content:encoded or
 * Atom content when present, else description or summary), with HTML
 * stripped by html.c.  Elements are matched by local name, so namespace
 * prefixes do not matter.
 *
 * Safety: the parser runs with XML_PARSE_NONET (no external DTD or entity
 * is fetched) and without XML_PARSE_NOENT (entities are not substituted),
 * so a hostile feed cannot read local files or the network; errors are
 * kept in the parser context, never printed.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "base/err.h"
#include "io/io.h"
#include "base/banned.h"

int rasdp_looks_like_feed(const char *s, size_t len)
{
	size_t n = len < 4096 ? len : 4096, i;

	for (i = 0; i + 5 < n; i++) {
		if (s[i] != '<')
			continue;
		if (!strncmp(s + i, "<rss", 4) || !strncmp(s + i, "<feed", 5) ||
		    (i + 8 <= n && !strncmp(s + i, "<rdf:RDF", 8)))
			return 1;
		if (!strncmp(s + i, "<html", 5) ||
		    (i + 14 <= n && !strncasecmp(s + i, "<!doctype html", 14)))
			return 0;
	}
	return 0;
}

/* ---- dates ----------------------------------------------------------- */

static int digits(const char *s, int n)
{
	int v = 0, i;

	for (i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

static int put_day(int y, int m, int d, char out[11])
{
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return RASD_EPARSE;
	/* 29 February only in leap years. */
	if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return RASD_EPARSE;
	out[0] = (char)('0' + y / 1000);
	out[1] = (char)('0' + y / 100 % 10);
	out[2] = (char)('0' + y / 10 % 10);
	out[3] = (char)('0' + y % 10);
	out[4] = '-';
	out[5] = (char)('0' + m / 10);
	out[6] = (char)('0' + m % 10);
	out[7] = '-';
	out[8] = (char)('0' + d / 10);
	out[9] = (char)('0' + d % 10);
	out[10] = '\0';
	return 0;
}

int rasdp_parse_web_date(const char *s, char out[11])
{
	static const char *const months[] = { "jan", "feb", "mar", "apr", "may", "jun",
					      "jul", "aug", "sep", "oct", "nov", "dec" };
	int d, m = 0, y, i;
	const char *p;

	if (!s)
		return RASD_EPARSE;
	while (isspace((unsigned char)*s))
		s++;
	/* ISO 8601: 2022-10-17[T...] */
	if (strlen(s) >= 10 && s[4] == '-' && s[7] == '-') {
		y = digits(s, 4);
		m = digits(s + 5, 2);
		d = digits(s + 8, 2);
		if (y < 0 || m < 0 || d < 0)
			return RASD_EPARSE;
		return put_day(y, m, d, out);
	}
	/* RFC 822: [Mon, ]17 Oct 2022 ... */
	p = strchr(s, ',');
	p = p ? p + 1 : s;
	while (isspace((unsigned char)*p))
		p++;
	for (d = 0, i = 0; isdigit((unsigned char)*p) && i < 2; i++, p++)
		d = d * 10 + (*p - '0');
	if (!i)
		return RASD_EPARSE;
	while (isspace((unsigned char)*p))
		p++;
	for (i = 0; i < 12; i++) {
		if (!strncasecmp(p, months[i], 3)) {
			m = i + 1;
			break;
		}
	}
	if (!m)
		return RASD_EPARSE;
	while (*p && !isspace((unsigned char)*p))
		p++;
	while (isspace((unsigned char)*p))
		p++;
	for (y = 0, i = 0; isdigit((unsigned char)*p) && i < 4; i++, p++)
		y = y * 10 + (*p - '0');
	if (i == 2)
		y += 2000;
	else if (i != 4)
		return RASD_EPARSE;
	return put_day(y, m, d, out);
}

/* ---- items ----------------------------------------------------------- */

static int is(const xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, name);
}

static const char *ns_href(const xmlNode *n)
{
	return n->ns && n->ns->href ? (const char *)n->ns->href : "";
}

static char *content_of(const xmlNode *n)
{
	xmlChar *c = xmlNodeGetContent(n);
	char *r;
	size_t a, b;

	if (!c)
		return NULL;
	a = strspn((const char *)c, " \t\r\n");
	b = strlen((const char *)c);
	while (b > a && strchr(" \t\r\n", c[b - 1]))
		b--;
	r = NULL;
	if (b > a) {
		r = malloc(b - a + 1);
		if (r) {
			memcpy(r, c + a, b - a);
			r[b - a] = '\0';
		}
	}
	xmlFree(c);
	return r;
}

/* Text of an element that may hold HTML (escaped or as CDATA). */
static char *html_content(const xmlNode *n)
{
	char *raw = content_of(n), *t;
	size_t len = 0;

	if (!raw)
		return NULL;
	if (!strchr(raw, '<') && !strchr(raw, '&'))
		return raw;
	t = rasdp_html_to_text(raw, strlen(raw), &len);
	free(raw);
	if (t && !len) {
		free(t);
		return NULL;
	}
	return t;
}

static void set(char **slot, char *v)
{
	if (!v)
		return;
	if (*slot) {
		free(v);
		return;
	}
	*slot = v;
}

/* Prefer the longer text: content:encoded and Atom content beat summaries. */
static void set_text(char **slot, char *v)
{
	if (!v)
		return;
	if (*slot && strlen(*slot) >= strlen(v)) {
		free(v);
		return;
	}
	free(*slot);
	*slot = v;
}

static int item(const xmlNode *it, const char *base_url, const char *channel_title,
		rasd_feed_item_cb cb, void *ctx)
{
	struct rasd_webdoc d;
	const xmlNode *c;
	char *date = NULL, *updated = NULL, *id = NULL;
	char day[11];
	int rc;

	memset(&d, 0, sizeof(d));
	for (c = it->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (is(c, "title")) {
			set(&d.title, html_content(c));
		} else if (is(c, "link")) {
			xmlChar *href = xmlGetProp(c, (const xmlChar *)"href");
			xmlChar *rel = xmlGetProp(c, (const xmlChar *)"rel");

			if (href) {
				if (!rel || !strcmp((const char *)rel, "alternate"))
					set(&d.url, strdup((const char *)href));
				xmlFree(href);
			} else {
				set(&d.url, content_of(c));
			}
			if (rel)
				xmlFree(rel);
		} else if (is(c, "pubDate") || is(c, "published") || is(c, "date") ||
			   is(c, "issued")) {
			set(&date, content_of(c));
		} else if (is(c, "updated") || is(c, "modified")) {
			set(&updated, content_of(c));
		} else if (is(c, "encoded") || is(c, "content")) {
			set_text(&d.text, html_content(c));
		} else if (is(c, "description") || is(c, "summary")) {
			set_text(&d.text, html_content(c));
		} else if (is(c, "guid") || is(c, "id")) {
			set(&id, content_of(c));
		}
	}
	if ((date && !rasdp_parse_web_date(date, day)) ||
	    (updated && !rasdp_parse_web_date(updated, day)))
		d.published = strdup(day);
	if (!d.url && id && (!strncmp(id, "http://", 7) || !strncmp(id, "https://", 8))) {
		d.url = id;
		id = NULL;
	}
	d.outlet = rasdp_url_host(d.url ? d.url : base_url);
	if (!d.outlet && channel_title)
		d.outlet = strdup(channel_title);
	if (d.text)
		d.text_len = strlen(d.text);
	free(date);
	free(updated);
	free(id);
	rc = cb(ctx, &d, (long)xmlGetLineNo(it));
	rasdp_webdoc_release(&d);
	return rc;
}

static char *child_text(const xmlNode *n, const char *name)
{
	const xmlNode *c;

	for (c = n->children; c; c = c->next)
		if (is(c, name))
			return content_of(c);
	return NULL;
}

int rasdp_feed_parse(const char *xml, size_t len, const char *base_url,
		     rasd_feed_item_cb cb, void *ctx, rasd_err *err)
{
	xmlParserCtxtPtr pc;
	xmlDocPtr doc;
	xmlNode *root, *c, *ch;
	char *title = NULL;
	int rc = 0;

	if (len > 0x7fffffff)
		return rasdp_err(err, RASD_ETOOBIG, -1, 0, "feed too large");
	pc = xmlNewParserCtxt();
	if (!pc)
		return rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
	doc = xmlCtxtReadMemory(pc, xml, (int)len, base_url, NULL,
				XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
				XML_PARSE_NOCDATA);
	if (!doc) {
		const xmlError *e = xmlCtxtGetLastError(pc);
		long line = e && e->line > 0 ? e->line : 0;
		char msg[160];
		size_t n;

		snprintf(msg, sizeof(msg), "%s", e && e->message ? e->message : "malformed XML");
		n = strlen(msg);
		while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
			msg[--n] = '\0';
		xmlFreeParserCtxt(pc);
		return rasdp_err(err, RASD_EPARSE, -1, line ? line : 1, "not a feed: %s", msg);
	}
	xmlFreeParserCtxt(pc);
	root = xmlDocGetRootElement(doc);
	if (!root) {
		xmlFreeDoc(doc);
		return rasdp_err(err, RASD_EPARSE, -1, 1, "not a feed: empty document");
	}
	if (is(root, "rss")) {
		for (ch = root->children; ch && !rc; ch = ch->next) {
			if (!is(ch, "channel"))
				continue;
			free(title);
			title = child_text(ch, "title");
			for (c = ch->children; c && !rc; c = c->next)
				if (is(c, "item"))
					rc = item(c, base_url, title, cb, ctx);
		}
	} else if (is(root, "feed")) {
		title = child_text(root, "title");
		for (c = root->children; c && !rc; c = c->next)
			if (is(c, "entry"))
				rc = item(c, base_url, title, cb, ctx);
	} else if (is(root, "RDF")) {
		for (c = root->children; c && !rc; c = c->next) {
			if (is(c, "channel") && !title)
				title = child_text(c, "title");
			else if (is(c, "item"))
				rc = item(c, base_url, title, cb, ctx);
		}
	} else {
		rc = rasdp_err(err, RASD_EPARSE, -1, (int64_t)xmlGetLineNo(root),
			       "not a feed: root element <%s>%s%s", (const char *)root->name,
			       *ns_href(root) ? " in " : "", ns_href(root));
	}
	free(title);
	xmlFreeDoc(doc);
	return rc;
}
