/*
 * fuzz_html.c - the HTML page reader (src/io/html.c) on arbitrary bytes.
 *
 * The input is a web page.  rasdp_html_extract() must return 0 or a
 * negative status with a message; on success its fields keep their
 * documented shapes: a NUL-terminated text of text_len bytes,
 * "YYYY-MM-DD" dates, "ar"/"en"/NULL language.  The smaller helpers (HTML
 * fragment to text, the HTML sniffer, URL host, web date parser) run on the
 * same bytes, and a parsed web date must read back as a valid day
 * (-DRASD_FUZZ_LENIENT_DATES relaxes that to the shape alone).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "io/io.h"
#include "base/banned.h"

static void check_ymd(const char *s)
{
	struct rasd_ymd ymd;

	if (!s)
		return;
	if (strlen(s) != 10)
		abort();    /* documented as YYYY-MM-DD */
#ifndef RASD_FUZZ_LENIENT_DATES
	if (rasdp_parse_ymd(s, &ymd))
		abort();    /* and a real day: rasd_extract() refuses others */
#else
	(void)ymd;
#endif
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *html = (const char *)data;
	struct rasd_webdoc doc;
	rasd_err err;
	char *text, *str, date[11], *host;
	size_t text_len = 0, n;
	int rc;

	memset(&doc, 0, sizeof(doc));
	memset(&err, 0, sizeof(err));
	rc = rasdp_html_extract(html, size, "https://www.example.org/news/1", &doc, &err);
	if (rc > 0)
		abort();
	if (rc < 0 && (!err.msg[0] || err.code != rc))
		abort();
	if (!rc) {
		if (!doc.text || doc.text[doc.text_len] != '\0')
			abort();
		check_ymd(doc.published);
		if (doc.lang && strcmp(doc.lang, "ar") && strcmp(doc.lang, "en"))
			abort();
		if (doc.title)
			(void)strlen(doc.title);
		if (doc.outlet)
			(void)strlen(doc.outlet);
	}
	rasdp_webdoc_release(&doc);

	text = rasdp_html_to_text(html, size, &text_len);
	if (text && text[text_len] != '\0')
		abort();
	free(text);
	(void)rasdp_looks_like_html(html, size);

	/* The helpers that take strings: a NUL-terminated copy of a prefix. */
	n = size < 256 ? size : 256;
	str = malloc(n + 1);
	if (!str)
		return 0;
	memcpy(str, data, n);
	str[n] = '\0';
	host = rasdp_url_host(str);
	free(host);
	memset(date, 0, sizeof(date));
	if (!rasdp_parse_web_date(str, date))
		check_ymd(date);
	free(str);
	return 0;
}
