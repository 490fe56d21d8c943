/*
 * fuzz_feed.c - the RSS/Atom reader (src/io/feed.c) on arbitrary bytes.
 *
 * The input is a feed document.  rasdp_feed_parse() must return 0 or a
 * negative status with a message, call back only with items whose fields
 * keep their documented shapes (NUL-terminated text of text_len bytes,
 * "YYYY-MM-DD" dates, a line number within the input), and never expand
 * entities: an item may not contain the text of a local file named by an
 * external entity.  The feed sniffer runs on the same bytes, and a callback
 * that stops early must have its status passed back.
 * -DRASD_FUZZ_LENIENT_DATES checks only the shape of dates.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "io/io.h"
#include "base/banned.h"

struct ctx {
	int passwd_in_input;   /* the input itself spells the marker */
	long items;
	long max_line;
	long stop_after;       /* return 1 from this item on, or -1 */
};

#define PASSWD_MARK "root:x:0:0"

static void check_str(const struct ctx *c, const char *s)
{
	if (s && !c->passwd_in_input && strstr(s, PASSWD_MARK))
		abort();    /* /etc/passwd came in through an entity */
}

static int on_item(void *arg, const struct rasd_webdoc *it, long line)
{
	struct ctx *c = arg;
	struct rasd_ymd ymd;

	if (line < 0 || line > c->max_line)
		abort();
	if (it->text && it->text[it->text_len] != '\0')
		abort();
	if (it->published && strlen(it->published) != 10)
		abort();
#ifndef RASD_FUZZ_LENIENT_DATES
	if (it->published && rasdp_parse_ymd(it->published, &ymd))
		abort();    /* a real day: rasd_extract() refuses others */
#else
	(void)ymd;
#endif
	check_str(c, it->text);
	check_str(c, it->title);
	check_str(c, it->url);
	check_str(c, it->outlet);
	c->items++;
	if (c->stop_after >= 0 && c->items > c->stop_after)
		return 7;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *xml = (const char *)data;
	struct ctx c;
	rasd_err err;
	size_t i;
	int rc;

	memset(&c, 0, sizeof(c));
	c.max_line = 1;
	for (i = 0; i < size; i++)
		if (data[i] == '\n')
			c.max_line++;
	c.passwd_in_input = memmem(data, size, PASSWD_MARK, strlen(PASSWD_MARK)) != NULL;
	c.stop_after = size && (data[size - 1] & 1) ? 1 : -1;
	memset(&err, 0, sizeof(err));
	(void)rasdp_looks_like_feed(xml, size);
	rc = rasdp_feed_parse(xml, size, "https://www.example.org/feed", on_item, &c, &err);
	if (rc < 0 && (!err.msg[0] || err.code != rc))
		abort();
	if (rc > 0 && (rc != 7 || c.stop_after < 0))
		abort();    /* only the callback's status comes back positive */
	if (rc == 7 && c.items != c.stop_after + 1)
		abort();    /* and it stops the parse at once */
	return 0;
}
