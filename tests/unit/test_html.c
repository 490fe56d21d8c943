/*
 * test_html.c - main text of news pages: metadata (title, date, outlet,
 * URL, language), the article chosen over menus and sidebars, and the
 * boilerplate dropped (nav, footer, share buttons, "follow us", correction
 * and complaint links, "English version of the article", copyright lines)
 * while article paragraphs stay; broken HTML; HTML fragments to text.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "io/io.h"

/* A page shaped like an Arabic outlet's article page. */
static const char PAGE[] =
	"<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
	"<title>\xd8\xaf\xd8\xb1\xd8\xb9\xd8\xa7: \xd9\x85\xd8\xa7 \xd8\xad\xd9\x82\xd9\x8a\xd9\x82\xd8\xa9 "
	"\xd8\xa7\xd9\x84\xd8\xaf\xd9\x88\xd8\xb1 | \xd8\xb9\xd9\x86\xd8\xa8 \xd8\xa8\xd9\x84\xd8\xaf\xd9\x8a</title>"
	"<meta property=\"og:site_name\" content=\"Enab Baladi\">"
	"<meta property=\"article:published_time\" content=\"2022-10-17T09:30:00+03:00\">"
	"<link rel=\"canonical\" href=\"https://www.enabbaladi.net/archives/999\">"
	"<script>var x = '<p>not text</p>';</script><style>p{color:red}</style></head><body>"
	"<header><nav><ul><li><a href=\"/\">\xd8\xa7\xd9\x84\xd8\xb1\xd8\xa6\xd9\x8a\xd8\xb3\xd9\x8a\xd8\xa9</a></li>"
	"<li><a href=\"/news\">\xd8\xa3\xd8\xae\xd8\xa8\xd8\xa7\xd8\xb1</a></li></ul></nav></header>"
	"<div class=\"wrap\"><article class=\"post\"><h1>\xd8\xaf\xd8\xb1\xd8\xb9\xd8\xa7: \xd9\x85\xd8\xa7 "
	"\xd8\xad\xd9\x82\xd9\x8a\xd9\x82\xd8\xa9 \xd8\xa7\xd9\x84\xd8\xaf\xd9\x88\xd8\xb1</h1>"
	"<div class=\"share-buttons\"><a href=\"#\">Facebook</a> <a href=\"#\">Twitter</a></div>"
	"<div class=\"entry-content\">"
	/* ذكرت وكالة "رويترز" أن القوات الروسية والسورية قتلت 20 مسلحًا في عملية أمنية جنوبي سوريا. */
	"<p>\xd8\xb0\xd9\x83\xd8\xb1\xd8\xaa \xd9\x88\xd9\x83\xd8\xa7\xd9\x84\xd8\xa9 "
	"\xe2\x80\x9c\xd8\xb1\xd9\x88\xd9\x8a\xd8\xaa\xd8\xb1\xd8\xb2\xe2\x80\x9d \xd8\xa3\xd9\x86 "
	"\xd8\xa7\xd9\x84\xd9\x82\xd9\x88\xd8\xa7\xd8\xaa \xd8\xa7\xd9\x84\xd8\xb1\xd9\x88\xd8\xb3\xd9\x8a\xd8\xa9 "
	"\xd9\x88\xd8\xa7\xd9\x84\xd8\xb3\xd9\x88\xd8\xb1\xd9\x8a\xd8\xa9 \xd9\x82\xd8\xaa\xd9\x84\xd8\xaa 20 "
	"\xd9\x85\xd8\xb3\xd9\x84\xd8\xad\xd9\x8b\xd8\xa7 \xd9\x81\xd9\x8a <a href=\"/x\">\xd8\xb9\xd9\x85\xd9\x84\xd9\x8a\xd8\xa9</a> "
	"\xd8\xa3\xd9\x85\xd9\x86\xd9\x8a\xd8\xa9 \xd8\xac\xd9\x86\xd9\x88\xd8\xa8\xd9\x8a \xd8\xb3\xd9\x88\xd8\xb1\xd9\x8a\xd8\xa7.</p>"
	/* وقالت مصادر محلية إن نحو عشرة قتلى سقطوا خلال المواجهات في مدينة جاسم. */
	"<p>\xd9\x88\xd9\x82\xd8\xa7\xd9\x84\xd8\xaa \xd9\x85\xd8\xb5\xd8\xa7\xd8\xaf\xd8\xb1 "
	"\xd9\x85\xd8\xad\xd9\x84\xd9\x8a\xd8\xa9 \xd8\xa5\xd9\x86 \xd9\x86\xd8\xad\xd9\x88 "
	"\xd8\xb9\xd8\xb4\xd8\xb1\xd8\xa9 \xd9\x82\xd8\xaa\xd9\x84\xd9\x89 \xd8\xb3\xd9\x82\xd8\xb7\xd9\x88\xd8\xa7 "
	"\xd8\xae\xd9\x84\xd8\xa7\xd9\x84 \xd8\xa7\xd9\x84\xd9\x85\xd9\x88\xd8\xa7\xd8\xac\xd9\x87\xd8\xa7\xd8\xaa "
	"\xd9\x81\xd9\x8a \xd9\x85\xd8\xaf\xd9\x8a\xd9\x86\xd8\xa9 \xd8\xac\xd8\xa7\xd8\xb3\xd9\x85.</p>"
	"<p>The ministry did not comment, Reuters said on Monday.</p>"
	"<p>\xe2\x80\x93</p>"
	/* the seed's footer lines */
	"<p><a href=\"/c\">\xd8\xa7\xd8\xb0\xd8\xa7 \xd9\x83\xd9\x86\xd8\xaa \xd8\xaa\xd8\xb9\xd8\xaa\xd9\x82\xd8\xaf/"
	"\xd8\xaa\xd8\xb9\xd8\xaa\xd9\x82\xd8\xaf\xd9\x8a\xd9\x86 \xd8\xa3\xd9\x86 \xd8\xa7\xd9\x84\xd9\x85\xd9\x82\xd8\xa7\xd9\x84 "
	"\xd9\x8a\xd8\xad\xd9\x88\xd9\x8a \xd9\x85\xd8\xb9\xd9\x84\xd9\x88\xd9\x85\xd8\xa7\xd8\xaa \xd8\xae\xd8\xa7\xd8\xb7\xd8\xa6\xd8\xa9 "
	"\xd8\xa3\xd9\x88 \xd9\x84\xd8\xaf\xd9\x8a\xd9\x83 \xd8\xaa\xd9\x81\xd8\xa7\xd8\xb5\xd9\x8a\xd9\x84 "
	"\xd8\xa5\xd8\xb6\xd8\xa7\xd9\x81\xd9\x8a\xd8\xa9 \xd8\xa3\xd8\xb1\xd8\xb3\xd9\x84/\xd8\xa3\xd8\xb1\xd8\xb3\xd9\x84\xd9\x8a "
	"\xd8\xaa\xd8\xb5\xd8\xad\xd9\x8a\xd8\xad\xd9\x8b\xd8\xa7</a></p>"
	"<p>\xd8\xa5\xd8\xb0\xd8\xa7 \xd9\x83\xd9\x86\xd8\xaa \xd8\xaa\xd8\xb9\xd8\xaa\xd9\x82\xd8\xaf/"
	"\xd8\xaa\xd8\xb9\xd8\xaa\xd9\x82\xd8\xaf\xd9\x8a\xd9\x86 \xd8\xa3\xd9\x86 \xd8\xa7\xd9\x84\xd9\x85\xd9\x82\xd8\xa7\xd9\x84 "
	"\xd9\x8a\xd9\x86\xd8\xaa\xd9\x87\xd9\x83 \xd8\xa3\xd9\x8a\xd9\x8b\xd8\xa7 \xd9\x85\xd9\x86 "
	"\xd8\xa7\xd9\x84\xd9\x85\xd8\xa8\xd8\xa7\xd8\xaf\xd8\xa6 \xd9\x82\xd8\xaf\xd9\x85/\xd9\x82\xd8\xaf\xd9\x85\xd9\x8a "
	"\xd8\xb4\xd9\x83\xd9\x88\xd9\x89</p>"
	"<p><a href=\"/en/999\">English version of the article</a></p>"
	"<p>-</p>"
	"<p>\xd8\xaa\xd8\xa7\xd8\xa8\xd8\xb9\xd9\x86\xd8\xa7 \xd8\xb9\xd9\x84\xd9\x89 :</p>"
	"<p>Follow us on <a href=\"#\">Twitter</a></p>"
	"</div></article>"
	"<aside class=\"sidebar\"><h3>Most read</h3><p>Another story entirely about something else "
	"that has a long paragraph of text in the sidebar.</p></aside></div>"
	"<div class=\"related-posts\"><p>Related: a long teaser paragraph for another article that "
	"should not be part of this one at all.</p></div>"
	"<footer><p>\xc2\xa9 2022 Enab Baladi. All rights reserved.</p></footer>"
	"</body></html>";

static void test_article(void **state)
{
	struct rasd_webdoc w;
	rasd_err err;

	(void)state;
	memset(&err, 0, sizeof(err));
	assert_int_equal(rasdp_html_extract(PAGE, sizeof(PAGE) - 1, NULL, &w, &err), 0);
	assert_non_null(w.title);
	/* <title> without the " | outlet" suffix */
	assert_string_equal(w.title, "\xd8\xaf\xd8\xb1\xd8\xb9\xd8\xa7: \xd9\x85\xd8\xa7 "
			    "\xd8\xad\xd9\x82\xd9\x8a\xd9\x82\xd8\xa9 \xd8\xa7\xd9\x84\xd8\xaf\xd9\x88\xd8\xb1");
	assert_string_equal(w.published, "2022-10-17");
	assert_string_equal(w.outlet, "Enab Baladi");
	assert_string_equal(w.url, "https://www.enabbaladi.net/archives/999");
	assert_string_equal(w.lang, "ar");
	/* article kept, link text inside a sentence included */
	assert_non_null(strstr(w.text, "\xd9\x82\xd8\xaa\xd9\x84\xd8\xaa 20"));
	assert_non_null(strstr(w.text, "\xd9\x81\xd9\x8a \xd8\xb9\xd9\x85\xd9\x84\xd9\x8a\xd8\xa9 \xd8\xa3\xd9\x85\xd9\x86\xd9\x8a\xd8\xa9"));
	assert_non_null(strstr(w.text, "\xd9\x85\xd8\xaf\xd9\x8a\xd9\x86\xd8\xa9 \xd8\xac\xd8\xa7\xd8\xb3\xd9\x85."));
	assert_non_null(strstr(w.text, "Reuters said on Monday."));
	/* paragraphs on their own lines */
	assert_non_null(strstr(w.text, "\xd8\xb3\xd9\x88\xd8\xb1\xd9\x8a\xd8\xa7.\n\xd9\x88\xd9\x82\xd8\xa7\xd9\x84\xd8\xaa"));
	/* boilerplate dropped */
	assert_null(strstr(w.text, "not text"));
	assert_null(strstr(w.text, "color"));
	assert_null(strstr(w.text, "Facebook"));
	assert_null(strstr(w.text, "English version"));
	assert_null(strstr(w.text, "Follow us"));
	assert_null(strstr(w.text, "\xd8\xaa\xd8\xa7\xd8\xa8\xd8\xb9\xd9\x86\xd8\xa7"));           /* تابعنا */
	assert_null(strstr(w.text, "\xd8\xaa\xd8\xb5\xd8\xad\xd9\x8a\xd8\xad\xd9\x8b\xd8\xa7"));   /* تصحيحًا */
	assert_null(strstr(w.text, "\xd8\xb4\xd9\x83\xd9\x88\xd9\x89"));                           /* شكوى */
	assert_null(strstr(w.text, "rights reserved"));
	assert_null(strstr(w.text, "sidebar"));
	assert_null(strstr(w.text, "teaser"));
	assert_null(strstr(w.text, "\xd8\xa3\xd8\xae\xd8\xa8\xd8\xa7\xd8\xb1"));                   /* nav: أخبار */
	assert_null(strstr(w.text, "\xe2\x80\x93"));
	assert_int_equal(w.text_len, strlen(w.text));
	assert_true(w.text[w.text_len - 1] != '\n');
	rasdp_webdoc_release(&w);
}

static void test_meta_fallbacks(void **state)
{
	static const char page[] =
		"<html><head><meta property=\"og:title\" content=\"OG title\">"
		"<title>Page title - Site</title></head><body>"
		"<h1>H1 title</h1><time datetime=\"2023-02-06\">6 Feb</time>"
		"<div id=\"main\"><p>Forty people were killed in the earthquake, officials said on "
		"Monday, and rescue teams searched the rubble.</p></div>";
	struct rasd_webdoc w;

	(void)state;
	assert_int_equal(rasdp_html_extract(page, sizeof(page) - 1,
					    "https://www.Example.com:8080/a?b", &w, NULL), 0);
	assert_string_equal(w.title, "OG title");
	assert_string_equal(w.published, "2023-02-06");
	assert_string_equal(w.url, "https://www.Example.com:8080/a?b");
	assert_string_equal(w.outlet, "example.com");
	assert_null(w.lang);
	assert_non_null(strstr(w.text, "Forty people were killed"));
	rasdp_webdoc_release(&w);
}

static void test_broken_and_empty(void **state)
{
	static const char broken[] =
		"<html><body><div><p>Unclosed paragraph about shelling in Idlib that killed "
		"three civilians<p>Second <b>bold <i>nested</b> text</i> here &amp; more &#x627;"
		"<table><tr><td>cell";
	static const char empty[] = "<html><body><nav><a href=\"/\">Home</a></nav></body></html>";
	struct rasd_webdoc w;
	rasd_err err;

	(void)state;
	assert_int_equal(rasdp_html_extract(broken, sizeof(broken) - 1, NULL, &w, NULL), 0);
	assert_non_null(strstr(w.text, "killed three civilians"));
	assert_non_null(strstr(w.text, "Second bold nested text here & more \xd8\xa7"));
	assert_null(w.title);
	assert_null(w.published);
	rasdp_webdoc_release(&w);
	memset(&err, 0, sizeof(err));
	assert_int_equal(rasdp_html_extract(empty, sizeof(empty) - 1, NULL, &w, &err), RASD_EEMPTY);
	assert_null(w.text);
	assert_int_equal(rasdp_html_extract("", 0, NULL, &w, &err), RASD_EEMPTY);
}

static void test_fragment(void **state)
{
	static const char frag[] = "<p>First &quot;quoted&quot; line.</p><p>Second<br>third</p>"
				   "<script>bad()</script>";
	size_t n = 0;
	char *t = rasdp_html_to_text(frag, sizeof(frag) - 1, &n);

	(void)state;
	assert_non_null(t);
	assert_string_equal(t, "First \"quoted\" line.\nSecond\nthird");
	assert_int_equal(n, strlen(t));
	free(t);
}

static void test_detect(void **state)
{
	(void)state;
	assert_true(rasdp_looks_like_html("<!DOCTYPE html><html>", 21));
	assert_true(rasdp_looks_like_html("  <html lang=ar>", 16));
	assert_false(rasdp_looks_like_html("plain text <b> here", 19));
	assert_false(rasdp_looks_like_html("{\"id\":1}", 8));
	{
		char *h = rasdp_url_host("https://user:pw@WWW.Sana.sy/ar/?p=1");

		assert_string_equal(h, "sana.sy");
		free(h);
	}
	assert_null(rasdp_url_host("no-scheme"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_article),
		cmocka_unit_test(test_meta_fallbacks),
		cmocka_unit_test(test_broken_and_empty),
		cmocka_unit_test(test_fragment),
		cmocka_unit_test(test_detect),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
