/*
 * html.c - the main text of a news page, with gumbo.
 *
 * Gumbo parses any HTML the way a browser does, so broken markup still
 * gives a tree.  The article is found by paragraph text: each <p> (outside
 * dropped elements) credits its length to its parent, and half of it to
 * its grandparent; the best-scored element is the content.  Its text is
 * then collected paragraph by paragraph (every block element ends one),
 * and paragraphs that are boilerplate are dropped: mostly link text,
 * "follow us", share and subscribe lines, correction/complaint links,
 * "English version of the article", copyright lines, in Arabic and
 * English.  Phrase rules only apply to short paragraphs, so an article
 * that quotes such a phrase keeps its sentence.
 *
 * Elements dropped whole: nav, header, footer, aside, script, style, form,
 * noscript, iframe, svg, button, select, template, and any element whose
 * class or id names navigation, sharing, comments, related links, menus,
 * breadcrumbs, newsletters or footers.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <gumbo.h>

#include "base/buf.h"
#include "base/err.h"
#include "io/io.h"
#include "base/banned.h"

void rasdp_webdoc_release(struct rasd_webdoc *d)
{
	free(d->title);
	free(d->published);
	free(d->outlet);
	free(d->url);
	free(d->lang);
	free(d->text);
	memset(d, 0, sizeof(*d));
}

char *rasdp_url_host(const char *url)
{
	const char *p, *e;
	char *h;
	size_t n, i;

	if (!url)
		return NULL;
	p = strstr(url, "://");
	if (!p)
		return NULL;
	p += 3;
	e = p + strcspn(p, "/?#");
	{
		const char *at = memchr(p, '@', (size_t)(e - p));

		if (at)
			p = at + 1;
	}
	{
		const char *colon = memchr(p, ':', (size_t)(e - p));

		if (colon && *p != '[')
			e = colon;
	}
	if (e - p > 4 && !strncasecmp(p, "www.", 4))
		p += 4;
	n = (size_t)(e - p);
	if (!n)
		return NULL;
	h = malloc(n + 1);
	if (!h)
		return NULL;
	for (i = 0; i < n; i++)
		h[i] = (char)tolower((unsigned char)p[i]);
	h[n] = '\0';
	return h;
}

int rasdp_looks_like_html(const char *s, size_t len)
{
	size_t i, n = len < 2048 ? len : 2048;

	for (i = 0; i + 5 < n; i++) {
		if (s[i] != '<')
			continue;
		if ((i + 14 <= n && !strncasecmp(s + i, "<!doctype html", 14)) ||
		    !strncasecmp(s + i, "<html", 5) || !strncasecmp(s + i, "<head", 5) ||
		    !strncasecmp(s + i, "<body", 5))
			return 1;
	}
	return 0;
}

/* ---- tree helpers ---------------------------------------------------- */


/*
 * gumbo keeps every parse error; on deeply unclosed markup that list grows
 * quadratically (16 KB of nested <span><b><i> cost 130 MB).  Stop
 * recording errors early: the tree is still built.
 */
static GumboOptions html_options(void)
{
	GumboOptions o = kGumboDefaultOptions;

	o.max_errors = 100;
	return o;
}

static const char *attr(const GumboNode *n, const char *name)
{
	const GumboAttribute *a;

	if (n->type != GUMBO_NODE_ELEMENT)
		return NULL;
	a = gumbo_get_attribute(&n->v.element.attributes, name);
	return a ? a->value : NULL;
}

/* Does a class/id token name a boilerplate region? */
static int bad_token(const char *t, size_t n)
{
	static const char *const words[] = {
		"nav", "navbar", "navigation", "menu", "share", "sharing", "social",
		"comment", "comments", "related", "breadcrumb", "breadcrumbs", "footer",
		"sidebar", "newsletter", "subscribe", "advert", "ads", "promo", "cookie",
		"widget", "tags", "author-box", "more-news", "most-read", "popular",
	};
	size_t i;

	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
		size_t w = strlen(words[i]);
		size_t j;

		if (n < w)
			continue;
		for (j = 0; j + w <= n; j++) {
			int left = j == 0 || t[j - 1] == '-' || t[j - 1] == '_';
			int right = j + w == n || t[j + w] == '-' || t[j + w] == '_';

			if (left && right && !strncasecmp(t + j, words[i], w))
				return 1;
		}
	}
	return 0;
}

static int bad_names(const char *v)
{
	while (v && *v) {
		size_t n;

		v += strspn(v, " \t\n");
		n = strcspn(v, " \t\n");
		if (n && bad_token(v, n))
			return 1;
		v += n;
	}
	return 0;
}

static int dropped(const GumboNode *n)
{
	if (n->type != GUMBO_NODE_ELEMENT)
		return 0;
	switch (n->v.element.tag) {
	case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER:
	case GUMBO_TAG_ASIDE: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE:
	case GUMBO_TAG_FORM: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_IFRAME:
	case GUMBO_TAG_SVG: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT:
	case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE:
	case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS:
	case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_INPUT: case GUMBO_TAG_MENU:
		return 1;
	default:
		break;
	}
	{
		const char *role = attr(n, "role");

		if (role && (!strcasecmp(role, "navigation") || !strcasecmp(role, "banner") ||
			     !strcasecmp(role, "contentinfo") || !strcasecmp(role, "complementary")))
			return 1;
	}
	return bad_names(attr(n, "class")) || bad_names(attr(n, "id"));
}

static int is_block(GumboTag t)
{
	switch (t) {
	case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
	case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
	case GUMBO_TAG_LI: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_BLOCKQUOTE:
	case GUMBO_TAG_BR: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
	case GUMBO_TAG_TABLE: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
	case GUMBO_TAG_PRE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE:
	case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_HR:
	case GUMBO_TAG_MAIN: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_CENTER:
	case GUMBO_TAG_BODY: case GUMBO_TAG_HTML:
		return 1;
	default:
		return 0;
	}
}

/*
 * Text is cut, not refused, past these: a title or a scored paragraph at
 * 1M, a collected paragraph at 16M, the article at 64M.  The limits are
 * checked before appending, so the buffers fail only when memory does,
 * and that error (sticky in the buffer) is checked once, at the end.
 */
#define TITLE_MAX ((size_t)1 << 20)
#define PARA_MAX ((size_t)1 << 24)
#define TEXT_MAX ((size_t)1 << 26)

/* Append text with white space collapsed (a pending space, never leading). */
struct para {
	struct rasd_buf text;
	size_t limit;            /* bytes kept at most */
	size_t link_bytes;       /* bytes of text inside <a> */
	int space;               /* a space is pending */
};

static void para_init(struct para *p, size_t limit)
{
	memset(p, 0, sizeof(*p));
	rasd_buf_init(&p->text, 0);
	p->limit = limit;
}

/* One byte more, when it fits under the limit. */
static void put_byte(struct para *p, char c, int in_link)
{
	if (p->text.len >= p->limit)
		return;
	rasd_buf_addch(&p->text, c);
	if (in_link)
		p->link_bytes++;
}

static void add_text(struct para *p, const char *s, size_t n, int in_link)
{
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
			p->space = 1;
			continue;
		}
		/* U+00A0 no-break space */
		if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) {
			p->space = 1;
			i++;
			continue;
		}
		if (p->space && p->text.len)
			put_byte(p, ' ', in_link);
		p->space = 0;
		put_byte(p, (char)c, in_link);
	}
}

/* All text under `n` (for titles), collapsed. */
static void node_text(const GumboNode *n, struct para *p)
{
	size_t i;

	if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA ||
	    n->type == GUMBO_NODE_WHITESPACE) {
		add_text(p, n->v.text.text, strlen(n->v.text.text), 0);
		return;
	}
	if (n->type != GUMBO_NODE_ELEMENT)
		return;
	if (n->v.element.tag == GUMBO_TAG_SCRIPT || n->v.element.tag == GUMBO_TAG_STYLE)
		return;
	for (i = 0; i < n->v.element.children.length; i++)
		node_text(n->v.element.children.data[i], p);
}

/* The text under `n` into *out (NULL when it has none).  0 or RASD_ENOMEM. */
static int text_of(const GumboNode *n, char **out)
{
	struct para p;

	*out = NULL;
	para_init(&p, TITLE_MAX);
	node_text(n, &p);
	if (!p.text.err && !p.text.len) {
		rasd_buf_release(&p.text);
		return 0;
	}
	*out = rasd_buf_detach(&p.text, NULL);
	return *out ? 0 : RASD_ENOMEM;
}

/* ---- boilerplate ----------------------------------------------------- */

static int has_letter(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (isalnum(c))
			return 1;
		/* Arabic letters and digits: lead bytes 0xD8-0xDB */
		if (c >= 0xD8 && c <= 0xDB)
			return 1;
		if (c >= 0xC3 && c <= 0xD7)
			return 1;   /* other Latin/Greek/Cyrillic/Hebrew letters */
	}
	return 0;
}

static int contains_ci(const char *s, size_t n, const char *needle)
{
	size_t m = strlen(needle), i;

	if (m > n)
		return 0;
	for (i = 0; i + m <= n; i++)
		if (!strncasecmp(s + i, needle, m))
			return 1;
	return 0;
}

/*
 * Is this paragraph page furniture rather than article text?  `link_bytes`
 * of its `n` bytes were link text.
 */
static int boilerplate(const char *s, size_t n, size_t link_bytes)
{
	static const char *const phrases[] = {
		/* English */
		"follow us", "english version of the article", "arabic version of the article",
		"share this", "share on", "share:", "all rights reserved", "copyright",
		"\xc2\xa9", "subscribe to", "sign up for", "newsletter", "read also",
		"read more", "related articles", "submit a correction", "file a complaint",
		"report an error", "click here", "download our app", "advertisement",
		/* Arabic */
		"\xd8\xaa\xd8\xa7\xd8\xa8\xd8\xb9\xd9\x86\xd8\xa7",                  /* تابعنا */
		"\xd8\xaa\xd8\xa7\xd8\xa8\xd8\xb9\xd9\x88\xd9\x86\xd8\xa7",          /* تابعونا */
		"\xd8\xac\xd9\x85\xd9\x8a\xd8\xb9 \xd8\xa7\xd9\x84\xd8\xad\xd9\x82\xd9\x88\xd9\x82", /* جميع الحقوق */
		"\xd8\xad\xd9\x82\xd9\x88\xd9\x82 \xd8\xa7\xd9\x84\xd9\x86\xd8\xb4\xd8\xb1", /* حقوق النشر */
		"\xd8\xaa\xd8\xb5\xd8\xad\xd9\x8a\xd8\xad\xd9\x8b\xd8\xa7",          /* تصحيحًا */
		"\xd8\xa3\xd8\xb1\xd8\xb3\xd9\x84/",                                  /* أرسل/ */
		"\xd9\x82\xd8\xaf\xd9\x85/\xd9\x82\xd8\xaf\xd9\x85\xd9\x8a",          /* قدم/قدمي */
		"\xd8\xb4\xd9\x83\xd9\x88\xd9\x89",                                  /* شكوى */
		"\xd8\xa7\xd9\x84\xd9\x86\xd8\xb3\xd8\xae\xd8\xa9 \xd8\xa7\xd9\x84\xd8\xa5\xd9\x86\xd9\x83\xd9\x84\xd9\x8a\xd8\xb2\xd9\x8a\xd8\xa9", /* النسخة الإنكليزية */
		"\xd8\xa7\xd9\x84\xd9\x86\xd8\xb3\xd8\xae\xd8\xa9 \xd8\xa7\xd9\x84\xd8\xa5\xd9\x86\xd8\xac\xd9\x84\xd9\x8a\xd8\xb2\xd9\x8a\xd8\xa9", /* النسخة الإنجليزية */
		"\xd8\xa7\xd9\x82\xd8\xb1\xd8\xa3 \xd8\xa3\xd9\x8a\xd8\xb6\xd8\xa7",  /* اقرأ أيضا */
		"\xd8\xa7\xd9\x82\xd8\xb1\xd8\xa3 \xd8\xa3\xd9\x8a\xd8\xb6\xd9\x8b\xd8\xa7", /* اقرأ أيضًا */
		"\xd8\xb4\xd8\xa7\xd8\xb1\xd9\x83 \xd8\xb9\xd8\xa8\xd8\xb1",          /* شارك عبر */
		"\xd9\x84\xd9\x84\xd8\xa7\xd8\xb4\xd8\xaa\xd8\xb1\xd8\xa7\xd9\x83",  /* للاشتراك */
		"\xd8\xa7\xd8\xb4\xd8\xaa\xd8\xb1\xd9\x83 \xd9\x81\xd9\x8a",          /* اشترك في */
	};
	size_t i;

	if (!has_letter(s, n))
		return 1;
	if (n && link_bytes * 2 > n)
		return 1;   /* mostly links: a menu, a tag list, "related" */
	if (n > 320)
		return 0;
	for (i = 0; i < sizeof(phrases) / sizeof(phrases[0]); i++)
		if (contains_ci(s, n, phrases[i]))
			return 1;
	/* "English" / "Français" language switchers. */
	if (n < 24 && (contains_ci(s, n, "english") || contains_ci(s, n, "fran\xc3\xa7" "ais")))
		return 1;
	return 0;
}

/* ---- scoring --------------------------------------------------------- */

struct score {
	const GumboNode *node;
	double score;
};

struct scores {
	struct score *v;
	size_t n, alloc;
	int err;                 /* out of memory: the scores are incomplete */
};

static void credit(struct scores *s, const GumboNode *node, double amount)
{
	size_t i;

	if (!node || node->type != GUMBO_NODE_ELEMENT)
		return;
	for (i = 0; i < s->n; i++) {
		if (s->v[i].node == node) {
			s->v[i].score += amount;
			return;
		}
	}
	if (s->n == s->alloc) {
		size_t na = s->alloc ? s->alloc * 2 : 64;
		struct score *nv = realloc(s->v, na * sizeof(*nv));

		if (!nv) {
			s->err = RASD_ENOMEM;
			return;
		}
		s->v = nv;
		s->alloc = na;
	}
	s->v[s->n].node = node;
	s->v[s->n].score = amount;
	s->n++;
}

static void score_tree(const GumboNode *n, struct scores *s)
{
	size_t i;

	if (n->type != GUMBO_NODE_ELEMENT || dropped(n))
		return;
	if (n->v.element.tag == GUMBO_TAG_P || n->v.element.tag == GUMBO_TAG_PRE ||
	    n->v.element.tag == GUMBO_TAG_BLOCKQUOTE) {
		struct para p;

		para_init(&p, TITLE_MAX);
		node_text(n, &p);
		if (p.text.err)
			s->err = p.text.err;
		else if (p.text.len > 20 && !boilerplate(p.text.buf, p.text.len, 0)) {
			credit(s, n->parent, (double)p.text.len);
			if (n->parent)
				credit(s, n->parent->parent, (double)p.text.len / 2);
		}
		rasd_buf_release(&p.text);
		return;
	}
	for (i = 0; i < n->v.element.children.length; i++)
		score_tree(n->v.element.children.data[i], s);
}

/* ---- collecting paragraphs ------------------------------------------- */

struct collect {
	struct para cur;
	struct rasd_buf out;
	int in_link;
};

/* Move the paragraph being read to the article, unless it is boilerplate
 * or would take the article past TEXT_MAX. */
static void flush_para(struct collect *c)
{
	struct para *p = &c->cur;

	if (p->text.len && !boilerplate(p->text.buf, p->text.len, p->link_bytes) &&
	    c->out.len + 1 + p->text.len <= TEXT_MAX) {
		if (c->out.len)
			rasd_buf_addch(&c->out, '\n');
		rasd_buf_add(&c->out, p->text.buf, p->text.len);
	}
	rasd_buf_reset(&p->text);       /* an error stays, for the end */
	p->link_bytes = 0;
	p->space = 0;
}

static void collect(const GumboNode *n, struct collect *c)
{
	size_t i;
	int block, link;

	if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA ||
	    n->type == GUMBO_NODE_WHITESPACE) {
		add_text(&c->cur, n->v.text.text, strlen(n->v.text.text), c->in_link);
		return;
	}
	if (n->type != GUMBO_NODE_ELEMENT || dropped(n))
		return;
	block = is_block(n->v.element.tag);
	link = n->v.element.tag == GUMBO_TAG_A;
	if (block)
		flush_para(c);
	if (link)
		c->in_link++;
	for (i = 0; i < n->v.element.children.length; i++)
		collect(n->v.element.children.data[i], c);
	if (link)
		c->in_link--;
	if (block)
		flush_para(c);
}

/* Collect the text under `n` into c->out; 0 or RASD_ENOMEM. */
static int collect_text(const GumboNode *n, struct collect *c)
{
	int rc;

	memset(c, 0, sizeof(*c));
	para_init(&c->cur, PARA_MAX);
	rasd_buf_init(&c->out, 0);
	collect(n, c);
	flush_para(c);
	rc = c->cur.text.err ? c->cur.text.err : c->out.err;
	rasd_buf_release(&c->cur.text);
	if (rc)
		rasd_buf_release(&c->out);
	return rc;
}

/* ---- metadata -------------------------------------------------------- */

struct meta {
	char *og_title, *title, *h1, *site, *published, *time_dt, *url, *lang;
	int err;                 /* out of memory reading a title */
};

static void keep(char **slot, const char *v)
{
	if (!*slot && v && *v)
		*slot = strdup(v);
}

static void walk_meta(const GumboNode *n, struct meta *m)
{
	size_t i;

	if (n->type != GUMBO_NODE_ELEMENT)
		return;
	switch (n->v.element.tag) {
	case GUMBO_TAG_HTML:
		keep(&m->lang, attr(n, "lang"));
		break;
	case GUMBO_TAG_META: {
		const char *prop = attr(n, "property"), *name = attr(n, "name"),
			   *ip = attr(n, "itemprop"), *content = attr(n, "content");
		const char *k = prop ? prop : name ? name : ip;

		if (!k || !content)
			break;
		if (!strcasecmp(k, "og:title"))
			keep(&m->og_title, content);
		else if (!strcasecmp(k, "og:site_name"))
			keep(&m->site, content);
		else if (!strcasecmp(k, "og:url"))
			keep(&m->url, content);
		else if (!strcasecmp(k, "article:published_time") ||
			 !strcasecmp(k, "datePublished") || !strcasecmp(k, "pubdate") ||
			 !strcasecmp(k, "publishdate") || !strcasecmp(k, "date") ||
			 !strcasecmp(k, "dc.date.issued") || !strcasecmp(k, "dc.date") ||
			 !strcasecmp(k, "sailthru.date") || !strcasecmp(k, "parsely-pub-date"))
			keep(&m->published, content);
		break;
	}
	case GUMBO_TAG_LINK: {
		const char *rel = attr(n, "rel");

		if (rel && !strcasecmp(rel, "canonical"))
			keep(&m->url, attr(n, "href"));
		break;
	}
	case GUMBO_TAG_TITLE:
		if (!m->title && text_of(n, &m->title))
			m->err = RASD_ENOMEM;
		return;
	case GUMBO_TAG_H1:
		if (!m->h1 && !dropped(n) && text_of(n, &m->h1))
			m->err = RASD_ENOMEM;
		return;
	case GUMBO_TAG_TIME:
		keep(&m->time_dt, attr(n, "datetime"));
		break;
	case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE:
		return;
	default:
		break;
	}
	for (i = 0; i < n->v.element.children.length; i++)
		walk_meta(n->v.element.children.data[i], m);
}

static const GumboNode *find_tag(const GumboNode *n, GumboTag tag)
{
	size_t i;

	if (n->type != GUMBO_NODE_ELEMENT)
		return NULL;
	if (n->v.element.tag == tag)
		return n;
	for (i = 0; i < n->v.element.children.length; i++) {
		const GumboNode *f = find_tag(n->v.element.children.data[i], tag);

		if (f)
			return f;
	}
	return NULL;
}

/* Drop a " | Site" or " - Site" suffix naming the outlet from a <title>. */
static void trim_site(char *title, const char *site)
{
	static const char *const seps[] = { " | ", " - ", " \xe2\x80\x93 ", " \xe2\x80\x94 ", " :: " };
	size_t i;

	for (i = 0; i < sizeof(seps) / sizeof(seps[0]); i++) {
		char *p = NULL, *q = title;

		while ((q = strstr(q, seps[i])) != NULL) {
			p = q;
			q += strlen(seps[i]);
		}
		if (p && p != title && (!site || strstr(p, site) || strlen(p) < 40)) {
			*p = '\0';
			return;
		}
	}
}

static void free_meta(struct meta *m)
{
	free(m->og_title);
	free(m->title);
	free(m->h1);
	free(m->site);
	free(m->published);
	free(m->time_dt);
	free(m->url);
	free(m->lang);
}

int rasdp_html_extract(const char *html, size_t len, const char *url,
		       struct rasd_webdoc *out, rasd_err *err)
{
	GumboOutput *g;
	GumboOptions opts;
	struct meta m;
	struct scores sc = { 0 };
	struct collect c;
	const GumboNode *body, *best = NULL;
	double best_score = 0;
	size_t i;
	char day[11];

	memset(out, 0, sizeof(*out));
	memset(&m, 0, sizeof(m));
	opts = html_options();
	g = gumbo_parse_with_options(&opts, html, len);
	if (!g)
		return rasdp_err(err, RASD_ENOMEM, -1, 0, "cannot parse HTML");
	walk_meta(g->root, &m);
	body = find_tag(g->root, GUMBO_TAG_BODY);
	if (!body)
		body = g->root;
	score_tree(body, &sc);
	for (i = 0; i < sc.n; i++) {
		if (sc.v[i].score > best_score) {
			best_score = sc.v[i].score;
			best = sc.v[i].node;
		}
	}
	free(sc.v);
	if (!best)
		best = body;
	if (m.err || sc.err || collect_text(best, &c)) {
		free_meta(&m);
		gumbo_destroy_output(&opts, g);
		return rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory reading the page");
	}

	if (m.og_title) {
		out->title = m.og_title;
		m.og_title = NULL;
	} else if (m.title) {
		trim_site(m.title, m.site);
		out->title = m.title;
		m.title = NULL;
	} else if (m.h1) {
		out->title = m.h1;
		m.h1 = NULL;
	}
	if ((m.published && !rasdp_parse_web_date(m.published, day)) ||
	    (m.time_dt && !rasdp_parse_web_date(m.time_dt, day)))
		out->published = strdup(day);
	if (m.url && (!strncmp(m.url, "http://", 7) || !strncmp(m.url, "https://", 8)))
		out->url = strdup(m.url);
	else if (url)
		out->url = strdup(url);
	if (m.site) {
		out->outlet = m.site;
		m.site = NULL;
	} else {
		out->outlet = rasdp_url_host(out->url);
	}
	if (m.lang && (!strncasecmp(m.lang, "ar", 2) || !strncasecmp(m.lang, "en", 2)) &&
	    (m.lang[2] == '\0' || m.lang[2] == '-' || m.lang[2] == '_')) {
		out->lang = malloc(3);
		if (out->lang) {
			out->lang[0] = (char)tolower((unsigned char)m.lang[0]);
			out->lang[1] = (char)tolower((unsigned char)m.lang[1]);
			out->lang[2] = '\0';
		}
	}
	free_meta(&m);
	gumbo_destroy_output(&opts, g);
	if (!c.out.len) {
		rasd_buf_release(&c.out);
		rasdp_webdoc_release(out);
		return rasdp_err(err, RASD_EEMPTY, -1, 0, "no article text in the page");
	}
	out->text = rasd_buf_detach(&c.out, &out->text_len);
	return 0;
}

char *rasdp_html_to_text(const char *html, size_t len, size_t *out_len)
{
	GumboOutput *g;
	GumboOptions opts;
	struct collect c;
	const GumboNode *body;
	int rc;

	opts = html_options();
	g = gumbo_parse_with_options(&opts, html, len);
	if (!g)
		return NULL;
	body = find_tag(g->root, GUMBO_TAG_BODY);
	rc = collect_text(body ? body : g->root, &c);
	gumbo_destroy_output(&opts, g);
	return rc ? NULL : rasd_buf_detach(&c.out, out_len);
}
