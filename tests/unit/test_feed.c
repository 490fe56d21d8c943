/*
 * test_feed.c - RSS 2.0 and Atom items to reports: titles, links, dates
 * in RFC 822 and ISO 8601, the longest text (content:encoded over
 * description) with HTML stripped, item lines; entities not expanded from
 * outside; a document that is not XML or not a feed is an error with a
 * line; web dates.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "io/io.h"

struct items {
	int n;
	char title[4][128], url[4][128], date[4][16], outlet[4][64], text[4][512];
	long line[4];
};

static int on_item(void *ctx, const struct rasd_webdoc *d, long line)
{
	struct items *it = ctx;

	if (it->n >= 4)
		return 0;
	snprintf(it->title[it->n], sizeof(it->title[0]), "%s", d->title ? d->title : "");
	snprintf(it->url[it->n], sizeof(it->url[0]), "%s", d->url ? d->url : "");
	snprintf(it->date[it->n], sizeof(it->date[0]), "%s", d->published ? d->published : "");
	snprintf(it->outlet[it->n], sizeof(it->outlet[0]), "%s", d->outlet ? d->outlet : "");
	snprintf(it->text[it->n], sizeof(it->text[0]), "%s", d->text ? d->text : "");
	if (d->text)
		assert_int_equal(d->text_len, strlen(d->text));
	it->line[it->n] = line;
	it->n++;
	return 0;
}

static const char RSS[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	"<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n"
	"<channel><title>Example News</title><link>https://example.org/</link>\n"
	"<item>\n"
	"<title>Shelling kills three in Idlib</title>\n"
	"<link>https://www.example.org/news/1</link>\n"
	"<pubDate>Mon, 17 Oct 2022 23:30:00 +0300</pubDate>\n"
	"<description>Short summary.</description>\n"
	"<content:encoded><![CDATA[<p>Shelling killed <b>three</b> civilians in Idlib on Sunday.</p>"
	"<p>Follow us on Twitter</p><p>Local sources said the toll may rise.</p>]]></content:encoded>\n"
	"</item>\n"
	"<item><title>\xd9\x82\xd8\xb5\xd9\x81 \xd8\xb9\xd9\x84\xd9\x89 \xd8\xaf\xd8\xb1\xd8\xb9\xd8\xa7</title>"
	"<guid>https://example.org/ar/2</guid><pubDate>5 Aug 22 10:00 GMT</pubDate>"
	"<description>&lt;p&gt;\xd9\x82\xd8\xaa\xd9\x84 \xd8\xb4\xd8\xae\xd8\xb5\xd8\xa7\xd9\x86 &amp;amp; "
	"\xd8\xac\xd8\xb1\xd8\xad \xd8\xa2\xd8\xae\xd8\xb1&lt;/p&gt;</description></item>\n"
	"</channel></rss>\n";

static const char ATOM[] =
	"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
	"<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
	"  <title>Agency</title>\n"
	"  <entry>\n"
	"    <title type=\"html\">Clashes &lt;em&gt;near&lt;/em&gt; Jasim</title>\n"
	"    <link rel=\"enclosure\" href=\"https://cdn.example.com/a.jpg\"/>\n"
	"    <link rel=\"alternate\" href=\"https://agency.example.com/e/1\"/>\n"
	"    <updated>2022-10-18T08:00:00Z</updated>\n"
	"    <published>2022-10-16T21:00:00-04:00</published>\n"
	"    <summary>Clashes broke out near Jasim.</summary>\n"
	"    <content type=\"html\">&lt;p&gt;Clashes broke out near Jasim, killing 20 militants, "
	"Reuters reported.&lt;/p&gt;</content>\n"
	"  </entry>\n"
	"</feed>\n";

static void test_rss(void **state)
{
	struct items it;
	rasd_err err;

	(void)state;
	memset(&it, 0, sizeof(it));
	memset(&err, 0, sizeof(err));
	assert_true(rasdp_looks_like_feed(RSS, sizeof(RSS) - 1));
	assert_int_equal(rasdp_feed_parse(RSS, sizeof(RSS) - 1, NULL, on_item, &it, &err), 0);
	assert_int_equal(it.n, 2);
	assert_string_equal(it.title[0], "Shelling kills three in Idlib");
	assert_string_equal(it.url[0], "https://www.example.org/news/1");
	/* the day as written, not shifted to UTC */
	assert_string_equal(it.date[0], "2022-10-17");
	assert_string_equal(it.outlet[0], "example.org");
	assert_string_equal(it.text[0], "Shelling killed three civilians in Idlib on Sunday.\n"
			    "Local sources said the toll may rise.");
	assert_int_equal(it.line[0], 4);
	/* guid as link; two-digit year; escaped HTML in description */
	assert_string_equal(it.url[1], "https://example.org/ar/2");
	assert_string_equal(it.date[1], "2022-08-05");
	assert_string_equal(it.text[1], "\xd9\x82\xd8\xaa\xd9\x84 \xd8\xb4\xd8\xae\xd8\xb5\xd8\xa7\xd9\x86 & "
			    "\xd8\xac\xd8\xb1\xd8\xad \xd8\xa2\xd8\xae\xd8\xb1");
}

static void test_atom(void **state)
{
	struct items it;

	(void)state;
	memset(&it, 0, sizeof(it));
	assert_true(rasdp_looks_like_feed(ATOM, sizeof(ATOM) - 1));
	assert_int_equal(rasdp_feed_parse(ATOM, sizeof(ATOM) - 1, NULL, on_item, &it, NULL), 0);
	assert_int_equal(it.n, 1);
	assert_string_equal(it.title[0], "Clashes near Jasim");
	assert_string_equal(it.url[0], "https://agency.example.com/e/1");
	assert_string_equal(it.date[0], "2022-10-16");   /* published beats updated */
	assert_string_equal(it.outlet[0], "agency.example.com");
	assert_string_equal(it.text[0], "Clashes broke out near Jasim, killing 20 militants, Reuters reported.");
}

static void test_errors(void **state)
{
	static const char notxml[] = "<rss><channel><item><title>x</title>\n<oops></item></rss>";
	static const char html[] = "<html><body><p>hi</p></body></html>";
	static const char xxe[] =
		"<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
		"<rss><channel><item><title>t</title><description>a &x; b</description></item></channel></rss>";
	struct items it;
	rasd_err err;

	(void)state;
	memset(&it, 0, sizeof(it));
	memset(&err, 0, sizeof(err));
	assert_int_equal(rasdp_feed_parse(notxml, sizeof(notxml) - 1, NULL, on_item, &it, &err), RASD_EPARSE);
	assert_int_equal(err.line, 2);
	assert_non_null(strstr(err.msg, "not a feed"));
	assert_int_equal(it.n, 0);
	memset(&err, 0, sizeof(err));
	assert_int_equal(rasdp_feed_parse("garbage", 7, NULL, on_item, &it, &err), RASD_EPARSE);
	assert_true(err.line >= 1);
	memset(&err, 0, sizeof(err));
	assert_int_equal(rasdp_feed_parse(html, sizeof(html) - 1, NULL, on_item, &it, &err), RASD_EPARSE);
	assert_non_null(strstr(err.msg, "<html>"));
	assert_false(rasdp_looks_like_feed(html, sizeof(html) - 1));
	/* An external entity is never read. */
	memset(&it, 0, sizeof(it));
	assert_int_equal(rasdp_feed_parse(xxe, sizeof(xxe) - 1, NULL, on_item, &it, NULL), 0);
	assert_int_equal(it.n, 1);
	assert_null(strstr(it.text[0], "root:"));
}

static void test_dates(void **state)
{
	char d[11];

	(void)state;
	assert_int_equal(rasdp_parse_web_date("2022-10-17T09:30:00+03:00", d), 0);
	assert_string_equal(d, "2022-10-17");
	assert_int_equal(rasdp_parse_web_date("Tue, 1 Nov 2022 00:00:00 GMT", d), 0);
	assert_string_equal(d, "2022-11-01");
	assert_int_equal(rasdp_parse_web_date("  17 October 2022", d), 0);
	assert_string_equal(d, "2022-10-17");
	assert_int_equal(rasdp_parse_web_date("2022-13-01", d), RASD_EPARSE);
	assert_int_equal(rasdp_parse_web_date("Mon, 31 Feb 2022", d), RASD_EPARSE);
	assert_int_equal(rasdp_parse_web_date("yesterday", d), RASD_EPARSE);
	assert_int_equal(rasdp_parse_web_date(NULL, d), RASD_EPARSE);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rss),
		cmocka_unit_test(test_atom),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_dates),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
